//! Doc-example conformance: every example of every shipped action, input and
//! output, through the generated types and back.
//!
//! For each example of `examples.json`:
//!
//! * **input**: the request parameters are read out of the HTTP request text
//!   ([`crate::examples`]: a JSON body, repaired if needed, or a legacy query
//!   string typed by the spec), decoded into the action's request type,
//!   serialized back and compared as JSON ([`crate::compare`]);
//! * **output**: the text is parsed, repaired only where unambiguous
//!   ([`crate::repair`]); an error example (`Response.Error`) is read into a
//!   [`ServiceError`] exactly as a call reads one; any other is decoded into
//!   the action's response type the way a call decodes it, once strictly and
//!   once leniently, serialized back and compared.
//!
//! A difference between an example and its round trip is explained only by
//! drift the decoder recorded at that very path (a converted value must be
//! that conversion, a dropped one must be absent); anything else is a
//! failure. Members the spec does not describe are kept (they round-trip
//! through `unknown_fields`) and listed as spec drift. Texts that cannot be
//! repaired are listed with their parse error; when the salvage of
//! [`crate::repair`] can read the rest, the rest is still checked. Nothing is
//! skipped silently.
//!
//! [`Report::render`] is the committed expectation file's content
//! (`tests/conformance/expected.txt`); [`Report::table`] the summary table.

use crate::compare::{diff, is_conversion};
use crate::examples::{request_params, InputError, InputNote};
use crate::repair::{parse_output, Unrepairable};
use crate::typed::{TypedAction, TypedService};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::{self, Write as _};
use std::path::Path;
use tencentcloud_codegen::generate::{find_spec_dirs, SpecDir};
use tencentcloud_codegen::spec::{self, ApiSpec};
use tencentcloud_runtime::de::{Drift, DriftKind, Mode};
use tencentcloud_runtime::ServiceError;

/// An example: service folder, action, and its 1-based position.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ExampleId {
    /// `cwp/v20180228`.
    pub service: String,
    /// `DescribeRiskProcessEvents`.
    pub action: String,
    /// 1-based position among the action's examples.
    pub number: usize,
}

impl fmt::Display for ExampleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} #{}", self.service, self.action, self.number)
    }
}

/// What was found on one side (input or output) of an example.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SideReport {
    /// Repairs made to the text (`missing-comma at line 3 column 20: ...`).
    pub repairs: Vec<String>,
    /// The kinds of defect found in the text, repaired or not
    /// (`missing-comma`, `bare-text-line`, `quoted-query-value`...).
    pub defects: BTreeSet<&'static str>,
    /// Why the text cannot be read without guessing (parse error and the
    /// blocking defects), when it cannot.
    pub unrepairable: Option<String>,
    /// Lines the salvage dropped so the rest could be checked.
    pub salvaged: Vec<String>,
    /// Values of another JSON type than the spec declares (decoded only
    /// thanks to lenient decoding).
    pub type_drift: Vec<String>,
    /// Paths of members the spec does not describe.
    pub spec_drift: Vec<String>,
    /// How the example and its round trip disagree, without an explanation.
    pub failures: Vec<String>,
    /// For an error example: its code, and whether the service's typed
    /// `ErrorCode` knows it.
    pub error_code: Option<(String, bool)>,
}

impl SideReport {
    fn unrepairable(u: &Unrepairable) -> SideReport {
        SideReport {
            unrepairable: Some(u.to_string()),
            defects: u.defects.iter().map(|d| d.kind.name()).collect(),
            salvaged: u
                .salvaged
                .iter()
                .flat_map(|s| &s.dropped_lines)
                .map(|(line, text)| format!("line {line}: {text}"))
                .collect(),
            ..SideReport::default()
        }
    }
}

/// Where an example stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Valid JSON, and the round trip agrees.
    AsWritten,
    /// Agrees after an unambiguous repair of its text.
    Repaired,
    /// A text cannot be read without guessing (what could be salvaged was
    /// checked and agrees).
    Unrepairable,
    /// The round trip disagrees for a reason listed in
    /// `tests/conformance/explained.txt` (a defect of the example upstream).
    Explained,
    /// The round trip disagrees, or the typed decode fails, and no reason is
    /// listed.
    Failed,
}

