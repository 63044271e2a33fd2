//! `plan man`: the manual page in roff (clap_mangen), printed for `man -l -` or to be
//! installed in a `man1` folder. One page documents everything: the options of `plan`,
//! then a COMMANDS section with each subcommand's description, synopsis and options.
//!
//! The page is in the language of messages: its descriptions, options and section
//! headings.
//!
//! Part of `commands`: imports only `cli`, `i18n` and its sibling `output`.

use clap_mangen::Man;

use super::output::Output;
use crate::cli::words::{self, Purpose};
use crate::i18n::{self, Lang};
use crate::say;

type Render = fn(&Man, &mut dyn std::io::Write) -> std::io::Result<()>;

/// The roff of one part of a page.
fn render(man: &Man, render: Render) -> anyhow::Result<String> {
    let mut out = Vec::new();
    render(man, &mut out)?;
    Ok(String::from_utf8(out)?)
}

/// The lines of `roff` but those that `keep` refuses, each ending with a newline.
fn filtered(roff: &str, keep: impl Fn(&str) -> bool) -> String {
    roff.lines()
        .filter(|line| keep(line))
        .flat_map(|line| [line, "\n"])
        .collect()
}

/// Whether a line is not clap_mangen's definition of the apostrophe string, which it puts
/// before each part and the page needs once.
fn not_apostrophe(line: &str) -> bool {
    !line.starts_with(".ie \\n(.g .ds Aq") && !line.starts_with(".el .ds Aq")
}

/// A line of clap_mangen in the language: its section headings (`.SH NAME`), defaults
/// (`[default: auto]`) and the heading of possible values.
fn worded_line(lang: Lang, line: &str) -> String {
    let Some(name) = line.strip_prefix(".SH ") else {
        let line = line.replace(
            "\\fIPossible values:\\fR",
            &format!("\\fI{}\\fR", say!(lang, "help-possible-values-list")),
        );
        let Some((before, rest)) = line.split_once("[default: ") else {
            return line;
        };
        let Some((value, after)) = rest.split_once(']') else {
            return line;
        };
        return format!(
            "{before}{}{after}",
            say!(lang, "help-default", value = value)
        );
    };
    let worded = match name.trim_matches('"') {
        "NAME" => say!(lang, "man-name"),
        "SYNOPSIS" => say!(lang, "man-synopsis"),
        "DESCRIPTION" => say!(lang, "man-description"),
        "OPTIONS" => say!(lang, "man-options"),
        "VERSION" => say!(lang, "man-version"),
        _ => return line.to_string(),
    };
    if worded.contains(' ') {
        format!(".SH \"{worded}\"")
    } else {
        format!(".SH {worded}")
    }
}

pub fn run() -> anyhow::Result<Output> {
    let lang = i18n::messages();
    // The page gives the version alone, without the language line of `--version`.
    let command = words::command(lang, Some("plan"), Purpose::Manual)
        .version(env!("CARGO_PKG_VERSION"))
        .long_version(clap::builder::Resettable::Reset);
    let man = Man::new(command.clone()).title("PLAN");
    let mut page = render(&man, Man::render_title)?;
    for part in [
        Man::render_name_section,
        Man::render_synopsis_section,
        Man::render_description_section,
        Man::render_options_section,
    ] {
        page.push_str(&filtered(&render(&man, part)?, not_apostrophe));
    }
    page.push_str(&format!(".SH {}\n", say!(lang, "man-commands")));
    for sub in command
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set() && sub.get_name() != "help")
    {
        let name = sub.get_bin_name().unwrap_or_else(|| sub.get_name());
        page.push_str(&format!(".SS \"{name}\"\n"));
        let man = Man::new(sub.clone());
        for part in [
            Man::render_description_section,
            Man::render_synopsis_section,
            Man::render_options_section,
        ] {
            // Under COMMANDS, each part is a paragraph without its own section heading.
            page.push_str(".PP\n");
            page.push_str(&filtered(&render(&man, part)?, |line| {
                not_apostrophe(line) && !line.starts_with(".SH ")
            }));
        }
    }
    page.push_str(&filtered(
        &render(&man, Man::render_version_section)?,
        not_apostrophe,
    ));
    // The values listed after a help (`- table: …`) each on a line of their own.
    let values = say!(lang, "help-possible-values-list");
    let page: String = page
        .lines()
        .flat_map(|line| {
            let own_line = line == values || line.starts_with("\\- ");
            [
                if own_line { ".br\n" } else { "" }.to_string(),
                worded_line(lang, line),
                "\n".to_string(),
            ]
        })
        .collect();
    Ok(Output {
        stdout: page.into_bytes(),
        ..Output::default()
    })
}
