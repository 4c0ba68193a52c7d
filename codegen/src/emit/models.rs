//! `models.rs`: one struct per object, with generated serde impls instead of
//! derives: one `serialize_map` per type for encoding, and for decoding a
//! non-generic `rt::de::Model` impl (one `match` arm per member reading
//! through `dyn Input`), leniency in the runtime's shared visitors. Decoding
//! code is then compiled once, in the SDK crate, whatever calls it (see
//! `benches/README.md`).
//!
//! Setters and constructors are `#[inline]`: then the SDK crate compiles
//! no machine code for the thousands a program never calls, and a user's
//! crate compiles the few it does.
//!
//! Models are most of the output, so their code is built from
//! [`Template`]s parsed once per service rather than from tokens parsed
//! per struct (see [`super::template`]).

use super::template::{str_lit, Hole, Template};
use super::{arg, doc, ident, std, ty, Docs, FileWriter};
use crate::ir::{Field, Service, Struct, Ty};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::HashMap;
use syn::{Attribute, Expr, FieldValue, FnArg, ImplItem, ImplItemFn, Item, ItemImpl, Stmt, Type};

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
    /// `#[cfg(feature = "all-directions")]`, on the direction a type's use does not need.
    other_direction: Vec<Attribute>,
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
    setter: Template<ImplItemFn>,
    getter_optional: Template<ImplItemFn>,
    getter_plain: Template<ImplItemFn>,
    debug: Template<ItemImpl>,
    fields: Template<ItemImpl>,
    ser_opt: Template<Stmt>,
    ser_req: Template<Stmt>,
    serialize: Template<ItemImpl>,
    model_default: Template<ItemImpl>,
    model_locals: Template<ItemImpl>,
    model_no_members: Template<ItemImpl>,
    arm_read: Template<syn::Arm>,
    arm_read_required: Template<syn::Arm>,
    deserialize: Template<ItemImpl>,
}

