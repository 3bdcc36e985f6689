//! Packets and the fixture table shared by the BPF_PROG_TEST_RUN tests.
#![allow(dead_code)] // each test binary uses its own part of this module

use std::net::{IpAddr, SocketAddr};

use etherparse::PacketBuilder;
use rvs_xdp::abi::{Backend, Method, Reason, Sched, Service, ServiceKey, Stats};
use rvs_xdp::{Balancer, Options, Prog};

/// The director's MAC on every interface of these fixtures.
pub const DIRECTOR: [u8; 6] = [0x02, 0, 0, 0, 0, 0x01];
/// The client side's next hop.
pub const CLIENT_HOP: [u8; 6] = [0x02, 0, 0, 0, 0, 0x02];
pub const RS_A: [u8; 6] = [0x02, 0, 0, 0, 0, 0x0a];
pub const RS_B: [u8; 6] = [0x02, 0, 0, 0, 0, 0x0b];

pub const XDP_DROP: u32 = 1;
pub const XDP_PASS: u32 = 2;
pub const XDP_TX: u32 = 3;

pub const TCP: u8 = 6;
pub const UDP: u8 = 17;

pub fn sa(s: &str) -> SocketAddr {
    s.parse()
        .unwrap_or_else(|e| panic!("bad socket address {s}: {e}"))
}

pub mod lab;

/// Small maps, nothing pinned.
pub fn small() -> Options {
    Options {
        services: 16,
        backends: 16,
        ring: 64,
        flows: 1024,
        persist: 1024,
        nat_flows: 1024,
        pin_dir: None,
    }
}

/// Opens a balancer with small maps, on one CPU.
pub fn open() -> Balancer {
    open_with(&small())
}

/// Opens a balancer on one CPU: the connection table and the rr cursor are
/// per CPU, and a test thread that moved between CPUs would see another
/// CPU's (empty) entries.
pub fn open_with(opts: &Options) -> Balancer {
    let mut cpus = nix::sched::CpuSet::new();
    cpus.set(0).expect("CPU 0 exists");
    nix::sched::sched_setaffinity(nix::unistd::Pid::from_raw(0), &cpus)
        .expect("pinning the test thread to CPU 0");
    Balancer::open(opts).unwrap_or_else(|e| {
        panic!(
            "loading the XDP programs needs root with BPF (CAP_BPF, CAP_NET_ADMIN) \
             and a kernel that accepts them: {e:?}"
        )
    })
}

/// Adds service `id` at `vip` with `ring` laid at `ring_start`.
pub fn service(
    b: &mut Balancer,
    id: u32,
    vip: SocketAddr,
    proto: u8,
    sched: Sched,
    ring_start: u32,
    ring: &[u32],
) -> Service {
    let key = ServiceKey::new(vip, proto);
    let svc = Service {
        id,
        ring_start,
        ring_len: ring.len() as u32,
        sched: sched as u8,
        ..Service::default()
    };
    b.set_ring(ring_start, ring).expect("setting the ring");
    b.set_service(&key, &svc).expect("setting the service");
    svc
}

pub fn backend(b: &mut Balancer, id: u32, addr: IpAddr, port: u16, mac: [u8; 6], method: Method) {
    b.set_backend(id, &Backend::new(addr, port, mac, method))
        .expect("setting the backend");
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Syn,
    Ack,
    Fin,
    Rst,
    Udp,
}

