//! Byte-exact fixtures through BPF_PROG_TEST_RUN. They need root and BPF;
//! without them they fail naming what is missing.

mod common;

use std::net::SocketAddr;

use common::*;
use rvs_xdp::abi::{addr_words, Backend, Method, Reason, Sched};
use rvs_xdp::{Balancer, Prog};

/// The addresses of one family's fixtures.
struct Net {
    vip_tcp: SocketAddr,
    vip_udp: SocketAddr,
    client: SocketAddr,
    client2: SocketAddr,
    other: SocketAddr,
    rs_a: SocketAddr,
    rs_b: SocketAddr,
}

fn v4() -> Net {
    Net {
        vip_tcp: sa("198.18.0.100:80"),
        vip_udp: sa("198.18.0.100:53"),
        client: sa("198.19.0.1:40000"),
        client2: sa("198.19.0.1:40001"),
        other: sa("198.18.0.200:80"),
        rs_a: sa("198.18.1.1:8080"),
        rs_b: sa("198.18.1.2:8080"),
    }
}

fn v6() -> Net {
    Net {
        vip_tcp: sa("[2001:db8::100]:80"),
        vip_udp: sa("[2001:db8::100]:53"),
        client: sa("[2001:db8:1::1]:40000"),
        client2: sa("[2001:db8:1::1]:40001"),
        other: sa("[2001:db8::200]:80"),
        rs_a: sa("[2001:db8:2::1]:8080"),
        rs_b: sa("[2001:db8:2::2]:8080"),
    }
}

/// Two services (TCP, UDP) on the VIP, both rr over backends 0 (A) and 1 (B).
fn setup(b: &mut Balancer, n: &Net, method: Method) {
    backend(b, 0, n.rs_a.ip(), n.rs_a.port(), RS_A, method);
    backend(b, 1, n.rs_b.ip(), n.rs_b.port(), RS_B, method);
    service(b, 0, n.vip_tcp, TCP, Sched::Walk, 0, &[0, 1]);
    service(b, 1, n.vip_udp, UDP, Sched::Walk, 2, &[0, 1]);
}

fn from_client(src: SocketAddr, dst: SocketAddr, kind: Kind) -> Vec<u8> {
    pkt(CLIENT_HOP, DIRECTOR, src, dst, kind)
}

fn passes(what: &'static str, input: Vec<u8>, reason: Reason) -> Case {
    Case {
        what,
        prog: Prog::Balancer,
        output: input.clone(),
        input,
        action: XDP_PASS,
        reason,
        counts: Counts::None,
    }
}

fn drops(what: &'static str, input: Vec<u8>, reason: Reason) -> Case {
    Case {
        what,
        prog: Prog::Balancer,
        output: input.clone(),
        input,
        action: XDP_DROP,
        reason,
        counts: Counts::None,
    }
}

/// A frame whose IP packet is a fragment (IPv4 MF flag, IPv6 fragment header).
fn fragment(frame: &[u8]) -> Vec<u8> {
    let mut f = frame.to_vec();
    if f[14] >> 4 == 4 {
        f[20] |= 0x20;
        fix_ipv4_csum(&mut f, 14);
        return f;
    }
    ext_header(&f, 44)
}

/// A frame with IPv4 options (4 NOPs) or an IPv6 extension header `next`.
fn with_options(frame: &[u8]) -> Vec<u8> {
    if frame[14] >> 4 == 6 {
        return ext_header(frame, 0);
    }
    let mut f = frame[..34].to_vec();
    f.extend_from_slice(&[1, 1, 1, 1]);
    f.extend_from_slice(&frame[34..]);
    f[14] = 0x46;
    let tot = u16::from_be_bytes([f[16], f[17]]) + 4;
    f[16..18].copy_from_slice(&tot.to_be_bytes());
    fix_ipv4_csum(&mut f, 14);
    f
}

/// Inserts an 8-byte IPv6 extension header of type `kind` after the fixed header.
fn ext_header(frame: &[u8], kind: u8) -> Vec<u8> {
    let next = frame[14 + 6];
    let mut f = frame[..54].to_vec();
    f[14 + 6] = kind;
    let plen = u16::from_be_bytes([f[18], f[19]]) + 8;
    f[18..20].copy_from_slice(&plen.to_be_bytes());
    if kind == 44 {
        // Fragment header: offset 0, more fragments, id 7.
        f.extend_from_slice(&[next, 0, 0, 1, 0, 0, 0, 7]);
    } else {
        // Hop-by-hop with a PadN option filling it.
        f.extend_from_slice(&[next, 0, 1, 4, 0, 0, 0, 0]);
    }
    f.extend_from_slice(&frame[54..]);
    f
}

