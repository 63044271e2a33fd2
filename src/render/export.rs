//! Export rows (SPEC §5.1): one per indicator (or indicator × period), in plan order,
//! written as CSV (plain or Belgian Excel) or JSON here, as an Excel workbook by
//! [`xlsx`](super::xlsx).
//!
//! An [`ExportRow`] has one typed field per column; `COLUMNS` names the columns in
//! order and turns each field into a [`Field`], so that every format writes the same
//! names over the same cells.
//!
//! Part of `render`: imports `compute` and the leaves.

use super::cells::status_label;
use crate::compute::attainment::{Applied, Status};
use crate::compute::report::PlanReport;
use crate::i18n::say;
use crate::model::{Lang, MeasuredValue};
use crate::target::{Period, Target};

/// A percent as the model keeps it: 75.0 for 75 %.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Percent(pub f64);

/// One export row: a field per column of SPEC §5.1, `None` where the cell is empty.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportRow {
    /// The plan's id.
    pub plan_id: String,
    /// The plan's commune.
    pub commune: String,
    /// The plan's year.
    pub year: i32,
    /// `2023`, or `2023-01` / `2023-Q1` with `--by`.
    pub period: String,
    /// The sector's id.
    pub sector_id: String,
    /// The sector's title.
    pub sector: String,
    /// The general objective's id.
    pub general_objective_id: String,
    /// The general objective's title.
    pub general_objective: String,
    /// The strategic objective's id.
    pub strategic_objective_id: String,
    /// The strategic objective's domain.
    pub strategic_objective: String,
    /// The project block (GDP, SCAPI, …).
    pub service: String,
    /// The id of the operational objective holding the indicator.
    pub operational_objective_id: String,
    /// The title of the operational objective holding the indicator.
    pub operational_objective: String,
    /// The indicator's id.
    pub indicator_id: String,
    /// The indicator's label.
    pub indicator: String,
    /// The target as written in the plan.
    pub target: String,
    /// `>=`, `>`, `<=`, `<` or `=` (`=` for yes/no targets).
    pub target_op: &'static str,
    /// The target applied: pro-rated with `--as-of` or `--by`, or the yes/no expected.
    pub target_value: MeasuredValue,
    /// The target's unit.
    pub target_unit: Option<String>,
    /// The period the target is expressed per.
    pub target_per: Option<Period>,
    /// The baseline applied, pro-rated like `target_value`.
    pub baseline: Option<f64>,
    /// The actual value; `None` without data.
    pub actual: Option<MeasuredValue>,
    /// The attainment, full precision; `None` without data.
    pub attainment_pct: Option<Percent>,
    /// The status code, or its label with `--lang`.
    pub status: String,
    /// For per-period targets: the periods meeting the target.
    pub buckets_met: Option<usize>,
    /// For per-period targets: the periods with data.
    pub buckets: Option<usize>,
    /// The number of records counted.
    pub measurements: usize,
    /// The distinct notes of the records counted, joined with ` | `.
    pub notes: Option<String>,
    /// The indicator's comment for the row's period (SPEC §2.4); several (the year's and
    /// a quarter's) joined with ` | `, each of another period than the row's after its
    /// period (`2023-Q2: …`).
    pub comment: Option<String>,
    /// The corrective measures of those comments, joined the same way.
    pub action: Option<String>,
    /// With `--compare YEAR`: the indicator in that year, empty cells when only this
    /// year's plan has it; `None` without `--compare`.
    pub previous: Option<PreviousFields>,
}

/// The `previous_*` columns of a row (`--compare`), `None` where the cell is empty.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PreviousFields {
    pub actual: Option<MeasuredValue>,
    pub attainment_pct: Option<Percent>,
    /// The status code, or its label with `--lang`.
    pub status: Option<String>,
}

