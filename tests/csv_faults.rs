//! CSV faults at their place, files that are not UTF-8 CSV, and dates written day first
//! (issue 11), through the real binary: a quote left open is reported where it opens and
//! the rows it would take in are read as rows; an invalid byte is pointed at; a short
//! row says so; Excel's `sep=;` line is understood; a workbook or a Windows-1252 CSV gets
//! one finding; `02/03/2023` suggests `2023-03-02`.

mod common;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A folder holding the `attainment` fixture's plan (`demo-2023`) and `files`.
fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("tests/fixtures/attainment/plan.yaml"),
        dir.path().join("plan.yaml"),
    )
    .unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

/// Runs `plan` in `dir`: exit status, standard output and standard error.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = common::plan()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    let (out, err) = (
        String::from_utf8(output.stdout).expect("output is UTF-8"),
        String::from_utf8(output.stderr).expect("output is UTF-8"),
    );
    assert!(!err.contains("panicked"), "{err}");
    (output.status.code().expect("an exit status"), out, err)
}

/// `plan validate --format short` of `paths` in `dir`: the exit status and each line.
fn short(dir: &Path, paths: &[&str]) -> (i32, Vec<String>) {
    let mut args = vec!["validate", "--format", "short"];
    args.extend_from_slice(paths);
    let (status, out, _) = run(dir, &args);
    (status, out.lines().map(str::to_string).collect())
}

/// The summary line of `plan validate` (human format): files, plans, measurements read.
fn summary(dir: &Path, paths: &[&str]) -> String {
    let mut args = vec!["validate"];
    args.extend_from_slice(paths);
    let (_, out, _) = run(dir, &args);
    out.lines()
        .rfind(|l| l.starts_with("plan: checked"))
        .unwrap_or_else(|| panic!("no summary in {out}"))
        .to_string()
}

/// `plan export --year 2023 --format json` of `paths`: each indicator's row by id.
fn export(dir: &Path, paths: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["export", "--year", "2023", "--format", "json"];
    args.extend_from_slice(paths);
    let (status, out, err) = run(dir, &args);
    assert_eq!(status, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn row<'r>(rows: &'r [serde_json::Value], id: &str) -> &'r serde_json::Value {
    rows.iter()
        .find(|r| r["indicator_id"] == id)
        .unwrap_or_else(|| panic!("no row for {id}"))
}

const HEADER: &str = "plan,indicator,date,period,value,note\n";

#[test]
fn a_quote_left_open_is_reported_where_it_opens_and_the_rows_after_it_are_read() {
    let csv = format!(
        "{HEADER}\
         demo-2023,A-2-a,2023-03-01,,4,\"réunion du comité\n\
         demo-2023,A-2-a,2023-03-02,,5,ok\n\
         demo-2023,A-2-x,2023-03-03,,6,ok\n\
         demo-2023,A-2-a,2023-03-04,,-7,\"fin\"\n\
         demo-2023,A-2-y,2023-03-05,,8,ok\n"
    );
    let dir = folder(&[("m.csv", csv.as_bytes())]);
    let (status, lines) = short(dir.path(), &["plan.yaml", "m.csv"]);
    assert_eq!(status, 1);
    assert_eq!(
        lines,
        [
            "m.csv:2:31: error[E001]: a quote opened here is not closed on its row: rows 3 to 5 would be read as part of this field",
            "m.csv:4:11: error[E202]: unknown indicator `A-2-x` in plan `demo-2023`",
            "m.csv:5:29: error[E204]: negative value -7",
            "m.csv:6:11: error[E202]: unknown indicator `A-2-y` in plan `demo-2023`",
        ]
    );
    // Rows 3 to 6 are records again; row 2 is skipped.
    assert!(
        summary(dir.path(), &["plan.yaml", "m.csv"]).contains("4 measurements"),
        "{lines:?}"
    );
    let (_, human, _) = run(dir.path(), &["validate", "plan.yaml", "m.csv"]);
    assert!(
        human.contains(
            "2 | demo-2023,A-2-a,2023-03-01,,4,\"réunion du comité\n  |                               ^ opened here"
        ),
        "{human}"
    );
    assert!(
        human.contains("help: close the quote, or remove it: this row is skipped, and the rows after it are read as rows"),
        "{human}"
    );
}

