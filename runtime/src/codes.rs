//! Error codes common to every Tencent Cloud API 3.0 service ("Common Error
//! Codes" of the API documentation), defined once here. Each generated
//! service's `ErrorCode` wraps these as `ErrorCode::Common(CommonCode)` and
//! adds its own codes.
//!
//! ```
//! use tencentcloud_runtime::codes::CommonCode;
//! let code = CommonCode::from("AuthFailure.SignatureExpire");
//! assert_eq!(code, CommonCode::AuthFailureSignatureExpire);
//! assert_eq!(code.domain(), "AuthFailure");
//! assert!(CommonCode::from("RequestLimitExceeded.UinLimitExceeded").is_rate_limit());
//! // Codes this list does not have survive verbatim.
//! assert_eq!(CommonCode::from("FailedOperation.AgentOffline").as_str(), "FailedOperation.AgentOffline");
//! ```

use crate::UnknownValue;
use std::fmt;

macro_rules! common_codes {
    ($($variant:ident = $code:literal: $doc:literal,)*) => {
        /// An error code common to all services. Open: any other code is
        /// kept verbatim in `UnknownValue`.
        #[derive(Clone, PartialEq, Eq, Hash, Debug)]
        #[non_exhaustive]
        pub enum CommonCode {
            $(#[doc = concat!("`", $code, "`: ", $doc)] $variant,)*
            /// A code this list does not have, kept verbatim.
            UnknownValue(UnknownValue),
        }

        impl CommonCode {
            /// Every common code.
            pub const ALL: &'static [&'static str] = &[$($code),*];

            /// The code text.
            pub fn as_str(&self) -> &str {
                match self {
                    $(CommonCode::$variant => $code,)*
                    CommonCode::UnknownValue(v) => v.as_str(),
                }
            }

            /// The common code for `s`, if it is one.
            pub fn try_parse(s: &str) -> Option<CommonCode> {
                match s {
                    $($code => Some(CommonCode::$variant),)*
                    _ => None,
                }
            }

            /// The documentation's description of a common code given as text.
            pub fn describe(code: &str) -> Option<&'static str> {
                match code {
                    $($code => Some($doc),)*
                    _ => None,
                }
            }
        }
    };
}

common_codes! {
    ActionOffline = "ActionOffline": "The API has been taken offline.",
    AuthFailureInvalidAuthorization = "AuthFailure.InvalidAuthorization": "The Authorization header does not follow the Tencent Cloud standard.",
    AuthFailureInvalidSecretId = "AuthFailure.InvalidSecretId": "Invalid key (not a TencentCloud API key type).",
    AuthFailureMfaFailure = "AuthFailure.MFAFailure": "MFA failed.",
    AuthFailureSecretIdNotFound = "AuthFailure.SecretIdNotFound": "The key does not exist: check that it is enabled in the console and entered without surrounding spaces.",
    AuthFailureSignatureExpire = "AuthFailure.SignatureExpire": "Signature expired: the timestamp must be within five minutes of the server time; check that the local clock is synchronized.",
    AuthFailureSignatureFailure = "AuthFailure.SignatureFailure": "Signature error: the signature was not computed as the signing documentation describes.",
    AuthFailureTokenFailure = "AuthFailure.TokenFailure": "Token error.",
    AuthFailureUnauthorizedOperation = "AuthFailure.UnauthorizedOperation": "The request is not authorized by CAM.",
    DryRunOperation = "DryRunOperation": "DryRun: the request would have succeeded, but the DryRun parameter was passed.",
    FailedOperation = "FailedOperation": "Operation failed.",
    InternalError = "InternalError": "Internal error.",
    InvalidAction = "InvalidAction": "The API does not exist.",
    InvalidParameter = "InvalidParameter": "Incorrect parameter (format, type, ...).",
    InvalidParameterValue = "InvalidParameterValue": "Invalid parameter value.",
    InvalidRequest = "InvalidRequest": "The multipart format of the request body is incorrect.",
    IpInBlacklist = "IpInBlacklist": "Your IP address is in the blocklist.",
    IpNotInWhitelist = "IpNotInWhitelist": "Your IP address is not in the allowlist.",
    LimitExceeded = "LimitExceeded": "Quota limit exceeded.",
    MissingParameter = "MissingParameter": "A required parameter is missing.",
    NoSuchProduct = "NoSuchProduct": "The product does not exist.",
    NoSuchVersion = "NoSuchVersion": "The API version does not exist.",
    RequestLimitExceeded = "RequestLimitExceeded": "The request rate limit was exceeded.",
    RequestLimitExceededGlobalRegionUinLimitExceeded = "RequestLimitExceeded.GlobalRegionUinLimitExceeded": "The account's request rate limit across regions was exceeded.",
    RequestLimitExceededIpLimitExceeded = "RequestLimitExceeded.IPLimitExceeded": "The IP address's request rate limit was exceeded.",
    RequestLimitExceededUinLimitExceeded = "RequestLimitExceeded.UinLimitExceeded": "The account's request rate limit was exceeded.",
    RequestSizeLimitExceeded = "RequestSizeLimitExceeded": "The request is larger than the size limit.",
    ResourceInUse = "ResourceInUse": "The resource is in use.",
    ResourceInsufficient = "ResourceInsufficient": "Insufficient resources.",
    ResourceNotFound = "ResourceNotFound": "The resource does not exist.",
    ResourceUnavailable = "ResourceUnavailable": "The resource is unavailable.",
    ResponseSizeLimitExceeded = "ResponseSizeLimitExceeded": "The response is larger than the size limit.",
    ServiceUnavailable = "ServiceUnavailable": "The service is temporarily unavailable.",
    UnauthorizedOperation = "UnauthorizedOperation": "Unauthorized operation.",
    UnknownParameter = "UnknownParameter": "Unknown parameter.",
    UnsupportedOperation = "UnsupportedOperation": "Unsupported operation.",
    UnsupportedProtocol = "UnsupportedProtocol": "Unsupported HTTP(S) method: only GET and POST are supported.",
    UnsupportedRegion = "UnsupportedRegion": "The API does not support the requested region.",
}

