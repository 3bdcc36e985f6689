//! The exact probe schedule: keepalived's `tcp_epilog` sequencing.
//!
//! A probe starts, ends (answer or `connect_timeout`), and the next one starts
//! `delay_before_retry` later while retries remain on an up checker, else `delay_loop`
//! later. An up checker that starts failing at probe time t0 is declared down after
//! `retry + 1` failed probes, i.e. at
//! `t0 + (retry + 1) × probe_duration + retry × delay_before_retry`
//! (probe_duration is `connect_timeout` when the server does not answer, ~0 when it
//! refuses). A down checker is probed every `delay_loop` and comes back on the first
//! success.

use std::time::Duration;

use super::util::*;
use crate::monitor::{Event, Options};
use crate::outcome::Outcome;
use crate::spec::{CheckKind, CheckerSpec, ServiceSpec, TimingSpec};
use crate::time::Instant;

#[test]
fn refused_connections_fail_after_retries_separated_by_delay_before_retry() {
    // Healthy until t=25, refusing until t=45.
    let svc = service(1, tcp(10.0, 3.0, 2, 1.0));
    let mut sim = Sim::new(
        &[svc],
        instant_world(|_, t| t < secs(25.0) || t >= secs(45.0)),
    );
    sim.run_until(secs(70.0));
    let expect: Vec<_> = [0.0, 10.0, 20.0, 30.0, 31.0, 32.0, 42.0, 52.0, 62.0]
        .map(secs)
        .to_vec();
    assert_eq!(sim.probe_times(0), expect, "probe schedule");
    assert_eq!(
        sim.set_real(real(0, 0)),
        vec![
            (secs(0.0), true, Some(1)),
            (secs(32.0), false, None),
            (secs(52.0), true, Some(1))
        ],
        "down at t0 + retry x delay_before_retry = 30 + 2 x 1, up at the first success"
    );
}

#[test]
fn silent_server_fails_after_retry_plus_one_timeouts() {
    let svc = service(1, tcp(10.0, 3.0, 2, 1.0));
    let world: World = Box::new(|t, _, _| if t < secs(25.0) { ok() } else { Reply::Never });
    let mut sim = Sim::new(&[svc], world);
    sim.run_until(secs(60.0));
    // 30 (timeout 33) → 34 (37) → 38 (41): down at 30 + 3×3 + 2×1 = 41, then every 10 s
    // counted from the end of the failed probe: 41 → 51 (54) → 64.
    let expect: Vec<_> = [0.0, 10.0, 20.0, 30.0, 34.0, 38.0, 51.0].map(secs).to_vec();
    assert_eq!(sim.probe_times(0), expect);
    assert_eq!(sim.set_real(real(0, 0))[1], (secs(41.0), false, None));
}

#[test]
fn retry_zero_fails_on_first_failure() {
    let svc = service(1, tcp(5.0, 1.0, 0, 1.0));
    let mut sim = Sim::new(&[svc], instant_world(|_, t| t < secs(7.0)));
    sim.run_until(secs(20.0));
    assert_eq!(sim.set_real(real(0, 0))[1], (secs(10.0), false, None));
    assert_eq!(
        sim.probe_times(0),
        [0.0, 5.0, 10.0, 15.0, 20.0].map(secs).to_vec()
    );
}

#[test]
fn one_success_between_failures_resets_the_retry_count() {
    let svc = service(1, tcp(10.0, 1.0, 1, 1.0));
    // Fails at 10, ok at 11 (retry), fails at 21, ok at 22: never two in a row.
    let world = instant_world(|_, t| ![secs(10.0), secs(21.0)].contains(&t));
    let mut sim = Sim::new(&[svc], world);
    sim.run_until(secs(40.0));
    assert_eq!(
        sim.set_real(real(0, 0)).len(),
        1,
        "never down: {:?}",
        sim.log
    );
    assert_eq!(
        sim.probe_times(0),
        [0.0, 10.0, 11.0, 21.0, 22.0, 32.0].map(secs).to_vec()
    );
}

