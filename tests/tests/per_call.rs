//! Per-call settings and interceptors, through a generated client, against
//! the emulator (which verifies every signature): over loopback and in
//! memory.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tencentcloud::cwp::v20180228 as cwp;
use tencentcloud_conformance::emulator::{Emulator, Fault, FaultRule, Outcome};
use tencentcloud_runtime::interceptor::{AfterResponse, AfterSigning, BeforeSigning, Interceptor};
use tencentcloud_runtime::RetryConfig;

const ID: &str = "AKIDpercallEXAMPLE";
const KEY: &str = "per-call-secret-key";
const ACTION: &str = "DescribeRiskProcessEvents";

fn builder() -> tencentcloud_conformance::emulator::EmulatorBuilder {
    Emulator::builder().credential(ID, KEY).service_from_specs(
        tencentcloud_conformance::emulator::shipped_specs_dir(),
        "cwp",
    )
}

async fn both() -> [Emulator; 2] {
    [
        builder().start().await.unwrap(),
        builder().in_memory().unwrap(),
    ]
}

fn fast() -> RetryConfig {
    RetryConfig::default()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(2))
}

fn request() -> cwp::DescribeRiskProcessEventsRequest {
    cwp::DescribeRiskProcessEventsRequest::new().set_limit(10)
}

#[tokio::test]
async fn region_language_and_headers_of_one_call_arrive_signed() {
    for emu in both().await {
        let config = emu.config_builder().build().unwrap();
        let client = cwp::Client::new(&config);
        client
            .describe_risk_process_events(request())
            .region("ap-singapore")
            .language("en-US")
            .header("X-Trace-Id", "trace-1")
            .await
            .unwrap();
        client
            .describe_risk_process_events(request())
            .await
            .unwrap();
        let sent = emu.requests(ACTION);
        assert_eq!(sent.len(), 2, "in memory: {}", emu.is_in_memory());
        // Both were accepted by the emulator's signature check.
        assert!(sent.iter().all(|r| r.outcome == Outcome::Answered));
        assert_eq!(sent[0].header("x-tc-region"), Some("ap-singapore"));
        assert_eq!(sent[0].header("x-tc-language"), Some("en-US"));
        assert_eq!(sent[0].header("x-trace-id"), Some("trace-1"));
        assert_eq!(sent[1].header("x-tc-region"), Some("ap-guangzhou"));
        assert_eq!(sent[1].header("x-trace-id"), None);
    }
}

#[tokio::test]
async fn a_signed_extra_header_changed_on_the_way_is_refused() {
    // A proxy (here: a connector wrapping the emulator's) rewrites the
    // header after signing: the emulator's signature check catches it.
    struct Rewriting(tencentcloud_conformance::emulator::InMemory);
    impl tencentcloud_runtime::Connector for Rewriting {
        fn call(
            &self,
            mut request: tencentcloud_runtime::connector::HttpRequest,
        ) -> tencentcloud_runtime::connector::ConnectorFuture {
            request
                .headers_mut()
                .insert("x-trace-id", http::HeaderValue::from_static("forged"));
            self.0.call(request)
        }
    }
    let emu = builder().in_memory().unwrap();
    let config = emu
        .config_builder()
        .connector(Rewriting(emu.connector()))
        .build()
        .unwrap();
    let client = cwp::Client::new(&config);
    let e = client
        .describe_risk_process_events(request())
        .header("X-Trace-Id", "original")
        .await
        .unwrap_err();
    assert_eq!(e.code(), "AuthFailure.SignatureFailure", "{e}");
    // Unsigned, the same rewrite goes through.
    client
        .describe_risk_process_events(request())
        .await
        .unwrap();
}

