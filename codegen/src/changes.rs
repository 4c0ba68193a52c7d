//! What a new upstream release changes, for the users of each generated
//! crate: the change report of `tencentcloud-codegen changes`.
//!
//! [`diff`] compares two built IRs of one service-version and is pure;
//! [`compare_dirs`] reads two specs folders (`<svc>/<version>/api.json`, as
//! `specs/`), pairs their service-versions and builds a [`Report`]: per
//! crate (service folder), the changes of each API version, each judged
//! **compatible** or **breaking**, and the version bump that suggests.
//! [`Report::to_markdown`] writes it so it can be quoted in a release note;
//! the same data serializes to JSON with the field names of the types below
//! (stable: `format` changes if they do).
//!
//! # What is compared
//!
//! Actions, types (structs and free-form maps), members, enum values and
//! error codes are matched by their wire names, enums by their Rust names,
//! and judged by what the generator makes of them (Rust names, field types,
//! `new`, `Default`, directions), so a rename that only changes Rust names
//! is seen too.
//!
//! The inputs are `api.json` and, unless [`Scope::ApiOnly`], `errorcodes.py`
//! and `enums.json`. As for the generator, an absent `errorcodes.py` means no
//! error codes and an absent `enums.json` no enums (a note says when a file
//! is on one side only; `--api-only` compares `api.json` alone, for folders
//! that lack the others). `examples.json` does not shape the API and is not
//! read. `enums.json` is ours and `scripts/update-specs.sh` leaves it alone,
//! so the report can run before enums are re-mined: references to members
//! the `api.json` beside it lacks (or whose type no longer fits), and enums
//! whose name a type of the `api.json` now takes, are left out with a note.
//!
//! Not compared: docs, examples, idempotence, nullability notes, and the
//! codes common to all services (the runtime's `CommonCode`; listing one
//! more or one less changes only docs).
//!
//! # Rules
//!
//! Judged from the generated Rust API: **breaking** when code written
//! against the old crate may no longer compile. Structs are
//! `#[non_exhaustive]` with public fields and setters; spec enums and the
//! error-code enum are open and `#[non_exhaustive]`; a struct's `new` takes
//! its members required in requests, in member order; a struct derives
//! `Default` when no field is a plain (non-`Option`) value, which only
//! required members of types sent but never received are. [`classify`]
//! applies this table, and nothing else decides:
//!
//! | change | verdict |
//! |---|---|
//! | service-version added | compatible (a new module) |
//! | service-version removed | breaking |
//! | action added | compatible (a new `Client` method) |
//! | action removed; its method renamed; its request or response type changed | breaking |
//! | action newly deprecated, or no longer | compatible (`#[deprecated]` warns) |
//! | paginator added | compatible |
//! | paginator removed, renamed, or paging another way (offset ↔ token) | breaking |
//! | type added | compatible |
//! | type removed, renamed, or struct ↔ free-form map | breaking |
//! | member added, optional | compatible (`#[non_exhaustive]`: a field and a setter more) |
//! | member added, required in requests | breaking when it adds a parameter to an existing `new` or takes `Default` away; compatible when it only adds a `new` |
//! | member removed, or renamed in Rust (field, setter, getter) | breaking |
//! | member's Rust type changed (`Option`, `Box` included) | breaking |
//! | member gains, loses or changes its enum type | breaking (the field's type changes) |
//! | member becomes required in requests | as a required member added; a field of a request-only type also loses its `Option` (breaking) |
//! | member no longer required in requests | breaking (`new` loses a parameter) |
//! | required members reordered | breaking (`new`'s parameters) |
//! | member deprecated, or no longer | compatible |
//! | type sent or received differently | breaking when setters or decoding move behind the `all-directions` feature, `new` changes or goes, fields gain or lose `Option`, or `Default` goes; compatible otherwise |
//! | enum added | compatible |
//! | enum removed, or coded differently (string ↔ integer) | breaking |
//! | enum value added | compatible (open, `#[non_exhaustive]`) |
//! | enum value removed, or its variant renamed | breaking |
//! | error code added | compatible (`#[non_exhaustive]` `ErrorCode`) |
//! | error code removed, or its variant renamed | breaking |
//!
//! # Version bumps
//!
//! The crates are 0.x, where Cargo reads `0.1 → 0.2` as incompatible and
//! `0.1.0 → 0.1.1` as compatible. So a crate with any breaking change
//! suggests a **minor** bump (0.1 → 0.2), one with compatible changes only a
//! **patch** bump (0.1.0 → 0.1.1), and one without changes **none**; a new
//! service is a **new** crate, a removed one **removed**. The facade
//! `tencentcloud-sdk` re-exports the crates: its bump is the largest of
//! theirs (a removed crate takes a feature away: minor; a new one adds one:
//! patch).

use crate::generate::{self, SpecDir};
use crate::ir::paginate::Pagination;
use crate::ir::{self, names, Action, Field, Service, ServiceInput, Struct, Ty};
use crate::spec::enums::{EnumKind, EnumsFile};
use crate::spec::{self, ApiSpec, MemberKind, SpecError};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Version of the JSON layout.
pub const FORMAT: u32 = 1;

/// The verdict on one change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Compat {
    /// Code written against the old crate may no longer compile.
    Breaking,
    /// Code written against the old crate still compiles.
    Compatible,
}

/// The suggested version bump of a crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    /// Nothing changed.
    None,
    /// Compatible changes only: 0.1.0 → 0.1.1.
    Patch,
    /// Some breaking change: 0.1 → 0.2.
    Minor,
    /// A crate that did not exist.
    New,
    /// A crate no longer generated.
    Removed,
}

impl Bump {
    /// The bump of a crate with these counts.
    pub fn suggest(breaking: usize, compatible: usize) -> Bump {
        if breaking > 0 {
            Bump::Minor
        } else if compatible > 0 {
            Bump::Patch
        } else {
            Bump::None
        }
    }

    /// The facade's share of a crate's bump: a removed crate takes a
    /// feature away (minor), a new one adds one (patch).
    fn for_facade(self) -> Bump {
        match self {
            Bump::Removed | Bump::Minor => Bump::Minor,
            Bump::New | Bump::Patch => Bump::Patch,
            Bump::None => Bump::None,
        }
    }

    /// `minor`, `patch`, ...
    pub fn label(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::New => "new crate",
            Bump::Removed => "removed crate",
        }
    }
}

/// What kind of change; its [`Category`] is fixed by the kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A service-version (module) appeared.
    VersionAdded,
    /// A service-version (module) is gone.
    VersionRemoved,
    /// A new action.
    ActionAdded,
    /// An action is gone.
    ActionRemoved,
    /// An action is now deprecated upstream.
    ActionDeprecated,
    /// An action is no longer deprecated.
    ActionUndeprecated,
    /// An action's `Client` method has another name.
    ActionRenamed,
    /// An action takes or returns another type.
    ActionTypesChanged,
    /// An action got a paginator.
    PaginatorAdded,
    /// An action lost its paginator.
    PaginatorRemoved,
    /// A paginator method has another name.
    PaginatorRenamed,
    /// A paginator pages another way (offset ↔ token).
    PaginatorChanged,
    /// A new type.
    TypeAdded,
    /// A type is gone.
    TypeRemoved,
    /// A type has another Rust name.
    TypeRenamed,
    /// A struct became a free-form map or the reverse.
    TypeKindChanged,
    /// A type is sent or received differently (directions, request role).
    TypeUsageChanged,
    /// The required members of a type come in another order (`new`).
    ConstructorReordered,
    /// A new member.
    MemberAdded,
    /// A member is gone.
    MemberRemoved,
    /// A member's field, setter or getter has another name.
    MemberRenamed,
    /// A member's Rust type changed.
    MemberTypeChanged,
    /// A member became required in requests.
    MemberRequired,
    /// A member is no longer required in requests.
    MemberNotRequired,
    /// A member is now deprecated upstream.
    MemberDeprecated,
    /// A member is no longer deprecated.
    MemberUndeprecated,
    /// A member is now typed by an enum.
    MemberEnumAdded,
    /// A member is no longer typed by an enum.
    MemberEnumRemoved,
    /// A member is typed by another enum.
    MemberEnumChanged,
    /// A new enum.
    EnumAdded,
    /// An enum is gone.
    EnumRemoved,
    /// An enum is coded differently (string ↔ integer).
    EnumCodingChanged,
    /// A new enum value (variant).
    EnumValueAdded,
    /// An enum value (variant) is gone.
    EnumValueRemoved,
    /// An enum value has another variant name.
    EnumValueRenamed,
    /// A new error code.
    ErrorCodeAdded,
    /// An error code is gone.
    ErrorCodeRemoved,
    /// An error code has another variant name.
    ErrorCodeRenamed,
}

/// How the report groups changes, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Modules.
    Version,
    /// `Client` methods.
    Action,
    /// Structs and free-form maps.
    Type,
    /// Struct members.
    Member,
    /// Spec enums and their values.
    Enum,
    /// The service's error codes.
    ErrorCode,
}

impl Category {
    fn label(self) -> &'static str {
        match self {
            Category::Version => "API versions",
            Category::Action => "Actions",
            Category::Type => "Types",
            Category::Member => "Members",
            Category::Enum => "Enums",
            Category::ErrorCode => "Error codes",
        }
    }
}

