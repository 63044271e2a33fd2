//! Windows-1252, as Excel saves "CSV (séparateur: point-virgule)" on a French or Dutch
//! Windows: telling it from UTF-8 and from binary data, and decoding it (`encoding_rs`).
//! Windows-1252 and UTF-8 agree on ASCII: a file read as UTF-8 up to its first byte that
//! is not, with nothing but ASCII before it, reads the same as if it had been decoded
//! from its start.
//!
//! Part of `input`: imports nothing of `plan`.

use std::borrow::Cow;
use std::io::Read;

/// Whether bytes that are not UTF-8 read as Windows-1252 text (`é` written as the
/// single byte `0xE9`): no UTF-8 beyond ASCII among them, no control character but
/// tabs and line breaks, and no byte that Windows-1252 leaves undefined.
pub(super) fn is_windows_1252(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().all(|chunk| chunk.valid().is_ascii())
        && bytes.iter().all(|b| match b {
            b'\t' | b'\n' | b'\r' => true,
            0x00..=0x1F | 0x7F | 0x81 | 0x8D | 0x8F | 0x90 | 0x9D => false,
            _ => true,
        })
}

/// Windows-1252 bytes as text: each byte is one character (the five bytes it leaves
/// undefined become the C1 control characters, as `encoding_rs` decodes them).
pub(super) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0
}

/// The offset in `text` (decoded from Windows-1252) of its first character that no
/// text holds: a control character but tabs and line breaks, or one of the five bytes
/// that Windows-1252 leaves undefined.
pub(super) fn not_text(text: &[u8]) -> Option<usize> {
    // A decoded control character is ASCII, or a C1 character `C2 80`…`C2 9F` in UTF-8.
    text.iter().enumerate().find_map(|(i, b)| match b {
        b'\t' | b'\n' | b'\r' => None,
        0x00..=0x1F | 0x7F => Some(i),
        0xC2 if text.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)) => Some(i),
        _ => None,
    })
}

/// A reader of Windows-1252 bytes that hands out their text in UTF-8.
pub(super) struct Windows1252<R> {
    inner: R,
    raw: Vec<u8>,
    /// Decoded text not handed out yet, from `at`.
    text: Vec<u8>,
    at: usize,
}

impl<R: Read> Windows1252<R> {
    pub(super) fn new(inner: R) -> Self {
        Windows1252 {
            inner,
            raw: vec![0; 1 << 16],
            text: Vec::new(),
            at: 0,
        }
    }
}

impl<R: Read> Read for Windows1252<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.text.len() {
            let n = self.inner.read(&mut self.raw)?;
            self.text.clear();
            self.text
                .extend_from_slice(decode(&self.raw[..n]).as_bytes());
            self.at = 0;
        }
        let n = buf.len().min(self.text.len() - self.at);
        buf[..n].copy_from_slice(&self.text[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_is_told_from_utf8_and_binary() {
        assert!(is_windows_1252(b"r\xe9union \x80 \x93ok\x94\r\n"));
        assert!(!is_windows_1252("réunion".as_bytes()));
        assert!(!is_windows_1252(b"r\xe9union r\xc3\xa9union"));
        assert!(!is_windows_1252(b"PK\x03\x04\xe9"));
        assert!(!is_windows_1252(b"\x81\xe9"));
    }

    #[test]
    fn decodes_in_pieces() {
        let raw = b"p\xe9riode;\x80 \x93oui\x94\n".repeat(10_000);
        let mut text = String::new();
        Windows1252::new(&raw[..])
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "période;€ “oui”\n".repeat(10_000));
        assert_eq!(not_text(text.as_bytes()), None);
        assert_eq!(not_text(decode(b"ok \x81").as_bytes()), Some(3));
        assert_eq!(not_text("é\u{1}".as_bytes()), Some(2));
    }
}