impl Status {
    /// Its name in tables and the expectation file.
    pub fn name(self) -> &'static str {
        match self {
            Status::AsWritten => "as-written",
            Status::Repaired => "repaired",
            Status::Unrepairable => "unrepairable",
            Status::Explained => "explained",
            Status::Failed => "FAILED",
        }
    }

    /// Whether the example was fully checked and agrees.
    pub fn passed(self) -> bool {
        matches!(self, Status::AsWritten | Status::Repaired)
    }
}

/// One example, both sides.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleReport {
    /// Which example.
    pub id: ExampleId,
    /// The request side.
    pub input: SideReport,
    /// The response side.
    pub output: SideReport,
    /// The listed reason for its failures, if any.
    pub explained: Option<String>,
}

impl ExampleReport {
    fn sides(&self) -> [(&'static str, &SideReport); 2] {
        [("input", &self.input), ("output", &self.output)]
    }

    /// Where the example stands.
    pub fn status(&self) -> Status {
        let any = |f: fn(&SideReport) -> bool| f(&self.input) || f(&self.output);
        if any(|s| !s.failures.is_empty()) {
            match self.explained {
                Some(_) => Status::Explained,
                None => Status::Failed,
            }
        } else if any(|s| s.unrepairable.is_some()) {
            Status::Unrepairable
        } else if any(|s| !s.repairs.is_empty()) {
            Status::Repaired
        } else {
            Status::AsWritten
        }
    }

    /// Whether it passes only thanks to lenient decoding (strict decoding
    /// of one side fails).
    pub fn type_drifted(&self) -> bool {
        self.sides().iter().any(|(_, s)| !s.type_drift.is_empty())
    }

    /// Whether anything is worth a line in the expectation file.
    fn noteworthy(&self) -> bool {
        self.status() != Status::AsWritten
            || self
                .sides()
                .iter()
                .any(|(_, s)| !s.type_drift.is_empty() || !s.spec_drift.is_empty())
            || self.output.error_code.is_some()
    }
}

/// The conformance of every example of one service version.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceReport {
    /// `cwp/v20180228`.
    pub service: String,
    /// Actions in the spec.
    pub actions: usize,
    /// Actions the examples file has no example for.
    pub without_examples: Vec<String>,
    /// Every example, by action and position.
    pub examples: Vec<ExampleReport>,
}

/// Counts for the table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Examples.
    pub examples: usize,
    /// Fully checked and agreeing (as written or repaired).
    pub passed: usize,
    /// Of those, after a repair.
    pub repaired: usize,
    /// With a text that cannot be repaired.
    pub unrepairable: usize,
    /// Passing only thanks to lenient decoding.
    pub type_drifted: usize,
    /// Members the spec does not describe, over all examples.
    pub drifted_members: usize,
    /// Error examples (`Response.Error`), read into the error type.
    pub error_examples: usize,
    /// Failures with a listed reason.
    pub explained: usize,
    /// Failures without one.
    pub failed: usize,
}

impl Counts {
    fn add(&mut self, e: &ExampleReport) {
        let status = e.status();
        self.examples += 1;
        self.passed += usize::from(status.passed());
        self.repaired += usize::from(status == Status::Repaired);
        self.unrepairable += usize::from(status == Status::Unrepairable);
        self.explained += usize::from(status == Status::Explained);
        self.failed += usize::from(status == Status::Failed);
        self.type_drifted += usize::from(status.passed() && e.type_drifted());
        self.drifted_members += e.input.spec_drift.len() + e.output.spec_drift.len();
        self.error_examples += usize::from(e.output.error_code.is_some());
    }

    fn merge(&mut self, o: &Counts) {
        self.examples += o.examples;
        self.passed += o.passed;
        self.repaired += o.repaired;
        self.unrepairable += o.unrepairable;
        self.type_drifted += o.type_drifted;
        self.drifted_members += o.drifted_members;
        self.error_examples += o.error_examples;
        self.explained += o.explained;
        self.failed += o.failed;
    }
}

impl ServiceReport {
    /// The service's counts.
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for e in &self.examples {
            c.add(e);
        }
        c
    }
}

/// The conformance of every shipped service.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// One per service version, sorted.
    pub services: Vec<ServiceReport>,
}

/// Why a conformance run could not start.
#[derive(Debug)]
pub struct RunError(pub String);

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RunError {}

