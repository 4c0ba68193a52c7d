//! Request parameters: read from a JSON body or from the legacy flattened
//! form (`Filters.0.Name=...`, in a GET query or a form-encoded body), and
//! validated against the action's input object, recursively.

use super::ApiError;
use serde_json::{Map, Number, Value};
use std::collections::BTreeMap;
use tencentcloud_codegen::spec::{ApiSpec, Member, MemberKind};

/// Common parameters of the legacy form that are not action parameters.
const COMMON: &[&str] = &[
    "Action",
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

/// Deepest nesting accepted (objects and lists), against hostile input.
const MAX_DEPTH: usize = 32;

/// Parse a JSON body: empty means `{}`; anything but an object is an error.
pub fn from_json(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(ApiError::new(
            "InvalidParameter",
            "The request body must be a JSON object.",
        )),
        Err(e) => Err(ApiError::new(
            "InvalidParameter",
            format!("The request body is not valid JSON: {e}."),
        )),
    }
}

/// A node of the flattened form, before types are known.
#[derive(Debug)]
enum Node {
    Leaf(String),
    Branch(BTreeMap<String, Node>),
}

/// Parse `a.0.b=v&...` into JSON typed by the input object `input`.
pub fn from_form(
    spec: &ApiSpec,
    input: &str,
    encoded: &[u8],
) -> Result<Map<String, Value>, ApiError> {
    let mut root: BTreeMap<String, Node> = BTreeMap::new();
    for (key, value) in form_urlencoded::parse(encoded) {
        if COMMON.contains(&key.as_ref()) {
            continue;
        }
        insert(&mut root, &key, value.into_owned())?;
    }
    let mut out = Map::new();
    let members = spec
        .objects
        .get(input)
        .map(|o| o.members.as_slice())
        .unwrap_or(&[]);
    for (name, node) in root {
        let value = match members.iter().find(|m| m.name == name) {
            Some(m) => typed(spec, m, node, &name, 0)?,
            None => untyped(node, 0)?,
        };
        out.insert(name, value);
    }
    Ok(out)
}

fn insert(root: &mut BTreeMap<String, Node>, key: &str, value: String) -> Result<(), ApiError> {
    let conflict = || {
        ApiError::new(
            "InvalidParameter",
            format!(
                "The parameter `{}` is given both as a value and as a structure.",
                super::verify::printable(key)
            ),
        )
    };
    let parts: Vec<&str> = key.split('.').collect();
    if parts.len() > MAX_DEPTH || parts.iter().any(|p| p.is_empty()) {
        return Err(ApiError::new(
            "InvalidParameter",
            format!(
                "The parameter name `{}` is not valid.",
                super::verify::printable(key)
            ),
        ));
    }
    let mut map = root;
    for (i, part) in parts.iter().enumerate() {
        if i + 1 == parts.len() {
            if map.contains_key(*part) {
                return Err(conflict());
            }
            map.insert(part.to_string(), Node::Leaf(value));
            return Ok(());
        }
        let node = map
            .entry(part.to_string())
            .or_insert_with(|| Node::Branch(BTreeMap::new()));
        match node {
            Node::Branch(m) => map = m,
            Node::Leaf(_) => return Err(conflict()),
        }
    }
    Ok(())
}

fn wrong_type(path: &str, expected: &str, got: &str) -> ApiError {
    ApiError::new(
        "InvalidParameter",
        format!("The parameter `{path}` has the wrong type: expected {expected}, got {got}."),
    )
}

