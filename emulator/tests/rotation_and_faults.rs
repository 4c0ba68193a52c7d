//! Credentials added while serving (rotation, expiry), faults drawn at
//! random, closing keep-alive connections, and the bounded request log.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};
use tencentcloud_emulator::{Emulator, Fault, FaultRule};
use tencentcloud_runtime::interceptor::{AfterResponse, Interceptor};
use tencentcloud_runtime::{Credential, RetryConfig};
use tencentcloud_sdk_cwp::v20180228 as cwp;

fn in_memory() -> Emulator {
    Emulator::builder()
        .specs(tencentcloud_sdk_cwp::SPECS)
        .in_memory()
        .unwrap()
}

async fn call_with(
    emu: &Emulator,
    credential: Credential,
) -> Result<(), tencentcloud_runtime::Error> {
    let config = emu
        .config_builder()
        .credentials(credential)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    cwp::Client::new(&config)
        .describe_risk_process_events(Default::default())
        .await
        .map(|_| ())
}

#[tokio::test]
async fn credentials_added_while_serving_are_accepted_until_they_expire() {
    let emu = in_memory();
    let in_a_minute = SystemTime::now() + Duration::from_secs(60);
    let first = Credential::with_token("AKIDrot1", "key-1", "token-1").expiring_at(in_a_minute);
    // Unknown until added.
    let e = call_with(&emu, first.clone()).await.unwrap_err();
    assert_eq!(e.code(), "AuthFailure.SecretIdNotFound", "{e}");
    emu.add_credential(&first);
    call_with(&emu, first.clone()).await.unwrap();
    assert_eq!(
        emu.all_requests().last().unwrap().secret_id.as_deref(),
        Some("AKIDrot1")
    );
    // The token must match.
    let wrong_token = Credential::with_token("AKIDrot1", "key-1", "token-2");
    let e = call_with(&emu, wrong_token).await.unwrap_err();
    assert_eq!(e.code(), "AuthFailure.TokenFailure", "{e}");
    // A second credential works beside the first.
    let second = Credential::with_token("AKIDrot2", "key-2", "token-2").expiring_at(in_a_minute);
    emu.add_credential(&second);
    call_with(&emu, second).await.unwrap();
    call_with(&emu, first).await.unwrap();
    // An expired one is refused, saying so.
    let expired = Credential::with_token("AKIDrot3", "key-3", "token-3")
        .expiring_at(SystemTime::now() - Duration::from_secs(1));
    emu.add_credential(&expired);
    let e = call_with(&emu, expired).await.unwrap_err();
    assert_eq!(e.code(), "AuthFailure.TokenFailure", "{e}");
    assert!(e.to_string().contains("expired"), "{e}");
    // Removed: unknown again.
    assert!(emu.remove_credential("AKIDrot2"));
    assert!(!emu.remove_credential("AKIDrot2"));
    let again = Credential::with_token("AKIDrot2", "key-2", "token-2");
    let e = call_with(&emu, again).await.unwrap_err();
    assert_eq!(e.code(), "AuthFailure.SecretIdNotFound", "{e}");
}

#[tokio::test]
async fn long_expired_credentials_are_forgotten() {
    let emu = Emulator::builder()
        .specs(tencentcloud_sdk_cwp::SPECS)
        .timestamp_window(Duration::from_secs(5))
        .in_memory()
        .unwrap();
    let old = Credential::with_token("AKIDold", "k", "t")
        .expiring_at(SystemTime::now() - Duration::from_secs(10));
    let recent = Credential::with_token("AKIDrecent", "k", "t")
        .expiring_at(SystemTime::now() - Duration::from_secs(1));
    emu.add_credential(&old);
    emu.add_credential(&recent);
    // Adding `recent` forgot `old` (expired longer than the window ago).
    let e = call_with(&emu, old).await.unwrap_err();
    assert_eq!(e.code(), "AuthFailure.SecretIdNotFound", "{e}");
    let e = call_with(&emu, recent).await.unwrap_err();
    assert_eq!(e.code(), "AuthFailure.TokenFailure", "{e}");
}

