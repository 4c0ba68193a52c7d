//! The runtime's hand-written STS client (`runtime/src/credentials/sts.rs`:
//! the runtime cannot depend on the generated crate) agrees on the wire
//! with the generated `sts` models and with the doc examples:
//!
//! * what it sends decodes into the generated request type with no member
//!   unknown to the spec and encodes back to the same JSON (names and JSON
//!   types agree), carries the doc example's members with the example's
//!   values, and goes to the spec's action, version and signing service;
//! * the credentials it reads from the doc example's response are the ones
//!   the generated response type reads from it.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use serde_json::{Map, Value};
use std::convert::Infallible;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, UNIX_EPOCH};
use tencentcloud::sts::v20180813 as sts;
use tencentcloud_codegen::spec;
use tencentcloud_runtime::credentials::{AssumeRoleProvider, WebIdentityProvider};
use tencentcloud_runtime::{Credential, Endpoint, ProvideCredentials};

fn sts_spec_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/sts/v20180813")
}

/// The first doc example of `action`: its request body and its `Response`.
fn doc_example(action: &str) -> (Map<String, Value>, Map<String, Value>, String) {
    let examples = spec::load_examples(&sts_spec_dir().join("examples.json")).unwrap();
    let example = &examples.actions[action][0];
    let body = example
        .input
        .split_once("\n\n")
        .map(|(_, b)| b)
        .unwrap_or_else(|| panic!("{action}: the example request has no body"));
    let input: Map<String, Value> = serde_json::from_str(body).unwrap();
    let output: Value = serde_json::from_str(&example.output).unwrap();
    let response = output["Response"].as_object().unwrap().clone();
    (input, response, example.output.clone())
}

/// One request as received: headers (lower-case names) and body.
#[derive(Debug, Clone)]
struct Received {
    headers: Vec<(String, String)>,
    body: Bytes,
}

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Map<String, Value> {
        serde_json::from_slice(&self.body).expect("the runtime sends a JSON object")
    }
}

