//! Scheduler tests: picks checked against IPVS's definitions.

use std::collections::HashMap;
use std::hash::Hasher;
use std::time::Duration;

use super::util::{cand, equal, flow_from, real, Rng};
use crate::sched::hash::{dh_table, sh_table, TABLE_SIZE};
use crate::sched::maglev::{hsiphash_u32, maglev_table};
use crate::sched::round_robin::{rr_sequence, wrr_sequence};
use crate::sched::{least, Candidate, Lblc, Lblcr, Maglev, MaglevParams, Rr, Sh, Wrr};
use crate::sched::{Dh, Scheduler, SchedulerState};
use crate::time::Instant;

fn picks(n: usize, mut f: impl FnMut() -> Option<usize>) -> Vec<usize> {
    (0..n).map(|_| f().expect("a real is available")).collect()
}

// ---- rr / wrr ----

#[test]
fn rr_cycles_in_list_order_skipping_weight_zero_and_overloaded() {
    let mut reals = vec![
        cand(0, 1, 0, 0),
        cand(1, 0, 0, 0),
        cand(2, 5, 0, 0),
        cand(3, 1, 0, 0),
    ];
    let mut rr = Rr::default();
    assert_eq!(picks(6, || rr.schedule(&reals)), vec![0, 2, 3, 0, 2, 3]);
    reals[2].overloaded = true;
    assert_eq!(picks(3, || rr.schedule(&reals)), vec![0, 3, 0]);
    assert_eq!(rr_sequence(&equal(3, 1)), vec![0, 1, 2]);
    assert_eq!(rr.schedule(&[cand(0, 0, 0, 0)]), None);
}

#[test]
fn rr_continues_after_the_removed_last_pick() {
    let reals = equal(4, 1);
    let mut rr = Rr::default();
    assert_eq!(picks(2, || rr.schedule(&reals)), vec![0, 1]);
    // Real 1 (the last pick) leaves: IPVS resumes from its predecessor, so real 2 is next.
    let without: Vec<Candidate> = reals
        .iter()
        .copied()
        .filter(|c| c.real != real(1))
        .collect();
    assert_eq!(
        rr.schedule(&without).map(|i| without[i].real),
        Some(real(2))
    );
}

#[test]
fn wrr_follows_ipvs_sequence() {
    // weights 4,3,2 (gcd 1). IPVS fills a service one real at a time, which leaves
    // cw = 1: the first pass is the weight >= 1 pass, then cw = 4, 3, 2, 1, ...
    let reals = vec![cand(0, 4, 0, 0), cand(1, 3, 0, 0), cand(2, 2, 0, 0)];
    let mut wrr = Wrr::default();
    let cycle = vec![0, 1, 2, 0, 0, 1, 0, 1, 2];
    assert_eq!(picks(9, || wrr.schedule(&reals)), cycle);
    assert_eq!(picks(9, || wrr.schedule(&reals)), cycle, "second cycle");
    assert_eq!(
        wrr_sequence(&reals),
        cycle.iter().map(|&i| i as u32).collect::<Vec<_>>()
    );
    // weights 4,2 (gcd 2): mw = 4 - 1 = 3, passes with cw = 1, 3, 1, 3, ...
    let reals = vec![cand(0, 4, 0, 0), cand(1, 2, 0, 0)];
    let mut wrr = Wrr::default();
    assert_eq!(picks(6, || wrr.schedule(&reals)), vec![0, 1, 0, 0, 1, 0]);
    assert_eq!(wrr_sequence(&reals), vec![0, 1, 0]);
    // A weight change resets the position to the head; cw = 1 stays within the new mw.
    let reals = vec![cand(0, 4, 0, 0), cand(1, 1, 0, 0)];
    assert_eq!(picks(3, || wrr.schedule(&reals)), vec![0, 0, 0]);
}

#[test]
fn wrr_is_proportional_to_weights_within_one_percent() {
    let weights = [1u32, 2, 3, 5, 7, 11, 13, 0, 100];
    let reals: Vec<Candidate> = weights
        .iter()
        .enumerate()
        .map(|(i, &w)| cand(i as u32, w, 0, 0))
        .collect();
    let mut wrr = Wrr::default();
    let mut counts = vec![0u64; reals.len()];
    const N: u64 = 100_000;
    for _ in 0..N {
        counts[wrr.schedule(&reals).expect("available")] += 1;
    }
    let total: u32 = weights.iter().sum();
    for (i, &w) in weights.iter().enumerate() {
        let expected = N as f64 * f64::from(w) / f64::from(total);
        let got = counts[i] as f64;
        assert!(
            (got - expected).abs() <= expected * 0.01 + 1.0,
            "real {i} weight {w}: {got} picks, expected {expected:.0}"
        );
    }
    assert_eq!(counts[7], 0, "weight 0 is never scheduled");
}

