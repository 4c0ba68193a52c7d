//! TC3-HMAC-SHA256 verification, written independently of the runtime's
//! signer: the canonical request is rebuilt from the request as received
//! (method, raw query, the signed headers as sent, the body's hash), with the
//! credential scope's date and service as sent.
//!
//! By default every signed header must be signed in the documented canonical
//! form: its value as sent, trimmed and lower-cased (the published vector A
//! signs `x-tc-action:describeinstances`). With `lenient` (for the official
//! Node SDK only, see `OFFICIAL-SDKS.md` §2 and §7) two more forms pass:
//!
//! * the `host` value signed without the port (Node signs the URL's
//!   hostname; Python, like this SDK, signs the `Host` header,
//!   `127.0.0.1:PORT`);
//! * header values signed verbatim, upper-case letters and all.

use super::ApiError;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

/// The only algorithm API 3.0 speaks.
pub const ALGORITHM: &str = "TC3-HMAC-SHA256";

/// A parsed `Authorization` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorization<'a> {
    /// `AKID...`.
    pub secret_id: &'a str,
    /// Scope date, `YYYY-MM-DD`.
    pub date: &'a str,
    /// Scope service (whatever the client signed: `cwp`, or `127` for Node
    /// against `127.0.0.1`).
    pub service: &'a str,
    /// Lower-case header names, as listed.
    pub signed_headers: Vec<&'a str>,
    /// Lower-case hex.
    pub signature: &'a str,
}

/// Parse `TC3-HMAC-SHA256 Credential=ID/DATE/SERVICE/tc3_request,
/// SignedHeaders=a;b, Signature=hex`.
pub fn parse_authorization(value: &str) -> Result<Authorization<'_>, ApiError> {
    let invalid = |why: &str| {
        ApiError::new(
            "AuthFailure.InvalidAuthorization",
            format!(
                "The Authorization header is not a valid TC3-HMAC-SHA256 authorization: {why}."
            ),
        )
    };
    let value = value.trim();
    let (algorithm, rest) = value.split_once(' ').ok_or_else(|| {
        invalid("expected `TC3-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`")
    })?;
    if algorithm != ALGORITHM {
        return Err(invalid(&format!(
            "the algorithm is `{}`, only `{ALGORITHM}` is supported",
            printable(algorithm)
        )));
    }
    let (mut credential, mut signed, mut signature) = (None, None, None);
    for part in rest.split(',') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let (k, v) = part
            .split_once('=')
            .ok_or_else(|| invalid(&format!("`{}` is not `Key=Value`", printable(part))))?;
        let slot = match k.trim() {
            "Credential" => &mut credential,
            "SignedHeaders" => &mut signed,
            "Signature" => &mut signature,
            other => return Err(invalid(&format!("unknown part `{}`", printable(other)))),
        };
        if slot.is_some() {
            return Err(invalid(&format!("`{}` appears twice", k.trim())));
        }
        *slot = Some(v.trim());
    }
    let credential = credential.ok_or_else(|| invalid("`Credential` is missing"))?;
    let signed = signed.ok_or_else(|| invalid("`SignedHeaders` is missing"))?;
    let signature = signature.ok_or_else(|| invalid("`Signature` is missing"))?;
    let scope: Vec<&str> = credential.split('/').collect();
    let [secret_id, date, service, terminator] = scope[..] else {
        return Err(invalid(
            "`Credential` must be `SecretId/Date/Service/tc3_request`",
        ));
    };
    if terminator != "tc3_request" {
        return Err(invalid("the credential scope must end with `tc3_request`"));
    }
    if secret_id.is_empty() || service.is_empty() {
        return Err(invalid("the credential scope has an empty part"));
    }
    if !is_iso_date(date) {
        return Err(invalid("the credential scope date is not `YYYY-MM-DD`"));
    }
    let signed_headers: Vec<&str> = signed.split(';').map(str::trim).collect();
    if signed_headers
        .iter()
        .any(|h| h.is_empty() || h.bytes().any(|b| b.is_ascii_uppercase()))
    {
        return Err(invalid(
            "`SignedHeaders` must be lower-case names joined by `;`",
        ));
    }
    if signature.len() != 64 || !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(invalid("`Signature` must be 64 hex digits"));
    }
    Ok(Authorization {
        secret_id,
        date,
        service,
        signed_headers,
        signature,
    })
}

