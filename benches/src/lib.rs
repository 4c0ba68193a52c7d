//! Shared pieces of the performance measurements (see `benches/README.md`):
//! the fixtures, a loopback HTTP/1 server that answers every POST with one
//! fixture body, the SDK client and the raw `reqwest` floor, and a load
//! driver used by the criterion `call` bench and by the peers' client bin.
//!
//! Everything binds 127.0.0.1 only.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{HeaderMap, HeaderValue, CONTENT_TYPE};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};
use tencentcloud::cwp::v20180228::{
    Client, DescribeRiskProcessEventsRequest, DescribeRiskProcessEventsResponse,
};
use tencentcloud::{Config, Credential, Endpoint};
use tokio::net::TcpListener;

/// The fixtures (written by `fixtures/make_fixtures.py`).
pub mod fixtures {
    /// `DescribeRiskProcessEvents` response, 1 event (about 1.5 KB).
    pub const SMALL: &[u8] = include_bytes!("../fixtures/DescribeRiskProcessEvents-1.json");
    /// `DescribeRiskProcessEvents` response, 100 events (about 141 KB).
    pub const LARGE: &[u8] = include_bytes!("../fixtures/DescribeRiskProcessEvents-100.json");
    /// [`SMALL`] with `RequestId` first in `Response` (raw bytes: the order
    /// is the point; servers and gateways do not promise one).
    pub const SMALL_ID_FIRST: &[u8] =
        include_bytes!("../fixtures/DescribeRiskProcessEvents-1-id-first.json");
    /// [`SMALL`] with `RequestId` between `List` and `TotalCount`.
    pub const SMALL_ID_MIDDLE: &[u8] =
        include_bytes!("../fixtures/DescribeRiskProcessEvents-1-id-middle.json");
    /// [`LARGE`] with `RequestId` first.
    pub const LARGE_ID_FIRST: &[u8] =
        include_bytes!("../fixtures/DescribeRiskProcessEvents-100-id-first.json");
    /// [`LARGE`] with `RequestId` between `List` and `TotalCount`.
    pub const LARGE_ID_MIDDLE: &[u8] =
        include_bytes!("../fixtures/DescribeRiskProcessEvents-100-id-middle.json");
    /// Every `DescribeRiskProcessEvents` body by name: size, then where
    /// `RequestId` stands (no suffix: last, as the service writes it).
    pub const BODIES: [(&str, &[u8]); 6] = [
        ("small", SMALL),
        ("small-id-first", SMALL_ID_FIRST),
        ("small-id-middle", SMALL_ID_MIDDLE),
        ("large", LARGE),
        ("large-id-first", LARGE_ID_FIRST),
        ("large-id-middle", LARGE_ID_MIDDLE),
    ];
    /// tcss `DescribeVirusDetail` response, the full doc example.
    pub const VIRUS_DETAIL: &[u8] = include_bytes!("../fixtures/DescribeVirusDetail.json");
    /// A typical `DescribeRiskProcessEvents` request body.
    pub const REQUEST: &[u8] = include_bytes!("../fixtures/DescribeRiskProcessEvents-request.json");

    /// One of [`BODIES`] by name.
    pub fn body(name: &str) -> Option<&'static [u8]> {
        BODIES.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
    }
}

/// The credentials every client here signs with (the server checks nothing).
pub const SECRET_ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
/// See [`SECRET_ID`].
pub const SECRET_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

/// The typical request, built through the model's `Deserialize` impl.
pub fn request() -> DescribeRiskProcessEventsRequest {
    serde_json::from_slice(fixtures::REQUEST).expect("the request fixture decodes")
}

/// A multi-thread tokio runtime with `workers` worker threads (0: a
/// current-thread runtime).
pub fn runtime(workers: usize) -> tokio::runtime::Runtime {
    let mut builder = if workers == 0 {
        tokio::runtime::Builder::new_current_thread()
    } else {
        let mut b = tokio::runtime::Builder::new_multi_thread();
        b.worker_threads(workers);
        b
    };
    builder.enable_all().build().expect("tokio runtime")
}

/// Headers of the first POST the server received.
pub type Captured = Arc<OnceLock<HeaderMap>>;