#[tokio::test]
async fn a_probability_rule_rate_limits_a_seeded_share_of_calls() {
    let emu = in_memory();
    let long_term = Credential::new("AKIDp", "key");
    emu.add_credential(&long_term);
    emu.inject(
        FaultRule::new(Fault::RateLimit)
            .action("DescribeRiskProcessEvents")
            .probability(0.25)
            .seed(3),
    );
    let mut limited = Vec::new();
    for _ in 0..400 {
        limited.push(match call_with(&emu, long_term.clone()).await {
            Ok(()) => false,
            Err(e) if e.is_throttling() => true,
            Err(e) => panic!("{e}"),
        });
    }
    let n = limited.iter().filter(|l| **l).count() as u64;
    // Binomial(400, 0.25): mean 100, sd 8.7.
    assert!((55..=145).contains(&n), "{n}");
    assert_eq!(emu.faults()[0].fired(), n);
    // Same seed, same calls: the same calls are limited.
    let emu2 = in_memory();
    emu2.add_credential(&long_term);
    emu2.inject(
        FaultRule::new(Fault::RateLimit)
            .action("DescribeRiskProcessEvents")
            .probability(0.25)
            .seed(3),
    );
    for (i, expected) in limited.iter().enumerate().take(50) {
        let got = call_with(&emu2, long_term.clone()).await.is_err();
        assert_eq!(got, *expected, "call {i}");
    }
}

/// Response headers seen by the client.
#[derive(Default)]
struct Seen(Mutex<Vec<Option<String>>>);

struct Watch(Arc<Seen>);

impl Interceptor for Watch {
    fn after_response(&self, response: &AfterResponse<'_>) {
        let connection = response
            .headers()
            .get("connection")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        self.0 .0.lock().unwrap().push(connection);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_after_answer_drops_the_keep_alive_connection() {
    let emu = Emulator::builder()
        .credential("AKIDclose", "key")
        .specs(tencentcloud_sdk_cwp::SPECS)
        .start()
        .await
        .unwrap();
    let seen = Arc::new(Seen::default());
    let config = emu
        .config_builder()
        .interceptor(Watch(seen.clone()))
        .build()
        .unwrap();
    let client = cwp::Client::new(&config);
    // hyper hands a connection back to the pool after the call returns, on
    // its own task: a call made at once may find none idle and open another.
    let call = || async {
        client
            .describe_risk_process_events(Default::default())
            .await
            .unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    };
    for _ in 0..3 {
        call().await;
    }
    assert_eq!(emu.connections(), 1, "keep-alive: one connection");
    emu.inject(FaultRule::new(Fault::CloseAfterAnswer).times(1));
    for _ in 0..3 {
        call().await;
    }
    assert_eq!(emu.connections(), 2, "the closed connection was replaced");
    let closed: Vec<bool> = emu
        .all_requests()
        .iter()
        .map(|r| r.connection_closed)
        .collect();
    assert_eq!(closed, [false, false, false, true, false, false]);
    // Closed without warning: no `Connection: close` on any answer.
    let headers = seen.0.lock().unwrap().clone();
    assert_eq!(headers.len(), 6);
    assert!(
        headers.iter().all(|h| h.as_deref() != Some("close")),
        "{headers:?}"
    );
    assert_eq!(emu.faults()[0].fired(), 1);
    emu.shutdown().await;
}

#[tokio::test]
async fn close_after_answer_in_memory_answers_and_records() {
    let emu = in_memory();
    let c = Credential::new("AKIDm", "k");
    emu.add_credential(&c);
    emu.inject(FaultRule::new(Fault::CloseAfterAnswer).times(1));
    call_with(&emu, c.clone()).await.unwrap();
    call_with(&emu, c).await.unwrap();
    let closed: Vec<bool> = emu
        .all_requests()
        .iter()
        .map(|r| r.connection_closed)
        .collect();
    assert_eq!(closed, [true, false]);
    assert_eq!(emu.connections(), 0);
}

#[tokio::test]
async fn the_request_log_keeps_at_most_max_records() {
    for (max, kept) in [(2usize, 2usize), (0, 0), (10, 5)] {
        let emu = Emulator::builder()
            .credential("AKIDlog", "k")
            .specs(tencentcloud_sdk_cwp::SPECS)
            .max_records(max)
            .in_memory()
            .unwrap();
        let client = cwp::Client::new(&emu.config_builder().build().unwrap());
        for _ in 0..5 {
            client
                .describe_risk_process_events(Default::default())
                .await
                .unwrap();
        }
        assert_eq!(emu.all_requests().len(), kept, "max {max}");
        assert_eq!(emu.calls("DescribeRiskProcessEvents"), 5, "max {max}");
    }
}
