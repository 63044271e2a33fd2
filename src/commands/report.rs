//! `plan report --year Y`: per strategic objective, each indicator's target, actual,
//! attainment and status; then summaries by sector and by service (SPEC §5).

use anyhow::bail;

use crate::Output;
use crate::cli::{ReportArgs, ReportFormat};
use crate::config::{Config, ReportConfig};
use crate::render;
use crate::report::{self, PlanReport};

pub fn run(config: &Config, args: &ReportArgs) -> anyhow::Result<Output> {
    let report_config = ReportConfig::from_selection(&args.selection)?;
    let (workspace, checked) = super::load_checked(&args.selection.paths.paths)?;
    let (stderr, has_errors) = super::gate(config, &workspace, &checked, true);
    if has_errors {
        return Ok(Output {
            stderr,
            exit: 1,
            ..Output::default()
        });
    }
    let plans = super::plans_for_year(&workspace, report_config.year)?;
    let mut stdout = String::new();
    for plan in plans {
        let observations = checked
            .observations
            .get(&plan.id.value)
            .map_or(&[][..], Vec::as_slice);
        let report: PlanReport = report::build(
            plan,
            observations,
            report_config.year.to_string(),
            report_config.window(),
            report_config.as_of,
            &report_config.filters,
        );
        if report.counts.total() == 0 && !report_config.filters.indicators.is_empty() {
            bail!(
                "no indicator of plan `{}` matches the filters",
                plan.id.value
            );
        }
        let lang = report_config.lang.unwrap_or(plan.language);
        if !stdout.is_empty() {
            stdout.push('\n');
        }
        stdout.push_str(&match args.format {
            ReportFormat::Table => {
                render::table::render(&report, lang, config.width, config.color_stdout)
            }
            ReportFormat::Markdown => render::markdown::render(&report, lang),
        });
    }
    Ok(Output {
        stdout: stdout.into_bytes(),
        stderr,
        exit: 0,
    })
}
