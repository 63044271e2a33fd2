//! The words of findings, in one place: each finding's message, the label under its
//! caret, the labels of the other places it points at, its help line, what each code
//! catches, and the summary of a run. Every diagnostic format (human, short, json,
//! github, sarif) takes its words here; translating them touches no check.
//!
//! Part of `render`: imports `compute` (for the filters) and the leaves.

use std::collections::BTreeMap;

use crate::calendar::DateError;
use crate::compute::report::{FilterOption, UnknownFilter};
use crate::diagnostic::{
    Code, Content, Diagnostic, FileKind, Finding, KEPT_PER_CODE, Mapping, Severity, ShareProblem,
    Shared, SyntaxFault, Utf8Fault, ValueKindExpected, ValueProblem,
};
use crate::model::Level;
use crate::place::Place;
use crate::target::{Ambiguity, Mark, NumberFault, TargetError, ValueFault};

/// The help of a limit against hostile input.
const LIMIT_HELP: &str =
    "a limit against hostile input: plan and measurements files need no aliases nor deep nesting";

/// How to save a workbook or a file in another encoding as the CSV that `plan` reads.
const SAVE_AS_CSV_UTF8: &str = "save it as CSV UTF-8 (Excel: File › Save as › CSV UTF-8)";

/// `row 5` or `rows 5 to 9`.
fn rows(first: u32, last: u32) -> String {
    if first == last {
        format!("row {first}")
    } else {
        format!("rows {first} to {last}")
    }
}

/// `` `a`, `b` ``: names quoted and joined.
fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(" or ")
}

fn level(level: Level) -> &'static str {
    match level {
        Level::Plan => "plan",
        Level::Sector => "sector",
        Level::GeneralObjective => "general objective",
        Level::StrategicObjective => "strategic objective",
        Level::Project => "project",
        Level::OperationalObjective => "operational objective",
        Level::Indicator => "indicator",
    }
}

// Lenient reading of YAML files (issue 11).

/// A kind of mapping, as the help of a misplaced key names it: `an indicator`.
fn mapping(mapping: Mapping) -> String {
    match mapping {
        Mapping::Level(Level::Plan) => "the plan (top of the file)".into(),
        Mapping::Level(Level::Indicator) => "an indicator".into(),
        Mapping::Level(Level::OperationalObjective) => "an operational objective".into(),
        Mapping::Level(l) => format!("a {}", level(l)),
        Mapping::Shares => "`shares`".into(),
        Mapping::Target => "a target written as `op`, `value`, `unit`, `per`".into(),
        Mapping::MeasurementsFile => "the top of a measurements file".into(),
        Mapping::Measurement => "a measurement".into(),
    }
}

/// `1 file read only in part`: the files whose reading stopped at a fault.
pub fn read_in_part(files: usize) -> String {
    format!("{} read only in part", plural(files, "file"))
}

fn shared(list: Shared) -> &'static str {
    match list {
        Shared::Results => "results",
        Shared::Indicators => "indicators",
    }
}

/// ``did you mean `x`?``: the one wording of every suggestion.
fn did_you_mean(best: &str) -> String {
    format!("did you mean `{best}`?")
}

/// A help line led by its suggestion, when there is one.
fn suggested(suggestion: Option<&str>, rest: &str) -> String {
    match suggestion {
        Some(best) => format!("{} {rest}", did_you_mean(best)),
        None => rest.to_string(),
    }
}

/// `--service GPD matches nothing in the plan: did you mean `GDP`?`
pub fn unknown_filter(unknown: &UnknownFilter) -> String {
    let option = match unknown.option {
        FilterOption::Sector => "--sector",
        FilterOption::Service => "--service",
        FilterOption::Indicator => "--indicator",
    };
    let hint = match &unknown.suggestion {
        Some(best) => format!(": {}", did_you_mean(best)),
        None => String::new(),
    };
    format!(
        "{option} {} matches nothing in the plan{hint}",
        unknown.value
    )
}

/// Why a date or period cannot be read.
pub fn date_error(error: &DateError) -> String {
    match error {
        DateError::NotADate(text) => format!("`{text}` is not a date written YYYY-MM-DD"),
        DateError::NoSuchDay(text) => format!("`{text}` is not a date of the calendar"),
        DateError::NotAPeriod(text) => {
            format!("`{text}` is not a period (2023, 2023-Q1, 2023-03 or 2023-W05)")
        }
        DateError::NoSuchPeriod(text) => format!("`{text}` names a period that does not exist"),
    }
}

