//! Serialization of generated models, and their `Debug` output.
//!
//! A generated model implements [`Fields`]: one non-generic function that
//! hands each member that is set to a [`Out`], then its unknown members.
//! Members are [`Value`]s, written through the object-safe [`Writer`]. So
//! the code that turns a model into JSON (or any serde format) is compiled
//! once, here, per output format, not once per model and format: a
//! generated `Serialize` impl is one call to [`serialize`].
//!
//! Models serialize as `serialize_newtype_struct(NAME, map of members)`,
//! which JSON and other self-describing formats treat as just the map.
//!
//! `Debug` comes from the same code: [`debug`] runs the value through a
//! serializer that drives `Formatter::debug_struct`, so it prints only the
//! members that are set, under their wire names, nested models by name, and
//! honours `{:#?}`.

use serde::ser::{self, Serialize, SerializeMap, SerializeSeq, Serializer};
use std::fmt;

/// The members of a generated model. Object safe.
pub trait Fields {
    /// The model's name (`RiskProcessEvent`), shown by `Debug`.
    fn model_name(&self) -> &'static str;
    /// Hand every member that is set to `out`, then the unknown members.
    fn write_fields(&self, out: &mut dyn Out);
    /// Wire names of the members `Debug` shows as `"<redacted>"` (passwords,
    /// secret keys, tokens, private keys: the service's reviewed list).
    /// Serialization still writes them: they are sent.
    fn sensitive_members(&self) -> &'static [&'static str] {
        &[]
    }
}

std::thread_local! {
    /// Whether this thread is inside `Debug` of a model: only then are
    /// sensitive members replaced.
    static IN_DEBUG: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// What `Debug` prints for a sensitive member's value.
pub const REDACTED: &str = "<redacted>";

/// Where a model's members go.
pub trait Out {
    /// One member.
    fn member(&mut self, name: &'static str, value: &dyn Value);
    /// Members the spec does not describe (last).
    fn unknown(&mut self, fields: &crate::UnknownFields);
}

/// Something that can be written: the scalars, lists, free-form JSON,
/// enums and models.
pub trait Value {
    /// Write `self` with `w` (exactly one call on it).
    fn write(&self, w: &mut dyn Writer);
}

/// Receives one value.
pub trait Writer {
    /// A boolean.
    fn bool(&mut self, v: bool);
    /// A signed integer.
    fn i64(&mut self, v: i64);
    /// An unsigned integer.
    fn u64(&mut self, v: u64);
    /// A float.
    fn f64(&mut self, v: f64);
    /// A string.
    fn str(&mut self, v: &str);
    /// Free-form JSON.
    fn json(&mut self, v: &serde_json::Value);
    /// A free-form JSON object.
    fn json_object(&mut self, v: &serde_json::Map<String, serde_json::Value>);
    /// A model, member by member.
    fn model(&mut self, v: &dyn Fields);
    /// A list, element by element.
    fn list(&mut self, v: &dyn Items);
}

/// A list being written.
pub trait Items {
    /// How many elements.
    fn count(&self) -> usize;
    /// Element `index` (below [`count`](Items::count)).
    fn item(&self, index: usize) -> Option<&dyn Value>;
}

/// Write an optional member if it is set: generated `write_fields` call this.
#[inline]
pub fn opt<T: Value>(out: &mut dyn Out, name: &'static str, value: &Option<T>) {
    if let Some(v) = value {
        out.member(name, v);
    }
}

/// Write a required member: generated `write_fields` call this.
#[inline]
pub fn req<T: Value>(out: &mut dyn Out, name: &'static str, value: &T) {
    out.member(name, value);
}

/// A model is a value (the blanket impl keeps per-model code to `Fields`).
impl<T: Fields> Value for T {
    #[inline]
    fn write(&self, w: &mut dyn Writer) {
        w.model(self);
    }
}

/// Boxed models (recursive types) write as the model.
impl<T: Fields + ?Sized> Fields for Box<T> {
    fn model_name(&self) -> &'static str {
        (**self).model_name()
    }
    fn write_fields(&self, out: &mut dyn Out) {
        (**self).write_fields(out);
    }
}

macro_rules! scalar_value {
    ($($t:ty => $m:ident),*) => {$(
        impl Value for $t {
            fn write(&self, w: &mut dyn Writer) {
                w.$m(*self);
            }
        }
    )*};
}
scalar_value!(bool => bool, i64 => i64, u64 => u64, f64 => f64);

impl Value for String {
    fn write(&self, w: &mut dyn Writer) {
        w.str(self);
    }
}

impl Value for serde_json::Value {
    fn write(&self, w: &mut dyn Writer) {
        w.json(self);
    }
}

impl Value for serde_json::Map<String, serde_json::Value> {
    fn write(&self, w: &mut dyn Writer) {
        w.json_object(self);
    }
}

impl Value for crate::UnknownValue {
    fn write(&self, w: &mut dyn Writer) {
        self.write_to(w);
    }
}

impl<T: Value> Value for Vec<T> {
    fn write(&self, w: &mut dyn Writer) {
        w.list(self);
    }
}

impl<T: Value> Items for Vec<T> {
    fn count(&self) -> usize {
        self.len()
    }
    fn item(&self, index: usize) -> Option<&dyn Value> {
        self.get(index).map(|v| v as &dyn Value)
    }
}

/// Serialize any [`Value`] with any serde serializer: generated `Serialize`
/// impls call this. Generic over the serializer only.
#[inline]
pub fn serialize<S: Serializer>(value: &dyn Value, serializer: S) -> Result<S::Ok, S::Error> {
    AsSerialize(value).serialize(serializer)
}

/// A request body: `value` as compact JSON.
pub fn to_json(value: &dyn Value) -> Result<Vec<u8>, serde_json::Error> {
    // Most requests fit: no reallocation while writing (serde_json's own
    // start, 128 bytes, grows most of them once or twice).
    let mut out = Vec::with_capacity(512);
    serde_json::to_writer(&mut out, &AsSerialize(value))?;
    Ok(out)
}

/// A [`Value`] seen as `serde::Serialize`.
struct AsSerialize<'a>(&'a dyn Value);

