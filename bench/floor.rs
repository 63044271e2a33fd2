//! The floor of `bench/run`: the time to merely deserialize measurements files with the
//! crates `plan` uses (serde-saphyr for YAML, csv for CSV), into plain records collected
//! in memory, with no check and no computation. `plan report` is measured against it.
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
        if path.ends_with(".csv") {
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
