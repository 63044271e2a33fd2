//! The files read in one run ([`Sources`]), so that findings can quote them: plans held
//! whole, measurements read again only when a finding quotes them, and files too large
//! to read whole quoted from the lines that findings point at.
//!
//! Part of `input`: imports only the leaves (`lines`, `place`), its
//! siblings `streamed_text` and `encoding`, and the `limits`.

use std::collections::BTreeMap;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::encoding;
use super::limits::{MAX_FILE_BYTES, MAX_STREAM_BYTES};
use super::streamed_text::{MappedReader, StreamedText, clamped};
use crate::lines::{LineCounter, LineIndex, bom_len, skip_bom};
use crate::place::{Cell, FileId, Location, Place, Pos};

/// A range of a file, read ([`Sources::open_range`]).
pub enum RangeReader<'a> {
    /// From the text held in memory.
    Held(std::io::Cursor<&'a [u8]>),
    /// Through a memory map.
    Mapped(MappedReader),
    /// From the file itself.
    File(std::io::BufReader<std::fs::File>),
}

impl RangeReader<'_> {
    /// The bytes of the range read so far, when they are in memory (held or mapped):
    /// they can be looked at again without a copy.
    pub fn read_so_far(&self) -> Option<&[u8]> {
        match self {
            RangeReader::Held(cursor) => {
                let at = clamped(cursor.position(), cursor.get_ref().len());
                Some(&cursor.get_ref()[..at])
            }
            RangeReader::Mapped(reader) => Some(reader.read_so_far()),
            RangeReader::File(_) => None,
        }
    }
}

impl Read for RangeReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            RangeReader::Held(cursor) => cursor.read(buf),
            RangeReader::Mapped(reader) => reader.read(buf),
            RangeReader::File(reader) => reader.read(buf),
        }
    }
}

impl BufRead for RangeReader<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        match self {
            RangeReader::Held(cursor) => cursor.fill_buf(),
            RangeReader::Mapped(reader) => reader.fill_buf(),
            RangeReader::File(reader) => reader.fill_buf(),
        }
    }

    fn consume(&mut self, amount: usize) {
        match self {
            RangeReader::Held(cursor) => cursor.consume(amount),
            RangeReader::Mapped(reader) => reader.consume(amount),
            RangeReader::File(reader) => reader.consume(amount),
        }
    }
}

/// The files read in one run, so that findings can quote them. A file that is streamed
/// (measurements) is read again only if a finding quotes it.
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

#[derive(Debug)]
struct SourceFile {
    path: PathBuf,
    text: OnceLock<Text>,
    /// The lines that findings quote, when the file is too large to read whole.
    blocks: OnceLock<Vec<Block>>,
    /// Set when the file was read as Windows-1252 (a CSV file as Excel saves it): its
    /// text is decoded so when quoted.
    windows_1252: OnceLock<()>,
    /// For a sheet of a workbook, kept as text: which cell each part of a line is.
    sheet: Option<SheetMap>,
}

/// A sheet of measurements in a workbook, kept as a text of one line a row (see
/// `input/workbook.rs`): the sheet's name, its header row, the columns of the measurement
/// fields (1-based: plan, indicator, date, period, value, note, comment), the plan the sheet
/// names, and for each line the column where each cell starts.
#[derive(Debug)]
pub struct SheetMap {
    pub sheet: String,
    pub header: u32,
    pub index: [Option<u32>; 7],
    pub plan: Option<crate::model::Located<String>>,
    pub starts: Vec<Vec<u32>>,
}

impl SheetMap {
    /// The cell at a position of the sheet's text.
    fn cell(&self, pos: Pos) -> Cell {
        let starts = self
            .starts
            .get(pos.line.saturating_sub(1) as usize)
            .map_or(&[][..], Vec::as_slice);
        let before = starts.iter().filter(|s| **s <= pos.column).count();
        Cell {
            sheet: self.sheet.clone(),
            row: pos.line,
            column: before.max(1) as u32,
        }
    }