impl Serialize for AsSerialize<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut w = SerdeWriter::<S> {
            serializer: Some(serializer),
            result: None,
        };
        self.0.write(&mut w);
        w.result
            .unwrap_or_else(|| Err(ser::Error::custom("a value wrote nothing")))
    }
}

/// Drives one serde serializer from [`Writer`] calls; keeps the result of
/// the first (and only expected) call.
struct SerdeWriter<S: Serializer> {
    serializer: Option<S>,
    result: Option<Result<S::Ok, S::Error>>,
}

impl<S: Serializer> SerdeWriter<S> {
    fn put(&mut self, write: impl FnOnce(S) -> Result<S::Ok, S::Error>) {
        self.result = Some(match self.serializer.take() {
            Some(s) => write(s),
            None => Err(ser::Error::custom("a value wrote twice")),
        });
    }
}

impl<S: Serializer> Writer for SerdeWriter<S> {
    fn bool(&mut self, v: bool) {
        self.put(|s| s.serialize_bool(v));
    }
    fn i64(&mut self, v: i64) {
        self.put(|s| s.serialize_i64(v));
    }
    fn u64(&mut self, v: u64) {
        self.put(|s| s.serialize_u64(v));
    }
    fn f64(&mut self, v: f64) {
        self.put(|s| s.serialize_f64(v));
    }
    fn str(&mut self, v: &str) {
        self.put(|s| s.serialize_str(v));
    }
    fn json(&mut self, v: &serde_json::Value) {
        self.put(|s| v.serialize(s));
    }
    fn json_object(&mut self, v: &serde_json::Map<String, serde_json::Value>) {
        self.put(|s| v.serialize(s));
    }
    fn model(&mut self, v: &dyn Fields) {
        self.put(|s| s.serialize_newtype_struct(v.model_name(), &Members(v)));
    }
    fn list(&mut self, v: &dyn Items) {
        self.put(|s| {
            let n = v.count();
            let mut seq = s.serialize_seq(Some(n))?;
            for i in 0..n {
                if let Some(item) = v.item(i) {
                    seq.serialize_element(&AsSerialize(item))?;
                }
            }
            seq.end()
        });
    }
}

/// A model's members as a serde map.
struct Members<'a>(&'a dyn Fields);

