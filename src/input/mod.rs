//! Input: finds the files named on the command line (SPEC §2) ([`discover`]), keeps them
//! for quoting ([`source`]), tells plan files from measurements files and decodes them
//! (`yaml.rs`, `csv.rs`), turning every YAML or CSV fault into a finding that points at
//! its place (`yaml_fault.rs`), and reading on past faults of structure to report them
//! all (`yaml_tree.rs`); where each value of a plan file is written, for commands that
//! edit its text ([`yaml_layout`]). Plans are decoded whole; measurements are streamed record by
//! record into a [`RecordSink`], the trait by which input hands records to whoever
//! consumes them (the checks).
//!
//! The first layer: imports only the leaves (`place`, `lines`, `target`, `calendar`,
//! `model`, `diagnostic`, `suggest`, `i18n`).

mod csv;
mod discover;
mod encoding;
pub mod limits;
mod sink;
pub mod source;
mod streamed_text;
mod workbook;
mod yaml;
mod yaml_fault;
pub mod yaml_layout;
mod yaml_tree;

use std::path::{Path, PathBuf};

pub use discover::{Discovered, LoadError, discover};
pub use sink::RecordSink;
pub use source::Sources;

use crate::diagnostic::{Diagnostic, FileKind, Finding, Findings, Utf8Fault};
use crate::model::Plan;
use crate::place::{FileId, Pos};
use limits::{MAX_FILE_BYTES, MAX_STREAM_BYTES};

/// Everything read in one run. Plans are decoded whole; measurements files are only
/// recognised here, and streamed record by record ([`stream`]) when they are checked.
#[derive(Debug, Default)]
pub struct Workspace {
    pub sources: Sources,
    pub plans: Vec<(FileId, Plan)>,
    pub measurements: Vec<(FileId, DataFormat)>,
    /// The findings of reading the files.
    pub findings: Findings,
    /// How many of `sources` are folders, named for a finding (W001), not files.
    pub folders: usize,
}

/// How a measurements file is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFormat {
    Yaml,
    Csv,
    /// A sheet of a workbook, kept as text (`input/workbook.rs`).
    Sheet,
}

