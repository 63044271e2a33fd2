//! The words and numbers that every report renderer shows, made once: an indicator's
//! cells (id, label, target, actual, attainment, status), the heading of a report, and
//! the rows of its summaries, in the report's language.
//!
//! Part of `render`: imports `compute` and the leaves.

use std::collections::BTreeMap;

use crate::compute::attainment::{Applied, Counts, Status};
use crate::compute::report::{IndicatorReport, PlanReport, ProjectReport, SectorReport};
use crate::compute::watch::{self, Gap};
use crate::i18n::say;
use crate::i18n::{number, percent};
use crate::model::{Lang, MeasuredValue, OperationalObjective};
use crate::target::{Period, Target};

/// The word for a status in `lang` (SPEC §4.3).
pub fn status_label(lang: Lang, status: Status) -> String {
    match status {
        Status::Met => say!(lang, "status-met"),
        Status::Partial => say!(lang, "status-partial"),
        Status::NotMet => say!(lang, "status-not-met"),
        Status::NoData => say!(lang, "status-no-data"),
    }
}

/// A number for people: at most one decimal, as `lang` writes numbers (`1 234,5` in
/// French, `1.234,5` in Dutch, `1,234.5` in English).
pub fn human_number(n: f64, lang: Lang) -> String {
    number(lang, n, 1)
}

/// A count for people: `1 234` in French.
pub fn count(n: usize, lang: Lang) -> String {
    number(lang, n as f64, 0)
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

/// An actual value for people: a number, `oui`/`non`, or `–` without data.
pub fn actual_text(actual: Option<MeasuredValue>, lang: Lang) -> String {
    match actual {
        None => "–".to_string(),
        Some(MeasuredValue::Number(n)) => human_number(n, lang),
        Some(MeasuredValue::Bool(true)) => say!(lang, "report-yes"),
        Some(MeasuredValue::Bool(false)) => say!(lang, "report-no"),
    }
}

/// An attainment for people: `113,2 %`, or `–` without data.
pub fn attainment_text(attainment: Option<f64>, lang: Lang) -> String {
    attainment.map_or("–".to_string(), |a| percent(lang, a))
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
        target = say!(
            lang,
            "report-pro-rated",
            target = target,
            op = op.symbol(),
            value = human_number(value, lang)
        );
    }
    let mut actual = actual_text(outcome.actual, lang);
    if let Some((met, total)) = outcome.buckets {
        actual.push_str(&format!(" ({}/{})", count(met, lang), count(total, lang)));
    }
    let mut text = row.indicator.label.clone();
    if !sharers.is_empty() {
        let shared = say!(lang, "report-shared-with", objectives = sharers.join(", "));
        text.push_str(&format!(" [{shared}]"));
    }
    Cells {
        id: row.indicator.id.value.clone(),
        label: text,
        target,
        actual,
        attainment: attainment_text(outcome.attainment, lang),
        percent: outcome.attainment,
        status: outcome.status,
        status_text: status_label(lang, outcome.status),
    }
}

/// The comments of the report on `id` (SPEC §2.4), each as a line labelled with its
/// period: `2023-Q2 : text — Action : action`.
pub fn comments_of(report: &PlanReport, id: &str, lang: Lang) -> Vec<String> {
    report
        .comments_on(id)
        .map(|c| {
            let mut line = say!(
                lang,
                "report-comment",
                period = c.period.as_str(),
                text = c.text.as_str()
            );
            if let Some(action) = &c.action {
                line.push_str(" — ");
                line.push_str(&say!(
                    lang,
                    "report-comment-action",
                    action = action.as_str()
                ));
            }
            line
        })
        .collect()
}

/// The comments on a project's operational objectives and indicators, in plan order,
/// each line after the id it is about: what a table of the project is followed by.
pub fn project_comments(report: &PlanReport, project: &ProjectReport, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    for objective in &project.objectives {
        let own = std::iter::once(objective.objective.id.value.as_str());
        let indicators = objective
            .indicators
            .iter()
            .filter(|r| r.shared_from.is_none())
            .map(|r| r.indicator.id.value.as_str());
        for id in own.chain(indicators) {
            for line in comments_of(report, id, lang) {
                lines.push(format!("{id} {line}"));
            }
        }
    }
    lines
}

