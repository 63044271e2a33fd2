//! `plan validate`: every finding of SPEC §3, in the chosen format.
//!
//! Part of `commands`: may import every layer.

use super::output::Output;
use crate::cli::ValidateArgs;
use crate::config::Config;
use crate::render::diagnostics::{self, Format, words};

pub fn run(config: &Config, args: &ValidateArgs) -> anyhow::Result<Output> {
    let (workspace, checked) = super::loaded::load_checked(&crate::config::paths(&args.paths))?;
    let findings = &checked.findings;
    let fails = findings.has_errors() || (args.strict && !findings.list().is_empty());
    let mut output = Output {
        stdout: diagnostics::render(
            findings,
            &workspace.sources,
            args.format,
            config.color_stdout,
        )
        .into_bytes(),
        exit: u8::from(fails),
        ..Output::default()
    };
    let not_listed: usize = findings.omitted().values().sum();
    if args.format != Format::Human && not_listed > 0 {
        // Machine formats list findings only; say on standard error what they leave out.
        output.stderr = words::not_listed(not_listed) + "\n";
    }
    if args.format == Format::Human {
        let records = checked.measured.records;
        let indicators: usize = workspace
            .plans
            .iter()
            .map(|(_, p)| p.indicators().count())
            .sum();
        let mut read_in_part: Vec<_> = findings
            .list()
            .iter()
            .filter(|d| d.finding.stops_reading())
            .map(|d| d.at.file)
            .collect();
        read_in_part.sort_unstable();
        read_in_part.dedup();
        let line = words::checked(
            workspace.files_read(),
            workspace.plans.len(),
            indicators,
            records,
            words::summary(findings.list(), findings.omitted()),
            read_in_part.len(),
        ) + "\n";
        output.stdout.extend_from_slice(line.as_bytes());
    }
    Ok(output)
}
