//! Temporary credentials from STS: `AssumeRole` and
//! `AssumeRoleWithWebIdentity` (TKE OIDC).
//!
//! Both call `sts` version `2018-08-13` through the runtime's own generic
//! call path (signing, retries, timeouts, error envelopes), and cache the
//! result until [`DEFAULT_REFRESH_MARGIN`] before it expires.

use super::{
    lenient_i64, str_member, BoxFuture, Credential, CredentialsCache, CredentialsError,
    ProvideCredentials, SharedCredentials, DEFAULT_REFRESH_MARGIN,
};
use crate::client::ServiceClient;
use crate::config::{Config, Endpoint};
use crate::env::Env;
use crate::error::Error;
use crate::time::{from_unix_secs, SharedTimeSource};
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const STS: &str = "sts";
const STS_VERSION: &str = "2018-08-13";
/// STS needs a region; the official SDKs use this one.
pub const DEFAULT_STS_REGION: &str = "ap-guangzhou";
/// The official SDKs' default credential lifetime.
pub const DEFAULT_DURATION: Duration = Duration::from_secs(7200);
/// The longest lifetime STS grants.
pub const MAX_DURATION: Duration = Duration::from_secs(43_200);

fn default_session_name() -> String {
    let micros = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_micros())
        .unwrap_or_default();
    format!("tencentcloud-rust-sdk-{micros}")
}

/// Settings both STS providers share.
#[derive(Debug, Clone)]
struct StsSettings {
    role_arn: String,
    session_name: Option<String>,
    duration: Duration,
    region: String,
    endpoint: Option<Endpoint>,
    base: Option<Config>,
    margin: Duration,
    time: SharedTimeSource,
}

impl StsSettings {
    fn new(role_arn: String) -> Self {
        StsSettings {
            role_arn,
            session_name: None,
            duration: DEFAULT_DURATION,
            region: DEFAULT_STS_REGION.to_string(),
            endpoint: None,
            base: None,
            margin: DEFAULT_REFRESH_MARGIN,
            time: SharedTimeSource::default(),
        }
    }

    fn check(&self, what: &str) -> Result<(), Error> {
        if self.role_arn.is_empty() {
            return Err(Error::config(format!("{what}: the role ARN is empty")));
        }
        if self.duration < Duration::from_secs(1) || self.duration > MAX_DURATION {
            return Err(Error::config(format!(
                "{what}: the duration must be between 1 s and 43200 s, not {:?}",
                self.duration
            )));
        }
        if let Some(s) = &self.session_name {
            if s.is_empty()
                || s.len() > 64
                || !s
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"_+=,.@-".contains(&b))
            {
                return Err(Error::config(format!(
                    "{what}: the session name must be 1 to 64 letters, digits or `_+=,.@-`"
                )));
            }
        }
        Ok(())
    }

    /// The STS client: the base configuration's timeouts, retries and pool,
    /// with STS's own credentials, region and endpoint.
    fn client(&self, credentials: Option<SharedCredentials>) -> Result<ServiceClient, Error> {
        let mut b = match &self.base {
            Some(c) => c.to_builder(),
            None => Config::builder(),
        };
        b = b.region(self.region.clone());
        match &self.endpoint {
            // An explicit endpoint wins over anything the base configuration has.
            Some(e) => b = b.endpoint(e.clone()).remove_service_endpoint(STS),
            None if self.base.is_none() => b = b.endpoint(Endpoint::Default),
            None => {}
        }
        if let Some(c) = credentials {
            b = b.credentials(c);
        }
        let config = b.build()?;
        Ok(ServiceClient::generic(&config, STS, STS_VERSION))
    }

    fn params(&self, extra: &[(&str, serde_json::Value)]) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        m.insert("RoleArn".into(), self.role_arn.clone().into());
        m.insert(
            "RoleSessionName".into(),
            self.session_name
                .clone()
                .unwrap_or_else(default_session_name)
                .into(),
        );
        m.insert("DurationSeconds".into(), self.duration.as_secs().into());
        for (k, v) in extra {
            m.insert((*k).to_string(), v.clone());
        }
        serde_json::Value::Object(m)
    }
}

