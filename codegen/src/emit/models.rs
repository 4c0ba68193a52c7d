//! `models.rs`: one struct per object, with its docs and public fields
//! written out (what users and IDEs read), a `new` constructor taking the
//! required members, and one invocation of the runtime's `__model!` that
//! expands to everything else from a member table: setters, list getters,
//! `Debug`, encoding (`Fields`, `Serialize`) and decoding (`Model`,
//! `Deserialize`, in spec order, leniency in the runtime's shared visitors).
//! Written once per member instead of five times, the table is what keeps
//! the generated source small; the code it expands to is what the previous
//! generator wrote by hand (see `runtime/src/macros.rs`).
//!
//! Each model gets only the directions its use needs: setters for types a
//! request can carry, decoding for types a response can carry; the others
//! are behind the `all-directions` feature (`set gated`, `decode gated`).
//!
//! Structs and constructors are built from [`Template`]s parsed once per
//! service rather than from tokens parsed per struct (see
//! [`super::template`]).

use super::template::{Hole, Template};
use super::{arg, doc, ident, std, ty, ty_text, Docs, FileWriter};
use crate::ir::{Field, Service, Struct, Ty};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::HashMap;
use syn::{Attribute, Expr, FieldValue, FnArg, ImplItem, ImplItemFn, Item, ItemImpl, Type};

pub fn file(service: &Service, header: &str) -> String {
    let string = std(service, "String");
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
    let head = quote! {
        //! Request, response and data types.
        #![allow(deprecated)]
        #![allow(clippy::too_many_arguments)]
        #[allow(unused_imports)]
        use super::*;
        use ::tencentcloud_runtime as rt;
        #(#aliases)*
    };
    let head: syn::File = parse(head);
    let mut out = FileWriter::new(header);
    out.file(&head);
    let mut emitter = Emitter::new(service);
    let roles = struct_roles(service);
    for (i, s) in service.structs.iter().enumerate() {
        let mut items = Vec::with_capacity(7);
        emitter.model(s, &roles[i], &mut items, out.docs());
        out.items(items);
        out.raw(&emitter.model_macro(s));
    }
    out.finish()
}

/// What a setter or constructor takes for a type, and how it stores it.
struct ArgShape {
    /// The parameter type.
    param: Type,
    /// The conversion of the variable `value` into the stored value.
    convert: Template<Expr>,
    /// The conversion is `value` itself.
    plain: bool,
}

/// The templates of one service (the prelude's paths depend on which names
/// the service's own types shadow) and caches of the types it uses.
struct Emitter<'a> {
    service: &'a Service,
    t: Templates,
    types: HashMap<(Ty, bool, bool), Type>,
    args: HashMap<(Ty, bool), ArgShape>,
}

struct Templates {
    struct_with_default: Template<syn::ItemStruct>,
    struct_without_default: Template<syn::ItemStruct>,
    deprecated: Vec<Attribute>,
    inherent: Template<ItemImpl>,
    constructor: Template<ImplItemFn>,
    constructor_arg: Template<FnArg>,
    init_some: Template<FieldValue>,
    init_shorthand: Template<FieldValue>,
    init_converted: Template<FieldValue>,
    init_none: Template<FieldValue>,
}

