//! Arguments resolved into what the commands use: colours, terminal width, the paths
//! read, and the year, date window, filters, language and day of a report.
//!
//! The top layer, with `cli` and `commands`: may import every layer.

use std::path::PathBuf;

use anyhow::{Context as _, bail};
use chrono::NaiveDate;

use crate::calendar::{self, DateRange};
use crate::cli::{Cli, ColorWhen, Paths, Selection};
use crate::compute::report::Filters;
use crate::i18n;
use crate::model::Lang;
use crate::render::diagnostics::words;
use crate::say;

/// Settings common to every command.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Whether standard output may carry colours.
    pub color_stdout: bool,
    /// Whether standard error may carry colours.
    pub color_stderr: bool,
    /// Width available for tables.
    pub width: u16,
    /// `--lang`: the language of reports, documents and workbooks, over the plan's.
    pub lang: Option<Lang>,
}

impl Config {
    pub fn from_cli(cli: &Cli) -> Config {
        let choice = match cli.color {
            ColorWhen::Auto => None,
            ColorWhen::Always => Some(anstream::ColorChoice::Always),
            ColorWhen::Never => Some(anstream::ColorChoice::Never),
        };
        if let Some(choice) = choice {
            choice.write_global();
        }
        let allowed = |choice: anstream::ColorChoice| choice != anstream::ColorChoice::Never;
        Config {
            color_stdout: allowed(anstream::AutoStream::choice(&std::io::stdout())),
            color_stderr: allowed(anstream::AutoStream::choice(&std::io::stderr())),
            width: terminal_width(),
            lang: cli.lang,
        }
    }
}

/// How many files are read and checked at once: `--jobs`, else `PLAN_JOBS`, else
/// `None` (one a core). A `PLAN_JOBS` that is not a whole number from 1 up is refused.
pub fn jobs(cli: &Cli) -> anyhow::Result<Option<usize>> {
    if cli.jobs.is_some() {
        return Ok(cli.jobs);
    }
    let Some(value) = std::env::var_os("PLAN_JOBS").filter(|value| !value.is_empty()) else {
        return Ok(None);
    };
    let text = value.to_string_lossy();
    match crate::cli::parse_jobs(&text) {
        Ok(jobs) => Ok(Some(jobs)),
        Err(_) => bail!(
            "{}",
            say!(
                i18n::messages(),
                "perf-jobs-env-refused",
                value = text.to_string()
            )
        ),
    }
}

/// Runs `work` on a pool of `jobs` threads (one a core for `None`): the files of a run
/// are read and checked on them. Where no thread can be started, `work` runs here.
pub fn on_threads<R: Send>(jobs: Option<usize>, work: impl FnOnce() -> R + Send) -> R {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build();
    match pool {
        Ok(pool) => pool.install(work),
        Err(_) => work(),
    }
}

/// The terminal's width; `COLUMNS` when output is not a terminal; else 100.
fn terminal_width() -> u16 {
    let from_env = || {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse().ok())
    };
    comfy_table::Table::new()
        .width()
        .or_else(from_env)
        .unwrap_or(100)
        .max(40)
}

/// The paths of a command: those given, else `plans` and `measurements`, each when it
/// exists (`plans` alone when neither does, so that the error names it).
pub fn paths(paths: &Paths) -> Vec<PathBuf> {
    if !paths.paths.is_empty() {
        return paths.paths.clone();
    }
    let found: Vec<PathBuf> = DEFAULT_PATHS
        .iter()
        .map(PathBuf::from)
        .filter(|path| path.exists())
        .collect();
    if found.is_empty() {
        vec![PathBuf::from(DEFAULT_PATHS[0])]
    } else {
        found
    }
}

/// The paths read when none is given.
pub const DEFAULT_PATHS: [&str; 2] = ["plans", "measurements"];

/// The day a report is made: the day of `SOURCE_DATE_EPOCH` (seconds since 1970, in UTC:
/// the reproducible-builds convention, for identical reports and for tests) when it is
/// set, else today's local date.
pub fn today() -> NaiveDate {
    day_of_epoch(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// The UTC day of a `SOURCE_DATE_EPOCH` value; `None` when it is not a number of seconds.
fn day_of_epoch(value: Option<&str>) -> Option<NaiveDate> {
    let seconds: i64 = value?.trim().parse().ok()?;
    chrono::DateTime::from_timestamp(seconds, 0).map(|t| t.date_naive())
}

/// The error of a year that plans cannot have (SPEC: `model::YEARS`).
pub fn year_out_of_range(year: i32) -> anyhow::Error {
    let (first, last) = (crate::model::YEARS.start(), crate::model::YEARS.end());
    anyhow::Error::msg(say!(
        i18n::messages(),
        "error-year-out-of-range",
        year = year.to_string(),
        first = first.to_string(),
        last = last.to_string()
    ))
}

/// A report's year, window and filters, resolved from `--year`, `--as-of`, ….
#[derive(Clone, Debug)]
pub struct ReportConfig {
    pub year: i32,
    pub as_of: Option<NaiveDate>,
    pub filters: Filters,
    pub lang: Option<Lang>,
    /// The day the report is made ([`today`]).
    pub made: NaiveDate,
    /// `--compare YEAR`: the other year of the same commune to show beside.
    pub compare: Option<i32>,
}

impl ReportConfig {
    /// The report's settings for `year` (`--year`, or the year of the plans read).
    pub fn from_selection(
        selection: &Selection,
        year: i32,
        lang: Option<Lang>,
    ) -> anyhow::Result<ReportConfig> {
        let messages = i18n::messages();
        let Some(year_span) = DateRange::year(year).filter(|_| crate::model::YEARS.contains(&year))
        else {
            return Err(year_out_of_range(year));
        };
        let as_of = selection
            .as_of
            .as_deref()
            .map(|text| {
                calendar::parse_date(text)
                    .map_err(|error| anyhow::Error::msg(words::date_error(&error)))
            })
            .transpose()
            .context("--as-of")?;
        if let Some(date) = as_of
            && !year_span.contains(date)
        {
            bail!(
                "{}",
                say!(
                    messages,
                    "error-as-of-outside-year",
                    date = date.to_string(),
                    year = year.to_string()
                )
            );
        }
        Ok(ReportConfig {
            year,
            as_of,
            filters: Filters {
                sectors: selection.sector.clone(),
                services: selection.service.clone(),
                indicators: selection.indicator.clone(),
            },
            lang,
            made: today(),
            compare: selection.compare,
        })
    }

    /// The window of the whole report: the year, cut at `--as-of`.
    pub fn window(&self) -> DateRange {
        self.window_of(DateRange::year(self.year).expect("year checked in from_selection"))
            .expect("the year always overlaps itself")
    }

    /// The window of one period of the year, cut at `--as-of`; `None` when the period
    /// starts after it.
    pub fn window_of(&self, period: DateRange) -> Option<DateRange> {
        let end = self.as_of.map_or(period.end, |as_of| as_of.min(period.end));
        (end >= period.start).then(|| DateRange::new(period.start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_date_epoch_fixes_the_day_in_utc() {
        let day = |text| day_of_epoch(Some(text));
        assert_eq!(day("1688083200"), NaiveDate::from_ymd_opt(2023, 6, 30));
        assert_eq!(day(" 1688169599 "), NaiveDate::from_ymd_opt(2023, 6, 30));
        assert_eq!(day("tomorrow"), None);
        assert_eq!(day_of_epoch(None), None);
    }
}