/// Read `Credentials.{TmpSecretId,TmpSecretKey,Token}` and `ExpiredTime`
/// from an STS `Response`. Errors name members, never values.
fn parse_sts_response(
    response: &serde_json::Value,
    what: &str,
) -> Result<Credential, CredentialsError> {
    let creds = response.get("Credentials").ok_or_else(|| {
        CredentialsError::unavailable(format!("{what}: the response has no `Credentials`"))
    })?;
    let member = |name: &str| {
        str_member(creds, name).ok_or_else(|| {
            CredentialsError::unavailable(format!(
                "{what}: the response lacks `Credentials.{name}`"
            ))
        })
    };
    let id = member("TmpSecretId")?;
    let key = member("TmpSecretKey")?;
    let token = member("Token")?;
    let expires = response
        .get("ExpiredTime")
        .and_then(lenient_i64)
        .ok_or_else(|| {
            CredentialsError::unavailable(format!(
                "{what}: the response lacks a numeric `ExpiredTime`"
            ))
        })?;
    let credential = Credential::with_token(id, key, token).expiring_at(from_unix_secs(expires));
    credential
        .validate()
        .map_err(|e| CredentialsError::unavailable(format!("{what}: {}", e.message())))?;
    Ok(credential)
}

fn call_failed(what: &str, e: Error) -> CredentialsError {
    match e {
        // The source credentials could not be had: say so, keeping their kind.
        Error::Credentials(c) => CredentialsError {
            kind: c.kind,
            message: format!("{what}: source credentials: {}", c.message),
            source: c.source,
        },
        other => CredentialsError::unavailable(format!("{what} failed")).with_source(other),
    }
}

/// Temporary credentials for a CAM role, from STS `AssumeRole` called with
/// other (source) credentials.
///
/// ```no_run
/// # async fn demo() -> Result<(), tencentcloud_runtime::Error> {
/// use std::time::Duration;
/// use tencentcloud_runtime::credentials::AssumeRoleProvider;
/// use tencentcloud_runtime::{Config, Credential};
/// let role = AssumeRoleProvider::builder("qcs::cam::uin/100000000001:roleName/deployer")
///     .source_credentials(Credential::new("AKID...", "secret"))
///     .session_name("ci-deploy")
///     .duration(Duration::from_secs(3600))
///     .build()?;
/// let config = Config::builder().credentials(role).region("ap-guangzhou").build()?;
/// # let _ = config; Ok(()) }
/// ```
#[derive(Debug)]
pub struct AssumeRoleProvider {
    settings: StsSettings,
    client: ServiceClient,
    cache: CredentialsCache,
}

/// Builds an [`AssumeRoleProvider`].
#[derive(Debug, Clone)]
pub struct AssumeRoleProviderBuilder {
    settings: StsSettings,
    source: Option<SharedCredentials>,
}

impl AssumeRoleProviderBuilder {
    /// The credentials that call STS (required).
    pub fn source_credentials(mut self, c: impl Into<SharedCredentials>) -> Self {
        self.source = Some(c.into());
        self
    }

    /// `RoleSessionName` (default `tencentcloud-rust-sdk-<microseconds>`).
    pub fn session_name(mut self, name: impl Into<String>) -> Self {
        self.settings.session_name = Some(name.into());
        self
    }

    /// `DurationSeconds`: 1 s to 12 h (default 2 h).
    pub fn duration(mut self, d: Duration) -> Self {
        self.settings.duration = d;
        self
    }

    /// The region STS is called in (default `ap-guangzhou`).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.settings.region = region.into();
        self
    }

    /// STS's endpoint (default `sts.tencentcloudapi.com`; tests use a local
    /// server).
    pub fn endpoint(mut self, endpoint: Endpoint) -> Self {
        self.settings.endpoint = Some(endpoint);
        self
    }

    /// Take timeouts, retries, the connection pool and the clock from this
    /// configuration (its credentials, region and endpoint are not used).
    pub fn config(mut self, config: &Config) -> Self {
        self.settings.base = Some(config.clone());
        self
    }

    /// Refresh this long before expiry (default 300 s).
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.settings.margin = margin;
        self
    }

    /// Read the time for expiry from here (tests).
    pub fn time_source(mut self, time: SharedTimeSource) -> Self {
        self.settings.time = time;
        self
    }

    /// Build (nothing is sent until credentials are first asked for).
    pub fn build(self) -> Result<AssumeRoleProvider, Error> {
        self.settings.check("AssumeRole")?;
        let source = self
            .source
            .ok_or_else(|| Error::config("AssumeRole: source credentials are required"))?;
        let client = self.settings.client(Some(source))?;
        Ok(AssumeRoleProvider {
            cache: CredentialsCache::new(self.settings.margin, self.settings.time.clone()),
            settings: self.settings,
            client,
        })
    }
}

