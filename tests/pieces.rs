//! A large CSV file is cut into pieces read each on its own thread: findings, reports
//! and exports are the same bytes as one pass over it, copies across the cut point at
//! the first record, an unknown plan is reported once in the file, and a file whose
//! pieces may read differently (a quote left open) is read in one pass instead.

mod common;

use std::fmt::Write as _;
use std::path::Path;

use common::plan;

/// The attainment fixture's plan beside one CSV file of about 2.8 MB, cut in two for two
/// threads: records of the first half copied in the second (W202 across the cut), and
/// `late` written after the 45 000th row.
fn folder(late: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/attainment");
    std::fs::copy(fixture.join("plan.yaml"), dir.path().join("plan.yaml")).unwrap();
    let mut csv = String::from("\u{feff}plan;indicator;date;period;value;note\r\n");
    for row in 0..60_000u32 {
        if row == 45_000 {
            csv.push_str(late);
        }
        let day = row % 28 + 1;
        let month = row / 5_000 % 12 + 1;
        let record = if row % 15_000 == 14_999 {
            // A copy of the first rows, in every part of the file.
            "demo-2023;A-2-a;2023-01-01;;0,5;Quartier 0".to_string()
        } else {
            format!(
                "demo-2023;A-2-a;2023-{month:02}-{day:02};;{},5;Quartier {row}",
                row % 3
            )
        };
        write!(csv, "{record}\r\n").unwrap();
    }
    std::fs::write(dir.path().join("m.csv"), csv).unwrap();
    dir
}

/// Standard output, standard error and exit code of `plan ARGS DIR --jobs JOBS`.
fn run(dir: &Path, args: &[&str], jobs: usize) -> (String, String, Option<i32>) {
    let out = plan()
        .env_remove("PLAN_JOBS")
        .args(args)
        .arg("--jobs")
        .arg(jobs.to_string())
        .arg(dir)
        .output()
        .unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (text(out.stdout), text(out.stderr), out.status.code())
}

/// `ARGS` gives the same output with 2 and 3 threads as with one; the output of one.
fn same_with_any_jobs(dir: &Path, args: &[&str]) -> (String, String, Option<i32>) {
    let one = run(dir, args, 1);
    for jobs in [2, 3] {
        let other = run(dir, args, jobs);
        assert!(
            one == other,
            "{args:?} with --jobs {jobs} differs from --jobs 1"
        );
    }
    one
}

#[test]
fn a_large_file_in_pieces_reads_as_in_one_pass() {
    let dir = folder("");
    let validated = same_with_any_jobs(dir.path(), &["validate", "--format", "short"]);
    // The four copies of row 0: the last three are past the cut of two pieces.
    let copies: Vec<&str> = validated.0.lines().filter(|l| l.contains("W202")).collect();
    assert_eq!(copies.len(), 4, "{}", validated.0);
    for copy in &copies {
        assert!(copy.ends_with("m.csv:2:1)"), "{copy}");
    }
    for args in [
        &["report", "--year", "2023", "--format", "markdown"][..],
        &["export", "--year", "2023", "--format", "csv"],
    ] {
        let (out, _, code) = same_with_any_jobs(dir.path(), args);
        assert_eq!(code, Some(0), "{args:?}");
        assert!(out.contains("A-2-a"), "{args:?}: {out}");
    }
}

#[test]
fn an_unknown_plan_is_reported_once_in_the_file_and_faults_where_they_are() {
    let late = "demo-2024;A-2-a;2023-01-01;;1;\r\ndemo-2023;A-2-a;2023-02-30;;1;\r\n";
    let mut dir = folder(late);
    let csv = dir.path().join("m.csv");
    let mut text = std::fs::read_to_string(&csv).unwrap();
    text.insert_str(
        text.find("\r\n").unwrap() + 2,
        "demo-2024;A-2-a;2023-01-01;;1;\r\n",
    );
    std::fs::write(&csv, text).unwrap();
    let (out, _, code) = same_with_any_jobs(dir.path(), &["validate", "--format", "short"]);
    assert_eq!(code, Some(1));
    let unknown: Vec<&str> = out.lines().filter(|l| l.contains("E201")).collect();
    assert_eq!(unknown.len(), 1, "{out}");
    assert!(unknown[0].contains("m.csv:2:1:"), "{out}");
    // The bad date, after the cut, at its line: the header is line 1, the unknown plan
    // line 2, the rows from line 3, and the late rows after 45 000 of them.
    assert!(out.contains("m.csv:45004:"), "{out}");
    dir = folder("demo-2023;A-2-a;2023-01-01;;1;\"ouvert\r\n");
    let (out, _, _) = same_with_any_jobs(dir.path(), &["validate", "--format", "json"]);
    assert!(out.contains("\"E001\""), "{out}");
}
