//! TC3-HMAC-SHA256 signing of the typical request, through the runtime's
//! public signing API: `cargo bench -p tencentcloud-benches --bench sign`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;
use tencentcloud_benches::{request_body, SECRET_ID, SECRET_KEY};
use tencentcloud_runtime::sign::{authorization, SigningInput, SigningKey};

const TIMESTAMP: i64 = 1_700_000_000;

fn input<'a>(payload: &'a [u8], timestamp: i64) -> SigningInput<'a> {
    SigningInput {
        secret_id: SECRET_ID,
        secret_key: SECRET_KEY,
        service: "cwp",
        timestamp,
        method: "POST",
        query: "",
        headers: &[
            ("content-type", "application/json"),
            ("host", "cwp.tencentcloudapi.com"),
        ],
        payload,
    }
}

fn bench(c: &mut Criterion) {
    let body = request_body();
    let mut g = c.benchmark_group("sign");
    g.warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .throughput(Throughput::Elements(1));
    // What the client does per call: the derived key is cached (one per
    // day and secret key, behind a mutex: the clone is part of the cost).
    let key = SigningKey::derive(SECRET_KEY, TIMESTAMP, "cwp");
    g.bench_function("cached key (as the client signs)", |b| {
        b.iter(|| {
            let k = black_box(&key).clone();
            black_box(k.authorization(black_box(&input(&body, TIMESTAMP))))
        })
    });
    // What the official SDKs do per call: derive the key every time.
    let mut ts = TIMESTAMP;
    g.bench_function("key derived each call", |b| {
        b.iter(|| {
            ts += 1;
            black_box(authorization(black_box(&input(&body, ts))))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
