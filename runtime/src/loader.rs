//! Configuration from the environment and the official CLI's files.
//!
//! [`ConfigLoader`] builds a [`Config`] the way the official CLI (`tccli`)
//! finds its settings, so a machine set up for `tccli` works unchanged:
//!
//! - **Profile**: the one named in code, else `TCCLI_PROFILE`, else
//!   `default`. Its files are `~/.tccli/<profile>.configure` (JSON; region,
//!   language and per-service endpoints) and `~/.tccli/<profile>.credential`
//!   (JSON; keys, or a role to assume, or `"type": "cvm-role"`).
//! - **Environment** (read only when no profile is named in code, as the
//!   CLI ignores it under `--profile`): `TENCENTCLOUD_SECRET_ID`,
//!   `TENCENTCLOUD_SECRET_KEY`, `TENCENTCLOUD_SESSION_TOKEN` or
//!   `TENCENTCLOUD_TOKEN`, `TENCENTCLOUD_REGION`, and
//!   `TENCENTCLOUD_ROLE_ARN` with `TENCENTCLOUD_ROLE_SESSION_NAME` (assume
//!   that role with the keys found).
//! - **Credentials**, first found: set in code; the environment's keys; the
//!   profile's `.credential` file; then the SDK's
//!   [`DefaultCredentialsChain`] (the `~/.tencentcloud/credentials` profile
//!   file, TKE OIDC, the CVM instance role), resolved lazily on the first
//!   call so loading never blocks on the network.
//! - **Region**: set in code; `TENCENTCLOUD_REGION`; the profile's
//!   `region`; else none (`X-TC-Region` is then omitted).
//! - **Endpoint style**: set in code; else deduced from the profile's
//!   per-service endpoints (the international CLI writes
//!   `<svc>.intl.tencentcloudapi.com` for every service; `tccli configure
//!   set-root-domain` writes `<svc>.<domain>`); a service whose endpoint
//!   differs from the common style keeps its own.
//!
//! Every value can be overridden in code, and [`ConfigLoader::load_builder`]
//! returns a [`ConfigBuilder`] for everything else. Loading never panics;
//! a malformed file is an error naming it.
//!
//! ```no_run
//! # fn demo() -> Result<(), tencentcloud_runtime::Error> {
//! use tencentcloud_runtime::{Config, ConfigLoader};
//! // Everything from the environment and ~/.tccli:
//! let config = Config::from_env()?;
//! // A named profile, with the region overridden in code:
//! let config = ConfigLoader::new().profile("prod").region("ap-singapore").load()?;
//! // Anything else through the builder:
//! let config = ConfigLoader::new()
//!     .load_builder()?
//!     .request_timeout(std::time::Duration::from_secs(10))
//!     .build()?;
//! # let _ = config; Ok(()) }
//! ```

use crate::config::{Config, ConfigBuilder, Endpoint};
use crate::credentials::{
    AssumeRoleProvider, BoxFuture, Credential, CredentialsChain, CredentialsError, CvmRoleProvider,
    DefaultCredentialsChain, ProfileFileProvider, ProvideCredentials, SharedCredentials,
    WebIdentityProvider,
};
use crate::env::Env;
use crate::error::Error;
use crate::time::{from_unix_secs, SharedTimeSource};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Variable naming the CLI profile.
pub const PROFILE_VAR: &str = "TCCLI_PROFILE";
/// Variable holding the region.
pub const REGION_VAR: &str = "TENCENTCLOUD_REGION";
/// Variable holding a role to assume with the keys found.
pub const ROLE_ARN_VAR: &str = "TENCENTCLOUD_ROLE_ARN";
/// Variable holding the session name for [`ROLE_ARN_VAR`].
pub const ROLE_SESSION_NAME_VAR: &str = "TENCENTCLOUD_ROLE_SESSION_NAME";

/// Loads a [`Config`] from the environment and the official CLI's files
/// (see the [module docs](self)).
#[derive(Debug, Clone, Default)]
pub struct ConfigLoader {
    env: Env,
    profile: Option<String>,
    credentials: Option<SharedCredentials>,
    region: Option<String>,
    endpoint: Option<Endpoint>,
    language: Option<String>,
    metadata_url: Option<String>,
    metadata_timeout: Option<Duration>,
    sts_endpoint: Option<Endpoint>,
    time: Option<SharedTimeSource>,
}

