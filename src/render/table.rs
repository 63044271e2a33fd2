//! The report as terminal tables (comfy-table), fitted to the terminal width; colours
//! only when the caller allows them. With `--compare`, the other year's figures and the
//! change in two more columns (one when narrow), its counts beside the summaries.
//!
//! Part of `render`: imports its siblings [`super::cells`], [`super::chart`] (the
//! sparklines under the actuals) and [`super::compare`], `compute` and the leaves.

use comfy_table::{
    Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets,
};

use super::cells::{
    INDICATOR_COLUMNS, TARGET_COLUMN, comments_of, coverage, handled_by, has_buckets, heading,
    indicator_header, met_share, project_cells, project_comments, sector_title, service_heading,
    watch_cells, watch_header, watch_row,
};
use super::chart;
use super::compare;
use crate::compute::attainment::Status;
use crate::compute::progress::Progress;
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

/// The colour of a status, readable on a light terminal as on a dark one: dark green,
/// dark yellow in bold (plain yellow vanishes on white), red, grey.
fn status_cell(text: String, status: Status) -> Cell {
    let cell = Cell::new(text);
    match status {
        Status::Met => cell.fg(Color::DarkGreen),
        Status::Partial => cell.fg(Color::DarkYellow).add_attribute(Attribute::Bold),
        Status::NotMet => cell.fg(Color::Red),
        Status::NoData => cell.fg(Color::DarkGrey),
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

/// A project's indicators, one row each (see [`fitted`]).
fn indicator_table(
    report: &PlanReport,
    project: &ProjectReport,
    progress: &Progress,
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
    let mut rows: Vec<(Vec<String>, Option<Status>)> = Vec::new();
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
            _ => {
                let actual = chart::actual_with_sparkline(c.actual, &row[0], progress, width);
                row.extend([actual, c.attainment, c.status_text]);
            }
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
        rows.push((row, Some(c.status)));
    }
    let status_column = INDICATOR_COLUMNS - 1 - usize::from(compact);
    fitted(header, rows, status_column, width, color)
}

/// A table of `header` and `rows` (each with the status its cell in `status_column` is
/// coloured by, when `color`), `width` columns wide, in which no word is cut: each column is at least
/// as wide as its longest word; when they do not all fit, the longest words are broken
/// after a `/` or `-` first ([`break_long_words`]).
fn fitted(
    header: Vec<String>,
    mut rows: Vec<(Vec<String>, Option<Status>)>,
    status_column: usize,
    width: u16,
    color: bool,
) -> Table {
    let mut header = header;
    let columns = header.len();
    // Each column has a border on its left and one space of padding on each side.
    let available = usize::from(width).saturating_sub(3 * columns + 1);
    let mut stuck = vec![false; columns];
    loop {
        let longest = longest_words(&header, &rows);
        let total: usize = longest.iter().sum();
        if total <= available {
            break;
        }
        // The widest column that can still be narrowed gives up the excess.
        let Some(column) = (0..columns)
            .filter(|c| !stuck[*c])
            .max_by_key(|c| (longest[*c], std::cmp::Reverse(*c)))
        else {
            break;
        };
        let most = longest[column]
            .saturating_sub(total - available)
            .max(MIN_PART);
        let mut broke = false;
        for cells in std::iter::once(&mut header).chain(rows.iter_mut().map(|(r, _)| r)) {
            if let Some(cell) = cells.get_mut(column) {
                let broken = break_long_words(cell, most);
                broke |= broken != *cell;
                *cell = broken;
            }
        }
        if !broke || longest_words(&header, &rows)[column] >= longest[column] {
            stuck[column] = true;
        }
    }
    let longest = longest_words(&header, &rows);
    // The column with the most text (the label) takes what the others leave; they are
    // at least as wide as their longest word, and exactly that wide when the label
    // would otherwise get less than its own longest word.
    let longest_lines = longest_lines(&header, &rows);
    let flexible = (0..columns)
        .max_by_key(|c| {
            let text = |r: &[String]| r.get(*c).map_or(0, |cell| cell.chars().count());
            rows.iter().map(|(r, _)| text(r)).sum::<usize>() + text(&header)
        })
        .unwrap_or(0);
    let others: usize = (0..columns)
        .filter(|c| *c != flexible)
        .map(|c| longest_lines[c])
        .sum();
    let tight = available.saturating_sub(others) < longest.get(flexible).copied().unwrap_or(0);
    // Too narrow for the longest words even broken: comfy-table splits them rather than
    // overflow the width.
    let fits = longest.iter().sum::<usize>() <= available;
    let mut t = table(width, color);
    t.set_header(header);
    for (row, status) in rows {
        let mut cells: Vec<Cell> = row.into_iter().map(Cell::new).collect();
        if color
            && let Some(status) = status
            && status_column < cells.len()
        {
            let cell = cells.remove(status_column);
            cells.insert(status_column, status_cell(cell.content(), status));
        }
        t.add_row(cells);
    }
    // When tight, half of what the longest words leave goes to the other columns, in
    // equal shares (none wider than its longest line), the rest to the label.
    let slack = available.saturating_sub(longest.iter().sum::<usize>());
    let share = slack / 2 / columns.saturating_sub(1).max(1);
    for (index, words) in longest.into_iter().enumerate() {
        if !fits || index == flexible {
            continue;
        }
        if let Some(column) = t.column_mut(index) {
            let fixed = |n: usize| Width::Fixed(u16::try_from(n + 2).unwrap_or(u16::MAX));
            column.set_constraint(if tight {
                ColumnConstraint::Absolute(fixed((words + share).min(longest_lines[index])))
            } else {
                ColumnConstraint::LowerBoundary(fixed(words))
            });
        }
    }
    t
}

/// The shortest part a word is broken into.
const MIN_PART: usize = 6;

/// `text` with each word longer than `most` characters broken onto the next line after
/// its last `/` or `-` that keeps the part within `most` (`recommandation/` then
/// `observations`); a word without such a place stays whole.
fn break_long_words(text: &str, most: usize) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let words: Vec<String> = line
                .split(' ')
                .map(|word| {
                    let mut parts: Vec<&str> = Vec::new();
                    let mut rest = word;
                    while rest.chars().count() > most {
                        let cut = rest
                            .char_indices()
                            .filter(|(i, c)| matches!(c, '/' | '-') && *i > 0)
                            .map(|(i, c)| i + c.len_utf8())
                            .rfind(|end| rest[..*end].chars().count() <= most)
                            .filter(|end| *end < rest.len());
                        let Some(end) = cut else { break };
                        parts.push(&rest[..end]);
                        rest = &rest[end..];
                    }
                    parts.push(rest);
                    parts.join("\n")
                })
                .collect();
            words.join(" ")
        })
        .collect();
    lines.join("\n")
}

