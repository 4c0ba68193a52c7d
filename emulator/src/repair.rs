//! Detection, classification and (only unambiguous) repair of the invalid
//! JSON found in the documentation examples.
//!
//! Upstream examples are hand-edited and machine-translated: lines lose their
//! trailing comma, translated string values lose their quotes, nested JSON
//! text is pasted without escaping. [`parse_json`] (alias [`parse_output`])
//! parses a text and, when it is not valid JSON, scans it with an
//! error-tolerant scanner that finds **every** defect, classifies it
//! ([`DefectKind`]) and decides:
//!
//! * only [`DefectKind::MissingComma`] (two members or elements on separate
//!   lines with no comma between them) and [`DefectKind::TrailingComma`] are
//!   repaired: the comma is inserted or removed, and the repaired text must
//!   then parse with `serde_json` ([`Repaired`]);
//! * anything else makes the text [`Unrepairable`], with the list of defects
//!   and `serde_json`'s parse error of the original text. Nothing is guessed.
//!
//! For texts whose only unrepairable defects are [`DefectKind::BareTextLine`]s
//! (a line of plain text where a value should be: a translated string that
//! lost its quotes, or a value that lost its key), [`Unrepairable::salvaged`]
//! offers an explicitly **lossy** reading that drops those lines and reports
//! them, for consumers that need something (the seed-page tests, an emulator
//! answering from examples). It is never counted as a repair.
//!
//! ```
//! use tencentcloud_emulator::repair::{parse_output, DefectKind};
//! let fixed = parse_output("{\n \"A\": 1\n \"B\": [2,]\n}").unwrap();
//! assert_eq!(fixed.value, serde_json::json!({"A": 1, "B": [2]}));
//! let kinds: Vec<_> = fixed.defects.iter().map(|d| d.kind).collect();
//! assert_eq!(kinds, [DefectKind::MissingComma, DefectKind::TrailingComma]);
//!
//! let broken = parse_output("{\n \"Tags\": [\n  \"a\",\nplain text\n ]\n}").unwrap_err();
//! assert_eq!(broken.defects[0].kind, DefectKind::BareTextLine);
//! let salvaged = broken.salvaged.unwrap();
//! assert_eq!(salvaged.value, serde_json::json!({"Tags": ["a"]}));
//! assert_eq!(salvaged.dropped_lines, [(4, "plain text".to_string())]);
//! ```

use serde_json::Value;
use std::fmt;

/// What is wrong at one place of an example text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DefectKind {
    /// Two members (or list elements) on separate lines without a comma
    /// between them. Repaired: the comma is inserted after the first.
    MissingComma,
    /// A comma before a closing `}` or `]`. Repaired: the comma is removed.
    TrailingComma,
    /// Two values on the same line without a comma: which tokens belong
    /// together is not certain. Unrepairable.
    MissingCommaSameLine,
    /// A line of plain text where a member or element should be (a
    /// translated string that lost its quotes, a value that lost its key).
    /// Unrepairable; [`Unrepairable::salvaged`] can drop it.
    BareTextLine,
    /// Unquoted text as a member's value (`"Name": some text`). Unrepairable.
    UnquotedValue,
    /// A string that ends early because it contains unescaped double quotes
    /// (typically nested JSON text pasted as is). Unrepairable.
    UnescapedQuotes,
    /// A `//` or `/* */` comment. Unrepairable.
    Comment,
    /// The text ends before the value is complete. Unrepairable.
    Truncated,
    /// More text after the complete value. Unrepairable.
    TrailingText,
    /// A raw line break or other control character inside a string.
    /// Unrepairable.
    ControlCharacterInString,
    /// A backslash escape JSON does not have (`\'`, `\x`). Unrepairable.
    InvalidEscape,
    /// A malformed number or literal (`01`, `+1`, `.5`, `NaN`, `True`).
    /// Unrepairable.
    InvalidLiteral,
    /// A member name without a following `:`. Unrepairable.
    MissingColon,
    /// A member name that is not a double-quoted string. Unrepairable.
    UnquotedKey,
    /// A comma with nothing before it (`[,` or `,,`). Unrepairable.
    ExtraComma,
    /// A `"name": value` member inside a list (`[` written for `{`).
    /// Unrepairable.
    MemberInList,
    /// A closing bracket that does not match the open one. Unrepairable.
    MismatchedBracket,
    /// The text is empty. Unrepairable.
    Empty,
    /// `serde_json` rejects the text but the scanner found nothing it knows
    /// (reported with the parser's message). Unrepairable.
    Other,
}

