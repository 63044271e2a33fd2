//! Findings as data: [`Diagnostic`] (severity, stable code, message, location, help),
//! and the renderers picked by `--format` (human, short, json, github).

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use crate::lines::LineIndex;
use crate::model::Pos;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Every check `plan` makes, with its stable code. `docs/diagnostics.md` has an entry
/// for each; a test keeps the two in step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Code {
    Syntax,
    InvalidUtf8,
    UnknownFileKind,
    DuplicateKey,
    UnknownKey,
    MissingKey,
    WrongType,
    LimitExceeded,
    InvalidId,
    DuplicateId,
    InvalidTarget,
    InvalidShare,
    DuplicatePlan,
    InvalidPlanValue,
    UnknownPlan,
    UnknownIndicator,
    ValueKind,
    InvalidValue,
    InvalidDate,
    DatePeriod,
    CoarseGranularity,
    NoIndicator,
    EmptyStrategicObjective,
    OutsideYear,
    DuplicateMeasurement,
}

impl Code {
    pub const ALL: [Code; 25] = [
        Code::Syntax,
        Code::InvalidUtf8,
        Code::UnknownFileKind,
        Code::DuplicateKey,
        Code::UnknownKey,
        Code::MissingKey,
        Code::WrongType,
        Code::LimitExceeded,
        Code::InvalidId,
        Code::DuplicateId,
        Code::InvalidTarget,
        Code::InvalidShare,
        Code::DuplicatePlan,
        Code::InvalidPlanValue,
        Code::UnknownPlan,
        Code::UnknownIndicator,
        Code::ValueKind,
        Code::InvalidValue,
        Code::InvalidDate,
        Code::DatePeriod,
        Code::CoarseGranularity,
        Code::NoIndicator,
        Code::EmptyStrategicObjective,
        Code::OutsideYear,
        Code::DuplicateMeasurement,
    ];

    /// The stable code shown in every format (`E102`).
    pub fn code(self) -> &'static str {
        self.info().0
    }

    /// A short kebab-case name (`duplicate-id`).
    pub fn name(self) -> &'static str {
        self.info().1
    }

    pub fn severity(self) -> Severity {
        if self.code().starts_with('W') {
            Severity::Warning
        } else {
            Severity::Error
        }
    }

    fn info(self) -> (&'static str, &'static str) {
        match self {
            Code::Syntax => ("E001", "syntax"),
            Code::InvalidUtf8 => ("E002", "invalid-utf8"),
            Code::UnknownFileKind => ("E003", "unknown-file-kind"),
            Code::DuplicateKey => ("E004", "duplicate-key"),
            Code::UnknownKey => ("E005", "unknown-key"),
            Code::MissingKey => ("E006", "missing-key"),
            Code::WrongType => ("E007", "wrong-type"),
            Code::LimitExceeded => ("E008", "limit-exceeded"),
            Code::InvalidId => ("E101", "invalid-id"),
            Code::DuplicateId => ("E102", "duplicate-id"),
            Code::InvalidTarget => ("E103", "invalid-target"),
            Code::InvalidShare => ("E104", "invalid-share"),
            Code::DuplicatePlan => ("E105", "duplicate-plan"),
            Code::InvalidPlanValue => ("E106", "invalid-plan-value"),
            Code::UnknownPlan => ("E201", "unknown-plan"),
            Code::UnknownIndicator => ("E202", "unknown-indicator"),
            Code::ValueKind => ("E203", "value-kind"),
            Code::InvalidValue => ("E204", "invalid-value"),
            Code::InvalidDate => ("E205", "invalid-date"),
            Code::DatePeriod => ("E206", "date-period"),
            Code::CoarseGranularity => ("E207", "coarse-granularity"),
            Code::NoIndicator => ("W101", "no-indicator"),
            Code::EmptyStrategicObjective => ("W102", "empty-strategic-objective"),
            Code::OutsideYear => ("W201", "outside-year"),
            Code::DuplicateMeasurement => ("W202", "duplicate-measurement"),
        }
    }
}

/// Index of a file in a [`Sources`].
pub type FileId = usize;

