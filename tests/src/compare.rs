//! Comparison of a documentation example with its typed round trip.
//!
//! Values are compared as JSON: object members in any order, numbers as
//! numbers (`5` equals `5.0`: a float member written `5` comes back as
//! `5.0`), strings exactly (so enum values must come back exact), `null`
//! the same as an absent member (the SDK reads `null` as absent).
//!
//! [`diff`] lists every place where the round trip differs, with the member
//! path in the same form as drift records (`Response.List[0].Name`), so
//! differences explained by recorded type drift can be told from real losses.

use serde_json::{Number, Value};
use std::fmt;

/// Equal as JSON, numbers compared as numbers and `null` members as absent.
pub fn same_json(a: &Value, b: &Value) -> bool {
    let mut out = Vec::new();
    diff_into(a, b, "", &|_| false, &mut out);
    out.is_empty()
}

/// Two numbers are equal: exactly when both are integers, as `f64` otherwise.
pub fn same_number(a: &Number, b: &Number) -> bool {
    fn integer(n: &Number) -> Option<i128> {
        if n.is_f64() {
            return None;
        }
        n.as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from))
    }
    match (integer(a), integer(b)) {
        (Some(x), Some(y)) => x == y,
        _ => matches!((a.as_f64(), b.as_f64()), (Some(x), Some(y)) if x == y),
    }
}

/// How a round trip differs at one path.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// Member path (`Response.List[0].Name`).
    pub path: String,
    /// The example's value (`None`: the member is new in the round trip).
    pub original: Option<Value>,
    /// The round trip's value (`None`: the member was lost).
    pub round_trip: Option<Value>,
}

impl Difference {
    /// What kind of difference it is.
    pub fn kind(&self) -> &'static str {
        match (&self.original, &self.round_trip) {
            (Some(_), None) => "lost",
            (None, Some(_)) => "added",
            _ => "changed",
        }
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |v: &Option<Value>| match v {
            Some(v) => {
                let mut s = v.to_string();
                if s.len() > 60 {
                    let cut = (0..=60).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
                    s.truncate(cut);
                    s.push('…');
                }
                s
            }
            None => "(absent)".to_string(),
        };
        write!(
            f,
            "{} {}: {} -> {}",
            self.path,
            self.kind(),
            show(&self.original),
            show(&self.round_trip)
        )
    }
}

/// Every difference between `original` and `round_trip`, under `root`.
///
/// `skipped(path)` names list elements of the original the decoder dropped
/// (recorded drift), so the remaining elements are paired correctly.
pub fn diff(
    original: &Value,
    round_trip: &Value,
    root: &str,
    skipped: &dyn Fn(&str) -> bool,
) -> Vec<Difference> {
    let mut out = Vec::new();
    diff_into(original, round_trip, root, skipped, &mut out);
    out
}

fn member_path(root: &str, name: &str) -> String {
    if root.is_empty() {
        name.to_string()
    } else {
        format!("{root}.{name}")
    }
}

fn diff_into(
    a: &Value,
    b: &Value,
    path: &str,
    skipped: &dyn Fn(&str) -> bool,
    out: &mut Vec<Difference>,
) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, va) in x {
                let p = member_path(path, k);
                match y.get(k) {
                    Some(vb) => diff_into(va, vb, &p, skipped, out),
                    None if va.is_null() => {}
                    None => out.push(Difference {
                        path: p,
                        original: Some(va.clone()),
                        round_trip: None,
                    }),
                }
            }
            for (k, vb) in y {
                if !x.contains_key(k) && !vb.is_null() {
                    out.push(Difference {
                        path: member_path(path, k),
                        original: None,
                        round_trip: Some(vb.clone()),
                    });
                }
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            let mut j = 0;
            for (i, va) in x.iter().enumerate() {
                let p = format!("{path}[{i}]");
                if skipped(&p) {
                    out.push(Difference {
                        path: p,
                        original: Some(va.clone()),
                        round_trip: None,
                    });
                    continue;
                }
                match y.get(j) {
                    Some(vb) => diff_into(va, vb, &p, skipped, out),
                    None => out.push(Difference {
                        path: p,
                        original: Some(va.clone()),
                        round_trip: None,
                    }),
                }
                j += 1;
            }
            for (k, vb) in y.iter().enumerate().skip(j) {
                out.push(Difference {
                    path: format!("{path}[{k}]"),
                    original: None,
                    round_trip: Some(vb.clone()),
                });
            }
        }
        (Value::Number(x), Value::Number(y)) if same_number(x, y) => {}
        (Value::String(x), Value::String(y)) if x == y => {}
        (Value::Bool(x), Value::Bool(y)) if x == y => {}
        (Value::Null, Value::Null) => {}
        _ => out.push(Difference {
            path: path.to_string(),
            original: Some(a.clone()),
            round_trip: Some(b.clone()),
        }),
    }
}

