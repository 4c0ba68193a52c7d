//! `errors.rs`: the service's error codes as an open enum. Codes common to
//! all services are the runtime's `CommonCode`, wrapped, never redefined.

use super::{doc, ident};
use crate::ir::Service;
use proc_macro2::TokenStream;
use quote::quote;

pub fn file(service: &Service) -> TokenStream {
    let variants = service.error_codes.iter().map(|c| {
        let var = ident(&c.variant);
        let text = if c.doc.is_empty() {
            format!("`{}`.", c.code)
        } else {
            format!("`{}`: {}", c.code, c.doc)
        };
        let d = doc(&text);
        quote!(#d #var,)
    });
    let as_str_arms = service.error_codes.iter().map(|c| {
        let var = ident(&c.variant);
        let code = &c.code;
        quote!(Self::#var => #code,)
    });
    let parse_arms = service.error_codes.iter().map(|c| {
        let var = ident(&c.variant);
        let code = &c.code;
        quote!(#code => Some(Self::#var),)
    });
    let describe_arms = service.error_codes.iter().map(|c| {
        let code = &c.code;
        let text = plain_description(&c.doc);
        quote!(#code => Some(#text),)
    });
    // A service without codes of its own (clippy: no `match` with one arm).
    let common_parse = quote!(::tencentcloud_runtime::CommonCode::try_parse(s).map(Self::Common));
    let common_describe = quote!(::tencentcloud_runtime::CommonCode::describe(code));
    let (try_parse_body, describe_body) = if service.error_codes.is_empty() {
        (common_parse, common_describe)
    } else {
        (
            quote!(match s { #(#parse_arms)* _ => #common_parse, }),
            quote!(match code { #(#describe_arms)* _ => #common_describe, }),
        )
    };
    let mut all: Vec<&str> = service
        .error_codes
        .iter()
        .map(|c| c.code.as_str())
        .chain(service.common_codes_listed.iter().map(String::as_str))
        .collect();
    all.sort_unstable();
    let common_note = if service.common_codes_listed.is_empty() {
        String::new()
    } else {
        let listed: Vec<String> = service
            .common_codes_listed
            .iter()
            .map(|c| format!("`{c}`"))
            .collect();
        format!(
            " The service's list also names these common codes: {}.",
            listed.join(", ")
        )
    };
    let header = doc(&format!(
        "Error codes of {} {}, from the official error-code list.\n\n\
         Codes common to every service (`AuthFailure.*`, `RequestLimitExceeded`, `InternalError`, \
         `ResourceNotFound`...) are [`ErrorCode::Common`] holding a \
         [`CommonCode`](::tencentcloud_runtime::CommonCode).{common_note}\n\n\
         Open: a code neither list has decodes to `UnknownValue` and keeps its text. \
         Get one from an error with [`ServiceError::code_as`](::tencentcloud_runtime::ServiceError::code_as); \
         match a whole domain with [`ErrorCode::domain`] or \
         [`ServiceError::has_prefix`](::tencentcloud_runtime::ServiceError::has_prefix).",
        service.endpoint_prefix, service.api_version
    ));
    quote! {
        //! Error codes.
        #header
        #[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::std::cmp::Eq, ::std::hash::Hash, ::std::fmt::Debug)]
        #[non_exhaustive]
        pub enum ErrorCode {
            /// A code common to all services.
            Common(::tencentcloud_runtime::CommonCode),
            #(#variants)*
            /// A code no list has, kept verbatim.
            UnknownValue(::tencentcloud_runtime::UnknownValue),
        }

        impl ErrorCode {
            /// Every code the service's list names (its own and the common ones it repeats).
            pub const ALL: &'static [&'static str] = &[#(#all),*];

            /// The code text (`FailedOperation.AgentOffline`).
            pub fn as_str(&self) -> &str {
                match self {
                    Self::Common(c) => c.as_str(),
                    #(#as_str_arms)*
                    Self::UnknownValue(v) => v.as_str(),
                }
            }

            /// The listed or common code for `s`, if any.
            pub fn try_parse(s: &str) -> ::std::option::Option<Self> {
                #try_parse_body
            }

            /// The part before the first dot (`FailedOperation`).
            pub fn domain(&self) -> &str {
                let s = self.as_str();
                match s.find('.') {
                    Some(i) => &s[..i],
                    None => s,
                }
            }

            /// The documented description of this code.
            pub fn description(&self) -> ::std::option::Option<&'static str> {
                Self::describe(self.as_str())
            }

            /// The documented description of a code given as text: the
            /// service's list first, then the common codes.
            pub fn describe(code: &str) -> ::std::option::Option<&'static str> {
                #describe_body
            }
        }

        impl ::std::convert::From<&str> for ErrorCode {
            fn from(s: &str) -> Self {
                match Self::try_parse(s) {
                    Some(v) => v,
                    None => Self::UnknownValue(::tencentcloud_runtime::UnknownValue::string(s)),
                }
            }
        }

        impl ::std::str::FromStr for ErrorCode {
            type Err = ::std::convert::Infallible;
            // Not `Self::Err`: it is ambiguous when a variant is named `Err` (monitor's `Health`).
            fn from_str(s: &str) -> ::std::result::Result<Self, ::std::convert::Infallible> {
                Ok(<Self as ::std::convert::From<&str>>::from(s))
            }
        }

        impl ::std::fmt::Display for ErrorCode {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    }
}

/// Markdown back to plain text for runtime messages (drop escapes).
fn plain_description(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut chars = markdown.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }
    out.replace("&amp;", "&").replace('\n', " ")
}
