//! `plan completions SHELL` and `plan man`: the bash script completes for real in a bash
//! subprocess, the other scripts name the commands and options, and the man page renders
//! with `man` where it is installed.

mod common;

use std::io::Write as _;
use std::process::Stdio;

fn plan_stdout(args: &[&str]) -> String {
    let output = common::plan()
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(output.stderr.is_empty());
    String::from_utf8(output.stdout).unwrap()
}

const COMMANDS: [&str; 7] = [
    "validate",
    "tree",
    "report",
    "export",
    "schema",
    "completions",
    "man",
];

/// What bash completes on the command line `words` (the cursor at the end of the last
/// word), with the script of `plan completions bash` sourced as a user would.
fn bash_completes(script: &std::path::Path, words: &[&str]) -> Vec<String> {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        r#"source '{}' || exit 3
complete -p plan | grep -q -- '-F _plan' || exit 4
COMP_WORDS=({})
COMP_CWORD={}
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
_plan plan "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        script.display(),
        quoted.join(" "),
        words.len() - 1,
    );
    let output = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .expect("bash runs");
    assert!(
        output.status.success(),
        "exit {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    let mut words: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    words.sort();
    words
}

#[test]
fn bash_completion_works_in_bash() {
    let script = plan_stdout(&["completions", "bash"]);
    assert!(script.contains("--year") && script.contains("--as-of"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.bash");
    std::fs::write(&path, script).unwrap();
    assert_eq!(bash_completes(&path, &["plan", "rep"]), ["report"]);
    assert_eq!(
        bash_completes(&path, &["plan", "report", "--ye"]),
        ["--year"]
    );
    assert_eq!(
        bash_completes(&path, &["plan", "export", "--by", ""]),
        ["month", "quarter"]
    );
    assert_eq!(
        bash_completes(&path, &["plan", "export", "--format", "x"]),
        ["xlsx"]
    );
    assert_eq!(
        bash_completes(&path, &["plan", "schema", "m"]),
        ["measurements"]
    );
    let all = bash_completes(&path, &["plan", ""]);
    for command in COMMANDS {
        assert!(all.iter().any(|w| w == command), "{command} in {all:?}");
    }
}

#[test]
fn every_shell_gets_a_script_naming_commands_and_options() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = plan_stdout(&["completions", shell]);
        for word in COMMANDS.iter().chain(&["year", "as-of", "lang"]) {
            assert!(script.contains(word), "{shell}: no {word}");
        }
    }
    let output = common::plan()
        .args(["completions", "tcsh"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "an unknown shell is a usage error"
    );
}

#[test]
fn man_page_documents_every_command() {
    let page = plan_stdout(&["man"]);
    assert!(page.contains("\n.TH PLAN 1 "), "{page}");
    assert!(page.contains("\n.SH COMMANDS\n"));
    for command in COMMANDS {
        assert!(
            page.contains(&format!("\n.SS \"plan {command}\"\n")),
            "{command}"
        );
    }
    assert!(
        page.contains(r"\fB\-\-year\fR"),
        "the options of the subcommands"
    );
    assert!(
        !page.contains("plan\\-report(1)"),
        "no reference to pages that do not exist"
    );
    assert_eq!(
        page.matches(".ds Aq").count(),
        2,
        "one apostrophe definition"
    );
    // Rendered by man, where it is installed.
    let child = std::process::Command::new("man")
        .args(["-l", "-"])
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("man is not installed: the page was not rendered");
        return;
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("COMMANDS") && text.contains("plan report"),
        "{text}"
    );
    assert!(text.contains("--year <YEAR>"), "{text}");
}
