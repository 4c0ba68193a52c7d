//! `enums.rs`: open enums from the reviewed `enums.json`.
//!
//! Every enum has the same dozen impls, so they are [`Template`]s parsed
//! once per service (see [`super::template`]). The conversions are
//! `#[inline]`, so only the ones something calls are compiled.

use super::template::{str_lit, Hole, Template};
use super::{ident, Docs, FileWriter};
use crate::ir::{Enum, Service};
use proc_macro2::{Literal, Span};
use quote::quote;
use syn::{Expr, ExprLit, Item, ItemImpl, Lit, LitInt, Pat};

pub fn file(service: &Service, header: &str) -> String {
    let head: syn::File = syn::parse_quote! {
        //! Enumerations documented in the spec (from the reviewed `enums.json`).
    };
    let mut out = FileWriter::new(header);
    out.file(&head);
    let t = Templates::new();
    for e in &service.enums {
        let mut items = Vec::with_capacity(12);
        t.open_enum(e, &mut items, out.docs());
        out.items(items);
    }
    out.finish()
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

struct Templates {
    declaration: Template<syn::ItemEnum>,
    string_inherent: Template<ItemImpl>,
    integer_inherent: Template<ItemImpl>,
    as_str_arm: Template<syn::Arm>,
    parse_arm: Template<syn::Arm>,
    value_arm: Template<syn::Arm>,
    from_value_arm: Template<syn::Arm>,
    /// Impls that differ only by the enum's name, string-coded enums.
    string_impls: Vec<Template<ItemImpl>>,
    /// The same for integer-coded enums.
    integer_impls: Vec<Template<ItemImpl>>,
    /// Impls both codings share, after the coding's own.
    common_impls: Vec<Template<ItemImpl>>,
}

impl Templates {
    fn new() -> Templates {
        let common = vec![
            Template::new(quote! {
                impl ::std::fmt::Display for __name {
                    #[inline]
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }
            }),
            Template::new(quote! {
                impl ::std::str::FromStr for __name {
                    type Err = ::std::convert::Infallible;
                    // Not `Self::Err`: it is ambiguous when a variant is named `Err` (monitor's `Health`).
                    #[inline]
                    fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
                        ::std::result::Result::Ok(<Self as ::std::convert::From<&str>>::from(s))
                    }
                }
            }),
            Template::new(quote! {
                impl ::std::convert::From<::std::string::String> for __name {
                    #[inline]
                    fn from(s: ::std::string::String) -> Self {
                        <Self as ::std::convert::From<&str>>::from(s.as_str())
                    }
                }
            }),
            Template::new(quote! {
                impl ::tencentcloud_runtime::de::Decode for __name {
                    const EXPECTED: &'static str = ::tencentcloud_runtime::enums::expected(<Self as ::tencentcloud_runtime::OpenEnum>::INTEGER);
                    fn decode_from(input: &mut dyn ::tencentcloud_runtime::de::Input) -> ::std::result::Result<::std::option::Option<Self>, ::tencentcloud_runtime::de::Failed> {
                        ::tencentcloud_runtime::enums::decode_enum(input)
                    }
                }
            }),
            Template::new(quote! {
                impl ::serde::Serialize for __name {
                    #[inline]
                    fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                        ::tencentcloud_runtime::ser::serialize(self, s)
                    }
                }
            }),
            Template::new(quote! {
                impl<'de> ::serde::Deserialize<'de> for __name {
                    fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                        ::tencentcloud_runtime::de::deserialize_root(d)
                    }
                }
            }),
        ];
        let integer = vec![
            Template::new(quote! {
                impl ::std::convert::From<i64> for __name {
                    #[inline]
                    fn from(value: i64) -> Self {
                        match Self::try_from_value(value) {
                            ::std::option::Option::Some(v) => v,
                            ::std::option::Option::None => Self::UnknownValue(::tencentcloud_runtime::UnknownValue::number(value)),
                        }
                    }
                }
            }),
            Template::new(quote! {
                impl ::std::convert::From<&str> for __name {
                    #[inline]
                    fn from(s: &str) -> Self {
                        ::tencentcloud_runtime::enums::int_enum_from_str(s)
                    }
                }
            }),
            Template::new(quote! {
                impl ::tencentcloud_runtime::ser::Value for __name {
                    fn write(&self, w: &mut dyn ::tencentcloud_runtime::ser::Writer) {
                        match self {
                            Self::UnknownValue(v) => v.write_to(w),
                            other => w.i64(other.value().unwrap_or_default()),
                        }
                    }
                }
            }),
            Template::new(quote! {
                impl ::tencentcloud_runtime::OpenEnum for __name {
                    const INTEGER: bool = true;
                    const NAME: &'static str = "__ename";
                    #[inline]
                    fn from_wire_str(s: &str) -> Self {
                        <Self as ::std::convert::From<&str>>::from(s)
                    }
                    #[inline]
                    fn from_wire_int(v: i64) -> Self {
                        <Self as ::std::convert::From<i64>>::from(v)
                    }
                    #[inline]
                    fn unknown(v: ::tencentcloud_runtime::UnknownValue) -> Self {
                        Self::UnknownValue(v)
                    }
                }
            }),
        ];
        let string = vec![
            Template::new(quote! {
                impl ::std::convert::From<&str> for __name {
                    #[inline]
                    fn from(s: &str) -> Self {
                        match Self::try_parse(s) {
                            ::std::option::Option::Some(v) => v,
                            ::std::option::Option::None => Self::UnknownValue(::tencentcloud_runtime::UnknownValue::string(s)),
                        }
                    }
                }
            }),
            Template::new(quote! {
                impl ::tencentcloud_runtime::ser::Value for __name {
                    fn write(&self, w: &mut dyn ::tencentcloud_runtime::ser::Writer) {
                        match self {
                            Self::UnknownValue(v) => v.write_to(w),
                            other => w.str(other.as_str()),
                        }
                    }
                }
            }),
            Template::new(quote! {
                impl ::tencentcloud_runtime::OpenEnum for __name {
                    const INTEGER: bool = false;
                    const NAME: &'static str = "__ename";
                    #[inline]
                    fn from_wire_str(s: &str) -> Self {
                        <Self as ::std::convert::From<&str>>::from(s)
                    }
                    #[inline]
                    fn from_wire_int(v: i64) -> Self {
                        <Self as ::std::convert::From<&str>>::from(v.to_string().as_str())
                    }
                    #[inline]
                    fn unknown(v: ::tencentcloud_runtime::UnknownValue) -> Self {
                        Self::UnknownValue(v)
                    }
                }
            }),
        ];
        Templates {
            declaration: Template::new(quote! {
                #[__docs]
                #[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::std::cmp::Eq, ::std::hash::Hash, ::std::fmt::Debug)]
                #[non_exhaustive]
                pub enum __name {
                    __variants,
                    /// A value this SDK does not document, kept verbatim.
                    UnknownValue(::tencentcloud_runtime::UnknownValue),
                }
            }),
            string_inherent: Template::new(quote! {
                impl __name {
                    /// Every documented value, as sent on the wire.
                    pub const VALUES: &'static [&'static str] = &[__values];
                    /// The wire value.
                    #[inline]
                    pub fn as_str(&self) -> &str {
                        match self {
                            __as_str => {}
                            Self::UnknownValue(v) => v.as_str(),
                        }
                    }
                    /// The documented variant for `s`, if any (exact match).
                    #[inline]
                    pub fn try_parse(s: &str) -> ::std::option::Option<Self> {
                        match s {
                            __parse => {}
                            _ => ::std::option::Option::None,
                        }
                    }
                }
            }),
            integer_inherent: Template::new(quote! {
                impl __name {
                    /// Every documented value.
                    pub const VALUES: &'static [i64] = &[__values];
                    /// The integer value, `None` for an undocumented non-integer value.
                    #[inline]
                    pub fn value(&self) -> ::std::option::Option<i64> {
                        match self {
                            __value => {}
                            Self::UnknownValue(v) => v.as_str().parse().ok(),
                        }
                    }
                    /// The value as text (`"0"`).
                    #[inline]
                    pub fn as_str(&self) -> &str {
                        match self {
                            __as_str => {}
                            Self::UnknownValue(v) => v.as_str(),
                        }
                    }
                    /// The documented variant for `value`, if any.
                    #[inline]
                    pub fn try_from_value(value: i64) -> ::std::option::Option<Self> {
                        match value {
                            __from_value => {}
                            _ => ::std::option::Option::None,
                        }
                    }
                }
            }),
            as_str_arm: Template::new(quote!(Self::__var => "__wire",)),
            parse_arm: Template::new(quote!("__wire" => ::std::option::Option::Some(Self::__var),)),
            value_arm: Template::new(quote!(Self::__var => ::std::option::Option::Some(__n),)),
            from_value_arm: Template::new(quote!(__n => ::std::option::Option::Some(Self::__var),)),
            string_impls: string,
            integer_impls: integer,
            common_impls: common,
        }
    }

    fn open_enum(&self, e: &Enum, out: &mut Vec<Item>, docs: &mut Docs) {
        let name = || Hole::Ident(ident(&e.name));
        let variants: Vec<syn::Variant> = e
            .values
            .iter()
            .map(|v| {
                let text = if v.doc.is_empty() {
                    format!("`{}`.", v.wire)
                } else {
                    format!("`{}`: {}", v.wire, v.doc)
                };
                syn::Variant {
                    attrs: docs.attrs(&text),
                    ident: ident(&v.variant),
                    fields: syn::Fields::Unit,
                    discriminant: None,
                }
            })
            .collect();
        out.push(Item::Enum(self.declaration.fill(vec![
            ("__docs", Hole::Attrs(docs.attrs(&enum_doc(e)))),
            ("__name", name()),
            ("__variants", Hole::Variants(variants)),
        ])));
        let var = |v: &crate::ir::EnumValue| Hole::Ident(ident(&v.variant));
        // One arm per value from a template with the holes `__var` and `__wire`.
        let wire_arms = |t: &Template<syn::Arm>| -> Vec<syn::Arm> {
            e.values
                .iter()
                .map(|v| {
                    t.fill(vec![
                        ("__var", var(v)),
                        ("__wire", Hole::Str(v.wire.clone())),
                    ])
                })
                .collect()
        };
        let as_str = wire_arms(&self.as_str_arm);
        let impls = if e.integer {
            // As `quote!` writes an `i64`: a suffixed literal (`2i64`).
            let literal = |v: &crate::ir::EnumValue| {
                Lit::new(Literal::i64_suffixed(
                    v.wire.parse::<i64>().unwrap_or_default(),
                ))
            };
            // As tokens parse: a negative value is `-` applied to a literal
            // in an expression, a negative literal in a pattern.
            let expr = |v: &crate::ir::EnumValue| {
                let n = v.wire.parse::<i64>().unwrap_or_default();
                let magnitude = Expr::Lit(ExprLit {
                    attrs: Vec::new(),
                    lit: Lit::Int(LitInt::new(
                        &format!("{}i64", n.unsigned_abs()),
                        Span::call_site(),
                    )),
                });
                if n < 0 {
                    Expr::Unary(syn::ExprUnary {
                        attrs: Vec::new(),
                        op: syn::UnOp::Neg(Default::default()),
                        expr: Box::new(magnitude),
                    })
                } else {
                    magnitude
                }
            };
            let values = e.values.iter().map(expr).collect();
            let value_arms = e
                .values
                .iter()
                .map(|v| {
                    self.value_arm
                        .fill(vec![("__var", var(v)), ("__n", Hole::Expr(expr(v)))])
                })
                .collect();
            let from_value_arms = e
                .values
                .iter()
                .map(|v| {
                    let pat = Pat::Lit(ExprLit {
                        attrs: Vec::new(),
                        lit: literal(v),
                    });
                    self.from_value_arm
                        .fill(vec![("__var", var(v)), ("__n", Hole::Pat(pat))])
                })
                .collect();
            out.push(Item::Impl(self.integer_inherent.fill(vec![
                ("__name", name()),
                ("__values", Hole::Elems(values)),
                ("__value", Hole::Arms(value_arms)),
                ("__as_str", Hole::Arms(as_str)),
                ("__from_value", Hole::Arms(from_value_arms)),
            ])));
            &self.integer_impls
        } else {
            let values = e.values.iter().map(|v| str_lit(&v.wire)).collect();
            let parse_arms = wire_arms(&self.parse_arm);
            out.push(Item::Impl(self.string_inherent.fill(vec![
                ("__name", name()),
                ("__values", Hole::Elems(values)),
                ("__as_str", Hole::Arms(as_str)),
                ("__parse", Hole::Arms(parse_arms)),
            ])));
            &self.string_impls
        };
        for t in impls.iter().chain(&self.common_impls) {
            out.push(Item::Impl(t.fill(vec![
                ("__name", name()),
                ("__ename", Hole::Str(e.name.clone())),
            ])));
        }
    }
}
