//! Progress charts: an indicator's months ([`crate::compute::progress`]) drawn as an
//! inline SVG for the HTML report, and as a sparkline for the terminal's tables.
//!
//! The SVG is written by hand rather than with `plotters`: every plotted point carries
//! its period and value (`data-period`, `data-value`, `data-series`) and a `<title>`, and
//! the picture a `role`, an `aria-label`, a `<title>` and a `<desc>`, which `plotters`'
//! SVG backend cannot emit. No script, no font file, nothing fetched: the text is in the
//! generic `sans-serif`. The target's path is dashed with hollow square markers, the
//! actual solid with round markers, so that the lines read in greyscale and without
//! colour vision; the background stays white for print.
//!
//! Part of `render`: imports its siblings [`super::cells`] and [`super::markup`],
//! `compute` and the leaves.

use chrono::{Datelike, NaiveDate};

use super::cells::human_number;
use super::markup::escape;
use crate::calendar::{self, DateRange};
use crate::compute::progress::{IndicatorProgress, Point, Progress, Shape};
use crate::compute::report::{IndicatorReport, ProjectReport};
use crate::i18n::{long_date, say};
use crate::model::Lang;
use crate::target::Target;

/// The charts' layout on the page, screen and print.
pub const STYLE: &str = include_str!("chart.css");

/// The drawing's size in its own units; the page scales it to its column.
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 190.0;
/// The plot's edges.
const LEFT: f64 = 38.0;
const RIGHT: f64 = WIDTH - 8.0;
const TOP: f64 = 26.0;
const BOTTOM: f64 = HEIGHT - 26.0;

const ACTUAL_COLOUR: &str = "#0072B2";
const TARGET_COLOUR: &str = "#1B1B1B";
const AS_OF_COLOUR: &str = "#D55E00";
const TEXT: &str = "fill=\"#333333\" font-size=\"9\"";

/// The charts of a project's indicators, each once, in plan order, below its table.
pub fn project_charts(project: &ProjectReport, progress: &Progress, lang: Lang) -> String {
    let figures: String = project
        .objectives
        .iter()
        .flat_map(|o| &o.indicators)
        .filter(|row| row.shared_from.is_none())
        .filter_map(|row| {
            Some(figure(
                row,
                progress.of(&row.indicator.id.value)?,
                progress,
                lang,
            ))
        })
        .collect();
    if figures.is_empty() {
        return String::new();
    }
    format!(
        "<div class=\"charts\">\n<p class=\"charts-title\">{}</p>\n{figures}</div>\n",
        escape(&say!(lang, "chart-heading"))
    )
}

fn figure(
    row: &IndicatorReport,
    indicator: &IndicatorProgress,
    progress: &Progress,
    lang: Lang,
) -> String {
    let id = &row.indicator.id.value;
    let svg = match indicator {
        IndicatorProgress::Numeric { shape, .. } => numeric(row, indicator, *shape, progress, lang),
        IndicatorProgress::YesNo { marks, expected } => {
            yes_no(id, marks, *expected, progress, lang)
        }
    };
    format!(
        "<figure class=\"chart\"><figcaption><span class=\"id\">{}</span> {}</figcaption>\n{svg}</figure>\n",
        escape(id),
        escape(&row.indicator.label)
    )
}

/// The x of the end of `date` (the start of the year at 0).
fn x_of(date: NaiveDate, year: i32) -> f64 {
    let days = DateRange::year(year).map_or(365, |y| y.days()) as f64;
    LEFT + f64::from(date.ordinal()) / days * (RIGHT - LEFT)
}

/// The x of the middle of month `month` of `year`.
fn month_middle(year: i32, month: u32) -> f64 {
    calendar::month(year, month).map_or(LEFT, |m| {
        let start = m
            .start
            .pred_opt()
            .map_or(LEFT, |d| if d.year() < year { LEFT } else { x_of(d, year) });
        (start + x_of(m.end, year)) / 2.0
    })
}

/// A round top for a scale reaching `max`, and its step: 1, 2, 2.5 or 5 times a power
/// of ten, four or five steps high.
fn scale(max: f64) -> (f64, f64) {
    if max <= 0.0 || !max.is_finite() {
        return (1.0, 0.25);
    }
    let rough = max / 4.0;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * power);
    ((max / step).ceil() * step, step)
}

