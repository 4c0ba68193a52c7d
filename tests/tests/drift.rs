//! Type drift on generated models, each class in both modes: lenient
//! decoding converts what it can and drops only the member it cannot use,
//! recording the member path; strict decoding fails naming that path.
//! Then the same through a client against the emulator.

use serde_json::{json, Value};
use tencentcloud::cwp::v20180228 as cwp;
use tencentcloud::tcss::v20201101 as tcss;
use tencentcloud::{Error, RetryConfig};
use tencentcloud_conformance::emulator::{Emulator, Fault, FaultRule};
use tencentcloud_runtime::de::{decode_response, Decode, Drift, DriftKind, Mode};

/// Decode `{"Response": response}` leniently; also check that strict mode
/// rejects it naming the first drifted path, unless nothing drifted.
fn decode<T: Decode>(response: Value) -> (T, Vec<Drift>) {
    let body = serde_json::to_vec(&json!({ "Response": response })).unwrap();
    let (value, drift) = decode_response::<T>(&body, Mode::Lenient).expect("lenient decode");
    let first = drift.iter().find(|d| d.kind != DriftKind::UnknownMember);
    match (decode_response::<T>(&body, Mode::Strict), first) {
        (Ok(_), None) => {}
        (Err(e), Some(d)) => assert!(
            e.message.contains(&d.path),
            "strict error {:?} should name {}",
            e.message,
            d.path
        ),
        (Ok(_), Some(d)) => panic!("strict mode accepted drift at {}", d.path),
        (Err(e), None) => panic!("strict mode failed without drift: {e}"),
    }
    (value, drift)
}

/// The (path, kind) of each record, sorted (`json!` sorts members by name,
/// so the records come in that order, not in the order written here).
fn paths(drift: &[Drift]) -> Vec<(&str, DriftKind)> {
    let mut out: Vec<_> = drift.iter().map(|d| (d.path.as_str(), d.kind)).collect();
    out.sort();
    out
}

#[test]
fn numeric_strings_into_integers_and_floats() {
    let (r, drift) = decode::<tcss::DescribeVirusDetailResponse>(json!({
        "Size": "332155", "ProcessId": " 12 ", "ImageName": "centos:7", "RequestId": "r"
    }));
    assert_eq!(r.size, Some(332155));
    assert_eq!(r.process_id, Some(12));
    assert_eq!(r.image_name.as_deref(), Some("centos:7"));
    assert_eq!(
        paths(&drift),
        [
            ("Response.ProcessId", DriftKind::Converted),
            ("Response.Size", DriftKind::Converted),
        ]
    );
    let size = drift.iter().find(|d| d.path == "Response.Size").unwrap();
    assert_eq!(
        (size.expected, size.found.as_str()),
        ("unsigned integer", "string \"332155\"")
    );

    let (r, drift) = decode::<cwp::DescribeVulInfoCvssResponse>(json!({
        "CvssScoreFloat": "7.5", "VulId": 12.0
    }));
    assert_eq!(r.cvss_score_float, Some(7.5));
    assert_eq!(r.vul_id, Some(12)); // an integral float into an integer
    assert_eq!(
        paths(&drift),
        [
            ("Response.CvssScoreFloat", DriftKind::Converted),
            ("Response.VulId", DriftKind::Converted)
        ]
    );

    // A number written `5` into a float member is not drift.
    let (r, drift) = decode::<cwp::DescribeVulInfoCvssResponse>(json!({"CvssScoreFloat": 5}));
    assert_eq!(r.cvss_score_float, Some(5.0));
    assert!(drift.is_empty());
}

#[test]
fn numbers_and_booleans_into_strings() {
    let (r, drift) = decode::<tcss::DescribeVirusDetailResponse>(json!({
        "ImageName": 7, "HostName": true, "FileMd5": 1.5
    }));
    assert_eq!(r.image_name.as_deref(), Some("7"));
    assert_eq!(r.host_name.as_deref(), Some("true"));
    assert_eq!(r.file_md5.as_deref(), Some("1.5"));
    assert_eq!(drift.len(), 3);
    assert!(drift.iter().all(|d| d.kind == DriftKind::Converted));
}

