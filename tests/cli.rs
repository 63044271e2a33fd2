//! The commands through the real binary: the shipped plan, report and export values
//! against figures computed by hand (tests/fixtures/attainment), output formats,
//! and atomic output files.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use clap::CommandFactory as _;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn plan() -> Command {
    let mut cmd = common::plan();
    cmd.current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS");
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn cli_definition_is_consistent() {
    plan::cli::Cli::command().debug_assert();
}

#[test]
fn shipped_plan_validates_cleanly() {
    let output = plan().args(["validate", "--strict"]).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        stdout,
        "plan: checked 1 file: 1 plan with 31 indicators, 0 measurements: no problems found\n"
    );
}

#[test]
fn shipped_plan_and_example_validate_cleanly() {
    let out = stdout(plan().args([
        "validate", "--strict", "--format", "json", "plans", "examples",
    ]));
    assert_eq!(out.trim(), "[]");
}

#[test]
fn tree_lists_every_id_with_targets() {
    let out = stdout(plan().args(["tree"]).env("COLUMNS", "100"));
    for id in [
        "S1-OG1-OS2",
        "S3-OG2-OS4",
        "GDP-1-a",
        "MEDLOC-2",
        "RAD4-3-a",
    ] {
        assert!(out.contains(id), "{id} missing in\n{out}");
    }
    assert!(out.contains("GDP-1-a") && out.contains(">/= 3 heures/jour"));
    // The tree speaks the plan's language (French), or `--lang`.
    assert!(out.contains("[partage résultats de MEDLOC-1, indicateurs de MEDLOC-1]"));
    let english = stdout(plan().args(["tree", "--lang", "en"]).env("COLUMNS", "100"));
    assert!(english.contains("[shares results of MEDLOC-1, indicators of MEDLOC-1]"));
    assert!(out.lines().all(|l| l.chars().count() <= 100), "{out}");
    let shallow = stdout(plan().args(["tree", "--depth", "3"]));
    assert!(shallow.contains("S2-OG1-OS3") && !shallow.contains("GDP-1"));
}

#[test]
fn report_shows_the_example_with_one_indicator_without_data() {
    let out = stdout(
        plan()
            .args(["report", "--year", "2023", "plans", "examples"])
            .env("COLUMNS", "80"),
    );
    assert!(
        out.lines().all(|l| l.chars().count() <= 80),
        "wider than 80:\n{out}"
    );
    for id in ["GDP-1-a", "INCIV-3-a", "MEDLOC-6-a", "RAD4-3-a"] {
        assert!(out.contains(id), "{id} missing");
    }
    assert!(out.contains("Synthèse par secteur") && out.contains("Synthèse par service"));
    assert!(out.contains("traité par Zone de Police"));
    // The plan's total row: 31 indicators, exactly one without data.
    let total = out.lines().rfind(|l| l.starts_with("│ Total ")).unwrap();
    let numbers: Vec<&str> = total
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    assert_eq!(numbers[numbers.len() - 2..], ["1", "31"], "{total}");
    assert!(!out.contains('\u{1b}'), "no colour when piped");
}

#[test]
fn report_languages_and_markdown() {
    let nl = stdout(plan().args([
        "report", "--year", "2023", "--lang", "nl", "plans", "examples",
    ]));
    assert!(nl.contains("Overzicht per sector") && nl.contains("geen gegevens"));
    let en = stdout(plan().args([
        "report", "--year", "2023", "--lang", "en", "--format", "markdown", "plans", "examples",
    ]));
    assert!(en.contains("| Id | Indicator | Target | Actual | Attainment | Status |"));
    assert!(en.contains("## Summary by service"));
}

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let coloured = stdout(plan().args([
        "--color", "always", "report", "--year", "2023", "plans", "examples",
    ]));
    assert!(coloured.contains('\u{1b}'));
    let plain = stdout(
        plan()
            .args(["report", "--year", "2023", "plans", "examples"])
            .env("NO_COLOR", "1"),
    );
    assert!(!plain.contains('\u{1b}'));
}

