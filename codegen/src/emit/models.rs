//! `models.rs`: one struct per object, with hand-written (generated) serde
//! impls instead of derives: one `serialize_map` and one `match` on the key
//! per type, leniency in the runtime's shared visitors. This keeps the
//! generated crate's compile time low (see `benches/README.md`).

use super::{arg, doc, ident, std, ty};
use crate::ir::{Field, Service, Struct, Ty};
use proc_macro2::TokenStream;
use quote::quote;

pub fn file(service: &Service) -> TokenStream {
    let string = std(service, "String");
    let structs = service.structs.iter().map(|s| model(service, s));
    let aliases = service.free_form.iter().map(|f| {
        let name = ident(&f.name);
        let d = doc(&format!(
            "{}\n\nA free-form JSON object (`{}` has no documented members).",
            if f.doc.is_empty() {
                f.wire.as_str()
            } else {
                f.doc.as_str()
            },
            f.wire
        ));
        quote! {
            #d
            pub type #name = ::serde_json::Map<#string, ::serde_json::Value>;
        }
    });
    quote! {
        //! Request, response and data types.
        #![allow(deprecated)]
        #![allow(clippy::too_many_arguments)]
        #[allow(unused_imports)]
        use super::*;
        use ::tencentcloud_runtime as rt;
        #(#aliases)*
        #(#structs)*
    }
}

