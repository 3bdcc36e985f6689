//! Real-server connection thresholds (keepalived's `uthreshold`/`lthreshold`,
//! ipvsadm's `-x`/`-y`) as a user sees them: an overloaded real gets no new
//! connection until its connections fall below the lower threshold. Needs
//! root and BPF.

mod common;

use std::net::SocketAddr;

use common::*;
use rvs_lb::sched::{overload, Candidate};
use rvs_xdp::abi::{
    Backend, Method, Sched, ServiceKey, State, SVC_FALLBACK, SVC_FIRST, SVC_THRESHOLDS,
};
use rvs_xdp::{Balancer, Prog};

const VIP: &str = "198.18.0.100:80";

/// Sends one client packet; returns the action and the MAC it went to.
fn send(b: &Balancer, client: SocketAddr, kind: Kind) -> (u32, [u8; 6]) {
    let r = b
        .test_run(
            Prog::Balancer,
            &pkt(CLIENT_HOP, DIRECTOR, client, sa(VIP), kind),
        )
        .expect("BPF_PROG_TEST_RUN");
    let mac = r.packet[0..6].try_into().expect("an Ethernet header");
    (r.action, mac)
}

fn client(port: u16) -> SocketAddr {
    SocketAddr::new(sa("198.19.0.1:0").ip(), port)
}

/// Reals 0 (RS_A) and 1 (RS_B), weight 1 each, real 0 with `uthreshold 2`
/// and no lower threshold; a service over [0, 1] by `sched` with `flags`.
fn two_reals(sched: Sched, flags: u8) -> Balancer {
    let mut b = open();
    let a = Backend::new(sa("198.18.1.1:0").ip(), 0, RS_A, Method::Dr).thresholds(2, 0);
    let bb = Backend::new(sa("198.18.1.2:0").ip(), 0, RS_B, Method::Dr);
    b.set_backend(0, &a).expect("setting real A");
    b.set_backend(1, &bb).expect("setting real B");
    let mut svc = service(&mut b, 0, sa(VIP), TCP, sched, 0, &[0, 1]);
    svc.flags = flags;
    b.set_service(&ServiceKey::new(sa(VIP), TCP), &svc)
        .expect("setting the service");
    closed_connections_expire_at_once(&mut b);
    b
}

/// A closed connection expires at once: its next packet ends it.
fn closed_connections_expire_at_once(b: &mut Balancer) {
    let mut cfg = b.config().expect("reading config");
    cfg.timeout_ns[State::Close as usize] = 0;
    cfg.timeout_ns[State::TimeWait as usize] = 0;
    b.set_config(&cfg).expect("writing config");
}

/// Opens an established connection from `port`; the MAC it went to.
fn connect(b: &Balancer, port: u16) -> [u8; 6] {
    let (action, mac) = send(b, client(port), Kind::Syn);
    assert_eq!(action, XDP_TX, "the SYN from port {port} is forwarded");
    send(b, client(port), Kind::Ack);
    mac
}

/// Ends the connection from `port`: a RST closes an established one, a FIN
/// a half-open one (TIME_WAIT), and its next packet finds it expired (their
/// timeouts are 0), which unbinds it.
fn end(b: &Balancer, port: u16) {
    send(b, client(port), Kind::Rst);
    send(b, client(port), Kind::Fin);
    assert_eq!(
        send(b, client(port), Kind::Ack).0,
        XDP_PASS,
        "the closed connection from {port} is gone"
    );
}

fn overloaded(b: &Balancer, id: u32) -> bool {
    b.conn_count(id).expect("reading counts").overloaded != 0
}

/// rr and wlc over A and B, A with `uthreshold 2`: A takes no new connection
/// while it holds 2, and takes them again once it holds fewer than 3/4 of 2.
#[test]
fn an_overloaded_real_gets_no_new_connection_until_it_drains() {
    for sched in [Sched::Walk, Sched::Wlc] {
        let b = two_reals(sched, SVC_THRESHOLDS);
        let mut on_a = Vec::new();
        let mut port = 40000;
        while on_a.len() < 2 {
            assert!(port < 40010, "{sched:?}: A takes connections at first");
            if connect(&b, port) == RS_A {
                on_a.push(port);
            }
            port += 1;
        }
        assert!(overloaded(&b, 0), "{sched:?}: A holds 2, its threshold");
        for p in port..port + 4 {
            assert_eq!(
                connect(&b, p),
                RS_B,
                "{sched:?}: connection {p} avoids the overloaded A"
            );
        }
        end(&b, on_a[0]);
        assert!(
            !overloaded(&b, 0),
            "{sched:?}: 1 connection is below 3/4 of 2: A is back"
        );
        let picks: Vec<[u8; 6]> = (port + 4..port + 6).map(|p| connect(&b, p)).collect();
        assert!(
            picks.contains(&RS_A),
            "{sched:?}: A takes new connections again: {picks:?}"
        );
    }
}

