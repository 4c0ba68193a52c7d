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

pub use drift::{Drift, DriftKind, Mode, MAX_DRIFT_RECORDS};
// For generated code.
pub(crate) use drift::with_sensitive;
#[doc(hidden)]
pub use drift::{mode, strict_message, Session};

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// A value decoded leniently. `Ok(None)` means `null` or a dropped value.
///
/// Implementations read from a [`Input`], an object-safe view of one JSON
/// value. Generated models are decoded through non-generic code (see
/// [`Model`]); only the runtime's small set of readers is generic over the
/// serde deserializer, so each deserializer type compiles that machinery
/// once rather than once per model, and a crate calling many actions does
/// not compile a decoder per response type.
pub trait Decode: Sized {
    /// Whether values of this type contain members (structs, lists, maps):
    /// only those need to extend drift paths on the way out.
    const COMPOSITE: bool = false;

    /// What the docs declare, for drift messages (`integer`, `object`...).
    const EXPECTED: &'static str;

    /// Decode from one value.
    fn decode_from(input: &mut dyn Input) -> Result<Option<Self>, Failed>;

    /// Decode from any (self-describing) deserializer.
    fn decode<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error> {
        let mut input = DeInput::new(d);
        let out = Self::decode_from(&mut input);
        out.map_err(|f| input.into_error(f))
    }
}

#[doc(hidden)]
/// Why a decode through an [`Input`] stopped. The deserializer's own error
/// (with its line and column) stays with the input that raised it and is
/// handed back at the serde boundary; errors raised by the runtime (strict
/// mode, a missing required member) carry their message here.
#[derive(Debug)]
pub struct Failed {
    message: Option<Box<str>>,
}

impl Failed {
    fn stored() -> Failed {
        Failed { message: None }
    }
}

impl fmt::Display for Failed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message.as_deref().unwrap_or("decode failed"))
    }
}

impl std::error::Error for Failed {}

impl de::Error for Failed {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Failed {
            message: Some(msg.to_string().into_boxed_str()),
        }
    }
}

#[doc(hidden)]
/// One JSON value to read, whatever the deserializer underneath: the
/// object-safe interface between generated (non-generic) decoding code and
/// serde. Each method consumes the value.
pub trait Input {
    /// A string (numbers and bools converted).
    fn string(&mut self) -> Result<Option<String>, Failed>;
    /// A signed integer.
    fn i64(&mut self) -> Result<Option<i64>, Failed>;
    /// An unsigned integer.
    fn u64(&mut self) -> Result<Option<u64>, Failed>;
    /// A float.
    fn f64(&mut self) -> Result<Option<f64>, Failed>;
    /// A bool.
    fn bool(&mut self) -> Result<Option<bool>, Failed>;
    /// A free-form JSON object.
    fn json_object(&mut self)
        -> Result<Option<serde_json::Map<String, serde_json::Value>>, Failed>;
    /// An object, read member by member into `out`; `false` when absent or dropped.
    fn object(&mut self, out: &mut dyn Model) -> Result<bool, Failed>;
    /// A list, element by element into `out`; `false` when absent or dropped.
    fn list(&mut self, out: &mut dyn List) -> Result<bool, Failed>;
    /// An enum value, handed to `out`.
    fn enumeration(&mut self, out: &mut dyn crate::enums::EnumSink) -> Result<(), Failed>;
}

#[doc(hidden)]
/// A list under construction, as [`Input::list`] fills it.
pub trait List {
    /// `EXPECTED` of the element type.
    fn element_expected(&self) -> &'static str;
    /// `COMPOSITE` of the element type.
    fn element_composite(&self) -> bool;
    /// Room for `n` more elements.
    fn reserve(&mut self, n: usize);
    /// Read one element; `true` if one was added.
    fn push(&mut self, input: &mut dyn Input) -> Result<bool, Failed>;
}

#[doc(hidden)]
/// A model's member table (see [`Model::table`]).
#[derive(Clone, Copy, Debug)]
pub struct Table {
    /// Wire names of the members, in spec order.
    pub members: &'static [&'static str],
    /// Indices into `members` of the members a value must have.
    pub required: &'static [usize],
}

