//! Orchestration: read a specs folder, build every service, render the
//! crates (one per service, and the facade that re-exports them), and write
//! them, touching only files whose content changed and removing the ones no
//! longer produced; the workspace manifest's members block lists the crates.

use crate::emit::krate::{self, Facade, FacadeRef, PackageInfo, ServiceCrate};
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
pub const INPUT_FILES: [&str; 5] = [
    "api.json",
    "examples.json",
    "errorcodes.py",
    "enums.json",
    "sensitive.json",
];

/// The files of a spec folder each service crate links to, when present, as
/// `specs/<version>/<file>` (its `emulator` feature embeds them).
pub const LINKED_FILES: [&str; 2] = ["api.json", "examples.json"];

/// Symbolic links by path relative to the output folder, to their target
/// (relative to the link's folder).
pub type Links = BTreeMap<PathBuf, PathBuf>;

/// The `tccli-intl-en` version `specs/PINNED.toml` records, if any.
pub fn pinned_version(specs: &Path) -> Option<String> {
    let text = std::fs::read_to_string(specs.join("PINNED.toml")).ok()?;
    let mut section = "";
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            section = line;
        } else if section == "[tccli-intl-en]" {
            if let Some(v) = line.strip_prefix("version = ") {
                return Some(v.trim().trim_matches('"').to_string());
            }
        }
    }
    None
}

/// Upstream provenance from `specs/PINNED.toml`, if present.
pub fn upstream_note(specs: &Path) -> String {
    match pinned_version(specs) {
        Some(v) => format!("tccli-intl-en {v}"),
        None => "local specs".to_string(),
    }
}

/// The version of the generated crates: the generator's, with the upstream
/// release in semver build metadata (`0.1.0+tccli.3.1.193.1`), or the
/// generator's alone for specs without `PINNED.toml`.
pub fn crate_version(specs: &Path, generator: &str) -> Result<String, SpecError> {
    let Some(upstream) = pinned_version(specs) else {
        return Ok(generator.to_string());
    };
    // Build metadata: dot-separated non-empty identifiers of [0-9A-Za-z-].
    let valid = upstream.split('.').all(|part| {
        !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    if !valid {
        return Err(SpecError::new(
            &specs.join("PINNED.toml"),
            "tccli-intl-en.version",
            format!(
                "{upstream:?} cannot be semver build metadata (dot-separated [0-9A-Za-z-] parts)"
            ),
        ));
    }
    Ok(format!("{generator}+tccli.{upstream}"))
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
    let sensitive_path = dir.path.join("sensitive.json");
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
        sensitive: spec::sensitive::load(&sensitive_path)?,
        sensitive_path,
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
    /// The output folder: the facade crate with the service crates inside
    /// ([`Layout::Workspace`]), or one service crate ([`Layout::Crate`]).
    pub out: PathBuf,
    /// The runtime crate's folder; generated crates depend on it by path
    /// (relative when inside the same repository) and version.
    pub runtime: PathBuf,
    /// The runtime's version, for the dependency requirement.
    pub runtime_version: String,
    /// Whether the generated crates may be published.
    pub publish: bool,
    /// `repository` of the generated crates.
    pub repository: Option<String>,
    /// What the output folder holds.
    pub layout: Layout,
}

/// What the output folder holds.
#[derive(Debug, Clone)]
pub enum Layout {
    /// The facade crate in `out`, and each service in a crate of its own in
    /// `out/<service>/` (package `<facade>-<service>`). The generator owns
    /// `out` entirely: files and folders it does not produce are removed.
    Workspace {
        /// Facade package name (`tencentcloud-sdk`), also the service crates' prefix.
        facade_package: String,
        /// Facade library name (`tencentcloud`).
        facade_lib: String,
        /// The workspace `Cargo.toml` whose `# @generated members` block
        /// lists the generated crates, rewritten by each run; none outside a workspace.
        workspace_manifest: Option<PathBuf>,
        /// A README whose `<!-- @generated services -->` block is the table
        /// of the generated services, rewritten by each run; none if absent.
        readme: Option<PathBuf>,
    },
    /// One service crate in `out` (the specs hold exactly one service): the
    /// obstacle course, or private specs generated from a build script. The
    /// generator owns `out/src`, `out/specs`, `Cargo.toml` and `README.md`.
    Crate {
        /// Package name.
        package: String,
        /// Library name.
        lib: String,
        /// `all-directions` on by default.
        default_all_directions: bool,
    },
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    /// Per service-version: (name, actions, deprecated actions, structs, enums, error codes).
    pub services: Vec<ServiceSummary>,
    /// Files written because their content changed, and links made because
    /// they were missing or pointed elsewhere.
    pub written: Vec<PathBuf>,
    /// Files and links removed because they are no longer produced.
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
    /// The output or the workspace manifest is not what the generator can
    /// write into: which file or folder, and why.
    Layout(PathBuf, String),
}

impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GenerateError::Spec(e) => e.fmt(f),
            GenerateError::Io(p, e) => write!(f, "{}: {e}", p.display()),
            GenerateError::Layout(p, m) => write!(f, "{}: {m}", p.display()),
        }
    }
}

