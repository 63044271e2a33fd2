//! YAML faults as findings: the parser's error recognised by kind, with facts for the
//! words of `render::diagnostics`, and placed where the user must look — a missing key
//! at its mapping's start (the parser reports its end), a tab where it is (the parser
//! reports near it), a bracket or a quote left open where it opens (noticed lines later),
//! a second document at its `---`; and whether a fault is one of structure, past which
//! the lenient reading of `yaml_tree.rs` goes on.
//!
//! Part of `input`: imports only the leaves.

use serde_saphyr::Error as YamlError;
use serde_saphyr::ExternalMessageSource;
use serde_saphyr::granit_parser::ErrorKind;

use super::limits::{MAX_DEPTH, MAX_NODES};
use crate::diagnostic::{Diagnostic, Finding, Limit, SyntaxFault, ValueType};
use crate::lines::LineIndex;
use crate::place::{FileId, Pos};

/// What the reader of a whole file expects, as serde names it (`yaml.rs`).
pub(super) const FILE_EXPECTING: &str = "a plan or a measurements mapping";

/// What the reader of a key expects, as serde names it (`yaml.rs`).
pub(super) const KEY_EXPECTING: &str = "a key";

/// Turns a serde-saphyr error into a finding with a stable code. `text` is the file's
/// text from line `first` on (all of it, or the lines before the fault in a large file),
/// in which the fault's true place is looked for.
pub(super) fn diagnostic(err: &YamlError, file: FileId, text: &str, first: u32) -> Diagnostic {
    let err = innermost(err.without_snippet());
    let mut pos = err.location().map_or(Pos::start(), Pos::from);
    let local = |pos: Pos| Pos {
        line: pos.line.saturating_sub(first - 1).max(1),
        ..pos
    };
    let global = |pos: Pos| Pos {
        line: pos.line.saturating_add(first - 1),
        ..pos
    };
    if let YamlError::SerdeMissingField { .. } = err {
        // serde-saphyr reports a missing key where its mapping ends: point at its start.
        pos = global(mapping_start(text, local(pos)));
    }
    let finding = match err {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => Finding::UnknownKey {
            key: field.to_string(),
            allowed: expected.iter().map(|k| k.to_string()).collect(),
            suggestion: crate::suggest::closest(field, expected.iter().copied())
                .map(str::to_string),
        },
        YamlError::SerdeMissingField { field, .. } => Finding::MissingKey {
            key: field.to_string(),
        },
        YamlError::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | YamlError::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => Finding::WrongType {
            found: found_name(unexpected),
            expected: type_name(expected),
        },
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => Finding::UnknownValue {
            value: variant.to_string(),
            expected: expected.iter().map(|v| v.to_string()).collect(),
        },
        YamlError::InvalidScalar { ty, .. } => Finding::WrongType {
            found: None,
            expected: type_name(ty),
        },
        YamlError::DuplicateMappingKey { key, .. } => Finding::DuplicateKey { key: key.clone() },
        YamlError::Budget { breach, .. } => budget_finding(breach),
        YamlError::AliasReplayCounterOverflow { .. }
        | YamlError::AliasReplayLimitExceeded { .. }
        | YamlError::AliasExpansionLimitExceeded { .. }
        | YamlError::AliasReplayStackDepthExceeded { .. } => Finding::AliasBomb,
        other if other.to_string().contains("recursion limit") => {
            Finding::NestingTooDeep { max: MAX_DEPTH }
        }
        YamlError::MultipleDocuments { .. } => {
            pos = global(document_start(text, local(pos)));
            Finding::SecondDocument
        }
        YamlError::Unexpected { expected, .. } => Finding::WrongType {
            found: None,
            expected: type_name(expected),
        },
        other => {
            let kind = parser_kind(other);
            if other
                .to_string()
                .starts_with(crate::target::TARGET_EXPECTING)
            {
                Finding::TargetShape
            } else if let Some(tab) = tab_at(text, local(pos), kind.is_some_and(is_tab)) {
                pos = global(tab);
                Finding::Tab
            } else if matches!(kind, Some(ErrorKind::UnclosedQuotedScalar)) {
                Finding::UnclosedQuote { stopped: None }
            } else if let Some(open) = kind
                .is_some_and(in_quotes)
                .then(|| quote_opening(text, local(pos)))
                .flatten()
            {
                let fault = kind.map_or(SyntaxFault::Other, syntax_fault);
                let stopped = Some(Box::new(Finding::Syntax { fault }));
                return Diagnostic::new(Finding::UnclosedQuote { stopped }, file, global(open))
                    .related(file, pos);
            } else {
                Finding::Syntax {
                    fault: kind.map_or(SyntaxFault::Other, syntax_fault),
                }
            }
        }
    };
    let diagnostic = Diagnostic::new(finding, file, pos);
    // A tab is reported where it is, even within brackets.
    if matches!(diagnostic.finding, Finding::Syntax { .. })
        && let Some(bracket) = unclosed_bracket(text, local(pos)).map(global)
    {
        // A `[` or `{` left open on an earlier line: the parser notices only later.
        let stopped = Box::new(diagnostic.finding);
        return Diagnostic::new(Finding::UnclosedBracket { stopped }, file, bracket)
            .related(file, pos);
    }
    diagnostic
}

