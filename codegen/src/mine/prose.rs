//! Reading the values of one member out of its doc.
//!
//! The docs spell enumerations in a handful of ways; each has an extractor:
//!
//! * **items**: `KEY: description` or `KEY - description`, one per line, per
//!   `<li>`, or separated by `;`, `,` or `|` (`0: pending; 1: scanning`,
//!   `DEAL_NONE: File pending`, `[0: no|1: yes]`);
//! * **value lists** after an explicit intro (`Valid values: `a`, `b``,
//!   `Values: NORMAL (general node), SUPER (super node)`, one per line);
//! * **alternatives** in brackets (`[ASC|DESC]`);
//! * **code lists** after any colon when every value looks like code
//!   (`Risk Level: RISK_CRITICAL, RISK_HIGH, ..., and RISK_NOTICE`).
//!
//! A doc is accepted only when what the extractors find agrees: two
//! different value sets, a line inside a list that is not an item, a filter
//! list (`HostId - String - required: no`), numeric values without a
//! description, or fewer than two values all reject it. A wrong enum costs
//! more than a missing one (a missing one is just a `String`).
//!
//! Three checks guard against lists that are whole in form but not in
//! content:
//!
//! * items whose descriptions are only code (`Linux: `EXT3`; Windows:
//!   `NTFS``) are the `description: VALUE` form: rejected;
//! * an integer list must hold every `N means|indicates|represents ...` of
//!   the doc: a missing `N` that starts an item of its own is added, else the
//!   doc is rejected;
//! * a stop key that is also a common value (`input`, `output`, `http`,
//!   `https`, `default`, `limit`) written as an item at a line start before
//!   or among the items is a value when one such key equals the member's
//!   example, else the doc is rejected.

/// Values found in one doc.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The text before the values, cleaned (`Risk Level`), for the enum doc.
    pub lead: String,
    /// Values in documented order: wire text and description.
    pub values: Vec<(String, String)>,
    /// The extractor that found them.
    pub pattern: Pattern,
}

/// Which extractor found the values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pattern {
    /// `KEY: description` items.
    Items,
    /// A list after `Valid values:` and the like.
    ValueList,
    /// `[A|B|C]`.
    Alternatives,
    /// A list of code-like values after a colon.
    CodeList,
    /// `[0 Pending; 1 Processed]`: numbers and descriptions without colons.
    Numbered,
}

impl Pattern {
    /// Short name for reports.
    pub fn label(self) -> &'static str {
        match self {
            Pattern::Items => "items",
            Pattern::ValueList => "value list",
            Pattern::Alternatives => "[a|b]",
            Pattern::CodeList => "code list",
            Pattern::Numbered => "numbered",
        }
    }
}

/// Why a doc that looked like an enumeration was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reject {
    /// Nothing enum-like.
    NoValues,
    /// Only one value.
    OneValue,
    /// Extractors (or two lists) disagree on the values.
    Ambiguous,
    /// A line between items that is not an item (a garbled value).
    Garbled,
    /// A filter-name list (`Name - Type - required: ...`).
    FilterList,
    /// Numeric values without the descriptions needed to name them.
    NoDescription,
    /// The same value twice.
    Duplicate,
    /// The doc describes a format (JSON, bits, a quantity with a unit), so
    /// the "values" are parts of it.
    Format,
    /// The member holds several values joined by a separator.
    Joined,
    /// A single (non-list) member with a plural name: several values joined,
    /// or a quantity (`PasswordLockDays`).
    PluralName,
    /// An identifier, URL or content member (`EntityId`, `ImageBase64`).
    Identifier,
    /// Items whose descriptions are only code (`Linux: `EXT3``): the keys
    /// are headings and the values sit in the descriptions.
    Reversed,
    /// An integer the doc describes (`2 indicates an exception`) is not in
    /// the list and cannot be added to it (`Gpu=100 indicates ...`).
    MissingNumber,
    /// A stop key written as an item (`input: starting node`) before or
    /// among the items, which the member's example does not confirm as a
    /// value.
    StopKeyItem,
}

impl Reject {
    /// Short name for reports.
    pub fn label(self) -> &'static str {
        match self {
            Reject::NoValues => "no values",
            Reject::OneValue => "one value",
            Reject::Ambiguous => "ambiguous",
            Reject::Garbled => "garbled line",
            Reject::FilterList => "filter list",
            Reject::NoDescription => "numbers without descriptions",
            Reject::Duplicate => "duplicate value",
            Reject::Format => "a format, not values",
            Reject::Joined => "joined values",
            Reject::PluralName => "plural name",
            Reject::Identifier => "identifier member",
            Reject::Reversed => "description: `VALUE` items",
            Reject::MissingNumber => "a described number missing",
            Reject::StopKeyItem => "stop key as an item",
        }
    }
}

/// Find the values documented in `doc` for a member whose wire type is an
/// integer (`integer`) or a string, without the member's example.
pub fn extract(doc: &str, integer: bool) -> Result<Found, Reject> {
    extract_member(doc, integer, None)
}

/// [`extract`] for a member whose `example` field is known: a stop key
/// written as an item (`input: starting node`) is a value when it equals
/// the example.
pub fn extract_member(doc: &str, integer: bool, example: Option<&str>) -> Result<Found, Reject> {
    let text = normalize(doc);
    let t: Vec<char> = text.chars().collect();
    let mut found: Vec<(usize, Found)> = Vec::new(); // (start, found)
    let mut worst = Reject::NoValues;
    let mut note = |r: Reject| worst = worst.max(r);
    let masked = example_spans(&t);
    let in_example = |i: usize| masked.iter().any(|&(a, b)| a <= i && i < b);

    let mut markers = markers(&t);
    markers.retain(|m| !in_example(m.start));
    if !integer {
        stop_key_items(&t, &mut markers, example)?;
    }
    for class in [Class::Int, Class::Sym] {
        if class == Class::Sym && integer {
            continue;
        }
        for run in runs(&t, &markers, class) {
            let checked = check_items(&t, &run, class);
            if let Ok((_, values)) = &checked {
                if values.iter().all(|(_, d)| only_code(d)) {
                    return Err(Reject::Reversed);
                }
            }
            match checked {
                Ok((start, values)) => found.push((
                    start,
                    Found {
                        lead: String::new(),
                        values,
                        pattern: Pattern::Items,
                    },
                )),
                Err(r) => note(r),
            }
        }
    }
    for (start, values) in numbered(&t) {
        if in_example(start) {
            continue;
        }
        found.push((
            start,
            Found {
                lead: String::new(),
                values,
                pattern: Pattern::Numbered,
            },
        ));
    }
    for (start, items, pattern) in lists(&t) {
        if in_example(start) {
            continue;
        }
        match check_list(items, integer) {
            Ok(values) => found.push((
                start,
                Found {
                    lead: String::new(),
                    values,
                    pattern,
                },
            )),
            Err(r) => note(r),
        }
    }
    if found.is_empty() {
        return Err(worst);
    }
    // A broken list next to a good one: the doc is not trustworthy.
    if matches!(
        worst,
        Reject::Garbled | Reject::FilterList | Reject::Duplicate
    ) {
        return Err(Reject::Ambiguous);
    }
    if let Some(r) = describes_no_values(&text, integer, &found[0].1.values) {
        return Err(r);
    }
    // Every extractor that fired must agree on the value set.
    let set = |f: &Found| {
        let mut s: Vec<String> = f
            .values
            .iter()
            .map(|(v, _)| canonical(v, integer))
            .collect();
        s.sort();
        s
    };
    let first = set(&found[0].1);
    if found.iter().any(|(_, f)| set(f) != first) {
        return Err(Reject::Ambiguous);
    }
    // The most specific extractor wins; fill missing descriptions from others.
    found.sort_by_key(|(start, f)| (f.pattern, *start));
    let (start, mut best) = found[0].clone();
    for (_, other) in &found[1..] {
        for (value, desc) in best.values.iter_mut() {
            if desc.is_empty() {
                if let Some((_, d)) = other
                    .values
                    .iter()
                    .find(|(v, _)| canonical(v, integer) == canonical(value, integer))
                {
                    desc.clone_from(d);
                }
            }
        }
    }
    // The enum doc ends before the first value, added ones included.
    let start =
        described_numbers(&t, &in_example, &mut best.values)?.map_or(start, |s| s.min(start));
    if integer {
        for (v, _) in best.values.iter_mut() {
            *v = canonical(v, true);
        }
    }
    best.lead = clean_lead(&t[..start]);
    Ok(best)
}