/// Check every example of every service under `specs` against the typed
/// `services` (the generated crate's, from [`crate::typed::SERVICES`]).
pub fn run(specs: &Path, services: &[TypedService]) -> Result<Report, RunError> {
    let dirs = find_spec_dirs(specs).map_err(|e| RunError(e.to_string()))?;
    let mut out = Vec::new();
    for dir in &dirs {
        let name = format!("{}/{}", dir.service, dir.version);
        let typed = services.iter().find(|s| s.dir == name).ok_or_else(|| {
            RunError(format!(
                "{name}: the generated crate has no such service (is its feature enabled for the conformance crate?)"
            ))
        })?;
        out.push(check_service(dir, &name, typed)?);
    }
    Ok(Report { services: out })
}

/// [`run`] over this repository's `specs/` and the generated crate, with
/// the reasons of [`explained_file`] attached. Also returns the reasons that
/// do not apply (see [`Report::explain`]).
pub fn run_shipped() -> Result<(Report, Vec<String>), RunError> {
    let mut report = run(
        &crate::emulator::shipped_specs_dir(),
        crate::typed::SERVICES,
    )?;
    let stale = report.explain(&load_explained(&explained_file())?);
    Ok((report, stale))
}

fn check_service(
    dir: &SpecDir,
    name: &str,
    typed: &TypedService,
) -> Result<ServiceReport, RunError> {
    let api = spec::load_api(&dir.path.join("api.json")).map_err(|e| RunError(e.to_string()))?;
    let examples = spec::load_examples(&dir.path.join("examples.json"))
        .map_err(|e| RunError(e.to_string()))?;
    let mut report = ServiceReport {
        service: name.to_string(),
        actions: api.actions.len(),
        without_examples: Vec::new(),
        examples: Vec::new(),
    };
    for action in api.actions.keys() {
        let Some(typed_action) = typed.actions.iter().find(|a| a.name == action) else {
            return Err(RunError(format!(
                "{name}: action {action} is in the spec but not in the generated crate (regenerate it)"
            )));
        };
        let list = examples
            .actions
            .get(action)
            .map(Vec::as_slice)
            .unwrap_or_default();
        if list.is_empty() {
            report.without_examples.push(action.clone());
        }
        for (i, example) in list.iter().enumerate() {
            report.examples.push(ExampleReport {
                id: ExampleId {
                    service: name.to_string(),
                    action: action.clone(),
                    number: i + 1,
                },
                explained: None,
                input: check_input(&api, action, typed_action, &example.input),
                output: check_output(typed, typed_action, &example.output),
            });
        }
    }
    // Examples of actions the spec does not have would be silently unused.
    for action in examples.actions.keys() {
        if !api.actions.contains_key(action) {
            return Err(RunError(format!(
                "{name}: examples.json has examples for {action}, which the spec does not define"
            )));
        }
    }
    Ok(report)
}

/// The request side: parameters out of the request text, typed round trip.
pub fn check_input(api: &ApiSpec, action: &str, typed: &TypedAction, text: &str) -> SideReport {
    let params = match request_params(api, action, text) {
        Ok(p) => p,
        Err(InputError::Body(u)) => {
            let mut side = SideReport::unrepairable(&u);
            if let Some(s) = &u.salvaged {
                round_trip(&mut side, &s.value, "", |json, mode| {
                    (typed.request)(json, mode)
                });
            }
            return side;
        }
        Err(e) => {
            return SideReport {
                failures: vec![format!("request text: {e}")],
                ..SideReport::default()
            }
        }
    };
    let mut side = SideReport {
        repairs: params.json_repairs.iter().map(|d| d.to_string()).collect(),
        defects: params.json_repairs.iter().map(|d| d.kind.name()).collect(),
        ..SideReport::default()
    };
    for note in &params.notes {
        match note {
            InputNote::QuotedValue { .. } => {
                side.repairs.push(note.to_string());
                side.defects.insert("quoted-query-value");
            }
            InputNote::BodyOnly => {
                side.repairs.push(note.to_string());
                side.defects.insert("body-only-request");
            }
            InputNote::HeadersRunTogether => {
                side.repairs.push(note.to_string());
                side.defects.insert("headers-run-together");
            }
            InputNote::BodyConflict { .. } => side.failures.push(note.to_string()),
            InputNote::UntypedValue { .. }
            | InputNote::UnknownParameter { .. }
            | InputNote::CommonParameter { .. }
            | InputNote::BodyMerged { .. }
            | InputNote::OtherHost { .. } => {}
        }
    }
    round_trip(&mut side, &params.params, "", |json, mode| {
        (typed.request)(json, mode)
    });
    side
}

