//! Paginators: walk every page of a list action as a `Stream`.
//!
//! Generated clients add `<action>_paginator(request)` for each action that
//! pages by `Offset`/`Limit` with one list in its response, or by a
//! `NextToken`-style cursor. A paginator stops at whichever comes first:
//!
//! * the server's total (`TotalCount`) is reached;
//! * a page is empty, or, for actions without a total, shorter than the page
//!   size asked for (with a total, a short page only means the server caps
//!   the page size);
//! * the cursor is absent, empty, or repeats;
//! * the user's limit ([`Paginator::max_items`]);
//! * a page that repeats the previous one (a server ignoring the offset).
//!
//! So a wrong `TotalCount` can end a walk early or make it ask for one empty
//! page more, but never makes it loop forever.
//!
//! ```no_run
//! # async fn demo() -> Result<(), tencentcloud_runtime::Error> {
//! # mod cwp { pub struct Client; impl Client { pub fn describe_risk_process_events_paginator(&self, _: Req) -> tencentcloud_runtime::paginate::Paginator<Req, Resp> { unimplemented!() } }
//! #   #[derive(Clone, serde::Serialize)] pub struct Req; #[derive(serde::Serialize)] pub struct Resp;
//! #   impl tencentcloud_runtime::de::Decode for Resp { const EXPECTED: &'static str = "object"; fn decode_from(_: &mut dyn tencentcloud_runtime::de::Input) -> Result<Option<Self>, tencentcloud_runtime::de::Failed> { Ok(None) } }
//! #   impl tencentcloud_runtime::paginate::Page for Resp { type Item = u32; fn total(&self) -> Option<u64> { None } fn items(&self) -> &[u32] { &[] } fn into_items(self) -> Vec<u32> { vec![] } } }
//! # let client = cwp::Client; let request = cwp::Req;
//! use futures_util::StreamExt;
//! let mut events = client
//!     .describe_risk_process_events_paginator(request)
//!     .page_size(100)
//!     .max_items(1_000)
//!     .items();
//! while let Some(event) = events.next().await {
//!     let event = event?;
//! #   let _ = event;
//! }
//! # Ok(()) }
//! ```

/// `next()` and the other combinators for [`PageStream`]s, re-exported so
/// users need no direct `futures` dependency.
pub use futures_util::StreamExt;

use crate::client::{Action, ServiceClient};
use crate::de::Decode;
use crate::error::Error;
use futures_core::Stream;
use serde::Serialize;

/// A request that pages by offset and limit. Generated for each paginated
/// action, converting to the request's own integer or string types.
pub trait OffsetRequest: Clone + Serialize + Send + 'static {
    /// The offset the request starts at, if set.
    fn offset(&self) -> Option<u64>;
    /// The page size, if set.
    fn limit(&self) -> Option<u64>;
    /// Set the offset.
    fn set_offset(&mut self, offset: u64);
    /// Set the page size.
    fn set_limit(&mut self, limit: u64);
}

/// A request that pages by an opaque cursor.
pub trait TokenRequest: Clone + Serialize + Send + 'static {
    /// Set the cursor (left unset for the first page).
    fn set_token(&mut self, token: String);
    /// The page size set on the request, if the action has one.
    fn page_size(&self) -> Option<u64>;
    /// Set the page size, if the action has one.
    fn set_page_size(&mut self, size: u64);
}

/// One page of a list action's response.
pub trait Page: Decode + Send + 'static {
    /// The listed items' type.
    type Item: Serialize + Send + 'static;
    /// The total number of items the server reports, if it does.
    fn total(&self) -> Option<u64>;
    /// The items of this page.
    fn items(&self) -> &[Self::Item];
    /// The items of this page, owned.
    fn into_items(self) -> Vec<Self::Item>;
    /// The cursor of the next page (token-paged actions).
    fn next_token(&self) -> Option<&str> {
        None
    }
}

/// A stream of pages or items: `Send`, `'static` and `Unpin`, so
/// `stream.next().await` (with `futures_util::StreamExt`) just works.
pub type PageStream<T> = std::pin::Pin<Box<dyn Stream<Item = Result<T, Error>> + Send + 'static>>;

/// How the request moves from page to page.
enum Mover<Req> {
    Offset {
        start: u64,
        set_offset: fn(&mut Req, u64),
        set_limit: fn(&mut Req, u64),
    },
    Token {
        set_token: fn(&mut Req, String),
        set_size: fn(&mut Req, u64),
    },
}

