//! The call path every generated client uses: serialize, sign, send, retry,
//! detect errors, decode.
//!
//! ```no_run
//! # async fn demo() -> Result<(), tencentcloud_runtime::Error> {
//! use tencentcloud_runtime::{Config, Credential, ServiceClient};
//! let config = Config::builder()
//!     .credentials(Credential::new("AKID...", "secret"))
//!     .region("ap-guangzhou")
//!     .build()?;
//! // Any action of any service, even one the specs do not have yet:
//! let cvm = ServiceClient::generic(&config, "cvm", "2017-03-12");
//! let out = cvm.call_json("DescribeRegions", serde_json::json!({})).await?;
//! println!("{}", out["TotalCount"]);
//! # Ok(()) }
//! ```

use crate::config::{Config, Endpoint};
use crate::de::{self, Decode};
use crate::error::{
    snippet, DecodeError, Error, HttpStatusError, ServiceError, TimeoutError, TransportError,
};
use crate::sign::{sign, SigningInput};
use serde::Serialize;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tracing::Instrument;

/// The future a generated action method returns.
pub type ResponseFuture<T> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, Error>> + Send + 'static>>;

/// What a generated service module tells the runtime about itself.
#[derive(Debug)]
pub struct ServiceInfo {
    /// Service name (`cwp`): the signing scope's service.
    pub name: &'static str,
    /// API version (`2018-02-28`), sent as `X-TC-Version`.
    pub version: &'static str,
    /// Endpoint prefix (`cwp`; `as` for autoscaling).
    pub endpoint_prefix: &'static str,
    /// Description of a listed error code, for error messages.
    pub describe_error: Option<fn(&str) -> Option<&'static str>>,
}

/// One action, as the generated code describes it.
#[derive(Debug)]
pub struct Action {
    /// Wire name (`DescribeRiskProcessEvents`).
    pub name: &'static str,
    /// The request carries a `ClientToken`: repeating it is safe.
    pub idempotent: bool,
    /// Sent unsigned (`Authorization: SKIP`).
    pub skip_sign: bool,
}

impl Action {
    /// Safe to repeat after an ambiguous failure (the request may have
    /// reached the server): `ClientToken` actions, and read-only actions by
    /// Tencent Cloud's naming convention (`Describe*`, `Get*`, `List*`,
    /// `Query*`, `Inquiry*`, `Check*`).
    pub fn repeatable(&self) -> bool {
        self.idempotent
            || ["Describe", "Get", "List", "Query", "Inquiry", "Check"]
                .iter()
                .any(|p| self.name.starts_with(p))
    }
}

/// A client for one service version. Cheap to clone, `Send + Sync`; clones
/// share the connection pool.
#[derive(Clone, Debug)]
pub struct ServiceClient {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    service: String,
    version: String,
    describe_error: Option<fn(&str) -> Option<&'static str>>,
    url: Result<reqwest::Url, String>,
    host: String,
}

impl ServiceClient {
    /// A client for a generated service.
    pub fn new(config: &Config, service: &'static ServiceInfo) -> Self {
        Self::build(
            config,
            service.name,
            service.version,
            service.endpoint_prefix,
            service.describe_error,
        )
    }

    /// A client for any service and version, for actions the specs do not
    /// have yet. `service` is also the endpoint prefix.
    pub fn generic(config: &Config, service: &str, version: &str) -> Self {
        Self::build(config, service, version, service, None)
    }

    fn build(
        config: &Config,
        service: &str,
        version: &str,
        prefix: &str,
        describe_error: Option<fn(&str) -> Option<&'static str>>,
    ) -> Self {
        let url = endpoint_url(&config.endpoint, prefix, config.region.as_deref());
        let host = url
            .as_ref()
            .map(|u| match (u.host_str(), u.port()) {
                (Some(h), Some(p)) => format!("{h}:{p}"),
                (Some(h), None) => h.to_string(),
                _ => String::new(),
            })
            .unwrap_or_default();
        ServiceClient {
            inner: Arc::new(Inner {
                config: config.clone(),
                service: service.to_string(),
                version: version.to_string(),
                describe_error,
                url,
                host,
            }),
        }
    }

    /// The configuration this client was built from.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The URL requests go to.
    pub fn url(&self) -> Option<&str> {
        self.inner.url.as_ref().ok().map(|u| u.as_str())
    }