/// Reads and decodes every file under `paths`; a folder among them that holds no file
/// to read is a finding (W001) when the others hold some, and an error when none does.
///
/// Files are decoded on the threads of the current pool, and kept in the order they were
/// found: their ids, plans, measurements and findings are those of one file after the
/// other. A file that cannot be read stops the run at it, after those before it.
pub fn load(paths: &[PathBuf]) -> Result<Workspace, LoadError> {
    use rayon::prelude::*;
    let Discovered {
        files,
        empty_folders,
    } = discover(paths)?;
    if files.is_empty() {
        return Err(LoadError::NoFiles {
            paths: paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    // The first error, of the earliest file that has one so far.
    let mut stop = None;
    let mut found = Vec::new();
    for path in files {
        match Found::open(path) {
            Ok(file) => found.push(file),
            Err(err) => {
                stop = Some(err);
                break;
            }
        }
    }
    // Workbooks first, side by side: their sheets are sources of their own, right after
    // their workbook's.
    let workbooks: Vec<Option<std::io::Result<Option<workbook::Read>>>> = found
        .par_iter()
        .map(|found| found.workbook.then(|| found.read_workbook()))
        .collect();
    let mut workspace = Workspace::default();
    let mut pending = Vec::new();
    for (found, workbook) in found.into_iter().zip(workbooks) {
        let Some(workbook) = workbook else {
            let file = workspace.sources.add_lazy(found.path);
            pending.push(Pending::Text {
                file,
                size: found.size,
                utf16: found.utf16,
            });
            continue;
        };
        let file = workspace.sources.add(found.path, Vec::new());
        let outcome = match workbook {
            Ok(Some(read)) => workspace.keep_workbook(file, read),
            Ok(None) => Outcome::finding(too_large(
                file,
                found.size,
                MAX_FILE_BYTES,
                FileKind::Measurements,
            )),
            Err(source) => {
                stop = Some(LoadError::Io {
                    path: workspace.sources.path(file).to_path_buf(),
                    source,
                });
                break;
            }
        };
        pending.push(Pending::Done(Box::new(outcome)));
    }
    // Then the other files, side by side, kept in file order.
    let sources = &workspace.sources;
    let outcomes: Vec<Result<Outcome, LoadError>> = pending
        .into_par_iter()
        .map(|pending| match pending {
            Pending::Done(outcome) => Ok(*outcome),
            Pending::Text { file, size, utf16 } => {
                decode(sources, file, size, utf16).map_err(|source| LoadError::Io {
                    path: sources.path(file).to_path_buf(),
                    source,
                })
            }
        })
        .collect();
    for outcome in outcomes {
        workspace.apply(outcome?);
    }
    if let Some(err) = stop {
        return Err(err);
    }
    for folder in empty_folders {
        let file = workspace.sources.add(folder, Vec::new());
        workspace.folders += 1;
        workspace
            .findings
            .push(Diagnostic::whole(Finding::EmptyFolder, file));
    }
    Ok(workspace)
}

/// A file found, opened and measured, before it is decoded.
struct Found {
    path: PathBuf,
    size: u64,
    workbook: bool,
    /// Whether it starts with the byte-order mark of UTF-16.
    utf16: bool,
}

impl Found {
    /// Opens a file found, reading a little now, so that a file that cannot be read stops
    /// the run at it.
    fn open(path: PathBuf) -> Result<Found, LoadError> {
        use std::io::Read as _;
        let io = |source| LoadError::Io {
            path: path.clone(),
            source,
        };
        let mut opened = std::fs::File::open(&path).map_err(io)?;
        let size = opened.metadata().map_err(io)?.len();
        let mut head = [0; 2];
        let read = opened.read(&mut head).map_err(io)?;
        Ok(Found {
            workbook: is_workbook(&path),
            utf16: matches!(&head[..read], [0xFF, 0xFE] | [0xFE, 0xFF]),
            size,
            path,
        })
    }

    /// Reads a workbook, when it is not over the size limit (`None`).
    fn read_workbook(&self) -> std::io::Result<Option<workbook::Read>> {
        if self.size > MAX_FILE_BYTES {
            return Ok(None);
        }
        let bytes = std::fs::read(&self.path)?;
        Ok(Some(workbook::read(&self.path, &bytes)))
    }
}

/// A file whose source is kept, to be decoded, or already decoded (a workbook).
enum Pending {
    Text {
        file: FileId,
        size: u64,
        utf16: bool,
    },
    Done(Box<Outcome>),
}

/// What decoding one file gives: a plan, measurements files to stream, findings.
#[derive(Default)]
struct Outcome {
    plan: Option<(FileId, Plan)>,
    measurements: Vec<(FileId, DataFormat)>,
    findings: Vec<Diagnostic>,
}

impl Outcome {
    fn finding(finding: Diagnostic) -> Outcome {
        Outcome {
            findings: vec![finding],
            ..Outcome::default()
        }
    }

    fn measurements(file: FileId, format: DataFormat) -> Outcome {
        Outcome {
            measurements: vec![(file, format)],
            ..Outcome::default()
        }
    }
}

/// Decodes a text file (not a workbook) kept in `sources`: over the limit of
/// measurements, or UTF-16, it is not read.
fn decode(sources: &Sources, file: FileId, size: u64, utf16: bool) -> std::io::Result<Outcome> {
    if size > MAX_STREAM_BYTES {
        return Ok(Outcome::finding(too_large(
            file,
            size,
            MAX_STREAM_BYTES,
            FileKind::Measurements,
        )));
    }
    if utf16 {
        return Ok(Outcome::finding(Diagnostic::new(
            Finding::InvalidUtf8 {
                fault: Utf8Fault::Utf16,
            },
            file,
            Pos::start(),
        )));
    }
    recognise(sources, file, size)
}

/// Tells a plan from measurements: a plan is decoded now, measurements are kept to be
/// streamed when checked.
fn recognise(sources: &Sources, file: FileId, size: u64) -> std::io::Result<Outcome> {
    if is_csv(sources.path(file)) {
        return Ok(Outcome::measurements(file, DataFormat::Csv));
    }
    let unknown =
        |content| Diagnostic::new(Finding::UnknownFileKind { content }, file, Pos::start());
    let finding = match yaml::probe(sources, file, size)? {
        yaml::Probed::Plan if size > MAX_FILE_BYTES => {
            too_large(file, size, MAX_FILE_BYTES, FileKind::Plan)
        }
        yaml::Probed::Plan => match sources.invalid_utf8(file) {
            Some(pos) => Diagnostic::new(
                Finding::InvalidUtf8 {
                    fault: Utf8Fault::Byte,
                },
                file,
                pos,
            ),
            None => {
                return Ok(match yaml::plan(sources.text(file), file) {
                    Ok(plan) => Outcome {
                        plan: Some((file, plan)),
                        ..Outcome::default()
                    },
                    Err(findings) => Outcome {
                        findings,
                        ..Outcome::default()
                    },
                });
            }
        },
        yaml::Probed::Measurements => {
            return Ok(Outcome::measurements(file, DataFormat::Yaml));
        }
        yaml::Probed::Other(content) => unknown(content),
        yaml::Probed::Undecided => Diagnostic::new(
            Finding::KindUndecided {
                limit: MAX_FILE_BYTES,
            },
            file,
            Pos::start(),
        ),
        yaml::Probed::Fault(finding) => *finding,
    };
    Ok(Outcome::finding(finding))
}

/// Streams the records of a measurements file to `sink`, in file order, with the
/// findings of decoding it.
pub fn stream(
    sources: &Sources,
    file: FileId,
    format: DataFormat,
    sink: &mut dyn RecordSink,
) -> std::io::Result<()> {
    match format {
        DataFormat::Yaml => yaml::stream(sources, file, sink),
        DataFormat::Csv => csv::stream(sources, file, sink),
        DataFormat::Sheet => {
            workbook::stream(sources, file, sink);
            Ok(())
        }
    }
}

pub use csv::{Piece, PieceRead};

/// The pieces of a measurements file to be read each on its own thread, at most
/// `wanted`: a large CSV file is cut after line breaks ([`stream_piece`]); any other
/// file is one piece.
pub fn pieces(
    sources: &Sources,
    file: FileId,
    format: DataFormat,
    wanted: usize,
) -> std::io::Result<Vec<Piece>> {
    match format {
        DataFormat::Csv => csv::pieces(sources, file, wanted),
        DataFormat::Yaml | DataFormat::Sheet => Ok(vec![Piece::WHOLE]),
    }
}

/// Streams the records of `piece` of a CSV measurements file to `sink`, as one pass
/// over the file would but for its lines, counted from the piece's first line; not
/// clean when the piece may have been read differently from one pass (a quoted field
/// left open, a byte that is not UTF-8, a row that could not be read), and the file is
/// to be read in one pass instead.
pub fn stream_piece(
    sources: &Sources,
    file: FileId,
    piece: Piece,
    sink: &mut dyn RecordSink,
) -> std::io::Result<PieceRead> {
    csv::stream_piece(sources, file, piece, sink)
}

fn is_csv(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// A workbook (SPEC §2.5), told by its name: not text, so nothing of the file itself is
/// quoted (its sheets of measurements are, as text of their own).
fn is_workbook(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        discover::WORKBOOKS
            .iter()
            .any(|w| e.eq_ignore_ascii_case(w))
    })
}

/// A finding for a file over a size limit.
fn too_large(file: FileId, size: u64, limit: u64, kind: FileKind) -> Diagnostic {
    Diagnostic::new(
        Finding::FileTooLarge { size, limit, kind },
        file,
        Pos::start(),
    )
}

impl Workspace {
    /// How many files were read: the sources less the folders and the sheets among them.
    pub fn files_read(&self) -> usize {
        self.sources.len() - self.folders - self.sources.sheets()
    }

    /// Decodes one file held in memory, recording it and any finding.
    pub fn add_file(&mut self, path: PathBuf, bytes: Vec<u8>) {
        let size = bytes.len() as u64;
        if is_workbook(&path) {
            let read = workbook::read(&path, &bytes);
            let file = self.sources.add(path, Vec::new());
            let outcome = self.keep_workbook(file, read);
            self.apply(outcome);
            return;
        }
        let file = self.sources.add(path, bytes);
        if let Some(pos) = self.sources.invalid_utf8(file) {
            self.findings.push(Diagnostic::new(
                Finding::InvalidUtf8 {
                    fault: Utf8Fault::Byte,
                },
                file,
                pos,
            ));
            return;
        }
        let outcome = recognise(&self.sources, file, size);
        self.apply(outcome.expect("reading from memory does not fail"));
    }

    /// Keeps a workbook read: its sheets of measurements are sources of their own, right
    /// after the workbook's, to be streamed when checked.
    fn keep_workbook(&mut self, file: FileId, read: workbook::Read) -> Outcome {
        let mut findings = Vec::new();
        let sheets = workbook::add(&mut self.sources, &mut findings, file, read);
        Outcome {
            plan: None,
            measurements: sheets
                .into_iter()
                .map(|sheet| (sheet, DataFormat::Sheet))
                .collect(),
            findings,
        }
    }

    /// Records what decoding a file gave.
    fn apply(&mut self, outcome: Outcome) {
        self.plans.extend(outcome.plan);
        self.measurements.extend(outcome.measurements);
        for finding in outcome.findings {
            self.findings.push(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Content;

    #[test]
    fn contents_that_are_not_files_of_plan() {
        let kinds = [
            ("a.yaml", "x: 1\n", Content::OtherMapping),
            ("b.yaml", "- 1\n", Content::List),
            ("c.yaml", "7\n", Content::Scalar),
            ("d.yaml", "# nothing\n", Content::Empty),
        ];
        for (name, text, content) in kinds {
            let mut workspace = Workspace::default();
            workspace.add_file(name.into(), text.as_bytes().to_vec());
            assert_eq!(
                workspace.findings.list()[0].finding,
                Finding::UnknownFileKind { content },
                "{name}"
            );
            assert_eq!(workspace.findings.list().len(), 1, "{name}");
        }
    }
}
