//! The generated `tcss` and `cwp` clients against the emulator: signatures,
//! typed errors, retries, every injected fault, concurrency, typed error
//! codes and a paged data set.

use std::time::{Duration, Instant};
use tencentcloud::cwp::v20180228 as cwp;
use tencentcloud::tcss::v20201101 as tcss;
use tencentcloud::{Error, RetryConfig};
use tencentcloud_conformance::emulator::{Emulator, Fault, FaultRule, Outcome, Pages};

const ID: &str = "AKIDe2eSdkTest";
const KEY: &str = "e2e-sdk-secret-key";

async fn emulator() -> Emulator {
    Emulator::builder()
        .credential(ID, KEY)
        .shipped_specs()
        .start()
        .await
        .expect("emulator starts")
}

/// Fast retries, so tests never sleep long.
fn quick_retries(attempts: u32) -> RetryConfig {
    RetryConfig::default()
        .with_max_attempts(attempts)
        .with_initial_backoff(Duration::from_millis(5))
        .with_max_backoff(Duration::from_millis(20))
        .with_max_elapsed(Duration::from_secs(5))
}

fn clients(emu: &Emulator, retry: RetryConfig) -> (tcss::Client, cwp::Client) {
    let config = emu
        .config_builder()
        .retry(retry)
        .request_timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    (tcss::Client::new(&config), cwp::Client::new(&config))
}

fn virus_detail() -> tcss::DescribeVirusDetailRequest {
    tcss::DescribeVirusDetailRequest::new("10021")
}

/// The `Response` of the first doc example output of an action, read
/// straight from `specs/<dir>/examples.json` with the conformance repair
/// (repaired, or salvaged when a bare text line is in the way): independent
/// of the emulator's own reading of the specs. Also the dropped lines.
fn doc_example(dir: &str, action: &str) -> (serde_json::Value, Vec<String>) {
    let path = tencentcloud_conformance::emulator::shipped_specs_dir()
        .join(dir)
        .join("examples.json");
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let text = file["actions"][action][0]["output"].as_str().unwrap();
    let (value, dropped) = match tencentcloud_conformance::repair::parse_output(text) {
        Ok(repaired) => {
            assert!(
                repaired.was_repaired(),
                "the seed examples are broken upstream: {action}"
            );
            (repaired.value, Vec::new())
        }
        Err(unrepairable) => {
            let salvaged = unrepairable
                .salvaged
                .expect("the seed example can be salvaged");
            let dropped = salvaged.dropped_lines.into_iter().map(|(_, l)| l).collect();
            (salvaged.value, dropped)
        }
    };
    (value["Response"].clone(), dropped)
}

#[tokio::test]
async fn describe_virus_detail_returns_the_doc_example() {
    let emu = emulator().await;
    let (tcss, _) = clients(&emu, RetryConfig::disabled());
    let got = tcss.describe_virus_detail(virus_detail()).await.unwrap();
    // Upstream, one element of `Tags` is a bare line of text: the example can
    // only be read without it.
    let (example, dropped) = doc_example("tcss/v20201101", "DescribeVirusDetail");
    assert_eq!(
        dropped,
        ["Steal user information and infect all html, exe, dll files in the user's local."]
    );
    let mut expected: tcss::DescribeVirusDetailResponse = serde_json::from_value(example).unwrap();
    // The RequestId is fresh per call; everything else is the example.
    assert_ne!(got.request_id, expected.request_id);
    assert_eq!(
        got.request_id.as_deref(),
        Some(emu.all_requests()[0].request_id.as_str())
    );
    expected.request_id = got.request_id.clone();
    assert_eq!(got, expected);
    // Spot checks against the seed page, so an empty pair cannot pass.
    assert_eq!(got.size, Some(332155));
    assert_eq!(got.file_name.as_deref(), Some("specimen_*******"));
    // Values the enum does not document survive as unknown values.
    let platforms: Vec<&str> = got.check_platform().iter().map(|p| p.as_str()).collect();
    assert_eq!(platforms, ["VDC", "TAV"]);
    assert!(got
        .check_platform()
        .iter()
        .all(|p| matches!(p, tcss::CheckPlatform::UnknownValue(_))));
    assert_eq!(got.tags(), ["ramnit", "Worm"]);
    assert!(got.unknown_fields.is_empty(), "{:?}", got.unknown_fields);
}

