//! Caching and refreshing temporary credentials.

use super::{BoxFuture, Credential, CredentialsError, ProvideCredentials};
use crate::time::SharedTimeSource;
use std::fmt;
use std::future::Future;
use std::sync::RwLock;
use std::time::{Duration, SystemTime};

/// Refresh temporary credentials this long before they expire (the official
/// SDKs use 300 s too).
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(300);

/// A cache for credentials that expire, shared by concurrent callers.
///
/// - Credentials are reused until `margin` before they expire (or, for
///   credentials that live shorter than twice the margin, until half their
///   remaining life has passed, so a short-lived credential is not
///   refreshed on every call).
/// - One refresh at a time: while one caller fetches, callers holding
///   still-valid credentials keep using them, and callers without valid
///   credentials wait for that one fetch instead of starting their own.
/// - A failed refresh while the old credentials are still valid returns the
///   old ones (and logs a warning); once they have expired it is an error.
///
/// The providers of this crate that return temporary credentials use one
/// internally; wrap your own provider in [`CachedCredentials`].
pub struct CredentialsCache {
    state: RwLock<Option<Entry>>,
    refresh: tokio::sync::Mutex<()>,
    margin: Duration,
    time: SharedTimeSource,
}

#[derive(Clone)]
struct Entry {
    credential: Credential,
    refresh_at: Option<SystemTime>,
}

impl Default for CredentialsCache {
    fn default() -> Self {
        CredentialsCache::new(DEFAULT_REFRESH_MARGIN, SharedTimeSource::default())
    }
}

impl fmt::Debug for CredentialsCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entry = self.entry();
        f.debug_struct("CredentialsCache")
            .field("margin", &self.margin)
            .field("cached", &entry.as_ref().map(|e| &e.credential))
            .field("refresh_at", &entry.and_then(|e| e.refresh_at))
            .finish()
    }
}

impl CredentialsCache {
    /// A cache refreshing `margin` before expiry, reading the time from `time`.
    pub fn new(margin: Duration, time: SharedTimeSource) -> Self {
        CredentialsCache {
            state: RwLock::new(None),
            refresh: tokio::sync::Mutex::new(()),
            margin,
            time,
        }
    }

    /// The refresh margin.
    pub fn margin(&self) -> Duration {
        self.margin
    }

    /// The credentials currently cached, if any (they may be due for refresh).
    pub fn cached(&self) -> Option<Credential> {
        self.entry().map(|e| e.credential)
    }

    /// When the cached credentials expire.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.entry().and_then(|e| e.credential.expires_at())
    }

    /// Forget the cached credentials (the next call fetches).
    pub fn invalidate(&self) {
        *self.state.write().unwrap_or_else(|p| p.into_inner()) = None;
    }

    fn entry(&self) -> Option<Entry> {
        self.state.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn fresh(entry: &Entry, now: SystemTime) -> bool {
        entry.refresh_at.is_none_or(|at| now < at)
    }

    /// The cached credentials, or the result of `fetch` when they are
    /// missing or due for refresh.
    pub async fn get_or_refresh<F, Fut>(&self, fetch: F) -> Result<Credential, CredentialsError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Credential, CredentialsError>>,
    {
        let now = self.time.now();
        let current = self.entry();
        let _guard = match &current {
            Some(e) if Self::fresh(e, now) => return Ok(e.credential.clone()),
            // Due for refresh but still valid: one caller refreshes, the
            // others go on with what they have.
            Some(e) if !e.credential.is_expired_at(now) => match self.refresh.try_lock() {
                Ok(guard) => guard,
                Err(_) => return Ok(e.credential.clone()),
            },
            // Missing or expired: wait for the one refresh in flight.
            _ => self.refresh.lock().await,
        };
        // Someone may have refreshed while we waited for the lock.
        let now = self.time.now();
        let current = self.entry();
        if let Some(e) = &current {
            if Self::fresh(e, now) {
                return Ok(e.credential.clone());
            }
        }
        match fetch().await {
            Ok(credential) => {
                let now = self.time.now();
                let refresh_at = credential.expires_at().map(|exp| {
                    if exp <= now {
                        tracing::warn!(
                            "tencentcloud: the credentials just fetched have already expired \
                             (is the local clock right?)"
                        );
                    }
                    let by_margin = exp.checked_sub(self.margin).unwrap_or(now);
                    let half_life = now + exp.duration_since(now).unwrap_or_default() / 2;
                    by_margin.max(half_life)
                });
                *self.state.write().unwrap_or_else(|p| p.into_inner()) = Some(Entry {
                    credential: credential.clone(),
                    refresh_at,
                });
                Ok(credential)
            }
            Err(e) => match current {
                Some(old) if !old.credential.is_expired_at(now) => {
                    tracing::warn!(
                        error = %e,
                        "tencentcloud: refreshing credentials failed; using the current ones until they expire"
                    );
                    Ok(old.credential)
                }
                _ => Err(e),
            },
        }
    }
}

