//! FILE_CHECK: the tracked file holds an integer. With weight 0, non-zero means down.
//! Otherwise it is scaled by `weight` (negated with `reverse`); at or below
//! -2147483648 (keepalived.conf(5), real servers) it means down, else up, and with
//! `dynamic` the scaled value is added to the real server's weight. A missing or
//! unreadable file counts as 0.

use crate::outcome::{Failure, Outcome};
use crate::spec::FileSpec;

/// keepalived's `IPVS_WEIGHT_FAULT` for real servers.
const FAULT: i64 = i32::MIN as i64;

pub async fn check(spec: &FileSpec, configured_weight: u32) -> Outcome {
    let text = tokio::fs::read_to_string(&spec.path)
        .await
        .unwrap_or_default();
    let value: i64 = text
        .split_whitespace()
        .next()
        .and_then(|w| w.parse().ok())
        .unwrap_or(0);
    let factor = if spec.reverse {
        -spec.weight
    } else {
        spec.weight
    };
    if spec.weight == 0 {
        return if value == 0 {
            Outcome::SUCCESS
        } else {
            Failure::TrackedFile.into()
        };
    }
    let scaled = value.saturating_mul(factor);
    if scaled <= FAULT {
        return Failure::TrackedFile.into();
    }
    if !spec.dynamic {
        return Outcome::SUCCESS;
    }
    let w = (i64::from(configured_weight) + scaled).max(0);
    Outcome::Success {
        weight: u32::try_from(w).ok(),
    }
}
