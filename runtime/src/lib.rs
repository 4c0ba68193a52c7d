//! Runtime of the Tencent Cloud SDK for Rust: TC3 signing, credentials,
//! configuration, transport with retries, errors, and the lenient decoding
//! that generated models use.
//!
//! Most users reach it through the generated crates (`tencentcloud-sdk` and
//! one crate per service), which re-export what they need. Items hidden from
//! these docs exist for generated code and may change without notice. It is usable alone for actions the generated
//! crate does not cover: see [`ServiceClient::generic`].
//!
//! | feature | where |
//! |---|---|
//! | configuration in one line, from the environment and `tccli`'s files | [`ConfigLoader`], [`Config::from_env`] |
//! | configuration in code: region, endpoints, timeouts, retries, clock offset | [`ConfigBuilder`] |
//! | credentials: static, environment, profile file, CVM role, STS, TKE OIDC, default chain, refresh | [`credentials`] |
//! | signing (TC3-HMAC-SHA256) | [`sign`] |
//! | calls, generic calls to any action, tracing | [`client`], [`ServiceClient`] |
//! | settings of one call (region, timeouts, retries, headers), raw responses | [`future`], [`ResponseFuture`] |
//! | hooks on every attempt, for logging, metrics and tests | [`interceptor`], [`Interceptor`] |
//! | answering calls in memory (tests without a socket), other transports | [`connector`], [`Connector`] |
//! | errors | [`error`], [`Error`] |
//! | retries | [`retry`], [`RetryConfig`] |
//! | client-side rate limits per action (off by default) | [`rate_limit`], [`RateLimit`] |
//! | time for signing and expiry (test clocks) | [`time`] |
//!
//! ```no_run
//! # async fn demo() -> Result<(), tencentcloud_runtime::Error> {
//! use tencentcloud_runtime::{Config, ServiceClient};
//! let config = Config::from_env()?;
//! let cvm = ServiceClient::generic(&config, "cvm", "2017-03-12");
//! match cvm.call_json("DescribeZones", serde_json::json!({})).await {
//!     Ok(zones) => println!("{}", zones["TotalCount"]),
//!     Err(e) if e.is_throttling() => eprintln!("rate limited even after retries: {e}"),
//!     Err(e) => eprintln!("{e}"),
//! }
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

pub mod client;
pub mod codes;
pub mod config;
pub mod connector;
pub mod credentials;
pub mod de;
pub mod enums;
pub mod env;
pub mod error;
pub mod future;
pub mod interceptor;
pub mod loader;
mod macros;
pub mod model;
pub mod paginate;
pub mod rate_limit;
pub mod retry;
// Serialization of generated models: for generated code.
#[doc(hidden)]
pub mod ser;
pub mod sign;
pub mod spec;
pub mod time;

#[cfg(test)]
pub(crate) mod test_util;

pub use client::{Action, ServiceClient, ServiceInfo};
pub use codes::CommonCode;
pub use config::{Config, ConfigBuilder, Endpoint, RetryConfig};
pub use connector::Connector;
pub use credentials::{Credential, ProvideCredentials, SharedCredentials};
pub use enums::{OpenEnum, UnknownValue};
pub use error::{Error, ServiceError};
pub use future::{ResponseFuture, WithRaw};
pub use interceptor::Interceptor;
pub use loader::ConfigLoader;
pub use model::UnknownFields;
pub use rate_limit::RateLimit;
pub use spec::ServiceSpec;

/// What the runtime's macros name through `$crate` (the expansion site may
/// shadow the prelude, and need not depend on serde itself).
#[doc(hidden)]
pub mod __private {
    pub use serde;
    pub use std::boxed::Box;
    pub use std::string::String;
}