/// Stop keys that are also common values: written as an item at the start
/// of a line (or `<li>`), right before or among the items, they may be the
/// first value of the list (`<li>input: starting node</li><li>output: ...`).
const VALUE_STOP_KEYS: &[&str] = &["input", "output", "http", "https", "default", "limit"];

/// Stop keys of [`VALUE_STOP_KEYS`] in item form before or among the items:
/// values when one of them is the member's example (the example shows that
/// the doc lists them as values), else the doc is rejected, since the list
/// would lose them. A stop key after the last item (`Default: ASC`) ends
/// the list as before.
fn stop_key_items(t: &[char], markers: &mut [Marker], example: Option<&str>) -> Result<(), Reject> {
    let line_start = |i: usize| {
        let mut k = i;
        while k > 0 && matches!(t[k - 1], ' ' | '-' | '*' | '•') {
            k -= 1;
        }
        k == 0 || t[k - 1] == '\n'
    };
    // From the end, so that a stop key followed by another one in item form
    // (`http: ...`, `https: ...`, `http2: ...`) is seen to precede an item.
    let mut item = vec![false; markers.len()];
    let mut items = Vec::new();
    for k in (0..markers.len()).rev() {
        let m = &markers[k];
        if m.class != Class::Stop
            || m.weak
            || !VALUE_STOP_KEYS.contains(&m.key.to_ascii_lowercase().as_str())
            || !line_start(m.start)
        {
            continue;
        }
        let Some(next) = markers.get(k + 1) else {
            continue;
        };
        let desc: String = t[m.desc..next.start].iter().collect();
        let item_follows = (next.class == Class::Sym || item[k + 1]) && line_start(next.start);
        if item_follows && desc.chars().any(char::is_alphanumeric) {
            item[k] = true;
            items.push(k);
        }
    }
    if items.is_empty() {
        return Ok(());
    }
    let example = example.map(|e| e.trim().trim_matches(['"', '`', '\'']));
    if !items
        .iter()
        .any(|&k| Some(markers[k].key.as_str()) == example)
    {
        return Err(Reject::StopKeyItem);
    }
    for k in items {
        markers[k].class = Class::Sym;
    }
    Ok(())
}

/// A description that is nothing but code in backquotes (`` `EXT3` (default)
/// and `EXT4` ``, `` `0xcc9900` ``): the item is written `description:
/// VALUE`.
fn only_code(desc: &str) -> bool {
    let mut rest = String::new();
    let mut code = 0;
    let mut depth = 0i32;
    let mut quoted = false;
    for c in desc.chars() {
        match c {
            '`' => {
                if quoted {
                    code += 1;
                }
                quoted = !quoted;
            }
            _ if quoted => {}
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth > 0 => {}
            c => rest.push(c),
        }
    }
    code > 0
        && rest
            .split(|c: char| !c.is_alphanumeric())
            .all(|w| w.is_empty() || w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or"))
}

/// Integer lists must hold every number the doc describes with `N means`,
/// `N indicates` or `N represents` (outside examples): one that is missing
/// (`0 indicates querying, 1 indicates success. 2 indicates an exception`)
/// is added with its description when it starts an item of its own,
/// otherwise (`Gpu=100 indicates ...`) the doc is rejected. Returns where
/// the first added number starts.
fn described_numbers(
    t: &[char],
    in_example: &dyn Fn(usize) -> bool,
    values: &mut Vec<(String, String)>,
) -> Result<Option<usize>, Reject> {
    let mut first = None;
    if !values.iter().all(|(v, _)| parse_int(v).is_some()) {
        return Ok(first);
    }
    const VERBS: &[&str] = &["means ", "indicates ", "represents "];
    let mut i = 0;
    while i < t.len() {
        let start = i;
        let mut j = i;
        if t[j] == '-' {
            j += 1;
        }
        let digits = j;
        while j < t.len() && t[j].is_ascii_digit() {
            j += 1;
        }
        let number = j > digits
            && (start == 0
                || !(t[start - 1].is_alphanumeric() || matches!(t[start - 1], '.' | '-' | '_')))
            && t.get(j) == Some(&' ');
        if !number {
            i = j.max(i + 1);
            continue;
        }
        let after: String = t[j + 1..t.len().min(j + 12)].iter().collect();
        let Some(verb) = VERBS.iter().find(|v| after.starts_with(*v)) else {
            i = j;
            continue;
        };
        i = j;
        if in_example(start) {
            continue;
        }
        let key: String = t[start..j].iter().collect();
        let Some(n) = parse_int(&key) else {
            continue;
        };
        if values.iter().any(|(v, _)| parse_int(v) == Some(n)) {
            continue;
        }
        // The description: up to the end of its clause.
        let from = j + 1;
        let mut depth = 0i32;
        let mut end = t.len();
        for (k, &c) in t.iter().enumerate().skip(from) {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' if depth == 0 => {
                    end = k;
                    break;
                }
                ')' | ']' => depth -= 1,
                ',' | ';' | '\n' if depth == 0 => {
                    end = k;
                    break;
                }
                '.' if depth == 0 && matches!(t.get(k + 1), None | Some(' ' | '\n')) => {
                    end = k;
                    break;
                }
                _ => {}
            }
        }
        let desc = tidy(&t[from..end].iter().collect::<String>());
        let own_item = boundary(t, start) == Some(false);
        if !own_item || desc.len() <= verb.len() {
            return Err(Reject::MissingNumber);
        }
        // In documented order when the list is sorted, else at the end.
        let sorted = values
            .windows(2)
            .all(|w| parse_int(&w[0].0) < parse_int(&w[1].0));
        let at = if sorted {
            values
                .iter()
                .position(|(v, _)| parse_int(v).is_some_and(|v| v > n))
                .unwrap_or(values.len())
        } else {
            values.len()
        };
        values.insert(at, (key, desc));
        first.get_or_insert(start);
    }
    Ok(first)
}

/// Docs whose "values" are not values of the member: a JSON or bit-field
/// format, a quantity with a unit, several values joined in one string.
fn describes_no_values(text: &str, integer: bool, values: &[(String, String)]) -> Option<Reject> {
    fn words(s: &str) -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }
    let lower = text.to_lowercase();
    let doc_words = words(text);
    // Words of the values themselves (`1: JSON`, `0: 32 bit`) do not count.
    let value_words: Vec<String> = values
        .iter()
        .flat_map(|(v, d)| words(v).into_iter().chain(words(d)))
        .collect();
    let has = |w: &str| doc_words.iter().any(|x| x == w) && !value_words.iter().any(|x| x == w);
    let any = |ws: &[&str]| ws.iter().any(|w| has(w));
    if any(&["json", "bit", "bits", "bitmask", "bitwise", "binary"]) {
        return Some(Reject::Format);
    }
    // `${BATCH_JOB_ID}`: placeholders of a template, not values.
    if values
        .iter()
        .any(|(v, _)| v.contains('{') || v.contains('}') || v.contains('$'))
    {
        return Some(Reject::Format);
    }
    if integer && (lower.contains("unit:") || lower.contains("(unit") || lower.contains("unit is"))
    {
        return Some(Reject::Format);
    }
    if any(&[
        "separated",
        "separate",
        "separator",
        "separators",
        "comma",
        "commas",
        "semicolon",
        "semicolons",
        "concatenated",
        "delimited",
    ]) || lower.contains("multiple values")
    {
        return Some(Reject::Joined);
    }
    None
}

