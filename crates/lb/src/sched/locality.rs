//! lblc and lblcr: locality-based least-connection, keyed by the destination address.
//!
//! The picks follow IPVS exactly: a cached real is kept unless it is gone, has weight
//! 0, or is "overloaded" in lblc's sense (more active connections than its weight
//! while some real has fewer than half its weight active); otherwise the weighted
//! least-connection real (overhead `active * 256 + inactive`) is chosen and cached.
//! lblcr caches a set per destination, picks the set's weighted least-loaded member,
//! grows the set when that member is overloaded, and drops the set's most loaded
//! member when the set has not changed for `expiration` (IPVS: 24 hours).
//!
//! Approximation: IPVS forgets cache entries from a timer (entries idle for
//! `expiration`, or for 6 minutes when the table holds more than 16 entries per
//! bucket). Here the caller runs [`Lblc::expire`] / [`Lblcr::expire`] when it likes;
//! running them every 60 s, as the kernel's timer does, gives the same forgetting up
//! to the kernel's 30-minute full-check period.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;

use super::least::weighted_least;
use super::{Candidate, Flow};
use crate::service::RealKey;
use crate::time::Instant;

/// IPVS's default `lblc_expiration` / `lblcr_expiration`.
pub const DEFAULT_EXPIRATION: Duration = Duration::from_secs(24 * 60 * 60);
/// Entries idle this long go first when the cache is over its size.
pub const ENTRY_TIMEOUT: Duration = Duration::from_secs(6 * 60);
/// IPVS's cache size before it evicts: 1024 buckets × 16.
pub const MAX_ENTRIES: usize = 1024 * 16;

/// lblc/lblcr's overload test: more active connections than weight, while some real
/// in the service has fewer than half its weight active.
fn locality_overloaded(d: &Candidate, reals: &[Candidate]) -> bool {
    i64::from(d.active) > i64::from(d.weight)
        && reals
            .iter()
            .any(|o| i64::from(o.active) * 2 < i64::from(o.weight))
}

fn wlc_overhead(c: &Candidate) -> i64 {
    c.overhead()
}

#[derive(Debug, Clone)]
struct LblcEntry {
    real: RealKey,
    last_use: Instant,
}

/// Locality-Based Least-Connection: destination address → one real.
#[derive(Debug, Clone)]
pub struct Lblc {
    expiration: Duration,
    cache: HashMap<IpAddr, LblcEntry>,
}

impl Default for Lblc {
    fn default() -> Self {
        Lblc::new(DEFAULT_EXPIRATION)
    }
}

impl Lblc {
    pub fn new(expiration: Duration) -> Self {
        Lblc {
            expiration,
            cache: HashMap::new(),
        }
    }

    /// The real cached for a destination address.
    pub fn cached(&self, dst: IpAddr) -> Option<RealKey> {
        self.cache.get(&dst).map(|e| e.real)
    }

    pub fn schedule(&mut self, now: Instant, reals: &[Candidate], flow: &Flow) -> Option<usize> {
        if let Some(en) = self.cache.get_mut(&flow.dst) {
            en.last_use = now;
            let hit = reals.iter().position(|c| c.real == en.real);
            if let Some(i) = hit {
                let d = &reals[i];
                if d.weight > 0 && !locality_overloaded(d, reals) {
                    return Some(i);
                }
            }
        }
        let i = weighted_least(reals, wlc_overhead)?;
        self.cache.insert(
            flow.dst,
            LblcEntry {
                real: reals[i].real,
                last_use: now,
            },
        );
        Some(i)
    }

    /// Forgets entries idle for the expiration, and when the cache is over
    /// [`MAX_ENTRIES`], entries idle for [`ENTRY_TIMEOUT`].
    pub fn expire(&mut self, now: Instant) {
        let exp = self.expiration;
        self.cache.retain(|_, e| now.since(e.last_use) < exp);
        if self.cache.len() > MAX_ENTRIES {
            self.cache
                .retain(|_, e| now.since(e.last_use) < ENTRY_TIMEOUT);
        }
    }
}

