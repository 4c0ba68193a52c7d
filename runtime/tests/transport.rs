//! Requests, signing, retries and timeouts against a local server.

mod support;

use serde_json::json;
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::{closed_port, verify_tc3, Reply, Server, TickingClock};
use tencentcloud_runtime::{Config, Credential, Error, RetryConfig, ServiceClient};

const ID: &str = "AKIDtransportEXAMPLE";
const KEY: &str = "transport-secret-key";

fn fast_retry() -> RetryConfig {
    RetryConfig::default()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(5))
}

fn base(server: &Server) -> tencentcloud_runtime::ConfigBuilder {
    Config::builder()
        .credentials(Credential::new(ID, KEY))
        .region("ap-guangzhou")
        .endpoint_url(server.url())
        .retry(fast_retry())
}

#[tokio::test]
async fn sends_the_documented_headers_and_a_valid_signature() {
    let server =
        Server::start(|_, _| Reply::ok(json!({"TotalCount": 3, "RequestId": "req-1"}))).await;
    let config = Config::builder()
        .credentials(Credential::with_token(ID, KEY, "session-token-1"))
        .region("ap-guangzhou")
        .language("en-US")
        .endpoint_url(server.url())
        .build()
        .unwrap();
    let client = ServiceClient::generic(&config, "cwp", "2018-02-28");
    let out = client
        .call_json("DescribeMachines", json!({"Limit": 5, "Name": "名字"}))
        .await
        .unwrap();
    assert_eq!(out["TotalCount"], 3);
    let req = &server.requests()[0];
    assert_eq!(req.method, "POST");
    assert_eq!(req.path, "/");
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(req.header("host"), Some(server.host().as_str()));
    assert_eq!(req.header("x-tc-action"), Some("DescribeMachines"));
    assert_eq!(req.header("x-tc-version"), Some("2018-02-28"));
    assert_eq!(req.header("x-tc-region"), Some("ap-guangzhou"));
    assert_eq!(req.header("x-tc-language"), Some("en-US"));
    assert_eq!(req.header("x-tc-token"), Some("session-token-1"));
    assert!(req
        .header("x-tc-requestclient")
        .unwrap()
        .starts_with("SDK_RUST_"));
    let ts: i64 = req.header("x-tc-timestamp").unwrap().parse().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!((now - ts).abs() < 60);
    assert_eq!(req.json(), json!({"Limit": 5, "Name": "名字"}));
    // The signature covers the Host actually sent, with its port.
    assert_eq!(
        verify_tc3(req, KEY),
        Ok((ID.to_string(), "cwp".to_string()))
    );
    assert!(verify_tc3(req, "wrong-key").is_err());
}

#[tokio::test]
async fn optional_headers_are_omitted() {
    let server = Server::start(|_, _| Reply::ok(json!({"RequestId": "r"}))).await;
    let config = Config::builder()
        .credentials(Credential::new(ID, KEY))
        .endpoint_url(server.url())
        .build()
        .unwrap();
    ServiceClient::generic(&config, "sts", "2018-08-13")
        .call_json("GetCallerIdentity", json!({}))
        .await
        .unwrap();
    let req = &server.requests()[0];
    for absent in ["x-tc-region", "x-tc-language", "x-tc-token"] {
        assert_eq!(req.header(absent), None, "{absent}");
    }
    assert!(verify_tc3(req, KEY).is_ok());
}