impl Templates {
    fn new(service: &Service) -> Templates {
        let default = std(service, "Default");
        let structure = |derive_default: TokenStream| {
            Template::new(quote! {
                #[__docs]
                #[derive(Clone, #derive_default PartialEq)]
                #[non_exhaustive]
                pub struct __name {
                    __fields: (),
                    /// Members not described by the spec: kept when decoding, sent when encoding.
                    pub unknown_fields: rt::UnknownFields,
                }
            })
        };
        let deprecated: syn::ItemStruct = syn::parse_quote! {
            #[deprecated(note = "no longer in use upstream")]
            struct S;
        };
        Templates {
            struct_with_default: structure(quote!(#default,)),
            struct_without_default: structure(quote!()),
            deprecated: deprecated.attrs,
            inherent: Template::new(quote!(impl __name { __items!(); })),
            constructor: Template::new(quote! {
                #[__docs]
                #[inline]
                pub fn new(__params: ()) -> Self {
                    Self {
                        __inits: (),
                        unknown_fields: rt::UnknownFields::new(),
                    }
                }
            }),
            constructor_arg: Template::new(quote!(__id: __param)),
            init_some: Template::new(quote!(__id: Some(__value))),
            init_shorthand: Template::new(quote!(__id)),
            init_converted: Template::new(quote!(__id: __value)),
            init_none: Template::new(quote!(__id: None)),
        }
    }
}

fn id(name: &str) -> Hole {
    Hole::Ident(ident(name))
}

fn parse<T: syn::parse::Parse>(tokens: TokenStream) -> T {
    match syn::parse2(tokens) {
        Ok(t) => t,
        Err(e) => panic!("generator bug: emitted tokens do not parse: {e}"),
    }
}

impl<'a> Emitter<'a> {
    fn new(service: &'a Service) -> Self {
        Emitter {
            service,
            t: Templates::new(service),
            types: HashMap::new(),
            args: HashMap::new(),
        }
    }

    /// The field's type (`Option<T>` when optional), parsed once per distinct type.
    fn field_type(&mut self, f: &Field) -> Type {
        let service = self.service;
        self.types
            .entry((f.ty.clone(), f.boxed, f.optional))
            .or_insert_with(|| {
                let option = std(service, "Option");
                let t = ty(service, &f.ty, f.boxed);
                parse(if f.optional { quote!(#option<#t>) } else { t })
            })
            .clone()
    }

    fn arg(&mut self, f: &Field) -> &ArgShape {
        let service = self.service;
        self.args.entry((f.ty.clone(), f.boxed)).or_insert_with(|| {
            let (param, convert) = arg(service, &f.ty, f.boxed);
            ArgShape {
                param: parse(param),
                plain: convert.to_string() == "value",
                convert: Template::new(convert),
            }
        })
    }

    fn deprecated(&self, f: &Field) -> Vec<Attribute> {
        if f.deprecated {
            self.t.deprecated.clone()
        } else {
            Vec::new()
        }
    }

    fn model(&mut self, s: &Struct, actions: &[&str], out: &mut Vec<Item>, docs: &mut Docs) {
        let name = || id(&s.name);
        let fields: Vec<syn::Field> = s
            .fields
            .iter()
            .map(|f| {
                let mut attrs = docs.attrs(&field_doc(s, f));
                attrs.extend(self.deprecated(f));
                syn::Field {
                    attrs,
                    vis: syn::Visibility::Public(Default::default()),
                    mutability: syn::FieldMutability::None,
                    ident: Some(ident(&f.ident)),
                    colon_token: Some(Default::default()),
                    ty: self.field_type(f),
                }
            })
            .collect();
        let structure = if s.has_default() {
            &self.t.struct_with_default
        } else {
            &self.t.struct_without_default
        };
        out.push(Item::Struct(structure.fill(vec![
            ("__docs", Hole::Attrs(docs.attrs(&struct_doc(s, actions)))),
            ("__name", name()),
            ("__fields", Hole::Fields(fields)),
        ])));
        if let Some(c) = self.constructor(s, docs) {
            out.push(Item::Impl(self.t.inherent.fill(vec![
                ("__name", name()),
                ("__items", Hole::Items(vec![ImplItem::Fn(c)])),
            ])));
        }
    }

    /// The invocation of the runtime's `__model!` that writes every other
    /// impl of `s` from its member table (see `runtime/src/macros.rs`): one
    /// line per member instead of a setter, an encoder line, a decoder arm
    /// and a table entry each.
    fn model_macro(&mut self, s: &Struct) -> String {
        let gate = |open: bool| if open { "open" } else { "gated" };
        let empty = if s.has_default() {
            "default[]".to_string()
        } else {
            let required: Vec<String> = s
                .fields
                .iter()
                .enumerate()
                .filter(|(_, f)| !f.optional)
                .map(|(i, _)| i.to_string())
                .collect();
            format!("required[{}]", required.join(", "))
        };
        let secrets: Vec<String> = s
            .fields
            .iter()
            .filter(|f| f.sensitive)
            .map(|f| proc_macro2::Literal::string(&f.wire).to_string())
            .collect();
        let secret = if secrets.is_empty() {
            String::new()
        } else {
            format!(", secret[{}]", secrets.join(", "))
        };
        let mut text = format!(
            // The full path: a macro reached through the `rt` alias costs
            // rustc a re-resolution per invocation (0.2 s for cwp).
            "::tencentcloud_runtime::__model! {{\n    {} {}, set {}, decode {}, {empty}{secret};\n",
            ident(&s.name),
            proc_macro2::Literal::string(&s.wire),
            gate(s.used_in_input),
            gate(s.used_in_output),
        );
        for (i, f) in s.fields.iter().enumerate() {
            let bare = crate::ir::names::bare(&f.ident);
            text.push_str(&format!("    /// Sets [`{bare}`](Self::{bare}).\n    "));
            if f.deprecated {
                text.push_str("#[deprecated(note = \"no longer in use upstream\")] ");
            }
            let presence = if f.optional { "opt" } else { "req" };
            let (shape, t) = match &f.ty {
                _ if f.boxed => ("boxed", &f.ty),
                Ty::I64 | Ty::U64 | Ty::F64 | Ty::Bool => ("plain", &f.ty),
                Ty::List(e) if matches!(**e, Ty::I64 | Ty::U64 | Ty::F64 | Ty::Bool) => {
                    ("nlist", &**e)
                }
                Ty::List(e) => ("list", &**e),
                other => ("into", other),
            };
            text.push_str(&format!(
                "{i} {} {} {presence} {shape}({}) {}",
                proc_macro2::Literal::string(&f.wire),
                ident(&f.ident),
                ty_text(self.service, t),
                ident(&f.setter),
            ));
            if let Some(g) = &f.getter {
                let deprecated = if f.deprecated {
                    "#[deprecated(note = \"no longer in use upstream\")] "
                } else {
                    ""
                };
                text.push_str(&format!(" get {deprecated}{}", ident(g)));
            }
            text.push_str(";\n");
        }
        text.push_str("}\n");
        text
    }

    fn constructor(&mut self, s: &Struct, docs: &mut Docs) -> Option<ImplItemFn> {
        let required: Vec<&Field> = s.required_fields().collect();
        if required.is_empty() && !s.is_request {
            return None;
        }
        let params: Vec<FnArg> = required
            .iter()
            .map(|f| {
                let param = self.arg(f).param.clone();
                self.t
                    .constructor_arg
                    .fill(vec![("__id", id(&f.ident)), ("__param", Hole::Type(param))])
            })
            .collect();
        let inits: Vec<FieldValue> = s
            .fields
            .iter()
            .map(|f| {
                if !f.required {
                    return self.t.init_none.fill(vec![("__id", id(&f.ident))]);
                }
                let optional = f.optional;
                let shape = self.arg(f);
                let plain = shape.plain;
                // The conversion of `value`, with the argument named after the field.
                let convert = shape.convert.fill(vec![("value", id(&f.ident))]);
                if optional {
                    self.t.init_some.fill(vec![
                        ("__id", id(&f.ident)),
                        ("__value", Hole::Expr(convert)),
                    ])
                } else if plain {
                    self.t.init_shorthand.fill(vec![("__id", id(&f.ident))])
                } else {
                    self.t.init_converted.fill(vec![
                        ("__id", id(&f.ident)),
                        ("__value", Hole::Expr(convert)),
                    ])
                }
            })
            .collect();
        let names: Vec<String> = required
            .iter()
            .map(|f| format!("`{}`", crate::ir::names::bare(&f.ident)))
            .collect();
        let cdoc = if names.is_empty() {
            "A value with no members set.".to_string()
        } else {
            format!("A value with its required members: {}.", names.join(", "))
        };
        Some(self.t.constructor.fill(vec![
            ("__docs", Hole::Attrs(docs.attrs(&cdoc))),
            ("__params", Hole::Args(params)),
            ("__inits", Hole::Inits(inits)),
        ]))
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

/// For each struct, the methods whose request (or response) it is, in
/// action order.
fn struct_roles(service: &Service) -> Vec<Vec<&str>> {
    let mut roles: Vec<Vec<&str>> = vec![Vec::new(); service.structs.len()];
    for a in &service.actions {
        if service.structs[a.input].is_request {
            roles[a.input].push(a.method.as_str());
        }
        // An object both a request and a response is described as a request.
        if a.output != a.input && service.structs[a.output].is_response {
            roles[a.output].push(a.method.as_str());
        }
    }
    roles
}

fn struct_doc(s: &Struct, actions: &[&str]) -> String {
    let mut d = if s.doc.is_empty() {
        format!("`{}`.", s.wire)
    } else {
        s.doc.clone()
    };
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
