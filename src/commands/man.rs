//! `plan man`: the manual page in roff (clap_mangen), printed for `man -l -` or to be
//! installed in a `man1` folder. One page documents everything: the options of `plan`,
//! then a COMMANDS section with each subcommand's description, synopsis and options.
//!
//! Part of `commands`: imports only `cli`, `model` and its sibling `output`.

use clap::CommandFactory as _;
use clap_mangen::Man;

use super::output::Output;
use crate::cli::Cli;

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

pub fn run() -> anyhow::Result<Output> {
    let mut command = Cli::command();
    command.build();
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
    page.push_str(".SH COMMANDS\n");
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
    Ok(Output {
        stdout: page.into_bytes(),
        ..Output::default()
    })
}
