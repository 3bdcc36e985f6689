//! Several routers on a simulated LAN.

use std::time::Duration;

use super::util::{cfg, Lan};
use crate::instance::{Input, State};
use crate::packet::Version;
use crate::time::Instant;

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

#[test]
fn highest_priority_is_elected_and_nobody_else_ever_is_master() {
    let mut lan = Lan::new(1);
    let a = lan.add(cfg(1, Version::V2, 1, 100));
    let b = lan.add(cfg(1, Version::V2, 2, 150));
    let c = lan.add(cfg(1, Version::V2, 3, 50));
    lan.run_until(Instant::from_secs(30));
    assert_eq!(lan.masters(1), vec![b]);
    assert_eq!(lan.state(a), State::Backup);
    assert_eq!(lan.state(c), State::Backup);
    // Master down interval of priority 150 over v2: 3 s + (256-150)/256 s.
    let expected = Instant::ZERO + secs(3.0) + Duration::from_micros(106 * 1_000_000 / 256);
    assert_eq!(
        lan.first_transition(b, 0, State::Master, Instant::ZERO),
        Some(expected)
    );
    assert!(
        lan.transitions
            .iter()
            .all(|t| t.state != State::Master || t.node == b),
        "only b was ever master: {:?}",
        lan.transitions
    );
}

#[test]
fn backup_takes_over_within_master_down_interval_after_master_dies() {
    let mut lan = Lan::new(2);
    let m = lan.add(cfg(1, Version::V2, 1, 200));
    let b = lan.add(cfg(1, Version::V2, 2, 100));
    lan.run_until(Instant::from_secs(10));
    assert_eq!(lan.masters(1), vec![m]);
    let down = lan.member(b, 0).master_down_interval();
    assert_eq!(
        down,
        secs(3.0) + Duration::from_micros(156 * 1_000_000 / 256)
    );
    let killed = lan.now;
    lan.kill(m);
    lan.run_for(secs(10.0));
    let took = lan
        .first_transition(b, 0, State::Master, killed)
        .expect("backup became master");
    let gap = took.saturating_since(killed);
    // The last advert arrived less than one interval before the crash.
    assert!(
        gap <= down && gap > down - secs(1.0),
        "took over after {gap:?}, down interval {down:?}"
    );
    assert_eq!(lan.state(b), State::Master);
}

#[test]
fn graceful_stop_hands_over_after_skew_only() {
    let mut lan = Lan::new(3);
    let m = lan.add(cfg(1, Version::V2, 1, 200));
    let b = lan.add(cfg(1, Version::V2, 2, 100));
    lan.run_until(Instant::from_millis(10_500));
    let stopped = lan.now;
    lan.with_router(m, |r, now| match r {
        super::util::Router::Single(i) => i.handle_input(now, Input::Stop),
        super::util::Router::Group(_) => unreachable!("single"),
    });
    lan.run_for(secs(5.0));
    let took = lan
        .first_transition(b, 0, State::Master, stopped)
        .expect("takeover");
    let skew = lan.member(b, 0).skew();
    assert_eq!(took.saturating_since(stopped), lan.latency + skew);
    assert_eq!(
        lan.first_transition(m, 0, State::Stop, stopped),
        Some(stopped)
    );
}

#[test]
fn higher_priority_router_preempts_when_it_joins() {
    let mut lan = Lan::new(4);
    let low = lan.add(cfg(1, Version::V2, 1, 100));
    lan.run_until(Instant::from_secs(10));
    assert_eq!(lan.masters(1), vec![low]);
    let joined = lan.now;
    let high = lan.add(cfg(1, Version::V2, 2, 200));
    lan.run_for(secs(20.0));
    assert_eq!(lan.masters(1), vec![high]);
    let took = lan
        .first_transition(high, 0, State::Master, joined)
        .expect("preempted");
    let down = lan.member(high, 0).master_down_interval();
    assert_eq!(
        took.saturating_since(joined),
        down,
        "lower adverts do not reset its timer"
    );
    assert!(lan.first_transition(low, 0, State::Backup, took).is_some());
}