impl Serialize for Members<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let sensitive = if IN_DEBUG.with(std::cell::Cell::get) {
            self.0.sensitive_members()
        } else {
            &[]
        };
        let mut out = MapOut::<S::SerializeMap> {
            map: serializer.serialize_map(None)?,
            error: None,
            sensitive,
        };
        self.0.write_fields(&mut out);
        match out.error {
            Some(e) => Err(e),
            None => out.map.end(),
        }
    }
}

/// Writes members into a serde map, keeping the first error.
struct MapOut<M: SerializeMap> {
    map: M,
    error: Option<M::Error>,
    /// Members to show as [`REDACTED`] (only under `Debug`).
    sensitive: &'static [&'static str],
}

impl<M: SerializeMap> Out for MapOut<M> {
    fn member(&mut self, name: &'static str, value: &dyn Value) {
        if self.error.is_none() {
            let written = if self.sensitive.contains(&name) {
                self.map.serialize_entry(name, REDACTED)
            } else {
                self.map.serialize_entry(name, &AsSerialize(value))
            };
            if let Err(e) = written {
                self.error = Some(e);
            }
        }
    }
    fn unknown(&mut self, fields: &crate::UnknownFields) {
        for (k, v) in fields.iter() {
            if self.error.is_some() {
                return;
            }
            if let Err(e) = self.map.serialize_entry(k, v) {
                self.error = Some(e);
            }
        }
    }
}

/// `Debug` of a [`Value`]: generated `Debug` impls call this (not generic).
pub fn debug_value(value: &dyn Value, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let outer = IN_DEBUG.with(|d| d.replace(true));
    let result = debug(&AsSerialize(value), f);
    IN_DEBUG.with(|d| d.set(outer));
    result
}

/// `Debug` of anything serializable, as `Name { Member: value, .. }`.
pub fn debug<T: Serialize + ?Sized>(value: &T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    value
        .serialize(DebugSerializer { f, name: None })
        .map_err(|_| fmt::Error)
}

struct DebugValue<'a, T: ?Sized>(&'a T);

impl<T: Serialize + ?Sized> fmt::Debug for DebugValue<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug(self.0, f)
    }
}

/// The error of the debug serializer: formatting failed, or a key was not text.
#[derive(Debug)]
pub struct DebugError;

impl fmt::Display for DebugError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("debug formatting failed")
    }
}

impl std::error::Error for DebugError {}

impl ser::Error for DebugError {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        DebugError
    }
}

impl From<fmt::Error> for DebugError {
    fn from(_: fmt::Error) -> Self {
        DebugError
    }
}

struct DebugSerializer<'a, 'b> {
    f: &'a mut fmt::Formatter<'b>,
    /// The name of the newtype struct being printed (a generated model).
    name: Option<&'static str>,
}

macro_rules! debug_scalar {
    ($($method:ident: $t:ty),*) => {
        $(fn $method(self, v: $t) -> Result<(), DebugError> {
            fmt::Debug::fmt(&v, self.f).map_err(Into::into)
        })*
    };
}

impl<'a, 'b> Serializer for DebugSerializer<'a, 'b> {
    type Ok = ();
    type Error = DebugError;
    type SerializeSeq = DebugSeq<'a, 'b>;
    type SerializeTuple = DebugSeq<'a, 'b>;
    type SerializeTupleStruct = DebugSeq<'a, 'b>;
    type SerializeTupleVariant = DebugSeq<'a, 'b>;
    type SerializeMap = DebugMap<'a, 'b>;
    type SerializeStruct = DebugMap<'a, 'b>;
    type SerializeStructVariant = DebugMap<'a, 'b>;