#[test]
fn wrr_skips_overloaded_and_fails_when_all_are() {
    let mut reals = vec![cand(0, 2, 0, 0), cand(1, 1, 0, 0)];
    reals[0].overloaded = true;
    let mut wrr = Wrr::default();
    assert_eq!(picks(3, || wrr.schedule(&reals)), vec![1, 1, 1]);
    reals[1].overloaded = true;
    assert_eq!(wrr.schedule(&reals), None);
}

// ---- lc / wlc / sed / nq / fo / ovf ----

/// The first index minimising `num / den` over the reals `ok` admits: the IPVS
/// definitions written as formulas.
fn first_argmin(
    reals: &[Candidate],
    ok: impl Fn(&Candidate) -> bool,
    num: impl Fn(&Candidate) -> f64,
    den: impl Fn(&Candidate) -> f64,
) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, c) in reals.iter().enumerate() {
        if !ok(c) {
            continue;
        }
        let v = num(c) / den(c);
        if best.is_none_or(|(_, b)| v < b) {
            best = Some((i, v));
        }
    }
    best.map(|(i, _)| i)
}

fn avail(c: &Candidate) -> bool {
    c.weight > 0 && !c.overloaded
}
fn overhead(c: &Candidate) -> f64 {
    f64::from(c.active) * 256.0 + f64::from(c.inactive)
}

#[test]
fn least_connection_family_on_hand_made_counts() {
    // (weight, active, inactive)
    let reals = vec![
        cand(0, 1, 2, 10),  // overhead 522, /1 = 522;  sed (2+1)/1 = 3
        cand(1, 3, 5, 0),   // overhead 1280, /3 = 426.7; sed 6/3 = 2
        cand(2, 2, 3, 100), // overhead 868, /2 = 434;   sed 4/2 = 2
        cand(3, 0, 0, 0),   // weight 0: never
    ];
    assert_eq!(
        least::lc(&reals),
        Some(0),
        "lc: least active*256+inactive = 522"
    );
    assert_eq!(least::wlc(&reals), Some(1), "wlc: 1280/3 < 868/2 < 522/1");
    assert_eq!(
        least::sed(&reals),
        Some(1),
        "sed: (5+1)/3 = (3+1)/2 = 2, first wins"
    );
    assert_eq!(least::nq(&reals), Some(1), "nq: nobody idle, so sed");
    let mut idle = reals.clone();
    idle[2].active = 0;
    idle[0].active = 0;
    assert_eq!(least::nq(&idle), Some(0), "nq: the first idle real");
    assert_eq!(least::fo(&reals), Some(1), "fo: highest weight");
    assert_eq!(least::lc(&[cand(0, 0, 0, 0)]), None);
    assert_eq!(least::wlc(&[]), None);
}

#[test]
fn least_connection_family_matches_formulas_on_random_counts() {
    let mut rng = Rng::new(7);
    for _ in 0..2_000 {
        let n = 1 + rng.next_u32() % 6;
        let reals: Vec<Candidate> = (0..n)
            .map(|i| Candidate {
                overloaded: rng.next_u32().is_multiple_of(5),
                ..cand(
                    i,
                    rng.next_u32() % 4,
                    rng.next_u32() % 5,
                    rng.next_u32() % 600,
                )
            })
            .collect();
        let w = |c: &Candidate| f64::from(c.weight);
        let one = |_: &Candidate| 1.0;
        let sed_oh = |c: &Candidate| f64::from(c.active) + 1.0;
        assert_eq!(
            least::lc(&reals),
            first_argmin(&reals, avail, overhead, one),
            "lc {reals:?}"
        );
        assert_eq!(
            least::wlc(&reals),
            first_argmin(&reals, avail, overhead, w),
            "wlc {reals:?}"
        );
        assert_eq!(
            least::sed(&reals),
            first_argmin(&reals, avail, sed_oh, w),
            "sed {reals:?}"
        );
        let idle = reals.iter().position(|c| avail(c) && c.active == 0);
        let nq = idle.or_else(|| first_argmin(&reals, avail, sed_oh, w));
        assert_eq!(least::nq(&reals), nq, "nq {reals:?}");
        let fo = first_argmin(&reals, avail, |c| -f64::from(c.weight), one);
        assert_eq!(least::fo(&reals), fo, "fo {reals:?}");
        let ovf = first_argmin(
            &reals,
            |c| avail(c) && c.active <= c.weight,
            |c| -f64::from(c.weight),
            one,
        );
        assert_eq!(least::ovf(&reals), ovf, "ovf {reals:?}");
    }
}

