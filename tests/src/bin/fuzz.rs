//! Fuzzes response classification and every response decoder with mutated
//! doc examples (see `tencentcloud_conformance::fuzz`). Exits 1 on any
//! finding (panic, hang, memory, wrong answer), after minimizing and saving
//! each under `target/fuzz-findings/`.
//!
//! ```text
//! cargo run --release -p tencentcloud-conformance --bin fuzz -- --inputs 10000000 --seed 1 --threads 2
//! cargo run --release -p tencentcloud-conformance --bin fuzz -- --seed 1 --start 4242 --inputs 1   # replay one input
//! ```

use std::process::ExitCode;
use std::time::Duration;
use tencentcloud_conformance::fuzz::{self, Corpus, CountingAlloc, Options};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

const USAGE: &str = "\
Usage: fuzz [--inputs N] [--seed S] [--threads T] [--start I] [--findings DIR] [--hang-ms MS] [--quiet]

Mutates the documented example output of every action of every shipped
service and feeds each input to the response classification of a call (in
memory), to ServiceError::from_body and to the action's response decoder,
lenient and strict. Prints inputs run, execs/s, panics, hangs, the slowest
input, the peak allocation per input and the findings; exits 1 if any.

  --inputs N      inputs to run (default 100000)
  --seed S        the seed (default 1); input I of a seed is always the same
  --threads T     worker threads (default: the available cores)
  --start I       index of the first input (replay one: --start I --inputs 1)
  --findings DIR  where findings are saved (default target/fuzz-findings)
  --hang-ms MS    time limit per input (default 1000; 10000 in a debug build)
  --quiet         no progress lines
  --measure-objects  only measure the largest cost of a `{}` in a list of
                  models of any example (what the memory bound allows per
                  object)
";

fn main() -> ExitCode {
    let mut options = Options {
        inputs: 100_000,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        findings_dir: Some(fuzz::default_findings_dir()),
        progress: true,
        ..Options::default()
    };
    let mut measure = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| -> Result<String, String> {
            args.next().ok_or_else(|| format!("{name} needs a value"))
        };
        let number = |text: String, name: &str| -> Result<u64, String> {
            text.replace('_', "")
                .parse::<u64>()
                .map_err(|_| format!("{name}: not a number: {text:?}"))
        };
        let parsed: Result<(), String> = (|| {
            match arg.as_str() {
                "--inputs" => options.inputs = number(value("--inputs")?, "--inputs")?,
                "--seed" => options.seed = number(value("--seed")?, "--seed")?,
                "--start" => options.start = number(value("--start")?, "--start")?,
                "--threads" => {
                    options.threads = number(value("--threads")?, "--threads")?.max(1) as usize
                }
                "--findings" => options.findings_dir = Some(value("--findings")?.into()),
                "--hang-ms" => {
                    options.hang_limit =
                        Duration::from_millis(number(value("--hang-ms")?, "--hang-ms")?)
                }
                "--quiet" => options.progress = false,
                "--measure-objects" => measure = true,
                "-h" | "--help" => {
                    print!("{USAGE}");
                    std::process::exit(0);
                }
                other => return Err(format!("unknown argument {other:?}")),
            }
            Ok(())
        })();
        if let Err(e) = parsed {
            eprintln!("fuzz: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let corpus = match Corpus::shipped() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("fuzz: {e}");
            return ExitCode::from(2);
        }
    };
    if measure {
        let (bytes, what) = fuzz::measure_objects(&corpus);
        println!("largest cost of a `{{}}` in a list of models: {bytes:.0} bytes ({what})");
        return ExitCode::SUCCESS;
    }
    println!(
        "fuzz: {} example outputs; {} inputs from {} with seed {} on {} thread(s)",
        corpus.entries.len(),
        options.inputs,
        options.start,
        options.seed,
        options.threads
    );
    let mut summary = fuzz::run(&corpus, &options);
    if summary.findings() > 0 {
        if let Some(dir) = &options.findings_dir {
            if let Err(e) = fuzz::save_findings(&corpus, &mut summary, &options, dir) {
                eprintln!("fuzz: cannot save the findings in {}: {e}", dir.display());
            }
        }
    }
    println!("{summary}");
    if summary.findings() > 0 {
        print!("{}", fuzz::describe_findings(&corpus, &summary, 5));
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
