//! The report as Markdown: the same sections and summaries as the terminal tables.

use super::{cells, heading, met_share, summaries, summary_header};
use crate::i18n::label;
use crate::model::Lang;
use crate::report::PlanReport;

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

pub fn render(report: &PlanReport, lang: Lang) -> String {
    let (title, subtitle) = heading(report, lang);
    let mut out = format!("# {}\n\n{}\n", escape(&title), escape(&subtitle));
    for (sector, general, strategic) in report.strategic_objectives() {
        let os = strategic.strategic;
        out.push_str(&format!(
            "\n## {} {}\n\n{} {} · {} {}\n\n",
            os.id.value,
            escape(&os.domain),
            sector.sector.id.value,
            escape(&sector.sector.title),
            general.general.id.value,
            escape(&general.general.title)
        ));
        if let Some(by) = &os.handled_by {
            out.push_str(&format!("*{} {}*\n", label(lang, "handled_by"), escape(by)));
            continue;
        }
        out.push_str(&format!("**{}**\n", met_share(&strategic.counts, lang)));
        for project in &strategic.projects {
            out.push_str(&format!(
                "\n### {} {} — {}\n\n",
                label(lang, "service"),
                escape(&project.project.service.value),
                met_share(&project.counts, lang)
            ));
            let header: Vec<String> = ["id", "indicator_col", "target_col", "actual_col", "attainment_col", "status_col"]
                .map(|k| label(lang, k).to_string())
                .to_vec();
            let rows: Vec<Vec<String>> = project
                .objectives
                .iter()
                .flat_map(|o| &o.indicators)
                .map(|r| {
                    let c = cells(r, lang);
                    vec![c.id, c.label, c.target, c.actual, c.attainment, c.status_text]
                })
                .collect();
            out.push_str(&table(&header, &rows));
        }
    }
    let (sectors, services) = summaries(report);
    out.push_str(&format!("\n## {}\n\n", label(lang, "summary_sector")));
    out.push_str(&table(&summary_header(lang, "sector_col"), &sectors));
    out.push_str(&format!("\n## {}\n\n", label(lang, "summary_service")));
    out.push_str(&table(&summary_header(lang, "service"), &services));
    out
}
