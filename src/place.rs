//! Where a finding is: a position in a text file (line, column), a cell of a workbook
//! (sheet, row, column), or a file or folder of the run as a whole.
//!
//! A leaf: imports nothing of `plan`.

/// Index of a file among the files read in one run (`input::Sources`).
pub type FileId = usize;

/// A position in a text file: 1-based line and column (in characters), and the length
/// in characters of the thing found there (for the caret).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
    pub len: u32,
}

impl Pos {
    pub fn new(line: u32, column: u32, len: u32) -> Self {
        Pos { line, column, len }
    }

    /// The start of a file.
    pub fn start() -> Self {
        Pos::new(1, 1, 1)
    }
}

impl From<serde_saphyr::Location> for Pos {
    fn from(location: serde_saphyr::Location) -> Self {
        let clamp = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        Pos {
            line: clamp(location.line()).max(1),
            column: clamp(location.column()).max(1),
            len: clamp(location.span().len()),
        }
    }
}

/// A cell of a workbook: its sheet, and its 1-based row and column.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cell {
    pub sheet: String,
    pub row: u32,
    pub column: u32,
}

impl Cell {
    /// The cell's reference as spreadsheets write it: `Sheet!C12`.
    pub fn reference(&self) -> String {
        let mut letters = Vec::new();
        let mut n = self.column.max(1);
        while n > 0 {
            let rest = (n - 1) % 26;
            letters.push(char::from(b'A' + rest as u8));
            n = (n - 1) / 26;
        }
        let column: String = letters.into_iter().rev().collect();
        format!("{}!{column}{}", self.sheet, self.row)
    }
}

/// Where in a file: a text position, a workbook cell, or the file (or folder) as a
/// whole, at no line.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    Text(Pos),
    Cell(Cell),
    Whole,
}

/// A place in one of the run's files.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub file: FileId,
    pub place: Place,
}

impl Location {
    /// A position in a text file.
    pub fn text(file: FileId, pos: Pos) -> Self {
        Location {
            file,
            place: Place::Text(pos),
        }
    }

    /// A file or folder as a whole: a folder named on the command line, say.
    pub fn whole(file: FileId) -> Self {
        Location {
            file,
            place: Place::Whole,
        }
    }

    /// The text position, when the place is one.
    pub fn pos(&self) -> Option<Pos> {
        match &self.place {
            Place::Text(pos) => Some(*pos),
            Place::Cell(_) | Place::Whole => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references() {
        let cell = |column| Cell {
            sheet: "GDP".into(),
            row: 12,
            column,
        };
        assert_eq!(cell(3).reference(), "GDP!C12");
        assert_eq!(cell(26).reference(), "GDP!Z12");
        assert_eq!(cell(27).reference(), "GDP!AA12");
        assert_eq!(cell(703).reference(), "GDP!AAA12");
    }
}
