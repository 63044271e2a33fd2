//! Issue 15, progress charts: each chart of the HTML report read back from its SVG (its
//! points' `data-period`/`data-value`, its as-of line, its yes/no markers) and compared
//! with `plan export --by month --format json` and with the measurements file; every SVG
//! parsed as XML and given a text alternative; the terminal's sparklines at 120 columns
//! and not at 80.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use quick_xml::events::{BytesStart, Event};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `plan` from the repository's root on the shipped plan and examples; its
/// standard output, after checking that it succeeded.
fn plan(args: &[&str], columns: &str) -> String {
    let output = common::plan()
        .current_dir(root())
        .args(args)
        .args(["plans", "examples"])
        .env("COLUMNS", columns)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "plan {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The rows of `plan export --year 2023 --format json` with `extra`, by indicator id,
/// each indicator's rows in period order.
fn export(extra: &[&str]) -> BTreeMap<String, Vec<Value>> {
    let mut args = vec!["export", "--year", "2023", "--format", "json"];
    args.extend_from_slice(extra);
    let rows: Vec<Value> = serde_json::from_str(&plan(&args, "100")).unwrap();
    let mut by_id: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for row in rows {
        let id = row["indicator_id"].as_str().unwrap().to_string();
        by_id.entry(id).or_default().push(row);
    }
    by_id
}

/// A point or marker of a chart.
#[derive(Debug, Clone, PartialEq)]
struct Mark {
    series: String,
    /// `data-period` of a point, `data-date` of a yes/no marker.
    when: String,
    value: String,
    /// `data-month-value` of a cumulative point: the month's own actual.
    month_value: Option<String>,
    /// The `<title>` inside it.
    title: String,
}

#[derive(Debug, Default)]
struct Chart {
    id: String,
    kind: String,
    aria_label: String,
    title: String,
    desc: Option<String>,
    as_of: Option<String>,
    marks: Vec<Mark>,
}

impl Chart {
    fn series(&self, name: &str) -> Vec<(String, f64)> {
        self.marks
            .iter()
            .filter(|m| m.series == name)
            .map(|m| (m.when.clone(), m.value.parse::<f64>().unwrap()))
            .collect()
    }
}

/// The character an entity of the page stands for: the page writes only these five.
fn entity(name: &str) -> &'static str {
    match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "#39" => "'",
        other => panic!("unexpected entity {other}"),
    }
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    let raw = e.try_get_attribute(name).unwrap()?;
    let raw = String::from_utf8(raw.value.to_vec()).unwrap();
    let mut out = String::new();
    let mut rest = raw.as_str();
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let end = rest[amp..].find(';').unwrap() + amp;
        out.push_str(entity(&rest[amp + 1..end]));
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// Every chart of an HTML report, each SVG parsed on its own as XML (well-formed: a
/// mismatched or unclosed element fails the test).
fn charts(html: &str) -> Vec<Chart> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg class=\"chart-svg\"") {
        let end = rest[start..].find("</svg>").unwrap() + start + "</svg>".len();
        found.push(parse(&rest[start..end]));
        rest = &rest[end..];
    }
    found
}