/// For each column, the length in characters of its longest word, as comfy-table splits
/// words: at spaces and line ends only, so that `113,2 %` (a no-break space) or
/// `1 234` (a narrow one) stays one word.
fn longest_words(header: &[String], rows: &[(Vec<String>, Option<Status>)]) -> Vec<usize> {
    longest_pieces(header, rows, &[' ', '\n'])
}

/// For each column, the length in characters of its longest line.
fn longest_lines(header: &[String], rows: &[(Vec<String>, Option<Status>)]) -> Vec<usize> {
    longest_pieces(header, rows, &['\n'])
}

/// For each column, the length in characters of its longest piece between `separators`.
fn longest_pieces(
    header: &[String],
    rows: &[(Vec<String>, Option<Status>)],
    separators: &[char],
) -> Vec<usize> {
    (0..header.len())
        .map(|c| {
            std::iter::once(header)
                .chain(rows.iter().map(|(r, _)| r.as_slice()))
                .filter_map(|r| r.get(c))
                .flat_map(|cell| cell.split(separators))
                .map(|piece| piece.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// The sections of the report, each level a heading and each project its table, in one
/// walk over the report.
struct Sections<'r, 'a> {
    report: &'r PlanReport<'a>,
    /// For the sparklines under the actuals.
    progress: &'r Progress,
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
                self.line(&sector_title(sector, lang));
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
                let table = indicator_table(
                    self.report,
                    project,
                    self.progress,
                    lang,
                    self.width,
                    self.color,
                );
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

/// The report as terminal tables `width` columns wide, coloured when `color` is set: its
/// opening ([`opening`]), then its sections, in the order of the HTML page; `progress`
/// gives the sparklines of wide tables.
pub fn render(
    report: &PlanReport,
    progress: &Progress,
    lang: Lang,
    width: u16,
    color: bool,
) -> String {
    let mut sections = Sections {
        report,
        progress,
        lang,
        width,
        color,
        out: opening(report, lang, width, color),
    };
    report.walk(&mut sections);
    sections.out
}

/// What the report opens with: title, subtitle and coverage, the headline, the
/// summaries by sector and by service, and the watch list.
fn opening(report: &PlanReport, lang: Lang, width: u16, color: bool) -> String {
    let (title, subtitle) = heading(report, lang);
    let mut out = wrapped(&title, width) + &wrapped(&subtitle, width);
    out.push_str(&wrapped(&coverage(report, lang), width));
    out.push('\n');
    out.push_str(&wrapped(&compare::headline(report, lang), width));
    for (title, header, rows) in compare::summary_tables(report, lang) {
        let rows = rows.into_iter().map(|row| (row, None)).collect();
        let t = fitted(header, rows, 0, width, color);
        out.push_str(&format!("\n{title}\n{t}\n"));
    }
    out.push_str(&watch_table(report, lang, width, color));
    if let Some((title, lines)) = compare::only_in(report, lang) {
        out.push_str(&format!("\n{title}\n"));
        for line in lines {
            out.push_str(&wrapped(&format!("- {line}"), width));
        }
    }
    out
}

/// The watch list: a table of the indicators not met, with their gap, and the line of
/// those without data; below [`COMPACT_BELOW`] the target goes under the label.
fn watch_table(report: &PlanReport, lang: Lang, width: u16, color: bool) -> String {
    let watch = watch_cells(report, lang);
    let mut out = format!("\n{}", wrapped(&watch.title, width));
    if watch.lines.is_empty() {
        out.push_str(&wrapped(&say!(lang, "watch-none"), width));
    } else {
        let compact = width < COMPACT_BELOW;
        // Compact: the target under the label, as in the indicator tables.
        let shown = |cells: [String; 6], header: bool| -> Vec<String> {
            let [id, label, actual, target, gap, status] = cells;
            match (compact, header) {
                (false, _) => vec![id, label, actual, target, gap, status],
                (true, true) => vec![id, label, actual, gap, status],
                (true, false) => {
                    let target = say!(lang, "report-target-below", target = target);
                    vec![id, format!("{label}\n{target}"), actual, gap, status]
                }
            }
        };
        let rows = watch
            .lines
            .iter()
            .map(|line| (shown(watch_row(line), false), Some(line.cells.status)))
            .collect();
        let header = shown(watch_header(lang), true);
        let status_column = header.len() - 1;
        let t = fitted(header, rows, status_column, width, color);
        out.push_str(&format!("{t}\n"));
    }
    if let Some(line) = watch.no_data {
        out.push_str(&wrapped(&line, width));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_break_after_a_slash_or_a_hyphen() {
        assert_eq!(
            break_long_words("de recommandation/observations", 20),
            "de recommandation/\nobservations"
        );
        assert_eq!(
            break_long_words("MEDLOC-SCAV-HOTEL SOCIAL", 12),
            "MEDLOC-SCAV-\nHOTEL SOCIAL"
        );
        assert_eq!(
            break_long_words("MEDLOC-SCAV-HOTEL", 8),
            "MEDLOC-\nSCAV-\nHOTEL"
        );
        // No place to break: the word stays whole; short words are left alone.
        assert_eq!(break_long_words("victimisation", 5), "victimisation");
        assert_eq!(break_long_words("a/b c-d", 3), "a/b c-d");
    }
}
