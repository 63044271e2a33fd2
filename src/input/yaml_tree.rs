//! The lenient pass over a YAML file, run only when the strict decoding of `yaml.rs` met
//! a structural fault (an unknown, misplaced or duplicate key, a wrong type, a missing
//! key): it goes on past each fault, so that every one of the file is reported at its
//! place in one run (SPEC §3).
//!
//! The file is read with the parser serde-saphyr reads with (`granit_parser`, so that
//! both passes read the same syntax) into small trees of [`Node`]s, each with its place,
//! and each tree is checked against a [`Shape`]: the keys allowed, required and typed in
//! each mapping, as the types of [`crate::model`] declare them. A value's type is decided
//! by serde-saphyr itself, decoding the value's text into the model's type, so that both
//! passes accept the same values. Aliases are never expanded: an alias is checked as the
//! node it names, without descending into a list or mapping.
//!
//! A plan is read whole ([`plan`]). A measurements file is read record by record
//! ([`measurements`]): a record that passes is handed on, a broken one is reported and
//! skipped, as a bad CSV row is; memory stays that of one record.
//!
//! Part of `input`: imports the leaves and its sibling `yaml_fault.rs`.

use std::collections::HashMap;
use std::rc::Rc;

use serde::de::{DeserializeOwned, IgnoredAny};
use serde_saphyr::Error as YamlError;
use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle, Span, StrInput, StructureStyle};

use super::limits::MAX_DEPTH;
use super::yaml_fault;
use crate::diagnostic::{Diagnostic, Finding, Mapping};
use crate::model::{Aggregate, Level, Located, LoneValue, Measurement, PlanLanguage};
use crate::place::{FileId, Pos};
use crate::target::TargetSpec;

/// A node of a YAML document and where it is written.
#[derive(Clone, Debug)]
pub(super) struct Node {
    /// Its start; for a block mapping, its first key.
    pub(super) pos: Pos,
    /// Where its text starts, in bytes.
    pub(super) start: usize,
    /// Where its text ends, in bytes: after a scalar, after the `]` or `}` of a flow
    /// list or mapping, after the last value of a block one.
    pub(super) end: usize,
    pub(super) kind: Kind,
}

#[derive(Clone, Debug)]
pub(super) enum Kind {
    /// A scalar: its value, and its text as written when it is written on one line or
    /// plain (`None` for a block scalar, whose value stands for it).
    Scalar {
        value: String,
        style: ScalarStyle,
        written: Option<String>,
    },
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
    /// An alias, and the node its anchor names (never expanded).
    Alias(Rc<Node>),
}

impl Node {
    /// The node itself, or the node an alias names.
    fn resolved(&self) -> &Node {
        match &self.kind {
            Kind::Alias(target) => target,
            _ => self,
        }
    }

    /// Whether a plain scalar means "nothing" (`~`, `null`, or no value at all).
    fn is_null(&self) -> bool {
        matches!(&self.resolved().kind, Kind::Scalar { value, style: ScalarStyle::Plain, .. }
            if matches!(value.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// The node's text as a YAML document of its own, for serde-saphyr to decode: a
    /// scalar as written (a block scalar double-quoted), a list or mapping empty (its
    /// kind is what is decoded).
    fn standalone(&self) -> String {
        match &self.resolved().kind {
            Kind::Scalar {
                written: Some(written),
                ..
            } if !written.trim().is_empty() => written.clone(),
            Kind::Scalar { value, .. } => {
                serde_json::to_string(value).expect("a string is written as JSON")
            }
            Kind::List(_) => "[]".into(),
            Kind::Map(_) | Kind::Alias(_) => "{}".into(),
        }
    }

    pub(super) fn key(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar { value, .. } => Some(value),
            _ => None,
        }
    }
}

/// Why reading stopped before the end.
#[derive(Debug)]
pub(super) enum Stopped {
    /// A fault of syntax (or a second document): the strict reading words it.
    Syntax,
    /// Nesting deeper than [`MAX_DEPTH`], at the node where it goes deeper.
    TooDeep(Pos),
}

/// The events of one YAML text, made into nodes.
struct Reader<'t> {
    parser: Parser<'t, StrInput<'t>>,
    /// Anchored nodes by anchor id, for the aliases that name them.
    anchors: HashMap<usize, Rc<Node>>,
}

fn pos(span: &Span) -> Pos {
    let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Pos::new(
        clamp(span.start.line()).max(1),
        clamp(span.start.col()).saturating_add(1),
        clamp(span.len()),
    )
}

impl<'t> Reader<'t> {
    fn new(text: &'t str) -> Self {
        let mut options = serde_saphyr::granit_parser::Options::default();
        options.block_nesting_limit = options.block_nesting_limit.max(MAX_DEPTH + 1);
        Reader {
            parser: Parser::new_from_str_with_options(text, options),
            anchors: HashMap::new(),
        }
    }