impl std::error::Error for GenerateError {}

impl From<SpecError> for GenerateError {
    fn from(e: SpecError) -> Self {
        GenerateError::Spec(e)
    }
}

/// What a run produces, before anything is written.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// Every generated file, by path relative to the output folder.
    pub files: Files,
    /// Every symbolic link: each service crate's `specs/<version>/api.json`
    /// (and `examples.json`) to the spec file it was generated from, so the
    /// repository keeps one copy and `cargo package` packages the content.
    pub links: Links,
    /// Folders (relative to the output folder; empty: the folder itself)
    /// the generator owns: files there that it does not produce are removed.
    pub owned: Vec<PathBuf>,
    /// The workspace manifest with its members block rewritten, if the
    /// layout has one.
    pub manifest: Option<ManifestEdit>,
    /// The README with its services table rewritten, if the layout has one.
    pub readme: Option<ManifestEdit>,
}

/// The new content of a file outside the output folder of which the
/// generator owns one block (the workspace `Cargo.toml`, the README).
#[derive(Debug, Clone)]
pub struct ManifestEdit {
    /// The file.
    pub path: PathBuf,
    /// Its whole text with the block rewritten.
    pub content: String,
}

/// First line of the README's services table block.
pub const SERVICES_BEGIN: &str = "<!-- @generated services begin";
/// Last line of the README's services table block.
pub const SERVICES_END: &str = "<!-- @generated services end";

/// First line of the workspace members block the generator rewrites.
pub const MEMBERS_BEGIN: &str = "# @generated members begin";
/// Last line of the workspace members block the generator rewrites.
pub const MEMBERS_END: &str = "# @generated members end";

/// `text` (the manifest `path`) with the lines between its
/// [`MEMBERS_BEGIN`] and [`MEMBERS_END`] lines replaced by `members`, one
/// quoted path per line at the begin line's indentation.
pub fn rewrite_members_block(
    path: &Path,
    text: &str,
    members: &[String],
) -> Result<String, GenerateError> {
    let where_ = "inside `members = [...]` of [workspace]";
    rewrite_block(path, text, (MEMBERS_BEGIN, MEMBERS_END), where_, |indent| {
        let mut body = String::with_capacity(members.len() * 32);
        for m in members {
            body.push_str(indent);
            body.push_str(&crate::emit::krate::toml_str(m));
            body.push_str(",\n");
        }
        body
    })
}

/// `text` (the README `path`) with the lines between its
/// [`SERVICES_BEGIN`] and [`SERVICES_END`] lines replaced by `table`.
pub fn rewrite_services_block(
    path: &Path,
    text: &str,
    table: &str,
) -> Result<String, GenerateError> {
    rewrite_block(path, text, (SERVICES_BEGIN, SERVICES_END), "", |_| {
        format!("\n{table}\n")
    })
}

/// `text` with the lines strictly between the one line starting (after
/// indentation) with `markers.0` and the one starting with `markers.1`
/// replaced by `body(indentation of the first)`. Exactly one of each, in
/// that order, or an error naming `path` (`where_` says where they belong).
fn rewrite_block(
    path: &Path,
    text: &str,
    markers: (&str, &str),
    where_: &str,
    body: impl FnOnce(&str) -> String,
) -> Result<String, GenerateError> {
    let (begin_marker, end_marker) = markers;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let find = |marker: &str| -> Vec<usize> {
        lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.trim_start().starts_with(marker))
            .map(|(i, _)| i)
            .collect()
    };
    let (begin, end) = (find(begin_marker), find(end_marker));
    let (&[begin], &[end]) = (begin.as_slice(), end.as_slice()) else {
        let where_ = if where_.is_empty() {
            String::new()
        } else {
            format!(" {where_}")
        };
        return Err(GenerateError::Layout(
            path.to_path_buf(),
            format!(
                "needs exactly one `{begin_marker}` line and one `{end_marker}` line{where_} \
                 (found {} and {}): the generator writes between them",
                begin.len(),
                end.len()
            ),
        ));
    };
    if end < begin {
        return Err(GenerateError::Layout(
            path.to_path_buf(),
            format!("`{end_marker}` comes before `{begin_marker}`"),
        ));
    }
    let indent: String = lines[begin]
        .chars()
        .take_while(|c| c.is_whitespace() && *c != '\n')
        .collect();
    let mut out = String::with_capacity(text.len() + 4096);
    for l in &lines[..=begin] {
        out.push_str(l);
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&body(&indent));
    for l in &lines[end..] {
        out.push_str(l);
    }
    Ok(out)
}

