//! Credentials: a key pair, optionally with a session token and an expiry,
//! and the providers that produce them.
//!
//! Secrets never appear in `Debug` or `Display` output.

use crate::error::CredentialsError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::SystemTime;

/// A secret id / secret key pair, with a session token for temporary
/// credentials.
#[derive(Clone, PartialEq, Eq)]
pub struct Credential {
    secret_id: String,
    secret_key: String,
    token: Option<String>,
    expires_at: Option<SystemTime>,
}

impl Credential {
    /// Long-term credentials.
    pub fn new(secret_id: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Credential {
            secret_id: secret_id.into(),
            secret_key: secret_key.into(),
            token: None,
            expires_at: None,
        }
    }

    /// Temporary credentials with a session token (sent as `X-TC-Token`).
    pub fn with_token(
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
        token: impl Into<String>,
    ) -> Self {
        Credential {
            token: Some(token.into()),
            ..Credential::new(secret_id, secret_key)
        }
    }

    /// Set when the credentials expire.
    pub fn expiring_at(mut self, at: SystemTime) -> Self {
        self.expires_at = Some(at);
        self
    }

    /// The secret id (not secret; appears in signatures).
    pub fn secret_id(&self) -> &str {
        &self.secret_id
    }

    /// The secret key.
    pub fn secret_key(&self) -> &str {
        &self.secret_key
    }

    /// The session token, for temporary credentials.
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// When temporary credentials expire.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.expires_at
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credential")
            .field("secret_id", &self.secret_id)
            .field("secret_key", &"** redacted **")
            .field("token", &self.token.as_ref().map(|_| "** redacted **"))
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// A boxed future, for object-safe async traits.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Anything that can produce credentials.
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

/// A shared credentials provider.
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
