//! Behaviour of code generated from the obstacle-course spec
//! (`codegen/tests/obstacle/specs`): each test pins one hazard of the corpus.
//! This file is hand-written; the generator owns only `src/` and `Cargo.toml`.

#![allow(deprecated)]

use obstacle::v20200101 as api;
use serde_json::json;
use tencentcloud_runtime::de::{decode_response, DriftKind, Mode};

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(
    value: serde_json::Value,
) -> serde_json::Value {
    let typed: T = serde_json::from_value(value).expect("decodes");
    serde_json::to_value(&typed).expect("encodes")
}

#[test]
fn keyword_and_colliding_members_keep_their_wire_names() {
    let wire = json!({
        "Type": "t", "Self": "s", "Super": 7, "Crate": true, "Gen": "g", "Try": "y",
        "Async": "a", "Match": 1.5, "ID": "upper", "Id": "lower", "IP": "ip",
        "UnknownFields": "ours", "Map": "m", "Out": "o", "K": "k", "S": "s2",
        "Value": "v", "SetValue": "sv"
    });
    let k: api::Keywords = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(k.r#type.as_deref(), Some("t"));
    assert_eq!(k.self_.as_deref(), Some("s"));
    assert_eq!(k.super_, Some(7));
    assert_eq!(k.crate_, Some(true));
    assert_eq!(k.r#gen.as_deref(), Some("g"));
    // `Id` keeps `id`; `ID` gives way to it.
    assert_eq!(k.id.as_deref(), Some("lower"));
    assert_eq!(k.id_2.as_deref(), Some("upper"));
    // A member named like the struct's own `unknown_fields`.
    assert_eq!(k.unknown_fields_.as_deref(), Some("ours"));
    assert!(k.unknown_fields.is_empty());
    assert_eq!(serde_json::to_value(&k).unwrap(), wire);
    // Setters exist for raw identifiers and for members named like setters.
    let built = api::Keywords::default()
        .set_type("t")
        .set_value("v")
        .set_set_value("sv");
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"Type": "t", "Value": "v", "SetValue": "sv"})
    );
}

#[test]
fn types_named_after_prelude_items_are_ordinary_models() {
    let o = api::Option::default().set_value("x");
    let r = api::Result::default().set_code(3);
    let s = api::String::default().set_text("hi");
    assert_eq!(serde_json::to_value(&o).unwrap(), json!({"Value": "x"}));
    assert_eq!(serde_json::to_value(&r).unwrap(), json!({"Code": 3}));
    assert_eq!(serde_json::to_value(&s).unwrap(), json!({"Text": "hi"}));
    // Renamed to avoid the module's own `Client` and `ErrorCode`.
    let c = api::ClientObject::default().set_name("n");
    assert_eq!(serde_json::to_value(&c).unwrap(), json!({"Name": "n"}));
    let e = api::ErrorCodeObject::default().set_code("x");
    assert_eq!(serde_json::to_value(&e).unwrap(), json!({"Code": "x"}));
    // Not UpperCamelCase upstream.
    let l = api::GetWsTokenReqLabel::default().set_key("k");
    assert_eq!(serde_json::to_value(&l).unwrap(), json!({"Key": "k"}));
}

#[test]
fn recursive_types_are_boxed_and_round_trip() {
    let wire = json!({
        "Name": "root",
        "Child": {"Name": "a", "Child": {"Name": "b"}},
        "Children": [{"Name": "c", "Children": [{"Name": "d"}]}]
    });
    let node: api::Node = serde_json::from_value(wire.clone()).unwrap();
    let child: &api::Node = node.child.as_deref().unwrap();
    assert_eq!(child.child.as_ref().unwrap().name.as_deref(), Some("b"));
    assert_eq!(node.children()[0].children()[0].name.as_deref(), Some("d"));
    assert_eq!(serde_json::to_value(&node).unwrap(), wire);

    let ping = json!({"Pong": {"Count": 2, "Ping": {"Pong": {"Count": 1}}}});
    assert_eq!(round_trip::<api::Ping>(ping.clone()), ping);
    // A deep chain decodes without trouble.
    let mut deep = json!({"Name": "leaf"});
    for _ in 0..100 {
        deep = json!({"Child": deep});
    }
    assert_eq!(round_trip::<api::Node>(deep.clone()), deep);
}

