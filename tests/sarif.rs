//! `plan validate --format sarif` through the real binary: every fixture's log passes
//! the SARIF 2.1.0 JSON Schema (OASIS, shipped in `tests/fixtures/sarif/`, checked with
//! the `jsonschema` crate), holds one result per finding of `--format json` with the
//! same code and place, and names the tool and a rule per code.

mod common;

use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The schema's pattern of `language` (of a run and of a tool component): its `]` is
/// unbalanced, which an ECMA-262 regular expression checker refuses, so the schema fails
/// its own meta-schema. `plan` writes no `language`: the pattern is replaced by what it
/// means before compiling, and the rest of the schema is used as it is.
const LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";

fn validator() -> jsonschema::Validator {
    let path = root().join("tests/fixtures/sarif/sarif-schema-2.1.0.json");
    let mut schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for definition in ["run", "toolComponent"] {
        let pattern = &mut schema["definitions"][definition]["properties"]["language"]["pattern"];
        assert_eq!(*pattern, LANGUAGE_PATTERN, "{definition}");
        *pattern = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into();
    }
    jsonschema::draft7::new(&schema).unwrap()
}

/// Runs `plan validate --format FORMAT PATHS` in `dir`; its exit status and its output
/// as JSON.
fn validate(dir: &Path, format: &str, paths: &[String]) -> (i32, Value) {
    let output = common::plan()
        .current_dir(dir)
        .args(["validate", "--format", format])
        .args(paths)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let json = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{}: not JSON ({e}): {stdout}", dir.display()));
    (output.status.code().unwrap(), json)
}

/// The fixture folders and the paths each validates (its `expect` file's `paths` line,
/// else the folder itself).
fn fixtures() -> Vec<(PathBuf, Vec<String>)> {
    let dir = root().join("tests/fixtures/validate");
    let mut fixtures: Vec<(PathBuf, Vec<String>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|dir| {
            let expect = std::fs::read_to_string(dir.join("expect")).unwrap();
            let paths = expect
                .lines()
                .find_map(|l| l.trim().strip_prefix("paths "))
                .map_or_else(
                    || vec![".".to_string()],
                    |p| p.split_whitespace().map(str::to_string).collect(),
                );
            (dir, paths)
        })
        .collect();
    fixtures.sort();
    fixtures
}

fn run_of(log: &Value) -> &Value {
    assert_eq!(log["runs"].as_array().map(Vec::len), Some(1), "one run");
    &log["runs"][0]
}

#[test]
fn every_fixture_gives_a_log_that_the_schema_accepts() {
    let validator = validator();
    let mut failures = Vec::new();
    for (dir, paths) in fixtures() {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let (sarif_exit, log) = validate(&dir, "sarif", &paths);
        let (json_exit, findings) = validate(&dir, "json", &paths);
        assert_eq!(
            sarif_exit, json_exit,
            "{name}: the exit status of every format"
        );
        for error in validator.iter_errors(&log) {
            failures.push(format!("{name}: {}: {error}", error.instance_path()));
        }
        // One result per finding, in the same order, with the same code and place.
        let results = run_of(&log)["results"].as_array().unwrap();
        let findings = findings.as_array().unwrap();
        assert_eq!(
            results.len(),
            findings.len(),
            "{name}: one result a finding"
        );
        for (result, finding) in results.iter().zip(findings) {
            assert_eq!(result["ruleId"], finding["code"], "{name}");
            assert_eq!(result["level"], finding["severity"], "{name}");
            let location = &result["locations"][0]["physicalLocation"];
            let file = finding["file"].as_str().unwrap().trim_start_matches("./");
            assert_eq!(location["artifactLocation"]["uri"], file, "{name}");
            // A place without a line (a cell, a folder) is the file alone.
            match finding.get("line") {
                Some(line) => {
                    assert_eq!(location["region"]["startLine"], *line, "{name}");
                    let column = &location["region"]["startColumn"];
                    assert_eq!(*column, finding["column"], "{name}");
                }
                None => assert!(location.get("region").is_none(), "{name}: {location}"),
            }
            let message = result["message"]["text"].as_str().unwrap();
            assert!(
                message.starts_with(finding["message"].as_str().unwrap()),
                "{name}: {message}"
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_tool_has_a_rule_per_code() {
    let dir = root().join("tests/fixtures/validate/valid");
    let (exit, log) = validate(&dir, "sarif", &[".".into()]);
    assert_eq!(exit, 0);
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(
        log["$schema"],
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    );
    let run = run_of(&log);
    assert_eq!(run["results"], Value::Array(Vec::new()));
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "plan");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().unwrap();
    let codes = plan::diagnostic::Code::ALL;
    assert_eq!(rules.len(), codes.len());
    for (rule, code) in rules.iter().zip(codes) {
        assert_eq!(rule["id"], code.code());
        assert_eq!(rule["name"], code.name());
        let level = if code.code().starts_with('E') {
            "error"
        } else {
            "warning"
        };
        assert_eq!(rule["defaultConfiguration"]["level"], level);
        let description = rule["shortDescription"]["text"].as_str().unwrap();
        assert!(!description.is_empty(), "{}", code.code());
    }
}

#[test]
fn a_result_points_at_its_place_and_the_related_one() {
    let dir = root().join("tests/fixtures/validate/duplicate-id");
    let (exit, log) = validate(&dir, "sarif", &["plan.yaml".into()]);
    assert_eq!(exit, 1);
    let run = run_of(&log);
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "E102");
    assert_eq!(
        run["tool"]["driver"]["rules"][result["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "E102"
    );
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["message"]["text"],
        "duplicate id `GDP-1-a`\nhelp: ids are unique across the whole plan, at every level: rename one of them"
    );
    let at = &result["locations"][0]["physicalLocation"];
    assert_eq!(at["artifactLocation"]["uri"], "plan.yaml");
    assert_eq!(at["region"]["startLine"], 28);
    assert_eq!(at["region"]["startColumn"], 29);
    let related = &result["relatedLocations"][0];
    assert_eq!(related["id"], 1);
    assert_eq!(
        related["message"]["text"],
        "first declared as indicator here"
    );
    assert_eq!(related["physicalLocation"]["region"]["startLine"], 22);
}

#[test]
fn a_folder_is_given_alone_and_paths_as_uri_references() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans été");
    std::fs::create_dir(&plans).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/validate/duplicate-id/plan.yaml"),
        plans.join("plan.yaml"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("mesures")).unwrap();
    let (exit, log) = validate(
        dir.path(),
        "sarif",
        &["./plans été".into(), "mesures".into()],
    );
    assert_eq!(exit, 1);
    let results = run_of(&log)["results"].as_array().unwrap();
    let at = |code: &str| {
        let result = results.iter().find(|r| r["ruleId"] == code).unwrap();
        result["locations"][0]["physicalLocation"].clone()
    };
    let folder = at("W001");
    assert_eq!(folder["artifactLocation"]["uri"], "mesures");
    assert!(folder.get("region").is_none(), "{folder}");
    let plan = at("E102");
    assert_eq!(
        plan["artifactLocation"]["uri"],
        "plans%20%C3%A9t%C3%A9/plan.yaml"
    );
    assert_eq!(plan["region"]["startLine"], 28);
    let validator = validator();
    assert!(validator.is_valid(&log));
    // The schema does judge: a level SARIF does not know is refused.
    let mut wrong = log.clone();
    wrong["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&wrong));
}
