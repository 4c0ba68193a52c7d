//! The enum miner: proposes `enums.json` entries from the prose of the docs.
//!
//! `tencentcloud-codegen mine-enums` reads the `document` of every string and
//! integer member (and of lists of them) of an `api.json`, finds the values
//! it enumerates ([`prose`]), and writes candidate enums next to the spec.
//! People review the file; entries marked `reviewed: true` are kept as they
//! are on the next run, and the members they cover are not mined again.
//!
//! Rules (deterministic; the output depends only on the inputs):
//!
//! * **Kind**: integer members get integer-coded enums, string members
//!   string-coded ones, even when the values are digits (`"1"`).
//! * **Variants**: the UpperCamelCase of a symbolic value (`RISK_CRITICAL` →
//!   `RiskCritical`); for numeric or opaque values, of the first words of the
//!   value's description (`0: One-Click Scan` → `OneClickScan`). Clashes get
//!   `2`, `3`, ... in documented order; `UnknownValue` is never used.
//! * **Sharing**: members with the same values *and* variant names share one
//!   enum. Sharing on values alone would give `0: no; 1: yes` and `0: off;
//!   1: on` one type whose variants lie for one of them.
//! * **Names**: the member's name (the most common one among the users,
//!   singular for lists). When several enums would take the same name, or
//!   the name is a struct's (or `Client`/`ErrorCode`), each gets a
//!   qualified name instead: the values' common prefix word (`DEAL_NONE`,
//!   `DEAL_DEL` → `DealStatus`), else the first user's object without its
//!   `Request`/`Response` suffix (`DescribeVirusDetailSourceType`), else the
//!   full object name, else a numeric suffix.
//! * **Docs**: the text before the values becomes the enum's doc; each
//!   value keeps its description.

pub mod examples;
pub mod prose;
pub mod sensitive;

use crate::generate::{self, SpecDir};
use crate::ir::names;
use crate::spec::enums::{EnumDef, EnumKind, EnumValueDef, EnumsFile};
use crate::spec::{self, ApiSpec, MemberKind, SpecError};
use heck::{ToSnakeCase, ToUpperCamelCase};
use prose::{Found, Pattern, Reject};
use std::collections::{BTreeMap, BTreeSet};

/// What one service's run produced.
#[derive(Debug, Clone)]
pub struct Mined {
    /// The new `enums.json`: reviewed entries unchanged, fresh candidates.
    pub file: EnumsFile,
    /// Counts for the report.
    pub stats: MineStats,
}

/// Counts of one run.
#[derive(Debug, Clone, Default)]
pub struct MineStats {
    /// String and integer members (and lists of them) read.
    pub members: usize,
    /// Of those, covered by reviewed entries or `not_enums` (not mined).
    pub reviewed_members: usize,
    /// Members given a mined enum.
    pub mined_members: usize,
    /// Mined members by the extractor that found their values.
    pub by_pattern: BTreeMap<Pattern, usize>,
    /// Docs that looked enum-like but were rejected, by reason.
    pub rejected: BTreeMap<Reject, usize>,
    /// The rejected members (`Object.Member`) and why, for review.
    pub rejections: Vec<(String, Reject)>,
    /// Mined enums.
    pub mined_enums: usize,
    /// Reviewed enums kept.
    pub reviewed_enums: usize,
    /// What the run dropped from reviewed entries and `not_enums` because
    /// their member vanished from `api.json` (or no longer takes that kind
    /// of enum), one line each, for the person who reviewed them.
    pub dropped: Vec<String>,
}

impl MineStats {
    fn reject(&mut self, object: &str, member: &str, why: Reject) {
        *self.rejected.entry(why).or_default() += 1;
        self.rejections.push((format!("{object}.{member}"), why));
    }
}

/// One member that may carry an enum.
#[derive(Debug, Clone)]
struct Use {
    object: String,
    member: String,
    integer: bool,
    list: bool,
    found: Found,
    variants: Vec<String>,
}

impl Use {
    fn reference(&self) -> String {
        format!("{}.{}", self.object, self.member)
    }
}

