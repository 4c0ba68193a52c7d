//! `enums.rs`: open enums from the reviewed `enums.json`.

use super::{doc, ident};
use crate::ir::{Enum, Service};
use proc_macro2::TokenStream;
use quote::quote;

pub fn file(service: &Service) -> TokenStream {
    let enums = service.enums.iter().map(open_enum);
    quote! {
        //! Enumerations documented in the spec (from the reviewed `enums.json`).
        #(#enums)*
    }
}

fn enum_doc(e: &Enum) -> String {
    let mut d = if e.doc.is_empty() {
        format!("Values of `{}`.", e.name)
    } else {
        e.doc.clone()
    };
    let users: Vec<String> = e
        .members
        .iter()
        .map(|m| match m.split_once('.') {
            Some((obj, member)) => format!("`{obj}.{member}`"),
            None => format!("`{m}`"),
        })
        .collect();
    d.push_str(&format!("\n\nUsed by {}.", users.join(", ")));
    d.push_str(&format!(
        "\n\nOpen: a value this SDK does not document decodes to `UnknownValue` and \
         serializes back unchanged, so new server values never fail a response. Match \
         with a wildcard arm: `{}::UnknownValue(_) | _ => ...`.",
        e.name
    ));
    if e.integer {
        d.push_str(" Sent as a JSON integer.");
    } else {
        d.push_str(" Sent as a JSON string.");
    }
    d
}

