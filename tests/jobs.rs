//! Files read and checked on several threads (`--jobs`, `PLAN_JOBS`): findings, reports
//! and exports are the same bytes whatever the number of threads, copies are found
//! across files as in one pass, and a number of jobs that is not one is refused.

mod common;

use std::fmt::Write as _;
use std::path::Path;

use common::plan;

/// The attainment fixture's plan and many measurements files beside it: YAML, CSV (one
/// in Windows-1252), comments, faults, and copies within and across files.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/attainment");
    std::fs::copy(fixture.join("plan.yaml"), dir.path().join("plan.yaml")).unwrap();
    for file in 0..12 {
        let mut yaml = String::from("plan: demo-2023\nmeasurements:\n");
        let mut csv = String::from("plan,indicator,date,period,value,note\n");
        for day in 1..=28 {
            let date = format!("2023-{:02}-{day:02}", file % 12 + 1);
            // Every file repeats the first file's records of January 5: copies across
            // files, and within this file too.
            writeln!(
                yaml,
                "  - {{indicator: A-1-a, date: {date}, value: {}, note: Quartier {file}}}\n  \
                 - {{indicator: A-1-a, date: 2023-01-05, value: 2.5, note: Maritime}}",
                day % 5
            )
            .unwrap();
            writeln!(csv, "demo-2023,A-2-a,{date},,{}.5,Quartier {day}", day % 3).unwrap();
            writeln!(csv, "demo-2023,A-4-a,{date},,oui,").unwrap();
        }
        // Faults: a bad date and an unknown indicator in every other file.
        if file % 2 == 0 {
            writeln!(csv, "demo-2023,A-2-a,2023-02-30,,1,").unwrap();
            writeln!(csv, "demo-2023,A-9-z,2023-02-03,,1,").unwrap();
        }
        std::fs::write(dir.path().join(format!("m-{file:02}.yaml")), yaml).unwrap();
        std::fs::write(dir.path().join(format!("m-{file:02}.csv")), csv).unwrap();
    }
    // The same comment in two files (E304), and a CSV file as Excel writes it.
    for name in ["c-1.yaml", "c-2.yaml"] {
        let comments =
            "plan: demo-2023\ncomments:\n  - about: A-2-a\n    text: Deux réunions annulées.\n";
        std::fs::write(dir.path().join(name), comments).unwrap();
    }
    let mut windows = b"plan;indicator;date;period;value;note\r\n".to_vec();
    windows.extend_from_slice(b"demo-2023;A-3-a;2023-03-01;;7;Caf\xe9 du coin\r\n");
    windows.extend_from_slice(b"demo-2023;A-1-a;2023-01-05;;2,5;Maritime\r\n");
    std::fs::write(dir.path().join("z-excel.csv"), windows).unwrap();
    dir
}

/// Standard output, standard error and exit code of `plan ARGS DIR`, with `jobs` threads
/// given by `--jobs` or by `PLAN_JOBS`.
fn run(dir: &Path, args: &[&str], jobs: Jobs) -> (Vec<u8>, Vec<u8>, Option<i32>) {
    let mut command = plan();
    command.env_remove("PLAN_JOBS");
    match jobs {
        Jobs::Option(n) => {
            command.arg("--jobs").arg(n.to_string());
        }
        Jobs::Env(n) => {
            command.env("PLAN_JOBS", n.to_string());
        }
        Jobs::Cores => {}
    }
    let out = command.args(args).arg(dir).output().unwrap();
    (out.stdout, out.stderr, out.status.code())
}

#[derive(Clone, Copy, Debug)]
enum Jobs {
    Option(usize),
    Env(usize),
    Cores,
}

