//! The command line in the language of messages: the `--help` of every command (clap's
//! own headings, `[OPTIONS]`, the `-h`/`-V` lines, the `help` command, defaults and
//! possible values included), the usage errors, and the language line of `--version`.
//!
//! Every word is a message of section "Command line" of the Fluent files. The help of a
//! command or an argument is found by a rule, so [`message_ids`] walks the same command
//! and lists the ids looked up:
//!
//! - a command: `cmd-<name>-about` (`cmd-plan-about` for `plan`), and
//!   `cmd-<name>-long-about` when the command has a long description;
//! - an argument: `arg-<id>` (`arg-year`, `arg-as-of`), or `arg-<command>-<id>` for those
//!   of [`PER_COMMAND`], whose help differs from one command to another
//!   (`arg-report-format`);
//! - a value name: `placeholder-<name>` (`placeholder-file` for `<FILE>`);
//! - a described value: `value-<argument>-<value>` (`value-report-format-html`).
//!
//! Part of `cli`: imports only `i18n`.

use std::fmt::Write as _;

use clap::builder::styling::Style;
use clap::builder::{PossibleValue, Styles};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::i18n::{self, Lang, Source};
use crate::say;

/// The arguments whose help is worded per command: `arg-<command>-<id>`.
pub const PER_COMMAND: &[&str] = &["format", "output"];

/// What the worded command is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// `--help`, usage errors and the manual page: each help tells the default and the
    /// possible values.
    Help,
    /// The manual page: the help, and the values that have a description listed after it
    /// (the page lists defaults and other values itself).
    Manual,
    /// Completion scripts: the help alone (shells show it beside each option).
    Bare,
}

/// Looks the messages up in a language, and notes the ids it looks up.
struct Words {
    lang: Lang,
    ids: Vec<String>,
}

impl Words {
    fn get(&mut self, id: &str) -> String {
        self.ids.push(id.to_string());
        i18n::lookup(self.lang, id)
            .or_else(|| i18n::lookup(Lang::En, id))
            .unwrap_or_else(|| id.to_string())
    }
}

/// Whether the English file has a message: it decides which commands have a long
/// description and which values are described one by one.
fn has(id: &str) -> bool {
    i18n::lookup(Lang::En, id).is_some()
}

/// The ids of the messages that word the command line by rule (the others are named in
/// `say!`), for `tests/translations.rs`.
pub fn message_ids() -> Vec<String> {
    let mut words = Words {
        lang: Lang::En,
        ids: Vec::new(),
    };
    worded(&mut words, Purpose::Help);
    words.ids.sort();
    words.ids.dedup();
    words.ids
}

/// The `plan` command worded in `lang`, not yet built.
fn worded(words: &mut Words, purpose: Purpose) -> Command {
    use clap::CommandFactory as _;
    let command = super::Cli::command();
    let globals: Vec<Arg> = command
        .get_arguments()
        .filter(|arg| arg.is_global_set())
        .cloned()
        .collect();
    let lang = words.lang;
    let command = word_command(command, "plan", words, &globals, purpose)
        .subcommand_value_name(words.get("placeholder-command"))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .display_order(999)
                .help(say!(lang, "help-version-flag")),
        );
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    subcommands.into_iter().fold(command, |command, name| {
        command.mut_subcommand(name.clone(), |sub| {
            word_command(sub, &name, words, &globals, purpose)
        })
    })
}

/// The `plan` command in the language `lang`, ready to parse `plan`'s arguments:
/// `bin_name` is how the program was called (the usage lines say it).
pub fn command(lang: Lang, bin_name: Option<&str>, purpose: Purpose) -> Command {
    let mut words = Words {
        lang,
        ids: Vec::new(),
    };
    let version = format!("{}\n{}", env!("CARGO_PKG_VERSION"), version_line(lang));
    let mut command = worded(&mut words, purpose)
        .version(version.clone())
        .long_version(version);
    if let Some(bin_name) = bin_name {
        command = command.bin_name(bin_name);
    }
    command.build();
    let footer = footer(lang);
    command = command.mut_subcommand("help", |help| word_help_command(lang, help, &footer));
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        let template = command
            .find_subcommand_mut(&name)
            .map(|sub| template(lang, sub));
        if let Some(template) = template {
            command = command.mut_subcommand(&name, |sub| sub.help_template(template));
        }
    }
    let template = template(lang, &mut command);
    command.help_template(template)
}

