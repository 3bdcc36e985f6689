//! Changing a Maglev table in place instead of rebuilding it.
//!
//! IPVS rebuilds its table from scratch on every change, which hands a few slots of
//! untouched reals to others (removing one real of 100 moves about 0.6% of the other
//! reals' flows). [`reshape`] keeps every slot whose owner survives and only moves what
//! the change forces: a removed real's slots go to the others; a new or heavier real
//! takes slots from reals above their share; a lighter real gives its excess to reals
//! below theirs. Each real claims slots along its own Maglev permutation. A slot never
//! moves between two reals that both kept their weight.

use std::collections::HashMap;

use super::{mh_hash, MaglevParams, KEY1, KEY2};
use crate::service::RealKey;

/// The table for `reals` with `last_weights`, derived from `prev`, the table that
/// `prev_reals` had: slots of surviving reals stay theirs unless a real must give
/// slots up to reach the shares the weights ask for.
pub fn reshape(
    prev: &[Option<u32>],
    prev_reals: &[(RealKey, u32)],
    reals: &[RealKey],
    last_weights: &[u32],
    params: MaglevParams,
) -> Vec<Option<u32>> {
    let m = params.table_size();
    let size = m as usize;
    let total: u64 = last_weights.iter().map(|&w| u64::from(w)).sum();
    if total == 0 || prev.len() != size {
        return super::maglev_table(reals, last_weights, params);
    }
    let index: HashMap<RealKey, u32> = reals
        .iter()
        .zip(last_weights)
        .enumerate()
        .filter(|(_, (_, &w))| w > 0)
        .filter_map(|(i, (r, _))| Some((*r, u32::try_from(i).ok()?)))
        .collect();
    let mut counts = vec![0usize; reals.len()];
    let mut table: Vec<Option<u32>> = prev
        .iter()
        .map(|slot| {
            let (owner, _) = prev_reals.get((*slot)? as usize)?;
            let i = *index.get(owner)?;
            counts[i as usize] += 1;
            Some(i)
        })
        .collect();
    let targets = shares(last_weights, size, total);
    let mut walks: Vec<Walk> = reals.iter().map(|r| Walk::new(r, m)).collect();

    // Free slots (of removed reals) go first to reals below their share, then to all
    // in turn, so no surviving real loses a slot.
    let free = table.iter().filter(|s| s.is_none()).count();
    let mut left = free;
    let positive: Vec<usize> = (0..reals.len()).filter(|&i| targets[i] > 0).collect();
    let mut want_only_deficit = true;
    while left > 0 {
        let mut claimed = false;
        for &i in &positive {
            if left == 0 {
                break;
            }
            if want_only_deficit && counts[i] >= targets[i] {
                continue;
            }
            let slot = walks[i].next_where(m, |s| table[s].is_none());
            table[slot] = u32::try_from(i).ok();
            counts[i] += 1;
            left -= 1;
            claimed = true;
        }
        if !claimed {
            want_only_deficit = false;
        }
    }

    // Reals whose weight changed (or that are new) and are below their share take
    // slots from any real above its share; the others only from changed reals.
    let before: HashMap<RealKey, u32> = prev_reals.iter().copied().collect();
    let changed: Vec<bool> = reals
        .iter()
        .zip(last_weights)
        .map(|(r, w)| before.get(r) != Some(w))
        .collect();
    for &i in positive.iter().filter(|&&i| changed[i]) {
        while counts[i] < targets[i] {
            let slot = walks[i].next_where(m, |s| {
                table[s].is_some_and(|o| counts[o as usize] > targets[o as usize])
            });
            give(&mut table, &mut counts, slot, i);
        }
    }
    let mut excess: usize = (0..reals.len())
        .filter(|&o| changed[o])
        .map(|o| counts[o].saturating_sub(targets[o]))
        .sum();
    for &i in positive.iter().filter(|&&i| !changed[i]) {
        while counts[i] < targets[i] && excess > 0 {
            let slot = walks[i].next_where(m, |s| {
                table[s].is_some_and(|o| {
                    changed[o as usize] && counts[o as usize] > targets[o as usize]
                })
            });
            give(&mut table, &mut counts, slot, i);
            excess -= 1;
        }
    }
    table
}

/// Hands `slot` to real `to`.
fn give(table: &mut [Option<u32>], counts: &mut [usize], slot: usize, to: usize) {
    if let Some(o) = table[slot] {
        counts[o as usize] -= 1;
    }
    table[slot] = u32::try_from(to).ok();
    counts[to] += 1;
}

/// Each real's share of `size` slots in proportion to its weight, rounded so that
/// the shares add up to `size` (largest remainders first).
fn shares(weights: &[u32], size: usize, total: u64) -> Vec<usize> {
    let size64 = size as u64;
    let mut out: Vec<usize> = weights
        .iter()
        .map(|&w| (u64::from(w) * size64 / total) as usize)
        .collect();
    let mut rest: Vec<(u64, usize)> = weights
        .iter()
        .enumerate()
        .filter(|(_, &w)| w > 0)
        .map(|(i, &w)| (u64::from(w) * size64 % total, i))
        .collect();
    rest.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let short = size - out.iter().sum::<usize>();
    for &(_, i) in rest.iter().take(short) {
        out[i] += 1;
    }
    out
}

/// A real's walk along its Maglev permutation (offset, then steps of skip).
struct Walk {
    at: u32,
    skip: u32,
}

impl Walk {
    fn new(r: &RealKey, m: u32) -> Walk {
        Walk {
            at: mh_hash(r.addr, r.port, KEY1, 0) % m,
            skip: mh_hash(r.addr, r.port, KEY2, 0) % (m - 1) + 1,
        }
    }

    /// The next slot of the permutation that `ok` accepts. Callers only ask when one
    /// exists; as `m` is prime, the walk visits every slot within `m` steps.
    fn next_where(&mut self, m: u32, ok: impl Fn(usize) -> bool) -> usize {
        loop {
            let s = self.at as usize;
            self.at += self.skip;
            if self.at >= m {
                self.at -= m;
            }
            if ok(s) {
                return s;
            }
        }
    }
}