fn header_help() -> String {
    "the header is plan,indicator,date,period,value,note".to_string()
}

fn target_error(error: &TargetError) -> String {
    match error {
        TargetError::Empty => "target is empty".into(),
        TargetError::NoOperator(text) => {
            format!("`{text}` is not a comparison (>=, >, <=, <, =, ≥, ≤, >/=) nor a yes/no target")
        }
        TargetError::NoNumber { op, text } => format!("expected a number after `{op}` in `{text}`"),
        TargetError::UnknownPeriod(word) => format!("unknown period `{word}`"),
        TargetError::BadBoolean(text) => format!("`{text}` is not a yes/no pair"),
        TargetError::UnknownOperator(op) => {
            format!("unknown operator `{op}` in the target's `op:`")
        }
        TargetError::BadNumber => "target number must be between 0 and 10^12".into(),
        TargetError::NumberForm { text, fault } => format!("`{text}` {}", number_fault(*fault)),
        TargetError::AmbiguousNumber { text, ambiguity } => format!(
            "`{text}` could be {} or {}: is `{}` between thousands or before decimals?",
            ambiguity.as_thousands,
            ambiguity.as_decimal,
            ambiguity.mark.char()
        ),
    }
}

/// The periods of SPEC §2.2.
const PERIODS: &str =
    "day|jour|dag, week|semaine, month|mois|maand, quarter|trimestre|kwartaal, year|an|année|jaar";

fn target_help(error: &TargetError) -> String {
    match error {
        TargetError::UnknownPeriod(words) if words.contains(' ') => format!(
            "a period is one word ({PERIODS}): write the target per one of them, or as a yearly total without a period"
        ),
        TargetError::UnknownPeriod(_) => format!("periods: {PERIODS}"),
        TargetError::BadBoolean(_) => {
            "write a yes/no target as `Oui/Non` (yes expected), `oui`, `non`, `ja`, `nee`, `yes`, `no`".into()
        }
        TargetError::NumberForm { text, fault } => number_help(*fault, text),
        TargetError::AmbiguousNumber { ambiguity, .. } => ambiguity_help(ambiguity),
        _ => "write a target like `>= 12 par an`, `>/= 3 heures/jour`, `<= 5 %` or `Oui/Non`".into(),
    }
}

/// What a fault of YAML syntax is, in the words of a plan's author.
fn syntax(fault: SyntaxFault) -> &'static str {
    match fault {
        SyntaxFault::KeyNotAllowed => "a `:` here starts a key where no key can stand",
        SyntaxFault::ItemNotAllowed => "a list item (`- `) cannot stand here",
        SyntaxFault::KeyExpected => {
            "a `key: value` line, or a `,` between items, was expected here"
        }
        SyntaxFault::Indentation => "this line is not indented like the lines it belongs with",
        SyntaxFault::UnexpectedEnd => "the file ends before the list or the keys above are closed",
        SyntaxFault::BracketNotClosed => "this bracket is never closed",
        SyntaxFault::BracketMismatch => "this bracket closes no bracket opened before it",
        SyntaxFault::Escape => "a `\\` in double quotes starts an escape that YAML does not know",
        SyntaxFault::Character => "this character cannot start a value",
        SyntaxFault::AfterQuote => "text after a closing quote",
        SyntaxFault::Other => "this cannot be read as YAML",
    }
}

/// What to do about a fault of YAML syntax.
fn syntax_help(fault: SyntaxFault) -> &'static str {
    match fault {
        SyntaxFault::KeyNotAllowed => {
            "put text that holds `: ` between quotes ('Nombre : 12'), or check the indentation of this line"
        }
        SyntaxFault::ItemNotAllowed | SyntaxFault::KeyExpected | SyntaxFault::Indentation => {
            "check the indentation: the keys of one item start in the same column, with spaces"
        }
        SyntaxFault::UnexpectedEnd => "check the last lines: is a bracket or a quote left open?",
        SyntaxFault::BracketNotClosed | SyntaxFault::BracketMismatch => {
            "close each `[` with `]` and each `{` with `}`, or put text that holds a bracket between quotes"
        }
        SyntaxFault::Escape => {
            "write the text between single quotes ('…'), or write `\\\\` for a backslash"
        }
        SyntaxFault::Character => {
            "put the value between quotes when it starts with `@`, `` ` ``, `%`, `|` or `>`"
        }
        SyntaxFault::AfterQuote => "put the whole value between the quotes, or none of it",
        SyntaxFault::Other => "check the quotes, brackets, colons and indentation here",
    }
}

