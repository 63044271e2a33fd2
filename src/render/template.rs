//! The entry workbook that `plan template` writes (SPEC §5.2, §2.5): a sheet of
//! instructions, then one sheet per service with its indicators, in the plan's language.
//!
//! A service's sheet: row 1 names the plan, the year and the service (`Plan` and the
//! plan's id in A1:B1, read back by `input/workbook.rs`); row 3 is the header
//! (indicator, label, target, date, period, value, note); then a row per period at which
//! each target is counted — a month per row for yearly counts and for targets per month,
//! a quarter or an ISO week per row for targets per quarter or week, a day per row for
//! daily targets, one row for a yes/no milestone — and [`EXTRA_ROWS`] empty rows to add
//! measurements. The indicator, label and target are locked (the sheet is protected
//! without a password); the entry cells are unlocked, with data validation (ids of the
//! plan from the list on the instructions sheet, dates of the year, numbers ≥ 0, yes/no
//! in the plan's language) and an input message. The header row is frozen and printed
//! on every page (landscape A4, one page wide).
//!
//! Part of `render`: imports the leaves.

use chrono::{Datelike, NaiveDate, Weekday};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, Format, FormatBorder, Formula, ProtectionOptions,
    Workbook, Worksheet, XlsxError,
};

use crate::i18n::say;
use crate::model::{Indicator, Lang, Plan};
use crate::target::{Period, Target};

/// Empty rows left at the bottom of each service's sheet, to add measurements.
pub const EXTRA_ROWS: u32 = 30;

/// The row of the header (0-based), and so the first row of entries after it.
pub const HEADER_ROW: u32 = 2;

/// The columns of a service's sheet, 0-based.
pub mod column {
    pub const INDICATOR: u16 = 0;
    pub const LABEL: u16 = 1;
    pub const TARGET: u16 = 2;
    pub const DATE: u16 = 3;
    pub const PERIOD: u16 = 4;
    pub const VALUE: u16 = 5;
    pub const NOTE: u16 = 6;
}

/// A row of a service's sheet, before it is written.
#[derive(Clone, Debug)]
pub struct EntryRow<'p> {
    pub indicator: &'p Indicator,
    /// The day, for a daily target.
    pub date: Option<NaiveDate>,
    /// The period (`2023-03`, `2023-Q1`, `2023-W05`), for counts over periods.
    pub period: Option<String>,
    /// Whether the value is yes/no.
    pub boolean: bool,
}

/// The services of a plan, in plan order, each with its indicators.
pub fn services(plan: &Plan) -> Vec<(String, Vec<&Indicator>)> {
    let mut out: Vec<(String, Vec<&Indicator>)> = Vec::new();
    for project in plan.projects() {
        let indicators = project
            .operational_objectives
            .iter()
            .flat_map(|o| &o.indicators);
        let name = &project.service.value;
        match out.iter_mut().find(|(s, _)| s == name) {
            Some((_, list)) => list.extend(indicators),
            None => out.push((name.clone(), indicators.collect())),
        }
    }
    out
}

/// The rows of an indicator for `year`: a row per period at which its target counts.
pub fn rows_of(indicator: &Indicator, year: i32) -> Vec<EntryRow<'_>> {
    let row = |date, period| EntryRow {
        indicator,
        date,
        period,
        boolean: false,
    };
    match indicator.target.value.parsed.as_ref().ok() {
        Some(Target::Boolean { .. }) => vec![EntryRow {
            boolean: true,
            ..row(None, None)
        }],
        Some(Target::Compare {
            per: Some(Period::Day),
            ..
        }) => {
            let mut days = Vec::new();
            let mut day = NaiveDate::from_ymd_opt(year, 1, 1);
            while let Some(d) = day.filter(|d| d.year() == year) {
                days.push(row(Some(d), None));
                day = d.succ_opt();
            }
            days
        }
        Some(Target::Compare {
            per: Some(Period::Week),
            ..
        }) => (1..=53)
            .filter(|w| NaiveDate::from_isoywd_opt(year, *w, Weekday::Sun).is_some())
            .map(|w| row(None, Some(format!("{year}-W{w:02}"))))
            .collect(),
        Some(Target::Compare {
            per: Some(Period::Quarter),
            ..
        }) => (1..=4)
            .map(|q| row(None, Some(format!("{year}-Q{q}"))))
            .collect(),
        _ => (1..=12)
            .map(|m| row(None, Some(format!("{year}-{m:02}"))))
            .collect(),
    }
}