/// A service folder name usable as a crate name suffix, a cargo feature and
/// a folder beside the facade's own `src/`.
fn check_service_folder(specs: &Path, service: &str) -> Result<(), SpecError> {
    let ok = service.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && service
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && service != "src";
    if ok {
        Ok(())
    } else {
        Err(SpecError::new(
            &specs.join(service),
            "",
            format!(
                "service folder {service:?} cannot name a crate: use lowercase ASCII letters, \
                 digits, `-` and `_` (and not `src`, the facade's source folder)"
            ),
        ))
    }
}

/// Build every service under `opts.specs` and render the crates (no writing).
pub fn render(opts: &Options) -> Result<(Rendered, Summary), GenerateError> {
    let start = Instant::now();
    let upstream = upstream_note(&opts.specs);
    let generator = env!("CARGO_PKG_VERSION");
    let version = crate_version(&opts.specs, generator)?;
    let dirs = find_spec_dirs(&opts.specs)?;
    let metas = spec::services::load(&opts.specs)?;
    let mut service_names: Vec<&str> = dirs.iter().map(|d| d.service.as_str()).collect();
    service_names.dedup();
    for name in &service_names {
        check_service_folder(&opts.specs, name)?;
        spec::services::get(&metas, &opts.specs, name)?;
    }
    if let Layout::Crate { .. } = &opts.layout {
        if service_names.len() != 1 {
            return Err(GenerateError::Layout(
                opts.specs.clone(),
                format!(
                    "a single-crate output needs exactly one service folder here, found {}",
                    service_names.len()
                ),
            ));
        }
    }
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
    let requirement = version
        .split_once('+')
        .map_or(version.as_str(), |(v, _)| v)
        .to_string();
    let runtime_dependency = |crate_dir: &Path| {
        format!(
            "{{ path = {}, version = {}, default-features = false }}",
            krate::toml_str(&relative_or_absolute(crate_dir, &opts.runtime)),
            krate::toml_str(&opts.runtime_version)
        )
    };
    let package_info = |crate_dir: &Path| PackageInfo {
        version: version.clone(),
        requirement: requirement.clone(),
        publish: opts.publish,
        repository: opts.repository.clone(),
        runtime_dependency: runtime_dependency(crate_dir),
    };
    let prov = Provenance {
        generator: generator.to_string(),
        upstream,
        lib: String::new(),
    };
    // The service crates: (folder relative to `out`, crate).
    let mut crates: Vec<(PathBuf, ServiceCrate)> = Vec::new();
    for name in &service_names {
        let versions: Vec<&Service> = services.iter().filter(|s| s.dir == *name).collect();
        let spec_hashes = hashes
            .iter()
            .filter(|(k, _)| k.split('/').next() == Some(name))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let meta = spec::services::get(&metas, &opts.specs, name)?;
        let c = match &opts.layout {
            Layout::Workspace {
                facade_package,
                facade_lib,
                ..
            } => {
                let folder = PathBuf::from(name);
                ServiceCrate {
                    package: format!("{facade_package}-{name}"),
                    lib: format!("{facade_package}-{name}").replace('-', "_"),
                    versions,
                    meta,
                    package_info: package_info(&opts.out.join(&folder)),
                    default_all_directions: false,
                    facade: Some(FacadeRef {
                        package: facade_package.clone(),
                        lib: facade_lib.clone(),
                    }),
                    spec_hashes,
                }
            }
            Layout::Crate {
                package,
                lib,
                default_all_directions,
            } => ServiceCrate {
                package: package.clone(),
                lib: lib.clone(),
                versions,
                meta,
                package_info: package_info(&opts.out),
                default_all_directions: *default_all_directions,
                facade: None,
                spec_hashes,
            },
        };
        let folder = match &opts.layout {
            Layout::Workspace { .. } => PathBuf::from(name),
            Layout::Crate { .. } => PathBuf::new(),
        };
        crates.push((folder, c));
    }
    let mut files = Files::new();
    for (folder, c) in &crates {
        let prov = Provenance {
            lib: c.lib.clone(),
            ..prov.clone()
        };
        for (rel, content) in krate::service_crate_files(c, &prov) {
            files.insert(folder.join(rel), content);
        }
    }
    let mut links = Links::new();
    for dir in &dirs {
        let (folder, _) = crates
            .iter()
            .find(|(_, c)| c.dir() == dir.service)
            .expect("every service has its crate");
        let from = folder.join("specs").join(&dir.version);
        let to = relative_path(&opts.out.join(&from), &dir.path);
        for file in LINKED_FILES {
            if dir.path.join(file).is_file() {
                links.insert(from.join(file), to.join(file));
            }
        }
    }
    let mut owned = vec![PathBuf::from("src"), PathBuf::from("specs")];
    let mut manifest = None;
    let mut readme_edit = None;
    if let Layout::Workspace {
        facade_package,
        facade_lib,
        workspace_manifest,
        readme,
    } = &opts.layout
    {
        owned = vec![PathBuf::new()];
        let facade = Facade {
            package: facade_package.clone(),
            lib: facade_lib.clone(),
            package_info: package_info(&opts.out),
            services: crates
                .iter()
                .map(|(folder, c)| (folder.to_string_lossy().replace('\\', "/"), c.clone()))
                .collect(),
        };
        files.extend(krate::facade_files(&facade, &prov));
        if let Some(path) = workspace_manifest {
            manifest = Some(members_edit(path, &opts.out, &service_names)?);
        }
        if let Some(path) = readme {
            readme_edit = Some(readme_edit_for(path, &opts.out, &facade)?);
        }
    }
    // The version modules, on every core.
    let folder_of = |s: &Service| -> (PathBuf, String) {
        let (folder, c) = crates
            .iter()
            .find(|(_, c)| c.dir() == s.dir)
            .expect("every service has its crate");
        (folder.clone(), c.lib.clone())
    };
    let mut per_service = Vec::with_capacity(services.len());
    let size = |s: &Service| {
        s.structs
            .iter()
            .map(|x| x.fields.len() as u64 + 1)
            .sum::<u64>()
            + s.enums.len() as u64
    };
    for (s, (rendered, took)) in services.iter().zip(parallel_map(&services, size, |s| {
        let prov = Provenance {
            lib: folder_of(s).1,
            ..prov.clone()
        };
        timed(|| emit::service_files(s, &prov))
    })) {
        let folder = folder_of(s).0;
        per_service.push((rendered.values().map(String::len).sum::<usize>(), took));
        for (rel, content) in rendered {
            files.insert(folder.join(rel), content);
        }
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
    Ok((
        Rendered {
            files,
            links,
            owned,
            manifest,
            readme: readme_edit,
        },
        summary,
    ))
}

/// The workspace manifest `path` with its members block listing the facade
/// `out` and each service crate in it.
fn members_edit(path: &Path, out: &Path, services: &[&str]) -> Result<ManifestEdit, GenerateError> {
    let rel = relative_folder(path, out).ok_or_else(|| {
        GenerateError::Layout(
            path.to_path_buf(),
            format!(
                "the output folder {} is not inside this workspace, so it cannot be a member",
                out.display()
            ),
        )
    })?;
    let join = |s: &str| {
        if rel.is_empty() {
            s.to_string()
        } else {
            format!("{rel}/{s}")
        }
    };
    let mut members = vec![if rel.is_empty() {
        ".".into()
    } else {
        rel.clone()
    }];
    members.extend(services.iter().map(|s| join(s)));
    let text =
        std::fs::read_to_string(path).map_err(|e| GenerateError::Io(path.to_path_buf(), e))?;
    Ok(ManifestEdit {
        path: path.to_path_buf(),
        content: rewrite_members_block(path, &text, &members)?,
    })
}

/// The README `path` with its services table listing the facade's crates,
/// linked relative to the README's folder.
fn readme_edit_for(
    path: &Path,
    out: &Path,
    facade: &Facade,
) -> Result<ManifestEdit, GenerateError> {
    let folder = match relative_folder(path, out) {
        Some(rel) if rel.is_empty() => String::new(),
        Some(rel) => format!("{rel}/"),
        None => format!("{}/", lexical(&absolute(out)).display()),
    };
    let text =
        std::fs::read_to_string(path).map_err(|e| GenerateError::Io(path.to_path_buf(), e))?;
    Ok(ManifestEdit {
        path: path.to_path_buf(),
        content: rewrite_services_block(path, &text, &krate::services_table(facade, &folder))?,
    })
}

/// `out` relative to the folder of the file `path`, `/`-separated (empty
/// when they are the same folder); `None` when `out` is not inside it.
fn relative_folder(path: &Path, out: &Path) -> Option<String> {
    let root = lexical(&absolute(path.parent().unwrap_or(Path::new("."))));
    let rel = lexical(&absolute(out))
        .strip_prefix(&root)
        .ok()?
        .to_path_buf();
    Some(
        rel.components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/"),
    )
}

fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    }
}

