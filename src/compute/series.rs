//! An indicator's measurements folded day by day as they stream in: what attainment
//! (SPEC §4) needs of them — counts, sums, extremes and the latest value of each day,
//! and each day's notes — without keeping the records themselves. A [`Series`] is the
//! [`Store`] that the checks fill.
//!
//! Part of `compute`: imports `check` and the leaves.

use std::collections::{BTreeMap, HashMap};
use std::ops::RangeInclusive;

use chrono::NaiveDate;

use crate::check::{Observation, RecordPlace, Store};
use crate::model::MeasuredValue;

/// The measurements of one day (a period counts at its last day), in arrival order.
#[derive(Clone, Debug)]
pub struct Day {
    /// Records counted.
    pub count: u32,
    /// Records holding a number, and their sum, smallest and largest.
    pub numbers: u32,
    pub sum: f64,
    pub min: f64,
    pub max: f64,
    /// The value of the day's last record (in file order).
    pub last: MeasuredValue,
    /// The day's distinct records by kind of period and note ([`Series::add`]), in
    /// arrival order, each with the place of its first record.
    firsts: Vec<FirstRecord>,
    /// Positions in `firsts`, found by the hash of their key ([`key_hash`]), once a day
    /// has many distinct records; boxed, a day without one takes 8 bytes for it, not 32.
    index: Option<Box<hashbrown::HashTable<u32>>>,
}

/// Equal when their figures and distinct records are: the index follows from those.
impl PartialEq for Day {
    fn eq(&self, other: &Self) -> bool {
        let figures = |d: &Day| (d.count, d.numbers, d.sum, d.min, d.max);
        figures(self) == figures(other) && self.last == other.last && self.firsts == other.firsts
    }
}

/// The hash of a record's key, for a day's index.
fn key_hash(key: u32) -> u64 {
    use std::hash::BuildHasher as _;
    Quick::default().hash_one(key)
}

/// A quick hash for the keys of a run's own records (foldhash's, with a fixed seed). Not
/// a defence against chosen collisions; a note whose hash an earlier note has goes to a
/// table with the standard library's hash.
type Quick = foldhash::fast::FixedState;

/// The first record of a day with a kind of period and a note: its key
/// ([`NOTE_BITS`]) and where it is.
#[derive(Clone, Copy, Debug, PartialEq)]
struct FirstRecord {
    key: u32,
    place: RecordPlace,
}

/// Days with more distinct records than this look them up through a hash index.
const SCAN_LIMIT: usize = 64;

/// A record's kind of period takes the top bits of its key, its note (or none) the rest.
const NOTE_BITS: u32 = 29;

impl Day {
    fn new(last: MeasuredValue) -> Day {
        Day {
            count: 0,
            numbers: 0,
            sum: 0.0,
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
            last,
            firsts: Vec::new(),
            index: None,
        }
    }

    fn note(key: u32) -> Option<usize> {
        (key & ((1 << NOTE_BITS) - 1))
            .checked_sub(1)
            .map(|id| id as usize)
    }

    /// The place of the first record with `key`, or records `key` at `place`.
    fn first(&mut self, key: u32, place: RecordPlace) -> Option<RecordPlace> {
        if self.index.is_none() && self.firsts.len() > SCAN_LIMIT {
            self.index = Some(Box::new(Day::index_of(&self.firsts)));
        }
        let firsts = &self.firsts;
        let found = match &self.index {
            Some(index) => index
                .find(key_hash(key), |i| firsts[*i as usize].key == key)
                .map(|i| *i as usize),
            None => firsts.iter().position(|first| first.key == key),
        };
        if let Some(i) = found {
            return Some(self.firsts[i].place);
        }
        self.firsts.push(FirstRecord { key, place });
        if let Some(index) = &mut self.index {
            let firsts = &self.firsts;
            let at = (firsts.len() - 1) as u32;
            index.insert_unique(key_hash(key), at, |i| key_hash(firsts[*i as usize].key));
        }
        None
    }

