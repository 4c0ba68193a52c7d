//! Credentials from the profile file of the official SDKs.

use super::{BoxFuture, Credential, CredentialsError, ProvideCredentials};
use crate::env::Env;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Variable naming the credentials file.
pub const CREDENTIALS_FILE_VAR: &str = "TENCENTCLOUD_CREDENTIALS_FILE";

/// Credentials from the INI file the official SDKs read.
///
/// The file is the one named by `TENCENTCLOUD_CREDENTIALS_FILE`, else
/// `~/.tencentcloud/credentials`, else (as the official Python SDK looks
/// there too) `/etc/tencentcloud/credentials`. The profile is `[default]`
/// unless another is chosen:
///
/// ```ini
/// [default]
/// secret_id = AKID...
/// secret_key = ...
///
/// [prod]
/// secret_id = AKID...
/// secret_key = ...
/// # not in the official format, accepted for temporary credentials:
/// token = ...
/// ```
///
/// Lines starting with `#` or `;` are comments. The file is read once, on
/// first use (build a new provider to pick up a changed file).
///
/// Errors name the file and the line; they never show a value. No file, or
/// no `[default]` section, is "not found" (a chain moves on); a named
/// profile that is missing, a malformed line or a missing key is an error.
///
/// ```
/// # async fn demo() -> Result<(), tencentcloud_runtime::credentials::CredentialsError> {
/// use tencentcloud_runtime::credentials::{ProfileFileProvider, ProvideCredentials};
/// let provider = ProfileFileProvider::new().profile("prod");
/// let c = provider.provide_credentials().await?;
/// # let _ = c; Ok(()) }
/// ```
#[derive(Debug, Default)]
pub struct ProfileFileProvider {
    env: Env,
    path: Option<PathBuf>,
    profile: Option<String>,
    loaded: OnceLock<Credential>,
}

impl Clone for ProfileFileProvider {
    fn clone(&self) -> Self {
        ProfileFileProvider {
            env: self.env.clone(),
            path: self.path.clone(),
            profile: self.profile.clone(),
            loaded: OnceLock::new(),
        }
    }
}

impl ProfileFileProvider {
    /// The default file and profile, from the process environment.
    pub fn new() -> Self {
        Self::default()
    }

    /// Read variables (`TENCENTCLOUD_CREDENTIALS_FILE`, `HOME`) from `env`.
    pub fn env(mut self, env: Env) -> Self {
        self.env = env;
        self
    }

    /// Read this file instead of looking for one.
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Use the section `[name]` instead of `[default]`.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    fn profile_name(&self) -> &str {
        self.profile.as_deref().unwrap_or("default")
    }

    /// The file to read, and whether the user named it (then its absence is
    /// an error rather than "not found").
    fn locate(&self) -> Result<(PathBuf, bool), CredentialsError> {
        if let Some(p) = &self.path {
            return Ok((p.clone(), true));
        }
        if let Some(p) = self.env.get(CREDENTIALS_FILE_VAR) {
            return Ok((PathBuf::from(p), true));
        }
        let home = self
            .env
            .home_dir()
            .map(|h| h.join(".tencentcloud").join("credentials"));
        let etc = PathBuf::from("/etc/tencentcloud/credentials");
        for candidate in home.iter().chain(std::iter::once(&etc)) {
            if candidate.is_file() {
                return Ok((candidate.clone(), false));
            }
        }
        Err(CredentialsError::not_found(format!(
            "profile file: no {} and no {} ({CREDENTIALS_FILE_VAR} unset)",
            home.as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "home directory (HOME unset)".to_string()),
            etc.display(),
        )))
    }

    /// Read and parse the file now.
    pub fn load(&self) -> Result<Credential, CredentialsError> {
        if let Some(c) = self.loaded.get() {
            return Ok(c.clone());
        }
        let (path, named) = self.locate()?;
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
                CredentialsError::invalid(format!(
                    "profile file {}: not UTF-8 text",
                    path.display()
                ))
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => {
                return Err(CredentialsError::not_found(format!(
                    "profile file {} does not exist",
                    path.display()
                )))
            }
            Err(e) => {
                return Err(CredentialsError::invalid(format!(
                    "profile file {}: cannot read it",
                    path.display()
                ))
                .with_source(e))
            }
        };
        let credential =
            parse_credentials(&text, &path, self.profile_name(), self.profile.is_some())?;
        let _ = self.loaded.set(credential.clone());
        Ok(credential)
    }
}

