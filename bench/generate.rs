//! Writes a valid synthetic dataset for benchmarks, the same for the same arguments:
//! `communes` plans shaped like the shipped one (its text, with another id and commune)
//! and `records` measurements spread evenly over them, once as YAML and once as CSV.
//!
//! ```text
//! cargo run --release --example generate -- --communes 29 --records 1000000 --seed 7 --out target/bench-data
//! ```
//!
//! Layout: `OUT/plans/commune-NNN-2023.yaml`, `OUT/yaml/measurements-NNN.yaml`,
//! `OUT/csv/measurements-NNN.csv`. Commune 1 keeps the shipped plan's id, so that
//! `--communes 1` measures the shipped plan itself. Records are daily, one per indicator,
//! day and quartier (named in the note), so no two of them are duplicates: a quartier is
//! added whenever the days and indicators of the year are used up.
//!
//! Other shapes:
//! - `--places P`: each indicator and day gets P quartiers in turn before the next
//!   indicator (the records of a day over P places); past P × indicators × days records,
//!   a round number is added to the note.
//! - `--copies F`: a fraction F of the records (drawn from the seed) repeat the record
//!   before them (same indicator, day and note, another value): copies (W202).
//! - `--unique-notes`: every note is different (`Note N`).
//! - `--note-length L`: with `--unique-notes`, each note is made `L` characters long by a
//!   remark after its number (`Note N relevé …`), as a service's comments would be.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use chrono::{Duration, NaiveDate};
use plan::model::Plan;
use plan::target::Target;
use rand::{Rng as _, SeedableRng as _};
use rand_chacha::ChaCha8Rng;

const SHIPPED: &str = include_str!("../plans/molenbeek-saint-jean-2023.yaml");
const SHIPPED_ID: &str = "molenbeek-saint-jean-2023";
const SHIPPED_COMMUNE: &str = "Molenbeek-Saint-Jean";

struct Args {
    communes: usize,
    records: usize,
    seed: u64,
    out: PathBuf,
    places: Option<usize>,
    copies: f64,
    unique_notes: bool,
    note_length: usize,
}

fn parse_args() -> anyhow::Result<Args> {
    let mut args = Args {
        communes: 1,
        records: 10_000,
        seed: 1,
        out: PathBuf::from("target/bench-data"),
        places: None,
        copies: 0.0,
        unique_notes: false,
        note_length: 0,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        if flag == "--unique-notes" {
            args.unique_notes = true;
            continue;
        }
        let value = it.next().with_context(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--communes" => args.communes = value.parse()?,
            "--records" => args.records = value.parse()?,
            "--seed" => args.seed = value.parse()?,
            "--out" => args.out = value.into(),
            "--places" => args.places = Some(value.parse()?),
            "--copies" => args.copies = value.parse()?,
            "--note-length" => args.note_length = value.parse()?,
            other => anyhow::bail!(
                "unknown flag {other}; flags: --communes N --records M --seed S --out DIR \
                 [--places P] [--copies F] [--unique-notes] [--note-length L]"
            ),
        }
    }
    anyhow::ensure!(args.communes >= 1, "--communes must be at least 1");
    anyhow::ensure!(args.places != Some(0), "--places must be at least 1");
    anyhow::ensure!(
        (0.0..=1.0).contains(&args.copies),
        "--copies is a fraction, 0 to 1"
    );
    Ok(args)
}

/// What a record of an indicator holds: yes/no, or a number up to `max`.
#[derive(Clone)]
enum Kind {
    Boolean,
    Number { max: f64, decimals: bool },
}

fn indicators(plan: &Plan) -> Vec<(String, Kind)> {
    plan.indicators()
        .map(|i| {
            let kind = match &i.target.value.parsed {
                Ok(Target::Boolean { .. }) => Kind::Boolean,
                Ok(target) if target.bucket_period().is_some() => Kind::Number {
                    max: 6.0,
                    decimals: true,
                },
                _ => Kind::Number {
                    max: 3.0,
                    decimals: false,
                },
            };
            (i.id.value.clone(), kind)
        })
        .collect()
}

/// One record: indicator, day, value as written, and the quartier's note.
struct Record<'a> {
    indicator: &'a str,
    date: NaiveDate,
    value: String,
    note: String,
}

