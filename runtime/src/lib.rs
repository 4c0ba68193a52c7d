//! Runtime of the Tencent Cloud SDK for Rust: TC3 signing, credentials,
//! configuration, transport with retries, errors, and the lenient decoding
//! that generated models use.
//!
//! Most users reach it through the generated crate (`tencentcloud`), which
//! re-exports what they need. It is usable alone for actions the generated
//! crate does not cover: see [`ServiceClient::generic`].

#![warn(missing_docs)]

pub mod client;
pub mod codes;
pub mod config;
pub mod credentials;
pub mod de;
pub mod enums;
pub mod error;
pub mod model;
pub mod paginate;
pub mod ser;
pub mod sign;

pub use client::{Action, ResponseFuture, ServiceClient, ServiceInfo};
pub use codes::CommonCode;
pub use config::{Config, ConfigBuilder, Endpoint, RetryConfig};
pub use credentials::{Credential, ProvideCredentials, SharedCredentials};
pub use enums::{OpenEnum, UnknownValue};
pub use error::{Error, ServiceError};
pub use model::UnknownFields;
