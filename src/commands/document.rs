//! `plan document [--year Y] -o FILE.docx [PATHS]`: the plan de projet as a Word
//! document, in the layout of its source (SPEC §5.2), in `--lang`, else the plan's
//! language. The files are checked first, as for `report`: errors stop it and nothing
//! is written.
//!
//! Part of `commands`: may import every layer.

use anyhow::bail;

use super::output::{self, Output};
use crate::cli::DocumentArgs;
use crate::config::Config;
use crate::i18n;
use crate::model::Plan;
use crate::say;

pub fn run(config: &Config, args: &DocumentArgs) -> anyhow::Result<Output> {
    let extension = args.output.extension().and_then(|e| e.to_str());
    if !extension.is_some_and(|e| e.eq_ignore_ascii_case("docx")) {
        bail!(
            "{}",
            say!(
                i18n::messages(),
                "error-docx-extension",
                path = args.output.display().to_string()
            )
        );
    }
    let (workspace, stderr) =
        match super::loaded::load_gated(config, &crate::config::paths(&args.paths))? {
            Ok(loaded) => loaded,
            Err(failed) => return Ok(failed),
        };
    let all: Vec<&Plan> = workspace.plans.iter().map(|(_, plan)| plan).collect();
    let lang = i18n::messages();
    let year = super::loaded::the_year(args.year, &workspace)?;
    let plans: Vec<&Plan> = all
        .iter()
        .copied()
        .filter(|p| p.year.value == year)
        .collect();
    if plans.is_empty() {
        return Err(super::loaded::no_plan_for(year, &workspace));
    }
    let bytes = crate::render::docx::plan_document(&plans, config.lang)?;
    let what = |path: &str| say!(lang, "output-wrote-document", path = path);
    output::deliver(bytes, Some(&args.output), &what, &stderr, &workspace)
}
