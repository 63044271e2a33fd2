//! The export as an Excel workbook, for people: the tidy rows on a first sheet (bold
//! frozen header, filter, number and percent formats, fitted widths), the summaries by
//! sector and by service on a second, every label in one language.

use rust_xlsxwriter::{ColNum, Format, RowNum, Workbook, Worksheet};

use super::cells::{heading, summary_counts, summary_header, summary_numbers};
use super::export::{self, COLUMNS, Value};
use crate::compute::report::PlanReport;
use crate::i18n::label;
use crate::model::Lang;

/// How the numbers of a column are shown.
#[derive(Clone, Copy)]
enum Kind {
    /// Text and codes.
    Text,
    /// Whole numbers without separators: the year and counts.
    Count,
    /// Targets, baselines and actual values: whole, or with two decimals.
    Quantity,
    /// `attainment_pct`, written as a fraction (75 % is 0.75) in a percent format.
    Percent,
}

fn kind(column: &str) -> Kind {
    match column {
        "year" | "buckets_met" | "buckets" | "measurements" => Kind::Count,
        "target_value" | "baseline" | "actual" => Kind::Quantity,
        "attainment_pct" => Kind::Percent,
        _ => Kind::Text,
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

    /// The format of a number in a column of `kind`.
    fn number(&self, kind: Kind, n: f64) -> Option<&Format> {
        match kind {
            Kind::Text => None,
            Kind::Count => Some(&self.count),
            Kind::Quantity if n.fract() == 0.0 => Some(&self.whole),
            Kind::Quantity => Some(&self.decimal),
            Kind::Percent => Some(&self.percent),
        }
    }
}

/// The workbook: `rows` (built with the status labels of `lang`) on the first sheet, the
/// summaries of `reports` on the second.
pub fn workbook(
    rows: &[Vec<Value>],
    reports: &[PlanReport],
    lang: Lang,
) -> anyhow::Result<Vec<u8>> {
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
fn shown_len(value: &Value, kind: Kind) -> usize {
    match (value, kind) {
        (Value::Text(text), _) => text.chars().count(),
        (Value::Code(code), _) => code.chars().count(),
        (Value::Number(n), Kind::Percent) => format!("{:.1}%", n).len(),
        (Value::Number(n), Kind::Quantity) if n.fract() != 0.0 => format!("{n:.2}").len(),
        (Value::Number(n), _) => format!("{n}").len(),
        (Value::Empty, _) => 0,
    }
}

fn data_sheet(
    sheet: &mut Worksheet,
    rows: &[Vec<Value>],
    lang: Lang,
    formats: &Formats,
) -> anyhow::Result<()> {
    sheet.set_name(label(lang, "indicators_sheet"))?;
    let header = export::header(Some(lang));
    sheet.write_row_with_format(0, 0, header.iter().copied(), &formats.bold)?;
    let kinds: Vec<Kind> = COLUMNS.iter().map(|c| kind(c)).collect();
    for (r, row) in (1..).zip(rows) {
        for ((c, value), kind) in (0..).zip(row).zip(&kinds) {
            write_cell(sheet, r, c, value, *kind, formats)?;
        }
    }
    for ((c, name), kind) in (0..).zip(&header).zip(&kinds) {
        let longest = rows
            .iter()
            .filter_map(|row| row.get(usize::from(c)))
            .map(|value| shown_len(value, *kind))
            .chain([name.chars().count() + FILTER_BUTTON])
            .max()
            .unwrap_or(0);
        sheet.set_column_width(c, width(longest))?;
    }
    let last_row = RowNum::try_from(rows.len())?;
    let last_column = ColNum::try_from(header.len().saturating_sub(1))?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last_row, last_column)?;
    Ok(())
}

fn write_cell(
    sheet: &mut Worksheet,
    r: RowNum,
    c: ColNum,
    value: &Value,
    kind: Kind,
    formats: &Formats,
) -> anyhow::Result<()> {
    match value {
        Value::Text(text) => sheet.write_string(r, c, fit_excel_cell(text))?,
        Value::Code(code) => sheet.write_string(r, c, *code)?,
        Value::Number(n) => {
            // The model keeps attainment as a percent (75.0); Excel's percent is 0.75.
            let cell = if let Kind::Percent = kind {
                n / 100.0
            } else {
                *n
            };
            match formats.number(kind, *n) {
                Some(format) => sheet.write_number_with_format(r, c, cell, format)?,
                None => sheet.write_number(r, c, cell)?,
            }
        }
        Value::Empty => sheet,
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
    sheet.set_name(label(lang, "summary_sheet"))?;
    let mut r: RowNum = 0;
    let mut names = 0;
    let mut header_widths: Vec<usize> = Vec::new();
    for report in reports {
        let (title, subtitle) = heading(report, lang);
        sheet.write_string_with_format(r, 0, title, &formats.bold)?;
        sheet.write_string(r + 1, 0, subtitle)?;
        r += 3;
        let [sectors, services] = summary_counts(report, lang);
        for (key, first, lines) in [
            ("summary_sector", "sector_col", sectors),
            ("summary_service", "service", services),
        ] {
            sheet.write_string_with_format(r, 0, label(lang, key), &formats.bold)?;
            let header = summary_header(lang, first);
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
        let rows = vec![vec![Value::Text(notes)]];
        let bytes = workbook(&rows, &[], Lang::En).unwrap();
        assert!(bytes.starts_with(b"PK"));
        assert_eq!(fit_excel_cell(&"é".repeat(40_000)).chars().count(), 32_767);
        assert_eq!(fit_excel_cell("short"), "short");
    }
}
