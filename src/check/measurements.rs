//! Checks of measurements against their plan: plan and indicator ids, value kinds,
//! dates and periods, granularity, year, and the same record twice. Records stream
//! through the checks one at a time and are folded into each indicator's [`Series`].

use std::collections::{BTreeMap, BTreeSet};

use super::PlanIndex;
use crate::calendar::{self, Span};
use crate::diagnostic::{Code, Diagnostic, FileId};
use crate::load::{DataFormat, LoadError, Workspace};
use crate::model::{Located, Measurement, Pos, RawValue};
use crate::series::{Series, Token};
use crate::target::{Period, Target, is_plausible, parse_boolean, parse_decimal};

/// A measured value, checked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ObsValue {
    Number(f64),
    Bool(bool),
}

/// A measurement that passed its checks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Observation<'r> {
    /// The day measured, or the period (which counts at its last day).
    pub span: Span,
    pub value: ObsValue,
    pub note: Option<&'r str>,
}

/// Findings of one code past this many are counted, not kept: a large file with the
/// same mistake on every row stays readable and small in memory.
pub const KEPT_PER_CODE: usize = 10_000;

/// Where decoded records and the findings of decoding go.
pub trait RecordSink {
    fn record(&mut self, plan: &Located<String>, record: Measurement);
    fn finding(&mut self, finding: Diagnostic);
}

/// What the measurement checks yield.
#[derive(Debug, Default)]
pub struct Measured {
    /// Each plan's checked measurements, by indicator id.
    pub series: BTreeMap<String, BTreeMap<String, Series>>,
    /// Records read.
    pub records: usize,
    /// Findings of each code past [`KEPT_PER_CODE`], counted only.
    pub omitted: BTreeMap<Code, usize>,
}

/// Where a record starts, as a series keeps it.
fn place(file: FileId, pos: Pos) -> Token {
    [
        u32::try_from(file).unwrap_or(u32::MAX),
        pos.line,
        pos.column,
    ]
}

fn unplace([file, line, column]: Token, len: u32) -> (FileId, Pos) {
    (file as FileId, Pos::new(line, column, len))
}

struct Checker<'w, 'p> {
    plans: &'p BTreeMap<&'p str, PlanIndex<'p>>,
    /// Series of each plan (in the order of `plans`) and indicator (in plan order).
    series: Vec<Vec<Series>>,
    out: &'w mut Vec<Diagnostic>,
    kept: BTreeMap<Code, usize>,
    measured: Measured,
    /// The plan of the last record, found again without a search.
    last_plan: Option<(String, usize)>,
    /// The file being read, and the unknown plan ids already reported in it.
    file: FileId,
    unknown_plans: BTreeSet<String>,
}