    /// The position in the sheet's text of a cell.
    fn pos(&self, cell: &Cell) -> Pos {
        let column = self
            .starts
            .get(cell.row.saturating_sub(1) as usize)
            .and_then(|starts| starts.get(cell.column.saturating_sub(1) as usize))
            .copied()
            .unwrap_or(1);
        Pos::new(cell.row, column, 1)
    }
}

/// Files larger than this are quoted from the lines that findings point at.
const READ_WHOLE: u64 = 1 << 20;

/// Consecutive lines of a file, from line `first`.
#[derive(Debug)]
struct Block {
    first: u32,
    text: String,
    lines: LineIndex,
}

/// Labels at most this many lines apart are shown in one excerpt, and a file too large to
/// read whole is read this many lines around each label.
pub const NEAR_LINES: u32 = 10;

/// Lines are quoted up to this many bytes: a file may hold one very long line.
const QUOTED_LINE_BYTES: usize = 64 * 1024;

/// Reads the lines of `ranges` (first and last line, 1-based) of a file, each cut at
/// [`QUOTED_LINE_BYTES`]; a byte-order mark is skipped.
fn read_lines(
    path: &Path,
    mut ranges: Vec<(u32, u32)>,
    windows_1252: bool,
) -> std::io::Result<Vec<Block>> {
    use std::io::BufRead as _;
    ranges.sort_unstable();
    let mut merged: Vec<(u32, u32)> = Vec::new();
    for (first, last) in ranges {
        match merged.last_mut() {
            Some(previous) if first <= previous.1 + 1 => previous.1 = previous.1.max(last),
            _ => merged.push((first, last)),
        }
    }
    let mut reader = std::io::BufReader::new(std::fs::File::open(path)?);
    skip_bom(&mut reader)?;
    let mut bytes: Vec<Vec<u8>> = vec![Vec::new(); merged.len()];
    let mut lines = LineCounter::default();
    let (mut current, mut range, mut in_line) = (1u32, 0, 0);
    'read: loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        for &byte in buf {
            let line = lines.line_of(byte);
            if line != current {
                (current, in_line) = (line, 0);
            }
            while line > merged[range].1 {
                range += 1;
                if range == merged.len() {
                    break 'read;
                }
            }
            let breaks = byte == b'\n' || byte == b'\r';
            if line >= merged[range].0 && (in_line < QUOTED_LINE_BYTES || breaks) {
                bytes[range].push(byte);
            }
            in_line += 1;
        }
        let read = buf.len();
        reader.consume(read);
    }
    Ok(merged
        .iter()
        .zip(bytes)
        .map(|((first, _), bytes)| {
            let text = if windows_1252 {
                encoding::decode(&bytes).into_owned()
            } else {
                String::from_utf8_lossy(&bytes).into_owned()
            };
            Block {
                first: *first,
                lines: LineIndex::new(&text),
                text,
            }
        })
        .collect())
}

/// Text holding the lines from line `first` of a file.
pub struct View<'a> {
    pub text: &'a str,
    lines: &'a LineIndex,
    first: u32,
}

impl View<'_> {
    /// The byte range of a line (1-based, in the whole file).
    pub fn line_range(&self, line: u32) -> std::ops::Range<usize> {
        self.lines.range(line.saturating_sub(self.first) + 1)
    }

    /// The byte range of `pos` (at least one character wide where the line has one).
    pub fn byte_range(&self, pos: Pos) -> std::ops::Range<usize> {
        let line = self.line_range(pos.line);
        let text = &self.text[line.clone()];
        let start = text
            .char_indices()
            .nth(pos.column.saturating_sub(1) as usize)
            .map_or(text.len(), |(i, _)| i);
        let end = text[start..]
            .char_indices()
            .nth(pos.len.max(1) as usize)
            .map_or(text.len(), |(i, _)| start + i);
        line.start + start..line.start + end
    }
}