/// A flattened node converted by the member's declared type.
fn typed(
    spec: &ApiSpec,
    m: &Member,
    node: Node,
    path: &str,
    depth: usize,
) -> Result<Value, ApiError> {
    if depth > MAX_DEPTH {
        return Err(ApiError::new(
            "InvalidParameter",
            format!("The parameter `{path}` is nested too deeply."),
        ));
    }
    match m.kind {
        MemberKind::List => {
            let Node::Branch(items) = node else {
                return Err(wrong_type(
                    path,
                    "a list (`Name.0`, `Name.1`, ...)",
                    "a single value",
                ));
            };
            let mut indexed = Vec::with_capacity(items.len());
            for (k, v) in items {
                let Ok(i) = k.parse::<usize>() else {
                    return Err(wrong_type(
                        path,
                        "a list (`Name.0`, `Name.1`, ...)",
                        "named members",
                    ));
                };
                indexed.push((i, k, v));
            }
            indexed.sort_by_key(|(i, _, _)| *i);
            let mut out = Vec::with_capacity(indexed.len());
            for (_, k, v) in indexed {
                let item_path = format!("{path}.{k}");
                out.push(element(spec, &m.member, v, &item_path, depth + 1)?);
            }
            Ok(Value::Array(out))
        }
        _ => element(spec, &m.member, node, path, depth).and_then(|v| match (m.kind, &v) {
            // `element` types by `member`; check it agrees with `type`.
            (MemberKind::Object, Value::Object(_)) => Ok(v),
            (MemberKind::Object, _) => Err(wrong_type(path, "an object", "a single value")),
            _ => Ok(v),
        }),
    }
}

/// One value typed by a `member` name: a scalar type or an object name.
fn element(
    spec: &ApiSpec,
    member: &str,
    node: Node,
    path: &str,
    depth: usize,
) -> Result<Value, ApiError> {
    match (scalar_kind(member), node) {
        (Some(kind), Node::Leaf(text)) => scalar_from_text(kind, &text, path),
        (Some(_), Node::Branch(_)) => Err(wrong_type(path, "a single value", "a structure")),
        (None, Node::Branch(fields)) => {
            let members = spec
                .objects
                .get(member)
                .map(|o| o.members.as_slice())
                .unwrap_or(&[]);
            let mut out = Map::new();
            for (k, v) in fields {
                let sub = format!("{path}.{k}");
                let value = match members.iter().find(|m| m.name == k) {
                    Some(m) => typed(spec, m, v, &sub, depth + 1)?,
                    None => untyped(v, depth + 1)?,
                };
                out.insert(k, value);
            }
            Ok(Value::Object(out))
        }
        (None, Node::Leaf(_)) => Err(wrong_type(path, "an object", "a single value")),
    }
}

