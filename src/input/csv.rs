//! Measurements in CSV (SPEC §2.3): header `plan,indicator,date,period,value,note`,
//! `,` or `;` separated; findings point at the row and column of the field. A bad row
//! is reported and skipped; the other rows are still read and checked.
//!
//! Part of `input`: imports the leaves and its siblings [`super::source`].

use super::sink::RecordSink;
use super::source::Sources;
use crate::diagnostic::{Content, Diagnostic, Finding, Utf8Fault};
use crate::lines::{LineCounter, skip_bom};
use crate::model::{Lang, Located, Measurement, RawValue};
use crate::place::{FileId, Pos};

const COLUMNS: [&str; 6] = ["plan", "indicator", "date", "period", "value", "note"];
const REQUIRED: [usize; 3] = [0, 1, 4];

/// Streams a CSV measurements file to `sink`: each row that can be read as a record,
/// and the findings of the rows that cannot.
pub(super) fn stream(
    sources: &Sources,
    file: FileId,
    sink: &mut dyn RecordSink,
) -> std::io::Result<()> {
    use std::io::BufRead as _;
    let mut input = std::io::BufReader::with_capacity(1 << 16, sources.open(file)?);
    // The byte-order mark is skipped, and columns counted without it (as in the excerpts).
    skip_bom(&mut input)?;
    let first = input.fill_buf()?;
    let header_line = &first[..first
        .iter()
        .position(|b| *b == b'\n')
        .unwrap_or(first.len())];
    let delimiter = if header_line.contains(&b';') && !header_line.contains(&b',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(Retaining::new(input));
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(|h| h.trim().to_string()).collect(),
        Err(err) => {
            let raw = reader.get_ref().text(0, reader.position().byte());
            sink.finding(csv_error(&err, &raw, 1, file, delimiter));
            return Ok(());
        }
    };
    let mut row = csv::StringRecord::new();
    // Not measurements at all: an empty file, or what `plan export` wrote (its first
    // column is `plan_id`, or its translation with `--lang`).
    let export_first =
        [Lang::Fr, Lang::Nl, Lang::En].map(|lang| crate::i18n::label(lang, "plan_id"));
    let not_measurements = if header.iter().all(String::is_empty)
        && matches!(reader.read_record(&mut row), Ok(false))
    {
        Some((Pos::start(), Content::EmptyCsv))
    } else if header
        .first()
        .is_some_and(|c| export_first.contains(&c.as_str()))
    {
        Some((Pos::new(1, 1, 7), Content::Export))
    } else {
        None
    };
    if let Some((pos, content)) = not_measurements {
        sink.finding(Diagnostic::new(
            Finding::UnknownFileKind { content },
            file,
            pos,
        ));
        return Ok(());
    }
    let header_text = reader.get_ref().text(0, reader.position().byte());
    let mut header_columns = Vec::new();
    field_columns(&header_text, delimiter, &mut header_columns);
    let mut lines = LineCounter::default();
    lines.feed(header_text.as_bytes());
    let mut index = [None; 6];
    let mut header_ok = true;
    for (i, name) in header.iter().enumerate() {
        let pos = field_pos(&header_columns, 1, i, name);
        let finding = match COLUMNS.iter().position(|c| c == name) {
            Some(c) if index[c].is_none() => {
                index[c] = Some(i);
                continue;
            }
            Some(_) => Diagnostic::new(Finding::DuplicateColumn { name: name.clone() }, file, pos),
            None => Diagnostic::new(
                Finding::UnknownColumn {
                    name: name.clone(),
                    suggestion: crate::suggest::closest(name, COLUMNS).map(str::to_string),
                },
                file,
                pos,
            ),
        };
        header_ok = false;
        sink.finding(finding);
    }
    let mut missing_columns: Vec<Vec<&'static str>> = REQUIRED
        .iter()
        .filter(|c| index[**c].is_none())
        .map(|c| vec![COLUMNS[*c]])
        .collect();
    if index[2].is_none() && index[3].is_none() {
        missing_columns.push(vec![COLUMNS[2], COLUMNS[3]]);
    }
    for names in missing_columns {
        header_ok = false;
        sink.finding(Diagnostic::new(
            Finding::MissingColumn { names },
            file,
            Pos::start(),
        ));
    }
    if !header_ok {
        return Ok(());
    }
    let mut columns = Vec::new();
    loop {
        let start = reader.position().clone();
        reader.get_mut().forget_before(start.byte());
        let read = reader.read_record(&mut row);
        let raw = reader
            .get_ref()
            .text(start.byte(), reader.position().byte());
        let (raw, line) = record_start(&raw, &mut lines);
        lines.feed(raw.as_bytes());
        match read {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                sink.finding(csv_error(&err, raw, line, file, delimiter));
                // Past a fault of reading (a row too long), the rest is not read.
                if matches!(err.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
                continue;
            }
        }
        field_columns(raw, delimiter, &mut columns);
        let pos = |i: usize, value: &str| field_pos(&columns, line, i, value);
        let field = |c: usize| -> Option<Located<String>> {
            let i = index[c]?;
            let value = row.get(i)?.trim();
            (!value.is_empty()).then(|| Located::new(value.to_string(), pos(i, value)))
        };
        if row.len() > header.len() {
            sink.finding(Diagnostic::new(
                Finding::TooManyFields {
                    found: row.len(),
                    expected: header.len(),
                },
                file,
                pos(header.len(), ""),
            ));
            continue;
        }
        let mut complete = true;
        for c in REQUIRED {
            if field(c).is_none() {
                complete = false;
                let i = index[c].expect("required columns are present");
                sink.finding(Diagnostic::new(
                    Finding::EmptyCell { column: COLUMNS[c] },
                    file,
                    pos(i, ""),
                ));
            }
        }
        let (Some(plan), Some(indicator), Some(value), true) =
            (field(0), field(1), field(4), complete)
        else {
            continue;
        };
        let record = Measurement {
            pos: pos(0, ""),
            indicator,
            date: field(2),
            period: field(3),
            value: Located::new(RawValue::Text(value.value), value.pos),
            note: field(5).map(|n| n.value),
        };
        sink.record(&plan, record);
    }
    Ok(())
}

