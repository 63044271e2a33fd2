//! Measurements in CSV (SPEC §2.3): header `plan,indicator,date,period,value,note`,
//! `,` or `;` separated, or the separator that Excel's `sep=;` first line names (that
//! line is skipped, and counted). Findings point at the row and column of the field, or
//! of the byte that is not UTF-8. A bad row is reported and skipped; the other rows are
//! still read and checked. A quote left open on its row is reported where it opens, and
//! the rows it would take into its field are read as rows again.
//!
//! A file read as UTF-8 whose first byte that is not UTF-8 comes after nothing but
//! ASCII, on a row that reads as Windows-1252 text, is Excel's "CSV (séparateur:
//! point-virgule)": it is read again from that row decoded from Windows-1252 (ASCII
//! reads the same in both), with one warning for the file. A file that is neither is
//! one error for the file, at that byte. Columns are counted in characters either way.
//!
//! Part of `input`: imports the leaves and its siblings [`super::source`],
//! [`super::sink`] and [`super::encoding`].

use std::io::{BufRead, Read};

use super::encoding::{Windows1252, is_windows_1252, not_text};
use super::sink::RecordSink;
use super::source::{RangeReader, Sources};
use crate::diagnostic::{Content, Diagnostic, Finding, ReadFault, Utf8Fault};
use crate::lines::{LineCounter, pos_of, skip_bom};
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
    stream_piece(sources, file, Piece::WHOLE, sink).map(|_| ())
}

/// The rows of a CSV file from byte `start` (the first byte of a row; 0 for the file's
/// start) to byte `end` (past a line break, or the end of the file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    start: u64,
    end: u64,
}

impl Piece {
    /// The whole file.
    pub const WHOLE: Piece = Piece {
        start: 0,
        end: u64::MAX,
    };
}

/// Files smaller than this many bytes for each piece are read in one piece.
const PIECE_BYTES: u64 = 1 << 20;

/// How far from a cut a line break is looked for.
const CUT_SEARCH: usize = 1 << 16;

/// Cuts a CSV file on disk into at most `wanted` pieces of about the same size, each
/// starting after a line break, to be read each on its own ([`stream_piece`]). A file
/// in memory, or of less than [`PIECE_BYTES`] a piece, is one piece.
pub(super) fn pieces(
    sources: &Sources,
    file: FileId,
    wanted: usize,
) -> std::io::Result<Vec<Piece>> {
    use std::io::{Seek, SeekFrom};
    let whole = vec![Piece::WHOLE];
    if sources.loaded_text(file).is_some() {
        return Ok(whole);
    }
    let mut opened = std::fs::File::open(sources.path(file))?;
    let size = opened.metadata()?.len();
    let count = (size / PIECE_BYTES).min(wanted as u64);
    if count < 2 {
        return Ok(whole);
    }
    let mut starts = vec![0];
    let mut near = vec![0; CUT_SEARCH];
    for k in 1..count {
        let at = size * k / count;
        opened.seek(SeekFrom::Start(at))?;
        let read = read_up_to(&mut opened, &mut near)?;
        let Some(i) = near[..read].iter().position(|b| *b == b'\n') else {
            continue;
        };
        let start = at + i as u64 + 1;
        if start < size && starts.last().is_some_and(|last| *last < start) {
            starts.push(start);
        }
    }
    let ends = starts.iter().skip(1).copied().chain([u64::MAX]);
    Ok(starts
        .iter()
        .zip(ends)
        .map(|(&start, end)| Piece { start, end })
        .collect())
}

/// Reads into `buf` until it is full or the input ends; the bytes read.
fn read_up_to(input: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut read = 0;
    while read < buf.len() {
        match input.read(&mut buf[read..])? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read)
}

/// How a piece of a CSV file was read ([`crate::input::stream_piece`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PieceRead {
    /// Whether it was read as one pass over the file reads it.
    pub clean: bool,
    /// The line breaks it holds: what the lines of the pieces after it are counted from.
    pub lines: u32,
}

