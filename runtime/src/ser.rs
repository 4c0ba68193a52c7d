//! Serialization support for generated models, and their `Debug` output.
//!
//! A generated model implements [`Fields`] (one `serialize_entry` per member
//! that is set) and serializes as
//! `serialize_newtype_struct(NAME, map of fields)`, which JSON and other
//! self-describing formats treat as just the map.
//!
//! `Debug` is derived from the same code: [`debug`] runs the model through a
//! serializer that drives `Formatter::debug_struct`, so it prints only the
//! members that are set, under their wire names, nested models by name, and
//! honours `{:#?}`. This keeps generated code small: no per-member `Debug`
//! code (which cost several seconds of compile time per large service).

use serde::ser::{self, Serialize, SerializeMap, Serializer};
use std::fmt;

/// The members of a generated model.
pub trait Fields {
    /// The model's name (`RiskProcessEvent`), shown by `Debug`.
    const NAME: &'static str;

    /// Write every member that is set, then the unknown members.
    fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

/// Serialize a model: generated `Serialize` impls call this.
#[inline]
pub fn serialize_model<T: Fields, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_newtype_struct(T::NAME, &Body(value))
}

struct Body<'a, T>(&'a T);

impl<T: Fields> Serialize for Body<'_, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        self.0.serialize_fields(&mut map)?;
        map.end()
    }
}

/// Writes members into a map, remembering the first error so generated code
/// needs no `?` per member.
pub struct FieldSink<'m, M: SerializeMap> {
    map: &'m mut M,
    error: Option<M::Error>,
}

impl<'m, M: SerializeMap> FieldSink<'m, M> {
    /// Start writing into `map`.
    #[inline]
    pub fn new(map: &'m mut M) -> Self {
        FieldSink { map, error: None }
    }

    /// An optional member, written when set.
    #[inline]
    pub fn opt<T: Serialize>(&mut self, name: &'static str, value: &Option<T>) {
        if let (None, Some(v)) = (&self.error, value) {
            if let Err(e) = self.map.serialize_entry(name, v) {
                self.error = Some(e);
            }
        }
    }

    /// A member that is always present.
    #[inline]
    pub fn req<T: Serialize>(&mut self, name: &'static str, value: &T) {
        if self.error.is_none() {
            if let Err(e) = self.map.serialize_entry(name, value) {
                self.error = Some(e);
            }
        }
    }

    /// The unknown members, then the first error if any.
    #[inline]
    pub fn finish(self, unknown: &crate::UnknownFields) -> Result<(), M::Error> {
        match self.error {
            Some(e) => Err(e),
            None => unknown.serialize_into(self.map),
        }
    }
}

/// Write an optional member if it is set.
#[inline]
pub fn opt<M: SerializeMap, T: Serialize>(
    map: &mut M,
    name: &'static str,
    value: &Option<T>,
) -> Result<(), M::Error> {
    match value {
        Some(v) => map.serialize_entry(name, v),
        None => Ok(()),
    }
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
        const NAME: &'static str = "Inner";
        fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
            opt(map, "Name", &self.name)
        }
    }
    impl Serialize for Inner {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize_model(self, s)
        }
    }
    struct Outer {
        count: Option<i64>,
        missing: Option<i64>,
        items: Option<Vec<Inner>>,
    }
    impl Fields for Outer {
        const NAME: &'static str = "Outer";
        fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
            opt(map, "Count", &self.count)?;
            opt(map, "Missing", &self.missing)?;
            opt(map, "Items", &self.items)
        }
    }
    impl Serialize for Outer {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize_model(self, s)
        }
    }
    impl fmt::Debug for Outer {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            debug(self, f)
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
        }
    }

    #[test]
    fn json_is_a_plain_map() {
        assert_eq!(
            serde_json::to_string(&sample()).unwrap(),
            r#"{"Count":2,"Items":[{"Name":"a"},{}]}"#
        );
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
