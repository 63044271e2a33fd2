//! Next year's plan file (`plan rollover`), written by editing this year's text rather
//! than writing the plan anew: every comment, blank line, key order, quoting and
//! indentation of the source stays as it was, and only these change:
//!
//! - the plan's `id`, `year` and `title`: the year changed where it is written
//!   ([`crate::compute::rollover::with_year`]);
//! - each indicator that carries its actual over (SPEC §2.1 `baseline`): its `baseline`
//!   written, or replaced, with a comment on its line saying where it comes from
//!   (`# réalisé 2023 (non atteint) : 540`); the line goes after the target's, at the
//!   indentation of the indicator's keys (in a flow mapping `{id: …}`, the key goes first
//!   and the comment on a line of its own above);
//! - a comment line where an indicator carries a note only, and beside any other value
//!   of the plan that names the year (a legal basis), to be revised;
//! - one comment line above the plan's first key saying where the file comes from.
//!
//! The comments are in the plan's language. Header comments are left as they are: they
//! describe the file they were written for (its source, its history), and which of their
//! years to change cannot be told.
//!
//! Part of `render`: imports `compute`, `input` and the leaves.

use super::cells::{human_number, status_label};
use crate::compute::rollover::{Carried, Carry, next_id, with_year};
use crate::i18n::say;
use crate::input::yaml_layout::{Entry, MappingLayout, PlanLayout, Written};
use crate::lines::LineIndex;
use crate::model::{Lang, Plan};

/// The keys of the plan's own mapping that change with the year, or hold the plan's
/// hierarchy: any other one that names the year gets a comment to revise it.
const CHANGED_KEYS: [&str; 4] = ["id", "year", "title", "sectors"];

/// What to write next year's plan from: this year's plan file and what each of its
/// indicators carries over.
pub struct Rollover<'a> {
    /// The plan file's text, as read.
    pub text: &'a str,
    pub layout: &'a PlanLayout,
    pub plan: &'a Plan,
    pub carries: &'a [Carry<'a>],
    pub to: i32,
    /// The plan file's name, for the comment on where the new file comes from.
    pub source: &'a str,
}

/// Next year's plan file; `Err` with the id of an indicator whose mapping could not be
/// found in the text (an id written through an alias), to which nothing can be added.
pub fn next_plan(rollover: &Rollover) -> Result<String, String> {
    let plan = rollover.plan;
    let from = plan.year.value;
    let to = rollover.to;
    let lang: Lang = plan.language.into();
    let mut editor = Editor::new(rollover.text);
    let top = &rollover.layout.plan;
    let first_key = top
        .entries
        .first()
        .map_or(top.start, |(_, entry)| entry.key);
    editor.line_before(
        if top.flow { top.start } else { first_key },
        &say!(
            lang,
            "rollover-note-made",
            to = to.to_string(),
            from = from.to_string(),
            file = rollover.source
        ),
    );
    for (key, entry) in &top.entries {
        let raw = editor.raw(entry.value);
        match key.as_str() {
            "id" => {
                let id = next_id(&plan.id.value, from, to);
                let quote = raw.chars().next().filter(|c| matches!(c, '"' | '\''));
                let written = match quote {
                    Some(q) => format!("{q}{id}{q}"),
                    None => id,
                };
                editor.replace(entry.value, written);
            }
            "year" => editor.replace(entry.value, to.to_string()),
            "title" => {
                if let Some(title) = with_year(raw, from, to) {
                    editor.replace(entry.value, title);
                }
            }
            _ if CHANGED_KEYS.contains(&key.as_str()) => {}
            _ if entry.value.scalar && with_year(raw, from, to).is_some() => {
                let note = say!(
                    lang,
                    "rollover-note-revise",
                    from = from.to_string(),
                    to = to.to_string()
                );
                editor.note_beside(entry, &note);
            }
            _ => {}
        }
    }
    for carry in rollover.carries.iter().filter(|c| c.carried.has_note()) {
        let id = &carry.indicator.id.value;
        let mapping = rollover
            .layout
            .indicators
            .get(id)
            .ok_or_else(|| id.clone())?;
        let note = note(carry.carried, from, lang);
        match carry.carried {
            Carried::Baseline { actual, .. } => editor.baseline(mapping, actual, &note),
            _ => editor.note_in(mapping, &note),
        }
        .ok_or_else(|| id.clone())?;
    }
    Ok(editor.finish())
}

/// The comment beside an indicator: what it achieved this year, in the plan's language.
fn note(carried: Carried, year: i32, lang: Lang) -> String {
    let year = year.to_string();
    let achieved = |status, actual: String| {
        say!(
            lang,
            "rollover-note-achieved",
            year = year.clone(),
            status = status_label(lang, status),
            actual = actual
        )
    };
    match carried {
        Carried::Baseline {
            actual,
            status,
            previous,
        } => {
            let achieved = achieved(status, human_number(actual, lang));
            match previous {
                Some(previous) => say!(
                    lang,
                    "rollover-note-previous",
                    achieved = achieved,
                    previous = human_number(previous, lang)
                ),
                None => achieved,
            }
        }
        Carried::BeyondTarget { actual, status } => say!(
            lang,
            "rollover-note-beyond",
            achieved = achieved(status, human_number(actual, lang))
        ),
        Carried::OutOfRange { actual, status } => say!(
            lang,
            "rollover-note-out-of-range",
            achieved = achieved(status, human_number(actual, lang))
        ),
        Carried::YesNo { actual, status } => {
            let actual = if actual {
                say!(lang, "report-yes")
            } else {
                say!(lang, "report-no")
            };
            say!(
                lang,
                "rollover-note-yes-no",
                achieved = achieved(status, actual)
            )
        }
        Carried::NoData => say!(lang, "rollover-note-no-data", year = year),
        Carried::Unchanged => String::new(),
    }
}

