//! `specs/<svc>/<version>/sensitive.json`: the members whose values are
//! secrets (passwords, secret keys, session tokens, private keys...).
//!
//! Generated models print them as `"<redacted>"` in `Debug`, and the runtime
//! keeps their values out of error snippets and drift reports; they are
//! still serialized (a request must send its password). The specs do not
//! mark secrets: `tencentcloud-codegen mine-sensitive` proposes candidates
//! from member names and types ([`crate::mine::sensitive`]), a person reviews
//! them, and the file is committed beside `enums.json`, under the same
//! rules:
//!
//! ```json
//! {
//!   "sensitive": [
//!     { "member": "LoginSettings.Password", "reviewed": true }
//!   ],
//!   "not_sensitive": [
//!     { "member": "Account.PasswordHint", "reason": "A hint, shown to the user." }
//!   ]
//! }
//! ```
//!
//! * `member` is an `Object.Member` reference that must exist in `api.json`.
//! * `reviewed: true` entries are never dropped by the miner; others are
//!   replaced by fresh candidates each time it runs. An unreviewed candidate
//!   is redacted all the same: hiding a value by mistake costs a debugging
//!   session, showing a secret by mistake costs a credential.
//! * `not_sensitive` records candidates a reviewer rejected; the miner skips
//!   them.
//! * A missing file means no sensitive member.

use super::SpecError;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The whole file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SensitiveFile {
    /// The sensitive members, sorted by `member`.
    pub sensitive: Vec<SensitiveMember>,
    /// Candidates reviewed and found not to be secrets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_sensitive: Vec<NotSensitive>,
}

/// One sensitive member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SensitiveMember {
    /// `Object.Member`.
    pub member: String,
    /// Reviewed by a person: the miner leaves it alone.
    #[serde(default)]
    pub reviewed: bool,
}

/// A candidate that is not a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotSensitive {
    /// `Object.Member`.
    pub member: String,
    /// Why (for the next reviewer).
    pub reason: String,
}

impl SensitiveFile {
    /// Whether `object.member` is sensitive.
    pub fn contains(&self, object: &str, member: &str) -> bool {
        self.sensitive.iter().any(|s| {
            s.member
                .split_once('.')
                .is_some_and(|(o, m)| o == object && m == member)
        })
    }
}

/// Read `sensitive.json`; a missing file is an empty list.
pub fn load(file: &Path) -> Result<SensitiveFile, SpecError> {
    super::load_json_or_default(file)
}

/// The file's canonical text: two-space indented JSON with a final newline.
pub fn render(file: &SensitiveFile) -> String {
    let mut s = serde_json::to_string_pretty(file).expect("sensitive members serialize");
    s.push('\n');
    s
}