/// The response side: repair, error envelope or typed round trip.
pub fn check_output(service: &TypedService, typed: &TypedAction, text: &str) -> SideReport {
    let (mut side, value) = match parse_output(text) {
        Ok(r) => (
            SideReport {
                repairs: r.defects.iter().map(|d| d.to_string()).collect(),
                defects: r.defects.iter().map(|d| d.kind.name()).collect(),
                ..SideReport::default()
            },
            r.value,
        ),
        Err(u) => match &u.salvaged {
            Some(s) => (SideReport::unrepairable(&u), s.value.clone()),
            None => return SideReport::unrepairable(&u),
        },
    };
    let body = value.to_string();
    let error = value
        .get("Response")
        .and_then(|r| r.get("Error"))
        .filter(|e| e.get("Code").is_some_and(Value::is_string));
    if let Some(error) = error {
        check_error_example(&mut side, service, typed, error, body.as_bytes());
        return side;
    }
    let original = value.get("Response").cloned().unwrap_or(Value::Null);
    round_trip(&mut side, &original, "Response", |_, mode| {
        (typed.response)(body.as_bytes(), mode)
    });
    side
}

fn check_error_example(
    side: &mut SideReport,
    service: &TypedService,
    typed: &TypedAction,
    error: &Value,
    body: &[u8],
) {
    let code = error["Code"].as_str().unwrap_or_default();
    let message = error.get("Message").and_then(Value::as_str).unwrap_or("");
    match ServiceError::from_body(body, service.info, typed.name) {
        Some(e) if e.code() == code && e.message() == message => {
            side.error_code = Some((code.to_string(), (service.known_code)(code)));
        }
        Some(e) => side.failures.push(format!(
            "error example read as {:?} {:?}, not {code:?} {message:?}",
            e.code(),
            e.message()
        )),
        None => side
            .failures
            .push("error example not recognised as an error".to_string()),
    }
}

/// Decode `original` strictly and leniently with `decode` (given its JSON
/// text), and record drift and every unexplained difference under `root`.
fn round_trip(
    side: &mut SideReport,
    original: &Value,
    root: &str,
    decode: impl Fn(&str, Mode) -> crate::typed::RoundTrip,
) {
    let json = original.to_string();
    let strict = decode(&json, Mode::Strict);
    let (back, drift) = match decode(&json, Mode::Lenient) {
        Ok(ok) => ok,
        Err(e) => {
            side.failures.push(format!("typed decode fails: {e}"));
            return;
        }
    };
    for d in &drift {
        match d.kind {
            DriftKind::UnknownMember => side.spec_drift.push(d.path.clone()),
            DriftKind::Converted | DriftKind::Dropped => side.type_drift.push(d.to_string()),
        }
    }
    // Strict mode must fail exactly when lenient decoding had to convert or drop.
    match (&strict, side.type_drift.is_empty()) {
        (Ok(_), false) => side
            .failures
            .push("strict decoding accepted a value lenient decoding converted".to_string()),
        (Err(e), true) => side
            .failures
            .push(format!("strict decoding fails without recorded drift: {e}")),
        _ => {}
    }
    side.failures
        .extend(unexplained(original, &back, root, &drift));
}

/// The differences between `original` and `back` that recorded drift does
/// not explain.
pub fn unexplained(original: &Value, back: &Value, root: &str, drift: &[Drift]) -> Vec<String> {
    let at = |kind: DriftKind| -> HashSet<&str> {
        drift
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| d.path.as_str())
            .collect()
    };
    let dropped = at(DriftKind::Dropped);
    let converted = at(DriftKind::Converted);
    let mut out = Vec::new();
    for d in diff(original, back, root, &|p| dropped.contains(p)) {
        match (&d.original, &d.round_trip) {
            (Some(_), None) if dropped.contains(d.path.as_str()) => {}
            // One object read as a list of one: the decoder records what it
            // found inside under the object's own path (no `[0]`), so
            // compare the object with the element under that path.
            (Some(single), Some(Value::Array(items)))
                if converted.contains(d.path.as_str())
                    && !single.is_array()
                    && items.len() == 1 =>
            {
                out.extend(unexplained(single, &items[0], &d.path, drift));
            }
            (Some(a), Some(b)) if converted.contains(d.path.as_str()) && is_conversion(a, b) => {}
            _ => out.push(d.to_string()),
        }
    }
    out
}

