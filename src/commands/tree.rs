//! `plan tree`: the hierarchy with ids, titles shortened to the terminal and targets,
//! so that a coordinator finds the id to put in a measurements file; in `--lang`, else
//! the plan's language, like reports.
//!
//! Part of `commands`: may import every layer.

use super::output::Output;
use crate::cli::TreeArgs;
use crate::config::Config;

pub fn run(config: &Config, args: &TreeArgs) -> anyhow::Result<Output> {
    let (workspace, checked) = super::loaded::load_checked(&crate::config::paths(&args.paths))?;
    let (stderr, has_errors) = super::loaded::gate(config, &workspace, &checked, false);
    let depth = args.depth.unwrap_or(6);
    let mut stdout = String::new();
    for (_, plan) in &workspace.plans {
        let lang = config.lang.unwrap_or(plan.language.into());
        stdout.push_str(&crate::render::tree::render(
            plan,
            lang,
            depth,
            usize::from(config.width),
        ));
    }
    Ok(Output {
        stdout: stdout.into_bytes(),
        stderr,
        exit: u8::from(has_errors),
    })
}