#[test]
fn a_quote_never_closed_is_reported_and_a_note_on_several_lines_is_not() {
    // Never closed: the quote runs to the end of the file (CRLF lines, no last break).
    let open = "plan,indicator,date,period,value,note\r\n\
                demo-2023,A-2-a,2023-03-01,,4,\"jamais fermé\r\n\
                demo-2023,A-2-z,2023-03-02,,5,\r\n\
                free text";
    // A note on two lines, as Excel writes a cell holding a line break: one record.
    let multi = format!(
        "{HEADER}demo-2023,A-2-a,2023-03-01,,4,\"première ligne,\nseconde, ligne\"\ndemo-2023,A-2-a,2023-03-02,,5,\n"
    );
    let last = format!("{HEADER}demo-2023,A-2-a,2023-03-02,,5,\"ouvert");
    let dir = folder(&[
        ("open.csv", open.as_bytes()),
        ("multi.csv", multi.as_bytes()),
        ("last.csv", last.as_bytes()),
    ]);
    let (status, lines) = short(
        dir.path(),
        &["plan.yaml", "open.csv", "multi.csv", "last.csv"],
    );
    assert_eq!(status, 1);
    assert_eq!(
        lines,
        [
            "last.csv:2:31: error[E001]: a quote opened here is never closed",
            "open.csv:2:31: error[E001]: a quote opened here is not closed on its row: rows 3 to 4 would be read as part of this field",
            "open.csv:3:11: error[E202]: unknown indicator `A-2-z` in plan `demo-2023`",
            "open.csv:4:10: error[E001]: row has 1 field, the header 6",
        ]
    );
    let rows = export(dir.path(), &["plan.yaml", "multi.csv"]);
    let a2 = row(&rows, "A-2-a");
    assert_eq!(a2["actual"], 9.0);
    assert_eq!(a2["measurements"], 2);
    assert_eq!(a2["notes"], "première ligne,\nseconde, ligne");
}

#[test]
fn a_quote_left_open_past_the_row_limit_is_reported_and_the_rows_after_it_are_read() {
    // The quote would take in 3 MiB of rows: more than a row may hold (1 MiB).
    let mut csv = format!("{HEADER}demo-2023,A-2-a,2023-01-01,,4,\"ouvert\n");
    let count = 60_000;
    for i in 0..count {
        csv.push_str(&format!(
            "demo-2023,A-2-a,2023-{:02}-{:02},,1,n{i}\n",
            i % 12 + 1,
            i % 28 + 1
        ));
    }
    csv.push_str("demo-2023,A-2-zz,2023-01-01,,4,last\n");
    let dir = folder(&[("m.csv", csv.as_bytes())]);
    let (status, lines) = short(dir.path(), &["plan.yaml", "m.csv"]);
    assert_eq!(status, 1);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with(
            "m.csv:2:31: error[E001]: a quote opened here is not closed on its row: rows 3 to "
        ),
        "{lines:?}"
    );
    assert_eq!(
        lines[1],
        format!(
            "m.csv:{}:11: error[E202]: unknown indicator `A-2-zz` in plan `demo-2023`",
            count + 3
        )
    );
    assert!(
        summary(dir.path(), &["plan.yaml", "m.csv"]).contains("60,001 measurements"),
        "{count} rows and the first"
    );
}

#[test]
fn a_quote_left_open_in_the_header_stops_the_file_with_one_finding() {
    let csv = "plan,indicator,\"date,period,value,note\ndemo-2023,A-2-a,2023-03-01,,4,\ndemo-2023,A-2-a,2023-03-02,,4,\n";
    let dir = folder(&[("m.csv", csv.as_bytes())]);
    let (status, lines) = short(dir.path(), &["m.csv"]);
    assert_eq!(status, 1);
    assert_eq!(
        lines,
        [
            "m.csv:1:16: error[E001]: a quote opened here is not closed on its row: rows 2 to 3 would be read as part of this field"
        ]
    );
}