fn records<'a>(
    indicators: &'a [(String, Kind)],
    count: usize,
    year: i32,
    rng: &'a mut ChaCha8Rng,
    args: &'a Args,
) -> impl Iterator<Item = Record<'a>> + 'a {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).expect("a valid year");
    let days = if first.leap_year() { 366 } else { 365 };
    let per_quartier = indicators.len() * days;
    // The distinct record a copy repeats: the last one written.
    let mut distinct = 0;
    (0..count).map(move |i| {
        if i > 0 && args.copies > 0.0 && rng.random_bool(args.copies) {
            // The same indicator, day and note as the record before.
        } else if i > 0 {
            distinct += 1;
        }
        let i = distinct;
        let (indicator_index, day, note) = match args.places {
            None => (
                i % indicators.len(),
                (i / indicators.len()) % days,
                format!("Quartier {}", i / per_quartier + 1),
            ),
            Some(places) => {
                let (place, rest) = (i % places, i / places);
                let round = rest / per_quartier;
                let note = if round == 0 {
                    format!("Quartier {}", place + 1)
                } else {
                    format!("Quartier {} ({})", place + 1, round + 1)
                };
                (
                    rest % indicators.len(),
                    (rest / indicators.len()) % days,
                    note,
                )
            }
        };
        let note = if args.unique_notes {
            long_note(i, args.note_length)
        } else {
            note
        };
        let (indicator, kind) = &indicators[indicator_index];
        let value = match kind {
            Kind::Boolean => if rng.random_bool(0.8) { "oui" } else { "non" }.to_string(),
            Kind::Number { max, decimals } => {
                let n = rng.random_range(0.0..=*max);
                if *decimals {
                    format!("{:.1}", n)
                } else {
                    format!("{}", n.round())
                }
            }
        };
        Record {
            indicator,
            date: first + Duration::days(day as i64),
            value,
            note,
        }
    })
}

/// The `i`th distinct note, made `length` characters long (at least its number).
fn long_note(i: usize, length: usize) -> String {
    // No comma, double quote or colon: the generator writes notes as they are, in CSV and YAML.
    const REMARK: &str = " relevé lors du passage de l'équipe et à confirmer avec le service";
    let note = format!("Note {i}");
    let missing = length.saturating_sub(note.len());
    note.chars()
        .chain(REMARK.chars().cycle().take(missing))
        .collect()
}

fn write_file(path: &Path, text: &[u8]) -> anyhow::Result<()> {
    std::fs::create_dir_all(path.parent().expect("a file in a folder"))?;
    let mut file = std::io::BufWriter::new(
        std::fs::File::create(path).with_context(|| format!("{}", path.display()))?,
    );
    file.write_all(text)?;
    file.flush()?;
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let args = parse_args()?;
    let plan: Plan = serde_saphyr::from_str(SHIPPED).context("the shipped plan")?;
    let indicators = indicators(&plan);
    let year = plan.year.value;
    let mut rng = ChaCha8Rng::seed_from_u64(args.seed);
    for commune in 1..=args.communes {
        let (id, name) = if commune == 1 {
            (SHIPPED_ID.to_string(), SHIPPED_COMMUNE.to_string())
        } else {
            (
                format!("commune-{commune:03}-{year}"),
                format!("Commune {commune:03}"),
            )
        };
        let plan_text = SHIPPED
            .replacen(
                &format!("\nid: {SHIPPED_ID}\n"),
                &format!("\nid: {id}\n"),
                1,
            )
            .replacen(
                &format!("\ncommune: {SHIPPED_COMMUNE}\n"),
                &format!("\ncommune: {name}\n"),
                1,
            );
        write_file(
            &args
                .out
                .join(format!("plans/commune-{commune:03}-{year}.yaml")),
            plan_text.as_bytes(),
        )?;
        // The records left over from an uneven split go to the first communes.
        let count =
            args.records / args.communes + usize::from(commune <= args.records % args.communes);
        let mut yaml = format!(
            "# Synthetic benchmark data (bench/generate.rs, seed {}): not real figures.\nplan: {id}\nmeasurements:\n",
            args.seed
        );
        let mut csv = String::from("plan,indicator,date,period,value,note\n");
        for r in records(&indicators, count, year, &mut rng, &args) {
            let date = r.date.format("%Y-%m-%d");
            writeln!(
                yaml,
                "  - indicator: {}\n    date: {date}\n    value: {}\n    note: {}",
                r.indicator, r.value, r.note
            )?;
            writeln!(csv, "{id},{},{date},,{},{}", r.indicator, r.value, r.note)?;
        }
        write_file(
            &args
                .out
                .join(format!("yaml/measurements-{commune:03}.yaml")),
            yaml.as_bytes(),
        )?;
        write_file(
            &args.out.join(format!("csv/measurements-{commune:03}.csv")),
            csv.as_bytes(),
        )?;
    }
    eprintln!(
        "wrote {} plan(s) and {} records (YAML and CSV) under {}",
        args.communes,
        args.records,
        args.out.display()
    );
    Ok(())
}
