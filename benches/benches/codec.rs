//! Request serialization and response decoding, beside the JSON floors:
//! `cargo bench -p tencentcloud-benches --bench codec`.
//!
//! One criterion group, so the ratios (typed / `Value` / `IgnoredAny`) come
//! from one run.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::Deserialize;
use std::time::Duration;
use tencentcloud::cwp::v20180228::DescribeRiskProcessEventsResponse;
use tencentcloud::tcss::v20201101::DescribeVirusDetailResponse;
use tencentcloud_benches::{fixtures, request};
use tencentcloud_runtime::client::read_success_body;
use tencentcloud_runtime::de::{decode_response, Decode, Mode};

/// `{"Response": T}` through the models' `Deserialize` impls.
#[derive(Deserialize)]
struct Envelope<T> {
    #[serde(rename = "Response")]
    response: T,
}

/// What a call does with a 200 body: classify (error envelope,
/// `RequestId`), then the typed decode, lenient mode, in a drift session.
fn client_decode<T: Decode>(body: &[u8]) -> T {
    let (value, request_id) = read_success_body::<T>(body, Mode::Lenient).expect("decodes");
    debug_assert!(request_id.is_some());
    value
}

fn serde_decode<T: DeserializeOwned>(body: &[u8]) -> T {
    serde_json::from_slice::<Envelope<T>>(body)
        .expect("decodes")
        .response
}

/// The fixtures must decode without drift (no unknown members, no type
/// conversions): the benches measure the happy path.
fn check<T: Decode>(name: &str, body: &[u8]) {
    let (_, drift) = decode_response::<T>(body, Mode::Strict).expect("strict decode");
    assert!(drift.is_empty(), "{name}: drift {drift:?}");
}

fn decodes<T: Decode + DeserializeOwned>(c: &mut Criterion, name: &str, body: &'static [u8]) {
    check::<T>(name, body);
    let mut g = c.benchmark_group("codec");
    g.warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function(
        format!("{name}/typed, client path (classify + decode)"),
        |b| b.iter(|| black_box(client_decode::<T>(black_box(body)))),
    );
    g.bench_function(
        format!("{name}/typed, serde_json::from_slice envelope"),
        |b| b.iter(|| black_box(serde_decode::<T>(black_box(body)))),
    );
    g.bench_function(format!("{name}/serde_json::Value"), |b| {
        b.iter(|| black_box(serde_json::from_slice::<serde_json::Value>(black_box(body)).unwrap()))
    });
    g.bench_function(format!("{name}/IgnoredAny (parsing floor)"), |b| {
        b.iter(|| black_box(serde_json::from_slice::<IgnoredAny>(black_box(body)).unwrap()))
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let req = request();
    let len = serde_json::to_vec(&req).unwrap().len();
    let mut g = c.benchmark_group("codec");
    g.warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .throughput(Throughput::Bytes(len as u64));
    g.bench_function("request/serde_json::to_vec", |b| {
        b.iter(|| black_box(serde_json::to_vec(black_box(&req)).unwrap()))
    });
    g.finish();
    for (name, body) in fixtures::BODIES {
        decodes::<DescribeRiskProcessEventsResponse>(c, name, body);
    }
    decodes::<DescribeVirusDetailResponse>(c, "virus_detail", fixtures::VIRUS_DETAIL);
}

criterion_group!(benches, bench);
criterion_main!(benches);