    /// The next event that is part of the document's structure.
    fn next(&mut self) -> Result<(Event<'t>, Span), Stopped> {
        loop {
            match self.parser.next_event() {
                Some(Ok((event, span))) if event.is_node() || is_structural(&event) => {
                    return Ok((event, span));
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => return Err(Stopped::Syntax),
            }
        }
    }

    /// Skips the start of the stream and of its document: the document's first node.
    fn document(&mut self, text: &str) -> Result<Node, Stopped> {
        loop {
            let (event, span) = self.next()?;
            match event {
                Event::StreamStart | Event::DocumentStart(..) => {}
                event => return self.node(text, event, span, 0),
            }
        }
    }

    /// The node that `event` starts, read to its end.
    fn node(
        &mut self,
        text: &str,
        event: Event<'t>,
        span: Span,
        depth: usize,
    ) -> Result<Node, Stopped> {
        let start = span.start.byte_offset().unwrap_or(0);
        let (node, anchor) = match event {
            Event::Scalar(value, style, anchor, _) => {
                let written = span.byte_range().and_then(|range| {
                    let raw = text.get(range)?;
                    (style == ScalarStyle::Plain || !raw.contains('\n')).then(|| raw.to_string())
                });
                let kind = Kind::Scalar {
                    value: value.into_owned(),
                    style,
                    written: written
                        .filter(|_| !matches!(style, ScalarStyle::Literal | ScalarStyle::Folded)),
                };
                (
                    Node {
                        pos: pos(&span),
                        start,
                        end: span.end.byte_offset().unwrap_or(start),
                        kind,
                    },
                    anchor,
                )
            }
            Event::SequenceStart(style, anchor, _) => {
                self.deeper(depth, &span)?;
                let mut items = Vec::new();
                let closed = loop {
                    match self.next()? {
                        (Event::SequenceEnd, end) => break end,
                        (event, span) => items.push(self.node(text, event, span, depth + 1)?),
                    }
                };
                let node = Node {
                    pos: Pos {
                        len: 1,
                        ..pos(&span)
                    },
                    start,
                    end: end_of(style, &closed, items.last(), start),
                    kind: Kind::List(items),
                };
                (node, anchor)
            }
            Event::MappingStart(style, anchor, _) => {
                self.deeper(depth, &span)?;
                let mut entries: Vec<(Node, Node)> = Vec::new();
                let closed = loop {
                    let key = match self.next()? {
                        (Event::MappingEnd, end) => break end,
                        (event, span) => self.node(text, event, span, depth + 1)?,
                    };
                    let (event, span) = self.next()?;
                    let value = self.node(text, event, span, depth + 1)?;
                    entries.push((key, value));
                };
                let at = match (style, entries.first()) {
                    (StructureStyle::Block, Some((key, _))) => key.pos,
                    _ => Pos {
                        len: 1,
                        ..pos(&span)
                    },
                };
                let last = entries.last().map(|(_, value)| value);
                let node = Node {
                    pos: at,
                    start,
                    end: end_of(style, &closed, last, start),
                    kind: Kind::Map(entries),
                };
                (node, anchor)
            }
            Event::Alias(id) => {
                let target = self.anchors.get(&id).cloned().ok_or(Stopped::Syntax)?;
                let node = Node {
                    pos: pos(&span),
                    start,
                    end: span.end.byte_offset().unwrap_or(start),
                    kind: Kind::Alias(target),
                };
                (node, 0)
            }
            _ => return Err(Stopped::Syntax),
        };
        if anchor != 0 {
            self.anchors.insert(anchor, Rc::new(node.clone()));
        }
        Ok(node)
    }

    fn deeper(&self, depth: usize, span: &Span) -> Result<(), Stopped> {
        if depth >= MAX_DEPTH {
            return Err(Stopped::TooDeep(pos(span)));
        }
        Ok(())
    }
}

/// Where a list or mapping that starts at `start` ends: after its closing bracket when
/// it is written in flow style, else after its last node.
fn end_of(style: StructureStyle, closed: &Span, last: Option<&Node>, start: usize) -> usize {
    match (style, last) {
        (StructureStyle::Flow, _) => closed.end.byte_offset().unwrap_or(start),
        (StructureStyle::Block, Some(last)) => last.end,
        (StructureStyle::Block, None) => start,
    }
}

/// The document of a YAML text as a tree of nodes, each with its place; `None` when the
/// text cannot be read to its end.
pub(super) fn document(text: &str) -> Option<Node> {
    Reader::new(text).document(text).ok()
}

fn is_structural(event: &Event) -> bool {
    matches!(
        event,
        Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart(..)
            | Event::DocumentEnd
            | Event::SequenceEnd
            | Event::MappingEnd
    )
}

/// What a value must be.
#[derive(Clone, Copy)]
enum Shape {
    /// Text: any value written on its own but a list or mapping (or nothing, where the
    /// key is required).
    Text,
    /// A value of a model type, decided by serde-saphyr decoding it: `check::<T>`.
    Typed(fn(&str) -> Result<(), YamlError>),
    /// A target: a text, or a mapping of the keys of [`TARGET_MAPPING`].
    Target,
    List(&'static Shape),
    Record(&'static Record),
}

/// Whether a value of type `T` can be decoded from `text` (a YAML document).
fn check<T: DeserializeOwned>(text: &str) -> Result<(), YamlError> {
    serde_saphyr::from_str_with_options::<T>(text, serde_saphyr::options! { with_snippet: false })
        .map(drop)
}

/// How much a key is needed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    Required,
    /// May be left out or given no value (`Option`).
    Optional,
    /// May be left out (a list with a default), not given no value.
    Defaulted,
}

/// A key of a mapping, what its value must be, and how much it is needed.
struct Field {
    key: &'static str,
    shape: Shape,
    need: Need,
}

const fn field(key: &'static str, shape: Shape, need: Need) -> Field {
    Field { key, shape, need }
}

/// A kind of mapping: its keys, in the order of the model.
pub(super) struct Record {
    mapping: Mapping,
    fields: &'static [Field],
}

use Need::{Defaulted, Optional, Required};

const TEXT_LIST: Shape = Shape::List(&Shape::Text);
const WHOLE: Shape = Shape::Typed(check::<i32>);
const NUMBER: Shape = Shape::Typed(check::<f64>);

const PLAN: Record = Record {
    mapping: Mapping::Level(Level::Plan),
    fields: &[
        field("id", Shape::Text, Required),
        field("commune", Shape::Text, Required),
        field("year", WHOLE, Required),
        field("title", Shape::Text, Required),
        field("allocation", Shape::Text, Optional),
        field("legal_basis", Shape::Text, Optional),
        field("language", Shape::Typed(check::<PlanLanguage>), Defaulted),
        field("partial_threshold", NUMBER, Optional),
        field("note", Shape::Text, Optional),
        field("sectors", Shape::List(&Shape::Record(&SECTOR)), Required),
    ],
};

const SECTOR: Record = Record {
    mapping: Mapping::Level(Level::Sector),
    fields: &[
        field("id", Shape::Text, Required),
        field("title", Shape::Text, Required),
        field("note", Shape::Text, Optional),
        field(
            "general_objectives",
            Shape::List(&Shape::Record(&GENERAL)),
            Defaulted,
        ),
    ],
};

const GENERAL: Record = Record {
    mapping: Mapping::Level(Level::GeneralObjective),
    fields: &[
        field("id", Shape::Text, Required),
        field("title", Shape::Text, Required),
        field("note", Shape::Text, Optional),
        field(
            "strategic_objectives",
            Shape::List(&Shape::Record(&STRATEGIC)),
            Defaulted,
        ),
    ],
};

const STRATEGIC: Record = Record {
    mapping: Mapping::Level(Level::StrategicObjective),
    fields: &[
        field("id", Shape::Text, Required),
        field("domain", Shape::Text, Required),
        field("handled_by", Shape::Text, Optional),
        field("note", Shape::Text, Optional),
        field("projects", Shape::List(&Shape::Record(&PROJECT)), Defaulted),
    ],
};

const PROJECT: Record = Record {
    mapping: Mapping::Level(Level::Project),
    fields: &[
        field("service", Shape::Text, Required),
        field("note", Shape::Text, Optional),
        field(
            "operational_objectives",
            Shape::List(&Shape::Record(&OBJECTIVE)),
            Defaulted,
        ),
    ],
};

const OBJECTIVE: Record = Record {
    mapping: Mapping::Level(Level::OperationalObjective),
    fields: &[
        field("id", Shape::Text, Required),
        field("title", Shape::Text, Required),
        field("results", TEXT_LIST, Defaulted),
        field(
            "indicators",
            Shape::List(&Shape::Record(&INDICATOR)),
            Defaulted,
        ),
        field("shares", Shape::Record(&SHARES), Optional),
        field("note", Shape::Text, Optional),
    ],
};

const SHARES: Record = Record {
    mapping: Mapping::Shares,
    fields: &[
        field("results", Shape::Text, Optional),
        field("indicators", Shape::Text, Optional),
    ],
};

const INDICATOR: Record = Record {
    mapping: Mapping::Level(Level::Indicator),
    fields: &[
        field("id", Shape::Text, Required),
        field("label", Shape::Text, Required),
        field("target", Shape::Target, Required),
        field("baseline", NUMBER, Optional),
        field("aggregate", Shape::Typed(check::<Aggregate>), Optional),
        field("note", Shape::Text, Optional),
    ],
};

const TARGET_MAPPING: Record = Record {
    mapping: Mapping::Target,
    fields: &[
        field("op", Shape::Text, Required),
        field("value", NUMBER, Required),
        field("unit", Shape::Text, Optional),
        field("per", Shape::Text, Optional),
    ],
};

/// Every kind of mapping of a plan file: where a misplaced key may belong.
const PLAN_MAPPINGS: &[&Record] = &[
    &PLAN,
    &SECTOR,
    &GENERAL,
    &STRATEGIC,
    &PROJECT,
    &OBJECTIVE,
    &SHARES,
    &INDICATOR,
    &TARGET_MAPPING,
];

const MEASUREMENTS_FILE: Record = Record {
    mapping: Mapping::MeasurementsFile,
    fields: &[
        field("plan", Shape::Text, Required),
        field("note", Shape::Text, Optional),
        field(
            "measurements",
            Shape::List(&Shape::Record(&MEASUREMENT)),
            Defaulted,
        ),
        field("comments", Shape::List(&Shape::Record(&COMMENT)), Defaulted),
    ],
};

const COMMENT: Record = Record {
    mapping: Mapping::Comment,
    fields: &[
        field("about", Shape::Text, Required),
        field("period", Shape::Text, Optional),
        field("text", Shape::Text, Required),
        field("action", Shape::Text, Optional),
    ],
};

const MEASUREMENT: Record = Record {
    mapping: Mapping::Measurement,
    fields: &[
        field("indicator", Shape::Text, Required),
        field("date", Shape::Text, Optional),
        field("period", Shape::Text, Optional),
        field("value", Shape::Typed(check::<LoneValue>), Required),
        field("note", Shape::Text, Optional),
    ],
};

const MEASUREMENTS_MAPPINGS: &[&Record] = &[&MEASUREMENTS_FILE, &MEASUREMENT, &COMMENT];

/// Checks nodes against shapes, collecting the findings.
struct Checker<'a> {
    file: FileId,
    /// The kinds of mapping of the file, where a misplaced key may belong.
    family: &'a [&'a Record],
    findings: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn push(&mut self, finding: Finding, pos: Pos) {
        self.findings.push(Diagnostic::new(finding, self.file, pos));
    }

