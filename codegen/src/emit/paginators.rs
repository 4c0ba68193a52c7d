//! `paginators.rs`: the runtime's paging traits for each paginated action's
//! request and response, and a `<method>_paginator` method on `Client`.

use super::{ident, std, ty};
use crate::ir::paginate::Pagination;
use crate::ir::{Action, Field, Paginator, Service, Struct, Ty};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeSet;

pub fn file(service: &Service) -> TokenStream {
    // A request or response shared by several actions gets its impls once
    // (the IR pages a shared type one way only).
    let mut requests_done: BTreeSet<usize> = BTreeSet::new();
    let mut responses_done: BTreeSet<usize> = BTreeSet::new();
    let mut impls = Vec::new();
    let mut methods = Vec::new();
    for a in &service.actions {
        let Some(pg) = &a.paginator else { continue };
        let p = &pg.pagination;
        let req = &service.structs[a.input];
        let resp = &service.structs[a.output];
        if requests_done.insert(a.input) {
            impls.push(request_impl(service, req, p));
        }
        if responses_done.insert(a.output) {
            impls.push(response_impl(service, resp, p));
        }
        methods.push(method(a, pg, req, resp));
    }
    quote! {
        //! Paginators of the list actions.
        use super::*;
        use ::tencentcloud_runtime as rt;
        #(#impls)*
        impl Client {
            #(#methods)*
        }
    }
}

fn set(field: &Field, value: TokenStream) -> TokenStream {
    let id = ident(&field.ident);
    if field.optional {
        quote!(self.#id = Some(#value);)
    } else {
        quote!(self.#id = #value;)
    }
}

fn request_impl(service: &Service, req: &Struct, p: &Pagination) -> TokenStream {
    let (option, string) = (std(service, "Option"), std(service, "String"));
    let name = ident(&req.name);
    match p {
        Pagination::Offset { offset, limit, .. } => {
            let o = ident(&req.fields[*offset].ident);
            let l = ident(&req.fields[*limit].ident);
            let set_o = set(
                &req.fields[*offset],
                quote!(rt::paginate::FromCount::from_count(offset)),
            );
            let set_l = set(
                &req.fields[*limit],
                quote!(rt::paginate::FromCount::from_count(limit)),
            );
            quote! {
                impl rt::paginate::OffsetRequest for #name {
                    fn offset(&self) -> #option<u64> {
                        rt::paginate::AsCount::as_count(&self.#o)
                    }
                    fn limit(&self) -> #option<u64> {
                        rt::paginate::AsCount::as_count(&self.#l)
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
                        quote!(rt::paginate::AsCount::as_count(&self.#s)),
                        set(
                            &req.fields[*i],
                            quote!(rt::paginate::FromCount::from_count(size)),
                        ),
                    )
                }
                None => (quote!(None), quote!(let _ = size;)),
            };
            quote! {
                impl rt::paginate::TokenRequest for #name {
                    fn set_token(&mut self, token: #string) { #set_t }
                    fn page_size(&self) -> #option<u64> { #get_size }
                    fn set_page_size(&mut self, size: u64) { #set_size }
                }
            }
        }
    }
}

fn response_impl(service: &Service, resp: &Struct, p: &Pagination) -> TokenStream {
    let (option, vec) = (std(service, "Option"), std(service, "Vec"));
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
            quote!(rt::paginate::AsCount::as_count(&self.#t))
        }
        None => quote!(None),
    };
    let (items_body, into_body) = if list_field.optional {
        (
            quote!(match &self.#l { Some(v) => v.as_slice(), None => &[] }),
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
            quote!(Some(self.#t.as_str()))
        };
        quote! {
            fn next_token(&self) -> #option<&str> { #body }
        }
    });
    quote! {
        impl rt::paginate::Page for #name {
            type Item = #item;
            fn total(&self) -> #option<u64> { #total_body }
            fn items(&self) -> &[#item] { #items_body }
            fn into_items(self) -> #vec<#item> { #into_body }
            #next_token
        }
    }
}

fn method(a: &Action, pg: &Paginator, req: &Struct, resp: &Struct) -> TokenStream {
    let p = &pg.pagination;
    let m = ident(&pg.method);
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
    let mut d = format!(
        "Every page of [`{call}`](Self::{call}), {how}: a stream of pages (`.pages()`) or of \
         items (`.items()`). Pages hold {page_size} items unless the request sets its own \
         size or [`page_size`](rt::paginate::Paginator::page_size) is \
         called; the walk stops at the total, a short or empty page, or \
         [`max_items`](rt::paginate::Paginator::max_items)."
    );
    if let Some(note) = &pg.note {
        d.push_str("\n\n");
        d.push_str(note);
    }
    let d = super::doc(&d);
    let deprecated = a
        .deprecated
        .then(|| quote!(#[deprecated(note = "this action is deprecated upstream")]));
    quote! {
        #d
        #deprecated
        pub fn #m(&self, request: #req_ty) -> rt::paginate::Paginator<#req_ty, #resp_ty> {
            rt::paginate::Paginator::#constructor(
                self.runtime().clone(),
                &rt::Action { name: #wire, idempotent: #idempotent, skip_sign: #skip_sign },
                request,
                #page_size,
            )
        }
    }
}