/// Streams the rows of `piece` of a CSV file to `sink`, as one pass over the whole
/// file would stream them, if the piece starts where such a pass starts a row, and but
/// for its lines, counted from the piece's first line: the places of a later piece are
/// to be moved down by the lines of the pieces before it. It was not read as one pass
/// reads it when one of its rows holds a quote left open on its first line (a field that
/// may run past the piece), a byte that is not UTF-8 (read as another pass would depend
/// on the rows before), or a row that could not be read; the header of a later piece is
/// read again from the file's start, its findings left to the first piece.
pub(super) fn stream_piece(
    sources: &Sources,
    file: FileId,
    piece: Piece,
    sink: &mut dyn RecordSink,
) -> std::io::Result<PieceRead> {
    let read = |reading: &Reading, clean: bool| PieceRead {
        clean,
        lines: reading.lines.next_line() - 1,
    };
    if piece.start > 0 {
        let mut ignored = Ignored;
        let mut head = Reading::new(file, &mut ignored);
        let mut input = sources.open_range(file, 0, u64::MAX)?;
        skip_bom(&mut input)?;
        let delimiter = separator(&mut input, &mut head.lines)?;
        let mut rows = Rows::new(Retaining::new(input), delimiter, 0);
        let (Header::Columns(index, width), true) = (head.header(&mut rows), head.clean) else {
            return Ok(read(&head, false));
        };
        let mut reading = Reading::new(file, sink);
        let rest = sources.open_range(file, piece.start, piece.end)?;
        let ending = reading.rows(Rows::new(Retaining::new(rest), delimiter, 0), &index, width);
        let clean = reading.clean && matches!(ending, Ending::Done);
        return Ok(read(&reading, clean));
    }
    let mut input = sources.open_range(file, 0, piece.end)?;
    // The byte-order mark is skipped, and columns counted without it (as in the excerpts).
    skip_bom(&mut input)?;
    let mut reading = Reading::new(file, sink);
    let delimiter = separator(&mut input, &mut reading.lines)?;
    if let Ending::Windows1252 { rest, header } =
        reading.read(Rows::new(Retaining::new(input), delimiter, 0))
    {
        // Excerpts of the file are decoded the same way.
        sources.read_as_windows_1252(file);
        let rows = Rows::new(Retaining::new(Windows1252::new(rest)), delimiter, 0);
        // Decoded text is UTF-8: it does not end this way again.
        let _ = match header {
            Some((index, width)) => reading.rows(rows, &index, width),
            None => reading.read(rows),
        };
    }
    if let (Some(pos), false) = (reading.windows_1252, reading.not_text) {
        reading.finding(Finding::ReadAsWindows1252, pos);
    }
    Ok(read(&reading, reading.clean))
}

/// A sink that keeps nothing: the header of a later piece is read again without its
/// findings.
struct Ignored;

impl RecordSink for Ignored {
    fn record(&mut self, _: &Located<String>, _: &Measurement) {}
    fn comment(&mut self, _: &Located<String>, _: crate::model::Comment) {}
    fn finding(&mut self, _: Diagnostic) {}
}

/// What reading the header gives.
enum Header {
    /// The columns of measurements at their place, and how many there are.
    Columns([Option<usize>; 6], usize),
    /// Not a header of measurements (reported): nothing more is read.
    Stop,
    /// A header that reads as Windows-1252, after nothing but ASCII: reading starts
    /// again at this offset, decoded.
    Windows1252(u64),
}

/// How reading a stream ends.
enum Ending<R> {
    Done,
    /// On a row that reads as Windows-1252, after nothing but ASCII: the stream from
    /// that row, and the header's columns and width if it was read.
    Windows1252 {
        rest: Rest<R>,
        header: Option<([Option<usize>; 6], usize)>,
    },
}

/// The rest of a stream from a kept offset: the bytes kept from there, then the rest.
type Rest<R> = std::io::Chain<std::io::Cursor<Vec<u8>>, R>;

/// The separator of a file, read from its first line: the one that Excel's `sep=;` line
/// names (that line is then consumed, and counted in `lines`), else `;` when the header
/// has `;` and no `,`, else `,`.
fn separator(input: &mut impl BufRead, lines: &mut LineCounter) -> std::io::Result<u8> {
    let first = input.fill_buf()?;
    let end = first
        .iter()
        .position(|b| matches!(b, b'\n' | b'\r'))
        .unwrap_or(first.len());
    let line = &first[..end];
    if let [s, e, p, b'=', named] = line
        && [*s, *e, *p].eq_ignore_ascii_case(b"sep")
        && (named.is_ascii_punctuation() && *named != b'"' || *named == b'\t')
    {
        let named = *named;
        let len = end + line_break_len(&first[end..]);
        lines.feed(&first[..len]);
        input.consume(len);
        return Ok(named);
    }
    Ok(if line.contains(&b';') && !line.contains(&b',') {
        b';'
    } else {
        b','
    })
}

/// The state of reading one file.
struct Reading<'s> {
    file: FileId,
    sink: &'s mut dyn RecordSink,
    /// The lines read so far.
    lines: LineCounter,
    /// Whether a row read so far holds UTF-8 beyond ASCII: a byte that is not UTF-8 is
    /// then a fault of its row, not the mark of a file in another encoding.
    utf8_seen: bool,
    /// In a file read as Windows-1252: its first byte that is not UTF-8.
    windows_1252: Option<Pos>,
    /// Whether the file was found not to be text, and reading stopped.
    not_text: bool,
    /// Whether every row read so far was read as it would be whatever came before it,
    /// and ended where it looked to end ([`stream_piece`]).
    clean: bool,
}

/// Where a record is: its first field's offset in the stream, the offset past it, its
/// line, and the line counter at its start.
#[derive(Clone, Copy)]
struct Span {
    start: u64,
    end: u64,
    line: u32,
    before: LineCounter,
    /// Whether the row is ASCII without quotes, the usual row: one line.
    plain: bool,
}

/// What a record that could not be read becomes.
enum Fault {
    /// Reported: the next rows are read.
    Skip,
    /// Reported: the rest of the file is not read.
    Stop,
    /// A quote left open, reported: reading starts again at this offset.
    Restart(u64),
    /// A row that reads as Windows-1252, after nothing but ASCII: reading starts again
    /// at this offset, decoded.
    Windows1252(u64),
}

impl<'s> Reading<'s> {
    fn new(file: FileId, sink: &'s mut dyn RecordSink) -> Self {
        Reading {
            file,
            sink,
            lines: LineCounter::default(),
            utf8_seen: false,
            windows_1252: None,
            not_text: false,
            clean: true,
        }
    }