#[test]
fn a_row_over_the_limit_still_stops_the_file() {
    let csv = format!(
        "{HEADER}demo-2023,A-2-a,2023-01-02,,1,ok\ndemo-2023,A-2-a,2023-01-03,,1,\"{}\ndemo-2023,A-2-zz,2023-01-03,,1,\n",
        "x".repeat(3 << 20)
    );
    let dir = folder(&[("m.csv", csv.as_bytes())]);
    let (status, lines) = short(dir.path(), &["plan.yaml", "m.csv"]);
    assert_eq!(status, 1);
    assert_eq!(
        lines,
        [
            "m.csv:3:1: error[E008]: a row longer than 1,048,576 bytes: the rest of the file is not read"
        ]
    );
}

#[test]
fn an_invalid_byte_is_pointed_at_in_a_file_that_is_utf8_elsewhere() {
    // UTF-8 (`réunion`, `é` in two bytes) with stray bytes: each row is its own fault,
    // pointed at its first invalid byte, on the row's second line for the last one.
    let mut csv = HEADER.as_bytes().to_vec();
    csv.extend_from_slice("demo-2023,A-2-a,2023-03-01,,4,réunion\n".as_bytes());
    csv.extend_from_slice(b"demo-2023,A-2-a,2023-03-02,,4,caf\xe9 du coin\n");
    csv.extend_from_slice(b"demo-2023,A-2-a,2023-03-03,,4,\"deux\nlign\xe9s\"\n");
    csv.extend_from_slice("demo-2023,A-2-z,2023-03-04,,4,é\n".as_bytes());
    let dir = folder(&[("m.csv", &csv)]);
    let (status, lines) = short(dir.path(), &["plan.yaml", "m.csv"]);
    assert_eq!(status, 1);
    assert_eq!(
        lines,
        [
            "m.csv:3:34: error[E002]: file is not valid UTF-8",
            "m.csv:5:5: error[E002]: file is not valid UTF-8",
            "m.csv:6:11: error[E202]: unknown indicator `A-2-z` in plan `demo-2023`",
        ]
    );
    let (_, human, _) = run(dir.path(), &["validate", "plan.yaml", "m.csv"]);
    assert!(
        human.contains("3 | demo-2023,A-2-a,2023-03-02,,4,caf\u{FFFD} du coin\n  |                                  ^ invalid byte here"),
        "{human}"
    );
}

#[test]
fn a_short_row_says_so_at_its_end() {
    let csv = "plan;indicator;date;period;value;note\r\n\
               demo-2023;A-2-a;2023-03-01;;4\r\n\
               demo-2023;A-2-a\r\n\
               demo-2023;A-2-a;2023-03-03;;4;\r\n";
    let dir = folder(&[("m.csv", csv.as_bytes())]);
    let (status, lines) = short(dir.path(), &["plan.yaml", "m.csv"]);
    assert_eq!(status, 1);
    assert_eq!(
        lines,
        [
            "m.csv:2:30: error[E001]: row has 5 fields, the header 6",
            "m.csv:3:16: error[E001]: row has 2 fields, the header 6",
        ]
    );
    let (_, human, _) = run(dir.path(), &["validate", "plan.yaml", "m.csv"]);
    assert!(
        human.contains("help: every row has a field for each column of the header"),
        "{human}"
    );
}

