//! Attainment (SPEC §4) as pure functions: an indicator's actual value over a window of
//! days, its attainment percent, its status, and the counts that roll up the hierarchy.
//!
//! Part of `compute`: imports its sibling [`super::series`] and the leaves.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::series::{Day, Series};
use crate::calendar::{self, DateRange};
use crate::model::{Aggregate, MeasuredValue};
use crate::target::{Op, Period, Target};

/// How the actual value is computed from the measurements (SPEC §4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Boolean targets, and `aggregate: last`: the latest measurement.
    Last,
    /// `%` units and `aggregate: mean`.
    Mean,
    /// Per day/week/month/quarter targets: mean of the bucket totals.
    Buckets(Period),
    /// Other numeric targets: the sum, pro-rated when the window is not the whole year.
    Sum,
    Max,
    Min,
}

impl Rule {
    pub fn of(target: &Target, aggregate: Option<Aggregate>) -> Rule {
        match (target, aggregate) {
            (Target::Boolean { .. }, _) => Rule::Last,
            (_, Some(Aggregate::Sum)) => Rule::Sum,
            (_, Some(Aggregate::Mean)) => Rule::Mean,
            (_, Some(Aggregate::Last)) => Rule::Last,
            (_, Some(Aggregate::Max)) => Rule::Max,
            (_, Some(Aggregate::Min)) => Rule::Min,
            (
                Target::Compare {
                    unit: Some(unit), ..
                },
                None,
            ) if unit.trim() == "%" => Rule::Mean,
            (target, None) => target.bucket_period().map_or(Rule::Sum, Rule::Buckets),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Met,
    Partial,
    NotMet,
    NoData,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Met, Status::Partial, Status::NotMet, Status::NoData];

    /// The machine code used in exports.
    pub fn code(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Partial => "partial",
            Status::NotMet => "not_met",
            Status::NoData => "no_data",
        }
    }
}

/// The target actually applied in a window. When a yearly sum is pro-rated, so is its
/// baseline: both are amounts for a whole year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Applied {
    Number {
        op: Op,
        value: f64,
        baseline: Option<f64>,
        pro_rated: bool,
    },
    Bool {
        expected: bool,
    },
}

/// An indicator evaluated over a window.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub rule: Rule,
    pub applied: Applied,
    pub actual: Option<MeasuredValue>,
    pub attainment: Option<f64>,
    pub status: Status,
    /// For per-period targets: (buckets meeting the target, buckets with data).
    pub buckets: Option<(usize, usize)>,
    /// Number of measurements counted.
    pub count: usize,
    /// The distinct notes of the records counted, at most
    /// [`crate::compute::series::NOTES_LISTED`] of them, and how many more there are:
    /// given by the report that lists them ([`crate::compute::report::Notes`]), none here.
    pub notes: Vec<String>,
    pub more_notes: usize,
}