/// What is wrong with a number as written, after the number: "`1e3` is written with an
/// exponent".
fn number_fault(fault: NumberFault) -> &'static str {
    match fault {
        NumberFault::Exponent => "is written with an exponent",
        NumberFault::Radix => "is written in another base than ten",
        NumberFault::Underscore => "groups its digits with `_`",
        NumberFault::NoLeadingDigit => "has no digit before its decimal mark",
        NumberFault::Grouping => "has separators where no number has them",
    }
}

/// How to write a number that was not read.
fn number_help(fault: NumberFault, text: &str) -> String {
    match fault {
        NumberFault::Exponent | NumberFault::Radix => {
            "write numbers in plain digits, with a decimal comma or point: 1000, 2,5, 1 000".into()
        }
        NumberFault::Underscore => "write thousands without `_`: 1000 or 1 000".into(),
        NumberFault::NoLeadingDigit => format!("write a digit before the decimal mark: 0{text}"),
        NumberFault::Grouping => "group thousands by three (1 000, 1.000,5) or not at all (1000), with one decimal mark (2,5)".into(),
    }
}

/// A number written with `mark` and at least one decimal: `1,0`, `12,5`.
fn with_decimals(n: f64, mark: Mark) -> String {
    let text = n.to_string();
    let text = if text.contains('.') {
        text
    } else {
        text + ".0"
    };
    text.replace('.', &mark.char().to_string())
}

/// How to say which of two readings a number means: "write 1000 or 1,0 to say which".
fn ambiguity_help(ambiguity: &Ambiguity) -> String {
    format!(
        "write {} or {} to say which",
        ambiguity.as_thousands,
        with_decimals(ambiguity.as_decimal, ambiguity.mark)
    )
}

