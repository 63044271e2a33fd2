//! What a command leaves ([`Output`]), and what `report` and `export` share to write
//! `-o FILE`: the format named by the file's extension, checked against `--format`; no
//! input file overwritten; only a regular file (or a new one) written, never a device,
//! a FIFO or a folder; atomic writing, and for `rollover` a new file that never replaces
//! one.
//!
//! Part of `commands`: imports only `i18n`, `input` and its sibling `errors`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::bail;
use clap::ValueEnum;

use super::errors;
use crate::i18n;
use crate::input::Workspace;
use crate::say;

/// `cannot write PATH: why`, for an error of the system.
fn cannot_write(path: &Path, err: &std::io::Error) -> anyhow::Error {
    let lang = i18n::messages();
    anyhow::Error::msg(say!(
        lang,
        "error-cannot-write",
        path = path.display().to_string(),
        reason = errors::io_reason(lang, err)
    ))
}

/// What a command prints and its exit code: 0 clean, 1 findings, 2 usage or I/O error.
#[derive(Debug, Default)]
pub struct Output {
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub exit: u8,
}

impl Output {
    /// A usage or I/O error (exit 2).
    pub fn failure(stderr: String) -> Output {
        Output {
            stderr,
            exit: 2,
            ..Output::default()
        }
    }
}

/// The name of a format as `--format` spells it.
pub(super) fn format_name<F: ValueEnum>(format: &F) -> String {
    format
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string())
}

/// The format of an output: `--format` (`asked`), else the one that the extension of
/// `-o FILE` names in `extensions` (lowercase, without the dot), else `default`. A
/// `--format` that contradicts the extension is an error, and so is `-o` with an
/// extension that names no format and no `--format`.
pub(super) fn resolve_format<F: ValueEnum + Copy + PartialEq>(
    asked: Option<F>,
    output: Option<&Path>,
    extensions: &[(&str, F)],
    default: F,
) -> anyhow::Result<F> {
    let from_extension = output.and_then(|path| {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        extensions
            .iter()
            .find(|(name, _)| *name == extension)
            .map(|(_, format)| *format)
    });
    let lang = i18n::messages();
    if let (Some(path), None, None) = (output, asked, from_extension) {
        let names: Vec<String> = extensions.iter().map(|(e, _)| format!(".{e}")).collect();
        bail!(
            "{}",
            say!(
                lang,
                "error-unknown-extension",
                path = path.display().to_string(),
                names = errors::or_list(lang, &names)
            )
        );
    }
    if let (Some(asked), Some(named), Some(path)) = (asked, from_extension, output)
        && asked != named
    {
        bail!(
            "{}",
            say!(
                lang,
                "error-format-mismatch",
                format = format_name(&asked),
                path = path.display().to_string()
            )
        );
    }
    Ok(asked.or(from_extension).unwrap_or(default))
}

/// What a command leaves: `bytes` on standard output, or, with `-o FILE`, written to
/// `path` and a line on standard error saying what was written (`wrote`, given the path
/// as shown: "plan: wrote 31 rows to out.csv"). The warnings of the checks (`warnings`)
/// come first either way; the files read (`workspace`) are never written over.
pub(super) fn deliver(
    bytes: Vec<u8>,
    path: Option<&Path>,
    wrote: &dyn Fn(&str) -> String,
    warnings: &str,
    workspace: &Workspace,
) -> anyhow::Result<Output> {
    let Some(path) = path else {
        return Ok(Output {
            stdout: bytes,
            stderr: warnings.to_string(),
            exit: 0,
        });
    };
    let target = regular_target(path)?;
    refuse_inputs(&target, path, workspace)?;
    write_atomically(&target, &bytes, true)?;
    Ok(Output {
        stderr: format!("{warnings}{}\n", wrote(&path.display().to_string())),
        exit: 0,
        ..Output::default()
    })
}

