//! A full SDK call (serialize + sign + send + receive + decode) against an
//! in-process loopback HTTP/1 server, beside the raw floor (the same POST,
//! same body and headers, plain reqwest, no signing, no decoding) and raw +
//! `serde_json::Value`: `cargo bench -p tencentcloud-benches --bench call`.
//!
//! Client side: a multi-thread tokio runtime with 2 workers for all three.
//! Sequential: one task makes the calls one after the other. Concurrent N:
//! an iteration spawns N calls and joins them; the throughput (elem/s) is
//! calls per second, the time per call is the iteration time / N.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tencentcloud_benches::{
    batches, capture_sdk_headers, fixtures, request, request_body, runtime, sdk_client, Raw, Server,
};

const CLIENT_WORKERS: usize = 2;

/// The in-process server's worker threads (`BENCH_SERVER_WORKERS`, default
/// 1; 0 is a current-thread runtime).
fn server_workers() -> usize {
    std::env::var("BENCH_SERVER_WORKERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
}

fn bench(c: &mut Criterion) {
    let rt = runtime(CLIENT_WORKERS);
    let mut g = c.benchmark_group("call");
    g.warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .sample_size(20)
        .sampling_mode(SamplingMode::Flat);
    for (name, body) in fixtures::BODIES {
        // The raw floors do not read members: one order is enough for them.
        let with_floors = !name.contains("-id-");
        let server = Server::start(body, server_workers());
        let url = server.url();
        let sdk = sdk_client(&url);
        let headers = rt.block_on(capture_sdk_headers(&sdk, &server));
        let raw = Arc::new(Raw::new(&url, headers, request_body()));
        let req = Arc::new(request());

        for n in [1usize, 16, 64] {
            let label = if n == 1 {
                "seq".to_string()
            } else {
                format!("{n} concurrent")
            };
            g.throughput(Throughput::Elements(n as u64));
            {
                let (sdk, req) = (sdk.clone(), req.clone());
                g.bench_function(format!("{name}/{label}/sdk"), |b| {
                    b.iter_custom(|iters| {
                        let (sdk, req) = (sdk.clone(), req.clone());
                        rt.block_on(async move {
                            if n == 1 {
                                tokio::spawn(async move {
                                    let start = Instant::now();
                                    for _ in 0..iters {
                                        sdk.describe_risk_process_events((*req).clone())
                                            .await
                                            .expect("call");
                                    }
                                    start.elapsed()
                                })
                                .await
                                .unwrap()
                            } else {
                                tokio::spawn(async move {
                                    batches(iters, n, || {
                                        let fut = sdk.describe_risk_process_events((*req).clone());
                                        async move {
                                            fut.await.expect("call");
                                        }
                                    })
                                    .await
                                })
                                .await
                                .unwrap()
                            }
                        })
                    })
                });
            }
            for value in [false, true].into_iter().filter(|_| with_floors) {
                let raw = raw.clone();
                let what = if value { "raw + Value" } else { "raw" };
                g.bench_function(format!("{name}/{label}/{what}"), |b| {
                    b.iter_custom(|iters| {
                        let raw = raw.clone();
                        rt.block_on(async move {
                            if n == 1 {
                                tokio::spawn(async move {
                                    let start = Instant::now();
                                    for _ in 0..iters {
                                        if value {
                                            raw.call_value().await;
                                        } else {
                                            raw.call().await;
                                        }
                                    }
                                    start.elapsed()
                                })
                                .await
                                .unwrap()
                            } else {
                                tokio::spawn(async move {
                                    batches(iters, n, || {
                                        let raw = raw.clone();
                                        async move {
                                            if value {
                                                raw.call_value().await;
                                            } else {
                                                raw.call().await;
                                            }
                                        }
                                    })
                                    .await
                                })
                                .await
                                .unwrap()
                            }
                        })
                    })
                });
            }
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