/// A server answering every request with `answer`, recording what it got.
async fn serve(answer: String) -> (String, Arc<Mutex<Vec<Received>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let received: Arc<Mutex<Vec<Received>>> = Arc::default();
    let log = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let (answer, log) = (answer.clone(), log.clone());
            tokio::spawn(async move {
                let service = hyper::service::service_fn(
                    move |req: hyper::Request<hyper::body::Incoming>| {
                        let (answer, log) = (answer.clone(), log.clone());
                        async move {
                            let headers = req
                                .headers()
                                .iter()
                                .map(|(n, v)| {
                                    (n.as_str().to_string(), v.to_str().unwrap_or("").to_string())
                                })
                                .collect();
                            let body = req.into_body().collect().await.unwrap().to_bytes();
                            log.lock().unwrap().push(Received { headers, body });
                            Ok::<_, Infallible>(
                                hyper::Response::builder()
                                    .header("content-type", "application/json")
                                    .body(Full::new(Bytes::from(answer)))
                                    .unwrap(),
                            )
                        }
                    },
                );
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    (url, received)
}

/// `round_trip` decodes the body into a generated type and returns it
/// encoded again, with the number of members the spec does not know: none
/// may be unknown, and the encoding must be the body itself.
fn assert_round_trips(body: &Map<String, Value>, round_trip: impl Fn(Value) -> (Value, usize)) {
    let (encoded, unknown) = round_trip(Value::Object(body.clone()));
    assert_eq!(unknown, 0, "members the spec does not know: {body:?}");
    assert_eq!(
        encoded,
        Value::Object(body.clone()),
        "the generated type encodes the request differently (a JSON type differs)"
    );
}

/// The one request received: `action` of the generated module's API version.
fn the_request(received: &Mutex<Vec<Received>>, action: &str) -> Received {
    let received = received.lock().unwrap();
    assert_eq!(received.len(), 1, "one call to STS");
    let sent = received[0].clone();
    assert_eq!(sent.header("x-tc-action"), Some(action));
    assert_eq!(sent.header("x-tc-version"), Some(sts::SERVICE.version));
    sent
}

/// The runtime's credential is the generated response's `Credentials` and `ExpiredTime`.
fn assert_same_credential(
    got: &Credential,
    credentials: &sts::Credentials,
    expired_time: Option<u64>,
) {
    assert_eq!(Some(got.secret_id()), credentials.tmp_secret_id.as_deref());
    assert_eq!(
        Some(got.secret_key()),
        credentials.tmp_secret_key.as_deref()
    );
    assert_eq!(got.token(), credentials.token.as_deref());
    let expires = expired_time.expect("the example has an ExpiredTime");
    assert_eq!(
        got.expires_at(),
        Some(UNIX_EPOCH + Duration::from_secs(expires))
    );
}

#[tokio::test]
async fn assume_role_speaks_the_generated_models_and_the_doc_example() {
    let (example_input, example_response, answer) = doc_example("AssumeRole");
    let (url, received) = serve(answer).await;
    let role = example_input["RoleArn"].as_str().unwrap();
    let session = example_input["RoleSessionName"].as_str().unwrap();
    let provider = AssumeRoleProvider::builder(role)
        .source_credentials(Credential::new("AKIDsource", "source-secret"))
        .session_name(session)
        .duration(Duration::from_secs(3600))
        .endpoint(Endpoint::Custom(url))
        .build()
        .unwrap();
    let credential = provider.provide_credentials().await.unwrap();

    let sent = the_request(&received, "AssumeRole");
    let authorization = sent.header("authorization").unwrap();
    let scope = format!("/{}/tc3_request", sts::SERVICE.endpoint_prefix);
    assert!(
        authorization.starts_with("TC3-HMAC-SHA256 ") && authorization.contains(&scope),
        "{authorization}"
    );
    let body = sent.json();
    assert_round_trips(&body, |v| {
        let r: sts::AssumeRoleRequest = serde_json::from_value(v).unwrap();
        (serde_json::to_value(&r).unwrap(), r.unknown_fields.len())
    });
    for (member, value) in &example_input {
        assert_eq!(body.get(member), Some(value), "the doc example's {member}");
    }
    assert_eq!(body["DurationSeconds"], 3600);

    let typed: sts::AssumeRoleResponse =
        serde_json::from_value(Value::Object(example_response)).unwrap();
    assert!(typed.unknown_fields.is_empty());
    let expired = typed.expired_time.map(|t| u64::try_from(t).unwrap());
    assert_same_credential(&credential, typed.credentials.as_ref().unwrap(), expired);
}

#[tokio::test]
async fn assume_role_with_web_identity_speaks_the_generated_models_and_the_doc_example() {
    let (example_input, example_response, answer) = doc_example("AssumeRoleWithWebIdentity");
    let (url, received) = serve(answer).await;
    let token_file = tempfile_with(example_input["WebIdentityToken"].as_str().unwrap());
    let provider = WebIdentityProvider::builder(
        "ap-guangzhou",
        example_input["ProviderId"].as_str().unwrap(),
        token_file.path(),
        example_input["RoleArn"].as_str().unwrap(),
    )
    .session_name(example_input["RoleSessionName"].as_str().unwrap())
    .duration(Duration::from_secs(1800))
    .endpoint(Endpoint::Custom(url))
    .build()
    .unwrap();
    let credential = provider.provide_credentials().await.unwrap();

    let sent = the_request(&received, "AssumeRoleWithWebIdentity");
    // The spec marks the action unsigned.
    let api = spec::load_api(&sts_spec_dir().join("api.json")).unwrap();
    assert_eq!(
        api.actions["AssumeRoleWithWebIdentity"].skip_sign,
        Some(true)
    );
    assert_eq!(sent.header("authorization"), Some("SKIP"));
    let body = sent.json();
    assert_round_trips(&body, |v| {
        let r: sts::AssumeRoleWithWebIdentityRequest = serde_json::from_value(v).unwrap();
        (serde_json::to_value(&r).unwrap(), r.unknown_fields.len())
    });
    for (member, value) in &example_input {
        // The example writes `DurationSeconds` as the string "1800"; the spec
        // (and so the runtime) says int64.
        if member == "DurationSeconds" {
            assert_eq!(value, "1800");
            assert_eq!(body[member], 1800);
        } else {
            assert_eq!(body.get(member), Some(value), "the doc example's {member}");
        }
    }

    let typed: sts::AssumeRoleWithWebIdentityResponse =
        serde_json::from_value(Value::Object(example_response)).unwrap();
    assert!(typed.unknown_fields.is_empty());
    assert_same_credential(
        &credential,
        typed.credentials.as_ref().unwrap(),
        typed.expired_time,
    );
}

/// A temporary file holding `text` (removed on drop).
fn tempfile_with(text: &str) -> TempFile {
    let path = std::env::temp_dir().join(format!(
        "sts-wire-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::write(&path, text).unwrap();
    TempFile(path)
}

struct TempFile(std::path::PathBuf);

impl TempFile {
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
