//! The two documentation pages the SDK was specified from
//! (`tests/fixtures/seeds/`, verbatim copies of the seed pages): their Input
//! and Output Examples, cut out of the page text as a reader would copy them,
//! parsed with the conformance repair into the typed models, and the
//! documented values asserted field by field.

use tencentcloud::cwp::v20180228 as cwp;
use tencentcloud::tcss::v20201101 as tcss;
use tencentcloud_codegen::spec::load_api;
use tencentcloud_conformance::emulator::shipped_specs_dir;
use tencentcloud_conformance::examples::{request_params, RequestFormat};
use tencentcloud_conformance::repair::{parse_output, DefectKind};
use tencentcloud_runtime::de::{decode_response, Mode};

fn page(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/seeds")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text between the line `from` and the first line starting with
/// `until`, with the indentation common to its lines removed (one page is
/// indented as a whole).
fn section(page: &str, from: &str, until: &str) -> String {
    let lines: Vec<&str> = page.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim() == from)
        .unwrap_or_else(|| panic!("no {from:?} line"))
        + 1;
    let len = lines[start..]
        .iter()
        .position(|l| l.trim().starts_with(until))
        .unwrap_or_else(|| panic!("no {until:?} line after {from:?}"));
    let body = &lines[start..start + len];
    let indent = body
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let text: Vec<&str> = body
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect();
    text.join("\n").trim().to_string()
}

/// The page's Input Example and Output Example.
fn examples(page: &str) -> (String, String) {
    (
        section(page, "Input Example", "Output Example"),
        section(page, "Output Example", "5. Developer Resources"),
    )
}

#[test]
fn describe_virus_detail_page() {
    let (input, output) = examples(&page("tcss-DescribeVirusDetail.txt"));

    let api = load_api(&shipped_specs_dir().join("tcss/v20201101/api.json")).unwrap();
    let params = request_params(&api, "DescribeVirusDetail", &input).unwrap();
    assert_eq!(params.format, RequestFormat::Json);
    let request: tcss::DescribeVirusDetailRequest = serde_json::from_value(params.params).unwrap();
    assert_eq!(request.id, "10021");

    // Three members lost their comma (each on a line of its own, not
    // indented) and one `Tags` element is a bare line of text: the page
    // cannot be repaired without guessing, only salvaged by dropping that line.
    let broken = parse_output(&output).unwrap_err();
    let kinds = |k: DefectKind| broken.defects.iter().filter(|d| d.kind == k).count();
    let missing: Vec<usize> = broken
        .defects
        .iter()
        .filter(|d| d.kind == DefectKind::MissingComma)
        .map(|d| d.line)
        .collect();
    assert_eq!(missing, [15, 20, 26], "{:#?}", broken.defects);
    assert_eq!(kinds(DefectKind::BareTextLine), 1, "{:#?}", broken.defects);
    assert_eq!(broken.defects.len(), 4);
    let salvaged = broken.salvaged.expect("salvageable");
    assert_eq!(
        salvaged.dropped_lines,
        [(
            68,
            "Steal user information and infect all html, exe, dll files in the user's local."
                .to_string()
        )]
    );

    let body = serde_json::to_vec(&salvaged.value).unwrap();
    let (got, drift) =
        decode_response::<tcss::DescribeVirusDetailResponse>(&body, Mode::Strict).unwrap();
    assert!(drift.is_empty(), "{drift:?}");
    assert_eq!(got.risk_level, Some(tcss::RiskLevel::RiskCritical));
    assert_eq!(got.status, Some(tcss::DealStatus::DealNone));
    assert_eq!(got.sub_status, Some(tcss::SubStatus::FileNotFound));
    assert_eq!(got.source_type, Some(tcss::VirusSourceType::OneClickScan));
    assert_eq!(got.size, Some(332155));
    assert_eq!(got.process_id, Some(0));
    // "VDC" and "TAV" are not among the documented platforms (1..5): kept.
    let platforms: Vec<&str> = got.check_platform().iter().map(|p| p.as_str()).collect();
    assert_eq!(platforms, ["VDC", "TAV"]);
    assert!(got
        .check_platform()
        .iter()
        .all(|p| matches!(p, tcss::CheckPlatform::UnknownValue(_))));
    assert_eq!(got.tags(), ["ramnit", "Worm"]);
    assert_eq!(got.virus_name.as_deref(), Some("Win32.Virus.Ramnit.Qwhl"));
    assert_eq!(got.file_name.as_deref(), Some("specimen_*******"));
    assert_eq!(
        got.file_path.as_deref(),
        Some("/home/virus/specimen_******")
    );
    assert_eq!(got.file_md5.as_deref(), Some("81a7701a194c3a******"));
    assert_eq!(got.create_time.as_deref(), Some("2024-08-27T03:30:37Z"));
    assert_eq!(got.modify_time.as_deref(), Some("2024-10-21T06:42:49Z"));
    assert_eq!(got.host_ip.as_deref(), Some("10.0.0.1"));
    assert_eq!(got.client_ip.as_deref(), Some("10.*.*.1"));
    assert_eq!(got.image_name.as_deref(), Some("centos:7"));
    assert_eq!(got.container_name.as_deref(), Some("/container_name"));
    assert_eq!(got.container_status.as_deref(), Some("RUNNING"));
    assert_eq!(got.process_start_account.as_deref(), Some("root"));
    // The members whose comma was missing survived the repair intact.
    assert_eq!(
        got.container_isolate_operation_src.as_deref(),
        Some("Runtime security/File detection and elimination")
    );
    assert_eq!(got.event_type.as_deref(), Some("Malicious file alert"));
    assert!(got
        .harm_describe
        .as_deref()
        .is_some_and(|h| h.starts_with("The worm virus Ramnit first appeared in 2010")));
    assert!(got
        .suggest_scheme
        .as_deref()
        .is_some_and(|s| s.contains("\n2. Check for malicious processes")));
    assert_eq!(
        got.request_id.as_deref(),
        Some("dc56fda9-58c8-4c4f-9e8c-b7296836*****")
    );
    assert!(got.unknown_fields.is_empty(), "{:?}", got.unknown_fields);

    // Every member of the page's example round-trips.
    let back = serde_json::to_value(&got).unwrap();
    assert!(tencentcloud_conformance::compare::same_json(
        &salvaged.value["Response"],
        &back
    ));
}

