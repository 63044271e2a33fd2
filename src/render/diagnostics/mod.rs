//! The diagnostic formats picked by `--format`: human (rustc-like, with excerpts),
//! short (one line a finding), json, github (workflow commands) and sarif (SARIF 2.1.0,
//! in `sarif.rs`). Their words come from [`words`]; places are `file:line:column`,
//! `file.xlsx:Sheet!C12` for a cell, or the file (or folder) alone.
//!
//! Part of `render`: imports `input` (to quote the sources) and the leaves.

mod sarif;
pub mod words;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use crate::diagnostic::{Code, Diagnostic, Findings, Severity};
use crate::input::Sources;
use crate::input::source::NEAR_LINES;
use crate::place::{Location, Place};

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
    /// SARIF 2.1.0 JSON, for GitHub code scanning: one run, a rule per code.
    Sarif,
}

/// Renders findings (already sorted); the human format ends with a note for each code
/// of which it shows only the first [`HUMAN_LIMIT_PER_CODE`].
pub fn render(findings: &Findings, sources: &Sources, format: Format, color: bool) -> String {
    let diagnostics = findings.list();
    match format {
        Format::Human => render_human(diagnostics, findings.omitted(), sources, color),
        Format::Short => diagnostics
            .iter()
            .map(|d| {
                let mut line = format!(
                    "{}: {}[{}]: {}",
                    place(&d.at, sources),
                    words::severity(d.severity()),
                    d.code().code(),
                    words::message(&d.finding)
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
        Format::Sarif => sarif::render(diagnostics, sources),
    }
}

/// `plans/x.yaml:14:17`, `mesures.xlsx:GDP!E12` for a cell, `mesures` for a folder.
fn place(location: &Location, sources: &Sources) -> String {
    let path = sources.display(location.file);
    match &location.place {
        Place::Text(pos) => format!("{path}:{}:{}", pos.line, pos.column),
        Place::Cell(cell) => format!("{path}:{}", cell.reference()),
        Place::Whole => path,
    }
}

/// ` (first declared here plan.yaml:22:29)`: the other places of a finding, on one line.
fn related_places(d: &Diagnostic, sources: &Sources) -> String {
    d.related
        .iter()
        .map(|r| format!(" ({} {})", words::related(&d.finding), place(r, sources)))
        .collect()
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
            let count = counts.entry(d.code()).or_default();
            *count += 1;
            *count <= HUMAN_LIMIT_PER_CODE
        })
        .collect();
    sources.prepare(
        shown
            .iter()
            .flat_map(|d| std::iter::once(&d.at).chain(&d.related)),
    );
    for d in shown {
        let level = match d.severity() {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        }
        .with_name(Some(words::severity_name(d.severity())));
        let message = words::message(&d.finding);
        let primary = Mark {
            at: &d.at,
            text: words::caret(&d.finding),
        };
        let related = d.related.iter().map(|at| Mark {
            at,
            text: Some(words::related(&d.finding)),
        });
        // Marks close to each other in one text file share an excerpt; others get their
        // own. A mark in a workbook has no text to quote: its place is in the title. A
        // finding about a file or folder as a whole shows it as its origin, alone.
        let mut excerpts: Vec<Vec<(Mark, AnnotationKind)>> = Vec::new();
        let mut elsewhere = Vec::new();
        let origin = (d.at.place == Place::Whole).then(|| place(&d.at, sources));
        let primary = origin
            .is_none()
            .then_some((primary, AnnotationKind::Primary));
        for (mark, kind) in primary
            .into_iter()
            .chain(related.map(|mark| (mark, AnnotationKind::Context)))
        {
            // A cell of a sheet is named in the title, and its row quoted.
            if matches!(mark.at.place, Place::Cell(_)) {
                elsewhere.push(place(mark.at, sources));
            }
            let Some(pos) = sources.quoted(mark.at) else {
                if !matches!(mark.at.place, Place::Cell(_)) {
                    elsewhere.push(place(mark.at, sources));
                }
                continue;
            };
            let near = excerpts.iter_mut().find(|marks| {
                marks.iter().any(|(m, _)| {
                    m.at.file == mark.at.file
                        && sources
                            .quoted(m.at)
                            .is_some_and(|p| p.line.abs_diff(pos.line) <= NEAR_LINES)
                })
            });
            match near {
                Some(marks) => marks.push((mark, kind)),
                None => excerpts.push(vec![(mark, kind)]),
            }
        }
        let title = match elsewhere.is_empty() {
            true => message,
            false => format!("{message} ({})", elsewhere.join(", ")),
        };
        let snippets: Vec<Snippet<annotate_snippets::Annotation>> = excerpts
            .iter()
            .map(|marks| excerpt(marks, sources))
            .collect();
        let mut group = level
            .primary_title(title)
            .id(d.code().code())
            .elements(origin.map(Origin::path))
            .elements(snippets);
        if let Some(help) = words::help(&d.finding) {
            group = group.element(
                Level::HELP
                    .with_name(Some(words::help_heading()))
                    .message(help),
            );
        }
        let report: Vec<Group> = vec![group];
        out.push_str(&renderer.render(&report));
        out.push_str("\n\n");
    }
    for (code, count) in counts {
        let uncounted = omitted.get(&code).copied().unwrap_or(0);
        if count + uncounted > HUMAN_LIMIT_PER_CODE {
            let more = count + uncounted - HUMAN_LIMIT_PER_CODE;
            out.push_str(&words::not_shown(more, code, uncounted == 0, count));
            out.push_str("\n\n");
        }
    }
    out
}

/// The human format shows this many findings of each code; the others are counted.
pub const HUMAN_LIMIT_PER_CODE: usize = 50;

/// A place of a finding in a text file and the label under its caret.
struct Mark<'a> {
    at: &'a Location,
    text: Option<String>,
}

