//! Where the output goes, through the real binary: `-o` writes only a regular file (or a
//! new one), never a device, a FIFO or a folder, and writes through a symbolic link to a
//! regular file; a write error on standard output fails (exit 2) and names it, a closed
//! pipe stays quiet; and a run says what it did not read (W001 a folder with nothing to
//! read, W002 a report without measurements).

mod common;

use std::fs::File;
use std::os::unix::fs::FileTypeExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn plan() -> Command {
    let mut command = common::plan();
    command.current_dir(root()).env("NO_COLOR", "1");
    command
}

/// `plan ARGS` run in the repository; exit status, standard output and error.
fn run(args: &[&str]) -> (i32, String, String) {
    let output = plan().args(args).output().unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn export_to(output: &Path) -> (i32, String) {
    let output = output.to_str().unwrap();
    let (exit, _, stderr) = run(&[
        "export", "--year", "2023", "plans", "examples", "-o", output,
    ]);
    (exit, stderr)
}

fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt as _;
    let name = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: `name` is a NUL-terminated path that lives through the call.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0, "mkfifo");
}

#[test]
fn a_device_is_never_written_over() {
    let null = Path::new("/dev/null");
    assert!(null.metadata().unwrap().file_type().is_char_device());
    for (command, format) in [("export", "csv"), ("report", "table")] {
        let args = ["--year", "2023", "--format", format, "plans", "examples"];
        let (exit, _, stderr) = run(&[&[command][..], &args, &["-o", "/dev/null"]].concat());
        assert_eq!(exit, 2, "{command}: {stderr}");
        assert!(
            stderr.contains("/dev/null is a device, not a regular file: refusing to write to it"),
            "{command}: {stderr}"
        );
        // Still the device, not a regular file renamed over it.
        let kind = std::fs::symlink_metadata(null).unwrap().file_type();
        assert!(
            kind.is_char_device(),
            "{command}: /dev/null is now {kind:?}"
        );
    }
}

#[test]
fn a_fifo_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("rapport.csv");
    mkfifo(&fifo);
    let (exit, stderr) = export_to(&fifo);
    assert_eq!(exit, 2, "{stderr}");
    assert!(
        stderr.contains("is a FIFO (named pipe), not a regular file"),
        "{stderr}"
    );
    assert!(fifo.symlink_metadata().unwrap().file_type().is_fifo());
    // Nothing else was left beside it (no temporary file).
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("rapport.csv");
    std::fs::create_dir(&folder).unwrap();
    let (exit, stderr) = export_to(&folder);
    assert_eq!(exit, 2, "{stderr}");
    assert!(
        stderr.contains("is a folder, not a regular file"),
        "{stderr}"
    );
    assert!(folder.is_dir());
}

#[test]
fn a_link_to_a_regular_file_is_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("partage").join("rapport-2023.csv");
    std::fs::create_dir(target.parent().unwrap()).unwrap();
    std::fs::write(&target, "old\n").unwrap();
    let link = dir.path().join("rapport.csv");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let (exit, stderr) = export_to(&link);
    assert_eq!(exit, 0, "{stderr}");
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.starts_with("plan_id,commune,year,"), "{written}");
    assert_eq!(written.lines().count(), 32);
}

#[test]
fn a_link_that_leads_nowhere_to_a_device_or_to_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let dangling = dir.path().join("rapport.csv");
    std::os::unix::fs::symlink(dir.path().join("nowhere.csv"), &dangling).unwrap();
    let (exit, stderr) = export_to(&dangling);
    assert_eq!(exit, 2, "{stderr}");
    assert!(
        stderr.contains("is a symbolic link that leads to no file"),
        "{stderr}"
    );
    assert!(!dir.path().join("nowhere.csv").exists());

    let to_device = dir.path().join("null.csv");
    std::os::unix::fs::symlink("/dev/null", &to_device).unwrap();
    let (exit, stderr) = export_to(&to_device);
    assert_eq!(exit, 2, "{stderr}");
    assert!(
        stderr.contains("is a symbolic link to a device, not a regular file"),
        "{stderr}"
    );
    assert!(
        to_device
            .symlink_metadata()
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        Path::new("/dev/null")
            .metadata()
            .unwrap()
            .file_type()
            .is_char_device()
    );

    let plan_file = root().join("plans/molenbeek-saint-jean-2023.yaml");
    let before = std::fs::read(&plan_file).unwrap();
    let to_input = dir.path().join("plan.csv");
    std::os::unix::fs::symlink(&plan_file, &to_input).unwrap();
    let (exit, stderr) = export_to(&to_input);
    assert_eq!(exit, 2, "{stderr}");
    assert!(stderr.contains("is one of the input files"), "{stderr}");
    assert_eq!(std::fs::read(&plan_file).unwrap(), before);
}