#[tokio::test]
async fn same_headers_as_the_official_python_sdk() {
    // The Python fixture for a cwp call with a token and a language, sent by
    // us with the same settings and clock: the same X-TC-* headers.
    let doc: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/python_signatures.json")).unwrap();
    let case = doc["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "cwp_token_language_before_midnight_utc")
        .unwrap()
        .clone();
    let server = Server::start(|_, _| Reply::ok(json!({"RequestId": "r"}))).await;
    let ts = case["timestamp"].as_u64().unwrap();
    let config = Config::builder()
        .credentials(Credential::with_token(
            case["secret_id"].as_str().unwrap(),
            case["secret_key"].as_str().unwrap(),
            case["token"].as_str().unwrap(),
        ))
        .region(case["headers"]["X-TC-Region"].as_str().unwrap())
        .language(case["headers"]["X-TC-Language"].as_str().unwrap())
        .endpoint_url(server.url())
        .time_source(tencentcloud_runtime::time::ManualClock::new(
            std::time::UNIX_EPOCH + Duration::from_secs(ts),
        ))
        .build()
        .unwrap();
    let payload = base64_decode(case["payload_base64"].as_str().unwrap());
    let params: serde_json::Value = serde_json::from_slice(&payload).unwrap();
    ServiceClient::generic(&config, "cwp", "2018-02-28")
        .call_json(
            case["headers"]["X-TC-Action"].as_str().unwrap(),
            params.clone(),
        )
        .await
        .unwrap();
    let req = &server.requests()[0];
    for (name, value) in case["headers"].as_object().unwrap() {
        if name == "X-TC-RequestClient" {
            continue;
        }
        assert_eq!(req.header(name), value.as_str(), "{name}");
    }
    let ours: Vec<&str> = req
        .headers
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| k.starts_with("x-tc-"))
        .collect();
    assert_eq!(
        ours.len(),
        case["headers"].as_object().unwrap().len(),
        "{ours:?}"
    );
    assert_eq!(req.json(), params);
    assert!(verify_tc3(req, case["secret_key"].as_str().unwrap()).is_ok());
}

fn base64_decode(s: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(s).unwrap()
}

#[tokio::test]
async fn rate_limits_are_retried_and_every_attempt_is_signed_afresh() {
    let server = Server::start(|_, n| match n {
        0 => Reply::error("RequestLimitExceeded", "rl-1"),
        1 => Reply::error("RequestLimitExceeded.UinLimitExceeded", "rl-2"),
        _ => Reply::ok(json!({"RequestId": "ok-3"})),
    })
    .await;
    let config = base(&server)
        .time_source(TickingClock::starting_at(1_700_000_000))
        .build()
        .unwrap();
    // A non-repeatable action: rate limiting means "not processed".
    ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("RunInstances", json!({"InstanceCount": 1}))
        .await
        .unwrap();
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    let stamps: Vec<&str> = reqs
        .iter()
        .map(|r| r.header("x-tc-timestamp").unwrap())
        .collect();
    let auths: Vec<&str> = reqs
        .iter()
        .map(|r| r.header("authorization").unwrap())
        .collect();
    assert!(
        stamps[0] != stamps[1] && stamps[1] != stamps[2],
        "{stamps:?}"
    );
    assert!(auths[0] != auths[1] && auths[1] != auths[2]);
    for r in &reqs {
        verify_tc3(r, KEY).unwrap();
        assert_eq!(r.body, reqs[0].body, "the same bytes are sent and signed");
    }
}

#[tokio::test]
async fn retries_are_bounded_by_attempts() {
    let server =
        Server::start(|_, n| Reply::error("RequestLimitExceeded", &format!("rl-{n}"))).await;
    let config = base(&server)
        .retry(fast_retry().with_max_attempts(4))
        .build()
        .unwrap();
    let e = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert!(e.is_throttling(), "{e}");
    assert_eq!(e.request_id(), Some("rl-3"));
    assert_eq!(server.count(), 4);

    let disabled = config
        .to_builder()
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    ServiceClient::generic(&disabled, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 5);
}

#[tokio::test]
async fn retries_are_bounded_by_elapsed_time() {
    let server = Server::start(|_, _| Reply::error("RequestLimitExceeded", "rl")).await;
    let config = base(&server)
        .retry(
            RetryConfig::default()
                .with_max_attempts(1000)
                .with_initial_backoff(Duration::from_millis(40))
                .with_max_backoff(Duration::from_millis(40))
                .with_max_elapsed(Duration::from_millis(300)),
        )
        .build()
        .unwrap();
    let started = Instant::now();
    let e = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert!(e.is_throttling());
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    let n = server.count();
    assert!(n > 2 && n < 1000, "{n} attempts");
}

