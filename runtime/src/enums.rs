//! Support for the generated open enums.
//!
//! Every generated enum has one variant per documented value and an
//! `UnknownValue(UnknownValue)` variant that keeps anything else verbatim, so
//! decoding never fails on a new value and serializing gives back exactly the
//! JSON that arrived (a string stays a string, a number a number).

use crate::de::{converted, dropped, Failed, Input};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// A value an enum does not document, kept exactly as it arrived.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue {
    text: Box<str>,
    kind: UnknownKind,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum UnknownKind {
    String,
    Number,
    Bool,
}

impl UnknownValue {
    /// A value that arrived (or will be sent) as a JSON string.
    pub fn string(s: impl Into<String>) -> Self {
        UnknownValue {
            text: s.into().into_boxed_str(),
            kind: UnknownKind::String,
        }
    }

    /// A value that arrived as a JSON number, in its textual form.
    pub fn number(n: impl fmt::Display) -> Self {
        UnknownValue {
            text: n.to_string().into_boxed_str(),
            kind: UnknownKind::Number,
        }
    }

    fn boolean(b: bool) -> Self {
        UnknownValue {
            text: b.to_string().into_boxed_str(),
            kind: UnknownKind::Bool,
        }
    }

    /// The value as text (`"VDC"`, `"7"`).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether it arrived as a JSON number.
    pub fn is_number(&self) -> bool {
        self.kind == UnknownKind::Number
    }

    /// Serialize exactly as it arrived.
    pub fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::ser::serialize(self, s)
    }

    /// Write the value as it came: text as a string, numbers and booleans bare.
    pub fn write_to(&self, w: &mut dyn crate::ser::Writer) {
        match self.kind {
            UnknownKind::String => w.str(&self.text),
            UnknownKind::Bool => w.bool(&*self.text == "true"),
            UnknownKind::Number => {
                if let Ok(i) = self.text.parse::<i64>() {
                    w.i64(i)
                } else if let Ok(u) = self.text.parse::<u64>() {
                    w.u64(u)
                } else {
                    w.f64(self.text.parse::<f64>().unwrap_or(f64::NAN))
                }
            }
        }
    }
}

impl fmt::Debug for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            UnknownKind::String => write!(f, "{:?}", self.text),
            _ => f.write_str(&self.text),
        }
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl serde::Serialize for UnknownValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        UnknownValue::serialize(self, s)
    }
}

/// What the generated enums implement so the runtime can decode and encode
/// them.
pub trait OpenEnum: Sized {
    /// Integer-coded (`0`, `1`, ...) rather than string-coded.
    const INTEGER: bool;
    /// The Rust name of the enum, for messages.
    const NAME: &'static str;
    /// The variant for a string value (`UnknownValue` if undocumented).
    fn from_wire_str(s: &str) -> Self;
    /// The variant for an integer value (`UnknownValue` if undocumented).
    fn from_wire_int(v: i64) -> Self;
    /// Wrap an undocumented value.
    fn unknown(v: UnknownValue) -> Self;
}

/// Decode an open enum leniently. Generated `Decode` impls call this.
///
/// One visitor type serves every enum, so the deserializer's
/// `deserialize_any` is compiled once per deserializer rather than once per
/// enum (hundreds of them per service); only the small step from the wire
/// value to `T` is per enum.
pub fn decode_enum<T: OpenEnum>(input: &mut dyn Input) -> Result<Option<T>, Failed> {
    let mut out = EnumOut::<T>(None);
    input.enumeration(&mut out)?;
    Ok(out.0)
}

/// Where [`Input::enumeration`] puts the value it read.
pub trait EnumSink {
    /// Take the value that arrived.
    fn set(&mut self, wire: WireValue<'_>) -> Result<(), Failed>;
}

/// A value that arrived where an enum is declared (opaque).
pub struct WireValue<'a>(Wire<'a>);

struct EnumOut<T>(Option<T>);

