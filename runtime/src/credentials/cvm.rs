//! Credentials of the CAM role bound to a CVM instance, from the metadata
//! service.

use super::{
    lenient_i64, str_member, BoxFuture, Credential, CredentialsCache, CredentialsError,
    ProvideCredentials, DEFAULT_REFRESH_MARGIN,
};
use crate::time::{from_unix_secs, SharedTimeSource};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, SystemTime};

/// The metadata service of CVM instances.
pub const DEFAULT_METADATA_URL: &str = "http://metadata.tencentyun.com/latest/meta-data/";

/// Connect and read timeout of each metadata request by default: the
/// service answers in milliseconds on an instance, and a host that is not an
/// instance must not stall start-up (the official SDKs set no timeout).
pub const DEFAULT_METADATA_TIMEOUT: Duration = Duration::from_secs(1);

/// Temporary credentials of the instance's CAM role, from the metadata
/// service: `GET <base>cam/security-credentials/` gives the role name,
/// `GET <base>cam/security-credentials/<role>` the credentials
/// (`TmpSecretId`, `TmpSecretKey`, `Token`, `ExpiredTime`, `Code`).
///
/// Cached and refreshed [`DEFAULT_REFRESH_MARGIN`] before expiry. No
/// metadata service (connection refused, DNS failure, timeout) or no role
/// bound is "not found", so a chain moves on; any other failure is an error.
/// The metadata requests bypass HTTP proxies.
///
/// ```no_run
/// # async fn demo() -> Result<(), tencentcloud_runtime::Error> {
/// use std::time::Duration;
/// use tencentcloud_runtime::credentials::CvmRoleProvider;
/// use tencentcloud_runtime::Config;
/// let provider = CvmRoleProvider::builder()
///     .timeout(Duration::from_millis(500))
///     .build();
/// let config = Config::builder().credentials(provider).region("ap-guangzhou").build()?;
/// # let _ = config; Ok(()) }
/// ```
#[derive(Debug)]
pub struct CvmRoleProvider {
    base_url: String,
    role: Option<String>,
    timeout: Duration,
    http: OnceLock<Result<reqwest::Client, String>>,
    cache: CredentialsCache,
    remember_miss: Duration,
    time: SharedTimeSource,
    /// When the last lookup found no metadata service or no role, and what
    /// it said: answered again without a request until `remember_miss` has
    /// passed.
    miss: Mutex<Option<(SystemTime, String)>>,
}

/// How long "not on a CVM instance" (or "no role bound") is remembered by
/// default: a process off CVM that asks on every call would otherwise pay
/// the metadata timeout each time.
pub const DEFAULT_REMEMBER_MISS: Duration = Duration::from_secs(60);

/// Builds a [`CvmRoleProvider`].
#[derive(Debug, Clone)]
pub struct CvmRoleProviderBuilder {
    base_url: String,
    role: Option<String>,
    timeout: Duration,
    margin: Duration,
    time: SharedTimeSource,
    remember_miss: Duration,
}

impl Default for CvmRoleProviderBuilder {
    fn default() -> Self {
        CvmRoleProviderBuilder {
            base_url: DEFAULT_METADATA_URL.to_string(),
            role: None,
            timeout: DEFAULT_METADATA_TIMEOUT,
            margin: DEFAULT_REFRESH_MARGIN,
            time: SharedTimeSource::default(),
            remember_miss: DEFAULT_REMEMBER_MISS,
        }
    }
}

impl CvmRoleProviderBuilder {
    /// The metadata service's base URL (default [`DEFAULT_METADATA_URL`];
    /// tests point it at a local server).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Use this role instead of asking the metadata service which one is
    /// bound.
    pub fn role_name(mut self, role: impl Into<String>) -> Self {
        self.role = Some(role.into());
        self
    }