/// The frame common to both kinds of chart: the svg element, its text alternative, the
/// month grid and labels, and the part of the year after `--as-of` shaded.
fn frame(
    id: &str,
    kind: &str,
    title: &str,
    desc: &str,
    [height, bottom]: [f64; 2],
    progress: &Progress,
    lang: Lang,
) -> String {
    let year = progress.year;
    let mut out = format!(
        "<svg class=\"chart-svg\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{}\" \
         data-indicator=\"{}\" data-kind=\"{kind}\" font-family=\"sans-serif\">\
         <title>{}</title><desc>{}</desc>\
         <rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{height}\" fill=\"#FFFFFF\"/>",
        escape(title),
        escape(id),
        escape(title),
        escape(desc)
    );
    if let Some(as_of) = progress.as_of {
        let x = x_of(as_of, year);
        out.push_str(&format!(
            "<rect x=\"{x:.1}\" y=\"{TOP}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#F0F0F0\"/>",
            (RIGHT - x).max(0.0),
            bottom - TOP
        ));
    }
    for month in 1..=12u32 {
        if let Some(days) = calendar::month(year, month) {
            let x = x_of(days.end, year);
            if month < 12 {
                out.push_str(&format!(
                    "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{TOP}\" y2=\"{bottom}\" stroke=\"#E3E3E3\"/>"
                ));
            }
            out.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" {TEXT}>{}</text>",
                month_middle(year, month),
                bottom + 12.0,
                escape(&say!(lang, "chart-month-short", month = month))
            ));
        }
    }
    out.push_str(&format!(
        "<line x1=\"{LEFT}\" x2=\"{RIGHT}\" y1=\"{bottom}\" y2=\"{bottom}\" stroke=\"#767676\"/>"
    ));
    out
}

/// The `--as-of` line and its label, drawn over the plot.
fn as_of_mark(progress: &Progress, bottom: f64, lang: Lang) -> String {
    let Some(as_of) = progress.as_of else {
        return String::new();
    };
    let x = x_of(as_of, progress.year);
    let label = say!(lang, "chart-as-of", date = long_date(lang, as_of));
    // The label in the shaded rest of the year, unless too near its end.
    let (anchor, dx) = if x > RIGHT - 75.0 {
        ("end", -3.0)
    } else {
        ("start", 3.0)
    };
    format!(
        "<line class=\"as-of\" data-as-of=\"{as_of}\" x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{}\" y2=\"{bottom}\" \
         stroke=\"{AS_OF_COLOUR}\" stroke-width=\"1.4\" stroke-dasharray=\"2 2\"/>\
         <text x=\"{:.1}\" y=\"{}\" text-anchor=\"{anchor}\" {TEXT}>{}</text>",
        TOP - 4.0,
        x + dx,
        TOP + 8.0,
        escape(&label)
    )
}

/// A month written for people: `mars 2023`.
fn month_name(days: DateRange, lang: Lang) -> String {
    say!(
        lang,
        "chart-month",
        month = days.start.month(),
        year = days.start.year().to_string()
    )
}

/// An amount with the target's unit: `540 heures`.
fn amount(value: f64, target: &Target, lang: Lang) -> String {
    let number = human_number(value, lang);
    match target {
        Target::Compare {
            unit: Some(unit), ..
        } if !unit.trim().is_empty() => format!("{number} {}", unit.trim()),
        _ => number,
    }
}

