//! The crate-level files: each service crate's `Cargo.toml`, `README.md` and
//! `src/lib.rs`, and the same three for the facade crate that re-exports
//! every service behind a cargo feature.

use super::{format_file, inner_doc, rust_header, Files, Provenance};
use crate::ir::{Service, Ty};
use crate::spec::services::ServiceMeta;
use quote::quote;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// `edition` of every generated crate.
pub const EDITION: &str = "2021";
/// `rust-version` of every generated crate.
pub const RUST_VERSION: &str = "1.85";
/// `license` of every generated crate.
pub const LICENSE: &str = "Apache-2.0";
/// crates.io categories of every generated crate.
pub const CATEGORIES: [&str; 2] = ["api-bindings", "web-programming::http-client"];

/// What the runtime re-exports each generated crate passes on, so that one
/// dependency is enough to build a client.
const REEXPORTS: [&str; 11] = [
    "CommonCode",
    "Config",
    "ConfigBuilder",
    "ConfigLoader",
    "Credential",
    "Endpoint",
    "Error",
    "RetryConfig",
    "ServiceError",
    "UnknownFields",
    "UnknownValue",
];

/// Package facts every generated crate shares.
#[derive(Debug, Clone)]
pub struct PackageInfo {
    /// Package version (`0.1.0+tccli.3.1.193.1`).
    pub version: String,
    /// The same version without build metadata, for dependency requirements.
    pub requirement: String,
    /// Whether the crates may be published.
    pub publish: bool,
    /// `repository` URL, if any.
    pub repository: Option<String>,
    /// The runtime dependency's inline TOML table, by crate folder depth:
    /// built by the caller for each crate (`{ path = "../runtime", ... }`).
    pub runtime_dependency: String,
}

/// The facade a service crate belongs to, for links from its docs.
#[derive(Debug, Clone)]
pub struct FacadeRef {
    /// Package name (`tencentcloud-sdk`).
    pub package: String,
    /// Library name (`tencentcloud`).
    pub lib: String,
}

/// One service crate: every version of one spec folder.
#[derive(Debug, Clone)]
pub struct ServiceCrate<'a> {
    /// Package name (`tencentcloud-sdk-cwp`).
    pub package: String,
    /// Library name (`tencentcloud_sdk_cwp`).
    pub lib: String,
    /// Its versions, oldest first (all share `dir` and `module`).
    pub versions: Vec<&'a Service>,
    /// Its `services.json` entry.
    pub meta: &'a ServiceMeta,
    /// Package facts.
    pub package_info: PackageInfo,
    /// `all-directions` on by default (the obstacle course's tests need it).
    pub default_all_directions: bool,
    /// The facade that re-exports it, if any.
    pub facade: Option<FacadeRef>,
    /// sha256 of each version's `api.json`, by `svc/version`.
    pub spec_hashes: BTreeMap<String, String>,
}

impl ServiceCrate<'_> {
    /// Spec folder name (`cwp`), the facade's feature.
    pub fn dir(&self) -> &str {
        &self.versions[0].dir
    }

    /// Rust module name in the facade (`cwp`, `as_`).
    pub fn module(&self) -> &str {
        &self.versions[0].module
    }
}

/// The facade crate.
#[derive(Debug, Clone)]
pub struct Facade<'a> {
    /// Package name (`tencentcloud-sdk`).
    pub package: String,
    /// Library name (`tencentcloud`).
    pub lib: String,
    /// Package facts.
    pub package_info: PackageInfo,
    /// The service crates, by folder name, with their folder relative to the facade.
    pub services: Vec<(String, ServiceCrate<'a>)>,
}

/// `Cargo.toml`, `README.md` and `src/lib.rs` of a service crate, relative to its folder.
pub fn service_crate_files(c: &ServiceCrate, prov: &Provenance) -> Files {
    let mut files = Files::new();
    files.insert(PathBuf::from("Cargo.toml"), service_cargo_toml(c, prov));
    files.insert(PathBuf::from("README.md"), service_readme(c, prov));
    files.insert(PathBuf::from("src/lib.rs"), service_lib_rs(c, prov));
    files
}

