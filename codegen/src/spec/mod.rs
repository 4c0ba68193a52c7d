//! Stage 1: serde types that mirror the official files exactly.
//!
//! * `api.json`: actions, objects and members, as shipped in the
//!   `tccli-intl-en` package (`tccli/services/<svc>/<version>/api.json`);
//! * `examples.json`: the documentation's request/response examples;
//! * `errorcodes.py`: the per-service error-code list of
//!   `tencentcloud-sdk-python-intl-en` ([`errorcodes`]);
//! * `services.json`: our description of each service ([`services`]).
//!
//! Nothing here interprets the data beyond its shape: resolution, naming and
//! validation of references happen in [`crate::ir`]. Every failure is a
//! [`SpecError`] naming the file and the JSON path (or line) at fault.

pub mod enums;
pub mod errorcodes;
pub mod sensitive;
pub mod services;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

/// A malformed or inconsistent spec file: which file, where in it, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    /// The file at fault.
    pub file: PathBuf,
    /// JSON path (`objects.Foo.members[2].member`) or `line N`.
    pub path: String,
    /// What is wrong there.
    pub message: String,
}

impl SpecError {
    /// An error at `path` inside `file`.
    pub fn new(file: &Path, path: impl Into<String>, message: impl Into<String>) -> Self {
        SpecError {
            file: file.to_path_buf(),
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(
                f,
                "{}: at {}: {}",
                self.file.display(),
                self.path,
                self.message
            )
        }
    }
}

impl std::error::Error for SpecError {}

/// One `api.json`: a service version.
#[derive(Debug, Clone, Deserialize)]
pub struct ApiSpec {
    /// Actions by wire name (`DescribeRiskProcessEvents`).
    #[serde(deserialize_with = "unique_map")]
    pub actions: BTreeMap<String, Action>,
    /// Objects (requests, responses and shared types) by name.
    #[serde(deserialize_with = "unique_map")]
    pub objects: BTreeMap<String, Object>,
    /// Service metadata.
    pub metadata: Metadata,
    /// Format version of the file; absent in some files.
    #[serde(default)]
    pub version: Option<String>,
    /// Keys this generator does not know; reported as warnings.
    #[serde(flatten)]
    pub unknown: BTreeMap<String, serde_json::Value>,
}

/// `metadata` of an `api.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    /// API version string sent as `X-TC-Version` (`2018-02-28`).
    pub api_version: String,
    /// Chinese product name.
    #[serde(rename = "serviceNameCN", default)]
    pub service_name_cn: Option<String>,
    /// Endpoint prefix and signing service name (`cwp`; `as` for `autoscaling`).
    pub service_short_name: String,
    /// Keys this generator does not know; reported as warnings.
    #[serde(flatten)]
    pub unknown: BTreeMap<String, serde_json::Value>,
}

/// One action (API operation).
#[derive(Debug, Clone, Deserialize)]
pub struct Action {
    /// Description (HTML-ish prose).
    pub document: String,
    /// Name of the input object.
    pub input: String,
    /// Human title of the action.
    pub name: String,
    /// Name of the output object.
    pub output: String,
    /// `online` or `deprecated`; absent means online.
    #[serde(default)]
    pub status: Option<String>,
    /// The action is called unsigned (`Authorization: SKIP`).
    #[serde(default)]
    pub skip_sign: Option<bool>,
    /// Keys this generator does not know; reported as warnings.
    #[serde(flatten)]
    pub unknown: BTreeMap<String, serde_json::Value>,
}

/// One object: a request, a response or a shared structure.
#[derive(Debug, Clone, Deserialize)]
pub struct Object {
    /// Description.
    pub document: String,
    /// Members in documentation order. An object without members is a
    /// free-form JSON map on the wire.
    pub members: Vec<Member>,
    /// `object` (always, when present).
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    /// `in`, `out` or `both`: how upstream thinks the object is used. It is
    /// unreliable, so the IR computes usage itself.
    #[serde(default)]
    pub usage: Option<String>,
    /// Keys this generator does not know; reported as warnings.
    #[serde(flatten)]
    pub unknown: BTreeMap<String, serde_json::Value>,
}

