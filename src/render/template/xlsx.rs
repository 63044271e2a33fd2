//! The entry workbook ([`super::Book`]) written as `.xlsx` with rust_xlsxwriter.
//!
//! Part of `render`: imports the leaves.

use chrono::Datelike;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, ExcelDateTime, Format, FormatAlign, FormatBorder,
    Formula, ProtectionOptions, XlsxError,
};

use super::{Book, Rule, Style, Value};

/// The entry workbook as `.xlsx`.
pub fn xlsx(book: &Book) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = crate::render::xlsx::new_workbook()?;
    for sheet in &book.sheets {
        let out = workbook.add_worksheet();
        out.set_name(&sheet.name)?;
        for (c, w) in sheet.widths.iter().enumerate() {
            out.set_column_width(c as u16, *w)?;
        }
        for (row, height) in &sheet.heights {
            out.set_row_height(*row, *height)?;
        }
        for cell in &sheet.cells {
            let (r, c, format) = (cell.row, cell.col, &format(cell.style));
            match &cell.value {
                Value::Text(text) => out.write_string_with_format(r, c, text, format)?,
                Value::Number(n) => out.write_number_with_format(r, c, *n, format)?,
                Value::Date(day) => out.write_datetime_with_format(r, c, date(*day)?, format)?,
                Value::Blank => out.write_blank(r, c, format)?,
            };
        }
        for check in &sheet.checks {
            let v = match &check.rule {
                Rule::Any => DataValidation::new().allow_any_value(),
                Rule::Dates(first, last) => DataValidation::new()
                    .allow_date(DataValidationRule::Between(date(*first)?, date(*last)?)),
                Rule::NonNegative => DataValidation::new()
                    .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0)),
                Rule::List(items) => DataValidation::new().allow_list_strings(items)?,
                Rule::Cells { sheet, first, last } => {
                    DataValidation::new().allow_list_formula(Formula::new(format!(
                        "='{}'!$A${}:$A${}",
                        sheet.replace('\'', "''"),
                        first + 1,
                        last + 1
                    )))
                }
            }
            .set_input_title(&check.title)?
            .set_input_message(&check.message)?
            .set_error_message(&book.invalid)?;
            let (first, last) = check.rows;
            out.add_data_validation(first, check.col, last, check.col, &v)?;
        }
        if let Some((row, col)) = sheet.frozen {
            out.set_freeze_panes(row, col)?;
        }
        out.protect_with_options(&protection());
        out.set_landscape();
        out.set_paper_size(9);
        out.set_print_fit_to_pages(1, 0);
        if let Some(row) = sheet.repeat {
            out.set_repeat_rows(row, row)?;
        }
    }
    workbook.save_to_buffer()
}

fn date(day: chrono::NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(day.year() as u16, day.month() as u8, day.day() as u8)
}

fn format(style: Style) -> Format {
    let format = Format::new();
    let format = if style.open() {
        format.set_unlocked()
    } else {
        format
    };
    match style {
        Style::Plain | Style::Open => format,
        Style::Title => format.set_bold().set_font_size(14),
        Style::Bold => format.set_bold(),
        Style::Head => format
            .set_bold()
            .set_background_color(Color::RGB(0xD9_E1F2))
            .set_border_bottom(FormatBorder::Thin),
        Style::Locked => format.set_background_color(Color::RGB(0xEE_EEEE)),
        Style::OpenDate => format.set_num_format("dd/mm/yyyy"),
        Style::OpenLine => format.set_border_bottom(FormatBorder::Thin),
        Style::Wrap | Style::OpenWrap => format.set_text_wrap().set_align(FormatAlign::Top),
    }
}

/// Protection without a password: locked cells stay as they are, and people may still
/// add rows, format, sort and filter.
fn protection() -> ProtectionOptions {
    ProtectionOptions {
        insert_rows: true,
        format_cells: true,
        format_columns: true,
        format_rows: true,
        sort: true,
        use_autofilter: true,
        ..ProtectionOptions::default()
    }
}
