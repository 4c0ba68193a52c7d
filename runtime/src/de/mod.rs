//! Lenient decoding of Tencent Cloud responses, shared by every generated
//! model.
//!
//! Real servers sometimes send a member in another JSON kind than the docs
//! declare; the official Go SDK then fails the whole call. Here each member is
//! decoded by a visitor that accepts every JSON kind:
//!
//! | declared | also accepted (recorded as [`DriftKind::Converted`]) |
//! |---|---|
//! | integer | a numeric string (`"12"`), an integral float (`12.0`) |
//! | float | a numeric string |
//! | string | a number or a boolean (written as text) |
//! | bool | `"true"`/`"false"`, `0`/`1`, `"0"`/`"1"` |
//! | list | a single value of the element type (wrapped) |
//! | enum | the other coding (a number for a string enum and vice versa) |
//!
//! `null` is always just an absent member. Anything else (an object where a
//! string is declared, `{}` where a list is declared, ...) makes that member
//! `None` ([`DriftKind::Dropped`]) while the rest of the response decodes
//! normally. In [`Mode::Strict`] the first drift fails the decode instead,
//! with its member path. Members the spec does not describe are kept in the
//! model's [`UnknownFields`](crate::UnknownFields).
//!
//! No response is buffered into a `serde_json::Value` first: the visitors run
//! inside serde_json's single pass. Generated models implement [`Decode`];
//! their `serde::Deserialize` impls go through it too, so a model read back
//! from storage gets the same treatment (this needs a self-describing format
//! such as JSON).

mod drift;
mod leaf;

pub use drift::{mode, strict_message, Drift, DriftKind, Mode, Session};

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// A value decoded leniently. `Ok(None)` means `null` or a dropped value.
pub trait Decode: Sized {
    /// Whether values of this type contain members (structs, lists, maps):
    /// only those need to extend drift paths on the way out.
    const COMPOSITE: bool = false;

    /// What the docs declare, for drift messages (`integer`, `object`...).
    const EXPECTED: &'static str;

    /// Decode from any deserializer.
    fn decode<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error>;

    /// Decode from a JSON object that arrived where this type was declared
    /// (structs read it; other types drop it).
    fn decode_map<'de, A: MapAccess<'de>>(map: A) -> Result<Option<Self>, A::Error> {
        drain_map(map)?;
        dropped(Self::EXPECTED, "object")
    }
}

/// The `DeserializeSeed` for one member: `map.next_value_seed(Field::new("Name"))`.
pub struct Field<T> {
    name: &'static str,
    _t: PhantomData<fn() -> T>,
}

impl<T> Field<T> {
    /// The seed for the member with wire name `name`.
    #[inline]
    pub const fn new(name: &'static str) -> Self {
        Field {
            name,
            _t: PhantomData,
        }
    }
}

impl<'de, T: Decode> DeserializeSeed<'de> for Field<T> {
    type Value = Option<T>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        let before = drift::count();
        let out = T::decode(d);
        if drift::count() != before {
            drift::prepend_since(before, self.name);
        }
        out
    }
}

/// Record a converted value and return it (or fail in strict mode).
#[cold]
pub fn converted<T, E: de::Error>(
    value: T,
    expected: &'static str,
    found: impl fmt::Display,
) -> Result<Option<T>, E> {
    let found = found.to_string();
    if drift::record(DriftKind::Converted, expected, found.clone(), "") {
        return Err(E::custom(format_args!(
            "type drift: expected {expected}, found {found}"
        )));
    }
    Ok(Some(value))
}

/// Record a dropped value and return `None` (or fail in strict mode).
#[cold]
pub fn dropped<T, E: de::Error>(
    expected: &'static str,
    found: impl fmt::Display,
) -> Result<Option<T>, E> {
    let found = found.to_string();
    if drift::record(DriftKind::Dropped, expected, found.clone(), "") {
        return Err(E::custom(format_args!(
            "type drift: expected {expected}, found {found}"
        )));
    }
    Ok(None)
}

/// Consume the rest of a map.
pub fn drain_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Consume the rest of a sequence.
pub fn drain_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

/// A member key, borrowed from the input when it has no escapes.
pub enum Key<'de> {
    /// Borrowed from the input.
    Borrowed(&'de str),
    /// Copied (the key had escapes, or the input is transient).
    Owned(String),
}

impl<'de> Key<'de> {
    /// The key text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }
}

impl<'de> de::Deserialize<'de> for Key<'de> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            #[inline]
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// The member names of a model, sorted, so a key is found by binary search
/// and generated code matches on an index. Use as the seed of `next_key_seed`.
#[derive(Clone, Copy)]
pub struct Members(pub &'static [&'static str]);

/// A key read with [`Members`]: its index in the table (`usize::MAX` when the
/// model does not know it) and its text.
pub struct MemberKey<'de> {
    /// Index into the table, or `usize::MAX`.
    pub index: usize,
    /// The key text (needed only for unknown members).
    pub key: Key<'de>,
}