#[test]
fn excel_sep_line_names_the_separator_and_is_counted() {
    let semicolon = "sep=;\r\n\
                     plan;indicator;date;period;value;note\r\n\
                     demo-2023;A-2-a;2023-03-01;;4,5;a, b\r\n\
                     demo-2023;B-1-a;;2023-Q1;3;\r\n";
    let tab = "\u{feff}sep=\t\nplan\tindicator\tdate\tperiod\tvalue\tnote\ndemo-2023\tA-2-a\t2023-03-02\t\t2\tc; d\n";
    let dir = folder(&[
        ("semicolon.csv", semicolon.as_bytes()),
        ("tab.csv", tab.as_bytes()),
    ]);
    let rows = export(dir.path(), &["plan.yaml", "semicolon.csv", "tab.csv"]);
    let a2 = row(&rows, "A-2-a");
    assert_eq!(a2["actual"], 6.5);
    assert_eq!(a2["measurements"], 2);
    assert_eq!(a2["notes"], "a, b | c; d");
    assert_eq!(row(&rows, "B-1-a")["actual"], 3.0);
    // Places count the `sep=` line: a fault in the third line is on line 3.
    let bad = "sep=;\nplan;indicator;date;period;value;note\ndemo-2023;A-2-a;2023-03-01;;-1;\n";
    let dir = folder(&[("bad.csv", bad.as_bytes())]);
    let (status, lines) = short(dir.path(), &["plan.yaml", "bad.csv"]);
    assert_eq!(status, 1);
    assert_eq!(lines, ["bad.csv:3:29: error[E204]: negative value -1"]);
    // A header fault is on the header's line.
    let header = "sep=,\nplan,indicator,date,period,valeur,note\n";
    let dir = folder(&[("header.csv", header.as_bytes())]);
    let (_, lines) = short(dir.path(), &["header.csv"]);
    assert_eq!(
        lines,
        [
            "header.csv:2:1: error[E006]: missing column `value`",
            "header.csv:2:28: error[E005]: unknown column `valeur`",
        ]
    );
}

/// Whether `text` holds a byte of a binary file shown as text: a control character
/// other than a line break, or a replacement character.
fn shows_binary(text: &str) -> bool {
    text.chars()
        .any(|c| c == '\u{FFFD}' || (c.is_control() && c != '\n'))
}

#[test]
fn a_workbook_gets_one_finding_found_in_a_folder_or_named() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("mesures");
    std::fs::create_dir(&data).unwrap();
    // A real workbook, as `plan export` writes it, and the bytes of older ones.
    let (status, _, err) = run(
        dir.path(),
        &[
            "export",
            "--year",
            "2023",
            root()
                .join("tests/fixtures/attainment/plan.yaml")
                .to_str()
                .unwrap(),
            "-o",
            "mesures/a.xlsx",
        ],
    );
    assert_eq!(status, 0, "{err}");
    std::fs::write(
        data.join("b.XLS"),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\x07",
    )
    .unwrap();
    std::fs::write(data.join("c.ods"), b"PK\x03\x04\x14\0\0\0\x08\0\x01").unwrap();
    // Excel's lock file beside an open workbook is skipped.
    std::fs::write(data.join("~$a.xlsx"), b"\x07someone\0\0").unwrap();
    let (status, lines) = short(dir.path(), &["mesures"]);
    assert_eq!(status, 1);
    // An export has no sheet of measurements; the others cannot be read as workbooks.
    let damaged = |name: &str| {
        format!(
            "mesures/{name}: error[E009]: a damaged workbook, or not a workbook: it cannot be read"
        )
    };
    assert_eq!(
        lines,
        [
            "mesures/a.xlsx: error[E003]: a workbook with no sheet of measurements: no header row names the columns `indicator`, `value` and `date` or `period`".to_string(),
            damaged("b.XLS"),
            damaged("c.ods")
        ]
    );
    let (status, human, _) = run(dir.path(), &["validate", "mesures/a.xlsx"]);
    assert_eq!(status, 1);
    assert_eq!(human.matches("error[E003]").count(), 1, "{human}");
    assert!(
        human.contains("`plan template` writes a workbook"),
        "{human}"
    );
    assert!(!shows_binary(&human), "{human}");
}

