//! `tencentcloud-codegen`: regenerate the SDK from the vendored specs.
//!
//! ```text
//! cargo run -p tencentcloud-codegen --release              # specs/ -> generated/
//! cargo run -p tencentcloud-codegen --release -- --check   # fail if generated/ is stale
//! cargo run -p tencentcloud-codegen --release -- --specs DIR --out DIR
//! cargo run -p tencentcloud-codegen --release -- mine-enums [--specs DIR] [SERVICE[/VERSION] ...]
//! cargo run -p tencentcloud-codegen --release -- mine-sensitive [--specs DIR] [--dry-run]
//! cargo run -p tencentcloud-codegen --release -- changes --old DIR --new DIR [--out FILE] [--json FILE]
//! ```

use std::path::{Path, PathBuf};

// The generator allocates millions of short-lived token trees; mimalloc
// halves its run time compared with the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;
use std::time::Instant;
use tencentcloud_codegen::changes;
use tencentcloud_codegen::generate::{self, Options};
use tencentcloud_codegen::mine;

const USAGE: &str = "usage: tencentcloud-codegen [--specs DIR] [--out DIR] [--check] [--quiet]

  (no arguments)   regenerate generated/ from specs/ and print a summary: the facade
                   crate in generated/, a crate per service in generated/<service>/,
                   and the members block of the workspace Cargo.toml
  --specs DIR      read service specs from DIR/<service>/<version>/ and DIR/services.json
                   (default: specs/)
  --out DIR        write the crates into DIR (default: generated/); the generator owns
                   DIR and removes any file there it does not produce
  --check          write nothing; exit 1 listing the files that would change
  --quiet          print only errors
  --report FILE    also write the summary (per service: counts, sizes, timings) as JSON
  --obstacle-course  regenerate the test crate codegen/tests/obstacle/crate (one service crate)

