//! Client-side rate limits per action: off by default.
//!
//! Tencent Cloud limits how often each action may be called (most actions
//! 20 calls per second, some fewer; each action's documentation gives its
//! limit) and answers calls over the limit with `RequestLimitExceeded`,
//! which the client retries after a backoff (see [`retry`](crate::retry)).
//! A program that knows it will call an action faster than its limit (a
//! batch job, many tasks sharing one `Config`) can instead space its calls
//! on the client side, so that they are not refused in the first place:
//!
//! ```
//! use tencentcloud_runtime::rate_limit::RateLimit;
//! use tencentcloud_runtime::Config;
//! let config = Config::builder()
//!     // Every action of every service: at most 20 calls per second each.
//!     .rate_limit_per_action(RateLimit::per_second(20))
//!     // This one has a lower limit.
//!     .rate_limit_for("cvm", "RunInstances", RateLimit::per_second(10))
//!     .build()?;
//! assert_eq!(
//!     config.rate_limit("cvm", "RunInstances"),
//!     Some(RateLimit::per_second(10))
//! );
//! assert_eq!(
//!     config.rate_limit("cwp", "DescribeRiskProcessEvents"),
//!     Some(RateLimit::per_second(20))
//! );
//! # Ok::<(), tencentcloud_runtime::Error>(())
//! ```
//!
//! How it works:
//!
//! - Each action of each service (`cvm`'s `DescribeInstances`) has its own
//!   bucket; actions never share one. Every client built from one `Config`
//!   (and its clones) shares the buckets, so the limit holds for the whole
//!   program however many clients and tasks call; a `Config` derived with
//!   [`Config::to_builder`](crate::Config::to_builder) and built again has
//!   buckets of its own.
//! - It applies to every attempt, retries included, before the attempt is
//!   signed: a call over the limit waits (asynchronously, on a Tokio timer)
//!   for its turn. Callers are served in the order they arrive. The wait
//!   counts toward the operation timeout
//!   ([`ConfigBuilder::operation_timeout`](crate::ConfigBuilder::operation_timeout)),
//!   not toward the timeout of an attempt.
//! - The limit is a token bucket (the generic cell rate algorithm):
//!   `per_second(r)` lets an attempt go every `1/r` s; `with_burst(b)` lets
//!   up to `b` go at once after a quiet spell, then one every `1/r` s. In
//!   any span of `t` seconds at most `b + r·t` attempts start, so with the
//!   default burst of 1, at most `r` in any second: the server's limit is
//!   never crossed by this client alone.
//! - Off by default, and free when off: a `Config` without a limit checks
//!   one `Option` per attempt.

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// A limit on how often one action is called: see the [module
/// docs](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RateLimit {
    per_second: u32,
    burst: u32,
}

impl RateLimit {
    /// At most `n` attempts per second, evenly spaced (burst 1). `n` must be
    /// at least 1: 0 is an error when the `Config` is built.
    pub fn per_second(n: u32) -> RateLimit {
        RateLimit {
            per_second: n,
            burst: 1,
        }
    }

    /// Let up to `burst` attempts go at once after a quiet spell (default
    /// 1; at least 1, or the `Config` does not build). Tencent Cloud counts
    /// calls per second, so a burst over 1 can put more than `n` calls in
    /// one second.
    pub fn with_burst(mut self, burst: u32) -> RateLimit {
        self.burst = burst;
        self
    }

    /// Attempts per second.
    pub fn rate(&self) -> u32 {
        self.per_second
    }

    /// Attempts that may go at once.
    pub fn burst(&self) -> u32 {
        self.burst
    }

    /// Why this limit cannot be used, if it cannot.
    pub(crate) fn check(&self) -> Result<(), String> {
        if self.per_second == 0 {
            return Err(
                "a rate limit of 0 calls per second would never send: use at least 1".into(),
            );
        }
        if self.burst == 0 {
            return Err("a rate limit's burst must be at least 1".into());
        }
        Ok(())
    }

    /// Time between two attempts.
    fn interval(&self) -> Duration {
        Duration::from_secs(1) / self.per_second.max(1)
    }
}

/// The limits of a `Config`, as set on its builder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct RateLimits {
    /// [`ConfigBuilder::rate_limit_per_action`](crate::ConfigBuilder::rate_limit_per_action).
    pub(crate) per_action: Option<RateLimit>,
    /// [`ConfigBuilder::rate_limit_for`](crate::ConfigBuilder::rate_limit_for):
    /// service, then action.
    pub(crate) actions: HashMap<String, HashMap<String, RateLimit>>,
}