/// `p` with `.` and `..` resolved without touching the disk.
fn lexical(p: &Path) -> PathBuf {
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
}

impl Options {
    /// The settings `cargo run -p tencentcloud-codegen` uses: the facade
    /// `tencentcloud-sdk` (lib `tencentcloud`) in `out`, a crate per service
    /// in `out/<service>`, the runtime by relative path when `out` is inside
    /// the repository and by absolute path elsewhere. When `out` is the
    /// repository's `generated/`, the root `Cargo.toml`'s members block lists
    /// the crates.
    pub fn for_repo(repo: &Path, specs: PathBuf, out: PathBuf) -> Options {
        let in_repo = lexical(&absolute(&out)) == lexical(&absolute(&repo.join("generated")));
        let workspace_manifest = in_repo.then(|| repo.join("Cargo.toml"));
        let readme = in_repo.then(|| repo.join("README.md"));
        Options {
            specs,
            out,
            runtime: repo.join("runtime"),
            runtime_version: env!("CARGO_PKG_VERSION").into(),
            publish: true,
            repository: Some(REPOSITORY.into()),
            layout: Layout::Workspace {
                facade_package: "tencentcloud-sdk".into(),
                facade_lib: "tencentcloud".into(),
                workspace_manifest,
                readme,
            },
        }
    }

