//! Checks of measurements against their plan: plan and indicator ids, value kinds,
//! dates and periods, granularity, year, and the same record twice. Records stream
//! through the checks one at a time, pushed by input ([`RecordSink`]), and those that
//! pass are kept in each indicator's [`Store`].
//!
//! Part of `check`: imports `input` and the leaves.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::Datelike;
use rayon::prelude::*;

use super::store::{Observation, RecordPlace, Store};
use crate::calendar::{self, DateRange};
use crate::diagnostic::{Code, Diagnostic, Finding, Findings, ValueKindExpected, ValueProblem};
use crate::input::{LoadError, RecordSink, Workspace};
use crate::model::{Comment, Indicator, Located, MeasuredValue, Measurement, Plan};
use crate::place::{FileId, Location, Place, Pos};
use crate::target::{Period, Target, ValueReading, is_plausible, read_value};

/// A plan and what the measurement checks need to know of it.
struct PlanIndex<'a> {
    plan: &'a Plan,
    /// Each indicator by id, with its position in the plan.
    indicators: BTreeMap<&'a str, (usize, &'a Indicator)>,
    /// Every id of the plan, at every level: what a comment may be about.
    ids: BTreeSet<&'a str>,
    /// The days of the plan's year, worked out once for all its records.
    year: Option<DateRange>,
}

/// What the measurement checks yield.
#[derive(Debug)]
pub struct Measured<S> {
    /// Each plan's checked measurements, by indicator id.
    pub series: BTreeMap<String, BTreeMap<String, S>>,
    /// Records read.
    pub records: usize,
    /// Each plan's checked comments (SPEC §2.4), by plan id, in the order read.
    pub comments: BTreeMap<String, Vec<CheckedComment>>,
}

/// A comment that passed its checks: on an id of its plan, for a period of its year.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedComment {
    /// The id commented on.
    pub about: String,
    /// The period as written (`2023`, `2023-Q2`, `2023-06`); the plan's year by default.
    pub period: String,
    /// Its days: a report for a window shows the comments whose period lies in it.
    pub days: DateRange,
    pub text: String,
    pub action: Option<String>,
}

/// Where a record starts, as a store keeps it.
fn place(file: FileId, pos: Pos) -> RecordPlace {
    RecordPlace {
        file: u32::try_from(file).unwrap_or(u32::MAX),
        line: pos.line,
        column: pos.column,
        len: pos.len,
    }
}

/// A place kept by a store, the length of its position given (that of the record
/// that is its copy, as findings show it).
fn unplace(place: RecordPlace, len: u32) -> (FileId, Pos) {
    (
        place.file as FileId,
        Pos::new(place.line, place.column, len),
    )
}

/// The checks of one measurements file, or of the files before one taken together
/// ([`Checker::absorb`]): files are checked each on its own, on as many threads as
/// there are, and taken together in file order, so that findings and stores are the
/// same whatever the number of threads.
struct Checker<'p, S> {
    /// The plans by id, in the order of their ids.
    plans: &'p [(&'p str, PlanIndex<'p>)],
    /// Stores of each plan (in the order of `plans`) and indicator (in plan order).
    series: Vec<Vec<S>>,
    out: Findings,
    records: usize,
    /// The plan of the last record, found again without a search.
    last_plan: Option<(String, usize)>,
    /// The indicator of the last record that had one of its plan (plan, position, the
    /// indicator): records of one indicator come in runs, found again without a search.
    last_indicator: Option<(usize, usize, &'p Indicator)>,
    /// The last date read, as written, and its day: records of one day come in runs,
    /// their date read again without parsing it.
    last_date: Option<(String, chrono::NaiveDate)>,
    /// The file being read, and the unknown plan ids already reported in it.
    file: FileId,
    unknown_plans: BTreeSet<String>,
    /// Comments that passed, by plan (in the order of `plans`), with where each was
    /// written (for a second comment on the same id and period).
    comments: Vec<Vec<(CheckedComment, FileId, Pos)>>,
}

/// Every id of a plan, at every level.
fn plan_ids(plan: &Plan) -> BTreeSet<&str> {
    struct Ids<'a>(BTreeSet<&'a str>);
    impl<'a> crate::model::Walker<crate::model::Node<'a>> for Ids<'a> {
        fn enter(&mut self, node: crate::model::Node<'a>) -> bool {
            if let Some(id) = node.id() {
                self.0.insert(id.value.as_str());
            }
            true
        }
    }
    let mut ids = Ids(BTreeSet::new());
    plan.walk(&mut ids);
    ids.0
}

