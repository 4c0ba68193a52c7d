//! Conformance of the SDK with the documentation, and end-to-end tests.
//!
//! * [`repair`]: detection, classification and unambiguous repair of the
//!   invalid JSON in documentation examples;
//! * [`examples`]: request parameters out of an example's HTTP request text
//!   (JSON `POST` or legacy `GET` query string, typed by the spec);
//! * [`compare`]: JSON comparison of an example with its typed round trip;
//! * [`typed`]: every generated action's request and response types, by name;
//! * [`conformance`]: every doc example through the typed models and back;
//! * [`emulator`]: the Tencent Cloud API emulator driven by the specs
//!   (`tencentcloud-emulator`, re-exported);
//! * [`demo`]: the examples' choice between Tencent Cloud and the emulator;
//! * [`fuzz`]: mutated doc examples through response classification and
//!   every response decoder (the `fuzz` binary).

pub mod compare;
pub mod conformance;
pub mod demo;
pub mod examples;
pub mod fuzz;
pub use tencentcloud_conformance_typed as typed;
/// The emulator (its own crate, `tencentcloud-emulator`), by its old path.
pub use tencentcloud_emulator as emulator;
/// Reading the doc examples' outputs (in the emulator crate, which answers
/// with them).
pub use tencentcloud_emulator::repair;

/// The `tencentcloud-emulator` program of this build (`target/<profile>/`,
/// beside the test binary's `deps/`); `cargo test --workspace` builds it
/// (the emulator crate's own tests run it).
pub fn emulator_binary() -> std::path::PathBuf {
    let name = format!("tencentcloud-emulator{}", std::env::consts::EXE_SUFFIX);
    let exe = std::env::current_exe().unwrap_or_default();
    let profile_dir = exe
        .parent()
        .filter(|d| d.ends_with("deps"))
        .and_then(std::path::Path::parent)
        .or_else(|| exe.parent())
        .unwrap_or(std::path::Path::new("."));
    let path = profile_dir.join(name);
    assert!(
        path.is_file(),
        "{} is missing: build it with `cargo build -p tencentcloud-emulator` \
         (`cargo test --workspace` does)",
        path.display()
    );
    path
}

/// The README's Rust examples, compiled as doctests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The facade's generated README, whose quickstart calls its first service.
#[doc = include_str!("../../generated/README.md")]
#[cfg(doctest)]
pub struct FacadeReadmeDoctests;