/// Spans of example text (`e.g. ...`, `such as ...`, `Example: ...`), up to
/// the end of the sentence, line or parenthesis: values there are samples.
fn example_spans(t: &[char]) -> Vec<(usize, usize)> {
    const INTROS: &[&str] = &[
        "for example",
        "example:",
        "examples:",
        "example value",
        "e.g.",
        "e.g,",
        "eg:",
        "such as",
        "for instance",
        "sample:",
        // Notes describe something else (`Note: BizType 0: log topic`).
        "note:",
        "notes:",
        "note that",
    ];
    let lower: Vec<char> = t.iter().map(|c| c.to_ascii_lowercase()).collect();
    let mut spans = Vec::new();
    for i in 0..lower.len() {
        if i > 0 && lower[i - 1].is_alphanumeric() {
            continue;
        }
        let Some(intro) = INTROS.iter().find(|p| {
            let p: Vec<char> = p.chars().collect();
            lower.len() >= i + p.len() && lower[i..i + p.len()] == p[..]
        }) else {
            continue;
        };
        let start = i + intro.chars().count();
        let mut depth = 0i32;
        let mut end = t.len();
        for (k, &c) in t.iter().enumerate().skip(start) {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => {
                    end = k;
                    break;
                }
                ')' | ']' | '}' => depth -= 1,
                '\n' => {
                    end = k;
                    break;
                }
                '.' if depth == 0 && matches!(t.get(k + 1), None | Some(' ')) => {
                    end = k;
                    break;
                }
                _ => {}
            }
        }
        spans.push((i, end));
    }
    spans
}

/// `-?[0-9]+` that fits an `i64`.
pub fn parse_int(s: &str) -> Option<i64> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The comparable form of a value (integers without leading zeros).
fn canonical(v: &str, integer: bool) -> String {
    match (integer, parse_int(v)) {
        (true, Some(n)) => n.to_string(),
        _ => v.to_string(),
    }
}

// ---------------------------------------------------------------------------
// Normalisation

/// HTML-ish doc to plain text: block tags become line breaks, inline tags
/// vanish, entities and full-width punctuation are decoded. Text in angle
/// brackets that is not a known tag (`<Common request parameters>`) stays.
pub fn normalize(doc: &str) -> String {
    const BLOCK: &[&str] = &[
        "li", "br", "p", "ul", "ol", "div", "tr", "table", "tbody", "thead", "h1", "h2", "h3",
        "h4", "h5", "h6", "pre", "dl", "dt", "dd",
    ];
    const INLINE: &[&str] = &[
        "b", "strong", "i", "em", "code", "a", "span", "font", "u", "sup", "sub", "td", "th", "s",
    ];
    let mut out = String::with_capacity(doc.len());
    let mut rest = doc;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        let Some(close) = tail.find('>') else {
            out.push_str(tail);
            rest = "";
            break;
        };
        let inner = tail[1..close].trim();
        let name = inner
            .trim_start_matches('/')
            .trim_end_matches('/')
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if BLOCK.contains(&name.as_str()) {
            out.push('\n');
        } else if INLINE.contains(&name.as_str()) {
            if name == "td" || name == "th" {
                out.push(' ');
            }
        } else {
            out.push_str(&tail[..=close]);
        }
        rest = &tail[close + 1..];
    }
    out.push_str(rest);
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    out.chars()
        .filter(|&c| c != '\r')
        .map(|c| match c {
            '：' => ':',
            '；' => ';',
            '，' | '、' => ',',
            '（' => '(',
            '）' => ')',
            '“' | '”' => '"',
            '‘' | '’' => '\'',
            '\t' | '\u{a0}' | '\u{3000}' => ' ',
            '–' | '—' => '-',
            c => c,
        })
        .collect()
}

// ---------------------------------------------------------------------------
// `KEY: description` items

/// How a marker's key reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// An integer (`0`, `-1`).
    Int,
    /// A symbol (`RISK_CRITICAL`, `kube-router`, `` `on` ``).
    Sym,
    /// Prose that ends a list (`Note`, `Default value`, `1-30`, `other`).
    Stop,
}

/// Keys that are prose, not values: they end the item before them.
const STOP_KEYS: &[&str] = &[
    "note",
    "notes",
    "unit",
    "units",
    "default",
    "defaults",
    "example",
    "examples",
    "e.g",
    "e.g.",
    "eg",
    "i.e",
    "i.e.",
    "ie",
    "format",
    "range",
    "maximum",
    "minimum",
    "max",
    "min",
    "description",
    "remark",
    "remarks",
    "tip",
    "tips",
    "warning",
    "attention",
    "caution",
    "important",
    "value",
    "values",
    "option",
    "options",
    "http",
    "https",
    "ftp",
    "input",
    "output",
    "length",
    "limit",
    "limits",
    "otherwise",
    "else",
    "rest",
    "required",
    "optional",
    "see",
    "reference",
    "details",
    "explanation",
    "meaning",
    "usage",
    "scenario",
    "scenarios",
    "constraint",
    "constraints",
    "restriction",
    "restrictions",
    "returns",
    "return",
    "where",
    "when",
    "if",
    "and",
    "or",
];

#[derive(Debug, Clone)]
struct Marker {
    /// First char of the key (its opening quote, if quoted).
    start: usize,
    /// The key without quotes.
    key: String,
    class: Class,
    /// First char after the separator.
    desc: usize,
    /// Only whitespace before it (inside a sentence).
    weak: bool,
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')
}

fn is_quote(c: char) -> bool {
    matches!(c, '`' | '"' | '\'')
}

/// Whether a key may start at `i`: `Some(weak)`, `None` if not.
fn boundary(t: &[char], i: usize) -> Option<bool> {
    let mut j = i;
    while j > 0 && t[j - 1] == ' ' {
        j -= 1;
    }
    if j == 0 {
        return Some(false);
    }
    let spaced = j < i;
    let c = t[j - 1];
    match c {
        '\n' | ';' | ',' | '|' | '(' | '[' | '{' | ':' | '。' => Some(false),
        '.' if spaced => Some(false),
        '-' | '*' | '•' if spaced => {
            // A bullet at the start of a line.
            let mut k = j - 1;
            while k > 0 && t[k - 1] == ' ' {
                k -= 1;
            }
            if k == 0 || t[k - 1] == '\n' {
                Some(false)
            } else {
                Some(true)
            }
        }
        _ if spaced => {
            // `..., and KEY:` / `; or KEY:`
            let mut k = j;
            while k > 0 && t[k - 1].is_ascii_alphabetic() {
                k -= 1;
            }
            let word: String = t[k..j].iter().collect::<String>().to_ascii_lowercase();
            if (word == "and" || word == "or") && k > 0 && t[k - 1] == ' ' {
                if let Some(false) = boundary(t, k) {
                    return Some(false);
                }
            }
            Some(true)
        }
        _ => None,
    }
}

/// Parse a key at `i`: (key, end index, quoted).
fn key_at(t: &[char], i: usize) -> Option<(String, usize, bool)> {
    let c = *t.get(i)?;
    if is_quote(c) {
        let mut j = i + 1;
        while j < t.len() && j - i <= 65 && t[j] != c && !t[j].is_whitespace() {
            j += 1;
        }
        if j >= t.len() || t[j] != c || j == i + 1 {
            return None;
        }
        let key: String = t[i + 1..j].iter().collect();
        return Some((key, j + 1, true));
    }
    let starts =
        c.is_ascii_alphanumeric() || (c == '-' && t.get(i + 1).is_some_and(|d| d.is_ascii_digit()));
    if !starts {
        return None;
    }
    let mut j = i + 1;
    while j < t.len() && is_key_char(t[j]) {
        j += 1;
    }
    if j - i > 64 {
        return None;
    }
    Some((t[i..j].iter().collect(), j, false))
}

/// Parse a separator after a key at `j`: the description's start.
fn separator_at(t: &[char], j: usize) -> Option<usize> {
    let mut m = j;
    while m < t.len() && t[m] == ' ' {
        m += 1;
    }
    let next = |k: usize| t.get(k).copied();
    match next(m) {
        Some(':') => {
            // `15:04`, `https://` and `::` are not separators.
            match next(m + 1) {
                Some(d) if d.is_ascii_digit() || d == '/' || d == ':' || d == '=' => None,
                _ => Some(m + 1),
            }
        }
        Some('-') if m > j && next(m + 1) == Some(' ') => {
            // `1 - web-cms vulnerabilities`, not `2 - 3 hours`.
            let mut k = m + 1;
            while next(k) == Some(' ') {
                k += 1;
            }
            match next(k) {
                Some(d) if d.is_ascii_digit() => None,
                None | Some('\n') => None,
                _ => Some(m + 1),
            }
        }
        _ => None,
    }
}