/// A sheet name for a service: without the characters that sheet names refuse, at most
/// 31 characters, and unlike the names in `taken`.
pub fn sheet_name(service: &str, taken: &[String]) -> String {
    let clean: String = service
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '-',
            c => c,
        })
        .collect();
    let clean = clean.trim().trim_matches('\'').to_string();
    let base: String = clean.chars().take(31).collect();
    let base = if base.is_empty() { "-".into() } else { base };
    let mut name = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        let suffix = format!(" ({n})");
        name = base.chars().take(31 - suffix.len()).collect::<String>() + &suffix;
        n += 1;
    }
    name
}

/// The header of a service's sheet, in `lang`.
pub fn header(lang: Lang) -> [String; 7] {
    [
        say!(lang, "template-column-indicator"),
        say!(lang, "template-column-label"),
        say!(lang, "template-column-target"),
        say!(lang, "template-column-date"),
        say!(lang, "template-column-period"),
        say!(lang, "template-column-value"),
        say!(lang, "template-column-note"),
    ]
}

/// The lines of the instructions, in `lang`.
fn instructions(lang: Lang, year: &str) -> Vec<String> {
    let (yes, no) = yes_no(lang);
    vec![
        say!(lang, "template-how-sheets"),
        say!(lang, "template-how-rows"),
        say!(lang, "template-how-add"),
        say!(
            lang,
            "template-how-formats",
            year = year,
            yes = yes.as_str(),
            no = no.as_str()
        ),
        say!(lang, "template-how-empty"),
        say!(lang, "template-how-check"),
    ]
}

fn yes_no(lang: Lang) -> (String, String) {
    (say!(lang, "template-yes"), say!(lang, "template-no"))
}

/// The services of `plan` to write: those named in `only` (all when empty), or the
/// name not found.
pub fn chosen<'p>(
    plan: &'p Plan,
    only: &[String],
) -> Result<Vec<(String, Vec<&'p Indicator>)>, String> {
    let all = services(plan);
    if let Some(missing) = only
        .iter()
        .find(|name| !all.iter().any(|(s, _)| s.eq_ignore_ascii_case(name)))
    {
        return Err(missing.clone());
    }
    Ok(all
        .into_iter()
        .filter(|(s, _)| only.is_empty() || only.iter().any(|n| n.eq_ignore_ascii_case(s)))
        .collect())
}