    fn finding(&mut self, finding: Finding, pos: Pos) {
        self.sink.finding(Diagnostic::new(finding, self.file, pos));
    }

    /// Reads the next record into `record`, counting its lines.
    fn next_record<R: Read + HeldBytes>(
        &mut self,
        rows: &mut Rows<R>,
        record: &mut csv::StringRecord,
    ) -> (csv::Result<bool>, Span) {
        let start = rows.offset();
        rows.reader.get_mut().start_row(start);
        let read = rows.reader.read_record(record);
        let end = rows.offset();
        let raw = rows.bytes(start, end);
        // The csv crate skips blank lines, and may place a record after a CRLF line
        // ending at the `\n` of that ending.
        let skip = raw
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        self.lines.feed(&raw[..skip]);
        let before = self.lines;
        let body = &raw[skip..];
        // The usual row, ASCII without quotes: its fields are its bytes between
        // separators, and the line break that ends it is its only one.
        let plain =
            matches!(read, Ok(true)) && memchr::memchr(b'"', body).is_none() && body.is_ascii();
        if plain {
            let fields = record.as_slice().len() + record.len().saturating_sub(1);
            let ending = &body[fields.min(body.len())..];
            let breaks = u32::from(ending.contains(&b'\n'));
            self.lines
                .feed_counted(body, breaks, ending.contains(&b'\r'));
        } else {
            self.lines.feed(body);
        }
        let span = Span {
            start: start + skip as u64,
            end,
            line: before.next_line(),
            before,
            plain,
        };
        (read, span)
    }

    /// In a file read as Windows-1252, reports a record (`raw`, at `span`) holding a
    /// character that no text holds: the file is not text; reading stops.
    fn not_text(&mut self, raw: &[u8], span: Span) -> bool {
        let Some(at) = self.windows_1252.and_then(|_| not_text(raw)) else {
            return false;
        };
        let within = pos_of(raw, at);
        let pos = Pos::new(span.line + within.line - 1, within.column, 1);
        let fault = Utf8Fault::NotText;
        self.finding(Finding::InvalidUtf8 { fault }, pos);
        self.not_text = true;
        self.clean = false;
        true
    }

    /// Reads the header, then every row.
    fn read<R: Read + HeldBytes>(&mut self, mut rows: Rows<R>) -> Ending<R> {
        match self.header(&mut rows) {
            Header::Columns(index, width) => self.rows(rows, &index, width),
            Header::Stop => Ending::Done,
            Header::Windows1252(offset) => Ending::Windows1252 {
                rest: rows.rest(offset),
                header: None,
            },
        }
    }

    /// Reads the header: where each column of measurements is.
    fn header<R: Read + HeldBytes>(&mut self, rows: &mut Rows<R>) -> Header {
        let mut row = csv::StringRecord::new();
        let header_line = self.lines.next_line();
        let (read, span) = self.next_record(rows, &mut row);
        match read {
            Ok(_) => {}
            Err(err) => {
                return match self.fault(&err, rows, span, None) {
                    Fault::Windows1252(offset) => Header::Windows1252(offset),
                    _ => Header::Stop,
                };
            }
        }
        let mut header_columns = Vec::new();
        let raw = rows.bytes(span.start, span.end);
        if self.not_text(raw, span) {
            return Header::Stop;
        }
        let shape = scan_line(raw, rows.delimiter, &mut header_columns);
        self.utf8_seen = shape.non_ascii;
        if let Some(quote) = shape.open_quote {
            let run_on = run_on(raw, &shape, span.line, 0, rows.delimiter);
            let finding = Finding::UnclosedCsvQuote {
                swallowed: run_on.lines,
                in_header: true,
            };
            self.finding(finding, Pos::new(span.line, quote, 1));
            return Header::Stop;
        }
        let header: Vec<String> = row.iter().map(|h| h.trim().to_string()).collect();
        // Not measurements at all: an empty file, or what `plan export` wrote (its first
        // column is `plan_id`, or its translation with `--lang`).
        // The translations are looked up only for a first column that is not one of
        // measurements.
        let exported = |first: &String| {
            !COLUMNS.contains(&first.as_str())
                && Lang::ALL
                    .iter()
                    .any(|lang| crate::i18n::say!(*lang, "column-plan-id") == *first)
        };
        let not_measurements = if header.iter().all(String::is_empty)
            && matches!(self.next_record(rows, &mut row).0, Ok(false))
        {
            Some((Pos::start(), Content::EmptyCsv))
        } else if header.first().is_some_and(exported) {
            Some((Pos::new(header_line, 1, 7), Content::Export))
        } else {
            None
        };
        if let Some((pos, content)) = not_measurements {
            self.finding(Finding::UnknownFileKind { content }, pos);
            return Header::Stop;
        }
        let mut index = [None; 6];
        let mut header_ok = true;
        for (i, name) in header.iter().enumerate() {
            let pos = field_pos(&header_columns, header_line, i, name, false);
            let finding = match COLUMNS.iter().position(|c| c == name) {
                Some(c) if index[c].is_none() => {
                    index[c] = Some(i);
                    continue;
                }
                Some(_) => Finding::DuplicateColumn { name: name.clone() },
                None => Finding::UnknownColumn {
                    name: name.clone(),
                    suggestion: crate::suggest::closest(name, COLUMNS).map(str::to_string),
                },
            };
            header_ok = false;
            self.finding(finding, pos);
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
            self.finding(
                Finding::MissingColumn { names },
                Pos::new(header_line, 1, 1),
            );
        }
        if header_ok {
            Header::Columns(index, header.len())
        } else {
            Header::Stop
        }
    }