/// Streams every measurements file through the checks, files on the threads of the
/// current pool (`--jobs`), findings and stores taken together in file order.
pub fn check<S: Store>(
    workspace: &Workspace,
    out: &mut Findings,
) -> Result<Measured<S>, LoadError> {
    let mut plans: BTreeMap<&str, PlanIndex> = BTreeMap::new();
    for (_, plan) in &workspace.plans {
        let index = PlanIndex {
            plan,
            indicators: plan
                .indicators()
                .enumerate()
                .map(|(position, i)| (i.id.value.as_str(), (position, i)))
                .collect(),
            ids: plan_ids(plan),
            year: DateRange::year(plan.year.value),
        };
        // A second plan with the same id was reported by the plan checks; the first wins.
        plans.entry(plan.id.value.as_str()).or_insert(index);
    }
    let plans: &[(&str, PlanIndex)] = &plans.into_iter().collect::<Vec<_>>();
    let files: Vec<Result<Checker<S>, LoadError>> = workspace
        .measurements
        .par_iter()
        .map(|&(file, format)| {
            // A file read when it was found may have gone since.
            let unread = |source| LoadError::Io {
                path: workspace.sources.path(file).to_path_buf(),
                source,
            };
            let sources = &workspace.sources;
            let pieces = crate::input::pieces(sources, file, format, rayon::current_num_threads())
                .map_err(unread)?;
            if pieces.len() > 1 {
                let read = pieces
                    .par_iter()
                    .map(|piece| {
                        let mut checker = Checker::new(plans, file);
                        let read = crate::input::stream_piece(sources, file, *piece, &mut checker)?;
                        Ok((checker, read))
                    })
                    .collect::<std::io::Result<Vec<_>>>()
                    .map_err(unread)?;
                if read
                    .iter()
                    .all(|(checker, read)| read.clean && checker.piece_clean())
                {
                    let mut pieces = read.into_iter();
                    let (mut whole, first) = pieces.next().expect("more than one piece");
                    let mut lines = first.lines;
                    for (mut piece, read) in pieces {
                        piece.move_lines(lines);
                        lines = lines.saturating_add(read.lines);
                        whole.absorb_piece(piece);
                    }
                    return Ok(whole);
                }
                // A piece that may have been read differently from one pass: the file in
                // one pass.
            }
            let mut checker = Checker::new(plans, file);
            crate::input::stream(sources, file, format, &mut checker).map_err(unread)?;
            Ok(checker)
        })
        .collect();
    let mut together = Checker::new(plans, 0);
    for checker in files {
        together.absorb(checker?);
    }
    let Checker {
        series,
        records,
        comments,
        out: found,
        ..
    } = together;
    out.absorb(found);
    let mut measured = Measured {
        series: BTreeMap::new(),
        records,
        comments: plans
            .iter()
            .map(|(id, _)| id)
            .zip(comments)
            .filter(|(_, comments)| !comments.is_empty())
            .map(|(id, comments)| {
                let comments = comments.into_iter().map(|(c, _, _)| c).collect();
                (id.to_string(), comments)
            })
            .collect(),
    };
    for ((id, index), mut series) in plans.iter().zip(series) {
        let by_indicator = index
            .indicators
            .iter()
            .map(|(indicator, (position, _))| {
                (
                    indicator.to_string(),
                    std::mem::take(&mut series[*position]),
                )
            })
            .filter(|(_, series)| !series.is_empty())
            .collect();
        measured.series.insert(id.to_string(), by_indicator);
    }
    Ok(measured)
}

/// The stores of a file or piece of at least this many records are moved down
/// ([`Checker::move_lines`]) and taken in ([`Checker::absorb`]) on the threads of the
/// pool, an indicator each; those of a smaller one on one thread, as waking another
/// thread would cost more than it saves.
const ON_THREADS: usize = 100_000;

impl<'p, S: Store> Checker<'p, S> {
    fn new(plans: &'p [(&'p str, PlanIndex<'p>)], file: FileId) -> Self {
        Checker {
            plans,
            series: plans
                .iter()
                .map(|(_, index)| {
                    std::iter::repeat_with(S::default)
                        .take(index.plan.indicators().count())
                        .collect()
                })
                .collect(),
            out: Findings::default(),
            records: 0,
            last_plan: None,
            last_indicator: None,
            last_date: None,
            file,
            unknown_plans: BTreeSet::new(),
            comments: plans.iter().map(|_| Vec::new()).collect(),
        }
    }

