//! Issue 15, the watch list and the report's readability: the watch list read back from
//! the Markdown and HTML reports against the program's own export (`export --format
//! json`), with and without `--as-of`; what every format says it covers (the day it was
//! made, the filters, the as-of date as a date); the year taken from the plans read; the
//! default paths; `tree`'s words in the plan's language; terminal tables that never cut
//! a word of the plan.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use plan::model::Lang;
use plan::say;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `plan` run from the repository's root, without colours.
fn plan() -> Command {
    let mut command = common::plan();
    command.current_dir(root()).env("NO_COLOR", "1");
    command
}

/// What `plan args` prints on standard output, once it succeeded.
fn stdout(args: &[&str]) -> String {
    let output = plan().args(args).assert().success().get_output().clone();
    String::from_utf8(output.stdout).unwrap()
}

/// The rows of the export of 2023 (with `extra` options), as JSON objects.
fn exported(extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["export", "--year", "2023", "--format", "json"];
    args.extend_from_slice(extra);
    args.extend(["plans", "examples"]);
    serde_json::from_str(&stdout(&args)).unwrap()
}

/// The ids of the exported rows whose status is one of `statuses`, in order.
fn ids_with(rows: &[serde_json::Value], statuses: &[&str]) -> Vec<String> {
    rows.iter()
        .filter(|r| statuses.contains(&r["status"].as_str().unwrap()))
        .map(|r| r["indicator_id"].as_str().unwrap().to_string())
        .collect()
}

/// The report of 2023 in `format` with `extra` options, on standard output.
fn report(format: &str, extra: &[&str]) -> String {
    let mut args = vec!["report", "--year", "2023", "--format", format];
    args.extend_from_slice(extra);
    args.extend(["plans", "examples"]);
    stdout(&args)
}

