//! The Fluent files agree (issue 14): `say!` checks message ids and arguments against the
//! English file only, so this test checks every other language against it — the same
//! messages, each with the same arguments, no file that Fluent cannot read — and that no
//! file holds a message the code never uses.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The languages: the folders of `i18n/`.
fn languages() -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(root().join("i18n"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    found
}

/// Each message of a language's file and the arguments it takes.
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = root().join("i18n").join(lang).join("plan.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
        panic!("{}: Fluent cannot read it: {errors:?}", path.display())
    });
    let mut found = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut args = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_args(value, &mut args);
                }
                for attribute in &message.attributes {
                    pattern_args(&attribute.value, &mut args);
                }
                let id = message.id.name.to_string();
                assert!(
                    found.insert(id.clone(), args).is_none(),
                    "{}: `{id}` is written twice",
                    path.display()
                );
            }
            Entry::Junk { content } => panic!("{}: unreadable: {content}", path.display()),
            _ => {}
        }
    }
    found
}

fn pattern_args(pattern: &Pattern<&str>, args: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_args(expression, args);
        }
    }
}

fn expression_args(expression: &Expression<&str>, args: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_args(selector, args);
            for variant in variants {
                pattern_args(&variant.value, args);
            }
        }
        Expression::Inline(inline) => inline_args(inline, args),
    }
}

fn inline_args(inline: &InlineExpression<&str>, args: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            args.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for positional in &arguments.positional {
                inline_args(positional, args);
            }
        }
        InlineExpression::Placeable { expression } => expression_args(expression, args),
        _ => {}
    }
}

#[test]
fn every_language_has_the_messages_of_english_with_the_same_arguments() {
    let english = messages("en");
    assert!(english.len() > 50, "the English file looks empty");
    let langs = languages();
    assert!(langs.len() >= 4, "fr, nl, en and de at least: {langs:?}");
    let mut problems = Vec::new();
    for lang in langs.iter().filter(|l| *l != "en") {
        let theirs = messages(lang);
        for (id, args) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{lang}: `{id}` is missing")),
                Some(their_args) if their_args != args => problems.push(format!(
                    "{lang}: `{id}` takes {their_args:?}, English {args:?}"
                )),
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{lang}: `{id}` is not in the English file"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_is_known_to_the_code() {
    let code = std::fs::read_to_string(root().join("src/i18n.rs")).unwrap();
    for lang in languages() {
        assert!(
            code.contains(&format!("\"{lang}\",")),
            "i18n/{lang}/ has no line in `languages!` of src/i18n.rs"
        );
    }
}

/// How the code names a message: `"id"` in `say!`, or the help of a command-line option
/// by the rule of `cli/words.rs` (`plan::cli_message_ids`).
fn used(id: &str, code: &str, cli_ids: &BTreeSet<String>) -> bool {
    code.contains(&format!("\"{id}\"")) || cli_ids.contains(id)
}

#[test]
fn no_message_is_left_unused() {
    let mut files = Vec::new();
    common::rust_files(&root().join("src"), &mut files);
    let code: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let cli_ids: BTreeSet<String> = plan::cli_message_ids().into_iter().collect();
    let unused: Vec<String> = messages("en")
        .into_keys()
        .filter(|id| !used(id, &code, &cli_ids))
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code uses: {}",
        unused.join(", ")
    );
}
