//! The `plan` command: runs the library and prints what it returns, in one place.
//!
//! Imports only the library's `run` and `Output`.

use std::io::Write as _;
use std::process::ExitCode;

fn main() -> ExitCode {
    let output = match plan::run(std::env::args_os()) {
        Ok(output) => output,
        Err(err) => plan::failure(&err),
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
            let _ = stderr.write_all(plan::stdout_failure(&err).as_bytes());
            ExitCode::from(2)
        }
    }
}