impl RateLimits {
    pub(crate) fn is_empty(&self) -> bool {
        self.per_action.is_none() && self.actions.is_empty()
    }

    /// The limit of `action` of `service`.
    pub(crate) fn get(&self, service: &str, action: &str) -> Option<RateLimit> {
        self.actions
            .get(service)
            .and_then(|a| a.get(action))
            .copied()
            .or(self.per_action)
    }

    pub(crate) fn check(&self) -> Result<(), String> {
        if let Some(l) = &self.per_action {
            l.check()?;
        }
        for (service, actions) in &self.actions {
            for (action, l) in actions {
                l.check()
                    .map_err(|e| format!("rate limit of {service} {action}: {e}"))?;
            }
        }
        Ok(())
    }
}

/// The buckets of a `Config` with limits: shared by its clients.
pub(crate) struct RateLimiter {
    limits: RateLimits,
    /// Service, then action.
    buckets: Mutex<HashMap<String, HashMap<String, Bucket>>>,
}

impl fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RateLimiter")
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

/// One action's bucket, as the generic cell rate algorithm keeps it: the
/// time at which the bucket would be empty again.
#[derive(Debug)]
struct Bucket {
    limit: RateLimit,
    /// The theoretical arrival time of the next attempt.
    next: Instant,
}

impl Bucket {
    /// Book the next slot at or after `now`; when it is later than `now`,
    /// the time to wait for.
    fn reserve(&mut self, now: Instant) -> Option<Instant> {
        let interval = self.limit.interval();
        let tolerance = interval.saturating_mul(self.limit.burst.max(1) - 1);
        let next = self.next.max(now);
        let start = next.checked_sub(tolerance).map_or(now, |s| s.max(now));
        self.next = next + interval;
        (start > now).then_some(start)
    }
}

impl RateLimiter {
    /// A limiter for `limits`; `None` when there is none (no cost then).
    pub(crate) fn new(limits: RateLimits) -> Option<RateLimiter> {
        (!limits.is_empty()).then(|| RateLimiter {
            limits,
            buckets: Mutex::new(HashMap::new()),
        })
    }

    pub(crate) fn limits(&self) -> &RateLimits {
        &self.limits
    }