/// Evaluates one indicator (SPEC §4) over `window` (the days a report covers: the year,
/// a month or quarter of it, cut at `--as-of`) from its measurements folded by day; days
/// outside `window` are ignored. Summed yearly targets are pro-rated to the window.
pub fn evaluate(
    target: &Target,
    baseline: Option<f64>,
    aggregate: Option<Aggregate>,
    series: &Series,
    window: DateRange,
    partial_threshold: f64,
) -> Outcome {
    let rule = Rule::of(target, aggregate);
    let range = window.start..=window.end;
    let days: Vec<(NaiveDate, &Day)> = series.days(range.clone()).collect();
    let applied = match target {
        Target::Boolean { expected } => Applied::Bool {
            expected: *expected,
        },
        Target::Compare { op, value, .. } => {
            let pro_rated = rule == Rule::Sum
                && matches!(
                    target,
                    Target::Compare {
                        per: None | Some(Period::Year),
                        ..
                    }
                )
                && window.days() < window.year_days();
            let scale = |amount: f64| {
                if pro_rated {
                    window.pro_rate(amount)
                } else {
                    amount
                }
            };
            Applied::Number {
                op: *op,
                value: scale(*value),
                baseline: baseline.map(scale),
                pro_rated,
            }
        }
    };
    let mut outcome = Outcome {
        rule,
        applied,
        actual: None,
        attainment: None,
        status: Status::NoData,
        buckets: None,
        count: days.iter().map(|(_, day)| day.count as usize).sum(),
        notes: Vec::new(),
        more_notes: 0,
    };
    let Some((_, latest)) = days.last() else {
        return outcome;
    };
    match applied {
        Applied::Bool { expected } => {
            if let MeasuredValue::Bool(actual) = latest.last {
                let met = actual == expected;
                outcome.actual = Some(MeasuredValue::Bool(actual));
                outcome.attainment = Some(if met { 100.0 } else { 0.0 });
                // A yes/no is met or not: never partly, whatever the threshold.
                outcome.status = if met { Status::Met } else { Status::NotMet };
            }
        }
        Applied::Number {
            op,
            value: t,
            baseline,
            ..
        } => {
            let numeric: Vec<(NaiveDate, &Day)> = days
                .iter()
                .copied()
                .filter(|(_, day)| day.numbers > 0)
                .collect();
            let Some(actual) = actual_value(rule, &numeric) else {
                return outcome;
            };
            if let Rule::Buckets(period) = rule {
                let totals = bucket_totals(&numeric, period);
                let met = totals.values().filter(|total| op.holds(**total, t)).count();
                outcome.buckets = Some((met, totals.len()));
            }
            let met = op.holds(actual, t);
            let percent = attainment_percent(op, actual, t, baseline, met);
            outcome.actual = Some(MeasuredValue::Number(actual));
            outcome.attainment = Some(percent);
            outcome.status = status_of(met, percent, partial_threshold);
        }
    }
    outcome
}

fn bucket_totals(days: &[(NaiveDate, &Day)], period: Period) -> BTreeMap<(i32, u32), f64> {
    let mut totals = BTreeMap::new();
    for (date, day) in days {
        *totals.entry(calendar::bucket(*date, period)).or_insert(0.0) += day.sum;
    }
    totals
}

/// The actual value of numeric measurements, from the days that hold numbers.
fn actual_value(rule: Rule, days: &[(NaiveDate, &Day)]) -> Option<f64> {
    let sum = || days.iter().map(|(_, day)| day.sum).sum::<f64>();
    let (_, latest) = days.last()?;
    match rule {
        Rule::Sum => Some(sum()),
        Rule::Mean => {
            let n: u32 = days.iter().map(|(_, day)| day.numbers).sum();
            Some(sum() / f64::from(n))
        }
        Rule::Max => days.iter().map(|(_, day)| day.max).reduce(f64::max),
        Rule::Min => days.iter().map(|(_, day)| day.min).reduce(f64::min),
        Rule::Last => match latest.last {
            MeasuredValue::Number(n) => Some(n),
            MeasuredValue::Bool(_) => None,
        },
        Rule::Buckets(period) => {
            let totals = bucket_totals(days, period);
            Some(totals.values().sum::<f64>() / totals.len() as f64)
        }
    }
}

/// Attainment percent (SPEC §4.2). Not capped: over-achievement shows above 100.
pub fn attainment_percent(
    op: Op,
    actual: f64,
    target: f64,
    baseline: Option<f64>,
    met: bool,
) -> f64 {
    let baseline = baseline.filter(|b| *b != target);
    let all_or_nothing = if met { 100.0 } else { 0.0 };
    match op {
        Op::Ge | Op::Gt => match baseline {
            Some(b) => (actual - b) / (target - b) * 100.0,
            None if target == 0.0 => all_or_nothing,
            None => actual / target * 100.0,
        },
        Op::Le | Op::Lt => match baseline {
            Some(b) => (b - actual) / (b - target) * 100.0,
            None if met => 100.0,
            None if actual == 0.0 => 0.0,
            None => target / actual * 100.0,
        },
        Op::Eq if met => 100.0,
        Op::Eq if target == 0.0 => 0.0,
        Op::Eq => (100.0 - (actual - target).abs() / target * 100.0).max(0.0),
    }
}

/// Status (SPEC §4.3): met when the comparison holds, else partial from the threshold.
pub fn status_of(met: bool, percent: f64, partial_threshold: f64) -> Status {
    if met {
        Status::Met
    } else if percent >= partial_threshold {
        Status::Partial
    } else {
        Status::NotMet
    }
}

/// Indicators per status: the only rollup (SPEC §4.5), never an average of percents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub met: usize,
    pub partial: usize,
    pub not_met: usize,
    pub no_data: usize,
}

