//! plan's own errors, outside the findings, in the language of messages: a path that
//! cannot be read ([`LoadError`], typed in `input`), an output that cannot be written,
//! and why, from the kind of the system's error, never its English.
//!
//! Part of `commands`: imports only `i18n` and `input`.

use std::io::ErrorKind;
use std::path::Path;

use crate::i18n::{self, Lang};
use crate::input::LoadError;
use crate::say;

/// The line of an error that ends the run: `error: …`.
pub fn error_line(message: &str) -> String {
    format!("{} {message}\n", say!(i18n::messages(), "error-heading"))
}

/// The line said when standard output cannot be written.
pub fn stdout_failure(err: &std::io::Error) -> String {
    let lang = i18n::messages();
    error_line(&say!(lang, "error-stdout", reason = io_reason(lang, err)))
}

/// Why the system refused, in words, from the kind of its error.
pub fn io_reason(lang: Lang, err: &std::io::Error) -> String {
    match err.kind() {
        ErrorKind::NotFound => say!(lang, "io-not-found"),
        ErrorKind::PermissionDenied => say!(lang, "io-permission-denied"),
        ErrorKind::IsADirectory => say!(lang, "io-is-a-folder"),
        ErrorKind::NotADirectory => say!(lang, "io-not-a-folder"),
        ErrorKind::AlreadyExists => say!(lang, "io-already-exists"),
        ErrorKind::StorageFull => say!(lang, "io-disk-full"),
        ErrorKind::QuotaExceeded => say!(lang, "io-quota"),
        ErrorKind::ReadOnlyFilesystem => say!(lang, "io-read-only"),
        ErrorKind::FileTooLarge => say!(lang, "io-too-large"),
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => say!(lang, "io-busy"),
        ErrorKind::InvalidFilename => say!(lang, "io-invalid-name"),
        ErrorKind::CrossesDevices => say!(lang, "io-crosses-devices"),
        ErrorKind::InvalidData | ErrorKind::UnexpectedEof => say!(lang, "io-unreadable"),
        ErrorKind::Interrupted | ErrorKind::TimedOut | ErrorKind::WouldBlock => {
            say!(lang, "io-interrupted")
        }
        _ => match err.raw_os_error() {
            Some(code) => say!(lang, "io-other-code", code = code.to_string()),
            None => say!(lang, "io-other"),
        },
    }
}

/// A path of the command line that cannot be read, in words.
pub fn load_error(err: &LoadError) -> String {
    let lang = i18n::messages();
    let shown = |path: &Path| path.display().to_string();
    match err {
        LoadError::NotFound { path } => say!(lang, "error-path-not-found", path = shown(path)),
        LoadError::Io { path, source } => say!(
            lang,
            "error-cannot-read",
            path = shown(path),
            reason = io_reason(lang, source)
        ),
        LoadError::Walk { path, source } => {
            let reason = match source.io_error() {
                Some(io) => io_reason(lang, io),
                None => say!(lang, "io-loop"),
            };
            say!(
                lang,
                "error-cannot-read-folder",
                path = shown(path),
                reason = reason
            )
        }
        LoadError::NoFiles { paths } => say!(lang, "error-no-files", paths = paths.as_str()),
        LoadError::NotAFile { path } => say!(lang, "error-not-a-file", path = shown(path)),
    }
}

/// `a, b or c` in the language.
pub fn or_list(lang: Lang, items: &[String]) -> String {
    match items.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => say!(
            lang,
            "list-or",
            first = rest.join(", "),
            last = last.as_str()
        ),
        None => String::new(),
    }
}
