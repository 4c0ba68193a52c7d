//! The one error type of the SDK.
//!
//! ```
//! # use tencentcloud_runtime::Error;
//! fn explain(err: &Error) -> String {
//!     match err.as_service_error() {
//!         Some(e) if e.is_code("ResourceNotFound") => "gone".to_string(),
//!         Some(e) if e.has_prefix("LimitExceeded") => "quota".to_string(),
//!         Some(e) => format!("{}: {}", e.code(), e.message()),
//!         None => err.to_string(),
//!     }
//! }
//! ```

use std::fmt;
use std::time::Duration;

/// Anything that can go wrong calling Tencent Cloud.
///
/// The variants are boxed so `Result<T, Error>` stays small.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error envelope
    /// (`{"Response":{"Error":{"Code","Message"},"RequestId"}}`).
    Service(Box<ServiceError>),
    /// The request could not be sent or the response could not be read
    /// (DNS, connect, TLS, connection reset, body cut off).
    Transport(Box<TransportError>),
    /// A timeout elapsed (connect, or the whole attempt).
    Timeout(Box<TimeoutError>),
    /// An HTTP status other than 2xx without a Tencent error envelope.
    HttpStatus(Box<HttpStatusError>),
    /// The body was not a response the SDK understands.
    Decode(Box<DecodeError>),
    /// No usable credentials.
    Credentials(Box<CredentialsError>),
    /// The request was rejected before anything was sent.
    InvalidRequest(Box<InvalidRequestError>),
}

impl Error {
    /// The service error, if this is one.
    pub fn as_service_error(&self) -> Option<&ServiceError> {
        match self {
            Error::Service(e) => Some(e),
            _ => None,
        }
    }

    /// The error code: the service's `Code`, or a client-side code
    /// (`ClientError.Transport`, `ClientError.Timeout`, `ClientError.HttpStatus`,
    /// `ClientError.Decode`, `ClientError.Credentials`, `ClientError.InvalidRequest`).
    pub fn code(&self) -> &str {
        match self {
            Error::Service(e) => &e.code,
            Error::Transport(_) => "ClientError.Transport",
            Error::Timeout(_) => "ClientError.Timeout",
            Error::HttpStatus(_) => "ClientError.HttpStatus",
            Error::Decode(_) => "ClientError.Decode",
            Error::Credentials(_) => "ClientError.Credentials",
            Error::InvalidRequest(_) => "ClientError.InvalidRequest",
        }
    }

    /// The `RequestId` the server assigned, when one is known.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service(e) => Some(&e.request_id),
            Error::HttpStatus(e) => e.request_id.as_deref(),
            Error::Decode(e) => e.request_id.as_deref(),
            _ => None,
        }
    }

    /// Build a service error (for mocks and tests).
    pub fn service(
        code: impl Into<String>,
        message: impl Into<String>,
        request_id: impl Into<String>,
    ) -> Error {
        Error::Service(Box::new(ServiceError {
            code: code.into(),
            message: message.into(),
            request_id: request_id.into(),
            http_status: 200,
            service: "",
            action: "",
            describe: None,
        }))
    }

    pub(crate) fn invalid_request(message: impl Into<String>) -> Error {
        Error::InvalidRequest(Box::new(InvalidRequestError {
            message: message.into(),
        }))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Service(e) => e.fmt(f),
            Error::Transport(e) => e.fmt(f),
            Error::Timeout(e) => e.fmt(f),
            Error::HttpStatus(e) => e.fmt(f),
            Error::Decode(e) => e.fmt(f),
            Error::Credentials(e) => e.fmt(f),
            Error::InvalidRequest(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => e.source.as_deref().map(|s| s as _),
            Error::Credentials(e) => e.source.as_deref().map(|s| s as _),
            _ => None,
        }
    }
}

/// An error the service returned.
#[derive(Clone)]
pub struct ServiceError {
    pub(crate) code: String,
    pub(crate) message: String,
    pub(crate) request_id: String,
    pub(crate) http_status: u16,
    pub(crate) service: &'static str,
    pub(crate) action: &'static str,
    pub(crate) describe: Option<fn(&str) -> Option<&'static str>>,
}

impl ServiceError {
    /// The error code (`FailedOperation.AgentOffline`).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The server's message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The request id, for Tencent Cloud support.
    pub fn request_id(&self) -> &str {
        &self.request_id
    }

    /// The HTTP status the error arrived with (usually 200).
    pub fn http_status(&self) -> u16 {
        self.http_status
    }

    /// The service (`cwp`) and action (`DescribeRiskProcessEvents`) called.
    pub fn operation(&self) -> (&'static str, &'static str) {
        (self.service, self.action)
    }

    /// Whether the code is exactly `code`.
    pub fn is_code(&self, code: &str) -> bool {
        self.code == code
    }

    /// Whether the code is `prefix` or `prefix.*` (`"LimitExceeded"` matches
    /// `LimitExceeded` and `LimitExceeded.Quota`, not `LimitExceededX`).
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let prefix = prefix.strip_suffix(".*").unwrap_or(prefix);
        self.code == prefix
            || (self.code.starts_with(prefix)
                && self.code.as_bytes().get(prefix.len()) == Some(&b'.'))
    }

    /// The code as a typed value (e.g. a generated `ErrorCode` enum, which
    /// converts from any string and keeps unknown codes).
    pub fn code_as<'a, T: From<&'a str>>(&'a self) -> T {
        T::from(self.code.as_str())
    }

    /// The code as one of the codes common to all services (or
    /// `CommonCode::UnknownValue` for a service-specific code).
    pub fn common_code(&self) -> crate::codes::CommonCode {
        crate::codes::CommonCode::from(self.code.as_str())
    }

    /// The description the service's error-code list gives for this code.
    pub fn description(&self) -> Option<&'static str> {
        self.describe
            .and_then(|d| d(&self.code))
            .or_else(|| crate::codes::CommonCode::describe(&self.code))
    }
}