#[test]
fn first_check_waits_bootstrap_plus_seeded_warmup() {
    let mut check = tcp(10.0, 1.0, 1, 1.0);
    check.timing.warmup = Some(Duration::from_secs(10));
    let svc = service(20, check);
    let firsts = |seed| {
        let opts = Options {
            seed,
            bootstrap_delay: Duration::from_secs(1),
        };
        let mut sim =
            Sim::with_options(std::slice::from_ref(&svc), opts, instant_world(|_, _| true));
        sim.run_until(secs(11.0));
        (0..20).map(|r| sim.probe_times(r)[0]).collect::<Vec<_>>()
    };
    let a = firsts(1);
    assert!(
        a.iter().all(|&t| t >= secs(1.0) && t <= secs(11.0)),
        "within 1 s + [0, warmup]: {a:?}"
    );
    let spread = a.iter().max().unwrap().as_micros() - a.iter().min().unwrap().as_micros();
    assert!(
        spread > 5_000_000,
        "20 checkers spread over the warmup: {a:?}"
    );
    assert_eq!(a, firsts(1), "same seed, same schedule");
    assert_ne!(a, firsts(2), "another seed, another schedule");
}

#[test]
fn default_timing_follows_keepalived() {
    let svc = ServiceSpec::new("x");
    let real = crate::spec::RealSpec::new(addr(1));
    let t = |kind| CheckerSpec::new(kind).timing(&real, &svc);
    let tcp = t(CheckKind::Tcp);
    assert_eq!(
        (
            tcp.delay_loop,
            tcp.probe_timeout,
            tcp.retry,
            tcp.delay_before_retry,
            tcp.warmup
        ),
        (dur(60.0), dur(5.0), 1, dur(1.0), dur(60.0))
    );
    let http = t(CheckKind::Http(Default::default()));
    assert_eq!(http.delay_before_retry, dur(3.0));
    let file = t(CheckKind::File(crate::spec::FileSpec {
        path: "/x".into(),
        weight: 0,
        reverse: false,
        dynamic: false,
    }));
    assert_eq!(
        (file.delay_loop, file.retry, file.warmup),
        (dur(1.0), 0, dur(0.0))
    );
    let dns = t(CheckKind::Dns(Default::default()));
    assert_eq!((dns.retry, dns.delay_before_retry), (3, dur(60.0)));
    let mut outer = ServiceSpec::new("y");
    outer.timing = TimingSpec {
        delay_loop: Some(dur(6.0)),
        retry: Some(4),
        ..Default::default()
    };
    let mut inner = CheckerSpec::new(CheckKind::Tcp);
    inner.timing.retry = Some(2);
    let r = inner.timing(&real, &outer);
    assert_eq!(
        (r.delay_loop, r.retry, r.warmup),
        (dur(6.0), 2, dur(6.0)),
        "innermost wins"
    );
}

#[test]
fn stale_probe_result_is_ignored() {
    let svc = service(1, tcp(10.0, 2.0, 0, 1.0));
    // The first probe answers after 5 s, long after its 2 s deadline.
    let world: World = Box::new(|t, _, _| {
        if t == secs(0.0) {
            Reply::After(dur(5.0), Outcome::SUCCESS)
        } else {
            ok()
        }
    });
    let mut sim = Sim::new(&[svc], world);
    sim.run_until(secs(9.0));
    // Down at the deadline (retry 0); the late success at t=5 does not bring it back.
    assert_eq!(sim.set_real(real(0, 0))[1..], [(secs(2.0), false, None)]);
    assert!(!sim.m.is_up(real(0, 0)));
    sim.run_until(secs(12.0));
    assert_eq!(
        sim.set_real(real(0, 0))[2],
        (secs(12.0), true, Some(1)),
        "next probe at 2 + 10"
    );
    assert!(sim
        .events()
        .contains(&(secs(12.0), Event::RealUp(real(0, 0)))));
}

#[test]
fn suspended_service_runs_no_probe() {
    let mut svc = service(1, tcp(10.0, 1.0, 1, 1.0));
    svc.ha_suspend = true;
    let mut sim = Sim::new(&[svc], instant_world(|_, _| false));
    sim.run_until(secs(35.0));
    assert!(sim.probes.is_empty(), "no probe while suspended");
    assert!(sim.m.is_up(real(0, 0)), "state kept while suspended");
    sim.m.set_suspended(0, false);
    sim.run_until(secs(45.0));
    assert_eq!(sim.probe_times(0), [40.0, 41.0].map(secs).to_vec());
    assert!(!sim.m.is_up(real(0, 0)));
}