/// The message of a finding.
pub fn message(finding: &Finding) -> String {
    match finding {
        Finding::Syntax { fault } => syntax(*fault).into(),
        Finding::Tab => "a tab is used for indentation".into(),
        Finding::SecondDocument => {
            "a second YAML document: a file holds one plan or one measurements list".into()
        }
        Finding::UnclosedBracket { .. } => "this bracket is never closed".into(),
        Finding::UnclosedQuote { stopped: Some(_) } => {
            "this quote is not closed on its line: its text runs on over the next lines".into()
        }
        Finding::UnclosedQuote { stopped: None } => "this quote is never closed".into(),
        Finding::TooManyFields { found, expected } => {
            format!("row has {found} fields, the header {expected}")
        }
        Finding::TooFewFields { found, expected } => {
            format!("row has {}, the header {expected}", plural(*found, "field"))
        }
        Finding::UnclosedCsvQuote { swallowed, .. } => match swallowed {
            Some((first, last)) => format!(
                "a quote opened here is not closed on its row: {} would be read as part of this field",
                rows(*first, *last)
            ),
            None => "a quote opened here is never closed".into(),
        },
        Finding::UnreadableRow { message } => format!("unreadable CSV row: {message}"),
        Finding::InvalidUtf8 {
            fault: Utf8Fault::Windows1252 { rows },
        } => {
            let looks = "file is not UTF-8: it looks like Windows-1252, as Excel saves \"CSV (séparateur: point-virgule)\"";
            match rows {
                Some(n) => format!(
                    "{looks}; {} with such characters {} not read",
                    plural(*n, "row"),
                    if *n == 1 { "is" } else { "are" }
                ),
                None => format!("{looks}; its header cannot be read, so the file is not read"),
            }
        }
        Finding::InvalidUtf8 { .. } => "file is not valid UTF-8".into(),
        Finding::UnknownFileKind { content } => {
            let what = match content {
                Content::OtherMapping => "this file has neither a `sectors:` nor a `measurements:` key",
                Content::List => "the file is a list",
                Content::Scalar => "the file is a single value",
                Content::Empty => "the file is empty",
                Content::EmptyCsv => return "the file is empty".into(),
                Content::Export => {
                    return "this CSV file is an export of `plan export`, not measurements".into();
                }
                Content::Workbook => {
                    return "a workbook: measurements are read from CSV or YAML files, not yet from workbooks".into();
                }
            };
            format!(
                "{what}: expected a plan (a file with a `sectors:` key) or measurements (a file with a `measurements:` key)"
            )
        }
        Finding::DuplicateKey { key: Some(key) } => format!("duplicate key `{key}`"),
        Finding::DuplicateKey { key: None } => "duplicate key".into(),
        Finding::DuplicateColumn { name } => format!("duplicate column `{name}`"),
        Finding::UnknownKey { key, .. } => format!("unknown key `{key}`"),
        Finding::MisplacedKey { key, .. } => format!("key `{key}` does not belong here"),
        Finding::UnknownColumn { name, .. } => format!("unknown column `{name}`"),
        Finding::MissingKey { key } => format!("missing key `{key}`"),
        Finding::MissingColumn { names } => format!("missing column {}", quoted(names)),
        Finding::EmptyCell { column } => format!("empty `{column}` cell"),
        Finding::WrongType {
            found: Some(found),
            expected,
        } => format!("wrong type: found {found}, expected {expected}"),
        Finding::WrongType {
            found: None,
            expected,
        } => format!("wrong type: expected {expected}"),
        Finding::UnknownValue { value, .. } => format!("unknown value `{value}`"),
        Finding::TargetShape => {
            "wrong type: expected a target such as `>= 12 par an`, or the keys op, value, unit and per".into()
        }
        Finding::NotAValue { text, .. } => format!("`{text}` is neither a number nor yes/no"),
        Finding::FileTooLarge { size, limit, .. } => {
            format!("file is {size} bytes, larger than the limit of {limit} bytes: not read")
        }
        Finding::KindUndecided { limit } => format!(
            "no `sectors` or `measurements` key in the first {limit} bytes: not read further"
        ),
        Finding::NestingTooDeep { max } => format!("nesting deeper than {max} levels"),
        Finding::AliasBomb => "aliases expand to too much data (an alias bomb?)".into(),
        Finding::TooManyNodes { max } => format!("more than {max} YAML nodes in one file"),
        Finding::SafetyLimit { breach } => format!("the file exceeds a safety limit ({breach})"),
        Finding::RowTooLong { limit } => {
            format!("a row longer than {limit} bytes: the rest of the file is not read")
        }
        Finding::ReadStopped { cause } => format!("{cause}: the rest of the file is not read"),
        Finding::EmptyFolder => {
            "this folder holds no plan or measurements file: nothing was read from it".into()
        }
        Finding::NoMeasurements { plan, read, .. } => match read {
            0 => format!(
                "no measurements were read: every indicator of plan `{plan}` will show as no data"
            ),
            1 => format!(
                "the one measurement read is not for plan `{plan}`: every indicator will show as no data"
            ),
            _ => format!(
                "none of the {read} measurements read is for plan `{plan}`: every indicator will show as no data"
            ),
        },
        Finding::InvalidId { level: l, id } => format!("invalid {} id `{id}`", level(*l)),
        Finding::DuplicateId { id, .. } => format!("duplicate id `{id}`"),
        Finding::InvalidTarget { error } => format!("invalid target: {}", target_error(error)),
        Finding::InvalidShare {
            reference,
            list,
            problem,
        } => {
            let what = shared(*list);
            match problem {
                ShareProblem::Itself => format!("`{reference}` cannot share its own {what}"),
                ShareProblem::NotInProject { service } => {
                    format!("`{reference}` is not an operational objective of project `{service}`")
                }
                ShareProblem::AlsoOwn { objective } => format!(
                    "`{objective}` shares the {what} of `{reference}` but also lists its own"
                ),
                ShareProblem::OwnerShares => format!(
                    "`{reference}` itself shares its {what}: point at the objective that holds them"
                ),
                ShareProblem::NothingToShare => format!("`{reference}` has no {what} to share"),
            }
        }
        Finding::DuplicatePlanId { id } => {
            format!("plan id `{id}` is already declared by another file")
        }
        Finding::SecondPlan { commune, year, .. } => format!("a second plan for {commune} {year}"),
        Finding::YearOutOfRange { year } => format!("year {year} is out of range"),
        Finding::ThresholdOutOfRange { value } => {
            format!("partial_threshold {value} is not a percentage between 0 and 100")
        }
        Finding::BooleanBaseline => "a yes/no target has no baseline".into(),
        Finding::BooleanAggregate => "a yes/no target takes no `aggregate`".into(),
        Finding::BaselineBeyondTarget { baseline, target } => {
            format!("baseline {baseline} is already beyond the target `{target}`")
        }
        Finding::BaselineOutOfRange { baseline } => {
            format!("baseline {baseline} is not a number from 0 to 10^12")
        }
        Finding::HandledWithProjects { id, by } => {
            format!("strategic objective `{id}` is handled by {by} but has projects")
        }
        Finding::NoIndicator { id } => format!("operational objective `{id}` has no indicator"),
        Finding::EmptyStrategicObjective { id } => {
            format!("strategic objective `{id}` has no operational objective")
        }
        Finding::UnknownPlan { id, .. } => format!("unknown plan `{id}`"),
        Finding::UnknownIndicator { id, plan, .. } => {
            format!("unknown indicator `{id}` in plan `{plan}`")
        }
        Finding::ValueKind {
            indicator,
            expected,
        } => {
            let (kind, found) = match expected {
                ValueKindExpected::YesNo => ("a yes/no", "a number"),
                ValueKindExpected::Number => ("a numeric", "yes/no"),
            };
            format!("`{indicator}` has {kind} target, but this value is {found}")
        }
        Finding::InvalidValue { problem } => match problem {
            ValueProblem::NotFinite => "value is not a finite number".into(),
            ValueProblem::Negative(n) => format!("negative value {n}"),
            ValueProblem::TooLarge(n) => format!("value {n} is larger than 10^12"),
        },
        Finding::InvalidDate { error, .. } => date_error(error),
        Finding::DateAndPeriod => "a measurement has a `date` or a `period`, not both".into(),
        Finding::NoDateNorPeriod => "a measurement needs a `date` or a `period`".into(),
        Finding::CoarseGranularity { kind, per } => format!(
            "a {} total cannot be judged against a per-{} target",
            kind.name(),
            per.name()
        ),
        Finding::OutsideYear { year } => format!("measurement outside the plan's year {year}"),
        Finding::DuplicateMeasurement { indicator } => {
            format!("`{indicator}` is measured twice for the same date or period")
        }
        Finding::AmbiguousNumber { text, ambiguity } => {
            let mark = match ambiguity.mark {
                Mark::Comma => "comma",
                Mark::Point => "point",
            };
            format!(
                "`{text}` was read as {} (decimal {mark})",
                ambiguity.as_decimal
            )
        }
    }
}