    /// The naming obstacle course (`codegen/tests/obstacle/`): a small spec
    /// with every naming, recursion and typing hazard met in the corpus,
    /// generated into one service crate (`tencentcloud-obstacle-course`, lib
    /// `obstacle`), a workspace member that compiles with the workspace's
    /// lints and has behavioural tests.
    pub fn obstacle_course(repo: &Path) -> Options {
        let dir = repo.join("codegen/tests/obstacle");
        let mut o = Options::for_repo(repo, dir.join("specs"), dir.join("crate"));
        o.publish = false;
        o.layout = Layout::Crate {
            package: "tencentcloud-obstacle-course".into(),
            lib: "obstacle".into(),
            // Its tests exercise every model in both directions.
            default_all_directions: true,
        };
        o
    }

    /// Like [`Options::for_repo`] for `<repo>/generated`, but writing to `out`
    /// (tests render the real crates into a temporary folder) and without the
    /// workspace members block.
    pub fn repo_defaults_into(repo: &Path, out: PathBuf) -> Options {
        let mut o = Options::for_repo(repo, repo.join("specs"), out);
        if let Layout::Workspace {
            workspace_manifest,
            readme,
            ..
        } = &mut o.layout
        {
            *workspace_manifest = None;
            *readme = None;
        }
        o
    }
}

/// `repository` of the generated crates.
pub const REPOSITORY: &str = "https://github.com/tencentcloud-rust/tencentcloud-sdk-rust";

/// `target` relative to `from` when both are inside the same repository
/// (sharing a parent), else `target`'s absolute path.
fn relative_or_absolute(from: &Path, target: &Path) -> String {
    // Canonical when the path exists, else with `.` and `..` resolved lexically.
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| lexical(&absolute(p)));
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
    rel.display().to_string().replace('\\', "/")
}

/// The folder `target` relative to the folder `from`, from their real
/// positions (symbolic links in either resolved, folders not yet created
/// taken as named); `target`'s real path when they share no root (another
/// drive).
fn relative_path(from: &Path, target: &Path) -> PathBuf {
    let (from, target) = (real_path(from), real_path(target));
    let common = from
        .components()
        .zip(target.components())
        .take_while(|(a, b)| a == b)
        .count();
    if common == 0 {
        return target;
    }
    let mut rel = PathBuf::new();
    for _ in from.components().skip(common) {
        rel.push("..");
    }
    for c in target.components().skip(common) {
        rel.push(c);
    }
    rel
}

/// `p` absolute, with its deepest existing folder canonical and the rest
/// (not created yet) appended with `.` and `..` resolved lexically.
fn real_path(p: &Path) -> PathBuf {
    let p = lexical(&absolute(p));
    let mut existing = p.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(mut real) = std::fs::canonicalize(existing) {
            real.extend(rest.iter().rev());
            return real;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name);
                existing = parent;
            }
            _ => return p,
        }
    }
}

/// Render and write into `opts.out` (and the workspace manifest's block).
pub fn generate(opts: &Options) -> Result<Summary, GenerateError> {
    let (rendered, mut summary) = render(opts)?;
    let start = Instant::now();
    let (written, removed) = write(&opts.out, &rendered)?;
    summary.written = written;
    summary.removed = removed;
    summary.write_time = start.elapsed();
    Ok(summary)
}