    /// The finding of serde-saphyr decoding `node` with `decode`, at the node.
    fn decoded(&mut self, node: &Node, at: Pos, decode: fn(&str) -> Result<(), YamlError>) {
        let text = node.standalone();
        if let Err(err) = decode(&text) {
            let finding = yaml_fault::diagnostic(&err, self.file, &text, 1).finding;
            self.push(finding, at);
        }
    }

    /// Checks a value; returns the keys found misplaced in it when it is a mapping, for
    /// its parent not to report them missing too.
    fn value(&mut self, node: &Node, shape: Shape, need: Need) -> Vec<String> {
        if need == Need::Optional && node.is_null() {
            return Vec::new();
        }
        let at = node.pos;
        let target = node.resolved();
        let aliased = !std::ptr::eq(target, node);
        match (shape, &target.kind) {
            (Shape::Text, Kind::Scalar { .. }) if !target.is_null() => {}
            (Shape::Text, _) => self.decoded(target, at, check::<String>),
            (Shape::Typed(decode), _) => self.decoded(target, at, decode),
            (Shape::Target, Kind::Map(_)) if !aliased => {
                return self.record(target, &TARGET_MAPPING);
            }
            (Shape::Target, Kind::Map(_)) => {}
            (Shape::Target, _) => self.decoded(target, at, check::<TargetSpec>),
            (Shape::List(item), Kind::List(items)) => {
                if !aliased {
                    for each in items {
                        self.value(each, *item, Need::Required);
                    }
                }
            }
            (Shape::List(_), _) => self.decoded(target, at, check::<Vec<IgnoredAny>>),
            (Shape::Record(record), Kind::Map(_)) => {
                if !aliased {
                    return self.record(target, record);
                }
            }
            (Shape::Record(_), _) => {
                self.decoded(target, at, check::<HashMap<String, IgnoredAny>>);
            }
        }
        Vec::new()
    }

