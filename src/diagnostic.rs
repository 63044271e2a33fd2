//! Findings as data: each [`Finding`] is a typed fact (the id, the key, the expected
//! type, the suggestion) with its stable [`Code`]; a [`Diagnostic`] is a finding and the
//! places it points at. Nothing here is worded: the words of every format live in
//! `render::diagnostics`. [`Findings`] collects the findings of a run and keeps at most
//! [`KEPT_PER_CODE`] of each code.
//!
//! A leaf: imports only [`crate::place`], [`crate::model`], [`crate::target`] and
//! [`crate::calendar`] (the facts that findings carry).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::calendar::DateError;
use crate::model::Level;
use crate::place::{FileId, Location, Place, Pos};
use crate::target::{Ambiguity, Period, TargetError, ValueFault};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Declares [`Code`] and [`Code::ALL`] from one list, so that the two cannot drift.
macro_rules! codes {
    ($($variant:ident => $code:literal $name:literal,)*) => {
        /// Every check `plan` makes, with its stable code. `docs/diagnostics.md` has an
        /// entry for each; a test keeps the two in step.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in the order of their codes.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The stable code shown in every format (`E102`).
            pub fn code(self) -> &'static str {
                match self {
                    $(Code::$variant => $code,)*
                }
            }

            /// A short kebab-case name (`duplicate-id`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }
        }
    };
}

codes! {
    Syntax => "E001" "syntax",
    InvalidUtf8 => "E002" "invalid-utf8",
    UnknownFileKind => "E003" "unknown-file-kind",
    DuplicateKey => "E004" "duplicate-key",
    UnknownKey => "E005" "unknown-key",
    MissingKey => "E006" "missing-key",
    WrongType => "E007" "wrong-type",
    LimitExceeded => "E008" "limit-exceeded",
    UnreadableWorkbook => "E009" "unreadable-workbook",
    InvalidId => "E101" "invalid-id",
    DuplicateId => "E102" "duplicate-id",
    InvalidTarget => "E103" "invalid-target",
    InvalidShare => "E104" "invalid-share",
    DuplicatePlan => "E105" "duplicate-plan",
    InvalidPlanValue => "E106" "invalid-plan-value",
    UnknownPlan => "E201" "unknown-plan",
    UnknownIndicator => "E202" "unknown-indicator",
    ValueKind => "E203" "value-kind",
    InvalidValue => "E204" "invalid-value",
    InvalidDate => "E205" "invalid-date",
    DatePeriod => "E206" "date-period",
    CoarseGranularity => "E207" "coarse-granularity",
    UnknownAbout => "E301" "unknown-about",
    CommentOutsideYear => "E302" "comment-outside-year",
    EmptyComment => "E303" "empty-comment",
    DuplicateComment => "E304" "duplicate-comment",
    EmptyFolder => "W001" "empty-folder",
    NoMeasurements => "W002" "no-measurements",
    ReadAsWindows1252 => "W003" "windows-1252",
    NoIndicator => "W101" "no-indicator",
    EmptyStrategicObjective => "W102" "empty-strategic-objective",
    OutsideYear => "W201" "outside-year",
    DuplicateMeasurement => "W202" "duplicate-measurement",
    AmbiguousNumber => "W203" "ambiguous-number",
}

impl Code {
    pub fn severity(self) -> Severity {
        if self.code().starts_with('W') {
            Severity::Warning
        } else {
            Severity::Error
        }
    }
}

/// A fault of YAML syntax, grouped by what the writer of the file has to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxFault {
    /// A `:` that makes a key where none can stand (`label: Nombre : 12`).
    KeyNotAllowed,
    /// A list item (`- `) where none can stand.
    ItemNotAllowed,
    /// A line where a `key: value` line was expected.
    KeyExpected,
    /// A line not indented as the lines around it.
    Indentation,
    /// The file ends inside a list or a block of keys.
    UnexpectedEnd,
    /// A `[` or `{` never closed, noticed at the end of the file.
    BracketNotClosed,
    /// A `]` or `}` that closes no bracket, or the wrong one.
    BracketMismatch,
    /// A `\` escape inside double quotes that YAML does not know.
    Escape,
    /// A character that cannot start a value here (`@`, `` ` ``, `%`).
    Character,
    /// Text after a closing quote (`"Oui" ou non`).
    AfterQuote,
    /// Any other fault of the YAML syntax.
    Other,
}