#[tokio::test]
async fn describe_risk_process_events_returns_the_doc_example() {
    let emu = emulator().await;
    let (_, cwp) = clients(&emu, RetryConfig::disabled());
    let got = cwp
        .describe_risk_process_events(cwp::DescribeRiskProcessEventsRequest::new().set_limit(30))
        .await
        .unwrap();
    let (example, dropped) = doc_example("cwp/v20180228", "DescribeRiskProcessEvents");
    assert!(dropped.is_empty(), "{dropped:?}");
    let mut expected: cwp::DescribeRiskProcessEventsResponse =
        serde_json::from_value(example).unwrap();
    assert_ne!(got.request_id, expected.request_id);
    expected.request_id = got.request_id.clone();
    assert_eq!(got, expected);
    assert_eq!(got.total_count, Some(89));
    let first = &got.list()[0];
    assert_eq!(first.event_id, Some(24));
    assert_eq!(first.virus_tags(), ["scanner", "hack_tools"]);
    assert_eq!(
        first
            .machine_extra_info
            .as_ref()
            .and_then(|m| m.instance_id.as_deref()),
        Some("ins-jvi1gdu0")
    );
}

#[tokio::test]
async fn wrong_secret_key_is_a_typed_signature_error() {
    let emu = emulator().await;
    let config = emu
        .config_builder()
        .credentials(tencentcloud::Credential::new(ID, "not-the-key"))
        .retry(quick_retries(3))
        .build()
        .unwrap();
    let err = tcss::Client::new(&config)
        .describe_virus_detail(virus_detail())
        .await
        .unwrap_err();
    let Error::Service(service) = &err else {
        panic!("expected a service error, got {err:?}");
    };
    assert_eq!(service.code(), "AuthFailure.SignatureFailure");
    assert!(!service.request_id().is_empty());
    assert_eq!(service.operation(), ("tcss", "DescribeVirusDetail"));
    // Not retried: a wrong key stays wrong.
    assert_eq!(emu.all_requests().len(), 1);
    assert_eq!(
        emu.all_requests()[0].outcome,
        Outcome::Error("AuthFailure.SignatureFailure".into())
    );

    // Unknown secret id and a skewed clock are typed too.
    let config = emu
        .config_builder()
        .credentials(tencentcloud::Credential::new("AKIDunknown", KEY))
        .build()
        .unwrap();
    let err = cwp::Client::new(&config)
        .describe_risk_process_events(cwp::DescribeRiskProcessEventsRequest::new())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "AuthFailure.SecretIdNotFound");
    let config = emu
        .config_builder()
        .clock_offset_secs(-400)
        .build()
        .unwrap();
    let err = cwp::Client::new(&config)
        .describe_risk_process_events(cwp::DescribeRiskProcessEventsRequest::new())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "AuthFailure.SignatureExpire");
}