impl CommonCode {
    /// The part before the first dot (`AuthFailure`).
    pub fn domain(&self) -> &str {
        let s = self.as_str();
        s.split_once('.').map_or(s, |(d, _)| d)
    }

    /// The documentation's description.
    pub fn description(&self) -> Option<&'static str> {
        CommonCode::describe(self.as_str())
    }

    /// Rate limiting: the request was rejected unprocessed and can be
    /// repeated after a pause.
    pub fn is_rate_limit(&self) -> bool {
        matches!(
            self,
            CommonCode::RequestLimitExceeded
                | CommonCode::RequestLimitExceededGlobalRegionUinLimitExceeded
                | CommonCode::RequestLimitExceededIpLimitExceeded
                | CommonCode::RequestLimitExceededUinLimitExceeded
        )
    }

    /// A transient server-side failure: worth repeating only for requests
    /// that are safe to repeat.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            CommonCode::InternalError
                | CommonCode::ServiceUnavailable
                | CommonCode::ResourceUnavailable
        )
    }
}

impl From<&str> for CommonCode {
    fn from(s: &str) -> Self {
        CommonCode::try_parse(s)
            .unwrap_or_else(|| CommonCode::UnknownValue(UnknownValue::string(s)))
    }
}

impl std::str::FromStr for CommonCode {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(CommonCode::from(s))
    }
}

impl fmt::Display for CommonCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        for code in CommonCode::ALL {
            let typed = CommonCode::from(*code);
            assert!(!matches!(typed, CommonCode::UnknownValue(_)), "{code}");
            assert_eq!(typed.as_str(), *code);
            assert_eq!(typed.to_string(), *code);
            assert!(typed.description().is_some());
        }
    }

    #[test]
    fn unknown_codes_survive() {
        let c: CommonCode = "LimitExceeded.Quota".parse().unwrap();
        assert_eq!(c.as_str(), "LimitExceeded.Quota");
        assert_eq!(c.domain(), "LimitExceeded");
        assert!(c.description().is_none());
        assert!(!c.is_rate_limit());
    }

    #[test]
    fn rate_limit_codes() {
        let limited: Vec<&str> = CommonCode::ALL
            .iter()
            .copied()
            .filter(|c| CommonCode::from(*c).is_rate_limit())
            .collect();
        assert_eq!(
            limited,
            [
                "RequestLimitExceeded",
                "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
                "RequestLimitExceeded.IPLimitExceeded",
                "RequestLimitExceeded.UinLimitExceeded"
            ]
        );
    }
}
