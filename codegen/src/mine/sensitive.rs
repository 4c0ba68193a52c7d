//! Candidates for `sensitive.json` ([`crate::spec::sensitive`]): members
//! whose values are secrets, found by name, type and doc.
//!
//! A candidate is a string (or list of strings) member whose name, split
//! into words, names a secret: `Password`, `PassWord`, `Passwd`, `Pwd`,
//! `Passphrase`, a `Secret` or `SecretKey`, a `Token`, a `PrivateKey`, a
//! `SignKey`; unless a later word says the value is about the secret rather
//! than the secret itself (`PasswordExpireTime`, `TokenId`, `SecretName`,
//! `PasswordType`...). A string member whose name ends in `Key` and whose doc
//! speaks of a secret key, a private key or a password is one too (the
//! specs call many secrets just `Key`). Numbers and booleans never are.
//!
//! Reviewed entries and `not_sensitive` rejections are kept as they are; a
//! reviewed entry whose member vanished from `api.json` is dropped and
//! reported.

use crate::spec::sensitive::{SensitiveFile, SensitiveMember};
use crate::spec::{ApiSpec, Member, MemberKind};
use std::collections::BTreeSet;

/// Words that make a member a secret (lower case, after splitting the name).
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwords",
    "passwd",
    "pwd",
    "passphrase",
    "secret",
    "secretkey",
    "token",
    "privatekey",
    "signkey",
];

/// Last words that make it metadata about a secret instead.
const ABOUT_WORDS: &[&str] = &[
    "time",
    "type",
    "types",
    "status",
    "policy",
    "day",
    "days",
    "count",
    "flag",
    "tip",
    "tips",
    "id",
    "ids",
    "limit",
    "rule",
    "rules",
    "name",
    "names",
    "enum",
    "list",
    "lists",
    "url",
    "path",
    "hint",
    "mode",
    "level",
    "version",
    "expire",
    "expired",
    "length",
    "date",
    "format",
    "region",
    "rotation",
    "free",
    "dictionary",
    "encrypt",
    "total",
    "risk",
    "set",
    "info",
    "switch",
    "enabled",
    "enable",
    "required",
    "config",
    "state",
    "number",
    "num",
    "lock",
    "change",
    "reset",
    "file",
    "scope",
    "arn",
    "owner",
    "source",
    "location",
];

/// Words before a final `Token` that make it a cursor, an idempotency key
/// or a count, not a credential (`NextToken`, `ClientToken`, `TotalToken`).
const NOT_CREDENTIAL_TOKENS: &[&str] = &[
    "next",
    "client",
    "scroll",
    "pagination",
    "page",
    "continue",
    "creation",
    "idempotency",
    "lifecycle",
    "total",
    "cache",
    "input",
    "output",
    "action",
];

/// First words that make the value a flag or a label about a secret
/// (`IsOpenPasswordComplexity`, `AutoGeneratePassword`, `WeakPassword`).
const NOT_SECRET_FIRST: &[&str] = &["is", "auto", "weak", "public"];

/// What the miner proposes for one service version.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Mined {
    /// The new file.
    pub file: SensitiveFile,
    /// Reviewed entries dropped because their member vanished.
    pub vanished: Vec<String>,
}

/// Mine `api` against the `existing` file.
pub fn mine(api: &ApiSpec, existing: &SensitiveFile) -> Mined {
    let rejected: BTreeSet<&str> = existing
        .not_sensitive
        .iter()
        .map(|n| n.member.as_str())
        .collect();
    let exists = |reference: &str| {
        reference.split_once('.').is_some_and(|(o, m)| {
            api.objects
                .get(o)
                .is_some_and(|obj| obj.members.iter().any(|x| x.name == m))
        })
    };
    let mut out = Mined::default();
    let mut listed = BTreeSet::new();
    for entry in existing.sensitive.iter().filter(|e| e.reviewed) {
        if exists(&entry.member) {
            listed.insert(entry.member.clone());
            out.file.sensitive.push(entry.clone());
        } else {
            out.vanished.push(entry.member.clone());
        }
    }
    for (object, def) in &api.objects {
        for member in &def.members {
            let reference = format!("{object}.{}", member.name);
            if is_candidate(member)
                && !rejected.contains(reference.as_str())
                && !listed.contains(&reference)
            {
                listed.insert(reference.clone());
                out.file.sensitive.push(SensitiveMember {
                    member: reference,
                    reviewed: false,
                });
            }
        }
    }
    out.file.sensitive.sort_by(|a, b| a.member.cmp(&b.member));
    out.file.not_sensitive = existing.not_sensitive.clone();
    out
}

/// Whether `member` looks like a secret (see the module docs).
pub fn is_candidate(member: &Member) -> bool {
    let stringy =
        matches!(member.kind, MemberKind::String | MemberKind::List) && member.member == "string";
    if !stringy {
        return false;
    }
    let words = words(&member.name);
    let Some(last) = words.last() else {
        return false;
    };
    if ABOUT_WORDS.contains(&last.as_str())
        || NOT_SECRET_FIRST.contains(&words[0].as_str())
        || words.iter().any(|w| w == "public")
    {
        return false;
    }
    if last == "token"
        && words.len() > 1
        && NOT_CREDENTIAL_TOKENS.contains(&words[words.len() - 2].as_str())
    {
        return false;
    }
    if words.iter().any(|w| SECRET_WORDS.contains(&w.as_str())) {
        return true;
    }
    let doc = member.document.to_ascii_lowercase();
    last == "key"
        && ["secret key", "secretkey", "private key", "password"]
            .iter()
            .any(|phrase| doc.contains(phrase))
}

