//! `plan completions SHELL`: the completion script of a shell (clap_complete), printed for
//! the user to install where the shell looks for it.
//!
//! The help shown beside each option is in the language of messages.
//!
//! Part of `commands`: imports only `cli`, `i18n` and its sibling `output`.

use super::output::Output;
use crate::cli::CompletionsArgs;
use crate::cli::words::{self, Purpose};
use crate::i18n;

pub fn run(args: &CompletionsArgs) -> Output {
    let mut command = words::command(i18n::messages(), Some("plan"), Purpose::Bare);
    let mut stdout = Vec::new();
    clap_complete::generate(args.shell, &mut command, "plan", &mut stdout);
    Output {
        stdout,
        ..Output::default()
    }
}
