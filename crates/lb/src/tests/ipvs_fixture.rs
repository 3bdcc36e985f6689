//! The in-memory data plane against the real kernel IPVS (Linux 6.1).
//!
//! `fixtures/ipvs/gen.sh` set up the services of `services.txt` in the IPVS VM, sent
//! one UDP datagram per line of `flows.txt`, and kept `ipvsadm -Lnc` in `lnc.txt`.
//! Here the same services and flows go through [`MemoryDataplane`]; its connection
//! table must be the same, line for line: every scheduler's picks, in order, and the
//! persistence templates. UDP connections are all inactive; `fixtures/ipvs-tcp/`
//! adds TCP connections that become established (active) and some that close, for
//! the schedulers that count active connections.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use crate::dataplane::{ConnState, Dataplane};
use crate::memory::MemoryDataplane;
use crate::sched::{Flow, MaglevParams, Scheduler};
use crate::service::{
    Family, Forwarding, Persistence, Protocol, RealKey, RealServer, Service, ServiceConfig,
    ServiceKey,
};
use crate::table::Table;
use crate::time::Instant;

const SERVICES: &str = include_str!("../../fixtures/ipvs/services.txt");
const TCP_SERVICES: &str = include_str!("../../fixtures/ipvs-tcp/services.txt");
const TCP_PICKS: &str = include_str!("../../fixtures/ipvs-tcp/picks.txt");
const FLOWS: &str = include_str!("../../fixtures/ipvs/flows.txt");
const LNC: &str = include_str!("../../fixtures/ipvs/lnc.txt");
/// Destinations guest.sh marks for the fwmark services: 198.18.254.0/24 → 5, .253 → 6.
fn fwmark(dst: IpAddr) -> Option<u32> {
    match dst {
        IpAddr::V4(a) => match a.octets() {
            [198, 18, 254, _] => Some(5),
            [198, 18, 253, _] => Some(6),
            _ => None,
        },
        IpAddr::V6(_) => None,
    }
}

fn parse<T: std::str::FromStr>(what: &str, s: &str) -> T {
    s.parse()
        .unwrap_or_else(|_| panic!("fixture: bad {what} {s:?}"))
}

/// services.txt as a table: reals 198.19.0.N:80 (2001:db8:1::N for IPv6), NAT, with
/// the weights and upper:lower thresholds of the last two columns.
fn table(services: &str) -> Table {
    let mut t = Table::new();
    for line in services.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(f.len(), 7, "fixture: services line {line:?}");
        let key = match f[0] {
            "udp" | "tcp" => {
                let a: SocketAddr = parse("address", f[1]);
                ServiceKey::Addr {
                    vip: a.ip(),
                    port: a.port(),
                    protocol: if f[0] == "tcp" {
                        Protocol::Tcp
                    } else {
                        Protocol::Udp
                    },
                }
            }
            "fwmark" => ServiceKey::Fwmark {
                mark: parse("mark", f[1]),
                family: Family::V4,
            },
            other => panic!("fixture: kind {other}"),
        };
        let scheduler =
            Scheduler::from_name(f[2], f[3].ends_with("-port"), f[3].ends_with("-fallback"))
                .unwrap_or_else(|| panic!("fixture: scheduler {}", f[2]));
        let persistence = (f[4] != "-").then(|| {
            let (secs, mask) = f[4].split_once('/').expect("fixture: persistence T/MASK");
            let mask: std::net::Ipv4Addr = parse("netmask", mask);
            Persistence {
                timeout_secs: parse("timeout", secs),
                prefix_len: u32::from(mask).count_ones() as u8,
            }
        });
        let reals = f[5]
            .split(',')
            .enumerate()
            .map(|(i, w)| {
                let n = i as u8 + 1;
                let addr = match key.family() {
                    Family::V4 => IpAddr::from([198, 19, 0, n]),
                    Family::V6 => Ipv6Addr::new(0x2001, 0xdb8, 1, 0, 0, 0, 0, n.into()).into(),
                };
                let (upper, lower) = match f[6] {
                    "-" => ("0", "0"),
                    t => t
                        .split(',')
                        .nth(i)
                        .and_then(|ul| ul.split_once(':'))
                        .unwrap_or_else(|| panic!("fixture: thresholds {t:?}")),
                };
                let rs = RealServer {
                    forwarding: Forwarding::Nat,
                    weight: parse("weight", w),
                    upper_threshold: parse("threshold", upper),
                    lower_threshold: parse("threshold", lower),
                };
                (RealKey { addr, port: 80 }, rs)
            })
            .collect();
        let config = ServiceConfig {
            scheduler,
            persistence,
            forwarding: Forwarding::Nat,
            sorry_server: None,
            one_packet: false,
        };
        t.insert(key, Service { config, reals });
    }
    t
}