/// A kind of value, as a fault of type names what was found or expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    /// An integer.
    WholeNumber,
    Number,
    /// A boolean expected: `true` or `false`.
    TrueOrFalse,
    /// A boolean found: `yes`, `true`…
    YesNo,
    Text,
    List,
    /// A YAML mapping: `key: value` lines.
    Keys,
    /// A YAML null.
    Nothing,
    /// A measured value.
    NumberOrYesNo,
    /// The top of a file.
    PlanOrMeasurements,
    /// A key of a mapping.
    Key,
    /// Any other kind, that the parser names in its own words.
    Other,
}

/// A safety limit of the YAML parser other than nesting, aliases and nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// Too many bytes of text.
    Text,
    /// Too many YAML documents.
    Documents,
    /// Too many merge keys (`<<`).
    MergeKeys,
    /// A list or block closed that was never opened.
    Unbalanced,
    /// Any other limit.
    Other,
}

/// Why the system stopped the reading of a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadFault {
    /// No permission to read it.
    Denied,
    /// The file went away while it was read.
    Gone,
    /// The file ended before the system said it would (cut short, being written).
    CutShort,
    /// Any other fault of the system.
    Other,
}

/// Which kind of file a size limit applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Plan,
    Measurements,
}

/// Where bytes that are not UTF-8 were found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Utf8Fault {
    /// An invalid byte, at the finding's place.
    Byte,
    /// A UTF-16 byte-order mark at the start.
    Utf16,
    /// A CSV file that is neither UTF-8 nor Windows-1252 text (binary data, a control
    /// character, a byte that Windows-1252 leaves undefined), at its first such byte:
    /// one finding for the file, whose rest is not read.
    NotText,
}

/// What a file holds that is neither a plan nor measurements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    /// A YAML mapping without `sectors` or `measurements`.
    OtherMapping,
    /// A YAML list.
    List,
    /// A single YAML value.
    Scalar,
    /// An empty YAML document.
    Empty,
    /// An empty CSV file.
    EmptyCsv,
    /// A CSV file written by `plan export`.
    Export,
    /// A workbook (`.xlsx`, `.xls`, `.ods`) with no sheet of measurements.
    Workbook,
}

/// A list that an operational objective may share (merged cells).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    Results,
    Indicators,
}

/// What is wrong with a `shares` reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareProblem {
    /// The objective names itself.
    Itself,
    /// No operational objective of the project has that id.
    NotInProject { service: String },
    /// The objective shares the list but also lists its own.
    AlsoOwn { objective: String },
    /// The objective named shares its list itself.
    OwnerShares,
    /// The objective named has no such list.
    NothingToShare,
}

/// What a measured value should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKindExpected {
    /// A yes/no target, and a number was given.
    YesNo,
    /// A numeric target, and yes/no was given.
    Number,
}

/// Why a measured number is refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ValueProblem {
    NotFinite,
    Negative(f64),
    TooLarge(f64),
}

// Lenient reading of YAML files (issue 11): where a misplaced key belongs, quotes left open.

/// A kind of YAML mapping in a plan or measurements file: where a key is allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mapping {
    /// A level of the plan's hierarchy (the plan itself, a sector, … an indicator).
    Level(Level),
    /// An operational objective's `shares`.
    Shares,
    /// The mapping form of a target (`op`, `value`, `unit`, `per`).
    Target,
    /// The top of a measurements file.
    MeasurementsFile,
    /// One record of a measurements file.
    Measurement,
    /// One comment of a measurements file (SPEC §2.4).
    Comment,
}

