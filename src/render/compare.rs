//! The other year beside this one in every report (`--compare YEAR`): an indicator's
//! actual, attainment and status in YEAR and the change since; the other year's counts
//! beside the summaries'; the ids found in one year only. Each renderer lays these out;
//! without `--compare` every function here gives `None` and the report is unchanged.
//!
//! Part of `render`: imports its sibling [`super::cells`], `compute` and the leaves.

use super::cells::{
    actual_text, attainment_text, human_number, met_share, status_label, summaries, summary_header,
    summary_titles,
};
use crate::compute::attainment::{Counts, Status};
use crate::compute::compare::{Comparison, Trend};
use crate::compute::report::PlanReport;
use crate::i18n::say;
use crate::model::Lang;

/// An indicator's cells for the other year, and the change since.
pub struct PreviousCells {
    pub actual: String,
    pub attainment: String,
    /// `None` when the other year's plan does not have the indicator.
    pub status: Option<Status>,
    pub status_text: String,
    /// This year's actual minus the other's, in the indicator's unit: `+2 réunions`.
    pub difference: Option<String>,
    /// How the status moved (`statut en progrès`), or that the other plan lacks the id.
    pub trend: Option<String>,
}

impl PreviousCells {
    /// The change in one cell: the difference and the trend, joined by `separator`.
    pub fn change(&self, separator: &str) -> String {
        let parts: Vec<&str> = [&self.difference, &self.trend]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if parts.is_empty() {
            "–".to_string()
        } else {
            parts.join(separator)
        }
    }
}

/// The report's comparison, with `--compare`.
fn comparison<'r>(report: &'r PlanReport) -> Option<&'r Comparison> {
    report.previous.as_ref()
}

/// The headings of the other year's columns, with `--compare`: actual, attainment and
/// status in that year (`Réalisé 2022`), and the change.
pub fn header(report: &PlanReport, lang: Lang) -> Option<[String; 4]> {
    let year = comparison(report)?.year.to_string();
    Some([
        say!(lang, "compare-column-actual", year = year.as_str()),
        say!(lang, "compare-column-attainment", year = year.as_str()),
        say!(lang, "compare-column-status", year = year.as_str()),
        say!(lang, "compare-column-change"),
    ])
}

/// The heading of a column that holds all the other year's figures: the year.
pub fn year_heading(report: &PlanReport, lang: Lang) -> Option<String> {
    let year = comparison(report)?.year.to_string();
    Some(say!(lang, "compare-column-previous", year = year))
}

/// A signed difference for people, with the unit: `+2 réunions`, `−0,3 heures`, `0`.
fn difference_text(difference: f64, unit: Option<&str>, lang: Lang) -> String {
    let number = human_number(difference.abs(), lang);
    let sign = if number.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        ""
    } else if difference > 0.0 {
        "+"
    } else {
        "−"
    };
    match unit {
        Some(unit) if !unit.trim().is_empty() => format!("{sign}{number} {}", unit.trim()),
        _ => format!("{sign}{number}"),
    }
}

/// The other year's cells of the indicator `id`, with `--compare`.
pub fn indicator(report: &PlanReport, id: &str, lang: Lang) -> Option<PreviousCells> {
    let comparison = comparison(report)?;
    let Some(previous) = comparison.indicator(id) else {
        let year = comparison.year.to_string();
        return Some(PreviousCells {
            actual: "–".to_string(),
            attainment: "–".to_string(),
            status: None,
            status_text: String::new(),
            difference: None,
            trend: Some(say!(lang, "compare-not-in-plan", year = year)),
        });
    };
    let figures = &previous.figures;
    Some(PreviousCells {
        actual: actual_text(figures.actual, lang),
        attainment: attainment_text(figures.attainment, lang),
        status: Some(figures.status),
        status_text: status_label(lang, figures.status),
        difference: previous
            .difference
            .map(|d| difference_text(d, previous.unit.as_deref(), lang)),
        trend: previous.trend.map(|trend| match trend {
            Trend::Better => say!(lang, "compare-trend-better"),
            Trend::Worse => say!(lang, "compare-trend-worse"),
            Trend::Same => say!(lang, "compare-trend-same"),
        }),
    })
}

