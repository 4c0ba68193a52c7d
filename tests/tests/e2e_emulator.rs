//! The emulator at the protocol level: raw HTTP requests over TCP, signed with
//! the runtime's signer (independent of the emulator's verifier), checking
//! the signature rules, the error envelope and every error code.

use serde_json::{json, Value};
use std::time::{SystemTime, UNIX_EPOCH};
use tencentcloud_conformance::emulator::{Emulator, EmulatorBuilder, Fault, FaultRule, Outcome};
use tencentcloud_runtime::sign::{sign, SigningInput};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const ID: &str = "AKIDe2eEmulatorTest";
const KEY: &str = "e2e-emulator-secret-key";

async fn emulator() -> Emulator {
    Emulator::builder()
        .credential(ID, KEY)
        .credential_with_token("AKIDtemporary", "temporary-key", "the-token")
        .shipped_specs()
        .start()
        .await
        .expect("emulator starts")
}

/// The test key pair and the shipped specs, configured further by `with`.
async fn emulator_with(with: impl FnOnce(EmulatorBuilder) -> EmulatorBuilder) -> Emulator {
    with(Emulator::builder().credential(ID, KEY).shipped_specs())
        .start()
        .await
        .expect("emulator starts")
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// One hand-built request.
#[derive(Clone)]
struct Call {
    method: &'static str,
    action: Option<String>,
    version: Option<String>,
    query: String,
    body: Vec<u8>,
    content_type: String,
    host: String,
    signed_host: Option<String>,
    scope_service: String,
    secret_id: String,
    secret_key: String,
    timestamp: i64,
    extra: Vec<(String, String)>,
    authorization: Option<String>,
}

impl Call {
    fn post(emu: &Emulator, service: &str, version: &str, action: &str, body: Value) -> Call {
        Call {
            method: "POST",
            action: Some(action.to_string()),
            version: Some(version.to_string()),
            query: String::new(),
            body: serde_json::to_vec(&body).unwrap(),
            content_type: "application/json".into(),
            host: emu.addr().unwrap().to_string(),
            signed_host: None,
            scope_service: service.to_string(),
            secret_id: ID.into(),
            secret_key: KEY.into(),
            timestamp: now(),
            extra: Vec::new(),
            authorization: None,
        }
    }

    fn get(emu: &Emulator, service: &str, version: &str, action: &str, query: &str) -> Call {
        Call {
            method: "GET",
            query: query.to_string(),
            body: Vec::new(),
            content_type: "application/x-www-form-urlencoded".into(),
            ..Call::post(emu, service, version, action, json!({}))
        }
    }

    fn cwp(emu: &Emulator, action: &str, body: Value) -> Call {
        Call::post(emu, "cwp", "2018-02-28", action, body)
    }

    fn tcss(emu: &Emulator, action: &str, body: Value) -> Call {
        Call::post(emu, "tcss", "2020-11-01", action, body)
    }

    fn bytes(&self) -> Vec<u8> {
        let signed_host = self
            .signed_host
            .clone()
            .unwrap_or_else(|| self.host.clone());
        let authorization = self.authorization.clone().unwrap_or_else(|| {
            sign(&SigningInput {
                secret_id: &self.secret_id,
                secret_key: &self.secret_key,
                service: &self.scope_service,
                timestamp: self.timestamp,
                method: self.method,
                query: &self.query,
                headers: &[("content-type", &self.content_type), ("host", &signed_host)],
                payload: &self.body,
            })
            .authorization
        });
        let target = if self.query.is_empty() {
            "/".to_string()
        } else {
            format!("/?{}", self.query)
        };
        let mut head = format!(
            "{} {target} HTTP/1.1\r\nHost: {}\r\nContent-Type: {}\r\nAuthorization: {authorization}\r\nX-TC-Timestamp: {}\r\nX-TC-Region: ap-guangzhou\r\nContent-Length: {}\r\nConnection: close\r\n",
            self.method,
            self.host,
            self.content_type,
            self.timestamp,
            self.body.len()
        );
        if let Some(a) = &self.action {
            head.push_str(&format!("X-TC-Action: {a}\r\n"));
        }
        if let Some(v) = &self.version {
            head.push_str(&format!("X-TC-Version: {v}\r\n"));
        }
        for (k, v) in &self.extra {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        let mut out = head.into_bytes();
        out.extend_from_slice(&self.body);
        out
    }

    async fn send(&self, emu: &Emulator) -> (u16, Value) {
        let (status, body) = raw(emu, &self.bytes()).await;
        let value = serde_json::from_slice(&body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&body)));
        (status, value)
    }

    /// The error code of the answer, after checking the envelope's shape.
    async fn error_code(&self, emu: &Emulator) -> (String, String) {
        let (status, v) = self.send(emu).await;
        assert_eq!(status, 200, "{v}");
        let response = v["Response"].as_object().expect("Response object");
        assert_eq!(response.len(), 2, "exactly Error and RequestId: {v}");
        assert!(is_request_id(&response["RequestId"]), "{v}");
        let error = response["Error"].as_object().expect("Error object");
        assert_eq!(error.len(), 2, "exactly Code and Message: {v}");
        (
            error["Code"].as_str().unwrap().to_string(),
            error["Message"].as_str().unwrap().to_string(),
        )
    }

    async fn ok(&self, emu: &Emulator) -> Value {
        let (status, v) = self.send(emu).await;
        assert_eq!(status, 200, "{v}");
        let response = &v["Response"];
        assert!(response.get("Error").is_none(), "unexpected error: {v}");
        assert!(is_request_id(&response["RequestId"]), "{v}");
        response.clone()
    }
}

