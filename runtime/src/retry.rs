//! When and how failed calls are retried.
//!
//! A failed attempt is retried when repeating it cannot do harm:
//!
//! | failure | retried for |
//! |---|---|
//! | `RequestLimitExceeded` and its common sub-codes `.IPLimitExceeded`, `.UinLimitExceeded`, `.GlobalRegionUinLimitExceeded` (rate limiting: the request was not processed; see [`CommonCode::is_rate_limit`](crate::CommonCode::is_rate_limit)) | every action |
//! | HTTP 429 without an envelope | every action |
//! | connection failures before any byte was sent (refused, DNS, TLS handshake, connect timeout, a pooled connection that closed before the request went out) | every action |
//! | ambiguous failures: the request may have been processed (timeout while waiting for the answer, connection cut mid-response, 5xx without an envelope, `InternalError`, `ServiceUnavailable`) | repeatable actions only: those with a `ClientToken` (idempotent by design) and read-only ones (`Describe*`, `Get*`, `List*`, `Query*`, `Inquiry*`, `Check*`) |
//! | anything else (authentication, invalid parameters, quota `LimitExceeded.*`, decoding) | never |
//!
//! Each retry waits a random delay in `[0, min(max_backoff, initial_backoff
//! × 2^(n-1))]` ("full jitter", so clients throttled together do not retry
//! together) and is signed afresh with a new timestamp.
//!
//! ```
//! use std::time::Duration;
//! use tencentcloud_runtime::{Config, RetryConfig};
//! let config = Config::builder()
//!     .retry(RetryConfig::default().with_max_attempts(5).with_max_elapsed(Duration::from_secs(60)))
//!     .build()
//!     .unwrap();
//! assert_eq!(config.retry().max_attempts, 5);
//! // Or no retries at all:
//! let _ = Config::builder().retry(RetryConfig::disabled());
//! ```

use crate::error::Error;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The retry policy.
///
/// Defaults, and why:
///
/// - `max_attempts` = 3 (the first try and two retries): enough to ride out
///   a rate-limit window or a dropped connection, small enough that a real
///   outage surfaces within seconds rather than minutes.
/// - `initial_backoff` = 1 s: Tencent Cloud rate limits count requests per
///   second, so a retry drawn from `[0, 1 s]` and then `[0, 2 s]` usually
///   lands in a fresh window without hammering the current one.
/// - `max_backoff` = 20 s: caps a single wait when `max_attempts` is raised.
/// - `max_elapsed` = 30 s: no retry starts (and no backoff wait crosses)
///   30 s after the call began, so retries never turn a slow failure into
///   a much slower one. A single attempt is bounded by the request timeout
///   (60 s by default); use `ConfigBuilder::operation_timeout` for a hard
///   deadline over the whole call.
/// - `retry_budget` = 500 tokens, shared by every client built from one
///   `Config` (the standard retry mode of aws-sdk-rust): a retry takes 5
///   (`retry_cost`), a retry after a timeout 10 (`timeout_retry_cost`); a
///   call that succeeds gives back what its retries took, or 1 when it
///   needed none. When most calls fail the budget runs dry and calls fail
///   after their first attempt, so retries cannot multiply the load of an
///   outage: N failing calls send at most N + 500 / 5 requests on top of
///   what successes earn back. `None` turns the budget off.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryConfig {
    /// Attempts including the first (1 disables retries; 0 counts as 1).
    pub max_attempts: u32,
    /// Base delay of the exponential backoff.
    pub initial_backoff: Duration,
    /// Largest single delay.
    pub max_backoff: Duration,
    /// No retry starts later than this after the call began.
    pub max_elapsed: Duration,
    /// Tokens of the client-wide retry budget (`None`: no budget).
    pub retry_budget: Option<u32>,
    /// Tokens a retry takes from the budget.
    pub retry_cost: u32,
    /// Tokens a retry after a timeout takes.
    pub timeout_retry_cost: u32,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
            max_elapsed: Duration::from_secs(30),
            retry_budget: Some(500),
            retry_cost: 5,
            timeout_retry_cost: 10,
        }
    }
}

