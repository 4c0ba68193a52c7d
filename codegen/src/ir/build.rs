//! Build a [`Service`] from the parsed spec files.

use super::doc::to_markdown;
use super::names;
use super::paginate::Pagination;
use super::*;
use crate::spec::enums::{EnumKind, EnumsFile};
use crate::spec::errorcodes::ErrorCodeEntry;
use crate::spec::sensitive::SensitiveFile;
use crate::spec::{ApiSpec, ExamplesFile, MemberKind, SpecError};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Everything read from one `specs/<svc>/<version>/` folder.
#[derive(Debug, Clone)]
pub struct ServiceInput {
    /// Spec folder name (`cwp`).
    pub dir: String,
    /// Version folder name (`v20180228`).
    pub version_dir: String,
    /// `api.json`, parsed.
    pub api: ApiSpec,
    /// Its path, for errors.
    pub api_path: PathBuf,
    /// `examples.json`, parsed, if present.
    pub examples: Option<ExamplesFile>,
    /// `errorcodes.py`, parsed (empty when absent).
    pub error_codes: Vec<ErrorCodeEntry>,
    /// `enums.json`, parsed (empty when absent).
    pub enums: EnumsFile,
    /// Its path, for errors.
    pub enums_path: PathBuf,
    /// `sensitive.json`, parsed (empty when absent).
    pub sensitive: SensitiveFile,
    /// Its path, for errors.
    pub sensitive_path: PathBuf,
    /// Provenance line for generated headers.
    pub source: String,
}

/// Scalar a member's `member` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scalar {
    String,
    I64,
    U64,
    F64,
    Bool,
}

fn scalar(kind: MemberKind, member: &str) -> Option<(Scalar, Option<&'static str>)> {
    use MemberKind as K;
    match (kind, member) {
        (K::String | K::List, "string") => Some((Scalar::String, None)),
        (K::String | K::List, "datetime") => Some((Scalar::String, Some("datetime"))),
        (K::String | K::List, "datetime_iso") => Some((Scalar::String, Some("datetime_iso"))),
        (K::String | K::List, "date") => Some((Scalar::String, Some("date"))),
        (K::Int | K::List, "int64") => Some((Scalar::I64, None)),
        (K::Int | K::List, "uint64") => Some((Scalar::U64, None)),
        (K::Float | K::List, "float" | "double") => Some((Scalar::F64, None)),
        (K::Bool | K::List, "bool") => Some((Scalar::Bool, None)),
        _ => None,
    }
}

fn scalar_ty(s: Scalar) -> Ty {
    match s {
        Scalar::String => Ty::String,
        Scalar::I64 => Ty::I64,
        Scalar::U64 => Ty::U64,
        Scalar::F64 => Ty::F64,
        Scalar::Bool => Ty::Bool,
    }
}

/// Resolve, name and validate one service: the passes below, in order. Each
/// relies on what the ones before it established; errors name the spec file
/// and the JSON path, and come from the first passes only (the checks and
/// `enums.json`), so the later ones cannot fail.
pub fn build_service(input: ServiceInput) -> Result<Service, SpecError> {
    let api = &input.api;
    let mut warnings = Vec::new();
    report_unknown_keys(api, &input.api_path, &mut warnings);
    check_identifiers(&input)?;
    check_references(api, &input.api_path)?;
    let usage = find_usage(api);
    let type_names = choose_type_names(api);
    let methods = choose_method_names(api);
    let (enums, enum_of) = read_enums(&input, &type_names.by_name, &mut warnings)?;
    check_sensitive(&input)?;
    let (mut structs, free_form) = resolve_types(api, &usage, &type_names);
    attach_enums(&mut structs, &enum_of);
    let sensitive = attach_sensitive(&mut structs, &input.sensitive);
    box_recursive_fields(&mut structs);
    let mut actions = build_actions(&input, &methods, &structs, &mut warnings);
    attach_examples(&mut actions, input.examples.as_ref());
    let paged = detect_paginators(&actions, &structs);
    name_paginators(&mut actions, paged);
    let (error_codes, common_codes_listed) = build_error_codes(&input.error_codes);
    Ok(Service {
        module: names::module_name(&input.dir),
        dir: input.dir.clone(),
        version_dir: input.version_dir.clone(),
        api_version: api.metadata.api_version.clone(),
        endpoint_prefix: api.metadata.service_short_name.clone(),
        name_cn: api.metadata.service_name_cn.clone().unwrap_or_default(),
        actions,
        structs,
        free_form,
        enums,
        error_codes,
        common_codes_listed,
        source: input.source.clone(),
        has_examples_json: input.examples.is_some(),
        sensitive,
        warnings,
    })
}