fn parse(svg: &str) -> Chart {
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut chart = Chart::default();
    // The open elements, and the text of the `<title>` being read.
    let mut open: Vec<(String, Option<Mark>)> = Vec::new();
    let mut text = String::new();
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{svg}"));
        match event {
            Event::Start(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                if name == "svg" {
                    chart.id = attr(&e, "data-indicator").unwrap();
                    chart.kind = attr(&e, "data-kind").unwrap();
                    assert_eq!(attr(&e, "role").as_deref(), Some("img"));
                    chart.aria_label = attr(&e, "aria-label").unwrap();
                }
                let mark = attr(&e, "data-series").map(|series| Mark {
                    series,
                    when: attr(&e, "data-period")
                        .or_else(|| attr(&e, "data-date"))
                        .unwrap(),
                    value: attr(&e, "data-value").unwrap(),
                    month_value: attr(&e, "data-month-value"),
                    title: String::new(),
                });
                text.clear();
                open.push((name, mark));
            }
            Event::Empty(e) => {
                assert!(
                    attr(&e, "data-series").is_none(),
                    "a point without a <title>: {svg}"
                );
                if let Some(date) = attr(&e, "data-as-of") {
                    chart.as_of = Some(date);
                }
            }
            Event::Text(t) => text.push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) => text.push_str(entity(&r.decode().unwrap())),
            Event::End(_) => {
                let (name, mark) = open.pop().unwrap();
                match (name.as_str(), open.last_mut()) {
                    ("title", Some((parent, Some(mark)))) if !parent.is_empty() => {
                        mark.title = text.clone();
                    }
                    ("title", Some((parent, None))) if parent == "svg" => {
                        chart.title = text.clone();
                    }
                    ("desc", _) => chart.desc = Some(text.clone()),
                    _ => {}
                }
                if let Some(mark) = mark {
                    assert!(!mark.title.is_empty(), "a point without a <title>: {svg}");
                    chart.marks.push(mark);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty(), "unclosed elements in {svg}");
    chart
}

fn number(value: &Value) -> Option<f64> {
    value.as_f64()
}

/// A chart's series: (period, value) in order.
type Series = Vec<(String, f64)>;

/// What a chart says is what the monthly export says, month by month; `last` is the
/// last month the export has (June with `--as-of 2023-06-30`).
fn check_numeric(chart: &Chart, months: &[Value], year: &Value) {
    let id = &chart.id;
    let periods: Vec<String> = months
        .iter()
        .map(|r| r["period"].as_str().unwrap().to_string())
        .collect();
    let targets: Vec<f64> = months
        .iter()
        .map(|r| number(&r["target_value"]).unwrap())
        .collect();
    let actuals: Vec<Option<f64>> = months.iter().map(|r| number(&r["actual"])).collect();
    // A yearly sum is pro-rated in each month, and only a yearly sum is.
    let yearly_sum = matches!(year["target_per"].as_str(), Some("" | "year"))
        && targets[0] != number(&year["target_value"]).unwrap();
    let expected_kind = if yearly_sum {
        "cumulative"
    } else {
        "per-month"
    };
    assert_eq!(chart.kind, expected_kind, "{id}");
    let (actual, target): (Series, Series) = if yearly_sum {
        let (mut a, mut t) = (0.0, 0.0);
        let mut actual = Vec::new();
        let mut target = Vec::new();
        for ((period, value), goal) in periods.iter().zip(&actuals).zip(&targets) {
            a += value.unwrap_or(0.0);
            t += goal;
            actual.push((period.clone(), a));
            target.push((period.clone(), t));
        }
        if actuals.iter().all(Option::is_none) {
            actual.clear();
        }
        (actual, target)
    } else {
        let actual = periods
            .iter()
            .zip(&actuals)
            .filter_map(|(p, v)| Some((p.clone(), (*v)?)))
            .collect();
        (actual, periods.iter().cloned().zip(targets).collect())
    };
    assert_eq!(chart.series("actual"), actual, "{id}: actual");
    // A cumulative point also carries its month's own actual, as the export has it.
    let month_values: Vec<Option<f64>> = chart
        .marks
        .iter()
        .filter(|m| m.series == "actual")
        .map(|m| m.month_value.as_ref().map(|v| v.parse().unwrap()))
        .collect();
    let expected: Vec<Option<f64>> = if yearly_sum {
        periods
            .iter()
            .zip(&actuals)
            .filter(|(p, _)| actual.iter().any(|(q, _)| q == *p))
            .map(|(_, v)| *v)
            .collect()
    } else {
        vec![None; actual.len()]
    };
    assert_eq!(month_values, expected, "{id}: data-month-value");
    assert_eq!(chart.series("target"), target, "{id}: target path");
    assert!(
        chart.marks.iter().all(|m| m.series != "measurement"),
        "{id}"
    );
}

/// The day a record of `period` (`2023`, `2023-Q4`, `2023-06`) counts on: its last.
fn last_day(period: &str) -> String {
    let (year, rest) = period.split_at(4);
    let year: i32 = year.parse().unwrap();
    let last_month = match rest.strip_prefix('-') {
        None => 12,
        Some(q) if q.starts_with('Q') => q[1..].parse::<u32>().unwrap() * 3,
        Some(m) => m.parse().unwrap(),
    };
    let next = if last_month == 12 {
        chrono::NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        chrono::NaiveDate::from_ymd_opt(year, last_month + 1, 1)
    };
    next.unwrap().pred_opt().unwrap().to_string()
}

/// The yes/no measurements of the examples, by indicator: (date, value) in date order.
fn yes_no_measurements() -> BTreeMap<String, Vec<(String, bool)>> {
    let text = std::fs::read_to_string(root().join("examples/measurements-2023.yaml")).unwrap();
    let file: Value = serde_saphyr::from_str(&text).unwrap();
    let mut out: BTreeMap<String, Vec<(String, bool)>> = BTreeMap::new();
    for record in file["measurements"].as_array().unwrap() {
        let value = match record["value"].as_str() {
            Some("oui" | "yes" | "ja" | "true") => true,
            Some("non" | "no" | "nee" | "false") => false,
            _ => continue,
        };
        let date = match (record["date"].as_str(), record["period"].as_str()) {
            (Some(date), _) => date.to_string(),
            (None, Some(period)) => last_day(period),
            (None, None) => panic!("a record with neither date nor period"),
        };
        out.entry(record["indicator"].as_str().unwrap().to_string())
            .or_default()
            .push((date, value));
    }
    for marks in out.values_mut() {
        marks.sort();
    }
    out
}

/// The yes/no chart's markers are the measurements up to `until`, and each month's
/// export row holds the value of its month's last marker.
fn check_yes_no(chart: &Chart, months: &[Value], measured: &[(String, bool)], until: &str) {
    let id = &chart.id;
    assert_eq!(chart.kind, "yes-no", "{id}");
    let marks: Vec<(String, bool)> = chart
        .marks
        .iter()
        .map(|m| {
            assert_eq!(m.series, "measurement", "{id}");
            (m.when.clone(), m.value == "yes")
        })
        .collect();
    let expected: Vec<(String, bool)> = measured
        .iter()
        .filter(|(date, _)| date.as_str() <= until)
        .cloned()
        .collect();
    assert_eq!(marks, expected, "{id}");
    for row in months {
        let period = row["period"].as_str().unwrap();
        let last = marks
            .iter()
            .rev()
            .find(|(date, _)| date.starts_with(period));
        let actual = row["actual"].as_str();
        assert_eq!(
            actual,
            last.map(|(_, v)| if *v { "yes" } else { "no" }),
            "{id} {period}"
        );
    }
}

/// The charts of the HTML report with `extra` against the exports with the same options.
fn charts_match_the_monthly_export(extra: &[&str], last_month: &str, until: &str) {
    let mut args = vec!["report", "--year", "2023", "--format", "html"];
    args.extend_from_slice(extra);
    let html = plan(&args, "100");
    let charts = charts(&html);
    let mut by_month_args = vec!["--by", "month"];
    by_month_args.extend_from_slice(extra);
    let months = export(&by_month_args);
    let years = export(extra);
    let measured = yes_no_measurements();
    // One chart an indicator, each once.
    let mut ids: Vec<&str> = charts.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    let charted = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), charted, "an indicator charted twice");
    assert_eq!(ids, years.keys().map(String::as_str).collect::<Vec<_>>());
    let (mut numeric, mut yes_no) = (0, 0);
    for chart in &charts {
        let id = &chart.id;
        let rows = &months[id];
        assert_eq!(
            rows.last().unwrap()["period"].as_str(),
            Some(last_month),
            "{id}"
        );
        // A text alternative, in the report's language.
        assert!(
            chart.title.starts_with(id.as_str()),
            "{id}: {}",
            chart.title
        );
        assert_eq!(chart.aria_label, chart.title, "{id}");
        assert!(chart.desc.is_some(), "{id}");
        assert!(
            chart
                .marks
                .iter()
                .all(|m| m.when.as_str() <= until && m.when.as_str() >= "2023-01"),
            "{id}: a point after {until}"
        );
        match extra.iter().position(|a| *a == "--as-of") {
            Some(i) => assert_eq!(chart.as_of.as_deref(), Some(extra[i + 1]), "{id}"),
            None => assert_eq!(chart.as_of, None, "{id}"),
        }
        let year = &years[id][0];
        if matches!(year["target_value"].as_str(), Some("yes" | "no")) {
            let none = Vec::new();
            check_yes_no(chart, rows, measured.get(id).unwrap_or(&none), until);
            yes_no += 1;
        } else {
            check_numeric(chart, rows, year);
            numeric += 1;
        }
    }
    assert_eq!((numeric, yes_no), (21, 10), "the shipped plan's indicators");
}

