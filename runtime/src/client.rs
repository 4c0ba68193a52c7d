//! The call path every generated client uses: serialize, sign, send, retry,
//! detect errors, decode.
//!
//! Each attempt is signed afresh (new timestamp, current credentials) over
//! exactly the bytes it sends; the `Host` it signs is the one the HTTP
//! client sends (`127.0.0.1:8080` with its port when the port is not the
//! scheme's default). See [`crate::retry`] for what is retried.
//!
//! A `tracing` span `tencentcloud.call` (level `DEBUG`) covers each call,
//! with the fields `service`, `action`, `attempt` and `request_id`, and
//! `DEBUG` events report each attempt's outcome and each retry (`attempt`,
//! `code`, `error`, `retry_in_ms`); no secret ever goes into a span or an
//! event (the `Authorization` and `X-TC-Token` header values are also
//! marked sensitive for the HTTP stack). Install any subscriber to see them,
//! e.g. `tracing_subscriber::fmt().with_env_filter("tencentcloud_runtime=debug").init()`.
//!
//! Any action of any service, even one the specs do not have yet:
//!
//! ```no_run
//! # async fn demo() -> Result<(), tencentcloud_runtime::Error> {
//! use tencentcloud_runtime::{Config, Credential, ServiceClient};
//! let config = Config::builder()
//!     .credentials(Credential::new("AKID...", "secret"))
//!     .region("ap-guangzhou")
//!     .build()?;
//! let cvm = ServiceClient::generic(&config, "cvm", "2017-03-12");
//! let out = cvm.call_json("DescribeRegions", serde_json::json!({})).await?;
//! println!("{}", out["TotalCount"]);
//! # Ok(()) }
//! ```
//!
//! With your own types (any `serde::Serialize` request, any response type
//! implementing [`Decode`], such as a generated model or a JSON object):
//!
//! ```no_run
//! # async fn demo(config: &tencentcloud_runtime::Config) -> Result<(), tencentcloud_runtime::Error> {
//! use tencentcloud_runtime::ServiceClient;
//! #[derive(serde::Serialize)]
//! #[serde(rename_all = "PascalCase")]
//! struct DescribeZones { product: String }
//! let api = ServiceClient::generic(config, "api", "2020-11-06");
//! let zones: serde_json::Map<String, serde_json::Value> = api
//!     .call_typed("DescribeZones", &DescribeZones { product: "cvm".into() })
//!     .await?;
//! # let _ = zones; Ok(()) }
//! ```

use crate::config::{Config, Endpoint};
use crate::connector::{ConnectorError, ConnectorErrorKind, HttpResponse};
use crate::credentials::Credential;
use crate::de::{self, Decode};
use crate::error::{
    redacted_snippet, snippet, ClockSkew, CredentialsError, DecodeError, Error, HttpStatusError,
    ServiceError, TimeoutError, TransportError,
};
pub use crate::future::ResponseFuture;
use crate::future::{is_reserved_header, CallOptions, Transport};
use crate::interceptor::{AfterResponse, AfterSigning, AttemptInfo, BeforeSigning};
use crate::retry::{is_repeatable, is_retryable};
use crate::sign::{SigningInput, SigningKey};
use http::header::{AUTHORIZATION, CONTENT_TYPE};
use http::{HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use tracing::Instrument;

/// What a generated service module tells the runtime about itself (for
/// generated code).
#[doc(hidden)]
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
    /// Wire names of the service's sensitive members (passwords, secret
    /// keys, tokens...): their values never appear in error snippets or
    /// drift reports.
    pub sensitive: &'static [&'static str],
}

/// One action, as the generated code describes it.
#[doc(hidden)]
#[derive(Debug)]
pub struct Action {
    /// Wire name (`DescribeRiskProcessEvents`).
    pub name: &'static str,
    /// The request type has a `ClientToken`: repeating a request that sets
    /// one is safe (one that leaves it out is not).
    pub idempotent: bool,
    /// Sent unsigned (`Authorization: SKIP`).
    pub skip_sign: bool,
}

impl Action {
    /// Safe to repeat after an ambiguous failure (the request may have
    /// reached the server): read-only actions by Tencent Cloud's naming
    /// convention (`Describe*`, `Get*`, `List*`, `Query*`, `Inquiry*`,
    /// `Check*`), and `ClientToken` actions whose request `body` sets one.
    pub fn repeatable_with(&self, body: &[u8]) -> bool {
        is_repeatable(self.name, self.idempotent && has_client_token(body))
    }
}

/// A client for one service version. Cheap to clone, `Send + Sync`; clones
/// share the connection pool.
#[derive(Clone, Debug)]
pub struct ServiceClient {
    inner: Arc<Inner>,
}

struct Inner {
    config: Config,
    service: String,
    /// Endpoint prefix (`as` for autoscaling).
    prefix: String,
    version: HeaderValue,
    describe_error: Option<fn(&str) -> Option<&'static str>>,
    sensitive: &'static [&'static str],
    target: Result<Target, String>,
    region: Option<HeaderValue>,
    language: Option<HeaderValue>,
    request_client: HeaderValue,
    /// The derived signing key of the last credentials used, reused while
    /// the date and the secret key stay the same.
    /// Behind an `Arc`: a call takes it with one count, not a copy of the
    /// key's state and an allocation.
    signing_key: Mutex<Option<Arc<(Credential, SigningKey)>>>,
}

impl std::fmt::Debug for Inner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceClient")
            .field("service", &self.service)
            .field("version", &self.version)
            .field("url", &self.target.as_ref().map(|t| t.url.as_str()))
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

#[derive(Debug)]
struct Target {
    url: reqwest::Url,
    /// What `Host` says: with the port when it is not the scheme's default.
    host: String,
}

impl Target {
    fn new(url: reqwest::Url) -> Target {
        let host = match (url.host_str(), url.port()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_string(),
            (None, _) => String::new(),
        };
        Target { url, host }
    }
}

/// Parse an endpoint: a URL with `http` or `https`, or a bare host (then
/// `https`). Errors are human-readable.
pub(crate) fn parse_endpoint(text: &str) -> Result<reqwest::Url, String> {
    let full = if text.contains("://") {
        text.to_string()
    } else {
        format!("https://{text}")
    };
    let url = reqwest::Url::parse(&full).map_err(|e| format!("endpoint {text:?}: {e}"))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(format!(
            "endpoint {text:?}: the scheme must be http or https"
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("endpoint {text:?} has no host"));
    }
    Ok(url)
}

fn endpoint_url(config: &Config, service: &str, prefix: &str) -> Result<reqwest::Url, String> {
    if let Some(url) = config
        .service_endpoint(service)
        .or_else(|| config.service_endpoint(prefix))
    {
        return parse_endpoint(url);
    }
    let text = match config.endpoint() {
        Endpoint::Default => format!("https://{prefix}.tencentcloudapi.com/"),
        Endpoint::International => format!("https://{prefix}.intl.tencentcloudapi.com/"),
        Endpoint::Regional => match config.region() {
            Some(r) => format!("https://{prefix}.{r}.tencentcloudapi.com/"),
            None => return Err("Endpoint::Regional needs a region".to_string()),
        },
        Endpoint::RootDomain(d) => format!("https://{prefix}.{d}/"),
        Endpoint::Custom(url) => url.clone(),
    };
    parse_endpoint(&text)
}

fn check_name(what: &str, value: &str, extra: &[u8]) -> Result<(), String> {
    if value.is_empty()
        || !value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || extra.contains(&b))
    {
        return Err(format!("invalid {what} {value:?}"));
    }
    Ok(())
}

impl ServiceClient {
    /// A client for a generated service (for generated code).
    #[doc(hidden)]
    pub fn new(config: &Config, service: &'static ServiceInfo) -> Self {
        Self::build(
            config,
            service.name,
            service.version,
            service.endpoint_prefix,
            service.describe_error,
            service.sensitive,
        )
    }

    /// A client for any service and version, for actions the specs do not
    /// have yet. `service` is also the endpoint prefix. Invalid names make
    /// every call fail with [`Error::InvalidRequest`] (nothing is sent).
    pub fn generic(config: &Config, service: &str, version: &str) -> Self {
        Self::build(config, service, version, service, None, &[])
    }