    /// Start a typed call: what every generated method does. The request is
    /// serialized now; the returned future owns everything it needs, so it
    /// is `Send + 'static` (spawn it, or `.await` it).
    pub fn send_request<Req, Resp>(
        &self,
        action: &'static Action,
        request: &Req,
    ) -> ResponseFuture<Resp>
    where
        Req: Serialize + ?Sized,
        Resp: Decode + Send + 'static,
    {
        let body = serde_json::to_vec(request).map_err(|e| {
            Error::invalid_request(format!(
                "{}: cannot serialize the request: {e}",
                action.name
            ))
        });
        let client = self.clone();
        Box::pin(async move {
            let response = client
                .send(action.name, action.repeatable(), action.skip_sign, body?)
                .await?;
            client.decode(action.name, &response)
        })
    }

    /// Call a typed action and wait for the result.
    pub async fn call<Req, Resp>(
        &self,
        action: &'static Action,
        request: &Req,
    ) -> Result<Resp, Error>
    where
        Req: Serialize + ?Sized,
        Resp: Decode,
    {
        let body = serde_json::to_vec(request).map_err(|e| {
            Error::invalid_request(format!(
                "{}: cannot serialize the request: {e}",
                action.name
            ))
        })?;
        let response = self
            .send(action.name, action.repeatable(), action.skip_sign, body)
            .await?;
        self.decode(action.name, &response)
    }

    /// Call any action with JSON parameters; returns the `Response` object
    /// (errors become [`Error::Service`] as for typed calls).
    pub async fn call_json(
        &self,
        action: &str,
        params: serde_json::Value,
    ) -> Result<serde_json::Value, Error> {
        let body = serde_json::to_vec(&params).map_err(|e| {
            Error::invalid_request(format!("{action}: cannot serialize the request: {e}"))
        })?;
        let repeatable = Action {
            name: "",
            idempotent: params.get("ClientToken").is_some(),
            skip_sign: false,
        }
        .idempotent
            || ["Describe", "Get", "List", "Query", "Inquiry", "Check"]
                .iter()
                .any(|p| action.starts_with(p));
        let response = self.send(action, repeatable, false, body).await?;
        let value: serde_json::Value = serde_json::from_slice(&response.body).map_err(|e| {
            Error::Decode(Box::new(DecodeError {
                message: e.to_string(),
                request_id: None,
                body_snippet: snippet(&response.body, 200),
                drift: Vec::new(),
            }))
        })?;
        match value {
            serde_json::Value::Object(mut m) => match m.remove("Response") {
                Some(r) => Ok(r),
                None => Err(Error::Decode(Box::new(DecodeError {
                    message: "the body has no `Response` object".into(),
                    request_id: None,
                    body_snippet: snippet(&response.body, 200),
                    drift: Vec::new(),
                }))),
            },
            _ => Err(Error::Decode(Box::new(DecodeError {
                message: "the body is not a JSON object".into(),
                request_id: None,
                body_snippet: snippet(&response.body, 200),
                drift: Vec::new(),
            }))),
        }
    }

    /// Call with a typed request and response defined outside the specs.
    pub async fn call_typed<Req, Resp>(&self, action: &str, request: &Req) -> Result<Resp, Error>
    where
        Req: Serialize + ?Sized,
        Resp: Decode,
    {
        let body = serde_json::to_vec(request).map_err(|e| {
            Error::invalid_request(format!("{action}: cannot serialize the request: {e}"))
        })?;
        let response = self.send(action, false, false, body).await?;
        self.decode(action, &response)
    }

    fn decode<Resp: Decode>(&self, action: &str, response: &RawResponse) -> Result<Resp, Error> {
        let mode = self.inner.config.decode_mode;
        match de::decode_response::<Resp>(&response.body, mode) {
            Ok((value, drift)) => {
                for d in drift
                    .iter()
                    .filter(|d| d.kind != de::DriftKind::UnknownMember)
                {
                    tracing::warn!(
                        service = %self.inner.service,
                        action,
                        request_id = %response.request_id.as_deref().unwrap_or(""),
                        "tencentcloud: response drift: {d}"
                    );
                }
                Ok(value)
            }
            Err(e) => Err(Error::Decode(Box::new(DecodeError {
                message: e.message,
                request_id: response.request_id.clone(),
                body_snippet: snippet(&response.body, 200),
                drift: e.drift,
            }))),
        }
    }

