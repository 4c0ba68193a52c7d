//! Soak test: many concurrent callers against the emulator over loopback,
//! for a while, with everything that goes wrong in production going wrong
//! at once, and figures that must come out right.
//!
//! ```text
//! cargo run --release -p tencentcloud-emulator --example soak            # 60 s, 64 callers
//! cargo run -p tencentcloud-emulator --example soak -- --seconds 10      # CI's version
//! ```
//!
//! What goes wrong during the run:
//!
//! * credentials expire every few seconds (`--credential-life`, 3 s): the
//!   client's provider mints a new SecretId, SecretKey and token from a
//!   slow source (20 ms, as an STS call), registers it with the emulator,
//!   which refuses each credential once it has expired; the provider is
//!   wrapped in the runtime's `CachedCredentials`, so concurrent callers
//!   share one refresh;
//! * the emulator answers a random 1 % of the attempts with
//!   `RequestLimitExceeded` (`--rate-limit-percent`);
//! * it closes the keep-alive connection after a random 1 % of its answers
//!   (`--close-percent`), without `Connection: close`, so the client's
//!   pooled connection dies under it.
//!
//! What must hold at the end (the exit code is 1 otherwise):
//!
//! * no call failed;
//! * exactly one refresh per credential that came due while the callers
//!   ran (no stampede: never two refreshes at once, none before its due
//!   time, none missed);
//! * no call made more attempts than the retry policy allows, and every
//!   retry followed a failed attempt: retries + failed calls = failed
//!   attempts, each injected `RequestLimitExceeded` reached the client;
//! * each injected close cost a connection (the client reconnected);
//! * the resident memory at the end is within 10 % of the one after the
//!   warm-up (`--warmup`, 5 s).
//!
//! The retry policy is the runtime's default except for 5 attempts instead
//! of 3: with 1 % of the attempts rate-limited at random, a call fails with
//! 3 attempts once in a million calls (all three rate-limited), which a 60 s
//! run reaches; with 5, once in 10^10. A failure then means a bug, not bad
//! luck. `--max-attempts 3` runs the default.

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tencentcloud_emulator::{Emulator, Fault, FaultRule};
use tencentcloud_runtime::credentials::{
    BoxFuture, CachedCredentials, CredentialsCache, CredentialsError, ProvideCredentials,
};
use tencentcloud_runtime::interceptor::{AfterResponse, AfterSigning, AttemptInfo, Interceptor};
use tencentcloud_runtime::time::SharedTimeSource;
use tencentcloud_runtime::{Credential, RetryConfig};
use tencentcloud_sdk_cwp::v20180228 as cwp;

const USAGE: &str = "\
Usage: soak [OPTIONS]

Concurrent callers against the emulator over loopback while credentials
expire, calls are rate-limited and keep-alive connections are dropped; prints
the figures and exits 1 if a check fails.

Options:
  --seconds N              length of the run after the warm-up (default 60)
  --warmup N               warm-up seconds before the memory baseline (default 5)
  --callers N              concurrent callers (default 64)
  --seed N                 seed of the emulator's random faults (default 20)
  --credential-life SECS   life of each minted credential (default 3; it is
                           refreshed a third of its life before it expires)
  --mint-delay-ms N        time a refresh takes (default 20, an STS call)
  --rate-limit-percent P   attempts answered RequestLimitExceeded (default 1)
  --close-percent P        answers after which the connection closes (default 1)
  --max-attempts N         attempts per call, the first included (default 5)
  --rss-tolerance PERCENT  allowed growth of the resident memory (default 10)
  -h, --help               this text
";

