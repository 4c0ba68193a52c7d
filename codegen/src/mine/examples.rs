//! A precision check for enums: which values the documentation's examples
//! send or receive for enum members, and whether the enums document them.
//!
//! Example texts that are valid JSON are walked along the spec's object
//! graph, so every value is attributed to exactly the member it belongs to.
//! Many upstream examples are not valid JSON; for those a tolerant scan reads
//! `"Member": value` pairs, counting a pair only when every member of that
//! name reachable from the action uses the same enum.

use crate::spec::enums::{EnumKind, EnumsFile};
use crate::spec::{ApiSpec, ExamplesFile, MemberKind};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// What the examples say about the enums.
#[derive(Debug, Clone, Default)]
pub struct ExampleStats {
    /// Example texts read (inputs and outputs).
    pub texts: usize,
    /// Of those, not valid JSON (scanned tolerantly).
    pub scanned: usize,
    /// Values of enum members found in JSON examples: documented by the enum.
    pub inside: usize,
    /// ... and not documented by it.
    pub outside: usize,
    /// Same for the tolerant scan.
    pub scan_inside: usize,
    /// Same for the tolerant scan.
    pub scan_outside: usize,
    /// Of the undocumented values (JSON and scan), placeholders the examples
    /// use for any string (`""`, `"xx"`, `"abc"`, masked `"CSR_RUN****"`).
    pub placeholders: usize,
    /// Enums with at least one example value.
    pub enums_seen: BTreeSet<String>,
    /// Undocumented example values: (enum, `Object.Member`, value), sorted, unique.
    pub outside_values: BTreeSet<(String, String, String)>,
}

struct Index<'a> {
    api: &'a ApiSpec,
    /// (object, member) → enum position.
    of: BTreeMap<(&'a str, &'a str), usize>,
    /// Per enum: name, integer-coded, documented values as text.
    enums: Vec<(&'a str, bool, BTreeSet<String>)>,
}

/// Check every example of every action against `enums`.
pub fn check(api: &ApiSpec, examples: &ExamplesFile, enums: &EnumsFile) -> ExampleStats {
    let mut index = Index {
        api,
        of: BTreeMap::new(),
        enums: Vec::new(),
    };
    for (i, e) in enums.enums.iter().enumerate() {
        let values = e
            .values
            .iter()
            .map(|v| match &v.value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect();
        index
            .enums
            .push((&e.name, e.kind == EnumKind::Integer, values));
        for m in &e.members {
            if let Some((o, n)) = m.split_once('.') {
                index.of.insert((o, n), i);
            }
        }
    }
    let mut stats = ExampleStats::default();
    for (action, list) in &examples.actions {
        let Some(a) = api.actions.get(action) else {
            continue;
        };
        for ex in list {
            for (text, root, is_output) in
                [(&ex.input, &a.input, false), (&ex.output, &a.output, true)]
            {
                stats.texts += 1;
                match parse(text, is_output) {
                    Some(v) => index.walk(root, &v, &mut stats),
                    None => {
                        stats.scanned += 1;
                        index.scan(root, text, &mut stats);
                    }
                }
            }
        }
    }
    stats
}

/// The JSON of an example: a response's `Response`, a request's body.
fn parse(text: &str, is_output: bool) -> Option<Value> {
    let start = text.find('{')?;
    let v: Value = serde_json::Deserializer::from_str(&text[start..])
        .into_iter::<Value>()
        .next()?
        .ok()?;
    if is_output {
        if let Some(r) = v.get("Response") {
            return Some(r.clone());
        }
    }
    Some(v)
}

impl Index<'_> {
    fn record(&self, e: usize, reference: String, v: &Value, json: bool, stats: &mut ExampleStats) {
        let (name, integer, values) = &self.enums[e];
        let text = match v {
            Value::String(s) if *integer => match s.trim().parse::<i64>() {
                Ok(n) => n.to_string(),
                Err(_) => s.clone(),
            },
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return,
        };
        stats.enums_seen.insert(name.to_string());
        let inside = values.contains(&text);
        match (json, inside) {
            (true, true) => stats.inside += 1,
            (true, false) => stats.outside += 1,
            (false, true) => stats.scan_inside += 1,
            (false, false) => stats.scan_outside += 1,
        }
        if !inside {
            let member = reference.rsplit('.').next().unwrap_or_default();
            if is_placeholder(&text, member) {
                stats.placeholders += 1;
            }
            stats
                .outside_values
                .insert((name.to_string(), reference, text));
        }
    }

    fn walk(&self, object: &str, v: &Value, stats: &mut ExampleStats) {
        let (Value::Object(map), Some(obj)) = (v, self.api.objects.get(object)) else {
            return;
        };
        for (key, value) in map {
            let Some(m) = obj.members.iter().find(|m| &m.name == key) else {
                continue;
            };
            if let Some(&e) = self.of.get(&(object, key.as_str())) {
                let reference = format!("{object}.{key}");
                match value {
                    Value::Array(items) => {
                        for item in items {
                            self.record(e, reference.clone(), item, true, stats);
                        }
                    }
                    other => self.record(e, reference, other, true, stats),
                }
            } else if matches!(m.kind, MemberKind::Object | MemberKind::List)
                && self.api.objects.contains_key(&m.member)
            {
                match value {
                    Value::Array(items) => {
                        for item in items {
                            self.walk(&m.member, item, stats);
                        }
                    }
                    other => self.walk(&m.member, other, stats),
                }
            }
        }
    }

    /// Members reachable from `root`, by wire name: the enum each uses, or
    /// `None` if some member of that name has none or they differ.
    fn names_from(&self, root: &str) -> BTreeMap<&str, Option<(usize, String)>> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![root];
        let mut out: BTreeMap<&str, Option<(usize, String)>> = BTreeMap::new();
        while let Some(o) = stack.pop() {
            if !seen.insert(o) {
                continue;
            }
            let Some(obj) = self.api.objects.get(o) else {
                continue;
            };
            for m in &obj.members {
                if self.api.objects.contains_key(&m.member) {
                    stack.push(&m.member);
                }
                let this = self
                    .of
                    .get(&(o, m.name.as_str()))
                    .map(|&e| (e, format!("{o}.{}", m.name)));
                out.entry(&m.name)
                    .and_modify(|prev| {
                        if prev.as_ref().map(|p| p.0) != this.as_ref().map(|t| t.0) {
                            *prev = None;
                        }
                    })
                    .or_insert(this);
            }
        }
        out
    }

    fn scan(&self, root: &str, text: &str, stats: &mut ExampleStats) {
        let names = self.names_from(root);
        for (name, target) in &names {
            let Some((e, reference)) = target else {
                continue;
            };
            let needle = format!("\"{name}\"");
            let mut from = 0;
            while let Some(pos) = text[from..].find(&needle) {
                let after = from + pos + needle.len();
                from = after;
                let rest = text[after..].trim_start();
                let Some(rest) = rest.strip_prefix(':') else {
                    continue;
                };
                for v in scalars(rest.trim_start()) {
                    self.record(*e, reference.clone(), &v, false, stats);
                }
            }
        }
    }
}

