//! Broken and hostile input through the real binary (issue 4): every case must end with
//! the right exit status and a message naming the file (and line:column where the fault
//! has one), never a panic, and leave the user's files as they were.
//!
//! The static corpus is `tests/fixtures/hostile/`; copies of the shipped plan broken in
//! one way each, deep nesting, files over the size limits, symlink loops and unreadable files are made
//! at run time. Time and memory figures are printed by `cargo bench --bench figures`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(dir: &Path, args: &[&str]) -> Output {
    common::plan()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap()
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// `plan validate --format short` in `dir`: the exit status and the output.
fn validate(dir: &Path, paths: &[&str]) -> (i32, String) {
    let mut args = vec!["validate", "--format", "short"];
    args.extend_from_slice(paths);
    let output = run(dir, &args);
    let all = text(&output);
    assert!(!all.contains("panicked"), "{all}");
    (
        output.status.code().expect("an exit status, not a signal"),
        all,
    )
}

fn assert_finding(dir: &Path, paths: &[&str], finding: &str) {
    let (status, out) = validate(dir, paths);
    assert_eq!(status, 1, "{paths:?}: {out}");
    assert!(
        out.contains(finding),
        "{paths:?}: expected `{finding}` in\n{out}"
    );
}

#[test]
fn static_corpus() {
    let dir = root().join("tests/fixtures/hostile");
    let cases = [
        (
            "empty.yaml",
            "empty.yaml:1:1: error[E003]: the file is empty",
        ),
        ("empty.csv", "empty.csv:1:1: error[E003]: the file is empty"),
        (
            "two-documents.yaml",
            "two-documents.yaml:2:1: error[E001]: a second YAML document",
        ),
        (
            "comment-only.yaml",
            "comment-only.yaml:1:1: error[E003]: the file is empty",
        ),
        (
            "top-level-list.yaml",
            "top-level-list.yaml:1:1: error[E003]: the file is a list",
        ),
        (
            "top-level-scalar.yaml",
            "top-level-scalar.yaml:1:1: error[E003]: the file is a single value",
        ),
        (
            "invalid-utf8.yaml",
            "invalid-utf8.yaml:2:11: error[E002]: file is not valid UTF-8",
        ),
        (
            "alias-bomb.yaml",
            "alias-bomb.yaml:2:58: error[E008]: aliases expand to too much data",
        ),
    ];
    for (file, finding) in cases {
        assert_finding(&dir, &[file], finding);
    }
}

#[test]
fn dates_and_numbers() {
    let dir = root().join("tests/fixtures");
    let plan = "attainment/plan.yaml";
    for finding in [
        "hostile/dates.yaml:4:30: error[E205]: `2023-02-30` is not a date of the calendar",
        "hostile/dates.yaml:5:30: error[E205]: `2023-2-3` is not a date written YYYY-MM-DD",
        "hostile/dates.yaml:6:30: error[E205]: `23-02-03` is not a date written YYYY-MM-DD",
        "hostile/dates.yaml:7:30: error[E205]: `2023-13-01` is not a date of the calendar",
        "hostile/dates.yaml:8:32: error[E205]: `2023-Q5`",
        "hostile/dates.yaml:9:32: error[E205]: `2023-W54`",
    ] {
        assert_finding(&dir, &[plan, "hostile/dates.yaml"], finding);
    }
    for finding in [
        "hostile/numbers.yaml:4:49: error[E204]: value is not a finite number",
        "hostile/numbers.yaml:5:49: error[E204]: value is not a finite number",
        // An exponent is not read (the number rule of SPEC §2.2, as in CSV).
        "hostile/numbers.yaml:6:49: error[E007]: `1e400` is neither a number nor yes/no",
        "hostile/numbers.yaml:7:49: error[E204]: negative value -3",
        "hostile/numbers.yaml:8:49: error[E204]: value is not a finite number",
    ] {
        assert_finding(&dir, &[plan, "hostile/numbers.yaml"], finding);
    }
}

