//! The in-memory data plane: scheduling, counting and persistence as IPVS does them.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Duration;

use super::util::{flow_from, real};
use crate::dataplane::{reconcile, ConnState, Dataplane};
use crate::memory::MemoryDataplane;
use crate::sched::{Flow, Scheduler};
use crate::service::{
    Family, Forwarding, Persistence, Protocol, RealKey, RealServer, Service, ServiceConfig,
    ServiceKey,
};
use crate::table::{Change, Table, TableError};
use crate::time::Instant;

fn vip_key() -> ServiceKey {
    ServiceKey::Addr {
        vip: IpAddr::V4(Ipv4Addr::new(198, 18, 255, 1)),
        port: 80,
        protocol: Protocol::Tcp,
    }
}

fn rs(weight: u32, upper: u32) -> RealServer {
    RealServer {
        forwarding: Forwarding::Nat,
        weight,
        upper_threshold: upper,
        lower_threshold: 0,
    }
}

fn service(
    scheduler: Scheduler,
    persistence: Option<Persistence>,
    reals: &[(RealKey, RealServer)],
) -> Service {
    Service {
        config: ServiceConfig {
            scheduler,
            persistence,
            forwarding: Forwarding::Nat,
            sorry_server: None,
            one_packet: false,
        },
        reals: reals.iter().copied().collect(),
    }
}

fn plane_with(svc: Service) -> MemoryDataplane {
    let mut t = Table::new();
    t.insert(vip_key(), svc);
    let mut dp = MemoryDataplane::new();
    dp.apply(&Table::new().diff(&t))
        .expect("diff from empty applies");
    assert_eq!(dp.table().expect("table"), t);
    dp
}

#[test]
fn counts_connections_packets_and_states_like_ipvsadm() {
    let mut dp = plane_with(service(
        Scheduler::Wrr,
        None,
        &[(real(1), rs(2, 0)), (real(2), rs(1, 0))],
    ));
    let t = Instant::from_secs(1);
    let flows: Vec<Flow> = (0..30).map(|i| flow_from(i, 1000)).collect();
    for f in &flows {
        assert!(dp.handle_packet(t, f, None, 60).is_some());
        assert!(
            dp.handle_packet(t, f, None, 1500).is_some(),
            "second packet joins the connection"
        );
    }
    for f in &flows[..6] {
        assert!(dp.set_state(t, f, ConnState::Established));
        assert!(dp.handle_reply(t, f, 100).is_some());
    }
    let stats = dp.stats().expect("stats");
    assert_eq!(stats.len(), 1);
    let s = &stats[0];
    assert_eq!(s.counters.conns, 30);
    assert_eq!(s.counters.in_packets, 60);
    assert_eq!(s.counters.in_bytes, 30 * 1560);
    assert_eq!(s.counters.out_packets, 6);
    assert_eq!(s.counters.out_bytes, 600);
    // wrr 2:1 → 20 and 10 connections; the first 6 flows went 2,1,1,2,1,1.
    assert_eq!(
        (s.reals[0].counters.conns, s.reals[1].counters.conns),
        (20, 10)
    );
    assert_eq!((s.reals[0].active, s.reals[0].inactive), (4, 16));
    assert_eq!((s.reals[1].active, s.reals[1].inactive), (2, 8));
    let conns = dp.connections().expect("connections");
    assert_eq!(conns.len(), 30);
    let c = conns
        .iter()
        .find(|c| c.client == SocketAddr::new(flows[0].src, 1000))
        .expect("first flow listed");
    assert_eq!(c.state.ipvsadm_name(), "ESTABLISHED");
    assert_eq!(c.expires_in, Duration::from_secs(900));
    // Connections expire with their state's timeout (SYN_RECV 60 s, ESTABLISHED 900 s).
    dp.expire(t.saturating_add(Duration::from_secs(61)));
    let s = &dp.stats().expect("stats")[0];
    assert_eq!((s.reals[0].active, s.reals[0].inactive), (4, 0));
    assert_eq!(s.counters.conns, 30, "counters survive expiry");
}

