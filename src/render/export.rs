//! Export rows (SPEC §5.1): one per indicator (or indicator × period), in plan order,
//! written as CSV (plain or Belgian Excel) or JSON here, as an Excel workbook by
//! [`xlsx`](super::xlsx).

use super::cells::status_label;
use crate::compute::attainment::Applied;
use crate::compute::report::PlanReport;
use crate::i18n::label;
use crate::model::{Lang, MeasuredValue};

/// The export columns, in order (SPEC §5.1). Scripts rely on these names.
pub const COLUMNS: [&str; 28] = [
    "plan_id",
    "commune",
    "year",
    "period",
    "sector_id",
    "sector",
    "general_objective_id",
    "general_objective",
    "strategic_objective_id",
    "strategic_objective",
    "service",
    "operational_objective_id",
    "operational_objective",
    "indicator_id",
    "indicator",
    "target",
    "target_op",
    "target_value",
    "target_unit",
    "target_per",
    "baseline",
    "actual",
    "attainment_pct",
    "status",
    "buckets_met",
    "buckets",
    "measurements",
    "notes",
];

/// A cell of an export row.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Free text from the plan or measurements: neutralised against CSV injection.
    Text(String),
    /// A machine code of `plan` itself (`>=`, `=`, `met`, `day`): written as is.
    Code(&'static str),
    Number(f64),
    Empty,
}

impl Value {
    fn text(text: impl Into<String>) -> Value {
        Value::Text(text.into())
    }

    fn count(n: usize) -> Value {
        Value::Number(n as f64)
    }
}

/// The rows of one report. `lang` translates status labels; `None` keeps machine codes.
pub fn rows(report: &PlanReport, lang: Option<Lang>) -> Vec<Vec<Value>> {
    let plan = report.plan;
    let mut rows = Vec::new();
    for (sector, general, strategic) in report.strategic_objectives() {
        for project in &strategic.projects {
            for objective in &project.objectives {
                for row in objective
                    .indicators
                    .iter()
                    .filter(|r| r.shared_from.is_none())
                {
                    let outcome = &row.outcome;
                    let (op, target_value, baseline) = match outcome.applied {
                        Applied::Number {
                            op,
                            value,
                            baseline,
                            ..
                        } => (
                            op.symbol(),
                            Value::Number(value),
                            baseline.map_or(Value::Empty, Value::Number),
                        ),
                        Applied::Bool { expected } => (
                            "=",
                            Value::Code(if expected { "yes" } else { "no" }),
                            Value::Empty,
                        ),
                    };
                    let (unit, per) = match row.target {
                        crate::target::Target::Compare { unit, per, .. } => (
                            unit.clone().map_or(Value::Empty, Value::Text),
                            per.map_or(Value::Empty, |p| Value::Code(p.name())),
                        ),
                        crate::target::Target::Boolean { .. } => (Value::Empty, Value::Empty),
                    };
                    let (buckets_met, buckets) = match outcome.buckets {
                        Some((met, total)) => (Value::count(met), Value::count(total)),
                        None => (Value::Empty, Value::Empty),
                    };
                    let status = match lang {
                        Some(lang) => status_label(lang, outcome.status),
                        None => outcome.status.code(),
                    };
                    rows.push(vec![
                        Value::text(&plan.id.value),
                        Value::text(&plan.commune.value),
                        Value::Number(f64::from(plan.year.value)),
                        Value::text(&report.period),
                        Value::text(&sector.sector.id.value),
                        Value::text(&sector.sector.title),
                        Value::text(&general.general.id.value),
                        Value::text(&general.general.title),
                        Value::text(&strategic.strategic.id.value),
                        Value::text(&strategic.strategic.domain),
                        Value::text(&project.project.service.value),
                        Value::text(&objective.objective.id.value),
                        Value::text(&objective.objective.title),
                        Value::text(&row.indicator.id.value),
                        Value::text(&row.indicator.label),
                        Value::text(&row.indicator.target.value.text),
                        Value::Code(op),
                        target_value,
                        unit,
                        per,
                        baseline,
                        match outcome.actual {
                            None => Value::Empty,
                            Some(MeasuredValue::Number(n)) => Value::Number(n),
                            Some(MeasuredValue::Bool(b)) => {
                                Value::Code(if b { "yes" } else { "no" })
                            }
                        },
                        outcome.attainment.map_or(Value::Empty, Value::Number),
                        Value::Code(status),
                        buckets_met,
                        buckets,
                        Value::count(outcome.count),
                        if outcome.notes.is_empty() {
                            Value::Empty
                        } else {
                            Value::text(outcome.notes.join(" | "))
                        },
                    ]);
                }
            }
        }
    }
    rows
}