    fn build(
        config: &Config,
        service: &str,
        version: &str,
        prefix: &str,
        describe_error: Option<fn(&str) -> Option<&'static str>>,
        sensitive: &'static [&'static str],
    ) -> Self {
        let target = check_name("service name", service, b"-_")
            .and_then(|_| check_name("endpoint prefix", prefix, b"-_"))
            .and_then(|_| check_name("API version", version, b"-"))
            .and_then(|_| endpoint_url(config, service, prefix))
            .map(Target::new);
        let header = shared_header;
        ServiceClient {
            inner: Arc::new(Inner {
                config: config.clone(),
                service: service.to_string(),
                prefix: prefix.to_string(),
                version: header(version).unwrap_or(HeaderValue::from_static("")),
                describe_error,
                sensitive,
                target,
                region: config.region().and_then(header),
                language: config.language().and_then(header),
                request_client: header(&config.0.request_client)
                    .unwrap_or(HeaderValue::from_static(crate::config::REQUEST_CLIENT)),
                signing_key: Mutex::new(None),
            }),
        }
    }

    /// The configuration this client was built from.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The URL requests go to (`None` when the endpoint is invalid).
    pub fn url(&self) -> Option<&str> {
        self.inner.target.as_ref().ok().map(|t| t.url.as_str())
    }

    /// Start a typed call: what every generated method does (for
    /// generated code). The request is
    /// serialized now; the returned future owns everything it needs, so it
    /// is `Send + 'static` (spawn it, or `.await` it).
    ///
    /// Only the response type is generic, and only in a few lines: the
    /// request goes through `dyn Value` and the rest is shared.
    #[doc(hidden)]
    pub fn send_request<Resp>(
        &self,
        action: &'static Action,
        request: &dyn crate::ser::Value,
    ) -> ResponseFuture<Resp>
    where
        Resp: Decode + Send + 'static,
    {
        self.future(action, to_body(action.name, request))
    }

    /// [`send_request`](Self::send_request) for any `serde::Serialize` request.
    #[doc(hidden)]
    pub fn send_serialized<Req, Resp>(
        &self,
        action: &'static Action,
        request: &Req,
    ) -> ResponseFuture<Resp>
    where
        Req: Serialize + ?Sized,
        Resp: Decode + Send + 'static,
    {
        self.future(action, serialize(action.name, request))
    }

    fn future<Resp: Decode>(
        &self,
        action: &'static Action,
        body: Result<Vec<u8>, Error>,
    ) -> ResponseFuture<Resp> {
        ResponseFuture::new(self.clone(), action, body, Self::decode::<Resp>)
    }

    /// The part of every typed call that does not depend on its types,
    /// started once the call's settings are final.
    pub(crate) fn start(
        self,
        action: &'static Action,
        body: Result<Vec<u8>, Error>,
        options: Option<Box<CallOptions>>,
    ) -> Transport {
        Box::pin(async move {
            let body = body?;
            let repeatable = action.repeatable_with(&body);
            let raw = self
                .send(
                    action.name,
                    Some(action.name),
                    repeatable,
                    action.skip_sign,
                    body,
                    options.as_deref(),
                )
                .await?;
            Ok((raw, self))
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
        let body = serialize(action.name, request)?;
        let repeatable = action.repeatable_with(&body);
        let response = self
            .send(
                action.name,
                Some(action.name),
                repeatable,
                action.skip_sign,
                body,
                None,
            )
            .await?;
        self.decode(action.name, &response)
    }

    /// Call any action with JSON parameters; returns the `Response` object
    /// (errors become [`Error::Service`] as for typed calls). Retried on
    /// ambiguous failures when the action is read-only by name or `params`
    /// has a `ClientToken`.
    pub async fn call_json(
        &self,
        action: &str,
        params: serde_json::Value,
    ) -> Result<serde_json::Value, Error> {
        self.call_value(action, &params, false, false).await
    }

    /// Call any action with a typed request and response defined outside the
    /// specs (the response is the `Response` object's content).
    pub async fn call_typed<Req, Resp>(&self, action: &str, request: &Req) -> Result<Resp, Error>
    where
        Req: Serialize + ?Sized,
        Resp: Decode,
    {
        let body = serialize(action, request)?;
        let idempotent = has_client_token(&body);
        let response = self
            .send(
                action,
                None,
                is_repeatable(action, idempotent),
                false,
                body,
                None,
            )
            .await?;
        self.decode(action, &response)
    }

    /// The generic JSON call; `sensitive` keeps the body out of decode errors
    /// (credential responses).
    pub(crate) async fn call_value(
        &self,
        action: &str,
        params: &serde_json::Value,
        skip_sign: bool,
        sensitive: bool,
    ) -> Result<serde_json::Value, Error> {
        let body = serialize(action, params)?;
        let idempotent = params.get("ClientToken").is_some();
        let response = self
            .send(
                action,
                None,
                is_repeatable(action, idempotent),
                skip_sign,
                body,
                None,
            )
            .await?;
        let decode_error = |message: &str| {
            Error::Decode(Box::new(DecodeError {
                message: message.to_string(),
                request_id: response
                    .request_id
                    .clone()
                    .or_else(|| scan_request_id(&response.body))
                    .or_else(|| response.header_request_id.clone()),
                body_snippet: if sensitive {
                    String::new()
                } else {
                    snippet(&response.body, 200)
                },
                drift: Vec::new(),
                http_status: Some(response.status),
            }))
        };
        let value: serde_json::Value = serde_json::from_slice(&response.body).map_err(|e| {
            decode_error(&if sensitive {
                format!(
                    "the body is not JSON (line {}, column {})",
                    e.line(),
                    e.column()
                )
            } else {
                e.to_string()
            })
        })?;
        match value {
            serde_json::Value::Object(mut m) => match m.remove("Response") {
                Some(r @ serde_json::Value::Object(_)) => {
                    if response.request_id.is_none() {
                        let id = r.get("RequestId").and_then(|v| v.as_str());
                        if let Some(id) = id.or(response.header_request_id.as_deref()) {
                            response.span.record("request_id", id);
                        }
                    }
                    Ok(r)
                }
                _ => Err(decode_error("the body has no `Response` object")),
            },
            _ => Err(decode_error("the body is not a JSON object")),
        }
    }

    fn decode<Resp: Decode>(&self, action: &str, response: &RawResponse) -> Result<Resp, Error> {
        // Compiled once per response type: kept to one call and a match.
        let mut slot: Option<Resp> = None;
        match self.decode_into(action, response, &mut slot) {
            Ok(()) => match slot {
                Some(value) => Ok(value),
                None => Err(unfilled()),
            },
            Err(e) => Err(e),
        }
    }

    /// The part of decoding that does not depend on the response type:
    /// fails unless `slot` was filled (`decode_response_into` checks).
    fn decode_into(
        &self,
        action: &str,
        response: &RawResponse,
        slot: &mut dyn de::Slot,
    ) -> Result<(), Error> {
        let mode = self.inner.config.decode_mode();
        // The body's `RequestId` when classifying did not need to find it
        // (it was not the last member and the header had none): the
        // decode's one pass reads it.
        let mut captured = None;
        let decoded = crate::de::with_sensitive(self.inner.sensitive, || {
            de::decode_response_with_id(&response.body, mode, slot, &mut captured)
        });
        let request_id = match (&response.request_id, &captured) {
            (Some(id), _) => Some(id.as_str()),
            (None, found) => {
                let id = found.as_deref().or(response.header_request_id.as_deref());
                if let Some(id) = id {
                    response.span.record("request_id", id);
                }
                id
            }
        };
        match decoded {
            Ok(drift) => {
                for d in drift
                    .iter()
                    .filter(|d| d.kind != de::DriftKind::UnknownMember)
                {
                    tracing::warn!(
                        service = %self.inner.service,
                        action,
                        request_id = %request_id.unwrap_or(""),
                        "tencentcloud: response drift: {d}"
                    );
                }
                Ok(())
            }
            Err(e) => Err(self.decode_error(response, request_id, &e.message, e.drift)),
        }
    }

    fn decode_error(
        &self,
        response: &RawResponse,
        request_id: Option<&str>,
        message: &str,
        drift: Vec<de::Drift>,
    ) -> Error {
        Error::Decode(Box::new(DecodeError {
            message: message.to_string(),
            // The decode may have failed before reaching `RequestId`.
            request_id: request_id
                .map(str::to_string)
                .or_else(|| scan_request_id(&response.body))
                .or_else(|| response.header_request_id.clone()),
            body_snippet: redacted_snippet(&response.body, 200, self.inner.sensitive),
            drift,
            http_status: Some(response.status),
        }))
    }

    /// Sign and send with retries; returns a successful (non-error) body.
    /// `options` are the call's own settings, over the config's.
    /// `static_action` is `action` when it lives as long as the program (a
    /// generated action's name), so that its header needs no copy.
    #[allow(clippy::too_many_arguments)]
    async fn send(
        &self,
        action: &str,
        static_action: Option<&'static str>,
        repeatable: bool,
        skip_sign: bool,
        body: Vec<u8>,
        options: Option<&CallOptions>,
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
            if let Some(message) = options.and_then(|o| o.invalid.as_deref()) {
                return Err(Error::invalid_request(message.to_string()));
            }
            let regional;
            let target = match options.and_then(|o| o.region.as_ref()) {
                // The host names the region: this call's region goes there too.
                Some((region, _)) if self.regional_host() => {
                    regional = self.target_in(region);
                    &regional
                }
                _ => &inner.target,
            }
            .as_ref()
            .map_err(|e| Error::invalid_request(e.clone()))?;
            check_name("action name", action, b"")
                .map_err(Error::invalid_request)?;
            let action_header = match static_action {
                // Checked above: letters and digits only.
                Some(name) if name == action => HeaderValue::from_static(name),
                _ => HeaderValue::from_str(action).map_err(|_| {
                    Error::invalid_request(format!("invalid action name {action:?}"))
                })?,
            };
            let config = &inner.config;
            let retry = options
                .and_then(|o| o.retry.as_ref())
                .unwrap_or_else(|| config.retry());
            let operation_timeout = options
                .and_then(|o| o.operation_timeout)
                .or_else(|| config.operation_timeout());
            let call = Call {
                target,
                action,
                action_header: &action_header,
                skip_sign,
                region: options
                    .and_then(|o| o.region.as_ref().map(|(_, v)| v))
                    .or(inner.region.as_ref()),
                language: options
                    .and_then(|o| o.language.as_ref())
                    .or(inner.language.as_ref()),
                headers: options.map(|o| &o.headers).filter(|h| !h.is_empty()),
                request_timeout: options
                    .and_then(|o| o.request_timeout)
                    .unwrap_or_else(|| config.request_timeout()),
            };
            let started = Instant::now();
            let deadline = operation_timeout.map(|t| started + t);
            let body = bytes::Bytes::from(body);
            let mut attempt = 1u32;
            // Tokens this call's retries took from the client-wide budget.
            let mut taken = 0u32;
            loop {
                tracing::Span::current().record("attempt", attempt);
                let one = self.attempt(&call, attempt, body.clone());
                let result = match deadline {
                    Some(d) => tokio::time::timeout_at(d.into(), one)
                        .await
                        .unwrap_or_else(|_| {
                            Err(timeout("operation", operation_timeout.unwrap_or_default()))
                        }),
                    None => one.await,
                };
                let request_id = match &result {
                    Ok(r) => r.request_id.as_deref(),
                    Err(e) => e.request_id().filter(|id| !id.is_empty()),
                };
                if let Some(id) = request_id {
                    tracing::Span::current().record("request_id", id);
                }
                let error = match &result {
                    Ok(r) => {
                        tracing::debug!(attempt, status = r.status, "tencentcloud: call succeeded");
                        config.0.retry_budget.give_back(taken.max(1));
                        return result;
                    }
                    Err(e) => e,
                };
                let attempts_left = attempt < retry.max_attempts.max(1);
                if !attempts_left || !is_retryable(error, repeatable) {
                    tracing::debug!(attempt, error = %error, code = error.code(), "tencentcloud: call failed");
                    return result;
                }
                let delay = retry.backoff(attempt);
                let past_budget = started.elapsed() + delay > retry.max_elapsed
                    || deadline.is_some_and(|d| Instant::now() + delay >= d);
                if past_budget {
                    tracing::debug!(attempt, error = %error, code = error.code(), "tencentcloud: call failed; no time left to retry");
                    return result;
                }
                let cost = if error.is_timeout() {
                    retry.timeout_retry_cost
                } else {
                    retry.retry_cost
                };
                if !config.0.retry_budget.try_take(cost) {
                    tracing::debug!(attempt, error = %error, code = error.code(), "tencentcloud: call failed; the client's retry budget is spent");
                    return result;
                }
                taken = taken.saturating_add(cost);
                tracing::debug!(
                    attempt,
                    retry_in_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                    error = %error,
                    code = error.code(),
                    "tencentcloud: attempt failed, retrying"
                );
                tokio::time::sleep(delay).await;
                attempt += 1;
            }
        }
        .instrument(span.clone())
        .await
        .map(|mut raw| {
            raw.span = span;
            raw
        })
        .map_err(|e| e.in_call(&inner.service, action))
    }

    /// Whether the endpoint is derived from the region (then a call to
    /// another region goes to another host).
    fn regional_host(&self) -> bool {
        let config = &self.inner.config;
        matches!(config.endpoint(), Endpoint::Regional)
            && config.service_endpoint(&self.inner.service).is_none()
            && config.service_endpoint(&self.inner.prefix).is_none()
    }

    /// The target of this client's service in `region`.
    fn target_in(&self, region: &str) -> Result<Target, String> {
        let prefix = &self.inner.prefix;
        parse_endpoint(&format!("https://{prefix}.{region}.tencentcloudapi.com/")).map(Target::new)
    }

    /// The `Authorization` header, reusing the derived key while the date
    /// and the secret key stay the same.
    fn authorization(&self, credential: &Credential, input: &SigningInput<'_>) -> String {
        let service = self.inner.service.as_str();
        let timestamp = input.timestamp;
        let cached = {
            let slot = self
                .inner
                .signing_key
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            match &*slot {
                Some(pair)
                    if pair.0.secret_key() == credential.secret_key()
                        && pair.1.matches(timestamp, service) =>
                {
                    Some(pair.clone())
                }
                _ => None,
            }
        };
        let pair = match cached {
            Some(pair) => pair,
            None => {
                let k = SigningKey::derive(credential.secret_key(), timestamp, service);
                let pair = Arc::new((credential.clone(), k));
                *self
                    .inner
                    .signing_key
                    .lock()
                    .unwrap_or_else(|p| p.into_inner()) = Some(pair.clone());
                pair
            }
        };
        let key = &pair.1;
        key.authorization(input)
    }

    /// Sign `headers`: `Content-Type`, `Host`, and every header the call or
    /// an interceptor added (any name the SDK does not set itself).
    async fn sign(
        &self,
        call: &Call<'_>,
        timestamp: i64,
        headers: &mut HeaderMap,
        body: &[u8],
    ) -> Result<(), Error> {
        let config = &self.inner.config;
        let provider = config.credentials().ok_or_else(|| {
            Error::Credentials(Box::new(CredentialsError::not_found(
                "no credentials configured: set them with Config::builder().credentials(...), \
                 or load them with ConfigLoader / Config::from_env()",
            )))
        })?;
        let credential = provider
            .get()
            .await
            .map_err(|e| Error::Credentials(Box::new(e)))?;
        credential
            .validate()
            .map_err(|e| Error::Credentials(Box::new(e)))?;
        let fixed = [
            ("content-type", "application/json"),
            ("host", call.target.host.as_str()),
        ];
        let mut extra: Vec<(&str, &str)> = Vec::new();
        for (name, value) in headers.iter() {
            if is_signed_extra(name.as_str()) {
                let value = value.to_str().map_err(|_| {
                    Error::invalid_request(format!(
                        "the header {name} has a value that is not visible ASCII"
                    ))
                })?;
                extra.push((name.as_str(), value));
            }
        }
        let signed: &[(&str, &str)] = if extra.is_empty() {
            &fixed
        } else {
            extra.extend_from_slice(&fixed);
            &extra
        };
        let input = SigningInput {
            secret_id: credential.secret_id(),
            secret_key: credential.secret_key(),
            service: self.inner.service.as_str(),
            timestamp,
            method: "POST",
            query: "",
            headers: signed,
            payload: body,
        };
        let authorization = self.authorization(&credential, &input);
        let mut value = HeaderValue::try_from(authorization).map_err(|_| {
            Error::Credentials(Box::new(CredentialsError::invalid(
                "the secret id cannot be sent in an HTTP header",
            )))
        })?;
        value.set_sensitive(true);
        headers.insert(AUTHORIZATION, value);
        if let Some(token) = credential.token() {
            let mut value = HeaderValue::from_str(token).map_err(|_| {
                Error::Credentials(Box::new(CredentialsError::invalid(
                    "the session token cannot be sent in an HTTP header",
                )))
            })?;
            value.set_sensitive(true);
            headers.insert(HeaderName::from_static("x-tc-token"), value);
        }
        Ok(())
    }

    /// One signed attempt.
    async fn attempt(
        &self,
        call: &Call<'_>,
        attempt: u32,
        body: bytes::Bytes,
    ) -> Result<RawResponse, Error> {
        let inner = &*self.inner;
        let config = &inner.config;
        // The client-side rate limit (off by default), before signing: the
        // wait may be long, and counts toward the operation timeout.
        if let Some(limiter) = &config.0.rate_limiter {
            limiter.acquire(&inner.service, call.action).await;
        }
        let interceptors = &config.0.interceptors[..];
        let info = AttemptInfo {
            service: &inner.service,
            action: call.action,
            attempt,
        };
        let offset = config.clock_offset_secs();
        let timestamp = config.0.time.unix_secs().saturating_add(offset);
        // Room for the SDK's headers and the HTTP client's defaults
        // (`User-Agent`, `Accept`): the map never grows during a call.
        let mut headers = HeaderMap::with_capacity(16);
        headers.insert(
            HeaderName::from_static("x-tc-action"),
            call.action_header.clone(),
        );
        headers.insert(
            HeaderName::from_static("x-tc-version"),
            inner.version.clone(),
        );
        headers.insert(
            HeaderName::from_static("x-tc-timestamp"),
            HeaderValue::from(timestamp),
        );
        headers.insert(
            HeaderName::from_static("x-tc-requestclient"),
            inner.request_client.clone(),
        );
        if let Some(region) = call.region {
            headers.insert(HeaderName::from_static("x-tc-region"), region.clone());
        }
        if let Some(lang) = call.language {
            headers.insert(HeaderName::from_static("x-tc-language"), lang.clone());
        }
        if let Some(extra) = call.headers {
            for (name, value) in extra {
                headers.insert(name.clone(), value.clone());
            }
        }
        if !interceptors.is_empty() {
            let mut before = BeforeSigning {
                info,
                headers: &mut headers,
                body: &body,
            };
            for i in interceptors {
                i.before_signing(&mut before);
            }
            // The SDK's own headers are set after the hooks, over theirs.
            for reserved in ["authorization", "host", "content-length", "x-tc-token"] {
                headers.remove(reserved);
            }
        }
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if call.skip_sign {
            headers.insert(AUTHORIZATION, HeaderValue::from_static("SKIP"));
        } else {
            self.sign(call, timestamp, &mut headers, &body).await?;
        }
        for i in interceptors {
            i.after_signing(&AfterSigning {
                info,
                url: call.target.url.as_str(),
                headers: &headers,
                body: &body,
            });
        }
        let sent = Instant::now();
        let exchange = self.exchange(call, headers, body);
        let outcome = tokio::time::timeout(call.request_timeout, exchange)
            .await
            .map_err(|_| timeout("request", call.request_timeout))
            .and_then(|r| r);
        let (meta, body) = match outcome {
            Ok(exchanged) => exchanged,
            Err(e) => {
                for i in interceptors {
                    i.attempt_failed(&info, &e);
                }
                return Err(e);
            }
        };
        let mut classified = classify(
            &meta,
            &body,
            &inner.service,
            call.action,
            inner.describe_error,
            (timestamp, offset),
        );
        if let Err(Error::HttpStatus(h)) = &mut classified {
            if !inner.sensitive.is_empty() {
                h.body_snippet = redacted_snippet(&body, 200, inner.sensitive);
            }
        }
        if !interceptors.is_empty() {
            // Classifying a success leaves a `RequestId` that is not the
            // body's last member to the decode; the hooks see it now.
            let scanned;
            let after = AfterResponse {
                info,
                status: meta.status,
                headers: &meta.headers,
                body: &body,
                request_id: match &classified {
                    Ok(Some(id)) => Some(id.as_str()),
                    Ok(None) => {
                        scanned = scan_request_id(&body);
                        scanned.as_deref().or(meta.request_id.as_deref())
                    }
                    Err(e) => e.request_id().filter(|id| !id.is_empty()),
                },
                duration: sent.elapsed(),
            };
            for i in interceptors {
                i.after_response(&after);
            }
        }
        classified.map(|request_id| RawResponse {
            body,
            request_id,
            header_request_id: meta.request_id,
            status: meta.status,
            headers: meta.headers,
            span: tracing::Span::none(),
        })
    }

    /// Send one signed request and read the whole response, through the
    /// config's connector or its HTTP client.
    async fn exchange(
        &self,
        call: &Call<'_>,
        headers: HeaderMap,
        body: bytes::Bytes,
    ) -> Result<(ResponseMeta, bytes::Bytes), Error> {
        let config = &self.inner.config;
        let max = config.0.max_response_bytes;
        let host = call.target.host.as_str();
        let (status, headers, body) = match &config.0.connector {
            Some(connector) => {
                let mut request = http::Request::new(body);
                *request.method_mut() = http::Method::POST;
                *request.uri_mut() =
                    http::Uri::try_from(call.target.url.as_str()).map_err(|e| {
                        Error::invalid_request(format!("endpoint {}: {e}", call.target.url))
                    })?;
                *request.headers_mut() = headers;
                if let Ok(h) = HeaderValue::from_str(host) {
                    request.headers_mut().insert(http::header::HOST, h);
                }
                let response = connector
                    .call(request)
                    .await
                    .map_err(|e| connector_error(e, call.request_timeout))?;
                let (parts, body) = response.into_parts();
                if body.len() > max {
                    return Err(too_large(max, parts.status.as_u16(), None));
                }
                (parts.status.as_u16(), parts.headers, body)
            }
            None => {
                // The request is built whole rather than through reqwest's
                // builder, which would copy every header into a map of its
                // own (growing it from empty) on each call.
                let mut request =
                    reqwest::Request::new(http::Method::POST, call.target.url.clone());
                *request.headers_mut() = headers;
                *request.body_mut() = Some(reqwest::Body::from(body));
                let mut response = config
                    .0
                    .http
                    .execute(request)
                    .await
                    .map_err(|e| transport(e, call.request_timeout, config, host))?;
                let status = response.status().as_u16();
                let headers = std::mem::take(response.headers_mut());
                let body = read_body(response, max).await.map_err(|e| match e {
                    BodyError::Transport(e) => transport(e, call.request_timeout, config, host),
                    BodyError::TooLarge => too_large(max, status, None),
                })?;
                (status, headers, body)
            }
        };
        let request_id = headers
            .get("x-tc-requestid")
            .and_then(|v| v.to_str().ok())
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let server_time = headers
            .get(http::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|s| httpdate::parse_http_date(s).ok())
            .map(crate::time::unix_secs);
        Ok((
            ResponseMeta {
                status,
                request_id,
                server_time,
                headers,
            },
            body,
        ))
    }
}

