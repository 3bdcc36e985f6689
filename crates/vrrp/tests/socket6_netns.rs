//! The raw IPv6 VRRP socket between two network namespaces (needs root and
//! iproute2): adverts leave from the link-local address with hop limit 255, and the
//! receiver learns hop limit and destination from ancillary data, so that an advert
//! that crossed a router (hop limit below 255) is rejected.

mod common;

use std::net::{IpAddr, Ipv6Addr, SocketAddrV6};
use std::process::Command;
use std::time::{Duration, Instant as Wall};

use common::Pair;
use rvs_vrrp::io::VrrpSocketV6;
use rvs_vrrp::packet::{AddressList, Version};
use rvs_vrrp::{Action, Instance, InstanceConfig, Instant, Rejection};
use socket2::{Domain, Protocol, SockAddr, Socket, Type};

const GROUP: Ipv6Addr = Ipv6Addr::new(0xff02, 0, 0, 0, 0, 0, 0, 0x12);

/// The link-local address of `dev` in `ns`, once it has left DAD.
fn link_local(ns: &str, dev: &str) -> Ipv6Addr {
    let start = Wall::now();
    loop {
        let out = Command::new("ip")
            .args([
                "-n", ns, "-6", "-o", "addr", "show", "dev", dev, "scope", "link",
            ])
            .output()
            .expect("prerequisite missing: iproute2's ip");
        let text = String::from_utf8_lossy(&out.stdout);
        if !text.contains("tentative") {
            let addr = text
                .split_whitespace()
                .skip_while(|w| *w != "inet6")
                .nth(1)
                .and_then(|a| a.split('/').next()?.parse().ok());
            if let Some(a) = addr {
                return a;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{ns}/{dev}: no usable link-local address: {text}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn config(source: Ipv6Addr, priority: u8) -> InstanceConfig {
    let vip = "2001:db8::100".parse().expect("literal");
    let mut c = InstanceConfig::new(
        "VI_6",
        61,
        Version::V3,
        IpAddr::V6(source),
        AddressList::V6(vec![vip]),
    );
    c.mcast_group = IpAddr::V6(GROUP);
    c.priority = priority;
    c
}

#[test]
fn ipv6_adverts_carry_hop_limit_255_and_a_lower_one_is_rejected() {
    let pair = Pair::new("s6");
    let (a_ll, b_ll) = (link_local(&pair.a, "va"), link_local(&pair.b, "vb"));
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let receiver = Pair::run(&pair.b, move || {
        let sock = VrrpSocketV6::open("vb", Some(GROUP)).expect("open socket in b");
        sock.set_read_timeout(Some(Duration::from_millis(500)))
            .expect("timeout");
        let _ = ready_tx.send(());
        let mut backup = Instance::new(config(b_ll, 100), Instant::ZERO);
        backup.handle_timeout(Instant::ZERO);
        let mut buf = vec![0u8; 1500];
        let mut seen = Vec::new();
        // Bounded: a few timeouts' worth of packets, ignoring anything not from a.
        for _ in 0..20 {
            let Ok(rx) = sock.recv(&mut buf) else {
                continue;
            };
            if rx.src != IpAddr::V6(a_ll) {
                continue;
            }
            let verdict = backup.handle_packet(Instant::from_millis(10), &rx);
            seen.push((rx.dst, rx.ttl, verdict));
            if seen.len() == 2 {
                break;
            }
        }
        seen
    });
    ready_rx
        .recv_timeout(Duration::from_secs(5))
        .expect("receiver ready");
    let sender = Pair::run(&pair.a, move || {
        let sock = VrrpSocketV6::open("va", Some(GROUP)).expect("open socket in a");
        let mut cfg = config(a_ll, 255);
        cfg.initial_master = true;
        let mut owner = Instance::new(cfg, Instant::ZERO);
        owner.handle_timeout(Instant::ZERO);
        let advert = std::iter::from_fn(|| owner.poll_action())
            .find_map(|a| match a {
                Action::SendAdvert(out) => Some(out),
                _ => None,
            })
            .expect("the owner advertises at once");
        sock.send(&advert).expect("send advert");
        // The same bytes as if a router had forwarded them: hop limit 254.
        let forwarded =
            Socket::new(Domain::IPV6, Type::RAW, Some(Protocol::from(112))).expect("raw socket");
        forwarded.bind_device(Some(b"va")).expect("bind va");
        forwarded.set_multicast_hops_v6(254).expect("hops");
        let index = nix::net::if_::if_nametoindex("va").expect("va index");
        forwarded.set_multicast_if_v6(index).expect("multicast if");
        forwarded
            .send_to(
                &advert.to_bytes(),
                &SockAddr::from(SocketAddrV6::new(GROUP, 0, 0, index)),
            )
            .expect("send forwarded copy");
    });
    sender.join().expect("sender thread");
    let seen = receiver.join().expect("receiver thread");
    assert_eq!(
        seen,
        vec![
            (IpAddr::V6(GROUP), 255, Ok(())),
            (IpAddr::V6(GROUP), 254, Err(Rejection::Ttl)),
        ]
    );
}
