//! Behaviour of the generated open enums: documented values map to variants,
//! any other value is kept and serialized back exactly as it arrived.

use serde_json::{json, Value};
use tencentcloud::cwp::v20180228 as cwp;
use tencentcloud::tcss::v20201101 as tcss;
use tencentcloud_runtime::UnknownValue;

#[test]
fn documented_string_values_map_to_variants() {
    use tcss::RiskLevel;
    assert_eq!(RiskLevel::from("RISK_CRITICAL"), RiskLevel::RiskCritical);
    assert_eq!(RiskLevel::RiskNotice.as_str(), "RISK_NOTICE");
    assert_eq!(RiskLevel::RiskHigh.to_string(), "RISK_HIGH");
    assert_eq!(
        RiskLevel::VALUES,
        [
            "RISK_CRITICAL",
            "RISK_HIGH",
            "RISK_MEDIUM",
            "RISK_LOW",
            "RISK_NOTICE"
        ]
    );
    assert_eq!(RiskLevel::try_parse("risk_high"), None, "matching is exact");
    assert_eq!(
        "DEAL_RECOVER_FAILED".parse::<tcss::DealStatus>().unwrap(),
        tcss::DealStatus::DealRecoverFailed
    );
    // The value the English page garbles is fixed in the reviewed enums.json.
    assert_eq!(
        tcss::SubStatus::from("BACKUP_FILE_NOT_FOUND"),
        tcss::SubStatus::BackupFileNotFound
    );
    assert_eq!(cwp::Order::from("DESC"), cwp::Order::Desc);
}

#[test]
fn documented_integer_values_map_to_variants() {
    use tcss::VirusSourceType;
    assert_eq!(
        VirusSourceType::from(2),
        VirusSourceType::RealTimeMonitoring
    );
    assert_eq!(VirusSourceType::OneClickScan.value(), Some(0));
    assert_eq!(VirusSourceType::ScheduledScan.as_str(), "1");
    assert_eq!(VirusSourceType::VALUES, [0, 1, 2]);
    assert_eq!(
        serde_json::from_str::<VirusSourceType>("1").unwrap(),
        VirusSourceType::ScheduledScan
    );
    assert_eq!(
        serde_json::to_string(&VirusSourceType::RealTimeMonitoring).unwrap(),
        "2"
    );
}

#[test]
fn unknown_string_value_round_trips() {
    use tcss::RiskLevel;
    let v: RiskLevel = serde_json::from_str("\"RISK_SOMETHING_NEW\"").unwrap();
    assert_eq!(
        v,
        RiskLevel::UnknownValue(UnknownValue::string("RISK_SOMETHING_NEW"))
    );
    assert_eq!(v.as_str(), "RISK_SOMETHING_NEW");
    assert_eq!(serde_json::to_string(&v).unwrap(), "\"RISK_SOMETHING_NEW\"");
    // A string-coded enum whose documented values are digits keeps a string
    // a string.
    let p: tcss::CheckPlatform = serde_json::from_str("\"VDC\"").unwrap();
    assert!(matches!(p, tcss::CheckPlatform::UnknownValue(_)));
    assert_eq!(serde_json::to_string(&p).unwrap(), "\"VDC\"");
    let p: tcss::CheckPlatform = serde_json::from_str("\"1\"").unwrap();
    assert_eq!(p, tcss::CheckPlatform::CloudKillingEngine);
    assert_eq!(serde_json::to_string(&p).unwrap(), "\"1\"");
}

#[test]
fn unknown_integer_value_round_trips() {
    use tcss::VirusSourceType;
    let v: VirusSourceType = serde_json::from_str("7").unwrap();
    assert_eq!(v, VirusSourceType::UnknownValue(UnknownValue::number(7)));
    assert_eq!(v.value(), Some(7));
    assert_eq!(serde_json::to_string(&v).unwrap(), "7");
    let big: VirusSourceType = serde_json::from_str("18446744073709551615").unwrap();
    assert_eq!(serde_json::to_string(&big).unwrap(), "18446744073709551615");
}

#[test]
fn virus_detail_response_keeps_undocumented_platforms() {
    // The members of the doc example of DescribeVirusDetail that carry enums
    // (the upstream example itself is not valid JSON), plus undocumented
    // values for the integer and string enums.
    let input = json!({
        "CheckPlatform": ["VDC", "TAV", "1"],
        "RiskLevel": "RISK_CRITICAL",
        "SourceType": 0,
        "Status": "DEAL_NONE",
        "SubStatus": "FILE_NOT_FOUND",
        "NodeType": "NORMAL",
        "FileName": "specimen_*******",
        "RequestId": "dc56fda9-58c8-4c4f-9e8c-b7296836*****"
    });
    let r: tcss::DescribeVirusDetailResponse = serde_json::from_value(input.clone()).unwrap();
    assert_eq!(
        r.check_platform.as_deref().unwrap(),
        [
            tcss::CheckPlatform::UnknownValue(UnknownValue::string("VDC")),
            tcss::CheckPlatform::UnknownValue(UnknownValue::string("TAV")),
            tcss::CheckPlatform::CloudKillingEngine,
        ]
    );
    assert_eq!(r.risk_level, Some(tcss::RiskLevel::RiskCritical));
    assert_eq!(r.source_type, Some(tcss::VirusSourceType::OneClickScan));
    assert_eq!(r.status, Some(tcss::DealStatus::DealNone));
    assert_eq!(r.sub_status, Some(tcss::SubStatus::FileNotFound));
    assert_eq!(serde_json::to_value(&r).unwrap(), input);

    let odd = json!({
        "RiskLevel": "RISK_UNHEARD_OF",
        "SourceType": 42,
        "SubStatus": "INTERNAL",
        "Status": "DEAL_SOMETHING_ELSE"
    });
    let r: tcss::DescribeVirusDetailResponse = serde_json::from_value(odd.clone()).unwrap();
    assert!(matches!(
        r.source_type,
        Some(tcss::VirusSourceType::UnknownValue(_))
    ));
    assert_eq!(serde_json::to_value(&r).unwrap(), odd);
}

#[test]
fn request_enums_serialize_to_the_wire_value() {
    let req = cwp::DescribeRiskProcessEventsRequest::new()
        .set_order(cwp::Order::Desc)
        .set_by("StartTime");
    let v: Value = serde_json::to_value(&req).unwrap();
    assert_eq!(v, json!({"Order": "DESC", "By": "StartTime"}));
    // A value the SDK does not know yet is sent as given.
    let req = cwp::DescribeRiskProcessEventsRequest::new().set_order("RANDOM");
    assert_eq!(
        serde_json::to_value(&req).unwrap(),
        json!({"Order": "RANDOM"})
    );
}
