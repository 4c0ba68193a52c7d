//! Trying credential sources in order.

use super::{
    BoxFuture, Credential, CredentialsError, CredentialsErrorKind, CvmRoleProvider,
    EnvironmentProvider, ProfileFileProvider, ProvideCredentials, SharedCredentials,
    WebIdentityProvider,
};
use crate::config::{Config, Endpoint};
use crate::env::Env;
use crate::time::SharedTimeSource;
use std::fmt;
use std::sync::RwLock;
use std::time::Duration;

/// Sources tried in order until one has credentials.
///
/// A source that reports "not found" ([`CredentialsError::is_not_found`])
/// passes to the next; any other error stops the chain, so a broken
/// configuration is reported rather than silently replaced by another
/// identity. The first source that succeeds is remembered and asked
/// directly from then on (it refreshes its own credentials). When no source
/// has credentials, the error lists what each one said.
///
/// ```
/// # async fn demo() -> Result<(), tencentcloud_runtime::credentials::CredentialsError> {
/// use tencentcloud_runtime::credentials::{CredentialsChain, EnvironmentProvider, ProfileFileProvider, ProvideCredentials};
/// let chain = CredentialsChain::new()
///     .or_else("env", EnvironmentProvider::new())
///     .or_else("profile", ProfileFileProvider::new().profile("ci"));
/// let c = chain.provide_credentials().await?;
/// # let _ = c; Ok(()) }
/// ```
#[derive(Default)]
pub struct CredentialsChain {
    providers: Vec<(String, SharedCredentials)>,
    chosen: RwLock<Option<usize>>,
}

impl fmt::Debug for CredentialsChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsChain")
            .field("providers", &self.providers)
            .field("chosen", &self.chosen_name())
            .finish()
    }
}

impl CredentialsChain {
    /// An empty chain.
    pub fn new() -> Self {
        Self::default()
    }

    /// Add a source, tried after the ones already added.
    pub fn or_else(
        mut self,
        name: impl Into<String>,
        provider: impl Into<SharedCredentials>,
    ) -> Self {
        self.providers.push((name.into(), provider.into()));
        self
    }

    /// The name of the source that provided credentials, once one has.
    pub fn chosen_name(&self) -> Option<&str> {
        let i = (*self.chosen.read().unwrap_or_else(|p| p.into_inner()))?;
        self.providers.get(i).map(|(n, _)| n.as_str())
    }

    async fn resolve(&self) -> Result<Credential, CredentialsError> {
        let chosen = *self.chosen.read().unwrap_or_else(|p| p.into_inner());
        if let Some((_, p)) = chosen.and_then(|i| self.providers.get(i)) {
            return p.get().await;
        }
        let mut tried = Vec::new();
        for (i, (name, provider)) in self.providers.iter().enumerate() {
            match provider.get().await {
                Ok(c) => {
                    *self.chosen.write().unwrap_or_else(|p| p.into_inner()) = Some(i);
                    tracing::debug!(source = %name, "tencentcloud: credentials found");
                    return Ok(c);
                }
                Err(e) if e.is_not_found() => tried.push(named(name, e.message())),
                Err(e) => return Err(e),
            }
        }
        Err(CredentialsError::not_found(if tried.is_empty() {
            "no credential source configured".to_string()
        } else {
            format!("no credentials found ({})", tried.join("; "))
        }))
    }
}

/// `name: message`, unless the message already starts with the source's
/// name (`environment: TENCENTCLOUD_SECRET_ID is not set`), so that the
/// chain's error names each source once.
fn named(name: &str, message: &str) -> String {
    let already = message
        .get(..name.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(name))
        && message[name.len()..].starts_with(':');
    if already {
        message.to_string()
    } else {
        format!("{name}: {message}")
    }
}

impl ProvideCredentials for CredentialsChain {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        Box::pin(self.resolve())
    }
}

/// A source that always fails the same way (a misconfigured TKE setup found
/// when the chain was built).
#[derive(Debug)]
struct Failing {
    kind: CredentialsErrorKind,
    message: String,
}