    debug_scalar!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64, serialize_f32: f32,
        serialize_f64: f64, serialize_char: char, serialize_str: &str, serialize_bytes: &[u8]);

    fn serialize_none(self) -> Result<(), DebugError> {
        self.f.write_str("None").map_err(Into::into)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), DebugError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), DebugError> {
        self.f.write_str("null").map_err(Into::into)
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), DebugError> {
        self.f.write_str(name).map_err(Into::into)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), DebugError> {
        self.f.write_str(variant).map_err(Into::into)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), DebugError> {
        value.serialize(DebugSerializer {
            f: self.f,
            name: Some(name),
        })
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), DebugError> {
        self.f
            .debug_tuple(variant)
            .field(&DebugValue(value))
            .finish()
            .map_err(Into::into)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<DebugSeq<'a, 'b>, DebugError> {
        Ok(DebugSeq {
            inner: self.f.debug_list(),
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<DebugSeq<'a, 'b>, DebugError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<DebugSeq<'a, 'b>, DebugError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        len: usize,
    ) -> Result<DebugSeq<'a, 'b>, DebugError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<DebugMap<'a, 'b>, DebugError> {
        Ok(match self.name {
            Some(name) => DebugMap::Struct(self.f.debug_struct(name), String::new()),
            None => DebugMap::Map(self.f.debug_map()),
        })
    }
    fn serialize_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<DebugMap<'a, 'b>, DebugError> {
        Ok(DebugMap::Struct(self.f.debug_struct(name), String::new()))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<DebugMap<'a, 'b>, DebugError> {
        Ok(DebugMap::Struct(
            self.f.debug_struct(variant),
            String::new(),
        ))
    }
}

struct DebugSeq<'a, 'b> {
    inner: fmt::DebugList<'a, 'b>,
}

impl ser::SerializeSeq for DebugSeq<'_, '_> {
    type Ok = ();
    type Error = DebugError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), DebugError> {
        self.inner.entry(&DebugValue(value));
        Ok(())
    }
    fn end(mut self) -> Result<(), DebugError> {
        self.inner.finish().map_err(Into::into)
    }
}

macro_rules! seq_like {
    ($($tr:ident :: $m:ident),*) => {$(
        impl ser::$tr for DebugSeq<'_, '_> {
            type Ok = ();
            type Error = DebugError;
            fn $m<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), DebugError> {
                ser::SerializeSeq::serialize_element(self, value)
            }
            fn end(self) -> Result<(), DebugError> {
                ser::SerializeSeq::end(self)
            }
        }
    )*};
}
seq_like!(
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

enum DebugMap<'a, 'b> {
    /// A named model: keys print bare (`RiskLevel: ...`). Holds the pending key.
    Struct(fmt::DebugStruct<'a, 'b>, String),
    /// Any other map: keys print quoted.
    Map(fmt::DebugMap<'a, 'b>),
}

impl ser::SerializeMap for DebugMap<'_, '_> {
    type Ok = ();
    type Error = DebugError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), DebugError> {
        match self {
            DebugMap::Struct(_, pending) => {
                *pending = key.serialize(KeyText)?;
            }
            DebugMap::Map(m) => {
                m.key(&DebugValue(key));
            }
        }
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), DebugError> {
        match self {
            DebugMap::Struct(s, pending) => {
                s.field(pending, &DebugValue(value));
            }
            DebugMap::Map(m) => {
                m.value(&DebugValue(value));
            }
        }
        Ok(())
    }
    fn end(self) -> Result<(), DebugError> {
        match self {
            DebugMap::Struct(mut s, _) => s.finish().map_err(Into::into),
            DebugMap::Map(mut m) => m.finish().map_err(Into::into),
        }
    }
}

impl ser::SerializeStruct for DebugMap<'_, '_> {
    type Ok = ();
    type Error = DebugError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), DebugError> {
        ser::SerializeMap::serialize_entry(self, key, value)
    }
    fn end(self) -> Result<(), DebugError> {
        ser::SerializeMap::end(self)
    }
}

impl ser::SerializeStructVariant for DebugMap<'_, '_> {
    type Ok = ();
    type Error = DebugError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), DebugError> {
        ser::SerializeMap::serialize_entry(self, key, value)
    }
    fn end(self) -> Result<(), DebugError> {
        ser::SerializeMap::end(self)
    }
}

/// Serializes a map key to its text.
struct KeyText;

impl Serializer for KeyText {
    type Ok = String;
    type Error = DebugError;
    type SerializeSeq = ser::Impossible<String, DebugError>;
    type SerializeTuple = ser::Impossible<String, DebugError>;
    type SerializeTupleStruct = ser::Impossible<String, DebugError>;
    type SerializeTupleVariant = ser::Impossible<String, DebugError>;
    type SerializeMap = ser::Impossible<String, DebugError>;
    type SerializeStruct = ser::Impossible<String, DebugError>;
    type SerializeStructVariant = ser::Impossible<String, DebugError>;