/// The same service without the flag (as the loader writes it when no real
/// has an upper threshold): the thresholds are not looked at.
#[test]
fn a_service_without_the_flag_ignores_thresholds() {
    let b = two_reals(Sched::Walk, 0);
    let picks: Vec<[u8; 6]> = (40000..40006).map(|p| connect(&b, p)).collect();
    assert_eq!(picks, [RS_A, RS_B, RS_A, RS_B, RS_A, RS_B], "plain rr");
    assert_eq!(
        b.conn_count(0).expect("counts").active,
        0,
        "rr without thresholds counts nothing"
    );
}

/// The lower threshold holds the mark down to it, and a recount computes the
/// mark from the recounted connections.
#[test]
fn the_mark_clears_below_the_lower_threshold_and_on_recount() {
    let mut b = two_reals(Sched::Walk, SVC_THRESHOLDS);
    let a = Backend::new(sa("198.18.1.1:0").ip(), 0, RS_A, Method::Dr).thresholds(3, 2);
    b.set_backend(0, &a).expect("setting real A");
    let on_a: Vec<u16> = (40000..40006).filter(|p| connect(&b, *p) == RS_A).collect();
    assert_eq!(on_a.len(), 3, "rr gives A every other connection up to 3");
    assert!(overloaded(&b, 0));
    end(&b, on_a[0]);
    assert!(overloaded(&b, 0), "2 is not below the lower threshold 2");
    assert_eq!(connect(&b, 40010), RS_B);
    end(&b, on_a[1]);
    assert!(!overloaded(&b, 0), "1 is below 2");

    // Connections that expire with no packet: a recount clears the mark.
    let mut b = two_reals(Sched::Wlc, SVC_THRESHOLDS);
    connect(&b, 41000);
    connect(&b, 41001);
    connect(&b, 41002);
    assert!(overloaded(&b, 0), "wlc: A took 2 of 3");
    let mut cfg = b.config().expect("reading config");
    cfg.timeout_ns = [0; State::COUNT];
    b.set_config(&cfg).expect("writing config");
    b.recount_connections(0..2).expect("recounting");
    let c = b.conn_count(0).expect("counts");
    assert_eq!(
        (c.active, c.inactive, c.overloaded),
        (0, 0, 0),
        "the recount found no live connection and cleared the mark"
    );
}

/// As IPVS's edit of a real (`__ip_vs_update_dest`): raising or removing the
/// upper threshold clears the mark, keeping or lowering it does not.
#[test]
fn raising_the_upper_threshold_clears_the_mark() {
    let mut b = two_reals(Sched::Walk, SVC_THRESHOLDS);
    for p in 40000..40004 {
        connect(&b, p);
    }
    assert!(overloaded(&b, 0), "A holds 2, its threshold");
    let a = |upper| Backend::new(sa("198.18.1.1:0").ip(), 0, RS_A, Method::Dr).thresholds(upper, 0);
    b.set_backend(0, &a(2)).expect("setting real A");
    assert!(overloaded(&b, 0), "the same threshold: still marked");
    b.set_backend(0, &a(1)).expect("setting real A");
    assert!(overloaded(&b, 0), "a lower one: still marked");
    b.set_backend(0, &a(3)).expect("setting real A");
    assert!(!overloaded(&b, 0), "a higher one clears the mark");
    assert_eq!(connect(&b, 40010), RS_A, "A takes connections again");
    assert!(overloaded(&b, 0), "and at 3 is marked again");
    b.set_backend(0, &a(0)).expect("setting real A");
    assert!(!overloaded(&b, 0), "no threshold: no mark");
    let c = b.conn_count(0).expect("counts");
    assert_eq!((c.active, c.inactive), (3, 0), "the counts are kept");
}

