//! The command line in every language (issue 14): the `--help` of every command, the
//! usage errors and the `--version` line that tells the language of messages and why.

mod common;

use clap::CommandFactory as _;
use plan::i18n::Lang;

/// Every command, as typed after `plan` (`[]` is `plan` itself).
const COMMANDS: &[&[&str]] = &[
    &[],
    &["validate"],
    &["tree"],
    &["report"],
    &["export"],
    &["schema"],
    &["completions"],
    &["man"],
    &["help"],
];

/// English words that a French, Dutch or German help must not hold, as whole words
/// (case-insensitive). "of" is Dutch, "Options" French: they are checked as English
/// writes them, in [`ENGLISH_FORMS`].
const STOP_WORDS: &[&str] = &[
    "usage",
    "print",
    "help",
    "the",
    "file",
    "files",
    "default",
    "possible",
    "values",
    "show",
    "write",
    "commands",
    "directories",
    "directory",
    "which",
    "when",
    "only",
    "with",
    "this",
    "year",
    "instead",
    "output",
    "found",
    "for",
    "and",
];

/// English forms checked as they are written: headings and placeholders.
const ENGLISH_FORMS: &[&str] = &[
    "Options:",
    "Arguments:",
    "Usage:",
    "[OPTIONS]",
    "<YEAR>",
    "<FILE>",
    "<PATHS>",
    "<COMMAND>",
    " of the ",
];

/// The words a reader reads in `text`: without `code spans`, options (`--year`, `-h`),
/// `'quoted'` values, `<PLACEHOLDERS>` and the names of commands at the start of the lines
/// that list them.
fn prose(text: &str) -> String {
    let mut kept = String::new();
    for line in text.lines() {
        let mut line = line.to_string();
        // The commands listed under their heading: `  report   Afficher …`.
        if let Some(rest) = line.strip_prefix("  ")
            && let Some((name, after)) = rest.split_once("  ")
            && !name.is_empty()
            && name.chars().all(|c| c.is_ascii_lowercase())
        {
            line = after.to_string();
        }
        let mut out = String::new();
        let mut skip: Option<char> = None;
        let mut before = ' ';
        for c in line.chars() {
            match skip {
                Some(end) if c == end => skip = None,
                Some(_) => {}
                None if c == '`' => skip = Some('`'),
                None if c == '<' => skip = Some('>'),
                // A quote that opens (`'pdf'`), not an apostrophe (`l'aide`).
                None if c == '\'' && !before.is_alphabetic() => skip = Some('\''),
                None => out.push(c),
            }
            before = c;
        }
        let words: Vec<&str> = out
            .split_whitespace()
            .filter(|word| !word.starts_with('-') && !word.starts_with("*."))
            .collect();
        kept.push_str(&words.join(" "));
        kept.push('\n');
    }
    kept
}

/// The English left in `text`, French, Dutch or German (`[OPTIONS]` is French too).
fn english_in(text: &str) -> Vec<String> {
    let prose = prose(text);
    let mut found = Vec::new();
    for word in prose.split(|c: char| !c.is_alphabetic()) {
        if STOP_WORDS.contains(&word.to_lowercase().as_str()) {
            found.push(word.to_string());
        }
    }
    let french = text.contains("Utilisation :");
    for form in ENGLISH_FORMS {
        if text.contains(form) && !(french && *form == "[OPTIONS]") {
            found.push((*form).to_string());
        }
    }
    found
}