    /// Reads the rows after the header, whose columns are at `index`.
    fn rows<R: Read + HeldBytes>(
        &mut self,
        mut rows: Rows<R>,
        index: &[Option<usize>; 6],
        width: usize,
    ) -> Ending<R> {
        let mut row = csv::StringRecord::new();
        let mut columns = Vec::new();
        // The column of measurements at each place of a row.
        let mut column_of = vec![None; width];
        for (c, i) in index.iter().enumerate() {
            if let Some(slot) = i.and_then(|i| column_of.get_mut(i)) {
                *slot = Some(c);
            }
        }
        // One record's room, used again for each row.
        let mut plan = Located::new(String::new(), Pos::start());
        let mut record = Measurement {
            pos: Pos::start(),
            indicator: Located::new(String::new(), Pos::start()),
            date: None,
            period: None,
            value: Located::new(RawValue::Text(String::new()), Pos::start()),
            note: None,
        };
        loop {
            let (read, span) = self.next_record(&mut rows, &mut row);
            match read {
                Ok(true) => {}
                Ok(false) => break,
                Err(err) => match self.fault(&err, &rows, span, Some(width)) {
                    Fault::Skip => continue,
                    Fault::Stop => break,
                    Fault::Restart(offset) => {
                        rows = rows.restart(offset);
                        continue;
                    }
                    Fault::Windows1252(offset) => {
                        return Ending::Windows1252 {
                            rest: rows.rest(offset),
                            header: Some((*index, width)),
                        };
                    }
                },
            }
            let line = span.line;
            let raw = rows.bytes(span.start, span.end);
            if self.not_text(raw, span) {
                break;
            }
            let plain = span.plain;
            if plain {
                // The usual row, one line of ASCII without quotes: its fields start one
                // separator apart, and the record's byte ranges give their columns.
                plain_columns(&row, &mut columns);
            } else {
                let shape = scan_line(raw, rows.delimiter, &mut columns);
                self.utf8_seen |= shape.non_ascii;
                if let Some(quote) = shape.open_quote {
                    self.clean = false;
                    let run_on = run_on(raw, &shape, line, width, rows.delimiter);
                    if run_on.swallows {
                        let restart = self.unclosed_quote(raw, &shape, span, quote, run_on);
                        rows = rows.restart(restart);
                        continue;
                    }
                }
            }
            let pos = |i: usize, value: &str| field_pos(&columns, line, i, value, plain);
            if row.len() != width {
                let (found, expected) = (row.len(), width);
                let (finding, at) = if found > expected {
                    (Finding::TooManyFields { found, expected }, expected)
                } else {
                    (Finding::TooFewFields { found, expected }, found)
                };
                self.finding(finding, pos(at, ""));
                continue;
            }
            // Each column's text, trimmed, and where it is; `None` when empty.
            let mut fields: [Option<(&str, Pos)>; 6] = [None; 6];
            for ((i, value), c) in row.iter().enumerate().zip(&column_of) {
                let value = if plain {
                    trim_ascii(value)
                } else {
                    value.trim()
                };
                if let (Some(c), false) = (c, value.is_empty()) {
                    fields[*c] = Some((value, pos(i, value)));
                }
            }
            let mut complete = true;
            for c in REQUIRED {
                if fields[c].is_none() {
                    complete = false;
                    let i = index[c].expect("required columns are present");
                    self.finding(Finding::EmptyCell { column: COLUMNS[c] }, pos(i, ""));
                }
            }
            let (Some(plan_id), Some(indicator), Some(value), true) =
                (fields[0], fields[1], fields[4], complete)
            else {
                continue;
            };
            set(&mut plan, plan_id);
            record.pos = pos(0, "");
            set(&mut record.indicator, indicator);
            set_some(&mut record.date, fields[2]);
            set_some(&mut record.period, fields[3]);
            let mut text =
                match std::mem::replace(&mut record.value.value, RawValue::Text(String::new())) {
                    RawValue::Text(text) => text,
                    RawValue::Typed { .. } => String::new(),
                };
            text.clear();
            text.push_str(value.0);
            record.value = Located::new(RawValue::Text(text), value.1);
            match (&mut record.note, fields[5]) {
                (Some(note), Some((text, _))) => {
                    note.clear();
                    note.push_str(text);
                }
                (note, found) => *note = found.map(|(text, _)| text.to_string()),
            }
            self.sink.record(&plan, &record);
        }
        Ending::Done
    }