/// The file that `-o path` writes: `path` when it is a regular file or does not exist
/// yet; the file that a symbolic link leads to when it is a regular file (the link is
/// kept, its target replaced). Anything else is refused: a device (`/dev/null`), a FIFO,
/// a socket, a folder, a link that leads nowhere or to one of those; a temporary file
/// renamed over it would replace it.
fn regular_target(path: &Path) -> anyhow::Result<PathBuf> {
    let kind = match std::fs::symlink_metadata(path) {
        Ok(metadata) => metadata.file_type(),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(path.to_path_buf()),
        Err(err) => return Err(cannot_write(path, &err)),
    };
    if kind.is_file() {
        return Ok(path.to_path_buf());
    }
    let (target, kind) = if kind.is_symlink() {
        match path.canonicalize() {
            Ok(target) => {
                let kind = std::fs::metadata(&target)
                    .map_err(|err| cannot_write(path, &err))?
                    .file_type();
                (target, kind)
            }
            Err(_) => bail!(
                "{}",
                say!(
                    i18n::messages(),
                    "error-dangling-link",
                    path = path.display().to_string()
                )
            ),
        }
    } else {
        (path.to_path_buf(), kind)
    };
    if kind.is_file() {
        return Ok(target);
    }
    let lang = i18n::messages();
    let shown = path.display().to_string();
    let what = kind_name(lang, kind);
    if target == path {
        bail!(
            "{}",
            say!(lang, "error-not-regular", path = shown, what = what)
        );
    }
    bail!(
        "{}",
        say!(lang, "error-link-not-regular", path = shown, what = what)
    )
}

/// What a file that is not a regular file is, in words.
fn kind_name(lang: i18n::Lang, kind: std::fs::FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_char_device() || kind.is_block_device() {
            return say!(lang, "kind-device");
        }
        if kind.is_fifo() {
            return say!(lang, "kind-fifo");
        }
        if kind.is_socket() {
            return say!(lang, "kind-socket");
        }
    }
    if kind.is_dir() {
        say!(lang, "kind-folder")
    } else {
        say!(lang, "kind-special")
    }
}

/// Refuses to write over one of the files just read (`-o plans/plan.yaml`): `target` is
/// the file written, `path` as `-o` named it.
fn refuse_inputs(target: &Path, path: &Path, workspace: &Workspace) -> anyhow::Result<()> {
    let Ok(target) = target.canonicalize() else {
        return Ok(());
    };
    let clash = (0..workspace.sources.len()).any(|file| {
        workspace
            .sources
            .path(file)
            .canonicalize()
            .is_ok_and(|p| p == target)
    });
    if clash {
        bail!(
            "{}",
            say!(
                i18n::messages(),
                "error-input-clash",
                path = path.display().to_string()
            )
        );
    }
    Ok(())
}

/// Whether something (a file, a folder, a link even to nothing) is at `path`.
pub(super) fn taken(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Writes `bytes` to `path`, where nothing is yet (see [`taken`]), atomically: should a
/// file appear there meanwhile, it is not replaced and this is an error.
pub(super) fn write_new(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_atomically(path, bytes, false)
}

/// Writes `bytes` to a temporary file beside `path`, then renames it to `path`, over the
/// file there when `replace` says so: on any error the existing file is untouched and
/// the temporary file is removed.
fn write_atomically(path: &Path, bytes: &[u8], replace: bool) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let context = |err: std::io::Error| cannot_write(path, &err);
    let mut file = tempfile::Builder::new()
        .prefix(".plan-output-")
        .tempfile_in(dir)
        .map_err(context)?;
    file.write_all(bytes).map_err(context)?;
    // A temporary file is private (0600): give the output the permissions of the file it
    // replaces, or those of a new file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let permissions = std::fs::metadata(path)
            .map(|m| m.permissions())
            .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644));
        file.as_file()
            .set_permissions(permissions)
            .map_err(context)?;
    }
    file.as_file().sync_all().map_err(context)?;
    if replace {
        file.persist(path).map_err(|e| context(e.error))?;
    } else {
        file.persist_noclobber(path).map_err(|e| context(e.error))?;
    }
    Ok(())
}
