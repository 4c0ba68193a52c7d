//! Snippets of Rust parsed once and instantiated many times.
//!
//! Parsing emitted tokens with syn was two thirds of the generator's time
//! on the whole corpus (prettyplease needs a syn tree). Most of the output
//! repeats a few shapes (a setter, a decode arm, the serde impls of a
//! struct), so the hot emitters parse each shape once as a [`Template`]
//! and fill in its holes on a clone, which costs about a tenth of a parse.
//! The result is the same syn tree the tokens would parse to, so the
//! formatted text is byte for byte the same.
//!
//! A hole is written in the template as a placeholder the visitor below
//! recognises, named like `__name`:
//!
//! | hole | placeholder in the template |
//! |---|---|
//! | [`Hole::Ident`] | any identifier `__name` |
//! | [`Hole::Str`] | a string literal `"__name"` |
//! | [`Hole::Type`] | a type `__name` |
//! | [`Hole::Expr`] | an expression `__name` |
//! | [`Hole::Attrs`] | an attribute `#[__name]` (replaced by zero or more) |
//! | [`Hole::Items`] | an impl item `__name!();` |
//! | [`Hole::Fields`] | a named field `__name: ()` |
//! | [`Hole::Args`] | a function argument `__name: ()` |
//! | [`Hole::Inits`] | a struct-expression field `__name: ()` |

use proc_macro2::{Ident, Span, TokenStream};
use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};
use syn::{
    Attribute, Expr, ExprLit, Field, FieldValue, FnArg, ImplItem, Lit, LitStr, Meta, Pat, Type,
};

/// A parsed snippet with holes.
pub(crate) struct Template<T> {
    ast: T,
}

impl<T: syn::parse::Parse + Clone + Fill> Template<T> {
    /// Parse `tokens` (written by the generator, so a failure is its bug).
    pub fn new(tokens: TokenStream) -> Self {
        match syn::parse2(tokens) {
            Ok(ast) => Template { ast },
            Err(e) => panic!("generator bug: a template does not parse: {e}"),
        }
    }
}

impl<T: Clone + Fill> Template<T> {
    /// A copy with every hole filled from `holes`.
    pub fn fill(&self, holes: Vec<(&'static str, Hole)>) -> T {
        let mut ast = self.ast.clone();
        let mut filler = Filler { holes };
        ast.fill_with(&mut filler);
        ast
    }
}

/// What fills a hole.
#[derive(Clone)]
pub(crate) enum Hole {
    Ident(Ident),
    Str(String),
    Type(Type),
    Expr(Expr),
    Attrs(Vec<Attribute>),
    Items(Vec<ImplItem>),
    Fields(Vec<Field>),
    Args(Vec<FnArg>),
    Inits(Vec<FieldValue>),
}

/// The syn node types templates are made of.
pub(crate) trait Fill {
    fn fill_with(&mut self, filler: &mut Filler);
}

macro_rules! fill_impl {
    ($($ty:ty => $visit:ident),* $(,)?) => {$(
        impl Fill for $ty {
            fn fill_with(&mut self, filler: &mut Filler) {
                filler.$visit(self);
            }
        }
    )*};
}

fill_impl!(
    syn::File => visit_file_mut,
    syn::ItemImpl => visit_item_impl_mut,
    syn::ItemFn => visit_item_fn_mut,
    syn::ItemStruct => visit_item_struct_mut,
    syn::ImplItemFn => visit_impl_item_fn_mut,
    FieldValue => visit_field_value_mut,
    FnArg => visit_fn_arg_mut,
    Expr => visit_expr_mut,
);

/// The visitor that fills holes.
pub(crate) struct Filler {
    holes: Vec<(&'static str, Hole)>,
}

impl Filler {
    /// The hole named like `ident` (compared without allocating: this runs
    /// for every identifier of every instance).
    fn find(&mut self, ident: &Ident) -> Option<&mut Hole> {
        self.holes
            .iter_mut()
            .find(|(name, _)| ident == *name)
            .map(|(_, h)| h)
    }

    fn is_hole(&self, ident: &Ident) -> bool {
        self.holes.iter().any(|(name, _)| ident == *name)
    }