    /// Connect and read timeout of each metadata request (default 1 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Refresh this long before expiry (default 300 s).
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }

    /// Read the time from here (tests).
    pub fn time_source(mut self, time: SharedTimeSource) -> Self {
        self.time = time;
        self
    }

    /// How long a lookup that found no metadata service, or no role bound,
    /// is answered from memory (default [`DEFAULT_REMEMBER_MISS`], 60 s;
    /// `Duration::ZERO` asks every time). Other failures are not remembered.
    pub fn remember_miss(mut self, how_long: Duration) -> Self {
        self.remember_miss = how_long;
        self
    }

    /// Build (no I/O happens until credentials are first asked for).
    pub fn build(self) -> CvmRoleProvider {
        let mut base_url = self.base_url;
        if !base_url.ends_with('/') {
            base_url.push('/');
        }
        CvmRoleProvider {
            base_url,
            role: self.role,
            timeout: self.timeout,
            http: OnceLock::new(),
            cache: CredentialsCache::new(self.margin, self.time.clone()),
            remember_miss: self.remember_miss,
            time: self.time,
            miss: Mutex::new(None),
        }
    }
}

impl Default for CvmRoleProvider {
    fn default() -> Self {
        CvmRoleProvider::builder().build()
    }
}

enum Get {
    Body(u16, String),
    Unreachable(reqwest::Error),
}

impl CvmRoleProvider {
    /// The defaults: [`DEFAULT_METADATA_URL`], the bound role, 1 s timeouts.
    pub fn new() -> Self {
        Self::default()
    }

    /// Configure a provider.
    pub fn builder() -> CvmRoleProviderBuilder {
        CvmRoleProviderBuilder::default()
    }

    /// The cache (current credentials and their expiry).
    pub fn cache(&self) -> &CredentialsCache {
        &self.cache
    }