#[test]
fn a_full_disk_on_standard_output_fails_for_every_command() {
    let commands: &[&[&str]] = &[
        &["validate", "plans", "examples"],
        &["validate", "--format", "json", "plans", "examples"],
        &["tree"],
        &["report", "--year", "2023", "plans", "examples"],
        &["export", "--year", "2023", "plans", "examples"],
        &["schema", "plan"],
        &["completions", "bash"],
        &["man"],
        &["--version"],
    ];
    for args in commands {
        let full = File::options().write(true).open("/dev/full").unwrap();
        let output = Process::new(env!("CARGO_BIN_EXE_plan"))
            .current_dir(root())
            .env("PLAN_LANG", "en")
            .args(*args)
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.ends_with("error: cannot write to standard output: the disk is full\n"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let (reader, writer) = std::io::pipe().unwrap();
    // Nobody reads: the first write meets a closed pipe.
    drop(reader);
    let output = Process::new(env!("CARGO_BIN_EXE_plan"))
        .current_dir(root())
        .args(["report", "--year", "2023", "plans", "examples"])
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
}

#[test]
fn a_report_without_measurements_says_so() {
    for command in ["report", "export"] {
        let (exit, stdout, stderr) = run(&[command, "--year", "2023", "plans"]);
        assert_eq!(exit, 0, "{command}: {stderr}");
        assert!(!stdout.is_empty());
        assert!(
            stderr.starts_with(
                "warning[W002]: no measurements were read: every indicator of plan \
                 `molenbeek-saint-jean-2023` will show as no data\n"
            ),
            "{command}: {stderr}"
        );
        assert!(
            stderr.contains("--> plans/molenbeek-saint-jean-2023.yaml:44:5"),
            "{stderr}"
        );
        assert!(
            stderr.contains("31 indicators without a measurement"),
            "{stderr}"
        );
        assert!(stderr.ends_with("plan: 1 warning found\n"), "{stderr}");
        // With the measurements, not a word.
        let (exit, _, stderr) = run(&[command, "--year", "2023", "plans", "examples"]);
        assert_eq!((exit, stderr.as_str()), (0, ""), "{command}");
    }
}

#[test]
fn a_plan_checked_alone_stays_clean() {
    // The plan repository's CI checks the plan without measurements: no W002 there.
    let (exit, stdout, stderr) = run(&["validate", "plans"]);
    assert_eq!((exit, stderr.as_str()), (0, ""));
    assert_eq!(
        stdout,
        "plan: checked 1 file: 1 plan with 31 indicators, 0 measurements: no problems found\n"
    );
    let (exit, stdout, _) = run(&["validate", "--format", "json", "plans"]);
    assert_eq!((exit, stdout.as_str()), (0, "[]\n"));
}

#[test]
fn measurements_of_another_plan_only_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = root().join("tests/fixtures/validate/valid");
    let plan_2023 = std::fs::read_to_string(fixture.join("plan.yaml")).unwrap();
    std::fs::write(dir.path().join("plan-2023.yaml"), &plan_2023).unwrap();
    let plan_2022 = plan_2023
        .replace("id: demo-2023", "id: demo-2022")
        .replace("year: 2023", "year: 2022");
    std::fs::write(dir.path().join("plan-2022.yaml"), plan_2022).unwrap();
    std::fs::write(
        dir.path().join("mesures-2022.yaml"),
        "plan: demo-2022\nmeasurements:\n  - indicator: GDP-1-a\n    date: 2022-03-01\n    value: 3\n  - indicator: GDP-2-a\n    date: 2022-03-01\n    value: 1\n",
    )
    .unwrap();
    let output = plan()
        .current_dir(dir.path())
        .args(["report", "--year", "2023", "."])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.starts_with(
            "warning[W002]: none of the 2 measurements read is for plan `demo-2023`: \
             every indicator will show as no data\n"
        ),
        "{stderr}"
    );
    // The 2022 report has its measurements: no warning.
    let output = plan()
        .current_dir(dir.path())
        .args(["report", "--year", "2022", "."])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
}

#[test]
fn an_empty_folder_is_named_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("mesures");
    std::fs::create_dir(&empty).unwrap();
    let empty = empty.to_str().unwrap();
    let (exit, _, stderr) = run(&["report", "--year", "2023", "plans", "examples", empty]);
    assert_eq!(exit, 0, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "warning[W001]: this folder holds no plan or measurements file: nothing was read from it\n--> {empty}\n"
        )),
        "{stderr}"
    );
    // A folder with nothing to read, alone, is still an error (exit 2).
    let (exit, _, stderr) = run(&["validate", empty]);
    assert_eq!(exit, 2, "{stderr}");
    assert!(stderr.contains("no plan or measurements file"), "{stderr}");
}
