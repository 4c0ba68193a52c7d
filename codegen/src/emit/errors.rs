//! `errors.rs`: the service's error codes as an open enum.

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
        quote!(#code => ::std::option::Option::Some(Self::#var),)
    });
    let describe_arms = service.error_codes.iter().map(|c| {
        let code = &c.code;
        let text = plain_description(&c.doc);
        quote!(#code => ::std::option::Option::Some(#text),)
    });
    let codes: Vec<&str> = service
        .error_codes
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    let header = doc(&format!(
        "Error codes of {} {}, from the official error-code list.\n\n\
         Open: a code the list does not have decodes to `UnknownValue` and keeps its text. \
         Get one from an error with [`ServiceError::code_as`](::tencentcloud_runtime::ServiceError::code_as); \
         match a whole domain with [`ServiceError::has_prefix`](::tencentcloud_runtime::ServiceError::has_prefix) \
         or [`ErrorCode::domain`].",
        service.endpoint_prefix, service.api_version
    ));
    quote! {
        //! Error codes.
        #header
        #[derive(::std::clone::Clone, ::std::cmp::PartialEq, ::std::cmp::Eq, ::std::hash::Hash, ::std::fmt::Debug)]
        #[non_exhaustive]
        pub enum ErrorCode {
            #(#variants)*
            /// A code the list does not have, kept verbatim.
            UnknownValue(::tencentcloud_runtime::UnknownValue),
        }

        impl ErrorCode {
            /// Every listed code.
            pub const ALL: &'static [&'static str] = &[#(#codes),*];

            /// The code text (`FailedOperation.AgentOffline`).
            pub fn as_str(&self) -> &str {
                match self {
                    #(#as_str_arms)*
                    Self::UnknownValue(v) => v.as_str(),
                }
            }

            /// The listed code for `s`, if any.
            pub fn try_parse(s: &str) -> ::std::option::Option<Self> {
                match s {
                    #(#parse_arms)*
                    _ => ::std::option::Option::None,
                }
            }

            /// The part before the first dot (`FailedOperation`).
            pub fn domain(&self) -> &str {
                let s = self.as_str();
                match s.find('.') {
                    ::std::option::Option::Some(i) => &s[..i],
                    ::std::option::Option::None => s,
                }
            }

            /// The list's description of this code.
            pub fn description(&self) -> ::std::option::Option<&'static str> {
                Self::describe(self.as_str())
            }

            /// The list's description of a code given as text.
            pub fn describe(code: &str) -> ::std::option::Option<&'static str> {
                match code {
                    #(#describe_arms)*
                    _ => ::std::option::Option::None,
                }
            }
        }

        impl ::std::convert::From<&str> for ErrorCode {
            fn from(s: &str) -> Self {
                match Self::try_parse(s) {
                    ::std::option::Option::Some(v) => v,
                    ::std::option::Option::None => Self::UnknownValue(::tencentcloud_runtime::UnknownValue::string(s)),
                }
            }
        }

        impl ::std::str::FromStr for ErrorCode {
            type Err = ::std::convert::Infallible;
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(<Self as ::std::convert::From<&str>>::from(s))
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