impl Kind {
    /// The group the kind is reported in.
    pub fn category(self) -> Category {
        use Kind::*;
        match self {
            VersionAdded | VersionRemoved => Category::Version,
            ActionAdded | ActionRemoved | ActionDeprecated | ActionUndeprecated | ActionRenamed
            | ActionTypesChanged | PaginatorAdded | PaginatorRemoved | PaginatorRenamed
            | PaginatorChanged => Category::Action,
            TypeAdded | TypeRemoved | TypeRenamed | TypeKindChanged | TypeUsageChanged
            | ConstructorReordered => Category::Type,
            MemberAdded | MemberRemoved | MemberRenamed | MemberTypeChanged | MemberRequired
            | MemberNotRequired | MemberDeprecated | MemberUndeprecated | MemberEnumAdded
            | MemberEnumRemoved | MemberEnumChanged => Category::Member,
            EnumAdded | EnumRemoved | EnumCodingChanged | EnumValueAdded | EnumValueRemoved
            | EnumValueRenamed => Category::Enum,
            ErrorCodeAdded | ErrorCodeRemoved | ErrorCodeRenamed => Category::ErrorCode,
        }
    }
}

/// What a member or type change does to a struct's generated API, for the
/// kinds whose verdict depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// The existing `new` takes one more parameter.
    ConstructorParamAdded,
    /// The existing `new` takes one parameter less.
    ConstructorParamRemoved,
    /// The existing `new` takes other parameters.
    ConstructorChanged,
    /// A `new` appears.
    ConstructorAdded,
    /// `new` is gone.
    ConstructorRemoved,
    /// Fields that were `Option<T>` are plain `T`.
    FieldsNowPlain,
    /// Fields that were plain `T` are `Option<T>`.
    FieldsNowOptional,
    /// The struct no longer implements `Default`.
    DefaultRemoved,
    /// The struct now implements `Default`.
    DefaultAdded,
    /// Setters now need the `all-directions` feature.
    SettersGated,
    /// Setters no longer need the `all-directions` feature.
    SettersOpened,
    /// Decoding now needs the `all-directions` feature.
    DecodingGated,
    /// Decoding no longer needs the `all-directions` feature.
    DecodingOpened,
}

impl Effect {
    fn text(self) -> &'static str {
        match self {
            Effect::ConstructorParamAdded => "`new` takes one more parameter",
            Effect::ConstructorParamRemoved => "`new` takes one parameter less",
            Effect::ConstructorChanged => "`new` takes other parameters",
            Effect::ConstructorAdded => "a `new` constructor appears",
            Effect::ConstructorRemoved => "`new` is gone",
            Effect::FieldsNowPlain => "no longer an `Option`",
            Effect::FieldsNowOptional => "now an `Option`",
            Effect::DefaultRemoved => "no longer implements `Default`",
            Effect::DefaultAdded => "now implements `Default`",
            Effect::SettersGated => "setters now need the `all-directions` feature",
            Effect::SettersOpened => "setters no longer need the `all-directions` feature",
            Effect::DecodingGated => "decoding now needs the `all-directions` feature",
            Effect::DecodingOpened => "decoding no longer needs the `all-directions` feature",
        }
    }
}

/// The rules of the module doc: the verdict on a change of `kind` with
/// these `effects` on the generated API. The only place verdicts are made.
pub fn classify(kind: Kind, effects: &[Effect]) -> Compat {
    use Kind::*;
    let breaking = match kind {
        // Something new, or a warning more or less.
        VersionAdded | ActionAdded | ActionDeprecated | ActionUndeprecated | PaginatorAdded
        | TypeAdded | MemberDeprecated | MemberUndeprecated | EnumAdded | EnumValueAdded
        | ErrorCodeAdded => false,
        // Something gone, renamed or retyped.
        VersionRemoved | ActionRemoved | ActionRenamed | ActionTypesChanged | PaginatorRemoved
        | PaginatorRenamed | PaginatorChanged | TypeRemoved | TypeRenamed | TypeKindChanged
        | ConstructorReordered | MemberRemoved | MemberRenamed | MemberTypeChanged
        | MemberEnumAdded | MemberEnumRemoved | MemberEnumChanged | EnumRemoved
        | EnumCodingChanged | EnumValueRemoved | EnumValueRenamed | ErrorCodeRemoved
        | ErrorCodeRenamed => true,
        // Judged by what they do to the struct: a `new` or setter more is
        // compatible, anything taken away or retyped is not.
        MemberAdded | MemberRequired | MemberNotRequired | TypeUsageChanged => {
            effects.iter().any(|e| match e {
                Effect::ConstructorAdded
                | Effect::DefaultAdded
                | Effect::SettersOpened
                | Effect::DecodingOpened => false,
                Effect::ConstructorParamAdded
                | Effect::ConstructorParamRemoved
                | Effect::ConstructorChanged
                | Effect::ConstructorRemoved
                | Effect::FieldsNowPlain
                | Effect::FieldsNowOptional
                | Effect::DefaultRemoved
                | Effect::SettersGated
                | Effect::DecodingGated => true,
            })
        }
    };
    if breaking {
        Compat::Breaking
    } else {
        Compat::Compatible
    }
}

/// One change. The subject fields that apply to its kind are set; `old`
/// and `new` hold the values before and after (a type, a name, a
/// signature) where the kind has them; `text` is the Markdown sentence of
/// the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What changed.
    pub kind: Kind,
    /// The group it is reported in.
    pub category: Category,
    /// The verdict ([`classify`]).
    pub compat: Compat,
    /// Action wire name (`DescribeMachines`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The action's `Client` method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The action's paginator method, if it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paginator: Option<String>,
    /// Rust type name.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// The type's object name in the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub type_wire: Option<String>,
    /// Rust field name (without `r#`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    /// The member's name in the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member_wire: Option<String>,
    /// Enum name.
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    pub enum_name: Option<String>,
    /// Enum wire value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Error code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    /// After.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
    /// More about the subject (an added version's size).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// What it does to the struct (kinds judged by effects).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub effects: Vec<Effect>,
    /// The report's sentence, Markdown.
    pub text: String,
}

impl Change {
    fn new(kind: Kind) -> Change {
        Change {
            kind,
            category: kind.category(),
            compat: Compat::Breaking,
            action: None,
            method: None,
            paginator: None,
            type_name: None,
            type_wire: None,
            member: None,
            member_wire: None,
            enum_name: None,
            value: None,
            code: None,
            old: None,
            new: None,
            detail: None,
            effects: Vec::new(),
            text: String::new(),
        }
    }

    fn action(mut self, a: &Action) -> Self {
        self.action = Some(a.wire.clone());
        self.method = Some(a.method.clone());
        self.paginator = a.paginator.as_ref().map(|p| p.method.clone());
        self
    }

    fn ty(mut self, name: &str, wire: &str) -> Self {
        self.type_name = Some(name.to_string());
        self.type_wire = Some(wire.to_string());
        self
    }

    fn member(mut self, s: &Struct, f: &Field) -> Self {
        self = self.ty(&s.name, &s.wire);
        self.member = Some(names::bare(&f.ident).to_string());
        self.member_wire = Some(f.wire.clone());
        self
    }

    fn enumeration(mut self, name: &str) -> Self {
        self.enum_name = Some(name.to_string());
        self
    }

    fn value(mut self, v: &str) -> Self {
        self.value = Some(v.to_string());
        self
    }

    fn code(mut self, c: &str) -> Self {
        self.code = Some(c.to_string());
        self
    }

    fn old(mut self, v: impl Into<String>) -> Self {
        self.old = Some(v.into());
        self
    }

    fn new_value(mut self, v: impl Into<String>) -> Self {
        self.new = Some(v.into());
        self
    }

    fn detail(mut self, v: impl Into<String>) -> Self {
        self.detail = Some(v.into());
        self
    }

    fn effects(mut self, mut e: Vec<Effect>) -> Self {
        e.sort();
        e.dedup();
        self.effects = e;
        self
    }

    /// Judge it and write its sentence.
    fn done(mut self) -> Change {
        self.compat = classify(self.kind, &self.effects);
        self.text = describe(&self);
        self
    }

    /// Order in a group: subject, then kind, then value.
    fn sort_key(&self) -> impl Ord + '_ {
        let o = |s: &Option<String>| s.clone().unwrap_or_default();
        (
            self.category,
            o(&self.action).to_string() + &o(&self.type_name) + &o(&self.enum_name),
            o(&self.member),
            self.kind,
            o(&self.value) + &o(&self.code),
        )
    }
}

fn code_span(s: &str) -> String {
    if s.contains('`') {
        format!("`` {s} ``")
    } else {
        format!("`{s}`")
    }
}