/// Streams every measurements file through the checks.
pub fn check(
    workspace: &Workspace,
    plans: &BTreeMap<&str, PlanIndex>,
    out: &mut Vec<Diagnostic>,
) -> Result<Measured, LoadError> {
    let mut checker = Checker {
        plans,
        series: plans
            .values()
            .map(|index| vec![Series::default(); index.plan.indicators().count()])
            .collect(),
        out,
        kept: BTreeMap::new(),
        measured: Measured::default(),
        last_plan: None,
        file: 0,
        unknown_plans: BTreeSet::new(),
    };
    for (file, format) in &workspace.measurements {
        checker.file = *file;
        checker.unknown_plans.clear();
        // A file read when it was found may have gone since.
        let io = |source| LoadError::Io {
            path: workspace.sources.path(*file).to_path_buf(),
            source,
        };
        match format {
            DataFormat::Yaml => {
                let finding =
                    crate::load::stream_yaml(&workspace.sources, *file, &mut |plan, record| {
                        checker.record(plan, record)
                    })
                    .map_err(io)?;
                if let Some(finding) = finding {
                    checker.finding(finding);
                }
            }
            DataFormat::Csv => {
                crate::csv_measurements::stream(&workspace.sources, *file, &mut checker)
                    .map_err(io)?
            }
        }
    }
    let Checker {
        series,
        mut measured,
        ..
    } = checker;
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

impl Checker<'_, '_> {
    /// Counts a finding of `code` past what is kept, without making it; whether it is.
    fn omit(&mut self, code: Code) -> bool {
        if self.kept.get(&code).copied().unwrap_or(0) < KEPT_PER_CODE {
            return false;
        }
        *self.measured.omitted.entry(code).or_default() += 1;
        true
    }
}

impl RecordSink for Checker<'_, '_> {
    fn finding(&mut self, finding: Diagnostic) {
        if !self.omit(finding.code) {
            *self.kept.entry(finding.code).or_default() += 1;
            self.out.push(finding);
        }
    }

    fn record(&mut self, plan_id: &Located<String>, record: Measurement) {
        self.measured.records += 1;
        let file = self.file;
        let plan = match &self.last_plan {
            Some((id, plan)) if *id == plan_id.value => Some(*plan),
            _ => self.plans.keys().position(|id| *id == plan_id.value),
        };
        let Some(plan) = plan else {
            if self.unknown_plans.insert(plan_id.value.clone()) {
                let known: Vec<&str> = self.plans.keys().copied().collect();
                let help = match crate::suggest::closest(&plan_id.value, known.iter().copied()) {
                    Some(best) => format!("did you mean `{best}`? pass the plan file too, e.g. `plan validate plans/ measurements/`"),
                    None if known.is_empty() => "no plan was loaded: pass the plan file too, e.g. `plan validate plans/ measurements/`".into(),
                    None => format!("loaded plans: {}", known.join(", ")),
                };
                self.finding(
                    Diagnostic::new(
                        Code::UnknownPlan,
                        file,
                        plan_id.pos,
                        format!("unknown plan `{}`", plan_id.value),
                    )
                    .help(help),
                );
            }
            return;
        };
        if self
            .last_plan
            .as_ref()
            .is_none_or(|(_, last)| *last != plan)
        {
            self.last_plan = Some((plan_id.value.clone(), plan));
        }
        let index = self.plans.values().nth(plan).expect("a plan found above");
        let mut findings = Vec::new();
        let checked = check_record(file, &record, index, &mut findings);
        for finding in findings {
            self.finding(finding);
        }
        let Some((indicator, observation)) = checked else {
            return;
        };
        // Records outside the plan's year are kept too: no window counts them, and
        // their copies are found the same way.
        let first = self.series[plan][indicator].add(
            observation.span,
            observation.value,
            observation.note,
            place(file, record.pos),
        );
        if let Some(first) = first
            && !self.omit(Code::DuplicateMeasurement)
        {
            let (first_file, first_pos) = unplace(first, record.pos.len);
            let finding = Diagnostic::new(
                Code::DuplicateMeasurement,
                file,
                record.pos,
                format!(
                    "`{}` is measured twice for the same date or period",
                    record.indicator.value
                ),
            )
            .related(first_file, first_pos, "first measured here")
            .help("both records are counted: remove one if it is a copy, or tell them apart with a `note` (e.g. the quartier)");
            self.finding(finding);
        }
    }
}

/// Checks one record; the indicator's position in its plan and the observation when it
/// passes.
fn check_record<'r>(
    file: FileId,
    record: &'r Measurement,
    index: &PlanIndex,
    out: &mut Vec<Diagnostic>,
) -> Option<(usize, Observation<'r>)> {
    let indicator_id = &record.indicator;
    let Some(&(position, indicator)) = index.indicators.get(indicator_id.value.as_str()) else {
        let help =
            match crate::suggest::closest(&indicator_id.value, index.indicators.keys().copied()) {
                Some(best) => format!("did you mean `{best}`? `plan tree` lists the indicator ids"),
                None => "`plan tree` lists the indicator ids of the plan".to_string(),
            };
        out.push(
            Diagnostic::new(
                Code::UnknownIndicator,
                file,
                indicator_id.pos,
                format!(
                    "unknown indicator `{}` in plan `{}`",
                    indicator_id.value, index.plan.id.value
                ),
            )
            .help(help),
        );
        return None;
    };
    let target = indicator.target.value.parsed.as_ref().ok();
    let span = check_when(file, record, target, out);
    let value = check_value(file, record, target, out);
    let span = span?;
    let year = index.plan.year.value;
    if calendar::Span::year(year).is_some_and(|y| !y.contains(span.end)) {
        out.push(
            Diagnostic::new(
                Code::OutsideYear,
                file,
                record
                    .date
                    .as_ref()
                    .or(record.period.as_ref())
                    .map_or(record.pos, |d| d.pos),
                format!("measurement outside the plan's year {year}"),
            )
            .help("it is not counted in the reports of this plan; check the year"),
        );
    }
    Some((
        position,
        Observation {
            span,
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
    out: &mut Vec<Diagnostic>,
) -> Option<Span> {
    let span = match (&record.date, &record.period) {
        (Some(_), Some(period)) => {
            out.push(
                Diagnostic::new(
                    Code::DatePeriod,
                    file,
                    period.pos,
                    "a measurement has a `date` or a `period`, not both",
                )
                .help("keep `date: YYYY-MM-DD` for a day, or `period: 2023-Q1` for a period"),
            );
            return None;
        }
        (None, None) => {
            out.push(
                Diagnostic::new(
                    Code::DatePeriod,
                    file,
                    record.pos,
                    "a measurement needs a `date` or a `period`",
                )
                .help("add `date: 2023-01-31` or `period: 2023-01`"),
            );
            return None;
        }
        (Some(date), None) => calendar::parse_date(date.value.trim())
            .map(|day| Span {
                kind: Period::Day,
                start: day,
                end: day,
            })
            .map_err(|message| {
                (
                    date.pos,
                    message,
                    "write dates as YYYY-MM-DD, e.g. 2023-02-03",
                )
            }),
        (None, Some(period)) => calendar::parse_period(period.value.trim()).map_err(|message| {
            (
                period.pos,
                message,
                "periods: 2023, 2023-Q1, 2023-03 or 2023-W05",
            )
        }),
    };
    let span = match span {
        Ok(span) => span,
        Err((pos, message, help)) => {
            out.push(Diagnostic::new(Code::InvalidDate, file, pos, message).help(help));
            return None;
        }
    };
    if let (Some(per), Some(period)) = (target.and_then(Target::bucket_period), &record.period)
        && span.kind > per
    {
        out.push(
            Diagnostic::new(
                Code::CoarseGranularity,
                file,
                period.pos,
                format!(
                    "a {} total cannot be judged against a per-{} target",
                    span.kind.name(),
                    per.name()
                ),
            )
            .help(format!(
                "record this indicator per {} (or finer), e.g. with `date:`",
                per.name()
            )),
        );
        return None;
    }
    Some(span)
}

fn check_value(
    file: FileId,
    record: &Measurement,
    target: Option<&Target>,
    out: &mut Vec<Diagnostic>,
) -> Option<ObsValue> {
    let raw = &record.value;
    let value = match &raw.value {
        RawValue::Number(n) => ObsValue::Number(*n),
        RawValue::Bool(b) => ObsValue::Bool(*b),
        RawValue::Text(text) => match (parse_boolean(text), parse_decimal(text)) {
            (Some(b), _) => ObsValue::Bool(b),
            (None, Some(n)) => ObsValue::Number(n),
            (None, None) => {
                out.push(
                    Diagnostic::new(
                        Code::WrongType,
                        file,
                        raw.pos,
                        format!("`{text}` is neither a number nor yes/no"),
                    )
                    .help("values are numbers (3.5) or yes/no/oui/non/ja/nee/true/false"),
                );
                return None;
            }
        },
    };
    if let ObsValue::Number(n) = value
        && !is_plausible(n)
    {
        let message = if !n.is_finite() {
            "value is not a finite number".to_string()
        } else if n < 0.0 {
            format!("negative value {n}")
        } else {
            format!("value {n} is larger than 10^12")
        };
        out.push(
            Diagnostic::new(Code::InvalidValue, file, raw.pos, message)
                .help("measured values are numbers from 0 to 10^12"),
        );
        return None;
    }
    let mismatch = match (target, value) {
        (Some(Target::Boolean { .. }), ObsValue::Number(_)) => {
            Some(("a yes/no", "a number", "oui/non, yes/no or ja/nee"))
        }
        (Some(Target::Compare { .. }), ObsValue::Bool(_)) => {
            Some(("a numeric", "yes/no", "a number"))
        }
        _ => None,
    };
    if let Some((kind, found, expected)) = mismatch {
        out.push(
            Diagnostic::new(
                Code::ValueKind,
                file,
                raw.pos,
                format!(
                    "`{}` has {kind} target, but this value is {found}",
                    record.indicator.value
                ),
            )
            .help(format!("write {expected} here")),
        );
        return None;
    }
    Some(value)
}