impl RetryConfig {
    /// No retries.
    pub fn disabled() -> Self {
        RetryConfig {
            max_attempts: 1,
            ..RetryConfig::default()
        }
    }

    /// Set the number of attempts, the first included.
    pub fn with_max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n;
        self
    }

    /// Set the base delay.
    pub fn with_initial_backoff(mut self, d: Duration) -> Self {
        self.initial_backoff = d;
        self
    }

    /// Set the largest single delay.
    pub fn with_max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// Set the time after which no retry starts.
    pub fn with_max_elapsed(mut self, d: Duration) -> Self {
        self.max_elapsed = d;
        self
    }

    /// Set the client-wide retry budget in tokens (`None`: retries are
    /// limited per call only).
    pub fn with_retry_budget(mut self, tokens: Option<u32>) -> Self {
        self.retry_budget = tokens;
        self
    }

    /// Set what a retry takes from the budget: `cost`, and `timeout_cost`
    /// after a timeout.
    pub fn with_retry_cost(mut self, cost: u32, timeout_cost: u32) -> Self {
        self.retry_cost = cost;
        self.timeout_retry_cost = timeout_cost;
        self
    }

    /// The delay before retry number `retry` (1 for the first retry): a
    /// uniform random duration in `[0, min(max_backoff, initial_backoff ×
    /// 2^(retry-1))]`.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(1u32 << retry.saturating_sub(1).min(20));
        let cap = exp.min(self.max_backoff);
        let nanos = u64::try_from(cap.as_nanos()).unwrap_or(u64::MAX);
        if nanos == 0 {
            return Duration::ZERO;
        }
        Duration::from_nanos(random_u64() % nanos.saturating_add(1))
    }
}

/// The client-wide retry budget ([`RetryConfig::retry_budget`]).
#[derive(Debug)]
pub(crate) struct RetryBudget {
    capacity: Option<u32>,
    tokens: std::sync::atomic::AtomicU32,
}

impl RetryBudget {
    pub(crate) fn new(capacity: Option<u32>) -> Self {
        RetryBudget {
            capacity,
            tokens: std::sync::atomic::AtomicU32::new(capacity.unwrap_or(0)),
        }
    }

    /// Take `cost` tokens for a retry; `false` (nothing taken) when fewer
    /// are left. Always `true` without a budget.
    pub(crate) fn try_take(&self, cost: u32) -> bool {
        use std::sync::atomic::Ordering;
        if self.capacity.is_none() {
            return true;
        }
        self.tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| t.checked_sub(cost))
            .is_ok()
    }

    /// Give back `tokens`, up to the capacity.
    pub(crate) fn give_back(&self, tokens: u32) {
        use std::sync::atomic::Ordering;
        if let Some(cap) = self.capacity {
            let _ = self
                .tokens
                .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| {
                    Some(t.saturating_add(tokens).min(cap))
                });
        }
    }

    /// Tokens left (`None` without a budget).
    pub(crate) fn left(&self) -> Option<u32> {
        self.capacity
            .map(|_| self.tokens.load(std::sync::atomic::Ordering::Acquire))
    }
}

/// Prefixes of read-only actions by Tencent Cloud's naming convention.
const READ_ONLY_PREFIXES: [&str; 6] = ["Describe", "Get", "List", "Query", "Inquiry", "Check"];

/// Whether an action is safe to repeat after an ambiguous failure: it is
/// idempotent (its request has a `ClientToken`) or read-only by name
/// (`DescribeInstances`, not `Describe` alone nor `Getaway`).
pub fn is_repeatable(action: &str, idempotent: bool) -> bool {
    idempotent
        || READ_ONLY_PREFIXES.iter().any(|p| {
            action
                .strip_prefix(p)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| c.is_ascii_uppercase())
        })
}

/// Whether a failed attempt may be retried (see the module docs).
pub fn is_retryable(e: &Error, repeatable: bool) -> bool {
    match e {
        Error::Service(s) => {
            // Typed common codes (`CommonCode`), not string compares.
            let code = s.common_code();
            code.is_rate_limit()
                || (repeatable && (code.is_transient() || code.domain() == "InternalError"))
        }
        Error::Transport(t) => t.before_send || repeatable,
        Error::Timeout(t) => match t.what {
            "connect" => true,
            "request" => repeatable,
            _ => false,
        },
        Error::HttpStatus(h) => h.status == 429 || (repeatable && h.status >= 500),
        _ => false,
    }
}

