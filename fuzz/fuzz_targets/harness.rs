//! What every fuzz target does with its input: writes it as one file of a folder beside
//! the shipped plan or example measurements, and runs `plan validate` (human format, with
//! excerpts) and `plan export` (which computes and renders every indicator) over it,
//! through the library's `run`, as a user's command would. A panic or a hang is a find.

use std::path::PathBuf;
use std::sync::OnceLock;

/// The folder of this process's inputs, made once: `plan/` holds the shipped plan,
/// `data/` the input, each run.
fn folder() -> &'static PathBuf {
    static FOLDER: OnceLock<PathBuf> = OnceLock::new();
    FOLDER.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("plan-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        dir
    })
}

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `plan` over `bytes` written as `data/<name>`, with `beside` (a path of the
/// repository: the shipped plan, or the example measurements) as the other input.
pub fn run(name: &str, bytes: &[u8], beside: &str) {
    let data = folder().join("data");
    let file = data.join(name);
    std::fs::write(&file, bytes).unwrap();
    let beside = repository().join(beside);
    for args in [
        vec!["validate"],
        vec!["export", "--year", "2023", "--format", "json"],
    ] {
        let mut argv: Vec<std::ffi::OsString> = std::iter::once("plan")
            .chain(args)
            .map(Into::into)
            .collect();
        argv.push(beside.clone().into());
        argv.push(file.clone().into());
        let _ = plan::run(argv);
    }
}