impl Report {
    /// Attach the listed reasons to the examples they name. Returns the
    /// entries that do not apply: an example that does not exist, or that
    /// no longer fails (the list must shrink when upstream fixes one).
    pub fn explain(&mut self, reasons: &BTreeMap<String, String>) -> Vec<String> {
        let mut stale = Vec::new();
        let mut seen = HashSet::new();
        for e in self.services.iter_mut().flat_map(|s| &mut s.examples) {
            let id = e.id.to_string();
            let Some(reason) = reasons.get(&id) else {
                continue;
            };
            seen.insert(id.clone());
            if e.input.failures.is_empty() && e.output.failures.is_empty() {
                stale.push(format!("{id}: listed as explained but no longer fails"));
            } else {
                e.explained = Some(reason.clone());
            }
        }
        for id in reasons.keys().filter(|id| !seen.contains(*id)) {
            stale.push(format!(
                "{id}: listed as explained but there is no such example"
            ));
        }
        stale
    }

    /// Totals over every service.
    pub fn totals(&self) -> Counts {
        let mut c = Counts::default();
        for s in &self.services {
            c.merge(&s.counts());
        }
        c
    }

    /// Every example, in order.
    pub fn examples(&self) -> impl Iterator<Item = &ExampleReport> {
        self.services.iter().flat_map(|s| &s.examples)
    }

    /// The summary table, one row per service and a total.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let header = [
            "service",
            "examples",
            "passed",
            "repaired",
            "unrepairable",
            "type-drifted",
            "drifted members",
            "error examples",
            "explained",
            "failed",
        ];
        let widths: Vec<usize> = header.iter().map(|h| h.len().max(8)).collect();
        let row = |out: &mut String, cells: [String; 10]| {
            let mut line = format!("{:<18}", cells[0]);
            for (c, w) in cells.iter().zip(&widths).skip(1) {
                let _ = write!(line, " {c:>w$}");
            }
            out.push_str(line.trim_end());
            out.push('\n');
        };
        row(&mut out, header.map(str::to_string));
        let cells = |name: &str, c: Counts| {
            [
                name.to_string(),
                c.examples.to_string(),
                c.passed.to_string(),
                c.repaired.to_string(),
                c.unrepairable.to_string(),
                c.type_drifted.to_string(),
                c.drifted_members.to_string(),
                c.error_examples.to_string(),
                c.explained.to_string(),
                c.failed.to_string(),
            ]
        };
        for s in &self.services {
            row(&mut out, cells(&s.service, s.counts()));
        }
        row(
            &mut out,
            cells(&format!("total ({})", self.services.len()), self.totals()),
        );
        out.push_str(
            "\ninvalid example texts by defect (examples; input and output counted apart):\n",
        );
        for s in &self.services {
            let mut by_kind: BTreeMap<(&str, &str), usize> = BTreeMap::new();
            for e in &s.examples {
                for (side, r) in e.sides() {
                    for kind in &r.defects {
                        *by_kind.entry((side, kind)).or_default() += 1;
                    }
                }
            }
            let list: Vec<String> = by_kind
                .iter()
                .map(|((side, kind), n)| format!("{side} {kind} {n}"))
                .collect();
            let list = if list.is_empty() {
                "none".to_string()
            } else {
                list.join(", ")
            };
            let _ = writeln!(out, "  {}: {list}", s.service);
        }
        out
    }

    /// The expectation file: the table, then every example that is not
    /// simply valid and agreeing, with what was found. Stable: sorted, no
    /// timings.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "# Doc-example conformance of the shipped services (tests/src/conformance.rs).\n\
             # Written by `cargo run -p tencentcloud-conformance --bin conformance -- --write`;\n\
             # `cargo test` fails when a fresh run differs. An example not listed below is\n\
             # valid JSON on both sides, agrees with its typed round trip, and needs no\n\
             # lenient decoding. The reasons of `explained` examples: explained.txt.\n\n",
        );
        for line in self.table().lines() {
            let _ = writeln!(out, "# {line}");
        }
        for s in &self.services {
            if !s.without_examples.is_empty() {
                let _ = writeln!(
                    out,
                    "\n{}: actions without examples: {}",
                    s.service,
                    s.without_examples.join(", ")
                );
            }
        }
        for e in self.examples().filter(|e| e.noteworthy()) {
            let mut flags = vec![e.status().name()];
            if e.type_drifted() {
                flags.push("type-drifted");
            }
            let _ = writeln!(out, "\n{}: {}", e.id, flags.join(", "));
            if let Some(reason) = &e.explained {
                let _ = writeln!(out, "  reason: {}", one_line(reason));
            }
            for (side, r) in e.sides() {
                let mut item = |what: &str, text: &str| {
                    let _ = writeln!(out, "  {side} {what}: {}", one_line(text));
                };
                if let Some(u) = &r.unrepairable {
                    item("unrepairable", u);
                }
                for x in &r.salvaged {
                    item("salvage dropped", x);
                }
                for x in &r.repairs {
                    item("repaired", x);
                }
                for x in &r.type_drift {
                    item("type drift", x);
                }
                for x in &r.spec_drift {
                    item("not in the spec", x);
                }
                if let Some((code, known)) = &r.error_code {
                    let known = if *known {
                        "listed"
                    } else {
                        "not in the error-code list"
                    };
                    item("error", &format!("{code} ({known})"));
                }
                for x in &r.failures {
                    item("FAILURE", x);
                }
            }
        }
        out
    }
}