    /// Whether the checks of a piece of a file can be taken in as if one pass had made
    /// them: its unknown plans, reported once a file, are all kept to be told apart from
    /// those of the pieces before.
    fn piece_clean(&self) -> bool {
        !self.out.omitted().contains_key(&Code::UnknownPlan)
    }

    /// Moves every place of the file's checks `lines` lines down: a piece of a file is
    /// read from its own first line ([`crate::input::stream_piece`]).
    fn move_lines(&mut self, lines: u32) {
        let file = self.file;
        self.out.relocate(|location| match &location.place {
            Place::Text(pos) if location.file == file => Some(Place::Text(Pos::new(
                pos.line.saturating_add(lines),
                pos.column,
                pos.len,
            ))),
            _ => None,
        });
        if self.records >= ON_THREADS {
            self.series
                .par_iter_mut()
                .flatten()
                .for_each(|store| store.move_lines(lines));
        } else {
            for store in self.series.iter_mut().flatten() {
                store.move_lines(lines);
            }
        }
        for (_, _, pos) in self.comments.iter_mut().flatten() {
            pos.line = pos.line.saturating_add(lines);
        }
    }

    /// Takes in the checks of the next piece of the same file ([`crate::input::pieces`]):
    /// as a later file, but an unknown plan already reported in the file is not reported
    /// again.
    fn absorb_piece(&mut self, mut later: Checker<'p, S>) {
        let reported = &self.unknown_plans;
        later.out.retain(
            |d| !matches!(&d.finding, Finding::UnknownPlan { id, .. } if reported.contains(id)),
        );
        self.unknown_plans.append(&mut later.unknown_plans);
        self.absorb(later);
    }

    /// Takes in the checks of a later file, as if it had been read after the files
    /// taken in so far: its records and comments that repeat one of theirs are copies
    /// (W202, E304), pointing at the first, and so are its findings that pointed at
    /// such a record or comment of its own.
    fn absorb(&mut self, later: Checker<'p, S>) {
        let later_records = later.records;
        self.records += later.records;
        // Where a first record or comment of `later` was, and where the first one is.
        let mut moved: HashMap<(FileId, u32, u32), (FileId, Pos)> = HashMap::new();
        let mut copies = Vec::new();
        // Each indicator's store that holds records, on the threads of the pool when they
        // are many; their copies in plan order.
        let stores: Vec<(usize, usize, &mut S, S)> = self
            .series
            .iter_mut()
            .zip(later.series)
            .enumerate()
            .flat_map(|(plan, (mine, stores))| {
                mine.iter_mut()
                    .zip(stores)
                    .enumerate()
                    .filter(|(_, (_, store))| !store.is_empty())
                    .map(move |(position, (mine, store))| (plan, position, mine, store))
            })
            .collect();
        let absorb = |(plan, position, mine, store): (usize, usize, &mut S, S)| {
            (plan, position, mine.absorb(store))
        };
        let absorbed: Vec<(usize, usize, Vec<_>)> = if later_records >= ON_THREADS {
            stores.into_par_iter().map(absorb).collect()
        } else {
            stores.into_iter().map(absorb).collect()
        };
        for (plan, position, found) in absorbed {
            let indicator = self.plans[plan]
                .1
                .indicators
                .iter()
                .find(|(_, (p, _))| *p == position)
                .map(|(id, _)| id.to_string())
                .unwrap_or_default();
            for (copy, first) in found {
                let (file, pos) = unplace(copy, copy.len);
                let (first_file, first_pos) = unplace(first, copy.len);
                moved.insert((file, pos.line, pos.column), (first_file, first_pos));
                let finding = Finding::DuplicateMeasurement {
                    indicator: indicator.clone(),
                };
                copies.push(Diagnostic::new(finding, file, pos).related(first_file, first_pos));
            }
        }
        for (plan, comments) in later.comments.into_iter().enumerate() {
            for (comment, file, pos) in comments {
                let kept = &mut self.comments[plan];
                let first = kept
                    .iter()
                    .find(|(c, _, _)| c.about == comment.about && c.days == comment.days);
                if let Some((_, first_file, first_pos)) = first {
                    moved.insert((file, pos.line, pos.column), (*first_file, *first_pos));
                    let finding = Finding::DuplicateComment {
                        about: comment.about.clone(),
                        period: comment.period.clone(),
                    };
                    copies
                        .push(Diagnostic::new(finding, file, pos).related(*first_file, *first_pos));
                } else {
                    kept.push((comment, file, pos));
                }
            }
        }
        let mut found = later.out;
        if !moved.is_empty() {
            found.repoint(|code, at| {
                if !matches!(code, Code::DuplicateMeasurement | Code::DuplicateComment) {
                    return None;
                }
                let Place::Text(pos) = &at.place else {
                    return None;
                };
                let (file, first) = moved.get(&(at.file, pos.line, pos.column))?;
                Some(Location::text(
                    *file,
                    Pos::new(first.line, first.column, pos.len),
                ))
            });
        }
        // The copies in file order among the file's own findings, as one run would
        // have found them.
        copies.sort_by_key(|copy| copy.at.place.clone());
        self.out.absorb_with(found, copies);
    }
}