/// What is verified: the request as received.
#[derive(Clone, Copy)]
pub struct Received<'a> {
    /// `POST`, `GET`.
    pub method: &'a str,
    /// The raw query string (without `?`), empty if none.
    pub query: &'a str,
    /// Header value by lower-case name (first value).
    pub header: &'a dyn Fn(&str) -> Option<&'a str>,
    /// The body bytes.
    pub body: &'a [u8],
    /// `X-TC-Timestamp`, already parsed.
    pub timestamp: i64,
}

/// Check `auth.signature` against the request and `secret_key`.
///
/// Errors are `AuthFailure.SignatureFailure` with a message saying what did
/// not match (never the expected signature).
pub fn verify(
    auth: &Authorization<'_>,
    secret_key: &str,
    req: &Received<'_>,
    lenient: bool,
) -> Result<(), ApiError> {
    let failure = |why: String| ApiError::new("AuthFailure.SignatureFailure", why);
    for required in ["content-type", "host"] {
        if !auth.signed_headers.contains(&required) {
            return Err(failure(format!(
                "The provided credentials could not be validated: `{required}` must be a signed header."
            )));
        }
    }
    let expected_date = utc_date(req.timestamp);
    if auth.date != expected_date {
        return Err(failure(format!(
            "The provided credentials could not be validated: the credential scope date {} is not the UTC date of X-TC-Timestamp {} ({expected_date}).",
            auth.date, req.timestamp
        )));
    }
    // Candidate values of each signed header: lower-cased; when lenient also
    // verbatim, and for `host` without the port.
    let mut candidates: Vec<Vec<String>> = Vec::with_capacity(auth.signed_headers.len());
    for name in &auth.signed_headers {
        let Some(value) = (req.header)(name) else {
            return Err(failure(format!(
                "The provided credentials could not be validated: the signed header `{name}` is not in the request."
            )));
        };
        // The documented canonical form: trimmed, lower-cased (what the SDKs
        // sign for `content-type` and `host`, whose values are lower-case,
        // and for `x-tc-action`, which is not).
        let value = value.trim();
        let mut forms = vec![value.to_ascii_lowercase()];
        if lenient {
            forms.push(value.to_string());
            if *name == "host" {
                if let Some(h) = strip_port(value) {
                    forms.push(h.to_string());
                    forms.push(h.to_ascii_lowercase());
                }
            }
            let mut seen = std::collections::HashSet::new();
            forms.retain(|f| seen.insert(f.clone()));
        }
        candidates.push(forms);
    }
    let payload_hash =
        if (req.header)("x-tc-content-sha256").map(str::trim) == Some("UNSIGNED-PAYLOAD") {
            sha256_hex(b"UNSIGNED-PAYLOAD")
        } else {
            sha256_hex(req.body)
        };
    let signed_headers = auth.signed_headers.join(";");
    let key = signing_key(secret_key, auth.date, auth.service);
    let Ok(given) = hex::decode(auth.signature) else {
        return Err(failure("The signature is not hex.".to_string()));
    };
    // Every combination of candidate forms (at most 2 x 2 x ... ; in practice
    // content-type and host give 1..=4 combinations).
    let mut index = vec![0usize; candidates.len()];
    loop {
        let mut canonical_headers = String::new();
        for (i, name) in auth.signed_headers.iter().enumerate() {
            canonical_headers.push_str(name);
            canonical_headers.push(':');
            canonical_headers.push_str(&candidates[i][index[i]]);
            canonical_headers.push('\n');
        }
        let canonical_request = format!(
            "{}\n/\n{}\n{}\n{}\n{}",
            req.method, req.query, canonical_headers, signed_headers, payload_hash
        );
        let string_to_sign = format!(
            "{ALGORITHM}\n{}\n{}/{}/tc3_request\n{}",
            req.timestamp,
            auth.date,
            auth.service,
            sha256_hex(canonical_request.as_bytes())
        );
        let mut mac = HmacSha256::new_from_slice(&key).expect("HMAC takes any key length");
        mac.update(string_to_sign.as_bytes());
        // Constant-time comparison.
        if mac.verify_slice(&given).is_ok() {
            return Ok(());
        }
        // Next combination.
        let mut i = 0;
        loop {
            if i == index.len() {
                return Err(failure(
                    "The provided credentials could not be validated. Please check your signature is correct."
                        .to_string(),
                ));
            }
            index[i] += 1;
            if index[i] < candidates[i].len() {
                break;
            }
            index[i] = 0;
            i += 1;
        }
    }
}

