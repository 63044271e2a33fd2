//! The limits against hostile input: how large a file and how deep or wide a YAML
//! document may be.
//!
//! Part of `input`: imports nothing.

/// Plan files larger than this are refused: they are read whole, and a commune's plan
/// is about 30 KB.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Measurements files larger than this are refused before they are read. They are
/// streamed, so memory does not grow with them; the limit bounds the time (a country's
/// daily records for a year are about 300 MB).
pub const MAX_STREAM_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// Nesting deeper than this is refused: a plan file is eight levels deep.
pub const MAX_DEPTH: usize = 64;

/// Node budget per YAML file: raised from serde-saphyr's 250 000 to what a measurements
/// file at [`MAX_STREAM_BYTES`] may hold (a record is five nodes in about 80 bytes).
pub const MAX_NODES: usize = 300_000_000;