/// What a run does.
#[derive(Debug, Clone)]
struct Options {
    seconds: f64,
    warmup: f64,
    callers: usize,
    seed: u64,
    credential_life: Duration,
    mint_delay: Duration,
    rate_limit: f64,
    close: f64,
    max_attempts: u32,
    /// `None`: no memory check (tests, where the test harness allocates).
    rss_tolerance: Option<f64>,
    /// Off: the provider is asked at every attempt (how a stampede looks).
    cache: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            seconds: 60.0,
            warmup: 5.0,
            callers: 64,
            seed: 20,
            credential_life: Duration::from_secs(3),
            mint_delay: Duration::from_millis(20),
            rate_limit: 0.01,
            close: 0.01,
            max_attempts: 5,
            rss_tolerance: Some(0.10),
            cache: true,
        }
    }
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut o = Options::default();
    fn num<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, String> {
        v.parse()
            .map_err(|_| format!("{flag} {v:?} is not a valid number"))
    }
    fn seconds(flag: &str, v: &str) -> Result<f64, String> {
        let s: f64 = num(flag, v)?;
        if !(0.0..=1e6).contains(&s) {
            return Err(format!("{flag} {v:?} must be from 0 to 1000000 seconds"));
        }
        Ok(s)
    }
    fn percent(flag: &str, v: &str) -> Result<f64, String> {
        let p: f64 = num(flag, v)?;
        if !(0.0..=100.0).contains(&p) {
            return Err(format!("{flag} {v:?} must be from 0 to 100"));
        }
        Ok(p / 100.0)
    }
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "--seconds" => o.seconds = seconds(&flag, &value()?)?,
            "--warmup" => o.warmup = seconds(&flag, &value()?)?,
            "--callers" => {
                o.callers = num(&flag, &value()?)?;
                if o.callers == 0 || o.callers > 10_000 {
                    return Err("--callers must be from 1 to 10000".into());
                }
            }
            "--seed" => o.seed = num(&flag, &value()?)?,
            "--credential-life" => {
                let s = seconds(&flag, &value()?)?;
                if s < 0.3 {
                    return Err("--credential-life must be at least 0.3 seconds".into());
                }
                o.credential_life = Duration::from_secs_f64(s);
            }
            "--mint-delay-ms" => o.mint_delay = Duration::from_millis(num(&flag, &value()?)?),
            "--rate-limit-percent" => o.rate_limit = percent(&flag, &value()?)?,
            "--close-percent" => o.close = percent(&flag, &value()?)?,
            "--max-attempts" => {
                o.max_attempts = num(&flag, &value()?)?;
                if o.max_attempts == 0 {
                    return Err("--max-attempts must be at least 1".into());
                }
            }
            "--rss-tolerance" => o.rss_tolerance = Some(percent(&flag, &value()?)?),
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    if o.mint_delay * 4 > o.credential_life {
        return Err("--mint-delay-ms must be under a quarter of --credential-life".into());
    }
    Ok(Some(o))
}

/// Mints a new credential at each refresh, registers it with the emulator,
/// and keeps what it minted when (for the refresh checks).
struct Minter {
    emu: Arc<Emulator>,
    life: Duration,
    /// The cache's refresh margin: a credential is due this long before it
    /// expires.
    margin: Duration,
    delay: Duration,
    minted: Mutex<Vec<Minted>>,
    in_flight: AtomicU64,
    max_in_flight: AtomicU64,
}

#[derive(Debug, Clone, Copy)]
struct Minted {
    /// From the start of the refresh to the credential's minting.
    took: Duration,
    at: SystemTime,
    due: SystemTime,
    expires: SystemTime,
}

impl std::fmt::Debug for Minter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Minter").field("life", &self.life).finish()
    }
}