/// sh without its fallback flag drops a connection hashed to an overloaded
/// real, as IPVS does; with it, the next real takes it.
#[test]
fn hash_schedulers_fall_back_only_with_the_flag() {
    let mut dropped = Vec::new();
    for fallback in [false, true] {
        let flags = SVC_THRESHOLDS | if fallback { SVC_FALLBACK } else { 0 };
        let b = two_reals(Sched::HashSrcPort, flags);
        let mut on_a = 0;
        let mut port = 40000;
        while on_a < 2 {
            assert!(port < 40100, "some clients hash to A");
            if connect(&b, port) == RS_A {
                on_a += 1;
            }
            port += 1;
        }
        assert!(overloaded(&b, 0), "fallback {fallback}: A holds 2");
        let picks: Vec<(u16, u32, [u8; 6])> = (40100..40140)
            .map(|p| {
                let (action, mac) = send(&b, client(p), Kind::Syn);
                (p, action, mac)
            })
            .collect();
        if fallback {
            for (p, action, mac) in picks {
                assert_eq!(
                    (action, mac),
                    (XDP_TX, RS_B),
                    "sh-fallback: client {p} goes to B"
                );
            }
        } else {
            assert!(
                picks
                    .iter()
                    .all(|(_, action, mac)| *action == XDP_DROP
                        || (*action == XDP_TX && *mac == RS_B)),
                "no connection goes to the overloaded A: {picks:?}"
            );
            dropped = picks
                .iter()
                .filter(|(_, action, _)| *action == XDP_DROP)
                .map(|(p, _, _)| *p)
                .collect();
            assert!(
                !dropped.is_empty(),
                "sh without fallback: clients hashed to A find no real"
            );
        }
    }
    assert!(!dropped.is_empty(), "the clients hashed to A were found");
}

/// What the test expects of each real: counts and the overload mark.
#[derive(Clone, Copy, Default)]
struct Real {
    active: u32,
    inactive: u32,
    overloaded: bool,
}

/// Weights and (upper, lower) thresholds of the comparison's reals, in ring
/// (IPVS list) order; one real is quiesced, one has no thresholds.
const REALS: [(u32, u32, u32); 4] = [(3, 3, 2), (0, 0, 0), (1, 2, 0), (2, 0, 0)];
const MACS: [[u8; 6]; 4] = [RS_A, RS_B, [2, 0, 0, 0, 0, 0x0c], [2, 0, 0, 0, 0, 0x0d]];

fn candidates(model: &[Real; 4]) -> Vec<Candidate> {
    (0..4)
        .map(|i| Candidate {
            real: rvs_lb::RealKey {
                addr: std::net::Ipv4Addr::new(198, 18, 1, 1 + i as u8).into(),
                port: 0,
            },
            weight: REALS[i].0,
            active: model[i].active,
            inactive: model[i].inactive,
            overloaded: model[i].overloaded,
        })
        .collect()
}

/// How the comparison's service over REALS is laid out, as the loader lays it.
struct Layout {
    sched: Sched,
    ring: Vec<u32>,
    flags: u8,
    /// The reals the sequence must overload and clear again.
    marked: &'static [usize],
}

/// A connection-counting scheduler: the reals in list order.
fn counting(sched: Sched) -> Layout {
    Layout {
        sched,
        ring: vec![0, 1, 2, 3],
        flags: SVC_THRESHOLDS,
        marked: &[0, 2],
    }
}

fn threshold_service(layout: &Layout) -> Balancer {
    let mut b = open();
    for (i, ((w, up, low), mac)) in REALS.iter().zip(MACS).enumerate() {
        let addr = std::net::Ipv4Addr::new(198, 18, 1, 1 + i as u8).into();
        b.set_backend(
            i as u32,
            &Backend::new(addr, 0, mac, Method::Dr)
                .weighted(*w)
                .thresholds(*up, *low),
        )
        .expect("setting a backend");
    }
    let mut svc = service(&mut b, 0, sa(VIP), TCP, layout.sched, 0, &layout.ring);
    svc.flags = layout.flags;
    b.set_service(&ServiceKey::new(sa(VIP), TCP), &svc)
        .expect("setting the service");
    closed_connections_expire_at_once(&mut b);
    b
}

