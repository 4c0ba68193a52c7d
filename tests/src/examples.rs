//! Request parameters out of a documentation example's HTTP request text.
//!
//! Examples come in two forms:
//!
//! * a JSON `POST` (`POST / HTTP/1.1`, headers with `X-TC-Action`, a blank
//!   line, the JSON body), whose body goes through [`crate::repair`];
//! * the legacy `GET` query string
//!   (`https://cwp.tencentcloudapi.com/?Action=X\n&Filters.0.Name=..\n&Filters.0.Values.0=..\n&<Common request parameters>`),
//!   whose values are all text: [`request_params`] rebuilds the nested JSON
//!   (`A.0.B` is member `B` of element 0 of list `A`) and types each value by
//!   walking the action's input object in the `api.json` spec (integers,
//!   floats, booleans, lists, nested objects).
//!
//! Nothing is dropped silently: every interpretation is a [`InputNote`] on
//! the result, and every text that cannot be read is an [`InputError`].
//!
//! ```
//! use tencentcloud_codegen::spec::parse_api;
//! use tencentcloud_conformance::examples::{request_params, RequestFormat};
//! let api = parse_api(std::path::Path::new("api.json"), br#"{
//!   "actions": {"Get": {"document": "", "input": "GetRequest", "name": "", "output": "GetResponse"}},
//!   "objects": {
//!     "GetRequest": {"document": "", "members": [
//!       {"name": "Limit", "type": "int", "member": "uint64"},
//!       {"name": "Filters", "type": "list", "member": "Filter"}]},
//!     "Filter": {"document": "", "members": [
//!       {"name": "Name", "type": "string", "member": "string"},
//!       {"name": "Values", "type": "list", "member": "string"}]},
//!     "GetResponse": {"document": "", "members": []}},
//!   "metadata": {"apiVersion": "2020-01-01", "serviceShortName": "x"}}"#).unwrap();
//! let text = "https://x.tencentcloudapi.com/?Action=Get\n&Limit=10\n&Filters.0.Name=Ip\n&Filters.0.Values.0=\"10.0.0.1\"\n&<Common request parameters>";
//! let req = request_params(&api, "Get", text).unwrap();
//! assert_eq!(req.format, RequestFormat::Query);
//! assert_eq!(req.params, serde_json::json!({"Limit": 10, "Filters": [{"Name": "Ip", "Values": ["10.0.0.1"]}]}));
//! assert!(req.was_repaired()); // the quotes around the value are notation, removed
//! ```

use crate::repair::{self, Defect, Unrepairable};
use serde_json::{Map, Number, Value};
use std::fmt;
use tencentcloud_codegen::spec::{ApiSpec, MemberKind};

/// How the example sends its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestFormat {
    /// A JSON `POST` body.
    Json,
    /// A legacy `GET` query string.
    Query,
}

/// The parameters of one example request.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestParams {
    /// How the example sent them.
    pub format: RequestFormat,
    /// The parameters, as the JSON object a `POST` would send.
    pub params: Value,
    /// Repairs made to the JSON body (see [`crate::repair`]).
    pub json_repairs: Vec<Defect>,
    /// How the text was interpreted, beyond plain reading.
    pub notes: Vec<InputNote>,
}

impl RequestParams {
    /// Whether the text needed a repair: a JSON body repair, or quotes around
    /// query values removed.
    pub fn was_repaired(&self) -> bool {
        !self.json_repairs.is_empty()
            || self
                .notes
                .iter()
                .any(|n| matches!(n, InputNote::QuotedValue { .. }))
    }

    /// The notes that are reasons for the example not to round-trip as is
    /// (today: a query string and a body that disagree).
    pub fn conflicts(&self) -> impl Iterator<Item = &InputNote> {
        self.notes
            .iter()
            .filter(|n| matches!(n, InputNote::BodyConflict { .. }))
    }
}

