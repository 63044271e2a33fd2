//! The entry workbook that `plan template` writes (SPEC §5.2, §2.5): a sheet of
//! instructions, then one sheet per service with its indicators, in the plan's language.
//!
//! A service's sheet: row 1 names the plan, the year and the service (`Plan` and the
//! plan's id in A1:B1, read back by `input/workbook.rs`); row 3 is the header
//! (indicator, label, target, date, period, value, note, comment); then a row per period at which
//! each target is counted — a month per row for yearly counts and for targets per month,
//! a quarter or an ISO week per row for targets per quarter or week, a day per row for
//! daily targets, one row for a yes/no milestone — and [`EXTRA_ROWS`] empty rows to add
//! measurements. The indicator, label and target are locked (the sheet is protected
//! without a password); the entry cells are unlocked, with data validation (ids of the
//! plan from the list on the instructions sheet, dates of the year, numbers ≥ 0, yes/no
//! in the plan's language) and an input message. The header row is frozen and printed
//! on every page (landscape A4, one page wide).
//!
//! The workbook is described once, by [`layout`] (a [`Book`]: sheets, cells, styles,
//! validations); [`xlsx`] and [`ods`] write that description, each in its format.
//!
//! Part of `render`: imports the leaves.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::i18n::say;
use crate::model::{Indicator, Lang, Plan};
use crate::target::{Period, Target};

mod ods;
mod xlsx;

pub use ods::ods;
pub use xlsx::xlsx;

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
    /// A comment on the indicator for the row's period (SPEC §2.4).
    pub const COMMENT: u16 = 7;
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
pub fn header(lang: Lang) -> [String; 8] {
    [
        say!(lang, "template-column-indicator"),
        say!(lang, "template-column-label"),
        say!(lang, "template-column-target"),
        say!(lang, "template-column-date"),
        say!(lang, "template-column-period"),
        say!(lang, "template-column-value"),
        say!(lang, "template-column-note"),
        say!(lang, "template-column-comment"),
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

/// The entry workbook, described once: [`xlsx`] and [`ods`] write it.
#[derive(Clone, Debug)]
pub struct Book {
    pub sheets: Vec<Sheet>,
    /// The message shown when a validation refuses an entry.
    pub invalid: String,
}

/// A sheet of the entry workbook. Every sheet is protected (without a password): its
/// cells are locked unless their [`Style`] is an open one.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub name: String,
    /// Column widths, in characters, from column A.
    pub widths: Vec<f64>,
    /// Row heights in points, where they are not the default.
    pub heights: Vec<(u32, f64)>,
    pub cells: Vec<Cell>,
    pub checks: Vec<Check>,
    /// The rows and columns frozen above and left of the entries.
    pub frozen: Option<(u32, u16)>,
    /// The header row printed on every page.
    pub repeat: Option<u32>,
}

/// A cell at its 0-based row and column.
#[derive(Clone, Debug)]
pub struct Cell {
    pub row: u32,
    pub col: u16,
    pub value: Value,
    pub style: Style,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Blank,
}

/// How a cell looks, and whether it is open to entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    Plain,
    Title,
    Bold,
    /// A column header.
    Head,
    /// Shown, not to be changed: grey.
    Locked,
    /// Open to entries.
    Open,
    /// Open to entries, a date shown day first.
    OpenDate,
    /// Open to entries, a line to write on.
    OpenLine,
    /// Wrapped text, aligned at the top.
    Wrap,
    /// Open to entries, wrapped text aligned at the top: a comment.
    OpenWrap,
}

impl Style {
    /// Whether the cell stays open when the sheet is protected.
    pub fn open(self) -> bool {
        matches!(
            self,
            Style::Open | Style::OpenDate | Style::OpenLine | Style::OpenWrap
        )
    }
}

/// A data validation over the rows `rows` (inclusive) of column `col`, with its input
/// message.
#[derive(Clone, Debug)]
pub struct Check {
    pub rows: (u32, u32),
    pub col: u16,
    pub rule: Rule,
    pub title: String,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Rule {
    Any,
    /// A date from the first to the last day, inclusive.
    Dates(NaiveDate, NaiveDate),
    /// A number ≥ 0.
    NonNegative,
    /// One of these texts.
    List(Vec<String>),
    /// One of the texts of column A of `sheet`, rows `first..=last` (0-based).
    Cells {
        sheet: String,
        first: u32,
        last: u32,
    },
}

impl Sheet {
    fn new(name: String, widths: &[f64]) -> Sheet {
        Sheet {
            name,
            widths: widths.to_vec(),
            heights: Vec::new(),
            cells: Vec::new(),
            checks: Vec::new(),
            frozen: None,
            repeat: None,
        }
    }

    fn put(&mut self, row: u32, col: u16, value: Value, style: Style) {
        self.cells.push(Cell {
            row,
            col,
            value,
            style,
        });
    }