/// A place in a file, with an optional message for secondary places.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub file: FileId,
    pub pos: Pos,
    pub message: Option<String>,
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub message: String,
    pub primary: Label,
    pub related: Vec<Label>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(code: Code, file: FileId, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            primary: Label {
                file,
                pos,
                message: None,
            },
            related: Vec::new(),
            help: None,
        }
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// A short label under the primary caret.
    pub fn label(mut self, message: impl Into<String>) -> Self {
        self.primary.message = Some(message.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Another place that the finding involves (the first of two duplicates, …).
    pub fn related(mut self, file: FileId, pos: Pos, message: impl Into<String>) -> Self {
        self.related.push(Label {
            file,
            pos,
            message: Some(message.into()),
        });
        self
    }
}

/// The files read in one run, so that findings can quote them. A file that is streamed
/// (measurements) is read again only if a finding quotes it.
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

#[derive(Debug)]
struct SourceFile {
    path: PathBuf,
    text: OnceCell<Text>,
    /// The lines that findings quote, when the file is too large to read whole.
    blocks: OnceCell<Vec<Block>>,
}

/// Files larger than this are quoted from the lines that findings point at.
const READ_WHOLE: u64 = 1 << 20;

/// Consecutive lines of a file, from line `first`.
#[derive(Debug)]
struct Block {
    first: u32,
    text: String,
    lines: LineIndex,
}

/// Lines are quoted up to this many bytes: a file may hold one very long line.
const QUOTED_LINE_BYTES: usize = 64 * 1024;

/// Reads the lines of `ranges` (first and last line, 1-based) of a file, with the line
/// breaks of [`LineIndex`], each cut at [`QUOTED_LINE_BYTES`]; a byte-order mark is
/// skipped.
fn read_lines(path: &Path, mut ranges: Vec<(u32, u32)>) -> std::io::Result<Vec<Block>> {
    use std::io::BufRead as _;
    ranges.sort_unstable();
    let mut merged: Vec<(u32, u32)> = Vec::new();
    for (first, last) in ranges {
        match merged.last_mut() {
            Some(previous) if first <= previous.1 + 1 => previous.1 = previous.1.max(last),
            _ => merged.push((first, last)),
        }
    }
    let mut reader = std::io::BufReader::new(std::fs::File::open(path)?);
    if reader.fill_buf()?.starts_with(b"\xEF\xBB\xBF") {
        reader.consume(3);
    }
    let mut bytes: Vec<Vec<u8>> = vec![Vec::new(); merged.len()];
    let (mut line, mut range, mut after_cr, mut in_line) = (1u32, 0, false, 0);
    'read: loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        for &byte in buf {
            if after_cr && byte != b'\n' {
                line += 1;
                in_line = 0;
            }
            after_cr = byte == b'\r';
            while line > merged[range].1 {
                range += 1;
                if range == merged.len() {
                    break 'read;
                }
            }
            let breaks = byte == b'\n' || byte == b'\r';
            if line >= merged[range].0 && (in_line < QUOTED_LINE_BYTES || breaks) {
                bytes[range].push(byte);
            }
            in_line += 1;
            if byte == b'\n' {
                line += 1;
                in_line = 0;
            }
        }
        let read = buf.len();
        reader.consume(read);
    }
    Ok(merged
        .iter()
        .zip(bytes)
        .map(|((first, _), bytes)| {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Block {
                first: *first,
                lines: LineIndex::new(&text),
                text,
            }
        })
        .collect())
}

/// Text holding the lines from line `first` of a file.
struct View<'a> {
    text: &'a str,
    lines: &'a LineIndex,
    first: u32,
}

impl View<'_> {
    fn line_range(&self, line: u32) -> std::ops::Range<usize> {
        self.lines.range(line.saturating_sub(self.first) + 1)
    }

    /// The byte range of `pos` (at least one character wide where the line has one).
    fn byte_range(&self, pos: Pos) -> std::ops::Range<usize> {
        let line = self.line_range(pos.line);
        let text = &self.text[line.clone()];
        let start = text
            .char_indices()
            .nth(pos.column.saturating_sub(1) as usize)
            .map_or(text.len(), |(i, _)| i);
        let end = text[start..]
            .char_indices()
            .nth(pos.len.max(1) as usize)
            .map_or(text.len(), |(i, _)| start + i);
        line.start + start..line.start + end
    }
}

/// A file's text: byte-order mark removed, invalid UTF-8 replaced (and where it was).
#[derive(Debug)]
struct Text {
    text: String,
    lines: LineIndex,
    invalid_at: Option<usize>,
    /// Whether `text` is the whole file: not when the file is too large to read whole.
    whole: bool,
}

