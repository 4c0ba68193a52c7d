//! Prints the doc-example conformance table of the shipped services, and
//! writes or checks the committed expectation file.
//!
//! ```text
//! cargo run -p tencentcloud-conformance --bin conformance             # the table
//! cargo run -p tencentcloud-conformance --bin conformance -- --list   # and every noteworthy example
//! cargo run -p tencentcloud-conformance --bin conformance -- --write  # update tests/conformance/expected.txt
//! cargo run -p tencentcloud-conformance --bin conformance -- --corpus /tmp/tccli/tccli/services
//! ```

use std::io::Write as _;
use std::process::ExitCode;
use tencentcloud_conformance::conformance::{self, expected_file, explained_file};

const USAGE: &str = "\
Usage: conformance [--list] [--write]
       conformance --corpus DIR

Checks every doc example of every shipped service (specs/) against the
generated types and prints a table per service.

  --list        also print every example that is not simply valid and agreeing
  --write       write the expectation file tests/conformance/expected.txt
  --corpus DIR  only classify the JSON of every example output under
                DIR/<service>/<version>/examples.json (e.g. the unpacked
                tccli-intl-en wheel's tccli/services), by defect
";

fn main() -> ExitCode {
    let (mut list, mut write) = (false, false);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--corpus" => {
                let Some(dir) = args.next() else {
                    eprintln!("conformance: --corpus needs a folder\n\n{USAGE}");
                    return ExitCode::from(2);
                };
                return match conformance::corpus_defects(std::path::Path::new(&dir)) {
                    Ok(table) => {
                        say(&table);
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("conformance: {e}");
                        ExitCode::FAILURE
                    }
                };
            }
            "--list" => list = true,
            "--write" => write = true,
            "-h" | "--help" => {
                say(USAGE);
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("conformance: unknown argument {other:?}\n\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let (report, stale) = match conformance::run_shipped() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("conformance: {e}");
            return ExitCode::FAILURE;
        }
    };
    say(&report.table());
    let rendered = report.render();
    if list {
        say(&format!("{rendered}\n"));
    }
    if write {
        let path = expected_file();
        if let Err(e) = std::fs::write(&path, &rendered) {
            eprintln!("conformance: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        say(&format!("wrote {}\n", path.display()));
    }
    for s in &stale {
        eprintln!("conformance: {}: {s}", explained_file().display());
    }
    let failed = report.totals().failed;
    if failed > 0 {
        eprintln!("conformance: {failed} examples fail without a listed reason (see --list)");
    }
    if failed > 0 || !stale.is_empty() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Write to stdout; a closed pipe (`| head`) is not an error worth a panic.
fn say(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}