/// The report's sentence for a change.
fn describe(c: &Change) -> String {
    use Kind::*;
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    let c_ = |v: &Option<String>| code_span(&s(v));
    let member = || format!("`{}.{}`", s(&c.type_name), s(&c.member));
    let type_name = || code_span(&s(&c.type_name));
    let method = || format!("`Client::{}`", s(&c.method));
    let enum_value = || format!("`{}` value {}", s(&c.enum_name), c_(&c.value));
    let mut text = match c.kind {
        VersionAdded => format!("API version {} added ({})", c_(&c.new), s(&c.detail)),
        VersionRemoved => format!("API version {} removed ({})", c_(&c.old), s(&c.detail)),
        ActionAdded => {
            let mut t = format!("{} added: {}", c_(&c.action), method());
            if let Some(p) = &c.paginator {
                let _ = write!(t, ", paginator `Client::{p}`");
            }
            t
        }
        ActionRemoved => format!("{} removed: {} is gone", c_(&c.action), method()),
        ActionDeprecated => format!("{} deprecated upstream: {}", c_(&c.action), method()),
        ActionUndeprecated => format!("{} no longer deprecated: {}", c_(&c.action), method()),
        ActionRenamed => format!(
            "{}: method `Client::{}` renamed `Client::{}`",
            c_(&c.action),
            s(&c.old),
            s(&c.new)
        ),
        ActionTypesChanged => format!(
            "{}: request and response types {} → {}",
            c_(&c.action),
            s(&c.old),
            s(&c.new)
        ),
        PaginatorAdded => format!("{}: paginator `Client::{}` added", c_(&c.action), s(&c.new)),
        PaginatorRemoved => {
            format!(
                "{}: paginator `Client::{}` removed",
                c_(&c.action),
                s(&c.old)
            )
        }
        PaginatorRenamed => format!(
            "{}: paginator `Client::{}` renamed `Client::{}`",
            c_(&c.action),
            s(&c.old),
            s(&c.new)
        ),
        PaginatorChanged => format!(
            "{}: paginator `Client::{}` pages by {} (was by {})",
            c_(&c.action),
            s(&c.paginator),
            s(&c.new),
            s(&c.old)
        ),
        TypeAdded => format!("{} added{}", type_name(), kind_note(&c.new)),
        TypeRemoved => format!("{} removed{}", type_name(), kind_note(&c.old)),
        TypeRenamed => format!(
            "`{}` (spec `{}`) renamed `{}`",
            s(&c.old),
            s(&c.type_wire),
            s(&c.new)
        ),
        TypeKindChanged => format!("{}: now {} (was {})", type_name(), s(&c.new), s(&c.old)),
        TypeUsageChanged => format!("{}: now {} (was {})", type_name(), s(&c.new), s(&c.old)),
        ConstructorReordered => format!(
            "`{}::new`: required members reordered, ({}) → ({})",
            s(&c.type_name),
            s(&c.old),
            s(&c.new)
        ),
        MemberAdded => format!("{} added ({})", member(), c_(&c.new)),
        MemberRemoved => format!("{} removed (was {})", member(), c_(&c.old)),
        MemberRenamed => format!(
            "{} (spec `{}`) renamed: {} → {}",
            member(),
            s(&c.member_wire),
            s(&c.old),
            s(&c.new)
        ),
        MemberTypeChanged => format!("{}: type {} → {}", member(), c_(&c.old), c_(&c.new)),
        MemberRequired => format!("{} now required in requests", member()),
        MemberNotRequired => format!("{} no longer required in requests", member()),
        MemberDeprecated => format!("{} deprecated upstream", member()),
        MemberUndeprecated => format!("{} no longer deprecated", member()),
        MemberEnumAdded => format!(
            "{}: now typed by enum {}, {} → {}",
            member(),
            c_(&c.enum_name),
            c_(&c.old),
            c_(&c.new)
        ),
        MemberEnumRemoved => format!(
            "{}: no longer typed by enum {}, {} → {}",
            member(),
            c_(&c.enum_name),
            c_(&c.old),
            c_(&c.new)
        ),
        MemberEnumChanged => format!(
            "{}: typed by another enum, {} → {}",
            member(),
            c_(&c.old),
            c_(&c.new)
        ),
        EnumAdded => format!("enum {} added ({})", c_(&c.enum_name), s(&c.new)),
        EnumRemoved => format!("enum {} removed", c_(&c.enum_name)),
        EnumCodingChanged => format!(
            "enum {}: sent as {} (was {})",
            c_(&c.enum_name),
            s(&c.new),
            s(&c.old)
        ),
        EnumValueAdded => format!("{} added: variant `{}`", enum_value(), s(&c.new)),
        EnumValueRemoved => format!("{} removed: variant `{}` is gone", enum_value(), s(&c.old)),
        EnumValueRenamed => format!(
            "{}: variant `{}` renamed `{}`",
            enum_value(),
            s(&c.old),
            s(&c.new)
        ),
        ErrorCodeAdded => format!("{} added: `ErrorCode::{}`", c_(&c.code), s(&c.new)),
        ErrorCodeRemoved => {
            format!(
                "{} removed: `ErrorCode::{}` is gone",
                c_(&c.code),
                s(&c.old)
            )
        }
        ErrorCodeRenamed => format!(
            "{}: variant `ErrorCode::{}` renamed `ErrorCode::{}`",
            c_(&c.code),
            s(&c.old),
            s(&c.new)
        ),
    };
    if !c.effects.is_empty() {
        let effects: Vec<&str> = c.effects.iter().map(|e| e.text()).collect();
        let _ = write!(text, ": {}", effects.join("; "));
    }
    text
}

fn kind_note(kind: &Option<String>) -> String {
    match kind.as_deref() {
        Some(FREE_FORM) => " (a free-form JSON map)".to_string(),
        _ => String::new(),
    }
}

const STRUCT: &str = "a struct";
const FREE_FORM: &str = "a free-form JSON map";

// ---------------------------------------------------------------------------
// The comparison of two IRs.
// ---------------------------------------------------------------------------

/// Every change from `old` to `new`, two builds of one service-version,
/// sorted as the report lists them.
pub fn diff(old: &Service, new: &Service) -> Vec<Change> {
    let mut out = Vec::new();
    diff_actions(old, new, &mut out);
    diff_types(old, new, &mut out);
    diff_enums(old, new, &mut out);
    diff_codes(old, new, &mut out);
    out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    out
}

fn style(p: &Pagination) -> &'static str {
    match p {
        Pagination::Offset { .. } => "offset",
        Pagination::Token { .. } => "token",
    }
}

fn diff_actions(old: &Service, new: &Service, out: &mut Vec<Change>) {
    let olds: BTreeMap<&str, &Action> = old.actions.iter().map(|a| (a.wire.as_str(), a)).collect();
    let news: BTreeMap<&str, &Action> = new.actions.iter().map(|a| (a.wire.as_str(), a)).collect();
    for (wire, a) in &news {
        if !olds.contains_key(wire) {
            out.push(Change::new(Kind::ActionAdded).action(a).done());
        }
    }
    for (wire, o) in &olds {
        let Some(n) = news.get(wire) else {
            out.push(Change::new(Kind::ActionRemoved).action(o).done());
            continue;
        };
        let with = |kind: Kind| Change::new(kind).action(n);
        if o.method != n.method {
            out.push(
                with(Kind::ActionRenamed)
                    .old(&o.method)
                    .new_value(&n.method)
                    .done(),
            );
        }
        match (o.deprecated, n.deprecated) {
            (false, true) => out.push(with(Kind::ActionDeprecated).done()),
            (true, false) => out.push(with(Kind::ActionUndeprecated).done()),
            _ => {}
        }
        let io = |s: &Service, a: &Action| {
            format!(
                "`{}`, `{}`",
                s.structs[a.input].name, s.structs[a.output].name
            )
        };
        let wires = |s: &Service, a: &Action| {
            (
                s.structs[a.input].wire.clone(),
                s.structs[a.output].wire.clone(),
            )
        };
        if wires(old, o) != wires(new, n) {
            out.push(
                with(Kind::ActionTypesChanged)
                    .old(io(old, o))
                    .new_value(io(new, n))
                    .done(),
            );
        }
        match (&o.paginator, &n.paginator) {
            (None, Some(p)) => out.push(with(Kind::PaginatorAdded).new_value(&p.method).done()),
            (Some(p), None) => out.push(with(Kind::PaginatorRemoved).old(&p.method).done()),
            (Some(a), Some(b)) => {
                if a.method != b.method {
                    out.push(
                        with(Kind::PaginatorRenamed)
                            .old(&a.method)
                            .new_value(&b.method)
                            .done(),
                    );
                }
                if style(&a.pagination) != style(&b.pagination) {
                    out.push(
                        with(Kind::PaginatorChanged)
                            .old(style(&a.pagination))
                            .new_value(style(&b.pagination))
                            .done(),
                    );
                }
            }
            (None, None) => {}
        }
    }
}

/// A type of a service by wire name: a struct or a free-form map.
enum TypeRef<'a> {
    Struct(&'a Struct),
    FreeForm(&'a ir::FreeForm),
}

impl TypeRef<'_> {
    fn name(&self) -> &str {
        match self {
            TypeRef::Struct(s) => &s.name,
            TypeRef::FreeForm(f) => &f.name,
        }
    }

    fn wire(&self) -> &str {
        match self {
            TypeRef::Struct(s) => &s.wire,
            TypeRef::FreeForm(f) => &f.wire,
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            TypeRef::Struct(_) => STRUCT,
            TypeRef::FreeForm(_) => FREE_FORM,
        }
    }
}

fn types(s: &Service) -> BTreeMap<&str, TypeRef<'_>> {
    let mut m = BTreeMap::new();
    for t in &s.structs {
        m.insert(t.wire.as_str(), TypeRef::Struct(t));
    }
    for f in &s.free_form {
        m.insert(f.wire.as_str(), TypeRef::FreeForm(f));
    }
    m
}

fn diff_types(old: &Service, new: &Service, out: &mut Vec<Change>) {
    let olds = types(old);
    let news = types(new);
    for (wire, t) in &news {
        if !olds.contains_key(wire) {
            out.push(
                Change::new(Kind::TypeAdded)
                    .ty(t.name(), t.wire())
                    .new_value(t.kind())
                    .done(),
            );
        }
    }
    for (wire, o) in &olds {
        let Some(n) = news.get(wire) else {
            out.push(
                Change::new(Kind::TypeRemoved)
                    .ty(o.name(), o.wire())
                    .old(o.kind())
                    .done(),
            );
            continue;
        };
        if o.name() != n.name() {
            out.push(
                Change::new(Kind::TypeRenamed)
                    .ty(n.name(), n.wire())
                    .old(o.name())
                    .new_value(n.name())
                    .done(),
            );
        }
        match (o, n) {
            (TypeRef::Struct(os), TypeRef::Struct(ns)) => diff_struct(old, new, os, ns, out),
            (TypeRef::FreeForm(_), TypeRef::FreeForm(_)) => {}
            _ => out.push(
                Change::new(Kind::TypeKindChanged)
                    .ty(n.name(), n.wire())
                    .old(o.kind())
                    .new_value(n.kind())
                    .done(),
            ),
        }
    }
}