/// One finding, with the facts that its message, label and help are made of.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    // Reading files.
    /// A fault of YAML syntax, by the kind the parser gives it.
    Syntax {
        fault: SyntaxFault,
    },
    /// A tab used for indentation, at the tab.
    Tab,
    /// A second YAML document in a file.
    SecondDocument,
    /// A `[` or `{` left open; the parser stopped later (the related place) with `stopped`.
    UnclosedBracket {
        stopped: Box<Finding>,
    },
    /// A quote whose text runs past its line to where the parser stopped (the related
    /// place, with `stopped`), or to the end of the file (`stopped` is `None`).
    UnclosedQuote {
        stopped: Option<Box<Finding>>,
    },
    /// A CSV row with more fields than the header.
    TooManyFields {
        found: usize,
        expected: usize,
    },
    /// A CSV row with fewer fields than the header.
    TooFewFields {
        found: usize,
        expected: usize,
    },
    /// A CSV quote not closed on the line where it opens, whose field would take in the
    /// lines `swallowed` (first and last, when there are any): the row is skipped and
    /// those lines are read as rows, or, `in_header`, the file is not read.
    UnclosedCsvQuote {
        swallowed: Option<(u32, u32)>,
        in_header: bool,
    },
    /// A CSV row the csv crate could not read, for a reason it names in its own words.
    UnreadableRow,
    InvalidUtf8 {
        fault: Utf8Fault,
    },
    UnknownFileKind {
        content: Content,
    },
    DuplicateKey {
        key: Option<String>,
    },
    DuplicateColumn {
        name: String,
    },
    UnknownKey {
        key: String,
        allowed: Vec<String>,
        suggestion: Option<String>,
    },
    /// A key of another kind of mapping (`belongs`), written where it is not allowed:
    /// indented under the wrong parent, or one level too deep.
    MisplacedKey {
        key: String,
        belongs: Vec<Mapping>,
        allowed: Vec<String>,
    },
    UnknownColumn {
        name: String,
        suggestion: Option<String>,
    },
    MissingKey {
        key: String,
    },
    /// Required CSV columns absent from the header: one of `names`.
    MissingColumn {
        names: Vec<&'static str>,
    },
    EmptyCell {
        column: &'static str,
    },
    /// A workbook that cannot be read.
    UnreadableWorkbook {
        fault: WorkbookFault,
    },
    /// A value of the wrong type: what was found (when the parser says) and expected.
    WrongType {
        found: Option<ValueType>,
        expected: ValueType,
    },
    /// A value that is not one of the allowed words.
    UnknownValue {
        value: String,
        expected: Vec<String>,
    },
    /// A target that is neither a text nor the keys of a target.
    TargetShape,
    /// A measured value that is neither a number nor yes/no, and why.
    NotAValue {
        text: String,
        fault: ValueFault,
    },
    FileTooLarge {
        size: u64,
        limit: u64,
        kind: FileKind,
    },
    /// No `sectors` or `measurements` key within `limit` bytes.
    KindUndecided {
        limit: u64,
    },
    NestingTooDeep {
        max: usize,
    },
    AliasBomb,
    TooManyNodes {
        max: usize,
    },
    /// Another safety limit of the YAML parser.
    SafetyLimit {
        limit: Limit,
    },
    /// A CSV row longer than `limit` bytes (a quote left open?): the rest is not read.
    RowTooLong {
        limit: usize,
    },
    /// A CSV file whose reading stopped on a read error of the system.
    ReadStopped {
        fault: ReadFault,
    },
    // What the run read.
    /// A folder named on the command line that holds no file to read, while other paths
    /// do (placed at the folder as a whole).
    EmptyFolder,
    /// A CSV file read as Windows-1252 (Excel's "CSV (séparateur: point-virgule)"), at
    /// its first byte that is not UTF-8: one finding for the file.
    ReadAsWindows1252,
    /// A plan with `indicators` indicators of which no measurement was read, of the
    /// `read` measurements read in all (for `report` and `export`, which need them).
    NoMeasurements {
        plan: String,
        indicators: usize,
        read: usize,
    },
    // Plans.
    InvalidId {
        level: Level,
        id: String,
    },
    DuplicateId {
        id: String,
        level: Level,
        first_level: Level,
    },
    InvalidTarget {
        error: TargetError,
    },
    InvalidShare {
        reference: String,
        list: Shared,
        problem: ShareProblem,
    },
    DuplicatePlanId {
        id: String,
    },
    SecondPlan {
        commune: String,
        year: i32,
        first_plan: String,
    },
    YearOutOfRange {
        year: i32,
    },
    ThresholdOutOfRange {
        value: f64,
    },
    BooleanBaseline,
    BooleanAggregate,
    BaselineBeyondTarget {
        baseline: f64,
        target: String,
    },
    BaselineOutOfRange {
        baseline: f64,
    },
    HandledWithProjects {
        id: String,
        by: String,
    },
    NoIndicator {
        id: String,
    },
    EmptyStrategicObjective {
        id: String,
    },
    // Measurements.
    UnknownPlan {
        id: String,
        known: Vec<String>,
        suggestion: Option<String>,
    },
    UnknownIndicator {
        id: String,
        plan: String,
        suggestion: Option<String>,
    },
    ValueKind {
        indicator: String,
        expected: ValueKindExpected,
    },
    InvalidValue {
        problem: ValueProblem,
    },
    /// A date or period that cannot be read, and the date it may mean (`02/03/2023`,
    /// day first, is `2023-03-02`).
    InvalidDate {
        error: DateError,
        suggestion: Option<NaiveDate>,
    },
    DateAndPeriod,
    NoDateNorPeriod,
    CoarseGranularity {
        kind: Period,
        per: Period,
    },
    OutsideYear {
        year: i32,
    },
    DuplicateMeasurement {
        indicator: String,
    },
    // Comments (SPEC §2.4).
    /// A comment's `about` names no id of its plan.
    UnknownAbout {
        id: String,
        plan: String,
        suggestion: Option<String>,
    },
    /// A comment's period does not lie in its plan's year.
    CommentOutsideYear {
        period: String,
        year: i32,
    },
    /// A comment with an empty `text`.
    EmptyComment,
    /// A second comment on the same id and period; the related place is the first.
    DuplicateComment {
        about: String,
        period: String,
    },
    /// A measured value such as `1,000`, read as decimals (`ambiguity.as_decimal`) though
    /// it could be thousands.
    AmbiguousNumber {
        text: String,
        ambiguity: Ambiguity,
    },
}