/// What one call sends at each attempt, settled before the first.
struct Call<'a> {
    target: &'a Target,
    action: &'a str,
    action_header: &'a HeaderValue,
    skip_sign: bool,
    region: Option<&'a HeaderValue>,
    language: Option<&'a HeaderValue>,
    /// The call's extra headers, if any.
    headers: Option<&'a HeaderMap>,
    request_timeout: Duration,
}

/// Headers signed besides `Content-Type` and `Host`: all but the SDK's own.
fn is_signed_extra(name: &str) -> bool {
    !(name.starts_with("x-tc-") || is_reserved_header(name))
}

fn too_large(max: usize, status: u16, request_id: Option<String>) -> Error {
    Error::Decode(Box::new(DecodeError {
        message: format!("the response body is larger than {max} bytes"),
        request_id,
        body_snippet: String::new(),
        drift: Vec::new(),
        http_status: Some(status),
    }))
}

fn connector_error(e: ConnectorError, request_timeout: Duration) -> Error {
    let (kind, message, source) = e.into_parts();
    match kind {
        ConnectorErrorKind::TimedOut => timeout("request", request_timeout),
        kind => Error::Transport(Box::new(TransportError {
            call: String::new(),
            message,
            before_send: kind == ConnectorErrorKind::NotSent,
            source,
        })),
    }
}