/// The entry workbook as `.xlsx`.
pub fn xlsx(
    plan: &Plan,
    services: &[(String, Vec<&Indicator>)],
    year: i32,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let year_text = year.to_string();
    let mut workbook = Workbook::new();
    let locked = Format::new().set_background_color(Color::RGB(0xEE_EEEE));
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(14);
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xD9_E1F2))
        .set_border_bottom(FormatBorder::Thin);
    let open = Format::new().set_unlocked();
    let date = Format::new().set_unlocked().set_num_format("dd/mm/yyyy");
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);

    // The instructions, and the list of the plan's indicators that validation uses.
    let instructions_name = say!(lang, "template-instructions-sheet");
    let all: Vec<&Indicator> = plan.indicators().collect();
    let list_first;
    {
        let sheet = workbook.add_worksheet();
        sheet.set_name(&instructions_name)?;
        sheet.set_column_width(0, 18)?;
        sheet.set_column_width(1, 90)?;
        sheet.set_column_width(2, 22)?;
        sheet.set_column_width(3, 22)?;
        let heading = say!(
            lang,
            "template-title",
            year = year_text.as_str(),
            commune = plan.commune.value.as_str()
        );
        sheet.write_string_with_format(0, 0, &heading, &title)?;
        sheet.write_string_with_format(2, 0, say!(lang, "template-plan"), &bold)?;
        sheet.write_string(2, 1, &plan.id.value)?;
        sheet.write_string_with_format(3, 0, say!(lang, "template-year"), &bold)?;
        sheet.write_number(3, 1, year)?;
        let mut row = 5;
        for line in instructions(lang, &year_text) {
            // Rows do not grow with wrapped text by themselves: room for three lines.
            sheet.set_row_height(row, 45)?;
            sheet.write_string_with_format(row, 1, line, &wrap)?;
            row += 1;
        }
        row += 1;
        sheet.write_string_with_format(row, 0, say!(lang, "template-send-to"), &bold)?;
        // The line left to fill in: whom to send the workbook back to.
        sheet.write_blank(row, 1, &open.clone().set_border_bottom(FormatBorder::Thin))?;
        row += 2;
        sheet.write_string_with_format(row, 0, say!(lang, "template-indicators"), &bold)?;
        row += 1;
        let [indicator, label, target, ..] = header(lang);
        sheet.write_string_with_format(row, 0, indicator, &head)?;
        sheet.write_string_with_format(row, 1, label, &head)?;
        sheet.write_string_with_format(row, 2, target, &head)?;
        sheet.write_string_with_format(row, 3, say!(lang, "template-service"), &head)?;
        row += 1;
        list_first = row;
        for (service, indicators) in self::services(plan) {
            for i in indicators {
                sheet.write_string(row, 0, &i.id.value)?;
                sheet.write_string(row, 1, &i.label)?;
                sheet.write_string(row, 2, &i.target.value.text)?;
                sheet.write_string(row, 3, &service)?;
                row += 1;
            }
        }
        sheet.protect_with_options(&protection());
        print_setup(sheet, None)?;
    }
    let ids = Formula::new(format!(
        "='{}'!$A${}:$A${}",
        instructions_name.replace('\'', "''"),
        list_first + 1,
        list_first + all.len().max(1) as u32
    ));

    let (yes, no) = yes_no(lang);
    let message = |id: &str| -> String {
        match id {
            "date" => say!(lang, "template-input-date", year = year_text.as_str()),
            "period" => say!(lang, "template-input-period", year = year_text.as_str()),
            "number" => say!(lang, "template-input-number"),
            "yes-no" => say!(
                lang,
                "template-input-yes-no",
                yes = yes.as_str(),
                no = no.as_str()
            ),
            "any" => say!(
                lang,
                "template-input-any",
                yes = yes.as_str(),
                no = no.as_str()
            ),
            "indicator" => say!(lang, "template-input-indicator"),
            _ => say!(lang, "template-input-note"),
        }
    };
    let header = header(lang);
    let checked = |v: DataValidation, title: &str, id: &str| -> Result<DataValidation, XlsxError> {
        v.set_input_title(title)?
            .set_input_message(message(id))?
            .set_error_message(say!(lang, "template-invalid"))
    };
    let dates = checked(
        DataValidation::new().allow_date(DataValidationRule::Between(
            rust_xlsxwriter::ExcelDateTime::from_ymd(year as u16, 1, 1)?,
            rust_xlsxwriter::ExcelDateTime::from_ymd(year as u16, 12, 31)?,
        )),
        &header[3],
        "date",
    )?;
    let numbers = checked(
        DataValidation::new().allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0)),
        &header[5],
        "number",
    )?;
    let booleans = checked(
        DataValidation::new().allow_list_strings(&[yes.as_str(), no.as_str()])?,
        &header[5],
        "yes-no",
    )?;
    let any_value = checked(DataValidation::new().allow_any_value(), &header[5], "any")?;
    let periods = checked(
        DataValidation::new().allow_any_value(),
        &header[4],
        "period",
    )?;
    let notes = checked(DataValidation::new().allow_any_value(), &header[6], "note")?;
    let indicators = checked(
        DataValidation::new().allow_list_formula(ids),
        &header[0],
        "indicator",
    )?;

    let mut taken = vec![instructions_name.clone()];
    for (service, list) in services {
        let name = sheet_name(service, &taken);
        taken.push(name.clone());
        let sheet = workbook.add_worksheet();
        sheet.set_name(&name)?;
        for (c, w) in [14.0, 60.0, 22.0, 12.0, 12.0, 12.0, 30.0]
            .into_iter()
            .enumerate()
        {
            sheet.set_column_width(c as u16, w)?;
        }
        sheet.write_string_with_format(0, 0, say!(lang, "template-plan"), &bold)?;
        sheet.write_string(0, 1, &plan.id.value)?;
        sheet.write_string_with_format(0, 2, say!(lang, "template-year"), &bold)?;
        sheet.write_number(0, 3, year)?;
        sheet.write_string_with_format(0, 4, say!(lang, "template-service"), &bold)?;
        sheet.write_string(0, 5, service)?;
        for (c, text) in header.iter().enumerate() {
            sheet.write_string_with_format(HEADER_ROW, c as u16, text, &head)?;
        }
        let mut row = HEADER_ROW + 1;
        for indicator in list {
            for entry in rows_of(indicator, year) {
                sheet.write_string_with_format(
                    row,
                    column::INDICATOR,
                    &entry.indicator.id.value,
                    &locked,
                )?;
                sheet.write_string_with_format(row, column::LABEL, &indicator.label, &locked)?;
                sheet.write_string_with_format(
                    row,
                    column::TARGET,
                    &indicator.target.value.text,
                    &locked,
                )?;
                match entry.date {
                    Some(day) => {
                        let at = rust_xlsxwriter::ExcelDateTime::from_ymd(
                            day.year() as u16,
                            day.month() as u8,
                            day.day() as u8,
                        )?;
                        sheet.write_datetime_with_format(row, column::DATE, &at, &date)?;
                    }
                    None => {
                        sheet.write_blank(row, column::DATE, &date)?;
                    }
                }
                match &entry.period {
                    Some(period) => {
                        sheet.write_string_with_format(row, column::PERIOD, period, &open)?;
                    }
                    None => {
                        sheet.write_blank(row, column::PERIOD, &open)?;
                    }
                }
                sheet.write_blank(row, column::VALUE, &open)?;
                sheet.write_blank(row, column::NOTE, &open)?;
                let value = if entry.boolean { &booleans } else { &numbers };
                sheet.add_data_validation(row, column::VALUE, row, column::VALUE, value)?;
                row += 1;
            }
        }
        let extra_first = row;
        let extra_last = row + EXTRA_ROWS - 1;
        for r in extra_first..=extra_last {
            sheet.write_blank(r, column::INDICATOR, &open)?;
            sheet.write_blank(r, column::DATE, &date)?;
            for c in [column::PERIOD, column::VALUE, column::NOTE] {
                sheet.write_blank(r, c, &open)?;
            }
        }
        let first = HEADER_ROW + 1;
        sheet.add_data_validation(first, column::DATE, extra_last, column::DATE, &dates)?;
        sheet.add_data_validation(first, column::PERIOD, extra_last, column::PERIOD, &periods)?;
        sheet.add_data_validation(first, column::NOTE, extra_last, column::NOTE, &notes)?;
        sheet.add_data_validation(
            extra_first,
            column::INDICATOR,
            extra_last,
            column::INDICATOR,
            &indicators,
        )?;
        sheet.add_data_validation(
            extra_first,
            column::VALUE,
            extra_last,
            column::VALUE,
            &any_value,
        )?;
        sheet.set_freeze_panes(HEADER_ROW + 1, 1)?;
        sheet.protect_with_options(&protection());
        print_setup(sheet, Some(HEADER_ROW))?;
    }
    workbook.save_to_buffer()
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

/// Landscape A4, one page wide, the header row on every page.
fn print_setup(sheet: &mut Worksheet, header: Option<u32>) -> Result<(), XlsxError> {
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    if let Some(row) = header {
        sheet.set_repeat_rows(row, row)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_what_spreadsheets_accept() {
        let taken = vec!["Instructions".to_string()];
        assert_eq!(
            sheet_name("GDP/CELL INCIVILITES", &taken),
            "GDP-CELL INCIVILITES"
        );
        assert_eq!(sheet_name("instructions", &taken), "instructions (2)");
        assert_eq!(sheet_name(&"x".repeat(40), &taken).chars().count(), 31);
    }
}