/// Any provider, with its credentials cached and refreshed before expiry
/// (see [`CredentialsCache`]).
///
/// ```
/// # async fn demo() -> Result<(), tencentcloud_runtime::credentials::CredentialsError> {
/// use tencentcloud_runtime::credentials::{CachedCredentials, ProvideCredentials};
/// use tencentcloud_runtime::Credential;
/// # #[derive(Debug)] struct MyVault;
/// # impl ProvideCredentials for MyVault {
/// #     fn provide_credentials(&self) -> tencentcloud_runtime::credentials::BoxFuture<'_, Result<Credential, tencentcloud_runtime::credentials::CredentialsError>> {
/// #         Box::pin(async { Ok(Credential::with_token("AKID", "k", "t").expiring_at(std::time::SystemTime::now() + std::time::Duration::from_secs(3600))) })
/// #     }
/// # }
/// let cached = CachedCredentials::new(MyVault);
/// let c = cached.provide_credentials().await?;
/// println!("valid until {:?}", c.expires_at());
/// # Ok(()) }
/// ```
pub struct CachedCredentials<P> {
    provider: P,
    cache: CredentialsCache,
}

impl<P: fmt::Debug> fmt::Debug for CachedCredentials<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CachedCredentials")
            .field("provider", &self.provider)
            .field("cache", &self.cache)
            .finish()
    }
}

impl<P: ProvideCredentials> CachedCredentials<P> {
    /// Cache `provider` with the default margin and the system clock.
    pub fn new(provider: P) -> Self {
        CachedCredentials {
            provider,
            cache: CredentialsCache::default(),
        }
    }

    /// Cache with a given margin and time source.
    pub fn with_cache(provider: P, cache: CredentialsCache) -> Self {
        CachedCredentials { provider, cache }
    }

    /// The cache (current credentials, expiry).
    pub fn cache(&self) -> &CredentialsCache {
        &self.cache
    }
}