#[test]
fn byte_order_mark_and_crlf_are_accepted() {
    let dir = root().join("tests/fixtures/hostile/bom-crlf");
    let (status, out) = validate(&dir, &["."]);
    assert_eq!(status, 0, "{out}");
    let output = run(&dir, &["export", "--year", "2023", "--format", "json", "."]);
    assert!(output.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let b1 = rows.iter().find(|r| r["indicator_id"] == "B-1-a").unwrap();
    assert_eq!(b1["actual"], 4.5, "decimal comma read from the `;` CSV");
    let a2 = rows.iter().find(|r| r["indicator_id"] == "A-2-a").unwrap();
    assert_eq!(a2["notes"], "réunion");
}

/// Where `at` (a part of `new`) lands once `old` is replaced by `new` in `text`.
fn location(text: &str, old: &str, new: &str, at: &str) -> (usize, usize) {
    let start = text
        .find(old)
        .unwrap_or_else(|| panic!("`{old}` not in the plan"));
    let offset = start
        + new
            .find(at)
            .unwrap_or_else(|| panic!("`{at}` not in `{new}`"));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line, column)
}

/// Copies of the shipped plan, each broken in one way: (old text, new text, the part
/// of the new text the finding must point at, code).
const MUTATIONS: &[(&str, &str, &str, &str)] = &[
    ("- id: GDP-2\n", "- id: GDP-1\n", "GDP-1", "E102"),
    ("- id: GDP-1-a", "- id: GDP 1 a", "GDP 1 a", "E101"),
    (
        "  label: Nombre d'heures",
        "  lable: Nombre d'heures",
        "lable",
        "E005",
    ),
    ("language: fr", "langage: fr", "langage", "E005"),
    ("language: fr", "language: de", "de", "E007"),
    ("year: 2023", "year: deux-mille", "deux-mille", "E007"),
    (
        "year: 2023",
        "year: 99999999999999999999",
        "99999999999999999999",
        "E007",
    ),
    (
        "year: 2023\n",
        "year: 2023\nyear: 2024\n",
        "year: 2024",
        "E004",
    ),
    (
        "partial_threshold: 50",
        "partial_threshold: cinquante",
        "cinquante",
        "E007",
    ),
    (
        "partial_threshold: 50",
        "partial_threshold: 150",
        "150",
        "E106",
    ),
    ("  - id: S2\n", "  - id: [S2]\n", "[S2]", "E007"),
    (
        "target: \">/= 3 heures/jour\"",
        "target: \">/= trois heures/jour\"",
        "\">/=",
        "E103",
    ),
    (
        "target: \">/= 3 heures/jour\"",
        "target: \">/= 3 heures/siècle\"",
        "\">/=",
        "E103",
    ),
    (
        "target: \">/= 3 heures/jour\"",
        "target: [3]",
        "[3]",
        "E007",
    ),
    (
        "target: \">/= 3 heures/jour\"",
        "target: \">/= 3 heures/jour\"\n                        baseline: .nan",
        ".nan",
        "E106",
    ),
    (
        "target: \">/= 3 heures/jour\"",
        "target: \">/= 3 heures/jour\"\n                        baseline: trois",
        "trois",
        "E007",
    ),
    (
        "shares: {results: MEDLOC-1, indicators: MEDLOC-1}",
        "shares: {results: MEDLOC-9, indicators: MEDLOC-1}",
        "MEDLOC-9",
        "E104",
    ),
    (
        "shares: {results: MEDLOC-1, indicators: MEDLOC-1}",
        "shares: {results: [MEDLOC-1]}",
        "[MEDLOC-1]",
        "E007",
    ),
    (
        "title: Assurer la présence dissuasive des Gardiens de la Paix sur le terrain",
        "title: [Assurer la présence dissuasive des Gardiens de la Paix sur le terrain",
        "[",
        "E001",
    ),
    (
        "                      - Présence dissuasive quotidienne des Gardiens",
        "\t- Présence dissuasive quotidienne des Gardiens",
        "\t",
        "E001",
    ),
    (
        "      - id: S2-OG1\n",
        "      - id: S2-OG1\n        strategic: x\n",
        "strategic",
        "E005",
    ),
    (
        "            handled_by: Zone de Police",
        "            handled_by: [Zone, Police]",
        "[Zone",
        "E007",
    ),
    (
        "          - id: S2-OG1-OS1\n",
        "          - id: S2-OG1-OS1\n            handled_by: Zone de Police\n",
        "S2-OG1-OS1",
        "E106",
    ),
    (
        "      - id: S1-OG1\n        title: Contribution au fonctionnement des zones de police\n",
        "      - id: S1-OG1\n        title: [Contribution]\n",
        "[Contribution]",
        "E007",
    ),
    (
        "              - service: GDP\n",
        "              - service: [GDP]\n",
        "[GDP]",
        "E007",
    ),
    (
        "                      - Présence dissuasive quotidienne des Gardiens de la Paix dans les quartiers cibles.",
        "                      - {a: 1}",
        "{a: 1}",
        "E007",
    ),
    (
        "  label: Nombre d'heures de présence des Gardiens de la Paix dans les quartiers identifiés à risques",
        "  label: [1, 2]",
        "[1, 2]",
        "E007",
    ),
];

