//! Each indicator's progress through the report's year, month by month, for the charts
//! of the HTML report and the terminal's sparklines. The months are the reports of
//! `plan export --by month` (one report a month, cut at `--as-of`), so every point is a
//! value of that export: a yearly summed target's cumulative actual is the running sum
//! of the months' actuals and its path the running sum of the months' pro-rated targets
//! (`t·days_elapsed/days_in_year`, SPEC §4.4); any other numeric target is drawn as each
//! month's own actual against the target applied to a month; a yes/no target as the
//! dated measurements.
//!
//! Part of `compute`: imports its siblings [`super::report`], [`super::attainment`] and
//! [`super::series`], and the leaves.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::attainment::{Applied, Outcome};
use super::report::{IndicatorReport, PlanReport};
use super::series::Series;
use crate::calendar::DateRange;
use crate::model::MeasuredValue;

/// One month of an indicator's progress: a row of `plan export --by month`.
#[derive(Clone, Debug, PartialEq)]
pub struct Month {
    /// `2023-03`, the export's `period`.
    pub period: String,
    /// The month's days, cut at `--as-of`.
    pub days: DateRange,
    /// The month's own actual (the export's `actual`); `None` without data.
    pub actual: Option<f64>,
    /// The target applied to the month (the export's `target_value`).
    pub target: f64,
}

/// How an indicator's months are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A yearly sum: the actual and the pro-rated target, both accumulated month by month.
    Cumulative,
    /// Any other numeric target: each month's actual against the month's target.
    PerMonth,
}

/// An indicator's progress through the year.
#[derive(Clone, Debug, PartialEq)]
pub enum IndicatorProgress {
    Numeric {
        shape: Shape,
        months: Vec<Month>,
    },
    /// A yes/no target: each day with a measurement and its value (the day's last one),
    /// and the value that meets the target.
    YesNo {
        marks: Vec<(NaiveDate, bool)>,
        expected: bool,
    },
}

/// A point of a chart: a month's value (cumulated for [`Shape::Cumulative`]) and the
/// target's path there.
#[derive(Clone, Debug, PartialEq)]
pub struct Point<'m> {
    pub month: &'m Month,
    /// The actual drawn; `None` where nothing is drawn (a month without data, not
    /// cumulated; or an indicator without any data).
    pub actual: Option<f64>,
    pub target: f64,
}

impl IndicatorProgress {
    /// The points of a numeric indicator's chart, one a month, in order; none for yes/no.
    pub fn points(&self) -> Vec<Point<'_>> {
        let IndicatorProgress::Numeric { shape, months } = self else {
            return Vec::new();
        };
        let any_data = months.iter().any(|m| m.actual.is_some());
        let (mut actual, mut target) = (0.0, 0.0);
        months
            .iter()
            .map(|month| match shape {
                Shape::Cumulative => {
                    actual += month.actual.unwrap_or(0.0);
                    target += month.target;
                    Point {
                        month,
                        actual: any_data.then_some(actual),
                        target,
                    }
                }
                Shape::PerMonth => Point {
                    month,
                    actual: month.actual,
                    target: month.target,
                },
            })
            .collect()
    }
}

/// The progress of every indicator of a plan's report, by indicator id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    /// `--as-of`, when given: nothing after it is drawn.
    pub as_of: Option<NaiveDate>,
    pub year: i32,
    pub indicators: BTreeMap<String, IndicatorProgress>,
}

impl Progress {
    pub fn of(&self, id: &str) -> Option<&IndicatorProgress> {
        self.indicators.get(id)
    }
}

/// Every indicator of a report, in plan order (a shared one once more where it is shared).
fn indicators<'r>(report: &'r PlanReport) -> impl Iterator<Item = &'r IndicatorReport<'r>> {
    report
        .strategic_objectives()
        .flat_map(|(_, _, o)| &o.projects)
        .flat_map(|p| &p.objectives)
        .flat_map(|o| &o.indicators)
}