#[tokio::test]
async fn the_calls_timeout_fires() {
    for emu in both().await {
        emu.inject(FaultRule::new(Fault::delay(Duration::from_millis(400))).action(ACTION));
        let config = emu
            .config_builder()
            .retry(RetryConfig::disabled())
            .build()
            .unwrap();
        let client = cwp::Client::new(&config);
        let started = std::time::Instant::now();
        let e = client
            .describe_risk_process_events(request())
            .timeout(Duration::from_millis(50))
            .await
            .unwrap_err();
        assert!(e.is_timeout(), "{e:?}");
        assert!(started.elapsed() < Duration::from_millis(350));
        // Without it, the config's 60 s timeout lets the answer through.
        client
            .describe_risk_process_events(request())
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn the_calls_retry_policy_replaces_the_configs() {
    for emu in both().await {
        let config = emu
            .config_builder()
            .retry(fast().with_max_attempts(3))
            .build()
            .unwrap();
        let client = cwp::Client::new(&config);
        emu.inject(FaultRule::new(Fault::RateLimit).action(ACTION));
        let e = client
            .describe_risk_process_events(request())
            .retry(RetryConfig::disabled())
            .await
            .unwrap_err();
        assert!(e.is_throttling(), "{e:?}");
        assert_eq!(emu.calls(ACTION), 1);
        client
            .describe_risk_process_events(request())
            .retry(fast().with_max_attempts(5))
            .await
            .unwrap_err();
        assert_eq!(emu.calls(ACTION), 6);
        client
            .describe_risk_process_events(request())
            .await
            .unwrap_err();
        assert_eq!(emu.calls(ACTION), 9);
    }
}

/// Records each hook's view, in order.
struct Trace {
    name: &'static str,
    log: Arc<Mutex<Vec<String>>>,
}

impl Interceptor for Trace {
    fn before_signing(&self, request: &mut BeforeSigning<'_>) {
        let header = format!("x-hook-{}", self.name);
        request.headers_mut().insert(
            http::HeaderName::from_bytes(header.as_bytes()).unwrap(),
            http::HeaderValue::from_static("on"),
        );
        self.log.lock().unwrap().push(format!(
            "{} before #{}",
            self.name,
            request.info().attempt()
        ));
    }

    fn after_signing(&self, request: &AfterSigning<'_>) {
        let auth = request.headers()["authorization"].to_str().unwrap_or("");
        let signed = auth.contains("x-hook-a;x-hook-b");
        self.log
            .lock()
            .unwrap()
            .push(format!("{} signed {signed}", self.name));
    }

    fn after_response(&self, response: &AfterResponse<'_>) {
        self.log.lock().unwrap().push(format!(
            "{} response {} {}",
            self.name,
            response.status(),
            response.request_id().unwrap_or("-")
        ));
    }
}

#[tokio::test]
async fn interceptors_run_in_order_and_see_the_request_id() {
    for emu in both().await {
        let log = Arc::new(Mutex::new(Vec::new()));
        let config = emu
            .config_builder()
            .retry(fast())
            .interceptor(Trace {
                name: "a",
                log: log.clone(),
            })
            .interceptor(Trace {
                name: "b",
                log: log.clone(),
            })
            .build()
            .unwrap();
        emu.inject(FaultRule::new(Fault::RateLimit).action(ACTION).times(1));
        let (_, raw) = cwp::Client::new(&config)
            .describe_risk_process_events(request())
            .with_raw()
            .await
            .unwrap();
        let sent = emu.requests(ACTION);
        assert_eq!(sent.len(), 2);
        let ids: Vec<&str> = sent.iter().map(|r| r.request_id.as_str()).collect();
        let expected = vec![
            "a before #1".to_string(),
            "b before #1".to_string(),
            "a signed true".to_string(),
            "b signed true".to_string(),
            format!("a response 200 {}", ids[0]),
            format!("b response 200 {}", ids[0]),
            "a before #2".to_string(),
            "b before #2".to_string(),
            "a signed true".to_string(),
            "b signed true".to_string(),
            format!("a response 200 {}", ids[1]),
            format!("b response 200 {}", ids[1]),
        ];
        assert_eq!(*log.lock().unwrap(), expected);
        // The hooks' headers arrived, and the emulator accepted their
        // signature (the first attempt was refused by the fault, not it).
        assert_eq!(sent[1].header("x-hook-a"), Some("on"));
        assert_eq!(sent[1].outcome, Outcome::Answered);
        // The raw response is the one of the answered attempt.
        assert_eq!(raw.status(), 200);
        let body: serde_json::Value = serde_json::from_slice(raw.body()).unwrap();
        assert_eq!(body["Response"]["RequestId"], ids[1]);
    }
}