/// A baseline as YAML writes a number: the shortest digits that read back as the same
/// value (`540`, `3.3968253968253967`), so that it is exactly this year's actual.
fn yaml_number(value: f64) -> String {
    format!("{value}")
}

/// Edits of a text, applied at the end: each replaces a range of bytes (an insertion
/// replaces an empty one). Ranges never overlap.
struct Editor<'t> {
    text: &'t str,
    lines: LineIndex,
    /// The text's line break, for the lines added.
    line_break: &'t str,
    edits: Vec<(usize, usize, String)>,
}

impl<'t> Editor<'t> {
    fn new(text: &'t str) -> Editor<'t> {
        let lines = LineIndex::new(text);
        let end = lines.range(1).end;
        let line_break = match &text[end..] {
            rest if rest.starts_with("\r\n") => "\r\n",
            rest if rest.starts_with('\r') => "\r",
            _ => "\n",
        };
        Editor {
            text,
            lines,
            line_break,
            edits: Vec::new(),
        }
    }

    fn raw(&self, value: Written) -> &'t str {
        &self.text[value.start..value.end]
    }

    fn replace(&mut self, value: Written, text: String) {
        self.edits.push((value.start, value.end, text));
    }

    /// The line of byte `offset`: its start and its end (before its line break).
    fn line(&self, offset: usize) -> std::ops::Range<usize> {
        self.lines.range(self.lines.line_of(offset))
    }

    /// The indentation of a key at `offset`: as many spaces as there are characters
    /// before it on its line (`- ` included).
    fn indent(&self, offset: usize) -> String {
        let before = &self.text[self.line(offset).start..offset];
        " ".repeat(before.chars().count())
    }

    /// Where a value's text ends, trailing line breaks of a block scalar left out.
    fn value_end(&self, value: Written) -> usize {
        value.start + self.raw(value).trim_end().len()
    }

    /// What follows byte `offset` on its line, when it is nothing or a comment.
    fn comment_after(&self, offset: usize) -> Option<&'t str> {
        let rest = self.text[offset..self.line(offset).end].trim();
        (rest.is_empty() || rest.starts_with('#')).then_some(rest)
    }

    /// A comment line just above the line of byte `offset`, at its column.
    fn line_before(&mut self, offset: usize, note: &str) {
        let at = self.line(offset).start;
        let line = format!("{}# {note}{}", self.indent(offset), self.line_break);
        self.edits.push((at, at, line));
    }

    /// A line after the line of byte `offset`, at the indentation `indent`.
    fn line_after(&mut self, offset: usize, indent: &str, content: &str) {
        let end = self.line(offset).end;
        let line = format!("{}{indent}{content}", self.line_break);
        self.edits.push((end, end, line));
    }

    /// A comment on a value of the plan: at the end of its line when it ends one without
    /// a comment, else on a line of its own above its key.
    fn note_beside(&mut self, entry: &Entry, note: &str) {
        let end = self.value_end(entry.value);
        let single = !self.raw(entry.value).trim_end().contains(['\n', '\r']);
        if single && self.comment_after(end) == Some("") {
            self.edits.push((end, end, format!("  # {note}")));
        } else {
            self.line_before(entry.key, note);
        }
    }

    /// Where a line goes into a block mapping of an indicator: after its target (the
    /// line where the target's value ends), at the indentation of its keys.
    fn after_target(&self, mapping: &MappingLayout) -> Option<(usize, String)> {
        let target = mapping.get("target")?;
        let end = self.value_end(target.value);
        self.comment_after(end)?;
        Some((end, self.indent(target.key)))
    }

    /// A comment line in an indicator's mapping.
    fn note_in(&mut self, mapping: &MappingLayout, note: &str) -> Option<()> {
        if mapping.flow {
            self.line_before(mapping.start, note);
            return Some(());
        }
        let (at, indent) = self.after_target(mapping)?;
        self.line_after(at, &indent, &format!("# {note}"));
        Some(())
    }

    /// An indicator's baseline set to `value`, with `note` beside it: its baseline
    /// replaced (the comment already on its line kept after the note), or one added.
    fn baseline(&mut self, mapping: &MappingLayout, value: f64, note: &str) -> Option<()> {
        let number = yaml_number(value);
        match (mapping.get("baseline"), mapping.flow) {
            (Some(baseline), false) => {
                let start = baseline.value.start;
                let end = self.line(start).end;
                let kept = self.comment_after(self.value_end(baseline.value))?;
                let kept = if kept.is_empty() {
                    String::new()
                } else {
                    format!(" {kept}")
                };
                self.edits
                    .push((start, end, format!("{number}  # {note}{kept}")));
            }
            (None, false) => {
                let (at, indent) = self.after_target(mapping)?;
                self.line_after(at, &indent, &format!("baseline: {number}  # {note}"));
            }
            (Some(baseline), true) => {
                self.replace(baseline.value, number);
                self.line_before(mapping.start, note);
            }
            (None, true) => {
                let at = mapping.start + 1;
                self.edits.push((at, at, format!("baseline: {number}, ")));
                self.line_before(mapping.start, note);
            }
        }
        Some(())
    }

    /// The text with every edit made.
    fn finish(mut self) -> String {
        // From the end, so that each range still holds; of two insertions at one place,
        // the one made first ends first in the text.
        self.edits.sort_by_key(|(start, _, _)| *start);
        let mut text = self.text.to_string();
        for (start, end, replacement) in self.edits.iter().rev() {
            text.replace_range(*start..*end, replacement);
        }
        text
    }
}