#[tokio::test]
async fn rate_limiting_is_retried_then_succeeds() {
    let emu = emulator().await;
    let (tcss, _) = clients(&emu, quick_retries(4));
    emu.inject(
        FaultRule::new(Fault::RateLimit)
            .action("DescribeVirusDetail")
            .times(2),
    );
    let detail = tcss.describe_virus_detail(virus_detail()).await.unwrap();
    assert!(detail.request_id.is_some());
    assert_eq!(emu.calls("DescribeVirusDetail"), 3);
    let outcomes: Vec<_> = emu.all_requests().into_iter().map(|r| r.outcome).collect();
    assert_eq!(
        outcomes,
        vec![
            Outcome::Fault(Fault::RateLimit),
            Outcome::Fault(Fault::RateLimit),
            Outcome::Answered
        ]
    );

    // With fewer attempts than limited calls, the typed error comes back.
    emu.reset_counters();
    emu.inject(FaultRule::new(Fault::RateLimit).times(5));
    let (tcss, _) = clients(&emu, quick_retries(2));
    let err = tcss
        .describe_virus_detail(virus_detail())
        .await
        .unwrap_err();
    assert_eq!(
        err.as_service_error().unwrap().code(),
        "RequestLimitExceeded"
    );
    assert_eq!(emu.calls("DescribeVirusDetail"), 2);
}

#[tokio::test]
async fn every_fault_gives_its_documented_error_variant() {
    let emu = emulator().await;
    let (tcss, _) = clients(&emu, RetryConfig::disabled());

    let cases: Vec<(Fault, &str, &str)> = vec![
        (Fault::http_status(503), "HttpStatus", "HTTP status 503"),
        (Fault::DropConnection, "Transport", "transport error"),
        (Fault::TruncateBody, "Transport", "cut off"),
        (
            Fault::RawBody("<html>not json</html>".into()),
            "Decode",
            "<html>not json",
        ),
        (
            Fault::RawBody(r#"{"Response": 5}"#.into()),
            "Decode",
            "Response",
        ),
        (
            Fault::error("InternalError", "injected"),
            "Service",
            "InternalError",
        ),
        (Fault::RateLimit, "Service", "RequestLimitExceeded"),
    ];
    for (fault, variant, needle) in cases {
        emu.clear_faults();
        emu.inject(FaultRule::new(fault.clone()).action("DescribeVirusDetail"));
        let err = tcss
            .describe_virus_detail(virus_detail())
            .await
            .unwrap_err();
        let got = match &err {
            Error::Service(_) => "Service",
            Error::Transport(_) => "Transport",
            Error::Timeout(_) => "Timeout",
            Error::HttpStatus(_) => "HttpStatus",
            Error::Decode(_) => "Decode",
            other => panic!("{fault:?}: unexpected {other:?}"),
        };
        assert_eq!(got, variant, "{fault:?}: {err}");
        // Display says what happened.
        assert!(err.to_string().contains(needle), "{fault:?}: {err}");
        if let Error::HttpStatus(h) = &err {
            assert_eq!(h.status(), 503);
            assert!(h.body_snippet().contains("503"), "{}", h.body_snippet());
        }
    }

    // A delay longer than the attempt timeout is a Timeout.
    emu.clear_faults();
    emu.inject(FaultRule::new(Fault::delay(Duration::from_secs(3))).action("DescribeVirusDetail"));
    let config = emu
        .config_builder()
        .retry(RetryConfig::disabled())
        .request_timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = tcss::Client::new(&config)
        .describe_virus_detail(virus_detail())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));

    // A short delay is only a delay.
    emu.clear_faults();
    emu.inject(FaultRule::new(Fault::delay(Duration::from_millis(60))));
    let started = Instant::now();
    tcss.describe_virus_detail(virus_detail()).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(60));
}

#[tokio::test]
async fn ambiguous_failures_are_retried_for_read_actions() {
    let emu = emulator().await;
    let (tcss, _) = clients(&emu, quick_retries(3));
    // Each of these, once, then success: a Describe* action is safe to repeat.
    for fault in [
        Fault::http_status(502),
        Fault::DropConnection,
        Fault::TruncateBody,
    ] {
        emu.reset_counters();
        emu.clear_faults();
        emu.inject(FaultRule::new(fault.clone()).times(1));
        tcss.describe_virus_detail(virus_detail())
            .await
            .unwrap_or_else(|e| panic!("{fault:?}: {e}"));
        assert_eq!(emu.calls("DescribeVirusDetail"), 2, "{fault:?}");
    }
    // Always failing: exactly max_attempts attempts.
    emu.reset_counters();
    emu.clear_faults();
    emu.inject(FaultRule::new(Fault::http_status(500)));
    let err = tcss
        .describe_virus_detail(virus_detail())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::HttpStatus(_)), "{err:?}");
    assert_eq!(emu.calls("DescribeVirusDetail"), 3);
}

