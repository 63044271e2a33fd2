//! The report as terminal tables (comfy-table), fitted to the terminal width; colours
//! only when the caller allows them. With `--compare`, the other year's figures and the
//! change in two more columns (one when narrow), its counts beside the summaries.
//!
//! Part of `render`: imports its siblings [`super::cells`] and [`super::compare`],
//! `compute` and the leaves.

use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets};

use super::cells::{
    INDICATOR_COLUMNS, TARGET_COLUMN, comments_of, handled_by, has_buckets, heading,
    indicator_header, met_share, project_cells, project_comments, service_heading, titled_share,
};
use super::compare;
use crate::compute::attainment::Status;
use crate::compute::report::{PlanReport, ProjectReport, ReportNode};
use crate::i18n::say;
use crate::model::Lang;
use crate::model::Walker;

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

/// A heading wrapped to the width, continuation lines indented.
fn wrapped(text: &str, width: u16) -> String {
    let options = textwrap::Options::new(usize::from(width)).subsequent_indent("  ");
    textwrap::fill(text, options) + "\n"
}

/// Below this width the target goes under the indicator's label (five columns).
const COMPACT_BELOW: u16 = 100;

/// With `--compare`, from this width the change has a column of its own; below it, it
/// is under the other year's figures in theirs.
const COMPARE_WIDE_FROM: u16 = 140;

/// Below this width, with `--compare`, the other year's figures go into this year's cells.
const NARROW_BELOW: u16 = 80;

fn indicator_table(
    report: &PlanReport,
    project: &ProjectReport,
    lang: Lang,
    width: u16,
    color: bool,
) -> Table {
    let compact = width < COMPACT_BELOW;
    let mut header: Vec<String> = indicator_header(lang)
        .into_iter()
        .enumerate()
        .filter(|(index, _)| !(compact && *index == TARGET_COLUMN))
        .map(|(_, text)| text)
        .collect();
    // `--compare`: the other year's figures in one column and the change in another
    // when wide; both in one column below that; when narrow, each figure beside this
    // year's in its cell, without the change.
    let narrow = width < NARROW_BELOW;
    let merged = width < COMPARE_WIDE_FROM;
    let compared = compare::header(report, lang).filter(|_| !narrow);
    if let Some([.., change]) = compared {
        header.extend(compare::year_heading(report, lang));
        if !merged {
            header.push(change);
        }
    }
    let mut rows: Vec<(Vec<String>, Status)> = Vec::new();
    for c in project_cells(project, lang) {
        let previous = compare::indicator(report, &c.id, lang);
        let mut row = vec![c.id];
        if compact {
            let target = say!(lang, "report-target-below", target = c.target);
            row.push(format!("{}\n{target}", c.label));
        } else {
            row.extend([c.label, c.target]);
        }
        match &previous {
            Some(p) if narrow => {
                let year = compare::year_heading(report, lang).unwrap_or_default();
                let beside =
                    |now: String, then: &str| compare::beside(now, &year, then.to_string(), lang);
                row.extend([
                    beside(c.actual, &p.actual),
                    beside(c.attainment, &p.attainment),
                    beside(c.status_text, &p.status_text),
                ]);
            }
            _ => row.extend([c.actual, c.attainment, c.status_text]),
        }
        if let Some(p) = previous.filter(|_| !narrow) {
            let figures = [&p.actual, &p.attainment, &p.status_text]
                .into_iter()
                .filter(|text| !text.is_empty() && *text != "–");
            let figures: Vec<&str> = figures.map(String::as_str).collect();
            let figures = if figures.is_empty() {
                "–".to_string()
            } else {
                figures.join("\n")
            };
            if merged {
                row.push(format!("{figures}\n{}", p.change("\n")));
            } else {
                row.extend([figures, p.change("\n")]);
            }
        }
        rows.push((row, c.status));
    }
    // No column but the label splits a word: each gets at least its longest word (ids
    // are one word); the label column takes the rest of the width.
    let mut all: Vec<&Vec<String>> = vec![&header];
    all.extend(rows.iter().map(|(row, _)| row));
    let longest = longest_words(&all);
    let mut t = table(width, color);
    t.set_header(header.clone());
    for (row, status) in rows {
        let mut cells: Vec<Cell> = row.into_iter().map(Cell::new).collect();
        let status_column = INDICATOR_COLUMNS - 1 - usize::from(compact);
        if color && status_column < cells.len() {
            let cell = cells.remove(status_column);
            cells.insert(status_column, cell.fg(status_color(status)));
        }
        t.add_row(cells);
    }
    for (index, words) in longest.into_iter().enumerate() {
        if index != 1
            && let Some(column) = t.column_mut(index)
        {
            // At most a quarter of the width, so that one long word cannot squeeze the label.
            let floor = words.saturating_add(2).min(width / 4);
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(floor)));
        }
    }
    t
}