impl DefectKind {
    /// Whether the repair fixes it without guessing.
    pub fn repairable(self) -> bool {
        matches!(self, DefectKind::MissingComma | DefectKind::TrailingComma)
    }

    /// A short stable name (`missing-comma`), for tables and expectation files.
    pub fn name(self) -> &'static str {
        match self {
            DefectKind::MissingComma => "missing-comma",
            DefectKind::TrailingComma => "trailing-comma",
            DefectKind::MissingCommaSameLine => "missing-comma-same-line",
            DefectKind::BareTextLine => "bare-text-line",
            DefectKind::UnquotedValue => "unquoted-value",
            DefectKind::UnescapedQuotes => "unescaped-quotes",
            DefectKind::Comment => "comment",
            DefectKind::Truncated => "truncated",
            DefectKind::TrailingText => "trailing-text",
            DefectKind::ControlCharacterInString => "control-character-in-string",
            DefectKind::InvalidEscape => "invalid-escape",
            DefectKind::InvalidLiteral => "invalid-literal",
            DefectKind::MissingColon => "missing-colon",
            DefectKind::UnquotedKey => "unquoted-key",
            DefectKind::ExtraComma => "extra-comma",
            DefectKind::MemberInList => "member-in-list",
            DefectKind::MismatchedBracket => "mismatched-bracket",
            DefectKind::Empty => "empty",
            DefectKind::Other => "other",
        }
    }
}

impl fmt::Display for DefectKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One defect: what, where (1-based line and column, in characters), and the
/// text of that line (trimmed, shortened). A missing comma is reported where
/// the comma belongs (the end of the line that lacks it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Defect {
    /// What is wrong.
    pub kind: DefectKind,
    /// Line of the defect (1-based).
    pub line: usize,
    /// Column of the defect (1-based, in characters).
    pub column: usize,
    /// The line's text, trimmed and shortened to 80 characters.
    pub snippet: String,
}

impl fmt::Display for Defect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}: {}",
            self.kind, self.line, self.column, self.snippet
        )
    }
}

/// A text that is valid JSON, possibly after repair.
#[derive(Debug, Clone, PartialEq)]
pub struct Repaired {
    /// The parsed value.
    pub value: Value,
    /// The defects repaired (empty when the text was valid as it was).
    pub defects: Vec<Defect>,
    /// The text that parsed (the repaired one when `defects` is not empty).
    pub text: String,
}

impl Repaired {
    /// Whether a repair was needed.
    pub fn was_repaired(&self) -> bool {
        !self.defects.is_empty()
    }
}

/// A text that is not JSON and cannot be repaired without guessing.
#[derive(Debug, Clone, PartialEq)]
pub struct Unrepairable {
    /// Every defect found, repairable ones included, in text order.
    pub defects: Vec<Defect>,
    /// `serde_json`'s error for the original text.
    pub parse_error: String,
    /// A lossy reading, when every unrepairable defect is a bare text line:
    /// those lines dropped, the repairable defects repaired.
    pub salvaged: Option<Salvaged>,
}

impl Unrepairable {
    /// The defects that block the repair.
    pub fn blocking(&self) -> impl Iterator<Item = &Defect> {
        self.defects.iter().filter(|d| !d.kind.repairable())
    }
}

