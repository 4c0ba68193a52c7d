//! The loopback server of `benches/peers.sh`: answers every POST with one
//! fixture body.
//!
//! ```text
//! bench-server --body NAME [--port 0] [--workers 1]
//!              [--capture-headers FILE] [--max-seconds 1800]
//! ```
//!
//! NAME: one of `fixtures::BODIES` (`small`, `small-id-first`,
//! `small-id-middle`, `large`, `large-id-first`, `large-id-middle`: 1 or 100
//! events, `RequestId` last in `Response`, first, or in the middle).
//! Prints its URL (`http://127.0.0.1:PORT/`) on the first line of stdout.
//! With `--capture-headers`, writes the first request's headers to FILE as
//! a JSON object. Binds 127.0.0.1 only; exits by itself after
//! `--max-seconds`.

use bytes::Bytes;
use std::io::Write;
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tencentcloud_benches::{args, fixtures, runtime, serve, Captured};

fn main() {
    let args = args();
    let name = args.get("body").map(String::as_str).unwrap_or("small");
    let body = fixtures::body(name).unwrap_or_else(|| {
        let names: Vec<&str> = fixtures::BODIES.iter().map(|(n, _)| *n).collect();
        panic!("--body {}, not {name:?}", names.join("|"))
    });
    let port: u16 = args.get("port").map_or(0, |p| p.parse().expect("--port"));
    let workers: usize = args
        .get("workers")
        .map_or(1, |w| w.parse().expect("--workers"));
    let max: u64 = args
        .get("max-seconds")
        .map_or(1800, |s| s.parse().expect("--max-seconds"));
    let capture = args.get("capture-headers").cloned();
    runtime(workers).block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind 127.0.0.1");
        println!("http://{}/", listener.local_addr().expect("addr"));
        std::io::stdout().flush().expect("stdout");
        let captured: Captured = Arc::new(OnceLock::new());
        if let Some(file) = capture {
            let captured = captured.clone();
            tokio::spawn(async move {
                loop {
                    if let Some(h) = captured.get() {
                        let map: serde_json::Map<String, serde_json::Value> = h
                            .iter()
                            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or_default().into()))
                            .collect();
                        std::fs::write(&file, serde_json::to_vec_pretty(&map).unwrap())
                            .expect("write the captured headers");
                        return;
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            });
        }
        tokio::select! {
            _ = serve(listener, Bytes::from_static(body), captured) => {}
            _ = tokio::time::sleep(Duration::from_secs(max)) => {
                eprintln!("bench-server: --max-seconds {max} reached, exiting");
            }
        }
    });
}