#[test]
fn report_filters() {
    let out = stdout(plan().args([
        "report",
        "--year",
        "2023",
        "--service",
        "SCAPI",
        "plans",
        "examples",
    ]));
    assert!(out.contains("SCAPI-4-a") && !out.contains("GDP-1-a") && !out.contains("MEDLOC-1-a"));
    let out = stdout(plan().args([
        "report",
        "--year",
        "2023",
        "--indicator",
        "GDP-2-a",
        "plans",
        "examples",
    ]));
    assert!(out.contains("GDP-2-a") && !out.contains("GDP-1-a"));
    let out = stdout(plan().args([
        "report", "--year", "2023", "--sector", "S3", "plans", "examples",
    ]));
    assert!(out.contains("RAD1-1-a") && !out.contains("GDP-2-a"));
}

#[test]
fn report_for_a_year_without_plan_is_a_usage_error() {
    let output = plan().args(["report", "--year", "2024"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no plan for 2024"));
}

/// Export rows of the attainment fixture as JSON objects, by indicator id.
fn export_json(extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["export", "--year", "2023", "--format", "json"];
    args.extend_from_slice(extra);
    args.push("tests/fixtures/attainment");
    serde_json::from_str(&stdout(plan().args(&args))).unwrap()
}

fn row<'a>(rows: &'a [serde_json::Value], id: &str, period: &str) -> &'a serde_json::Value {
    rows.iter()
        .find(|r| r["indicator_id"] == id && r["period"] == period)
        .unwrap_or_else(|| panic!("no row {id} {period}"))
}

fn close(value: &serde_json::Value, expected: f64) -> bool {
    value.as_f64().is_some_and(|v| (v - expected).abs() < 1e-9)
}

#[test]
fn export_values_computed_by_hand() {
    let rows = export_json(&[]);
    assert_eq!(rows.len(), 7, "one row per indicator, shared ones once");
    let keys: Vec<String> = rows[0].as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, plan_export_columns());
    let expect = |id: &str, actual: serde_json::Value, pct: Option<f64>, status: &str| {
        let r = row(&rows, id, "2023");
        assert_eq!(r["actual"], actual, "{id} actual");
        match pct {
            Some(p) => assert!(
                close(&r["attainment_pct"], p),
                "{id} attainment {}",
                r["attainment_pct"]
            ),
            None => assert!(r["attainment_pct"].is_null(), "{id}"),
        }
        assert_eq!(r["status"], status, "{id} status");
    };
    expect("A-1-a", 3.into(), Some(100.0), "met");
    expect("A-2-a", 6.into(), Some(50.0), "partial");
    expect("A-3-a", 175.into(), Some(50.0), "partial");
    expect("A-4-a", "yes".into(), Some(100.0), "met");
    expect("B-1-a", 6.into(), Some(5.0 / 6.0 * 100.0), "partial");
    expect("B-1-b", serde_json::Value::Null, None, "no_data");
    expect("B-2-a", 3.into(), Some(75.0), "partial");
    let a1 = row(&rows, "A-1-a", "2023");
    assert_eq!(
        (&a1["buckets_met"], &a1["buckets"], &a1["measurements"]),
        (&2.into(), &3.into(), &3.into())
    );
    assert_eq!(a1["target_per"], "day");
    assert_eq!(a1["target_unit"], "heures");
    assert_eq!(a1["notes"], "Maritime | =cmd|' /C calc'!A0");
    let a3 = row(&rows, "A-3-a", "2023");
    assert_eq!(
        (&a3["baseline"], &a3["target_op"], &a3["target_value"]),
        (&100.into(), &">=".into(), &250.into())
    );
    let a4 = row(&rows, "A-4-a", "2023");
    assert_eq!(
        (&a4["target_op"], &a4["target_value"]),
        (&"=".into(), &"yes".into())
    );
    assert_eq!(row(&rows, "B-2-a", "2023")["buckets_met"], 1);
    // Absent values are null in JSON, never empty strings.
    let b1b = row(&rows, "B-1-b", "2023");
    assert!(b1b["notes"].is_null() && b1b["target_unit"].is_null() && b1b["baseline"].is_null());
    assert!(a4["target_unit"].is_null() && a4["target_per"].is_null());
}

fn plan_export_columns() -> Vec<String> {
    let columns = "plan_id, commune, year, period, sector_id, sector, general_objective_id, \
         general_objective, strategic_objective_id, strategic_objective, service, \
         operational_objective_id, operational_objective, indicator_id, indicator, target, \
         target_op, target_value, target_unit, target_per, baseline, actual, attainment_pct, \
         status, buckets_met, buckets, measurements, notes, comment, action";
    columns.split(", ").map(str::to_string).collect()
}