impl fmt::Display for Unrepairable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid JSON ({})", self.parse_error)?;
        for d in self.blocking() {
            write!(f, "; {d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Unrepairable {}

/// The lossy reading of an [`Unrepairable`] text.
#[derive(Debug, Clone, PartialEq)]
pub struct Salvaged {
    /// The value without the dropped lines.
    pub value: Value,
    /// The lines dropped: (1-based line number, trimmed text).
    pub dropped_lines: Vec<(usize, String)>,
}

/// Parse a response example (`{"Response": ...}`); see [`parse_json`].
pub fn parse_output(text: &str) -> Result<Repaired, Unrepairable> {
    parse_json(text)
}

/// Parse a JSON text; repair it if, and only if, every defect is repairable.
pub fn parse_json(text: &str) -> Result<Repaired, Unrepairable> {
    let original_error = match serde_json::from_str::<Value>(text) {
        Ok(value) => {
            return Ok(Repaired {
                value,
                defects: Vec::new(),
                text: text.to_string(),
            })
        }
        Err(e) => e.to_string(),
    };
    let scan = Scanner::scan(text);
    let mut defects = scan.defects;
    defects.sort_by_key(|d| (d.line, d.column));
    let repair_edits: Vec<Edit> = scan
        .edits
        .iter()
        .filter(|e| !e.salvage_only)
        .cloned()
        .collect();
    let blocking = defects.iter().any(|d| !d.kind.repairable());
    if !blocking && !defects.is_empty() {
        let fixed = apply(text, &repair_edits);
        match serde_json::from_str::<Value>(&fixed) {
            Ok(value) => {
                return Ok(Repaired {
                    value,
                    defects,
                    text: fixed,
                })
            }
            Err(e) => {
                // The scanner believed the repair complete; it was not. Report
                // rather than hide it.
                defects.push(other_defect(text, &e, "after repair"));
            }
        }
    }
    if defects.is_empty() {
        // serde_json rejects what the scanner accepts: report its message.
        let e = serde_json::from_str::<Value>(text).unwrap_err();
        defects.push(other_defect(text, &e, ""));
    }
    let salvage_possible = defects
        .iter()
        .all(|d| d.kind.repairable() || d.kind == DefectKind::BareTextLine);
    let salvaged = if salvage_possible {
        let fixed = apply(text, &scan.edits);
        serde_json::from_str::<Value>(&fixed)
            .ok()
            .map(|value| Salvaged {
                value,
                dropped_lines: scan.dropped_lines.clone(),
            })
    } else {
        None
    };
    Err(Unrepairable {
        defects,
        parse_error: original_error,
        salvaged,
    })
}

fn other_defect(text: &str, e: &serde_json::Error, note: &str) -> Defect {
    let line = e.line().max(1);
    let snippet = text.lines().nth(line - 1).unwrap_or("");
    let mut snippet = shorten(snippet.trim());
    if !note.is_empty() {
        snippet = format!("{snippet} ({note}: {e})");
    } else {
        snippet = format!("{snippet} ({e})");
    }
    Defect {
        kind: DefectKind::Other,
        line,
        column: e.column().max(1),
        snippet,
    }
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(80).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// A text edit: insert `insert` at `at`, after removing `remove` bytes there.
#[derive(Debug, Clone)]
struct Edit {
    at: usize,
    remove: usize,
    insert: &'static str,
    /// Part of the lossy salvage only, not of the repair.
    salvage_only: bool,
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut edits: Vec<&Edit> = edits.iter().collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.at));
    let mut out = text.to_string();
    for e in edits {
        let end = (e.at + e.remove).min(out.len());
        out.replace_range(e.at..end, e.insert);
    }
    out
}

/// An error-tolerant JSON scanner: finds every defect and records the edits
/// that repair (or salvage) the text. It never panics and always terminates:
/// every step consumes input or leaves the current container.
struct Scanner<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
    depth: usize,
    defects: Vec<Defect>,
    edits: Vec<Edit>,
    dropped_lines: Vec<(usize, String)>,
}

/// How a value ended, for deciding what a missing separator means.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ended {
    /// A complete value ending at this byte offset (exclusive).
    At(usize),
    /// The text ended inside the value.
    Eof,
}

/// What to do after a missing separator was handled.
enum Next {
    /// Leave the container (the text cannot be followed further).
    Abandon,
    /// Text was skipped: look at what follows.
    Skipped,
    /// Read the next member or element now.
    Read,
}

const MAX_DEPTH: usize = 256;