/// An Ethernet frame carrying a small TCP or UDP packet.
pub fn pkt(
    src_mac: [u8; 6],
    dst_mac: [u8; 6],
    src: SocketAddr,
    dst: SocketAddr,
    kind: Kind,
) -> Vec<u8> {
    let eth = PacketBuilder::ethernet2(src_mac, dst_mac);
    let ip = match (src.ip(), dst.ip()) {
        (IpAddr::V4(s), IpAddr::V4(d)) => eth.ipv4(s.octets(), d.octets(), 64),
        (IpAddr::V6(s), IpAddr::V6(d)) => eth.ipv6(s.octets(), d.octets(), 64),
        _ => panic!("one family per packet: {src} {dst}"),
    };
    let payload = b"rvs fixture";
    let mut out = Vec::new();
    let written = match kind {
        Kind::Syn => ip
            .tcp(src.port(), dst.port(), 1000, 64240)
            .syn()
            .write(&mut out, payload),
        Kind::Ack => ip
            .tcp(src.port(), dst.port(), 1001, 64240)
            .ack(1)
            .write(&mut out, payload),
        Kind::Fin => ip
            .tcp(src.port(), dst.port(), 1001, 64240)
            .fin()
            .ack(1)
            .write(&mut out, payload),
        Kind::Rst => ip
            .tcp(src.port(), dst.port(), 1001, 64240)
            .rst()
            .write(&mut out, payload),
        Kind::Udp => ip.udp(src.port(), dst.port()).write(&mut out, payload),
    };
    written.expect("building a fixture packet");
    out
}

/// The frame with an 802.1Q tag (VLAN `vid`) after the MACs.
pub fn with_vlan(frame: &[u8], vid: u16) -> Vec<u8> {
    let mut out = frame[..12].to_vec();
    out.extend_from_slice(&[0x81, 0x00]);
    out.extend_from_slice(&vid.to_be_bytes());
    out.extend_from_slice(&frame[12..]);
    out
}

/// The frame with new MACs.
pub fn with_macs(frame: &[u8], src: [u8; 6], dst: [u8; 6]) -> Vec<u8> {
    let mut out = frame.to_vec();
    out[0..6].copy_from_slice(&dst);
    out[6..12].copy_from_slice(&src);
    out
}

/// The one's complement checksum of `data`.
pub fn csum(data: &[u8]) -> u16 {
    let mut sum: u32 = data
        .chunks(2)
        .map(|c| u32::from(u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])))
        .sum();
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(sum as u16)
}

/// Recomputes the IPv4 header checksum of the header at `off`.
pub fn fix_ipv4_csum(frame: &mut [u8], off: usize) {
    let ihl = usize::from(frame[off] & 0xf) * 4;
    frame[off + 10..off + 12].copy_from_slice(&[0, 0]);
    let c = csum(&frame[off..off + ihl]);
    frame[off + 10..off + 12].copy_from_slice(&c.to_be_bytes());
}

/// Which per-backend counter a transmitted fixture must move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counts {
    /// Not forwarded: no service or backend counter moves.
    None,
    /// Forwarded to `backend`: one packet in, and one connection if new.
    In { backend: u32, new_conn: bool },
    /// A NAT reply from `backend`: one packet out.
    Out { backend: u32 },
}

/// One row of a fixture table.
pub struct Case {
    pub what: &'static str,
    pub prog: Prog,
    pub input: Vec<u8>,
    pub action: u32,
    pub output: Vec<u8>,
    pub reason: Reason,
    pub counts: Counts,
}

