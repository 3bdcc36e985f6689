//! The XDP balancer behind `rvs_lb::Dataplane`: a table reconciled into the
//! maps carries a client's TCP connection to the real server by DR, and the
//! stats and connection table read back name that service and real. Needs
//! root, BPF, iproute2 and ethtool.

mod common;

use std::collections::BTreeMap;
use std::net::{IpAddr, TcpListener};
use std::sync::atomic::{AtomicBool, Ordering};

use common::lab::{lan_topology, request, serve, Bpffs};
use common::*;
use rvs_lb::{
    reconcile, ConnState, Dataplane, Forwarding, Protocol, RealKey, RealServer, Scheduler, Service,
    ServiceConfig, ServiceKey, Table,
};
use rvs_xdp::dataplane::{NextHop, XdpDataplane};
use rvs_xdp::{Balancer, Options, Prog, XdpMode};

const VIP: &str = "198.18.12.100:80";

fn dr_table(real: IpAddr) -> Table {
    let mut t = Table::new();
    t.insert(
        ServiceKey::Addr {
            vip: sa(VIP).ip(),
            port: 80,
            protocol: Protocol::Tcp,
        },
        Service {
            config: ServiceConfig {
                scheduler: Scheduler::Wrr,
                persistence: None,
                forwarding: Forwarding::Dr,
                one_packet: false,
                sorry_server: None,
            },
            reals: BTreeMap::from([(
                RealKey {
                    addr: real,
                    port: 80,
                },
                RealServer {
                    forwarding: Forwarding::Dr,
                    weight: 1,
                    upper_threshold: 0,
                    lower_threshold: 0,
                },
            )]),
        },
    );
    t
}

#[test]
fn a_reconciled_table_forwards_and_reports() {
    let fs = Bpffs::mount("dp");
    let opts = Options {
        pin_dir: Some(fs.instance(&format!("rvs-t-{}", std::process::id()))),
        ..small()
    };
    let t = lan_topology("dp", "198.18.12");
    let listener = t.lab.run_in(&t.rs, || {
        TcpListener::bind("0.0.0.0:80").expect("binding port 80 in the real server")
    });
    let stop = AtomicBool::new(false);
    let real = sa("198.18.12.3:80").ip();
    std::thread::scope(|s| {
        s.spawn(|| serve(listener, &stop));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let b = Balancer::open(&opts)
                .unwrap_or_else(|e| panic!("loading the XDP programs needs root with BPF: {e:?}"));
            let rs_mac = t.rs_mac;
            let mut dp = XdpDataplane::new(
                b,
                &opts,
                Box::new(move |a| {
                    (a == real).then_some(NextHop {
                        mac: rs_mac,
                        out: None,
                    })
                }),
            );
            let desired = dr_table(real);
            let changes = reconcile(&mut dp, &desired).expect("applying the table");
            assert_eq!(changes.len(), 2, "one service and one real added");
            assert_eq!(dp.table().expect("table"), desired);
            t.lab.run_in(&t.director, || {
                dp.balancer_mut()
                    .attach(Prog::Balancer, "d0", XdpMode::Driver)
                    .expect("attaching the balancer to d0")
            });
            t.lab.run_in(&t.lan, || {
                dp.balancer_mut()
                    .attach(Prog::Pass, "ld", XdpMode::Driver)
                    .expect("attaching the pass-through program to d0's peer")
            });

            let r = request(&t.lab, &t.client, sa(VIP), "one").expect("a connection via the VIP");
            assert_eq!(r, "rs: one");

            let stats = dp.stats().expect("reading stats");
            assert_eq!(stats.len(), 1);
            assert_eq!(stats[0].counters.conns, 1, "one connection scheduled");
            assert!(stats[0].counters.in_packets >= 3, "SYN, ACK, data at least");
            assert_eq!(stats[0].reals.len(), 1);
            assert_eq!(stats[0].reals[0].real.addr, real);
            assert_eq!(stats[0].reals[0].counters.conns, 1);
            assert_eq!(
                stats[0].reals[0].active + stats[0].reals[0].inactive,
                1,
                "the connection is counted on its real"
            );

            let conns = dp.connections().expect("reading connections");
            assert_eq!(conns.len(), 1);
            assert_eq!(conns[0].virtual_addr, sa(VIP));
            assert_eq!(conns[0].real, sa("198.18.12.3:80"));
            assert_ne!(conns[0].state, ConnState::Udp);

            let emptied = reconcile(&mut dp, &Table::new()).expect("removing everything");
            assert_eq!(emptied.len(), 2);
            assert!(
                request(&t.lab, &t.client, sa(VIP), "two").is_err(),
                "without the service the director itself refuses port 80"
            );
            t.lab.run_in(&t.director, || {
                dp.balancer_mut()
                    .detach(Prog::Balancer, "d0")
                    .expect("detaching")
            });
            t.lab.run_in(&t.lan, || {
                dp.balancer_mut()
                    .detach(Prog::Pass, "ld")
                    .expect("detaching")
            });
        }));
        stop.store(true, Ordering::Relaxed);
        if let Err(p) = result {
            std::panic::resume_unwind(p);
        }
    });
}