impl<'a> Scanner<'a> {
    fn scan(text: &'a str) -> Scanner<'a> {
        let mut sc = Scanner {
            s: text.as_bytes(),
            text,
            pos: 0,
            depth: 0,
            defects: Vec::new(),
            edits: Vec::new(),
            dropped_lines: Vec::new(),
        };
        sc.skip_ws();
        if sc.pos >= sc.s.len() {
            sc.defect_at(DefectKind::Empty, sc.pos);
            return sc;
        }
        if sc.value() == Ended::Eof {
            return sc;
        }
        sc.skip_ws();
        if sc.pos < sc.s.len() {
            sc.defect_at(DefectKind::TrailingText, sc.pos);
        }
        sc
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    /// 1-based line and column (in characters) of a byte offset.
    fn line_col(&self, at: usize) -> (usize, usize) {
        let at = at.min(self.s.len());
        let before = &self.text[..floor_char(self.text, at)];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }

    fn line_bounds(&self, at: usize) -> (usize, usize) {
        let at = at.min(self.s.len());
        let start = self.s[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = self.s[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.s.len(), |i| at + i);
        (start, end)
    }

    fn line_text(&self, at: usize) -> &'a str {
        let (start, end) = self.line_bounds(at);
        let text: &'a str = self.text;
        text.get(start..end).unwrap_or("").trim_end_matches('\r')
    }

    fn defect_at(&mut self, kind: DefectKind, at: usize) {
        let (line, column) = self.line_col(at);
        let snippet = shorten(self.line_text(at).trim());
        self.defects.push(Defect {
            kind,
            line,
            column,
            snippet,
        });
    }

    /// Whether only spaces precede `at` on its line.
    fn starts_line(&self, at: usize) -> bool {
        let (start, _) = self.line_bounds(at);
        self.s[start..at.min(self.s.len())]
            .iter()
            .all(|b| matches!(b, b' ' | b'\t' | b'\r'))
    }

    fn newline_between(&self, from: usize, to: usize) -> bool {
        self.s[from.min(self.s.len())..to.min(self.s.len())].contains(&b'\n')
    }

    /// Skip whitespace and comments (recording the comments).
    fn skip_ws(&mut self) {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.pos += 1,
                Some(b'/') if self.s.get(self.pos + 1) == Some(&b'/') => {
                    self.defect_at(DefectKind::Comment, self.pos);
                    let (_, end) = self.line_bounds(self.pos);
                    self.pos = end;
                }
                Some(b'/') if self.s.get(self.pos + 1) == Some(&b'*') => {
                    self.defect_at(DefectKind::Comment, self.pos);
                    match find(self.s, self.pos + 2, b"*/") {
                        Some(i) => self.pos = i + 2,
                        None => {
                            self.pos = self.s.len();
                            self.defect_at(DefectKind::Truncated, self.pos);
                        }
                    }
                }
                _ => return,
            }
        }
    }

    /// Drop the rest of the line at `self.pos` as bare text (recorded).
    fn bare_line(&mut self) {
        let at = self.pos;
        self.defect_at(DefectKind::BareTextLine, at);
        let (start, end) = self.line_bounds(at);
        let (line, _) = self.line_col(at);
        self.dropped_lines
            .push((line, self.line_text(at).trim().to_string()));
        // Remove the whole line including its line break.
        let remove_end = if end < self.s.len() { end + 1 } else { end };
        self.edits.push(Edit {
            at: start,
            remove: remove_end - start,
            insert: "",
            salvage_only: true,
        });
        self.pos = end;
    }