impl Templates {
    fn new(service: &Service) -> Templates {
        let result = std(service, "Result");
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
        // Encoding is not generic either: members go through `dyn Out`.
        let fields = Template::new(quote! {
            impl rt::ser::Fields for __name {
                fn model_name(&self) -> &'static str {
                    "__wire"
                }
                fn write_fields(&self, out: &mut dyn rt::ser::Out) {
                    __stmts;
                    out.unknown(&self.unknown_fields);
                }
            }
        });
        // Decoding is not generic: members are read through `dyn Input`, so
        // this code is compiled once, here, whatever deserializer or crate
        // uses it (see the runtime's `de` module).
        let model = |empty: TokenStream, required: TokenStream, body: TokenStream| {
            Template::new(quote! {
                impl rt::de::Model for __name {
                    fn members(&self) -> &'static [&'static str] {
                        &[__keys]
                    }
                    #required
                    fn empty() -> Self {
                        #empty
                    }
                    fn member(&mut self, index: usize, input: &mut dyn rt::de::Input) -> #result<bool, rt::de::Failed> {
                        #body
                    }
                    fn unknown_fields_mut(&mut self) -> &mut rt::UnknownFields {
                        &mut self.unknown_fields
                    }
                }
            })
        };
        let arms = quote! {
            match index {
                __arms => {}
                _ => Ok(false),
            }
        };
        let gate: syn::ItemStruct = syn::parse_quote! {
            #[cfg(feature = "all-directions")]
            struct S;
        };
        Templates {
            other_direction: gate.attrs,
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
            setter: Template::new(quote! {
                #[__docs]
                #[inline]
                pub fn __setter(mut self, value: __param) -> Self {
                    self.__id = __store;
                    self
                }
            }),
            getter_optional: Template::new(quote! {
                #[__docs]
                #[inline]
                pub fn __getter(&self) -> &[__item] {
                    match &self.__id { Some(v) => v.as_slice(), None => &[] }
                }
            }),
            getter_plain: Template::new(quote! {
                #[__docs]
                #[inline]
                pub fn __getter(&self) -> &[__item] { self.__id.as_slice() }
            }),
            debug: Template::new(quote! {
                impl ::std::fmt::Debug for __name {
                    #[inline]
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        rt::ser::debug_value(self, f)
                    }
                }
            }),
            fields,
            ser_opt: Template::new(quote!(rt::ser::opt(out, "__wire", &self.__id);)),
            ser_req: Template::new(quote!(out.member("__wire", &self.__id);)),
            serialize: Template::new(quote! {
                impl ::serde::Serialize for __name {
                    #[inline]
                    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> #result<S::Ok, S::Error> {
                        rt::ser::serialize(self, serializer)
                    }
                }
            }),
            model_default: model(
                quote!(<Self as #default>::default()),
                quote!(),
                arms.clone(),
            ),
            model_locals: model(
                quote!(Self {
                    __inits: (),
                    unknown_fields: rt::UnknownFields::new()
                }),
                quote!(
                    fn required(&self) -> &'static [usize] {
                        &[__required]
                    }
                ),
                arms,
            ),
            model_no_members: model(
                quote!(<Self as #default>::default()),
                quote!(),
                quote!(let _ = (index, input); Ok(false)),
            ),
            arm_read: Template::new(quote!(__index => rt::de::read(input, &mut self.__id),)),
            arm_read_required: Template::new(
                quote!(__index => rt::de::read_required(input, &mut self.__id),),
            ),
            deserialize: Template::new(quote! {
                impl<'de> ::serde::Deserialize<'de> for __name {
                    fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> #result<Self, D::Error> {
                        rt::de::deserialize_root(d)
                    }
                }
            }),
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

    /// The element type of a list.
    fn item_type(&mut self, element: &Ty) -> Type {
        let service = self.service;
        self.types
            .entry((element.clone(), false, false))
            .or_insert_with(|| parse(ty(service, element, false)))
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

        let mut items: Vec<ImplItem> = Vec::new();
        if let Some(c) = self.constructor(s, docs) {
            items.push(ImplItem::Fn(c));
        }
        for f in &s.fields {
            let mut setter = self.setter(f, docs);
            if !s.used_in_input {
                // Never sent: values are read, not built; tests that build
                // one can use `Default` and the public fields, or the feature.
                setter.attrs.extend(self.t.other_direction.iter().cloned());
            }
            items.push(ImplItem::Fn(setter));
            if let Some(g) = self.getter(f, docs) {
                items.push(ImplItem::Fn(g));
            }
        }
        out.push(Item::Impl(
            self.t
                .inherent
                .fill(vec![("__name", name()), ("__items", Hole::Items(items))]),
        ));

        out.push(Item::Impl(self.t.debug.fill(vec![("__name", name())])));

        // Serialize: absent optionals are not sent.
        let stmts: Vec<Stmt> = s
            .fields
            .iter()
            .map(|f| {
                let t = if f.optional {
                    &self.t.ser_opt
                } else {
                    &self.t.ser_req
                };
                t.fill(vec![
                    ("__wire", Hole::Str(f.wire.clone())),
                    ("__id", id(&f.ident)),
                ])
            })
            .collect();
        out.push(Item::Impl(self.t.fields.fill(vec![
            ("__name", name()),
            ("__wire", Hole::Str(s.wire.clone())),
            ("__stmts", Hole::Stmts(stmts)),
        ])));
        out.push(Item::Impl(self.t.serialize.fill(vec![("__name", name())])));
        // Decoding: only for types a response can carry, unless asked for.
        // (`Decode` comes from the runtime's blanket impl over `Model`.)
        let mut decoding = vec![
            self.decode(s),
            self.t.deserialize.fill(vec![("__name", name())]),
        ];
        for item in &mut decoding {
            if !s.used_in_output {
                item.attrs.extend(self.t.other_direction.iter().cloned());
            }
            out.push(Item::Impl(item.clone()));
        }
    }

    fn setter(&mut self, f: &Field, docs: &mut Docs) -> ImplItemFn {
        let bare = crate::ir::names::bare(&f.ident);
        let mut attrs = docs.attrs(&format!("Sets [`{bare}`](Self::{bare})."));
        attrs.extend(self.deprecated(f));
        let optional = f.optional;
        let shape = self.arg(f);
        let param = shape.param.clone();
        let convert = shape.convert.fill(Vec::new());
        let store = if optional { some(convert) } else { convert };
        self.t.setter.fill(vec![
            ("__docs", Hole::Attrs(attrs)),
            ("__setter", id(&f.setter)),
            ("__param", Hole::Type(param)),
            ("__id", id(&f.ident)),
            ("__store", Hole::Expr(store)),
        ])
    }

    fn getter(&mut self, f: &Field, docs: &mut Docs) -> Option<ImplItemFn> {
        let g = f.getter.as_ref()?;
        let Ty::List(e) = &f.ty else {
            unreachable!("getters exist for lists only")
        };
        let bare = crate::ir::names::bare(&f.ident);
        let mut attrs = docs.attrs(&format!(
            "[`{bare}`](Self::{bare}) as a slice, empty when absent."
        ));
        attrs.extend(self.deprecated(f));
        let item = self.item_type(e);
        let t = if f.optional {
            &self.t.getter_optional
        } else {
            &self.t.getter_plain
        };
        Some(t.fill(vec![
            ("__docs", Hole::Attrs(attrs)),
            ("__getter", id(g)),
            ("__item", Hole::Type(item)),
            ("__id", id(&f.ident)),
        ]))
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

    /// `Model`: the member table in spec order, and one `match` arm per member
    /// index reading into the field.
    fn decode(&mut self, s: &Struct) -> ItemImpl {
        let name = id(&s.name);
        if s.fields.is_empty() {
            // A struct without fields always has a `Default`.
            return self
                .t
                .model_no_members
                .fill(vec![("__name", name), ("__keys", Hole::Elems(Vec::new()))]);
        }
        // Spec order: the order servers send members in (see `rt::de::Members`).
        let ordered: Vec<&Field> = s.fields.iter().collect();
        let keys: Vec<Expr> = ordered.iter().map(|f| str_lit(&f.wire)).collect();
        let arms: Vec<syn::Arm> = ordered
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let t = if f.optional {
                    &self.t.arm_read
                } else {
                    &self.t.arm_read_required
                };
                t.fill(vec![("__index", Hole::Int(i)), ("__id", id(&f.ident))])
            })
            .collect();
        if s.has_default() {
            return self.t.model_default.fill(vec![
                ("__name", name),
                ("__keys", Hole::Elems(keys)),
                ("__arms", Hole::Arms(arms)),
            ]);
        }
        // Send-only types keep required members as plain values: decoding
        // starts from placeholders and fails on a missing required member,
        // as serde would.
        let required: Vec<Expr> = ordered
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.optional)
            .map(|(i, _)| int_lit(i))
            .collect();
        let inits: Vec<FieldValue> = s
            .fields
            .iter()
            .map(|f| {
                if f.optional {
                    self.t.init_none.fill(vec![("__id", id(&f.ident))])
                } else {
                    let value = self.placeholder(&f.ty, f.boxed);
                    self.t
                        .init_converted
                        .fill(vec![("__id", id(&f.ident)), ("__value", Hole::Expr(value))])
                }
            })
            .collect();
        self.t.model_locals.fill(vec![
            ("__name", name),
            ("__keys", Hole::Elems(keys)),
            ("__required", Hole::Elems(required)),
            ("__inits", Hole::Inits(inits)),
            ("__arms", Hole::Arms(arms)),
        ])
    }

    /// A value of a required member's type to decode over (never seen by
    /// users: decoding fails unless the member arrives).
    fn placeholder(&self, t: &Ty, boxed: bool) -> Expr {
        let service = self.service;
        let value = match t {
            Ty::Struct(i) if !service.structs[*i].has_default() => {
                let n = ident(&service.structs[*i].name);
                quote!(<#n as rt::de::Model>::empty())
            }
            Ty::Enum(i) => {
                let n = ident(&service.enums[*i].name);
                quote!(<#n as rt::OpenEnum>::unknown(rt::UnknownValue::string("")))
            }
            _ => quote!(::std::default::Default::default()),
        };
        parse(if boxed {
            let b = std(service, "Box");
            quote!(#b::new(#value))
        } else {
            value
        })
    }
}

fn int_lit(i: usize) -> Expr {
    let lit = proc_macro2::Literal::usize_unsuffixed(i);
    parse(quote!(#lit))
}

/// `Some(expr)`.
fn some(expr: Expr) -> Expr {
    let mut args = syn::punctuated::Punctuated::new();
    args.push(expr);
    Expr::Call(syn::ExprCall {
        attrs: Vec::new(),
        func: Box::new(Expr::Path(syn::ExprPath {
            attrs: Vec::new(),
            qself: None,
            path: ident("Some").into(),
        })),
        paren_token: Default::default(),
        args,
    })
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
