//! The environment the runtime reads: variables and the home directory.
//!
//! Providers and the config loader read variables through an [`Env`], which
//! is the process environment by default and a fixed map in tests, so tests
//! never mutate (or race on) the real environment.
//!
//! ```
//! use tencentcloud_runtime::env::Env;
//! let env = Env::from_pairs([("TENCENTCLOUD_REGION", "ap-guangzhou"), ("HOME", "/home/me")]);
//! assert_eq!(env.get("TENCENTCLOUD_REGION").as_deref(), Some("ap-guangzhou"));
//! assert_eq!(env.get("TENCENTCLOUD_SECRET_ID"), None);
//! // Debug never shows values (they may be secrets).
//! assert!(!format!("{env:?}").contains("ap-guangzhou"));
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// A source of environment variables.
#[derive(Clone, Default)]
pub struct Env(Source);

#[derive(Clone, Default)]
enum Source {
    #[default]
    Process,
    Map(Arc<BTreeMap<String, String>>),
}

impl Env {
    /// The process environment.
    pub fn process() -> Env {
        Env(Source::Process)
    }

    /// A fixed set of variables (nothing else is visible).
    pub fn from_pairs<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Env
    where
        K: Into<String>,
        V: Into<String>,
    {
        Env(Source::Map(Arc::new(
            pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )))
    }

    /// A variable's value, trimmed; `None` when unset, empty, or not UTF-8
    /// (as the official tools treat an empty variable as unset).
    pub fn get(&self, name: &str) -> Option<String> {
        let raw = match &self.0 {
            Source::Process => std::env::var(name).ok(),
            Source::Map(m) => m.get(name).cloned(),
        }?;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            None
        } else if trimmed.len() == raw.len() {
            Some(raw)
        } else {
            Some(trimmed.to_string())
        }
    }

    /// The user's home directory: `HOME`, else `USERPROFILE` (Windows).
    pub fn home_dir(&self) -> Option<PathBuf> {
        self.get("HOME")
            .or_else(|| self.get("USERPROFILE"))
            .map(PathBuf::from)
    }
}

impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Source::Process => f.write_str("Env(process)"),
            // Names only: values can be secrets.
            Source::Map(m) => f.debug_tuple("Env").field(&m.keys()).finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_are_unset() {
        let env = Env::from_pairs([("A", ""), ("B", "  "), ("C", " x "), ("HOME", "/h")]);
        assert_eq!(env.get("A"), None);
        assert_eq!(env.get("B"), None);
        assert_eq!(env.get("C").as_deref(), Some("x"));
        assert_eq!(env.get("D"), None);
        assert_eq!(env.home_dir(), Some(PathBuf::from("/h")));
        let win = Env::from_pairs([("USERPROFILE", "C:\\Users\\me")]);
        assert_eq!(win.home_dir(), Some(PathBuf::from("C:\\Users\\me")));
        assert_eq!(Env::from_pairs::<&str, &str>([]).home_dir(), None);
    }
}