/// A cell of an export row, typed by what it holds: each format writes each kind its
/// own way (CSV neutralises free text only; a workbook formats numbers by kind).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field<'a> {
    /// Free text from the plan or measurements: neutralised against CSV injection.
    Text(&'a str),
    /// A machine code of `plan` itself (`>=`, `met`, `day`, `yes`), or a status label:
    /// written as is.
    Code(&'a str),
    /// A whole number without separators: the year, a count.
    Whole(i64),
    /// An amount: a target, a baseline, an actual value.
    Quantity(f64),
    /// A percent (75.0 for 75 %).
    Percent(f64),
    /// Nothing.
    Empty,
}

impl Field<'_> {
    /// A count of records or periods.
    fn count(n: usize) -> Self {
        // Counts of records and periods are far below `i64::MAX`.
        Field::Whole(n as i64)
    }

    /// A number as a quantity, a yes/no answer as `yes` or `no`.
    fn measured(value: MeasuredValue) -> Self {
        match value {
            MeasuredValue::Number(n) => Field::Quantity(n),
            MeasuredValue::Bool(b) => Field::Code(if b { "yes" } else { "no" }),
        }
    }
}

/// How a column is headed in a language, with `--lang`.
type HeadingIn = fn(Lang) -> String;

/// How a row gives the cell of one column.
type CellOf = fn(&ExportRow) -> Field<'_>;

/// The export columns, in order (SPEC §5.1), each with its heading in a language and its
/// cell. Scripts rely on these names.
#[rustfmt::skip]
const COLUMNS: [(&str, HeadingIn, CellOf); 30] = [
    ("plan_id", |l| say!(l, "column-plan-id"), |r| Field::Text(&r.plan_id)),
    ("commune", |l| say!(l, "column-commune"), |r| Field::Text(&r.commune)),
    ("year", |l| say!(l, "column-year"), |r| Field::Whole(i64::from(r.year))),
    ("period", |l| say!(l, "column-period"), |r| Field::Text(&r.period)),
    ("sector_id", |l| say!(l, "column-sector-id"), |r| Field::Text(&r.sector_id)),
    ("sector", |l| say!(l, "column-sector"), |r| Field::Text(&r.sector)),
    ("general_objective_id", |l| say!(l, "column-general-objective-id"), |r| Field::Text(&r.general_objective_id)),
    ("general_objective", |l| say!(l, "column-general-objective"), |r| Field::Text(&r.general_objective)),
    ("strategic_objective_id", |l| say!(l, "column-strategic-objective-id"), |r| Field::Text(&r.strategic_objective_id)),
    ("strategic_objective", |l| say!(l, "column-strategic-objective"), |r| Field::Text(&r.strategic_objective)),
    ("service", |l| say!(l, "column-service"), |r| Field::Text(&r.service)),
    ("operational_objective_id", |l| say!(l, "column-operational-objective-id"), |r| Field::Text(&r.operational_objective_id)),
    ("operational_objective", |l| say!(l, "column-operational-objective"), |r| Field::Text(&r.operational_objective)),
    ("indicator_id", |l| say!(l, "column-indicator-id"), |r| Field::Text(&r.indicator_id)),
    ("indicator", |l| say!(l, "column-indicator"), |r| Field::Text(&r.indicator)),
    ("target", |l| say!(l, "column-target"), |r| Field::Text(&r.target)),
    ("target_op", |l| say!(l, "column-target-op"), |r| Field::Code(r.target_op)),
    ("target_value", |l| say!(l, "column-target-value"), |r| Field::measured(r.target_value)),
    ("target_unit", |l| say!(l, "column-target-unit"), |r| r.target_unit.as_deref().map_or(Field::Empty, Field::Text)),
    ("target_per", |l| say!(l, "column-target-per"), |r| r.target_per.map_or(Field::Empty, |p| Field::Code(p.name()))),
    ("baseline", |l| say!(l, "column-baseline"), |r| r.baseline.map_or(Field::Empty, Field::Quantity)),
    ("actual", |l| say!(l, "column-actual"), |r| r.actual.map_or(Field::Empty, Field::measured)),
    ("attainment_pct", |l| say!(l, "column-attainment-pct"), |r| r.attainment_pct.map_or(Field::Empty, |p| Field::Percent(p.0))),
    ("status", |l| say!(l, "column-status"), |r| Field::Code(&r.status)),
    ("buckets_met", |l| say!(l, "column-buckets-met"), |r| r.buckets_met.map_or(Field::Empty, Field::count)),
    ("buckets", |l| say!(l, "column-buckets"), |r| r.buckets.map_or(Field::Empty, Field::count)),
    ("measurements", |l| say!(l, "column-measurements"), |r| Field::count(r.measurements)),
    ("notes", |l| say!(l, "column-notes"), |r| r.notes.as_deref().map_or(Field::Empty, Field::Text)),
    ("comment", |l| say!(l, "column-comment"), |r| r.comment.as_deref().map_or(Field::Empty, Field::Text)),
    ("action", |l| say!(l, "column-action"), |r| r.action.as_deref().map_or(Field::Empty, Field::Text)),
];