    /// Whether the text at `self.pos` is a JSON literal or number token
    /// followed by a delimiter (so a line starting with `null` or `12` is a
    /// value, while `no such thing` is text).
    fn token_looks_like_value(&self) -> bool {
        let Some(b) = self.peek() else { return false };
        match b {
            b'{' | b'[' | b'"' => true,
            b't' | b'f' | b'n' => {
                let rest = &self.s[self.pos..];
                let lit: &[u8] = if rest.starts_with(b"true") {
                    b"true"
                } else if rest.starts_with(b"false") {
                    b"false"
                } else if rest.starts_with(b"null") {
                    b"null"
                } else {
                    return false;
                };
                rest.get(lit.len()).is_none_or(|&c| is_delim(c))
            }
            b'-' | b'0'..=b'9' => {
                let end = self.s[self.pos..]
                    .iter()
                    .position(|&c| is_delim(c))
                    .map_or(self.s.len(), |i| self.pos + i);
                self.s[self.pos..end]
                    .iter()
                    .all(|c| matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
            }
            _ => false,
        }
    }

    fn value(&mut self) -> Ended {
        self.skip_ws();
        let Some(b) = self.peek() else {
            self.defect_at(DefectKind::Truncated, self.pos);
            return Ended::Eof;
        };
        match b {
            b'{' | b'[' if self.depth >= MAX_DEPTH => {
                self.defect_at(DefectKind::Other, self.pos);
                self.pos = self.s.len();
                Ended::Eof
            }
            b'{' => self.object(),
            b'[' => self.array(),
            b'"' => self.string(),
            _ if self.token_looks_like_value() => self.literal(),
            _ => {
                // Text that is no JSON value: up to the end of the line or the
                // next separator.
                self.defect_at(DefectKind::UnquotedValue, self.pos);
                let (_, end) = self.line_bounds(self.pos);
                let stop = self.s[self.pos..end]
                    .iter()
                    .position(|&c| matches!(c, b',' | b'}' | b']'))
                    .map_or(end, |i| self.pos + i);
                self.pos = stop.max(self.pos + 1).min(self.s.len());
                Ended::At(self.pos)
            }
        }
    }

    fn literal(&mut self) -> Ended {
        let start = self.pos;
        let end = self.s[start..]
            .iter()
            .position(|&c| is_delim(c))
            .map_or(self.s.len(), |i| start + i);
        let token = &self.text[start..end];
        if serde_json::from_str::<Value>(token).is_err() {
            self.defect_at(DefectKind::InvalidLiteral, start);
        }
        self.pos = end;
        Ended::At(end)
    }

    fn string(&mut self) -> Ended {
        let start = self.pos;
        self.pos += 1;
        let mut control_reported = false;
        while let Some(b) = self.peek() {
            match b {
                b'"' => {
                    self.pos += 1;
                    return Ended::At(self.pos);
                }
                b'\\' => {
                    match self.s.get(self.pos + 1) {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {}
                        Some(b'u')
                            if self
                                .s
                                .get(self.pos + 2..self.pos + 6)
                                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) => {}
                        None => break,
                        _ => self.defect_at(DefectKind::InvalidEscape, self.pos),
                    }
                    self.pos += 2;
                }
                0x00..=0x1f => {
                    if !control_reported {
                        self.defect_at(DefectKind::ControlCharacterInString, self.pos);
                        control_reported = true;
                    }
                    self.pos += 1;
                }
                _ => self.pos += 1,
            }
        }
        self.pos = self.s.len();
        self.defect_at(DefectKind::Truncated, start);
        Ended::Eof
    }

    /// After a value ended at `prev_end` and the next byte is neither a comma
    /// nor the closing bracket: decide what the missing separator means.
    fn missing_separator(&mut self, prev_end: usize, bare_since: bool, close: u8) -> Next {
        let here = self.pos;
        let b = self.s[here];
        if matches!(b, b'}' | b']') && b != close {
            self.defect_at(DefectKind::MismatchedBracket, here);
            return Next::Abandon;
        }
        if b == b':' && close == b']' {
            // `["Name": "x"]`: a member where an element should be. Read its
            // value as the next element.
            self.defect_at(DefectKind::MemberInList, here);
            self.pos += 1;
            return Next::Read;
        }
        if self.starts_line(here) && !self.token_looks_like_value() && b != b':' {
            // Plain text on its own line.
            self.bare_line();
            return Next::Skipped;
        }
        if self.newline_between(prev_end, here) {
            // A value on the next line: the comma is missing.
            if bare_since {
                // Consequence of a dropped bare line, not a defect of its own.
                self.edits.push(Edit {
                    at: prev_end,
                    remove: 0,
                    insert: ",",
                    salvage_only: true,
                });
            } else {
                self.defect_at(DefectKind::MissingComma, prev_end);
                self.edits.push(Edit {
                    at: prev_end,
                    remove: 0,
                    insert: ",",
                    salvage_only: false,
                });
            }
            return Next::Read;
        }
        // Same line. After a string, more text with quotes on the line means
        // the string contained unescaped quotes.
        let (_, line_end) = self.line_bounds(here);
        if self.s[prev_end - 1] == b'"'
            && self.s[here..line_end].contains(&b'"')
            && !self.token_looks_like_value()
        {
            self.defect_at(DefectKind::UnescapedQuotes, here);
            // Resume after the last quote of the line (where the intended
            // string most likely ends).
            let last_quote = self.s[here..line_end]
                .iter()
                .rposition(|&c| c == b'"')
                .map_or(line_end, |i| here + i + 1);
            self.pos = last_quote;
            return Next::Skipped;
        }
        if self.token_looks_like_value() {
            self.defect_at(DefectKind::MissingCommaSameLine, here);
            return Next::Read;
        }
        // Junk after a value on the same line.
        self.defect_at(DefectKind::TrailingText, here);
        let stop = self.s[here..line_end]
            .iter()
            .position(|&c| matches!(c, b',' | b'}' | b']'))
            .map_or(line_end, |i| here + i);
        self.pos = stop.max(here + 1);
        Next::Skipped
    }

