//! `plan rollover` (issue 15): next year's plan from this year's, read back as YAML and
//! compared with the source plan field by field, its baselines with the actuals of
//! `plan export`, validated with `plan validate`.

mod common;

use std::path::{Path, PathBuf};

use common::plan;
use serde_json::Value;

const SHIPPED: &str = "plans/molenbeek-saint-jean-2023.yaml";
const NEXT: &str = "plans/molenbeek-saint-jean-2024.yaml";

/// A folder holding copies of the repository's `plans` and `examples`, and of the
/// rollover fixtures under `demo/`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (from, to) in [
        ("plans", "plans"),
        ("examples", "examples"),
        ("tests/fixtures/rollover", "demo"),
    ] {
        std::fs::create_dir(dir.path().join(to)).unwrap();
        for entry in std::fs::read_dir(root.join(from)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.path().join(to).join(path.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    plan().current_dir(dir).args(args).output().unwrap()
}

/// `plan rollover --year 2023 --to 2024` and `args`, run in `dir`.
fn rollover(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["rollover", "--year", "2023", "--to", "2024"];
    all.extend_from_slice(args);
    run_in(dir, &all)
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn yaml(text: &str) -> Value {
    serde_saphyr::from_str::<Value>(text).unwrap()
}

/// Every indicator mapping of a plan read as YAML, by id, in plan order.
fn indicators(plan: &Value) -> Vec<(String, serde_json::Map<String, Value>)> {
    fn walk(value: &Value, out: &mut Vec<(String, serde_json::Map<String, Value>)>) {
        match value {
            Value::Object(map) => {
                for (key, value) in map {
                    // `shares: {indicators: ID}` names another objective's list.
                    if let (true, Some(list)) = (key == "indicators", value.as_array()) {
                        for indicator in list {
                            let map = indicator.as_object().unwrap().clone();
                            out.push((map["id"].as_str().unwrap().to_string(), map));
                        }
                    } else {
                        walk(value, out);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(plan, &mut out);
    out
}

/// The plan with its indicators' baselines and the keys that change with the year left
/// out: what must be the same in both years.
fn without_changes(plan: &Value) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(map) => {
                if map.contains_key("target") {
                    map.remove("baseline");
                }
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut plan = plan.clone();
    for key in ["id", "year", "title"] {
        plan.as_object_mut().unwrap().remove(key);
    }
    strip(&mut plan);
    plan
}

fn export(dir: &Path, year: &str, paths: &[&str]) -> Vec<Value> {
    let mut args = vec!["export", "--year", year, "--format", "json"];
    args.extend_from_slice(paths);
    let out = run_in(dir, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// The findings of `plan validate --format json` over `paths`, and its exit code.
fn validate(dir: &Path, paths: &[&str]) -> (Vec<Value>, i32) {
    let mut args = vec!["validate", "--format", "json"];
    args.extend_from_slice(paths);
    let out = run_in(dir, &args);
    let findings: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = match findings {
        Value::Array(list) => list,
        Value::Object(map) => map["findings"].as_array().unwrap().clone(),
        other => panic!("not findings: {other}"),
    };
    (findings, out.status.code().unwrap())
}

#[test]
fn the_shipped_plan_rolls_over_to_a_plan_that_validates_with_the_actuals_as_baselines() {
    let dir = workspace();
    let out = rollover(dir.path(), &["plans", "examples"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let next_path = dir.path().join(NEXT);
    let (source, next) = (read(&dir.path().join(SHIPPED)), read(&next_path));

    // It validates alone, and beside last year's plan and its measurements.
    assert_eq!(validate(dir.path(), &[NEXT]), (Vec::new(), 0));
    assert_eq!(
        validate(dir.path(), &["plans", "examples"]),
        (Vec::new(), 0)
    );

    // Field by field the source plan, but for the year, id, title and baselines.
    let (old, new) = (yaml(&source), yaml(&next));
    assert_eq!(new["year"], 2024);
    assert_eq!(new["id"], "molenbeek-saint-jean-2024");
    assert_eq!(
        new["title"],
        "Contrat de sécurité et de société — Plan de projet 2024"
    );
    assert_eq!(without_changes(&old), without_changes(&new));

    // Each baseline is the 2023 actual of an indicator that fell short; met ones and
    // yes/no ones keep what they had (none here).
    let rows = export(dir.path(), "2023", &["plans", "examples"]);
    let new_indicators = indicators(&new);
    assert_eq!(rows.len(), new_indicators.len());
    let mut baselines = 0;
    for (row, (id, indicator)) in rows.iter().zip(&new_indicators) {
        assert_eq!(row["indicator_id"], id.as_str());
        let short = matches!(row["status"].as_str(), Some("partial" | "not_met"));
        let numeric = row["actual"].is_number();
        if short && numeric {
            assert_eq!(indicator.get("baseline"), Some(&row["actual"]), "{id}");
            baselines += 1;
        } else {
            assert_eq!(indicator.get("baseline"), None, "{id}");
        }
    }
    assert_eq!(baselines, 9);

    // The new plan's own export: the same ids and targets, the baselines above.
    let next_rows = export(dir.path(), "2024", &[NEXT]);
    assert_eq!(next_rows.len(), rows.len());
    for (old, new) in rows.iter().zip(&next_rows) {
        for key in [
            "indicator_id",
            "target",
            "target_op",
            "target_value",
            "operational_objective_id",
        ] {
            assert_eq!(old[key], new[key], "{key}");
        }
        assert_eq!(new["year"], 2024);
        assert_eq!(new["status"], "no_data");
    }

    // Every comment of the source is still there, in the same order.
    let mut next_lines = next.lines();
    for comment in source.lines().filter(|l| l.trim_start().starts_with('#')) {
        assert!(
            next_lines.any(|line| line == comment),
            "comment lost or moved: {comment}"
        );
    }
    // A baseline's line says where it comes from, in the plan's language (French).
    assert!(
        next.contains("baseline: 19  # réalisé 2023 (non atteint) : 19\n"),
        "{next}"
    );
    assert!(next.contains("# réalisé 2023 (atteint) : 284, au-delà de la cible"));
    assert!(next.contains("# aucune mesure en 2023\n"));

    let summary = stderr(&out);
    assert_eq!(
        summary,
        format!(
            "plan: wrote {NEXT}: 31 indicators, 9 baselines from 2023, 11 comments only \
             (already beyond the target), 3 comments only (yes/no not as expected), 1 comment \
             (nothing measured in 2023)\n"
        )
    );
}

#[test]
fn each_case_of_the_fixture_is_carried_over_as_documented() {
    let dir = workspace();
    let out = rollover(dir.path(), &["demo"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The fixture's name holds no year: the new file is named after the new plan's id.
    let next = read(&dir.path().join("demo/demo-2024.yaml"));
    assert_eq!(
        validate(dir.path(), &["demo/demo-2024.yaml"]),
        (Vec::new(), 0)
    );
    let new = yaml(&next);
    let by_id: std::collections::BTreeMap<String, serde_json::Map<String, Value>> =
        indicators(&new).into_iter().collect();
    let baseline = |id: &str| by_id[id].get("baseline").cloned();
    // Fell short, had a baseline: replaced, the old one named, its comment kept.
    assert_eq!(baseline("A-1-a"), Some(Value::from(55.5)));
    assert!(next.contains(
        "baseline: 55.5  # réalisé 2023 (non atteint) : 55,5 ; base précédente : 20 # from the 2022 report\n"
    ));
    // Beyond the target (above a floor, below a ceiling): E106 would refuse a baseline.
    assert_eq!(baseline("A-1-b"), None);
    assert_eq!(baseline("A-1-c"), None);
    assert!(next.contains(
        "                        target: \">= 10/an\"\n                        # réalisé 2023 (atteint) : 14, au-delà de la cible"
    ));
    assert!(next.contains(
        "                          value: 5\n                        # réalisé 2023 (atteint) : 2, au-delà de la cible"
    ));
    // A yes/no takes no baseline; nothing measured, nothing carried.
    assert_eq!(baseline("A-1-d"), None);
    assert!(next.contains("# réalisé 2023 (non atteint) : non (un indicateur oui/non"));
    assert_eq!(baseline("A-1-e"), None);
    // A flow mapping gets its baseline first, the comment on the line above.
    assert_eq!(baseline("A-1-f"), Some(Value::from(12)));
    assert!(next.contains(
        "# réalisé 2023 (non atteint) : 12\n                      - {baseline: 12, id: A-1-f,"
    ));
    // Met on the target itself: untouched.
    assert_eq!(baseline("A-1-g"), None);
    assert!(!next.contains("(atteint) : 2\n"));
    // The plan's values: id (its comment kept), quoted title, a legal basis to revise.
    assert!(next.contains("id: demo-2024   # the plan's id\n"));
    assert!(next.contains("title: 'Demo plan 2024'\n"));
    assert!(next.contains("legal_basis: Decree of 2023  # mentionne 2023 : à revoir pour 2024\n"));
    assert!(stderr(&out).contains(
        "7 indicators, 2 baselines from 2023, 2 comments only (already beyond the target), \
         1 comment only (yes/no not as expected), 1 comment (nothing measured in 2023)"
    ));
}

#[test]
fn the_comments_are_in_the_plan_s_language() {
    for (language, short, beyond) in [
        (
            "fr",
            "réalisé 2023 (non atteint) : 55,5",
            "au-delà de la cible",
        ),
        (
            "nl",
            "resultaat 2023 (niet behaald): 55,5",
            "voorbij de streefwaarde",
        ),
        (
            "en",
            "achieved in 2023 (not met): 55.5",
            "beyond the target",
        ),
    ] {
        let dir = workspace();
        let path = dir.path().join("demo/demo.yaml");
        let text = read(&path).replace("language: fr", &format!("language: {language}"));
        std::fs::write(&path, text).unwrap();
        // Messages in English (LANG=C), the plan in its own language.
        let out = rollover(dir.path(), &["-o", "-", "demo"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let next = String::from_utf8(out.stdout.clone()).unwrap();
        assert!(next.contains(short), "{language}: {next}");
        assert!(next.contains(beyond), "{language}");
        assert!(
            stderr(&out)
                .starts_with("plan: wrote next year's plan to standard output: 7 indicators")
        );
        assert!(!dir.path().join("demo/demo-2024.yaml").exists());
    }
}

#[test]
fn an_existing_file_is_never_written_over() {
    let dir = workspace();
    let args = ["plans", "examples"];
    assert!(rollover(dir.path(), &args).status.success());
    let path = dir.path().join(NEXT);
    let written = read(&path);
    let out = rollover(dir.path(), &args);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("error: {NEXT} already exists")),
        "{}",
        stderr(&out)
    );
    assert_eq!(read(&path), written);
    // Nor with -o, and no temporary file is left beside it.
    let other = dir.path().join("other.yaml");
    std::fs::write(&other, "mine\n").unwrap();
    let out = rollover(dir.path(), &["-o", "other.yaml", "plans", "examples"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("other.yaml already exists"));
    assert_eq!(read(&other), "mine\n");
    let names: Vec<PathBuf> = std::fs::read_dir(dir.path().join("plans"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn several_plans_of_the_year_are_written_one_file_each_but_not_to_one_file() {
    let dir = workspace();
    let out = rollover(
        dir.path(),
        &["-o", "next.yaml", "plans", "examples", "demo"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("several plans of 2023 (molenbeek-saint-jean-2023, demo-2023)"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("next.yaml").exists());
    let out = rollover(dir.path(), &["plans", "examples", "demo"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out).lines().count(), 2);
    assert!(dir.path().join(NEXT).exists() && dir.path().join("demo/demo-2024.yaml").exists());
    // Both years of both communes read together: no clash of ids.
    assert_eq!(
        validate(dir.path(), &["plans", "examples", "demo"]),
        (Vec::new(), 0)
    );
}

#[test]
fn rollover_refuses_a_year_without_plan_a_year_not_after_and_files_with_errors() {
    let dir = workspace();
    let out = run_in(
        dir.path(),
        &["rollover", "--year", "2023", "--to", "2023", "plans"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--to 2023 must come after --year 2023"));
    let out = run_in(
        dir.path(),
        &["rollover", "--year", "2022", "--to", "2023", "plans"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no plan for 2022"),
        "{}",
        stderr(&out)
    );
    // An error in the files stops it, as it stops report: nothing written.
    std::fs::write(
        dir.path().join("examples/broken.yaml"),
        "plan: molenbeek-saint-jean-2023\nmeasurements:\n  - {indicator: NOPE, date: 2023-01-02, value: 1}\n",
    )
    .unwrap();
    let out = rollover(dir.path(), &["plans", "examples"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("nothing was written"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join(NEXT).exists());
}

#[test]
fn a_file_with_crlf_line_breaks_keeps_them_in_the_lines_added() {
    let dir = workspace();
    let path = dir.path().join("demo/demo.yaml");
    std::fs::write(&path, read(&path).replace('\n', "\r\n")).unwrap();
    let out = rollover(dir.path(), &["demo"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let next = read(&dir.path().join("demo/demo-2024.yaml"));
    assert_eq!(next.matches('\n').count(), next.matches("\r\n").count());
    assert!(next.contains("value: 5\r\n                        # réalisé 2023 (atteint) : 2,"));
    assert_eq!(
        validate(dir.path(), &["demo/demo-2024.yaml"]),
        (Vec::new(), 0)
    );
}

#[test]
fn an_indicator_id_written_through_an_alias_is_named_at_its_place() {
    let dir = workspace();
    let path = dir.path().join(SHIPPED);
    let text = read(&path);
    let written = "                      - id: GDP-1-a\n                        label: Nombre";
    assert!(text.contains(written));
    // The label's text as the id, through an alias (the label's old text becomes a
    // comment): the file validates, but rollover cannot edit what the alias stands for.
    let aliased = "                      - label: &gdp GDP-1-a\n                        id: *gdp\n                        # Nombre";
    let text = text.replacen(written, aliased, 1);
    std::fs::write(&path, &text).unwrap();
    let line = text.lines().position(|l| l.ends_with("id: *gdp")).unwrap() + 1;
    let out = rollover(dir.path(), &["plans", "examples"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("{SHIPPED}:{line}:29: GDP-1-a is written in a way")),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join(NEXT).exists());
}