/// The columns appended with `--compare YEAR` (SPEC §5.1): the indicator in YEAR.
#[rustfmt::skip]
const PREVIOUS_COLUMNS: [(&str, HeadingIn, CellOf); 3] = [
    ("previous_actual", |l| say!(l, "compare-column-previous-actual"), |r| r.previous.as_ref().and_then(|p| p.actual).map_or(Field::Empty, Field::measured)),
    ("previous_attainment_pct", |l| say!(l, "compare-column-previous-attainment-pct"), |r| r.previous.as_ref().and_then(|p| p.attainment_pct).map_or(Field::Empty, |p| Field::Percent(p.0))),
    ("previous_status", |l| say!(l, "compare-column-previous-status"), |r| r.previous.as_ref().and_then(|p| p.status.as_deref()).map_or(Field::Empty, Field::Code)),
];

/// The columns of an export, in order: SPEC §5.1's, then with `compared` (`--compare`)
/// the `previous_*` ones.
fn columns(compared: bool) -> impl Iterator<Item = &'static (&'static str, HeadingIn, CellOf)> {
    let previous: &[_] = if compared { &PREVIOUS_COLUMNS } else { &[] };
    COLUMNS.iter().chain(previous)
}

impl ExportRow {
    /// The row's cells, each with its column's name (SPEC §5.1), in column order; with
    /// `--compare`, the `previous_*` cells last.
    pub fn cells(&self) -> Vec<(&'static str, Field<'_>)> {
        columns(self.previous.is_some())
            .map(|(name, _, cell)| (*name, cell(self)))
            .collect()
    }
}

/// A status for an export: its code, or its label in `lang`.
fn status_cell(status: Status, lang: Option<Lang>) -> String {
    match lang {
        Some(lang) => status_label(lang, status),
        None => status.code().to_string(),
    }
}

/// The rows of one report. `lang` translates status labels; `None` keeps machine codes.
pub fn rows(report: &PlanReport, lang: Option<Lang>) -> Vec<ExportRow> {
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
                    let (target_op, target_value, baseline) = match outcome.applied {
                        Applied::Number {
                            op,
                            value,
                            baseline,
                            ..
                        } => (op.symbol(), MeasuredValue::Number(value), baseline),
                        Applied::Bool { expected } => ("=", MeasuredValue::Bool(expected), None),
                    };
                    let (target_unit, target_per) = match row.target {
                        Target::Compare { unit, per, .. } => (unit.clone(), *per),
                        Target::Boolean { .. } => (None, None),
                    };
                    let (buckets_met, buckets) = outcome.buckets.unzip();
                    let (comment, action) = comment_cells(report, &row.indicator.id.value);
                    rows.push(ExportRow {
                        plan_id: plan.id.value.clone(),
                        commune: plan.commune.value.clone(),
                        year: plan.year.value,
                        period: report.period.clone(),
                        sector_id: sector.sector.id.value.clone(),
                        sector: sector.sector.title.clone(),
                        general_objective_id: general.general.id.value.clone(),
                        general_objective: general.general.title.clone(),
                        strategic_objective_id: strategic.strategic.id.value.clone(),
                        strategic_objective: strategic.strategic.domain.clone(),
                        service: project.project.service.value.clone(),
                        operational_objective_id: objective.objective.id.value.clone(),
                        operational_objective: objective.objective.title.clone(),
                        indicator_id: row.indicator.id.value.clone(),
                        indicator: row.indicator.label.clone(),
                        target: row.indicator.target.value.text.clone(),
                        target_op,
                        target_value,
                        target_unit,
                        target_per,
                        baseline,
                        actual: outcome.actual,
                        attainment_pct: outcome.attainment.map(Percent),
                        status: status_cell(outcome.status, lang),
                        buckets_met,
                        buckets,
                        measurements: outcome.count,
                        notes: notes_cell(&outcome.notes, outcome.more_notes, lang),
                        comment,
                        action,
                        previous: report.previous.as_ref().map(|comparison| {
                            let Some(then) = comparison.indicator(&row.indicator.id.value) else {
                                return PreviousFields::default();
                            };
                            PreviousFields {
                                actual: then.figures.actual,
                                attainment_pct: then.figures.attainment.map(Percent),
                                status: Some(status_cell(then.figures.status, lang)),
                            }
                        }),
                    });
                }
            }
        }
    }
    rows
}