/// `Cargo.toml`, `README.md` and `src/lib.rs` of the facade, relative to its folder.
pub fn facade_files(f: &Facade, prov: &Provenance) -> Files {
    let mut files = Files::new();
    files.insert(PathBuf::from("Cargo.toml"), facade_cargo_toml(f, prov));
    files.insert(PathBuf::from("README.md"), facade_readme(f, prov));
    files.insert(PathBuf::from("src/lib.rs"), facade_lib_rs(f, prov));
    files
}

/// A TOML basic string.
pub fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn toml_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(toml_str).collect();
    format!("[{}]", items.join(", "))
}

fn cargo_header(prov: &Provenance) -> String {
    format!(
        "# @generated by tencentcloud-codegen {} from specs/ ({}).\n\
         # Do not edit: change the specs or the generator, then run\n\
         # `cargo run -p tencentcloud-codegen --release`.\n\n",
        prov.generator, prov.upstream
    )
}

/// A crates.io keyword: ASCII letters, digits, `-` and `_`, starting with a
/// letter, at most 20 characters.
fn is_keyword(k: &str) -> bool {
    k.len() <= 20
        && k.starts_with(|c: char| c.is_ascii_alphabetic())
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The `[package]` table.
fn package_table(
    name: &str,
    description: &str,
    info: &PackageInfo,
    keywords: &[&str],
    include: &[&str],
    out: &mut String,
) {
    let _ = writeln!(out, "[package]");
    let _ = writeln!(out, "name = {}", toml_str(name));
    let _ = writeln!(out, "version = {}", toml_str(&info.version));
    let _ = writeln!(out, "description = {}", toml_str(description));
    let _ = writeln!(out, "edition = {}", toml_str(EDITION));
    let _ = writeln!(out, "rust-version = {}", toml_str(RUST_VERSION));
    let _ = writeln!(out, "license = {}", toml_str(LICENSE));
    if let Some(r) = &info.repository {
        let _ = writeln!(out, "repository = {}", toml_str(r));
    }
    let _ = writeln!(out, "readme = \"README.md\"");
    let keywords: Vec<&str> = keywords
        .iter()
        .copied()
        .filter(|k| is_keyword(k))
        .take(5)
        .collect();
    let _ = writeln!(out, "keywords = {}", toml_list(keywords));
    let _ = writeln!(out, "categories = {}", toml_list(CATEGORIES));
    // Only what the crate is made of: not the service crates beside the facade.
    let _ = writeln!(out, "include = {}", toml_list(include.iter().copied()));
    if !info.publish {
        let _ = writeln!(out, "publish = false");
    }
}

const TLS_FEATURES: &str = "\
## TLS through rustls (the default; no OpenSSL).
rustls = [\"tencentcloud-runtime/rustls\"]
## TLS through the platform's native library.
native-tls = [\"tencentcloud-runtime/native-tls\"]
";

const ALL_DIRECTIONS_DOC: &str = "\
## Both directions for every model: decoding for types only requests
## carry, setters for types only responses carry. Off by default: the
## SDK never needs them, and they are a sixth of its compile time.
## For tests that build responses with setters or read requests from JSON.
";

const EMULATOR_DOC: &str = "\
## The official description of each version (`SPEC`) for
## tencentcloud-emulator: tests that serve this service without a
## checkout of the SDK. Implies `all-directions`, so a test can read the
## requests the emulator recorded back into the typed request.
";

const FACADE_EMULATOR_DOC: &str = "\
## The official description of each version (`SPEC`) of every enabled
## service for tencentcloud-emulator: tests that serve them without a
## checkout of the SDK.
";

fn service_cargo_toml(c: &ServiceCrate, prov: &Provenance) -> String {
    let mut out = cargo_header(prov);
    let description = format!(
        "Tencent Cloud API client for {}: async, typed, generated from the official API descriptions",
        c.meta.title()
    );
    let dir = c.dir();
    package_table(
        &c.package,
        &description,
        &c.package_info,
        &["tencent-cloud", "tencentcloud", "sdk", "api", dir],
        // `specs/`: the links to the spec files, packaged as their content.
        &["/src", "/specs", "/README.md"],
        &mut out,
    );
    let defaults = if c.default_all_directions {
        "\"rustls\", \"all-directions\""
    } else {
        "\"rustls\""
    };
    let _ = write!(
        out,
        "\n[lib]\n\
         name = {lib}\n\
         path = \"src/lib.rs\"\n\
         # No unit tests or benchmarks live here (doc tests still run): their\n\
         # harness would compile every model a second time.\n\
         test = false\n\
         bench = false\n\n\
         [features]\n\
         default = [{defaults}]\n\
         {TLS_FEATURES}\
         {ALL_DIRECTIONS_DOC}\
         all-directions = []\n\
         {EMULATOR_DOC}\
         emulator = [\"all-directions\"]\n\n\
         [dependencies]\n\
         tencentcloud-runtime = {runtime}\n\
         serde = \"1\"\n\
         serde_json = \"1\"\n\n\
         [package.metadata.docs.rs]\n\
         features = [\"all-directions\"]\n\n\
         [package.metadata.tencentcloud-codegen]\n\
         generator-version = {generator}\n\
         upstream = {upstream}\n\n\
         [package.metadata.tencentcloud-codegen.api-json-sha256]\n",
        lib = toml_str(&c.lib),
        runtime = c.package_info.runtime_dependency,
        generator = toml_str(&prov.generator),
        upstream = toml_str(&prov.upstream),
    );
    for (k, v) in &c.spec_hashes {
        let _ = writeln!(out, "{} = {}", toml_str(k), toml_str(v));
    }
    out
}

fn facade_cargo_toml(f: &Facade, prov: &Provenance) -> String {
    let mut out = cargo_header(prov);
    package_table(
        &f.package,
        "Typed async Rust SDK for Tencent Cloud API 3.0, generated from the official API \
         descriptions: every service behind a cargo feature",
        &f.package_info,
        &["tencent-cloud", "tencentcloud", "sdk", "api", "cloud"],
        &["/src", "/README.md"],
        &mut out,
    );
    let all_directions: Vec<String> = f
        .services
        .iter()
        .map(|(_, s)| format!("{}?/all-directions", s.package))
        .collect();
    let emulator: Vec<String> = f
        .services
        .iter()
        .map(|(_, s)| format!("{}?/emulator", s.package))
        .collect();
    let _ = write!(
        out,
        "\n[lib]\n\
         name = {lib}\n\
         path = \"src/lib.rs\"\n\
         test = false\n\
         bench = false\n\n\
         [features]\n\
         default = [\"rustls\"]\n\
         {TLS_FEATURES}\
         {ALL_DIRECTIONS_DOC}\
         all-directions = {all_directions}\n\
         {FACADE_EMULATOR_DOC}\
         emulator = {emulator}\n",
        lib = toml_str(&f.lib),
        all_directions = toml_list(all_directions.iter().map(String::as_str)),
        emulator = toml_list(emulator.iter().map(String::as_str)),
    );
    let _ = writeln!(
        out,
        "## Every service: for the SDK's own tests and tools. A large build\n\
         ## (every service crate); programs name the services they call.\n\
         all-services = {}",
        toml_list(f.services.iter().map(|(_, s)| s.dir()))
    );
    for (_, s) in &f.services {
        let _ = writeln!(out, "## {}.", s.meta.title());
        let _ = writeln!(
            out,
            "{} = [{}]",
            s.dir(),
            toml_str(&format!("dep:{}", s.package))
        );
    }
    let _ = write!(
        out,
        "\n[dependencies]\n\
         tencentcloud-runtime = {}\n",
        f.package_info.runtime_dependency
    );
    for (path, s) in &f.services {
        let _ = writeln!(
            out,
            "{} = {{ path = {}, version = {}, default-features = false, optional = true }}",
            s.package,
            toml_str(path),
            toml_str(&f.package_info.requirement)
        );
    }
    let _ = write!(
        out,
        "\n[dev-dependencies]\n\
         # The guide's generic-call example builds its parameters with `json!`.\n\
         serde_json = \"1\"\n\n\
         [package.metadata.docs.rs]\n\
         all-features = true\n\n\
         [package.metadata.tencentcloud-codegen]\n\
         generator-version = {}\n\
         upstream = {}\n",
        toml_str(&prov.generator),
        toml_str(&prov.upstream),
    );
    out
}

/// `pub use ::tencentcloud_runtime::X;` for every re-export, one per line
/// (prettyplease and rustfmt lay that out alike).
fn runtime_reexports() -> proc_macro2::TokenStream {
    let items = REEXPORTS.iter().map(|n| {
        let n = super::ident(n);
        quote!(pub use ::tencentcloud_runtime::#n;)
    });
    quote! {
        pub use ::tencentcloud_runtime as runtime;
        #(#items)*
    }
}

fn service_lib_rs(c: &ServiceCrate, prov: &Provenance) -> String {
    let header = rust_header(prov, &format!("specs/{}", c.dir()));
    let mods = c.versions.iter().map(|v| {
        let m = super::ident(&v.version_dir);
        let d = format!(" API version {}.", v.api_version);
        // rustfmt must leave generated files alone (the freshness test
        // compares them byte for byte with what the generator writes).
        quote! {
            #[rustfmt::skip]
            #[doc = #d]
            pub mod #m;
        }
    });
    // `versions` is sorted by version folder (oldest first). rustfmt would
    // lay out a long list otherwise than prettyplease: it skips the item.
    let specs = c.versions.iter().map(|v| {
        let m = super::ident(&v.version_dir);
        quote!(#m::SPEC)
    });
    let docs = inner_doc(&service_crate_doc(c, prov));
    let reexports = runtime_reexports();
    let tokens = quote! {
        #docs
        #![warn(missing_docs)]
        #![allow(clippy::too_many_arguments, clippy::large_enum_variant)]

        #reexports

        #(#mods)*

        /// The official description of every API version (each module's `SPEC`), oldest first, for `tencentcloud-emulator`.
        #[cfg(feature = "emulator")]
        #[rustfmt::skip]
        pub const SPECS: &[::tencentcloud_runtime::ServiceSpec] = &[#(#specs),*];
    };
    format_file(&header, tokens)
}

fn versions_table(c: &ServiceCrate, link: bool) -> String {
    let mut t = String::from("| module | API version | actions |\n|---|---|---|\n");
    for v in &c.versions {
        let module = if link {
            format!("[`{}`]", v.version_dir)
        } else {
            format!("`{}`", v.version_dir)
        };
        let _ = writeln!(t, "| {module} | {} | {} |", v.api_version, v.actions.len());
    }
    t
}

fn features_list(c: &ServiceCrate) -> String {
    let mut d = String::from(
        "* `rustls` (default): TLS through rustls, no OpenSSL.\n\
         * `native-tls`: TLS through the platform's library instead.\n",
    );
    d.push_str(
        "* `all-directions`: both directions for every model (setters on response-only \
         types, decoding of request-only types), for tests that build responses or \
         tools that read requests from JSON",
    );
    d.push_str(if c.default_all_directions {
        "; on by default here.\n"
    } else {
        ". Off by default: it adds about a sixth to the compile time.\n"
    });
    d.push_str(
        "* `emulator`: the official description of each version (`SPEC` in each version \
         module, `SPECS` for all: its `api.json` and `examples.json`), for \
         `tencentcloud-emulator`, so tests serve this service without a checkout of the SDK; \
         implies `all-directions`, to read recorded requests back into typed requests.\n",
    );
    d
}

/// `typed requests and responses, open enums, typed error codes and
/// paginators`, naming only what the crate has.
fn what_it_has(c: &ServiceCrate) -> String {
    let mut parts = vec!["typed requests and responses"];
    if c.versions.iter().any(|v| !v.enums.is_empty()) {
        parts.push("open enums");
    }
    parts.push("typed error codes");
    if c.versions.iter().any(|v| v.has_paginators()) {
        parts.push("paginators");
    }
    let last = parts.pop().unwrap_or_default();
    format!("{} and {last}", parts.join(", "))
}

fn service_crate_doc(c: &ServiceCrate, prov: &Provenance) -> String {
    let dir = c.dir();
    let mut d = format!(
        "{}: {}\n\n\
         An async, typed client of its Tencent Cloud API (service `{dir}`), generated from \
         the official API descriptions ({}) by `tencentcloud-codegen`. Each API version is \
         a module with a `Client` that has one async method per action, {}.\n\n",
        c.meta.title(),
        c.meta.sentence(),
        prov.upstream,
        what_it_has(c),
    );
    if let Some(f) = &c.facade {
        let _ = write!(
            d,
            "Part of the Tencent Cloud SDK for Rust: the [`{0}`](https://docs.rs/{0}) crate \
             re-exports this one as `{1}::{2}` (cargo feature `{dir}`), and its documentation \
             has the guide: configuration, credentials, errors, retries, paginators, lenient \
             decoding, generic calls and testing with the emulator.\n\n",
            f.package,
            f.lib,
            c.module()
        );
    }
    let _ = write!(
        d,
        "# API versions\n\n{}\n# Quickstart\n\n\
         The runtime's types are re-exported here ([`Config`], [`Error`], [`runtime`]...), \
         so this crate is the only dependency a client needs (and an async runtime such as \
         tokio):\n\n\
         ```toml\n[dependencies]\n{} = \"{}\"\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n```\n\n\
         ```no_run\n{}```\n\n\
         # Features\n\n{}",
        versions_table(c, true),
        c.package,
        short_requirement(&c.package_info.requirement),
        quickstart(c.versions.last().copied(), &c.lib, &c.lib, true),
        features_list(c),
    );
    d
}

fn service_readme(c: &ServiceCrate, prov: &Provenance) -> String {
    let dir = c.dir();
    let mut d = format!(
        "<!-- @generated by tencentcloud-codegen {} from specs/{dir} ({}). Do not edit. -->\n\n\
         # {}\n\n\
         {}: {}\n\n\
         An async, typed Rust client of its Tencent Cloud API (service `{dir}`), generated \
         from the official API descriptions ({}). Each API version is a module \
         (`{}::<version>`) with a `Client` that has one async method per action, {}.\n\n",
        prov.generator,
        prov.upstream,
        c.package,
        c.meta.title(),
        c.meta.sentence(),
        prov.upstream,
        c.lib,
        what_it_has(c),
    );
    let _ = write!(
        d,
        "## API versions\n\n{}\n## Quickstart\n\n\
         ```toml\n[dependencies]\n{} = \"{}\"\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n```\n\n\
         ```rust,no_run\n{}```\n\n## Features\n\n{}",
        versions_table(c, false),
        c.package,
        short_requirement(&c.package_info.requirement),
        quickstart(c.versions.last().copied(), &c.lib, &c.lib, false),
        features_list(c),
    );
    if let Some(f) = &c.facade {
        let _ = write!(
            d,
            "\n## More\n\n\
             This crate is part of the Tencent Cloud SDK for Rust. The \
             [`{0}`](https://docs.rs/{0}) crate re-exports every service crate behind a \
             cargo feature (`{1}::{2}` with feature `{dir}`), and its documentation has the \
             guide: configuration, credentials, errors, retries, paginators, lenient decoding, \
             generic calls and testing with the emulator.\n",
            f.package,
            f.lib,
            c.module()
        );
    }
    d
}

/// `0.1` for `0.1.0`, the requirement a user writes.
fn short_requirement(requirement: &str) -> String {
    let parts: Vec<&str> = requirement.split('.').collect();
    if parts.len() == 3 && parts[0] == "0" {
        format!("0.{}", parts[1])
    } else {
        parts[0].to_string()
    }
}

fn facade_lib_rs(f: &Facade, prov: &Provenance) -> String {
    let header = rust_header(prov, "specs/");
    let uses = f.services.iter().map(|(_, s)| {
        let feature = s.dir();
        let krate = super::ident(&s.lib);
        let alias = super::ident(s.module());
        let d = format!(
            " {}: the crate `{}` (cargo feature `{feature}`).",
            s.meta.title(),
            s.package
        );
        quote! {
            #[cfg(feature = #feature)]
            #[doc = #d]
            pub use ::#krate as #alias;
        }
    });
    let docs = inner_doc(&facade_doc(f));
    let reexports = runtime_reexports();
    let tokens = quote! {
        #docs
        #![warn(missing_docs)]

        #reexports

        #(#uses)*
    };
    format_file(&header, tokens)
}

/// The table of the generated services for the repository's README (the
/// block the generator owns there): service, crate, API versions, actions.
/// `folder` leads from the README to the facade's folder (`generated/`).
pub fn services_table(f: &Facade, folder: &str) -> String {
    let mut rows = String::from(
        "| service | product | crate | API versions | actions |\n\
         |---|---|---|---|---:|\n",
    );
    let (mut crates, mut actions) = (0, 0);
    for (_, s) in &f.services {
        let versions: Vec<String> = s.versions.iter().map(|v| v.api_version.clone()).collect();
        let n: usize = s.versions.iter().map(|v| v.actions.len()).sum();
        crates += 1;
        actions += n;
        let _ = writeln!(
            rows,
            "| `{}` | {} | [`{}`]({folder}{}) | {} | {n} |",
            s.dir(),
            s.meta.title(),
            s.package,
            s.dir(),
            versions.join(", "),
        );
    }
    let _ = writeln!(rows, "| {crates} services | | | | {actions} |");
    rows
}

fn facade_table(f: &Facade, link: bool) -> String {
    let mut rows = String::from(
        "| feature | service | crate | module | API version | actions |\n\
         |---|---|---|---|---|---|\n",
    );
    for (_, s) in &f.services {
        for v in &s.versions {
            let module = format!("{}::{}", s.module(), v.version_dir);
            let module = if link {
                format!("[`{module}`]")
            } else {
                format!("`{}::{module}`", f.lib)
            };
            // In rustdoc an inline link before the intra-doc link of the
            // same row left the latter unresolved: the crate is plain there.
            let krate = if link {
                format!("`{}`", s.package)
            } else {
                format!("[`{0}`](https://docs.rs/{0})", s.package)
            };
            let _ = writeln!(
                rows,
                "| `{}` | {} | {krate} | {module} | {} | {} |",
                s.dir(),
                s.meta.title(),
                v.api_version,
                v.actions.len()
            );
        }
    }
    rows
}

fn facade_doc(f: &Facade) -> String {
    let mut doc = format!(
        "Typed, async Rust SDK for Tencent Cloud API 3.0, generated from the official API \
         descriptions.\n\n\
         Each service is a crate of its own (`{pkg}-<service>`, library `{pkg_lib}_<service>`) \
         with a module per API version; this crate re-exports each one as \
         `{lib}::<service>` behind a cargo feature of the same name. A module \
         `{lib}::<service>::<version>` has a `Client` with one async method per action, \
         typed requests and responses, and open enums. No service is enabled by default: \
         name the ones you call (`features = [\"cvm\", \"sts\"]`), so a build compiles only \
         those. Depending on a service crate directly works the same way (it re-exports \
         [`Config`], [`Error`] and the rest of what a client needs).\n\n\
         {table}",
        pkg = f.package,
        pkg_lib = f.package.replace('-', "_"),
        lib = f.lib,
        table = facade_table(f, true),
    );
    doc.push('\n');
    doc.push_str(&include_str!("guide.md").replace("{lib}", &f.lib));
    doc
}

fn facade_readme(f: &Facade, prov: &Provenance) -> String {
    let mut d = format!(
        "<!-- @generated by tencentcloud-codegen {} from specs/ ({}). Do not edit. -->\n\n\
         # {}\n\n\
         Typed, async Rust SDK for [Tencent Cloud API 3.0](https://www.tencentcloud.com/document/api), \
         generated from the official API descriptions ({}).\n\n\
         Each service is a crate of its own; this crate re-exports each one as \
         `{}::<service>` behind a cargo feature of the same name. No service is enabled by \
         default: name the ones you call.\n\n{}\n",
        prov.generator,
        prov.upstream,
        f.package,
        prov.upstream,
        f.lib,
        facade_table(f, false),
    );
    if let Some((_, first)) = f.services.first() {
        let _ = write!(
            d,
            "## Quickstart\n\n\
             ```toml\n[dependencies]\n{} = {{ version = \"{}\", features = [\"{}\"] }}\n\
             tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n```\n\n\
             ```rust,no_run\n{}```\n\n",
            f.package,
            short_requirement(&f.package_info.requirement),
            first.dir(),
            quickstart(
                first.versions.last().copied(),
                &format!("{}::{}", f.lib, first.module()),
                &f.lib,
                false
            ),
        );
    }
    let _ = write!(
        d,
        "## Features\n\n\
         * one per service (above), none by default (`all-services` turns on every one: \
         a large build, meant for the SDK's own tests);\n\
         * `rustls` (default) or `native-tls`: the TLS library;\n\
         * `all-directions`: both directions for every model of the enabled services \
         (setters on response-only types, decoding of request-only types), for tests;\n\
         * `emulator`: the official description of each version of the enabled services \
         (`SPEC` in each version module), for `tencentcloud-emulator`, so tests serve them \
         without a checkout of the SDK.\n\n\
         The [crate documentation](https://docs.rs/{}) has the guide: configuration, \
         credentials, errors, retries, paginators, lenient decoding, generic calls and \
         testing with the emulator.\n",
        f.package
    );
    d
}

/// A quickstart calling one read-only action of `service`: the first action
/// (by name) starting with `Describe`, else `Get`, `List` or `Query`, whose
/// request has the fewest required members, all of simple types; any
/// action so built when none is read-only; client creation alone when no
/// action qualifies. `path` is the module holding the version modules
/// (`tencentcloud_sdk_cwp`, `tencentcloud::cwp`), `root` the crate with
/// the runtime's re-exports. `hidden` wraps the body in a hidden `async fn`
/// (a doctest), else in a `#[tokio::main]` program (a README).
pub fn quickstart(service: Option<&Service>, path: &str, root: &str, hidden: bool) -> String {
    let Some(service) = service else {
        return String::new();
    };
    let module = format!("{path}::{}", service.version_dir);
    let call = pick_action(service);
    let mut imports = vec!["Client".to_string()];
    let mut body = String::from(
        "// Credentials and region as the official CLI finds them: the environment\n\
         // (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_REGION),\n\
         // ~/.tccli profiles, ~/.tencentcloud/credentials, the CVM role...\n\
         let config = Config::from_env()?;\n\
         let client = Client::new(&config);\n",
    );
    match &call {
        Some((action, args)) => {
            let request = &service.structs[action.input].name;
            imports.push(request.clone());
            imports.extend(args.imports.iter().cloned());
            let _ = write!(
                body,
                "let response = client.{}({request}::new({})).await?;\nprintln!(\"{{response:?}}\");\n",
                action.method,
                args.values.join(", ")
            );
        }
        None => body.push_str("let _ = client;\n"),
    }
    imports.sort();
    imports.dedup();
    let uses = if imports.len() == 1 {
        format!("use {module}::{};\nuse {root}::Config;\n", imports[0])
    } else {
        format!(
            "use {module}::{{{}}};\nuse {root}::Config;\n",
            imports.join(", ")
        )
    };
    let mut out = uses;
    if hidden {
        let _ = writeln!(
            out,
            "# async fn quickstart() -> Result<(), {root}::Error> {{"
        );
        out.push_str(&body);
        out.push_str("# Ok(()) }\n");
    } else {
        let _ = write!(
            out,
            "\n#[tokio::main]\nasync fn main() -> Result<(), {root}::Error> {{\n"
        );
        for line in body.lines() {
            let _ = writeln!(out, "    {line}");
        }
        out.push_str("    Ok(())\n}\n");
    }
    out
}

/// Arguments of a request's `new`: Rust expressions, and the names they import.
struct Args {
    values: Vec<String>,
    imports: Vec<String>,
}

fn pick_action(service: &Service) -> Option<(&crate::ir::Action, Args)> {
    let usable = |a: &&crate::ir::Action| !a.deprecated && !a.skip_sign;
    let built = |a: &crate::ir::Action| args_of(service, &service.structs[a.input]);
    for prefix in ["Describe", "Get", "List", "Query"] {
        let best = service
            .actions
            .iter()
            .filter(usable)
            .filter(|a| a.wire.starts_with(prefix))
            .filter_map(|a| built(a).map(|args| (a, args)))
            .min_by(|x, y| (x.1.values.len(), &x.0.wire).cmp(&(y.1.values.len(), &y.0.wire)));
        if best.is_some() {
            return best;
        }
    }
    service
        .actions
        .iter()
        .filter(usable)
        .filter_map(|a| built(a).map(|args| (a, args)))
        .min_by(|x, y| (x.1.values.len(), &x.0.wire).cmp(&(y.1.values.len(), &y.0.wire)))
}

/// Placeholder arguments for `s`'s required members, if all are of simple
/// types (strings, numbers, booleans, enums, lists of those).
fn args_of(service: &Service, s: &crate::ir::Struct) -> Option<Args> {
    let mut args = Args {
        values: Vec::new(),
        imports: Vec::new(),
    };
    for f in s.required_fields() {
        let value = match &f.ty {
            Ty::List(item) => {
                let example = f.example.as_deref().and_then(first_of_list);
                format!(
                    "[{}]",
                    scalar(service, item, example.as_deref(), &mut args.imports)?
                )
            }
            t => scalar(service, t, f.example.as_deref(), &mut args.imports)?,
        };
        args.values.push(value);
    }
    Some(args)
}

/// The first element of a JSON list example, as text.
fn first_of_list(example: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(example).ok()?;
    match v.as_array()?.first()? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A placeholder of type `t`: the spec's example when it is plain, else a
/// neutral value; `None` for types a placeholder cannot be written for.
fn scalar(
    service: &Service,
    t: &Ty,
    example: Option<&str>,
    imports: &mut Vec<String>,
) -> Option<String> {
    let example = example.map(str::trim).filter(|e| {
        !e.is_empty()
            && e.len() <= 40
            && e.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.:/".contains(c))
    });
    Some(match t {
        Ty::String => format!("{:?}", example.unwrap_or("example")),
        Ty::I64 | Ty::U64 => example
            .and_then(|e| e.parse::<u32>().ok())
            .map_or("1".into(), |n| n.to_string()),
        Ty::F64 => example
            .and_then(|e| e.parse::<u32>().ok())
            .map_or("1.0".into(), |n| format!("{n}.0")),
        Ty::Bool => "false".into(),
        Ty::Enum(i) => {
            let e = &service.enums[*i];
            let first = e.values.first()?;
            imports.push(e.name.clone());
            format!("{}::{}", e.name, first.variant)
        }
        Ty::Struct(_) | Ty::Json | Ty::List(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings_are_escaped() {
        assert_eq!(toml_str(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(toml_str("x\ny\u{1}"), r#""x\ny\u0001""#);
    }

    #[test]
    fn keywords_follow_crates_io_rules() {
        assert!(is_keyword("tencent-cloud"));
        assert!(is_keyword("cwp"));
        assert!(!is_keyword("1password"));
        assert!(!is_keyword("a-very-long-keyword-indeed"));
        assert!(!is_keyword("dot.ted"));
    }

    #[test]
    fn requirements_users_write() {
        assert_eq!(short_requirement("0.1.0"), "0.1");
        assert_eq!(short_requirement("1.2.3"), "1");
    }
}