/// A numeric indicator's chart: the actual by month (cumulated for a yearly sum), solid
/// with round markers, against the target's path, dashed with square markers.
fn numeric(
    row: &IndicatorReport,
    indicator: &IndicatorProgress,
    shape: Shape,
    progress: &Progress,
    lang: Lang,
) -> String {
    let id = &row.indicator.id.value;
    let year = progress.year;
    let points = indicator.points();
    let top = points
        .iter()
        .flat_map(|p| [p.actual.unwrap_or(0.0), p.target])
        .fold(0.0, f64::max);
    let (top, step) = scale(top * 1.05);
    let y_of = |v: f64| BOTTOM - v / top * (BOTTOM - TOP);
    let x_point = |p: &Point| match shape {
        Shape::Cumulative => x_of(p.month.days.end, year),
        Shape::PerMonth => month_middle(year, p.month.days.start.month()),
    };
    let cumulative = shape == Shape::Cumulative;
    let actual_title = |p: &Point, value: f64| match shape {
        Shape::Cumulative => say!(
            lang,
            "chart-point-cumulative",
            date = long_date(lang, p.month.days.end),
            value = amount(value, row.target, lang)
        ),
        Shape::PerMonth => say!(
            lang,
            "chart-point-month",
            month = month_name(p.month.days, lang),
            value = amount(value, row.target, lang)
        ),
    };
    let target_title = |p: &Point| match shape {
        Shape::Cumulative => say!(
            lang,
            "chart-point-cumulative-target",
            date = long_date(lang, p.month.days.end),
            value = amount(p.target, row.target, lang)
        ),
        Shape::PerMonth => say!(
            lang,
            "chart-point-month-target",
            month = month_name(p.month.days, lang),
            value = amount(p.target, row.target, lang)
        ),
    };
    let target_text = &row.indicator.target.value.text;
    let last = points.last();
    let last_measured = points.iter().rev().find(|p| p.actual.is_some());
    let title = match (last, last_measured) {
        (Some(last), Some(_)) if cumulative => say!(
            lang,
            "chart-cumulative-title",
            id = id.as_str(),
            actual = amount(last.actual.unwrap_or(0.0), row.target, lang),
            date = long_date(lang, last.month.days.end),
            target = amount(last.target, row.target, lang)
        ),
        (_, Some(measured)) => say!(
            lang,
            "chart-month-title",
            id = id.as_str(),
            actual = amount(measured.actual.unwrap_or(0.0), row.target, lang),
            month = month_name(measured.month.days, lang),
            target = target_text.as_str()
        ),
        _ => say!(
            lang,
            "chart-no-data-title",
            id = id.as_str(),
            target = target_text.as_str()
        ),
    };
    let desc: Vec<String> = points
        .iter()
        .filter_map(|p| Some(actual_title(p, p.actual?)))
        .collect();
    let kind = match shape {
        Shape::Cumulative => "cumulative",
        Shape::PerMonth => "per-month",
    };
    let mut out = frame(
        id,
        kind,
        &title,
        &desc.join(" ; "),
        [HEIGHT, BOTTOM],
        progress,
        lang,
    );
    // The value scale.
    let mut tick = 0.0;
    while tick <= top + step / 2.0 {
        let y = y_of(tick);
        out.push_str(&format!(
            "<line x1=\"{LEFT}\" x2=\"{RIGHT}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#E3E3E3\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" {TEXT}>{}</text>",
            LEFT - 4.0,
            y + 3.0,
            escape(&human_number(tick, lang))
        ));
        tick += step;
    }
    out.push_str(&legend(shape, lang));
    // The lines, a cumulative one from zero at the start of the year.
    let origin = cumulative.then(|| (LEFT, y_of(0.0)));
    let target_line: Vec<(f64, f64)> = origin
        .into_iter()
        .chain(points.iter().map(|p| (x_point(p), y_of(p.target))))
        .collect();
    out.push_str(&polyline(
        &target_line,
        &format!("stroke=\"{TARGET_COLOUR}\" stroke-width=\"1.4\" stroke-dasharray=\"5 3\""),
        "target-line",
    ));
    // The actual, broken where a month has no data.
    let mut run: Vec<(f64, f64)> = origin
        .filter(|_| points.iter().any(|p| p.actual.is_some()))
        .into_iter()
        .collect();
    let actual_style = format!("stroke=\"{ACTUAL_COLOUR}\" stroke-width=\"2\"");
    for p in &points {
        match p.actual {
            Some(value) => run.push((x_point(p), y_of(value))),
            None => {
                out.push_str(&polyline(&run, &actual_style, "actual-line"));
                run.clear();
            }
        }
    }
    out.push_str(&polyline(&run, &actual_style, "actual-line"));
    for p in &points {
        let (x, y) = (x_point(p), y_of(p.target));
        out.push_str(&format!(
            "<rect class=\"point\" x=\"{:.1}\" y=\"{:.1}\" width=\"5\" height=\"5\" fill=\"#FFFFFF\" \
             stroke=\"{TARGET_COLOUR}\" stroke-width=\"1.2\" data-series=\"target\" data-period=\"{}\" \
             data-value=\"{}\"><title>{}</title></rect>",
            x - 2.5,
            y - 2.5,
            escape(&p.month.period),
            p.target,
            escape(&target_title(p))
        ));
    }
    for p in &points {
        let Some(value) = p.actual else { continue };
        // A cumulative point also carries its month's own value.
        let month = match p.month.actual {
            Some(m) if cumulative => format!(" data-month-value=\"{m}\""),
            _ => String::new(),
        };
        out.push_str(&format!(
            "<circle class=\"point\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.2\" fill=\"{ACTUAL_COLOUR}\" \
             stroke=\"#FFFFFF\" stroke-width=\"1\" data-series=\"actual\" data-period=\"{}\" \
             data-value=\"{value}\"{month}><title>{}</title></circle>",
            x_point(p),
            y_of(value),
            escape(&p.month.period),
            escape(&actual_title(p, value))
        ));
    }
    out.push_str(&as_of_mark(progress, BOTTOM, lang));
    out.push_str("</svg>\n");
    out
}