/// Walks the pages of one list action. Build it with a generated
/// `<action>_paginator` method; consume it with [`pages`](Self::pages),
/// [`items`](Self::items) or [`collect_items`](Self::collect_items).
#[must_use = "a paginator does nothing until its stream is polled"]
pub struct Paginator<Req, Resp> {
    client: ServiceClient,
    action: &'static Action,
    request: Req,
    mover: Mover<Req>,
    page_size: u64,
    max_items: Option<u64>,
    _resp: std::marker::PhantomData<fn() -> Resp>,
}

impl<Req, Resp> std::fmt::Debug for Paginator<Req, Resp> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginator")
            .field("action", &self.action.name)
            .field("page_size", &self.page_size)
            .field("max_items", &self.max_items)
            .finish_non_exhaustive()
    }
}

impl<Req: OffsetRequest, Resp: Page> Paginator<Req, Resp> {
    /// An offset/limit paginator starting at the request's offset (0 when
    /// unset), with the request's limit as page size, else `default_page_size`.
    pub fn offset(
        client: ServiceClient,
        action: &'static Action,
        request: Req,
        default_page_size: u64,
    ) -> Self {
        let page_size = request
            .limit()
            .filter(|l| *l > 0)
            .unwrap_or(default_page_size.max(1));
        Paginator {
            client,
            action,
            mover: Mover::Offset {
                start: request.offset().unwrap_or(0),
                set_offset: Req::set_offset,
                set_limit: Req::set_limit,
            },
            request,
            page_size,
            max_items: None,
            _resp: std::marker::PhantomData,
        }
    }
}

impl<Req: TokenRequest, Resp: Page> Paginator<Req, Resp> {
    /// A cursor paginator starting at the first page.
    pub fn token(
        client: ServiceClient,
        action: &'static Action,
        request: Req,
        default_page_size: u64,
    ) -> Self {
        let page_size = request
            .page_size()
            .filter(|l| *l > 0)
            .unwrap_or(default_page_size.max(1));
        Paginator {
            client,
            action,
            request,
            mover: Mover::Token {
                set_token: Req::set_token,
                set_size: Req::set_page_size,
            },
            page_size,
            max_items: None,
            _resp: std::marker::PhantomData,
        }
    }
}

impl<Req, Resp> Paginator<Req, Resp>
where
    Req: Clone + Serialize + Send + 'static,
    Resp: Page,
{
    /// Items per request. The default is the request's own limit, else the
    /// action's documented maximum (capped at 100), else its documented
    /// default.
    pub fn page_size(mut self, size: u64) -> Self {
        self.page_size = size.max(1);
        self
    }

    /// Stop after this many items in all (pages are trimmed to fit).
    pub fn max_items(mut self, n: u64) -> Self {
        self.max_items = Some(n);
        self
    }

    /// The pages, one response per request.
    pub fn pages(self) -> PageStream<Resp> {
        Box::pin(futures_util::stream::unfold(
            Walk::new(self),
            |mut walk| async move {
                let page = walk.next_page().await?;
                Some((page, walk))
            },
        ))
    }

    /// The items of every page, in order.
    pub fn items(self) -> PageStream<Resp::Item> {
        use futures_util::StreamExt;
        let max = self.max_items;
        let mut seen = 0u64;
        let stream = self
            .pages()
            .flat_map(|page| {
                let items: Vec<Result<Resp::Item, Error>> = match page {
                    Ok(p) => p.into_items().into_iter().map(Ok).collect(),
                    Err(e) => vec![Err(e)],
                };
                futures_util::stream::iter(items)
            })
            .take_while(move |item| {
                let keep = item.is_err() || max.is_none_or(|m| seen < m);
                seen += 1;
                std::future::ready(keep)
            });
        Box::pin(stream)
    }

    /// Every item (up to [`max_items`](Self::max_items)), or the first error.
    pub async fn collect_items(self) -> Result<Vec<Resp::Item>, Error> {
        use futures_util::TryStreamExt;
        self.items().try_collect().await
    }
}

/// The state of a walk through the pages.
struct Walk<Req, Resp> {
    p: Paginator<Req, Resp>,
    /// Next offset (offset style).
    offset: u64,
    /// Next cursor (token style); `None` for the first page.
    token: Option<String>,
    fetched: u64,
    done: bool,
    /// First and last item of the previous page, serialized.
    last_page: Option<(usize, Vec<u8>)>,
}