impl AssumeRoleProvider {
    /// Assume the role `role_arn` (`qcs::cam::uin/<uin>:roleName/<name>`).
    pub fn builder(role_arn: impl Into<String>) -> AssumeRoleProviderBuilder {
        AssumeRoleProviderBuilder {
            settings: StsSettings::new(role_arn.into()),
            source: None,
        }
    }

    /// The cache (current credentials and their expiry).
    pub fn cache(&self) -> &CredentialsCache {
        &self.cache
    }

    async fn fetch(&self) -> Result<Credential, CredentialsError> {
        let what = format!("STS AssumeRole for {}", self.settings.role_arn);
        let response = self
            .client
            .call_value("AssumeRole", &self.settings.params(&[]), false, true)
            .await
            .map_err(|e| call_failed(&what, e))?;
        parse_sts_response(&response, &what)
    }
}

impl ProvideCredentials for AssumeRoleProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        Box::pin(self.cache.get_or_refresh(|| self.fetch()))
    }
}

/// Variables of the TKE OIDC provider.
pub const TKE_VARS: [&str; 4] = [
    "TKE_REGION",
    "TKE_PROVIDER_ID",
    "TKE_WEB_IDENTITY_TOKEN_FILE",
    "TKE_ROLE_ARN",
];

/// Temporary credentials for a CAM role from an OIDC token
/// (`AssumeRoleWithWebIdentity`, sent unsigned with `Authorization: SKIP`):
/// the way pods on TKE get credentials.
///
/// [`from_tke_env`](Self::from_tke_env) reads `TKE_REGION`,
/// `TKE_PROVIDER_ID`, `TKE_WEB_IDENTITY_TOKEN_FILE` and `TKE_ROLE_ARN` (the
/// official SDKs' variables; unlike the official Go SDK, `TKE_REGION` is
/// honoured). The token file is read again on every refresh, as the
/// platform rotates it.
///
/// ```no_run
/// # async fn demo() -> Result<(), tencentcloud_runtime::Error> {
/// use tencentcloud_runtime::credentials::WebIdentityProvider;
/// use tencentcloud_runtime::Config;
/// let tke = WebIdentityProvider::from_tke_env(&tencentcloud_runtime::env::Env::process())
///     .map_err(|e| tencentcloud_runtime::Error::config(e.to_string()))?;
/// let config = Config::builder().credentials(tke).region("ap-guangzhou").build()?;
/// # let _ = config; Ok(()) }
/// ```
#[derive(Debug)]
pub struct WebIdentityProvider {
    settings: StsSettings,
    provider_id: String,
    token_file: PathBuf,
    client: ServiceClient,
    cache: CredentialsCache,
}

/// Builds a [`WebIdentityProvider`].
#[derive(Debug, Clone)]
pub struct WebIdentityProviderBuilder {
    settings: StsSettings,
    provider_id: String,
    token_file: PathBuf,
}

impl WebIdentityProviderBuilder {
    /// `RoleSessionName` (default `tencentcloud-rust-sdk-<microseconds>`).
    pub fn session_name(mut self, name: impl Into<String>) -> Self {
        self.settings.session_name = Some(name.into());
        self
    }

    /// `DurationSeconds`: 1 s to 12 h (default 2 h).
    pub fn duration(mut self, d: Duration) -> Self {
        self.settings.duration = d;
        self
    }

