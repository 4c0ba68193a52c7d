//! Shared configuration: credentials, region, endpoints, timeouts, retries.
//!
//! ```
//! use std::time::Duration;
//! use tencentcloud_runtime::{Config, Credential, Endpoint};
//! let config = Config::builder()
//!     .credentials(Credential::new("AKID...", "secret"))
//!     .region("ap-guangzhou")
//!     .endpoint(Endpoint::International)
//!     .language("en-US")
//!     .connect_timeout(Duration::from_secs(3))
//!     .request_timeout(Duration::from_secs(30))
//!     .build()
//!     .unwrap();
//! assert_eq!(config.region(), Some("ap-guangzhou"));
//! // Derive a variant; clients built from both share one connection pool.
//! let singapore = config.to_builder().region("ap-singapore").build().unwrap();
//! # let _ = singapore;
//! ```
//!
//! A machine whose clock is off (the server rejects signatures more than 5
//! minutes away from its time, with `AuthFailure.SignatureExpire`, whose
//! message then says by how much) can sign with an offset:
//!
//! ```
//! # use tencentcloud_runtime::Config;
//! let config = Config::builder().clock_offset_secs(-420).build().unwrap();
//! assert_eq!(config.clock_offset_secs(), -420);
//! ```
//!
//! Clients built from one `Config` share one connection pool (HTTP/1.1
//! keep-alive or HTTP/2, TLS through rustls by default). The standard proxy
//! variables (`HTTPS_PROXY`, `NO_PROXY`, ...) are honoured; for anything
//! else, pass your own `reqwest::Client` with
//! [`ConfigBuilder::http_client`].
//!
//! To build one from the environment and the official CLI's files, see
//! [`ConfigLoader`](crate::ConfigLoader).

use crate::connector::Connector;
use crate::credentials::SharedCredentials;
use crate::de::Mode;
use crate::error::Error;
use crate::interceptor::Interceptor;
use crate::rate_limit::{RateLimit, RateLimiter, RateLimits};
use crate::time::{SharedTimeSource, TimeSource};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

pub use crate::retry::RetryConfig;

/// Which host a service is reached at.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Endpoint {
    /// `<service>.tencentcloudapi.com` (nearest access point).
    #[default]
    Default,
    /// `<service>.intl.tencentcloudapi.com` (international access).
    International,
    /// `<service>.<region>.tencentcloudapi.com` (the configured region's
    /// host, e.g. `cvm.ap-guangzhou.tencentcloudapi.com`; also the finance
    /// zones' hosts such as `cvm.ap-shanghai-fsi.tencentcloudapi.com`).
    Regional,
    /// `<service>.<domain>` (the official CLI's `set-root-domain`, e.g.
    /// `internal.tencentcloudapi.com` from inside Tencent Cloud's network).
    RootDomain(String),
    /// A full URL (`http://127.0.0.1:8080`, a proxy, an emulator), used for
    /// every service. A bare host (`cvm.tencentcloudapi.com`) means
    /// `https://` that host.
    Custom(String),
}

/// Default connect timeout: a TCP and TLS handshake with Tencent Cloud's
/// endpoints takes well under a second; 5 s tolerates a slow network without
/// hanging on an unreachable one.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Default timeout of one attempt (from sending to the end of the body),
/// the official SDKs' 60 s: some actions take tens of seconds.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// Default idle time after which a pooled connection is closed: Tencent
/// Cloud closes idle keep-alive connections after about 60 s, so ours close
/// first and a request never goes out on a connection the server is
/// dropping (the official Go SDK's "EOF" errors).
pub const DEFAULT_POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(30);
/// Default cap on a response body (a larger one is a decode error, never
/// an unbounded allocation).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 128 * 1024 * 1024;

/// Configuration shared by service clients. Cheap to clone; clients built
/// from one `Config` (and its clones) share one connection pool.
#[derive(Clone)]
pub struct Config(pub(crate) Arc<Inner>);