/// The message of a finding for a format that places findings on lines only (github,
/// sarif): a workbook cell is named after it.
pub fn message_at(finding: &Finding, place: &Place) -> String {
    naming_cell(message(finding), place)
}

/// The label of another place of a finding, for a format that places findings on lines
/// only: a workbook cell is named after it.
pub fn related_at(finding: &Finding, place: &Place) -> String {
    naming_cell(related(finding), place)
}

/// `text (GDP!E12)` when `place` is a cell.
fn naming_cell(text: String, place: &Place) -> String {
    match place {
        Place::Cell(cell) => format!("{text} ({})", cell.reference()),
        Place::Text(_) | Place::Whole => text,
    }
}

/// The label under the caret of a finding's place, where one helps.
pub fn caret(finding: &Finding) -> Option<String> {
    Some(match finding {
        Finding::InvalidUtf8 { fault } => match fault {
            Utf8Fault::Byte => "invalid byte here".into(),
            Utf8Fault::Utf16 => "a UTF-16 byte-order mark".into(),
            Utf8Fault::Windows1252 { .. } => "not UTF-8: the first such character".into(),
        },
        Finding::NoMeasurements { indicators, .. } => {
            format!("{} without a measurement", plural(*indicators, "indicator"))
        }
        Finding::InvalidId { .. } => {
            "ids are letters, digits, `.`, `_` and `-`, starting with a letter or digit".into()
        }
        Finding::DuplicateId { level: l, .. } => format!("{} declared again here", level(*l)),
        Finding::InvalidTarget { .. } => "cannot read this target".into(),
        Finding::UnclosedBracket { .. }
        | Finding::UnclosedQuote { .. }
        | Finding::UnclosedCsvQuote { .. } => "opened here".into(),
        _ => return None,
    })
}

/// The label of the other place a finding points at.
pub fn related(finding: &Finding) -> String {
    match finding {
        Finding::DuplicateId { first_level, .. } => {
            format!("first declared as {} here", level(*first_level))
        }
        Finding::UnclosedBracket { stopped }
        | Finding::UnclosedQuote {
            stopped: Some(stopped),
        } => {
            format!("the parser stopped here: {}", message(stopped))
        }
        Finding::DuplicatePlanId { .. } => "first declared here".into(),
        Finding::SecondPlan { first_plan, .. } => {
            format!("plan `{first_plan}` is for the same commune and year")
        }
        Finding::DuplicateMeasurement { .. } => "first measured here".into(),
        _ => "see".into(),
    }
}