impl ProvideCredentials for ProfileFileProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        let result = self.load();
        Box::pin(async move { result })
    }
}

/// One section of an INI file: its header line and its keys with lines.
#[derive(Debug, Default)]
pub(crate) struct Section {
    pub(crate) line: usize,
    pub(crate) keys: BTreeMap<String, (usize, String)>,
}

/// Parse INI text: `[section]`, `key = value` (or `key: value`), `#`/`;`
/// comment lines. Errors carry the file and the 1-based line, never a value.
pub(crate) fn parse_ini(
    text: &str,
    path: &Path,
) -> Result<BTreeMap<String, Section>, CredentialsError> {
    let err = |line: usize, what: &str| {
        CredentialsError::invalid(format!("profile file {}:{line}: {what}", path.display()))
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut sections: BTreeMap<String, Section> = BTreeMap::new();
    let mut current: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let Some(name) = rest.strip_suffix(']') else {
                return Err(err(n, "a section header must end with `]`"));
            };
            let name = name.trim();
            if name.is_empty() {
                return Err(err(n, "empty section name"));
            }
            if let Some(first) = sections.get(name) {
                return Err(err(
                    n,
                    &format!(
                        "section [{name}] appears twice (first at line {})",
                        first.line
                    ),
                ));
            }
            sections.insert(
                name.to_string(),
                Section {
                    line: n,
                    ..Section::default()
                },
            );
            current = Some(name.to_string());
            continue;
        }
        let Some(sep) = line.find(['=', ':']) else {
            return Err(err(n, "expected `key = value` or `[section]`"));
        };
        let key = line[..sep].trim();
        let value = line[sep + 1..].trim();
        if key.is_empty() {
            return Err(err(n, "a line has a value but no key"));
        }
        let Some(section) = current.as_ref().and_then(|c| sections.get_mut(c)) else {
            return Err(err(n, &format!("key `{key}` before any [section]")));
        };
        if let Some((first, _)) = section.keys.get(key) {
            return Err(err(
                n,
                &format!("key `{key}` appears twice in its section (first at line {first})"),
            ));
        }
        section.keys.insert(key.to_string(), (n, value.to_string()));
    }
    Ok(sections)
}

