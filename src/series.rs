//! An indicator's measurements folded day by day as they stream in: what attainment
//! (SPEC §4) needs of them — counts, sums, extremes and the latest value of each day,
//! and each day's notes — without keeping the records themselves.

use std::collections::{BTreeMap, HashMap};

use indexmap::IndexSet;
use std::ops::RangeInclusive;

use chrono::NaiveDate;

use crate::calendar::Span;
use crate::check::ObsValue;

/// The measurements of one day (a period counts at its last day), in arrival order.
#[derive(Clone, Debug, PartialEq)]
pub struct Day {
    /// Records counted.
    pub count: u32,
    /// Records holding a number, and their sum, smallest and largest.
    pub numbers: u32,
    pub sum: f64,
    pub min: f64,
    pub max: f64,
    /// The value of the day's last record (in file order).
    pub last: ObsValue,
    /// The day's distinct records by kind of period and note ([`Series::add`]), in
    /// arrival order, each with the token given with its first record (the key, then
    /// the token).
    firsts: Vec<[u32; 4]>,
    /// Positions in `firsts`, once a day has many distinct records.
    #[expect(
        clippy::box_collection,
        reason = "boxed, a day without an index takes 8 bytes for it instead of 48"
    )]
    index: Option<Box<HashMap<u32, u32>>>,
}

/// What the caller keeps of a record, given back with a copy of it: where it is.
pub type Token = [u32; 3];

/// Days with more distinct records than this look them up through a hash index.
const SCAN_LIMIT: usize = 64;

/// A record's kind of period takes the top bits of its key, its note (or none) the rest.
const NOTE_BITS: u32 = 29;

impl Day {
    fn note(key: u32) -> Option<usize> {
        (key & ((1 << NOTE_BITS) - 1))
            .checked_sub(1)
            .map(|id| id as usize)
    }

    /// The token of the first record with `key`, or records `key` with `token`.
    fn first(&mut self, key: u32, token: Token) -> Option<Token> {
        let found = match &self.index {
            Some(index) => index.get(&key).map(|i| *i as usize),
            None => self.firsts.iter().position(|[k, ..]| *k == key),
        };
        if let Some(i) = found {
            let [_, a, b, c] = self.firsts[i];
            return Some([a, b, c]);
        }
        let [a, b, c] = token;
        self.firsts.push([key, a, b, c]);
        if let Some(index) = &mut self.index {
            index.insert(key, (self.firsts.len() - 1) as u32);
        } else if self.firsts.len() > SCAN_LIMIT {
            self.index = Some(Box::new(
                self.firsts
                    .iter()
                    .enumerate()
                    .map(|(i, [key, ..])| (*key, i as u32))
                    .collect(),
            ));
        }
        None
    }
}

/// One indicator's measurements, by day. Memory grows with the days and the distinct
/// records of a day (by period and note), not with the number of records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    days: BTreeMap<NaiveDate, Day>,
    /// The distinct notes, each once, numbered in order of arrival.
    notes: IndexSet<String>,
}

impl Series {
    /// Adds a checked measurement of `span` (counted on its last day) with its `note`.
    /// `token` is kept for the first record of each day, kind of period and note; a
    /// later record with all three the same is a copy, and gets that first token back.
    pub fn add(
        &mut self,
        span: Span,
        value: ObsValue,
        note: Option<&str>,
        token: Token,
    ) -> Option<Token> {
        let note = note.map_or(0, |text| self.note_id(text) + 1);
        let key = (span.kind as u32) << NOTE_BITS | note.min((1 << NOTE_BITS) - 1);
        let day = self.days.entry(span.end).or_insert(Day {
            count: 0,
            numbers: 0,
            sum: 0.0,
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
            last: value,
            firsts: Vec::new(),
            index: None,
        });
        day.count += 1;
        day.last = value;
        if let ObsValue::Number(n) = value {
            day.numbers += 1;
            day.sum += n;
            day.min = day.min.min(n);
            day.max = day.max.max(n);
        }
        day.first(key, token)
    }

