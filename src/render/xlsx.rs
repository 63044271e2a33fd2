//! The export as an Excel workbook, for people: the summaries by sector and by service on
//! a first sheet, the tidy rows on a second, every word in one language. The rows'
//! headers are written for people (`Période`, `Réalisé`), not SPEC §5.1's names (CSV and
//! JSON keep those), the columns a reader wants first (indicator, label, target, actual,
//! attainment, status) and the plan's columns repeated on every row after them; the
//! header and the id column frozen, a filter, number and percent formats, fitted widths,
//! status cells in the HTML report's colours, and printing on landscape A4, fitted to
//! the width, titles repeated on every page. A cell's number format follows the kind of
//! its [`Field`], never its column's name.
//!
//! Part of `render`: imports `compute` and the leaves.

use rust_xlsxwriter::{
    ColNum, Color, DocProperties, ExcelDateTime, Format, FormatBorder, RowNum, Workbook, Worksheet,
};

use super::cells::{
    heading, status_label, summary_counts, summary_header, summary_numbers, summary_titles,
};
use super::export::{self, ExportRow, Field};
use crate::compute::attainment::Status;
use crate::compute::report::PlanReport;
use crate::i18n::say;
use crate::model::Lang;

/// How a column of the rows sheet is headed for people, in a language.
type Heading = fn(Lang) -> String;

/// The columns of the rows sheet, in order: each SPEC §5.1 column once, by its name,
/// with its heading for people.
#[rustfmt::skip]
const COLUMNS: [(&str, Heading); 30] = [
    ("indicator_id", |l| say!(l, "workbook-column-indicator-id")),
    ("indicator", |l| say!(l, "workbook-column-indicator")),
    ("target", |l| say!(l, "workbook-column-target")),
    ("actual", |l| say!(l, "workbook-column-actual")),
    ("attainment_pct", |l| say!(l, "workbook-column-attainment")),
    ("status", |l| say!(l, "workbook-column-status")),
    ("period", |l| say!(l, "workbook-column-period")),
    ("comment", |l| say!(l, "workbook-column-comment")),
    ("action", |l| say!(l, "workbook-column-action")),
    ("target_op", |l| say!(l, "workbook-column-target-op")),
    ("target_value", |l| say!(l, "workbook-column-target-value")),
    ("target_unit", |l| say!(l, "workbook-column-target-unit")),
    ("target_per", |l| say!(l, "workbook-column-target-per")),
    ("baseline", |l| say!(l, "workbook-column-baseline")),
    ("buckets_met", |l| say!(l, "workbook-column-buckets-met")),
    ("buckets", |l| say!(l, "workbook-column-buckets")),
    ("measurements", |l| say!(l, "workbook-column-measurements")),
    ("notes", |l| say!(l, "workbook-column-notes")),
    ("service", |l| say!(l, "workbook-column-service")),
    ("operational_objective_id", |l| say!(l, "workbook-column-operational-objective-id")),
    ("operational_objective", |l| say!(l, "workbook-column-operational-objective")),
    ("strategic_objective_id", |l| say!(l, "workbook-column-strategic-objective-id")),
    ("strategic_objective", |l| say!(l, "workbook-column-strategic-objective")),
    ("general_objective_id", |l| say!(l, "workbook-column-general-objective-id")),
    ("general_objective", |l| say!(l, "workbook-column-general-objective")),
    ("sector_id", |l| say!(l, "workbook-column-sector-id")),
    ("sector", |l| say!(l, "workbook-column-sector")),
    ("plan_id", |l| say!(l, "workbook-column-plan-id")),
    ("commune", |l| say!(l, "workbook-column-commune")),
    ("year", |l| say!(l, "workbook-column-year")),
];

/// With `--compare`, after the status: the indicator in the other year.
#[rustfmt::skip]
const PREVIOUS_COLUMNS: [(&str, Heading); 3] = [
    ("previous_actual", |l| say!(l, "compare-workbook-column-actual")),
    ("previous_attainment_pct", |l| say!(l, "compare-workbook-column-attainment")),
    ("previous_status", |l| say!(l, "compare-workbook-column-status")),
];

/// The columns of the rows sheet: [`COLUMNS`], with `compared` (`--compare`) the
/// `previous_*` ones after the status.
fn columns(compared: bool) -> Vec<(&'static str, Heading)> {
    let mut columns = COLUMNS.to_vec();
    if compared {
        let status = columns.iter().position(|(name, _)| *name == "status");
        let after = status.map_or(columns.len(), |i| i + 1);
        columns.splice(after..after, PREVIOUS_COLUMNS);
    }
    columns
}

