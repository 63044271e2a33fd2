//! The Word documents read back with an independent reader (zip + quick-xml, not
//! docx-rs): `plan document` against the shipped plan, in document order, with its
//! merged cells, heading styles, page header, page numbers and A4; `plan report --format
//! docx` against `plan export`, row by row, with the comments of a comments file.

mod common;

use std::io::Read as _;
use std::path::{Path, PathBuf};

use common::plan;
use quick_xml::events::Event;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One part of a .docx package, as text.
fn part(docx: &Path, name: &str) -> String {
    let file = std::fs::File::open(docx).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} in {}", docx.display()))
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// A table cell: its paragraphs' text and how it stands in a vertical merge.
#[derive(Debug, Default, Clone)]
struct Cell {
    text: Vec<String>,
    /// `Some("restart")`, `Some("continue")`, or `None` when not merged.
    merge: Option<String>,
}

/// What the body holds, in order.
#[derive(Debug)]
enum Block {
    Paragraph { style: Option<String>, text: String },
    Table(Vec<Vec<Cell>>),
}

fn attr(e: &quick_xml::events::BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| String::from_utf8(a.value.to_vec()).unwrap())
}

/// The body of `word/document.xml`: paragraphs (style and text) and tables (rows of cells).
fn blocks(xml: &str) -> Vec<Block> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let (mut table, mut row, mut cell): (Option<Vec<Vec<Cell>>>, Vec<Cell>, Option<Cell>) =
        (None, Vec::new(), None);
    let (mut text, mut style, mut in_text) = (String::new(), None, false);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"w:tbl" => {
                table = Some(Vec::new())
            }
            Event::Start(e) if e.name().as_ref() == b"w:tc" => cell = Some(Cell::default()),
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"w:vMerge" => {
                if let Some(cell) = &mut cell {
                    cell.merge = Some(attr(&e, b"w:val").unwrap_or_else(|| "continue".into()));
                }
            }
            Event::Start(e) if e.name().as_ref() == b"w:p" => {
                text.clear();
                style = None;
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"w:pStyle" => {
                style = attr(&e, b"w:val");
            }
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::Empty(e) if e.name().as_ref() == b"w:br" => text.push('\n'),
            Event::Text(t) if in_text => text.push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) if in_text => {
                let name: &[u8] = &r;
                let entity = match name {
                    b"amp" => "&",
                    b"lt" => "<",
                    b"gt" => ">",
                    b"quot" => "\"",
                    b"apos" => "'",
                    other => panic!("entity {}", String::from_utf8_lossy(other)),
                };
                text.push_str(entity);
            }
            Event::End(e) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:p" => match &mut cell {
                    Some(cell) => cell.text.push(std::mem::take(&mut text)),
                    None => out.push(Block::Paragraph {
                        style: style.take(),
                        text: std::mem::take(&mut text),
                    }),
                },
                b"w:tc" => row.push(cell.take().unwrap()),
                b"w:tr" => table.as_mut().unwrap().push(std::mem::take(&mut row)),
                b"w:tbl" => out.push(Block::Table(table.take().unwrap())),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// All the text of the body in document order, a line per paragraph.
fn all_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Paragraph { text, .. } => out.push_str(&format!("{text}\n")),
            Block::Table(rows) => {
                for cell in rows.iter().flatten() {
                    for text in &cell.text {
                        out.push_str(&format!("{text}\n"));
                    }
                }
            }
        }
    }
    out
}

fn write_document(dir: &Path, args: &[&str]) -> PathBuf {
    let path = dir.join("out.docx");
    let out = plan()
        .args(args)
        .arg("-o")
        .arg(&path)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    path
}

fn shipped_plan() -> plan::model::Plan {
    let workspace = plan::input::load(&[root().join("plans")]).unwrap();
    workspace.plans.into_iter().next().unwrap().1
}

