//! Word documents (docx-rs): the plan de projet in the layout of its source document
//! ([`plan_document`], SPEC §5.2) and the evaluation report ([`evaluation`]). Both open
//! with the source's title block, use Word's heading styles (so that the navigation
//! pane shows the hierarchy), carry the commune and year in the page header and the
//! page number in the footer, on A4 (the evaluation in landscape). With `--compare`,
//! the evaluation has the other year's figures and the change beside each indicator and
//! its counts beside the summaries.
//!
//! Part of `render`: imports its siblings [`super::cells`] and [`super::compare`],
//! `compute` and the leaves.

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Header, LineSpacing, PageMargin, PageNum,
    PageOrientationType, Paragraph, Run, Style, StyleType, Table, TableCell, TableRow, VMergeType,
    WidthType,
};

use super::cells::{
    comments_of, coverage, handled_by, heading, indicator_header, project_cells, sector_title,
    service_heading, watch_cells, watch_header, watch_row,
};
use super::compare;
use crate::compute::report::PlanReport;
use crate::i18n::{long_date, say};
use crate::model::{Lang, OperationalObjective, Plan, Project};

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11906, 16838);

/// Margins of 2 cm.
const MARGIN: i32 = 1134;

/// The styles of the documents: Word's own heading styles, by their built-in names.
fn styles(docx: Docx) -> Docx {
    let heading = |level: usize, size: usize| {
        let before = [480, 360, 280, 200][level - 1];
        Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .line_spacing(LineSpacing::new().before(before).after(120))
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .outline_lvl(level - 1)
    };
    docx.add_style(
        Style::new("Normal", StyleType::Paragraph)
            .name("Normal")
            .line_spacing(LineSpacing::new().after(60)),
    )
    .add_style(
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .line_spacing(LineSpacing::new().after(240))
            .bold()
            .size(32)
            .align(AlignmentType::Center),
    )
    .add_style(heading(1, 30))
    .add_style(heading(2, 26))
    .add_style(heading(3, 24))
    .add_style(heading(4, 22))
    .default_size(20)
}

/// A page set-up: A4, portrait or landscape, with the commune and year in the header
/// and the page number in the footer.
fn page(docx: Docx, header: &str, landscape: bool) -> Docx {
    let (w, h) = if landscape { (A4.1, A4.0) } else { A4 };
    let mut docx = docx
        .page_size(w, h)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(567)
                .footer(567),
        )
        .header(
            Header::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Right)
                    .add_run(Run::new().add_text(header).size(18)),
            ),
        )
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_page_num(PageNum::new()),
            ),
        );
    if landscape {
        docx = docx.page_orient(PageOrientationType::Landscape);
    }
    docx
}

fn text(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text))
}

fn bold(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text).bold())
}

fn centered(line: &str) -> Paragraph {
    Paragraph::new()
        .style("Title")
        .align(AlignmentType::Center)
        .add_run(Run::new().add_text(line))
}

/// A heading of `level` (1 to 4): its label, then on a line of its own its title.
fn heading_of(level: usize, label: &str, title: Option<&str>) -> Paragraph {
    let mut run = Run::new().add_text(label);
    if let Some(title) = title {
        run = run.add_break(BreakType::TextWrapping).add_text(title);
    }
    Paragraph::new()
        .style(&format!("Heading{level}"))
        .add_run(run)
}

/// The title block of the source document, for `year`.
fn title_block(docx: Docx, plan: &Plan, year: &str, lang: Lang) -> Docx {
    let mut docx = docx
        .add_paragraph(centered(&say!(lang, "doc-contract")))
        .add_paragraph(centered(&say!(lang, "doc-plan-of-year", year = year)))
        .add_paragraph(centered(&say!(
            lang,
            "doc-commune",
            commune = plan.commune.value.as_str()
        )));
    if let Some(allocation) = &plan.allocation {
        docx = docx.add_paragraph(centered(&say!(
            lang,
            "doc-allocation",
            allocation = capitals(allocation)
        )));
    }
    docx = docx.add_paragraph(centered(&say!(lang, "doc-contract-article")));
    if let Some(basis) = &plan.legal_basis {
        docx = docx.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Both)
                .line_spacing(LineSpacing::new().before(240).after(480))
                .add_run(Run::new().add_text(basis)),
        );
    }
    docx
}

