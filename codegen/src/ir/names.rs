//! Rust names, chosen once, from wire names.
//!
//! The rules (stable: changing one renames public API):
//!
//! * **Types** (objects): the upstream name when it is already UpperCamelCase
//!   (`DescribeVirusDetailRequest`, kept byte for byte); otherwise its
//!   UpperCamelCase form (`GetWsTokenReq_Label` → `GetWsTokenReqLabel`). A name
//!   the generated module already uses for itself ([`RESERVED_TYPES`]) or the
//!   keyword `Self` gets the suffix `Object`.
//! * **Fields**: snake_case (`PProcessStartUser` → `p_process_start_user`,
//!   `ClusterID` → `cluster_id`). Rust keywords become raw identifiers
//!   (`Type` → `r#type`); `self`, `super`, `crate` and `Self`, which cannot be
//!   raw, get a trailing `_`, as does the name `unknown_fields`, which every
//!   model uses for members the spec does not describe.
//! * **Collisions after case conversion** (`ID` beside `Id`): the member whose
//!   wire name is the UpperCamelCase of the shared snake name (`Id`) keeps it;
//!   if there is none, the smallest wire name in byte order does. The others,
//!   in byte order of their wire names, get `_2`, `_3`, ... (`id_2`). The
//!   field's doc states its wire name and the rename.
//! * **Methods** (actions): snake_case of the action (`describe_virus_detail`),
//!   keywords as for fields; a name the client uses itself ([`RESERVED_METHODS`])
//!   gets the suffix `_action`.
//! * **Paginators** (list actions): `<method>_paginator` (`r#` dropped). When
//!   another method of the client already has that name (an action's, such
//!   as `DescribeThingsPaginator`'s, or one the client defines itself), the
//!   paginator gets `_2`, `_3`, ... and its doc says why. Action methods are
//!   named first: they never give way to a paginator.
//! * **Setters** are `set_<field>`; list getters are `<field>` (a slice), or
//!   `<field>_items` when that would collide with a setter.
//! * **Enum variants** come from the reviewed `enums.json`; error-code
//!   variants are the code without its dots (`FailedOperation.AgentOffline` →
//!   `FailedOperationAgentOffline`).

use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::BTreeMap;

/// Error codes common to every service: the runtime's `CommonCode` defines
/// them (a test checks both lists agree); service enums wrap them.
pub const COMMON_ERROR_CODES: &[&str] = &[
    "ActionOffline",
    "AuthFailure.InvalidAuthorization",
    "AuthFailure.InvalidSecretId",
    "AuthFailure.MFAFailure",
    "AuthFailure.SecretIdNotFound",
    "AuthFailure.SignatureExpire",
    "AuthFailure.SignatureFailure",
    "AuthFailure.TokenFailure",
    "AuthFailure.UnauthorizedOperation",
    "DryRunOperation",
    "FailedOperation",
    "InternalError",
    "InvalidAction",
    "InvalidParameter",
    "InvalidParameterValue",
    "InvalidRequest",
    "IpInBlacklist",
    "IpNotInWhitelist",
    "LimitExceeded",
    "MissingParameter",
    "NoSuchProduct",
    "NoSuchVersion",
    "RequestLimitExceeded",
    "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
    "RequestLimitExceeded.IPLimitExceeded",
    "RequestLimitExceeded.UinLimitExceeded",
    "RequestSizeLimitExceeded",
    "ResourceInUse",
    "ResourceInsufficient",
    "ResourceNotFound",
    "ResourceUnavailable",
    "ResponseSizeLimitExceeded",
    "ServiceUnavailable",
    "UnauthorizedOperation",
    "UnknownParameter",
    "UnsupportedOperation",
    "UnsupportedProtocol",
    "UnsupportedRegion",
];

/// Type names every generated service module defines itself.
pub const RESERVED_TYPES: &[&str] = &["Client", "ErrorCode"];

/// Method names the generated `Client` defines itself.
pub const RESERVED_METHODS: &[&str] = &["new", "from_runtime", "runtime", "clone", "fmt"];

