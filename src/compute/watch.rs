//! The watch list ("À surveiller") that every report opens with, after its summaries:
//! the indicators that are not met (status `partial` or `not_met`), in plan order, each
//! with how far it is from its target; and, apart, those without data. With `--as-of`
//! the report's window ends at that date and a yearly sum is pro-rated to it
//! ([`super::attainment::evaluate`]), so an indicator behind its pro-rated path is one
//! of them by the same rule.
//!
//! Part of `compute`: imports its siblings [`super::attainment`] and [`super::report`],
//! and the leaves.

use super::attainment::{Applied, Status};
use super::report::{IndicatorReport, PlanReport};
use crate::model::MeasuredValue;
use crate::target::Op;

/// How far an indicator is from its target, in the target's unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Gap {
    /// `>=` or `>`: this much short of the target.
    Short(f64),
    /// `<=` or `<`: this much over the target.
    Over(f64),
    /// `=`: this much away from the target (positive above, negative below).
    Off(f64),
    /// A yes/no target: `actual` instead of `expected`.
    Answer { actual: bool, expected: bool },
}

/// The gap of an evaluated indicator: `None` when it has no actual value.
pub fn gap(row: &IndicatorReport) -> Option<Gap> {
    let outcome = &row.outcome;
    match (outcome.applied, outcome.actual?) {
        (Applied::Number { op, value, .. }, MeasuredValue::Number(actual)) => Some(match op {
            Op::Ge | Op::Gt => Gap::Short(value - actual),
            Op::Le | Op::Lt => Gap::Over(actual - value),
            Op::Eq => Gap::Off(actual - value),
        }),
        (Applied::Bool { expected }, MeasuredValue::Bool(actual)) => {
            Some(Gap::Answer { actual, expected })
        }
        _ => None,
    }
}

/// Whether an indicator belongs on the watch list.
pub fn watched(status: Status) -> bool {
    matches!(status, Status::Partial | Status::NotMet)
}

/// The watch list of a report.
pub struct Watch<'r> {
    /// The indicators not met (partial or not met), in plan order.
    pub behind: Vec<&'r IndicatorReport<'r>>,
    /// The indicators without data, in plan order.
    pub no_data: Vec<&'r IndicatorReport<'r>>,
}

/// The watch list of `report`: each indicator once, in plan order (the order of the
/// export's rows).
pub fn watch<'r>(report: &'r PlanReport) -> Watch<'r> {
    let mut list = Watch {
        behind: Vec::new(),
        no_data: Vec::new(),
    };
    for row in report.indicators() {
        if watched(row.outcome.status) {
            list.behind.push(row);
        } else if row.outcome.status == Status::NoData {
            list.no_data.push(row);
        }
    }
    list
}