/// Whether the generator may delete files in `out`: it does not exist, is
/// empty, or holds a generated `Cargo.toml`. Guards against `--out` naming
/// a folder of someone else's.
fn check_owned(out: &Path) -> Result<(), GenerateError> {
    let empty = std::fs::read_dir(out)
        .map(|mut r| r.next().is_none())
        .unwrap_or(true);
    let generated = std::fs::read_to_string(out.join("Cargo.toml"))
        .map(|t| t.starts_with("# @generated by tencentcloud-codegen"))
        .unwrap_or(false);
    if empty || generated {
        Ok(())
    } else {
        Err(GenerateError::Layout(
            out.to_path_buf(),
            "not empty and without a generated Cargo.toml: refusing to write there (the \
             generator owns its output folder and removes every file it does not produce)"
                .into(),
        ))
    }
}

/// Write `rendered` under `out` where content differs, make its links
/// where missing or pointing elsewhere, remove files and links in the owned
/// folders that are no longer produced (and folders left empty), and
/// rewrite the workspace manifest's block if it changed. Returns the written
/// files and links and the removed ones, relative to `out` (the manifest by
/// its path).
///
/// A link is a symbolic link on unix; elsewhere (Windows, where making one
/// needs a privilege) it is a copy of the target's bytes, rewritten when
/// they differ.
pub fn write(
    out: &Path,
    rendered: &Rendered,
) -> Result<(Vec<PathBuf>, Vec<PathBuf>), GenerateError> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |e| GenerateError::Io(p, e)
    };
    if rendered.owned.iter().any(|o| o.as_os_str().is_empty()) {
        check_owned(out)?;
    }
    let mut written = Vec::new();
    for (rel, content) in &rendered.files {
        let path = out.join(rel);
        // A link where a file belongs is replaced, never written through.
        let link = is_symlink(&path);
        if !link && std::fs::read(&path).ok().as_deref() == Some(content.as_bytes()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        if link {
            std::fs::remove_file(&path).map_err(io(&path))?;
        }
        std::fs::write(&path, content).map_err(io(&path))?;
        written.push(rel.clone());
    }
    for (rel, target) in &rendered.links {
        let path = out.join(rel);
        if link_state(&path, target).is_none() {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        if std::fs::symlink_metadata(&path).is_ok() {
            std::fs::remove_file(&path).map_err(io(&path))?;
        }
        make_link(target, &path).map_err(io(&path))?;
        written.push(rel.clone());
    }
    let mut removed = Vec::new();
    for owned in &rendered.owned {
        let root = out.join(owned);
        if !root.is_dir() {
            continue;
        }
        let mut stack = vec![root.clone()];
        let mut dirs = Vec::new();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).map_err(io(&dir))? {
                let entry = entry.map_err(io(&dir))?;
                let path = entry.path();
                // Symbolic links are removed, never followed.
                if entry.file_type().map_err(io(&path))?.is_dir() {
                    dirs.push(path.clone());
                    stack.push(path);
                } else {
                    let rel = path.strip_prefix(out).unwrap_or(&path).to_path_buf();
                    if !rendered.produces(&rel) {
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
    for m in rendered.manifest.iter().chain(&rendered.readme) {
        let current = std::fs::read(&m.path).map_err(io(&m.path))?;
        if current != m.content.as_bytes() {
            std::fs::write(&m.path, &m.content).map_err(io(&m.path))?;
            written.push(m.path.clone());
        }
    }
    removed.sort();
    Ok((written, removed))
}

/// Something [`write`](fn@write) would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// The file: `out` joined with its relative path, or the manifest.
    pub path: PathBuf,
    /// `missing`, `differs`, `no longer generated`, `members block differs`
    /// or `services table differs`; for a link also `points elsewhere` or
    /// `not a link`.
    pub why: &'static str,
}

impl fmt::Display for Stale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.path.display(), self.why)
    }
}

/// What [`write`](fn@write) would write or remove: missing files, differing content,
/// missing links or links pointing elsewhere (off unix: copies whose bytes
/// differ from the target's), files in the owned folders no longer
/// produced, and a workspace members block that differs. Line endings of
/// files are ignored (a Windows checkout stays fresh).
pub fn stale(out: &Path, rendered: &Rendered) -> Vec<Stale> {
    let mut found = Vec::new();
    for (rel, target) in &rendered.links {
        if let Some(why) = link_state(&out.join(rel), target) {
            found.push(Stale {
                path: out.join(rel),
                why,
            });
        }
    }
    for (rel, content) in &rendered.files {
        match std::fs::read(out.join(rel)) {
            Ok(b) if normalize(&b) == normalize(content.as_bytes()) => {}
            Ok(_) => found.push(Stale {
                path: out.join(rel),
                why: "differs",
            }),
            Err(_) => found.push(Stale {
                path: out.join(rel),
                why: "missing",
            }),
        }
    }
    for owned in &rendered.owned {
        let mut stack = vec![out.join(owned)];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                    stack.push(path);
                } else {
                    let rel = path.strip_prefix(out).unwrap_or(&path).to_path_buf();
                    if !rendered.produces(&rel) {
                        found.push(Stale {
                            path,
                            why: "no longer generated",
                        });
                    }
                }
            }
        }
    }
    let edits = [
        (&rendered.manifest, "members block differs"),
        (&rendered.readme, "services table differs"),
    ];
    for (m, why) in edits {
        let Some(m) = m else { continue };
        let fresh = std::fs::read(&m.path)
            .map(|b| normalize(&b) == normalize(m.content.as_bytes()))
            .unwrap_or(false);
        if !fresh {
            found.push(Stale {
                path: m.path.clone(),
                why,
            });
        }
    }
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

