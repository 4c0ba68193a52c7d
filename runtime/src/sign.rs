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
//! (so `x-tc-action:describeinstances`; the `content-type` and `host` values
//! the SDK sends are lower case already).
//!
//! Three entry points, one implementation:
//!
//! - [`sign`] returns the signature with its intermediates (canonical
//!   request, string to sign), for tests and debugging;
//! - [`authorization`] returns only the `Authorization` header value and
//!   allocates nothing else: the canonical request is streamed into SHA-256
//!   and every hex string lives on the stack;
//! - [`SigningKey`] holds the derived key of one (secret key, date, service),
//!   so a client signing many requests skips the three key-derivation HMACs
//!   ([`SigningKey::authorization`]). The runtime's clients keep one per
//!   service client and re-derive it when the date or the key changes.
//!
//! ```
//! use tencentcloud_runtime::sign::{sign, SigningInput};
//! let input = SigningInput {
//!     secret_id: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
//!     secret_key: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
//!     service: "cvm",
//!     timestamp: 1551113065,
//!     method: "POST",
//!     query: "",
//!     headers: &[("content-type", "application/json; charset=utf-8"), ("host", "cvm.tencentcloudapi.com")],
//!     payload: br#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#,
//! };
//! let full = sign(&input);
//! assert!(full.authorization.ends_with("Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
//! // The fast path gives the same header.
//! assert_eq!(tencentcloud_runtime::sign::authorization(&input), full.authorization);
//! ```

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::fmt;

type HmacSha256 = Hmac<Sha256>;

/// The algorithm name that starts the string to sign and the header.
pub const ALGORITHM: &str = "TC3-HMAC-SHA256";

/// What a signature covers.
#[derive(Clone, Copy)]
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

impl fmt::Debug for SigningInput<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningInput")
            .field("secret_id", &self.secret_id)
            .field("secret_key", &crate::credentials::REDACTED)
            .field("service", &self.service)
            .field("timestamp", &self.timestamp)
            .field("method", &self.method)
            .field("query", &self.query)
            .field("headers", &self.headers)
            .field("payload_len", &self.payload.len())
            .finish()
    }
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

impl fmt::Debug for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The signature is derived from the secret: do not print the header.
        f.debug_struct("Signature")
            .field("signed_headers", &self.signed_headers)
            .finish_non_exhaustive()
    }
}

/// `YYYY-MM-DD` of a Unix timestamp, in UTC.
pub fn utc_date(timestamp: i64) -> String {
    let d = date_bytes(timestamp);
    // Always ASCII digits and dashes.
    String::from_utf8_lossy(&d).into_owned()
}

