//! Reports, trees, workbooks and exports in every language (issue 14): one report per
//! language as a snapshot, numbers, percents and dates as each language writes them, the
//! tree's words, German export headers, and no English word left in the French, Dutch and
//! German reports.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use calamine::{Reader as _, Xlsx, open_workbook};

const LANGS: [&str; 4] = ["fr", "nl", "en", "de"];

/// The narrow no-break space French groups digits with, and the no-break space before `%`.
const NNBSP: char = '\u{202f}';
const NBSP: char = '\u{a0}';

/// `plan`, in English, 120 columns wide, without colours.
fn plan() -> Command {
    let mut command = common::plan();
    command.env("COLUMNS", "120").env("NO_COLOR", "1");
    command
}

/// What `cmd` prints, once it succeeded (else its exit code and output are shown).
fn stdout(cmd: &mut Command) -> String {
    let output = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(output).unwrap()
}

fn report(args: &[&str]) -> String {
    let mut all = vec!["report", "--year", "2023"];
    all.extend(args);
    all.extend(["plans", "examples"]);
    stdout(plan().args(all))
}

#[test]
fn one_report_per_language() {
    for lang in LANGS {
        let out = report(&["--lang", lang]);
        insta::assert_snapshot!(format!("report_{lang}"), out);
    }
}

/// A plan whose numbers need grouping: a target of 10 000 a year, 12 345.5 done.
fn big_numbers(dir: &Path) {
    std::fs::write(
        dir.join("plan.yaml"),
        r#"id: big-2023
commune: Grand
year: 2023
title: Grands nombres
language: fr
sectors:
  - id: S1
    title: Secteur
    general_objectives:
      - id: S1-OG1
        title: Objectif
        strategic_objectives:
          - id: S1-OG1-OS1
            domain: Domaine
            projects:
              - service: GDP
                operational_objectives:
                  - id: B-1
                    title: Passages
                    results: [Passages]
                    indicators:
                      - id: B-1-a
                        label: Passages
                        target: ">/= 10000 par an"
"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("measurements.yaml"),
        "plan: big-2023\nmeasurements:\n  - {indicator: B-1-a, period: 2023-Q1, value: 12345.5}\n",
    )
    .unwrap();
}

#[test]
fn numbers_and_percents_as_each_language_writes_them() {
    let dir = tempfile::tempdir().unwrap();
    big_numbers(dir.path());
    // 12 345.5 of 10 000: 123.455 %, shown with one decimal.
    for (lang, actual, percent) in [
        ("fr", format!("12{NNBSP}345,5"), format!("123,5{NBSP}%")),
        ("nl", "12.345,5".to_string(), "123,5%".to_string()),
        ("en", "12,345.5".to_string(), "123.5%".to_string()),
        ("de", "12.345,5".to_string(), format!("123,5{NBSP}%")),
    ] {
        for format in ["table", "markdown", "html"] {
            let out = stdout(
                plan()
                    .args(["report", "--year", "2023", "--lang", lang])
                    .args(["--format", format, dir.path().to_str().unwrap()]),
            );
            assert!(
                out.contains(&actual),
                "{lang} {format}: no `{actual}` in\n{out}"
            );
            assert!(
                out.contains(&percent),
                "{lang} {format}: no `{percent}` in\n{out}"
            );
        }
    }
    // French and German keep the number and its `%` together, French its digits too:
    // comfy-table splits at spaces only, so the columns stay aligned.
    let out = stdout(
        plan()
            .args(["report", "--year", "2023", "--lang", "fr"])
            .arg(dir.path())
            .env("COLUMNS", "60"),
    );
    // The indicator table, from its top line to its bottom line.
    let table: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with('┌'))
        .take_while(|l| !l.starts_with('└'))
        .collect();
    assert!(table.len() > 4, "{out}");
    let width = table[0].chars().count();
    assert!(
        table.iter().all(|l| l.chars().count() == width),
        "rows of different widths:\n{out}"
    );
    // Neither is cut over two lines of its cell.
    assert!(out.contains(&format!("123,5{NBSP}%")), "{out}");
    assert!(out.contains(&format!("12{NNBSP}345,5")), "{out}");
}

#[test]
fn the_shipped_report_writes_decimals_in_the_language() {
    // GDP-1-a: 3.4 hours a day, 113.2 % of the target.
    for (lang, hours, percent) in [
        ("fr", "3,4 (202/252)", format!("113,2{NBSP}%")),
        ("nl", "3,4 (202/252)", "113,2%".to_string()),
        ("en", "3.4 (202/252)", "113.2%".to_string()),
        ("de", "3,4 (202/252)", format!("113,2{NBSP}%")),
    ] {
        let out = report(&["--lang", lang]);
        assert!(out.contains(hours), "{lang}: {hours}");
        assert!(out.contains(&percent), "{lang}: {percent}");
    }
    // Without --lang, the plan's language: French.
    assert!(report(&[]).contains(&format!("113,2{NBSP}%")));
}

