//! The one error type of the SDK.
//!
//! | variant | when | retried |
//! |---|---|---|
//! | [`Error::Service`] | the service answered with `{"Response":{"Error":{"Code","Message"},"RequestId"}}`, whatever the HTTP status | rate limiting always; `InternalError` for repeatable actions |
//! | [`Error::Transport`] | connecting, sending or reading failed | before sending always; after, for repeatable actions |
//! | [`Error::Timeout`] | connect, one attempt, or the whole call | connect always; attempt for repeatable actions |
//! | [`Error::HttpStatus`] | a non-2xx status without an envelope (a gateway's HTML page) | 429 always; 5xx for repeatable actions |
//! | [`Error::Decode`] | the body is not a response (with RequestId if any and a body snippet) | never |
//! | [`Error::Credentials`] | no usable credentials | never |
//! | [`Error::InvalidRequest`] | rejected before sending | never |
//! | [`Error::Config`] | invalid configuration | never |
//!
//! Display prints what happened, with the code, message and RequestId
//! (`cvm RunInstances: LimitExceeded.Quota: too many [RequestId: ...]`).
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
//!
//! A rejected timestamp says the clock is off, and by how much when the
//! server sent its time:
//!
//! ```
//! # use tencentcloud_runtime::Error;
//! fn clock_fix(err: &Error) -> Option<i64> {
//!     err.as_service_error()?.clock_skew()?.suggested_offset()
//! }
//! # assert_eq!(clock_fix(&Error::service("AuthFailure.SignatureExpire", "", "")), None);
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
    /// The configuration is invalid (a value set in code, a malformed file
    /// read by [`ConfigLoader`](crate::ConfigLoader)).
    Config(Box<ConfigError>),
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
    /// `ClientError.Decode`, `ClientError.Credentials`, `ClientError.InvalidRequest`,
    /// `ClientError.Config`).
    pub fn code(&self) -> &str {
        match self {
            Error::Service(e) => &e.code,
            Error::Transport(_) => "ClientError.Transport",
            Error::Timeout(_) => "ClientError.Timeout",
            Error::HttpStatus(_) => "ClientError.HttpStatus",
            Error::Decode(_) => "ClientError.Decode",
            Error::Credentials(_) => "ClientError.Credentials",
            Error::InvalidRequest(_) => "ClientError.InvalidRequest",
            Error::Config(_) => "ClientError.Config",
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

    /// Whether this is a service error with exactly this code.
    pub fn is_code(&self, code: &str) -> bool {
        self.as_service_error().is_some_and(|e| e.is_code(code))
    }

    /// Whether this is a service error whose code is `prefix` or
    /// `prefix.*` (see [`ServiceError::has_prefix`]).
    pub fn has_prefix(&self, prefix: &str) -> bool {
        self.as_service_error()
            .is_some_and(|e| e.has_prefix(prefix))
    }

    /// A configuration error.
    pub fn config(message: impl Into<String>) -> Error {
        Error::Config(Box::new(ConfigError {
            message: message.into(),
        }))
    }

    /// Whether the failure is transient: the same call may succeed if made
    /// again (rate limiting, a connection that failed, a timeout, a 5xx or an
    /// `InternalError`). The SDK itself retries these within its
    /// [`RetryConfig`](crate::RetryConfig), and only when repeating the
    /// action is safe (read-only, or carrying a `ClientToken`); an error
    /// that reaches you has used up those attempts, or was not safe to
    /// repeat. Errors of the request itself (a service's `InvalidParameter`,
    /// decoding, credentials, configuration) are not retryable.
    pub fn is_retryable(&self) -> bool {
        crate::retry::is_retryable(self, true)
    }

    /// Whether a timeout elapsed (connect, one attempt, or the whole call).
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout(_))
    }

    /// Whether the service rejected the call for rate limiting
    /// (`RequestLimitExceeded*`, or HTTP 429 without an envelope).
    pub fn is_throttling(&self) -> bool {
        match self {
            Error::Service(e) => e.has_prefix("RequestLimitExceeded"),
            Error::HttpStatus(h) => h.status == 429,
            _ => false,
        }
    }

    /// The HTTP status of the response, when one was received.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Error::Service(e) => Some(e.http_status),
            Error::HttpStatus(e) => Some(e.status),
            Error::Decode(e) => e.http_status,
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
            clock: None,
        }))
    }

    /// A request rejected before sending (for mocks and tests, and for
    /// code that validates its own input).
    pub fn invalid_request(message: impl Into<String>) -> Error {
        Error::InvalidRequest(Box::new(InvalidRequestError {
            message: message.into(),
        }))
    }
}