impl Text {
    fn new(bytes: Vec<u8>) -> Text {
        let (text, invalid_at) = match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(err) => {
                let valid = err.utf8_error().valid_up_to();
                // The valid prefix is the same in the lossy text: its offset holds.
                (
                    String::from_utf8_lossy(err.as_bytes()).into_owned(),
                    Some(valid),
                )
            }
        };
        // serde-saphyr skips a byte-order mark and counts columns without it: so do we.
        let (text, invalid_at) = match text.strip_prefix('\u{feff}') {
            Some(rest) => (rest.to_string(), invalid_at.map(|at| at.saturating_sub(3))),
            None => (text, invalid_at),
        };
        Text {
            lines: LineIndex::new(&text),
            text,
            invalid_at,
            whole: true,
        }
    }
}

impl Sources {
    /// A file whose bytes are already read.
    pub fn add(&mut self, path: PathBuf, bytes: Vec<u8>) -> FileId {
        self.files.push(SourceFile {
            path,
            text: OnceCell::from(Text::new(bytes)),
            blocks: OnceCell::new(),
        });
        self.files.len() - 1
    }

    /// A file read from disk when its text is first needed.
    pub fn add_lazy(&mut self, path: PathBuf) -> FileId {
        self.files.push(SourceFile {
            path,
            text: OnceCell::new(),
            blocks: OnceCell::new(),
        });
        self.files.len() - 1
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn path(&self, file: FileId) -> &Path {
        &self.files[file].path
    }

    fn loaded(&self, file: FileId) -> &Text {
        let source = &self.files[file];
        source.text.get_or_init(|| {
            // A file that can no longer be read has no excerpt to show, nor one too
            // large to read whole (its excerpts come from `prepare`).
            let fits = std::fs::metadata(&source.path)
                .is_ok_and(|m| m.len() <= crate::load::MAX_FILE_BYTES);
            if fits {
                Text::new(std::fs::read(&source.path).unwrap_or_default())
            } else {
                Text {
                    whole: false,
                    ..Text::new(Vec::new())
                }
            }
        })
    }

    /// A file's text, without byte-order mark; invalid UTF-8 shows as U+FFFD.
    pub fn text(&self, file: FileId) -> &str {
        &self.loaded(file).text
    }

    /// The line index of a file.
    pub fn lines(&self, file: FileId) -> &LineIndex {
        &self.loaded(file).lines
    }

    /// Where a file's first byte that is not UTF-8 is, if it has one: a file too large
    /// to read whole is mapped and checked piece by piece.
    pub fn invalid_utf8(&self, file: FileId) -> Option<Pos> {
        let text = self.loaded(file);
        if text.whole {
            return text.invalid_at.map(|at| text.lines.pos_of(&text.text, at));
        }
        let mapped = crate::mapped::MappedText::open(self.path(file)).ok()?;
        let offset = mapped.text().err()?;
        Some(mapped.pos_of(offset))
    }

    /// Whether a file's text is all there: not for a file too large to read whole.
    pub fn is_whole(&self, file: FileId) -> bool {
        self.loaded(file).whole
    }

    /// The text of a file from line `first` on, with `first`: all of it, or for a file
    /// too large to read whole the 200 lines before `line` and the one after.
    pub fn around(&self, file: FileId, line: u32) -> (std::borrow::Cow<'_, str>, u32) {
        if self.is_whole(file) {
            return (self.text(file).into(), 1);
        }
        let first = line.saturating_sub(200).max(1);
        match read_lines(self.path(file), vec![(first, line.saturating_add(1))]) {
            Ok(mut blocks) if !blocks.is_empty() => (blocks.swap_remove(0).text.into(), first),
            _ => ("".into(), 1),
        }
    }

    /// A file's text when it is already in memory.
    pub fn loaded_text(&self, file: FileId) -> Option<&str> {
        self.files[file].text.get().map(|text| text.text.as_str())
    }

    /// Reads a file from the start: from memory when its text is loaded, else from disk.
    pub fn open(&self, file: FileId) -> std::io::Result<Box<dyn std::io::Read + '_>> {
        let source = &self.files[file];
        Ok(match source.text.get() {
            Some(text) => Box::new(text.text.as_bytes()),
            None => Box::new(std::fs::File::open(&source.path)?),
        })
    }

