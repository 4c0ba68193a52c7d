//! Generator of the Tencent Cloud SDK for Rust.
//!
//! Three stages, each its own module:
//!
//! 1. [`spec`]: serde mirrors of the official files (`api.json`,
//!    `examples.json`, `errorcodes.py`) and of our reviewed `enums.json`;
//! 2. [`ir`]: resolution, naming and validation;
//! 3. [`emit`]: Rust source, formatted and written only when changed.
//!
//! [`mine`] proposes the enums of `enums.json` from the docs; [`changes`]
//! reports what a new upstream release changes for the users of each crate.

pub mod changes;
pub mod emit;
pub mod generate;
pub mod ir;
pub mod mine;
pub mod spec;
