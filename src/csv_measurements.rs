//! Measurements in CSV (SPEC §2.3): header `plan,indicator,date,period,value,note`,
//! `,` or `;` separated; findings point at the row and column of the field. A bad row
//! is reported and skipped; the other rows are still read and checked.

use crate::diagnostic::{Code, Diagnostic, FileId};
use crate::lines::LineIndex;
use crate::model::Lang;
use crate::model::{Located, Measurement, Pos, RawValue};

const COLUMNS: [&str; 6] = ["plan", "indicator", "date", "period", "value", "note"];
const REQUIRED: [usize; 3] = [0, 1, 4];

fn header_help() -> String {
    format!("the header is {}", COLUMNS.join(","))
}

/// Parses a CSV measurements file (byte-order mark already removed): the records that
/// could be read, and the findings.
pub fn parse(text: &str, file: FileId) -> (Vec<Measurement>, Vec<Diagnostic>) {
    let header_line = text.lines().next().unwrap_or("");
    let delimiter = if header_line.contains(';') && !header_line.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut findings = Vec::new();
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(|h| h.trim().to_string()).collect(),
        Err(err) => {
            return (
                Vec::new(),
                vec![csv_error(&err, text, &LineIndex::new(text), file)],
            );
        }
    };
    // Not measurements at all: an empty file, or what `plan export` wrote (its first
    // column is `plan_id`, or its translation with `--lang`).
    let export_first =
        [Lang::Fr, Lang::Nl, Lang::En].map(|lang| crate::i18n::label(lang, "plan_id"));
    let not_measurements = if text.trim().is_empty() {
        Some((Pos::new(1, 1, 1), "the file is empty", header_help()))
    } else if header
        .first()
        .is_some_and(|c| export_first.contains(&c.as_str()))
    {
        Some((
            Pos::new(1, 1, 7),
            "this CSV file is an export of `plan export`, not measurements",
            "keep exports out of the folders given to `plan`, or name the files to read".into(),
        ))
    } else {
        None
    };
    if let Some((pos, message, help)) = not_measurements {
        let finding = Diagnostic::new(Code::UnknownFileKind, file, pos, message).help(help);
        return (Vec::new(), vec![finding]);
    }
    let mut index = [None; 6];
    for (i, name) in header.iter().enumerate() {
        let pos = field_pos(text, 0, 1, delimiter, i, name);
        match COLUMNS.iter().position(|c| c == name) {
            Some(c) if index[c].is_none() => index[c] = Some(i),
            Some(_) => findings.push(Diagnostic::new(
                Code::DuplicateKey,
                file,
                pos,
                format!("duplicate column `{name}`"),
            )),
            None => {
                let help = match crate::suggest::closest(name, COLUMNS) {
                    Some(best) => format!("did you mean `{best}`? {}", header_help()),
                    None => header_help(),
                };
                findings.push(
                    Diagnostic::new(
                        Code::UnknownKey,
                        file,
                        pos,
                        format!("unknown column `{name}`"),
                    )
                    .help(help),
                );
            }
        }
    }
    let mut missing_columns: Vec<&str> = REQUIRED
        .iter()
        .filter(|c| index[**c].is_none())
        .map(|c| COLUMNS[*c])
        .collect();
    if index[2].is_none() && index[3].is_none() {
        missing_columns.push("date` or `period");
    }
    for name in &missing_columns {
        findings.push(
            Diagnostic::new(
                Code::MissingKey,
                file,
                Pos::new(1, 1, 1),
                format!("missing column `{name}`"),
            )
            .help(header_help()),
        );
    }
    if !findings.is_empty() {
        return (Vec::new(), findings);
    }
    let mut records = Vec::new();
    let lines = LineIndex::new(text);
    for row in reader.records() {
        let row = match row {
            Ok(row) => row,
            Err(err) => {
                findings.push(csv_error(&err, text, &lines, file));
                continue;
            }
        };
        let Some(position) = row.position() else {
            continue;
        };
        let start = record_start(text, position.byte() as usize);
        let line = lines.line_of(start);
        let field = |c: usize| -> Option<Located<String>> {
            let i = index[c]?;
            let value = row.get(i)?.trim();
            (!value.is_empty()).then(|| {
                Located::new(
                    value.to_string(),
                    field_pos(text, start, line, delimiter, i, value),
                )
            })
        };
        if row.len() > header.len() {
            findings.push(
                Diagnostic::new(
                    Code::Syntax,
                    file,
                    field_pos(text, start, line, delimiter, header.len(), ""),
                    format!("row has {} fields, the header {}", row.len(), header.len()),
                )
                .help("quote a value that holds the separator: \"a, b\""),
            );
            continue;
        }
        let mut complete = true;
        for c in REQUIRED {
            if field(c).is_none() {
                complete = false;
                let i = index[c].expect("required columns are present");
                findings.push(
                    Diagnostic::new(
                        Code::MissingKey,
                        file,
                        field_pos(text, start, line, delimiter, i, ""),
                        format!("empty `{}` cell", COLUMNS[c]),
                    )
                    .help("every row needs a plan, an indicator and a value"),
                );
            }
        }
        let (Some(plan), Some(indicator), Some(value), true) =
            (field(0), field(1), field(4), complete)
        else {
            continue;
        };
        records.push(Measurement {
            pos: field_pos(text, start, line, delimiter, 0, ""),
            plan: Some(plan),
            indicator,
            date: field(2),
            period: field(3),
            value: Located::new(RawValue::Text(value.value), value.pos),
            note: field(5).map(|n| n.value),
        });
    }
    (records, findings)
}

/// The byte where a record's first field starts: the csv crate may place a record
/// after a CRLF line ending at the `\n` of that ending.
fn record_start(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    byte + text[byte..].len() - text[byte..].trim_start_matches(['\r', '\n']).len()
}

/// The position of field `index` of the record starting at byte `start` on `line`.
fn field_pos(text: &str, start: usize, line: u32, delimiter: u8, index: usize, value: &str) -> Pos {
    let start = start.min(text.len());
    let mut field = 0;
    let mut quoted = false;
    let mut column = 1;
    for c in text[start..].chars() {
        if field == index || c == '\n' || c == '\r' {
            break;
        }
        column += 1;
        match c {
            '"' => quoted = !quoted,
            c if c as u32 == u32::from(delimiter) && !quoted => field += 1,
            _ => {}
        }
    }
    Pos::new(line, column, value.chars().count().max(1) as u32)
}

fn csv_error(err: &csv::Error, text: &str, lines: &LineIndex, file: FileId) -> Diagnostic {
    let pos = err.position().map_or(Pos::new(1, 1, 1), |p| {
        let start = record_start(text, p.byte() as usize);
        field_pos(text, start, lines.line_of(start), b',', 0, "")
    });
    let message = match err.kind() {
        csv::ErrorKind::Utf8 { .. } => "row is not valid UTF-8".to_string(),
        _ => format!("unreadable CSV row: {err}"),
    };
    Diagnostic::new(Code::Syntax, file, pos, message)
}
