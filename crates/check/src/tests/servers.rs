//! Real-server state: alpha, several checkers, inhibit_on_failure, notify scripts, omega,
//! dynamic weights.

use super::util::*;
use crate::monitor::{Action, CheckerRef, Event};
use crate::outcome::Outcome;
use crate::spec::Script;

#[test]
fn alpha_starts_down_and_needs_one_success() {
    let mut check = tcp(10.0, 1.0, 3, 1.0);
    check.timing.alpha = Some(true);
    let svc = service(2, check);
    // Real 0 is healthy from t=15, real 1 never.
    let mut sim = Sim::new(&[svc], instant_world(|r, t| r == 0 && t >= secs(15.0)));
    assert_eq!(
        sim.set_real(real(0, 0)),
        vec![(secs(0.0), false, None)],
        "alpha: absent at start"
    );
    sim.run_until(secs(35.0));
    assert_eq!(sim.set_real(real(0, 0))[1..], [(secs(20.0), true, Some(1))]);
    assert_eq!(
        sim.probe_times(1),
        [0.0, 10.0, 20.0, 30.0].map(secs).to_vec(),
        "a down checker is not retried"
    );
    assert_eq!(sim.set_real(real(0, 1)).len(), 1, "real 1 never appears");
}

#[test]
fn alpha_with_retry_zero_announces_the_down_state_on_first_failure() {
    let mut check = tcp(10.0, 1.0, 0, 1.0);
    check.timing.alpha = Some(true);
    let mut svc = service(1, check);
    svc.reals[0].notify_down = Some(Script::new("/bin/down"));
    let mut sim = Sim::new(&[svc], instant_world(|_, _| false));
    sim.run_until(secs(25.0));
    let downs: Vec<_> = sim
        .events()
        .into_iter()
        .filter(|e| matches!(e.1, Event::RealDown(_)))
        .collect();
    assert_eq!(
        downs,
        vec![(secs(0.0), Event::RealDown(real(0, 0)))],
        "once, at the first verdict"
    );
}

#[test]
fn real_server_is_up_only_while_all_its_checkers_are() {
    let mut svc = service(1, tcp(10.0, 1.0, 0, 1.0));
    let mut second = tcp(10.0, 1.0, 0, 1.0);
    second.conn.connect_port = Some(8080);
    svc.reals[0].checkers.push(second);
    // Port 80 fails during [10, 40), port 8080 during [20, 60).
    let world: World = Box::new(|t, p, _| {
        let bad = if p.target.port() == 80 {
            t >= secs(10.0) && t < secs(40.0)
        } else {
            t >= secs(20.0) && t < secs(60.0)
        };
        if bad {
            refused()
        } else {
            ok()
        }
    });
    let mut sim = Sim::new(&[svc], world);
    sim.run_until(secs(70.0));
    assert_eq!(
        sim.set_real(real(0, 0)),
        vec![
            (secs(0.0), true, Some(1)),
            (secs(10.0), false, None),
            (secs(60.0), true, Some(1))
        ]
    );
    let c = |checker| CheckerRef {
        service: 0,
        real: 0,
        checker,
    };
    assert!(sim.m.checker_up(c(0)) && sim.m.checker_up(c(1)));
}

#[test]
fn inhibit_on_failure_keeps_the_entry_at_weight_zero() {
    let mut svc = service(1, tcp(10.0, 1.0, 0, 1.0));
    svc.inhibit_on_failure = true;
    svc.reals[0].weight = 5;
    let mut sim = Sim::new(
        &[svc],
        instant_world(|_, t| t < secs(5.0) || t > secs(25.0)),
    );
    sim.run_until(secs(40.0));
    assert_eq!(
        sim.set_real(real(0, 0)),
        vec![
            (secs(0.0), true, Some(5)),
            (secs(10.0), false, Some(0)),
            (secs(30.0), true, Some(5))
        ]
    );
}

#[test]
fn alpha_with_inhibit_starts_at_weight_zero() {
    let mut check = tcp(10.0, 1.0, 0, 1.0);
    check.timing.alpha = Some(true);
    let mut svc = service(1, check);
    svc.reals[0].inhibit_on_failure = Some(true);
    let sim = Sim::new(&[svc], instant_world(|_, _| false));
    assert_eq!(sim.set_real(real(0, 0)), vec![(secs(0.0), false, Some(0))]);
}

#[test]
fn notify_scripts_run_on_transitions_only() {
    let mut svc = service(1, tcp(10.0, 1.0, 0, 1.0));
    svc.reals[0].notify_up = Some(Script::new("/bin/up"));
    svc.reals[0].notify_down = Some(Script::new("/bin/down"));
    let mut sim = Sim::new(
        &[svc],
        instant_world(|_, t| t < secs(5.0) || t > secs(25.0)),
    );
    sim.run_until(secs(50.0));
    let notes: Vec<_> = sim
        .log
        .iter()
        .filter_map(|(t, a)| match a {
            Action::Notify {
                event: event @ (Event::RealUp(_) | Event::RealDown(_)),
                script,
            } => Some((*t, *event, script.clone().map(|s| s.command))),
            _ => None,
        })
        .collect();
    assert_eq!(
        notes,
        vec![
            (
                secs(10.0),
                Event::RealDown(real(0, 0)),
                Some("/bin/down".into())
            ),
            (
                secs(30.0),
                Event::RealUp(real(0, 0)),
                Some("/bin/up".into())
            ),
        ],
        "no notify at start (keepalived's rs_init_notifies is off by default)"
    );
}

#[test]
fn omega_sends_down_notifications_on_stop() {
    for omega in [false, true] {
        let mut svc = service(2, tcp(10.0, 1.0, 0, 1.0));
        svc.omega = omega;
        let mut sim = Sim::new(&[svc], instant_world(|r, _| r == 0));
        sim.run_until(secs(5.0));
        let before = sim.events().len();
        sim.m.handle_stop();
        sim.run_until(secs(6.0));
        // Stopped at t=5: run_until left the clock there before the stop.
        let after: Vec<_> = sim.events()[before..].iter().map(|e| e.1).collect();
        let expect = if omega {
            vec![Event::RealDown(real(0, 0)), Event::QuorumDown(0)]
        } else {
            vec![]
        };
        assert_eq!(after, expect, "omega={omega}");
        assert_eq!(
            sim.set_real(real(0, 0)).last(),
            Some(&(secs(5.0), false, None)),
            "removed on stop"
        );
        assert_eq!(sim.m.poll_timeout(), None, "no timer after stop");
    }
}

#[test]
fn dynamic_weight_replaces_the_configured_weight() {
    let mut svc = service(1, tcp(10.0, 1.0, 0, 1.0));
    svc.reals[0].weight = 3;
    let world: World = Box::new(|t, _, _| {
        let w = if t < secs(15.0) { 10 } else { 0 };
        Reply::After(dur(0.0), Outcome::Success { weight: Some(w) })
    });
    let mut sim = Sim::new(&[svc], world);
    sim.run_until(secs(25.0));
    assert_eq!(
        sim.set_real(real(0, 0)),
        vec![
            (secs(0.0), true, Some(3)),
            (secs(0.0), true, Some(10)),
            (secs(20.0), true, Some(0))
        ]
    );
}