#[doc(hidden)]
/// What generated structs implement: their members, read by index through
/// non-generic code. Object safe, so one reader serves every model; every
/// `Model` is also [`Decode`] (one blanket impl, not one per type).
pub trait Model {
    /// The members: wire names in spec order (see [`Members`]), and which
    /// must arrive. One method for both, so the vtable of each model holds
    /// one function for them, not two.
    fn table(&self) -> Table;
    /// A value to fill: the default, or placeholders for required members.
    fn empty() -> Self
    where
        Self: Sized;
    /// Read member `index` of the [`table`](Model::table); `true` when a value was stored.
    fn member(&mut self, index: usize, input: &mut dyn Input) -> Result<bool, Failed>;
    /// Where members the spec does not describe go.
    fn unknown_fields_mut(&mut self) -> &mut crate::UnknownFields;
}

#[doc(hidden)]
/// `Decode::decode_from` of every [`Model`] (the blanket impl calls this).
///
/// Generic functions here are compiled once per type that uses them, so
/// they are kept to the minimum and avoid `?` (each `?` instantiates
/// `Try::branch` and `FromResidual` for the type too).
pub fn decode_model<T: Model>(input: &mut dyn Input) -> Result<Option<T>, Failed> {
    let mut value = T::empty();
    match input.object(&mut value) {
        Ok(true) => Ok(Some(value)),
        Ok(false) => Ok(None),
        Err(e) => Err(e),
    }
}

