//! Stage 2: the resolved, named and validated model the emitter reads.
//!
//! Everything that can be wrong with the input is found here: dangling
//! references, invalid enum definitions, names that collide. Once a
//! [`Service`] exists, emission cannot fail.

mod build;
pub mod doc;
pub mod names;
pub mod paginate;

pub use build::{build_service, ServiceInput};

/// One service version (`cwp` 2018-02-28).
#[derive(Debug, Clone)]
pub struct Service {
    /// Spec folder name (`cwp`), also the cargo feature.
    pub dir: String,
    /// Version folder name (`v20180228`), also the module name.
    pub version_dir: String,
    /// Rust module of the service (`cwp`).
    pub module: String,
    /// `X-TC-Version` value (`2018-02-28`).
    pub api_version: String,
    /// Endpoint prefix and signing service (`cwp`).
    pub endpoint_prefix: String,
    /// The Chinese product name from the spec metadata.
    pub name_cn: String,
    /// Actions, sorted by wire name.
    pub actions: Vec<Action>,
    /// Structs, sorted by Rust name.
    pub structs: Vec<Struct>,
    /// Object names that are free-form JSON maps, with their docs, sorted.
    pub free_form: Vec<FreeForm>,
    /// Enums, sorted by Rust name.
    pub enums: Vec<Enum>,
    /// The service's own error codes (not the common ones), sorted by code.
    pub error_codes: Vec<ErrorCode>,
    /// Codes common to all services that the service's list names too.
    pub common_codes_listed: Vec<String>,
    /// Provenance for the generated files' headers.
    pub source: String,
    /// The spec folder has an `examples.json` (the crate's `emulator`
    /// feature embeds it beside `api.json`).
    pub has_examples_json: bool,
    /// Wire names of the sensitive members (`sensitive.json`), sorted and
    /// unique: the runtime keeps their values out of error snippets.
    pub sensitive: Vec<String>,
    /// Things worth telling the user that do not stop generation.
    pub warnings: Vec<String>,
}

impl Service {
    /// Whether a type the generated module defines has the name `name`, so
    /// generated code must spell the prelude's `name` with its full path
    /// (specs define types named `Result`, `Option`, `Error`...).
    pub fn shadows(&self, name: &str) -> bool {
        names::RESERVED_TYPES.contains(&name)
            || self.structs.iter().any(|s| s.name == name)
            || self.free_form.iter().any(|f| f.name == name)
            || self.enums.iter().any(|e| e.name == name)
    }

    /// Whether some action pages (the module then has a `paginators.rs`).
    pub fn has_paginators(&self) -> bool {
        self.actions.iter().any(|a| a.paginator.is_some())
    }
}

/// One action.
#[derive(Debug, Clone)]
pub struct Action {
    /// Wire name (`DescribeVirusDetail`).
    pub wire: String,
    /// Client method (`describe_virus_detail`).
    pub method: String,
    /// Human title from the spec, as Markdown (empty when there is none).
    pub title: String,
    /// Markdown description.
    pub doc: String,
    /// Index into [`Service::structs`] of the request.
    pub input: usize,
    /// Index into [`Service::structs`] of the response.
    pub output: usize,
    /// Marked deprecated upstream.
    pub deprecated: bool,
    /// Called unsigned (`Authorization: SKIP`).
    pub skip_sign: bool,
    /// The request has a `ClientToken` member: safe to repeat.
    pub idempotent: bool,
    /// Documentation examples (verbatim).
    pub examples: Vec<Example>,
    /// The `Client` method that walks every page, if it is a list action.
    pub paginator: Option<Paginator>,
}

/// The paginator of a list action: how it pages and the `Client` method that
/// walks every page.
#[derive(Debug, Clone)]
pub struct Paginator {
    /// How the action pages.
    pub pagination: paginate::Pagination,
    /// Client method (`describe_risk_process_events_paginator`), unique among
    /// every method of the `Client`.
    pub method: String,
    /// Markdown note for the method's doc when the name had to take a suffix.
    pub note: Option<String>,
}

/// One documentation example: the title as Markdown, request and response
/// verbatim.
#[derive(Debug, Clone)]
pub struct Example {
    /// Title, as Markdown (empty when there is none).
    pub title: String,
    /// HTTP request text.
    pub input: String,
    /// Response text.
    pub output: String,
}

