//! `plan export --year Y`: tidy rows for scripts and the SPF Intérieur submission,
//! written atomically with `-o FILE`.
//!
//! Part of `commands`: may import every layer.

use anyhow::bail;
use rayon::prelude::*;

use super::output;
use super::output::Output;
use crate::cli::{By, ExportArgs, ExportFormat};
use crate::compute::report::Notes;
use crate::config::Config;
use crate::i18n;
use crate::render::export::{self, ExportRow};
use crate::render::xlsx;
use crate::say;
use crate::target::Period;

pub fn run(config: &Config, args: &ExportArgs) -> anyhow::Result<Output> {
    let format = resolve_format(args)?;
    let loaded = match super::loaded::load_for_report(config, &args.selection)? {
        Ok(loaded) => loaded,
        Err(stopped) => return Ok(stopped),
    };
    let report_config = &loaded.report;
    let plans = loaded.plans()?;
    let by = match args.by {
        None => Period::Year,
        Some(By::Month) => Period::Month,
        Some(By::Quarter) => Period::Quarter,
    };
    // A workbook is for people: its labels are in the plan's language unless `--lang`
    // says otherwise; CSV and JSON keep the machine headers and codes without `--lang`.
    let lang = match format {
        ExportFormat::Xlsx => report_config
            .lang
            .or_else(|| plans.first().map(|plan| plan.language.into())),
        ExportFormat::Csv | ExportFormat::Json => report_config.lang,
    };
    // Each plan's rows on a thread of the pool, kept in plan order.
    let per_plan: Vec<Vec<ExportRow>> = plans
        .par_iter()
        .map(|plan| {
            // One report a period; each indicator's periods together.
            let per_period: Vec<Vec<ExportRow>> = loaded
                .period_reports(plan, by, Notes::Listed)
                .iter()
                .map(|report| export::rows(report, lang))
                .collect();
            let indicators = per_period.first().map_or(0, Vec::len);
            let mut per_period: Vec<std::vec::IntoIter<ExportRow>> =
                per_period.into_iter().map(Vec::into_iter).collect();
            let mut rows = Vec::new();
            for _ in 0..indicators {
                rows.extend(per_period.iter_mut().filter_map(Iterator::next));
            }
            rows
        })
        .collect();
    let rows: Vec<ExportRow> = per_plan.into_iter().flatten().collect();
    let compared = report_config.compare.is_some();
    let bytes = match format {
        ExportFormat::Csv => export::csv(&rows, lang, args.excel, compared)?,
        ExportFormat::Json => export::json(&rows, lang, compared)?,
        ExportFormat::Xlsx => {
            // The summaries cover the whole year (cut at `--as-of`), also with `--by`.
            let reports: Vec<_> = plans
                .par_iter()
                .map(|plan| loaded.year_report(plan))
                .collect();
            xlsx::workbook(&rows, &reports, lang.unwrap_or_default())?
        }
    };
    let lang = i18n::messages();
    // `--compare`: the other year's ids that have no row, said on standard error.
    let only_other: Vec<String> = plans
        .par_iter()
        .filter(|_| compared)
        .filter_map(|plan| {
            let comparison = loaded.year_report(plan).previous?;
            if comparison.only_other_year.is_empty() {
                return None;
            }
            let ids = comparison.only_other_year.join(", ");
            let year = comparison.year.to_string();
            Some(say!(
                lang,
                "compare-export-only-other",
                year = year,
                ids = ids
            ))
        })
        .collect();
    let mut stderr = loaded.stderr.clone();
    for line in only_other {
        stderr.push_str(&line);
        stderr.push('\n');
    }
    let what = |path: &str| say!(lang, "output-wrote-rows", count = rows.len(), path = path);
    let delivered = output::deliver(
        bytes,
        args.output.as_deref(),
        &what,
        &stderr,
        &loaded.workspace,
    );
    loaded.release();
    delivered
}

fn resolve_format(args: &ExportArgs) -> anyhow::Result<ExportFormat> {
    let format = output::resolve_format(
        args.format,
        args.output.as_deref(),
        &[
            ("csv", ExportFormat::Csv),
            ("json", ExportFormat::Json),
            ("xlsx", ExportFormat::Xlsx),
        ],
        ExportFormat::Csv,
    )?;
    if args.excel && format != ExportFormat::Csv {
        bail!(
            "{}",
            say!(
                i18n::messages(),
                "error-excel-not-csv",
                format = output::format_name(&format)
            )
        );
    }
    if format == ExportFormat::Xlsx && args.output.is_none() {
        bail!("{}", say!(i18n::messages(), "error-xlsx-needs-file"));
    }
    Ok(format)
}