#[doc(hidden)]
/// Read an optional member: generated `Model::member` arms call this.
#[inline]
pub fn read<T: Decode>(input: &mut dyn Input, slot: &mut Option<T>) -> Result<bool, Failed> {
    // Matched rather than `value.is_some()`: that would be one more
    // function to compile per decoded type.
    match T::decode_from(input) {
        Ok(Some(value)) => {
            *slot = Some(value);
            Ok(true)
        }
        Ok(None) => {
            *slot = None;
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

#[doc(hidden)]
/// Read a required member (kept as a plain value).
#[inline]
pub fn read_required<T: Decode>(input: &mut dyn Input, slot: &mut T) -> Result<bool, Failed> {
    match T::decode_from(input) {
        Ok(Some(v)) => {
            *slot = v;
            Ok(true)
        }
        Ok(None) => Ok(false),
        Err(e) => Err(e),
    }
}

// The member readers under the names of the macros' presence tokens
// (`opt`, `req`), which also name `ser::opt` and `ser::req`.
#[doc(hidden)]
#[doc(hidden)]
pub use self::{read as opt, read_required as req};

#[doc(hidden)]
/// A value of a type to decode into before the members arrive: `None` for
/// optional members, defaults, `UnknownValue("")` for enums, and models'
/// [`Model::empty`]. Never seen by users: decoding fails unless every
/// required member arrives.
pub trait Placeholder {
    /// The placeholder.
    fn placeholder() -> Self;
}

impl<T> Placeholder for Option<T> {
    #[inline]
    fn placeholder() -> Self {
        None
    }
}

impl<T: Placeholder> Placeholder for Box<T> {
    #[inline]
    fn placeholder() -> Self {
        Box::new(T::placeholder())
    }
}

macro_rules! default_placeholder {
    ($($t:ty),*) => {$(
        impl Placeholder for $t {
            #[inline]
            fn placeholder() -> Self {
                Default::default()
            }
        }
    )*};
}
default_placeholder!(String, i64, u64, f64, bool, serde_json::Map<String, serde_json::Value>);

impl<T> Placeholder for Vec<T> {
    #[inline]
    fn placeholder() -> Self {
        Vec::new()
    }
}

/// Which required members have arrived (by member index).
#[derive(Default)]
struct Seen {
    low: u128,
    high: Vec<usize>,
}

impl Seen {
    fn mark(&mut self, index: usize) {
        if index < 128 {
            self.low |= 1 << index;
        } else {
            self.high.push(index);
        }
    }

    fn has(&self, index: usize) -> bool {
        if index < 128 {
            self.low & (1 << index) != 0
        } else {
            self.high.contains(&index)
        }
    }
}

#[doc(hidden)]
/// [`Input`] over a serde deserializer.
pub struct DeInput<'de, D: Deserializer<'de>> {
    d: Option<D>,
    error: Option<D::Error>,
    _de: PhantomData<&'de ()>,
}

impl<'de, D: Deserializer<'de>> DeInput<'de, D> {
    /// The value `d` will give.
    pub fn new(d: D) -> Self {
        DeInput {
            d: Some(d),
            error: None,
            _de: PhantomData,
        }
    }

    fn take(&mut self) -> Result<D, Failed> {
        self.d
            .take()
            .ok_or_else(|| de::Error::custom("a value was read twice"))
    }

    fn keep<T>(&mut self, r: Result<T, D::Error>) -> Result<T, Failed> {
        r.map_err(|e| {
            self.error = Some(e);
            Failed::stored()
        })
    }

    /// The deserializer's error for `f` (or `f`'s own message).
    pub fn into_error(self, f: Failed) -> D::Error {
        match (f.message, self.error) {
            (Some(m), _) => de::Error::custom(m),
            (None, Some(e)) => e,
            (None, None) => de::Error::custom("decode failed"),
        }
    }
}

impl<'de, D: Deserializer<'de>> Input for DeInput<'de, D> {
    fn string(&mut self) -> Result<Option<String>, Failed> {
        let r = self.take()?.deserialize_any(leaf::StringVisitor);
        self.keep(r)
    }
    fn i64(&mut self) -> Result<Option<i64>, Failed> {
        let r = self.take()?.deserialize_any(leaf::I64Visitor);
        self.keep(r)
    }
    fn u64(&mut self) -> Result<Option<u64>, Failed> {
        let r = self.take()?.deserialize_any(leaf::U64Visitor);
        self.keep(r)
    }
    fn f64(&mut self) -> Result<Option<f64>, Failed> {
        let r = self.take()?.deserialize_any(leaf::F64Visitor);
        self.keep(r)
    }
    fn bool(&mut self) -> Result<Option<bool>, Failed> {
        let r = self.take()?.deserialize_any(leaf::BoolVisitor);
        self.keep(r)
    }
    fn json_object(
        &mut self,
    ) -> Result<Option<serde_json::Map<String, serde_json::Value>>, Failed> {
        let r = json_object(self.take()?);
        self.keep(r)
    }
    fn object(&mut self, out: &mut dyn Model) -> Result<bool, Failed> {
        let r = self.take()?.deserialize_any(ObjectVisitor {
            out,
            request_id: None,
        });
        self.keep(r)
    }
    fn list(&mut self, out: &mut dyn List) -> Result<bool, Failed> {
        let r = self.take()?.deserialize_any(ListVisitor { out });
        self.keep(r)
    }
    fn enumeration(&mut self, out: &mut dyn crate::enums::EnumSink) -> Result<(), Failed> {
        let r = crate::enums::read_wire(self.take()?);
        let wire = self.keep(r)?;
        out.set(wire)
    }
}

/// Run `read` on the value `d` gives, turning its failure into `d`'s error.
fn with_input<'de, D: Deserializer<'de>, T>(
    d: D,
    read: impl FnOnce(&mut dyn Input) -> Result<T, Failed>,
) -> Result<T, D::Error> {
    let mut input = DeInput::new(d);
    let out = read(&mut input);
    out.map_err(|f| input.into_error(f))
}

#[doc(hidden)]
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

#[doc(hidden)]
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

#[doc(hidden)]
/// Consume the rest of a map.
pub fn drain_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

#[doc(hidden)]
/// Consume the rest of a sequence.
pub fn drain_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

#[doc(hidden)]
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

#[doc(hidden)]
/// The member names of a model in spec order, and the index the next key
/// most likely has: servers send members in the order the spec declares
/// them, so a key usually matches at the first compare. Otherwise (or for a
/// key the model does not know) the table is scanned. Generated code matches
/// on the index. Use as the seed of `next_key_seed`.
#[derive(Clone, Copy)]
pub struct Members {
    /// Wire names, in spec order.
    pub names: &'static [&'static str],
    /// The index tried first (the one after the previous key's).
    pub guess: usize,
}

#[doc(hidden)]
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
        let text = key.as_str();
        let index = match self.names.get(self.guess) {
            Some(name) if *name == text => self.guess,
            _ => self
                .names
                .iter()
                .position(|name| *name == text)
                .unwrap_or(usize::MAX),
        };
        Ok(MemberKey { index, key })
    }
}

