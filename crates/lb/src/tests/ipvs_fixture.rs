//! Picks compared with the real kernel IPVS (Linux 6.1), recorded by
//! `fixtures/ipvs/gen.sh`: every line of `lnc.txt` is a client, the virtual service and
//! the real IPVS chose, from `ipvsadm -Lnc` after one UDP datagram per flow.

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};

use crate::sched::{Candidate, Flow, MaglevParams, Scheduler, SchedulerState};
use crate::service::{Protocol, RealKey};
use crate::time::Instant;

const LNC: &str = include_str!("../../fixtures/ipvs/lnc.txt");

/// The services of `fixtures/ipvs/guest.sh`: scheduler and real weights, reals
/// 198.19.0.1.. (or 2001:db8:1::1..) port 80 in the order they were added, given to
/// the scheduler in IPVS's list order: newest first, as IPVS adds at the list head.
fn service(vip: SocketAddr) -> (Scheduler, Vec<Candidate>) {
    let reals = |weights: &[u32]| -> Vec<Candidate> {
        weights
            .iter()
            .enumerate()
            .map(|(i, &weight)| {
                let n = i as u8 + 1;
                let addr: IpAddr = match vip {
                    SocketAddr::V4(_) => [198, 19, 0, n].into(),
                    SocketAddr::V6(_) => IpAddr::V6(std::net::Ipv6Addr::new(
                        0x2001,
                        0xdb8,
                        1,
                        0,
                        0,
                        0,
                        0,
                        n.into(),
                    )),
                };
                Candidate {
                    real: RealKey { addr, port: 80 },
                    weight,
                    active: 0,
                    inactive: 0,
                    overloaded: false,
                }
            })
            .rev()
            .collect()
    };
    let plain = |s| (s, false);
    match vip.to_string().as_str() {
        "198.18.255.1:80" => (mh(plain(false)), reals(&[1, 2, 3, 4, 5])),
        "198.18.255.2:80" => (mh((true, false)), reals(&[1; 8])),
        "198.18.255.3:80" => (
            Scheduler::Sh {
                port: false,
                fallback: false,
            },
            reals(&[1, 2, 3, 4, 5]),
        ),
        "198.18.255.4:80" => (
            Scheduler::Sh {
                port: true,
                fallback: false,
            },
            reals(&[1; 8]),
        ),
        "198.18.255.5:80" => (Scheduler::Wrr, reals(&[4, 3, 2])),
        "198.18.255.6:80" => (Scheduler::Rr, reals(&[1, 0, 1, 1])),
        "[2001:db8::ffff]:80" => (mh(plain(false)), reals(&[1, 1, 2, 2, 3])),
        other => panic!("fixture names an unknown service {other}"),
    }
}

fn mh((port, fallback): (bool, bool)) -> Scheduler {
    Scheduler::Mh { port, fallback }
}

#[test]
fn schedulers_pick_what_kernel_ipvs_picked() {
    // Per service, the flows in source-port order (the order they were sent).
    let mut by_service: BTreeMap<SocketAddr, Vec<(SocketAddr, SocketAddr)>> = BTreeMap::new();
    for line in LNC.lines() {
        let f: Vec<SocketAddr> = line
            .split_whitespace()
            .map(|w| {
                w.parse()
                    .unwrap_or_else(|e| panic!("fixture line {line:?}: {e}"))
            })
            .collect();
        assert_eq!(f.len(), 3, "fixture line {line:?}");
        by_service.entry(f[1]).or_default().push((f[0], f[2]));
    }
    assert_eq!(by_service.len(), 7, "every service of guest.sh has picks");
    let mut checked = 0;
    for (vip, mut flows) in by_service {
        flows.sort_by_key(|(client, _)| (client.port(), client.ip()));
        let (kind, reals) = service(vip);
        let mut sched = SchedulerState::with_maglev(kind, MaglevParams::IPVS);
        for (client, ipvs_real) in flows {
            let flow = Flow {
                protocol: Protocol::Udp,
                src: client.ip(),
                src_port: client.port(),
                dst: vip.ip(),
                dst_port: vip.port(),
            };
            let ours = sched
                .schedule(Instant::ZERO, &reals, &flow)
                .map(|i| SocketAddr::new(reals[i].real.addr, reals[i].real.port));
            assert_eq!(
                ours,
                Some(ipvs_real),
                "{} for {client} -> {vip}",
                kind.name()
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 346);
}
