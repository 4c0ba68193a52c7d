//! The version module's `mod.rs`: service description, `Client`, and one
//! async method per action. Each method is one call into the runtime's
//! generic `call`, so per-action code stays small.

use super::template::{Hole, Template};
use super::{doc, ident, inner_doc, FileWriter};
use crate::ir::doc::fence_for;
use crate::ir::{Action, Service};
use quote::quote;

pub fn module(service: &Service, lib: &str, header: &str) -> String {
    let module_doc = inner_doc(&module_doc(service));
    let name = &service.dir;
    let version = &service.api_version;
    let prefix = &service.endpoint_prefix;
    let sensitive = &service.sensitive;
    let paginators_mod = service.has_paginators().then(|| {
        quote!(
            mod paginators;
        )
    });
    // The crate's `specs/<version>/` holds links to the spec files
    // (`generate::Rendered::links`), two folders up from `src/<version>/`.
    let spec_file = |file: &str| format!("../../specs/{}/{file}", service.version_dir);
    let api_json = spec_file("api.json");
    let examples_json = if service.has_examples_json {
        let path = spec_file("examples.json");
        quote!(Some(include_str!(#path)))
    } else {
        quote!(None)
    };
    let enums_use = (!service.enums.is_empty()).then(|| {
        quote!(
            pub use enums::*;
        )
    });
    let client_doc = doc(&format!(
        "Client for {name} {version} (`{prefix}.tencentcloudapi.com`), one async method per action.\n\n\
         Cheap to clone and `Send + Sync`: clones share the connection pool.\n\n\
         ```no_run\n\
         # async fn demo(config: &{lib}::Config) -> Result<(), {lib}::Error> {{\n\
         let client = {lib}::{}::Client::new(config);\n\
         # let _ = client; Ok(()) }}\n\
         ```",
        service.version_dir
    ));
    // Parsed once; the methods (most of the file) are filled in from a template.
    let file: Template<syn::File> = Template::new(quote! {
        #module_doc

        mod enums;
        mod errors;
        mod models;
        #paginators_mod

        #enums_use
        pub use errors::*;
        pub use models::*;

        /// How the runtime reaches this service.
        #[doc(hidden)]
        pub static SERVICE: ::tencentcloud_runtime::ServiceInfo = ::tencentcloud_runtime::ServiceInfo {
            name: #name,
            version: #version,
            endpoint_prefix: #prefix,
            describe_error: Some(ErrorCode::describe),
            sensitive: &[#(#sensitive),*],
        };

        /// The official description of this version (`api.json`, `examples.json`), for `tencentcloud-emulator`.
        #[cfg(feature = "emulator")]
        pub const SPEC: ::tencentcloud_runtime::ServiceSpec = ::tencentcloud_runtime::ServiceSpec {
            service: #name,
            version: #version,
            api_json: include_str!(#api_json),
            examples_json: #examples_json,
        };

        #client_doc
        #[derive(::std::clone::Clone, ::std::fmt::Debug)]
        pub struct Client {
            runtime: ::tencentcloud_runtime::ServiceClient,
        }

        impl Client {
            /// A client using `config` (credentials, region, endpoint, timeouts, retries).
            pub fn new(config: &::tencentcloud_runtime::Config) -> Self {
                Client { runtime: ::tencentcloud_runtime::ServiceClient::new(config, &SERVICE) }
            }

            /// A client around an existing runtime client.
            pub fn from_runtime(runtime: ::tencentcloud_runtime::ServiceClient) -> Self {
                Client { runtime }
            }

            /// The runtime client, for generic calls (`call_json`) to actions the spec lacks.
            pub fn runtime(&self) -> &::tencentcloud_runtime::ServiceClient {
                &self.runtime
            }

            __methods!();
        }
    });
    let method = Template::new(quote! {
        #[__docs]
        pub fn __method(&self, request: __request) -> ::tencentcloud_runtime::ResponseFuture<__response> {
            self.runtime.send_request(
                &::tencentcloud_runtime::Action { name: "__wire", idempotent: __idempotent, skip_sign: __skip_sign },
                &request,
            )
        }
    });
    let deprecated: syn::ItemStruct = syn::parse_quote! {
        #[deprecated(note = "this action is deprecated upstream")]
        struct S;
    };
    let mut out = FileWriter::new(header);
    let methods = service
        .actions
        .iter()
        .map(|a| {
            let req = &service.structs[a.input];
            let resp = &service.structs[a.output];
            let mut attrs = out.docs().attrs(&method_doc(a, &req.name, &resp.name));
            if a.deprecated {
                attrs.extend(deprecated.attrs.iter().cloned());
            }
            syn::ImplItem::Fn(method.fill(vec![
                ("__docs", Hole::Attrs(attrs)),
                ("__method", Hole::Ident(ident(&a.method))),
                ("__request", Hole::Ident(ident(&req.name))),
                ("__response", Hole::Ident(ident(&resp.name))),
                ("__wire", Hole::Str(a.wire.clone())),
                ("__idempotent", Hole::Expr(bool_lit(a.idempotent))),
                ("__skip_sign", Hole::Expr(bool_lit(a.skip_sign))),
            ]))
        })
        .collect();
    out.file(&file.fill(vec![("__methods", Hole::Items(methods))]));
    out.finish()
}

fn bool_lit(value: bool) -> syn::Expr {
    syn::Expr::Lit(syn::ExprLit {
        attrs: Vec::new(),
        lit: syn::Lit::Bool(syn::LitBool::new(value, proc_macro2::Span::call_site())),
    })
}

fn module_doc(service: &Service) -> String {
    let deprecated = service.actions.iter().filter(|a| a.deprecated).count();
    let mut d = format!(
        "{} API version {} (`{}`{}).\n\n\
         Endpoint `{}.tencentcloudapi.com`. {} actions ({} deprecated), {} types, {} enums, {} error codes.\n\n\
         Start with [`Client`](crate::{}::Client).",
        service.dir,
        service.api_version,
        service.module,
        if service.name_cn.is_empty() { String::new() } else { format!(", {}", service.name_cn) },
        service.endpoint_prefix,
        service.actions.len(),
        deprecated,
        service.structs.len() + service.free_form.len(),
        service.enums.len(),
        service.error_codes.len(),
        service.version_dir,
    );
    d = d.replace("(, ", "(");
    d
}

fn method_doc(a: &Action, req: &str, resp: &str) -> String {
    let mut d = String::new();
    if !a.title.is_empty() {
        d.push_str(&a.title);
        d.push_str("\n\n");
    }
    d.push_str(&a.doc);
    d.push_str(&format!(
        "\n\nAction `{}`. Request: [`{req}`]; response: [`{resp}`].",
        a.wire
    ));
    if a.idempotent {
        d.push_str(
            " The request has a `ClientToken`, so retries after ambiguous failures are safe.",
        );
    }
    if a.deprecated {
        d.push_str("\n\n**Deprecated** upstream.");
    }
    if let Some(ex) = a.examples.first() {
        let title = if ex.title.is_empty() {
            "Example"
        } else {
            &ex.title
        };
        d.push_str(&format!("\n\n# Example: {title}\n\nRequest:\n\n"));
        let input = ex.input.trim();
        let f = fence_for(input);
        d.push_str(&format!("{f}text\n{input}\n{f}\n\nResponse:\n\n"));
        let output = ex.output.trim();
        let f = fence_for(output);
        d.push_str(&format!("{f}text\n{output}\n{f}"));
        if a.examples.len() > 1 {
            let others: Vec<String> = a.examples[1..]
                .iter()
                .map(|e| format!("\"{}\"", e.title))
                .collect();
            d.push_str(&format!(
                "\n\nMore examples in the spec's `examples.json`: {}.",
                others.join(", ")
            ));
        }
    }
    d
}