#[test]
fn scalars_of_every_kind_and_free_form_members() {
    let wire = json!({
        "S": "s", "I": -5, "U": 5, "F": 1.25, "B": true,
        "When": "2024-01-02 03:04:05", "WhenIso": "2024-01-02T03:04:05Z", "Day": "2024-01-02",
        "Ss": ["a"], "Is": [-1, 2], "Us": [1, 2], "Fs": [0.5, 2.0], "Bs": [true, false],
        "Free": {"any": [1, {"thing": null}]}, "Old": "gone"
    });
    let s: api::Scalars = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(s.is(), &[-1, 2]);
    assert_eq!(s.us(), &[1, 2]);
    assert_eq!(
        s.free.as_ref().unwrap()["any"][1]["thing"],
        serde_json::Value::Null
    );
    assert_eq!(serde_json::to_value(&s).unwrap(), wire);
    // A float member written as an integer comes back as a float of equal value.
    let s: api::Scalars = serde_json::from_value(json!({"F": 5})).unwrap();
    assert_eq!(s.f, Some(5.0));
    // An absent list reads as an empty slice.
    assert!(api::Scalars::default().ss().is_empty());
}

#[test]
fn required_members_of_send_only_types_are_plain_values() {
    let spec = api::Spec::new(4, ["x", "y"]);
    let request = api::CreateThingRequest::new("thing", spec).set_kind("big");
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"Name": "thing", "Spec": {"Size": 4, "Labels": ["x", "y"]}, "Kind": "big"})
    );
    // Decoding a request that lacks a required member fails, naming it.
    let err = serde_json::from_value::<api::CreateThingRequest>(json!({"Name": "n"})).unwrap_err();
    assert!(err.to_string().contains("Spec"), "{err}");
}

#[test]
fn shared_types_with_required_members_stay_optional_but_have_a_constructor() {
    let f = api::Filter::new("Name", ["a", "b"]);
    assert_eq!(f.name.as_deref(), Some("Name"));
    assert_eq!(
        serde_json::to_value(&f).unwrap(),
        json!({"Name": "Name", "Values": ["a", "b"]})
    );
    // The same type in a response tolerates the missing members.
    let f: api::Filter = serde_json::from_value(json!({})).unwrap();
    assert_eq!(f, api::Filter::default());
}

#[test]
fn open_enums_keep_unknown_values_of_both_codings() {
    assert_eq!(api::ThingStatus::from("RUNNING"), api::ThingStatus::Running);
    let unknown = api::ThingStatus::from("PAUSED");
    assert_eq!(unknown.as_str(), "PAUSED");
    assert_eq!(serde_json::to_value(&unknown).unwrap(), json!("PAUSED"));
    assert_eq!(api::Level::from(1), api::Level::High);
    assert_eq!(api::Level::from(7).value(), Some(7));
    let wire = json!({"Status": "PAUSED", "Levels": [0, 1, 9], "TotalCount": 0, "RequestId": "r"});
    let r: api::DescribeThingsResponse = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(r.levels()[0], api::Level::Low);
    assert_eq!(serde_json::to_value(&r).unwrap(), wire);
}

#[test]
fn error_codes_that_collide_after_dropping_dots_get_distinct_variants() {
    assert_eq!(
        api::ErrorCode::from("FailedOperation.ThingBroken"),
        api::ErrorCode::FailedOperationThingBroken
    );
    assert_eq!(
        api::ErrorCode::from("FailedOperationThing.Broken"),
        api::ErrorCode::FailedOperationThingBroken2
    );
    assert!(matches!(
        api::ErrorCode::from("InternalError"),
        api::ErrorCode::Common(_)
    ));
    assert_eq!(api::ErrorCode::ALL.len(), 4);
}

#[test]
fn a_response_member_named_error_is_data() {
    let body = br#"{"Response":{"Error":{"Message":"not an envelope"},"RequestId":"r"}}"#;
    let (tree, drift) = decode_response::<api::DescribeTreeResponse>(body, Mode::Strict).unwrap();
    assert_eq!(
        tree.error.unwrap().message.as_deref(),
        Some("not an envelope")
    );
    assert!(drift.is_empty());
}

#[test]
fn drift_inside_recursive_types_is_reported_with_its_path() {
    let body = br#"{"Response":{"Root":{"Child":{"Child":{"Name":42}}},"RequestId":"r"}}"#;
    let (tree, drift) = decode_response::<api::DescribeTreeResponse>(body, Mode::Lenient).unwrap();
    let leaf = tree.root.unwrap().child.unwrap().child.unwrap();
    assert_eq!(leaf.name.as_deref(), Some("42"));
    assert_eq!(drift.len(), 1);
    assert_eq!(drift[0].path, "Response.Root.Child.Child.Name");
    assert_eq!(drift[0].kind, DriftKind::Converted);
    let err = decode_response::<api::DescribeTreeResponse>(body, Mode::Strict).unwrap_err();
    assert!(
        err.to_string().contains("Response.Root.Child.Child.Name"),
        "{err}"
    );
}

