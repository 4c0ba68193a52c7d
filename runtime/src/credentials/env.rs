//! Credentials from environment variables.

use super::{BoxFuture, Credential, CredentialsError, ProvideCredentials};
use crate::env::Env;

/// Credentials from `TENCENTCLOUD_SECRET_ID` and `TENCENTCLOUD_SECRET_KEY`
/// (the official SDKs' names), with a session token from
/// `TENCENTCLOUD_SESSION_TOKEN` or, as the official CLI reads it,
/// `TENCENTCLOUD_TOKEN`.
///
/// Read on every call, so a rotated variable is picked up. Neither id nor
/// key set: "not found" (a chain moves on); only one of them set: an error
/// naming the missing one.
///
/// ```
/// # async fn demo() -> Result<(), tencentcloud_runtime::credentials::CredentialsError> {
/// use tencentcloud_runtime::credentials::{EnvironmentProvider, ProvideCredentials};
/// use tencentcloud_runtime::env::Env;
/// let env = Env::from_pairs([
///     ("TENCENTCLOUD_SECRET_ID", "AKIDEXAMPLE"),
///     ("TENCENTCLOUD_SECRET_KEY", "secret"),
/// ]);
/// let c = EnvironmentProvider::with_env(env).provide_credentials().await?;
/// assert_eq!(c.secret_id(), "AKIDEXAMPLE");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default)]
pub struct EnvironmentProvider {
    env: Env,
}

/// Variable holding the secret id.
pub const SECRET_ID_VAR: &str = "TENCENTCLOUD_SECRET_ID";
/// Variable holding the secret key.
pub const SECRET_KEY_VAR: &str = "TENCENTCLOUD_SECRET_KEY";
/// Variables holding a session token, in order of preference.
pub const TOKEN_VARS: [&str; 2] = ["TENCENTCLOUD_SESSION_TOKEN", "TENCENTCLOUD_TOKEN"];

impl EnvironmentProvider {
    /// Read the process environment.
    pub fn new() -> Self {
        Self::default()
    }

    /// Read another environment (tests).
    pub fn with_env(env: Env) -> Self {
        EnvironmentProvider { env }
    }

    /// The credentials the environment holds now.
    pub fn load(&self) -> Result<Credential, CredentialsError> {
        let id = self.env.get(SECRET_ID_VAR);
        let key = self.env.get(SECRET_KEY_VAR);
        let (id, key) = match (id, key) {
            (Some(id), Some(key)) => (id, key),
            (None, None) => {
                return Err(CredentialsError::not_found(format!(
                    "environment: {SECRET_ID_VAR} and {SECRET_KEY_VAR} are not set"
                )))
            }
            (Some(_), None) => {
                return Err(CredentialsError::invalid(format!(
                    "environment: {SECRET_ID_VAR} is set but {SECRET_KEY_VAR} is not"
                )))
            }
            (None, Some(_)) => {
                return Err(CredentialsError::invalid(format!(
                    "environment: {SECRET_KEY_VAR} is set but {SECRET_ID_VAR} is not"
                )))
            }
        };
        let credential = match TOKEN_VARS.iter().find_map(|v| self.env.get(v)) {
            Some(token) => Credential::with_token(id, key, token),
            None => Credential::new(id, key),
        };
        credential
            .validate()
            .map_err(|e| CredentialsError::invalid(format!("environment: {}", e.message())))?;
        Ok(credential)
    }
}

impl ProvideCredentials for EnvironmentProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        let result = self.load();
        Box::pin(async move { result })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::CredentialsErrorKind;

    fn load(pairs: &[(&str, &str)]) -> Result<Credential, CredentialsError> {
        EnvironmentProvider::with_env(Env::from_pairs(pairs.iter().copied())).load()
    }

    #[test]
    fn reads_id_key_and_token() {
        let c = load(&[(SECRET_ID_VAR, "AKID1"), (SECRET_KEY_VAR, "key1")]).unwrap();
        assert_eq!(
            (c.secret_id(), c.secret_key(), c.token()),
            ("AKID1", "key1", None)
        );
        let c = load(&[
            (SECRET_ID_VAR, "AKID1"),
            (SECRET_KEY_VAR, "key1"),
            ("TENCENTCLOUD_TOKEN", "cli-token"),
        ])
        .unwrap();
        assert_eq!(c.token(), Some("cli-token"));
        let c = load(&[
            (SECRET_ID_VAR, "AKID1"),
            (SECRET_KEY_VAR, "key1"),
            ("TENCENTCLOUD_TOKEN", "cli-token"),
            ("TENCENTCLOUD_SESSION_TOKEN", "session"),
        ])
        .unwrap();
        assert_eq!(c.token(), Some("session"));
        // Surrounding whitespace (a copy-paste) is trimmed.
        let c = load(&[(SECRET_ID_VAR, " AKID1\n"), (SECRET_KEY_VAR, "key1 ")]).unwrap();
        assert_eq!((c.secret_id(), c.secret_key()), ("AKID1", "key1"));
    }

    #[test]
    fn missing_is_not_found_and_half_set_is_invalid() {
        assert!(load(&[]).unwrap_err().is_not_found());
        assert!(load(&[(SECRET_ID_VAR, ""), (SECRET_KEY_VAR, "")])
            .unwrap_err()
            .is_not_found());
        let e = load(&[(SECRET_ID_VAR, "AKID1")]).unwrap_err();
        assert_eq!(e.kind(), CredentialsErrorKind::Invalid);
        assert!(e.to_string().contains(SECRET_KEY_VAR));
        let e = load(&[(SECRET_KEY_VAR, "supersecret")]).unwrap_err();
        assert_eq!(e.kind(), CredentialsErrorKind::Invalid);
        assert!(!e.to_string().contains("supersecret"));
        let e = load(&[(SECRET_ID_VAR, "AK ID"), (SECRET_KEY_VAR, "k")]).unwrap_err();
        assert_eq!(e.kind(), CredentialsErrorKind::Invalid);
    }
}
