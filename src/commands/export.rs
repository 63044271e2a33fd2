//! `plan export --year Y`: tidy rows for scripts and the SPF Intérieur submission,
//! written atomically with `-o FILE`.

use std::io::Write as _;
use std::path::Path;

use anyhow::{Context as _, bail};

use crate::Output;
use crate::calendar;
use crate::cli::{By, ExportArgs, ExportFormat};
use crate::config::Config;
use crate::render::export::{self, Value};
use crate::render::xlsx;
use crate::target::Period;

pub fn run(config: &Config, args: &ExportArgs) -> anyhow::Result<Output> {
    let format = resolve_format(args)?;
    let loaded = match super::load_for_report(config, &args.selection)? {
        Ok(loaded) => loaded,
        Err(stopped) => return Ok(stopped),
    };
    let report_config = &loaded.report;
    let plans = loaded.plans()?;
    let year = report_config.year;
    let periods = match args.by {
        None => calendar::periods_of_year(year, Period::Year),
        Some(By::Month) => calendar::periods_of_year(year, Period::Month),
        Some(By::Quarter) => calendar::periods_of_year(year, Period::Quarter),
    };
    // A workbook is for people: its labels are in the plan's language unless `--lang`
    // says otherwise; CSV and JSON keep the machine headers and codes without `--lang`.
    let lang = match format {
        ExportFormat::Xlsx => report_config
            .lang
            .or_else(|| plans.first().map(|plan| plan.language)),
        ExportFormat::Csv | ExportFormat::Json => report_config.lang,
    };
    let mut rows: Vec<Vec<Value>> = Vec::new();
    for plan in &plans {
        // One report a period; rows in plan order, each indicator's periods together.
        let per_period: Vec<Vec<Vec<Value>>> = periods
            .iter()
            .filter_map(|(label, span)| {
                let window = report_config.window_of(*span)?;
                Some(export::rows(
                    &loaded.report_of(plan, label.clone(), window),
                    lang,
                ))
            })
            .collect();
        let indicators = per_period.first().map_or(0, Vec::len);
        let mut per_period: Vec<std::vec::IntoIter<Vec<Value>>> =
            per_period.into_iter().map(Vec::into_iter).collect();
        for _ in 0..indicators {
            rows.extend(per_period.iter_mut().filter_map(Iterator::next));
        }
    }
    let bytes = match format {
        ExportFormat::Csv => export::csv(&export::header(lang), &rows, args.excel)?,
        ExportFormat::Json => export::json(&export::header(lang), &rows)?,
        ExportFormat::Xlsx => {
            // The summaries cover the whole year (cut at `--as-of`), also with `--by`.
            let reports: Vec<_> = plans.iter().map(|plan| loaded.year_report(plan)).collect();
            xlsx::workbook(&rows, &reports, lang.unwrap_or_default())?
        }
    };
    match &args.output {
        Some(path) => {
            refuse_inputs(path, &loaded.workspace)?;
            write_atomically(path, &bytes)?;
            let stderr = format!(
                "{}plan: wrote {} row(s) to {}\n",
                loaded.stderr,
                rows.len(),
                path.display()
            );
            Ok(Output {
                stderr,
                exit: 0,
                ..Output::default()
            })
        }
        None => Ok(Output {
            stdout: bytes,
            stderr: loaded.stderr,
            exit: 0,
        }),
    }
}

/// The name of a format as `--format` spells it.
fn format_name(format: ExportFormat) -> String {
    clap::ValueEnum::to_possible_value(&format)
        .map_or_else(String::new, |v| v.get_name().to_string())
}

fn resolve_format(args: &ExportArgs) -> anyhow::Result<ExportFormat> {
    let from_extension = args.output.as_deref().and_then(|path| {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" => Some(ExportFormat::Csv),
            "json" => Some(ExportFormat::Json),
            "xlsx" => Some(ExportFormat::Xlsx),
            _ => None,
        }
    });
    if let (Some(path), None, None) = (&args.output, args.format, from_extension) {
        bail!(
            "cannot tell the format of {}: use a .csv, .json or .xlsx name, or --format",
            path.display()
        );
    }
    if let (Some(asked), Some(named), Some(path)) = (args.format, from_extension, &args.output)
        && asked != named
    {
        bail!(
            "--format {} does not match the name {}",
            format_name(asked),
            path.display()
        );
    }
    let format = args.format.or(from_extension).unwrap_or(ExportFormat::Csv);
    if args.excel && format != ExportFormat::Csv {
        bail!(
            "--excel is a CSV dialect: it does not apply to {} output",
            format_name(format)
        );
    }
    if format == ExportFormat::Xlsx && args.output.is_none() {
        bail!("an Excel workbook is binary: write it to a file with -o FILE.xlsx");
    }
    Ok(format)
}

/// Refuses to write over one of the files just read (`-o plans/plan.yaml`).
fn refuse_inputs(path: &Path, workspace: &crate::load::Workspace) -> anyhow::Result<()> {
    let Ok(target) = path.canonicalize() else {
        return Ok(());
    };
    let clash = (0..workspace.sources.len()).any(|file| {
        workspace
            .sources
            .path(file)
            .canonicalize()
            .is_ok_and(|p| p == target)
    });
    if clash {
        bail!(
            "{} is one of the input files: refusing to overwrite it",
            path.display()
        );
    }
    Ok(())
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`: on
/// any error the existing file is untouched and the temporary file is removed.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let context = || format!("cannot write {}", path.display());
    let mut file = tempfile::Builder::new()
        .prefix(".plan-export-")
        .tempfile_in(dir)
        .with_context(context)?;
    file.write_all(bytes).with_context(context)?;
    // A temporary file is private (0600): give the export the permissions of the file it
    // replaces, or those of a new file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let permissions = std::fs::metadata(path)
            .map(|m| m.permissions())
            .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644));
        file.as_file()
            .set_permissions(permissions)
            .with_context(context)?;
    }
    file.as_file().sync_all().with_context(context)?;
    file.persist(path)
        .map_err(|e| e.error)
        .with_context(context)?;
    Ok(())
}