#[test]
fn the_as_of_date_is_a_long_date_in_each_language() {
    for (lang, heading) in [
        (
            "fr",
            "Rapport 2023 · molenbeek-saint-jean-2023 · situation au 30 juin 2023",
        ),
        (
            "nl",
            "Rapport 2023 · molenbeek-saint-jean-2023 · stand op 30 juni 2023",
        ),
        (
            "en",
            "Report 2023 · molenbeek-saint-jean-2023 · as of 30 June 2023",
        ),
        (
            "de",
            "Bericht 2023 · molenbeek-saint-jean-2023 · Stand: 30. Juni 2023",
        ),
    ] {
        for format in ["table", "markdown", "html"] {
            let out = report(&["--lang", lang, "--as-of", "2023-06-30", "--format", format]);
            assert!(out.contains(heading), "{lang} {format}: no `{heading}`");
            // The charts' points carry their dates for machines (`data-as-of`, `data-date`).
            let words = common::without_data_attributes(&out);
            assert!(
                !words.contains("2023-06-30"),
                "{lang} {format}: an ISO date left"
            );
        }
    }
    // The first of the month in French.
    let out = report(&["--lang", "fr", "--as-of", "2023-07-01"]);
    assert!(out.contains("situation au 1er juillet 2023"), "{out}");
}

#[test]
fn the_tree_speaks_the_language_asked_else_the_plans() {
    for (lang, handled, service, shares) in [
        (
            "fr",
            "[traité par Zone de Police]",
            "(service)",
            "[partage résultats de MEDLOC-4]",
        ),
        (
            "nl",
            "[opgevolgd door Zone de Police]",
            "(dienst)",
            "[deelt resultaten van MEDLOC-4]",
        ),
        (
            "en",
            "[handled by Zone de Police]",
            "(service)",
            "[shares results of MEDLOC-4]",
        ),
        (
            "de",
            "[zuständig: Zone de Police]",
            "(Dienst)",
            "[teilt Ergebnisse von MEDLOC-4]",
        ),
    ] {
        let out = stdout(plan().args(["tree", "--lang", lang, "plans"]));
        for words in [handled, service, shares] {
            assert!(out.contains(words), "{lang}: no `{words}` in\n{out}");
        }
    }
    let default = stdout(plan().args(["tree", "plans"]));
    assert!(default.contains("[traité par Zone de Police]"), "{default}");
    // The language of messages does not choose the tree's: the plan's does.
    let dutch_user = stdout(plan().args(["tree", "plans"]).env("LANG", "nl_BE.UTF-8"));
    assert_eq!(dutch_user, default);
}

#[test]
fn export_with_lang_de_has_german_headers_and_status_words() {
    let csv = stdout(plan().args([
        "export", "--year", "2023", "--lang", "de", "plans", "examples",
    ]));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "plan_id,gemeinde,jahr,zeitraum,bereich_id,bereich,allgemeines_ziel_id,\
         allgemeines_ziel,strategisches_ziel_id,strategisches_ziel,dienst,operatives_ziel_id,\
         operatives_ziel,indikator_id,indikator,ziel,ziel_operator,ziel_wert,ziel_einheit,\
         ziel_zeitraum,ausgangswert,ist_wert,zielerreichung_pct,status,zeitraeume_erreicht,\
         zeitraeume,messungen,bemerkungen,kommentar,massnahme"
    );
    let body: String = lines.collect::<Vec<_>>().join("\n");
    for word in [
        ",erreicht,",
        ",teilweise erreicht,",
        ",nicht erreicht,",
        ",keine Daten,",
    ] {
        assert!(body.contains(word), "no `{word}`");
    }
    let json = stdout(plan().args([
        "export", "--year", "2023", "--lang", "de", "--format", "json", "plans", "examples",
    ]));
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rows[0]["indikator_id"], "GDP-1-a");
    assert_eq!(rows[0]["status"], "erreicht");
    // ISO dates and plain numbers stay: a machine format keeps its numbers.
    assert_eq!(rows[0]["jahr"], 2023);
    // Without --lang, SPEC's names and codes, whatever the language of messages.
    let plain = stdout(
        plan()
            .args(["export", "--year", "2023", "plans", "examples"])
            .env("LANG", "de_DE.UTF-8"),
    );
    assert!(plain.starts_with("plan_id,commune,year,period,sector_id,"));
    assert!(plain.contains(",met,") && !plain.contains("erreicht"));
}

