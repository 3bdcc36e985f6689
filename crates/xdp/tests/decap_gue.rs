//! `rvs_decap_gue` through `BPF_PROG_TEST_RUN`: which packets lose which
//! outer headers, and the counters. Needs root with BPF.

use rvs_xdp::decap::{GueDecap, Reason};

const XDP_DROP: u32 = 1;
const XDP_PASS: u32 = 2;
const PORT: u16 = 6080;

fn eth(proto: u16) -> Vec<u8> {
    let mut f = vec![2, 0, 0, 0, 0, 3, 2, 0, 0, 0, 0, 1];
    f.extend_from_slice(&proto.to_be_bytes());
    f
}

fn vlan_eth(proto: u16) -> Vec<u8> {
    let mut f = eth(0x8100);
    f.extend_from_slice(&[0, 42]);
    f.extend_from_slice(&proto.to_be_bytes());
    f
}

/// An IPv4 header (checksum left 0: the program does not read it) and payload.
fn ipv4(proto: u8, payload: &[u8]) -> Vec<u8> {
    let len = u16::try_from(20 + payload.len()).expect("small");
    let mut p = vec![0x45, 0, 0, 0, 0, 0, 0x40, 0, 64, proto, 0, 0];
    p[2..4].copy_from_slice(&len.to_be_bytes());
    p.extend_from_slice(&[198, 18, 0, 2, 198, 18, 0, 3]);
    p.extend_from_slice(payload);
    p
}