#[test]
fn ovf_uses_weight_as_active_connection_cap() {
    // Highest weight first while its active connections do not exceed its weight.
    let mut reals = vec![cand(0, 2, 0, 0), cand(1, 5, 0, 0), cand(2, 5, 0, 0)];
    let mut order = Vec::new();
    for _ in 0..14 {
        let i = least::ovf(&reals).expect("capacity left");
        reals[i].active += 1;
        order.push(i);
    }
    // real 1 takes 6 (active 0..=5 <= 5), then real 2 takes 6, then real 0 takes 3.
    let mut expect = vec![1; 6];
    expect.extend([2; 6]);
    expect.extend([0, 0]);
    assert_eq!(order, expect);
    reals[0].active = 3;
    assert_eq!(least::ovf(&reals), None, "every real above its cap");
}

#[test]
fn fo_picks_highest_weight_and_fails_over() {
    let mut reals = vec![cand(0, 10, 50, 0), cand(1, 20, 900, 0), cand(2, 20, 0, 0)];
    assert_eq!(
        least::fo(&reals),
        Some(1),
        "highest weight, first of equals, load ignored"
    );
    reals[1].overloaded = true;
    assert_eq!(least::fo(&reals), Some(2));
    reals[2].weight = 0;
    assert_eq!(least::fo(&reals), Some(0));
}

// ---- sh / dh ----

#[test]
fn sh_table_repeats_each_real_weight_times() {
    let reals = vec![cand(0, 3, 0, 0), cand(1, 1, 0, 0), cand(2, 0, 0, 0)];
    let t = sh_table(&reals);
    assert_eq!(t.len(), TABLE_SIZE);
    assert_eq!(&t[..10], &[0, 0, 0, 1, 2, 0, 0, 0, 1, 2].map(Some));
    let d = dh_table(&reals);
    assert_eq!(&d[..6], &[0, 1, 2, 0, 1, 2].map(Some));
    assert!(sh_table(&[]).iter().all(Option::is_none));
}

#[test]
fn sh_and_dh_are_stable_and_spread() {
    let reals = equal(8, 1);
    let mut sh = Sh::new(false, false);
    let mut dh = Dh::default();
    let mut rng = Rng::new(3);
    let mut sh_counts = [0u32; 8];
    let mut dh_counts = [0u32; 8];
    for _ in 0..8_000 {
        let mut f = rng.flow();
        let a = sh.schedule(&reals, &f).expect("sh picks");
        f.src_port = f.src_port.wrapping_add(1);
        assert_eq!(
            sh.schedule(&reals, &f),
            Some(a),
            "sh ignores the port without sh-port"
        );
        sh_counts[a] += 1;
        f.dst = f.src;
        let b = dh.schedule(&reals, &f).expect("dh picks");
        assert_eq!(dh.schedule(&reals, &f), Some(b), "dh is stable");
        dh_counts[b] += 1;
    }
    for (i, (&s, &d)) in sh_counts.iter().zip(&dh_counts).enumerate() {
        assert!((600..1400).contains(&s), "sh real {i}: {s} of 8000");
        assert!((600..1400).contains(&d), "dh real {i}: {d} of 8000");
    }
}

#[test]
fn sh_port_and_fallback_flags() {
    let mut reals = equal(8, 1);
    let mut with_port = Sh::new(true, false);
    let spread: std::collections::BTreeSet<usize> = (0..64)
        .map(|p| {
            with_port
                .schedule(&reals, &flow_from(1, 1000 + p))
                .expect("picks")
        })
        .collect();
    assert!(
        spread.len() > 4,
        "sh-port spreads one client's ports: {spread:?}"
    );

    let f = flow_from(42, 5000);
    let mut plain = Sh::new(false, false);
    let mut fallback = Sh::new(false, true);
    let home = plain.schedule(&reals, &f).expect("picks");
    assert_eq!(fallback.schedule(&reals, &f), Some(home));
    reals[home].overloaded = true;
    assert_eq!(
        plain.schedule(&reals, &f),
        None,
        "without fallback: no destination"
    );
    let other = fallback
        .schedule(&reals, &f)
        .expect("fallback finds another");
    assert_ne!(other, home);
    assert!(reals[other].available());
}