/// What the profile's `.configure` file says.
#[derive(Debug, Default)]
struct CliConfigure {
    region: Option<String>,
    language: Option<String>,
    request_client: Option<String>,
    endpoint: Option<Endpoint>,
    service_endpoints: BTreeMap<String, String>,
    sts_endpoint: Option<String>,
}

/// What the profile's `.credential` file says.
#[derive(Debug, Default)]
struct CliCredential {
    path: PathBuf,
    kind: Option<String>,
    keys: Option<Credential>,
    role_arn: Option<String>,
    role_session_name: Option<String>,
}

impl ConfigLoader {
    /// A loader reading the process environment.
    pub fn new() -> Self {
        Self::default()
    }

    /// Read variables and the home directory from `env` instead (tests).
    pub fn env(mut self, env: Env) -> Self {
        self.env = env;
        self
    }

    /// Use this CLI profile (and ignore the `TENCENTCLOUD_*` variables, as
    /// `tccli --profile` does).
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// Use these credentials (nothing is looked up).
    pub fn credentials(mut self, c: impl Into<SharedCredentials>) -> Self {
        self.credentials = Some(c.into());
        self
    }

    /// Use this region.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Use this endpoint style (per-service endpoints from the profile are
    /// then ignored).
    pub fn endpoint(mut self, endpoint: Endpoint) -> Self {
        self.endpoint = Some(endpoint);
        self
    }