/// The lines of one file that `marks` point at, annotated: only those lines are handed
/// to the renderer, so that many findings in a large file stay cheap to print.
fn excerpt<'a>(
    marks: &'a [(Mark<'a>, AnnotationKind)],
    sources: &'a Sources,
) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let file = marks[0].0.at.file;
    let lines = || {
        marks
            .iter()
            .filter_map(|(m, _)| sources.quoted(m.at))
            .map(|pos| pos.line.max(1))
    };
    let first = lines().min().unwrap_or(1);
    let last = lines().max().unwrap_or(1);
    let view = sources.view(file, first);
    let start = view.line_range(first).start;
    let end = view.line_range(last).end;
    let mut snippet = Snippet::source(&view.text[start..end])
        .line_start(first as usize)
        .fold(true);
    // A sheet's row is quoted under the title that names its cell, without a line.
    if sources.sheet(file).is_none() {
        snippet = snippet.path(sources.path(file).to_string_lossy());
    }
    for (mark, kind) in marks {
        let Some(pos) = sources.quoted(mark.at) else {
            continue;
        };
        let range = view.byte_range(pos);
        let annotation = kind.span(range.start - start..range.end - start);
        snippet = snippet.annotation(match &mark.text {
            Some(text) => annotation.label(text.as_str()),
            None => annotation,
        });
    }
    snippet
}

/// Where a finding is, in JSON: `line` and `column` in a text file, `sheet`, `row`,
/// `column` and `cell` (`C12`) in a workbook, the `file` alone for a file or folder as
/// a whole.
#[derive(Serialize)]
struct JsonPlace {
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    sheet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cell: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    row: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<u32>,
}

impl JsonPlace {
    fn of(location: &Location, sources: &Sources) -> JsonPlace {
        let file = sources.display(location.file);
        match &location.place {
            Place::Text(pos) => JsonPlace {
                file,
                sheet: None,
                cell: None,
                row: None,
                line: Some(pos.line),
                column: Some(pos.column),
            },
            Place::Cell(cell) => JsonPlace {
                file,
                cell: cell
                    .reference()
                    .rsplit_once('!')
                    .map(|(_, c)| c.to_string()),
                sheet: Some(cell.sheet.clone()),
                row: Some(cell.row),
                line: None,
                column: Some(cell.column),
            },
            Place::Whole => JsonPlace {
                file,
                sheet: None,
                cell: None,
                row: None,
                line: None,
                column: None,
            },
        }
    }
}

#[derive(Serialize)]
struct JsonLabel {
    #[serde(flatten)]
    place: JsonPlace,
    message: String,
}

#[derive(Serialize)]
struct JsonDiagnostic {
    severity: Severity,
    code: &'static str,
    name: &'static str,
    message: String,
    #[serde(flatten)]
    place: JsonPlace,
    help: Option<String>,
    related: Vec<JsonLabel>,
}