/// A polyline through `points`; nothing for fewer than one.
fn polyline(points: &[(f64, f64)], style: &str, class: &str) -> String {
    if points.is_empty() {
        return String::new();
    }
    let list: Vec<String> = points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect();
    format!(
        "<polyline class=\"{class}\" points=\"{}\" fill=\"none\" {style}/>",
        list.join(" ")
    )
}

/// The legend above the plot: the actual's line and marker, then the target's.
fn legend(shape: Shape, lang: Lang) -> String {
    let (actual, target) = match shape {
        Shape::Cumulative => (
            say!(lang, "chart-legend-cumulative"),
            say!(lang, "chart-legend-pro-rated"),
        ),
        Shape::PerMonth => (
            say!(lang, "chart-legend-month"),
            say!(lang, "chart-legend-target"),
        ),
    };
    let y = 10.0;
    // About 5 units a character at this size.
    let second = LEFT + 24.0 + actual.chars().count() as f64 * 5.0 + 12.0;
    format!(
        "<g class=\"legend\"><line x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{ACTUAL_COLOUR}\" stroke-width=\"2\"/>\
         <circle cx=\"{:.1}\" cy=\"{y}\" r=\"3.2\" fill=\"{ACTUAL_COLOUR}\" stroke=\"#FFFFFF\"/>\
         <text x=\"{:.1}\" y=\"{:.1}\" {TEXT}>{}</text>\
         <line x1=\"{second:.1}\" x2=\"{:.1}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{TARGET_COLOUR}\" stroke-width=\"1.4\" stroke-dasharray=\"5 3\"/>\
         <rect x=\"{:.1}\" y=\"{:.1}\" width=\"5\" height=\"5\" fill=\"#FFFFFF\" stroke=\"{TARGET_COLOUR}\" stroke-width=\"1.2\"/>\
         <text x=\"{:.1}\" y=\"{:.1}\" {TEXT}>{}</text></g>",
        LEFT + 20.0,
        LEFT + 10.0,
        LEFT + 24.0,
        y + 3.0,
        escape(&actual),
        second + 20.0,
        second + 7.5,
        y - 2.5,
        second + 24.0,
        y + 3.0,
        escape(&target)
    )
}

const YES_NO_HEIGHT: f64 = 74.0;
const YES_NO_BOTTOM: f64 = YES_NO_HEIGHT - 20.0;

/// A yes/no indicator's chart: each measurement a dated marker, a round one in the
/// "yes" lane, a cross in the "no" lane; the lane of the expected value is shaded.
fn yes_no(
    id: &str,
    marks: &[(NaiveDate, bool)],
    expected: bool,
    progress: &Progress,
    lang: Lang,
) -> String {
    let word = |value: bool| {
        if value {
            say!(lang, "report-yes")
        } else {
            say!(lang, "report-no")
        }
    };
    let mark_title = |date: NaiveDate, value: bool| {
        say!(
            lang,
            "chart-point-yes-no",
            date = long_date(lang, date),
            value = word(value)
        )
    };
    let title = match marks.last() {
        Some((date, value)) => say!(
            lang,
            "chart-yes-no-title",
            id = id,
            count = marks.len(),
            last = word(*value),
            date = long_date(lang, *date),
            expected = word(expected)
        ),
        None => say!(
            lang,
            "chart-yes-no-none",
            id = id,
            expected = word(expected)
        ),
    };
    let desc: Vec<String> = marks.iter().map(|(d, v)| mark_title(*d, *v)).collect();
    let lane = |value: bool| if value { TOP + 2.0 } else { TOP + 18.0 };
    let mut out = frame(
        id,
        "yes-no",
        &title,
        &desc.join(" ; "),
        [YES_NO_HEIGHT, YES_NO_BOTTOM],
        progress,
        lang,
    );
    // The expected lane, shaded, and its legend above.
    let shade = "fill=\"#E6E6E6\" fill-opacity=\"0.6\"";
    out.push_str(&format!(
        "<rect x=\"{LEFT}\" y=\"{:.1}\" width=\"{:.1}\" height=\"14\" {shade}/>\
         <rect x=\"{LEFT}\" y=\"5\" width=\"14\" height=\"8\" {shade} stroke=\"#767676\" stroke-width=\"0.6\"/>\
         <text x=\"{:.1}\" y=\"12\" {TEXT}>{}</text>",
        lane(expected) - 7.0,
        RIGHT - LEFT,
        LEFT + 18.0,
        escape(&say!(lang, "chart-expected", value = word(expected)))
    ));
    for value in [true, false] {
        out.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" {TEXT}>{}</text>",
            LEFT - 4.0,
            lane(value) + 3.0,
            escape(&word(value))
        ));
    }
    for (date, value) in marks {
        let (x, y) = (x_of(*date, progress.year), lane(*value));
        let data = format!(
            "data-series=\"measurement\" data-date=\"{date}\" data-value=\"{}\"",
            if *value { "yes" } else { "no" }
        );
        let title = escape(&mark_title(*date, *value));
        if *value {
            out.push_str(&format!(
                "<circle class=\"point\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"{ACTUAL_COLOUR}\" \
                 stroke=\"#FFFFFF\" {data}><title>{title}</title></circle>"
            ));
        } else {
            out.push_str(&format!(
                "<path class=\"point\" d=\"M{:.1} {:.1}l7 7m0 -7l-7 7\" stroke=\"{AS_OF_COLOUR}\" \
                 stroke-width=\"2.2\" fill=\"none\" {data}><title>{title}</title></path>",
                x - 3.5,
                y - 3.5
            ));
        }
    }
    out.push_str(&as_of_mark(progress, YES_NO_BOTTOM, lang));
    out.push_str("</svg>\n");
    out
}

