//! The way out of input for measurements: [`RecordSink`], which input defines and its
//! consumer (the checks) implements, so that input never knows who reads its records.
//!
//! Part of `input`: imports only the leaves.

use crate::diagnostic::Diagnostic;
use crate::model::{Comment, Located, Measurement};

/// Where the records of a measurements file go as they are decoded, with the findings
/// of decoding.
pub trait RecordSink {
    /// A record as written, with the plan its file names. The reader may use the record's
    /// room again for the next one.
    fn record(&mut self, plan: &Located<String>, record: &Measurement);
    /// A comment as written (SPEC §2.4), with the plan its file names.
    fn comment(&mut self, plan: &Located<String>, comment: Comment);
    /// A fault met while decoding.
    fn finding(&mut self, finding: Diagnostic);
}