fn render_json(diagnostics: &[Diagnostic], sources: &Sources) -> String {
    let items: Vec<JsonDiagnostic> = diagnostics
        .iter()
        .map(|d| JsonDiagnostic {
            severity: d.severity(),
            code: d.code().code(),
            name: d.code().name(),
            message: words::message(&d.finding),
            place: JsonPlace::of(&d.at, sources),
            help: words::help(&d.finding),
            related: d
                .related
                .iter()
                .map(|r| JsonLabel {
                    place: JsonPlace::of(r, sources),
                    message: words::related(&d.finding),
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
    // A workflow command places a finding on a line: a cell is named in the message, on
    // the file's first line; a file or folder as a whole is given without a line.
    let mut message = words::message_at(&d.finding, &d.at.place);
    let line = match &d.at.place {
        Place::Text(pos) => format!(",line={},col={}", pos.line, pos.column),
        Place::Cell(_) => ",line=1,col=1".to_string(),
        Place::Whole => String::new(),
    };
    message.push_str(&related_places(d, sources));
    if let Some(help) = words::help(&d.finding) {
        let _ = write!(message, "\n{}: {help}", words::help_heading());
    }
    format!(
        "::{} file={}{line},title={}::{}\n",
        words::severity(d.severity()),
        github_property(&sources.display(d.at.file)),
        github_property(&format!("{} {}", d.code().code(), d.code().name())),
        github_data(&message)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Finding;
    use crate::place::{Cell, Pos};

    #[test]
    fn github_escapes() {
        assert_eq!(github_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(github_data("x\ny:z"), "x%0Ay:z");
    }

    #[test]
    fn cells_are_placed_in_every_format() {
        let mut sources = Sources::default();
        let file = sources.add("mesures-gdp.xlsx".into(), Vec::new());
        let mut findings = Findings::default();
        let cell = Cell {
            sheet: "GDP".into(),
            row: 12,
            column: 5,
        };
        let finding = Finding::NotAValue {
            text: "x".into(),
            fault: crate::target::ValueFault::Other,
        };
        findings.push(Diagnostic {
            finding: finding.clone(),
            at: Location {
                file,
                place: Place::Cell(cell),
            },
            related: vec![Location::text(file, Pos::start())],
        });
        let short = render(&findings, &sources, Format::Short, false);
        assert!(
            short.starts_with("mesures-gdp.xlsx:GDP!E12: error[E007]"),
            "{short}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&render(&findings, &sources, Format::Json, false)).unwrap();
        assert_eq!(json[0]["sheet"], "GDP");
        assert_eq!(json[0]["cell"], "E12");
        assert_eq!(
            (json[0]["row"].as_u64(), json[0]["column"].as_u64()),
            (Some(12), Some(5))
        );
        let github = render(&findings, &sources, Format::Github, false);
        assert!(
            github.contains("::`x` is neither a number nor yes/no (GDP!E12)"),
            "{github}"
        );
        let human = render(&findings, &sources, Format::Human, false);
        assert!(human.contains("(mesures-gdp.xlsx:GDP!E12)"), "{human}");
        let sarif: serde_json::Value =
            serde_json::from_str(&render(&findings, &sources, Format::Sarif, false)).unwrap();
        let result = &sarif["runs"][0]["results"][0];
        assert!(
            result["message"]["text"]
                .as_str()
                .unwrap()
                .starts_with("`x` is neither a number nor yes/no (GDP!E12)"),
            "{result}"
        );
        let at = &result["locations"][0]["physicalLocation"];
        assert_eq!(at["artifactLocation"]["uri"], "mesures-gdp.xlsx");
        assert!(at.get("region").is_none(), "{at}");
        let related = &result["relatedLocations"][0]["physicalLocation"];
        assert_eq!(related["region"]["startLine"], 1);
    }

    #[test]
    fn a_folder_is_placed_without_a_line() {
        let mut sources = Sources::default();
        let folder = sources.add("mesures".into(), Vec::new());
        let mut findings = Findings::default();
        findings.push(Diagnostic::whole(Finding::EmptyFolder, folder));
        let human = render(&findings, &sources, Format::Human, false);
        assert!(human.contains("--> mesures\n"), "{human}");
        assert!(!human.contains(" |"), "no excerpt: {human}");
        let short = render(&findings, &sources, Format::Short, false);
        assert!(short.starts_with("mesures: warning[W001]: "), "{short}");
        let github = render(&findings, &sources, Format::Github, false);
        assert!(
            github.starts_with("::warning file=mesures,title=W001 empty-folder::"),
            "{github}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&render(&findings, &sources, Format::Json, false)).unwrap();
        assert_eq!(json[0]["file"], "mesures");
        assert!(json[0].get("line").is_none() && json[0].get("column").is_none());
    }
}