    /// The position in `firsts` of the first with each key, as a scan finds it.
    fn index_of(firsts: &[FirstRecord]) -> hashbrown::HashTable<u32> {
        let mut index = hashbrown::HashTable::with_capacity(firsts.len());
        let key_of = |i: &u32| firsts[*i as usize].key;
        for (i, first) in firsts.iter().enumerate() {
            let same = |j: &u32| key_of(j) == first.key;
            if let hashbrown::hash_table::Entry::Vacant(entry) =
                index.entry(key_hash(first.key), same, |j| key_hash(key_of(j)))
            {
                entry.insert(i as u32);
            }
        }
        index
    }
}

/// One indicator's measurements, by day. Memory grows with the days and the distinct
/// records of a day (by period and note), not with the number of records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    days: BTreeMap<NaiveDate, Day>,
    /// The distinct notes, each once, numbered in order of arrival.
    notes: NoteTable,
}

/// The most distinct notes that [`Series::notes`] lists; the others are counted.
pub const NOTES_LISTED: usize = 100;

/// The most distinct notes of an indicator whose text is kept, the first in file order;
/// the later ones are told apart by a hash of their text, and counted, not listed.
pub const NOTES_KEPT: usize = 1000;

/// Distinct notes numbered in order of arrival, each known by a hash of its text; the
/// text of the first [`NOTES_KEPT`] is kept, in one buffer: a note costs about 20 bytes
/// in these tables, and its text while it is among those kept.
#[derive(Clone, Debug, Default)]
struct NoteTable {
    text: String,
    /// The notes whose text is kept, in the order of their ids: each id, and where its
    /// text ends in `text` (it starts where the one before ends).
    kept: Vec<(u32, usize)>,
    /// How many distinct notes there are: their ids are `0..count`.
    count: u32,
    /// The hash of each note's text, by id, for another table to number them.
    hashes: Vec<u64>,
    /// The first note with each hash of its text, by its id alone (its hash is in
    /// `hashes`): 4 bytes a note where a map from hash to id takes 16.
    by_hash: hashbrown::HashTable<u32>,
    /// Notes whose hash an earlier, different note with its text kept has.
    collided: HashMap<String, u32>,
}

/// Equal when their notes are: the table by hash follows from the hashes.
impl PartialEq for NoteTable {
    fn eq(&self, other: &Self) -> bool {
        self.parts() == other.parts()
    }
}

/// What a table of notes holds but for its table by hash.
type NoteParts<'a> = (
    &'a str,
    &'a [(u32, usize)],
    u32,
    &'a [u64],
    &'a HashMap<String, u32>,
);

impl NoteTable {
    fn parts(&self) -> NoteParts<'_> {
        let NoteTable {
            text,
            kept,
            count,
            hashes,
            by_hash: _,
            collided,
        } = self;
        (text, kept, *count, hashes, collided)
    }

    /// The text of note `id`, when it is kept.
    fn get(&self, id: usize) -> Option<&str> {
        let at = match self.kept.get(id) {
            // While no note went unkept, ids are positions.
            Some((kept, _)) if *kept as usize == id => id,
            _ => self
                .kept
                .binary_search_by_key(&id, |(kept, _)| *kept as usize)
                .ok()?,
        };
        let start = at.checked_sub(1).map_or(0, |before| self.kept[before].1);
        Some(&self.text[start..self.kept[at].1])
    }

    fn len(&self) -> usize {
        self.count as usize
    }

    /// The id of `note`, numbered anew when first seen.
    fn id(&mut self, note: &str) -> u32 {
        use std::hash::BuildHasher as _;
        let hash = Quick::default().hash_one(note);
        self.id_of(hash, Some(note))
    }

    /// The id of the note of `hash`, whose text is `note` when it is known, numbered anew
    /// when first seen. A note told by its hash alone is the note with that hash.
    fn id_of(&mut self, hash: u64, note: Option<&str>) -> u32 {
        let next = self.count;
        let hashes = &self.hashes;
        let same = |id: &u32| hashes[*id as usize] == hash;
        let id = match self.by_hash.entry(hash, same, |id| hashes[*id as usize]) {
            hashbrown::hash_table::Entry::Vacant(entry) => *entry.insert(next).get(),
            hashbrown::hash_table::Entry::Occupied(entry) => {
                let id = *entry.get();
                match (self.get(id as usize), note) {
                    (Some(kept), Some(note)) if kept != note => {
                        *self.collided.entry(note.to_string()).or_insert(next)
                    }
                    _ => return id,
                }
            }
        };
        if id == next {
            self.count += 1;
            self.hashes.push(hash);
            if let (Some(note), true) = (note, self.kept.len() < NOTES_KEPT) {
                self.text.push_str(note);
                self.kept.push((id, self.text.len()));
            }
        }
        id
    }
}

