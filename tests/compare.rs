//! `--compare YEAR` (issue 15) against two separate exports: a workspace holding a
//! commune's two years side by side (`plans/…-2022.yaml`, `plans/…-2023.yaml`, one
//! measurements folder with both years' records), the shipped 2023 plan and example
//! data beside the invented 2022 ones of `tests/fixtures/compare/`.

mod common;

use std::path::Path;

use common::plan;
use serde_json::{Map, Value};

type Row = Map<String, Value>;

const PREVIOUS: [&str; 3] = [
    "previous_actual",
    "previous_attainment_pct",
    "previous_status",
];

/// The ids of the 2023 plan that the 2022 plan does not have, and the other way round.
const ONLY_2023: [&str; 2] = ["GDP-6-a", "RAD4-1-b"];
const ONLY_2022: [&str; 1] = ["GDP-5-b"];

/// A folder with `plans/` (2022 and 2023) and `measurements/` (both years).
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("tests/fixtures/compare");
    let plans = dir.path().join("plans");
    let measurements = dir.path().join("measurements");
    std::fs::create_dir_all(&plans).unwrap();
    std::fs::create_dir_all(&measurements).unwrap();
    for (from, to) in [
        (
            root.join("plans/molenbeek-saint-jean-2023.yaml"),
            plans.join("molenbeek-saint-jean-2023.yaml"),
        ),
        (
            fixture.join("plans/molenbeek-saint-jean-2022.yaml"),
            plans.join("molenbeek-saint-jean-2022.yaml"),
        ),
        (
            root.join("examples/measurements-2023.yaml"),
            measurements.join("2023.yaml"),
        ),
        (
            root.join("examples/comments-2023.yaml"),
            measurements.join("comments-2023.yaml"),
        ),
        (
            fixture.join("measurements/measurements-2022.yaml"),
            measurements.join("2022.yaml"),
        ),
    ] {
        std::fs::copy(from, to).unwrap();
    }
    dir
}

/// `plan ARGS plans measurements` in `dir`, with the variable `env` when given.
fn output(dir: &Path, env: Option<(&str, &str)>, args: &[&str]) -> std::process::Output {
    let mut command = plan();
    if let Some((name, value)) = env {
        command.env(name, value);
    }
    command
        .current_dir(dir)
        .args(args)
        .args(["plans", "measurements"])
        .output()
        .unwrap()
}

