//! The report as one self-contained HTML page: inline CSS and SVG, no script and no
//! external resource. Each status is told by its word, an icon of its own shape and a
//! fill pattern as well as a colour (Okabe–Ito), so that it reads in greyscale and for
//! colour-blind readers; the print style lays the page out on A4. With `--compare`, the
//! other year's figures and the change beside each indicator, its counts beside the
//! summaries, and the ids of one year only.
//!
//! Part of `render`: imports its siblings [`super::cells`], [`super::chart`] (the
//! progress charts below each service's table), [`super::compare`] and
//! [`super::markup`], `compute` and the leaves.

use super::cells::{
    Cells, INDICATOR_COLUMNS, ObjectiveCells, comments_of, count, coverage, handled_by,
    has_buckets, heading, indicator_header, met_share, objective_cells, sector_title,
    service_heading, status_label, summary_counts, summary_header, summary_row, summary_titles,
    watch_cells, watch_header, watch_row,
};
use super::chart;
use super::compare::{self, PreviousCells};
use super::markup::escape;
use crate::compute::attainment::{Counts, Status};
use crate::compute::progress::Progress;
use crate::compute::report::{PlanReport, ProjectReport, ReportNode};
use crate::i18n::say;
use crate::model::Lang;
use crate::model::Walker;

/// The page's style sheet, screen and print.
const STYLE: &str = include_str!("html.css");

/// The fill patterns (`p-CODE`) and icons (`i-CODE`) of the statuses, by machine code,
/// defined once and used by every bar and icon of the page. In greyscale, where green
/// and orange are the same grey, the patterns tell them apart: met solid, partial in
/// stripes, not met cross-hatched, no data thin lines on white.
const DEFS: &str = r##"<svg class="defs" aria-hidden="true" focusable="false"><defs>
<pattern id="p-met" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#009E73"/></pattern>
<pattern id="p-partial" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#E69F00"/><rect width="2.4" height="6" fill="#FFFFFF"/></pattern>
<pattern id="p-not_met" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#D55E00"/><rect width="1.4" height="5" fill="#FFFFFF"/><rect width="5" height="1.4" fill="#FFFFFF"/></pattern>
<pattern id="p-no_data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="6" height="6" fill="#FFFFFF"/><rect width="1" height="6" fill="#8C8C8C"/></pattern>
<symbol id="i-met" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#009E73"/><path d="M4.3 8.4l2.5 2.5 5-5.3" fill="none" stroke="#FFFFFF" stroke-width="2"/></symbol>
<symbol id="i-partial" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.4" fill="#FFFFFF" stroke="#1B1B1B" stroke-width="1.2"/><path d="M8 1.6a6.4 6.4 0 0 0 0 12.8z" fill="#E69F00" stroke="#1B1B1B" stroke-width="1.2"/></symbol>
<symbol id="i-not_met" viewBox="0 0 16 16"><rect x="1.5" y="1.5" width="13" height="13" fill="#D55E00"/><path d="M5 5l6 6M11 5l-6 6" stroke="#FFFFFF" stroke-width="2"/></symbol>
<symbol id="i-no_data" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.4" fill="#FFFFFF" stroke="#595959" stroke-width="1.2" stroke-dasharray="2.4 1.6"/><path d="M4.8 8h6.4" stroke="#595959" stroke-width="2"/></symbol>
</defs></svg>
"##;