    /// The hole a path placeholder (`__name`, not `<T>::__name`) names.
    fn path_hole(&mut self, qself: &Option<syn::QSelf>, path: &syn::Path) -> Option<&mut Hole> {
        let ident = Self::placeholder(path).filter(|_| qself.is_none())?.clone();
        self.find(&ident)
    }

    /// The identifier of a path that is one plain identifier (a placeholder's shape).
    fn placeholder(path: &syn::Path) -> Option<&Ident> {
        (path.leading_colon.is_none() && path.segments.len() == 1)
            .then(|| &path.segments[0])
            .filter(|s| s.arguments.is_none())
            .map(|s| &s.ident)
    }

    fn expand_attrs(&mut self, attrs: &mut Vec<Attribute>) {
        if !attrs
            .iter()
            .any(|a| Self::attr_hole(a).is_some_and(|i| self.is_hole(i)))
        {
            return;
        }
        let old = std::mem::take(attrs);
        for a in old {
            match Self::attr_hole(&a).and_then(|i| self.find(i)) {
                Some(Hole::Attrs(list)) => attrs.append(list),
                _ => attrs.push(a),
            }
        }
    }

    fn attr_hole(a: &Attribute) -> Option<&Ident> {
        match &a.meta {
            Meta::Path(p) => Self::placeholder(p),
            _ => None,
        }
    }

    /// Replace placeholder elements of a list with the hole's elements.
    fn splice<T>(
        &mut self,
        list: &mut Vec<T>,
        is_hole: impl Fn(&T) -> Option<&Ident>,
        take: impl Fn(&mut Hole) -> Option<Vec<T>>,
    ) {
        if !list
            .iter()
            .any(|x| is_hole(x).is_some_and(|i| self.is_hole(i)))
        {
            return;
        }
        let old = std::mem::take(list);
        for x in old {
            let filled = match is_hole(&x) {
                Some(i) => {
                    let i = i.clone();
                    self.find(&i).and_then(&take)
                }
                None => None,
            };
            match filled {
                Some(mut items) => list.append(&mut items),
                None => list.push(x),
            }
        }
    }

    fn splice_punctuated<T, P: Default>(
        &mut self,
        list: &mut Punctuated<T, P>,
        is_hole: impl Fn(&T) -> Option<&Ident>,
        take: impl Fn(&mut Hole) -> Option<Vec<T>>,
    ) {
        if !list
            .iter()
            .any(|x| is_hole(x).is_some_and(|i| self.is_hole(i)))
        {
            return;
        }
        let trailing = list.trailing_punct() || list.is_empty();
        let mut items: Vec<T> = std::mem::take(list).into_iter().collect();
        self.splice(&mut items, is_hole, take);
        *list = items.into_iter().collect();
        if trailing && !list.is_empty() {
            list.push_punct(P::default());
        }
    }
}

/// `__name: ()`: the placeholder of a field, an argument or an initializer.
fn unit_typed_placeholder<'a>(ident: Option<&'a Ident>, ty: &Type) -> Option<&'a Ident> {
    match ty {
        Type::Tuple(t) if t.elems.is_empty() => ident,
        _ => None,
    }
}

// Children are visited before a list or attribute hole is expanded, so
// what fills a hole is never visited again (a local named `__name` inside a
// filled-in arm is not the struct's `__name`).
impl VisitMut for Filler {
    fn visit_ident_mut(&mut self, i: &mut Ident) {
        if let Some(Hole::Ident(new)) = self.find(i) {
            *i = new.clone();
        }
    }

    fn visit_lit_str_mut(&mut self, s: &mut LitStr) {
        if !self.holes.iter().any(|(_, h)| matches!(h, Hole::Str(_))) {
            return;
        }
        let value = s.value();
        let found = self
            .holes
            .iter()
            .find(|(name, _)| *name == value)
            .map(|(_, h)| h);
        if let Some(Hole::Str(new)) = found {
            *s = LitStr::new(new, Span::call_site());
        }
    }