#[test]
fn the_plan_document_holds_every_row_of_the_plan_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let docx = write_document(dir.path(), &["document", "plans"]);
    let blocks = blocks(&part(&docx, "word/document.xml"));
    let text = all_text(&blocks);
    let plan = shipped_plan();
    let mut expected: Vec<String> = vec![
        "CONTRAT DE SECURITE ET DE SOCIETE".into(),
        "PLAN DE PROJET 2023".into(),
        "DE LA VILLE/COMMUNE DE Molenbeek-Saint-Jean".into(),
        "ALLOCATION « GENERALE »".into(),
        "CONTRAT DE SECURITE ET DE SOCIETE (art.2)".into(),
        plan.legal_basis.clone().unwrap(),
    ];
    for sector in &plan.sectors {
        expected.push(sector.title.clone());
        for general in &sector.general_objectives {
            expected.push(general.title.clone());
            for strategic in &general.strategic_objectives {
                expected.push(strategic.domain.clone());
                for project in &strategic.projects {
                    expected.push(project.service.value.clone());
                    for (n, objective) in project.operational_objectives.iter().enumerate() {
                        expected.push(format!("{}. {}", n + 1, objective.title));
                        for result in &objective.results {
                            expected.push(format!("- {result}"));
                        }
                        for indicator in &objective.indicators {
                            expected.push(format!(
                                "- {} : {}",
                                indicator.label, indicator.target.value.text
                            ));
                        }
                    }
                }
            }
        }
    }
    let mut at = 0;
    for line in &expected {
        match text[at..].find(line.as_str()) {
            Some(found) => at += found + line.len(),
            None => panic!("`{line}` not found after byte {at} of:\n{}", &text[at..]),
        }
    }
    // Placeholders as printed in the source: the header and rows 1. and 2.
    let placeholders = blocks
        .iter()
        .filter(|b| matches!(b, Block::Table(rows) if rows.len() == 3 && rows[1][0].text == ["1."]))
        .count();
    let handled = plan
        .strategic_objectives()
        .filter(|o| o.projects.is_empty())
        .count();
    assert_eq!(placeholders, handled);
}

/// The table whose first objective row starts with `first`.
fn table_starting<'a>(blocks: &'a [Block], first: &str) -> &'a [Vec<Cell>] {
    blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(rows) if rows.len() > 1 && rows[1][0].text[0].starts_with(first) => {
                Some(rows.as_slice())
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no table starting with {first}"))
}

#[test]
fn shared_cells_are_merged_vertically_as_in_the_source() {
    let dir = tempfile::tempdir().unwrap();
    let docx = write_document(dir.path(), &["document", "plans"]);
    let blocks = blocks(&part(&docx, "word/document.xml"));
    let medloc = table_starting(&blocks, "1. Développer un dispositif spécifique");
    let merge = |row: usize, column: usize| medloc[row][column].merge.as_deref();
    // MEDLOC 1–2: one result and one indicator for both.
    assert_eq!(
        (merge(1, 1), merge(1, 2)),
        (Some("restart"), Some("restart"))
    );
    assert_eq!(
        (merge(2, 1), merge(2, 2)),
        (Some("continue"), Some("continue"))
    );
    assert_eq!(medloc[2][1].text, [""]);
    // MEDLOC 3 alone.
    assert_eq!((merge(3, 1), merge(3, 2)), (None, None));
    // MEDLOC 4–5: one result, an indicator each.
    assert_eq!((merge(4, 1), merge(4, 2)), (Some("restart"), None));
    assert_eq!((merge(5, 1), merge(5, 2)), (Some("continue"), None));
    assert!(medloc[5][2].text[0].starts_with("- Nombre de suivi de nature psychologique"));
    // The first column is never merged: each objective keeps its number.
    assert!(medloc.iter().all(|row| row[0].merge.is_none()));
}

#[test]
fn headings_header_page_numbers_and_a4() {
    let dir = tempfile::tempdir().unwrap();
    let docx = write_document(dir.path(), &["document", "plans"]);
    let blocks = blocks(&part(&docx, "word/document.xml"));
    let styled = |style: &str| {
        blocks
            .iter()
            .filter(|b| matches!(b, Block::Paragraph { style: Some(s), .. } if s == style))
            .count()
    };
    let plan = shipped_plan();
    assert_eq!(styled("Heading1"), plan.sectors.len());
    assert_eq!(styled("Heading3"), plan.strategic_objectives().count());
    assert_eq!(styled("Heading4"), plan.projects().count());
    let styles = part(&docx, "word/styles.xml");
    assert!(
        styles.contains("<w:name w:val=\"heading 1\" />"),
        "{styles}"
    );
    assert!(styles.contains("<w:outlineLvl w:val=\"0\" />"), "{styles}");
    let document = part(&docx, "word/document.xml");
    assert!(
        document.contains("w:w=\"11906\" w:h=\"16838\""),
        "A4 portrait"
    );
    let header = part(&docx, "word/header1.xml");
    assert!(
        header.contains("Molenbeek-Saint-Jean — Plan de projet 2023"),
        "{header}"
    );
    let footer = part(&docx, "word/footer1.xml");
    assert!(
        footer.contains("<w:instrText>PAGE</w:instrText>"),
        "{footer}"
    );
}