/// How the repair classifies the example outputs of every service under
/// `specs` (any corpus laid out as `<svc>/<version>/examples.json`, such as
/// the whole tccli package): no typed check, only the JSON. A table as text.
pub fn corpus_defects(specs: &Path) -> Result<String, RunError> {
    let dirs = find_spec_dirs(specs).map_err(|e| RunError(e.to_string()))?;
    let (mut total, mut valid, mut repaired, mut salvageable, mut unrepairable) = (0, 0, 0, 0, 0);
    let mut by_kind: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for dir in &dirs {
        let path = dir.path.join("examples.json");
        if !path.is_file() {
            continue;
        }
        let examples = spec::load_examples(&path).map_err(|e| RunError(e.to_string()))?;
        for example in examples.actions.values().flatten() {
            total += 1;
            let defects = match parse_output(&example.output) {
                Ok(r) if !r.was_repaired() => {
                    valid += 1;
                    continue;
                }
                Ok(r) => {
                    repaired += 1;
                    r.defects
                }
                Err(u) => {
                    if u.salvaged.is_some() {
                        salvageable += 1;
                    } else {
                        unrepairable += 1;
                    }
                    u.defects
                }
            };
            let kinds: BTreeSet<&str> = defects.iter().map(|d| d.kind.name()).collect();
            for kind in kinds {
                let entry = by_kind.entry(kind).or_default();
                entry.0 += 1;
                entry.1 += defects.iter().filter(|d| d.kind.name() == kind).count();
            }
        }
    }
    let mut out = format!(
        "{} service versions, {total} example outputs: {valid} valid JSON, {} invalid \
         ({repaired} repaired, {} unrepairable of which {salvageable} salvageable)\n\
         defect                         outputs  places\n",
        dirs.len(),
        total - valid,
        salvageable + unrepairable,
    );
    for (kind, (outputs, places)) in &by_kind {
        let _ = writeln!(out, "{kind:<30} {outputs:>8} {places:>7}");
    }
    Ok(out)
}

/// The hand-written reasons for examples whose round trip disagrees,
/// `tests/conformance/explained.txt`: one `<service/version> <Action> #<n>:
/// <reason>` line each (`#` lines are comments).
pub fn explained_file() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance/explained.txt")
}

/// Read a reasons file (see [`explained_file`]).
pub fn load_explained(path: &Path) -> Result<BTreeMap<String, String>, RunError> {
    let text =
        std::fs::read_to_string(path).map_err(|e| RunError(format!("{}: {e}", path.display())))?;
    let mut out = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((id, reason)) = line.split_once(": ").filter(|(_, r)| !r.trim().is_empty()) else {
            return Err(RunError(format!(
                "{}:{}: expected `<service/version> <Action> #<n>: <reason>`",
                path.display(),
                n + 1
            )));
        };
        if out
            .insert(id.to_string(), reason.trim().to_string())
            .is_some()
        {
            return Err(RunError(format!(
                "{}:{}: {id} is listed twice",
                path.display(),
                n + 1
            )));
        }
    }
    Ok(out)
}