/// The value type as Rust text, without the `Option` of optional fields.
fn value_text(s: &Service, ty: &Ty, boxed: bool) -> String {
    let inner = match ty {
        Ty::String => "String".to_string(),
        Ty::I64 => "i64".to_string(),
        Ty::U64 => "u64".to_string(),
        Ty::F64 => "f64".to_string(),
        Ty::Bool => "bool".to_string(),
        Ty::Enum(i) => s.enums[*i].name.clone(),
        Ty::Struct(i) => s.structs[*i].name.clone(),
        Ty::Json => "serde_json::Map<String, serde_json::Value>".to_string(),
        Ty::List(e) => format!("Vec<{}>", value_text(s, e, false)),
    };
    if boxed {
        format!("Box<{inner}>")
    } else {
        inner
    }
}

/// The field's type as Rust text (`Option<Vec<String>>`).
fn field_text(s: &Service, f: &Field) -> String {
    let v = value_text(s, &f.ty, f.boxed);
    if f.optional {
        format!("Option<{v}>")
    } else {
        v
    }
}

/// The enum typing a member (its elements, for a list), if any.
fn enum_of(ty: &Ty) -> Option<usize> {
    match ty {
        Ty::Enum(i) => Some(*i),
        Ty::List(e) => enum_of(e),
        _ => None,
    }
}

/// Whether two types are the same but for enums: an enum matches another
/// enum or the scalar it replaces (string or integer).
fn same_but_enums(old: &Service, a: &Ty, new: &Service, b: &Ty) -> bool {
    match (a, b) {
        (Ty::List(x), Ty::List(y)) => same_but_enums(old, x, new, y),
        (Ty::Enum(_), Ty::Enum(_)) => true,
        (Ty::Enum(_), Ty::String | Ty::I64 | Ty::U64)
        | (Ty::String | Ty::I64 | Ty::U64, Ty::Enum(_)) => true,
        (Ty::Struct(x), Ty::Struct(y)) => old.structs[*x].wire == new.structs[*y].wire,
        (Ty::Struct(_), _) | (_, Ty::Struct(_)) => false,
        _ => a == b,
    }
}