impl Finding {
    /// The finding's stable code.
    pub fn code(&self) -> Code {
        match self {
            Finding::Syntax { .. }
            | Finding::Tab
            | Finding::SecondDocument
            | Finding::UnclosedBracket { .. }
            | Finding::UnclosedQuote { .. }
            | Finding::TooManyFields { .. }
            | Finding::TooFewFields { .. }
            | Finding::UnclosedCsvQuote { .. }
            | Finding::UnreadableRow => Code::Syntax,
            Finding::InvalidUtf8 { .. } => Code::InvalidUtf8,
            Finding::UnknownFileKind { .. } => Code::UnknownFileKind,
            Finding::DuplicateKey { .. } | Finding::DuplicateColumn { .. } => Code::DuplicateKey,
            Finding::UnknownKey { .. }
            | Finding::MisplacedKey { .. }
            | Finding::UnknownColumn { .. } => Code::UnknownKey,
            Finding::MissingKey { .. }
            | Finding::MissingColumn { .. }
            | Finding::EmptyCell { .. } => Code::MissingKey,
            Finding::UnreadableWorkbook { .. } => Code::UnreadableWorkbook,
            Finding::WrongType { .. }
            | Finding::UnknownValue { .. }
            | Finding::TargetShape
            | Finding::NotAValue { .. } => Code::WrongType,
            Finding::FileTooLarge { .. }
            | Finding::KindUndecided { .. }
            | Finding::NestingTooDeep { .. }
            | Finding::AliasBomb
            | Finding::TooManyNodes { .. }
            | Finding::SafetyLimit { .. }
            | Finding::RowTooLong { .. }
            | Finding::ReadStopped { .. } => Code::LimitExceeded,
            Finding::EmptyFolder => Code::EmptyFolder,
            Finding::ReadAsWindows1252 => Code::ReadAsWindows1252,
            Finding::NoMeasurements { .. } => Code::NoMeasurements,
            Finding::InvalidId { .. } => Code::InvalidId,
            Finding::DuplicateId { .. } => Code::DuplicateId,
            Finding::InvalidTarget { .. } => Code::InvalidTarget,
            Finding::InvalidShare { .. } => Code::InvalidShare,
            Finding::DuplicatePlanId { .. } | Finding::SecondPlan { .. } => Code::DuplicatePlan,
            Finding::YearOutOfRange { .. }
            | Finding::ThresholdOutOfRange { .. }
            | Finding::BooleanBaseline
            | Finding::BooleanAggregate
            | Finding::BaselineBeyondTarget { .. }
            | Finding::BaselineOutOfRange { .. }
            | Finding::HandledWithProjects { .. } => Code::InvalidPlanValue,
            Finding::NoIndicator { .. } => Code::NoIndicator,
            Finding::EmptyStrategicObjective { .. } => Code::EmptyStrategicObjective,
            Finding::UnknownPlan { .. } => Code::UnknownPlan,
            Finding::UnknownIndicator { .. } => Code::UnknownIndicator,
            Finding::ValueKind { .. } => Code::ValueKind,
            Finding::InvalidValue { .. } => Code::InvalidValue,
            Finding::InvalidDate { .. } => Code::InvalidDate,
            Finding::DateAndPeriod | Finding::NoDateNorPeriod => Code::DatePeriod,
            Finding::CoarseGranularity { .. } => Code::CoarseGranularity,
            Finding::OutsideYear { .. } => Code::OutsideYear,
            Finding::DuplicateMeasurement { .. } => Code::DuplicateMeasurement,
            Finding::UnknownAbout { .. } => Code::UnknownAbout,
            Finding::CommentOutsideYear { .. } => Code::CommentOutsideYear,
            Finding::EmptyComment => Code::EmptyComment,
            Finding::DuplicateComment { .. } => Code::DuplicateComment,
            Finding::AmbiguousNumber { .. } => Code::AmbiguousNumber,
        }
    }
}