impl Error {
    /// Name the call (`cvm DescribeInstances`) in a transport or timeout
    /// error that does not name one yet (service errors carry their own).
    pub(crate) fn in_call(mut self, service: &str, action: &str) -> Error {
        let call = match &mut self {
            Error::Transport(t) => &mut t.call,
            Error::Timeout(t) => &mut t.call,
            _ => return self,
        };
        if call.is_empty() {
            *call = format!("{service} {action}");
        }
        self
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
            Error::Config(e) => e.fmt(f),
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
    pub(crate) clock: Option<ClockSkew>,
}

/// What the runtime knows about the clocks when a signature was rejected as
/// expired (`AuthFailure.SignatureExpire`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockSkew {
    /// The `X-TC-Timestamp` the request was signed with (Unix seconds,
    /// local clock plus the configured offset).
    pub signed_at: i64,
    /// The configured clock offset, in seconds.
    pub offset: i64,
    /// The server's time from the response's `Date` header, when present.
    pub server_time: Option<i64>,
}

impl ClockSkew {
    /// How many seconds to add to the local clock to match the server's
    /// (`server_time - signed_at`), when the server sent its time.
    pub fn suggested_offset(&self) -> Option<i64> {
        self.server_time
            .map(|s| s.saturating_sub(self.signed_at).saturating_add(self.offset))
    }
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

