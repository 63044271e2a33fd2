//! Files read through a memory map, their pages handed back to the system behind the
//! reading: memory stays flat however large the file is.
//! - [`StreamedText`]: a large YAML file read as one `&str`, so that the YAML parser
//!   reads it as a string (serde-saphyr parses a string about a quarter faster than a
//!   reader).
//! - [`MappedReader`]: a range of a CSV file read as a reader, without the copy from the
//!   system's cache that reading a file makes (about a tenth of the time of reading a
//!   large CSV file).
//!
//! A mapped file must not be changed while `plan` runs: one cut short under it ends the
//! process (SIGBUS), as with any program that maps its input (ripgrep, git).
//!
//! Part of `input`: imports only the leaves ([`crate::lines`], [`crate::place`]).

use std::cell::Cell;
use std::io::{BufRead, Read};
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
        let map = map(path)?;
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

/// The file at `path` mapped into memory; `None` when it is empty (or tells no size),
/// which cannot be mapped.
fn map(path: &Path) -> std::io::Result<Option<Mmap>> {
    let file = std::fs::File::open(path)?;
    if file.metadata()?.len() == 0 {
        return Ok(None);
    }
    // SAFETY: the map is read-only, and the file is not changed while `plan` runs
    // (module documentation).
    Ok(Some(unsafe { Mmap::map(&file)? }))
}

/// Offset `at` of bytes of length `len`, or their end when `at` lies past it.
pub fn clamped(at: u64, len: usize) -> usize {
    usize::try_from(at).map_or(len, |at| at.min(len))
}

/// A reader's pages are handed back in steps of this many bytes.
const READER_RELEASE_STEP: usize = 1 << 20;

/// What each step hands back again, behind the pages it hands back first. A reader looks
/// again at what it read ([`MappedReader::read_so_far`]: a CSV row from its start, at most
/// 2 MiB and one read back), and a page looked at once handed back is mapped again, with
/// the block that holds it (up to 2 MiB on x86-64): handed back once only, such blocks
/// would stay mapped to the end, and of a file read so, most of its pages with them.
pub const READER_LOOK_BACK: usize = 4 << 20;

/// A range of a file, read from a memory map; the pages read are handed back in steps
/// of [`READER_RELEASE_STEP`] bytes, with those of the last [`READER_LOOK_BACK`] bytes
/// looked at again.
pub struct MappedReader {
    map: Mmap,
    /// The offset in the file where the range starts.
    start: usize,
    /// The offset in the file of the next byte read.
    at: usize,
    /// The offset in the file where the range ends.
    end: usize,
    /// Bytes (from the file's start) handed back so far.
    released: usize,
}

impl MappedReader {
    /// Bytes `start..end` of the file at `path` (as far as the file goes); `None` for a
    /// file that cannot be mapped ([`map`]).
    pub fn open(path: &Path, start: u64, end: u64) -> std::io::Result<Option<MappedReader>> {
        let Some(map) = map(path)? else {
            return Ok(None);
        };
        let (at, end) = (clamped(start, map.len()), clamped(end, map.len()));
        Ok(Some(MappedReader {
            start: at.min(end),
            at: at.min(end),
            end,
            released: at,
            map,
        }))
    }

    /// The bytes of the range read so far. Those of pages handed back are mapped again
    /// from the file when they are looked at.
    pub fn read_so_far(&self) -> &[u8] {
        &self.map[self.start..self.at]
    }
}

impl Read for MappedReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(self.end - self.at);
        buf[..n].copy_from_slice(&self.map[self.at..self.at + n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for MappedReader {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        Ok(&self.map[self.at..self.end])
    }

    fn consume(&mut self, amount: usize) {
        self.at = (self.at + amount).min(self.end);
        if self.at >= self.released + READER_RELEASE_STEP {
            let again = self
                .released
                .saturating_sub(READER_LOOK_BACK)
                .max(self.start);
            release(Some(&self.map), again, self.at);
            self.released = self.at;
        }
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
    fn a_mapped_reader_reads_its_range_past_the_pages_it_hands_back() {
        let bytes: Vec<u8> = (0..3 * READER_RELEASE_STEP + 11)
            .map(|i| (i % 251) as u8)
            .collect();
        let (dir, _) = mapped(&bytes);
        let path = dir.path().join("m.yaml");
        let read = |start: u64, end: u64| {
            let mut reader = MappedReader::open(&path, start, end).unwrap().unwrap();
            let mut read = Vec::new();
            let mut buf = [0; 8192];
            loop {
                match reader.read(&mut buf).unwrap() {
                    0 => break read,
                    n => read.extend_from_slice(&buf[..n]),
                }
            }
        };
        assert_eq!(read(0, u64::MAX), bytes);
        assert_eq!(
            read(7, 2 * READER_RELEASE_STEP as u64 + 3),
            bytes[7..2 * READER_RELEASE_STEP + 3]
        );
        assert_eq!(read(bytes.len() as u64 + 5, u64::MAX), b"");
        let mut reader = MappedReader::open(&path, 5, 9).unwrap().unwrap();
        assert_eq!(reader.fill_buf().unwrap(), &bytes[5..9]);
        reader.consume(3);
        assert_eq!(reader.fill_buf().unwrap(), &bytes[8..9]);
        assert_eq!(reader.read_so_far(), &bytes[5..8]);
        std::fs::write(&path, b"").unwrap();
        assert!(MappedReader::open(&path, 0, u64::MAX).unwrap().is_none());
    }

    /// The bytes of the mapping that starts at `start` held in memory, from the system's
    /// account of this process.
    #[cfg(target_os = "linux")]
    fn resident(start: *const u8) -> usize {
        let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
        // Each mapping's lines start with its address range.
        let head = format!("\n{:x}-", start as usize);
        let block = &smaps[smaps.find(&head).expect("the mapping is listed")..];
        let rss = block.lines().find(|line| line.starts_with("Rss:")).unwrap();
        let kib: usize = rss.split_whitespace().nth(1).unwrap().parse().unwrap();
        kib * 1024
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn pages_looked_at_again_behind_a_reader_are_handed_back_too() {
        // Read as the CSV reader reads: a piece at a time, then the row just read looked
        // at again from its start, which may lie in pages already handed back.
        let size = 48 << 20;
        let bytes: Vec<u8> = (0..size).map(|i| b"row,of,a,file\n"[i % 14]).collect();
        let (dir, _) = mapped(&bytes);
        let mut reader = MappedReader::open(&dir.path().join("m.yaml"), 0, u64::MAX)
            .unwrap()
            .unwrap();
        let mut buf = [0; 8192];
        let (mut seen, mut most) = (0u64, 0);
        while reader.read(&mut buf).unwrap() > 0 {
            let so_far = reader.read_so_far();
            let row = &so_far[so_far.len().saturating_sub(buf.len() + 100)..];
            seen += row.iter().map(|b| u64::from(*b)).sum::<u64>();
            if so_far.len().is_multiple_of(1 << 20) {
                most = most.max(resident(reader.map.as_ptr()));
            }
        }
        assert!(seen > 0);
        // The pages of the last steps, and the block of up to 2 MiB that the system maps
        // at a time ahead of the reader: far less than the file.
        let bound = READER_LOOK_BACK + 2 * READER_RELEASE_STEP + (4 << 20);
        assert!(most <= bound, "{most} bytes mapped, more than {bound}");
    }

    #[test]
    fn an_empty_file_is_empty_text() {
        let (_dir, mapped) = mapped(b"");
        assert_eq!(mapped.text(), Ok(""));
    }
}