fn field_type(service: &Service, f: &Field) -> TokenStream {
    let option = std(service, "Option");
    let t = ty(service, &f.ty, f.boxed);
    if f.optional {
        quote!(#option<#t>)
    } else {
        t
    }
}

fn field_doc(s: &Struct, f: &Field) -> String {
    let mut d = if f.doc.is_empty() {
        format!("`{}`.", f.wire)
    } else {
        f.doc.clone()
    };
    let mut notes: Vec<String> = Vec::new();
    if let Some(taken) = &f.renamed_from {
        notes.push(format!(
            "Wire name `{}`; named `{}` because `{taken}` belongs to another member of `{}`.",
            f.wire,
            crate::ir::names::bare(&f.ident),
            s.wire
        ));
    }
    if f.required && s.used_in_input {
        notes.push("Required in requests.".to_string());
    }
    if let Some(fmt) = &f.format {
        let what = match fmt.as_str() {
            "datetime" => "a date and time (`YYYY-MM-DD hh:mm:ss`)",
            "datetime_iso" => "an ISO 8601 date and time (`YYYY-MM-DDThh:mm:ssZ`)",
            "date" => "a date (`YYYY-MM-DD`)",
            _ => "text",
        };
        notes.push(format!(
            "Format: {what}, kept as the string the server sends."
        ));
    }
    if let Some(ex) = &f.example {
        let ex = ex.trim();
        if !ex.is_empty() && ex.len() <= 60 && !ex.contains('\n') && !ex.contains('`') {
            notes.push(format!("Example: `{ex}`."));
        }
    }
    if f.deprecated {
        notes.push("**Deprecated** upstream: no longer in use.".to_string());
    }
    if !notes.is_empty() {
        d.push_str("\n\n");
        d.push_str(&notes.join(" "));
    }
    d
}

fn model(service: &Service, s: &Struct) -> TokenStream {
    let option = std(service, "Option");
    let result = std(service, "Result");
    let default = std(service, "Default");
    let name = ident(&s.name);
    let wire = &s.wire;
    let struct_doc = doc(&struct_doc(service, s));
    let derive_default = s.has_default().then(|| quote!(#default,));

    let fields = s.fields.iter().map(|f| {
        let id = ident(&f.ident);
        let t = field_type(service, f);
        let d = doc(&field_doc(s, f));
        let dep = f
            .deprecated
            .then(|| quote!(#[deprecated(note = "no longer in use upstream")]));
        quote! { #d #dep pub #id: #t, }
    });

    // Constructor.
    let ctor = constructor(service, s);

    // Setters and list getters.
    let accessors = s.fields.iter().map(|f| {
        let id = ident(&f.ident);
        let setter = ident(&f.setter);
        let (param, convert) = arg(service, &f.ty, f.boxed);
        let store = if f.optional {
            quote!(Some(#convert))
        } else {
            convert
        };
        let bare = crate::ir::names::bare(&f.ident);
        let sdoc = doc(&format!("Sets [`{bare}`](Self::{bare})."));
        let dep = f
            .deprecated
            .then(|| quote!(#[deprecated(note = "no longer in use upstream")]));
        let getter = f.getter.as_ref().map(|g| {
            let g = ident(g);
            let Ty::List(e) = &f.ty else {
                unreachable!("getters exist for lists only")
            };
            let et = ty(service, e, false);
            let gdoc = doc(&format!(
                "[`{bare}`](Self::{bare}) as a slice, empty when absent."
            ));
            let body = if f.optional {
                quote!(match &self.#id { Some(v) => v.as_slice(), None => &[] })
            } else {
                quote!(self.#id.as_slice())
            };
            quote! {
                #gdoc
                #dep
                #[inline]
                pub fn #g(&self) -> &[#et] { #body }
            }
        });
        quote! {
            #sdoc
            #dep
            pub fn #setter(mut self, value: #param) -> Self {
                self.#id = #store;
                self
            }
            #getter
        }
    });

    // Serialize: absent optionals are not sent.
    let ser_fields = s.fields.iter().map(|f| {
        let id = ident(&f.ident);
        let w = &f.wire;
        if f.optional {
            quote!(s.opt(#w, &self.#id);)
        } else {
            quote!(s.req(#w, &self.#id);)
        }
    });

    let decode_body = decode_map_body(service, s);
    let debug_block = quote! {
        impl ::std::fmt::Debug for #name {
            #[inline]
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                rt::ser::debug(self, f)
            }
        }
    };
    let sink_decl = if s.fields.is_empty() {
        quote!(let s = rt::ser::FieldSink::new(map);)
    } else {
        quote!(let mut s = rt::ser::FieldSink::new(map);)
    };
    let ser_block = quote! {
        impl rt::ser::Fields for #name {
            const NAME: &'static str = #wire;
            fn serialize_fields<M: ::serde::ser::SerializeMap>(&self, map: &mut M) -> #result<(), M::Error> {
                #sink_decl
                #(#ser_fields)*
                s.finish(&self.unknown_fields)
            }
        }
        impl ::serde::Serialize for #name {
            #[inline]
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> #result<S::Ok, S::Error> {
                rt::ser::serialize_model(self, serializer)
            }
        }
    };
    let setters_block = quote!(impl #name { #ctor #(#accessors)* });

    quote! {
        #struct_doc
        #[derive(Clone, #derive_default PartialEq)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
            /// Members not described by the spec: kept when decoding, sent when encoding.
            pub unknown_fields: rt::UnknownFields,
        }

        #setters_block

        #debug_block

        #ser_block

        impl rt::de::Decode for #name {
            const COMPOSITE: bool = true;
            const EXPECTED: &'static str = "object";
            #[inline]
            fn decode<'de, D: ::serde::Deserializer<'de>>(d: D) -> #result<#option<Self>, D::Error> {
                rt::de::decode_struct(d)
            }
            fn decode_map<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> #result<#option<Self>, A::Error> {
                #decode_body
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> #result<Self, D::Error> {
                rt::de::deserialize_root(d)
            }
        }
    }
}

fn struct_doc(service: &Service, s: &Struct) -> String {
    let mut d = if s.doc.is_empty() {
        format!("`{}`.", s.wire)
    } else {
        s.doc.clone()
    };
    let actions: Vec<&str> = service
        .actions
        .iter()
        .filter(|a| {
            (s.is_request && service.structs[a.input].wire == s.wire)
                || (s.is_response && service.structs[a.output].wire == s.wire)
        })
        .map(|a| a.method.as_str())
        .collect();
    if !actions.is_empty() {
        let links: Vec<String> = actions
            .iter()
            .map(|m| format!("[`Client::{m}`](Client::{m})"))
            .collect();
        let role = if s.is_request { "Request" } else { "Response" };
        d.push_str(&format!("\n\n{role} of {}.", links.join(", ")));
    }
    if s.name != s.wire {
        d.push_str(&format!("\n\nSpec name: `{}`.", s.wire));
    }
    d
}

fn constructor(service: &Service, s: &Struct) -> TokenStream {
    let required: Vec<&Field> = s.required_fields().collect();
    if required.is_empty() && !s.is_request {
        return quote!();
    }
    let params = required.iter().map(|f| {
        let id = ident(&f.ident);
        let (param, _) = arg(service, &f.ty, f.boxed);
        quote!(#id: #param)
    });
    let inits = s.fields.iter().map(|f| {
        let id = ident(&f.ident);
        if f.required {
            let (_, convert) = arg(service, &f.ty, f.boxed);
            let plain = convert.to_string() == "value";
            let convert = rename_value(convert, &f.ident);
            if f.optional {
                quote!(#id: Some(#convert),)
            } else if plain {
                quote!(#id,)
            } else {
                quote!(#id: #convert,)
            }
        } else {
            quote!(#id: None,)
        }
    });
    let names: Vec<String> = required
        .iter()
        .map(|f| format!("`{}`", crate::ir::names::bare(&f.ident)))
        .collect();
    let cdoc = if names.is_empty() {
        "A value with no members set.".to_string()
    } else {
        format!("A value with its required members: {}.", names.join(", "))
    };
    let cdoc = doc(&cdoc);
    quote! {
        #cdoc
        pub fn new(#(#params),*) -> Self {
            Self {
                #(#inits)*
                unknown_fields: rt::UnknownFields::new(),
            }
        }
    }
}

/// [`arg`] converts a variable named `value`; constructors name it after the field.
fn rename_value(tokens: TokenStream, field: &str) -> TokenStream {
    let target = ident(field);
    tokens
        .into_iter()
        .map(|tt| match tt {
            proc_macro2::TokenTree::Ident(i) if i == "value" => {
                quote!(#target).into_iter().next().unwrap()
            }
            proc_macro2::TokenTree::Group(g) => {
                let inner = rename_value(g.stream(), field);
                let mut ng = proc_macro2::Group::new(g.delimiter(), inner);
                ng.set_span(g.span());
                proc_macro2::TokenTree::Group(ng)
            }
            other => other,
        })
        .collect()
}

/// The body of `decode_map`: a loop over keys, each looked up in the
/// sorted member table, and one `match` arm per member index.
fn decode_map_body(service: &Service, s: &Struct) -> TokenStream {
    let default = std(service, "Default");
    let mut sorted: Vec<(usize, &Field)> = s.fields.iter().enumerate().collect();
    sorted.sort_by(|a, b| a.1.wire.cmp(&b.1.wire));
    let keys = sorted.iter().map(|(_, f)| f.wire.as_str());
    let table = quote!(const MEMBERS: &[&str] = &[#(#keys),*];);
    let into_default = s.has_default();
    // Send-only types keep required members as plain values: collect every
    // member in a local first and fail on a missing required one, as serde
    // would. Locals are prefixed so no member name can shadow the loop's names.
    let local = |f: &Field| ident(&format!("__{}", crate::ir::names::bare(&f.ident)));
    let arms = sorted.iter().enumerate().map(|(i, (_, f))| {
        let i = proc_macro2::Literal::usize_unsuffixed(i);
        let w = &f.wire;
        let slot = if into_default {
            let id = ident(&f.ident);
            quote!(out.#id)
        } else {
            let l = local(f);
            quote!(#l)
        };
        quote!(#i => rt::de::field(&mut map, #w, &mut #slot),)
    });
    let unknown_slot = if into_default {
        quote!(out.unknown_fields)
    } else {
        quote!(__unknown)
    };
    let read_loop = if s.fields.is_empty() {
        quote! {
            while let Some(k) = map.next_key::<rt::de::Key<'de>>()? {
                rt::de::unknown_member(&mut #unknown_slot, k.as_str(), &mut map)?;
            }
        }
    } else {
        quote! {
            #table
            while let Some(k) = map.next_key_seed(rt::de::Members(MEMBERS))? {
                match k.index {
                    #(#arms)*
                    _ => rt::de::unknown_member(&mut #unknown_slot, k.key.as_str(), &mut map),
                }?;
            }
        }
    };
    if into_default {
        return quote! {
            let mut out = <Self as #default>::default();
            #read_loop
            Ok(Some(out))
        };
    }
    let locals = s.fields.iter().map(|f| {
        let l = local(f);
        quote!(let mut #l = None;)
    });
    let inits = s.fields.iter().map(|f| {
        let id = ident(&f.ident);
        let l = local(f);
        let w = &f.wire;
        if f.optional {
            quote!(#id: #l,)
        } else {
            quote!(#id: match #l {
                Some(v) => v,
                None => return Err(rt::de::missing(#w)),
            },)
        }
    });
    quote! {
        #(#locals)*
        let mut __unknown = rt::UnknownFields::new();
        #read_loop
        Ok(Some(Self {
            #(#inits)*
            unknown_fields: __unknown,
        }))
    }
}