/// How a struct reads a JSON object: one visitor for every model (the
/// model is behind `dyn Model`), so a deserializer's `deserialize_any` is
/// compiled once for all of them.
struct ObjectVisitor<'a> {
    out: &'a mut dyn Model,
    /// Set for the envelope's `Response` object only: where its
    /// `RequestId` goes, read in the same pass as everything else (so no
    /// member order costs a second parse).
    request_id: Option<&'a mut Option<String>>,
}

impl<'de> Visitor<'de> for ObjectVisitor<'_> {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<bool, A::Error> {
        let Table { members, required } = self.out.table();
        let mut seen = Seen::default();
        let mut guess = 0;
        while let Some(k) = map.next_key_seed(Members {
            names: members,
            guess,
        })? {
            if let Some(captured) = self.request_id.as_deref_mut() {
                if k.key.as_str() == "RequestId" {
                    let value: Text<'de> = map.next_value()?;
                    // Of duplicate members the last counts, as in the model.
                    *captured = value.as_str().filter(|s| !s.is_empty()).map(str::to_string);
                    let stored = match members.get(k.index) {
                        Some(name) => {
                            let seed = MemberSeed {
                                name,
                                index: k.index,
                                out: &mut *self.out,
                            };
                            match value {
                                Text::Borrowed(s) => seed.deserialize(
                                    de::value::BorrowedStrDeserializer::<A::Error>::new(s),
                                )?,
                                Text::Owned(s) => seed.deserialize(
                                    de::value::StringDeserializer::<A::Error>::new(s),
                                )?,
                                Text::Other(v) => seed.deserialize(v).map_err(de::Error::custom)?,
                            }
                        }
                        None => {
                            drift::record(DriftKind::UnknownMember, "", String::new(), "RequestId");
                            self.out
                                .unknown_fields_mut()
                                .insert("RequestId".to_string(), value.into_value());
                            false
                        }
                    };
                    if stored && !required.is_empty() {
                        seen.mark(k.index);
                    }
                    continue;
                }
            }
            match members.get(k.index) {
                Some(name) => {
                    guess = k.index + 1;
                    let stored = map.next_value_seed(MemberSeed {
                        name,
                        index: k.index,
                        out: &mut *self.out,
                    })?;
                    if stored && !required.is_empty() {
                        seen.mark(k.index);
                    }
                }
                None => {
                    let value: serde_json::Value = map.next_value()?;
                    let name = k.key.as_str().to_string();
                    drift::record(DriftKind::UnknownMember, "", String::new(), &name);
                    self.out.unknown_fields_mut().insert(name, value);
                }
            }
        }
        for &r in required {
            if !seen.has(r) {
                return Err(missing(members[r]));
            }
        }
        Ok(true)
    }
    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_none<E>(self) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<bool, A::Error> {
        drain_seq(seq)?;
        absent(dropped::<(), _>("object", "list"))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        absent(dropped::<(), _>("object", leaf::describe_str(v)))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<bool, E> {
        absent(dropped::<(), _>("object", format_args!("bool {v}")))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<bool, E> {
        absent(dropped::<(), _>("object", format_args!("number {v}")))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<bool, E> {
        absent(dropped::<(), _>("object", format_args!("number {v}")))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<bool, E> {
        absent(dropped::<(), _>("object", format_args!("number {v}")))
    }
}

/// A member's value read once and handed on: text borrowed from the body
/// where it can be, any other JSON as a `Value`.
enum Text<'de> {
    Borrowed(&'de str),
    Owned(String),
    Other(serde_json::Value),
}

impl Text<'_> {
    fn as_str(&self) -> Option<&str> {
        match self {
            Text::Borrowed(s) => Some(s),
            Text::Owned(s) => Some(s),
            Text::Other(_) => None,
        }
    }

    fn into_value(self) -> serde_json::Value {
        match self {
            Text::Borrowed(s) => serde_json::Value::String(s.to_string()),
            Text::Owned(s) => serde_json::Value::String(s),
            Text::Other(v) => v,
        }
    }
}

impl<'de> de::Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text::Borrowed(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text::Owned(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text::Owned(v))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Text<'de>, E> {
                Ok(Text::Other(v.into()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Text<'de>, E> {
                Ok(Text::Other(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Text<'de>, E> {
                Ok(Text::Other(v.into()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Text<'de>, E> {
                Ok(Text::Other(v.into()))
            }
            fn visit_unit<E>(self) -> Result<Text<'de>, E> {
                Ok(Text::Other(serde_json::Value::Null))
            }
            fn visit_none<E>(self) -> Result<Text<'de>, E> {
                Ok(Text::Other(serde_json::Value::Null))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Text<'de>, D::Error> {
                d.deserialize_any(self)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Text<'de>, A::Error> {
                de::Deserialize::deserialize(de::value::SeqAccessDeserializer::new(seq))
                    .map(Text::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Text<'de>, A::Error> {
                de::Deserialize::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(Text::Other)
            }
        }
        d.deserialize_any(TextVisitor)
    }
}

/// A dropped value's result as "nothing stored".
fn absent<E>(r: Result<Option<()>, E>) -> Result<bool, E> {
    r.map(|_| false)
}

/// The value of one known member, read into the model; extends drift paths
/// with the member's name.
struct MemberSeed<'a> {
    name: &'static str,
    index: usize,
    out: &'a mut dyn Model,
}

impl<'de> DeserializeSeed<'de> for MemberSeed<'_> {
    /// Whether a value was stored.
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        let before = drift::count();
        let (index, out) = (self.index, self.out);
        let r = with_input(d, |input| out.member(index, input));
        if drift::count() != before {
            drift::prepend_since(before, self.name);
        }
        r
    }
}

#[doc(hidden)]
/// For a generated `serde::Deserialize` impl: decode, and turn `None` at the
/// top into an error (a document that is not an object).
pub fn deserialize_root<'de, T: Decode, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    match T::decode(d)? {
        Some(v) => Ok(v),
        None => Err(de::Error::custom(format_args!("expected {}", T::EXPECTED))),
    }
}

