//! Command-line definitions (clap derive): raw arguments only, resolved in `config`.
//! The types carry no help text: what the user reads, in the language of messages,
//! comes from the Fluent files through [`words`] (one message per command, option and
//! value, `tests/cli_languages.rs` checks that none is missing).
//!
//! The top layer, with `config` and `commands`: imports only the leaves and the
//! diagnostic formats of `render`.

pub mod words;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::{self, say};
use crate::model::Lang;
use crate::render::diagnostics::Format;

use words::Refused;

#[derive(Debug, Parser)]
#[command(name = "plan", version, about, max_term_width = 100)]
pub struct Cli {
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,

    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    #[arg(short, long, global = true, value_name = "JOBS", value_parser = parse_jobs)]
    pub jobs: Option<usize>,

    #[command(subcommand)]
    pub command: Command,
}

/// `--lang`: a language as people and systems write it.
fn parse_lang(text: &str) -> Result<Lang, Refused> {
    Lang::parse(text).ok_or_else(|| {
        let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        Refused(say!(
            i18n::messages(),
            "usage-lang-refused",
            codes = codes.join(", ")
        ))
    })
}

/// `--jobs` (and `PLAN_JOBS`): a whole number from 1 up.
pub fn parse_jobs(text: &str) -> Result<usize, Refused> {
    text.trim()
        .parse()
        .ok()
        .filter(|jobs| *jobs >= 1)
        .ok_or_else(|| Refused(say!(i18n::messages(), "perf-jobs-refused")))
}

/// `--year`: digits.
fn parse_year(text: &str) -> Result<i32, Refused> {
    text.trim()
        .parse()
        .map_err(|_| Refused(say!(i18n::messages(), "usage-year-refused")))
}

/// `--depth`: a level from 1 to 6.
fn parse_depth(text: &str) -> Result<u8, Refused> {
    text.trim()
        .parse()
        .ok()
        .filter(|depth| (1..=6).contains(depth))
        .ok_or_else(|| Refused(say!(i18n::messages(), "usage-depth-refused")))
}

/// The `--lang` of command-line arguments, read before they are parsed (the help is
/// worded in it): `--lang nl` or `--lang=nl`, before any `--`.
pub fn lang_option(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut args = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default());
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        if arg == "--lang" {
            return args.next().and_then(Lang::parse);
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Lang::parse(value);
        }
    }
    None
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Validate(ValidateArgs),
    Tree(TreeArgs),
    Report(ReportArgs),
    Export(ExportArgs),
    Template(TemplateArgs),
    Document(DocumentArgs),
    Rollover(RolloverArgs),
    Schema(SchemaArgs),
    Completions(CompletionsArgs),
    Man,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    Plan,
    Measurements,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    #[arg(value_enum)]
    pub kind: SchemaKind,
}

// The files and folders to read; none given: `plans` and `measurements`, each when it
// exists (`config::paths`).
#[derive(Clone, Debug, Default, Args)]
pub struct Paths {
    #[arg(value_hint = clap::ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub paths: Paths,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct TreeArgs {
    #[command(flatten)]
    pub paths: Paths,
    #[arg(long, value_parser = parse_depth)]
    pub depth: Option<u8>,
}

/// Options shared by `report` and `export`.
#[derive(Debug, Default, Args)]
pub struct Selection {
    #[arg(long, value_parser = parse_year)]
    pub year: Option<i32>,
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    #[arg(long, value_name = "YEAR", value_parser = parse_year)]
    pub compare: Option<i32>,
    #[arg(long, value_name = "ID")]
    pub sector: Vec<String>,
    #[arg(long, value_name = "NAME")]
    pub service: Vec<String>,
    #[arg(long, value_name = "ID")]
    pub indicator: Vec<String>,
    #[command(flatten)]
    pub paths: Paths,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Markdown,
    Html,
    Docx,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub selection: Selection,
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DocumentArgs {
    #[arg(long, value_parser = parse_year)]
    pub year: Option<i32>,
    #[arg(short, long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub output: PathBuf,
    #[command(flatten)]
    pub paths: Paths,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
    Xlsx,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum By {
    Month,
    Quarter,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub selection: Selection,
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    #[arg(long, value_enum)]
    pub by: Option<By>,
    #[arg(long)]
    pub excel: bool,
    #[arg(short, long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    #[arg(long, value_parser = parse_year)]
    pub year: i32,
    #[arg(long, value_name = "NAME")]
    pub service: Vec<String>,
    #[arg(short, long, value_name = "FILE", required = true, value_hint = clap::ValueHint::FilePath)]
    pub output: PathBuf,
    #[command(flatten)]
    pub paths: Paths,
}

/// `plan rollover`: the fields are named for the command (`arg-rollover-year`), their
/// options are `--year` and `--to`.
#[derive(Debug, Args)]
pub struct RolloverArgs {
    #[arg(long = "year", value_name = "YEAR", value_parser = parse_year)]
    pub rollover_year: i32,
    #[arg(long = "to", value_name = "YEAR", value_parser = parse_year)]
    pub rollover_to: i32,
    #[arg(short, long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub paths: Paths,
}