/// The text of a `new`'s parameters: `(a: String, b: i64)`.
fn ctor_text(s: &Service, params: &[&Field]) -> String {
    params
        .iter()
        .map(|f| {
            format!(
                "{}: {}",
                names::bare(&f.ident),
                value_text(s, &f.ty, f.boxed)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The parameters of the struct's `new`, if it has one (as the emitter
/// decides: required members, or any request).
fn constructor(s: &Struct) -> Option<Vec<&Field>> {
    let required: Vec<&Field> = s.required_fields().collect();
    (!required.is_empty() || s.is_request).then_some(required)
}

fn usage_text(s: &Struct) -> String {
    let dir = match (s.used_in_input, s.used_in_output) {
        (true, true) => "sent and received",
        (true, false) => "sent only",
        (false, true) => "received only",
        (false, false) => "unused",
    };
    if s.is_request {
        format!("{dir}, a request")
    } else {
        dir.to_string()
    }
}

fn diff_struct(old: &Service, new: &Service, os: &Struct, ns: &Struct, out: &mut Vec<Change>) {
    let old_ctor = constructor(os);
    let new_ctor = constructor(ns);
    let (old_default, new_default) = (os.has_default(), ns.has_default());
    let input_kept = os.used_in_input && ns.used_in_input;
    let usage_changed = os.used_in_input != ns.used_in_input
        || os.used_in_output != ns.used_in_output
        || os.is_request != ns.is_request;
    let olds: BTreeMap<&str, &Field> = os.fields.iter().map(|f| (f.wire.as_str(), f)).collect();
    let news: BTreeMap<&str, &Field> = ns.fields.iter().map(|f| (f.wire.as_str(), f)).collect();
    let mut required_changed: BTreeSet<&str> = BTreeSet::new();

    if usage_changed {
        let mut effects = Vec::new();
        match (os.used_in_input, ns.used_in_input) {
            (true, false) => effects.push(Effect::SettersGated),
            (false, true) => effects.push(Effect::SettersOpened),
            _ => {}
        }
        match (os.used_in_output, ns.used_in_output) {
            (true, false) => effects.push(Effect::DecodingGated),
            (false, true) => effects.push(Effect::DecodingOpened),
            _ => {}
        }
        if os.used_in_input != ns.used_in_input || os.is_request != ns.is_request {
            match (&old_ctor, &new_ctor) {
                (None, Some(_)) => effects.push(Effect::ConstructorAdded),
                (Some(_), None) => effects.push(Effect::ConstructorRemoved),
                (Some(a), Some(b)) if ctor_text(old, a) != ctor_text(new, b) => {
                    effects.push(Effect::ConstructorChanged)
                }
                _ => {}
            }
        }
        for (wire, of) in &olds {
            if let Some(nf) = news.get(wire) {
                // Storage changed by the directions, not by the member
                // (its own flip and boxing are reported with it).
                let flip = input_kept && of.required != nf.required;
                if !flip && of.boxed == nf.boxed {
                    match (of.optional, nf.optional) {
                        (true, false) => effects.push(Effect::FieldsNowPlain),
                        (false, true) => effects.push(Effect::FieldsNowOptional),
                        _ => {}
                    }
                }
            }
        }
        match (old_default, new_default) {
            (true, false) => effects.push(Effect::DefaultRemoved),
            (false, true) => effects.push(Effect::DefaultAdded),
            _ => {}
        }
        out.push(
            Change::new(Kind::TypeUsageChanged)
                .ty(&ns.name, &ns.wire)
                .old(usage_text(os))
                .new_value(usage_text(ns))
                .effects(effects)
                .done(),
        );
    }

    for nf in &ns.fields {
        if olds.contains_key(nf.wire.as_str()) {
            continue;
        }
        let mut effects = Vec::new();
        if nf.required {
            effects.push(if old_ctor.is_some() {
                Effect::ConstructorParamAdded
            } else {
                Effect::ConstructorAdded
            });
        }
        if !nf.optional && old_default {
            effects.push(Effect::DefaultRemoved);
        }
        out.push(
            Change::new(Kind::MemberAdded)
                .member(ns, nf)
                .new_value(field_text(new, nf))
                .effects(effects)
                .done(),
        );
    }
    for of in &os.fields {
        let Some(nf) = news.get(of.wire.as_str()) else {
            out.push(
                Change::new(Kind::MemberRemoved)
                    .member(os, of)
                    .old(field_text(old, of))
                    .done(),
            );
            continue;
        };
        let with = |kind: Kind| Change::new(kind).member(ns, nf);
        let names_of = |f: &Field| {
            let mut t = format!("field `{}`, setter `{}`", names::bare(&f.ident), f.setter);
            if let Some(g) = &f.getter {
                let _ = write!(t, ", getter `{}`", names::bare(g));
            }
            t
        };
        if (&of.ident, &of.setter, &of.getter) != (&nf.ident, &nf.setter, &nf.getter) {
            out.push(
                with(Kind::MemberRenamed)
                    .old(names_of(of))
                    .new_value(names_of(nf))
                    .done(),
            );
        }
        let required_flip = input_kept && of.required != nf.required;
        if required_flip {
            required_changed.insert(of.wire.as_str());
            let mut effects = Vec::new();
            if nf.required {
                effects.push(if old_ctor.is_some() {
                    Effect::ConstructorParamAdded
                } else {
                    Effect::ConstructorAdded
                });
                if of.optional && !nf.optional {
                    effects.push(Effect::FieldsNowPlain);
                }
                if old_default && !nf.optional {
                    effects.push(Effect::DefaultRemoved);
                }
            } else {
                effects.push(if new_ctor.is_some() {
                    Effect::ConstructorParamRemoved
                } else {
                    Effect::ConstructorRemoved
                });
                if !of.optional && nf.optional {
                    effects.push(Effect::FieldsNowOptional);
                }
                if !old_default && new_default {
                    effects.push(Effect::DefaultAdded);
                }
            }
            let kind = if nf.required {
                Kind::MemberRequired
            } else {
                Kind::MemberNotRequired
            };
            out.push(with(kind).effects(effects).done());
        }
        let (ot, nt) = (field_text(old, of), field_text(new, nf));
        let (oe, ne) = (enum_of(&of.ty), enum_of(&nf.ty));
        let shape_same = same_but_enums(old, &of.ty, new, &nf.ty) && of.boxed == nf.boxed;
        // A change of `Option` alone is the required flip's or the usage's.
        let option_explained = required_flip || usage_changed;
        if !shape_same || (of.optional != nf.optional && !option_explained) {
            out.push(
                with(Kind::MemberTypeChanged)
                    .old(ot.clone())
                    .new_value(nt.clone())
                    .done(),
            );
        } else {
            let ename = |s: &Service, e: usize| s.enums[e].name.clone();
            match (oe, ne) {
                (None, Some(e)) => out.push(
                    with(Kind::MemberEnumAdded)
                        .enumeration(&ename(new, e))
                        .old(ot)
                        .new_value(nt)
                        .done(),
                ),
                (Some(e), None) => out.push(
                    with(Kind::MemberEnumRemoved)
                        .enumeration(&ename(old, e))
                        .old(ot)
                        .new_value(nt)
                        .done(),
                ),
                (Some(a), Some(b)) if ename(old, a) != ename(new, b) => out.push(
                    with(Kind::MemberEnumChanged)
                        .enumeration(&ename(new, b))
                        .old(ot)
                        .new_value(nt)
                        .done(),
                ),
                _ => {}
            }
        }
        match (of.deprecated, nf.deprecated) {
            (false, true) => out.push(with(Kind::MemberDeprecated).done()),
            (true, false) => out.push(with(Kind::MemberUndeprecated).done()),
            _ => {}
        }
    }

    // `new`'s parameters in another order: members required on both sides
    // whose relative order changed.
    if let (Some(a), Some(b)) = (&old_ctor, &new_ctor) {
        let kept: BTreeSet<&str> = a
            .iter()
            .map(|f| f.wire.as_str())
            .filter(|w| b.iter().any(|g| g.wire == *w))
            .collect();
        let order = |fields: &[&Field]| -> Vec<String> {
            fields
                .iter()
                .filter(|f| kept.contains(f.wire.as_str()))
                .map(|f| f.wire.clone())
                .collect()
        };
        if order(a) != order(b) {
            out.push(
                Change::new(Kind::ConstructorReordered)
                    .ty(&ns.name, &ns.wire)
                    .old(ctor_text(old, a))
                    .new_value(ctor_text(new, b))
                    .done(),
            );
        }
    }
}

fn diff_enums(old: &Service, new: &Service, out: &mut Vec<Change>) {
    let olds: BTreeMap<&str, &ir::Enum> = old.enums.iter().map(|e| (e.name.as_str(), e)).collect();
    let news: BTreeMap<&str, &ir::Enum> = new.enums.iter().map(|e| (e.name.as_str(), e)).collect();
    let coding = |e: &ir::Enum| if e.integer { "integers" } else { "strings" };
    for (name, e) in &news {
        if !olds.contains_key(name) {
            out.push(
                Change::new(Kind::EnumAdded)
                    .enumeration(name)
                    .new_value(format!("{} values", e.values.len()))
                    .done(),
            );
        }
    }
    for (name, o) in &olds {
        let Some(n) = news.get(name) else {
            out.push(Change::new(Kind::EnumRemoved).enumeration(name).done());
            continue;
        };
        if o.integer != n.integer {
            out.push(
                Change::new(Kind::EnumCodingChanged)
                    .enumeration(name)
                    .old(coding(o))
                    .new_value(coding(n))
                    .done(),
            );
        }
        for_each_keyed(&enum_values(o), &enum_values(n), |wire, step| {
            let base = |kind| Change::new(kind).enumeration(name).value(wire);
            out.push(match step {
                Keyed::Added(variant) => base(Kind::EnumValueAdded).new_value(variant).done(),
                Keyed::Renamed(old, new) => {
                    base(Kind::EnumValueRenamed).old(old).new_value(new).done()
                }
                Keyed::Removed(variant) => base(Kind::EnumValueRemoved).old(variant).done(),
            })
        });
    }
}

/// An enum's variants by wire value.
fn enum_values(e: &crate::ir::Enum) -> BTreeMap<&str, &str> {
    e.values
        .iter()
        .map(|v| (v.wire.as_str(), v.variant.as_str()))
        .collect()
}

/// A service's error-code variants by code.
fn error_codes(s: &Service) -> BTreeMap<&str, &str> {
    s.error_codes
        .iter()
        .map(|c| (c.code.as_str(), c.variant.as_str()))
        .collect()
}

/// What became of a keyed item (an enum value, an error code) between two
/// releases: its Rust name (variant) on each side.
enum Keyed<'a> {
    Added(&'a str),
    Renamed(&'a str, &'a str),
    Removed(&'a str),
}

/// `f(key, what happened)` for each key added, renamed or removed between
/// `olds` and `news` (key -> Rust name): added and renamed in `news` order,
/// then removed in `olds` order.
fn for_each_keyed<'a>(
    olds: &BTreeMap<&'a str, &'a str>,
    news: &BTreeMap<&'a str, &'a str>,
    mut f: impl FnMut(&'a str, Keyed<'a>),
) {
    for (key, new) in news {
        match olds.get(key) {
            None => f(key, Keyed::Added(new)),
            Some(old) if old != new => f(key, Keyed::Renamed(old, new)),
            Some(_) => {}
        }
    }
    for (key, old) in olds {
        if !news.contains_key(key) {
            f(key, Keyed::Removed(old));
        }
    }
}

fn diff_codes(old: &Service, new: &Service, out: &mut Vec<Change>) {
    for_each_keyed(&error_codes(old), &error_codes(new), |code, step| {
        let base = |kind| Change::new(kind).code(code);
        out.push(match step {
            Keyed::Added(variant) => base(Kind::ErrorCodeAdded).new_value(variant).done(),
            Keyed::Renamed(old, new) => base(Kind::ErrorCodeRenamed).old(old).new_value(new).done(),
            Keyed::Removed(variant) => base(Kind::ErrorCodeRemoved).old(variant).done(),
        })
    });
}

// ---------------------------------------------------------------------------
// The report.
// ---------------------------------------------------------------------------

/// Which spec files were compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// `api.json`, `errorcodes.py` and `enums.json`.
    All,
    /// `api.json` alone: no enums and no error codes on either side.
    ApiOnly,
}

/// Whether something is new, gone, changed or the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Only in the new folder.
    Added,
    /// Only in the old folder.
    Removed,
    /// In both, with changes.
    Changed,
    /// In both, the same.
    Unchanged,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// [`FORMAT`].
    pub format: u32,
    /// What the old folder holds (`tccli-intl-en 3.1.170.1`, or its path).
    pub old: String,
    /// What the new folder holds.
    pub new: String,
    /// Which files were compared.
    pub scope: Scope,
    /// Breaking changes in all crates.
    pub breaking: usize,
    /// Compatible changes in all crates.
    pub compatible: usize,
    /// One entry per service folder, sorted.
    pub crates: Vec<CrateReport>,
    /// The facade crate.
    pub facade: FacadeReport,
}

/// The facade's verdict.
#[derive(Debug, Clone, Serialize)]
pub struct FacadeReport {
    /// `tencentcloud-sdk`.
    pub package: String,
    /// The largest bump of the crates it re-exports.
    pub bump: Bump,
}

/// One generated crate (service folder).
#[derive(Debug, Clone, Serialize)]
pub struct CrateReport {
    /// Service folder (`cwp`).
    pub service: String,
    /// Package name (`tencentcloud-sdk-cwp`).
    pub package: String,
    /// Added, removed, changed or unchanged.
    pub status: Status,
    /// Breaking changes.
    pub breaking: usize,
    /// Compatible changes.
    pub compatible: usize,
    /// Suggested version bump.
    pub bump: Bump,
    /// Its API versions, sorted.
    pub versions: Vec<VersionReport>,
}

/// One API version (module) of a crate.
#[derive(Debug, Clone, Serialize)]
pub struct VersionReport {
    /// Version folder (`v20180228`).
    pub version: String,
    /// `X-TC-Version` (`2018-02-28`).
    pub api_version: String,
    /// Added, removed, changed or unchanged.
    pub status: Status,
    /// Breaking changes.
    pub breaking: usize,
    /// Compatible changes.
    pub compatible: usize,
    /// Things to know about the comparison (pruned enums, files on one
    /// side only).
    pub notes: Vec<String>,
    /// The changes, sorted by category, subject and kind.
    pub changes: Vec<Change>,
}

/// One service-version as the driver loaded it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The IR.
    pub service: Service,
    /// Notes from loading ([`prune_enums`], absent files).
    pub notes: Vec<String>,
    /// Which of `errorcodes.py` and `enums.json` exist.
    pub files: BTreeSet<&'static str>,
}

/// The changes of one service-version present on either side or both.
pub fn version_report(old: Option<&Loaded>, new: Option<&Loaded>) -> VersionReport {
    let (changes, status, notes) = match (old, new) {
        (Some(o), Some(n)) => {
            let changes = diff(&o.service, &n.service);
            let status = if changes.is_empty() {
                Status::Unchanged
            } else {
                Status::Changed
            };
            let mut notes: Vec<String> = Vec::new();
            notes.extend(o.notes.iter().map(|x| format!("old: {x}")));
            notes.extend(
                n.notes
                    .iter()
                    .map(|x| format!("new: {x} (re-mine enums before regenerating)")),
            );
            for file in ["errorcodes.py", "enums.json"] {
                let (a, b) = (o.files.contains(file), n.files.contains(file));
                if a != b {
                    let (here, what) = if b {
                        ("new", "added")
                    } else {
                        ("old", "removed")
                    };
                    notes.push(format!(
                        "`{file}` is in the {here} folder only: everything it defines counts as {what}"
                    ));
                }
            }
            (changes, status, notes)
        }
        (None, Some(n)) => {
            let s = &n.service;
            let c = Change::new(Kind::VersionAdded)
                .new_value(&s.version_dir)
                .detail(format!(
                    "API {}, {} actions, {} types",
                    s.api_version,
                    s.actions.len(),
                    s.structs.len() + s.free_form.len()
                ))
                .done();
            let notes = n
                .notes
                .iter()
                .map(|x| format!("new: {x} (re-mine enums before regenerating)"))
                .collect();
            (vec![c], Status::Added, notes)
        }
        (Some(o), None) => {
            let s = &o.service;
            let c = Change::new(Kind::VersionRemoved)
                .old(&s.version_dir)
                .detail(format!(
                    "API {}, {} actions",
                    s.api_version,
                    s.actions.len()
                ))
                .done();
            let notes = o.notes.iter().map(|x| format!("old: {x}")).collect();
            (vec![c], Status::Removed, notes)
        }
        (None, None) => (Vec::new(), Status::Unchanged, Vec::new()),
    };
    let s = &new.or(old).expect("one side at least").service;
    let breaking = changes
        .iter()
        .filter(|c| c.compat == Compat::Breaking)
        .count();
    VersionReport {
        version: s.version_dir.clone(),
        api_version: s.api_version.clone(),
        status,
        breaking,
        compatible: changes.len() - breaking,
        notes,
        changes,
    }
}

/// Assemble the report from the version reports of each service folder.
pub fn build_report(
    old_label: String,
    new_label: String,
    scope: Scope,
    services: BTreeMap<String, Vec<VersionReport>>,
) -> Report {
    let mut crates = Vec::new();
    for (service, mut versions) in services {
        versions.sort_by(|a, b| a.version.cmp(&b.version));
        let breaking = versions.iter().map(|v| v.breaking).sum();
        let compatible = versions.iter().map(|v| v.compatible).sum();
        let all = |s: Status| versions.iter().all(|v| v.status == s);
        let (status, bump) = if all(Status::Added) {
            (Status::Added, Bump::New)
        } else if all(Status::Removed) {
            (Status::Removed, Bump::Removed)
        } else if all(Status::Unchanged) {
            (Status::Unchanged, Bump::None)
        } else {
            (Status::Changed, Bump::suggest(breaking, compatible))
        };
        crates.push(CrateReport {
            package: format!("{FACADE}-{service}"),
            service,
            status,
            breaking,
            compatible,
            bump,
            versions,
        });
    }
    let facade = crates
        .iter()
        .map(|c| c.bump.for_facade())
        .max()
        .unwrap_or(Bump::None);
    Report {
        format: FORMAT,
        old: old_label,
        new: new_label,
        scope,
        breaking: crates.iter().map(|c| c.breaking).sum(),
        compatible: crates.iter().map(|c| c.compatible).sum(),
        crates,
        facade: FacadeReport {
            package: FACADE.to_string(),
            bump: facade,
        },
    }
}

/// The facade package, also the service crates' prefix.
const FACADE: &str = "tencentcloud-sdk";

impl CrateReport {
    /// `N breaking, M compatible; suggested bump: minor`.
    pub fn summary(&self) -> String {
        format!(
            "{} breaking, {} compatible; suggested bump: {}",
            self.breaking,
            self.compatible,
            self.bump.label()
        )
    }
}

impl Report {
    /// Whether nothing changed in any crate.
    pub fn is_empty(&self) -> bool {
        self.crates.iter().all(|c| c.status == Status::Unchanged)
    }

    /// The report as JSON text, with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("the report serializes");
        s.push('\n');
        s
    }

    /// The report as Markdown: a table of the crates, then a section per
    /// crate with its summary line and, per API version, the breaking and
    /// the compatible changes grouped by category.
    pub fn to_markdown(&self) -> String {
        let mut md = String::new();
        let _ = writeln!(md, "# API changes: {} → {}\n", self.old, self.new);
        let scope = match self.scope {
            Scope::All => "`api.json`, `errorcodes.py` and `enums.json`",
            Scope::ApiOnly => "`api.json` only (no enums, no error codes)",
        };
        let _ = writeln!(
            md,
            "Compared: {scope}. Judged from the generated Rust API: a **breaking** change \
             may stop code written against the previous crate from compiling. The crates \
             are 0.x, so breaking changes call for a minor bump (0.1 → 0.2) and compatible \
             ones for a patch bump (0.1.0 → 0.1.1).\n"
        );
        if self.crates.is_empty() {
            md.push_str("No service in either folder: no changes.\n");
            return md;
        }
        if self.is_empty() {
            md.push_str("No changes.\n\n");
        }
        // With every service vendored most crates do not change: the table
        // and the sections name the ones that do, one line the others.
        let (changed, unchanged): (Vec<&CrateReport>, Vec<&CrateReport>) =
            self.crates.iter().partition(|c| c.bump != Bump::None);
        md.push_str("| crate | breaking | compatible | suggested bump |\n|---|--:|--:|---|\n");
        for c in &changed {
            let _ = writeln!(
                md,
                "| `{}` | {} | {} | {} |",
                c.package,
                c.breaking,
                c.compatible,
                c.bump.label()
            );
        }
        let _ = writeln!(
            md,
            "| `{}` (facade) | | | {} |",
            self.facade.package,
            self.facade.bump.label()
        );
        if !unchanged.is_empty() {
            let names: Vec<&str> = unchanged.iter().map(|c| c.service.as_str()).collect();
            let _ = writeln!(
                md,
                "\nNo changes in {} other crate(s): {}.",
                unchanged.len(),
                names.join(", ")
            );
        }
        for c in &changed {
            let _ = writeln!(md, "\n## `{}` ({})\n", c.package, c.service);
            let _ = writeln!(md, "{}", c.summary());
            for v in &c.versions {
                let _ = writeln!(
                    md,
                    "\n### {} {} (API version {})",
                    c.service, v.version, v.api_version
                );
                if !v.notes.is_empty() {
                    md.push('\n');
                    for n in &v.notes {
                        let _ = writeln!(md, "> Note: {n}");
                    }
                }
                if v.changes.is_empty() {
                    md.push_str("\nNo changes.\n");
                    continue;
                }
                for (compat, title) in [
                    (Compat::Breaking, "Breaking"),
                    (Compat::Compatible, "Compatible"),
                ] {
                    let list: Vec<&Change> =
                        v.changes.iter().filter(|x| x.compat == compat).collect();
                    if list.is_empty() {
                        continue;
                    }
                    let _ = writeln!(md, "\n#### {title} ({})", list.len());
                    let mut category = None;
                    for x in list {
                        if category != Some(x.category) {
                            category = Some(x.category);
                            let n = v
                                .changes
                                .iter()
                                .filter(|y| y.compat == compat && y.category == x.category)
                                .count();
                            let _ = writeln!(md, "\n{} ({n}):\n", x.category.label());
                        }
                        let _ = writeln!(md, "- {}", x.text);
                    }
                }
            }
        }
        md
    }
}