impl Counts {
    pub fn add(&mut self, status: Status) {
        *self.get_mut(status) += 1;
    }

    pub fn merge(&mut self, other: Counts) {
        for status in Status::ALL {
            *self.get_mut(status) += other.get(status);
        }
    }

    pub fn get(&self, status: Status) -> usize {
        match status {
            Status::Met => self.met,
            Status::Partial => self.partial,
            Status::NotMet => self.not_met,
            Status::NoData => self.no_data,
        }
    }

    fn get_mut(&mut self, status: Status) -> &mut usize {
        match status {
            Status::Met => &mut self.met,
            Status::Partial => &mut self.partial,
            Status::NotMet => &mut self.not_met,
            Status::NoData => &mut self.no_data,
        }
    }

    pub fn total(&self) -> usize {
        self.met + self.partial + self.not_met + self.no_data
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Observation, RecordPlace, Store as _};
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn year(y: i32) -> DateRange {
        DateRange::year(y).unwrap()
    }

    fn obs(date: NaiveDate, value: MeasuredValue) -> Observation<'static> {
        Observation {
            period: Period::Day,
            days: DateRange::day(date),
            value,
            note: None,
        }
    }

    /// The observations folded as the checks fold them, each at its last day.
    fn series(observations: &[Observation]) -> Series {
        let mut series = Series::default();
        let place = RecordPlace {
            file: 0,
            line: 0,
            column: 0,
            len: 1,
        };
        for o in observations {
            series.add(o, place);
        }
        series
    }

    fn num(date: NaiveDate, n: f64) -> Observation<'static> {
        obs(date, MeasuredValue::Number(n))
    }

    fn target(text: &str) -> Target {
        crate::target::parse(text).unwrap()
    }

    fn run(
        text: &str,
        baseline: Option<f64>,
        observations: &[Observation],
        window: DateRange,
    ) -> Outcome {
        evaluate(
            &target(text),
            baseline,
            None,
            &series(observations),
            window,
            50.0,
        )
    }

    #[test]
    fn sum_against_yearly_target() {
        let o = run(
            ">= 12 par an",
            None,
            &[num(d(2023, 1, 5), 4.0), num(d(2023, 6, 1), 5.0)],
            year(2023),
        );
        assert_eq!(o.actual, Some(MeasuredValue::Number(9.0)));
        assert_eq!(o.attainment, Some(75.0));
        assert_eq!(o.status, Status::Partial);
        assert_eq!(o.count, 2);
    }

    #[test]
    fn measurements_outside_window_are_ignored() {
        let o = run(
            ">= 2/an",
            None,
            &[num(d(2022, 12, 31), 5.0), num(d(2023, 3, 1), 1.0)],
            year(2023),
        );
        assert_eq!(
            (o.actual, o.count, o.status),
            (Some(MeasuredValue::Number(1.0)), 1, Status::Partial)
        );
    }

    #[test]
    fn no_data() {
        let o = run(">= 12 par an", None, &[], year(2023));
        assert_eq!(
            (o.actual, o.attainment, o.status),
            (None, None, Status::NoData)
        );
    }

    #[test]
    fn per_day_buckets() {
        // Two days: 2 + 2 = 4 on Jan 2 (meets >= 3), 1 on Jan 3 (does not).
        let observations = [
            num(d(2023, 1, 2), 2.0),
            num(d(2023, 1, 2), 2.0),
            num(d(2023, 1, 3), 1.0),
        ];
        let o = run(">/= 3 heures/jour", None, &observations, year(2023));
        assert_eq!(o.actual, Some(MeasuredValue::Number(2.5)));
        assert_eq!(o.buckets, Some((1, 2)));
        assert_eq!(o.attainment, Some(2.5 / 3.0 * 100.0));
        assert_eq!(o.status, Status::Partial);
        assert_eq!(o.rule, Rule::Buckets(Period::Day));
    }

    #[test]
    fn per_week_buckets_use_iso_weeks() {
        // 2023-01-01 is a Sunday (ISO week 2022-W52); Jan 2 starts W01.
        let observations = [
            num(d(2023, 1, 1), 1.0),
            num(d(2023, 1, 2), 2.0),
            num(d(2023, 1, 8), 2.0),
        ];
        let o = run(">= 2 per week", None, &observations, year(2023));
        assert_eq!(o.actual, Some(MeasuredValue::Number(2.5)));
        assert_eq!(o.buckets, Some((1, 2)));
        assert_eq!(o.status, Status::Met);
    }

    #[test]
    fn percent_unit_takes_the_mean() {
        let o = run(
            ">= 80 %",
            None,
            &[num(d(2023, 1, 1), 70.0), num(d(2023, 2, 1), 80.0)],
            year(2023),
        );
        assert_eq!(o.actual, Some(MeasuredValue::Number(75.0)));
        assert_eq!(o.attainment, Some(93.75));
        assert_eq!(o.status, Status::Partial);
    }

    #[test]
    fn aggregate_overrides() {
        let observations = [
            num(d(2023, 1, 1), 3.0),
            num(d(2023, 3, 1), 9.0),
            num(d(2023, 2, 1), 6.0),
        ];
        let folded = series(&observations);
        let t = target(">= 5");
        let actual =
            |aggregate| evaluate(&t, None, Some(aggregate), &folded, year(2023), 50.0).actual;
        assert_eq!(actual(Aggregate::Sum), Some(MeasuredValue::Number(18.0)));
        assert_eq!(actual(Aggregate::Mean), Some(MeasuredValue::Number(6.0)));
        assert_eq!(actual(Aggregate::Last), Some(MeasuredValue::Number(9.0)));
        assert_eq!(actual(Aggregate::Max), Some(MeasuredValue::Number(9.0)));
        assert_eq!(actual(Aggregate::Min), Some(MeasuredValue::Number(3.0)));
    }

    #[test]
    fn baseline_greater_or_equal() {
        // (actual − b)/(t − b): (8 − 4)/(12 − 4) = 50 %.
        let o = run(
            ">= 12/an",
            Some(4.0),
            &[num(d(2023, 5, 5), 8.0)],
            year(2023),
        );
        assert_eq!(o.attainment, Some(50.0));
        assert_eq!(o.status, Status::Partial);
        // Below the baseline: negative, not capped.
        let o = run(
            ">= 12/an",
            Some(4.0),
            &[num(d(2023, 5, 5), 2.0)],
            year(2023),
        );
        assert_eq!(o.attainment, Some(-25.0));
        assert_eq!(o.status, Status::NotMet);
    }

    #[test]
    fn baseline_equal_to_target_is_ignored() {
        let o = run(
            ">= 12/an",
            Some(12.0),
            &[num(d(2023, 5, 5), 9.0)],
            year(2023),
        );
        assert_eq!(o.attainment, Some(75.0));
    }

    #[test]
    fn less_or_equal() {
        // Without baseline: 100 when met, else t/actual.
        let o = run("<= 10 par an", None, &[num(d(2023, 5, 5), 8.0)], year(2023));
        assert_eq!((o.attainment, o.status), (Some(100.0), Status::Met));
        let o = run(
            "<= 10 par an",
            None,
            &[num(d(2023, 5, 5), 40.0)],
            year(2023),
        );
        assert_eq!((o.attainment, o.status), (Some(25.0), Status::NotMet));
        // With baseline: (b − actual)/(b − t) = (30 − 20)/(30 − 10) = 50 %.
        let o = run(
            "<= 10 par an",
            Some(30.0),
            &[num(d(2023, 5, 5), 20.0)],
            year(2023),
        );
        assert_eq!((o.attainment, o.status), (Some(50.0), Status::Partial));
        // Strictly less: equal is not met.
        let o = run("< 10 par an", None, &[num(d(2023, 5, 5), 10.0)], year(2023));
        assert_eq!((o.attainment, o.status), (Some(100.0), Status::Partial));
    }

    #[test]
    fn equal() {
        let o = run("= 10/an", None, &[num(d(2023, 5, 5), 10.0)], year(2023));
        assert_eq!((o.attainment, o.status), (Some(100.0), Status::Met));
        let o = run("= 10/an", None, &[num(d(2023, 5, 5), 13.0)], year(2023));
        assert_eq!(o.attainment.map(|a| (a * 1e9).round() / 1e9), Some(70.0));
        let o = run("= 10/an", None, &[num(d(2023, 5, 5), 25.0)], year(2023));
        assert_eq!(o.attainment, Some(0.0));
    }

    #[test]
    fn target_zero() {
        let o = run(">= 0/an", None, &[num(d(2023, 5, 5), 0.0)], year(2023));
        assert_eq!((o.attainment, o.status), (Some(100.0), Status::Met));
        let o = run("> 0/an", None, &[num(d(2023, 5, 5), 0.0)], year(2023));
        assert_eq!((o.attainment, o.status), (Some(0.0), Status::NotMet));
        let o = run("= 0/an", None, &[num(d(2023, 5, 5), 2.0)], year(2023));
        assert_eq!((o.attainment, o.status), (Some(0.0), Status::NotMet));
        let o = run("< 0/an", None, &[num(d(2023, 5, 5), 0.0)], year(2023));
        assert_eq!((o.attainment, o.status), (Some(0.0), Status::NotMet));
    }

    #[test]
    fn boolean_changed_during_the_year() {
        let observations = [
            obs(d(2023, 2, 1), MeasuredValue::Bool(false)),
            obs(d(2023, 9, 1), MeasuredValue::Bool(true)),
            obs(d(2023, 5, 1), MeasuredValue::Bool(false)),
        ];
        let o = run("Oui/Non", None, &observations, year(2023));
        assert_eq!(
            (o.actual, o.attainment, o.status),
            (Some(MeasuredValue::Bool(true)), Some(100.0), Status::Met)
        );
        // As of June, the latest is the "no" of May.
        let june = DateRange::new(d(2023, 1, 1), d(2023, 6, 30));
        let o = run("Oui/Non", None, &observations, june);
        assert_eq!(
            (o.actual, o.attainment, o.status),
            (Some(MeasuredValue::Bool(false)), Some(0.0), Status::NotMet)
        );
    }

    #[test]
    fn a_wrong_yes_no_is_never_partial() {
        let observations = [obs(d(2023, 2, 1), MeasuredValue::Bool(false))];
        let folded = series(&observations);
        let o = evaluate(&target("Oui/Non"), None, None, &folded, year(2023), 0.0);
        assert_eq!((o.attainment, o.status), (Some(0.0), Status::NotMet));
    }

    #[test]
    fn boolean_period_counts_at_its_last_day() {
        let (period, days) = calendar::parse_period("2023-Q2").unwrap();
        let q2 = Observation {
            period,
            days,
            ..obs(d(2023, 1, 1), MeasuredValue::Bool(true))
        };
        let may = obs(d(2023, 5, 31), MeasuredValue::Bool(false));
        let o = run("Oui/Non", None, &[q2, may], year(2023));
        assert_eq!(o.actual, Some(MeasuredValue::Bool(true)));
    }

    #[test]
    fn as_of_pro_rates_summed_yearly_targets() {
        // 2023: 181 days to June 30 of 365. Target 12 → 12·181/365.
        let window = DateRange::new(d(2023, 1, 1), d(2023, 6, 30));
        let o = run(
            ">= 12 par an",
            None,
            &[num(d(2023, 3, 1), 6.0), num(d(2023, 7, 1), 6.0)],
            window,
        );
        let t = 12.0 * 181.0 / 365.0;
        assert_eq!(
            o.applied,
            Applied::Number {
                op: Op::Ge,
                value: t,
                baseline: None,
                pro_rated: true
            }
        );
        assert_eq!(o.actual, Some(MeasuredValue::Number(6.0)));
        assert_eq!(o.attainment, Some(6.0 / t * 100.0));
        assert_eq!(o.status, Status::Met);
    }

    #[test]
    fn as_of_in_a_leap_year() {
        // 2024: Feb 29 is day 60 of 366.
        let window = DateRange::new(d(2024, 1, 1), d(2024, 2, 29));
        let o = run(">= 366/an", None, &[num(d(2024, 2, 1), 59.0)], window);
        assert_eq!(
            o.applied,
            Applied::Number {
                op: Op::Ge,
                value: 60.0,
                baseline: None,
                pro_rated: true
            }
        );
        assert_eq!(o.status, Status::Partial);
    }

    #[test]
    fn as_of_pro_rates_the_baseline_with_the_target() {
        // Half of 2023 to July 2 (183 days): target 12 → 12·183/365, baseline 4 → 4·183/365.
        let window = DateRange::new(d(2023, 1, 1), d(2023, 7, 2));
        let o = run(
            ">= 12 par an",
            Some(4.0),
            &[num(d(2023, 3, 1), 5.0)],
            window,
        );
        let (t, b) = (12.0 * 183.0 / 365.0, 4.0 * 183.0 / 365.0);
        assert_eq!(
            o.applied,
            Applied::Number {
                op: Op::Ge,
                value: t,
                baseline: Some(b),
                pro_rated: true
            }
        );
        assert_eq!(o.attainment, Some((5.0 - b) / (t - b) * 100.0));
        assert_eq!(o.status, Status::Partial);
    }

    #[test]
    fn finer_targets_are_not_pro_rated() {
        let window = DateRange::new(d(2023, 1, 1), d(2023, 1, 31));
        let o = run(">= 3 heures/jour", None, &[num(d(2023, 1, 5), 3.0)], window);
        assert_eq!(
            o.applied,
            Applied::Number {
                op: Op::Ge,
                value: 3.0,
                baseline: None,
                pro_rated: false
            }
        );
        let o = run(">= 80 %", None, &[num(d(2023, 1, 5), 80.0)], window);
        assert_eq!(
            o.applied,
            Applied::Number {
                op: Op::Ge,
                value: 80.0,
                baseline: None,
                pro_rated: false
            }
        );
    }

    #[test]
    fn custom_threshold() {
        let observations = [num(d(2023, 5, 5), 6.0)];
        let folded = series(&observations);
        let o = evaluate(&target(">= 10/an"), None, None, &folded, year(2023), 70.0);
        assert_eq!(o.status, Status::NotMet);
    }

    #[test]
    fn counts_roll_up() {
        let mut a = Counts::default();
        a.add(Status::Met);
        a.add(Status::NoData);
        let mut b = Counts::default();
        b.add(Status::Met);
        b.merge(a);
        assert_eq!((b.met, b.no_data, b.total()), (2, 1, 3));
    }

    fn arb_op() -> impl Strategy<Value = Op> {
        prop_oneof![
            Just(Op::Ge),
            Just(Op::Gt),
            Just(Op::Le),
            Just(Op::Lt),
            Just(Op::Eq)
        ]
    }

    proptest! {
        #[test]
        fn met_exactly_when_the_comparison_holds(
            op in arb_op(),
            t in 0u32..50,
            baseline in proptest::option::of(0u32..50),
            values in proptest::collection::vec((0u32..365, 0u32..20), 1..20),
        ) {
            let observations: Vec<Observation> = values
                .iter()
                .map(|(day, v)| num(d(2023, 1, 1) + chrono::Days::new(u64::from(*day)), f64::from(*v)))
                .collect();
            let folded = series(&observations);
            let target = Target::Compare { op, value: f64::from(t), unit: None, per: None };
            let o = evaluate(&target, baseline.map(f64::from), None, &folded, year(2023), 50.0);
            let Some(MeasuredValue::Number(actual)) = o.actual else { panic!("numeric actual expected") };
            prop_assert_eq!(o.status == Status::Met, op.holds(actual, f64::from(t)));
        }

        #[test]
        fn adding_a_measurement_never_lowers_summed_attainment(
            t in 1u32..100,
            baseline_share in proptest::option::of(0.0..1.0f64),
            values in proptest::collection::vec(0u32..30, 1..15),
            extra in 0u32..30,
        ) {
            // Validation requires a `>=` baseline below the target.
            let baseline = baseline_share.map(|share| share * f64::from(t));
            let target = Target::Compare { op: Op::Ge, value: f64::from(t), unit: None, per: Some(Period::Year) };
            let mut observations: Vec<Observation> = values
                .iter()
                .enumerate()
                .map(|(i, v)| num(d(2023, 1, 1) + chrono::Days::new(i as u64), f64::from(*v)))
                .collect();
            let before = {
                let folded = series(&observations);
                evaluate(&target, baseline, None, &folded, year(2023), 50.0)
            };
            observations.push(num(d(2023, 12, 1), f64::from(extra)));
            let folded = series(&observations);
            let after = evaluate(&target, baseline, None, &folded, year(2023), 50.0);
            prop_assert!(after.attainment.unwrap() >= before.attainment.unwrap());
            prop_assert!(after.status <= before.status || before.status == Status::NoData);
        }
    }
}