    /// Reads the lines that `labels` point at (and ten lines around them) of the
    /// files too large to read whole for a few excerpts, once, before they are quoted.
    pub fn prepare<'l>(&self, labels: impl Iterator<Item = &'l Label>) {
        let mut wanted: BTreeMap<FileId, Vec<(u32, u32)>> = BTreeMap::new();
        for label in labels {
            let source = &self.files[label.file];
            let whole = source.text.get().is_some_and(|text| text.whole);
            if !whole && source.blocks.get().is_none() {
                let line = label.pos.line.max(1);
                wanted
                    .entry(label.file)
                    .or_default()
                    .push((line.saturating_sub(NEAR_LINES).max(1), line + NEAR_LINES));
            }
        }
        for (file, ranges) in wanted {
            let source = &self.files[file];
            // A file over the limit of measurements is never read, not even to quote it.
            let large = std::fs::metadata(&source.path)
                .is_ok_and(|m| (READ_WHOLE + 1..=crate::load::MAX_STREAM_BYTES).contains(&m.len()));
            if large {
                // A file that can no longer be read has no excerpt to show.
                let blocks = read_lines(&source.path, ranges).unwrap_or_default();
                let _ = source.blocks.set(blocks);
            }
        }
    }

    /// The text around `line` of a file: its block when only blocks were read, else all.
    fn view(&self, file: FileId, line: u32) -> View<'_> {
        let source = &self.files[file];
        let block = source.blocks.get().and_then(|blocks| {
            blocks
                .iter()
                .find(|b| b.first <= line && line < b.first + b.lines.count())
        });
        match block {
            Some(block) => View {
                text: &block.text,
                lines: &block.lines,
                first: block.first,
            },
            None => {
                let text = self.loaded(file);
                View {
                    text: &text.text,
                    lines: &text.lines,
                    first: 1,
                }
            }
        }
    }

    fn display(&self, file: FileId) -> String {
        self.path(file).display().to_string()
    }
}

/// Sorts findings by file, line and column (then code), so output never depends on the
/// order in which checks ran.
pub fn sort(diagnostics: &mut [Diagnostic], sources: &Sources) {
    diagnostics.sort_by(|a, b| {
        (
            sources.path(a.primary.file),
            a.primary.pos,
            a.code,
            &a.message,
        )
            .cmp(&(
                sources.path(b.primary.file),
                b.primary.pos,
                b.code,
                &b.message,
            ))
    });
}

/// How findings are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-like: message, `--> file:line:col`, the source line and a caret.
    Human,
    /// One line per finding: `file:line:col: error[E102]: message`.
    Short,
    /// A JSON array of findings.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`).
    Github,
}

/// Renders findings (already sorted) followed, for the human format, by a summary line.
pub fn render(
    diagnostics: &[Diagnostic],
    omitted: &BTreeMap<Code, usize>,
    sources: &Sources,
    format: Format,
    color: bool,
) -> String {
    match format {
        Format::Human => render_human(diagnostics, omitted, sources, color),
        Format::Short => diagnostics
            .iter()
            .map(|d| {
                let p = d.primary.pos;
                let mut line = format!(
                    "{}:{}:{}: {}[{}]: {}",
                    sources.display(d.primary.file),
                    p.line,
                    p.column,
                    severity_word(d.severity()),
                    d.code.code(),
                    d.message
                );
                line.push_str(&related_places(d, sources));
                line + "\n"
            })
            .collect(),
        Format::Json => render_json(diagnostics, sources),
        Format::Github => diagnostics
            .iter()
            .map(|d| github_line(d, sources))
            .collect(),
    }
}

/// ` (first declared here plan.yaml:22:29)`: the other places of a finding, on one line.
fn related_places(d: &Diagnostic, sources: &Sources) -> String {
    d.related
        .iter()
        .map(|r| {
            format!(
                " ({} {}:{}:{})",
                r.message.as_deref().unwrap_or("see"),
                sources.display(r.file),
                r.pos.line,
                r.pos.column
            )
        })
        .collect()
}

fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn render_human(
    diagnostics: &[Diagnostic],
    omitted: &BTreeMap<Code, usize>,
    sources: &Sources,
    color: bool,
) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    let mut counts: BTreeMap<Code, usize> = BTreeMap::new();
    let shown: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| {
            let count = counts.entry(d.code).or_default();
            *count += 1;
            *count <= HUMAN_LIMIT_PER_CODE
        })
        .collect();
    sources.prepare(
        shown
            .iter()
            .flat_map(|d| std::iter::once(&d.primary).chain(&d.related)),
    );
    for d in shown {
        let level = match d.severity() {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        // Labels close to each other in one file share an excerpt; others get their own.
        let mut excerpts: Vec<Vec<(&Label, AnnotationKind)>> =
            vec![vec![(&d.primary, AnnotationKind::Primary)]];
        for r in &d.related {
            let near = excerpts.iter_mut().find(|labels| {
                labels
                    .iter()
                    .any(|(l, _)| l.file == r.file && l.pos.line.abs_diff(r.pos.line) <= NEAR_LINES)
            });
            match near {
                Some(labels) => labels.push((r, AnnotationKind::Context)),
                None => excerpts.push(vec![(r, AnnotationKind::Context)]),
            }
        }
        let snippets: Vec<Snippet<annotate_snippets::Annotation>> = excerpts
            .iter()
            .map(|labels| excerpt(labels, sources))
            .collect();
        let mut group = level
            .primary_title(d.message.as_str())
            .id(d.code.code())
            .elements(snippets);
        if let Some(help) = &d.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let report: Vec<Group> = vec![group];
        out.push_str(&renderer.render(&report));
        out.push_str("\n\n");
    }
    for (code, count) in counts {
        let uncounted = omitted.get(&code).copied().unwrap_or(0);
        if count + uncounted > HUMAN_LIMIT_PER_CODE {
            let lists = if uncounted == 0 {
                "them all".to_string()
            } else {
                format!("the first {count}")
            };
            out.push_str(&format!(
                "note: {} more {}[{}] findings not shown; `plan validate --format short` lists {lists}\n\n",
                count + uncounted - HUMAN_LIMIT_PER_CODE,
                severity_word(code.severity()),
                code.code()
            ));
        }
    }
    out
}

/// The human format shows this many findings of each code; the others are counted.
pub const HUMAN_LIMIT_PER_CODE: usize = 50;

/// Labels at most this many lines apart are shown in one excerpt.
const NEAR_LINES: u32 = 10;

/// The lines of one file that `labels` point at, annotated: only those lines are handed
/// to the renderer, so that many findings in a large file stay cheap to print.
fn excerpt<'a>(
    labels: &[(&'a Label, AnnotationKind)],
    sources: &'a Sources,
) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let file = labels[0].0.file;
    let first = labels
        .iter()
        .map(|(l, _)| l.pos.line.max(1))
        .min()
        .unwrap_or(1);
    let last = labels
        .iter()
        .map(|(l, _)| l.pos.line.max(1))
        .max()
        .unwrap_or(1);
    let view = sources.view(file, first);
    let start = view.line_range(first).start;
    let end = view.line_range(last).end;
    let mut snippet = Snippet::source(&view.text[start..end])
        .path(sources.path(file).to_string_lossy())
        .line_start(first as usize)
        .fold(true);
    for (label, kind) in labels {
        let range = view.byte_range(label.pos);
        let annotation = kind.span(range.start - start..range.end - start);
        snippet = snippet.annotation(match &label.message {
            Some(message) => annotation.label(message.as_str()),
            None => annotation,
        });
    }
    snippet
}

#[derive(Serialize)]
struct JsonLabel {
    file: String,
    line: u32,
    column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'static str,
    name: &'static str,
    message: &'a str,
    file: String,
    line: u32,
    column: u32,
    help: Option<&'a str>,
    related: Vec<JsonLabel>,
}

fn render_json(diagnostics: &[Diagnostic], sources: &Sources) -> String {
    let items: Vec<JsonDiagnostic> = diagnostics
        .iter()
        .map(|d| JsonDiagnostic {
            severity: d.severity(),
            code: d.code.code(),
            name: d.code.name(),
            message: &d.message,
            file: sources.display(d.primary.file),
            line: d.primary.pos.line,
            column: d.primary.pos.column,
            help: d.help.as_deref(),
            related: d
                .related
                .iter()
                .map(|r| JsonLabel {
                    file: sources.display(r.file),
                    line: r.pos.line,
                    column: r.pos.column,
                    message: r.message.clone(),
                })
                .collect(),
        })
        .collect();
    serde_json::to_string_pretty(&items).expect("findings serialize") + "\n"
}