fn open_enum(e: &Enum) -> TokenStream {
    let name = ident(&e.name);
    let ename = &e.name;
    let edoc = doc(&enum_doc(e));
    let variants = e.values.iter().map(|v| {
        let var = ident(&v.variant);
        let text = if v.doc.is_empty() {
            format!("`{}`.", v.wire)
        } else {
            format!("`{}`: {}", v.wire, v.doc)
        };
        let d = doc(&text);
        quote!(#d #var,)
    });
    let as_str_arms = e.values.iter().map(|v| {
        let var = ident(&v.variant);
        let w = &v.wire;
        quote!(Self::#var => #w,)
    });

    let common = quote! {
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            // Not `Self::Err`: it is ambiguous when a variant is named `Err` (monitor's `Health`).
            fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
                ::std::result::Result::Ok(<Self as ::std::convert::From<&str>>::from(s))
            }
        }
        impl ::std::convert::From<::std::string::String> for #name {
            fn from(s: ::std::string::String) -> Self {
                <Self as ::std::convert::From<&str>>::from(s.as_str())
            }
        }
        impl ::tencentcloud_runtime::de::Decode for #name {
            const EXPECTED: &'static str = ::tencentcloud_runtime::enums::expected(<Self as ::tencentcloud_runtime::OpenEnum>::INTEGER);
            #[inline]
            fn decode<'de, D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<::std::option::Option<Self>, D::Error> {
                ::tencentcloud_runtime::enums::decode_enum(d)
            }
        }
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                ::tencentcloud_runtime::de::deserialize_root(d)
            }
        }
    };

    if e.integer {
        let values: Vec<i64> = e
            .values
            .iter()
            .map(|v| v.wire.parse::<i64>().unwrap_or_default())
            .collect();
        let value_arms = e.values.iter().zip(&values).map(|(v, n)| {
            let var = ident(&v.variant);
            quote!(Self::#var => ::std::option::Option::Some(#n),)
        });
        let from_arms = e.values.iter().zip(&values).map(|(v, n)| {
            let var = ident(&v.variant);
            quote!(#n => ::std::option::Option::Some(Self::#var),)
        });
        quote! {
            #edoc
            #[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::std::cmp::Eq, ::std::hash::Hash, ::std::fmt::Debug)]
            #[non_exhaustive]
            pub enum #name {
                #(#variants)*
                /// A value this SDK does not document, kept verbatim.
                UnknownValue(::tencentcloud_runtime::UnknownValue),
            }
            impl #name {
                /// Every documented value.
                pub const VALUES: &'static [i64] = &[#(#values),*];
                /// The integer value, `None` for an undocumented non-integer value.
                pub fn value(&self) -> ::std::option::Option<i64> {
                    match self {
                        #(#value_arms)*
                        Self::UnknownValue(v) => v.as_str().parse().ok(),
                    }
                }
                /// The value as text (`"0"`).
                pub fn as_str(&self) -> &str {
                    match self {
                        #(#as_str_arms)*
                        Self::UnknownValue(v) => v.as_str(),
                    }
                }
                /// The documented variant for `value`, if any.
                pub fn try_from_value(value: i64) -> ::std::option::Option<Self> {
                    match value {
                        #(#from_arms)*
                        _ => ::std::option::Option::None,
                    }
                }
            }
            impl ::std::convert::From<i64> for #name {
                fn from(value: i64) -> Self {
                    match Self::try_from_value(value) {
                        ::std::option::Option::Some(v) => v,
                        ::std::option::Option::None => Self::UnknownValue(::tencentcloud_runtime::UnknownValue::number(value)),
                    }
                }
            }
            impl ::std::convert::From<&str> for #name {
                fn from(s: &str) -> Self {
                    ::tencentcloud_runtime::enums::int_enum_from_str(s)
                }
            }
            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                    match self {
                        Self::UnknownValue(v) => v.serialize(s),
                        other => s.serialize_i64(other.value().unwrap_or_default()),
                    }
                }
            }
            impl ::tencentcloud_runtime::OpenEnum for #name {
                const INTEGER: bool = true;
                const NAME: &'static str = #ename;
                fn from_wire_str(s: &str) -> Self {
                    <Self as ::std::convert::From<&str>>::from(s)
                }
                fn from_wire_int(v: i64) -> Self {
                    <Self as ::std::convert::From<i64>>::from(v)
                }
                fn unknown(v: ::tencentcloud_runtime::UnknownValue) -> Self {
                    Self::UnknownValue(v)
                }
            }
            #common
        }
    } else {
        let wires: Vec<&str> = e.values.iter().map(|v| v.wire.as_str()).collect();
        let parse_arms = e.values.iter().map(|v| {
            let var = ident(&v.variant);
            let w = &v.wire;
            quote!(#w => ::std::option::Option::Some(Self::#var),)
        });
        quote! {
            #edoc
            #[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::std::cmp::Eq, ::std::hash::Hash, ::std::fmt::Debug)]
            #[non_exhaustive]
            pub enum #name {
                #(#variants)*
                /// A value this SDK does not document, kept verbatim.
                UnknownValue(::tencentcloud_runtime::UnknownValue),
            }
            impl #name {
                /// Every documented value, as sent on the wire.
                pub const VALUES: &'static [&'static str] = &[#(#wires),*];
                /// The wire value.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(#as_str_arms)*
                        Self::UnknownValue(v) => v.as_str(),
                    }
                }
                /// The documented variant for `s`, if any (exact match).
                pub fn try_parse(s: &str) -> ::std::option::Option<Self> {
                    match s {
                        #(#parse_arms)*
                        _ => ::std::option::Option::None,
                    }
                }
            }
            impl ::std::convert::From<&str> for #name {
                fn from(s: &str) -> Self {
                    match Self::try_parse(s) {
                        ::std::option::Option::Some(v) => v,
                        ::std::option::Option::None => Self::UnknownValue(::tencentcloud_runtime::UnknownValue::string(s)),
                    }
                }
            }
            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                    match self {
                        Self::UnknownValue(v) => v.serialize(s),
                        other => s.serialize_str(other.as_str()),
                    }
                }
            }
            impl ::tencentcloud_runtime::OpenEnum for #name {
                const INTEGER: bool = false;
                const NAME: &'static str = #ename;
                fn from_wire_str(s: &str) -> Self {
                    <Self as ::std::convert::From<&str>>::from(s)
                }
                fn from_wire_int(v: i64) -> Self {
                    <Self as ::std::convert::From<&str>>::from(v.to_string().as_str())
                }
                fn unknown(v: ::tencentcloud_runtime::UnknownValue) -> Self {
                    Self::UnknownValue(v)
                }
            }
            #common
        }
    }
}
