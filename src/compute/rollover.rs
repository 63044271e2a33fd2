//! Next year's plan from this year's report (`plan rollover`): what each indicator
//! carries over — this year's actual as its baseline when it fell short, a note only
//! when a baseline could not be that actual — and the plan's id and title with the
//! year changed.
//!
//! Whether a baseline would be refused is the check's own rule
//! ([`crate::check::beyond_target`], [`crate::target::is_plausible`]: E106): the
//! new plan validates at once.
//!
//! Part of `compute`: imports its sibling [`super::report`], `check` and the leaves.

use super::attainment::Status;
use super::report::PlanReport;
use crate::check::beyond_target;
use crate::model::{Indicator, MeasuredValue};
use crate::target::{Target, is_plausible};

/// What an indicator of this year's report carries into next year's plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Carried {
    /// It fell short: this year's actual becomes its baseline (`previous` the baseline it
    /// had).
    Baseline {
        actual: f64,
        status: Status,
        previous: Option<f64>,
    },
    /// Its actual lies beyond its target: a baseline there would be refused (E106), so
    /// only a note says what was achieved.
    BeyondTarget { actual: f64, status: Status },
    /// It fell short but its actual is too large for a baseline (E106): a note only.
    OutOfRange { actual: f64, status: Status },
    /// A yes/no indicator that was not as expected: a yes/no takes no baseline, a note
    /// says what it was.
    YesNo { actual: bool, status: Status },
    /// Nothing was measured this year: a note says so.
    NoData,
    /// Met, on the target itself: nothing to carry.
    Unchanged,
}

impl Carried {
    /// Whether next year's plan notes it beside the indicator.
    pub fn has_note(self) -> bool {
        self != Carried::Unchanged
    }
}

/// An indicator and what it carries over.
pub struct Carry<'a> {
    pub indicator: &'a Indicator,
    pub carried: Carried,
}

/// What each indicator of a year's `report` (unfiltered, the whole year) carries into
/// the next year's plan, in plan order, each indicator once.
pub fn carry<'a>(report: &'a PlanReport<'a>) -> Vec<Carry<'a>> {
    report
        .projects()
        .flat_map(|project| &project.objectives)
        .flat_map(|objective| &objective.indicators)
        .filter(|row| row.shared_from.is_none())
        .map(|row| Carry {
            indicator: row.indicator,
            carried: carried(
                row.target,
                row.indicator.baseline.as_ref().map(|b| b.value),
                row.outcome.status,
                row.outcome.actual,
            ),
        })
        .collect()
}

/// What an indicator with `target` and `baseline` carries over, given its status and
/// actual value this year.
fn carried(
    target: &Target,
    baseline: Option<f64>,
    status: Status,
    actual: Option<MeasuredValue>,
) -> Carried {
    let short = matches!(status, Status::Partial | Status::NotMet);
    match (target, actual) {
        (_, None) => Carried::NoData,
        (Target::Compare { op, value, .. }, Some(MeasuredValue::Number(actual))) => {
            if beyond_target(*op, *value, actual) {
                Carried::BeyondTarget { actual, status }
            } else if !short {
                Carried::Unchanged
            } else if !is_plausible(actual) {
                Carried::OutOfRange { actual, status }
            } else {
                Carried::Baseline {
                    actual,
                    status,
                    previous: baseline,
                }
            }
        }
        (_, Some(MeasuredValue::Bool(actual))) if short => Carried::YesNo { actual, status },
        (_, Some(_)) => Carried::Unchanged,
    }
}

/// `text` with every `from` written as a number of its own (not inside a longer run of
/// digits) made `to`: `Plan de projet 2023` → `Plan de projet 2024`; `None` when it holds
/// no `from`.
pub fn with_year(text: &str, from: i32, to: i32) -> Option<String> {
    let from = from.to_string();
    let to = to.to_string();
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut rest = 0;
    let mut search = 0;
    while let Some(found) = text[search..].find(&from) {
        let at = search + found;
        let end = at + from.len();
        let digit_before = at > 0 && bytes[at - 1].is_ascii_digit();
        let digit_after = bytes.get(end).is_some_and(u8::is_ascii_digit);
        if !digit_before && !digit_after {
            out.push_str(&text[rest..at]);
            out.push_str(&to);
            rest = end;
            changed = true;
        }
        search = end;
    }
    out.push_str(&text[rest..]);
    changed.then_some(out)
}

/// Next year's id of a plan: its id with the year changed (`molenbeek-2023` →
/// `molenbeek-2024`), or, when it holds no year, with `-<to>` added, so that the two
/// plans can be read together.
pub fn next_id(id: &str, from: i32, to: i32) -> String {
    with_year(id, from, to).unwrap_or_else(|| format!("{id}-{to}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::Op;

    fn at_least(value: f64) -> Target {
        Target::Compare {
            op: Op::Ge,
            value,
            unit: None,
            per: None,
        }
    }

    #[test]
    fn the_year_changes_only_where_it_is_written_as_a_number_of_its_own() {
        assert_eq!(
            with_year("Plan de projet 2023", 2023, 2024).as_deref(),
            Some("Plan de projet 2024")
        );
        assert_eq!(
            with_year("2023: 120230 and 2023-Q1", 2023, 2024).as_deref(),
            Some("2024: 120230 and 2024-Q1")
        );
        assert_eq!(with_year("12023 20231", 2023, 2024), None);
        assert_eq!(
            next_id("molenbeek-saint-jean-2023", 2023, 2024),
            "molenbeek-saint-jean-2024"
        );
        assert_eq!(next_id("molenbeek", 2023, 2024), "molenbeek-2024");
    }

    #[test]
    fn a_short_indicator_carries_its_actual_unless_the_checks_would_refuse_it() {
        let short = |actual: f64, target: f64, status| {
            carried(
                &at_least(target),
                Some(1.0),
                status,
                Some(MeasuredValue::Number(actual)),
            )
        };
        assert_eq!(
            short(8.0, 10.0, Status::Partial),
            Carried::Baseline {
                actual: 8.0,
                status: Status::Partial,
                previous: Some(1.0)
            }
        );
        assert_eq!(
            short(12.0, 10.0, Status::Met),
            Carried::BeyondTarget {
                actual: 12.0,
                status: Status::Met
            }
        );
        assert_eq!(short(10.0, 10.0, Status::Met), Carried::Unchanged);
        let below = Target::Compare {
            op: Op::Le,
            value: 5.0,
            unit: None,
            per: None,
        };
        assert_eq!(
            carried(
                &below,
                None,
                Status::NotMet,
                Some(MeasuredValue::Number(2e12))
            ),
            Carried::OutOfRange {
                actual: 2e12,
                status: Status::NotMet
            }
        );
        assert_eq!(
            carried(&below, None, Status::Met, Some(MeasuredValue::Number(2.0))),
            Carried::BeyondTarget {
                actual: 2.0,
                status: Status::Met
            }
        );
    }

    #[test]
    fn yes_no_indicators_and_those_without_data_carry_a_note_only() {
        let yes = Target::Boolean { expected: true };
        assert_eq!(
            carried(&yes, None, Status::NotMet, Some(MeasuredValue::Bool(false))),
            Carried::YesNo {
                actual: false,
                status: Status::NotMet
            }
        );
        assert_eq!(
            carried(&yes, None, Status::Met, Some(MeasuredValue::Bool(true))),
            Carried::Unchanged
        );
        assert_eq!(carried(&yes, None, Status::NoData, None), Carried::NoData);
    }
}
