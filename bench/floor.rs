//! The floor of `bench/run`: the time to merely read measurements files with the crates
//! `plan` uses, with no check and no computation. `plan report` is measured against it.
//!
//! - YAML: serde-saphyr deserializes the file into plain records collected in memory.
//! - CSV (issue 16): the `csv` crate reads every record into one reused record, and
//!   its date (strict `YYYY-MM-DD`) and its value (a number, or yes/no) are parsed;
//!   nothing else. `FLOOR_CSV_SERDE=1` deserializes into records instead (issue 5's
//!   floor, slower).
//!
//! ```text
//! cargo run --release --example floor -- FILE...
//! ```

use serde::Deserialize;

#[derive(Deserialize)]
#[allow(dead_code)] // Fields are read only by the deserializer: that is the point.
struct YamlFile {
    plan: String,
    note: Option<String>,
    measurements: Vec<Record>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Record {
    indicator: String,
    date: Option<String>,
    period: Option<String>,
    /// The value as the parser types it (a number, a boolean, a text).
    value: serde_json::Value,
    note: Option<String>,
}

/// A date written strictly `YYYY-MM-DD`.
fn strict_date(text: &str) -> Option<chrono::NaiveDate> {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

/// A value: yes/no, or a number.
fn value(text: &str) -> Option<f64> {
    match text {
        "oui" | "yes" | "true" => Some(1.0),
        "non" | "no" | "false" => Some(0.0),
        _ => text.parse().ok(),
    }
}

/// Reads every record of a CSV file, parsing its date and value; the records read, and
/// a sum that keeps the parses from being optimized away.
fn csv_floor(file: impl std::io::Read) -> anyhow::Result<(usize, f64)> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(file);
    let mut record = csv::StringRecord::new();
    let (mut records, mut sum) = (0, 0.0);
    while reader.read_record(&mut record)? {
        records += 1;
        let date = strict_date(record.get(2).unwrap_or_default());
        sum += f64::from(date.map_or(0, |d| chrono::Datelike::ordinal(&d)));
        sum += value(record.get(4).unwrap_or_default()).unwrap_or(0.0);
    }
    Ok((records, sum))
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct CsvRecord {
    plan: String,
    indicator: String,
    date: Option<String>,
    period: Option<String>,
    value: String,
    note: Option<String>,
}

fn main() -> anyhow::Result<()> {
    let mut records = 0;
    for path in std::env::args().skip(1) {
        let file = std::io::BufReader::new(std::fs::File::open(&path)?);
        if path.ends_with(".csv") && std::env::var_os("FLOOR_CSV_SERDE").is_none() {
            let (read, sum) = csv_floor(file)?;
            records += read;
            std::hint::black_box(sum);
        } else if path.ends_with(".csv") {
            let all: Vec<CsvRecord> = csv::Reader::from_reader(file)
                .deserialize()
                .collect::<Result<_, _>>()?;
            records += all.len();
        } else {
            // serde-saphyr's default budget stops at 250 000 nodes and 64 MiB of text: raised
            // as `plan` does.
            let mut budget = serde_saphyr::Budget::default();
            budget.max_nodes = usize::MAX;
            budget.max_events = usize::MAX;
            budget.max_total_scalar_bytes = usize::MAX;
            let options = serde_saphyr::options! { budget: Some(budget) };
            let parsed: YamlFile = if std::env::var_os("FLOOR_FROM_STR").is_some() {
                let text = std::fs::read_to_string(&path)?;
                serde_saphyr::from_str_with_options(&text, options)?
            } else {
                serde_saphyr::from_reader_with_options(file, options)?
            };
            records += parsed.measurements.len();
        }
    }
    eprintln!("{records} records deserialized");
    Ok(())
}