impl<S: Store> RecordSink for Checker<'_, S> {
    fn finding(&mut self, finding: Diagnostic) {
        self.out.push(finding);
    }

    fn comment(&mut self, plan_id: &Located<String>, comment: Comment) {
        let Some(plan) = self.plan_of(plan_id) else {
            return;
        };
        let index = &self.plans[plan].1;
        let file = self.file;
        let Some(checked) = check_comment(file, &comment, index, &mut self.out) else {
            return;
        };
        let first = self.comments[plan]
            .iter()
            .find(|(c, _, _)| c.about == checked.about && c.days == checked.days);
        if let Some((_, first_file, first_pos)) = first {
            let finding = Diagnostic::new(
                Finding::DuplicateComment {
                    about: checked.about.clone(),
                    period: checked.period.clone(),
                },
                file,
                comment.pos,
            )
            .related(*first_file, *first_pos);
            self.out.push(finding);
            return;
        }
        self.comments[plan].push((checked, file, comment.pos));
    }

    fn record(&mut self, plan_id: &Located<String>, record: &Measurement) {
        self.records += 1;
        let file = self.file;
        let Some(plan) = self.plan_of(plan_id) else {
            return;
        };
        let index = &self.plans[plan].1;
        let id = record.indicator.value.as_str();
        let found = match self.last_indicator {
            Some((last, position, indicator)) if last == plan && indicator.id.value == id => {
                Some((position, indicator))
            }
            _ => index.indicators.get(id).copied(),
        };
        if let Some((position, indicator)) = found {
            self.last_indicator = Some((plan, position, indicator));
        }
        let checked = check_record(
            file,
            record,
            index,
            found,
            &mut self.last_date,
            &mut self.out,
        );
        let Some((indicator, observation)) = checked else {
            return;
        };
        // Records outside the plan's year are kept too: no window counts them, and
        // their copies are found the same way.
        let first = self.series[plan][indicator].add(&observation, place(file, record.pos));
        if let Some(first) = first
            && !self
                .out
                .omits(crate::diagnostic::Code::DuplicateMeasurement)
        {
            let (first_file, first_pos) = unplace(first, record.pos.len);
            let finding = Diagnostic::new(
                Finding::DuplicateMeasurement {
                    indicator: record.indicator.value.clone(),
                },
                file,
                record.pos,
            )
            .related(first_file, first_pos);
            self.out.push(finding);
        }
    }
}

impl<S> Checker<'_, S> {
    /// The position of the plan a file names; an unknown plan is reported once a file.
    fn plan_of(&mut self, plan_id: &Located<String>) -> Option<usize> {
        let file = self.file;
        let plan = match &self.last_plan {
            Some((id, plan)) if *id == plan_id.value => Some(*plan),
            _ => self.plans.iter().position(|(id, _)| *id == plan_id.value),
        };
        let Some(plan) = plan else {
            if self.unknown_plans.insert(plan_id.value.clone()) {
                let known: Vec<&str> = self.plans.iter().map(|(id, _)| *id).collect();
                let suggestion = crate::suggest::closest(&plan_id.value, known.iter().copied());
                self.out.push(Diagnostic::new(
                    Finding::UnknownPlan {
                        id: plan_id.value.clone(),
                        suggestion: suggestion.map(str::to_string),
                        known: known.iter().map(|k| k.to_string()).collect(),
                    },
                    file,
                    plan_id.pos,
                ));
            }
            return None;
        };
        if self
            .last_plan
            .as_ref()
            .is_none_or(|(_, last)| *last != plan)
        {
            self.last_plan = Some((plan_id.value.clone(), plan));
        }
        Some(plan)
    }
}

