//! The entry workbook ([`super::Book`]) written as OpenDocument (`.ods`) with
//! spreadsheet-ods.
//!
//! spreadsheet-ods 1.0 writes neither a table's protection (`table:protected`) nor a
//! condition with two bounds, so [`ods`] finishes its `content.xml` after it: the sheets
//! are marked protected (without a password, as in the `.xlsx`), the date validation
//! gets its upper bound, and a validation that allows any value (kept for its input
//! message) loses its empty condition.
//!
//! Part of `render`: imports the leaves.

use std::io::{Cursor, Read, Write};

use chrono::NaiveDate;
use spreadsheet_ods::color::Rgb;
use spreadsheet_ods::condition::Condition;
use spreadsheet_ods::format::{FormatNumberStyle, ValueFormatDateTime};
use spreadsheet_ods::style::units::{
    Border, CellAlignVertical, CellProtect, FontSize, PrintOrientation, WrapOption,
};
use spreadsheet_ods::style::{MasterPage, PageStyle, TableStyle};
use spreadsheet_ods::text::TextP;
use spreadsheet_ods::validation::{MessageType, Validation, ValidationError, ValidationHelp};
use spreadsheet_ods::{CellRange, CellStyle, CellStyleRef, Length, OdsError, WorkBook};

use super::{Book, Rule, Style, Value};

/// The styles of [`Style`], in the order of `STYLES`.
const STYLES: [Style; 10] = [
    Style::Plain,
    Style::Title,
    Style::Bold,
    Style::Head,
    Style::Locked,
    Style::Open,
    Style::OpenDate,
    Style::OpenLine,
    Style::Wrap,
    Style::OpenWrap,
];

