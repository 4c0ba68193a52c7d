//! Paginators against a local server serving N items by Offset/Limit (or by
//! cursor), including servers that report a wrong total or ignore the offset.

use futures_util::StreamExt;
use serde::Serialize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tencentcloud_runtime::de::{read, Failed, Input, Model, Table};
use tencentcloud_runtime::paginate::{OffsetRequest, Page, Paginator, TokenRequest};
use tencentcloud_runtime::UnknownFields;
use tencentcloud_runtime::{Action, Config, Credential, RetryConfig, ServiceClient};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// How the fake server misbehaves.
#[derive(Clone, Copy)]
struct Behaviour {
    items: u64,
    /// The TotalCount it reports (`None`: the real count).
    reported_total: Option<u64>,
    /// Serve page 1 whatever the offset.
    ignore_offset: bool,
    /// Cap on items per page whatever the limit.
    server_max: u64,
}

/// Serve `{"Response":{"TotalCount","List":[{"Id":i}],"NextToken"}}` pages.
async fn serve(b: Behaviour) -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let counter = counter.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                loop {
                    // Read one request: headers, then Content-Length bytes.
                    let header_end = loop {
                        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            break p + 4;
                        }
                        let mut chunk = [0u8; 4096];
                        match sock.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    };
                    let head = String::from_utf8_lossy(&buf[..header_end]).to_ascii_lowercase();
                    let len: usize = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0);
                    while buf.len() < header_end + len {
                        let mut chunk = [0u8; 4096];
                        match sock.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let body: serde_json::Value =
                        serde_json::from_slice(&buf[header_end..header_end + len])
                            .unwrap_or_default();
                    buf.drain(..header_end + len);
                    counter.fetch_add(1, Ordering::SeqCst);
                    let token_offset = body["NextToken"].as_str().and_then(|t| t.parse().ok());
                    let offset = if b.ignore_offset {
                        0
                    } else {
                        token_offset.or(body["Offset"].as_u64()).unwrap_or(0)
                    };
                    let limit = body["Limit"].as_u64().unwrap_or(10).min(b.server_max);
                    let end = (offset + limit).min(b.items);
                    let list: Vec<serde_json::Value> = (offset..end)
                        .map(|i| serde_json::json!({ "Id": i }))
                        .collect();
                    let next = if end < b.items {
                        end.to_string()
                    } else {
                        String::new()
                    };
                    let response = serde_json::json!({"Response": {
                        "TotalCount": b.reported_total.unwrap_or(b.items),
                        "List": list,
                        "NextToken": next,
                        "RequestId": "r",
                    }})
                    .to_string();
                    let reply = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{response}",
                        response.len()
                    );
                    if sock.write_all(reply.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (url, hits)
}

#[derive(Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
struct ListRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_token: Option<String>,
}

impl OffsetRequest for ListRequest {
    fn offset(&self) -> Option<u64> {
        self.offset
    }
    fn limit(&self) -> Option<u64> {
        self.limit.map(|l| l as u64)
    }
    fn set_offset(&mut self, offset: u64) {
        self.offset = Some(offset);
    }
    fn set_limit(&mut self, limit: u64) {
        self.limit = Some(limit as i64);
    }
}

impl TokenRequest for ListRequest {
    fn set_token(&mut self, token: String) {
        self.next_token = Some(token);
    }
    fn page_size(&self) -> Option<u64> {
        self.limit.map(|l| l as u64)
    }
    fn set_page_size(&mut self, size: u64) {
        self.limit = Some(size as i64);
    }
}

#[derive(Debug, Default, PartialEq, Serialize)]
struct Item {
    id: Option<u64>,
    #[serde(skip)]
    unknown: UnknownFields,
}

impl Model for Item {
    fn table(&self) -> Table {
        Table {
            members: &["Id"],
            required: &[],
        }
    }
    fn empty() -> Self {
        Item::default()
    }
    fn member(&mut self, index: usize, input: &mut dyn Input) -> Result<bool, Failed> {
        match index {
            0 => read(input, &mut self.id),
            _ => Ok(false),
        }
    }
    fn unknown_fields_mut(&mut self) -> &mut UnknownFields {
        &mut self.unknown
    }
}

#[derive(Default)]
struct ListResponse {
    total: Option<u64>,
    list: Option<Vec<Item>>,
    next_token: Option<String>,
    unknown: UnknownFields,
}

impl Model for ListResponse {
    fn table(&self) -> Table {
        Table {
            members: &["List", "NextToken", "TotalCount"],
            required: &[],
        }
    }
    fn empty() -> Self {
        ListResponse::default()
    }
    fn member(&mut self, index: usize, input: &mut dyn Input) -> Result<bool, Failed> {
        match index {
            0 => read(input, &mut self.list),
            1 => read(input, &mut self.next_token),
            2 => read(input, &mut self.total),
            _ => Ok(false),
        }
    }
    fn unknown_fields_mut(&mut self) -> &mut UnknownFields {
        &mut self.unknown
    }
}

impl Page for ListResponse {
    type Item = Item;
    fn total(&self) -> Option<u64> {
        self.total
    }
    fn items(&self) -> &[Item] {
        self.list.as_deref().unwrap_or(&[])
    }
    fn into_items(self) -> Vec<Item> {
        self.list.unwrap_or_default()
    }
    fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }
}

