//! Validation rules (SPEC §3), one family per file: the plan's structure and the
//! measurements against it. Every rule runs and adds its findings; none stops the others.

mod measurements;
mod plan;

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, FileId};
use crate::load::Workspace;
use crate::model::{Indicator, Plan};

pub use measurements::{ObsValue, Observation};

/// A plan and what the measurement checks need to know of it.
pub struct PlanIndex<'a> {
    pub file: FileId,
    pub plan: &'a Plan,
    pub indicators: BTreeMap<&'a str, &'a Indicator>,
}

/// The outcome of all checks: the findings, and the measurements that passed them,
/// grouped by plan id.
pub struct Checked {
    pub diagnostics: Vec<Diagnostic>,
    pub observations: BTreeMap<String, Vec<Observation>>,
}

/// Runs every check over a loaded workspace.
pub fn run(workspace: &Workspace) -> Checked {
    let mut diagnostics = workspace.diagnostics.clone();
    let mut plans: BTreeMap<&str, PlanIndex> = BTreeMap::new();
    plan::check_plans(&workspace.plans, &mut diagnostics);
    for (file, plan) in &workspace.plans {
        let index = PlanIndex {
            file: *file,
            plan,
            indicators: plan
                .indicators()
                .map(|i| (i.id.value.as_str(), i))
                .collect(),
        };
        // A second plan with the same id was reported by `check_plans`; the first one wins.
        plans.entry(plan.id.value.as_str()).or_insert(index);
    }
    let observations = measurements::check(&workspace.measurements, &plans, &mut diagnostics);
    crate::diagnostic::sort(&mut diagnostics, &workspace.sources);
    Checked {
        diagnostics,
        observations,
    }
}