#[test]
fn describe_risk_process_events_page() {
    let (input, output) = examples(&page("cwp-DescribeRiskProcessEvents.txt"));

    let api = load_api(&shipped_specs_dir().join("cwp/v20180228/api.json")).unwrap();
    let params = request_params(&api, "DescribeRiskProcessEvents", &input).unwrap();
    let request: cwp::DescribeRiskProcessEventsRequest =
        serde_json::from_value(params.params).unwrap();
    assert_eq!(request.limit, Some(30));
    assert_eq!(request.offset, None);

    // This page's example is valid JSON as written.
    let parsed = parse_output(&output).unwrap();
    assert!(!parsed.was_repaired(), "{:?}", parsed.defects);
    let (got, drift) =
        decode_response::<cwp::DescribeRiskProcessEventsResponse>(output.as_bytes(), Mode::Strict)
            .unwrap();
    assert!(drift.is_empty(), "{drift:?}");
    assert_eq!(got.total_count, Some(89));
    assert_eq!(
        got.request_id.as_deref(),
        Some("e8fc6e04-5b3d-405d-ab61-da7cc8be2583")
    );
    let [event] = got.list() else {
        panic!("one event: {:?}", got.list());
    };
    assert_eq!(event.event_id, Some(24));
    assert_eq!(event.process_id, Some(21595));
    assert_eq!(event.virus_name.as_deref(), Some("Linux.Scanner.Fscan"));
    assert_eq!(event.file_path.as_deref(), Some("/dev/shm/dev"));
    assert_eq!(event.detect_time.as_deref(), Some("2023-09-16 18:30:55"));
    assert_eq!(event.start_time.as_deref(), Some("2023-09-16 18:28:00"));
    assert_eq!(event.host_ip.as_deref(), Some("10.***.***.248"));
    assert_eq!(event.wan_ip.as_deref(), Some("127.5.**.**"));
    assert_eq!(event.online_status, Some(1));
    assert_eq!(event.handle_status.as_ref().map(|s| s.as_str()), Some("3"));
    assert_eq!(
        event.uuid.as_deref(),
        Some("364e2cb6-e3a3-****-9abd-b87711b880e3")
    );
    assert_eq!(
        event.check_platform(),
        [cwp::CheckPlatform::CloudSearchEngine]
    );
    assert_eq!(event.virus_tags(), ["scanner", "hack_tools"]);
    assert!(event
        .cmd_line
        .as_deref()
        .is_some_and(|c| c.starts_with("./dev -h 10.***.**.1/24 -m ssh")));

    let extra = event.machine_extra_info.as_ref().expect("MachineExtraInfo");
    assert_eq!(extra.host_name.as_deref(), Some("dataHub"));
    assert_eq!(extra.instance_id.as_deref(), Some("ins-jvi1gdu0"));
    assert_eq!(extra.network_name.as_deref(), Some("eth1"));
    assert_eq!(extra.network_type, Some(0));
    assert_eq!(extra.private_ip.as_deref(), Some("10.*.*.*"));
    assert_eq!(extra.wan_ip.as_deref(), Some("10.*.*.*"));
    assert!(extra.unknown_fields.is_empty());

    let back = serde_json::to_value(&got).unwrap();
    assert!(tencentcloud_conformance::compare::same_json(
        &parsed.value["Response"],
        &back
    ));
}
