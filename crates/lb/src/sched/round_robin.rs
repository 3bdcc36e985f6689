//! rr and wrr, as IPVS walks its destination list.
//!
//! rr: from the real after the last pick, the first with weight > 0 that is not
//! overloaded. When the last pick leaves the list, IPVS moves the position to its
//! predecessor; here the predecessor is the nearest earlier real of the previous
//! roster that is still present (exact when [`Rr::update`] sees each removal).
//!
//! wrr: IPVS's mark `{cl, cw, mw, di}`: `di` is the gcd of the positive weights, `mw`
//! the maximum weight less `di - 1`; each pass over the list picks reals with
//! `weight >= cw` and lowers `cw` by `di`. A change of reals or weights resets the
//! position to the list head and clamps `cw` as `ip_vs_wrr_dest_changed` does, once
//! per real added (see [`Wrr`]), so a fresh service starts exactly as in IPVS. Exact
//! when [`Wrr::update`] sees every change; several removals or edits seen at once
//! count as one hook call (IPVS makes one per real, which can clamp `cw` differently).

use super::{gcd_weight, Candidate, Roster};
use crate::service::RealKey;

/// Round-robin state: the last real picked.
#[derive(Debug, Clone, Default)]
pub struct Rr {
    last: Option<RealKey>,
    roster: Roster,
}

impl Rr {
    /// IPVS's del_dest hook: when the last pick leaves, the position moves to its
    /// predecessor (the list head if it was first).
    pub fn update(&mut self, reals: &[Candidate]) {
        let present = |k: &RealKey| reals.iter().any(|c| c.real == *k);
        if let Some(last) = self.last.filter(|k| !present(k)) {
            let old = self.roster.0.iter().position(|&(k, _)| k == last);
            self.last = old.and_then(|o| {
                self.roster.0[..o]
                    .iter()
                    .rev()
                    .map(|&(k, _)| k)
                    .find(|k| present(k))
            });
        }
        self.roster = Roster::of(reals);
    }

    pub fn schedule(&mut self, reals: &[Candidate]) -> Option<usize> {
        self.update(reals);
        let start = self
            .last
            .and_then(|k| reals.iter().position(|c| c.real == k));
        let n = reals.len();
        // After the last pick, wrapping round to (and including) the last pick itself.
        let order = (0..n).map(|k| match start {
            Some(p) => (p + 1 + k) % n,
            None => k,
        });
        for i in order {
            if reals[i].available() {
                self.last = Some(reals[i].real);
                return Some(i);
            }
        }
        None
    }
}

/// Weighted round-robin state: IPVS's `ip_vs_wrr_mark`.
#[derive(Debug, Clone, Default)]
pub struct Wrr {
    /// Index of the current real; `None` is the list head (before the first real).
    cl: Option<usize>,
    cw: i64,
    mw: i64,
    di: i64,
    roster: Roster,
}

impl Wrr {
    /// IPVS's add/del/upd_dest hook. Called once per change, the mark evolves exactly
    /// as in IPVS; [`Wrr::schedule`] calls it too, for callers that do not.
    pub fn update(&mut self, reals: &[Candidate]) {
        let old = self.roster.clone();
        if self.roster.refresh(reals) {
            self.replay_changes(&old, reals);
        }
    }

    pub fn schedule(&mut self, reals: &[Candidate]) -> Option<usize> {
        self.update(reals);
        if self.mw == 0 {
            return None;
        }
        let n = reals.len();
        let last = self.cl;
        let mut dest = self.cl;
        let mut stop: Option<usize> = None;
        let (mut last_pass, mut restarted) = (false, false);
        loop {
            let from = dest.map_or(0, |i| i + 1);
            for (i, d) in reals.iter().enumerate().take(n).skip(from) {
                if !d.overloaded && i64::from(d.weight) >= self.cw {
                    self.cl = Some(i);
                    return Some(i);
                }
                if stop == Some(i) {
                    self.cl = Some(i);
                    return None;
                }
            }
            dest = None;
            self.cw -= self.di;
            if self.cw <= 0 {
                self.cw = self.mw;
                // A full pass for weight >= 1 has been made over every real.
                if last_pass || last.is_none() {
                    self.cl = None;
                    return None;
                }
                restarted = true;
            }
            last_pass = self.cw <= self.di;
            if last_pass && restarted && last.is_some() {
                // The pass for weight >= 1 so far covered only the reals after `last`.
                stop = last;
            }
        }
    }

    /// IPVS calls its hook once per added, removed or edited real, and `cw` depends on
    /// that history: a service filled one real at a time starts with `cw` = 1, not the
    /// maximum weight. Replays the step from `old` to `reals` as IPVS saw it: removals
    /// and weight edits at once, then each new real in the order it was added (the
    /// list holds the newest first, so from the list's end).
    fn replay_changes(&mut self, old: &Roster, reals: &[Candidate]) {
        let is_new = |c: &Candidate| !old.0.iter().any(|&(k, _)| k == c.real);
        let kept: Vec<u32> = reals
            .iter()
            .filter(|c| !is_new(c))
            .map(|c| c.weight)
            .collect();
        let touched_old = kept.len() != old.0.len()
            || reals
                .iter()
                .filter(|c| !is_new(c))
                .any(|c| old.0.iter().any(|&(k, w)| k == c.real && w != c.weight));
        let mut weights = kept;
        if touched_old || weights.is_empty() && reals.is_empty() {
            self.dests_changed(&weights);
        }
        for c in reals.iter().rev().filter(|c| is_new(c)) {
            weights.push(c.weight);
            self.dests_changed(&weights);
        }
    }

    fn dests_changed(&mut self, weights: &[u32]) {
        self.cl = None;
        self.di = i64::from(gcd_weight(weights.iter().copied()).max(1));
        let max = weights.iter().copied().map(i64::from).max().unwrap_or(0);
        self.mw = max - (self.di - 1);
        if self.cw > self.mw || self.cw == 0 {
            self.cw = self.mw;
        } else if self.di > 1 {
            self.cw = (self.cw / self.di) * self.di + 1;
        }
    }
}

/// One full rr cycle: the indices of the reals with weight > 0, in list order, for a
/// data plane that walks a ring.
pub fn rr_sequence(reals: &[Candidate]) -> Vec<u32> {
    (0..reals.len())
        .filter(|&i| reals[i].weight > 0)
        .map(index_u32)
        .collect()
}

/// One full wrr cycle, ignoring overload: real `i` appears `weight_i / gcd` times, in
/// the order IPVS picks them for a service whose reals were added from the list's end
/// to its head (IPVS starts such a service on its `weight >= 1` pass).
pub fn wrr_sequence(reals: &[Candidate]) -> Vec<u32> {
    let fresh: Vec<Candidate> = reals
        .iter()
        .map(|c| Candidate {
            overloaded: false,
            ..*c
        })
        .collect();
    let di = gcd_weight(fresh.iter().map(|c| c.weight)).max(1);
    let len: u64 = fresh.iter().map(|c| u64::from(c.weight / di)).sum();
    let mut wrr = Wrr::default();
    (0..len)
        .map_while(|_| wrr.schedule(&fresh))
        .map(index_u32)
        .collect()
}

fn index_u32(i: usize) -> u32 {
    // A service never holds anywhere near 2^32 reals.
    u32::try_from(i).unwrap_or(u32::MAX)
}
