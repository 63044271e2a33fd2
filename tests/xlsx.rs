//! `plan export -o FILE.xlsx` read back with independent readers: calamine for sheet
//! names, cell values, bold headers and number formats; the zip's XML for the frozen
//! header and id column, the filter, the column widths, the print setup and the status
//! colours.

mod common;

use std::io::Read as _;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader as _, Xlsx, open_workbook};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Exports to `dir/out.xlsx` with `args` and returns the file's path.
fn export(dir: &Path, args: &[&str]) -> PathBuf {
    let path = dir.join("out.xlsx");
    common::plan()
        .current_dir(root())
        .args(["export", "--year", "2023"])
        .args(args)
        .arg("-o")
        .arg(&path)
        .assert()
        .success();
    path
}

/// A workbook read back: its sheet names and the cells of each sheet, from A1.
struct Book {
    xlsx: Xlsx<std::io::BufReader<std::fs::File>>,
    names: Vec<String>,
}

impl Book {
    fn open(path: &Path) -> Book {
        let xlsx: Xlsx<_> = open_workbook(path).unwrap();
        let names = xlsx.sheet_names();
        Book { xlsx, names }
    }

    /// The cells of sheet `n`, row by row from A1.
    fn cells(&mut self, n: usize) -> Vec<Vec<Data>> {
        let range = self.xlsx.worksheet_range(&self.names[n]).unwrap();
        assert_eq!(range.start(), Some((0, 0)));
        range.rows().map(<[Data]>::to_vec).collect()
    }

    /// The number format and boldness of a cell of sheet `n` (0-based row and column).
    fn style(&mut self, n: usize, row: usize, column: usize) -> (String, bool) {
        let styles = self.xlsx.worksheet_style(&self.names[n]).unwrap();
        let position = (u32::try_from(row).unwrap(), u32::try_from(column).unwrap());
        let style = styles.get(position).cloned().unwrap_or_default();
        let format = style.number_format.map(|f| f.format_code);
        let bold = style.font.is_some_and(|f| f.is_bold());
        (format.unwrap_or_default(), bold)
    }
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => panic!("unexpected cell {other:?}"),
    }
}

fn number(cell: &Data) -> f64 {
    match cell {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("not a number: {other:?}"),
    }
}