impl fmt::Debug for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceError")
            .field("code", &self.code)
            .field("message", &self.message)
            .field("request_id", &self.request_id)
            .field("http_status", &self.http_status)
            .field("service", &self.service)
            .field("action", &self.action)
            .finish()
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.action.is_empty() {
            write!(f, "{} {}: ", self.service, self.action)?;
        }
        f.write_str(&self.code)?;
        if let Some(d) = self.description() {
            if !d.is_empty() {
                write!(f, " ({})", d.trim_end_matches('.'))?;
            }
        }
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        write!(f, " [RequestId: {}]", self.request_id)
    }
}

impl std::error::Error for ServiceError {}

/// The request could not be sent, or the response not received.
#[derive(Debug)]
pub struct TransportError {
    pub(crate) message: String,
    /// Whether the failure happened before any byte of the request was sent
    /// (safe to retry for any action).
    pub(crate) before_send: bool,
    pub(crate) source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl TransportError {
    /// Whether nothing of the request reached the server.
    pub fn before_send(&self) -> bool {
        self.before_send
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "transport error: {}", self.message)?;
        if let Some(s) = &self.source {
            write!(f, ": {s}")?;
            let mut cause = s.source();
            while let Some(c) = cause {
                write!(f, ": {c}")?;
                cause = c.source();
            }
        }
        Ok(())
    }
}

/// A timeout.
#[derive(Debug)]
pub struct TimeoutError {
    pub(crate) what: &'static str,
    pub(crate) after: Duration,
}

impl TimeoutError {
    /// Which limit elapsed (`connect`, `request`, `total`).
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// The limit.
    pub fn after(&self) -> Duration {
        self.after
    }
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} timeout after {:?}", self.what, self.after)
    }
}

/// An HTTP status other than 2xx without a Tencent error envelope.
#[derive(Debug)]
pub struct HttpStatusError {
    pub(crate) status: u16,
    pub(crate) request_id: Option<String>,
    pub(crate) body_snippet: String,
}

impl HttpStatusError {
    /// The status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The start of the body.
    pub fn body_snippet(&self) -> &str {
        &self.body_snippet
    }
}

impl fmt::Display for HttpStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP status {}", self.status)?;
        if let Some(id) = &self.request_id {
            write!(f, " [RequestId: {id}]")?;
        }
        if !self.body_snippet.is_empty() {
            write!(f, ": {}", self.body_snippet)?;
        }
        Ok(())
    }
}

/// A body that is not a response the SDK understands.
#[derive(Debug)]
pub struct DecodeError {
    pub(crate) message: String,
    pub(crate) request_id: Option<String>,
    pub(crate) body_snippet: String,
    pub(crate) drift: Vec<crate::de::Drift>,
}

impl DecodeError {
    /// What went wrong.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The start of the body.
    pub fn body_snippet(&self) -> &str {
        &self.body_snippet
    }

    /// Type drift recorded before the failure (strict mode: the cause).
    pub fn drift(&self) -> &[crate::de::Drift] {
        &self.drift
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot decode the response: {}", self.message)?;
        if let Some(id) = &self.request_id {
            write!(f, " [RequestId: {id}]")?;
        }
        if !self.body_snippet.is_empty() {
            write!(f, "; body starts: {}", self.body_snippet)?;
        }
        Ok(())
    }
}

/// No usable credentials.
#[derive(Debug)]
pub struct CredentialsError {
    pub(crate) message: String,
    pub(crate) source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl CredentialsError {
    /// A credentials error with a message.
    pub fn new(message: impl Into<String>) -> Self {
        CredentialsError {
            message: message.into(),
            source: None,
        }
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "credentials: {}", self.message)?;
        if let Some(s) = &self.source {
            write!(f, ": {s}")?;
        }
        Ok(())
    }
}

/// A request rejected before sending.
#[derive(Debug)]
pub struct InvalidRequestError {
    pub(crate) message: String,
}

impl fmt::Display for InvalidRequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid request: {}", self.message)
    }
}

/// At most `max` characters of a body, for error messages.
pub(crate) fn snippet(body: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(max * 4)]);
    let mut s: String = text.chars().take(max).collect();
    if s.len() < text.len() || body.len() > max * 4 {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(code: &str) -> ServiceError {
        match Error::service(code, "m", "r") {
            Error::Service(e) => *e,
            _ => unreachable!(),
        }
    }

    #[test]
    fn prefix_matching_respects_dots() {
        assert!(err("LimitExceeded").has_prefix("LimitExceeded"));
        assert!(err("LimitExceeded.Quota").has_prefix("LimitExceeded"));
        assert!(err("LimitExceeded.Quota").has_prefix("LimitExceeded.*"));
        assert!(!err("LimitExceededX").has_prefix("LimitExceeded"));
        assert!(!err("AuthFailure").has_prefix("LimitExceeded"));
    }

    #[test]
    fn display_has_code_message_and_request_id() {
        let e = Error::service("FailedOperation", "it broke", "req-1");
        assert_eq!(
            e.to_string(),
            "FailedOperation (Operation failed): it broke [RequestId: req-1]"
        );
        assert_eq!(e.request_id(), Some("req-1"));
    }

    #[test]
    fn snippet_is_bounded() {
        assert_eq!(snippet(b"abc", 10), "abc");
        assert_eq!(snippet(b"abcdef", 3), "abc…");
    }
}
