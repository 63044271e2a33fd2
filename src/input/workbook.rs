//! Measurements in workbooks (SPEC §2.5): `.xlsx`, `.xls` and `.ods`, read with calamine
//! when the file is found. Each sheet whose header row names the measurement columns
//! (`indicator`, `date` or `period`, `value`, and `plan`, `note` — in English or in the
//! words of any language's entry workbook: `Indicateur`, `Datum`, `Période`, `Waarde`,
//! `Opmerking`…) is kept as a text, one line a row and its cells side by side, so that
//! findings quote the row; [`Sources`] knows which column of the line is which cell, and a
//! finding's place becomes that cell (`file.xlsx:GDP!E12`). Other sheets and columns are
//! ignored; rows whose value, note and comment are all empty are skipped (a template's
//! rows not filled in).
//!
//! The `comment` column (`Commentaire`, `Toelichting`, `Kommentar`) holds comments (SPEC
//! §2.4), handed on as YAML's are, placed at their cell: about the row's indicator, for
//! the row's period if it has one, else for its day's month (the checks make that the
//! year for a yes/no indicator), else for the year. A row with a comment and no value is
//! a comment alone. The plan is the row's `plan` cell, else the `Plan` row that `plan template`
//! writes above the header (or on another sheet, the instructions).
//!
//! Cells are read as people leave them: a date cell as its day (`2023-03-02`), a date
//! written as text `02/03/2023` as 2 March (day first), a number cell in its shortest
//! form, a text as written (a decimal comma is read by the one number rule of
//! `target::read_value`), a yes/no cell as `true`/`false`.
//!
//! Part of `input`: imports the leaves and its siblings [`super::source`] and
//! [`super::sink`].

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};

use super::sink::RecordSink;
use super::source::{SheetMap, Sources};
use crate::diagnostic::{Content, Diagnostic, Finding, WorkbookFault};
use crate::model::{Comment, Lang, Located, Measurement, RawValue};
use crate::place::{FileId, Pos};

/// The measurement columns, as CSV names them (SPEC §2.3).
/// And the comment column of the entry workbook (SPEC §2.4): a comment on the row's
/// indicator.
const COLUMNS: [&str; 7] = [
    "plan",
    "indicator",
    "date",
    "period",
    "value",
    "note",
    "comment",
];

/// The Fluent ids of the entry workbook's headers of [`COLUMNS`] (none for `plan`).
fn header_words(column: usize) -> Vec<String> {
    let mut words = vec![COLUMNS[column].to_string()];
    for lang in Lang::ALL {
        let word = match column {
            1 => crate::i18n::say!(*lang, "template-column-indicator"),
            2 => crate::i18n::say!(*lang, "template-column-date"),
            3 => crate::i18n::say!(*lang, "template-column-period"),
            4 => crate::i18n::say!(*lang, "template-column-value"),
            5 => crate::i18n::say!(*lang, "template-column-note"),
            6 => crate::i18n::say!(*lang, "template-column-comment"),
            _ => crate::i18n::say!(*lang, "template-plan"),
        };
        words.push(word.to_lowercase());
    }
    words
}

/// Between two cells of a row, in the text that findings quote.
const BETWEEN: &str = " │ ";

/// The rows of a sheet, as text: `(row, cells)` with 1-based rows, each cell's text at
/// its 1-based column (empty cells empty).
type Rows = Vec<(u32, Vec<String>)>;

/// A workbook read, before its sheets are sources: each sheet of measurements as text,
/// or why the workbook cannot be read. Made by [`read`] on any thread, kept by [`add`].
pub(super) type Read = Result<Vec<Sheet>, WorkbookFault>;

/// A sheet of measurements read from a workbook: its text, which cell is where, and the
/// measurement columns its header lacks.
pub(super) struct Sheet {
    text: String,
    map: SheetMap,
    missing: Vec<Vec<&'static str>>,
}