/// Rust keywords (all editions, strict and reserved).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Whether `s` is a Rust keyword.
pub fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

/// Make `s` (already in the right case) usable as an identifier: `r#` for
/// keywords, a `_` suffix for the keywords that cannot be raw, and a leading
/// `n` for names starting with a digit.
pub fn escape_ident(s: &str) -> String {
    if NOT_RAW.contains(&s) {
        format!("{s}_")
    } else if is_keyword(s) {
        format!("r#{s}")
    } else if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{s}")
    } else if s.is_empty() {
        "unnamed".to_string()
    } else {
        s.to_string()
    }
}

/// The identifier without a `r#` prefix, for building derived names.
pub fn bare(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// Whether `s` is a plain ASCII identifier.
pub fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether `s` is UpperCamelCase already (ASCII, starts upper, no `_`).
fn is_upper_camel(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_uppercase()) && s.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Type name for an object name (without collision handling).
pub fn type_name(object: &str) -> String {
    let name = if is_upper_camel(object) {
        object.to_string()
    } else {
        object.to_upper_camel_case()
    };
    let name = if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{name}")
    } else {
        name
    };
    if RESERVED_TYPES.contains(&name.as_str()) || name == "Self" || name.is_empty() {
        format!("{name}Object")
    } else {
        name
    }
}

/// snake_case of a wire name, without escaping.
pub fn snake(wire: &str) -> String {
    wire.to_snake_case()
}

/// Field identifiers for the members of one object, in member order,
/// following the collision rule of the module docs. Returns
/// `(identifier, collided_with)` per member, where `collided_with` is the
/// snake name it had to give up.
pub fn field_idents(wires: &[&str]) -> Vec<(String, Option<String>)> {
    let snakes: Vec<String> = wires.iter().map(|w| snake(w)).collect();
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, s) in snakes.iter().enumerate() {
        groups.entry(s.as_str()).or_default().push(i);
    }
    let mut out: Vec<(String, Option<String>)> = vec![(String::new(), None); wires.len()];
    let mut taken: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    // First pass: names without collisions, and the winner of each group.
    let mut losers: Vec<(usize, &str)> = Vec::new();
    for (s, members) in &groups {
        let mut members = members.clone();
        members.sort_by(|a, b| wires[*a].cmp(wires[*b]));
        let canonical = s.to_upper_camel_case();
        let winner = members
            .iter()
            .copied()
            .find(|i| wires[*i] == canonical)
            .unwrap_or(members[0]);
        out[winner] = (field_ident_from_snake(s), None);
        taken.insert(s.to_string());
        for i in members.into_iter().filter(|i| *i != winner) {
            losers.push((i, s));
        }
    }
    // Second pass: suffixes in byte order of the losers' wire names.
    losers.sort_by(|a, b| wires[a.0].cmp(wires[b.0]));
    for (i, s) in losers {
        let mut n = 2;
        let name = loop {
            let candidate = format!("{s}_{n}");
            if !taken.contains(&candidate) && !groups.contains_key(candidate.as_str()) {
                break candidate;
            }
            n += 1;
        };
        taken.insert(name.clone());
        out[i] = (field_ident_from_snake(&name), Some(s.to_string()));
    }
    out
}

fn field_ident_from_snake(s: &str) -> String {
    if s == "unknown_fields" {
        return "unknown_fields_".to_string();
    }
    escape_ident(s)
}

/// Method identifier for an action name.
pub fn method_name(action: &str) -> String {
    let s = snake(action);
    if RESERVED_METHODS.contains(&s.as_str()) {
        format!("{s}_action")
    } else {
        escape_ident(&s)
    }
}

/// Paginator method for an action's method (without collision handling):
/// `describe_things` → `describe_things_paginator`.
pub fn paginator_method(method: &str) -> String {
    format!("{}_paginator", bare(method))
}

