//! `plan completions SHELL`: the completion script of a shell (clap_complete), printed for
//! the user to install where the shell looks for it.
//!
//! Part of `commands`: imports only `cli`, `model` and its sibling `output`.

use clap::CommandFactory as _;

use super::output::Output;
use crate::cli::{Cli, CompletionsArgs};

pub fn run(args: &CompletionsArgs) -> Output {
    let mut command = Cli::command();
    let mut stdout = Vec::new();
    clap_complete::generate(args.shell, &mut command, "plan", &mut stdout);
    Output {
        stdout,
        ..Output::default()
    }
}
