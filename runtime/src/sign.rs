//! TC3-HMAC-SHA256 request signing ("Signature v3").
//!
//! ```text
//! CanonicalRequest = Method \n "/" \n Query \n CanonicalHeaders \n SignedHeaders \n hex(sha256(body))
//! StringToSign     = "TC3-HMAC-SHA256" \n Timestamp \n Date/service/tc3_request \n hex(sha256(CanonicalRequest))
//! key = HMAC(HMAC(HMAC("TC3"+SecretKey, Date), service), "tc3_request")
//! Signature        = hex(HMAC(key, StringToSign))
//! ```
//!
//! `Date` is the UTC date of `Timestamp`. Header names are lower-cased and
//! sorted; values are trimmed and, as the documentation says, lower-cased
//! (so `x-tc-action:describeinstances`; `content-type` and `host` values sent
//! by the SDK are lower case already).
//!
//! ```
//! use tencentcloud_runtime::sign::{sign, SigningInput};
//! let auth = sign(&SigningInput {
//!     secret_id: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
//!     secret_key: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
//!     service: "cvm",
//!     timestamp: 1551113065,
//!     method: "POST",
//!     query: "",
//!     headers: &[("content-type", "application/json; charset=utf-8"), ("host", "cvm.tencentcloudapi.com")],
//!     payload: br#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#,
//! });
//! assert!(auth.authorization.ends_with("Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
//! ```

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

/// What a signature covers.
#[derive(Debug, Clone, Copy)]
pub struct SigningInput<'a> {
    /// Access key id (`AKID...`).
    pub secret_id: &'a str,
    /// Secret key.
    pub secret_key: &'a str,
    /// Service name of the credential scope (the endpoint prefix, `cvm`).
    pub service: &'a str,
    /// Unix seconds, the `X-TC-Timestamp` value.
    pub timestamp: i64,
    /// `POST` or `GET`.
    pub method: &'a str,
    /// The query string exactly as sent (empty for POST).
    pub query: &'a str,
    /// Signed headers as `(name, value)`; names any case, any order.
    pub headers: &'a [(&'a str, &'a str)],
    /// The exact body bytes sent.
    pub payload: &'a [u8],
}

/// The result of signing, with its intermediates (for tests and debugging).
#[derive(Clone, PartialEq, Eq)]
pub struct Signature {
    /// The `Authorization` header value.
    pub authorization: String,
    /// Hex signature.
    pub signature: String,
    /// `content-type;host`...
    pub signed_headers: String,
    /// The canonical request text.
    pub canonical_request: String,
    /// The string to sign.
    pub string_to_sign: String,
}

impl std::fmt::Debug for Signature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The signature is derived from the secret: do not print the header.
        f.debug_struct("Signature")
            .field("signed_headers", &self.signed_headers)
            .finish_non_exhaustive()
    }
}

/// `YYYY-MM-DD` of a Unix timestamp, in UTC.
pub fn utc_date(timestamp: i64) -> String {
    let days = timestamp.div_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}-{m:02}-{d:02}")
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

fn hmac(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(msg);
    mac.finalize().into_bytes().into()
}

