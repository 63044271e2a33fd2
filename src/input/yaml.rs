//! YAML files: telling a plan from measurements by the first deciding key, decoding a
//! plan whole, and streaming the records of a measurements file to a
//! [`RecordSink`] through serde seeds that never collect them. Faults become
//! findings through [`super::yaml_fault`]; past a fault of structure, the lenient
//! reading of [`super::yaml_tree`] finds every other one.
//!
//! Part of `input`: imports the leaves and its siblings [`super::source`],
//! [`super::streamed_text`], [`super::yaml_fault`] and [`super::yaml_tree`].

use serde::Deserialize;
use serde::de;
use serde_saphyr::Error as YamlError;

use super::limits::{MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES, MAX_STREAM_BYTES};
use super::sink::RecordSink;
use super::source::Sources;
use super::streamed_text::StreamedText;
use super::yaml_fault::{self, FILE_EXPECTING, KEY_EXPECTING, innermost};
use super::yaml_tree;
use crate::diagnostic::{Content, Diagnostic, Finding, Utf8Fault};
use crate::model::{Comment, Located, Measurement, Plan};
use crate::place::{FileId, Pos};

/// What the first deciding key of a YAML file says it is.
pub(super) enum Probed {
    Plan,
    Measurements,
    /// Neither: what it holds instead.
    Other(Content),
    /// No deciding key within a plan file's size.
    Undecided,
    /// A fault of the file met before any deciding key.
    Fault(Box<Diagnostic>),
}

/// What kind of file a YAML file is, from its first `sectors` or `measurements` key:
/// the parse stops there, so that a large measurements file is not read twice.
pub(super) fn probe(sources: &Sources, file: FileId, size: u64) -> std::io::Result<Probed> {
    let decided = std::cell::Cell::new(None);
    let mut options = yaml_options();
    // Past a plan's size without a deciding key, the file is neither kind.
    if let Some(budget) = &mut options.budget {
        budget.max_reader_input_bytes = usize::try_from(MAX_FILE_BYTES).ok();
    }
    let result = serde_saphyr::with_deserializer_from_reader_with_options(
        sources.open(file)?,
        options,
        |deserializer| de::DeserializeSeed::deserialize(TopLevelProbe(&decided), deserializer),
    );
    let kind = match (decided.get(), result) {
        (Some(kind), _) => kind,
        (None, Ok(kind)) => kind.unwrap_or(TopLevel::Empty),
        (None, Err(err))
            if size > MAX_FILE_BYTES
                && matches!(innermost(err.without_snippet()), YamlError::IOError { .. })
                && sources.invalid_utf8(file).is_none() =>
        {
            return Ok(Probed::Undecided);
        }
        (None, Err(err)) => return Ok(Probed::Fault(Box::new(finding(sources, file, &err)))),
    };
    Ok(match kind {
        TopLevel::Plan => Probed::Plan,
        TopLevel::Measurements => Probed::Measurements,
        TopLevel::OtherMapping => Probed::Other(Content::OtherMapping),
        TopLevel::Sequence => Probed::Other(Content::List),
        TopLevel::Scalar => Probed::Other(Content::Scalar),
        TopLevel::Empty => Probed::Other(Content::Empty),
    })
}

/// Decodes a plan file's text, in one pass when it is good. When the typed decoding
/// fails, a pass over the syntax alone decides what is reported: a fault of syntax as
/// such, not as the type error that the typed decoding may meet first. Past a fault of
/// structure, the lenient reading ([`yaml_tree::plan`]) finds every other one.
pub(super) fn plan(text: &str, file: FileId) -> Result<Plan, Vec<Diagnostic>> {
    serde_saphyr::from_str_with_options(text, yaml_options()).map_err(|typed| {
        let err = serde_saphyr::from_str_with_options::<de::IgnoredAny>(text, yaml_options())
            .err()
            .unwrap_or(typed);
        let all = if yaml_fault::is_structural(&err) {
            yaml_tree::plan(text, file)
        } else {
            Vec::new()
        };
        if all.is_empty() {
            vec![yaml_fault::diagnostic(&err, file, text, 1)]
        } else {
            all
        }
    })
}