#[test]
fn text_and_numbers_into_booleans() {
    for (sent, expected) in [
        (json!("true"), true),
        (json!("false"), false),
        (json!(1), true),
        (json!(0), false),
        (json!("1"), true),
    ] {
        let (r, drift) = decode::<tcss::DescribeAssetHostDetailResponse>(
            json!({ "IsContainerd": sent.clone(), "UUID": "u" }),
        );
        assert_eq!(r.is_containerd, Some(expected), "{sent}");
        assert_eq!(
            paths(&drift),
            [("Response.IsContainerd", DriftKind::Converted)]
        );
    }
    // Not a boolean by any reading: dropped, the rest kept.
    let (r, drift) = decode::<tcss::DescribeAssetHostDetailResponse>(
        json!({ "IsContainerd": "maybe", "UUID": "u" }),
    );
    assert_eq!(r.is_containerd, None);
    assert_eq!(r.uuid.as_deref(), Some("u"));
    assert_eq!(
        paths(&drift),
        [("Response.IsContainerd", DriftKind::Dropped)]
    );
}

#[test]
fn a_single_value_where_a_list_is_declared() {
    let (r, drift) = decode::<tcss::DescribeAssetHostDetailResponse>(json!({
        "Tags": {"TagKey": "env", "TagValue": "prod"}
    }));
    assert_eq!(r.tags().len(), 1);
    assert_eq!(r.tags()[0].tag_key.as_deref(), Some("env"));
    assert_eq!(paths(&drift), [("Response.Tags", DriftKind::Converted)]);

    // A scalar where a list of scalars (here enum values) is declared.
    let (r, drift) = decode::<tcss::DescribeVirusDetailResponse>(json!({"CheckPlatform": "VDC"}));
    let platforms: Vec<&str> = r.check_platform().iter().map(|p| p.as_str()).collect();
    assert_eq!(platforms, ["VDC"]);
    assert_eq!(
        paths(&drift),
        [("Response.CheckPlatform", DriftKind::Converted)]
    );
}

#[test]
fn impossible_values_drop_only_their_member() {
    let (r, drift) = decode::<tcss::DescribeAssetHostDetailResponse>(json!({
        "UUID": {"not": "a string"},
        "ImageCnt": [1, 2],
        "Tags": {},
        "Project": "not an object",
        "IsContainerd": true,
        "RegionID": 4,
        "RequestId": "req-1"
    }));
    assert_eq!(r.uuid, None);
    assert_eq!(r.image_cnt, None);
    assert!(r.tags.is_none());
    assert!(r.project.is_none());
    // Everything else decoded normally.
    assert_eq!(r.is_containerd, Some(true));
    assert_eq!(r.region_id, Some(4));
    assert_eq!(r.request_id.as_deref(), Some("req-1"));
    assert_eq!(
        paths(&drift),
        [
            ("Response.ImageCnt", DriftKind::Dropped),
            ("Response.Project", DriftKind::Dropped),
            ("Response.Tags", DriftKind::Dropped),
            ("Response.UUID", DriftKind::Dropped),
        ]
    );
}

#[test]
fn drift_inside_lists_and_objects_has_the_full_path() {
    let (r, drift) = decode::<cwp::DescribeRiskProcessEventsResponse>(json!({
        "List": [
            {"EventId": 1, "MachineExtraInfo": {"NetworkType": "2"}},
            {"EventId": "2", "VirusTags": "single", "MachineExtraInfo": {"HostName": 5}},
            null
        ],
        "TotalCount": "2"
    }));
    assert_eq!(r.total_count, Some(2));
    assert_eq!(r.list().len(), 2);
    assert_eq!(
        r.list()[0]
            .machine_extra_info
            .as_ref()
            .and_then(|m| m.network_type),
        Some(2)
    );
    assert_eq!(r.list()[1].event_id, Some(2));
    assert_eq!(r.list()[1].virus_tags(), ["single"]);
    assert_eq!(
        paths(&drift),
        [
            (
                "Response.List[0].MachineExtraInfo.NetworkType",
                DriftKind::Converted
            ),
            ("Response.List[1].EventId", DriftKind::Converted),
            (
                "Response.List[1].MachineExtraInfo.HostName",
                DriftKind::Converted
            ),
            ("Response.List[1].VirusTags", DriftKind::Converted),
            ("Response.List[2]", DriftKind::Dropped),
            ("Response.TotalCount", DriftKind::Converted),
        ]
    );
}

#[test]
fn enums_in_the_other_coding() {
    // An integer enum sent as text, a string enum sent as a number.
    let (r, drift) = decode::<tcss::DescribeVirusDetailResponse>(json!({
        "SourceType": "1", "RiskLevel": 3
    }));
    assert_eq!(r.source_type, Some(tcss::VirusSourceType::ScheduledScan));
    assert_eq!(
        r.risk_level.as_ref().map(|l| l.as_str().to_string()),
        Some("3".to_string())
    );
    assert_eq!(
        paths(&drift),
        [
            ("Response.RiskLevel", DriftKind::Converted),
            ("Response.SourceType", DriftKind::Converted),
        ]
    );
}