// ---- mh ----

#[test]
fn hsiphash_is_siphash_1_3() {
    // Rust's DefaultHasher is SipHash-1-3 with a zero key: the same function.
    for v in [0u32, 1, 0xdead_beef, 2_654_435_761] {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        h.write(&v.to_le_bytes());
        assert_eq!(hsiphash_u32(v, [0, 0]), h.finish() as u32, "v = {v:#x}");
    }
}

fn mh_keys(n: u32) -> Vec<crate::service::RealKey> {
    (0..n).map(real).collect()
}

fn shares(table: &[Option<u32>], n: usize) -> Vec<u32> {
    let mut c = vec![0u32; n];
    for i in table.iter().map(|e| e.expect("full table")) {
        c[i as usize] += 1;
    }
    c
}

#[test]
fn maglev_gives_every_backend_its_fair_share() {
    let params = MaglevParams::default();
    assert_eq!(params.table_size(), 65_537);
    let table = maglev_table(&mh_keys(100), &[1; 100], params);
    let fair = 65_537.0 / 100.0;
    for (i, &s) in shares(&table, 100).iter().enumerate() {
        assert!(
            (f64::from(s) - fair).abs() <= fair * 0.01,
            "backend {i}: {s} slots, fair {fair}"
        );
    }
}

#[test]
fn maglev_weighted_shares_are_proportional() {
    let weights: Vec<u32> = (0..100).map(|i| 10 * (1 + i % 4)).collect();
    let table = maglev_table(&mh_keys(100), &weights, MaglevParams::default());
    let total: u32 = weights.iter().sum();
    for (i, &s) in shares(&table, 100).iter().enumerate() {
        let fair = 65_537.0 * f64::from(weights[i]) / f64::from(total);
        assert!(
            (f64::from(s) - fair).abs() <= fair * 0.01,
            "backend {i} weight {}: {s}, fair {fair:.1}",
            weights[i]
        );
    }
}

#[test]
fn maglev_weights_beyond_table_bits_are_shifted() {
    // IPVS's table (4093, 6 bits): weights 1 and 1000 give turns 0→1 and 1000>>4 = 62.
    let table = maglev_table(&mh_keys(2), &[1, 1000], MaglevParams::IPVS);
    let s = shares(&table, 2);
    assert_eq!(s[0] + s[1], 4093);
    assert!(
        (60..70).contains(&s[0]),
        "weight 1 keeps one turn per round of 63: {s:?}"
    );
}

/// The owner (a real's key) of every slot of `mh`'s table for `reals`.
fn owners(mh: &mut Maglev, reals: &[Candidate]) -> Vec<crate::service::RealKey> {
    mh.update(reals);
    mh.table()
        .iter()
        .map(|e| reals[e.expect("full table") as usize].real)
        .collect()
}

fn assert_fair(owners: &[crate::service::RealKey], reals: &[Candidate]) {
    let total: u32 = reals.iter().map(|c| c.weight).sum();
    for c in reals {
        let s = owners.iter().filter(|&&o| o == c.real).count() as f64;
        let fair = owners.len() as f64 * f64::from(c.weight) / f64::from(total);
        assert!(
            (s - fair).abs() <= fair * 0.01,
            "{:?} weight {}: {s} slots, fair {fair:.1}",
            c.real,
            c.weight
        );
    }
}

#[test]
fn maglev_removal_moves_only_the_removed_backends_flows() {
    let mut mh = Maglev::new(MaglevParams::default(), false, false);
    let all = equal(100, 1);
    let before = owners(&mut mh, &all);
    assert_fair(&before, &all);
    let gone = real(37);
    let rest: Vec<Candidate> = all.iter().copied().filter(|c| c.real != gone).collect();
    let after = owners(&mut mh, &rest);
    let mut on_removed = 0;
    for (slot, (b, a)) in before.iter().zip(&after).enumerate() {
        if *b == gone {
            on_removed += 1;
        } else {
            assert_eq!(a, b, "slot {slot} of a remaining backend changed hands");
        }
    }
    assert!(
        on_removed > 600,
        "the removed backend had {on_removed} slots"
    );
    assert_fair(&after, &rest);

    // Adding it back moves only flows to it, and restores fair shares.
    let again = owners(&mut mh, &all);
    for (slot, (a, g)) in after.iter().zip(&again).enumerate() {
        assert!(g == a || *g == gone, "slot {slot} moved between two others");
    }
    assert_fair(&again, &all);
}

