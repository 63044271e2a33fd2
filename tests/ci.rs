//! The files that run `plan` in a plan repository's CI: `.pre-commit-hooks.yaml` (the
//! pre-commit hook) and `action.yml` (the composite GitHub Action). Each is read as YAML,
//! and what it runs is run here with the real binary: the hook's entry on the shipped
//! plan, the action's validation step as GitHub would run it (bash, its inputs in the
//! environment), on a clean plan and on broken ones.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn yaml(name: &str) -> Value {
    let text = std::fs::read_to_string(root().join(name)).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The folder of the `plan` binary under test, to put first on `PATH`.
fn bin_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_plan"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn path_with_plan() -> std::ffi::OsString {
    let mut dirs = vec![bin_dir()];
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(dirs).unwrap()
}

#[test]
fn the_pre_commit_hook_validates_the_whole_repository() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hooks = hooks.as_array().expect("a list of hooks");
    assert_eq!(hooks.len(), 1);
    let hook = &hooks[0];
    assert_eq!(hook["id"], "plan-validate");
    assert_eq!(hook["language"], "rust");
    // Measurements checked without their plan would be E201: the hook runs on the
    // repository's paths, not on the files changed.
    assert_eq!(hook["pass_filenames"], false);
    // It runs when a YAML or CSV file is committed, of any case.
    let files = jsonschema::draft7::new(&serde_json::json!({
        "type": "string",
        "pattern": hook["files"].as_str().unwrap(),
    }))
    .unwrap();
    for name in [
        "plans/plan.yaml",
        "measurements/2023.yml",
        "mesures/GDP.CSV",
    ] {
        assert!(files.is_valid(&Value::from(name)), "{name}");
    }
    for name in ["README.md", "plans/plan.yaml.bak", "rapport.xlsx"] {
        assert!(!files.is_valid(&Value::from(name)), "{name}");
    }
    // Its entry is a real command that passes on the shipped plan (plan's default path).
    let entry: Vec<&str> = hook["entry"].as_str().unwrap().split(' ').collect();
    assert_eq!(entry, ["plan", "validate"]);
    let output = Command::new(entry[0])
        .args(&entry[1..])
        .current_dir(root())
        .env("PATH", path_with_plan())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .ends_with("no problems found\n")
    );
}

/// The action's step that runs `plan validate`, with its environment.
fn validation_step(action: &Value) -> (&str, &serde_json::Map<String, Value>) {
    let steps = action["runs"]["steps"].as_array().unwrap();
    let step = steps
        .iter()
        .find(|s| s["name"] == "plan validate")
        .expect("a step named `plan validate`");
    assert_eq!(step["shell"], "bash");
    (
        step["run"].as_str().unwrap(),
        step["env"].as_object().unwrap(),
    )
}

/// Runs the action's validation step in `dir` as GitHub does (`bash -eo pipefail`),
/// with its inputs; exit status and standard output.
fn run_step(dir: &Path, paths: &str, strict: bool, sarif: Option<&Path>) -> (i32, String) {
    let action = yaml("action.yml");
    let (script, env) = validation_step(&action);
    let inputs = BTreeSet::from(["PLAN_PATHS", "PLAN_STRICT", "PLAN_SARIF", "PLAN_BIN"]);
    assert_eq!(
        env.keys().map(String::as_str).collect::<BTreeSet<_>>(),
        inputs
    );
    let output = Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", script])
        .current_dir(dir)
        .env("PLAN_PATHS", paths)
        .env("PLAN_STRICT", strict.to_string())
        .env("PLAN_SARIF", sarif.map(Path::as_os_str).unwrap_or_default())
        .env("PLAN_BIN", bin_dir())
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn the_action_declares_its_inputs_and_builds_plan_from_itself() {
    let action = yaml("action.yml");
    assert_eq!(action["runs"]["using"], "composite");
    let inputs: BTreeSet<&str> = action["inputs"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(inputs, BTreeSet::from(["paths", "sarif", "strict"]));
    for (name, input) in action["inputs"].as_object().unwrap() {
        assert!(input["description"].as_str().is_some(), "{name}");
        assert_eq!(input["required"], false, "{name}");
    }
    let (_, env) = validation_step(&action);
    for (variable, input) in [
        ("PLAN_PATHS", "paths"),
        ("PLAN_STRICT", "strict"),
        ("PLAN_SARIF", "sarif"),
    ] {
        assert_eq!(env[variable], format!("${{{{ inputs.{input} }}}}"));
    }
    let steps = action["runs"]["steps"].as_array().unwrap();
    let install = steps.iter().find(|s| s["name"] == "Install plan").unwrap();
    assert_eq!(
        install["run"],
        "cargo install --locked --path \"$GITHUB_ACTION_PATH\" --root \"$RUNNER_TEMP/plan-bin\""
    );
}

#[test]
fn the_action_passes_a_clean_plan_and_writes_its_sarif_log() {
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("plan.sarif");
    let (exit, stdout) = run_step(&root(), "plans examples", false, Some(&sarif));
    assert_eq!((exit, stdout.as_str()), (0, ""));
    let log: Value = serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(log["runs"][0]["results"], Value::Array(Vec::new()));
    // Without paths, plan's default (`plans`); without `sarif`, no log.
    let (exit, stdout) = run_step(&root(), "", false, None);
    assert_eq!((exit, stdout.as_str()), (0, ""));
}

#[test]
fn the_action_fails_on_errors_with_annotations_and_a_log() {
    let fixture = root().join("tests/fixtures/validate/duplicate-id");
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("plan.sarif");
    let (exit, stdout) = run_step(&fixture, "plan.yaml", false, Some(&sarif));
    assert_eq!(exit, 1);
    assert!(
        stdout.starts_with("::error file=plan.yaml,line=28,col=29,title=E102 duplicate-id::"),
        "{stdout}"
    );
    let log: Value = serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_eq!(log["runs"][0]["results"][0]["ruleId"], "E102");
    // A path that does not exist fails before any log is trusted.
    let (exit, _) = run_step(&fixture, "nowhere", false, Some(&sarif));
    assert_ne!(exit, 0);
}

#[test]
fn the_action_fails_on_warnings_with_strict() {
    let fixture = root().join("tests/fixtures/validate/warnings-only");
    let (exit, stdout) = run_step(&fixture, ".", false, None);
    assert_eq!(exit, 0, "{stdout}");
    assert!(stdout.starts_with("::warning "), "{stdout}");
    let (exit, _) = run_step(&fixture, ".", true, None);
    assert_eq!(exit, 1);
}
