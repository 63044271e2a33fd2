//! Findings in every language (issue 14): every fixture of `tests/fixtures/validate/` and
//! `tests/fixtures/hostile/`, run with `--lang fr|nl|en|de` and with `LANG=fr_BE.UTF-8`,
//! `nl_BE.UTF-8` or `C.UTF-8`, gives the same codes, severities and places in every
//! language, a message in the language asked, and no English left in French and Dutch;
//! one human-format finding is kept per language in `tests/fixtures/languages/`.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// How the language is chosen: by `--lang`, or by the locale alone.
#[derive(Clone, Copy, Debug)]
enum Way {
    Option(&'static str),
    Locale(&'static str),
}

impl Way {
    /// The language it chooses.
    fn lang(self) -> &'static str {
        match self {
            Way::Option(lang) => lang,
            Way::Locale("fr_BE.UTF-8") => "fr",
            Way::Locale("nl_BE.UTF-8") => "nl",
            Way::Locale(_) => "en",
        }
    }
}

const WAYS: &[Way] = &[
    Way::Option("fr"),
    Way::Option("nl"),
    Way::Option("en"),
    Way::Option("de"),
    Way::Locale("fr_BE.UTF-8"),
    Way::Locale("nl_BE.UTF-8"),
    Way::Locale("C.UTF-8"),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A run of `plan validate`: the folder it runs in and its paths.
struct Case {
    name: String,
    dir: PathBuf,
    paths: Vec<String>,
}

/// Every fixture: each folder of `validate/` (with the paths of its `expect` file), and
/// each file of `hostile/` read with `plans`.
fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    let validate = root().join("tests/fixtures/validate");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&validate)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let expect = std::fs::read_to_string(dir.join("expect")).unwrap_or_default();
        let paths = expect
            .lines()
            .find_map(|l| l.trim().strip_prefix("paths "))
            .map_or(vec![".".to_string()], |p| {
                p.split_whitespace().map(str::to_string).collect()
            });
        cases.push(Case {
            name: dir.file_name().unwrap().to_string_lossy().into_owned(),
            dir,
            paths,
        });
    }
    let mut hostile: Vec<PathBuf> = std::fs::read_dir(root().join("tests/fixtures/hostile"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    hostile.sort();
    for file in hostile {
        let relative = file
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        cases.push(Case {
            name: relative.clone(),
            dir: root().to_path_buf(),
            paths: vec!["plans".into(), relative],
        });
    }
    cases
}

/// `plan` with the language chosen one way (the other language variables removed).
fn plan(way: Way) -> Command {
    let mut command = common::plan();
    match way {
        Way::Option(lang) => {
            command.args(["--lang", lang]);
        }
        Way::Locale(locale) => {
            command.env("LANG", locale);
        }
    }
    command
}

fn validate(case: &Case, way: Way, format: &str) -> String {
    let output = plan(way)
        .current_dir(&case.dir)
        .args(["validate", "--format", format])
        .args(&case.paths)
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap()
}

/// What a JSON finding says that no language changes: its code, severity and places.
fn facts(finding: &Value) -> Value {
    let mut facts = finding.clone();
    let object = facts.as_object_mut().unwrap();
    object.remove("message");
    object.remove("help");
    for related in object["related"].as_array_mut().unwrap() {
        related.as_object_mut().unwrap().remove("message");
    }
    facts
}

/// A line of `--format short` up to its message: `file:line:col: error[E102]`.
fn short_facts(line: &str) -> &str {
    line.split_once("]: ").map_or(line, |(facts, _)| facts)
}

#[test]
fn codes_severities_and_places_are_the_same_in_every_language() {
    let mut problems = Vec::new();
    for case in cases() {
        let english_json = validate(&case, Way::Option("en"), "json");
        let english: Vec<Value> = serde_json::from_str(&english_json).unwrap();
        let english_short = validate(&case, Way::Option("en"), "short");
        for &way in WAYS {
            let json = validate(&case, way, "json");
            let findings: Vec<Value> = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{}, {way:?}: not JSON ({e}): {json}", case.name));
            let same: Vec<Value> = findings.iter().map(facts).collect();
            let want: Vec<Value> = english.iter().map(facts).collect();
            if same != want {
                problems.push(format!(
                    "{}, {way:?}: {same:?}\n  English: {want:?}",
                    case.name
                ));
                continue;
            }
            let short = validate(&case, way, "short");
            let places: Vec<&str> = short.lines().map(short_facts).collect();
            let want: Vec<&str> = english_short.lines().map(short_facts).collect();
            if places != want {
                problems.push(format!(
                    "{}, {way:?}: {places:?}\n  English: {want:?}",
                    case.name
                ));
            }
            for (theirs, ours) in findings.iter().zip(&english) {
                let differs = theirs["message"] != ours["message"];
                if way.lang() == "en" && !differs && json == english_json {
                    continue;
                }
                if way.lang() == "en" || !differs {
                    problems.push(format!(
                        "{}, {way:?}: message {} (English {})",
                        case.name, theirs["message"], ours["message"]
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// English words that a French text cannot hold.
const ENGLISH: &str = "the is not file files found expected write error errors warning warnings \
    help with should must line lines row rows was are has have this cannot missing unknown \
    value key keys number and of to from indicator indicators measurement measurements \
    target check read first duplicate invalid empty which when does here checked more shown \
    listed did you mean quote opened closed never";

/// Words of [`ENGLISH`] that Dutch writes too.
const ALSO_DUTCH: &[&str] = &["is", "help", "was", "of", "indicator", "indicators"];

/// The English words that a text in `lang` (`fr` or `nl`) cannot hold.
fn stop_list(lang: &str) -> Vec<&'static str> {
    ENGLISH
        .split_whitespace()
        .filter(|w| lang != "nl" || !ALSO_DUTCH.contains(w))
        .collect()
}

/// The words of an output that `plan` wrote: source lines quoted from the user's files,
/// `-->` places, paths and text between backticks or quotes (what the user wrote, YAML
/// keys) left out.
fn own_words(output: &str) -> Vec<String> {
    let mut words = Vec::new();
    for line in output.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("-->") {
            continue;
        }
        // An excerpt: `12 | source`; its labels are on lines `   |   ^^^ label`.
        if let Some((gutter, _)) = line.split_once('|')
            && !gutter.trim().is_empty()
            && gutter.trim().chars().all(|c| c.is_ascii_digit())
        {
            continue;
        }
        let mut text = String::new();
        let mut quote: Option<char> = None;
        for c in line.chars() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if matches!(c, '`' | '"' | '«' | '“' | '„') => {
                    quote = Some(match c {
                        '«' => '»',
                        '“' | '„' => '”',
                        other => other,
                    })
                }
                None => text.push(c),
            }
        }
        for token in text.split_whitespace() {
            if token.contains('/') || token.contains('.') || token.contains('\'') {
                continue;
            }
            words.extend(
                token
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase),
            );
        }
    }
    words
}

#[test]
fn french_and_dutch_output_holds_no_english() {
    let mut problems = Vec::new();
    for case in cases() {
        for way in [
            Way::Option("fr"),
            Way::Locale("fr_BE.UTF-8"),
            Way::Option("nl"),
            Way::Locale("nl_BE.UTF-8"),
        ] {
            let stop = stop_list(way.lang());
            for format in ["human", "short"] {
                let mut output = validate(&case, way, format);
                if format == "short" {
                    // The place and `error[E102]` are machine tokens: only the message is worded.
                    output = output
                        .lines()
                        .map(|l| l.split_once("]: ").map_or(l, |(_, message)| message))
                        .collect::<Vec<_>>()
                        .join("\n");
                }
                let english: Vec<String> = own_words(&output)
                    .into_iter()
                    .filter(|w| stop.contains(&w.as_str()))
                    .collect();
                if !english.is_empty() {
                    problems.push(format!(
                        "{}, {way:?}, {format}: {english:?} in\n{output}",
                        case.name
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_stop_list_finds_english() {
    let english =
        "error[E102]: duplicate id `GDP-1-a`\n  --> plan.yaml:3:4\n   = help: rename one of them";
    let found: Vec<String> = own_words(english)
        .into_iter()
        .filter(|w| stop_list("fr").contains(&w.as_str()))
        .collect();
    assert_eq!(found, ["error", "duplicate", "help", "of"]);
    assert!(!stop_list("nl").contains(&"is") && stop_list("fr").contains(&"is"));
    // What the user wrote and the excerpt of their file are not words of `plan`.
    assert!(own_words("12 | the file\n`the value` \"not\"").is_empty());
}

/// One human-format finding per language, kept as a file: `duplicate-id` in the human
/// format. `PLAN_BLESS=1` writes the files anew.
#[test]
fn one_finding_in_each_language() {
    let dir = root().join("tests/fixtures/validate/duplicate-id");
    for lang in ["fr", "nl", "en", "de"] {
        let output = plan(Way::Option(lang))
            .current_dir(&dir)
            .args(["validate", "plan.yaml"])
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        let path = root().join(format!("tests/fixtures/languages/duplicate-id.{lang}.txt"));
        if std::env::var_os("PLAN_BLESS").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        let want =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(text, want, "{lang}");
    }
}