    /// Reports a quote left open on the first line of the row at `span` (`raw`, its
    /// text): the row is skipped, and reading starts again on its next line, at the
    /// offset returned.
    fn unclosed_quote(
        &mut self,
        raw: &[u8],
        first: &LineShape,
        span: Span,
        quote: u32,
        run_on: RunOn,
    ) -> u64 {
        let finding = Finding::UnclosedCsvQuote {
            swallowed: run_on.lines,
            in_header: false,
        };
        self.finding(finding, Pos::new(span.line, quote, 1));
        self.lines = span.before;
        self.lines.feed(&raw[..first.len]);
        span.start + first.len as u64
    }

    /// Reports a record the csv crate could not read (the header when `width` is
    /// `None`), and says how reading goes on.
    fn fault<R: Read + HeldBytes>(
        &mut self,
        err: &csv::Error,
        rows: &Rows<R>,
        span: Span,
        width: Option<usize>,
    ) -> Fault {
        self.clean = false;
        let at_row = Pos::new(span.line, 1, 1);
        match err.kind() {
            csv::ErrorKind::Io(cause)
                if cause
                    .get_ref()
                    .is_some_and(|inner| inner.downcast_ref::<RowTooLong>().is_some()) =>
            {
                // A quote left open may have taken in rows up to the limit: everything
                // kept from the row's start is its text.
                let raw = rows.bytes(span.start, u64::MAX);
                let shape = scan_line(raw, rows.delimiter, &mut Vec::new());
                if let (Some(quote), Some(width)) = (shape.open_quote, width)
                    && shape.len < raw.len()
                {
                    let run_on = run_on(raw, &shape, span.line, width, rows.delimiter);
                    if run_on.swallows {
                        return Fault::Restart(
                            self.unclosed_quote(raw, &shape, span, quote, run_on),
                        );
                    }
                }
                self.finding(
                    Finding::RowTooLong {
                        limit: MAX_ROW_BYTES,
                    },
                    at_row,
                );
                Fault::Stop
            }
            csv::ErrorKind::Io(cause) => {
                let fault = match cause.kind() {
                    std::io::ErrorKind::PermissionDenied => ReadFault::Denied,
                    std::io::ErrorKind::NotFound => ReadFault::Gone,
                    std::io::ErrorKind::UnexpectedEof => ReadFault::CutShort,
                    _ => ReadFault::Other,
                };
                let finding = Finding::ReadStopped { fault };
                self.finding(finding, at_row);
                Fault::Stop
            }
            csv::ErrorKind::Utf8 { .. } => {
                let raw = rows.bytes(span.start, span.end);
                let offset = std::str::from_utf8(raw)
                    .err()
                    .map_or(0, |e| e.valid_up_to());
                let within = pos_of(raw, offset);
                let pos = Pos::new(span.line + within.line - 1, within.column, 1);
                if self.utf8_seen {
                    // A UTF-8 file: the row's own fault.
                    let fault = Utf8Fault::Byte;
                    self.finding(Finding::InvalidUtf8 { fault }, pos);
                    return Fault::Skip;
                }
                if is_windows_1252(raw) {
                    // Nothing but ASCII before: read again from this row, decoded.
                    self.windows_1252 = Some(pos);
                    self.lines = span.before;
                    return Fault::Windows1252(span.start);
                }
                let fault = Utf8Fault::NotText;
                self.finding(Finding::InvalidUtf8 { fault }, pos);
                self.not_text = true;
                Fault::Stop
            }
            _ => {
                self.finding(Finding::UnreadableRow, at_row);
                Fault::Skip
            }
        }
    }
}

/// The csv reader over the stream, and where in the stream it started: after a row
/// whose quote is left open, reading starts again on that row's next line.
struct Rows<R> {
    reader: csv::Reader<Retaining<R>>,
    delimiter: u8,
    /// The stream offset of the reader's first byte.
    base: u64,
}

impl<R: Read + HeldBytes> Rows<R> {
    fn new(stream: Retaining<R>, delimiter: u8, base: u64) -> Self {
        let reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            .from_reader(stream);
        Rows {
            reader,
            delimiter,
            base,
        }
    }

    /// The stream offset of the next record.
    fn offset(&self) -> u64 {
        self.base + self.reader.position().byte()
    }

    /// The bytes between two stream offsets, as far as they are kept.
    fn bytes(&self, start: u64, end: u64) -> &[u8] {
        self.reader.get_ref().bytes(start, end)
    }

    /// The stream from offset `offset`, a kept byte, on.
    fn rest(self, offset: u64) -> Rest<R> {
        self.reader.into_inner().rest(offset)
    }

    /// Reads again from stream offset `offset`, a kept byte.
    fn restart(self, offset: u64) -> Self {
        let delimiter = self.delimiter;
        let mut stream = self.reader.into_inner();
        stream.served = offset;
        Rows::new(stream, delimiter, offset)
    }
}

/// A stream that may hold in memory the bytes it has handed out: the text of a record is
/// then looked at there, without a copy.
trait HeldBytes {
    /// The bytes read so far, from the stream's start, when it holds them.
    fn read_so_far(&self) -> Option<&[u8]>;
}

impl HeldBytes for RangeReader<'_> {
    fn read_so_far(&self) -> Option<&[u8]> {
        RangeReader::read_so_far(self)
    }
}

impl<R> HeldBytes for Windows1252<R> {
    fn read_so_far(&self) -> Option<&[u8]> {
        None
    }
}