/// Check `sensitive.json`: every entry names an existing `Object.Member`,
/// once.
fn check_sensitive(input: &ServiceInput) -> Result<(), SpecError> {
    let file = input.sensitive_path.as_path();
    let mut seen = BTreeSet::new();
    for (i, entry) in input.sensitive.sensitive.iter().enumerate() {
        let at = format!("sensitive[{i}].member");
        let exists = entry.member.split_once('.').is_some_and(|(o, m)| {
            input
                .api
                .objects
                .get(o)
                .is_some_and(|obj| obj.members.iter().any(|x| x.name == m))
        });
        if !exists {
            return Err(SpecError::new(
                file,
                at,
                format!("`{}` is not an Object.Member of api.json", entry.member),
            ));
        }
        if !seen.insert(entry.member.as_str()) {
            return Err(SpecError::new(
                file,
                at,
                format!("`{}` is listed twice", entry.member),
            ));
        }
    }
    Ok(())
}

/// Mark the fields `sensitive.json` names; returns their wire names, sorted
/// and unique.
fn attach_sensitive(structs: &mut [Struct], file: &SensitiveFile) -> Vec<String> {
    let mut names = BTreeSet::new();
    for s in structs.iter_mut() {
        for f in &mut s.fields {
            if file.contains(&s.wire, &f.wire) {
                f.sensitive = true;
                names.insert(f.wire.clone());
            }
        }
    }
    names.into_iter().collect()
}

/// Check: every name that becomes a Rust identifier can be one (service
/// and version folders, action names, object names), and the endpoint
/// prefix is usable in a host name.
fn check_identifiers(input: &ServiceInput) -> Result<(), SpecError> {
    let api = &input.api;
    let file = input.api_path.as_path();
    for (what, name) in [
        ("service folder", &input.dir),
        ("version folder", &input.version_dir),
    ] {
        let module = names::module_name(name);
        if !names::is_ident(&module) {
            return Err(SpecError::new(
                file,
                "",
                format!("{what} {name:?} cannot be a Rust module name"),
            ));
        }
    }
    for name in api.actions.keys() {
        if !names::is_ident(name) {
            return Err(SpecError::new(
                file,
                format!("actions.{name}"),
                "action name is not an identifier",
            ));
        }
    }
    for name in api.objects.keys() {
        if !names::is_ident(&names::type_name(name)) {
            return Err(SpecError::new(
                file,
                format!("objects.{name}"),
                "object name cannot be made a Rust type name",
            ));
        }
    }
    if api.metadata.service_short_name.is_empty()
        || !api
            .metadata
            .service_short_name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(SpecError::new(
            file,
            "metadata.serviceShortName",
            format!(
                "not a usable endpoint prefix: {:?}",
                api.metadata.service_short_name
            ),
        ));
    }
    Ok(())
}

/// Check: every action's input and output names a defined object; every
/// member's type is a scalar of its kind or a defined object; member names
/// are identifiers, unique in their object.
fn check_references(api: &ApiSpec, file: &Path) -> Result<(), SpecError> {
    for (name, action) in &api.actions {
        for (key, obj) in [("input", &action.input), ("output", &action.output)] {
            if !api.objects.contains_key(obj) {
                return Err(SpecError::new(
                    file,
                    format!("actions.{name}.{key}"),
                    format!("names undefined object `{obj}`"),
                ));
            }
        }
    }
    for (oname, obj) in &api.objects {
        for (i, m) in obj.members.iter().enumerate() {
            let path = || format!("objects.{oname}.members[{i}]");
            match m.kind {
                MemberKind::Object => {
                    if !api.objects.contains_key(&m.member) {
                        return Err(SpecError::new(
                            file,
                            format!("{}.member", path()),
                            format!("names undefined object `{}`", m.member),
                        ));
                    }
                }
                MemberKind::List => {
                    if scalar(m.kind, &m.member).is_none() && !api.objects.contains_key(&m.member) {
                        return Err(SpecError::new(
                            file,
                            format!("{}.member", path()),
                            format!(
                                "list element `{}` is neither a scalar type nor a defined object",
                                m.member
                            ),
                        ));
                    }
                }
                kind => {
                    if scalar(kind, &m.member).is_none() {
                        return Err(SpecError::new(
                            file,
                            format!("{}.member", path()),
                            format!(
                                "`{}` is not a scalar type for a member of type {:?}",
                                m.member, kind
                            ),
                        ));
                    }
                }
            }
            if m.name.is_empty() || !names::is_ident(&m.name) {
                return Err(SpecError::new(
                    file,
                    format!("{}.name", path()),
                    format!("member name {:?} is not an identifier", m.name),
                ));
            }
        }
        let mut seen = BTreeSet::new();
        for (i, m) in obj.members.iter().enumerate() {
            if !seen.insert(m.name.as_str()) {
                return Err(SpecError::new(
                    file,
                    format!("objects.{oname}.members[{i}].name"),
                    format!("duplicate member `{}`", m.name),
                ));
            }
        }
    }
    Ok(())
}