/// One member of an object.
#[derive(Debug, Clone, Deserialize)]
pub struct Member {
    /// Wire name (`RiskLevel`).
    pub name: String,
    /// The JSON kind.
    #[serde(rename = "type")]
    pub kind: MemberKind,
    /// For scalars and lists of scalars, the scalar type (`string`, `int64`,
    /// `uint64`, `float`, `bool`, `datetime`, `datetime_iso`, `date`); for
    /// objects and lists of objects, the object name.
    pub member: String,
    /// Description.
    #[serde(default)]
    pub document: String,
    /// An example value, as text.
    #[serde(default)]
    pub example: Option<String>,
    /// Required in requests. Once written as the integer `1`.
    #[serde(default, deserialize_with = "flexible_bool")]
    pub required: Option<bool>,
    /// Documented as always present in responses (not trustworthy).
    #[serde(default, deserialize_with = "flexible_bool")]
    pub output_required: Option<bool>,
    /// Documented as possibly `null` in responses.
    #[serde(default, deserialize_with = "flexible_bool")]
    pub value_allowed_null: Option<bool>,
    /// A member upstream marks as no longer in use (deprecated).
    #[serde(default, deserialize_with = "flexible_bool")]
    pub disabled: Option<bool>,
    /// Keys this generator does not know; reported as warnings.
    #[serde(flatten)]
    pub unknown: BTreeMap<String, serde_json::Value>,
}

/// The `type` of a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MemberKind {
    /// A string scalar (`member`: `string`, `datetime`, `datetime_iso`, `date`).
    String,
    /// An integer scalar (`member`: `int64` or `uint64`).
    Int,
    /// A float scalar.
    Float,
    /// A boolean.
    Bool,
    /// A nested object (`member` names it).
    Object,
    /// A list of scalars or objects (`member` names the element type).
    List,
}

/// One `examples.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct ExamplesFile {
    /// Examples by action wire name.
    #[serde(deserialize_with = "unique_map")]
    pub actions: BTreeMap<String, Vec<Example>>,
    /// Format version.
    #[serde(default)]
    pub version: Option<String>,
}

/// One documentation example of an action.
#[derive(Debug, Clone, Deserialize)]
pub struct Example {
    /// Short description.
    #[serde(default)]
    pub document: String,
    /// The HTTP request text: a JSON POST or a legacy GET query string.
    pub input: String,
    /// The response JSON text (not always valid JSON upstream).
    pub output: String,
    /// Title.
    #[serde(default)]
    pub title: String,
}

/// Parse an `api.json` from bytes; `file` names it in errors.
pub fn parse_api(file: &Path, bytes: &[u8]) -> Result<ApiSpec, SpecError> {
    parse_json(file, bytes)
}

/// Parse an `examples.json` from bytes; `file` names it in errors.
pub fn parse_examples(file: &Path, bytes: &[u8]) -> Result<ExamplesFile, SpecError> {
    parse_json(file, bytes)
}

/// Read and parse an `api.json`.
pub fn load_api(file: &Path) -> Result<ApiSpec, SpecError> {
    parse_api(file, &read(file)?)
}

/// Read and parse an `examples.json`.
pub fn load_examples(file: &Path) -> Result<ExamplesFile, SpecError> {
    parse_examples(file, &read(file)?)
}

/// Parse a JSON file of ours (`enums.json`, `sensitive.json`); a missing
/// file is the empty default.
pub(crate) fn load_json_or_default<T: for<'de> Deserialize<'de> + Default>(
    file: &Path,
) -> Result<T, SpecError> {
    if !file.exists() {
        return Ok(T::default());
    }
    parse_json(file, &read(file)?)
}

pub(crate) fn read(file: &Path) -> Result<Vec<u8>, SpecError> {
    std::fs::read(file).map_err(|e| SpecError::new(file, "", format!("cannot read: {e}")))
}