/// clap's `help` command (`plan help report`) and the commands under it.
fn word_help_command(lang: Lang, help: Command, footer: &str) -> Command {
    let mut help = help
        .about(say!(lang, "help-command-about"))
        .after_help(footer.to_string())
        .mut_args(|arg| {
            if arg.get_id() == "subcommand" {
                arg.help(say!(lang, "help-command-arg"))
                    .value_name(say!(lang, "placeholder-command"))
            } else {
                arg
            }
        });
    if help.find_subcommand("help").is_some() {
        help = help.mut_subcommand("help", |inner| {
            inner.about(say!(lang, "help-command-about"))
        });
    }
    help
}

/// The command that arguments run, as the usage lines name it (`plan report` for
/// `plan --lang fr report --year 2023`, `plan` when they name none), and its usage line.
pub struct Program {
    pub name: String,
    pub usage: String,
}

impl Program {
    /// The program of `args` in a built `command`.
    pub fn of(command: &mut Command, args: &[std::ffi::OsString]) -> Program {
        let bin = command
            .get_bin_name()
            .unwrap_or(command.get_name())
            .to_string();
        let sub = args.iter().skip(1).find_map(|arg| {
            let arg = arg.to_str()?;
            command
                .get_subcommands()
                .find(|sub| sub.get_name() == arg)
                .map(|sub| sub.get_name().to_string())
        });
        match sub.and_then(|sub| command.find_subcommand_mut(&sub).map(|c| (sub, c))) {
            Some((sub, found)) => Program {
                name: format!("{bin} {sub}"),
                usage: found.render_usage().ansi().to_string(),
            },
            None => Program {
                name: bin,
                usage: command.render_usage().ansi().to_string(),
            },
        }
    }
}

/// The help flag of a command: `-h` for a summary, `--help` for more when the command has
/// more to say.
fn help_flag(lang: Lang, long: bool) -> Arg {
    let flag = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .display_order(999);
    if long {
        flag.help(say!(lang, "help-flag-more"))
            .long_help(say!(lang, "help-flag-summary"))
    } else {
        flag.help(say!(lang, "help-flag"))
    }
}

/// Whether `--help` shows more than `-h`: a long description, or values described one
/// by one.
fn has_long_help(command: &Command, name: &str) -> bool {
    has(&format!("cmd-{name}-long-about"))
        || command.get_arguments().any(|arg| {
            let key = arg_key(name, arg.get_id().as_str());
            arg.get_possible_values()
                .iter()
                .any(|value| has(&format!("value-{key}-{}", value.get_name())))
        })
}

fn word_command(
    command: Command,
    name: &str,
    words: &mut Words,
    globals: &[Arg],
    purpose: Purpose,
) -> Command {
    let lang = words.lang;
    let long = has_long_help(&command, name);
    let mut command = command
        .about(words.get(&format!("cmd-{name}-about")))
        .disable_help_flag(true);
    if has(&format!("cmd-{name}-long-about")) {
        command = command.long_about(words.get(&format!("cmd-{name}-long-about")));
    }
    // The options of every command (`--lang`, `--color`) get the words of this command,
    // as if clap had copied them down.
    for global in globals {
        if command
            .get_arguments()
            .all(|arg| arg.get_id() != global.get_id())
        {
            command = command.arg(global.clone());
        }
    }
    command
        .mut_args(|arg| word_arg(arg, name, long, words, purpose))
        .arg(help_flag(lang, long))
        .after_help(footer(lang))
}

/// The id of the help of argument `id` of command `command`.
fn arg_key(command: &str, id: &str) -> String {
    let id = id.replace('_', "-");
    if PER_COMMAND.contains(&id.as_str()) {
        format!("{command}-{id}")
    } else {
        id
    }
}