/// The cases every method shares: what is not balanced, and why.
fn not_balanced(n: &Net) -> Vec<Case> {
    let syn = from_client(n.client, n.vip_tcp, Kind::Syn);
    vec![
        passes(
            "ACK of an unknown flow goes to the local stack, as IPVS",
            from_client(sa_port(n.client, 41000), n.vip_tcp, Kind::Ack),
            Reason::PassTcpNotSyn,
        ),
        passes(
            "traffic for another address passes unchanged",
            from_client(n.client, n.other, Kind::Syn),
            Reason::PassNotService,
        ),
        passes(
            "the VIP on a port without a service passes unchanged",
            from_client(n.client, sa_port(n.vip_tcp, 443), Kind::Syn),
            Reason::PassNotService,
        ),
        passes("a fragment passes", fragment(&syn), Reason::PassFragment),
        passes(
            "IP options or extension headers pass",
            with_options(&syn),
            Reason::PassIpOptions,
        ),
        passes(
            "ARP passes",
            {
                let mut arp = syn[..42].to_vec();
                arp[12..14].copy_from_slice(&[0x08, 0x06]);
                arp
            },
            Reason::PassNotIp,
        ),
        drops(
            "a TCP header cut short is dropped",
            {
                let l4 = if syn[14] >> 4 == 4 { 34 } else { 54 };
                let mut f = syn[..l4 + 10].to_vec();
                let ip_len = (10 + if l4 == 34 { 20 } else { 0 }) as u16;
                if l4 == 34 {
                    f[16..18].copy_from_slice(&ip_len.to_be_bytes());
                    fix_ipv4_csum(&mut f, 14);
                } else {
                    f[18..20].copy_from_slice(&ip_len.to_be_bytes());
                }
                f
            },
            Reason::DropMalformed,
        ),
        drops(
            "an IP packet longer than its frame is dropped",
            syn[..syn.len() - 4].to_vec(),
            Reason::DropMalformed,
        ),
        // BPF_PROG_TEST_RUN refuses frames under 14 bytes, so the shortest
        // fixture is an Ethernet header announcing IP with nothing after it.
        drops(
            "an Ethernet header without its IP header is dropped",
            syn[..14].to_vec(),
            Reason::DropMalformed,
        ),
    ]
}

fn sa_port(a: SocketAddr, port: u16) -> SocketAddr {
    SocketAddr::new(a.ip(), port)
}

fn dr_cases(n: &Net) -> Vec<Case> {
    let syn = from_client(n.client, n.vip_tcp, Kind::Syn);
    let ack = from_client(n.client, n.vip_tcp, Kind::Ack);
    let syn2 = from_client(n.client2, n.vip_tcp, Kind::Syn);
    let udp = from_client(n.client, n.vip_udp, Kind::Udp);
    let vlan_syn = with_vlan(
        &from_client(sa_port(n.client, 40002), n.vip_tcp, Kind::Syn),
        7,
    );
    let tx = |what, input: &Vec<u8>, mac, backend, new_conn| Case {
        what,
        prog: Prog::Balancer,
        output: with_macs(input, DIRECTOR, mac),
        input: input.clone(),
        action: XDP_TX,
        reason: Reason::TxDr,
        counts: Counts::In { backend, new_conn },
    };
    let mut cases = vec![
        tx("first SYN of a flow goes to RS A", &syn, RS_A, 0, true),
        tx("the flow's ACK stays on RS A", &ack, RS_A, 0, false),
        tx("a second flow goes to RS B (rr)", &syn2, RS_B, 1, true),
        tx("first UDP datagram goes to RS A", &udp, RS_A, 0, true),
        tx(
            "the next datagram of the flow stays on RS A",
            &udp,
            RS_A,
            0,
            false,
        ),
        tx(
            "a VLAN-tagged SYN keeps its tag; rr wraps to RS A",
            &vlan_syn,
            RS_A,
            0,
            true,
        ),
    ];
    cases.extend(not_balanced(n));
    cases
}