impl<'de> DeserializeSeed<'de> for Members {
    type Value = MemberKey<'de>;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<MemberKey<'de>, D::Error> {
        let key = <Key<'de> as de::Deserialize<'de>>::deserialize(d)?;
        let index = self.0.binary_search(&key.as_str()).unwrap_or(usize::MAX);
        Ok(MemberKey { index, key })
    }
}

/// Decode a struct: `T::decode_map` on a JSON object, `None` on `null`,
/// dropped otherwise. Generated `Decode::decode` impls of structs call this.
pub fn decode_struct<'de, T: Decode, D: Deserializer<'de>>(d: D) -> Result<Option<T>, D::Error> {
    struct StructVisitor<T>(PhantomData<fn() -> T>);
    impl<'de, T: Decode> Visitor<'de> for StructVisitor<T> {
        type Value = Option<T>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            T::decode_map(map)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            T::decode(d)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            drain_seq(seq)?;
            dropped("object", "list")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            dropped("object", leaf::describe_str(v))
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
            dropped("object", format_args!("bool {v}"))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            dropped("object", format_args!("number {v}"))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            dropped("object", format_args!("number {v}"))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            dropped("object", format_args!("number {v}"))
        }
    }
    d.deserialize_any(StructVisitor::<T>(PhantomData))
}

/// For a generated `serde::Deserialize` impl: decode, and turn `None` at the
/// top into an error (a document that is not an object).
pub fn deserialize_root<'de, T: Decode, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    match T::decode(d)? {
        Some(v) => Ok(v),
        None => Err(de::Error::custom(format_args!("expected {}", T::EXPECTED))),
    }
}

/// Error for a required member missing from a decoded request.
pub fn missing<E: de::Error>(name: &'static str) -> E {
    E::missing_field(name)
}

impl<T: Decode> Decode for Box<T> {
    const COMPOSITE: bool = T::COMPOSITE;
    const EXPECTED: &'static str = T::EXPECTED;
    #[inline]
    fn decode<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error> {
        Ok(T::decode(d)?.map(Box::new))
    }
    fn decode_map<'de, A: MapAccess<'de>>(map: A) -> Result<Option<Self>, A::Error> {
        Ok(T::decode_map(map)?.map(Box::new))
    }
}

impl<T: Decode> Decode for Vec<T> {
    const COMPOSITE: bool = true;
    const EXPECTED: &'static str = "list";

    fn decode<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error> {
        d.deserialize_any(ListVisitor::<T>(PhantomData))
    }

    fn decode_map<'de, A: MapAccess<'de>>(map: A) -> Result<Option<Self>, A::Error> {
        let mut counting = CountingMap {
            inner: map,
            keys: 0,
        };
        let value = T::decode_map(&mut counting)?;
        match value {
            Some(v) if counting.keys > 0 => converted(vec![v], "list", "one object"),
            _ => dropped("list", "object"),
        }
    }
}

struct ListVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: Decode> Visitor<'de> for ListVisitor<T> {
    type Value = Option<Vec<T>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        let mut index = 0usize;
        loop {
            let before = drift::count();
            let element = seq.next_element_seed(Element::<T>(PhantomData));
            let element = match element {
                Ok(Some(None)) if drift::count() == before => {
                    // A null element: nothing to keep in a Vec<T>.
                    dropped::<(), A::Error>(T::EXPECTED, "null").map(|_| Some(None))
                }
                other => other,
            };
            if drift::count() != before {
                drift::prepend_since(before, &format!("[{index}]"));
            }
            match element? {
                None => break,
                Some(Some(v)) => out.push(v),
                Some(None) => {}
            }
            index += 1;
        }
        Ok(Some(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        <Vec<T> as Decode>::decode_map(map)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        <Vec<T> as Decode>::decode(d)
    }

    // A single scalar where a list is declared: wrap it when the element type takes it.
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        wrap_scalar::<T, E>(de::value::StrDeserializer::new(v), leaf::describe_str(v))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        wrap_scalar::<T, E>(
            de::value::BoolDeserializer::new(v),
            format_args!("bool {v}"),
        )
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        wrap_scalar::<T, E>(
            de::value::I64Deserializer::new(v),
            format_args!("number {v}"),
        )
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        wrap_scalar::<T, E>(
            de::value::U64Deserializer::new(v),
            format_args!("number {v}"),
        )
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        wrap_scalar::<T, E>(
            de::value::F64Deserializer::new(v),
            format_args!("number {v}"),
        )
    }
}

fn wrap_scalar<'de, T: Decode, E: de::Error>(
    d: impl Deserializer<'de, Error = E>,
    found: impl fmt::Display,
) -> Result<Option<Vec<T>>, E> {
    if T::COMPOSITE {
        return dropped("list", found);
    }
    match T::decode(d)? {
        Some(v) => converted(vec![v], "list", format_args!("a single {found}")),
        None => dropped("list", found),
    }
}

struct Element<T>(PhantomData<fn() -> T>);

