//! Turn the specs' documentation (plain text mixed with HTML fragments:
//! `<p>`, `<li>`, `<br>`, `<a>`, `<code>`, tables...) into Markdown that
//! rustdoc renders cleanly and never mistakes for anything else:
//!
//! * known tags become Markdown; any other `<...>` (`<Common request
//!   parameters>`, `<task>`) stays as escaped text;
//! * the text is already partly Markdown: code spans in backticks
//!   (`` `true` ``) stay code spans, and a backslash before `` ` ``, `*`,
//!   `_`, `~`, `<` or `>` is the author's escape of that character
//!   (cvm: ``()\`\~!@#$%^&\*-+=\_|``; cls: `\_\_SOURCE\_\_`), inside code
//!   spans too (mariadb: `` `\*.\*` `` means `*.*`). Any other backslash is
//!   text: regexes (`[a-zA-Z0-9-\.]*`, `\w+`) and lists of symbols that
//!   include it (cynosdb: `` ~!@#$%^&*_-+=`|\(){} ``);
//! * other `[`, `]`, `*`, `\` and leading `#`, `>` and digits-with-dot are
//!   escaped so no text becomes an intra-doc link, emphasis, heading, quote
//!   or numbered list by accident; a backtick that opens no code span (cvm:
//!   ``()`~!@#``) is the entity `&#96;`;
//! * bare URLs become autolinks (rustdoc warns on bare URLs);
//! * indentation is removed and fenced blocks (`<pre>`, or ```` ``` ```` lines
//!   in the text) are `text`, so nothing from the docs becomes a doctest;
//! * each source line is its own paragraph: the docs use line breaks as
//!   separators (`DEAL_NONE: File pending` lines), which Markdown would
//!   otherwise join.

/// Convert one spec document to Markdown.
pub fn to_markdown(src: &str) -> String {
    let mut w = Writer::default();
    let tokens = tokenize(src);
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            Token::Text(t) => w.text(t),
            Token::Tag {
                name,
                closing,
                attrs,
            } => {
                let name = name.as_str();
                match (name, *closing) {
                    ("p" | "div" | "blockquote" | "br" | "tr" | "table" | "thead" | "tbody", _)
                        if !w.in_table || name == "table" || name == "br" =>
                    {
                        if name == "table" && !*closing {
                            w.in_table = true;
                            w.table_rows.clear();
                        } else if name == "table" {
                            w.flush_table();
                        } else if name == "br" && w.in_table {
                            w.text(" ");
                        } else {
                            w.paragraph_break();
                        }
                    }
                    ("tr", false) => {
                        w.close_emphasis();
                        w.table_rows.push(Vec::new());
                    }
                    ("td" | "th", false) => {
                        w.close_emphasis();
                        if w.table_rows.is_empty() {
                            w.table_rows.push(Vec::new());
                        }
                        w.table_rows.last_mut().unwrap().push(String::new());
                    }
                    ("ul" | "ol", false) => {
                        w.lists.push(if name == "ol" { Some(0) } else { None });
                        w.indents.push(2 * w.lists.len());
                        w.paragraph_break();
                    }
                    ("ul" | "ol", true) => {
                        w.lists.pop();
                        w.indents.pop();
                        w.paragraph_break();
                    }
                    ("li", false) => w.list_item(),
                    ("li", true) => {
                        w.line_break();
                        w.after_li = true;
                    }
                    ("code", false) => {
                        // Collect the code span's raw text up to </code>.
                        let mut code = String::new();
                        let mut j = i + 1;
                        while j < tokens.len() {
                            match &tokens[j] {
                                Token::Tag {
                                    name,
                                    closing: true,
                                    ..
                                } if name == "code" => break,
                                Token::Text(t) => code.push_str(&decode_entities(t)),
                                Token::Tag { .. } => {}
                            }
                            j += 1;
                        }
                        w.code_span(&code);
                        i = j;
                    }
                    ("pre", false) => {
                        let mut code = String::new();
                        let mut j = i + 1;
                        while j < tokens.len() {
                            match &tokens[j] {
                                Token::Tag {
                                    name,
                                    closing: true,
                                    ..
                                } if name == "pre" => break,
                                Token::Text(t) => code.push_str(&decode_entities(t)),
                                Token::Tag { name, .. } if name == "br" => code.push('\n'),
                                Token::Tag { .. } => {}
                            }
                            j += 1;
                        }
                        w.fence(&code);
                        i = j;
                    }
                    ("a", false) => {
                        let href = attr(attrs, "href").map(absolute_url);
                        let mut text = String::new();
                        let mut j = i + 1;
                        while j < tokens.len() {
                            match &tokens[j] {
                                Token::Tag {
                                    name,
                                    closing: true,
                                    ..
                                } if name == "a" => break,
                                Token::Text(t) => text.push_str(&decode_entities(t)),
                                Token::Tag { .. } => {}
                            }
                            j += 1;
                        }
                        w.link(text.trim(), href.as_deref());
                        i = j;
                    }
                    ("img", _) => {
                        if let Some(src) = attr(attrs, "src") {
                            w.link("image", Some(&absolute_url(src)));
                        }
                    }
                    // Emphasis is closed where the block ends (cvm writes
                    // `<li><strong>zone</li></strong>`); a stray close is dropped.
                    ("strong" | "b", closing) if w.strong == closing => {
                        w.raw("**");
                        w.strong = !closing;
                    }
                    ("em" | "i", closing) if w.em == closing => {
                        w.raw("*");
                        w.em = !closing;
                    }
                    // Purely presentational or closing tags that need nothing.
                    _ => {}
                }
            }
        }
        i += 1;
    }
    if w.in_table {
        w.flush_table();
    }
    w.finish()
}