#[test]
fn maglev_weight_change_moves_only_flows_of_the_changed_backend() {
    let mut mh = Maglev::new(MaglevParams::default(), false, false);
    let mut reals: Vec<Candidate> = (0..20).map(|i| cand(i, 10 + i % 3, 0, 0)).collect();
    let mut prev = owners(&mut mh, &reals);
    assert_fair(&prev, &reals);
    let changed = reals[5].real;
    for w in [40, 3, 25] {
        reals[5].weight = w;
        let after = owners(&mut mh, &reals);
        for (slot, (p, a)) in prev.iter().zip(&after).enumerate() {
            assert!(
                p == a || *p == changed || *a == changed,
                "weight {w}: slot {slot} moved from {p:?} to {a:?}, neither of which changed"
            );
        }
        assert_fair(&after, &reals);
        prev = after;
    }
}

#[test]
fn maglev_random_changes_keep_shares_fair_and_untouched_backends_slots() {
    let mut rng = Rng::new(5);
    let mut mh = Maglev::new(MaglevParams::new(4_099, 8).expect("prime"), false, false);
    let mut reals: Vec<Candidate> = (0..12).map(|i| cand(i, 1 + i % 4, 0, 0)).collect();
    let mut prev = owners(&mut mh, &reals);
    let mut next_id = 12;
    for step in 0..200 {
        let pick = rng.next_u32() as usize % reals.len();
        let touched = match rng.next_u32() % 3 {
            0 if reals.len() > 2 => reals.remove(pick).real,
            1 => {
                reals.insert(pick, cand(next_id, 1 + rng.next_u32() % 5, 0, 0));
                next_id += 1;
                reals[pick].real
            }
            _ => {
                reals[pick].weight = 1 + rng.next_u32() % 5;
                reals[pick].real
            }
        };
        let after = owners(&mut mh, &reals);
        for (slot, (p, a)) in prev.iter().zip(&after).enumerate() {
            assert!(
                p == a || *p == touched || *a == touched,
                "step {step}: slot {slot} moved from {p:?} to {a:?}; only {touched:?} changed"
            );
        }
        assert_fair(&after, &reals);
        prev = after;
    }
}

#[test]
fn maglev_ipvs_params_rebuild_as_ipvs_does() {
    let params = MaglevParams::IPVS;
    let mut mh = Maglev::new(params, false, false);
    let all = equal(10, 1);
    mh.update(&all);
    let rest: Vec<Candidate> = all[1..].to_vec();
    mh.update(&rest);
    let keys: Vec<_> = rest.iter().map(|c| c.real).collect();
    assert_eq!(mh.table(), &maglev_table(&keys, &[1; 9], params)[..]);
}

#[test]
fn maglev_quiesce_keeps_layout_and_fallback_reroutes() {
    let mut reals = equal(10, 1);
    let mut mh = Maglev::new(MaglevParams::default(), false, false);
    let mut mh_fb = Maglev::new(MaglevParams::default(), false, true);
    let mut rng = Rng::new(11);
    let flows: Vec<_> = (0..2_000).map(|_| rng.flow()).collect();
    let home: Vec<usize> = flows
        .iter()
        .map(|f| mh.schedule(&reals, f).expect("picks"))
        .collect();
    let table = mh.table().to_vec();
    mh_fb.update(&reals);
    reals[3].weight = 0;
    for (f, &h) in flows.iter().zip(&home) {
        let now = mh.schedule(&reals, f);
        let fb = mh_fb.schedule(&reals, f).expect("fallback finds one");
        if h == 3 {
            assert_eq!(now, None, "quiesced real gets no new flow");
            assert_ne!(fb, 3);
        } else {
            assert_eq!(now, Some(h), "other flows stay put");
            assert_eq!(fb, h);
        }
    }
    assert_eq!(
        mh.table(),
        &table[..],
        "weight 0 keeps the last weight's layout"
    );
}

