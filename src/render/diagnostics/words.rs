//! The words of findings, in one place: each finding's message, the label under its
//! caret, the labels of the other places it points at, its help line, what each code
//! catches, and the summary of a run. Every diagnostic format (human, short, json,
//! github, sarif) takes its words here; translating them touches no check. The words are
//! messages of the Fluent files (`diag-…`), in the language of messages
//! ([`i18n::messages`]).
//!
//! Part of `render`: imports `compute` (for the filters) and the leaves.

use std::collections::BTreeMap;

use crate::calendar::DateError;
use crate::compute::report::{FilterOption, UnknownFilter};
use crate::diagnostic::{
    Code, Content, Diagnostic, FileKind, Finding, KEPT_PER_CODE, Limit, Mapping, ReadFault,
    Severity, ShareProblem, Shared, SyntaxFault, Utf8Fault, ValueKindExpected, ValueProblem,
    ValueType, WorkbookFault,
};
use crate::i18n::say;
use crate::i18n::{self, Lang};
use crate::model::Level;
use crate::place::Place;
use crate::target::{Ambiguity, Mark, NumberFault, TargetError, ValueFault};

/// The language of the words of findings.
fn lang() -> Lang {
    i18n::messages()
}

/// `row 5` or `rows 5 to 9`.
fn rows(first: u32, last: u32) -> String {
    if first == last {
        say!(lang(), "diag-row", row = first.to_string())
    } else {
        say!(
            lang(),
            "diag-rows",
            first = first.to_string(),
            last = last.to_string()
        )
    }
}