/// Writes each mutation of the repository file `base` as `name` beside copies of
/// `companions`, and checks that `plan validate --strict` finds the fault where it is.
fn assert_broken_copies(
    base: &str,
    name: &str,
    companions: &[&str],
    mutations: &[(&str, &str, &str, &str)],
) {
    let original = std::fs::read_to_string(root().join(base)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut paths = vec![name.to_string()];
    for companion in companions {
        let file_name = Path::new(companion)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        std::fs::copy(root().join(companion), dir.path().join(&file_name)).unwrap();
        paths.push(file_name);
    }
    let mut args = vec!["validate", "--strict", "--format", "short"];
    args.extend(paths.iter().map(String::as_str));
    let mut failures = Vec::new();
    for (old, new, at, code) in mutations {
        let broken = original.replacen(old, new, 1);
        assert_ne!(broken, original, "`{old}` not found in {base}");
        let (line, column) = location(&original, old, new, at);
        std::fs::write(dir.path().join(name), &broken).unwrap();
        let output = run(dir.path(), &args);
        let out = text(&output);
        let severity = if code.starts_with('W') {
            "warning"
        } else {
            "error"
        };
        let expected = format!("{name}:{line}:{column}: {severity}[{code}]");
        if output.status.code() != Some(1) || !out.contains(&expected) {
            failures.push(format!(
                "{old:?} -> {new:?}: expected exit 1 and `{expected}`, got {:?}:\n{out}",
                output.status.code()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn copies_of_the_shipped_plan_broken_one_way_each() {
    assert_broken_copies(
        "plans/molenbeek-saint-jean-2023.yaml",
        "plan.yaml",
        &[],
        MUTATIONS,
    );
}

#[test]
fn a_missing_key_points_at_its_mapping() {
    let plan =
        std::fs::read_to_string(root().join("plans/molenbeek-saint-jean-2023.yaml")).unwrap();
    let label = "                        label: Nombre d'heures de présence des Gardiens de la Paix dans les quartiers identifiés à risques\n";
    let broken = plan.replacen(label, "", 1);
    let (line, column) = location(&plan, "- id: GDP-1-a", "- id: GDP-1-a", "id");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), broken).unwrap();
    assert_finding(
        dir.path(),
        &["plan.yaml"],
        &format!("plan.yaml:{line}:{column}: error[E006]: missing key `label`"),
    );
}

#[test]
fn one_plan_twice_and_two_plans_for_one_commune_and_year() {
    let plan =
        std::fs::read_to_string(root().join("plans/molenbeek-saint-jean-2023.yaml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), &plan).unwrap();
    std::fs::write(dir.path().join("b.yaml"), &plan).unwrap();
    let (line, column) = location(
        &plan,
        "id: molenbeek-saint-jean-2023",
        "id: molenbeek-saint-jean-2023",
        "molenbeek",
    );
    assert_finding(
        dir.path(),
        &["."],
        &format!(
            "b.yaml:{line}:{column}: error[E105]: plan id `molenbeek-saint-jean-2023` is already declared by another file"
        ),
    );
    std::fs::write(
        dir.path().join("b.yaml"),
        plan.replacen("id: molenbeek-saint-jean-2023", "id: molenbeek-bis", 1),
    )
    .unwrap();
    let (line, column) = location(&plan, "year: 2023", "year: 2023", "2023");
    assert_finding(
        dir.path(),
        &["."],
        &format!(
            "b.yaml:{line}:{column}: error[E105]: a second plan for Molenbeek-Saint-Jean 2023"
        ),
    );
}

#[test]
fn deep_nesting_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 100_000;
    let flow = format!("sectors: {}{}\n", "[".repeat(depth), "]".repeat(depth));
    std::fs::write(dir.path().join("flow.yaml"), flow).unwrap();
    // Block nesting needs one more space a level: 2 000 levels already make 2 MB.
    let block: String = (1..=2_000)
        .map(|i| format!("{}- \n", " ".repeat(i)))
        .collect();
    std::fs::write(dir.path().join("block.yaml"), format!("sectors:\n{block}")).unwrap();
    let mapping: String = (0..2_000)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
        .collect();
    std::fs::write(dir.path().join("mapping.yaml"), mapping).unwrap();
    for file in ["flow.yaml", "block.yaml", "mapping.yaml"] {
        let (status, out) = validate(dir.path(), &[file]);
        assert_eq!(status, 1, "{out}");
        assert!(
            out.contains(&format!("{file}:")) && out.contains("error[E"),
            "{out}"
        );
    }
    let (_, out) = validate(dir.path(), &["flow.yaml"]);
    assert!(
        out.contains("flow.yaml:1:") && out.contains("error[E008]: nesting deeper than 64 levels"),
        "{out}"
    );
}

#[test]
fn files_over_the_size_limits_are_refused_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    // Sparse files, written in no time. Measurements are streamed: only a file over
    // 4 GiB is refused, before it is read.
    let huge = std::fs::File::create(dir.path().join("huge.csv")).unwrap();
    huge.set_len(5 * 1024 * 1024 * 1024).unwrap();
    // A plan is read whole: over 16 MiB it is refused once its first keys tell it is one.
    let mut plan = std::fs::File::create(dir.path().join("plan.yaml")).unwrap();
    std::io::Write::write_all(&mut plan, b"sectors: []\n#").unwrap();
    plan.set_len(20 * 1024 * 1024).unwrap();
    drop((huge, plan));
    let (status, out) = validate(dir.path(), &["huge.csv", "plan.yaml"]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("huge.csv:1:1: error[E008]: file is 5,368,709,120 bytes, larger than the limit of 4,294,967,296 bytes"),
        "{out}"
    );
    assert!(
        out.contains("plan.yaml:1:1: error[E008]: file is 20,971,520 bytes, larger than the limit of 16,777,216 bytes"),
        "{out}"
    );
    // A YAML file whose first 16 MiB name neither kind is not read further (here one
    // comment of 17 MiB).
    let comment = format!("# {}\n", "x".repeat(17 << 20));
    std::fs::write(dir.path().join("comment.yaml"), comment).unwrap();
    let (status, out) = validate(dir.path(), &["comment.yaml"]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("comment.yaml:1:1: error[E008]: no `sectors` or `measurements` key in the first 16,777,216 bytes"),
        "{out}"
    );
    // A CSV row longer than 1 MiB (a quote left open) stops the file there.
    let row = format!(
        "plan,indicator,date,period,value,note\np,GDP-2-a,2023-01-02,,1,ok\np,GDP-2-a,2023-01-03,,1,\"{}\n",
        "x".repeat(3 << 20)
    );
    std::fs::write(dir.path().join("long.csv"), row).unwrap();
    let (status, out) = validate(dir.path(), &["long.csv"]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("long.csv:3:1: error[E008]: a row longer than 1,048,576 bytes: the rest of the file is not read"),
        "{out}"
    );
    // The human format quotes the plan's first line, read alone (its second line, 20 MB
    // of zeros, is cut), and nothing of the file over 4 GiB.
    let human = text(&run(dir.path(), &["validate", "huge.csv", "plan.yaml"]));
    assert!(human.contains("1 | sectors: []\n"), "{human}");
    assert!(human.len() < 2_000, "{human}");
}

#[test]
fn a_directory_symlink_loop_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    std::fs::copy(
        root().join("plans/molenbeek-saint-jean-2023.yaml"),
        plans.join("plan.yaml"),
    )
    .unwrap();
    std::os::unix::fs::symlink("..", plans.join("loop")).unwrap();
    std::os::unix::fs::symlink("loop", plans.join("self.yaml")).unwrap();
    let output = run(dir.path(), &["validate", "plans"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(
        text(&output).contains("checked 1 file"),
        "{}",
        text(&output)
    );
}

#[test]
fn a_path_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    let (status, out) = validate(dir.path(), &["no-such-plans"]);
    assert_eq!(status, 2);
    assert!(
        out.contains("error: no-such-plans: no such file or directory"),
        "{out}"
    );
}

#[test]
fn an_unreadable_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.yaml");
    std::fs::write(&path, "id: x\n").unwrap();
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Root reads anything: make the file a link to one that fails on read.
        std::fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink("/proc/self/mem", &path).unwrap();
    }
    let (status, out) = validate(dir.path(), &["secret.yaml"]);
    assert_eq!(status, 2, "{out}");
    assert!(out.starts_with("error: secret.yaml: "), "{out}");
}

#[test]
fn an_existing_export_survives_a_failed_export() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["plan.yaml", "measurements.yaml"] {
        std::fs::copy(
            root().join("tests/fixtures/attainment").join(name),
            dir.path().join(name),
        )
        .unwrap();
    }
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let previous = b"plan_id,commune\nprevious,export\n";
    std::fs::write(out_dir.join("report.csv"), previous).unwrap();
    let files_in_out = || {
        let mut names: Vec<String> = std::fs::read_dir(&out_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };

    // An error found late: the measurements are read and checked after the plan.
    let measurements = std::fs::read_to_string(dir.path().join("measurements.yaml")).unwrap();
    std::fs::write(
        dir.path().join("measurements.yaml"),
        measurements.replace("value: 75", "value: -75"),
    )
    .unwrap();
    let output = run(
        dir.path(),
        &[
            "export",
            "--year",
            "2023",
            "plan.yaml",
            "measurements.yaml",
            "-o",
            "out/report.csv",
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(text(&output).contains("measurements.yaml:"));
    assert_eq!(std::fs::read(out_dir.join("report.csv")).unwrap(), previous);
    assert_eq!(files_in_out(), ["report.csv"]);
    std::fs::write(dir.path().join("measurements.yaml"), &measurements).unwrap();

    // A target that no file may replace (a directory stands there): refused before
    // anything is written.
    std::fs::create_dir(out_dir.join("taken.csv")).unwrap();
    let output = run(
        dir.path(),
        &[
            "export",
            "--year",
            "2023",
            "plan.yaml",
            "measurements.yaml",
            "-o",
            "out/taken.csv",
        ],
    );
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(
        text(&output).contains("out/taken.csv is a folder, not a regular file"),
        "{}",
        text(&output)
    );
    assert_eq!(
        files_in_out(),
        ["report.csv", "taken.csv"],
        "no temporary file left"
    );
    assert!(
        std::fs::read_dir(out_dir.join("taken.csv"))
            .unwrap()
            .next()
            .is_none()
    );

    // An output directory that does not exist.
    let output = run(
        dir.path(),
        &[
            "export",
            "--year",
            "2023",
            "plan.yaml",
            "-o",
            "missing/report.csv",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).contains("cannot write missing/report.csv"));

    // The user's own files are never an output.
    let before = std::fs::read(dir.path().join("plan.yaml")).unwrap();
    let output = run(
        dir.path(),
        &[
            "export",
            "--year",
            "2023",
            "--format",
            "csv",
            "plan.yaml",
            "-o",
            "plan.yaml",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).contains("plan.yaml is one of the input files"));
    assert_eq!(std::fs::read(dir.path().join("plan.yaml")).unwrap(), before);

    // And a successful export replaces the previous one whole.
    let output = run(
        dir.path(),
        &[
            "export",
            "--year",
            "2023",
            "plan.yaml",
            "measurements.yaml",
            "-o",
            "out/report.csv",
        ],
    );
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        std::fs::read_to_string(out_dir.join("report.csv"))
            .unwrap()
            .starts_with("plan_id,commune,year,")
    );
    assert_eq!(files_in_out(), ["report.csv", "taken.csv"]);
}

/// Copies of the example measurements, each broken in one way: (old text, new text, the
/// part of the new text the finding must point at, code). Warnings are checked with
/// `--strict`.
const MEASUREMENT_MUTATIONS: &[(&str, &str, &str, &str)] = &[
    (
        "plan: molenbeek-saint-jean-2023",
        "plan: molenbeek-2023",
        "molenbeek-2023",
        "E201",
    ),
    (
        "  - indicator: GDP-2-a\n",
        "  - indicator: GDP-2-z\n",
        "GDP-2-z",
        "E202",
    ),
    (
        "  - indicator: GDP-2-a\n",
        "  - indicator: {id: GDP-2-a}\n",
        "{",
        "E007",
    ),
    (
        "    date: 2023-01-17\n",
        "    date: [2023, 1, 17]\n",
        "[",
        "E007",
    ),
    (
        "    date: 2023-01-17\n",
        "    date: 2023-01-32\n",
        "2023-01-32",
        "E205",
    ),
    (
        "    date: 2023-01-17\n",
        "    date: 17/01/2023\n",
        "17/01/2023",
        "E205",
    ),
    (
        "    date: 2023-01-17\n",
        "    period: 2023-01\n    date: 2023-01-17\n",
        "2023-01",
        "E206",
    ),
    (
        "  - indicator: GDP-2-a\n    date: 2023-01-17\n    value: 1\n",
        "  - indicator: GDP-2-a\n    value: 1\n",
        "GDP-2-a",
        "E206",
    ),
    (
        "    date: 2023-01-17\n    value: 1\n",
        "    date: 2023-01-17\n    value: -1\n",
        "-1\n",
        "E204",
    ),
    (
        "    date: 2023-01-17\n    value: 1\n",
        "    date: 2023-01-17\n    value: .nan\n",
        ".nan",
        "E204",
    ),
    (
        "    date: 2023-01-17\n    value: 1\n",
        "    date: 2023-01-17\n    value: oui\n",
        "oui",
        "E203",
    ),
    (
        "    date: 2023-01-17\n    value: 1\n",
        "    date: 2023-01-17\n    value: beaucoup\n",
        "beaucoup",
        "E007",
    ),
    (
        "    date: 2023-01-17\n    value: 1\n",
        "    date: 2023-01-17\n    valeur: 1\n",
        "valeur",
        "E005",
    ),
    (
        "    date: 2023-01-17\n    value: 1\n",
        "    date: 2023-01-17\n    value: 1\n    value: 2\n",
        "value: 2",
        "E004",
    ),
    (
        "    date: 2023-01-16\n    value: non\n",
        "    date: 2023-01-16\n    value: 3\n",
        "3\n",
        "E203",
    ),
    (
        "  - indicator: GDP-1-a\n    date: 2023-01-02\n",
        "  - indicator: GDP-1-a\n    period: 2023-01\n",
        "2023-01",
        "E207",
    ),
    (
        "    date: 2023-01-17\n",
        "    date: 2022-12-17\n",
        "2022-12-17",
        "W201",
    ),
    (
        "  - indicator: GDP-4-a\n    period: 2023-02\n",
        "  - indicator: GDP-4-a\n    period: 2023-01\n",
        "GDP-4-a\n    period: 2023-01\n",
        "W202",
    ),
];

#[test]
fn copies_of_the_example_measurements_broken_one_way_each() {
    assert_broken_copies(
        "examples/measurements-2023.yaml",
        "m.yaml",
        &["plans/molenbeek-saint-jean-2023.yaml"],
        MEASUREMENT_MUTATIONS,
    );
}

#[test]
fn csv_rows_with_extra_fields_and_exports_given_as_measurements() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("tests/fixtures/attainment/plan.yaml"),
        dir.path().join("plan.yaml"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("m.csv"),
        "plan,indicator,date,period,value,note\ndemo-2023,A-2-a,2023-03-01,,4,a, b\ndemo-2023,A-2-z,2023-03-02,,1,\n",
    )
    .unwrap();
    let (status, out) = validate(dir.path(), &["plan.yaml", "m.csv"]);
    assert_eq!(status, 1);
    assert!(
        out.contains("m.csv:2:33: error[E001]: row has 7 fields, the header 6"),
        "{out}"
    );
    assert!(
        out.contains("m.csv:3:11: error[E202]: unknown indicator `A-2-z`"),
        "the next rows are still checked: {out}"
    );

    let export = run(
        dir.path(),
        &["export", "--year", "2023", "plan.yaml", "-o", "export.csv"],
    );
    assert!(export.status.success(), "{}", text(&export));
    let args = [
        "export",
        "--year",
        "2023",
        "--lang",
        "fr",
        "plan.yaml",
        "-o",
        "fr.csv",
    ];
    let translated = run(dir.path(), &args);
    assert!(translated.status.success(), "{}", text(&translated));
    let (status, out) = validate(dir.path(), &["."]);
    assert!(out.contains("fr.csv:1:1: error[E003]"), "{out}");
    assert_eq!(status, 1);
    assert!(
        out.contains("export.csv:1:1: error[E003]: this CSV file is an export of `plan export`"),
        "{out}"
    );
    assert_eq!(
        out.matches("export.csv").count(),
        1,
        "one finding, not one per column: {out}"
    );
}

#[test]
fn no_data_file_at_all_is_an_error_and_extensions_ignore_case() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    let (status, out) = validate(dir.path(), &["plans"]);
    assert_eq!(status, 2, "an empty folder must not pass CI: {out}");
    assert!(
        out.contains(
            "error: no plan or measurements file (*.yaml, *.yml, *.csv, *.xlsx, *.xls, *.ods) in plans"
        ),
        "{out}"
    );
    std::fs::copy(
        root().join("plans/molenbeek-saint-jean-2023.yaml"),
        dir.path().join("plans/PLAN.YAML"),
    )
    .unwrap();
    let output = run(dir.path(), &["validate", "plans"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(text(&output).contains("checked 1 file: 1 plan with 31 indicators"));
}