#[tokio::test]
async fn sixty_four_concurrent_calls_all_succeed() {
    let emu = emulator().await;
    let (tcss, cwp) = clients(&emu, RetryConfig::disabled());
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..64 {
        if i % 2 == 0 {
            let c = tcss.clone();
            tasks.spawn(async move {
                c.describe_virus_detail(tcss::DescribeVirusDetailRequest::new(format!("{i}")))
                    .await
                    .map(|r| r.request_id)
            });
        } else {
            let c = cwp.clone();
            tasks.spawn(async move {
                c.describe_risk_process_events(
                    cwp::DescribeRiskProcessEventsRequest::new().set_limit(i),
                )
                .await
                .map(|r| r.request_id)
            });
        }
    }
    let mut ids = std::collections::HashSet::new();
    while let Some(joined) = tasks.join_next().await {
        let id = joined.expect("no panic").expect("call succeeds");
        assert!(ids.insert(id.expect("RequestId")), "request ids are unique");
    }
    assert_eq!(ids.len(), 64);
    assert_eq!(emu.calls("DescribeVirusDetail"), 32);
    assert_eq!(emu.calls("DescribeRiskProcessEvents"), 32);
}

#[tokio::test]
async fn agent_offline_is_the_typed_cwp_error_code() {
    let emu = emulator().await;
    let (_, cwp) = clients(&emu, quick_retries(3));
    emu.inject(
        FaultRule::new(Fault::error(
            "FailedOperation.AgentOffline",
            "The agent of host 1234 is offline.",
        ))
        .service("cwp")
        .action("DescribeRiskProcessEvents"),
    );
    let err = cwp
        .describe_risk_process_events(cwp::DescribeRiskProcessEventsRequest::new())
        .await
        .unwrap_err();
    let service = err.as_service_error().expect("a service error");
    assert_eq!(
        service.code_as::<cwp::ErrorCode>(),
        cwp::ErrorCode::FailedOperationAgentOffline
    );
    assert!(service.has_prefix("FailedOperation"));
    let request_id = emu.all_requests()[0].request_id.clone();
    assert_eq!(service.request_id(), request_id);
    let shown = err.to_string();
    for needle in [
        "FailedOperation.AgentOffline",
        "The client is offline",
        "The agent of host 1234 is offline.",
        request_id.as_str(),
    ] {
        assert!(shown.contains(needle), "{shown:?} lacks {needle:?}");
    }
    // Not retried (not a transient failure), and only that action is affected.
    assert_eq!(emu.calls("DescribeRiskProcessEvents"), 1);
    let (tcss, _) = clients(&emu, quick_retries(3));
    tcss.describe_virus_detail(virus_detail()).await.unwrap();
}

