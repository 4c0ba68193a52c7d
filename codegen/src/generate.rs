//! Orchestration: read a specs folder, build every service, render the crate,
//! and write it, touching only files whose content changed and removing the
//! ones no longer produced.

use crate::emit::krate::{crate_files, CrateSettings};
use crate::emit::{self, Files, Provenance};
use crate::ir::{self, Service, ServiceInput};
use crate::spec::{self, SpecError};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// One `specs/<svc>/<version>/` folder found on disk.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SpecDir {
    /// Service folder name (`cwp`).
    pub service: String,
    /// Version folder name (`v20180228`).
    pub version: String,
    /// The folder.
    pub path: PathBuf,
}

/// Every `<svc>/<version>/api.json` under `specs`, sorted.
pub fn find_spec_dirs(specs: &Path) -> Result<Vec<SpecDir>, SpecError> {
    let read = |p: &Path| {
        std::fs::read_dir(p)
            .map_err(|e| SpecError::new(p, "", format!("cannot list the folder: {e}")))
    };
    let mut out = Vec::new();
    for svc in read(specs)? {
        let svc = svc.map_err(|e| SpecError::new(specs, "", e.to_string()))?;
        if !svc.path().is_dir() {
            continue;
        }
        for ver in read(&svc.path())? {
            let ver = ver.map_err(|e| SpecError::new(&svc.path(), "", e.to_string()))?;
            if ver.path().join("api.json").is_file() {
                out.push(SpecDir {
                    service: svc.file_name().to_string_lossy().into_owned(),
                    version: ver.file_name().to_string_lossy().into_owned(),
                    path: ver.path(),
                });
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The files of a spec folder the generator reads.
pub const INPUT_FILES: [&str; 4] = ["api.json", "examples.json", "errorcodes.py", "enums.json"];

/// Upstream provenance from `specs/PINNED.toml`, if present.
pub fn upstream_note(specs: &Path) -> String {
    let Ok(text) = std::fs::read_to_string(specs.join("PINNED.toml")) else {
        return "local specs".to_string();
    };
    let mut section = "";
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            section = line;
        } else if section == "[tccli-intl-en]" {
            if let Some(v) = line.strip_prefix("version = ") {
                return format!("tccli-intl-en {}", v.trim_matches('"'));
            }
        }
    }
    "local specs".to_string()
}

/// Parse and build one service folder. Also returns the sha256 of its `api.json`.
pub fn load_service(dir: &SpecDir, upstream: &str) -> Result<(Service, String), SpecError> {
    load_service_with(dir, upstream, None)
}

/// [`load_service`], with `enums` in place of the folder's `enums.json` when
/// given (the enum miner validates what it is about to write).
pub fn load_service_with(
    dir: &SpecDir,
    upstream: &str,
    enums: Option<spec::enums::EnumsFile>,
) -> Result<(Service, String), SpecError> {
    let api_path = dir.path.join("api.json");
    let api_bytes = spec::read(&api_path)?;
    let sha = hex(&Sha256::digest(&api_bytes));
    let api = spec::parse_api(&api_path, &api_bytes)?;
    let examples_path = dir.path.join("examples.json");
    let examples = if examples_path.is_file() {
        Some(spec::load_examples(&examples_path)?)
    } else {
        None
    };
    let codes_path = dir.path.join("errorcodes.py");
    let error_codes = if codes_path.is_file() {
        spec::errorcodes::load(&codes_path)?
    } else {
        Vec::new()
    };
    let enums_path = dir.path.join("enums.json");
    let enums = match enums {
        Some(e) => e,
        None => spec::enums::load(&enums_path)?,
    };
    let service = ir::build_service(ServiceInput {
        dir: dir.service.clone(),
        version_dir: dir.version.clone(),
        api,
        api_path,
        examples,
        error_codes,
        enums,
        enums_path,
        source: upstream.to_string(),
    })?;
    Ok((service, sha))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Settings for one generation run.
#[derive(Debug, Clone)]
pub struct Options {
    /// The specs folder.
    pub specs: PathBuf,
    /// The output crate folder.
    pub out: PathBuf,
    /// The runtime dependency line of the output crate.
    pub runtime_dependency: String,
    /// Cargo features enabled by default (services, `all-directions`); none for the SDK crate.
    pub default_features: Vec<String>,
    /// Package name of the output crate.
    pub package: String,
    /// Library name of the output crate.
    pub lib: String,
    /// Whether the output crate may be published.
    pub publish: bool,
    /// Include the user guide in the crate docs (its examples call `cwp`).
    pub guide: bool,
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    /// Per service-version: (name, actions, deprecated actions, structs, enums, error codes).
    pub services: Vec<ServiceSummary>,
    /// Files written because their content changed.
    pub written: Vec<PathBuf>,
    /// Files removed because they are no longer produced.
    pub removed: Vec<PathBuf>,
    /// Files produced in all.
    pub files: usize,
    /// Bytes of Rust produced.
    pub bytes: usize,
    /// Warnings from the IR.
    pub warnings: Vec<String>,
    /// Time spent reading and resolving specs.
    pub load_time: Duration,
    /// Time spent emitting and formatting.
    pub emit_time: Duration,
    /// Time spent writing.
    pub write_time: Duration,
}

/// Counts and timings for one service version.
#[derive(Debug, Clone)]
pub struct ServiceSummary {
    /// `cwp/v20180228`.
    pub name: String,
    /// Cargo feature (the service folder name).
    pub feature: String,
    /// Actions.
    pub actions: usize,
    /// Deprecated actions.
    pub deprecated: usize,
    /// Structs and free-form types.
    pub types: usize,
    /// Enums.
    pub enums: usize,
    /// Error codes.
    pub error_codes: usize,
    /// Bytes of its input files (`api.json`, `examples.json`, `errorcodes.py`, `enums.json`).
    pub spec_bytes: u64,
    /// Bytes of Rust generated for it.
    pub rust_bytes: usize,
    /// Time spent reading and resolving its specs.
    pub load_time: Duration,
    /// Time spent emitting and formatting its files.
    pub emit_time: Duration,
}

impl Summary {
    /// The summary as JSON (`--report FILE`), for scripts.
    pub fn to_json(&self) -> serde_json::Value {
        let ms = |d: Duration| (d.as_secs_f64() * 1e4).round() / 10.0;
        let services: Vec<serde_json::Value> = self
            .services
            .iter()
            .map(|s| {
                serde_json::json!({
                    "name": s.name,
                    "feature": s.feature,
                    "actions": s.actions,
                    "deprecated_actions": s.deprecated,
                    "types": s.types,
                    "enums": s.enums,
                    "error_codes": s.error_codes,
                    "spec_bytes": s.spec_bytes,
                    "rust_bytes": s.rust_bytes,
                    "load_ms": ms(s.load_time),
                    "emit_ms": ms(s.emit_time),
                })
            })
            .collect();
        serde_json::json!({
            "services": services,
            "spec_bytes": self.services.iter().map(|s| s.spec_bytes).sum::<u64>(),
            "files": self.files,
            "rust_bytes": self.bytes,
            "load_ms": ms(self.load_time),
            "emit_ms": ms(self.emit_time),
            "write_ms": ms(self.write_time),
            "warnings": self.warnings,
        })
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        writeln!(
            f,
            "{:<24} {:>8} {:>11} {:>7} {:>6} {:>7} {:>8}",
            "service", "actions", "deprecated", "types", "enums", "errors", "ms"
        )?;
        let mut total = (0, 0, 0, 0, 0, 0);
        for s in &self.services {
            writeln!(
                f,
                "{:<24} {:>8} {:>11} {:>7} {:>6} {:>7} {:>8.0}",
                s.name,
                s.actions,
                s.deprecated,
                s.types,
                s.enums,
                s.error_codes,
                ms(s.load_time + s.emit_time)
            )?;
            total.0 += s.actions;
            total.1 += s.deprecated;
            total.2 += s.types;
            total.3 += s.enums;
            total.4 += s.error_codes;
            total.5 += s.spec_bytes;
        }
        writeln!(
            f,
            "{:<24} {:>8} {:>11} {:>7} {:>6} {:>7}",
            format!("total ({})", self.services.len()),
            total.0,
            total.1,
            total.2,
            total.3,
            total.4
        )?;
        let elapsed = self.load_time + self.emit_time + self.write_time;
        writeln!(
            f,
            "{:.1} MB of specs -> {} files ({:.1} MB), {} written, {} removed; \
             load {:.0} ms, emit {:.0} ms, write {:.0} ms ({:.1} MB of specs/s)",
            total.5 as f64 / 1e6,
            self.files,
            self.bytes as f64 / 1e6,
            self.written.len(),
            self.removed.len(),
            ms(self.load_time),
            ms(self.emit_time),
            ms(self.write_time),
            total.5 as f64 / 1e6 / elapsed.as_secs_f64().max(1e-9),
        )?;
        for w in &self.warnings {
            writeln!(f, "warning: {w}")?;
        }
        Ok(())
    }
}

/// Errors of a run.
#[derive(Debug)]
pub enum GenerateError {
    /// A spec is malformed.
    Spec(SpecError),
    /// Writing failed.
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GenerateError::Spec(e) => e.fmt(f),
            GenerateError::Io(p, e) => write!(f, "{}: {e}", p.display()),
        }
    }
}

impl std::error::Error for GenerateError {}

impl From<SpecError> for GenerateError {
    fn from(e: SpecError) -> Self {
        GenerateError::Spec(e)
    }
}

/// Build every service under `opts.specs` and render the crate (no writing).
pub fn render(opts: &Options) -> Result<(Files, Summary), GenerateError> {
    let start = Instant::now();
    let upstream = upstream_note(&opts.specs);
    let dirs = find_spec_dirs(&opts.specs)?;
    let api_size = |d: &SpecDir| std::fs::metadata(d.path.join("api.json")).map_or(0, |m| m.len());
    let loaded = parallel_map(&dirs, api_size, |d| timed(|| load_service(d, &upstream)));
    let mut services = Vec::with_capacity(dirs.len());
    let mut load_times = Vec::with_capacity(dirs.len());
    let mut hashes = BTreeMap::new();
    for (dir, (result, took)) in dirs.iter().zip(loaded) {
        let (service, sha) = result?;
        hashes.insert(format!("{}/{}", dir.service, dir.version), sha);
        services.push(service);
        load_times.push(took);
    }
    let load_time = start.elapsed();
    let start = Instant::now();
    let prov = Provenance {
        generator: env!("CARGO_PKG_VERSION").to_string(),
        upstream,
        lib: opts.lib.clone(),
    };
    let settings = CrateSettings {
        package: opts.package.clone(),
        lib: opts.lib.clone(),
        publish: opts.publish,
        guide: opts.guide,
        version: env!("CARGO_PKG_VERSION").into(),
        runtime_dependency: opts.runtime_dependency.clone(),
        default_features: opts.default_features.clone(),
        spec_hashes: hashes,
    };
    let mut files = crate_files(&services, &settings, &prov);
    let mut per_service = Vec::with_capacity(services.len());
    let size = |s: &Service| {
        s.structs
            .iter()
            .map(|x| x.fields.len() as u64 + 1)
            .sum::<u64>()
            + s.enums.len() as u64
    };
    for (rendered, took) in
        parallel_map(&services, size, |s| timed(|| emit::service_files(s, &prov)))
    {
        per_service.push((rendered.values().map(String::len).sum::<usize>(), took));
        files.extend(rendered);
    }
    let mut summary = Summary {
        load_time,
        emit_time: start.elapsed(),
        files: files.len(),
        bytes: files.values().map(|f| f.len()).sum(),
        ..Summary::default()
    };
    for (((s, dir), (rust_bytes, emit_time)), load_time) in
        services.iter().zip(&dirs).zip(per_service).zip(load_times)
    {
        summary.services.push(ServiceSummary {
            name: format!("{}/{}", s.dir, s.version_dir),
            feature: s.dir.clone(),
            actions: s.actions.len(),
            deprecated: s.actions.iter().filter(|a| a.deprecated).count(),
            types: s.structs.len() + s.free_form.len(),
            enums: s.enums.len(),
            error_codes: s.error_codes.len() + s.common_codes_listed.len(),
            spec_bytes: INPUT_FILES
                .iter()
                .filter_map(|f| std::fs::metadata(dir.path.join(f)).ok())
                .map(|m| m.len())
                .sum(),
            rust_bytes,
            load_time,
            emit_time,
        });
        summary.warnings.extend(s.warnings.iter().cloned());
    }
    Ok((files, summary))
}

impl Options {
    /// The settings `cargo run -p tencentcloud-codegen` uses: the crate
    /// `tencentcloud-sdk` (lib `tencentcloud`), the runtime by relative path
    /// when `out` is inside the repository and by absolute path elsewhere.
    pub fn for_repo(repo: &Path, specs: PathBuf, out: PathBuf) -> Options {
        let version = env!("CARGO_PKG_VERSION");
        let path = relative_or_absolute(&out, &repo.join("runtime"));
        Options {
            specs,
            out,
            runtime_dependency: format!(
                "{{ path = \"{path}\", version = \"{version}\", default-features = false }}"
            ),
            // No service by default: a build compiles only the services its
            // user names (`features = ["cvm"]`), however many the crate ships.
            default_features: Vec::new(),
            package: "tencentcloud-sdk".into(),
            lib: "tencentcloud".into(),
            publish: true,
            guide: true,
        }
    }

    /// The naming obstacle course (`codegen/tests/obstacle/`): a small spec
    /// with every naming, recursion and typing hazard met in the corpus,
    /// generated into a workspace crate (`tencentcloud-obstacle-course`) that
    /// compiles with the workspace's lints and has behavioural tests.
    pub fn obstacle_course(repo: &Path) -> Options {
        let dir = repo.join("codegen/tests/obstacle");
        let mut o = Options::for_repo(repo, dir.join("specs"), dir.join("crate"));
        o.package = "tencentcloud-obstacle-course".into();
        o.lib = "obstacle".into();
        o.publish = false;
        o.guide = false;
        // Its tests exercise every model in both directions.
        o.default_features = vec!["obstacle".into(), "all-directions".into()];
        o
    }

    /// Like [`Options::for_repo`] for `<repo>/generated`, but writing to `out`
    /// (the freshness check renders the real crate into a temporary folder).
    pub fn repo_defaults_into(repo: &Path, out: PathBuf) -> Options {
        let mut o = Options::for_repo(repo, repo.join("specs"), repo.join("generated"));
        o.out = out;
        o
    }
}

/// `target` relative to `from` when both are inside the same repository
/// (sharing a parent), else `target`'s absolute path.
fn relative_or_absolute(from: &Path, target: &Path) -> String {
    // Canonical when the path exists, else with `.` and `..` resolved lexically.
    let canonical = |p: &Path| {
        std::fs::canonicalize(p).unwrap_or_else(|_| {
            let mut out = PathBuf::new();
            for c in p.components() {
                match c {
                    std::path::Component::ParentDir => {
                        out.pop();
                    }
                    std::path::Component::CurDir => {}
                    other => out.push(other),
                }
            }
            out
        })
    };
    let (from, target) = (canonical(from), canonical(target));
    let repo = target.parent().map(Path::to_path_buf).unwrap_or_default();
    if !from.starts_with(&repo) || repo.as_os_str().is_empty() {
        return target.display().to_string();
    }
    let depth = from
        .strip_prefix(&repo)
        .map(|r| r.components().count())
        .unwrap_or(0);
    let mut rel = PathBuf::new();
    for _ in 0..depth {
        rel.push("..");
    }
    rel.push(target.strip_prefix(&repo).unwrap_or(&target));
    rel.display().to_string()
}

/// Render and write into `opts.out`.
pub fn generate(opts: &Options) -> Result<Summary, GenerateError> {
    let (files, mut summary) = render(opts)?;
    let start = Instant::now();
    let (written, removed) = write_files(&opts.out, &files)?;
    summary.written = written;
    summary.removed = removed;
    summary.write_time = start.elapsed();
    Ok(summary)
}

/// Write `files` under `out` when their content differs; remove other files
/// under `out/src` (the generator owns that folder) and empty folders.
pub fn write_files(
    out: &Path,
    files: &Files,
) -> Result<(Vec<PathBuf>, Vec<PathBuf>), GenerateError> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |e| GenerateError::Io(p, e)
    };
    let mut written = Vec::new();
    for (rel, content) in files {
        let path = out.join(rel);
        if std::fs::read(&path).ok().as_deref() == Some(content.as_bytes()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        std::fs::write(&path, content).map_err(io(&path))?;
        written.push(rel.clone());
    }
    let mut removed = Vec::new();
    let src = out.join("src");
    if src.is_dir() {
        let mut stack = vec![src.clone()];
        let mut dirs = Vec::new();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).map_err(io(&dir))? {
                let entry = entry.map_err(io(&dir))?;
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path.clone());
                    stack.push(path);
                } else {
                    let rel = path.strip_prefix(out).unwrap_or(&path).to_path_buf();
                    if !files.contains_key(&rel) {
                        std::fs::remove_file(&path).map_err(io(&path))?;
                        removed.push(rel);
                    }
                }
            }
        }
        // Deepest first, so parents empty out after their children.
        dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
        for d in dirs {
            if std::fs::read_dir(&d)
                .map(|mut r| r.next().is_none())
                .unwrap_or(false)
            {
                std::fs::remove_dir(&d).map_err(io(&d))?;
            }
        }
    }
    removed.sort();
    Ok((written, removed))
}

