//! Using the emulator (`tencentcloud-emulator`) in your own tests: your code
//! talks to Tencent Cloud through the generated client; your tests point it
//! at an emulator that answers in memory (no socket, no account, no
//! network), give it data (scripted replies, a paged data set), make things
//! go wrong (injected error codes, rate limiting), and check what the code
//! sent. The specs come from the service crate's `emulator` feature.
//!
//! ```text
//! cargo test -p tencentcloud-conformance --example emulator_in_tests   # the tests
//! cargo run  -p tencentcloud-conformance --example emulator_in_tests   # a demo run
//! ```

use tencentcloud::cwp::v20180228 as cwp;
use tencentcloud::Error;

/// The code under test: every risk-process event (id and virus name),
/// through the generated paginator; `None` when the host agent is offline (a
/// normal state for this application, not a failure).
pub async fn all_risk_events(client: &cwp::Client) -> Result<Option<Vec<(i64, String)>>, Error> {
    use futures_util::StreamExt;
    let mut events = client
        .describe_risk_process_events_paginator(cwp::DescribeRiskProcessEventsRequest::new())
        .page_size(50)
        .items();
    let mut out = Vec::new();
    while let Some(event) = events.next().await {
        match event {
            Ok(event) => out.push((
                event.event_id.unwrap_or_default(),
                event.virus_name.unwrap_or_default(),
            )),
            Err(e)
                if e.as_service_error().is_some_and(|s| {
                    s.code_as::<cwp::ErrorCode>() == cwp::ErrorCode::FailedOperationAgentOffline
                }) =>
            {
                return Ok(None)
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Some(out))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    use tencentcloud_emulator::{Emulator, Pages};
    let emu = Emulator::builder()
        .credential("AKIDdemo", "demo-secret-key")
        .specs(tencentcloud::cwp::SPECS)
        .pages("DescribeRiskProcessEvents", Pages::new(120))
        .in_memory()?;
    let client = cwp::Client::new(&emu.config_builder().build()?);
    let events = all_risk_events(&client).await?.unwrap_or_default();
    println!(
        "{} events in {} calls; first {:?}, last {:?}",
        events.len(),
        emu.calls("DescribeRiskProcessEvents"),
        events.first(),
        events.last()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;
    use tencentcloud::RetryConfig;
    use tencentcloud_emulator::{Emulator, Fault, FaultRule, Pages};

    /// One emulator per test, in memory: each gets its own data and faults,
    /// and none binds a port (`.start().await` would listen on 127.0.0.1).
    async fn setup() -> (Emulator, cwp::Client) {
        let emu = Emulator::builder()
            .credential("AKIDmyTests", "my-tests-secret-key")
            .specs(tencentcloud::cwp::SPECS)
            .in_memory()
            .expect("emulator");
        let config = emu
            .config_builder()
            .retry(
                RetryConfig::default()
                    .with_max_attempts(3)
                    .with_initial_backoff(Duration::from_millis(5))
                    .with_max_backoff(Duration::from_millis(20))
                    .with_max_elapsed(Duration::from_secs(2)),
            )
            .build()
            .expect("config");
        (emu, cwp::Client::new(&config))
    }

    #[tokio::test]
    async fn sends_what_the_application_means() {
        let (emu, client) = setup().await;
        emu.reply(
            "DescribeRiskProcessEvents",
            serde_json::json!({"TotalCount": 1, "List": [{"EventId": 9, "VirusName": "nc"}]}),
        )
        .unwrap();
        let events = all_risk_events(&client).await.unwrap().unwrap();
        assert_eq!(events, [(9, "nc".to_string())]);
        // The request as the emulator received it (signed and verified).
        let sent = emu.requests("DescribeRiskProcessEvents");
        let request: cwp::DescribeRiskProcessEventsRequest = sent[0].params_as().unwrap();
        assert_eq!(request.limit, Some(50));
        assert_eq!(request.offset, Some(0));
    }

    #[tokio::test]
    async fn one_call_can_have_its_own_deadline() {
        let (emu, client) = setup().await;
        emu.inject(FaultRule::new(Fault::delay(Duration::from_millis(300))));
        let err = client
            .describe_risk_process_events(cwp::DescribeRiskProcessEventsRequest::new())
            .timeout(Duration::from_millis(30))
            .retry(RetryConfig::disabled())
            .await
            .unwrap_err();
        assert!(err.is_timeout(), "{err}");
    }

    #[tokio::test]
    async fn reads_every_page() {
        let (emu, client) = setup().await;
        emu.serve_pages("DescribeRiskProcessEvents", Pages::new(120))
            .unwrap();
        let events = all_risk_events(&client).await.unwrap().unwrap();
        assert_eq!(events.len(), 120);
        assert_eq!(events[119].0, 120);
        assert_eq!(emu.calls("DescribeRiskProcessEvents"), 3);
    }

    #[tokio::test]
    async fn stops_when_the_server_total_is_wrong() {
        let (emu, client) = setup().await;
        emu.serve_pages(
            "DescribeRiskProcessEvents",
            Pages::new(70).reported_total(1_000_000),
        )
        .unwrap();
        let events = all_risk_events(&client).await.unwrap().unwrap();
        assert_eq!(events.len(), 70);
    }

    #[tokio::test]
    async fn an_offline_agent_is_not_an_error() {
        let (emu, client) = setup().await;
        emu.inject(FaultRule::new(Fault::error(
            "FailedOperation.AgentOffline",
            "The agent is offline.",
        )));
        assert_eq!(all_risk_events(&client).await.unwrap(), None);
    }

    #[tokio::test]
    async fn rate_limiting_is_absorbed_by_retries() {
        let (emu, client) = setup().await;
        emu.serve_pages("DescribeRiskProcessEvents", Pages::new(10))
            .unwrap();
        emu.inject(FaultRule::new(Fault::RateLimit).times(2));
        assert_eq!(all_risk_events(&client).await.unwrap().unwrap().len(), 10);
        assert_eq!(emu.calls("DescribeRiskProcessEvents"), 3);
    }

    #[tokio::test]
    async fn other_errors_reach_the_caller() {
        let (emu, client) = setup().await;
        emu.inject(FaultRule::new(Fault::error(
            "UnauthorizedOperation",
            "CAM says no.",
        )));
        let err = all_risk_events(&client).await.unwrap_err();
        assert_eq!(
            err.as_service_error().unwrap().code(),
            "UnauthorizedOperation"
        );
    }
}