pub(crate) struct Inner {
    pub(crate) credentials: Option<SharedCredentials>,
    pub(crate) region: Option<String>,
    pub(crate) endpoint: Endpoint,
    pub(crate) service_endpoints: BTreeMap<String, String>,
    pub(crate) language: Option<String>,
    pub(crate) request_client: String,
    pub(crate) connect_timeout: Duration,
    pub(crate) request_timeout: Duration,
    pub(crate) operation_timeout: Option<Duration>,
    pub(crate) pool_idle_timeout: Duration,
    pub(crate) max_response_bytes: usize,
    pub(crate) retry: RetryConfig,
    /// Shared by every client built from this `Config` (and its clones).
    pub(crate) retry_budget: crate::retry::RetryBudget,
    pub(crate) clock_offset: i64,
    pub(crate) time: SharedTimeSource,
    pub(crate) decode_mode: Mode,
    pub(crate) http: reqwest::Client,
    pub(crate) custom_http: bool,
    /// Replaces `http` when set (tests without a socket, other transports).
    pub(crate) connector: Option<Arc<dyn Connector>>,
    pub(crate) interceptors: Vec<Arc<dyn Interceptor>>,
    /// `None` without limits (the default): nothing to do per attempt.
    pub(crate) rate_limiter: Option<RateLimiter>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &*self.0;
        f.debug_struct("Config")
            .field("credentials", &c.credentials)
            .field("region", &c.region)
            .field("endpoint", &c.endpoint)
            .field("service_endpoints", &c.service_endpoints)
            .field("language", &c.language)
            .field("request_client", &c.request_client)
            .field("connect_timeout", &c.connect_timeout)
            .field("request_timeout", &c.request_timeout)
            .field("operation_timeout", &c.operation_timeout)
            .field("pool_idle_timeout", &c.pool_idle_timeout)
            .field("max_response_bytes", &c.max_response_bytes)
            .field("retry", &c.retry)
            .field("clock_offset", &c.clock_offset)
            .field("decode_mode", &c.decode_mode)
            .field("connector", &c.connector.is_some())
            .field("interceptors", &c.interceptors.len())
            .field(
                "rate_limits",
                &c.rate_limiter.as_ref().map(RateLimiter::limits),
            )
            .finish_non_exhaustive()
    }
}

/// `X-TC-RequestClient` of this SDK.
pub(crate) const REQUEST_CLIENT: &str = concat!("SDK_RUST_", env!("CARGO_PKG_VERSION"));

impl Config {
    /// Start building a configuration.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// A configuration from the environment and the official CLI's files
    /// (see [`ConfigLoader`](crate::ConfigLoader)).
    pub fn from_env() -> Result<Config, Error> {
        crate::loader::ConfigLoader::new().load()
    }

    /// The credentials provider, if set.
    pub fn credentials(&self) -> Option<&SharedCredentials> {
        self.0.credentials.as_ref()
    }

    /// The region (`ap-guangzhou`), if set.
    pub fn region(&self) -> Option<&str> {
        self.0.region.as_deref()
    }

    /// The endpoint style.
    pub fn endpoint(&self) -> &Endpoint {
        &self.0.endpoint
    }

    /// The endpoint set for one service (by service name or endpoint
    /// prefix), overriding [`endpoint`](Self::endpoint).
    pub fn service_endpoint(&self, service: &str) -> Option<&str> {
        self.0.service_endpoints.get(service).map(String::as_str)
    }

    /// `X-TC-Language`, if set.
    pub fn language(&self) -> Option<&str> {
        self.0.language.as_deref()
    }

    /// The connect timeout.
    pub fn connect_timeout(&self) -> Duration {
        self.0.connect_timeout
    }

    /// The timeout of one attempt.
    pub fn request_timeout(&self) -> Duration {
        self.0.request_timeout
    }

    /// The deadline of a whole call, retries included, if set.
    pub fn operation_timeout(&self) -> Option<Duration> {
        self.0.operation_timeout
    }

    /// The retry policy.
    pub fn retry(&self) -> &RetryConfig {
        &self.0.retry
    }

    /// Tokens left in the client-wide retry budget (`None` when there is no
    /// budget; see [`RetryConfig::retry_budget`]).
    pub fn retry_budget_left(&self) -> Option<u32> {
        self.0.retry_budget.left()
    }

    /// The client-side rate limit of `action` of `service` (`cvm`,
    /// `RunInstances`), if any (see [`rate_limit`](crate::rate_limit); none
    /// by default).
    pub fn rate_limit(&self, service: &str, action: &str) -> Option<RateLimit> {
        self.0
            .rate_limiter
            .as_ref()
            .and_then(|l| l.limits().get(service, action))
    }

    /// Seconds added to the local clock when signing.
    pub fn clock_offset_secs(&self) -> i64 {
        self.0.clock_offset
    }

    /// How responses are decoded (lenient by default).
    pub fn decode_mode(&self) -> Mode {
        self.0.decode_mode
    }