/// The key of a record: its kind of period and its note's id (0 for none).
fn key(period: u32, note: Option<u32>) -> u32 {
    let note = note.map_or(0, |id| id.saturating_add(1));
    period << NOTE_BITS | note.min((1 << NOTE_BITS) - 1)
}

impl Store for Series {
    /// Adds a checked measurement, counted on its last day. `place` is kept for the
    /// first record of each day, kind of period and note; a later record with all three
    /// the same is a copy, and gets that first place back.
    fn add(&mut self, observation: &Observation, place: RecordPlace) -> Option<RecordPlace> {
        let value = observation.value;
        let note = observation.note.map(|text| self.notes.id(text));
        let key = key(observation.period as u32, note);
        let day = self
            .days
            .entry(observation.days.end)
            .or_insert_with(|| Day::new(value));
        day.count += 1;
        day.last = value;
        if let MeasuredValue::Number(n) = value {
            day.numbers += 1;
            day.sum += n;
            day.min = day.min.min(n);
            day.max = day.max.max(n);
        }
        day.first(key, place)
    }

    /// Takes in a later file's series, day by day. A day's sum is this series' sum and
    /// then the later one's: records of one day of one indicator spread over files add up
    /// file by file, the same whatever the number of threads.
    fn absorb(&mut self, later: Self) -> Vec<(RecordPlace, RecordPlace)> {
        // Nothing here yet (the first file of an indicator): the later series is this
        // one, without folding its records in again one by one.
        if self.is_empty() {
            *self = later;
            return Vec::new();
        }
        // In file order, the first notes of the later series that are new here have their
        // text: the later series kept the text of its first ones.
        let Series { days, notes } = later;
        let table = &mut self.notes;
        table
            .by_hash
            .reserve(notes.len(), |id| table.hashes[*id as usize]);
        let ids: Vec<u32> = (0..notes.len())
            .map(|id| self.notes.id_of(notes.hashes[id], notes.get(id)))
            .collect();
        // Gone before the days grow.
        drop(notes);
        let same_ids = ids
            .iter()
            .enumerate()
            .all(|(id, mine)| *mine as usize == id);
        let rekey = |later_key: u32| {
            let note = Day::note(later_key).map(|id| ids.get(id).copied().unwrap_or(u32::MAX));
            key(later_key >> NOTE_BITS, note)
        };
        let mut copies = Vec::new();
        for (date, mut day) in days {
            let mine = match self.days.entry(date) {
                // A day of the later series only: it is taken whole, its notes renumbered.
                std::collections::btree_map::Entry::Vacant(entry) => {
                    // Notes numbered the same in both (the same notes first seen in the
                    // same order) keep their keys; renumbered, the day's index is built
                    // again when a record is next added to it.
                    if !same_ids {
                        for first in &mut day.firsts {
                            first.key = rekey(first.key);
                        }
                        day.index = None;
                    }
                    entry.insert(day);
                    continue;
                }
                std::collections::btree_map::Entry::Occupied(entry) => entry.into_mut(),
            };
            mine.count += day.count;
            mine.last = day.last;
            mine.numbers += day.numbers;
            mine.sum += day.sum;
            mine.min = mine.min.min(day.min);
            mine.max = mine.max.max(day.max);
            for first in day.firsts {
                if let Some(kept) = mine.first(rekey(first.key), first.place) {
                    copies.push((first.place, kept));
                }
            }
        }
        copies
    }

    fn move_lines(&mut self, lines: u32) {
        for first in self.days.values_mut().flat_map(|day| &mut day.firsts) {
            first.place.line = first.place.line.saturating_add(lines);
        }
    }

    /// Whether no measurement was added.
    fn is_empty(&self) -> bool {
        self.days.is_empty()
    }
}