#[test]
fn nopreempt_router_stays_backup() {
    let mut lan = Lan::new(5);
    let low = lan.add(cfg(1, Version::V2, 1, 100));
    lan.run_until(Instant::from_secs(10));
    let mut c = cfg(1, Version::V2, 2, 200);
    c.preempt = false;
    let high = lan.add(c);
    lan.run_for(secs(120.0));
    assert_eq!(lan.masters(1), vec![low]);
    assert_eq!(lan.state(high), State::Backup);
    // Until the master goes away.
    lan.kill(low);
    lan.run_for(secs(5.0));
    assert_eq!(lan.masters(1), vec![high]);
}

#[test]
fn preempt_delay_holds_back_the_higher_router() {
    let mut lan = Lan::new(6);
    let low = lan.add(cfg(1, Version::V2, 1, 100));
    lan.run_until(Instant::from_secs(10));
    let mut c = cfg(1, Version::V2, 2, 200);
    c.preempt_delay = secs(10.0);
    let joined = lan.now;
    let high = lan.add(c);
    lan.run_for(secs(30.0));
    assert_eq!(lan.masters(1), vec![high]);
    let took = lan
        .first_transition(high, 0, State::Master, joined)
        .expect("preempted");
    let waited = took.saturating_since(joined);
    let down = lan.member(high, 0).master_down_interval();
    // The delay starts at the first lower advert (< 1 s after joining), then the
    // down timer runs from the last accepted one.
    assert!(
        waited >= secs(10.0) + down - secs(1.0),
        "took over after {waited:?}"
    );
    assert!(waited <= secs(11.0) + down, "took over after {waited:?}");
    assert_eq!(lan.state(low), State::Backup);
}

#[test]
fn equal_priority_tie_goes_to_the_higher_address() {
    let mut lan = Lan::new(7);
    let lo = lan.add(cfg(1, Version::V2, 1, 100));
    let hi = lan.add(cfg(1, Version::V2, 2, 100));
    lan.run_until(Instant::from_secs(20));
    assert_eq!(lan.masters(1), vec![hi]);
    assert_eq!(lan.state(lo), State::Backup);
    // Both timed out together; the lower address yielded on the first advert.
    let lo_master = lan
        .first_transition(lo, 0, State::Master, Instant::ZERO)
        .expect("was master");
    let lo_backup = lan
        .first_transition(lo, 0, State::Backup, lo_master)
        .expect("yielded");
    assert!(lo_backup.saturating_since(lo_master) <= lan.latency);
}

#[test]
fn split_brain_when_cut_and_one_master_within_one_interval_after_healing() {
    let mut lan = Lan::new(8);
    let a = lan.add(cfg(1, Version::V2, 1, 200));
    let b = lan.add(cfg(1, Version::V2, 2, 100));
    lan.run_until(Instant::from_secs(10));
    assert_eq!(lan.masters(1), vec![a]);
    lan.nodes[b].segment = 1;
    lan.run_for(secs(10.0));
    assert_eq!(lan.masters(1), vec![a, b], "split brain: both master");
    lan.nodes[b].segment = 0;
    let healed = lan.now;
    let interval = secs(1.0);
    let mut t = healed;
    let mut single_at = None;
    while t <= healed + interval * 3 {
        t = t + Duration::from_millis(10);
        lan.run_until(t);
        if lan.masters(1).len() == 1 && single_at.is_none() {
            single_at = Some(t);
        }
    }
    let single_at = single_at.expect("healed");
    assert!(
        single_at.saturating_since(healed) <= interval + Duration::from_millis(10),
        "one master {:?} after healing",
        single_at.saturating_since(healed)
    );
    assert_eq!(lan.masters(1), vec![a]);
}

#[test]
fn v3_fast_adverts_fail_over_under_500ms_and_backup_learns_the_interval() {
    let mut lan = Lan::new(9);
    let mut mc = cfg(1, Version::V3, 1, 200);
    mc.advert_int = Duration::from_millis(100);
    let m = lan.add(mc);
    // The backup is configured with 1 s: v3 learns the master's 100 ms.
    let b = lan.add(cfg(1, Version::V3, 2, 100));
    lan.run_until(Instant::from_secs(10));
    assert_eq!(lan.masters(1), vec![m]);
    assert_eq!(
        lan.member(b, 0).master_adver_int(),
        Duration::from_millis(100)
    );
    let killed = lan.now;
    lan.kill(m);
    lan.run_for(secs(2.0));
    let took = lan
        .first_transition(b, 0, State::Master, killed)
        .expect("takeover");
    assert!(took.saturating_since(killed) < Duration::from_millis(500));
    // As MASTER it goes back to its own interval, and so does its v3 skew:
    // (256-100) * 100 cs * 625 / 16 us.
    assert_eq!(lan.member(b, 0).master_adver_int(), secs(1.0));
    assert_eq!(
        lan.member(b, 0).skew(),
        Duration::from_micros(156 * 100 * 625 / 16)
    );
}

