//! Dates and calendar periods: strict `YYYY-MM-DD` dates, the period forms of
//! measurements (`2023`, `2023-Q1`, `2023-03`, `2023-W05`), and the buckets that
//! per-day/week/month/quarter targets group values into.

use chrono::{Datelike, NaiveDate};

use crate::target::Period;

/// A closed range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub kind: Period,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Span {
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    pub fn year(year: i32) -> Option<Span> {
        Some(Span {
            kind: Period::Year,
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
        })
    }
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Parses a date written exactly `YYYY-MM-DD` (chrono's `%Y-%m-%d` alone accepts
/// `2023-2-3`); chrono tells whether the day exists.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let mut parts = text.split('-');
    let date = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m), Some(d), None)
            if y.len() == 4
                && m.len() == 2
                && d.len() == 2
                && all_digits(y)
                && all_digits(m)
                && all_digits(d) =>
        {
            let number = |digits: &str| digits.parse().unwrap_or(0);
            NaiveDate::from_ymd_opt(number(y) as i32, number(m), number(d))
        }
        _ => return Err(format!("`{text}` is not a date written YYYY-MM-DD")),
    };
    date.ok_or_else(|| format!("`{text}` is not a date of the calendar"))
}

/// Parses a period: `2023`, `2023-Q1`, `2023-03` or `2023-W05` (ISO week).
pub fn parse_period(text: &str) -> Result<Span, String> {
    let bad = || format!("`{text}` is not a period (2023, 2023-Q1, 2023-03 or 2023-W05)");
    let (year_text, rest) = match text.split_once('-') {
        Some((y, rest)) => (y, Some(rest)),
        None => (text, None),
    };
    if year_text.len() != 4 || !all_digits(year_text) {
        return Err(bad());
    }
    let year: i32 = year_text.parse().map_err(|_| bad())?;
    let span = match rest {
        None => Span::year(year),
        Some(q) if q.starts_with('Q') && q.len() == 2 => {
            let n: u32 = q[1..].parse().map_err(|_| bad())?;
            (1..=4).contains(&n).then(|| quarter(year, n)).flatten()
        }
        Some(w) if w.starts_with('W') && w.len() == 3 && all_digits(&w[1..]) => {
            let n: u32 = w[1..].parse().map_err(|_| bad())?;
            let start = NaiveDate::from_isoywd_opt(year, n, chrono::Weekday::Mon);
            start.map(|start| Span {
                kind: Period::Week,
                start,
                end: start + chrono::Days::new(6),
            })
        }
        Some(m) if m.len() == 2 && all_digits(m) => {
            let n: u32 = m.parse().map_err(|_| bad())?;
            month(year, n)
        }
        Some(_) => return Err(bad()),
    };
    span.ok_or_else(|| format!("`{text}` names a period that does not exist"))
}

pub fn month(year: i32, month: u32) -> Option<Span> {
    let start = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some(Span {
        kind: Period::Month,
        start,
        end: next.pred_opt()?,
    })
}

pub fn quarter(year: i32, quarter: u32) -> Option<Span> {
    let first = month(year, quarter * 3 - 2)?;
    let last = month(year, quarter * 3)?;
    Some(Span {
        kind: Period::Quarter,
        start: first.start,
        end: last.end,
    })
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
pub fn periods_of_year(year: i32, by: Period) -> Vec<(String, Span)> {
    match by {
        Period::Month => (1..=12)
            .filter_map(|m| month(year, m).map(|s| (format!("{year}-{m:02}"), s)))
            .collect(),
        Period::Quarter => (1..=4)
            .filter_map(|q| quarter(year, q).map(|s| (format!("{year}-Q{q}"), s)))
            .collect(),
        _ => Span::year(year)
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
    fn periods() {
        let q1 = parse_period("2023-Q1").unwrap();
        assert_eq!(
            (q1.start, q1.end, q1.kind),
            (d(2023, 1, 1), d(2023, 3, 31), Period::Quarter)
        );
        let feb = parse_period("2024-02").unwrap();
        assert_eq!((feb.end, feb.days()), (d(2024, 2, 29), 29));
        let w1 = parse_period("2023-W01").unwrap();
        assert_eq!((w1.start, w1.end), (d(2023, 1, 2), d(2023, 1, 8)));
        assert_eq!(parse_period("2023").unwrap().days(), 365);
        assert_eq!(parse_period("2020-W53").unwrap().end, d(2021, 1, 3));
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
