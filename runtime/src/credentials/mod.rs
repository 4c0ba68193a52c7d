//! Credentials: a key pair, optionally with a session token and an expiry,
//! and the providers that produce them.
//!
//! | source | type | notes |
//! |---|---|---|
//! | a key pair in code | [`Credential::new`], [`Credential::with_token`] | |
//! | environment | [`EnvironmentProvider`] | `TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY`, `TENCENTCLOUD_SESSION_TOKEN` |
//! | profile file | [`ProfileFileProvider`] | `TENCENTCLOUD_CREDENTIALS_FILE`, else `~/.tencentcloud/credentials` |
//! | CVM instance role | [`CvmRoleProvider`] | the metadata service, short timeouts |
//! | STS AssumeRole | [`AssumeRoleProvider`] | temporary credentials for a role, from other credentials |
//! | TKE OIDC | [`WebIdentityProvider`] | `TKE_*` variables, unsigned `AssumeRoleWithWebIdentity` |
//! | all of the above in order | [`DefaultCredentialsChain`] | env → profile → TKE OIDC → CVM role |
//!
//! Temporary credentials are cached and refreshed before they expire
//! ([`CredentialsCache`]); their expiry is visible
//! ([`Credential::expires_at`]).
//!
//! Secrets never appear in `Debug` or `Display` output, nor in `tracing`
//! events: they print as `** redacted **`.
//!
//! ```
//! use tencentcloud_runtime::Credential;
//! let c = Credential::with_token("AKIDEXAMPLE", "very-secret", "session-token");
//! let shown = format!("{c:?} {c}");
//! assert!(shown.contains("AKIDEXAMPLE"));
//! assert!(!shown.contains("very-secret") && !shown.contains("session-token"));
//! ```

mod cache;
mod chain;
mod cvm;
mod env;
mod profile;
mod sts;

pub use crate::error::{CredentialsError, CredentialsErrorKind};
pub use cache::{CachedCredentials, CredentialsCache, DEFAULT_REFRESH_MARGIN};
pub use chain::{CredentialsChain, DefaultCredentialsChain, DefaultCredentialsChainBuilder};
pub use cvm::{
    CvmRoleProvider, CvmRoleProviderBuilder, DEFAULT_METADATA_URL, DEFAULT_REMEMBER_MISS,
};
pub use env::EnvironmentProvider;
pub use profile::ProfileFileProvider;
pub use sts::{
    AssumeRoleProvider, AssumeRoleProviderBuilder, WebIdentityProvider, WebIdentityProviderBuilder,
};

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::SystemTime;

/// What `Debug` prints in place of a secret.
pub const REDACTED: &str = "** redacted **";

/// A secret id / secret key pair, with a session token for temporary
/// credentials. Cheap to clone (shared, immutable).
#[derive(Clone, PartialEq, Eq)]
pub struct Credential(Arc<Inner>);

#[derive(PartialEq, Eq)]
struct Inner {
    secret_id: String,
    secret_key: String,
    token: Option<String>,
    expires_at: Option<SystemTime>,
}

impl Credential {
    /// Long-term credentials.
    pub fn new(secret_id: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Credential(Arc::new(Inner {
            secret_id: secret_id.into(),
            secret_key: secret_key.into(),
            token: None,
            expires_at: None,
        }))
    }

    /// Temporary credentials with a session token (sent as `X-TC-Token`).
    pub fn with_token(
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
        token: impl Into<String>,
    ) -> Self {
        Credential(Arc::new(Inner {
            secret_id: secret_id.into(),
            secret_key: secret_key.into(),
            token: Some(token.into()),
            expires_at: None,
        }))
    }

    /// The same credentials, expiring at `at`.
    pub fn expiring_at(self, at: SystemTime) -> Self {
        let inner = Arc::try_unwrap(self.0).unwrap_or_else(|shared| Inner {
            secret_id: shared.secret_id.clone(),
            secret_key: shared.secret_key.clone(),
            token: shared.token.clone(),
            expires_at: shared.expires_at,
        });
        Credential(Arc::new(Inner {
            expires_at: Some(at),
            ..inner
        }))
    }

    /// The secret id (not secret; appears in signatures).
    pub fn secret_id(&self) -> &str {
        &self.0.secret_id
    }

    /// The secret key.
    pub fn secret_key(&self) -> &str {
        &self.0.secret_key
    }

    /// The session token, for temporary credentials.
    pub fn token(&self) -> Option<&str> {
        self.0.token.as_deref()
    }