    /// Sign and send with retries; returns a successful (non-error) body.
    async fn send(
        &self,
        action: &str,
        repeatable: bool,
        skip_sign: bool,
        body: Vec<u8>,
    ) -> Result<RawResponse, Error> {
        let inner = &*self.inner;
        let span = tracing::debug_span!(
            "tencentcloud.call",
            service = %inner.service,
            action,
            attempt = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        async move {
            let url = inner.url.clone().map_err(Error::invalid_request)?;
            let retry = &inner.config.retry;
            let started = Instant::now();
            let body = bytes::Bytes::from(body);
            let mut attempt = 1u32;
            loop {
                tracing::Span::current().record("attempt", attempt);
                let result = self.attempt(&url, action, skip_sign, body.clone()).await;
                let retryable = match &result {
                    Ok(_) => false,
                    Err(e) => is_retryable(e, repeatable),
                };
                if !retryable || attempt >= retry.max_attempts.max(1) {
                    if let Ok(r) = &result {
                        if let Some(id) = &r.request_id {
                            tracing::Span::current().record("request_id", id.as_str());
                        }
                    }
                    return result;
                }
                let delay = backoff(retry.initial_backoff, retry.max_backoff, attempt);
                if started.elapsed() + delay > retry.max_elapsed {
                    return result;
                }
                tracing::debug!(attempt, ?delay, error = %result.as_ref().err().map(|e| e.to_string()).unwrap_or_default(), "tencentcloud: retrying");
                tokio::time::sleep(delay).await;
                attempt += 1;
            }
        }
        .instrument(span)
        .await
    }

    /// One signed attempt.
    async fn attempt(
        &self,
        url: &reqwest::Url,
        action: &str,
        skip_sign: bool,
        body: bytes::Bytes,
    ) -> Result<RawResponse, Error> {
        let inner = &*self.inner;
        let config = &inner.config;
        let timestamp = now_secs() + config.clock_offset;
        let timestamp_text = timestamp.to_string();
        let mut req = config
            .http
            .post(url.clone())
            .timeout(config.request_timeout)
            .header("Content-Type", "application/json")
            .header("Host", &inner.host)
            .header("X-TC-Action", action)
            .header("X-TC-Version", &inner.version)
            .header("X-TC-Timestamp", &timestamp_text)
            .header(
                "X-TC-RequestClient",
                concat!("SDK_RUST_", env!("CARGO_PKG_VERSION")),
            );
        if let Some(region) = &config.region {
            req = req.header("X-TC-Region", region);
        }
        if let Some(lang) = &config.language {
            req = req.header("X-TC-Language", lang);
        }
        if skip_sign {
            req = req.header("Authorization", "SKIP");
        } else {
            let provider = config.credentials.as_ref().ok_or_else(|| {
                Error::Credentials(Box::new(crate::error::CredentialsError::new(
                    "no credentials configured (Config::builder().credentials(...))",
                )))
            })?;
            let cred = provider
                .get()
                .await
                .map_err(|e| Error::Credentials(Box::new(e)))?;
            let signature = sign(&SigningInput {
                secret_id: cred.secret_id(),
                secret_key: cred.secret_key(),
                service: &inner.service,
                timestamp,
                method: "POST",
                query: "",
                headers: &[("content-type", "application/json"), ("host", &inner.host)],
                payload: &body,
            });
            req = req.header("Authorization", signature.authorization);
            if let Some(token) = cred.token() {
                req = req.header("X-TC-Token", token);
            }
        }
        let response = req
            .body(body)
            .send()
            .await
            .map_err(|e| transport(e, config))?;
        let status = response.status().as_u16();
        let header_request_id = response
            .headers()
            .get("X-TC-RequestId")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = response.bytes().await.map_err(|e| transport(e, config))?;
        classify(
            status,
            body,
            header_request_id,
            &inner.service,
            action,
            inner.describe_error,
        )
    }
}

/// A successful response body.
#[derive(Debug)]
struct RawResponse {
    body: bytes::Bytes,
    request_id: Option<String>,
}

/// Find a Tencent error envelope in any body; decide between service error,
/// HTTP status error and success.
fn classify(
    status: u16,
    body: bytes::Bytes,
    header_request_id: Option<String>,
    service: &str,
    action: &str,
    describe_error: Option<fn(&str) -> Option<&'static str>>,
) -> Result<RawResponse, Error> {
    // Only a body that mentions "Error" can hold an error envelope: skip the
    // probe parse on the (large) success path.
    let probe =
        if memchr::memmem::find(&body, b"\"Error\"").is_some() || !(200..300).contains(&status) {
            probe_envelope(&body)
        } else {
            None
        };
    if let Some(p) = &probe {
        if let Some((code, message)) = &p.error {
            return Err(Error::Service(Box::new(ServiceError {
                code: code.clone(),
                message: message.clone(),
                request_id: p
                    .request_id
                    .clone()
                    .or(header_request_id)
                    .unwrap_or_default(),
                http_status: status,
                service: leak_name(service),
                action: leak_name(action),
                describe: describe_error,
            })));
        }
    }
    if !(200..300).contains(&status) {
        return Err(Error::HttpStatus(Box::new(HttpStatusError {
            status,
            request_id: probe.and_then(|p| p.request_id).or(header_request_id),
            body_snippet: snippet(&body, 200),
        })));
    }
    Ok(RawResponse {
        request_id: probe.and_then(|p| p.request_id).or(header_request_id),
        body,
    })
}

/// Service and action names live as long as the program in practice (they
/// come from generated statics); generic calls intern theirs once.
fn leak_name(s: &str) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut set = NAMES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if let Some(n) = set.get(s) {
        return n;
    }
    let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
    set.insert(leaked);
    leaked
}

