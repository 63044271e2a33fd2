//! What the commands share before they render: the files loaded and checked, the
//! findings to show on standard error, and for `report` and `export` the plans of the
//! year asked and their reports (with `--compare`, each beside its commune's plan of the
//! other year).
//!
//! Part of `commands`: imports every layer below.

use std::collections::BTreeMap;
use std::path::PathBuf;

use rayon::prelude::*;

use super::errors;
use super::output::Output;
use crate::calendar;
use crate::calendar::DateRange;
use crate::check::{self, Checked};
use crate::cli::Selection;
use crate::compute::compare;
use crate::compute::progress::{self, Progress};
use crate::compute::report::{Notes, PlanReport};
use crate::compute::series::Series;
use crate::config::Config;
use crate::config::ReportConfig;
use crate::i18n;
use crate::input::{self, Workspace};
use crate::model::Plan;
use crate::render::diagnostics::{self, Format, words};
use crate::say;
use crate::target::Period;

/// Loads and checks the files under `paths`.
pub(super) fn load_checked(paths: &[PathBuf]) -> anyhow::Result<(Workspace, Checked<Series>)> {
    let unreadable = |err: input::LoadError| anyhow::Error::msg(errors::load_error(&err));
    let workspace = input::load(paths).map_err(unreadable)?;
    let checked = check::run(&workspace).map_err(unreadable)?;
    Ok((workspace, checked))
}

/// The warnings of the checks to print, or, when they find errors, the output that ends
/// the command (exit 1, nothing written).
fn gated(
    config: &Config,
    workspace: &Workspace,
    checked: &Checked<Series>,
) -> Result<String, Output> {
    let (stderr, has_errors) = gate(config, workspace, checked, true);
    if has_errors {
        return Err(Output {
            stderr,
            exit: 1,
            ..Output::default()
        });
    }
    Ok(stderr)
}

/// The files of a command that writes a file from the plan (`document`, `template`),
/// loaded, checked and gated: `Err` holds the output that ends the command when the
/// checks find errors (exit 1, nothing written); with them, the warnings to print.
pub(super) fn load_gated(
    config: &Config,
    paths: &[PathBuf],
) -> anyhow::Result<Result<(Workspace, String), Output>> {
    let (workspace, checked) = load_checked(paths)?;
    let stderr = match gated(config, &workspace, &checked) {
        Ok(stderr) => stderr,
        Err(failed) => return Ok(Err(failed)),
    };
    Ok(Ok((workspace, stderr)))
}

/// For `report`, `export` and `tree`: the findings to show on standard error, and
/// whether there are errors among them. `report` and `export` stop on errors and write
/// nothing (SPEC §5); `tree` shows what it could read.
pub(super) fn gate(
    config: &Config,
    workspace: &Workspace,
    checked: &Checked<Series>,
    stops: bool,
) -> (String, bool) {
    let findings = &checked.findings;
    let has_errors = findings.has_errors();
    let mut text = diagnostics::render(
        findings,
        &workspace.sources,
        Format::Human,
        config.color_stderr,
    );
    if let Some(summary) = words::summary(findings.list(), findings.omitted()) {
        let verdict = if has_errors && stops {
            say!(i18n::messages(), "output-nothing-written")
        } else {
            String::new()
        };
        text.push_str(&format!("plan: {summary}{verdict}\n"));
    }
    (text, has_errors)
}

/// The error of a year that no plan read is for: no plan at all, or those of other years.
pub(super) fn no_plan_for(year: i32, workspace: &Workspace) -> anyhow::Error {
    let years: Vec<String> = workspace
        .plans
        .iter()
        .map(|(_, p)| format!("{} ({})", p.year.value, p.id.value))
        .collect();
    let lang = i18n::messages();
    if years.is_empty() {
        return anyhow::Error::msg(say!(lang, "error-no-plan-file"));
    }
    anyhow::Error::msg(say!(
        lang,
        "error-no-plan-for-year",
        year = year.to_string(),
        plans = years.join(", ")
    ))
}

/// What `report` and `export` start from: the files loaded and checked without errors,
/// the warnings to print, and the year, window and filters asked for.
pub(super) struct Loaded {
    pub report: ReportConfig,
    pub workspace: Workspace,
    pub checked: Checked<Series>,
    pub stderr: String,
}

