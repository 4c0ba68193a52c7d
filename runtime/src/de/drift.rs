//! Recording of type drift: a member the server sent in another JSON kind
//! than the spec declares.
//!
//! Decoding is synchronous, so the recorder is thread-local. It is active only
//! inside a [`Session`] (the SDK opens one around every response it decodes);
//! outside one, drift is logged as a `tracing` warning with the member name
//! and nothing is stored.
//!
//! Paths are built on the way out: a leaf records its problem with an empty
//! path, and each enclosing member and list element prepends its segment to
//! the records made while it was being decoded. The happy path pays two
//! thread-local reads per member.

use std::cell::{Cell, RefCell};
use std::fmt;

/// How drift is handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Convert what can be converted, drop what cannot (the member becomes
    /// `None`), record each case and log it as a warning. The default.
    #[default]
    Lenient,
    /// Fail the decode at the first drift, naming its member path.
    Strict,
}

/// What kind of drift happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DriftKind {
    /// A value of another JSON kind was converted to the declared type
    /// (`"5"` into an integer, `5` into a string, `"true"` into a bool, one
    /// object where a list is declared...).
    Converted,
    /// A value could not be used and was dropped (the member is `None`).
    Dropped,
    /// A member the spec does not describe; kept in `unknown_fields`.
    UnknownMember,
}

/// One recorded drift.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// Member path from the decoded root (`Response.List[0].NetworkType`).
    pub path: String,
    /// What happened.
    pub kind: DriftKind,
    /// The declared type (`integer`, `string`, `object`, `list`...).
    pub expected: &'static str,
    /// What arrived (`string "12"`, `object`...).
    pub found: String,
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            DriftKind::UnknownMember => write!(f, "{}: member not in the spec", self.path),
            DriftKind::Converted => write!(
                f,
                "{}: expected {}, found {} (converted)",
                self.path, self.expected, self.found
            ),
            DriftKind::Dropped => write!(
                f,
                "{}: expected {}, found {} (dropped)",
                self.path, self.expected, self.found
            ),
        }
    }
}

/// The most drift records of each group a [`Session`] keeps: the first
/// type drifts (converted and dropped values), and, apart, the first
/// unknown members (so those never crowd out a type drift). The others are
/// counted, not kept.
pub const MAX_DRIFT_RECORDS: usize = 1_000;

thread_local! {
    static ACTIVE: Cell<Option<Mode>> = const { Cell::new(None) };
    /// Number of records kept in the active session (0 outside sessions).
    static COUNT: Cell<usize> = const { Cell::new(0) };
    static RECORDS: RefCell<Vec<Drift>> = const { RefCell::new(Vec::new()) };
    /// Of the active session: unknown-member records kept, and records not
    /// kept (past [`MAX_DRIFT_RECORDS`]).
    static TALLY: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

/// An active recording scope on this thread. Create it with
/// [`Session::begin`], decode, then [`Session::finish`] to collect the drift.
#[must_use = "a session records until finished"]
pub struct Session {
    previous: Option<Mode>,
    saved: Option<Vec<Drift>>,
    saved_count: usize,
    saved_tally: (usize, usize),
    finished: bool,
}

impl Session {
    /// Start recording on this thread in `mode`.
    pub fn begin(mode: Mode) -> Session {
        let previous = ACTIVE.with(|a| a.replace(Some(mode)));
        let saved_count = COUNT.with(|c| c.replace(0));
        let saved_tally = TALLY.with(|t| t.replace((0, 0)));
        let saved = RECORDS.with(|r| std::mem::take(&mut *r.borrow_mut()));
        Session {
            previous,
            saved: Some(saved),
            saved_count,
            saved_tally,
            finished: false,
        }
    }

    /// Prefix every path with `root` and return the records (up to
    /// [`MAX_DRIFT_RECORDS`] of each group; a warning is logged when there
    /// were more).
    pub fn finish(mut self, root: &str) -> Vec<Drift> {
        prepend_since(0, root);
        self.finished = true;
        let out = RECORDS.with(|r| std::mem::take(&mut *r.borrow_mut()));
        let (_, omitted) = TALLY.with(Cell::get);
        if omitted > 0 {
            tracing::warn!(
                kept = out.len(),
                omitted,
                "tencentcloud: response drift: only the first records were kept"
            );
        }
        self.restore();
        out
    }

    fn restore(&mut self) {
        ACTIVE.with(|a| a.set(self.previous));
        COUNT.with(|c| c.set(self.saved_count));
        TALLY.with(|t| t.set(self.saved_tally));
        if let Some(saved) = self.saved.take() {
            RECORDS.with(|r| *r.borrow_mut() = saved);
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if !self.finished {
            self.restore();
        }
    }
}

/// The mode in force on this thread (lenient outside sessions).
pub fn mode() -> Mode {
    ACTIVE.with(|a| a.get()).unwrap_or_default()
}

/// Record a drift at the current leaf (its path is filled in by the enclosing
/// members). Returns whether decoding must fail (strict mode).
#[cold]
pub(crate) fn record(kind: DriftKind, expected: &'static str, found: String, leaf: &str) -> bool {
    let found = redact_found(found, leaf);
    match ACTIVE.with(|a| a.get()) {
        Some(mode) => {
            // Bounded: a body of many drifting values (a million `"x"` where
            // a list of numbers is declared) must not cost memory in
            // proportion. `COUNT` counts the records kept (the paths of the
            // enclosing members go to those); strict mode fails whether or
            // not the record is kept.
            let (unknown, omitted) = TALLY.with(Cell::get);
            let kept = COUNT.with(Cell::get);
            let is_unknown = kind == DriftKind::UnknownMember;
            let room = if is_unknown {
                unknown < MAX_DRIFT_RECORDS
            } else {
                kept - unknown < MAX_DRIFT_RECORDS
            };
            if room {
                RECORDS.with(|r| {
                    r.borrow_mut().push(Drift {
                        path: leaf.to_string(),
                        kind,
                        expected,
                        found,
                    })
                });
                COUNT.with(|c| c.set(kept + 1));
                TALLY.with(|t| t.set((unknown + usize::from(is_unknown), omitted)));
            } else {
                TALLY.with(|t| t.set((unknown, omitted + 1)));
            }
            mode == Mode::Strict && !is_unknown
        }
        None => {
            if kind != DriftKind::UnknownMember {
                tracing::warn!(
                    member = leaf,
                    expected,
                    found = %found,
                    "tencentcloud: response member of an unexpected type ({kind:?})"
                );
            }
            false
        }
    }
}

thread_local! {
    /// Wire names of the members whose values must not be shown (the
    /// service's sensitive members), while a call's response is decoded.
    static SENSITIVE: Cell<&'static [&'static str]> = const { Cell::new(&[]) };
}

/// Run `f` with `names` as the sensitive members: a drift of one of them
/// reports the kind of value found, never the value.
pub(crate) fn with_sensitive<R>(names: &'static [&'static str], f: impl FnOnce() -> R) -> R {
    let before = SENSITIVE.with(|s| s.replace(names));
    let out = f();
    SENSITIVE.with(|s| s.set(before));
    out
}

