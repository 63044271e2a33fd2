//! Numbers are never misread, through the real binary: targets (SPEC §2.2) are read as a
//! Belgian reader means them or refused with E103 at the target; a measured value reads
//! the same in a YAML file and in a CSV file, whatever the YAML parser would have made of
//! it (`on`, `1e3`, `0x10`); `1,000` and `1.000` are read as decimals with a W203 warning
//! at the value; and the shipped plan's targets read as they always did.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `valid` fixture's plan, with the target of `GDP-2-a` (line 31, column 33)
/// replaced by `target`.
fn plan_with_target(target: &str) -> String {
    let plan = std::fs::read_to_string(root().join("tests/fixtures/validate/valid/plan.yaml"))
        .expect("the valid fixture's plan");
    let line = "                        target: \">= 12 par an\"\n";
    assert!(plan.contains(line), "the fixture's GDP-2-a target moved");
    let quoted = serde_json::to_string(target).unwrap();
    plan.replace(line, &format!("                        target: {quoted}\n"))
}

/// A folder holding `files` (name, text).
fn folder(files: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

/// `plan ARGS… .` in `dir`: the exit status and standard output.
fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = common::plan()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .arg(".")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        output.status.code().expect("an exit status"),
        String::from_utf8(output.stdout).unwrap(),
    )
}

/// One finding of `plan validate --format json`.
#[derive(Debug, PartialEq)]
struct Found {
    code: String,
    place: String,
    message: String,
    help: String,
}

/// `plan validate` in `dir`: its exit status and findings.
fn validate(dir: &Path) -> (i32, Vec<Found>) {
    let (status, stdout) = run(dir, &["validate", "--format", "json"]);
    let findings: Vec<Value> = serde_json::from_str(&stdout).expect("JSON findings");
    let findings = findings
        .iter()
        .map(|f| Found {
            code: f["code"].as_str().unwrap().to_string(),
            place: format!(
                "{}:{}:{}",
                f["file"].as_str().unwrap().trim_start_matches("./"),
                f["line"],
                f["column"]
            ),
            message: f["message"].as_str().unwrap().to_string(),
            help: f["help"].as_str().unwrap_or_default().to_string(),
        })
        .collect();
    (status, findings)
}

/// The rows of `plan export --year 2023 --format json` in `dir`, by indicator id.
fn export(dir: &Path) -> BTreeMap<String, Value> {
    let (status, stdout) = run(dir, &["export", "--year", "2023", "--format", "json"]);
    assert_eq!(status, 0, "{stdout}");
    let rows: Vec<Value> = serde_json::from_str(&stdout).expect("JSON rows");
    rows.into_iter()
        .map(|row| (row["indicator_id"].as_str().unwrap().to_string(), row))
        .collect()
}

// Targets.

/// How a target reads: its op, value, unit and period as exported.
fn target_read(target: &str) -> (Value, Value, Value, Value) {
    let dir = folder(&[("plan.yaml", plan_with_target(target))]);
    let (status, findings) = validate(dir.path());
    assert_eq!((status, &findings[..]), (0, &[][..]), "{target}");
    let row = &export(dir.path())["GDP-2-a"];
    (
        row["target_op"].clone(),
        float(&row["target_value"]),
        row["target_unit"].clone(),
        row["target_per"].clone(),
    )
}

/// The one finding of a refused target: E103 at the target, its message and help.
fn target_refused(target: &str) -> (String, String) {
    let dir = folder(&[("plan.yaml", plan_with_target(target))]);
    let (status, mut findings) = validate(dir.path());
    assert_eq!(status, 1, "{target}: {findings:?}");
    assert_eq!(findings.len(), 1, "{target}: {findings:?}");
    let found = findings.remove(0);
    assert_eq!(
        (found.code.as_str(), found.place.as_str()),
        ("E103", "plan.yaml:31:33"),
        "{target}"
    );
    (found.message, found.help)
}