/// What mining one `specs/<svc>/<version>/` folder did.
#[derive(Debug, Clone)]
pub struct DirReport {
    /// `cwp/v20180228`.
    pub name: String,
    /// Mining counts.
    pub stats: MineStats,
    /// The examples' verdict on the enums (reviewed and mined), if the
    /// folder has `examples.json`.
    pub examples: Option<examples::ExampleStats>,
    /// `enums.json` changed (or would change, without writing).
    pub changed: bool,
}

/// Mine one spec folder: read `api.json` and the current `enums.json`, build
/// the new file, check it with the IR (names, references, values), check it
/// against the examples, and write it when `write` and it changed.
pub fn mine_dir(dir: &SpecDir, write: bool) -> Result<DirReport, SpecError> {
    let api = spec::load_api(&dir.path.join("api.json"))?;
    let enums_path = dir.path.join("enums.json");
    let existing = spec::enums::load(&enums_path)?;
    let mined = mine_service(&api, &existing);
    // The IR must accept what is written: a miner bug is reported here,
    // not at the next generation.
    generate::load_service_with(dir, "", Some(mined.file.clone()))?;
    let examples_path = dir.path.join("examples.json");
    let examples = if examples_path.is_file() {
        let ex = spec::load_examples(&examples_path)?;
        Some(examples::check(&api, &ex, &mined.file))
    } else {
        None
    };
    let text = spec::enums::render(&mined.file);
    let changed = std::fs::read(&enums_path).ok().as_deref() != Some(text.as_bytes());
    if write && changed {
        std::fs::write(&enums_path, &text)
            .map_err(|e| SpecError::new(&enums_path, "", format!("cannot write: {e}")))?;
    }
    Ok(DirReport {
        name: format!("{}/{}", dir.service, dir.version),
        stats: mined.stats,
        examples,
        changed,
    })
}

/// Whether a member can take an enum: `Some(integer)`.
pub fn enum_kind(kind: MemberKind, member: &str) -> Option<bool> {
    match (kind, member) {
        (MemberKind::String | MemberKind::List, "string") => Some(false),
        (MemberKind::Int | MemberKind::List, "int64" | "uint64") => Some(true),
        _ => None,
    }
}

/// Mine one service. `existing` is the current `enums.json`; its reviewed
/// entries are kept and their members skipped.
pub fn mine_service(api: &ApiSpec, existing: &EnumsFile) -> Mined {
    let mut stats = MineStats::default();
    let existing = prune_vanished(api, existing, &mut stats.dropped);
    let reviewed: Vec<&EnumDef> = existing.enums.iter().filter(|e| e.reviewed).collect();
    let covered: BTreeSet<&str> = reviewed
        .iter()
        .flat_map(|e| e.members.iter().map(String::as_str))
        .chain(existing.not_enums.iter().map(|n| n.member.as_str()))
        .collect();
    stats.reviewed_enums = reviewed.len();

    let mut uses = Vec::new();
    for (object, obj) in &api.objects {
        for m in &obj.members {
            let Some(integer) = enum_kind(m.kind, &m.member) else {
                continue;
            };
            stats.members += 1;
            if covered.contains(format!("{object}.{}", m.name).as_str()) {
                stats.reviewed_members += 1;
                continue;
            }
            match prose::extract_member(&m.document, integer, m.example.as_deref()) {
                Ok(_) if m.kind != MemberKind::List && plural(&m.name) => {
                    stats.reject(object, &m.name, Reject::PluralName);
                }
                Ok(_) if identifier(&m.name) => {
                    stats.reject(object, &m.name, Reject::Identifier);
                }
                Ok(found) => {
                    *stats.by_pattern.entry(found.pattern).or_default() += 1;
                    let variants = variant_names(&found.values);
                    uses.push(Use {
                        object: object.clone(),
                        member: m.name.clone(),
                        integer,
                        list: m.kind == MemberKind::List,
                        found,
                        variants,
                    });
                }
                Err(Reject::NoValues) => {}
                Err(r) => stats.reject(object, &m.name, r),
            }
        }
    }
    stats.mined_members = uses.len();

    // Share one enum among members with the same values and variant names.
    type Key = (bool, Vec<(String, String)>);
    let mut groups: BTreeMap<Key, Vec<Use>> = BTreeMap::new();
    for u in uses {
        let mut key: Vec<(String, String)> = u
            .found
            .values
            .iter()
            .map(|(v, _)| v.clone())
            .zip(u.variants.iter().cloned())
            .collect();
        key.sort();
        groups.entry((u.integer, key)).or_default().push(u);
    }
    let groups: Vec<Vec<Use>> = groups.into_values().collect();

    let mut taken: BTreeSet<String> = api.objects.keys().map(|o| names::type_name(o)).collect();
    taken.extend(names::RESERVED_TYPES.iter().map(|s| s.to_string()));
    taken.insert("Self".into());
    taken.extend(reviewed.iter().map(|e| e.name.clone()));
    let enum_names = choose_names(&groups, &mut taken);

    let mut enums: Vec<EnumDef> = reviewed.into_iter().cloned().collect();
    for (users, name) in groups.iter().zip(enum_names) {
        enums.push(enum_def(users, name));
    }
    stats.mined_enums = groups.len();
    enums.sort_by(|a, b| a.name.cmp(&b.name));
    let mut not_enums = existing.not_enums.clone();
    not_enums.sort_by(|a, b| a.member.cmp(&b.member));
    Mined {
        file: EnumsFile { enums, not_enums },
        stats,
    }
}