impl Rendered {
    /// Whether `rel` (relative to the output folder) is a produced file or link.
    pub fn produces(&self, rel: &Path) -> bool {
        self.files.contains_key(rel) || self.links.contains_key(rel)
    }
}

fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Why the link `path` to `target` (relative to the link's folder) needs
/// writing: `missing`, `points elsewhere`, `not a link`; `None` when it is
/// as rendered.
#[cfg(unix)]
fn link_state(path: &Path, target: &Path) -> Option<&'static str> {
    match std::fs::read_link(path) {
        Ok(t) if t == target => None,
        Ok(_) => Some("points elsewhere"),
        Err(_) if std::fs::symlink_metadata(path).is_ok() => Some("not a link"),
        Err(_) => Some("missing"),
    }
}

/// Why the copy `path` of `target` (relative to the copy's folder) needs
/// writing: `missing` or `differs`; `None` when it has the target's bytes.
#[cfg(not(unix))]
fn link_state(path: &Path, target: &Path) -> Option<&'static str> {
    let source = path.parent().unwrap_or(Path::new("")).join(target);
    match (std::fs::read(path), std::fs::read(source)) {
        (Err(_), _) => Some("missing"),
        (Ok(a), Ok(b)) if a == b => None,
        _ => Some("differs"),
    }
}

/// A symbolic link at `path` to `target`.
#[cfg(unix)]
fn make_link(target: &Path, path: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(target, path)
}