// ---------------------------------------------------------------------------
// The folder-level driver.
// ---------------------------------------------------------------------------

/// Settings of [`compare_dirs`].
#[derive(Debug, Clone)]
pub struct Options {
    /// The old specs folder.
    pub old: PathBuf,
    /// The new specs folder.
    pub new: PathBuf,
    /// Which files to compare.
    pub scope: Scope,
    /// Services (`cwp`) or service-versions (`cwp/v20180228`) to compare;
    /// all when empty.
    pub only: Vec<String>,
}

/// A folder's label: its `PINNED.toml` version, else its path.
fn label(dir: &Path) -> String {
    match generate::pinned_version(dir) {
        Some(v) => format!("tccli-intl-en {v}"),
        None => dir.display().to_string(),
    }
}

/// Compare two specs folders: every service-version of either, paired by
/// folder names.
pub fn compare_dirs(opts: &Options) -> Result<Report, SpecError> {
    for dir in [&opts.old, &opts.new] {
        if !dir.is_dir() {
            return Err(SpecError::new(dir, "", "not a folder"));
        }
    }
    let selected = |d: &SpecDir| {
        opts.only.is_empty()
            || opts.only.iter().any(|o| {
                let o = o.trim_end_matches('/');
                d.service == o || format!("{}/{}", d.service, d.version) == o
            })
    };
    let old_dirs: Vec<SpecDir> = generate::find_spec_dirs(&opts.old)?
        .into_iter()
        .filter(selected)
        .collect();
    let new_dirs: Vec<SpecDir> = generate::find_spec_dirs(&opts.new)?
        .into_iter()
        .filter(selected)
        .collect();
    let all: Vec<(bool, SpecDir)> = old_dirs
        .into_iter()
        .map(|d| (false, d))
        .chain(new_dirs.into_iter().map(|d| (true, d)))
        .collect();
    let size = |(_, d): &(bool, SpecDir)| {
        std::fs::metadata(d.path.join("api.json")).map_or(0, |m| m.len())
    };
    let loaded = generate::parallel_map(&all, size, |(_, d)| load(d, opts.scope));
    let mut pairs: BTreeMap<(String, String), (Option<Loaded>, Option<Loaded>)> = BTreeMap::new();
    for ((is_new, d), l) in all.iter().zip(loaded) {
        let entry = pairs
            .entry((d.service.clone(), d.version.clone()))
            .or_default();
        if *is_new {
            entry.1 = Some(l?);
        } else {
            entry.0 = Some(l?);
        }
    }
    let mut services: BTreeMap<String, Vec<VersionReport>> = BTreeMap::new();
    for ((service, _), (o, n)) in &pairs {
        services
            .entry(service.clone())
            .or_default()
            .push(version_report(o.as_ref(), n.as_ref()));
    }
    Ok(build_report(
        label(&opts.old),
        label(&opts.new),
        opts.scope,
        services,
    ))
}

/// Build one service-version for comparison: `api.json`, and with
/// [`Scope::All`] `errorcodes.py` and `enums.json` (pruned to what the
/// `api.json` can take, [`prune_enums`]) when present.
pub fn load(dir: &SpecDir, scope: Scope) -> Result<Loaded, SpecError> {
    let api_path = dir.path.join("api.json");
    let api = spec::load_api(&api_path)?;
    let codes_path = dir.path.join("errorcodes.py");
    let enums_path = dir.path.join("enums.json");
    let mut files = BTreeSet::new();
    let mut notes = Vec::new();
    let (error_codes, enums) = match scope {
        Scope::ApiOnly => (Vec::new(), EnumsFile::default()),
        Scope::All => {
            let codes = if codes_path.is_file() {
                files.insert("errorcodes.py");
                spec::errorcodes::load(&codes_path)?
            } else {
                Vec::new()
            };
            let enums = if enums_path.is_file() {
                files.insert("enums.json");
                let (enums, pruned) = prune_enums(&api, spec::enums::load(&enums_path)?);
                if !pruned.is_empty() {
                    const SHOWN: usize = 8;
                    let mut list = pruned[..pruned.len().min(SHOWN)].join(", ");
                    if pruned.len() > SHOWN {
                        let _ = write!(list, " and {} more", pruned.len() - SHOWN);
                    }
                    notes.push(format!(
                        "`{}/{}/enums.json` names {} member(s) or enum(s) its `api.json` does \
                         not have or no longer fits, left out here: {list}",
                        dir.service,
                        dir.version,
                        pruned.len(),
                    ));
                }
                enums
            } else {
                EnumsFile::default()
            };
            (codes, enums)
        }
    };
    let service = ir::build_service(ServiceInput {
        dir: dir.service.clone(),
        version_dir: dir.version.clone(),
        api,
        api_path,
        examples: None,
        error_codes,
        enums,
        enums_path,
        sensitive: Default::default(),
        sensitive_path: PathBuf::new(),
        source: String::new(),
    })?;
    Ok(Loaded {
        service,
        notes,
        files,
    })
}

