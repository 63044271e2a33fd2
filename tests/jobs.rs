//! Files read and checked on several threads (`--jobs`, `PLAN_JOBS`): findings, reports
//! and exports are the same bytes whatever the number of threads, with one plan or with
//! several communes' plans, workbooks and faulty files among them; copies are found
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

/// `plan validate` in each format.
const VALIDATIONS: [&[&str]; 5] = [
    &["validate", "--format", "human"],
    &["validate", "--format", "short"],
    &["validate", "--format", "json"],
    &["validate", "--format", "github"],
    &["validate", "--format", "sarif"],
];

/// Each of `commands` on `dir` gives the same bytes with each of `jobs` as with one thread.
fn same_bytes_whatever_the_threads(dir: &Path, commands: &[&[&str]], jobs: &[Jobs]) {
    for args in commands {
        let one = run(dir, args, Jobs::Option(1));
        assert!(
            !one.0.is_empty() || !one.1.is_empty(),
            "{args:?} printed nothing"
        );
        for jobs in jobs {
            let other = run(dir, args, *jobs);
            assert!(
                one == other,
                "{args:?} with {jobs:?} differs from --jobs 1:\n{}{}\n---\n{}{}",
                String::from_utf8_lossy(&one.0),
                String::from_utf8_lossy(&one.1),
                String::from_utf8_lossy(&other.0),
                String::from_utf8_lossy(&other.1)
            );
        }
    }
}

#[test]
fn outputs_are_the_same_whatever_the_number_of_threads() {
    let dir = folder();
    let reports: &[&[&str]] = &[
        &["report", "--year", "2023"],
        &["report", "--year", "2023", "--format", "markdown"],
        &["export", "--year", "2023", "--format", "csv"],
        &["export", "--year", "2023", "--format", "json"],
    ];
    let jobs = [
        Jobs::Option(2),
        Jobs::Option(3),
        Jobs::Option(8),
        Jobs::Env(2),
        Jobs::Cores,
    ];
    same_bytes_whatever_the_threads(dir.path(), &VALIDATIONS, &jobs);
    same_bytes_whatever_the_threads(dir.path(), reports, &jobs);
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

/// Several communes' plans of two years, their measurements in YAML, CSV and two
/// workbooks (`clean/`), and beside them files with faults (`faults/`): plans that do
/// not decode, a workbook that cannot be read and one that lacks a column.
fn communes() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (clean, faults) = (dir.path().join("clean"), dir.path().join("faults"));
    std::fs::create_dir_all(&clean).unwrap();
    std::fs::create_dir_all(&faults).unwrap();
    let read = |path: &str| std::fs::read_to_string(root.join(path)).unwrap();
    let texts = [
        ("2023.yaml", read("plans/molenbeek-saint-jean-2023.yaml")),
        (
            "2022.yaml",
            read("tests/fixtures/compare/plans/molenbeek-saint-jean-2022.yaml"),
        ),
        ("m-2023.yaml", read("examples/measurements-2023.yaml")),
        ("c-2023.yaml", read("examples/comments-2023.yaml")),
        (
            "m-2022.yaml",
            read("tests/fixtures/compare/measurements/measurements-2022.yaml"),
        ),
    ];
    for commune in 0..4 {
        let rename = |text: &str| {
            text.replace("molenbeek-saint-jean-20", &format!("commune-{commune}-20"))
                .replace("Molenbeek-Saint-Jean", &format!("Commune {commune}"))
        };
        for (name, text) in &texts {
            let text = if commune == 0 {
                text.clone()
            } else {
                rename(text)
            };
            std::fs::write(clean.join(format!("{commune}-{name}")), text).unwrap();
        }
    }
    let mut csv = String::from("plan,indicator,date,period,value,note\n");
    for day in 1..=28 {
        writeln!(
            csv,
            "commune-1-2023,GDP-1-a,2023-04-{day:02},,{}.5,",
            day % 4
        )
        .unwrap();
    }
    std::fs::write(clean.join("1-april.csv"), csv).unwrap();
    for (book, commune) in [("a.xlsx", 2), ("b.xlsx", 3)] {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        for month in [5, 6] {
            let sheet = workbook.add_worksheet();
            let header = ["plan", "indicator", "date", "value", "note"];
            for (column, name) in header.iter().enumerate() {
                sheet.write_string(0, column as u16, *name).unwrap();
            }
            for day in 1..=20u32 {
                sheet
                    .write_string(day, 0, format!("commune-{commune}-2023"))
                    .unwrap();
                sheet.write_string(day, 1, "GDP-1-a").unwrap();
                sheet
                    .write_string(day, 2, format!("2023-{month:02}-{day:02}"))
                    .unwrap();
                sheet.write_number(day, 3, f64::from(day % 5)).unwrap();
                sheet.write_string(day, 4, format!("Rue {day}")).unwrap();
            }
        }
        workbook.save(clean.join(book)).unwrap();
    }
    // Faults: a fault of syntax, a type error, a fault of structure past which more are
    // found, a workbook that is not one and one whose sheet lacks the date column.
    let plan = &texts[0].1;
    let broken = [
        plan.replacen("commune: Molenbeek-Saint-Jean", "commune: [Molenbeek", 1),
        plan.replacen("year: 2023", "year: deux mille", 1),
        plan.replacen("id: molenbeek-saint-jean-2023", "id: [x, y]", 1)
            .replacen("commune: Molenbeek-Saint-Jean", "commune: {a: 1}", 1),
    ];
    for (n, text) in broken.iter().enumerate() {
        std::fs::write(faults.join(format!("broken-{n}.yaml")), text).unwrap();
    }
    std::fs::write(faults.join("not-a-book.xlsx"), "not a workbook").unwrap();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (column, name) in ["plan", "indicator", "value"].iter().enumerate() {
        sheet.write_string(0, column as u16, *name).unwrap();
    }
    sheet.write_string(1, 1, "GDP-1-a").unwrap();
    workbook.save(faults.join("no-date.xlsx")).unwrap();
    dir
}

