//! Shared configuration: credentials, region, endpoints, timeouts, retries.
//!
//! ```
//! use tencentcloud_runtime::{Config, Credential};
//! let config = Config::builder()
//!     .credentials(Credential::new("AKID...", "secret"))
//!     .region("ap-guangzhou")
//!     .build()
//!     .unwrap();
//! assert_eq!(config.region(), Some("ap-guangzhou"));
//! ```

use crate::credentials::SharedCredentials;
use crate::de::Mode;
use crate::error::Error;
use std::time::Duration;

/// Which host a service is reached at.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Endpoint {
    /// `<service>.tencentcloudapi.com` (nearest access point).
    #[default]
    Default,
    /// `<service>.intl.tencentcloudapi.com` (international access).
    International,
    /// `<service>.<region>.tencentcloudapi.com` (the configured region's host).
    Regional,
    /// A full URL (`http://127.0.0.1:8080`, a proxy, an emulator), used for
    /// every service.
    Custom(String),
}

/// Retry policy. Defaults: 3 attempts in all, exponential backoff with full
/// jitter from 200 ms capped at 5 s, at most 20 s spent retrying.
///
/// Why: Tencent Cloud rate limits are per second, so a sub-second first delay
/// usually clears them, and three attempts keep the worst case of a failing
/// call bounded well under the default request timeout budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryConfig {
    /// Attempts including the first (1 disables retries).
    pub max_attempts: u32,
    /// Base delay of the exponential backoff.
    pub initial_backoff: Duration,
    /// Largest single delay.
    pub max_backoff: Duration,
    /// Total time the call may spend including retries.
    pub max_elapsed: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            max_elapsed: Duration::from_secs(20),
        }
    }
}

impl RetryConfig {
    /// No retries.
    pub fn disabled() -> Self {
        RetryConfig {
            max_attempts: 1,
            ..RetryConfig::default()
        }
    }
}

/// Configuration shared by service clients. Cheap to clone; clients built
/// from one `Config` share its connection pool.
#[derive(Clone, Debug)]
pub struct Config {
    pub(crate) credentials: Option<SharedCredentials>,
    pub(crate) region: Option<String>,
    pub(crate) endpoint: Endpoint,
    pub(crate) language: Option<String>,
    pub(crate) connect_timeout: Duration,
    pub(crate) request_timeout: Duration,
    pub(crate) retry: RetryConfig,
    pub(crate) clock_offset: i64,
    pub(crate) decode_mode: Mode,
    pub(crate) http: reqwest::Client,
}

impl Config {
    /// Start building a configuration.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// The region (`ap-guangzhou`), if set.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The endpoint style.
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// The retry policy.
    pub fn retry(&self) -> &RetryConfig {
        &self.retry
    }

    /// How responses are decoded (lenient by default).
    pub fn decode_mode(&self) -> Mode {
        self.decode_mode
    }

    /// A builder holding this configuration's values, to derive a variant.
    pub fn to_builder(&self) -> ConfigBuilder {
        ConfigBuilder {
            credentials: self.credentials.clone(),
            region: self.region.clone(),
            endpoint: self.endpoint.clone(),
            language: self.language.clone(),
            connect_timeout: Some(self.connect_timeout),
            request_timeout: Some(self.request_timeout),
            retry: Some(self.retry.clone()),
            clock_offset: self.clock_offset,
            decode_mode: self.decode_mode,
        }
    }
}

/// Builds a [`Config`]. Every value has a safe default.
#[derive(Debug, Clone, Default)]
pub struct ConfigBuilder {
    credentials: Option<SharedCredentials>,
    region: Option<String>,
    endpoint: Endpoint,
    language: Option<String>,
    connect_timeout: Option<Duration>,
    request_timeout: Option<Duration>,
    retry: Option<RetryConfig>,
    clock_offset: i64,
    decode_mode: Mode,
}

impl ConfigBuilder {
    /// Credentials or a credentials provider.
    pub fn credentials(mut self, c: impl Into<SharedCredentials>) -> Self {
        self.credentials = Some(c.into());
        self
    }

    /// Region sent as `X-TC-Region`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Endpoint style or a custom URL.
    pub fn endpoint(mut self, endpoint: Endpoint) -> Self {
        self.endpoint = endpoint;
        self
    }

    /// A custom endpoint URL (`http://127.0.0.1:8080`).
    pub fn endpoint_url(self, url: impl Into<String>) -> Self {
        self.endpoint(Endpoint::Custom(url.into()))
    }

    /// `X-TC-Language`: `zh-CN` or `en-US`.
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.language = Some(language.into());
        self
    }

    /// Connect timeout (default 5 s).
    pub fn connect_timeout(mut self, t: Duration) -> Self {
        self.connect_timeout = Some(t);
        self
    }

    /// Timeout of one attempt, from sending to the end of the body (default 60 s).
    pub fn request_timeout(mut self, t: Duration) -> Self {
        self.request_timeout = Some(t);
        self
    }

    /// Retry policy.
    pub fn retry(mut self, r: RetryConfig) -> Self {
        self.retry = Some(r);
        self
    }

    /// Seconds to add to the local clock when signing (fix a skewed clock).
    pub fn clock_offset_secs(mut self, secs: i64) -> Self {
        self.clock_offset = secs;
        self
    }

    /// Lenient (default) or strict decoding of responses.
    pub fn decode_mode(mut self, mode: Mode) -> Self {
        self.decode_mode = mode;
        self
    }

    /// Build. Fails only if the HTTP client cannot be created or a value is
    /// invalid (never panics).
    pub fn build(self) -> Result<Config, Error> {
        if let Some(l) = &self.language {
            if l != "zh-CN" && l != "en-US" {
                return Err(Error::invalid_request(format!(
                    "language must be zh-CN or en-US, not {l:?}"
                )));
            }
        }
        if let Endpoint::Custom(url) = &self.endpoint {
            reqwest::Url::parse(url)
                .map_err(|e| Error::invalid_request(format!("endpoint URL {url:?}: {e}")))?;
        }
        let connect_timeout = self.connect_timeout.unwrap_or(Duration::from_secs(5));
        let http = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            // The server closes idle keep-alive connections after about 60 s;
            // drop ours first so a request never lands on a dying connection.
            .pool_idle_timeout(Duration::from_secs(30))
            .tcp_nodelay(true)
            .build()
            .map_err(|e| Error::invalid_request(format!("cannot build the HTTP client: {e}")))?;
        Ok(Config {
            credentials: self.credentials,
            region: self.region,
            endpoint: self.endpoint,
            language: self.language,
            connect_timeout,
            request_timeout: self.request_timeout.unwrap_or(Duration::from_secs(60)),
            retry: self.retry.unwrap_or_default(),
            clock_offset: self.clock_offset,
            decode_mode: self.decode_mode,
            http,
        })
    }
}