#[test]
fn thousands_in_targets_are_read_as_a_belgian_reader_means_them() {
    for (target, value, unit, per) in [
        (">= 1 000 heures par an", 1000.0, "heures", "year"),
        (">= 1\u{a0}000 heures par an", 1000.0, "heures", "year"),
        (">= 1\u{202f}000 heures par an", 1000.0, "heures", "year"),
        (">= 1.000,5 heures par an", 1000.5, "heures", "year"),
        (">= 1 000,5 heures/an", 1000.5, "heures", "year"),
        (">= 2.500.000 euros par an", 2_500_000.0, "euros", "year"),
    ] {
        assert_eq!(
            target_read(target),
            (
                Value::from(">="),
                Value::from(value),
                Value::from(unit),
                Value::from(per)
            ),
            "{target}"
        );
    }
}

#[test]
fn numbers_a_reader_could_take_for_another_are_refused_in_targets() {
    for (target, message, help) in [
        (
            ">= 1.2e1 par an",
            "invalid target: `1.2e1` is written with an exponent",
            "write numbers in plain digits, with a decimal comma or point: 1000, 2,5, 1 000",
        ),
        (
            ">= 0x10 heures",
            "invalid target: `0x10` is written in another base than ten",
            "write numbers in plain digits, with a decimal comma or point: 1000, 2,5, 1 000",
        ),
        (
            ">= 1_000 heures par an",
            "invalid target: `1_000` groups its digits with `_`",
            "write thousands without `_`: 1000 or 1 000",
        ),
        (
            ">= .5 par an",
            "invalid target: `.5` has no digit before its decimal mark",
            "write a digit before the decimal mark: 0.5",
        ),
        (
            ">= 1 00 heures par an",
            "invalid target: `1 00` has separators where no number has them",
            "group thousands by three (1 000, 1.000,5) or not at all (1000), with one decimal mark (2,5)",
        ),
    ] {
        assert_eq!(
            target_refused(target),
            (message.to_string(), help.to_string()),
            "{target}"
        );
    }
}

#[test]
fn a_thousand_or_one_is_refused_in_targets() {
    assert_eq!(
        target_refused(">= 1.000 heures par an"),
        (
            "invalid target: `1.000` could be 1000 or 1: is `.` between thousands or before decimals?"
                .to_string(),
            "write 1000 or 1.0 to say which".to_string()
        )
    );
    assert_eq!(
        target_refused(">= 1,000 heures par an"),
        (
            "invalid target: `1,000` could be 1000 or 1: is `,` between thousands or before decimals?"
                .to_string(),
            "write 1000 or 1,0 to say which".to_string()
        )
    );
    // Not ambiguous: a leading zero, four decimals, or both marks.
    assert_eq!(target_read(">= 0,500 par an").1, Value::from(0.5));
    assert_eq!(target_read(">= 1,0005 par an").1, Value::from(1.0005));
}

#[test]
fn a_period_of_several_words_is_refused_in_targets() {
    let help = "a period is one word (day|jour|dag, week|semaine, month|mois|maand, \
                quarter|trimestre|kwartaal, year|an|année|jaar): write the target per one of \
                them, or as a yearly total without a period";
    for (target, words) in [
        (">= 2 par jour ouvrable", "jour ouvrable"),
        (">= 20 heures par mois de travail", "mois de travail"),
        (">= 2 /jour ouvrable", "jour ouvrable"),
    ] {
        assert_eq!(
            target_refused(target),
            (
                format!("invalid target: unknown period `{words}`"),
                help.to_string()
            ),
            "{target}"
        );
    }
}