#[test]
fn sync_group_fails_over_together() {
    let mut lan = Lan::new(10);
    let a = lan.add_group(
        "G",
        vec![cfg(1, Version::V2, 1, 200), cfg(2, Version::V2, 1, 200)],
    );
    let b = lan.add_group(
        "G",
        vec![cfg(1, Version::V2, 2, 100), cfg(2, Version::V2, 2, 100)],
    );
    lan.run_until(Instant::from_secs(10));
    assert_eq!((lan.masters(1), lan.masters(2)), (vec![a], vec![a]));
    // One link of a goes down: the whole group on a goes FAULT, b takes both.
    let cut = lan.now;
    let sent_before: Vec<u64> = (0..2)
        .map(|m| lan.member(a, m).stats().adverts_sent)
        .collect();
    lan.with_router(a, |r, now| match r {
        super::util::Router::Group(g) => g.handle_input(now, 0, Input::Link { up: false }),
        super::util::Router::Single(_) => unreachable!("group"),
    });
    assert_eq!(lan.member(a, 0).state(), State::Fault);
    assert_eq!(lan.member(a, 1).state(), State::Fault);
    // Own fault: two priority 0 adverts; pulled in by the group: one.
    assert_eq!(lan.member(a, 0).stats().adverts_sent - sent_before[0], 2);
    assert_eq!(lan.member(a, 1).stats().adverts_sent - sent_before[1], 1);
    lan.run_for(secs(5.0));
    assert_eq!((lan.masters(1), lan.masters(2)), (vec![b], vec![b]));
    for m in 0..2 {
        let took = lan
            .first_transition(b, m, State::Master, cut)
            .expect("takeover");
        // a resigned with priority 0: b waits only its skew.
        assert!(
            took.saturating_since(cut) < secs(1.0),
            "member {m} after {took}"
        );
    }
    // Link back: a comes up as BACKUP, preempts both again.
    lan.with_router(a, |r, now| match r {
        super::util::Router::Group(g) => g.handle_input(now, 0, Input::Link { up: true }),
        super::util::Router::Single(_) => unreachable!("group"),
    });
    lan.run_for(secs(10.0));
    assert_eq!((lan.masters(1), lan.masters(2)), (vec![a], vec![a]));
}

#[test]
fn ten_minutes_of_protocol_with_loss_and_partitions() {
    let wall = std::time::Instant::now();
    let mut lan = Lan::new(11);
    let nodes: Vec<usize> = (1..=4u8)
        .map(|i| lan.add(cfg(1, Version::V3, i, 50 * i)))
        .collect();
    let top = nodes[3];
    lan.run_until(Instant::from_secs(60));
    assert_eq!(lan.masters(1), vec![top]);
    // Stable minutes: no transition at all.
    let before = lan.transitions.len();
    lan.run_until(Instant::from_secs(240));
    assert_eq!(lan.transitions.len(), before, "no flapping on a clean LAN");
    // 20% loss for two minutes, then a partition, then healing.
    lan.loss_ppm = 200_000;
    lan.run_until(Instant::from_secs(360));
    lan.loss_ppm = 0;
    lan.run_until(Instant::from_secs(370));
    assert_eq!(lan.masters(1), vec![top], "converged after loss");
    lan.nodes[top].segment = 1;
    lan.run_until(Instant::from_secs(420));
    assert_eq!(lan.masters(1).len(), 2, "split brain during the partition");
    lan.nodes[top].segment = 0;
    lan.run_until(Instant::from_secs(600));
    assert_eq!(lan.masters(1), vec![top]);
    // About one advert per second from the master to three others.
    assert!(lan.delivered > 1_500, "{} packets delivered", lan.delivered);
    assert!(
        wall.elapsed() < Duration::from_secs(20),
        "simulation too slow: {:?}",
        wall.elapsed()
    );
}