fn is_request_id(v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        s.len() == 36
            && s.bytes().enumerate().all(|(i, b)| {
                if [8, 13, 18, 23].contains(&i) {
                    b == b'-'
                } else {
                    b.is_ascii_hexdigit()
                }
            })
    })
}

/// Send bytes, read to EOF; returns status and body (chunked bodies are not
/// expected: the emulator always sends Content-Length).
async fn raw(emu: &Emulator, request: &[u8]) -> (u16, Vec<u8>) {
    let mut stream = tokio::net::TcpStream::connect(emu.addr().unwrap())
        .await
        .unwrap();
    stream.write_all(request).await.unwrap();
    let mut buf = Vec::new();
    let _ = stream.read_to_end(&mut buf).await;
    let text_end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP head in {:?}", String::from_utf8_lossy(&buf)));
    let head = String::from_utf8_lossy(&buf[..text_end]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap();
    (status, buf[text_end + 4..].to_vec())
}

#[tokio::test]
async fn signed_post_is_answered_with_the_example() {
    let emu = emulator().await;
    let r = Call::cwp(&emu, "DescribeRiskProcessEvents", json!({"Limit": 30}))
        .ok(&emu)
        .await;
    assert!(r["List"].is_array(), "{r}");
    assert!(r["TotalCount"].is_i64(), "{r}");
    // A fresh RequestId each time.
    let again = Call::cwp(&emu, "DescribeRiskProcessEvents", json!({"Limit": 30}))
        .ok(&emu)
        .await;
    assert_ne!(r["RequestId"], again["RequestId"]);
    assert_eq!(
        {
            let mut a = r.clone();
            a["RequestId"] = json!(0);
            a
        },
        {
            let mut b = again.clone();
            b["RequestId"] = json!(0);
            b
        }
    );
    let records = emu.all_requests();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].service.as_deref(), Some("cwp"));
    assert_eq!(records[0].secret_id.as_deref(), Some(ID));
    assert_eq!(records[0].outcome, Outcome::Answered);
}

#[tokio::test]
async fn legacy_get_form_is_accepted() {
    let emu = emulator().await;
    let query = "Filters.0.Name=HostId&Filters.0.Values.0=a5b2bbb3&Filters.0.Values.1=x%20y&Filters.0.ExactMatch=True&Limit=10&Offset=0";
    let call = Call::get(
        &emu,
        "cwp",
        "2018-02-28",
        "DescribeRiskProcessEvents",
        query,
    );
    let r = call.ok(&emu).await;
    assert!(r["List"].is_array(), "{r}");
    // The query is signed as sent: changing it after signing is caught.
    let mut tampered = call.clone();
    tampered.authorization = Some(
        String::from_utf8(call.bytes())
            .unwrap()
            .lines()
            .find_map(|l| l.strip_prefix("Authorization: ").map(str::to_string))
            .unwrap(),
    );
    tampered.query = query.replace("Limit=10", "Limit=11");
    assert_eq!(
        tampered.error_code(&emu).await.0,
        "AuthFailure.SignatureFailure"
    );
    // Values are typed by the spec: a non-integer Limit is refused by name.
    let bad = Call::get(
        &emu,
        "cwp",
        "2018-02-28",
        "DescribeRiskProcessEvents",
        "Limit=ten",
    );
    let (code, message) = bad.error_code(&emu).await;
    assert_eq!(code, "InvalidParameter");
    assert!(message.contains("`Limit`"), "{message}");
    // A form-encoded POST body works the same way.
    let mut form = Call::tcss(&emu, "DescribeVirusDetail", json!({}));
    form.content_type = "application/x-www-form-urlencoded".into();
    form.body = b"Id=10021".to_vec();
    form.ok(&emu).await;
}