/// `TmpSecretKey` → `tmp`, `secret`, `key`, with the compounds `secretkey`,
/// `privatekey`, `signkey` and `password` (`PassWord`) joined.
fn words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let boundary = c.is_ascii_uppercase()
            && i > 0
            && (chars[i - 1].is_ascii_lowercase()
                || chars[i - 1].is_ascii_digit()
                || chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase()));
        if (boundary || c == '_') && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        if c != '_' {
            current.push(c.to_ascii_lowercase());
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for w in words {
        let compound = match (joined.last().map(String::as_str), w.as_str()) {
            (Some("secret"), "key") => Some("secretkey"),
            (Some("private"), "key") => Some("privatekey"),
            (Some("sign"), "key") => Some("signkey"),
            (Some("pass"), "word") => Some("password"),
            (Some("pass"), "words") => Some("passwords"),
            _ => None,
        };
        match compound {
            Some(c) => {
                joined.pop();
                joined.push(c.to_string());
            }
            None => joined.push(w),
        }
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(name: &str, kind: MemberKind, ty: &str, doc: &str) -> Member {
        serde_json::from_value(serde_json::json!({
            "name": name,
            "type": match kind {
                MemberKind::List => "list",
                MemberKind::Int => "int",
                MemberKind::Bool => "bool",
                _ => "string",
            },
            "member": ty,
            "document": doc,
        }))
        .expect("member")
    }

    #[test]
    fn secrets_by_name_and_type() {
        let s = |name: &str| is_candidate(&member(name, MemberKind::String, "string", ""));
        for yes in [
            "Password",
            "PassWord",
            "NewPassword",
            "AdminPassword",
            "TmpSecretKey",
            "SecretKey",
            "Token",
            "SessionToken",
            "TmpToken",
            "PrivateKey",
            "DbPwd",
            "Passphrase",
            "ClientSecret",
            "AccessKeySecret",
            "SignKey",
            "XCosSecurityToken",
            "GitTokenOrPassword",
            "CertificatePrivateKey",
        ] {
            assert!(s(yes), "{yes}");
        }
        for no in [
            "PasswordType",
            "PasswordExpireTime",
            "TokenId",
            "SecretId",
            "TmpSecretId",
            "SecretName",
            "PasswordPolicy",
            "KeyId",
            "Name",
            "PasswordStatus",
            "CredentialType",
            "WeakPasswordRisk",
            "NextToken",
            "ClientToken",
            "PageToken",
            "NextPageToken",
            "TotalToken",
            "LifecycleActionToken",
            "TokenLocation",
            "IsOpenPasswordComplexity",
            "AutoGeneratePassword",
            "WeakPassword",
        ] {
            assert!(!s(no), "{no}");
        }
        // Numbers and booleans never are.
        assert!(!is_candidate(&member(
            "Password",
            MemberKind::Int,
            "int64",
            ""
        )));
        assert!(!is_candidate(&member(
            "EncryptPassword",
            MemberKind::Bool,
            "bool",
            ""
        )));
        // Lists of strings are.
        assert!(is_candidate(&member(
            "PassWords",
            MemberKind::List,
            "string",
            ""
        )));
        // A bare `Key` is one when its doc says so.
        assert!(is_candidate(&member(
            "Key",
            MemberKind::String,
            "string",
            "The secret key of the app."
        )));
        assert!(!is_candidate(&member(
            "Key",
            MemberKind::String,
            "string",
            "Tag key."
        )));
        assert!(!is_candidate(&member(
            "CertificatePublicKey",
            MemberKind::String,
            "string",
            "The public key, paired with the private key."
        )));
    }

    #[test]
    fn reviewed_entries_and_rejections_survive_and_vanished_ones_are_reported() {
        let api: ApiSpec = serde_json::from_value(serde_json::json!({
            "actions": {},
            "metadata": {"apiVersion": "2020-01-01", "serviceShortName": "x"},
            "objects": {
                "Login": {"members": [
                    {"name": "Password", "type": "string", "member": "string", "document": ""},
                    {"name": "Hint", "type": "string", "member": "string", "document": ""},
                    {"name": "Token", "type": "string", "member": "string", "document": ""}
                ], "type": "object", "document": ""}
            }
        }))
        .expect("api");
        let existing: SensitiveFile = serde_json::from_value(serde_json::json!({
            "sensitive": [
                {"member": "Login.Hint", "reviewed": true},
                {"member": "Gone.Password", "reviewed": true},
                {"member": "Gone.Token", "reviewed": false}
            ],
            "not_sensitive": [{"member": "Login.Token", "reason": "A public upload token."}]
        }))
        .expect("file");
        let mined = mine(&api, &existing);
        let members: Vec<(&str, bool)> = mined
            .file
            .sensitive
            .iter()
            .map(|s| (s.member.as_str(), s.reviewed))
            .collect();
        assert_eq!(members, [("Login.Hint", true), ("Login.Password", false)]);
        assert_eq!(mined.vanished, ["Gone.Password"]);
        assert_eq!(mined.file.not_sensitive, existing.not_sensitive);
    }
}
