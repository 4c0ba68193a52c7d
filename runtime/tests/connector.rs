//! Calls answered in memory through a `Connector` (that no port is bound is
//! asserted by `tests/tests/socket_free.rs`, alone in its binary), per-call
//! settings, interceptors, and raw responses.

mod support;

use bytes::Bytes;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::{verify_tc3, Recorded};
use tencentcloud_runtime::connector::{
    self, Connector, ConnectorError, ConnectorFuture, HttpRequest, HttpResponse,
};
use tencentcloud_runtime::interceptor::{
    AfterResponse, AfterSigning, AttemptInfo, BeforeSigning, Interceptor,
};
use tencentcloud_runtime::{
    Action, Config, ConfigBuilder, Credential, Endpoint, Error, RetryConfig, ServiceClient,
};

const ID: &str = "AKIDconnectorEXAMPLE";
const KEY: &str = "connector-secret-key";

static DESCRIBE: Action = Action {
    name: "DescribeZones",
    idempotent: false,
    skip_sign: false,
};

type Answer = serde_json::Map<String, serde_json::Value>;

/// A scripted outcome: (status, body), or no response.
type Scripted = Result<(u16, &'static str), ConnectorError>;

/// Requests as a server would see them, and scripted answers.
#[derive(Clone, Default)]
struct Script {
    seen: Arc<Mutex<Vec<Recorded>>>,
    /// Answers in order; the last one repeats.
    answers: Arc<Mutex<Vec<Scripted>>>,
    delay: Option<Duration>,
}

fn recorded(request: &HttpRequest) -> Recorded {
    Recorded {
        method: request.method().to_string(),
        path: request.uri().path().to_string(),
        headers: request
            .headers()
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
            .collect(),
        body: request.body().to_vec(),
        connection: 0,
    }
}

impl Script {
    fn answering(answers: Vec<Scripted>) -> Script {
        Script {
            answers: Arc::new(Mutex::new(answers)),
            ..Script::default()
        }
    }

    fn ok() -> Script {
        Script::answering(vec![Ok((
            200,
            r#"{"Response":{"TotalCount":1,"RequestId":"req-ok"}}"#,
        ))])
    }

    fn seen(&self) -> Vec<Recorded> {
        self.seen.lock().unwrap().clone()
    }

    fn next(&self) -> Result<HttpResponse, ConnectorError> {
        let mut answers = self.answers.lock().unwrap();
        let answer = if answers.len() > 1 {
            answers.remove(0)
        } else {
            match answers.first() {
                Some(Ok(a)) => Ok(*a),
                Some(Err(e)) => Err(ConnectorError::new(e.kind(), e.message())),
                None => Err(ConnectorError::not_sent("no answer scripted")),
            }
        };
        answer.map(|(status, body)| {
            http::Response::builder()
                .status(status)
                .header("x-tc-requestid", "hdr-id")
                .body(Bytes::from_static(body.as_bytes()))
                .expect("valid response")
        })
    }
}

impl Connector for Script {
    fn call(&self, request: HttpRequest) -> ConnectorFuture {
        self.seen.lock().unwrap().push(recorded(&request));
        let answer = self.next();
        let delay = self.delay;
        Box::pin(async move {
            if let Some(d) = delay {
                tokio::time::sleep(d).await;
            }
            answer
        })
    }
}

fn fast_retry() -> RetryConfig {
    RetryConfig::default()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(2))
}

fn base() -> ConfigBuilder {
    Config::builder()
        .credentials(Credential::new(ID, KEY))
        .region("ap-guangzhou")
        .retry(fast_retry())
}

fn client(config: &Config) -> ServiceClient {
    ServiceClient::generic(config, "cvm", "2017-03-12")
}

fn describe(client: &ServiceClient) -> tencentcloud_runtime::ResponseFuture<Answer> {
    client.send_serialized(&DESCRIBE, &serde_json::json!({"Limit": 1}))
}

