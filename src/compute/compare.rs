//! `--compare YEAR`: the same indicators (matched by id) in another year's plan of the
//! same commune, beside this year's: the other year's actual, attainment and status,
//! the change, the status counts of the summaries, and the ids found in one year only.
//!
//! The other year is cut where this one is: with `--as-of`, at the same day and month of
//! that year (29 February becomes 28 February); with `--by`, each period beside the same
//! period of that year. The question is "where were we at this point then".
//!
//! Part of `compute`: imports its sibling [`super::attainment`] and the leaves; a report
//! hands it its [`Facts`] (`PlanReport::compare_with`), so that it needs no report type.

use std::collections::BTreeMap;

use chrono::{Datelike as _, NaiveDate};

use super::attainment::{Counts, Outcome, Status};
use crate::calendar::{self, DateRange};
use crate::model::MeasuredValue;

/// An indicator's figures in one year's report.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub actual: Option<MeasuredValue>,
    pub attainment: Option<f64>,
    pub status: Status,
}

impl Figures {
    pub fn of(outcome: &Outcome) -> Figures {
        Figures {
            actual: outcome.actual,
            attainment: outcome.attainment,
            status: outcome.status,
        }
    }
}

/// What a comparison reads of a report: its year, each indicator's figures and unit in
/// plan order, and the status counts of its summaries.
pub struct Facts {
    pub year: i32,
    /// `--as-of` (moved to the year, for the other year's report).
    pub as_of: Option<NaiveDate>,
    /// Each indicator once (shared ones under their own objective): id, figures, unit.
    pub indicators: Vec<(String, Figures, Option<String>)>,
    /// By sector id, in plan order.
    pub sectors: Vec<(String, Counts)>,
    /// By service, in order of first appearance.
    pub services: Vec<(String, Counts)>,
    pub counts: Counts,
}

/// How a status moved from the other year to this one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Better,
    Worse,
    Same,
}

/// An indicator of this year's report in the other year.
#[derive(Clone, Debug, PartialEq)]
pub struct Previous {
    pub figures: Figures,
    /// This year's actual minus the other year's, both numbers.
    pub difference: Option<f64>,
    /// The indicator's unit (this year's target), for the difference.
    pub unit: Option<String>,
    /// `None` when either year has no data.
    pub trend: Option<Trend>,
}

/// A report's comparison with the same commune's report of another year.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The other year (`--compare`).
    pub year: i32,
    /// The report's own year.
    pub this_year: i32,
    /// The other year's cut: `--as-of` moved to that year.
    pub as_of: Option<NaiveDate>,
    indicators: BTreeMap<String, Previous>,
    sectors: BTreeMap<String, Counts>,
    services: BTreeMap<String, Counts>,
    /// The other year's counts over the whole plan.
    pub counts: Counts,
    /// The ids of this year's indicators that the other year's plan does not have.
    pub only_this_year: Vec<String>,
    /// The ids of the other year's indicators that this year's plan does not have.
    pub only_other_year: Vec<String>,
}

/// A status's rank for [`Trend`]: met above partial above not met.
fn rank(status: Status) -> Option<u8> {
    match status {
        Status::Met => Some(3),
        Status::Partial => Some(2),
        Status::NotMet => Some(1),
        Status::NoData => None,
    }
}

impl Comparison {
    /// This year's `current` beside the other year's `other`.
    pub fn between(current: Facts, other: Facts) -> Comparison {
        let others: BTreeMap<&str, &Figures> = other
            .indicators
            .iter()
            .map(|(id, figures, _)| (id.as_str(), figures))
            .collect();
        let mut indicators = BTreeMap::new();
        let mut only_this_year = Vec::new();
        for (id, now, unit) in &current.indicators {
            let Some(then) = others.get(id.as_str()) else {
                only_this_year.push(id.clone());
                continue;
            };
            let difference = match (now.actual, then.actual) {
                (Some(MeasuredValue::Number(a)), Some(MeasuredValue::Number(b))) => Some(a - b),
                _ => None,
            };
            let trend = rank(now.status)
                .zip(rank(then.status))
                .map(|(a, b)| match a.cmp(&b) {
                    std::cmp::Ordering::Greater => Trend::Better,
                    std::cmp::Ordering::Less => Trend::Worse,
                    std::cmp::Ordering::Equal => Trend::Same,
                });
            let previous = Previous {
                figures: (*then).clone(),
                difference,
                unit: unit.clone(),
                trend,
            };
            indicators.insert(id.clone(), previous);
        }
        let only_other_year = other
            .indicators
            .iter()
            .filter(|(id, _, _)| !current.indicators.iter().any(|(i, _, _)| i == id))
            .map(|(id, _, _)| id.clone())
            .collect();
        Comparison {
            year: other.year,
            this_year: current.year,
            as_of: other.as_of,
            indicators,
            sectors: other.sectors.into_iter().collect(),
            services: other.services.into_iter().collect(),
            counts: other.counts,
            only_this_year,
            only_other_year,
        }
    }