#[test]
fn the_shipped_plan_targets_read_as_before() {
    let rows = export(&root().join("plans"));
    let mut read = BTreeMap::new();
    for row in rows.values() {
        let parsed = format!(
            "{} {} {} {}",
            row["target_op"], row["target_value"], row["target_unit"], row["target_per"]
        );
        read.insert(row["target"].as_str().unwrap().to_string(), parsed);
    }
    let expected: BTreeMap<String, String> = [
        (">/= 10/an", "\">=\" 10 null \"year\""),
        (">/= 250/an", "\">=\" 250 null \"year\""),
        (">/= 3 heures/jour", "\">=\" 3 \"heures\" \"day\""),
        (">/= 3/an", "\">=\" 3 null \"year\""),
        (">/=à 10 par an", "\">=\" 10 null \"year\""),
        (">/=à 10/an", "\">=\" 10 null \"year\""),
        (">/=à 12 par an", "\">=\" 12 null \"year\""),
        (">/=à 15/an", "\">=\" 15 null \"year\""),
        (">/=à 2 /an", "\">=\" 2 null \"year\""),
        (">/=à 2 par an", "\">=\" 2 null \"year\""),
        (">/=à 3/an", "\">=\" 3 null \"year\""),
        (">/=à 30/an", "\">=\" 30 null \"year\""),
        (">/=à 5/an", "\">=\" 5 null \"year\""),
        (">/=à 50/an", "\">=\" 50 null \"year\""),
        ("Oui/Non", "\"=\" \"yes\" null null"),
    ]
    .into_iter()
    .map(|(text, parsed)| (text.to_string(), parsed.to_string()))
    .collect();
    assert_eq!(read, expected);
}

// Values.

/// How a measured value was taken: read (and what it counts for `GDP-2-a`, or the answer
/// for `GDP-2-b`), or refused with findings at the value.
#[derive(Debug, PartialEq)]
enum Outcome {
    Read { actual: Value, warnings: Vec<Found> },
    Refused(Vec<Found>),
}

/// A number of the JSON export as a float, so that `3` and `3.0` compare equal.
fn float(value: &Value) -> Value {
    value.as_f64().map_or_else(|| value.clone(), Value::from)
}

/// The measurements file of one value for `indicator`, in YAML or CSV; the value is at
/// line 5, column 12 in YAML and line 2, column 31 in CSV.
fn measurements(format: &str, indicator: &str, value: &str) -> (&'static str, String) {
    match format {
        "yaml" => (
            "measurements.yaml",
            format!(
                "plan: demo-2023\nmeasurements:\n  - indicator: {indicator}\n    date: 2023-03-01\n    value: {value}\n"
            ),
        ),
        _ => {
            let cell = if value.contains(',') {
                format!("\"{value}\"")
            } else {
                value.to_string()
            };
            (
                "measurements.csv",
                format!(
                    "plan,indicator,date,period,value,note\ndemo-2023,{indicator},2023-03-01,,{cell},\n"
                ),
            )
        }
    }
}

/// What becomes of `value`, written for `indicator` in a file of `format`; places are
/// given without the file's extension, so that both formats compare.
fn outcome(format: &str, indicator: &str, value: &str) -> Outcome {
    let (name, text) = measurements(format, indicator, value);
    let plan = plan_with_target(">= 12 par an");
    let dir = folder(&[("plan.yaml", plan), (name, text)]);
    let (status, findings) = validate(dir.path());
    let same_place = |f: Found| Found {
        place: f
            .place
            .replace("measurements.yaml:5:12", "value")
            .replace("measurements.csv:2:31", "value"),
        ..f
    };
    let findings: Vec<Found> = findings.into_iter().map(same_place).collect();
    if status != 0 {
        return Outcome::Refused(findings);
    }
    Outcome::Read {
        actual: float(&export(dir.path())[indicator]["actual"]),
        warnings: findings,
    }
}

/// The outcome of `value` for `indicator`, the same in YAML and in CSV.
fn same_in_both(indicator: &str, value: &str) -> Outcome {
    let yaml = outcome("yaml", indicator, value);
    let csv = outcome("csv", indicator, value);
    assert_eq!(yaml, csv, "`{value}` reads differently in YAML and CSV");
    yaml
}

fn read(actual: f64) -> Outcome {
    Outcome::Read {
        actual: Value::from(actual),
        warnings: Vec::new(),
    }
}

fn refused(code: &str, message: String, help: &str) -> Outcome {
    Outcome::Refused(vec![Found {
        code: code.into(),
        place: "value".into(),
        message,
        help: help.into(),
    }])
}