struct Probe {
    error: Option<(String, String)>,
    request_id: Option<String>,
}

/// Read `Response.Error.{Code,Message}` and `Response.RequestId`, ignoring
/// everything else. `Error` counts only if it is an object with a string `Code`.
fn probe_envelope(body: &[u8]) -> Option<Probe> {
    #[derive(serde::Deserialize)]
    struct Envelope {
        #[serde(rename = "Response")]
        response: Option<Inner>,
    }
    #[derive(serde::Deserialize)]
    struct Inner {
        #[serde(rename = "Error", default)]
        error: Option<serde_json::Value>,
        #[serde(rename = "RequestId", default)]
        request_id: Option<serde_json::Value>,
    }
    let env: Envelope = serde_json::from_slice(body).ok()?;
    let inner = env.response?;
    let error = inner.error.and_then(|e| {
        let code = e.get("Code")?.as_str()?.to_string();
        let message = e
            .get("Message")
            .and_then(|m| m.as_str())
            .unwrap_or("")
            .to_string();
        Some((code, message))
    });
    Some(Probe {
        error,
        request_id: inner
            .request_id
            .and_then(|r| r.as_str().map(str::to_string)),
    })
}

fn transport(e: reqwest::Error, config: &Config) -> Error {
    if e.is_timeout() {
        return Error::Timeout(Box::new(TimeoutError {
            what: if e.is_connect() { "connect" } else { "request" },
            after: if e.is_connect() {
                config.connect_timeout
            } else {
                config.request_timeout
            },
        }));
    }
    let before_send = e.is_connect();
    Error::Transport(Box::new(TransportError {
        message: if before_send {
            "cannot connect".to_string()
        } else if e.is_body() || e.is_decode() {
            "the response body was cut off".to_string()
        } else {
            "the request failed".to_string()
        },
        before_send,
        source: Some(Box::new(e)),
    }))
}

/// Which failures are retried: rate limiting always (the request was not
/// processed), connection failures before anything was sent always, and
/// ambiguous failures (timeouts, cut-off responses, 5xx without an envelope,
/// `InternalError`) only for actions safe to repeat.
fn is_retryable(e: &Error, repeatable: bool) -> bool {
    match e {
        Error::Service(s) => {
            let code = s.common_code();
            code.is_rate_limit() || (repeatable && code.is_transient())
        }
        Error::Transport(t) => t.before_send || repeatable,
        Error::Timeout(t) => t.what == "connect" || repeatable,
        Error::HttpStatus(h) => repeatable && (h.status >= 500 || h.status == 429),
        _ => false,
    }
}