#[tokio::test]
async fn calls_are_answered_in_memory_signed_as_on_the_wire() {
    let script = Script::ok();
    let config = base().connector(script.clone()).build().unwrap();
    let out = describe(&client(&config)).await.unwrap();
    assert_eq!(out["TotalCount"], 1);
    // Signed as on the wire, Host included (it is a signed header).
    let seen = script.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].method, "POST");
    assert_eq!(seen[0].header("host"), Some("cvm.tencentcloudapi.com"));
    assert_eq!(seen[0].header("x-tc-action"), Some("DescribeZones"));
    assert_eq!(seen[0].json(), serde_json::json!({"Limit": 1}));
    let (id, service) = verify_tc3(&seen[0], KEY).unwrap();
    assert_eq!((id.as_str(), service.as_str()), (ID, "cvm"));
    // The closure form, too.
    let closure = connector::from_fn(|_request| {
        Ok(http::Response::new(Bytes::from_static(
            br#"{"Response":{"TotalCount":7,"RequestId":"r"}}"#,
        )))
    });
    let config = base().connector(closure).build().unwrap();
    assert_eq!(describe(&client(&config)).await.unwrap()["TotalCount"], 7);
}

#[tokio::test]
async fn connector_failures_are_classified_and_retried_by_kind() {
    // Nothing sent: retried even for an action that must not repeat.
    static CREATE: Action = Action {
        name: "CreateThing",
        idempotent: false,
        skip_sign: false,
    };
    let script = Script::answering(vec![
        Err(ConnectorError::not_sent("refused")),
        Ok((200, r#"{"Response":{"RequestId":"r"}}"#)),
    ]);
    let config = base().connector(script.clone()).build().unwrap();
    let c = client(&config);
    c.send_serialized::<_, Answer>(&CREATE, &serde_json::json!({}))
        .await
        .unwrap();
    assert_eq!(script.seen().len(), 2);
    // Interrupted: the create is not repeated; the describe is.
    let script = Script::answering(vec![
        Err(ConnectorError::interrupted("reset")),
        Ok((200, r#"{"Response":{"RequestId":"r"}}"#)),
    ]);
    let config = base().connector(script.clone()).build().unwrap();
    let e = client(&config)
        .send_serialized::<_, Answer>(&CREATE, &serde_json::json!({}))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Transport(_)), "{e:?}");
    assert!(e.to_string().contains("cvm CreateThing"), "{e}");
    assert_eq!(script.seen().len(), 1);
    let script = Script::answering(vec![
        Err(ConnectorError::interrupted("reset")),
        Ok((200, r#"{"Response":{"RequestId":"r"}}"#)),
    ]);
    let config = base().connector(script.clone()).build().unwrap();
    describe(&client(&config)).await.unwrap();
    assert_eq!(script.seen().len(), 2);
    // A body over the limit is refused as from the network.
    let script = Script::answering(vec![Ok((200, r#"{"Response":{"RequestId":"long"}}"#))]);
    let config = base()
        .connector(script)
        .max_response_bytes(10)
        .build()
        .unwrap();
    let e = describe(&client(&config)).await.unwrap_err();
    assert!(e.to_string().contains("larger than 10 bytes"), "{e}");
}

#[tokio::test]
async fn per_call_settings_apply_to_that_call_only() {
    let script = Script::ok();
    let config = base().connector(script.clone()).build().unwrap();
    let c = client(&config);
    describe(&c)
        .region("ap-singapore")
        .language("zh-CN")
        .header("X-Trace-Id", "Trace-42")
        .await
        .unwrap();
    describe(&c).await.unwrap();
    let seen = script.seen();
    assert_eq!(seen[0].header("x-tc-region"), Some("ap-singapore"));
    assert_eq!(seen[0].header("x-tc-language"), Some("zh-CN"));
    assert_eq!(seen[0].header("x-trace-id"), Some("Trace-42"));
    // The extra header is signed (and the signature holds).
    let auth = seen[0].header("authorization").unwrap();
    assert!(
        auth.contains("SignedHeaders=content-type;host;x-trace-id,"),
        "{auth}"
    );
    verify_tc3(&seen[0], KEY).unwrap();
    // The next call is back to the config's settings.
    assert_eq!(seen[1].header("x-tc-region"), Some("ap-guangzhou"));
    assert_eq!(seen[1].header("x-tc-language"), None);
    assert_eq!(seen[1].header("x-trace-id"), None);
    assert!(seen[1]
        .header("authorization")
        .unwrap()
        .contains("SignedHeaders=content-type;host,"));
}

#[tokio::test]
async fn a_regional_endpoint_follows_the_calls_region() {
    let script = Script::ok();
    let config = base()
        .endpoint(Endpoint::Regional)
        .connector(script.clone())
        .build()
        .unwrap();
    let c = client(&config);
    describe(&c).region("ap-singapore").await.unwrap();
    describe(&c).await.unwrap();
    let seen = script.seen();
    assert_eq!(
        seen[0].header("host"),
        Some("cvm.ap-singapore.tencentcloudapi.com")
    );
    verify_tc3(&seen[0], KEY).unwrap();
    assert_eq!(
        seen[1].header("host"),
        Some("cvm.ap-guangzhou.tencentcloudapi.com")
    );
}

#[tokio::test]
async fn invalid_per_call_settings_fail_before_sending() {
    let script = Script::ok();
    let config = base().connector(script.clone()).build().unwrap();
    let c = client(&config);
    for (e, what) in [
        (
            describe(&c).region("ap singapore").await.unwrap_err(),
            "region",
        ),
        (describe(&c).language("fr-FR").await.unwrap_err(), "zh-CN"),
        (
            describe(&c).header("Authorization", "x").await.unwrap_err(),
            "set by the SDK",
        ),
        (
            describe(&c).header("bad name", "x").await.unwrap_err(),
            "invalid header",
        ),
    ] {
        assert!(matches!(e, Error::InvalidRequest(_)), "{e:?}");
        assert!(e.to_string().contains(what), "{e}");
    }
    assert!(script.seen().is_empty());
}

#[tokio::test]
async fn per_call_timeouts_and_retries() {
    // The call's timeout fires where the config's would not.
    let mut script = Script::ok();
    script.delay = Some(Duration::from_millis(300));
    let config = base()
        .connector(script.clone())
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let c = client(&config);
    let e = describe(&c)
        .timeout(Duration::from_millis(50))
        .await
        .unwrap_err();
    assert!(e.is_timeout(), "{e:?}");
    describe(&c).await.unwrap();
    // The operation timeout bounds the whole call, retries included.
    let e = describe(&c)
        .retry(fast_retry().with_max_attempts(5))
        .timeout(Duration::from_millis(100))
        .operation_timeout(Duration::from_millis(150))
        .await
        .unwrap_err();
    assert!(e.is_timeout(), "{e:?}");
    assert!(e.to_string().contains("operation"), "{e}");

    // Retries: the config retries three times, the call not at all, and
    // the other way round.
    let busy = || {
        Script::answering(vec![Ok((
            200,
            r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"r"}}"#,
        ))])
    };
    let script = busy();
    let config = base()
        .connector(script.clone())
        .retry(fast_retry().with_max_attempts(3))
        .build()
        .unwrap();
    let c = client(&config);
    assert!(describe(&c).await.unwrap_err().is_throttling());
    assert_eq!(script.seen().len(), 3);
    describe(&c)
        .retry(RetryConfig::disabled())
        .await
        .unwrap_err();
    assert_eq!(script.seen().len(), 4);
    let script = busy();
    let config = base()
        .connector(script.clone())
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let c = client(&config);
    describe(&c)
        .retry(fast_retry().with_max_attempts(4))
        .await
        .unwrap_err();
    assert_eq!(script.seen().len(), 4);
}

/// Writes what each hook saw, in order.
struct Log {
    name: &'static str,
    events: Arc<Mutex<Vec<String>>>,
}

impl Interceptor for Log {
    fn before_signing(&self, request: &mut BeforeSigning<'_>) {
        assert!(request.headers().get("authorization").is_none());
        let info = request.info();
        self.events.lock().unwrap().push(format!(
            "{} before_signing {} {} #{}",
            self.name,
            info.service(),
            info.action(),
            info.attempt()
        ));
        request.headers_mut().insert(
            http::HeaderName::from_static(if self.name == "a" {
                "x-hook-a"
            } else {
                "x-hook-b"
            }),
            http::HeaderValue::from_static("added"),
        );
        // The SDK's own headers cannot be replaced here.
        request
            .headers_mut()
            .insert("host", http::HeaderValue::from_static("evil.example"));
    }

    fn after_signing(&self, request: &AfterSigning<'_>) {
        let auth = request.headers()["authorization"].to_str().unwrap();
        assert!(auth.contains("x-hook-a;x-hook-b"), "{auth}");
        assert!(request.headers()["authorization"].is_sensitive());
        assert!(!format!("{:?}", request.headers()).contains("Signature="));
        self.events
            .lock()
            .unwrap()
            .push(format!("{} after_signing {}", self.name, request.url()));
    }

    fn after_response(&self, response: &AfterResponse<'_>) {
        self.events.lock().unwrap().push(format!(
            "{} after_response {} {:?} {}B",
            self.name,
            response.status(),
            response.request_id(),
            response.body().len()
        ));
    }

    fn attempt_failed(&self, attempt: &AttemptInfo<'_>, error: &Error) {
        self.events.lock().unwrap().push(format!(
            "{} attempt_failed #{} {}",
            self.name,
            attempt.attempt(),
            error.is_retryable()
        ));
    }
}

#[tokio::test]
async fn interceptors_see_each_attempt_in_order() {
    let events = Arc::new(Mutex::new(Vec::new()));
    const ERR: &str =
        r#"{"Response":{"Error":{"Code":"InternalError","Message":"x"},"RequestId":"req-err"}}"#;
    const OK: &str = r#"{"Response":{"TotalCount":1,"RequestId":"req-ok"}}"#;
    let script = Script::answering(vec![
        Err(ConnectorError::not_sent("refused")),
        Ok((200, ERR)),
        Ok((200, OK)),
    ]);
    let config = base()
        .connector(script.clone())
        .interceptor(Log {
            name: "a",
            events: events.clone(),
        })
        .interceptor(Log {
            name: "b",
            events: events.clone(),
        })
        .build()
        .unwrap();
    describe(&client(&config)).await.unwrap();
    let url = "https://cvm.tencentcloudapi.com/";
    let expected: Vec<String> = [
        "a before_signing cvm DescribeZones #1".to_string(),
        "b before_signing cvm DescribeZones #1".to_string(),
        format!("a after_signing {url}"),
        format!("b after_signing {url}"),
        "a attempt_failed #1 true".to_string(),
        "b attempt_failed #1 true".to_string(),
        "a before_signing cvm DescribeZones #2".to_string(),
        "b before_signing cvm DescribeZones #2".to_string(),
        format!("a after_signing {url}"),
        format!("b after_signing {url}"),
        format!(r#"a after_response 200 Some("req-err") {}B"#, ERR.len()),
        format!(r#"b after_response 200 Some("req-err") {}B"#, ERR.len()),
        "a before_signing cvm DescribeZones #3".to_string(),
        "b before_signing cvm DescribeZones #3".to_string(),
        format!("a after_signing {url}"),
        format!("b after_signing {url}"),
        format!(r#"a after_response 200 Some("req-ok") {}B"#, OK.len()),
        format!(r#"b after_response 200 Some("req-ok") {}B"#, OK.len()),
    ]
    .into();
    assert_eq!(*events.lock().unwrap(), expected);
    // What arrived: the hooks' headers, signed; the SDK's Host.
    for seen in script.seen() {
        assert_eq!(seen.header("x-hook-a"), Some("added"));
        assert_eq!(seen.header("host"), Some("cvm.tencentcloudapi.com"));
        verify_tc3(&seen, KEY).unwrap();
    }
}

#[tokio::test]
async fn the_raw_response_comes_with_the_answer() {
    let script = Script::ok();
    let config = base().connector(script).build().unwrap();
    let (answer, raw) = describe(&client(&config)).with_raw().await.unwrap();
    assert_eq!(answer["TotalCount"], 1);
    assert_eq!(raw.status(), 200);
    assert_eq!(raw.headers()["x-tc-requestid"], "hdr-id");
    assert_eq!(
        raw.body().as_ref(),
        br#"{"Response":{"TotalCount":1,"RequestId":"req-ok"}}"#
    );
}

#[test]
fn a_call_with_no_settings_carries_none() {
    let config = base().connector(Script::ok()).build().unwrap();
    let c = client(&config);
    let plain = format!("{:?}", describe(&c));
    assert!(!plain.contains("options"), "{plain}");
    let set = format!("{:?}", describe(&c).timeout(Duration::from_secs(1)));
    assert!(set.contains("request_timeout: Some(1s)"), "{set}");
}