fn run(args: &[&str]) -> (i32, String, String) {
    let output = common::plan().args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn help(lang: &str, command: &[&str], flag: &str) -> String {
    let mut args = vec!["--lang", lang];
    args.extend_from_slice(command);
    if command == ["help"] {
        args.push("report");
    } else {
        args.push(flag);
    }
    let (code, stdout, stderr) = run(&args);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    stdout
}

#[test]
fn the_help_of_every_command_is_in_french_dutch_and_german() {
    for lang in ["fr", "nl", "de"] {
        for command in COMMANDS {
            for flag in ["--help", "-h"] {
                let text = help(lang, command, flag);
                let left = english_in(&text);
                assert!(
                    left.is_empty(),
                    "plan --lang {lang} {command:?} {flag}: English left: {left:?}\n{text}"
                );
            }
        }
    }
}

#[test]
fn each_language_has_its_headings() {
    for (lang, usage, options, default) in [
        (
            "fr",
            "Utilisation :",
            "Options :",
            "[par défaut : plans et measurements",
        ),
        (
            "nl",
            "Gebruik:",
            "Opties:",
            "[standaard: plans en measurements",
        ),
        (
            "de",
            "Aufruf:",
            "Optionen:",
            "[Standard: plans und measurements",
        ),
        (
            "en",
            "Usage:",
            "Options:",
            "[default: plans and measurements",
        ),
    ] {
        let text = help(lang, &["report"], "-h");
        assert!(text.contains(usage), "{lang}: {text}");
        assert!(text.contains(options), "{lang}: {text}");
        assert!(text.contains(default), "{lang}: {text}");
    }
    let fr = help("fr", &["report"], "--help");
    assert!(fr.contains("Valeurs possibles :"), "{fr}");
    assert!(fr.contains("- html:     Une page HTML autonome"), "{fr}");
    assert!(
        fr.contains("--year <ANNÉE>") && fr.contains("[OPTIONS]"),
        "{fr}"
    );
    let nl = help("nl", &[], "--help");
    assert!(
        nl.contains("Opdrachten:") && nl.contains("[OPTIES] <OPDRACHT>"),
        "{nl}"
    );
    assert!(
        nl.contains("De hulp tonen (een samenvatting met -h)"),
        "{nl}"
    );
}

#[test]
fn english_help_stays_english() {
    let text = help("en", &["report"], "--help");
    assert!(text.contains("Usage: plan report [OPTIONS] [PATHS]..."));
    assert!(text.contains("Possible values:\n          - table:    Tables for the terminal"));
    assert!(text.contains("[default: auto]\n          [possible values: auto, always, never]"));
    assert!(text.contains("Print help (see a summary with '-h')"));
    let root = help("en", &[], "--help");
    assert!(
        root.contains("help         Print this message or the help of the given subcommand(s)")
    );
    assert!(root.contains("-V, --version\n          Print version"));
}

#[test]
fn the_help_says_the_language_of_messages_and_how_to_change_it() {
    let fr = help("fr", &["tree"], "--help");
    assert!(
        fr.contains("Messages en français (--lang) ; une autre langue avec --lang ou PLAN_LANG (fr, nl, en, de)."),
        "{fr}"
    );
    let output = common::plan()
        .env("PLAN_LANG", "nl")
        .args(["tree", "--help"])
        .output()
        .unwrap();
    let nl = String::from_utf8_lossy(&output.stdout);
    assert!(
        nl.contains("Meldingen in het Nederlands (PLAN_LANG=nl)"),
        "{nl}"
    );
}

/// The second line of `plan --version`, run with `env` and `args`.
fn version_line(env: &[(&str, &str)], args: &[&str]) -> String {
    let mut command = common::plan();
    command.env_remove("LANG");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.args(args).arg("--version").output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("plan "), "{text}");
    lines.next().unwrap_or_default().to_string()
}

#[test]
fn version_tells_the_language_of_messages_and_why() {
    assert_eq!(
        version_line(&[], &["--lang", "nl"]),
        "meldingen: Nederlands (--lang)"
    );
    assert_eq!(
        version_line(&[("PLAN_LANG", "de")], &[]),
        "Meldungen: Deutsch (PLAN_LANG=de)"
    );
    assert_eq!(
        version_line(&[("LANG", "fr_BE.UTF-8")], &[]),
        "messages : français (LANG=fr_BE.UTF-8)"
    );
    assert_eq!(
        version_line(&[("LANG", "C")], &[]),
        "messages: English (LANG=C)"
    );
    assert_eq!(version_line(&[], &[]), "messages: English (default)");
}