/// Example filler rather than a value: empty, `xx`, `abc`, `string`, masked
/// (`CSR_RUN****`), or the member's own name.
pub fn is_placeholder(value: &str, member: &str) -> bool {
    let lower = value.trim().to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "" | "x" | "xx" | "xxx" | "xxxx" | "abc" | "string" | "str" | "test" | "demo" | "null"
    ) || value.contains('*')
        || lower == member.to_ascii_lowercase()
}

/// The string or integer (or list of them) at the start of `s`.
fn scalars(s: &str) -> Vec<Value> {
    if let Some(list) = s.strip_prefix('[') {
        let mut out = Vec::new();
        let mut rest = list.trim_start();
        while let Some((v, next)) = scalar(rest) {
            out.push(v);
            rest = next.trim_start();
            match rest.strip_prefix(',') {
                Some(r) => rest = r.trim_start(),
                None => break,
            }
        }
        return out;
    }
    scalar(s).map(|(v, _)| vec![v]).unwrap_or_default()
}

fn scalar(s: &str) -> Option<(Value, &str)> {
    if let Some(body) = s.strip_prefix('"') {
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    let lit = &s[..i + 2];
                    let v = serde_json::from_str::<String>(lit)
                        .unwrap_or_else(|_| body[..i].to_string());
                    return Some((Value::String(v), &body[i + 1..]));
                }
                _ => escaped = false,
            }
        }
        return None;
    }
    let end = s
        .char_indices()
        .find(|(i, c)| !(c.is_ascii_digit() || (*i == 0 && *c == '-')))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    let n: i64 = s[..end].parse().ok()?;
    Some((Value::from(n), &s[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::enums::EnumsFile;
    use crate::spec::{parse_api, parse_examples};
    use std::path::Path;

    #[test]
    fn json_and_tolerant_examples_are_counted() {
        let api = parse_api(
            Path::new("api.json"),
            br#"{"metadata":{"apiVersion":"1","serviceShortName":"x"},
                "actions":{"Get":{"document":"","input":"GetRequest","output":"GetResponse","name":"g"}},
                "objects":{
                  "GetRequest":{"document":"","members":[{"name":"Level","type":"string","member":"string"}]},
                  "GetResponse":{"document":"","members":[
                    {"name":"Items","type":"list","member":"Item"},
                    {"name":"Kind","type":"int","member":"int64"}]},
                  "Item":{"document":"","members":[{"name":"Level","type":"list","member":"string"}]}}}"#,
        )
        .unwrap();
        let enums: EnumsFile = serde_json::from_str(
            r#"{"enums":[
              {"name":"Level","type":"string","members":["GetRequest.Level","Item.Level"],
               "values":[{"value":"LOW","name":"Low"},{"value":"HIGH","name":"High"}]},
              {"name":"Kind","type":"integer","members":["GetResponse.Kind"],
               "values":[{"value":0,"name":"Zero"}]}]}"#,
        )
        .unwrap();
        let examples = parse_examples(
            Path::new("examples.json"),
            br#"{"actions":{"Get":[
              {"input":"POST / HTTP/1.1\n\n{\"Level\": \"LOW\"}",
               "output":"{\"Response\": {\"Kind\": 0, \"Items\": [{\"Level\": [\"HIGH\", \"VDC\"]}]}}"},
              {"input":"{\"Level\": \"HIGH\",}",
               "output":"{\"Response\": {\"Kind\": \"3\", \"Items\": [{\"Level\": [\"MID\"]}]},}"}]}}"#,
        )
        .unwrap();
        let s = check(&api, &examples, &enums);
        assert_eq!(s.texts, 4);
        assert_eq!(s.scanned, 2);
        assert_eq!((s.inside, s.outside), (3, 1));
        // The scanned output reaches `Item.Level` only, so `Level` is unambiguous there.
        assert_eq!((s.scan_inside, s.scan_outside), (1, 2));
        assert!(s
            .outside_values
            .contains(&("Level".into(), "Item.Level".into(), "VDC".into())));
        assert!(s
            .outside_values
            .contains(&("Kind".into(), "GetResponse.Kind".into(), "3".into())));
    }
}