    fn text(&mut self, row: u32, col: u16, text: impl Into<String>, style: Style) {
        self.put(row, col, Value::Text(text.into()), style);
    }
}

/// The entry workbook of `plan` for `year`, with the sheets of `services`, in `lang`.
pub fn layout(plan: &Plan, services: &[(String, Vec<&Indicator>)], year: i32, lang: Lang) -> Book {
    let year_text = year.to_string();
    let header = header(lang);

    // The instructions, and the list of the plan's indicators that validation uses.
    let instructions_name = say!(lang, "template-instructions-sheet");
    let mut sheet = Sheet::new(instructions_name.clone(), &[18.0, 90.0, 22.0, 22.0]);
    let heading = say!(
        lang,
        "template-title",
        year = year_text.as_str(),
        commune = plan.commune.value.as_str()
    );
    sheet.text(0, 0, heading, Style::Title);
    sheet.text(2, 0, say!(lang, "template-plan"), Style::Bold);
    sheet.text(2, 1, &plan.id.value, Style::Plain);
    sheet.text(3, 0, say!(lang, "template-year"), Style::Bold);
    sheet.put(3, 1, Value::Number(year.into()), Style::Plain);
    let mut row = 5;
    for line in instructions(lang, &year_text) {
        // Rows do not grow with wrapped text by themselves: room for three lines.
        sheet.heights.push((row, 45.0));
        sheet.text(row, 1, line, Style::Wrap);
        row += 1;
    }
    row += 1;
    sheet.text(row, 0, say!(lang, "template-send-to"), Style::Bold);
    // The line left to fill in: whom to send the workbook back to.
    sheet.put(row, 1, Value::Blank, Style::OpenLine);
    row += 2;
    sheet.text(row, 0, say!(lang, "template-indicators"), Style::Bold);
    row += 1;
    for (c, text) in header[..3].iter().enumerate() {
        sheet.text(row, c as u16, text, Style::Head);
    }
    sheet.text(row, 3, say!(lang, "template-service"), Style::Head);
    row += 1;
    let list_first = row;
    for (service, indicators) in self::services(plan) {
        for i in indicators {
            sheet.text(row, 0, &i.id.value, Style::Plain);
            sheet.text(row, 1, &i.label, Style::Plain);
            sheet.text(row, 2, &i.target.value.text, Style::Plain);
            sheet.text(row, 3, &service, Style::Plain);
            row += 1;
        }
    }
    let ids = Rule::Cells {
        sheet: instructions_name.clone(),
        first: list_first,
        last: (row.max(list_first + 1)) - 1,
    };
    let mut sheets = vec![sheet];

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
            "comment" => say!(lang, "template-input-comment"),
            _ => say!(lang, "template-input-note"),
        }
    };
    let check = |rows, col: u16, rule, id: &str| Check {
        rows,
        col,
        rule,
        title: header[col as usize].clone(),
        message: message(id),
    };
    let days = Rule::Dates(
        NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default(),
        NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default(),
    );
    let booleans = Rule::List(vec![yes.clone(), no.clone()]);

    let mut taken = vec![instructions_name];
    for (service, list) in services {
        let name = sheet_name(service, &taken);
        taken.push(name.clone());
        let mut sheet = Sheet::new(name, &[14.0, 60.0, 22.0, 12.0, 12.0, 12.0, 30.0, 45.0]);
        sheet.text(0, 0, say!(lang, "template-plan"), Style::Bold);
        sheet.text(0, 1, &plan.id.value, Style::Plain);
        sheet.text(0, 2, say!(lang, "template-year"), Style::Bold);
        sheet.put(0, 3, Value::Number(year.into()), Style::Plain);
        sheet.text(0, 4, say!(lang, "template-service"), Style::Bold);
        sheet.text(0, 5, service, Style::Plain);
        for (c, text) in header.iter().enumerate() {
            sheet.text(HEADER_ROW, c as u16, text, Style::Head);
        }
        let mut row = HEADER_ROW + 1;
        for indicator in list {
            for entry in rows_of(indicator, year) {
                sheet.text(
                    row,
                    column::INDICATOR,
                    &entry.indicator.id.value,
                    Style::Locked,
                );
                sheet.text(row, column::LABEL, &indicator.label, Style::Locked);
                let target = &indicator.target.value.text;
                sheet.text(row, column::TARGET, target, Style::Locked);
                let day = entry.date.map_or(Value::Blank, Value::Date);
                sheet.put(row, column::DATE, day, Style::OpenDate);
                let period = entry.period.map_or(Value::Blank, Value::Text);
                sheet.put(row, column::PERIOD, period, Style::Open);
                sheet.put(row, column::VALUE, Value::Blank, Style::Open);
                sheet.put(row, column::NOTE, Value::Blank, Style::Open);
                sheet.put(row, column::COMMENT, Value::Blank, Style::OpenWrap);
                sheet.checks.push(if entry.boolean {
                    check((row, row), column::VALUE, booleans.clone(), "yes-no")
                } else {
                    check((row, row), column::VALUE, Rule::NonNegative, "number")
                });
                row += 1;
            }
        }
        let extra = (row, row + EXTRA_ROWS - 1);
        for r in extra.0..=extra.1 {
            sheet.put(r, column::INDICATOR, Value::Blank, Style::Open);
            sheet.put(r, column::DATE, Value::Blank, Style::OpenDate);
            for c in [column::PERIOD, column::VALUE, column::NOTE] {
                sheet.put(r, c, Value::Blank, Style::Open);
            }
            sheet.put(r, column::COMMENT, Value::Blank, Style::OpenWrap);
        }
        let all = (HEADER_ROW + 1, extra.1);
        sheet.checks.extend([
            check(all, column::DATE, days.clone(), "date"),
            check(all, column::PERIOD, Rule::Any, "period"),
            check(all, column::NOTE, Rule::Any, "note"),
            check(all, column::COMMENT, Rule::Any, "comment"),
            check(extra, column::INDICATOR, ids.clone(), "indicator"),
            check(extra, column::VALUE, Rule::Any, "any"),
        ]);
        sheet.frozen = Some((HEADER_ROW + 1, 1));
        sheet.repeat = Some(HEADER_ROW);
        sheets.push(sheet);
    }
    Book {
        sheets,
        invalid: say!(lang, "template-invalid"),
    }
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