/// How each object is used, from the action graph (upstream `usage` is
/// unreliable).
struct Usage {
    /// Objects reachable from some action's input.
    inputs: BTreeSet<String>,
    /// Objects reachable from some action's output.
    outputs: BTreeSet<String>,
    /// Objects that are some action's input.
    requests: BTreeSet<String>,
    /// Objects that are some action's output.
    responses: BTreeSet<String>,
    /// Objects without members that are no action's input or output:
    /// free-form JSON maps, not structs.
    free_form: BTreeSet<String>,
}

/// Establish [`Usage`]: which objects requests and responses reach, and
/// which objects are free-form maps.
fn find_usage(api: &ApiSpec) -> Usage {
    let reach = |starts: Vec<&str>| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<String> = starts.into_iter().map(str::to_string).collect();
        while let Some(o) = stack.pop() {
            if !seen.insert(o.clone()) {
                continue;
            }
            for m in &api.objects[&o].members {
                if api.objects.contains_key(&m.member) && scalar(m.kind, &m.member).is_none() {
                    stack.push(m.member.clone());
                }
            }
        }
        seen
    };
    let requests: BTreeSet<String> = api.actions.values().map(|a| a.input.clone()).collect();
    let responses: BTreeSet<String> = api.actions.values().map(|a| a.output.clone()).collect();
    let free_form = api
        .objects
        .iter()
        .filter(|(o, obj)| {
            obj.members.is_empty() && !requests.contains(*o) && !responses.contains(*o)
        })
        .map(|(o, _)| o.clone())
        .collect();
    Usage {
        inputs: reach(api.actions.values().map(|a| a.input.as_str()).collect()),
        outputs: reach(api.actions.values().map(|a| a.output.as_str()).collect()),
        requests,
        responses,
        free_form,
    }
}

/// The Rust type name of every object, both ways.
struct TypeNames {
    /// Object name → Rust type name.
    by_object: BTreeMap<String, String>,
    /// Rust type name → object name.
    by_name: BTreeMap<String, String>,
}

/// Choose every object's Rust type name ([`names::type_name`]), unique in
/// the module: in object-name order, a taken name gets `2`, `3`, ...
fn choose_type_names(api: &ApiSpec) -> TypeNames {
    let mut by_object = BTreeMap::new();
    let mut by_name: BTreeMap<String, String> = BTreeMap::new();
    for oname in api.objects.keys() {
        let mut name = names::type_name(oname);
        let mut n = 2;
        while by_name.contains_key(&name) {
            name = format!("{}{n}", names::type_name(oname));
            n += 1;
        }
        by_name.insert(name.clone(), oname.clone());
        by_object.insert(oname.clone(), name);
    }
    TypeNames { by_object, by_name }
}

