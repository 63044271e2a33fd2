//! `plan rollover --year Y --to Z [-o FILE] [PATHS]`: next year's plan file from this
//! year's, for the coordinator to revise its targets. Same hierarchy and ids; the plan's
//! id, year and title changed; each indicator that fell short in year Y's report (the
//! report of `plan report --year Y` over the same paths) gets its actual as baseline.
//! The files are checked first, as for `report`: errors stop it and nothing is written.
//!
//! Where it writes: `-o FILE`, `-o -` for standard output, or by default beside the plan
//! file, under its name with the year changed (`plans/molenbeek-2024.yaml`), or
//! `<new id>.yaml` when the name holds no year. It never writes over a file (exit 1).
//!
//! Part of `commands`: may import every layer.

use std::path::{Path, PathBuf};

use anyhow::bail;

use super::errors;
use super::output::{self, Output};
use crate::cli::{RolloverArgs, Selection};
use crate::compute::rollover::{Carried, Carry, carry, next_id, with_year};
use crate::config::Config;
use crate::i18n::{self, Lang};
use crate::input::yaml_layout::plan_layout;
use crate::model::{Plan, YEARS};
use crate::render::rollover::{Rollover, next_plan};
use crate::say;

/// One plan to write: where, what, and what to say about it.
struct Written {
    path: Option<PathBuf>,
    text: String,
    counts: String,
}

pub fn run(config: &Config, args: &RolloverArgs) -> anyhow::Result<Output> {
    let lang = i18n::messages();
    let (year, to) = (args.rollover_year, args.rollover_to);
    if !YEARS.contains(&to) {
        return Err(crate::config::year_out_of_range(to));
    }
    if to <= year {
        bail!(
            "{}",
            say!(
                lang,
                "rollover-error-not-after",
                year = year.to_string(),
                to = to.to_string()
            )
        );
    }
    let selection = Selection {
        year: Some(year),
        paths: args.paths.clone(),
        ..Selection::default()
    };
    let loaded = match super::loaded::load_for_report(config, &selection)? {
        Ok(loaded) => loaded,
        Err(stopped) => return Ok(stopped),
    };
    let plans = loaded.plans()?;
    let to_stdout = args.output.as_deref() == Some(Path::new("-"));
    if args.output.is_some() && plans.len() > 1 {
        let ids: Vec<String> = plans.iter().map(|p| p.id.value.clone()).collect();
        bail!(
            "{}",
            say!(
                lang,
                "rollover-error-several-plans",
                year = year.to_string(),
                plans = ids.join(", ")
            )
        );
    }
    let workspace = &loaded.workspace;
    let mut written = Vec::new();
    let of_year = workspace.plans.iter().filter(|(_, p)| p.year.value == year);
    for (file, plan) in of_year {
        let source = workspace.sources.path(*file);
        let shown = source.display().to_string();
        let text = workspace.sources.text(*file);
        // Bad input (exit 1, nothing written), named at its place: the plan's id, or the
        // indicator's.
        let cannot_edit = |id: String| {
            let pos = (plan.indicators().map(|i| &i.id))
                .chain([&plan.id])
                .find(|located| located.value == id)
                .map_or(plan.id.pos, |located| located.pos);
            let refused = say!(
                lang,
                "rollover-error-layout",
                path = format!("{shown}:{}:{}", pos.line, pos.column),
                id = id
            );
            Ok(Output {
                stderr: format!("{}{}", loaded.stderr, errors::error_line(&refused)),
                exit: 1,
                ..Output::default()
            })
        };
        let Some(layout) = plan_layout(text) else {
            return cannot_edit(plan.id.value.clone());
        };
        let report = loaded.year_report(plan);
        let carries = carry(&report);
        let name = source
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let next = next_plan(&Rollover {
            text,
            layout: &layout,
            plan,
            carries: &carries,
            to,
            source: &name,
        });
        let next = match next {
            Ok(next) => next,
            Err(id) => return cannot_edit(id),
        };
        let path = match &args.output {
            _ if to_stdout => None,
            Some(path) => Some(path.clone()),
            None => Some(beside(source, plan, to)),
        };
        written.push(Written {
            path,
            text: next,
            counts: counts(lang, year, &carries),
        });
    }
    // Nothing is written unless every file can be.
    if let Some(path) = written
        .iter()
        .filter_map(|w| w.path.as_deref())
        .find(|p| output::taken(p))
    {
        let refused = say!(
            lang,
            "rollover-error-exists",
            path = path.display().to_string()
        );
        return Ok(Output {
            stderr: format!("{}{}", loaded.stderr, errors::error_line(&refused)),
            exit: 1,
            ..Output::default()
        });
    }
    let mut out = Output {
        stderr: loaded.stderr.clone(),
        ..Output::default()
    };
    for plan in written {
        let line = match &plan.path {
            Some(path) => {
                output::write_new(path, plan.text.as_bytes())?;
                let path = path.display().to_string();
                say!(lang, "rollover-wrote", path = path, counts = plan.counts)
            }
            None => {
                out.stdout.extend_from_slice(plan.text.as_bytes());
                say!(lang, "rollover-printed", counts = plan.counts)
            }
        };
        out.stderr.push_str(&line);
        out.stderr.push('\n');
    }
    Ok(out)
}

/// Where next year's plan goes by default: beside `source`, its name with the year
/// changed, or named after the new plan's id when the name holds no year.
fn beside(source: &Path, plan: &Plan, to: i32) -> PathBuf {
    let from = plan.year.value;
    let name = source
        .file_name()
        .and_then(|name| name.to_str())
        .and_then(|name| with_year(name, from, to))
        .unwrap_or_else(|| format!("{}.yaml", next_id(&plan.id.value, from, to)));
    source.with_file_name(name)
}

/// What the new plan carries, in words: `31 indicators, 9 baselines from 2023, …`; the
/// notes of each kind only when there are some.
fn counts(lang: Lang, year: i32, carries: &[Carry]) -> String {
    let number =
        |wanted: fn(&Carried) -> bool| carries.iter().filter(|c| wanted(&c.carried)).count();
    let year = year.to_string();
    let baselines = number(|c| matches!(c, Carried::Baseline { .. }));
    let beyond = number(|c| matches!(c, Carried::BeyondTarget { .. }));
    let yes_no = number(|c| matches!(c, Carried::YesNo { .. }));
    let too_large = number(|c| matches!(c, Carried::OutOfRange { .. }));
    let no_data = number(|c| matches!(c, Carried::NoData));
    let notes = [
        (beyond, say!(lang, "rollover-count-beyond", count = beyond)),
        (yes_no, say!(lang, "rollover-count-yes-no", count = yes_no)),
        (
            too_large,
            say!(lang, "rollover-count-out-of-range", count = too_large),
        ),
        (
            no_data,
            say!(
                lang,
                "rollover-count-no-data",
                count = no_data,
                year = year.clone()
            ),
        ),
    ];
    let mut parts = vec![
        say!(lang, "rollover-count-indicators", count = carries.len()),
        say!(
            lang,
            "rollover-count-baselines",
            count = baselines,
            year = year
        ),
    ];
    parts.extend(
        notes
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(_, words)| words),
    );
    parts.join(", ")
}
