//! One checker's own state: keepalived's `is_up`, `has_run`, `retry_it` and, for
//! HTTP_GET / SSL_GET, the URL cursor; and the epilogs that sequence its probes.

use std::sync::Arc;
use std::time::Duration;

use crate::action::{Probe, ProbeId};
use crate::spec::Timing;
use crate::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Next probe starts when the checker's timer fires.
    Waiting,
    /// A probe is out; the timer is its deadline.
    Probing(ProbeId),
    Stopped,
}

/// The three ways keepalived sequences retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sequence {
    /// `tcp_epilog` and alike: TCP, UDP, PING, DNS, FILE.
    Generic,
    /// As `Generic`, but the next run is counted from the start of the last one.
    Misc,
    Smtp,
    /// HTTP_GET / SSL_GET, one URL per probe.
    Http,
}

#[derive(Debug)]
pub(crate) struct Checker {
    pub(crate) probe: Arc<Probe>,
    pub(crate) timing: Timing,
    pub(crate) is_up: bool,
    pub(crate) has_run: bool,
    /// Failures so far in the current run of retries.
    pub(crate) retry_it: u32,
    /// Dynamic weight minus configured weight.
    pub(crate) weight_delta: i64,
    /// Which keepalived epilog sequences this checker's probes.
    pub(crate) sequence: Sequence,
    /// HTTP_GET / SSL_GET: number of URLs (0 for other checkers), the one checked next,
    /// the one that failed (keepalived's `url_it`, `failed_url`), `fast_recovery`.
    pub(crate) urls: usize,
    pub(crate) url_it: usize,
    pub(crate) failed_url: Option<usize>,
    pub(crate) fast_recovery: bool,
    pub(crate) phase: Phase,
    pub(crate) timer: Option<Instant>,
    /// When the current or last probe started.
    pub(crate) started: Instant,
    /// How late its timer fired for it (the engine's delay, not the server's).
    pub(crate) timer_late: Duration,
}

impl Checker {
    /// Takes over the state of the same checker before a reload.
    pub(crate) fn migrate(&mut self, old: &Checker) {
        if old.has_run {
            self.is_up = old.is_up;
        }
        self.has_run = old.has_run;
        self.retry_it = if !self.is_up {
            self.timing.retry + 1
        } else {
            old.retry_it.min(self.timing.retry)
        };
        self.weight_delta = old.weight_delta;
        if !self.is_up {
            self.failed_url = old.failed_url.filter(|&u| u < self.urls);
            self.url_it = self.failed_url.unwrap_or(0);
        }
    }

    /// keepalived's `tcp_epilog` (also UDP, ICMP; SMTP, DNS and MISC sequence alike):
    /// the retry logic. Returns the transition to apply and the delay before the next
    /// probe; the caller sets `has_run` after applying the transition.
    pub(crate) fn epilog(&mut self, success: bool) -> (Option<bool>, Duration) {
        let mut delay = self.timing.delay_loop;
        let mut transition = None;
        if success || ((self.is_up || !self.has_run) && self.retry_it >= self.timing.retry) {
            self.retry_it = 0;
            if success && (!self.is_up || !self.has_run) {
                transition = Some(true);
            } else if !success && (self.is_up || !self.has_run) {
                transition = Some(false);
            }
        } else if self.is_up {
            delay = self.timing.delay_before_retry;
            self.retry_it += 1;
        }
        (transition, delay)
    }

    /// keepalived's `smtp_final`: every cycle starts with a fresh retry count, and a
    /// failing probe is retried `retry` times `delay_before_retry` apart whether the
    /// checker is up or down; after the last failure the next cycle is `delay_loop` away.
    pub(crate) fn smtp_epilog(&mut self, success: bool) -> (Option<bool>, Duration) {
        if success {
            self.retry_it = 0;
            let up = (!self.is_up || !self.has_run).then_some(true);
            return (up, self.timing.delay_loop);
        }
        self.retry_it += 1;
        if self.retry_it <= self.timing.retry {
            return (None, self.timing.delay_before_retry);
        }
        self.retry_it = 0;
        let down = (self.is_up || !self.has_run).then_some(false);
        (down, self.timing.delay_loop)
    }

    /// keepalived's HTTP `epilog` / `timeout_epilog`, first half: one URL per probe; a
    /// URL failing `retry + 1` times in a row takes the checker down and becomes the
    /// failed URL; once it passes, every URL must pass again in turn before the checker
    /// is up. Returns the transition to apply before [`Checker::http_delay`].
    pub(crate) fn http_verdict(&mut self, success: bool) -> Option<bool> {
        let retrying = !success && (self.is_up || !self.has_run);
        if success {
            self.url_it += 1;
            self.retry_it = 0;
        } else if retrying {
            self.has_run = true;
            self.retry_it += 1;
        }
        let mut transition = None;
        if success && self.url_it == self.urls && self.failed_url.is_none() {
            if !self.is_up || !self.has_run {
                transition = Some(true);
            }
            self.url_it = 0;
            self.retry_it = 0;
        } else if retrying && self.retry_it > self.timing.retry {
            if self.is_up {
                transition = Some(false);
            }
            self.failed_url = Some(self.url_it);
        } else if success && self.failed_url.is_some() {
            self.failed_url = None;
            self.url_it = 0;
            self.retry_it = 0;
        }
        transition
    }

    /// Second half: `delay_loop` between URLs, `delay_before_retry` between retries,
    /// max(both) while a known failed URL is retried; `fast_recovery` removes the delay
    /// while the checker is coming up with no known failure.
    pub(crate) fn http_delay(&mut self, success: bool) -> Duration {
        let t = self.timing;
        let delay = if success {
            if !self.has_run {
                // During the first pass one failure is enough.
                self.retry_it = t.retry;
            }
            t.delay_loop
        } else if self.failed_url.is_some() {
            t.delay_before_retry.max(t.delay_loop)
        } else {
            t.delay_before_retry
        };
        if self.fast_recovery && (!self.has_run || (!self.is_up && self.failed_url.is_none())) {
            Duration::ZERO
        } else {
            delay
        }
    }
}