/// A word in capitals without accents, as the source prints its title block
/// (`ALLOCATION « GENERALE »`).
fn capitals(text: &str) -> String {
    text.to_uppercase()
        .chars()
        .map(|c| match c {
            'À' | 'Â' | 'Ä' => 'A',
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'Î' | 'Ï' => 'I',
            'Ô' | 'Ö' => 'O',
            'Ù' | 'Û' | 'Ü' => 'U',
            'Ç' => 'C',
            other => other,
        })
        .collect()
}

/// A cell `width` wide holding `lines`, one paragraph each; merged into the cell above
/// (`Continue`) or starting a merge (`Restart`).
fn cell(lines: &[String], width: usize, merge: Option<VMergeType>) -> TableCell {
    let mut cell = TableCell::new().width(width, WidthType::Dxa);
    if lines.is_empty() {
        cell = cell.add_paragraph(Paragraph::new());
    }
    for line in lines {
        cell = cell.add_paragraph(text(line));
    }
    match merge {
        Some(merge) => cell.vertical_merge(merge),
        None => cell,
    }
}

/// A table row that is never cut across pages.
fn unsplit(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells).cant_split()
}

fn header_row(labels: &[String], widths: &[usize]) -> TableRow {
    unsplit(
        labels
            .iter()
            .zip(widths)
            .map(|(label, width)| {
                TableCell::new()
                    .width(*width, WidthType::Dxa)
                    .add_paragraph(bold(label))
            })
            .collect(),
    )
}

fn table(rows: Vec<TableRow>, widths: &[usize]) -> Table {
    Table::new(rows)
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
}

/// The widths of the plan's three columns, on A4 portrait within the margins.
const PLAN_COLUMNS: [usize; 3] = [3300, 3160, 3178];

/// How an objective's cell of results or indicators stands in a merge.
fn merge_of(
    objective: &OperationalObjective,
    next: Option<&OperationalObjective>,
    shares: fn(&OperationalObjective) -> Option<&str>,
) -> Option<VMergeType> {
    if shares(objective).is_some() {
        Some(VMergeType::Continue)
    } else if next.and_then(shares) == Some(objective.id.value.as_str()) {
        Some(VMergeType::Restart)
    } else {
        None
    }
}

fn shares_results(objective: &OperationalObjective) -> Option<&str> {
    let shares = objective.shares.as_ref()?;
    shares.results.as_ref().map(|id| id.value.as_str())
}

fn shares_indicators(objective: &OperationalObjective) -> Option<&str> {
    objective.shares_indicators_of()
}

/// A project's table: a numbered row per operational objective, its results and its
/// indicators with their targets; shared cells merged with the cell above, as in the
/// source.
fn project_table(project: &Project, lang: Lang) -> Table {
    let header = [
        say!(lang, "doc-column-operational-objectives"),
        say!(lang, "doc-column-results"),
        say!(lang, "doc-column-indicators"),
    ];
    let mut rows = vec![header_row(&header, &PLAN_COLUMNS)];
    let objectives = &project.operational_objectives;
    for (n, objective) in objectives.iter().enumerate() {
        let next = objectives.get(n + 1);
        let title = say!(
            lang,
            "doc-numbered",
            number = (n + 1).to_string(),
            text = objective.title.as_str()
        );
        let results: Vec<String> = objective
            .results
            .iter()
            .map(|r| say!(lang, "doc-item", text = r.as_str()))
            .collect();
        let indicators: Vec<String> = objective
            .indicators
            .iter()
            .map(|i| {
                say!(
                    lang,
                    "doc-indicator",
                    label = i.label.as_str(),
                    target = i.target.value.text.as_str()
                )
            })
            .collect();
        rows.push(unsplit(vec![
            cell(&[title], PLAN_COLUMNS[0], None),
            cell(
                &results,
                PLAN_COLUMNS[1],
                merge_of(objective, next, shares_results),
            ),
            cell(
                &indicators,
                PLAN_COLUMNS[2],
                merge_of(objective, next, shares_indicators),
            ),
        ]));
    }
    table(rows, &PLAN_COLUMNS)
}

