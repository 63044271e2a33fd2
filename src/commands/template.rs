//! `plan template --year Y -o FILE.xlsx|FILE.ods`: the entry workbook that the services fill in
//! (`render/template.rs`), for the plan of that year, written atomically like `export
//! -o`. The plan must pass its checks: a workbook made from a broken plan would collect
//! figures for ids that do not hold.
//!
//! Part of `commands`: may import every layer.

use anyhow::bail;

use super::output::{self, Output};
use crate::cli::TemplateArgs;
use crate::config::Config;
use crate::i18n;
use crate::render::template;
use crate::say;

pub fn run(config: &Config, args: &TemplateArgs) -> anyhow::Result<Output> {
    let lang = i18n::messages();
    let path = &args.output;
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let ods = match extension.as_deref() {
        Some("xlsx") => false,
        Some("ods") => true,
        _ => {
            bail!(
                "{}",
                say!(
                    lang,
                    "error-template-format",
                    path = path.display().to_string()
                )
            )
        }
    };
    let (workspace, stderr) =
        match super::loaded::load_gated(config, &crate::config::paths(&args.paths))? {
            Ok(loaded) => loaded,
            Err(failed) => return Ok(failed),
        };
    let year = args.year.to_string();
    let Some(plan) = workspace
        .plans
        .iter()
        .map(|(_, plan)| plan)
        .find(|plan| plan.year.value == args.year)
    else {
        bail!("{}", say!(lang, "error-template-no-plan", year = year));
    };
    let services = template::chosen(plan, &args.service).map_err(|name| {
        let known: Vec<String> = template::services(plan)
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        anyhow::anyhow!(
            "{}",
            say!(
                lang,
                "error-template-service",
                name = name,
                known = known.join(", ")
            )
        )
    })?;
    let book_lang = config.lang.unwrap_or(plan.language.into());
    let book = template::layout(plan, &services, args.year, book_lang);
    let bytes = if ods {
        template::ods(&book)?
    } else {
        template::xlsx(&book)?
    };
    let sheets = services.len();
    let wrote = |path: &str| say!(lang, "output-wrote-template", sheets = sheets, path = path);
    output::deliver(bytes, Some(path), &wrote, &stderr, &workspace)
}