fn hex(b: &[u8]) -> String {
    b.chunks(16)
        .map(|l| {
            l.iter()
                .map(|x| format!("{x:02x}"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs the cases in order against `b`, checking verdict, bytes and counters.
pub fn run(b: &Balancer, cases: &[Case]) {
    for c in cases {
        let before = b.reasons().expect("reading reasons");
        let stats_before = counted_stats(b, c.counts);
        let r = b
            .test_run(c.prog, &c.input)
            .unwrap_or_else(|e| panic!("{}: BPF_PROG_TEST_RUN failed: {e:?}", c.what));
        let after = b.reasons().expect("reading reasons");
        let moved: Vec<_> = before
            .iter()
            .zip(&after)
            .filter(|(x, y)| x.1 != y.1)
            .map(|(x, y)| (x.0, y.1.packets - x.1.packets, y.1.bytes - x.1.bytes))
            .collect();
        assert_eq!(
            moved,
            vec![(c.reason, 1, c.input.len() as u64)],
            "{}: reason counters",
            c.what
        );
        assert_eq!(r.action, c.action, "{}: XDP action", c.what);
        assert!(
            r.packet == c.output,
            "{}: output differs\n got:\n{}\nwant:\n{}",
            c.what,
            hex(&r.packet),
            hex(&c.output)
        );
        let stats_after = counted_stats(b, c.counts);
        let len = c.input.len() as u64;
        let want = match (c.counts, stats_before) {
            (Counts::None, _) | (_, None) => None,
            (Counts::In { new_conn, .. }, Some(s)) => Some(Stats {
                conns: s.conns + u64::from(new_conn),
                packets_in: s.packets_in + 1,
                bytes_in: s.bytes_in + len,
                ..s
            }),
            (Counts::Out { .. }, Some(s)) => Some(Stats {
                packets_out: s.packets_out + 1,
                bytes_out: s.bytes_out + len,
                ..s
            }),
        };
        assert_eq!(stats_after, want, "{}: backend counters", c.what);
    }
}

fn counted_stats(b: &Balancer, counts: Counts) -> Option<Stats> {
    match counts {
        Counts::None => None,
        Counts::In { backend, .. } | Counts::Out { backend } => {
            Some(b.backend_stats(backend).expect("reading backend stats"))
        }
    }
}

/// An ICMP error from `router` to the VIP quoting `quoted` (a frame the real
/// server sent from the VIP): IPv4 fragmentation needed or IPv6 packet too big.
pub fn icmp_error(router: IpAddr, quoted: &[u8]) -> Vec<u8> {
    let ip_len = if quoted[14] >> 4 == 4 { 20 } else { 40 };
    let body = &quoted[14..14 + ip_len + 8];
    let eth = PacketBuilder::ethernet2(CLIENT_HOP, DIRECTOR);
    let mut out = Vec::new();
    let written = match (router, quoted[14] >> 4) {
        (IpAddr::V4(r), 4) => {
            let vip: [u8; 4] = quoted[26..30].try_into().expect("IPv4 source");
            eth.ipv4(r.octets(), vip, 64)
                .icmpv4_raw(3, 4, [0, 0, 0x05, 0x78])
                .write(&mut out, body)
        }
        (IpAddr::V6(r), 6) => {
            let vip: [u8; 16] = quoted[22..38].try_into().expect("IPv6 source");
            eth.ipv6(r.octets(), vip, 64)
                .icmpv6_raw(2, 0, [0, 0, 0x05, 0x00])
                .write(&mut out, body)
        }
        _ => panic!("router and quoted packet of one family"),
    };
    written.expect("building an ICMP error");
    out
}

/// An ICMP or ICMPv6 echo request from `src` to `dst`.
pub fn echo(src: IpAddr, dst: IpAddr) -> Vec<u8> {
    let eth = PacketBuilder::ethernet2(CLIENT_HOP, DIRECTOR);
    let mut out = Vec::new();
    let written = match (src, dst) {
        (IpAddr::V4(s), IpAddr::V4(d)) => eth
            .ipv4(s.octets(), d.octets(), 64)
            .icmpv4_echo_request(1, 1)
            .write(&mut out, b"ping"),
        (IpAddr::V6(s), IpAddr::V6(d)) => eth
            .ipv6(s.octets(), d.octets(), 64)
            .icmpv6_echo_request(1, 1)
            .write(&mut out, b"ping"),
        _ => panic!("one family per packet"),
    };
    written.expect("building an echo request");
    out
}

/// The flow `rvs_lb`'s lblc is asked about when comparing it with the program: a
/// client of `vip`.
pub fn lblc_flow(vip: SocketAddr) -> rvs_lb::Flow {
    rvs_lb::Flow {
        protocol: rvs_lb::Protocol::Tcp,
        src: sa("198.19.0.1:0").ip(),
        src_port: 0,
        dst: vip.ip(),
        dst_port: vip.port(),
    }
}
