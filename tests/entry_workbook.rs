//! `plan template` and measurements read back from workbooks (SPEC §2.5): a template
//! filled in as a service would — values typed into its entry cells, a row added at the
//! bottom, one cell left wrong — exports the same as the same records written as YAML,
//! and the wrong cell is reported at its sheet and cell.

mod common;

use std::path::Path;

use calamine::{Data, Reader as _, open_workbook_auto};
use chrono::NaiveDate;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

const PLAN: &str = "plans/molenbeek-saint-jean-2023.yaml";

fn template(dir: &Path, extension: &str) -> std::path::PathBuf {
    let path = dir.join(format!("template.{extension}"));
    common::plan()
        .args(["template", "--year", "2023", "-o"])
        .arg(&path)
        .arg(PLAN)
        .assert()
        .success();
    path
}

/// A sheet of the template as calamine reads it: each cell at its 0-based row, column.
type Cells = Vec<(u32, u32, Data)>;

fn sheets(path: &Path) -> Vec<(String, Cells)> {
    let mut book = open_workbook_auto(path).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let cells = range
                .cells()
                .filter(|(_, _, d)| **d != Data::Empty)
                .map(|(r, c, d)| (r as u32 + r0, c as u32 + c0, d.clone()))
                .collect();
            (name, cells)
        })
        .collect()
}

/// A value typed by a service: a number cell, a text, or a date cell.
#[derive(Clone)]
enum Typed {
    Number(f64),
    Text(&'static str),
    Date(u32, u32),
}

/// A value typed in at (sheet, row, column).
type Entry = (usize, u32, u16, Typed);

/// Writes a copy of the template's sheets with `entries` typed in.
fn filled(sheets: &[(String, Cells)], entries: &[Entry], path: &Path) {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (s, (name, cells)) in sheets.iter().enumerate() {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, c, d) in cells {
            let c = *c as u16;
            match d {
                Data::String(t) => sheet.write_string(*r, c, t).map(|_| ()),
                Data::Float(n) => sheet.write_number(*r, c, *n).map(|_| ()),
                Data::Int(n) => sheet.write_number(*r, c, *n as f64).map(|_| ()),
                Data::DateTime(d) => sheet
                    .write_datetime_with_format(
                        *r,
                        c,
                        ExcelDateTime::from_serial_datetime(d.as_f64()).unwrap(),
                        &date,
                    )
                    .map(|_| ()),
                other => panic!("unexpected cell {other:?}"),
            }
            .unwrap();
        }
        for (_, r, c, typed) in entries.iter().filter(|e| e.0 == s) {
            match typed {
                Typed::Number(n) => sheet.write_number(*r, *c, *n).map(|_| ()),
                Typed::Text(t) => sheet.write_string(*r, *c, *t).map(|_| ()),
                Typed::Date(m, d) => sheet
                    .write_datetime_with_format(
                        *r,
                        *c,
                        ExcelDateTime::from_ymd(2023, *m as u8, *d as u8).unwrap(),
                        &date,
                    )
                    .map(|_| ()),
            }
            .unwrap();
        }
    }
    book.save(path).unwrap();
}

fn text_at(cells: &Cells, row: u32, column: u32) -> Option<String> {
    cells
        .iter()
        .find(|(r, c, _)| (*r, *c) == (row, column))
        .map(|(_, _, d)| match d {
            Data::String(s) => s.clone(),
            Data::DateTime(d) => d.as_datetime().unwrap().date().to_string(),
            // OpenDocument's dates, as calamine reads them: `2023-01-01T00:00:00`.
            Data::DateTimeIso(d) => d[..10].to_string(),
            other => other.to_string(),
        })
}

