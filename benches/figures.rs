//! Time and memory figures, printed (never asserted): large measurement files and the
//! hostile inputs of issue 4, each run through the release binary as a user would.
//!
//! `cargo bench --bench figures` prints, per case, the wall time, the peak resident
//! memory of the `plan` process and its exit status.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PLAN: &str = env!("CARGO_BIN_EXE_plan");

struct Figures {
    wall: Duration,
    max_rss_kib: i64,
    status: i32,
}

/// Runs `plan` with `args` in `dir`, its output discarded, and measures it.
///
/// Linux counts in a process's peak memory the memory of the process that started it,
/// as it was when it started it. This bench holds large test files in memory, so it does
/// not start `plan` itself: it starts a fresh copy of itself (`--measure`), small, which
/// starts `plan` and reports what `wait4` says of it.
fn measure(dir: &Path, args: &[&str]) -> Figures {
    let output = Command::new(std::env::current_exe().unwrap())
        .arg("--measure")
        .arg(dir)
        .args(args)
        .output()
        .expect("the bench starts itself");
    let text = String::from_utf8(output.stdout).unwrap();
    let fields: Vec<&str> = text.split_whitespace().collect();
    Figures {
        wall: Duration::from_secs_f64(fields[0].parse().unwrap()),
        max_rss_kib: fields[1].parse().unwrap(),
        status: fields[2].parse().unwrap(),
    }
}

/// `--measure DIR ARGS…`: run `plan ARGS…` in DIR; print seconds, peak KiB and status.
#[expect(
    clippy::zombie_processes,
    reason = "the child is reaped by wait4, which gives its rusage"
)]
fn measure_child(dir: &str, args: &[String]) {
    let start = Instant::now();
    let child = Command::new(PLAN)
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("plan starts");
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in; wait4 reaps the child started
    // just above, which nothing else waits for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4");
    let exit = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    println!(
        "{} {} {exit}",
        start.elapsed().as_secs_f64(),
        usage.ru_maxrss
    );
}

fn print(case: &str, figures: &Figures) {
    println!(
        "{case:<48} {:>9.3} s {:>9.1} MiB  exit {}{}",
        figures.wall.as_secs_f64(),
        figures.max_rss_kib as f64 / 1024.0,
        figures.status,
        if figures.wall > Duration::from_secs(2) {
            "  (over 2 s)"
        } else {
            ""
        }
    );
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Indicator ids and whether their target is yes/no, from the shipped plan's tree.
fn indicators() -> Vec<(String, bool)> {
    let plan =
        std::fs::read_to_string(root().join("plans/molenbeek-saint-jean-2023.yaml")).unwrap();
    let mut out = Vec::new();
    let mut id = None;
    for line in plan.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("- id: ") {
            id = Some(rest.to_string());
        } else if let Some(target) = line.strip_prefix("target: ")
            && let Some(id) = id.take()
        {
            out.push((id, target.contains("Oui/Non")));
        }
    }
    out
}

/// A measurements file of about `records` dated records over 2023, YAML or CSV.
fn measurements(dir: &Path, records: usize, csv: bool) -> String {
    let indicators = indicators();
    let name = format!("m-{records}.{}", if csv { "csv" } else { "yaml" });
    let mut text = if csv {
        String::from("plan,indicator,date,period,value,note\n")
    } else {
        String::from("plan: molenbeek-saint-jean-2023\nmeasurements:\n")
    };
    for n in 0..records {
        let (id, boolean) = &indicators[n % indicators.len()];
        let day = day_of_2023(n / indicators.len());
        let value = if *boolean {
            "oui".to_string()
        } else {
            format!("{}.5", n % 7)
        };
        if csv {
            text.push_str(&format!("molenbeek-saint-jean-2023,{id},{day},,{value},\n"));
        } else {
            text.push_str(&format!(
                "  - {{indicator: {id}, date: {day}, value: {value}}}\n"
            ));
        }
    }
    std::fs::write(dir.join(&name), text).unwrap();
    name
}

/// The `n`-th day of 2023 (wrapping), as YYYY-MM-DD, without a date library.
fn day_of_2023(n: usize) -> String {
    const DAYS: [usize; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut day = n % 365;
    let mut month = 0;
    while day >= DAYS[month] {
        day -= DAYS[month];
        month += 1;
    }
    format!("2023-{:02}-{:02}", month + 1, day + 1)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--measure") {
        measure_child(&args[2], &args[3..]);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let plans = root().join("plans");
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    std::fs::copy(
        plans.join("molenbeek-saint-jean-2023.yaml"),
        dir.path().join("plans/plan.yaml"),
    )
    .unwrap();

    println!("== large measurement files (the shipped plan, 31 indicators)");
    println!("   (records are spread over the days of 2023; duplicates become warnings)");
    for records in [11_315, 100_000, 250_000] {
        for csv in [false, true] {
            let name = measurements(dir.path(), records, csv);
            let size = std::fs::metadata(dir.path().join(&name)).unwrap().len();
            for command in ["validate", "report"] {
                let mut args = vec![command];
                if command == "report" {
                    args.extend(["--year", "2023"]);
                }
                args.extend(["plans", name.as_str()]);
                let figures = measure(dir.path(), &args);
                print(
                    &format!("{command} {name} ({:.1} MB)", size as f64 / 1e6),
                    &figures,
                );
            }
            std::fs::remove_file(dir.path().join(&name)).unwrap();
        }
    }

    println!("== hostile inputs (tests/fixtures/hostile and generated)");
    let hostile = root().join("tests/fixtures/hostile");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&hostile)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let figures = measure(&hostile, &["validate", &name]);
        print(&name, &figures);
    }
    let depth = 100_000;
    std::fs::write(
        dir.path().join("nesting.yaml"),
        format!("sectors: {}{}\n", "[".repeat(depth), "]".repeat(depth)),
    )
    .unwrap();
    print(
        "100 000 levels of flow nesting",
        &measure(dir.path(), &["validate", "nesting.yaml"]),
    );
    // Sparse: 5 GiB long, over the 4 GiB limit of measurements files, never read.
    let file = std::fs::File::create(dir.path().join("huge.csv")).unwrap();
    file.set_len(5 * 1024 * 1024 * 1024).unwrap();
    drop(file);
    print(
        "a 5 GiB file (over the limit)",
        &measure(dir.path(), &["validate", "huge.csv"]),
    );
    let large = dir.path().join("large.yaml");
    let mut text = String::from("plan: molenbeek-saint-jean-2023\nmeasurements:\n");
    let ids = indicators();
    let mut n = 0;
    while text.len() < 16 * 1024 * 1024 - 200 {
        let (id, boolean) = &ids[n % ids.len()];
        let value = if *boolean { "non" } else { "3.5" };
        let day = day_of_2023(n / ids.len());
        text.push_str(&format!(
            "  - {{indicator: {id}, date: {day}, value: {value}, note: a note to fill the file}}\n"
        ));
        n += 1;
    }
    std::fs::write(&large, text).unwrap();
    print(
        "a 16 MB YAML measurements file",
        &measure(dir.path(), &["validate", "plans", "large.yaml"]),
    );
}