impl Finding {
    /// Whether reading its file stopped at this finding, so that what follows in the
    /// file was not read: a fault of syntax, a safety limit, a second document.
    pub fn stops_reading(&self) -> bool {
        matches!(
            self,
            Finding::Syntax { .. }
                | Finding::Tab
                | Finding::SecondDocument
                | Finding::UnclosedBracket { .. }
                | Finding::UnclosedQuote { .. }
                | Finding::UnclosedCsvQuote {
                    in_header: true,
                    ..
                }
                | Finding::KindUndecided { .. }
                | Finding::NestingTooDeep { .. }
                | Finding::AliasBomb
                | Finding::TooManyNodes { .. }
                | Finding::SafetyLimit { .. }
                | Finding::RowTooLong { .. }
                | Finding::ReadStopped { .. }
        )
    }
}

/// One finding and the places it points at: where it is, and the other places it
/// involves (the first of two duplicates, …), each worded from the finding.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub finding: Finding,
    pub at: Location,
    pub related: Vec<Location>,
}

impl Diagnostic {
    /// A finding at a text position.
    pub fn new(finding: Finding, file: FileId, pos: Pos) -> Self {
        Diagnostic {
            finding,
            at: Location::text(file, pos),
            related: Vec::new(),
        }
    }

    /// A finding about a file or folder as a whole, at no line.
    pub fn whole(finding: Finding, file: FileId) -> Self {
        Diagnostic {
            finding,
            at: Location::whole(file),
            related: Vec::new(),
        }
    }

    pub fn code(&self) -> Code {
        self.finding.code()
    }

    pub fn severity(&self) -> Severity {
        self.code().severity()
    }

    /// Another place, in a text file, that the finding involves.
    pub fn related(mut self, file: FileId, pos: Pos) -> Self {
        self.related.push(Location::text(file, pos));
        self
    }
}

/// Why a workbook cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkbookFault {
    /// The `~$` lock file that Excel leaves beside a workbook it has open.
    LockFile,
    /// A workbook protected by a password (encrypted).
    Protected,
    /// Not a workbook that can be read: damaged, cut short, or another kind of file.
    Corrupt,
}

/// Findings of one code past this many are counted, not kept: a large file with the
/// same mistake on every row stays readable and small in memory.
pub const KEPT_PER_CODE: usize = 10_000;

/// The findings of a run: those kept (at most [`KEPT_PER_CODE`] of a code) and the count
/// of the others.
#[derive(Clone, Debug, Default)]
pub struct Findings {
    kept: Vec<Diagnostic>,
    kept_per_code: BTreeMap<Code, usize>,
    omitted: BTreeMap<Code, usize>,
}

impl Findings {
    /// Counts a finding of `code` past what is kept, so that it need not be made;
    /// whether it was counted so.
    pub fn omits(&mut self, code: Code) -> bool {
        if self.kept_per_code.get(&code).copied().unwrap_or(0) < KEPT_PER_CODE {
            return false;
        }
        *self.omitted.entry(code).or_default() += 1;
        true
    }

