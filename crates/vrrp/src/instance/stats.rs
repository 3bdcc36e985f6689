//! Counters of one instance.

use crate::error::Rejection;

/// Counters of one instance, named after keepalived's `vrrp_stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub adverts_received: u64,
    pub adverts_sent: u64,
    pub priority_zero_received: u64,
    pub priority_zero_sent: u64,
    pub become_master: u64,
    pub release_master: u64,
    rejected: [u64; Rejection::ALL.len()],
}

impl Stats {
    pub(crate) fn count_rejection(&mut self, reason: Rejection) {
        self.rejected[reason.index()] += 1;
    }

    pub fn rejected(&self, reason: Rejection) -> u64 {
        self.rejected[reason.index()]
    }

    pub fn rejected_total(&self) -> u64 {
        self.rejected.iter().sum()
    }
}