#[test]
fn persistence_keeps_a_client_network_on_one_real() {
    let p = Persistence {
        timeout_secs: 300,
        prefix_len: 24,
    };
    let mut dp = plane_with(service(
        Scheduler::Rr,
        Some(p),
        &[(real(1), rs(1, 0)), (real(2), rs(1, 0))],
    ));
    let t = Instant::from_secs(5);
    // 198.18.0.1..=198.18.0.9 share a /24; rr alone would alternate.
    let first = dp
        .handle_packet(t, &flow_from(1, 1), None, 1)
        .expect("scheduled");
    for c in 2..10 {
        assert_eq!(dp.handle_packet(t, &flow_from(c, 1), None, 1), Some(first));
    }
    // 198.18.1.1 is another network: rr moves on.
    let other = dp
        .handle_packet(t, &flow_from(0x101, 1), None, 1)
        .expect("scheduled");
    assert_ne!(other, first);
    let conns = dp.connections().expect("connections");
    let templates: Vec<_> = conns.iter().filter(|c| c.template).collect();
    assert_eq!(templates.len(), 2);
    assert!(templates
        .iter()
        .all(|c| c.state == ConnState::None && c.client.port() == 0));
    let stats = dp.stats().expect("stats");
    assert_eq!(stats[0].reals.iter().map(|r| r.persistent).sum::<u32>(), 2);
    // After the template expires, the client is scheduled afresh.
    dp.expire(t.saturating_add(Duration::from_secs(301)));
    assert!(dp.connections().expect("connections").is_empty());
}

#[test]
fn upper_threshold_overloads_a_real_until_connections_drain() {
    let mut dp = plane_with(service(
        Scheduler::Wrr,
        None,
        &[(real(1), rs(100, 2)), (real(2), rs(1, 0))],
    ));
    let t = Instant::from_secs(1);
    let got: Vec<_> = (0..4)
        .map(|i| {
            dp.handle_packet(t, &flow_from(i, 9), None, 1)
                .expect("scheduled")
        })
        .collect();
    // IPVS's list is newest first ([2, 1]) and a fresh wrr starts on its weight >= 1
    // pass: 2, 1; then cw = 100: 1, which reaches its threshold of 2 and is skipped.
    assert_eq!(got, vec![real(2), real(1), real(1), real(2)]);
    dp.expire(t.saturating_add(Duration::from_secs(61)));
    assert_eq!(
        dp.handle_packet(
            t.saturating_add(Duration::from_secs(62)),
            &flow_from(9, 9),
            None,
            1
        ),
        Some(real(1))
    );
}

#[test]
fn apply_reports_the_failing_change_and_keeps_the_earlier_ones() {
    let mut dp = MemoryDataplane::new();
    let key = ServiceKey::Fwmark {
        mark: 3,
        family: Family::V4,
    };
    let config = service(Scheduler::Rr, None, &[]).config;
    let changes = vec![
        Change::AddService {
            key,
            config: config.clone(),
        },
        Change::RemoveReal {
            service: key,
            real: real(1),
        },
        Change::AddReal {
            service: key,
            real: real(1),
            config: rs(1, 0),
        },
    ];
    let err = dp.apply(&changes).expect_err("second change cannot apply");
    assert_eq!(err.index, 1);
    assert_eq!(err.change, changes[1]);
    assert_eq!(err.reason, TableError::NoSuchReal(key, real(1)));
    assert!(
        dp.table().expect("table").service(&key).is_some(),
        "first change stays applied"
    );
    assert!(
        dp.table()
            .expect("table")
            .service(&key)
            .is_some_and(|s| s.reals.is_empty()),
        "third was not applied"
    );
}

#[test]
fn fwmark_service_wins_and_port_zero_reals_keep_the_port() {
    let mut t = Table::new();
    let mark = ServiceKey::Fwmark {
        mark: 7,
        family: Family::V4,
    };
    let port0 = RealKey { port: 0, ..real(5) };
    t.insert(mark, service(Scheduler::Rr, None, &[(port0, rs(1, 0))]));
    t.insert(
        vip_key(),
        service(Scheduler::Rr, None, &[(real(1), rs(1, 0))]),
    );
    let mut dp = MemoryDataplane::new();
    dp.apply(&Table::new().diff(&t)).expect("applies");
    let f = flow_from(1, 1);
    let now = Instant::ZERO;
    assert_eq!(dp.handle_packet(now, &f, Some(7), 1), Some(port0));
    assert_eq!(
        dp.handle_packet(now, &flow_from(2, 1), None, 1),
        Some(real(1))
    );
    assert_eq!(
        dp.handle_packet(now, &flow_from(3, 1), Some(8), 1),
        Some(real(1)),
        "unknown mark: VIP service"
    );
    let conns = dp.connections().expect("connections");
    assert!(conns
        .iter()
        .any(|c| c.real == SocketAddr::new(port0.addr, 80)));
    // Removing a real keeps its traffic in the service's totals.
    let mut t2 = t.clone();
    t2.insert(mark, service(Scheduler::Rr, None, &[]));
    dp.apply(&t.diff(&t2)).expect("applies");
    let stats = dp.stats().expect("stats");
    let s = stats
        .iter()
        .find(|s| s.key == mark)
        .expect("fwmark service");
    assert!(s.reals.is_empty());
    assert_eq!(s.counters.conns, 1);
}