    /// Checks a mapping's keys and values; returns its keys that belong elsewhere.
    fn record(&mut self, node: &Node, record: &Record) -> Vec<String> {
        let Kind::Map(entries) = &node.kind else {
            return Vec::new();
        };
        let mut seen: Vec<&str> = Vec::new();
        let mut foreign = Vec::new();
        // Keys given, but misplaced below or misspelt: not reported missing as well.
        let mut misplaced_below = Vec::new();
        for (key, value) in entries {
            let Some(name) = key.key() else {
                self.push(
                    Finding::UnknownKey {
                        key: key.standalone(),
                        allowed: allowed(record),
                        suggestion: None,
                    },
                    key.pos,
                );
                continue;
            };
            if seen.contains(&name) {
                self.push(
                    Finding::DuplicateKey {
                        key: Some(name.to_string()),
                    },
                    key.pos,
                );
                continue;
            }
            seen.push(name);
            match record.fields.iter().find(|f| f.key == name) {
                Some(field) => {
                    misplaced_below.extend(self.value(value, field.shape, field.need));
                }
                None => {
                    let finding = self.foreign(name, record);
                    if let Finding::UnknownKey {
                        suggestion: Some(meant),
                        ..
                    } = &finding
                    {
                        // A key misspelt: its missing key is the same fault.
                        misplaced_below.push(meant.clone());
                    }
                    self.push(finding, key.pos);
                    foreign.push(name.to_string());
                }
            }
        }
        // A mapping of foreign keys only is not one of this kind written wrong: its
        // missing keys would only repeat the misplaced ones.
        if foreign.len() < entries.len() {
            for field in record.fields {
                let given =
                    seen.contains(&field.key) || misplaced_below.iter().any(|k| k == field.key);
                if field.need == Need::Required && !given {
                    self.push(
                        Finding::MissingKey {
                            key: field.key.to_string(),
                        },
                        node.pos,
                    );
                }
            }
        }
        foreign
    }