/// The committed expectation file, `tests/conformance/expected.txt`.
pub fn expected_file() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance/expected.txt")
}

/// Status of each example in an expectation file written by
/// [`Report::render`] (unlisted examples are [`Status::AsWritten`]).
pub fn parse_statuses(text: &str) -> BTreeMap<String, Status> {
    let by_name = [
        Status::AsWritten,
        Status::Repaired,
        Status::Unrepairable,
        Status::Explained,
        Status::Failed,
    ];
    text.lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with('#'))
        .filter_map(|l| {
            let (id, flags) = l.rsplit_once(": ")?;
            let first = flags.split(", ").next()?;
            let status = by_name.iter().find(|s| s.name() == first)?;
            Some((id.to_string(), *status))
        })
        .collect()
}

fn one_line(text: &str) -> String {
    let flat = text.replace('\n', "\\n");
    if flat.chars().count() > 200 {
        let mut s: String = flat.chars().take(200).collect();
        s.push('…');
        s
    } else {
        flat
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const EXAMPLE: &str = r#"{"Response": {"Size": 5, "Name": "x", "RequestId": "r"}}"#;

    fn typed(response: fn(&[u8], Mode) -> crate::typed::RoundTrip) -> TypedAction {
        TypedAction {
            name: "DescribeThing",
            request: |_, _| Ok((json!({}), Vec::new())),
            response,
        }
    }

    fn service() -> &'static TypedService {
        crate::typed::service("tcss/v20201101").unwrap()
    }

    fn drift(path: &str, kind: DriftKind) -> Drift {
        Drift {
            path: path.to_string(),
            kind,
            expected: "integer",
            found: "string".to_string(),
        }
    }

    #[test]
    fn a_lost_or_changed_member_is_a_failure() {
        let lossy = typed(|_, _| Ok((json!({"Size": 5, "RequestId": "r"}), Vec::new())));
        let side = check_output(service(), &lossy, EXAMPLE);
        assert_eq!(side.failures.len(), 1, "{:?}", side.failures);
        assert!(
            side.failures[0].starts_with("Response.Name lost"),
            "{:?}",
            side.failures
        );

        let changed = typed(|_, _| {
            Ok((
                json!({"Size": 6, "Name": "x", "RequestId": "r"}),
                Vec::new(),
            ))
        });
        let side = check_output(service(), &changed, EXAMPLE);
        assert!(
            side.failures[0].starts_with("Response.Size changed"),
            "{:?}",
            side.failures
        );
    }

    #[test]
    fn only_drift_at_the_same_path_explains_a_difference() {
        let original = json!({"Size": "5", "Name": "x"});
        let back = json!({"Size": 5, "Name": "x"});
        assert!(
            unexplained(&original, &back, "", &[drift("Size", DriftKind::Converted)]).is_empty()
        );
        // The same record elsewhere explains nothing.
        assert_eq!(
            unexplained(&original, &back, "", &[drift("Name", DriftKind::Converted)]).len(),
            1
        );
        // A recorded conversion must be that conversion, not another value.
        let wrong = json!({"Size": 6, "Name": "x"});
        assert_eq!(
            unexplained(
                &original,
                &wrong,
                "",
                &[drift("Size", DriftKind::Converted)]
            )
            .len(),
            1
        );
        // A dropped member explains its absence only.
        let dropped = json!({"Name": "x"});
        assert!(unexplained(
            &original,
            &dropped,
            "",
            &[drift("Size", DriftKind::Dropped)]
        )
        .is_empty());
        assert_eq!(unexplained(&original, &dropped, "", &[]).len(), 1);
    }

    #[test]
    fn strict_and_lenient_must_agree_on_drift() {
        // Lenient decoding reports a conversion but strict decoding accepts it.
        let inconsistent = typed(|_, mode| {
            let records = match mode {
                Mode::Lenient => vec![drift("Response.Size", DriftKind::Converted)],
                Mode::Strict => Vec::new(),
            };
            Ok((json!({"Size": 5, "Name": "x", "RequestId": "r"}), records))
        });
        let side = check_output(service(), &inconsistent, EXAMPLE);
        assert!(
            side.failures[0].contains("strict decoding accepted"),
            "{:?}",
            side.failures
        );

        let strict_only = typed(|_, mode| match mode {
            Mode::Strict => Err("boom".to_string()),
            Mode::Lenient => Ok((
                json!({"Size": 5, "Name": "x", "RequestId": "r"}),
                Vec::new(),
            )),
        });
        let side = check_output(service(), &strict_only, EXAMPLE);
        assert!(
            side.failures[0].contains("without recorded drift"),
            "{:?}",
            side.failures
        );
    }

    #[test]
    fn error_examples_are_read_as_service_errors() {
        let action = crate::typed::find("tcss/v20201101", "DescribeVirusDetail").unwrap();
        let text = r#"{"Response": {"Error": {"Code": "InternalError.MainDBFail", "Message": "db"}, "RequestId": "r"}}"#;
        let side = check_output(service(), action, text);
        assert!(side.failures.is_empty(), "{:?}", side.failures);
        assert_eq!(
            side.error_code,
            Some(("InternalError.MainDBFail".to_string(), true))
        );
        let text = r#"{"Response": {"Error": {"Code": "FailedOperation.NotInTheList", "Message": ""}, "RequestId": "r"}}"#;
        let side = check_output(service(), action, text);
        assert_eq!(
            side.error_code,
            Some(("FailedOperation.NotInTheList".to_string(), false))
        );
    }

    #[test]
    fn unrepairable_texts_are_listed_and_salvage_is_still_checked() {
        let action = crate::typed::find("tcss/v20201101", "DescribeVirusDetail").unwrap();
        let side = check_output(service(), action, "{\"Response\": {\"Size\": 1");
        assert!(
            side.unrepairable.as_deref().unwrap().contains("truncated"),
            "{side:?}"
        );
        assert!(side.failures.is_empty());

        let text = "{\"Response\": {\n\"Tags\": [\n\"a\",\nplain text\n],\n\"Size\": \"x\"\n}}";
        let side = check_output(service(), action, text);
        assert!(side.unrepairable.is_some());
        assert_eq!(side.salvaged, ["line 4: plain text"]);
        assert_eq!(side.type_drift.len(), 1, "{side:?}"); // the salvaged rest was decoded
    }

    #[test]
    fn statuses_round_trip_through_the_rendered_file() {
        let example = |number, failures: Vec<String>, explained: Option<String>| ExampleReport {
            id: ExampleId {
                service: "tcss/v20201101".into(),
                action: "DescribeThing".into(),
                number,
            },
            input: SideReport::default(),
            output: SideReport {
                failures,
                repairs: if number == 2 {
                    vec!["missing-comma".into()]
                } else {
                    Vec::new()
                },
                ..SideReport::default()
            },
            explained,
        };
        let report = Report {
            services: vec![ServiceReport {
                service: "tcss/v20201101".into(),
                actions: 1,
                without_examples: Vec::new(),
                examples: vec![
                    example(1, Vec::new(), None),
                    example(2, Vec::new(), None),
                    example(3, vec!["x lost".into()], Some("upstream".into())),
                    example(4, vec!["x lost".into()], None),
                ],
            }],
        };
        let statuses = parse_statuses(&report.render());
        let get = |n: usize| {
            statuses
                .get(&format!("tcss/v20201101 DescribeThing #{n}"))
                .copied()
        };
        assert_eq!(get(1), None); // as written: not listed
        assert_eq!(get(2), Some(Status::Repaired));
        assert_eq!(get(3), Some(Status::Explained));
        assert_eq!(get(4), Some(Status::Failed));
        let c = report.totals();
        assert_eq!(
            (c.examples, c.passed, c.repaired, c.explained, c.failed),
            (4, 2, 1, 1, 1)
        );
    }

    #[test]
    fn reasons_that_no_longer_apply_are_reported() {
        let (mut report, stale) = run_shipped().unwrap();
        assert!(stale.is_empty(), "{stale:?}");
        let mut reasons = load_explained(&explained_file()).unwrap();
        reasons.insert(
            "tcss/v20201101 DescribeVirusDetail #1".into(),
            "passes".into(),
        );
        reasons.insert("tcss/v20201101 NoSuchAction #1".into(), "missing".into());
        let stale = report.explain(&reasons);
        assert_eq!(
            stale,
            [
                "tcss/v20201101 DescribeVirusDetail #1: listed as explained but no longer fails",
                "tcss/v20201101 NoSuchAction #1: listed as explained but there is no such example",
            ]
        );
    }
}