#[test]
fn export_as_of_pro_rates_yearly_sums() {
    let rows = export_json(&["--as-of", "2023-06-30"]);
    // 181 days of 365: A-2-a target 12·181/365; Jan + Feb = 5 counted.
    let t = 12.0 * 181.0 / 365.0;
    let a2 = row(&rows, "A-2-a", "2023");
    assert!(close(&a2["target_value"], t));
    assert_eq!(a2["actual"], 5);
    assert!(close(&a2["attainment_pct"], 5.0 / t * 100.0));
    assert_eq!(a2["status"], "partial");
    // Target 250 and baseline 100, both pro-rated by 181/365; 175 counted.
    let (t3, b3) = (250.0 * 181.0 / 365.0, 100.0 * 181.0 / 365.0);
    let a3 = row(&rows, "A-3-a", "2023");
    assert!(close(&a3["target_value"], t3) && close(&a3["baseline"], b3));
    assert!(close(
        &a3["attainment_pct"],
        (175.0 - b3) / (t3 - b3) * 100.0
    ));
    assert_eq!(a3["status"], "met");
    // The yes/no was still "no" on June 30.
    let a4 = row(&rows, "A-4-a", "2023");
    assert_eq!(
        (&a4["actual"], &a4["status"]),
        (&"no".into(), &"not_met".into())
    );
    // Per-day targets are not pro-rated.
    assert_eq!(row(&rows, "A-1-a", "2023")["target_value"], 3);
}

#[test]
fn export_by_month_and_quarter() {
    let rows = export_json(&["--by", "month"]);
    assert_eq!(rows.len(), 7 * 12);
    // In plan order, each indicator's months together.
    assert_eq!(
        (&rows[0]["indicator_id"], &rows[0]["period"]),
        (&"A-1-a".into(), &"2023-01".into())
    );
    assert_eq!(
        (&rows[11]["indicator_id"], &rows[11]["period"]),
        (&"A-1-a".into(), &"2023-12".into())
    );
    assert_eq!(
        (&rows[12]["indicator_id"], &rows[12]["period"]),
        (&"A-2-a".into(), &"2023-01".into())
    );
    let jan = row(&rows, "A-2-a", "2023-01");
    let t = 12.0 * 31.0 / 365.0;
    assert!(close(&jan["target_value"], t));
    assert_eq!((&jan["actual"], &jan["status"]), (&3.into(), &"met".into()));
    assert!(close(&jan["attainment_pct"], 3.0 / t * 100.0));
    assert_eq!(row(&rows, "A-2-a", "2023-03")["status"], "no_data");
    // Each month lists the notes of its own records.
    assert_eq!(
        row(&rows, "A-1-a", "2023-01")["notes"],
        "Maritime | =cmd|' /C calc'!A0"
    );
    assert!(row(&rows, "A-1-a", "2023-02")["notes"].is_null());
    let quarters = export_json(&["--by", "quarter"]);
    assert_eq!(quarters.len(), 7 * 4);
    let q1 = row(&quarters, "B-2-a", "2023-Q1");
    assert_eq!(
        (&q1["actual"], &q1["status"], &q1["target_value"]),
        (&4.into(), &"met".into(), &4.into())
    );
}

#[test]
fn csv_reads_back_with_a_standard_reader() {
    let out = stdout(plan().args(["export", "--year", "2023", "tests/fixtures/attainment"]));
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, plan_export_columns());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 7);
    let a1 = records.iter().find(|r| &r[13] == "A-1-a").unwrap();
    assert_eq!(
        &a1[27], "Maritime | =cmd|' /C calc'!A0",
        "only a cell starting with = is neutralised"
    );
    let b1 = records.iter().find(|r| &r[13] == "B-1-a").unwrap();
    assert_eq!((&b1[16], &b1[18], &b1[23]), ("<=", "%", "partial"));
}

#[test]
fn csv_injection_is_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    copy_fixture(dir.path());
    let measurements = dir.path().join("measurements.yaml");
    let text = std::fs::read_to_string(&measurements).unwrap();
    std::fs::write(
        &measurements,
        text.replace("note: Maritime", "note: \"=HYPERLINK(1)\""),
    )
    .unwrap();
    let out = stdout(plan().args(["export", "--year", "2023"]).arg(dir.path()));
    assert!(out.contains(",'=HYPERLINK(1) | "), "{out}");
}