/// `enums.json` without what `api` cannot take: member references to
/// objects or members it lacks or whose type no longer fits the enum,
/// `not_enums` entries likewise, and enums whose name a type of `api` now
/// has. Returns the file and what was left out (`` `Obj.Member` ``,
/// `` enum `Name` ``), sorted.
pub fn prune_enums(api: &ApiSpec, mut file: EnumsFile) -> (EnumsFile, Vec<String>) {
    let mut pruned = Vec::new();
    let fits = |kind: EnumKind, reference: &str| -> bool {
        let Some((object, member)) = reference.split_once('.') else {
            return true; // malformed: the IR reports it
        };
        let Some(m) = api
            .objects
            .get(object)
            .and_then(|o| o.members.iter().find(|m| m.name == member))
        else {
            return false;
        };
        match kind {
            EnumKind::String => {
                matches!(m.kind, MemberKind::String | MemberKind::List)
                    && matches!(
                        m.member.as_str(),
                        "string" | "datetime" | "datetime_iso" | "date"
                    )
            }
            EnumKind::Integer => {
                matches!(m.kind, MemberKind::Int | MemberKind::List)
                    && matches!(m.member.as_str(), "int64" | "uint64")
            }
        }
    };
    let taken = type_names(api);
    file.enums.retain(|e| {
        if taken.contains(&e.name) {
            pruned.push(format!("enum `{}` (now a type's name)", e.name));
            false
        } else {
            true
        }
    });
    for e in &mut file.enums {
        let kind = e.kind;
        e.members.retain(|r| {
            let keep = fits(kind, r);
            if !keep {
                pruned.push(format!("`{r}`"));
            }
            keep
        });
    }
    file.not_enums.retain(|n| {
        let exists = n
            .member
            .split_once('.')
            .and_then(|(o, m)| api.objects.get(o).map(|obj| (m, obj)))
            .is_some_and(|(m, obj)| obj.members.iter().any(|x| x.name == m));
        if !exists {
            pruned.push(format!("`{}` (not_enums)", n.member));
        }
        exists
    });
    pruned.sort();
    pruned.dedup();
    (file, pruned)
}