    /// For `AuthFailure.SignatureExpire`: the signing time and, when the
    /// server sent a `Date` header, its clock.
    pub fn clock_skew(&self) -> Option<&ClockSkew> {
        self.clock.as_ref()
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
            .field("clock", &self.clock)
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
        write!(f, " [RequestId: {}]", self.request_id)?;
        if let Some(c) = &self.clock {
            write!(
                f,
                ". The local clock is likely off: the request was signed at Unix time {}",
                c.signed_at
            )?;
            if c.offset != 0 {
                write!(f, " (system clock {:+} s configured offset)", c.offset)?;
            }
            match c.suggested_offset() {
                Some(o) => write!(
                    f,
                    ", the server's clock says {} ({:+} s). Synchronise the system clock \
                     (NTP), or set `ConfigBuilder::clock_offset_secs({o})`",
                    c.server_time.unwrap_or_default(),
                    c.server_time
                        .unwrap_or_default()
                        .saturating_sub(c.signed_at),
                )?,
                None => f.write_str(
                    ", and the server accepts at most 5 minutes of difference. Synchronise \
                     the system clock (NTP), or set `ConfigBuilder::clock_offset_secs`",
                )?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for ServiceError {}

/// The request could not be sent, or the response not received.
#[derive(Debug)]
pub struct TransportError {
    /// `service Action` of the call, once known (empty before).
    pub(crate) call: String,
    pub(crate) message: String,
    /// Whether the failure happened before any byte of the request was sent
    /// (safe to retry for any action).
    pub(crate) before_send: bool,
    pub(crate) source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl TransportError {
    /// What failed.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Whether nothing of the request reached the server.
    pub fn before_send(&self) -> bool {
        self.before_send
    }
}

impl fmt::Display for TransportError {
    /// `cvm DescribeInstances: transport error: cannot connect to ...`; the
    /// causes (`Error::source`) follow only in the alternate form (`{:#}`),
    /// so reporters that walk the chain print each cause once.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.call.is_empty() {
            write!(f, "{}: ", self.call)?;
        }
        write!(f, "transport error: {}", self.message)?;
        if f.alternate() {
            let mut cause = self.source.as_deref().map(|s| s as &dyn std::error::Error);
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
    /// `service Action` of the call, once known (empty before).
    pub(crate) call: String,
    pub(crate) what: &'static str,
    pub(crate) after: Duration,
}

impl TimeoutError {
    /// Which limit elapsed: `connect` (opening a connection), `request` (one
    /// attempt, from sending to the end of the body) or `operation` (the
    /// whole call, retries included).
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
        if !self.call.is_empty() {
            write!(f, "{}: ", self.call)?;
        }
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

    /// The request id from the body or the `X-TC-RequestId` header.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
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
    pub(crate) http_status: Option<u16>,
}

impl DecodeError {
    /// What went wrong.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The request id from the body or the `X-TC-RequestId` header.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
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

/// Why credentials could not be had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialsErrorKind {
    /// The source has nothing configured (variable unset, file absent, not
    /// on a CVM instance): a chain moves on to the next source.
    NotFound,
    /// The source is configured but wrong (malformed file, missing key,
    /// invalid value): a chain stops here, so a mistake is not papered over.
    Invalid,
    /// The source is configured but fetching failed (metadata service or STS
    /// error, network failure).
    Unavailable,
    /// Anything else.
    Other,
}

/// No usable credentials. The message never contains a secret.
#[derive(Debug)]
pub struct CredentialsError {
    pub(crate) kind: CredentialsErrorKind,
    pub(crate) message: String,
    pub(crate) source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl CredentialsError {
    /// A credentials error with a message.
    pub fn new(message: impl Into<String>) -> Self {
        Self::of(CredentialsErrorKind::Other, message)
    }

    /// Nothing is configured for this source.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::of(CredentialsErrorKind::NotFound, message)
    }

    /// The source is configured but invalid.
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::of(CredentialsErrorKind::Invalid, message)
    }

    /// Fetching from a configured source failed.
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::of(CredentialsErrorKind::Unavailable, message)
    }

    fn of(kind: CredentialsErrorKind, message: impl Into<String>) -> Self {
        CredentialsError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// Attach the underlying error.
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        self.source = Some(source.into());
        self
    }

    /// The kind of failure.
    pub fn kind(&self) -> CredentialsErrorKind {
        self.kind
    }

    /// Whether the source simply has nothing configured.
    pub fn is_not_found(&self) -> bool {
        self.kind == CredentialsErrorKind::NotFound
    }

    /// The message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "credentials: {}", self.message)?;
        let mut cause = self
            .source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static));
        while let Some(c) = cause {
            write!(f, ": {c}")?;
            cause = c.source();
        }
        Ok(())
    }
}

impl std::error::Error for CredentialsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|s| s as _)
    }
}

/// A request rejected before sending.
#[derive(Debug)]
pub struct InvalidRequestError {
    pub(crate) message: String,
}

impl InvalidRequestError {
    /// Why the request was rejected.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for InvalidRequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid request: {}", self.message)
    }
}

/// An invalid configuration.
#[derive(Debug)]
pub struct ConfigError {
    pub(crate) message: String,
}

impl ConfigError {
    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "configuration: {}", self.message)
    }
}

/// At most `max` characters of a body, for error messages.
/// [`snippet`] of `body` with the values of the members named in
/// `sensitive` replaced (`"Password":"<redacted>"`), wherever they are.
pub(crate) fn redacted_snippet(body: &[u8], max: usize, sensitive: &[&str]) -> String {
    if sensitive.is_empty() {
        return snippet(body, max);
    }
    snippet(&redact_members(body, sensitive), max)
}

