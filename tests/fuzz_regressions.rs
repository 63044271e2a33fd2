//! Inputs that the fuzz targets found (docs/fuzzing.md), kept as regression fixtures:
//! each file of `tests/fixtures/fuzz/<target>/` goes through the commands its target
//! runs — `plan validate` and `plan export` beside the shipped plan or the example
//! measurements — and must end, with a finding rather than a panic, well within the
//! fuzzers' time limit.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The file name each target gives its input, and the input read beside it.
fn target(name: &str) -> (&'static str, &'static str) {
    match name {
        "plan_file" => ("plan.yaml", "examples"),
        "yaml_measurements" => ("measurements.yaml", "plans"),
        "csv_measurements" => ("measurements.csv", "plans"),
        other => panic!("tests/fixtures/fuzz/{other}: not a fuzz target"),
    }
}

fn inputs() -> Vec<(PathBuf, &'static str, &'static str)> {
    let mut inputs = Vec::new();
    for dir in std::fs::read_dir(root().join("tests/fixtures/fuzz")).unwrap() {
        let dir = dir.unwrap().path();
        let (name, beside) = target(&dir.file_name().unwrap().to_string_lossy());
        for file in std::fs::read_dir(&dir).unwrap() {
            inputs.push((file.unwrap().path(), name, beside));
        }
    }
    inputs.sort();
    inputs
}

fn run(input: &Path, name: &str, beside: &str, args: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    std::fs::copy(input, &file).unwrap();
    let output = common::plan()
        .args(args)
        .arg(root().join(beside))
        .arg(&file)
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        matches!(output.status.code(), Some(0..=2)),
        "{} ({args:?}): {:?}\n{stderr}",
        input.display(),
        output.status
    );
    assert!(
        !stderr.contains("panicked"),
        "{}: {stderr}",
        input.display()
    );
}

#[test]
fn every_find_of_the_fuzzers_ends_with_findings() {
    let inputs = inputs();
    assert!(!inputs.is_empty(), "no fixture under tests/fixtures/fuzz");
    for (input, name, beside) in inputs {
        run(&input, name, beside, &["validate"]);
        run(
            &input,
            name,
            beside,
            &["export", "--year", "2023", "--format", "json"],
        );
    }
}