/// An interpretation made while reading a request text.
#[derive(Debug, Clone, PartialEq)]
pub enum InputNote {
    /// A query value written in double quotes (`Name="x"`): the quotes are the
    /// doc's notation, not part of the value, and were removed (the content
    /// read as a JSON string literal, so `\"` is a quote).
    QuotedValue {
        /// Parameter name (`Filters.0.Name`).
        name: String,
    },
    /// A query value that is not valid for its declared type (`Limit=ten`),
    /// kept as a string (the typed decode then reports it as drift).
    UntypedValue {
        /// Parameter name.
        name: String,
        /// Declared type (`int64`, `bool`...).
        expected: String,
    },
    /// A query parameter the spec does not describe, kept as text (objects
    /// and lists rebuilt from its dotted name).
    UnknownParameter {
        /// Parameter name.
        name: String,
    },
    /// A common parameter (`Version`, `Region`...) in the query string, not
    /// part of the action's parameters: left out.
    CommonParameter {
        /// Parameter name.
        name: String,
    },
    /// A `GET` example with a JSON body after the query string: its members
    /// absent from the query string were added to the parameters.
    BodyMerged {
        /// The members added.
        names: Vec<String>,
    },
    /// A `GET` example whose JSON body gives a member another value than the
    /// query string: the query string's value is kept.
    BodyConflict {
        /// Member name.
        name: String,
        /// The query string's value.
        query: Value,
        /// The body's value.
        body: Value,
    },
    /// The request names another host than the service's (`yunjing` for
    /// `cwp`: the product's former name).
    OtherHost {
        /// The host in the example.
        host: String,
    },
    /// The text is the JSON body alone, without the `POST` line and headers.
    BodyOnly,
    /// The `POST`'s request line and headers are run together on one line
    /// (the page lost its line breaks); they were read without them.
    HeadersRunTogether,
}

impl fmt::Display for InputNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputNote::QuotedValue { name } => write!(f, "quoted query value {name}"),
            InputNote::UntypedValue { name, expected } => {
                write!(f, "query value {name} is not a valid {expected}")
            }
            InputNote::UnknownParameter { name } => {
                write!(f, "query parameter {name} not in the spec")
            }
            InputNote::CommonParameter { name } => {
                write!(f, "common parameter {name} left out")
            }
            InputNote::BodyMerged { names } => {
                write!(f, "members of the body merged: {}", names.join(", "))
            }
            InputNote::BodyConflict { name, query, body } => write!(
                f,
                "query string and body disagree on {name}: {query} vs {body}"
            ),
            InputNote::OtherHost { host } => write!(f, "host {host}"),
            InputNote::BodyOnly => f.write_str("the JSON body alone, without request line"),
            InputNote::HeadersRunTogether => f.write_str("request line and headers on one line"),
        }
    }
}

/// A request text that cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub enum InputError {
    /// The action has no input object in the spec.
    UnknownAction,
    /// Neither a `POST` with a body nor a query string.
    NotARequest(String),
    /// The example names another action.
    WrongAction {
        /// The action the text names.
        found: String,
    },
    /// The JSON body is not JSON and cannot be repaired.
    Body(Unrepairable),
    /// The JSON body is valid but not an object.
    BodyNotAnObject,
    /// A query parameter that is not `name=value`, or names that clash
    /// (`A=1` and `A.0=2`).
    MalformedQuery(String),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::UnknownAction => f.write_str("the action is not in the spec"),
            InputError::NotARequest(s) => write!(f, "not a request: {s}"),
            InputError::WrongAction { found } => write!(f, "the example calls {found}"),
            InputError::Body(e) => write!(f, "request body: {e}"),
            InputError::BodyNotAnObject => f.write_str("the request body is not a JSON object"),
            InputError::MalformedQuery(s) => write!(f, "malformed query string: {s}"),
        }
    }
}

impl std::error::Error for InputError {}