fn export(paths: &[&Path]) -> String {
    let out = common::plan()
        .args(["export", "--year", "2023", "--format", "json", PLAN])
        .args(paths)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The .ods template itself, its entry cells typed in with spreadsheet-ods (which keeps
/// everything else of the file as it was).
fn filled_ods(template: &Path, entries: &[Entry], path: &Path) {
    let mut book = spreadsheet_ods::read_ods(template).unwrap();
    for (s, r, c, typed) in entries {
        let sheet = book.sheet_mut(*s);
        let (r, c) = (*r, u32::from(*c));
        match typed {
            Typed::Number(n) => sheet.set_value(r, c, *n),
            Typed::Text(t) => sheet.set_value(r, c, *t),
            Typed::Date(m, d) => sheet.set_value(
                r,
                c,
                NaiveDate::from_ymd_opt(2023, *m, *d)
                    .unwrap()
                    .and_hms_opt(0, 0, 0)
                    .unwrap(),
            ),
        }
    }
    spreadsheet_ods::write_ods(&mut book, path).unwrap();
}

/// What a service types into the template, and the same records written as YAML: in
/// each service's sheet its first rows (a number cell, a decimal comma in a text, a
/// note; for a milestone its date as text, day first, and `Oui`), and a row added at
/// the bottom.
///
/// And comments typed in the comment column, with the same comments in YAML and the
/// `comment` cell each is expected in (indicator id, cell): on the first row (its
/// period, the month of its day, or the year for a milestone), and on a later row of
/// another period with no value (a comment alone).
fn typed_in(sheets: &[(String, Cells)]) -> (Vec<Entry>, String, Vec<(String, String)>) {
    let mut entries = Vec::new();
    let mut yaml = String::from("plan: molenbeek-saint-jean-2023\nmeasurements:\n");
    let mut comments = String::from("comments:\n");
    let mut expected: Vec<(String, String)> = Vec::new();
    for (s, (_, cells)) in sheets.iter().enumerate().skip(1) {
        assert_eq!(text_at(cells, 2, 0).as_deref(), Some("Indicateur"));
        assert_eq!(text_at(cells, 2, 5).as_deref(), Some("Valeur"));
        assert_eq!(text_at(cells, 2, 7).as_deref(), Some("Commentaire"));
        // The period a comment on a row is about: the row's period, its day's month, or
        // (None) the year.
        let period_of = |row: u32| match (text_at(cells, row, 3), text_at(cells, row, 4)) {
            (_, Some(p)) => Some(p),
            (Some(d), None) => Some(d[..7].to_string()),
            (None, None) => None,
        };
        let first_id = text_at(cells, 3, 0).unwrap();
        let first_period = period_of(3);
        let text: &'static str = Box::leak(format!("Explication {s}").into_boxed_str());
        entries.push((s, 3, 7, Typed::Text(text)));
        comments.push_str(&format!("  - about: {first_id}\n"));
        if let Some(p) = &first_period {
            comments.push_str(&format!("    period: {p}\n"));
        }
        comments.push_str(&format!("    text: {text}\n"));
        let mut cell = match &first_period {
            Some(p) => format!("{p}: {text}"),
            None => text.to_string(),
        };
        // A comment alone, on a later row of the same indicator and another period.
        let alone = (5..40).find(|r| {
            text_at(cells, *r, 0).as_ref() == Some(&first_id)
                && period_of(*r).is_some_and(|p| Some(&p) != first_period.as_ref())
        });
        if let Some(r) = alone {
            let p = period_of(r).unwrap();
            let text: &'static str = Box::leak(format!("Seul {s}").into_boxed_str());
            entries.push((s, r, 7, Typed::Text(text)));
            comments.push_str(&format!(
                "  - about: {first_id}\n    period: {p}\n    text: {text}\n"
            ));
            cell.push_str(&format!(" | {p}: {text}"));
        }
        expected.push((first_id, cell));
        let id = text_at(cells, 3, 0).unwrap();
        let date = text_at(cells, 3, 3);
        let period = text_at(cells, 3, 4);
        let when = match (&date, &period) {
            (Some(d), _) => format!("date: {d}"),
            (None, Some(p)) => format!("period: {p}"),
            (None, None) => {
                // A yes/no milestone: its date typed as text, day first.
                entries.push((s, 3, 3, Typed::Text("30/06/2023")));
                "date: 2023-06-30".to_string()
            }
        };
        let milestone = date.is_none() && period.is_none();
        let (value, yaml_value) = if milestone {
            (Typed::Text("Oui"), "oui")
        } else {
            (Typed::Number(4.0), "4")
        };
        entries.push((s, 3, 5, value));
        yaml.push_str(&format!(
            "  - indicator: {id}\n    {when}\n    value: {yaml_value}\n"
        ));
        if !milestone {
            // The next row: a decimal comma in a text, and a note.
            let id = text_at(cells, 4, 0).unwrap();
            let when = match (text_at(cells, 4, 3), text_at(cells, 4, 4)) {
                (Some(d), _) => format!("date: {d}"),
                (None, Some(p)) => format!("period: {p}"),
                (None, None) => continue,
            };
            if id == text_at(cells, 3, 0).unwrap() {
                entries.push((s, 4, 5, Typed::Text("2,5")));
                entries.push((s, 4, 6, Typed::Text("Quartier Maritime")));
                yaml.push_str(&format!(
                    "  - indicator: {id}\n    {when}\n    value: 2.5\n    note: Quartier Maritime\n"
                ));
            }
        }
        // A row added at the bottom: indicator, a date cell, a number.
        let last = cells.iter().map(|(r, _, _)| *r).max().unwrap();
        if !milestone {
            entries.push((
                s,
                last + 3,
                0,
                Typed::Text(Box::leak(id.clone().into_boxed_str())),
            ));
            entries.push((s, last + 3, 3, Typed::Date(3, 2)));
            entries.push((s, last + 3, 5, Typed::Number(1.0)));
            entries.push((s, last + 3, 6, Typed::Text("ajout")));
            let target = text_at(cells, 3, 2).unwrap();
            // A record by day is finer than any target: it is read whatever the target.
            let _ = target;
            yaml.push_str(&format!(
                "  - indicator: {id}\n    date: 2023-03-02\n    value: 1\n    note: ajout\n"
            ));
        }
    }
    yaml.push_str(&comments);
    (entries, yaml, expected)
}

/// The `comment` cell of each indicator's row in a JSON export.
fn comment_cells(export: &str) -> Vec<(String, String)> {
    let json: serde_json::Value = serde_json::from_str(export).unwrap();
    let rows = json.as_array().expect("rows in the export");
    rows.iter()
        .filter_map(|row| {
            let comment = row["comment"].as_str()?;
            Some((
                row["indicator_id"].as_str()?.to_string(),
                comment.to_string(),
            ))
        })
        .collect()
}

/// `plan validate --format short` of a workbook that must fail: its findings.
fn failing_validation(book: &Path) -> String {
    let out = common::plan()
        .args(["validate", "--format", "short", PLAN])
        .arg(book)
        .output()
        .unwrap();
    let short = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{short}");
    short
}

/// Fills the template of `extension` with `fill`, exports it, and compares; then leaves
/// one cell wrong and looks for it at its sheet and cell.
fn round_trip(extension: &str, fill: impl Fn(&Path, &[(String, Cells)], &[Entry], &Path)) {
    let dir = tempfile::tempdir().unwrap();
    let template = template(dir.path(), extension);
    let sheets = sheets(&template);
    assert_eq!(sheets[0].0, "Instructions");
    let (mut entries, yaml, comments) = typed_in(&sheets);
    let book = dir.path().join(format!("mesures.{extension}"));
    fill(&template, &sheets, &entries, &book);
    let records = dir.path().join("mesures.yaml");
    std::fs::write(&records, &yaml).unwrap();
    let from_book = export(&[&book]);
    assert_eq!(from_book, export(&[&records]));
    assert!(from_book.contains("\"measurements\": 3"), "{from_book}");
    // Comments alone were typed, and a milestone's comment is the year's (no period).
    assert!(
        comments.iter().any(|(_, c)| c.contains(" | ")),
        "{comments:?}"
    );
    assert!(
        comments.iter().any(|(_, c)| c.starts_with("Explication")),
        "{comments:?}"
    );
    assert!(
        comments.iter().any(|(_, c)| c.starts_with("2023-01: ")),
        "{comments:?}"
    );
    let mut found = comment_cells(&from_book);
    let mut comments = comments;
    found.sort();
    comments.sort();
    assert_eq!(found, comments);

    // The same comment typed twice: the second is reported at its cell.
    let sheet = 1;
    let first = entries
        .iter()
        .position(|e| e.0 == sheet && e.2 == 7)
        .unwrap();
    let last = sheets[sheet].1.iter().map(|(r, _, _)| *r).max().unwrap();
    let id: &'static str = Box::leak(text_at(&sheets[sheet].1, 3, 0).unwrap().into_boxed_str());
    let mut twice = entries.clone();
    twice.push((sheet, last + 5, 0, Typed::Text(id)));
    for c in [3, 4] {
        if let Some(t) = text_at(&sheets[sheet].1, 3, c as u32) {
            let t: &'static str = Box::leak(t.into_boxed_str());
            twice.push((sheet, last + 5, c, Typed::Text(t)));
        }
    }
    twice.push((sheet, last + 5, 7, entries[first].3.clone()));
    fill(&template, &sheets, &twice, &book);
    let short = failing_validation(&book);
    let place = format!("mesures.{extension}:{}!H{}", sheets[sheet].0, last + 6);
    assert!(short.contains(&format!("{place}: error[E304]")), "{short}");
    assert_eq!(short.lines().count(), 1, "{short}");

    // One cell left wrong: a negative value, reported at its sheet and cell.
    let sheet = 1;
    entries.push((sheet, 3, 5, Typed::Text("-2")));
    fill(&template, &sheets, &entries, &book);
    let short = failing_validation(&book);
    let name = &sheets[sheet].0;
    let place = format!("mesures.{extension}:{name}!F4");
    assert!(short.contains(&format!("{place}: error[E204]")), "{short}");
    let human = common::plan()
        .args(["validate", PLAN])
        .arg(&book)
        .output()
        .unwrap();
    let human =
        String::from_utf8(human.stderr).unwrap() + &String::from_utf8(human.stdout).unwrap();
    assert!(human.contains(&place), "{human}");
    assert!(human.contains("│ -2"), "{human}");
}

#[test]
fn a_filled_template_exports_as_its_records_in_yaml_and_its_wrong_cell_is_placed() {
    round_trip("xlsx", |_, sheets, entries, book| {
        filled(sheets, entries, book)
    });
}

#[test]
fn a_filled_ods_template_exports_as_its_records_in_yaml_and_its_wrong_cell_is_placed() {
    round_trip("ods", |template, _, entries, book| {
        filled_ods(template, entries, book)
    });
}

#[test]
fn workbooks_that_cannot_be_read_get_one_finding() {
    let dir = tempfile::tempdir().unwrap();
    let lock = dir.path().join("~$mesures.xlsx");
    std::fs::write(&lock, b"\x0bJean       ").unwrap();
    let broken = dir.path().join("cassé.ods");
    std::fs::write(&broken, b"PK\x03\x04 not really").unwrap();
    let out = common::plan()
        .args(["validate", "--format", "short", PLAN])
        .arg(&lock)
        .arg(&broken)
        .output()
        .unwrap();
    let short = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = short.lines().collect();
    assert_eq!(lines.len(), 2, "{short}");
    assert!(
        lines.iter().any(|l| l.ends_with(
            "cassé.ods: error[E009]: a damaged workbook, or not a workbook: it cannot be read"
        )),
        "{short}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("~$mesures.xlsx: error[E009]: the lock file")),
        "{short}"
    );
}