#[test]
fn dr_v4() {
    let mut b = open();
    let n = v4();
    setup(&mut b, &n, Method::Dr);
    run(&b, &dr_cases(&n));
    assert_eq!(b.connections().expect("listing connections").len(), 4);
}

#[test]
fn dr_v6() {
    let mut b = open();
    let n = v6();
    setup(&mut b, &n, Method::Dr);
    run(&b, &dr_cases(&n));
    assert_eq!(b.connections().expect("listing connections").len(), 4);
}

const TUN_SRC4: [u8; 4] = [198, 18, 0, 1];
const TUN_SRC6: [u8; 16] = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];

fn set_tunnel_source(b: &mut Balancer, mtu: u32) {
    let mut cfg = b.config().expect("reading config");
    cfg.tun_src4 = u32::from_ne_bytes(TUN_SRC4);
    for (i, w) in cfg.tun_src6.iter_mut().enumerate() {
        *w = u32::from_ne_bytes([
            TUN_SRC6[4 * i],
            TUN_SRC6[4 * i + 1],
            TUN_SRC6[4 * i + 2],
            TUN_SRC6[4 * i + 3],
        ]);
    }
    cfg.mtu = mtu;
    b.set_config(&cfg).expect("writing config");
}

/// The frame as the director sends it to `rs` in an IPIP/IP6IP6 tunnel:
/// the inner IP packet unchanged behind an outer header built here by hand.
fn tunneled(input: &[u8], rs: SocketAddr, mac: [u8; 6]) -> Vec<u8> {
    tunneled_in(input, rs, mac, None)
}

/// The program's flow hash (bpf/hash.h), to predict a GUE source port.
fn flow_hash(client: SocketAddr, vip: SocketAddr) -> u32 {
    let mix = |h: u32, v: u32| {
        let h = (h ^ v).wrapping_mul(0x9e37_79b1);
        h ^ (h >> 15)
    };
    let addr = |h: u32, a: [u32; 4]| a.iter().fold(h, |h, w| mix(h, *w));
    let seed = u32::from(client.port().to_be()) ^ (u32::from(vip.port().to_be()) << 16);
    addr(
        addr(seed, addr_words(client.ip()).0),
        addr_words(vip.ip()).0,
    )
}

/// Like [`tunneled`], in UDP + GUE to `port`; the source port comes from
/// the flow hash of `client` to `vip`.
fn tunneled_gue(
    input: &[u8],
    rs: SocketAddr,
    mac: [u8; 6],
    port: u16,
    client: SocketAddr,
    vip: SocketAddr,
) -> Vec<u8> {
    let sport = 0xc000 | (flow_hash(client, vip) & 0x3fff) as u16;
    tunneled_in(input, rs, mac, Some((sport, port)))
}

fn tunneled_in(input: &[u8], rs: SocketAddr, mac: [u8; 6], gue: Option<(u16, u16)>) -> Vec<u8> {
    let l2_len = if input[12..14] == [0x81, 0x00] {
        18
    } else {
        14
    };
    let (l2, inner) = input.split_at(l2_len);
    let mut out = with_macs(l2, DIRECTOR, mac);
    let inner_v4 = inner[0] >> 4 == 4;
    let tos = if inner_v4 {
        inner[1]
    } else {
        (inner[0] << 4) | (inner[1] >> 4)
    };
    let inner_proto = if inner_v4 { 4 } else { 41 };
    let mut carried = Vec::new();
    if let Some((sport, dport)) = gue {
        carried.extend_from_slice(&sport.to_be_bytes());
        carried.extend_from_slice(&dport.to_be_bytes());
        carried.extend_from_slice(&((inner.len() + 12) as u16).to_be_bytes());
        carried.extend_from_slice(&[0, 0, 0, inner_proto, 0, 0]);
    }
    carried.extend_from_slice(inner);
    let proto = if gue.is_some() { 17 } else { inner_proto };
    match rs.ip() {
        std::net::IpAddr::V4(dst) => {
            out[l2_len - 2..].copy_from_slice(&[0x08, 0x00]);
            let df = if inner_v4 { inner[6] & 0x40 } else { 0x40 };
            let len = (carried.len() + 20) as u16;
            let mut h = vec![0x45, tos];
            h.extend_from_slice(&len.to_be_bytes());
            h.extend_from_slice(&[0, 0, df, 0, 64, proto, 0, 0]);
            h.extend_from_slice(&TUN_SRC4);
            h.extend_from_slice(&dst.octets());
            let c = csum(&h);
            h[10..12].copy_from_slice(&c.to_be_bytes());
            out.extend_from_slice(&h);
        }
        std::net::IpAddr::V6(dst) => {
            out[l2_len - 2..].copy_from_slice(&[0x86, 0xdd]);
            out.extend_from_slice(&[0x60 | (tos >> 4), (tos & 0xf) << 4, 0, 0]);
            out.extend_from_slice(&(carried.len() as u16).to_be_bytes());
            out.extend_from_slice(&[proto, 64]);
            out.extend_from_slice(&TUN_SRC6);
            out.extend_from_slice(&dst.octets());
        }
    }
    out.extend_from_slice(&carried);
    out
}

