//! Typed service error codes: every listed code round-trips, unknown codes
//! survive, common codes come from the runtime's single list.

use tencentcloud::runtime::CommonCode;
use tencentcloud::{cwp::v20180228 as cwp, tcss::v20201101 as tcss, Error};

#[test]
fn every_cwp_code_round_trips() {
    assert_eq!(cwp::ErrorCode::ALL.len(), 44, "cwp's list has 44 codes");
    for code in cwp::ErrorCode::ALL {
        let typed: cwp::ErrorCode = code.parse().unwrap();
        assert!(
            !matches!(typed, cwp::ErrorCode::UnknownValue(_)),
            "{code} is listed"
        );
        assert_eq!(typed.as_str(), *code);
        assert_eq!(typed.to_string(), *code);
    }
}

#[test]
fn every_tcss_code_round_trips() {
    assert_eq!(tcss::ErrorCode::ALL.len(), 42, "tcss's list has 42 codes");
    for code in tcss::ErrorCode::ALL {
        let typed = tcss::ErrorCode::from(*code);
        assert!(
            !matches!(typed, tcss::ErrorCode::UnknownValue(_)),
            "{code} is listed"
        );
        assert_eq!(typed.as_str(), *code);
    }
}

#[test]
fn service_and_common_codes_are_typed() {
    assert_eq!(
        cwp::ErrorCode::from("FailedOperation.AgentOffline"),
        cwp::ErrorCode::FailedOperationAgentOffline
    );
    assert_eq!(
        cwp::ErrorCode::from("FailedOperation.AgentOffline").description(),
        Some("The client is offline.")
    );
    assert_eq!(
        cwp::ErrorCode::from("ResourceNotFound"),
        cwp::ErrorCode::Common(CommonCode::ResourceNotFound)
    );
    assert_eq!(
        cwp::ErrorCode::FailedOperationAgentOffline.domain(),
        "FailedOperation"
    );
}

#[test]
fn unknown_codes_survive_unchanged() {
    let code = cwp::ErrorCode::from("FailedOperation.SomethingNew");
    assert!(matches!(code, cwp::ErrorCode::UnknownValue(_)));
    assert_eq!(code.as_str(), "FailedOperation.SomethingNew");
    assert_eq!(code.domain(), "FailedOperation");
    assert_eq!(code.description(), None);
}

#[test]
fn service_error_gives_the_typed_code() {
    let err = Error::service("FailedOperation.AgentOffline", "agent is down", "req-7");
    let service_error = err.as_service_error().unwrap();
    assert_eq!(
        service_error.code_as::<cwp::ErrorCode>(),
        cwp::ErrorCode::FailedOperationAgentOffline
    );
    assert!(service_error.has_prefix("FailedOperation"));
}