fn ipv6(next: u8, payload: &[u8]) -> Vec<u8> {
    let len = u16::try_from(payload.len()).expect("small");
    let mut p = vec![0x60, 0, 0, 0];
    p.extend_from_slice(&len.to_be_bytes());
    p.extend_from_slice(&[next, 64]);
    p.extend_from_slice(&[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    p.extend_from_slice(&[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
    p.extend_from_slice(payload);
    p
}

fn udp(dport: u16, payload: &[u8]) -> Vec<u8> {
    let len = u16::try_from(8 + payload.len()).expect("small");
    let mut d = vec![0xc0, 0x01];
    d.extend_from_slice(&dport.to_be_bytes());
    d.extend_from_slice(&len.to_be_bytes());
    d.extend_from_slice(&[0, 0]);
    d.extend_from_slice(payload);
    d
}

/// GUE version 0 carrying `proto`, with `options` 32-bit words of options.
fn gue(proto: u8, options: u8, inner: &[u8]) -> Vec<u8> {
    let mut g = vec![options, proto, 0, 0];
    g.extend(std::iter::repeat_n(0xa5, usize::from(options) * 4));
    g.extend_from_slice(inner);
    g
}

/// The client's packet inside the tunnel: UDP to the VIP.
fn inner4() -> Vec<u8> {
    ipv4(17, &udp(7, b"hello"))
}

fn inner6() -> Vec<u8> {
    ipv6(17, &udp(7, b"hello"))
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

struct Case {
    what: &'static str,
    input: Vec<u8>,
    action: u32,
    output: Vec<u8>,
    reason: Reason,
}

#[test]
fn strips_gue_on_its_port_and_ipip_and_leaves_the_rest() {
    // Nothing is attached, so nothing is pinned there.
    let pins = std::env::temp_dir().join(format!("rvs-t-{}-decap-gue", std::process::id()));
    let mut d = GueDecap::open(PORT, &pins).expect("loading rvs_decap_gue (needs root with BPF)");
    let gue4 = cat(&[&eth(0x0800), &ipv4(17, &udp(PORT, &gue(4, 0, &inner4())))]);
    let cases = [
        Case {
            what: "IPv4 + UDP + GUE around IPv4",
            input: gue4.clone(),
            action: XDP_PASS,
            output: cat(&[&eth(0x0800), &inner4()]),
            reason: Reason::PassDecap,
        },
        Case {
            what: "GUE options are skipped by hlen",
            input: cat(&[&eth(0x0800), &ipv4(17, &udp(PORT, &gue(4, 2, &inner4())))]),
            action: XDP_PASS,
            output: cat(&[&eth(0x0800), &inner4()]),
            reason: Reason::PassDecap,
        },
        Case {
            what: "IPv6 + UDP + GUE around IPv6",
            input: cat(&[&eth(0x86dd), &ipv6(17, &udp(PORT, &gue(41, 0, &inner6())))]),
            action: XDP_PASS,
            output: cat(&[&eth(0x86dd), &inner6()]),
            reason: Reason::PassDecap,
        },
        Case {
            what: "a VLAN tag stays, with the inner ethertype",
            input: cat(&[
                &vlan_eth(0x86dd),
                &ipv6(17, &udp(PORT, &gue(4, 0, &inner4()))),
            ]),
            action: XDP_PASS,
            output: cat(&[&vlan_eth(0x0800), &inner4()]),
            reason: Reason::PassDecap,
        },
        Case {
            what: "plain IPIP",
            input: cat(&[&eth(0x0800), &ipv4(4, &inner4())]),
            action: XDP_PASS,
            output: cat(&[&eth(0x0800), &inner4()]),
            reason: Reason::PassDecap,
        },
        Case {
            what: "GUE on another port is someone else's",
            input: cat(&[
                &eth(0x0800),
                &ipv4(17, &udp(PORT + 1, &gue(4, 0, &inner4()))),
            ]),
            action: XDP_PASS,
            output: cat(&[
                &eth(0x0800),
                &ipv4(17, &udp(PORT + 1, &gue(4, 0, &inner4()))),
            ]),
            reason: Reason::PassNotTunnel,
        },
        Case {
            what: "an empty datagram to another port",
            input: cat(&[&eth(0x0800), &ipv4(17, &udp(53, b""))]),
            action: XDP_PASS,
            output: cat(&[&eth(0x0800), &ipv4(17, &udp(53, b""))]),
            reason: Reason::PassNotTunnel,
        },
        Case {
            what: "a GUE control message (C set) is not data",
            input: cat(&[
                &eth(0x0800),
                &ipv4(
                    17,
                    &udp(PORT, &{
                        let mut g = gue(4, 0, &inner4());
                        g[0] |= 0x20;
                        g
                    }),
                ),
            ]),
            action: XDP_PASS,
            output: cat(&[
                &eth(0x0800),
                &ipv4(
                    17,
                    &udp(PORT, &{
                        let mut g = gue(4, 0, &inner4());
                        g[0] |= 0x20;
                        g
                    }),
                ),
            ]),
            reason: Reason::PassNotTunnel,
        },
        Case {
            what: "GUE carrying TCP directly is not a tunnel to decapsulate",
            input: cat(&[&eth(0x0800), &ipv4(17, &udp(PORT, &gue(6, 0, b"tcp")))]),
            action: XDP_PASS,
            output: cat(&[&eth(0x0800), &ipv4(17, &udp(PORT, &gue(6, 0, b"tcp")))]),
            reason: Reason::PassNotTunnel,
        },
        Case {
            what: "a datagram to the port too short for GUE",
            input: cat(&[&eth(0x0800), &ipv4(17, &udp(PORT, &[0, 4]))]),
            action: XDP_DROP,
            output: cat(&[&eth(0x0800), &ipv4(17, &udp(PORT, &[0, 4]))]),
            reason: Reason::DropMalformed,
        },
    ];
    for case in &cases {
        let before = d.reasons().expect("reading reasons");
        let r = d.test_run(&case.input).expect("BPF_PROG_TEST_RUN");
        assert_eq!(r.action, case.action, "{}: action", case.what);
        assert_eq!(r.packet, case.output, "{}: output", case.what);
        let after = d.reasons().expect("reading reasons");
        let moved: Vec<Reason> = before
            .iter()
            .zip(&after)
            .filter(|(b, a)| b.1.packets != a.1.packets)
            .map(|(b, _)| b.0)
            .collect();
        assert_eq!(moved, vec![case.reason], "{}: counted", case.what);
    }
}