/// `plan ARGS plans measurements` in `dir`: its standard output, after checking that it
/// succeeded.
fn run(dir: &Path, args: &[&str]) -> String {
    let out = output(dir, None, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The rows of `plan export --format json ARGS`.
fn export(dir: &Path, args: &[&str]) -> Vec<Row> {
    let mut all = vec!["export", "--format", "json"];
    all.extend(args);
    let rows: Value = serde_json::from_str(&run(dir, &all)).unwrap();
    rows.as_array()
        .unwrap()
        .iter()
        .map(|row| row.as_object().unwrap().clone())
        .collect()
}

/// A row's period in another year: `2023-03` in 2022 is `2022-03`.
fn period_in(period: &str, year: &str) -> String {
    format!("{year}{}", &period[4..])
}

/// `export --year 2023 --compare 2022 EXTRA` against `export --year 2023 EXTRA` and
/// `export --year 2022 EXTRA_2022`: the current fields unchanged, the previous ones those
/// of the 2022 export's row of the same id and period.
fn compare_with_two_exports(extra: &[&str], extra_2022: &[&str]) {
    let dir = workspace();
    let with = |year: &str, more: &[&str], rest: &[&str]| {
        let mut args = vec!["--year", year];
        args.extend(more);
        args.extend(rest);
        export(dir.path(), &args)
    };
    let compared = with("2023", &["--compare", "2022"], extra);
    let current = with("2023", &[], extra);
    let previous = with("2022", &[], extra_2022);
    assert_eq!(compared.len(), current.len(), "{extra:?}");
    assert!(!compared.is_empty());
    let mut matched = 0;
    for (row, alone) in compared.iter().zip(&current) {
        // The compare run changes nothing else: same keys in the same order, then three.
        let mut keys: Vec<&String> = row.keys().collect();
        let last: Vec<&String> = keys.split_off(keys.len() - 3);
        assert_eq!(keys, alone.keys().collect::<Vec<_>>());
        assert_eq!(last, PREVIOUS);
        for (key, value) in alone {
            assert_eq!(
                &row[key], value,
                "{extra:?} {} {key}",
                alone["indicator_id"]
            );
        }
        let id = row["indicator_id"].as_str().unwrap();
        let period = period_in(row["period"].as_str().unwrap(), "2022");
        let then = previous
            .iter()
            .find(|r| r["indicator_id"] == id && r["period"] == period.as_str());
        match then {
            Some(then) => {
                assert_eq!(row["previous_actual"], then["actual"], "{extra:?} {id}");
                assert_eq!(
                    row["previous_attainment_pct"], then["attainment_pct"],
                    "{extra:?} {id} {period}"
                );
                assert_eq!(row["previous_status"], then["status"], "{extra:?} {id}");
                matched += 1;
            }
            None => {
                assert!(ONLY_2023.contains(&id), "{extra:?}: {id} has no 2022 row");
                for key in PREVIOUS {
                    assert_eq!(row[key], Value::Null, "{extra:?} {id} {key}");
                }
            }
        }
    }
    // Every 2022 row of an id that 2023 also has was matched.
    let shared = previous
        .iter()
        .filter(|r| !ONLY_2022.contains(&r["indicator_id"].as_str().unwrap()))
        .count();
    assert_eq!(matched, shared, "{extra:?}");
    // Not all alike: the comparison shows real differences.
    assert!(
        compared
            .iter()
            .any(|r| r["previous_actual"] != Value::Null && r["previous_actual"] != r["actual"])
    );
}

#[test]
fn compare_equals_two_separate_exports() {
    compare_with_two_exports(&[], &[]);
}

#[test]
fn compare_by_month_pairs_the_same_months() {
    compare_with_two_exports(&["--by", "month"], &["--by", "month"]);
}

#[test]
fn compare_as_of_cuts_the_other_year_at_the_same_day() {
    compare_with_two_exports(&["--as-of", "2023-06-30"], &["--as-of", "2022-06-30"]);
}

#[test]
fn compare_by_quarter_as_of() {
    compare_with_two_exports(
        &["--by", "quarter", "--as-of", "2023-08-15"],
        &["--by", "quarter", "--as-of", "2022-08-15"],
    );
}

#[test]
fn csv_header_is_specs_with_the_previous_columns_last() {
    let dir = workspace();
    let spec = "plan_id,commune,year,period,sector_id,sector,general_objective_id,\
                general_objective,strategic_objective_id,strategic_objective,service,\
                operational_objective_id,operational_objective,indicator_id,indicator,target,\
                target_op,target_value,target_unit,target_per,baseline,actual,attainment_pct,\
                status,buckets_met,buckets,measurements,notes,comment,action";
    let header = |args: &[&str]| {
        let mut all = vec!["export", "--year", "2023"];
        all.extend(args);
        run(dir.path(), &all).lines().next().unwrap().to_string()
    };
    assert_eq!(header(&[]), spec);
    assert_eq!(
        header(&["--compare", "2022"]),
        format!("{spec},previous_actual,previous_attainment_pct,previous_status")
    );
    // Translated with --lang, like the others.
    let french = header(&["--compare", "2022", "--lang", "fr"]);
    assert!(
        french.ends_with(",realise_precedent,atteinte_precedente_pct,statut_precedent"),
        "{french}"
    );
}

#[test]
fn export_names_the_ids_of_the_other_year_only() {
    let dir = workspace();
    let out = output(
        dir.path(),
        None,
        &["export", "--year", "2023", "--compare", "2022"],
    );
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("only in the 2022 plan, so without a row in the export: GDP-5-b"),
        "{stderr}"
    );
}

/// The cells of the Markdown tables whose header starts with `first`, by header.
fn markdown_tables(text: &str, first: &str) -> Vec<Vec<(String, String)>> {
    let split = |line: &str| -> Vec<String> {
        let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
        inner.split(" | ").map(|c| c.trim().to_string()).collect()
    };
    let mut rows = Vec::new();
    let mut header: Option<Vec<String>> = None;
    for line in text.lines() {
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        let cells = split(line);
        match &header {
            None if cells[0] == first => header = Some(cells),
            None => {}
            Some(_) if cells[0] == "---" => {}
            Some(names) => rows.push(names.iter().cloned().zip(cells).collect()),
        }
    }
    rows
}

/// A number as the English report writes it (`1,234.5`, `108.2%`), read back.
fn number(text: &str) -> f64 {
    text.trim_end_matches('%').replace(',', "").parse().unwrap()
}

#[test]
fn report_shows_the_previous_figures_of_the_2022_export() {
    let dir = workspace();
    let markdown = run(
        dir.path(),
        &[
            "report",
            "--year",
            "2023",
            "--compare",
            "2022",
            "--format",
            "markdown",
            "--lang",
            "en",
        ],
    );
    let previous = export(dir.path(), &["--year", "2022"]);
    let current = export(dir.path(), &["--year", "2023"]);
    // The indicator tables' rows, not the watch list's (which has a gap column).
    let mut rows = markdown_tables(&markdown, "Id");
    rows.retain(|row| !row.iter().any(|(name, _)| name == "Gap"));
    assert_eq!(rows.len(), 31);
    for row in &rows {
        let cell = |name: &str| {
            row.iter()
                .find(|(n, _)| n == name)
                .map(|(_, c)| c.as_str())
                .unwrap_or_else(|| panic!("no column {name}: {row:?}"))
        };
        let id = cell("Id");
        let Some(then) = previous.iter().find(|r| r["indicator_id"] == id) else {
            assert!(ONLY_2023.contains(&id), "{id}");
            assert_eq!(cell("Actual 2022"), "–");
            assert_eq!(cell("Change"), "not in the 2022 plan");
            continue;
        };
        match &then["actual"] {
            Value::Null => assert_eq!(cell("Actual 2022"), "–"),
            Value::String(yes_no) => assert_eq!(cell("Actual 2022"), yes_no),
            Value::Number(n) => {
                let shown = number(cell("Actual 2022"));
                assert!(
                    (shown - n.as_f64().unwrap()).abs() <= 0.05,
                    "{id}: {shown} {n}"
                );
            }
            other => panic!("{other}"),
        }
        match &then["attainment_pct"] {
            Value::Null => assert_eq!(cell("Attainment 2022"), "–"),
            n => {
                let shown = number(cell("Attainment 2022"));
                assert!(
                    (shown - n.as_f64().unwrap()).abs() <= 0.05,
                    "{id}: {shown} {n}"
                );
            }
        }
        let status = then["status"].as_str().unwrap().replace('_', " ");
        let status = if status == "partial" {
            "partially met".to_string()
        } else {
            status
        };
        assert_eq!(cell("Status 2022"), status, "{id}");
        // The change: this year's actual minus the other's, in the indicator's unit.
        let this_year = current.iter().find(|r| r["indicator_id"] == id).unwrap();
        let now = this_year["actual"].as_f64();
        if let (Some(now), Some(then)) = (now, then["actual"].as_f64()) {
            let change = cell("Change").split(' ').next().unwrap().replace('−', "-");
            let change: f64 = change.replace(',', "").parse().unwrap();
            assert!(
                (change - (now - then)).abs() <= 0.05,
                "{id}: {change} vs {now} − {then}"
            );
            if this_year["target_unit"] == "heures" {
                assert!(cell("Change").contains(" heures"), "{id}");
            }
        }
    }
    // The summaries: the other year's counts beside, from the 2022 export.
    let met = previous.iter().filter(|r| r["status"] == "met").count();
    let total = format!("{met}/{} met", previous.len());
    let sectors = markdown_tables(&markdown, "Sector");
    let last = sectors.last().unwrap();
    assert_eq!(last[0].1, "Total");
    assert_eq!(last.last().unwrap(), &("2022".to_string(), total));
}

#[test]
fn report_lists_the_ids_of_one_year_only() {
    let dir = workspace();
    let args = [
        "report",
        "--year",
        "2023",
        "--compare",
        "2022",
        "--lang",
        "en",
    ];
    let markdown = run(dir.path(), &[&args[..], &["--format", "markdown"]].concat());
    assert!(
        markdown.contains("\n## Compared with 2022\n\n"),
        "{markdown}"
    );
    assert!(markdown.contains("\n- only in 2023: GDP-6-a, RAD4-1-b\n"));
    assert!(markdown.contains("\n- only in 2022: GDP-5-b\n"));
    let table = run(dir.path(), &args);
    assert!(table.contains("only in 2023: GDP-6-a, RAD4-1-b"));
    assert!(table.contains("only in 2022: GDP-5-b"));
    let html = run(dir.path(), &[&args[..], &["--format", "html"]].concat());
    assert!(html.contains("<li>only in 2022: GDP-5-b</li>"));
    // With --as-of, the section says where the other year is cut.
    let as_of = run(
        dir.path(),
        &[
            &args[..],
            &["--as-of", "2023-06-30", "--format", "markdown"],
        ]
        .concat(),
    );
    assert!(as_of.contains("\n- 2022 counted up to 30 June 2022: the same day as --as-of\n"));
    assert!(!markdown.contains("counted up to"));
    assert!(
        html.contains("Summary — 18/31 met (2022: 13/30 met)"),
        "{html}"
    );
}

#[test]
fn the_terminal_report_fits_its_width_with_the_other_year() {
    let dir = workspace();
    for width in ["60", "80", "100", "120", "160"] {
        let args = ["report", "--year", "2023", "--compare", "2022"];
        let out = output(dir.path(), Some(("COLUMNS", width)), &args);
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let width: usize = width.parse().unwrap();
        for line in text.lines() {
            assert!(line.chars().count() <= width, "{width}: {line}");
        }
        assert!(text.contains("2022"), "{width}");
    }
}

#[test]
fn errors_name_the_years_there_are() {
    let dir = workspace();
    let fails = |args: &[&str]| {
        let out = output(dir.path(), None, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(out.stdout.is_empty());
        String::from_utf8(out.stderr).unwrap()
    };
    for command in ["report", "export"] {
        let missing = fails(&[command, "--year", "2023", "--compare", "2021"]);
        assert_eq!(
            missing,
            "error: no plan of Molenbeek-Saint-Jean for 2021 (--compare); years read for \
             this commune: 2022, 2023\n"
        );
        let same = fails(&[command, "--year", "2023", "--compare", "2023"]);
        assert!(
            same.contains("--compare 2023 is the report's own year"),
            "{same}"
        );
    }
    // In the language of messages.
    let args = ["export", "--year", "2023", "--compare", "2020"];
    let out = output(dir.path(), Some(("PLAN_LANG", "fr")), &args);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("aucun plan de Molenbeek-Saint-Jean pour 2020"),
        "{stderr}"
    );
}

#[test]
fn two_years_of_a_commune_validate_and_leave_a_years_report_unchanged() {
    let dir = workspace();
    let out = output(dir.path(), None, &["validate"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("2 plans with 61 indicators"), "{stdout}");
    assert!(stdout.contains("no problems found"), "{stdout}");
    // `report --year 2023` without --compare is the same with or without the 2022 files.
    let alone = tempfile::tempdir().unwrap();
    for (from, to) in [
        (
            "plans/molenbeek-saint-jean-2023.yaml",
            "plans/molenbeek-saint-jean-2023.yaml",
        ),
        ("measurements/2023.yaml", "measurements/2023.yaml"),
        (
            "measurements/comments-2023.yaml",
            "measurements/comments-2023.yaml",
        ),
    ] {
        let to = alone.path().join(to);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(dir.path().join(from), to).unwrap();
    }
    for format in ["table", "markdown", "html"] {
        let args = ["report", "--year", "2023", "--format", format];
        assert_eq!(run(dir.path(), &args), run(alone.path(), &args), "{format}");
    }
    let args = [
        "export", "--year", "2023", "--format", "json", "--by", "month",
    ];
    assert_eq!(run(dir.path(), &args), run(alone.path(), &args));
}

#[test]
fn workbook_puts_the_previous_columns_after_the_status() {
    use calamine::{Data, Reader as _, Xlsx, open_workbook};
    let dir = workspace();
    let path = dir.path().join("out.xlsx");
    let args = ["--year", "2023", "--compare", "2022", "--lang", "fr"];
    // The machine rows: codes, to compare with the workbook's French words.
    let rows = export(dir.path(), &args[..4]);
    let file = path.to_str().unwrap();
    let out = output(
        dir.path(),
        None,
        &[&["export", "-o", file][..], &args].concat(),
    );
    assert!(out.status.success());
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let sheet = book.sheet_names()[1].clone();
    let cells = book.worksheet_range(&sheet).unwrap();
    let cells: Vec<Vec<Data>> = cells.rows().map(<[Data]>::to_vec).collect();
    let header: Vec<String> = cells[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(
        header[5..9],
        [
            "Statut",
            "Réalisé précédent",
            "Atteinte précédente",
            "Statut précédent"
        ]
    );
    assert_eq!(header.len(), 33);
    for (line, row) in cells[1..].iter().zip(&rows) {
        assert_eq!(line[0].to_string(), row["indicator_id"].as_str().unwrap());
        match &row["previous_actual"] {
            Value::Null => assert_eq!(line[6], Data::Empty),
            Value::Number(n) => assert_eq!(line[6], Data::Float(n.as_f64().unwrap())),
            Value::String(yes_no) => {
                let word = if yes_no == "yes" { "oui" } else { "non" };
                assert_eq!(line[6].to_string(), word);
            }
            other => panic!("{other}"),
        }
        match row["previous_attainment_pct"].as_f64() {
            None => assert_eq!(line[7], Data::Empty),
            Some(pct) => {
                let Data::Float(stored) = line[7] else {
                    panic!("{:?}", line[7])
                };
                assert!((stored * 100.0 - pct).abs() < 1e-9);
            }
        }
        let status = match row["previous_status"].as_str() {
            Some("met") => "atteint",
            Some("partial") => "partiellement atteint",
            Some("not_met") => "non atteint",
            Some("no_data") => "non renseigné",
            Some(other) => panic!("{other}"),
            None => "",
        };
        assert_eq!(line[8].to_string(), status);
    }
}

#[test]
fn word_evaluation_has_the_other_years_column_and_counts() {
    let dir = workspace();
    let path = dir.path().join("out.docx");
    let file = path.to_str().unwrap();
    let args = [
        "report",
        "--year",
        "2023",
        "--compare",
        "2022",
        "--lang",
        "en",
        "-o",
        file,
    ];
    let out = output(dir.path(), None, &args);
    assert!(out.status.success());
    // The texts of the cells and paragraphs, in order.
    let texts = common::docx_runs(&path);
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    assert!(texts.contains(&"13/30 met"), "{texts:?}");
    assert!(texts.contains(&"only in 2022: GDP-5-b"));
    // GDP-2-a: 14 meetings in 2023, 4 in 2022 (40 %, not met), ten more.
    let at = texts
        .iter()
        .position(|t| t.starts_with("GDP-2-a "))
        .unwrap();
    assert_eq!(
        texts[at + 4..at + 8],
        ["met", "4 · 40%", "not met", "+10 · status up"]
    );
}