impl ProvideCredentials for Failing {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        let e = CredentialsError {
            kind: self.kind,
            message: self.message.clone(),
            source: None,
        };
        Box::pin(async move { Err(e) })
    }
}

/// The default chain: environment → profile file → TKE OIDC → CVM instance
/// role. Explicit configuration comes before ambient: TKE OIDC is set up by
/// its `TKE_*` variables, so a pod that has them uses its own role, never
/// silently its node's (the official Python SDK asks the CVM role first).
///
/// Building it does no I/O; the first call looks for credentials. On a host
/// that is not a CVM instance the metadata step gives up after its timeout
/// (1 s by default, [`metadata_timeout`](DefaultCredentialsChainBuilder::metadata_timeout)),
/// and that miss is remembered for a minute
/// ([`DEFAULT_REMEMBER_MISS`](super::DEFAULT_REMEMBER_MISS)), so a missing
/// setup fails fast instead of stalling every call.
///
/// ```
/// use std::time::Duration;
/// use tencentcloud_runtime::credentials::DefaultCredentialsChain;
/// use tencentcloud_runtime::Config;
/// let chain = DefaultCredentialsChain::builder()
///     .profile_name("default")
///     .metadata_timeout(Duration::from_millis(500))
///     .build();
/// let config = Config::builder().credentials(chain).region("ap-guangzhou").build().unwrap();
/// # let _ = config;
/// ```
#[derive(Debug)]
pub struct DefaultCredentialsChain(CredentialsChain);

/// Builds a [`DefaultCredentialsChain`].
#[derive(Debug, Clone, Default)]
pub struct DefaultCredentialsChainBuilder {
    env: Env,
    profile: Option<String>,
    profile_file: Option<std::path::PathBuf>,
    metadata_url: Option<String>,
    metadata_timeout: Option<Duration>,
    sts_endpoint: Option<Endpoint>,
    config: Option<Config>,
    time: Option<SharedTimeSource>,
}

impl DefaultCredentialsChainBuilder {
    /// Read variables and the home directory from `env` (tests).
    pub fn env(mut self, env: Env) -> Self {
        self.env = env;
        self
    }

    /// The profile file's section (default `[default]`).
    pub fn profile_name(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// The profile file to read (default: `TENCENTCLOUD_CREDENTIALS_FILE`,
    /// else `~/.tencentcloud/credentials`).
    pub fn profile_file(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.profile_file = Some(path.into());
        self
    }

    /// The metadata service's base URL (tests).
    pub fn metadata_url(mut self, url: impl Into<String>) -> Self {
        self.metadata_url = Some(url.into());
        self
    }

    /// Timeout of each metadata request (default 1 s).
    pub fn metadata_timeout(mut self, t: Duration) -> Self {
        self.metadata_timeout = Some(t);
        self
    }

    /// STS's endpoint for the TKE OIDC step (tests).
    pub fn sts_endpoint(mut self, endpoint: Endpoint) -> Self {
        self.sts_endpoint = Some(endpoint);
        self
    }

    /// Timeouts, retries and connection pool for the STS call.
    pub fn config(mut self, config: &Config) -> Self {
        self.config = Some(config.clone());
        self
    }

    /// Read the time for expiry from here (tests).
    pub fn time_source(mut self, time: SharedTimeSource) -> Self {
        self.time = Some(time);
        self
    }

    /// Build the chain (no I/O).
    pub fn build(self) -> DefaultCredentialsChain {
        let time = self.time.unwrap_or_default();
        let mut profile = ProfileFileProvider::new().env(self.env.clone());
        if let Some(p) = self.profile {
            profile = profile.profile(p);
        }
        if let Some(p) = self.profile_file {
            profile = profile.path(p);
        }
        let mut cvm = CvmRoleProvider::builder().time_source(time.clone());
        if let Some(u) = self.metadata_url {
            cvm = cvm.base_url(u);
        }
        if let Some(t) = self.metadata_timeout {
            cvm = cvm.timeout(t);
        }
        let tke: SharedCredentials = match WebIdentityProvider::tke_builder(&self.env) {
            Ok(mut b) => {
                b = b.time_source(time);
                if let Some(c) = &self.config {
                    b = b.config(c);
                }
                if let Some(e) = self.sts_endpoint {
                    b = b.endpoint(e);
                }
                match b.build() {
                    Ok(p) => p.into(),
                    Err(e) => Failing {
                        kind: CredentialsErrorKind::Invalid,
                        message: format!("TKE OIDC: {e}"),
                    }
                    .into(),
                }
            }
            Err(e) => Failing {
                kind: e.kind,
                message: e.message,
            }
            .into(),
        };
        DefaultCredentialsChain(
            CredentialsChain::new()
                .or_else("environment", EnvironmentProvider::with_env(self.env))
                .or_else("profile file", profile)
                .or_else("TKE OIDC", tke)
                .or_else("CVM role", cvm.build()),
        )
    }
}

impl DefaultCredentialsChain {
    /// The default chain, reading the process environment.
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// Configure the chain.
    pub fn builder() -> DefaultCredentialsChainBuilder {
        DefaultCredentialsChainBuilder::default()
    }