/// `decode_into` succeeded without filling the slot: cannot happen, but
/// is an error rather than a panic.
#[cold]
fn unfilled() -> Error {
    Error::Decode(Box::new(DecodeError {
        message: "the body has no `Response` object".to_string(),
        request_id: None,
        body_snippet: String::new(),
        drift: Vec::new(),
        http_status: None,
    }))
}

fn to_body(action: &str, request: &dyn crate::ser::Value) -> Result<Vec<u8>, Error> {
    crate::ser::to_json(request)
        .map_err(|e| Error::invalid_request(format!("{action}: cannot serialize the request: {e}")))
}

fn serialize<Req: Serialize + ?Sized>(action: &str, request: &Req) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(request)
        .map_err(|e| Error::invalid_request(format!("{action}: cannot serialize the request: {e}")))
}

/// Whether a serialized request has a top-level `ClientToken`.
fn has_client_token(body: &[u8]) -> bool {
    if memchr::memmem::find(body, b"\"ClientToken\"").is_none() {
        return false;
    }
    serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(body)
        .is_ok_and(|m| m.contains_key("ClientToken"))
}

fn timeout(what: &'static str, after: Duration) -> Error {
    Error::Timeout(Box::new(TimeoutError {
        call: String::new(),
        what,
        after,
    }))
}