/// `` `a`, `b` ``: keys or values quoted and listed.
fn listed(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `` `a` or `b` ``: names quoted and joined.
fn quoted(names: &[&str]) -> String {
    let or = format!(" {} ", say!(lang(), "diag-or"));
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(&or)
}

fn level(level: Level) -> String {
    let l = lang();
    match level {
        Level::Plan => say!(l, "diag-level-plan"),
        Level::Sector => say!(l, "diag-level-sector"),
        Level::GeneralObjective => say!(l, "diag-level-general-objective"),
        Level::StrategicObjective => say!(l, "diag-level-strategic-objective"),
        Level::Project => say!(l, "diag-level-project"),
        Level::OperationalObjective => say!(l, "diag-level-operational-objective"),
        Level::Indicator => say!(l, "diag-level-indicator"),
    }
}

// Lenient reading of YAML files (issue 11).

/// A kind of mapping, as the help of a misplaced key names it: `an indicator`.
fn mapping(mapping: Mapping) -> String {
    let l = lang();
    match mapping {
        Mapping::Level(Level::Plan) => say!(l, "diag-in-plan"),
        Mapping::Level(Level::Sector) => say!(l, "diag-in-sector"),
        Mapping::Level(Level::GeneralObjective) => say!(l, "diag-in-general-objective"),
        Mapping::Level(Level::StrategicObjective) => say!(l, "diag-in-strategic-objective"),
        Mapping::Level(Level::Project) => say!(l, "diag-in-project"),
        Mapping::Level(Level::OperationalObjective) => say!(l, "diag-in-operational-objective"),
        Mapping::Level(Level::Indicator) => say!(l, "diag-in-indicator"),
        Mapping::Shares => say!(l, "diag-in-shares"),
        Mapping::Target => say!(l, "diag-in-target"),
        Mapping::MeasurementsFile => say!(l, "diag-in-measurements-file"),
        Mapping::Measurement => say!(l, "diag-in-measurement"),
        Mapping::Comment => say!(l, "diag-in-comment"),
    }
}

/// A kind of value, as a fault of type names it.
fn value_type(kind: ValueType) -> String {
    let l = lang();
    match kind {
        ValueType::WholeNumber => say!(l, "diag-type-whole-number"),
        ValueType::Number => say!(l, "diag-type-number"),
        ValueType::TrueOrFalse => say!(l, "diag-type-true-or-false"),
        ValueType::YesNo => say!(l, "diag-type-yes-no"),
        ValueType::Text => say!(l, "diag-type-text"),
        ValueType::List => say!(l, "diag-type-list"),
        ValueType::Keys => say!(l, "diag-type-keys"),
        ValueType::Nothing => say!(l, "diag-type-nothing"),
        ValueType::NumberOrYesNo => say!(l, "diag-type-number-or-yes-no"),
        ValueType::PlanOrMeasurements => say!(l, "diag-type-plan-or-measurements"),
        ValueType::Key => say!(l, "diag-type-key"),
        // Worded by the message itself.
        ValueType::Other => String::new(),
    }
}

/// `1 file read only in part`: the files whose reading stopped at a fault.
pub fn read_in_part(files: usize) -> String {
    say!(lang(), "diag-read-in-part", count = files)
}

fn shared(list: Shared) -> String {
    match list {
        Shared::Results => say!(lang(), "diag-shared-results"),
        Shared::Indicators => say!(lang(), "diag-shared-indicators"),
    }
}

/// ``did you mean `x`?``: the one wording of every suggestion.
fn did_you_mean(best: &str) -> String {
    say!(lang(), "diag-did-you-mean", best = best)
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
    let value = unknown.value.as_str();
    match &unknown.suggestion {
        Some(best) => say!(
            lang(),
            "diag-unknown-filter-suggested",
            option = option,
            value = value,
            best = best.as_str()
        ),
        None => say!(
            lang(),
            "diag-unknown-filter",
            option = option,
            value = value
        ),
    }
}

/// Why a date or period cannot be read.
pub fn date_error(error: &DateError) -> String {
    let l = lang();
    match error {
        DateError::NotADate(text) => say!(l, "diag-not-a-date", text = text.as_str()),
        DateError::NoSuchDay(text) => say!(l, "diag-no-such-day", text = text.as_str()),
        DateError::NotAPeriod(text) => say!(l, "diag-not-a-period", text = text.as_str()),
        DateError::NoSuchPeriod(text) => say!(l, "diag-no-such-period", text = text.as_str()),
    }
}

fn header_help() -> String {
    say!(lang(), "diag-csv-header")
}

/// A number as the user could write it, in plain digits with `.` (`1000`, `1.5`).
fn plain(n: f64) -> String {
    n.to_string()
}

fn target_error(error: &TargetError) -> String {
    let l = lang();
    match error {
        TargetError::Empty => say!(l, "diag-target-empty"),
        TargetError::NoOperator(text) => say!(l, "diag-target-no-operator", text = text.as_str()),
        TargetError::NoNumber { op, text } => say!(
            l,
            "diag-target-no-number",
            op = op.as_str(),
            text = text.as_str()
        ),
        TargetError::UnknownPeriod(word) => {
            say!(l, "diag-target-unknown-period", word = word.as_str())
        }
        TargetError::BadBoolean(text) => say!(l, "diag-target-bad-boolean", text = text.as_str()),
        TargetError::UnknownOperator(op) => {
            say!(l, "diag-target-unknown-operator", op = op.as_str())
        }
        TargetError::BadNumber => say!(l, "diag-target-bad-number"),
        TargetError::NumberForm { text, fault } => number_fault(*fault, text),
        TargetError::AmbiguousNumber { text, ambiguity } => say!(
            l,
            "diag-target-ambiguous",
            text = text.as_str(),
            thousands = plain(ambiguity.as_thousands),
            decimal = plain(ambiguity.as_decimal),
            mark = ambiguity.mark.char().to_string()
        ),
    }
}

/// The periods of SPEC §2.2.
const PERIODS: &str =
    "day|jour|dag, week|semaine, month|mois|maand, quarter|trimestre|kwartaal, year|an|année|jaar";

fn target_help(error: &TargetError) -> String {
    let l = lang();
    match error {
        TargetError::UnknownPeriod(words) if words.contains(' ') => {
            say!(l, "diag-target-period-one-word", periods = PERIODS)
        }
        TargetError::UnknownPeriod(_) => say!(l, "diag-target-periods", periods = PERIODS),
        TargetError::BadBoolean(_) => say!(l, "diag-target-yes-no-help"),
        TargetError::NumberForm { text, fault } => number_help(*fault, text),
        TargetError::AmbiguousNumber { ambiguity, .. } => ambiguity_help(ambiguity),
        _ => say!(l, "diag-target-help"),
    }
}

/// What a fault of YAML syntax is, in the words of a plan's author.
fn syntax(fault: SyntaxFault) -> String {
    let l = lang();
    match fault {
        SyntaxFault::KeyNotAllowed => say!(l, "diag-syntax-key-not-allowed"),
        SyntaxFault::ItemNotAllowed => say!(l, "diag-syntax-item-not-allowed"),
        SyntaxFault::KeyExpected => say!(l, "diag-syntax-key-expected"),
        SyntaxFault::Indentation => say!(l, "diag-syntax-indentation"),
        SyntaxFault::UnexpectedEnd => say!(l, "diag-syntax-unexpected-end"),
        SyntaxFault::BracketNotClosed => say!(l, "diag-syntax-bracket-not-closed"),
        SyntaxFault::BracketMismatch => say!(l, "diag-syntax-bracket-mismatch"),
        SyntaxFault::Escape => say!(l, "diag-syntax-escape"),
        SyntaxFault::Character => say!(l, "diag-syntax-character"),
        SyntaxFault::AfterQuote => say!(l, "diag-syntax-after-quote"),
        SyntaxFault::Other => say!(l, "diag-syntax-other"),
    }
}

/// What to do about a fault of YAML syntax.
fn syntax_help(fault: SyntaxFault) -> String {
    let l = lang();
    match fault {
        SyntaxFault::KeyNotAllowed => say!(l, "diag-syntax-key-not-allowed-help"),
        SyntaxFault::ItemNotAllowed | SyntaxFault::KeyExpected | SyntaxFault::Indentation => {
            say!(l, "diag-syntax-indentation-help")
        }
        SyntaxFault::UnexpectedEnd => say!(l, "diag-syntax-unexpected-end-help"),
        SyntaxFault::BracketNotClosed | SyntaxFault::BracketMismatch => {
            say!(l, "diag-syntax-bracket-help")
        }
        SyntaxFault::Escape => say!(l, "diag-syntax-escape-help"),
        SyntaxFault::Character => say!(l, "diag-syntax-character-help"),
        SyntaxFault::AfterQuote => say!(l, "diag-syntax-after-quote-help"),
        SyntaxFault::Other => say!(l, "diag-syntax-other-help"),
    }
}

/// What is wrong with a number as written: "`1e3` is written with an exponent".
fn number_fault(fault: NumberFault, text: &str) -> String {
    let l = lang();
    match fault {
        NumberFault::Exponent => say!(l, "diag-number-exponent", text = text),
        NumberFault::Radix => say!(l, "diag-number-radix", text = text),
        NumberFault::Underscore => say!(l, "diag-number-underscore", text = text),
        NumberFault::NoLeadingDigit => say!(l, "diag-number-no-leading-digit", text = text),
        NumberFault::Grouping => say!(l, "diag-number-grouping", text = text),
    }
}

/// How to write a number that was not read.
fn number_help(fault: NumberFault, text: &str) -> String {
    let l = lang();
    match fault {
        NumberFault::Exponent | NumberFault::Radix => say!(l, "diag-number-digits-help"),
        NumberFault::Underscore => say!(l, "diag-number-underscore-help"),
        NumberFault::NoLeadingDigit => say!(l, "diag-number-no-leading-digit-help", text = text),
        NumberFault::Grouping => say!(l, "diag-number-grouping-help"),
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
    say!(
        lang(),
        "diag-ambiguity-help",
        thousands = plain(ambiguity.as_thousands),
        decimal = with_decimals(ambiguity.as_decimal, ambiguity.mark)
    )
}

/// A period's code (`day`, `week`…), which the messages select their words by.
fn period(p: crate::target::Period) -> &'static str {
    p.name()
}

/// The message of a finding.
pub fn message(finding: &Finding) -> String {
    let l = lang();
    match finding {
        Finding::Syntax { fault } => syntax(*fault),
        Finding::Tab => say!(l, "diag-tab"),
        Finding::SecondDocument => say!(l, "diag-second-document"),
        Finding::UnclosedBracket { .. } => say!(l, "diag-syntax-bracket-not-closed"),
        Finding::UnclosedQuote { stopped: Some(_) } => say!(l, "diag-unclosed-quote-runs-on"),
        Finding::UnclosedQuote { stopped: None } => say!(l, "diag-unclosed-quote"),
        Finding::TooManyFields { found, expected } => {
            let (found, expected): (usize, usize) = (*found, *expected);
            say!(
                l,
                "diag-too-many-fields",
                found = found,
                expected = expected
            )
        }
        Finding::TooFewFields { found, expected } => {
            let (found, expected): (usize, usize) = (*found, *expected);
            say!(l, "diag-too-few-fields", found = found, expected = expected)
        }
        Finding::UnclosedCsvQuote { swallowed, .. } => match swallowed {
            Some((first, last)) => {
                say!(l, "diag-csv-quote-swallows", rows = rows(*first, *last))
            }
            None => say!(l, "diag-csv-quote-never-closed"),
        },
        Finding::UnreadableRow => say!(l, "diag-unreadable-row"),
        Finding::InvalidUtf8 {
            fault: Utf8Fault::NotText,
        } => say!(l, "diag-not-text"),
        Finding::InvalidUtf8 { .. } => say!(l, "diag-invalid-utf8"),
        Finding::UnknownFileKind { content } => {
            let what = match content {
                Content::OtherMapping => say!(l, "diag-kind-other-mapping"),
                Content::List => say!(l, "diag-kind-list"),
                Content::Scalar => say!(l, "diag-kind-scalar"),
                Content::Empty => say!(l, "diag-kind-empty"),
                Content::EmptyCsv => return say!(l, "diag-kind-empty"),
                Content::Export => return say!(l, "diag-kind-export"),
                Content::Workbook => return say!(l, "diag-kind-workbook"),
            };
            say!(l, "diag-kind-expected", what = what)
        }
        Finding::DuplicateKey { key: Some(key) } => {
            say!(l, "diag-duplicate-key", key = key.as_str())
        }
        Finding::DuplicateKey { key: None } => say!(l, "diag-duplicate-key-unnamed"),
        Finding::DuplicateColumn { name } => {
            say!(l, "diag-duplicate-column", name = name.as_str())
        }
        Finding::UnknownKey { key, .. } => say!(l, "diag-unknown-key", key = key.as_str()),
        Finding::MisplacedKey { key, .. } => say!(l, "diag-misplaced-key", key = key.as_str()),
        Finding::UnknownColumn { name, .. } => {
            say!(l, "diag-unknown-column", name = name.as_str())
        }
        Finding::MissingKey { key } => say!(l, "diag-missing-key", key = key.as_str()),
        Finding::MissingColumn { names } => say!(l, "diag-missing-column", names = quoted(names)),
        Finding::EmptyCell { column } => say!(l, "diag-empty-cell", column = (*column)),
        Finding::UnreadableWorkbook { fault } => match fault {
            WorkbookFault::LockFile => say!(l, "diag-workbook-lock-file"),
            WorkbookFault::Protected => say!(l, "diag-workbook-protected"),
            WorkbookFault::Corrupt => say!(l, "diag-workbook-corrupt"),
        },
        Finding::WrongType {
            expected: ValueType::Other,
            ..
        } => say!(l, "diag-wrong-type-other"),
        Finding::WrongType {
            found: Some(found),
            expected,
        } => say!(
            l,
            "diag-wrong-type-found",
            found = value_type(*found),
            expected = value_type(*expected)
        ),
        Finding::WrongType {
            found: None,
            expected,
        } => say!(l, "diag-wrong-type", expected = value_type(*expected)),
        Finding::UnknownValue { value, .. } => {
            say!(l, "diag-unknown-value", value = value.as_str())
        }
        Finding::TargetShape => say!(l, "diag-target-shape"),
        Finding::NotAValue { text, .. } => say!(l, "diag-not-a-value", text = text.as_str()),
        Finding::FileTooLarge { size, limit, .. } => {
            say!(l, "diag-file-too-large", size = (*size), limit = (*limit))
        }
        Finding::KindUndecided { limit } => say!(l, "diag-kind-undecided", limit = (*limit)),
        Finding::NestingTooDeep { max } => say!(l, "diag-nesting-too-deep", max = (*max)),
        Finding::AliasBomb => say!(l, "diag-alias-bomb"),
        Finding::TooManyNodes { max } => say!(l, "diag-too-many-nodes", max = (*max)),
        Finding::SafetyLimit { limit } => match limit {
            Limit::Text => say!(l, "diag-limit-text"),
            Limit::Documents => say!(l, "diag-limit-documents"),
            Limit::MergeKeys => say!(l, "diag-limit-merge-keys"),
            Limit::Unbalanced => say!(l, "diag-limit-unbalanced"),
            Limit::Other => say!(l, "diag-limit-other"),
        },
        Finding::RowTooLong { limit } => say!(l, "diag-row-too-long", limit = (*limit)),
        Finding::ReadStopped { fault } => match fault {
            ReadFault::Denied => say!(l, "diag-read-denied"),
            ReadFault::Gone => say!(l, "diag-read-gone"),
            ReadFault::CutShort => say!(l, "diag-read-cut-short"),
            ReadFault::Other => say!(l, "diag-read-other"),
        },
        Finding::EmptyFolder => say!(l, "diag-empty-folder"),
        Finding::ReadAsWindows1252 => say!(l, "diag-read-as-windows-1252"),
        Finding::NoMeasurements { plan, read, .. } => {
            say!(
                l,
                "diag-no-measurements",
                plan = plan.as_str(),
                read = (*read)
            )
        }
        Finding::InvalidId { level: lv, id } => {
            say!(l, "diag-invalid-id", level = level(*lv), id = id.as_str())
        }
        Finding::DuplicateId { id, .. } => say!(l, "diag-duplicate-id", id = id.as_str()),
        Finding::InvalidTarget { error } => {
            say!(l, "diag-invalid-target", error = target_error(error))
        }
        Finding::InvalidShare {
            reference,
            list,
            problem,
        } => {
            let what = shared(*list);
            let reference = reference.as_str();
            match problem {
                ShareProblem::Itself => {
                    say!(l, "diag-share-itself", reference = reference, what = what)
                }
                ShareProblem::NotInProject { service } => say!(
                    l,
                    "diag-share-not-in-project",
                    reference = reference,
                    service = service.as_str()
                ),
                ShareProblem::AlsoOwn { objective } => say!(
                    l,
                    "diag-share-also-own",
                    objective = objective.as_str(),
                    what = what,
                    reference = reference
                ),
                ShareProblem::OwnerShares => say!(
                    l,
                    "diag-share-owner-shares",
                    reference = reference,
                    what = what
                ),
                ShareProblem::NothingToShare => {
                    say!(l, "diag-share-nothing", reference = reference, what = what)
                }
            }
        }
        Finding::DuplicatePlanId { id } => say!(l, "diag-duplicate-plan-id", id = id.as_str()),
        Finding::SecondPlan { commune, year, .. } => say!(
            l,
            "diag-second-plan",
            commune = commune.as_str(),
            year = year.to_string()
        ),
        Finding::YearOutOfRange { year } => {
            say!(l, "diag-year-out-of-range", year = year.to_string())
        }
        Finding::ThresholdOutOfRange { value } => {
            say!(l, "diag-threshold-out-of-range", value = (*value))
        }
        Finding::BooleanBaseline => say!(l, "diag-boolean-baseline"),
        Finding::BooleanAggregate => say!(l, "diag-boolean-aggregate"),
        Finding::BaselineBeyondTarget { baseline, target } => say!(
            l,
            "diag-baseline-beyond-target",
            baseline = (*baseline),
            target = target.as_str()
        ),
        Finding::BaselineOutOfRange { baseline } => {
            say!(l, "diag-baseline-out-of-range", baseline = (*baseline))
        }
        Finding::HandledWithProjects { id, by } => say!(
            l,
            "diag-handled-with-projects",
            id = id.as_str(),
            by = by.as_str()
        ),
        Finding::NoIndicator { id } => say!(l, "diag-no-indicator", id = id.as_str()),
        Finding::EmptyStrategicObjective { id } => {
            say!(l, "diag-empty-strategic-objective", id = id.as_str())
        }
        Finding::UnknownPlan { id, .. } => say!(l, "diag-unknown-plan", id = id.as_str()),
        Finding::UnknownIndicator { id, plan, .. } => say!(
            l,
            "diag-unknown-indicator",
            id = id.as_str(),
            plan = plan.as_str()
        ),
        Finding::ValueKind {
            indicator,
            expected,
        } => match expected {
            ValueKindExpected::YesNo => {
                say!(l, "diag-value-kind-yes-no", indicator = indicator.as_str())
            }
            ValueKindExpected::Number => {
                say!(l, "diag-value-kind-number", indicator = indicator.as_str())
            }
        },
        Finding::InvalidValue { problem } => match problem {
            ValueProblem::NotFinite => say!(l, "diag-value-not-finite"),
            ValueProblem::Negative(n) => say!(l, "diag-value-negative", value = (*n)),
            ValueProblem::TooLarge(n) => say!(l, "diag-value-too-large", value = (*n)),
        },
        Finding::InvalidDate { error, .. } => date_error(error),
        Finding::DateAndPeriod => say!(l, "diag-date-and-period"),
        Finding::NoDateNorPeriod => say!(l, "diag-no-date-nor-period"),
        Finding::CoarseGranularity { kind, per } => say!(
            l,
            "diag-coarse-granularity",
            kind = period(*kind),
            per = period(*per)
        ),
        Finding::OutsideYear { year } => say!(l, "diag-outside-year", year = year.to_string()),
        Finding::DuplicateMeasurement { indicator } => {
            say!(
                l,
                "diag-duplicate-measurement",
                indicator = indicator.as_str()
            )
        }
        Finding::UnknownAbout { id, plan, .. } => say!(
            l,
            "diag-unknown-about",
            id = id.as_str(),
            plan = plan.as_str()
        ),
        Finding::CommentOutsideYear { period, year } => say!(
            l,
            "diag-comment-outside-year",
            period = period.as_str(),
            year = year.to_string()
        ),
        Finding::EmptyComment => say!(l, "diag-empty-comment"),
        Finding::DuplicateComment { about, period } => say!(
            l,
            "diag-duplicate-comment",
            about = about.as_str(),
            period = period.as_str()
        ),
        Finding::AmbiguousNumber { text, ambiguity } => match ambiguity.mark {
            Mark::Comma => say!(
                l,
                "diag-ambiguous-number-comma",
                text = text.as_str(),
                value = ambiguity.as_decimal
            ),
            Mark::Point => say!(
                l,
                "diag-ambiguous-number-point",
                text = text.as_str(),
                value = ambiguity.as_decimal
            ),
        },
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
    let l = lang();
    Some(match finding {
        Finding::InvalidUtf8 { fault } => match fault {
            Utf8Fault::Byte => say!(l, "diag-caret-invalid-byte"),
            Utf8Fault::Utf16 => say!(l, "diag-caret-utf16"),
            Utf8Fault::NotText => say!(l, "diag-caret-not-text"),
        },
        Finding::ReadAsWindows1252 => say!(l, "diag-caret-read-as-windows-1252"),
        Finding::NoMeasurements { indicators, .. } => {
            let count: usize = *indicators;
            say!(l, "diag-caret-no-measurements", count = count)
        }
        Finding::InvalidId { .. } => say!(l, "diag-caret-invalid-id"),
        Finding::DuplicateId { level: lv, .. } => {
            say!(l, "diag-caret-declared-again", level = level(*lv))
        }
        Finding::InvalidTarget { .. } => say!(l, "diag-caret-invalid-target"),
        Finding::UnclosedBracket { .. }
        | Finding::UnclosedQuote { .. }
        | Finding::UnclosedCsvQuote { .. } => say!(l, "diag-opened-here"),
        _ => return None,
    })
}

/// The label of the other place a finding points at.
pub fn related(finding: &Finding) -> String {
    let l = lang();
    match finding {
        Finding::DuplicateId { first_level, .. } => say!(
            l,
            "diag-related-first-declared-as",
            level = level(*first_level)
        ),
        Finding::UnclosedBracket { stopped }
        | Finding::UnclosedQuote {
            stopped: Some(stopped),
        } => say!(l, "diag-related-parser-stopped", message = message(stopped)),
        Finding::DuplicatePlanId { .. } => say!(l, "diag-related-first-declared"),
        Finding::SecondPlan { first_plan, .. } => say!(
            l,
            "diag-related-same-commune-year",
            plan = first_plan.as_str()
        ),
        Finding::DuplicateMeasurement { .. } => say!(l, "diag-related-first-measured"),
        Finding::DuplicateComment { .. } => say!(l, "diag-related-first-comment"),
        _ => say!(l, "diag-see"),
    }
}

/// The help line of a finding, where one helps.
pub fn help(finding: &Finding) -> Option<String> {
    let l = lang();
    let text: String = match finding {
        Finding::Syntax { fault } => syntax_help(*fault),
        Finding::UnreadableRow => say!(l, "diag-unreadable-row-help"),
        Finding::Tab => say!(l, "diag-tab-help"),
        Finding::SecondDocument => say!(l, "diag-second-document-help"),
        Finding::UnclosedBracket { stopped } => match stopped.as_ref() {
            Finding::Tab => return help(stopped),
            _ => say!(l, "diag-unclosed-bracket-help"),
        },
        Finding::UnclosedQuote { .. } => say!(l, "diag-unclosed-quote-help"),
        Finding::TooManyFields { .. } => say!(l, "diag-too-many-fields-help"),
        Finding::TooFewFields { .. } => say!(l, "diag-too-few-fields-help"),
        Finding::UnclosedCsvQuote { in_header, .. } => {
            if *in_header {
                say!(l, "diag-csv-quote-header-help")
            } else {
                say!(l, "diag-csv-quote-row-help")
            }
        }
        Finding::InvalidUtf8 {
            fault: Utf8Fault::NotText,
        } => say!(l, "diag-not-text-help"),
        Finding::InvalidUtf8 { .. } => say!(l, "diag-invalid-utf8-help"),
        Finding::UnknownFileKind { content } => match content {
            Content::EmptyCsv => header_help(),
            Content::Export => say!(l, "diag-export-help"),
            Content::Workbook => say!(l, "diag-workbook-help"),
            _ => say!(l, "diag-kind-help"),
        },
        Finding::DuplicateKey { .. } => say!(l, "diag-duplicate-key-help"),
        Finding::DuplicateColumn { .. } => return None,
        Finding::UnknownKey {
            allowed,
            suggestion,
            ..
        } => suggested(
            suggestion.as_deref(),
            &say!(l, "diag-allowed-keys", keys = listed(allowed)),
        ),
        Finding::MisplacedKey {
            key,
            belongs,
            allowed,
        } => {
            let or = format!(" {} ", say!(l, "diag-or"));
            let belongs = belongs
                .iter()
                .map(|m| mapping(*m))
                .collect::<Vec<_>>()
                .join(&or);
            say!(
                l,
                "diag-misplaced-key-help",
                key = key.as_str(),
                belongs = belongs,
                allowed = listed(allowed)
            )
        }
        Finding::UnknownColumn { suggestion, .. } => {
            suggested(suggestion.as_deref(), &header_help())
        }
        Finding::MissingKey { key } => say!(l, "diag-missing-key-help", key = key.as_str()),
        Finding::MissingColumn { .. } => header_help(),
        Finding::EmptyCell { .. } => say!(l, "diag-empty-cell-help"),
        Finding::UnreadableWorkbook { fault } => match fault {
            WorkbookFault::LockFile => say!(l, "diag-workbook-lock-file-help"),
            WorkbookFault::Protected => say!(l, "diag-workbook-protected-help"),
            WorkbookFault::Corrupt => say!(l, "diag-workbook-corrupt-help"),
        },
        Finding::WrongType { .. } => return None,
        Finding::UnknownValue { expected, .. } => {
            say!(l, "diag-expected-one-of", values = listed(expected))
        }
        Finding::TargetShape => say!(l, "diag-target-shape-help"),
        Finding::NotAValue { text, fault } => match fault {
            ValueFault::Number(fault) => number_help(*fault, text),
            ValueFault::SwitchWord => say!(l, "diag-switch-word-help"),
            ValueFault::Other => say!(l, "diag-not-a-value-help"),
        },
        Finding::FileTooLarge { kind, .. } => match kind {
            FileKind::Plan => say!(l, "diag-plan-too-large-help"),
            FileKind::Measurements => say!(l, "diag-measurements-too-large-help"),
        },
        Finding::KindUndecided { .. } => say!(l, "diag-kind-undecided-help"),
        Finding::NestingTooDeep { .. }
        | Finding::AliasBomb
        | Finding::TooManyNodes { .. }
        | Finding::SafetyLimit { .. } => say!(l, "diag-limit-help"),
        Finding::RowTooLong { .. } => say!(l, "diag-row-too-long-help"),
        Finding::ReadStopped { .. } => say!(l, "diag-read-stopped-help"),
        Finding::EmptyFolder => say!(l, "diag-empty-folder-help"),
        Finding::ReadAsWindows1252 => say!(l, "diag-save-as-csv-utf8"),
        Finding::NoMeasurements { .. } => say!(l, "diag-no-measurements-help"),
        Finding::InvalidId { .. } => say!(l, "diag-invalid-id-help"),
        Finding::DuplicateId { .. } => say!(l, "diag-duplicate-id-help"),
        Finding::InvalidTarget { error } => target_help(error),
        Finding::InvalidShare { .. } => say!(l, "diag-invalid-share-help"),
        Finding::DuplicatePlanId { .. } => say!(l, "diag-duplicate-plan-id-help"),
        Finding::SecondPlan { .. } => say!(l, "diag-second-plan-help"),
        Finding::YearOutOfRange { .. } => say!(l, "diag-year-help"),
        Finding::ThresholdOutOfRange { .. } => say!(l, "diag-threshold-help"),
        Finding::BooleanBaseline => say!(l, "diag-boolean-baseline-help"),
        Finding::BooleanAggregate => say!(l, "diag-boolean-aggregate-help"),
        Finding::BaselineBeyondTarget { .. } => say!(l, "diag-baseline-beyond-target-help"),
        Finding::BaselineOutOfRange { .. } => say!(l, "diag-baseline-out-of-range-help"),
        Finding::HandledWithProjects { .. } => say!(l, "diag-handled-with-projects-help"),
        Finding::NoIndicator { .. } => say!(l, "diag-no-indicator-help"),
        Finding::EmptyStrategicObjective { .. } => {
            say!(l, "diag-empty-strategic-objective-help")
        }
        Finding::UnknownPlan {
            known, suggestion, ..
        } => match suggestion {
            Some(_) => suggested(suggestion.as_deref(), &say!(l, "diag-pass-plan-help")),
            None if known.is_empty() => say!(l, "diag-no-plan-loaded-help"),
            None => say!(l, "diag-loaded-plans-help", plans = known.join(", ")),
        },
        Finding::UnknownIndicator { suggestion, .. } => match suggestion {
            Some(_) => suggested(suggestion.as_deref(), &say!(l, "diag-tree-lists-ids-help")),
            None => say!(l, "diag-tree-lists-ids-of-plan-help"),
        },
        Finding::ValueKind { expected, .. } => match expected {
            ValueKindExpected::YesNo => say!(l, "diag-value-kind-yes-no-help"),
            ValueKindExpected::Number => say!(l, "diag-value-kind-number-help"),
        },
        Finding::InvalidValue { .. } => say!(l, "diag-invalid-value-help"),
        Finding::InvalidDate {
            suggestion: Some(date),
            ..
        } => say!(l, "diag-day-first-help", date = date.to_string()),
        Finding::InvalidDate { error, .. } => match error {
            DateError::NotADate(_) | DateError::NoSuchDay(_) => say!(l, "diag-date-help"),
            DateError::NotAPeriod(_) | DateError::NoSuchPeriod(_) => {
                say!(l, "diag-period-help")
            }
        },
        Finding::DateAndPeriod => say!(l, "diag-date-and-period-help"),
        Finding::NoDateNorPeriod => say!(l, "diag-no-date-nor-period-help"),
        Finding::CoarseGranularity { per, .. } => {
            say!(l, "diag-coarse-granularity-help", per = period(*per))
        }
        Finding::OutsideYear { .. } => say!(l, "diag-outside-year-help"),
        Finding::DuplicateMeasurement { .. } => say!(l, "diag-duplicate-measurement-help"),
        Finding::UnknownAbout { suggestion, .. } => {
            suggested(suggestion.as_deref(), &say!(l, "diag-unknown-about-help"))
        }
        Finding::CommentOutsideYear { .. } => say!(l, "diag-comment-outside-year-help"),
        Finding::EmptyComment => say!(l, "diag-empty-comment-help"),
        Finding::DuplicateComment { .. } => say!(l, "diag-duplicate-comment-help"),
        Finding::AmbiguousNumber { ambiguity, .. } => ambiguity_help(ambiguity),
    };
    Some(text)
}

/// What a code catches, in a line: the rules of `--format sarif`.
pub fn rule(code: Code) -> String {
    let l = lang();
    match code {
        Code::Syntax => say!(l, "diag-rule-syntax"),
        Code::InvalidUtf8 => say!(l, "diag-rule-invalid-utf8"),
        Code::UnknownFileKind => say!(l, "diag-rule-unknown-file-kind"),
        Code::DuplicateKey => say!(l, "diag-rule-duplicate-key"),
        Code::UnknownKey => say!(l, "diag-rule-unknown-key"),
        Code::MissingKey => say!(l, "diag-rule-missing-key"),
        Code::WrongType => say!(l, "diag-rule-wrong-type"),
        Code::LimitExceeded => say!(l, "diag-rule-limit-exceeded"),
        Code::UnreadableWorkbook => say!(l, "diag-rule-unreadable-workbook"),
        Code::InvalidId => say!(l, "diag-rule-invalid-id"),
        Code::DuplicateId => say!(l, "diag-rule-duplicate-id"),
        Code::InvalidTarget => say!(l, "diag-rule-invalid-target"),
        Code::InvalidShare => say!(l, "diag-rule-invalid-share"),
        Code::DuplicatePlan => say!(l, "diag-rule-duplicate-plan"),
        Code::InvalidPlanValue => say!(l, "diag-rule-invalid-plan-value"),
        Code::UnknownPlan => say!(l, "diag-rule-unknown-plan"),
        Code::UnknownIndicator => say!(l, "diag-rule-unknown-indicator"),
        Code::ValueKind => say!(l, "diag-rule-value-kind"),
        Code::InvalidValue => say!(l, "diag-rule-invalid-value"),
        Code::InvalidDate => say!(l, "diag-rule-invalid-date"),
        Code::DatePeriod => say!(l, "diag-rule-date-period"),
        Code::CoarseGranularity => say!(l, "diag-rule-coarse-granularity"),
        Code::EmptyFolder => say!(l, "diag-rule-empty-folder"),
        Code::ReadAsWindows1252 => say!(l, "diag-rule-windows-1252"),
        Code::NoMeasurements => say!(l, "diag-rule-no-measurements"),
        Code::NoIndicator => say!(l, "diag-rule-no-indicator"),
        Code::EmptyStrategicObjective => say!(l, "diag-rule-empty-strategic-objective"),
        Code::OutsideYear => say!(l, "diag-rule-outside-year"),
        Code::AmbiguousNumber => say!(l, "diag-rule-ambiguous-number"),
        Code::DuplicateMeasurement => say!(l, "diag-rule-duplicate-measurement"),
        Code::UnknownAbout => say!(l, "diag-rule-unknown-about"),
        Code::CommentOutsideYear => say!(l, "diag-rule-comment-outside-year"),
        Code::EmptyComment => say!(l, "diag-rule-empty-comment"),
        Code::DuplicateComment => say!(l, "diag-rule-duplicate-comment"),
    }
}

/// The token of a severity in the machine formats (`short`, `github`): `error` or
/// `warning` in every language.
pub fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The name of a severity in the human format, in the language of messages.
pub fn severity_name(severity: Severity) -> String {
    match severity {
        Severity::Error => say!(lang(), "diag-level-error"),
        Severity::Warning => say!(lang(), "diag-level-warning"),
    }
}

/// `help`, which leads a help line.
pub fn help_heading() -> String {
    say!(lang(), "diag-level-help")
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
    let l = lang();
    let found = match (count(Severity::Error), count(Severity::Warning)) {
        (0, 0) => return None,
        (0, w) => say!(l, "diag-found-warnings", warnings = w),
        (e, 0) => say!(l, "diag-found-errors", errors = e),
        (e, w) => say!(l, "diag-found-both", errors = e, warnings = w),
    };
    let not_listed: usize = omitted.values().sum();
    Some(if not_listed == 0 {
        found
    } else {
        say!(
            l,
            "diag-found-not-listed",
            found = found,
            count = not_listed,
            max = KEPT_PER_CODE
        )
    })
}

/// The last line of `plan validate` in the human format: `plan: checked 3 files: 1 plan
/// with 12 indicators, 40 measurements: no problems found` (`summary` from [`summary`],
/// `None` when nothing was found; `read_in_part` files whose reading stopped at a fault).
pub fn checked(
    files: usize,
    plans: usize,
    indicators: usize,
    measurements: usize,
    summary: Option<String>,
    read_in_part: usize,
) -> String {
    let l = lang();
    let mut summary = summary.unwrap_or_else(|| say!(l, "diag-no-problems"));
    if read_in_part > 0 {
        summary = format!("{summary}, {}", self::read_in_part(read_in_part));
    }
    say!(
        l,
        "diag-checked",
        files = files,
        plans = plans,
        indicators = indicators,
        measurements = measurements,
        summary = summary
    )
}

/// The note of the human format on the findings of a code it does not show.
pub fn not_shown(more: usize, code: Code, listed_all: bool, listed: usize) -> String {
    let l = lang();
    let severity = severity_name(code.severity());
    let text = if listed_all {
        say!(
            l,
            "diag-not-shown-all",
            more = more,
            severity = severity,
            code = code.code()
        )
    } else {
        say!(
            l,
            "diag-not-shown-first",
            more = more,
            severity = severity,
            code = code.code(),
            listed = listed
        )
    };
    format!("{}: {text}", say!(l, "diag-level-note"))
}

/// What the machine formats say on standard error of the findings they leave out.
pub fn not_listed(count: usize) -> String {
    say!(
        lang(),
        "diag-not-listed",
        count = count,
        max = KEPT_PER_CODE
    )
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
            Some("did you mean `label`? allowed keys here: `label`, `target`")
        );
    }
}
