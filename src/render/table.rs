//! The report as terminal tables (comfy-table), fitted to the terminal width; colours
//! only when the caller allows them.

use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, presets};

use super::{cells, heading, met_share, summaries, summary_header};
use crate::attainment::Status;
use crate::i18n::label;
use crate::model::Lang;
use crate::report::PlanReport;

fn table(width: u16, color: bool) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .force_no_tty()
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
    if color {
        table.enforce_styling();
    }
    table
}

fn status_color(status: Status) -> Color {
    match status {
        Status::Met => Color::Green,
        Status::Partial => Color::Yellow,
        Status::NotMet => Color::Red,
        Status::NoData => Color::DarkGrey,
    }
}

pub fn render(report: &PlanReport, lang: Lang, width: u16, color: bool) -> String {
    let (title, subtitle) = heading(report, lang);
    let mut out = format!("{title}\n{subtitle}\n");
    for (sector, general, strategic) in report.strategic_objectives() {
        let os = strategic.strategic;
        out.push_str(&format!(
            "\n{} {}\n{} {}\n{} {}",
            sector.sector.id.value, sector.sector.title, general.general.id.value, general.general.title, os.id.value, os.domain
        ));
        if let Some(by) = &os.handled_by {
            out.push_str(&format!(" — {} {by}\n", label(lang, "handled_by")));
            continue;
        }
        out.push_str(&format!(" — {}\n", met_share(&strategic.counts, lang)));
        for project in &strategic.projects {
            out.push_str(&format!(
                "{} {} — {}\n",
                label(lang, "service"),
                project.project.service.value,
                met_share(&project.counts, lang)
            ));
            let mut t = table(width, color);
            t.set_header(
                ["id", "indicator_col", "target_col", "actual_col", "attainment_col", "status_col"].map(|k| label(lang, k)),
            );
            for objective in &project.objectives {
                for row in &objective.indicators {
                    let c = cells(row, lang);
                    let mut status = Cell::new(c.status_text);
                    if color {
                        status = status.fg(status_color(c.status));
                    }
                    t.add_row(vec![
                        Cell::new(c.id),
                        Cell::new(c.label),
                        Cell::new(c.target),
                        Cell::new(c.actual),
                        Cell::new(c.attainment),
                        status,
                    ]);
                }
            }
            if let Some(column) = t.column_mut(0) {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
            out.push_str(&t.to_string());
            out.push('\n');
        }
    }
    let (sectors, services) = summaries(report);
    for (key, first, rows) in [("summary_sector", "sector_col", sectors), ("summary_service", "service", services)] {
        let mut t = table(width, color);
        t.set_header(summary_header(lang, first));
        for row in rows {
            t.add_row(row);
        }
        out.push_str(&format!("\n{}\n{t}\n", label(lang, key)));
    }
    out
}
