//! Finds the files named on the command line (SPEC §2), reads them, tells plan files from
//! measurements files and decodes them, turning every YAML or CSV fault into a finding
//! that points at its line and column.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_saphyr::Error as YamlError;
use walkdir::WalkDir;

use crate::diagnostic::{Code, Diagnostic, FileId, Sources};
use crate::locate;
use crate::model::{Located, Measurement, Plan, Pos, TopLevel};

/// Plan files larger than this are refused: they are read whole, and a commune's plan
/// is about 30 KB.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Measurements files larger than this are refused before they are read. They are
/// streamed, so memory does not grow with them; the limit bounds the time (a country's
/// daily records for a year are about 300 MB).
pub const MAX_STREAM_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// Nesting deeper than this is refused: a plan file is eight levels deep.
const MAX_DEPTH: usize = 64;

/// Node budget per YAML file: raised from serde-saphyr's 250 000 to what a measurements
/// file at [`MAX_STREAM_BYTES`] may hold (a record is five nodes in about 80 bytes).
const MAX_NODES: usize = 300_000_000;

/// A fault that stops the run before any check: a path that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: no such file or directory")]
    NotFound { path: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Walk {
        path: PathBuf,
        source: walkdir::Error,
    },
    #[error("no plan or measurements file (*.yaml, *.yml, *.csv) in {paths}")]
    NoFiles { paths: String },
    #[error("{path}: not a regular file nor a directory")]
    NotAFile { path: PathBuf },
    #[error("{path}: file is {size} bytes, larger than the limit of {limit} bytes")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
}

/// Everything read in one run. Plans are decoded whole; measurements files are only
/// recognised here, and streamed record by record when they are checked.
#[derive(Debug, Default)]
pub struct Workspace {
    pub sources: Sources,
    pub plans: Vec<(FileId, Plan)>,
    pub measurements: Vec<(FileId, DataFormat)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// How a measurements file is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFormat {
    Yaml,
    Csv,
}

/// Expands the command-line paths into the files to read, in a stable order.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut files = Vec::new();
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
        let walker = WalkDir::new(path)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            let entry = entry.map_err(|source| LoadError::Walk {
                path: source.path().unwrap_or(path).to_path_buf(),
                source,
            })?;
            if entry.file_type().is_file() && is_data_file(entry.path()) {
                files.push(entry.into_path());
            }
        }
    }
    Ok(files)
}