fn tun_cases(n: &Net) -> Vec<Case> {
    let syn = from_client(n.client, n.vip_tcp, Kind::Syn);
    let ack = from_client(n.client, n.vip_tcp, Kind::Ack);
    let syn2 = from_client(n.client2, n.vip_tcp, Kind::Syn);
    let udp = from_client(n.client, n.vip_udp, Kind::Udp);
    let vlan_syn = with_vlan(
        &from_client(sa_port(n.client, 40002), n.vip_tcp, Kind::Syn),
        7,
    );
    let tx = |what, input: &Vec<u8>, rs, mac, backend, new_conn| Case {
        what,
        prog: Prog::Balancer,
        output: tunneled(input, rs, mac),
        input: input.clone(),
        action: XDP_TX,
        reason: Reason::TxTun,
        counts: Counts::In { backend, new_conn },
    };
    let mut cases = vec![
        tx("first SYN is tunneled to RS A", &syn, n.rs_a, RS_A, 0, true),
        tx(
            "the flow's ACK is tunneled to RS A",
            &ack,
            n.rs_a,
            RS_A,
            0,
            false,
        ),
        tx(
            "a second flow is tunneled to RS B",
            &syn2,
            n.rs_b,
            RS_B,
            1,
            true,
        ),
        tx(
            "a UDP datagram is tunneled to RS A",
            &udp,
            n.rs_a,
            RS_A,
            0,
            true,
        ),
        tx(
            "a VLAN tag stays outside the tunnel",
            &vlan_syn,
            n.rs_a,
            RS_A,
            0,
            true,
        ),
    ];
    cases.extend(not_balanced(n));
    cases
}

#[test]
fn tun_v4_ipip() {
    let mut b = open();
    let n = v4();
    setup(&mut b, &n, Method::Tun);
    set_tunnel_source(&mut b, 0);
    run(&b, &tun_cases(&n));
}

#[test]
fn tun_v6_ip6ip6() {
    let mut b = open();
    let n = v6();
    setup(&mut b, &n, Method::Tun);
    set_tunnel_source(&mut b, 0);
    run(&b, &tun_cases(&n));
}

#[test]
fn tun_v4_service_over_v6_tunnel() {
    let mut b = open();
    let n = v4();
    let rs = sa("[2001:db8:2::1]:8080");
    backend(&mut b, 0, rs.ip(), 0, RS_A, Method::Tun);
    service(&mut b, 0, n.vip_tcp, TCP, Sched::Walk, 0, &[0]);
    set_tunnel_source(&mut b, 0);
    let syn = from_client(n.client, n.vip_tcp, Kind::Syn);
    run(
        &b,
        &[Case {
            what: "an IPv4 packet rides an IPv6 tunnel (next header 4)",
            prog: Prog::Balancer,
            output: tunneled(&syn, rs, RS_A),
            input: syn,
            action: XDP_TX,
            reason: Reason::TxTun,
            counts: Counts::In {
                backend: 0,
                new_conn: true,
            },
        }],
    );
}