struct ResponseMeta {
    status: u16,
    /// From the `X-TC-RequestId` header.
    request_id: Option<String>,
    server_time: Option<i64>,
    headers: HeaderMap,
}

enum BodyError {
    Transport(reqwest::Error),
    TooLarge,
}

async fn read_body(mut response: reqwest::Response, max: usize) -> Result<bytes::Bytes, BodyError> {
    let hint = response
        .content_length()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(0);
    if hint > max {
        return Err(BodyError::TooLarge);
    }
    let mut buf = bytes::BytesMut::with_capacity(hint.min(1 << 20));
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        if buf.len() + chunk.len() > max {
            return Err(BodyError::TooLarge);
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf.freeze())
}

/// A successful response's bytes, before decoding (crate-internal).
#[derive(Debug)]
pub(crate) struct RawResponse {
    body: bytes::Bytes,
    /// The body's `RequestId` when classifying found it (`None` until
    /// decoded when only the decode can find it).
    request_id: Option<String>,
    /// From the `X-TC-RequestId` header: when the body has none.
    header_request_id: Option<String>,
    status: u16,
    headers: HeaderMap,
    /// The call's span, to record the `RequestId` the decode finds.
    span: tracing::Span,
}

impl RawResponse {
    /// The HTTP response, for [`ResponseFuture::with_raw`].
    pub(crate) fn into_http(self) -> HttpResponse {
        let mut response = http::Response::new(self.body);
        *response.status_mut() =
            http::StatusCode::from_u16(self.status).unwrap_or(http::StatusCode::OK);
        *response.headers_mut() = self.headers;
        response
    }
}

#[doc(hidden)]
/// A 200 response's body through what a call does with it, without the
/// network or a client: classifying (error envelope, a trailing
/// `RequestId`), then the typed decode (which reads any other
/// `RequestId`). The value and the `RequestId` the call would report; for
/// benchmarks and tests.
pub fn read_success_body<Resp: Decode>(
    body: &[u8],
    mode: de::Mode,
) -> Result<(Resp, Option<String>), Error> {
    let meta = ResponseMeta {
        status: 200,
        request_id: None,
        server_time: None,
        headers: HeaderMap::new(),
    };
    let classified = classify(&meta, body, "", "", None, (0, 0))?;
    let mut slot: Option<Resp> = None;
    let mut captured = None;
    let decoded = de::decode_response_with_id(body, mode, &mut slot, &mut captured);
    let request_id = classified.or(captured);
    match (decoded, slot) {
        (Ok(_), Some(value)) => Ok((value, request_id)),
        (Ok(_), None) => Err(unfilled()),
        (Err(e), _) => Err(Error::Decode(Box::new(DecodeError {
            message: e.message,
            request_id,
            body_snippet: String::new(),
            drift: e.drift,
            http_status: Some(200),
        }))),
    }
}

/// Find a Tencent error envelope in any body; decide between service error,
/// HTTP status error and success. `signed` is the (timestamp, offset) the
/// request was signed with, for clock-skew hints.
fn classify(
    meta: &ResponseMeta,
    body: &[u8],
    service: &str,
    action: &str,
    describe_error: Option<fn(&str) -> Option<&'static str>>,
    signed: (i64, i64),
) -> Result<Option<String>, Error> {
    let status = meta.status;
    let success_status = (200..300).contains(&status);
    // Only a body that mentions "Error" (maybe with a letter escaped) can
    // hold an error envelope: skip the probe parse on the (large) success
    // path.
    let probe = if !success_status || may_have_member(body, searcher(&ERROR_KEY, b"\"Error\"")) {
        probe_envelope(body)
    } else {
        None
    };
    let request_id = |p: &Option<Probe>| {
        p.as_ref()
            .and_then(|p| p.request_id.clone())
            .or_else(|| meta.request_id.clone())
    };
    if let Some(Probe {
        error: Some((code, message)),
        ..
    }) = &probe
    {
        let clock = (code == "AuthFailure.SignatureExpire").then_some(ClockSkew {
            signed_at: signed.0,
            offset: signed.1,
            server_time: meta.server_time,
        });
        return Err(Error::Service(Box::new(ServiceError {
            code: code.clone(),
            message: message.clone(),
            request_id: request_id(&probe).unwrap_or_default(),
            http_status: status,
            service: intern(service),
            action: intern(action),
            describe: describe_error,
            clock,
        })));
    }
    if !success_status {
        return Err(Error::HttpStatus(Box::new(HttpStatusError {
            status,
            request_id: request_id(&probe),
            body_snippet: snippet(body, 200),
        })));
    }
    // Without a probe, `RequestId` is read here only when it is the last
    // member (found from the end, no parse); elsewhere the typed decode's
    // single pass reads it, so no member order costs a second parse.
    // The header's is the last resort, after the decode (the body's counts
    // first, wherever it stands).
    Ok(match &probe {
        Some(p) => p.request_id.clone().or_else(|| meta.request_id.clone()),
        None => trailing_request_id(body),
    })
}

/// Substring searchers of the member names classifying looks for, built
/// once: building one costs more than searching a small body.
static ERROR_KEY: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
static REQUEST_ID_KEY: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
static REQUEST_ID_KEY_FROM_END: OnceLock<memchr::memmem::FinderRev<'static>> = OnceLock::new();

fn searcher(
    cell: &'static OnceLock<memchr::memmem::Finder<'static>>,
    needle: &'static [u8],
) -> &'static memchr::memmem::Finder<'static> {
    cell.get_or_init(|| memchr::memmem::Finder::new(needle))
}

/// Whether `body` may have a member whose name (with its quotes: `"Error"`)
/// `key` searches for: written as is and followed by `:` (so a string value
/// such as `"Status": "Error"` does not count), or with letters spelled as
/// `\u00XX` escapes, which JSON allows and every parser reads as the same
/// name. A filter before a parse: a false positive only costs the parse.
fn may_have_member(body: &[u8], key: &memchr::memmem::Finder<'_>) -> bool {
    let len = key.needle().len();
    key.find_iter(body)
        .any(|at| body[at + len..].iter().find(|b| !b.is_ascii_whitespace()) == Some(&b':'))
        || has_letter_escape(body)
}

/// Whether `body` has a `\u00XX` escape of an ASCII letter. Servers escape
/// control characters and `<`, `>`, `&`, not letters: this is rare.
fn has_letter_escape(body: &[u8]) -> bool {
    let hex = |i: usize| body.get(i).and_then(|&b| char::from(b).to_digit(16));
    memchr::memchr_iter(b'\\', body).any(|i| {
        body.get(i + 1..i + 4) == Some(b"u00")
            && match (hex(i + 4), hex(i + 5)) {
                (Some(h), Some(l)) => char::from((h * 16 + l) as u8).is_ascii_alphabetic(),
                _ => false,
            }
    })
}