    /// The finding of a key that `record` does not allow: misplaced when another kind
    /// of mapping of the file has it, unknown otherwise.
    fn foreign(&self, name: &str, record: &Record) -> Finding {
        let belongs: Vec<Mapping> = self
            .family
            .iter()
            .filter(|other| other.fields.iter().any(|f| f.key == name))
            .map(|other| other.mapping)
            .collect();
        if belongs.is_empty() {
            Finding::UnknownKey {
                key: name.to_string(),
                allowed: allowed(record),
                suggestion: crate::suggest::closest(name, record.fields.iter().map(|f| f.key))
                    .map(str::to_string),
            }
        } else {
            Finding::MisplacedKey {
                key: name.to_string(),
                belongs,
                allowed: allowed(record),
            }
        }
    }
}

fn allowed(record: &Record) -> Vec<String> {
    record.fields.iter().map(|f| f.key.to_string()).collect()
}

/// Every structural fault of a plan file, each at its place; empty when the text cannot
/// be read to its end (the strict reading's finding then stands).
pub(super) fn plan(text: &str, file: FileId) -> Vec<Diagnostic> {
    let mut reader = Reader::new(text);
    let Ok(document) = reader.document(text) else {
        return Vec::new();
    };
    let mut checker = Checker {
        file,
        family: PLAN_MAPPINGS,
        findings: Vec::new(),
    };
    checker.value(&document, Shape::Record(&PLAN), Need::Required);
    checker.findings
}

/// What the lenient reading of a measurements file hands on, in file order.
pub(super) enum Item {
    /// A record that passed, and the byte where it starts.
    Record(Measurement, usize),
    Finding(Diagnostic),
}

/// Reads a measurements file record by record, handing on each record that passes and
/// the findings of every other fault. The first `skip` records were handed on by the
/// strict reading: they are read again only for the anchors they may define. Records
/// are handed on only with a `plan` (`has_plan`), as in the strict reading.
pub(super) fn measurements(
    text: &str,
    file: FileId,
    skip: usize,
    has_plan: bool,
    each: &mut dyn FnMut(Item),
) -> Result<(), Stopped> {
    let mut reader = Reader::new(text);
    let mut checker = Checker {
        file,
        family: MEASUREMENTS_MAPPINGS,
        findings: Vec::new(),
    };
    let flush = |checker: &mut Checker, each: &mut dyn FnMut(Item)| {
        for finding in checker.findings.drain(..) {
            each(Item::Finding(finding));
        }
    };
    let (first, span) = loop {
        match reader.next()? {
            (Event::StreamStart | Event::DocumentStart(..), _) => {}
            other => break other,
        }
    };
    if !matches!(first, Event::MappingStart(..)) {
        let node = reader.node(text, first, span, 0)?;
        checker.value(&node, Shape::Record(&MEASUREMENTS_FILE), Need::Required);
        flush(&mut checker, each);
        return Ok(());
    }
    // The top mapping, read key by key so that records are read one at a time.
    let mut entries: Vec<(Node, Node)> = Vec::new();
    let mut top = Pos {
        len: 1,
        ..pos(&span)
    };
    let mut records = 0;
    loop {
        let key = match reader.next()? {
            (Event::MappingEnd, _) => break,
            (event, span) => reader.node(text, event, span, 1)?,
        };
        if entries.is_empty() {
            top = key.pos;
        }
        let (event, span) = reader.next()?;
        let streamed = key.key() == Some("measurements")
            && !entries.iter().any(|(k, _)| k.key() == Some("measurements"))
            && matches!(event, Event::SequenceStart(..));
        let value = if streamed {
            reader.deeper(1, &span)?;
            loop {
                let record = match reader.next()? {
                    (Event::SequenceEnd, _) => break,
                    (event, span) => reader.node(text, event, span, 2)?,
                };
                records += 1;
                if records <= skip {
                    continue;
                }
                checker.value(&record, Shape::Record(&MEASUREMENT), Need::Required);
                if checker.findings.is_empty() {
                    if has_plan && let Some(measurement) = measurement(&record) {
                        each(Item::Record(measurement, record.start));
                    }
                } else {
                    flush(&mut checker, each);
                }
            }
            // The records are checked: what is left to check is that this is a list.
            Node {
                kind: Kind::List(Vec::new()),
                ..key.clone()
            }
        } else {
            reader.node(text, event, span, 1)?
        };
        entries.push((key, value));
    }
    let top = Node {
        pos: top,
        start: 0,
        end: text.len(),
        kind: Kind::Map(entries),
    };
    checker.value(&top, Shape::Record(&MEASUREMENTS_FILE), Need::Required);
    flush(&mut checker, each);
    match reader.next()? {
        (Event::DocumentEnd, _) => {}
        _ => return Err(Stopped::Syntax),
    }
    match reader.next()? {
        (Event::StreamEnd, _) => Ok(()),
        // A second document: the strict reading words it.
        _ => Err(Stopped::Syntax),
    }
}

/// The record that a mapping checked against [`MEASUREMENT`] holds.
fn measurement(node: &Node) -> Option<Measurement> {
    let Kind::Map(entries) = &node.kind else {
        return None;
    };
    let text = |value: &Node| match &value.resolved().kind {
        Kind::Scalar { value, .. } => Some(value.clone()),
        _ => None,
    };
    let located = |value: &Node| text(value).map(|t| Located::new(t, value.pos));
    let optional = |value: &Node| {
        if value.is_null() {
            Some(None)
        } else {
            located(value).map(Some)
        }
    };
    let (mut indicator, mut date, mut period, mut value, mut note) = (None, None, None, None, None);
    for (key, entry) in entries {
        match key.key()? {
            "indicator" => indicator = located(entry),
            "date" => date = optional(entry)?,
            "period" => period = optional(entry)?,
            "value" => {
                let standalone = entry.standalone();
                let LoneValue(Located {
                    value: mut decoded, ..
                }) = serde_saphyr::from_str_with_options(
                    &standalone,
                    serde_saphyr::options! { with_snippet: false },
                )
                .ok()?;
                decoded.read_back(&standalone);
                value = Some(Located::new(decoded, entry.pos));
            }
            "note" => note = if entry.is_null() { None } else { text(entry) },
            _ => return None,
        }
    }
    let indicator = indicator?;
    Some(Measurement {
        pos: indicator.pos,
        indicator,
        date,
        period,
        value: value?,
        note,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code, line and column of each finding, in the order of their places.
    fn plan_findings(text: &str) -> Vec<(String, u32, u32)> {
        let mut found: Vec<_> = plan(text, 0)
            .into_iter()
            .map(|d| {
                let pos = d.at.pos().unwrap();
                (d.code().code().to_string(), pos.line, pos.column)
            })
            .collect();
        found.sort_by_key(|(_, line, column)| (*line, *column));
        found
    }

    #[test]
    fn the_shapes_are_the_model_s() {
        // Each mapping's keys and required keys are those of the model's schema.
        let schema = serde_json::to_value(schemars::schema_for!(crate::model::Plan)).unwrap();
        let measurements =
            serde_json::to_value(schemars::schema_for!(crate::model::MeasurementsFile)).unwrap();
        let definition = |root: &serde_json::Value, name: &str| -> serde_json::Value {
            if name.is_empty() {
                root.clone()
            } else {
                root["$defs"][name].clone()
            }
        };
        let cases: &[(&serde_json::Value, &str, &Record)] = &[
            (&schema, "", &PLAN),
            (&schema, "Sector", &SECTOR),
            (&schema, "GeneralObjective", &GENERAL),
            (&schema, "StrategicObjective", &STRATEGIC),
            (&schema, "Project", &PROJECT),
            (&schema, "OperationalObjective", &OBJECTIVE),
            (&schema, "Shares", &SHARES),
            (&schema, "Indicator", &INDICATOR),
            (&schema, "TargetMapping", &TARGET_MAPPING),
            (&measurements, "", &MEASUREMENTS_FILE),
            (&measurements, "Measurement", &MEASUREMENT),
            (&measurements, "Comment", &COMMENT),
        ];
        for (root, name, record) in cases {
            let def = definition(root, name);
            let mut keys: Vec<&str> = def["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{name}: {def}"))
                .keys()
                .map(String::as_str)
                .collect();
            let mut ours: Vec<&str> = record.fields.iter().map(|f| f.key).collect();
            keys.sort();
            ours.sort();
            assert_eq!(keys, ours, "{name}");
            let mut required: Vec<&str> = def["required"]
                .as_array()
                .map(|r| r.iter().map(|k| k.as_str().unwrap()).collect())
                .unwrap_or_default();
            let mut ours: Vec<&str> = record
                .fields
                .iter()
                .filter(|f| f.need == Need::Required)
                .map(|f| f.key)
                .collect();
            required.sort();
            ours.sort();
            assert_eq!(required, ours, "{name}");
        }
    }

    #[test]
    fn text_is_any_value_but_nothing_as_serde_saphyr_decodes_it() {
        for text in [
            "12", "true", "~", "null", "NULL", "''", "x: y", "[]", "{}", ".nan",
        ] {
            let ours = Reader::new(text)
                .document(text)
                .map(|node| matches!(node.kind, Kind::Scalar { .. }) && !node.is_null());
            let theirs = check::<String>(text).is_ok();
            assert_eq!(ours.unwrap_or(false), theirs, "{text}");
        }
    }

    #[test]
    fn every_fault_of_a_plan() {
        // `commune` missing, a wrong type at three levels, a misspelt key (its key is
        // not reported missing as well).
        let text = "id: p\nyear: deux\ntitle: t\nsectors:\n  - id: S1\n    titel: x\n    general_objectives:\n      - id: G\n        title: [a]\n        strategic_objectives: 3\n";
        assert_eq!(
            plan_findings(text),
            [
                ("E006".to_string(), 1, 1),
                ("E007".to_string(), 2, 7),
                ("E005".to_string(), 6, 5),
                ("E007".to_string(), 9, 16),
                ("E007".to_string(), 10, 31),
            ]
        );
    }

    #[test]
    fn a_key_under_the_wrong_parent_is_named_where_it_stands() {
        let text = "id: p\ncommune: c\nyear: 2023\ntitle: t\nsectors:\n  - id: S1\n    title: x\n    general_objectives:\n      - id: G\n        title: y\n        strategic_objectives:\n          - id: O\n            domain: d\n            projects:\n              - service: GDP\n                operational_objectives:\n                  - id: GDP-1\n                    title: z\n                    indicators:\n                      - id: GDP-1-a\n                        target:\n                          label: l\n";
        let findings = plan(text, 0);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].at.pos().unwrap().line, 22);
        assert_eq!(
            findings[0].finding,
            Finding::MisplacedKey {
                key: "label".into(),
                belongs: vec![Mapping::Level(Level::Indicator)],
                allowed: vec!["op".into(), "value".into(), "unit".into(), "per".into()],
            }
        );
    }

    #[test]
    fn aliases_are_checked_without_expanding_them() {
        let text = "a: &a [x, y]\nid: p\ncommune: &c c\nyear: 2023\ntitle: *c\nsectors: *a\n";
        // `a` is unknown; the sectors alias is a list, checked as one without its items.
        assert_eq!(plan_findings(text), [("E005".to_string(), 1, 1)]);
    }
}
