//! Conformance of the SDK with the documentation, and end-to-end tests.
//!
//! * [`repair`]: detection, classification and unambiguous repair of the
//!   invalid JSON in documentation examples;
//! * [`examples`]: request parameters out of an example's HTTP request text
//!   (JSON `POST` or legacy `GET` query string, typed by the spec);
//! * [`compare`]: JSON comparison of an example with its typed round trip;
//! * [`typed`]: every generated action's request and response types, by name;
//! * [`conformance`]: every doc example through the typed models and back;
//! * [`emulator`]: a loopback Tencent Cloud API emulator driven by the specs;
//! * [`demo`]: the examples' choice between Tencent Cloud and the emulator.

pub mod compare;
pub mod conformance;
pub mod demo;
pub mod emulator;
pub mod examples;
pub mod repair;
pub use tencentcloud_conformance_typed as typed;

/// The README's Rust examples, compiled as doctests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The facade's generated README, whose quickstart calls its first service.
#[doc = include_str!("../../generated/README.md")]
#[cfg(doctest)]
pub struct FacadeReadmeDoctests;
