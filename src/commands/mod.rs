//! One file per subcommand, each load → check → compute → render.

pub mod export;
pub mod report;
pub mod schema;
pub mod tree;
pub mod validate;

use std::path::PathBuf;

use crate::check::{self, Checked};
use crate::config::Config;
use crate::diagnostic::{self, Format, Severity};
use crate::load::{self, Workspace};

/// Loads and checks the files under `paths`.
fn load_checked(paths: &[PathBuf]) -> anyhow::Result<(Workspace, Checked)> {
    let workspace = load::load(paths)?;
    let checked = check::run(&workspace);
    Ok((workspace, checked))
}

/// For `report`, `export` and `tree`: the findings to show on standard error, and
/// whether there are errors among them. `report` and `export` stop on errors and write
/// nothing (SPEC §5); `tree` shows what it could read.
fn gate(config: &Config, workspace: &Workspace, checked: &Checked, stops: bool) -> (String, bool) {
    let has_errors = checked
        .diagnostics
        .iter()
        .any(|d| d.severity() == Severity::Error);
    let mut text = diagnostic::render(
        &checked.diagnostics,
        &workspace.sources,
        Format::Human,
        config.color_stderr,
    );
    if let Some(summary) = diagnostic::summary(&checked.diagnostics) {
        let verdict = if has_errors && stops {
            "; nothing was written"
        } else {
            ""
        };
        text.push_str(&format!("plan: {summary}{verdict}\n"));
    }
    (text, has_errors)
}

/// The plans of `year`, or an error listing the years that were loaded.
fn plans_for_year(workspace: &Workspace, year: i32) -> anyhow::Result<Vec<&crate::model::Plan>> {
    let plans: Vec<&crate::model::Plan> = workspace
        .plans
        .iter()
        .map(|(_, plan)| plan)
        .filter(|plan| plan.year.value == year)
        .collect();
    if plans.is_empty() {
        let years: Vec<String> = workspace
            .plans
            .iter()
            .map(|(_, p)| format!("{} ({})", p.year.value, p.id.value))
            .collect();
        if years.is_empty() {
            anyhow::bail!("no plan file found: pass the plan's file or folder (default: plans)");
        }
        anyhow::bail!("no plan for {year}; plans loaded: {}", years.join(", "));
    }
    Ok(plans)
}