/// Escapes the message of a workflow command.
fn github_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn github_line(d: &Diagnostic, sources: &Sources) -> String {
    let mut message = d.message.clone();
    message.push_str(&related_places(d, sources));
    if let Some(help) = &d.help {
        let _ = write!(message, "\nhelp: {help}");
    }
    format!(
        "::{} file={},line={},col={},title={}::{}\n",
        severity_word(d.severity()),
        github_property(&sources.display(d.primary.file)),
        d.primary.pos.line,
        d.primary.pos.column,
        github_property(&format!("{} {}", d.code.code(), d.code.name())),
        github_data(&message)
    )
}

/// `1 file`, `2 files`.
pub fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// `2 errors and 1 warning found` for the human format, counting the findings that were
/// only counted (`omitted`, past [`KEPT_PER_CODE`](crate::check::KEPT_PER_CODE)).
pub fn summary(diagnostics: &[Diagnostic], omitted: &BTreeMap<Code, usize>) -> Option<String> {
    let count = |severity: Severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity() == severity)
            .count()
            + omitted
                .iter()
                .filter(|(code, _)| code.severity() == severity)
                .map(|(_, n)| n)
                .sum::<usize>()
    };
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let found = match (errors, warnings) {
        (0, 0) => return None,
        (0, w) => format!("{} found", plural(w, "warning")),
        (e, 0) => format!("{} found", plural(e, "error")),
        (e, w) => format!("{} and {} found", plural(e, "error"), plural(w, "warning")),
    };
    let not_listed: usize = omitted.values().sum();
    Some(if not_listed == 0 {
        found
    } else {
        format!(
            "{found}, {not_listed} of them not listed (at most {} of one code are)",
            crate::check::KEPT_PER_CODE
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_ordered() {
        let codes: Vec<&str> = Code::ALL.iter().map(|c| c.code()).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(codes, sorted);
    }

    #[test]
    fn lines_of_a_large_file_are_read_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.yaml");
        std::fs::write(&path, "\u{feff}one\ntwo\r\nthree\rfour\nfive\nsix\n").unwrap();
        let blocks = read_lines(&path, vec![(5, 5), (2, 3), (4, 4)]).unwrap();
        let texts: Vec<(u32, &str)> = blocks.iter().map(|b| (b.first, b.text.as_str())).collect();
        assert_eq!(texts, [(2, "two\r\nthree\rfour\nfive\n")]);
        let view = View {
            text: &blocks[0].text,
            lines: &blocks[0].lines,
            first: 2,
        };
        assert_eq!(&view.text[view.line_range(4)], "four");
        assert_eq!(&view.text[view.byte_range(Pos::new(3, 2, 3))], "hre");
        let first = read_lines(&path, vec![(1, 1)]).unwrap();
        assert_eq!(first[0].text, "one\n");
        let long = format!("{}\nnext\n", "x".repeat(3 * QUOTED_LINE_BYTES));
        std::fs::write(&path, long).unwrap();
        let blocks = read_lines(&path, vec![(1, 2)]).unwrap();
        assert_eq!(blocks[0].text.len(), QUOTED_LINE_BYTES + "\nnext\n".len());
        assert!(blocks[0].text.ends_with("x\nnext\n"));
    }

    #[test]
    fn byte_range_counts_characters() {
        let mut sources = Sources::default();
        let file = sources.add(
            PathBuf::from("x.yaml"),
            "a: é\r\nid: « x »\n".as_bytes().to_vec(),
        );
        assert_eq!(sources.view(file, 2).byte_range(Pos::new(2, 5, 5)), 11..18);
        assert_eq!(
            &sources.text(file)[sources.view(file, 1).byte_range(Pos::new(1, 4, 1))],
            "é"
        );
        // Past the end of a line: an empty range at its end, before the CR.
        assert_eq!(sources.view(file, 1).byte_range(Pos::new(1, 40, 1)), 5..5);
        // Past the last line: the last (empty) line.
        assert_eq!(sources.view(file, 9).byte_range(Pos::new(9, 1, 1)), 19..19);
    }

    #[test]
    fn github_escapes() {
        assert_eq!(github_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(github_data("x\ny:z"), "x%0Ay:z");
    }
}