impl<'de, T: Decode> DeserializeSeed<'de> for Element<T> {
    type Value = Option<T>;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        T::decode(d)
    }
}

/// Counts the keys read through it (to tell `{}` from a real object).
struct CountingMap<A> {
    inner: A,
    keys: usize,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for CountingMap<A> {
    type Error = A::Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let k = self.inner.next_key_seed(seed)?;
        if k.is_some() {
            self.keys += 1;
        }
        Ok(k)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.inner.next_value_seed(seed)
    }
    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// Free-form JSON objects (members whose object has no members upstream).
impl Decode for serde_json::Map<String, serde_json::Value> {
    const COMPOSITE: bool = true;
    const EXPECTED: &'static str = "object";

    fn decode<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error> {
        match serde_json::Value::deserialize_any_value(d)? {
            serde_json::Value::Object(m) => Ok(Some(m)),
            serde_json::Value::Null => Ok(None),
            serde_json::Value::String(s) => {
                // Some services send the object JSON-encoded in a string.
                match serde_json::from_str::<serde_json::Value>(&s) {
                    Ok(serde_json::Value::Object(m)) => {
                        converted(m, "object", "a JSON string holding an object")
                    }
                    _ => dropped("object", leaf::describe_str(&s)),
                }
            }
            other => dropped("object", leaf::describe_value(&other)),
        }
    }

    fn decode_map<'de, A: MapAccess<'de>>(map: A) -> Result<Option<Self>, A::Error> {
        let v: serde_json::Map<String, serde_json::Value> =
            de::Deserialize::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(Some(v))
    }
}

/// `serde_json::Value::deserialize` under a name that reads well above.
trait AnyValue {
    fn deserialize_any_value<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<serde_json::Value, D::Error>;
}

impl AnyValue for serde_json::Value {
    fn deserialize_any_value<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<serde_json::Value, D::Error> {
        de::Deserialize::deserialize(d)
    }
}

/// Decode the response envelope `{"Response": {...}}` into `T` inside a
/// drift [`Session`]; returns the value and the drift recorded. A body
/// without `Response` decodes to an error.
pub fn decode_response<T: Decode>(
    body: &[u8],
    mode: Mode,
) -> Result<(T, Vec<Drift>), ResponseDecodeError> {
    let session = Session::begin(mode);
    let result = decode_envelope::<T>(body);
    let drift = session.finish("Response");
    match result {
        Ok(Some(v)) => Ok((v, drift)),
        Ok(None) => Err(ResponseDecodeError {
            message: "the body has no `Response` object".to_string(),
            drift,
        }),
        Err(e) => Err(ResponseDecodeError {
            message: match drift.iter().find(|d| d.kind != DriftKind::UnknownMember) {
                Some(d) if mode == Mode::Strict => strict_message(d),
                _ => e.to_string(),
            },
            drift,
        }),
    }
}

/// A response body that could not be decoded.
#[derive(Debug, Clone)]
pub struct ResponseDecodeError {
    /// What went wrong (serde_json's message with line and column, or the drift path).
    pub message: String,
    /// Drift recorded before the failure.
    pub drift: Vec<Drift>,
}

impl fmt::Display for ResponseDecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ResponseDecodeError {}

fn decode_envelope<T: Decode>(body: &[u8]) -> Result<Option<T>, serde_json::Error> {
    // One UTF-8 check up front lets serde_json skip its own per-string checks.
    let text = std::str::from_utf8(body).map_err(|e| {
        <serde_json::Error as de::Error>::custom(format_args!("response body is not UTF-8: {e}"))
    })?;
    let mut de = serde_json::Deserializer::from_str(text);
    let out = de::Deserializer::deserialize_map(&mut de, EnvelopeVisitor::<T>(PhantomData))?;
    de.end()?;
    Ok(out)
}

struct EnvelopeVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: Decode> Visitor<'de> for EnvelopeVisitor<T> {
    type Value = Option<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object with a `Response` member")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = None;
        while let Some(key) = map.next_key::<Key<'de>>()? {
            if key.as_str() == "Response" {
                out = map.next_value_seed(Element::<T>(PhantomData))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(out)
    }
}

/// Decode the next value into `slot`: each arm of a generated `decode_map`
/// is one call to this (the error is checked once, after the `match`).
#[inline]
pub fn field<'de, A: MapAccess<'de>, T: Decode>(
    map: &mut A,
    name: &'static str,
    slot: &mut Option<T>,
) -> Result<(), A::Error> {
    *slot = map.next_value_seed(Field::new(name))?;
    Ok(())
}

/// Store a member the spec does not describe: generated `decode_map` impls
/// call this for every key they do not know.
#[cold]
pub fn unknown_member<'de, A: MapAccess<'de>>(
    fields: &mut crate::UnknownFields,
    key: &str,
    map: &mut A,
) -> Result<(), A::Error> {
    let value: serde_json::Value = map.next_value()?;
    let name = key.to_string();
    drift::record(DriftKind::UnknownMember, "", String::new(), &name);
    fields.insert(name, value);
    Ok(())
}