#[test]
fn outputs_are_the_same_whatever_the_number_of_threads() {
    let dir = folder();
    let commands: &[&[&str]] = &[
        &["validate", "--format", "human"],
        &["validate", "--format", "short"],
        &["validate", "--format", "json"],
        &["validate", "--format", "github"],
        &["validate", "--format", "sarif"],
        &["report", "--year", "2023"],
        &["report", "--year", "2023", "--format", "markdown"],
        &["export", "--year", "2023", "--format", "csv"],
        &["export", "--year", "2023", "--format", "json"],
    ];
    for args in commands {
        let one = run(dir.path(), args, Jobs::Option(1));
        assert!(
            !one.0.is_empty() || !one.1.is_empty(),
            "{args:?} printed nothing"
        );
        for jobs in [
            Jobs::Option(2),
            Jobs::Option(3),
            Jobs::Option(8),
            Jobs::Env(2),
            Jobs::Cores,
        ] {
            let other = run(dir.path(), args, jobs);
            assert!(
                one == other,
                "{args:?} with {jobs:?} differs from --jobs 1:\n{}\n---\n{}",
                String::from_utf8_lossy(&one.0),
                String::from_utf8_lossy(&other.0)
            );
        }
    }
}

#[test]
fn copies_across_files_point_at_the_first_file() {
    let dir = folder();
    let (stdout, _, _) = run(
        dir.path(),
        &["validate", "--format", "json"],
        Jobs::Option(4),
    );
    let findings: Vec<serde_json::Value> = serde_json::from_slice(&stdout).unwrap();
    let copies: Vec<&serde_json::Value> = findings.iter().filter(|f| f["code"] == "W202").collect();
    // January 5 with `Maritime` is written 28 times in each of 12 YAML files, and once in
    // the Excel CSV file: all but the first are copies of line 4 of m-00.yaml.
    assert_eq!(copies.len(), 12 * 28, "{copies:#?}");
    for copy in &copies {
        let related = serde_json::to_string(&copy["related"]).unwrap();
        assert!(related.contains("m-00.yaml"), "{copy:#}");
    }
    let comments: Vec<&serde_json::Value> =
        findings.iter().filter(|f| f["code"] == "E304").collect();
    assert_eq!(comments.len(), 1, "{comments:#?}");
    assert!(
        serde_json::to_string(comments[0])
            .unwrap()
            .contains("c-2.yaml")
    );
}

#[test]
fn a_number_of_jobs_that_is_not_one_is_refused() {
    let dir = folder();
    for bad in ["0", "two", "-1"] {
        let out = plan()
            .env_remove("PLAN_JOBS")
            .arg("validate")
            .arg(format!("--jobs={bad}"))
            .arg(dir.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{bad}: {stderr}");
        assert!(
            stderr.contains("a number of jobs is a whole number from 1 up"),
            "{bad}: {stderr}"
        );
        let out = plan()
            .env("PLAN_JOBS", bad)
            .arg("validate")
            .arg(dir.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "PLAN_JOBS={bad}: {stderr}");
        assert!(
            stderr.contains(&format!("PLAN_JOBS is {bad}")),
            "PLAN_JOBS={bad}: {stderr}"
        );
    }
    // `--jobs` wins over `PLAN_JOBS`, and `-j` is `--jobs`.
    let out = plan()
        .env("PLAN_JOBS", "nonsense")
        .args(["validate", "-j", "2"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_notes_column_lists_a_hundred_notes_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/attainment");
    std::fs::copy(fixture.join("plan.yaml"), dir.path().join("plan.yaml")).unwrap();
    let mut csv = String::from("plan,indicator,date,period,value,note\n");
    for i in 0..150 {
        writeln!(
            csv,
            "demo-2023,A-2-a,2023-03-{:02},,1,note {i:03}",
            i % 28 + 1
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("m.csv"), csv).unwrap();
    let (stdout, stderr, _) = run(
        dir.path(),
        &["export", "--year", "2023", "--format", "json"],
        Jobs::Cores,
    );
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&stderr)));
    let row = rows.iter().find(|r| r["indicator_id"] == "A-2-a").unwrap();
    let notes: Vec<&str> = row["notes"].as_str().unwrap().split(" | ").collect();
    assert_eq!(notes.len(), 101, "{notes:?}");
    // In the order of their first day: 1 March holds notes 000, 028, 056, …
    assert_eq!(&notes[..3], ["note 000", "note 028", "note 056"]);
    assert_eq!(notes[100], "… (+50 more)");
    assert_eq!(row["measurements"], 150);
    // With `--lang`, the count is in the language asked for.
    let (stdout, _, _) = run(
        dir.path(),
        &[
            "export", "--year", "2023", "--format", "json", "--lang", "fr",
        ],
        Jobs::Cores,
    );
    assert!(String::from_utf8_lossy(&stdout).contains("… (+50 autres)"));
}