/// The empty table of a placeholder objective, rows `1.` and `2.`, as printed in the
/// source.
fn placeholder_table(lang: Lang) -> Table {
    let header = [
        say!(lang, "doc-column-operational-objectives"),
        say!(lang, "doc-column-results"),
        say!(lang, "doc-column-indicators"),
    ];
    let mut rows = vec![header_row(&header, &PLAN_COLUMNS)];
    for n in 1..=2 {
        let number = say!(lang, "doc-numbered", number = n.to_string(), text = "");
        rows.push(unsplit(vec![
            cell(&[number.trim_end().to_string()], PLAN_COLUMNS[0], None),
            cell(&[], PLAN_COLUMNS[1], None),
            cell(&[], PLAN_COLUMNS[2], None),
        ]));
    }
    table(rows, &PLAN_COLUMNS)
}

/// The plan de projet of each of `plans` as one Word document, in the layout of its
/// source: in `lang`, else each plan's language.
pub fn plan_document(plans: &[&Plan], lang: Option<Lang>) -> anyhow::Result<Vec<u8>> {
    let Some(first) = plans.first() else {
        anyhow::bail!("no plan to write");
    };
    let running = say!(
        lang.unwrap_or(first.language.into()),
        "doc-running-header",
        commune = first.commune.value.as_str(),
        year = first.year.value.to_string()
    );
    let mut docx = page(styles(Docx::new()), &running, false);
    for plan in plans {
        docx = plan_body(docx, plan, lang.unwrap_or(plan.language.into()));
    }
    pack(docx)
}

/// The title block and the sections of one plan.
fn plan_body(mut docx: Docx, plan: &Plan, lang: Lang) -> Docx {
    let year = plan.year.value.to_string();
    docx = title_block(docx, plan, &year, lang);
    for (s, sector) in plan.sectors.iter().enumerate() {
        let sector_number = (s + 1).to_string();
        docx = docx.add_paragraph(heading_of(
            1,
            &say!(lang, "doc-sector", number = sector_number.as_str()),
            Some(&sector.title),
        ));
        for (g, general) in sector.general_objectives.iter().enumerate() {
            docx = docx.add_paragraph(heading_of(
                2,
                &say!(
                    lang,
                    "doc-general-objective",
                    number = (g + 1).to_string(),
                    sector = sector_number.as_str()
                ),
                Some(&general.title),
            ));
            if let Some(note) = &general.note {
                docx = docx.add_paragraph(text(&format!("({note})")));
            }
            for (o, strategic) in general.strategic_objectives.iter().enumerate() {
                docx = docx.add_paragraph(heading_of(
                    3,
                    &say!(
                        lang,
                        "doc-strategic-objective",
                        number = (o + 1).to_string()
                    ),
                    Some(&strategic.domain),
                ));
                if let Some(note) = &strategic.note {
                    docx = docx.add_paragraph(text(&format!("({note})")));
                }
                if strategic.projects.is_empty() {
                    docx = docx.add_table(placeholder_table(lang));
                }
                for project in &strategic.projects {
                    docx = docx
                        .add_paragraph(heading_of(4, &project.service.value, None))
                        .add_table(project_table(project, lang));
                }
            }
        }
    }
    docx
}

fn pack(docx: Docx) -> anyhow::Result<Vec<u8>> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.pack(&mut bytes)?;
    Ok(bytes.into_inner())
}

/// The widths of the evaluation's seven columns, on A4 landscape within the margins.
const EVALUATION_COLUMNS: [usize; 7] = [2700, 3100, 1500, 1300, 1300, 1900, 2770];

/// With `--compare`, the eight columns: the other year's figures and the change before
/// the comment, in the same width.
const COMPARED_COLUMNS: [usize; 8] = [2300, 2600, 1300, 1200, 1200, 1700, 2100, 2170];

