//! Every action of every shipped service, reachable by name: function
//! pointers that run a JSON document through the action's generated request
//! or response type and serialize it back. The table is written by
//! `build.rs` from the generator's IR, so it names exactly the generated
//! types.
//!
//! ```
//! use tencentcloud_conformance_typed::find;
//! use tencentcloud_runtime::de::Mode;
//! let action = find("tcss/v20201101", "DescribeVirusDetail").unwrap();
//! let (request, drift) = (action.request)(r#"{"Id": "10021"}"#, Mode::Strict).unwrap();
//! assert_eq!(request, serde_json::json!({"Id": "10021"}));
//! assert!(drift.is_empty());
//! let body = br#"{"Response": {"Size": "332155", "RequestId": "r"}}"#;
//! let (response, drift) = (action.response)(body, Mode::Lenient).unwrap();
//! assert_eq!(response["Size"], 332155); // a numeric string read as the integer
//! assert_eq!(drift[0].path, "Response.Size");
//! assert!((action.response)(body, Mode::Strict).is_err());
//! ```

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use tencentcloud_runtime::de::{decode_response, Decode, Drift, Mode, Session};
use tencentcloud_runtime::ServiceInfo;

/// A typed round trip: the value serialized back and the drift recorded, or
/// why decoding failed.
pub type RoundTrip = Result<(Value, Vec<Drift>), String>;

/// One service version of the generated crate.
pub struct TypedService {
    /// `cwp/v20180228`.
    pub dir: &'static str,
    /// The generated module's `SERVICE`.
    pub info: &'static ServiceInfo,
    /// Whether the service's typed `ErrorCode` knows a code (its own list or
    /// the common codes).
    pub known_code: fn(&str) -> bool,
    /// Its actions, sorted by name.
    pub actions: &'static [TypedAction],
}

/// One action of the generated crate.
pub struct TypedAction {
    /// Wire name.
    pub name: &'static str,
    /// Decode a request's JSON parameters into the request type (in the
    /// given mode) and serialize it back.
    pub request: fn(&str, Mode) -> RoundTrip,
    /// Decode a response body (`{"Response": {...}}`) the way a call does,
    /// and serialize the typed response back (the `Response` object).
    pub response: fn(&[u8], Mode) -> RoundTrip,
}

include!(concat!(env!("OUT_DIR"), "/typed_actions.rs"));

/// The typed service of `dir` (`cwp/v20180228`).
pub fn service(dir: &str) -> Option<&'static TypedService> {
    SERVICES.iter().find(|s| s.dir == dir)
}

/// The typed action `name` of the service `dir`.
pub fn find(dir: &str, name: &str) -> Option<&'static TypedAction> {
    let actions = service(dir)?.actions;
    actions
        .binary_search_by(|a| a.name.cmp(name))
        .ok()
        .map(|i| &actions[i])
}

fn request_round_trip<T: DeserializeOwned + Serialize>(json: &str, mode: Mode) -> RoundTrip {
    let session = Session::begin(mode);
    let decoded = serde_json::from_str::<T>(json);
    let drift = session.finish("");
    let value = decoded.map_err(|e| e.to_string())?;
    let back = serde_json::to_value(&value).map_err(|e| e.to_string())?;
    Ok((back, drift))
}

fn response_round_trip<T: Decode + Serialize>(body: &[u8], mode: Mode) -> RoundTrip {
    let (value, drift) = decode_response::<T>(body, mode).map_err(|e| e.to_string())?;
    let back = serde_json::to_value(&value).map_err(|e| e.to_string())?;
    Ok((back, drift))
}