/// Streams the records of a YAML measurements file to `sink`, in file order, with the
/// file's plan id. A file on disk is mapped ([`StreamedText`]) and the pages parsed are
/// handed back as the records go by. A fault of syntax or a limit stops the file there,
/// after the records before it; past a fault of structure, the lenient reading
/// ([`yaml_tree::measurements`]) goes on from the record where the strict one stopped,
/// skipping each broken record.
pub(super) fn stream(
    sources: &Sources,
    file: FileId,
    sink: &mut dyn RecordSink,
) -> std::io::Result<()> {
    let map;
    let (text, mapped) = match sources.loaded_text(file) {
        Some(text) => (text, None),
        None => {
            map = StreamedText::open(sources.path(file))?;
            match map.text() {
                Ok(text) => (text, Some(&map)),
                Err(offset) => {
                    sink.finding(Diagnostic::new(
                        Finding::InvalidUtf8 {
                            fault: Utf8Fault::Byte,
                        },
                        file,
                        map.pos_of(offset),
                    ));
                    return Ok(());
                }
            }
        }
    };
    let passed = |offset: u64| {
        if let Some(mapped) = mapped {
            mapped.release_before(usize::try_from(offset).unwrap_or(usize::MAX));
        }
    };
    // The plan id first: a file may name it after its records (keys in alphabetical
    // order). A fault met here is met again, and reported, below.
    let plan = std::cell::Cell::new(None);
    let _ = serde_saphyr::with_deserializer_from_str_with_options(
        text,
        yaml_options(),
        |deserializer| {
            de::DeserializeSeed::deserialize(
                PlanProbe {
                    plan: &plan,
                    passed: &passed,
                },
                deserializer,
            )
        },
    );
    let plan = plan.take();
    if let Some(mapped) = mapped {
        mapped.rewind();
    }
    // Records decoded, handed on when the file has a plan.
    let mut decoded = 0;
    let mut each = |item: Decoded, offset: Option<u64>| {
        match item {
            Decoded::Record(record) => {
                decoded += 1;
                if let Some(plan) = &plan {
                    sink.record(plan, &record);
                }
            }
            Decoded::Comment(comment) => {
                if let Some(plan) = &plan {
                    sink.comment(plan, comment);
                }
            }
        }
        if let Some(offset) = offset {
            passed(offset);
        }
    };
    let result = serde_saphyr::with_deserializer_from_str_with_options(
        text,
        yaml_options(),
        |deserializer| {
            de::DeserializeSeed::deserialize(
                MeasurementsSeed {
                    text,
                    each: &mut each,
                },
                deserializer,
            )
        },
    );
    let Err(err) = result else {
        return Ok(());
    };
    if !yaml_fault::is_structural(&err) || sources.invalid_utf8(file).is_some() {
        sink.finding(finding(sources, file, &err));
        return Ok(());
    }
    if let Some(mapped) = mapped {
        mapped.rewind();
    }
    let lenient =
        yaml_tree::measurements(
            text,
            file,
            decoded,
            plan.is_some(),
            &mut |item| match item {
                yaml_tree::Item::Record(record, offset) => {
                    if let Some(plan) = &plan {
                        sink.record(plan, &record);
                    }
                    passed(offset as u64);
                }
                yaml_tree::Item::Finding(finding) => sink.finding(finding),
            },
        );
    match lenient {
        Ok(()) => {}
        Err(yaml_tree::Stopped::TooDeep(pos)) => sink.finding(Diagnostic::new(
            Finding::NestingTooDeep { max: MAX_DEPTH },
            file,
            pos,
        )),
        // A fault of syntax past the first fault of structure: worded as the strict
        // reading words it, from a pass over the syntax alone.
        Err(yaml_tree::Stopped::Syntax) => {
            if let Some(mapped) = mapped {
                mapped.rewind();
            }
            if let Err(err) =
                serde_saphyr::from_str_with_options::<de::IgnoredAny>(text, yaml_options())
            {
                sink.finding(finding(sources, file, &err));
            }
        }
    }
    Ok(())
}

/// The finding for a YAML fault: bytes that are not UTF-8, or the parser's error.
fn finding(sources: &Sources, file: FileId, err: &YamlError) -> Diagnostic {
    if let Some(pos) = sources.invalid_utf8(file) {
        return Diagnostic::new(
            Finding::InvalidUtf8 {
                fault: Utf8Fault::Byte,
            },
            file,
            pos,
        );
    }
    let line = innermost(err.without_snippet())
        .location()
        .map_or(1, |location| Pos::from(location).line);
    let (text, first) = sources.around(file, line);
    yaml_fault::diagnostic(err, file, &text, first)
}

fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.max_nodes = MAX_NODES;
    budget.max_events = 2 * MAX_NODES;
    // Text and comments are bounded by the file's size (the default, 64 MiB in all, would
    // refuse a measurements file of more than about a million records).
    let file_bytes = usize::try_from(MAX_STREAM_BYTES).unwrap_or(usize::MAX);
    budget.max_total_scalar_bytes = file_bytes;
    budget.max_total_comment_bytes = file_bytes;
    // What aliases may replay is kept small: that bounds an alias bomb. The number of
    // aliases is not: a note anchored once and named by each record of a large file is
    // legitimate (serde-saphyr's default refuses more than ten aliases an anchor).
    budget.max_recorded_anchor_events = 100_000;
    budget.max_recorded_anchor_bytes = 4 * 1024 * 1024;
    budget.enforce_alias_anchor_ratio = false;
    budget.max_aliases = MAX_NODES;
    serde_saphyr::options! {
        budget: Some(budget),
        // All that aliases replay in a file, in events: a bomb replays billions; a note
        // named by each record of a file of ten million records replays ten million.
        alias_limits: serde_saphyr::alias_limits! { max_total_replayed_events: 10_000_000 },
        non_finite_float_policy: serde_saphyr::NonFiniteFloatPolicy::PassThrough,
        // Findings quote the source themselves; a snippet made by the parser would cost
        // a pass over a large file.
        with_snippet: false,
    }
}

/// What the top level of a YAML document holds, read before the document is decoded so
/// that plan and measurements files can be told apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TopLevel {
    Plan,
    Measurements,
    OtherMapping,
    Sequence,
    Scalar,
    Empty,
}

/// Reads the kind of a YAML document ([`TopLevel`]). The first `sectors` or
/// `measurements` key decides: the kind is recorded in the cell and the parse is broken
/// off there with an error, so that the rest of a large file is not read.
struct TopLevelProbe<'a>(pub &'a std::cell::Cell<Option<TopLevel>>);

impl<'de> de::DeserializeSeed<'de> for TopLevelProbe<'_> {
    type Value = Option<TopLevel>;
    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> de::Visitor<'de> for TopLevelProbe<'_> {
    type Value = Option<TopLevel>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(FILE_EXPECTING)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(KindVisitor(self.0)).map(Some)
    }
}

struct KindVisitor<'a>(&'a std::cell::Cell<Option<TopLevel>>);

impl<'de> de::Visitor<'de> for KindVisitor<'_> {
    type Value = TopLevel;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(FILE_EXPECTING)
    }
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<TopLevel, A::Error> {
        while let Some(key) = map.next_key::<KeyText>()? {
            let kind = match key.0.as_deref() {
                Some("sectors") => TopLevel::Plan,
                Some("measurements" | "comments") => TopLevel::Measurements,
                _ => {
                    map.next_value::<de::IgnoredAny>()?;
                    continue;
                }
            };
            self.0.set(Some(kind));
            return Err(de::Error::custom("kind decided"));
        }
        Ok(TopLevel::OtherMapping)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<TopLevel, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(TopLevel::Sequence)
    }
    fn visit_unit<E>(self) -> Result<TopLevel, E> {
        Ok(TopLevel::Empty)
    }
    fn visit_bool<E>(self, _: bool) -> Result<TopLevel, E> {
        Ok(TopLevel::Scalar)
    }
    fn visit_i64<E>(self, _: i64) -> Result<TopLevel, E> {
        Ok(TopLevel::Scalar)
    }
    fn visit_u64<E>(self, _: u64) -> Result<TopLevel, E> {
        Ok(TopLevel::Scalar)
    }
    fn visit_f64<E>(self, _: f64) -> Result<TopLevel, E> {
        Ok(TopLevel::Scalar)
    }
    fn visit_str<E>(self, _: &str) -> Result<TopLevel, E> {
        Ok(TopLevel::Scalar)
    }
}

/// What a measurements file hands on as it is decoded: a record or a comment.
enum Decoded {
    Record(Measurement),
    Comment(Comment),
}

/// What is done with each record or comment of a measurements file as it is decoded:
/// given, when known, the byte where it starts.
type EachRecord<'s> = dyn FnMut(Decoded, Option<u64>) + 's;

/// Decodes a YAML measurements file ([`crate::model::MeasurementsFile`]) record by
/// record, handing each on instead of collecting them. The file's plan id is read
/// beforehand ([`PlanProbe`]) so that records never wait for a `plan` key written after
/// them; without one, records are not handed on (`each` knows) and the file's missing
/// `plan` is reported.
struct MeasurementsSeed<'a, 's> {
    /// The file's text, where a number's text is read back (`RawValue::read_back`).
    text: &'a str,
    each: &'a mut EachRecord<'s>,
}