    /// When temporary credentials expire (`None` for long-term keys).
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.0.expires_at
    }

    /// Whether the credentials have expired at `now`.
    pub fn is_expired_at(&self, now: SystemTime) -> bool {
        self.0.expires_at.is_some_and(|e| e <= now)
    }

    /// Check that the values can be used to sign and send a request: none
    /// empty, none with surrounding whitespace (the official SDKs reject
    /// those too), and the id and token free of characters an HTTP header
    /// cannot carry.
    pub fn validate(&self) -> Result<(), CredentialsError> {
        let checks: [(&str, Option<&str>); 3] = [
            ("secret id", Some(&self.0.secret_id)),
            ("secret key", Some(&self.0.secret_key)),
            ("session token", self.0.token.as_deref()),
        ];
        for (what, value) in checks {
            let Some(v) = value else { continue };
            if v.is_empty() {
                return Err(CredentialsError::invalid(format!("the {what} is empty")));
            }
            if v.trim().len() != v.len() {
                return Err(CredentialsError::invalid(format!(
                    "the {what} has leading or trailing whitespace"
                )));
            }
            if what != "secret key" && !v.bytes().all(|b| (0x21..0x7f).contains(&b)) {
                return Err(CredentialsError::invalid(format!(
                    "the {what} contains characters an HTTP header cannot carry"
                )));
            }
        }
        Ok(())
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credential")
            .field("secret_id", &self.0.secret_id)
            .field("secret_key", &REDACTED)
            .field("token", &self.0.token.as_ref().map(|_| REDACTED))
            .field("expires_at", &self.0.expires_at)
            .finish()
    }
}

impl fmt::Display for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (secret key {REDACTED}", self.0.secret_id)?;
        if self.0.token.is_some() {
            write!(f, ", session token {REDACTED}")?;
        }
        if let Some(at) = self.0.expires_at {
            write!(f, ", expires at Unix time {}", crate::time::unix_secs(at))?;
        }
        f.write_str(")")
    }
}

/// A boxed future, for object-safe async traits.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Anything that can produce credentials.
///
/// Implement it for your own source (a vault, a sidecar); wrap it in a
/// [`CachedCredentials`] if what it returns expires.
///
/// ```
/// use tencentcloud_runtime::credentials::{BoxFuture, Credential, CredentialsError, ProvideCredentials};
/// #[derive(Debug)]
/// struct FromVault;
/// impl ProvideCredentials for FromVault {
///     fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
///         Box::pin(async { Ok(Credential::new("AKID...", "from the vault")) })
///     }
/// }
/// let config = tencentcloud_runtime::Config::builder().credentials(FromVault).build().unwrap();
/// # let _ = config;
/// ```
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Current credentials (fetching or refreshing them if needed).
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>>;
}

impl ProvideCredentials for Credential {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        let c = self.clone();
        Box::pin(async move { Ok(c) })
    }
}

impl<T: ProvideCredentials + ?Sized> ProvideCredentials for Arc<T> {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        (**self).provide_credentials()
    }
}

/// A shared credentials provider. Cheap to clone.
#[derive(Clone, Debug)]
pub struct SharedCredentials(Arc<dyn ProvideCredentials>);

impl SharedCredentials {
    /// Share a provider.
    pub fn new(provider: impl ProvideCredentials + 'static) -> Self {
        SharedCredentials(Arc::new(provider))
    }

    /// Current credentials.
    pub async fn get(&self) -> Result<Credential, CredentialsError> {
        self.0.provide_credentials().await
    }
}

impl<T: ProvideCredentials + 'static> From<T> for SharedCredentials {
    fn from(p: T) -> Self {
        SharedCredentials::new(p)
    }
}

/// Parse a number that a server may send as a JSON number or a string.
pub(crate) fn lenient_i64(v: &serde_json::Value) -> Option<i64> {
    match v {
        serde_json::Value::Number(n) => n
            .as_i64()
            .or_else(|| n.as_f64().filter(|f| f.is_finite()).map(|f| f as i64)),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A string member of a JSON object, non-empty.
pub(crate) fn str_member<'a>(v: &'a serde_json::Value, name: &str) -> Option<&'a str> {
    v.get(name)?.as_str().filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation() {
        assert!(Credential::new("AKID", "k").validate().is_ok());
        assert!(Credential::with_token("AKID", "k", "t").validate().is_ok());
        for bad in [
            Credential::new("", "k"),
            Credential::new("AKID", ""),
            Credential::new(" AKID", "k"),
            Credential::new("AKID", "k\n"),
            Credential::new("AK ID", "k"),
            Credential::new("AKIDé", "k"),
            Credential::with_token("AKID", "k", "t\r\nX-Evil: 1"),
            Credential::with_token("AKID", "k", ""),
        ] {
            let e = bad.validate().unwrap_err();
            assert_eq!(e.kind(), CredentialsErrorKind::Invalid, "{bad:?}");
            assert!(!e.to_string().contains('k') || !e.to_string().contains("\"k\""));
        }
    }

    #[test]
    fn expiry_is_kept_and_visible() {
        let at = crate::time::from_unix_secs(1000);
        let c = Credential::with_token("AKID", "k", "t").expiring_at(at);
        let shared = c.clone().expiring_at(at);
        assert_eq!(c.expires_at(), Some(at));
        assert_eq!(shared, c);
        assert!(c.is_expired_at(crate::time::from_unix_secs(1000)));
        assert!(!c.is_expired_at(crate::time::from_unix_secs(999)));
        assert!(!Credential::new("a", "b").is_expired_at(SystemTime::now()));
        assert!(c.to_string().contains("expires at Unix time 1000"));
    }

    #[test]
    fn lenient_numbers() {
        use serde_json::json;
        assert_eq!(lenient_i64(&json!(5)), Some(5));
        assert_eq!(lenient_i64(&json!("17")), Some(17));
        assert_eq!(lenient_i64(&json!(1.5e3)), Some(1500));
        assert_eq!(lenient_i64(&json!("x")), None);
        assert_eq!(lenient_i64(&json!(null)), None);
    }
}