/// A node of no known type: strings and objects (lists look like objects
/// with numeric keys; validation then reports the member as unknown).
fn untyped(node: Node, depth: usize) -> Result<Value, ApiError> {
    if depth > MAX_DEPTH {
        return Err(ApiError::new(
            "InvalidParameter",
            "The parameters are nested too deeply.",
        ));
    }
    Ok(match node {
        Node::Leaf(s) => Value::String(s),
        Node::Branch(m) => {
            let mut out = Map::new();
            for (k, v) in m {
                out.insert(k, untyped(v, depth + 1)?);
            }
            Value::Object(out)
        }
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scalar {
    String,
    Int,
    Uint,
    Float,
    Bool,
}

fn scalar_kind(member: &str) -> Option<Scalar> {
    Some(match member {
        "string" | "datetime" | "datetime_iso" | "date" | "binary" => Scalar::String,
        "int64" | "int32" | "int" | "integer" => Scalar::Int,
        "uint64" | "uint32" => Scalar::Uint,
        "float" | "double" => Scalar::Float,
        "bool" | "boolean" => Scalar::Bool,
        _ => return None,
    })
}

fn scalar_from_text(kind: Scalar, text: &str, path: &str) -> Result<Value, ApiError> {
    let got = |t: &str| format!("`{}`", super::verify::printable(t));
    match kind {
        Scalar::String => Ok(Value::String(text.to_string())),
        Scalar::Int => text
            .trim()
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| wrong_type(path, "an integer", &got(text))),
        Scalar::Uint => text
            .trim()
            .parse::<u64>()
            .map(Value::from)
            .map_err(|_| wrong_type(path, "a non-negative integer", &got(text))),
        Scalar::Float => text
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| wrong_type(path, "a number", &got(text))),
        // Python's SDK writes `True`/`False` in its GET form.
        Scalar::Bool => match text.trim().to_ascii_lowercase().as_str() {
            "true" | "1" => Ok(Value::Bool(true)),
            "false" | "0" => Ok(Value::Bool(false)),
            _ => Err(wrong_type(path, "a boolean", &got(text))),
        },
    }
}

/// Check `params` against the input object `input`: required members
/// present (`MissingParameter`), no unknown members (`UnknownParameter`),
/// every value of its declared type (`InvalidParameter`), recursively; the
/// message names the member by its path (`Filters.0.Name`).
///
/// With `convert_text`, a string holding a number or a boolean is accepted
/// for a member of that type and converted in place (`"Limit": "20"` becomes
/// `20`): the legacy form sends nothing else, and 92 of the cwp and tcss doc
/// examples write JSON numbers and booleans that way. A string that does not
/// hold one (`"Limit": "ten"`) is refused either way.
pub fn validate(
    spec: &ApiSpec,
    input: &str,
    params: &mut Map<String, Value>,
    convert_text: bool,
) -> Result<(), ApiError> {
    validate_object(spec, input, params, "", 0, convert_text)
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

fn validate_object(
    spec: &ApiSpec,
    object: &str,
    value: &mut Map<String, Value>,
    prefix: &str,
    depth: usize,
    convert: bool,
) -> Result<(), ApiError> {
    let Some(obj) = spec.objects.get(object) else {
        return Ok(());
    };
    // An object without members is a free-form map.
    if obj.members.is_empty() {
        return Ok(());
    }
    for m in &obj.members {
        if m.required == Some(true) && value.get(&m.name).is_none_or(Value::is_null) {
            return Err(ApiError::new(
                "MissingParameter",
                format!(
                    "The request is missing a required parameter `{}`.",
                    join(prefix, &m.name)
                ),
            ));
        }
    }
    for (name, v) in value.iter_mut() {
        let path = join(prefix, name);
        let Some(m) = obj.members.iter().find(|m| m.name == *name) else {
            return Err(ApiError::new(
                "UnknownParameter",
                format!(
                    "The parameter `{}` is not recognized.",
                    super::verify::printable(&path)
                ),
            ));
        };
        if v.is_null() {
            continue;
        }
        match m.kind {
            MemberKind::List => {
                let Value::Array(items) = v else {
                    return Err(wrong_type(&path, "a list", &kind_of(v)));
                };
                for (i, item) in items.iter_mut().enumerate() {
                    validate_element(
                        spec,
                        &m.member,
                        item,
                        &format!("{path}.{i}"),
                        depth + 1,
                        convert,
                    )?;
                }
            }
            _ => validate_element(spec, &m.member, v, &path, depth + 1, convert)?,
        }
    }
    Ok(())
}

fn validate_element(
    spec: &ApiSpec,
    member: &str,
    v: &mut Value,
    path: &str,
    depth: usize,
    convert: bool,
) -> Result<(), ApiError> {
    if depth > MAX_DEPTH {
        return Err(ApiError::new(
            "InvalidParameter",
            format!("The parameter `{path}` is nested too deeply."),
        ));
    }
    let Some(kind) = scalar_kind(member) else {
        let Value::Object(map) = v else {
            return Err(wrong_type(path, "an object", &kind_of(v)));
        };
        return validate_object(spec, member, map, path, depth, convert);
    };
    let ok = match kind {
        Scalar::String => v.is_string(),
        Scalar::Int => v.is_i64(),
        Scalar::Uint => v.is_u64(),
        Scalar::Float => v.is_number(),
        Scalar::Bool => v.is_boolean(),
    };
    if ok {
        return Ok(());
    }
    if let (Value::String(text), true) = (&*v, convert && kind != Scalar::String) {
        if let Ok(converted) = scalar_from_text(kind, text, path) {
            *v = converted;
            return Ok(());
        }
    }
    let expected = match kind {
        Scalar::String => "a string",
        Scalar::Int => "an integer",
        Scalar::Uint => "a non-negative integer",
        Scalar::Float => "a number",
        Scalar::Bool => "a boolean",
    };
    Err(wrong_type(path, expected, &kind_of(v)))
}

fn kind_of(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(_) => "a boolean".into(),
        Value::Number(n) if n.is_i64() || n.is_u64() => {
            if n.as_i64().is_some_and(|i| i < 0) {
                "a negative integer".into()
            } else {
                "an integer".into()
            }
        }
        Value::Number(_) => "a fractional number".into(),
        Value::String(s) => format!("the string `{}`", super::verify::printable(s)),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::path::Path;

    fn spec() -> ApiSpec {
        tencentcloud_codegen::spec::parse_api(
            Path::new("test/api.json"),
            br#"{"metadata":{"apiVersion":"2020-01-01","serviceShortName":"t"},
                "actions":{"A":{"document":"","input":"AReq","output":"AResp","name":"a"}},
                "objects":{
                  "AReq":{"document":"","members":[
                    {"name":"Id","type":"string","member":"string","required":true},
                    {"name":"Limit","type":"int","member":"int64"},
                    {"name":"Count","type":"int","member":"uint64"},
                    {"name":"Ratio","type":"float","member":"float"},
                    {"name":"On","type":"bool","member":"bool"},
                    {"name":"Tags","type":"list","member":"string"},
                    {"name":"Filters","type":"list","member":"Filter"},
                    {"name":"Extra","type":"object","member":"Free"}]},
                  "Filter":{"document":"","members":[
                    {"name":"Name","type":"string","member":"string","required":true},
                    {"name":"Values","type":"list","member":"string","required":true}]},
                  "Free":{"document":"","members":[]},
                  "AResp":{"document":"","members":[]}}}"#,
        )
        .unwrap()
    }

    fn check(v: Value) -> Result<(), ApiError> {
        validate(&spec(), "AReq", &mut v.as_object().unwrap().clone(), false)
    }

    #[test]
    fn valid_requests_pass() {
        check(json!({"Id":"x"})).unwrap();
        check(
            json!({"Id":"x","Limit":-1,"Count":3,"Ratio":1,"On":false,"Tags":["a"],
                     "Filters":[{"Name":"n","Values":[]}],"Extra":{"any":[1]},"Ratio":0.5}),
        )
        .unwrap();
        // null is as good as absent for optional members.
        check(json!({"Id":"x","Limit":null})).unwrap();
    }

    #[test]
    fn numbers_and_booleans_in_strings_are_converted() {
        let mut p = json!({"Id":"x","Limit":" -20","Count":"3","Ratio":"0.5","On":"false",
                           "Filters":[{"Name":"n","Values":["1"]}]});
        // Refused as typed JSON (a wrong member is named) ...
        let e = validate(&spec(), "AReq", &mut p.as_object().unwrap().clone(), false).unwrap_err();
        assert_eq!(e.code, "InvalidParameter");
        assert!(e.message.contains("`Count`"), "{}", e.message);
        let e = check(json!({"Id":"x","On":"true"})).unwrap_err();
        assert!(e.message.contains("`On`"), "{}", e.message);
        // ... converted when text is expected (forms, or lenient types).
        validate(&spec(), "AReq", p.as_object_mut().unwrap(), true).unwrap();
        assert_eq!(
            p,
            json!({"Id":"x","Limit":-20,"Count":3,"Ratio":0.5,"On":false,
                             "Filters":[{"Name":"n","Values":["1"]}]})
        );
        // Not the other way round: a number is not a string.
        assert_eq!(check(json!({"Id":7})).unwrap_err().code, "InvalidParameter");
    }

    #[test]
    fn errors_name_the_member() {
        let e = check(json!({})).unwrap_err();
        assert_eq!(
            (e.code, e.message.contains("`Id`")),
            ("MissingParameter", true)
        );
        let e = check(json!({"Id":null})).unwrap_err();
        assert_eq!(e.code, "MissingParameter");
        let e = check(json!({"Id":"x","Filters":[{"Name":"n","Values":[]},{"Values":[]}]}))
            .unwrap_err();
        assert_eq!(e.code, "MissingParameter");
        assert!(e.message.contains("`Filters.1.Name`"), "{}", e.message);
        let e = check(json!({"Id":"x","Limit":"ten"})).unwrap_err();
        assert_eq!(e.code, "InvalidParameter");
        assert!(
            e.message.contains("`Limit`") && e.message.contains("got the string `ten`"),
            "{}",
            e.message
        );
        let e = check(json!({"Id":"x","Count":"-1"})).unwrap_err();
        assert!(e.message.contains("`Count`"), "{}", e.message);
        let e = check(json!({"Id":"x","On":"yes"})).unwrap_err();
        assert!(e.message.contains("`On`"), "{}", e.message);
        let e = check(json!({"Id":"x","Count":-1})).unwrap_err();
        assert!(
            e.message.contains("`Count`") && e.message.contains("negative"),
            "{}",
            e.message
        );
        let e = check(json!({"Id":"x","Limit":1.5})).unwrap_err();
        assert!(e.message.contains("fractional"), "{}", e.message);
        let e = check(json!({"Id":7})).unwrap_err();
        assert_eq!(e.code, "InvalidParameter");
        let e = check(json!({"Id":"x","Filters":[{"Name":"n","Values":[1]}]})).unwrap_err();
        assert!(e.message.contains("`Filters.0.Values.0`"), "{}", e.message);
        let e = check(json!({"Id":"x","Filters":{"Name":"n"}})).unwrap_err();
        assert!(e.message.contains("expected a list"), "{}", e.message);
        let e = check(json!({"Id":"x","Extra":[1]})).unwrap_err();
        assert!(e.message.contains("`Extra`"), "{}", e.message);
        let e = check(json!({"Id":"x","Bogus":1})).unwrap_err();
        assert_eq!(e.code, "UnknownParameter");
        let e = check(json!({"Id":"x","Filters":[{"Name":"n","Values":[],"X":1}]})).unwrap_err();
        assert!(e.message.contains("`Filters.0.X`"), "{}", e.message);
    }

    #[test]
    fn form_is_typed_by_the_spec() {
        let s = spec();
        let p = from_form(
            &s,
            "AReq",
            b"Action=A&Version=1&Id=7&Limit=-3&On=True&Ratio=0.5&Tags.1=b&Tags.0=a&Filters.0.Name=n&Filters.0.Values.0=v%20w&Extra.k=v",
        )
        .unwrap();
        assert_eq!(
            Value::Object(p.clone()),
            json!({"Id":"7","Limit":-3,"On":true,"Ratio":0.5,"Tags":["a","b"],
                   "Filters":[{"Name":"n","Values":["v w"]}],"Extra":{"k":"v"}})
        );
        validate(&s, "AReq", &mut p.clone(), false).unwrap();
        for (bad, what) in [
            (&b"Id=1&Limit=x"[..], "`Limit`"),
            (b"Id=1&On=maybe", "`On`"),
            (b"Id=1&Tags=a", "`Tags`"),
            (b"Id=1&Tags.x=a", "`Tags`"),
            (b"Id=1&Filters.0=a", "`Filters.0`"),
            (b"Id=1&Id.x=2", "`Id.x`"),
            (b"Id=1&Count=-1", "`Count`"),
            (b"Id.a=1", "`Id`"),
            (b"Id=1&Filters..Name=x", "`Filters..Name`"),
        ] {
            let e = from_form(&s, "AReq", bad).unwrap_err();
            assert_eq!(e.code, "InvalidParameter");
            assert!(e.message.contains(what), "{what}: {}", e.message);
        }
        // Unknown members survive parsing and are reported by validation.
        let p = from_form(&s, "AReq", b"Id=1&Zz.0=a").unwrap();
        assert_eq!(
            validate(&s, "AReq", &mut p.clone(), false)
                .unwrap_err()
                .code,
            "UnknownParameter"
        );
        // Deep nesting is refused, not recursed into.
        let deep = format!("Id=1&{}=1", vec!["a"; 100].join("."));
        assert!(from_form(&s, "AReq", deep.as_bytes()).is_err());
    }

    #[test]
    fn json_bodies() {
        assert!(from_json(b"").unwrap().is_empty());
        assert!(from_json(b" \n").unwrap().is_empty());
        assert_eq!(from_json(b"[1]").unwrap_err().code, "InvalidParameter");
        assert_eq!(from_json(b"{\"a\":").unwrap_err().code, "InvalidParameter");
        assert_eq!(from_json(b"{\"a\":1}").unwrap().len(), 1);
    }
}
