//! Large measurements files (issue 5): YAML and CSV of the same records give the same
//! export, over files large enough for the YAML one to be handed back to the system
//! piece by piece as it is parsed; records told apart by their note are not copies; and
//! a mistake repeated on every row is counted past what is listed.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const PLAN_ID: &str = "molenbeek-saint-jean-2023";

/// Runs `plan` from the repository root: exit code, stdout and stderr.
fn run(args: &[&str]) -> (i32, String, String) {
    let output = common::plan()
        .current_dir(root())
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// `count` records of the shipped plan's first two indicators (GDP-1-a per day, GDP-2-a
/// per year), spread over the days of 2023 and over quartiers named in the note.
fn records(count: usize) -> Vec<(&'static str, String, String, String)> {
    (0..count)
        .map(|i| {
            let indicator = ["GDP-1-a", "GDP-2-a"][i % 2];
            let day = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap()
                + chrono::Days::new((i / 2 % 365) as u64);
            let value = format!("{}.5", i % 7);
            let note = format!("Quartier n°{}, « bis »", i / 730);
            (indicator, day.to_string(), value, note)
        })
        .collect()
}

fn write_both(dir: &Path, count: usize) -> (PathBuf, PathBuf) {
    let mut yaml = format!("plan: {PLAN_ID}\nmeasurements:\n");
    let mut csv = String::from("plan;indicator;date;period;value;note\r\n");
    for (indicator, date, value, note) in records(count) {
        writeln!(
            yaml,
            "  - indicator: {indicator}\n    date: {date}\n    value: {value}\n    note: \"{note}\""
        )
        .unwrap();
        write!(
            csv,
            "{PLAN_ID};{indicator};{date};;{};\"{note}\"\r\n",
            value.replace('.', ",")
        )
        .unwrap();
    }
    let (yaml_path, csv_path) = (dir.join("m.yaml"), dir.join("m.csv"));
    std::fs::write(&yaml_path, yaml).unwrap();
    std::fs::write(&csv_path, csv).unwrap();
    (yaml_path, csv_path)
}

/// `plan export --year 2023 --format json` of the shipped plan and `file`.
fn export(file: &Path) -> String {
    let (code, out, err) = run(&[
        "export",
        "--year",
        "2023",
        "--format",
        "json",
        "plans",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn yaml_and_csv_of_the_same_records_give_the_same_export() {
    let dir = tempfile::tempdir().unwrap();
    // About 7 MB of YAML: more than one piece handed back while parsing.
    let count = 70_000;
    let (yaml, csv) = write_both(dir.path(), count);
    assert!(std::fs::metadata(&yaml).unwrap().len() > 6 << 20);
    let from_yaml = export(&yaml);
    assert_eq!(from_yaml, export(&csv));
    let rows: Vec<serde_json::Value> = serde_json::from_str(&from_yaml).unwrap();
    let counted: u64 = rows
        .iter()
        .map(|r| r["measurements"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(counted, count as u64);
    // Per day: the mean of the daily totals. Day d holds the records i = 2d + 730q.
    let gdp1 = rows
        .iter()
        .find(|r| r["indicator_id"] == "GDP-1-a")
        .unwrap();
    let expected_total: f64 = records(count)
        .iter()
        .filter(|r| r.0 == "GDP-1-a")
        .map(|r| r.2.parse::<f64>().unwrap())
        .sum();
    let actual = gdp1["actual"].as_f64().unwrap();
    assert!((actual - expected_total / 365.0).abs() < 1e-9, "{actual}");
    // Notes are listed once each, in the order of their first day.
    let notes = gdp1["notes"].as_str().unwrap();
    assert!(
        notes.starts_with("Quartier n°0, « bis » | Quartier n°1, « bis »"),
        "{notes}"
    );
}

#[test]
fn records_told_apart_by_their_note_are_not_copies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.yaml");
    std::fs::write(
        &path,
        format!(
            "plan: {PLAN_ID}\nmeasurements:\n\
             - {{indicator: GDP-1-a, date: 2023-03-01, value: 2, note: Maritime}}\n\
             - {{indicator: GDP-1-a, date: 2023-03-01, value: 3, note: Heyvaert}}\n\
             - {{indicator: GDP-1-a, period: 2023-03, value: 4, note: Maritime}}\n\
             - {{indicator: GDP-2-a, period: 2023-03, value: 4, note: Maritime}}\n\
             - {{indicator: GDP-2-a, period: 2023-03, value: 1, note: Maritime}}\n"
        ),
    )
    .unwrap();
    let (code, out, _) = run(&[
        "validate",
        "--format",
        "short",
        "plans",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    // The month total against a per-day target is an error; only the last GDP-2-a
    // record is a copy (same indicator, month and note).
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].contains("m.yaml:5:32: error[E207]"), "{out}");
    assert!(
        lines[1].contains("m.yaml:7:15: warning[W202]")
            && lines[1].contains("(first measured here ")
            && lines[1].ends_with("m.yaml:6:15)"),
        "{out}"
    );
}

#[test]
fn a_mistake_on_every_row_is_counted_past_what_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.csv");
    let mut csv = String::from("plan,indicator,date,period,value,note\n");
    for i in 0..10_050 {
        writeln!(csv, "{PLAN_ID},GDP-1-a,2023-01-01,,{i},").unwrap();
    }
    std::fs::write(&path, csv).unwrap();
    let (code, out, _) = run(&["validate", "plans", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("note: 9,999 more warning[W202] findings not shown; `plan validate --format short` lists the first 10,000"),
        "{out}"
    );
    assert!(
        out.ends_with("10,050 measurements: 10,049 warnings found, 49 of them not listed (at most 10,000 of one code are)\n"),
        "{out}"
    );
    let (_, short, err) = run(&[
        "validate",
        "--format",
        "short",
        "plans",
        path.to_str().unwrap(),
    ]);
    assert_eq!(short.lines().count(), 10_000);
    assert_eq!(
        err,
        "plan: 49 more findings not listed (at most 10,000 of one code are kept)\n"
    );
}

#[test]
fn a_byte_that_is_not_utf8_late_in_a_large_file_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let (yaml, _) = write_both(dir.path(), 60_000);
    let mut bytes = std::fs::read(&yaml).unwrap();
    let lines = bytes.iter().filter(|b| **b == b'\n').count();
    // The last record's note, `    note: "Quartier n°81, « bis »"`: its `°` spoilt.
    let degree = bytes.windows(2).rposition(|w| w == "°".as_bytes()).unwrap();
    bytes[degree] = 0xFF;
    std::fs::write(&yaml, bytes).unwrap();
    let (code, out, _) = run(&[
        "validate",
        "--format",
        "short",
        "plans",
        yaml.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out.trim(),
        format!(
            "{}:{lines}:22: error[E002]: file is not valid UTF-8",
            yaml.display()
        )
    );
    // The human format quotes the line, read alone from the large file.
    let (_, human, _) = run(&["validate", "plans", yaml.to_str().unwrap()]);
    assert!(
        human.contains(&format!("{lines} |     note: \"Quartier n\u{fffd}")),
        "{human}"
    );
}

#[test]
fn more_than_64_mib_of_text_in_one_file_is_read() {
    // serde-saphyr's default budget stops at 64 MiB of scalar text in all: about a
    // million records. Seventy notes of 1 MiB go past it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.yaml");
    let note = "n".repeat(1 << 20);
    let mut yaml = format!("plan: {PLAN_ID}\nmeasurements:\n");
    for day in 1..=70 {
        let date = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap() + chrono::Days::new(day);
        writeln!(
            yaml,
            "  - {{indicator: GDP-2-a, date: {date}, value: 1, note: {note}}}"
        )
        .unwrap();
    }
    std::fs::write(&path, yaml).unwrap();
    let (code, out, err) = run(&["validate", "plans", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.ends_with("70 measurements: no problems found\n"),
        "{out}"
    );
}

#[test]
fn a_plan_named_after_the_records_is_found() {
    // Keys in alphabetical order, as PyYAML writes them: `measurements` before `plan`.
    let dir = tempfile::tempdir().unwrap();
    let (yaml, csv) = write_both(dir.path(), 2_000);
    let text = std::fs::read_to_string(&yaml).unwrap();
    let (plan_line, records) = text.split_once('\n').unwrap();
    std::fs::write(&yaml, format!("{records}{plan_line}\n")).unwrap();
    assert!(
        std::fs::read_to_string(&yaml)
            .unwrap()
            .starts_with("measurements:\n")
    );
    assert_eq!(export(&yaml), export(&csv));
}

#[test]
fn csv_rows_are_placed_with_every_kind_of_line_break() {
    // Lines end with CR (old Mac), CRLF and LF; a quoted note spans two lines.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.csv");
    let rows = [
        "plan,indicator,date,period,value,note\r",
        &format!("{PLAN_ID},GDP-2-a,2023-01-02,,x1,a\r\n"),
        &format!("{PLAN_ID},GDP-2-a,2023-01-03,,1,\"two\nlines\"\n"),
        &format!("{PLAN_ID},GDP-2-a,2023-01-04,,x2,b\r"),
        &format!("\"{PLAN_ID}\",GDP-2-a,2023-01-05,,x3,c\n"),
    ];
    std::fs::write(&path, rows.concat()).unwrap();
    let (code, out, _) = run(&[
        "validate",
        "--format",
        "short",
        "plans",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{out}");
    let places: Vec<&str> = out
        .lines()
        .map(|l| l.split(": ").next().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert_eq!(places, ["m.csv:2:47", "m.csv:5:47", "m.csv:6:49"], "{out}");
}