    /// The region STS is called in.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.settings.region = region.into();
        self
    }

    /// STS's endpoint (default `sts.tencentcloudapi.com`).
    pub fn endpoint(mut self, endpoint: Endpoint) -> Self {
        self.settings.endpoint = Some(endpoint);
        self
    }

    /// Take timeouts, retries, the connection pool and the clock from this
    /// configuration.
    pub fn config(mut self, config: &Config) -> Self {
        self.settings.base = Some(config.clone());
        self
    }

    /// Refresh this long before expiry (default 300 s).
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.settings.margin = margin;
        self
    }

    /// Read the time for expiry from here (tests).
    pub fn time_source(mut self, time: SharedTimeSource) -> Self {
        self.settings.time = time;
        self
    }

    /// Build (nothing is read or sent until credentials are first asked for).
    pub fn build(self) -> Result<WebIdentityProvider, Error> {
        self.settings.check("AssumeRoleWithWebIdentity")?;
        if self.provider_id.is_empty() {
            return Err(Error::config(
                "AssumeRoleWithWebIdentity: the provider id is empty",
            ));
        }
        let client = self.settings.client(None)?;
        Ok(WebIdentityProvider {
            cache: CredentialsCache::new(self.settings.margin, self.settings.time.clone()),
            settings: self.settings,
            provider_id: self.provider_id,
            token_file: self.token_file,
            client,
        })
    }
}

impl WebIdentityProvider {
    /// Assume `role_arn` with the OIDC token in `token_file`, issued by the
    /// identity provider `provider_id`, calling STS in `region`.
    pub fn builder(
        region: impl Into<String>,
        provider_id: impl Into<String>,
        token_file: impl Into<PathBuf>,
        role_arn: impl Into<String>,
    ) -> WebIdentityProviderBuilder {
        let mut settings = StsSettings::new(role_arn.into());
        settings.region = region.into();
        WebIdentityProviderBuilder {
            settings,
            provider_id: provider_id.into(),
            token_file: token_file.into(),
        }
    }

    /// The TKE provider from `TKE_*` variables. None of them set: "not
    /// found"; some but not all: an error naming the missing ones.
    pub fn from_tke_env(env: &Env) -> Result<WebIdentityProvider, CredentialsError> {
        Self::tke_builder(env)?
            .build()
            .map_err(|e| CredentialsError::invalid(format!("TKE OIDC: {e}")))
    }

    /// The builder [`from_tke_env`](Self::from_tke_env) uses, to adjust it.
    pub fn tke_builder(env: &Env) -> Result<WebIdentityProviderBuilder, CredentialsError> {
        let values: Vec<Option<String>> = TKE_VARS.iter().map(|v| env.get(v)).collect();
        let missing: Vec<&str> = TKE_VARS
            .iter()
            .zip(&values)
            .filter(|(_, v)| v.is_none())
            .map(|(n, _)| *n)
            .collect();
        if missing.len() == TKE_VARS.len() {
            return Err(CredentialsError::not_found(
                "TKE OIDC: TKE_REGION, TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE and TKE_ROLE_ARN are not set",
            ));
        }
        if !missing.is_empty() {
            return Err(CredentialsError::invalid(format!(
                "TKE OIDC: {} set, but {} not",
                TKE_VARS
                    .iter()
                    .filter(|n| !missing.contains(n))
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", "),
                missing.join(", ")
            )));
        }
        let mut it = values.into_iter().flatten();
        let (Some(region), Some(provider), Some(file), Some(role)) =
            (it.next(), it.next(), it.next(), it.next())
        else {
            return Err(CredentialsError::invalid("TKE OIDC: variables missing"));
        };
        Ok(WebIdentityProvider::builder(region, provider, file, role))
    }

    /// The cache (current credentials and their expiry).
    pub fn cache(&self) -> &CredentialsCache {
        &self.cache
    }

    fn read_token(&self) -> Result<String, CredentialsError> {
        let file = self.token_file.display();
        let bytes = std::fs::read(&self.token_file).map_err(|e| {
            CredentialsError::invalid(format!("web identity token file {file}: cannot read it"))
                .with_source(e)
        })?;
        let token = String::from_utf8(bytes).map_err(|_| {
            CredentialsError::invalid(format!("web identity token file {file}: not UTF-8"))
        })?;
        let token = token.trim();
        if token.is_empty() {
            return Err(CredentialsError::invalid(format!(
                "web identity token file {file} is empty"
            )));
        }
        Ok(token.to_string())
    }

    async fn fetch(&self) -> Result<Credential, CredentialsError> {
        let token = self.read_token()?;
        let what = format!(
            "STS AssumeRoleWithWebIdentity for {}",
            self.settings.role_arn
        );
        let params = self.settings.params(&[
            ("ProviderId", self.provider_id.clone().into()),
            ("WebIdentityToken", token.into()),
        ]);
        let response = self
            .client
            .call_value("AssumeRoleWithWebIdentity", &params, true, true)
            .await
            .map_err(|e| call_failed(&what, e))?;
        parse_sts_response(&response, &what)
    }
}

