//! Messages are for coordinators, not programmers (issue 11): every message, help line
//! and label that `plan validate` gives on the fixtures, the hostile corpus and the inputs
//! the fuzzers found is free of
//! the words of Rust, serde and YAML's specification.

mod common;

use std::path::{Path, PathBuf};

/// Words that tell a reader about the program rather than about the file.
const INTERNAL: &[&str] = &[
    "Option<",
    "String",
    "Vec<",
    "struct ",
    "enum ",
    "serde",
    "deserializ",
    "mapping",
    "scalar",
    "sequence",
    "i32",
    "u32",
    "u64",
    "f64",
    "usize",
    "Budget",
    "AliasAnchor",
    "unwrap",
    "panicked",
    "variant",
    "atomically",
    " { ",
    "Some(",
    "None",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every input the suite keeps for findings: each fixture folder, each hostile file.
fn inputs() -> Vec<PathBuf> {
    let mut inputs = Vec::new();
    for folder in [
        "tests/fixtures/validate",
        "tests/fixtures/hostile",
        "tests/fixtures/yaml-faults",
        "tests/fixtures/fuzz/plan_file",
        "tests/fixtures/fuzz/yaml_measurements",
    ] {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(root().join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        inputs.extend(entries);
    }
    inputs
}

/// The words of every finding of `plan validate` on `path` (with the shipped plan, so
/// that measurements are checked against it), in the JSON format.
fn words_of(path: &Path) -> Vec<String> {
    let output = common::plan()
        .current_dir(root())
        .args(["validate", "--format", "json", "plans"])
        .arg(path)
        .output()
        .unwrap();
    let findings: Vec<serde_json::Value> =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
            panic!("{}: not JSON ({e})", path.display());
        });
    let mut words = Vec::new();
    for finding in findings {
        for key in ["message", "help"] {
            if let Some(text) = finding[key].as_str() {
                words.push(text.to_string());
            }
        }
        for related in finding["related"].as_array().into_iter().flatten() {
            words.push(related["message"].as_str().unwrap_or_default().to_string());
        }
    }
    words
}

#[test]
fn no_internal_words_in_any_message() {
    let mut wrong = Vec::new();
    let mut count = 0;
    for input in inputs() {
        for text in words_of(&input) {
            count += 1;
            for word in INTERNAL {
                if text.contains(word) {
                    wrong.push(format!("{}: `{word}` in: {text}", input.display()));
                }
            }
        }
    }
    assert!(
        count > 50,
        "only {count} messages read: the corpus went missing"
    );
    assert!(
        wrong.is_empty(),
        "messages with internal words:\n{}",
        wrong.join("\n")
    );
}