/// The ICMP "fragmentation needed" (IPv4) or "packet too big" (IPv6) the
/// director sends back for `input`, built here by hand.
fn too_big(input: &[u8], mtu: u16) -> Vec<u8> {
    let ip = &input[14..];
    let mut out = with_macs(&input[..14], DIRECTOR, CLIENT_HOP);
    if ip[0] >> 4 == 4 {
        let mut h = vec![0x45, 0, 0, 56, 0, 0, 0, 0, 64, 1, 0, 0];
        h.extend_from_slice(&ip[16..20]);
        h.extend_from_slice(&ip[12..16]);
        let c = csum(&h);
        h[10..12].copy_from_slice(&c.to_be_bytes());
        let mut icmp = vec![3, 4, 0, 0, 0, 0];
        icmp.extend_from_slice(&mtu.to_be_bytes());
        icmp.extend_from_slice(&ip[..28]);
        let c = csum(&icmp);
        icmp[2..4].copy_from_slice(&c.to_be_bytes());
        out.extend_from_slice(&h);
        out.extend_from_slice(&icmp);
    } else {
        let (src, dst) = (&ip[24..40], &ip[8..24]);
        let mut icmp = vec![2, 0, 0, 0];
        icmp.extend_from_slice(&u32::from(mtu).to_be_bytes());
        icmp.extend_from_slice(&ip[..48]);
        let mut pseudo = [src, dst].concat();
        pseudo.extend_from_slice(&[0, 0, 0, 56, 0, 0, 0, 58]);
        pseudo.extend_from_slice(&icmp);
        let c = csum(&pseudo);
        icmp[2..4].copy_from_slice(&c.to_be_bytes());
        out.extend_from_slice(&[0x60, 0, 0, 0, 0, 56, 58, 64]);
        out.extend_from_slice(src);
        out.extend_from_slice(dst);
        out.extend_from_slice(&icmp);
    }
    out
}

fn too_big_case(n: &Net, overhead: u16) -> Vec<Case> {
    let syn = from_client(n.client, n.vip_tcp, Kind::Syn);
    let mut cases = vec![Case {
        what: "a packet with no room for the tunnel gets ICMP too big back",
        prog: Prog::Balancer,
        output: too_big(&syn, (syn.len() - 14) as u16 - overhead),
        input: syn.clone(),
        action: XDP_TX,
        reason: Reason::TxTooBig,
        counts: Counts::None,
    }];
    if syn[14] >> 4 == 4 {
        let mut no_df = from_client(sa_port(n.client, 40009), n.vip_tcp, Kind::Syn);
        no_df[20] &= !0x40;
        fix_ipv4_csum(&mut no_df, 14);
        cases.push(passes(
            "an IPv4 packet without DF and no room for the tunnel passes",
            no_df,
            Reason::PassOversized,
        ));
    }
    cases
}

#[test]
fn tun_too_big_v4() {
    let mut b = open();
    let n = v4();
    setup(&mut b, &n, Method::Tun);
    let syn = from_client(n.client, n.vip_tcp, Kind::Syn);
    // The inner packet fits this MTU exactly; with 20 more bytes it does not.
    set_tunnel_source(&mut b, (syn.len() - 14) as u32);
    run(&b, &too_big_case(&n, 20));
}

#[test]
fn tun_too_big_v6() {
    let mut b = open();
    let n = v6();
    setup(&mut b, &n, Method::Tun);
    let syn = from_client(n.client, n.vip_tcp, Kind::Syn);
    set_tunnel_source(&mut b, (syn.len() - 14) as u32);
    run(&b, &too_big_case(&n, 40));
}

fn nat_cases(n: &Net) -> Vec<Case> {
    let syn = from_client(n.client, n.vip_tcp, Kind::Syn);
    let ack = from_client(n.client, n.vip_tcp, Kind::Ack);
    let udp = from_client(n.client, n.vip_udp, Kind::Udp);
    let to_rs = |src, rs, kind| pkt(DIRECTOR, RS_A, src, rs, kind);
    let reply = |rs, dst, kind| pkt(RS_A, DIRECTOR, rs, dst, kind);
    let unnatted = |vip, dst, kind| pkt(DIRECTOR, CLIENT_HOP, vip, dst, kind);
    let fwd = |what, input: Vec<u8>, output, new_conn| Case {
        what,
        prog: Prog::Balancer,
        input,
        output,
        action: XDP_TX,
        reason: Reason::TxNat,
        counts: Counts::In {
            backend: 0,
            new_conn,
        },
    };
    let back = |what, input: Vec<u8>, output| Case {
        what,
        prog: Prog::Unnat,
        input,
        output,
        action: XDP_TX,
        reason: Reason::TxUnnat,
        counts: Counts::Out { backend: 0 },
    };
    let mut cases = vec![
        fwd(
            "first SYN goes to RS A's address and port",
            syn,
            to_rs(n.client, n.rs_a, Kind::Syn),
            true,
        ),
        fwd(
            "the flow's ACK follows",
            ack,
            to_rs(n.client, n.rs_a, Kind::Ack),
            false,
        ),
        back(
            "RS A's reply leaves from the VIP",
            reply(n.rs_a, n.client, Kind::Ack),
            unnatted(n.vip_tcp, n.client, Kind::Ack),
        ),
        fwd(
            "a UDP datagram goes to RS A",
            udp,
            to_rs(n.client, n.rs_a, Kind::Udp),
            true,
        ),
        back(
            "RS A's UDP reply leaves from the VIP",
            reply(n.rs_a, n.client, Kind::Udp),
            unnatted(n.vip_udp, n.client, Kind::Udp),
        ),
        Case {
            what: "a reply of no NAT flow passes unchanged",
            prog: Prog::Unnat,
            input: reply(n.rs_a, n.client2, Kind::Ack),
            output: reply(n.rs_a, n.client2, Kind::Ack),
            action: XDP_PASS,
            reason: Reason::PassNotNatReply,
            counts: Counts::None,
        },
    ];
    cases.extend(not_balanced(n));
    cases
}

