//! The seam under every call: what sends a signed request and brings back
//! the response. By default that is the [`reqwest`] client of the
//! [`Config`](crate::Config); a [`Connector`] set with
//! [`ConfigBuilder::connector`](crate::ConfigBuilder::connector) replaces it.
//!
//! That is how unit tests answer calls **without a socket**: the connector
//! gets the request exactly as it would go on the wire (signed, with every
//! header) and returns the response, in memory. Nothing is bound, nothing
//! is dialed. Retries, timeouts, error classification, decoding and
//! interceptors run as they do against the network, so what a test sees is
//! what production sees.
//!
//! ```
//! use bytes::Bytes;
//! use tencentcloud_runtime::connector::{self, ConnectorError};
//! use tencentcloud_runtime::{Config, Credential, ServiceClient};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), tencentcloud_runtime::Error> {
//! // Answers every call in memory, and checks what the client sent.
//! let answer = connector::from_fn(|request| {
//!     assert_eq!(request.headers()["x-tc-action"], "DescribeZones");
//!     let body = r#"{"Response":{"TotalCount":0,"ZoneSet":[],"RequestId":"r-1"}}"#;
//!     Ok::<_, ConnectorError>(http::Response::new(Bytes::from_static(body.as_bytes())))
//! });
//! let config = Config::builder()
//!     .credentials(Credential::new("AKIDEXAMPLE", "secret"))
//!     .region("ap-guangzhou")
//!     .connector(answer)
//!     .build()?;
//! let cvm = ServiceClient::generic(&config, "cvm", "2017-03-12");
//! let zones = cvm.call_json("DescribeZones", serde_json::json!({})).await?;
//! assert_eq!(zones["TotalCount"], 0);
//! # Ok(()) }
//! ```
//!
//! `tencentcloud-emulator` has a connector that answers from the service's
//! documentation (`Emulator::in_memory`), with scripted replies, recorded
//! requests and signature checks.

use bytes::Bytes;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

/// A request as it goes on the wire: `POST`, the endpoint's URL, every
/// header (signed), the JSON body.
pub type HttpRequest = http::Request<Bytes>;

/// A whole response: status, headers and body.
pub type HttpResponse = http::Response<Bytes>;

/// What [`Connector::call`] returns.
pub type ConnectorFuture =
    Pin<Box<dyn Future<Output = Result<HttpResponse, ConnectorError>> + Send + 'static>>;

/// Sends a request and returns its response, in place of the HTTP client.
/// Implement it for replay clients, in-memory emulators, or transports
/// other than `reqwest`; for a closure, use [`from_fn`].
pub trait Connector: Send + Sync + 'static {
    /// One attempt. Called once per attempt: retries call it again.
    fn call(&self, request: HttpRequest) -> ConnectorFuture;
}

/// A [`Connector`] that answers with a synchronous closure.
pub fn from_fn<F>(f: F) -> FnConnector<F>
where
    F: Fn(HttpRequest) -> Result<HttpResponse, ConnectorError> + Send + Sync + 'static,
{
    FnConnector(f)
}

/// See [`from_fn`].
pub struct FnConnector<F>(F);

impl<F> fmt::Debug for FnConnector<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FnConnector")
    }
}

impl<F> Connector for FnConnector<F>
where
    F: Fn(HttpRequest) -> Result<HttpResponse, ConnectorError> + Send + Sync + 'static,
{
    fn call(&self, request: HttpRequest) -> ConnectorFuture {
        let result = (self.0)(request);
        Box::pin(std::future::ready(result))
    }
}

/// How an attempt failed without a response: decides whether it may be
/// retried (see [`retry`](crate::retry)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConnectorErrorKind {
    /// Nothing reached the server (connection refused, closed before
    /// sending): safe to retry for any action.
    NotSent,
    /// The request may have reached the server (connection reset while
    /// waiting, response cut off): retried only for repeatable actions.
    Interrupted,
    /// No answer in time: an ambiguous failure, like `Interrupted`.
    TimedOut,
}

/// An attempt that brought back no response.
#[derive(Debug)]
pub struct ConnectorError {
    kind: ConnectorErrorKind,
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl ConnectorError {
    /// A failure of `kind`, described by `message`.
    pub fn new(kind: ConnectorErrorKind, message: impl Into<String>) -> Self {
        ConnectorError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// Nothing was sent: [`ConnectorErrorKind::NotSent`].
    pub fn not_sent(message: impl Into<String>) -> Self {
        Self::new(ConnectorErrorKind::NotSent, message)
    }

    /// The request may have arrived: [`ConnectorErrorKind::Interrupted`].
    pub fn interrupted(message: impl Into<String>) -> Self {
        Self::new(ConnectorErrorKind::Interrupted, message)
    }

    /// No answer in time: [`ConnectorErrorKind::TimedOut`].
    pub fn timed_out(message: impl Into<String>) -> Self {
        Self::new(ConnectorErrorKind::TimedOut, message)
    }

    /// With the underlying error (reported through `source()`).
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    /// How it failed.
    pub fn kind(&self) -> ConnectorErrorKind {
        self.kind
    }

    /// What failed.
    pub fn message(&self) -> &str {
        &self.message
    }

    pub(crate) fn into_parts(
        self,
    ) -> (
        ConnectorErrorKind,
        String,
        Option<Box<dyn std::error::Error + Send + Sync>>,
    ) {
        (self.kind, self.message, self.source)
    }
}

impl fmt::Display for ConnectorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConnectorError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}
