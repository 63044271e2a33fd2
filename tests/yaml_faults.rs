//! Every structural fault of a YAML file in one run, each at its place (issue 11): the
//! lenient reading past unknown, misspelt and misplaced keys, wrong types and missing
//! keys; records of a measurements file after a broken one still read and counted;
//! tabs, quotes and lists pointed at where they are; aliases used legitimately accepted
//! and an alias bomb refused. Files are in `tests/fixtures/yaml-faults/` or written
//! here.

mod common;

use std::path::{Path, PathBuf};

use plan::diagnostic::Diagnostic;
use plan::input::{RecordSink, Workspace};
use plan::model::{Located, Measurement};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/yaml-faults")
}

/// `plan validate` in `dir`: exit status and standard output.
fn validate(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = common::plan()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .arg("validate")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

/// The `file:line:column: severity[CODE]` heads of the findings in the short format.
fn heads(dir: &Path, files: &[&str]) -> Vec<String> {
    let mut args = vec!["--format", "short"];
    args.extend(files);
    let (exit, out) = validate(dir, &args);
    assert_eq!(exit, 1, "{out}");
    out.lines()
        .map(|l| l.split(": ").take(2).collect::<Vec<_>>().join(": "))
        .collect()
}

#[test]
fn three_misspelt_keys_at_three_levels_are_three_findings() {
    let (exit, out) = validate(&fixtures(), &["--format", "short", "three-misspelt.yaml"]);
    assert_eq!(exit, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "three-misspelt.yaml:4:1: error[E005]: unknown key `titel`",
            "three-misspelt.yaml:11:9: error[E005]: unknown key `titl`",
            "three-misspelt.yaml:25:25: error[E005]: unknown key `baselin`",
        ],
        "{out}"
    );
    // Each keeps its suggestion and the keys allowed where it stands.
    let (_, human) = validate(&fixtures(), &["three-misspelt.yaml"]);
    assert!(
        human.contains(
            "did you mean `title`? allowed keys here: `id`, `title`, `note`, `strategic_objectives`"
        ),
        "{human}"
    );
    assert!(human.contains("did you mean `baseline`?"), "{human}");
}

#[test]
fn a_wrong_type_and_a_missing_key_in_one_file_are_both_reported() {
    assert_eq!(
        heads(&fixtures(), &["wrong-type-and-missing.yaml"]),
        [
            "wrong-type-and-missing.yaml:3:7: error[E007]",
            "wrong-type-and-missing.yaml:13:13: error[E006]",
        ]
    );
}

#[test]
fn a_key_under_the_wrong_parent_is_named_where_it_stands() {
    let (exit, out) = validate(&fixtures(), &["misplaced.yaml"]);
    assert_eq!(exit, 1);
    assert!(
        out.contains("error[E005]: key `label` does not belong here\n  --> misplaced.yaml:31:27"),
        "{out}"
    );
    assert!(
        out.contains("`label` is a key of an indicator: check its indentation; allowed keys here: `op`, `value`, `unit`, `per`"),
        "{out}"
    );
    // Named where it stands, and not reported missing from its indicator as well.
    assert!(!out.contains("missing key"), "{out}");
}

#[test]
fn records_after_a_broken_record_are_checked_and_counted() {
    let dir = fixtures();
    let (exit, ok) = validate(&dir, &["plan.yaml", "measurements-ok.yaml"]);
    assert_eq!(exit, 0, "{ok}");
    assert!(ok.contains("4 measurements: no problems found"), "{ok}");
    let (exit, out) = validate(&dir, &["plan.yaml", "measurements-broken.yaml"]);
    assert_eq!(exit, 1);
    assert!(
        out.contains("error[E005]: unknown key `valeur`\n --> measurements-broken.yaml:8:5"),
        "{out}"
    );
    // The broken record is skipped; the two after it are counted. The whole file was
    // read: nothing is said to be read only in part.
    assert!(out.ends_with("3 measurements: 1 error found\n"), "{out}");
}

/// Records and findings as a measurements file hands them on.
#[derive(Default)]
struct Collected {
    records: Vec<String>,
    findings: Vec<Diagnostic>,
}

impl RecordSink for Collected {
    fn record(&mut self, plan: &Located<String>, record: &Measurement) {
        self.records.push(format!("{} {record:?}", plan.value));
    }
    fn comment(&mut self, plan: &Located<String>, comment: plan::model::Comment) {
        self.records.push(format!("{} {comment:?}", plan.value));
    }
    fn finding(&mut self, finding: Diagnostic) {
        self.findings.push(finding);
    }
}

fn stream(text: &str) -> Collected {
    let mut workspace = Workspace::default();
    workspace.add_file("m.yaml".into(), text.as_bytes().to_vec());
    let (file, format) = workspace.measurements[0];
    let mut sink = Collected::default();
    plan::input::stream(&workspace.sources, file, format, &mut sink).unwrap();
    sink
}

