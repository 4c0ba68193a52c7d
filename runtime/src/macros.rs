//! Macros the generated crates expand: the code every model and every enum
//! shares, written once here instead of once per type in the generated
//! source (which it made two thirds of).
//!
//! Not for hand-written code: their input is whatever the generator writes
//! and may change with it. Everything they expand to names its paths in
//! full (`::core::...`, `$crate::...`), because a service may define types
//! called `Option`, `String` or `Result` that would shadow the prelude at the
//! expansion site.
//!
//! Compile cost: no rule recurses over its input, so expansion is linear in
//! the members: one helper expansion per member (its setter), a few per
//! model and per enum.
//! The generator names these macros by their full path: reached through a
//! `use` alias (`rt::__model!`), each invocation cost rustc a re-resolution
//! when it finalizes macro resolutions (0.2 s of cwp's 8.5 s build). It
//! also writes the setters' docs itself (composing them here with
//! `concat!`/`stringify!` took three more expansions per member), and
//! generic functions (setters taking `impl Into<..>`, `serialize`) carry no
//! `#[inline]`: being generic, they are compiled only where called anyway.

/// The impls of a generated model, from its member table.
///
/// ```text
/// __model! {
///     Name "WireName", set open|gated, decode open|gated, default|required[0, 2];
///     // one line per member, in spec order (the order servers send them):
///     // index, wire name, field, presence (opt|req), setter shape and type, setter, optional list getter
///     /// Sets [`image_id`](Self::image_id).
///     0 "ImageId" image_id opt into(String) set_image_id;
///     /// Sets [`tags`](Self::tags).
///     1 "Tags" tags opt list(String) set_tags get tags;
/// }
/// ```
///
/// Shapes: `into(T)` takes `impl Into<T>`, `plain(T)` takes `T` (numbers
/// and booleans, so literals infer), `list(E)` any iterator of `impl
/// Into<E>`, `nlist(E)` any iterator of `E`, `boxed(T)` `impl Into<T>`
/// stored boxed. `gated` puts the setters (or the decoding impls) behind the
/// `all-directions` feature of the crate that expands it. `default` models
/// start decoding from `Default`; the others from placeholders, and must
/// receive their `required` members (indices into the table). An optional
/// `secret["Password", ...]` names the members `Debug` redacts.
///
/// Attributes before a member's index go on its setter: its doc (written by
/// the generator, which knows the bare name of a raw identifier like
/// `r#type`: rustdoc cannot resolve `Self::r#type`, and composing the text
/// here would cost three macro expansions per member) and `#[deprecated]`.
/// Those after `get` go on its getter.
#[doc(hidden)]
#[macro_export]
macro_rules! __model {
    (
        $name:ident $wire:literal, set $set:ident, decode $decode:ident, $empty:ident [$($req:literal),*] $(, secret [$($secret:literal),*])?;
        $( $(#$attr:tt)* $i:literal $w:literal $f:ident $p:ident $s:ident $t:tt $setter:ident $(get $(#$gattr:tt)* $getter:ident)? ; )*
    ) => {
        $crate::__gated! { $set
            impl $name {
                $( $crate::__setter! { [$(#$attr)*] $p $s $t $f $setter } )*
            }
        }
        // An impl block per getter (lists only): most models have none,
        // and an empty block still costs the compiler an item.
        $( $( $crate::__getter! { $name [$(#$gattr)*] $p $t $f $getter } )? )*
        impl ::core::fmt::Debug for $name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::ser::debug_value(self, f)
            }
        }
        impl $crate::ser::Fields for $name {
            fn model_name(&self) -> &'static str {
                $wire
            }
            fn write_fields(&self, out: &mut dyn $crate::ser::Out) {
                $( $crate::ser::$p(out, $w, &self.$f); )*
                out.unknown(&self.unknown_fields);
            }
            $(
                fn sensitive_members(&self) -> &'static [&'static str] {
                    &[$($secret),*]
                }
            )?
        }
        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::ser::serialize(self, serializer)
            }
        }
        $crate::__gated! { $decode
            impl $crate::de::Model for $name {
                fn table(&self) -> $crate::de::Table {
                    $crate::de::Table {
                        members: &[$($w),*],
                        required: &[$($req),*],
                    }
                }
                $crate::__empty!($empty $name { $($f)* });
                fn member(
                    &mut self,
                    index: usize,
                    input: &mut dyn $crate::de::Input,
                ) -> ::core::result::Result<bool, $crate::de::Failed> {
                    match index {
                        $( $i => $crate::de::$p(input, &mut self.$f), )*
                        _ => {
                            let _ = input;
                            ::core::result::Result::Ok(false)
                        }
                    }
                }
                fn unknown_fields_mut(&mut self) -> &mut $crate::UnknownFields {
                    &mut self.unknown_fields
                }
            }
        }
        // Only input-only models have required members to fill with
        // placeholders, and they decode only with `all-directions`.
        $crate::__gated! { gated
            impl $crate::de::Placeholder for $name {
                #[inline]
                fn placeholder() -> Self {
                    <Self as $crate::de::Model>::empty()
                }
            }
        }
        $crate::__gated! { $decode
            impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
                fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                    d: D,
                ) -> ::core::result::Result<Self, D::Error> {
                    $crate::de::deserialize_root(d)
                }
            }
        }
    };
}

/// One item, or the same item only with the `all-directions` feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __gated {
    (open $($item:tt)*) => { $($item)* };
    (gated $($item:tt)*) => { #[cfg(feature = "all-directions")] $($item)* };
}

/// `Model::empty`: the default, or placeholders for every member.
#[doc(hidden)]
#[macro_export]
macro_rules! __empty {
    (default $name:ident { $($f:ident)* }) => {
        fn empty() -> Self {
            <Self as ::core::default::Default>::default()
        }
    };
    (required $name:ident { $($f:ident)* }) => {
        fn empty() -> Self {
            $name {
                $( $f: $crate::de::Placeholder::placeholder(), )*
                unknown_fields: $crate::UnknownFields::new(),
            }
        }
    };
}

/// One setter of [`__model`].
#[doc(hidden)]
#[macro_export]
macro_rules! __setter {
    // Most frequent first: rules are tried in order.
    ([$(#$attr:tt)*] opt into ($($t:tt)+) $f:ident $setter:ident) => {
        $(#$attr)*
        pub fn $setter(mut self, value: impl ::core::convert::Into<$($t)+>) -> Self {
            self.$f = ::core::option::Option::Some(::core::convert::Into::into(value));
            self
        }
    };
    ([$(#$attr:tt)*] opt plain ($($t:tt)+) $f:ident $setter:ident) => {
        $(#$attr)*
        #[inline]
        pub fn $setter(mut self, value: $($t)+) -> Self {
            self.$f = ::core::option::Option::Some(value);
            self
        }
    };
    ([$(#$attr:tt)*] opt list ($($t:tt)+) $f:ident $setter:ident) => {
        $(#$attr)*
        pub fn $setter(mut self, value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<$($t)+>>) -> Self {
            self.$f = ::core::option::Option::Some($crate::model::collect(value));
            self
        }
    };
    ([$(#$attr:tt)*] req into ($($t:tt)+) $f:ident $setter:ident) => {
        $(#$attr)*
        pub fn $setter(mut self, value: impl ::core::convert::Into<$($t)+>) -> Self {
            self.$f = ::core::convert::Into::into(value);
            self
        }
    };
    ([$(#$attr:tt)*] opt nlist ($($t:tt)+) $f:ident $setter:ident) => {
        $(#$attr)*
        pub fn $setter(mut self, value: impl ::core::iter::IntoIterator<Item = $($t)+>) -> Self {
            self.$f = ::core::option::Option::Some($crate::model::collect(value));
            self
        }
    };
    ([$(#$attr:tt)*] req plain ($($t:tt)+) $f:ident $setter:ident) => {
        $(#$attr)*
        #[inline]
        pub fn $setter(mut self, value: $($t)+) -> Self {
            self.$f = value;
            self
        }
    };
    ([$(#$attr:tt)*] req list ($($t:tt)+) $f:ident $setter:ident) => {
        $(#$attr)*
        pub fn $setter(mut self, value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<$($t)+>>) -> Self {
            self.$f = $crate::model::collect(value);
            self
        }
    };
    ([$(#$attr:tt)*] req nlist ($($t:tt)+) $f:ident $setter:ident) => {
        $(#$attr)*
        pub fn $setter(mut self, value: impl ::core::iter::IntoIterator<Item = $($t)+>) -> Self {
            self.$f = $crate::model::collect(value);
            self
        }
    };
    ([$(#$attr:tt)*] opt boxed ($($t:tt)+) $f:ident $setter:ident) => {
        $(#$attr)*
        pub fn $setter(mut self, value: impl ::core::convert::Into<$($t)+>) -> Self {
            self.$f = ::core::option::Option::Some($crate::__private::Box::new(::core::convert::Into::into(value)));
            self
        }
    };
    ([$(#$attr:tt)*] req boxed ($($t:tt)+) $f:ident $setter:ident) => {
        $(#$attr)*
        pub fn $setter(mut self, value: impl ::core::convert::Into<$($t)+>) -> Self {
            self.$f = $crate::__private::Box::new(::core::convert::Into::into(value));
            self
        }
    };
}

/// One list getter of [`__model`]: the list as a slice, empty when absent.
#[doc(hidden)]
#[macro_export]
macro_rules! __getter {
    ($name:ident [$(#$attr:tt)*] opt ($($t:tt)+) $f:ident $getter:ident) => {
        impl $name {
            /// The member of the same name as a slice, empty when absent.
            $(#$attr)*
            #[inline]
            pub fn $getter(&self) -> &[$($t)+] {
                match &self.$f {
                    ::core::option::Option::Some(v) => v.as_slice(),
                    ::core::option::Option::None => &[],
                }
            }
        }
    };
    ($name:ident [$(#$attr:tt)*] req ($($t:tt)+) $f:ident $getter:ident) => {
        impl $name {
            /// The member of the same name as a slice.
            $(#$attr)*
            #[inline]
            pub fn $getter(&self) -> &[$($t)+] {
                self.$f.as_slice()
            }
        }
    };
}

/// A generated open enum: the type, its documented values, and the impls
/// every enum shares (conversions, `Display`, `FromStr`, encoding and
/// lenient decoding through [`OpenEnum`](crate::OpenEnum)).
///
/// ```text
/// __open_enum! {
///     /// Docs.
///     pub enum RiskLevel: str {
///         /// `RISK_HIGH`: high
///         RiskHigh = "RISK_HIGH",
///     }
/// }
/// ```
///
/// `str` enums are sent as JSON strings, `int` enums as JSON integers
/// (their values written as unsuffixed integer literals).
#[doc(hidden)]
#[macro_export]
macro_rules! __open_enum {
    (
        $(#$attr:tt)*
        pub enum $name:ident: str {
            $( $(#$vattr:tt)* $v:ident = $wire:literal, )*
        }
    ) => {
        $crate::__open_enum!(@type [$(#$attr)*] $name { $( [$(#$vattr)*] $v )* });
        impl $name {
            /// Every documented value, as sent on the wire.
            pub const VALUES: &'static [&'static str] = &[$($wire),*];
            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$v => $wire, )*
                    Self::UnknownValue(v) => v.as_str(),
                }
            }
            /// The documented variant for `s`, if any (exact match).
            pub fn try_parse(s: &str) -> ::core::option::Option<Self> {
                match s {
                    $( $wire => ::core::option::Option::Some(Self::$v), )*
                    _ => ::core::option::Option::None,
                }
            }
        }
        impl ::core::convert::From<&str> for $name {
            fn from(s: &str) -> Self {
                match Self::try_parse(s) {
                    ::core::option::Option::Some(v) => v,
                    ::core::option::Option::None => Self::UnknownValue($crate::UnknownValue::string(s)),
                }
            }
        }
        impl $crate::ser::Value for $name {
            fn write(&self, w: &mut dyn $crate::ser::Writer) {
                match self {
                    Self::UnknownValue(v) => v.write_to(w),
                    other => w.str(other.as_str()),
                }
            }
        }
        impl $crate::OpenEnum for $name {
            const INTEGER: bool = false;
            const NAME: &'static str = ::core::stringify!($name);
            fn from_wire_str(s: &str) -> Self {
                <Self as ::core::convert::From<&str>>::from(s)
            }
            fn from_wire_int(v: i64) -> Self {
                $crate::enums::str_enum_from_int(v)
            }
            fn unknown(v: $crate::UnknownValue) -> Self {
                Self::UnknownValue(v)
            }
        }

        $crate::__open_enum!(@common $name);
    };
    (
        $(#$attr:tt)*
        pub enum $name:ident: int {
            $( $(#$vattr:tt)* $v:ident = $value:literal, )*
        }
    ) => {
        $crate::__open_enum!(@type [$(#$attr)*] $name { $( [$(#$vattr)*] $v )* });
        impl $name {
            /// Every documented value.
            pub const VALUES: &'static [i64] = &[$($value),*];
            /// The integer value, `None` for an undocumented non-integer value.
            #[inline]
            pub fn value(&self) -> ::core::option::Option<i64> {
                match self {
                    $( Self::$v => ::core::option::Option::Some($value), )*
                    Self::UnknownValue(v) => v.as_str().parse().ok(),
                }
            }
            /// The value as text (`"0"`).
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$v => ::core::stringify!($value), )*
                    Self::UnknownValue(v) => v.as_str(),
                }
            }
            /// The documented variant for `value`, if any.
            pub fn try_from_value(value: i64) -> ::core::option::Option<Self> {
                match value {
                    $( $value => ::core::option::Option::Some(Self::$v), )*
                    _ => ::core::option::Option::None,
                }
            }
        }
        impl ::core::convert::From<i64> for $name {
            fn from(value: i64) -> Self {
                match Self::try_from_value(value) {
                    ::core::option::Option::Some(v) => v,
                    ::core::option::Option::None => Self::UnknownValue($crate::UnknownValue::number(value)),
                }
            }
        }
        impl ::core::convert::From<&str> for $name {
            fn from(s: &str) -> Self {
                $crate::enums::int_enum_from_str(s)
            }
        }
        impl $crate::ser::Value for $name {
            fn write(&self, w: &mut dyn $crate::ser::Writer) {
                match self {
                    Self::UnknownValue(v) => v.write_to(w),
                    other => w.i64(other.value().unwrap_or_default()),
                }
            }
        }
        impl $crate::OpenEnum for $name {
            const INTEGER: bool = true;
            const NAME: &'static str = ::core::stringify!($name);
            fn from_wire_str(s: &str) -> Self {
                <Self as ::core::convert::From<&str>>::from(s)
            }
            fn from_wire_int(v: i64) -> Self {
                <Self as ::core::convert::From<i64>>::from(v)
            }
            fn unknown(v: $crate::UnknownValue) -> Self {
                Self::UnknownValue(v)
            }
        }

        $crate::__open_enum!(@common $name);
    };
    // What both codings share; one expansion per enum (inlined twice it was
    // the same fifty lines in two places).
    (@common $name:ident) => {
        impl ::core::fmt::Display for $name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;
            #[inline]
            fn from_str(s: &str) -> ::core::result::Result<Self, ::core::convert::Infallible> {
                ::core::result::Result::Ok(<Self as ::core::convert::From<&str>>::from(s))
            }
        }
        impl ::core::convert::From<$crate::__private::String> for $name {
            #[inline]
            fn from(s: $crate::__private::String) -> Self {
                <Self as ::core::convert::From<&str>>::from(s.as_str())
            }
        }
        impl $crate::de::Decode for $name {
            const EXPECTED: &'static str =
                $crate::enums::expected(<Self as $crate::OpenEnum>::INTEGER);
            fn decode_from(
                input: &mut dyn $crate::de::Input,
            ) -> ::core::result::Result<::core::option::Option<Self>, $crate::de::Failed> {
                $crate::enums::decode_enum(input)
            }
        }
        // Needed only by input-only models' decoding (`all-directions`).
        #[cfg(feature = "all-directions")]
        impl $crate::de::Placeholder for $name {
            #[inline]
            fn placeholder() -> Self {
                Self::UnknownValue($crate::UnknownValue::string(""))
            }
        }
        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                s: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::ser::serialize(self, s)
            }
        }
        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                d: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::de::deserialize_root(d)
            }
        }
    };
    // The type itself, with the variant that keeps undocumented values.
    (@type [$(#$attr:tt)*] $name:ident { $( [$(#$vattr:tt)*] $v:ident )* }) => {
        $(#$attr)*
        #[derive(
            ::core::clone::Clone,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::fmt::Debug
        )]
        #[non_exhaustive]
        pub enum $name {
            $( $(#$vattr)* $v, )*
            /// A value this SDK does not document, kept verbatim.
            UnknownValue($crate::UnknownValue),
        }
    };
}