/// Reads a workbook found among the measurements (see the module doc): nothing is kept
/// yet, so that workbooks can be read side by side and kept in file order.
pub(super) fn read(path: &Path, bytes: &[u8]) -> Read {
    let sheets = cells(path, bytes)?;
    let words: Vec<Vec<String>> = (0..COLUMNS.len()).map(header_words).collect();
    let plan_word = &words[0];
    let headers: Vec<Option<(usize, [Option<u32>; 7])>> = sheets
        .iter()
        .map(|(_, rows)| header(rows, &words))
        .collect();
    // The plan that the workbook names, on a sheet that is not measurements.
    let named_plan = sheets
        .iter()
        .zip(&headers)
        .filter(|(_, h)| h.is_none())
        .find_map(|((_, rows), _)| plan_row(rows, rows.len(), plan_word));
    let mut kept = Vec::new();
    for ((name, rows), header) in sheets.iter().zip(headers) {
        let Some((at, index)) = header else { continue };
        let (text, starts) = as_text(rows);
        let header_line = rows[at].0;
        let sheet_plan = plan_row(rows, at, plan_word).map(|(row, column, id)| {
            let column = starts[row as usize - 1][column as usize - 1];
            Located::new(id.clone(), Pos::new(row, column, id.chars().count() as u32))
        });
        let plan = sheet_plan.or_else(|| {
            named_plan
                .as_ref()
                .map(|(_, _, id)| Located::new(id.clone(), Pos::new(header_line, 1, 1)))
        });
        let mut missing: Vec<Vec<&'static str>> = [1, 4]
            .iter()
            .filter(|c| index[**c].is_none())
            .map(|c| vec![COLUMNS[*c]])
            .collect();
        if index[2].is_none() && index[3].is_none() {
            missing.push(vec![COLUMNS[2], COLUMNS[3]]);
        }
        if index[0].is_none() && plan.is_none() {
            missing.push(vec![COLUMNS[0]]);
        }
        kept.push(Sheet {
            text,
            map: SheetMap {
                sheet: name.clone(),
                header: header_line,
                index,
                plan,
                starts,
            },
            missing,
        });
    }
    Ok(kept)
}

/// Keeps a workbook [`read`]: each sheet of measurements becomes a source of its own,
/// right after the workbook's, with the findings of its header; a workbook that cannot be
/// read, or holds no sheet of measurements, gets one finding.
pub(super) fn add(
    sources: &mut Sources,
    findings: &mut Vec<Diagnostic>,
    workbook: FileId,
    read: Read,
) -> Vec<FileId> {
    let sheets = match read {
        Ok(sheets) => sheets,
        Err(fault) => {
            findings.push(Diagnostic::whole(
                Finding::UnreadableWorkbook { fault },
                workbook,
            ));
            return Vec::new();
        }
    };
    let path = sources.path(workbook).to_path_buf();
    let mut files = Vec::new();
    for sheet in sheets {
        let header_line = sheet.map.header;
        let file = sources.add_sheet(path.clone(), sheet.text, sheet.map);
        for names in sheet.missing {
            findings.push(Diagnostic::new(
                Finding::MissingColumn { names },
                file,
                Pos::new(header_line, 1, 1),
            ));
        }
        files.push(file);
    }
    if files.is_empty() {
        findings.push(Diagnostic::whole(
            Finding::UnknownFileKind {
                content: Content::Workbook,
            },
            workbook,
        ));
    }
    files
}

/// Whether a sheet kept by [`add`] can be read: it names the columns a record needs.
pub(super) fn readable(map: &SheetMap) -> bool {
    map.index[1].is_some()
        && map.index[4].is_some()
        && (map.index[2].is_some() || map.index[3].is_some())
        && (map.index[0].is_some() || map.plan.is_some())
}

