//! Service quorum with hysteresis, quorum_up/quorum_down, sorry server.

use super::util::*;
use crate::monitor::Event;
use crate::spec::{Script, SorryServerSpec};

/// Real server `i` is down during [10 + 10 i, 100 - 10 i): they fail one after another,
/// then recover in reverse order. All checks run every 10 s with retry 0.
fn staggered(r: usize, t: crate::time::Instant) -> bool {
    let r = r as f64;
    !(t >= secs(10.0 + 10.0 * r) && t < secs(100.0 - 10.0 * r))
}

#[test]
fn quorum_with_hysteresis_is_lost_below_q_minus_h_and_gained_at_q_plus_h() {
    let mut svc = service(4, tcp(10.0, 1.0, 0, 1.0));
    svc.quorum = 3;
    svc.hysteresis = 1;
    svc.quorum_up = Some(Script::new("/bin/qup"));
    svc.quorum_down = Some(Script::new("/bin/qdown"));
    let mut sim = Sim::new(&[svc], instant_world(staggered));
    assert!(sim.m.quorum_up(0), "4 live ≥ 3 + 1");
    sim.run_until(secs(130.0));
    let q: Vec<_> = sim
        .events()
        .into_iter()
        .filter(|e| matches!(e.1, Event::QuorumUp(_) | Event::QuorumDown(_)))
        .collect();
    // Downs at 10, 20, 30, 40 (live 3, 2, 1, 0): lost at 1 < 3 - 1, kept at 2. Ups at 70,
    // 80, 90, 100 (live 1, 2, 3, 4): gained at 4 ≥ 3 + 1, not at 3. At start quorum is
    // gained (keepalived 2.2.7 logs "Gained quorum" and runs quorum_up).
    assert_eq!(
        q,
        vec![
            (secs(0.0), Event::QuorumUp(0)),
            (secs(30.0), Event::QuorumDown(0)),
            (secs(100.0), Event::QuorumUp(0))
        ]
    );
}

#[test]
fn weights_count_toward_quorum() {
    let mut svc = service(2, tcp(10.0, 1.0, 0, 1.0));
    svc.reals[0].weight = 5;
    svc.reals[1].weight = 1;
    svc.quorum = 3;
    let mut sim = Sim::new(&[svc], instant_world(|r, t| r == 1 || t < secs(5.0)));
    sim.run_until(secs(15.0));
    assert_eq!(
        sim.events().last(),
        Some(&(secs(10.0), Event::QuorumDown(0))),
        "1 < 3 once the weight-5 server is gone"
    );
}

#[test]
fn sorry_server_replaces_the_pool_while_quorum_is_lost() {
    let mut svc = service(2, tcp(10.0, 1.0, 0, 1.0));
    svc.quorum = 2;
    svc.sorry_server = Some(SorryServerSpec {
        addr: addr(99),
        weight: 1,
        inhibit: false,
    });
    // Real 1 fails at 10..60, real 0 at 30..50.
    let world = instant_world(|r, t| {
        if r == 1 {
            !(t >= secs(10.0) && t < secs(60.0))
        } else {
            !(t >= secs(30.0) && t < secs(50.0))
        }
    });
    let mut sim = Sim::new(&[svc], world);
    assert_eq!(
        sim.set_real(sorry(0)),
        vec![(secs(0.0), false, None)],
        "quorum up at start: sorry server unused"
    );
    sim.run_until(secs(70.0));
    assert_eq!(
        sim.set_real(sorry(0))[1..],
        [(secs(10.0), true, Some(1)), (secs(60.0), false, None)]
    );
    assert_eq!(
        sim.set_real(real(0, 0)),
        vec![
            (secs(0.0), true, Some(1)),
            (secs(10.0), true, None), // alive but pulled for the sorry server
            (secs(30.0), false, None),
            (secs(50.0), true, None),
            (secs(60.0), true, Some(1)),
        ]
    );
    // At 60 the server is first alive but still out (the sorry server holds the pool),
    // then quorum comes back and it is added, as keepalived's perform_svr_state sequences it.
    assert_eq!(
        sim.set_real(real(0, 1))[1..],
        [
            (secs(10.0), false, None),
            (secs(60.0), true, None),
            (secs(60.0), true, Some(1))
        ]
    );
}

#[test]
fn sorry_server_inhibit_keeps_it_at_weight_zero_when_unused() {
    let mut svc = service(1, tcp(10.0, 1.0, 0, 1.0));
    svc.sorry_server = Some(SorryServerSpec {
        addr: addr(99),
        weight: 2,
        inhibit: true,
    });
    let mut sim = Sim::new(
        &[svc],
        instant_world(|_, t| !(t >= secs(10.0) && t < secs(30.0))),
    );
    sim.run_until(secs(40.0));
    assert_eq!(
        sim.set_real(sorry(0)),
        vec![
            (secs(0.0), false, Some(0)),
            (secs(10.0), true, Some(2)),
            (secs(30.0), false, Some(0))
        ]
    );
}

#[test]
fn alpha_service_starts_on_the_sorry_server_with_quorum_down() {
    let mut check = tcp(10.0, 1.0, 0, 1.0);
    check.timing.alpha = Some(true);
    let mut svc = service(1, check);
    svc.sorry_server = Some(SorryServerSpec {
        addr: addr(99),
        weight: 1,
        inhibit: false,
    });
    let mut sim = Sim::new(&[svc], instant_world(|_, _| true));
    assert_eq!(
        sim.events(),
        vec![(secs(0.0), Event::QuorumDown(0))],
        "keepalived: Starting with quorum down"
    );
    assert_eq!(sim.set_real(sorry(0)), vec![(secs(0.0), true, Some(1))]);
    sim.run_until(secs(1.0));
    assert_eq!(sim.set_real(sorry(0))[1], (secs(0.0), false, None));
    assert!(sim.m.quorum_up(0));
    assert_eq!(sim.m.weight(real(0, 0)), Some(1));
}

#[test]
fn starting_below_quorum_without_sorry_server_is_silent() {
    let mut svc = service(1, tcp(10.0, 1.0, 0, 1.0));
    svc.quorum = 2;
    let sim = Sim::new(&[svc], instant_world(|_, _| true));
    assert_eq!(sim.events(), vec![]);
    assert!(!sim.m.quorum_up(0));
    assert_eq!(
        sim.m.weight(real(0, 0)),
        Some(1),
        "below quorum the servers still serve"
    );
}