    /// Wait for the turn of one attempt of `action` of `service` (at once
    /// if the action has no limit or its bucket has room).
    pub(crate) async fn acquire(&self, service: &str, action: &str) {
        let Some(limit) = self.limits.get(service, action) else {
            return;
        };
        let wait_until = {
            let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            let by_action = match buckets.get_mut(service) {
                Some(b) => b,
                None => buckets.entry(service.to_string()).or_default(),
            };
            let bucket = match by_action.get_mut(action) {
                Some(b) => b,
                None => by_action
                    .entry(action.to_string())
                    .or_insert(Bucket { limit, next: now }),
            };
            bucket.reserve(now)
        };
        if let Some(at) = wait_until {
            tracing::debug!(
                wait_ms = u64::try_from(at.saturating_duration_since(Instant::now()).as_millis())
                    .unwrap_or(u64::MAX),
                "tencentcloud: waiting for the client-side rate limit"
            );
            tokio::time::sleep_until(at).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::connector::{self, ConnectorError};
    use crate::{Config, Credential, RetryConfig, ServiceClient};
    use bytes::Bytes;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    fn limits(per_action: Option<RateLimit>) -> RateLimits {
        RateLimits {
            per_action,
            actions: HashMap::new(),
        }
    }

    /// Starts `n` acquisitions of `action` at once; the time each got its
    /// turn, from the start.
    async fn turns(
        limiter: &Arc<RateLimiter>,
        service: &str,
        action: &str,
        n: usize,
    ) -> Vec<Duration> {
        let start = Instant::now();
        let tasks: Vec<_> = (0..n)
            .map(|_| {
                let l = limiter.clone();
                let (s, a) = (service.to_string(), action.to_string());
                tokio::spawn(async move {
                    l.acquire(&s, &a).await;
                    start.elapsed()
                })
            })
            .collect();
        let mut out = Vec::new();
        for t in tasks {
            out.push(t.await.unwrap());
        }
        out.sort();
        out
    }

    #[tokio::test(start_paused = true)]
    async fn n_calls_at_r_per_second_take_n_minus_burst_over_r_seconds() {
        for (rate, burst, n) in [(10u32, 1u32, 21usize), (10, 3, 23), (4, 4, 4), (1, 1, 3)] {
            let limiter = Arc::new(
                RateLimiter::new(limits(Some(RateLimit::per_second(rate).with_burst(burst))))
                    .unwrap(),
            );
            let t = turns(&limiter, "cvm", "DescribeInstances", n).await;
            let expected =
                Duration::from_secs_f64((n as f64 - burst as f64).max(0.0) / rate as f64);
            let last = *t.last().unwrap();
            assert!(
                last >= expected && last < expected + Duration::from_millis(5),
                "{rate}/s burst {burst}, {n} calls: last at {last:?}, expected {expected:?}"
            );
            // The first `burst` go at once, then one every 1/rate s.
            assert!(t[..burst as usize].iter().all(|d| d.is_zero()), "{t:?}");
            for pair in t[burst as usize - 1..].windows(2) {
                let gap = pair[1] - pair[0];
                assert!(
                    gap >= Duration::from_secs(1) / rate - Duration::from_micros(1),
                    "{t:?}"
                );
            }
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_quiet_spell_refills_the_burst_but_no_more() {
        let limiter = Arc::new(
            RateLimiter::new(limits(Some(RateLimit::per_second(2).with_burst(3)))).unwrap(),
        );
        turns(&limiter, "s", "A", 6).await;
        tokio::time::sleep(Duration::from_secs(60)).await;
        // After a minute, 3 at once (not 120), then 2 per second.
        let t = turns(&limiter, "s", "A", 5).await;
        assert_eq!(t[..3], [Duration::ZERO; 3]);
        assert_eq!(t[3], Duration::from_millis(500));
        assert_eq!(t[4], Duration::from_millis(1000));
    }

    #[tokio::test(start_paused = true)]
    async fn actions_and_services_do_not_share_buckets() {
        let limiter = Arc::new(RateLimiter::new(limits(Some(RateLimit::per_second(10)))).unwrap());
        let start = Instant::now();
        let (a, b, c) = tokio::join!(
            turns(&limiter, "cvm", "DescribeInstances", 10),
            turns(&limiter, "cvm", "DescribeZones", 10),
            turns(&limiter, "cwp", "DescribeInstances", 10),
        );
        // Each: 9 intervals of 100 ms; shared, 29 intervals.
        for t in [a, b, c] {
            assert_eq!(*t.last().unwrap(), Duration::from_millis(900), "{t:?}");
        }
        assert_eq!(start.elapsed(), Duration::from_millis(900));
    }

    #[tokio::test(start_paused = true)]
    async fn an_override_limits_only_its_action() {
        let mut l = limits(None);
        l.actions
            .entry("cvm".into())
            .or_default()
            .insert("RunInstances".into(), RateLimit::per_second(2));
        let limiter = Arc::new(RateLimiter::new(l).unwrap());
        let t = turns(&limiter, "cvm", "RunInstances", 3).await;
        assert_eq!(*t.last().unwrap(), Duration::from_secs(1));
        for (service, action) in [("cvm", "DescribeInstances"), ("cwp", "RunInstances")] {
            let t = turns(&limiter, service, action, 50).await;
            assert_eq!(*t.last().unwrap(), Duration::ZERO, "{service} {action}");
        }
    }

    /// A config whose connector answers every call (the first `limited`
    /// with `RequestLimitExceeded`) and counts them.
    fn config(builder: crate::ConfigBuilder, limited: usize) -> (Config, Arc<AtomicUsize>) {
        let calls = Arc::new(AtomicUsize::new(0));
        let n = calls.clone();
        let answer = connector::from_fn(move |_request| {
            let i = n.fetch_add(1, Ordering::SeqCst);
            let body = if i < limited {
                r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"r"}}"#
            } else {
                r#"{"Response":{"TotalCount":0,"RequestId":"r"}}"#
            };
            Ok::<_, ConnectorError>(http::Response::new(Bytes::from_static(body.as_bytes())))
        });
        let config = builder
            .credentials(Credential::new("AKIDEXAMPLE", "secret"))
            .region("ap-guangzhou")
            .connector(answer)
            .build()
            .unwrap();
        (config, calls)
    }

    #[tokio::test(start_paused = true)]
    async fn off_by_default() {
        let (config, calls) = config(Config::builder(), 0);
        assert!(config.0.rate_limiter.is_none());
        assert_eq!(config.rate_limit("cvm", "DescribeZones"), None);
        let cvm = ServiceClient::generic(&config, "cvm", "2017-03-12");
        let start = Instant::now();
        for _ in 0..100 {
            cvm.call_json("DescribeZones", serde_json::json!({}))
                .await
                .unwrap();
        }
        assert_eq!(start.elapsed(), Duration::ZERO);
        assert_eq!(calls.load(Ordering::SeqCst), 100);
    }

    #[tokio::test(start_paused = true)]
    async fn calls_through_clients_of_one_config_share_the_limit() {
        let (config, calls) = config(
            Config::builder().rate_limit_per_action(RateLimit::per_second(5)),
            0,
        );
        // Two clients of one config: one bucket for cvm DescribeZones.
        let a = ServiceClient::generic(&config, "cvm", "2017-03-12");
        let b = ServiceClient::generic(&config.clone(), "cvm", "2017-03-12");
        let start = Instant::now();
        let call = |c: ServiceClient| async move {
            for _ in 0..5 {
                c.call_json("DescribeZones", serde_json::json!({}))
                    .await
                    .unwrap();
            }
        };
        tokio::join!(call(a), call(b));
        // 10 calls at 5/s, burst 1: the last starts 9 × 200 ms later.
        assert_eq!(start.elapsed(), Duration::from_millis(1800));
        assert_eq!(calls.load(Ordering::SeqCst), 10);
        // Another action of the same clients is not slowed by that one.
        let c = ServiceClient::generic(&config, "cvm", "2017-03-12");
        let start = Instant::now();
        c.call_json("DescribeRegions", serde_json::json!({}))
            .await
            .unwrap();
        assert_eq!(start.elapsed(), Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn retries_wait_for_their_turn_too() {
        let (config, calls) = config(
            Config::builder()
                .rate_limit_per_action(RateLimit::per_second(1))
                .retry(
                    RetryConfig::default()
                        .with_initial_backoff(Duration::ZERO)
                        .with_max_attempts(3),
                ),
            2,
        );
        let cvm = ServiceClient::generic(&config, "cvm", "2017-03-12");
        let start = Instant::now();
        cvm.call_json("DescribeZones", serde_json::json!({}))
            .await
            .unwrap();
        // Three attempts, no backoff: the limit spaces them 1 s apart.
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        assert_eq!(start.elapsed(), Duration::from_secs(2));
    }

    #[tokio::test(start_paused = true)]
    async fn the_wait_counts_toward_the_operation_timeout() {
        let (config, calls) = config(
            Config::builder()
                .rate_limit_per_action(RateLimit::per_second(1))
                .operation_timeout(Duration::from_millis(500)),
            0,
        );
        let cvm = ServiceClient::generic(&config, "cvm", "2017-03-12");
        cvm.call_json("DescribeZones", serde_json::json!({}))
            .await
            .unwrap();
        let e = cvm
            .call_json("DescribeZones", serde_json::json!({}))
            .await
            .unwrap_err();
        assert!(e.is_timeout(), "{e}");
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn a_zero_limit_is_a_config_error() {
        for builder in [
            Config::builder().rate_limit_per_action(RateLimit::per_second(0)),
            Config::builder().rate_limit_per_action(RateLimit::per_second(5).with_burst(0)),
            Config::builder().rate_limit_for("cvm", "RunInstances", RateLimit::per_second(0)),
        ] {
            let e = builder.build().unwrap_err();
            assert!(matches!(e, crate::Error::Config(_)), "{e}");
            assert!(e.to_string().contains("rate limit"), "{e}");
        }
    }

    #[test]
    fn derived_configs_keep_the_limits() {
        let base = Config::builder()
            .rate_limit_per_action(RateLimit::per_second(20))
            .rate_limit_for(
                "cvm",
                "RunInstances",
                RateLimit::per_second(10).with_burst(2),
            )
            .build()
            .unwrap();
        let derived = base.to_builder().region("ap-beijing").build().unwrap();
        assert_eq!(
            derived.rate_limit("cvm", "RunInstances"),
            Some(RateLimit::per_second(10).with_burst(2))
        );
        assert_eq!(
            derived.rate_limit("cvm", "DescribeZones"),
            Some(RateLimit::per_second(20))
        );
        assert!(format!("{base:?}").contains("rate_limits"));
    }
}
