//! Checks of measurements against their plan: plan and indicator ids, value kinds,
//! dates and periods, granularity, year, and the same indicator measured twice.

use std::collections::{BTreeMap, BTreeSet};

use super::PlanIndex;
use crate::calendar::{self, Span};
use crate::diagnostic::{Code, Diagnostic, FileId};
use crate::model::{Measurement, Pos, RawValue};
use crate::target::{Period, Target, is_plausible, parse_boolean, parse_decimal};

/// A measured value, checked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ObsValue {
    Number(f64),
    Bool(bool),
}

/// A measurement that passed its checks.
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    pub indicator: String,
    /// The day measured, or the period (which counts at its last day).
    pub span: Span,
    pub value: ObsValue,
    pub note: Option<String>,
}

pub fn check(
    files: &[(FileId, Vec<Measurement>)],
    plans: &BTreeMap<&str, PlanIndex>,
    out: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Vec<Observation>> {
    let mut observations: BTreeMap<String, Vec<Observation>> = BTreeMap::new();
    let mut seen: BTreeMap<(String, String, Span), (FileId, Pos)> = BTreeMap::new();
    for (file, records) in files {
        let mut unknown_plans = BTreeSet::new();
        for record in records {
            let Some(plan_id) = &record.plan else {
                continue;
            };
            let Some(index) = plans.get(plan_id.value.as_str()) else {
                if unknown_plans.insert(plan_id.value.clone()) {
                    let known: Vec<&str> = plans.keys().copied().collect();
                    let help = match crate::suggest::closest(&plan_id.value, known.iter().copied()) {
                        Some(best) => format!("did you mean `{best}`? pass the plan file too, e.g. `plan validate plans/ measurements/`"),
                        None if known.is_empty() => "no plan was loaded: pass the plan file too, e.g. `plan validate plans/ measurements/`".into(),
                        None => format!("loaded plans: {}", known.join(", ")),
                    };
                    out.push(
                        Diagnostic::new(
                            Code::UnknownPlan,
                            *file,
                            plan_id.pos,
                            format!("unknown plan `{}`", plan_id.value),
                        )
                        .help(help),
                    );
                }
                continue;
            };
            if let Some(observation) = check_record(*file, record, index, out) {
                let key = (
                    plan_id.value.clone(),
                    observation.indicator.clone(),
                    observation.span,
                );
                if let Some((first_file, first_pos)) = seen.get(&key) {
                    out.push(
                        Diagnostic::new(
                            Code::DuplicateMeasurement,
                            *file,
                            record.pos,
                            format!(
                                "`{}` is measured twice for the same date or period",
                                observation.indicator
                            ),
                        )
                        .related(*first_file, *first_pos, "first measured here")
                        .help("both records are counted: remove one if it is a copy"),
                    );
                } else {
                    seen.insert(key, (*file, record.pos));
                }
                observations
                    .entry(plan_id.value.clone())
                    .or_default()
                    .push(observation);
            }
        }
    }
    observations
}

fn check_record(
    file: FileId,
    record: &Measurement,
    index: &PlanIndex,
    out: &mut Vec<Diagnostic>,
) -> Option<Observation> {
    let indicator_id = &record.indicator;
    let Some(indicator) = index.indicators.get(indicator_id.value.as_str()) else {
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
    Some(Observation {
        indicator: indicator_id.value.clone(),
        span,
        value: value?,
        note: record.note.clone(),
    })
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