/// Full jitter: a uniform delay in `[0, min(max, initial * 2^(attempt-1))]`.
fn backoff(initial: Duration, max: Duration, attempt: u32) -> Duration {
    let exp = initial.saturating_mul(1u32 << (attempt - 1).min(16));
    let cap = exp.min(max);
    let nanos = cap.as_nanos() as u64;
    if nanos == 0 {
        return Duration::ZERO;
    }
    Duration::from_nanos(random_u64() % (nanos + 1))
}

fn random_u64() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static STATE: AtomicU64 = AtomicU64::new(0);
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0x9E37_79B9_7F4A_7C15);
    let mut x = STATE.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed) ^ seed;
    // splitmix64
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn endpoint_url(
    endpoint: &Endpoint,
    prefix: &str,
    region: Option<&str>,
) -> Result<reqwest::Url, String> {
    let text = match endpoint {
        Endpoint::Default => format!("https://{prefix}.tencentcloudapi.com/"),
        Endpoint::International => format!("https://{prefix}.intl.tencentcloudapi.com/"),
        Endpoint::Regional => match region {
            Some(r) => format!("https://{prefix}.{r}.tencentcloudapi.com/"),
            None => return Err("Endpoint::Regional needs a region".to_string()),
        },
        Endpoint::Custom(url) => url.clone(),
    };
    reqwest::Url::parse(&text).map_err(|e| format!("endpoint URL {text:?}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints() {
        let u = |e: &Endpoint, r| endpoint_url(e, "cwp", r).unwrap().to_string();
        assert_eq!(
            u(&Endpoint::Default, None),
            "https://cwp.tencentcloudapi.com/"
        );
        assert_eq!(
            u(&Endpoint::International, None),
            "https://cwp.intl.tencentcloudapi.com/"
        );
        assert_eq!(
            u(&Endpoint::Regional, Some("ap-guangzhou")),
            "https://cwp.ap-guangzhou.tencentcloudapi.com/"
        );
        assert_eq!(
            u(&Endpoint::Custom("http://127.0.0.1:9000".into()), None),
            "http://127.0.0.1:9000/"
        );
        assert!(endpoint_url(&Endpoint::Regional, "cwp", None).is_err());
    }

    #[test]
    fn error_envelope_detected_whatever_the_status() {
        let body = br#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"bad"},"RequestId":"r1"}}"#;
        for status in [200, 400, 500] {
            let e = classify(
                status,
                bytes::Bytes::from_static(body),
                None,
                "cwp",
                "A",
                None,
            )
            .unwrap_err();
            let s = e.as_service_error().expect("service error");
            assert_eq!(s.code(), "AuthFailure.SignatureFailure");
            assert_eq!(s.request_id(), "r1");
            assert_eq!(s.http_status(), status);
        }
    }

    #[test]
    fn a_member_named_error_is_not_an_error() {
        let body = br#"{"Response":{"Error":"none","RequestId":"r2"}}"#;
        let ok = classify(200, bytes::Bytes::from_static(body), None, "cwp", "A", None).unwrap();
        assert_eq!(ok.request_id.as_deref(), Some("r2"));
        let body = br#"{"Response":{"Error":{"Detail":1},"RequestId":"r3"}}"#;
        assert!(classify(200, bytes::Bytes::from_static(body), None, "cwp", "A", None).is_ok());
    }

    #[test]
    fn status_without_envelope() {
        let e = classify(
            502,
            bytes::Bytes::from_static(b"<html>bad gateway</html>"),
            None,
            "cwp",
            "A",
            None,
        )
        .unwrap_err();
        assert!(
            matches!(&e, Error::HttpStatus(h) if h.status() == 502),
            "{e:?}"
        );
    }

    #[test]
    fn backoff_is_bounded() {
        for attempt in 1..40 {
            let d = backoff(Duration::from_millis(200), Duration::from_secs(5), attempt);
            assert!(d <= Duration::from_secs(5));
        }
        assert!(
            backoff(Duration::from_millis(200), Duration::from_secs(5), 1)
                <= Duration::from_millis(200)
        );
    }

    #[test]
    fn retry_classes() {
        let limit = Error::service("RequestLimitExceeded.UinLimitExceeded", "", "");
        assert!(is_retryable(&limit, false));
        let internal = Error::service("InternalError", "", "");
        assert!(!is_retryable(&internal, false));
        assert!(is_retryable(&internal, true));
        let auth = Error::service("AuthFailure.SignatureFailure", "", "");
        assert!(!is_retryable(&auth, true));
    }
}