/// A CSV of `count` rows as Excel saves "CSV (séparateur: point-virgule)": Windows-1252,
/// `;`, CRLF; every third row's note has an `é` (the byte 0xE9).
fn windows_1252(count: usize) -> Vec<u8> {
    let mut bytes = b"plan;indicator;date;period;value;note\r\n".to_vec();
    for i in 0..count {
        let note: &[u8] = if i % 3 == 0 { b"r\xe9union" } else { b"rue" };
        bytes.extend_from_slice(format!("demo-2023;A-2-a;2023-03-01;;{i};").as_bytes());
        bytes.extend_from_slice(note);
        bytes.extend_from_slice(format!(" {i}\r\n").as_bytes());
    }
    bytes
}

#[test]
fn a_windows_1252_csv_is_read_with_one_warning() {
    let dir = folder(&[("m.csv", &windows_1252(1000))]);
    let (status, lines) = short(dir.path(), &["plan.yaml", "m.csv"]);
    assert_eq!(status, 0);
    assert_eq!(
        lines,
        [
            "m.csv:2:32: warning[W003]: file read as Windows-1252, as Excel saves \"CSV (séparateur: point-virgule)\": it is not UTF-8"
        ]
    );
    // Every row is read, its notes decoded: the export holds them.
    let (status, out, _) = run(
        dir.path(),
        &[
            "export",
            "--year",
            "2023",
            "--format",
            "json",
            "plan.yaml",
            "m.csv",
        ],
    );
    assert_eq!(status, 0, "{out}");
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["indicator_id"] == "A-2-a")
        .unwrap();
    assert_eq!(row["measurements"], 1000);
    let notes = row["notes"].as_str().unwrap();
    assert!(notes.contains("réunion 0 | "), "{notes}");
    assert!(!notes.contains('\u{fffd}'), "{notes}");
    // The excerpt shows the text decoded, the caret under the `é`.
    let (_, human, _) = run(dir.path(), &["validate", "plan.yaml", "m.csv"]);
    assert_eq!(human.matches("warning[W003]").count(), 1, "{human}");
    assert!(
        human.contains("2 | demo-2023;A-2-a;2023-03-01;;0;réunion 0\n  |                                ^ the first character"),
        "{human}"
    );
    assert!(
        human.contains("help: save it as CSV UTF-8 (Excel: File › Save as › CSV UTF-8)"),
        "{human}"
    );
}

/// Places in a file read as Windows-1252 count characters as the file means them, on
/// the header, on rows before the first such byte and after it, quotes and a `sep=;`
/// line included; a file whose first non-UTF-8 byte comes after 64 KiB of ASCII too.
#[test]
fn places_in_a_windows_1252_csv_are_exact() {
    let mut bytes = b"sep=;\r\nplan;indicator;date;p\xe9riode;value;note\r\n".to_vec();
    bytes.extend_from_slice(b"demo-2023;A-2-a;2023-03-01;;1;caf\xe9\r\n");
    bytes.extend_from_slice(b"demo-2023;A-2-\xe9;\"2023-03-0\xe9\";;x;\"\x93oui\x94\"\r\n");
    let dir = folder(&[("m.csv", &bytes)]);
    let (status, lines) = short(dir.path(), &["plan.yaml", "m.csv"]);
    assert_eq!(status, 1);
    assert_eq!(
        lines,
        [
            "m.csv:2:21: error[E005]: unknown column `période`",
            "m.csv:2:22: warning[W003]: file read as Windows-1252, as Excel saves \"CSV (séparateur: point-virgule)\": it is not UTF-8",
        ]
    );
    let mut bytes = b"plan;indicator;date;period;value;note\r\n".to_vec();
    for day in 1..=3 {
        let row = format!(
            "demo-2023;A-2-a;2023-03-0{day};;1;{}\r\n",
            "x".repeat(30_000)
        );
        bytes.extend_from_slice(row.as_bytes());
    }
    bytes.extend_from_slice(b"demo-2023;A-2-a;\"2023-03-0\xe9\";;x;\"\x93oui\x94\"\r\n");
    bytes.extend_from_slice(b"demo-2023;A-2-a;2023-03-01;;-1;\xe9\xe9\r\n");
    let dir = folder(&[("m.csv", &bytes)]);
    let (status, lines) = short(dir.path(), &["plan.yaml", "m.csv"]);
    assert_eq!(status, 1);
    assert_eq!(
        lines,
        [
            "m.csv:5:17: error[E205]: `2023-03-0é` is not a date written YYYY-MM-DD",
            "m.csv:5:27: warning[W003]: file read as Windows-1252, as Excel saves \"CSV (séparateur: point-virgule)\": it is not UTF-8",
            "m.csv:5:31: error[E007]: `x` is neither a number nor yes/no",
            "m.csv:6:29: error[E204]: negative value -1",
        ]
    );
}