/// A reader that keeps the bytes it has handed out since [`Retaining::forget_before`],
/// so that a record's raw text can be looked at after the csv crate has parsed it: the
/// column of a field depends on the quotes and spaces that parsing removes.
struct Retaining<R> {
    inner: R,
    kept: Vec<u8>,
    /// The offset in the stream of `kept[0]`.
    kept_from: u64,
}

/// Rows longer than this are refused: memory stays bounded whatever a row holds.
const MAX_ROW_BYTES: usize = 1 << 20;

/// The fault of a row longer than [`MAX_ROW_BYTES`], passed through the csv crate as a
/// read error and told apart from a real one by its type.
#[derive(Debug)]
struct RowTooLong;

impl std::fmt::Display for RowTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row over {MAX_ROW_BYTES} bytes")
    }
}

impl std::error::Error for RowTooLong {}

impl<R: std::io::Read> std::io::Read for Retaining<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // What is kept is the row being read, what came before it since the last time
        // it was dropped ([`Retaining::forget_before`], past 64 KiB) and a little read
        // ahead: past twice the limit, the row is longer than the limit.
        if self.kept.len() > 2 * MAX_ROW_BYTES {
            return Err(std::io::Error::other(RowTooLong));
        }
        let n = self.inner.read(buf)?;
        self.kept.extend_from_slice(&buf[..n]);
        Ok(n)
    }
}

impl<R> Retaining<R> {
    fn new(inner: R) -> Self {
        Retaining {
            inner,
            kept: Vec::new(),
            kept_from: 0,
        }
    }

    /// The text between two stream offsets, as far as it is kept.
    fn text(&self, start: u64, end: u64) -> std::borrow::Cow<'_, str> {
        let at =
            |offset: u64| (offset.saturating_sub(self.kept_from) as usize).min(self.kept.len());
        String::from_utf8_lossy(&self.kept[at(start)..at(end)])
    }

    /// Drops what lies before `offset`, now and then, so that the buffer stays small.
    fn forget_before(&mut self, offset: u64) {
        let drop = (offset.saturating_sub(self.kept_from) as usize).min(self.kept.len());
        if drop >= 1 << 16 && drop * 2 >= self.kept.len() {
            self.kept.drain(..drop);
            self.kept_from += drop as u64;
        }
    }
}

/// A record's text from its first field, and its line: the csv crate may place a
/// record after a CRLF line ending at the `\n` of that ending.
fn record_start<'r>(raw: &'r str, lines: &mut LineCounter) -> (&'r str, u32) {
    let text = raw.trim_start_matches(['\r', '\n']);
    lines.feed(&raw.as_bytes()[..raw.len() - text.len()]);
    (text, lines.next_line())
}

/// The column where each field of a record's first line starts, from its raw text
/// (quotes included), into `columns`; a field past the line's end gets the end.
fn field_columns(raw: &str, delimiter: u8, columns: &mut Vec<u32>) {
    columns.clear();
    columns.push(1);
    let mut quoted = false;
    let mut column = 1;
    for c in raw.chars() {
        if c == '\n' || c == '\r' {
            break;
        }
        column += 1;
        match c {
            '"' => quoted = !quoted,
            c if c as u32 == u32::from(delimiter) && !quoted => columns.push(column),
            _ => {}
        }
    }
    columns.push(column);
}

/// The position of field `index` on `line`, the field holding `value`.
fn field_pos(columns: &[u32], line: u32, index: usize, value: &str) -> Pos {
    let column = columns.get(index).or(columns.last()).copied().unwrap_or(1);
    Pos::new(line, column, value.chars().count().max(1) as u32)
}

/// A row the csv crate could not read, `raw` its text from its first field.
fn csv_error(err: &csv::Error, raw: &str, line: u32, file: FileId, delimiter: u8) -> Diagnostic {
    let field = match err.kind() {
        csv::ErrorKind::Utf8 { err, .. } => err.field(),
        _ => 0,
    };
    let mut columns = Vec::new();
    field_columns(raw, delimiter, &mut columns);
    let pos = field_pos(&columns, line, field, "");
    let finding = match err.kind() {
        csv::ErrorKind::Io(cause)
            if cause
                .get_ref()
                .is_some_and(|inner| inner.downcast_ref::<RowTooLong>().is_some()) =>
        {
            Finding::RowTooLong {
                limit: MAX_ROW_BYTES,
            }
        }
        csv::ErrorKind::Io(cause) => Finding::ReadStopped {
            cause: cause.to_string(),
        },
        csv::ErrorKind::Utf8 { .. } => Finding::InvalidUtf8 {
            fault: Utf8Fault::Field(field),
        },
        _ => Finding::UnreadableRow {
            message: err.to_string(),
        },
    };
    Diagnostic::new(finding, file, pos)
}
