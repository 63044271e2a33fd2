//! `plan report --year Y`: per strategic objective, each indicator's target, actual,
//! attainment and status; then summaries by sector and by service (SPEC §5). As
//! terminal tables, Markdown or one HTML page, on standard output or atomically in a
//! file with `-o FILE`.
//!
//! Part of `commands`: may import every layer.

use rayon::prelude::*;

use super::output;
use super::output::Output;
use crate::cli::{ReportArgs, ReportFormat};
use crate::compute::progress::Progress;
use crate::compute::report::PlanReport;
use crate::config::Config;
use crate::i18n;
use crate::model::Lang;
use crate::render;
use crate::say;

/// The `-o` extensions of each format.
const EXTENSIONS: &[(&str, ReportFormat)] = &[
    ("txt", ReportFormat::Table),
    ("md", ReportFormat::Markdown),
    ("markdown", ReportFormat::Markdown),
    ("html", ReportFormat::Html),
    ("htm", ReportFormat::Html),
    ("docx", ReportFormat::Docx),
];

pub fn run(config: &Config, args: &ReportArgs) -> anyhow::Result<Output> {
    let path = args.output.as_deref();
    let format = output::resolve_format(args.format, path, EXTENSIONS, ReportFormat::Table)?;
    if format == ReportFormat::Docx && path.is_none() {
        anyhow::bail!("{}", say!(i18n::messages(), "error-docx-needs-file"));
    }
    let loaded = match super::loaded::load_for_report(config, &args.selection)? {
        Ok(loaded) => loaded,
        Err(stopped) => return Ok(stopped),
    };
    let report_config = &loaded.report;
    // Each plan's report on a thread of the pool, kept in plan order.
    let reports: Vec<(PlanReport, Lang)> = loaded
        .plans()?
        .into_par_iter()
        .map(|plan| {
            let report = loaded.year_report(plan);
            (report, report_config.lang.unwrap_or(plan.language.into()))
        })
        .collect();
    // The months behind the HTML charts and the sparklines of wide tables.
    let charted = match format {
        ReportFormat::Html => true,
        ReportFormat::Table => config.width >= render::chart::SPARKLINE_FROM,
        ReportFormat::Markdown | ReportFormat::Docx => false,
    };
    let progress: Vec<Progress> = reports
        .par_iter()
        .map(|(report, _)| {
            if charted {
                loaded.progress(report.plan, report)
            } else {
                Progress::default()
            }
        })
        .collect();
    // A file never carries the terminal's colours.
    let color = config.color_stdout && path.is_none();
    // Tables and Markdown: one after the other, a blank line between plans.
    let each = |one: &(dyn Fn(&PlanReport, Lang, &Progress) -> String + Sync)| {
        let texts: Vec<String> = reports
            .par_iter()
            .zip(&progress)
            .map(|((r, lang), progress)| one(r, *lang, progress))
            .collect();
        texts.join("\n")
    };
    let bytes = match format {
        ReportFormat::Table => each(&|report, lang, progress| {
            render::table::render(report, progress, lang, config.width, color)
        })
        .into_bytes(),
        ReportFormat::Markdown => {
            each(&|report, lang, _| render::markdown::render(report, lang)).into_bytes()
        }
        ReportFormat::Html => render::html::render(&reports, &progress).into_bytes(),
        ReportFormat::Docx => {
            let sources = &loaded.workspace.sources;
            let files: Vec<String> = (0..sources.len())
                .map(|file| sources.path(file).display().to_string())
                .collect();
            render::docx::evaluation(&reports, &files)?
        }
    };
    let delivered = deliver(bytes, path, &loaded);
    loaded.release();
    delivered
}

/// Writes the report to standard output or atomically to `path`.
fn deliver(
    bytes: Vec<u8>,
    path: Option<&std::path::Path>,
    loaded: &super::loaded::Loaded,
) -> anyhow::Result<Output> {
    let lang = i18n::messages();
    let what = |path: &str| say!(lang, "output-wrote-report", path = path);
    output::deliver(bytes, path, &what, &loaded.stderr, &loaded.workspace)
}