/// A wlc service applied through the `Dataplane` carries its reals' weights
/// to the program: new flows go where `rvs_lb`'s wlc sends them for the
/// same counts, in IPVS's list order (newest, here the last key, first).
#[test]
fn a_wlc_service_schedules_by_weight_and_counts() {
    let b = open();
    let reals = [("198.18.13.1", 1u32, RS_A), ("198.18.13.2", 3, RS_B)];
    let mut dp = XdpDataplane::new(
        b,
        &small(),
        Box::new(move |a| {
            reals
                .iter()
                .find(|r| sa(&format!("{}:0", r.0)).ip() == a)
                .map(|r| NextHop {
                    mac: r.2,
                    out: None,
                })
        }),
    );
    let mut t = dr_table(sa("198.18.13.1:0").ip());
    let key = *t.services().keys().next().expect("one service");
    let mut svc = t.service(&key).expect("the service").clone();
    svc.config.scheduler = Scheduler::Wlc;
    svc.reals = reals
        .iter()
        .map(|(addr, weight, _)| {
            (
                RealKey {
                    addr: sa(&format!("{addr}:0")).ip(),
                    port: 80,
                },
                RealServer {
                    forwarding: Forwarding::Dr,
                    weight: *weight,
                    upper_threshold: 0,
                    lower_threshold: 0,
                },
            )
        })
        .collect();
    t.insert(key, svc);
    reconcile(&mut dp, &t).expect("applying the table");
    // IPVS's list order: the real added last (the higher key) first.
    let order = [1usize, 0];
    let mut inactive = [0u32; 2];
    for port in 0..8u16 {
        let cands: Vec<rvs_lb::Candidate> = order
            .iter()
            .map(|&i| rvs_lb::Candidate {
                real: RealKey {
                    addr: sa(&format!("{}:0", reals[i].0)).ip(),
                    port: 80,
                },
                weight: reals[i].1,
                active: 0,
                inactive: inactive[i],
                overloaded: false,
            })
            .collect();
        let want = order[rvs_lb::sched::least::wlc(&cands).expect("a real")];
        let client = std::net::SocketAddr::new(sa("198.19.0.1:0").ip(), 40000 + port);
        let r = dp
            .balancer()
            .test_run(
                Prog::Balancer,
                &pkt(CLIENT_HOP, DIRECTOR, client, sa(VIP), Kind::Syn),
            )
            .expect("BPF_PROG_TEST_RUN");
        assert_eq!(
            (r.action, &r.packet[0..6]),
            (XDP_TX, &reals[want].2[..]),
            "SYN {port}: inactive counts {inactive:?}"
        );
        inactive[want] += 1;
    }
    assert_eq!(inactive, [2, 6], "weights 1 and 3 share the flows 1:3");
}
