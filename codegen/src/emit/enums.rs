//! `enums.rs`: open enums from the reviewed `enums.json`.
//!
//! Each enum is one invocation of the runtime's `__open_enum!`, which writes
//! the type and the dozen impls every enum shares (see
//! `runtime/src/macros.rs`); the generated text is the enum's docs and its
//! values, once each.

use super::{doc_comment, ident, FileWriter};
use crate::ir::{Enum, Service};
use proc_macro2::Literal;

pub fn file(service: &Service, header: &str) -> String {
    let head: syn::File = syn::parse_quote! {
        //! Enumerations documented in the spec (from the reviewed `enums.json`).
    };
    let mut out = FileWriter::new(header);
    out.file(&head);
    for e in &service.enums {
        out.raw(&open_enum(e));
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

/// The `__open_enum!` invocation of `e`: its docs, coding and values.
fn open_enum(e: &Enum) -> String {
    let mut text = String::from("::tencentcloud_runtime::__open_enum! {\n");
    doc_comment(&mut text, "    ", &enum_doc(e));
    let coding = if e.integer { "int" } else { "str" };
    text.push_str(&format!("    pub enum {}: {coding} {{\n", ident(&e.name)));
    for v in &e.values {
        let doc = if v.doc.is_empty() {
            format!("`{}`.", v.wire)
        } else {
            format!("`{}`: {}", v.wire, v.doc)
        };
        doc_comment(&mut text, "        ", &doc);
        // Integer values as unsuffixed literals: the macro also prints them
        // (`as_str`), and a negative one is `-` and a literal.
        let value = if e.integer {
            v.wire.parse::<i64>().unwrap_or_default().to_string()
        } else {
            Literal::string(&v.wire).to_string()
        };
        text.push_str(&format!("        {} = {value},\n", ident(&v.variant)));
    }
    text.push_str("    }\n}\n");
    text
}
