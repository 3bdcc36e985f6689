//! Durations as keepalived reads them: decimal seconds, kept in microseconds.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A duration in microseconds (keepalived's timer resolution) that reads and
/// writes as decimal seconds, so dumps say `"delay_loop": 60.0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Secs(pub u64);

impl Secs {
    pub const fn from_secs(s: u64) -> Self {
        Secs(s * 1_000_000)
    }

    pub const fn from_millis(ms: u64) -> Self {
        Secs(ms * 1_000)
    }

    pub fn as_secs_f64(self) -> f64 {
        self.0 as f64 / 1e6
    }

    pub fn as_duration(self) -> std::time::Duration {
        std::time::Duration::from_micros(self.0)
    }
}

impl Serialize for Secs {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.as_secs_f64())
    }
}

impl<'de> Deserialize<'de> for Secs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = f64::deserialize(d)?;
        if !(v.is_finite() && v >= 0.0) {
            return Err(serde::de::Error::custom(
                "duration must be a non-negative number of seconds",
            ));
        }
        Ok(Secs((v * 1e6).round() as u64))
    }
}
