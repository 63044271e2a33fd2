//! Line numbers of byte offsets, with the line breaks YAML knows: `\n`, `\r\n` and a
//! lone `\r` (as serde-saphyr counts them). One index per file serves the excerpts of
//! findings, the rows of CSV files and the place of an invalid byte.

use std::ops::Range;

use crate::model::Pos;

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
        let mut i = 0;
        while i < bytes.len() {
            let width = match (bytes[i], bytes.get(i + 1)) {
                (b'\r', Some(b'\n')) => 2,
                (b'\r' | b'\n', _) => 1,
                _ => 0,
            };
            if width > 0 {
                ends.push(i);
                starts.push(i + width);
                i += width;
            } else {
                i += 1;
            }
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
    }

    #[test]
    fn empty_text_has_one_empty_line() {
        let index = LineIndex::new("");
        assert_eq!(index.range(1), 0..0);
        assert_eq!(index.pos_of("", 0), Pos::new(1, 1, 1));
    }
}