fn word_arg(arg: Arg, command: &str, long: bool, words: &mut Words, purpose: Purpose) -> Arg {
    let lang = words.lang;
    let key = arg_key(command, arg.get_id().as_str());
    let help = words.get(&format!("arg-{key}"));
    let mut arg = arg;
    // A flag (`--strict`) takes no value: it has no value name to show, and clap's
    // `true`/`false` are not for the reader.
    let takes_values = arg.get_action().takes_values();
    if let Some(names) = arg.get_value_names().filter(|_| takes_values) {
        let names: Vec<String> = names
            .iter()
            .map(|name| words.get(&format!("placeholder-{}", name.to_lowercase())))
            .collect();
        arg = arg.value_names(names);
    }
    let values: Vec<PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|value| takes_values && !value.is_hide_set())
        .collect();
    let described = values
        .iter()
        .any(|value| has(&format!("value-{key}-{}", value.get_name())));
    let mut descriptions = Vec::new();
    if described {
        for value in &values {
            let name = value.get_name();
            descriptions.push((name.to_string(), words.get(&format!("value-{key}-{name}"))));
        }
    }
    if purpose == Purpose::Bare {
        return arg.help(help);
    }
    if purpose == Purpose::Manual {
        if !described {
            return arg.help(help);
        }
        let list = value_list(lang, &descriptions);
        return arg
            .help(help.clone())
            .long_help(format!("{help}\n\n{}", list.join("\n")))
            .hide_possible_values(true);
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    let default = (takes_values && !defaults.is_empty())
        .then(|| say!(lang, "help-default", value = defaults.join(", ")));
    let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
    let possible =
        (!names.is_empty()).then(|| say!(lang, "help-possible-values", values = names.join(", ")));
    let short = [Some(help.clone()), default.clone(), possible.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let arg = arg
        .help(short)
        .hide_default_value(takes_values)
        .hide_possible_values(takes_values);
    if !long {
        return arg;
    }
    let mut text = help;
    let mut notes: Vec<String> = default.into_iter().collect();
    if described {
        notes.extend(value_list(lang, &descriptions));
    } else {
        notes.extend(possible);
    }
    if !notes.is_empty() {
        text.push_str("\n\n");
        text.push_str(&notes.join("\n"));
    }
    arg.long_help(text)
}

/// `Possible values:` and a line for each value and its description.
fn value_list(lang: Lang, descriptions: &[(String, String)]) -> Vec<String> {
    let width = descriptions
        .iter()
        .map(|(name, _)| name.chars().count())
        .max()
        .unwrap_or(0);
    let mut lines = vec![say!(lang, "help-possible-values-list")];
    for (name, description) in descriptions {
        let pad = width - name.chars().count();
        lines.push(format!("- {name}: {}{description}", " ".repeat(pad)));
    }
    lines
}

/// The help template of a built command: clap's, with the headings in the language and
/// the usage line written once.
fn template(lang: Lang, command: &mut Command) -> String {
    let styles = command.get_styles().clone();
    let usage = usage_text(lang, &command.render_usage().ansi().to_string());
    let header = styles.get_header();
    let heading = |id: String| format!("{header}{id}{header:#}\n");
    let mut sections = Vec::new();
    if command.has_subcommands() && command.get_subcommands().any(|sub| !sub.is_hide_set()) {
        sections.push(heading(say!(lang, "help-commands")) + "{subcommands}");
    }
    if command.get_positionals().any(|arg| !arg.is_hide_set()) {
        sections.push(heading(say!(lang, "help-arguments")) + "{positionals}");
    }
    if command
        .get_arguments()
        .any(|arg| !arg.is_positional() && !arg.is_hide_set())
    {
        sections.push(heading(say!(lang, "help-options")) + "{options}");
    }
    let usage_style = styles.get_usage();
    format!(
        "{{before-help}}{{about-with-newline}}\n{usage_style}{}{usage_style:#} {usage}\n\n{}{{after-help}}",
        say!(lang, "help-usage"),
        sections.join("\n\n")
    )
}

/// A usage line of clap (`Usage: plan report [OPTIONS] --year <YEAR>`, colours kept)
/// without its heading, `[OPTIONS]` in the language.
fn usage_text(lang: Lang, usage: &str) -> String {
    let rest = usage.split_once("Usage:").map_or(usage, |(_, rest)| rest);
    let rest = rest.trim_start_matches("\u{1b}[0m").trim_start();
    rest.replace("[OPTIONS]", &say!(lang, "help-options-placeholder"))
}

/// Where the language of messages came from, in words: `--lang`, `LANG=fr_BE.UTF-8`,
/// `default`.
fn source_words(lang: Lang, source: &Source) -> String {
    match source {
        Source::Option => say!(lang, "language-source-option"),
        Source::Variable(name, value) => say!(
            lang,
            "language-source-variable",
            name = name.as_str(),
            value = value.as_str()
        ),
        Source::Default => say!(lang, "language-source-default"),
    }
}

/// The second line of `plan --version`: `messages: English (default)`.
pub fn version_line(lang: Lang) -> String {
    let choice = i18n::messages_choice();
    say!(
        lang,
        "version-messages",
        language = choice.lang.name(),
        source = source_words(lang, &choice.source)
    )
}

/// The last lines of every `--help`: the language of messages, why, how to change it.
fn footer(lang: Lang) -> String {
    let choice = i18n::messages_choice();
    let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    say!(
        lang,
        "help-footer",
        language = choice.lang.name(),
        source = source_words(lang, &choice.source),
        codes = codes.join(", ")
    )
}

/// What a value parser of `plan` says of a value it refuses, already in the language of
/// messages (clap adds the value and the option before it).
#[derive(Debug)]
pub struct Refused(pub String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

/// A usage error of clap worded in `lang`: the message by the error's kind and context,
/// the tips, the usage line (clap's, else that of `program`, the command run) and where
/// to read more (`plan report --help`). Exit 2 goes with it.
pub fn usage_error(lang: Lang, error: &clap::Error, program: &Program) -> String {
    let styles = Styles::default();
    let error_style = styles.get_error();
    let invalid = styles.get_invalid();
    let valid = styles.get_valid();
    let literal = styles.get_literal();
    let quoted = |style: &Style, text: &str| format!("'{style}{text}{style:#}'");
    let string = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        _ => None,
    };
    let strings = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::Strings(list)) => list.clone(),
        Some(ContextValue::String(text)) => vec![text.clone()],
        _ => Vec::new(),
    };
    let number = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::Number(n)) => *n as f64,
        _ => 0.0,
    };
    let arg = string(ContextKind::InvalidArg)
        .map(|arg| quoted(literal, &arg))
        .unwrap_or_default();
    let value = string(ContextKind::InvalidValue).unwrap_or_default();
    let listed = |items: &[String]| {
        items
            .iter()
            .map(|item| format!("{valid}{item}{valid:#}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let invalid_value = || {
        say!(
            lang,
            "usage-invalid-value",
            value = quoted(invalid, &value),
            option = arg.as_str()
        )
    };
    // A message and, on its own line, what may be written instead.
    let listed_after = |message: String, list: Option<String>| match list {
        Some(list) => format!("{message}\n  {list}"),
        None => message,
    };
    let mut message = match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            say!(lang, "usage-value-missing", option = arg)
        }
        ErrorKind::InvalidValue => {
            let values = strings(ContextKind::ValidValue);
            let list = (!values.is_empty())
                .then(|| say!(lang, "help-possible-values", values = listed(&values)));
            listed_after(invalid_value(), list)
        }
        ErrorKind::ValueValidation => {
            // Only what plan's own parsers say: never a library's English.
            let refused = std::error::Error::source(error)
                .and_then(|source| source.downcast_ref::<Refused>());
            match refused {
                Some(Refused(why)) => say!(
                    lang,
                    "usage-refused-value",
                    value = quoted(invalid, &value),
                    option = arg,
                    why = why.as_str()
                ),
                None => invalid_value(),
            }
        }
        ErrorKind::UnknownArgument => say!(lang, "usage-unknown-argument", argument = arg),
        ErrorKind::InvalidSubcommand => {
            let name = string(ContextKind::InvalidSubcommand).unwrap_or_default();
            say!(
                lang,
                "usage-unknown-command",
                command = quoted(invalid, &name)
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let mut text = say!(lang, "usage-missing-arguments");
            for missing in strings(ContextKind::InvalidArg) {
                let _ = write!(text, "\n  {valid}{missing}{valid:#}");
            }
            text
        }
        ErrorKind::MissingSubcommand => {
            let commands = strings(ContextKind::ValidSubcommand);
            let list = (!commands.is_empty()).then(|| {
                say!(
                    lang,
                    "usage-possible-commands",
                    commands = listed(&commands)
                )
            });
            listed_after(say!(lang, "usage-missing-command"), list)
        }
        ErrorKind::ArgumentConflict => {
            let prior = strings(ContextKind::PriorArg);
            let this = string(ContextKind::InvalidArg);
            if prior.is_empty() || this.as_ref() == prior.first() {
                say!(lang, "usage-used-twice", option = arg)
            } else {
                let others: Vec<String> = prior.iter().map(|p| quoted(invalid, p)).collect();
                say!(
                    lang,
                    "usage-conflict",
                    option = arg,
                    others = others.join(", ")
                )
            }
        }
        ErrorKind::TooManyValues => say!(
            lang,
            "usage-too-many-values",
            value = quoted(invalid, &value),
            option = arg
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => say!(
            lang,
            "usage-number-of-values",
            option = arg,
            expected = number(ContextKind::ExpectedNumValues).max(number(ContextKind::MinValues)),
            count = number(ContextKind::ActualNumValues)
        ),
        ErrorKind::NoEquals => say!(lang, "usage-needs-equals", option = arg),
        ErrorKind::InvalidUtf8 => say!(lang, "usage-invalid-utf8"),
        _ => say!(lang, "usage-unreadable"),
    };
    let mut tips = Vec::new();
    let similar = strings(ContextKind::SuggestedSubcommand);
    if !similar.is_empty() {
        let names: Vec<String> = similar.iter().map(|s| quoted(valid, s)).collect();
        tips.push(say!(
            lang,
            "usage-similar-commands",
            count = similar.len(),
            commands = names.join(", ")
        ));
    }
    for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedValue] {
        if let Some(similar) = string(kind).or_else(|| strings(kind).into_iter().next()) {
            tips.push(say!(
                lang,
                "usage-did-you-mean",
                suggestion = quoted(valid, &similar)
            ));
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = error.get(ContextKind::Suggested) {
        tips.extend(
            suggested
                .iter()
                .filter_map(|tip| clap_tip(lang, &tip.to_string())),
        );
    }
    let tip_word = say!(lang, "usage-tip");
    if !tips.is_empty() {
        message.push('\n');
    }
    for tip in &tips {
        let _ = write!(message, "\n  {valid}{tip_word}{valid:#} {tip}");
    }
    let usage = match error.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => usage.ansi().to_string(),
        _ => program.usage.clone(),
    };
    let usage_style = styles.get_usage();
    let mut text = format!(
        "{error_style}{}{error_style:#} {message}",
        say!(lang, "error-heading")
    );
    let _ = write!(
        text,
        "\n\n{usage_style}{}{usage_style:#} {}",
        say!(lang, "help-usage"),
        usage_text(lang, &usage)
    );
    let more = format!("{literal}{} --help{literal:#}", program.name);
    let _ = write!(text, "\n\n{}\n", say!(lang, "usage-more", command = more));
    text
}

/// A tip of clap (English, from the parser) in the language, when plan knows its kind.
fn clap_tip(lang: Lang, tip: &str) -> Option<String> {
    let plain = strip_ansi(tip);
    let quoted: Vec<&str> = plain.split('\'').skip(1).step_by(2).collect();
    if plain.starts_with("to pass '") {
        let [argument, instead] = quoted[..] else {
            return None;
        };
        return Some(say!(
            lang,
            "usage-tip-as-value",
            argument = format!("'{argument}'"),
            instead = format!("'{instead}'")
        ));
    }
    if plain.starts_with("subcommand '") {
        let command = quoted.first()?;
        return Some(say!(
            lang,
            "usage-tip-remove-dashes",
            command = format!("'{command}'")
        ));
    }
    if plain.ends_with("' exists") {
        let option = quoted.first()?;
        return Some(say!(
            lang,
            "usage-tip-exists",
            option = format!("'{option}'")
        ));
    }
    None
}

/// `text` without its colours.
fn strip_ansi(text: &str) -> String {
    anstream::adapter::strip_str(text).to_string()
}