/// The colours of the statuses, as the HTML report draws them (Okabe–Ito): met green,
/// partial orange, not met vermilion; no data is grey text on white. Dark text on them.
fn status_colours(status: Status) -> Option<u32> {
    match status {
        Status::Met => Some(0x009E73),
        Status::Partial => Some(0xE69F00),
        Status::NotMet => Some(0xD55E00),
        Status::NoData => None,
    }
}

/// The columns of long text, wrapped in cells at most this wide.
const WRAPPED: [&str; 5] = ["indicator", "target", "notes", "comment", "action"];
const WRAPPED_WIDTH: usize = 40;

/// The columns printed: the reader's, up to the comment and the action (with
/// `--compare`, the other year's three columns as well); the target's
/// details, counts and notes, and the plan's columns that repeat the same words on every
/// row, stay on screen only (printed, all of them would shrink the text past reading).
const PRINTED: ColNum = 9;

/// Excel's number for A4 paper.
const A4: u8 = 9;

/// Printing: landscape A4, as wide as one page, as many pages down as it takes.
fn print_setup(sheet: &mut Worksheet) {
    sheet.set_landscape();
    sheet.set_paper_size(A4);
    sheet.set_print_fit_to_pages(1, 0);
}

/// The words a workbook shows for a code of `plan`: yes/no answers and the periods a
/// target is counted per, in `lang`; other codes as they are.
fn for_people(column: &str, code: &str, lang: Lang) -> Option<String> {
    match (column, code) {
        ("target_value" | "actual" | "previous_actual", "yes") => Some(say!(lang, "report-yes")),
        ("target_value" | "actual" | "previous_actual", "no") => Some(say!(lang, "report-no")),
        ("target_per", per) => Some(say!(lang, "workbook-per", per = per)),
        _ => None,
    }
}

/// Column widths, in characters: wide enough for the longest cell, or for the header and
/// its filter button, within these bounds (longer text is cut on screen, never in the cell).
const MIN_WIDTH: usize = 8;
const MAX_WIDTH: usize = 60;
const FILTER_BUTTON: usize = 3;

fn width(longest: usize) -> f64 {
    (longest + 1).clamp(MIN_WIDTH, MAX_WIDTH) as f64
}

struct Formats {
    plain: Format,
    bold: Format,
    title: Format,
    header: Format,
    wrapped: Format,
    /// A status cell's format, by [`Status::ALL`].
    status: [Format; 4],
    count: Format,
    bold_count: Format,
    whole: Format,
    decimal: Format,
    percent: Format,
}

impl Formats {
    fn new() -> Formats {
        let grey = Color::RGB(0xB3B3B3);
        Formats {
            plain: Format::new(),
            bold: Format::new().set_bold(),
            title: Format::new()
                .set_bold()
                .set_font_size(14)
                .set_text_wrap()
                .set_align(rust_xlsxwriter::FormatAlign::Top),
            wrapped: Format::new()
                .set_text_wrap()
                .set_align(rust_xlsxwriter::FormatAlign::Top),
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xECECEC))
                .set_border_bottom(FormatBorder::Thin)
                .set_border_bottom_color(grey),
            status: Status::ALL.map(|status| match status_colours(status) {
                Some(colour) => Format::new()
                    .set_background_color(Color::RGB(colour))
                    .set_font_color(Color::RGB(0x1B1B1B))
                    .set_border(FormatBorder::Thin)
                    .set_border_color(grey),
                None => Format::new()
                    .set_italic()
                    .set_font_color(Color::RGB(0x595959))
                    .set_border(FormatBorder::Thin)
                    .set_border_color(grey),
            }),
            count: Format::new().set_num_format("0"),
            bold_count: Format::new().set_bold().set_num_format("0"),
            whole: Format::new().set_num_format("#,##0"),
            decimal: Format::new().set_num_format("#,##0.00"),
            percent: Format::new().set_num_format("0.0%"),
        }
    }

    /// The format of a quantity: whole, or with two decimals.
    fn quantity(&self, n: f64) -> &Format {
        if n.fract() == 0.0 {
            &self.whole
        } else {
            &self.decimal
        }
    }
}

/// A new workbook whose bytes depend only on what is written in it: its creation date is
/// fixed (1980-01-01, the first date a zip file can hold) rather than the time of the run.
pub(super) fn new_workbook() -> Result<Workbook, rust_xlsxwriter::XlsxError> {
    let mut workbook = Workbook::new();
    let fixed = ExcelDateTime::from_ymd(1980, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&fixed));
    Ok(workbook)
}

/// The workbook: the summaries of `reports` on the first sheet, `rows` (built with the
/// status labels of `lang`) on the second.
pub fn workbook(rows: &[ExportRow], reports: &[PlanReport], lang: Lang) -> anyhow::Result<Vec<u8>> {
    let formats = Formats::new();
    let mut workbook = new_workbook()?;
    summary_sheet(workbook.add_worksheet(), reports, lang, &formats)?;
    let compared = reports.iter().any(|report| report.previous.is_some());
    data_sheet(workbook.add_worksheet(), rows, lang, compared, &formats)?;
    Ok(workbook.save_to_buffer()?)
}