#[test]
fn memory_dataplane_builds_the_connection_table_kernel_ipvs_built() {
    let table = table(SERVICES);
    assert_eq!(table.services().len(), 24);
    let mut dp = MemoryDataplane::with_maglev(MaglevParams::IPVS);
    // Reals arrive in key order, the order guest.sh added them.
    dp.apply(&Table::new().diff(&table))
        .expect("fixture table applies");
    let mut now = Instant::ZERO;
    let mut unscheduled = 0;
    for line in FLOWS.lines() {
        let (src, dst) = line.split_once(' ').expect("fixture: flow line");
        let (src, dst): (SocketAddr, SocketAddr) =
            (parse("source", src), parse("destination", dst));
        let fwmark = fwmark(dst.ip());
        let flow = Flow {
            protocol: Protocol::Udp,
            src: src.ip(),
            src_port: src.port(),
            dst: dst.ip(),
            dst_port: dst.port(),
        };
        // IPVS finds no real for some (sh onto a weight-0 real): no connection then.
        unscheduled += usize::from(dp.handle_packet(now, &flow, fwmark, 29).is_none());
        now = now.saturating_add(Duration::from_millis(1));
    }
    let mut ours: Vec<String> = dp
        .connections()
        .expect("connections")
        .iter()
        .map(|c| {
            let proto = c.protocol.map_or("IP", |p| p.ipvsadm_name());
            let state = c.state.ipvsadm_name();
            format!("{proto} {state} {} {} {}", c.client, c.virtual_addr, c.real)
        })
        .collect();
    ours.sort();
    let mut ipvs: Vec<String> = LNC.lines().map(str::to_owned).collect();
    ipvs.sort();
    let only_ours: Vec<_> = ours.iter().filter(|l| !ipvs.contains(l)).take(8).collect();
    let only_ipvs: Vec<_> = ipvs.iter().filter(|l| !ours.contains(l)).take(8).collect();
    assert!(
        only_ours.is_empty() && only_ipvs.is_empty(),
        "connection tables differ\nonly ours: {only_ours:#?}\nonly IPVS: {only_ipvs:#?}"
    );
    assert_eq!(ours.len(), 818);
    assert_eq!(unscheduled, 8);
}

#[test]
fn memory_dataplane_schedules_tcp_as_kernel_ipvs_did() {
    let table = table(TCP_SERVICES);
    let mut dp = MemoryDataplane::new();
    dp.apply(&Table::new().diff(&table))
        .expect("fixture table applies");
    let mut now = Instant::ZERO;
    let mut closed = 0;
    for (i, line) in TCP_PICKS.lines().enumerate() {
        let f: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(f.len(), 3, "fixture: picks line {line:?}");
        let vip: SocketAddr = parse("virtual address", f[0]);
        let expected: Option<SocketAddr> = (f[2] != "none").then(|| parse("real", f[2]));
        // The client was local: its address is the VIP; ports only need to differ.
        let flow = Flow {
            protocol: Protocol::Tcp,
            src: vip.ip(),
            src_port: 40_000 + i as u16,
            dst: vip.ip(),
            dst_port: vip.port(),
        };
        let ours = dp
            .handle_packet(now, &flow, None, 60)
            .map(|r| SocketAddr::new(r.addr, r.port));
        assert_eq!(ours, expected, "connection {i}: {line}");
        if ours.is_some() {
            assert!(dp.set_state(now, &flow, ConnState::Established));
            if f[1] == "close" {
                assert!(dp.set_state(now, &flow, ConnState::Close));
                closed += 1;
            }
        }
        now = now.saturating_add(Duration::from_millis(60));
    }
    assert_eq!(closed, 49);
}
