//! The Rust clients of `benches/peers.sh`, against a running `bench-server`.
//!
//! ```text
//! bench-client --client sdk|raw|raw-value --url http://127.0.0.1:PORT/
//!              [--calls 2000] [--concurrency 1] [--warmup 100]
//!              [--workers 2] [--headers FILE]
//! ```
//!
//! * `sdk`: `tencentcloud::cwp::v20180228::Client`, `describe_risk_process_events`
//!   (serialize, sign, send, receive, decode);
//! * `raw`: the same POST with the same body bytes and the headers the SDK
//!   sent (`--headers`: the file `bench-server --capture-headers` wrote),
//!   plain reqwest, no signing, no decoding;
//! * `raw-value`: `raw`, then `serde_json::from_slice::<Value>` of the body.
//!
//! `--concurrency` tasks each take the next call until `--calls` are done
//! (after `--warmup` untimed calls). Prints one JSON line:
//! `{"client":..,"calls":..,"concurrency":..,"seconds":..,"calls_per_sec":..}`.

use hyper::header::{HeaderMap, HeaderName, HeaderValue};
use std::sync::Arc;
use tencentcloud_benches::{args, drive, request, request_body, runtime, sdk_client, Raw};

fn headers(file: &str) -> HeaderMap {
    let text = std::fs::read(file).expect("read --headers");
    let map: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&text).expect("--headers is a JSON object");
    map.into_iter()
        .map(|(k, v)| {
            (
                HeaderName::try_from(k).expect("header name"),
                HeaderValue::try_from(v.as_str().expect("header value")).expect("header value"),
            )
        })
        .collect()
}

fn main() {
    let args = args();
    let get = |k: &str, d: usize| args.get(k).map_or(d, |v| v.parse().expect(k));
    let client = args
        .get("client")
        .expect("--client sdk|raw|raw-value")
        .clone();
    let url = args.get("url").expect("--url").clone();
    let (calls, concurrency) = (get("calls", 2000), get("concurrency", 1));
    let warmup = get("warmup", 100);
    let rt = runtime(get("workers", 2));
    let elapsed = rt.block_on(async {
        match client.as_str() {
            "sdk" => {
                let sdk = sdk_client(&url);
                let req = Arc::new(request());
                let one = move || {
                    let fut = sdk.describe_risk_process_events((*req).clone());
                    async move {
                        fut.await.expect("SDK call");
                    }
                };
                let one = Arc::new(one);
                let o = one.clone();
                drive(warmup, concurrency, move || o()).await;
                drive(calls, concurrency, move || one()).await
            }
            "raw" | "raw-value" => {
                let file = args.get("headers").expect("--headers FILE");
                let raw = Arc::new(Raw::new(&url, headers(file), request_body()));
                let value = client == "raw-value";
                let one = move || {
                    let raw = raw.clone();
                    async move {
                        if value {
                            raw.call_value().await;
                        } else {
                            raw.call().await;
                        }
                    }
                };
                let one = Arc::new(one);
                let o = one.clone();
                drive(warmup, concurrency, move || o()).await;
                drive(calls, concurrency, move || one()).await
            }
            other => panic!("--client sdk|raw|raw-value, not {other:?}"),
        }
    });
    let secs = elapsed.as_secs_f64();
    println!(
        "{}",
        serde_json::json!({
            "client": client,
            "calls": calls,
            "concurrency": concurrency,
            "seconds": secs,
            "calls_per_sec": calls as f64 / secs,
        })
    );
}