#[doc(hidden)]
/// Error for a required member missing from a decoded request.
pub fn missing<E: de::Error>(name: &'static str) -> E {
    E::missing_field(name)
}

/// Every model decodes as an object: one impl here instead of one per
/// generated type.
impl<T: Model> Decode for T {
    const COMPOSITE: bool = true;
    const EXPECTED: &'static str = "object";
    #[inline]
    fn decode_from(input: &mut dyn Input) -> Result<Option<Self>, Failed> {
        decode_model(input)
    }
}

/// Boxed (recursive) models read as the model.
impl<T: Model> Model for Box<T> {
    fn table(&self) -> Table {
        (**self).table()
    }
    fn empty() -> Self {
        Box::new(T::empty())
    }
    fn member(&mut self, index: usize, input: &mut dyn Input) -> Result<bool, Failed> {
        (**self).member(index, input)
    }
    fn unknown_fields_mut(&mut self) -> &mut crate::UnknownFields {
        (**self).unknown_fields_mut()
    }
}

impl<T: Decode> Decode for Vec<T> {
    const COMPOSITE: bool = true;
    const EXPECTED: &'static str = "list";

    fn decode_from(input: &mut dyn Input) -> Result<Option<Self>, Failed> {
        let mut out = ListOut(Vec::new());
        match input.list(&mut out) {
            Ok(true) => Ok(Some(out.0)),
            Ok(false) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

struct ListOut<T>(Vec<T>);

impl<T: Decode> List for ListOut<T> {
    fn element_expected(&self) -> &'static str {
        T::EXPECTED
    }
    fn element_composite(&self) -> bool {
        T::COMPOSITE
    }
    fn reserve(&mut self, n: usize) {
        self.0.reserve(n);
    }
    fn push(&mut self, input: &mut dyn Input) -> Result<bool, Failed> {
        match T::decode_from(input) {
            Ok(Some(v)) => {
                self.0.push(v);
                Ok(true)
            }
            Ok(None) => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// How a list reads JSON: one visitor for every element type.
struct ListVisitor<'a> {
    out: &'a mut dyn List,
}

impl<'de> Visitor<'de> for ListVisitor<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        self.out.reserve(seq.size_hint().unwrap_or(0).min(4096));
        let expected = self.out.element_expected();
        let mut index = 0usize;
        loop {
            let before = drift::count();
            let element = seq.next_element_seed(ElementSeed {
                out: &mut *self.out,
            });
            let element = match element {
                Ok(Some(false)) if drift::count() == before => {
                    // A null element: nothing to keep in a Vec<T>.
                    dropped::<(), A::Error>(expected, "null").map(|_| Some(false))
                }
                other => other,
            };
            if drift::count() != before {
                drift::prepend_since(before, &format!("[{index}]"));
            }
            if element?.is_none() {
                break;
            }
            index += 1;
        }
        Ok(true)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<bool, A::Error> {
        // One object where a list is declared: a list of it, if it is one.
        // Rare, so it goes through a `Value` (which also keeps the types of
        // nested readers from growing without end).
        let object: serde_json::Map<String, serde_json::Value> =
            de::Deserialize::deserialize(de::value::MapAccessDeserializer::new(map))?;
        let keys = object.len();
        let pushed = with_input(serde_json::Value::Object(object), |input| {
            self.out.push(input)
        })
        .map_err(de::Error::custom)?;
        if pushed && keys > 0 {
            converted((), "list", "one object").map(|_| true)
        } else {
            absent(dropped::<(), _>("list", "object"))
        }
    }

    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_none<E>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        with_input(d, |input| input.list(self.out))
    }

    // A single scalar where a list is declared: wrap it when the element type takes it.
    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        wrap_scalar(
            self.out,
            de::value::StrDeserializer::new(v),
            leaf::describe_str(v),
        )
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<bool, E> {
        wrap_scalar(
            self.out,
            de::value::BoolDeserializer::new(v),
            format_args!("bool {v}"),
        )
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<bool, E> {
        wrap_scalar(
            self.out,
            de::value::I64Deserializer::new(v),
            format_args!("number {v}"),
        )
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<bool, E> {
        wrap_scalar(
            self.out,
            de::value::U64Deserializer::new(v),
            format_args!("number {v}"),
        )
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<bool, E> {
        wrap_scalar(
            self.out,
            de::value::F64Deserializer::new(v),
            format_args!("number {v}"),
        )
    }
}

fn wrap_scalar<'de, E: de::Error>(
    out: &mut dyn List,
    d: impl Deserializer<'de, Error = E>,
    found: impl fmt::Display,
) -> Result<bool, E> {
    if out.element_composite() {
        return absent(dropped::<(), _>("list", found));
    }
    if with_input(d, |input| out.push(input))? {
        converted((), "list", format_args!("a single {found}")).map(|_| true)
    } else {
        absent(dropped::<(), _>("list", found))
    }
}

/// One list element: `Some(true)` when stored, `Some(false)` when null or
/// dropped, `None` at the end.
struct ElementSeed<'a> {
    out: &'a mut dyn List,
}

impl<'de> DeserializeSeed<'de> for ElementSeed<'_> {
    type Value = bool;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        with_input(d, |input| self.out.push(input))
    }
}

/// Free-form JSON objects (members whose object has no members upstream).
impl Decode for serde_json::Map<String, serde_json::Value> {
    const COMPOSITE: bool = true;
    const EXPECTED: &'static str = "object";