/// Counts a refresh in flight until dropped (a refresh cancelled midway
/// counts out too).
struct InFlight<'a>(&'a AtomicU64);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl ProvideCredentials for Minter {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        Box::pin(async move {
            let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            let _in_flight = InFlight(&self.in_flight);
            self.max_in_flight.fetch_max(now, Ordering::SeqCst);
            let started = Instant::now();
            // The round trip to the credentials' source.
            tokio::time::sleep(self.delay).await;
            let mut minted = self.minted.lock().unwrap_or_else(|p| p.into_inner());
            let n = minted.len() + 1;
            let at = SystemTime::now();
            let expires = at + self.life;
            let credential = Credential::with_token(
                format!("AKIDsoak{n:06}"),
                format!("soak-secret-key-{n}-{}", nanos(at)),
                format!("soak-token-{n}"),
            )
            .expiring_at(expires);
            self.emu.add_credential(&credential);
            minted.push(Minted {
                took: started.elapsed(),
                at,
                due: expires - self.margin,
                expires,
            });
            Ok(credential)
        })
    }
}

/// The provider the client asks at each attempt: counts the asks and
/// remembers when the last one began.
struct Observed {
    inner: Arc<dyn ProvideCredentials>,
    asks: AtomicU64,
    last_ask: AtomicU64,
    /// The longest time without an ask (nanoseconds): a stall of every
    /// caller, whatever its cause, shows here.
    longest_pause: AtomicU64,
}

impl std::fmt::Debug for Observed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Observed")
    }
}

impl ProvideCredentials for Observed {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        self.asks.fetch_add(1, Ordering::Relaxed);
        // Before the cache reads the clock: a credential due by now is
        // refreshed by this ask or one in flight.
        let now = nanos(SystemTime::now());
        let before = self.last_ask.fetch_max(now, Ordering::Relaxed);
        if before != 0 {
            self.longest_pause
                .fetch_max(now.saturating_sub(before), Ordering::Relaxed);
        }
        self.inner.provide_credentials()
    }
}