#[test]
fn languages_are_accepted_as_people_write_them() {
    for (written, line) in [
        ("FR", "messages : français (--lang)"),
        ("fr-BE", "messages : français (--lang)"),
        ("nl_BE", "meldingen: Nederlands (--lang)"),
        ("de_BE.UTF-8", "Meldungen: Deutsch (--lang)"),
    ] {
        assert_eq!(version_line(&[], &["--lang", written]), line, "{written}");
    }
    let (code, _, stderr) = run(&["--lang=nl_BE", "template"]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("fout: deze verplichte argumenten ontbreken:"),
        "{stderr}"
    );
}

/// A usage error: exit 2, nothing on standard output, the message on standard error.
fn usage_error(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 2, "{args:?}: {stderr}");
    assert!(stdout.is_empty(), "{args:?}: {stdout}");
    stderr
}

#[test]
fn usage_errors_in_each_language() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "fr",
            &["report", "--year", "2023", "--format", "pdf"],
            &[
                "erreur : valeur 'pdf' non valable pour '--format <FORMAT>'",
                "[valeurs possibles : table, markdown, html, docx]",
                "Utilisation : plan report [OPTIONS] [CHEMINS]...",
                "Pour en savoir plus : « plan report --help ».",
            ],
        ),
        (
            "fr",
            &["tree", "--depth", "9"],
            &["'--depth <NIVEAU>' : les niveaux vont de 1 (secteurs) à 6 (indicateurs)"],
        ),
        (
            "fr",
            &["template"],
            &[
                "erreur : ces arguments obligatoires manquent :\n  --year <ANNÉE>",
                "« plan template --help »",
            ],
        ),
        (
            "fr",
            &["report", "--yeer", "2023"],
            &[
                "argument inattendu : '--yeer'",
                "conseil : un argument proche existe : '--year'",
            ],
        ),
        (
            "nl",
            &["reprt"],
            &[
                "fout: onbekende opdracht 'reprt'",
                "tip: er bestaan gelijkaardige opdrachten: 'export', 'report'",
                "Gebruik: plan [OPTIES] <OPDRACHT>",
                "Meer uitleg: probeer 'plan --help'.",
            ],
        ),
        (
            "nl",
            &["export", "--year", "abc"],
            &["ongeldige waarde 'abc' voor '--year <JAAR>': een jaar schrijf je in cijfers"],
        ),
        (
            "de",
            &["report", "--year", "2023", "--year", "2024"],
            &["Fehler: das Argument '--year <JAHR>' darf nur einmal angegeben werden"],
        ),
        (
            "de",
            &["schema"],
            &[
                "Fehler: diese Pflichtangaben fehlen:\n  <ART>",
                "Mehr dazu: 'plan schema --help'.",
            ],
        ),
        (
            "en",
            &["report", "--year", "2023", "--format", "pdf"],
            &[
                "error: invalid value 'pdf' for '--format <FORMAT>'\n  [possible values: table, markdown, html, docx]",
                "Usage: plan report [OPTIONS] [PATHS]...",
                "For more information, try 'plan report --help'.",
            ],
        ),
    ];
    for (lang, args, expected) in cases {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(args);
        let text = usage_error(&all);
        for part in *expected {
            assert!(text.contains(part), "plan {all:?}: no {part:?} in\n{text}");
        }
        if *lang != "en" {
            let left = english_in(&text);
            assert!(
                left.is_empty(),
                "plan {all:?}: English left {left:?}\n{text}"
            );
        }
    }
    // `--lang xx` is refused in the language of the environment.
    let text = usage_error(&["--lang", "xx", "tree"]);
    assert!(
        text.contains("error: invalid value 'xx' for '--lang <LANG>': plan speaks fr, nl, en, de"),
        "{text}"
    );
    let output = common::plan()
        .env("LANG", "fr_BE.UTF-8")
        .args(["--lang", "xx", "tree"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let fr = String::from_utf8_lossy(&output.stderr);
    assert!(
        fr.contains("valeur 'xx' non valable pour '--lang <LANGUE>' : plan parle fr, nl, en, de"),
        "{fr}"
    );
}

#[test]
fn plans_own_errors_are_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-plans");
    let missing = missing.to_str().unwrap();
    for (lang, expected) in [
        (
            "fr",
            "erreur : {missing} : ce fichier ou dossier n'existe pas",
        ),
        (
            "nl",
            "fout: {missing}: dit bestand of deze map bestaat niet",
        ),
        (
            "de",
            "Fehler: {missing}: diese Datei oder dieser Ordner existiert nicht",
        ),
        ("en", "error: {missing}: no such file or directory"),
    ] {
        let text = usage_error(&["--lang", lang, "validate", missing]);
        assert_eq!(
            text,
            format!("{}\n", expected.replace("{missing}", missing))
        );
    }
    let text = usage_error(&["--lang", "fr", "report", "--year", "20233", "plans"]);
    assert_eq!(
        text,
        "erreur : --year 20233 est hors limites : plan connaît les années 1900 à 2200\n"
    );
    let text = usage_error(&[
        "--lang", "nl", "report", "--year", "2023", "-o", "r.pdf", "plans",
    ]);
    assert!(
        text.contains("het formaat van r.pdf is niet te bepalen: gebruik een naam op .txt, .md, .markdown, .html, .htm of .docx, of --format"),
        "{text}"
    );
    // The system's reason is worded by its kind, not in its English.
    let out = dir.path().join("missing").join("report.csv");
    let text = usage_error(&[
        "--lang",
        "fr",
        "export",
        "--year",
        "2023",
        "-o",
        out.to_str().unwrap(),
        "plans",
    ]);
    assert!(
        text.contains("erreur : impossible d'écrire")
            && text.contains(" : ce fichier ou dossier n'existe pas"),
        "{text}"
    );
    assert!(!text.contains("os error"), "{text}");
    // What was written, in the language.
    let file = dir.path().join("rows.csv");
    let output = common::plan()
        .args(["--lang", "de", "export", "--year", "2023", "-o"])
        .arg(&file)
        .arg("plans")
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!(
            "plan: 31 Zeilen nach {} geschrieben",
            file.display()
        )),
        "{stderr}"
    );
}