/// Files that `write_files` would write or remove: differing content, missing
/// files, and files under `out/src` that are no longer produced.
pub fn stale_files(out: &Path, files: &Files) -> Vec<PathBuf> {
    let mut stale: Vec<PathBuf> = files
        .iter()
        .filter(|(rel, content)| {
            std::fs::read(out.join(rel))
                .map(|b| normalize(&b) != normalize(content.as_bytes()))
                .unwrap_or(true)
        })
        .map(|(rel, _)| rel.clone())
        .collect();
    let mut stack = vec![out.join("src")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(out).unwrap_or(&path).to_path_buf();
                if !files.contains_key(&rel) {
                    stale.push(rel);
                }
            }
        }
    }
    stale.sort();
    stale
}

/// CRLF-insensitive comparison (a Windows checkout stays "fresh").
fn normalize(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// `f()` and how long it took.
fn timed<R>(f: impl FnOnce() -> R) -> (R, Duration) {
    let start = Instant::now();
    let r = f();
    (r, start.elapsed())
}

/// Map over items on all cores, keeping order. Items are started largest
/// `cost` first, so a big service does not start last and run alone.
fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    cost: impl Fn(&T) -> u64,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(items.len().max(1));
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(cost(&items[i])));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> =
        items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&i) = order.get(n) else {
                    break;
                };
                let r = f(&items[i]);
                *results[i].lock().unwrap_or_else(|p| p.into_inner()) = Some(r);
            });
        }
    });
    results
        .into_iter()
        .map(|m| {
            m.into_inner()
                .unwrap_or_else(|p| p.into_inner())
                .expect("every item mapped")
        })
        .collect()
}