impl ProvideCredentials for WebIdentityProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        Box::pin(self.cache.get_or_refresh(|| self.fetch()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::CredentialsErrorKind;
    use serde_json::json;

    #[test]
    fn parses_sts_responses() {
        let r = json!({"Credentials":{"Token":"tok","TmpSecretId":"AKIDtmp","TmpSecretKey":"tmpkey"},"ExpiredTime":1700007200,"Expiration":"2023-11-15T00:13:20Z","RequestId":"r"});
        let c = parse_sts_response(&r, "x").unwrap();
        assert_eq!(
            (c.secret_id(), c.secret_key(), c.token()),
            ("AKIDtmp", "tmpkey", Some("tok"))
        );
        assert_eq!(c.expires_at(), Some(from_unix_secs(1_700_007_200)));
        for bad in [
            json!({}),
            json!({"Credentials":{"Token":"t","TmpSecretId":"a"},"ExpiredTime":1}),
            json!({"Credentials":{"Token":"t","TmpSecretId":"a","TmpSecretKey":"hidden-key"}}),
            json!({"Credentials":"x","ExpiredTime":1}),
        ] {
            let e = parse_sts_response(&bad, "x").unwrap_err();
            assert_eq!(e.kind(), CredentialsErrorKind::Unavailable);
            assert!(!e.to_string().contains("hidden-key"));
        }
    }

    #[test]
    fn settings_are_checked() {
        let b = || {
            AssumeRoleProvider::builder("qcs::cam::uin/1:roleName/r")
                .source_credentials(Credential::new("a", "b"))
        };
        assert!(b().build().is_ok());
        assert!(b().duration(Duration::from_secs(43_201)).build().is_err());
        assert!(b().duration(Duration::ZERO).build().is_err());
        assert!(b().session_name("has space").build().is_err());
        assert!(AssumeRoleProvider::builder("")
            .source_credentials(Credential::new("a", "b"))
            .build()
            .is_err());
        assert!(AssumeRoleProvider::builder("r").build().is_err());
        let p = b().session_name("s1").build().unwrap();
        assert_eq!(
            p.settings.params(&[]),
            json!({"RoleArn":"qcs::cam::uin/1:roleName/r","RoleSessionName":"s1","DurationSeconds":7200})
        );
        assert!(default_session_name().starts_with("tencentcloud-rust-sdk-"));
    }

    #[test]
    fn tke_variables() {
        let none =
            WebIdentityProvider::from_tke_env(&Env::from_pairs::<&str, &str>([])).unwrap_err();
        assert!(none.is_not_found());
        let some = WebIdentityProvider::from_tke_env(&Env::from_pairs([
            ("TKE_REGION", "ap-shanghai"),
            ("TKE_ROLE_ARN", "r"),
        ]))
        .unwrap_err();
        assert_eq!(some.kind(), CredentialsErrorKind::Invalid);
        assert!(
            some.to_string()
                .contains("TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE not"),
            "{some}"
        );
        let all = WebIdentityProvider::from_tke_env(&Env::from_pairs([
            ("TKE_REGION", "ap-shanghai"),
            ("TKE_PROVIDER_ID", "p"),
            ("TKE_WEB_IDENTITY_TOKEN_FILE", "/nonexistent/token"),
            ("TKE_ROLE_ARN", "r"),
        ]))
        .unwrap();
        // TKE_REGION is honoured (the official Go SDK ignores it).
        assert_eq!(all.settings.region, "ap-shanghai");
        let e = all.read_token().unwrap_err();
        assert_eq!(e.kind(), CredentialsErrorKind::Invalid);
        assert!(e.to_string().contains("/nonexistent/token"));
    }
}