#[test]
fn every_argument_of_every_command_has_its_words_in_every_language() {
    let ids = plan::cli_message_ids();
    let command = plan::cli::Cli::command();
    let mut missing = Vec::new();
    let mut walk = vec![(String::from("plan"), &command)];
    while let Some((name, command)) = walk.pop() {
        if !ids.contains(&format!("cmd-{name}-about")) {
            missing.push(format!("cmd-{name}-about"));
        }
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str().replace('_', "-");
            let found = ids
                .iter()
                .any(|m| *m == format!("arg-{id}") || *m == format!("arg-{name}-{id}"));
            if !found {
                missing.push(format!("{name} {id}"));
            }
        }
        for sub in command.get_subcommands() {
            walk.push((sub.get_name().to_string(), sub));
        }
    }
    assert!(missing.is_empty(), "no words for: {missing:?}");
    for lang in Lang::ALL {
        let absent: Vec<&String> = ids
            .iter()
            .filter(|id| plan::i18n::lookup(*lang, id).is_none())
            .collect();
        assert!(absent.is_empty(), "{}: {absent:?}", lang.code());
    }
}

#[test]
fn the_manual_page_and_completions_use_the_worded_command() {
    let (code, page, _) = run(&["--lang", "fr", "man"]);
    assert_eq!(code, 0);
    assert!(
        page.contains("\n.SH COMMANDES\n") && page.contains("\n.SH NOM\n"),
        "{page}"
    );
    assert!(page.contains("L'année du rapport") || page.contains("L\\*(Aqannée du rapport"));
    assert!(page.contains("[par défaut : auto]"), "{page}");
    assert!(!page.contains("Print help"), "{page}");
    assert!(!page.contains("messages :"), "the version alone: {page}");
    let (code, script, _) = run(&["--lang", "nl", "completions", "fish"]);
    assert_eq!(code, 0);
    assert!(script.contains("Het jaar van het rapport"), "{script}");
}
