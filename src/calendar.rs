//! Dates and calendar periods: strict `YYYY-MM-DD` dates (and the date meant by one
//! written day first, `02/03/2023`), the period forms of
//! measurements (`2023`, `2023-Q1`, `2023-03`, `2023-W05`), the one date-range type
//! (a record's period, a report's window), and the buckets that
//! per-day/week/month/quarter targets group values into.
//!
//! A leaf: imports only [`crate::target`] (for [`Period`]).

use chrono::{Datelike, NaiveDate};

use crate::target::Period;

/// A closed range of days: the days of a record's period, or the window a report covers
/// (the year, a month or quarter of it, cut at `--as-of`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateRange {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl DateRange {
    /// The days from `start` to `end`, both included.
    pub fn new(start: NaiveDate, end: NaiveDate) -> DateRange {
        DateRange { start, end }
    }

    /// One day.
    pub fn day(day: NaiveDate) -> DateRange {
        DateRange::new(day, day)
    }

    /// The days of `year`.
    pub fn year(year: i32) -> Option<DateRange> {
        Some(DateRange::new(
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
        ))
    }

    /// Days in the range (none when it ends before it starts).
    pub fn days(&self) -> i64 {
        ((self.end - self.start).num_days() + 1).max(0)
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// The number of days of the year the range starts in.
    pub fn year_days(&self) -> i64 {
        DateRange::year(self.start.year()).map_or(365, |year| year.days())
    }

    /// A yearly amount pro-rated to this range: `t · days / days_in_year` (SPEC §4.4).
    pub fn pro_rate(&self, yearly: f64) -> f64 {
        yearly * self.days() as f64 / self.year_days() as f64
    }
}

/// Why a date or a period could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not written `YYYY-MM-DD`.
    NotADate(String),
    /// Written `YYYY-MM-DD`, but no such day (`2023-02-30`).
    NoSuchDay(String),
    /// Not one of the period forms.
    NotAPeriod(String),
    /// A period form, but no such period (`2023-Q5`).
    NoSuchPeriod(String),
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Parses a date written exactly `YYYY-MM-DD` (chrono's `%Y-%m-%d` alone accepts
/// `2023-2-3`); chrono tells whether the day exists.
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    // Byte by byte: the hot path of every record (`YYYY-MM-DD`, digits and dashes only).
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit());
    if !shaped {
        return Err(DateError::NotADate(text.to_string()));
    }
    let number = |digits: &[u8]| {
        digits
            .iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'))
    };
    NaiveDate::from_ymd_opt(number(&b[0..4]) as i32, number(&b[5..7]), number(&b[8..10]))
        .ok_or_else(|| DateError::NoSuchDay(text.to_string()))
}

