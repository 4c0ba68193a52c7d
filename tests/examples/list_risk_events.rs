//! Every risk-process event, through the generated paginator: a `Stream` of
//! items fetched page by page (`Offset`/`Limit`) that stops at `TotalCount`,
//! at an empty page, or at a limit of your choice.
//!
//! ```text
//! cargo run -p tencentcloud-conformance --example list_risk_events
//! ```
//!
//! Against the emulator (the default) the action serves 250 generated events.

use futures_util::StreamExt;
use tencentcloud::cwp::v20180228::{Client, DescribeRiskProcessEventsRequest, Filter};
#[cfg(test)]
use tencentcloud_conformance::demo::emulator_target;
use tencentcloud_conformance::demo::{target, BoxError};
use tencentcloud_emulator::Pages;

/// Count events per virus over every page, at most `max` events.
async fn tally(
    client: &Client,
    max: u64,
) -> Result<(u64, Vec<(String, u64)>), tencentcloud::Error> {
    let request = DescribeRiskProcessEventsRequest::new()
        .set_filters([Filter::new("Status", ["0"])])
        .set_order("DESC");
    let mut events = client
        .describe_risk_process_events_paginator(request)
        .page_size(100)
        .max_items(max)
        .items();
    let mut seen = 0;
    let mut by_virus = std::collections::BTreeMap::<String, u64>::new();
    while let Some(event) = events.next().await {
        let event = event?;
        seen += 1;
        *by_virus
            .entry(event.virus_name.unwrap_or_default())
            .or_default() += 1;
    }
    Ok((seen, by_virus.into_iter().collect()))
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let target = target(|e| e.pages("DescribeRiskProcessEvents", Pages::new(250))).await?;
    println!("{}", target.describe());
    let client = Client::new(&target.config);
    let (seen, by_virus) = tally(&client, 10_000).await?;
    println!("{seen} events");
    for (virus, n) in by_virus.iter().take(10) {
        println!("  {n:>5}  {virus}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn walks_every_page() {
        let target = emulator_target(|e| e.pages("DescribeRiskProcessEvents", Pages::new(250)))
            .await
            .unwrap();
        let client = Client::new(&target.config);
        let (seen, by_virus) = tally(&client, 10_000).await.unwrap();
        assert_eq!(seen, 250);
        assert_eq!(by_virus.iter().map(|(_, n)| n).sum::<u64>(), 250);
        // 100 + 100 + 50: three pages, no extra request.
        let emulator = target.emulator.as_ref().unwrap();
        assert_eq!(emulator.calls("DescribeRiskProcessEvents"), 3);
    }

    #[tokio::test]
    async fn a_wrong_total_does_not_loop_and_max_items_caps() {
        let pages = Pages::new(120).reported_total(1_000_000);
        let target = emulator_target(|e| e.pages("DescribeRiskProcessEvents", pages))
            .await
            .unwrap();
        let client = Client::new(&target.config);
        let (seen, _) = tally(&client, 10_000).await.unwrap();
        assert_eq!(seen, 120, "stops at the first empty page");
        let (seen, _) = tally(&client, 30).await.unwrap();
        assert_eq!(seen, 30);
    }
}
