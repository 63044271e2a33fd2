//! Validation rules (SPEC §3), one family per file: the plan's structure ([`plan`]) and
//! the measurements against it ([`measurements`]). Every rule runs and adds its
//! findings; none stops the others. Measurements arrive from input through
//! [`crate::input::RecordSink`], which the checker implements; the records that pass are
//! handed to a [`Store`] that the caller chooses (compute's series), so that this layer
//! knows nothing of what is computed from them.
//!
//! The second layer: imports `input` and the leaves.

mod measurements;
mod plan;

use std::collections::BTreeMap;

use crate::calendar::DateRange;
use crate::diagnostic::Findings;
use crate::input::{LoadError, Workspace};
use crate::model::{Indicator, MeasuredValue, Plan};
use crate::place::FileId;
use crate::target::Period;

/// A measurement that passed its checks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Observation<'r> {
    /// The kind of period measured: a day, or a week, month, quarter or year.
    pub period: Period,
    /// The days measured (one for a date); it counts on the last.
    pub days: DateRange,
    pub value: MeasuredValue,
    pub note: Option<&'r str>,
}

/// Where a record starts, as a store keeps it for the copies of the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordPlace {
    pub file: u32,
    pub line: u32,
    pub column: u32,
}

/// Where the checked measurements of one indicator are kept.
pub trait Store: Default {
    /// Keeps an observation of the record at `place`. A record of the same last day,
    /// kind of period and note is a copy: the place of the first such record is given
    /// back.
    fn add(&mut self, observation: &Observation, place: RecordPlace) -> Option<RecordPlace>;

    /// Whether nothing was kept.
    fn is_empty(&self) -> bool;
}

/// A plan and what the measurement checks need to know of it.
pub struct PlanIndex<'a> {
    pub file: FileId,
    pub plan: &'a Plan,
    /// Each indicator by id, with its position in the plan.
    pub indicators: BTreeMap<&'a str, (usize, &'a Indicator)>,
}

/// What the measurement checks yield.
#[derive(Debug)]
pub struct Measured<S> {
    /// Each plan's checked measurements, by indicator id.
    pub series: BTreeMap<String, BTreeMap<String, S>>,
    /// Records read.
    pub records: usize,
}

/// The outcome of all checks: the findings of reading and checking, sorted by place,
/// and the measurements that passed them.
pub struct Checked<S> {
    pub findings: Findings,
    pub measured: Measured<S>,
}

/// Runs every check over a loaded workspace, streaming its measurements files; fails
/// only when a file can no longer be read.
pub fn run<S: Store>(workspace: &Workspace) -> Result<Checked<S>, LoadError> {
    let mut findings = workspace.findings.clone();
    let mut plans: BTreeMap<&str, PlanIndex> = BTreeMap::new();
    plan::check_plans(&workspace.plans, &mut findings);
    for (file, plan) in &workspace.plans {
        let index = PlanIndex {
            file: *file,
            plan,
            indicators: plan
                .indicators()
                .enumerate()
                .map(|(position, i)| (i.id.value.as_str(), (position, i)))
                .collect(),
        };
        // A second plan with the same id was reported by `check_plans`; the first one wins.
        plans.entry(plan.id.value.as_str()).or_insert(index);
    }
    let measured = measurements::check(workspace, &plans, &mut findings)?;
    findings.sort(|file| workspace.sources.path(file));
    Ok(Checked { findings, measured })
}