#[derive(Debug, Clone)]
struct LblcrEntry {
    /// Newest member first, as IPVS adds to the head of the set's list.
    set: Vec<RealKey>,
    last_mod: Instant,
    last_use: Instant,
}

/// Locality-Based Least-Connection with Replication: destination address → a set of reals.
#[derive(Debug, Clone)]
pub struct Lblcr {
    expiration: Duration,
    cache: HashMap<IpAddr, LblcrEntry>,
}

impl Default for Lblcr {
    fn default() -> Self {
        Lblcr::new(DEFAULT_EXPIRATION)
    }
}

impl Lblcr {
    pub fn new(expiration: Duration) -> Self {
        Lblcr {
            expiration,
            cache: HashMap::new(),
        }
    }

    /// The set cached for a destination address, newest member first.
    pub fn cached(&self, dst: IpAddr) -> Option<&[RealKey]> {
        self.cache.get(&dst).map(|e| e.set.as_slice())
    }

    pub fn schedule(&mut self, now: Instant, reals: &[Candidate], flow: &Flow) -> Option<usize> {
        let Some(en) = self.cache.get_mut(&flow.dst) else {
            let i = weighted_least(reals, wlc_overhead)?;
            self.cache.insert(
                flow.dst,
                LblcrEntry {
                    set: vec![reals[i].real],
                    last_mod: now,
                    last_use: now,
                },
            );
            return Some(i);
        };
        en.last_use = now;
        let members: Vec<Option<usize>> = en
            .set
            .iter()
            .map(|k| reals.iter().position(|c| c.real == *k))
            .collect();
        let min = set_min(reals, &members);
        if en.set.len() > 1 && now > en.last_mod.saturating_add(self.expiration) {
            if let Some(pos) = set_max(reals, &members) {
                en.set.remove(pos);
                en.last_mod = now;
            }
        }
        if let Some(i) = min {
            if !locality_overloaded(&reals[i], reals) {
                return Some(i);
            }
        }
        let i = weighted_least(reals, wlc_overhead)?;
        if !en.set.contains(&reals[i].real) {
            en.set.insert(0, reals[i].real);
            en.last_mod = now;
        }
        Some(i)
    }

    /// As [`Lblc::expire`].
    pub fn expire(&mut self, now: Instant) {
        let exp = self.expiration;
        self.cache.retain(|_, e| now.since(e.last_use) < exp);
        if self.cache.len() > MAX_ENTRIES {
            self.cache
                .retain(|_, e| now.since(e.last_use) < ENTRY_TIMEOUT);
        }
    }
}

/// The set's weighted least-loaded member that is present, not overloaded and (for
/// the seed) of positive weight: an index into `reals`.
fn set_min(reals: &[Candidate], members: &[Option<usize>]) -> Option<usize> {
    let mut present = members.iter().flatten().copied();
    let first = present.by_ref().find(|&i| reals[i].available())?;
    let (mut least, mut loh) = (first, reals[first].overhead());
    for i in present {
        let d = &reals[i];
        if d.overloaded {
            continue;
        }
        let doh = d.overhead();
        if loh * i64::from(d.weight) > doh * i64::from(reals[least].weight) {
            least = i;
            loh = doh;
        }
    }
    Some(least)
}

/// The position in the set of its weighted most-loaded member with positive weight.
/// A member no longer in the service counts as weight 0.
fn set_max(reals: &[Candidate], members: &[Option<usize>]) -> Option<usize> {
    let weight = |m: Option<usize>| m.map_or(0, |i| reals[i].weight);
    let first = members.iter().position(|&m| weight(m) > 0)?;
    let mut most = first;
    let mut moh = members[first].map_or(0, |i| reals[i].overhead());
    for (pos, &m) in members.iter().enumerate().skip(first + 1) {
        let Some(i) = m else { continue };
        let d = &reals[i];
        let most_w = weight(members[most]);
        if moh * i64::from(d.weight) < d.overhead() * i64::from(most_w) && d.weight > 0 {
            most = pos;
            moh = d.overhead();
        }
    }
    Some(most)
}
