//! `plan`: a Belgian commune's security and prevention plan (Contrat de sécurité et de
//! société, PSSP) as YAML that can be validated, measured and reported on.
//!
//! Data flows one way through four layers, with commands on top:
//!
//! ```text
//! input    files found, read and decoded; parser faults as findings  (input/)
//!   ↓      records pushed through input::RecordSink
//! check    the rules of SPEC §3: findings, and the records that pass   (check/)
//!   ↓      kept in a check::Store
//! compute  attainment, series, the report model (SPEC §4)             (compute/)
//!   ↓
//! render   tables, Markdown, HTML, CSV/JSON/XLSX, tree, diagnostics   (render/)
//!   ↓
//! commands cli, config, commands/: one file a subcommand
//! ```
//!
//! A layer imports only the layers above it in this picture and the leaves: `place`,
//! `lines`, `target`, `calendar`, `model`, `diagnostic` (findings as typed data),
//! `suggest` and `i18n`. A test (`tests/layers.rs`) keeps the direction.
//! `docs/architecture.md` follows a record from a CSV row to an export cell. The library
//! never prints: [`run`] returns what to print and the exit code.

#![warn(clippy::print_stdout, clippy::print_stderr)]

// Leaves.
pub mod calendar;
pub mod diagnostic;
pub mod i18n;
mod lines;
pub mod model;
pub mod place;
mod suggest;
pub mod target;
// Layers.
pub mod check;
pub mod compute;
pub mod input;
mod render;
// Commands.
pub mod cli;
mod commands;
pub mod config;

use std::ffi::OsString;

use clap::FromArgMatches as _;

pub use commands::output::Output;

/// The ids of the messages that word the command line's help (`--help` of every command
/// and option) by rule, for `tests/translations.rs`.
pub fn cli_message_ids() -> Vec<String> {
    cli::words::message_ids()
}

/// Runs `plan` with command-line arguments (the first is the program name). Usage
/// errors and plan's own errors come back worded, as an [`Output`] with exit code 2.
pub fn run(args: impl IntoIterator<Item = OsString>) -> anyhow::Result<Output> {
    let args: Vec<OsString> = args.into_iter().collect();
    i18n::set_messages(match cli::lang_option(&args) {
        Some(lang) => i18n::Choice {
            lang,
            source: i18n::Source::Option,
        },
        None => i18n::from_environment(|name| std::env::var(name).ok()),
    });
    let lang = i18n::messages();
    let bin_name = args
        .first()
        .and_then(|arg0| std::path::Path::new(arg0).file_name())
        .and_then(|name| name.to_str())
        .map(str::to_string);
    let mut command = cli::words::command(lang, bin_name.as_deref(), cli::words::Purpose::Help);
    let parsed = command
        .try_get_matches_from_mut(args.clone())
        .and_then(|matches| cli::Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => {
            use clap::error::ErrorKind;
            return Ok(match err.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => Output {
                    stdout: err.render().ansi().to_string().into_bytes(),
                    ..Output::default()
                },
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    Output::failure(err.render().ansi().to_string())
                }
                _ => {
                    let program = cli::words::Program::of(&mut command, &args);
                    Output::failure(cli::words::usage_error(lang, &err, &program))
                }
            });
        }
    };
    let config = config::Config::from_cli(&cli);
    let jobs = match config::jobs(&cli) {
        Ok(jobs) => jobs,
        Err(err) => return Ok(failure(&err)),
    };
    let ran = config::on_threads(jobs, || match cli.command {
        cli::Command::Validate(args) => commands::validate::run(&config, &args),
        cli::Command::Tree(args) => commands::tree::run(&config, &args),
        cli::Command::Report(args) => commands::report::run(&config, &args),
        cli::Command::Export(args) => commands::export::run(&config, &args),
        cli::Command::Template(args) => commands::template::run(&config, &args),
        cli::Command::Document(args) => commands::document::run(&config, &args),
        cli::Command::Rollover(args) => commands::rollover::run(&config, &args),
        cli::Command::Schema(args) => commands::schema::run(&args),
        cli::Command::Completions(args) => Ok(commands::completions::run(&args)),
        cli::Command::Man => commands::man::run(),
    });
    Ok(ran.unwrap_or_else(|err| failure(&err)))
}

/// An error that ends the run (exit 2), worded in the language of messages:
/// `error: --year 20233 is out of range`.
pub fn failure(err: &anyhow::Error) -> Output {
    Output::failure(commands::errors::error_line(&format!("{err:#}")))
}

/// What to say when standard output cannot be written (a full disk): `error: cannot
/// write to standard output: the disk is full`.
pub fn stdout_failure(err: &std::io::Error) -> String {
    commands::errors::stdout_failure(err)
}
