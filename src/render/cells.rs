//! The words and numbers that every report renderer shows, made once: an indicator's
//! cells (id, label, target, actual, attainment, status), the heading of a report, and
//! the rows of its summaries, in the report's language.
//!
//! Part of `render`: imports `compute` and the leaves.

use std::collections::BTreeMap;

use crate::compute::attainment::{Applied, Counts, Status};
use crate::compute::report::{IndicatorReport, PlanReport, ProjectReport};
use crate::i18n::label;
use crate::model::{Lang, MeasuredValue, OperationalObjective};

/// The word for a status in `lang` (SPEC §4.3).
pub fn status_label(lang: Lang, status: Status) -> &'static str {
    label(lang, status.code())
}

/// A number for people: at most one decimal, decimal comma in French and Dutch.
pub fn human_number(n: f64, lang: Lang) -> String {
    crate::i18n::number(lang, n, 1)
}

/// The cells of one indicator line: id, label, target, actual, attainment, status.
pub struct Cells {
    pub id: String,
    pub label: String,
    pub target: String,
    pub actual: String,
    pub attainment: String,
    /// The attainment percent itself, for bars.
    pub percent: Option<f64>,
    pub status: Status,
    pub status_text: String,
}

/// An operational objective and the lines of the indicators it holds.
pub struct ObjectiveCells<'a> {
    pub objective: &'a OperationalObjective,
    /// The objective whose indicators it shares (merged cells), where they are listed.
    pub shares: Option<&'a str>,
    pub cells: Vec<Cells>,
}

/// The indicator lines of a project by operational objective: each indicator once,
/// under the objective that holds it; an indicator shared through merged cells names
/// the objectives that share it.
pub fn objective_cells<'a>(project: &ProjectReport<'a>, lang: Lang) -> Vec<ObjectiveCells<'a>> {
    let mut sharers: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for objective in &project.objectives {
        for row in objective
            .indicators
            .iter()
            .filter(|r| r.shared_from.is_some())
        {
            sharers
                .entry(row.indicator.id.value.as_str())
                .or_default()
                .push(objective.objective.id.value.as_str());
        }
    }
    project
        .objectives
        .iter()
        .map(|o| ObjectiveCells {
            objective: o.objective,
            shares: o.indicators.iter().find_map(|r| r.shared_from),
            cells: o
                .indicators
                .iter()
                .filter(|r| r.shared_from.is_none())
                .map(|row| {
                    let by = sharers
                        .get(row.indicator.id.value.as_str())
                        .map_or(&[][..], Vec::as_slice);
                    cells(row, by, lang)
                })
                .collect(),
        })
        .collect()
}

/// The indicator lines of a project, in plan order (see [`objective_cells`]).
pub fn project_cells(project: &ProjectReport, lang: Lang) -> Vec<Cells> {
    objective_cells(project, lang)
        .into_iter()
        .flat_map(|o| o.cells)
        .collect()
}

fn cells(row: &IndicatorReport, sharers: &[&str], lang: Lang) -> Cells {
    let outcome = &row.outcome;
    let mut target = row.indicator.target.value.text.clone();
    if let Applied::Number {
        value,
        pro_rated: true,
        op,
        ..
    } = outcome.applied
    {
        target.push_str(&format!(
            " → {} {} ({})",
            op.symbol(),
            human_number(value, lang),
            label(lang, "pro_rated")
        ));
    }
    let mut actual = match outcome.actual {
        None => "–".to_string(),
        Some(MeasuredValue::Number(n)) => human_number(n, lang),
        Some(MeasuredValue::Bool(b)) => label(lang, if b { "yes" } else { "no" }).to_string(),
    };
    if let Some((met, total)) = outcome.buckets {
        actual.push_str(&format!(" ({met}/{total})"));
    }
    let mut text = row.indicator.label.clone();
    if !sharers.is_empty() {
        text.push_str(&format!(
            " [{} {}]",
            label(lang, "shared_with"),
            sharers.join(", ")
        ));
    }
    Cells {
        id: row.indicator.id.value.clone(),
        label: text,
        target,
        actual,
        attainment: outcome.attainment.map_or("–".to_string(), |a| {
            format!("{} %", human_number(a, lang))
        }),
        percent: outcome.attainment,
        status: outcome.status,
        status_text: status_label(lang, outcome.status).to_string(),
    }
}