/// Off unix, a copy of `target`'s bytes at `path` instead of a link
/// (symbolic links there need a privilege or a developer mode).
#[cfg(not(unix))]
fn make_link(target: &Path, path: &Path) -> std::io::Result<()> {
    let source = path.parent().unwrap_or(Path::new("")).join(target);
    std::fs::copy(source, path).map(|_| ())
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
pub(crate) fn parallel_map<T: Sync, R: Send>(
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

#[cfg(test)]
mod tests {
    use super::*;

    /// An output folder `out/` beside a spec folder `specs/svc/v1/`, and
    /// what a run renders: one file and links to the two spec files.
    fn setup() -> (tempfile::TempDir, PathBuf, Rendered) {
        let tmp = tempfile::tempdir().unwrap();
        let specs = tmp.path().join("specs/svc/v1");
        std::fs::create_dir_all(&specs).unwrap();
        std::fs::write(specs.join("api.json"), "{\"api\":1}").unwrap();
        std::fs::write(specs.join("examples.json"), "{\"examples\":1}").unwrap();
        let out = tmp.path().join("out");
        let from = out.join("svc/specs/v1");
        let to = relative_path(&from, &specs);
        assert_eq!(to, Path::new("../../../../specs/svc/v1"));
        let mut rendered = Rendered {
            owned: vec![PathBuf::new()],
            ..Rendered::default()
        };
        // A generated Cargo.toml: the output folder is the generator's.
        rendered.files.insert(
            PathBuf::from("Cargo.toml"),
            "# @generated by tencentcloud-codegen\n".into(),
        );
        rendered
            .files
            .insert(PathBuf::from("svc/src/lib.rs"), "// lib\n".into());
        for file in LINKED_FILES {
            rendered
                .links
                .insert(Path::new("svc/specs/v1").join(file), to.join(file));
        }
        (tmp, out, rendered)
    }

    #[test]
    fn links_are_written_and_read_through() {
        let (_tmp, out, rendered) = setup();
        let (written, removed) = write(&out, &rendered).unwrap();
        assert_eq!(
            written,
            [
                "Cargo.toml",
                "svc/src/lib.rs",
                "svc/specs/v1/api.json",
                "svc/specs/v1/examples.json"
            ]
            .map(PathBuf::from)
        );
        assert!(removed.is_empty(), "{removed:?}");
        let api = out.join("svc/specs/v1/api.json");
        assert_eq!(std::fs::read_to_string(&api).unwrap(), "{\"api\":1}");
        #[cfg(unix)]
        assert_eq!(
            std::fs::read_link(&api).unwrap(),
            Path::new("../../../../specs/svc/v1/api.json")
        );
        assert!(stale(&out, &rendered).is_empty());
    }

    #[test]
    fn rewriting_up_to_date_links_touches_nothing() {
        let (_tmp, out, rendered) = setup();
        write(&out, &rendered).unwrap();
        let (written, removed) = write(&out, &rendered).unwrap();
        assert!(written.is_empty(), "{written:?}");
        assert!(removed.is_empty(), "{removed:?}");
    }

    #[test]
    fn a_missing_or_wrong_link_is_stale_and_rewritten() {
        let (tmp, out, rendered) = setup();
        write(&out, &rendered).unwrap();
        let api = out.join("svc/specs/v1/api.json");
        let examples = out.join("svc/specs/v1/examples.json");
        std::fs::remove_file(&examples).unwrap();
        std::fs::remove_file(&api).unwrap();
        // The API description now points at (or is a copy of) another file.
        std::fs::write(tmp.path().join("other.json"), "{\"other\":1}").unwrap();
        make_link(Path::new("../../../../other.json"), &api).unwrap();
        let found = stale(&out, &rendered);
        let points_elsewhere = if cfg!(unix) {
            "points elsewhere"
        } else {
            "differs"
        };
        assert_eq!(
            found,
            [
                Stale {
                    path: api.clone(),
                    why: points_elsewhere
                },
                Stale {
                    path: examples.clone(),
                    why: "missing"
                },
            ]
        );
        let (written, _) = write(&out, &rendered).unwrap();
        assert_eq!(
            written,
            ["svc/specs/v1/api.json", "svc/specs/v1/examples.json"].map(PathBuf::from)
        );
        assert_eq!(std::fs::read_to_string(&api).unwrap(), "{\"api\":1}");
        assert!(stale(&out, &rendered).is_empty());
        // Nothing was written through the link: the other file is intact.
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("other.json")).unwrap(),
            "{\"other\":1}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_file_where_a_link_belongs_is_stale_and_replaced() {
        let (_tmp, out, rendered) = setup();
        write(&out, &rendered).unwrap();
        let api = out.join("svc/specs/v1/api.json");
        std::fs::remove_file(&api).unwrap();
        std::fs::write(&api, "{\"api\":1}").unwrap();
        assert_eq!(
            stale(&out, &rendered),
            [Stale {
                path: api.clone(),
                why: "not a link"
            }]
        );
        write(&out, &rendered).unwrap();
        assert!(is_symlink(&api));
        assert!(stale(&out, &rendered).is_empty());
    }

    #[test]
    fn a_link_no_longer_produced_is_stale_and_removed() {
        let (_tmp, out, mut rendered) = setup();
        write(&out, &rendered).unwrap();
        rendered
            .links
            .remove(Path::new("svc/specs/v1/examples.json"));
        let examples = out.join("svc/specs/v1/examples.json");
        assert_eq!(
            stale(&out, &rendered),
            [Stale {
                path: examples.clone(),
                why: "no longer generated"
            }]
        );
        let (written, removed) = write(&out, &rendered).unwrap();
        assert!(written.is_empty(), "{written:?}");
        assert_eq!(removed, [PathBuf::from("svc/specs/v1/examples.json")]);
        assert!(std::fs::symlink_metadata(&examples).is_err());
        // The spec file it pointed at stays.
        assert!(out.join("../specs/svc/v1/examples.json").is_file());
        // A version no longer produced: its links go, then its folders.
        rendered.links.clear();
        let (_, removed) = write(&out, &rendered).unwrap();
        assert_eq!(removed, [PathBuf::from("svc/specs/v1/api.json")]);
        assert!(!out.join("svc/specs").exists());
        assert!(stale(&out, &rendered).is_empty());
    }

    #[test]
    fn relative_paths_follow_the_real_positions() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tmp.path().join("repo/specs/a/v1")).unwrap();
        let repo = tmp.path().join("repo");
        // Output inside the repository, not created yet, named through `..`.
        assert_eq!(
            relative_path(
                &repo.join("specs/../generated/a/specs/v1"),
                &repo.join("specs/a/v1")
            ),
            Path::new("../../../../specs/a/v1")
        );
        // Same folder.
        assert_eq!(
            relative_path(&repo.join("specs"), &repo.join("specs")),
            Path::new("")
        );
        // Through a link to the repository: the real position counts.
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&repo, tmp.path().join("alias")).unwrap();
            assert_eq!(
                relative_path(
                    &tmp.path().join("alias/generated/a/specs/v1"),
                    &repo.join("specs/a/v1")
                ),
                Path::new("../../../../specs/a/v1")
            );
        }
    }
}