fn parse_credentials(
    text: &str,
    path: &Path,
    profile: &str,
    named: bool,
) -> Result<Credential, CredentialsError> {
    let sections = parse_ini(text, path)?;
    let Some(section) = sections.get(profile) else {
        let msg = format!(
            "profile file {}: no [{profile}] section (sections: {})",
            path.display(),
            sections
                .keys()
                .map(|k| format!("[{k}]"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        return Err(if named {
            CredentialsError::invalid(msg)
        } else {
            CredentialsError::not_found(msg)
        });
    };
    let get = |key: &str| -> Result<&str, CredentialsError> {
        match section.keys.get(key) {
            Some((_, v)) if !v.is_empty() => Ok(v.as_str()),
            Some((line, _)) => Err(CredentialsError::invalid(format!(
                "profile file {}:{line}: `{key}` is empty",
                path.display()
            ))),
            None => Err(CredentialsError::invalid(format!(
                "profile file {}:{}: section [{profile}] has no `{key}`",
                path.display(),
                section.line
            ))),
        }
    };
    let id = get("secret_id")?;
    let key = get("secret_key")?;
    let credential = match section.keys.get("token").filter(|(_, v)| !v.is_empty()) {
        Some((_, token)) => Credential::with_token(id, key, token),
        None => Credential::new(id, key),
    };
    credential.validate().map_err(|e| {
        CredentialsError::invalid(format!(
            "profile file {}: [{profile}]: {}",
            path.display(),
            e.message()
        ))
    })?;
    Ok(credential)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::CredentialsErrorKind;

    fn parse(text: &str, profile: &str, named: bool) -> Result<Credential, CredentialsError> {
        parse_credentials(text, Path::new("/x/credentials"), profile, named)
    }

    #[test]
    fn official_format_and_named_profiles() {
        let text = "\u{feff}# comment\n; other comment\n[default]\nsecret_id = AKID1\nsecret_key=key1\n\n[prod]\n  secret_id : AKID2 \nsecret_key = k=with=equals\ntoken = tok\n";
        let c = parse(text, "default", false).unwrap();
        assert_eq!(
            (c.secret_id(), c.secret_key(), c.token()),
            ("AKID1", "key1", None)
        );
        let c = parse(text, "prod", true).unwrap();
        assert_eq!(
            (c.secret_id(), c.secret_key(), c.token()),
            ("AKID2", "k=with=equals", Some("tok"))
        );
    }

    #[test]
    fn errors_name_file_and_line_without_values() {
        let cases: &[(&str, &str, usize)] = &[
            ("[default\nsecret_id = a\n", "must end with `]`", 1),
            ("secret_id = a\n", "before any [section]", 1),
            (
                "[default]\nsecret_id = a\njust-a-word\n",
                "expected `key = value`",
                3,
            ),
            ("[default]\n = value\n", "no key", 2),
            ("[default]\n[default]\n", "appears twice", 2),
            (
                "[default]\nsecret_id = a\nsecret_id = b\n",
                "appears twice",
                3,
            ),
            ("[]\n", "empty section name", 1),
        ];
        for (text, what, line) in cases {
            let e = parse(text, "default", false).unwrap_err();
            let msg = e.to_string();
            assert_eq!(e.kind(), CredentialsErrorKind::Invalid, "{msg}");
            assert!(msg.contains(&format!("/x/credentials:{line}:")), "{msg}");
            assert!(msg.contains(what), "{msg}");
        }
        let e = parse("[default]\nsecret_id = AKID\n", "default", false).unwrap_err();
        assert!(
            e.to_string()
                .contains("/x/credentials:1: section [default] has no `secret_key`"),
            "{e}"
        );
        let e = parse(
            "[default]\nsecret_id = AKID\nsecret_key =\n",
            "default",
            false,
        )
        .unwrap_err();
        assert!(e.to_string().contains(":3: `secret_key` is empty"), "{e}");
        let e = parse(
            "[default]\nsecret_id = AK ID\nsecret_key = hidden-value\n",
            "default",
            false,
        )
        .unwrap_err();
        assert!(!e.to_string().contains("hidden-value"), "{e}");
    }

    #[test]
    fn missing_section_is_not_found_unless_named() {
        let text = "[other]\nsecret_id = a\nsecret_key = b\n";
        let e = parse(text, "default", false).unwrap_err();
        assert!(e.is_not_found());
        assert!(e.to_string().contains("[other]"));
        let e = parse(text, "prod", true).unwrap_err();
        assert_eq!(e.kind(), CredentialsErrorKind::Invalid);
    }

    #[test]
    fn file_lookup() {
        let dir = crate::test_util::TempDir::new("profile");
        let home = dir.path().join("home");
        std::fs::create_dir_all(home.join(".tencentcloud")).unwrap();
        // No file under HOME: not found (unless /etc has one on this host).
        let env = Env::from_pairs([("HOME", home.to_string_lossy().into_owned())]);
        let p = ProfileFileProvider::new().env(env.clone());
        if !Path::new("/etc/tencentcloud/credentials").exists() {
            assert!(p.load().unwrap_err().is_not_found());
        }
        std::fs::write(
            home.join(".tencentcloud/credentials"),
            "[default]\nsecret_id = AKIDHOME\nsecret_key = k\n",
        )
        .unwrap();
        assert_eq!(
            ProfileFileProvider::new()
                .env(env)
                .load()
                .unwrap()
                .secret_id(),
            "AKIDHOME"
        );
        // TENCENTCLOUD_CREDENTIALS_FILE wins, and must exist.
        let other = dir.path().join("other.ini");
        std::fs::write(&other, "[default]\nsecret_id = AKIDVAR\nsecret_key = k\n").unwrap();
        let env = Env::from_pairs([
            ("HOME", home.to_string_lossy().into_owned()),
            (CREDENTIALS_FILE_VAR, other.to_string_lossy().into_owned()),
        ]);
        assert_eq!(
            ProfileFileProvider::new()
                .env(env)
                .load()
                .unwrap()
                .secret_id(),
            "AKIDVAR"
        );
        let env = Env::from_pairs([(
            CREDENTIALS_FILE_VAR,
            dir.path().join("nope").to_string_lossy().into_owned(),
        )]);
        let e = ProfileFileProvider::new().env(env).load().unwrap_err();
        assert_eq!(e.kind(), CredentialsErrorKind::Invalid);
        assert!(e.to_string().contains("nope"), "{e}");
        // Read once, then cached.
        let p = ProfileFileProvider::new().path(&other);
        assert_eq!(p.load().unwrap().secret_id(), "AKIDVAR");
        std::fs::remove_file(&other).unwrap();
        assert_eq!(p.load().unwrap().secret_id(), "AKIDVAR");
        assert!(p.clone().load().is_err());
    }
}
