//! Prints the doc-example conformance table of the shipped services, and
//! writes or checks the committed expectation file.
//!
//! ```text
//! cargo run -p tencentcloud-conformance --bin conformance             # the table
//! cargo run -p tencentcloud-conformance --bin conformance -- --list   # and every noteworthy example
//! cargo run -p tencentcloud-conformance --bin conformance -- --write  # update tests/conformance/expected.txt
//! ```

use std::process::ExitCode;
use tencentcloud_conformance::conformance::{self, expected_file, explained_file};

const USAGE: &str = "\
Usage: conformance [--list] [--write]

Checks every doc example of every shipped service (specs/) against the
generated types and prints a table per service.

  --list    also print every example that is not simply valid and agreeing
  --write   write the expectation file tests/conformance/expected.txt
";

fn main() -> ExitCode {
    let (mut list, mut write) = (false, false);
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--list" => list = true,
            "--write" => write = true,
            "-h" | "--help" => {
                print!("{USAGE}");
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
    print!("{}", report.table());
    let rendered = report.render();
    if list {
        println!("{rendered}");
    }
    if write {
        let path = expected_file();
        if let Err(e) = std::fs::write(&path, &rendered) {
            eprintln!("conformance: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
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