usage: tencentcloud-codegen mine-enums [--specs DIR] [--dry-run] [--verbose] [SERVICE[/VERSION] ...]

  Propose enums from the docs into <specs>/<svc>/<version>/enums.json
  (entries marked \"reviewed\": true are kept). All services when none named.
  --dry-run        write nothing; report what would change
  --verbose        list the example values the enums do not document

usage: tencentcloud-codegen mine-sensitive [--specs DIR] [--dry-run]

  Propose the sensitive members (passwords, secret keys, tokens, private keys) of every
  service version into <specs>/<svc>/<version>/sensitive.json (entries marked
  \"reviewed\": true and the not_sensitive rejections are kept); prints the counts.
  --dry-run        write nothing; report what would change

usage: tencentcloud-codegen changes --old DIR --new DIR [--out FILE] [--json FILE] [--api-only] [SERVICE[/VERSION] ...]

  Report what the specs in DIR (new) change for the users of each generated crate compared
  with the specs in DIR (old), both laid out as specs/ (<svc>/<version>/api.json ...): per
  crate, the breaking and compatible changes and the suggested version bump.
  --out FILE       write the Markdown report to FILE instead of printing it
  --json FILE      also write the report as JSON
  --api-only       compare api.json alone (ignore errorcodes.py and enums.json)
  SERVICE          compare only these services (cwp) or service-versions (cwp/v20180228)";

fn main() -> ExitCode {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    // `/repo` rather than `/repo/codegen/..` in paths it prints.
    let repo = std::fs::canonicalize(&repo).unwrap_or(repo);
    let mut specs = repo.join("specs");
    let mut out = repo.join("generated");
    let mut check = false;
    let mut quiet = false;
    let mut obstacle = false;
    let mut report: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("mine-sensitive") {
        args.next();
        return mine_sensitive(&repo, args.collect());
    }
    if args.peek().map(String::as_str) == Some("mine-enums") {
        args.next();
        return mine_enums(&repo, args.collect());
    }
    if args.peek().map(String::as_str) == Some("changes") {
        args.next();
        return changes(args.collect());
    }
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
            "--report" => match args.next() {
                Some(v) => report = Some(PathBuf::from(v)),
                None => return usage("--report needs a file"),
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
            Ok((rendered, _)) => {
                let stale = generate::stale(&out, &rendered);
                if stale.is_empty() {
                    if !quiet {
                        println!(
                            "{} is up to date ({} files)",
                            out.display(),
                            rendered.files.len()
                        );
                    }
                    ExitCode::SUCCESS
                } else {
                    eprintln!(
                        "{} generated file(s) differ from what the specs produce:",
                        stale.len()
                    );
                    for f in &stale {
                        eprintln!("  {f}");
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
            if let Some(path) = &report {
                let json = serde_json::to_string_pretty(&summary.to_json())
                    .expect("a JSON value serializes");
                if let Err(e) = std::fs::write(path, json + "\n") {
                    eprintln!("error: {}: {e}", path.display());
                    return ExitCode::FAILURE;
                }
            }
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

/// The arguments of the `mine-*` commands.
struct MineArgs {
    specs: PathBuf,
    write: bool,
    verbose: bool,
    /// Services to mine (all when empty).
    only: Vec<String>,
}

impl MineArgs {
    /// `--specs DIR`, `--dry-run`, `--help`; with `per_service`, also
    /// `--verbose` and service names. `Err` is the exit code to return.
    fn parse(repo: &Path, args: Vec<String>, per_service: bool) -> Result<MineArgs, ExitCode> {
        let mut out = MineArgs {
            specs: repo.join("specs"),
            write: true,
            verbose: false,
            only: Vec::new(),
        };
        let mut args = args.into_iter();
        while let Some(a) = args.next() {
            match a.as_str() {
                "--specs" => match args.next() {
                    Some(v) => out.specs = PathBuf::from(v),
                    None => return Err(usage("--specs needs a folder")),
                },
                "--dry-run" => out.write = false,
                "--verbose" if per_service => out.verbose = true,
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return Err(ExitCode::SUCCESS);
                }
                service if per_service && !service.starts_with('-') => {
                    out.only.push(service.trim_end_matches('/').to_string())
                }
                other => return Err(usage(&format!("unknown argument `{other}`"))),
            }
        }
        Ok(out)
    }
}

fn mine_sensitive(repo: &Path, args: Vec<String>) -> ExitCode {
    use tencentcloud_codegen::spec;
    let MineArgs { specs, write, .. } = match MineArgs::parse(repo, args, false) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let dirs = match generate::find_spec_dirs(&specs) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "{:<28} {:>9} {:>9} {:>9}",
        "service", "sensitive", "reviewed", "rejected"
    );
    let (mut total, mut reviewed, mut changed) = (0, 0, 0);
    for dir in &dirs {
        let path = dir.path.join("sensitive.json");
        let mined = spec::load_api(&dir.path.join("api.json")).and_then(|api| {
            let existing = spec::sensitive::load(&path)?;
            Ok((mine::sensitive::mine(&api, &existing), existing))
        });
        let (mined, existing) = match mined {
            Ok(m) => m,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        };
        for gone in &mined.vanished {
            println!(
                "  {}/{}: reviewed `{gone}` dropped: no such member any more",
                dir.service, dir.version
            );
        }
        let file = &mined.file;
        let n_reviewed = file.sensitive.iter().filter(|s| s.reviewed).count();
        if !file.sensitive.is_empty() || !file.not_sensitive.is_empty() {
            println!(
                "{:<28} {:>9} {:>9} {:>9}",
                format!("{}/{}", dir.service, dir.version),
                file.sensitive.len(),
                n_reviewed,
                file.not_sensitive.len()
            );
        }
        total += file.sensitive.len();
        reviewed += n_reviewed;
        if *file != existing {
            changed += 1;
            if write {
                let result = if file.sensitive.is_empty() && file.not_sensitive.is_empty() {
                    std::fs::remove_file(&path)
                } else {
                    std::fs::write(&path, spec::sensitive::render(file))
                };
                if let Err(e) = result {
                    eprintln!("error: {}: {e}", path.display());
                    return ExitCode::FAILURE;
                }
            }
        }
    }
    println!(
        "{} service versions: {total} sensitive members ({reviewed} reviewed); {changed} files {}",
        dirs.len(),
        if write { "written" } else { "would change" }
    );
    ExitCode::SUCCESS
}

fn mine_enums(repo: &Path, args: Vec<String>) -> ExitCode {
    let MineArgs {
        specs,
        write,
        verbose,
        only,
    } = match MineArgs::parse(repo, args, true) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let started = Instant::now();
    let dirs = match generate::find_spec_dirs(&specs) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    for o in &only {
        if !dirs
            .iter()
            .any(|d| d.service == *o || format!("{}/{}", d.service, d.version) == *o)
        {
            eprintln!("error: no spec folder {o} under {}", specs.display());
            return ExitCode::FAILURE;
        }
    }
    let dirs: Vec<_> = dirs
        .into_iter()
        .filter(|d| {
            only.is_empty()
                || only
                    .iter()
                    .any(|o| d.service == *o || format!("{}/{}", d.service, d.version) == *o)
        })
        .collect();
    println!(
        "{:<28} {:>7} {:>6} {:>6} {:>8} {:>8} {:>9} {:>9}",
        "service", "members", "mined", "enums", "reviewed", "rejected", "ex in/out", "scan i/o"
    );
    let mut total = mine::DirReport {
        name: format!("total ({})", dirs.len()),
        stats: Default::default(),
        examples: Some(Default::default()),
        changed: false,
    };
    let mut failed = false;
    let mut changed = 0;
    for dir in &dirs {
        let report = match mine::mine_dir(dir, write) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
                continue;
            }
        };
        print_report(&report);
        for line in &report.stats.dropped {
            println!("  {line}");
        }
        if verbose {
            if !report.stats.rejected.is_empty() {
                let reasons: Vec<String> = report
                    .stats
                    .rejected
                    .iter()
                    .map(|(r, n)| format!("{}: {n}", r.label()))
                    .collect();
                println!("  rejected: {}", reasons.join(", "));
            }
            let patterns: Vec<String> = report
                .stats
                .by_pattern
                .iter()
                .map(|(p, n)| format!("{}: {n}", p.label()))
                .collect();
            println!("  found by: {}", patterns.join(", "));
            for (member, why) in &report.stats.rejections {
                println!("  rejected {member}: {}", why.label());
            }
            for (e, m, v) in report.examples.iter().flat_map(|x| &x.outside_values) {
                println!("  example value not documented: {e} ({m}) = {v:?}");
            }
        }
        add(&mut total, &report);
        changed += usize::from(report.changed);
    }
    print_report(&total);
    if let Some(x) = &total.examples {
        println!(
            "example values of enum members: {} documented, {} not ({} of them placeholders like \"xx\"); {} of {} example texts are not JSON (scanned)",
            x.inside + x.scan_inside,
            x.outside + x.scan_outside,
            x.placeholders,
            x.scanned,
            x.texts
        );
    }
    if !total.stats.dropped.is_empty() {
        println!(
            "dropped {} reviewed reference(s) whose member vanished (listed above; review them):",
            total.stats.dropped.len()
        );
        for line in &total.stats.dropped {
            println!("  {line}");
        }
    }
    println!(
        "{} {} enums.json file(s) in {:.2} s",
        if write { "wrote" } else { "would write" },
        changed,
        started.elapsed().as_secs_f64()
    );
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn changes(args: Vec<String>) -> ExitCode {
    let mut old: Option<PathBuf> = None;
    let mut new: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut json: Option<PathBuf> = None;
    let mut scope = changes::Scope::All;
    let mut only: Vec<String> = Vec::new();
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        let mut value = |slot: &mut Option<PathBuf>, what: &str| match args.next() {
            Some(v) => {
                *slot = Some(PathBuf::from(v));
                Ok(())
            }
            None => Err(usage(&format!("{a} needs {what}"))),
        };
        let r = match a.as_str() {
            "--old" => value(&mut old, "a folder"),
            "--new" => value(&mut new, "a folder"),
            "--out" => value(&mut out, "a file"),
            "--json" => value(&mut json, "a file"),
            "--api-only" => {
                scope = changes::Scope::ApiOnly;
                Ok(())
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other if other.starts_with('-') => {
                return usage(&format!("unknown argument `{other}`"))
            }
            service => {
                only.push(service.to_string());
                Ok(())
            }
        };
        if let Err(code) = r {
            return code;
        }
    }
    let (Some(old), Some(new)) = (old, new) else {
        return usage("changes needs --old DIR and --new DIR");
    };
    let opts = changes::Options {
        old,
        new,
        scope,
        only,
    };
    let report = match changes::compare_dirs(&opts) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    for o in &opts.only {
        let o = o.trim_end_matches('/');
        let (svc, ver) = o.split_once('/').map_or((o, None), |(s, v)| (s, Some(v)));
        let found = report.crates.iter().any(|c| {
            c.service == svc && ver.is_none_or(|v| c.versions.iter().any(|x| x.version == v))
        });
        if !found {
            eprintln!(
                "error: no spec folder {o} under {} or {}",
                opts.old.display(),
                opts.new.display()
            );
            return ExitCode::FAILURE;
        }
    }
    let write = |path: &Path, text: &str| match std::fs::write(path, text) {
        Ok(()) => true,
        Err(e) => {
            eprintln!("error: {}: {e}", path.display());
            false
        }
    };
    if let Some(path) = &json {
        if !write(path, &report.to_json()) {
            return ExitCode::FAILURE;
        }
    }
    let md = report.to_markdown();
    match &out {
        Some(path) => {
            if !write(path, &md) {
                return ExitCode::FAILURE;
            }
        }
        None => print!("{md}"),
    }
    ExitCode::SUCCESS
}

fn print_report(r: &mine::DirReport) {
    let s = &r.stats;
    let (io, scan) = match &r.examples {
        Some(x) => (
            format!("{}/{}", x.inside, x.outside),
            format!("{}/{}", x.scan_inside, x.scan_outside),
        ),
        None => ("-".into(), "-".into()),
    };
    println!(
        "{:<28} {:>7} {:>6} {:>6} {:>8} {:>8} {:>9} {:>9}",
        r.name,
        s.members,
        s.mined_members,
        s.mined_enums,
        s.reviewed_enums,
        s.rejected.values().sum::<usize>(),
        io,
        scan
    );
}

fn add(total: &mut mine::DirReport, r: &mine::DirReport) {
    let (t, s) = (&mut total.stats, &r.stats);
    t.members += s.members;
    t.reviewed_members += s.reviewed_members;
    t.mined_members += s.mined_members;
    t.mined_enums += s.mined_enums;
    t.reviewed_enums += s.reviewed_enums;
    t.dropped
        .extend(s.dropped.iter().map(|line| format!("{}: {line}", r.name)));
    for (p, n) in &s.by_pattern {
        *t.by_pattern.entry(*p).or_default() += n;
    }
    for (p, n) in &s.rejected {
        *t.rejected.entry(*p).or_default() += n;
    }
    if let (Some(t), Some(x)) = (total.examples.as_mut(), &r.examples) {
        t.texts += x.texts;
        t.scanned += x.scanned;
        t.inside += x.inside;
        t.outside += x.outside;
        t.scan_inside += x.scan_inside;
        t.scan_outside += x.scan_outside;
        t.placeholders += x.placeholders;
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("error: {problem}\n\n{USAGE}");
    ExitCode::from(2)
}
