//! What the integration tests share: the `plan` binary run in English, whatever the
//! language of the machine running the tests (`tests/languages.rs` runs it in the others).

use assert_cmd::Command;

/// The variables that choose the language of messages (`src/i18n.rs`).
pub const LANGUAGE_VARIABLES: &[&str] = &["PLAN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

/// The `plan` binary, with messages in English (`LANG=C`).
pub fn plan() -> Command {
    let mut command = Command::cargo_bin("plan").unwrap();
    for name in LANGUAGE_VARIABLES {
        command.env_remove(name);
    }
    command.env("LANG", "C");
    command
}
