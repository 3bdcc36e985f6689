//! Reload: state carried over as keepalived's migrate_checkers does.

use super::util::*;
use crate::monitor::{Action, Event, ProbeId};
use crate::spec::RealSpec;

fn down_events(sim: &Sim, from: usize) -> Vec<Event> {
    sim.events()[from..].iter().map(|e| e.1).collect()
}

#[test]
fn unchanged_config_keeps_every_state_without_notifications() {
    let svc = service(2, tcp(10.0, 1.0, 0, 1.0));
    // Real 1 is down from t=5 on.
    let mut sim = Sim::new(
        std::slice::from_ref(&svc),
        instant_world(|r, t| r == 0 || t < secs(5.0)),
    );
    sim.run_until(secs(15.0));
    assert!(!sim.m.is_up(real(0, 1)));
    let before_events = sim.events().len();
    let before_log = sim.log.len();
    sim.m.reload(std::slice::from_ref(&svc), sim.now);
    sim.run_until(secs(15.0));
    assert_eq!(
        down_events(&sim, before_events),
        vec![],
        "no transition, no notify"
    );
    let republished: Vec<_> = sim.log[before_log..]
        .iter()
        .filter_map(|(_, a)| match a {
            Action::SetReal { real, up, weight } => Some((*real, *up, *weight)),
            _ => None,
        })
        .collect();
    assert_eq!(
        republished,
        vec![(real(0, 0), true, Some(1)), (real(0, 1), false, None)],
        "full state after reload"
    );
    sim.run_until(secs(40.0));
    assert_eq!(
        down_events(&sim, before_events),
        vec![],
        "still no transition: the down checker stays down"
    );
}

#[test]
fn probes_in_flight_are_cancelled_and_their_late_results_ignored() {
    let svc = service(1, tcp(10.0, 5.0, 0, 1.0));
    let world: World = Box::new(|t, _, _| if t == secs(0.0) { Reply::Never } else { ok() });
    let mut sim = Sim::new(std::slice::from_ref(&svc), world);
    sim.run_until(secs(1.0));
    sim.m.reload(std::slice::from_ref(&svc), sim.now);
    sim.run_until(secs(1.0));
    assert!(
        sim.log
            .contains(&(secs(1.0), Action::CancelProbe(ProbeId(0)))),
        "the silent probe is cancelled by the reload"
    );
    sim.run_until(secs(30.0));
    assert!(
        sim.m.is_up(real(0, 0)),
        "the old deadline did not fire after the reload"
    );
}

#[test]
fn added_alpha_real_starts_down_and_removed_real_is_gone() {
    let svc = service(2, tcp(10.0, 1.0, 0, 1.0));
    let mut sim = Sim::new(std::slice::from_ref(&svc), instant_world(|_, _| true));
    sim.run_until(secs(5.0));
    let mut next = svc.clone();
    next.reals.remove(0);
    let mut added = RealSpec::new(addr(9));
    let mut alpha = tcp(10.0, 1.0, 0, 1.0);
    alpha.timing.alpha = Some(true);
    added.checkers.push(alpha);
    next.reals.push(added);
    let log_at = sim.log.len();
    sim.m.reload(&[next], sim.now);
    sim.drain();
    let set: Vec<_> = sim.log[log_at..]
        .iter()
        .filter_map(|(_, a)| match a {
            Action::SetReal { real, up, weight } => Some((*real, *up, *weight)),
            _ => None,
        })
        .collect();
    // The old real 1 (198.18.0.2) is now real 0; the new alpha real 198.18.0.9 is real 1.
    assert_eq!(
        set,
        vec![(real(0, 0), true, Some(1)), (real(0, 1), false, None)]
    );
    sim.run_until(secs(7.0));
    assert!(
        sim.m.is_up(real(0, 1)),
        "the new real comes up on its first success"
    );
}

#[test]
fn changed_checker_on_a_down_real_brings_it_up_optimistically() {
    let svc = service(1, tcp(10.0, 1.0, 2, 1.0));
    let mut sim = Sim::new(
        std::slice::from_ref(&svc),
        instant_world(|_, t| t < secs(5.0)),
    );
    sim.run_until(secs(14.0));
    assert!(!sim.m.is_up(real(0, 0)), "down at 12 after two retries");
    let mut next = svc.clone();
    next.reals[0].checkers[0].conn.connect_port = Some(8080);
    let events_at = sim.events().len();
    sim.m.reload(&[next], sim.now);
    sim.drain();
    // keepalived: no failed checker left and the server is down → perform_svr_state(UP).
    assert_eq!(
        down_events(&sim, events_at),
        vec![Event::RealUp(real(0, 0)), Event::QuorumUp(0)]
    );
    // ... and the new checker, though it has two retries, needs a single failure to
    // take it down again (its first probe runs at once: no bootstrap, no warmup here).
    sim.run_until(secs(14.0));
    assert!(!sim.m.is_up(real(0, 0)));
    assert_eq!(sim.probe_times(0).last(), Some(&secs(14.0)));
}