/// The help line of a finding, where one helps.
pub fn help(finding: &Finding) -> Option<String> {
    let text: String = match finding {
        Finding::Syntax { fault } => syntax_help(*fault).into(),
        Finding::UnreadableRow { .. } => return None,
        Finding::Tab => {
            "indent with spaces: YAML does not allow tabs for indentation".into()
        }
        Finding::SecondDocument => {
            "remove the `---` line and what follows, or move it to a file of its own".into()
        }
        Finding::UnclosedBracket { stopped } => match stopped.as_ref() {
            Finding::Tab => return help(stopped),
            _ => "close the list or the keys it opens with `]` or `}`, or put text that holds a bracket between quotes".into(),
        },
        Finding::UnclosedQuote { .. } => "close the quote on the line where it opens; a quote inside the text is written twice between '…' ('l''école') or as \\\" between \"…\"".into(),
        Finding::TooManyFields { .. } => "quote a value that holds the separator: \"a, b\"".into(),
        Finding::TooFewFields { .. } => {
            "every row has a field for each column of the header: an empty one is nothing between two separators (,,)".into()
        }
        Finding::UnclosedCsvQuote { in_header, .. } => {
            if *in_header {
                "close the quote, or remove it: the rest of the file is not read".into()
            } else {
                "close the quote, or remove it: this row is skipped, and the rows after it are read as rows".into()
            }
        }
        Finding::InvalidUtf8 {
            fault: Utf8Fault::Windows1252 { .. },
        } => SAVE_AS_CSV_UTF8.into(),
        Finding::InvalidUtf8 { .. } => "save the file as UTF-8".into(),
        Finding::UnknownFileKind { content } => match content {
            Content::EmptyCsv => header_help(),
            Content::Export => {
                "keep exports out of the folders given to `plan`, or name the files to read".into()
            }
            Content::Workbook => SAVE_AS_CSV_UTF8.into(),
            _ => "a plan file has `id`, `commune`, `year`, `title` and `sectors`; a measurements file has `plan` and `measurements`".into(),
        },
        Finding::DuplicateKey { .. } => {
            "a key may appear once in the same block of keys: remove or rename one of them".into()
        }
        Finding::DuplicateColumn { .. } => return None,
        Finding::UnknownKey {
            allowed,
            suggestion,
            ..
        } => suggested(
            suggestion.as_deref(),
            &format!("allowed keys here: {}", allowed.join(", ")),
        ),
        Finding::MisplacedKey {
            key,
            belongs,
            allowed,
        } => format!(
            "`{key}` is a key of {}: check its indentation; allowed keys here: {}",
            belongs
                .iter()
                .map(|m| mapping(*m))
                .collect::<Vec<_>>()
                .join(" or "),
            allowed.join(", ")
        ),
        Finding::UnknownColumn { suggestion, .. } => {
            suggested(suggestion.as_deref(), &header_help())
        }
        Finding::MissingKey { key } => format!("add `{key}:` beside the other keys here"),
        Finding::MissingColumn { .. } => header_help(),
        Finding::EmptyCell { .. } => "every row needs a plan, an indicator and a value".into(),
        Finding::WrongType { .. } => return None,
        Finding::UnknownValue { expected, .. } => {
            format!("expected one of: {}", expected.join(", "))
        }
        Finding::TargetShape => "write a target as text (`>= 12 par an`, `Oui/Non`) or with the keys op, value, unit and per".into(),
        Finding::NotAValue { text, fault } => match fault {
            ValueFault::Number(fault) => number_help(*fault, text),
            ValueFault::SwitchWord => "`on`, `off`, `y` and `n` are not read as yes/no: write yes/no, oui/non, ja/nee or true/false".into(),
            ValueFault::Other => "values are numbers (3.5) or yes/no/oui/non/ja/nee/true/false".into(),
        },
        Finding::FileTooLarge { kind, .. } => match kind {
            FileKind::Plan => "a plan file holds one commune's plan: is this the right file?",
            FileKind::Measurements => {
                "split the measurements into several files (one a year or a service)"
            }
        }
        .into(),
        Finding::KindUndecided { .. } => "a plan file is at most 16 MiB; a measurements file has `plan` and `measurements` near its start".into(),
        Finding::NestingTooDeep { .. }
        | Finding::AliasBomb
        | Finding::TooManyNodes { .. }
        | Finding::SafetyLimit { .. } => LIMIT_HELP.into(),
        Finding::RowTooLong { .. } => "a row holds one measurement: is a quote left open?".into(),
        Finding::ReadStopped { .. } => return None,
        Finding::EmptyFolder => {
            "check the path: is it the right folder, or are its files elsewhere? the other paths were read".into()
        }
        Finding::NoMeasurements { .. } => {
            "pass the folder (or the files) of the measurements too, after the plan's: e.g. `plans measurements`".into()
        }
        Finding::InvalidId { .. } => "ids follow [A-Za-z0-9][A-Za-z0-9._-]*, e.g. `GDP-1-a`".into(),
        Finding::DuplicateId { .. } => {
            "ids are unique across the whole plan, at every level: rename one of them".into()
        }
        Finding::InvalidTarget { error } => target_help(error),
        Finding::InvalidShare { .. } => "`shares: {results: <id>, indicators: <id>}` names the operational objective of the same project that holds the merged cell".into(),
        Finding::DuplicatePlanId { .. } => {
            "each plan is one file: merge them or give one another id".into()
        }
        Finding::SecondPlan { .. } => {
            "a commune has one plan a year: remove the copy, or correct its commune or year".into()
        }
        Finding::YearOutOfRange { .. } => "write the plan's year, e.g. `year: 2023`".into(),
        Finding::ThresholdOutOfRange { .. } => {
            "the default is 50: an unmet indicator at 50 % or more of its target is `partial`"
                .into()
        }
        Finding::BooleanBaseline => {
            "remove `baseline`, or give the indicator a numeric target".into()
        }
        Finding::BooleanAggregate => {
            "a yes/no indicator's actual value is always its latest measurement".into()
        }
        Finding::BaselineBeyondTarget { .. } => "the baseline is the level before the plan: below a `>=` target, above a `<=` target".into(),
        Finding::BaselineOutOfRange { .. } => {
            "the baseline is the level before the plan, e.g. `baseline: 2.5`".into()
        }
        Finding::HandledWithProjects { .. } => "a placeholder handled elsewhere has no projects: remove `handled_by` or the projects".into(),
        Finding::NoIndicator { .. } => {
            "add an indicator, or declare a merged cell with `shares: {indicators: <id>}`".into()
        }
        Finding::EmptyStrategicObjective { .. } => "add its operational objectives, or mark a placeholder with `handled_by: Zone de Police`".into(),
        Finding::UnknownPlan {
            known, suggestion, ..
        } => {
            let pass = "pass the plan file too, e.g. `plan validate plans/ measurements/`";
            match suggestion {
                Some(_) => suggested(suggestion.as_deref(), pass),
                None if known.is_empty() => format!("no plan was loaded: {pass}"),
                None => format!("loaded plans: {}", known.join(", ")),
            }
        }
        Finding::UnknownIndicator { suggestion, .. } => match suggestion {
            Some(_) => suggested(suggestion.as_deref(), "`plan tree` lists the indicator ids"),
            None => "`plan tree` lists the indicator ids of the plan".into(),
        },
        Finding::ValueKind { expected, .. } => format!(
            "write {} here",
            match expected {
                ValueKindExpected::YesNo => "oui/non, yes/no or ja/nee",
                ValueKindExpected::Number => "a number",
            }
        ),
        Finding::InvalidValue { .. } => "measured values are numbers from 0 to 10^12".into(),
        Finding::InvalidDate {
            suggestion: Some(date),
            ..
        } => format!(
            "{} dates are written YYYY-MM-DD: year, month, day",
            did_you_mean(&date.to_string())
        ),
        Finding::InvalidDate { error, .. } => match error {
            DateError::NotADate(_) | DateError::NoSuchDay(_) => {
                "write dates as YYYY-MM-DD, e.g. 2023-02-03"
            }
            DateError::NotAPeriod(_) | DateError::NoSuchPeriod(_) => {
                "periods: 2023, 2023-Q1, 2023-03 or 2023-W05"
            }
        }
        .into(),
        Finding::DateAndPeriod => {
            "keep `date: YYYY-MM-DD` for a day, or `period: 2023-Q1` for a period".into()
        }
        Finding::NoDateNorPeriod => "add `date: 2023-01-31` or `period: 2023-01`".into(),
        Finding::CoarseGranularity { per, .. } => format!(
            "record this indicator per {} (or finer), e.g. with `date:`",
            per.name()
        ),
        Finding::OutsideYear { .. } => {
            "it is not counted in the reports of this plan; check the year".into()
        }
        Finding::DuplicateMeasurement { .. } => "both records are counted: remove one if it is a copy, or tell them apart with a `note` (e.g. the quartier)".into(),
        Finding::AmbiguousNumber { ambiguity, .. } => ambiguity_help(ambiguity),
    };
    Some(text)
}

