//! `tencentcloud-codegen`: regenerate the SDK from the vendored specs.
//!
//! ```text
//! cargo run -p tencentcloud-codegen --release              # specs/ -> generated/
//! cargo run -p tencentcloud-codegen --release -- --check   # fail if generated/ is stale
//! cargo run -p tencentcloud-codegen --release -- --specs DIR --out DIR
//! ```

use std::path::PathBuf;

// The generator allocates millions of short-lived token trees; mimalloc
// halves its run time compared with the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;
use std::time::Instant;
use tencentcloud_codegen::generate::{self, Options};

const USAGE: &str = "usage: tencentcloud-codegen [--specs DIR] [--out DIR] [--check] [--quiet]

  (no arguments)   regenerate generated/ from specs/ and print a summary
  --specs DIR      read service specs from DIR/<service>/<version>/ (default: specs/)
  --out DIR        write the crate into DIR (default: generated/)
  --check          write nothing; exit 1 listing the files that would change
  --quiet          print only errors
  --obstacle-course  regenerate the test crate codegen/tests/obstacle/crate";

fn main() -> ExitCode {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut specs = repo.join("specs");
    let mut out = repo.join("generated");
    let mut check = false;
    let mut quiet = false;
    let mut obstacle = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--specs" => match args.next() {
                Some(v) => specs = PathBuf::from(v),
                None => return usage("--specs needs a folder"),
            },
            "--out" => match args.next() {
                Some(v) => out = PathBuf::from(v),
                None => return usage("--out needs a folder"),
            },
            "--check" => check = true,
            "--quiet" => quiet = true,
            "--obstacle-course" => obstacle = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => return usage(&format!("unknown argument `{other}`")),
        }
    }
    let opts = if obstacle {
        Options::obstacle_course(&repo)
    } else {
        Options::for_repo(&repo, specs, out.clone())
    };
    let out = opts.out.clone();
    let started = Instant::now();
    if check {
        return match generate::render(&opts) {
            Ok((files, _)) => {
                let stale = generate::stale_files(&out, &files);
                if stale.is_empty() {
                    if !quiet {
                        println!("generated/ is up to date ({} files)", files.len());
                    }
                    ExitCode::SUCCESS
                } else {
                    eprintln!(
                        "{} generated file(s) differ from what the specs produce:",
                        stale.len()
                    );
                    for f in &stale {
                        eprintln!("  {}", f.display());
                    }
                    eprintln!("regenerate with: cargo run -p tencentcloud-codegen --release");
                    ExitCode::FAILURE
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        };
    }
    match generate::generate(&opts) {
        Ok(summary) => {
            if !quiet {
                print!("{summary}");
                println!(
                    "done in {:.2} s -> {}",
                    started.elapsed().as_secs_f64(),
                    out.display()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("error: {problem}\n\n{USAGE}");
    ExitCode::from(2)
}