#[test]
fn records_read_past_a_fault_are_those_the_strict_reading_gives() {
    // Each record once with a broken record before it, once without: the same values
    // at the same places (the broken record's lines are replaced by as many others).
    let records = "  - indicator: A\n    date: 2023-01-02\n    value: 3.5\n  - indicator: 'B'\n    period: 2023-Q1\n    value: oui\n    note: ~\n  - {indicator: C, date: \"2023-02-01\", value: 1e3, note: 'l''école'}\n  - indicator: D\n    date: ~\n    value: true\n    note: &n |\n      deux\n      lignes\n  - indicator: E\n    date: 2023-03-01\n    value: 0x1F\n    note: *n\n";
    let strict = stream(&format!(
        "plan: p\nmeasurements:\n  - indicator: Z\n    date: 2023-01-01\n    value: 1\n{records}"
    ));
    let lenient = stream(&format!(
        "plan: p\nmeasurements:\n  - indicator: Z\n    date: 2023-01-01\n    valeu: 1\n{records}"
    ));
    assert!(strict.findings.is_empty(), "{:?}", strict.findings);
    assert_eq!(lenient.findings.len(), 1, "{:?}", lenient.findings);
    assert_eq!(strict.records.len(), 6);
    assert_eq!(lenient.records, strict.records[1..]);
}

#[test]
fn a_fault_of_syntax_after_a_fault_of_structure_is_reported_too() {
    let sink = stream(
        "plan: p\nmeasurements:\n  - indicator: A\n    valeur: 1\n  - indicator: B\n    date: 2023-01-01\n    value: 2\n  - indicator: C\n    value: [1\n",
    );
    let codes: Vec<&str> = sink.findings.iter().map(|d| d.code().code()).collect();
    assert_eq!(codes, ["E005", "E001"], "{:?}", sink.findings);
    assert_eq!(sink.records.len(), 1);
}

#[test]
fn a_file_read_only_in_part_is_said_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixtures().join("plan.yaml"), dir.path().join("plan.yaml")).unwrap();
    std::fs::write(
        dir.path().join("m.yaml"),
        "plan: demo-2023\nmeasurements:\n  - indicator: GDP-1-a\n    date: 2023-01-02\n    value: 3\n  - indicator: GDP-1-a\n    date: 2023-01-03\n    value: [2\n  - indicator: GDP-1-a\n    date: 2023-01-04\n    value: 2\n",
    )
    .unwrap();
    let (exit, out) = validate(dir.path(), &["plan.yaml", "m.yaml"]);
    assert_eq!(exit, 1);
    assert!(
        out.ends_with("1 measurement: 1 error found, 1 file read only in part\n"),
        "{out}"
    );
}

/// The place of the one finding of a plan file holding `text`.
fn place_of(text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), text).unwrap();
    let heads = heads(dir.path(), &["plan.yaml"]);
    assert_eq!(heads.len(), 1, "{heads:?}");
    heads[0].clone()
}

const HEAD: &str = "id: p\ncommune: c\nyear: 2023\n";

#[test]
fn a_tab_is_reported_at_the_tab() {
    // After a plain scalar.
    assert_eq!(
        place_of(&format!("{HEAD}title: abc\n\tnote: x\nsectors: []\n")),
        "plan.yaml:5:1: error[E001]"
    );
    // In a sequence item.
    assert_eq!(
        place_of(&format!(
            "{HEAD}title: t\nsectors:\n  - id: S1\n    title: x\n    general_objectives:\n      - a\n\t  - b\n"
        )),
        "plan.yaml:10:1: error[E001]"
    );
    // In a flow mapping.
    assert_eq!(
        place_of(&format!(
            "{HEAD}title: t\nsectors:\n  - id: S1\n    title: x\n    general_objectives:\n      - {{id: G,\n  \t title: y}}\n"
        )),
        "plan.yaml:10:3: error[E001]"
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plan.yaml"),
        format!("{HEAD}title: abc\n\tnote: x\nsectors: []\n"),
    )
    .unwrap();
    let (_, out) = validate(dir.path(), &["plan.yaml"]);
    assert!(out.contains("help: indent with spaces"), "{out}");
}

#[test]
fn an_unclosed_quote_names_the_line_where_it_opens() {
    let text = format!("{HEAD}title: \"Plan de\nnote: x\nallocation: \"générale\"\nsectors: []\n");
    assert_eq!(place_of(&text), "plan.yaml:4:8: error[E001]");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), text).unwrap();
    let (_, out) = validate(dir.path(), &["plan.yaml"]);
    assert!(
        out.contains("this quote is not closed on its line"),
        "{out}"
    );
    assert!(out.contains("the parser stopped here"), "{out}");
}

#[test]
fn a_list_where_a_value_is_expected_is_pointed_at() {
    // A block list: at its first item.
    assert_eq!(
        place_of(&format!("{HEAD}title:\n  - Plan\n  - de\nsectors: []\n")),
        "plan.yaml:5:3: error[E007]"
    );
    // A flow list: at its bracket.
    assert_eq!(
        place_of(&format!(
            "{HEAD}title: t\nsectors:\n  - id: S1\n    title:   [x, y]\n"
        )),
        "plan.yaml:7:14: error[E007]"
    );
}

#[test]
fn aliases_used_legitimately_are_accepted_and_a_bomb_refused() {
    let dir = fixtures();
    let (exit, out) = validate(&dir, &["plan.yaml", "alias-reuse.yaml"]);
    assert_eq!(exit, 0, "{out}");
    assert!(
        out.ends_with("501 measurements: no problems found\n"),
        "{out}"
    );
    let hostile = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let (exit, out) = validate(&hostile, &["--format", "short", "alias-bomb.yaml"]);
    assert_eq!(exit, 1);
    assert!(
        out.contains("error[E008]: aliases expand to too much data (an alias bomb?)"),
        "{out}"
    );
}
