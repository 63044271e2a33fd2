//! Validation rules (SPEC §3), one family per file: the plan's structure (`plan.rs`), the
//! measurements against it (`measurements.rs`), and, for the commands that report on
//! measurements, whether any were read (`coverage.rs`). Every rule runs and adds its
//! findings; none stops the others. Measurements arrive from input through
//! [`crate::input::RecordSink`], which the checker implements; the records that pass are
//! handed to a [`Store`] that the caller chooses (compute's series), so that this layer
//! knows nothing of what is computed from them.
//!
//! The second layer: imports `input` and the leaves.

mod coverage;
mod measurements;
mod plan;
mod store;

pub use measurements::{CheckedComment, Measured};
pub use plan::beyond_target;
pub use store::{Observation, RecordPlace, Store};

use crate::diagnostic::Findings;
use crate::input::{LoadError, Workspace};

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
    plan::check_plans(&workspace.plans, &mut findings);
    let measured = measurements::check(workspace, &mut findings)?;
    findings.relocate(|at| workspace.sources.cell_of(at));
    findings.sort(|file| workspace.sources.path(file));
    Ok(Checked { findings, measured })
}

impl<S> Checked<S> {
    /// For `report` and `export`, which show what was measured: a finding (W002) for
    /// each plan of `year` of which no measurement was read. Not for `validate`, which
    /// may check a plan alone.
    pub fn check_measured(&mut self, workspace: &Workspace, year: i32) {
        coverage::unmeasured(&workspace.plans, &self.measured, year, &mut self.findings);
        self.findings.sort(|file| workspace.sources.path(file));
    }
}
