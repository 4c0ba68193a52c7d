//! Hooks that see every attempt of every call made with a
//! [`Config`](crate::Config): for logging, metrics, and tests.
//!
//! Register them with
//! [`ConfigBuilder::interceptor`](crate::ConfigBuilder::interceptor); they
//! run in the order registered, at each attempt (a retried call runs them
//! again):
//!
//! 1. [`before_signing`](Interceptor::before_signing): may add or replace
//!    headers. Headers it adds are signed with the request (they are listed
//!    in `SignedHeaders`), so a proxy cannot change them unnoticed.
//! 2. [`after_signing`](Interceptor::after_signing): the request as it goes
//!    on the wire, read-only (`Authorization` and `X-TC-Token` are marked
//!    sensitive, so `Debug` of the headers does not print them).
//! 3. [`after_response`](Interceptor::after_response): status, headers,
//!    body bytes, `RequestId` and duration of every response, success or
//!    error envelope; or [`attempt_failed`](Interceptor::attempt_failed)
//!    when no response came (connection error, timeout).
//!
//! With no interceptor registered, calls pay nothing for this.
//!
//! ```
//! use std::sync::atomic::{AtomicU64, Ordering};
//! use tencentcloud_runtime::interceptor::{AfterResponse, BeforeSigning, Interceptor};
//!
//! #[derive(Default)]
//! struct Metrics {
//!     responses: AtomicU64,
//! }
//!
//! impl Interceptor for Metrics {
//!     fn before_signing(&self, request: &mut BeforeSigning<'_>) {
//!         request
//!             .headers_mut()
//!             .insert("x-trace-id", http::HeaderValue::from_static("t-123"));
//!     }
//!     fn after_response(&self, response: &AfterResponse<'_>) {
//!         self.responses.fetch_add(1, Ordering::Relaxed);
//!         println!(
//!             "{} {} -> {} in {:?}, RequestId {:?}",
//!             response.service(),
//!             response.action(),
//!             response.status(),
//!             response.duration(),
//!             response.request_id()
//!         );
//!     }
//! }
//!
//! let config = tencentcloud_runtime::Config::builder()
//!     .interceptor(Metrics::default())
//!     .build()?;
//! # Ok::<(), tencentcloud_runtime::Error>(())
//! ```

use crate::Error;
use http::HeaderMap;
use std::time::Duration;

/// Hooks called at each attempt; every method has an empty default.
pub trait Interceptor: Send + Sync + 'static {
    /// Before the request is signed: may change its headers.
    fn before_signing(&self, request: &mut BeforeSigning<'_>) {
        let _ = request;
    }

    /// After signing, just before sending: read-only.
    fn after_signing(&self, request: &AfterSigning<'_>) {
        let _ = request;
    }

    /// A response arrived (any status; before it is classified or decoded).
    fn after_response(&self, response: &AfterResponse<'_>) {
        let _ = response;
    }

    /// The attempt ended without a response (transport error or timeout).
    fn attempt_failed(&self, attempt: &AttemptInfo<'_>, error: &Error) {
        let _ = (attempt, error);
    }
}

/// Which call and attempt a hook sees.
#[derive(Debug, Clone, Copy)]
pub struct AttemptInfo<'a> {
    pub(crate) service: &'a str,
    pub(crate) action: &'a str,
    pub(crate) attempt: u32,
}

impl<'a> AttemptInfo<'a> {
    /// Service name (`cvm`).
    pub fn service(&self) -> &'a str {
        self.service
    }

    /// Action name (`DescribeInstances`).
    pub fn action(&self) -> &'a str {
        self.action
    }

    /// Attempt number, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }
}

/// The request before signing: see [`Interceptor::before_signing`].
#[derive(Debug)]
pub struct BeforeSigning<'a> {
    pub(crate) info: AttemptInfo<'a>,
    pub(crate) headers: &'a mut HeaderMap,
    pub(crate) body: &'a [u8],
}

impl BeforeSigning<'_> {
    /// Which call and attempt.
    pub fn info(&self) -> AttemptInfo<'_> {
        self.info
    }

    /// Headers so far (`X-TC-*`, `Content-Type`; not yet `Authorization`).
    pub fn headers(&self) -> &HeaderMap {
        self.headers
    }

    /// Headers to change. Added ones are signed; `Host`, `Content-Type`,
    /// `Authorization` and `X-TC-Token` are set by the SDK and cannot be
    /// replaced here.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        self.headers
    }

    /// The JSON body.
    pub fn body(&self) -> &[u8] {
        self.body
    }
}

/// The signed request: see [`Interceptor::after_signing`].
#[derive(Debug)]
pub struct AfterSigning<'a> {
    pub(crate) info: AttemptInfo<'a>,
    pub(crate) url: &'a str,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) body: &'a [u8],
}

impl AfterSigning<'_> {
    /// Which call and attempt.
    pub fn info(&self) -> AttemptInfo<'_> {
        self.info
    }

    /// Where it goes.
    pub fn url(&self) -> &str {
        self.url
    }

    /// Every header sent, `Authorization` included (marked sensitive).
    pub fn headers(&self) -> &HeaderMap {
        self.headers
    }

    /// The JSON body.
    pub fn body(&self) -> &[u8] {
        self.body
    }
}

/// A response: see [`Interceptor::after_response`].
#[derive(Debug)]
pub struct AfterResponse<'a> {
    pub(crate) info: AttemptInfo<'a>,
    pub(crate) status: u16,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) body: &'a [u8],
    pub(crate) request_id: Option<&'a str>,
    pub(crate) duration: Duration,
}

impl AfterResponse<'_> {
    /// Which call and attempt.
    pub fn info(&self) -> AttemptInfo<'_> {
        self.info
    }

    /// Service name (`cvm`).
    pub fn service(&self) -> &str {
        self.info.service
    }

    /// Action name.
    pub fn action(&self) -> &str {
        self.info.action
    }

    /// HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.headers
    }

    /// The body, as received.
    pub fn body(&self) -> &[u8] {
        self.body
    }

    /// `RequestId`, from the `X-TC-RequestId` header or the body's
    /// `Response` (success or error envelope).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id
    }

    /// From just before sending to the end of the body.
    pub fn duration(&self) -> Duration {
        self.duration
    }
}
