//! Connection-count schedulers without state: lc, wlc, sed, nq, fo, ovf.
//!
//! Each is IPVS's `ip_vs_<name>_schedule` loop over the destination list with the
//! same comparisons, so ties go to the same (earliest) real. Overheads:
//! lc and wlc use `active * 256 + inactive`; sed and nq use `active + 1`.
//! Weighted comparisons are done as IPVS does them, by cross-multiplication
//! (`loh * dw > doh * lw`), in 64 bits.

use super::Candidate;

/// Least-Connection: smallest overhead among reals with weight > 0.
pub fn lc(reals: &[Candidate]) -> Option<usize> {
    let mut least: Option<(usize, i64)> = None;
    for (i, d) in reals.iter().enumerate() {
        if !d.available() {
            continue;
        }
        let doh = d.overhead();
        if least.is_none_or(|(_, loh)| doh < loh) {
            least = Some((i, doh));
        }
    }
    least.map(|(i, _)| i)
}

/// Weighted Least-Connection: smallest overhead / weight.
pub fn wlc(reals: &[Candidate]) -> Option<usize> {
    weighted_least(reals, Candidate::overhead)
}

/// Shortest Expected Delay: smallest (active + 1) / weight.
pub fn sed(reals: &[Candidate]) -> Option<usize> {
    weighted_least(reals, sed_overhead)
}

/// Never Queue: the first idle real (no active connection) with weight > 0, else sed.
pub fn nq(reals: &[Candidate]) -> Option<usize> {
    let mut least: Option<(usize, i64)> = None;
    for (i, d) in reals.iter().enumerate() {
        if !d.available() {
            continue;
        }
        let doh = sed_overhead(d);
        if d.active == 0 {
            return Some(i);
        }
        let better = match least {
            None => true,
            Some((l, loh)) => loh * i64::from(d.weight) > doh * i64::from(reals[l].weight),
        };
        if better {
            least = Some((i, doh));
        }
    }
    least.map(|(i, _)| i)
}

/// Weighted Failover: the available real with the highest weight, the first on ties.
pub fn fo(reals: &[Candidate]) -> Option<usize> {
    let mut best: Option<(usize, u32)> = None;
    for (i, d) in reals.iter().enumerate() {
        if !d.overloaded && d.weight > best.map_or(0, |(_, w)| w) {
            best = Some((i, d.weight));
        }
    }
    best.map(|(i, _)| i)
}

/// Overflow-connection: the highest weight whose active connections do not exceed its
/// weight (the weight is a cap on active connections), the first on ties.
pub fn ovf(reals: &[Candidate]) -> Option<usize> {
    let mut best: Option<(usize, u32)> = None;
    for (i, d) in reals.iter().enumerate() {
        if !d.available() || d.active > d.weight {
            continue;
        }
        if best.is_none_or(|(_, hw)| d.weight > hw) {
            best = Some((i, d.weight));
        }
    }
    best.map(|(i, _)| i)
}

fn sed_overhead(d: &Candidate) -> i64 {
    i64::from(d.active) + 1
}

/// IPVS's two-stage loop: the first available real seeds `least`; every later one that
/// is not overloaded replaces it when `loh * dw > doh * lw`.
pub(crate) fn weighted_least(
    reals: &[Candidate],
    overhead: impl Fn(&Candidate) -> i64,
) -> Option<usize> {
    let first = reals.iter().position(Candidate::available)?;
    let (mut least, mut loh) = (first, overhead(&reals[first]));
    for (i, d) in reals.iter().enumerate().skip(first + 1) {
        if d.overloaded {
            continue;
        }
        let doh = overhead(d);
        if loh * i64::from(d.weight) > doh * i64::from(reals[least].weight) {
            least = i;
            loh = doh;
        }
    }
    Some(least)
}