impl<T: OpenEnum> EnumSink for EnumOut<T> {
    fn set(&mut self, wire: WireValue<'_>) -> Result<(), Failed> {
        // The leniency rules are in `resolve`, compiled once; what is left
        // per enum type is picking the constructor.
        self.0 = match resolve(&wire.0, T::INTEGER)? {
            None => None,
            Some(Resolved::Str(s)) => Some(T::from_wire_str(s)),
            Some(Resolved::Text(s)) => Some(T::from_wire_str(&s)),
            Some(Resolved::Int(i)) => Some(T::from_wire_int(i)),
            Some(Resolved::Unknown(u)) => Some(T::unknown(u)),
        };
        Ok(())
    }
}

pub(crate) fn read_wire<'de, D: Deserializer<'de>>(d: D) -> Result<WireValue<'de>, D::Error> {
    d.deserialize_any(WireVisitor).map(WireValue)
}

enum Wire<'de> {
    Str(Cow<'de, str>),
    Int(i64),
    BigInt(u64),
    Float(f64),
    Bool(bool),
    Null,
    List,
    Object,
}

/// What an enum is built from once the wire value has been judged.
enum Resolved<'a> {
    /// Text to match against a string enum's values.
    Str(&'a str),
    /// The same, made from a number.
    Text(String),
    /// A number to match against an integer enum's values.
    Int(i64),
    /// Kept verbatim.
    Unknown(UnknownValue),
}

/// The wire value as the enum's kind expects it, recording drift when it
/// had to be converted (a number for a string enum, a numeric string for an
/// integer enum) and dropping lists and objects.
fn resolve<'a>(wire: &'a Wire<'_>, integer: bool) -> Result<Option<Resolved<'a>>, Failed> {
    let expected = expected(integer);
    match wire {
        Wire::Str(v) if !integer => Ok(Some(Resolved::Str(v))),
        Wire::Str(v) => match v.trim().parse::<i64>() {
            Ok(i) => converted(Resolved::Int(i), expected, format_args!("string {v:?}")),
            Err(_) => converted(
                Resolved::Unknown(UnknownValue::string(&**v)),
                expected,
                format_args!("string {v:?}"),
            ),
        },
        Wire::Int(v) if integer => Ok(Some(Resolved::Int(*v))),
        Wire::Int(v) => converted(
            Resolved::Text(v.to_string()),
            expected,
            format_args!("number {v}"),
        ),
        Wire::BigInt(v) => Ok(Some(Resolved::Unknown(UnknownValue::number(v)))),
        Wire::Float(v) if integer && v.fract() == 0.0 && v.abs() < 9.0e15 => converted(
            Resolved::Int(*v as i64),
            expected,
            format_args!("number {v}"),
        ),
        Wire::Float(v) => Ok(Some(Resolved::Unknown(UnknownValue::number(v)))),
        Wire::Bool(v) => converted(
            Resolved::Unknown(UnknownValue::boolean(*v)),
            expected,
            format_args!("bool {v}"),
        ),
        Wire::Null => Ok(None),
        Wire::List => dropped(expected, "list"),
        Wire::Object => dropped(expected, "object"),
    }
}

struct WireVisitor;

impl<'de> Visitor<'de> for WireVisitor {
    type Value = Wire<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an enum value")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Wire::Str(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Wire::Str(Cow::Owned(v.to_string())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Wire::Str(Cow::Owned(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Wire::Int(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(match i64::try_from(v) {
            Ok(i) => Wire::Int(i),
            Err(_) => Wire::BigInt(v),
        })
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Wire::Float(v))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Wire::Bool(v))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Wire::Null)
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Wire::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(WireVisitor)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        crate::de::drain_seq(seq)?;
        Ok(Wire::List)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        crate::de::drain_map(map)?;
        Ok(Wire::Object)
    }
}

/// Parse an integer-coded enum from text: a number picks the variant, other
/// text is kept as an undocumented string value.
pub fn int_enum_from_str<T: OpenEnum>(s: &str) -> T {
    match s.trim().parse::<i64>() {
        Ok(i) => T::from_wire_int(i),
        Err(_) => T::unknown(UnknownValue::string(s)),
    }
}

/// A string-coded enum's variant for an integer the server sent (its text).
pub fn str_enum_from_int<T: OpenEnum>(v: i64) -> T {
    T::from_wire_str(&v.to_string())
}

/// Helper for generated `Decode` impls: the `EXPECTED` text of enums.
pub const fn expected(integer: bool) -> &'static str {
    if integer {
        "integer enum"
    } else {
        "string enum"
    }
}