/// The status whose label in `lang` is `label`.
fn status_of(label: &str, lang: Lang) -> Option<Status> {
    Status::ALL
        .into_iter()
        .find(|status| status_label(lang, *status) == label)
}

/// The rows sheet's header for people, in `lang`.
fn header(columns: &[(&str, Heading)], lang: Lang) -> Vec<String> {
    columns.iter().map(|(_, heading)| heading(lang)).collect()
}

/// Excel holds at most 32 767 characters in a cell: longer text (a year of daily notes)
/// is cut, ending with `…`.
fn fit_excel_cell(text: &str) -> std::borrow::Cow<'_, str> {
    const EXCEL_CELL_CHARS: usize = 32_767;
    if text.chars().count() <= EXCEL_CELL_CHARS {
        return text.into();
    }
    let mut cut: String = text.chars().take(EXCEL_CELL_CHARS - 1).collect();
    cut.push('…');
    cut.into()
}

/// About how many characters a cell shows.
fn shown_len(field: Field) -> usize {
    match field {
        Field::Text(text) => text.chars().count(),
        Field::Code(code) => code.chars().count(),
        Field::Whole(n) => n.to_string().len(),
        Field::Quantity(n) if n.fract() != 0.0 => format!("{n:.2}").len(),
        Field::Quantity(n) => format!("{n}").len(),
        Field::Percent(n) => format!("{n:.1}%").len(),
        Field::Empty => 0,
    }
}

fn data_sheet(
    sheet: &mut Worksheet,
    rows: &[ExportRow],
    lang: Lang,
    compared: bool,
    formats: &Formats,
) -> anyhow::Result<()> {
    sheet.set_name(say!(lang, "workbook-indicators-sheet"))?;
    let columns = columns(compared);
    let header = header(&columns, lang);
    sheet.write_row_with_format(0, 0, header.iter().map(String::as_str), &formats.header)?;
    let mut longest: Vec<usize> = header
        .iter()
        .map(|name| name.chars().count() + FILTER_BUTTON)
        .collect();
    // Where each column of the sheet is among SPEC's columns.
    let spec = export::header(None, compared);
    let from: Vec<usize> = columns
        .iter()
        .map(|(name, _)| {
            spec.iter()
                .position(|n| n == name)
                .expect("every workbook column is a SPEC column")
        })
        .collect();
    for (r, row) in (1..).zip(rows) {
        let cells = row.cells();
        // Wrapped text takes the lines it needs: the row is made as high (spreadsheets
        // do not fit rows on opening).
        let lines = columns
            .iter()
            .zip(&from)
            .filter(|((name, _), _)| WRAPPED.contains(name))
            .map(|(_, i)| shown_len(cells[*i].1).div_ceil(WRAPPED_WIDTH))
            .max()
            .unwrap_or(1)
            .clamp(1, 15);
        if lines > 1 {
            sheet.set_row_height(r, 15.0 * lines as f64)?;
        }
        for ((c, i), longest) in (0..).zip(&from).zip(&mut longest) {
            let (name, field) = cells[*i];
            let words = match field {
                Field::Code(code) => for_people(name, code, lang),
                _ => None,
            };
            let field = words.as_deref().map_or(field, Field::Code);
            let status = match field {
                Field::Code(code) if name == "status" || name == "previous_status" => {
                    status_of(code, lang).map(|status| (code, status))
                }
                _ => None,
            };
            match status {
                Some((code, status)) => {
                    let format = &formats.status[status as usize];
                    sheet.write_string_with_format(r, c, code, format)?;
                }
                _ if WRAPPED.contains(&name)
                    && let Field::Text(text) = field =>
                {
                    sheet.write_string_with_format(r, c, fit_excel_cell(text), &formats.wrapped)?;
                }
                _ => write_cell(sheet, r, c, field, formats)?,
            }
            *longest = (*longest).max(shown_len(field));
        }
    }
    for ((c, longest), (name, _)) in (0..).zip(longest).zip(&columns) {
        let longest = if WRAPPED.contains(name) {
            longest.min(WRAPPED_WIDTH)
        } else {
            longest
        };
        sheet.set_column_width(c, width(longest))?;
    }
    let last_row = RowNum::try_from(rows.len())?;
    let last_column = ColNum::try_from(header.len().saturating_sub(1))?;
    sheet.set_freeze_panes(1, 1)?;
    sheet.autofilter(0, 0, last_row, last_column)?;
    print_setup(sheet);
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_repeat_columns(0, 0)?;
    let printed = if compared {
        PRINTED + PREVIOUS_COLUMNS.len() as ColNum
    } else {
        PRINTED
    };
    sheet.set_print_area(0, 0, last_row, printed - 1)?;
    Ok(())
}