#[test]
fn null_and_unknown_members_are_not_type_drift() {
    let (r, drift) = decode::<tcss::DescribeVirusDetailResponse>(json!({
        "Size": null, "Tags": null, "NewMember": {"a": 1}, "RequestId": "r"
    }));
    assert_eq!(r.size, None);
    assert!(r.tags().is_empty());
    assert_eq!(r.unknown_fields.get("NewMember"), Some(&json!({"a": 1})));
    // Recorded, but strict mode accepts it (checked in `decode`).
    assert_eq!(
        paths(&drift),
        [("Response.NewMember", DriftKind::UnknownMember)]
    );
    // And it serializes back.
    assert_eq!(
        serde_json::to_value(&r).unwrap()["NewMember"],
        json!({"a": 1})
    );
}

/// Both modes through a client: the emulator answers with a body in which
/// one member drifted.
#[tokio::test]
async fn clients_decode_leniently_by_default_and_strictly_when_asked() {
    let emu = Emulator::builder()
        .credential("AKIDdrift", "drift-secret")
        .shipped_specs()
        .start()
        .await
        .unwrap();
    emu.inject(
        FaultRule::new(Fault::RawBody(
            r#"{"Response": {"Size": "332155", "RiskLevel": "RISK_HIGH", "RequestId": "req-drift"}}"#
                .into(),
        ))
        .action("DescribeVirusDetail"),
    );
    let request = || tcss::DescribeVirusDetailRequest::new("10021");

    let lenient = tcss::Client::new(&emu.config_builder().build().unwrap());
    let got = lenient.describe_virus_detail(request()).await.unwrap();
    assert_eq!(got.size, Some(332155));
    assert_eq!(got.risk_level, Some(tcss::RiskLevel::RiskHigh));

    let strict = tcss::Client::new(
        &emu.config_builder()
            .decode_mode(Mode::Strict)
            .retry(RetryConfig::disabled())
            .build()
            .unwrap(),
    );
    match strict.describe_virus_detail(request()).await {
        Err(Error::Decode(e)) => {
            assert!(e.message().contains("Response.Size"), "{}", e.message());
            assert_eq!(e.request_id(), Some("req-drift"));
            assert_eq!(e.drift()[0].path, "Response.Size");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

/// Members are looked up by guessing the spec order first; any other order,
/// repeats and unknown members must decode the same. The bodies are raw
/// bytes: `json!` sorts keys, so two `Value`s would reach the decoder in one
/// order.
#[test]
fn member_order_does_not_matter() {
    let in_spec_order = br#"{"Response":{"EventId":7,"HostName":"h","HostIp":"10.0.0.1","VirusName":"v","HandleStatus":1,"Uuid":"u","RequestId":"r-1"}}"#;
    let shuffled = br#"{"Response":{"RequestId":"r-1","Uuid":"u","Surprise":[1],"HandleStatus":1,"VirusName":"v","HostIp":"10.0.0.1","EventId":7,"HostName":"h","EventId":7}}"#;
    let position = |body: &[u8], key: &str| {
        let key = format!("\"{key}\"");
        body.windows(key.len()).position(|w| w == key.as_bytes())
    };
    // What this test is about: the two bodies really differ in order.
    assert!(position(in_spec_order, "EventId") < position(in_spec_order, "Uuid"));
    assert!(position(shuffled, "EventId") > position(shuffled, "Uuid"));
    let decoded = |body: &[u8]| {
        let (value, drift) =
            decode_response::<cwp::RiskProcessEvent>(body, Mode::Lenient).expect("decodes");
        // `RiskProcessEvent` has no `RequestId`: an unknown member, as `Surprise`.
        assert!(
            drift.iter().all(|d| d.kind == DriftKind::UnknownMember),
            "{drift:?}"
        );
        let unknown: Vec<String> = drift.iter().map(|d| d.path.clone()).collect();
        (value, unknown)
    };
    let (mut a, unknown_a) = decoded(in_spec_order);
    let (mut b, unknown_b) = decoded(shuffled);
    assert_eq!(unknown_a.len(), 1, "{unknown_a:?}");
    assert_eq!(unknown_b.len(), 2, "{unknown_b:?}");
    assert_eq!(b.unknown_fields.remove("Surprise"), Some(json!([1])));
    assert_eq!(b.unknown_fields.remove("RequestId"), Some(json!("r-1")));
    assert_eq!(a.unknown_fields.remove("RequestId"), Some(json!("r-1")));
    assert_eq!(a, b);
    assert_eq!(a.event_id, Some(7));
    assert_eq!(a.uuid.as_deref(), Some("u"));
    assert_eq!(
        a.handle_status,
        Some(cwp::RiskProcessEventHandleStatus::Processed)
    );
}
