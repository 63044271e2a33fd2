//! Command-line definitions (clap derive): raw arguments only, resolved in `config`.
//! The doc comments are for developers: what the user reads, in the language of
//! messages, comes from the Fluent files through [`words`].
//!
//! The top layer, with `config` and `commands`: imports only the leaves and the
//! diagnostic formats of `render`.

pub mod words;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n;
use crate::model::Lang;
use crate::render::diagnostics::Format;
use crate::say;
use words::Refused;

/// Check, measure and report on a Belgian commune's security and prevention plan
/// (Contrat de sécurité et de société / PSSP) kept as YAML.
///
/// The plan lives in one YAML file, what was measured in YAML or CSV files; every command
/// that reads them takes files or directories (default: `plans`). `plan validate` checks
/// them, `plan report` shows where each indicator stands for a year, `plan export` writes
/// tidy rows as CSV, JSON or an Excel workbook.
///
/// Exit status: 0 clean (warnings allowed), 1 findings that fail (errors, or warnings
/// with --strict), 2 usage or I/O error.
#[derive(Debug, Parser)]
#[command(name = "plan", version, about, max_term_width = 100)]
pub struct Cli {
    /// When to use colours: auto (a terminal without NO_COLOR), always or never.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,

    /// Language of messages, and of reports, documents and workbooks (fr, nl, en, de; also
    /// written FR, fr-BE, nl_BE). Messages default to PLAN_LANG, else the locale; reports
    /// and workbooks to the plan's `language`; CSV and JSON exports keep English headers
    /// and status codes unless this is given.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,

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
    /// Check plan and measurements files; exit 1 on errors (or warnings with --strict).
    Validate(ValidateArgs),
    /// Print the plan's hierarchy with ids and targets.
    Tree(TreeArgs),
    /// Print where each indicator stands for a year (tables, Markdown or HTML).
    Report(ReportArgs),
    /// Export one row per indicator (CSV, JSON or Excel) for a year.
    Export(ExportArgs),
    /// Print the JSON Schema of plan or measurements files (for editors' YAML support).
    Schema(SchemaArgs),
    /// Print the completion script of a shell (bash, zsh, fish, powershell, elvish).
    Completions(CompletionsArgs),
    /// Print the manual page (roff), for `man`.
    Man,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete `plan` in.
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
    /// Which file format.
    #[arg(value_enum)]
    pub kind: SchemaKind,
}

#[derive(Debug, Args)]
pub struct Paths {
    /// Files or directories (walked for *.yaml, *.yml, *.csv and workbooks; hidden
    /// entries skipped).
    #[arg(default_value = "plans", value_hint = clap::ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub paths: Paths,
    /// How to print findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct TreeArgs {
    #[command(flatten)]
    pub paths: Paths,
    /// Stop at this level: 1 sectors, 2 general objectives, 3 strategic objectives,
    /// 4 projects, 5 operational objectives, 6 indicators.
    #[arg(long, value_parser = parse_depth)]
    pub depth: Option<u8>,
}

/// Options shared by `report` and `export`.
#[derive(Debug, Args)]
pub struct Selection {
    /// The year to report on.
    #[arg(long, value_parser = parse_year)]
    pub year: i32,
    /// Count only measurements up to this date (YYYY-MM-DD); yearly summed targets are
    /// pro-rated by the days elapsed.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Keep only this sector (id, e.g. S2); repeatable.
    #[arg(long, value_name = "ID")]
    pub sector: Vec<String>,
    /// Keep only this service (e.g. GDP, SCAPI); repeatable.
    #[arg(long, value_name = "NAME")]
    pub service: Vec<String>,
    /// Keep only this indicator (id, e.g. GDP-1-a); repeatable.
    #[arg(long, value_name = "ID")]
    pub indicator: Vec<String>,
    #[command(flatten)]
    pub paths: Paths,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Tables for the terminal (plain text in a file).
    Table,
    /// Markdown, for a wiki or an e-mail.
    Markdown,
    /// One self-contained HTML page with bars, printable on A4.
    Html,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub selection: Selection,
    /// Output format (default: from the -o extension, else table).
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write to FILE (atomically) instead of standard output: .txt, .md or .html.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
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
    /// Output format (default: from the -o extension, else csv).
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// One row per indicator and month or quarter.
    #[arg(long, value_enum)]
    pub by: Option<By>,
    /// CSV for Belgian Excel: `;` separator, UTF-8 BOM, decimal comma, CRLF.
    #[arg(long)]
    pub excel: bool,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub output: Option<PathBuf>,
}