/// A file's text: byte-order mark removed, invalid UTF-8 replaced (and where it was).
#[derive(Debug)]
struct Text {
    text: String,
    lines: LineIndex,
    invalid_at: Option<usize>,
    /// Whether `text` is the whole file: not when the file is too large to read whole.
    whole: bool,
}

impl Text {
    fn new(mut bytes: Vec<u8>) -> Text {
        // serde-saphyr skips a byte-order mark and counts columns without it: so do we.
        bytes.drain(..bom_len(&bytes));
        let (text, invalid_at) = match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(err) => {
                let valid = err.utf8_error().valid_up_to();
                // The valid prefix is the same in the lossy text: its offset holds.
                (
                    String::from_utf8_lossy(err.as_bytes()).into_owned(),
                    Some(valid),
                )
            }
        };
        Text {
            lines: LineIndex::new(&text),
            text,
            invalid_at,
            whole: true,
        }
    }
}

impl Sources {
    /// A file whose bytes are already read.
    pub fn add(&mut self, path: PathBuf, bytes: Vec<u8>) -> FileId {
        self.files.push(SourceFile {
            path,
            text: OnceLock::from(Text::new(bytes)),
            blocks: OnceLock::new(),
            windows_1252: OnceLock::new(),
            sheet: None,
        });
        self.files.len() - 1
    }

    /// A file read from disk when its text is first needed.
    pub fn add_lazy(&mut self, path: PathBuf) -> FileId {
        self.files.push(SourceFile {
            path,
            text: OnceLock::new(),
            blocks: OnceLock::new(),
            windows_1252: OnceLock::new(),
            sheet: None,
        });
        self.files.len() - 1
    }

    /// A sheet of a workbook, kept as text (see [`SheetMap`]).
    pub fn add_sheet(&mut self, path: PathBuf, text: String, map: SheetMap) -> FileId {
        self.files.push(SourceFile {
            path,
            text: OnceLock::from(Text::new(text.into_bytes())),
            blocks: OnceLock::new(),
            windows_1252: OnceLock::new(),
            sheet: Some(map),
        });
        self.files.len() - 1
    }

    /// The sheet a source is, if it is one.
    pub fn sheet(&self, file: FileId) -> Option<&SheetMap> {
        self.files[file].sheet.as_ref()
    }

    /// How many of the sources are sheets of workbooks, not files.
    pub fn sheets(&self) -> usize {
        self.files.iter().filter(|f| f.sheet.is_some()).count()
    }

    /// The cell that a text position in a sheet is: the place findings show.
    pub fn cell_of(&self, location: &Location) -> Option<Place> {
        let map = self.sheet(location.file)?;
        Some(Place::Cell(map.cell(location.pos()?)))
    }