#[test]
fn charts_are_the_monthly_export() {
    charts_match_the_monthly_export(&[], "2023-12", "2023-12-31");
}

#[test]
fn charts_as_of_june_stop_at_june_and_mark_the_date() {
    charts_match_the_monthly_export(&["--as-of", "2023-06-30"], "2023-06", "2023-06-30");
}

#[test]
fn chart_texts_are_in_the_report_language() {
    let html = plan(
        &[
            "report",
            "--year",
            "2023",
            "--format",
            "html",
            "--as-of",
            "2023-06-30",
        ],
        "100",
    );
    let charts = charts(&html);
    let gdp2 = charts.iter().find(|c| c.id == "GDP-2-a").unwrap();
    assert!(
        gdp2.title.starts_with("GDP-2-a : cumul ")
            && gdp2
                .title
                .contains(" au 30 juin 2023, objectif au prorata "),
        "{}",
        gdp2.title
    );
    assert!(html.contains(">janv.</text>") && html.contains(">déc.</text>"));
    assert!(html.contains(">au 30 juin 2023</text>"));
    let english = plan(
        &[
            "report", "--year", "2023", "--format", "html", "--lang", "en",
        ],
        "100",
    );
    assert!(english.contains(">Jan</text>") && english.contains("Pro-rated target"));
    // Nothing fetched and no script: only the generic font family.
    for chart in html.split("<svg class=\"chart-svg\"").skip(1) {
        let svg = &chart[..chart.find("</svg>").unwrap()];
        assert!(!svg.contains("<script") && !svg.contains("href") && !svg.contains("url("));
        assert!(svg.contains("font-family=\"sans-serif\""));
    }
}