/// NAT setups: only backend 0 (RS A), so every flow lands there.
fn nat_setup(b: &mut Balancer, n: &Net) {
    backend(b, 0, n.rs_a.ip(), n.rs_a.port(), RS_A, Method::Nat);
    service(b, 0, n.vip_tcp, TCP, Sched::Walk, 0, &[0]);
    service(b, 1, n.vip_udp, UDP, Sched::Walk, 1, &[0]);
}

#[test]
fn nat_v4() {
    let mut b = open();
    let n = v4();
    nat_setup(&mut b, &n);
    run(&b, &nat_cases(&n));
    assert_eq!(b.nat_reverse().expect("listing NAT flows").len(), 2);
}

#[test]
fn nat_v6() {
    let mut b = open();
    let n = v6();
    nat_setup(&mut b, &n);
    run(&b, &nat_cases(&n));
    assert_eq!(b.nat_reverse().expect("listing NAT flows").len(), 2);
}

#[test]
fn nat_v4_udp_without_checksum_keeps_none() {
    let mut b = open();
    let n = v4();
    nat_setup(&mut b, &n);
    // UDP over IPv4: checksum at 14 + 20 + 6.
    let zero = |mut f: Vec<u8>| {
        f[40..42].copy_from_slice(&[0, 0]);
        f
    };
    let input = zero(from_client(n.client, n.vip_udp, Kind::Udp));
    let output = zero(pkt(DIRECTOR, RS_A, n.client, n.rs_a, Kind::Udp));
    run(
        &b,
        &[Case {
            what: "a UDP datagram without checksum is rewritten without one",
            prog: Prog::Balancer,
            input,
            output,
            action: XDP_TX,
            reason: Reason::TxNat,
            counts: Counts::In {
                backend: 0,
                new_conn: true,
            },
        }],
    );
}

fn icmp_cases(n: &Net, router: std::net::IpAddr) -> Vec<Case> {
    let syn = from_client(n.client, n.vip_tcp, Kind::Syn);
    let from_vip = |vip, client, kind| pkt(RS_A, CLIENT_HOP, vip, client, kind);
    let known = icmp_error(router, &from_vip(n.vip_tcp, n.client, Kind::Ack));
    let unknown = icmp_error(
        router,
        &from_vip(n.vip_tcp, sa_port(n.client, 41000), Kind::Ack),
    );
    let hashed = icmp_error(
        router,
        &from_vip(n.vip_udp, sa_port(n.client, 5000), Kind::Udp),
    );
    vec![
        Case {
            what: "first SYN goes to RS A",
            prog: Prog::Balancer,
            output: with_macs(&syn, DIRECTOR, RS_A),
            input: syn,
            action: XDP_TX,
            reason: Reason::TxDr,
            counts: Counts::In {
                backend: 0,
                new_conn: true,
            },
        },
        Case {
            what: "an ICMP error quoting the flow goes to RS A",
            prog: Prog::Balancer,
            output: with_macs(&known, DIRECTOR, RS_A),
            input: known,
            action: XDP_TX,
            reason: Reason::TxIcmp,
            counts: Counts::In {
                backend: 0,
                new_conn: false,
            },
        },
        Case {
            what: "an ICMP error of a hash-scheduled service follows the ring",
            prog: Prog::Balancer,
            output: with_macs(&hashed, DIRECTOR, RS_B),
            input: hashed,
            action: XDP_TX,
            reason: Reason::TxIcmp,
            counts: Counts::In {
                backend: 1,
                new_conn: false,
            },
        },
        passes(
            "an ICMP error quoting no known rr flow passes",
            unknown,
            Reason::PassIcmp,
        ),
        passes(
            "an echo request to the VIP passes",
            echo(n.client.ip(), n.vip_tcp.ip()),
            Reason::PassIcmp,
        ),
    ]
}