/// Checks one comment: its id, its period and its text.
fn check_comment(
    file: FileId,
    comment: &Comment,
    index: &PlanIndex,
    out: &mut Findings,
) -> Option<CheckedComment> {
    let about = &comment.about;
    let year = index.plan.year.value;
    let known = index.ids.contains(about.value.as_str());
    if !known {
        let suggestion = crate::suggest::closest(&about.value, index.ids.iter().copied());
        out.push(Diagnostic::new(
            Finding::UnknownAbout {
                id: about.value.clone(),
                plan: index.plan.id.value.clone(),
                suggestion: suggestion.map(str::to_string),
            },
            file,
            about.pos,
        ));
    }
    // A workbook's comment on a row with a day (SPEC §2.5): the day's month, or the year
    // for a yes/no indicator, whose target is the year's.
    let from_day = match (&comment.period, &comment.day) {
        (None, Some(day)) => match calendar::parse_date(day.value.trim()) {
            Ok(date) => {
                let yes_no =
                    index
                        .indicators
                        .get(about.value.as_str())
                        .is_some_and(|(_, indicator)| {
                            matches!(indicator.target.value.parsed, Ok(Target::Boolean { .. }))
                        });
                let month = format!("{:04}-{:02}", date.year(), date.month());
                (!yes_no).then(|| Located::new(month, day.pos))
            }
            Err(error) => {
                let finding = Finding::InvalidDate {
                    error,
                    suggestion: None,
                };
                out.push(Diagnostic::new(finding, file, day.pos));
                return None;
            }
        },
        _ => None,
    };
    let when = match comment.period.as_ref().or(from_day.as_ref()) {
        None => DateRange::year(year).map(|days| (year.to_string(), days)),
        Some(period) => {
            let text = period.value.trim();
            match calendar::parse_period(text) {
                Ok((_, days)) => {
                    let inside = DateRange::year(year)
                        .is_some_and(|y| y.contains(days.start) && y.contains(days.end));
                    if inside {
                        Some((text.to_string(), days))
                    } else {
                        out.push(Diagnostic::new(
                            Finding::CommentOutsideYear {
                                period: text.to_string(),
                                year,
                            },
                            file,
                            period.pos,
                        ));
                        None
                    }
                }
                Err(error) => {
                    let finding = Finding::InvalidDate {
                        error,
                        suggestion: None,
                    };
                    out.push(Diagnostic::new(finding, file, period.pos));
                    None
                }
            }
        }
    };
    let text = comment.text.value.trim();
    if text.is_empty() {
        out.push(Diagnostic::new(
            Finding::EmptyComment,
            file,
            comment.text.pos,
        ));
    }
    let (period, days) = when?;
    if !known || text.is_empty() {
        return None;
    }
    Some(CheckedComment {
        about: about.value.clone(),
        period,
        days,
        text: text.to_string(),
        action: comment
            .action
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string),
    })
}

/// Checks one record, whose indicator (with its position in the plan) is `found` in its
/// plan's `index`, or not; the indicator's position and the observation when it passes.
fn check_record<'r>(
    file: FileId,
    record: &'r Measurement,
    index: &PlanIndex,
    found: Option<(usize, &Indicator)>,
    last_date: &mut Option<(String, chrono::NaiveDate)>,
    out: &mut Findings,
) -> Option<(usize, Observation<'r>)> {
    let indicator_id = &record.indicator;
    let Some((position, indicator)) = found else {
        let suggestion =
            crate::suggest::closest(&indicator_id.value, index.indicators.keys().copied());
        out.push(Diagnostic::new(
            Finding::UnknownIndicator {
                id: indicator_id.value.clone(),
                plan: index.plan.id.value.clone(),
                suggestion: suggestion.map(str::to_string),
            },
            file,
            indicator_id.pos,
        ));
        return None;
    };
    let target = indicator.target.value.parsed.as_ref().ok();
    let when = check_when(file, record, target, last_date, out);
    let value = check_value(file, record, target, out);
    let (period, days) = when?;
    if index.year.is_some_and(|y| !y.contains(days.end)) {
        out.push(Diagnostic::new(
            Finding::OutsideYear {
                year: index.plan.year.value,
            },
            file,
            record
                .date
                .as_ref()
                .or(record.period.as_ref())
                .map_or(record.pos, |d| d.pos),
        ));
    }
    Some((
        position,
        Observation {
            period,
            days,
            value: value?,
            note: record.note.as_deref(),
        },
    ))
}

