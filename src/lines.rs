//! Lines as YAML counts them, in one place: a line ends at `\n`, `\r\n` or a lone `\r`
//! (as serde-saphyr counts them; the csv crate counts only `\n`), and a UTF-8
//! byte-order mark at the start of a file is not part of its text. Every part of `plan`
//! that numbers lines — excerpts, CSV rows, the place of an invalid byte — uses this
//! module: [`LineCounter`] for text read in pieces, [`LineIndex`] for text held whole.
//!
//! A leaf: imports only [`crate::place`].

use std::io::BufRead;
use std::ops::Range;

use crate::place::Pos;

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The length of the byte-order mark that `bytes` start with (0 or 3).
pub fn bom_len(bytes: &[u8]) -> usize {
    if bytes.starts_with(BOM) { BOM.len() } else { 0 }
}

/// Skips a byte-order mark at the start of `reader`.
pub fn skip_bom(reader: &mut impl BufRead) -> std::io::Result<()> {
    let len = bom_len(reader.fill_buf()?);
    reader.consume(len);
    Ok(())
}

/// Line numbers of a text read byte by byte or piece by piece.
#[derive(Clone, Copy, Debug)]
pub struct LineCounter {
    /// The line of the last byte read (1 before any).
    line: u32,
    /// Whether the last byte read was a `\r`: the next byte starts a line unless it is
    /// the `\n` of a `\r\n`.
    after_cr: bool,
}

impl Default for LineCounter {
    fn default() -> Self {
        LineCounter {
            line: 1,
            after_cr: false,
        }
    }
}

impl LineCounter {
    /// Reads the next byte of the text; the line it is on.
    #[inline]
    pub fn line_of(&mut self, byte: u8) -> u32 {
        if self.after_cr && byte != b'\n' {
            self.line = self.line.saturating_add(1);
        }
        self.after_cr = byte == b'\r';
        let line = self.line;
        if byte == b'\n' {
            self.line = self.line.saturating_add(1);
        }
        line
    }

    /// Reads the next bytes of the text.
    pub fn feed(&mut self, bytes: &[u8]) {
        // Line breaks are counted only when the count is all there is to read.
        let cr = self.after_cr || bytes.contains(&b'\r');
        let breaks = if cr {
            0
        } else {
            u32::try_from(bytes.iter().filter(|b| **b == b'\n').count()).unwrap_or(u32::MAX)
        };
        self.feed_counted(bytes, breaks, cr);
    }

    /// Reads the next bytes of the text, already known to hold `breaks` bytes `\n`, and
    /// a `\r` when `cr`: without a `\r`, the count is all there is to read.
    pub fn feed_counted(&mut self, bytes: &[u8], breaks: u32, cr: bool) {
        if !self.after_cr && !cr {
            self.line = self.line.saturating_add(breaks);
            return;
        }
        for byte in bytes {
            self.line_of(*byte);
        }
    }

    /// The line of the next byte, when it is not a `\n`.
    pub fn next_line(&self) -> u32 {
        self.line.saturating_add(u32::from(self.after_cr))
    }
}

/// The line and column (in characters) of byte `offset` of `bytes`, which are UTF-8 up
/// to there (the place of an invalid byte: never the `\n` of a `\r\n`).
pub fn pos_of(bytes: &[u8], offset: usize) -> Pos {
    let before = &bytes[..offset.min(bytes.len())];
    let mut lines = LineCounter::default();
    let (mut current, mut start) = (1, 0);
    for (i, byte) in before.iter().enumerate() {
        let line = lines.line_of(*byte);
        if line != current {
            (current, start) = (line, i);
        }
    }
    let line = lines.next_line();
    if line != current {
        start = before.len();
    }
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    Pos::new(line, u32::try_from(column).unwrap_or(u32::MAX), 1)
}

