//! `--format sarif`: the findings as one SARIF 2.1.0 log, for GitHub code scanning. One
//! run of the tool `plan`, a rule per code ([`Code::ALL`]), a result per finding with
//! its place (a region of line and column; a workbook cell is named in the message and
//! the file given alone, as is a file or folder as a whole) and its other places as
//! related locations. Words come from `words.rs`.
//!
//! Part of `render`: imports its sibling `words`, `input` (the paths) and the leaves.

use serde::Serialize;

use super::words;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::input::Sources;
use crate::place::Location;

/// The schema that a SARIF 2.1.0 log names.
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The project's repository, from `Cargo.toml` (empty when it names none).
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    /// Columns count characters, as in every format of `plan`.
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<String>,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    default_configuration: Configuration,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [SarifLocation; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<SarifLocation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
}

/// SARIF's name of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A path as a URI reference: relative with `/` between segments (a leading `./`
/// dropped), `file://` for an absolute path; other than letters, digits and `-._~/`,
/// bytes are percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace(std::path::MAIN_SEPARATOR, "/");
    let mut path = path.as_str();
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    let mut out = String::with_capacity(path.len());
    if std::path::Path::new(path).is_absolute() || path.starts_with('/') {
        out.push_str("file://");
        if !path.starts_with('/') {
            out.push('/');
        }
    }
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A place as SARIF gives it: the file, and for a text position its region.
fn physical(location: &Location, sources: &Sources) -> PhysicalLocation {
    PhysicalLocation {
        artifact_location: ArtifactLocation {
            uri: uri(&sources.display(location.file)),
        },
        region: location.pos().map(|pos| Region {
            start_line: pos.line,
            start_column: pos.column,
        }),
    }
}

/// The rules: one per code, in the order of [`Code::ALL`].
fn rules() -> Vec<Rule> {
    Code::ALL
        .iter()
        .map(|code| Rule {
            id: code.code(),
            name: code.name(),
            short_description: Text {
                text: words::rule(*code),
            },
            default_configuration: Configuration {
                level: level(code.severity()),
            },
            help_uri: (!REPOSITORY.is_empty()).then(|| {
                format!(
                    "{REPOSITORY}/blob/main/docs/diagnostics.md#{}-{}",
                    code.code().to_lowercase(),
                    code.name()
                )
            }),
        })
        .collect()
}

fn result(d: &Diagnostic, sources: &Sources) -> SarifResult {
    let code = d.code();
    let mut message = words::message_at(&d.finding, &d.at.place);
    if let Some(help) = words::help(&d.finding) {
        message.push_str(&format!("\n{}: {help}", words::help_heading()));
    }
    SarifResult {
        rule_id: code.code(),
        rule_index: Code::ALL.iter().position(|c| *c == code).unwrap_or(0),
        level: level(code.severity()),
        message: Text { text: message },
        locations: [SarifLocation {
            id: None,
            physical_location: physical(&d.at, sources),
            message: None,
        }],
        related_locations: d
            .related
            .iter()
            .enumerate()
            .map(|(i, at)| SarifLocation {
                id: Some(i + 1),
                physical_location: physical(at, sources),
                message: Some(Text {
                    text: words::related_at(&d.finding, &at.place),
                }),
            })
            .collect(),
    }
}

/// The findings (already sorted) as one SARIF log, pretty-printed.
pub fn render(diagnostics: &[Diagnostic], sources: &Sources) -> String {
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "plan",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: (!REPOSITORY.is_empty())
                        .then(|| format!("{REPOSITORY}#readme")),
                    rules: rules(),
                },
            },
            column_kind: "unicodeCodePoints",
            results: diagnostics.iter().map(|d| result(d, sources)).collect(),
        }],
    };
    serde_json::to_string_pretty(&log).expect("a SARIF log serializes") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("plans/plan.yaml"), "plans/plan.yaml");
        assert_eq!(uri("./././m/2023.csv"), "m/2023.csv");
        assert_eq!(
            uri("mesures été/a b.yaml"),
            "mesures%20%C3%A9t%C3%A9/a%20b.yaml"
        );
        assert_eq!(uri("/srv/plan#1.yaml"), "file:///srv/plan%231.yaml");
    }
}