    fn visit_type_mut(&mut self, t: &mut Type) {
        let filled = match t {
            Type::Path(p) => match self.path_hole(&p.qself, &p.path) {
                Some(Hole::Type(new)) => Some(new.clone()),
                _ => None,
            },
            _ => None,
        };
        match filled {
            Some(new) => *t = new,
            None => visit_mut::visit_type_mut(self, t),
        }
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        let filled = match e {
            Expr::Path(p) => match self.path_hole(&p.qself, &p.path) {
                Some(Hole::Expr(new)) => Some(new.clone()),
                _ => None,
            },
            _ => None,
        };
        match filled {
            Some(new) => *e = new,
            None => visit_mut::visit_expr_mut(self, e),
        }
    }

    fn visit_item_impl_mut(&mut self, i: &mut syn::ItemImpl) {
        visit_mut::visit_item_impl_mut(self, i);
        self.expand_attrs(&mut i.attrs);
        self.splice(
            &mut i.items,
            |it| match it {
                ImplItem::Macro(m) => Self::placeholder(&m.mac.path),
                _ => None,
            },
            |h| match h {
                Hole::Items(v) => Some(std::mem::take(v)),
                _ => None,
            },
        );
    }

    fn visit_item_struct_mut(&mut self, s: &mut syn::ItemStruct) {
        visit_mut::visit_item_struct_mut(self, s);
        self.expand_attrs(&mut s.attrs);
    }

    fn visit_fields_named_mut(&mut self, f: &mut syn::FieldsNamed) {
        visit_mut::visit_fields_named_mut(self, f);
        self.splice_punctuated(
            &mut f.named,
            |x| unit_typed_placeholder(x.ident.as_ref(), &x.ty),
            |h| match h {
                Hole::Fields(v) => Some(std::mem::take(v)),
                _ => None,
            },
        );
    }

    fn visit_field_mut(&mut self, f: &mut Field) {
        visit_mut::visit_field_mut(self, f);
        self.expand_attrs(&mut f.attrs);
    }

    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        visit_mut::visit_impl_item_fn_mut(self, f);
        self.expand_attrs(&mut f.attrs);
    }

    fn visit_signature_mut(&mut self, s: &mut syn::Signature) {
        visit_mut::visit_signature_mut(self, s);
        self.splice_punctuated(
            &mut s.inputs,
            |a| match a {
                FnArg::Typed(t) => match &*t.pat {
                    Pat::Ident(p) => unit_typed_placeholder(Some(&p.ident), &t.ty),
                    _ => None,
                },
                FnArg::Receiver(_) => None,
            },
            |h| match h {
                Hole::Args(v) => Some(std::mem::take(v)),
                _ => None,
            },
        );
    }

    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
        visit_mut::visit_expr_struct_mut(self, e);
        self.splice_punctuated(
            &mut e.fields,
            |f| match (&f.member, &f.expr) {
                (syn::Member::Named(i), Expr::Tuple(t)) if t.elems.is_empty() => Some(i),
                _ => None,
            },
            |h| match h {
                Hole::Inits(v) => Some(std::mem::take(v)),
                _ => None,
            },
        );
    }
}

/// `#[doc = " line"]` attributes for each line of Markdown, as
/// [`super::doc`] emits them, built without parsing.
pub(crate) fn doc_attrs(markdown: &str) -> Vec<Attribute> {
    markdown
        .lines()
        .map(|l| {
            let l = l.replace('\t', "    ");
            doc_attr(&if l.is_empty() {
                String::new()
            } else {
                format!(" {l}")
            })
        })
        .collect()
}