/// The `comment` and `action` cells of an indicator's row: its comments in the report's
/// period, each of another period than the row's after that period.
fn comment_cells(report: &PlanReport, id: &str) -> (Option<String>, Option<String>) {
    let labelled = |period: &str, text: &str| {
        if period == report.period {
            text.to_string()
        } else {
            format!("{period}: {text}")
        }
    };
    let join = |parts: Vec<String>| (!parts.is_empty()).then(|| parts.join(" | "));
    let comments: Vec<_> = report.comments_on(id).collect();
    let texts = comments
        .iter()
        .map(|c| labelled(&c.period, &c.text))
        .collect();
    let actions = comments
        .iter()
        .filter_map(|c| c.action.as_deref().map(|a| labelled(&c.period, a)))
        .collect();
    (join(texts), join(actions))
}

/// The notes column: the notes listed joined with ` | `, then how many more were left
/// out (`… (+N more)`, in English without `--lang`, as machine formats are).
fn notes_cell(notes: &[String], more: usize, lang: Option<Lang>) -> Option<String> {
    if notes.is_empty() {
        return None;
    }
    let mut cell = notes.join(" | ");
    if more > 0 {
        let count = match lang {
            Some(lang) => crate::i18n::number(lang, more as f64, 0),
            None => more.to_string(),
        };
        let marker = say!(lang.unwrap_or(Lang::En), "perf-notes-more", count = count);
        cell.push_str(" | ");
        cell.push_str(&marker);
    }
    Some(cell)
}