/// A generated struct.
#[derive(Debug, Clone)]
pub struct Struct {
    /// Object name in the spec.
    pub wire: String,
    /// Rust type name.
    pub name: String,
    /// Markdown doc.
    pub doc: String,
    /// Fields in member order.
    pub fields: Vec<Field>,
    /// Reachable from some action's input.
    pub used_in_input: bool,
    /// Reachable from some action's output.
    pub used_in_output: bool,
    /// The input object of an action.
    pub is_request: bool,
    /// The output object of an action.
    pub is_response: bool,
}

impl Struct {
    /// Required members are plain values (not `Option`): the struct is only
    /// ever sent, never received, so a missing member is a caller's mistake.
    pub fn input_only(&self) -> bool {
        self.used_in_input && !self.used_in_output
    }

    /// Whether the struct can implement `Default` (no plain required field).
    pub fn has_default(&self) -> bool {
        self.fields.iter().all(|f| f.optional)
    }

    /// Fields a constructor takes.
    pub fn required_fields(&self) -> impl Iterator<Item = &Field> {
        self.fields.iter().filter(|f| f.required)
    }
}

/// One struct field.
#[derive(Debug, Clone)]
pub struct Field {
    /// Wire name (`RiskLevel`).
    pub wire: String,
    /// Rust identifier (`risk_level`, `r#type`).
    pub ident: String,
    /// Setter (`set_risk_level`).
    pub setter: String,
    /// Slice getter for list fields.
    pub getter: Option<String>,
    /// Markdown doc.
    pub doc: String,
    /// Value type.
    pub ty: Ty,
    /// Stored as `Option<T>`.
    pub optional: bool,
    /// Required by the spec in requests (constructor argument).
    pub required: bool,
    /// Stored boxed (recursive type).
    pub boxed: bool,
    /// Disabled upstream (deprecated).
    pub deprecated: bool,
    /// Upstream says it may be `null` in responses.
    pub nullable: bool,
    /// The snake name it had to give up to another member, if any.
    pub renamed_from: Option<String>,
    /// Example value from the spec.
    pub example: Option<String>,
    /// Scalar format note for string members (`datetime`, `date`, ...).
    pub format: Option<String>,
    /// A secret (`sensitive.json`): `Debug` shows `"<redacted>"`.
    pub sensitive: bool,
}

/// A value type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Ty {
    /// `String`.
    String,
    /// `i64`.
    I64,
    /// `u64`.
    U64,
    /// `f64`.
    F64,
    /// `bool`.
    Bool,
    /// A generated enum, by index into [`Service::enums`].
    Enum(usize),
    /// A generated struct, by index into [`Service::structs`].
    Struct(usize),
    /// A free-form JSON object.
    Json,
    /// A list.
    List(Box<Ty>),
}

/// A free-form object: emitted as a type alias of a JSON map.
#[derive(Debug, Clone)]
pub struct FreeForm {
    /// Rust type name.
    pub name: String,
    /// Object name.
    pub wire: String,
    /// Markdown doc.
    pub doc: String,
}

/// A generated open enum.
#[derive(Debug, Clone)]
pub struct Enum {
    /// Rust type name.
    pub name: String,
    /// Markdown doc.
    pub doc: String,
    /// Integer-coded (else string-coded).
    pub integer: bool,
    /// Documented values.
    pub values: Vec<EnumValue>,
    /// `Struct.Member` references that use it, for the doc.
    pub members: Vec<String>,
}

/// One documented enum value.
#[derive(Debug, Clone)]
pub struct EnumValue {
    /// The wire value as text (`RISK_CRITICAL`, `2`).
    pub wire: String,
    /// Variant name.
    pub variant: String,
    /// Markdown doc.
    pub doc: String,
}

/// One listed error code.
#[derive(Debug, Clone)]
pub struct ErrorCode {
    /// Wire code (`FailedOperation.AgentOffline`).
    pub code: String,
    /// Variant name (`FailedOperationAgentOffline`).
    pub variant: String,
    /// Markdown description.
    pub doc: String,
}