/// 64 connections opened one after the other, most completing their
/// handshake, some ending; every pick is checked against `rvs_lb`'s
/// scheduler given the same counts and overload marks (kept by
/// `rvs_lb::sched::overload`), and the program's counts and marks against
/// the model's. Every real with a threshold must be marked and cleared at
/// least once, or the sequence proved nothing.
fn picks_follow_the_marks(layout: Layout, pure: &mut dyn FnMut(&[Candidate]) -> Option<usize>) {
    let b = threshold_service(&layout);
    let sched = layout.sched;
    let mut model = [Real::default(); 4];
    let (mut marked, mut cleared) = ([false; 4], [false; 4]);
    // (client port, real, established)
    let mut open_flows: Vec<(u16, usize, bool)> = Vec::new();
    let unbind = |r: &mut Real, i: usize| {
        let total = u64::from(r.active + r.inactive);
        r.overloaded = overload::overloaded(r.overloaded, total, REALS[i].1, REALS[i].2);
    };
    for i in 0..64u16 {
        let port = 42000 + i;
        let want = pure(&candidates(&model));
        let (action, mac) = send(&b, client(port), Kind::Syn);
        if let Some(real) = want {
            assert_eq!(
                (action, mac),
                (XDP_TX, MACS[real]),
                "{sched:?} flow {i}: model {:?}",
                model.map(|r| (r.active, r.inactive, r.overloaded))
            );
            model[real].inactive += 1;
            let total = u64::from(model[real].active + model[real].inactive);
            model[real].overloaded =
                overload::overloaded(model[real].overloaded, total, REALS[real].1, REALS[real].2);
            marked[real] |= model[real].overloaded;
            let established = i % 4 != 3;
            if established {
                send(&b, client(port), Kind::Ack);
                model[real].active += 1;
                model[real].inactive -= 1;
            }
            open_flows.push((port, real, established));
        } else {
            assert_eq!(action, XDP_DROP, "{sched:?} flow {i}: no real may take it");
        }
        // Ends connections in bursts, so that marks both set and clear.
        if i % 8 >= 5 {
            for _ in 0..2.min(open_flows.len()) {
                let (p, r, established) = open_flows.remove(0);
                end(&b, p);
                if established {
                    model[r].active -= 1;
                } else {
                    model[r].inactive -= 1;
                }
                let was = model[r].overloaded;
                unbind(&mut model[r], r);
                cleared[r] |= was && !model[r].overloaded;
            }
        }
        for (id, r) in model.iter().enumerate() {
            let got = b.conn_count(id as u32).expect("reading counts");
            assert_eq!(
                (got.active, got.inactive, got.overloaded != 0),
                (r.active as i32, r.inactive as i32, r.overloaded),
                "{sched:?} after flow {i}: real {id}"
            );
        }
    }
    for &id in layout.marked {
        assert!(
            marked[id] && cleared[id],
            "{sched:?}: real {id} was marked ({}) and cleared ({})",
            marked[id],
            cleared[id]
        );
    }
}

#[test]
fn schedulers_skip_overloaded_reals_as_rvs_lb() {
    use rvs_lb::sched::least;
    let unloaded = candidates(&[Real::default(); 4]);
    let mut rr = rvs_lb::sched::Rr::default();
    let rr_layout = Layout {
        sched: Sched::Walk,
        ring: rvs_lb::sched::round_robin::rr_sequence(&unloaded),
        flags: SVC_THRESHOLDS,
        marked: &[0, 2],
    };
    picks_follow_the_marks(rr_layout, &mut |c| rr.schedule(c));
    // fo: the reals by falling weight; real 3 (no threshold) takes what
    // real 0 (the heaviest) cannot, and real 2 is never reached.
    let fo_layout = Layout {
        sched: Sched::Walk,
        ring: vec![0, 3, 2],
        flags: SVC_THRESHOLDS | SVC_FIRST,
        marked: &[0],
    };
    picks_follow_the_marks(fo_layout, &mut least::fo);
    picks_follow_the_marks(counting(Sched::Lc), &mut least::lc);
    picks_follow_the_marks(counting(Sched::Wlc), &mut least::wlc);
    picks_follow_the_marks(counting(Sched::Sed), &mut least::sed);
    picks_follow_the_marks(counting(Sched::Nq), &mut least::nq);
    picks_follow_the_marks(counting(Sched::Ovf), &mut least::ovf);
    let mut lblc = rvs_lb::sched::Lblc::default();
    let flow = lblc_flow(sa(VIP));
    picks_follow_the_marks(counting(Sched::Lblc), &mut |c| {
        lblc.schedule(rvs_lb::time::Instant::ZERO, c, &flow)
    });
}