/// By default the emulator verifies as the service does: the host signed
/// exactly as sent (with its port), the scope's service the one answering.
/// Node's way (hostname without the port, scope service `127`) passes only
/// with `lenient_signing`, the option its peer test uses.
#[tokio::test]
async fn signatures_are_verified_strictly_unless_lenient() {
    let emu = emulator().await;
    let port = emu.addr().unwrap().port();
    // Python and this SDK: sign the Host header, with the port.
    let mut python = Call::tcss(&emu, "DescribeVirusDetail", json!({"Id": "10021"}));
    python.signed_host = Some(format!("127.0.0.1:{port}"));
    python.ok(&emu).await;
    // The host without its port: refused.
    let mut no_port = python.clone();
    no_port.signed_host = Some("127.0.0.1".into());
    assert_eq!(
        no_port.error_code(&emu).await.0,
        "AuthFailure.SignatureFailure"
    );
    // A scope naming another service (signed consistently): refused, naming both.
    let mut wrong_scope = python.clone();
    wrong_scope.scope_service = "cwp".into();
    let (code, message) = wrong_scope.error_code(&emu).await;
    assert_eq!(code, "AuthFailure.SignatureFailure");
    assert!(
        message.contains("`cwp`") && message.contains("`tcss`"),
        "{message}"
    );
    // Node: the hostname without the port, and scope service `127`.
    let mut node = python.clone();
    node.signed_host = Some("127.0.0.1".into());
    node.scope_service = "127".into();
    assert_eq!(
        node.error_code(&emu).await.0,
        "AuthFailure.SignatureFailure"
    );
    let lenient = emulator_with(EmulatorBuilder::lenient_signing).await;
    let mut node_lenient = node.clone();
    node_lenient.host = lenient.addr().unwrap().to_string();
    node_lenient.ok(&lenient).await;
    wrong_scope.host = lenient.addr().unwrap().to_string();
    wrong_scope.signed_host = Some(lenient.addr().unwrap().to_string());
    wrong_scope.ok(&lenient).await;
    // Any other host is a wrong signature, lenient or not.
    let mut other = node_lenient.clone();
    other.signed_host = Some("tcss.tencentcloudapi.com".into());
    assert_eq!(
        other.error_code(&lenient).await.0,
        "AuthFailure.SignatureFailure"
    );
    // A service-named host routes to that service.
    let mut named = python.clone();
    named.host = format!("tcss.localhost:{port}");
    named.signed_host = None;
    named.ok(&emu).await;
    let mut wrong_service = named.clone();
    wrong_service.host = format!("cwp.localhost:{port}");
    let (code, message) = wrong_service.error_code(&emu).await;
    assert_eq!(code, "NoSuchVersion");
    assert!(message.contains("cwp"), "{message}");
}

/// A JSON body gives each member its documented type; a number in a string
/// is refused unless `lenient_types` (which the doc-example sweep uses).
#[tokio::test]
async fn json_types_are_checked_unless_lenient() {
    let emu = emulator().await;
    let call = Call::post(
        &emu,
        "cwp",
        "2018-02-28",
        "DescribeRiskProcessEvents",
        json!({"Limit": "10"}),
    );
    let (code, message) = call.error_code(&emu).await;
    assert_eq!(code, "InvalidParameter");
    assert!(message.contains("`Limit`"), "{message}");
    let lenient = emulator_with(EmulatorBuilder::lenient_types).await;
    let mut call = call.clone();
    call.host = lenient.addr().unwrap().to_string();
    call.ok(&lenient).await;
    assert_eq!(
        lenient.requests("DescribeRiskProcessEvents")[0].params,
        Some(json!({"Limit": "10"})),
        "recorded as sent"
    );
}

