//! What the integration tests share: the `plan` binary run in English, whatever the
//! language of the machine running the tests (`tests/languages.rs` runs it in the others).

// Each test file uses a part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The variables that choose the language of messages (`src/i18n.rs`).
pub const LANGUAGE_VARIABLES: &[&str] = &["PLAN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

/// The day every report of the tests is made on (`SOURCE_DATE_EPOCH`): 2 January 2024.
pub const SOURCE_DATE_EPOCH: &str = "1704153600";

/// The `plan` binary, with messages in English (`LANG=C`), reports dated
/// [`SOURCE_DATE_EPOCH`].
pub fn plan() -> Command {
    let mut command = Command::cargo_bin("plan").unwrap();
    for name in LANGUAGE_VARIABLES {
        command.env_remove(name);
    }
    command
        .env("LANG", "C")
        .env("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH);
    command
}

/// Every `.rs` file under `dir`, into `out`.
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `html` without its `data-…="…"` attributes.
pub fn without_data_attributes(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find(" data-") {
        out.push_str(&rest[..start]);
        let value = rest[start..]
            .find("=\"")
            .map_or(rest.len(), |i| start + i + 2);
        let end = rest[value..]
            .find('"')
            .map_or(rest.len(), |i| value + i + 1);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The texts of the runs (`<w:t>`) of `word/document.xml` in the .docx at `path`, in
/// order.
pub fn docx_runs(path: &Path) -> Vec<String> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml.split("<w:t")
        .skip(1)
        .filter_map(|part| part.split_once('>')?.1.split_once("</w:t>"))
        .map(|(text, _)| text.to_string())
        .collect()
}