/// `YYYY-MM-DD` on the stack. Years outside 0..=9999 are clamped (they
/// cannot be signed meaningfully anyway, and this must not panic).
fn date_bytes(timestamp: i64) -> [u8; 10] {
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
    let y = (if m <= 2 { y + 1 } else { y }).clamp(0, 9999);
    let digit = |v: i64| b'0' + (v % 10) as u8;
    [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(d / 10),
        digit(d),
    ]
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

fn hex32(bytes: &[u8]) -> [u8; 64] {
    let mut out = [0u8; 64];
    // 32 bytes always fit 64 hex digits.
    let _ = hex::encode_to_slice(bytes, &mut out);
    out
}

fn as_str(ascii: &[u8]) -> &str {
    // Only called on hex digits, dates and integers, which are ASCII.
    std::str::from_utf8(ascii).unwrap_or_default()
}

/// A Unix timestamp in decimal, on the stack.
struct Decimal {
    buf: [u8; 20],
    start: usize,
}

impl Decimal {
    fn new(v: i64) -> Self {
        let mut buf = [0u8; 20];
        let mut start = buf.len();
        let negative = v < 0;
        let mut n = v.unsigned_abs();
        loop {
            start -= 1;
            buf[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        if negative && start > 0 {
            start -= 1;
            buf[start] = b'-';
        }
        Decimal { buf, start }
    }

    fn as_bytes(&self) -> &[u8] {
        &self.buf[self.start..]
    }
}

/// Where canonical text goes: a hasher (fast path) or a buffer (debugging).
trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Sha256 {
    fn put(&mut self, bytes: &[u8]) {
        self.update(bytes);
    }
}

impl Sink for HmacSha256 {
    fn put(&mut self, bytes: &[u8]) {
        self.update(bytes);
    }
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// Put `s` lower-cased, through a small stack buffer (no allocation).
fn put_lower(sink: &mut impl Sink, s: &str) {
    let bytes = s.as_bytes();
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        sink.put(bytes);
        return;
    }
    let mut buf = [0u8; 64];
    for chunk in bytes.chunks(buf.len()) {
        for (d, c) in buf.iter_mut().zip(chunk) {
            *d = c.to_ascii_lowercase();
        }
        sink.put(&buf[..chunk.len()]);
    }
}

fn cmp_lower(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// Headers trimmed and sorted by lower-cased name, without allocating for
/// the usual handful.
fn with_sorted_headers<R>(headers: &[(&str, &str)], f: impl FnOnce(&[(&str, &str)]) -> R) -> R {
    const STACK: usize = 16;
    fn trim<'a>(&(k, v): &(&'a str, &'a str)) -> (&'a str, &'a str) {
        (k.trim(), v.trim())
    }
    if headers.len() <= STACK {
        let mut arr: [(&str, &str); STACK] = [("", ""); STACK];
        for (slot, h) in arr.iter_mut().zip(headers) {
            *slot = trim(h);
        }
        let sorted = &mut arr[..headers.len()];
        sorted.sort_unstable_by(|a, b| cmp_lower(a.0, b.0));
        f(sorted)
    } else {
        let mut v: Vec<(&str, &str)> = headers.iter().map(trim).collect();
        v.sort_unstable_by(|a, b| cmp_lower(a.0, b.0));
        f(&v)
    }
}

fn put_signed_headers(sink: &mut impl Sink, sorted: &[(&str, &str)]) {
    for (i, (k, _)) in sorted.iter().enumerate() {
        if i > 0 {
            sink.put(b";");
        }
        put_lower(sink, k);
    }
}

/// Write the canonical request. One function for both paths, so the debug
/// text and the signed bytes cannot differ.
fn put_canonical_request(sink: &mut impl Sink, input: &SigningInput<'_>, sorted: &[(&str, &str)]) {
    let payload_hash = hex32(&Sha256::digest(input.payload));
    sink.put(input.method.as_bytes());
    sink.put(b"\n/\n");
    sink.put(input.query.as_bytes());
    sink.put(b"\n");
    for (k, v) in sorted {
        put_lower(sink, k);
        sink.put(b":");
        put_lower(sink, v);
        sink.put(b"\n");
    }
    sink.put(b"\n");
    put_signed_headers(sink, sorted);
    sink.put(b"\n");
    sink.put(&payload_hash);
}

fn put_string_to_sign(
    sink: &mut impl Sink,
    timestamp: &[u8],
    date: &[u8],
    service: &str,
    canonical_hash: &[u8],
) {
    sink.put(ALGORITHM.as_bytes());
    sink.put(b"\n");
    sink.put(timestamp);
    sink.put(b"\n");
    sink.put(date);
    sink.put(b"/");
    sink.put(service.as_bytes());
    sink.put(b"/tc3_request\n");
    sink.put(canonical_hash);
}

fn hmac_keyed(key: &[u8]) -> HmacSha256 {
    // HMAC takes keys of any length; this cannot fail.
    match HmacSha256::new_from_slice(key) {
        Ok(m) => m,
        Err(_) => unreachable!("HMAC accepts keys of any length"),
    }
}

fn hmac(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let mut mac = hmac_keyed(key);
    mac.update(msg);
    mac.finalize().into_bytes().into()
}

/// The derived signing key of one (secret key, UTC date, service), ready to
/// sign: derive it once per day and service instead of once per request.
///
/// ```
/// use tencentcloud_runtime::sign::{authorization, SigningInput, SigningKey};
/// let input = SigningInput {
///     secret_id: "AKIDEXAMPLE",
///     secret_key: "secret",
///     service: "cvm",
///     timestamp: 1551113065,
///     method: "POST",
///     query: "",
///     headers: &[("content-type", "application/json"), ("host", "cvm.tencentcloudapi.com")],
///     payload: b"{}",
/// };
/// let key = SigningKey::derive("secret", input.timestamp, "cvm");
/// assert!(key.matches(input.timestamp, "cvm"));
/// assert_eq!(key.authorization(&input), authorization(&input));
/// ```
#[derive(Clone)]
pub struct SigningKey {
    date: [u8; 10],
    service: Box<str>,
    mac: HmacSha256,
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey")
            .field("date", &as_str(&self.date))
            .field("service", &self.service)
            .field("key", &crate::credentials::REDACTED)
            .finish()
    }
}

impl SigningKey {
    /// Derive the key for the UTC date of `timestamp` and `service`.
    pub fn derive(secret_key: &str, timestamp: i64, service: &str) -> SigningKey {
        let date = date_bytes(timestamp);
        let mut stack = [0u8; 128];
        let secret_date = if secret_key.len() + 3 <= stack.len() {
            stack[..3].copy_from_slice(b"TC3");
            stack[3..3 + secret_key.len()].copy_from_slice(secret_key.as_bytes());
            hmac(&stack[..3 + secret_key.len()], &date)
        } else {
            let mut k = Vec::with_capacity(secret_key.len() + 3);
            k.extend_from_slice(b"TC3");
            k.extend_from_slice(secret_key.as_bytes());
            hmac(&k, &date)
        };
        let secret_service = hmac(&secret_date, service.as_bytes());
        let secret_signing = hmac(&secret_service, b"tc3_request");
        SigningKey {
            date,
            service: service.into(),
            mac: hmac_keyed(&secret_signing),
        }
    }

    /// Whether this key signs requests at `timestamp` for `service` (same
    /// UTC date and service).
    pub fn matches(&self, timestamp: i64, service: &str) -> bool {
        date_bytes(timestamp) == self.date && &*self.service == service
    }

    /// The `Authorization` header for `input` (whose `secret_key` is not
    /// read: this key is used). The caller makes sure the key
    /// [`matches`](Self::matches) the input's timestamp and service.
    pub fn authorization(&self, input: &SigningInput<'_>) -> String {
        with_sorted_headers(input.headers, |sorted| {
            let mut hasher = Sha256::new();
            put_canonical_request(&mut hasher, input, sorted);
            let canonical_hash = hex32(&hasher.finalize());
            let ts = Decimal::new(input.timestamp);
            let mut mac = self.mac.clone();
            put_string_to_sign(
                &mut mac,
                ts.as_bytes(),
                &self.date,
                &self.service,
                &canonical_hash,
            );
            let signature = hex32(&mac.finalize().into_bytes());
            // The fixed text (" Credential=", "/tc3_request, SignedHeaders=",
            // ", Signature=", the date) is under 80 bytes.
            let mut out = String::with_capacity(
                ALGORITHM.len()
                    + 80
                    + input.secret_id.len()
                    + self.service.len()
                    + 16 * sorted.len()
                    + 64,
            );
            out.push_str(ALGORITHM);
            out.push_str(" Credential=");
            out.push_str(input.secret_id);
            out.push('/');
            out.push_str(as_str(&self.date));
            out.push('/');
            out.push_str(&self.service);
            out.push_str("/tc3_request, SignedHeaders=");
            for (i, (k, _)) in sorted.iter().enumerate() {
                if i > 0 {
                    out.push(';');
                }
                out.extend(k.chars().map(|c| c.to_ascii_lowercase()));
            }
            out.push_str(", Signature=");
            out.push_str(as_str(&signature));
            out
        })
    }
}

/// The `Authorization` header value for `input`, computed without building
/// the canonical request or string to sign in memory.
pub fn authorization(input: &SigningInput<'_>) -> String {
    SigningKey::derive(input.secret_key, input.timestamp, input.service).authorization(input)
}

/// Sign a request, keeping every intermediate (slower than
/// [`authorization`]; use it to debug a signature mismatch).
pub fn sign(input: &SigningInput<'_>) -> Signature {
    with_sorted_headers(input.headers, |sorted| {
        let mut canonical = Vec::with_capacity(256);
        put_canonical_request(&mut canonical, input, sorted);
        let canonical_hash = hex32(&Sha256::digest(&canonical));
        let ts = Decimal::new(input.timestamp);
        let date = date_bytes(input.timestamp);
        let mut string_to_sign = Vec::with_capacity(128);
        put_string_to_sign(
            &mut string_to_sign,
            ts.as_bytes(),
            &date,
            input.service,
            &canonical_hash,
        );
        let key = SigningKey::derive(input.secret_key, input.timestamp, input.service);
        let mut mac = key.mac.clone();
        mac.update(&string_to_sign);
        let signature = hex::encode(mac.finalize().into_bytes());
        let mut names = Vec::new();
        put_signed_headers(&mut names, sorted);
        let signed_headers = String::from_utf8_lossy(&names).into_owned();
        let authorization = format!(
            "{ALGORITHM} Credential={}/{}/{}/tc3_request, SignedHeaders={signed_headers}, Signature={signature}",
            input.secret_id,
            as_str(&date),
            input.service,
        );
        Signature {
            authorization,
            signature,
            signed_headers,
            canonical_request: String::from_utf8_lossy(&canonical).into_owned(),
            string_to_sign: String::from_utf8_lossy(&string_to_sign).into_owned(),
        }
    })
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
        assert_eq!(utc_date(-1), "1969-12-31");
        // Out of range: clamped, no panic.
        assert_eq!(utc_date(i64::MAX).len(), 10);
        assert_eq!(utc_date(i64::MIN).len(), 10);
    }

    #[test]
    fn decimals() {
        for v in [0i64, 7, 10, 1551113065, -42, i64::MAX, i64::MIN] {
            assert_eq!(as_str(Decimal::new(v).as_bytes()), v.to_string());
        }
    }

    /// Vector A: the current CN "签名方法 v3" page, with `x-tc-action` signed.
    #[test]
    fn vector_a_extra_signed_header() {
        let key = "*".repeat(32);
        let id = format!("AKID{}", "*".repeat(32));
        let input = SigningInput {
            secret_id: &id,
            secret_key: &key,
            service: "cvm",
            timestamp: 1551113065,
            method: "POST",
            query: "",
            headers: &[
                ("X-TC-Action", "DescribeInstances"),
                ("Content-Type", "application/json; charset=utf-8"),
                ("Host", "cvm.tencentcloudapi.com"),
            ],
            payload: PAYLOAD,
        };
        let s = sign(&input);
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
        // The published intermediate keys.
        let secret_date = hmac(format!("TC3{key}").as_bytes(), b"2019-02-25");
        assert_eq!(
            hex::encode(secret_date),
            "da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0"
        );
        let secret_service = hmac(&secret_date, b"cvm");
        assert_eq!(
            hex::encode(secret_service),
            "8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f"
        );
        assert_eq!(
            hex::encode(hmac(&secret_service, b"tc3_request")),
            "b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"
        );
        assert_eq!(
            s.signature,
            "10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"
        );
        assert_eq!(authorization(&input), s.authorization);
    }

    /// Vector B: the English "Signature v3" page.
    #[test]
    fn vector_b_documented_example() {
        let input = SigningInput {
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
        };
        let s = sign(&input);
        assert_eq!(
            sha256_hex(s.canonical_request.as_bytes()),
            "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"
        );
        assert_eq!(
            s.signature,
            "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
        );
        let expected = "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, \
             SignedHeaders=content-type;host, \
             Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";
        assert_eq!(s.authorization, expected);
        assert_eq!(authorization(&input), expected);
        assert!(s
            .string_to_sign
            .starts_with("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04"));
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
        assert_eq!(authorization(&base), post.authorization);
        let get_input = SigningInput {
            method: "GET",
            query: "Limit=10&Offset=0",
            headers: &[
                ("content-type", "application/x-www-form-urlencoded"),
                ("host", "cvm.tencentcloudapi.com"),
            ],
            payload: b"",
            ..base
        };
        let get = sign(&get_input);
        assert_eq!(
            sha256_hex(get.canonical_request.as_bytes()),
            "91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282cccf957dbf1aa7f3a7"
        );
        assert_eq!(
            get.signature,
            "9867b291561db17491c01f0d7f06be3ccd45e91ecd3ce5434330e00ece036f64"
        );
        assert_eq!(authorization(&get_input), get.authorization);
    }

    #[test]
    fn cached_key_matches_only_its_date_and_service() {
        let key = SigningKey::derive("k", 1551113065, "cvm");
        assert!(key.matches(1551113065 + 10, "cvm"));
        assert!(!key.matches(1551113065 + 86_400, "cvm"));
        assert!(!key.matches(1551113065, "cwp"));
        assert!(!format!("{key:?}").contains('k') || format!("{key:?}").contains("redacted"));
    }

    #[test]
    fn many_headers_and_long_keys_take_the_slow_paths() {
        let names: Vec<String> = (0..20).map(|i| format!("X-Extra-{i:02}")).collect();
        let mut headers: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "V")).collect();
        headers.push(("Content-Type", "application/json"));
        headers.push(("Host", "cvm.tencentcloudapi.com"));
        let long_key = "s".repeat(300);
        let input = SigningInput {
            secret_id: "AKID",
            secret_key: &long_key,
            service: "cvm",
            timestamp: 1551113065,
            method: "POST",
            query: "",
            headers: &headers,
            payload: b"{}",
        };
        let s = sign(&input);
        assert!(s
            .signed_headers
            .starts_with("content-type;host;x-extra-00;x-extra-01"));
        assert_eq!(authorization(&input), s.authorization);
        // Independent recomputation of the key derivation for a long key.
        let secret_date = hmac(format!("TC3{long_key}").as_bytes(), b"2019-02-25");
        let secret_signing = hmac(&hmac(&secret_date, b"cvm"), b"tc3_request");
        assert_eq!(
            s.signature,
            hex::encode(hmac(&secret_signing, s.string_to_sign.as_bytes()))
        );
    }
}