/// A summary table: its header, then its rows.
fn summary_table(header: Vec<String>, rows: Vec<Vec<String>>) -> Table {
    let first = 4000;
    let rest = (EVALUATION_COLUMNS.iter().sum::<usize>() - first) / (header.len() - 1).max(1);
    let widths: Vec<usize> = std::iter::once(first)
        .chain(std::iter::repeat_n(rest, header.len() - 1))
        .collect();
    row_table(header, rows, &widths)
}

/// A table of one line per row: its header, then its rows, in columns `widths` wide.
fn row_table(header: Vec<String>, rows: Vec<Vec<String>>, widths: &[usize]) -> Table {
    let mut table_rows = vec![header_row(&header, widths)];
    for row in rows {
        table_rows.push(unsplit(
            row.iter()
                .zip(widths)
                .map(|(value, width)| cell(std::slice::from_ref(value), *width, None))
                .collect(),
        ));
    }
    table(table_rows, widths)
}

/// The evaluation report of each plan in its language, with the line of the data it was
/// made from (`sources`, the files read, and the day the reports were made).
pub fn evaluation(reports: &[(PlanReport, Lang)], sources: &[String]) -> anyhow::Result<Vec<u8>> {
    let Some((first, lang)) = reports.first() else {
        anyhow::bail!("no plan to report on");
    };
    let running = say!(
        *lang,
        "doc-running-header",
        commune = first.plan.commune.value.as_str(),
        year = first.plan.year.value.to_string()
    );
    let mut docx = page(styles(Docx::new()), &running, true);
    for (report, lang) in reports {
        docx = evaluation_of(docx, report, *lang);
    }
    let lang = *lang;
    docx = docx.add_paragraph(text(&say!(
        lang,
        "doc-made-from",
        date = long_date(lang, first.made),
        files = sources.join(", ")
    )));
    pack(docx)
}

/// One plan's evaluation: its opening ([`evaluation_opening`]), then a section per
/// sector, general and strategic objective, a table per project.
fn evaluation_of(mut docx: Docx, report: &PlanReport, lang: Lang) -> Docx {
    docx = evaluation_opening(docx, report, lang);
    let paragraphs = |docx: Docx, id: &str| {
        comments_of(report, id, lang)
            .into_iter()
            .fold(docx, |docx, line| docx.add_paragraph(text(&line)))
    };
    // The report's columns, the id within the indicator's cell, between the objective's
    // and the comment's.
    let mut header = vec![say!(lang, "doc-column-operational-objective")];
    header.extend(indicator_header(lang).into_iter().skip(1));
    header.extend(compare::year_heading(report, lang));
    header.push(say!(lang, "doc-column-comment"));
    for sector in &report.sectors {
        docx = docx.add_paragraph(heading_of(1, &sector_title(sector, lang), None));
        docx = paragraphs(docx, &sector.sector.id.value);
        for general in &sector.general_objectives {
            docx = docx.add_paragraph(heading_of(
                2,
                &format!("{} {}", general.general.id.value, general.general.title),
                None,
            ));
            docx = paragraphs(docx, &general.general.id.value);
            for strategic in &general.strategic_objectives {
                let os = strategic.strategic;
                docx = docx.add_paragraph(heading_of(
                    3,
                    &format!("{} {}", os.id.value, os.domain),
                    None,
                ));
                docx = paragraphs(docx, &os.id.value);
                if let Some(by) = &os.handled_by {
                    docx = docx.add_paragraph(text(&handled_by(by, lang)));
                }
                for project in &strategic.projects {
                    docx = docx.add_paragraph(heading_of(
                        4,
                        &service_heading(&project.project.service.value, &project.counts, lang),
                        None,
                    ));
                    docx = docx.add_table(evaluation_table(report, project, &header, lang));
                    for objective in &project.objectives {
                        let id = &objective.objective.id.value;
                        for line in comments_of(report, id, lang) {
                            docx = docx.add_paragraph(text(&format!("{id} {line}")));
                        }
                    }
                }
            }
        }
    }
    docx
}