/// `existing` without the reviewed members (and `not_enums`) that `api` no
/// longer has, or whose type can no longer take the enum's kind: a spec
/// update must not stop on them. Each drop is described in `dropped`; a
/// reviewed enum left without members is dropped whole. Unreviewed entries
/// are re-mined anyway and pass through untouched.
fn prune_vanished(api: &ApiSpec, existing: &EnumsFile, dropped: &mut Vec<String>) -> EnumsFile {
    // Whether `Object.Member` exists, and as what kind of enum (`Some(integer)`).
    let kind_of = |reference: &str| -> Result<Option<bool>, &'static str> {
        let (object, member) = reference.split_once('.').ok_or("is not `Object.Member`")?;
        let obj = api.objects.get(object).ok_or("its object is gone")?;
        let m = obj
            .members
            .iter()
            .find(|m| m.name == member)
            .ok_or("the member is gone")?;
        Ok(enum_kind(m.kind, &m.member))
    };
    let mut enums = Vec::with_capacity(existing.enums.len());
    for e in &existing.enums {
        if !e.reviewed {
            enums.push(e.clone());
            continue;
        }
        let integer = e.kind == EnumKind::Integer;
        let mut kept = e.clone();
        kept.members.retain(|r| {
            let why = match kind_of(r) {
                Ok(Some(i)) if i == integer => return true,
                Ok(_) => "its type no longer takes this enum",
                Err(why) => why,
            };
            dropped.push(format!(
                "reviewed enum {}: member {r} dropped ({why})",
                e.name
            ));
            false
        });
        if kept.members.is_empty() {
            dropped.push(format!(
                "reviewed enum {} dropped: none of its members is left",
                e.name
            ));
        } else {
            enums.push(kept);
        }
    }
    let mut not_enums = existing.not_enums.clone();
    not_enums.retain(|n| match kind_of(&n.member) {
        Ok(Some(_)) => true,
        Ok(None) => {
            dropped.push(format!(
                "not_enums: {} dropped (its type takes no enum)",
                n.member
            ));
            false
        }
        Err(why) => {
            dropped.push(format!("not_enums: {} dropped ({why})", n.member));
            false
        }
    });
    EnumsFile { enums, not_enums }
}

/// A member that holds an identifier, a URL or file content: its docs may
/// list values of *another* member (`EntityId`: "means a site ID when
/// EntityType is WebSec.ZonePolicy"), never its own.
fn identifier(name: &str) -> bool {
    [
        "Id", "ID", "Ids", "IDs", "Uuid", "Url", "URL", "Urls", "Base64",
    ]
    .iter()
    .any(|s| name.ends_with(s))
}