#[tokio::test]
async fn authentication_errors() {
    let emu = emulator().await;
    let good = Call::tcss(&emu, "DescribeVirusDetail", json!({"Id": "10021"}));
    good.ok(&emu).await;

    let mut wrong_key = good.clone();
    wrong_key.secret_key = "not-the-key".into();
    assert_eq!(
        wrong_key.error_code(&emu).await.0,
        "AuthFailure.SignatureFailure"
    );

    let mut tampered = good.clone();
    tampered.authorization = Some(
        String::from_utf8(good.bytes())
            .unwrap()
            .lines()
            .find_map(|l| l.strip_prefix("Authorization: ").map(str::to_string))
            .unwrap(),
    );
    tampered.body = br#"{"Id": "10022"}"#.to_vec();
    assert_eq!(
        tampered.error_code(&emu).await.0,
        "AuthFailure.SignatureFailure"
    );

    let mut unknown = good.clone();
    unknown.secret_id = "AKIDnobody".into();
    let (code, message) = unknown.error_code(&emu).await;
    assert_eq!(code, "AuthFailure.SecretIdNotFound");
    assert!(message.contains("AKIDnobody"), "{message}");

    for skew in [-301, 301, -100_000] {
        let mut stale = good.clone();
        stale.timestamp = now() + skew;
        let (code, message) = stale.error_code(&emu).await;
        assert_eq!(code, "AuthFailure.SignatureExpire", "{skew}");
        assert!(message.contains("300 seconds"), "{message}");
    }
    let mut slightly_off = good.clone();
    slightly_off.timestamp = now() - 200;
    slightly_off.ok(&emu).await;

    let mut missing = good.clone();
    missing.authorization = Some(String::new());
    assert_eq!(
        missing.error_code(&emu).await.0,
        "AuthFailure.InvalidAuthorization"
    );
    let mut v1 = good.clone();
    v1.authorization = Some("HmacSHA256 whatever".into());
    assert_eq!(
        v1.error_code(&emu).await.0,
        "AuthFailure.InvalidAuthorization"
    );
    let mut skip = good.clone();
    skip.authorization = Some("SKIP".into());
    assert_eq!(
        skip.error_code(&emu).await.0,
        "AuthFailure.InvalidAuthorization"
    );

    // A temporary credential needs its token.
    let mut temporary = good.clone();
    temporary.secret_id = "AKIDtemporary".into();
    temporary.secret_key = "temporary-key".into();
    assert_eq!(
        temporary.error_code(&emu).await.0,
        "AuthFailure.TokenFailure"
    );
    temporary
        .extra
        .push(("X-TC-Token".into(), "the-token".into()));
    temporary.ok(&emu).await;

    // Failed authentications are not counted as calls of the action.
    let n = emu.calls("DescribeVirusDetail");
    assert_eq!(n, 3, "good, slightly_off and temporary");
}