/// The header: SPEC's names, or their translation with `--lang`; with `compared`
/// (`--compare`), the `previous_*` columns last.
pub fn header(lang: Option<Lang>, compared: bool) -> Vec<String> {
    columns(compared)
        .map(|(name, heading, _)| match lang {
            None => name.to_string(),
            Some(lang) => heading(lang),
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

/// CSV; `excel` gives Belgian Excel's dialect: `;`, UTF-8 BOM, decimal comma, CRLF.
/// `lang` translates the header; `compared` (`--compare`) adds the `previous_*` columns.
pub fn csv(
    rows: &[ExportRow],
    lang: Option<Lang>,
    excel: bool,
    compared: bool,
) -> anyhow::Result<Vec<u8>> {
    let mut builder = csv::WriterBuilder::new();
    if excel {
        builder.delimiter(b';').terminator(csv::Terminator::CRLF);
    }
    let mut out = Vec::new();
    if excel {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut writer = builder.from_writer(out);
    writer.write_record(header(lang, compared))?;
    for row in rows {
        writer.write_record(row.cells().into_iter().map(|(_, f)| csv_text(f, excel)))?;
    }
    writer
        .into_inner()
        .map_err(|e| anyhow::anyhow!("{}", e.error()))
}

/// A CSV cell: free text neutralised, numbers as the shortest text that reads back as
/// the same number (with a decimal comma in Excel's dialect).
fn csv_text(field: Field, excel: bool) -> String {
    match field {
        Field::Text(text) => neutralise(text),
        Field::Code(code) => code.to_string(),
        Field::Whole(n) => n.to_string(),
        Field::Quantity(n) | Field::Percent(n) if excel => format!("{n}").replace('.', ","),
        Field::Quantity(n) | Field::Percent(n) => format!("{n}"),
        Field::Empty => String::new(),
    }
}

/// JSON: an array of objects keyed by the header of `lang`, numbers as numbers, absent
/// values `null`; `compared` (`--compare`) adds the `previous_*` keys.
pub fn json(rows: &[ExportRow], lang: Option<Lang>, compared: bool) -> anyhow::Result<Vec<u8>> {
    let names = header(lang, compared);
    let objects: Vec<serde_json::Map<String, serde_json::Value>> = rows
        .iter()
        .map(|row| {
            names
                .iter()
                .zip(row.cells())
                .map(|(name, (_, field))| (name.clone(), json_value(field)))
                .collect()
        })
        .collect();
    let mut out = serde_json::to_vec_pretty(&objects)?;
    out.push(b'\n');
    Ok(out)
}

/// A JSON value: whole numbers as integers, nothing as `null`.
fn json_value(field: Field) -> serde_json::Value {
    match field {
        Field::Text(text) => text.into(),
        Field::Code(code) => code.into(),
        Field::Whole(n) => n.into(),
        Field::Quantity(n) | Field::Percent(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
            (n as i64).into()
        }
        Field::Quantity(n) | Field::Percent(n) => n.into(),
        Field::Empty => serde_json::Value::Null,
    }
}

#[cfg(test)]
impl ExportRow {
    /// A row with a cell of every kind, for tests.
    pub(super) fn sample() -> ExportRow {
        let text = |s: &str| s.to_string();
        ExportRow {
            plan_id: text("demo-2023"),
            commune: text("Demo"),
            year: 2023,
            period: text("2023-Q1"),
            sector_id: text("S1"),
            sector: text("Prévention"),
            general_objective_id: text("OG1"),
            general_objective: text("Réduire"),
            strategic_objective_id: text("OS1"),
            strategic_objective: text("Nuisances"),
            service: text("GDP"),
            operational_objective_id: text("OO1"),
            operational_objective: text("Médiation"),
            indicator_id: text("gdp-1-a"),
            indicator: text("Réunions"),
            target: text(">/=à 12 par an"),
            target_op: ">=",
            target_value: MeasuredValue::Number(3.0),
            target_unit: Some(text("réunions")),
            target_per: Some(Period::Year),
            baseline: Some(0.5),
            actual: Some(MeasuredValue::Number(2.25)),
            attainment_pct: Some(Percent(70.0)),
            status: "partial".into(),
            buckets_met: None,
            buckets: None,
            measurements: 4,
            notes: Some(text("a; b | c")),
            comment: None,
            action: None,
            previous: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv_lines(rows: &[ExportRow], lang: Option<Lang>, excel: bool) -> Vec<String> {
        let out = String::from_utf8(csv(rows, lang, excel, false).unwrap()).unwrap();
        out.lines().map(str::to_string).collect()
    }

    #[test]
    fn csv_rows() {
        let lines = csv_lines(&[ExportRow::sample()], None, false);
        assert_eq!(lines[0], COLUMNS.map(|(name, _, _)| name).join(","));
        assert_eq!(
            lines[1],
            "demo-2023,Demo,2023,2023-Q1,S1,Prévention,OG1,Réduire,OS1,Nuisances,GDP,OO1,\
             Médiation,gdp-1-a,Réunions,>/=à 12 par an,>=,3,réunions,year,0.5,2.25,70,\
             partial,,,4,a; b | c,,"
        );
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn neutralises_formulas_only_in_text() {
        let row = ExportRow {
            plan_id: "=1+1".into(),
            commune: "@x".into(),
            indicator: "-2".into(),
            baseline: Some(-25.5),
            ..ExportRow::sample()
        };
        let cells: Vec<String> = csv_lines(&[row], None, false)[1]
            .split(',')
            .map(str::to_string)
            .collect();
        assert_eq!(cells[..2], ["'=1+1", "'@x"]);
        assert_eq!(cells[14], "'-2");
        assert_eq!(cells[16], ">=");
        assert_eq!(cells[20], "-25.5");
    }

    #[test]
    fn excel_dialect() {
        let out = csv(&[ExportRow::sample()], None, true, false).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.starts_with("\u{feff}plan_id;commune;year;"));
        assert!(out.ends_with(";>=;3;réunions;year;0,5;2,25;70;partial;;;4;\"a; b | c\";;\r\n"));
        assert_eq!(out.matches("\r\n").count(), 2);
    }

    #[test]
    fn json_numbers_codes_and_nulls() {
        let yes_no = ExportRow {
            target_op: "=",
            target_value: MeasuredValue::Bool(true),
            target_unit: None,
            target_per: None,
            baseline: None,
            actual: None,
            attainment_pct: None,
            status: "no_data".into(),
            buckets_met: Some(0),
            buckets: Some(2),
            measurements: 0,
            notes: None,
            ..ExportRow::sample()
        };
        let out = json(&[ExportRow::sample(), yes_no], None, false).unwrap();
        let rows: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let number = &rows[0];
        assert_eq!(number["year"], serde_json::json!(2023));
        assert_eq!(number["target_value"], serde_json::json!(3));
        assert_eq!(number["baseline"], serde_json::json!(0.5));
        assert_eq!(number["attainment_pct"], serde_json::json!(70));
        assert_eq!(number["target_per"], "year");
        assert_eq!(number["buckets"], serde_json::Value::Null);
        let yes_no = &rows[1];
        assert_eq!(yes_no["target_value"], "yes");
        assert_eq!(yes_no["actual"], serde_json::Value::Null);
        assert_eq!(yes_no["buckets_met"], serde_json::json!(0));
        assert_eq!(yes_no["notes"], serde_json::Value::Null);
        assert!(out.ends_with(b"]\n"));
    }

    #[test]
    fn json_keys_are_the_header() {
        for lang in [None, Some(Lang::Fr), Some(Lang::Nl), Some(Lang::En)] {
            let out = json(&[ExportRow::sample()], lang, false).unwrap();
            let rows: serde_json::Value = serde_json::from_slice(&out).unwrap();
            let keys: Vec<&str> = rows[0]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(keys, header(lang, false), "{lang:?}");
        }
    }

    #[test]
    fn header_and_cells_come_from_one_list() {
        let row = ExportRow::sample();
        let cells = row.cells();
        let names: Vec<&str> = cells.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, header(None, false));
        for &lang in Lang::ALL {
            let names = header(Some(lang), true);
            assert!(names.iter().all(|n| !n.is_empty()));
            let mut unique = names.to_vec();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), cells.len() + 3, "{lang:?}");
            assert_eq!(names[10], say!(lang, "column-service"));
        }
        assert_eq!(header(Some(Lang::Fr), false)[13], "id_indicateur");
        assert_eq!(header(Some(Lang::De), false)[13], "indikator_id");
        assert_eq!(header(Some(Lang::Nl), false)[1], "gemeente");
    }

    #[test]
    fn cells_are_typed() {
        let row = ExportRow::sample();
        let cells = row.cells();
        let field = |name: &str| cells.iter().find(|(n, _)| *n == name).unwrap().1;
        assert_eq!(field("plan_id"), Field::Text("demo-2023"));
        assert_eq!(field("year"), Field::Whole(2023));
        assert_eq!(field("target_op"), Field::Code(">="));
        assert_eq!(field("target_value"), Field::Quantity(3.0));
        assert_eq!(field("target_per"), Field::Code("year"));
        assert_eq!(field("attainment_pct"), Field::Percent(70.0));
        assert_eq!(field("buckets_met"), Field::Empty);
        assert_eq!(field("measurements"), Field::Whole(4));
        let no = ExportRow {
            actual: Some(MeasuredValue::Bool(false)),
            ..ExportRow::sample()
        };
        assert_eq!(no.cells()[21], ("actual", Field::Code("no")));
    }

    #[test]
    fn previous_columns_only_when_compared() {
        let compared = ExportRow {
            previous: Some(PreviousFields {
                actual: Some(MeasuredValue::Number(1.5)),
                attainment_pct: Some(Percent(50.0)),
                status: Some("partial".into()),
            }),
            ..ExportRow::sample()
        };
        let new_id = ExportRow {
            previous: Some(PreviousFields::default()),
            ..ExportRow::sample()
        };
        let lines = {
            let out = csv(&[compared.clone(), new_id], None, false, true).unwrap();
            String::from_utf8(out).unwrap()
        };
        let lines: Vec<&str> = lines.lines().collect();
        assert!(
            lines[0].ends_with(
                ",comment,action,previous_actual,previous_attainment_pct,previous_status"
            )
        );
        assert!(
            lines[1].ends_with(",a; b | c,,,1.5,50,partial"),
            "{}",
            lines[1]
        );
        assert!(lines[2].ends_with(",a; b | c,,,,,"), "{}", lines[2]);
        let out = json(&[compared], None, true).unwrap();
        let rows: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(rows[0]["previous_actual"], serde_json::json!(1.5));
        assert_eq!(rows[0]["previous_attainment_pct"], serde_json::json!(50));
        assert_eq!(rows[0]["previous_status"], "partial");
        assert_eq!(ExportRow::sample().cells().len(), 30);
    }
}