    /// Use this `X-TC-Language`.
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.language = Some(language.into());
        self
    }

    /// The metadata service's base URL for the CVM role step (tests).
    pub fn metadata_url(mut self, url: impl Into<String>) -> Self {
        self.metadata_url = Some(url.into());
        self
    }

    /// Timeout of each metadata request (default 1 s).
    pub fn metadata_timeout(mut self, t: Duration) -> Self {
        self.metadata_timeout = Some(t);
        self
    }

    /// STS's endpoint for assumed roles and TKE OIDC (tests; otherwise the
    /// profile's `sts.endpoint` or `sts.tencentcloudapi.com`).
    pub fn sts_endpoint(mut self, endpoint: Endpoint) -> Self {
        self.sts_endpoint = Some(endpoint);
        self
    }

    /// Read the time from here for credential expiry (tests).
    pub fn time_source(mut self, time: SharedTimeSource) -> Self {
        self.time = Some(time);
        self
    }

    /// Load and build the configuration.
    pub fn load(self) -> Result<Config, Error> {
        self.load_builder()?.build()
    }

    /// Load into a builder, to set anything else before building.
    pub fn load_builder(self) -> Result<ConfigBuilder, Error> {
        let named = self.profile.is_some();
        let profile = match &self.profile {
            Some(p) => p.clone(),
            None => self
                .env
                .get(PROFILE_VAR)
                .unwrap_or_else(|| "default".to_string()),
        };
        if profile.is_empty() || profile.contains(['/', '\\']) || profile.starts_with('.') {
            return Err(Error::config(format!("invalid profile name {profile:?}")));
        }
        let cli_dir = self.env.home_dir().map(|h| h.join(".tccli"));
        let configure = match &cli_dir {
            Some(dir) => read_configure(&dir.join(format!("{profile}.configure")))?,
            None => CliConfigure::default(),
        };
        let cli_credential = match &cli_dir {
            Some(dir) => read_credential(&dir.join(format!("{profile}.credential")))?,
            None => None,
        };
        let use_env = !named;

        let mut b = Config::builder();
        if let Some(t) = &self.time {
            b = b.time_source(TimeSourceRef(t.clone()));
        }
        // Region.
        let region = self
            .region
            .clone()
            .or_else(|| use_env.then(|| self.env.get(REGION_VAR)).flatten())
            .or(configure.region.clone());
        if let Some(r) = &region {
            b = b.region(r.clone());
        }
        // Language and request client.
        if let Some(l) = self.language.clone().or(configure.language.clone()) {
            b = b.language(l);
        }
        if let Some(rc) = &configure.request_client {
            b = b.request_client(rc.clone());
        }
        // Endpoints.
        match &self.endpoint {
            Some(e) => b = b.endpoint(e.clone()),
            None => {
                if let Some(e) = &configure.endpoint {
                    b = b.endpoint(e.clone());
                }
                for (svc, url) in &configure.service_endpoints {
                    b = b.service_endpoint(svc.clone(), url.clone());
                }
            }
        }
        // The base for STS calls made while resolving credentials.
        let base = b.clone().build()?;
        let sts_endpoint = self.sts_endpoint.clone().or_else(|| {
            configure
                .sts_endpoint
                .as_ref()
                .map(|e| Endpoint::Custom(e.clone()))
        });
        let credentials = match self.credentials.clone() {
            Some(c) => c,
            None => {
                self.resolve_credentials(named, &profile, cli_credential, &base, sts_endpoint)?
            }
        };
        Ok(b.credentials(credentials))
    }

    fn resolve_credentials(
        &self,
        named: bool,
        profile: &str,
        cli: Option<CliCredential>,
        base: &Config,
        sts_endpoint: Option<Endpoint>,
    ) -> Result<SharedCredentials, Error> {
        let time = self.time.clone().unwrap_or_default();
        let env_keys = if named {
            None
        } else {
            match crate::credentials::EnvironmentProvider::with_env(self.env.clone()).load() {
                Ok(c) => Some(c),
                Err(e) if e.is_not_found() => None,
                Err(e) => return Err(Error::Credentials(Box::new(e))),
            }
        };
        let env_role = if named {
            None
        } else {
            self.env
                .get(ROLE_ARN_VAR)
                .map(|arn| (arn, self.env.get(ROLE_SESSION_NAME_VAR)))
        };
        let assume = |source: SharedCredentials,
                      arn: String,
                      session: Option<String>|
         -> Result<SharedCredentials, Error> {
            let mut r = AssumeRoleProvider::builder(arn)
                .source_credentials(source)
                .config(base)
                .time_source(time.clone());
            if let Some(s) = session {
                r = r.session_name(s);
            }
            if let Some(e) = &sts_endpoint {
                r = r.endpoint(e.clone());
            }
            if let Some(region) = base.region() {
                r = r.region(region);
            }
            Ok(r.build()?.into())
        };

        // 1. Keys from the environment.
        if let Some(keys) = env_keys {
            return match env_role {
                Some((arn, session)) => assume(keys.into(), arn, session),
                None => Ok(keys.into()),
            };
        }
        // 2. The CLI profile's credential file.
        if let Some(cli) = cli {
            if cli.kind.as_deref() == Some("cvm-role") {
                let mut cvm = CvmRoleProvider::builder().time_source(time.clone());
                if let Some(u) = &self.metadata_url {
                    cvm = cvm.base_url(u.clone());
                }
                if let Some(t) = self.metadata_timeout {
                    cvm = cvm.timeout(t);
                }
                return Ok(cvm.build().into());
            }
            if let Some(keys) = cli.keys.clone() {
                let source: SharedCredentials = match cli.kind.as_deref() {
                    Some("oauth") | Some("sso") => CliTemporary {
                        credential: keys,
                        path: cli.path.clone(),
                        time: time.clone(),
                    }
                    .into(),
                    _ => keys.into(),
                };
                let role = env_role.or_else(|| {
                    cli.role_arn
                        .clone()
                        .map(|arn| (arn, cli.role_session_name.clone()))
                });
                return match role {
                    Some((arn, session)) => assume(source, arn, session),
                    None => Ok(source),
                };
            }
        }
        if let Some((arn, _)) = env_role {
            return Err(Error::config(format!(
                "{ROLE_ARN_VAR} is {arn:?}, but no secret id and key were found to assume it with"
            )));
        }
        // 3. The SDK's own chain, resolved on first use.
        if named {
            // A named profile: the SDK profile file's section of that name,
            // then the instance's identity; not the environment.
            let mut cvm = CvmRoleProvider::builder().time_source(time.clone());
            if let Some(u) = &self.metadata_url {
                cvm = cvm.base_url(u.clone());
            }
            if let Some(t) = self.metadata_timeout {
                cvm = cvm.timeout(t);
            }
            let mut chain = CredentialsChain::new().or_else(
                "profile file",
                ProfileFileProvider::new()
                    .env(self.env.clone())
                    .profile(profile),
            );
            // TKE OIDC (set up explicitly by its variables) before the
            // node's instance role, as in the default chain.
            match WebIdentityProvider::tke_builder(&self.env) {
                Ok(mut tke) => {
                    tke = tke.config(base).time_source(time);
                    if let Some(e) = sts_endpoint {
                        tke = tke.endpoint(e);
                    }
                    chain = chain.or_else("TKE OIDC", tke.build()?);
                }
                Err(e) if e.is_not_found() => {}
                Err(e) => return Err(Error::Credentials(Box::new(e))),
            }
            return Ok(chain.or_else("CVM role", cvm.build()).into());
        }
        let mut chain = DefaultCredentialsChain::builder()
            .env(self.env.clone())
            .config(base)
            .time_source(time);
        if let Some(u) = &self.metadata_url {
            chain = chain.metadata_url(u.clone());
        }
        if let Some(t) = self.metadata_timeout {
            chain = chain.metadata_timeout(t);
        }
        if let Some(e) = sts_endpoint {
            chain = chain.sts_endpoint(e);
        }
        Ok(chain.build().into())
    }
}

