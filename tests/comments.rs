//! Comments (SPEC §2.4) where the figures are: under their indicator or objective in the
//! terminal, Markdown and HTML reports, and in the `comment` and `action` columns of the
//! exports, for the report's window only.

mod common;

use std::path::Path;

use common::plan;

const COMMENTS: &str = "\
plan: demo-2023
comments:
  - about: A-2-a
    text: Deux réunions annulées.
    action: Réunions mensuelles.
  - about: A-2-a
    period: 2023-Q4
    text: Quatrième trimestre sans réunion.
  - about: S2-OG1-OS1
    text: Objectif suivi de près.
  - about: A-3-a
    period: 2023-02
    text: Février calme.
";

/// The attainment fixture and a comments file beside it, in a folder of their own.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/attainment");
    for name in ["plan.yaml", "measurements.yaml"] {
        std::fs::copy(fixture.join(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("comments.yaml"), COMMENTS).unwrap();
    dir
}

fn run(dir: &Path, args: &[&str]) -> String {
    let out = plan().args(args).arg(dir).output().expect("plan runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn rows(dir: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["export", "--year", "2023", "--format", "json"];
    args.extend_from_slice(extra);
    serde_json::from_str(&run(dir, &args)).unwrap()
}

fn cell<'a>(
    rows: &'a [serde_json::Value],
    id: &str,
    period: &str,
    key: &str,
) -> &'a serde_json::Value {
    &rows
        .iter()
        .find(|r| r["indicator_id"] == id && r["period"] == period)
        .unwrap_or_else(|| panic!("no row {id} {period}"))[key]
}

#[test]
fn export_rows_carry_the_comments_of_their_period() {
    let dir = folder();
    let year = rows(dir.path(), &[]);
    assert_eq!(
        cell(&year, "A-2-a", "2023", "comment"),
        "Deux réunions annulées. | 2023-Q4: Quatrième trimestre sans réunion."
    );
    assert_eq!(
        cell(&year, "A-2-a", "2023", "action"),
        "Réunions mensuelles."
    );
    assert_eq!(
        cell(&year, "A-3-a", "2023", "comment"),
        "2023-02: Février calme."
    );
    assert_eq!(
        cell(&year, "A-3-a", "2023", "action"),
        &serde_json::Value::Null
    );
    assert_eq!(
        cell(&year, "A-1-a", "2023", "comment"),
        &serde_json::Value::Null
    );
    // The last two columns, after SPEC §5.1's.
    let keys: Vec<&String> = year[0].as_object().unwrap().keys().collect();
    assert_eq!(keys[keys.len() - 2..], ["comment", "action"]);

    let quarters = rows(dir.path(), &["--by", "quarter"]);
    assert_eq!(
        cell(&quarters, "A-2-a", "2023-Q4", "comment"),
        "Quatrième trimestre sans réunion."
    );
    // The year's comment is not one of a quarter's.
    assert_eq!(
        cell(&quarters, "A-2-a", "2023-Q1", "comment"),
        &serde_json::Value::Null
    );
    assert_eq!(
        cell(&quarters, "A-3-a", "2023-Q1", "comment"),
        "2023-02: Février calme."
    );

    // Cut at --as-of, the comments of periods not begun are not shown.
    let spring = rows(dir.path(), &["--as-of", "2023-06-30"]);
    assert_eq!(
        cell(&spring, "A-2-a", "2023", "comment"),
        "Deux réunions annulées."
    );
}

#[test]
fn csv_export_ends_with_comment_and_action() {
    let dir = folder();
    let out = run(dir.path(), &["export", "--year", "2023"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header[header.len() - 2..], ["comment", "action"]);
    let a2 = reader
        .records()
        .map(Result::unwrap)
        .find(|r| &r[13] == "A-2-a")
        .unwrap();
    assert_eq!(&a2[a2.len() - 1], "Réunions mensuelles.");
}

#[test]
fn reports_show_comments_under_their_indicator_and_objective() {
    let dir = folder();
    let terminal = run(dir.path(), &["report", "--year", "2023", "--lang", "fr"]);
    assert!(terminal.contains("Commentaires"), "{terminal}");
    assert!(
        terminal.contains(
            "- A-2-a (2023)\u{a0}: Deux réunions annulées. — Action\u{a0}: Réunions mensuelles."
        ),
        "{terminal}"
    );
    assert!(terminal.contains("- A-2-a (2023-Q4)\u{a0}: Quatrième trimestre sans réunion."));
    let heading = terminal.find("S2-OG1-OS1 ").unwrap();
    let objective = terminal
        .find("(2023)\u{a0}: Objectif suivi de près.")
        .unwrap();
    let table = terminal[heading..].find('┌').unwrap() + heading;
    assert!(heading < objective && objective < table, "{terminal}");

    let markdown = run(
        dir.path(),
        &["report", "--year", "2023", "--format", "markdown"],
    );
    assert!(
        markdown.contains("- A-2-a (2023): Deux réunions annulées. — Action: Réunions mensuelles."),
        "{markdown}"
    );
    assert!(
        markdown.contains("> (2023): Objectif suivi de près."),
        "{markdown}"
    );

    let html = run(
        dir.path(),
        &["report", "--year", "2023", "--format", "html"],
    );
    // The indicator's own row, in its section (the watch list names it first).
    let row = html.rfind("<td class=\"id\">A-2-a</td>").unwrap();
    let comment = html
        .find("<tr class=\"comment\"><td colspan=\"6\">(2023): Deux réunions annulées.")
        .unwrap();
    let next = html.rfind("<td class=\"id\">A-3-a</td>").unwrap();
    assert!(row < comment && comment < next);
    assert!(html.contains("<p class=\"comment\">(2023): Objectif suivi de près.</p>"));
}

#[test]
fn a_file_of_comments_alone_is_a_measurements_file() {
    let dir = folder();
    std::fs::remove_file(dir.path().join("measurements.yaml")).unwrap();
    let out = plan().arg("validate").arg(dir.path()).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("checked 2 files"), "{stdout}");
}
