//! Our signer reproduces, byte for byte, the `Authorization` headers the
//! official Python SDK produced for the requests in
//! `fixtures/python_signatures.json` (made by
//! `fixtures/make_python_signatures.py`).

use base64::Engine;
use tencentcloud_runtime::sign::{authorization, sign, SigningInput, SigningKey};

fn fixtures() -> Vec<serde_json::Value> {
    let text = include_str!("fixtures/python_signatures.json");
    let doc: serde_json::Value = serde_json::from_str(text).expect("fixture is JSON");
    assert!(doc["sdk"]
        .as_str()
        .unwrap()
        .starts_with("tencentcloud-sdk-python-common "));
    doc["cases"].as_array().expect("cases").clone()
}

#[test]
fn signer_reproduces_every_python_signature() {
    let cases = fixtures();
    assert_eq!(cases.len(), 8, "the fixture lost cases");
    let mut seen_get = false;
    for case in &cases {
        let s = |k: &str| case[k].as_str().unwrap_or_else(|| panic!("{k} in {case}"));
        let payload = base64::engine::general_purpose::STANDARD
            .decode(s("payload_base64"))
            .unwrap();
        let method = s("method");
        seen_get |= method == "GET";
        let input = SigningInput {
            secret_id: s("secret_id"),
            secret_key: s("secret_key"),
            service: s("service"),
            timestamp: case["timestamp"].as_i64().unwrap(),
            method,
            query: s("query"),
            headers: &[("content-type", s("content_type")), ("host", s("host"))],
            payload: &payload,
        };
        let expected = s("authorization");
        assert_eq!(
            authorization(&input),
            expected,
            "fast path, case {}",
            s("name")
        );
        assert_eq!(
            sign(&input).authorization,
            expected,
            "debug path, case {}",
            s("name")
        );
        let key = SigningKey::derive(input.secret_key, input.timestamp, input.service);
        assert_eq!(
            key.authorization(&input),
            expected,
            "cached key, case {}",
            s("name")
        );
        // The timestamp header Python sent is the one signed.
        assert_eq!(
            case["headers"]["X-TC-Timestamp"].as_str().unwrap(),
            input.timestamp.to_string()
        );
    }
    assert!(seen_get, "the GET form is covered");
}

#[test]
fn a_changed_byte_changes_the_signature() {
    // Guards the comparison above against a signer that ignores its input.
    let case = &fixtures()[0];
    let s = |k: &str| case[k].as_str().unwrap();
    let mut payload = base64::engine::general_purpose::STANDARD
        .decode(s("payload_base64"))
        .unwrap();
    payload[0] ^= 1;
    let input = SigningInput {
        secret_id: s("secret_id"),
        secret_key: s("secret_key"),
        service: s("service"),
        timestamp: case["timestamp"].as_i64().unwrap(),
        method: s("method"),
        query: s("query"),
        headers: &[("content-type", s("content_type")), ("host", s("host"))],
        payload: &payload,
    };
    assert_ne!(authorization(&input), s("authorization"));
}