fn nanos(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Counts attempts and how they ended, from the client's side.
#[derive(Default)]
struct AttemptCounts {
    attempts: AtomicU64,
    max_attempt: AtomicU64,
    rate_limited: AtomicU64,
    other_errors: AtomicU64,
    transport_failures: AtomicU64,
}

struct Counting(Arc<AttemptCounts>);

impl Interceptor for Counting {
    fn after_signing(&self, request: &AfterSigning<'_>) {
        self.0.attempts.fetch_add(1, Ordering::Relaxed);
        self.0
            .max_attempt
            .fetch_max(u64::from(request.info().attempt()), Ordering::Relaxed);
    }

    fn after_response(&self, response: &AfterResponse<'_>) {
        match error_code(response.status(), response.body()) {
            None => {}
            Some(code) if code == "RequestLimitExceeded" => {
                self.0.rate_limited.fetch_add(1, Ordering::Relaxed);
            }
            Some(_) => {
                self.0.other_errors.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    fn attempt_failed(&self, _: &AttemptInfo<'_>, _: &tencentcloud_runtime::Error) {
        self.0.transport_failures.fetch_add(1, Ordering::Relaxed);
    }
}

/// The error code of a response, if it is not a success (`HTTP <status>`
/// for a status without an envelope).
fn error_code(status: u16, body: &[u8]) -> Option<String> {
    let envelope = body
        .windows(8)
        .any(|w| w == b"\"Error\":")
        .then(|| serde_json::from_slice::<serde_json::Value>(body).ok())
        .flatten();
    if let Some(code) = envelope
        .as_ref()
        .and_then(|v| v["Response"]["Error"]["Code"].as_str())
    {
        return Some(code.to_string());
    }
    (status != 200).then(|| format!("HTTP {status}"))
}

/// Everything a run measured.
#[derive(Debug, Clone, Default, PartialEq)]
struct Figures {
    seconds: f64,
    callers: usize,
    calls: u64,
    failures: u64,
    first_errors: Vec<String>,
    slowest_call: Duration,
    attempts: u64,
    max_attempt: u64,
    max_attempts: u32,
    rate_limited_seen: u64,
    other_errors_seen: u64,
    transport_failures: u64,
    rate_limits_injected: u64,
    closes_injected: u64,
    connections: u64,
    credential_asks: u64,
    minted: u64,
    refreshes: u64,
    came_due: u64,
    expired: u64,
    early_refreshes: u64,
    max_concurrent_refreshes: u64,
    max_refresh_lag: Duration,
    slowest_refresh: Duration,
    longest_pause: Duration,
    credential_life: Duration,
    retry_budget_left: Option<u32>,
    rss_after_warmup: Option<u64>,
    rss_end: Option<u64>,
}

impl Figures {
    fn retries(&self) -> u64 {
        self.attempts.saturating_sub(self.calls)
    }

    fn failed_attempts(&self) -> u64 {
        self.rate_limited_seen + self.other_errors_seen + self.transport_failures
    }
}

/// One check's verdict.
#[derive(Debug, Clone, PartialEq)]
struct Check {
    ok: bool,
    text: String,
}

fn check(ok: bool, text: String) -> Check {
    Check { ok, text }
}

/// The checks of a run (pure: tested below on made-up figures).
fn checks(f: &Figures, rss_tolerance: Option<f64>) -> Vec<Check> {
    let mut out = vec![
        check(f.calls > 0, format!("calls were made ({})", f.calls)),
        check(
            f.failures == 0,
            format!("no call failed ({} failed)", f.failures),
        ),
    ];
    let rotations_expected = f.seconds > f.credential_life.as_secs_f64() * 1.5;
    out.push(check(
        !rotations_expected || f.came_due > 0,
        format!(
            "credentials rotated during the run ({} came due)",
            f.came_due
        ),
    ));
    out.push(check(
        f.refreshes == f.came_due && f.early_refreshes == 0 && f.max_concurrent_refreshes <= 1,
        format!(
            "one refresh per credential come due: {} refreshes for {} due, {} before their due \
             time, at most {} at once",
            f.refreshes, f.came_due, f.early_refreshes, f.max_concurrent_refreshes
        ),
    ));
    out.push(check(
        f.max_attempt <= u64::from(f.max_attempts.max(1)),
        format!(
            "attempts per call within the retry policy's {} (most: {})",
            f.max_attempts, f.max_attempt
        ),
    ));
    out.push(check(
        f.retries() + f.failures == f.failed_attempts(),
        format!(
            "a retry for each failed attempt of a call that went on: {} retries + {} failed calls \
             = {} failed attempts",
            f.retries(),
            f.failures,
            f.failed_attempts()
        ),
    ));
    out.push(check(
        f.rate_limited_seen == f.rate_limits_injected,
        format!(
            "every injected RequestLimitExceeded reached the client ({} injected, {} seen)",
            f.rate_limits_injected, f.rate_limited_seen
        ),
    ));
    out.push(check(
        f.connections >= f.closes_injected,
        format!(
            "each injected close cost the client a connection ({} closes, {} connections)",
            f.closes_injected, f.connections
        ),
    ));
    match (rss_tolerance, f.rss_after_warmup, f.rss_end) {
        (Some(t), Some(start), Some(end)) => {
            let limit = start as f64 * (1.0 + t);
            out.push(check(
                end as f64 <= limit,
                format!(
                    "resident memory at the end {} within {:.0} % of {} after the warm-up",
                    mib(end),
                    t * 100.0,
                    mib(start)
                ),
            ));
        }
        (Some(_), _, _) => out.push(check(
            true,
            "resident memory not checked: /proc/self/status has no VmRSS here".into(),
        )),
        (None, _, _) => {}
    }
    out
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1 << 20) as f64)
}

/// VmRSS of this process, in bytes (Linux).
fn rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line
        .trim_start_matches("VmRSS:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

/// A whole run: the emulator, the callers, the figures.
async fn run(o: &Options) -> Result<Figures, String> {
    let emu = Emulator::builder()
        .specs(tencentcloud_sdk_cwp::SPECS)
        // The records of the last 1000 requests: a bounded, small log.
        .max_records(1000)
        .fault(
            FaultRule::new(Fault::RateLimit)
                .probability(o.rate_limit)
                .seed(o.seed),
        )
        .fault(
            FaultRule::new(Fault::CloseAfterAnswer)
                .probability(o.close)
                .seed(o.seed.wrapping_add(1)),
        )
        .start()
        .await
        .map_err(|e| format!("the emulator did not start: {e}"))?;
    let emu = Arc::new(emu);
    let margin = o.credential_life / 3;
    let minter = Arc::new(Minter {
        emu: emu.clone(),
        life: o.credential_life,
        margin,
        delay: o.mint_delay,
        minted: Mutex::new(Vec::new()),
        in_flight: AtomicU64::new(0),
        max_in_flight: AtomicU64::new(0),
    });
    // With a margin of a third of the life (under half of it), the cache
    // refreshes each credential exactly `margin` before it expires (see
    // `CredentialsCache`): the `due` the minter records.
    let inner: Arc<dyn ProvideCredentials> = if o.cache {
        Arc::new(CachedCredentials::with_cache(
            minter.clone(),
            CredentialsCache::new(margin, SharedTimeSource::default()),
        ))
    } else {
        minter.clone()
    };
    let cached = Arc::new(Observed {
        inner,
        asks: AtomicU64::new(0),
        last_ask: AtomicU64::new(0),
        longest_pause: AtomicU64::new(0),
    });
    let counts = Arc::new(AttemptCounts::default());
    let config = emu
        .config_builder()
        .credentials(cached.clone())
        .retry(RetryConfig::default().with_max_attempts(o.max_attempts))
        .interceptor(Counting(counts.clone()))
        .build()
        .map_err(|e| format!("the client's configuration: {e}"))?;
    let client = cwp::Client::new(&config);

    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut callers = tokio::task::JoinSet::new();
    for _ in 0..o.callers {
        let client = client.clone();
        let stop = stop.clone();
        callers.spawn(async move {
            let (mut calls, mut failures) = (0u64, 0u64);
            let mut errors = Vec::new();
            let mut slowest = Duration::ZERO;
            let request = cwp::DescribeRiskProcessEventsRequest::new().set_limit(10);
            while !stop.load(Ordering::Relaxed) {
                let t = Instant::now();
                let result = client.describe_risk_process_events(request.clone()).await;
                slowest = slowest.max(t.elapsed());
                calls += 1;
                if let Err(e) = result {
                    failures += 1;
                    if errors.len() < 5 {
                        errors.push(e.to_string());
                    }
                }
            }
            (calls, failures, errors, slowest)
        });
    }
    tokio::time::sleep(Duration::from_secs_f64(o.warmup)).await;
    let rss_after_warmup = rss();
    tokio::time::sleep(Duration::from_secs_f64(o.seconds)).await;
    let rss_end = rss();
    stop.store(true, Ordering::Relaxed);
    let mut f = Figures {
        callers: o.callers,
        max_attempts: o.max_attempts,
        credential_life: o.credential_life,
        rss_after_warmup,
        rss_end,
        ..Figures::default()
    };
    while let Some(done) = callers.join_next().await {
        let (calls, failures, errors, slowest) =
            done.map_err(|e| format!("a caller panicked: {e}"))?;
        f.calls += calls;
        f.failures += failures;
        f.slowest_call = f.slowest_call.max(slowest);
        for e in errors {
            if f.first_errors.len() < 5 {
                f.first_errors.push(e);
            }
        }
    }
    f.seconds = started.elapsed().as_secs_f64();
    f.attempts = counts.attempts.load(Ordering::Relaxed);
    f.max_attempt = counts.max_attempt.load(Ordering::Relaxed);
    f.rate_limited_seen = counts.rate_limited.load(Ordering::Relaxed);
    f.other_errors_seen = counts.other_errors.load(Ordering::Relaxed);
    f.transport_failures = counts.transport_failures.load(Ordering::Relaxed);
    let rules = emu.faults();
    f.rate_limits_injected = rules[0].fired();
    f.closes_injected = rules[1].fired();
    f.connections = emu.connections();
    f.retry_budget_left = config.retry_budget_left();
    f.credential_asks = cached.asks.load(Ordering::Relaxed);
    f.longest_pause = Duration::from_nanos(cached.longest_pause.load(Ordering::Relaxed));
    let last_ask = cached.last_ask.load(Ordering::Relaxed);
    let minted = minter
        .minted
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let now = SystemTime::now();
    f.minted = minted.len() as u64;
    f.refreshes = f.minted.saturating_sub(1);
    f.came_due = minted.iter().filter(|m| nanos(m.due) <= last_ask).count() as u64;
    f.expired = minted.iter().filter(|m| m.expires <= now).count() as u64;
    for pair in minted.windows(2) {
        let (before, after) = (pair[0], pair[1]);
        match after.at.duration_since(before.due) {
            Ok(lag) => f.max_refresh_lag = f.max_refresh_lag.max(lag),
            Err(_) => f.early_refreshes += 1,
        }
    }
    f.max_concurrent_refreshes = minter.max_in_flight.load(Ordering::SeqCst);
    f.slowest_refresh = minted.iter().map(|m| m.took).max().unwrap_or_default();
    drop(client);
    drop(config);
    if let Ok(emu) = Arc::try_unwrap(emu) {
        emu.shutdown().await;
    }
    Ok(f)
}

fn report(o: &Options, f: &Figures) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let per_s = |n: u64| n as f64 / f.seconds.max(1e-9);
    let rows: Vec<(&str, String)> = vec![
        (
            "run",
            format!(
                "{:.1} s ({:.0} s warm-up + {:.0} s), {} callers, seed {}",
                f.seconds, o.warmup, o.seconds, f.callers, o.seed
            ),
        ),
        ("calls", format!("{} ({:.0}/s)", f.calls, per_s(f.calls))),
        ("failed calls", f.failures.to_string()),
        (
            "slowest call",
            format!("{:.0} ms", f.slowest_call.as_secs_f64() * 1e3),
        ),
        (
            "attempts",
            format!(
                "{} (retries {}, most for one call {} of {} allowed)",
                f.attempts,
                f.retries(),
                f.max_attempt,
                f.max_attempts
            ),
        ),
        (
            "failed attempts",
            format!(
                "{} (RequestLimitExceeded {}, other errors {}, transport {})",
                f.failed_attempts(),
                f.rate_limited_seen,
                f.other_errors_seen,
                f.transport_failures
            ),
        ),
        (
            "RequestLimitExceeded injected",
            format!(
                "{} ({:.2} % of attempts)",
                f.rate_limits_injected,
                100.0 * f.rate_limits_injected as f64 / f.attempts.max(1) as f64
            ),
        ),
        (
            "keep-alive connections closed",
            format!(
                "{} injected, {} connections accepted",
                f.closes_injected, f.connections
            ),
        ),
        (
            "credentials",
            format!(
                "{} minted (life {:.1} s, due {:.1} s before expiry), {} came due, {} refreshes, \
                 {} expired, most refreshes at once {}, latest refresh {:.0} ms after due, \
                 slowest {:.0} ms",
                f.minted,
                f.credential_life.as_secs_f64(),
                f.credential_life.as_secs_f64() / 3.0,
                f.came_due,
                f.refreshes,
                f.expired,
                f.max_concurrent_refreshes,
                f.max_refresh_lag.as_secs_f64() * 1e3,
                f.slowest_refresh.as_secs_f64() * 1e3
            ),
        ),
        (
            "longest pause between attempts",
            format!("{:.0} ms", f.longest_pause.as_secs_f64() * 1e3),
        ),
        (
            "credential look-ups",
            format!("{} (one per attempt)", f.credential_asks),
        ),
        (
            "retry budget left",
            f.retry_budget_left
                .map_or("no budget".to_string(), |n| format!("{n} tokens")),
        ),
        (
            "resident memory",
            match (f.rss_after_warmup, f.rss_end) {
                (Some(a), Some(b)) => format!(
                    "{} after warm-up, {} at the end ({:+.1} %)",
                    mib(a),
                    mib(b),
                    100.0 * (b as f64 - a as f64) / a as f64
                ),
                _ => "unknown (no /proc/self/status)".to_string(),
            },
        ),
    ];
    for (name, value) in rows {
        let _ = writeln!(s, "  {name:<31} {value}");
    }
    for e in &f.first_errors {
        let _ = writeln!(s, "  error: {e}");
    }
    s
}

#[tokio::main]
async fn main() -> ExitCode {
    let o = match parse_args(std::env::args().skip(1)) {
        Ok(Some(o)) => o,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("soak: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    println!(
        "soak: {} callers for {} s after a {} s warm-up, over loopback; credentials live {:.1} s, \
         {} % RequestLimitExceeded, {} % of answers close the connection",
        o.callers,
        o.seconds,
        o.warmup,
        o.credential_life.as_secs_f64(),
        o.rate_limit * 100.0,
        o.close * 100.0
    );
    let f = match run(&o).await {
        Ok(f) => f,
        Err(e) => {
            eprintln!("soak: {e}");
            return ExitCode::FAILURE;
        }
    };
    print!("{}", report(&o, &f));
    let results = checks(&f, o.rss_tolerance);
    let failed = results.iter().filter(|c| !c.ok).count();
    for c in &results {
        println!("  {} {}", if c.ok { "ok  " } else { "FAIL" }, c.text);
    }
    if failed == 0 {
        println!("soak: all {} checks passed", results.len());
        ExitCode::SUCCESS
    } else {
        println!("soak: {failed} of {} checks FAILED", results.len());
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Figures of a clean run.
    fn clean() -> Figures {
        Figures {
            seconds: 15.0,
            callers: 64,
            calls: 10_000,
            attempts: 10_120,
            max_attempt: 3,
            max_attempts: 5,
            rate_limited_seen: 100,
            rate_limits_injected: 100,
            transport_failures: 20,
            closes_injected: 90,
            connections: 150,
            minted: 8,
            refreshes: 7,
            came_due: 7,
            credential_life: Duration::from_secs(3),
            max_concurrent_refreshes: 1,
            rss_after_warmup: Some(100 << 20),
            rss_end: Some(105 << 20),
            ..Figures::default()
        }
    }

    fn failing(f: &Figures) -> Vec<String> {
        checks(f, Some(0.10))
            .into_iter()
            .filter(|c| !c.ok)
            .map(|c| c.text)
            .collect()
    }

    #[test]
    fn each_check_can_fail() {
        assert_eq!(failing(&clean()), Vec::<String>::new());
        type Change = fn(&mut Figures);
        let cases: Vec<(&str, Change)> = vec![
            ("calls were made", |f| {
                (f.calls, f.attempts) = (0, 0);
                (f.rate_limited_seen, f.rate_limits_injected) = (0, 0);
                f.transport_failures = 0;
            }),
            ("no call failed", |f| {
                f.failures = 1;
                f.transport_failures += 1;
            }),
            ("rotated", |f| (f.came_due, f.refreshes) = (0, 0)),
            ("one refresh", |f| f.refreshes = 8),
            ("one refresh", |f| f.refreshes = 6),
            ("one refresh", |f| f.early_refreshes = 1),
            ("one refresh", |f| f.max_concurrent_refreshes = 2),
            ("attempts per call", |f| f.max_attempt = 6),
            ("a retry for each", |f| f.attempts += 1),
            ("a retry for each", |f| f.transport_failures += 1),
            ("every injected", |f| f.rate_limits_injected += 1),
            ("each injected close", |f| f.connections = 10),
            ("resident memory", |f| f.rss_end = Some(111 << 20)),
        ];
        for (what, change) in cases {
            let mut f = clean();
            change(&mut f);
            let failed = failing(&f);
            assert!(
                failed.len() == 1 && failed[0].contains(what),
                "{what}: {failed:?}"
            );
        }
        // Without a memory reading, the memory check says so and passes.
        let f = Figures {
            rss_end: None,
            ..clean()
        };
        assert!(checks(&f, Some(0.1))
            .iter()
            .any(|c| c.ok && c.text.contains("not checked")));
        assert!(checks(&f, None)
            .iter()
            .all(|c| !c.text.contains("resident memory")));
    }

    #[test]
    fn arguments() {
        let parse = |a: &[&str]| parse_args(a.iter().map(|s| s.to_string()));
        let o = parse(&[
            "--seconds",
            "10",
            "--callers",
            "8",
            "--rate-limit-percent",
            "2.5",
            "--credential-life",
            "1.5",
        ])
        .unwrap()
        .unwrap();
        assert_eq!((o.seconds, o.callers), (10.0, 8));
        assert!((o.rate_limit - 0.025).abs() < 1e-12);
        assert_eq!(o.credential_life, Duration::from_millis(1500));
        assert!(parse(&["-h"]).unwrap().is_none());
        for bad in [
            &["--seconds"][..],
            &["--seconds", "-1"],
            &["--seconds", "inf"],
            &["--callers", "0"],
            &["--rate-limit-percent", "101"],
            &["--max-attempts", "0"],
            &["--credential-life", "0.1"],
            &["--mint-delay-ms", "1000"],
            &["--bogus"],
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    fn short() -> Options {
        Options {
            seconds: 3.0,
            warmup: 0.5,
            callers: 16,
            credential_life: Duration::from_millis(1500),
            mint_delay: Duration::from_millis(20),
            rss_tolerance: None,
            ..Options::default()
        }
    }

    /// One run at a time: they measure time and would compete for the CPU.
    static RUNS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

    /// A short run with every fault passes its checks; the credentials
    /// rotate several times.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_short_run_passes() {
        let _one = RUNS.lock().await;
        let o = Options {
            rate_limit: 0.03,
            close: 0.03,
            ..short()
        };
        let f = run(&o).await.unwrap();
        let failed: Vec<_> = checks(&f, None).into_iter().filter(|c| !c.ok).collect();
        assert!(failed.is_empty(), "{failed:?}\n{}", report(&o, &f));
        assert!(f.came_due >= 2, "{f:?}");
        assert!(f.rate_limits_injected > 0 && f.closes_injected > 0, "{f:?}");
        assert_eq!(f.credential_asks, f.attempts);
    }

    /// Without retries, the injected rate limits fail calls, and the run
    /// says so.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn without_retries_calls_fail_and_the_run_fails() {
        let _one = RUNS.lock().await;
        let o = Options {
            rate_limit: 0.2,
            close: 0.0,
            max_attempts: 1,
            ..short()
        };
        let f = run(&o).await.unwrap();
        assert!(f.failures > 0, "{f:?}");
        assert_eq!(f.failures, f.rate_limits_injected);
        assert!(f.first_errors[0].contains("RequestLimitExceeded"), "{f:?}");
        let failed: Vec<_> = checks(&f, None).into_iter().filter(|c| !c.ok).collect();
        assert_eq!(failed.len(), 1, "{failed:?}");
        assert!(failed[0].text.contains("no call failed"));
    }

    /// Without the cache every look-up mints (a stampede): the refresh
    /// check catches it.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_stampede_fails_the_refresh_check() {
        let _one = RUNS.lock().await;
        let o = Options {
            seconds: 1.0,
            cache: false,
            ..short()
        };
        let f = run(&o).await.unwrap();
        assert!(f.max_concurrent_refreshes > 1, "{f:?}");
        let failed: Vec<_> = checks(&f, None).into_iter().filter(|c| !c.ok).collect();
        assert!(
            failed.iter().any(|c| c.text.contains("one refresh per")),
            "{failed:?}"
        );
    }
}