/// Loads and checks the files of a `report` or `export`; `Err` holds the output that
/// ends the command when the checks find errors (exit 1, nothing written). Without
/// `--year`, the year is that of the plans read when they are of one year only, said in
/// a note on standard error.
pub(super) fn load_for_report(
    config: &Config,
    selection: &Selection,
) -> anyhow::Result<Result<Loaded, Output>> {
    let paths = crate::config::paths(&selection.paths);
    let (report, workspace, mut checked, note) = match selection.year {
        Some(year) => {
            let report = ReportConfig::from_selection(selection, year, config.lang)?;
            let (workspace, checked) = load_checked(&paths)?;
            (report, workspace, checked, String::new())
        }
        None => {
            let (workspace, checked) = load_checked(&paths)?;
            let year = the_year(None, &workspace)?;
            let report = ReportConfig::from_selection(selection, year, config.lang)?;
            let note = say!(i18n::messages(), "watch-note-year", year = year.to_string());
            (report, workspace, checked, format!("plan: {note}\n"))
        }
    };
    if let Some(refused) = compare_refused(&report, None) {
        return Ok(Err(refused));
    }
    checked.check_measured(&workspace, report.year);
    if let Some(other) = report.compare {
        checked.check_measured(&workspace, other);
    }
    let stderr = match gated(config, &workspace, &checked) {
        Ok(stderr) => note + &stderr,
        Err(failed) => return Ok(Err(failed)),
    };
    if let Some(refused) = compare_refused(&report, Some(&workspace)) {
        return Ok(Err(refused));
    }
    Ok(Ok(Loaded {
        report,
        workspace,
        checked,
        stderr,
    }))
}

/// The year of a command: `asked` (`--year`), else the year of the plans read when they
/// are of one year only; an error when they are of several (listed) or there is none.
pub(super) fn the_year(asked: Option<i32>, workspace: &Workspace) -> anyhow::Result<i32> {
    let mut years: Vec<i32> = workspace.plans.iter().map(|(_, p)| p.year.value).collect();
    years.sort_unstable();
    years.dedup();
    match (asked, years.as_slice()) {
        (Some(year), _) => Ok(year),
        (None, [year]) => Ok(*year),
        (None, []) => Err(no_plan_for(0, workspace)),
        (None, _) => {
            let years: Vec<String> = years.iter().map(i32::to_string).collect();
            Err(anyhow::Error::msg(say!(
                i18n::messages(),
                "error-document-which-year",
                years = years.join(", ")
            )))
        }
    }
}

/// Whether two plans are of the same commune (their `commune`, trimmed, in any case).
fn same_commune(a: &Plan, b: &Plan) -> bool {
    a.commune.value.trim().to_lowercase() == b.commune.value.trim().to_lowercase()
}

/// Why `--compare YEAR` cannot be done (exit 1, nothing written): YEAR is the report's
/// own year; or, once `workspace` is loaded, a commune reported on has no plan of YEAR
/// (the years it has are listed).
fn compare_refused(report: &ReportConfig, workspace: Option<&Workspace>) -> Option<Output> {
    let other = report.compare?;
    let lang = i18n::messages();
    let refused = |message: String| {
        Some(Output {
            stderr: errors::error_line(&message),
            exit: 1,
            ..Output::default()
        })
    };
    if other == report.year {
        return refused(say!(
            lang,
            "compare-error-same-year",
            year = other.to_string()
        ));
    }
    let plans = &workspace?.plans;
    for (_, plan) in plans.iter().filter(|(_, p)| p.year.value == report.year) {
        let of_commune: Vec<&Plan> = plans
            .iter()
            .map(|(_, p)| p)
            .filter(|p| same_commune(p, plan))
            .collect();
        if !of_commune.iter().any(|p| p.year.value == other) {
            let mut years: Vec<i32> = of_commune.iter().map(|p| p.year.value).collect();
            years.sort_unstable();
            years.dedup();
            let years: Vec<String> = years.iter().map(i32::to_string).collect();
            return refused(say!(
                lang,
                "compare-error-no-plan",
                commune = plan.commune.value.as_str(),
                year = other.to_string(),
                years = years.join(", ")
            ));
        }
    }
    None
}