/// A reader that keeps the bytes it has handed out since the start of the row being
/// read ([`Retaining::start_row`]), so that a record's raw text can be looked at after
/// the csv crate has parsed it (the column of a field depends on the quotes and spaces
/// that parsing removes), and read again from one of its lines. Bytes that the stream
/// read holds in memory (a file mapped, text held whole: [`HeldBytes`]) are looked at
/// there; those of other streams are copied.
struct Retaining<R> {
    inner: R,
    /// The bytes kept, when `inner` does not hold them ([`HeldBytes`]).
    kept: Vec<u8>,
    /// Where this stream starts in the bytes that `inner` holds: what it had read before.
    held_from: usize,
    /// The offset in the stream of `kept[0]`.
    kept_from: u64,
    /// The offset of the next byte handed out: a kept one when reading starts again.
    served: u64,
    /// The offset where the row being read starts.
    row_from: u64,
}

/// Rows longer than this are refused: memory stays bounded whatever a row holds.
const MAX_ROW_BYTES: usize = 1 << 20;

// A row is looked at from its start, up to twice the limit behind what was read
// ([`Retaining::read`]): a mapped file hands those pages back again when they are.
const _: () = assert!(2 * MAX_ROW_BYTES < super::streamed_text::READER_LOOK_BACK);

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

impl<R: Read + HeldBytes> Read for Retaining<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // What is kept is the row being read, what came before it since the last time
        // it was dropped ([`Retaining::start_row`], past 64 KiB) and a little read
        // ahead: past twice the limit from the row's start, the row is longer than the
        // limit.
        if self.served.saturating_sub(self.row_from) > 2 * MAX_ROW_BYTES as u64 {
            return Err(std::io::Error::other(RowTooLong));
        }
        let at = (self.served - self.kept_from) as usize;
        let held = self.held();
        let n = if at < held.len() {
            let n = buf.len().min(held.len() - at);
            buf[..n].copy_from_slice(&held[at..at + n]);
            n
        } else {
            let n = self.inner.read(buf)?;
            if self.inner.read_so_far().is_none() {
                self.kept.extend_from_slice(&buf[..n]);
            }
            n
        };
        self.served += n as u64;
        Ok(n)
    }
}

impl<R: Read + HeldBytes> Retaining<R> {
    /// The stream from offset `offset`, a kept byte, on.
    fn rest(mut self, offset: u64) -> Rest<R> {
        let at = (offset.saturating_sub(self.kept_from) as usize).min(self.held().len());
        let kept = if self.inner.read_so_far().is_some() {
            self.held()[at..].to_vec()
        } else {
            self.kept.drain(..at);
            self.kept
        };
        std::io::Read::chain(std::io::Cursor::new(kept), self.inner)
    }
}

impl<R: HeldBytes> Retaining<R> {
    fn new(inner: R) -> Self {
        Retaining {
            held_from: inner.read_so_far().map_or(0, <[u8]>::len),
            inner,
            kept: Vec::new(),
            kept_from: 0,
            served: 0,
            row_from: 0,
        }
    }

    /// The bytes kept from offset `kept_from`: those `inner` holds, or the copies.
    fn held(&self) -> &[u8] {
        match self.inner.read_so_far() {
            Some(bytes) => bytes.get(self.held_from..).unwrap_or_default(),
            None => &self.kept,
        }
    }

    /// The bytes between two stream offsets, as far as they are kept.
    fn bytes(&self, start: u64, end: u64) -> &[u8] {
        let held = self.held();
        let at = |offset: u64| (offset.saturating_sub(self.kept_from) as usize).min(held.len());
        &held[at(start)..at(end)]
    }

    /// Marks the start of a row at `offset`; drops what lies before it, now and then, so
    /// that the buffer stays small.
    fn start_row(&mut self, offset: u64) {
        self.row_from = offset;
        let drop = (offset.saturating_sub(self.kept_from) as usize).min(self.kept.len());
        if drop >= 1 << 16 && drop * 2 >= self.kept.len() {
            self.kept.drain(..drop);
            self.kept_from += drop as u64;
        }
    }
}

/// How the csv crate reads a field, byte by byte: a quote opens a quoted field only at
/// the field's start, and `""` inside it is a quote.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Start,
    Plain,
    Quoted,
    /// A quote in a quoted field: it closes the field, unless another one follows.
    Closing,
}

fn step(state: Field, byte: u8, delimiter: u8) -> Field {
    match state {
        Field::Quoted if byte == b'"' => Field::Closing,
        Field::Quoted => Field::Quoted,
        _ if byte == delimiter => Field::Start,
        Field::Start | Field::Closing if byte == b'"' => Field::Quoted,
        _ => Field::Plain,
    }
}

/// What the first line of a record's text shows.
struct LineShape {
    /// Its bytes, line break included.
    len: usize,
    /// The column of a quote still open at the line's end: its field runs on.
    open_quote: Option<u32>,
    /// Whether the line holds bytes beyond ASCII.
    non_ascii: bool,
}