#[test]
fn string_offsets_are_paged_as_numbers() {
    use tencentcloud_runtime::paginate::{OffsetRequest, Page};
    let mut r = api::DescribeWidgetsRequest::new();
    // The inherent setters take the member's own type; the paging trait takes counts.
    OffsetRequest::set_offset(&mut r, 40);
    OffsetRequest::set_limit(&mut r, 20);
    assert_eq!(
        serde_json::to_value(&r).unwrap(),
        json!({"Offset": "40", "Limit": "20"})
    );
    assert_eq!(OffsetRequest::offset(&r), Some(40));
    let page: api::DescribeWidgetsResponse =
        serde_json::from_value(json!({"Total": 3, "Widgets": [{"Size": 1, "Labels": []}]}))
            .unwrap();
    assert_eq!(page.total(), Some(3));
    assert_eq!(page.items().len(), 1);
}

#[test]
fn debug_prints_set_members_by_wire_name() {
    let f = api::Filter::new("Name", ["a"]);
    assert_eq!(
        format!("{f:?}"),
        r#"Filter { Name: "Name", Values: ["a"] }"#
    );
}

#[test]
fn client_surface() {
    // An action named like the constructor, deprecated actions, paginators of
    // both styles: the signatures exist and type-check.
    fn _surface(c: &api::Client) {
        drop(c.new_action(api::NewRequest::new()));
        drop(c.describe_tree(api::DescribeTreeRequest::new()));
        // DescribeThings returns three lists: no paginator. DescribeWidgets
        // pages by string Offset/Limit with one list and a `Total`; its
        // paginator's name belongs to the action DescribeWidgetsPaginator.
        drop(c.describe_widgets_paginator_2(api::DescribeWidgetsRequest::new()));
        drop(c.describe_widgets_paginator(api::DescribeWidgetsPaginatorRequest::new()));
        drop(c.list_things_paginator(api::ListThingsRequest::new()));
        drop(c.create_thing(api::CreateThingRequest::new("n", api::Spec::new(1, ["l"]))));
    }
    assert_eq!(api::SERVICE.endpoint_prefix, "obstacle");
}

#[test]
fn enum_variant_named_err_parses_and_prints() {
    // `Self::Err` in `FromStr` would be ambiguous with the variant (monitor's `Health`).
    let parsed: api::Health = "ERR".parse().unwrap();
    assert_eq!(parsed, api::Health::Err);
    assert_eq!(api::Health::Ok.to_string(), "OK");
    let r: api::CreateThingResponse =
        serde_json::from_value(json!({"ThingId": "t", "Health": "ERR"})).unwrap();
    assert_eq!(r.health, Some(api::Health::Err));
}

#[test]
fn deprecated_offset_gives_way_to_the_scroll_token() {
    use tencentcloud_runtime::paginate::{Page, TokenRequest};
    let mut r = api::DescribeRoundsRequest::new();
    TokenRequest::set_token(&mut r, "next".to_string());
    TokenRequest::set_page_size(&mut r, 30);
    assert_eq!(
        serde_json::to_value(&r).unwrap(),
        json!({"ScrollToken": "next", "Limit": 30})
    );
    let page: api::DescribeRoundsResponse = serde_json::from_value(
        json!({"TotalCount": 99, "Rounds": [{"Size": 1}], "ScrollToken": "more"}),
    )
    .unwrap();
    // The deprecated total is not trusted to end the walk.
    assert_eq!(page.total(), None);
    assert_eq!(page.next_token(), Some("more"));
    assert_eq!(page.items().len(), 1);
}

#[test]
fn each_api_version_is_a_module_of_the_service_feature() {
    use obstacle::v20210101 as v2;
    assert_eq!(api::SERVICE.version, "2020-01-01");
    assert_eq!(v2::SERVICE.version, "2021-01-01");
    assert_eq!(v2::SERVICE.endpoint_prefix, api::SERVICE.endpoint_prefix);
    let r = v2::DescribeThingRequest::new("t-1");
    assert_eq!(serde_json::to_value(&r).unwrap(), json!({"ThingId": "t-1"}));
    fn _surface(c: &v2::Client) {
        drop(c.describe_thing(v2::DescribeThingRequest::new("t-1")));
    }
}

#[test]
fn a_member_named_unknown_decodes_beside_undescribed_members() {
    let r: api::CreateThingRequest = serde_json::from_value(json!({
        "Name": "n", "Spec": {"Size": 1}, "Unknown": "u", "Extra": 1
    }))
    .unwrap();
    assert_eq!(r.unknown.as_deref(), Some("u"));
    assert_eq!(r.unknown_fields.get("Extra"), Some(&json!(1)));
}