/// What an evaluation opens with: the title block, subtitle and coverage, the headline,
/// the summaries by sector and by service, and the watch list.
fn evaluation_opening(mut docx: Docx, report: &PlanReport, lang: Lang) -> Docx {
    docx = title_block(docx, report.plan, &report.period, lang);
    let (_, subtitle) = heading(report, lang);
    for line in [subtitle, coverage(report, lang)] {
        docx = docx.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text(line).italic()),
        );
    }
    docx = docx.add_paragraph(heading_of(1, &compare::headline(report, lang), None));
    for (title, header, rows) in compare::summary_tables(report, lang) {
        docx = docx
            .add_paragraph(heading_of(2, &title, None))
            .add_table(summary_table(header, rows));
    }
    let watch = watch_cells(report, lang);
    docx = docx.add_paragraph(heading_of(1, &watch.title, None));
    if watch.lines.is_empty() {
        docx = docx.add_paragraph(text(&say!(lang, "watch-none")));
    } else {
        let header = watch_header(lang).to_vec();
        let rows = watch.lines.iter().map(|l| watch_row(l).to_vec()).collect();
        docx = docx.add_table(row_table(header, rows, &WATCH_COLUMNS));
    }
    if let Some(line) = watch.no_data {
        docx = docx.add_paragraph(text(&line));
    }
    if let Some((title, lines)) = compare::only_in(report, lang) {
        docx = docx.add_paragraph(heading_of(1, &title, None));
        for line in lines {
            docx = docx.add_paragraph(text(&line));
        }
    }
    docx
}

/// The widths of the watch list's six columns, on A4 landscape within the margins.
const WATCH_COLUMNS: [usize; 6] = [1500, 4670, 1500, 2600, 2300, 2000];

/// A project's evaluation table: a row per indicator, the objective's cell merged over
/// its indicators, the comment of the indicator in the last column.
fn evaluation_table(
    report: &PlanReport,
    project: &crate::compute::report::ProjectReport,
    header: &[String],
    lang: Lang,
) -> Table {
    let widths: &[usize] = if report.previous.is_some() {
        &COMPARED_COLUMNS
    } else {
        &EVALUATION_COLUMNS
    };
    let mut rows = vec![header_row(header, widths)];
    let mut cells = project_cells(project, lang).into_iter();
    for objective in &project.objectives {
        let own: Vec<_> = objective
            .indicators
            .iter()
            .filter(|r| r.shared_from.is_none())
            .collect();
        let title = format!(
            "{} {}",
            objective.objective.id.value, objective.objective.title
        );
        if own.is_empty() {
            let shared = objective
                .indicators
                .first()
                .and_then(|r| r.shared_from)
                .map(|from| say!(lang, "report-shared-with", objectives = from))
                .unwrap_or_default();
            let mut row = vec![cell(&[title], widths[0], None)];
            row.push(cell(&[shared], widths[1], None));
            row.extend(widths[2..].iter().map(|w| cell(&[], *w, None)));
            rows.push(unsplit(row));
            continue;
        }
        for (n, _) in own.iter().enumerate() {
            let Some(c) = cells.next() else { break };
            let merge = match (n, own.len()) {
                (_, 1) => None,
                (0, _) => Some(VMergeType::Restart),
                _ => Some(VMergeType::Continue),
            };
            let first = if n == 0 {
                vec![title.clone()]
            } else {
                Vec::new()
            };
            let comments: Vec<String> = comments_of(report, &c.id, lang);
            let previous = compare::indicator(report, &c.id, lang);
            let mut row = vec![
                cell(&first, widths[0], merge),
                cell(&[format!("{} {}", c.id, c.label)], widths[1], None),
                cell(&[c.target], widths[2], None),
                cell(&[c.actual], widths[3], None),
                cell(&[c.attainment], widths[4], None),
                cell(&[c.status_text], widths[5], None),
            ];
            if let Some(p) = previous {
                let figures = match p.status {
                    Some(_) => vec![
                        format!("{} · {}", p.actual, p.attainment),
                        p.status_text.clone(),
                        p.change(" · "),
                    ],
                    None => vec![p.change(" · ")],
                };
                row.push(cell(&figures, widths[6], None));
            }
            row.push(cell(&comments, widths[widths.len() - 1], None));
            rows.push(unsplit(row));
        }
    }
    table(rows, widths)
}