    /// Keeps only the findings kept that `keep` holds to; the others are as if never
    /// found.
    pub fn retain(&mut self, mut keep: impl FnMut(&Diagnostic) -> bool) {
        let counts = &mut self.kept_per_code;
        self.kept.retain(|diagnostic| {
            let kept = keep(diagnostic);
            if !kept && let Some(count) = counts.get_mut(&diagnostic.code()) {
                *count -= 1;
            }
            kept
        });
    }

    /// Keeps a finding, or counts it past the cap.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        let code = diagnostic.code();
        if !self.omits(code) {
            *self.kept_per_code.entry(code).or_default() += 1;
            self.kept.push(diagnostic);
        }
    }

    /// The findings kept.
    pub fn list(&self) -> &[Diagnostic] {
        &self.kept
    }

    /// The findings past the cap, counted by code.
    pub fn omitted(&self) -> &BTreeMap<Code, usize> {
        &self.omitted
    }

    /// Whether an error is among them (kept or counted).
    pub fn has_errors(&self) -> bool {
        self.kept.iter().any(|d| d.severity() == Severity::Error)
            || self.omitted.keys().any(|c| c.severity() == Severity::Error)
    }

    /// Takes in the findings of a later part of the run (the checks of a later file), as
    /// if they had been found after these: the cap counts them in that order.
    pub fn absorb(&mut self, later: Findings) {
        self.absorb_with(later, Vec::new());
    }

    /// The same, with `more` found among them: findings of the same codes as some of
    /// `later`'s, in the order of their places, which `later`'s of those codes follow.
    /// The cap keeps the first of a code, so each code keeps the order of one run.
    pub fn absorb_with(&mut self, later: Findings, more: Vec<Diagnostic>) {
        let codes: BTreeSet<Code> = more.iter().map(Diagnostic::code).collect();
        let (mut merged, rest): (Vec<Diagnostic>, Vec<Diagnostic>) = later
            .kept
            .into_iter()
            .partition(|d| codes.contains(&d.code()));
        for diagnostic in rest {
            self.push(diagnostic);
        }
        if !more.is_empty() {
            merged.extend(more);
            // Stable: at one place, the file's own finding comes first.
            merged.sort_by(|a, b| (a.code(), &a.at.place).cmp(&(b.code(), &b.at.place)));
        }
        for diagnostic in merged {
            self.push(diagnostic);
        }
        for (code, count) in later.omitted {
            *self.omitted.entry(code).or_default() += count;
        }
    }

    /// Points the related places that `moved` gives a new place for, of the findings of
    /// the code given, elsewhere (a copy's first record, found in an earlier file).
    pub fn repoint(&mut self, moved: impl Fn(Code, &Location) -> Option<Location>) {
        for diagnostic in &mut self.kept {
            let code = diagnostic.code();
            for location in &mut diagnostic.related {
                if let Some(new) = moved(code, location) {
                    *location = new;
                }
            }
        }
    }

    /// Moves every place that `moved` gives a new place for (a text position in a sheet
    /// of a workbook becomes its cell).
    pub fn relocate(&mut self, moved: impl Fn(&Location) -> Option<Place>) {
        for diagnostic in &mut self.kept {
            for location in std::iter::once(&mut diagnostic.at).chain(&mut diagnostic.related) {
                if let Some(place) = moved(location) {
                    location.place = place;
                }
            }
        }
    }

    /// Sorts the findings kept by file, place and code, so that output never depends on
    /// the order in which checks ran (findings at one place keep their order).
    pub fn sort<'p>(&mut self, path: impl Fn(FileId) -> &'p Path) {
        self.kept.sort_by(|a, b| {
            (path(a.at.file), &a.at.place, a.code()).cmp(&(path(b.at.file), &b.at.place, b.code()))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_ordered() {
        let codes: Vec<&str> = Code::ALL.iter().map(|c| c.code()).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(codes, sorted);
    }

    #[test]
    fn findings_past_the_cap_are_counted() {
        let mut findings = Findings::default();
        for _ in 0..KEPT_PER_CODE + 5 {
            findings.push(Diagnostic::new(Finding::AliasBomb, 0, Pos::start()));
        }
        assert_eq!(findings.list().len(), KEPT_PER_CODE);
        assert_eq!(findings.omitted().get(&Code::LimitExceeded), Some(&5));
        assert!(findings.has_errors());
    }
}
