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

thread_local! {
    static ACTIVE: Cell<Option<Mode>> = const { Cell::new(None) };
    /// Number of records in the active session (0 outside sessions).
    static COUNT: Cell<usize> = const { Cell::new(0) };
    static RECORDS: RefCell<Vec<Drift>> = const { RefCell::new(Vec::new()) };
}

/// An active recording scope on this thread. Create it with
/// [`Session::begin`], decode, then [`Session::finish`] to collect the drift.
#[must_use = "a session records until finished"]
pub struct Session {
    previous: Option<Mode>,
    saved: Option<Vec<Drift>>,
    saved_count: usize,
    finished: bool,
}

impl Session {
    /// Start recording on this thread in `mode`.
    pub fn begin(mode: Mode) -> Session {
        let previous = ACTIVE.with(|a| a.replace(Some(mode)));
        let saved_count = COUNT.with(|c| c.replace(0));
        let saved = RECORDS.with(|r| std::mem::take(&mut *r.borrow_mut()));
        Session {
            previous,
            saved: Some(saved),
            saved_count,
            finished: false,
        }
    }

    /// Prefix every path with `root` and return the records.
    pub fn finish(mut self, root: &str) -> Vec<Drift> {
        prepend_since(0, root);
        self.finished = true;
        let out = RECORDS.with(|r| std::mem::take(&mut *r.borrow_mut()));
        self.restore();
        out
    }

    fn restore(&mut self) {
        ACTIVE.with(|a| a.set(self.previous));
        COUNT.with(|c| c.set(self.saved_count));
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
    match ACTIVE.with(|a| a.get()) {
        Some(mode) => {
            RECORDS.with(|r| {
                r.borrow_mut().push(Drift {
                    path: leaf.to_string(),
                    kind,
                    expected,
                    found,
                })
            });
            COUNT.with(|c| c.set(c.get() + 1));
            mode == Mode::Strict && kind != DriftKind::UnknownMember
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