/// Sign a request.
pub fn sign(input: &SigningInput<'_>) -> Signature {
    let mut headers: Vec<(String, String)> = input
        .headers
        .iter()
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_ascii_lowercase()))
        .collect();
    headers.sort();
    let mut canonical_headers = String::with_capacity(128);
    let mut signed_headers = String::with_capacity(32);
    for (i, (k, v)) in headers.iter().enumerate() {
        canonical_headers.push_str(k);
        canonical_headers.push(':');
        canonical_headers.push_str(v);
        canonical_headers.push('\n');
        if i > 0 {
            signed_headers.push(';');
        }
        signed_headers.push_str(k);
    }
    let canonical_request = format!(
        "{}\n/\n{}\n{}\n{}\n{}",
        input.method,
        input.query,
        canonical_headers,
        signed_headers,
        sha256_hex(input.payload)
    );
    let date = utc_date(input.timestamp);
    let scope = format!("{date}/{}/tc3_request", input.service);
    let string_to_sign = format!(
        "TC3-HMAC-SHA256\n{}\n{scope}\n{}",
        input.timestamp,
        sha256_hex(canonical_request.as_bytes())
    );
    let secret_date = hmac(
        format!("TC3{}", input.secret_key).as_bytes(),
        date.as_bytes(),
    );
    let secret_service = hmac(&secret_date, input.service.as_bytes());
    let secret_signing = hmac(&secret_service, b"tc3_request");
    let signature = hex::encode(hmac(&secret_signing, string_to_sign.as_bytes()));
    let authorization = format!(
        "TC3-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={signed_headers}, Signature={signature}",
        input.secret_id
    );
    Signature {
        authorization,
        signature,
        signed_headers,
        canonical_request,
        string_to_sign,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAYLOAD: &[u8] = br#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#;

    #[test]
    fn utc_dates() {
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(1551113065), "2019-02-25");
        assert_eq!(utc_date(951782400), "2000-02-29");
        assert_eq!(utc_date(1709251199), "2024-02-29");
        assert_eq!(utc_date(1709251200), "2024-03-01");
    }

    /// Vector A: the current CN "签名方法 v3" page, with `x-tc-action` signed.
    #[test]
    fn vector_a_extra_signed_header() {
        let key = "*".repeat(32);
        let id = format!("AKID{}", "*".repeat(32));
        let s = sign(&SigningInput {
            secret_id: &id,
            secret_key: &key,
            service: "cvm",
            timestamp: 1551113065,
            method: "POST",
            query: "",
            headers: &[
                ("Content-Type", "application/json; charset=utf-8"),
                ("Host", "cvm.tencentcloudapi.com"),
                ("X-TC-Action", "DescribeInstances"),
            ],
            payload: PAYLOAD,
        });
        assert_eq!(s.signed_headers, "content-type;host;x-tc-action");
        assert!(s
            .canonical_request
            .contains("x-tc-action:describeinstances\n"));
        assert_eq!(
            sha256_hex(PAYLOAD),
            "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
        );
        assert_eq!(
            sha256_hex(s.canonical_request.as_bytes()),
            "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"
        );
        assert_eq!(
            s.signature,
            "10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"
        );
    }

    /// Vector B: the English "Signature v3" page.
    #[test]
    fn vector_b_documented_example() {
        let s = sign(&SigningInput {
            secret_id: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
            secret_key: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
            service: "cvm",
            timestamp: 1551113065,
            method: "POST",
            query: "",
            headers: &[
                ("content-type", "application/json; charset=utf-8"),
                ("host", "cvm.tencentcloudapi.com"),
            ],
            payload: PAYLOAD,
        });
        assert_eq!(
            sha256_hex(s.canonical_request.as_bytes()),
            "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"
        );
        assert_eq!(
            s.signature,
            "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
        );
        assert_eq!(
            s.authorization,
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, \
             SignedHeaders=content-type;host, \
             Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
        );
    }

    /// Vector C: the official SDKs' exact wire form (POST JSON and GET).
    #[test]
    fn vector_c_sdk_wire_form() {
        let base = SigningInput {
            secret_id: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
            secret_key: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
            service: "cvm",
            timestamp: 1551113065,
            method: "POST",
            query: "",
            headers: &[
                ("content-type", "application/json"),
                ("host", "cvm.tencentcloudapi.com"),
            ],
            payload: PAYLOAD,
        };
        let post = sign(&base);
        assert_eq!(
            sha256_hex(post.canonical_request.as_bytes()),
            "df142fa7176428137ac6a6b25b5efcb6b4c08a91fc30d75ecebe47877d3143d8"
        );
        assert_eq!(
            post.signature,
            "683bd0b53659853c39699162253251192320a09b3937e27bf8e08a559b1465b8"
        );
        let get = sign(&SigningInput {
            method: "GET",
            query: "Limit=10&Offset=0",
            headers: &[
                ("content-type", "application/x-www-form-urlencoded"),
                ("host", "cvm.tencentcloudapi.com"),
            ],
            payload: b"",
            ..base
        });
        assert_eq!(
            sha256_hex(get.canonical_request.as_bytes()),
            "91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282cccf957dbf1aa7f3a7"
        );
        assert_eq!(
            get.signature,
            "9867b291561db17491c01f0d7f06be3ccd45e91ecd3ce5434330e00ece036f64"
        );
    }
}