/// `string "hunter2"` becomes `string (redacted)` for a sensitive member.
fn redact_found(found: String, leaf: &str) -> String {
    if leaf.is_empty() || !SENSITIVE.with(|s| s.get().contains(&leaf)) {
        return found;
    }
    let kind = found.split_whitespace().next().unwrap_or("value");
    format!("{kind} (redacted)")
}

/// How many drifts the active session holds; compare before and after
/// decoding a member to know whether its subtree drifted.
#[inline]
pub(crate) fn count() -> usize {
    COUNT.with(|c| c.get())
}

/// Prepend `segment` (a member name, or `[i]`) to the records made since
/// `since` (those inside the member just decoded).
#[cold]
pub(crate) fn prepend_since(since: usize, segment: &str) {
    RECORDS.with(|r| {
        let mut r = r.borrow_mut();
        let from = since.min(r.len());
        for d in &mut r[from..] {
            d.path = join(segment, &d.path);
            // The value of a sensitive member (or of an element of one)
            // is replaced once its name is known.
            if d.kind != DriftKind::UnknownMember {
                d.found = redact_found(std::mem::take(&mut d.found), segment);
            }
        }
    });
}

fn join(segment: &str, rest: &str) -> String {
    if segment.is_empty() {
        rest.to_string()
    } else if rest.is_empty() {
        segment.to_string()
    } else if rest.starts_with('[') {
        format!("{segment}{rest}")
    } else {
        format!("{segment}.{rest}")
    }
}

/// The message of a strict-mode decode error for a drift at `path`.
pub fn strict_message(d: &Drift) -> String {
    format!(
        "type drift at {}: expected {}, found {}",
        d.path, d.expected, d.found
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::de::decode_response;

    /// Found by the fuzzer (`tencentcloud-conformance --bin fuzz`): a list
    /// of 32,000 numbers where objects are declared cost 16 MB of drift
    /// records for a 64 KB body (a record per element, path and text).
    #[test]
    fn fuzz_drift_records_are_bounded() {
        let n = 3 * MAX_DRIFT_RECORDS;
        let body = format!(r#"{{"Response":[{}7]}}"#, r#""x","#.repeat(n));
        let (list, drift) = decode_response::<Vec<u64>>(body.as_bytes(), Mode::Lenient).unwrap();
        assert_eq!(list, [7]);
        assert_eq!(drift.len(), MAX_DRIFT_RECORDS);
        assert_eq!(drift[0].path, "Response[0]");
        let last = &drift[MAX_DRIFT_RECORDS - 1];
        assert_eq!(last.path, format!("Response[{}]", MAX_DRIFT_RECORDS - 1));
        assert_eq!(last.kind, DriftKind::Dropped);
        // Past the bound, null elements and strict mode still see drift.
        let body = format!(r#"{{"Response":[{}null]}}"#, r#""x","#.repeat(n));
        let (list, drift) = decode_response::<Vec<u64>>(body.as_bytes(), Mode::Lenient).unwrap();
        assert!(list.is_empty());
        assert_eq!(drift.len(), MAX_DRIFT_RECORDS);
        assert!(decode_response::<Vec<u64>>(body.as_bytes(), Mode::Strict).is_err());
        // Unknown members do not crowd out type drift (found next: strict
        // decoding failed while lenient decoding kept no record of why).
        let session = Session::begin(Mode::Lenient);
        for _ in 0..3 * MAX_DRIFT_RECORDS {
            record(DriftKind::UnknownMember, "", String::new(), "Extra");
        }
        assert!(!record(DriftKind::Dropped, "list", "string".into(), "Tags"));
        let drift = session.finish("Response");
        assert_eq!(drift.len(), MAX_DRIFT_RECORDS + 1);
        assert_eq!(drift[MAX_DRIFT_RECORDS].path, "Response.Tags");
        // Nothing is left on the thread for the next session.
        let (_, drift) =
            decode_response::<Vec<u64>>(br#"{"Response":["1"]}"#, Mode::Lenient).unwrap();
        assert_eq!(drift.len(), 1);
        assert_eq!(drift[0].path, "Response[0]");
    }
}