/// The watch list of a Markdown report: the ids of its table, in order, and the ids of
/// its line of indicators without data.
fn markdown_watch(markdown: &str) -> (Vec<String>, Vec<String>) {
    let title = say!(Lang::Fr, "watch-title", count = "");
    let title = title.trim_end_matches("()").trim_end();
    let section = markdown
        .split(&format!("\n## {title} ("))
        .nth(1)
        .expect("a watch list section");
    let section = section.split("\n## ").next().unwrap();
    let ids: Vec<String> = section
        .lines()
        .filter(|l| l.starts_with("| "))
        .skip(2)
        .map(|l| {
            l.trim_start_matches("| ")
                .split(" | ")
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    let no_data = say!(Lang::Fr, "watch-no-data", ids = "");
    let no_data = section
        .lines()
        .find_map(|l| l.strip_prefix(no_data.as_str()))
        .map(|ids| ids.split(", ").map(str::to_string).collect())
        .unwrap_or_default();
    (ids, no_data)
}

#[test]
fn the_watch_list_is_the_exports_rows_not_met_in_order() {
    for as_of in [None, Some("2023-06-30"), Some("2023-03-31")] {
        let extra: Vec<&str> = as_of.iter().flat_map(|d| ["--as-of", d]).collect();
        let rows = exported(&extra);
        let behind = ids_with(&rows, &["partial", "not_met"]);
        let no_data = ids_with(&rows, &["no_data"]);
        assert!(!behind.is_empty(), "{as_of:?}");
        let markdown = report("markdown", &extra);
        let (shown, shown_no_data) = markdown_watch(&markdown);
        assert_eq!(shown, behind, "Markdown, --as-of {as_of:?}");
        assert_eq!(shown_no_data, no_data, "Markdown, --as-of {as_of:?}");
        let title = say!(Lang::Fr, "watch-title", count = behind.len().to_string());
        assert!(markdown.contains(&format!("## {title}\n")), "{title}");

        // The HTML page: one `watched` row per indicator, in the same order.
        let html = report("html", &extra);
        let html_ids: Vec<String> = html
            .split("<tr class=\"watched ")
            .skip(1)
            .map(|row| {
                let id = row.split("<td class=\"id\">").nth(1).unwrap();
                id.split("</td>").next().unwrap().to_string()
            })
            .collect();
        assert_eq!(html_ids, behind, "HTML, --as-of {as_of:?}");

        // The terminal: the same ids, in the same order, before the first section.
        let table = report("table", &extra);
        let first_section = table.find("\nS1 ").expect("the sections");
        let mut at = 0;
        for id in &behind {
            let found = table[at..].find(&format!("│ {id} ")).map(|i| i + at);
            let found = found.unwrap_or_else(|| panic!("{id} in the terminal's watch list"));
            assert!(found < first_section, "{id} before the sections");
            at = found;
        }
    }
}

#[test]
fn the_watch_list_comes_after_the_summaries_and_before_the_sections() {
    let title = say!(Lang::Fr, "watch-title", count = "");
    let title = title.trim_end_matches("()").trim_end();
    for format in ["table", "markdown", "html"] {
        let text = report(format, &[]);
        let at = |needle: &str| {
            text.find(needle)
                .unwrap_or_else(|| panic!("{needle} in the {format} report"))
        };
        let headline = at("18/31");
        let by_sector = at(&say!(Lang::Fr, "report-summary-sector"));
        let by_service = at(&say!(Lang::Fr, "report-summary-service"));
        let watch = at(title);
        let sections = at("S2-OG1-OS1 ");
        assert!(
            headline < by_sector && by_sector < by_service && by_service < watch,
            "{format}"
        );
        assert!(watch < sections, "{format}");
    }
}

#[test]
fn the_gap_is_in_the_targets_unit() {
    let markdown = report("markdown", &["--as-of", "2023-06-30"]);
    let line = |id: &str| {
        markdown
            .lines()
            .find(|l| l.starts_with(&format!("| {id} |")))
            .unwrap_or_else(|| panic!("{id} in the watch list"))
            .to_string()
    };
    // A yes/no target: what was answered instead of what was expected.
    let answer = say!(
        Lang::Fr,
        "watch-gap-answer",
        actual = say!(Lang::Fr, "report-no"),
        expected = say!(Lang::Fr, "report-yes")
    );
    assert!(line("SCAPI-4-a").contains(&format!("| {answer} |")));
    // A yearly count pro-rated to 30 June: 10 a year → 5 by then (4,96), 3 done.
    let rows = exported(&["--as-of", "2023-06-30"]);
    let gdp3 = rows
        .iter()
        .find(|r| r["indicator_id"] == "GDP-3-a")
        .unwrap();
    assert_eq!(gdp3["actual"], 3.0);
    let short = say!(Lang::Fr, "watch-gap-short", amount = "2");
    assert!(
        line("GDP-3-a").contains(&format!("| {short} |")),
        "{}",
        line("GDP-3-a")
    );
}

/// The text of `word/document.xml` in a .docx: the words of its runs.
fn docx_text(path: &Path) -> String {
    common::docx_runs(path).join(" ")
}

#[test]
fn every_format_says_what_it_covers() {
    // `SOURCE_DATE_EPOCH` of the tests: 2 January 2024.
    let made = say!(Lang::Fr, "watch-made", date = "2 janvier 2024");
    let filters = say!(Lang::Fr, "watch-filters", filters = "--service GDP");
    let whole = say!(Lang::Fr, "watch-no-filter");
    let as_of = say!(Lang::Fr, "report-as-of", date = "30 juin 2023");
    let dir = tempfile::tempdir().unwrap();
    for format in ["table", "markdown", "html", "docx"] {
        let text = |extra: &[&str]| {
            if format == "docx" {
                let path = dir.path().join("r.docx");
                let mut args = vec!["report", "--year", "2023", "-o", path.to_str().unwrap()];
                args.extend_from_slice(extra);
                args.extend(["plans", "examples"]);
                stdout(&args);
                docx_text(&path)
            } else {
                report(format, extra).replace("&#39;", "'")
            }
        };
        let filtered = text(&["--service", "GDP", "--as-of", "2023-06-30"]);
        for needle in [&made, &filters, &as_of] {
            assert!(filtered.contains(needle.as_str()), "{needle} in {format}");
        }
        // The charts' points carry their dates for machines (`data-as-of`, `data-date`).
        let words = common::without_data_attributes(&filtered);
        assert!(
            !words.contains("2023-06-30"),
            "the as-of date as a date in {format}"
        );
        let all = text(&[]);
        assert!(all.contains(&made) && all.contains(&whole), "{format}");
        // A sector handled elsewhere says so, in the summary and in its heading.
        let handled = say!(Lang::Fr, "report-handled-by", by = "Zone de Police");
        let s1 = "S1 Contribution au fonctionnement des zones de police";
        assert!(
            all.contains(&format!("{s1} — {handled}")) || format == "table",
            "{format}"
        );
    }
}

#[test]
fn source_date_epoch_dates_the_report() {
    let out = plan()
        .env("SOURCE_DATE_EPOCH", "1688083200")
        .args([
            "report", "--year", "2023", "--format", "markdown", "--lang", "en",
        ])
        .args(["plans", "examples"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let made = say!(Lang::En, "watch-made", date = "30 June 2023");
    assert!(String::from_utf8(out).unwrap().contains(&made));
}

#[test]
fn without_year_the_year_of_the_plans_read() {
    let output = plan()
        .args(["report", "--format", "markdown", "plans", "examples"])
        .assert()
        .success()
        .get_output()
        .clone();
    let note = say!(Lang::En, "watch-note-year", year = "2023");
    assert!(
        String::from_utf8_lossy(&output.stderr).contains(&format!("plan: {note}\n")),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        report("markdown", &[])
    );
    let export = stdout(&["export", "--format", "json", "plans", "examples"]);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&export).unwrap(),
        serde_json::Value::Array(exported(&[]))
    );

    // Plans of two years: which one is asked, the years listed.
    let dir = tempfile::tempdir().unwrap();
    let source =
        std::fs::read_to_string(root().join("plans/molenbeek-saint-jean-2023.yaml")).unwrap();
    let next = source
        .replacen(
            "id: molenbeek-saint-jean-2023",
            "id: molenbeek-saint-jean-2024",
            1,
        )
        .replacen("year: 2023", "year: 2024", 1);
    assert_ne!(next, source);
    std::fs::write(dir.path().join("a-2023.yaml"), &source).unwrap();
    std::fs::write(dir.path().join("a-2024.yaml"), &next).unwrap();
    let output = plan()
        .args(["report", dir.path().to_str().unwrap()])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let error = say!(Lang::En, "error-document-which-year", years = "2023, 2024");
    assert!(
        String::from_utf8_lossy(&output.stderr).contains(&error),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let two = plan()
        .args(["report", "--year", "2024", "--format", "markdown"])
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(two).unwrap().contains("Rapport 2024"));
}

/// Copies the shipped plan to `dir/plans` and the example measurements to
/// `dir/measurements`.
fn workspace(dir: &Path, measurements: bool) {
    std::fs::create_dir(dir.join("plans")).unwrap();
    std::fs::copy(
        root().join("plans/molenbeek-saint-jean-2023.yaml"),
        dir.join("plans/molenbeek-saint-jean-2023.yaml"),
    )
    .unwrap();
    if measurements {
        std::fs::create_dir(dir.join("measurements")).unwrap();
        for name in ["measurements-2023.yaml", "comments-2023.yaml"] {
            std::fs::copy(
                root().join("examples").join(name),
                dir.join("measurements").join(name),
            )
            .unwrap();
        }
    }
}

#[test]
fn the_default_paths_are_plans_and_measurements() {
    let dir = tempfile::tempdir().unwrap();
    workspace(dir.path(), true);
    let run = |args: &[&str]| {
        let output = common::plan()
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .args(args)
            .assert()
            .success()
            .get_output()
            .clone();
        String::from_utf8(output.stdout).unwrap()
    };
    let markdown = run(&["report", "--format", "markdown"]);
    assert_eq!(
        markdown,
        report("markdown", &[]),
        "plans and measurements read"
    );
    let validated = common::plan()
        .current_dir(dir.path())
        .arg("validate")
        .assert()
        .success()
        .get_output()
        .clone();
    let said =
        String::from_utf8_lossy(&validated.stdout) + String::from_utf8_lossy(&validated.stderr);
    assert!(said.contains("checked 3 files"), "{said}");

    // Without a measurements folder: the plan alone, no measurement read.
    let alone = tempfile::tempdir().unwrap();
    workspace(alone.path(), false);
    let output = common::plan()
        .current_dir(alone.path())
        .args(["report", "--format", "markdown"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(String::from_utf8(output.stdout).unwrap().contains("0/31"));
    // Neither: the error names `plans`.
    let empty = tempfile::tempdir().unwrap();
    let output = common::plan()
        .current_dir(empty.path())
        .arg("report")
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&output.stderr).contains("plans"));
}

#[test]
fn tree_labels_in_the_plans_language() {
    for (lang, option) in [
        (Lang::Fr, None),
        (Lang::Nl, Some("nl")),
        (Lang::En, Some("en")),
    ] {
        let mut args = vec!["tree"];
        if let Some(option) = option {
            args.extend(["--lang", option]);
        }
        args.push("plans");
        let tree = stdout(&args);
        let handled = say!(lang, "tree-handled-by", by = "Zone de Police");
        let service = say!(lang, "tree-service");
        assert!(tree.contains(&handled), "{handled} in {lang:?}");
        assert!(
            tree.contains(&format!("GDP  {service}")),
            "{service} in {lang:?}"
        );
    }
    // With messages in English, the tree of a French plan is in French.
    assert!(stdout(&["tree", "plans"]).contains("[traité par Zone de Police]"));
}

/// The words of the cells of a terminal table's lines (borders dropped).
fn cell_words(table: &str) -> Vec<String> {
    table
        .lines()
        .filter(|l| l.starts_with('│'))
        .flat_map(|l| l.split(['│', '┆']).map(str::to_string).collect::<Vec<_>>())
        .flat_map(|cell| {
            cell.split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The pieces a word may be broken into at the end of a line: after a `/` or `-`.
fn pieces(word: &str) -> Vec<String> {
    let mut cuts = vec![0];
    cuts.extend(
        word.char_indices()
            .filter(|(_, c)| matches!(c, '/' | '-'))
            .map(|(i, c)| i + c.len_utf8()),
    );
    cuts.push(word.len());
    let mut out = Vec::new();
    for (n, start) in cuts.iter().enumerate() {
        for end in &cuts[n + 1..] {
            out.push(word[*start..*end].to_string());
        }
    }
    out
}

#[test]
fn terminal_tables_never_cut_a_word_of_the_plan() {
    let rows = exported(&[]);
    let mut words: BTreeSet<String> = BTreeSet::new();
    for row in &rows {
        for key in ["indicator", "service", "indicator_id", "target"] {
            if let Some(text) = row[key].as_str() {
                words.extend(text.split_whitespace().map(str::to_string));
            }
        }
    }
    assert!(words.contains("recommandation/observations"));
    assert!(words.contains("MEDLOC-SCAV-HOTEL"));
    let allowed: BTreeSet<String> = words.iter().flat_map(|w| pieces(w)).collect();
    for width in ["80", "100", "120"] {
        for as_of in [None, Some("2023-06-30")] {
            let mut command = plan();
            command
                .env("COLUMNS", width)
                .args(["report", "--year", "2023"]);
            if let Some(date) = as_of {
                command.args(["--as-of", date]);
            }
            let output = command.args(["plans", "examples"]).assert().success();
            let table = String::from_utf8(output.get_output().stdout.clone()).unwrap();
            for line in table.lines() {
                assert!(
                    line.chars().count() <= width.parse().unwrap(),
                    "{width} columns: {line}"
                );
            }
            // A cut leaves a piece of at least four characters with a letter in it.
            let cut_candidates = cell_words(&table)
                .into_iter()
                .filter(|t| t.chars().count() >= 4 && t.chars().any(char::is_alphabetic));
            for token in cut_candidates {
                let inside_a_word = words
                    .iter()
                    .any(|w| w.len() > token.len() && w.contains(token.as_str()));
                assert!(
                    !inside_a_word || words.contains(&token) || allowed.contains(&token),
                    "{width} columns: `{token}` is a piece of a word of the plan"
                );
            }
        }
    }
}