/// The date that `text`, not written `YYYY-MM-DD`, most likely means: day first as
/// Belgians write it (`02/03/2023`, `2/3/2023`, `02-03-2023`, `02.03.2023` are 2 March
/// 2023), or year first with `/`, `.` or one-digit parts (`2023/03/02`, `2023-3-2`).
/// Two-digit years and days that do not exist suggest nothing.
pub fn suggest_date(text: &str) -> Option<NaiveDate> {
    let separator = text.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let parts: Vec<&str> = text.split(separator).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    if ![a, b, c].iter().all(|part| all_digits(part)) {
        return None;
    }
    let short = |part: &str| part.len() <= 2;
    let (year, month, day) = match (a.len(), c.len()) {
        (4, _) if short(b) && short(c) => (a, b, c),
        (_, 4) if short(a) && short(b) => (c, b, a),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// Parses a period: `2023`, `2023-Q1`, `2023-03` or `2023-W05` (ISO week); its kind
/// and its days.
pub fn parse_period(text: &str) -> Result<(Period, DateRange), DateError> {
    let bad = || DateError::NotAPeriod(text.to_string());
    let (year_text, rest) = match text.split_once('-') {
        Some((y, rest)) => (y, Some(rest)),
        None => (text, None),
    };
    if year_text.len() != 4 || !all_digits(year_text) {
        return Err(bad());
    }
    let year: i32 = year_text.parse().map_err(|_| bad())?;
    let span = match rest {
        None => DateRange::year(year).map(|days| (Period::Year, days)),
        Some(q) if q.starts_with('Q') && q.len() == 2 => {
            let n: u32 = q[1..].parse().map_err(|_| bad())?;
            (1..=4)
                .contains(&n)
                .then(|| quarter(year, n))
                .flatten()
                .map(|days| (Period::Quarter, days))
        }
        Some(w) if w.starts_with('W') && w.len() == 3 && all_digits(&w[1..]) => {
            let n: u32 = w[1..].parse().map_err(|_| bad())?;
            let start = NaiveDate::from_isoywd_opt(year, n, chrono::Weekday::Mon);
            start.map(|start| {
                (
                    Period::Week,
                    DateRange::new(start, start + chrono::Days::new(6)),
                )
            })
        }
        Some(m) if m.len() == 2 && all_digits(m) => {
            let n: u32 = m.parse().map_err(|_| bad())?;
            month(year, n).map(|days| (Period::Month, days))
        }
        Some(_) => return Err(bad()),
    };
    span.ok_or_else(|| DateError::NoSuchPeriod(text.to_string()))
}

pub fn month(year: i32, month: u32) -> Option<DateRange> {
    let start = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some(DateRange::new(start, next.pred_opt()?))
}

pub fn quarter(year: i32, quarter: u32) -> Option<DateRange> {
    let first = month(year, quarter * 3 - 2)?;
    let last = month(year, quarter * 3)?;
    Some(DateRange::new(first.start, last.end))
}

/// The bucket of `date` for a per-`period` target, as a sortable key.
pub fn bucket(date: NaiveDate, period: Period) -> (i32, u32) {
    match period {
        Period::Day => (date.year(), date.ordinal()),
        Period::Week => {
            let week = date.iso_week();
            (week.year(), week.week())
        }
        Period::Month => (date.year(), date.month()),
        Period::Quarter => (date.year(), date.month0() / 3 + 1),
        Period::Year => (date.year(), 0),
    }
}

/// The months or quarters of `year`, labelled `2023-01` or `2023-Q1`.
pub fn periods_of_year(year: i32, by: Period) -> Vec<(String, DateRange)> {
    match by {
        Period::Month => (1..=12)
            .filter_map(|m| month(year, m).map(|s| (format!("{year}-{m:02}"), s)))
            .collect(),
        Period::Quarter => (1..=4)
            .filter_map(|q| quarter(year, q).map(|s| (format!("{year}-Q{q}"), s)))
            .collect(),
        _ => DateRange::year(year)
            .map(|s| (year.to_string(), s))
            .into_iter()
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn strict_dates() {
        assert_eq!(parse_date("2023-02-28"), Ok(d(2023, 2, 28)));
        assert_eq!(parse_date("2024-02-29"), Ok(d(2024, 2, 29)));
        for bad in [
            "2023-02-30",
            "2023-2-3",
            "23-02-03",
            "2023-13-01",
            "2023-02-3x",
            "",
            "2023/02/03",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates_written_otherwise_suggest_the_date_they_mean() {
        for (text, date) in [
            ("02/03/2023", d(2023, 3, 2)),
            ("2/3/2023", d(2023, 3, 2)),
            ("02-03-2023", d(2023, 3, 2)),
            ("02.03.2023", d(2023, 3, 2)),
            ("31/12/2023", d(2023, 12, 31)),
            ("2023/03/02", d(2023, 3, 2)),
            ("2023-3-2", d(2023, 3, 2)),
        ] {
            assert_eq!(suggest_date(text), Some(date), "{text}");
        }
        for text in [
            "31/02/2023",
            "02/13/2023",
            "02/03/23",
            "02/03-2023",
            "2023-02-03-01",
            "1/2/3",
            "le 2 mars",
            "02//2023",
            "",
        ] {
            assert_eq!(suggest_date(text), None, "{text}");
        }
    }

    #[test]
    fn periods() {
        let (kind, q1) = parse_period("2023-Q1").unwrap();
        assert_eq!(
            (q1.start, q1.end, kind),
            (d(2023, 1, 1), d(2023, 3, 31), Period::Quarter)
        );
        let (_, feb) = parse_period("2024-02").unwrap();
        assert_eq!((feb.end, feb.days()), (d(2024, 2, 29), 29));
        let (_, w1) = parse_period("2023-W01").unwrap();
        assert_eq!((w1.start, w1.end), (d(2023, 1, 2), d(2023, 1, 8)));
        assert_eq!(parse_period("2023").unwrap().1.days(), 365);
        assert_eq!(parse_period("2020-W53").unwrap().1.end, d(2021, 1, 3));
        for bad in [
            "2023-Q5", "2023-13", "2023-W54", "2023-W5", "23", "2023-q1", "2023-1", "2023-W00",
        ] {
            assert!(parse_period(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn buckets() {
        assert_eq!(bucket(d(2023, 1, 1), Period::Week), (2022, 52));
        assert_eq!(bucket(d(2023, 5, 17), Period::Quarter), (2023, 2));
        assert_eq!(bucket(d(2023, 12, 31), Period::Day), (2023, 365));
        assert_eq!(periods_of_year(2023, Period::Quarter)[3].0, "2023-Q4");
    }
}