    fn http(&self) -> Result<&reqwest::Client, CredentialsError> {
        let timeout = self.timeout;
        self.http
            .get_or_init(|| {
                reqwest::Client::builder()
                    .no_proxy()
                    .connect_timeout(timeout)
                    .timeout(timeout)
                    .build()
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| {
                CredentialsError::unavailable(format!("CVM role: cannot build an HTTP client: {e}"))
            })
    }

    async fn get(&self, url: &str) -> Result<Get, CredentialsError> {
        let http = self.http()?;
        let response = match http.get(url).send().await {
            Ok(r) => r,
            Err(e) => return Ok(Get::Unreachable(e)),
        };
        let status = response.status().as_u16();
        // Bodies are tiny; cap them anyway (a misbehaving server must not
        // make us buffer without bound).
        let body = read_capped(response, 64 * 1024).await.map_err(|e| {
            CredentialsError::unavailable(format!("CVM role: reading {url} failed")).with_source(e)
        })?;
        Ok(Get::Body(status, body))
    }

    async fn role_name(&self) -> Result<String, CredentialsError> {
        if let Some(r) = &self.role {
            return Ok(r.clone());
        }
        let url = format!("{}cam/security-credentials/", self.base_url);
        match self.get(&url).await? {
            Get::Unreachable(e) => Err(CredentialsError::not_found(format!(
                "CVM role: no metadata service at {} (not a CVM instance?)",
                self.base_url
            ))
            .with_source(e)),
            Get::Body(404, _) => Err(CredentialsError::not_found(
                "CVM role: no CAM role is bound to this instance",
            )),
            Get::Body(200, body) => body
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(str::to_string)
                .ok_or_else(|| {
                    CredentialsError::not_found("CVM role: no CAM role is bound to this instance")
                }),
            Get::Body(status, _) => Err(CredentialsError::unavailable(format!(
                "CVM role: the metadata service answered HTTP {status} for the role name"
            ))),
        }
    }

    async fn fetch(&self) -> Result<Credential, CredentialsError> {
        let role = self.role_name().await?;
        if role.contains(['/', '?', '#']) {
            return Err(CredentialsError::invalid(format!(
                "CVM role: invalid role name {role:?}"
            )));
        }
        let url = format!("{}cam/security-credentials/{role}", self.base_url);
        let body = match self.get(&url).await? {
            Get::Body(200, body) => body,
            Get::Body(status, _) => {
                return Err(CredentialsError::unavailable(format!(
                    "CVM role: the metadata service answered HTTP {status} for role {role}"
                )))
            }
            Get::Unreachable(e) => {
                return Err(CredentialsError::unavailable(format!(
                    "CVM role: fetching the credentials of role {role} failed"
                ))
                .with_source(e))
            }
        };
        parse_metadata_credentials(&body, &role)
    }
}

async fn read_capped(
    mut response: reqwest::Response,
    cap: usize,
) -> Result<String, reqwest::Error> {
    let mut out = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        let room = cap.saturating_sub(out.len());
        out.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if out.len() >= cap {
            break;
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Parse the metadata service's credentials document. Error messages name
/// members, never values.
fn parse_metadata_credentials(body: &str, role: &str) -> Result<Credential, CredentialsError> {
    let doc: serde_json::Value = serde_json::from_str(body).map_err(|_| {
        CredentialsError::unavailable(format!(
            "CVM role: the credentials of role {role} are not valid JSON"
        ))
    })?;
    if let Some(code) = doc.get("Code").and_then(|c| c.as_str()) {
        if code != "Success" {
            return Err(CredentialsError::unavailable(format!(
                "CVM role: the metadata service answered Code {code:?} for role {role}"
            )));
        }
    }
    let member = |name: &str| {
        str_member(&doc, name).ok_or_else(|| {
            CredentialsError::unavailable(format!(
                "CVM role: the credentials of role {role} lack `{name}`"
            ))
        })
    };
    let id = member("TmpSecretId")?;
    let key = member("TmpSecretKey")?;
    let token = member("Token")?;
    let expires = doc
        .get("ExpiredTime")
        .and_then(lenient_i64)
        .ok_or_else(|| {
            CredentialsError::unavailable(format!(
                "CVM role: the credentials of role {role} lack a numeric `ExpiredTime`"
            ))
        })?;
    let credential = Credential::with_token(id, key, token).expiring_at(from_unix_secs(expires));
    credential
        .validate()
        .map_err(|e| CredentialsError::unavailable(format!("CVM role {role}: {}", e.message())))?;
    Ok(credential)
}

impl CvmRoleProvider {
    async fn provide(&self) -> Result<Credential, CredentialsError> {
        let now = self.time.now();
        let remembered = self
            .miss
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .filter(|(at, _)| {
                now.duration_since(*at)
                    .is_ok_and(|age| age < self.remember_miss)
            })
            .map(|(_, message)| message.clone());
        if let Some(message) = remembered {
            return Err(CredentialsError::not_found(message));
        }
        let result = self.cache.get_or_refresh(|| self.fetch()).await;
        let mut miss = self.miss.lock().unwrap_or_else(|p| p.into_inner());
        *miss = match &result {
            Err(e) if e.is_not_found() && !self.remember_miss.is_zero() => {
                Some((now, e.message().to_string()))
            }
            _ => None,
        };
        result
    }
}

impl ProvideCredentials for CvmRoleProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        Box::pin(self.provide())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_documents_leniently_and_reports_without_values() {
        let ok = r#"{"TmpSecretId":"AKIDtmp","TmpSecretKey":"tmpkey","Token":"tok","ExpiredTime":1700003600,"Expiration":"2023-11-14T23:13:20Z","Code":"Success"}"#;
        let c = parse_metadata_credentials(ok, "r").unwrap();
        assert_eq!(
            (c.secret_id(), c.secret_key(), c.token()),
            ("AKIDtmp", "tmpkey", Some("tok"))
        );
        assert_eq!(c.expires_at(), Some(from_unix_secs(1_700_003_600)));
        let as_string = ok.replace("1700003600", "\"1700003600\"");
        assert!(parse_metadata_credentials(&as_string, "r").is_ok());
        for (body, what) in [
            ("not json {", "not valid JSON"),
            (r#"{"Code":"Failed"}"#, "Code \"Failed\""),
            (
                r#"{"TmpSecretId":"a","Token":"t","ExpiredTime":1,"Code":"Success"}"#,
                "lack `TmpSecretKey`",
            ),
            (
                r#"{"TmpSecretId":"a","TmpSecretKey":"secretvalue","Token":"t","Code":"Success"}"#,
                "ExpiredTime",
            ),
            (r#"[1,2]"#, "lack `TmpSecretId`"),
            ("", "not valid JSON"),
        ] {
            let e = parse_metadata_credentials(body, "r").unwrap_err();
            assert!(e.to_string().contains(what), "{e}");
            assert!(!e.to_string().contains("secretvalue"));
        }
    }
}