    fn decode_from(input: &mut dyn Input) -> Result<Option<Self>, Failed> {
        input.json_object()
    }
}

fn json_object<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<serde_json::Map<String, serde_json::Value>>, D::Error> {
    match <serde_json::Value as de::Deserialize>::deserialize(d)? {
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

#[doc(hidden)]
/// Decode the response envelope `{"Response": {...}}` into `T` inside a
/// drift [`Session`]; returns the value and the drift recorded. A body
/// without `Response` decodes to an error.
pub fn decode_response<T: Decode>(
    body: &[u8],
    mode: Mode,
) -> Result<(T, Vec<Drift>), ResponseDecodeError> {
    let mut slot: Option<T> = None;
    let drift = decode_response_into(body, mode, &mut slot)?;
    match slot {
        Some(v) => Ok((v, drift)),
        None => Err(ResponseDecodeError {
            message: "the body has no `Response` object".to_string(),
            drift,
        }),
    }
}

#[doc(hidden)]
/// [`decode_response`] without its type: compiled once, here.
pub fn decode_response_into(
    body: &[u8],
    mode: Mode,
    slot: &mut dyn Slot,
) -> Result<Vec<Drift>, ResponseDecodeError> {
    decode_response_with_id(body, mode, slot, &mut None)
}

#[doc(hidden)]
/// [`decode_response_into`], also keeping `Response.RequestId` (a
/// non-empty string) in `request_id`, read in the same single pass
/// wherever it stands among the members; kept even when decoding fails
/// after it.
pub fn decode_response_with_id(
    body: &[u8],
    mode: Mode,
    slot: &mut dyn Slot,
    request_id: &mut Option<String>,
) -> Result<Vec<Drift>, ResponseDecodeError> {
    let session = Session::begin(mode);
    let result = decode_envelope_into(body, slot, request_id);
    let drift = session.finish("Response");
    match result {
        Ok(true) => Ok(drift),
        Ok(false) => Err(ResponseDecodeError {
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

#[doc(hidden)]
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

#[doc(hidden)]
/// Where a decoded value goes (`Option<T>` for any `T: Decode`).
pub trait Slot {
    /// Decode from `input` and keep the result; `true` when a value was kept.
    fn read(&mut self, input: &mut dyn Input) -> Result<bool, Failed>;
}

impl<T: Decode> Slot for Option<T> {
    fn read(&mut self, input: &mut dyn Input) -> Result<bool, Failed> {
        read(input, self)
    }
}

/// Not generic: the whole serde_json side of response decoding is compiled
/// once, in this crate.
/// `true` when `slot` was filled.
fn decode_envelope_into(
    body: &[u8],
    slot: &mut dyn Slot,
    request_id: &mut Option<String>,
) -> Result<bool, serde_json::Error> {
    // One UTF-8 check up front lets serde_json skip its own per-string checks.
    let text = std::str::from_utf8(body).map_err(|e| {
        <serde_json::Error as de::Error>::custom(format_args!("response body is not UTF-8: {e}"))
    })?;
    let mut de = serde_json::Deserializer::from_str(text);
    let filled = de::Deserializer::deserialize_map(&mut de, EnvelopeVisitor { slot, request_id })?;
    de.end()?;
    Ok(filled)
}

struct EnvelopeVisitor<'a> {
    slot: &'a mut dyn Slot,
    request_id: &'a mut Option<String>,
}

/// Reads the envelope; `true` when the slot kept a `Response`.
impl<'de> Visitor<'de> for EnvelopeVisitor<'_> {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object with a `Response` member")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut filled = false;
        while let Some(key) = map.next_key::<Key<'de>>()? {
            if key.as_str() == "Response" {
                // Of duplicate members the last counts, its `RequestId` too.
                *self.request_id = None;
                filled = map.next_value_seed(SlotSeed {
                    slot: &mut *self.slot,
                    request_id: &mut *self.request_id,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(filled)
    }
}

struct SlotSeed<'a> {
    slot: &'a mut dyn Slot,
    request_id: &'a mut Option<String>,
}

impl<'de> DeserializeSeed<'de> for SlotSeed<'_> {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        let mut input = ResponseInput {
            inner: DeInput::new(d),
            request_id: self.request_id,
        };
        let out = self.slot.read(&mut input);
        out.map_err(|f| input.inner.into_error(f))
    }
}

/// The `Response` value: as [`DeInput`], except that an object read from
/// it captures its `RequestId` (see [`ObjectVisitor`]).
struct ResponseInput<'de, 'a, D: Deserializer<'de>> {
    inner: DeInput<'de, D>,
    request_id: &'a mut Option<String>,
}

impl<'de, D: Deserializer<'de>> Input for ResponseInput<'de, '_, D> {
    fn string(&mut self) -> Result<Option<String>, Failed> {
        self.inner.string()
    }
    fn i64(&mut self) -> Result<Option<i64>, Failed> {
        self.inner.i64()
    }
    fn u64(&mut self) -> Result<Option<u64>, Failed> {
        self.inner.u64()
    }
    fn f64(&mut self) -> Result<Option<f64>, Failed> {
        self.inner.f64()
    }
    fn bool(&mut self) -> Result<Option<bool>, Failed> {
        self.inner.bool()
    }
    fn json_object(
        &mut self,
    ) -> Result<Option<serde_json::Map<String, serde_json::Value>>, Failed> {
        self.inner.json_object()
    }
    fn object(&mut self, out: &mut dyn Model) -> Result<bool, Failed> {
        let r = self.inner.take()?.deserialize_any(ObjectVisitor {
            out,
            request_id: Some(&mut *self.request_id),
        });
        self.inner.keep(r)
    }
    fn list(&mut self, out: &mut dyn List) -> Result<bool, Failed> {
        self.inner.list(out)
    }
    fn enumeration(&mut self, out: &mut dyn crate::enums::EnumSink) -> Result<(), Failed> {
        self.inner.enumeration(out)
    }
}
