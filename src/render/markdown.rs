//! The report as Markdown: the same opening (summaries, watch list) and sections as the
//! terminal tables (with `--compare`, the other year's columns and counts beside, and the
//! ids of one year).
//!
//! Part of `render`: imports its siblings [`super::cells`] and [`super::compare`],
//! `compute` and the leaves.

use super::cells::{
    comments_of, coverage, handled_by, has_buckets, heading, indicator_header, met_share,
    project_cells, project_comments, sector_title, service_heading, watch_cells, watch_header,
    watch_row,
};
use super::compare;
use crate::compute::report::{PlanReport, ReportNode};
use crate::i18n::say;
use crate::model::Lang;
use crate::model::Walker;

fn escape(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn row(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
    format!("| {} |\n", cells.join(" | "))
}

fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = row(header);
    out.push_str(&row(&vec!["---".to_string(); header.len()]));
    for r in rows {
        out.push_str(&row(r));
    }
    out
}

/// The sections of the report, each level a heading and each project its table, in one
/// walk over the report; a placeholder strategic objective names who handles it
/// (`handled_by`) instead of listing projects.
struct Sections<'r, 'a> {
    report: &'r PlanReport<'a>,
    lang: Lang,
    out: String,
}

/// The comments on `id` as Markdown lines, after a heading.
fn comments(report: &PlanReport, id: &str, lang: Lang) -> String {
    comments_of(report, id, lang)
        .iter()
        .map(|line| format!("\n> {}\n", escape(line)))
        .collect()
}

impl Walker<ReportNode<'_, '_>> for Sections<'_, '_> {
    fn enter(&mut self, node: ReportNode) -> bool {
        let lang = self.lang;
        let report = self.report;
        let out = &mut self.out;
        match node {
            ReportNode::Sector(sector) => {
                out.push_str(&format!("\n## {}\n", escape(&sector_title(sector, lang))));
                out.push_str(&comments(report, &sector.sector.id.value, lang));
            }
            ReportNode::General(general) => {
                out.push_str(&format!(
                    "\n{} {}\n",
                    general.general.id.value,
                    escape(&general.general.title)
                ));
                out.push_str(&comments(report, &general.general.id.value, lang));
            }
            ReportNode::Strategic(strategic) => {
                let os = strategic.strategic;
                out.push_str(&format!("\n### {} {}\n\n", os.id.value, escape(&os.domain)));
                let about = comments(report, &os.id.value, lang);
                if !about.is_empty() {
                    out.push_str(about.trim_start());
                    out.push('\n');
                }
                if let Some(by) = &os.handled_by {
                    out.push_str(&format!("*{}*\n", handled_by(&escape(by), lang)));
                    return false;
                }
                out.push_str(&format!("**{}**\n", met_share(&strategic.counts, lang)));
            }
            ReportNode::Project(project) => {
                out.push_str(&format!(
                    "\n#### {}\n\n",
                    service_heading(
                        &escape(&project.project.service.value),
                        &project.counts,
                        lang
                    )
                ));
                let mut header = indicator_header(lang).to_vec();
                header.extend(compare::header(report, lang).into_iter().flatten());
                let rows: Vec<Vec<String>> = project_cells(project, lang)
                    .into_iter()
                    .map(|c| {
                        let previous = compare::indicator(report, &c.id, lang);
                        let mut row = vec![
                            c.id,
                            c.label,
                            c.target,
                            c.actual,
                            c.attainment,
                            c.status_text,
                        ];
                        if let Some(p) = previous {
                            let change = p.change(" · ");
                            row.extend([p.actual, p.attainment, p.status_text, change]);
                        }
                        row
                    })
                    .collect();
                out.push_str(&table(&header, &rows));
                if has_buckets(project) {
                    out.push_str(&format!("\n{}\n", say!(lang, "report-buckets-legend")));
                }
                let lines = project_comments(report, project, lang);
                if !lines.is_empty() {
                    out.push_str(&format!("\n**{}**\n\n", say!(lang, "report-comments")));
                    for line in lines {
                        out.push_str(&format!("- {}\n", escape(&line)));
                    }
                }
            }
        }
        true
    }
}

/// The report as a Markdown document in `lang`: its opening ([`opening`]), then its
/// sections, in the order of the HTML page.
pub fn render(report: &PlanReport, lang: Lang) -> String {
    let mut sections = Sections {
        report,
        lang,
        out: opening(report, lang),
    };
    report.walk(&mut sections);
    sections.out
}

/// What the report opens with: title, subtitle and coverage, the headline, the
/// summaries by sector and by service, and the watch list.
fn opening(report: &PlanReport, lang: Lang) -> String {
    let (title, subtitle) = heading(report, lang);
    let mut out = format!(
        "# {}\n\n{}  \n{}\n",
        escape(&title),
        escape(&subtitle),
        escape(&coverage(report, lang))
    );
    out.push_str(&format!(
        "\n## {}\n",
        escape(&compare::headline(report, lang))
    ));
    for (title, header, rows) in compare::summary_tables(report, lang) {
        out.push_str(&format!("\n### {title}\n\n"));
        out.push_str(&table(&header, &rows));
    }
    out.push_str(&watch(report, lang));
    if let Some((title, lines)) = compare::only_in(report, lang) {
        out.push_str(&format!("\n## {}\n\n", escape(&title)));
        for line in lines {
            out.push_str(&format!("- {}\n", escape(&line)));
        }
    }
    out
}

/// The watch list: a table of the indicators not met, with their gap, and the line of
/// those without data.
fn watch(report: &PlanReport, lang: Lang) -> String {
    let watch = watch_cells(report, lang);
    let mut out = format!("\n## {}\n\n", escape(&watch.title));
    if watch.lines.is_empty() {
        out.push_str(&format!("{}\n", say!(lang, "watch-none")));
    } else {
        let rows: Vec<Vec<String>> = watch.lines.iter().map(|l| watch_row(l).to_vec()).collect();
        out.push_str(&table(&watch_header(lang), &rows));
    }
    if let Some(line) = watch.no_data {
        out.push_str(&format!("\n{}\n", escape(&line)));
    }
    out
}