    /// A builder holding this configuration's values, to derive a variant.
    /// The variant shares this one's connection pool unless its connect or
    /// pool settings change.
    pub fn to_builder(&self) -> ConfigBuilder {
        let c = &*self.0;
        ConfigBuilder {
            credentials: c.credentials.clone(),
            region: c.region.clone(),
            endpoint: c.endpoint.clone(),
            service_endpoints: c.service_endpoints.clone(),
            language: c.language.clone(),
            request_client: c
                .request_client
                .strip_prefix(REQUEST_CLIENT)
                .and_then(|s| s.strip_prefix("; "))
                .map(str::to_string),
            connect_timeout: Some(c.connect_timeout),
            request_timeout: Some(c.request_timeout),
            operation_timeout: c.operation_timeout,
            pool_idle_timeout: Some(c.pool_idle_timeout),
            max_response_bytes: Some(c.max_response_bytes),
            retry: Some(c.retry.clone()),
            clock_offset: c.clock_offset,
            time: Some(c.time.clone()),
            decode_mode: c.decode_mode,
            http: Some((c.http.clone(), c.custom_http)),
            connector: c.connector.clone(),
            interceptors: c.interceptors.clone(),
            rate_limits: c
                .rate_limiter
                .as_ref()
                .map(|l| l.limits().clone())
                .unwrap_or_default(),
        }
    }
}

/// A region name: letters, digits and `-`.
pub(crate) fn check_region(r: &str) -> Result<(), String> {
    if r.is_empty() || !r.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(format!(
            "region {r:?} must be letters, digits and `-` (like ap-guangzhou)"
        ));
    }
    Ok(())
}

/// A language Tencent Cloud answers in.
pub(crate) fn check_language(l: &str) -> Result<(), String> {
    if l != "zh-CN" && l != "en-US" {
        return Err(format!("language must be zh-CN or en-US, not {l:?}"));
    }
    Ok(())
}

/// Builds a [`Config`]. Every value has a safe default; `build` never panics.
#[derive(Clone, Default)]
pub struct ConfigBuilder {
    credentials: Option<SharedCredentials>,
    region: Option<String>,
    endpoint: Endpoint,
    service_endpoints: BTreeMap<String, String>,
    language: Option<String>,
    request_client: Option<String>,
    connect_timeout: Option<Duration>,
    request_timeout: Option<Duration>,
    operation_timeout: Option<Duration>,
    pool_idle_timeout: Option<Duration>,
    max_response_bytes: Option<usize>,
    retry: Option<RetryConfig>,
    clock_offset: i64,
    time: Option<SharedTimeSource>,
    decode_mode: Mode,
    /// A client to reuse, and whether the user supplied it.
    http: Option<(reqwest::Client, bool)>,
    connector: Option<Arc<dyn Connector>>,
    interceptors: Vec<Arc<dyn Interceptor>>,
    rate_limits: RateLimits,
}

impl fmt::Debug for ConfigBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConfigBuilder")
            .field("credentials", &self.credentials)
            .field("region", &self.region)
            .field("endpoint", &self.endpoint)
            .field("service_endpoints", &self.service_endpoints)
            .field("language", &self.language)
            .field("retry", &self.retry)
            .field("rate_limits", &self.rate_limits)
            .finish_non_exhaustive()
    }
}

impl ConfigBuilder {
    /// Credentials or a credentials provider.
    pub fn credentials(mut self, c: impl Into<SharedCredentials>) -> Self {
        self.credentials = Some(c.into());
        self
    }

    /// Region sent as `X-TC-Region` (omitted when none is set).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Send no region (for global services).
    pub fn no_region(mut self) -> Self {
        self.region = None;
        self
    }

    /// Endpoint style or a custom URL.
    pub fn endpoint(mut self, endpoint: Endpoint) -> Self {
        self.endpoint = endpoint;
        self
    }

    /// A custom endpoint URL for every service (`http://127.0.0.1:8080`).
    pub fn endpoint_url(self, url: impl Into<String>) -> Self {
        self.endpoint(Endpoint::Custom(url.into()))
    }

    /// The endpoint of one service, by service name or endpoint prefix
    /// (`cvm`), as a URL or a bare host (`cvm.ap-guangzhou.tencentcloudapi.com`,
    /// meaning `https://`). Wins over [`endpoint`](Self::endpoint).
    pub fn service_endpoint(mut self, service: impl Into<String>, url: impl Into<String>) -> Self {
        self.service_endpoints.insert(service.into(), url.into());
        self
    }

    pub(crate) fn remove_service_endpoint(mut self, service: &str) -> Self {
        self.service_endpoints.remove(service);
        self
    }