/// `#[doc = "<text>"]`.
pub(crate) fn doc_attr(text: &str) -> Attribute {
    Attribute {
        pound_token: Default::default(),
        style: syn::AttrStyle::Outer,
        bracket_token: Default::default(),
        meta: Meta::NameValue(syn::MetaNameValue {
            path: Ident::new("doc", Span::call_site()).into(),
            eq_token: Default::default(),
            value: Expr::Lit(ExprLit {
                attrs: Vec::new(),
                lit: Lit::Str(LitStr::new(text, Span::call_site())),
            }),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn print(item: syn::Item) -> String {
        prettyplease::unparse(&syn::File {
            shebang: None,
            attrs: Vec::new(),
            items: vec![item],
        })
    }

    fn parsed(tokens: TokenStream) -> String {
        print(syn::parse2(tokens).unwrap())
    }

    #[test]
    fn filled_template_prints_as_the_tokens_would() {
        let t: Template<syn::ItemImpl> = Template::new(quote! {
            impl __name {
                #[__docs]
                pub fn __method(&self, __args: ()) -> Option<&str> {
                    let _ = Thing { __inits: () };
                    Some("__wire")
                }
                __items!();
            }
        });
        let extra: syn::ImplItem = syn::parse2(quote!(
            fn extra() {}
        ))
        .unwrap();
        let arg: Template<FnArg> = Template::new(quote!(__id: __param));
        let init: Template<FieldValue> = Template::new(quote!(__id: __value));
        let filled = t.fill(vec![
            (
                "__name",
                Hole::Ident(Ident::new("Thing", Span::call_site())),
            ),
            ("__docs", Hole::Attrs(doc_attrs("One.\n\n\tTwo  "))),
            (
                "__method",
                Hole::Ident(Ident::new_raw("type", Span::call_site())),
            ),
            (
                "__args",
                Hole::Args(vec![arg.fill(vec![
                    ("__id", Hole::Ident(Ident::new("value", Span::call_site()))),
                    (
                        "__param",
                        Hole::Type(syn::parse2(quote!(Vec<u64>)).unwrap()),
                    ),
                ])]),
            ),
            (
                "__inits",
                Hole::Inits(vec![init.fill(vec![
                    ("__id", Hole::Ident(Ident::new("a", Span::call_site()))),
                    ("__value", Hole::Expr(syn::parse2(quote!(value)).unwrap())),
                ])]),
            ),
            ("__wire", Hole::Str("w0".into())),
            ("__items", Hole::Items(vec![extra])),
        ]);
        let expected = parsed(quote! {
            impl Thing {
                #[doc = " One."]
                #[doc = ""]
                #[doc = "     Two  "]
                pub fn r#type(&self, value: Vec<u64>) -> Option<&str> {
                    let _ = Thing { a: value };
                    Some("w0")
                }
                fn extra() {}
            }
        });
        assert_eq!(print(syn::Item::Impl(filled)), expected);
    }

    #[test]
    fn filled_in_content_is_not_filled_again() {
        // An argument named like one of the outer template's holes.
        let t: Template<syn::ItemFn> = Template::new(quote! {
            fn __name(__args: ()) {}
        });
        let inner: Template<FnArg> = Template::new(quote!(__local: u8));
        let arg = inner.fill(vec![(
            "__local",
            Hole::Ident(Ident::new("__name", Span::call_site())),
        )]);
        let f = t.fill(vec![
            (
                "__name",
                Hole::Ident(Ident::new("outer", Span::call_site())),
            ),
            ("__args", Hole::Args(vec![arg])),
        ]);
        assert_eq!(
            print(syn::Item::Fn(f)),
            parsed(quote!(
                fn outer(__name: u8) {}
            ))
        );
    }

    #[test]
    fn fields_args_and_inits() {
        let s: Template<syn::ItemStruct> = Template::new(quote!(
            pub struct S {
                __fields: (),
                pub last: u8,
            }
        ));
        let field = syn::Field {
            attrs: doc_attrs("A."),
            vis: syn::Visibility::Public(Default::default()),
            mutability: syn::FieldMutability::None,
            ident: Some(Ident::new("a", Span::call_site())),
            colon_token: Some(Default::default()),
            ty: syn::parse2(quote!(String)).unwrap(),
        };
        let filled = s.fill(vec![("__fields", Hole::Fields(vec![field]))]);
        assert_eq!(
            print(syn::Item::Struct(filled)),
            parsed(quote!(
                pub struct S {
                    #[doc = " A."]
                    pub a: String,
                    pub last: u8,
                }
            ))
        );
        let f: Template<syn::ItemFn> = Template::new(quote! {
            fn new(__args: ()) -> S { S { __inits: (), last: 0 } }
        });
        let arg: FnArg = syn::parse2(quote!(a: String)).unwrap();
        let init: FieldValue = syn::parse2(quote!(a)).unwrap();
        let filled = f.fill(vec![
            ("__args", Hole::Args(vec![arg])),
            ("__inits", Hole::Inits(vec![init])),
        ]);
        assert_eq!(
            print(syn::Item::Fn(filled)),
            parsed(quote!(
                fn new(a: String) -> S {
                    S { a, last: 0 }
                }
            ))
        );
    }
}