/// `4/6 atteints` — the met share of a rollup.
pub fn met_share(counts: &Counts, lang: Lang) -> String {
    say!(
        lang,
        "report-met-share",
        met = counts.met,
        total = counts.total()
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

/// The indicator tables' columns: id, indicator, target, actual, attainment, status.
pub const INDICATOR_COLUMNS: usize = 6;

/// The index of the target among [`indicator_header`]'s columns.
pub const TARGET_COLUMN: usize = 2;

/// The header of the indicator tables in `lang`.
pub fn indicator_header(lang: Lang) -> [String; INDICATOR_COLUMNS] {
    [
        say!(lang, "report-column-id"),
        say!(lang, "report-column-indicator"),
        say!(lang, "report-column-target"),
        say!(lang, "report-column-actual"),
        say!(lang, "report-column-attainment"),
        say!(lang, "report-column-status"),
    ]
}

/// The heading of a report: plan, period and as-of date (`30 juin 2023`).
pub fn heading(report: &PlanReport, lang: Lang) -> (String, String) {
    let plan = report.plan;
    let title = format!("{} — {}", plan.commune.value, plan.title);
    let mut subtitle = say!(
        lang,
        "report-subtitle",
        period = report.period.clone(),
        plan = plan.id.value.clone()
    );
    if let Some(as_of) = report.as_of {
        let date = crate::i18n::long_date(lang, as_of);
        subtitle.push_str(&format!(" · {}", say!(lang, "report-as-of", date = date)));
    }
    (title, subtitle)
}

/// What a report covers, under its heading: the day it was made and the filters
/// applied (`Établi le 2 décembre 2026 · filtres : --service GDP`); the as-of date is in
/// the subtitle ([`heading`]).
pub fn coverage(report: &PlanReport, lang: Lang) -> String {
    let made = say!(
        lang,
        "watch-made",
        date = crate::i18n::long_date(lang, report.made)
    );
    let filters = &report.filters;
    let applied: Vec<String> = [
        ("--sector", &filters.sectors),
        ("--service", &filters.services),
        ("--indicator", &filters.indicators),
    ]
    .into_iter()
    .flat_map(|(option, values)| values.iter().map(move |v| format!("{option} {v}")))
    .collect();
    let filters = if applied.is_empty() {
        say!(lang, "watch-no-filter")
    } else {
        say!(lang, "watch-filters", filters = applied.join(", "))
    };
    format!("{made} · {filters}")
}

/// One line of the watch list: the indicator's cells and its gap to the target.
pub struct WatchLine {
    pub cells: Cells,
    pub gap: String,
}

/// The watch list in words: its title (`À surveiller (12)`), its lines in plan order,
/// and the line of the indicators without data (`Sans données : MEDLOC-1-a, …`), if any.
pub struct WatchCells {
    pub title: String,
    pub lines: Vec<WatchLine>,
    pub no_data: Option<String>,
}

/// The watch list of `report` ([`crate::compute::watch`]) in `lang`.
pub fn watch_cells(report: &PlanReport, lang: Lang) -> WatchCells {
    let list = watch::watch(report);
    let lines: Vec<WatchLine> = list
        .behind
        .iter()
        .map(|row| WatchLine {
            cells: cells(row, &[], lang),
            gap: watch::gap(row).map_or("–".to_string(), |gap| gap_text(gap, row.target, lang)),
        })
        .collect();
    let ids: Vec<&str> = list
        .no_data
        .iter()
        .map(|r| r.indicator.id.value.as_str())
        .collect();
    WatchCells {
        title: say!(lang, "watch-title", count = count(lines.len(), lang)),
        no_data: (!ids.is_empty()).then(|| say!(lang, "watch-no-data", ids = ids.join(", "))),
        lines,
    }
}

/// The header of the watch list: id, indicator, actual, target, gap, status.
pub fn watch_header(lang: Lang) -> [String; 6] {
    [
        say!(lang, "report-column-id"),
        say!(lang, "report-column-indicator"),
        say!(lang, "report-column-actual"),
        say!(lang, "report-column-target"),
        say!(lang, "watch-column-gap"),
        say!(lang, "report-column-status"),
    ]
}

/// A watch line as the cells of [`watch_header`].
pub fn watch_row(line: &WatchLine) -> [String; 6] {
    let c = &line.cells;
    [
        c.id.clone(),
        c.label.clone(),
        c.actual.clone(),
        c.target.clone(),
        line.gap.clone(),
        c.status_text.clone(),
    ]
}

/// A gap in words, in the target's unit: `2,1 heures par jour de moins`, `3 de trop`,
/// `non au lieu de oui`.
fn gap_text(gap: Gap, target: &Target, lang: Lang) -> String {
    let amount = |n: f64| {
        let mut text = human_number(n, lang);
        if let Target::Compare { unit, per, .. } = target {
            if let Some(unit) = unit {
                text = format!("{text} {unit}");
            }
            let per = match per {
                Some(Period::Day) => Some(say!(lang, "watch-per-day")),
                Some(Period::Week) => Some(say!(lang, "watch-per-week")),
                Some(Period::Month) => Some(say!(lang, "watch-per-month")),
                Some(Period::Quarter) => Some(say!(lang, "watch-per-quarter")),
                Some(Period::Year) | None => None,
            };
            if let Some(per) = per {
                text = format!("{text} {per}");
            }
        }
        text
    };
    let yes_no = |b: bool| {
        if b {
            say!(lang, "report-yes")
        } else {
            say!(lang, "report-no")
        }
    };
    match gap {
        Gap::Short(n) => say!(lang, "watch-gap-short", amount = amount(n)),
        Gap::Over(n) => say!(lang, "watch-gap-over", amount = amount(n)),
        Gap::Off(n) => {
            let sign = if n < 0.0 { "−" } else { "+" };
            say!(
                lang,
                "watch-gap-off",
                amount = format!("{sign}{}", amount(n.abs()))
            )
        }
        Gap::Answer { actual, expected } => say!(
            lang,
            "watch-gap-answer",
            actual = yes_no(actual),
            expected = yes_no(expected)
        ),
    }
}

/// `handled by Zone de Police`: a strategic objective another body handles.
pub fn handled_by(by: &str, lang: Lang) -> String {
    say!(lang, "report-handled-by", by = by)
}

/// `Service GDP — 4/6 met`: the heading of a service's table.
pub fn service_heading(service: &str, counts: &Counts, lang: Lang) -> String {
    let service = say!(lang, "report-service", service = service);
    format!("{service} — {}", met_share(counts, lang))
}

/// The two summaries, by sector then by service: each its title and the heading of its
/// first column.
pub fn summary_titles(lang: Lang) -> [(String, String); 2] {
    [
        (
            say!(lang, "report-summary-sector"),
            say!(lang, "report-column-sector"),
        ),
        (
            say!(lang, "report-summary-service"),
            say!(lang, "report-column-service"),
        ),
    ]
}

/// The header row of a summary table: `first`, the statuses, the total.
pub fn summary_header(lang: Lang, first: &str) -> Vec<String> {
    let mut header = vec![first.to_string()];
    header.extend(Status::ALL.iter().map(|s| status_label(lang, *s)));
    header.push(say!(lang, "report-total"));
    header
}

/// The numbers of a summary row: the count of each status, then the total.
pub fn summary_numbers(counts: &Counts) -> impl Iterator<Item = usize> + '_ {
    Status::ALL
        .iter()
        .map(|s| counts.get(*s))
        .chain([counts.total()])
}

/// A summary row: name, the count of each status, total; a row without indicators (a
/// sector handled elsewhere) has dashes, not zeros.
pub fn summary_row(name: String, counts: &Counts, lang: Lang) -> Vec<String> {
    let empty = counts.total() == 0;
    std::iter::once(name)
        .chain(summary_numbers(counts).map(|n| {
            if empty {
                "–".to_string()
            } else {
                count(n, lang)
            }
        }))
        .collect()
}

/// Who handles a sector whose strategic objectives are all handled elsewhere (`Zone de
/// Police`, several joined); `None` when the report has indicators in it.
pub fn sector_handled_by(sector: &SectorReport) -> Option<String> {
    let mut bodies: Vec<&str> = Vec::new();
    for strategic in sector
        .general_objectives
        .iter()
        .flat_map(|g| &g.strategic_objectives)
    {
        let by = strategic.strategic.handled_by.as_deref()?;
        if !bodies.contains(&by) {
            bodies.push(by);
        }
    }
    (sector.counts.total() == 0 && !bodies.is_empty()).then(|| bodies.join(", "))
}

/// The title of a sector with its share, or who handles it: `S2 … — 9/18 atteints`,
/// `S1 … — traité par Zone de Police`.
pub fn sector_title(sector: &SectorReport, lang: Lang) -> String {
    let title = format!("{} {}", sector.sector.id.value, sector.sector.title);
    match sector_handled_by(sector) {
        Some(by) => format!("{title} — {}", handled_by(&by, lang)),
        None => titled_share(&title, &sector.counts, lang),
    }
}

/// The name of a sector in a summary: `S2 …`, or `S1 … — traité par Zone de Police`.
fn sector_name(sector: &SectorReport, lang: Lang) -> String {
    let name = format!("{} {}", sector.sector.id.value, sector.sector.title);
    match sector_handled_by(sector) {
        Some(by) => format!("{name} — {}", handled_by(&by, lang)),
        None => name,
    }
}

/// The counts of both summaries: by sector, then by service, each ending with the plan's
/// total.
pub fn summary_counts(report: &PlanReport, lang: Lang) -> [Vec<(String, Counts)>; 2] {
    let total = || (say!(lang, "report-total"), report.counts);
    let sectors = report
        .sectors
        .iter()
        .map(|s| (sector_name(s, lang), s.counts))
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
            .map(|(name, counts)| summary_row(name, &counts, lang))
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