    /// The position in a sheet's text of a cell: where its row is quoted.
    pub fn quoted(&self, location: &Location) -> Option<Pos> {
        match &location.place {
            Place::Cell(cell) => Some(self.sheet(location.file)?.pos(cell)),
            _ => location.pos(),
        }
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn path(&self, file: FileId) -> &Path {
        &self.files[file].path
    }

    fn loaded(&self, file: FileId) -> &Text {
        let source = &self.files[file];
        source.text.get_or_init(|| {
            // A file that can no longer be read has no excerpt to show, nor one too
            // large to read whole (its excerpts come from `prepare`).
            let fits = std::fs::metadata(&source.path).is_ok_and(|m| m.len() <= MAX_FILE_BYTES);
            if fits {
                let bytes = std::fs::read(&source.path).unwrap_or_default();
                match source.windows_1252.get() {
                    Some(()) => Text::new(encoding::decode(&bytes).into_owned().into_bytes()),
                    None => Text::new(bytes),
                }
            } else {
                Text {
                    whole: false,
                    ..Text::new(Vec::new())
                }
            }
        })
    }

    /// Marks a file as read as Windows-1252: it is decoded so when quoted.
    pub fn read_as_windows_1252(&self, file: FileId) {
        let _ = self.files[file].windows_1252.set(());
    }

    /// A file's text, without byte-order mark; invalid UTF-8 shows as U+FFFD.
    pub fn text(&self, file: FileId) -> &str {
        &self.loaded(file).text
    }

    /// The line index of a file.
    pub fn lines(&self, file: FileId) -> &LineIndex {
        &self.loaded(file).lines
    }

    /// Where a file's first byte that is not UTF-8 is, if it has one: a file too large
    /// to read whole is mapped and checked piece by piece.
    pub fn invalid_utf8(&self, file: FileId) -> Option<Pos> {
        let text = self.loaded(file);
        if text.whole {
            return text.invalid_at.map(|at| text.lines.pos_of(&text.text, at));
        }
        let mapped = StreamedText::open(self.path(file)).ok()?;
        let offset = mapped.text().err()?;
        Some(mapped.pos_of(offset))
    }

    /// Whether a file's text is all there: not for a file too large to read whole.
    pub fn is_whole(&self, file: FileId) -> bool {
        self.loaded(file).whole
    }

    /// The text of a file from line `first` on, with `first`: all of it, or for a file
    /// too large to read whole the 200 lines before `line` and the one after.
    pub fn around(&self, file: FileId, line: u32) -> (std::borrow::Cow<'_, str>, u32) {
        if self.is_whole(file) {
            return (self.text(file).into(), 1);
        }
        let first = line.saturating_sub(200).max(1);
        let windows_1252 = self.files[file].windows_1252.get().is_some();
        let ranges = vec![(first, line.saturating_add(1))];
        match read_lines(self.path(file), ranges, windows_1252) {
            Ok(mut blocks) if !blocks.is_empty() => (blocks.swap_remove(0).text.into(), first),
            _ => ("".into(), 1),
        }
    }

    /// A file's text when it is already in memory.
    pub fn loaded_text(&self, file: FileId) -> Option<&str> {
        self.files[file].text.get().map(|text| text.text.as_str())
    }

    /// Reads a file from the start: from memory when its text is loaded, else from disk.
    pub fn open(&self, file: FileId) -> std::io::Result<Box<dyn std::io::Read + '_>> {
        let source = &self.files[file];
        Ok(match source.text.get() {
            Some(text) => Box::new(text.text.as_bytes()),
            None => Box::new(std::fs::File::open(&source.path)?),
        })
    }