impl Series {
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
    /// (notes of one day in file order): the first [`NOTES_LISTED`] whose text is kept
    /// ([`NOTES_KEPT`]), and how many more there are.
    pub fn notes(&self, range: RangeInclusive<NaiveDate>) -> (Vec<String>, usize) {
        // A range over every day has every note: past those listed, the rest is counted
        // without going through the days.
        let every_day = self
            .days
            .first_key_value()
            .is_none_or(|(first, _)| first >= range.start())
            && self
                .days
                .last_key_value()
                .is_none_or(|(last, _)| last <= range.end());
        let mut seen = vec![false; self.notes.len()];
        let (mut notes, mut more) = (Vec::new(), 0);
        for (_, day) in self.days(range) {
            for id in day.firsts.iter().filter_map(|first| Day::note(first.key)) {
                if let Some(seen @ false) = seen.get_mut(id) {
                    *seen = true;
                    match self.notes.get(id) {
                        Some(note) if notes.len() < NOTES_LISTED => notes.push(note.to_string()),
                        _ => more += 1,
                    }
                    if every_day && notes.len() == NOTES_LISTED {
                        return (notes, self.notes.len() - NOTES_LISTED);
                    }
                    // Every note seen: the days left hold none that is new.
                    if notes.len() + more == self.notes.len() {
                        return (notes, more);
                    }
                }
            }
        }
        (notes, more)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::DateRange;
    use crate::target::Period;

    fn d(month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, month, day).unwrap()
    }