    /// The name of the source that provided credentials, once one has.
    pub fn chosen_name(&self) -> Option<&str> {
        self.0.chosen_name()
    }
}

impl Default for DefaultCredentialsChain {
    fn default() -> Self {
        Self::new()
    }
}

impl ProvideCredentials for DefaultCredentialsChain {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        self.0.provide_credentials()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    #[derive(Debug)]
    struct Fixed {
        result: Result<&'static str, CredentialsErrorKind>,
        calls: AtomicUsize,
    }

    impl ProvideCredentials for Fixed {
        fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            let r = match self.result {
                Ok(id) => Ok(Credential::new(id, "k")),
                Err(kind) => Err(CredentialsError {
                    kind,
                    message: format!("{kind:?}"),
                    source: None,
                }),
            };
            Box::pin(async move { r })
        }
    }

    fn fixed(result: Result<&'static str, CredentialsErrorKind>) -> Arc<Fixed> {
        Arc::new(Fixed {
            result,
            calls: AtomicUsize::new(0),
        })
    }

    #[tokio::test]
    async fn moves_on_only_when_not_found_and_remembers_the_winner() {
        let a = fixed(Err(CredentialsErrorKind::NotFound));
        let b = fixed(Ok("AKIDB"));
        let c = fixed(Ok("AKIDC"));
        let chain = CredentialsChain::new()
            .or_else("a", a.clone())
            .or_else("b", b.clone())
            .or_else("c", c.clone());
        assert_eq!(
            chain.provide_credentials().await.unwrap().secret_id(),
            "AKIDB"
        );
        assert_eq!(chain.chosen_name(), Some("b"));
        assert_eq!(
            chain.provide_credentials().await.unwrap().secret_id(),
            "AKIDB"
        );
        assert_eq!(a.calls.load(Ordering::SeqCst), 1);
        assert_eq!(b.calls.load(Ordering::SeqCst), 2);
        assert_eq!(c.calls.load(Ordering::SeqCst), 0);

        let broken = CredentialsChain::new()
            .or_else("a", fixed(Err(CredentialsErrorKind::NotFound)))
            .or_else("b", fixed(Err(CredentialsErrorKind::Invalid)))
            .or_else("c", c.clone());
        let e = broken.provide_credentials().await.unwrap_err();
        assert_eq!(e.kind(), CredentialsErrorKind::Invalid);
        assert_eq!(c.calls.load(Ordering::SeqCst), 0);

        let empty = CredentialsChain::new()
            .or_else("first", fixed(Err(CredentialsErrorKind::NotFound)))
            .or_else("second", fixed(Err(CredentialsErrorKind::NotFound)));
        let e = empty.provide_credentials().await.unwrap_err();
        assert!(e.is_not_found());
        assert!(
            e.to_string().contains("first: NotFound; second: NotFound"),
            "{e}"
        );
        assert!(CredentialsChain::new()
            .provide_credentials()
            .await
            .unwrap_err()
            .is_not_found());
    }
}