/// Reads the first line of `raw` as the csv crate reads it: the column where each of its
/// fields starts into `columns` (a field past the line's end gets the end), and its
/// [`LineShape`].
fn scan_line(raw: &[u8], delimiter: u8, columns: &mut Vec<u32>) -> LineShape {
    columns.clear();
    columns.push(1);
    let (mut state, mut quote, mut non_ascii) = (Field::Start, 0, false);
    // A character is counted at its first byte: the column of byte `i` is `i + 1` less
    // the UTF-8 continuation bytes before it.
    let mut continuations = 0;
    let column = |i: usize, continuations: usize| (i + 1 - continuations) as u32;
    let mut end = raw.len();
    for (i, &byte) in raw.iter().enumerate() {
        match byte {
            b'\n' | b'\r' => {
                end = i;
                break;
            }
            b'"' => {}
            _ if byte == delimiter => {}
            // Any other byte moves no field boundary.
            _ => {
                if !byte.is_ascii() {
                    non_ascii = true;
                    continuations += usize::from(byte & 0xC0 == 0x80);
                }
                state = step(state, byte, delimiter);
                continue;
            }
        }
        let next = step(state, byte, delimiter);
        if next == Field::Start {
            columns.push(column(i + 1, continuations));
        } else if next == Field::Quoted && state == Field::Start {
            quote = column(i, continuations);
        }
        state = next;
    }
    columns.push(column(end, continuations));
    LineShape {
        len: end + line_break_len(&raw[end..]),
        open_quote: (state == Field::Quoted).then_some(quote),
        non_ascii,
    }
}

/// The length of the line break `rest` starts with (`\n`, `\r\n`, `\r` or none).
fn line_break_len(rest: &[u8]) -> usize {
    match rest {
        [b'\r', b'\n', ..] => 2,
        [b'\n' | b'\r', ..] => 1,
        _ => 0,
    }
}

/// The lines after the first that a record's quoted field runs over.
struct RunOn {
    /// The first and last of them, if there are any.
    lines: Option<(u32, u32)>,
    /// Whether the field takes in rows: one of them reads alone as a row of `width`
    /// fields, or the quote is still open where the record ends (the end of the file).
    swallows: bool,
}

/// The lines after the first (`first`, on `line`) of a record's text `raw`.
fn run_on(raw: &[u8], first: &LineShape, line: u32, width: usize, delimiter: u8) -> RunOn {
    let mut rest = &raw[first.len..];
    let (mut last, mut rows) = (line, false);
    let mut columns = Vec::new();
    while !rest.is_empty() {
        let shape = scan_line(rest, delimiter, &mut columns);
        rows |= columns.len() - 1 == width;
        last += 1;
        rest = &rest[shape.len..];
    }
    let open = raw
        .iter()
        .fold(Field::Start, |state, byte| step(state, *byte, delimiter))
        == Field::Quoted;
    RunOn {
        lines: (last > line).then_some((line + 1, last)),
        swallows: rows || open,
    }
}

/// The columns where the fields of a record written on one line, in ASCII and without
/// quotes, start (and where it ends), as [`scan_line`] finds them: each field starts
/// one separator after the one before.
fn plain_columns(row: &csv::StringRecord, columns: &mut Vec<u32>) {
    columns.clear();
    columns.extend(
        (0..row.len())
            .filter_map(|i| row.range(i))
            .enumerate()
            .map(|(i, range)| (range.start + i + 1) as u32),
    );
    let end = row
        .range(row.len().saturating_sub(1))
        .map_or(0, |last| last.end + row.len() - 1);
    columns.push(end as u32 + 1);
}

/// A field's text and place, written into the room of the field before.
fn set(slot: &mut Located<String>, (text, pos): (&str, Pos)) {
    slot.value.clear();
    slot.value.push_str(text);
    slot.pos = pos;
}

/// The same for a field that may be empty.
fn set_some(slot: &mut Option<Located<String>>, field: Option<(&str, Pos)>) {
    match (slot.as_mut(), field) {
        (Some(kept), Some(field)) => set(kept, field),
        (_, field) => *slot = field.map(|(text, pos)| Located::new(text.to_string(), pos)),
    }
}

/// ASCII text without the white space around it, as `str::trim` has it.
fn trim_ascii(text: &str) -> &str {
    let space = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ');
    let bytes = text.as_bytes();
    let start = bytes.iter().position(|b| !space(b)).unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !space(b))
        .map_or(start, |i| i + 1);
    text.get(start..end).unwrap_or_default()
}