/// Resolve every object into a struct (sorted by Rust name) or a free-form
/// map (likewise): each member gets its value type (a scalar, a struct by
/// index, JSON, or a list of one of these), its Rust names (field, setter,
/// list getter; [`names::field_idents`]), its Markdown doc, and whether it is
/// optional and required, from the object's usage. Enums and boxing come in
/// later passes.
fn resolve_types(
    api: &ApiSpec,
    usage: &Usage,
    type_names: &TypeNames,
) -> (Vec<Struct>, Vec<FreeForm>) {
    let type_names = &type_names.by_object;
    let mut struct_objects: Vec<&String> = api
        .objects
        .keys()
        .filter(|o| !usage.free_form.contains(*o))
        .collect();
    struct_objects.sort_by(|a, b| type_names[*a].cmp(&type_names[*b]));
    let struct_index: BTreeMap<&str, usize> = struct_objects
        .iter()
        .enumerate()
        .map(|(i, o)| (o.as_str(), i))
        .collect();

    let mut free_form: Vec<FreeForm> = api
        .objects
        .iter()
        .filter(|(o, _)| usage.free_form.contains(*o))
        .map(|(o, obj)| FreeForm {
            name: type_names[o].clone(),
            wire: o.clone(),
            doc: to_markdown(&obj.document),
        })
        .collect();
    free_form.sort_by(|a, b| a.name.cmp(&b.name));

    let mut structs: Vec<Struct> = Vec::with_capacity(struct_objects.len());
    for oname in &struct_objects {
        let obj = &api.objects[*oname];
        let in_use = usage.inputs.contains(*oname);
        let out_use = usage.outputs.contains(*oname);
        // Unreachable objects are treated as used both ways (all members optional).
        let (used_in_input, used_in_output) = if in_use || out_use {
            (in_use, out_use)
        } else {
            (true, true)
        };
        let input_only = used_in_input && !used_in_output;
        let wires: Vec<&str> = obj.members.iter().map(|m| m.name.as_str()).collect();
        let idents = names::field_idents(&wires);
        let mut fields = Vec::with_capacity(obj.members.len());
        for (m, (ident, renamed_from)) in obj.members.iter().zip(idents) {
            let (base, format) = match scalar(m.kind, &m.member) {
                Some((s, fmt)) if m.kind != MemberKind::Object => (scalar_ty(s), fmt),
                _ => {
                    if usage.free_form.contains(&m.member) {
                        (Ty::Json, None)
                    } else {
                        (Ty::Struct(struct_index[m.member.as_str()]), None)
                    }
                }
            };
            let ty = if m.kind == MemberKind::List {
                Ty::List(Box::new(base))
            } else {
                base
            };
            let required = m.required == Some(true) && used_in_input;
            let bare = names::bare(&ident).to_string();
            let getter = matches!(ty, Ty::List(_)).then(|| ident.clone());
            fields.push(Field {
                wire: m.name.clone(),
                setter: format!("set_{bare}"),
                ident,
                getter,
                doc: to_markdown(&m.document),
                ty,
                optional: !(required && input_only),
                required,
                boxed: false,
                deprecated: m.disabled == Some(true),
                nullable: m.value_allowed_null == Some(true),
                renamed_from,
                example: m.example.clone(),
                format: format.map(str::to_string),
                sensitive: false,
            });
        }
        // A list getter must not take a setter's name (`SetFoo` beside `Foo`).
        let setters: BTreeSet<String> = fields.iter().map(|f| f.setter.clone()).collect();
        for f in &mut fields {
            if let Some(g) = &f.getter {
                if setters.contains(names::bare(g)) || names::bare(g) == "new" {
                    f.getter = Some(format!("{}_items", names::bare(g)));
                }
            }
        }
        structs.push(Struct {
            wire: oname.to_string(),
            name: type_names[*oname].clone(),
            doc: to_markdown(&obj.document),
            fields,
            used_in_input,
            used_in_output,
            is_request: usage.requests.contains(*oname),
            is_response: usage.responses.contains(*oname),
        });
    }
    (structs, free_form)
}

/// Give every member an enum of `enums.json` names ([`read_enums`]) that
/// enum as its type (the element type, for a list).
fn attach_enums(structs: &mut [Struct], enum_of: &BTreeMap<(String, String), usize>) {
    for s in structs {
        for f in &mut s.fields {
            if let Some(&e) = enum_of.get(&(s.wire.clone(), f.wire.clone())) {
                match &mut f.ty {
                    Ty::List(elem) => **elem = Ty::Enum(e),
                    ty => *ty = Ty::Enum(e),
                }
            }
        }
    }
}

/// Choose every action's `Client` method name ([`names::method_name`]),
/// unique among actions: in wire-name order, a taken name gets `_2`, `_3`,
/// ... Returns wire name → method.
fn choose_method_names(api: &ApiSpec) -> BTreeMap<String, String> {
    let mut taken: BTreeSet<String> = BTreeSet::new();
    let mut methods = BTreeMap::new();
    for wire in api.actions.keys() {
        let mut method = names::method_name(wire);
        let mut n = 2;
        while taken.contains(&method) {
            method = format!("{}_{n}", names::method_name(wire));
            n += 1;
        }
        taken.insert(method.clone());
        methods.insert(wire.clone(), method);
    }
    methods
}

/// Build the actions, sorted by wire name: method name, Markdown title and
/// description, request and response struct, deprecation (an unknown
/// status is warned about and treated as online), unsigned calls, and
/// idempotence (a `ClientToken` member). Examples and paginators come in
/// later passes.
fn build_actions(
    input: &ServiceInput,
    methods: &BTreeMap<String, String>,
    structs: &[Struct],
    warnings: &mut Vec<String>,
) -> Vec<Action> {
    let file = input.api_path.as_path();
    let struct_index: BTreeMap<&str, usize> = structs
        .iter()
        .enumerate()
        .map(|(i, s)| (s.wire.as_str(), i))
        .collect();
    let mut actions = Vec::with_capacity(input.api.actions.len());
    for (wire, a) in &input.api.actions {
        let deprecated = match a.status.as_deref() {
            None | Some("online") => false,
            Some("deprecated") => true,
            Some(other) => {
                warnings.push(format!(
                    "{}: actions.{wire}.status: unknown status {other:?}, treated as online",
                    file.display()
                ));
                false
            }
        };
        let input_struct = struct_index[a.input.as_str()];
        actions.push(Action {
            wire: wire.clone(),
            method: methods[wire].clone(),
            title: to_markdown(a.name.trim()),
            doc: to_markdown(&a.document),
            input: input_struct,
            output: struct_index[a.output.as_str()],
            deprecated,
            skip_sign: a.skip_sign == Some(true),
            idempotent: structs[input_struct]
                .fields
                .iter()
                .any(|f| f.wire == "ClientToken"),
            examples: Vec::new(),
            paginator: None,
        });
    }
    actions
}