    /// The indicator `id` in the other year; `None` when only this year has it.
    pub fn indicator(&self, id: &str) -> Option<&Previous> {
        self.indicators.get(id)
    }

    /// The other year's counts of the sector `id`, when it has that sector.
    pub fn sector(&self, id: &str) -> Option<Counts> {
        self.sectors.get(id).copied()
    }

    /// The other year's counts of the service `name`, when it has that service.
    pub fn service(&self, name: &str) -> Option<Counts> {
        self.services.get(name).copied()
    }
}

/// `date`'s day and month in `year`; 29 February becomes 28 February in a common year.
pub fn same_day_in(date: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
}

/// The period of `year` that matches a report's `period` (`2023`, `2023-03`, `2023-Q1`),
/// its label and days, cut at `as_of` moved to `year`; `None` when it starts after it.
pub fn period_in(
    period: &str,
    as_of: Option<NaiveDate>,
    year: i32,
) -> Option<(String, DateRange, Option<NaiveDate>)> {
    let (kind, days) = calendar::parse_period(period).ok()?;
    let start = same_day_in(days.start, year)?;
    let (label, span) = calendar::periods_of_year(year, kind)
        .into_iter()
        .find(|(_, span)| span.contains(start))?;
    let as_of = match as_of {
        Some(date) => Some(same_day_in(date, year)?),
        None => None,
    };
    let end = as_of.map_or(span.end, |as_of| as_of.min(span.end));
    (end >= span.start).then(|| (label, DateRange::new(span.start, end), as_of))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        calendar::parse_date(text).unwrap()
    }

    #[test]
    fn the_same_day_a_year_before() {
        assert_eq!(
            same_day_in(date("2023-06-30"), 2022),
            Some(date("2022-06-30"))
        );
        assert_eq!(
            same_day_in(date("2024-02-29"), 2023),
            Some(date("2023-02-28"))
        );
        assert_eq!(
            same_day_in(date("2023-02-28"), 2024),
            Some(date("2024-02-28"))
        );
    }

    #[test]
    fn the_same_period_cut_at_the_same_day() {
        let (label, days, as_of) = period_in("2023", Some(date("2023-06-30")), 2022).unwrap();
        assert_eq!(label, "2022");
        assert_eq!(days, DateRange::new(date("2022-01-01"), date("2022-06-30")));
        assert_eq!(as_of, Some(date("2022-06-30")));
        let (label, days, _) = period_in("2023-02", None, 2024).unwrap();
        assert_eq!(label, "2024-02");
        assert_eq!(days, DateRange::new(date("2024-02-01"), date("2024-02-29")));
        let (label, days, _) = period_in("2023-Q2", Some(date("2023-05-10")), 2022).unwrap();
        assert_eq!(label, "2022-Q2");
        assert_eq!(days, DateRange::new(date("2022-04-01"), date("2022-05-10")));
        assert_eq!(period_in("2023-Q3", Some(date("2023-05-10")), 2022), None);
    }

    fn facts(year: i32, indicators: &[(&str, Option<f64>, Status)]) -> Facts {
        Facts {
            year,
            as_of: None,
            indicators: indicators
                .iter()
                .map(|(id, actual, status)| {
                    let figures = Figures {
                        actual: actual.map(MeasuredValue::Number),
                        attainment: actual.map(|a| a * 10.0),
                        status: *status,
                    };
                    (id.to_string(), figures, Some("heures".to_string()))
                })
                .collect(),
            sectors: vec![("S2".into(), Counts::default())],
            services: Vec::new(),
            counts: Counts::default(),
        }
    }

    #[test]
    fn matched_by_id_and_the_rest_listed() {
        let now = facts(
            2023,
            &[
                ("A", Some(12.0), Status::Met),
                ("B", Some(4.0), Status::NotMet),
                ("NEW", None, Status::NoData),
            ],
        );
        let then = facts(
            2022,
            &[
                ("OLD", Some(1.0), Status::Met),
                ("B", Some(6.5), Status::Partial),
                ("A", Some(9.0), Status::Partial),
            ],
        );
        let comparison = Comparison::between(now, then);
        let a = comparison.indicator("A").unwrap();
        assert_eq!(a.figures.actual, Some(MeasuredValue::Number(9.0)));
        assert_eq!(a.difference, Some(3.0));
        assert_eq!(a.trend, Some(Trend::Better));
        let b = comparison.indicator("B").unwrap();
        assert_eq!(b.difference, Some(-2.5));
        assert_eq!(b.trend, Some(Trend::Worse));
        assert_eq!(comparison.indicator("NEW"), None);
        assert_eq!(comparison.only_this_year, ["NEW"]);
        assert_eq!(comparison.only_other_year, ["OLD"]);
        assert_eq!((comparison.year, comparison.this_year), (2022, 2023));
        assert_eq!(comparison.sector("S2"), Some(Counts::default()));
        assert_eq!(comparison.sector("S9"), None);
    }
}