/// The position of field `index` on `line`, the field holding `value` (`ascii`: in a row
/// of ASCII, whose characters are its bytes).
fn field_pos(columns: &[u32], line: u32, index: usize, value: &str, ascii: bool) -> Pos {
    let column = columns.get(index).or(columns.last()).copied().unwrap_or(1);
    let len = if ascii {
        value.len()
    } else {
        value.chars().count()
    };
    Pos::new(line, column, len.max(1) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_as_the_csv_crate_reads_them() {
        let mut columns = Vec::new();
        // A quote opens a quoted field only at the field's start; `""` is a quote.
        let line = "a\"b,\"c,\"\"d\",é\r\nnext";
        let shape = scan_line(line.as_bytes(), b',', &mut columns);
        assert_eq!(columns, [1, 5, 13, 14]);
        assert_eq!(
            (shape.len, shape.open_quote, shape.non_ascii),
            (16, None, true)
        );
        let shape = scan_line(b"p;\"ouvert\nx;y", b';', &mut columns);
        assert_eq!(columns, [1, 3, 10]);
        assert_eq!((shape.len, shape.open_quote), (10, Some(3)));
        let run_on = run_on(b"p;\"ouvert\nx;y\r\nz\"\n", &shape, 7, 2, b';');
        assert_eq!((run_on.lines, run_on.swallows), (Some((8, 9)), true));
    }

    /// What a pass over a file hands to its sink, written out.
    #[derive(Default)]
    struct Kept(Vec<String>);

    impl RecordSink for Kept {
        fn record(&mut self, plan: &Located<String>, record: &Measurement) {
            self.0.push(format!("{plan:?} {record:?}"));
        }
        fn comment(&mut self, _: &Located<String>, comment: crate::model::Comment) {
            self.0.push(format!("{comment:?}"));
        }
        fn finding(&mut self, finding: Diagnostic) {
            self.0.push(format!("{finding:?}"));
        }
    }

    /// A CSV file of about 2.6 MB as Excel writes it (a byte-order mark, `sep=;`, CRLF),
    /// with notes beyond ASCII, rows that are faults, and `extra` before its 45 000th row.
    fn large(extra: &[u8]) -> Vec<u8> {
        let mut bytes = b"\xEF\xBB\xBFsep=;\r\nplan;indicator;date;period;value;note\r\n".to_vec();
        for row in 0..60_000 {
            if row == 45_000 {
                bytes.extend_from_slice(extra);
            }
            let line = match row % 1000 {
                7 => "demo;A-1-a;;;;trop peu\r\n".to_string(),
                9 => "demo;A-1-a;2023-01-01;;1;2;3\r\n".to_string(),
                _ => format!(
                    "demo;A-1-a;2023-{:02}-01;;{row};Quartier é{}\r\n",
                    row % 12 + 1,
                    row % 100
                ),
            };
            bytes.extend_from_slice(line.as_bytes());
        }
        bytes
    }

    /// `text` with every `line: N` of its places moved `lines` lines down.
    fn moved(text: &str, lines: u32) -> String {
        let mut parts = text.split("line: ");
        let mut out = parts.next().unwrap_or_default().to_string();
        for part in parts {
            let digits = part.bytes().take_while(u8::is_ascii_digit).count();
            let line: u32 = part[..digits].parse().unwrap();
            out.push_str(&format!("line: {}{}", line + lines, &part[digits..]));
        }
        out
    }

    /// What one pass over `bytes` streams, and what its pieces stream one after the
    /// other (their places moved down by the lines of the pieces before), with whether
    /// each piece was clean.
    fn whole_and_pieces(bytes: &[u8]) -> (Vec<String>, Vec<String>, Vec<bool>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.csv");
        std::fs::write(&path, bytes).unwrap();
        let mut sources = Sources::default();
        let file = sources.add_lazy(path);
        let mut whole = Kept::default();
        stream(&sources, file, &mut whole).unwrap();
        let cut = pieces(&sources, file, 2).unwrap();
        assert_eq!(cut.len(), 2);
        assert_eq!(bytes[cut[1].start as usize - 1], b'\n');
        let (mut pieced, mut clean, mut lines) = (Vec::new(), Vec::new(), 0);
        for piece in cut {
            let mut kept = Kept::default();
            let read = stream_piece(&sources, file, piece, &mut kept).unwrap();
            pieced.extend(kept.0.iter().map(|text| moved(text, lines)));
            clean.push(read.clean);
            lines += read.lines;
        }
        (whole.0, pieced, clean)
    }

    #[test]
    fn pieces_stream_what_one_pass_streams() {
        let (whole, pieced, clean) = whole_and_pieces(&large(b""));
        assert_eq!(clean, [true, true]);
        assert_eq!(whole.len(), 60_000);
        assert_eq!(whole, pieced);
    }

    #[test]
    fn a_piece_after_an_open_quote_or_a_byte_that_is_not_utf8_is_not_clean() {
        for extra in [
            &b"demo;A-1-a;2023-01-01;;1;\"ouvert\r\n"[..],
            b"demo;A-1-a;2023-01-01;;1;Caf\xe9\r\n",
        ] {
            let (_, _, clean) = whole_and_pieces(&large(extra));
            assert_eq!(clean, [true, false]);
        }
    }

    #[test]
    fn separators_from_the_first_line() {
        let first = |text: &[u8]| {
            let mut input = std::io::BufReader::new(text);
            let mut lines = LineCounter::default();
            let separator = separator(&mut input, &mut lines).unwrap();
            let mut rest = Vec::new();
            input.read_to_end(&mut rest).unwrap();
            (
                separator,
                lines.next_line(),
                String::from_utf8(rest).unwrap(),
            )
        };
        assert_eq!(first(b"sep=;\r\na,b;c\n"), (b';', 2, "a,b;c\n".into()));
        assert_eq!(first(b"SEP=|\ra|b"), (b'|', 2, "a|b".into()));
        assert_eq!(first(b"a;b;c\nd,e"), (b';', 1, "a;b;c\nd,e".into()));
        assert_eq!(first(b"a;b,c\n"), (b',', 1, "a;b,c\n".into()));
        assert_eq!(first(b"sep=ab\n"), (b',', 1, "sep=ab\n".into()));
        assert_eq!(first(b"sep=\"\n"), (b',', 1, "sep=\"\n".into()));
    }
}