/// Attach each action's documentation examples from `examples.json`: the
/// title as Markdown, request and response verbatim.
fn attach_examples(actions: &mut [Action], examples: Option<&ExamplesFile>) {
    let Some(examples) = examples else { return };
    for a in actions {
        if let Some(list) = examples.actions.get(&a.wire) {
            a.examples = list
                .iter()
                .map(|e| Example {
                    title: to_markdown(e.title.trim()),
                    input: e.input.clone(),
                    output: e.output.clone(),
                })
                .collect();
        }
    }
}

/// The service's own error codes, sorted by code, each with a unique variant
/// name ([`names::code_variant`]; `2`, `3`, ... on collision, never `Common`
/// or `UnknownValue`) and a Markdown description; and, separately, the codes
/// common to all services that the list names. Those live once, in the
/// runtime (`CommonCode`): the service enum wraps them instead of
/// redefining them.
fn build_error_codes(codes: &[ErrorCodeEntry]) -> (Vec<ErrorCode>, Vec<String>) {
    let mut error_codes = Vec::with_capacity(codes.len());
    let mut common_codes_listed = Vec::new();
    let mut variants: BTreeSet<String> = ["Common".to_string(), "UnknownValue".to_string()].into();
    let mut sorted_codes = codes.to_vec();
    sorted_codes.sort_by(|a, b| a.code.cmp(&b.code));
    for e in &sorted_codes {
        if names::COMMON_ERROR_CODES.contains(&e.code.as_str()) {
            common_codes_listed.push(e.code.clone());
            continue;
        }
        let mut variant = names::code_variant(&e.code);
        let mut n = 2;
        while variants.contains(&variant) {
            variant = format!("{}{n}", names::code_variant(&e.code));
            n += 1;
        }
        variants.insert(variant.clone());
        error_codes.push(ErrorCode {
            code: e.code.clone(),
            variant,
            doc: to_markdown(&e.description),
        });
    }
    (error_codes, common_codes_listed)
}

/// Warn about every key of `api.json` the spec model does not know (kept
/// out of the IR, so a new upstream key is seen, not silently dropped).
fn report_unknown_keys(api: &ApiSpec, file: &Path, warnings: &mut Vec<String>) {
    let mut report = |path: String, keys: &BTreeMap<String, serde_json::Value>| {
        for k in keys.keys() {
            warnings.push(format!(
                "{}: {path}: unknown key `{k}` ignored",
                file.display()
            ));
        }
    };
    report(String::from("(top level)"), &api.unknown);
    report(String::from("metadata"), &api.metadata.unknown);
    for (n, a) in &api.actions {
        report(format!("actions.{n}"), &a.unknown);
    }
    for (n, o) in &api.objects {
        report(format!("objects.{n}"), &o.unknown);
        for (i, m) in o.members.iter().enumerate() {
            report(format!("objects.{n}.members[{i}]"), &m.unknown);
        }
    }
}