/// Terminal tables show sparklines from this width on.
pub const SPARKLINE_FROM: u16 = 100;

/// The monthly values of a numeric indicator as a sparkline (`▁▂▃▄▅▆▇█`, `·` for a
/// month without data); none for a yes/no indicator or one without data.
pub fn sparkline(indicator: &IndicatorProgress) -> Option<String> {
    const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let IndicatorProgress::Numeric { months, .. } = indicator else {
        return None;
    };
    let max = months.iter().filter_map(|m| m.actual).reduce(f64::max)?;
    Some(
        months
            .iter()
            .map(|m| match m.actual {
                None => '·',
                Some(_) if max <= 0.0 => LEVELS[0],
                Some(v) => LEVELS[((v / max) * 7.0).round().clamp(0.0, 7.0) as usize],
            })
            .collect(),
    )
}

/// An indicator's actual cell in a terminal table `width` wide: the actual, and under
/// it the sparkline of its months where the table is wide enough for it.
pub fn actual_with_sparkline(actual: String, id: &str, progress: &Progress, width: u16) -> String {
    match progress.of(id).and_then(sparkline) {
        Some(line) if width >= SPARKLINE_FROM => format!("{actual}\n{line}"),
        _ => actual,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::progress::Month;

    fn months(values: &[Option<f64>]) -> IndicatorProgress {
        IndicatorProgress::Numeric {
            shape: Shape::PerMonth,
            months: values
                .iter()
                .enumerate()
                .map(|(i, v)| Month {
                    period: format!("2023-{:02}", i + 1),
                    days: calendar::month(2023, i as u32 + 1).unwrap(),
                    actual: *v,
                    target: 3.0,
                })
                .collect(),
        }
    }

    #[test]
    fn sparklines_scale_to_the_largest_month_and_mark_months_without_data() {
        let line = sparkline(&months(&[Some(0.0), Some(4.0), None, Some(8.0)])).unwrap();
        assert_eq!(line, "▁▅·█");
        assert_eq!(sparkline(&months(&[None, None])), None);
        assert_eq!(sparkline(&months(&[Some(0.0)])).as_deref(), Some("▁"));
        let yes_no = IndicatorProgress::YesNo {
            marks: Vec::new(),
            expected: true,
        };
        assert_eq!(sparkline(&yes_no), None);
    }

    #[test]
    fn scales_are_round_and_reach_the_maximum() {
        assert_eq!(scale(9.0), (10.0, 2.5));
        assert_eq!(scale(543.0), (600.0, 200.0));
        assert_eq!(scale(0.0), (1.0, 0.25));
        for max in [0.3, 3.4, 17.0, 252.0, 1234.5] {
            let (top, step) = scale(max);
            assert!(top >= max && top / step <= 5.0, "{max}: {top} {step}");
        }
    }

    #[test]
    fn the_year_spans_the_plot() {
        let end = NaiveDate::from_ymd_opt(2023, 12, 31).unwrap();
        assert_eq!(x_of(end, 2023), RIGHT);
        assert!((month_middle(2023, 1) - (LEFT + 15.5 / 365.0 * (RIGHT - LEFT))).abs() < 1e-9);
    }
}