#[tokio::test]
async fn ambiguous_failures_are_retried_only_for_repeatable_actions() {
    let server = Server::start(|_, _| Reply::body(502, "<html>bad gateway</html>")).await;
    let config = base(&server).build().unwrap();
    let client = ServiceClient::generic(&config, "cvm", "2017-03-12");

    let e = client
        .call_json("RunInstances", json!({}))
        .await
        .unwrap_err();
    assert!(
        matches!(&e, Error::HttpStatus(h) if h.status() == 502),
        "{e}"
    );
    assert_eq!(server.count(), 1, "a create is not repeated");

    client
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 4, "a read is repeated");

    client
        .call_json("RunInstances", json!({"ClientToken": "once"}))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 7, "a ClientToken makes it idempotent");

    let server = Server::start(|_, n| {
        if n == 0 {
            Reply::error("InternalError", "ie")
        } else {
            Reply::ok(json!({"RequestId": "ok"}))
        }
    })
    .await;
    let config = base(&server).build().unwrap();
    let client = ServiceClient::generic(&config, "cvm", "2017-03-12");
    client.call_json("DescribeZones", json!({})).await.unwrap();
    assert_eq!(server.count(), 2);
    let e = client.call_json("DeleteImages", json!({})).await;
    assert!(e.is_ok(), "second request answered ok: {e:?}");
}

#[tokio::test]
async fn errors_that_are_not_transient_are_not_retried() {
    let server = Server::start(|_, _| Reply::error("AuthFailure.SignatureFailure", "auth")).await;
    let config = base(&server).build().unwrap();
    let e = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert!(e.has_prefix("AuthFailure"));
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn slow_responses_time_out_per_attempt() {
    let server = Server::start(|_, _| {
        Reply::ok(json!({"RequestId": "late"})).delayed(Duration::from_secs(5))
    })
    .await;
    let config = base(&server)
        .request_timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    let client = ServiceClient::generic(&config, "cvm", "2017-03-12");
    let started = Instant::now();
    let e = client
        .call_json("RunInstances", json!({}))
        .await
        .unwrap_err();
    assert!(
        matches!(&e, Error::Timeout(t) if t.what() == "request"),
        "{e}"
    );
    assert_eq!(
        e.to_string(),
        "cvm RunInstances: request timeout after 150ms"
    );
    assert!(e.is_retryable());
    assert!(started.elapsed() < Duration::from_millis(550));
    assert_eq!(server.count(), 1);
    let e = client
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert!(e.is_timeout());
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(server.count(), 4);
}

#[tokio::test]
async fn operation_timeout_caps_the_whole_call() {
    let server = Server::start(|_, _| {
        Reply::ok(json!({"RequestId": "never"})).delayed(Duration::from_secs(30))
    })
    .await;
    let config = base(&server)
        .operation_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let started = Instant::now();
    let e = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert!(
        matches!(&e, Error::Timeout(t) if t.what() == "operation"),
        "{e}"
    );
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(290) && took < Duration::from_secs(2),
        "{took:?}"
    );
}