#[test]
fn excel_dialect_for_belgian_excel() {
    let output = plan()
        .args([
            "export",
            "--year",
            "2023",
            "--excel",
            "tests/fixtures/attainment",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let bytes = output.stdout;
    assert!(bytes.starts_with("\u{feff}plan_id;commune;year;".as_bytes()));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert_eq!(
        text.matches("\r\n").count(),
        8,
        "CRLF after the header and each of 7 rows"
    );
    assert!(!text.replace("\r\n", "").contains('\n'));
    let b1 = text.lines().find(|l| l.contains(";B-1-a;")).unwrap();
    assert!(b1.contains(";83,33333333333334;"), "decimal comma: {b1}");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    assert_eq!(reader.records().count(), 7);
}

#[test]
fn translated_headers_with_lang() {
    let out = stdout(plan().args([
        "export",
        "--year",
        "2023",
        "--lang",
        "fr",
        "tests/fixtures/attainment",
    ]));
    let header = out.lines().next().unwrap();
    assert!(
        header.starts_with("id_plan,commune,année,periode,"),
        "{header}"
    );
    assert!(out.contains(",partiellement atteint,"));
}

fn copy_fixture(to: &Path) {
    for name in ["plan.yaml", "measurements.yaml"] {
        std::fs::copy(
            root().join("tests/fixtures/attainment").join(name),
            to.join(name),
        )
        .unwrap();
    }
}

#[test]
fn github_annotations_follow_workflow_command_syntax() {
    let output = plan()
        .args([
            "validate",
            "--format",
            "github",
            "tests/fixtures/validate/duplicate-id",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = String::from_utf8(output.stdout).unwrap();
    let line = out.lines().next().unwrap();
    let (properties, message) = line
        .strip_prefix("::error ")
        .and_then(|rest| rest.split_once("::"))
        .expect("::error PROPERTIES::MESSAGE");
    assert_eq!(
        properties,
        "file=tests/fixtures/validate/duplicate-id/plan.yaml,line=28,col=29,title=E102 duplicate-id"
    );
    assert!(message.starts_with("duplicate id `GDP-1-a`"));
    assert!(!message.contains('\n'), "newlines are escaped as %0A");
    assert!(message.contains("%0Ahelp: "));
}

#[test]
fn short_format_names_file_line_and_column() {
    let output = plan()
        .args([
            "validate",
            "--format",
            "short",
            "tests/fixtures/validate/duplicate-id",
        ])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.starts_with(
        "tests/fixtures/validate/duplicate-id/plan.yaml:28:29: error[E102]: duplicate id `GDP-1-a`"
    ));
}

#[test]
fn committed_schemas_are_up_to_date() {
    for kind in ["plan", "measurements"] {
        let generated = stdout(plan().args(["schema", kind]));
        let committed =
            std::fs::read_to_string(root().join(format!("schema/{kind}.schema.json"))).unwrap();
        assert_eq!(
            generated, committed,
            "schema/{kind}.schema.json is stale: run `cargo run -- schema {kind} > schema/{kind}.schema.json`"
        );
        let schema: serde_json::Value = serde_json::from_str(&generated).unwrap();
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
        assert_eq!(
            schema["additionalProperties"], false,
            "unknown keys are errors"
        );
    }
}

#[test]
fn human_format_shows_fifty_findings_of_a_code_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    copy_fixture(dir.path());
    let mut text = String::from("plan: demo-2023\nmeasurements:\n");
    for _ in 0..60 {
        text.push_str("  - {indicator: A-2-a, date: 2023-12-01, value: 1}\n");
    }
    std::fs::write(dir.path().join("copies.yaml"), text).unwrap();
    let human = stdout(plan().args(["validate"]).arg(dir.path()));
    assert_eq!(
        human.matches("warning[W202]").count(),
        51,
        "50 shown, and the note"
    );
    assert!(human.contains(
        "note: 9 more warning[W202] findings not shown; `plan validate --format short` lists them all"
    ));
    assert!(human.contains("59 warnings found"), "{human}");
    let short = stdout(
        plan()
            .args(["validate", "--format", "short"])
            .arg(dir.path()),
    );
    assert_eq!(short.matches("warning[W202]").count(), 59);
}

#[cfg(unix)]
#[test]
fn an_export_file_is_readable_by_others_like_any_new_file() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.csv");
    let export_and_mode = || {
        let fixture = "tests/fixtures/attainment";
        stdout(
            plan()
                .args(["export", "--year", "2023", fixture, "-o"])
                .arg(&path),
        );
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777
    };
    assert_eq!(export_and_mode(), 0o644);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    assert_eq!(export_and_mode(), 0o640, "kept on replace");
}

#[test]
fn filters_that_match_nothing_are_usage_errors() {
    for (option, value) in [
        ("--sector", "S9"),
        ("--service", "GPD"),
        ("--indicator", "GDP-1-z"),
    ] {
        for command in ["report", "export"] {
            let output = plan()
                .args([
                    command, "--year", "2023", option, value, "plans", "examples",
                ])
                .output()
                .unwrap();
            assert_eq!(output.status.code(), Some(2), "{command} {option} {value}");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(
                stderr.contains(&format!("{option} {value} matches nothing in the plan")),
                "{stderr}"
            );
        }
    }
    let output = plan()
        .args(["report", "--year", "2023", "--service", "GPD", "plans"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stderr).contains("did you mean `GDP`?"));
    // Filters ignore case.
    let out = stdout(plan().args([
        "export",
        "--year",
        "2023",
        "--indicator",
        "gdp-1-a",
        "--sector",
        "s2",
        "plans",
        "examples",
    ]));
    assert_eq!(out.lines().count(), 2, "{out}");
}

#[test]
fn a_format_that_contradicts_the_file_name_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (command, format, name) in [("export", "json", "x.csv"), ("report", "html", "x.md")] {
        let path = dir.path().join(name);
        let output = plan()
            .args([
                command,
                "--year",
                "2023",
                "--format",
                format,
                "tests/fixtures/attainment",
                "-o",
            ])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&output.stderr)
                .contains(&format!("--format {format} does not match the name")),
            "{command}"
        );
        assert!(!path.exists());
    }
}