#[test]
fn number_forms_read_the_same_in_yaml_and_csv() {
    for (value, actual) in [
        ("3", 3.0),
        ("3.5", 3.5),
        ("3,5", 3.5),
        ("+3", 3.0),
        ("017", 17.0),
        ("1 000", 1000.0),
        ("1\u{a0}000", 1000.0),
        ("1.000,5", 1000.5),
        ("1.000.000", 1_000_000.0),
        ("0,500", 0.5),
    ] {
        assert_eq!(same_in_both("GDP-2-a", value), read(actual), "{value}");
    }
    let digits = "write numbers in plain digits, with a decimal comma or point: 1000, 2,5, 1 000";
    for (value, help) in [
        ("1e3", digits),
        ("1E3", digits),
        ("1.5e2", digits),
        ("1e400", digits),
        ("0x10", digits),
        ("0o17", digits),
        ("1_000", "write thousands without `_`: 1000 or 1 000"),
        (".5", "write a digit before the decimal mark: 0.5"),
        (
            "1.2.3",
            "group thousands by three (1 000, 1.000,5) or not at all (1000), with one decimal mark (2,5)",
        ),
        (
            "beaucoup",
            "values are numbers (3.5) or yes/no/oui/non/ja/nee/true/false",
        ),
    ] {
        assert_eq!(
            same_in_both("GDP-2-a", value),
            refused(
                "E007",
                format!("`{value}` is neither a number nor yes/no"),
                help
            ),
            "{value}"
        );
    }
    let finite = "measured values are numbers from 0 to 10^12";
    for (value, message) in [
        ("-2", "negative value -2"),
        (".inf", "value is not a finite number"),
        ("-.inf", "value is not a finite number"),
        (".nan", "value is not a finite number"),
    ] {
        assert_eq!(
            same_in_both("GDP-2-a", value),
            refused("E204", message.into(), finite),
            "{value}"
        );
    }
}

#[test]
fn yaml_1_1_booleans_are_not_yes_or_no() {
    let help = "`on`, `off`, `y` and `n` are not read as yes/no: write yes/no, oui/non, ja/nee or true/false";
    for value in ["on", "off", "y", "n", "ON", "Off", "Y", "N"] {
        assert_eq!(
            same_in_both("GDP-2-b", value),
            refused(
                "E007",
                format!("`{value}` is neither a number nor yes/no"),
                help
            ),
            "{value}"
        );
    }
    for (value, answer) in [
        ("yes", "yes"),
        ("no", "no"),
        ("true", "yes"),
        ("False", "no"),
        ("oui", "yes"),
        ("non", "no"),
        ("ja", "yes"),
        ("nee", "no"),
    ] {
        assert_eq!(
            same_in_both("GDP-2-b", value),
            Outcome::Read {
                actual: Value::from(answer),
                warnings: Vec::new()
            },
            "{value}"
        );
    }
}

#[test]
fn a_quoted_yaml_value_reads_as_the_same_value_unquoted() {
    for value in ["1e3", "0x10", "on", "1,000", "3.5", "yes"] {
        for indicator in ["GDP-2-a", "GDP-2-b"] {
            assert_eq!(
                outcome("yaml", indicator, &format!("\"{value}\"")),
                outcome("yaml", indicator, value),
                "{value}"
            );
        }
    }
}

#[test]
fn a_thousand_or_one_is_read_as_decimals_with_a_warning() {
    for (value, actual, message, help) in [
        (
            "1,000",
            1.0,
            "`1,000` was read as 1 (decimal comma)",
            "write 1000 or 1,0 to say which",
        ),
        (
            "1.000",
            1.0,
            "`1.000` was read as 1 (decimal point)",
            "write 1000 or 1.0 to say which",
        ),
        (
            "12,500",
            12.5,
            "`12,500` was read as 12.5 (decimal comma)",
            "write 12500 or 12,5 to say which",
        ),
    ] {
        assert_eq!(
            same_in_both("GDP-2-a", value),
            Outcome::Read {
                actual: Value::from(actual),
                warnings: vec![Found {
                    code: "W203".into(),
                    place: "value".into(),
                    message: message.into(),
                    help: help.into(),
                }]
            },
            "{value}"
        );
    }
}
