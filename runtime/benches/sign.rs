//! Signing cost per call: `cargo bench -p tencentcloud-runtime --bench sign`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use tencentcloud_runtime::sign::{authorization, sign, SigningInput, SigningKey};

const PAYLOAD: &[u8] = br#"{"Limit":10,"Offset":0,"Filters":[{"Name":"RiskLevel","Values":["RISK_CRITICAL","RISK_HIGH"]},{"Name":"Uuid","Values":["0b0e5c2d-1a2b-4c3d-9e8f-0a1b2c3d4e5f"]}],"By":"CreateTime","Order":"DESC"}"#;

fn input(timestamp: i64) -> SigningInput<'static> {
    SigningInput {
        secret_id: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
        secret_key: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
        service: "cwp",
        timestamp,
        method: "POST",
        query: "",
        headers: &[
            ("content-type", "application/json"),
            ("host", "cwp.tencentcloudapi.com"),
        ],
        payload: PAYLOAD,
    }
}

fn bench(c: &mut Criterion) {
    let mut ts = 1_700_000_000i64;
    c.bench_function("sign/authorization (derive key each call)", |b| {
        b.iter(|| {
            ts += 1;
            black_box(authorization(black_box(&input(ts))))
        })
    });
    let key = SigningKey::derive("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", 1_700_000_000, "cwp");
    c.bench_function(
        "sign/authorization (cached key, as the client signs)",
        |b| {
            b.iter(|| {
                let k = black_box(&key).clone();
                black_box(k.authorization(black_box(&input(1_700_000_000))))
            })
        },
    );
    // Reference: what one SHA-256 of a typical body costs on this machine.
    c.bench_function("reference/sha256 of the 200-byte payload", |b| {
        b.iter(|| black_box(tencentcloud_runtime::sign::sha256_hex(black_box(PAYLOAD))))
    });
    c.bench_function("sign/sign (with intermediates, debugging)", |b| {
        b.iter(|| black_box(sign(black_box(&input(1_700_000_000)))))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