/// The cells of a workbook's sheets: name and rows, in the workbook's order.
fn cells(path: &Path, bytes: &[u8]) -> Result<Vec<(String, Rows)>, WorkbookFault> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    if name.starts_with("~$") {
        return Err(WorkbookFault::LockFile);
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    // An encrypted .xlsx or .ods is not a zip archive but an OLE compound file.
    let compound = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    if compound && extension != "xls" {
        return Err(WorkbookFault::Protected);
    }
    let cursor = Cursor::new(bytes);
    let mut sheets: calamine::Sheets<Cursor<&[u8]>> = match extension.as_str() {
        "xls" => calamine::open_workbook_from_rs(cursor)
            .map(calamine::Sheets::Xls)
            .map_err(|e| match e {
                calamine::XlsError::Password => WorkbookFault::Protected,
                _ => WorkbookFault::Corrupt,
            })?,
        "ods" => calamine::open_workbook_from_rs(cursor)
            .map(calamine::Sheets::Ods)
            .map_err(|e| match e {
                calamine::OdsError::Password => WorkbookFault::Protected,
                _ => WorkbookFault::Corrupt,
            })?,
        _ => calamine::open_workbook_from_rs(cursor)
            .map(calamine::Sheets::Xlsx)
            .map_err(|_| WorkbookFault::Corrupt)?,
    };
    let mut out = Vec::new();
    for name in sheets.sheet_names() {
        let range = sheets
            .worksheet_range(&name)
            .map_err(|_| WorkbookFault::Corrupt)?;
        let Some((first_row, first_column)) = range.start() else {
            out.push((name, Vec::new()));
            continue;
        };
        let mut rows = Vec::new();
        for (i, row) in range.rows().enumerate() {
            let mut cells: Vec<String> = vec![String::new(); first_column as usize];
            cells.extend(row.iter().map(cell_text));
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            if !cells.is_empty() {
                rows.push((first_row + i as u32 + 1, cells));
            }
        }
        out.push((name, rows));
    }
    Ok(out)
}

/// A cell's text as findings quote it and the checks read it.
fn cell_text(cell: &Data) -> String {
    let text = match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.trim().to_string(),
        Data::Float(n) => crate::target::canonical(*n),
        Data::Int(n) => n.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(date) => match date.as_datetime() {
            Some(at) if at.time() == chrono::NaiveTime::MIN => at.date().to_string(),
            Some(at) => at.format("%Y-%m-%d %H:%M").to_string(),
            None => date.as_f64().to_string(),
        },
        Data::DateTimeIso(text) => text.strip_suffix("T00:00:00").unwrap_or(text).to_string(),
        Data::DurationIso(text) => text.clone(),
        Data::Error(error) => error.to_string(),
    };
    // One line a row: a line break or tab in a cell is a space in the text quoted.
    text.replace(|c: char| c.is_control(), " ")
}

/// The header of a sheet: the first row (of the first 20) that names `indicator` and
/// `value`, and the column of each measurement column it names.
fn header(rows: &Rows, words: &[Vec<String>]) -> Option<(usize, [Option<u32>; 7])> {
    rows.iter()
        .take(20)
        .enumerate()
        .find_map(|(at, (_, cells))| {
            let mut index = [None; 7];
            for (c, cell) in cells.iter().enumerate() {
                let cell = cell.trim().to_lowercase();
                if let Some(column) = words.iter().position(|w| w.contains(&cell))
                    && index[column].is_none()
                {
                    index[column] = Some(c as u32 + 1);
                }
            }
            (index[1].is_some() && index[4].is_some()).then_some((at, index))
        })
}

/// The plan named above row `before` of a sheet: a row whose first cell is `Plan` and
/// whose next cell holds its id (row, column of the id, id).
fn plan_row(rows: &Rows, before: usize, plan_word: &[String]) -> Option<(u32, u32, String)> {
    rows[..before].iter().find_map(|(row, cells)| {
        let first = cells.iter().position(|c| !c.is_empty())?;
        let id = cells.get(first + 1).filter(|id| !id.is_empty())?;
        plan_word
            .contains(&cells[first].to_lowercase())
            .then(|| (*row, first as u32 + 2, id.clone()))
    })
}

/// A sheet as text, one line a row (rows with nothing a blank line), and the column in
/// its line where each cell starts.
fn as_text(rows: &Rows) -> (String, Vec<Vec<u32>>) {
    let last = rows.last().map_or(0, |(row, _)| *row);
    let mut text = String::new();
    let mut starts = vec![Vec::new(); last as usize];
    let mut lines = 0;
    for (row, cells) in rows {
        while lines + 1 < *row {
            text.push('\n');
            lines += 1;
        }
        lines += 1;
        let mut column = 1;
        let line = &mut starts[*row as usize - 1];
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                text.push_str(BETWEEN);
                column += BETWEEN.chars().count() as u32;
            }
            line.push(column);
            text.push_str(cell);
            column += cell.chars().count() as u32;
        }
        text.push('\n');
    }
    (text, starts)
}