/// Text in a code span or fence that needs no Markdown conversion, made safe
/// for a ```` ```text ```` block: returns the fence to use.
pub fn fence_for(code: &str) -> String {
    "`".repeat((longest_backtick_run(code) + 1).max(3))
}

/// First sentence (or line) of a Markdown doc, for one-line summaries.
pub fn summary(markdown: &str) -> String {
    let first = markdown
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    first.to_string()
}

#[derive(Debug)]
enum Token {
    Text(String),
    Tag {
        name: String,
        closing: bool,
        attrs: String,
    },
}

const KNOWN_TAGS: &[&str] = &[
    "p",
    "li",
    "br",
    "code",
    "ul",
    "ol",
    "a",
    "strong",
    "b",
    "td",
    "tr",
    "th",
    "font",
    "div",
    "pre",
    "blockquote",
    "em",
    "span",
    "table",
    "thead",
    "tbody",
    "img",
    "i",
    "sup",
    "sub",
    "u",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "dl",
    "dt",
    "dd",
    "col",
    "colgroup",
];

fn tokenize(src: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut text = String::new();
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < src.len() {
        if bytes[i] == b'<' {
            if let Some((len, name, closing, attrs)) = parse_tag(&src[i..]) {
                if KNOWN_TAGS.contains(&name.as_str()) {
                    if !text.is_empty() {
                        out.push(Token::Text(std::mem::take(&mut text)));
                    }
                    out.push(Token::Tag {
                        name,
                        closing,
                        attrs,
                    });
                    i += len;
                    continue;
                }
            }
        }
        let c = src[i..].chars().next().unwrap();
        text.push(c);
        i += c.len_utf8();
    }
    if !text.is_empty() {
        out.push(Token::Text(text));
    }
    out
}

/// `<name attrs>`, `</name>`, `<name/>`: (length, lower-case name, closing, attrs).
fn parse_tag(s: &str) -> Option<(usize, String, bool, String)> {
    let end = s.find('>')?;
    let inner = &s[1..end];
    if inner.contains('<') || inner.contains('\n') && inner.len() > 200 {
        return None;
    }
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let inner = inner.trim_end_matches('/').trim();
    let name_len = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    if name_len == 0 {
        return None;
    }
    let name = inner[..name_len].to_ascii_lowercase();
    let attrs = inner[name_len..].to_string();
    if !attrs.is_empty() && !attrs.starts_with(char::is_whitespace) {
        return None;
    }
    Some((end + 1, name, closing, attrs))
}

fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let lower = attrs.to_ascii_lowercase();
    let pos = lower.find(&format!("{name}="))?;
    let rest = &attrs[pos + name.len() + 1..];
    let (quote, rest) = match rest.chars().next()? {
        q @ ('"' | '\'') => (q, &rest[1..]),
        _ => (' ', rest),
    };
    let end = rest.find(quote).unwrap_or(rest.len());
    Some(rest[..end].trim())
}

fn absolute_url(href: &str) -> String {
    let href = decode_entities(href);
    if href.starts_with('/') {
        format!("https://www.tencentcloud.com{href}")
    } else {
        href
    }
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&emsp;", " ")
        .replace("&ensp;", " ")
        .replace("&amp;", "&")
}

#[derive(Default)]
struct Writer {
    out: String,
    /// Open lists: `None` for bullets, `Some(n)` for numbered.
    lists: Vec<Option<u32>>,
    /// For each open list, where the text of its last item starts: the
    /// indentation that keeps a continuation line in the item.
    indents: Vec<usize>,
    in_table: bool,
    table_rows: Vec<Vec<String>>,
    /// The last thing written was a list item: whitespace between items is not a paragraph.
    after_li: bool,
    /// `**` / `*` written and not closed yet.
    strong: bool,
    em: bool,
}

impl Writer {
    fn raw(&mut self, s: &str) {
        if self.in_table {
            if let Some(cell) = self.table_rows.last_mut().and_then(|r| r.last_mut()) {
                cell.push_str(s);
            }
        } else {
            self.out.push_str(s);
        }
    }

    fn at_line_start(&self) -> bool {
        self.out.is_empty() || self.out.ends_with('\n') || self.out.ends_with("- ")
    }

    fn text(&mut self, t: &str) {
        let t = decode_entities(t);
        if self.after_li && t.trim().is_empty() {
            return;
        }
        if self.after_li {
            self.after_li = false;
            if self.lists.is_empty() {
                // Text after bare <li> items must not continue the last item.
                self.paragraph_break();
            } else if t.trim().chars().all(|c| c.is_ascii_punctuation()) {
                // Stray punctuation between items (cbs: `</li>.\n<li>`).
                return;
            }
        }
        if self.in_table {
            let escaped = escape_inline(&t.replace('\n', " "), false, true);
            self.raw(&escaped);
            return;
        }
        let lines: Vec<&str> = t.split('\n').collect();
        let mut first = true;
        let mut n = 0;
        while n < lines.len() {
            let line = lines[n];
            // A fenced block in the text (cvm's `Filter`: ```` ``` ```` lines),
            // not in a list: its lines would end the list, and indented
            // continuation lines after it would be code (a doctest).
            if self.lists.is_empty() && (n > 0 || self.at_line_start()) {
                if let Some(close) = fence_close(&lines, n) {
                    self.fence(&lines[n + 1..close].join("\n"));
                    first = false;
                    n = close + 1;
                    continue;
                }
            }
            n += 1;
            if !first {
                if self.lists.is_empty() {
                    self.paragraph_break();
                } else {
                    self.line_break();
                }
            }
            first = false;
            let at_start = self.at_line_start();
            let line = if at_start { line.trim_start() } else { line };
            if line.is_empty() {
                continue;
            }
            let start = at_start && !self.out.ends_with("- ");
            // A new line inside a list continues the item when indented to
            // its text (teo: `<li>...\nValid values:<ul>...`).
            if start && !self.out.is_empty() {
                if let Some(&indent) = self.indents.last() {
                    self.out.push_str(&" ".repeat(indent));
                }
            }
            self.out.push_str(&escape_inline(line, start, false));
        }
    }

    /// Close open emphasis: Markdown emphasis cannot cross a line or cell.
    fn close_emphasis(&mut self) {
        for (open, marker) in [(self.em, "*"), (self.strong, "**")] {
            if open {
                if !self.in_table {
                    trim_trailing_spaces(&mut self.out);
                }
                self.raw(marker);
            }
        }
        self.em = false;
        self.strong = false;
    }

    fn paragraph_break(&mut self) {
        self.close_emphasis();
        trim_trailing_spaces(&mut self.out);
        if self.out.is_empty() || self.out.ends_with("\n\n") {
            return;
        }
        if self.out.ends_with('\n') {
            self.out.push('\n');
        } else {
            self.out.push_str("\n\n");
        }
    }

