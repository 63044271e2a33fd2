//! A large YAML file read as one `&str` through a memory map, so that the YAML parser
//! reads it as a string
//! (serde-saphyr parses a string about a quarter faster than a reader), while the pages
//! already parsed are handed back to the system: memory stays flat however large the
//! file is.
//!
//! A mapped file must not be changed while `plan` runs: one cut short under it ends the
//! process (SIGBUS), as with any program that maps its input (ripgrep, git).
//!
//! Part of `input`: imports only the leaves ([`crate::lines`], [`crate::place`]).

use std::cell::Cell;
use std::path::Path;

use memmap2::Mmap;

use crate::lines::bom_len;
use crate::place::Pos;

/// Pages are handed back in steps of this many bytes, behind the parser.
const RELEASE_STEP: usize = 4 << 20;

/// How far behind the parser pages are kept: what it may still look at.
const KEEP_BEHIND: usize = 1 << 20;

/// A file mapped into memory, its parsed pages handed back as parsing goes on.
pub struct StreamedText {
    /// `None` for an empty file, which cannot be mapped.
    map: Option<Mmap>,
    /// Bytes of a byte-order mark skipped at the start.
    skip: usize,
    /// Bytes (from the map's start) handed back so far.
    released: Cell<usize>,
}

impl StreamedText {
    pub fn open(path: &Path) -> std::io::Result<StreamedText> {
        let file = std::fs::File::open(path)?;
        let map = if file.metadata()?.len() == 0 {
            None
        } else {
            // SAFETY: the map is read-only, and the file is not changed while `plan`
            // runs (module documentation).
            Some(unsafe { Mmap::map(&file)? })
        };
        let skip = map.as_deref().map_or(0, bom_len);
        Ok(StreamedText {
            map,
            skip,
            released: Cell::new(0),
        })
    }

    fn bytes(&self) -> &[u8] {
        self.map.as_deref().map_or(&[], |map| &map[self.skip..])
    }

    /// The text, checked to be UTF-8 piece by piece (each piece handed back once
    /// checked); `Err` holds the offset of the first byte that is not.
    pub fn text(&self) -> Result<&str, usize> {
        let mut at = 0;
        while at < self.bytes().len() {
            let end = (at + RELEASE_STEP).min(self.bytes().len());
            match std::str::from_utf8(&self.bytes()[at..end]) {
                Ok(_) => at = end,
                // A character cut by the end of the piece: check from its start.
                Err(err) if err.error_len().is_none() && end < self.bytes().len() => {
                    at += err.valid_up_to();
                }
                Err(err) => return Err(at + err.valid_up_to()),
            }
            self.release_before(at + KEEP_BEHIND);
        }
        self.rewind();
        // SAFETY: checked above, piece by piece, pieces meeting at character boundaries.
        Ok(unsafe { std::str::from_utf8_unchecked(self.bytes()) })
    }

    /// The line and column (in characters) of byte `offset` of the text, which is UTF-8
    /// up to there.
    pub fn pos_of(&self, offset: usize) -> Pos {
        crate::lines::pos_of(self.bytes(), offset)
    }

    /// Starts handing pages back from the start again, for another pass over the text.
    pub fn rewind(&self) {
        self.released.set(0);
    }

    /// Hands back the pages before `offset` (a byte of the text) less [`KEEP_BEHIND`].
    pub fn release_before(&self, offset: usize) {
        let end = (self.skip + offset).saturating_sub(KEEP_BEHIND);
        if end < self.released.get() + RELEASE_STEP {
            return;
        }
        release(self.map.as_ref(), self.released.get(), end);
        self.released.set(end);
    }
}

#[cfg(unix)]
fn release(map: Option<&Mmap>, start: usize, end: usize) {
    let Some(map) = map else {
        return;
    };
    let page = page_size();
    let (start, end) = (start / page * page, end / page * page);
    if end > start {
        // SAFETY: the pages are file-backed and never written: after DONTNEED a read
        // maps the same bytes of the file again. Only memory use changes; a failure
        // is harmless.
        let _ = unsafe {
            map.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, start, end - start)
        };
    }
}

#[cfg(not(unix))]
fn release(_: Option<&Mmap>, _: usize, _: usize) {}

#[cfg(unix)]
fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(size).unwrap_or(4096).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(bytes: &[u8]) -> (tempfile::TempDir, StreamedText) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.yaml");
        std::fs::write(&path, bytes).unwrap();
        let mapped = StreamedText::open(&path).unwrap();
        (dir, mapped)
    }

    #[test]
    fn characters_cut_by_the_pieces_are_whole_again() {
        // Two-byte characters from an odd offset: one of them straddles each piece's end.
        let text = format!("\u{feff}a{}", "é".repeat(RELEASE_STEP + 17));
        let (_dir, mapped) = mapped(text.as_bytes());
        assert_eq!(mapped.text(), Ok(&text[3..]));
        mapped.release_before(2 * RELEASE_STEP);
        assert_eq!(mapped.text().map(str::len), Ok(text.len() - 3));
    }

    #[test]
    fn the_first_invalid_byte_is_found_past_the_first_piece() {
        let mut bytes = "x".repeat(RELEASE_STEP + 5).into_bytes();
        bytes.extend_from_slice(b"\xC3(rest");
        let (_dir, mapped) = mapped(&bytes);
        assert_eq!(mapped.text(), Err(RELEASE_STEP + 5));
    }

    #[test]
    fn places_of_bytes_count_lines_and_characters() {
        let (_dir, mapped) = mapped("\u{feff}a\r\nbé\rc\ndéf".as_bytes());
        let pos = |offset| {
            let p = mapped.pos_of(offset);
            (p.line, p.column)
        };
        assert_eq!(pos(0), (1, 1));
        assert_eq!(pos(3), (2, 1));
        assert_eq!(pos(6), (2, 3));
        assert_eq!(pos(7), (3, 1));
        assert_eq!(pos(12), (4, 3));
    }

    #[test]
    fn an_empty_file_is_empty_text() {
        let (_dir, mapped) = mapped(b"");
        assert_eq!(mapped.text(), Ok(""));
    }
}
