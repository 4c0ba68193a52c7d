//! What per-call settings cost: the same typed call answered in memory
//! (a `Connector`, no socket, so the network's noise does not hide the
//! SDK's own work), with no setting, with one, and with all of them, in one
//! run: `cargo bench -p tencentcloud-benches --bench per_call`.
//!
//! A call that sets nothing carries `None` where the settings would be
//! boxed: `plain` is the cost every call pays. `per_call/order/*`: the same
//! call for each fixture body, `RequestId` last, first or in the middle.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use bytes::Bytes;
use criterion::{criterion_group, criterion_main, Criterion};
use std::time::Duration;
use tencentcloud::cwp::v20180228 as cwp;
use tencentcloud_benches::{fixtures, request};
use tencentcloud_runtime::connector::{self, ConnectorError};
use tencentcloud_runtime::{Config, Credential, RetryConfig};

fn answering(body: &'static [u8]) -> cwp::Client {
    let answer = connector::from_fn(move |_request| {
        Ok::<_, ConnectorError>(http::Response::new(Bytes::from_static(body)))
    });
    let config = Config::builder()
        .credentials(Credential::new("AKIDbenchEXAMPLE", "bench-secret-key"))
        .region("ap-guangzhou")
        .connector(answer)
        .build()
        .expect("config");
    cwp::Client::new(&config)
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let client = answering(fixtures::SMALL);
    let req = request();
    let mut g = c.benchmark_group("per_call");
    g.warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    g.bench_function("plain", |b| {
        b.iter(|| {
            rt.block_on(client.describe_risk_process_events(req.clone()))
                .expect("answer")
        })
    });
    g.bench_function("one setting", |b| {
        b.iter(|| {
            rt.block_on(
                client
                    .describe_risk_process_events(req.clone())
                    .timeout(Duration::from_secs(5)),
            )
            .expect("answer")
        })
    });
    g.bench_function("every setting", |b| {
        b.iter(|| {
            rt.block_on(
                client
                    .describe_risk_process_events(req.clone())
                    .region("ap-singapore")
                    .language("en-US")
                    .timeout(Duration::from_secs(5))
                    .operation_timeout(Duration::from_secs(9))
                    .retry(RetryConfig::disabled())
                    .header("X-Trace-Id", "bench"),
            )
            .expect("answer")
        })
    });
    g.finish();
    // The whole call (classification, decode) for each body and each place
    // of `RequestId` among the members: the order must not matter.
    let mut g = c.benchmark_group("per_call/order");
    g.warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (name, body) in fixtures::BODIES {
        let answered = answering(body);
        g.bench_function(name, |b| {
            b.iter(|| {
                rt.block_on(answered.describe_risk_process_events(req.clone()))
                    .expect("answer")
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