fn classify(key: &str, quoted: bool) -> Class {
    if parse_int(key).is_some() {
        return Class::Int;
    }
    let lower = key.to_ascii_lowercase();
    // `other: created` leaves the set open; `Other: Hybrid cloud` is a value.
    let open_ended = matches!(key, "other" | "others");
    if !quoted && (open_ended || STOP_KEYS.contains(&lower.trim_end_matches('.'))) {
        return Class::Stop;
    }
    if !quoted && !key.starts_with(|c: char| c.is_ascii_alphabetic()) {
        // `1-30`, `2.5`, `-`: ranges and numbers, not values.
        return Class::Stop;
    }
    if key.ends_with('.') || key.ends_with('-') {
        return Class::Stop;
    }
    Class::Sym
}

/// Every `KEY:` marker in the text, in order.
fn markers(t: &[char]) -> Vec<Marker> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let Some(weak) = boundary(t, i) else {
            i += 1;
            continue;
        };
        let Some((key, end, quoted)) = key_at(t, i) else {
            i += 1;
            continue;
        };
        let Some(desc) = separator_at(t, end) else {
            i += 1;
            continue;
        };
        let class = classify(&key, quoted);
        // Inside a sentence only numbers (`pending 1: defended`), quoted
        // keys (`unhandled "EVENT_UNDEAL": ...`) and prose stops count.
        if weak && class == Class::Sym && !quoted {
            i += 1;
            continue;
        }
        out.push(Marker {
            start: i,
            key,
            class,
            desc,
            weak,
        });
        i = desc;
    }
    out
}