/// A file that is neither UTF-8 nor Windows-1252 text is one error, wherever its
/// bytes are: in the header, after good rows, or a byte that Windows-1252 leaves
/// undefined in a file read as Windows-1252.
#[test]
fn a_file_that_is_not_text_is_one_error() {
    let mut tail =
        b"plan;indicator;date;period;value;note\r\ndemo-2023;A-2-a;2023-03-01;;1;caf\xe9\r\n"
            .to_vec();
    tail.extend_from_slice(&b"demo-2023;A-2-a;2023-03-01;;1;\x81\r\n".repeat(50));
    let cases: [(&str, Vec<u8>, &str); 3] = [
        (
            "zip.csv",
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\xe9\x9c\xff\r\n\x00\xfe\r\n".repeat(40),
            "zip.csv:1:11",
        ),
        (
            "rows.csv",
            [
                HEADER.as_bytes(),
                &b"demo-2023,A-2-a,2023-03-01,,1,\x00\xff\r\n".repeat(200),
            ]
            .concat(),
            "rows.csv:2:32",
        ),
        ("undefined.csv", tail, "undefined.csv:3:31"),
    ];
    for (name, bytes, at) in cases {
        let dir = folder(&[(name, &bytes)]);
        let (status, lines) = short(dir.path(), &["plan.yaml", name]);
        assert_eq!(status, 1, "{name}");
        assert_eq!(
            lines,
            [format!(
                "{at}: error[E002]: file is neither UTF-8 nor Windows-1252 text: it holds bytes that no text file holds; nothing is read from here on"
            )],
            "{name}"
        );
    }
}

#[test]
fn a_date_written_day_first_suggests_the_date_it_means() {
    let yaml = "plan: demo-2023\nmeasurements:\n  - indicator: A-2-a\n    date: 02/03/2023\n    value: 1\n  - indicator: A-2-a\n    date: 31/02/2023\n    value: 1\n";
    let csv = format!(
        "{HEADER}demo-2023,A-2-a,2/3/2023,,1,\ndemo-2023,A-2-a,02-03-2023,,1,\ndemo-2023,A-2-a,02.03.2023,,1,\n"
    );
    let dir = folder(&[("m.yaml", yaml.as_bytes()), ("m.csv", csv.as_bytes())]);
    let (status, out, _) = run(
        dir.path(),
        &[
            "validate",
            "--format",
            "json",
            "plan.yaml",
            "m.yaml",
            "m.csv",
        ],
    );
    assert_eq!(status, 1);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let seen: Vec<String> = findings
        .iter()
        .map(|f| {
            format!(
                "{} {}:{}:{} {}",
                f["code"].as_str().unwrap(),
                f["file"].as_str().unwrap(),
                f["line"],
                f["column"],
                f["help"].as_str().unwrap()
            )
        })
        .collect();
    let suggests = "did you mean `2023-03-02`? dates are written YYYY-MM-DD: year, month, day";
    assert_eq!(
        seen,
        [
            format!("E205 m.csv:2:17 {suggests}"),
            format!("E205 m.csv:3:17 {suggests}"),
            format!("E205 m.csv:4:17 {suggests}"),
            format!("E205 m.yaml:4:11 {suggests}"),
            "E205 m.yaml:7:11 write dates as YYYY-MM-DD, e.g. 2023-02-03".to_string(),
        ]
    );
}