    fn object(&mut self) -> Ended {
        self.depth += 1;
        let out = self.container(b'}');
        self.depth -= 1;
        out
    }

    fn array(&mut self) -> Ended {
        self.depth += 1;
        let out = self.container(b']');
        self.depth -= 1;
        out
    }

    /// An object (`close` = `}`) or array (`close` = `]`).
    fn container(&mut self, close: u8) -> Ended {
        let is_object = close == b'}';
        self.pos += 1; // the opening bracket
                       // End of the previous member/element when a separator is due.
        let mut prev_end: Option<usize> = None;
        // Offset of the last comma when the next member is due after it.
        let mut comma_at: Option<usize> = None;
        // Whether a bare line was dropped since the last value or comma.
        let mut bare_since = false;
        loop {
            self.skip_ws();
            let Some(b) = self.peek() else {
                self.defect_at(DefectKind::Truncated, self.pos);
                return Ended::Eof;
            };
            if b == close {
                if let Some(c) = comma_at {
                    if bare_since {
                        self.edits.push(Edit {
                            at: c,
                            remove: 1,
                            insert: "",
                            salvage_only: true,
                        });
                    } else {
                        self.defect_at(DefectKind::TrailingComma, c);
                        self.edits.push(Edit {
                            at: c,
                            remove: 1,
                            insert: "",
                            salvage_only: false,
                        });
                    }
                }
                self.pos += 1;
                return Ended::At(self.pos);
            }
            if b == b',' {
                if prev_end.is_none() {
                    if self.starts_line(self.pos) && comma_at.is_none() && bare_since {
                        // The comma that followed a dropped bare line.
                        self.edits.push(Edit {
                            at: self.pos,
                            remove: 1,
                            insert: "",
                            salvage_only: true,
                        });
                    } else {
                        self.defect_at(DefectKind::ExtraComma, self.pos);
                    }
                    self.pos += 1;
                    continue;
                }
                comma_at = Some(self.pos);
                prev_end = None;
                bare_since = false;
                self.pos += 1;
                continue;
            }
            if let Some(end) = prev_end {
                match self.missing_separator(end, bare_since, close) {
                    Next::Abandon => return Ended::Eof,
                    Next::Skipped => {
                        // Something was skipped (a bare line, junk): look again.
                        if self.defects.last().map(|d| d.kind) == Some(DefectKind::BareTextLine) {
                            bare_since = true;
                        }
                        continue;
                    }
                    // A comma was (virtually) inserted: read the next member.
                    Next::Read => {}
                }
            } else if matches!(b, b'}' | b']') {
                self.defect_at(DefectKind::MismatchedBracket, self.pos);
                return Ended::Eof;
            } else if self.starts_line(self.pos)
                && !self.token_looks_like_value()
                && !(is_object && self.looks_like_unquoted_key())
            {
                self.bare_line();
                bare_since = true;
                continue;
            }
            comma_at = None;
            let ended = if is_object {
                self.member()
            } else {
                self.value()
            };
            match ended {
                Ended::Eof => return Ended::Eof,
                Ended::At(end) => {
                    prev_end = Some(end);
                    bare_since = false;
                }
            }
        }
    }