    /// A record of `value` over `days`, a `period`, with `note`.
    fn obs(
        period: Period,
        days: DateRange,
        value: MeasuredValue,
        note: Option<&str>,
    ) -> Observation<'_> {
        Observation {
            period,
            days,
            value,
            note,
        }
    }

    /// The same on one day.
    fn on(date: NaiveDate, value: MeasuredValue, note: Option<&str>) -> Observation<'_> {
        obs(Period::Day, DateRange::day(date), value, note)
    }

    /// A place naming record `n`.
    fn t(n: u32) -> RecordPlace {
        RecordPlace {
            file: n,
            line: 0,
            column: 0,
            len: 1,
        }
    }

    #[test]
    fn folds_a_day() {
        let mut s = Series::default();
        let day = d(1, 2);
        let n = MeasuredValue::Number;
        assert_eq!(s.add(&on(day, n(2.0), Some("Maritime")), t(1)), None);
        assert_eq!(s.add(&on(day, n(5.0), Some("Maritime")), t(2)), Some(t(1)));
        assert_eq!(s.add(&on(day, n(1.0), None), t(3)), None);
        let (date, day) = s.days(d(1, 1)..=d(1, 31)).next().unwrap();
        assert_eq!(date, d(1, 2));
        assert_eq!((day.count, day.numbers, day.sum), (3, 3, 8.0));
        assert_eq!(
            (day.min, day.max, day.last),
            (1.0, 5.0, MeasuredValue::Number(1.0))
        );
        assert_eq!(s.notes(d(1, 1)..=d(12, 31)).0, ["Maritime"]);
    }

    #[test]
    fn notes_in_date_order_once_each() {
        let mut s = Series::default();
        let (yes, no) = (MeasuredValue::Bool(true), MeasuredValue::Bool(false));
        s.add(&on(d(3, 1), yes, Some("b")), t(0));
        s.add(&on(d(1, 1), yes, Some("a")), t(0));
        s.add(&on(d(2, 1), no, Some("b")), t(0));
        s.add(&on(d(2, 1), no, Some("c")), t(0));
        assert_eq!(
            s.notes(d(1, 1)..=d(12, 31)),
            (vec!["a".into(), "b".into(), "c".into()], 0)
        );
        assert_eq!(s.notes(d(2, 15)..=d(12, 31)).0, ["b"]);
        assert!(s.notes(d(5, 1)..=d(4, 1)).0.is_empty());
    }

    #[test]
    fn notes_of_one_hash_are_told_apart_by_their_text_while_it_is_kept() {
        let mut notes = NoteTable::default();
        assert_eq!(notes.id_of(7, Some("Quartier 1")), 0);
        // Another text with the same hash: a note of its own, the same when seen again.
        assert_eq!(notes.id_of(7, Some("Quartier 2")), 1);
        assert_eq!(notes.id_of(7, Some("Quartier 1")), 0);
        assert_eq!(notes.id_of(7, Some("Quartier 2")), 1);
        assert_eq!(notes.id_of(8, Some("Quartier 3")), 2);
        // A note told by its hash alone is the first note with that hash.
        assert_eq!(notes.id_of(8, None), 2);
        assert_eq!(notes.id_of(9, None), 3);
        assert_eq!(notes.len(), 4);
        assert_eq!(
            (0..4).map(|id| notes.get(id)).collect::<Vec<_>>(),
            [
                Some("Quartier 1"),
                Some("Quartier 2"),
                Some("Quartier 3"),
                None
            ]
        );
    }

    #[test]
    fn notes_past_the_kept_ones_are_counted_and_still_tell_copies() {
        let mut s = Series::default();
        let one = MeasuredValue::Number(1.0);
        for i in 0..1500 {
            let note = format!("n{i}");
            assert_eq!(s.add(&on(d(1, 2), one, Some(&note)), t(i)), None);
        }
        assert_eq!(s.add(&on(d(1, 2), one, Some("n1400")), t(0)), Some(t(1400)));
        assert_eq!((s.notes.len(), s.notes.kept.len()), (1500, NOTES_KEPT));
        assert!(s.notes.text.len() < 6 * NOTES_KEPT);
        let (listed, more) = s.notes(d(1, 1)..=d(1, 31));
        assert_eq!((listed.len(), more), (NOTES_LISTED, 1400));
        assert_eq!(listed[99], "n99");
    }

    #[test]
    fn a_later_series_taken_in_is_the_series_of_one_pass() {
        let one = MeasuredValue::Number(1.0);
        // Notes 0 to 1199 then 600 to 1799, on two days, cut after the 800th record:
        // copies of the first part in the later one and within it, and notes 800 to 999,
        // whose text only the later part has, kept.
        let records: Vec<(NaiveDate, String)> = (0..1200)
            .chain(600..1800)
            .map(|i| (d(1 + i % 2, 1), format!("quartier {i}")))
            .collect();
        let (mut whole, mut first, mut later) =
            (Series::default(), Series::default(), Series::default());
        let mut copies = Vec::new();
        for (i, (date, note)) in records.iter().enumerate() {
            let place = t(i as u32);
            if let Some(kept) = whole.add(&on(*date, one, Some(note)), place) {
                copies.push((place, kept));
            }
            let part = if i < 800 { &mut first } else { &mut later };
            part.add(&on(*date, one, Some(note)), place);
        }
        let mut found: Vec<_> = first.absorb(later);
        found.sort_by_key(|(copy, _)| copy.file);
        assert_eq!(found.len(), 200);
        assert_eq!(found, copies[..200]);
        assert_eq!(first, whole);
        assert_eq!(
            first.notes(d(1, 1)..=d(12, 31)),
            whole.notes(d(1, 1)..=d(12, 31))
        );
    }

    #[test]
    fn copies_are_told_by_day_kind_of_period_and_note() {
        let mut s = Series::default();
        let march = DateRange::new(d(3, 1), d(3, 31));
        let one = MeasuredValue::Number(1.0);
        assert_eq!(s.add(&on(d(3, 31), one, None), t(1)), None);
        assert_eq!(s.add(&obs(Period::Month, march, one, None), t(2)), None);
        assert_eq!(
            s.add(&obs(Period::Month, march, one, Some("x")), t(3)),
            None
        );
        assert_eq!(
            s.add(&obs(Period::Month, march, one, None), t(4)),
            Some(t(2))
        );
        // Past the scan limit, the index finds the same firsts.
        for i in 0..200 {
            let note = format!("quartier {i}");
            assert_eq!(s.add(&on(d(5, 1), one, Some(&note)), t(i)), None);
        }
        for i in (0..200).rev() {
            let note = format!("quartier {i}");
            assert_eq!(s.add(&on(d(5, 1), one, Some(&note)), t(999)), Some(t(i)));
        }
    }
}
