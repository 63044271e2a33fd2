//! `plan validate`: every finding of SPEC §3, in the chosen format.

use crate::Output;
use crate::cli::ValidateArgs;
use crate::config::Config;
use crate::diagnostic::{self, Format, Severity};

pub fn run(config: &Config, args: &ValidateArgs) -> anyhow::Result<Output> {
    let (workspace, checked) = super::load_checked(&args.paths.paths)?;
    let diagnostics = &checked.diagnostics;
    let fails = diagnostics
        .iter()
        .any(|d| d.severity() == Severity::Error || args.strict);
    let mut output = Output {
        stdout: diagnostic::render(
            diagnostics,
            &checked.measured.omitted,
            &workspace.sources,
            args.format,
            config.color_stdout,
        )
        .into_bytes(),
        exit: u8::from(fails),
        ..Output::default()
    };
    let not_listed: usize = checked.measured.omitted.values().sum();
    if args.format != Format::Human && not_listed > 0 {
        // Machine formats list findings only; say on standard error what they leave out.
        output.stderr = format!(
            "plan: {not_listed} more findings not listed (at most {} of one code are kept)\n",
            crate::check::KEPT_PER_CODE
        );
    }
    if args.format == Format::Human {
        let records = checked.measured.records;
        let indicators: usize = workspace
            .plans
            .iter()
            .map(|(_, p)| p.indicators().count())
            .sum();
        let summary = diagnostic::summary(diagnostics, &checked.measured.omitted)
            .unwrap_or_else(|| "no problems found".into());
        let line = format!(
            "plan: checked {}: {} with {}, {}: {}\n",
            diagnostic::plural(workspace.sources.len(), "file"),
            diagnostic::plural(workspace.plans.len(), "plan"),
            diagnostic::plural(indicators, "indicator"),
            diagnostic::plural(records, "measurement"),
            summary
        );
        output.stdout.extend_from_slice(line.as_bytes());
    }
    Ok(output)
}
