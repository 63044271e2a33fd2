//! What a command leaves ([`Output`]), and what `report` and `export` share to write
//! `-o FILE`: the format named by the file's extension, checked against `--format`; no
//! input file overwritten; only a regular file (or a new one) written, never a device,
//! a FIFO or a folder; atomic writing.
//!
//! Part of `commands`: imports only `input`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use clap::ValueEnum;

use crate::input::Workspace;

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
    if let (Some(path), None, None) = (output, asked, from_extension) {
        let names: Vec<String> = extensions.iter().map(|(e, _)| format!(".{e}")).collect();
        let names = match names.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        };
        bail!(
            "cannot tell the format of {}: use a {names} name, or --format",
            path.display()
        );
    }
    if let (Some(asked), Some(named), Some(path)) = (asked, from_extension, output)
        && asked != named
    {
        bail!(
            "--format {} does not match the name {}",
            format_name(&asked),
            path.display()
        );
    }
    Ok(asked.or(from_extension).unwrap_or(default))
}

/// What a command leaves: `bytes` on standard output, or, with `-o FILE`, written to
/// `path` and a line on standard error saying what was written (`what`, e.g. "31
/// row(s)"). The warnings of the checks (`warnings`) come first either way; the files
/// read (`workspace`) are never written over.
pub(super) fn deliver(
    bytes: Vec<u8>,
    path: Option<&Path>,
    what: &str,
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
    write_atomically(&target, &bytes)?;
    Ok(Output {
        stderr: format!("{warnings}plan: wrote {what} to {}\n", path.display()),
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
        Err(err) => {
            return Err(err).with_context(|| format!("cannot write {}", path.display()));
        }
    };
    if kind.is_file() {
        return Ok(path.to_path_buf());
    }
    let (target, kind) = if kind.is_symlink() {
        match path.canonicalize() {
            Ok(target) => {
                let kind = std::fs::metadata(&target)
                    .with_context(|| format!("cannot write {}", path.display()))?
                    .file_type();
                (target, kind)
            }
            Err(_) => bail!(
                "{} is a symbolic link that leads to no file: refusing to write through it",
                path.display()
            ),
        }
    } else {
        (path.to_path_buf(), kind)
    };
    if kind.is_file() {
        return Ok(target);
    }
    let link = if target == path {
        ""
    } else {
        "a symbolic link to "
    };
    bail!(
        "{} is {link}{}, not a regular file: refusing to write to it (leave out -o to write to standard output)",
        path.display(),
        kind_name(kind)
    )
}

/// What a file that is not a regular file is, in words.
fn kind_name(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else {
        "a special file"
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
            "{} is one of the input files: refusing to overwrite it",
            path.display()
        );
    }
    Ok(())
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`: on
/// any error the existing file is untouched and the temporary file is removed.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let context = || format!("cannot write {}", path.display());
    let mut file = tempfile::Builder::new()
        .prefix(".plan-output-")
        .tempfile_in(dir)
        .with_context(context)?;
    file.write_all(bytes).with_context(context)?;
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
            .with_context(context)?;
    }
    file.as_file().sync_all().with_context(context)?;
    file.persist(path)
        .map_err(|e| e.error)
        .with_context(context)?;
    Ok(())
}