/// Serve `body` to every request on `listener` (HTTP/1.1, keep-alive),
/// forever. The request body is read in full before answering. The first
/// request's headers go into `captured`.
pub async fn serve(listener: TcpListener, body: Bytes, captured: Captured) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        let body = body.clone();
        let captured = captured.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req: Request<hyper::body::Incoming>| {
                let body = body.clone();
                let captured = captured.clone();
                async move {
                    if captured.get().is_none() {
                        let _ = captured.set(req.headers().clone());
                    }
                    // Read (and drop) the request body.
                    let _ = req.into_body().collect().await;
                    let mut resp = Response::new(Full::new(body));
                    resp.headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                    Ok::<_, std::convert::Infallible>(resp)
                }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// A loopback server running on a runtime of its own, in its own thread
/// (it lives as long as the process).
pub struct Server {
    /// `127.0.0.1:PORT`.
    pub addr: SocketAddr,
    /// Headers of the first request.
    pub captured: Captured,
}

impl Server {
    /// Start serving `body` with a `workers`-thread runtime.
    pub fn start(body: &'static [u8], workers: usize) -> Server {
        let captured: Captured = Arc::new(OnceLock::new());
        let (tx, rx) = std::sync::mpsc::channel();
        let cap = captured.clone();
        std::thread::Builder::new()
            .name(format!("loopback-server-{}", body.len()))
            .spawn(move || {
                let rt = runtime(workers);
                rt.block_on(async move {
                    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
                    tx.send(listener.local_addr().expect("addr")).expect("send");
                    serve(listener, Bytes::from_static(body), cap).await;
                });
            })
            .expect("server thread");
        let addr = rx.recv().expect("server address");
        Server { addr, captured }
    }

    /// `http://127.0.0.1:PORT/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }
}

/// The SDK's cwp client for a custom endpoint (default retries: no errors
/// occur here).
pub fn sdk_client(url: &str) -> Client {
    let config = Config::builder()
        .credentials(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(Endpoint::Custom(url.to_string()))
        .region("ap-guangzhou")
        .build()
        .expect("config");
    Client::new(&config)
}

/// One SDK call: serialize, sign, send, receive, decode.
pub async fn sdk_call(
    client: &Client,
    request: &DescribeRiskProcessEventsRequest,
) -> DescribeRiskProcessEventsResponse {
    client
        .describe_risk_process_events(request.clone())
        .await
        .expect("the SDK call succeeds")
}

/// The raw floor: the same POST with the same bytes and headers, no signing,
/// no decoding. Built like the SDK's own client (`tcp_nodelay`); the
/// captured headers include the SDK's `User-Agent`.
#[derive(Clone)]
pub struct Raw {
    client: reqwest::Client,
    url: reqwest::Url,
    headers: HeaderMap,
    body: Bytes,
}

impl Raw {
    /// Send `body` with `headers` (as captured from the SDK) to `url`.
    pub fn new(url: &str, headers: HeaderMap, body: Bytes) -> Raw {
        let mut headers = headers;
        // reqwest writes these from the URL and the body.
        for h in ["host", "content-length"] {
            headers.remove(h);
        }
        Raw {
            client: reqwest::Client::builder()
                .tcp_nodelay(true)
                .build()
                .expect("reqwest client"),
            url: reqwest::Url::parse(url).expect("url"),
            headers,
            body,
        }
    }

    /// One POST; returns the response body.
    pub async fn call(&self) -> Bytes {
        let resp = self
            .client
            .post(self.url.clone())
            .headers(self.headers.clone())
            .body(self.body.clone())
            .send()
            .await
            .expect("raw POST");
        assert!(resp.status().is_success());
        resp.bytes().await.expect("raw body")
    }

    /// One POST, then the body parsed into a `serde_json::Value`.
    pub async fn call_value(&self) -> serde_json::Value {
        let body = self.call().await;
        serde_json::from_slice(&body).expect("JSON body")
    }
}

/// Make one SDK call to `server` and return the headers it sent (the raw
/// floor sends the same ones).
pub async fn capture_sdk_headers(client: &Client, server: &Server) -> HeaderMap {
    sdk_call(client, &request()).await;
    server
        .captured
        .get()
        .expect("the server saw the SDK's request")
        .clone()
}

/// The request body the SDK sends (`serde_json::to_vec` of the request).
pub fn request_body() -> Bytes {
    Bytes::from(serde_json::to_vec(&request()).expect("serialize"))
}

/// Run `calls` calls of `call` with `concurrency` in flight (that many
/// tasks, each taking the next call until all are done); returns the wall
/// time. Must run inside a tokio runtime (the tasks are spawned on it).
pub async fn drive<F, Fut>(calls: usize, concurrency: usize, call: F) -> Duration
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let call = Arc::new(call);
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let tasks: Vec<_> = (0..concurrency.max(1))
        .map(|_| {
            let call = call.clone();
            let next = next.clone();
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < calls {
                    call().await;
                }
            })
        })
        .collect();
    for t in futures_util::future::join_all(tasks).await {
        t.expect("call task");
    }
    start.elapsed()
}

/// `iters` iterations of `n` concurrent calls (spawned tasks, joined);
/// returns the wall time (divide by `iters * n` for the time per call).
pub async fn batches<F, Fut>(iters: u64, n: usize, call: F) -> Duration
where
    F: Fn() -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let start = Instant::now();
    for _ in 0..iters {
        let tasks: Vec<_> = (0..n).map(|_| tokio::spawn(call())).collect();
        for t in futures_util::future::join_all(tasks).await {
            t.expect("call task");
        }
    }
    start.elapsed()
}

/// Parse `--name value` pairs (the bins' only syntax).
pub fn args() -> std::collections::HashMap<String, String> {
    let mut out = std::collections::HashMap::new();
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let Some(name) = k.strip_prefix("--") else {
            panic!("unexpected argument {k:?} (expected --name value)");
        };
        let v = it
            .next()
            .unwrap_or_else(|| panic!("--{name} needs a value"));
        out.insert(name.to_string(), v);
    }
    out
}