/// Where each line of a text held whole starts and ends.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
    /// Byte offset of the end of each line (before its line break).
    ends: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let (mut starts, mut ends) = (vec![0], Vec::new());
        let mut lines = LineCounter::default();
        for (i, byte) in bytes.iter().enumerate() {
            let line = lines.line_of(*byte) as usize;
            if line > starts.len() {
                starts.push(i);
            }
            if matches!(byte, b'\n' | b'\r') && ends.len() < line {
                ends.push(i);
            }
        }
        if (lines.next_line() as usize) > starts.len() {
            starts.push(bytes.len());
        }
        ends.push(bytes.len());
        LineIndex { starts, ends }
    }

    /// The byte range of line `line` (1-based, clamped to the last line), without its
    /// line break.
    pub fn range(&self, line: u32) -> Range<usize> {
        let index = (line.max(1) as usize - 1).min(self.starts.len() - 1);
        self.starts[index]..self.ends[index]
    }

    /// The number of lines (an empty text has one).
    pub fn count(&self) -> u32 {
        u32::try_from(self.starts.len()).unwrap_or(u32::MAX)
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> u32 {
        let index = self.starts.partition_point(|start| *start <= offset);
        u32::try_from(index.max(1)).unwrap_or(u32::MAX)
    }

    /// The line and column (in characters) of byte `offset` of `text`.
    pub fn pos_of(&self, text: &str, offset: usize) -> Pos {
        let line = self.line_of(offset);
        let start = self.range(line).start;
        let column = text
            .get(start..offset.min(text.len()))
            .map_or(0, |before| before.chars().count());
        Pos::new(line, u32::try_from(column + 1).unwrap_or(u32::MAX), 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_line_break() {
        let text = "a\nbé\r\nc\rd";
        let index = LineIndex::new(text);
        let lines: Vec<&str> = (1..=4).map(|l| &text[index.range(l)]).collect();
        assert_eq!(lines, ["a", "bé", "c", "d"]);
        assert_eq!(index.range(9), index.range(4));
        assert_eq!(index.line_of(0), 1);
        assert_eq!(index.line_of(2), 2);
        assert_eq!(index.line_of(7), 3);
        assert_eq!(index.line_of(9), 4);
        assert_eq!(index.pos_of(text, 5), Pos::new(2, 3, 1));
        for trailing in ["a\n", "a\r", "a\r\n"] {
            let index = LineIndex::new(trailing);
            assert_eq!(
                (index.count(), index.range(1), index.range(2)),
                (2, 0..1, trailing.len()..trailing.len()),
                "{trailing:?}"
            );
        }
    }

    #[test]
    fn empty_text_has_one_empty_line() {
        let index = LineIndex::new("");
        assert_eq!(index.range(1), 0..0);
        assert_eq!(index.pos_of("", 0), Pos::new(1, 1, 1));
    }

    #[test]
    fn counters_and_indexes_agree() {
        let text = "a\r\nbé\rc\n\nd\r\r\ne";
        let index = LineIndex::new(text);
        let mut counter = LineCounter::default();
        for (i, byte) in text.bytes().enumerate() {
            assert_eq!(counter.line_of(byte), index.line_of(i), "byte {i}");
            let crlf = byte == b'\n' && text.as_bytes().get(i.wrapping_sub(1)) == Some(&b'\r');
            if text.is_char_boundary(i) && !crlf {
                assert_eq!(
                    pos_of(text.as_bytes(), i),
                    index.pos_of(text, i),
                    "byte {i}"
                );
            }
        }
        let mut fed = LineCounter::default();
        fed.feed(text.as_bytes());
        assert_eq!(fed.next_line(), index.count());
    }

    #[test]
    fn byte_order_marks() {
        assert_eq!(bom_len("\u{feff}x".as_bytes()), 3);
        assert_eq!(bom_len(b"\xEF\xBBx"), 0);
        let mut reader = std::io::BufReader::new("\u{feff}abc".as_bytes());
        skip_bom(&mut reader).unwrap();
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut reader, &mut rest).unwrap();
        assert_eq!(rest, "abc");
    }
}