/// Whether `round_trip` is what a documented lenient conversion makes of
/// `original` (a numeric string read as a number, a number read as text,
/// `"true"`/`0`/`1` read as a bool, one value read as a one-element list, a
/// JSON string holding an object read as the object). Used to check that a
/// difference at a path with a recorded conversion is that conversion and
/// not a corruption.
pub fn is_conversion(original: &Value, round_trip: &Value) -> bool {
    match (original, round_trip) {
        (Value::String(s), Value::Number(n)) => {
            let t = s.trim();
            match serde_json::from_str::<Number>(t) {
                Ok(m) => same_number(&m, n),
                Err(_) => t
                    .parse::<f64>()
                    .ok()
                    .zip(n.as_f64())
                    .is_some_and(|(x, y)| x == y),
            }
        }
        (Value::Number(n), Value::String(s)) => serde_json::from_str::<Number>(s.trim())
            .map(|m| same_number(n, &m))
            .unwrap_or(false),
        (Value::Bool(b), Value::String(s)) => s == if *b { "true" } else { "false" },
        (Value::String(s), Value::Bool(b)) => {
            let t = s.trim();
            if *b {
                t.eq_ignore_ascii_case("true") || t == "1"
            } else {
                t.eq_ignore_ascii_case("false") || t == "0"
            }
        }
        (Value::Number(n), Value::Bool(b)) => n.as_u64() == Some(u64::from(*b)),
        (Value::String(s), Value::Object(_)) => serde_json::from_str::<Value>(s)
            .map(|v| same_json(&v, round_trip))
            .unwrap_or(false),
        (single, Value::Array(items)) if !single.is_array() && items.len() == 1 => {
            same_json(single, &items[0]) || is_conversion(single, &items[0])
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_compare_as_numbers() {
        assert!(same_json(&json!(5), &json!(5.0)));
        assert!(same_json(
            &json!({"a": [1, 2.5]}),
            &json!({"a": [1.0, 2.5]})
        ));
        assert!(!same_json(&json!(5), &json!(5.5)));
        assert!(!same_json(&json!(-1), &json!(u64::MAX)));
        assert!(same_json(&json!(u64::MAX), &json!(u64::MAX)));
        assert!(!same_json(&json!(5), &json!("5")));
        assert!(!same_json(&json!("RISK_HIGH"), &json!("risk_high")));
    }

    #[test]
    fn null_members_are_absent_members() {
        assert!(same_json(&json!({"a": null, "b": 1}), &json!({"b": 1})));
        assert!(same_json(&json!({"b": 1}), &json!({"b": 1, "c": null})));
        assert!(!same_json(&json!([null]), &json!([])));
    }

    #[test]
    fn differences_have_paths() {
        let d = diff(
            &json!({"L": [{"A": 1, "B": "x"}, {"A": 2}], "T": 3}),
            &json!({"L": [{"A": 1}, {"A": 2, "C": true}], "T": 4}),
            "Response",
            &|_| false,
        );
        let shown: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            shown,
            [
                "Response.L[0].B lost: \"x\" -> (absent)",
                "Response.L[1].C added: (absent) -> true",
                "Response.T changed: 3 -> 4",
            ]
        );
    }

    #[test]
    fn skipped_elements_keep_the_rest_paired() {
        let d = diff(
            &json!({"L": [1, "x", 3]}),
            &json!({"L": [1, 3]}),
            "R",
            &|p| p == "R.L[1]",
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].path, "R.L[1]");
        assert_eq!(d[0].kind(), "lost");
        let d = diff(
            &json!({"L": [1, "x", 3]}),
            &json!({"L": [1, 3]}),
            "R",
            &|_| false,
        );
        assert_eq!(d.len(), 2);
    }

    #[test]
    fn conversions_are_recognised_and_corruptions_are_not() {
        assert!(is_conversion(&json!("12"), &json!(12)));
        assert!(is_conversion(&json!(" 1.5 "), &json!(1.5)));
        assert!(is_conversion(&json!(7), &json!("7")));
        assert!(is_conversion(&json!(true), &json!("true")));
        assert!(is_conversion(&json!("false"), &json!(false)));
        assert!(is_conversion(&json!(1), &json!(true)));
        assert!(is_conversion(&json!({"a": 1}), &json!([{"a": 1}])));
        assert!(is_conversion(&json!("5"), &json!([5])));
        assert!(is_conversion(&json!("{\"a\": 1}"), &json!({"a": 1})));
        assert!(!is_conversion(&json!("12"), &json!(13)));
        assert!(!is_conversion(&json!(7), &json!("8")));
        assert!(!is_conversion(&json!(2), &json!(true)));
        assert!(!is_conversion(&json!("yes"), &json!(true)));
        assert!(!is_conversion(&json!({"a": 1}), &json!([{"a": 2}])));
        assert!(!is_conversion(&json!([1]), &json!([[1]])));
    }
}