/// What a code catches, in a line: the rules of `--format sarif`.
pub fn rule(code: Code) -> &'static str {
    match code {
        Code::Syntax => "A file that is not well-formed YAML or CSV",
        Code::InvalidUtf8 => "A file that is not valid UTF-8",
        Code::UnknownFileKind => "A file that is neither a plan nor measurements",
        Code::DuplicateKey => "A key or a column written twice",
        Code::UnknownKey => "An unknown key or column",
        Code::MissingKey => "A required key, column or cell left out",
        Code::WrongType => "A value of the wrong type",
        Code::LimitExceeded => "A file beyond a limit against hostile input",
        Code::InvalidId => "An id that is not letters, digits, `.`, `_` and `-`",
        Code::DuplicateId => "An id declared twice in a plan",
        Code::InvalidTarget => "A target that cannot be read",
        Code::InvalidShare => "A merged cell (`shares`) that names the wrong objective",
        Code::DuplicatePlan => "Two plans with one id, or for one commune and year",
        Code::InvalidPlanValue => "A plan value out of range: year, threshold, baseline",
        Code::UnknownPlan => "A measurement for a plan that was not loaded",
        Code::UnknownIndicator => "A measurement for an indicator the plan does not have",
        Code::ValueKind => "A yes/no value for a numeric target, or a number for a yes/no one",
        Code::InvalidValue => "A measured value that is negative, too large or not finite",
        Code::InvalidDate => "An impossible date or period",
        Code::DatePeriod => "A measurement with both or neither of `date` and `period`",
        Code::CoarseGranularity => "A measurement coarser than its indicator's target",
        Code::EmptyFolder => "A folder named on the command line that holds nothing to read",
        Code::NoMeasurements => "A plan reported on without any of its measurements",
        Code::NoIndicator => "An operational objective with no indicator",
        Code::EmptyStrategicObjective => {
            "A strategic objective with no operational objective and no `handled_by`"
        }
        Code::OutsideYear => "A measurement outside its plan's year",
        Code::AmbiguousNumber => "A measured value such as `1,000`: a thousand or one?",
        Code::DuplicateMeasurement => "An indicator measured twice for the same day or period",
    }
}

