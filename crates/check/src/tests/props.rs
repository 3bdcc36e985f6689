//! Properties over random services and random probe results: what the core publishes is
//! always what it believes, and its beliefs follow the rules.

use proptest::prelude::*;

use super::util::*;
use crate::monitor::Action;
use crate::outcome::{Failure, Outcome};
use crate::spec::SorryServerSpec;

/// A checker: alpha, retry.
type CheckerCase = (bool, u32);
/// A real server: weight, inhibit_on_failure, checkers.
type RealCase = (u32, bool, Vec<CheckerCase>);

#[derive(Debug, Clone)]
struct Case {
    reals: Vec<RealCase>,
    quorum: u32,
    hysteresis: u32,
    sorry: Option<bool>, // inhibit
    seed: u64,
}

fn case() -> impl Strategy<Value = Case> {
    let real = (
        0u32..4,
        any::<bool>(),
        prop::collection::vec((any::<bool>(), 0u32..3), 1..3),
    );
    (
        prop::collection::vec(real, 1..4),
        1u32..5,
        0u32..3,
        prop::option::of(any::<bool>()),
        any::<u64>(),
    )
        .prop_map(|(reals, quorum, hysteresis, sorry, seed)| Case {
            reals,
            quorum,
            hysteresis,
            sorry,
            seed,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn published_state_matches_the_rules(c in case()) {
        let mut svc = service(0, tcp(5.0, 1.0, 0, 1.0));
        for (i, (weight, inhibit, checkers)) in c.reals.iter().enumerate() {
            let mut r = crate::spec::RealSpec::new(addr(i as u8 + 1));
            r.weight = *weight;
            r.inhibit_on_failure = Some(*inhibit);
            for (alpha, retry) in checkers {
                let mut chk = tcp(5.0, 1.0, *retry, 1.0);
                chk.timing.alpha = Some(*alpha);
                r.checkers.push(chk);
            }
            svc.reals.push(r);
        }
        svc.quorum = c.quorum;
        svc.hysteresis = c.hysteresis;
        svc.sorry_server = c.sorry.map(|inhibit| SorryServerSpec { addr: addr(99), weight: 1, inhibit });
        // Each probe's result comes from a hash of the seed, the time and the target:
        // long runs of success and failure both happen.
        let seed = c.seed;
        let world: World = Box::new(move |t, p, _| {
            let slot = t.as_micros() / 20_000_000;
            let h = (seed ^ slot.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ u64::from(p.target.ip().to_string().len() as u32 * 31 + p.checker.real as u32 * 7 + p.checker.checker as u32))
                .wrapping_mul(0xbf58_476d_1ce4_e5b9);
            match h % 4 {
                0 => refused(),
                1 => Reply::Never,
                2 => Reply::After(dur(0.5), Outcome::Failure(Failure::Protocol)),
                _ => ok(),
            }
        });
        let mut sim = Sim::new(std::slice::from_ref(&svc), world);
        for step in 1..=60 {
            sim.run_until(secs(step as f64 * 5.0));
            let sorry_active = sim.m.is_up(sorry(0));
            for (ri, (weight, inhibit, _)) in c.reals.iter().enumerate() {
                let who = real(0, ri);
                let all_up = (0..svc.reals[ri].checkers.len())
                    .all(|ci| sim.m.checker_up(crate::monitor::CheckerRef { service: 0, real: ri, checker: ci }));
                prop_assert_eq!(sim.m.is_up(who), all_up, "real {} up iff all its checkers are", ri);
                let want = if sim.m.is_up(who) && !sorry_active {
                    Some(*weight)
                } else if *inhibit {
                    Some(0)
                } else {
                    None
                };
                prop_assert_eq!(sim.m.weight(who), want, "real {} entry", ri);
                let last = sim.set_real(who).last().map(|s| (s.1, s.2));
                prop_assert_eq!(last, Some((sim.m.is_up(who), want)), "real {} published as believed", ri);
            }
            let live: u32 = c.reals.iter().enumerate()
                .filter(|(ri, _)| sim.m.is_up(real(0, *ri)))
                .map(|(_, r)| r.0)
                .sum();
            let (q, h) = (i64::from(c.quorum), i64::from(c.hysteresis));
            if sim.m.quorum_up(0) {
                prop_assert!(live > 0 && i64::from(live) >= q - h, "quorum up with live weight {}", live);
            } else {
                prop_assert!(
                    live == 0 || i64::from(live) < q + h,
                    "quorum down with live weight {}",
                    live
                );
            }
            if svc.sorry_server.is_some() {
                prop_assert_eq!(sorry_active, !sim.m.quorum_up(0), "sorry server in use iff quorum down");
                let last = sim.set_real(sorry(0)).last().map(|s| (s.1, s.2));
                prop_assert_eq!(last, Some((sorry_active, sim.m.weight(sorry(0)))));
            }
            for (who, up, weight) in sim.m.servers() {
                let last = sim.set_real(who).last().map(|s| (s.1, s.2));
                prop_assert_eq!(last, Some((up, weight)), "snapshot of {:?} = last published", who);
            }
            let cancelled = sim.log.iter().filter(|(_, a)| matches!(a, Action::CancelProbe(_))).count();
            prop_assert!(cancelled <= sim.probes.len(), "only started probes are cancelled");
        }
    }
}