const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// The sparkline under an indicator's actual in the table: the line after its row in
/// its service's table (the watch list, before the sections, names it without one).
fn sparkline_of(table: &str, id: &str) -> Option<String> {
    let lines: Vec<&str> = table.lines().collect();
    lines
        .windows(2)
        .filter(|pair| pair[0].contains(&format!("│ {id} ")))
        .find_map(|pair| {
            pair[1]
                .split('┆')
                .map(str::trim)
                .find(|cell| {
                    cell.chars().all(|c| BLOCKS.contains(&c) || c == '·') && !cell.is_empty()
                })
                .map(str::to_string)
        })
}

#[test]
fn sparklines_at_120_columns_not_at_80() {
    let wide = plan(&["report", "--year", "2023"], "120");
    let months = export(&["--by", "month"]);
    let mut seen = 0;
    for (id, rows) in &months {
        let values: Vec<Option<f64>> = rows.iter().map(|r| number(&r["actual"])).collect();
        let line = sparkline_of(&wide, id);
        if rows[0]["target_value"].is_string() || values.iter().all(Option::is_none) {
            assert_eq!(line, None, "{id}: no sparkline for yes/no or no data");
            continue;
        }
        // The months' values on eight levels from zero to the largest month.
        let max = values.iter().flatten().copied().fold(0.0, f64::max);
        let expected: String = values
            .iter()
            .map(|v| match v {
                None => '·',
                Some(_) if max <= 0.0 => BLOCKS[0],
                Some(v) => BLOCKS[(v / max * 7.0).round() as usize],
            })
            .collect();
        assert_eq!(line.as_deref(), Some(expected.as_str()), "{id}");
        seen += 1;
    }
    assert_eq!(seen, 21, "every numeric indicator of the examples has data");
    let narrow = plan(&["report", "--year", "2023"], "80");
    assert!(
        !narrow.chars().any(|c| BLOCKS.contains(&c)),
        "no sparkline at 80 columns"
    );
}