#[test]
fn sync_group_stays_backup_while_only_one_member_lost_its_master() {
    let mut lan = Lan::new(12);
    let a = lan.add_group(
        "G",
        vec![cfg(1, Version::V2, 1, 200), cfg(2, Version::V2, 1, 200)],
    );
    let b = lan.add_group(
        "G",
        vec![cfg(1, Version::V2, 2, 100), cfg(2, Version::V2, 2, 100)],
    );
    lan.run_until(Instant::from_secs(10));
    assert_eq!((lan.masters(1), lan.masters(2)), (vec![a], vec![a]));
    // VRID 1 adverts vanish; VRID 2 still shows a healthy master. keepalived prefers
    // BACKUP to thrashing: b goes MASTER only when both members want it.
    lan.blocked_vrid = Some(1);
    lan.run_for(secs(30.0));
    assert_eq!((lan.masters(1), lan.masters(2)), (vec![a], vec![a]));
    assert_eq!(lan.member(b, 0).state(), State::Backup);
    assert!(
        lan.member(b, 0).wants_master(),
        "member 1 wants MASTER but is held"
    );
    // Then a dies entirely: b takes both, together.
    lan.blocked_vrid = None;
    let killed = lan.now;
    lan.kill(a);
    lan.run_for(secs(10.0));
    assert_eq!((lan.masters(1), lan.masters(2)), (vec![b], vec![b]));
    let t0 = lan
        .first_transition(b, 0, State::Master, killed)
        .expect("member 0");
    let t1 = lan
        .first_transition(b, 1, State::Master, killed)
        .expect("member 1");
    assert_eq!(t0, t1, "members moved together");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

    /// Whatever the priorities, versions and loss, once the LAN is clean again for a
    /// few master down intervals, exactly the highest priority (highest address on a
    /// tie) is MASTER.
    #[test]
    fn converges_to_the_best_router_after_any_loss(
        prios in proptest::collection::vec(1u8..=254, 2..5),
        v3 in proptest::prelude::any::<bool>(),
        loss_ppm in 0u32..600_000,
        seed in proptest::prelude::any::<u64>(),
    ) {
        let version = if v3 { Version::V3 } else { Version::V2 };
        let mut lan = Lan::new(seed);
        lan.loss_ppm = loss_ppm;
        let nodes: Vec<usize> = prios
            .iter()
            .enumerate()
            .map(|(i, p)| lan.add(cfg(1, version, i as u8 + 1, *p)))
            .collect();
        lan.run_until(Instant::from_secs(60));
        lan.loss_ppm = 0;
        lan.run_until(Instant::from_secs(80));
        let best = nodes
            .iter()
            .copied()
            .max_by_key(|n| (prios[*n], *n))
            .expect("nodes");
        proptest::prop_assert_eq!(lan.masters(1), vec![best]);
    }
}

#[test]
fn unicast_peers_elect_and_fail_over_without_multicast() {
    let mut lan = Lan::new(13);
    let peers = |me: u8| -> Vec<std::net::IpAddr> {
        (1..=3u8)
            .filter(|p| *p != me)
            .map(super::util::addr)
            .collect()
    };
    let nodes: Vec<usize> = (1..=3u8)
        .map(|i| {
            let mut c = cfg(1, Version::V3, i, 100 + i);
            c.unicast_peers = peers(i);
            lan.add(c)
        })
        .collect();
    lan.run_until(Instant::from_secs(10));
    assert_eq!(lan.masters(1), vec![nodes[2]]);
    let m = lan.member(nodes[2], 0);
    assert_eq!(m.stats().rejected_total(), 0);
    lan.kill(nodes[2]);
    lan.run_for(secs(5.0));
    assert_eq!(lan.masters(1), vec![nodes[1]]);
    for n in &nodes[..2] {
        assert_eq!(lan.member(*n, 0).stats().rejected_total(), 0, "node {n}");
    }
}

#[test]
fn jitter_and_reordering_cause_no_flapping() {
    let mut lan = Lan::new(14);
    lan.jitter = Duration::from_millis(300);
    let nodes: Vec<usize> = (1..=3u8)
        .map(|i| lan.add(cfg(1, Version::V2, i, 100 + 50 * (i - 1))))
        .collect();
    lan.run_until(Instant::from_secs(30));
    assert_eq!(lan.masters(1), vec![nodes[2]]);
    let settled = lan.transitions.len();
    lan.run_until(Instant::from_secs(630));
    assert_eq!(
        lan.transitions.len(),
        settled,
        "{:?}",
        &lan.transitions[settled..]
    );
}