#[tokio::test]
async fn a_paged_data_set_is_served_by_offset_and_limit() {
    let emu = emulator().await;
    let (_, cwp) = clients(&emu, RetryConfig::disabled());
    emu.serve_pages("DescribeRiskProcessEvents", Pages::new(95))
        .unwrap();
    let mut ids = Vec::new();
    let mut offset = 0;
    loop {
        let page = cwp
            .describe_risk_process_events(
                cwp::DescribeRiskProcessEventsRequest::new()
                    .set_offset(offset)
                    .set_limit(20),
            )
            .await
            .unwrap();
        assert_eq!(page.total_count, Some(95));
        if page.list().is_empty() {
            break;
        }
        assert!(page.list().len() <= 20);
        ids.extend(page.list().iter().map(|e| e.event_id.unwrap()));
        offset += page.list().len() as i64;
    }
    assert_eq!(ids, (1..=95).collect::<Vec<i64>>());
    assert_eq!(emu.calls("DescribeRiskProcessEvents"), 6);

    // A wrong TotalCount is reported as configured.
    emu.serve_pages(
        "DescribeRiskProcessEvents",
        Pages::new(3).reported_total(50),
    )
    .unwrap();
    let page = cwp
        .describe_risk_process_events(cwp::DescribeRiskProcessEventsRequest::new().set_offset(2))
        .await
        .unwrap();
    assert_eq!((page.total_count, page.list().len()), (Some(50), 1));

    // Back to the example answer.
    emu.stop_pages("DescribeRiskProcessEvents");
    let page = cwp
        .describe_risk_process_events(cwp::DescribeRiskProcessEventsRequest::new().set_offset(2))
        .await
        .unwrap();
    assert_ne!(page.total_count, Some(50));

    // Actions that cannot be paged are refused with a reason.
    let err = emu
        .serve_pages("DescribeVirusDetail", Pages::new(3))
        .unwrap_err();
    assert!(err.to_string().contains("Offset"), "{err}");
}

#[tokio::test]
async fn the_generated_paginator_walks_the_paged_data_set() {
    let emu = emulator().await;
    let (_, cwp) = clients(&emu, RetryConfig::disabled());
    let walk = |page: u64| {
        cwp.describe_risk_process_events_paginator(cwp::DescribeRiskProcessEventsRequest::new())
            .page_size(page)
    };

    // Stops at the total.
    emu.serve_pages("DescribeRiskProcessEvents", Pages::new(250))
        .unwrap();
    let items = walk(100).collect_items().await.unwrap();
    let ids: Vec<i64> = items.iter().map(|e| e.event_id.unwrap()).collect();
    assert_eq!(ids, (1..=250).collect::<Vec<_>>());
    assert_eq!(emu.calls("DescribeRiskProcessEvents"), 3);

    // A total larger than the data set: stops at the first empty page.
    emu.reset_counters();
    emu.serve_pages(
        "DescribeRiskProcessEvents",
        Pages::new(70).reported_total(1_000_000),
    )
    .unwrap();
    assert_eq!(walk(30).collect_items().await.unwrap().len(), 70);
    assert_eq!(emu.calls("DescribeRiskProcessEvents"), 4);

    // A total smaller than the data set: no request past the total (the
    // items of the page already received are kept).
    emu.reset_counters();
    emu.serve_pages(
        "DescribeRiskProcessEvents",
        Pages::new(70).reported_total(10),
    )
    .unwrap();
    assert_eq!(walk(30).collect_items().await.unwrap().len(), 30);
    assert_eq!(emu.calls("DescribeRiskProcessEvents"), 1);

    // The user's limit.
    emu.serve_pages("DescribeRiskProcessEvents", Pages::new(250))
        .unwrap();
    assert_eq!(
        walk(20).max_items(45).collect_items().await.unwrap().len(),
        45
    );

    // An error on the second page ends the walk with that error.
    emu.reset_counters();
    emu.inject(
        FaultRule::new(Fault::error("FailedOperation.AgentOffline", "gone"))
            .action("DescribeRiskProcessEvents")
            .after(1)
            .times(1),
    );
    let err = walk(100).collect_items().await.unwrap_err();
    assert_eq!(
        err.as_service_error().unwrap().code_as::<cwp::ErrorCode>(),
        cwp::ErrorCode::FailedOperationAgentOffline
    );
    assert_eq!(emu.calls("DescribeRiskProcessEvents"), 2);
}