pub fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// `1 file`, `2 files`.
pub fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// `2 errors and 1 warning found`, counting the findings that were only counted
/// (`omitted`, past [`KEPT_PER_CODE`]).
pub fn summary(diagnostics: &[Diagnostic], omitted: &BTreeMap<Code, usize>) -> Option<String> {
    let count = |severity: Severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity() == severity)
            .count()
            + omitted
                .iter()
                .filter(|(code, _)| code.severity() == severity)
                .map(|(_, n)| n)
                .sum::<usize>()
    };
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let found = match (errors, warnings) {
        (0, 0) => return None,
        (0, w) => format!("{} found", plural(w, "warning")),
        (e, 0) => format!("{} found", plural(e, "error")),
        (e, w) => format!("{} and {} found", plural(e, "error"), plural(w, "warning")),
    };
    let not_listed: usize = omitted.values().sum();
    Some(if not_listed == 0 {
        found
    } else {
        format!(
            "{found}, {not_listed} of them not listed (at most {KEPT_PER_CODE} of one code are)"
        )
    })
}

/// The note of the human format on the findings of a code it does not show.
pub fn not_shown(more: usize, code: Code, listed_all: bool, listed: usize) -> String {
    let lists = if listed_all {
        "them all".to_string()
    } else {
        format!("the first {listed}")
    };
    format!(
        "note: {more} more {}[{}] findings not shown; `plan validate --format short` lists {lists}",
        severity(code.severity()),
        code.code()
    )
}

/// What the machine formats say on standard error of the findings they leave out.
pub fn not_listed(count: usize) -> String {
    format!("plan: {count} more findings not listed (at most {KEPT_PER_CODE} of one code are kept)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_finding_with_a_related_place_words_it() {
        let bracket = Finding::UnclosedBracket {
            stopped: Box::new(Finding::Tab),
        };
        assert_eq!(
            related(&bracket),
            "the parser stopped here: a tab is used for indentation"
        );
        assert_eq!(
            help(&bracket).as_deref(),
            Some("indent with spaces: YAML does not allow tabs for indentation")
        );
    }

    #[test]
    fn suggestions_lead_the_help() {
        let unknown = Finding::UnknownKey {
            key: "labl".into(),
            allowed: vec!["label".into(), "target".into()],
            suggestion: Some("label".into()),
        };
        assert_eq!(
            help(&unknown).as_deref(),
            Some("did you mean `label`? allowed keys here: label, target")
        );
    }
}