impl<Req, Resp> Walk<Req, Resp>
where
    Req: Clone + Serialize + Send + 'static,
    Resp: Page,
{
    fn new(p: Paginator<Req, Resp>) -> Self {
        let offset = match p.mover {
            Mover::Offset { start, .. } => start,
            Mover::Token { .. } => 0,
        };
        Walk {
            p,
            offset,
            token: None,
            fetched: 0,
            done: false,
            last_page: None,
        }
    }

    async fn next_page(&mut self) -> Option<Result<Resp, Error>> {
        if self.done {
            return None;
        }
        let remaining = self.p.max_items.map(|m| m.saturating_sub(self.fetched));
        if remaining == Some(0) {
            return None;
        }
        let want = remaining.map_or(self.p.page_size, |r| r.min(self.p.page_size));
        let mut request = self.p.request.clone();
        match &self.p.mover {
            Mover::Offset {
                set_offset,
                set_limit,
                ..
            } => {
                set_offset(&mut request, self.offset);
                set_limit(&mut request, want);
            }
            Mover::Token {
                set_token,
                set_size,
            } => {
                set_size(&mut request, want);
                if let Some(token) = &self.token {
                    set_token(&mut request, token.clone());
                }
            }
        }
        let page: Resp = match self.p.client.send_serialized(self.p.action, &request).await {
            Ok(page) => page,
            Err(e) => {
                self.done = true;
                return Some(Err(e));
            }
        };
        let count = page.items().len() as u64;
        self.fetched += count;
        match &self.p.mover {
            Mover::Offset { .. } => {
                self.offset += count;
                // With a total, a short page is just a server capping the page
                // size: go on until the total or an empty page. Without one, a
                // short page is the end.
                let finished = match page.total() {
                    Some(total) => self.offset >= total,
                    None => count < want,
                };
                if count == 0 || finished {
                    self.done = true;
                }
            }
            Mover::Token { .. } => {
                let next = page
                    .next_token()
                    .filter(|t| !t.is_empty())
                    .map(str::to_string);
                if count == 0 || next.is_none() || next == self.token {
                    self.done = true;
                }
                self.token = next;
            }
        }
        // A server that ignores the offset serves the same page again: return
        // it once, then stop instead of looping.
        let fingerprint = fingerprint(page.items());
        if self.last_page.is_some() && self.last_page == fingerprint {
            self.done = true;
            return None;
        }
        self.last_page = fingerprint;
        Some(Ok(page))
    }
}

/// Item count plus the first and last item serialized: enough to recognise a
/// repeated page without serializing all of it.
fn fingerprint<T: Serialize>(items: &[T]) -> Option<(usize, Vec<u8>)> {
    let (first, last) = (items.first()?, items.last()?);
    let mut bytes = serde_json::to_vec(first).ok()?;
    bytes.extend(serde_json::to_vec(last).ok()?);
    Some((items.len(), bytes))
}

/// Convert a spec integer (offset, limit, total) to `u64`; negative values
/// and unparsable strings are `None`.
pub trait AsCount {
    /// The value as a count.
    fn as_count(&self) -> Option<u64>;
}

impl AsCount for u64 {
    fn as_count(&self) -> Option<u64> {
        Some(*self)
    }
}

impl AsCount for i64 {
    fn as_count(&self) -> Option<u64> {
        u64::try_from(*self).ok()
    }
}

impl AsCount for String {
    fn as_count(&self) -> Option<u64> {
        self.trim().parse().ok()
    }
}

impl<T: AsCount> AsCount for Option<T> {
    fn as_count(&self) -> Option<u64> {
        self.as_ref().and_then(AsCount::as_count)
    }
}

/// Build a spec integer (offset, limit) from a count.
pub trait FromCount {
    /// The count in this type (saturating for `i64`).
    fn from_count(n: u64) -> Self;
}

impl FromCount for u64 {
    fn from_count(n: u64) -> Self {
        n
    }
}

impl FromCount for i64 {
    fn from_count(n: u64) -> Self {
        i64::try_from(n).unwrap_or(i64::MAX)
    }
}

impl FromCount for String {
    fn from_count(n: u64) -> Self {
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_convert_between_spec_types() {
        assert_eq!(Some(5i64).as_count(), Some(5));
        assert_eq!(Some(-1i64).as_count(), None);
        assert_eq!(Some(" 7 ".to_string()).as_count(), Some(7));
        assert_eq!(None::<u64>.as_count(), None);
        assert_eq!(i64::from_count(u64::MAX), i64::MAX);
        assert_eq!(String::from_count(3), "3");
    }

    #[test]
    fn fingerprint_sees_first_and_last() {
        assert_eq!(fingerprint::<u32>(&[]), None);
        assert_eq!(fingerprint(&[1, 2, 3]), fingerprint(&[1, 9, 3]));
        assert_ne!(fingerprint(&[1, 2, 3]), fingerprint(&[4, 5, 6]));
        assert_ne!(fingerprint(&[1, 3]), fingerprint(&[1, 2, 3]));
    }
}
