//! A unit test that answers calls in memory: no server is built and no
//! port bound (asserted: this process holds no socket at the end). Alone in
//! its test binary, so no other test's sockets count.

use tencentcloud::cwp::v20180228 as cwp;
use tencentcloud_conformance::emulator::{Emulator, Outcome};

/// Internet sockets (TCP or UDP, IPv4 or IPv6) this process holds, from
/// Linux's `/proc` (`None` elsewhere). Unix socket pairs (Tokio's signal
/// driver has one) are not counted: they bind no port and reach no network.
fn inet_sockets() -> Option<usize> {
    let ours: Vec<String> = std::fs::read_dir("/proc/self/fd")
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|e| std::fs::read_link(e.path()).ok())
        .filter_map(|t| {
            let t = t.to_string_lossy().into_owned();
            Some(t.strip_prefix("socket:[")?.strip_suffix(']')?.to_string())
        })
        .collect();
    let mut count = 0;
    for table in ["tcp", "tcp6", "udp", "udp6"] {
        let text = std::fs::read_to_string(format!("/proc/self/net/{table}")).unwrap_or_default();
        // The inode is the 10th column of each row.
        count += text
            .lines()
            .skip(1)
            .filter_map(|row| row.split_whitespace().nth(9))
            .filter(|inode| ours.iter().any(|o| o == inode))
            .count();
    }
    Some(count)
}

#[tokio::test]
async fn an_in_memory_emulator_answers_without_a_socket() {
    let emu = Emulator::builder()
        .credential("AKIDmemoryEXAMPLE", "memory-secret-key")
        .specs(tencentcloud::cwp::SPECS)
        .in_memory()
        .unwrap();
    assert!(emu.is_in_memory() && emu.addr().is_none());
    emu.reply(
        "DescribeRiskProcessEvents",
        serde_json::json!({"TotalCount": 1, "List": [{"EventId": 7, "VirusName": "nc"}]}),
    )
    .unwrap();
    let config = emu.config_builder().build().unwrap();
    let client = cwp::Client::new(&config);
    let answer = client
        .describe_risk_process_events(cwp::DescribeRiskProcessEventsRequest::new().set_limit(5))
        .await
        .unwrap();
    assert_eq!(answer.total_count, Some(1));
    let list = answer.list.unwrap_or_default();
    assert_eq!(list[0].event_id, Some(7));
    assert_eq!(list[0].virus_name.as_deref(), Some("nc"));
    // The request as the emulator received it: signed, verified, typed.
    let sent = emu.requests("DescribeRiskProcessEvents");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].outcome, Outcome::Answered);
    assert_eq!(sent[0].secret_id.as_deref(), Some("AKIDmemoryEXAMPLE"));
    let params: cwp::DescribeRiskProcessEventsRequest = sent[0].params_as().unwrap();
    assert_eq!(params.limit, Some(5));
    // Without the scripted reply, the doc example answers.
    emu.clear_replies();
    let documented = client
        .describe_risk_process_events(cwp::DescribeRiskProcessEventsRequest::new())
        .await
        .unwrap();
    assert_ne!(documented.total_count, Some(1));
    assert_eq!(emu.calls("DescribeRiskProcessEvents"), 2);
    if let Some(n) = inet_sockets() {
        assert_eq!(n, 0, "a TCP or UDP socket was opened");
        // The check sees a bound port (so it cannot pass for want of looking).
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        assert_eq!(inet_sockets(), Some(1));
        drop(listener);
    }
}
