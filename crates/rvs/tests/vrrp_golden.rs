//! Golden comparisons with keepalived 2.2.7 (needs root, iproute2, keepalived): the
//! same keepalived.conf, run by keepalived in one namespace and by `rvs run -P` in an
//! identical one, must leave the same addresses, routes and rules in the kernel.

mod vrrp_net;

use std::time::Duration;

use rvs_netlab::{Netns, Topology};
use vrrp_net::Rvs;

/// One namespace with eth0 on a bridge, 198.18.0.1/24 and 2001:db8::1/64.
fn host(tag: &str) -> Topology {
    let t = Topology::builder()
        .lan(&format!("{tag}s"), &[(tag, "eth0", "198.18.0.1/24")])
        .build()
        .expect("namespaces (run as root with iproute2)");
    t.ns(tag)
        .ip(&[
            "-6",
            "addr",
            "add",
            "2001:db8::1/64",
            "dev",
            "eth0",
            "nodad",
        ])
        .expect("IPv6 address on eth0");
    t
}

/// Everything an instance and the static blocks can put in the kernel: addresses
/// with every option, routes and rules in their common forms, in both families.
const KERNEL_STATE_CONF: &str = "\
global_defs {
  router_id golden
}
static_ipaddress {
  198.18.0.50/32 dev eth0
  2001:db8:50::1/64 dev eth0
}
static_routes {
  198.18.20.0/24 via 198.18.0.254 table 200
  2001:db8:20::/64 via 2001:db8::fe dev eth0
}
static_rules {
  from 198.18.0.50 table 200 priority 200
}
vrrp_instance VI_1 {
  state MASTER
  interface eth0
  virtual_router_id 51
  priority 255
  advert_int 1
  virtual_ipaddress {
    198.18.3.100/24 brd 198.18.3.255 scope site label eth0:vip
    198.18.0.101
    198.18.0.102 peer 198.18.0.103
  }
  virtual_ipaddress_excluded {
    2001:db8::100
    2001:db8:1::5/64 noprefixroute
    2001:db8:2::5/64 preferred_lft 100
  }
  virtual_routes {
    198.18.5.0/24 via 198.18.0.254
    198.18.6.0/24 dev eth0 table 100 metric 7
    blackhole 198.18.7.0/24
    198.18.8.0/24 src 198.18.0.101 dev eth0 scope link
    unreachable 198.18.9.0/24 table 100
    2001:db8:6::/64 via 2001:db8::fe metric 10
  }
  virtual_rules {
    from 198.18.0.100 table 100 priority 100
    from all fwmark 0x10/0xff table 100 priority 101
    to 198.18.9.0/24 blackhole priority 102
    from 2001:db8::100 table 100 priority 103
  }
}
";

/// The kernel's addresses, routes and rules, without what differs between two
/// identical namespaces (interface indexes, link-local addresses, lifetimes that
/// count down).
fn kernel_state(ns: &Netns) -> Vec<String> {
    let mut out = Vec::new();
    for (what, args) in [
        ("addr4", &["-4", "-o", "addr", "show", "dev", "eth0"][..]),
        ("addr6", &["-6", "-o", "addr", "show", "dev", "eth0"][..]),
        ("route4", &["-4", "route", "show", "table", "all"][..]),
        ("route6", &["-6", "route", "show", "table", "all"][..]),
        ("rule4", &["-4", "rule", "show"][..]),
        ("rule6", &["-6", "rule", "show"][..]),
    ] {
        let text = ns.ip(args).expect("ip show");
        for line in text
            .lines()
            .filter(|l| !l.contains("fe80") && !l.contains("ff00::/8"))
        {
            let words: Vec<&str> = line
                .split_whitespace()
                .filter(|w| *w != "\\")
                // `-o` lines start with "N: eth0".
                .skip(if what.starts_with("addr") { 2 } else { 0 })
                .collect();
            let mut line = words.join(" ");
            // A finite preferred_lft counts down between the two snapshots.
            if let Some(at) = line.find("preferred_lft ") {
                let rest = &line[at + 14..];
                if rest.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && !rest.starts_with("0sec")
                {
                    line = format!("{}preferred_lft (counting)", &line[..at]);
                }
            }
            out.push(format!("{what}: {line}"));
        }
    }
    out
}

fn diff(a: &[String], b: &[String]) -> String {
    let only = |x: &[String], y: &[String]| {
        x.iter()
            .filter(|l| !y.contains(l))
            .cloned()
            .collect::<Vec<_>>()
            .join("\n  ")
    };
    format!(
        "only keepalived:\n  {}\nonly rvs:\n  {}",
        only(a, b),
        only(b, a)
    )
}

#[test]
fn rvs_leaves_the_kernel_state_keepalived_leaves() {
    let (tk, tr) = (host("gk"), host("gr"));
    let (kn, rn) = (tk.ns("gk"), tr.ns("gr"));
    let before = kernel_state(kn);
    assert_eq!(
        before,
        kernel_state(rn),
        "the two namespaces differ to start with"
    );

    let mut ka = kn
        .start_keepalived("k", KERNEL_STATE_CONF)
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_1) Entering MASTER STATE", Duration::from_secs(5)),
        "keepalived never became MASTER:\n{}",
        ka.log()
    );
    std::thread::sleep(Duration::from_millis(500));
    let keepalived_master = kernel_state(kn);
    drop(ka);
    let keepalived_after = kernel_state(kn);

    let mut rvs = Rvs::start(rn, KERNEL_STATE_CONF);
    assert!(
        rvs.wait_for_log("(VI_1) Entering MASTER STATE", Duration::from_secs(5)),
        "rvs never became MASTER:\n{}",
        rvs.log()
    );
    std::thread::sleep(Duration::from_millis(500));
    let rvs_master = kernel_state(rn);
    assert_eq!(rvs.stop(), Some(0), "{}", rvs.log());
    let rvs_after = kernel_state(rn);

    assert!(
        keepalived_master != before,
        "keepalived changed nothing: the test would prove nothing"
    );
    assert!(
        keepalived_master == rvs_master,
        "MASTER state differs; {}\nrvs log:\n{}",
        diff(&keepalived_master, &rvs_master),
        rvs.log()
    );
    // keepalived 2.2.7 deletes an address by IFA_LOCAL alone, which does not match
    // a peer address: it leaves 198.18.0.102 (and its routes) behind. rvs removes it.
    let left_by_keepalived = [
        "198.18.0.102 peer",
        "198.18.0.103 dev",
        "local 198.18.0.102",
    ];
    assert!(
        left_by_keepalived
            .iter()
            .all(|l| keepalived_after.iter().any(|k| k.contains(l))),
        "keepalived no longer leaves its peer address behind: drop this exception"
    );
    let keepalived_after: Vec<String> = keepalived_after
        .into_iter()
        .filter(|k| !left_by_keepalived.iter().any(|l| k.contains(l)))
        .collect();
    assert!(
        keepalived_after == rvs_after,
        "state after stopping differs; {}",
        diff(&keepalived_after, &rvs_after)
    );
}
