//! Detection of paginated actions.
//!
//! Two styles are unambiguous in the specs and get paginators:
//!
//! * **offset**: the request has scalar `Offset` and `Limit` members and the
//!   response exactly one list member (and usually a total: `TotalCount`,
//!   `Total`, `TotalCnt` or `TotalNum`);
//! * **token**: the request and the response both have a string cursor
//!   (`NextToken`, `PaginationToken`, `PageToken`, `ScrollToken`; or request
//!   `Cursor` with response `NextCursor`), and the response exactly one list.
//!
//! Page-number styles (`PageNumber`/`PageNo`/`PageIndex` + `PageSize`) are
//! left out: whether the first page is 0 or 1 is not stated consistently.
//!
//! The default page size comes from the `Limit` doc: its maximum when stated
//! (capped at 100), else its default, else 10.

use super::{Field, Struct, Ty};

/// How an action pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pagination {
    /// `Offset`/`Limit` in the request.
    Offset {
        /// Index of `Offset` in the request's fields.
        offset: usize,
        /// Index of `Limit` in the request's fields.
        limit: usize,
        /// Index of the total in the response's fields.
        total: Option<usize>,
        /// Index of the list in the response's fields.
        list: usize,
        /// Default page size.
        page_size: u64,
    },
    /// A cursor in request and response.
    Token {
        /// Index of the cursor in the request's fields.
        token_in: usize,
        /// Index of the next cursor in the response's fields.
        token_out: usize,
        /// Index of the page size in the request's fields, if any.
        size: Option<usize>,
        /// Index of the list in the response's fields.
        list: usize,
        /// Default page size.
        page_size: u64,
    },
}

const TOTALS: &[&str] = &["TotalCount", "Total", "TotalCnt", "TotalNum"];
/// Cursor members, request → response, in the order they are tried (the
/// emulator's paged data sets read the same table).
pub const TOKENS: &[(&str, &str)] = &[
    ("NextToken", "NextToken"),
    ("PaginationToken", "PaginationToken"),
    ("PageToken", "PageToken"),
    ("ScrollToken", "ScrollToken"),
    ("Cursor", "NextCursor"),
];
/// Page-size members of token-paged requests, in the order they are tried.
pub const SIZES: &[&str] = &["MaxResults", "Limit", "PageSize"];

/// A member by wire name, unless upstream marks it no longer in use: paging
/// through a deprecated `Offset` would rely on what the server ignores (vod's
/// `DescribeRoundPlays` deprecates `Offset` and `TotalCount` for `ScrollToken`).
fn find<'a>(s: &'a Struct, wire: &str) -> Option<(usize, &'a Field)> {
    s.fields
        .iter()
        .enumerate()
        .find(|(_, f)| f.wire == wire && !f.deprecated)
}

fn is_count(f: &Field) -> bool {
    matches!(f.ty, Ty::I64 | Ty::U64 | Ty::String)
}

fn is_int(f: &Field) -> bool {
    matches!(f.ty, Ty::I64 | Ty::U64)
}

/// The one list of a response, if it has exactly one.
fn single_list(response: &Struct) -> Option<usize> {
    let mut lists = response
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| matches!(f.ty, Ty::List(_)) && !f.deprecated);
    let (index, _) = lists.next()?;
    lists.next().is_none().then_some(index)
}

/// How `request` → `response` pages, if it does.
pub fn detect(request: &Struct, response: &Struct) -> Option<Pagination> {
    let list = single_list(response)?;
    if let (Some((offset, o)), Some((limit, l))) = (find(request, "Offset"), find(request, "Limit"))
    {
        if is_count(o) && is_count(l) {
            let total = TOTALS.iter().find_map(|t| {
                find(response, t)
                    .filter(|(_, f)| is_count(f))
                    .map(|(i, _)| i)
            });
            return Some(Pagination::Offset {
                offset,
                limit,
                total,
                list,
                page_size: page_size(&l.doc),
            });
        }
    }
    for (input, output) in TOKENS {
        if let (Some((token_in, ti)), Some((token_out, to))) =
            (find(request, input), find(response, output))
        {
            if ti.ty == Ty::String && to.ty == Ty::String {
                let size = SIZES
                    .iter()
                    .find_map(|n| find(request, n).filter(|(_, f)| is_int(f)));
                return Some(Pagination::Token {
                    token_in,
                    token_out,
                    size: size.map(|(i, _)| i),
                    list,
                    page_size: size.map_or(10, |(_, f)| page_size(&f.doc)),
                });
            }
        }
    }
    None
}

/// Default page size from a `Limit` doc: the stated maximum (capped at 100),
/// else the stated default, else 10.
pub fn page_size(doc: &str) -> u64 {
    let text = doc.to_ascii_lowercase();
    let max = number_after(
        &text,
        &[
            "maximum value:",
            "maximum value is",
            "maximum value",
            "max value:",
            "max value",
            "maximum:",
            "maximum is",
            "maximum of",
            "maximum",
            "max:",
            "max.",
            "max",
            "up to",
            "no more than",
            "not more than",
            "not greater than",
            "cannot exceed",
            "can not exceed",
            "not exceed",
            "not exceeding",
            "at most",
        ],
    );
    if let Some(m) = max.filter(|m| *m > 0) {
        return m.min(100);
    }
    number_after(
        &text,
        &[
            "default value:",
            "default value is",
            "default value",
            "defaults to",
            "default:",
            "default is",
            "default",
        ],
    )
    .filter(|d| *d > 0)
    .unwrap_or(10)
}

/// The first integer within a few characters after any of `markers`.
fn number_after(text: &str, markers: &[&str]) -> Option<u64> {
    let mut best: Option<(usize, u64)> = None;
    for m in markers {
        let mut from = 0;
        while let Some(pos) = text[from..].find(m) {
            let start = from + pos + m.len();
            let rest = &text[start..];
            let skipped = rest.len()
                - rest
                    .trim_start_matches([' ', ':', '=', '\\', '*', '`'])
                    .len();
            let digits: String = rest[skipped..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',')
                .collect();
            let digits = digits.trim_end_matches(',').replace(',', "");
            if skipped <= 3 && !digits.is_empty() {
                if let Ok(n) = digits.parse::<u64>() {
                    if best.is_none_or(|(p, _)| start < p) {
                        best = Some((start, n));
                    }
                    break;
                }
            }
            from = start;
        }
    }
    best.map(|(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::page_size;

    #[test]
    fn page_sizes_from_limit_docs() {
        assert_eq!(
            page_size("Number of results to be returned. Default value: 10. Maximum value: 100."),
            100
        );
        assert_eq!(
            page_size("Number of returned results. Default value: 20. Maximum value: 50"),
            50
        );
        assert_eq!(page_size("Limit, max 1000"), 100);
        assert_eq!(page_size("Number of items per page. Default value: 10"), 10);
        assert_eq!(page_size("Up to 20 records can be returned"), 20);
        assert_eq!(page_size("Number of entries returned"), 10);
        assert_eq!(page_size("The number of results. Default: 20."), 20);
        assert_eq!(page_size("Maximum value: 1,000"), 100);
    }
}