/// The entry workbook as `.ods`.
pub fn ods(book: &Book) -> Result<Vec<u8>, OdsError> {
    let mut out = WorkBook::new_empty();
    let mut dmy = ValueFormatDateTime::new_named("date-dmy");
    dmy.part_day().style(FormatNumberStyle::Long).build();
    dmy.part_text("/").build();
    dmy.part_month().style(FormatNumberStyle::Long).build();
    dmy.part_text("/").build();
    dmy.part_year().style(FormatNumberStyle::Long).build();
    let dmy = out.add_datetime_format(dmy);
    let styles: Vec<CellStyleRef> = STYLES
        .iter()
        .map(|style| {
            let mut s = CellStyle::new_empty();
            if *style == Style::OpenDate {
                s.set_value_format(&dmy);
            }
            s.set_cell_protect(if style.open() {
                CellProtect::None
            } else {
                CellProtect::Protected
            });
            let thin = || Length::Pt(0.75);
            match style {
                Style::Plain | Style::Open | Style::OpenDate => {}
                Style::Title => {
                    s.set_font_bold();
                    s.set_font_size(FontSize::Length(Length::Pt(14.0)));
                }
                Style::Bold => s.set_font_bold(),
                Style::Head => {
                    s.set_font_bold();
                    s.set_background_color(Rgb::new(0xD9, 0xE1, 0xF2));
                    s.set_border_bottom(thin(), Border::Solid, Rgb::new(0, 0, 0));
                }
                Style::Locked => s.set_background_color(Rgb::new(0xEE, 0xEE, 0xEE)),
                Style::OpenLine => s.set_border_bottom(thin(), Border::Solid, Rgb::new(0, 0, 0)),
                Style::Wrap | Style::OpenWrap => {
                    s.set_wrap_option(WrapOption::Wrap);
                    s.set_vertical_align(CellAlignVertical::Top);
                }
            }
            out.add_cellstyle(s)
        })
        .collect();
    let style = |s: Style| &styles[STYLES.iter().position(|x| *x == s).unwrap_or(0)];

    // Landscape A4, one page wide.
    let mut page = PageStyle::new("entry");
    page.set_page_width(Length::Cm(29.7));
    page.set_page_height(Length::Cm(21.0));
    page.set_print_orientation(PrintOrientation::Landscape);
    page.style_mut().set_attr("style:scale-to-X", "1");
    page.style_mut().set_attr("style:scale-to-Y", "0");
    let page = out.add_pagestyle(page);
    let mut master = MasterPage::new("entry");
    master.set_pagestyle(&page);
    let master = out.add_masterpage(master);
    let mut table = TableStyle::new("entry");
    table.set_master_page(&master);
    let table = out.add_tablestyle(table);

    let mut dates = Vec::new();
    let mut made = std::collections::HashMap::new();
    for sheet in &book.sheets {
        let mut s = spreadsheet_ods::Sheet::new(&sheet.name);
        s.set_style(&table);
        for (c, w) in sheet.widths.iter().enumerate() {
            // A character of the default font is about 0.2 cm wide.
            s.set_col_width(c as u32, Length::Cm(w * 0.2));
        }
        for (row, height) in &sheet.heights {
            s.set_row_height(*row, Length::Pt(*height));
        }
        for cell in &sheet.cells {
            let (r, c, st) = (cell.row, u32::from(cell.col), style(cell.style));
            match &cell.value {
                Value::Text(text) => s.set_styled_value(r, c, text.as_str(), st),
                Value::Number(n) => s.set_styled_value(r, c, *n, st),
                Value::Date(day) => s.set_styled_value(r, c, day.and_time(Default::default()), st),
                Value::Blank => s.set_cellstyle(r, c, st),
            }
        }
        for check in &sheet.checks {
            // One validation for all the cells that share it.
            let key = format!("{:?}\u{0}{}\u{0}{}", check.rule, check.title, check.message);
            if let Some(v) = made.get(&key) {
                for r in check.rows.0..=check.rows.1 {
                    s.set_validation(r, u32::from(check.col), v);
                }
                continue;
            }
            let condition = match &check.rule {
                Rule::Any => None,
                Rule::Dates(first, last) => {
                    dates.push((serial(*first), serial(*last)));
                    Some(Condition::content_is_date_and(Condition::content_ge(
                        serial(*first),
                    )))
                }
                Rule::NonNegative => Some(Condition::content_is_decimal_number_and(
                    Condition::content_ge(0),
                )),
                Rule::List(items) => Some(Condition::content_is_in_list(items)),
                Rule::Cells { sheet, first, last } => Some(Condition::content_is_in_cellrange(
                    CellRange::remote(sheet.as_str(), *first, 0, *last, 0).absolute(),
                )),
            };
            let mut v = Validation::new();
            if let Some(condition) = condition {
                v.set_condition(condition);
            }
            v.set_allow_empty(true);
            let mut help = ValidationHelp::new();
            help.set_display(true);
            help.set_title(Some(check.title.clone()));
            help.set_text(Some(TextP::new().text(&check.message).into_xmltag()));
            v.set_help(Some(help));
            let mut err = ValidationError::new();
            err.set_display(check.rule != Rule::Any);
            err.set_msg_type(MessageType::Error);
            err.set_title(Some(check.title.clone()));
            err.set_text(Some(TextP::new().text(&book.invalid).into_xmltag()));
            v.set_err(Some(err));
            let v = out.add_validation(v);
            made.insert(key, v.clone());
            for r in check.rows.0..=check.rows.1 {
                s.set_validation(r, u32::from(check.col), &v);
            }
        }
        if let Some((row, col)) = sheet.frozen {
            s.split_row_header(row - 1);
            s.split_col_header(u32::from(col) - 1);
        }
        if let Some(row) = sheet.repeat {
            s.set_header_rows(row, row);
        }
        out.push_sheet(s);
    }
    let bytes = spreadsheet_ods::write_ods_buf(&mut out, Vec::new())?;
    finish(&bytes, &dates).map_err(|e| OdsError::Ods(e.to_string()))
}

/// The days since 1899-12-30, as OpenDocument conditions count dates.
fn serial(day: NaiveDate) -> i64 {
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default();
    (day - epoch).num_days()
}

/// The package with its `content.xml` finished: every sheet protected, and each date
/// condition `>= first` made `between(first, last)`.
fn finish(bytes: &[u8], dates: &[(i64, i64)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut input = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut output = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..input.len() {
        let mut file = input.by_index(i)?;
        let options =
            zip::write::SimpleFileOptions::default().compression_method(file.compression());
        let name = file.name()?.to_string();
        let mut data = Vec::new();
        file.read_to_end(&mut data)?;
        if name == "content.xml" {
            let mut text = String::from_utf8_lossy(&data).into_owned();
            text = text.replace(
                "<table:table table:name=",
                "<table:table table:protected=\"true\" table:name=",
            );
            // A validation that allows any value has no condition.
            text = text.replace(" table:condition=\"of:\"", "");
            for (first, last) in dates {
                text = text.replace(
                    &format!("cell-content-is-date() and cell-content()&gt;={first}\""),
                    &format!(
                        "cell-content-is-date() and cell-content-is-between({first}, {last})\""
                    ),
                );
            }
            data = text.into_bytes();
        }
        output.start_file(name, options)?;
        output.write_all(&data)?;
    }
    Ok(output.finish()?.into_inner())
}