fn parse_json<T: for<'de> Deserialize<'de>>(file: &Path, bytes: &[u8]) -> Result<T, SpecError> {
    // Tracking the path costs time on every value: parse plainly, and again
    // with the path only to describe a failure.
    if let Ok(value) = serde_json::from_slice(bytes) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let message = if inner.is_eof() {
            format!("truncated JSON: {inner}")
        } else {
            inner.to_string()
        };
        SpecError::new(
            file,
            if path == "." { String::new() } else { path },
            message,
        )
    })?;
    de.end().map_err(|e| {
        SpecError::new(
            file,
            "",
            format!("trailing data after the JSON document: {e}"),
        )
    })?;
    Ok(value)
}

/// A JSON object deserialized into a sorted map, rejecting duplicate keys
/// (serde_json would silently keep the last one).
fn unique_map<'de, D, V>(d: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct UniqueMap<V>(PhantomData<V>);
    impl<'de, V: Deserialize<'de>> Visitor<'de> for UniqueMap<V> {
        type Value = BTreeMap<String, V>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<String>()? {
                if out.contains_key(&key) {
                    return Err(de::Error::custom(format_args!("duplicate key `{key}`")));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    d.deserialize_map(UniqueMap(PhantomData))
}

/// `true`/`false`, or the integers `1`/`0` that one upstream file uses.
fn flexible_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    struct Flex;
    impl<'de> Visitor<'de> for Flex {
        type Value = Option<bool>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a boolean, 0 or 1")
        }
        fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            match v {
                0 => Ok(Some(false)),
                1 => Ok(Some(true)),
                _ => Err(E::invalid_value(de::Unexpected::Unsigned(v), &self)),
            }
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            match v {
                0 => Ok(Some(false)),
                1 => Ok(Some(true)),
                _ => Err(E::invalid_value(de::Unexpected::Signed(v), &self)),
            }
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }
    d.deserialize_any(Flex)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(json: &str) -> String {
        parse_api(Path::new("svc/v1/api.json"), json.as_bytes())
            .unwrap_err()
            .to_string()
    }

    const MINIMAL: &str = r#"{"actions":{},"objects":{},"metadata":{"apiVersion":"2020-01-01","serviceShortName":"x"}}"#;

    #[test]
    fn minimal_spec_parses_without_version() {
        let spec = parse_api(Path::new("a.json"), MINIMAL.as_bytes()).unwrap();
        assert_eq!(spec.metadata.service_short_name, "x");
        assert!(spec.version.is_none());
    }

    #[test]
    fn truncated_json_names_file() {
        let e = err(&MINIMAL[..40]);
        assert!(e.starts_with("svc/v1/api.json: "), "{e}");
        assert!(e.contains("truncated JSON"), "{e}");
    }

    #[test]
    fn unknown_member_type_names_path() {
        let e = err(
            r#"{"actions":{},"metadata":{"apiVersion":"1","serviceShortName":"x"},
               "objects":{"A":{"document":"","members":[{"name":"B","type":"tuple","member":"string"}]}}}"#,
        );
        assert!(e.contains("objects.A.members[0].type"), "{e}");
        assert!(e.contains("unknown variant `tuple`"), "{e}");
    }

    #[test]
    fn duplicate_action_is_an_error() {
        let e = err(
            r#"{"metadata":{"apiVersion":"1","serviceShortName":"x"},"objects":{},
               "actions":{"A":{"document":"","input":"I","output":"O","name":"a"},
                          "A":{"document":"","input":"I","output":"O","name":"a"}}}"#,
        );
        assert!(e.contains("duplicate key `A`"), "{e}");
        assert!(e.contains("at actions"), "{e}");
    }

    #[test]
    fn required_accepts_integer_one() {
        let spec = parse_api(
            Path::new("a.json"),
            br#"{"actions":{},"metadata":{"apiVersion":"1","serviceShortName":"x"},
               "objects":{"A":{"document":"","members":[
                 {"name":"B","type":"string","member":"string","required":1},
                 {"name":"C","type":"string","member":"string","required":false}]}}}"#,
        )
        .unwrap();
        let members = &spec.objects["A"].members;
        assert_eq!(members[0].required, Some(true));
        assert_eq!(members[1].required, Some(false));
    }

    #[test]
    fn trailing_garbage_is_an_error() {
        let e = err(&format!("{MINIMAL} x"));
        assert!(e.contains("trailing data"), "{e}");
    }
}
