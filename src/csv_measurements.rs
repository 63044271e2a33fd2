//! Measurements in CSV (SPEC §2.3): header `plan,indicator,date,period,value,note`,
//! `,` or `;` separated; findings point at the row and column of the field.

use crate::diagnostic::{Code, Diagnostic, FileId};
use crate::model::{Located, Measurement, Pos, RawValue};

const COLUMNS: [&str; 6] = ["plan", "indicator", "date", "period", "value", "note"];

/// Parses a CSV measurements file (byte-order mark already removed).
pub fn parse(text: &str, file: FileId) -> Result<Vec<Measurement>, Vec<Diagnostic>> {
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
    let header = reader
        .headers()
        .map_err(|err| vec![csv_error(&err, text, file)])?
        .clone();
    let mut findings = Vec::new();
    let mut index = [None; 6];
    for (i, name) in header.iter().enumerate() {
        let pos = field_pos(text, 0, delimiter, i, name);
        match COLUMNS.iter().position(|c| *c == name.trim()) {
            Some(c) if index[c].is_none() => index[c] = Some(i),
            Some(_) => findings.push(Diagnostic::new(
                Code::DuplicateKey,
                file,
                pos,
                format!("duplicate column `{name}`"),
            )),
            None => {
                let help = match crate::suggest::closest(name, COLUMNS) {
                    Some(best) => format!("did you mean `{best}`? columns: {}", COLUMNS.join(",")),
                    None => format!("columns: {}", COLUMNS.join(",")),
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
    for required in ["plan", "indicator", "value"] {
        let c = COLUMNS
            .iter()
            .position(|c| *c == required)
            .expect("a known column");
        if index[c].is_none() {
            findings.push(
                Diagnostic::new(
                    Code::MissingKey,
                    file,
                    Pos::new(1, 1, 1),
                    format!("missing column `{required}`"),
                )
                .help(format!("the header is {}", COLUMNS.join(","))),
            );
        }
    }
    if index[2].is_none() && index[3].is_none() {
        findings.push(
            Diagnostic::new(
                Code::MissingKey,
                file,
                Pos::new(1, 1, 1),
                "missing column `date` or `period`",
            )
            .help(format!("the header is {}", COLUMNS.join(","))),
        );
    }
    if !findings.is_empty() {
        return Err(findings);
    }
    let column = |c: usize| index[c].expect("required columns are present");
    let mut records = Vec::new();
    for row in reader.records() {
        let row = match row {
            Ok(row) => row,
            Err(err) => {
                findings.push(csv_error(&err, text, file));
                continue;
            }
        };
        let Some(position) = row.position() else {
            continue;
        };
        let start = position.byte() as usize;
        let line = position.line() as u32;
        let field = |i: Option<usize>| -> Option<Located<String>> {
            let i = i?;
            let value = row.get(i)?.trim();
            (!value.is_empty()).then(|| {
                let mut pos = field_pos(text, start, delimiter, i, value);
                pos.line = line;
                Located::new(value.to_string(), pos)
            })
        };
        let row_pos = Pos::new(line, 1, 1);
        let mut missing = |name: &str, i: usize| {
            let mut pos = field_pos(text, start, delimiter, i, "");
            pos.line = line;
            findings.push(Diagnostic::new(
                Code::MissingKey,
                file,
                pos,
                format!("missing `{name}` value"),
            ));
        };
        let (Some(plan), Some(indicator), Some(value)) = (
            field(Some(column(0))),
            field(Some(column(1))),
            field(Some(column(4))),
        ) else {
            for (c, name) in [(0, "plan"), (1, "indicator"), (4, "value")] {
                if field(Some(column(c))).is_none() {
                    missing(name, column(c));
                }
            }
            continue;
        };
        records.push(Measurement {
            pos: row_pos,
            plan: Some(plan),
            indicator,
            date: field(index[2]),
            period: field(index[3]),
            value: Located::new(cell_value(&value.value), value.pos),
            note: field(index[5]).map(|n| n.value),
        });
    }
    if findings.is_empty() {
        Ok(records)
    } else {
        Err(findings)
    }
}

/// A CSV cell as a value: a number (`.` or `,` decimal), else the text (yes/no words).
fn cell_value(text: &str) -> RawValue {
    let number = text.replace(',', ".");
    match number.parse::<f64>() {
        Ok(n)
            if number
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+') =>
        {
            RawValue::Number(n)
        }
        _ => RawValue::Text(text.to_string()),
    }
}

/// The position of field `index` of the record starting at byte `start`.
fn field_pos(text: &str, start: usize, delimiter: u8, index: usize, value: &str) -> Pos {
    let record = &text[start.min(text.len())..];
    let mut field = 0;
    let mut quoted = false;
    let mut column = 1;
    for c in record.chars() {
        if field == index || c == '\n' {
            break;
        }
        column += 1;
        match c {
            '"' => quoted = !quoted,
            c if c as u32 == u32::from(delimiter) && !quoted => field += 1,
            _ => {}
        }
    }
    let line = text[..start.min(text.len())].matches('\n').count() as u32 + 1;
    Pos::new(line, column, value.chars().count().max(1) as u32)
}

fn csv_error(err: &csv::Error, text: &str, file: FileId) -> Diagnostic {
    let pos = err.position().map_or(Pos::new(1, 1, 1), |p| {
        field_pos(text, p.byte() as usize, b',', 0, "")
    });
    let message = match err.kind() {
        csv::ErrorKind::Utf8 { .. } => "row is not valid UTF-8".to_string(),
        _ => format!("unreadable CSV row: {err}"),
    };
    Diagnostic::new(Code::Syntax, file, pos, message)
}
