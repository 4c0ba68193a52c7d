//! Where the runtime reads the time: signing timestamps, credential expiry.
//!
//! The default is the system clock. Tests (yours and ours) can substitute a
//! [`ManualClock`] to make expiry and re-signing deterministic.
//!
//! ```
//! use std::time::{Duration, UNIX_EPOCH};
//! use tencentcloud_runtime::time::{ManualClock, TimeSource};
//! let clock = ManualClock::new(UNIX_EPOCH + Duration::from_secs(1_700_000_000));
//! clock.advance(Duration::from_secs(5));
//! assert_eq!(clock.now(), UNIX_EPOCH + Duration::from_secs(1_700_000_005));
//! ```

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A source of wall-clock time.
pub trait TimeSource: Send + Sync + fmt::Debug {
    /// The current time.
    fn now(&self) -> SystemTime;
}

/// The operating system's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl TimeSource for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// A clock that moves only when told to (for tests). Clones share the time.
#[derive(Debug, Clone)]
pub struct ManualClock {
    nanos: Arc<AtomicU64>,
}

impl ManualClock {
    /// A clock showing `at` (clamped to the range of `u64` nanoseconds since
    /// the Unix epoch).
    pub fn new(at: SystemTime) -> Self {
        ManualClock {
            nanos: Arc::new(AtomicU64::new(to_nanos(at))),
        }
    }

    /// Move the clock forward.
    pub fn advance(&self, by: Duration) {
        let by = u64::try_from(by.as_nanos()).unwrap_or(u64::MAX);
        let _ = self
            .nanos
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                Some(n.saturating_add(by))
            });
    }

    /// Set the time.
    pub fn set(&self, at: SystemTime) {
        self.nanos.store(to_nanos(at), Ordering::SeqCst);
    }
}

fn to_nanos(at: SystemTime) -> u64 {
    at.duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

impl TimeSource for ManualClock {
    fn now(&self) -> SystemTime {
        UNIX_EPOCH + Duration::from_nanos(self.nanos.load(Ordering::SeqCst))
    }
}

/// A shared time source; the system clock by default.
#[derive(Clone, Debug)]
pub struct SharedTimeSource(Arc<dyn TimeSource>);

impl SharedTimeSource {
    /// Share a time source.
    pub fn new(source: impl TimeSource + 'static) -> Self {
        SharedTimeSource(Arc::new(source))
    }

    /// The current time.
    pub fn now(&self) -> SystemTime {
        self.0.now()
    }

    /// The current time in Unix seconds (negative before 1970).
    pub fn unix_secs(&self) -> i64 {
        unix_secs(self.now())
    }
}

impl Default for SharedTimeSource {
    fn default() -> Self {
        SharedTimeSource::new(SystemClock)
    }
}

/// Unix seconds of a time (negative before 1970, saturating).
pub fn unix_secs(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_secs())
            .map(|s| -s)
            .unwrap_or(i64::MIN),
    }
}

/// The time at Unix seconds `secs` (clamped at the epoch for negative values).
pub fn from_unix_secs(secs: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(u64::try_from(secs).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_moves_only_when_told() {
        let c = ManualClock::new(from_unix_secs(100));
        let shared = SharedTimeSource::new(c.clone());
        assert_eq!(shared.unix_secs(), 100);
        c.advance(Duration::from_secs(3));
        assert_eq!(shared.unix_secs(), 103);
        c.set(from_unix_secs(7));
        assert_eq!(shared.unix_secs(), 7);
        c.advance(Duration::MAX);
        assert!(shared.unix_secs() > 0);
    }

    #[test]
    fn unix_conversions() {
        assert_eq!(unix_secs(UNIX_EPOCH - Duration::from_secs(5)), -5);
        assert_eq!(unix_secs(from_unix_secs(-5)), 0);
        assert_eq!(unix_secs(from_unix_secs(1_700_000_000)), 1_700_000_000);
    }
}