/// Variant name for an error code (`FailedOperation.AgentOffline` →
/// `FailedOperationAgentOffline`): separators dropped, each segment's first
/// letter upper-cased, the rest kept.
pub fn code_variant(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for segment in code.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = segment.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars);
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) || out.is_empty() {
        out.insert(0, 'E');
    }
    out
}

/// Module name for a spec folder name (`cwp`; `as` would be `as_`).
pub fn module_name(dir: &str) -> String {
    let s = dir.replace(['-', '.'], "_").to_ascii_lowercase();
    if is_keyword(&s) {
        format!("{s}_")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_of_tencent_names() {
        assert_eq!(snake("PProcessStartUser"), "p_process_start_user");
        assert_eq!(snake("ClusterID"), "cluster_id");
        assert_eq!(snake("NodeSubNetCIDR"), "node_sub_net_cidr");
        assert_eq!(snake("HostIP"), "host_ip");
    }

    #[test]
    fn keywords_become_raw_or_suffixed() {
        assert_eq!(escape_ident("type"), "r#type");
        assert_eq!(escape_ident("gen"), "r#gen");
        assert_eq!(escape_ident("try"), "r#try");
        assert_eq!(escape_ident("self"), "self_");
        assert_eq!(escape_ident("super"), "super_");
        assert_eq!(escape_ident("crate"), "crate_");
        assert_eq!(escape_ident("2fa"), "n2fa");
    }

    #[test]
    fn colliding_members_get_deterministic_suffixes() {
        let names = field_idents(&["ID", "Id", "Name"]);
        assert_eq!(names[1], ("id".to_string(), None));
        assert_eq!(names[0], ("id_2".to_string(), Some("id".to_string())));
        assert_eq!(names[2], ("name".to_string(), None));
        // Same answer whatever the member order.
        let names = field_idents(&["Id", "ID"]);
        assert_eq!(names[0].0, "id");
        assert_eq!(names[1].0, "id_2");
    }

    #[test]
    fn collision_without_canonical_member_uses_byte_order() {
        let names = field_idents(&["IP", "IP_"]);
        // snake("IP") == snake("IP_") == "ip"; neither is "Ip".
        assert_eq!(names[0].0, "ip");
        assert_eq!(names[1].0, "ip_2");
    }

    #[test]
    fn suffix_skips_names_taken_by_other_members() {
        let names = field_idents(&["Id", "ID", "Id2"]);
        // "Id2" is id2 (no underscore), so id_2 is free.
        assert_eq!(names[1].0, "id_2");
        let names = field_idents(&["Id", "ID", "Id_2"]);
        assert_eq!(names[2].0, "id_2");
        assert_eq!(names[1].0, "id_3");
    }

    #[test]
    fn unknown_fields_is_reserved() {
        assert_eq!(field_idents(&["UnknownFields"])[0].0, "unknown_fields_");
    }

    #[test]
    fn type_names() {
        assert_eq!(
            type_name("DescribeVirusDetailRequest"),
            "DescribeVirusDetailRequest"
        );
        assert_eq!(type_name("GetWsTokenReq_Label"), "GetWsTokenReqLabel");
        assert_eq!(type_name("Client"), "ClientObject");
        assert_eq!(type_name("ErrorCode"), "ErrorCodeObject");
        assert_eq!(type_name("Result"), "Result");
    }

    #[test]
    fn error_code_variants() {
        assert_eq!(
            code_variant("FailedOperation.AgentOffline"),
            "FailedOperationAgentOffline"
        );
        assert_eq!(code_variant("InternalError"), "InternalError");
        assert_eq!(
            code_variant("LimitExceeded.tooMany"),
            "LimitExceededTooMany"
        );
    }

    #[test]
    fn methods() {
        assert_eq!(method_name("DescribeVirusDetail"), "describe_virus_detail");
        assert_eq!(method_name("New"), "new_action");
        assert_eq!(
            paginator_method("describe_things"),
            "describe_things_paginator"
        );
        assert_eq!(paginator_method("r#type"), "type_paginator");
    }
}