/// One page for the reports of a year (one per plan, each in its language), with the
/// progress of each report's indicators for its charts (`progress[i]` of `reports[i]`).
pub fn render(reports: &[(PlanReport, Lang)], progress: &[Progress]) -> String {
    let page_lang = reports
        .first()
        .map_or_else(Lang::default, |(_, lang)| *lang);
    let titles: Vec<String> = reports
        .iter()
        .map(|(report, lang)| {
            let (title, subtitle) = heading(report, *lang);
            format!("{title} — {subtitle}")
        })
        .collect();
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}{}</style>\n</head>\n<body>\n{DEFS}",
        page_lang.code(),
        escape(&titles.join(" · ")),
        chart::STYLE
    );
    for (index, (report, lang)) in reports.iter().enumerate() {
        out.push_str(&plan(report, *lang, progress.get(index)));
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn plan(report: &PlanReport, lang: Lang, progress: Option<&Progress>) -> String {
    let (title, subtitle) = heading(report, lang);
    let mut out = format!(
        "<article class=\"plan\" lang=\"{}\">\n<header>\n<h1>{}</h1>\n\
         <p class=\"subtitle\">{}</p>\n<p class=\"coverage\">{}</p>\n</header>\n",
        lang.code(),
        escape(&title),
        escape(&subtitle),
        escape(&coverage(report, lang))
    );
    out.push_str(&summary(report, lang));
    out.push_str(&watch(report, lang));
    let mut sections = Sections {
        report,
        lang,
        progress,
        out,
    };
    report.walk(&mut sections);
    sections.out + "</article>\n"
}

/// The sections of a plan's report, one nested in another for each level, in one walk
/// over the report: a section is opened when its level is entered and closed when left.
struct Sections<'r, 'a> {
    report: &'r PlanReport<'a>,
    lang: Lang,
    /// For the charts below each project's table.
    progress: Option<&'r Progress>,
    out: String,
}

/// The comments on a sector or objective, as paragraphs under its heading.
fn comment_paragraphs(report: &PlanReport, id: &str, lang: Lang) -> String {
    comments_of(report, id, lang)
        .iter()
        .map(|line| format!("<p class=\"comment\">{}</p>\n", escape(line)))
        .collect()
}

/// The columns of the indicator tables: with `--compare`, the other year's and the change.
fn indicator_columns(report: &PlanReport) -> usize {
    INDICATOR_COLUMNS + if report.previous.is_some() { 2 } else { 0 }
}

/// The comments on an objective or indicator, as rows under its row.
fn comment_rows(report: &PlanReport, id: &str, lang: Lang) -> String {
    let columns = indicator_columns(report);
    comments_of(report, id, lang)
        .iter()
        .map(|line| {
            format!(
                "<tr class=\"comment\"><td colspan=\"{columns}\">{}</td></tr>\n",
                escape(line)
            )
        })
        .collect()
}

impl Walker<ReportNode<'_, '_>> for Sections<'_, '_> {
    fn enter(&mut self, node: ReportNode) -> bool {
        let lang = self.lang;
        let report = self.report;
        let about = match node {
            ReportNode::Sector(sector) => Some(&sector.sector.id.value),
            ReportNode::General(general) => Some(&general.general.id.value),
            ReportNode::Strategic(strategic) => Some(&strategic.strategic.id.value),
            ReportNode::Project(_) => None,
        };
        let section = match node {
            ReportNode::Sector(sector) => format!(
                "<section class=\"sector\">\n<h2>{}</h2>\n",
                escape(&sector_title(sector, lang))
            ),
            ReportNode::General(general) => format!(
                "<section class=\"general\">\n<h3>{} {}</h3>\n",
                escape(&general.general.id.value),
                escape(&general.general.title)
            ),
            ReportNode::Strategic(strategic) => {
                let os = strategic.strategic;
                let status = match &os.handled_by {
                    Some(by) => format!(
                        "<span class=\"handled\">— {}</span>",
                        escape(&handled_by(by, lang))
                    ),
                    None => format!("— {}", met_share(&strategic.counts, lang)),
                };
                format!(
                    "<section class=\"strategic\">\n<h4>{} {} {status}</h4>\n",
                    escape(&os.id.value),
                    escape(&os.domain),
                )
            }
            ReportNode::Project(project) => {
                let mut section = project_section(report, project, lang);
                if let Some(progress) = self.progress {
                    section.push_str(&chart::project_charts(project, progress, lang));
                }
                section
            }
        };
        self.out.push_str(&section);
        if let Some(id) = about {
            self.out.push_str(&comment_paragraphs(report, id, lang));
        }
        true
    }

    fn leave(&mut self, _node: ReportNode) {
        self.out.push_str("</section>\n");
    }
}

/// The counts of the plan, by sector and by service, and the legend of the page.
fn summary(report: &PlanReport, lang: Lang) -> String {
    let mut out = format!(
        "<section class=\"summary\">\n<h2>{}</h2>\n<div class=\"overall\">\n{}<ul class=\"legend\">\n",
        escape(&compare::headline(report, lang)),
        stacked(&report.counts, "stack wide")
    );
    for status in Status::ALL {
        out.push_str(&format!(
            "<li>{}{} <strong>{}</strong></li>\n",
            icon(status),
            escape(&status_label(lang, status)),
            count(report.counts.get(status), lang)
        ));
    }
    out.push_str("</ul>\n</div>\n");
    let [sectors, services] = summary_counts(report, lang);
    let previous = compare::summary_column(report, lang);
    for (n, ((caption, first), rows)) in summary_titles(lang)
        .into_iter()
        .zip([sectors, services])
        .enumerate()
    {
        out.push_str(&format!(
            "<table class=\"counts\">\n<caption>{}</caption>\n<thead><tr>",
            escape(&caption)
        ));
        // The name of the row, the statuses in order, the total.
        let header = summary_header(lang, &first);
        for (index, text) in header.iter().enumerate() {
            let class = if index == 0 { "" } else { " class=\"num\"" };
            let icon = index
                .checked_sub(1)
                .and_then(|i| Status::ALL.get(i))
                .map_or_else(String::new, |status| icon(*status));
            out.push_str(&format!(
                "<th scope=\"col\"{class}>{icon}{}</th>",
                escape(text)
            ));
        }
        if let Some((year, _)) = &previous {
            out.push_str(&format!(
                "<th scope=\"col\" class=\"num previous\">{}</th>",
                escape(year)
            ));
        }
        out.push_str(&format!(
            "<th scope=\"col\" class=\"distribution\">{}</th></tr></thead>\n<tbody>\n",
            escape(&say!(lang, "report-distribution"))
        ));
        let last = rows.len().saturating_sub(1);
        for (index, (name, counts)) in rows.into_iter().enumerate() {
            let class = if index == last {
                " class=\"total\""
            } else {
                ""
            };
            let mut cells = summary_row(name, &counts, lang).into_iter();
            out.push_str(&format!(
                "<tr{class}><th scope=\"row\">{}</th>",
                escape(&cells.next().unwrap_or_default())
            ));
            for (number, label) in cells.zip(header.iter().skip(1)) {
                out.push_str(&format!(
                    "<td class=\"num\" data-label=\"{}\">{number}</td>",
                    escape(label)
                ));
            }
            if let Some(share) = previous.as_ref().and_then(|(_, c)| c[n].get(index)) {
                out.push_str(&format!(
                    "<td class=\"num previous\" data-label=\"{}\">{}</td>",
                    escape(previous.as_ref().map_or("", |(year, _)| year.as_str())),
                    escape(share)
                ));
            }
            // No empty bar for a sector handled elsewhere: its name says so.
            let bar = if counts.total() == 0 {
                String::new()
            } else {
                stacked(&counts, "stack")
            };
            out.push_str(&format!("<td class=\"distribution\">{bar}</td></tr>\n"));
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if let Some((title, lines)) = compare::only_in(report, lang) {
        out.push_str(&format!(
            "<h3 class=\"only-in\">{}</h3>\n<ul class=\"only-in\">\n",
            escape(&title)
        ));
        for line in lines {
            out.push_str(&format!("<li>{}</li>\n", escape(&line)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!(
        "<p class=\"note\">{}{}</p>\n</section>\n",
        bar(Some(100.0), Status::Met),
        unbroken_percents(&escape(&say!(lang, "report-bar-legend")))
    ));
    out
}

/// The watch list ("À surveiller"): a table of the indicators not met, in plan order,
/// with their gap to the target, and the line of those without data.
fn watch(report: &PlanReport, lang: Lang) -> String {
    let watch = watch_cells(report, lang);
    let mut out = format!(
        "<section class=\"watch\">\n<h2>{}</h2>\n",
        escape(&watch.title)
    );
    if watch.lines.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", escape(&say!(lang, "watch-none"))));
    } else {
        let header = watch_header(lang);
        out.push_str("<table class=\"watch-list\">\n<thead><tr>");
        for text in &header {
            out.push_str(&format!("<th scope=\"col\">{}</th>", escape(text)));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for line in &watch.lines {
            let status = line.cells.status;
            let [id, label, actual, target, gap, status_text] = watch_row(line);
            out.push_str(&format!(
                "<tr class=\"watched {}\"><td class=\"id\">{}</td><td class=\"label\">{}</td>\
                 <td class=\"num\" data-label=\"{}\">{}</td><td data-label=\"{}\">{}</td>\
                 <td data-label=\"{}\">{}</td><td class=\"status\" data-label=\"{}\">{}<span>{}</span></td></tr>\n",
                status.code(),
                escape(&id),
                escape(&label),
                escape(&header[2]),
                escape(&actual),
                escape(&header[3]),
                escape(&target),
                escape(&header[4]),
                escape(&gap),
                escape(&header[5]),
                icon(status),
                escape(&status_text),
            ));
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if let Some(line) = watch.no_data {
        out.push_str(&format!("<p class=\"no-data\">{}</p>\n", escape(&line)));
    }
    out.push_str("</section>\n");
    out
}

/// `html` with each percent (`150 %`, `(100 %)`, its brackets with it) in a span that
/// is never broken across lines, whatever space the language puts before `%`.
fn unbroken_percents(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find('%') {
        let number = rest[..at].trim_end_matches(['\u{a0}', '\u{202f}']);
        let lead = number.trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
        if lead.len() == number.len() {
            out.push_str(&rest[..=at]);
            rest = &rest[at + 1..];
            continue;
        }
        let (start, end) = if lead.ends_with('(') && rest[at + 1..].starts_with(')') {
            (lead.len() - 1, at + 2)
        } else {
            (lead.len(), at + 1)
        };
        out.push_str(&rest[..start]);
        out.push_str(&format!(
            "<span class=\"nowrap\">{}</span>",
            &rest[start..end]
        ));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A project's section, its heading and its table of indicators by objective, left open:
/// the walk closes it when it leaves the project.
fn project_section(report: &PlanReport, project: &ProjectReport, lang: Lang) -> String {
    let mut out = format!(
        "<section class=\"project\">\n<h5>{}</h5>\n<table class=\"indicators{}\">\n\
         <colgroup><col class=\"id\"><col class=\"label\"><col class=\"target\">\
         <col class=\"actual\"><col class=\"attainment\"><col class=\"status\">{}</colgroup>\n<thead><tr>",
        escape(&service_heading(
            &project.project.service.value,
            &project.counts,
            lang
        )),
        if report.previous.is_some() {
            " compared"
        } else {
            ""
        },
        if report.previous.is_some() {
            "<col class=\"previous\"><col class=\"change\">"
        } else {
            ""
        }
    );
    let compared = compare::header(report, lang).map(|[.., change]| {
        [
            compare::year_heading(report, lang).unwrap_or_default(),
            change,
        ]
    });
    for text in indicator_header(lang)
        .into_iter()
        .chain(compared.into_iter().flatten())
    {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape(&text)));
    }
    out.push_str("</tr></thead>\n");
    let header = indicator_header(lang);
    for objective in objective_cells(project, lang) {
        out.push_str(&objective_rows(report, &objective, &header, lang));
    }
    out.push_str("</table>\n");
    if has_buckets(project) {
        out.push_str(&format!(
            "<p class=\"note\">{}</p>\n",
            escape(&say!(lang, "report-buckets-legend"))
        ));
    }
    out
}

/// An operational objective's row group: its title, then its indicators.
fn objective_rows(
    report: &PlanReport,
    objective: &ObjectiveCells,
    header: &[String; INDICATOR_COLUMNS],
    lang: Lang,
) -> String {
    let columns = indicator_columns(report);
    let labels = [
        compare::year_heading(report, lang).unwrap_or_default(),
        compare::header(report, lang).map_or_else(String::new, |[.., change]| change),
    ];
    let mut out = format!(
        "<tbody class=\"objective\">\n<tr class=\"objective-row\"><th colspan=\"{columns}\" scope=\"rowgroup\">\
         <span class=\"id\">{}</span> {}</th></tr>\n",
        escape(&objective.objective.id.value),
        escape(&objective.objective.title)
    );
    if let Some(owner) = objective.shares {
        out.push_str(&format!(
            "<tr class=\"shared\"><td colspan=\"{columns}\">{}</td></tr>\n",
            escape(&say!(lang, "report-shared-with", objectives = owner))
        ));
    }
    out.push_str(&comment_rows(report, &objective.objective.id.value, lang));
    for cells in &objective.cells {
        out.push_str(&indicator_row(
            cells,
            header,
            compare::indicator(report, &cells.id, lang),
            &labels,
        ));
        out.push_str(&comment_rows(report, &cells.id, lang));
    }
    out.push_str("</tbody>\n");
    out
}

/// An indicator's row; each cell after the label carries its column's name
/// (`data-label`), which a narrow screen shows before it when the row becomes a card.
/// With `--compare`, the other year's figures and the change last, under `labels` (the
/// other year's heading and the change's).
fn indicator_row(
    c: &Cells,
    header: &[String; INDICATOR_COLUMNS],
    previous: Option<PreviousCells>,
    labels: &[String; 2],
) -> String {
    let [_, _, target, actual, attainment, status] = header.each_ref().map(|h| escape(h));
    let previous = previous.map_or_else(String::new, |p| {
        let status = p.status.map_or_else(String::new, |status| {
            format!(
                "<span class=\"status\">{}<span>{}</span></span>",
                icon(status),
                escape(&p.status_text)
            )
        });
        let figures = if p.status.is_some() {
            format!("{} · {}", escape(&p.actual), escape(&p.attainment))
        } else {
            "–".to_string()
        };
        format!(
            "<td class=\"previous\" data-label=\"{}\"><span class=\"figures\">{figures}</span>{status}</td>\
             <td class=\"change\" data-label=\"{}\">{}</td>",
            escape(&labels[0]),
            escape(&labels[1]),
            escape(&p.change("\n")).replace('\n', "<br>")
        )
    });
    format!(
        "<tr class=\"indicator {code}\"><td class=\"id\">{}</td><td class=\"label\">{}</td>\
         <td data-label=\"{target}\">{}</td><td class=\"num\" data-label=\"{actual}\">{}</td>\
         <td class=\"attainment\" data-label=\"{attainment}\"><span class=\"pct\">{}</span>{}</td>\
         <td class=\"status\" data-label=\"{status}\">{}<span>{}</span></td>{previous}</tr>\n",
        escape(&c.id),
        escape(&c.label),
        escape(&c.target),
        escape(&c.actual),
        escape(&c.attainment),
        bar(c.percent, c.status),
        icon(c.status),
        escape(&c.status_text),
        code = c.status.code(),
    )
}

fn icon(status: Status) -> String {
    format!(
        "<svg class=\"icon\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><use href=\"#i-{}\"/></svg>",
        status.code()
    )
}

/// The attainment shown whole on a bar; beyond, the bar ends in an arrow.
const BAR_MAX: f64 = 150.0;
const BAR_WIDTH: f64 = 120.0;

/// An indicator's bar: its attainment against the target's line at 100 %. The words
/// are in the cells beside it.
fn bar(percent: Option<f64>, status: Status) -> String {
    let target = BAR_WIDTH * 100.0 / BAR_MAX;
    let mut out = format!(
        "<svg class=\"bar\" viewBox=\"0 0 {BAR_WIDTH} 16\" aria-hidden=\"true\">\
         <rect class=\"track{}\" x=\"0.5\" y=\"3.5\" width=\"{}\" height=\"9\"/>",
        if percent.is_none() { " empty" } else { "" },
        BAR_WIDTH - 1.0
    );
    if let Some(percent) = percent {
        let width = percent.clamp(0.0, BAR_MAX) / BAR_MAX * (BAR_WIDTH - 1.0);
        if width > 0.0 {
            out.push_str(&format!(
                "<rect class=\"fill\" x=\"0.5\" y=\"3.5\" width=\"{width:.1}\" height=\"9\" fill=\"url(#p-{})\"/>",
                status.code()
            ));
        }
        if percent > BAR_MAX {
            out.push_str(&format!(
                "<path class=\"beyond\" d=\"M{} 1l6 7-6 7z\"/>",
                BAR_WIDTH - 6.0
            ));
        }
    }
    out.push_str(&format!(
        "<line class=\"target\" x1=\"{target:.1}\" x2=\"{target:.1}\" y1=\"0\" y2=\"16\"/></svg>"
    ));
    out
}

/// A bar of `counts`, one segment a status, as wide as its share.
fn stacked(counts: &Counts, class: &str) -> String {
    const WIDTH: f64 = 240.0;
    let total = counts.total();
    let mut out =
        format!("<svg class=\"{class}\" viewBox=\"0 0 {WIDTH} 12\" aria-hidden=\"true\">");
    if total == 0 {
        out.push_str(&format!(
            "<rect class=\"track\" x=\"0.5\" y=\"0.5\" width=\"{}\" height=\"11\"/>",
            WIDTH - 1.0
        ));
    }
    let mut x = 0.0;
    for status in Status::ALL {
        let n = counts.get(status);
        if n == 0 {
            continue;
        }
        let width = n as f64 / total as f64 * WIDTH;
        out.push_str(&format!(
            "<rect class=\"segment\" x=\"{x:.1}\" y=\"0\" width=\"{width:.1}\" height=\"12\" fill=\"url(#p-{})\"/>",
            status.code()
        ));
        x += width;
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percents_stay_whole() {
        assert_eq!(
            unbroken_percents("jusqu’à 150\u{a0}% ; la cible (100\u{a0}%)."),
            "jusqu’à <span class=\"nowrap\">150\u{a0}%</span> ; la cible \
             <span class=\"nowrap\">(100\u{a0}%)</span>."
        );
        assert_eq!(
            unbroken_percents("up to 150%; (100%)."),
            "up to <span class=\"nowrap\">150%</span>; <span class=\"nowrap\">(100%)</span>."
        );
        assert_eq!(unbroken_percents("100 % sure"), "100 % sure");
    }

    #[test]
    fn every_status_has_its_pattern_and_icon() {
        for status in Status::ALL {
            for kind in ["p", "i"] {
                let id = format!("id=\"{kind}-{}\"", status.code());
                assert_eq!(DEFS.matches(&id).count(), 1, "{id}");
            }
        }
    }

    #[test]
    fn bars_scale_to_the_target_line_and_mark_what_goes_beyond() {
        let at_target = bar(Some(100.0), Status::Met);
        assert!(at_target.contains("class=\"fill\" x=\"0.5\" y=\"3.5\" width=\"79.3\""));
        assert!(at_target.contains("x1=\"80.0\""));
        assert!(!at_target.contains("beyond"));
        let beyond = bar(Some(400.0), Status::Met);
        assert!(beyond.contains("width=\"119.0\"") && beyond.contains("beyond"));
        let none = bar(None, Status::NoData);
        assert!(none.contains("track empty") && !none.contains("fill=\"url"));
        assert!(!bar(Some(0.0), Status::NotMet).contains("class=\"fill\""));
    }

    #[test]
    fn stacked_segments_add_up_to_the_width() {
        let counts = Counts {
            met: 18,
            partial: 7,
            not_met: 5,
            no_data: 1,
        };
        let svg = stacked(&counts, "stack");
        let widths: f64 = svg
            .split("class=\"segment\"")
            .skip(1)
            .filter_map(|s| s.split("width=\"").nth(1)?.split('"').next())
            .map(|w| w.parse::<f64>().unwrap())
            .sum();
        assert!((widths - 240.0).abs() < 0.3, "{widths}");
        assert_eq!(svg.matches("class=\"segment\"").count(), 4);
        assert!(!stacked(&Counts::default(), "stack").contains("segment"));
    }
}