#[test]
fn output_files_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let outputs = [
        ("export", "out.csv", b"plan_id,".as_slice()),
        ("export", "out.json", b"[".as_slice()),
        ("export", "out.xlsx", b"PK".as_slice()),
        (
            "report",
            "r.html",
            b"<!DOCTYPE html>\n<html lang=\"en\">".as_slice(),
        ),
        ("report", "r.HTM", b"<!DOCTYPE html>".as_slice()),
        (
            "report",
            "r.md",
            "# Demo — Plan de démonstration\n".as_bytes(),
        ),
        (
            "report",
            "r.txt",
            "Demo — Plan de démonstration\n".as_bytes(),
        ),
    ];
    for (command, name, start) in outputs {
        let path = dir.path().join(name);
        let output = plan()
            .args([
                "--color",
                "always",
                command,
                "--year",
                "2023",
                "tests/fixtures/attainment",
                "-o",
            ])
            .arg(&path)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{stderr}");
        assert!(output.stdout.is_empty());
        assert!(
            stderr.ends_with(&format!(" to {}\n", path.display())),
            "{stderr}"
        );
        assert!(std::fs::read(&path).unwrap().starts_with(start), "{name}");
    }
    let tables = std::fs::read_to_string(dir.path().join("r.txt")).unwrap();
    assert!(!tables.contains('\u{1b}'), "no colour in a file");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names.len(),
        outputs.len(),
        "no temporary file left: {names:?}"
    );

    let unknown = plan()
        .args([
            "report",
            "--year",
            "2023",
            "tests/fixtures/attainment",
            "-o",
        ])
        .arg(dir.path().join("r.pdf"))
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&unknown.stderr)
            .contains("r.pdf: use a .txt, .md, .markdown, .html, .htm or .docx name, or --format")
    );

    // Not over an input file, whatever --format says.
    copy_fixture(dir.path());
    let before = std::fs::read(dir.path().join("plan.yaml")).unwrap();
    let output = plan()
        .current_dir(dir.path())
        .args([
            "report",
            "--year",
            "2023",
            "--format",
            "html",
            "plan.yaml",
            "-o",
            "plan.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("plan.yaml is one of the input files: refusing to overwrite it")
    );
    assert_eq!(std::fs::read(dir.path().join("plan.yaml")).unwrap(), before);
}