    /// `Name: value` with an unquoted name.
    fn looks_like_unquoted_key(&self) -> bool {
        let (_, end) = self.line_bounds(self.pos);
        let rest = &self.s[self.pos..end];
        match rest.iter().position(|&c| c == b':') {
            Some(i) => rest[..i]
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || *c == b'_'),
            None => false,
        }
    }

    /// `"key": value` inside an object.
    fn member(&mut self) -> Ended {
        match self.peek() {
            Some(b'"') => {
                if self.string() == Ended::Eof {
                    return Ended::Eof;
                }
            }
            _ => {
                // An unquoted key, or junk.
                self.defect_at(DefectKind::UnquotedKey, self.pos);
                let (_, end) = self.line_bounds(self.pos);
                match self.s[self.pos..end].iter().position(|&c| c == b':') {
                    Some(i) => self.pos += i,
                    None => {
                        self.pos = end;
                        return Ended::At(end);
                    }
                }
            }
        }
        self.skip_ws();
        if self.peek() == Some(b':') {
            self.pos += 1;
        } else {
            self.defect_at(DefectKind::MissingColon, self.pos);
            if self.peek().is_none() {
                return Ended::Eof;
            }
        }
        self.value()
    }
}

fn is_delim(c: u8) -> bool {
    matches!(
        c,
        b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r' | b':' | b'/'
    )
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

fn floor_char(s: &str, mut at: usize) -> usize {
    while at > 0 && !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn kinds(defects: &[Defect]) -> Vec<DefectKind> {
        defects.iter().map(|d| d.kind).collect()
    }

    #[test]
    fn valid_json_is_returned_as_is() {
        let r = parse_json(r#"{"a": [1, 2.5, "x", true, null, {}]}"#).unwrap();
        assert!(!r.was_repaired());
        assert_eq!(r.value, json!({"a": [1, 2.5, "x", true, null, {}]}));
    }

    #[test]
    fn missing_comma_between_lines_is_repaired() {
        let text = "{\n    \"A\": \"x\"\n\"B\": 2\n}";
        let r = parse_json(text).unwrap();
        assert_eq!(r.value, json!({"A": "x", "B": 2}));
        assert_eq!(kinds(&r.defects), [DefectKind::MissingComma]);
        // Reported where the comma is missing: after the first member.
        assert_eq!((r.defects[0].line, r.defects[0].column), (2, 13));
        assert_eq!(r.defects[0].snippet, "\"A\": \"x\"");
    }

    #[test]
    fn missing_comma_between_elements_and_after_containers() {
        let text = "[\n {\"a\": 1}\n {\"a\": 2}\n [3]\n 4\n]";
        let r = parse_json(text).unwrap();
        assert_eq!(r.value, json!([{"a": 1}, {"a": 2}, [3], 4]));
        assert_eq!(kinds(&r.defects), [DefectKind::MissingComma; 3]);
    }

    #[test]
    fn trailing_commas_are_repaired() {
        let r = parse_json("{\"a\": [1, 2,], \"b\": {\"c\": 1,},\n}").unwrap();
        assert_eq!(r.value, json!({"a": [1, 2], "b": {"c": 1}}));
        assert_eq!(kinds(&r.defects), [DefectKind::TrailingComma; 3]);
    }

    #[test]
    fn same_line_missing_comma_is_not_guessed() {
        let e = parse_json("{\"a\": 1 \"b\": 2}").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::MissingCommaSameLine]);
        assert!(e.salvaged.is_none());
        assert!(e.parse_error.contains("line 1"), "{}", e.parse_error);
    }

    #[test]
    fn unescaped_quotes_in_nested_json_text() {
        let text = "{\n \"Value\": \"{\"k\": \"v\"}\",\n \"B\": 1\n}";
        let e = parse_json(text).unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::UnescapedQuotes]);
        assert_eq!(e.defects[0].line, 2);
    }

    #[test]
    fn comments_are_found_not_removed() {
        let e = parse_json("{\n \"a\": 1, // the a\n /* b */ \"b\": 2\n}").unwrap_err();
        assert_eq!(
            kinds(&e.defects),
            [DefectKind::Comment, DefectKind::Comment]
        );
    }

    #[test]
    fn truncation() {
        let e = parse_json("{\"Response\": {\"List\": [1, 2").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::Truncated]);
        let e = parse_json("{\"a\": \"unfinished").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::Truncated]);
        let e = parse_json("   ").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::Empty]);
    }

    #[test]
    fn bare_text_lines_are_unrepairable_but_salvageable() {
        // A translated list element that lost its quotes, after a comma.
        let text = "{\n \"Tags\": [\n  \"a\",\n  \"b\",\nSteal user information, and more.\n ],\n \"N\": 1\n}";
        let e = parse_json(text).unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::BareTextLine]);
        assert_eq!(e.defects[0].line, 5);
        let s = e.salvaged.unwrap();
        assert_eq!(s.value, json!({"Tags": ["a", "b"], "N": 1}));
        assert_eq!(
            s.dropped_lines,
            [(5, "Steal user information, and more.".to_string())]
        );
    }

    #[test]
    fn bare_text_line_that_lost_its_key() {
        let text = "{\n \"L\": [\n  {\nAdded support for X. Time: 2024-08-05 00:00:00.\n\"Title\": \"T\"\n   \"Type\": 0\n  }\n ]\n}";
        let e = parse_json(text).unwrap_err();
        assert_eq!(
            kinds(&e.defects),
            [DefectKind::BareTextLine, DefectKind::MissingComma]
        );
        let s = e.salvaged.unwrap();
        assert_eq!(s.value, json!({"L": [{"Title": "T", "Type": 0}]}));
    }

    #[test]
    fn several_bare_lines_in_a_list() {
        let text =
            "{\n \"List\": [\nCommand injection\nfastjson command execution\n ],\n \"R\": \"x\"\n}";
        let e = parse_json(text).unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::BareTextLine; 2]);
        assert_eq!(e.salvaged.unwrap().value, json!({"List": [], "R": "x"}));
    }

    #[test]
    fn unquoted_values_keys_and_bad_literals() {
        let e = parse_json("{\"a\": some text, \"b\": 1}").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::UnquotedValue]);
        let e = parse_json("{\n  a: 1\n}").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::UnquotedKey]);
        let e = parse_json("{\"a\": 01, \"b\": True, \"c\": NaN}").unwrap_err();
        assert_eq!(
            kinds(&e.defects),
            [
                DefectKind::InvalidLiteral,
                DefectKind::UnquotedValue,
                DefectKind::UnquotedValue
            ]
        );
        let e = parse_json("{\"a\": \"x\\'y\"}").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::InvalidEscape]);
        let e = parse_json("{\"a\": \"line\nbreak\"}").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::ControlCharacterInString]);
        let e = parse_json("{\"a\" 1}").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::MissingColon]);
    }

    #[test]
    fn trailing_text_extra_commas_and_brackets() {
        let e = parse_json("{\"a\": 1}\nthanks").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::TrailingText]);
        let e = parse_json("[1,,2]").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::ExtraComma]);
        let e = parse_json("{\"a\": [1, 2}").unwrap_err();
        assert_eq!(kinds(&e.defects), [DefectKind::MismatchedBracket]);
        let e = parse_json("{\"Filters\": [\"Name\": \"Ip\", \"Values\": [\"1\"]}").unwrap_err();
        assert_eq!(
            kinds(&e.defects),
            [
                DefectKind::MemberInList,
                DefectKind::MemberInList,
                DefectKind::MismatchedBracket
            ]
        );
    }

    #[test]
    fn a_mixed_text_lists_every_defect_and_repairs_nothing() {
        let text = "{\n \"a\": 1\n\"b\": [1,],\n \"c\": x\n}";
        let e = parse_json(text).unwrap_err();
        assert_eq!(
            kinds(&e.defects),
            [
                DefectKind::MissingComma,
                DefectKind::TrailingComma,
                DefectKind::UnquotedValue
            ]
        );
        assert_eq!(e.blocking().count(), 1);
        assert!(e.salvaged.is_none());
    }

    #[test]
    fn never_panics_on_arbitrary_prefixes_and_bytes() {
        let text =
            "{\n \"a\": [1, {\"b\": \"c\\u00e9\"}]\n\"d\": /* x */ 2,\n\"é\": \"ü\"\nbare line\n}";
        for end in 0..=text.len() {
            if text.is_char_boundary(end) {
                let _ = parse_json(&text[..end]);
            }
        }
        for junk in [
            "\"", "\\", "{", "[", "]", "}", ",", ":", "{\"a\"", "[\n,", "/*", "{\"a\":}",
        ] {
            let _ = parse_json(junk);
        }
    }
}