    fn line_break(&mut self) {
        self.close_emphasis();
        trim_trailing_spaces(&mut self.out);
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn list_item(&mut self) {
        self.after_li = false;
        if self.lists.is_empty() {
            // A bare <li> outside a list is still a bullet (a bullet may
            // interrupt a paragraph in CommonMark).
            self.line_break();
            self.out.push_str("- ");
            return;
        }
        self.line_break();
        let depth = self.lists.len() - 1;
        let marker = match self.lists.last_mut().unwrap() {
            Some(n) => {
                *n += 1;
                format!("{n}. ")
            }
            None => "- ".to_string(),
        };
        self.out.push_str(&"  ".repeat(depth));
        self.out.push_str(&marker);
        if let Some(indent) = self.indents.last_mut() {
            *indent = 2 * depth + marker.len();
        }
    }

    fn code_span(&mut self, code: &str) {
        let code = code.replace('\n', " ");
        let code = code.trim();
        if code.is_empty() {
            return;
        }
        let ticks = if code.contains('`') { "``" } else { "`" };
        let pad = if code.starts_with('`') || code.ends_with('`') {
            " "
        } else {
            ""
        };
        let span = format!("{ticks}{pad}{code}{pad}{ticks}");
        if self.in_table {
            self.raw(&span.replace('|', "\\|"));
        } else {
            self.out.push_str(&span);
        }
    }

    fn fence(&mut self, code: &str) {
        self.paragraph_break();
        let fence = fence_for(code);
        self.out.push_str(&format!(
            "{fence}text\n{}\n{fence}",
            code.trim_matches('\n')
        ));
        self.paragraph_break();
    }

    fn link(&mut self, text: &str, href: Option<&str>) {
        match href {
            Some(h) if h.starts_with("http://") || h.starts_with("https://") => {
                let h = h
                    .replace(' ', "%20")
                    .replace('(', "%28")
                    .replace(')', "%29");
                if text.is_empty() || text == h {
                    self.raw(&format!("<{h}>"));
                } else {
                    let label = escape_inline(text, false, self.in_table).replace(['\n', '|'], " ");
                    self.raw(&format!("[{label}]({h})"));
                }
            }
            _ => {
                let label = escape_inline(text, false, self.in_table);
                self.raw(&label);
            }
        }
    }

    fn flush_table(&mut self) {
        self.close_emphasis();
        self.in_table = false;
        let rows: Vec<Vec<String>> = std::mem::take(&mut self.table_rows)
            .into_iter()
            .filter(|r| !r.is_empty())
            .collect();
        if rows.is_empty() {
            return;
        }
        let width = rows.iter().map(|r| r.len()).max().unwrap_or(0);
        self.paragraph_break();
        for (n, row) in rows.iter().enumerate() {
            let cells: Vec<String> = (0..width)
                .map(|i| row.get(i).map(|c| c.trim().to_string()).unwrap_or_default())
                .collect();
            self.out.push_str(&format!("| {} |\n", cells.join(" | ")));
            if n == 0 {
                self.out.push_str(&format!("|{}\n", "---|".repeat(width)));
            }
        }
        self.paragraph_break();
    }

    fn finish(mut self) -> String {
        self.close_emphasis();
        trim_trailing_spaces(&mut self.out);
        let mut s = String::with_capacity(self.out.len());
        let mut blank = 0;
        for line in self.out.lines() {
            let line = line.trim_end();
            if line.is_empty() {
                blank += 1;
                continue;
            }
            if !s.is_empty() {
                s.push_str(if blank > 0 { "\n\n" } else { "\n" });
            }
            blank = 0;
            s.push_str(line);
        }
        s
    }
}

/// The length of the longest run of backticks in `s`.
fn longest_backtick_run(s: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in s.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

/// If `lines[open]` opens a fenced code block (three or more backticks and
/// an info string without any), the index of the line that closes it (at
/// least as many backticks, nothing else).
fn fence_close(lines: &[&str], open: usize) -> Option<usize> {
    let opening = lines[open].trim();
    let run = opening.len() - opening.trim_start_matches('`').len();
    if run < 3 || opening[run..].contains('`') {
        return None;
    }
    (open + 1..lines.len()).find(|&m| {
        let l = lines[m].trim();
        l.len() >= run && l.bytes().all(|b| b == b'`')
    })
}

/// A backtick that is text, not code: as an entity, which reads the same in
/// rustdoc as `\``, and keeps a backslash-backtick pair out of the output
/// (the symptom of the old escaping, easy to check for).
const LITERAL_BACKTICK: &str = "&#96;";

/// Characters whose backslash escape in the specs' text is Markdown's: the
/// backslash goes, the character stays (see the module doc).
const MARKDOWN_ESCAPED: &[char] = &['`', '*', '_', '~', '<', '>'];

/// Whether `chars[i..]` starts with a backslash escaping a [`MARKDOWN_ESCAPED`]
/// character.
fn markdown_escape_at(chars: &[char], i: usize) -> bool {
    chars[i] == '\\'
        && chars
            .get(i + 1)
            .is_some_and(|c| MARKDOWN_ESCAPED.contains(c))
}

/// Where the code span opened by the `run` backticks before `from` closes:
/// the index of the next run of exactly `run` backticks (CommonMark).
fn closing_backticks(chars: &[char], from: usize, run: usize) -> Option<usize> {
    let mut j = from;
    while j < chars.len() {
        if chars[j] != '`' {
            j += 1;
            continue;
        }
        let start = j;
        while j < chars.len() && chars[j] == '`' {
            j += 1;
        }
        if j - start == run {
            return Some(start);
        }
    }
    None
}

fn trim_trailing_spaces(s: &mut String) {
    while s.ends_with(' ') || s.ends_with('\t') {
        s.pop();
    }
}

/// Escape Markdown-significant characters of plain text, keeping its code
/// spans and reading its Markdown escapes (see the module doc); `line_start`
/// says whether the text begins a line (where `#`, `>`, `+`, `=` and `1.`
/// matter), `in_table` whether it is in a table cell.
fn escape_inline(text: &str, line_start: bool, in_table: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        // The author's escape: the character, escaped our way (every ASCII
        // punctuation character may be escaped in Markdown).
        if markdown_escape_at(&chars, i) {
            if chars[i + 1] == '`' {
                out.push_str(LITERAL_BACKTICK);
            } else {
                out.push('\\');
                out.push(chars[i + 1]);
            }
            i += 2;
            continue;
        }
        // A code span stays the same code span (its delimiters and spaces
        // as they are); a backtick run without its closing run is text.
        if chars[i] == '`' {
            let mut j = i;
            while j < chars.len() && chars[j] == '`' {
                j += 1;
            }
            let run = j - i;
            match closing_backticks(&chars, j, run) {
                Some(end) => {
                    let ticks = "`".repeat(run);
                    out.push_str(&ticks);
                    let mut k = j;
                    while k < end {
                        if k + 1 < end && markdown_escape_at(&chars, k) && chars[k + 1] != '`' {
                            k += 1;
                        }
                        // GFM splits table cells before it sees code spans.
                        if in_table && chars[k] == '|' {
                            out.push('\\');
                        }
                        out.push(chars[k]);
                        k += 1;
                    }
                    out.push_str(&ticks);
                    i = end + run;
                }
                None => {
                    out.push_str(&LITERAL_BACKTICK.repeat(run));
                    i = j;
                }
            }
            continue;
        }
        // Bare URLs become autolinks.
        if chars[i] == 'h' && starts_with_url(&chars[i..]) {
            let mut j = i;
            while j < chars.len() && !is_url_end(chars[j]) {
                j += 1;
            }
            while j > i
                && matches!(
                    chars[j - 1],
                    '.' | ',' | ';' | ':' | ')' | '!' | '?' | '\'' | '"'
                )
            {
                j -= 1;
            }
            let url: String = chars[i..j].iter().collect();
            out.push('<');
            out.push_str(&url);
            out.push('>');
            i = j;
            continue;
        }
        let c = chars[i];
        let at_start = line_start && out.trim().is_empty();
        match c {
            '[' | ']' | '*' | '\\' | '<' | '>' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '_' => {
                // Intraword underscores (RISK_CRITICAL) are literal in CommonMark;
                // only those at word boundaries can start emphasis.
                let prev_word = i > 0 && chars[i - 1].is_alphanumeric();
                let next_word = i + 1 < chars.len() && chars[i + 1].is_alphanumeric();
                if prev_word && next_word {
                    out.push('_');
                } else {
                    out.push_str("\\_");
                }
            }
            '#' | '+' | '-' | '=' if at_start => {
                out.push('\\');
                out.push(c);
            }
            '&' => {
                // Keep a literal ampersand from forming an entity.
                out.push_str("&amp;");
            }
            _ if at_start && c.is_ascii_digit() => {
                // "1. text" or "1) text" at the start of a line is a numbered list.
                let mut j = i;
                while j < chars.len() && chars[j].is_ascii_digit() {
                    j += 1;
                }
                let digits: String = chars[i..j].iter().collect();
                out.push_str(&digits);
                let marker = j < chars.len() && matches!(chars[j], '.' | ')');
                if marker && chars.get(j + 1).is_none_or(|c| c.is_whitespace()) {
                    out.push('\\');
                    out.push(chars[j]);
                    j += 1;
                }
                i = j;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

fn starts_with_url(chars: &[char]) -> bool {
    let s: String = chars.iter().take(8).collect();
    (s.starts_with("https://") || s.starts_with("http://")) && chars.len() > 8
}

fn is_url_end(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '<' | '>' | '"' | '`' | '|' | '[' | ']' | '{' | '}' | '\\' | '^'
        )
        || !c.is_ascii()
}

#[cfg(test)]
mod tests {
    use super::to_markdown as md;

    #[test]
    fn lines_inside_list_items_stay_in_the_item() {
        // teo: a line break inside an item, then a nested list.
        assert_eq!(
            md("<ul><li><b>a</b>: x.\nValid values:<ul><li>1</li></ul></li><li>b</li></ul>"),
            "- **a**: x.\n  Valid values:\n\n  - 1\n\n- b"
        );
        // cbs: stray punctuation between items is dropped.
        assert_eq!(
            md("Values:\n<ul>\n<Li>NORMAL: normal.</li>.\n<Li>ISOLATED: isolated.</li>.\n</ul>"),
            "Values:\n\n- NORMAL: normal.\n- ISOLATED: isolated."
        );
        // Other text after an item continues it, indented.
        assert_eq!(
            md("<ol><li>one</li>more\n<li>two</li></ol>"),
            "1. one\n   more\n2. two"
        );
    }

    #[test]
    fn emphasis_closes_where_its_block_ends() {
        // cvm: `<li><strong>zone</li></strong>` gave `- **zone` then `**` on a
        // line of its own (clippy: doc list item without indentation).
        assert_eq!(
            md("<li><strong>zone</li></strong>\nFilters by zone."),
            "- **zone**\n\nFilters by zone."
        );
        assert_eq!(md("<b>open to the end"), "**open to the end**");
        assert_eq!(md("a</strong> b <em>c</em>"), "a b *c*");
        assert_eq!(md("<b>bold</b> text"), "**bold** text");
    }

    #[test]
    fn list_items_become_bullets() {
        assert_eq!(
            md("Filtering criteria\n<li>HostId - String - required: no - host ID</li>\n<li>Status - String</li>"),
            "Filtering criteria\n\n- HostId - String - required: no - host ID\n- Status - String"
        );
    }

    #[test]
    fn text_after_bare_items_is_a_new_paragraph() {
        assert_eq!(md("<li>a</li><li>b</li>\nNote: c"), "- a\n- b\n\nNote: c");
    }

    #[test]
    fn lines_become_paragraphs() {
        assert_eq!(
            md("DEAL_NONE: File pending\nDEAL_IGNORE: Already ignored"),
            "DEAL_NONE: File pending\n\nDEAL_IGNORE: Already ignored"
        );
    }

    #[test]
    fn brackets_and_placeholders_are_escaped() {
        assert_eq!(
            md("Sorting order: [ASC|DESC]"),
            "Sorting order: \\[ASC\\|DESC\\]"
        );
        assert_eq!(
            md("<Common request parameters>"),
            "\\<Common request parameters\\>"
        );
    }

    #[test]
    fn links_code_and_bold() {
        assert_eq!(
            md(
                r#"See <a href="https://x.com/a">the doc</a> and <code>Foo[0]</code>, <b>not</b> this."#
            ),
            "See [the doc](https://x.com/a) and `Foo[0]`, **not** this."
        );
        assert_eq!(
            md(r#"<a href="/document/product/1">doc</a>"#),
            "[doc](https://www.tencentcloud.com/document/product/1)"
        );
    }

    #[test]
    fn bare_urls_are_autolinks() {
        assert_eq!(
            md("see https://cloud.tencent.com/document/product/296/9605."),
            "see <https://cloud.tencent.com/document/product/296/9605>."
        );
    }

    #[test]
    fn indentation_cannot_make_a_doctest() {
        let out = md("Example:\n    let x = 1;\n    foo();");
        assert!(!out.lines().any(|l| l.starts_with("    ")), "{out}");
    }

    #[test]
    fn pre_becomes_text_fence() {
        assert_eq!(
            md("a<pre>x = 1\ny</pre>b"),
            "a\n\n```text\nx = 1\ny\n```\n\nb"
        );
    }

    #[test]
    fn tables_become_markdown_tables() {
        assert_eq!(
            md("<table><tr><th>A</th><th>B</th></tr><tr><td>1|2</td><td>x</td></tr></table>"),
            "| A | B |\n|---|---|\n| 1\\|2 | x |"
        );
    }

    #[test]
    fn paragraphs_and_breaks() {
        assert_eq!(md("<p>one</p><p>two<br>three</p>"), "one\n\ntwo\n\nthree");
    }

    #[test]
    fn entities_are_decoded_then_escaped() {
        assert_eq!(md("&quot;a&quot; &lt;b&gt; &amp;"), "\"a\" \\<b\\> &amp;");
    }

    #[test]
    fn leading_markers_are_escaped() {
        assert_eq!(md("# not a heading"), "\\# not a heading");
        assert_eq!(md("1. not a list"), "1\\. not a list");
        assert_eq!(md("> not a quote"), "\\> not a quote");
    }

    #[test]
    fn stars_and_underscores() {
        assert_eq!(
            md("10.*.*.1 RISK_CRITICAL _x_"),
            "10.\\*.\\*.1 RISK_CRITICAL \\_x\\_"
        );
    }

    #[test]
    fn backtick_code_spans_stay_code_spans() {
        // cwp DescribeClientExceptionRequest.StartTime: the text is partly
        // Markdown.
        assert_eq!(
            md("Start time in the format of `2006-01-02 15:04:05`"),
            "Start time in the format of `2006-01-02 15:04:05`"
        );
        // tcss: the last item's backtick is never closed, so it is text.
        assert_eq!(
            md(
                "Filters.\n<li>`Status` - String - Optional - Host status</li>\n\
                <li>`HostName - String - Optional - Host name</li>"
            ),
            "Filters.\n\n- `Status` - String - Optional - Host status\n\
             - &#96;HostName - String - Optional - Host name"
        );
        // A code span's text is code: nothing in it is escaped or linked.
        assert_eq!(
            md("Use `[a-z]*_x <task>` or `https://x.com/a_b`, not [a]."),
            "Use `[a-z]*_x <task>` or `https://x.com/a_b`, not \\[a\\]."
        );
        // Longer runs delimit spans containing backticks.
        assert_eq!(md("a ``x`y`` b"), "a ``x`y`` b");
        // tcss: unbalanced upstream text pairs as CommonMark (and so the
        // upstream site) pairs it, spaces kept; the last backtick is text.
        assert_eq!(
            md(
                "<li>`ContainerNetStatus` - String - Optional - Container network status. \
                Values: `NORMAL`, `ISOLATED`, `ISOLATE_FAILED` (Isolation failed`; \
                `RESTORE_FAILED` (Failed to restore from isolation), `RESTORING` (Restoring); \
                `ISOLATING`</li>"
            ),
            "- `ContainerNetStatus` - String - Optional - Container network status. \
             Values: `NORMAL`, `ISOLATED`, `ISOLATE_FAILED` (Isolation failed`; \
             `RESTORE_FAILED` (Failed to restore from isolation), `RESTORING` (Restoring); \
             `ISOLATING&#96;"
        );
        assert_eq!(
            md(
                "Container running status. `CREATED`, `RUNNING`, `PAUSED`, `STOPPED`, \
                `RESTARTING`: `REMOVING`, `DESTROYED (Terminated)"
            ),
            "Container running status. `CREATED`, `RUNNING`, `PAUSED`, `STOPPED`, \
             `RESTARTING`: `REMOVING`, &#96;DESTROYED (Terminated)"
        );
    }

    #[test]
    fn lone_backticks_are_text() {
        // cvm ModifyChcAttribute.Password.
        assert_eq!(
            md("special symbols ()`~!@#$%^&*-+=_|{}[]:;'<>,.?/"),
            "special symbols ()&#96;\\~!@#$%^&amp;\\*-+=\\_\\|{}\\[\\]:;'\\<\\>,.?/"
        );
    }

    #[test]
    fn markdown_escapes_in_the_specs_are_read() {
        // cvm ResetInstancesPassword.Password: `\``, `\~`, `\*`, `\_` are
        // Markdown escapes (the other cvm lists have no backslash).
        assert_eq!(
            md(r"Special characters: ()\`\~!@#$%^&\*-+=\_|{}[]:;'<>,.?/"),
            r"Special characters: ()&#96;\~!@#$%^&amp;\*-+=\_\|{}\[\]:;'\<\>,.?/"
        );
        // cvm LoginSettings.Password.
        assert_eq!(
            md(r"special characters of [( ) \` ~ ! @ # $ % ^ & * - + = | { } [ ] : ; ' , . ? / ]."),
            r"special characters of \[( ) &#96; \~ ! @ # $ % ^ &amp; \* - + = \| { } \[ \] : ; ' , . ? / \]."
        );
        // mariadb (corpus): escapes inside a code span mean the character too.
        assert_eq!(
            md(r"global permissions will be set (i.e., `\*.\*`)"),
            "global permissions will be set (i.e., `*.*`)"
        );
        // A backslash before anything else is text: sts RoleSessionName's
        // regex, and a backslash ending a code span.
        assert_eq!(md(r"Regex: [\w+=,.@:\/-]*"), r"Regex: \[\\w+=,.@:\\/-\]\*");
        assert_eq!(md(r"path `C:\` here"), r"path `C:\` here");
    }

    #[test]
    fn fences_in_the_text_are_text_fences() {
        // cvm `Filter` (its end).
        assert_eq!(
            md(
                "You can use the following filters to query the instances:\n```\n\
                Filters.0.Name=zone\n&Filters.0.Values.0=ap-guangzhou-1\n```"
            ),
            "You can use the following filters to query the instances:\n\n\
             ```text\nFilters.0.Name=zone\n&Filters.0.Values.0=ap-guangzhou-1\n```"
        );
        // lke: an info string; text after the block is a new paragraph.
        assert_eq!(
            md("e.g.\n```json\n{\"a\": [1]}\n```\nDone."),
            "e.g.\n\n```text\n{\"a\": [1]}\n```\n\nDone."
        );
        // Never closed: no block, the backticks are text.
        assert_eq!(md("a\n```\nb"), "a\n\n&#96;&#96;&#96;\n\nb");
        // In a list, where a block would end the list, the lines stay text.
        assert_eq!(
            md("<ul><li>a<ul><li>b\n```\nx\n```\nc</li></ul></li></ul>"),
            "- a\n\n  - b\n    &#96;&#96;&#96;\n    x\n    &#96;&#96;&#96;\n    c"
        );
    }

    #[test]
    fn code_spans_in_table_cells_escape_pipes() {
        assert_eq!(
            md("<table><tr><th>A</th></tr><tr><td>`a|b` c|d</td></tr></table>"),
            "| A |\n|---|\n| `a\\|b` c\\|d |"
        );
    }

    #[test]
    fn ordered_lists_are_numbered() {
        assert_eq!(md("<ol><li>a</li><li>b</li></ol>"), "1. a\n2. b");
    }
}