/// A member named for several things (`VulLevels`, `PasswordLockDays`): its
/// last word is a plural noun and its first is not a verb (`DealOldEvents`,
/// `IsHandleHistoryEvents` are yes/no switches; `FileExists` ends in a verb).
fn plural(name: &str) -> bool {
    let words = name.to_snake_case();
    let words: Vec<&str> = words.split('_').filter(|w| !w.is_empty()).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    const VERBS_FIRST: &[&str] = &[
        "is", "has", "have", "deal", "handle", "process", "if", "whether", "need", "can", "allow",
        "enable", "disable", "include", "exclude", "ignore", "use", "show", "auto", "sync",
        "clear", "delete", "keep", "open", "close", "check",
    ];
    const VERBS_LAST: &[&str] = &[
        "exists", "contains", "equals", "matches", "includes", "needs", "allows", "supports",
        "requires", "uses",
    ];
    words.len() > 1
        && last.len() > 3
        && last.ends_with('s')
        && !["ss", "us", "is", "os", "xs"]
            .iter()
            .any(|e| last.ends_with(e))
        && !VERBS_FIRST.contains(first)
        && !VERBS_LAST.contains(last)
}

fn enum_def(users: &[Use], name: String) -> EnumDef {
    // Users are in (object, member) order; the first one documents the enum.
    let first = &users[0];
    let doc = users
        .iter()
        .map(|u| u.found.lead.as_str())
        .find(|l| !l.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| format!("Documented values of `{}`.", first.reference()));
    let values = first
        .found
        .values
        .iter()
        .zip(&first.variants)
        .map(|((value, desc), variant)| {
            // A description another user gives when the first has none.
            let desc = if desc.is_empty() {
                users
                    .iter()
                    .flat_map(|u| u.found.values.iter())
                    .find(|(v, d)| v == value && !d.is_empty())
                    .map(|(_, d)| d.clone())
                    .unwrap_or_default()
            } else {
                desc.clone()
            };
            let value = match (first.integer, prose::parse_int(value)) {
                (true, Some(n)) => serde_json::Value::from(n),
                _ => serde_json::Value::from(value.as_str()),
            };
            EnumValueDef {
                value,
                name: variant.clone(),
                doc: desc,
            }
        })
        .collect();
    let mut members: Vec<String> = users.iter().map(Use::reference).collect();
    members.sort();
    EnumDef {
        name,
        kind: if first.integer {
            EnumKind::Integer
        } else {
            EnumKind::String
        },
        doc,
        reviewed: false,
        members,
        values,
    }
}

/// The name an enum takes from a member (`RiskLevel`; `Statuses` → `Status`
/// for a list).
fn base_name(member: &str, list: bool) -> String {
    let name = names::type_name(member);
    if !list {
        return name;
    }
    if let Some(stem) = name.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if let Some(stem) = name.strip_suffix("ses") {
        return format!("{stem}s");
    }
    match name.strip_suffix('s') {
        Some(stem) if !stem.is_empty() && !stem.ends_with(['s', 'u', 'i']) => stem.to_string(),
        _ => name,
    }
}

/// The most common base name among a group's users (ties: the smallest).
fn group_base(users: &[Use]) -> String {
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for u in users {
        *count.entry(base_name(&u.member, u.list)).or_default() += 1;
    }
    let best = count.values().copied().max().unwrap_or(0);
    count
        .into_iter()
        .find(|(_, c)| *c == best)
        .map(|(n, _)| n)
        .unwrap_or_default()
}

/// The common first word of symbolic values (`DEAL_NONE`, `DEAL_DEL` → `Deal`).
fn value_prefix(users: &[Use]) -> Option<String> {
    let values = &users[0].found.values;
    let mut prefix: Option<&str> = None;
    for (v, _) in values {
        let (head, rest) = v.split_once('_')?;
        if rest.is_empty() || !head.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        match prefix {
            None => prefix = Some(head),
            Some(p) if p.eq_ignore_ascii_case(head) => {}
            Some(_) => return None,
        }
    }
    prefix.map(|p| p.to_upper_camel_case())
}