fn signing_key(secret_key: &str, date: &str, service: &str) -> Vec<u8> {
    let step = |key: &[u8], msg: &str| {
        let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
        mac.update(msg.as_bytes());
        mac.finalize().into_bytes().to_vec()
    };
    let k_date = step(format!("TC3{secret_key}").as_bytes(), date);
    let k_service = step(&k_date, service);
    step(&k_service, "tc3_request")
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// `host:port` → `host` (also `[::1]:port`); `None` when there is no port.
fn strip_port(host: &str) -> Option<&str> {
    if let Some(rest) = host.strip_prefix('[') {
        let end = rest.find(']')?;
        let after = &rest[end + 1..];
        return after.strip_prefix(':').map(|_| &host[..end + 2]);
    }
    let (h, port) = host.rsplit_once(':')?;
    (!h.contains(':') && !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit())).then_some(h)
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// `YYYY-MM-DD` of a Unix timestamp, in UTC (proleptic Gregorian).
pub fn utc_date(timestamp: i64) -> String {
    let days = timestamp.div_euclid(86_400);
    // Howard Hinnant's civil_from_days.
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

/// A value safe to echo in a message: printable ASCII, bounded.
pub(crate) fn printable(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(64)
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '?'
            }
        })
        .collect();
    if s.chars().count() > 64 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAYLOAD: &[u8] =
        br#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#;
    const TS: i64 = 1_551_113_065;
    const B_ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    const B_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

    fn check(
        auth: &str,
        key: &str,
        method: &str,
        query: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Result<(), ApiError> {
        check_with(auth, key, method, query, headers, body, false)
    }

    fn check_with(
        auth: &str,
        key: &str,
        method: &str,
        query: &str,
        headers: &[(&str, &str)],
        body: &[u8],
        lenient: bool,
    ) -> Result<(), ApiError> {
        let auth = parse_authorization(auth)?;
        let lookup = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| *v)
        };
        verify(
            &auth,
            key,
            &Received {
                method,
                query,
                header: &lookup,
                body,
                timestamp: TS,
            },
            lenient,
        )
    }

    #[test]
    fn dates_are_utc() {
        assert_eq!(utc_date(TS), "2019-02-25");
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(951_782_400), "2000-02-29");
        assert_eq!(utc_date(-1), "1969-12-31");
        assert_eq!(utc_date(1_700_000_000), "2023-11-14");
    }

    /// Vector A (current CN doc): extra signed header, lower-cased value.
    #[test]
    fn vector_a() {
        let key = "*".repeat(32);
        let auth = format!(
            "TC3-HMAC-SHA256 Credential=AKID{}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f",
            "*".repeat(32)
        );
        let headers = [
            ("Content-Type", "application/json; charset=utf-8"),
            ("Host", "cvm.tencentcloudapi.com"),
            ("X-TC-Action", "DescribeInstances"),
        ];
        check(&auth, &key, "POST", "", &headers, PAYLOAD).unwrap();
        let e = check(&auth, "wrong", "POST", "", &headers, PAYLOAD).unwrap_err();
        assert_eq!(e.code, "AuthFailure.SignatureFailure");
    }

    /// Vector B (older English doc).
    #[test]
    fn vector_b() {
        let auth = format!("TC3-HMAC-SHA256 Credential={B_ID}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
        let headers = [
            ("content-type", "application/json; charset=utf-8"),
            ("host", "cvm.tencentcloudapi.com"),
        ];
        check(&auth, B_KEY, "POST", "", &headers, PAYLOAD).unwrap();
        // One changed body byte breaks it.
        let mut body = PAYLOAD.to_vec();
        body[10] = b'2';
        let e = check(&auth, B_KEY, "POST", "", &headers, &body).unwrap_err();
        assert_eq!(e.code, "AuthFailure.SignatureFailure");
        // So does another host.
        let other = [headers[0], ("host", "cvm.intl.tencentcloudapi.com")];
        assert!(check(&auth, B_KEY, "POST", "", &other, PAYLOAD).is_err());
    }

    /// Vector C: the wire form of the official SDKs, POST and GET.
    #[test]
    fn vector_c() {
        let post = format!("TC3-HMAC-SHA256 Credential={B_ID}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=683bd0b53659853c39699162253251192320a09b3937e27bf8e08a559b1465b8");
        let headers = [
            ("content-type", "application/json"),
            ("host", "cvm.tencentcloudapi.com"),
        ];
        check(&post, B_KEY, "POST", "", &headers, PAYLOAD).unwrap();
        let get = format!("TC3-HMAC-SHA256 Credential={B_ID}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=9867b291561db17491c01f0d7f06be3ccd45e91ecd3ce5434330e00ece036f64");
        let headers = [
            ("content-type", "application/x-www-form-urlencoded"),
            ("host", "cvm.tencentcloudapi.com"),
        ];
        check(&get, B_KEY, "GET", "Limit=10&Offset=0", &headers, b"").unwrap();
        // The query is signed as sent: reordering it breaks the signature.
        assert!(check(&get, B_KEY, "GET", "Offset=0&Limit=10", &headers, b"").is_err());
        assert!(check(&get, B_KEY, "POST", "Limit=10&Offset=0", &headers, b"").is_err());
    }

    #[test]
    fn host_exactly_as_sent_unless_lenient() {
        // Signed with host "127.0.0.1" (Node) and with "127.0.0.1:8080"
        // (Python, this SDK); both arrive with the header "127.0.0.1:8080".
        let headers = [
            ("content-type", "application/json"),
            ("host", "127.0.0.1:8080"),
        ];
        for (signed_host, strict_ok) in [("127.0.0.1", false), ("127.0.0.1:8080", true)] {
            let sig = reference_sign(B_KEY, "127", "POST", "", signed_host, b"{}");
            let auth = format!("TC3-HMAC-SHA256 Credential={B_ID}/2019-02-25/127/tc3_request, SignedHeaders=content-type;host, Signature={sig}");
            let strict = check(&auth, B_KEY, "POST", "", &headers, b"{}");
            assert_eq!(strict.is_ok(), strict_ok, "{signed_host}: {strict:?}");
            check_with(&auth, B_KEY, "POST", "", &headers, b"{}", true).unwrap();
        }
        // A header value signed lower-cased passes; signed verbatim with its
        // capitals, only when lenient.
        let mixed = [("content-type", "Application/JSON"), ("host", "h")];
        let lower = reference_sign(B_KEY, "cvm", "POST", "", "h", b"{}");
        let verbatim = reference_sign_ct(B_KEY, "Application/JSON", "h", b"{}");
        let auth = |sig: &str| {
            format!("TC3-HMAC-SHA256 Credential={B_ID}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature={sig}")
        };
        check(&auth(&lower), B_KEY, "POST", "", &mixed, b"{}").unwrap();
        assert!(check(&auth(&verbatim), B_KEY, "POST", "", &mixed, b"{}").is_err());
        check_with(&auth(&verbatim), B_KEY, "POST", "", &mixed, b"{}", true).unwrap();
        assert_eq!(strip_port("[::1]:80"), Some("[::1]"));
        assert_eq!(strip_port("[::1]"), None);
        assert_eq!(strip_port("localhost"), None);
        assert_eq!(strip_port("a:b"), None);
    }

    #[test]
    fn scope_date_must_match_timestamp() {
        let sig = reference_sign(B_KEY, "cvm", "POST", "", "h", b"");
        let auth = format!("TC3-HMAC-SHA256 Credential={B_ID}/2019-02-26/cvm/tc3_request, SignedHeaders=content-type;host, Signature={sig}");
        let e = check(
            &auth,
            B_KEY,
            "POST",
            "",
            &[("content-type", "application/json"), ("host", "h")],
            b"",
        )
        .unwrap_err();
        assert!(e.message.contains("UTC date"), "{}", e.message);
    }

    #[test]
    fn unsigned_payload() {
        let text = format!(
            "TC3-HMAC-SHA256 Credential={B_ID}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature={}",
            "0".repeat(64)
        );
        let auth = parse_authorization(&text).unwrap();
        // Compute the reference signature over the UNSIGNED-PAYLOAD hash.
        let sig = reference_sign(B_KEY, "cvm", "POST", "", "h", b"UNSIGNED-PAYLOAD");
        let auth = Authorization {
            signature: &sig,
            ..auth
        };
        let headers = [
            ("content-type", "application/json"),
            ("host", "h"),
            ("x-tc-content-sha256", "UNSIGNED-PAYLOAD"),
        ];
        let lookup = |name: &str| headers.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
        let received = Received {
            method: "POST",
            query: "",
            header: &lookup,
            body: b"{\"any\":1}",
            timestamp: TS,
        };
        verify(&auth, B_KEY, &received, false).unwrap();
    }

    #[test]
    fn malformed_authorizations() {
        let ok_sig = "a".repeat(64);
        for bad in [
            String::new(),
            "TC3-HMAC-SHA256".to_string(),
            format!("HMAC-SHA1 Credential=a/2019-02-25/cvm/tc3_request, SignedHeaders=host, Signature={ok_sig}"),
            format!("TC3-HMAC-SHA256 Credential=a/2019-02-25/cvm/x, SignedHeaders=host, Signature={ok_sig}"),
            format!("TC3-HMAC-SHA256 Credential=a/2019-2-25/cvm/tc3_request, SignedHeaders=host, Signature={ok_sig}"),
            format!("TC3-HMAC-SHA256 Credential=a/2019-02-25/tc3_request, SignedHeaders=host, Signature={ok_sig}"),
            format!("TC3-HMAC-SHA256 Credential=a/2019-02-25/cvm/tc3_request, SignedHeaders=Host, Signature={ok_sig}"),
            "TC3-HMAC-SHA256 Credential=a/2019-02-25/cvm/tc3_request, SignedHeaders=host, Signature=xyz".to_string(),
            format!("TC3-HMAC-SHA256 Credential=a/2019-02-25/cvm/tc3_request, Signature={ok_sig}"),
            format!("TC3-HMAC-SHA256 Credential=a/2019-02-25/cvm/tc3_request, Credential=b, SignedHeaders=host, Signature={ok_sig}"),
            format!("TC3-HMAC-SHA256 Credential=a/2019-02-25/cvm/tc3_request, Nonsense, Signature={ok_sig}"),
            "TC3-HMAC-SHA256 Credential=\u{7f}\u{0}é/é/é/é".to_string(),
        ] {
            let e = parse_authorization(&bad).unwrap_err();
            assert_eq!(e.code, "AuthFailure.InvalidAuthorization", "{bad:?}");
        }
    }

    /// A straightforward signer used only to produce inputs for the tests
    /// above (the vectors are the real check).
    fn reference_sign(
        key: &str,
        service: &str,
        method: &str,
        query: &str,
        host: &str,
        payload: &[u8],
    ) -> String {
        sign_canonical(
            key,
            service,
            method,
            query,
            "application/json",
            host,
            payload,
        )
    }

    /// A `cvm` POST with `content_type` signed as given.
    fn reference_sign_ct(key: &str, content_type: &str, host: &str, payload: &[u8]) -> String {
        sign_canonical(key, "cvm", "POST", "", content_type, host, payload)
    }

    fn sign_canonical(
        key: &str,
        service: &str,
        method: &str,
        query: &str,
        content_type: &str,
        host: &str,
        payload: &[u8],
    ) -> String {
        let canonical = format!(
            "{method}\n/\n{query}\ncontent-type:{content_type}\nhost:{host}\n\ncontent-type;host\n{}",
            sha256_hex(payload)
        );
        let sts = format!(
            "TC3-HMAC-SHA256\n{TS}\n2019-02-25/{service}/tc3_request\n{}",
            sha256_hex(canonical.as_bytes())
        );
        let k = signing_key(key, "2019-02-25", service);
        let mut mac = HmacSha256::new_from_slice(&k).unwrap();
        mac.update(sts.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}