/// A `SharedTimeSource` as a `TimeSource` (for `ConfigBuilder::time_source`).
#[derive(Debug)]
struct TimeSourceRef(SharedTimeSource);

impl crate::time::TimeSource for TimeSourceRef {
    fn now(&self) -> std::time::SystemTime {
        self.0.now()
    }
}

/// Temporary keys the CLI obtained by SSO or OAuth and refreshes itself: used
/// until they expire, then an error saying to refresh them with the CLI.
#[derive(Debug)]
struct CliTemporary {
    credential: Credential,
    path: PathBuf,
    time: SharedTimeSource,
}

impl ProvideCredentials for CliTemporary {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        let result = if self.credential.is_expired_at(self.time.now()) {
            Err(CredentialsError::unavailable(format!(
                "the temporary credentials in {} have expired; run tccli (log in again) to refresh them",
                self.path.display()
            )))
        } else {
            Ok(self.credential.clone())
        };
        Box::pin(async move { result })
    }
}

fn read_json(path: &Path) -> Result<Option<serde_json::Map<String, serde_json::Value>>, String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("{}: cannot read it: {e}", path.display())),
    };
    match serde_json::from_slice::<serde_json::Value>(&bytes) {
        Ok(serde_json::Value::Object(m)) => Ok(Some(m)),
        Ok(_) => Err(format!("{}: not a JSON object", path.display())),
        // Line and column only: the file may hold secrets.
        Err(e) => Err(format!(
            "{}:{}:{}: not valid JSON",
            path.display(),
            e.line(),
            e.column()
        )),
    }
}

