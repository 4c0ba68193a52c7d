//! `paginators.rs`: the runtime's paging traits for each paginated action's
//! request and response, and a `<method>_paginator` method on `Client`.

use super::{ident, ty};
use crate::ir::paginate::Pagination;
use crate::ir::{Action, Field, Service, Struct, Ty};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

pub fn file(service: &Service) -> TokenStream {
    // A request or response shared by several actions gets its impls once;
    // an action whose types are already paged differently gets no paginator.
    let mut requests_done: BTreeMap<usize, &Pagination> = BTreeMap::new();
    let mut responses_done: BTreeMap<usize, &Pagination> = BTreeMap::new();
    let mut impls = Vec::new();
    let mut methods = Vec::new();
    for a in &service.actions {
        let Some(p) = &a.pagination else { continue };
        let compatible =
            |done: &BTreeMap<usize, &Pagination>, i: usize| done.get(&i).is_none_or(|q| *q == p);
        if !compatible(&requests_done, a.input) || !compatible(&responses_done, a.output) {
            continue;
        }
        let req = &service.structs[a.input];
        let resp = &service.structs[a.output];
        if requests_done.insert(a.input, p).is_none() {
            impls.push(request_impl(req, p));
        }
        if responses_done.insert(a.output, p).is_none() {
            impls.push(response_impl(service, resp, p));
        }
        methods.push(method(a, req, resp, p));
    }
    quote! {
        //! Paginators of the list actions.
        #(#impls)*
        impl super::Client {
            #(#methods)*
        }
    }
}

