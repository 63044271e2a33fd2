//! `plan report --year Y`: per strategic objective, each indicator's target, actual,
//! attainment and status; then summaries by sector and by service (SPEC §5).

use crate::Output;
use crate::cli::{ReportArgs, ReportFormat};
use crate::config::Config;
use crate::render;

pub fn run(config: &Config, args: &ReportArgs) -> anyhow::Result<Output> {
    let loaded = match super::load_for_report(config, &args.selection)? {
        Ok(loaded) => loaded,
        Err(stopped) => return Ok(stopped),
    };
    let mut stdout = String::new();
    for plan in loaded.plans()? {
        let report = loaded.year_report(plan);
        let lang = loaded.report.lang.unwrap_or(plan.language);
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
        stderr: loaded.stderr,
        exit: 0,
    })
}
