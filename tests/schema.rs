//! The committed JSON Schemas checked with an independent validator (the `jsonschema`
//! crate, draft-07): every shipped YAML file names its schema on its first line and
//! passes it, and files broken the way authors break them are rejected by the schema as
//! by `plan validate`.

mod common;

use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped YAML files: the plans and the examples.
fn shipped_yaml() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["plans", "examples"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root().join(dir)).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    files
}

/// The schema a YAML file names on its first line, for the YAML language server.
fn declared_schema(file: &Path, text: &str) -> PathBuf {
    let first = text.lines().next().unwrap_or_default();
    let relative = first
        .strip_prefix("# yaml-language-server: $schema=")
        .unwrap_or_else(|| panic!("{} does not start with a $schema line", file.display()));
    file.parent()
        .unwrap()
        .join(relative)
        .canonicalize()
        .unwrap()
}

fn validator(schema: &Path) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(schema).unwrap()).unwrap();
    jsonschema::draft7::new(&schema).unwrap()
}

/// The schema's findings on a YAML text: `instance path: message`.
fn findings(validator: &jsonschema::Validator, yaml: &str) -> Vec<String> {
    let instance: Value = serde_saphyr::from_str(yaml).unwrap();
    validator
        .iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn shipped_files_name_their_schema_and_pass_it() {
    let files = shipped_yaml();
    assert!(files.len() >= 2, "{files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let kind = if text.contains("\nsectors:") {
            "plan"
        } else {
            "measurements"
        };
        let schema = declared_schema(&file, &text);
        assert_eq!(
            schema,
            root()
                .join(format!("schema/{kind}.schema.json"))
                .canonicalize()
                .unwrap(),
            "{}",
            file.display()
        );
        let found = findings(&validator(&schema), &text);
        assert!(found.is_empty(), "{}: {found:#?}", file.display());
    }
}

/// Breaks a shipped file by replacing `from` with `to`; returns the schema's findings
/// and the exit code of `plan validate` on the broken file.
fn broken(shipped: &str, from: &str, to: &str) -> (Vec<String>, Option<i32>) {
    let path = root().join(shipped);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from} not in {shipped}");
    let text = text.replacen(from, to, 1);
    let found = findings(&validator(&declared_schema(&path, &text)), &text);
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join(path.file_name().unwrap());
    std::fs::write(&copy, &text).unwrap();
    let mut validate = common::plan();
    let code = validate.arg("validate").arg(&copy).output().unwrap();
    (found, code.status.code())
}

#[test]
fn broken_files_are_rejected_by_the_schema_as_by_plan_validate() {
    let plan = "plans/molenbeek-saint-jean-2023.yaml";
    let measurements = "examples/measurements-2023.yaml";
    let indicator = "/sectors/1/general_objectives/0/strategic_objectives/0/projects/0/\
                     operational_objectives/0/indicators/0";
    for (file, from, to, expected) in [
        // A misspelt key.
        (
            plan,
            "  label: Nombre d'heures",
            "  lable: Nombre d'heures",
            format!("{indicator}: Additional properties are not allowed ('lable' was unexpected)"),
        ),
        // A wrong type.
        (
            plan,
            "\nyear: 2023\n",
            "\nyear: deux mille vingt-trois\n",
            r#"/year: "deux mille vingt-trois" is not of type "integer""#.to_string(),
        ),
        // An id that does not match the pattern.
        (
            plan,
            "- id: GDP-1-a",
            "- id: GDP 1 a",
            format!(r#"{indicator}/id: "GDP 1 a" does not match "^[A-Za-z0-9][A-Za-z0-9._-]*$""#),
        ),
        // A date written the Belgian way.
        (
            measurements,
            "date: 2023-01-02",
            "date: 02/01/2023",
            r#"/measurements/0/date: "02/01/2023" does not match "^[0-9]{4}-[0-9]{2}-[0-9]{2}$""#
                .to_string(),
        ),
    ] {
        let (found, exit) = broken(file, from, to);
        assert!(
            found.contains(&expected),
            "{from} → {to}: expected {expected}\nfound {found:#?}"
        );
        assert_eq!(exit, Some(1), "plan validate rejects {from} → {to} too");
    }
}

/// The paths of the properties and definitions under `node` that have no description.
fn undocumented(node: &Value, path: &str, out: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            for (key, child) in map {
                let named = matches!(key.as_str(), "properties" | "definitions");
                for (name, item) in child.as_object().filter(|_| named).into_iter().flatten() {
                    if item.get("description").is_none() {
                        out.push(format!("{path}/{name}"));
                    }
                    undocumented(item, &format!("{path}/{name}"), out);
                }
                if !named {
                    undocumented(child, path, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| undocumented(i, path, out)),
        _ => {}
    }
}

#[test]
fn every_key_and_type_is_documented_for_editors() {
    for kind in ["plan", "measurements"] {
        let path = root().join(format!("schema/{kind}.schema.json"));
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert!(schema["description"].is_string(), "{kind}");
        let mut missing = Vec::new();
        undocumented(&schema, "", &mut missing);
        assert!(missing.is_empty(), "{kind}: no description for {missing:?}");
    }
}