fn is_data_file(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["yaml", "yml", "csv"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// Reads and decodes every file under `paths`.
pub fn load(paths: &[PathBuf]) -> Result<Workspace, LoadError> {
    let mut workspace = Workspace::default();
    let files = discover(paths)?;
    if files.is_empty() {
        return Err(LoadError::NoFiles {
            paths: paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    for path in files {
        workspace.add_path(path)?;
    }
    Ok(workspace)
}

fn is_csv(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// A finding for a file over a size limit.
fn too_large(file: FileId, size: u64, limit: u64, help: &str) -> Diagnostic {
    Diagnostic::new(
        Code::LimitExceeded,
        file,
        Pos::new(1, 1, 1),
        format!("file is {size} bytes, larger than the limit of {limit} bytes: not read"),
    )
    .help(help)
}

/// A finding for bytes that are not UTF-8.
pub(crate) fn invalid_utf8(file: FileId, pos: Pos) -> Diagnostic {
    Diagnostic::new(Code::InvalidUtf8, file, pos, "file is not valid UTF-8")
        .label("invalid byte here")
        .help("save the file as UTF-8")
}

impl Workspace {
    /// Recognises a file on disk, reading plans whole (see [`Workspace::add_file`]).
    fn add_path(&mut self, path: PathBuf) -> Result<(), LoadError> {
        use std::io::Read as _;
        let io = |source| LoadError::Io {
            path: path.clone(),
            source,
        };
        let mut opened = std::fs::File::open(&path).map_err(io)?;
        let size = opened.metadata().map_err(io)?.len();
        // Read a little now, so that a file that cannot be read stops the run here.
        let mut head = [0; 2];
        let read = opened.read(&mut head).map_err(io)?;
        drop(opened);
        let file = self.sources.add_lazy(path);
        if size > MAX_STREAM_BYTES {
            self.diagnostics.push(too_large(
                file,
                size,
                MAX_STREAM_BYTES,
                "split the measurements into several files (one a year or a service)",
            ));
            return Ok(());
        }
        if matches!(&head[..read], [0xFF, 0xFE] | [0xFE, 0xFF]) {
            self.diagnostics
                .push(invalid_utf8(file, Pos::new(1, 1, 1)).label("a UTF-16 byte-order mark"));
            return Ok(());
        }
        self.recognise(file, size).map_err(|source| LoadError::Io {
            path: self.sources.path(file).to_path_buf(),
            source,
        })
    }

    /// Decodes one file held in memory, recording it and any finding.
    pub fn add_file(&mut self, path: PathBuf, bytes: Vec<u8>) {
        let size = bytes.len() as u64;
        let file = self.sources.add(path, bytes);
        if let Some(pos) = self.sources.invalid_utf8(file) {
            self.diagnostics.push(invalid_utf8(file, pos));
            return;
        }
        self.recognise(file, size)
            .expect("reading from memory does not fail");
    }

    /// Tells a plan from measurements: a plan is decoded now, measurements are kept to
    /// be streamed when checked.
    fn recognise(&mut self, file: FileId, size: u64) -> std::io::Result<()> {
        if is_csv(self.sources.path(file)) {
            self.measurements.push((file, DataFormat::Csv));
            return Ok(());
        }
        let kind_error = |what: &str| {
            Diagnostic::new(
                Code::UnknownFileKind,
                file,
                Pos::new(1, 1, 1),
                format!("{what}: expected a plan (a mapping with `sectors`) or measurements (a mapping with `measurements`)"),
            )
            .help("a plan file has `id`, `commune`, `year`, `title` and `sectors`; a measurements file has `plan` and `measurements`")
        };
        let finding = match probe(self.sources.open(file)?) {
            Ok(TopLevel::Plan) if size > MAX_FILE_BYTES => too_large(
                file,
                size,
                MAX_FILE_BYTES,
                "a plan file holds one commune's plan: is this the right file?",
            ),
            Ok(TopLevel::Plan) => match self.sources.invalid_utf8(file) {
                Some(pos) => invalid_utf8(file, pos),
                // A whole pass over the syntax first: a fault of syntax is reported as
                // such, not as the type error that a typed decoding may meet first.
                None => match from_yaml::<serde::de::IgnoredAny>(self.sources.text(file), file)
                    .and_then(|_| from_yaml::<Plan>(self.sources.text(file), file))
                {
                    Ok(plan) => {
                        self.plans.push((file, plan));
                        return Ok(());
                    }
                    Err(finding) => *finding,
                },
            },
            Ok(TopLevel::Measurements) => {
                self.measurements.push((file, DataFormat::Yaml));
                return Ok(());
            }
            Ok(TopLevel::OtherMapping) => {
                kind_error("this mapping has neither `sectors` nor `measurements`")
            }
            Ok(TopLevel::Sequence) => kind_error("the file is a list"),
            Ok(TopLevel::Scalar) => kind_error("the file is a single value"),
            Ok(TopLevel::Empty) => kind_error("the file is empty"),
            Err(err)
                if size > MAX_FILE_BYTES
                    && matches!(innermost(err.without_snippet()), YamlError::IOError { .. })
                    && self.sources.invalid_utf8(file).is_none() =>
            {
                Diagnostic::new(
                    Code::LimitExceeded,
                    file,
                    Pos::new(1, 1, 1),
                    format!("no `sectors` or `measurements` key in the first {MAX_FILE_BYTES} bytes: not read further"),
                )
                .help("a plan file is at most 16 MiB; a measurements file has `plan` and `measurements` near its start")
            }
            Err(err) => yaml_finding(&self.sources, file, &err),
        };
        self.diagnostics.push(finding);
        Ok(())
    }
}

/// What kind of file a YAML file is, from its first `sectors` or `measurements` key:
/// the parse stops there, so that a large measurements file is not read twice.
fn probe(reader: impl std::io::Read) -> Result<TopLevel, YamlError> {
    let decided = std::cell::Cell::new(None);
    let mut options = yaml_options();
    // Past a plan's size without a deciding key, the file is neither kind.
    if let Some(budget) = &mut options.budget {
        budget.max_reader_input_bytes = usize::try_from(MAX_FILE_BYTES).ok();
    }
    let result =
        serde_saphyr::with_deserializer_from_reader_with_options(reader, options, |deserializer| {
            serde::de::DeserializeSeed::deserialize(
                crate::model::TopLevelProbe(&decided),
                deserializer,
            )
        });
    match (decided.get(), result) {
        (Some(kind), _) => Ok(kind),
        (None, Ok(kind)) => Ok(kind.unwrap_or(TopLevel::Empty)),
        (None, Err(err)) => Err(err),
    }
}

/// Streams the records of a YAML measurements file to `sink`, in file order, with the
/// file's plan id. A file on disk is mapped ([`crate::mapped`]) and the pages parsed are
/// handed back as the records go by. A fault stops the file there, after the records
/// before it.
pub(crate) fn stream_yaml(
    sources: &Sources,
    file: FileId,
    sink: &mut dyn FnMut(&Located<String>, Measurement),
) -> std::io::Result<Option<Diagnostic>> {
    let map;
    let (text, mapped) = match sources.loaded_text(file) {
        Some(text) => (text, None),
        None => {
            map = crate::mapped::MappedText::open(sources.path(file))?;
            match map.text() {
                Ok(text) => (text, Some(&map)),
                Err(offset) => return Ok(Some(invalid_utf8(file, map.pos_of(offset)))),
            }
        }
    };
    let passed = |offset: u64| {
        if let Some(mapped) = mapped {
            mapped.release_before(usize::try_from(offset).unwrap_or(usize::MAX));
        }
    };
    let mut each = |plan: &Located<String>, record: Measurement, offset: Option<u64>| {
        sink(plan, record);
        if let Some(offset) = offset {
            passed(offset);
        }
    };
    // The plan id first: a file may name it after its records (keys in alphabetical
    // order). A fault met here is met again, and reported, below.
    let plan = std::cell::Cell::new(None);
    let _ = serde_saphyr::with_deserializer_from_str_with_options(
        text,
        yaml_options(),
        |deserializer| {
            serde::de::DeserializeSeed::deserialize(
                crate::model::PlanProbe {
                    plan: &plan,
                    passed: &passed,
                },
                deserializer,
            )
        },
    );
    let plan = plan.take();
    if let Some(mapped) = mapped {
        mapped.rewind();
    }
    let result = serde_saphyr::with_deserializer_from_str_with_options(
        text,
        yaml_options(),
        |deserializer| {
            serde::de::DeserializeSeed::deserialize(
                crate::model::MeasurementsSeed {
                    plan: plan.as_ref(),
                    sink: &mut each,
                },
                deserializer,
            )
        },
    );
    Ok(result.err().map(|err| yaml_finding(sources, file, &err)))
}

/// The finding for a YAML fault: bytes that are not UTF-8, or the parser's error.
fn yaml_finding(sources: &Sources, file: FileId, err: &YamlError) -> Diagnostic {
    if let Some(pos) = sources.invalid_utf8(file) {
        return invalid_utf8(file, pos);
    }
    let line = innermost(err.without_snippet())
        .location()
        .map_or(1, |location| Pos::from_location(location).line);
    let (text, first) = sources.around(file, line);
    yaml_diagnostic(err, file, &text, first)
}

fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.max_nodes = MAX_NODES;
    budget.max_events = 2 * MAX_NODES;
    // Text and comments are bounded by the file's size (the default, 64 MiB in all, would
    // refuse a measurements file of more than about a million records).
    let file_bytes = usize::try_from(MAX_STREAM_BYTES).unwrap_or(usize::MAX);
    budget.max_total_scalar_bytes = file_bytes;
    budget.max_total_comment_bytes = file_bytes;
    // Plan and measurements files need no anchors: keep what aliases may replay small.
    budget.max_recorded_anchor_events = 100_000;
    budget.max_recorded_anchor_bytes = 4 * 1024 * 1024;
    serde_saphyr::options! {
        budget: Some(budget),
        non_finite_float_policy: serde_saphyr::NonFiniteFloatPolicy::PassThrough,
        // Findings quote the source themselves; a snippet made by the parser would cost
        // a pass over a large file.
        with_snippet: false,
    }
}

fn from_yaml<T: DeserializeOwned>(text: &str, file: FileId) -> Result<T, Box<Diagnostic>> {
    serde_saphyr::from_str_with_options(text, yaml_options())
        .map_err(|err| Box::new(yaml_diagnostic(&err, file, text, 1)))
}

/// Turns a serde-saphyr error into a finding with a stable code. `text` is the file's
/// text from line `first` on (all of it, or the lines before the fault in a large file),
/// in which the fault's true place is looked for.
fn yaml_diagnostic(err: &YamlError, file: FileId, text: &str, first: u32) -> Diagnostic {
    let err = innermost(err.without_snippet());
    let mut pos = err.location().map_or(Pos::new(1, 1, 1), Pos::from_location);
    let local = |pos: Pos| Pos {
        line: pos.line.saturating_sub(first - 1).max(1),
        ..pos
    };
    let global = |pos: Pos| Pos {
        line: pos.line.saturating_add(first - 1),
        ..pos
    };
    if let YamlError::SerdeMissingField { .. } = err {
        // serde-saphyr reports a missing key where its mapping ends: point at its start.
        pos = global(locate::mapping_start(text, local(pos)));
    }
    let (code, message, help): (Code, String, Option<String>) = match err {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => (
            Code::UnknownKey,
            format!("unknown key `{field}`"),
            Some(suggest_key(field, expected)),
        ),
        YamlError::SerdeMissingField { field, .. } => (
            Code::MissingKey,
            format!("missing key `{field}`"),
            Some(format!("add `{field}:` to this mapping")),
        ),
        YamlError::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | YamlError::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => (
            Code::WrongType,
            format!(
                "wrong type: found {unexpected}, expected {}",
                type_name(expected)
            ),
            None,
        ),
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => (
            Code::WrongType,
            format!("unknown value `{variant}`"),
            Some(format!("expected one of: {}", expected.join(", "))),
        ),
        YamlError::InvalidScalar { ty, .. } => (
            Code::WrongType,
            format!("wrong type: expected {}", type_name(ty)),
            None,
        ),
        YamlError::DuplicateMappingKey { key, .. } => (
            Code::DuplicateKey,
            match key {
                Some(key) => format!("duplicate key `{key}`"),
                None => "duplicate key".to_string(),
            },
            Some("a key may appear once per mapping: remove or rename one of them".into()),
        ),
        YamlError::Budget { breach, .. } => (
            Code::LimitExceeded,
            budget_message(breach),
            Some(LIMIT_HELP.into()),
        ),
        YamlError::AliasReplayCounterOverflow { .. }
        | YamlError::AliasReplayLimitExceeded { .. }
        | YamlError::AliasExpansionLimitExceeded { .. }
        | YamlError::AliasReplayStackDepthExceeded { .. } => (
            Code::LimitExceeded,
            "aliases expand to too much data (an alias bomb?)".into(),
            Some(LIMIT_HELP.into()),
        ),
        other if other.to_string().contains("recursion limit") => (
            Code::LimitExceeded,
            format!("nesting deeper than {MAX_DEPTH} levels"),
            Some(LIMIT_HELP.into()),
        ),
        YamlError::MultipleDocuments { .. } => {
            pos = global(locate::document_start(text, local(pos)));
            (
                Code::Syntax,
                "a second YAML document: a file holds one plan or one measurements list".into(),
                Some(
                    "remove the `---` line and what follows, or move it to a file of its own"
                        .into(),
                ),
            )
        }
        YamlError::Unexpected { expected, .. } => (
            Code::WrongType,
            format!("wrong type: expected {}", type_name(expected)),
            None,
        ),
        other => {
            let message = strip_location(&other.to_string());
            if message.starts_with(crate::target::TARGET_EXPECTING) {
                (
                    Code::WrongType,
                    format!("wrong type: expected {message}"),
                    Some("a target is a text (`>= 12 par an`, `Oui/Non`) or a mapping with the keys op, value, unit, per".into()),
                )
            } else if message.contains("tabs disallowed") {
                pos = global(locate::first_tab(text, local(pos)));
                (
                    Code::Syntax,
                    message,
                    Some("indent with spaces: YAML does not allow tabs for indentation".into()),
                )
            } else {
                (Code::Syntax, message, None)
            }
        }
    };
    let mut diagnostic = Diagnostic::new(code, file, pos, message);
    if code == Code::Syntax
        && let Some(bracket) = locate::unclosed_bracket(text, local(pos)).map(global)
    {
        // A `[` or `{` left open on an earlier line: the parser notices only later.
        diagnostic = Diagnostic::new(code, file, bracket, "this bracket is never closed")
            .label("opened here")
            .related(
                file,
                pos,
                format!("the parser stopped here: {}", diagnostic.message),
            );
    }
    match help {
        Some(help) => diagnostic.help(help),
        None => diagnostic,
    }
}

const LIMIT_HELP: &str =
    "a limit against hostile input: plan and measurements files need no aliases nor deep nesting";

fn budget_message(breach: &serde_saphyr::budget::BudgetBreach) -> String {
    use serde_saphyr::budget::BudgetBreach;
    match breach {
        BudgetBreach::Depth { .. } => format!("nesting deeper than {MAX_DEPTH} levels"),
        BudgetBreach::Aliases { .. }
        | BudgetBreach::Anchors { .. }
        | BudgetBreach::RecordedAnchorEvents { .. }
        | BudgetBreach::RecordedAnchorBytes { .. } => {
            "aliases expand to too much data (an alias bomb?)".into()
        }
        BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => {
            format!("more than {MAX_NODES} YAML nodes in one file")
        }
        other => format!("the file exceeds a safety limit ({other:?})"),
    }
}

fn innermost(err: &YamlError) -> &YamlError {
    match err {
        YamlError::AliasError { error, .. } => innermost(error.without_snippet()),
        other => other,
    }
}

/// What serde or serde-saphyr expected, in the words of a plan's author.
fn type_name(expected: &str) -> &str {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "an integer" => {
            "a whole number"
        }
        "f32" | "f64" | "floating point" => "a number",
        "bool" | "a boolean" => "true or false",
        "string" | "String" | "string scalar" | "a string" => "text",
        "sequence start" | "a sequence" => "a list",
        "mapping start" | "a map" => "a mapping",
        other if other.starts_with("struct ") => "a mapping",
        other => other,
    }
}

fn strip_location(message: &str) -> String {
    message
        .rsplit_once(" at line ")
        .map_or(message, |(head, _)| head)
        .to_string()
}

/// `did you mean …?` for a misspelled key, else the list of keys allowed here.
fn suggest_key(field: &str, expected: &[&str]) -> String {
    match crate::suggest::closest(field, expected.iter().copied()) {
        Some(best) => format!(
            "did you mean `{best}`? allowed keys here: {}",
            expected.join(", ")
        ),
        None => format!("allowed keys here: {}", expected.join(", ")),
    }
}