/// A cell, its number format following its kind.
fn write_cell(
    sheet: &mut Worksheet,
    r: RowNum,
    c: ColNum,
    field: Field,
    formats: &Formats,
) -> anyhow::Result<()> {
    match field {
        Field::Text(text) => sheet.write_string(r, c, fit_excel_cell(text))?,
        Field::Code(code) => sheet.write_string(r, c, code)?,
        Field::Whole(n) => sheet.write_number_with_format(r, c, n as f64, &formats.count)?,
        Field::Quantity(n) => sheet.write_number_with_format(r, c, n, formats.quantity(n))?,
        // The model keeps attainment as a percent (75.0); Excel's percent is 0.75.
        Field::Percent(n) => sheet.write_number_with_format(r, c, n / 100.0, &formats.percent)?,
        Field::Empty => sheet,
    };
    Ok(())
}

/// For each plan, its heading, then its summary by sector and by service as in `plan
/// report`, each ending with the plan's total in bold.
fn summary_sheet(
    sheet: &mut Worksheet,
    reports: &[PlanReport],
    lang: Lang,
    formats: &Formats,
) -> anyhow::Result<()> {
    sheet.set_name(say!(lang, "workbook-summary-sheet"))?;
    let mut r: RowNum = 0;
    let mut names = 0;
    let mut header_widths: Vec<usize> = Vec::new();
    // Titles are written last, merged across the tables' width: printed whole.
    let mut titles = Vec::new();
    for report in reports {
        let (title, subtitle) = heading(report, lang);
        titles.push((r, title));
        sheet.write_string(r + 1, 0, subtitle)?;
        r += 3;
        let [sectors, services] = summary_counts(report, lang);
        for ((title, first), lines) in summary_titles(lang).into_iter().zip([sectors, services]) {
            sheet.write_string_with_format(r, 0, title, &formats.bold)?;
            let header = summary_header(lang, &first);
            sheet.write_string_with_format(r + 1, 0, &header[0], &formats.header)?;
            for (c, (status, name)) in (1..).zip(Status::ALL.iter().zip(&header[1..])) {
                sheet.write_string_with_format(
                    r + 1,
                    c,
                    name,
                    &formats.status[*status as usize],
                )?;
            }
            let total = ColNum::try_from(header.len() - 1)?;
            sheet.write_string_with_format(
                r + 1,
                total,
                &header[header.len() - 1],
                &formats.header,
            )?;
            header_widths = header.iter().map(|h| h.chars().count()).collect();
            r += 2;
            for (i, (name, counts)) in lines.iter().enumerate() {
                let total = i + 1 == lines.len();
                let (name_format, count_format) = if total {
                    (&formats.bold, &formats.bold_count)
                } else {
                    (&formats.plain, &formats.count)
                };
                sheet.write_string_with_format(r, 0, name, name_format)?;
                let numbers = summary_numbers(counts).map(|n| n as f64);
                sheet.write_row_with_format(r, 1, numbers, count_format)?;
                names = names.max(name.chars().count());
                r += 1;
            }
            r += 1;
        }
        r += 1;
    }
    let mut widths = vec![width(names)];
    widths.extend(header_widths.into_iter().skip(1).map(width));
    for (c, width) in (0..).zip(&widths) {
        sheet.set_column_width(c, *width)?;
    }
    // A title as wide as the tables, on as many lines as it takes (14 pt: about 1.4
    // characters of the columns' width each).
    let across: f64 = widths.iter().sum();
    let last = ColNum::try_from(widths.len().saturating_sub(1))?;
    for (r, title) in titles {
        let lines = (title.chars().count() as f64 * 1.4 / across)
            .ceil()
            .max(1.0);
        if last > 0 {
            sheet.merge_range(r, 0, r, last, &title, &formats.title)?;
        } else {
            sheet.write_string_with_format(r, 0, &title, &formats.title)?;
        }
        sheet.set_row_height(r, 20.0 * lines)?;
    }
    print_setup(sheet);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_to_fit_an_excel_cell() {
        let notes = "note | ".repeat(10_000);
        let rows = [ExportRow {
            notes: Some(notes),
            ..ExportRow::sample()
        }];
        let bytes = workbook(&rows, &[], Lang::En).unwrap();
        assert!(bytes.starts_with(b"PK"));
        assert_eq!(fit_excel_cell(&"é".repeat(40_000)).chars().count(), 32_767);
        assert_eq!(fit_excel_cell("short"), "short");
    }
}