/// Scripted replies answer in place of the doc example (counted ones first,
/// then the standing one, then the example again), errors included, and the
/// recorded requests show what the client sent: headers, and parameters as
/// JSON or as the typed request.
#[tokio::test]
async fn scripted_replies_and_recorded_requests() {
    let emu = emulator().await;
    let (tcss, _) = clients(&emu, quick_retries(1));

    emu.reply_times(
        "DescribeVirusDetail",
        1,
        serde_json::json!({"Size": 7, "VirusName": "scripted"}),
    )
    .unwrap();
    // A typed response value, in the envelope form, stands behind it.
    let standing = tcss::DescribeVirusDetailResponse::default().set_size(8);
    emu.reply(
        "DescribeVirusDetail",
        serde_json::json!({ "Response": standing }),
    )
    .unwrap();
    let first = tcss.describe_virus_detail(virus_detail()).await.unwrap();
    assert_eq!(
        (first.size, first.virus_name.as_deref()),
        (Some(7), Some("scripted"))
    );
    for _ in 0..2 {
        let next = tcss.describe_virus_detail(virus_detail()).await.unwrap();
        assert_eq!((next.size, next.virus_name), (Some(8), None));
    }
    // A scripted error, once; then the standing reply again.
    emu.reply_times(
        "DescribeVirusDetail",
        1,
        serde_json::json!({"Error": {"Code": "ResourceNotFound", "Message": "no such virus"}}),
    )
    .unwrap();
    let err = tcss
        .describe_virus_detail(virus_detail())
        .await
        .unwrap_err();
    let service = err.as_service_error().expect("a service error");
    assert_eq!(service.code(), "ResourceNotFound", "{err}");
    assert!(!service.request_id().is_empty());
    assert_eq!(
        tcss.describe_virus_detail(virus_detail())
            .await
            .unwrap()
            .size,
        Some(8)
    );
    // Cleared: the doc example answers.
    emu.clear_replies();
    assert_eq!(
        tcss.describe_virus_detail(virus_detail())
            .await
            .unwrap()
            .size,
        Some(332155)
    );

    // What the client sent, per action: six calls, each with its id.
    let sent = emu.requests("DescribeVirusDetail");
    assert_eq!(sent.len(), 6);
    assert!(emu.requests("DescribeRiskProcessEvents").is_empty());
    let last = sent.last().unwrap();
    assert_eq!(last.params, Some(serde_json::json!({"Id": "10021"})));
    assert_eq!(last.header("X-TC-Action"), Some("DescribeVirusDetail"));
    assert_eq!(last.header("x-tc-version"), Some("2020-11-01"));
    assert_eq!(last.header("authorization"), None, "secrets are not kept");
    let typed: tcss::DescribeVirusDetailRequest = last.params_as().unwrap();
    assert_eq!(typed.id, "10021");
    assert_eq!(sent[2].outcome, Outcome::Answered);
    assert_eq!(sent[3].outcome, Outcome::Error("ResourceNotFound".into()));

    // Replies that cannot work are refused, saying why.
    let err = emu.reply("DescribeVirusDetail", [1, 2]).unwrap_err();
    assert!(err.to_string().contains("expected a JSON object"), "{err}");
    let err = emu
        .reply(
            "DescribeVirusDetail",
            serde_json::json!({"Error": {"Message": "m"}}),
        )
        .unwrap_err();
    assert!(err.to_string().contains("`Code`"), "{err}");
    let err = emu
        .reply_times("DescribeVirusDetail", 0, serde_json::json!({}))
        .unwrap_err();
    assert!(err.to_string().contains("never answer"), "{err}");
}