/// Read `enums.json` and check it against `api.json`: every enum has a
/// usable, unused type name and at least one value, each value has its
/// enum's kind (string or integer) and a usable variant name, both unique;
/// every member an enum names exists, is a scalar of the enum's kind and has
/// no other enum; every `not_enums` entry names a member no enum uses.
/// Returns the enums (sorted by name) and the (object, member) → enum index
/// map that [`attach_enums`] applies.
#[allow(clippy::type_complexity)]
fn read_enums(
    input: &ServiceInput,
    type_names: &BTreeMap<String, String>,
    warnings: &mut Vec<String>,
) -> Result<(Vec<Enum>, BTreeMap<(String, String), usize>), SpecError> {
    let file = input.enums_path.as_path();
    let api = &input.api;
    let mut defs: Vec<(usize, &crate::spec::enums::EnumDef)> =
        input.enums.enums.iter().enumerate().collect();
    defs.sort_by(|a, b| a.1.name.cmp(&b.1.name));
    let mut enums = Vec::with_capacity(defs.len());
    let mut enum_of = BTreeMap::new();
    let mut names_seen: BTreeSet<&str> = BTreeSet::new();
    for (sorted_index, (i, def)) in defs.iter().enumerate() {
        let at = |rest: &str| format!("enums[{i}]{rest}");
        if !names::is_ident(&def.name)
            || names::is_keyword(&def.name)
            || !def.name.starts_with(|c: char| c.is_ascii_uppercase())
        {
            return Err(SpecError::new(
                file,
                at(".name"),
                format!("`{}` is not a type name", def.name),
            ));
        }
        if names::RESERVED_TYPES.contains(&def.name.as_str()) || type_names.contains_key(&def.name)
        {
            return Err(SpecError::new(
                file,
                at(".name"),
                format!(
                    "`{}` is already the name of a type in this module",
                    def.name
                ),
            ));
        }
        if !names_seen.insert(&def.name) {
            return Err(SpecError::new(
                file,
                at(".name"),
                format!("duplicate enum name `{}`", def.name),
            ));
        }
        if def.values.is_empty() {
            return Err(SpecError::new(
                file,
                at(".values"),
                "an enum needs at least one value",
            ));
        }
        let mut values = Vec::with_capacity(def.values.len());
        let mut wires = BTreeSet::new();
        let mut variants = BTreeSet::new();
        for (j, v) in def.values.iter().enumerate() {
            let wire = match (def.kind, &v.value) {
                (EnumKind::String, serde_json::Value::String(s)) => s.clone(),
                (EnumKind::Integer, serde_json::Value::Number(n)) if n.as_i64().is_some() => {
                    n.to_string()
                }
                (kind, other) => {
                    return Err(SpecError::new(
                        file,
                        at(&format!(".values[{j}].value")),
                        format!("{other} is not a {kind:?} value"),
                    ))
                }
            };
            if !wires.insert(wire.clone()) {
                return Err(SpecError::new(
                    file,
                    at(&format!(".values[{j}].value")),
                    format!("duplicate value {wire:?}"),
                ));
            }
            if !names::is_ident(&v.name)
                || names::is_keyword(&v.name)
                || !v.name.starts_with(|c: char| c.is_ascii_uppercase())
                || v.name == "UnknownValue"
            {
                return Err(SpecError::new(
                    file,
                    at(&format!(".values[{j}].name")),
                    format!("`{}` is not a usable variant name", v.name),
                ));
            }
            if !variants.insert(v.name.clone()) {
                return Err(SpecError::new(
                    file,
                    at(&format!(".values[{j}].name")),
                    format!("duplicate variant `{}`", v.name),
                ));
            }
            values.push(EnumValue {
                wire,
                variant: v.name.clone(),
                doc: to_markdown(&v.doc),
            });
        }
        let mut members = Vec::new();
        for (j, reference) in def.members.iter().enumerate() {
            let path = at(&format!(".members[{j}]"));
            let Some((object, member)) = reference.split_once('.') else {
                return Err(SpecError::new(
                    file,
                    path,
                    format!("`{reference}` is not `Object.Member`"),
                ));
            };
            let Some(obj) = api.objects.get(object) else {
                return Err(SpecError::new(
                    file,
                    path,
                    format!("no object `{object}` in api.json"),
                ));
            };
            let Some(m) = obj.members.iter().find(|m| m.name == member) else {
                return Err(SpecError::new(
                    file,
                    path,
                    format!("object `{object}` has no member `{member}`"),
                ));
            };
            let fits = matches!(
                (def.kind, scalar(m.kind, &m.member)),
                (EnumKind::String, Some((Scalar::String, _)))
                    | (EnumKind::Integer, Some((Scalar::I64 | Scalar::U64, _)))
            );
            if !fits || m.kind == MemberKind::Object {
                return Err(SpecError::new(
                    file,
                    path,
                    format!(
                        "`{reference}` is a {:?} of `{}`, not a {:?} member",
                        m.kind, m.member, def.kind
                    ),
                ));
            }
            if enum_of
                .insert((object.to_string(), member.to_string()), sorted_index)
                .is_some()
            {
                return Err(SpecError::new(
                    file,
                    path,
                    format!("`{reference}` already has an enum"),
                ));
            }
            members.push(reference.clone());
        }
        if members.is_empty() {
            warnings.push(format!(
                "{}: {}: enum `{}` is used by no member",
                file.display(),
                at(""),
                def.name
            ));
        }
        enums.push(Enum {
            name: def.name.clone(),
            doc: to_markdown(&def.doc),
            integer: def.kind == EnumKind::Integer,
            values,
            members,
        });
    }
    for (i, not) in input.enums.not_enums.iter().enumerate() {
        let path = format!("not_enums[{i}].member");
        let exists = not
            .member
            .split_once('.')
            .and_then(|(o, m)| api.objects.get(o).map(|obj| (o, m, obj)))
            .is_some_and(|(_, m, obj)| obj.members.iter().any(|x| x.name == m));
        if !exists {
            return Err(SpecError::new(
                file,
                path,
                format!("`{}` is not a member in api.json", not.member),
            ));
        }
        if let Some((o, m)) = not.member.split_once('.') {
            if enum_of.contains_key(&(o.to_string(), m.to_string())) {
                return Err(SpecError::new(
                    file,
                    path,
                    format!(
                        "`{}` is listed as not an enum but an enum uses it",
                        not.member
                    ),
                ));
            }
        }
    }
    Ok((enums, enum_of))
}