#[tokio::test]
async fn routing_and_parameter_errors_name_what_is_wrong() {
    let emu = emulator().await;
    let cases: Vec<(Call, &str, &str)> = vec![
        (
            Call::cwp(&emu, "DescribeNothing", json!({})),
            "InvalidAction",
            "DescribeNothing",
        ),
        (
            Call::post(
                &emu,
                "cwp",
                "2099-01-01",
                "DescribeRiskProcessEvents",
                json!({}),
            ),
            "NoSuchVersion",
            "2099-01-01",
        ),
        (
            Call {
                action: None,
                ..Call::cwp(&emu, "X", json!({}))
            },
            "MissingParameter",
            "X-TC-Action",
        ),
        (
            Call {
                version: None,
                ..Call::cwp(&emu, "DescribeRiskProcessEvents", json!({}))
            },
            "MissingParameter",
            "X-TC-Version",
        ),
        (
            Call::tcss(&emu, "DescribeVirusDetail", json!({})),
            "MissingParameter",
            "`Id`",
        ),
        (
            Call::tcss(&emu, "DescribeVirusDetail", json!({"Id": 10021})),
            "InvalidParameter",
            "`Id`",
        ),
        (
            Call::tcss(&emu, "DescribeVirusDetail", json!({"Id": "1", "Extra": 1})),
            "UnknownParameter",
            "`Extra`",
        ),
        (
            Call::cwp(
                &emu,
                "DescribeRiskProcessEvents",
                json!({"Filters": [{"Values": ["a"]}]}),
            ),
            "MissingParameter",
            "`Filters.0.Name`",
        ),
        (
            Call::cwp(
                &emu,
                "DescribeRiskProcessEvents",
                json!({"Filters": [{"Name": "HostId", "Values": "a"}]}),
            ),
            "InvalidParameter",
            "`Filters.0.Values`",
        ),
        (
            Call::cwp(&emu, "DescribeRiskProcessEvents", json!({"Limit": "ten"})),
            "InvalidParameter",
            "`Limit`",
        ),
        (
            Call::cwp(&emu, "DescribeRiskProcessEvents", json!([1, 2])),
            "InvalidParameter",
            "JSON object",
        ),
        (
            Call {
                body: b"{\"Limit\": ".to_vec(),
                ..Call::cwp(&emu, "DescribeRiskProcessEvents", json!({}))
            },
            "InvalidParameter",
            "not valid JSON",
        ),
        (
            Call {
                content_type: "text/plain".into(),
                ..Call::cwp(&emu, "DescribeRiskProcessEvents", json!({}))
            },
            "InvalidParameter",
            "text/plain",
        ),
    ];
    for (call, code, needle) in cases {
        let (got, message) = call.error_code(&emu).await;
        assert_eq!(got, code, "{message}");
        assert!(
            message.contains(needle),
            "{code}: {message:?} should mention {needle}"
        );
    }
}

#[tokio::test]
async fn hostile_input_never_breaks_the_server() {
    let emu = emulator().await;
    let garbage: Vec<Vec<u8>> = vec![
        b"\x00\x01\x02\r\n\r\n".to_vec(),
        b"GET / HTTP/1.1\r\n\r\n".to_vec(),
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{\xff\xfe}".to_vec(),
        b"POST / HTTP/1.1\r\nHost: x\r\nX-TC-Action: \xff\r\nAuthorization: TC3-HMAC-SHA256 \xff\r\nConnection: close\r\n\r\n".to_vec(),
        b"DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec(),
        format!("GET /?{} HTTP/1.1\r\nConnection: close\r\n\r\n", "a.".repeat(3000)).into_bytes(),
        b"POST / HTTP/1.1\r\nContent-Length: 99999999999\r\nConnection: close\r\n\r\nabc".to_vec(),
    ];
    for g in &garbage {
        let mut s = tokio::net::TcpStream::connect(emu.addr().unwrap())
            .await
            .unwrap();
        let _ = s.write_all(g).await;
        let _ = s.shutdown().await;
        let mut buf = Vec::new();
        let _ = s.read_to_end(&mut buf).await;
    }
    // Envelope errors for what parses as HTTP.
    let (status, body) = raw(
        &emu,
        b"DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 200);
    let v: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["Response"]["Error"]["Code"], "UnsupportedOperation");
    // Deeply nested JSON is refused, not recursed into.
    let deep = format!(
        "{{\"Id\":\"1\",\"X\":{}1{}}}",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let call = Call {
        body: deep.into_bytes(),
        ..Call::tcss(&emu, "DescribeVirusDetail", json!({}))
    };
    assert_eq!(call.error_code(&emu).await.0, "InvalidParameter");
    // Too large a body.
    let big = vec![b' '; (10 << 20) + 1];
    let call = Call {
        body: big,
        authorization: Some("x".into()),
        ..Call::tcss(&emu, "DescribeVirusDetail", json!({}))
    };
    assert_eq!(call.error_code(&emu).await.0, "RequestSizeLimitExceeded");
    // Still serving.
    Call::tcss(&emu, "DescribeVirusDetail", json!({"Id": "1"}))
        .ok(&emu)
        .await;
}

#[tokio::test]
async fn faults_at_the_wire() {
    let emu = emulator().await;
    let call = Call::tcss(&emu, "DescribeVirusDetail", json!({"Id": "1"}));
    emu.inject(
        FaultRule::new(Fault::http_status(502))
            .action("DescribeVirusDetail")
            .times(1),
    );
    let (status, body) = raw(&emu, &call.bytes()).await;
    assert_eq!(status, 502);
    assert!(String::from_utf8_lossy(&body).contains("502"));

    emu.inject(FaultRule::new(Fault::RawBody("{not json".into())).times(1));
    let (status, body) = raw(&emu, &call.bytes()).await;
    assert_eq!((status, body.as_slice()), (200, &b"{not json"[..]));

    emu.inject(FaultRule::new(Fault::DropConnection).times(1));
    let mut s = tokio::net::TcpStream::connect(emu.addr().unwrap())
        .await
        .unwrap();
    s.write_all(&call.bytes()).await.unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf).await;
    assert!(buf.is_empty(), "{:?}", String::from_utf8_lossy(&buf));

    emu.inject(FaultRule::new(Fault::TruncateBody).times(1));
    let mut s = tokio::net::TcpStream::connect(emu.addr().unwrap())
        .await
        .unwrap();
    s.write_all(&call.bytes()).await.unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf).await;
    let text = String::from_utf8_lossy(&buf).to_string();
    let (head, body) = text.split_once("\r\n\r\n").expect("headers were sent");
    let length: usize = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length: ")
                .map(|v| v.trim().parse().unwrap())
        })
        .expect("Content-Length");
    assert!(
        !body.is_empty() && body.len() < length,
        "{} of {length}",
        body.len()
    );

    // Spent rules leave normal answers.
    call.ok(&emu).await;
    assert_eq!(emu.calls("DescribeVirusDetail"), 5);
}