/// The header: SPEC's names, or their translation with `--lang`.
pub fn header(lang: Option<Lang>) -> Vec<&'static str> {
    COLUMNS
        .iter()
        .map(|c| match (lang, *c) {
            (None, c) => c,
            (Some(lang), "service") => label(lang, "service_col"),
            (Some(lang), c) => label(lang, c),
        })
        .collect()
}

/// Prefixes text that a spreadsheet would run as a formula (CSV injection).
fn neutralise(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// The shortest text that reads back as the same number.
fn number_text(n: f64) -> String {
    format!("{n}")
}

/// CSV; `excel` gives Belgian Excel's dialect: `;`, UTF-8 BOM, decimal comma, CRLF.
pub fn csv(header: &[&str], rows: &[Vec<Value>], excel: bool) -> anyhow::Result<Vec<u8>> {
    let mut builder = csv::WriterBuilder::new();
    if excel {
        builder.delimiter(b';').terminator(csv::Terminator::CRLF);
    }
    let mut out = Vec::new();
    if excel {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut writer = builder.from_writer(out);
    writer.write_record(header)?;
    for row in rows {
        writer.write_record(row.iter().map(|value| match value {
            Value::Text(text) => neutralise(text),
            Value::Code(code) => code.to_string(),
            Value::Number(n) if excel => number_text(*n).replace('.', ","),
            Value::Number(n) => number_text(*n),
            Value::Empty => String::new(),
        }))?;
    }
    writer
        .into_inner()
        .map_err(|e| anyhow::anyhow!("{}", e.error()))
}

/// JSON: an array of objects, numbers as numbers, absent values `null`.
pub fn json(header: &[&str], rows: &[Vec<Value>]) -> anyhow::Result<Vec<u8>> {
    let objects: Vec<serde_json::Map<String, serde_json::Value>> = rows
        .iter()
        .map(|row| {
            header
                .iter()
                .zip(row)
                .map(|(key, value)| {
                    let value = match value {
                        Value::Text(text) => serde_json::Value::from(text.as_str()),
                        Value::Code(code) => serde_json::Value::from(*code),
                        Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
                            serde_json::Value::from(*n as i64)
                        }
                        Value::Number(n) => serde_json::Value::from(*n),
                        Value::Empty => serde_json::Value::Null,
                    };
                    (key.to_string(), value)
                })
                .collect()
        })
        .collect();
    let mut out = serde_json::to_vec_pretty(&objects)?;
    out.push(b'\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_formulas_only_in_text() {
        let rows = vec![vec![
            Value::text("=1+1"),
            Value::text("@x"),
            Value::Number(-25.5),
            Value::text("ok"),
        ]];
        let out = String::from_utf8(csv(&["a", "b", "c", "d"], &rows, false).unwrap()).unwrap();
        assert_eq!(out, "a,b,c,d\n'=1+1,'@x,-25.5,ok\n");
    }

    #[test]
    fn excel_dialect() {
        let rows = vec![vec![Value::Number(2.5), Value::text("a;b")]];
        let out = csv(&["x", "y"], &rows, true).unwrap();
        assert_eq!(out, "\u{feff}x;y\r\n2,5;\"a;b\"\r\n".as_bytes());
    }

    #[test]
    fn translated_headers_cover_every_column() {
        for lang in [Lang::Fr, Lang::Nl, Lang::En] {
            let names = header(Some(lang));
            assert!(names.iter().all(|n| !n.is_empty()));
            let mut unique = names.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), COLUMNS.len(), "{lang:?}");
        }
        assert_eq!(header(None), COLUMNS.to_vec());
    }
}
