//! One fixture folder per diagnostic code under `tests/fixtures/validate/`: each holds
//! the input files and an `expect` file with the exit status and every finding
//! (`CODE file:line:column`, or `CODE file` for a file or folder as a whole) that
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
            match f.get("column") {
                Some(column) => format!("{code} {file}:{}:{column}", f["line"]),
                None => format!("{code} {file}"),
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