/// Streams the records of a sheet kept by [`add`] to `sink`.
pub(super) fn stream(sources: &Sources, file: FileId, sink: &mut dyn RecordSink) {
    let Some(map) = sources.sheet(file) else {
        return;
    };
    if !readable(map) {
        return;
    }
    let text = sources.text(file);
    for (i, line) in text.lines().enumerate() {
        let row = i as u32 + 1;
        if row <= map.header {
            continue;
        }
        let starts = &map.starts[i];
        let cell = |c: usize| -> Option<Located<String>> {
            let column = map.index[c]? as usize;
            let start = *starts.get(column - 1)?;
            let width = starts.get(column).map_or(usize::MAX, |next| {
                (next - start) as usize - BETWEEN.chars().count()
            });
            let value: String = line.chars().skip(start as usize - 1).take(width).collect();
            let value = value.trim();
            let len = value.chars().count().max(1) as u32;
            (!value.is_empty()).then(|| Located::new(value.to_string(), Pos::new(row, start, len)))
        };
        let (value, note, comment) = (cell(4), cell(5), cell(6));
        if value.is_none() && note.is_none() && comment.is_none() {
            continue;
        }
        let empty = |c: usize| {
            let column = map.index[c].unwrap_or(1);
            let at = starts
                .get(column as usize - 1)
                .copied()
                .unwrap_or_else(|| line.chars().count() as u32 + 1);
            Diagnostic::new(
                Finding::EmptyCell { column: COLUMNS[c] },
                file,
                Pos::new(row, at, 1),
            )
        };
        let plan = cell(0).or_else(|| map.plan.clone());
        let indicator = cell(1);
        // A row with a comment alone is a comment; a note needs its value.
        let measured = value.is_some() || note.is_some();
        if plan.is_none() {
            sink.finding(empty(0));
        }
        if indicator.is_none() {
            sink.finding(empty(1));
        }
        if measured && value.is_none() {
            sink.finding(empty(4));
        }
        let (Some(plan), Some(indicator)) = (plan, indicator) else {
            continue;
        };
        let date = cell(2).map(|mut date| {
            date.value = day_first(&date.value).unwrap_or(date.value);
            date
        });
        if let Some(text) = comment {
            // A bad date is reported by the row's record, if it has one.
            let day = date
                .clone()
                .filter(|date| !measured || crate::calendar::parse_date(date.value.trim()).is_ok());
            if day.is_some() || date.is_none() || cell(3).is_some() {
                let comment = Comment {
                    pos: text.pos,
                    about: indicator.clone(),
                    period: cell(3),
                    text,
                    action: None,
                    day: day.filter(|_| cell(3).is_none()),
                };
                sink.comment(&plan, comment);
            }
        }
        let Some(value) = value else {
            continue;
        };
        let record = Measurement {
            pos: Pos::new(row, 1, 1),
            indicator,
            date,
            period: cell(3),
            value: Located::new(RawValue::Text(value.value), value.pos),
            note: note.map(|n| n.value),
        };
        sink.record(&plan, &record);
    }
}

/// A date written day first, `02/03/2023` (or with `.` or `-`), as `2023-03-02`.
fn day_first(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [day, month, year] = parts[..] else {
        return None;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    (digits(day, 1..=2) && digits(month, 1..=2) && digits(year, 4..=4))
        .then(|| format!("{year}-{month:0>2}-{day:0>2}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_written_day_first() {
        assert_eq!(day_first("02/03/2023").as_deref(), Some("2023-03-02"));
        assert_eq!(day_first("2.3.2023").as_deref(), Some("2023-03-02"));
        assert_eq!(day_first("2023-03-02"), None);
        assert_eq!(day_first("31/02/2023").as_deref(), Some("2023-02-31"));
    }

    #[test]
    fn rows_as_text() {
        let rows: Rows = vec![
            (1, vec!["Plan".into(), "demo".into()]),
            (3, vec!["a".into(), String::new(), "é".into()]),
        ];
        let (text, starts) = as_text(&rows);
        assert_eq!(text, "Plan │ demo\n\na │  │ é\n");
        assert_eq!(starts, [vec![1, 8], vec![], vec![1, 5, 8]]);
    }
}