#[test]
fn mh_port_flag_hashes_the_source_port() {
    let reals = equal(16, 1);
    let mut mh = Maglev::new(MaglevParams::IPVS, true, false);
    let spread: std::collections::BTreeSet<usize> = (0..64)
        .map(|p| mh.schedule(&reals, &flow_from(9, 2000 + p)).expect("picks"))
        .collect();
    assert!(spread.len() > 8, "{spread:?}");
}

// ---- lblc / lblcr ----

#[test]
fn lblc_keeps_a_destination_on_its_real_until_overloaded() {
    let t = Instant::from_secs(1);
    let mut lblc = Lblc::default();
    let mut reals = vec![cand(0, 4, 3, 0), cand(1, 4, 1, 0), cand(2, 4, 2, 0)];
    let f = flow_from(1, 1);
    // No entry: weighted least-connection picks real 1 (overhead 256 is least).
    assert_eq!(lblc.schedule(t, &reals, &f), Some(1));
    assert_eq!(lblc.cached(f.dst), Some(real(1)));
    // Busier now, but active (4) does not exceed weight (4): stays.
    reals[1].active = 4;
    assert_eq!(lblc.schedule(t, &reals, &f), Some(1));
    // active 5 > weight 4, but nobody has active*2 < weight (3*2, 2*2 >= 4): stays.
    reals[1].active = 5;
    assert_eq!(lblc.schedule(t, &reals, &f), Some(1));
    // real 2 drops to 1 active (1*2 < 4): real 1 counts as overloaded, re-pick by wlc.
    reals[2].active = 1;
    assert_eq!(lblc.schedule(t, &reals, &f), Some(2));
    assert_eq!(lblc.cached(f.dst), Some(real(2)));
    // Weight 0 invalidates the entry as well.
    reals[2].weight = 0;
    assert_eq!(lblc.schedule(t, &reals, &f), Some(0));
    // Entries idle for the expiration are forgotten.
    lblc.expire(t.saturating_add(Duration::from_secs(24 * 3600)));
    assert_eq!(lblc.cached(f.dst), None);
}

#[test]
fn lblcr_grows_its_set_when_overloaded_and_shrinks_after_expiration() {
    let exp = Duration::from_secs(60);
    let mut lblcr = Lblcr::new(exp);
    let mut reals = vec![cand(0, 2, 0, 0), cand(1, 2, 1, 0), cand(2, 2, 1, 0)];
    let f = flow_from(2, 1);
    let t0 = Instant::from_secs(10);
    assert_eq!(lblcr.schedule(t0, &reals, &f), Some(0));
    // Real 0 overloaded in lblcr's sense (3 > 2, and real 3 below half): add wlc's pick.
    reals[0].active = 3;
    reals.push(cand(3, 2, 0, 0));
    assert_eq!(lblcr.schedule(t0, &reals, &f), Some(3));
    assert_eq!(lblcr.cached(f.dst), Some(&[real(3), real(0)][..]));
    // The set's least loaded member (3) serves while it is fine.
    reals[3].active = 1;
    assert_eq!(lblcr.schedule(t0, &reals, &f), Some(3));
    // After the expiration without change, the most loaded member (0) leaves the set.
    let later = t0.saturating_add(exp + Duration::from_secs(1));
    assert_eq!(lblcr.schedule(later, &reals, &f), Some(3));
    assert_eq!(lblcr.cached(f.dst), Some(&[real(3)][..]));
}

// ---- the state wrapper ----

#[test]
fn scheduler_state_dispatches_by_name() {
    let reals = vec![cand(0, 1, 9, 0), cand(1, 3, 0, 0)];
    let f = flow_from(5, 5);
    let mut picks_by: HashMap<&str, Option<usize>> = HashMap::new();
    for s in [Scheduler::Lc, Scheduler::Fo, Scheduler::Rr, Scheduler::Wrr] {
        let mut st = SchedulerState::new(s);
        picks_by.insert(s.name(), st.schedule(Instant::ZERO, &reals, &f));
    }
    assert_eq!(picks_by["lc"], Some(1));
    assert_eq!(picks_by["fo"], Some(1));
    assert_eq!(picks_by["rr"], Some(0));
    assert_eq!(
        picks_by["wrr"],
        Some(0),
        "a fresh wrr service starts on its weight >= 1 pass"
    );
}