    /// Whether no measurement was added.
    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    fn note_id(&mut self, text: &str) -> u32 {
        let id = match self.notes.get_index_of(text) {
            Some(id) => id,
            None => self.notes.insert_full(text.to_string()).0,
        };
        u32::try_from(id).unwrap_or(u32::MAX)
    }

    /// The days within `range`, in date order.
    pub fn days(
        &self,
        range: RangeInclusive<NaiveDate>,
    ) -> impl Iterator<Item = (NaiveDate, &Day)> {
        let range = if range.start() <= range.end() {
            Some(range)
        } else {
            None
        };
        range
            .into_iter()
            .flat_map(|range| self.days.range(range))
            .map(|(date, day)| (*date, day))
    }

    /// The distinct notes of the days within `range`, in the order of their first day
    /// (notes of one day in file order).
    pub fn notes(&self, range: RangeInclusive<NaiveDate>) -> Vec<String> {
        let mut seen = vec![false; self.notes.len()];
        let mut notes = Vec::new();
        for (_, day) in self.days(range) {
            for id in day.firsts.iter().filter_map(|[key, ..]| Day::note(*key)) {
                if let Some(seen @ false) = seen.get_mut(id) {
                    *seen = true;
                    notes.push(self.notes[id].clone());
                }
            }
        }
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::Period;

    fn d(month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, month, day).unwrap()
    }

    fn on(date: NaiveDate) -> Span {
        Span {
            kind: Period::Day,
            start: date,
            end: date,
        }
    }

    /// A token naming record `n`.
    fn t(n: u32) -> Token {
        [n, 0, 0]
    }

    #[test]
    fn folds_a_day() {
        let mut s = Series::default();
        let day = on(d(1, 2));
        assert_eq!(
            s.add(day, ObsValue::Number(2.0), Some("Maritime"), t(1)),
            None
        );
        assert_eq!(
            s.add(day, ObsValue::Number(5.0), Some("Maritime"), t(2)),
            Some(t(1))
        );
        assert_eq!(s.add(day, ObsValue::Number(1.0), None, t(3)), None);
        let (date, day) = s.days(d(1, 1)..=d(1, 31)).next().unwrap();
        assert_eq!(date, d(1, 2));
        assert_eq!((day.count, day.numbers, day.sum), (3, 3, 8.0));
        assert_eq!(
            (day.min, day.max, day.last),
            (1.0, 5.0, ObsValue::Number(1.0))
        );
        assert_eq!(s.notes(d(1, 1)..=d(12, 31)), ["Maritime"]);
    }

    #[test]
    fn notes_in_date_order_once_each() {
        let mut s = Series::default();
        s.add(on(d(3, 1)), ObsValue::Bool(true), Some("b"), t(0));
        s.add(on(d(1, 1)), ObsValue::Bool(true), Some("a"), t(0));
        s.add(on(d(2, 1)), ObsValue::Bool(false), Some("b"), t(0));
        s.add(on(d(2, 1)), ObsValue::Bool(false), Some("c"), t(0));
        assert_eq!(s.notes(d(1, 1)..=d(12, 31)), ["a", "b", "c"]);
        assert_eq!(s.notes(d(2, 15)..=d(12, 31)), ["b"]);
        assert!(s.notes(d(5, 1)..=d(4, 1)).is_empty());
    }

    #[test]
    fn copies_are_told_by_day_kind_of_period_and_note() {
        let mut s = Series::default();
        let march = Span {
            kind: Period::Month,
            start: d(3, 1),
            end: d(3, 31),
        };
        let one = ObsValue::Number(1.0);
        assert_eq!(s.add(on(d(3, 31)), one, None, t(1)), None);
        assert_eq!(s.add(march, one, None, t(2)), None);
        assert_eq!(s.add(march, one, Some("x"), t(3)), None);
        assert_eq!(s.add(march, one, None, t(4)), Some(t(2)));
        // Past the scan limit, the index finds the same firsts.
        for i in 0..200 {
            let note = format!("quartier {i}");
            assert_eq!(s.add(on(d(5, 1)), one, Some(&note), t(i)), None);
        }
        for i in (0..200).rev() {
            let note = format!("quartier {i}");
            assert_eq!(s.add(on(d(5, 1)), one, Some(&note), t(999)), Some(t(i)));
        }
    }
}
