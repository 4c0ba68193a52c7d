//! Fuzzing of response handling, on stable Rust: the documented example
//! outputs of every action of every shipped service, mutated, fed to
//!
//! * the **envelope classification** of a call (service error, HTTP status
//!   error, success and its `RequestId`), through the public path a call
//!   takes: a [`connector::from_fn`] answers with the mutated body and a
//!   random status, a client of the example's service calls the example's
//!   action, an interceptor reads the `RequestId` the classification found;
//!   and [`ServiceError::from_body`];
//! * **every response type's generated decoder** (through
//!   [`crate::typed`]: `decode_response` of the action's response type,
//!   serialized back), in [`Mode::Lenient`] and [`Mode::Strict`].
//!
//! ```text
//! cargo run --release -p tencentcloud-conformance --bin fuzz -- --inputs 10000000 --seed 1 --threads 2
//! ```
//!
//! Inputs are generated from a seeded xorshift PRNG, one stream per input
//! index, so input `i` of a seed is the same on every run and machine
//! (`--start i --inputs 1` replays it alone). Mutations: bit flips, byte
//! inserts and deletes, truncation, invalid UTF-8, duplicated chunks,
//! splices of two bodies; and on the parsed tree: type swaps, edge numbers
//! (`1e400`, `99999999999999999999999`, `-0`...) and strings, duplicated,
//! unknown, removed and shuffled members, `RequestId` and `Error`
//! placement, keys spelled with `\u` escapes, subtrees of another example,
//! one value for a list and a list for one value, JSON held in a string,
//! deep nesting (up to 100 000 levels), wide lists, huge strings and numbers
//! (megabytes), and changes at the top (a second `Response`, members after
//! it).
//!
//! Each input is checked for:
//!
//! * **panics**, caught per input with [`std::panic::catch_unwind`];
//! * **hangs**: the time of each input is measured (over 1 s in an
//!   optimised build, 10 s in a debug one, is a finding); a watchdog ends
//!   the run if one input runs for a minute;
//! * **memory**: with [`CountingAlloc`] as the global allocator (the `fuzz`
//!   binary installs it), the peak of bytes allocated by each step (the
//!   call, `from_body`, each decode; not the harness's own reading of the
//!   body) must stay under 64 × the body's size + 1 MB, plus
//!   [`OBJECT_ALLOWANCE`] per `{` (a `{}` in a list decodes to a whole
//!   model struct);
//! * **wrong answers**, against a reference reading of the body with
//!   `serde_json::Value` (last member wins): the classification must find
//!   exactly the `Response.Error` (an object with a string `Code`) the body
//!   holds and the `Response.RequestId` it has; the lenient decoder must
//!   accept every valid body whose `Response` is an object, lose nothing it
//!   did not record as drift ([`crate::conformance::unexplained`]), and
//!   reject invalid ones; strict decoding must fail exactly when lenient
//!   decoding records a conversion or a drop, and agree with it otherwise.
//!
//! Not findings, by design (each documented where it is decided):
//!
//! * bodies `serde_json::Value` refuses for its own limits (nesting deeper
//!   than 128, a number out of `f64` range, a lone surrogate escape): the
//!   SDK skips unknown parts with `IgnoredAny`, which has none, so only
//!   panics, time, memory and strict/lenient agreement are checked;
//! * the `RequestId` of a success whose root has a member after `Response`
//!   (the classification reads a trailing `"RequestId": "..."}}` without
//!   parsing; no service writes members after `Response`);
//! * a `Response` held in a string read by a JSON-object response type (a
//!   documented lenient conversion);
//! * differences in bodies with duplicate members, or with more drift than
//!   is kept ([`MAX_DRIFT_RECORDS`]), which drift cannot fully explain;
//! * the memory of a struct per `{}` ([`OBJECT_ALLOWANCE`]).
//!
//! Findings are grouped by kind and rule, minimized (bytes removed while the
//! same finding reproduces), and saved as `<hash>.json` (the body) and
//! `<hash>.txt` (service, action, status, input index, what failed) under
//! `target/fuzz-findings/`. The first five are also printed as they come,
//! and the binary exits 1 if there is any.

use crate::repair::parse_output;
use crate::typed::{self, TypedAction};
use bytes::Bytes;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::{Duration, Instant};
use tencentcloud_codegen::generate::find_spec_dirs;
use tencentcloud_codegen::spec;
use tencentcloud_runtime::connector::{self, ConnectorError};
use tencentcloud_runtime::de::{DriftKind, Mode, MAX_DRIFT_RECORDS};
use tencentcloud_runtime::interceptor::{AfterResponse, Interceptor};
use tencentcloud_runtime::{Config, Credential, Error, RetryConfig, ServiceClient, ServiceError};

// ---------------------------------------------------------------------------
// Random numbers

/// A small seeded PRNG (xorshift64*); deterministic across platforms.
#[derive(Clone, Debug)]
pub struct Rng(u64);

fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// A generator for `seed` (any value).
    pub fn new(seed: u64) -> Rng {
        Rng(splitmix(seed) | 1)
    }

    /// The generator of input `index` of a run with `seed`.
    pub fn for_input(seed: u64, index: u64) -> Rng {
        Rng::new(splitmix(seed) ^ index.wrapping_mul(0xD6E8_FEB8_6659_FD93))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// True with probability `p` per thousand.
    pub fn per_mille(&mut self, p: usize) -> bool {
        self.below(1000) < p
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------
// A JSON tree that keeps member order and duplicates, with raw tokens

/// A JSON document as written: member order and duplicate members kept,
/// scalars (and anything a mutation puts there, valid or not) as raw text.
#[derive(Clone, Debug)]
pub enum J {
    /// Raw text of a scalar (or of any replacement).
    Tok(String),
    /// A list.
    Arr(Vec<J>),
    /// An object: (raw key text with its quotes, value).
    Obj(Vec<(String, J)>),
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

impl J {
    fn from_value(v: &Value) -> J {
        match v {
            Value::Array(items) => J::Arr(items.iter().map(J::from_value).collect()),
            Value::Object(m) => {
                // serde_json's map is sorted: put RequestId last, where
                // the service writes it.
                let mut members: Vec<(String, J)> = m
                    .iter()
                    .filter(|(k, _)| *k != "RequestId")
                    .map(|(k, v)| (quoted(k), J::from_value(v)))
                    .collect();
                if let Some(id) = m.get("RequestId") {
                    members.push((quoted("RequestId"), J::from_value(id)));
                }
                J::Obj(members)
            }
            other => J::Tok(other.to_string()),
        }
    }

    fn count(&self) -> usize {
        1 + match self {
            J::Tok(_) => 0,
            J::Arr(items) => items.iter().map(J::count).sum(),
            J::Obj(members) => members.iter().map(|(_, v)| v.count()).sum(),
        }
    }

    fn count_where(&self, pred: fn(&J) -> bool) -> usize {
        usize::from(pred(self))
            + match self {
                J::Tok(_) => 0,
                J::Arr(items) => items.iter().map(|j| j.count_where(pred)).sum(),
                J::Obj(members) => members.iter().map(|(_, v)| v.count_where(pred)).sum(),
            }
    }

    /// The `n`th node (pre-order) for which `pred` holds.
    fn nth_where(&mut self, pred: fn(&J) -> bool, n: &mut usize) -> Option<&mut J> {
        if pred(self) {
            if *n == 0 {
                return Some(self);
            }
            *n -= 1;
        }
        match self {
            J::Tok(_) => None,
            J::Arr(items) => items.iter_mut().find_map(|j| j.nth_where(pred, n)),
            J::Obj(members) => members.iter_mut().find_map(|(_, v)| v.nth_where(pred, n)),
        }
    }

    fn nth(&self, n: &mut usize) -> Option<&J> {
        if *n == 0 {
            return Some(self);
        }
        *n -= 1;
        match self {
            J::Tok(_) => None,
            J::Arr(items) => items.iter().find_map(|j| j.nth(n)),
            J::Obj(members) => members.iter().find_map(|(_, v)| v.nth(n)),
        }
    }

    /// The value of the last member `key` (raw key text) of an object.
    fn member_mut(&mut self, key: &str) -> Option<&mut J> {
        match self {
            J::Obj(members) => members
                .iter_mut()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v),
            _ => None,
        }
    }

    fn write(&self, out: &mut Vec<u8>, style: Style, depth: usize, rng: &mut Rng) {
        match self {
            J::Tok(t) => out.extend_from_slice(t.as_bytes()),
            J::Arr(items) => {
                out.push(b'[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    style.space(out, depth + 1, rng);
                    item.write(out, style, depth + 1, rng);
                }
                if !items.is_empty() {
                    style.space(out, depth, rng);
                }
                out.push(b']');
            }
            J::Obj(members) => {
                out.push(b'{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    style.space(out, depth + 1, rng);
                    out.extend_from_slice(k.as_bytes());
                    if let Style::Spaced = style {
                        style.space(out, depth + 1, rng);
                    }
                    out.push(b':');
                    if !matches!(style, Style::Compact) {
                        out.push(b' ');
                    }
                    v.write(out, style, depth + 1, rng);
                }
                if !members.is_empty() {
                    style.space(out, depth, rng);
                }
                out.push(b'}');
            }
        }
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.write(&mut out, Style::Compact, 0, &mut Rng::new(0));
        out
    }
}

impl<'de> de::Deserialize<'de> for J {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<J, D::Error> {
        d.deserialize_any(JVisitor)
    }
}

struct JVisitor;

impl<'de> Visitor<'de> for JVisitor {
    type Value = J;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, v: bool) -> Result<J, E> {
        Ok(J::Tok(v.to_string()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<J, E> {
        Ok(J::Tok(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<J, E> {
        Ok(J::Tok(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<J, E> {
        Ok(J::Tok(Value::from(v).to_string()))
    }
    fn visit_str<E>(self, v: &str) -> Result<J, E> {
        Ok(J::Tok(quoted(v)))
    }
    fn visit_unit<E>(self) -> Result<J, E> {
        Ok(J::Tok("null".to_string()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<J, A::Error> {
        let mut items = Vec::new();
        while let Some(j) = seq.next_element()? {
            items.push(j);
        }
        Ok(J::Arr(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<J, A::Error> {
        let mut members = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, J>()? {
            members.push((quoted(&k), v));
        }
        Ok(J::Obj(members))
    }
}

/// How a tree is written out.
#[derive(Clone, Copy, Debug)]
enum Style {
    Compact,
    /// Newlines and four-space indents, as the docs write examples.
    Pretty,
    /// Random whitespace here and there.
    Spaced,
}

impl Style {
    fn space(self, out: &mut Vec<u8>, depth: usize, rng: &mut Rng) {
        match self {
            Style::Compact => {}
            Style::Pretty => {
                out.push(b'\n');
                out.resize(out.len() + 4 * depth.min(64), b' ');
            }
            Style::Spaced => {
                if rng.below(3) == 0 {
                    out.extend_from_slice(
                        rng.pick(&[" ", "\n", "\t", "\r\n", "  \n  "]).as_bytes(),
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The corpus

/// One documented example output, ready to mutate.
pub struct Entry {
    /// `cvm/v20170312 DescribeZones #1`.
    pub id: String,
    /// Index of its service in [`typed::SERVICES`].
    pub service: usize,
    /// Its action's decoders.
    pub action: &'static TypedAction,
    /// The body as the doc writes it (repaired when it could be), compact.
    pub body: Vec<u8>,
    /// The parsed body; `None` for a text that is not JSON even repaired
    /// (then only its bytes are mutated).
    pub tree: Option<J>,
}

/// Every example output of every shipped service.
pub struct Corpus {
    /// The examples, by service, action and position.
    pub entries: Vec<Entry>,
}

impl Corpus {
    /// Read every `examples.json` under `specs` (this repository's
    /// `specs/`: [`crate::emulator::shipped_specs_dir`]); every action must
    /// be in [`typed::SERVICES`].
    pub fn load(specs: &Path) -> Result<Corpus, String> {
        let dirs = find_spec_dirs(specs).map_err(|e| e.to_string())?;
        let mut entries = Vec::new();
        for dir in &dirs {
            let name = format!("{}/{}", dir.service, dir.version);
            let service = typed::SERVICES
                .iter()
                .position(|s| s.dir == name)
                .ok_or_else(|| format!("{name}: not in the generated crate"))?;
            let examples =
                spec::load_examples(&dir.path.join("examples.json")).map_err(|e| e.to_string())?;
            for (action, list) in &examples.actions {
                let typed_action = typed::find(&name, action)
                    .ok_or_else(|| format!("{name}: no generated action {action}"))?;
                for (i, example) in list.iter().enumerate() {
                    let tree = match parse_output(&example.output) {
                        Ok(r) => serde_json::from_str::<J>(&r.text)
                            .ok()
                            .or_else(|| Some(J::from_value(&r.value))),
                        Err(u) => u.salvaged.map(|s| J::from_value(&s.value)),
                    };
                    // A body is `{"Response": ...}`: wrap what is not.
                    let tree = tree.map(|t| match t {
                        J::Obj(ref m) if m.iter().any(|(k, _)| k == "\"Response\"") => t,
                        other => J::Obj(vec![(quoted("Response"), other)]),
                    });
                    let body = match &tree {
                        Some(t) => t.to_bytes(),
                        None => example.output.as_bytes().to_vec(),
                    };
                    entries.push(Entry {
                        id: format!("{name} {action} #{}", i + 1),
                        service,
                        action: typed_action,
                        body,
                        tree,
                    });
                }
            }
        }
        if entries.is_empty() {
            return Err(format!("no examples under {}", specs.display()));
        }
        Ok(Corpus { entries })
    }

    /// [`Corpus::load`] of this repository's `specs/`.
    pub fn shipped() -> Result<Corpus, String> {
        Corpus::load(&crate::emulator::shipped_specs_dir())
    }
}

// ---------------------------------------------------------------------------
// Mutations

const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "-0.0",
    "0.0",
    "1",
    "-1",
    "1.5",
    "1e400",
    "-1e400",
    "1e-400",
    "1E5",
    "1e+5",
    "2.5e-3",
    "99999999999999999999999",
    "-99999999999999999999999",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "4294967296",
    "9007199254740993",
    "1.7976931348623157e308",
    "5e-324",
    "123456789012345678901234567890.123456789",
    "0.1",
    "1.0",
    "-1.0",
    "3.0e0",
    "1e20",
    "1e19",
    "9.223372036854776e18",
    "-9.223372036854776e18",
    "1.8446744073709552e19",
    // Not JSON: the body must be rejected, not misread.
    "NaN",
    "Infinity",
    "-Infinity",
    "+1",
    "01",
    "1.",
    "1e",
    ".5",
    "0x10",
    "--1",
];

const STRINGS: &[&str] = &[
    r#""""#,
    r#"" ""#,
    r#""12""#,
    r#"" 12 ""#,
    r#""-0""#,
    r#""1e400""#,
    r#""NaN""#,
    r#""inf""#,
    r#""-inf""#,
    r#""1.5""#,
    r#""12.0""#,
    r#""0x1F""#,
    r#""true""#,
    r#""TRUE""#,
    r#""false""#,
    r#""0""#,
    r#""1""#,
    r#""yes""#,
    r#""null""#,
    r#""{}""#,
    r#""[]""#,
    r#""{\"a\":1}""#,
    r#""[1,2]""#,
    r#""\u0000""#,
    r#""\ud800""#,
    r#""\udc00\ud800""#,
    r#""\ud83d\ude00""#,
    "\"é中😀\"",
    r#""\"\\\/\b\f\n\r\t""#,
    r#""99999999999999999999999""#,
    r#""9223372036854775808""#,
    r#""-9223372036854775809""#,
    r#""18446744073709551616""#,
    r#""1e19""#,
    r#""9.3e18""#,
    "\"１２\"",
    r#""+5""#,
    r#"" \n5\t""#,
    r#""\u0041""#,
];

const REQUEST_IDS: &[&str] = &[
    r#""r-fuzz-1""#,
    r#""""#,
    "5",
    "null",
    r#""with\"quote""#,
    r#""\u0072-escaped""#,
    "{}",
    r#"["r"]"#,
    "\"é-id\"",
    "true",
    r#""r\\""#,
    r#""x"}}"#,
];

const ERRORS: &[&str] = &[
    r#"{"Code":"InvalidParameter","Message":"bad"}"#,
    r#"{"Code":"AuthFailure.SignatureExpire","Message":"expired"}"#,
    r#"{"Message":"m","Code":"InternalError"}"#,
    r#"{"Code":5,"Message":"m"}"#,
    r#"{"Code":null}"#,
    r#"{"Message":"only"}"#,
    r#""Error""#,
    "null",
    "[]",
    r#"[{"Code":"InList"}]"#,
    r#"{"Code":"X","Message":5}"#,
    r#"{"Code":"","Message":""}"#,
    r#"{"Code":"RequestLimitExceeded"}"#,
    r#"{"Code":"A","Code":"B"}"#,
    r#"{"Code":"\u0041uthFailure","Message":"\ud83d\ude00"}"#,
    r#"{"Code":"FailedOperation","Message":"m","Detail":{"RequestId":"x"}}"#,
    r#"{"Code":"Deep","Message":{"Code":"x"}}"#,
];

/// Byte strings inserted by the byte mutations.
const BYTE_TOKENS: &[&[u8]] = &[
    b"\"",
    b"\\",
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"\\u",
    b"\\ud800",
    b"null",
    b"-",
    b"e",
    b".",
    b"0",
    b"\0",
    b" ",
    b"\n",
    b"\"Error\"",
    b"\"RequestId\"",
    b"\"Response\"",
    b"1e400",
    b"\"Error\":{\"Code\":\"X\"},",
    b"\"RequestId\":\"inj\"}}",
    b"}}",
    b",\"Response\":{}",
];

const INVALID_UTF8: &[&[u8]] = &[
    b"\xff",
    b"\xfe",
    b"\xc0\x80",
    b"\xc3",
    b"\xe4\xb8",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\x80",
    b"\xf0\x9f\x98",
];

/// Keys a mutation likes to spell with escapes or to move.
const SPECIAL_KEYS: &[&str] = &["Response", "Error", "Code", "Message", "RequestId"];

/// Statuses other than 200 (one input in four).
const STATUSES: &[u16] = &[
    201, 204, 206, 299, 100, 199, 300, 302, 304, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504,
    599, 999,
];

/// A generated input: which example it came from, the body and how it is
/// served.
#[derive(Clone, Debug)]
pub struct Input {
    /// Index into [`Corpus::entries`].
    pub entry: usize,
    /// The response body.
    pub body: Vec<u8>,
    /// The HTTP status.
    pub status: u16,
    /// An `X-TC-RequestId` header.
    pub header_id: Option<&'static str>,
    /// The mutations applied, in order.
    pub ops: Vec<&'static str>,
}

fn not_root(j: &J) -> bool {
    let _ = j;
    true
}

fn is_obj(j: &J) -> bool {
    matches!(j, J::Obj(_))
}

fn is_full_obj(j: &J) -> bool {
    matches!(j, J::Obj(m) if !m.is_empty())
}

fn is_arr(j: &J) -> bool {
    matches!(j, J::Arr(_))
}

fn is_full_arr(j: &J) -> bool {
    matches!(j, J::Arr(v) if !v.is_empty())
}

fn is_tok(j: &J) -> bool {
    matches!(j, J::Tok(_))
}

fn is_composite(j: &J) -> bool {
    !is_tok(j)
}

/// A random node of `tree` for which `pred` holds (the root only if
/// `root_ok`).
fn pick_node<'a>(
    tree: &'a mut J,
    pred: fn(&J) -> bool,
    root_ok: bool,
    rng: &mut Rng,
) -> Option<&'a mut J> {
    let total = tree.count_where(pred);
    let skip = usize::from(!root_ok && pred(tree));
    if total <= skip {
        return None;
    }
    let mut n = skip + rng.below(total - skip);
    tree.nth_where(pred, &mut n)
}

/// A random value, sometimes derived from `old`.
fn random_value(rng: &mut Rng, old: &J) -> J {
    let tok = |s: &str| J::Tok(s.to_string());
    match rng.below(14) {
        0 => tok(rng.pick(NUMBERS)),
        1 => tok(rng.pick(STRINGS)),
        2 => tok(rng.pick(&["true", "false", "null"])),
        3 => J::Obj(Vec::new()),
        4 => J::Arr(Vec::new()),
        5 => J::Arr(vec![old.clone()]),
        6 => J::Obj(vec![(quoted("Value"), old.clone())]),
        // The text of the value, in a string (`12` -> `"12"`, an object ->
        // its JSON).
        7 => J::Tok(quoted(&String::from_utf8_lossy(&old.to_bytes()))),
        // A string's content, unquoted (`"12"` -> `12`, `"x"` -> `x`).
        8 => match old {
            J::Tok(t) if t.len() >= 2 && t.starts_with('"') => {
                J::Tok(t[1..t.len() - 1].to_string())
            }
            _ => tok(rng.pick(NUMBERS)),
        },
        9 => J::Tok(format!("{}", rng.next_u64() as i64)),
        10 => J::Tok(format!("{}", f64::from_bits(rng.next_u64() >> 2))),
        11 => J::Tok(quoted(&format!("{}", rng.next_u64() >> rng.below(64)))),
        12 => J::Arr(vec![tok(rng.pick(STRINGS)), tok(rng.pick(NUMBERS))]),
        _ => tok(rng.pick(REQUEST_IDS)),
    }
}

/// A key spelled with `\u` escapes for some of its characters.
fn escape_key(raw: &str, rng: &mut Rng) -> String {
    let Ok(text) = serde_json::from_str::<String>(raw) else {
        return raw.to_string();
    };
    let mut out = String::from("\"");
    let mut escaped_any = false;
    for c in text.chars() {
        if rng.below(2) == 0 || (!escaped_any && c == text.chars().last().unwrap_or(c)) {
            escaped_any = true;
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{u:04x}");
            }
        } else if c == '"' || c == '\\' || c < ' ' {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

fn deep_nesting(rng: &mut Rng) -> String {
    let depth = rng.pick(&[100usize, 127, 128, 129, 500, 10_000, 100_000]);
    let (open, close): (&str, &str) = rng.pick(&[("[", "]"), ("{\"a\":", "}"), ("[{\"a\":", "}]")]);
    let mut s = String::with_capacity(depth * (open.len() + close.len()) + 1);
    for _ in 0..depth {
        s.push_str(open);
    }
    s.push('1');
    if rng.below(5) != 0 {
        for _ in 0..depth {
            s.push_str(close);
        }
    }
    s
}

fn huge_text(rng: &mut Rng) -> String {
    let size = rng.pick(&[64 << 10, 1 << 20, 2 << 20]);
    let unit: &str = rng.pick(&[
        "a",
        "\\u00e9",
        "中",
        "\\\"",
        "\\ud83d\\ude00",
        "0123456789",
        " ",
    ]);
    match rng.below(4) {
        // Digits: a huge integer, a long fraction, a long exponent.
        0 => "9".repeat(size),
        1 => format!("0.{}1", "0".repeat(size)),
        2 => format!("1{}e-{}", "0".repeat(size), size),
        _ => {
            let mut s = String::with_capacity(size + 2);
            s.push('"');
            while s.len() < size {
                s.push_str(unit);
            }
            s.push('"');
            s
        }
    }
}

fn wide_list(rng: &mut Rng, sample: Option<&J>) -> String {
    let element = match (rng.below(4), sample) {
        (0, Some(s)) => String::from_utf8_lossy(&s.to_bytes()).into_owned(),
        _ => rng
            .pick(&["{}", "null", "1", "\"\"", "[]", "\"x\""])
            .to_string(),
    };
    let target = rng.pick(&[4usize << 10, 64 << 10, 512 << 10, 1 << 20]);
    let mut n = (target / (element.len() + 1)).max(1);
    if element.starts_with('{') {
        // Each object is a whole model struct (up to some 17 KB: see
        // OBJECT_ALLOWANCE); 20,000 exercise a wide list as well as more
        // would, without gigabytes per input.
        n = n.min(20_000);
    }
    let mut s = String::with_capacity(n * (element.len() + 1) + 2);
    s.push('[');
    for i in 0..n {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&element);
    }
    s.push(']');
    s
}

/// One mutation of the tree; returns its name.
fn mutate_tree(tree: &mut J, rng: &mut Rng, corpus: &Corpus) -> &'static str {
    // The rare, costly ones first (each about 1 input in 1500).
    let roll = rng.below(1000);
    if roll < 2 {
        if let Some(node) = pick_node(tree, not_root, false, rng) {
            *node = J::Tok(deep_nesting(rng));
        }
        return "deep-nesting";
    }
    if roll < 3 {
        if let Some(node) = pick_node(tree, not_root, false, rng) {
            *node = J::Tok(huge_text(rng));
        }
        return "huge-value";
    }
    if roll < 5 {
        let sample = match pick_node(tree, is_full_arr, false, rng) {
            Some(J::Arr(items)) => Some(items[0].clone()),
            _ => None,
        };
        let text = wide_list(rng, sample.as_ref());
        let target = if rng.below(2) == 0 { is_arr } else { not_root };
        if let Some(node) = pick_node(tree, target, false, rng) {
            *node = J::Tok(text);
        }
        return "wide-list";
    }
    match rng.below(17) {
        0 | 1 => {
            if let Some(node) = pick_node(tree, not_root, false, rng) {
                let old = std::mem::replace(node, J::Tok(String::new()));
                *node = random_value(rng, &old);
            }
            "type-swap"
        }
        2 => {
            if let Some(node) = pick_node(tree, is_tok, false, rng) {
                *node = J::Tok(rng.pick(NUMBERS).to_string());
            }
            "edge-number"
        }
        3 => {
            if let Some(node) = pick_node(tree, is_tok, false, rng) {
                *node = J::Tok(rng.pick(STRINGS).to_string());
            }
            "edge-string"
        }
        4 => {
            if let Some(J::Obj(members)) = pick_node(tree, is_full_obj, true, rng) {
                let i = rng.below(members.len());
                let mut copy = members[i].clone();
                if rng.below(2) == 0 {
                    copy.1 = random_value(rng, &copy.1);
                }
                let at = rng.below(members.len() + 1);
                members.insert(at, copy);
            }
            "duplicate-member"
        }
        5 => {
            if let Some(J::Obj(members)) = pick_node(tree, is_obj, true, rng) {
                let at = rng.below(members.len() + 1);
                let key = if rng.below(4) == 0 {
                    quoted(rng.pick(SPECIAL_KEYS))
                } else {
                    format!("\"Fz{}\"", rng.below(100))
                };
                let value = random_value(rng, &J::Tok("1".to_string()));
                members.insert(at, (key, value));
            }
            "unknown-member"
        }
        6 => {
            if let Some(J::Obj(members)) = pick_node(tree, is_full_obj, false, rng) {
                let i = rng.below(members.len());
                members.remove(i);
            }
            "remove-member"
        }
        7 => {
            if let Some(J::Obj(members)) = pick_node(tree, is_full_obj, true, rng) {
                for i in (1..members.len()).rev() {
                    let j = rng.below(i + 1);
                    members.swap(i, j);
                }
            }
            "shuffle-members"
        }
        8 => {
            let key = quoted("RequestId");
            if let Some(J::Obj(members)) = tree.member_mut("\"Response\"") {
                let old: Vec<J> = members
                    .iter()
                    .filter(|(k, _)| *k == key)
                    .map(|(_, v)| v.clone())
                    .collect();
                members.retain(|(k, _)| *k != key);
                for _ in 0..1 + usize::from(rng.below(5) == 0) {
                    let value = match old.first() {
                        Some(v) if rng.below(3) == 0 => v.clone(),
                        _ => J::Tok(rng.pick(REQUEST_IDS).to_string()),
                    };
                    let at = match rng.below(4) {
                        0 => 0,
                        1 => members.len() / 2,
                        2 => rng.below(members.len() + 1),
                        _ => members.len(),
                    };
                    members.insert(at, (key.clone(), value));
                }
            }
            "request-id-placement"
        }
        9 => {
            let error = J::Tok(rng.pick(ERRORS).to_string());
            let target = match rng.below(10) {
                0 => Some(&mut *tree),
                1 | 2 => pick_node(tree, is_obj, false, rng),
                _ => tree.member_mut("\"Response\""),
            };
            if let Some(J::Obj(members)) = target {
                let at = match rng.below(3) {
                    0 => 0,
                    1 => members.len() / 2,
                    _ => members.len(),
                };
                members.insert(at, (quoted("Error"), error));
            }
            "error-placement"
        }
        10 => {
            if let Some(J::Obj(members)) = pick_node(tree, is_full_obj, true, rng) {
                let special: Vec<usize> = (0..members.len())
                    .filter(|&i| SPECIAL_KEYS.iter().any(|k| members[i].0 == quoted(k)))
                    .collect();
                let i = if !special.is_empty() && rng.below(2) == 0 {
                    rng.pick(&special)
                } else {
                    rng.below(members.len())
                };
                members[i].0 = escape_key(&members[i].0, rng);
            }
            "escaped-key"
        }
        11 => {
            let other = &corpus.entries[rng.below(corpus.entries.len())];
            if let Some(source) = &other.tree {
                let mut n = rng.below(source.count());
                if let Some(sub) = source.nth(&mut n).cloned() {
                    if let Some(node) = pick_node(tree, not_root, false, rng) {
                        *node = sub;
                    }
                }
            }
            "splice-subtree"
        }
        12 => {
            if rng.below(2) == 0 {
                if let Some(node) = pick_node(tree, is_full_arr, false, rng) {
                    if let J::Arr(items) = node {
                        let first = items.swap_remove(0);
                        *node = first;
                    }
                }
                "list-to-single"
            } else {
                if let Some(node) = pick_node(tree, not_root, false, rng) {
                    let old = std::mem::replace(node, J::Arr(Vec::new()));
                    *node = J::Arr(vec![old]);
                }
                "single-to-list"
            }
        }
        13 => {
            if let Some(node) = pick_node(tree, is_composite, false, rng) {
                *node = J::Tok(quoted(&String::from_utf8_lossy(&node.to_bytes())));
            }
            "json-in-string"
        }
        14 => {
            if let Some(node) = pick_node(tree, is_tok, false, rng) {
                *node = J::Tok(format!("{}", rng.next_u64() >> rng.below(64)));
            }
            "random-integer"
        }
        _ => {
            let J::Obj(members) = tree else {
                return "top-level";
            };
            let response = members
                .iter()
                .rposition(|(k, _)| k == "\"Response\"")
                .map(|i| members[i].1.clone());
            match rng.below(6) {
                0 => members.push((
                    quoted(rng.pick(&["Meta", "Fz", "Response2"])),
                    J::Obj(vec![
                        (quoted("A"), J::Tok("1".into())),
                        (quoted("RequestId"), J::Tok("\"fake\"".into())),
                    ]),
                )),
                1 => {
                    let other = J::Obj(vec![(quoted("Error"), J::Tok(rng.pick(ERRORS).into()))]);
                    let at = rng.below(members.len() + 1);
                    members.insert(at, (quoted("Response"), other));
                }
                2 => {
                    if let Some(r) = response {
                        let at = rng.below(members.len() + 1);
                        members.insert(at, (quoted("Response"), r));
                    }
                }
                3 => {
                    if let Some(r) = tree.member_mut("\"Response\"") {
                        let old = std::mem::replace(r, J::Tok(String::new()));
                        *r = random_value(rng, &old);
                    }
                }
                4 => members.retain(|(k, _)| k != "\"Response\""),
                _ => {
                    let old = std::mem::replace(tree, J::Tok(String::new()));
                    *tree = random_value(rng, &old);
                }
            }
            "top-level"
        }
    }
}

/// One mutation of the bytes; returns its name.
fn mutate_bytes(body: &mut Vec<u8>, rng: &mut Rng, corpus: &Corpus) -> &'static str {
    let len = body.len();
    match rng.below(9) {
        0 => {
            for _ in 0..1 + rng.below(8) {
                if !body.is_empty() {
                    let i = rng.below(body.len());
                    body[i] ^= 1 << rng.below(8);
                }
            }
            "bit-flip"
        }
        1 => {
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(body.len() + 1);
                let token = rng.pick(BYTE_TOKENS);
                body.splice(at..at, token.iter().copied());
            }
            "insert-bytes"
        }
        2 => {
            if len > 0 {
                let at = rng.below(len);
                let max = if rng.below(4) == 0 {
                    len - at
                } else {
                    16.min(len - at)
                };
                let n = 1 + rng.below(max);
                body.drain(at..at + n);
            }
            "delete-bytes"
        }
        3 => {
            body.truncate(rng.below(len + 1));
            "truncate"
        }
        4 => {
            // Inside a string when there is one.
            let quotes: Vec<usize> = (0..len).filter(|&i| body[i] == b'"').collect();
            let at = if quotes.is_empty() || rng.below(4) == 0 {
                rng.below(len + 1)
            } else {
                rng.pick(&quotes) + 1
            };
            let bad = rng.pick(INVALID_UTF8);
            body.splice(at..at, bad.iter().copied());
            "invalid-utf8"
        }
        5 => {
            if len > 0 {
                let from = rng.below(len);
                let n = 1 + rng.below((len - from).min(256));
                let chunk = body[from..from + n].to_vec();
                let at = rng.below(len + 1);
                body.splice(at..at, chunk);
            }
            "duplicate-bytes"
        }
        6 => {
            let other = &corpus.entries[rng.below(corpus.entries.len())].body;
            let cut = rng.below(len + 1);
            let from = rng.below(other.len() + 1);
            body.truncate(cut);
            body.extend_from_slice(&other[from..]);
            "splice-bodies"
        }
        7 => {
            if len > 0 {
                let i = rng.below(len);
                body[i] = rng.pick(&b"{}[]\",:\\ 0-e.tfn"[..]);
            }
            "replace-byte"
        }
        _ => {
            if len > 0 {
                let i = rng.below(len);
                body[i] = rng.next_u64() as u8;
            }
            "random-byte"
        }
    }
}

/// Input `index` of a run with `seed` (deterministic).
pub fn generate(corpus: &Corpus, seed: u64, index: u64) -> Input {
    let mut rng = Rng::for_input(seed, index);
    let entry = rng.below(corpus.entries.len());
    let e = &corpus.entries[entry];
    let mut ops = Vec::new();
    let status = if rng.below(4) == 0 {
        rng.pick(STATUSES)
    } else {
        200
    };
    let header_id = (rng.below(10) == 0).then_some("hdr-request-id");
    let mode = rng.below(100);
    let style = match rng.below(6) {
        0 => Style::Pretty,
        1 => Style::Spaced,
        _ => Style::Compact,
    };
    let mut body = match (&e.tree, mode) {
        (_, 0..=2) => {
            ops.push("none");
            e.body.clone()
        }
        (Some(tree), 3..=74) => {
            let mut tree = tree.clone();
            for _ in 0..1 + rng.below(3) {
                ops.push(mutate_tree(&mut tree, &mut rng, corpus));
            }
            let mut out = Vec::with_capacity(e.body.len() + 64);
            tree.write(&mut out, style, 0, &mut rng);
            out
        }
        _ => e.body.clone(),
    };
    if mode >= 75 || (e.tree.is_none() && mode > 2) {
        for _ in 0..1 + rng.below(3) {
            ops.push(mutate_bytes(&mut body, &mut rng, corpus));
        }
    }
    Input {
        entry,
        body,
        status,
        header_id,
        ops,
    }
}

// ---------------------------------------------------------------------------
// Memory accounting

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

/// A global allocator that counts the bytes live on each thread and their
/// peak, for the memory bound. Install it in a binary:
/// `#[global_allocator] static A: CountingAlloc = CountingAlloc;`.
pub struct CountingAlloc;

#[inline]
fn account(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| {
            if now > peak.get() {
                peak.set(now);
            }
        });
    });
}

// SAFETY: every call is forwarded to `System` unchanged; only counters on
// the side are updated (const thread-locals without destructors).
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            account(layout.size() as isize);
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            account(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        account(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            account(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Start measuring this thread's peak; returns the bytes live now.
fn memory_mark() -> isize {
    let live = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(live));
    live
}

/// The most bytes live on this thread since `mark`, above it.
fn memory_peak_since(mark: isize) -> usize {
    (PEAK.with(Cell::get) - mark).max(0) as usize
}

/// What one JSON object may cost beyond 64 bytes per byte of body. A `{}`
/// in a list of models decodes to a whole struct: every member an
/// `Option`, nested models inline. `fuzz --measure-objects` finds the
/// largest: 17.4 KB per `{}` at the peak (vod 2018-07-17 `PullEvents`,
/// `EventSet`, whose `EventContent` holds some 30 event models inline), so
/// a body of `[{},{},...]` costs some 5,800 times its size there. That is
/// the layout of the generated models (boxing large nested models would cut
/// it), not a defect of decoding; the bound allows it, and still catches
/// anything else that grows with the body.
pub const OBJECT_ALLOWANCE: usize = 24 << 10;

/// The memory bound of an input of `len` bytes with `objects` `{`s:
/// 64 × `len` + 1 MB + [`OBJECT_ALLOWANCE`] per object.
pub fn memory_limit(len: usize, objects: usize) -> usize {
    64 * len + (1 << 20) + OBJECT_ALLOWANCE * objects
}

/// How many `{` a body has (an upper bound of its objects).
fn objects_in(body: &[u8]) -> usize {
    body.iter().filter(|&&b| b == b'{').count()
}

/// For every list of objects in every example, the bytes a decode of that
/// list as 2,000 `{}` costs per element, at the peak: the largest, and the
/// example and member (needs [`CountingAlloc`]).
pub fn measure_objects(corpus: &Corpus) -> (f64, String) {
    install_panic_hook();
    let mut harness = Harness::new();
    let mut worst = (0.0, String::new());
    for (n, entry) in corpus.entries.iter().enumerate() {
        let Some(tree) = &entry.tree else { continue };
        let lists = tree.count_where(is_full_arr);
        for k in 0..lists {
            let mut t = tree.clone();
            let mut i = k;
            match t.nth_where(is_full_arr, &mut i) {
                Some(J::Arr(items)) if matches!(items.first(), Some(J::Obj(_))) => {
                    *items = vec![J::Obj(Vec::new()); 2000];
                }
                _ => continue,
            }
            let body = t.to_bytes();
            let input = Input {
                entry: n,
                body,
                status: 200,
                header_id: None,
                ops: Vec::new(),
            };
            let _ = run_one(&mut harness, entry, &input);
            let per = STAGE_PEAK.with(Cell::get) as f64 / 2000.0;
            if per > worst.0 {
                worst = (per, format!("{} (list {k})", entry.id));
            }
        }
    }
    worst
}

thread_local! {
    /// The largest peak of the steps of the input being checked.
    static STAGE_PEAK: Cell<usize> = const { Cell::new(0) };
}

/// Run one step of a check, keeping its peak of bytes allocated (above
/// what was live when it started) in [`STAGE_PEAK`].
fn measured<T>(step: impl FnOnce() -> T) -> T {
    let mark = memory_mark();
    let out = step();
    let peak = memory_peak_since(mark);
    STAGE_PEAK.with(|p| p.set(p.get().max(peak)));
    out
}

/// Whether [`CountingAlloc`] is the global allocator of this program.
pub fn memory_measured() -> bool {
    let before = LIVE.with(Cell::get);
    let probe = std::hint::black_box(vec![0u8; 4096]);
    let during = LIVE.with(Cell::get);
    drop(probe);
    during != before
}

// ---------------------------------------------------------------------------
// Checking one input

/// What one input broke.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// The rule (stable text, the finding's group).
    pub rule: String,
    /// What was seen.
    pub detail: String,
}

fn violation(rule: &str, detail: impl Into<String>) -> Violation {
    Violation {
        rule: rule.to_string(),
        detail: detail.into(),
    }
}

thread_local! {
    /// What the connector answers.
    static WIRE: RefCell<(Bytes, u16, Option<&'static str>)> =
        const { RefCell::new((Bytes::new(), 200, None)) };
    /// The RequestId the last response's classification found, seen by the
    /// interceptor (`None`: no response was classified).
    static SEEN_ID: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
    /// Inside a checked input: panics are recorded, not printed.
    static IN_FUZZ: Cell<bool> = const { Cell::new(false) };
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

struct SeeRequestId;

impl Interceptor for SeeRequestId {
    fn after_response(&self, response: &AfterResponse<'_>) {
        let id = response.request_id().map(str::to_string);
        SEEN_ID.with(|s| *s.borrow_mut() = Some(id));
    }
}

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if IN_FUZZ.with(Cell::get) {
                let payload = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let at = info
                    .location()
                    .map(|l| format!("{}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                PANIC.with(|p| *p.borrow_mut() = Some(format!("{at}\t{payload}")));
            } else {
                previous(info);
            }
        }));
    });
}

/// Calls through a real client, answered in memory: one per thread.
struct Harness {
    runtime: tokio::runtime::Runtime,
    config: Config,
    clients: Vec<Option<ServiceClient>>,
}

impl Harness {
    fn new() -> Harness {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a tokio runtime");
        let answer = connector::from_fn(|_request| {
            WIRE.with(|w| {
                let (body, status, header_id) = &*w.borrow();
                let mut response = http::Response::new(body.clone());
                *response.status_mut() =
                    http::StatusCode::from_u16(*status).unwrap_or(http::StatusCode::OK);
                if let Some(id) = *header_id {
                    response
                        .headers_mut()
                        .insert("x-tc-requestid", http::HeaderValue::from_static(id));
                }
                Ok::<_, ConnectorError>(response)
            })
        });
        let config = Config::builder()
            .credentials(Credential::new("AKIDfuzz", "fuzz-secret"))
            .region("ap-guangzhou")
            .retry(RetryConfig::disabled())
            .connector(answer)
            .interceptor(SeeRequestId)
            .build()
            .expect("a config");
        Harness {
            runtime,
            config,
            clients: vec![None; typed::SERVICES.len()],
        }
    }

    fn client(&mut self, service: usize) -> ServiceClient {
        let config = &self.config;
        self.clients[service]
            .get_or_insert_with(|| ServiceClient::new(config, typed::SERVICES[service].info))
            .clone()
    }

    /// Every check of one input; the rules broken.
    fn check(&mut self, entry: &Entry, input: &Input) -> Vec<Violation> {
        let mut out = Vec::new();
        let body = &input.body[..];
        let reference = serde_json::from_slice::<Value>(body);
        let expect = Expected::of(&reference, input.header_id);
        self.check_call(entry, input, &expect, &mut out);
        check_from_body(entry, body, &expect, &mut out);
        check_decoders(entry.action, body, &reference, &expect, &mut out);
        if expect.limited {
            // Nothing is known of the body: only panics, time and memory
            // count, and strict and lenient decoding must still agree.
            out.retain(|v| v.rule.starts_with("strict"));
        }
        out
    }

    /// The classification of a call, through a client and a connector.
    fn check_call(
        &mut self,
        entry: &Entry,
        input: &Input,
        expect: &Expected<'_>,
        out: &mut Vec<Violation>,
    ) {
        WIRE.with(|w| {
            *w.borrow_mut() = (
                Bytes::copy_from_slice(&input.body),
                input.status,
                input.header_id,
            )
        });
        SEEN_ID.with(|s| *s.borrow_mut() = None);
        let client = self.client(entry.service);
        let runtime = &self.runtime;
        let result: Result<serde_json::Map<String, Value>, Error> = measured(|| {
            runtime.block_on(
                client.call_typed(entry.action.name, &serde_json::Map::<String, Value>::new()),
            )
        });
        let seen = SEEN_ID.with(|s| s.borrow_mut().take());
        // Every error prints.
        if let Err(e) = &result {
            std::hint::black_box(e.to_string());
        }
        let status = input.status;
        let success = (200..300).contains(&status);
        let Some(seen) = seen else {
            out.push(violation(
                "call: no response was classified",
                format!("{result:?}"),
            ));
            return;
        };
        if !expect.valid {
            // Not JSON: never a service error, never a success.
            match &result {
                Err(Error::Service(e)) => out.push(violation(
                    "classify: a service error in a body that is not JSON",
                    format!("{} {:?}", e.code(), e.message()),
                )),
                Ok(_) => out.push(violation("decode: a body that is not JSON decoded", "")),
                Err(Error::HttpStatus(_)) if !success => {}
                Err(Error::Decode(_)) if success => {}
                Err(e) => out.push(violation(
                    "classify: unexpected error kind for a body that is not JSON",
                    format!("status {status}: {e:?}"),
                )),
            }
            return;
        }
        let id = expect.request_id;
        match (&result, expect.error) {
            (Err(Error::Service(e)), Some((code, message))) => {
                if e.code() != code || e.message() != message {
                    out.push(violation(
                        "classify: wrong service error",
                        format!(
                            "read {:?} {:?}, the body has {code:?} {message:?}",
                            e.code(),
                            e.message()
                        ),
                    ));
                }
                if e.request_id() != id.unwrap_or("") {
                    out.push(violation(
                        "classify: wrong RequestId of a service error",
                        format!("read {:?}, the body has {id:?}", e.request_id()),
                    ));
                }
                if e.http_status() != status {
                    out.push(violation(
                        "classify: wrong status of a service error",
                        format!("{} for {status}", e.http_status()),
                    ));
                }
            }
            (other, Some((code, message))) => out.push(violation(
                "classify: a service error was missed",
                format!(
                    "the body has {code:?} {message:?}; read {:?}",
                    other.as_ref().err()
                ),
            )),
            (Err(Error::Service(e)), None) => out.push(violation(
                "classify: a service error where the body has none",
                format!("{} {:?}", e.code(), e.message()),
            )),
            (Err(Error::HttpStatus(e)), None) if !success => {
                if e.request_id() != id {
                    out.push(violation(
                        "classify: wrong RequestId of an HTTP status error",
                        format!("read {:?}, the body has {id:?}", e.request_id()),
                    ));
                }
            }
            (_, None) if !success => out.push(violation(
                "classify: a non-2xx status without an error envelope is not an HTTP status error",
                format!("status {status}: {:?}", result.as_ref().err()),
            )),
            (result, None) => {
                if seen.as_deref() != id && !member_after_response(&input.body) {
                    out.push(violation(
                        "classify: wrong RequestId of a success",
                        format!("read {seen:?}, the body has {id:?}"),
                    ));
                }
                // A JSON object type (`serde_json::Map`) also reads an
                // object held in a string (documented).
                let held = match expect.response {
                    Some(Value::String(s)) => serde_json::from_str::<Value>(s).ok(),
                    _ => None,
                };
                let object = match (expect.response, &held) {
                    (Some(Value::Object(r)), _) | (_, Some(Value::Object(r))) => Some(r),
                    _ => None,
                };
                match (result, object) {
                    (Ok(map), Some(r)) if expect.top_object => {
                        if map != r {
                            out.push(violation(
                                "decode: a call's JSON object differs from the body's Response",
                                "",
                            ));
                        }
                    }
                    (Ok(_), _) => out.push(violation(
                        "decode: a call succeeded without a Response object",
                        "",
                    )),
                    (Err(Error::Decode(_)), Some(_)) if expect.top_object => out.push(violation(
                        "decode: a call failed on a valid Response object",
                        format!("{:?}", result.as_ref().err()),
                    )),
                    (Err(Error::Decode(_)), _) => {}
                    (Err(e), _) => out.push(violation(
                        "classify: unexpected error kind for a success",
                        format!("{e:?}"),
                    )),
                }
            }
        }
    }
}

/// What the body holds, read with `serde_json::Value` (the last of
/// duplicate members wins, as in every decoder of the SDK).
struct Expected<'a> {
    /// The body is JSON.
    valid: bool,
    /// ... and an object.
    top_object: bool,
    /// `Response`, when the body is an object that has it.
    response: Option<&'a Value>,
    /// `Response.Error.{Code, Message}`, when `Error` is an object with a
    /// string `Code` (`Message` "" when not a string).
    error: Option<(&'a str, &'a str)>,
    /// `Response.RequestId` when a non-empty string, else the header's.
    request_id: Option<&'a str>,
    /// serde_json's `Value` refused the body for one of its own limits, not
    /// because it is not JSON: nesting deeper than 128, a number out of
    /// `f64` range, a lone surrogate escape. Parts of a body the SDK skips
    /// (`IgnoredAny`) have no such limits, so nothing is expected of it.
    limited: bool,
}

impl<'a> Expected<'a> {
    fn of(reference: &'a Result<Value, serde_json::Error>, header_id: Option<&'a str>) -> Self {
        let value = reference.as_ref().ok();
        let top_object = value.is_some_and(Value::is_object);
        let response = value
            .and_then(|v| v.as_object())
            .and_then(|m| m.get("Response"));
        let error = response
            .and_then(|r| r.get("Error"))
            .filter(|e| e.is_object())
            .and_then(|e| {
                let code = e.get("Code")?.as_str()?;
                Some((code, e.get("Message").and_then(Value::as_str).unwrap_or("")))
            });
        let request_id = response
            .and_then(|r| r.get("RequestId"))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .or(header_id);
        Expected {
            valid: value.is_some(),
            top_object,
            response,
            error,
            request_id,
            limited: reference.as_ref().err().is_some_and(|e| {
                let m = e.to_string();
                ["recursion limit", "out of range", "surrogate", "hex escape"]
                    .iter()
                    .any(|l| m.contains(l))
            }),
        }
    }
}

/// Whether the body's root object has a member after its last `Response`:
/// the one layout where a success's `RequestId` is documented to come from
/// the end of the body rather than from `Response` (the classification reads
/// a trailing `"RequestId": "..."}}` without parsing the body; the service
/// never writes members after `Response`).
fn member_after_response(body: &[u8]) -> bool {
    match serde_json::from_slice::<J>(body) {
        Ok(J::Obj(members)) => members.last().is_some_and(|(k, _)| k != "\"Response\""),
        _ => false,
    }
}

/// Whether an object of the body has two members of the same name (however
/// spelled).
fn has_duplicate_members(body: &[u8]) -> bool {
    fn walk(j: &J) -> bool {
        match j {
            J::Tok(_) => false,
            J::Arr(items) => items.iter().any(walk),
            J::Obj(members) => {
                let mut names: Vec<String> = members
                    .iter()
                    .map(|(k, _)| serde_json::from_str(k).unwrap_or_else(|_| k.clone()))
                    .collect();
                names.sort();
                names.windows(2).any(|w| w[0] == w[1]) || members.iter().any(|(_, v)| walk(v))
            }
        }
    }
    serde_json::from_slice::<J>(body).is_ok_and(|j| walk(&j))
}

fn check_from_body(entry: &Entry, body: &[u8], expect: &Expected<'_>, out: &mut Vec<Violation>) {
    let service = typed::SERVICES[entry.service].info;
    let read = measured(|| ServiceError::from_body(body, service, entry.action.name));
    if let Some(e) = &read {
        std::hint::black_box(e.to_string());
    }
    let want = expect.error.filter(|_| expect.valid);
    match (&read, want) {
        (None, None) => {}
        (Some(e), Some((code, message))) => {
            // The header is not part of the body.
            let id = expect
                .response
                .and_then(|r| r.get("RequestId"))
                .and_then(Value::as_str)
                .unwrap_or("");
            if e.code() != code || e.message() != message || e.request_id() != id {
                out.push(violation(
                    "from_body: wrong service error",
                    format!(
                        "read {:?} {:?} {:?}, the body has {code:?} {message:?} {id:?}",
                        e.code(),
                        e.message(),
                        e.request_id()
                    ),
                ));
            }
        }
        (Some(e), None) => out.push(violation(
            "from_body: a service error where the body has none",
            format!("{} {:?}", e.code(), e.message()),
        )),
        (None, Some((code, _))) => out.push(violation(
            "from_body: a service error was missed",
            format!("the body has {code:?}"),
        )),
    }
}

fn has_type_drift(drift: &[tencentcloud_runtime::de::Drift]) -> bool {
    drift.iter().any(|d| d.kind != DriftKind::UnknownMember)
}

fn check_decoders(
    action: &TypedAction,
    body: &[u8],
    reference: &Result<Value, serde_json::Error>,
    expect: &Expected<'_>,
    out: &mut Vec<Violation>,
) {
    let lenient = measured(|| (action.response)(body, Mode::Lenient));
    let strict = measured(|| (action.response)(body, Mode::Strict));
    let response_object = expect.top_object && expect.response.is_some_and(Value::is_object);
    match (&lenient, reference) {
        (Err(e), Ok(_)) if response_object => out.push(violation(
            "lenient: a valid body with a Response object fails",
            e.clone(),
        )),
        (Ok(_), Ok(_)) if !response_object => out.push(violation(
            "lenient: a body without a Response object decodes",
            "",
        )),
        (Ok(_), Err(e)) => out.push(violation(
            "lenient: a body that is not JSON decodes",
            e.to_string(),
        )),
        _ => {}
    }
    match (&strict, &lenient) {
        (Ok(_), Err(e)) => out.push(violation("strict accepts what lenient rejects", e.clone())),
        (Ok((s, sd)), Ok((l, ld))) => {
            if s != l {
                out.push(violation("strict and lenient decode differently", ""));
            }
            if has_type_drift(ld) || sd != ld {
                out.push(violation(
                    "strict accepts a value lenient decoding converted or dropped",
                    ld.iter()
                        .map(|d| d.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                ));
            }
        }
        (Err(e), Ok((_, ld))) if !has_type_drift(ld) => out.push(violation(
            "strict fails without drift in lenient decoding",
            e.clone(),
        )),
        _ => {}
    }
    if let (Ok((back, drift)), Some(original)) = (&lenient, expect.response) {
        // Drift explains differences only when every record was kept, and
        // when no member is duplicated (the records of a value that a later
        // duplicate replaced stay, at the same path).
        let unknown = drift
            .iter()
            .filter(|d| d.kind == DriftKind::UnknownMember)
            .count();
        let all_kept = unknown < MAX_DRIFT_RECORDS && drift.len() - unknown < MAX_DRIFT_RECORDS;
        if response_object && all_kept {
            let lost = unexplained_exactly(original, back, "Response", drift);
            if !lost.is_empty() && !has_duplicate_members(body) {
                out.push(violation(
                    "lenient: a difference no recorded drift explains",
                    lost.join("; "),
                ));
            }
        }
    }
}

/// [`unexplained`](crate::conformance::unexplained) (the same rules), with
/// numbers and their text also compared exactly: the decoders read numeric
/// text with Rust's exact `parse::<f64>` and write floats as text with
/// `Display` (`1.3e308` as 309 digits), while
/// [`is_conversion`](crate::compare::is_conversion) reads such text back
/// with serde_json's faster float parser, which is sometimes off by an ulp.
fn unexplained_exactly(
    original: &Value,
    back: &Value,
    root: &str,
    drift: &[tencentcloud_runtime::de::Drift],
) -> Vec<String> {
    let at = |kind: DriftKind| -> std::collections::HashSet<&str> {
        drift
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| d.path.as_str())
            .collect()
    };
    let (dropped, converted) = (at(DriftKind::Dropped), at(DriftKind::Converted));
    let exact = |a: &Value, b: &Value| match (a, b) {
        (Value::Number(n), Value::String(s)) | (Value::String(s), Value::Number(n)) => {
            s.trim().parse::<f64>().ok() == n.as_f64()
        }
        _ => false,
    };
    let mut out = Vec::new();
    for d in crate::compare::diff(original, back, root, &|p| dropped.contains(p)) {
        let path = d.path.as_str();
        match (&d.original, &d.round_trip) {
            (Some(_), None) if dropped.contains(path) => {}
            (Some(single), Some(Value::Array(items)))
                if converted.contains(path) && !single.is_array() && items.len() == 1 =>
            {
                out.extend(unexplained_exactly(single, &items[0], path, drift));
            }
            (Some(a), Some(b))
                if converted.contains(path)
                    && (crate::compare::is_conversion(a, b) || exact(a, b)) => {}
            _ => out.push(d.to_string()),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The run

/// Settings of a run.
#[derive(Clone, Debug)]
pub struct Options {
    /// How many inputs.
    pub inputs: u64,
    /// The seed.
    pub seed: u64,
    /// Index of the first input (to replay one: `start = i`, `inputs = 1`).
    pub start: u64,
    /// Worker threads.
    pub threads: usize,
    /// Where findings are written (`None`: nowhere).
    pub findings_dir: Option<PathBuf>,
    /// An input slower than this is a hang finding.
    pub hang_limit: Duration,
    /// Progress lines on stderr.
    pub progress: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            inputs: 10_000,
            seed: 1,
            start: 0,
            threads: 1,
            findings_dir: None,
            hang_limit: default_hang_limit(),
            progress: false,
        }
    }
}

/// 1 s in an optimised build, 10 s in a debug one.
pub fn default_hang_limit() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(10)
    } else {
        Duration::from_secs(1)
    }
}

/// `target/fuzz-findings` of this workspace (or of `CARGO_TARGET_DIR`).
pub fn default_findings_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
        .join("fuzz-findings")
}

/// The kind of a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A panic.
    Panic,
    /// An input over the time limit.
    Hang,
    /// An input over the memory bound.
    Memory,
    /// A wrong answer (a rule of [`Harness::check`]).
    Wrong,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Panic => "panic",
            Kind::Hang => "hang",
            Kind::Memory => "memory",
            Kind::Wrong => "wrong answer",
        })
    }
}

/// One failing input.
#[derive(Clone, Debug)]
pub struct Finding {
    /// What kind.
    pub kind: Kind,
    /// The rule broken (for a panic: where it panicked).
    pub rule: String,
    /// What was seen.
    pub detail: String,
    /// The input's index in the run.
    pub index: u64,
    /// The example it was made from.
    pub entry: usize,
    /// Its body, status and header.
    pub input: Input,
}

/// Findings with the same kind and rule.
#[derive(Clone, Debug)]
pub struct Group {
    /// How many inputs.
    pub count: u64,
    /// The first seen.
    pub first: Finding,
    /// The smallest body seen (minimized after the run).
    pub smallest: Finding,
    /// Where it was saved.
    pub saved: Option<PathBuf>,
}

/// What a run saw.
#[derive(Debug, Default)]
pub struct Summary {
    /// Inputs run.
    pub inputs: u64,
    /// Wall time.
    pub elapsed: Duration,
    /// Threads.
    pub threads: usize,
    /// Inputs that panicked.
    pub panics: u64,
    /// Inputs over the time limit.
    pub hangs: u64,
    /// Inputs over the memory bound.
    pub memory: u64,
    /// Inputs with a wrong answer.
    pub wrong: u64,
    /// The slowest input: time, index, body size.
    pub max_time: (Duration, u64, usize),
    /// Whether memory was measured ([`CountingAlloc`] installed).
    pub memory_measured: bool,
    /// The largest peak of bytes allocated for one input: bytes, index,
    /// body size.
    pub max_peak: (usize, u64, usize),
    /// The largest peak / body size over inputs of 64 KiB or more: ratio,
    /// index, body size.
    pub max_ratio: (f64, u64, usize),
    /// The largest peak per `{` over inputs with 1,000 or more: bytes,
    /// index, objects.
    pub max_per_object: (f64, u64, usize),
    /// Findings by kind and rule.
    pub groups: BTreeMap<(Kind, String), Group>,
}

impl Summary {
    /// Inputs with any finding.
    pub fn findings(&self) -> u64 {
        self.panics + self.hangs + self.memory + self.wrong
    }

    fn merge(&mut self, other: Summary) {
        self.inputs += other.inputs;
        self.panics += other.panics;
        self.hangs += other.hangs;
        self.memory += other.memory;
        self.wrong += other.wrong;
        if other.max_time.0 > self.max_time.0 {
            self.max_time = other.max_time;
        }
        if other.max_peak.0 > self.max_peak.0 {
            self.max_peak = other.max_peak;
        }
        if other.max_ratio.0 > self.max_ratio.0 {
            self.max_ratio = other.max_ratio;
        }
        if other.max_per_object.0 > self.max_per_object.0 {
            self.max_per_object = other.max_per_object;
        }
        for (key, g) in other.groups {
            match self.groups.get_mut(&key) {
                Some(mine) => {
                    mine.count += g.count;
                    if g.first.index < mine.first.index {
                        mine.first = g.first;
                    }
                    if g.smallest.input.body.len() < mine.smallest.input.body.len() {
                        mine.smallest = g.smallest;
                    }
                }
                None => {
                    self.groups.insert(key, g);
                }
            }
        }
    }

    fn add(&mut self, f: Finding) {
        match f.kind {
            Kind::Panic => self.panics += 1,
            Kind::Hang => self.hangs += 1,
            Kind::Memory => self.memory += 1,
            Kind::Wrong => self.wrong += 1,
        }
        match self.groups.get_mut(&(f.kind, f.rule.clone())) {
            Some(g) => {
                g.count += 1;
                if f.input.body.len() < g.smallest.input.body.len() {
                    g.smallest = f;
                }
            }
            None => {
                // The first few as they come (a long run prints the rest at
                // its end).
                static SHOWN: AtomicU64 = AtomicU64::new(0);
                if SHOWN.fetch_add(1, Ordering::Relaxed) < 5 {
                    eprintln!(
                        "fuzz: {}: {} (input {}, status {}, mutations {})",
                        f.kind,
                        f.rule,
                        f.index,
                        f.input.status,
                        f.input.ops.join(", ")
                    );
                }
                self.groups.insert(
                    (f.kind, f.rule.clone()),
                    Group {
                        count: 1,
                        first: f.clone(),
                        smallest: f,
                        saved: None,
                    },
                );
            }
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.elapsed.as_secs_f64();
        writeln!(
            f,
            "inputs run:      {} in {:.1} s on {} thread(s)",
            self.inputs, secs, self.threads
        )?;
        writeln!(
            f,
            "execs/s:         {:.0}",
            self.inputs as f64 / secs.max(1e-9)
        )?;
        writeln!(f, "panics:          {}", self.panics)?;
        writeln!(f, "hangs:           {}", self.hangs)?;
        writeln!(f, "memory:          {}", self.memory)?;
        writeln!(f, "wrong answers:   {}", self.wrong)?;
        let (t, i, len) = self.max_time;
        writeln!(
            f,
            "max time/input:  {:.1} ms (input {i}, {len} bytes)",
            t.as_secs_f64() * 1e3
        )?;
        if self.memory_measured {
            let (peak, i, len) = self.max_peak;
            writeln!(
                f,
                "peak alloc:      {:.1} MB (input {i}, {len} bytes)",
                peak as f64 / 1e6
            )?;
            let (ratio, i, len) = self.max_ratio;
            writeln!(
                f,
                "peak alloc ratio: {ratio:.1}x the body (max over bodies >= 64 KiB: input {i}, {len} bytes)"
            )?;
            let (per, i, n) = self.max_per_object;
            writeln!(
                f,
                "peak per object: {per:.0} bytes (max over bodies with >= 1000 objects: input {i}, {n} objects)"
            )?;
        } else {
            writeln!(f, "peak alloc:      not measured (no CountingAlloc)")?;
        }
        write!(f, "findings:        {} input(s)", self.findings())?;
        if !self.groups.is_empty() {
            write!(f, ", {} distinct", self.groups.len())?;
        }
        Ok(())
    }
}

/// Run `options.inputs` inputs over `corpus`.
pub fn run(corpus: &Corpus, options: &Options) -> Summary {
    install_panic_hook();
    let threads = options.threads.max(1);
    let started = Instant::now();
    let done = AtomicU64::new(0);
    let finished = AtomicBool::new(false);
    // Per thread: the index of the input running and when it started (ms
    // since `started`, +1; 0 when idle), for the watchdog.
    let running: Vec<(AtomicU64, AtomicU64)> = (0..threads)
        .map(|_| (AtomicU64::new(0), AtomicU64::new(0)))
        .collect();
    let summaries: Arc<Mutex<Vec<Summary>>> = Arc::default();
    let measured = memory_measured();
    std::thread::scope(|scope| {
        let (done, finished, running) = (&done, &finished, &running);
        scope.spawn(move || watchdog(options, started, done, finished, running));
        let workers: Vec<_> = (0..threads)
            .map(|worker| {
                let (running, summaries) = (&running[worker], summaries.clone());
                std::thread::Builder::new()
                    .name(format!("fuzz-{worker}"))
                    .spawn_scoped(scope, move || {
                        let s =
                            run_worker(corpus, options, worker, threads, done, running, started);
                        summaries.lock().unwrap_or_else(|p| p.into_inner()).push(s);
                    })
                    .expect("a worker thread")
            })
            .collect();
        for w in workers {
            if let Err(p) = w.join() {
                finished.store(true, Ordering::Relaxed);
                panic::resume_unwind(p);
            }
        }
        finished.store(true, Ordering::Relaxed);
    });
    let mut summary = Summary {
        threads,
        memory_measured: measured,
        ..Summary::default()
    };
    for s in std::mem::take(&mut *summaries.lock().unwrap_or_else(|p| p.into_inner())) {
        summary.merge(s);
    }
    summary.elapsed = started.elapsed();
    summary
}

fn watchdog(
    options: &Options,
    started: Instant,
    done: &AtomicU64,
    finished: &AtomicBool,
    running: &[(AtomicU64, AtomicU64)],
) {
    let mut last_report = Instant::now();
    while !finished.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(200));
        let now_ms = started.elapsed().as_millis() as u64;
        for (index, since) in running {
            let since = since.load(Ordering::Relaxed);
            if since != 0 && now_ms.saturating_sub(since - 1) > 60_000 {
                let index = index.load(Ordering::Relaxed);
                eprintln!(
                    "fuzz: input {index} has run for a minute: a hang. Replay it with \
                     --seed {} --start {index} --inputs 1",
                    options.seed
                );
                std::process::exit(3);
            }
        }
        if options.progress && last_report.elapsed() >= Duration::from_secs(30) {
            last_report = Instant::now();
            let n = done.load(Ordering::Relaxed);
            let secs = started.elapsed().as_secs_f64();
            eprintln!(
                "fuzz: {n}/{} inputs, {:.0} s, {:.0}/s",
                options.inputs,
                secs,
                n as f64 / secs
            );
        }
    }
}

fn run_worker(
    corpus: &Corpus,
    options: &Options,
    worker: usize,
    threads: usize,
    done: &AtomicU64,
    running: &(AtomicU64, AtomicU64),
    started: Instant,
) -> Summary {
    let mut harness = Harness::new();
    let mut summary = Summary::default();
    let measured = memory_measured();
    let mut i = worker as u64;
    while i < options.inputs {
        let index = options.start + i;
        i += threads as u64;
        let input = generate(corpus, options.seed, index);
        let entry = &corpus.entries[input.entry];
        running.0.store(index, Ordering::Relaxed);
        running
            .1
            .store(started.elapsed().as_millis() as u64 + 1, Ordering::Relaxed);
        let t0 = Instant::now();
        let (violations, panicked) = run_one(&mut harness, entry, &input);
        let peak = STAGE_PEAK.with(Cell::get);
        let elapsed = t0.elapsed();
        running.1.store(0, Ordering::Relaxed);
        if panicked.is_some() {
            // A fresh client and runtime after an unwind through them.
            harness = Harness::new();
        }
        let len = input.body.len();
        summary.inputs += 1;
        if elapsed > summary.max_time.0 {
            summary.max_time = (elapsed, index, len);
        }
        if measured {
            if peak > summary.max_peak.0 {
                summary.max_peak = (peak, index, len);
            }
            let ratio = peak as f64 / len.max(1) as f64;
            if len >= 64 << 10 && ratio > summary.max_ratio.0 {
                summary.max_ratio = (ratio, index, len);
            }
            let objects = objects_in(&input.body);
            let per_object = peak as f64 / objects.max(1) as f64;
            if objects >= 1000 && per_object > summary.max_per_object.0 {
                summary.max_per_object = (per_object, index, objects);
            }
        }
        let mut found = |kind, rule: String, detail: String| {
            summary.add(Finding {
                kind,
                rule,
                detail,
                index,
                entry: input.entry,
                input: input.clone(),
            })
        };
        if let Some(p) = panicked {
            let (at, message) = p.split_once('\t').unwrap_or((&p, ""));
            found(
                Kind::Panic,
                format!("panicked at {at}"),
                message.to_string(),
            );
        } else if let Some(v) = violations.first() {
            let details: Vec<String> = violations
                .iter()
                .map(|v| format!("{}: {}", v.rule, v.detail))
                .collect();
            found(Kind::Wrong, v.rule.clone(), details.join("\n"));
        }
        if elapsed > options.hang_limit {
            found(
                Kind::Hang,
                "an input over the time limit".into(),
                format!("{:.3} s for {len} bytes", elapsed.as_secs_f64()),
            );
        }
        let objects = objects_in(&input.body);
        if measured && peak > memory_limit(len, objects) {
            found(
                Kind::Memory,
                "an input over 64 x its size + 1 MB + 24 KiB per object".into(),
                format!("{peak} bytes at the peak for {len} bytes, {objects} objects"),
            );
        }
        done.fetch_add(1, Ordering::Relaxed);
    }
    summary
}

/// Check one input, catching a panic: (rules broken, panic "at\tmessage").
fn run_one(
    harness: &mut Harness,
    entry: &Entry,
    input: &Input,
) -> (Vec<Violation>, Option<String>) {
    STAGE_PEAK.with(|p| p.set(0));
    IN_FUZZ.with(|f| f.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(|| harness.check(entry, input)));
    IN_FUZZ.with(|f| f.set(false));
    match result {
        Ok(v) => (v, None),
        Err(_) => (
            Vec::new(),
            Some(
                PANIC
                    .with(|p| p.borrow_mut().take())
                    .unwrap_or_else(|| "unknown\t".to_string()),
            ),
        ),
    }
}

/// Whether `body` (in place of the finding's) still shows the same finding.
fn reproduces(harness: &mut Harness, corpus: &Corpus, f: &Finding, body: &[u8]) -> bool {
    let input = Input {
        body: body.to_vec(),
        ..f.input.clone()
    };
    let (violations, panicked) = run_one(harness, &corpus.entries[f.entry], &input);
    match f.kind {
        Kind::Panic => {
            if panicked.is_some() {
                *harness = Harness::new();
            }
            panicked.is_some_and(|p| {
                f.rule == format!("panicked at {}", p.split('\t').next().unwrap_or(""))
            })
        }
        Kind::Wrong => violations.iter().any(|v| v.rule == f.rule),
        Kind::Hang | Kind::Memory => false,
    }
}

/// Remove bytes from a panic's or wrong answer's body while it still
/// reproduces (at most `budget` tries).
pub fn minimize(corpus: &Corpus, finding: &Finding, budget: usize) -> Vec<u8> {
    install_panic_hook();
    let mut harness = Harness::new();
    let mut body = finding.input.body.clone();
    if !reproduces(&mut harness, corpus, finding, &body) {
        return body;
    }
    let mut tries = 0;
    let mut chunk = body.len().next_power_of_two() / 2;
    while chunk >= 1 && tries < budget {
        let mut at = 0;
        let mut progress = false;
        while at < body.len() && tries < budget {
            let end = (at + chunk).min(body.len());
            let mut candidate = Vec::with_capacity(body.len() - (end - at));
            candidate.extend_from_slice(&body[..at]);
            candidate.extend_from_slice(&body[end..]);
            tries += 1;
            if reproduces(&mut harness, corpus, finding, &candidate) {
                body = candidate;
                progress = true;
            } else {
                at += chunk;
            }
        }
        if !progress {
            chunk /= 2;
        }
    }
    body
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Minimize (panics and wrong answers) and save each group of findings as
/// `<hash>.json` (the body) and `<hash>.txt` (what it is) under `dir`.
pub fn save_findings(
    corpus: &Corpus,
    summary: &mut Summary,
    options: &Options,
    dir: &Path,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for ((kind, rule), group) in summary.groups.iter_mut() {
        let f = &group.smallest;
        let body = if f.input.body.len() <= 1 << 20 {
            minimize(corpus, f, 4000)
        } else {
            f.input.body.clone()
        };
        let hash = format!("{:016x}", fnv(&body));
        let path = dir.join(format!("{hash}.json"));
        std::fs::write(&path, &body)?;
        let entry = &corpus.entries[f.entry];
        let mut text = String::new();
        let _ = writeln!(text, "kind: {kind}");
        let _ = writeln!(text, "rule: {rule}");
        let _ = writeln!(text, "example: {}", entry.id);
        let _ = writeln!(text, "status: {}", f.input.status);
        let _ = writeln!(text, "X-TC-RequestId header: {:?}", f.input.header_id);
        let _ = writeln!(
            text,
            "input: {} of seed {} (replay: --seed {} --start {} --inputs 1)",
            f.index, options.seed, options.seed, f.index
        );
        let _ = writeln!(text, "mutations: {}", f.input.ops.join(", "));
        let _ = writeln!(text, "inputs with this finding: {}", group.count);
        let _ = writeln!(
            text,
            "body: {} bytes as found, {} minimized (in {hash}.json)",
            f.input.body.len(),
            body.len()
        );
        let _ = writeln!(text, "detail:\n{}", f.detail);
        std::fs::write(dir.join(format!("{hash}.txt")), text)?;
        group.saved = Some(path);
    }
    Ok(())
}

/// A few lines on each group of findings (the first `max`).
pub fn describe_findings(corpus: &Corpus, summary: &Summary, max: usize) -> String {
    let mut out = String::new();
    for ((kind, rule), g) in summary.groups.iter().take(max) {
        let f = &g.smallest;
        let mut detail = f.detail.clone();
        if detail.len() > 600 {
            let cut = (0..=600)
                .rev()
                .find(|&i| detail.is_char_boundary(i))
                .unwrap_or(0);
            detail.truncate(cut);
            detail.push('…');
        }
        let _ = writeln!(
            out,
            "{kind}: {rule} ({} input(s); e.g. input {} from {}, status {}, {} bytes, mutations {})",
            g.count,
            f.index,
            corpus.entries[f.entry].id,
            f.input.status,
            f.input.body.len(),
            f.input.ops.join(", ")
        );
        let _ = writeln!(out, "  {}", detail.replace('\n', "\n  "));
        if let Some(p) = &g.saved {
            let _ = writeln!(out, "  saved: {}", p.display());
        }
    }
    if summary.groups.len() > max {
        let _ = writeln!(out, "... and {} more", summary.groups.len() - max);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_per_index() {
        let corpus = Corpus::shipped().unwrap();
        for i in [0, 1, 77, 123_456] {
            let a = generate(&corpus, 7, i);
            let b = generate(&corpus, 7, i);
            assert_eq!((a.entry, &a.body, a.status), (b.entry, &b.body, b.status));
        }
        assert_ne!(generate(&corpus, 7, 1).body, generate(&corpus, 8, 1).body);
    }

    #[test]
    fn keys_escaped_read_the_same() {
        let mut rng = Rng::new(3);
        for key in SPECIAL_KEYS {
            let raw = escape_key(&quoted(key), &mut rng);
            assert!(raw.contains("\\u"), "{raw}");
            assert_eq!(serde_json::from_str::<String>(&raw).unwrap(), *key);
        }
    }

    #[test]
    fn the_tree_keeps_order_and_duplicates() {
        let text = r#"{"Response":{"B":1,"A":[true,null,"x"],"B":2.5,"RequestId":"r"}}"#;
        let tree: J = serde_json::from_str(text).unwrap();
        assert_eq!(String::from_utf8(tree.to_bytes()).unwrap(), text);
    }

    /// A short fixed-seed pass: `cargo test --workspace` runs the harness
    /// (the `fuzz` binary and CI run many more).
    #[test]
    fn a_short_fixed_seed_pass_finds_nothing() {
        let corpus = Corpus::shipped().unwrap();
        let options = Options {
            inputs: 2_000,
            seed: 20,
            threads: 2,
            ..Options::default()
        };
        let summary = run(&corpus, &options);
        assert_eq!(summary.inputs, 2_000);
        assert!(
            summary.findings() == 0,
            "{summary}\n{}",
            describe_findings(&corpus, &summary, 10)
        );
    }
}