#[tokio::test]
async fn cut_off_responses_are_transport_errors() {
    let cut = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"Response\":{\"Req".to_vec();
    let server = Server::start(move |_, _| Reply::Raw(cut.clone())).await;
    let config = base(&server).build().unwrap();
    let client = ServiceClient::generic(&config, "cvm", "2017-03-12");
    let e = client
        .call_json("RunInstances", json!({}))
        .await
        .unwrap_err();
    match &e {
        Error::Transport(t) => assert!(!t.before_send(), "{e}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.count(), 1);
    client
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 4);

    // Closed without any answer: also ambiguous (the request was sent).
    let server = Server::start(|_, _| Reply::Close).await;
    let config = base(&server).build().unwrap();
    let e = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("RunInstances", json!({}))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Transport(_)), "{e}");
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn connection_refused_is_retried_for_any_action() {
    let port = closed_port();
    let config = Config::builder()
        .credentials(Credential::new(ID, KEY))
        .endpoint_url(format!("http://127.0.0.1:{port}"))
        .retry(fast_retry())
        .build()
        .unwrap();
    let started = Instant::now();
    let e = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("RunInstances", json!({}))
        .await
        .unwrap_err();
    match &e {
        Error::Transport(t) => assert!(t.before_send(), "{e}"),
        other => panic!("{other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(5));

    // The error names the call; its causes come once, through `source()`
    // (as anyhow-style reporters print them), or inline with `{:#}`.
    let shown = e.to_string();
    assert!(
        shown.starts_with("cvm RunInstances: transport error: cannot connect to 127.0.0.1:"),
        "{shown}"
    );
    let mut report = shown.clone();
    let mut cause = std::error::Error::source(&e);
    let mut causes = 0;
    while let Some(c) = cause {
        report.push_str(&format!("\nCaused by: {c}"));
        causes += 1;
        cause = c.source();
    }
    assert!(causes >= 1, "{report}");
    let refused = report
        .to_ascii_lowercase()
        .matches("connection refused")
        .count();
    assert_eq!(refused, 1, "each cause once:\n{report}");
    let inline = format!("{e:#}");
    assert!(
        inline.starts_with(&shown) && inline.len() > shown.len(),
        "{inline}"
    );
    assert!(
        inline.to_ascii_lowercase().contains("connection refused"),
        "{inline}"
    );
    assert!(e.is_retryable());
    assert!(!Error::service("InvalidParameter", "bad", "r").is_retryable());
    assert!(Error::service("RequestLimitExceeded", "slow down", "r").is_retryable());
}

#[tokio::test]
async fn connections_closed_by_the_server_after_a_response_do_not_fail_calls() {
    // Keep-alive is implied, but the server closes each connection right
    // after answering (what the real service does after ~60 s idle): the
    // next call must neither fail nor be sent twice, even for a create.
    let server =
        Server::start(|_, n| Reply::ok(json!({"RequestId": format!("r{n}")})).closing()).await;
    let config = base(&server)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let client = ServiceClient::generic(&config, "cvm", "2017-03-12");
    for i in 0..20 {
        client
            .call_json("RunInstances", json!({"i": i}))
            .await
            .unwrap_or_else(|e| panic!("call {i}: {e}"));
        if i % 2 == 0 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    assert_eq!(server.count(), 20, "no request sent twice");
    assert_eq!(server.connections(), 20);
}

#[tokio::test]
async fn the_pool_reuses_connections_and_drops_idle_ones_early() {
    let server = Server::start(|_, _| Reply::ok(json!({"RequestId": "r"}))).await;
    let config = base(&server)
        .pool_idle_timeout(Duration::from_secs(1))
        .build()
        .unwrap();
    let a = ServiceClient::generic(&config, "cvm", "2017-03-12");
    let b = ServiceClient::generic(&config.clone(), "cbs", "2017-03-12");
    a.call_json("DescribeInstances", json!({})).await.unwrap();
    b.call_json("DescribeDisks", json!({})).await.unwrap();
    a.call_json("DescribeInstances", json!({})).await.unwrap();
    assert_eq!(
        server.connections(),
        1,
        "clients of one Config share the pool"
    );
    tokio::time::sleep(Duration::from_millis(2500)).await;
    a.call_json("DescribeInstances", json!({})).await.unwrap();
    assert_eq!(
        server.connections(),
        2,
        "an idle connection was closed by us"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_are_send_sync_and_cheap_to_share() {
    fn assert_send_sync<T: Send + Sync + Clone + 'static>() {}
    assert_send_sync::<ServiceClient>();
    assert_send_sync::<Config>();
    let server = Server::start(|req, _| {
        Reply::ok(json!({"Echo": req.json()["N"], "RequestId": "r"}))
            .delayed(Duration::from_millis(20))
    })
    .await;
    let config = base(&server).build().unwrap();
    let client = Arc::new(ServiceClient::generic(&config, "cvm", "2017-03-12"));
    let tasks: Vec<_> = (0..32)
        .map(|n| {
            let c = client.clone();
            tokio::spawn(async move { c.call_json("DescribeInstances", json!({"N": n})).await })
        })
        .collect();
    for (n, t) in tasks.into_iter().enumerate() {
        assert_eq!(t.await.unwrap().unwrap()["Echo"], n);
    }
    assert_eq!(server.count(), 32);
    for r in server.requests() {
        verify_tc3(&r, KEY).unwrap();
    }
}

#[tokio::test]
async fn clock_offset_shifts_the_signed_timestamp() {
    let server = Server::start(|_, _| Reply::ok(json!({"RequestId": "r"}))).await;
    let config = base(&server)
        .time_source(tencentcloud_runtime::time::ManualClock::new(
            std::time::UNIX_EPOCH + Duration::from_secs(1_700_000_000),
        ))
        .clock_offset_secs(-120)
        .build()
        .unwrap();
    ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap();
    let req = &server.requests()[0];
    assert_eq!(req.header("x-tc-timestamp"), Some("1699999880"));
    verify_tc3(req, KEY).unwrap();
}

#[tokio::test]
async fn signature_expire_explains_the_clock_with_the_servers_date() {
    let server = Server::start(|_, _| {
        Reply::error("AuthFailure.SignatureExpire", "exp")
            .with_header("Date", "Tue, 14 Nov 2023 22:23:20 GMT")
    })
    .await;
    let config = base(&server)
        .time_source(tencentcloud_runtime::time::ManualClock::new(
            std::time::UNIX_EPOCH + Duration::from_secs(1_700_000_000 - 900),
        ))
        .build()
        .unwrap();
    let e = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1, "not retried");
    let skew = *e.as_service_error().unwrap().clock_skew().unwrap();
    assert_eq!(skew.server_time, Some(1_700_000_600));
    assert_eq!(skew.suggested_offset(), Some(1500));
    let text = e.to_string();
    assert!(text.contains("local clock is likely off"), "{text}");
    assert!(text.contains("clock_offset_secs(1500)"), "{text}");
}

#[tokio::test]
async fn missing_or_invalid_credentials_fail_before_sending() {
    let server = Server::start(|_, _| Reply::ok(json!({"RequestId": "r"}))).await;
    let none = Config::builder()
        .endpoint_url(server.url())
        .build()
        .unwrap();
    let e = ServiceClient::generic(&none, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Credentials(_)), "{e}");
    let bad = Config::builder()
        .credentials(Credential::with_token(ID, KEY, "bad\ntoken"))
        .endpoint_url(server.url())
        .build()
        .unwrap();
    let e = ServiceClient::generic(&bad, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Credentials(_)), "{e}");
    assert!(!e.to_string().contains("bad\ntoken"));
    assert_eq!(server.count(), 0);
}

#[tokio::test]
async fn unsigned_actions_send_authorization_skip_and_no_token() {
    static ACTION: tencentcloud_runtime::Action = tencentcloud_runtime::Action {
        name: "AssumeRoleWithWebIdentity",
        idempotent: false,
        skip_sign: true,
    };
    let server = Server::start(|_, _| Reply::ok(json!({"RequestId": "r"}))).await;
    let config = Config::builder()
        .credentials(Credential::with_token(ID, KEY, "tok"))
        .endpoint_url(server.url())
        .build()
        .unwrap();
    let _: serde_json::Map<String, serde_json::Value> =
        ServiceClient::generic(&config, "sts", "2018-08-13")
            .call(&ACTION, &json!({"RoleArn": "r"}))
            .await
            .unwrap();
    let req = &server.requests()[0];
    assert_eq!(req.header("authorization"), Some("SKIP"));
    assert_eq!(req.header("x-tc-token"), None);
}

#[tokio::test]
async fn generic_typed_calls() {
    #[derive(serde::Serialize)]
    #[serde(rename_all = "PascalCase")]
    struct DescribeZones {
        product: String,
    }
    let server = Server::start(|req, _| {
        Reply::ok(json!({"Product": req.json()["Product"], "ZoneSet": [{"Zone": "ap-guangzhou-3"}], "RequestId": "typed"}))
    })
    .await;
    let config = base(&server).build().unwrap();
    let api = ServiceClient::generic(&config, "api", "2020-11-06");
    let out: serde_json::Map<String, serde_json::Value> = api
        .call_typed(
            "DescribeZones",
            &DescribeZones {
                product: "cvm".into(),
            },
        )
        .await
        .unwrap();
    assert_eq!(out["Product"], "cvm");
    assert_eq!(out["ZoneSet"][0]["Zone"], "ap-guangzhou-3");
    assert_eq!(
        server.requests()[0].header("x-tc-action"),
        Some("DescribeZones")
    );
    assert_eq!(api.url(), Some(format!("{}/", server.url()).as_str()));
}

/// The client-wide retry budget: when every call fails, retries stop once
/// it is spent, so N calls send at most N + budget / cost requests, whatever
/// `max_attempts` says; clients built from the same `Config` share it.
#[tokio::test]
async fn the_retry_budget_caps_retries_when_everything_fails() {
    let server = Server::start(|_, _| Reply::body(503, "down")).await;
    let config = base(&server)
        .retry(
            fast_retry()
                .with_max_attempts(3)
                .with_retry_budget(Some(50)),
        )
        .build()
        .unwrap();
    assert_eq!(config.retry_budget_left(), Some(50));
    let client = ServiceClient::generic(&config, "cvm", "2017-03-12");
    for _ in 0..40 {
        let e = client
            .call_json("DescribeInstances", json!({}))
            .await
            .unwrap_err();
        assert_eq!(e.http_status(), Some(503));
    }
    // 40 first attempts and 50 / 5 = 10 retries (120 requests without it).
    assert_eq!(server.count(), 50);
    assert_eq!(config.retry_budget_left(), Some(0));
    let other = ServiceClient::generic(&config, "cbs", "2017-03-12");
    other
        .call_json("DescribeDisks", json!({}))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 51, "the budget is the Config's");

    // Off: every call makes its attempts.
    let unlimited = base(&server)
        .retry(fast_retry().with_max_attempts(3).with_retry_budget(None))
        .build()
        .unwrap();
    let client = ServiceClient::generic(&unlimited, "cvm", "2017-03-12");
    for _ in 0..5 {
        client
            .call_json("DescribeInstances", json!({}))
            .await
            .unwrap_err();
    }
    assert_eq!(server.count(), 51 + 15);
    assert_eq!(unlimited.retry_budget_left(), None);
}

/// A call that succeeds gives back what its retries took (or 1 when it
/// needed none, up to the capacity), so a service that recovers gets its
/// retries back.
#[tokio::test]
async fn successes_give_the_retry_budget_back() {
    // Every first attempt fails, every retry succeeds.
    let server = Server::start(|_, n| {
        if n % 2 == 0 {
            Reply::body(503, "blip")
        } else {
            Reply::ok(json!({"RequestId": "ok"}))
        }
    })
    .await;
    let config = base(&server)
        .retry(
            fast_retry()
                .with_retry_budget(Some(10))
                .with_retry_cost(5, 10),
        )
        .build()
        .unwrap();
    let client = ServiceClient::generic(&config, "cvm", "2017-03-12");
    for _ in 0..20 {
        client
            .call_json("DescribeInstances", json!({}))
            .await
            .unwrap();
    }
    assert_eq!(server.count(), 40);
    assert_eq!(config.retry_budget_left(), Some(10));
}