    /// Reads bytes `start..end` of a file (as far as it goes): from memory when its text
    /// is loaded, else through a memory map. A file that cannot be mapped (it tells no
    /// size) is read from its start, as [`Sources::open`] reads it: it is one piece.
    pub fn open_range(
        &self,
        file: FileId,
        start: u64,
        end: u64,
    ) -> std::io::Result<RangeReader<'_>> {
        let source = &self.files[file];
        if let Some(text) = source.text.get() {
            let bytes = text.text.as_bytes();
            let end = clamped(end, bytes.len());
            let range = &bytes[clamped(start, end)..end];
            return Ok(RangeReader::Held(std::io::Cursor::new(range)));
        }
        Ok(match MappedReader::open(&source.path, start, end)? {
            Some(reader) => RangeReader::Mapped(reader),
            None => RangeReader::File(std::io::BufReader::new(std::fs::File::open(&source.path)?)),
        })
    }

    /// Reads the lines that `labels` point at (and ten lines around them) of the
    /// files too large to read whole for a few excerpts, once, before they are quoted.
    pub fn prepare<'l>(&self, places: impl Iterator<Item = &'l Location>) {
        let mut wanted: BTreeMap<FileId, Vec<(u32, u32)>> = BTreeMap::new();
        for location in places {
            let Some(pos) = location.pos() else { continue };
            let source = &self.files[location.file];
            let whole = source.text.get().is_some_and(|text| text.whole);
            if !whole && source.blocks.get().is_none() {
                let line = pos.line.max(1);
                wanted
                    .entry(location.file)
                    .or_default()
                    .push((line.saturating_sub(NEAR_LINES).max(1), line + NEAR_LINES));
            }
        }
        for (file, ranges) in wanted {
            let source = &self.files[file];
            // A file over the limit of measurements is never read, not even to quote it.
            let large = std::fs::metadata(&source.path)
                .is_ok_and(|m| (READ_WHOLE + 1..=MAX_STREAM_BYTES).contains(&m.len()));
            if large {
                // A file that can no longer be read has no excerpt to show.
                let windows_1252 = source.windows_1252.get().is_some();
                let blocks = read_lines(&source.path, ranges, windows_1252).unwrap_or_default();
                let _ = source.blocks.set(blocks);
            }
        }
    }

    /// The text around `line` of a file: its block when only blocks were read, else all.
    pub fn view(&self, file: FileId, line: u32) -> View<'_> {
        let source = &self.files[file];
        let block = source.blocks.get().and_then(|blocks| {
            blocks
                .iter()
                .find(|b| b.first <= line && line < b.first + b.lines.count())
        });
        match block {
            Some(block) => View {
                text: &block.text,
                lines: &block.lines,
                first: block.first,
            },
            None => {
                let text = self.loaded(file);
                View {
                    text: &text.text,
                    lines: &text.lines,
                    first: 1,
                }
            }
        }
    }

    /// A file's path as findings show it.
    pub fn display(&self, file: FileId) -> String {
        self.path(file).display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_a_large_file_are_read_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.yaml");
        std::fs::write(&path, "\u{feff}one\ntwo\r\nthree\rfour\nfive\nsix\n").unwrap();
        let blocks = read_lines(&path, vec![(5, 5), (2, 3), (4, 4)], false).unwrap();
        let texts: Vec<(u32, &str)> = blocks.iter().map(|b| (b.first, b.text.as_str())).collect();
        assert_eq!(texts, [(2, "two\r\nthree\rfour\nfive\n")]);
        let view = View {
            text: &blocks[0].text,
            lines: &blocks[0].lines,
            first: 2,
        };
        assert_eq!(&view.text[view.line_range(4)], "four");
        assert_eq!(&view.text[view.byte_range(Pos::new(3, 2, 3))], "hre");
        let first = read_lines(&path, vec![(1, 1)], false).unwrap();
        assert_eq!(first[0].text, "one\n");
        let long = format!("{}\nnext\n", "x".repeat(3 * QUOTED_LINE_BYTES));
        std::fs::write(&path, long).unwrap();
        let blocks = read_lines(&path, vec![(1, 2)], false).unwrap();
        assert_eq!(blocks[0].text.len(), QUOTED_LINE_BYTES + "\nnext\n".len());
        assert!(blocks[0].text.ends_with("x\nnext\n"));
    }

    #[test]
    fn byte_range_counts_characters() {
        let mut sources = Sources::default();
        let file = sources.add(
            PathBuf::from("x.yaml"),
            "a: é\r\nid: « x »\n".as_bytes().to_vec(),
        );
        assert_eq!(sources.view(file, 2).byte_range(Pos::new(2, 5, 5)), 11..18);
        assert_eq!(
            &sources.text(file)[sources.view(file, 1).byte_range(Pos::new(1, 4, 1))],
            "é"
        );
        // Past the end of a line: an empty range at its end, before the CR.
        assert_eq!(sources.view(file, 1).byte_range(Pos::new(1, 40, 1)), 5..5);
        // Past the last line: the last (empty) line.
        assert_eq!(sources.view(file, 9).byte_range(Pos::new(9, 1, 1)), 19..19);
    }
}