fn icmp_setup(b: &mut Balancer, n: &Net) {
    backend(b, 0, n.rs_a.ip(), 0, RS_A, Method::Dr);
    backend(b, 1, n.rs_b.ip(), 0, RS_B, Method::Dr);
    service(b, 0, n.vip_tcp, TCP, Sched::Walk, 0, &[0, 1]);
    service(b, 1, n.vip_udp, UDP, Sched::HashSrc, 2, &[1]);
}

#[test]
fn icmp_errors_follow_their_flow_v4() {
    let mut b = open();
    let n = v4();
    icmp_setup(&mut b, &n);
    run(&b, &icmp_cases(&n, sa("198.19.255.1:0").ip()));
}

#[test]
fn icmp_errors_follow_their_flow_v6() {
    let mut b = open();
    let n = v6();
    icmp_setup(&mut b, &n);
    run(&b, &icmp_cases(&n, sa("[2001:db8:ff::1]:0").ip()));
}

const GUE_PORT: u16 = 6080;

fn gue_cases(n: &Net) -> Vec<Case> {
    let syn = from_client(n.client, n.vip_tcp, Kind::Syn);
    let ack = from_client(n.client, n.vip_tcp, Kind::Ack);
    let udp = from_client(n.client, n.vip_udp, Kind::Udp);
    let tx = |what, input: &Vec<u8>, vip, new_conn| Case {
        what,
        prog: Prog::Balancer,
        output: tunneled_gue(input, n.rs_a, RS_A, GUE_PORT, n.client, vip),
        input: input.clone(),
        action: XDP_TX,
        reason: Reason::TxTun,
        counts: Counts::In {
            backend: 0,
            new_conn,
        },
    };
    vec![
        tx("first SYN goes to RS A in UDP + GUE", &syn, n.vip_tcp, true),
        tx(
            "the flow's ACK keeps its UDP source port",
            &ack,
            n.vip_tcp,
            false,
        ),
        tx("a UDP datagram goes in UDP + GUE", &udp, n.vip_udp, true),
    ]
}

fn gue_setup(b: &mut Balancer, n: &Net) {
    let be = Backend::new(n.rs_a.ip(), 0, RS_A, Method::Tun).gue(GUE_PORT);
    b.set_backend(0, &be).expect("setting the backend");
    service(b, 0, n.vip_tcp, TCP, Sched::Walk, 0, &[0]);
    service(b, 1, n.vip_udp, UDP, Sched::Walk, 1, &[0]);
    set_tunnel_source(b, 0);
}

#[test]
fn tun_v4_gue() {
    let mut b = open();
    let n = v4();
    gue_setup(&mut b, &n);
    run(&b, &gue_cases(&n));
}

#[test]
fn tun_v6_gue() {
    let mut b = open();
    let n = v6();
    gue_setup(&mut b, &n);
    run(&b, &gue_cases(&n));
}

#[test]
fn decap_strips_the_tunnel() {
    let b = open();
    let (n4, n6) = (v4(), v6());
    let syn4 = from_client(n4.client, n4.vip_tcp, Kind::Syn);
    let syn6 = from_client(n6.client, n6.vip_tcp, Kind::Udp);
    let vlan = with_vlan(&syn4, 7);
    let decap = |what, inner: &Vec<u8>, rs| Case {
        what,
        prog: Prog::DecapTun,
        input: tunneled(inner, rs, RS_A),
        output: with_macs(inner, DIRECTOR, RS_A),
        action: XDP_PASS,
        reason: Reason::PassDecap,
        counts: Counts::None,
    };
    let plain = |what, input: Vec<u8>| Case {
        what,
        prog: Prog::DecapTun,
        output: input.clone(),
        input,
        action: XDP_PASS,
        reason: Reason::PassNotTunnel,
        counts: Counts::None,
    };
    run(
        &b,
        &[
            decap("IPIP loses its outer header", &syn4, n4.rs_a),
            decap("IP6IP6 loses its outer header", &syn6, n6.rs_a),
            decap("IPv4 in IPv6 loses its outer header", &syn4, n6.rs_a),
            decap("the VLAN tag stays", &vlan, n4.rs_a),
            plain("a packet not in a tunnel passes unchanged", syn4.clone()),
            plain("ARP passes unchanged", {
                let mut arp = syn4[..42].to_vec();
                arp[12..14].copy_from_slice(&[0x08, 0x06]);
                arp
            }),
        ],
    );
}