/// Candidate runs of markers of one class: consecutive markers of `class`
/// not interrupted by a stop marker. Each comes with the end of its
/// description: the next marker of any class.
fn runs(t: &[char], markers: &[Marker], class: Class) -> Vec<Vec<(Marker, usize)>> {
    let mut runs: Vec<Vec<(Marker, usize)>> = Vec::new();
    let mut current: Vec<(Marker, usize)> = Vec::new();
    for (k, m) in markers.iter().enumerate() {
        if m.class == Class::Stop {
            if !current.is_empty() {
                runs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if m.class != class {
            continue;
        }
        let end = markers.get(k + 1).map(|n| n.start).unwrap_or(t.len());
        // A number inside a sentence continues a run only right after a
        // description that has not ended.
        if m.weak {
            if let Some((prev, prev_end)) = current.last() {
                let text: String = t[prev.desc..*prev_end].iter().collect();
                if text.contains('\n') || text.contains(". ") {
                    runs.push(std::mem::take(&mut current));
                }
            }
        }
        current.push((m.clone(), end));
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// Key style, to tell a heading (`Type: ...`) from the values after it.
fn style(key: &str) -> u8 {
    let has_lower = key.chars().any(|c| c.is_ascii_lowercase());
    let has_upper = key.chars().any(|c| c.is_ascii_uppercase());
    match (has_upper, has_lower) {
        (true, false) => 0,                                          // CVM, RISK_HIGH
        (false, true) => 1,                                          // asc, kube-router
        _ if key.starts_with(|c: char| c.is_ascii_uppercase()) => 2, // Preset, CreateTime
        _ => 3,                                                      // binaryAi
    }
}

/// Type names that start each line of a filter list (`HostId - String - ...`).
const FILTER_TYPES: &[&str] = &[
    "string",
    "int",
    "integer",
    "uint",
    "uint64",
    "int64",
    "array",
    "bool",
    "boolean",
    "float",
    "double",
    "timestamp",
    "list",
    "object",
];

fn starts_with_type_word(desc: &str) -> bool {
    let lower = desc.trim_start().to_ascii_lowercase();
    FILTER_TYPES.iter().any(|w| {
        lower.starts_with(w)
            && !lower[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// Validate a run: (start of the list, values).
fn check_items(
    t: &[char],
    run: &[(Marker, usize)],
    class: Class,
) -> Result<(usize, Vec<(String, String)>), Reject> {
    let mut run: Vec<&(Marker, usize)> = run.iter().collect();
    // Headings: leading markers with nothing after them (`Status:` on its own).
    while run.len() > 1 && raw_desc(t, run[0]).trim().is_empty() {
        run.remove(0);
    }
    // A leading key written unlike all the others is a heading too
    // (`Type: CVM: ...; BM: ...`).
    if class == Class::Sym && run.len() >= 3 {
        let first = style(&run[0].0.key);
        let rest: Vec<u8> = run[1..].iter().map(|(m, _)| style(&m.key)).collect();
        if rest.iter().all(|s| *s == rest[0]) && rest[0] != first {
            run.remove(0);
        }
    }
    if run.len() < 2 {
        return Err(Reject::OneValue);
    }
    let mut values = Vec::with_capacity(run.len());
    for (k, item) in run.iter().enumerate() {
        let last = k + 1 == run.len();
        let raw = raw_desc(t, item);
        // A line with text between two items is not part of either.
        if !last {
            if let Some(nl) = raw.find('\n') {
                if raw[nl..].chars().any(|c| c.is_alphanumeric()) {
                    return Err(Reject::Garbled);
                }
            }
        }
        let desc = clean_desc(&raw, last);
        // An empty item between others heads another list.
        if !last && desc.is_empty() {
            return Err(Reject::Garbled);
        }
        if class == Class::Sym && starts_with_type_word(&desc) {
            return Err(Reject::FilterList);
        }
        if class == Class::Int && desc.is_empty() {
            return Err(Reject::NoDescription);
        }
        values.push((item.0.key.clone(), desc));
    }
    let mut keys: Vec<String> = values
        .iter()
        .map(|(v, _)| canonical(v, class == Class::Int))
        .collect();
    keys.sort();
    keys.dedup();
    if keys.len() != values.len() {
        return Err(Reject::Duplicate);
    }
    Ok((run[0].0.start, values))
}

fn raw_desc(t: &[char], item: &(Marker, usize)) -> String {
    t[item.0.desc..item.1.max(item.0.desc)].iter().collect()
}

/// A description without trailing connectors, cut at an unbalanced closing
/// bracket, and for the last item at the end of its line or sentence.
fn clean_desc(raw: &str, last: bool) -> String {
    let mut s = raw.trim_start_matches([' ', '\n']).to_string();
    let mut depth = 0i32;
    let mut cut = s.len();
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => {
                depth -= 1;
                if depth < 0 {
                    cut = i;
                    break;
                }
            }
            _ => {}
        }
    }
    s.truncate(cut);
    if last {
        if let Some(nl) = s.find('\n') {
            s.truncate(nl);
        }
        if let Some(dot) = s.find(". ") {
            s.truncate(dot + 1);
        }
    }
    tidy(&s)
}

/// Collapse whitespace and strip connectors at the end.
fn tidy(s: &str) -> String {
    let mut s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let before = s.len();
        s = s
            .trim_end_matches([' ', ',', ';', '|', ':', '-'])
            .trim_start_matches([' ', ',', ';', '|', ':', '-'])
            .to_string();
        for word in [" and", " or"] {
            if s.to_ascii_lowercase().ends_with(word) {
                s.truncate(s.len() - word.len());
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

// ---------------------------------------------------------------------------
// `0 Pending; 1 Processed`: numbered items without a colon

/// Numbered lists whose items are `N description` (no colon), separated by
/// one of `;`, `,` or `|`, e.g. `Processing Status [0 Pending; 1 Processed]`
/// or `Backup mode: 0 weekly, 1 daily, 2 do not backup`. To stay clear of
/// prose (`3 types, 2 modes`) the list must cover the text up to its end
/// (bracket, full stop, line end), contain 0 or 1, and have short
/// descriptions.
fn numbered(t: &[char]) -> Vec<(usize, Vec<(String, String)>)> {
    const MAX_WORDS: usize = 8;
    // An integer, one space, a letter: (key, start of the description).
    let item_at = |i: usize| -> Option<(String, usize)> {
        let mut j = i;
        if t.get(j) == Some(&'-') {
            j += 1;
        }
        let digits = j;
        while j < t.len() && t[j].is_ascii_digit() {
            j += 1;
        }
        if j == digits || t.get(j) != Some(&' ') || !t.get(j + 1)?.is_alphabetic() {
            return None;
        }
        Some((t[i..j].iter().collect(), j + 1))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let Some(weak) = boundary(t, i) else {
            i += 1;
            continue;
        };
        let Some((key, desc_start)) = item_at(i) else {
            i += 1;
            continue;
        };
        if weak && key != "0" && key != "1" {
            i += 1;
            continue;
        }
        let start = i;
        let mut items = vec![(key, desc_start)];
        let mut separator: Option<char> = None;
        let mut end = None; // where the last description ends
        let mut j = desc_start;
        while j < t.len() {
            let c = t[j];
            if matches!(c, ';' | ',' | '|') {
                let next = skip_spaces(t, j + 1);
                if let Some((k, d)) = item_at(next) {
                    if separator.is_some_and(|s| s != c) {
                        break;
                    }
                    separator = Some(c);
                    items.push((k, d));
                    j = d;
                    continue;
                }
                if separator == Some(c) {
                    // The separator of the list followed by something else.
                    break;
                }
            }
            if matches!(c, ']' | ')' | '\n')
                || (c == '.' && matches!(t.get(j + 1), None | Some(' ')))
            {
                end = Some(j);
                break;
            }
            j += 1;
        }
        let end = match end {
            Some(e) => e,
            None if j >= t.len() => t.len(),
            None => {
                i = j.max(i + 1);
                continue;
            }
        };
        i = end.max(i + 1);
        if items.len() < 2 || !items.iter().any(|(k, _)| k == "0" || k == "1") {
            continue;
        }
        let mut values = Vec::new();
        for (n, (key, d)) in items.iter().enumerate() {
            let stop = items.get(n + 1).map(|(_, next)| *next).unwrap_or(end);
            let raw: String = t[*d..stop].iter().collect();
            // Drop the next item's number and the separator.
            let raw = match items.get(n + 1) {
                Some((next_key, _)) => raw
                    .trim_end()
                    .strip_suffix(next_key.as_str())
                    .unwrap_or(&raw)
                    .to_string(),
                None => raw,
            };
            let desc = tidy(&raw);
            if desc.is_empty() || desc.split_whitespace().count() > MAX_WORDS {
                values.clear();
                break;
            }
            values.push((key.clone(), desc));
        }
        let mut keys: Vec<&String> = values.iter().map(|(k, _)| k).collect();
        keys.sort();
        keys.dedup();
        if values.len() >= 2 && keys.len() == values.len() {
            out.push((start, values));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Lists: `Valid values: a, b`, `[A|B]`, `Level: LOW, HIGH`

/// Clauses that introduce a list of values.
const INTROS: &[&str] = &[
    "valid values",
    "valid value",
    "values",
    "value",
    "enumeration values",
    "enumeration value",
    "enumerated values",
    "enumerated value",
    "enum values",
    "enum value",
    "available values",
    "available value",
    "optional values",
    "optional value",
    "possible values",
    "possible value",
    "possible returned values",
    "possible return values",
    "returned values",
    "return values",
    "supported values",
    "allowed values",
    "accepted values",
    "valid options",
    "available options",
    "options",
    "value options",
];

/// Clauses whose colon introduces something other than the values.
const NOT_VALUES: &[&str] = &[
    "example",
    "examples",
    "for example",
    "e.g",
    "e.g.",
    "eg",
    "such as",
    "default",
    "default value",
    "format",
    "unit",
    "note",
    "range",
    "value range",
    "valid range",
    "length",
    "length limit",
    "maximum",
    "minimum",
    "maximum value",
    "minimum value",
    "like",
    "for instance",
    "sample",
];

/// A list entry: value, parenthesised description, written in quotes.
type ListItem = (String, String, bool);

/// Every list in the text: (start, items, pattern).
fn lists(t: &[char]) -> Vec<(usize, Vec<ListItem>, Pattern)> {
    let mut out = Vec::new();
    for i in 0..t.len() {
        match t[i] {
            ':' => {
                if matches!(t.get(i + 1), Some(d) if d.is_ascii_digit() || *d == '/' || *d == ':') {
                    continue;
                }
                let clause = clause_before(t, i);
                let intro = INTROS.contains(&clause.as_str())
                    || INTROS
                        .iter()
                        .any(|p| clause == format!("the {p}") || clause == format!("its {p}"));
                if NOT_VALUES.contains(&clause.as_str())
                    || NOT_VALUES
                        .iter()
                        .any(|p| clause.ends_with(&format!(" {p}")))
                {
                    continue;
                }
                if let Some(items) = parse_list(t, i + 1) {
                    if intro {
                        out.push((i + 1, items, Pattern::ValueList));
                    } else if items.iter().all(|(v, _, q)| *q || code_like(v))
                        && first_sentence(t, i)
                    {
                        out.push((i + 1, items, Pattern::CodeList));
                    }
                }
            }
            '[' | '(' => {
                if let Some(items) = parse_alternatives(t, i) {
                    out.push((i + 1, items, Pattern::Alternatives));
                }
            }
            _ => {}
        }
    }
    // `Valid values are a, b` / `Values include a, b`.
    let lower: String = t.iter().collect::<String>().to_lowercase();
    let lower: Vec<char> = lower.chars().collect();
    if lower.len() == t.len() {
        for phrase in [
            "valid values are ",
            "valid values include ",
            "values include ",
            "possible values are ",
        ] {
            let p: Vec<char> = phrase.chars().collect();
            let mut i = 0;
            while i + p.len() <= lower.len() {
                if lower[i..i + p.len()] == p[..] && (i == 0 || !lower[i - 1].is_alphanumeric()) {
                    if let Some(items) = parse_list(t, i + p.len()) {
                        out.push((i + p.len(), items, Pattern::ValueList));
                    }
                }
                i += 1;
            }
        }
    }
    out
}

/// Whether `i` is in the doc's first sentence and line: a list of codes
/// further on is usually about something else (`Base64 of the image.
/// Supported image formats: PNG, JPG`).
fn first_sentence(t: &[char], i: usize) -> bool {
    !t[..i]
        .iter()
        .enumerate()
        .any(|(k, &c)| c == '\n' && k > 0 || (c == '.' && t.get(k + 1) == Some(&' ')))
}

/// The clause before the colon at `i`, lowercased (`Node type. Values:` → `values`).
fn clause_before(t: &[char], i: usize) -> String {
    let mut j = i;
    while j > 0 && !matches!(t[j - 1], '.' | ',' | ';' | '\n' | '(' | '[' | ':' | '。') {
        j -= 1;
    }
    let s: String = t[j..i].iter().collect();
    s.trim()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A token that reads as code: `RISK_HIGH`, `CVM`, `CreateTime`, `kube-router`.
fn code_like(v: &str) -> bool {
    let letters: Vec<char> = v.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    if letters.is_empty() {
        return false;
    }
    if v.contains('_') {
        return true;
    }
    if letters.len() >= 2 && letters.iter().all(|c| c.is_ascii_uppercase()) {
        return true;
    }
    // An upper-case letter after a lower-case one (camelCase, PascalCase).
    let chars: Vec<char> = v.chars().collect();
    chars
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// A list token at `i`: (value, end, quoted).
fn token_at(t: &[char], i: usize) -> Option<(String, usize, bool)> {
    let c = *t.get(i)?;
    if is_quote(c) {
        return key_at(t, i);
    }
    let (mut key, mut end, _) = key_at(t, i)?;
    // A sentence's full stop is not part of the value.
    while key.ends_with('.') {
        key.pop();
        end -= 1;
    }
    if key.is_empty() || key.ends_with('-') {
        return None;
    }
    Some((key, end, false))
}

/// A parenthesised description at `i` (after spaces): (text, end).
fn paren_at(t: &[char], i: usize) -> Option<(String, usize)> {
    let mut j = i;
    while j < t.len() && t[j] == ' ' {
        j += 1;
    }
    if t.get(j) != Some(&'(') {
        return None;
    }
    let mut depth = 0;
    for k in j..t.len() {
        match t[k] {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    let text: String = t[j + 1..k].iter().collect();
                    return Some((tidy(&text), k + 1));
                }
            }
            '\n' => return None,
            _ => {}
        }
    }
    None
}

fn skip_spaces(t: &[char], mut i: usize) -> usize {
    while i < t.len() && t[i] == ' ' {
        i += 1;
    }
    i
}

/// Whether the text at `i` is the word `w` followed by a space.
fn word_at(t: &[char], i: usize, w: &str) -> bool {
    let n = w.len();
    i + n < t.len()
        && t[i..i + n]
            .iter()
            .collect::<String>()
            .eq_ignore_ascii_case(w)
        && t[i + n] == ' '
}

/// A list of values starting at `i`: inline (`a, b, and c.`) or one per
/// line. `None` unless the whole list parses and ends cleanly.
fn parse_list(t: &[char], i: usize) -> Option<Vec<ListItem>> {
    let mut items = Vec::new();
    let mut i = skip_spaces(t, i);
    let lines = t.get(i) == Some(&'\n');
    if lines {
        return parse_lines(t, i);
    }
    // One punctuation separator throughout: `a|b;c|d` is a format.
    let mut separator: Option<char> = None;
    loop {
        i = skip_spaces(t, i);
        let (value, end, quoted) = token_at(t, i)?;
        // `..., others (failure cause)`: the set is open; keep what precedes.
        if !quoted && is_open_ended(&value) {
            break;
        }
        let (desc, end) = paren_at(t, end).unwrap_or((String::new(), end));
        items.push((value, desc, quoted));
        let mut j = skip_spaces(t, end);
        match t.get(j) {
            None | Some('\n') | Some(')') | Some(']') => break,
            Some('.') | Some('。') => {
                if matches!(t.get(j + 1), None | Some(' ') | Some('\n')) {
                    break;
                }
                return None;
            }
            Some(&c @ (',' | ';' | '|' | '/')) => {
                if separator.is_some_and(|s| s != c) {
                    return None;
                }
                separator = Some(c);
                j = skip_spaces(t, j + 1);
                for w in ["and", "or"] {
                    if word_at(t, j, w) {
                        j += w.len() + 1;
                    }
                }
            }
            Some(_) => {
                let mut found = false;
                for w in ["and", "or"] {
                    if word_at(t, j, w) {
                        j += w.len() + 1;
                        found = true;
                    }
                }
                if !found {
                    return None;
                }
            }
        }
        i = j;
    }
    Some(items)
}

/// `other`, `others`, `etc`: not a value, the end of an open list.
fn is_open_ended(token: &str) -> bool {
    matches!(
        token.to_ascii_lowercase().as_str(),
        "other" | "others" | "etc" | "and so on"
    )
}

/// One value per line, until a line that is not a lone value.
fn parse_lines(t: &[char], mut i: usize) -> Option<Vec<ListItem>> {
    let mut items = Vec::new();
    loop {
        while i < t.len() && matches!(t[i], ' ' | '\n') {
            i += 1;
        }
        if matches!(t.get(i), Some('-') | Some('*') | Some('•')) && t.get(i + 1) == Some(&' ') {
            i = skip_spaces(t, i + 1);
        }
        let Some((value, end, quoted)) = token_at(t, i) else {
            break;
        };
        if !quoted && is_open_ended(&value) {
            break;
        }
        let (desc, end) = paren_at(t, end).unwrap_or((String::new(), end));
        let mut j = skip_spaces(t, end);
        if matches!(t.get(j), Some(',') | Some(';') | Some('.')) {
            j = skip_spaces(t, j + 1);
        }
        if !matches!(t.get(j), None | Some('\n')) {
            break;
        }
        items.push((value, desc, quoted));
        i = j;
    }
    (!items.is_empty()).then_some(items)
}

/// `[A|B|C]` or `(A|B)` at `i`.
fn parse_alternatives(t: &[char], i: usize) -> Option<Vec<ListItem>> {
    let close = if t[i] == '[' { ']' } else { ')' };
    let mut items = Vec::new();
    let mut j = i + 1;
    loop {
        j = skip_spaces(t, j);
        let (value, end, quoted) = token_at(t, j)?;
        items.push((value, String::new(), quoted));
        j = skip_spaces(t, end);
        match t.get(j) {
            Some('|') => j += 1,
            Some(c) if *c == close => break,
            _ => return None,
        }
    }
    (items.len() >= 2).then_some(items)
}

/// Validate a list for the member's wire type.
fn check_list(items: Vec<ListItem>, integer: bool) -> Result<Vec<(String, String)>, Reject> {
    if items.len() < 2 {
        return Err(Reject::OneValue);
    }
    let numeric = |v: &str| parse_int(v).is_some();
    if integer && !items.iter().all(|(v, _, _)| numeric(v)) {
        return Err(Reject::NoValues);
    }
    // Numbers are named after their descriptions; without one they are
    // probably quantities (`Valid values: 1, 2, 3, 6, 12`), not codes.
    if items.iter().any(|(v, d, _)| numeric(v) && d.is_empty()) {
        return Err(Reject::NoDescription);
    }
    let mut keys: Vec<String> = items
        .iter()
        .map(|(v, _, _)| canonical(v, integer))
        .collect();
    keys.sort();
    keys.dedup();
    if keys.len() != items.len() {
        return Err(Reject::Duplicate);
    }
    Ok(items.into_iter().map(|(v, d, _)| (v, d)).collect())
}

/// The text before the values, as an enum doc: one line, without the list's
/// intro (`Valid values:`) and trailing punctuation.
fn clean_lead(t: &[char]) -> String {
    let s: String = t.iter().collect();
    let mut s = tidy(&s.replace('\n', " "));
    loop {
        let before = s.len();
        s = s
            .trim_end_matches([' ', ':', '(', '[', ',', ';', '-', '`', '"', '\''])
            .to_string();
        let lower = s.to_ascii_lowercase();
        for intro in INTROS.iter().chain(["are", "include", "and", "or"].iter()) {
            if lower.ends_with(intro)
                && (lower.len() == intro.len()
                    || !lower[..lower.len() - intro.len()].ends_with(|c: char| c.is_alphanumeric()))
            {
                s.truncate(s.len() - intro.len());
                break;
            }
        }
        if s.len() == before {
            break;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(doc: &str, integer: bool) -> Vec<String> {
        extract(doc, integer)
            .unwrap_or_else(|r| panic!("{doc:?}: {r:?}"))
            .values
            .into_iter()
            .map(|(v, _)| v)
            .collect()
    }

    fn rejected(doc: &str, integer: bool) -> Reject {
        match extract(doc, integer) {
            Ok(f) => panic!("{doc:?} should be rejected, found {:?}", f.values),
            Err(r) => r,
        }
    }

    #[test]
    fn code_list_after_a_colon() {
        let f = extract(
            "Risk Level: RISK_CRITICAL, RISK_HIGH, RISK_MEDIUM, RISK_LOW, and RISK_NOTICE",
            false,
        )
        .unwrap();
        assert_eq!(f.pattern, Pattern::CodeList);
        assert_eq!(f.lead, "Risk Level");
        assert_eq!(
            f.values.iter().map(|v| v.0.as_str()).collect::<Vec<_>>(),
            [
                "RISK_CRITICAL",
                "RISK_HIGH",
                "RISK_MEDIUM",
                "RISK_LOW",
                "RISK_NOTICE"
            ]
        );
    }

    #[test]
    fn items_one_per_line() {
        let doc = "DEAL_NONE: File pending\nDEAL_IGNORE: Already ignored\nDEAL_DEL: File deleted";
        let f = extract(doc, false).unwrap();
        assert_eq!(f.pattern, Pattern::Items);
        assert_eq!(
            f.values,
            [
                ("DEAL_NONE".into(), "File pending".into()),
                ("DEAL_IGNORE".into(), "Already ignored".into()),
                ("DEAL_DEL".into(), "File deleted".into()),
            ]
        );
        assert_eq!(f.lead, "");
    }

    #[test]
    fn numbered_items_for_integers_and_strings() {
        let f = extract(
            "Source. 0: One-Click Scan; 1: Scheduled Scan; 2: Real-Time Monitoring",
            true,
        )
        .unwrap();
        assert_eq!(f.lead, "Source.");
        assert_eq!(f.values[2], ("2".into(), "Real-Time Monitoring".into()));
        assert_eq!(
            values(
                "detection platform\n1: Cloud Killing Engine\n2: tav\n3: binaryAi\n4: Abnormal behavior\n5: TI",
                false
            ),
            ["1", "2", "3", "4", "5"]
        );
        assert_eq!(
            values("Status 0: pending 1: defended 2: processed", true),
            ["0", "1", "2"]
        );
        assert_eq!(values("Whether new [0: no|1: yes]", true), ["0", "1"]);
        assert_eq!(
            values(
                "Category: 1 - web-cms vulnerabilities; 2 - application vulnerabilities",
                true
            ),
            ["1", "2"]
        );
    }

    #[test]
    fn numbered_items_without_colons() {
        let f = extract(
            "Processing Status [0 Pending; 1 Processed; 2 Scanning; 5 Ignore]",
            true,
        )
        .unwrap();
        assert_eq!(f.pattern, Pattern::Numbered);
        assert_eq!(f.lead, "Processing Status");
        assert_eq!(f.values[3], ("5".into(), "Ignore".into()));
        assert_eq!(
            values("Backup mode: 0 weekly, 1 daily, 2 do not backup.", true),
            ["0", "1", "2"]
        );
        assert_eq!(
            values(
                "First time detection method 0 scan;1 real-time monitoring",
                true
            ),
            ["0", "1"]
        );
        // Counts in prose are not codes.
        assert_eq!(
            rejected("Supports 3 types, 2 modes and more", true),
            Reject::NoValues
        );
    }

    #[test]
    fn html_list_items() {
        let doc = "Instance status\n<li>RUNNING: running</li>\n<li>STOPPED: Shut down</li>\n<li>EXPIRED: To be recycled</li>";
        let f = extract(doc, false).unwrap();
        assert_eq!(f.lead, "Instance status");
        assert_eq!(f.values.len(), 3);
        let doc = "<p>Task status</p><p>Enumeration values:</p><ul><li>RUNNING: Executing</li><li>FAILED: Task failure</li></ul>";
        assert_eq!(values(doc, false), ["RUNNING", "FAILED"]);
    }

    #[test]
    fn value_lists() {
        let f = extract(
            "Node type. Values: `NORMAL` (general node), `SUPER` (super node).",
            false,
        )
        .unwrap();
        assert_eq!(f.pattern, Pattern::ValueList);
        assert_eq!(f.lead, "Node type.");
        assert_eq!(f.values[1], ("SUPER".into(), "super node".into()));
        assert_eq!(
            values("Valid values: `asc`, `desc`.", false),
            ["asc", "desc"]
        );
        assert_eq!(
            values(
                "Record type. Valid values: A, AAAA, CNAME, MX, TXT, and PTR.",
                false
            ),
            ["A", "AAAA", "CNAME", "MX", "TXT", "PTR"]
        );
        assert_eq!(
            values(
                "Current sync mode. Valid values: `0` (async), `1` (sync).",
                true
            ),
            ["0", "1"]
        );
        assert_eq!(
            values(
                "Channel type. Valid values:\n`amp`\n`webhook`\n`alertmanager`",
                false
            ),
            ["amp", "webhook", "alertmanager"]
        );
    }

    #[test]
    fn alternatives_in_brackets() {
        assert_eq!(values("Sorting order [ASC|DESC]", false), ["ASC", "DESC"]);
        assert_eq!(
            values("Optional sorting method: [FirstTime|PathCount]", false),
            ["FirstTime", "PathCount"]
        );
    }

    #[test]
    fn headings_are_not_values() {
        assert_eq!(
            values(
                "Machine zone type. CVM: Cloud Virtual Machine; BM: Blackstone; Other: Hybrid",
                false
            ),
            ["CVM", "BM", "Other"]
        );
        assert_eq!(
            values("Status:\nOPEN: opened\nCLOSED: closed", false),
            ["OPEN", "CLOSED"]
        );
    }

    #[test]
    fn prose_is_rejected() {
        // Quantities, not codes.
        assert_eq!(
            rejected("Renewal period. Valid values: 1, 2, 3, 6, 12.", true),
            Reject::NoDescription
        );
        // Example values.
        assert_eq!(
            rejected("Node role, such as `Master` and `Work`.", false),
            Reject::NoValues
        );
        // Defaults, ranges and units.
        assert_eq!(
            rejected(
                "Number of results. Default value: `10`. Maximum value: `100`.",
                true
            ),
            Reject::NoValues
        );
        assert_eq!(
            rejected(
                "<p>Retention. 0: Disabled. Unit: day. Maximum: 30 days</p>",
                true
            ),
            Reject::OneValue
        );
        // Times are not items.
        assert_eq!(
            rejected("Start time. Format: HH:mm.", false),
            Reject::OneValue
        );
        assert_eq!(
            rejected("Time, e.g. 2006-01-02 15:04:05", false),
            Reject::NoValues
        );
        // Plain words after a colon are not a code list.
        assert_eq!(
            rejected("Check object: Runc, Kubelet, Containerd, and Pods", false),
            Reject::NoValues
        );
        // A single value.
        assert_eq!(
            rejected("Sorting method: [FirstTime]", false),
            Reject::NoValues
        );
    }

    #[test]
    fn filter_lists_are_rejected() {
        let doc = "Filter conditions.\n<li>HostId - String - required: no - host ID</li>\n<li>Status - String - required: no - status</li>";
        assert_eq!(rejected(doc, false), Reject::FilterList);
    }

    #[test]
    fn garbled_lines_reject_the_list() {
        let doc = "Failed sub-status\nFILE_NOT_FOUND: File not found\nFILE_ABNORMAL: File abnormality\nBACKUP FILE NOT FOUND\nCONTAINER_NOT_FOUND: Container not found";
        assert_eq!(rejected(doc, false), Reject::Garbled);
    }

    #[test]
    fn disagreeing_lists_are_ambiguous() {
        let doc = "Valid values: `a`, `b`. When `a`: [X|Y]";
        assert_eq!(rejected(doc, false), Reject::Ambiguous);
    }

    #[test]
    fn symbols_are_ignored_for_integer_members() {
        assert_eq!(
            rejected("Mode: FAST: quick; SLOW: thorough", true),
            Reject::NoValues
        );
    }

    #[test]
    fn trailing_notes_end_the_last_item() {
        let f = extract(
            "Pass status: 0: Failed, 1: Approved\nNote: This field may return null, indicating that no valid values can be obtained.",
            true,
        )
        .unwrap();
        assert_eq!(
            f.values,
            [
                ("0".into(), "Failed".into()),
                ("1".into(), "Approved".into())
            ]
        );
        let f = extract(
            "Whether SSH allowed. 1: yes; 0: no. Default value: 1.",
            true,
        )
        .unwrap();
        assert_eq!(f.values[1].1, "no.");
    }

    fn member_values(doc: &str, integer: bool, example: &str) -> Vec<String> {
        extract_member(doc, integer, Some(example))
            .unwrap_or_else(|r| panic!("{doc:?}: {r:?}"))
            .values
            .into_iter()
            .map(|(v, _)| v)
            .collect()
    }

    #[test]
    fn reversed_items_are_rejected() {
        // batch MountDataDisk.FileSystemType: the values are the code, the
        // keys are operating systems.
        assert_eq!(
            rejected(
                "File system type. Linux: `EXT3` (default) and `EXT4`. Windows: `NTFS`",
                false
            ),
            Reject::Reversed
        );
        // vpc DescribeCcnsRequest.OrderDirection, tcr ModifyInstanceRequest.RegistryType.
        assert_eq!(
            rejected(
                "Order methods. Ascending: `ASC`, Descending: `DESC`.",
                false
            ),
            Reject::Reversed
        );
        assert_eq!(
            rejected(
                "Instance edition\nBasic: `basic`\nStandard: `standard`\nPremium: `premium`",
                false
            ),
            Reject::Reversed
        );
        // dlc Policy.Operation.
        assert_eq!(
            rejected(
                "The target permissions, which vary by permission level. Admin: `ALL` (default); data connection: `CREATE`; database: `ALL`, `CREATE`, `ALTER`, and `DROP`; table: `ALL`, `SELECT`, `INSERT`, `ALTER`, `DELETE`, `DROP`, and `UPDATE`. Note: For table permissions, if a data source other than `COSDataCatalog` is specified, only the `SELECT` permission can be granted here.",
                false
            ),
            Reject::Reversed
        );
        // Code in one description among prose ones is no reversal.
        assert_eq!(
            values(
                "Status:\nOPEN: opened, same as `ON`\nCLOSED: `OFF`\nBROKEN: broken",
                false
            ),
            ["OPEN", "CLOSED", "BROKEN"]
        );
        assert!(only_code("`EXT3` (default) and `EXT4`."));
        assert!(!only_code("opened, same as `ON`"));
        assert!(!only_code("opened"));
    }

    #[test]
    fn described_numbers_complete_the_list() {
        // ssl DescribeCertificateBindResourceTaskDetailResponse.Status: the
        // numbered list stops at the full stop before `2`.
        let f = extract(
            "<p>Associate cloud resources async query result: 0 indicates querying, 1 indicates success. 2 indicates an exception. If the status is 1, view the BindResourceResult. If the status is 2, view the Error reason.</p>",
            true,
        )
        .unwrap();
        assert_eq!(
            f.values,
            [
                ("0".into(), "indicates querying".into()),
                ("1".into(), "indicates success".into()),
                ("2".into(), "indicates an exception".into()),
            ]
        );
        // tdmq RabbitMQVipInstance.Status: only `4 - abnormal, 5 - ...` were items.
        assert_eq!(
            values(
                "<p>Instance status. 0 indicates creating in progress, 1 indicates normal, 2 indicates isolated, 3 indicates terminated, 4 - abnormal, 5 - delivery failed</p>",
                true
            ),
            ["0", "1", "2", "3", "4", "5"]
        );
        let f = extract(
            "<p>Instance status. 0 indicates creating in progress, 1 indicates normal, 2 indicates isolated, 3 indicates terminated, 4 - abnormal, 5 - delivery failed</p>",
            true,
        )
        .unwrap();
        assert_eq!(f.lead, "Instance status.");
        // ckafka CreateInstancePreRequest.RenewFlag: `0 means` with a parenthesis.
        let f = extract(
            "<P>Auto-Renewal tag for prepaid services. 0 means default state (not set by the user, i.e. initial state), 1 means auto-renew, 2 means explicitly no auto-renew (set by the user).</p>.",
            true,
        )
        .unwrap();
        assert_eq!(
            f.values[0],
            (
                "0".into(),
                "means default state (not set by the user, i.e. initial state)".into()
            )
        );
        assert_eq!(f.values.len(), 3);
        // vod EditMediaTask.ErrCode: `0 indicates success` before the items.
        assert_eq!(
            values(
                "Error code. 0 indicates success. Other values indicate failure:\n<li>40000: invalid parameters. Check the input parameters;</li>\n<li>60000: Source file error (for example, video data corruption). Confirm whether the source file is normal;</li>\n<li>70000: internal service error. Retry is recommended.</li>",
                true
            ),
            ["0", "40000", "60000", "70000"]
        );
        // tione ResourceInfo.Gpu: `Example 1:`, `Example 2:` are no codes, and
        // `Gpu=100 indicates` is no item of its own.
        assert_eq!(
            rejected(
                "Number of GPU card resources, in 0.01 units of GpuType.Gpu=100 indicates the use of \"1\" GPU card. However, this \"1\" card could refer to a virtualized 1/4 card or a full physical card, depending on the instance type.Example 1: If the instance type includes 1 virtual GPU card, and each virtual GPU card corresponds to 1/4 of a physical T4 card, then GpuType=T4, Gpu=100, and RealGpu=25.Example 2: If the instance type includes 4 full GPU cards, and each card corresponds to 1 physical T4 card, then GpuType=T4, Gpu=400, and RealGpu=400.Note: This field may return null, indicating that no valid values can be obtained.",
                true
            ),
            Reject::MissingNumber
        );
        // Numbers in examples do not count.
        assert_eq!(
            values(
                "Mode. 0: off; 1: on. For example, 5 means five seconds in another field.",
                true
            ),
            ["0", "1"]
        );
    }

    #[test]
    fn stop_keys_written_as_items() {
        // mps Activity.ActivityType: `input` and `output` are values; the
        // example (`input`) confirms it.
        let doc = "<p>Atomic task type:</p><li>input: starting node</li><li>output: termination node</li><li>action-trans: transcode</li><li>action-samplesnapshot: sampled screenshot</li><li>action-AIAnalysis: analysis</li><li>action-AIRecognition: recognition</li><li>action-aiReview: review</li><li>action-animated-graphics: animated image</li><li>action-image-sprite: sprite sheet</li><li>action-snapshotByTimeOffset: time point screenshot</li><li>action-adaptive-substream: adaptive bitrate stream</li><li>action-AIQualityControl: media quality inspection</li><li>action-SmartSubtitles: smart subtitling</li><li>action-exec-rules: judgment rule</li><li>action-SmartErase: intelligent erasure</li>";
        let v = member_values(doc, false, "input");
        assert_eq!(v.len(), 15);
        assert_eq!(v[..3], ["input", "output", "action-trans"]);
        // Without a confirming example the list would lose them: rejected.
        assert_eq!(rejected(doc, false), Reject::StopKeyItem);
        assert_eq!(
            extract_member(doc, false, Some("action-trans")),
            Err(Reject::StopKeyItem)
        );
        // teo DescribeOverviewL7DataRequest.Protocol: two stop keys in a row.
        assert_eq!(
            member_values(
                "Protocol type of the query. Valid values:\n<li>http: HTTP protocol;</li>\n<li>https: HTTPS protocol;</li>\n<li>http2: HTTP/2 protocol;</li>\n<li>all: all protocols.</li>If this parameter is not input, the default value `all` is used. This parameter is not yet effective.",
                false,
                "http"
            ),
            ["http", "https", "http2", "all"]
        );
        // ga2 EndpointGroupConfiguration.CheckType: `HTTP` is a value, the
        // example (`TCP`) does not confirm it.
        assert_eq!(
            extract_member(
                "<p>Check protocol. Supports configuration of 'TCP', 'HTTP', 'PING', and 'CUSTOM'.</p><p>Enumeration values:</p><ul><li>TCP: When the CLB listener protocol where the terminal node group resides is TCP, choose TCP as the check protocol.</li><li>HTTP: When the CLB listener protocol where the terminal node group resides is HTTP or HTTPS, choose HTTP as the check protocol.</li><li>PING: When the CLB listener protocol where the terminal node group resides is UDP, choose PING as the check protocol.</li><li>CUSTOM: When the CLB listener protocol where the terminal node group resides is UDP or TCP, choose CUSTOM as the check protocol.</li></ul><p>This field is required when health check is enabled.</p>",
                false,
                Some("TCP")
            ),
            Err(Reject::StopKeyItem)
        );
        // mps/vod FaceConfigureInfo.FaceLibrary: `Default value:` after the
        // items is prose, `Default:` before them a value.
        assert_eq!(
            member_values(
                "Figure library selection. Available values:\n<li>Default: Use default character library;</li>\n<li>UserDefine: Use a user-defined character library.</li>\n<li>All: Use default character library and user-defined character library simultaneously.</li>\nDefault value: All, using the default figure library and user-defined character library.",
                false,
                "Default"
            ),
            ["Default", "UserDefine", "All"]
        );
        // intlpartnersmgt CreateAndSendClientInvitationMailRequest.InvitationRole:
        // a `Note:` line before the items stays a note.
        assert_eq!(
            values(
                "Invite a role.\nNote: if no value is passed, it defaults to the sub - customer.\nClient: customer.\nSubAgent: second-level reseller.",
                false
            ),
            ["Client", "SubAgent"]
        );
        // A stop key after the last item ends the list, as before.
        assert_eq!(
            values(
                "Status:\nOPEN: opened\nCLOSED: closed\nDefault: OPEN",
                false
            ),
            ["OPEN", "CLOSED"]
        );
    }

    #[test]
    fn normalize_keeps_unknown_angle_text() {
        assert_eq!(normalize("a<br/>b <Common> &lt;x&gt;"), "a\nb <Common> <x>");
        assert_eq!(normalize("<Li>x：y</li>"), "\nx:y\n");
    }
}