#[test]
fn several_plans_and_workbooks_are_the_same_whatever_the_number_of_threads() {
    let dir = communes();
    let clean = dir.path().join("clean");
    let reports: &[&[&str]] = &[
        &["validate", "--format", "json"],
        &["report", "--year", "2023"],
        &["report", "--year", "2023", "--format", "markdown"],
        &["report", "--year", "2023", "--format", "html"],
        &[
            "report",
            "--year",
            "2023",
            "--compare",
            "2022",
            "--format",
            "markdown",
        ],
        &["export", "--year", "2023", "--format", "csv"],
        &[
            "export", "--year", "2023", "--format", "json", "--by", "month",
        ],
        &[
            "export",
            "--year",
            "2023",
            "--compare",
            "2022",
            "--format",
            "json",
        ],
    ];
    let jobs = [Jobs::Option(2), Jobs::Option(8)];
    same_bytes_whatever_the_threads(&clean, reports, &jobs);
    // Every plan and workbook is read: four communes, and forty rows of each workbook
    // (communes 2 and 3) beside the YAML records of GDP-1-a.
    let (stdout, stderr, code) = run(
        &clean,
        &["export", "--year", "2023", "--format", "json"],
        Jobs::Option(2),
    );
    assert_eq!(code, Some(0), "{}", String::from_utf8_lossy(&stderr));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&stdout).unwrap();
    let measured: Vec<(&str, u64)> = rows
        .iter()
        .filter(|r| r["indicator_id"] == "GDP-1-a")
        .map(|r| {
            (
                r["plan_id"].as_str().unwrap(),
                r["measurements"].as_u64().unwrap(),
            )
        })
        .collect();
    let yaml = measured[0].1;
    assert_eq!(
        measured,
        [
            ("molenbeek-saint-jean-2023", yaml),
            ("commune-1-2023", yaml + 28),
            ("commune-2-2023", yaml + 40),
            ("commune-3-2023", yaml + 40),
        ]
    );
    same_bytes_whatever_the_threads(dir.path(), &VALIDATIONS, &jobs);
    // The faults are all there, each in its file.
    let (stdout, _, code) = run(
        dir.path(),
        &["validate", "--format", "short"],
        Jobs::Option(8),
    );
    assert_eq!(code, Some(1));
    let stdout = String::from_utf8_lossy(&stdout);
    for name in [
        "broken-0.yaml",
        "broken-1.yaml",
        "broken-2.yaml",
        "not-a-book.xlsx",
        "no-date.xlsx",
    ] {
        assert!(stdout.contains(name), "{name}:\n{stdout}");
    }
}
