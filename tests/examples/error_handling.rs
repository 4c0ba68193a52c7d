//! Errors: match service error codes (typed per service, common codes once,
//! whole domains by prefix), tell service errors from transport failures and
//! timeouts, and print what happened.
//!
//! ```text
//! cargo run -p tencentcloud-conformance --example error_handling
//! ```
//!
//! The emulator is told to fail calls in several ways, one after another.

use std::time::Duration;
use tencentcloud::cwp::v20180228::{Client, DescribeRiskProcessEventsRequest, ErrorCode};
use tencentcloud::{CommonCode, Error, RetryConfig};
#[cfg(test)]
use tencentcloud_conformance::demo::emulator_target;
use tencentcloud_conformance::demo::{target, BoxError};
use tencentcloud_emulator::{Fault, FaultRule};

/// What the application decides for an error.
fn decide(err: &Error) -> String {
    match err.as_service_error() {
        Some(e) => match e.code_as::<ErrorCode>() {
            ErrorCode::FailedOperationAgentOffline => "agent offline: retry tomorrow".into(),
            ErrorCode::Common(
                CommonCode::AuthFailureSignatureFailure | CommonCode::AuthFailureSecretIdNotFound,
            ) => "fix the credentials".into(),
            _ if e.has_prefix("LimitExceeded") => "quota reached".into(),
            _ if e.has_prefix("ResourceNotFound") => "nothing there".into(),
            other => format!("service error {other} ({})", e.message()),
        },
        None => match err {
            Error::Timeout(t) => format!("timed out ({})", t.what()),
            Error::Transport(_) => "network trouble".into(),
            Error::HttpStatus(h) => format!("HTTP {}", h.status()),
            other => format!("other: {other}"),
        },
    }
}

async fn call(client: &Client) -> Result<i64, Error> {
    let page = client
        .describe_risk_process_events(DescribeRiskProcessEventsRequest::new())
        .await?;
    Ok(page.total_count.unwrap_or_default())
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let target = target(|e| e).await?;
    println!("{}", target.describe());
    let Some(emulator) = &target.emulator else {
        let client = Client::new(&target.config);
        match call(&client).await {
            Ok(n) => println!("{n} events"),
            Err(e) => println!("{}\n  -> {}", e, decide(&e)),
        }
        return Ok(());
    };
    let config = target
        .config
        .to_builder()
        .request_timeout(Duration::from_millis(300))
        .retry(RetryConfig::disabled())
        .build()?;
    let client = Client::new(&config);
    let faults = [
        Fault::error(
            "FailedOperation.AgentOffline",
            "The agent on host h-1 is offline",
        ),
        Fault::error("LimitExceeded.Quota", "Too many events"),
        Fault::error("AuthFailure.SignatureFailure", "Bad signature"),
        Fault::http_status(502),
        Fault::delay(Duration::from_secs(2)),
    ];
    for fault in faults {
        emulator.clear_faults();
        emulator.inject(FaultRule::new(fault).action("DescribeRiskProcessEvents"));
        match call(&client).await {
            Ok(n) => println!("{n} events"),
            // Display carries code, description, message and RequestId.
            Err(e) => println!("{e}\n  -> {}", decide(&e)),
        }
    }
    Ok(())
}

#[cfg(test)]
#[tokio::test]
async fn each_fault_gets_its_decision() {
    let target = emulator_target(|e| e).await.unwrap();
    let emulator = target.emulator.as_ref().unwrap();
    let config = target
        .config
        .to_builder()
        .request_timeout(Duration::from_millis(200))
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let client = Client::new(&config);
    let cases = [
        (
            Fault::error("FailedOperation.AgentOffline", "m"),
            "agent offline: retry tomorrow",
        ),
        (Fault::error("LimitExceeded.Quota", "m"), "quota reached"),
        (
            Fault::error("AuthFailure.SecretIdNotFound", "m"),
            "fix the credentials",
        ),
        (Fault::error("ResourceNotFound.Event", "m"), "nothing there"),
        (Fault::http_status(502), "HTTP 502"),
        (Fault::delay(Duration::from_secs(2)), "timed out (request)"),
    ];
    for (fault, expected) in cases {
        emulator.clear_faults();
        emulator.inject(FaultRule::new(fault).action("DescribeRiskProcessEvents"));
        let err = call(&client).await.unwrap_err();
        assert_eq!(decide(&err), expected, "{err}");
    }
    emulator.clear_faults();
    emulator.inject(
        FaultRule::new(Fault::error("FailedOperation.AgentOffline", "host h-1"))
            .action("DescribeRiskProcessEvents"),
    );
    let text = call(&client).await.unwrap_err().to_string();
    assert!(text.contains("FailedOperation.AgentOffline"), "{text}");
    assert!(
        text.contains("The client is offline"),
        "description from the error-code list: {text}"
    );
    assert!(text.contains("host h-1"), "{text}");
    assert!(text.contains("RequestId"), "{text}");
}