/// `body` with the value after each `"Name":` (for a name of `sensitive`)
/// replaced by `"<redacted>"`: strings to their closing quote, other
/// scalars to the next `,`, `}` or `]`; a value cut off by the end of the
/// body is redacted to the end. Not a JSON parser: it works on any bytes
/// (bodies in error are often not JSON).
pub(crate) fn redact_members(body: &[u8], sensitive: &[&str]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let hit = (body[i] == b'"')
            .then(|| {
                sensitive.iter().find_map(|name| {
                    let n = name.as_bytes();
                    let end = i + 1 + n.len();
                    (body.get(i + 1..end) == Some(n) && body.get(end) == Some(&b'"'))
                        .then_some(end + 1)
                })
            })
            .flatten();
        let Some(after_name) = hit else {
            out.push(body[i]);
            i += 1;
            continue;
        };
        let mut j = after_name;
        while body.get(j).is_some_and(u8::is_ascii_whitespace) {
            j += 1;
        }
        if body.get(j) != Some(&b':') {
            out.extend_from_slice(&body[i..after_name]);
            i = after_name;
            continue;
        }
        j += 1;
        while body.get(j).is_some_and(u8::is_ascii_whitespace) {
            j += 1;
        }
        out.extend_from_slice(&body[i..j]);
        out.extend_from_slice(b"\"<redacted>\"");
        i = match body.get(j) {
            Some(b'"') => {
                let mut k = j + 1;
                while k < body.len() && body[k] != b'"' {
                    k += if body[k] == b'\\' { 2 } else { 1 };
                }
                (k + 1).min(body.len())
            }
            // An object or list holds members of its own: those named
            // sensitive are redacted on the way.
            Some(b'{') | Some(b'[') => j,
            _ => {
                let mut k = j;
                while k < body.len() && !matches!(body[k], b',' | b'}' | b']') {
                    k += 1;
                }
                k
            }
        };
        if matches!(body.get(j), Some(b'{') | Some(b'[')) {
            // Undo the placeholder: containers are walked, not replaced.
            out.truncate(out.len() - b"\"<redacted>\"".len());
        }
    }
    out
}

pub(crate) fn snippet(body: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(max * 4)]);
    // Control characters (newlines, escapes) would garble logs and terminals.
    let mut s: String = text
        .chars()
        .take(max)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(max).is_some() || body.len() > max * 4 {
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
    fn sensitive_members_are_redacted_anywhere_in_a_body() {
        let names = ["Password", "Token"];
        let r = |b: &str| String::from_utf8(redact_members(b.as_bytes(), &names)).unwrap();
        assert_eq!(
            r(r#"{"Password":"hunter2","Name":"a","Token" : "t\"ok","N":{"Password":12}}"#),
            r#"{"Password":"<redacted>","Name":"a","Token" : "<redacted>","N":{"Password":"<redacted>"}}"#
        );
        // Containers are walked; other names and cut-off values are handled.
        assert_eq!(
            r(r#"{"Token":{"Password":"x"},"PasswordHint":"h","Password":"cut"#),
            r#"{"Token":{"Password":"<redacted>"},"PasswordHint":"h","Password":"<redacted>""#
        );
        assert_eq!(r("<html>Password</html>"), "<html>Password</html>");
        assert_eq!(
            redacted_snippet(br#"{"Password":"hunter2"}"#, 200, &names),
            r#"{"Password":"<redacted>"}"#
        );
    }

    #[test]
    fn snippet_is_bounded() {
        assert_eq!(snippet(b"abc", 10), "abc");
        assert_eq!(snippet(b"abcdef", 3), "abc…");
        assert_eq!(snippet(b"a\nb\x1b[0m", 10), "a b [0m");
        assert_eq!(snippet("é".repeat(10).as_bytes(), 10), "é".repeat(10));
        assert_eq!(snippet(&[0xff; 1000], 5), "\u{fffd}".repeat(5) + "…");
    }
}
