//! Time as the core sees it: microseconds from an arbitrary epoch chosen by the caller.
//!
//! The core never reads a clock; every call takes `now`. Microseconds match keepalived's
//! timer resolution (TIMER_HZ), so skew computations give the same values.

use core::ops::{Add, Sub};
use std::time::Duration;

/// A point in time, in microseconds from the caller's epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Instant {
    micros: u64,
}

impl Instant {
    /// The caller's epoch.
    pub const ZERO: Instant = Instant { micros: 0 };

    pub const fn from_micros(micros: u64) -> Self {
        Instant { micros }
    }

    pub const fn from_millis(millis: u64) -> Self {
        Instant {
            micros: millis * 1000,
        }
    }

    pub const fn from_secs(secs: u64) -> Self {
        Instant {
            micros: secs * 1_000_000,
        }
    }

    pub const fn total_micros(self) -> u64 {
        self.micros
    }

    /// Time elapsed since `earlier`, zero if `earlier` is later.
    pub fn saturating_since(self, earlier: Instant) -> Duration {
        Duration::from_micros(self.micros.saturating_sub(earlier.micros))
    }
}

fn duration_micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
}

impl Add<Duration> for Instant {
    type Output = Instant;
    fn add(self, rhs: Duration) -> Instant {
        Instant {
            micros: self.micros.saturating_add(duration_micros(rhs)),
        }
    }
}

impl Sub<Duration> for Instant {
    type Output = Instant;
    fn sub(self, rhs: Duration) -> Instant {
        Instant {
            micros: self.micros.saturating_sub(duration_micros(rhs)),
        }
    }
}

impl core::fmt::Display for Instant {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "{}.{:06}s",
            self.micros / 1_000_000,
            self.micros % 1_000_000
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_and_display() {
        let t = Instant::from_secs(3) + Duration::from_millis(250);
        assert_eq!(t.total_micros(), 3_250_000);
        assert_eq!(t.to_string(), "3.250000s");
        assert_eq!((t - Duration::from_secs(10)), Instant::ZERO);
        assert_eq!(
            t.saturating_since(Instant::from_secs(3)),
            Duration::from_millis(250)
        );
        assert_eq!(Instant::from_secs(1).saturating_since(t), Duration::ZERO);
    }
}