/// `Filters.0.Values.1=v` pairs of a JSON object, as the legacy form and the
/// official Python SDK flatten them (empty lists and objects vanish).
fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    let key = |k: &str| {
        if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match v {
        Value::Object(m) => m.iter().for_each(|(k, v)| flatten(&key(k), v, out)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| flatten(&key(&i.to_string()), v, out)),
        Value::String(s) => out.push((prefix.to_string(), s.clone())),
        Value::Null => {}
        other => out.push((prefix.to_string(), other.to_string())),
    }
}

/// Doc examples whose request the emulator refuses, with the error code
/// and the method: `tests/conformance/emulator-refused.txt`. A listed
/// example that starts being accepted fails the sweep, so the list stays
/// true.
fn refused_examples() -> Vec<(String, String, String, &'static str)> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance/emulator-refused.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(f.len(), 4, "{}: {l}", path.display());
            let method = if f[3] == "GET" { "GET" } else { "POST" };
            (f[0].to_string(), f[1].to_string(), f[2].to_string(), method)
        })
        .collect()
}

/// Every doc example request of every action of both services, sent as a
/// JSON POST and as the legacy GET form: accepted and answered, except the
/// listed ones. Requests the conformance reader cannot read are left out
/// (they are its business, counted by its own tests).
#[tokio::test]
async fn every_doc_example_request_is_accepted_both_ways() {
    // Doc examples write many numbers as strings.
    let emu = emulator_with(EmulatorBuilder::lenient_types).await;
    let mut refused = Vec::new();
    let mut accepted = 0;
    let specs = tencentcloud_conformance::emulator::shipped_specs_dir();
    for spec_dir in tencentcloud_codegen::generate::find_spec_dirs(&specs).unwrap() {
        let dir = spec_dir.path;
        let model = tencentcloud_conformance::emulator::ServiceModel::load(&dir).unwrap();
        let examples: Value =
            serde_json::from_slice(&std::fs::read(dir.join("examples.json")).unwrap()).unwrap();
        for (action, list) in examples["actions"].as_object().unwrap() {
            for (i, ex) in list.as_array().unwrap().iter().enumerate() {
                let input = ex["input"].as_str().unwrap();
                let Ok(req) =
                    tencentcloud_conformance::examples::request_params(&model.api, action, input)
                else {
                    continue;
                };
                let post = Call::post(
                    &emu,
                    &model.name,
                    &model.version,
                    action,
                    req.params.clone(),
                );
                let mut pairs = Vec::new();
                flatten("", &req.params, &mut pairs);
                let query = form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(pairs)
                    .finish();
                let get = Call::get(&emu, &model.name, &model.version, action, &query);
                for call in [post, get] {
                    let (status, v) = call.send(&emu).await;
                    assert_eq!(status, 200);
                    match v["Response"]["Error"]["Code"].as_str() {
                        None => accepted += 1,
                        Some(code) => refused.push((
                            model.name.clone(),
                            format!("{action}#{i}"),
                            code.to_string(),
                            call.method,
                        )),
                    }
                }
            }
        }
    }
    let expected = refused_examples();
    assert_eq!(refused, expected);
    assert!(accepted > 20_000, "{accepted}");
}