    /// `X-TC-Language`: `zh-CN` or `en-US` (not sent unless set).
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.language = Some(language.into());
        self
    }

    /// A suffix for `X-TC-RequestClient` (`SDK_RUST_<version>; <suffix>`):
    /// letters, digits and `-_,;.`, at most 128 characters in all.
    pub fn request_client(mut self, suffix: impl Into<String>) -> Self {
        self.request_client = Some(suffix.into());
        self
    }

    /// Connect timeout (default [`DEFAULT_CONNECT_TIMEOUT`], 5 s).
    pub fn connect_timeout(mut self, t: Duration) -> Self {
        self.connect_timeout = Some(t);
        self.drop_built_http();
        self
    }

    /// Timeout of one attempt, from sending to the end of the body (default
    /// [`DEFAULT_REQUEST_TIMEOUT`], 60 s).
    pub fn request_timeout(mut self, t: Duration) -> Self {
        self.request_timeout = Some(t);
        self
    }

    /// A deadline for a whole call, every attempt and backoff included (no
    /// default: a call is bounded by the attempts, the request timeout and
    /// [`RetryConfig::max_elapsed`]). When it passes, the call fails with a
    /// timeout error whose `what()` is `operation`.
    pub fn operation_timeout(mut self, t: Duration) -> Self {
        self.operation_timeout = Some(t);
        self
    }

    /// How long a connection may sit idle in the pool (default
    /// [`DEFAULT_POOL_IDLE_TIMEOUT`], 30 s, below the server's 60 s).
    pub fn pool_idle_timeout(mut self, t: Duration) -> Self {
        self.pool_idle_timeout = Some(t);
        self.drop_built_http();
        self
    }

    /// Largest response body accepted (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`], 128 MiB).
    pub fn max_response_bytes(mut self, n: usize) -> Self {
        self.max_response_bytes = Some(n);
        self
    }

    /// Retry policy (see [`RetryConfig`]).
    pub fn retry(mut self, r: RetryConfig) -> Self {
        self.retry = Some(r);
        self
    }

    /// Seconds to add to the local clock when signing (fix a skewed clock:
    /// the server rejects signatures more than 5 minutes off).
    pub fn clock_offset_secs(mut self, secs: i64) -> Self {
        self.clock_offset = secs;
        self
    }

    /// Where to read the time for signing (tests; the system clock by
    /// default).
    pub fn time_source(mut self, time: impl TimeSource + 'static) -> Self {
        self.time = Some(SharedTimeSource::new(time));
        self
    }

    /// Lenient (default) or strict decoding of responses.
    pub fn decode_mode(mut self, mode: Mode) -> Self {
        self.decode_mode = mode;
        self
    }

    /// Use this HTTP client (proxies, custom TLS roots...). Its own
    /// timeouts and pool settings then apply instead of `connect_timeout`
    /// and `pool_idle_timeout`.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some((client, true));
        self
    }

    /// Send every attempt through `connector` instead of the HTTP client:
    /// for tests that answer in memory (no socket), or another transport.
    /// See [`connector`](crate::connector).
    pub fn connector(mut self, connector: impl Connector) -> Self {
        self.connector = Some(Arc::new(connector));
        self
    }

    /// Add an [`Interceptor`]: it sees every attempt of every call made
    /// with this configuration, after those added before it.
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> Self {
        self.interceptors.push(Arc::new(interceptor));
        self
    }

    /// Limit every action of every service, each on its own, to `limit`
    /// on the client side (off by default: calls go as fast as they are
    /// made, and the server answers those over its limit with
    /// `RequestLimitExceeded`, which is retried). Attempts over the limit
    /// wait for their turn; clients built from the `Config` share the
    /// buckets. See [`rate_limit`](crate::rate_limit).
    pub fn rate_limit_per_action(mut self, limit: RateLimit) -> Self {
        self.rate_limits.per_action = Some(limit);
        self
    }

    /// The client-side limit of one action of one service (`"cvm"`,
    /// `"RunInstances"`), over [`rate_limit_per_action`](Self::rate_limit_per_action);
    /// alone, only this action is limited.
    pub fn rate_limit_for(
        mut self,
        service: impl Into<String>,
        action: impl Into<String>,
        limit: RateLimit,
    ) -> Self {
        self.rate_limits
            .actions
            .entry(service.into())
            .or_default()
            .insert(action.into(), limit);
        self
    }

    fn drop_built_http(&mut self) {
        if let Some((_, false)) = self.http {
            self.http = None;
        }
    }

    /// Build. Fails only if a value is invalid or the HTTP client cannot be
    /// created; never panics.
    pub fn build(self) -> Result<Config, Error> {
        if let Some(l) = &self.language {
            check_language(l).map_err(Error::config)?;
        }
        if let Some(r) = &self.region {
            check_region(r).map_err(Error::config)?;
        }
        let request_client = match &self.request_client {
            None => REQUEST_CLIENT.to_string(),
            Some(s) => {
                let all = format!("{REQUEST_CLIENT}; {s}");
                if s.is_empty()
                    || all.len() > 128
                    || !s
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_,;.".contains(&b))
                {
                    return Err(Error::config(format!(
                        "request client {s:?} must be letters, digits and `-_,;.`, \
                         at most 128 characters with the SDK's prefix"
                    )));
                }
                all
            }
        };
        match &self.endpoint {
            Endpoint::Regional if self.region.is_none() => {
                return Err(Error::config("Endpoint::Regional needs a region"));
            }
            Endpoint::Custom(url) => {
                crate::client::parse_endpoint(url).map_err(Error::config)?;
            }
            Endpoint::RootDomain(d) => {
                crate::client::parse_endpoint(&format!("x.{d}")).map_err(Error::config)?;
            }
            _ => {}
        }
        for url in self.service_endpoints.values() {
            crate::client::parse_endpoint(url).map_err(Error::config)?;
        }
        self.rate_limits.check().map_err(Error::config)?;
        let connect_timeout = self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let pool_idle_timeout = self.pool_idle_timeout.unwrap_or(DEFAULT_POOL_IDLE_TIMEOUT);
        let (http, custom_http) = match self.http {
            Some(h) => h,
            None => (
                reqwest::Client::builder()
                    .connect_timeout(connect_timeout)
                    .pool_idle_timeout(pool_idle_timeout)
                    .tcp_nodelay(true)
                    .user_agent(concat!("tencentcloud-sdk-rust/", env!("CARGO_PKG_VERSION")))
                    .build()
                    .map_err(|e| Error::config(format!("cannot build the HTTP client: {e}")))?,
                false,
            ),
        };
        Ok(Config(Arc::new(Inner {
            credentials: self.credentials,
            region: self.region,
            endpoint: self.endpoint,
            service_endpoints: self.service_endpoints,
            language: self.language,
            request_client,
            connect_timeout,
            request_timeout: self.request_timeout.unwrap_or(DEFAULT_REQUEST_TIMEOUT),
            operation_timeout: self.operation_timeout,
            pool_idle_timeout,
            max_response_bytes: self
                .max_response_bytes
                .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
            retry_budget: crate::retry::RetryBudget::new(
                self.retry
                    .as_ref()
                    .map_or(RetryConfig::default().retry_budget, |r| r.retry_budget),
            ),
            retry: self.retry.unwrap_or_default(),
            clock_offset: self.clock_offset,
            time: self.time.unwrap_or_default(),
            decode_mode: self.decode_mode,
            http,
            custom_http,
            connector: self.connector,
            interceptors: self.interceptors,
            rate_limiter: RateLimiter::new(self.rate_limits),
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Credential;

    #[test]
    fn invalid_values_are_errors_not_panics() {
        for b in [
            Config::builder().language("fr-FR"),
            Config::builder().region("ap guangzhou"),
            Config::builder().region(""),
            Config::builder().endpoint_url("http://"),
            Config::builder().endpoint(Endpoint::Regional),
            Config::builder().endpoint_url("ftp://example.com"),
            Config::builder().endpoint(Endpoint::RootDomain("bad domain".into())),
            Config::builder().service_endpoint("cvm", "http://[::1"),
            Config::builder().request_client("bad client"),
            Config::builder().request_client("x".repeat(200)),
        ] {
            let e = b.build().unwrap_err();
            assert!(matches!(e, Error::Config(_)), "{e}");
        }
    }

    #[test]
    fn derived_configs_share_the_pool_unless_network_settings_change() {
        let base = Config::builder()
            .credentials(Credential::new("AKID", "secret-key-value"))
            .region("ap-guangzhou")
            .request_client("my-app")
            .build()
            .unwrap();
        assert_eq!(base.0.request_client, format!("{REQUEST_CLIENT}; my-app"));
        let derived = base.to_builder().region("ap-beijing").build().unwrap();
        assert_eq!(derived.region(), Some("ap-beijing"));
        assert_eq!(derived.0.request_client, base.0.request_client);
        assert!(!derived.0.custom_http);
        let changed = base
            .to_builder()
            .connect_timeout(Duration::from_secs(1))
            .build()
            .unwrap();
        assert_eq!(changed.connect_timeout(), Duration::from_secs(1));
        let no_region = base.to_builder().no_region().build().unwrap();
        assert_eq!(no_region.region(), None);
        let shown = format!("{base:?} {:?}", base.to_builder());
        assert!(!shown.contains("secret-key-value"), "{shown}");
        assert!(shown.contains("AKID"));
    }
}