impl<P: ProvideCredentials> ProvideCredentials for CachedCredentials<P> {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
        Box::pin(
            self.cache
                .get_or_refresh(|| self.provider.provide_credentials()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{from_unix_secs, ManualClock};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    /// Hands out credentials valid for `life` seconds from the clock's now,
    /// numbered, after `delay`; fails when `fail` is set.
    #[derive(Debug)]
    struct Counting {
        clock: ManualClock,
        life: u64,
        delay: Duration,
        calls: AtomicUsize,
        fail: std::sync::atomic::AtomicBool,
    }

    impl ProvideCredentials for Counting {
        fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
            Box::pin(async move {
                let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
                if !self.delay.is_zero() {
                    tokio::time::sleep(self.delay).await;
                }
                if self.fail.load(Ordering::SeqCst) {
                    return Err(CredentialsError::unavailable("sts down"));
                }
                Ok(
                    Credential::with_token(format!("id{n}"), "k", "t").expiring_at(
                        crate::time::TimeSource::now(&self.clock) + Duration::from_secs(self.life),
                    ),
                )
            })
        }
    }

    fn setup(
        life: u64,
        delay: Duration,
    ) -> (
        ManualClock,
        Arc<CachedCredentials<Arc<Counting>>>,
        Arc<Counting>,
    ) {
        let clock = ManualClock::new(from_unix_secs(1_700_000_000));
        let p = Arc::new(Counting {
            clock: clock.clone(),
            life,
            delay,
            calls: AtomicUsize::new(0),
            fail: Default::default(),
        });
        let cache =
            CredentialsCache::new(DEFAULT_REFRESH_MARGIN, SharedTimeSource::new(clock.clone()));
        (
            clock,
            Arc::new(CachedCredentials::with_cache(p.clone(), cache)),
            p,
        )
    }

    #[tokio::test]
    async fn refreshes_margin_before_expiry() {
        let (clock, cached, p) = setup(3600, Duration::ZERO);
        let c1 = cached.provide_credentials().await.unwrap();
        assert_eq!(c1.secret_id(), "id1");
        assert_eq!(c1.expires_at(), Some(from_unix_secs(1_700_003_600)));
        assert_eq!(
            cached.cache().expires_at(),
            Some(from_unix_secs(1_700_003_600))
        );
        clock.advance(Duration::from_secs(3299));
        assert_eq!(
            cached.provide_credentials().await.unwrap().secret_id(),
            "id1"
        );
        assert_eq!(p.calls.load(Ordering::SeqCst), 1);
        clock.advance(Duration::from_secs(1)); // 300 s before expiry
        assert_eq!(
            cached.provide_credentials().await.unwrap().secret_id(),
            "id2"
        );
        assert_eq!(p.calls.load(Ordering::SeqCst), 2);
        cached.cache().invalidate();
        assert_eq!(
            cached.provide_credentials().await.unwrap().secret_id(),
            "id3"
        );
    }

    #[tokio::test]
    async fn short_lived_credentials_are_not_refreshed_on_every_call() {
        let (clock, cached, p) = setup(200, Duration::ZERO);
        cached.provide_credentials().await.unwrap();
        cached.provide_credentials().await.unwrap();
        assert_eq!(p.calls.load(Ordering::SeqCst), 1);
        clock.advance(Duration::from_secs(100)); // half its life
        assert_eq!(
            cached.provide_credentials().await.unwrap().secret_id(),
            "id2"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn one_refresh_for_many_concurrent_callers() {
        let (_clock, cached, p) = setup(3600, Duration::from_millis(100));
        let tasks: Vec<_> = (0..64)
            .map(|_| {
                let c = cached.clone();
                tokio::spawn(async move { c.provide_credentials().await })
            })
            .collect();
        for t in tasks {
            assert_eq!(t.await.unwrap().unwrap().secret_id(), "id1");
        }
        assert_eq!(p.calls.load(Ordering::SeqCst), 1);
    }

    /// 64 callers at once, at each of many expiries (due but valid, and
    /// expired): one refresh each time, never a stampede.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn one_refresh_per_expiry_under_concurrent_callers() {
        let (clock, cached, p) = setup(600, Duration::from_millis(30));
        cached.provide_credentials().await.unwrap();
        for round in 1..=8usize {
            // Even rounds: past the due time, still valid; odd: expired.
            let by = if round % 2 == 0 { 400 } else { 700 };
            clock.advance(Duration::from_secs(by));
            let tasks: Vec<_> = (0..64)
                .map(|_| {
                    let c = cached.clone();
                    tokio::spawn(async move { c.provide_credentials().await })
                })
                .collect();
            for t in tasks {
                let id = t.await.unwrap().unwrap().secret_id().to_string();
                // Those that found valid credentials while the refresh ran
                // may have the previous ones; none has older ones.
                assert!(
                    id == format!("id{}", round + 1) || (by == 400 && id == format!("id{round}")),
                    "round {round}: {id}"
                );
            }
            assert_eq!(p.calls.load(Ordering::SeqCst), round + 1, "round {round}");
            // Everyone gets the new ones now.
            assert_eq!(
                cached.provide_credentials().await.unwrap().secret_id(),
                format!("id{}", round + 1)
            );
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn callers_with_valid_credentials_do_not_wait_for_a_refresh() {
        let (clock, cached, p) = setup(3600, Duration::from_secs(2));
        let started = std::time::Instant::now();
        cached.provide_credentials().await.unwrap();
        clock.advance(Duration::from_secs(3400)); // due, still valid
        let leader = {
            let c = cached.clone();
            tokio::spawn(async move { c.provide_credentials().await })
        };
        // Wait until the leader is fetching.
        while p.calls.load(Ordering::SeqCst) < 2 {
            assert!(started.elapsed() < Duration::from_secs(20));
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let asked = std::time::Instant::now();
        let other = cached.provide_credentials().await.unwrap();
        assert_eq!(other.secret_id(), "id1");
        assert!(
            asked.elapsed() < Duration::from_secs(1),
            "did not wait for the 2 s fetch"
        );
        assert_eq!(leader.await.unwrap().unwrap().secret_id(), "id2");
        assert_eq!(p.calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn failed_refresh_keeps_valid_credentials_then_fails() {
        let (clock, cached, p) = setup(3600, Duration::ZERO);
        cached.provide_credentials().await.unwrap();
        p.fail.store(true, Ordering::SeqCst);
        clock.advance(Duration::from_secs(3500));
        assert_eq!(
            cached.provide_credentials().await.unwrap().secret_id(),
            "id1"
        );
        clock.advance(Duration::from_secs(100)); // expired now
        let e = cached.provide_credentials().await.unwrap_err();
        assert_eq!(e.kind(), super::super::CredentialsErrorKind::Unavailable);
        p.fail.store(false, Ordering::SeqCst);
        assert_eq!(
            cached.provide_credentials().await.unwrap().secret_id(),
            "id4"
        );
    }

    #[tokio::test]
    async fn long_term_credentials_are_cached_forever() {
        #[derive(Debug, Default)]
        struct Once(AtomicUsize);
        impl ProvideCredentials for Once {
            fn provide_credentials(&self) -> BoxFuture<'_, Result<Credential, CredentialsError>> {
                self.0.fetch_add(1, Ordering::SeqCst);
                Box::pin(async { Ok(Credential::new("AKID", "k")) })
            }
        }
        let cached = CachedCredentials::new(Once::default());
        for _ in 0..5 {
            cached.provide_credentials().await.unwrap();
        }
        assert_eq!(cached.provider.0.load(Ordering::SeqCst), 1);
        assert!(!format!("{cached:?}").contains("\"k\""));
    }
}