/// The column of `name` in a header row.
fn column(header: &[Data], name: &str) -> usize {
    header
        .iter()
        .position(|c| text(c) == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

/// The data row of an indicator.
fn row_of<'a>(cells: &'a [Vec<Data>], id_column: usize, id: &str) -> (usize, &'a [Data]) {
    cells
        .iter()
        .enumerate()
        .find(|(_, r)| text(&r[id_column]) == id)
        .map(|(i, r)| (i, r.as_slice()))
        .unwrap_or_else(|| panic!("no row {id}"))
}

fn xml(path: &Path, member: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(member)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn fixture_workbook_in_the_plans_language_with_formats() {
    let dir = tempfile::tempdir().unwrap();
    let path = export(dir.path(), &["tests/fixtures/attainment"]);
    let mut book = Book::open(&path);
    // The fixture's plan says `language: en`.
    assert_eq!(book.names, ["Summary", "Indicators"]);
    let cells = book.cells(1);
    assert_eq!(cells.len(), 8, "the header and 7 indicators");
    let header = &cells[0];
    assert_eq!(header.len(), 30);
    // The reader's columns first, headed for people; the plan's columns after them.
    let names: Vec<String> = header.iter().map(text).collect();
    assert_eq!(
        names[..7],
        [
            "Indicator id",
            "Indicator",
            "Target",
            "Actual",
            "Attainment",
            "Status",
            "Period"
        ]
    );
    assert_eq!(names[7..9], ["Comment", "Action"]);
    assert_eq!(names[27..], ["Plan", "Commune", "Year"]);
    for c in 0..header.len() {
        assert!(book.style(1, 0, c).1, "header cell {c} is bold");
    }
    let (id, pct, status, actual, year, target) = (
        column(header, "Indicator id"),
        column(header, "Attainment"),
        column(header, "Status"),
        column(header, "Actual"),
        column(header, "Year"),
        column(header, "Target applied"),
    );
    assert_eq!((id, pct, status, actual), (0, 4, 5, 3));
    // Status words, not codes: the workbook is for people.
    let statuses: Vec<String> = cells[1..].iter().map(|r| text(&r[status])).collect();
    assert_eq!(
        statuses,
        [
            "met",
            "partially met",
            "partially met",
            "met",
            "partially met",
            "no data",
            "partially met"
        ]
    );
    // Attainment as Excel percent: 50 % is 0.5, shown with one decimal.
    let (r, a2) = row_of(&cells, id, "A-2-a");
    assert_eq!(number(&a2[pct]), 0.5);
    assert_eq!(book.style(1, r, pct).0, "0.0%");
    assert_eq!(number(&a2[actual]), 6.0);
    assert_eq!(book.style(1, r, actual).0, "#,##0");
    assert_eq!(number(&a2[year]), 2023.0);
    assert_eq!(book.style(1, r, year).0, "0");
    let (_, b1) = row_of(&cells, id, "B-1-a");
    assert!((number(&b1[pct]) - 5.0 / 6.0).abs() < 1e-12);
    let (_, b1b) = row_of(&cells, id, "B-1-b");
    assert_eq!((&b1b[pct], &b1b[actual]), (&Data::Empty, &Data::Empty));
    let (_, a4) = row_of(&cells, id, "A-4-a");
    assert_eq!(text(&a4[target]), "yes");
    assert_eq!(text(&a2[column(header, "Target per")]), "year");
    // Text that looks like a formula is text in a workbook: written as it is.
    let (_, a1) = row_of(&cells, id, "A-1-a");
    assert_eq!(
        text(&a1[column(header, "Notes")]),
        "Maritime | =cmd|' /C calc'!A0"
    );
    let formulas = book.xlsx.worksheet_formula("Indicators").unwrap();
    assert!(
        formulas.used_cells().next().is_none(),
        "no formula anywhere"
    );

    // The summary, from the statuses above: GDP has A-1-a to A-4-a, SCAPI B-1-a to B-2-a;
    // the total in bold.
    let summary = book.cells(0);
    let lines: Vec<Vec<String>> = summary
        .iter()
        .map(|r| r.iter().map(text).collect())
        .collect();
    assert_eq!(lines[0][0], "Demo — Plan de démonstration");
    assert_eq!(lines[1][0], "Report 2023 · demo-2023");
    assert_eq!(lines[3][0], "Summary by sector");
    assert_eq!(
        lines[4],
        [
            "Sector",
            "met",
            "partially met",
            "not met",
            "no data",
            "Total"
        ]
    );
    assert_eq!(
        lines[5],
        [
            "S1 Police zone — handled by Zone de Police",
            "0",
            "0",
            "0",
            "0",
            "0"
        ]
    );
    assert_eq!(
        lines[6],
        ["S2 Crime and nuisances", "2", "4", "0", "1", "7"]
    );
    assert_eq!(lines[7], ["Total", "2", "4", "0", "1", "7"]);
    assert!(
        book.style(0, 7, 0).1 && book.style(0, 7, 5).1,
        "total in bold"
    );
    assert!(!book.style(0, 6, 1).1);
    assert_eq!(lines[9][0], "Summary by service");
    assert_eq!(lines[11], ["GDP", "2", "2", "0", "0", "4"]);
    assert_eq!(lines[12], ["SCAPI", "0", "2", "0", "1", "3"]);
    assert_eq!(lines[13], ["Total", "2", "4", "0", "1", "7"]);
    assert_eq!(lines.len(), 14);
    assert!(
        matches!(summary[13][5], Data::Float(_)),
        "counts are numbers"
    );
}

#[test]
fn frozen_header_filter_and_widths_in_the_xml() {
    let dir = tempfile::tempdir().unwrap();
    let path = export(dir.path(), &["tests/fixtures/attainment"]);
    let sheet = xml(&path, "xl/worksheets/sheet2.xml");
    assert!(
        sheet.contains(
            r#"<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>"#
        ),
        "the header and the id column frozen: {sheet}"
    );
    assert!(sheet.contains(r#"<autoFilter ref="A1:AD8"/>"#), "{sheet}");
    // Each column is at least as wide as its header and the filter button, at most 61.
    let widths: Vec<f64> = sheet
        .split("<col ")
        .skip(1)
        .flat_map(|col| {
            let attribute = |name: &str| -> f64 {
                let start = col.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                col[start..].split('"').next().unwrap().parse().unwrap()
            };
            let (min, max) = (attribute("min"), attribute("max"));
            std::iter::repeat_n(attribute("width"), (max - min) as usize + 1)
        })
        .collect();
    assert_eq!(widths.len(), 30);
    let header = plan::say!(
        plan::model::Lang::En,
        "workbook-column-operational-objective-id"
    );
    assert!(
        widths[19] >= (header.chars().count() + 3) as f64,
        "{widths:?}"
    );
    assert!(widths.iter().all(|w| (8.0..62.0).contains(w)), "{widths:?}");
    let summary = xml(&path, "xl/worksheets/sheet1.xml");
    assert!(
        !summary.contains("<autoFilter"),
        "the summary is for reading"
    );
}

#[test]
fn printed_on_landscape_a4_with_titles_and_status_colours() {
    let dir = tempfile::tempdir().unwrap();
    let path = export(dir.path(), &["tests/fixtures/attainment"]);
    for member in ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"] {
        let sheet = xml(&path, member);
        assert!(
            sheet.contains(r#"<pageSetup paperSize="9" fitToHeight="0" orientation="landscape""#),
            "{member}: {sheet}"
        );
        assert!(
            sheet.contains(r#"<pageSetUpPr fitToPage="1"/>"#),
            "{member}: {sheet}"
        );
    }
    // The rows sheet repeats its header and id column on every page, and prints the
    // reader's columns (A to I, up to the comment and the action).
    let workbook = xml(&path, "xl/workbook.xml");
    assert!(
        workbook.contains(r#"<definedName name="_xlnm.Print_Titles" localSheetId="1">Indicators!$A:$A,Indicators!$1:$1</definedName>"#),
        "{workbook}"
    );
    assert!(
        workbook.contains(r#"<definedName name="_xlnm.Print_Area" localSheetId="1">Indicators!$A$1:$I$8</definedName>"#),
        "{workbook}"
    );
    // The summary's title spans the tables' width, wrapped: printed whole.
    let summary = xml(&path, "xl/worksheets/sheet1.xml");
    assert!(summary.contains(r#"<mergeCell ref="A1:F1"/>"#), "{summary}");
    // The HTML report's palette: met green, partial orange, not met vermilion.
    let styles = xml(&path, "xl/styles.xml");
    for colour in ["FF009E73", "FFE69F00", "FFD55E00"] {
        assert!(
            styles.contains(&format!(r#"<fgColor rgb="{colour}"/>"#)),
            "{colour}: {styles}"
        );
    }
    // Each status cell has its status's fill: read back through calamine.
    let mut book = Book::open(&path);
    let cells = book.cells(1);
    let styles = book.xlsx.worksheet_style("Indicators").unwrap();
    let fill = |row: usize| {
        let style = styles.get((row as u32, 5)).cloned().unwrap_or_default();
        style
            .fill
            .and_then(|f| f.get_color())
            .map(|c| format!("{:02X}{:02X}{:02X}", c.red, c.green, c.blue))
    };
    for (r, row) in cells.iter().enumerate().skip(1) {
        let expected = match text(&row[5]).as_str() {
            "met" => Some("009E73"),
            "partially met" => Some("E69F00"),
            "not met" => Some("D55E00"),
            "no data" => None,
            other => panic!("status {other}"),
        };
        assert_eq!(fill(r).as_deref(), expected, "row {r}");
    }
}

#[test]
fn shipped_plan_workbook_is_in_french_and_agrees_with_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = export(dir.path(), &["plans", "examples"]);
    let mut book = Book::open(&path);
    assert_eq!(book.names, ["Synthèse", "Indicateurs"]);
    let cells = book.cells(1);
    assert_eq!(cells.len(), 32);
    let header = &cells[0];
    assert_eq!(text(&header[0]), "Id indicateur");
    // Headers for people, with their accents.
    for name in ["Période", "Réalisé", "Objectif général", "Cible appliquée"] {
        column(header, name);
    }
    let status = column(header, "Statut");
    let mut statuses: Vec<String> = cells[1..].iter().map(|r| text(&r[status])).collect();
    statuses.sort();
    statuses.dedup();
    assert_eq!(
        statuses,
        [
            "atteint",
            "non atteint",
            "non renseigné",
            "partiellement atteint"
        ]
    );
    // The summary sheet holds the same figures as the report's summaries.
    let report = common::plan()
        .current_dir(root())
        .args([
            "report", "--year", "2023", "--format", "markdown", "plans", "examples",
        ])
        .output()
        .unwrap();
    let report = String::from_utf8(report.stdout).unwrap();
    let markdown_rows: Vec<Vec<String>> = report
        .split_once("## Synthèse par secteur")
        .unwrap()
        .1
        // The summaries end where the watch list begins.
        .split("\n## ")
        .next()
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| ---"))
        .map(|l| {
            l.trim_matches(|c| c == '|' || c == ' ')
                .split(" | ")
                // A sector handled elsewhere: dashes in the report, zeros in the workbook.
                .map(|cell| if cell == "–" { "0" } else { cell }.to_string())
                .collect()
        })
        .collect();
    let summary: Vec<Vec<String>> = book
        .cells(0)
        .iter()
        .map(|r| r.iter().map(text).collect::<Vec<_>>())
        .filter(|r| r.len() == 6 && !r[1].is_empty())
        .collect();
    assert_eq!(summary, markdown_rows);
    assert_eq!(
        summary.last().unwrap(),
        &["Total", "18", "7", "5", "1", "31"]
    );
}

#[test]
fn lang_overrides_and_by_quarter_keeps_a_yearly_summary() {
    let dir = tempfile::tempdir().unwrap();
    let path = export(
        dir.path(),
        &[
            "--lang",
            "nl",
            "--by",
            "quarter",
            "--as-of",
            "2023-06-30",
            "tests/fixtures/attainment",
        ],
    );
    let mut book = Book::open(&path);
    assert_eq!(book.names, ["Overzicht", "Indicatoren"]);
    let cells = book.cells(1);
    assert_eq!(cells.len(), 1 + 7 * 2, "two quarters up to June 30");
    let header = &cells[0];
    let (id, period, status, target) = (
        column(header, "Id indicator"),
        column(header, "Periode"),
        column(header, "Status"),
        column(header, "Toegepast doel"),
    );
    let q1 = cells[1..]
        .iter()
        .find(|r| text(&r[id]) == "B-2-a" && text(&r[period]) == "2023-Q1")
        .unwrap();
    assert_eq!(text(&q1[status]), "behaald");
    // A yearly target pro-rated to the first quarter: 12·90/365, two decimals shown.
    let (r, _) = row_of(&cells, id, "A-2-a");
    assert!((number(&cells[r][target]) - 12.0 * 90.0 / 365.0).abs() < 1e-9);
    assert_eq!(book.style(1, r, target).0, "#,##0.00");
    // Yes/no and the periods in Dutch.
    let (_, a4) = row_of(&cells, id, "A-4-a");
    assert_eq!(text(&a4[target]), "ja");
    let (_, a1) = row_of(&cells, id, "A-1-a");
    assert_eq!(text(&a1[column(header, "Doel per")]), "dag");
    // The summary covers the year up to --as-of, as `plan report --as-of` does.
    let summary = book.cells(0);
    assert!(text(&summary[1][0]).ends_with("stand op 30 juni 2023"));
    let total = summary
        .iter()
        .rposition(|l| text(&l[0]) == "Totaal")
        .unwrap();
    let counts: Vec<f64> = summary[total][1..].iter().map(number).collect();
    // On June 30: A-1-a, A-3-a, B-1-a met; A-2-a, B-2-a partial; A-4-a not met.
    assert_eq!(counts, [3.0, 2.0, 1.0, 1.0, 7.0]);
}

/// Two runs a second apart write the same bytes: the workbook holds no time of its run
/// (its creation date is fixed), so a committed export changes only when its figures do.
#[test]
fn the_same_export_is_the_same_bytes() {
    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let first = std::fs::read(export(one.path(), &["plans", "examples"])).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let second = std::fs::read(export(two.path(), &["plans", "examples"])).unwrap();
    assert!(first == second, "two exports of the same files differ");
}