#[test]
fn nat_mapping_lost_by_the_lru_comes_back() {
    let mut b = open();
    let n = v4();
    nat_setup(&mut b, &n);
    let syn = from_client(n.client, n.vip_tcp, Kind::Syn);
    let ack = from_client(n.client, n.vip_tcp, Kind::Ack);
    b.test_run(Prog::Balancer, &syn).expect("BPF_PROG_TEST_RUN");
    let (key, _) = b.nat_reverse().expect("listing NAT flows")[0];
    b.remove_nat_reverse(&key).expect("removing the mapping");
    b.test_run(Prog::Balancer, &ack).expect("BPF_PROG_TEST_RUN");
    assert_eq!(
        b.nat_reverse().expect("listing NAT flows").len(),
        1,
        "the next packet of the flow records the mapping again"
    );
}

fn nat_icmp_cases(n: &Net, router: std::net::IpAddr) -> Vec<Case> {
    let quoted = |src, kind| pkt(CLIENT_HOP, DIRECTOR, src, n.client, kind);
    let first = |input: Vec<u8>, output| Case {
        what: "the flow starts",
        prog: Prog::Balancer,
        input,
        output,
        action: XDP_TX,
        reason: Reason::TxNat,
        counts: Counts::In {
            backend: 0,
            new_conn: true,
        },
    };
    let icmp = |what, vip, kind| {
        let input = icmp_error(router, &quoted(vip, kind));
        Case {
            what,
            prog: Prog::Balancer,
            output: with_macs(&icmp_error(router, &quoted(n.rs_a, kind)), DIRECTOR, RS_A),
            input,
            action: XDP_TX,
            reason: Reason::TxIcmp,
            counts: Counts::In {
                backend: 0,
                new_conn: false,
            },
        }
    };
    vec![
        first(
            from_client(n.client, n.vip_tcp, Kind::Syn),
            pkt(DIRECTOR, RS_A, n.client, n.rs_a, Kind::Syn),
        ),
        icmp(
            "an ICMP error about a TCP reply reaches RS A as about its own",
            n.vip_tcp,
            Kind::Ack,
        ),
        first(
            from_client(n.client, n.vip_udp, Kind::Udp),
            pkt(DIRECTOR, RS_A, n.client, n.rs_a, Kind::Udp),
        ),
        icmp(
            "an ICMP error about a UDP reply has the quoted checksum fixed",
            n.vip_udp,
            Kind::Udp,
        ),
        from_server(n, n.vip_tcp, Kind::Ack),
        from_server(n, n.vip_udp, Kind::Udp),
    ]
}

/// RS A's ICMP error about the client's packet reaches the client as if
/// the VIP had sent it about the packet the client sent to the VIP.
fn from_server(n: &Net, vip: SocketAddr, kind: Kind) -> Case {
    let to = |dst| pkt(CLIENT_HOP, DIRECTOR, n.client, dst, kind);
    Case {
        what: "RS A's ICMP error reaches the client from the VIP",
        prog: Prog::Unnat,
        input: with_macs(&icmp_error(n.rs_a.ip(), &to(n.rs_a)), RS_A, DIRECTOR),
        output: with_macs(&icmp_error(vip.ip(), &to(vip)), DIRECTOR, CLIENT_HOP),
        action: XDP_TX,
        reason: Reason::TxIcmp,
        counts: Counts::Out { backend: 0 },
    }
}

#[test]
fn nat_icmp_errors_v4() {
    let mut b = open();
    let n = v4();
    nat_setup(&mut b, &n);
    run(&b, &nat_icmp_cases(&n, sa("198.19.255.1:0").ip()));
}

#[test]
fn nat_icmp_errors_v6() {
    let mut b = open();
    let n = v6();
    nat_setup(&mut b, &n);
    run(&b, &nat_icmp_cases(&n, sa("[2001:db8:ff::1]:0").ip()));
}
