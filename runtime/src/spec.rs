//! The official description of a service version, as a service crate
//! embeds it behind its `emulator` feature, for `tencentcloud-emulator`.
//!
//! A service crate built with `features = ["emulator"]` has, in each version
//! module, `SPEC`: the `api.json` and `examples.json` it was generated from
//! (the same bytes, packaged with the crate). So a test that depends on the
//! service crate and the emulator serves that service with no checkout of
//! this repository and no file to find: the description travels with the
//! code generated from it, and cannot be of another release.

/// One service version's description files (see the [module docs](self)).
#[derive(Debug, Clone, Copy)]
pub struct ServiceSpec {
    /// Service name (`cwp`).
    pub service: &'static str,
    /// API version (`2018-02-28`).
    pub version: &'static str,
    /// The whole `api.json`.
    pub api_json: &'static str,
    /// The whole `examples.json`, when the service has one.
    pub examples_json: Option<&'static str>,
}