#[test]
fn a_german_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("de.xlsx");
    plan()
        .args([
            "export", "--year", "2023", "--lang", "de", "plans", "examples", "-o",
        ])
        .arg(&path)
        .assert()
        .success();
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["Übersicht", "Indikatoren"]);
    let data = book.worksheet_range("Indikatoren").unwrap();
    let header: Vec<String> = data
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header[1], "Indikator");
    assert_eq!(header[5], "Status");
    assert_eq!(header[28], "Gemeinde");
    let summary = book.worksheet_range("Übersicht").unwrap();
    let texts: Vec<String> = summary
        .rows()
        .flat_map(|r| r.iter().map(|c| c.to_string()))
        .collect();
    for words in [
        "Übersicht nach Bereich",
        "Übersicht nach Dienst",
        "Bereich",
        "Gesamt",
        "teilweise erreicht",
    ] {
        assert!(
            texts.iter().any(|t| t == words),
            "no `{words}` in {texts:?}"
        );
    }
}

/// The words of `text`, lower case: letters, digits, `-` and apostrophes.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The words the plan and its measurements wrote (titles, labels, targets, services,
/// notes): French in the shipped plan, ignored by the stop-list.
fn plan_words() -> BTreeSet<String> {
    let json = stdout(plan().args([
        "export", "--year", "2023", "--format", "json", "plans", "examples",
    ]));
    let rows: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(&json).unwrap();
    let mut found: BTreeSet<String> = rows
        .iter()
        .flat_map(|row| {
            // The columns of words people wrote, not the codes of `plan` (`met`, `yes`).
            [
                "commune",
                "sector",
                "general_objective",
                "strategic_objective",
                "service",
                "operational_objective",
                "indicator",
                "target",
                "target_unit",
                "notes",
            ]
            .into_iter()
            .filter_map(|key| row[key].as_str())
            .flat_map(words)
            .collect::<Vec<_>>()
        })
        .collect();
    for code in ["met", "yes", "no", "not"] {
        assert!(
            !found.contains(code),
            "`{code}` is a word of the plan: the test is weaker"
        );
    }
    // What the export leaves out: the plan's title and who handles an objective.
    let yaml = std::fs::read_to_string("plans/molenbeek-saint-jean-2023.yaml").unwrap();
    for line in yaml.lines() {
        let line = line.trim_start().trim_start_matches("- ");
        for key in ["title:", "domain:", "handled_by:", "commune:"] {
            if let Some(value) = line.strip_prefix(key) {
                found.extend(words(value));
            }
        }
    }
    found
}

/// The text of an HTML page, without its tags, style sheet and drawings.
fn html_text(html: &str) -> String {
    let body = html.split("</style>").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn no_english_left_in_french_dutch_and_german_reports() {
    // English words of reports; those that are words of a language too are allowed there.
    let english = [
        "met",
        "partially",
        "not",
        "no",
        "data",
        "report",
        "as",
        "of",
        "handled",
        "by",
        "summary",
        "sector",
        "target",
        "actual",
        "attainment",
        "status",
        "indicator",
        "pro-rated",
        "shared",
        "with",
        "cell",
        "yes",
        "bars",
        "days",
        "weeks",
        "months",
        "quarters",
        "meeting",
        "distribution",
        "percentage",
        "the",
        "and",
        "up",
        "to",
        "vertical",
        "line",
        "marks",
        "total",
    ];
    let also = |lang: &str| -> &[&str] {
        match lang {
            // `Total`, `vertical` and `Service` are French too.
            "fr" => &["total", "vertical"],
            // Dutch: `sector`, `indicator`, `status`, `percentage`, `of` (or), `met` (with).
            "nl" => &["sector", "indicator", "status", "percentage", "of", "met"],
            // German: `Status`, `Indikator` is not `indicator`.
            "de" => &["status"],
            _ => &[],
        }
    };
    let theirs = plan_words();
    for lang in ["fr", "nl", "de"] {
        for format in ["table", "markdown", "html"] {
            let out = report(&["--lang", lang, "--as-of", "2023-06-30", "--format", format]);
            let text = if format == "html" {
                html_text(&out)
            } else {
                out
            };
            let left: Vec<&str> = english
                .iter()
                .copied()
                .filter(|w| !also(lang).contains(w))
                .filter(|w| !theirs.contains(*w))
                .filter(|w| words(&text).contains(*w))
                .collect();
            assert!(left.is_empty(), "{lang} {format}: English left: {left:?}");
        }
    }
}

#[test]
fn the_html_page_says_its_language() {
    for lang in LANGS {
        let out = report(&["--lang", lang, "--format", "html"]);
        assert!(out.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        assert!(
            out.contains(&format!("<article class=\"plan\" lang=\"{lang}\">")),
            "{lang}"
        );
    }
}