/// `date` or `period`: exactly one, well formed, and not coarser than the target.
fn check_when(
    file: FileId,
    record: &Measurement,
    target: Option<&Target>,
    last_date: &mut Option<(String, chrono::NaiveDate)>,
    out: &mut Findings,
) -> Option<(Period, DateRange)> {
    let when = match (&record.date, &record.period) {
        (Some(_), Some(period)) => {
            out.push(Diagnostic::new(Finding::DateAndPeriod, file, period.pos));
            return None;
        }
        (None, None) => {
            out.push(Diagnostic::new(Finding::NoDateNorPeriod, file, record.pos));
            return None;
        }
        (Some(date), None) => day_of(&date.value, last_date)
            .map(|day| (Period::Day, DateRange::day(day)))
            .map_err(|error| (date.pos, error)),
        (None, Some(period)) => {
            calendar::parse_period(period.value.trim()).map_err(|error| (period.pos, error))
        }
    };
    let (kind, days) = match when {
        Ok(when) => when,
        Err((pos, error)) => {
            let suggestion = match &error {
                calendar::DateError::NotADate(text) => calendar::suggest_date(text),
                _ => None,
            };
            let finding = Finding::InvalidDate { error, suggestion };
            out.push(Diagnostic::new(finding, file, pos));
            return None;
        }
    };
    if let (Some(per), Some(period)) = (target.and_then(Target::bucket_period), &record.period)
        && kind > per
    {
        out.push(Diagnostic::new(
            Finding::CoarseGranularity { kind, per },
            file,
            period.pos,
        ));
        return None;
    }
    Some((kind, days))
}

/// The day of a date written `text` (white space around it aside); read again without
/// parsing when it is written as the `last` one read, which it then becomes.
fn day_of(
    text: &str,
    last: &mut Option<(String, chrono::NaiveDate)>,
) -> Result<chrono::NaiveDate, calendar::DateError> {
    if let Some((last_text, day)) = last
        && last_text == text
    {
        return Ok(*day);
    }
    let day = calendar::parse_date(text.trim())?;
    match last {
        Some((kept, kept_day)) => {
            kept.clear();
            kept.push_str(text);
            *kept_day = day;
        }
        None => *last = Some((text.to_string(), day)),
    }
    Ok(day)
}

fn check_value(
    file: FileId,
    record: &Measurement,
    target: Option<&Target>,
    out: &mut Findings,
) -> Option<MeasuredValue> {
    let raw = &record.value;
    let text = raw.value.text();
    let value = match read_value(text) {
        Ok(ValueReading::Bool(b)) => MeasuredValue::Bool(b),
        Ok(ValueReading::Number(number)) => {
            if let Some(ambiguity) = number.ambiguity {
                out.push(Diagnostic::new(
                    Finding::AmbiguousNumber {
                        text: text.to_string(),
                        ambiguity,
                    },
                    file,
                    raw.pos,
                ));
            }
            MeasuredValue::Number(number.value)
        }
        Err(fault) => {
            out.push(Diagnostic::new(
                Finding::NotAValue {
                    text: text.to_string(),
                    fault,
                },
                file,
                raw.pos,
            ));
            return None;
        }
    };
    if let MeasuredValue::Number(n) = value
        && !is_plausible(n)
    {
        let problem = if !n.is_finite() {
            ValueProblem::NotFinite
        } else if n < 0.0 {
            ValueProblem::Negative(n)
        } else {
            ValueProblem::TooLarge(n)
        };
        out.push(Diagnostic::new(
            Finding::InvalidValue { problem },
            file,
            raw.pos,
        ));
        return None;
    }
    let expected = match (target, value) {
        (Some(Target::Boolean { .. }), MeasuredValue::Number(_)) => Some(ValueKindExpected::YesNo),
        (Some(Target::Compare { .. }), MeasuredValue::Bool(_)) => Some(ValueKindExpected::Number),
        _ => None,
    };
    if let Some(expected) = expected {
        out.push(Diagnostic::new(
            Finding::ValueKind {
                indicator: record.indicator.value.clone(),
                expected,
            },
            file,
            raw.pos,
        ));
        return None;
    }
    Some(value)
}
