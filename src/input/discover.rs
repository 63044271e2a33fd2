//! The files named on the command line (SPEC §2): files as given, directories walked
//! for `*.yaml`, `*.yml`, `*.csv` and workbooks (`*.xlsx`, `*.xls`, `*.ods`) in a stable
//! order, hidden entries and the `~$` lock files of open workbooks skipped, symbolic
//! links inside a directory not followed; the directories named that hold no such file
//! are told apart (W001).
//!
//! Part of `input`: imports nothing of `plan`.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// A fault that stops the run before any check: a path that cannot be read. Typed
/// data: `commands` words it in the language of messages.
#[derive(Debug)]
pub enum LoadError {
    /// A path of the command line that does not exist.
    NotFound { path: PathBuf },
    /// A file that cannot be opened or read.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A folder that cannot be walked.
    Walk {
        path: PathBuf,
        source: walkdir::Error,
    },
    /// No file to read under the paths given (written as the command line named them).
    NoFiles { paths: String },
    /// A path that is neither a file nor a folder (a device, a FIFO).
    NotAFile { path: PathBuf },
}

/// What the command-line paths hold.
#[derive(Debug, Default)]
pub struct Discovered {
    /// The files to read, in a stable order.
    pub files: Vec<PathBuf>,
    /// The directories among the paths under which no file is to be read.
    pub empty_folders: Vec<PathBuf>,
}

/// Expands the command-line paths into the files to read, in a stable order.
pub fn discover(paths: &[PathBuf]) -> Result<Discovered, LoadError> {
    let mut files = Vec::new();
    let mut empty_folders = Vec::new();
    for path in paths {
        let metadata = std::fs::metadata(path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => LoadError::NotFound { path: path.clone() },
            _ => LoadError::Io {
                path: path.clone(),
                source,
            },
        })?;
        if metadata.is_file() {
            files.push(path.clone());
            continue;
        }
        if !metadata.is_dir() {
            return Err(LoadError::NotAFile { path: path.clone() });
        }
        let found = files.len();
        let walker = WalkDir::new(path)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !skipped(&e.file_name().to_string_lossy()));
        for entry in walker {
            let entry = entry.map_err(|source| LoadError::Walk {
                path: source.path().unwrap_or(path).to_path_buf(),
                source,
            })?;
            if entry.file_type().is_file() && is_data_file(entry.path()) {
                files.push(entry.into_path());
            }
        }
        if files.len() == found {
            empty_folders.push(path.clone());
        }
    }
    Ok(Discovered {
        files,
        empty_folders,
    })
}

/// The extensions of workbooks (SPEC §2.5).
pub(super) const WORKBOOKS: [&str; 3] = ["xlsx", "xls", "ods"];

/// A name skipped in a directory: hidden, or the lock file (`~$mesures.xlsx`) that
/// Excel leaves beside a workbook it has open.
fn skipped(name: &str) -> bool {
    name.starts_with('.') || name.starts_with("~$")
}

fn is_data_file(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["yaml", "yml", "csv"]
            .iter()
            .chain(&WORKBOOKS)
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}
