//! Lenient scalar decoders.

use super::{converted, drain_map, drain_seq, dropped, Decode, Failed, Input};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// `string "abc"` (shortened) for drift messages.
pub(crate) fn describe_str(s: &str) -> String {
    let mut short: String = s.chars().take(40).collect();
    if short.len() < s.len() {
        short.push('…');
    }
    format!("string {short:?}")
}

/// The JSON kind of a value, for drift messages.
pub(crate) fn describe_value(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "null".into(),
        serde_json::Value::Bool(b) => format!("bool {b}"),
        serde_json::Value::Number(n) => format!("number {n}"),
        serde_json::Value::String(s) => describe_str(s),
        serde_json::Value::Array(_) => "list".into(),
        serde_json::Value::Object(_) => "object".into(),
    }
}

/// Visitor methods shared by every scalar: null is absent; lists and objects
/// are consumed and dropped.
macro_rules! absent_and_composites {
    ($expected:expr) => {
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            Decode::decode(d)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            drain_seq(seq)?;
            dropped($expected, "list")
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            drain_map(map)?;
            dropped($expected, "object")
        }
    };
}

pub(crate) struct StringVisitor;

impl<'de> Visitor<'de> for StringVisitor {
    type Value = Option<String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    #[inline]
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(v.to_owned()))
    }
    #[inline]
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        converted(v.to_string(), "string", format_args!("number {v}"))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        converted(v.to_string(), "string", format_args!("number {v}"))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        converted(v.to_string(), "string", format_args!("number {v}"))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        converted(v.to_string(), "string", format_args!("bool {v}"))
    }
    absent_and_composites!("string");
}

impl Decode for String {
    const EXPECTED: &'static str = "string";
    #[inline]
    fn decode_from(input: &mut dyn Input) -> Result<Option<Self>, Failed> {
        input.string()
    }
}

/// Parse a numeric string leniently (surrounding spaces allowed).
fn parse_num<T: std::str::FromStr>(s: &str) -> Option<T> {
    s.trim().parse().ok()
}

macro_rules! integer_visitor {
    ($visitor:ident, $t:ty, $name:expr, $method:ident) => {
        pub(crate) struct $visitor;

        impl<'de> Visitor<'de> for $visitor {
            type Value = Option<$t>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an integer")
            }
            #[inline]
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                match <$t>::try_from(v) {
                    Ok(x) => Ok(Some(x)),
                    Err(_) => dropped($name, format_args!("out-of-range number {v}")),
                }
            }
            #[inline]
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                match <$t>::try_from(v) {
                    Ok(x) => Ok(Some(x)),
                    Err(_) => dropped($name, format_args!("out-of-range number {v}")),
                }
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                if v.fract() == 0.0 && v >= <$t>::MIN as f64 && v <= <$t>::MAX as f64 {
                    converted(v as $t, $name, format_args!("number {v}"))
                } else {
                    dropped($name, format_args!("number {v}"))
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                match parse_num::<$t>(v) {
                    Some(x) => converted(x, $name, describe_str(v)),
                    None => match parse_num::<f64>(v) {
                        Some(f)
                            if f.fract() == 0.0
                                && f >= <$t>::MIN as f64
                                && f <= <$t>::MAX as f64 =>
                        {
                            converted(f as $t, $name, describe_str(v))
                        }
                        _ if v.trim().is_empty() => dropped($name, "empty string"),
                        _ => dropped($name, describe_str(v)),
                    },
                }
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                dropped($name, format_args!("bool {v}"))
            }
            absent_and_composites!($name);
        }

        impl Decode for $t {
            const EXPECTED: &'static str = $name;
            #[inline]
            fn decode_from(input: &mut dyn Input) -> Result<Option<Self>, Failed> {
                input.$method()
            }
        }
    };
}

integer_visitor!(I64Visitor, i64, "integer", i64);
integer_visitor!(U64Visitor, u64, "unsigned integer", u64);

pub(crate) struct F64Visitor;

impl<'de> Visitor<'de> for F64Visitor {
    type Value = Option<f64>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number")
    }
    #[inline]
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Some(v))
    }
    #[inline]
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(v as f64))
    }
    #[inline]
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(v as f64))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        match parse_num::<f64>(v) {
            Some(x) if x.is_finite() => converted(x, "float", describe_str(v)),
            _ => dropped("float", describe_str(v)),
        }
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        dropped("float", format_args!("bool {v}"))
    }
    absent_and_composites!("float");
}

impl Decode for f64 {
    const EXPECTED: &'static str = "float";
    #[inline]
    fn decode_from(input: &mut dyn Input) -> Result<Option<Self>, Failed> {
        input.f64()
    }
}

pub(crate) struct BoolVisitor;

impl<'de> Visitor<'de> for BoolVisitor {
    type Value = Option<bool>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a boolean")
    }
    #[inline]
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Some(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        match v {
            0 | 1 => converted(v == 1, "bool", format_args!("number {v}")),
            _ => dropped("bool", format_args!("number {v}")),
        }
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        match v {
            0 | 1 => converted(v == 1, "bool", format_args!("number {v}")),
            _ => dropped("bool", format_args!("number {v}")),
        }
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        dropped("bool", format_args!("number {v}"))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        match v.trim() {
            t if t.eq_ignore_ascii_case("true") || t == "1" => {
                converted(true, "bool", describe_str(v))
            }
            t if t.eq_ignore_ascii_case("false") || t == "0" => {
                converted(false, "bool", describe_str(v))
            }
            _ => dropped("bool", describe_str(v)),
        }
    }
    absent_and_composites!("bool");
}

impl Decode for bool {
    const EXPECTED: &'static str = "bool";
    #[inline]
    fn decode_from(input: &mut dyn Input) -> Result<Option<Self>, Failed> {
        input.bool()
    }
}