/// How each action pages, if it gets a paginator
/// ([`super::paginate::detect`]), in action order. A request or response
/// shared by several actions is paged one way only: an action whose request
/// or response an earlier action (in wire-name order) already pages
/// differently gets none.
fn detect_paginators(actions: &[Action], structs: &[Struct]) -> Vec<Option<Pagination>> {
    let mut requests: BTreeMap<usize, Pagination> = BTreeMap::new();
    let mut responses: BTreeMap<usize, Pagination> = BTreeMap::new();
    let mut paged = Vec::with_capacity(actions.len());
    for a in actions {
        let p = super::paginate::detect(&structs[a.input], &structs[a.output]).filter(|p| {
            let compatible =
                |done: &BTreeMap<usize, Pagination>, i: usize| done.get(&i).is_none_or(|q| q == p);
            compatible(&requests, a.input) && compatible(&responses, a.output)
        });
        if let Some(p) = &p {
            requests.entry(a.input).or_insert_with(|| p.clone());
            responses.entry(a.output).or_insert_with(|| p.clone());
        }
        paged.push(p);
    }
    paged
}

/// Give each paged action (`paged`, from [`detect_paginators`]) its
/// paginator, named `<method>_paginator` and unique among all the
/// `Client`'s methods: the ones it defines itself, every action's, and the
/// other paginators. A taken name gets `_2`, `_3`, ... (in wire-name order)
/// and a doc note naming what has it.
fn name_paginators(actions: &mut [Action], paged: Vec<Option<Pagination>>) {
    let mut taken: BTreeMap<String, String> = names::RESERVED_METHODS
        .iter()
        .map(|m| {
            (
                m.to_string(),
                "a method the client defines itself".to_string(),
            )
        })
        .collect();
    for a in actions.iter() {
        taken.insert(
            a.method.clone(),
            format!("the method of the action `{}`", a.wire),
        );
    }
    for (a, pagination) in actions.iter_mut().zip(paged) {
        let Some(pagination) = pagination else {
            continue;
        };
        let base = names::paginator_method(&a.method);
        let mut method = base.clone();
        let mut n = 2;
        while taken.contains_key(&method) {
            method = format!("{base}_{n}");
            n += 1;
        }
        let note = taken
            .get(&base)
            .map(|owner| format!("Named `{method}` because `{base}` is {owner}."));
        taken.insert(
            method.clone(),
            format!("the paginator of the action `{}`", a.wire),
        );
        a.paginator = Some(Paginator {
            pagination,
            method,
            note,
        });
    }
}

