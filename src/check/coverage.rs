//! What a report needs that a run may not have read: the measurements of a plan (W002).
//! `plan validate plans` checks a plan alone, so this check is not one of
//! [`super::run`]'s: `report` and `export`, which show what was measured, ask for it.
//!
//! Part of `check`: imports its sibling `measurements`, `input` and the leaves.

use super::measurements::Measured;
use crate::diagnostic::{Diagnostic, Finding, Findings};
use crate::model::Plan;
use crate::place::FileId;

/// A finding (W002) for each plan of `year` that has indicators and of which no
/// measurement was read: every one of its indicators would show as no data.
pub fn unmeasured<S>(
    plans: &[(FileId, Plan)],
    measured: &Measured<S>,
    year: i32,
    out: &mut Findings,
) {
    for (file, plan) in plans.iter().filter(|(_, p)| p.year.value == year) {
        let indicators = plan.indicators().count();
        let read = measured
            .series
            .get(&plan.id.value)
            .is_some_and(|series| !series.is_empty());
        if indicators > 0 && !read {
            out.push(Diagnostic::new(
                Finding::NoMeasurements {
                    plan: plan.id.value.clone(),
                    indicators,
                    read: measured.records,
                },
                *file,
                plan.id.pos,
            ));
        }
    }
}
