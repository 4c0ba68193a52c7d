//! `specs/<svc>/<version>/enums.json`: the reviewed enum definitions.
//!
//! Upstream specs carry enumerations only as prose. `tencentcloud-codegen
//! mine-enums` proposes candidates from the docs ([`crate::mine`]); a person
//! reviews the file (confirms, drops, renames, adds values) and commits it.
//! This file is the only enum source the generator reads.
//!
//! ```json
//! {
//!   "enums": [
//!     {
//!       "name": "RiskLevel",
//!       "type": "string",
//!       "doc": "Risk level.",
//!       "reviewed": true,
//!       "members": ["DescribeVirusDetailResponse.RiskLevel"],
//!       "values": [
//!         { "value": "RISK_CRITICAL", "name": "RiskCritical", "doc": "Critical." }
//!       ]
//!     }
//!   ],
//!   "not_enums": [
//!     { "member": "ScreenProtectionCnt.Name", "reason": "Doc copied from `Type`." }
//!   ]
//! }
//! ```
//!
//! * `type` is `string` or `integer`; integer values are JSON numbers.
//! * `members` are `Object.Member` references; a list member's elements take
//!   the enum type.
//! * `reviewed: true` entries are never touched by the miner; others are
//!   replaced by fresh candidates each time it runs.
//! * `not_enums` (optional) records members a reviewer found are not enums
//!   although their docs look like it; the miner skips them.

use super::SpecError;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The whole file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumsFile {
    /// The enums, in the order the file lists them.
    pub enums: Vec<EnumDef>,
    /// Members reviewed and found not to be enums.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_enums: Vec<NotEnum>,
}

/// A member whose doc looks like an enumeration but is not one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotEnum {
    /// `Object.Member`.
    pub member: String,
    /// Why (for the next reviewer).
    pub reason: String,
}

/// One enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumDef {
    /// Rust type name.
    pub name: String,
    /// How values travel on the wire.
    #[serde(rename = "type")]
    pub kind: EnumKind,
    /// Doc of the enum type.
    #[serde(default)]
    pub doc: String,
    /// Reviewed by a person: the miner leaves it alone.
    #[serde(default)]
    pub reviewed: bool,
    /// `Object.Member` references of the members that use it.
    pub members: Vec<String>,
    /// Documented values.
    pub values: Vec<EnumValueDef>,
}

/// String- or integer-coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EnumKind {
    /// JSON strings.
    String,
    /// JSON integers.
    Integer,
}

/// One documented value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValueDef {
    /// The wire value: a JSON string or integer.
    pub value: serde_json::Value,
    /// Rust variant name.
    pub name: String,
    /// What the docs say about this value.
    #[serde(default)]
    pub doc: String,
}

/// Read `enums.json`; a missing file is an empty list.
pub fn load(file: &Path) -> Result<EnumsFile, SpecError> {
    super::load_json_or_default(file)
}

/// The file's canonical text: two-space indented JSON with a final newline,
/// so a rewrite of an unchanged file is byte-identical.
pub fn render(file: &EnumsFile) -> String {
    let mut s = serde_json::to_string_pretty(file).expect("enums serialize");
    s.push('\n');
    s
}