/// `4/6 atteints` — the met share of a rollup.
pub fn met_share(counts: &Counts, lang: Lang) -> String {
    format!(
        "{}/{} {}",
        counts.met,
        counts.total(),
        label(lang, "met_count")
    )
}

/// `title — 4/6 atteints`, or the title alone where there is no indicator (a sector
/// handled by the police zone).
pub fn titled_share(title: &str, counts: &Counts, lang: Lang) -> String {
    if counts.total() == 0 {
        title.to_string()
    } else {
        format!("{title} — {}", met_share(counts, lang))
    }
}

/// Whether a project's table shows *n/m* counts of periods, and so needs their legend.
pub fn has_buckets(project: &ProjectReport) -> bool {
    project
        .objectives
        .iter()
        .flat_map(|o| &o.indicators)
        .any(|r| r.outcome.buckets.is_some())
}

/// The column keys of the indicator tables.
pub const INDICATOR_COLUMNS: [&str; 6] = [
    "id",
    "indicator_col",
    "target_col",
    "actual_col",
    "attainment_col",
    "status_col",
];

/// The heading of a report: plan, period and as-of date.
pub fn heading(report: &PlanReport, lang: Lang) -> (String, String) {
    let plan = report.plan;
    let title = format!("{} — {}", plan.commune.value, plan.title);
    let mut subtitle = format!(
        "{} {} · {}",
        label(lang, "report"),
        report.period,
        plan.id.value
    );
    if let Some(as_of) = report.as_of {
        subtitle.push_str(&format!(" · {} {as_of}", label(lang, "as_of")));
    }
    (title, subtitle)
}

/// The header row of the summary tables.
pub fn summary_header(lang: Lang, first: &'static str) -> Vec<String> {
    let mut header = vec![label(lang, first).to_string()];
    header.extend(
        Status::ALL
            .iter()
            .map(|s| status_label(lang, *s).to_string()),
    );
    header.push(label(lang, "total").to_string());
    header
}

/// The numbers of a summary row: the count of each status, then the total.
pub fn summary_numbers(counts: &Counts) -> impl Iterator<Item = usize> + '_ {
    Status::ALL
        .iter()
        .map(|s| counts.get(*s))
        .chain([counts.total()])
}

/// A summary row: name, the count of each status, total.
pub fn summary_row(name: String, counts: &Counts) -> Vec<String> {
    std::iter::once(name)
        .chain(summary_numbers(counts).map(|n| n.to_string()))
        .collect()
}

/// The counts of both summaries: by sector, then by service, each ending with the plan's
/// total.
pub fn summary_counts(report: &PlanReport, lang: Lang) -> [Vec<(String, Counts)>; 2] {
    let total = || (label(lang, "total").to_string(), report.counts);
    let sectors = report
        .sectors
        .iter()
        .map(|s| {
            (
                format!("{} {}", s.sector.id.value, s.sector.title),
                s.counts,
            )
        })
        .chain([total()])
        .collect();
    let services = report
        .by_service()
        .into_iter()
        .map(|(name, counts)| (name.to_string(), counts))
        .chain([total()])
        .collect();
    [sectors, services]
}

/// The rows of both summaries as text: by sector, then by service.
pub fn summaries(report: &PlanReport, lang: Lang) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let [sectors, services] = summary_counts(report, lang).map(|rows| {
        rows.into_iter()
            .map(|(name, counts)| summary_row(name, &counts))
            .collect()
    });
    (sectors, services)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_for_people() {
        assert_eq!(human_number(3.0, Lang::Fr), "3");
        assert_eq!(human_number(2.94, Lang::Fr), "2,9");
        assert_eq!(human_number(106.666, Lang::En), "106.7");
        assert_eq!(human_number(-0.01, Lang::En), "0");
    }
}
