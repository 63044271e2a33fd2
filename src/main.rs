//! The `plan` command: runs the library and prints what it returns, in one place.
//!
//! Imports only the library's `run` and `Output`.

use std::io::Write as _;
use std::process::ExitCode;

fn main() -> ExitCode {
    let output = match plan::run(std::env::args_os()) {
        Ok(output) => output,
        Err(err) => plan::Output::failure(format!("error: {err:#}\n")),
    };
    let mut stderr = anstream::stderr();
    let _ = stderr.write_all(output.stderr.as_bytes());
    let mut stdout = anstream::stdout();
    match stdout
        .write_all(&output.stdout)
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::from(output.exit),
        // A closed pipe (`plan report | head`) ends the output quietly.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(output.exit),
        // A full disk, say: what was meant for standard output is lost, and the run failed.
        Err(err) => {
            let _ = writeln!(stderr, "error: cannot write to standard output: {err}");
            ExitCode::from(2)
        }
    }
}