impl Loaded {
    /// The plans of the report's year, the filters checked against them.
    pub fn plans(&self) -> anyhow::Result<Vec<&Plan>> {
        let year = self.report.year;
        let plans: Vec<&Plan> = self
            .workspace
            .plans
            .iter()
            .map(|(_, plan)| plan)
            .filter(|plan| plan.year.value == year)
            .collect();
        if plans.is_empty() {
            return Err(no_plan_for(year, &self.workspace));
        }
        self.report
            .filters
            .check(&plans)
            .map_err(|unknown| anyhow::Error::msg(words::unknown_filter(&unknown)))?;
        Ok(plans)
    }

    /// Lets go of what was loaded on a thread of the pool, once the output is made: it
    /// is written while the memory is handed back (about 4 ms at 10⁶ records), and the
    /// process may end before that is done.
    pub fn release(self) {
        rayon::spawn(move || drop(self));
    }

    /// The checked measurements of `plan`, by indicator id.
    fn series(&self, plan: &Plan) -> &BTreeMap<String, Series> {
        static NONE: BTreeMap<String, Series> = BTreeMap::new();
        self.checked
            .measured
            .series
            .get(&plan.id.value)
            .unwrap_or(&NONE)
    }

    /// The checked comments of `plan`.
    fn comments(&self, plan: &Plan) -> &[check::CheckedComment] {
        self.checked
            .measured
            .comments
            .get(&plan.id.value)
            .map_or(&[], Vec::as_slice)
    }

    /// The report of `plan` over `window` (the year, or one period of `--by`), labelled
    /// `period`, with the filters and `--as-of` asked for, its notes listed or left out.
    pub fn report_of<'a>(
        &'a self,
        plan: &'a Plan,
        period: String,
        window: DateRange,
        notes: Notes,
    ) -> PlanReport<'a> {
        let build = |plan: &'a Plan, period, window, as_of| {
            crate::compute::report::build(
                plan,
                self.series(plan),
                self.comments(plan),
                period,
                window,
                as_of,
                &self.report.filters,
                self.report.made,
                notes,
            )
        };
        let mut report = build(plan, period, window, self.report.as_of);
        // `--compare YEAR`: the same period of the commune's plan of YEAR, cut at the
        // same day.
        if let Some(year) = self.report.compare
            && let Some(other) = self.of_commune_in(plan, year)
            && let Some((period, window, as_of)) =
                compare::period_in(&report.period, self.report.as_of, year)
        {
            report.compare_with(&build(other, period, window, as_of));
        }
        report
    }

    /// The plan of `plan`'s commune for `year`: the first read.
    fn of_commune_in(&self, plan: &Plan, year: i32) -> Option<&Plan> {
        self.workspace
            .plans
            .iter()
            .map(|(_, p)| p)
            .find(|p| p.year.value == year && same_commune(p, plan))
    }

    /// The report of `plan` over the year, cut at `--as-of`: what `plan report` shows.
    /// Its notes are left out: no report shows them (`plan export` lists them, from
    /// [`Loaded::period_reports`]).
    pub fn year_report<'a>(&'a self, plan: &'a Plan) -> PlanReport<'a> {
        let year = self.report.year.to_string();
        self.report_of(plan, year, self.report.window(), Notes::Left)
    }

    /// The reports of `plan` for each period of the year `by` (months, quarters, or the
    /// year), each cut at `--as-of`; periods that start after it are left out. What
    /// `plan export --by` writes, a report a period.
    pub fn period_reports<'a>(
        &'a self,
        plan: &'a Plan,
        by: Period,
        notes: Notes,
    ) -> Vec<PlanReport<'a>> {
        // Each period on a thread of the pool, kept in the year's order.
        calendar::periods_of_year(self.report.year, by)
            .into_par_iter()
            .filter_map(|(label, span)| {
                let window = self.report.window_of(span)?;
                Some(self.report_of(plan, label, window, notes))
            })
            .collect()
    }

    /// The progress month by month of the indicators of `year`, the report of `plan`
    /// over its year: the months of `plan export --by month`.
    pub fn progress(&self, plan: &Plan, year: &PlanReport) -> Progress {
        let months = self.period_reports(plan, Period::Month, Notes::Left);
        progress::build(year, &months, self.series(plan))
    }
}