    fn serialize_str(self, v: &str) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_bool(self, v: bool) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_i8(self, v: i8) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_i16(self, v: i16) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_i32(self, v: i32) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_u16(self, v: u16) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_u32(self, v: u32) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_f32(self, v: f32) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_f64(self, v: f64) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_char(self, v: char) -> Result<String, DebugError> {
        Ok(v.to_string())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, DebugError> {
        Err(DebugError)
    }
    fn serialize_none(self) -> Result<String, DebugError> {
        Err(DebugError)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<String, DebugError> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<String, DebugError> {
        Err(DebugError)
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<String, DebugError> {
        Ok(name.to_string())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, DebugError> {
        Ok(variant.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<String, DebugError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, DebugError> {
        Err(DebugError)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, DebugError> {
        Err(DebugError)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, DebugError> {
        Err(DebugError)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, DebugError> {
        Err(DebugError)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, DebugError> {
        Err(DebugError)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, DebugError> {
        Err(DebugError)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, DebugError> {
        Err(DebugError)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, DebugError> {
        Err(DebugError)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Inner {
        name: Option<String>,
    }
    impl Fields for Inner {
        fn model_name(&self) -> &'static str {
            "Inner"
        }
        fn write_fields(&self, out: &mut dyn Out) {
            opt(out, "Name", &self.name);
        }
    }
    struct Outer {
        count: Option<i64>,
        missing: Option<i64>,
        items: Option<Vec<Inner>>,
        unknown: crate::UnknownFields,
    }
    impl Fields for Outer {
        fn model_name(&self) -> &'static str {
            "Outer"
        }
        fn write_fields(&self, out: &mut dyn Out) {
            opt(out, "Count", &self.count);
            opt(out, "Missing", &self.missing);
            opt(out, "Items", &self.items);
            out.unknown(&self.unknown);
        }
    }
    impl Serialize for Outer {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize(self, s)
        }
    }
    impl fmt::Debug for Outer {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            debug_value(self, f)
        }
    }

    fn sample() -> Outer {
        Outer {
            count: Some(2),
            missing: None,
            items: Some(vec![
                Inner {
                    name: Some("a".into()),
                },
                Inner { name: None },
            ]),
            unknown: crate::UnknownFields::new(),
        }
    }

    #[test]
    fn json_is_a_plain_map() {
        assert_eq!(
            serde_json::to_string(&sample()).unwrap(),
            r#"{"Count":2,"Items":[{"Name":"a"},{}]}"#
        );
        let mut with_extra = sample();
        with_extra
            .unknown
            .insert("Extra", serde_json::json!({"A": [1, 2.5, "x", null]}));
        with_extra.count = None;
        assert_eq!(
            String::from_utf8(to_json(&with_extra).unwrap()).unwrap(),
            r#"{"Items":[{"Name":"a"},{}],"Extra":{"A":[1,2.5,"x",null]}}"#
        );
    }

    /// A value that breaks the one-call rule gets an error, not a panic.
    struct Twice;
    impl Value for Twice {
        fn write(&self, w: &mut dyn Writer) {
            w.i64(1);
            w.i64(2);
        }
    }
    struct Silent;
    impl Value for Silent {
        fn write(&self, _: &mut dyn Writer) {}
    }

    #[test]
    fn misbehaving_values_are_errors() {
        let e = to_json(&Twice).unwrap_err().to_string();
        assert!(e.contains("wrote twice"), "{e}");
        let e = to_json(&Silent).unwrap_err().to_string();
        assert!(e.contains("wrote nothing"), "{e}");
        let e = to_json(&vec![Twice]).unwrap_err().to_string();
        assert!(e.contains("wrote twice"), "{e}");
    }

    #[test]
    fn debug_prints_set_members_by_name() {
        assert_eq!(
            format!("{:?}", sample()),
            r#"Outer { Count: 2, Items: [Inner { Name: "a" }, Inner] }"#
        );
        let pretty = format!("{:#?}", sample());
        assert!(pretty.contains("Outer {\n    Count: 2,\n"), "{pretty}");
    }
}