/// `now ({year} : then)`: a figure with the other year's beside; `now` alone when the
/// other year has none.
pub fn beside(now: String, year: &str, then: String, lang: Lang) -> String {
    if then.is_empty() || then == "–" {
        return now;
    }
    say!(
        lang,
        "compare-beside",
        share = now,
        year = year,
        previous = then
    )
}

/// The headline of a report: `Synthèse — 18/31 atteints`, with the other year's share
/// beside under `--compare`: `Synthèse — 18/31 atteints (2022 : 13/30 atteints)`.
pub fn headline(report: &PlanReport, lang: Lang) -> String {
    let share = met_share(&report.counts, lang);
    let share = match comparison(report) {
        Some(comparison) => {
            let year = comparison.year.to_string();
            beside(share, &year, met_share(&comparison.counts, lang), lang)
        }
        None => share,
    };
    format!("{} — {share}", say!(lang, "report-summary"))
}

/// The summaries' column for the other year, with `--compare`: its heading, and for
/// each summary (by sector, by service) a cell a row, in the rows' order (the plan's
/// total last), `–` where the other year lacks the sector or service.
pub fn summary_column(report: &PlanReport, lang: Lang) -> Option<(String, [Vec<String>; 2])> {
    let comparison = comparison(report)?;
    // `–` where the other year lacks the row or has no indicator in it.
    let share = |counts: Option<Counts>| match counts {
        Some(counts) if counts.total() > 0 => met_share(&counts, lang),
        _ => "–".to_string(),
    };
    let total = share(Some(comparison.counts));
    let sectors = (report.sectors.iter())
        .map(|s| share(comparison.sector(&s.sector.id.value)))
        .chain([total.clone()])
        .collect();
    let services = (report.by_service().into_iter())
        .map(|(name, _)| share(comparison.service(name)))
        .chain([total])
        .collect();
    Some((year_heading(report, lang)?, [sectors, services]))
}

/// The two summaries as text tables, by sector then by service: each its title, header
/// and rows; with `--compare`, the other year's column last (see [`summary_column`]).
pub fn summary_tables(
    report: &PlanReport,
    lang: Lang,
) -> Vec<(String, Vec<String>, Vec<Vec<String>>)> {
    let (sectors, services) = summaries(report, lang);
    let previous = summary_column(report, lang);
    (summary_titles(lang)
        .into_iter()
        .zip([sectors, services])
        .enumerate())
    .map(|(n, ((title, first), mut rows))| {
        let mut header = summary_header(lang, &first);
        if let Some((year, cells)) = &previous {
            header.push(year.clone());
            for (row, cell) in rows.iter_mut().zip(&cells[n]) {
                row.push(cell.clone());
            }
        }
        (title, header, rows)
    })
    .collect()
}

/// The short section of the comparison, with `--compare`: its title (`Comparaison avec
/// 2022`) and its lines: where the other year is cut with `--as-of`, then the ids found
/// in one year only (`uniquement en 2023 : GDP-6-a, RAD4-1-b`).
pub fn only_in(report: &PlanReport, lang: Lang) -> Option<(String, Vec<String>)> {
    let comparison = comparison(report)?;
    let (this, other) = (comparison.this_year, comparison.year);
    let mut lines = Vec::new();
    if let Some(as_of) = comparison.as_of {
        let date = crate::i18n::long_date(lang, as_of);
        lines.push(say!(
            lang,
            "compare-cut",
            year = other.to_string(),
            date = date
        ));
    }
    let mut same = true;
    for (year, ids) in [
        (this, &comparison.only_this_year),
        (other, &comparison.only_other_year),
    ] {
        if !ids.is_empty() {
            let year = year.to_string();
            lines.push(say!(
                lang,
                "compare-only-in",
                year = year,
                ids = ids.join(", ")
            ));
            same = false;
        }
    }
    if same {
        lines.push(say!(
            lang,
            "compare-only-in-none",
            year = this.to_string(),
            other = other.to_string()
        ));
    }
    let title = say!(lang, "compare-only-in-title", year = other.to_string());
    Some((title, lines))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_are_signed_with_their_unit() {
        assert_eq!(
            difference_text(2.0, Some("réunions"), Lang::Fr),
            "+2 réunions"
        );
        assert_eq!(
            difference_text(-0.34, Some("heures"), Lang::Fr),
            "−0,3 heures"
        );
        assert_eq!(difference_text(0.01, None, Lang::En), "0");
        assert_eq!(difference_text(-1234.0, None, Lang::En), "−1,234");
    }
}