/// For each column, the length in characters of its longest word, as comfy-table splits
/// words: at spaces and line ends only, so that `113,2 %` (a no-break space) or
/// `1 234` (a narrow one) stays one word.
fn longest_words(rows: &[&Vec<String>]) -> Vec<u16> {
    let columns = rows.iter().map(|r| r.len()).max().unwrap_or(0);
    (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .flat_map(|cell| cell.split([' ', '\n']))
                .map(|w| u16::try_from(w.chars().count()).unwrap_or(u16::MAX))
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// The sections of the report, each level a heading and each project its table, in one
/// walk over the report.
struct Sections<'r, 'a> {
    report: &'r PlanReport<'a>,
    lang: Lang,
    width: u16,
    color: bool,
    out: String,
}

impl Sections<'_, '_> {
    fn line(&mut self, text: &str) {
        self.out.push_str(&wrapped(text, self.width));
    }

    /// The comments on a sector or objective, under its heading.
    fn comments(&mut self, id: &str) {
        for line in comments_of(self.report, id, self.lang) {
            self.line(&format!("  {line}"));
        }
    }
}

impl Walker<ReportNode<'_, '_>> for Sections<'_, '_> {
    fn enter(&mut self, node: ReportNode) -> bool {
        let lang = self.lang;
        match node {
            ReportNode::Sector(sector) => {
                self.out.push('\n');
                self.line(&titled_share(
                    &format!("{} {}", sector.sector.id.value, sector.sector.title),
                    &sector.counts,
                    lang,
                ));
                self.comments(&sector.sector.id.value);
            }
            ReportNode::General(general) => {
                self.line(&format!(
                    "{} {}",
                    general.general.id.value, general.general.title
                ));
                self.comments(&general.general.id.value);
            }
            ReportNode::Strategic(strategic) => {
                let os = strategic.strategic;
                let status = match &os.handled_by {
                    Some(by) => handled_by(by, lang),
                    None => met_share(&strategic.counts, lang),
                };
                self.out.push('\n');
                self.line(&format!("{} {} — {status}", os.id.value, os.domain));
                self.comments(&os.id.value);
            }
            ReportNode::Project(project) => {
                self.line(&service_heading(
                    &project.project.service.value,
                    &project.counts,
                    lang,
                ));
                let table = indicator_table(self.report, project, lang, self.width, self.color);
                self.out.push_str(&table.to_string());
                self.out.push('\n');
                if has_buckets(project) {
                    self.line(&say!(lang, "report-buckets-legend"));
                }
                let comments = project_comments(self.report, project, lang);
                if !comments.is_empty() {
                    self.line(&say!(lang, "report-comments"));
                    for line in comments {
                        self.line(&format!("- {line}"));
                    }
                }
            }
        }
        true
    }
}

/// The report as terminal tables `width` columns wide, coloured when `color` is set.
pub fn render(report: &PlanReport, lang: Lang, width: u16, color: bool) -> String {
    let (title, subtitle) = heading(report, lang);
    let mut sections = Sections {
        report,
        lang,
        width,
        color,
        out: wrapped(&title, width) + &wrapped(&subtitle, width),
    };
    report.walk(&mut sections);
    let mut out = sections.out;
    for (title, header, rows) in compare::summary_tables(report, lang) {
        let mut t = table(width, color);
        t.set_header(header);
        for row in rows {
            t.add_row(row);
        }
        out.push_str(&format!("\n{title}\n{t}\n"));
    }
    if let Some((title, lines)) = compare::only_in(report, lang) {
        out.push_str(&format!("\n{title}\n"));
        for line in lines {
            out.push_str(&wrapped(&format!("- {line}"), width));
        }
    }
    out
}