fn set(field: &Field, value: TokenStream) -> TokenStream {
    let id = ident(&field.ident);
    if field.optional {
        quote!(self.#id = ::std::option::Option::Some(#value);)
    } else {
        quote!(self.#id = #value;)
    }
}

fn request_impl(req: &Struct, p: &Pagination) -> TokenStream {
    let name = ident(&req.name);
    match p {
        Pagination::Offset { offset, limit, .. } => {
            let o = ident(&req.fields[*offset].ident);
            let l = ident(&req.fields[*limit].ident);
            let set_o = set(
                &req.fields[*offset],
                quote!(::tencentcloud_runtime::paginate::FromCount::from_count(
                    offset
                )),
            );
            let set_l = set(
                &req.fields[*limit],
                quote!(::tencentcloud_runtime::paginate::FromCount::from_count(
                    limit
                )),
            );
            quote! {
                impl ::tencentcloud_runtime::paginate::OffsetRequest for super::#name {
                    fn offset(&self) -> ::std::option::Option<u64> {
                        ::tencentcloud_runtime::paginate::AsCount::as_count(&self.#o)
                    }
                    fn limit(&self) -> ::std::option::Option<u64> {
                        ::tencentcloud_runtime::paginate::AsCount::as_count(&self.#l)
                    }
                    fn set_offset(&mut self, offset: u64) { #set_o }
                    fn set_limit(&mut self, limit: u64) { #set_l }
                }
            }
        }
        Pagination::Token { token_in, size, .. } => {
            let set_t = set(&req.fields[*token_in], quote!(token));
            let (get_size, set_size) = match size {
                Some(i) => {
                    let s = ident(&req.fields[*i].ident);
                    (
                        quote!(::tencentcloud_runtime::paginate::AsCount::as_count(&self.#s)),
                        set(
                            &req.fields[*i],
                            quote!(::tencentcloud_runtime::paginate::FromCount::from_count(
                                size
                            )),
                        ),
                    )
                }
                None => (quote!(::std::option::Option::None), quote!(let _ = size;)),
            };
            quote! {
                impl ::tencentcloud_runtime::paginate::TokenRequest for super::#name {
                    fn set_token(&mut self, token: ::std::string::String) { #set_t }
                    fn page_size(&self) -> ::std::option::Option<u64> { #get_size }
                    fn set_page_size(&mut self, size: u64) { #set_size }
                }
            }
        }
    }
}

fn response_impl(service: &Service, resp: &Struct, p: &Pagination) -> TokenStream {
    let name = ident(&resp.name);
    let (list, total, token) = match p {
        Pagination::Offset { list, total, .. } => (*list, *total, None),
        Pagination::Token {
            list, token_out, ..
        } => (*list, None, Some(*token_out)),
    };
    let list_field = &resp.fields[list];
    let l = ident(&list_field.ident);
    let Ty::List(elem) = &list_field.ty else {
        unreachable!("pagination detection picks a list member")
    };
    let item = ty(service, elem, false);
    let total_body = match total {
        Some(t) => {
            let t = ident(&resp.fields[t].ident);
            quote!(::tencentcloud_runtime::paginate::AsCount::as_count(&self.#t))
        }
        None => quote!(::std::option::Option::None),
    };
    let (items_body, into_body) = if list_field.optional {
        (
            quote!(match &self.#l { ::std::option::Option::Some(v) => v.as_slice(), ::std::option::Option::None => &[] }),
            quote!(self.#l.unwrap_or_default()),
        )
    } else {
        (quote!(self.#l.as_slice()), quote!(self.#l))
    };
    let next_token = token.map(|t| {
        let f = &resp.fields[t];
        let t = ident(&f.ident);
        let body = if f.optional {
            quote!(self.#t.as_deref())
        } else {
            quote!(::std::option::Option::Some(self.#t.as_str()))
        };
        quote! {
            fn next_token(&self) -> ::std::option::Option<&str> { #body }
        }
    });
    quote! {
        impl ::tencentcloud_runtime::paginate::Page for super::#name {
            type Item = #item;
            fn total(&self) -> ::std::option::Option<u64> { #total_body }
            fn items(&self) -> &[#item] { #items_body }
            fn into_items(self) -> ::std::vec::Vec<#item> { #into_body }
            #next_token
        }
    }
}

fn method(a: &Action, req: &Struct, resp: &Struct, p: &Pagination) -> TokenStream {
    let m = ident(&format!("{}_paginator", crate::ir::names::bare(&a.method)));
    let call = crate::ir::names::bare(&a.method);
    let req_ty = ident(&req.name);
    let resp_ty = ident(&resp.name);
    let wire = &a.wire;
    let idempotent = a.idempotent;
    let skip_sign = a.skip_sign;
    let (constructor, page_size, how) = match p {
        Pagination::Offset {
            page_size, total, ..
        } => (
            quote!(offset),
            *page_size,
            format!(
                "by `Offset`/`Limit`{}",
                if total.is_some() {
                    ", up to the reported total"
                } else {
                    ""
                }
            ),
        ),
        Pagination::Token { page_size, .. } => (quote!(token), *page_size, "by cursor".to_string()),
    };
    let d = format!(
        "Every page of [`{call}`](Self::{call}), {how}: a stream of pages (`.pages()`) or of \
         items (`.items()`). Pages hold {page_size} items unless the request sets its own \
         size or [`page_size`](::tencentcloud_runtime::paginate::Paginator::page_size) is \
         called; the walk stops at the total, a short or empty page, or \
         [`max_items`](::tencentcloud_runtime::paginate::Paginator::max_items)."
    );
    let deprecated = a
        .deprecated
        .then(|| quote!(#[deprecated(note = "this action is deprecated upstream")]));
    quote! {
        #[doc = #d]
        #deprecated
        pub fn #m(&self, request: super::#req_ty) -> ::tencentcloud_runtime::paginate::Paginator<super::#req_ty, super::#resp_ty> {
            ::tencentcloud_runtime::paginate::Paginator::#constructor(
                ::std::clone::Clone::clone(self.runtime()),
                &::tencentcloud_runtime::Action { name: #wire, idempotent: #idempotent, skip_sign: #skip_sign },
                request,
                #page_size,
            )
        }
    }
}
