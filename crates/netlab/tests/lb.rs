//! The load-balancer lab and the helpers around it: need root, iproute2, ethtool
//! and busybox (for `ping`); missing ones fail naming the package.

use rvs_netlab::lb::Method;
use rvs_netlab::{require_tool, run_with_timeout, Bpffs, Error, LbLab, Netns};
use std::net::{IpAddr, UdpSocket};
use std::process::Command;
use std::time::Duration;

const T: Duration = Duration::from_secs(10);

fn ping(from: &Netns, to: &str) -> bool {
    from.exec("busybox", ["ping", "-c", "1", "-W", "2", to], T)
        .expect("busybox ping (apt-get install busybox-static)")
        .success()
}

fn mac(ns: &Netns, dev: &str) -> String {
    ns.run("cat", [format!("/sys/class/net/{dev}/address")])
        .expect("reading a MAC")
        .trim()
        .to_owned()
}

#[test]
fn dr_lab_is_one_lan_and_only_the_director_answers_arp_for_the_vip() {
    let lab = LbLab::build("t-dr", Method::Dr, 30, 2, 2).expect("building the DR lab");
    let vips = [
        IpAddr::from(lab.vip(0)),
        lab.vip(1).into(),
        lab.vip6(0).into(),
        lab.vip6(1).into(),
    ];
    for i in 0..lab.reals() {
        lab.prepare_real(i, &vips).expect("preparing a real");
    }
    let c = lab.client();
    let reachable: [IpAddr; 6] = [
        lab.director_addr().into(),
        lab.real_addr(0).into(),
        lab.real_addr(1).into(),
        lab.director_addr6().into(),
        lab.real_addr6(0).into(),
        lab.real_addr6(1).into(),
    ];
    for to in reachable {
        assert!(ping(c, &to.to_string()), "the client cannot reach {to}");
    }
    assert_eq!(lab.real_addr6(1).to_string(), "2001:db8:30::12");
    let on_lo = lab
        .real(1)
        .ip(&["-o", "addr", "show", "lo"])
        .expect("ip addr");
    assert!(
        on_lo.contains("198.18.30.101/32"),
        "VIP on the real's lo: {on_lo}"
    );
    // Both reals hold the VIPs, yet the client's ARP for them reaches the director.
    for vip in vips {
        assert!(ping(c, &vip.to_string()), "the client cannot reach {vip}");
        let neigh = c
            .ip(&["neigh", "show", &vip.to_string()])
            .expect("ip neigh");
        assert!(
            neigh.contains(&mac(lab.director(), "d0")),
            "{vip} resolved to another MAC than the director's: {neigh}"
        );
    }
    assert_eq!(lab.client_addr(1).to_string(), "198.18.30.9");
    let second = c.ip(&["-o", "addr", "show", "c0"]).expect("ip addr");
    assert!(second.contains("198.18.30.9/24"), "{second}");
    for (ns, dev) in lab.xdp_peers() {
        assert!(
            ns.links().expect("links").iter().any(|l| l == dev),
            "{dev} is not in {}",
            ns.name()
        );
    }
    assert_eq!(lab.nat_dev(), None);
}

#[test]
fn nat_lab_puts_the_reals_behind_the_director() {
    let lab = LbLab::build("t-nat", Method::Nat, 32, 2, 1).expect("building the NAT lab");
    assert!(ping(lab.client(), "198.18.32.2"), "client to director");
    assert_eq!(lab.real_addr(1).to_string(), "198.18.33.12");
    assert!(ping(lab.real(1), "198.18.33.1"), "real to director");
    assert!(
        ping(lab.real(1), "2001:db8:33::1"),
        "real to director, IPv6"
    );
    let route6 = lab
        .real(0)
        .ip(&["-6", "route", "get", "2001:db8:32::1"])
        .expect("ip route get");
    assert!(route6.contains("via 2001:db8:33::1"), "{route6}");
    let route = lab
        .real(0)
        .ip(&["route", "get", "198.18.32.1"])
        .expect("ip route get");
    assert!(
        route.contains("via 198.18.33.1"),
        "the director is the reals' gateway: {route}"
    );
    // No IP forwarding: only the XDP programs would carry traffic across.
    assert!(!ping(lab.real(0), "198.18.32.1"), "the director forwards");
    assert_eq!(lab.nat_dev(), Some("d1"));
    let peers: Vec<(String, &str)> = lab
        .xdp_peers()
        .into_iter()
        .map(|(ns, dev)| (ns.name().to_owned(), dev))
        .collect();
    assert!(
        peers.contains(&(lab.client().name().to_owned(), "c0")),
        "{peers:?}"
    );
    // Offloads are off where XDP rewrites: the client and the reals.
    for ns in [lab.client(), lab.real(0)] {
        let dev = if ns.name() == lab.client().name() {
            "c0"
        } else {
            "r0"
        };
        let k = ns.run("ethtool", ["-k", dev]).expect("ethtool -k");
        assert!(
            k.contains("tx-checksumming: off"),
            "{dev} in {}: {k}",
            ns.name()
        );
    }
}

#[test]
fn run_in_runs_inside_the_namespace() {
    let lab = LbLab::build("t-in", Method::Dr, 34, 1, 1).expect("building the lab");
    let bind = |ns: &Netns| {
        ns.run_in(|| UdpSocket::bind("198.18.34.2:0").is_ok())
            .expect("entering the namespace")
    };
    assert!(
        bind(lab.director()),
        "the director's address is local there"
    );
    assert!(
        !bind(lab.client()),
        "the director's address is local in the client"
    );
}

#[test]
fn private_bpffs_is_mounted_and_removed() {
    let fs = Bpffs::mount("t-fs").expect("mounting a bpffs");
    let path = fs.path().to_owned();
    let out = run_with_timeout(Command::new("stat").args(["-f", "-c", "%T"]).arg(&path), T)
        .expect("stat");
    assert_eq!(out.stdout.trim(), "bpf_fs", "{}", out.both());
    drop(fs);
    assert!(!path.exists(), "{} left behind", path.display());
}

#[test]
fn a_missing_tool_is_named_with_its_package() {
    let e = require_tool("rvs-no-such-tool", "rvs-some-package").expect_err("found");
    assert!(matches!(e, Error::ToolMissing { .. }), "{e}");
    assert!(
        e.to_string().contains("apt-get install rvs-some-package"),
        "{e}"
    );
    require_tool("ethtool", "ethtool").expect("ethtool is needed by these tests");
}