/// The Rust type names of `api`'s objects, as the IR chooses them (a taken
/// name gets `2`, `3`, ...), and the names the module reserves.
fn type_names(api: &ApiSpec) -> BTreeSet<String> {
    let mut taken: BTreeSet<String> = names::RESERVED_TYPES
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut names_of_objects = BTreeSet::new();
    for object in api.objects.keys() {
        let base = names::type_name(object);
        let mut name = base.clone();
        let mut n = 2;
        while names_of_objects.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        names_of_objects.insert(name);
    }
    taken.extend(names_of_objects);
    taken
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::parse_api;

    /// A service from an `api.json` text and an `enums.json` text.
    fn service(api: &str, enums: &str) -> Service {
        let api = parse_api(Path::new("api.json"), api.as_bytes()).unwrap();
        let enums: EnumsFile = serde_json::from_str(enums).unwrap();
        ir::build_service(ServiceInput {
            dir: "demo".into(),
            version_dir: "v1".into(),
            api,
            api_path: PathBuf::from("api.json"),
            examples: None,
            error_codes: Vec::new(),
            enums,
            enums_path: PathBuf::from("enums.json"),
            sensitive: Default::default(),
            sensitive_path: PathBuf::new(),
            source: String::new(),
        })
        .unwrap()
    }

    const NO_ENUMS: &str = r#"{"enums": []}"#;

    /// One action `Put` whose request has `request` members and whose
    /// response has `response` members, plus an object `Item` (`item`
    /// members) the request and response both carry.
    fn api(request: &str, response: &str) -> String {
        format!(
            r#"{{"metadata": {{"apiVersion": "2020-01-01", "serviceShortName": "demo"}},
              "actions": {{"Put": {{"document": "", "input": "PutRequest", "output": "PutResponse", "name": "", "status": "online"}}}},
              "objects": {{
                "PutRequest": {{"document": "", "type": "object", "members": [{request}]}},
                "PutResponse": {{"document": "", "type": "object", "members": [{response}]}}
              }}}}"#
        )
    }

    fn member(name: &str, ty: &str, required: bool) -> String {
        let (kind, member) = match ty {
            "string" => ("string", "string"),
            "int64" => ("int", "int64"),
            other => ("object", other),
        };
        format!(
            r#"{{"name": "{name}", "type": "{kind}", "member": "{member}", "required": {required}, "document": ""}}"#
        )
    }

    fn changes(old: &str, new: &str) -> Vec<Change> {
        diff(&service(old, NO_ENUMS), &service(new, NO_ENUMS))
    }

    fn only(changes: &[Change]) -> &Change {
        assert_eq!(changes.len(), 1, "{changes:#?}");
        &changes[0]
    }

    #[test]
    fn same_service_has_no_changes() {
        let a = api(
            &member("Name", "string", true),
            &member("Id", "string", false),
        );
        assert!(changes(&a, &a).is_empty());
    }

    #[test]
    fn new_optional_request_member_is_compatible() {
        let old = api(&member("Name", "string", true), "");
        let new = api(
            &[
                member("Name", "string", true),
                member("Note", "string", false),
            ]
            .join(","),
            "",
        );
        let c = changes(&old, &new);
        let c = only(&c);
        assert_eq!(c.kind, Kind::MemberAdded);
        assert_eq!(c.compat, Compat::Compatible);
        assert_eq!(c.type_name.as_deref(), Some("PutRequest"));
        assert_eq!(c.member.as_deref(), Some("note"));
        assert_eq!(c.member_wire.as_deref(), Some("Note"));
        assert_eq!(c.new.as_deref(), Some("Option<String>"));
        assert!(c.effects.is_empty());
    }

    #[test]
    fn new_response_member_is_compatible() {
        let old = api("", &member("Id", "string", false));
        let new = api(
            "",
            &[
                member("Id", "string", false),
                member("Count", "int64", false),
            ]
            .join(","),
        );
        assert_eq!(only(&changes(&old, &new)).compat, Compat::Compatible);
    }

    #[test]
    fn removed_member_is_breaking() {
        let old = api(
            "",
            &[
                member("Id", "string", false),
                member("Count", "int64", false),
            ]
            .join(","),
        );
        let new = api("", &member("Id", "string", false));
        let c = changes(&old, &new);
        let c = only(&c);
        assert_eq!(c.kind, Kind::MemberRemoved);
        assert_eq!(c.compat, Compat::Breaking);
        assert_eq!(c.old.as_deref(), Some("Option<i64>"));
    }

    #[test]
    fn new_required_request_member_is_breaking() {
        let old = api(&member("Name", "string", true), "");
        let new = api(
            &[
                member("Name", "string", true),
                member("Zone", "string", true),
            ]
            .join(","),
            "",
        );
        let c = changes(&old, &new);
        let c = only(&c);
        assert_eq!(c.kind, Kind::MemberAdded);
        assert_eq!(c.compat, Compat::Breaking);
        assert_eq!(c.effects, vec![Effect::ConstructorParamAdded]);
        assert_eq!(c.new.as_deref(), Some("String"));
    }

    #[test]
    fn first_required_member_also_takes_default_away() {
        let old = api(&member("Name", "string", false), "");
        let new = api(
            &[
                member("Name", "string", false),
                member("Zone", "string", true),
            ]
            .join(","),
            "",
        );
        let c = changes(&old, &new);
        // A request always has `new`; it gains a parameter and loses `Default`.
        assert_eq!(
            only(&c).effects,
            vec![Effect::ConstructorParamAdded, Effect::DefaultRemoved]
        );
        assert_eq!(only(&c).compat, Compat::Breaking);
    }

    #[test]
    fn member_becoming_required_or_not_is_breaking() {
        let optional = api(&member("Name", "string", false), "");
        let required = api(&member("Name", "string", true), "");
        let c = changes(&optional, &required);
        let c = only(&c);
        assert_eq!(c.kind, Kind::MemberRequired);
        assert_eq!(c.compat, Compat::Breaking);
        assert_eq!(
            c.effects,
            vec![
                Effect::ConstructorParamAdded,
                Effect::FieldsNowPlain,
                Effect::DefaultRemoved
            ]
        );
        let c = changes(&required, &optional);
        let c = only(&c);
        assert_eq!(c.kind, Kind::MemberNotRequired);
        assert_eq!(c.compat, Compat::Breaking);
        assert_eq!(
            c.effects,
            vec![
                Effect::ConstructorParamRemoved,
                Effect::FieldsNowOptional,
                Effect::DefaultAdded
            ]
        );
    }

    #[test]
    fn member_type_change_is_breaking() {
        let old = api("", &member("Id", "string", false));
        let new = api("", &member("Id", "int64", false));
        let c = changes(&old, &new);
        let c = only(&c);
        assert_eq!(c.kind, Kind::MemberTypeChanged);
        assert_eq!(c.compat, Compat::Breaking);
        assert_eq!(
            (c.old.as_deref(), c.new.as_deref()),
            (Some("Option<String>"), Some("Option<i64>"))
        );
    }

    #[test]
    fn actions_added_removed_and_deprecated() {
        let one = api("", "");
        let two = one.replace(
            r#""actions": {"#,
            r#""actions": {"Get": {"document": "", "input": "PutRequest", "output": "PutResponse", "name": "", "status": "online"},"#,
        );
        let c = changes(&one, &two);
        assert_eq!(only(&c).kind, Kind::ActionAdded);
        assert_eq!(only(&c).compat, Compat::Compatible);
        assert_eq!(only(&c).method.as_deref(), Some("get"));
        let c = changes(&two, &one);
        assert_eq!(only(&c).kind, Kind::ActionRemoved);
        assert_eq!(only(&c).compat, Compat::Breaking);
        let deprecated = one.replace(r#""status": "online""#, r#""status": "deprecated""#);
        let c = changes(&one, &deprecated);
        assert_eq!(only(&c).kind, Kind::ActionDeprecated);
        assert_eq!(only(&c).compat, Compat::Compatible);
    }

    const ENUM_API: &str = r#"{"metadata": {"apiVersion": "1", "serviceShortName": "demo"},
        "actions": {"Get": {"document": "", "input": "GetRequest", "output": "GetResponse", "name": "", "status": "online"}},
        "objects": {
          "GetRequest": {"document": "", "type": "object", "members": []},
          "GetResponse": {"document": "", "type": "object", "members": [
            {"name": "Level", "type": "string", "member": "string", "document": ""}]}
        }}"#;

    fn level_enum(values: &[&str]) -> String {
        let values: Vec<String> = values
            .iter()
            .map(|v| {
                format!(
                    r#"{{"value": "{v}", "name": "{}"}}"#,
                    v.to_uppercase()[..1].to_string() + &v[1..]
                )
            })
            .collect();
        format!(
            r#"{{"enums": [{{"name": "Level", "type": "string", "members": ["GetResponse.Level"], "values": [{}]}}]}}"#,
            values.join(",")
        )
    }

    #[test]
    fn enum_value_added_is_compatible_and_removed_breaking() {
        let two = service(ENUM_API, &level_enum(&["low", "high"]));
        let three = service(ENUM_API, &level_enum(&["low", "high", "mid"]));
        let c = diff(&two, &three);
        let c = only(&c);
        assert_eq!(c.kind, Kind::EnumValueAdded);
        assert_eq!(c.compat, Compat::Compatible);
        assert_eq!(c.enum_name.as_deref(), Some("Level"));
        assert_eq!(c.value.as_deref(), Some("mid"));
        assert_eq!(c.new.as_deref(), Some("Mid"));
        let c = diff(&three, &two);
        let c = only(&c);
        assert_eq!(c.kind, Kind::EnumValueRemoved);
        assert_eq!(c.compat, Compat::Breaking);
    }

    #[test]
    fn member_gaining_or_losing_an_enum_is_breaking() {
        let plain = service(ENUM_API, NO_ENUMS);
        let typed = service(ENUM_API, &level_enum(&["low"]));
        let c = diff(&plain, &typed);
        let kinds: Vec<(Kind, Compat)> = c.iter().map(|c| (c.kind, c.compat)).collect();
        assert_eq!(
            kinds,
            vec![
                (Kind::MemberEnumAdded, Compat::Breaking),
                (Kind::EnumAdded, Compat::Compatible)
            ]
        );
        assert_eq!(c[0].old.as_deref(), Some("Option<String>"));
        assert_eq!(c[0].new.as_deref(), Some("Option<Level>"));
        assert_eq!(c[0].enum_name.as_deref(), Some("Level"));
        let c = diff(&typed, &plain);
        let kinds: Vec<(Kind, Compat)> = c.iter().map(|c| (c.kind, c.compat)).collect();
        assert_eq!(
            kinds,
            vec![
                (Kind::MemberEnumRemoved, Compat::Breaking),
                (Kind::EnumRemoved, Compat::Breaking)
            ]
        );
    }

    #[test]
    fn reordered_required_members_are_breaking() {
        let ab = api(
            &[member("A", "string", true), member("B", "string", true)].join(","),
            "",
        );
        let ba = api(
            &[member("B", "string", true), member("A", "string", true)].join(","),
            "",
        );
        let c = changes(&ab, &ba);
        let c = only(&c);
        assert_eq!(c.kind, Kind::ConstructorReordered);
        assert_eq!(c.compat, Compat::Breaking);
        assert_eq!(c.old.as_deref(), Some("a: String, b: String"));
    }

    #[test]
    fn data_type_sent_by_a_new_action_gets_setters_compatibly() {
        // `Item` is received only; a new action sends it: setters open, and
        // its required member (optional, it is still received) adds `new`.
        let item = r#""Item": {"document": "", "type": "object", "members": [
            {"name": "Id", "type": "string", "member": "string", "required": true, "document": ""}]}"#;
        let old = format!(
            r#"{{"metadata": {{"apiVersion": "1", "serviceShortName": "demo"}},
              "actions": {{"Get": {{"document": "", "input": "GetRequest", "output": "GetResponse", "name": "", "status": "online"}}}},
              "objects": {{
                "GetRequest": {{"document": "", "type": "object", "members": []}},
                "GetResponse": {{"document": "", "type": "object", "members": [
                  {{"name": "Item", "type": "object", "member": "Item", "document": ""}}]}},
                {item}
              }}}}"#
        );
        let new = old
            .replace(
                r#""actions": {"#,
                r#""actions": {"Put": {"document": "", "input": "PutRequest", "output": "GetRequest", "name": "", "status": "online"},"#,
            )
            .replace(
                r#""objects": {"#,
                r#""objects": {"PutRequest": {"document": "", "type": "object", "members": [
                  {"name": "Item", "type": "object", "member": "Item", "document": ""}]},"#,
            );
        let c = changes(&old, &new);
        let usage: Vec<&Change> = c
            .iter()
            .filter(|c| c.kind == Kind::TypeUsageChanged)
            .collect();
        let item = usage
            .iter()
            .find(|c| c.type_name.as_deref() == Some("Item"))
            .expect("Item's usage changed");
        assert_eq!(
            item.effects,
            vec![Effect::ConstructorAdded, Effect::SettersOpened]
        );
        assert_eq!(item.compat, Compat::Compatible);
        // No member-level change: the member's spec did not change.
        assert!(!c.iter().any(|c| c.category == Category::Member), "{c:#?}");
    }

    #[test]
    fn data_type_now_sent_only_is_breaking() {
        // `Item` moves from the response to the request: it is sent only
        // now, so its required member becomes a plain `new` parameter.
        let item = r#""Item": {"document": "", "type": "object", "members": [
            {"name": "Id", "type": "string", "member": "string", "required": true, "document": ""}]}"#;
        let uses = r#"{"name": "Item", "type": "object", "member": "Item", "document": ""}"#;
        let old = api("", uses).replace(r#""objects": {"#, &format!(r#""objects": {{{item},"#));
        let new = api(uses, "").replace(r#""objects": {"#, &format!(r#""objects": {{{item},"#));
        let c = changes(&old, &new);
        let item = c
            .iter()
            .find(|c| c.kind == Kind::TypeUsageChanged && c.type_name.as_deref() == Some("Item"))
            .expect("Item's usage changed");
        assert_eq!(
            item.effects,
            vec![
                Effect::ConstructorAdded,
                Effect::FieldsNowPlain,
                Effect::DefaultRemoved,
                Effect::SettersOpened,
                Effect::DecodingGated
            ]
        );
        assert_eq!(item.compat, Compat::Breaking);
        assert_eq!(item.old.as_deref(), Some("received only"));
        assert_eq!(item.new.as_deref(), Some("sent only"));
    }

    #[test]
    fn classify_is_the_table() {
        assert_eq!(classify(Kind::MemberAdded, &[]), Compat::Compatible);
        assert_eq!(
            classify(Kind::MemberAdded, &[Effect::ConstructorAdded]),
            Compat::Compatible
        );
        assert_eq!(
            classify(
                Kind::MemberAdded,
                &[Effect::ConstructorAdded, Effect::DefaultRemoved]
            ),
            Compat::Breaking
        );
        assert_eq!(classify(Kind::ErrorCodeAdded, &[]), Compat::Compatible);
        assert_eq!(classify(Kind::ErrorCodeRemoved, &[]), Compat::Breaking);
        assert_eq!(classify(Kind::VersionRemoved, &[]), Compat::Breaking);
    }

    #[test]
    fn bumps() {
        assert_eq!(Bump::suggest(1, 5), Bump::Minor);
        assert_eq!(Bump::suggest(0, 5), Bump::Patch);
        assert_eq!(Bump::suggest(0, 0), Bump::None);
    }

    #[test]
    fn stale_enum_references_are_pruned_with_a_note() {
        let api = parse_api(Path::new("api.json"), ENUM_API.as_bytes()).unwrap();
        let file: EnumsFile = serde_json::from_str(
            r#"{"enums": [
                {"name": "Level", "type": "string", "members": ["GetResponse.Level", "GetResponse.Gone"], "values": [{"value": "a", "name": "A"}]},
                {"name": "GetRequest", "type": "string", "members": [], "values": [{"value": "a", "name": "A"}]},
                {"name": "Count", "type": "integer", "members": ["GetResponse.Level"], "values": [{"value": 1, "name": "One"}]}
              ],
              "not_enums": [{"member": "Nope.Nope", "reason": ""}]}"#,
        )
        .unwrap();
        let (file, pruned) = prune_enums(&api, file);
        assert_eq!(
            pruned,
            vec![
                "`GetResponse.Gone`",
                "`GetResponse.Level`",
                "`Nope.Nope` (not_enums)",
                "enum `GetRequest` (now a type's name)"
            ]
        );
        assert_eq!(file.enums.len(), 2);
        assert_eq!(file.enums[0].members, vec!["GetResponse.Level"]);
        assert!(file.enums[1].members.is_empty());
        assert!(file.not_enums.is_empty());
    }
}