/// A qualified name of the given level, if that level has one.
fn qualified(users: &[Use], base: &str, level: usize) -> Option<String> {
    let object = names::type_name(&users[0].object);
    let name = match level {
        0 => {
            let prefix = value_prefix(users)?;
            if base.starts_with(&prefix) {
                return None;
            }
            format!("{prefix}{base}")
        }
        1 => {
            let stem = object
                .strip_suffix("Request")
                .or_else(|| object.strip_suffix("Response"))
                .filter(|s| !s.is_empty())?;
            if stem.ends_with(base) {
                stem.to_string()
            } else {
                format!("{stem}{base}")
            }
        }
        _ => {
            if object.ends_with(base) {
                object
            } else {
                format!("{object}{base}")
            }
        }
    };
    Some(name)
}

/// Enum names for the groups, avoiding `taken` and each other.
fn choose_names(groups: &[Vec<Use>], taken: &mut BTreeSet<String>) -> Vec<String> {
    let bases: Vec<String> = groups.iter().map(|g| group_base(g)).collect();
    let mut by_base: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, b) in bases.iter().enumerate() {
        by_base.entry(b).or_default().push(i);
    }
    let mut chosen: Vec<Option<String>> = vec![None; groups.len()];
    for (base, members) in &by_base {
        if taken.contains(*base) {
            continue;
        }
        // The bare name goes to the only enum of that name, or to one used by
        // more members than all the others together (`Order`: `ASC`/`DESC`
        // in 51 places, `asc`/`desc` in 5).
        let uses = |i: usize| groups[i].len();
        let all: usize = members.iter().map(|&i| uses(i)).sum();
        if let Some(&winner) = members.iter().find(|&&i| 2 * uses(i) > all) {
            chosen[winner] = Some(base.to_string());
            taken.insert(base.to_string());
        }
    }
    for level in 0..3 {
        let candidates: Vec<(usize, String)> = (0..groups.len())
            .filter(|&i| chosen[i].is_none())
            .filter_map(|i| qualified(&groups[i], &bases[i], level).map(|n| (i, n)))
            .collect();
        let mut count: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, n) in &candidates {
            *count.entry(n).or_default() += 1;
        }
        for (i, n) in &candidates {
            if count[n.as_str()] == 1 && !taken.contains(n) {
                chosen[*i] = Some(n.clone());
            }
        }
        for (i, _) in &candidates {
            if let Some(n) = &chosen[*i] {
                taken.insert(n.clone());
            }
        }
    }
    (0..groups.len())
        .map(|i| match chosen[i].take() {
            Some(n) => n,
            None => {
                let stem = qualified(&groups[i], &bases[i], 2).unwrap_or_else(|| bases[i].clone());
                let name = (2..)
                    .map(|n| format!("{stem}{n}"))
                    .find(|n| !taken.contains(n))
                    .expect("an unused numbered name");
                taken.insert(name.clone());
                name
            }
        })
        .collect()
}

/// Variant names for documented values, unique and usable.
pub fn variant_names(values: &[(String, String)]) -> Vec<String> {
    let mut taken: BTreeSet<String> = BTreeSet::from(["UnknownValue".to_string()]);
    values
        .iter()
        .enumerate()
        .map(|(i, (value, desc))| {
            let symbolic = value.chars().any(|c| c.is_ascii_alphabetic());
            let mut name = if let Some(n) = symbol_name(value) {
                n.to_string()
            } else if symbolic {
                usable(value.to_upper_camel_case())
                    .or_else(|| name_from_desc(desc))
                    .unwrap_or_else(|| format!("Value{}", i + 1))
            } else {
                name_from_desc(desc).unwrap_or_else(|| match prose::parse_int(value) {
                    Some(n) if n < 0 => format!("ValueMinus{}", n.unsigned_abs()),
                    Some(n) => format!("Value{n}"),
                    None => format!("Value{}", i + 1),
                })
            };
            if names::is_keyword(&name) {
                name.push_str("Value");
            }
            let unique = if taken.contains(&name) {
                (2..)
                    .map(|n| format!("{name}{n}"))
                    .find(|n| !taken.contains(n))
                    .expect("an unused numbered name")
            } else {
                name
            };
            taken.insert(unique.clone());
            unique
        })
        .collect()
}

