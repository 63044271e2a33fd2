//! Whatever bytes arrive, loading and checking never panic, and a report can always be
//! built from what passed the checks (issue 4). Random edits of the shipped plan and of
//! the example measurements, and random YAML-like text, go through the library.

use std::path::PathBuf;

use proptest::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Loads `files`, checks them, and builds the 2023 report of every plan.
fn load_check_report(files: Vec<(&str, Vec<u8>)>) {
    let mut workspace = plan::input::Workspace::default();
    for (name, bytes) in files {
        workspace.add_file(PathBuf::from(name), bytes);
    }
    let checked: plan::check::Checked<plan::compute::series::Series> =
        plan::check::run(&workspace).expect("files in memory can be read");
    let none = Default::default();
    for (_, plan) in &workspace.plans {
        let series = checked.measured.series.get(&plan.id.value).unwrap_or(&none);
        let year = plan.year.value.clamp(1900, 2200);
        let window = plan::calendar::DateRange::year(year).unwrap();
        let report = plan::compute::report::build(
            plan,
            series,
            &[],
            year.to_string(),
            window,
            None,
            &Default::default(),
            window.end,
            plan::compute::report::Notes::Listed,
        );
        assert!(report.counts.total() <= plan.indicators().count());
    }
}

/// `text` with `edits` applied: each replaces one byte at a position (modulo the length).
fn edit(text: &[u8], edits: &[(usize, u8)]) -> Vec<u8> {
    let mut bytes = text.to_vec();
    for (at, byte) in edits {
        if !bytes.is_empty() {
            let at = at % bytes.len();
            bytes[at] = *byte;
        }
    }
    bytes
}

fn yaml_byte() -> impl Strategy<Value = u8> {
    prop_oneof![
        Just(b' '),
        Just(b'\n'),
        Just(b'\t'),
        Just(b':'),
        Just(b'-'),
        Just(b'['),
        Just(b']'),
        Just(b'{'),
        Just(b'}'),
        Just(b'"'),
        Just(b'\''),
        Just(b'#'),
        Just(b'&'),
        Just(b'*'),
        Just(b'!'),
        Just(b'|'),
        Just(b'>'),
        Just(b'%'),
        Just(b','),
        Just(b'0'),
        Just(b'9'),
        Just(b'a'),
        Just(0xC3),
        Just(0xFF),
        any::<u8>(),
    ]
}

proptest! {
    // 200 cases in the test suite; PROPTEST_CASES=20000 for a longer search.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(200),
        ..ProptestConfig::default()
    })]

    #[test]
    fn edited_plan_and_measurements(
        plan_edits in proptest::collection::vec((any::<usize>(), yaml_byte()), 1..6),
        measurement_edits in proptest::collection::vec((any::<usize>(), yaml_byte()), 0..6),
    ) {
        let plan = std::fs::read(root().join("plans/molenbeek-saint-jean-2023.yaml")).unwrap();
        let measurements = std::fs::read(root().join("examples/measurements-2023.yaml")).unwrap();
        load_check_report(vec![
            ("plan.yaml", edit(&plan, &plan_edits)),
            ("m.yaml", edit(&measurements, &measurement_edits)),
        ]);
    }

    #[test]
    fn edited_csv_measurements(
        edits in proptest::collection::vec((any::<usize>(), yaml_byte()), 0..8),
    ) {
        let plan = std::fs::read(root().join("tests/fixtures/attainment/plan.yaml")).unwrap();
        let csv = b"plan;indicator;date;period;value;note\r\ndemo-2023;A-2-a;2023-03-01;;4,5;\"a; b\"\r\ndemo-2023;A-4-a;;2023-Q2;oui;\r\n";
        load_check_report(vec![("plan.yaml", plan), ("m.csv", edit(csv, &edits))]);
    }

    #[test]
    fn random_yaml_like_text(bytes in proptest::collection::vec(yaml_byte(), 0..300)) {
        load_check_report(vec![("random.yaml", bytes.clone()), ("random.csv", bytes)]);
    }
}