/// keepalived 2.2.7 under the IPVS VM (crates/check/tests/keepalived-timing/): MISC_CHECK
/// with delay_loop 4, retry 2, delay_before_retry 1, warmup 0, the script failing from
/// its 5th run and passing again from its 17th. Script runs at (s after the first):
/// 0, 3.98, 7.99, 12.02, 16.01 (fail), 17.00, 18.14 (down), 22.26, 26.06, 30.05, ...,
/// 58.11 (pass: up). The core gives the same schedule with zero-length probes.
#[test]
fn matches_a_keepalived_2_2_7_trace() {
    let mut check = tcp(4.0, 2.0, 2, 1.0);
    check.kind = crate::spec::CheckKind::Misc(crate::spec::MiscSpec {
        path: crate::spec::Script::new("/tmp/kacmp/misc.sh"),
        timeout: None,
        dynamic: false,
    });
    let svc = service(1, check);
    let mut sim = Sim::new(
        &[svc],
        instant_world(|_, t| t < secs(14.0) || t > secs(55.0)),
    );
    sim.run_until(secs(59.0));
    let expect = [
        0.0, 4.0, 8.0, 12.0, 16.0, 17.0, 18.0, 22.0, 26.0, 30.0, 34.0, 38.0, 42.0, 46.0, 50.0,
        54.0, 58.0,
    ];
    assert_eq!(sim.probe_times(0), expect.map(secs).to_vec());
    assert_eq!(
        sim.set_real(real(0, 0)),
        vec![
            (secs(0.0), true, Some(1)),
            (secs(18.0), false, None),
            (secs(58.0), true, Some(1))
        ]
    );
}

fn http_check(urls: usize, fast_recovery: bool) -> CheckerSpec {
    let mut c = tcp(10.0, 3.0, 1, 2.0);
    c.kind = CheckKind::Http(crate::spec::HttpSpec {
        urls: (0..urls)
            .map(|i| crate::spec::UrlSpec::new(format!("/{i}")))
            .collect(),
        fast_recovery,
        ..Default::default()
    });
    c
}

/// (time, step) of every probe of real 0.
fn steps(sim: &Sim) -> Vec<(Instant, usize)> {
    sim.probes
        .iter()
        .filter(|p| p.1 == 0)
        .map(|p| (p.0, p.2))
        .collect()
}

#[test]
fn http_checks_one_url_per_delay_loop_and_recovers_through_every_url() {
    // URL 1 refuses during [25, 45).
    let world: World = Box::new(|t, _, step| {
        if step == 1 && t >= secs(25.0) && t < secs(45.0) {
            refused()
        } else {
            ok()
        }
    });
    let mut sim = Sim::new(&[service(1, http_check(2, false))], world);
    sim.run_until(secs(80.0));
    let s = |t, step| (secs(t), step);
    assert_eq!(
        steps(&sim),
        vec![
            s(0.0, 0),
            s(10.0, 1),
            s(20.0, 0),
            s(30.0, 1), // fails
            s(32.0, 1), // retry after delay_before_retry: fails → down
            s(42.0, 1), // the failed URL, every max(delay_before_retry, delay_loop)
            s(52.0, 1), // passes: start over from the first URL
            s(62.0, 0),
            s(72.0, 1), // all passed: up
        ]
    );
    assert_eq!(
        sim.set_real(real(0, 0)),
        vec![
            (secs(0.0), true, Some(1)),
            (secs(32.0), false, None),
            (secs(72.0), true, Some(1))
        ]
    );
}

#[test]
fn http_fast_recovery_walks_the_urls_without_delay() {
    let world: World = Box::new(|t, _, step| {
        if step == 1 && t >= secs(25.0) && t < secs(45.0) {
            refused()
        } else {
            ok()
        }
    });
    let mut sim = Sim::new(&[service(1, http_check(2, true))], world);
    sim.run_until(secs(60.0));
    let s = |t, step| (secs(t), step);
    // Start: both URLs at once. Down at 42 (40 fails, retry at 42 fails); the failed
    // URL passes at 52, then the walk over every URL runs without delay: up at 52.
    assert_eq!(
        steps(&sim),
        vec![
            s(0.0, 0),
            s(0.0, 1),
            s(10.0, 0),
            s(20.0, 1),
            s(30.0, 0),
            s(40.0, 1),
            s(42.0, 1),
            s(52.0, 1),
            s(52.0, 0),
            s(52.0, 1)
        ]
    );
    assert_eq!(sim.set_real(real(0, 0))[2], (secs(52.0), true, Some(1)));
}

#[test]
fn http_alpha_comes_up_after_every_url_passed_once() {
    let mut check = http_check(3, false);
    check.timing.alpha = Some(true);
    let mut sim = Sim::new(&[service(1, check)], instant_world(|_, _| true));
    sim.run_until(secs(25.0));
    assert_eq!(
        sim.set_real(real(0, 0)),
        vec![(secs(0.0), false, None), (secs(20.0), true, Some(1))]
    );
}