/// Names for values that are punctuation (`Valid values: `+`, `-``).
fn symbol_name(value: &str) -> Option<&'static str> {
    Some(match value {
        "+" => "Plus",
        "-" => "Minus",
        "*" => "Asterisk",
        "/" => "Slash",
        "=" => "Equal",
        "!=" => "NotEqual",
        ">" => "Greater",
        ">=" => "GreaterOrEqual",
        "<" => "Less",
        "<=" => "LessOrEqual",
        _ => return None,
    })
}

/// `name` if it is a usable UpperCamelCase identifier (`N` before a digit).
fn usable(name: String) -> Option<String> {
    let name = if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{name}")
    } else {
        name
    };
    (names::is_ident(&name) && name.starts_with(|c: char| c.is_ascii_uppercase())).then_some(name)
}

/// A variant name from the first words of a description
/// (`One-Click Scan` → `OneClickScan`).
fn name_from_desc(desc: &str) -> Option<String> {
    // Words, not letters: `pay-as-you-go` is one word.
    const MAX_WORDS: usize = 5;
    // Words a name should not start with.
    const LEADING: &[&str] = &[
        "the",
        "a",
        "an",
        "for",
        "to",
        "is",
        "are",
        "be",
        "at",
        "in",
        "by",
        "with",
        "if",
        "when",
        "means",
        "indicates",
        "represents",
    ];
    // Words a name should not end with (`on` and `in` stay: `TurnedOn`, `LogIn`).
    const TRAILING: &[&str] = &[
        "the", "a", "an", "and", "or", "of", "for", "to", "by", "with", "that", "which", "is",
        "are", "be", "when", "if", "from", "as", "across", "whose", "than",
    ];
    let is = |list: &[&str], w: &String| list.contains(&w.to_ascii_lowercase().as_str());
    let words_of = |s: &str| -> Vec<String> {
        let mut words: Vec<String> = s
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .map(|w| w.trim_matches('-'))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        while words.len() > 1 && words.first().is_some_and(|w| is(LEADING, w)) {
            words.remove(0);
        }
        words.truncate(MAX_WORDS);
        while words.len() > 1 && words.last().is_some_and(|w| is(TRAILING, w)) {
            words.pop();
        }
        words
    };
    let clause = desc
        .split(['.', ',', ';', '(', ':', '[', '。'])
        .next()
        .unwrap_or("");
    let mut words = words_of(clause);
    if words.is_empty() {
        words = words_of(desc);
    }
    usable(words.join(" ").to_upper_camel_case())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::enums::NotEnum;
    use crate::spec::parse_api;
    use std::path::Path;

    fn api(members: &str) -> ApiSpec {
        let json = format!(
            r#"{{"actions":{{}},"metadata":{{"apiVersion":"1","serviceShortName":"x"}},
                "objects":{{{members}}}}}"#
        );
        parse_api(Path::new("api.json"), json.as_bytes()).unwrap()
    }

    fn member(name: &str, ty: &str, member: &str, doc: &str) -> String {
        format!(
            r#"{{"name":"{name}","type":"{ty}","member":"{member}","document":{}}}"#,
            serde_json::to_string(doc).unwrap()
        )
    }

    fn object(name: &str, members: &[String]) -> String {
        format!(
            r#""{name}":{{"document":"","members":[{}]}}"#,
            members.join(",")
        )
    }

    #[test]
    fn variants_from_values_and_descriptions() {
        let v = |pairs: &[(&str, &str)]| {
            variant_names(
                &pairs
                    .iter()
                    .map(|(a, b)| (a.to_string(), b.to_string()))
                    .collect::<Vec<_>>(),
            )
        };
        assert_eq!(
            v(&[("RISK_CRITICAL", ""), ("kube-router", ""), ("asc", "")]),
            ["RiskCritical", "KubeRouter", "Asc"]
        );
        assert_eq!(
            v(&[
                ("0", "One-Click Scan"),
                ("1", "Scheduled Scan; daily"),
                ("2", "the real-time monitoring (default)")
            ]),
            ["OneClickScan", "ScheduledScan", "RealTimeMonitoring"]
        );
        assert_eq!(
            v(&[
                ("0", "Pro Edition - pay-as-you-go"),
                ("1", "normal log-in"),
                ("2", "host that is shut down or offline"),
            ]),
            ["ProEditionPayAsYouGo", "NormalLogIn", "HostThatIsShutDown"]
        );
        // Clashes, keywords, the reserved open variant, digits and no words.
        assert_eq!(
            v(&[
                ("0", "Yes"),
                ("1", "yes"),
                ("2", "self"),
                ("3", "1 day"),
                ("-1", "无")
            ]),
            ["Yes", "Yes2", "SelfValue", "N1Day", "ValueMinus1"]
        );
        assert_eq!(
            v(&[("UNKNOWN_VALUE", ""), ("ASC", ""), ("asc", "")]),
            ["UnknownValue2", "Asc", "Asc2"]
        );
    }

    #[test]
    fn the_member_example_confirms_a_stop_key_value() {
        let doc = "Type:\n<li>input: starting node</li><li>output: end node</li><li>action-trans: transcode</li>";
        let with_example = |example: &str| {
            let mut m = member("ActivityType", "string", "string", doc);
            m.insert_str(
                m.len() - 1,
                &format!(r#","example":{}"#, serde_json::to_string(example).unwrap()),
            );
            mine_service(&api(&object("Activity", &[m])), &EnumsFile::default())
        };
        let mined = with_example("input");
        let values: Vec<&str> = mined.file.enums[0]
            .values
            .iter()
            .map(|v| v.value.as_str().unwrap())
            .collect();
        assert_eq!(values, ["input", "output", "action-trans"]);
        let mined = with_example("action-trans");
        assert!(mined.file.enums.is_empty());
        assert_eq!(
            mined.stats.rejections,
            [("Activity.ActivityType".to_string(), Reject::StopKeyItem)]
        );
    }

    #[test]
    fn shared_values_share_one_enum_and_names_are_disambiguated() {
        let spec = api(&[
            object(
                "DescribeARequest",
                &[
                    member("RiskLevel", "string", "string", "Risk: RISK_HIGH, RISK_LOW"),
                    member("Status", "int", "int64", "0: pending; 1: done"),
                ],
            ),
            object(
                "DescribeBResponse",
                &[
                    member(
                        "RiskLevel",
                        "string",
                        "string",
                        "Level: RISK_HIGH, RISK_LOW",
                    ),
                    member(
                        "Status",
                        "string",
                        "string",
                        "DEAL_NONE: none\nDEAL_DEL: deleted",
                    ),
                    member("Levels", "list", "string", "Values: `a`, `b`"),
                ],
            ),
            // A struct named like a member: the enum must not take its name.
            object("Level", &[member("X", "string", "string", "")]),
        ]
        .join(","));
        let mined = mine_service(&spec, &EnumsFile::default());
        let by_name: BTreeMap<&str, &EnumDef> = mined
            .file
            .enums
            .iter()
            .map(|e| (e.name.as_str(), e))
            .collect();
        assert_eq!(
            by_name.keys().copied().collect::<Vec<_>>(),
            [
                "DealStatus",
                "DescribeAStatus",
                "DescribeBLevel",
                "RiskLevel"
            ]
        );
        let risk = by_name["RiskLevel"];
        assert_eq!(
            risk.members,
            ["DescribeARequest.RiskLevel", "DescribeBResponse.RiskLevel"]
        );
        assert_eq!(risk.doc, "Risk");
        assert_eq!(by_name["DealStatus"].members, ["DescribeBResponse.Status"]);
        let status = by_name["DescribeAStatus"];
        assert_eq!(status.kind, EnumKind::Integer);
        assert_eq!(status.values[1].value, serde_json::json!(1));
        assert_eq!(status.values[1].name, "Done");
        // `Levels` → `Level`, a struct's name: qualified by its object.
        assert_eq!(
            by_name["DescribeBLevel"].members,
            ["DescribeBResponse.Levels"]
        );
        assert_eq!(mined.stats.mined_members, 5);
        assert_eq!(mined.stats.mined_enums, 4);
    }

    #[test]
    fn reviewed_entries_are_kept_and_their_members_skipped() {
        let spec = api(&object(
            "R",
            &[
                member("A", "string", "string", "Values: `x`, `y`"),
                member("B", "string", "string", "Values: `x`, `y`"),
                member("C", "string", "string", "Values: `x`, `y`"),
            ],
        ));
        let reviewed = EnumDef {
            name: "Custom".into(),
            kind: EnumKind::String,
            doc: "Reviewed.".into(),
            reviewed: true,
            members: vec!["R.A".into()],
            values: vec![EnumValueDef {
                value: "x".into(),
                name: "Ex".into(),
                doc: String::new(),
            }],
        };
        let stale = EnumDef {
            reviewed: false,
            name: "Stale".into(),
            members: vec!["R.B".into()],
            ..reviewed.clone()
        };
        let not_enum = NotEnum {
            member: "R.C".into(),
            reason: "Prose.".into(),
        };
        let mined = mine_service(
            &spec,
            &EnumsFile {
                enums: vec![stale, reviewed.clone()],
                not_enums: vec![not_enum.clone()],
            },
        );
        assert_eq!(mined.file.not_enums, [not_enum]);
        // Sorted by name: the fresh `B` (replacing `Stale`), the reviewed `Custom`.
        assert_eq!(mined.file.enums.len(), 2);
        assert_eq!(mined.file.enums[0].name, "B");
        assert_eq!(mined.file.enums[0].members, ["R.B"]);
        assert_eq!(mined.file.enums[1], reviewed);
        assert_eq!(mined.stats.reviewed_members, 2);
    }

    #[test]
    fn reviewed_members_that_vanished_are_dropped_and_reported() {
        let spec = api(&object(
            "R",
            &[
                member("A", "string", "string", "Values: `x`, `y`"),
                member("N", "int", "int64", "A count."),
            ],
        ));
        let reviewed = |name: &str, kind, members: &[&str]| EnumDef {
            name: name.into(),
            kind,
            doc: String::new(),
            reviewed: true,
            members: members.iter().map(|m| m.to_string()).collect(),
            values: vec![EnumValueDef {
                value: "x".into(),
                name: "Ex".into(),
                doc: String::new(),
            }],
        };
        let existing = EnumsFile {
            enums: vec![
                // Keeps `R.A`, loses the member and the object that are gone.
                reviewed("Kept", EnumKind::String, &["R.A", "R.Gone", "Gone.A"]),
                // `R.N` is an integer now: a string enum cannot stay on it.
                reviewed("Retyped", EnumKind::String, &["R.N"]),
            ],
            not_enums: vec![NotEnum {
                member: "R.Gone".into(),
                reason: "Prose.".into(),
            }],
        };
        let mined = mine_service(&spec, &existing);
        let names: Vec<&str> = mined.file.enums.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Kept"]);
        assert_eq!(mined.file.enums[0].members, ["R.A"]);
        assert!(mined.file.not_enums.is_empty());
        assert_eq!(
            mined.stats.dropped,
            [
                "reviewed enum Kept: member R.Gone dropped (the member is gone)",
                "reviewed enum Kept: member Gone.A dropped (its object is gone)",
                "reviewed enum Retyped: member R.N dropped (its type no longer takes this enum)",
                "reviewed enum Retyped dropped: none of its members is left",
                "not_enums: R.Gone dropped (the member is gone)",
            ]
        );
        // What is left passes the IR: the same run on the pruned file drops nothing.
        let again = mine_service(&spec, &mined.file);
        assert!(again.stats.dropped.is_empty());
        assert_eq!(again.file, mined.file);
    }

    #[test]
    fn mining_is_deterministic() {
        let spec = api(&[
            object(
                "A",
                &[member("Mode", "string", "string", "Values: `p`, `q`")],
            ),
            object(
                "B",
                &[member("Mode", "string", "string", "Values: `r`, `s`")],
            ),
        ]
        .join(","));
        let one = mine_service(&spec, &EnumsFile::default()).file;
        let two = mine_service(&spec, &EnumsFile::default()).file;
        assert_eq!(one, two);
        let names: Vec<&str> = one.enums.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["AMode", "BMode"]);
    }
}