/// A fresh folder under the system temp folder (removed on drop).
struct TempSpecs(std::path::PathBuf);

impl TempSpecs {
    fn new(tag: &str) -> TempSpecs {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let dir = std::env::temp_dir().join(format!(
            "tc-emu-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempSpecs(dir)
    }

    /// Copy a shipped service version under another folder name.
    fn copy(&self, shipped: &str, folder: &str) {
        let from = tencentcloud_conformance::emulator::shipped_specs_dir().join(shipped);
        let to = self.0.join(folder).join(from.file_name().unwrap());
        std::fs::create_dir_all(&to).unwrap();
        for f in ["api.json", "examples.json"] {
            std::fs::copy(from.join(f), to.join(f)).unwrap();
        }
    }
}

impl Drop for TempSpecs {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Start lists folders and reads no spec: a malformed `api.json` does not
/// stop it, the good service answers, and the bad one answers with an
/// `InternalError` naming the service, the version and the file, only once
/// asked for, every time, without taking the emulator down.
#[tokio::test]
async fn specs_are_read_on_first_request_and_a_malformed_one_is_reported() {
    let specs = TempSpecs::new("lazy");
    specs.copy("sts/v20180813", "sts");
    // tcss's version, but `api.json` is not JSON.
    let bad_dir = specs.0.join("broken").join("v20201101");
    std::fs::create_dir_all(&bad_dir).unwrap();
    std::fs::write(bad_dir.join("api.json"), "{\"actions\": {\"Describe").unwrap();
    let emu = Emulator::builder()
        .credential(ID, KEY)
        .specs_dir(&specs.0)
        .start()
        .await
        .expect("a malformed spec does not stop the start");
    assert_eq!(emu.listed(), ["broken/v20201101", "sts/v20180813"]);
    assert_eq!((emu.spec_loads(), emu.loaded().len()), (0, 0));

    let sts = Call::post(
        &emu,
        "sts",
        "2018-08-13",
        "GetFederationToken",
        json!({"Name": "n", "Policy": "p"}),
    );
    sts.ok(&emu).await;
    sts.ok(&emu).await;
    assert_eq!(emu.spec_loads(), 1);
    assert_eq!(
        emu.loaded(),
        ["sts/v20180813"],
        "the malformed one is not read"
    );

    let bad = Call::tcss(&emu, "DescribeVirusDetail", json!({"Id": "1"}));
    for _ in 0..2 {
        let (code, message) = bad.error_code(&emu).await;
        assert_eq!(code, "InternalError");
        for part in ["broken", "2020-11-01", "api.json"] {
            assert!(message.contains(part), "{part}: {message}");
        }
    }
    assert_eq!(emu.spec_loads(), 2, "loaded once, its error kept");
    // Still serving.
    sts.ok(&emu).await;
    // Unknown versions and actions are still the usual errors.
    let mut nope = sts.clone();
    nope.version = Some("2001-01-01".into());
    assert_eq!(nope.error_code(&emu).await.0, "NoSuchVersion");
    let mut nope = sts.clone();
    nope.action = Some("Nope".into());
    assert_eq!(nope.error_code(&emu).await.0, "InvalidAction");
    assert!(emu.load_all().is_err());
    assert_eq!(emu.services().len(), 1);
}

/// N concurrent first requests for a service version parse its specs once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_first_requests_load_a_service_once() {
    let specs = TempSpecs::new("once");
    specs.copy("cwp/v20180228", "cwp");
    specs.copy("sts/v20180813", "sts");
    let emu = std::sync::Arc::new(
        Emulator::builder()
            .credential(ID, KEY)
            .specs_dir(&specs.0)
            .start()
            .await
            .unwrap(),
    );
    let calls = (0..16).map(|_| {
        let emu = emu.clone();
        tokio::spawn(async move {
            Call::cwp(&emu, "DescribeRiskProcessEvents", json!({"Limit": 2}))
                .ok(&emu)
                .await
        })
    });
    for c in calls.collect::<Vec<_>>() {
        c.await.unwrap();
    }
    assert_eq!(emu.spec_loads(), 1);
    assert_eq!(emu.loaded(), ["cwp/v20180228"]);
    assert_eq!(emu.calls("DescribeRiskProcessEvents"), 16);
}
