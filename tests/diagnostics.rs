//! One fixture folder per diagnostic code under `tests/fixtures/validate/`: each holds
//! the input files and an `expect` file with the exit status and every finding
//! (`CODE file:line:column`, `CODE file.xlsx:Sheet!C12` for a workbook cell, or `CODE file`
//! for a file or folder as a whole) that
//! `plan validate` must report, no more, no less; a `paths A B` line names the paths to
//! validate (default: the folder itself).

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/validate");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures folder")
        .map(|e| e.expect("fixture entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

struct Expected {
    exit: i32,
    paths: Vec<String>,
    findings: BTreeSet<String>,
}

fn expected(dir: &Path) -> Expected {
    let text = std::fs::read_to_string(dir.join("expect")).expect("an expect file");
    let mut exit = None;
    let mut paths = vec![".".to_string()];
    let mut findings = BTreeSet::new();
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if let Some(code) = line.strip_prefix("exit ") {
            exit = Some(code.parse().expect("exit status"));
        } else if let Some(named) = line.strip_prefix("paths ") {
            paths = named.split_whitespace().map(str::to_string).collect();
        } else {
            findings.insert(line.to_string());
        }
    }
    Expected {
        exit: exit.expect("an `exit N` line"),
        paths,
        findings,
    }
}

fn actual(dir: &Path, paths: &[String]) -> (i32, BTreeSet<String>) {
    let output = common::plan()
        .current_dir(dir)
        .args(["validate", "--format", "json"])
        .args(paths)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let findings: Vec<serde_json::Value> = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{}: not JSON ({e}): {stdout}", dir.display()));
    let set = findings
        .iter()
        .map(|f| {
            let file = f["file"].as_str().unwrap().trim_start_matches("./");
            let code = f["code"].as_str().unwrap();
            match (f.get("cell"), f.get("column")) {
                (Some(cell), _) => format!(
                    "{code} {file}:{}!{}",
                    f["sheet"].as_str().unwrap(),
                    cell.as_str().unwrap()
                ),
                (None, Some(column)) => format!("{code} {file}:{}:{column}", f["line"]),
                (None, None) => format!("{code} {file}"),
            }
        })
        .collect();
    (output.status.code().unwrap(), set)
}

#[test]
fn every_fixture_gives_exactly_its_findings() {
    let mut failures = Vec::new();
    for dir in fixtures() {
        let want = expected(&dir);
        let (exit, findings) = actual(&dir, &want.paths);
        if exit != want.exit || findings != want.findings {
            failures.push(format!(
                "{}:\n  expected exit {} {:?}\n  got      exit {} {:?}",
                dir.file_name().unwrap().to_string_lossy(),
                want.exit,
                want.findings,
                exit,
                findings
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The codes that `plan validate` never gives, each tested through the command that
/// does: W002 (no measurements read) is for `report` and `export` (tests/outputs.rs).
const NOT_FROM_VALIDATE: &[&str] = &["W002"];

/// Every code of `plan validate --list-codes`… is covered by a fixture and documented.
#[test]
fn every_code_has_a_fixture_and_a_doc_entry() {
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/diagnostics.md"))
            .unwrap();
    let covered: BTreeSet<String> = fixtures()
        .iter()
        .flat_map(|dir| expected(dir).findings)
        .map(|f| f.split(' ').next().unwrap().to_string())
        .collect();
    let codes = plan::diagnostic::Code::ALL;
    let mut missing = Vec::new();
    for code in codes {
        if !covered.contains(code.code()) && !NOT_FROM_VALIDATE.contains(&code.code()) {
            missing.push(format!("{} has no fixture", code.code()));
        }
        let heading = format!("## {} `{}`", code.code(), code.name());
        if !docs.contains(&heading) {
            missing.push(format!("docs/diagnostics.md lacks `{heading}`"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The message and help of the first finding of `code` that a fixture gives in `lang`:
/// `- fr: message — help`, as `docs/diagnostics.md` quotes it.
fn quoted_finding(dir: &Path, code: &str, lang: &str) -> Option<String> {
    let want = expected(dir);
    let output = common::plan()
        .current_dir(dir)
        .args(["--lang", lang, "validate", "--format", "json"])
        .args(&want.paths)
        .output()
        .unwrap();
    let findings: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).ok()?;
    let finding = findings.iter().find(|f| f["code"] == code)?;
    let message = finding["message"].as_str()?;
    Some(match finding["help"].as_str() {
        Some(help) => format!("- {lang}: {message} — {help}"),
        None => format!("- {lang}: {message}"),
    })
}

/// The message and help of `code` in `lang` as `plan report --year 2023 plans` words it
/// (for W002, which `validate` never gives): its human output read back.
fn quoted_report_finding(code: &str, lang: &str) -> Option<String> {
    let output = common::plan()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--lang", lang, "report", "--year", "2023", "plans"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).ok()?;
    let message = stderr
        .lines()
        .find_map(|l| l.split_once(&format!("[{code}]: ")).map(|(_, m)| m))?;
    let help = stderr
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("= "))
        .and_then(|l| l.split_once(": ").map(|(_, h)| h));
    Some(match help {
        Some(help) => format!("- {lang}: {message} — {help}"),
        None => format!("- {lang}: {message}"),
    })
}

/// The block a code's entry gives in French and Dutch, from its first fixture (or, for
/// the codes `validate` never gives, from `plan report`).
fn translated_block(section: &str, code: &str) -> Option<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/validate");
    let fixture = section
        .lines()
        .find(|l| l.starts_with("Fixture: `") || l.starts_with("Fixtures: `"))
        .and_then(|line| line.split('`').nth(1));
    let (source, lines): (String, Vec<String>) = match fixture {
        Some(name) => (
            format!("fixture `{name}`"),
            ["fr", "nl"]
                .iter()
                .map(|lang| quoted_finding(&root.join(name), code, lang))
                .collect::<Option<_>>()?,
        ),
        None if NOT_FROM_VALIDATE.contains(&code) => (
            "`plan report --year 2023 plans`".to_string(),
            ["fr", "nl"]
                .iter()
                .map(|lang| quoted_report_finding(code, lang))
                .collect::<Option<_>>()?,
        ),
        None => return None,
    };
    Some(format!(
        "In French and Dutch (`--lang fr`, `--lang nl`, {source}):\n\n{}\n",
        lines.join("\n")
    ))
}

/// Each code's entry in `docs/diagnostics.md` gives its message in French and Dutch, as
/// the binary words it for the entry's first fixture. `PLAN_BLESS=1` rewrites the blocks.
#[test]
fn the_reference_quotes_each_code_in_french_and_dutch() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/diagnostics.md");
    let docs = std::fs::read_to_string(&path).unwrap();
    let marker = "In French and Dutch (`--lang fr`";
    let mut out = String::new();
    let mut missing = Vec::new();
    // Sections start at `## E` / `## W` headings; the text before the first is kept.
    let first = docs.find("\n## ").map_or(docs.len(), |start| start + 1);
    out.push_str(&docs[..first]);
    let mut rest = &docs[first..];
    while rest.starts_with("## ") {
        let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 4);
        let section = &rest[..end];
        rest = &rest[end..];
        let code = section[3..].split(' ').next().unwrap_or_default();
        let is_code = code.len() == 4 && (code.starts_with('E') || code.starts_with('W'));
        let Some(block) = is_code.then(|| translated_block(section, code)).flatten() else {
            out.push_str(section);
            continue;
        };
        // Drop an earlier block, then put the current one before the fixture line.
        let mut kept = String::new();
        let mut skipping = false;
        for line in section.split_inclusive('\n') {
            if line.starts_with(marker) {
                skipping = true;
                continue;
            }
            if skipping && (line.starts_with("- ") || line.trim().is_empty()) {
                continue;
            }
            skipping = false;
            if line.starts_with("Fixture: `") || line.starts_with("Fixtures: `") {
                kept.push_str(&block);
                kept.push('\n');
            }
            kept.push_str(line);
        }
        if !kept.contains(&block) {
            // No fixture line to stand before: the block ends the entry.
            let body = kept.trim_end_matches('\n').len();
            kept.truncate(body);
            kept.push_str("\n\n");
            kept.push_str(&block);
            kept.push('\n');
        }
        if !section.contains(&block) {
            missing.push(code.to_string());
        }
        out.push_str(&kept);
    }
    out.push_str(rest);
    if std::env::var_os("PLAN_BLESS").is_some() {
        std::fs::write(&path, out).unwrap();
        return;
    }
    assert!(
        missing.is_empty(),
        "docs/diagnostics.md does not quote these codes as the binary words them in French \
         and Dutch (PLAN_BLESS=1 cargo test --test diagnostics rewrites them): {}",
        missing.join(", ")
    );
}