#[test]
fn a_deferred_probe_gets_its_deadline_when_it_starts() {
    let svc = service(1, tcp(10.0, 2.0, 0, 1.0));
    let mut m = crate::monitor::Monitor::new(
        &[svc],
        Options {
            seed: 0,
            bootstrap_delay: Duration::ZERO,
        },
        secs(0.0),
    );
    m.handle_timeout(secs(0.0));
    let id = std::iter::from_fn(|| m.poll_action())
        .find_map(|a| match a {
            crate::monitor::Action::StartProbe { id, .. } => Some(id),
            _ => None,
        })
        .expect("a probe starts at 0");
    assert_eq!(
        m.poll_timeout(),
        Some(secs(2.0)),
        "deadline = start + connect_timeout"
    );
    m.handle_probe_deferred(id);
    assert_eq!(m.poll_timeout(), None, "no deadline while queued");
    m.handle_timeout(secs(50.0));
    assert!(m.is_up(real(0, 0)), "queued for 50 s, not failed");
    m.handle_probe_started(secs(50.0), id);
    assert_eq!(m.poll_timeout(), Some(secs(52.0)));
    m.handle_probe_done(secs(51.0), id, Outcome::SUCCESS);
    assert_eq!(
        m.poll_timeout(),
        Some(secs(61.0)),
        "next probe delay_loop after the end"
    );
}

#[test]
fn smtp_retries_every_cycle_even_when_down() {
    // keepalived's smtp_final: retry_it restarts at each cycle and is used up or down.
    let mut check = tcp(10.0, 1.0, 2, 1.0);
    check.kind = CheckKind::Smtp(Default::default());
    let svc = service(1, check);
    let mut sim = Sim::new(
        &[svc],
        instant_world(|_, t| t < secs(5.0) || t > secs(33.0)),
    );
    sim.run_until(secs(45.0));
    let expect = [0.0, 10.0, 11.0, 12.0, 22.0, 23.0, 24.0, 34.0, 44.0];
    assert_eq!(sim.probe_times(0), expect.map(secs).to_vec());
    assert_eq!(
        sim.set_real(real(0, 0)),
        vec![
            (secs(0.0), true, Some(1)),
            (secs(12.0), false, None),
            (secs(34.0), true, Some(1))
        ]
    );
}

#[test]
fn misc_runs_are_spaced_from_their_start_other_probes_from_their_end() {
    let slow: World = Box::new(|_, _, _| Reply::After(dur(3.0), Outcome::SUCCESS));
    let mut misc = tcp(10.0, 5.0, 0, 1.0);
    misc.kind = CheckKind::Misc(crate::spec::MiscSpec {
        path: crate::spec::Script::new("/bin/true"),
        timeout: Some(dur(5.0)),
        dynamic: false,
    });
    let mut sim = Sim::new(&[service(1, misc)], slow);
    sim.run_until(secs(35.0));
    assert_eq!(
        sim.probe_times(0),
        [0.0, 10.0, 20.0, 30.0].map(secs).to_vec()
    );
    let slow: World = Box::new(|_, _, _| Reply::After(dur(3.0), Outcome::SUCCESS));
    let mut sim = Sim::new(&[service(1, tcp(10.0, 5.0, 0, 1.0))], slow);
    sim.run_until(secs(35.0));
    assert_eq!(sim.probe_times(0), [0.0, 13.0, 26.0].map(secs).to_vec());
}

#[test]
fn a_late_timer_does_not_push_the_schedule_beyond_half_a_delay_loop() {
    // delay_loop 10 s: a probe due at 0 whose timer fires at 3 s (the engine stalled)
    // and ends at 3.5 s is followed at 0 + 0.5 + 10 = 10.5 s, as if it had started on
    // time; one fired 8 s late only gets 5 s (half a delay_loop) back.
    for (fired, done, next) in [(3.0, 3.5, 10.5), (8.0, 8.5, 13.5)] {
        let svc = service(1, tcp(10.0, 2.0, 0, 1.0));
        let mut m = crate::monitor::Monitor::new(
            &[svc],
            Options {
                seed: 0,
                bootstrap_delay: Duration::ZERO,
            },
            secs(0.0),
        );
        m.handle_timeout(secs(fired));
        let id = std::iter::from_fn(|| m.poll_action())
            .find_map(|a| match a {
                crate::monitor::Action::StartProbe { id, due, .. } => {
                    assert_eq!(due, secs(0.0), "due at 0 whenever it fires");
                    Some(id)
                }
                _ => None,
            })
            .expect("a probe starts");
        m.handle_probe_done(secs(done), id, Outcome::SUCCESS);
        assert_eq!(m.poll_timeout(), Some(secs(next)), "fired at {fired} s");
    }
}