/// Box every direct (non-list) struct edge that lies on a cycle, so each
/// struct has a finite size. Lists already add indirection.
fn box_recursive_fields(structs: &mut [Struct]) {
    let n = structs.len();
    let edges: Vec<Vec<usize>> = structs
        .iter()
        .map(|s| {
            s.fields
                .iter()
                .filter_map(|f| match f.ty {
                    Ty::Struct(t) => Some(t),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let component = strongly_connected(n, &edges);
    for s in 0..n {
        for f in &mut structs[s].fields {
            if let Ty::Struct(t) = f.ty {
                if component[s] == component[t] {
                    f.boxed = true;
                    f.optional = true;
                }
            }
        }
    }
}

/// Tarjan's algorithm, iterative; returns the component id of each node.
/// A node alone in its component without a self-edge has a unique id, so
/// `component[a] == component[b]` means a cycle passes through both.
fn strongly_connected(n: usize, edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![UNSEEN; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index[v] == UNSEEN {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*edge) {
                *edge += 1;
                if index[w] == UNSEEN {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                loop {
                    let w = stack.pop().expect("tarjan stack");
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    // A node alone in its component is recursive only through a self-loop;
    // otherwise give it an id no edge target can share.
    let mut size = vec![0usize; next_component];
    for c in &component {
        size[*c] += 1;
    }
    let mut result = component.clone();
    for v in 0..n {
        if size[component[v]] == 1 && !edges[v].contains(&v) {
            result[v] = usize::MAX - v;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::strongly_connected;
    use super::{build_service, Service, ServiceInput};
    use crate::spec::enums::EnumsFile;
    use crate::spec::parse_api;
    use std::path::{Path, PathBuf};

    fn service(api: &str, enums: &str) -> Result<Service, String> {
        let api = parse_api(Path::new("api.json"), api.as_bytes()).unwrap();
        let enums: EnumsFile = serde_json::from_str(enums).unwrap();
        build_service(ServiceInput {
            dir: "x".into(),
            version_dir: "v1".into(),
            api,
            api_path: PathBuf::from("api.json"),
            examples: None,
            error_codes: Vec::new(),
            enums,
            enums_path: PathBuf::from("x/v1/enums.json"),
            sensitive: Default::default(),
            sensitive_path: PathBuf::new(),
            source: String::new(),
        })
        .map_err(|e| e.to_string())
    }

    fn build(enums: &str) -> Result<(), String> {
        service(
            r#"{"actions":{},"metadata":{"apiVersion":"1","serviceShortName":"x"},
                "objects":{"A":{"document":"","members":[
                  {"name":"Mode","type":"string","member":"string"}]}}}"#,
            enums,
        )
        .map(|_| ())
    }

    /// `DescribeThings` pages; the action `DescribeThingsPaginator` already
    /// has the method `describe_things_paginator`.
    const PAGINATOR_COLLISION: &str = r#"{
        "metadata": {"apiVersion": "1", "serviceShortName": "x"},
        "actions": {
            "DescribeThings": {"document": "List <b>things</b>.", "name": "Query <code>things</code>",
                "input": "DescribeThingsRequest", "output": "DescribeThingsResponse"},
            "DescribeThingsPaginator": {"document": "", "name": "",
                "input": "DescribeThingsPaginatorRequest", "output": "DescribeThingsPaginatorResponse"}
        },
        "objects": {
            "DescribeThingsRequest": {"document": "", "members": [
                {"name": "Offset", "type": "int", "member": "int64"},
                {"name": "Limit", "type": "int", "member": "int64"}]},
            "DescribeThingsResponse": {"document": "", "members": [
                {"name": "TotalCount", "type": "int", "member": "int64"},
                {"name": "Things", "type": "list", "member": "string"}]},
            "DescribeThingsPaginatorRequest": {"document": "", "members": [
                {"name": "Id", "type": "string", "member": "string"}]},
            "DescribeThingsPaginatorResponse": {"document": "", "members": [
                {"name": "Id", "type": "string", "member": "string"}]}
        }
    }"#;

    #[test]
    fn paginator_names_give_way_to_action_methods() {
        let s = service(PAGINATOR_COLLISION, r#"{"enums":[]}"#).unwrap();
        let things = &s.actions[0];
        let other = &s.actions[1];
        assert_eq!(things.method, "describe_things");
        assert_eq!(other.method, "describe_things_paginator");
        assert!(other.paginator.is_none());
        let p = things.paginator.as_ref().expect("DescribeThings pages");
        assert_eq!(p.method, "describe_things_paginator_2");
        assert_eq!(
            p.note.as_deref(),
            Some(
                "Named `describe_things_paginator_2` because `describe_things_paginator` is \
                 the method of the action `DescribeThingsPaginator`."
            )
        );
    }

    #[test]
    fn paginator_without_collision_has_no_note() {
        let api = PAGINATOR_COLLISION.replace("DescribeThingsPaginator", "ListOthers");
        let s = service(&api, r#"{"enums":[]}"#).unwrap();
        let things = s
            .actions
            .iter()
            .find(|a| a.wire == "DescribeThings")
            .unwrap();
        let p = things.paginator.as_ref().unwrap();
        assert_eq!(p.method, "describe_things_paginator");
        assert_eq!(p.note, None);
    }

    #[test]
    fn action_titles_and_docs_are_markdown() {
        let s = service(PAGINATOR_COLLISION, r#"{"enums":[]}"#).unwrap();
        assert_eq!(s.actions[0].title, "Query `things`");
        assert_eq!(s.actions[0].doc, "List **things**.");
        assert_eq!(s.actions[1].title, "");
    }

    #[test]
    fn not_enums_must_name_members_no_enum_uses() {
        assert_eq!(
            build(r#"{"enums":[],"not_enums":[{"member":"A.Mode","reason":"prose"}]}"#),
            Ok(())
        );
        let e =
            build(r#"{"enums":[],"not_enums":[{"member":"A.Gone","reason":"x"}]}"#).unwrap_err();
        assert!(
            e.starts_with("x/v1/enums.json: at not_enums[0].member: "),
            "{e}"
        );
        let e = build(
            r#"{"enums":[{"name":"Mode","type":"string","members":["A.Mode"],
                           "values":[{"value":"a","name":"A"}]}],
                "not_enums":[{"member":"A.Mode","reason":"x"}]}"#,
        )
        .unwrap_err();
        assert!(e.contains("an enum uses it"), "{e}");
    }

    #[test]
    fn scc_finds_cycles_and_self_loops() {
        // 0 -> 1 -> 0 (cycle), 2 -> 2 (self), 3 -> 0 (not on a cycle)
        let edges = vec![vec![1], vec![0], vec![2], vec![0]];
        let c = strongly_connected(4, &edges);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[2], c[2]);
        assert_ne!(c[3], c[0]);
        // node 3 has no self loop: its id differs from every node it points to
        assert!(edges[3].iter().all(|t| c[*t] != c[3]));
    }
}