/// The request parameters of an example of `action`, typed by `spec`.
pub fn request_params(
    spec: &ApiSpec,
    action: &str,
    input: &str,
) -> Result<RequestParams, InputError> {
    let input_object = spec
        .actions
        .get(action)
        .map(|a| a.input.as_str())
        .ok_or(InputError::UnknownAction)?;
    let text = input.replace("\r\n", "\n");
    let trimmed = text.trim_start();
    let first = trimmed.lines().next().unwrap_or("");
    if first.starts_with("POST") {
        post(action, &text)
    } else if trimmed.starts_with('{') {
        // Some pages show the body alone.
        let mut params = json_body(trimmed)?;
        params.notes.push(InputNote::BodyOnly);
        Ok(params)
    } else if first.contains('?') || (first.contains("://") && trimmed.contains("\n?")) {
        // The `?` may open the next line: `https://host/\n?Action=...`.
        query(spec, input_object, action, &text)
    } else {
        Err(InputError::NotARequest(shorten(first)))
    }
}

/// Where the doc's stand-in for the common parameters is:
/// `<Common request parameters>`, in any case and wording the pages use
/// (`<Common Request Parameter>`, `<Common Parameter>`, ...).
fn placeholder(text: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(open) = text[from..].find('<').map(|i| from + i) {
        let inner_end = text[open..].find('>').map(|i| open + i)?;
        let inner = text[open + 1..inner_end].to_ascii_lowercase();
        if inner.len() < 40
            && (inner.starts_with("common") || inner.starts_with("public"))
            && inner.contains("param")
        {
            return Some((open, inner_end + 1));
        }
        from = open + 1;
    }
    None
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(80).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

fn post(action: &str, text: &str) -> Result<RequestParams, InputError> {
    // The body follows the common-parameters stand-in, else the blank line
    // after the headers, else (headers without one) the first `{`.
    let (head, body) = if let Some((start, end)) = placeholder(text) {
        (&text[..start], &text[end..])
    } else if let Some((h, b)) = text.split_once("\n\n") {
        (h, b)
    } else if let Some(i) = text.find('{') {
        (&text[..i], &text[i..])
    } else {
        (text, "")
    };
    // `X-TC-Action: Name`, found by name so that headers run together on one
    // line (`...application/jsonX-TC-Action: Name<Common ...`) still read.
    let lower = head.to_ascii_lowercase();
    if let Some(at) = lower.find("x-tc-action:") {
        let value = head[at + "x-tc-action:".len()..].trim_start();
        let found: String = value
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if found != action {
            return Err(InputError::WrongAction { found });
        }
    }
    if body.trim().is_empty() {
        return Err(InputError::NotARequest("a POST without a body".into()));
    }
    let mut params = json_body(body)?;
    if head.trim().lines().count() == 1 && head.contains("Host:") {
        params.notes.push(InputNote::HeadersRunTogether);
    }
    Ok(params)
}

/// A JSON body as the parameters (repaired where [`repair`] can).
fn json_body(body: &str) -> Result<RequestParams, InputError> {
    let parsed = repair::parse_json(body).map_err(InputError::Body)?;
    if !parsed.value.is_object() {
        return Err(InputError::BodyNotAnObject);
    }
    Ok(RequestParams {
        format: RequestFormat::Json,
        params: parsed.value,
        json_repairs: parsed.defects,
        notes: Vec::new(),
    })
}

/// Parameters every action accepts, not members of its input object.
const COMMON: &[&str] = &[
    "Version",
    "Region",
    "Timestamp",
    "Nonce",
    "SecretId",
    "Signature",
    "SignatureMethod",
    "Token",
    "Language",
    "RequestClient",
];

fn query(
    spec: &ApiSpec,
    input_object: &str,
    action: &str,
    text: &str,
) -> Result<RequestParams, InputError> {
    let mut notes = Vec::new();
    let (url, rest) = text.split_once('?').unwrap_or((text, ""));
    if let Some(host) = url
        .trim()
        .trim_start_matches("GET")
        .trim()
        .split("://")
        .nth(1)
        .map(|h| h.trim_end_matches('/'))
    {
        let expected = format!("{}.", spec.metadata.service_short_name);
        if !host.is_empty() && !host.starts_with(&expected) {
            notes.push(InputNote::OtherHost {
                host: host.to_string(),
            });
        }
    }
    let (query, body) = match placeholder(rest) {
        Some((start, end)) => (&rest[..start], rest[end..].trim()),
        None => (rest, ""),
    };
    let mut pairs = Vec::new();
    for segment in split_query(query) {
        let segment = segment.trim();
        if segment.is_empty() {
            continue;
        }
        let Some((name, value)) = segment.split_once('=') else {
            return Err(InputError::MalformedQuery(shorten(segment)));
        };
        let name = name.trim();
        let value = value.trim();
        if name == "Action" {
            if value != action {
                return Err(InputError::WrongAction {
                    found: value.to_string(),
                });
            }
            continue;
        }
        if name.is_empty() || name.split('.').any(str::is_empty) {
            return Err(InputError::MalformedQuery(shorten(segment)));
        }
        let (value, quoted) = unquote(value);
        if quoted {
            notes.push(InputNote::QuotedValue {
                name: name.to_string(),
            });
        }
        pairs.push((name.to_string(), percent_decode(&value)));
    }
    let members: Vec<&str> = spec
        .objects
        .get(input_object)
        .map(|o| o.members.iter().map(|m| m.name.as_str()).collect())
        .unwrap_or_default();
    let mut tree = Node::Map(Vec::new());
    for (name, value) in pairs {
        let root = name.split('.').next().unwrap_or("");
        if COMMON.contains(&root) && !members.contains(&root) {
            notes.push(InputNote::CommonParameter { name });
            continue;
        }
        tree.insert(&name, value)
            .map_err(|()| InputError::MalformedQuery(format!("{name} given twice or clashes")))?;
    }
    let mut params = typed(spec, &tree, &Declared::Object(input_object), "", &mut notes);
    if !body.is_empty() {
        let parsed = repair::parse_json(body).map_err(InputError::Body)?;
        let Value::Object(body) = parsed.value else {
            return Err(InputError::BodyNotAnObject);
        };
        let map = params
            .as_object_mut()
            .expect("typed() of a map gives an object");
        let mut merged = Vec::new();
        for (name, value) in body {
            match map.get(&name) {
                None => {
                    map.insert(name.clone(), value);
                    merged.push(name);
                }
                Some(q) if json_equal(q, &value) => {}
                Some(q) => notes.push(InputNote::BodyConflict {
                    name: name.clone(),
                    query: q.clone(),
                    body: value,
                }),
            }
        }
        if !merged.is_empty() {
            notes.push(InputNote::BodyMerged { names: merged });
        }
        return Ok(RequestParams {
            format: RequestFormat::Query,
            params,
            json_repairs: parsed.defects,
            notes,
        });
    }
    Ok(RequestParams {
        format: RequestFormat::Query,
        params,
        json_repairs: Vec::new(),
        notes,
    })
}

/// Equal as JSON, numbers compared as numbers.
fn json_equal(a: &Value, b: &Value) -> bool {
    crate::compare::same_json(a, b)
}

/// Split at `&`, except inside double-quoted values.
fn split_query(q: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = q.as_bytes();
    let mut start = 0;
    let mut i = 0;
    // Whether the current value began with a quote, and whether it is closed.
    let mut in_quotes = false;
    let mut value_start = None;
    while i < bytes.len() {
        let b = bytes[i];
        if in_quotes {
            match b {
                b'\\' => i += 1,
                b'"' => in_quotes = false,
                _ => {}
            }
        } else {
            match b {
                b'&' => {
                    out.push(&q[start..i]);
                    start = i + 1;
                    value_start = None;
                }
                b'=' if value_start.is_none() => {
                    value_start = Some(i + 1);
                    // A quoted value: skip spaces, then a quote.
                    let rest = q[i + 1..].trim_start_matches([' ', '\t']);
                    if rest.starts_with('"') {
                        i = q.len() - rest.len();
                        in_quotes = true;
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    out.push(&q[start.min(q.len())..]);
    out
}

/// `"text"` → (`text`, true), reading the content as a JSON string literal
/// (falling back to the raw content if it is not one).
fn unquote(value: &str) -> (String, bool) {
    if value.len() >= 2 && value.starts_with('"') && value.ends_with('"') {
        match serde_json::from_str::<String>(value) {
            Ok(s) => (s, true),
            Err(_) => (value[1..value.len() - 1].to_string(), true),
        }
    } else {
        (value.to_string(), false)
    }
}

/// Decode `%XX` escapes (only valid ones; the rest is kept as is).
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = &bytes[i + 1..i + 3];
            if hex.iter().all(u8::is_ascii_hexdigit) {
                let b = (hex_value(hex[0]) << 4) | hex_value(hex[1]);
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

fn hex_value(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        _ => b - b'A' + 10,
    }
}

/// The query parameters as a tree of dotted names, in order of appearance.
#[derive(Debug)]
enum Node {
    Leaf(String),
    Map(Vec<(String, Node)>),
}

impl Node {
    fn insert(&mut self, name: &str, value: String) -> Result<(), ()> {
        let Node::Map(children) = self else {
            return Err(());
        };
        let (head, rest) = match name.split_once('.') {
            Some((h, r)) => (h, Some(r)),
            None => (name, None),
        };
        let existing = children.iter_mut().find(|(k, _)| k == head);
        match (existing, rest) {
            (Some(_), None) => Err(()),
            (Some((_, child)), Some(rest)) => child.insert(rest, value),
            (None, None) => {
                children.push((head.to_string(), Node::Leaf(value)));
                Ok(())
            }
            (None, Some(rest)) => {
                let mut child = Node::Map(Vec::new());
                child.insert(rest, value)?;
                children.push((head.to_string(), child));
                Ok(())
            }
        }
    }
}

/// What the spec declares for a value.
enum Declared<'a> {
    /// Nothing (a parameter the spec does not describe).
    Unknown,
    /// A scalar: `string`, `int64`, `uint64`, `float`, `bool`, `date`...
    Scalar(MemberKind, &'a str),
    /// An object, by name.
    Object(&'a str),
    /// A list of the element type.
    List(Box<Declared<'a>>),
}

fn member_type<'a>(spec: &'a ApiSpec, object: &str, member: &str) -> Declared<'a> {
    let Some(m) = spec
        .objects
        .get(object)
        .and_then(|o| o.members.iter().find(|m| m.name == member))
    else {
        return Declared::Unknown;
    };
    let element = |name: &'a str| {
        if spec.objects.contains_key(name) {
            Declared::Object(name)
        } else {
            let kind = match name {
                "int64" | "uint64" => MemberKind::Int,
                "float" => MemberKind::Float,
                "bool" => MemberKind::Bool,
                _ => MemberKind::String,
            };
            Declared::Scalar(kind, name)
        }
    };
    match m.kind {
        MemberKind::List => Declared::List(Box::new(element(&m.member))),
        MemberKind::Object => Declared::Object(&m.member),
        kind => Declared::Scalar(kind, &m.member),
    }
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// Turn the tree into JSON, typing values by the spec.
fn typed(
    spec: &ApiSpec,
    node: &Node,
    declared: &Declared<'_>,
    path: &str,
    notes: &mut Vec<InputNote>,
) -> Value {
    match (node, declared) {
        (Node::Leaf(text), Declared::Scalar(kind, name)) => scalar(text, *kind, name, path, notes),
        (Node::Leaf(text), Declared::List(element)) => {
            // One value where a list is declared: typed as an element, left
            // unwrapped (the typed decode reports the drift).
            typed(spec, &Node::Leaf(text.clone()), element, path, notes)
        }
        (Node::Leaf(text), _) => Value::String(text.clone()),
        (Node::Map(children), Declared::List(element)) if all_indexes(children) => {
            let mut items: Vec<(usize, &Node)> = children
                .iter()
                .map(|(k, n)| (k.parse::<usize>().unwrap_or(usize::MAX), n))
                .collect();
            items.sort_by_key(|(i, _)| *i);
            Value::Array(
                items
                    .into_iter()
                    .map(|(i, n)| typed(spec, n, element, &join(path, &i.to_string()), notes))
                    .collect(),
            )
        }
        (Node::Map(children), Declared::Object(object)) => {
            let mut map = Map::new();
            for (name, child) in children {
                let child_path = join(path, name);
                let declared = member_type(spec, object, name);
                if matches!(declared, Declared::Unknown) {
                    notes.push(InputNote::UnknownParameter {
                        name: child_path.clone(),
                    });
                }
                map.insert(
                    name.clone(),
                    typed(spec, child, &declared, &child_path, notes),
                );
            }
            Value::Object(map)
        }
        (Node::Map(children), _) => {
            // Undeclared (or declared otherwise): rebuild the shape from the
            // names alone, values as text.
            if all_indexes(children) {
                let mut items: Vec<(usize, &Node)> = children
                    .iter()
                    .map(|(k, n)| (k.parse::<usize>().unwrap_or(usize::MAX), n))
                    .collect();
                items.sort_by_key(|(i, _)| *i);
                Value::Array(
                    items
                        .into_iter()
                        .map(|(i, n)| {
                            typed(
                                spec,
                                n,
                                &Declared::Unknown,
                                &join(path, &i.to_string()),
                                notes,
                            )
                        })
                        .collect(),
                )
            } else {
                Value::Object(
                    children
                        .iter()
                        .map(|(k, n)| {
                            (
                                k.clone(),
                                typed(spec, n, &Declared::Unknown, &join(path, k), notes),
                            )
                        })
                        .collect(),
                )
            }
        }
    }
}

fn all_indexes(children: &[(String, Node)]) -> bool {
    !children.is_empty()
        && children
            .iter()
            .all(|(k, _)| !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()))
}

fn scalar(
    text: &str,
    kind: MemberKind,
    name: &str,
    path: &str,
    notes: &mut Vec<InputNote>,
) -> Value {
    let typed = match kind {
        MemberKind::Int => {
            if name == "uint64" {
                text.parse::<u64>().ok().map(Value::from)
            } else {
                text.parse::<i64>().ok().map(Value::from)
            }
        }
        MemberKind::Float => serde_json::from_str::<Number>(text).ok().map(Value::Number),
        MemberKind::Bool => match text {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        _ => Some(Value::String(text.to_string())),
    };
    typed.unwrap_or_else(|| {
        notes.push(InputNote::UntypedValue {
            name: path.to_string(),
            expected: name.to_string(),
        });
        Value::String(text.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::path::Path;

    fn spec() -> ApiSpec {
        tencentcloud_codegen::spec::parse_api(
            Path::new("api.json"),
            br#"{
  "actions": {"Act": {"document": "", "input": "ActRequest", "name": "", "output": "ActResponse"}},
  "objects": {
    "ActRequest": {"document": "", "members": [
      {"name": "Limit", "type": "int", "member": "uint64"},
      {"name": "Delta", "type": "int", "member": "int64"},
      {"name": "Ratio", "type": "float", "member": "float"},
      {"name": "On", "type": "bool", "member": "bool"},
      {"name": "Name", "type": "string", "member": "string"},
      {"name": "Ids", "type": "list", "member": "uint64"},
      {"name": "Filters", "type": "list", "member": "Filter"},
      {"name": "Obj", "type": "object", "member": "Filter"}]},
    "Filter": {"document": "", "members": [
      {"name": "Name", "type": "string", "member": "string"},
      {"name": "Values", "type": "list", "member": "string"},
      {"name": "Exact", "type": "bool", "member": "bool"}]},
    "ActResponse": {"document": "", "members": []}},
  "metadata": {"apiVersion": "2020-01-01", "serviceShortName": "svc"}}"#,
        )
        .unwrap()
    }

    #[test]
    fn post_bodies_are_parsed_and_repaired() {
        let text = "POST / HTTP/1.1\nHost: svc.tencentcloudapi.com\nContent-Type: application/json\nX-TC-Action: Act\n<Common request parameters>\n\n{\n    \"Limit\": 1\n\"Name\": \"x\"\n}";
        let r = request_params(&spec(), "Act", text).unwrap();
        assert_eq!(r.format, RequestFormat::Json);
        assert_eq!(r.params, json!({"Limit": 1, "Name": "x"}));
        assert_eq!(r.json_repairs.len(), 1);
        assert!(r.was_repaired());
        let wrong = text.replace("X-TC-Action: Act", "X-TC-Action: Other");
        assert_eq!(
            request_params(&spec(), "Act", &wrong),
            Err(InputError::WrongAction {
                found: "Other".into()
            })
        );
        let empty = "POST / HTTP/1.1\nX-TC-Action: Act\n\n{}";
        assert_eq!(
            request_params(&spec(), "Act", empty).unwrap().params,
            json!({})
        );
        let broken = "POST / HTTP/1.1\nX-TC-Action: Act\n\n{\"Name\": x}";
        assert!(matches!(
            request_params(&spec(), "Act", broken),
            Err(InputError::Body(_))
        ));
    }

    #[test]
    fn the_layouts_doc_pages_use_are_read() {
        // The common-parameters stand-in and no blank line before the body.
        let text = "POST / HTTP/1.1\nHost: svc.tencentcloudapi.com\nX-TC-Action: Act\n<Common request parameters>\n{\"Limit\": 1}";
        let r = request_params(&spec(), "Act", text).unwrap();
        assert_eq!(r.params, json!({"Limit": 1}));
        assert!(r.notes.is_empty());
        // Line breaks lost: headers, stand-in and body on one line.
        let text = "POST / HTTP/1.1Host: svc.tencentcloudapi.comContent-Type: application/jsonX-TC-Action: Act<Common request parameters>{    \"Limit\": 2}";
        let r = request_params(&spec(), "Act", text).unwrap();
        assert_eq!(r.params, json!({"Limit": 2}));
        assert_eq!(r.notes, [InputNote::HeadersRunTogether]);
        let other = text.replace("X-TC-Action: Act<", "X-TC-Action: Other<");
        assert_eq!(
            request_params(&spec(), "Act", &other),
            Err(InputError::WrongAction {
                found: "Other".into()
            })
        );
        // The body alone.
        let r = request_params(&spec(), "Act", "{\n  \"Limit\": 3\n}").unwrap();
        assert_eq!(
            (r.format, r.params),
            (RequestFormat::Json, json!({"Limit": 3}))
        );
        assert_eq!(r.notes, [InputNote::BodyOnly]);
        // The stand-in's other wordings, and `?` opening the second line.
        for stand_in in [
            "<Common Request Parameters>",
            "<common request parameters>",
            "<Common Parameter>",
            "<public parameters>",
        ] {
            let text =
                format!("https://svc.tencentcloudapi.com/\n?Action=Act\n&Limit=4\n&{stand_in}");
            let r = request_params(&spec(), "Act", &text).unwrap();
            assert_eq!(r.params, json!({"Limit": 4}), "{stand_in}");
        }
        // Text that only looks like a stand-in is a parameter error.
        assert!(matches!(
            request_params(
                &spec(),
                "Act",
                "https://svc.tencentcloudapi.com/?Action=Act\n&<Limit>"
            ),
            Err(InputError::MalformedQuery(_))
        ));
    }

    #[test]
    fn query_values_are_typed_by_the_spec() {
        let text = "https://svc.tencentcloudapi.com/?Action=Act\n&Limit=10\n&Delta=-3\n&Ratio=0.5\n&On=true\n&Name=007\n&Ids.0=1\n&Ids.1=2\n&Filters.0.Name=Ip\n&Filters.0.Values.0=a\n&Filters.0.Values.1=b\n&Filters.0.Exact=false\n&Filters.1.Name=Id\n&Obj.Name=n\n&<Common request parameters>";
        let r = request_params(&spec(), "Act", text).unwrap();
        assert_eq!(r.format, RequestFormat::Query);
        assert_eq!(
            r.params,
            json!({
                "Limit": 10, "Delta": -3, "Ratio": 0.5, "On": true, "Name": "007",
                "Ids": [1, 2],
                "Filters": [{"Name": "Ip", "Values": ["a", "b"], "Exact": false}, {"Name": "Id"}],
                "Obj": {"Name": "n"}
            })
        );
        assert!(r.notes.is_empty(), "{:?}", r.notes);
        assert!(!r.was_repaired());
    }

    #[test]
    fn query_oddities_are_noted() {
        let text = "https://yunjing.tencentcloudapi.com/?Action=Act\r\n&Name=\"a \\\"b\\\" & c\"\r\n&Limit=ten&On=1\r\n&Version=2020-01-01\r\n&Extra.0.X=1\r\n&Ids=5\r\n&<Common request parameters>";
        let r = request_params(&spec(), "Act", text).unwrap();
        assert_eq!(
            r.params,
            json!({"Name": "a \"b\" & c", "Limit": "ten", "On": "1", "Extra": [{"X": "1"}], "Ids": 5})
        );
        assert_eq!(
            r.notes,
            [
                InputNote::OtherHost {
                    host: "yunjing.tencentcloudapi.com".into()
                },
                InputNote::QuotedValue {
                    name: "Name".into()
                },
                InputNote::CommonParameter {
                    name: "Version".into()
                },
                InputNote::UntypedValue {
                    name: "Limit".into(),
                    expected: "uint64".into()
                },
                InputNote::UntypedValue {
                    name: "On".into(),
                    expected: "bool".into()
                },
                InputNote::UnknownParameter {
                    name: "Extra".into()
                },
            ]
        );
        assert!(r.was_repaired());
    }

    #[test]
    fn get_examples_with_a_body() {
        let text = "https://svc.tencentcloudapi.com/?Action=Act\n&Limit=5\n&<Common request parameters> \n\n{\"Limit\": 7, \"Name\": \"n\"}";
        let r = request_params(&spec(), "Act", text).unwrap();
        assert_eq!(r.params, json!({"Limit": 5, "Name": "n"}));
        assert_eq!(
            r.notes,
            [
                InputNote::BodyConflict {
                    name: "Limit".into(),
                    query: json!(5),
                    body: json!(7)
                },
                InputNote::BodyMerged {
                    names: vec!["Name".into()]
                },
            ]
        );
        assert_eq!(r.conflicts().count(), 1);
        let same = "https://svc.tencentcloudapi.com/?Action=Act\n&Limit=5\n&<Common request parameters> {\"Limit\": 5.0}";
        assert!(request_params(&spec(), "Act", same)
            .unwrap()
            .notes
            .is_empty());
        let garbled = "https://svc.tencentcloudapi.com/?Action=Act\n&<Common request parameters>\n\n{\"Filters\": [\"Name\": \"Quuid\"]}";
        assert!(matches!(
            request_params(&spec(), "Act", garbled),
            Err(InputError::Body(_))
        ));
    }

    #[test]
    fn malformed_query_strings() {
        let s = spec();
        let go = |t: &str| request_params(&s, "Act", t);
        assert!(matches!(
            go("https://x/?Action=Act\n&Limit\n"),
            Err(InputError::MalformedQuery(_))
        ));
        assert!(matches!(
            go("https://x/?Action=Act\n&Limit=1\n&Limit=2"),
            Err(InputError::MalformedQuery(_))
        ));
        assert!(matches!(
            go("https://x/?Action=Act\n&Ids=1\n&Ids.0=2"),
            Err(InputError::MalformedQuery(_))
        ));
        assert!(matches!(
            go("https://x/?Action=Act\n&A..B=1"),
            Err(InputError::MalformedQuery(_))
        ));
        assert_eq!(
            go("https://x/?Action=Other"),
            Err(InputError::WrongAction {
                found: "Other".into()
            })
        );
        assert!(matches!(go("hello"), Err(InputError::NotARequest(_))));
        assert_eq!(
            request_params(&s, "Nope", "POST /"),
            Err(InputError::UnknownAction)
        );
        assert_eq!(
            go("https://x/?Action=Act&Name=a%20b%zz").unwrap().params,
            json!({"Name": "a b%zz"})
        );
    }
}
