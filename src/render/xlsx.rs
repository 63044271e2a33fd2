//! The export as an Excel workbook, for people: the tidy rows on a first sheet (bold
//! frozen header, filter, number and percent formats, fitted widths), the summaries by
//! sector and by service on a second, every label in one language. A cell's number format
//! follows the kind of its [`Field`], never its column's name.
//!
//! Part of `render`: imports `compute` and the leaves.

use rust_xlsxwriter::{ColNum, Format, RowNum, Workbook, Worksheet};

use super::cells::{heading, summary_counts, summary_header, summary_numbers, summary_titles};
use super::export::{self, ExportRow, Field};
use crate::compute::report::PlanReport;
use crate::i18n::say;
use crate::model::Lang;

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
    count: Format,
    bold_count: Format,
    whole: Format,
    decimal: Format,
    percent: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            plain: Format::new(),
            bold: Format::new().set_bold(),
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

/// The workbook: `rows` (built with the status labels of `lang`) on the first sheet, the
/// summaries of `reports` on the second.
pub fn workbook(rows: &[ExportRow], reports: &[PlanReport], lang: Lang) -> anyhow::Result<Vec<u8>> {
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    data_sheet(workbook.add_worksheet(), rows, lang, &formats)?;
    summary_sheet(workbook.add_worksheet(), reports, lang, &formats)?;
    Ok(workbook.save_to_buffer()?)
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
    formats: &Formats,
) -> anyhow::Result<()> {
    sheet.set_name(say!(lang, "workbook-indicators-sheet"))?;
    let header = export::header(Some(lang));
    sheet.write_row_with_format(0, 0, header.iter().map(String::as_str), &formats.bold)?;
    let mut longest = header
        .each_ref()
        .map(|name| name.chars().count() + FILTER_BUTTON);
    for (r, row) in (1..).zip(rows) {
        for ((c, (_, field)), longest) in (0..).zip(row.cells()).zip(&mut longest) {
            write_cell(sheet, r, c, field, formats)?;
            *longest = (*longest).max(shown_len(field));
        }
    }
    for (c, longest) in (0..).zip(longest) {
        sheet.set_column_width(c, width(longest))?;
    }
    let last_row = RowNum::try_from(rows.len())?;
    let last_column = ColNum::try_from(header.len().saturating_sub(1))?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last_row, last_column)?;
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
    for report in reports {
        let (title, subtitle) = heading(report, lang);
        sheet.write_string_with_format(r, 0, title, &formats.bold)?;
        sheet.write_string(r + 1, 0, subtitle)?;
        r += 3;
        let [sectors, services] = summary_counts(report, lang);
        for ((title, first), lines) in summary_titles(lang).into_iter().zip([sectors, services]) {
            sheet.write_string_with_format(r, 0, title, &formats.bold)?;
            let header = summary_header(lang, &first);
            sheet.write_row_with_format(
                r + 1,
                0,
                header.iter().map(String::as_str),
                &formats.bold,
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
    sheet.set_column_width(0, width(names))?;
    for (c, longest) in (1..).zip(header_widths.into_iter().skip(1)) {
        sheet.set_column_width(c, width(longest))?;
    }
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