/// A generated token-style paginator (alb's `NextToken`/`MaxResults`) walks
/// the emulator's paged data set: the cursor it sends is the one the last
/// page returned, and it stops at the empty cursor.
#[tokio::test]
async fn a_token_paginator_walks_the_paged_data_set() {
    use tencentcloud::alb::v20251030 as alb;
    let emu = emulator().await;
    let config = emu.config_builder().build().unwrap();
    let client = alb::Client::new(&config);
    emu.serve_pages("DescribeAsyncJobs", Pages::new(25))
        .unwrap();
    let items = client
        .describe_async_jobs_paginator(alb::DescribeAsyncJobsRequest::new())
        .page_size(10)
        .collect_items()
        .await
        .unwrap();
    let ids: Vec<u64> = items.iter().map(|j| j.flow_id.unwrap()).collect();
    assert_eq!(ids, (1..=25).collect::<Vec<_>>());
    let sent: Vec<serde_json::Value> = emu
        .requests("DescribeAsyncJobs")
        .into_iter()
        .map(|r| r.params.unwrap())
        .collect();
    assert_eq!(
        sent,
        [
            serde_json::json!({"MaxResults": 10}),
            serde_json::json!({"MaxResults": 10, "NextToken": "emu-cursor-10"}),
            serde_json::json!({"MaxResults": 10, "NextToken": "emu-cursor-20"}),
        ]
    );

    // Without a page-size member: the data set's default page size.
    emu.serve_pages(
        "DescribeHealthCheckTemplates",
        Pages::new(9).default_limit(4),
    )
    .unwrap();
    let templates = client
        .describe_health_check_templates_paginator(alb::DescribeHealthCheckTemplatesRequest::new())
        .collect_items()
        .await
        .unwrap();
    assert_eq!(templates.len(), 9);
    assert_eq!(emu.calls("DescribeHealthCheckTemplates"), 3);

    // A cursor the server never gave out is refused.
    let err = client
        .describe_async_jobs(alb::DescribeAsyncJobsRequest::new().set_next_token("bogus"))
        .await
        .unwrap_err();
    assert_eq!(
        err.as_service_error().map(|e| e.code()),
        Some("InvalidParameterValue"),
        "{err}"
    );
}

/// Retries never repeat what must not be repeated: through each ambiguous
/// fault (a timeout after the request was sent, a cut-off body, a 5xx, an
/// `InternalError`) an action that is not safe to repeat reaches the
/// server exactly once: cvm `TerminateInstances` (no `ClientToken`), and
/// `RunInstances` without one set. `RunInstances` with a `ClientToken` is
/// retried and succeeds.
#[tokio::test]
async fn ambiguous_failures_never_repeat_what_must_not_be_repeated() {
    use tencentcloud::cvm::v20170312 as cvm;
    let emu = emulator().await;
    let config = emu
        .config_builder()
        .retry(quick_retries(3))
        .request_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let client = cvm::Client::new(&config);
    let faults = [
        Fault::delay(Duration::from_secs(2)),
        Fault::TruncateBody,
        Fault::http_status(503),
        Fault::error("InternalError", "injected"),
    ];
    for fault in faults {
        let once = |action: &str| {
            emu.clear_faults();
            emu.reset_counters();
            emu.inject(FaultRule::new(fault.clone()).action(action).times(1));
        };

        once("TerminateInstances");
        let e = client
            .terminate_instances(cvm::TerminateInstancesRequest::new(["ins-1"]))
            .await
            .unwrap_err();
        assert_eq!(emu.calls("TerminateInstances"), 1, "{fault:?}: {e}");

        once("RunInstances");
        let e = client
            .run_instances(cvm::RunInstancesRequest::new())
            .await
            .unwrap_err();
        assert_eq!(emu.calls("RunInstances"), 1, "{fault:?}: {e}");

        once("RunInstances");
        client
            .run_instances(cvm::RunInstancesRequest::new().set_client_token("run-once-7"))
            .await
            .unwrap_or_else(|e| panic!("{fault:?}: {e}"));
        assert_eq!(emu.calls("RunInstances"), 2, "{fault:?}");
        let sent = emu.requests("RunInstances");
        assert!(sent
            .iter()
            .all(|r| r.params.as_ref().unwrap()["ClientToken"] == "run-once-7"));
    }
}
