//! Validation rules (SPEC §3), one family per file: the plan's structure and the
//! measurements against it. Every rule runs and adds its findings; none stops the others.

mod measurements;
mod plan;

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, FileId};
use crate::load::Workspace;
use crate::model::{Indicator, Plan};

pub use measurements::{KEPT_PER_CODE, Measured, ObsValue, Observation, RecordSink};

/// A plan and what the measurement checks need to know of it.
pub struct PlanIndex<'a> {
    pub file: FileId,
    pub plan: &'a Plan,
    /// Each indicator by id, with its position in the plan.
    pub indicators: BTreeMap<&'a str, (usize, &'a Indicator)>,
}

/// The outcome of all checks: the findings, and the measurements that passed them.
pub struct Checked {
    pub diagnostics: Vec<Diagnostic>,
    pub measured: Measured,
}

/// Runs every check over a loaded workspace, streaming its measurements files; fails
/// only when a file can no longer be read.
pub fn run(workspace: &Workspace) -> Result<Checked, crate::load::LoadError> {
    let mut diagnostics = workspace.diagnostics.clone();
    let mut plans: BTreeMap<&str, PlanIndex> = BTreeMap::new();
    plan::check_plans(&workspace.plans, &mut diagnostics);
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
    let measured = measurements::check(workspace, &plans, &mut diagnostics)?;
    crate::diagnostic::sort(&mut diagnostics, &workspace.sources);
    Ok(Checked {
        diagnostics,
        measured,
    })
}