/// The progress of the indicators of `year` (a plan's report over its year, cut at
/// `--as-of`) from `months`, the plan's reports of `plan export --by month`, and
/// `series`, the plan's checked measurements by indicator id (for the dates of yes/no
/// measurements).
pub fn build(
    year: &PlanReport,
    months: &[PlanReport],
    series: &BTreeMap<String, Series>,
) -> Progress {
    let mut by_id: BTreeMap<&str, Vec<(&PlanReport, &Outcome)>> = BTreeMap::new();
    for month in months {
        for row in indicators(month) {
            let rows = by_id.entry(row.indicator.id.value.as_str()).or_default();
            if rows.last().is_none_or(|(r, _)| r.period != month.period) {
                rows.push((month, &row.outcome));
            }
        }
    }
    let range = year.window.start..=year.window.end;
    let mut progress = Progress {
        as_of: year.as_of,
        year: year.window.start.year(),
        indicators: BTreeMap::new(),
    };
    for row in indicators(year) {
        let id = row.indicator.id.value.as_str();
        let rows = by_id.get(id).map_or(&[][..], Vec::as_slice);
        let indicator = match row.outcome.applied {
            Applied::Bool { expected } => IndicatorProgress::YesNo {
                marks: series
                    .get(id)
                    .into_iter()
                    .flat_map(|s| s.days(range.clone()))
                    .filter_map(|(date, day)| match day.last {
                        MeasuredValue::Bool(value) => Some((date, value)),
                        MeasuredValue::Number(_) => None,
                    })
                    .collect(),
                expected,
            },
            Applied::Number { .. } => {
                // A month's target is pro-rated exactly when it is a yearly sum.
                let cumulative = rows.iter().all(|(_, outcome)| {
                    matches!(
                        outcome.applied,
                        Applied::Number {
                            pro_rated: true,
                            ..
                        }
                    )
                });
                let months = rows
                    .iter()
                    .filter_map(|(month, outcome)| {
                        let Applied::Number { value, .. } = outcome.applied else {
                            return None;
                        };
                        Some(Month {
                            period: month.period.clone(),
                            days: month.window,
                            actual: match outcome.actual {
                                Some(MeasuredValue::Number(n)) => Some(n),
                                _ => None,
                            },
                            target: value,
                        })
                    })
                    .collect();
                IndicatorProgress::Numeric {
                    shape: if cumulative && !rows.is_empty() {
                        Shape::Cumulative
                    } else {
                        Shape::PerMonth
                    },
                    months,
                }
            }
        };
        progress.indicators.insert(id.to_string(), indicator);
    }
    progress
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(period: &str, actual: Option<f64>, target: f64) -> Month {
        let day = NaiveDate::from_ymd_opt(2023, 1, 31).unwrap();
        Month {
            period: period.to_string(),
            days: DateRange::day(day),
            actual,
            target,
        }
    }

    #[test]
    fn cumulative_points_are_running_sums_and_months_without_data_add_nothing() {
        let progress = IndicatorProgress::Numeric {
            shape: Shape::Cumulative,
            months: vec![
                month("2023-01", Some(2.0), 1.0),
                month("2023-02", None, 0.5),
                month("2023-03", Some(3.0), 1.0),
            ],
        };
        let points: Vec<(Option<f64>, f64)> = progress
            .points()
            .iter()
            .map(|p| (p.actual, p.target))
            .collect();
        assert_eq!(
            points,
            [(Some(2.0), 1.0), (Some(2.0), 1.5), (Some(5.0), 2.5)]
        );
    }

    #[test]
    fn per_month_points_leave_gaps_and_no_data_draws_no_actual() {
        let per_month = IndicatorProgress::Numeric {
            shape: Shape::PerMonth,
            months: vec![
                month("2023-01", Some(3.5), 3.0),
                month("2023-02", None, 3.0),
            ],
        };
        let actual: Vec<Option<f64>> = per_month.points().iter().map(|p| p.actual).collect();
        assert_eq!(actual, [Some(3.5), None]);
        let nothing = IndicatorProgress::Numeric {
            shape: Shape::Cumulative,
            months: vec![month("2023-01", None, 1.0)],
        };
        assert_eq!(nothing.points()[0].actual, None);
        let yes_no = IndicatorProgress::YesNo {
            marks: Vec::new(),
            expected: true,
        };
        assert!(yes_no.points().is_empty());
    }
}