static LIST: Action = Action {
    name: "DescribeThings",
    idempotent: false,
    skip_sign: false,
};

fn client(url: &str) -> ServiceClient {
    let config = Config::builder()
        .credentials(Credential::new("id", "key"))
        .endpoint_url(url)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    ServiceClient::generic(&config, "demo", "2020-01-01")
}

fn ids(items: &[Item]) -> Vec<u64> {
    items.iter().map(|i| i.id.unwrap()).collect()
}

const HONEST: Behaviour = Behaviour {
    items: 23,
    reported_total: None,
    ignore_offset: false,
    server_max: 1000,
};

#[tokio::test]
async fn offset_walk_returns_every_item_once_and_stops_at_the_total() {
    let (url, hits) = serve(HONEST).await;
    let p: Paginator<ListRequest, ListResponse> =
        Paginator::offset(client(&url), &LIST, ListRequest::default(), 10);
    let items = p.collect_items().await.unwrap();
    assert_eq!(ids(&items), (0..23).collect::<Vec<_>>());
    // 10 + 10 + 3: the third page reaches the total (and is short).
    assert_eq!(hits.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn exact_multiple_stops_at_the_total_without_an_empty_page() {
    let (url, hits) = serve(Behaviour {
        items: 20,
        ..HONEST
    })
    .await;
    let p: Paginator<ListRequest, ListResponse> =
        Paginator::offset(client(&url), &LIST, ListRequest::default(), 10);
    assert_eq!(p.collect_items().await.unwrap().len(), 20);
    assert_eq!(hits.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn an_inflated_total_ends_at_the_first_empty_page() {
    let (url, hits) = serve(Behaviour {
        reported_total: Some(1_000_000),
        ..HONEST
    })
    .await;
    let p: Paginator<ListRequest, ListResponse> =
        Paginator::offset(client(&url), &LIST, ListRequest::default(), 10);
    assert_eq!(p.collect_items().await.unwrap().len(), 23);
    // 10, 10, 3, then one empty page.
    assert_eq!(hits.load(Ordering::SeqCst), 4);
}

#[tokio::test]
async fn a_deflated_total_ends_at_the_total() {
    let (url, hits) = serve(Behaviour {
        reported_total: Some(15),
        ..HONEST
    })
    .await;
    let p: Paginator<ListRequest, ListResponse> =
        Paginator::offset(client(&url), &LIST, ListRequest::default(), 10);
    assert_eq!(p.collect_items().await.unwrap().len(), 20);
    assert_eq!(hits.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_server_ignoring_the_offset_does_not_loop_forever() {
    let (url, hits) = serve(Behaviour {
        reported_total: Some(1_000_000),
        ignore_offset: true,
        ..HONEST
    })
    .await;
    let p: Paginator<ListRequest, ListResponse> =
        Paginator::offset(client(&url), &LIST, ListRequest::default(), 10);
    let items = p.collect_items().await.unwrap();
    assert_eq!(ids(&items), (0..10).collect::<Vec<_>>());
    assert_eq!(hits.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_server_capping_the_page_size_still_yields_everything() {
    // At most 5 per page though 10 were asked: with a total, keep going.
    let (url, hits) = serve(Behaviour {
        server_max: 5,
        ..HONEST
    })
    .await;
    let p: Paginator<ListRequest, ListResponse> =
        Paginator::offset(client(&url), &LIST, ListRequest::default(), 10);
    let items = p.collect_items().await.unwrap();
    assert_eq!(ids(&items), (0..23).collect::<Vec<_>>());
    assert_eq!(hits.load(Ordering::SeqCst), 5);
}

#[tokio::test]
async fn max_items_and_page_size_and_start_offset() {
    let (url, hits) = serve(HONEST).await;
    let request = ListRequest {
        offset: Some(5),
        ..Default::default()
    };
    let p: Paginator<ListRequest, ListResponse> =
        Paginator::offset(client(&url), &LIST, request, 10);
    let items = p.page_size(4).max_items(7).collect_items().await.unwrap();
    assert_eq!(ids(&items), (5..12).collect::<Vec<_>>());
    // 4 + 3 (the last page asks only for what is still wanted).
    assert_eq!(hits.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn pages_stream_yields_responses() {
    let (url, _) = serve(HONEST).await;
    let p: Paginator<ListRequest, ListResponse> =
        Paginator::offset(client(&url), &LIST, ListRequest::default(), 10);
    let sizes: Vec<usize> = p
        .pages()
        .map(|page| page.unwrap().items().len())
        .collect()
        .await;
    assert_eq!(sizes, [10, 10, 3]);
}

#[tokio::test]
async fn token_walk_follows_the_cursor() {
    let (url, hits) = serve(HONEST).await;
    let p: Paginator<ListRequest, ListResponse> =
        Paginator::token(client(&url), &LIST, ListRequest::default(), 10);
    let items = p.collect_items().await.unwrap();
    assert_eq!(ids(&items), (0..23).collect::<Vec<_>>());
    assert_eq!(hits.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn errors_end_the_stream() {
    // Nothing listens on this port: the first page fails, and the stream ends.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let p: Paginator<ListRequest, ListResponse> =
        Paginator::offset(client(&url), &LIST, ListRequest::default(), 10);
    let mut pages = p.pages();
    assert!(pages.next().await.unwrap().is_err());
    assert!(pages.next().await.is_none());
}