/// The parser's own kind of a fault of syntax, when the error is the parser's.
fn parser_kind(err: &YamlError) -> Option<&ErrorKind> {
    match err {
        YamlError::ExternalMessage { source, .. } => match source.as_ref() {
            ExternalMessageSource::Parser(scan) => Some(scan.kind()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether the parser's fault is a tab where YAML allows none.
fn is_tab(kind: &ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::TabNotAllowed
            | ErrorKind::TabInBlockIndentation
            | ErrorKind::TabInIndentation
            | ErrorKind::TabInPlainScalar
            | ErrorKind::TabAtBlockScalarStart
    )
}

/// Whether the parser met the fault inside a quoted text (one left open, perhaps).
fn in_quotes(kind: &ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::DocumentIndicatorInQuotedScalar
            | ErrorKind::InvalidQuotedScalarIndent
            | ErrorKind::InvalidTrailingSingleQuotedScalar
            | ErrorKind::InvalidTrailingDoubleQuotedScalar
    )
}

/// What the writer of the file has to do about a fault of syntax, by the parser's kind.
fn syntax_fault(kind: &ErrorKind) -> SyntaxFault {
    match kind {
        ErrorKind::MappingValueNotAllowed
        | ErrorKind::MappingKeyNotAllowed
        | ErrorKind::InvalidColonPlacement
        | ErrorKind::InvalidMappingValueWhitespace
        | ErrorKind::FlowMappingValueAdjacentCollection
        | ErrorKind::SimpleKeyExpected
        | ErrorKind::InvalidSimpleKey => SyntaxFault::KeyNotAllowed,
        ErrorKind::ExpectedBlockSequenceEntry => SyntaxFault::ItemNotAllowed,
        ErrorKind::ExpectedBlockMappingKey
        | ErrorKind::ExpectedFlowMappingSeparator
        | ErrorKind::ExpectedFlowSequenceSeparator => SyntaxFault::KeyExpected,
        ErrorKind::InvalidIndentation
        | ErrorKind::InvalidBlockScalarIndent
        | ErrorKind::InvalidQuotedScalarIndent
        | ErrorKind::InvalidFlowScalarIndent => SyntaxFault::Indentation,
        ErrorKind::UnexpectedEofFlowSequence
        | ErrorKind::UnexpectedEofFlowMapping
        | ErrorKind::UnexpectedEofImplicitFlowMapping
        | ErrorKind::UnexpectedEofBlockSequence
        | ErrorKind::UnexpectedEofBlockMapping
        | ErrorKind::UnexpectedEof => SyntaxFault::UnexpectedEnd,
        ErrorKind::UnclosedFlowCollection { .. } => SyntaxFault::BracketNotClosed,
        ErrorKind::MisplacedFlowCollectionEnd | ErrorKind::MismatchedFlowCollectionEnd { .. } => {
            SyntaxFault::BracketMismatch
        }
        ErrorKind::UnknownQuotedScalarEscape
        | ErrorKind::InvalidQuotedScalarHexEscape
        | ErrorKind::InvalidLowSurrogateHexEscape
        | ErrorKind::InvalidLowSurrogate
        | ErrorKind::MissingLowSurrogate
        | ErrorKind::UnpairedLowSurrogate
        | ErrorKind::InvalidUnicodeEscape => SyntaxFault::Escape,
        ErrorKind::UnexpectedCharacter { .. }
        | ErrorKind::PlainScalarStartsWithDashFlowIndicator => SyntaxFault::Character,
        ErrorKind::InvalidTrailingSingleQuotedScalar
        | ErrorKind::InvalidTrailingDoubleQuotedScalar => SyntaxFault::AfterQuote,
        _ => SyntaxFault::Other,
    }
}

fn budget_finding(breach: &serde_saphyr::budget::BudgetBreach) -> Finding {
    use serde_saphyr::budget::BudgetBreach;
    match breach {
        BudgetBreach::Depth { .. } => Finding::NestingTooDeep { max: MAX_DEPTH },
        BudgetBreach::Aliases { .. }
        | BudgetBreach::Anchors { .. }
        | BudgetBreach::RecordedAnchorEvents { .. }
        | BudgetBreach::RecordedAnchorBytes { .. } => Finding::AliasBomb,
        BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => {
            Finding::TooManyNodes { max: MAX_NODES }
        }
        BudgetBreach::ScalarBytes { .. } | BudgetBreach::InputBytes { .. } => {
            Finding::SafetyLimit { limit: Limit::Text }
        }
        BudgetBreach::Documents { .. } => Finding::SafetyLimit {
            limit: Limit::Documents,
        },
        BudgetBreach::MergeKeys { .. } => Finding::SafetyLimit {
            limit: Limit::MergeKeys,
        },
        BudgetBreach::SequenceUnbalanced => Finding::SafetyLimit {
            limit: Limit::Unbalanced,
        },
        _ => Finding::SafetyLimit {
            limit: Limit::Other,
        },
    }
}

/// Whether the fault is one of structure (a key unknown, missing or twice, a value of the
/// wrong type) rather than of syntax or a limit: past it, the file can still be read.
pub(super) fn is_structural(err: &YamlError) -> bool {
    matches!(
        innermost(err.without_snippet()),
        YamlError::Message { .. }
            | YamlError::Unexpected { .. }
            | YamlError::InvalidScalar { .. }
            | YamlError::NullIntoString { .. }
            | YamlError::InvalidBooleanStrict { .. }
            | YamlError::NonFiniteFloat { .. }
            | YamlError::SerdeInvalidType { .. }
            | YamlError::SerdeInvalidValue { .. }
            | YamlError::SerdeInvalidLength { .. }
            | YamlError::SerdeUnknownVariant { .. }
            | YamlError::SerdeUnknownField { .. }
            | YamlError::SerdeMissingField { .. }
            | YamlError::DuplicateMappingKey { .. }
    )
}

/// The error itself, out of the alias expansions that wrap it.
pub(super) fn innermost(err: &YamlError) -> &YamlError {
    match err {
        YamlError::AliasError { error, .. } => innermost(error.without_snippet()),
        other => other,
    }
}

/// What serde found instead (its `Unexpected`, as text), by kind; `None` when it says
/// nothing a reader can use.
fn found_name(unexpected: &str) -> Option<ValueType> {
    let kinds = [
        ("boolean", ValueType::YesNo),
        ("integer", ValueType::Number),
        ("floating point", ValueType::Number),
        ("string", ValueType::Text),
        ("character", ValueType::Text),
        ("sequence", ValueType::List),
        ("map", ValueType::Keys),
        ("unit value", ValueType::Nothing),
        ("Option value", ValueType::Nothing),
    ];
    kinds
        .iter()
        .find(|(kind, _)| unexpected.starts_with(kind))
        .map(|(_, kind)| *kind)
}

/// What serde, serde-saphyr or a reader of `plan` expected, by kind.
fn type_name(expected: &str) -> ValueType {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "an integer" => {
            ValueType::WholeNumber
        }
        "f32" | "f64" | "floating point" => ValueType::Number,
        "bool" | "a boolean" => ValueType::TrueOrFalse,
        "string" | "String" | "string scalar" | "a string" => ValueType::Text,
        "sequence start" | "a sequence" => ValueType::List,
        "mapping start" | "a map" => ValueType::Keys,
        other if other.starts_with("struct ") => ValueType::Keys,
        crate::model::VALUE_EXPECTING => ValueType::NumberOrYesNo,
        FILE_EXPECTING => ValueType::PlanOrMeasurements,
        KEY_EXPECTING => ValueType::Key,
        _ => ValueType::Other,
    }
}

/// The lines of `text`, each without its line break, as YAML counts them.
fn text_lines(text: &str) -> impl Iterator<Item = &str> {
    let index = LineIndex::new(text);
    (1..=index.count()).map(move |line| &text[index.range(line)])
}

fn indent(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ').count()
}

fn is_blank_or_comment(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty() || trimmed.starts_with('#')
}

/// The first key of the block mapping whose key at `pos` serde-saphyr reported: the
/// line of the `- ` item or of the first key at the same indentation.
fn mapping_start(text: &str, pos: Pos) -> Pos {
    let lines: Vec<&str> = text_lines(text).collect();
    let column = pos.column as usize;
    let Some(first) = lines.get((pos.line as usize).saturating_sub(1)) else {
        return pos;
    };
    if column == 0 || indent(first) + 1 != column && !first.trim_start().starts_with("- ") {
        return pos;
    }
    let mut start = pos.line as usize;
    for number in (1..=pos.line as usize).rev() {
        let line = lines[number - 1];
        if is_blank_or_comment(line) {
            continue;
        }
        let spaces = indent(line);
        let item = line[spaces..].starts_with("- ") && spaces + 3 == column;
        if item {
            start = number;
            break;
        }
        if spaces + 1 == column {
            start = number;
        } else if spaces + 1 < column {
            break;
        }
    }
    let key_len = lines[start - 1]
        .chars()
        .skip(column - 1)
        .take_while(|c| *c != ':')
        .count();
    Pos::new(start as u32, column as u32, key_len.max(1) as u32)
}

/// The `---` line that starts the document reported at `pos` (or `pos` itself).
fn document_start(text: &str, pos: Pos) -> Pos {
    text_lines(text)
        .enumerate()
        .take(pos.line as usize)
        .filter(|(_, line)| line.starts_with("---"))
        .last()
        .map_or(pos, |(i, _)| Pos::new(i as u32 + 1, 1, 3))
}

/// The tab the parser met, written in the indentation (the spaces, tabs and `-` that
/// start a line): on the line of `pos` before its column, or when the parser's words
/// name a tab (`about_tab`: it reports the start of the plain scalar it was reading), on
/// the first line from there whose indentation holds one.
fn tab_at(text: &str, pos: Pos, about_tab: bool) -> Option<Pos> {
    let indentation_tab = |line: &str| {
        line.chars()
            .take_while(|c| matches!(c, ' ' | '\t' | '-'))
            .position(|c| c == '\t')
    };
    let mut lines = text_lines(text)
        .enumerate()
        .skip((pos.line as usize).saturating_sub(1));
    let (i, line) = lines.next()?;
    if let Some(column) = indentation_tab(line).filter(|c| *c < pos.column as usize) {
        return Some(Pos::new(i as u32 + 1, column as u32 + 1, 1));
    }
    if !about_tab {
        return None;
    }
    lines
        .filter(|(_, line)| !line.trim().is_empty())
        .find_map(|(i, line)| {
            indentation_tab(line).map(|column| Pos::new(i as u32 + 1, column as u32 + 1, 1))
        })
}

/// Whether a quote or bracket starting at this character starts a value: after `:`,
/// `-`, `?`, `[`, `{`, `,` or at the start of a line (`previous` is the last character
/// that is not a space).
fn starts_value(previous: Option<char>) -> bool {
    previous.is_none_or(|p| matches!(p, ':' | '-' | '?' | '[' | '{' | ','))
}

/// Where the quoted text that ends just before `pos` opens, when it opens on an earlier
/// line: a quote left open runs on over the lines after it, up to the next quote.
fn quote_opening(text: &str, pos: Pos) -> Option<Pos> {
    let mut open: Option<(char, Pos)> = None;
    let mut last = None;
    for (i, line) in text_lines(text).enumerate().take(pos.line as usize) {
        let line_number = i as u32 + 1;
        let mut previous: Option<char> = None;
        let mut last_raw: Option<char> = None;
        let mut chars = line.chars().enumerate().peekable();
        while let Some((column, c)) = chars.next() {
            if line_number == pos.line && column as u32 + 1 >= pos.column {
                break;
            }
            let after_space = last_raw.is_none_or(char::is_whitespace);
            last_raw = Some(c);
            match open {
                Some(('\'', at)) if c == '\'' => {
                    if chars.peek().is_some_and(|(_, n)| *n == '\'') {
                        chars.next();
                    } else {
                        open = None;
                        last = Some(at);
                    }
                }
                Some(('"', _)) if c == '\\' => {
                    chars.next();
                }
                Some(('"', at)) if c == '"' => {
                    open = None;
                    last = Some(at);
                }
                Some(_) => {}
                None => {
                    match c {
                        '#' if after_space => break,
                        '\'' | '"' if starts_value(previous) => {
                            open = Some((c, Pos::new(line_number, column as u32 + 1, 1)));
                        }
                        _ => {}
                    }
                    if !c.is_whitespace() {
                        previous = Some(c);
                    }
                }
            }
        }
    }
    last.filter(|at| at.line < pos.line)
}

/// The innermost `[` or `{` opened on a line before `pos` and still open there.
fn unclosed_bracket(text: &str, pos: Pos) -> Option<Pos> {
    let mut open: Vec<Pos> = Vec::new();
    for (i, line) in text_lines(text).enumerate().take(pos.line as usize) {
        let line_number = i as u32 + 1;
        let mut quote: Option<char> = None;
        // The last significant character: a `[`, `{` or quote starts a flow value only
        // after one of these (or at the start of a line).
        let mut previous: Option<char> = None;
        let mut last_raw: Option<char> = None;
        let mut chars = line.chars().enumerate().peekable();
        while let Some((column, c)) = chars.next() {
            let after_space = last_raw.is_none_or(char::is_whitespace);
            last_raw = Some(c);
            if line_number == pos.line && column as u32 + 1 >= pos.column {
                break;
            }
            match quote {
                Some('\'') if c == '\'' => {
                    if chars.peek().is_some_and(|(_, n)| *n == '\'') {
                        chars.next();
                    } else {
                        quote = None;
                    }
                }
                Some('"') if c == '\\' => {
                    chars.next();
                }
                Some('"') if c == '"' => quote = None,
                Some(_) => {}
                None => {
                    let starts_value = starts_value(previous);
                    match c {
                        '#' if after_space => break,
                        '\'' | '"' if starts_value || !open.is_empty() => quote = Some(c),
                        '[' | '{' if starts_value || !open.is_empty() => {
                            open.push(Pos::new(line_number, column as u32 + 1, 1));
                        }
                        ']' | '}' if !open.is_empty() => {
                            open.pop();
                        }
                        _ => {}
                    }
                    if !c.is_whitespace() {
                        previous = Some(c);
                    }
                }
            }
        }
    }
    open.pop().filter(|bracket| bracket.line < pos.line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_was_found_by_kind() {
        assert_eq!(found_name("sequence"), Some(ValueType::List));
        assert_eq!(found_name("string \"x\""), Some(ValueType::Text));
        assert_eq!(found_name("map"), Some(ValueType::Keys));
        assert_eq!(found_name("integer `5`"), Some(ValueType::Number));
        assert_eq!(found_name("newtype struct"), None);
    }

    #[test]
    fn mapping_start_of_a_list_item() {
        let text = "items:\n  - id: a\n    label: x\n    baseline: 2\n";
        assert_eq!(mapping_start(text, Pos::new(4, 5, 8)), Pos::new(2, 5, 2));
    }

    #[test]
    fn mapping_start_of_the_top_level() {
        let text = "# comment\nid: a\nyear: 2023\nsectors:\n  - id: S1\n";
        assert_eq!(mapping_start(text, Pos::new(4, 1, 7)), Pos::new(2, 1, 2));
    }

    #[test]
    fn mapping_start_of_a_nested_mapping() {
        let text = "a:\n  shares:\n    results: x\n    other: y\n";
        assert_eq!(mapping_start(text, Pos::new(4, 5, 5)), Pos::new(3, 5, 7));
    }

    #[test]
    fn document_start_is_the_separator() {
        let text = "a: 1\n---\nb: 2\n";
        assert_eq!(document_start(text, Pos::new(3, 1, 1)), Pos::new(2, 1, 3));
        assert_eq!(
            document_start("a: 1\n", Pos::new(1, 2, 1)),
            Pos::new(1, 2, 1)
        );
    }

    #[test]
    fn tab_is_found_where_it_is() {
        // After a plain scalar, reported at the scalar's start.
        let text = "a:\n  - b\n\t- c\n";
        assert_eq!(
            tab_at(text, Pos::new(2, 5, 1), true),
            Some(Pos::new(3, 1, 1))
        );
        let text = "title: abc\n  def\n\n\t  more\n";
        assert_eq!(
            tab_at(text, Pos::new(1, 8, 1), true),
            Some(Pos::new(4, 1, 1))
        );
        // Reported after it on its line.
        let text = "s:\n  - {a: 1,\n \t b: 2}\n";
        assert_eq!(
            tab_at(text, Pos::new(3, 4, 1), false),
            Some(Pos::new(3, 2, 1))
        );
        let text = "a:\n  -\t- x\n";
        assert_eq!(
            tab_at(text, Pos::new(2, 5, 1), false),
            Some(Pos::new(2, 4, 1))
        );
        // None before the report, and the words name none.
        assert_eq!(tab_at("a: b\tc\n", Pos::new(1, 6, 1), false), None);
    }

    #[test]
    fn quote_left_open() {
        let text = "a: 1\nb: \"abc\nc: 3\nd: \"x\"\n";
        assert_eq!(
            quote_opening(text, Pos::new(4, 5, 1)),
            Some(Pos::new(2, 4, 1))
        );
        let text = "a: 'l''école'\nb: 'x'y\n";
        assert_eq!(quote_opening(text, Pos::new(2, 7, 1)), None);
    }

    #[test]
    fn bracket_left_open() {
        let text = "title: [Assurer la présence\nresults:\n  - x\n";
        assert_eq!(
            unclosed_bracket(text, Pos::new(2, 8, 1)),
            Some(Pos::new(1, 8, 1))
        );
        let closed = "title: [a, b]\nlabel: Nombre d'heures [sic\nx: y\n";
        assert_eq!(unclosed_bracket(closed, Pos::new(3, 2, 1)), None);
        let quoted = "a: \"[x\"\nb: '{'\nc: d\n";
        assert_eq!(unclosed_bracket(quoted, Pos::new(3, 2, 1)), None);
    }
}
