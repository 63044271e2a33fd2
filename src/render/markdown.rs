//! The report as Markdown: the same sections and summaries as the terminal tables.

use super::cells::{
    INDICATOR_COLUMNS, has_buckets, heading, met_share, project_cells, summaries, summary_header,
    titled_share,
};
use crate::compute::report::PlanReport;
use crate::i18n::label;
use crate::model::Lang;

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
    for sector in &report.sectors {
        let title = format!(
            "{} {}",
            sector.sector.id.value,
            escape(&sector.sector.title)
        );
        out.push_str(&format!(
            "\n## {}\n",
            titled_share(&title, &sector.counts, lang)
        ));
        for general in &sector.general_objectives {
            out.push_str(&format!(
                "\n{} {}\n",
                general.general.id.value,
                escape(&general.general.title)
            ));
            for strategic in &general.strategic_objectives {
                let os = strategic.strategic;
                out.push_str(&format!("\n### {} {}\n\n", os.id.value, escape(&os.domain)));
                if let Some(by) = &os.handled_by {
                    out.push_str(&format!("*{} {}*\n", label(lang, "handled_by"), escape(by)));
                    continue;
                }
                out.push_str(&format!("**{}**\n", met_share(&strategic.counts, lang)));
                for project in &strategic.projects {
                    out.push_str(&format!(
                        "\n#### {} {} — {}\n\n",
                        label(lang, "service"),
                        escape(&project.project.service.value),
                        met_share(&project.counts, lang)
                    ));
                    let header: Vec<String> = INDICATOR_COLUMNS
                        .map(|k| label(lang, k).to_string())
                        .to_vec();
                    let rows: Vec<Vec<String>> = project_cells(project, lang)
                        .into_iter()
                        .map(|c| {
                            vec![
                                c.id,
                                c.label,
                                c.target,
                                c.actual,
                                c.attainment,
                                c.status_text,
                            ]
                        })
                        .collect();
                    out.push_str(&table(&header, &rows));
                    if has_buckets(project) {
                        out.push_str(&format!("\n{}\n", label(lang, "buckets_legend")));
                    }
                }
            }
        }
    }
    let (sectors, services) = summaries(report, lang);
    out.push_str(&format!("\n## {}\n\n", label(lang, "summary_sector")));
    out.push_str(&table(&summary_header(lang, "sector_col"), &sectors));
    out.push_str(&format!("\n## {}\n\n", label(lang, "summary_service")));
    out.push_str(&table(&summary_header(lang, "service"), &services));
    out
}