/// Reads the `plan` key of a measurements file and breaks off there (with an error, the
/// id kept in `plan`): the file is parsed only as far as that key. Records passed on the
/// way are skipped, `passed` told where each starts.
struct PlanProbe<'a> {
    plan: &'a std::cell::Cell<Option<Located<String>>>,
    passed: &'a dyn Fn(u64),
}

impl<'de> de::DeserializeSeed<'de> for PlanProbe<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> de::Visitor<'de> for PlanProbe<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("struct MeasurementsFile")
    }
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<KeyText>()? {
            match key.0.as_deref() {
                Some("plan") => {
                    self.plan.set(Some(map.next_value()?));
                    return Err(de::Error::custom("plan found"));
                }
                Some("measurements" | "comments") => map.next_value_seed(Skipped(self.passed))?,
                _ => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// Records skipped, each start told.
struct Skipped<'a>(&'a dyn Fn(u64));

impl<'de> de::DeserializeSeed<'de> for Skipped<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> de::Visitor<'de> for Skipped<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a sequence")
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(record) = seq.next_element::<serde_saphyr::Spanned<de::IgnoredAny>>()? {
            if let Some(offset) = record.referenced.span().byte_offset() {
                (self.0)(offset);
            }
        }
        Ok(())
    }
}

const MEASUREMENTS_FILE_KEYS: &[&str] = &["plan", "note", "measurements", "comments"];

impl<'de> de::DeserializeSeed<'de> for MeasurementsSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_struct("MeasurementsFile", MEASUREMENTS_FILE_KEYS, self)
    }
}

impl<'de> de::Visitor<'de> for MeasurementsSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("struct MeasurementsFile")
    }
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut plan: Option<Located<String>> = None;
        let (mut note, mut records, mut comments) = (false, false, false);
        while let Some(key) = map.next_key::<String>()? {
            let seen = match key.as_str() {
                "plan" => {
                    let seen = plan.is_some();
                    plan = Some(map.next_value()?);
                    seen
                }
                "note" => {
                    map.next_value::<Option<String>>()?;
                    std::mem::replace(&mut note, true)
                }
                "measurements" => {
                    map.next_value_seed(Items {
                        text: self.text,
                        each: &mut *self.each,
                        decoded: record,
                    })?;
                    std::mem::replace(&mut records, true)
                }
                "comments" => {
                    map.next_value_seed(Items {
                        text: self.text,
                        each: &mut *self.each,
                        decoded: comment,
                    })?;
                    std::mem::replace(&mut comments, true)
                }
                other => return Err(de::Error::unknown_field(other, MEASUREMENTS_FILE_KEYS)),
            };
            if seen {
                return Err(de::Error::custom(format!("duplicate field `{key}`")));
            }
        }
        if plan.is_none() {
            return Err(de::Error::missing_field("plan"));
        }
        if !records && !comments {
            return Err(de::Error::missing_field("measurements"));
        }
        Ok(())
    }
}

/// The `measurements` or `comments` of a measurements file: each item handed on as it
/// is decoded, made a [`Decoded`] by `decoded` (given the file's text).
struct Items<'a, 'b, 's, T> {
    text: &'a str,
    each: &'b mut EachRecord<'s>,
    decoded: fn(T, &str) -> Decoded,
}

/// A record, its place set and its value's text read back.
fn record(mut record: Measurement, text: &str) -> Decoded {
    record.pos = record.indicator.pos;
    record.value.value.read_back(text);
    Decoded::Record(record)
}

/// A comment, its place set.
fn comment(mut comment: Comment, _: &str) -> Decoded {
    comment.pos = comment.about.pos;
    Decoded::Comment(comment)
}

impl<'de, T: Deserialize<'de>> de::DeserializeSeed<'de> for Items<'_, '_, '_, T> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> de::Visitor<'de> for Items<'_, '_, '_, T> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a sequence")
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(spanned) = seq.next_element::<serde_saphyr::Spanned<T>>()? {
            (self.each)(
                (self.decoded)(spanned.value, self.text),
                spanned.referenced.span().byte_offset(),
            );
        }
        Ok(())
    }
}

/// A mapping key read as text when it is a string, and skipped otherwise.
struct KeyText(Option<String>);

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> de::Visitor<'de> for Visitor {
            type Value = KeyText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(KEY_EXPECTING)
            }
            fn visit_str<E>(self, v: &str) -> Result<KeyText, E> {
                Ok(KeyText(Some(v.to_string())))
            }
            fn visit_bool<E>(self, _: bool) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_unit<E>(self) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<KeyText, A::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(KeyText(None))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<KeyText, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(KeyText(None))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}