fn random_u64() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static STATE: AtomicU64 = AtomicU64::new(0);
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0x9E37_79B9_7F4A_7C15);
    let mut x = STATE.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed) ^ seed;
    // splitmix64
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{HttpStatusError, TimeoutError, TransportError};

    #[test]
    fn backoff_is_bounded_and_jittered() {
        let r = RetryConfig::default();
        for retry in 0..64 {
            assert!(r.backoff(retry) <= r.max_backoff);
        }
        let firsts: Vec<Duration> = (0..200).map(|_| r.backoff(1)).collect();
        assert!(firsts.iter().all(|d| *d <= Duration::from_secs(1)));
        // Full jitter: the delays spread over the range.
        assert!(firsts.iter().any(|d| *d < Duration::from_millis(300)));
        assert!(firsts.iter().any(|d| *d > Duration::from_millis(700)));
        let seconds: Vec<Duration> = (0..200).map(|_| r.backoff(2)).collect();
        assert!(seconds.iter().any(|d| *d > Duration::from_secs(1)));
        assert_eq!(
            RetryConfig::default()
                .with_initial_backoff(Duration::ZERO)
                .backoff(3),
            Duration::ZERO
        );
        let huge = RetryConfig::default()
            .with_initial_backoff(Duration::MAX)
            .with_max_backoff(Duration::MAX);
        let _ = huge.backoff(50);
    }

    #[test]
    fn repeatable_names() {
        assert!(is_repeatable("DescribeInstances", false));
        assert!(is_repeatable("GetUserInfo", false));
        assert!(is_repeatable("ListTopics", false));
        assert!(is_repeatable("InquiryPriceRunInstances", false));
        assert!(is_repeatable("CreateFoo", true));
        assert!(!is_repeatable("CreateFoo", false));
        assert!(!is_repeatable("Describe", false));
        assert!(!is_repeatable("Getaway", false));
        assert!(!is_repeatable("DeleteInstances", false));
    }

    #[test]
    fn retry_classes() {
        let limit = Error::service("RequestLimitExceeded.UinLimitExceeded", "", "");
        assert!(is_retryable(&limit, false));
        assert!(is_retryable(
            &Error::service("RequestLimitExceeded", "", ""),
            false
        ));
        assert!(!is_retryable(
            &Error::service("LimitExceeded.Quota", "", ""),
            true
        ));
        let internal = Error::service("InternalError", "", "");
        assert!(!is_retryable(&internal, false));
        assert!(is_retryable(&internal, true));
        let auth = Error::service("AuthFailure.SignatureFailure", "", "");
        assert!(!is_retryable(&auth, true));
        let transport = |before_send| {
            Error::Transport(Box::new(TransportError {
                call: String::new(),
                message: String::new(),
                before_send,
                source: None,
            }))
        };
        assert!(is_retryable(&transport(true), false));
        assert!(!is_retryable(&transport(false), false));
        assert!(is_retryable(&transport(false), true));
        let timeout = |what| {
            Error::Timeout(Box::new(TimeoutError {
                call: String::new(),
                what,
                after: Duration::ZERO,
            }))
        };
        assert!(is_retryable(&timeout("connect"), false));
        assert!(!is_retryable(&timeout("request"), false));
        assert!(is_retryable(&timeout("request"), true));
        assert!(!is_retryable(&timeout("operation"), true));
        let status = |status| {
            Error::HttpStatus(Box::new(HttpStatusError {
                status,
                request_id: None,
                body_snippet: String::new(),
            }))
        };
        assert!(is_retryable(&status(429), false));
        assert!(!is_retryable(&status(502), false));
        assert!(is_retryable(&status(502), true));
        assert!(!is_retryable(&status(404), true));
        assert!(!is_retryable(&Error::invalid_request("x"), true));
    }
}