fn string(v: Option<&serde_json::Value>) -> Option<String> {
    v.and_then(|v| v.as_str())
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn read_configure(path: &Path) -> Result<CliConfigure, Error> {
    let Some(doc) = read_json(path).map_err(Error::config)? else {
        return Ok(CliConfigure::default());
    };
    // Settings live in `_sys_param`; older CLI versions kept them at the top.
    let sys = doc.get("_sys_param").and_then(|v| v.as_object());
    let setting = |key: &str| string(sys.and_then(|s| s.get(key))).or_else(|| string(doc.get(key)));
    let mut out = CliConfigure {
        region: setting("region"),
        language: setting("language"),
        request_client: setting("request-client"),
        ..CliConfigure::default()
    };
    // Per-service endpoints: `{"cvm": {"endpoint": "cvm.intl.tencentcloudapi.com", ...}}`.
    let mut endpoints: Vec<(String, String)> = Vec::new();
    for (module, v) in &doc {
        if module == "_sys_param" {
            continue;
        }
        if let Some(host) = string(v.get("endpoint")) {
            endpoints.push((module.clone(), host));
        }
    }
    out.sts_endpoint = endpoints
        .iter()
        .find(|(m, _)| m == "sts")
        .map(|(_, h)| h.clone());
    // The common style: the most frequent domain after the first label.
    let style_of = |host: &str| -> Option<Endpoint> {
        let host = host
            .split("://")
            .last()
            .unwrap_or(host)
            .trim_end_matches('/');
        let (_, rest) = host.split_once('.')?;
        Some(match rest {
            "tencentcloudapi.com" => Endpoint::Default,
            "intl.tencentcloudapi.com" => Endpoint::International,
            other => Endpoint::RootDomain(other.to_string()),
        })
    };
    let mut counts: BTreeMap<String, (usize, Endpoint)> = BTreeMap::new();
    for (_, host) in &endpoints {
        if let Some(style) = style_of(host) {
            let entry = counts.entry(format!("{style:?}")).or_insert((0, style));
            entry.0 += 1;
        }
    }
    let common = counts
        .into_values()
        .max_by_key(|(n, _)| *n)
        .map(|(_, style)| style);
    for (module, host) in endpoints {
        let prefix = host
            .split("://")
            .last()
            .unwrap_or(&host)
            .split('.')
            .next()
            .unwrap_or("")
            .to_string();
        let expected = match &common {
            Some(Endpoint::Default) => format!("{prefix}.tencentcloudapi.com"),
            Some(Endpoint::International) => format!("{prefix}.intl.tencentcloudapi.com"),
            Some(Endpoint::RootDomain(d)) => format!("{prefix}.{d}"),
            _ => String::new(),
        };
        if host != expected {
            out.service_endpoints.insert(module.clone(), host.clone());
            if !prefix.is_empty() && prefix != module {
                out.service_endpoints.insert(prefix, host);
            }
        }
    }
    out.endpoint = common;
    Ok(out)
}

fn read_credential(path: &Path) -> Result<Option<CliCredential>, Error> {
    let Some(doc) =
        read_json(path).map_err(|m| Error::Credentials(Box::new(CredentialsError::invalid(m))))?
    else {
        return Ok(None);
    };
    let kind = string(doc.get("type"));
    let id = string(doc.get("secretId"));
    let key = string(doc.get("secretKey"));
    let token = string(doc.get("token"));
    let keys = match (id, key) {
        (Some(id), Some(key)) => {
            let mut c = match token {
                Some(t) => Credential::with_token(id, key, t),
                None => Credential::new(id, key),
            };
            if let Some(exp) = doc
                .get("expiresAt")
                .and_then(crate::credentials::lenient_i64)
            {
                c = c.expiring_at(from_unix_secs(exp));
            }
            c.validate().map_err(|e| {
                Error::Credentials(Box::new(CredentialsError::invalid(format!(
                    "{}: {}",
                    path.display(),
                    e.message()
                ))))
            })?;
            Some(c)
        }
        (None, None) => None,
        _ => {
            return Err(Error::Credentials(Box::new(CredentialsError::invalid(
                format!(
                    "{}: has only one of `secretId` and `secretKey`",
                    path.display()
                ),
            ))))
        }
    };
    Ok(Some(CliCredential {
        path: path.to_path_buf(),
        kind,
        keys,
        role_arn: string(doc.get("role-arn")),
        role_session_name: string(doc.get("role-session-name")),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::TempDir;

    fn home_with(files: &[(&str, &str)]) -> TempDir {
        let dir = TempDir::new("loader");
        for (name, text) in files {
            let p = dir.path().join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    fn env(home: &TempDir, vars: &[(&str, &str)]) -> Env {
        let mut pairs: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        pairs.push(("HOME".into(), home.path().to_string_lossy().into_owned()));
        Env::from_pairs(pairs)
    }

    const INTL_CONFIGURE: &str = r#"{
        "_sys_param": {"region": "ap-singapore", "output": "json", "language": "en-US", "request-client": "ops-box"},
        "cvm": {"endpoint": "cvm.intl.tencentcloudapi.com", "version": "2017-03-12"},
        "cwp": {"endpoint": "cwp.intl.tencentcloudapi.com", "version": "2018-02-28"},
        "autoscaling": {"endpoint": "as.intl.tencentcloudapi.com", "version": "2018-04-19"},
        "cbs": {"endpoint": "cbs.ap-shanghai-fsi.tencentcloudapi.com", "version": "2017-03-12"}
    }"#;

    #[tokio::test]
    async fn reads_the_cli_profile() {
        let home = home_with(&[
            (".tccli/default.configure", INTL_CONFIGURE),
            (
                ".tccli/default.credential",
                r#"{"secretId": "AKIDCLI", "secretKey": "cli-key"}"#,
            ),
        ]);
        let config = ConfigLoader::new().env(env(&home, &[])).load().unwrap();
        assert_eq!(config.region(), Some("ap-singapore"));
        assert_eq!(config.language(), Some("en-US"));
        assert_eq!(config.endpoint(), &Endpoint::International);
        assert!(config.0.request_client.ends_with("; ops-box"));
        // Only the odd one out is kept per service.
        assert_eq!(
            config.service_endpoint("cbs"),
            Some("cbs.ap-shanghai-fsi.tencentcloudapi.com")
        );
        assert_eq!(config.service_endpoint("cvm"), None);
        assert_eq!(config.service_endpoint("autoscaling"), None);
        let c = config.credentials().unwrap().get().await.unwrap();
        assert_eq!(
            (c.secret_id(), c.secret_key(), c.token()),
            ("AKIDCLI", "cli-key", None)
        );
    }

    #[tokio::test]
    async fn environment_wins_unless_a_profile_is_named() {
        let home = home_with(&[
            (".tccli/default.configure", INTL_CONFIGURE),
            (
                ".tccli/default.credential",
                r#"{"secretId": "AKIDCLI", "secretKey": "cli-key"}"#,
            ),
            (
                ".tccli/prod.configure",
                r#"{"_sys_param": {"region": "ap-beijing"}}"#,
            ),
            (
                ".tccli/prod.credential",
                r#"{"secretId": "AKIDPROD", "secretKey": "prod-key", "token": "prod-token"}"#,
            ),
        ]);
        let vars = [
            ("TENCENTCLOUD_SECRET_ID", "AKIDENV"),
            ("TENCENTCLOUD_SECRET_KEY", "env-key"),
            ("TENCENTCLOUD_TOKEN", "env-token"),
            ("TENCENTCLOUD_REGION", "ap-tokyo"),
        ];
        let config = ConfigLoader::new().env(env(&home, &vars)).load().unwrap();
        assert_eq!(config.region(), Some("ap-tokyo"));
        let c = config.credentials().unwrap().get().await.unwrap();
        assert_eq!((c.secret_id(), c.token()), ("AKIDENV", Some("env-token")));

        let config = ConfigLoader::new()
            .env(env(&home, &vars))
            .profile("prod")
            .load()
            .unwrap();
        assert_eq!(config.region(), Some("ap-beijing"));
        assert_eq!(config.endpoint(), &Endpoint::Default);
        let c = config.credentials().unwrap().get().await.unwrap();
        assert_eq!((c.secret_id(), c.token()), ("AKIDPROD", Some("prod-token")));

        // TCCLI_PROFILE picks the profile but keeps the environment.
        let mut with_profile = vars.to_vec();
        with_profile.push(("TCCLI_PROFILE", "prod"));
        with_profile.retain(|(k, _)| *k != "TENCENTCLOUD_REGION");
        let config = ConfigLoader::new()
            .env(env(&home, &with_profile))
            .load()
            .unwrap();
        assert_eq!(config.region(), Some("ap-beijing"));
        let c = config.credentials().unwrap().get().await.unwrap();
        assert_eq!(c.secret_id(), "AKIDENV");
    }

    #[tokio::test]
    async fn every_value_is_overridable_in_code() {
        let home = home_with(&[(".tccli/default.configure", INTL_CONFIGURE)]);
        let config = ConfigLoader::new()
            .env(env(&home, &[("TENCENTCLOUD_REGION", "ap-tokyo")]))
            .region("eu-frankfurt")
            .endpoint(Endpoint::Custom("http://127.0.0.1:1".into()))
            .language("zh-CN")
            .credentials(Credential::new("AKIDCODE", "code-key"))
            .load_builder()
            .unwrap()
            .request_timeout(Duration::from_secs(7))
            .build()
            .unwrap();
        assert_eq!(config.region(), Some("eu-frankfurt"));
        assert_eq!(
            config.endpoint(),
            &Endpoint::Custom("http://127.0.0.1:1".into())
        );
        assert_eq!(config.service_endpoint("cbs"), None);
        assert_eq!(config.language(), Some("zh-CN"));
        assert_eq!(config.request_timeout(), Duration::from_secs(7));
        let c = config.credentials().unwrap().get().await.unwrap();
        assert_eq!(c.secret_id(), "AKIDCODE");
    }

    #[tokio::test]
    async fn nothing_configured_falls_back_to_the_sdk_chain_lazily() {
        let home = home_with(&[(
            ".tencentcloud/credentials",
            "[default]\nsecret_id = AKIDSDK\nsecret_key = sdk-key\n",
        )]);
        let config = ConfigLoader::new().env(env(&home, &[])).load().unwrap();
        assert_eq!(config.region(), None);
        assert_eq!(config.endpoint(), &Endpoint::Default);
        let c = config.credentials().unwrap().get().await.unwrap();
        assert_eq!(c.secret_id(), "AKIDSDK");
        // A named profile reads its own section of that file.
        let home = home_with(&[(
            ".tencentcloud/credentials",
            "[default]\nsecret_id = AKIDSDK\nsecret_key = sdk-key\n[ci]\nsecret_id = AKIDCI\nsecret_key = ci-key\n",
        )]);
        let config = ConfigLoader::new()
            .env(env(&home, &[]))
            .profile("ci")
            .load()
            .unwrap();
        assert_eq!(
            config
                .credentials()
                .unwrap()
                .get()
                .await
                .unwrap()
                .secret_id(),
            "AKIDCI"
        );
    }

    #[tokio::test]
    async fn malformed_files_are_errors_naming_them_without_values() {
        let home = home_with(&[(
            ".tccli/default.configure",
            "{\"_sys_param\": {\"region\": \"ap-",
        )]);
        let e = ConfigLoader::new().env(env(&home, &[])).load().unwrap_err();
        assert!(matches!(e, Error::Config(_)), "{e}");
        assert!(e.to_string().contains("default.configure:1:"), "{e}");
        let home = home_with(&[(
            ".tccli/default.credential",
            "{\"secretId\": \"AKID\", \"secretKey\": \"hidden-secret\",",
        )]);
        let e = ConfigLoader::new().env(env(&home, &[])).load().unwrap_err();
        assert!(matches!(e, Error::Credentials(_)), "{e}");
        assert!(e.to_string().contains("default.credential"), "{e}");
        assert!(!e.to_string().contains("hidden-secret"), "{e}");
        let home = home_with(&[(".tccli/default.credential", r#"{"secretId": "AKID"}"#)]);
        let e = ConfigLoader::new().env(env(&home, &[])).load().unwrap_err();
        assert!(e.to_string().contains("only one of"), "{e}");
        let home = home_with(&[(".tccli/default.configure", "[1, 2]")]);
        assert!(ConfigLoader::new().env(env(&home, &[])).load().is_err());
        let home = home_with(&[(
            ".tccli/default.configure",
            r#"{"_sys_param": {"language": "fr"}}"#,
        )]);
        assert!(matches!(
            ConfigLoader::new().env(env(&home, &[])).load(),
            Err(Error::Config(_))
        ));
        let home = home_with(&[]);
        assert!(ConfigLoader::new()
            .env(env(&home, &[]))
            .profile("../etc")
            .load()
            .is_err());
        let e = ConfigLoader::new()
            .env(env(
                &home,
                &[("TENCENTCLOUD_ROLE_ARN", "qcs::cam::uin/1:roleName/x")],
            ))
            .load()
            .unwrap_err();
        assert!(e.to_string().contains("TENCENTCLOUD_ROLE_ARN"), "{e}");
        // Half-set environment keys are reported, not skipped.
        let e = ConfigLoader::new()
            .env(env(&home, &[("TENCENTCLOUD_SECRET_ID", "AKID")]))
            .load()
            .unwrap_err();
        assert!(matches!(e, Error::Credentials(_)), "{e}");
    }

    #[tokio::test]
    async fn legacy_layout_root_domain_and_cli_temporary_keys() {
        let home = home_with(&[
            (
                ".tccli/default.configure",
                r#"{"region": "ap-chengdu", "cvm": {"endpoint": "cvm.internal.tencentcloudapi.com"}, "cbs": {"endpoint": "cbs.internal.tencentcloudapi.com"}}"#,
            ),
            (
                ".tccli/default.credential",
                r#"{"type": "oauth", "secretId": "AKIDTMP", "secretKey": "k", "token": "t", "expiresAt": 1000}"#,
            ),
        ]);
        let clock = crate::time::ManualClock::new(from_unix_secs(900));
        let config = ConfigLoader::new()
            .env(env(&home, &[]))
            .time_source(SharedTimeSource::new(clock.clone()))
            .load()
            .unwrap();
        assert_eq!(config.region(), Some("ap-chengdu"));
        assert_eq!(
            config.endpoint(),
            &Endpoint::RootDomain("internal.tencentcloudapi.com".into())
        );
        let c = config.credentials().unwrap().get().await.unwrap();
        assert_eq!(c.expires_at(), Some(from_unix_secs(1000)));
        clock.advance(Duration::from_secs(200));
        let e = config.credentials().unwrap().get().await.unwrap_err();
        assert!(e.to_string().contains("expired"), "{e}");
    }
}