/// `Response.RequestId` when it is the last member of the envelope, as the
/// service writes it (`{"Response": {..., "RequestId": "..."}}`): found
/// from the end of the body without parsing the rest.
///
/// The body must start with `{"Response":` and end with `"RequestId":
/// "<text without escapes>"}}`, the key after `{` or `,`. That is sound for
/// every body whose last root member is `Response` (of duplicate members
/// the last counts, as in decoding); one whose root has a member after
/// `Response` ending in its own `RequestId` would be misread, and no service
/// writes members after `Response` (ruling it out would take a parse of
/// every success body). Otherwise `None`, and the typed decode reads it.
fn trailing_request_id(body: &[u8]) -> Option<String> {
    const TRAILER_WINDOW: usize = 512;
    let skip_ws = |s: &[u8]| -> usize { s.iter().take_while(|b| b.is_ascii_whitespace()).count() };
    // `{"Response":`
    let mut k = skip_ws(body);
    if body.get(k) != Some(&b'{') {
        return None;
    }
    k += 1;
    k += skip_ws(&body[k..]);
    if !body[k..].starts_with(b"\"Response\"") {
        return None;
    }
    k += b"\"Response\"".len();
    k += skip_ws(&body[k..]);
    if body.get(k) != Some(&b':') {
        return None;
    }
    // Looked for in the tail only: a search from the end through a large
    // body whose `RequestId` is first would cost more than the decode's
    // capture of it (an id longer than this, or much whitespace, is left to
    // the decode too).
    let tail = body.len().saturating_sub(TRAILER_WINDOW);
    let from_end =
        REQUEST_ID_KEY_FROM_END.get_or_init(|| memchr::memmem::FinderRev::new(b"\"RequestId\""));
    let at = tail + from_end.rfind(&body[tail..])?;
    // A key: its quote follows `{` or `,` (after a backslash, `"RequestId"`
    // would be the end of another key, `"\"RequestId"`).
    if !matches!(
        body[..at].iter().rev().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b',')
    ) {
        return None;
    }
    let rest = &body[at + b"\"RequestId\"".len()..];
    let mut i = skip_ws(rest);
    if rest.get(i) != Some(&b':') {
        return None;
    }
    i += 1;
    i += skip_ws(&rest[i..]);
    if rest.get(i) != Some(&b'"') {
        return None;
    }
    i += 1;
    let len = rest[i..].iter().position(|&b| b == b'"' || b == b'\\')?;
    if rest[i + len] != b'"' {
        return None;
    }
    let value = &rest[i..i + len];
    // It must close `Response` and then the body.
    let mut j = i + len + 1;
    for _ in 0..2 {
        j += skip_ws(&rest[j..]);
        if rest.get(j) != Some(&b'}') {
            return None;
        }
        j += 1;
    }
    j += skip_ws(&rest[j..]);
    if j != rest.len() {
        return None;
    }
    std::str::from_utf8(value)
        .ok()
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// `Response.RequestId` wherever it is (the rare body where it is not last,
/// or not written plainly): the probe, which skips every other member
/// without building it.
fn scan_request_id(body: &[u8]) -> Option<String> {
    if !may_have_member(body, searcher(&REQUEST_ID_KEY, b"\"RequestId\"")) {
        return None;
    }
    probe_envelope(body).and_then(|p| p.request_id)
}

/// A header value every call of a client sends, made so that cloning it
/// costs no atomic count: tasks on every worker thread clone these on each
/// call, and a shared count is a cache line they would fight over. The text
/// is interned (few distinct values: versions, regions, languages); `None`
/// when it is not a valid header value.
fn shared_header(value: &str) -> Option<HeaderValue> {
    let checked = HeaderValue::from_str(value).ok()?;
    // `from_static` takes visible ASCII only (`from_str` also takes bytes
    // over 127); past the interning bound `intern` gives "".
    match intern(value) {
        s if value.is_ascii() && s == value => Some(HeaderValue::from_static(s)),
        _ => Some(checked),
    }
}

/// Service and action names live as long as the program in practice (they
/// come from generated statics); generic calls intern theirs once. Bounded:
/// past a few thousand distinct names, new ones are no longer interned.
fn intern(s: &str) -> &'static str {
    use std::collections::HashSet;
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut set = NAMES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if let Some(n) = set.get(s) {
        return n;
    }
    if set.len() >= 4096 {
        return "";
    }
    let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
    set.insert(leaked);
    leaked
}

struct Probe {
    error: Option<(String, String)>,
    request_id: Option<String>,
}

impl Probe {
    /// A `Response` that is not an object: neither error nor `RequestId`.
    const NOTHING: Option<Probe> = Some(Probe {
        error: None,
        request_id: None,
    });
}

impl ServiceError {
    /// The service error a response body of `action` holds, read exactly as
    /// a call reads it (`Response.Error` an object with a string `Code`;
    /// a success response may have an ordinary member named `Error`), or
    /// `None` when the body holds none. For replaying recorded responses
    /// and for tests; the HTTP status is taken as 200.
    ///
    /// ```
    /// use tencentcloud_runtime::{ServiceError, ServiceInfo};
    /// static CVM: ServiceInfo = ServiceInfo {
    ///     name: "cvm", version: "2017-03-12", endpoint_prefix: "cvm", describe_error: None, sensitive: &[],
    /// };
    /// let body = br#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"bad"},"RequestId":"r-1"}}"#;
    /// let e = ServiceError::from_body(body, &CVM, "DescribeZones").unwrap();
    /// assert_eq!((e.code(), e.message(), e.request_id()), ("InvalidParameter", "bad", "r-1"));
    /// assert!(ServiceError::from_body(br#"{"Response":{"Error":"none","RequestId":"r"}}"#, &CVM, "X").is_none());
    /// ```
    pub fn from_body(body: &[u8], service: &ServiceInfo, action: &str) -> Option<ServiceError> {
        let probe = probe_envelope(body)?;
        let (code, message) = probe.error?;
        Some(ServiceError {
            code,
            message,
            request_id: probe.request_id.unwrap_or_default(),
            http_status: 200,
            service: intern(service.name),
            action: intern(action),
            describe: service.describe_error,
            clock: None,
        })
    }
}

/// Read `Response.Error.{Code,Message}` and `Response.RequestId` in one pass
/// that builds nothing else (every other member is skipped as
/// `IgnoredAny`). `Error` counts only if it is an object with a string
/// `Code`. Of duplicate members (`Response` included) the last counts, as
/// in decoding. `None` when the body is not a JSON object in UTF-8 (as the
/// decoder requires: skipped members are not checked otherwise), or has no
/// `Response` (or a `null` one).
fn probe_envelope(body: &[u8]) -> Option<Probe> {
    let text = std::str::from_utf8(body).ok()?;
    let mut json = serde_json::Deserializer::from_str(text);
    let probe = serde::Deserializer::deserialize_map(&mut json, EnvelopeProbe).ok()?;
    json.end().ok()?;
    probe
}

/// The envelope: `Response`, and any other member skipped.
struct EnvelopeProbe;

impl<'de> serde::de::Visitor<'de> for EnvelopeProbe {
    type Value = Option<Probe>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut probe = None;
        while let Some(key) = map.next_key::<de::Key<'de>>()? {
            if key.as_str() == "Response" {
                probe = map.next_value_seed(ResponseProbe)?;
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(probe)
    }
}

/// `Response`: its `Error` and `RequestId`; any other value is a `Response`
/// without them (`null` none at all).
struct ResponseProbe;

impl<'de> serde::de::DeserializeSeed<'de> for ResponseProbe {
    type Value = Option<Probe>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for ResponseProbe {
    type Value = Option<Probe>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the Response object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut probe = Probe {
            error: None,
            request_id: None,
        };
        while let Some(key) = map.next_key::<de::Key<'de>>()? {
            match key.as_str() {
                "Error" => {
                    let e: serde_json::Value = map.next_value()?;
                    probe.error = e.get("Code").and_then(|c| c.as_str()).map(|code| {
                        let message = e.get("Message").and_then(|m| m.as_str()).unwrap_or("");
                        (code.to_string(), message.to_string())
                    });
                }
                "RequestId" => {
                    probe.request_id = map.next_value::<TextOrSkip>()?.0.filter(|s| !s.is_empty());
                }
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Some(probe))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        de::drain_seq(seq)?;
        Ok(Probe::NOTHING)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Probe::NOTHING)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Probe::NOTHING)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Probe::NOTHING)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Probe::NOTHING)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Probe::NOTHING)
    }
}

/// A string, or `None` for any other value (skipped).
struct TextOrSkip(Option<String>);

