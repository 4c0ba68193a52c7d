//! Whatever a server sends (truncated, non-JSON, empty, huge, wrongly
//! typed bodies, odd statuses and headers), the call returns the documented
//! error variant and never panics.

mod support;

use serde_json::json;
use std::time::Duration;
use support::{Reply, Server};
use tencentcloud_runtime::{Config, Credential, Error, RetryConfig, ServiceClient};

/// What a case must produce.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    Ok,
    Service,
    HttpStatus,
    Decode,
}

fn classify(r: &Result<serde_json::Map<String, serde_json::Value>, Error>) -> Expect {
    match r {
        Ok(_) => Expect::Ok,
        Err(Error::Service(_)) => Expect::Service,
        Err(Error::HttpStatus(_)) => Expect::HttpStatus,
        Err(Error::Decode(_)) => Expect::Decode,
        Err(other) => panic!("unexpected variant: {other:?}"),
    }
}

fn cases() -> Vec<(&'static str, u16, Vec<u8>, Expect)> {
    let envelope = br#"{"Response":{"Error":{"Code":"ResourceNotFound","Message":"gone"},"RequestId":"rid-env"}}"#.to_vec();
    let mut deep = vec![b'['; 100_000];
    deep.extend(vec![b']'; 100_000]);
    let mut huge = br#"{"Response":{"RequestId":"rid-huge","Blob":""#.to_vec();
    huge.extend(std::iter::repeat_n(b'x', 3 * 1024 * 1024));
    huge.extend_from_slice(br#""}}"#);
    let mut huge_garbage = vec![b'<'; 2 * 1024 * 1024];
    huge_garbage.extend_from_slice(b"not json");
    vec![
        ("empty 200", 200, vec![], Expect::Decode),
        ("empty 500", 500, vec![], Expect::HttpStatus),
        (
            "html 200",
            200,
            b"<html>hello</html>".to_vec(),
            Expect::Decode,
        ),
        (
            "html 502",
            502,
            b"<html>bad gateway</html>".to_vec(),
            Expect::HttpStatus,
        ),
        ("text 404", 404, b"not found".to_vec(), Expect::HttpStatus),
        (
            "truncated",
            200,
            br#"{"Response":{"TotalCount":1,"Ite"#.to_vec(),
            Expect::Decode,
        ),
        (
            "truncated error",
            200,
            br#"{"Response":{"Error":{"Code":"Intern"#.to_vec(),
            Expect::Decode,
        ),
        ("envelope 200", 200, envelope.clone(), Expect::Service),
        ("envelope 400", 400, envelope.clone(), Expect::Service),
        ("envelope 503", 503, envelope, Expect::Service),
        ("json array", 200, b"[1,2,3]".to_vec(), Expect::Decode),
        ("json null", 200, b"null".to_vec(), Expect::Decode),
        ("json string", 200, b"\"Response\"".to_vec(), Expect::Decode),
        (
            "no Response",
            200,
            br#"{"Other":{}}"#.to_vec(),
            Expect::Decode,
        ),
        (
            "Response is a list",
            200,
            br#"{"Response":[]}"#.to_vec(),
            Expect::Decode,
        ),
        (
            "Response is a number",
            200,
            br#"{"Response":5}"#.to_vec(),
            Expect::Decode,
        ),
        (
            "Response null",
            200,
            br#"{"Response":null}"#.to_vec(),
            Expect::Decode,
        ),
        (
            "Error member not an envelope",
            200,
            br#"{"Response":{"Error":"none","RequestId":"r"}}"#.to_vec(),
            Expect::Ok,
        ),
        (
            "Error without Code",
            200,
            br#"{"Response":{"Error":{"Message":"m"},"RequestId":"r"}}"#.to_vec(),
            Expect::Ok,
        ),
        (
            "Code not a string",
            200,
            br#"{"Response":{"Error":{"Code":17},"RequestId":"r"}}"#.to_vec(),
            Expect::Ok,
        ),
        (
            "Message not a string",
            200,
            br#"{"Response":{"Error":{"Code":"X","Message":[1]},"RequestId":"r"}}"#.to_vec(),
            Expect::Service,
        ),
        (
            "RequestId a number",
            200,
            br#"{"Response":{"RequestId":12}}"#.to_vec(),
            Expect::Ok,
        ),
        (
            "envelope with a number RequestId",
            200,
            br#"{"Response":{"Error":{"Code":"X"},"RequestId":12}}"#.to_vec(),
            Expect::Service,
        ),
        (
            "trailing garbage",
            200,
            br#"{"Response":{"RequestId":"r"}} trailing"#.to_vec(),
            Expect::Decode,
        ),
        (
            "not UTF-8",
            200,
            b"{\"Response\":{\"A\":\"\xff\xfe\"}}".to_vec(),
            Expect::Decode,
        ),
        ("deeply nested", 200, deep.clone(), Expect::Decode),
        ("deeply nested 500", 500, deep, Expect::HttpStatus),
        ("huge valid", 200, huge, Expect::Ok),
        ("huge garbage", 200, huge_garbage, Expect::Decode),
        (
            "odd status",
            299,
            br#"{"Response":{"RequestId":"r"}}"#.to_vec(),
            Expect::Ok,
        ),
        (
            "informational-looking status",
            418,
            br#"{"Response":{"RequestId":"r"}}"#.to_vec(),
            Expect::HttpStatus,
        ),
        (
            "unicode body",
            200,
            "{\"Response\":{\"名前\":\"値\",\"RequestId\":\"r\"}}"
                .as_bytes()
                .to_vec(),
            Expect::Ok,
        ),
    ]
}

#[tokio::test]
async fn every_body_gives_the_documented_variant() {
    let cases = cases();
    let table: Vec<(u16, Vec<u8>)> = cases.iter().map(|(_, s, b, _)| (*s, b.clone())).collect();
    let server = Server::start(move |req, _| {
        let i: usize = req
            .header("x-case")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let (status, body) = table[i].clone();
        Reply::Respond {
            status,
            headers: vec![(
                "Content-Type".into(),
                "application/json; charset=utf-8".into(),
            )],
            body,
            close: false,
        }
    })
    .await;
    // The case number travels in a header that a custom HTTP client adds.
    for (i, (name, _, _, expect)) in cases.iter().enumerate() {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-case", i.to_string().parse().unwrap());
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .build()
            .unwrap();
        let config = Config::builder()
            .credentials(Credential::new("AKIDerrors", "errors-key"))
            .endpoint_url(server.url())
            .retry(RetryConfig::disabled())
            .http_client(http)
            .build()
            .unwrap();
        let client = ServiceClient::generic(&config, "cvm", "2017-03-12");
        let typed: Result<serde_json::Map<String, serde_json::Value>, Error> =
            client.call_typed("DescribeInstances", &json!({})).await;
        assert_eq!(classify(&typed), *expect, "typed, case {name}: {typed:?}");
        let untyped = client
            .call_json("DescribeInstances", json!({}))
            .await
            .map(|v| v.as_object().cloned().unwrap_or_default());
        assert_eq!(
            classify(&untyped),
            *expect,
            "json, case {name}: {untyped:?}"
        );
        if let Err(e) = &typed {
            let text = e.to_string();
            assert!(
                text.chars().count() < 1200,
                "case {name}: error text is bounded ({} chars)",
                text.len()
            );
            assert!(e.http_status().is_some(), "case {name}: {e:?}");
        }
    }
}

#[tokio::test]
async fn service_errors_carry_code_message_request_id_and_status() {
    let server = Server::start(|_, _| {
        Reply::json(
            400,
            json!({"Response": {"Error": {"Code": "LimitExceeded.Quota", "Message": "too many"}, "RequestId": "rid-7"}}),
        )
    })
    .await;
    let config = Config::builder()
        .credentials(Credential::new("AKIDerrors", "errors-key"))
        .endpoint_url(server.url())
        .build()
        .unwrap();
    let e = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("RunInstances", json!({}))
        .await
        .unwrap_err();
    let s = e.as_service_error().unwrap();
    assert_eq!(
        (s.code(), s.message(), s.request_id(), s.http_status()),
        ("LimitExceeded.Quota", "too many", "rid-7", 400)
    );
    assert_eq!(s.operation(), ("cvm", "RunInstances"));
    assert!(e.has_prefix("LimitExceeded") && e.has_prefix("LimitExceeded.*"));
    assert!(!e.has_prefix("Limit"));
    assert!(e.is_code("LimitExceeded.Quota"));
    assert!(!e.is_throttling());
    assert_eq!(e.code(), "LimitExceeded.Quota");
    assert_eq!(
        e.to_string(),
        "cvm RunInstances: LimitExceeded.Quota: too many [RequestId: rid-7]"
    );
}

#[tokio::test]
async fn decode_errors_carry_the_request_id_and_a_short_snippet() {
    let server = Server::start(|_, _| {
        Reply::body(200, format!("<html>{}</html>", "y".repeat(10_000)))
            .with_header("X-TC-RequestId", "rid-from-header")
    })
    .await;
    let config = Config::builder()
        .credentials(Credential::new("AKIDerrors", "errors-key"))
        .endpoint_url(server.url())
        .build()
        .unwrap();
    let e = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    match &e {
        Error::Decode(d) => {
            assert_eq!(d.request_id(), Some("rid-from-header"));
            assert!(d.body_snippet().starts_with("<html>yyy"));
            assert!(d.body_snippet().chars().count() <= 201);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.request_id(), Some("rid-from-header"));
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused_without_buffering_them() {
    let big = vec![b'x'; 4096];
    let server = Server::start(move |_, _| Reply::body(200, big.clone())).await;
    let config = Config::builder()
        .credentials(Credential::new("AKIDerrors", "errors-key"))
        .endpoint_url(server.url())
        .max_response_bytes(1024)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let e = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert!(
        matches!(&e, Error::Decode(d) if d.message().contains("larger than 1024")),
        "{e}"
    );
}

#[tokio::test]
async fn odd_headers_do_not_panic() {
    let raw = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-TC-RequestId: \xff\xfe\r\nDate: not a date\r\nContent-Length: 31\r\n\r\n{\"Response\":{\"RequestId\":\"r\"}}\n".to_vec();
    let server = Server::start(move |_, _| Reply::Raw(raw.clone())).await;
    let config = Config::builder()
        .credentials(Credential::new("AKIDerrors", "errors-key"))
        .endpoint_url(server.url())
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let out = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap();
    assert_eq!(out["RequestId"], "r");
    // A garbage status line.
    let server = Server::start(|_, _| Reply::Raw(b"NOT HTTP AT ALL\r\n\r\n".to_vec())).await;
    let config = config
        .to_builder()
        .endpoint_url(server.url())
        .build()
        .unwrap();
    let e = ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Transport(_)), "{e:?}");
    tokio::time::sleep(Duration::from_millis(10)).await;
}
