//! The way out of the checks for measurements: each record that passed, as an
//! [`Observation`], goes to a [`Store`] of its indicator, which the caller chooses
//! (compute's series), so that the checks know nothing of what is computed from them.
//!
//! Part of `check`: imports only the leaves.

use crate::calendar::DateRange;
use crate::model::MeasuredValue;
use crate::target::Period;

/// A measurement that passed its checks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Observation<'r> {
    /// The kind of period measured: a day, or a week, month, quarter or year.
    pub period: Period,
    /// The days measured (one for a date); it counts on the last.
    pub days: DateRange,
    pub value: MeasuredValue,
    pub note: Option<&'r str>,
}

/// Where a record starts, as a store keeps it for the copies of the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordPlace {
    pub file: u32,
    pub line: u32,
    pub column: u32,
    /// The length of the record's position (its first field, as findings show it).
    pub len: u32,
}

/// Where the checked measurements of one indicator are kept.
pub trait Store: Default + Send {
    /// Keeps an observation of the record at `place`. A record of the same last day,
    /// kind of period and note is a copy: the place of the first such record is given
    /// back.
    fn add(&mut self, observation: &Observation, place: RecordPlace) -> Option<RecordPlace>;

    /// Takes in the observations of a store filled from a later file, as if they had
    /// been added after this one's: the first records of `later` that are copies of a
    /// record kept here, each with the place of that first record.
    fn absorb(&mut self, later: Self) -> Vec<(RecordPlace, RecordPlace)>;

    /// Moves every place kept `lines` lines down (a piece of a file, read from its own
    /// first line, taken in after the pieces before it).
    fn move_lines(&mut self, lines: u32);

    /// Whether nothing was kept.
    fn is_empty(&self) -> bool;
}