#[test]
fn the_plan_document_speaks_the_language_asked() {
    let dir = tempfile::tempdir().unwrap();
    let docx = write_document(dir.path(), &["document", "--lang", "nl", "plans"]);
    let text = all_text(&blocks(&part(&docx, "word/document.xml")));
    assert!(text.contains("VEILIGHEIDS- EN SAMENLEVINGSCONTRACT"));
    assert!(text.contains("Operationele doelstellingen"));
    assert!(text.contains("Activiteitensector 2:"));
}

/// A number of a document cell, as written in French (`1 234,5`, `113,2 %`).
fn french_number(text: &str) -> Option<f64> {
    let digits: String = text
        .split_whitespace()
        .next()?
        .replace('\u{202f}', "")
        .replace(',', ".");
    digits.trim_end_matches('%').parse().ok()
}

#[test]
fn the_evaluation_has_the_figures_of_the_export_and_the_comments() {
    let dir = tempfile::tempdir().unwrap();
    let docx = write_document(
        dir.path(),
        &[
            "report", "--year", "2023", "--format", "docx", "plans", "examples",
        ],
    );
    let document = part(&docx, "word/document.xml");
    assert!(document.contains("w:orient=\"landscape\""), "landscape");
    let blocks = blocks(&document);
    let export = plan()
        .args([
            "export", "--year", "2023", "--format", "json", "plans", "examples",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&export.stdout).unwrap();
    // Every indicator row of the evaluation's tables, by the id that starts its cell.
    let mut seen = 0;
    for block in &blocks {
        let Block::Table(table) = block else { continue };
        if table[0].len() != 7 {
            continue;
        }
        for cells in &table[1..] {
            let Some(id) = cells[1].text[0].split(' ').next() else {
                continue;
            };
            let Some(row) = rows.iter().find(|r| r["indicator_id"] == id) else {
                continue;
            };
            seen += 1;
            assert_eq!(cells[2].text[0], row["target"].as_str().unwrap(), "{id}");
            let actual = &cells[3].text[0];
            match &row["actual"] {
                serde_json::Value::Null => assert_eq!(actual, "–", "{id}"),
                serde_json::Value::String(yes_no) => {
                    assert_eq!(actual, if yes_no == "yes" { "oui" } else { "non" }, "{id}")
                }
                number => {
                    let shown = french_number(actual).unwrap();
                    assert!(
                        (shown - number.as_f64().unwrap()).abs() <= 0.05,
                        "{id}: {actual}"
                    );
                }
            }
            match row["attainment_pct"].as_f64() {
                None => assert_eq!(cells[4].text[0], "–", "{id}"),
                Some(pct) => {
                    let shown = french_number(&cells[4].text[0]).unwrap();
                    assert!((shown - pct).abs() <= 0.05, "{id}: {}", cells[4].text[0]);
                }
            }
            let status = match row["status"].as_str().unwrap() {
                "met" => "atteint",
                "partial" => "partiellement atteint",
                "not_met" => "non atteint",
                _ => "non renseigné",
            };
            assert_eq!(cells[5].text[0], status, "{id}");
            let comment = cells[6].text.join("\n");
            match row["comment"].as_str() {
                Some(text) => {
                    // `2023-Q3: text` for a comment of another period than the row's.
                    for part in text.split(" | ") {
                        let part = match part.split_once(": ") {
                            Some((period, text)) if period.starts_with("2023-") => text,
                            _ => part,
                        };
                        assert!(comment.contains(part), "{id}: {comment}");
                    }
                }
                None => assert_eq!(comment, "", "{id}"),
            }
        }
    }
    assert_eq!(seen, rows.len(), "every export row is in the document");
    // A comment typed in the example comments file, in its row.
    let text = all_text(&blocks);
    assert!(text.contains("(2023)\u{a0}: Poste de psychologue vacant de mars à mai."));
    assert!(
        text.contains("Établi le "),
        "the line of the data it was made from"
    );
    assert!(text.contains("examples/comments-2023.yaml"));
}

#[test]
fn a_word_document_needs_a_file() {
    let out = plan()
        .args(["report", "--year", "2023", "--format", "docx", "plans"])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o FILE.docx"));
    assert!(out.stdout.is_empty());
}

#[test]
fn the_plan_document_of_a_year_without_a_plan_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.docx");
    let out = plan()
        .args(["document", "--year", "2024", "plans", "-o"])
        .arg(&path)
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("2023 (molenbeek-saint-jean-2023)"),
        "{stderr}"
    );
    assert!(!path.exists(), "nothing written");
    let out = plan()
        .args(["document", "plans", "-o", "plan.pdf"])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o FILE.docx"));
}