#[test]
fn reconcile_reaches_the_desired_table_and_is_idempotent() {
    let mut dp = plane_with(service(
        Scheduler::Rr,
        None,
        &[(real(1), rs(1, 0)), (real(2), rs(1, 0))],
    ));
    let mut desired = Table::new();
    desired.insert(
        vip_key(),
        service(
            Scheduler::Rr,
            None,
            &[(real(2), rs(5, 0)), (real(3), rs(1, 0))],
        ),
    );
    let applied = reconcile(&mut dp, &desired).expect("reconciles");
    assert_eq!(applied.len(), 3, "add 3, edit 2, remove 1: {applied:?}");
    assert_eq!(dp.table().expect("table"), desired);
    assert_eq!(reconcile(&mut dp, &desired).expect("reconciles"), vec![]);
}

#[test]
fn one_packet_services_schedule_every_datagram_and_keep_no_connection() {
    let mut svc = service(
        Scheduler::Rr,
        None,
        &[(real(1), rs(1, 0)), (real(2), rs(1, 0))],
    );
    svc.config.one_packet = true;
    let mut t = Table::new();
    let key = ServiceKey::Addr {
        vip: IpAddr::V4(Ipv4Addr::new(198, 18, 255, 1)),
        port: 80,
        protocol: Protocol::Udp,
    };
    t.insert(key, svc);
    let mut dp = MemoryDataplane::new();
    dp.apply(&Table::new().diff(&t)).expect("applies");
    let f = Flow {
        protocol: Protocol::Udp,
        ..flow_from(1, 1000)
    };
    // As seen in kernel IPVS (ipvsadm -o): three datagrams of one flow, three
    // connections, rr from the newest real, nothing left in the table.
    let got: Vec<_> = (0..3)
        .map(|_| {
            dp.handle_packet(Instant::ZERO, &f, None, 29)
                .expect("scheduled")
        })
        .collect();
    assert_eq!(got, vec![real(2), real(1), real(2)]);
    assert!(dp.connections().expect("connections").is_empty());
    let s = &dp.stats().expect("stats")[0];
    assert_eq!(
        (s.counters.conns, s.counters.in_packets, s.counters.in_bytes),
        (3, 3, 87)
    );
    assert_eq!(s.reals.iter().map(|r| r.inactive).sum::<u32>(), 0);
}

#[test]
fn persistence_outlives_quiescing_as_in_ipvs() {
    // Seen in kernel IPVS (expire_quiescent_template = 0): after the client's real is
    // set to weight 0, the client's template still sends it there; others go elsewhere.
    let p = Persistence {
        timeout_secs: 300,
        prefix_len: 32,
    };
    let reals = [(real(1), rs(1, 0)), (real(2), rs(1, 0))];
    let mut dp = plane_with(service(Scheduler::Rr, Some(p), &reals));
    let t = Instant::from_secs(1);
    let first = dp
        .handle_packet(t, &flow_from(1, 1000), None, 1)
        .expect("scheduled");
    assert_eq!(first, real(2), "rr starts at the newest real");
    let mut quiesced = dp.table().expect("table");
    let mut svc = quiesced.service(&vip_key()).expect("service").clone();
    svc.reals.insert(real(2), rs(0, 0));
    quiesced.insert(vip_key(), svc);
    reconcile(&mut dp, &quiesced).expect("weight edit applies");
    assert_eq!(
        dp.handle_packet(t, &flow_from(1, 1001), None, 1),
        Some(real(2))
    );
    assert_eq!(
        dp.handle_packet(t, &flow_from(2, 1002), None, 1),
        Some(real(1))
    );
}