impl<'de> serde::Deserialize<'de> for TextOrSkip {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = TextOrSkip;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, v: &str) -> Result<TextOrSkip, E> {
                Ok(TextOrSkip(Some(v.to_string())))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<TextOrSkip, A::Error> {
                de::drain_map(map)?;
                Ok(TextOrSkip(None))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<TextOrSkip, A::Error> {
                de::drain_seq(seq)?;
                Ok(TextOrSkip(None))
            }
            fn visit_unit<E>(self) -> Result<TextOrSkip, E> {
                Ok(TextOrSkip(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<TextOrSkip, E> {
                Ok(TextOrSkip(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<TextOrSkip, E> {
                Ok(TextOrSkip(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<TextOrSkip, E> {
                Ok(TextOrSkip(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<TextOrSkip, E> {
                Ok(TextOrSkip(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// Whether `e` (or a cause) says the request was never handed to the
/// connection: hyper's "canceled" (a pooled connection closed before the
/// request went out).
fn never_sent(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(e);
    while let Some(c) = cause {
        if let Some(h) = c.downcast_ref::<hyper::Error>() {
            if h.is_canceled() {
                return true;
            }
        }
        cause = c.source();
    }
    false
}

fn transport(e: reqwest::Error, request_timeout: Duration, config: &Config, host: &str) -> Error {
    if e.is_timeout() && e.is_connect() {
        return timeout("connect", config.connect_timeout());
    }
    if e.is_timeout() {
        return timeout("request", request_timeout);
    }
    let before_send = e.is_connect() || never_sent(&e);
    Error::Transport(Box::new(TransportError {
        call: String::new(),
        message: if e.is_connect() {
            format!("cannot connect to {host}")
        } else if before_send {
            format!("the connection to {host} closed before the request was sent")
        } else if e.is_body() || e.is_decode() {
            format!("the response body from {host} was cut off")
        } else {
            format!("the request to {host} failed")
        },
        before_send,
        source: Some(Box::new(e.without_url())),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_token_action_is_repeatable_only_when_the_request_sets_one() {
        let run = Action {
            name: "RunInstances",
            idempotent: true,
            skip_sign: false,
        };
        assert!(!run.repeatable_with(b"{}"));
        assert!(!run.repeatable_with(br#"{"ImageId":"img-ClientToken"}"#));
        assert!(run.repeatable_with(br#"{"ImageId":"i","ClientToken":"t-1"}"#));
        let terminate = Action {
            name: "TerminateInstances",
            idempotent: false,
            skip_sign: false,
        };
        assert!(!terminate.repeatable_with(br#"{"ClientToken":"t-1"}"#));
        let describe = Action {
            name: "DescribeInstances",
            idempotent: false,
            skip_sign: false,
        };
        assert!(describe.repeatable_with(b"{}"));
    }

    fn config(endpoint: Endpoint, region: Option<&str>) -> Config {
        let mut b = Config::builder().endpoint(endpoint);
        if let Some(r) = region {
            b = b.region(r);
        }
        b.build().unwrap()
    }

    #[test]
    fn endpoints() {
        let u = |e: Endpoint, r| {
            ServiceClient::generic(&config(e, r), "cwp", "2018-02-28")
                .url()
                .map(str::to_string)
        };
        assert_eq!(
            u(Endpoint::Default, None).unwrap(),
            "https://cwp.tencentcloudapi.com/"
        );
        assert_eq!(
            u(Endpoint::International, None).unwrap(),
            "https://cwp.intl.tencentcloudapi.com/"
        );
        assert_eq!(
            u(Endpoint::Regional, Some("ap-guangzhou")).unwrap(),
            "https://cwp.ap-guangzhou.tencentcloudapi.com/"
        );
        assert_eq!(
            u(
                Endpoint::RootDomain("internal.tencentcloudapi.com".into()),
                None
            )
            .unwrap(),
            "https://cwp.internal.tencentcloudapi.com/"
        );
        assert_eq!(
            u(Endpoint::Custom("http://127.0.0.1:9000".into()), None).unwrap(),
            "http://127.0.0.1:9000/"
        );
        assert_eq!(
            u(Endpoint::Custom("cwp.example.com".into()), None).unwrap(),
            "https://cwp.example.com/"
        );
        let per_service = Config::builder()
            .endpoint(Endpoint::International)
            .service_endpoint("cvm", "cvm.ap-shanghai-fsi.tencentcloudapi.com")
            .build()
            .unwrap();
        assert_eq!(
            ServiceClient::generic(&per_service, "cvm", "2017-03-12").url(),
            Some("https://cvm.ap-shanghai-fsi.tencentcloudapi.com/")
        );
        assert_eq!(
            ServiceClient::generic(&per_service, "cbs", "2017-03-12").url(),
            Some("https://cbs.intl.tencentcloudapi.com/")
        );
    }

    #[test]
    fn signed_host_has_the_port_only_when_not_default() {
        for (url, host) in [
            ("http://127.0.0.1:8080", "127.0.0.1:8080"),
            ("http://127.0.0.1:80", "127.0.0.1"),
            ("https://example.com:443/", "example.com"),
            ("https://example.com:8443/", "example.com:8443"),
            ("http://[::1]:9000", "[::1]:9000"),
        ] {
            let c = ServiceClient::generic(
                &config(Endpoint::Custom(url.into()), None),
                "cvm",
                "2017-03-12",
            );
            assert_eq!(c.inner.target.as_ref().unwrap().host, host, "{url}");
        }
    }

    #[tokio::test]
    async fn invalid_names_fail_before_sending() {
        let c = config(Endpoint::Custom("http://127.0.0.1:9".into()), None);
        for (svc, ver, action) in [
            ("cvm", "2017-03-12", "Describe Instances"),
            ("cvm", "2017-03-12", ""),
            ("c/vm", "2017-03-12", "DescribeInstances"),
            ("cvm", "2017-03-12\r\n", "DescribeInstances"),
        ] {
            let e = ServiceClient::generic(&c, svc, ver)
                .call_json(action, serde_json::json!({}))
                .await
                .unwrap_err();
            assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
        }
    }

    #[test]
    fn client_token_detection() {
        assert!(has_client_token(br#"{"ClientToken":"x","A":1}"#));
        assert!(!has_client_token(br#"{"A":{"ClientToken":"x"}}"#));
        assert!(!has_client_token(br#"{"A":1}"#));
    }

    fn meta(status: u16) -> ResponseMeta {
        ResponseMeta {
            status,
            request_id: None,
            server_time: None,
            headers: HeaderMap::new(),
        }
    }

    #[test]
    fn error_envelope_detected_whatever_the_status() {
        let body = br#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"bad"},"RequestId":"r1"}}"#;
        for status in [200, 400, 500] {
            let e = classify(&meta(status), body, "cwp", "A", None, (0, 0)).unwrap_err();
            let s = e.as_service_error().expect("service error");
            assert_eq!(s.code(), "AuthFailure.SignatureFailure");
            assert_eq!(s.request_id(), "r1");
            assert_eq!(s.http_status(), status);
            assert!(s.clock_skew().is_none());
        }
    }

    #[test]
    fn a_member_named_error_is_not_an_error() {
        let body = br#"{"Response":{"Error":"none","RequestId":"r2"}}"#;
        let ok = classify(&meta(200), body, "cwp", "A", None, (0, 0)).unwrap();
        assert_eq!(ok.as_deref(), Some("r2"));
        let body = br#"{"Response":{"Error":{"Detail":1},"RequestId":"r3"}}"#;
        assert!(classify(&meta(200), body, "cwp", "A", None, (0, 0)).is_ok());
        let body = br#"{"Response":{"Error":{"Code":5},"RequestId":"r3"}}"#;
        assert!(classify(&meta(200), body, "cwp", "A", None, (0, 0)).is_ok());
    }

    #[test]
    fn request_id_of_success_bodies() {
        let ok = |b: &'static [u8]| classify(&meta(200), b, "cvm", "A", None, (0, 0)).unwrap();
        assert_eq!(
            ok(br#"{"Response":{"A":1,"RequestId":"r1"}}"#).as_deref(),
            Some("r1")
        );
        assert_eq!(
            ok(b"{\"Response\": {\"A\": 1, \"RequestId\" : \"r2\" }\n}\n").as_deref(),
            Some("r2")
        );
        // Not last: classifying leaves it to the decode's one pass, and
        // parses nothing.
        let first = br#"{"Response":{"RequestId":"r3","A":[{"RequestId":"nested"}]}}"#;
        assert_eq!(ok(first), None);
        assert_eq!(success_id(first).as_deref(), Some("r3"));
        let middle = br#"{"Response":{"A":1,"RequestId":"r4","B":{"RequestId":"nested"}}}"#;
        assert_eq!(ok(middle), None);
        assert_eq!(success_id(middle).as_deref(), Some("r4"));
        assert_eq!(
            success_id(br#"{"Response":{"A":[{"RequestId":"nested"}]}}"#),
            None
        );
        assert_eq!(success_id(br#"{"Response":{"RequestId":5}}"#), None);
        // Escapes take the full parse, which unescapes.
        assert_eq!(
            success_id(br#"{"Response":{"RequestId":"esc\"aped"}}"#).as_deref(),
            Some("esc\"aped")
        );
        assert_eq!(success_id(b"not json"), None);
        // Last, but beyond the tail searched from the end: the decode finds it.
        let padded = format!(
            r#"{{"Response":{{"A":1,"RequestId":"r5"{}}}}}"#,
            " ".repeat(600)
        );
        assert_eq!(ok(padded.clone().leak().as_bytes()), None);
        assert_eq!(success_id(padded.as_bytes()).as_deref(), Some("r5"));
        assert_eq!(trailing_request_id(br#""RequestId""#), None);
        assert_eq!(trailing_request_id(br#""RequestId": "x"}"#), None);
    }

    #[test]
    fn status_without_envelope() {
        let mut m = meta(502);
        m.request_id = Some("hdr-id".into());
        let e = classify(&m, b"<html>bad gateway</html>", "cwp", "A", None, (0, 0)).unwrap_err();
        assert!(
            matches!(&e, Error::HttpStatus(h) if h.status() == 502),
            "{e:?}"
        );
        assert_eq!(e.request_id(), Some("hdr-id"));
    }

    #[test]
    fn signature_expire_says_the_clock_is_off() {
        let body = br#"{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"expired"},"RequestId":"r"}}"#;
        let mut m = meta(200);
        m.server_time = Some(1_700_000_600);
        let e = classify(
            &m,
            body,
            "cvm",
            "DescribeInstances",
            None,
            (1_700_000_000, 0),
        )
        .unwrap_err();
        let skew = *e.as_service_error().unwrap().clock_skew().unwrap();
        assert_eq!(skew.suggested_offset(), Some(600));
        let text = e.to_string();
        assert!(text.contains("local clock is likely off"), "{text}");
        assert!(text.contains("clock_offset_secs(600)"), "{text}");
        // Without a Date header, the advice is generic.
        let e = classify(&meta(200), body, "cvm", "A", None, (5, -3)).unwrap_err();
        let text = e.to_string();
        assert!(
            text.contains("local clock is likely off") && text.contains("-3 s"),
            "{text}"
        );
    }

    // Found by the fuzzer (`cargo run --release -p tencentcloud-conformance
    // --bin fuzz`), with its minimized inputs: the classification must read
    // a body as a JSON parser does (the last of duplicate members counts).

    mod reply {
        // The macro names the generated crates' `all-directions` feature.
        #![allow(unexpected_cfgs, dead_code)]
        /// A success response's model, as generated (for the decode's capture).
        #[derive(Default, Clone, PartialEq)]
        pub struct Reply {
            pub a: Option<i64>,
            pub request_id: Option<String>,
            pub unknown_fields: crate::UnknownFields,
        }
        crate::__model! {
            Reply "Reply", set open, decode open, default[];
            /// Sets [`a`](Self::a).
            0 "A" a opt plain(i64) set_a;
            /// Sets [`request_id`](Self::request_id).
            1 "RequestId" request_id opt into(String) set_request_id;
        }
    }
    use reply::Reply;

    /// The `RequestId` a call reports for a 200 body: from classifying,
    /// else from the decode.
    fn success_id(body: &[u8]) -> Option<String> {
        match read_success_body::<Reply>(body, de::Mode::Lenient) {
            Ok((_, id)) => id,
            Err(e) => e.request_id().map(str::to_string),
        }
    }

    #[test]
    fn the_decode_keeps_a_request_id_read_before_it_failed() {
        let mut slot: Option<Reply> = None;
        let mut captured = None;
        let body = br#"{"Response":{"RequestId":"r-9","A":{"x":1},"B":1}}"#;
        let e = de::decode_response_with_id(body, de::Mode::Strict, &mut slot, &mut captured)
            .unwrap_err();
        assert!(e.message.contains("A"), "{}", e.message);
        assert_eq!(captured.as_deref(), Some("r-9"));
        // Read in the same pass, the model's own member is kept too.
        let body = br#"{"Response":{"RequestId":"r-8","A":7}}"#;
        de::decode_response_with_id(body, de::Mode::Strict, &mut slot, &mut captured).unwrap();
        assert_eq!(captured.as_deref(), Some("r-8"));
        let reply = slot.unwrap();
        assert_eq!(
            (reply.a, reply.request_id.as_deref()),
            (Some(7), Some("r-8"))
        );
        assert!(reply.unknown_fields.is_empty());
    }

    #[test]
    fn only_an_error_key_makes_a_success_body_take_the_probe() {
        let error = searcher(&ERROR_KEY, b"\"Error\"");
        assert!(may_have_member(br#"{"Error" :{}}"#, error));
        assert!(!may_have_member(
            br#"{"Response":{"Status":"Error","Why":"Error"}}"#,
            error
        ));
        assert!(!may_have_member(br#"{"A":"x\"Error\": 1"}"#, error));
        // An escaped letter might spell it: the probe decides.
        assert!(may_have_member(br#"{"\u0045rror":{}}"#, error));
    }

    #[test]
    fn fuzz_an_error_spelled_with_escapes_is_an_error() {
        let body = br#"{"Response":{"E\u0072ror":{"Code":"","":5},"":""}}"#;
        let e = classify(&meta(200), body, "cvm", "A", None, (0, 0)).unwrap_err();
        assert_eq!(e.as_service_error().map(ServiceError::code), Some(""));
        let body =
            br#"{"Response":{"\u0045rror":{"C\u006fde":"InvalidParameter"},"RequestId":"r"}}"#;
        let e = classify(&meta(200), body, "cvm", "A", None, (0, 0)).unwrap_err();
        let s = e.as_service_error().expect("a service error");
        assert_eq!((s.code(), s.request_id()), ("InvalidParameter", "r"));
        // What servers escape (`<`, `>`, `&`) does not make successes parse.
        assert!(!has_letter_escape(
            br#"{"Response":{"A":"\u003cb\u003e\u0026","RequestId":"r"}}"#
        ));
        assert!(has_letter_escape(br#"\u0041"#) && has_letter_escape(br#"\u007a"#));
        assert!(!has_letter_escape(br#"\u0040 \u005b \u0060 \u007b \u00"#));
    }

    #[test]
    fn fuzz_of_duplicate_responses_the_last_counts() {
        let body = br#"{"Response":{},"Response":{"Error":{"Code":"","":""}}}"#;
        let e = classify(&meta(200), body, "cvm", "A", None, (0, 0)).unwrap_err();
        assert!(e.as_service_error().is_some(), "{e:?}");
        let body = br#"{"Response":{},"Response":{"RequestId":"x"}}"#;
        let e = classify(&meta(400), body, "cvm", "A", None, (0, 0)).unwrap_err();
        assert!(matches!(&e, Error::HttpStatus(_)), "{e:?}");
        assert_eq!(e.request_id(), Some("x"));
        let body = br#"{"Response":{"Error":{"Code":"A"}},"Response":{"RequestId":"y","B":1}}"#;
        assert_eq!(success_id(body).as_deref(), Some("y"));
        let body = br#"{"Response":{"RequestId":"a","X":1,"RequestId":"b","Y":2}}"#;
        assert_eq!(success_id(body).as_deref(), Some("b"));
    }

    #[test]
    fn fuzz_a_request_id_spelled_with_escapes_is_found() {
        let body = br#"{"Response":{"Requ\u0065s\u0074\u0049d":"0"}}"#;
        assert_eq!(success_id(body).as_deref(), Some("0"));
        // A later duplicate with escapes wins over a plain one.
        let body = br#"{"Response":{"RequestId":"a","Request\u0049d":"b"}}"#;
        assert_eq!(success_id(body).as_deref(), Some("b"));
    }

    #[test]
    fn fuzz_an_envelope_is_in_utf8_even_where_skipped() {
        // 0xB0 in a member the probe skips: the decoder refuses the body.
        let body = b"{\"Response\":{\"\":[{\"\xb0\":\"\"}],\"Error\":{\"Code\":\"\"},\"\":\"\"}}";
        assert!(probe_envelope(body).is_none());
        assert!(classify(&meta(200), body, "cvm", "A", None, (0, 0)).is_ok());
        let e = classify(&meta(500), body, "cvm", "A", None, (0, 0)).unwrap_err();
        assert!(matches!(&e, Error::HttpStatus(_)), "{e:?}");
    }

    #[test]
    fn fuzz_only_an_object_is_an_envelope() {
        // Read as a struct, a JSON list was taken for an envelope.
        let body = br#"[{"Error":{"Code":"X","Message":"m"},"RequestId":"r"}]"#;
        assert!(probe_envelope(body).is_none());
        assert_eq!(success_id(body), None);
        let e = classify(&meta(500), body, "cvm", "A", None, (0, 0)).unwrap_err();
        assert!(matches!(&e, Error::HttpStatus(_)), "{e:?}");
    }

    #[test]
    fn fuzz_a_trailing_request_id_must_be_the_response_member() {
        // No `Response` at all.
        assert_eq!(trailing_request_id(br#"{"":{"RequestId":"c"}}"#), None);
        assert_eq!(success_id(br#"{"":{"RequestId":"c"}}"#), None);
        // A key ending in `"RequestId"` is another key.
        assert_eq!(success_id(br#"{"Response":{"\"RequestId":"c"}}"#), None);
        // Spaces anywhere JSON allows them.
        assert_eq!(
            trailing_request_id(b" {\n \"Response\" :\t{\"A\": 1 ,\n \"RequestId\" : \"r\" }\n}\n")
                .as_deref(),
            Some("r")
        );
    }
}
