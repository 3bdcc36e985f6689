//! `io::Netlink` in a namespace (needs root and iproute2): what it adds is what `ip`
//! shows, adding twice and removing twice succeed, removal leaves nothing behind.

mod common;

use std::net::{IpAddr, Ipv4Addr};
use std::process::Command;

use common::Pair;
use rvs_vrrp::io::{Address, Netlink, Prefix, Route, RouteKind, Rule, RuleAction};

fn ip_n(ns: &str, args: &[&str]) -> String {
    let out = Command::new("ip")
        .args(["-n", ns])
        .args(args)
        .output()
        .expect("prerequisite missing: iproute2's ip");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn v4(a: [u8; 4]) -> IpAddr {
    IpAddr::V4(Ipv4Addr::from(a))
}

#[test]
fn addresses_routes_and_rules_are_added_and_removed_idempotently() {
    let pair = Pair::new("nl");
    let mut vip = Address::new(v4([198, 18, 3, 100]), 24, "va");
    vip.brd = Some(Ipv4Addr::new(198, 18, 3, 255));
    vip.scope = 200;
    vip.label = Some("va:vip".into());
    let mut vip6 = Address::new("2001:db8::100".parse().expect("v6"), 128, "va");
    vip6.preferred_lft = Some(0);
    let route = Route {
        kind: RouteKind::Unicast,
        to: Prefix::parse("198.18.5.0/24").expect("prefix"),
        src: None,
        via: Some(v4([198, 18, 0, 2])),
        dev: Some("va".into()),
        table: 100,
        metric: Some(7),
        scope: None,
        onlink: false,
        mtu: None,
    };
    let rule = Rule {
        ipv6: false,
        from: Prefix::parse("198.18.0.100"),
        to: None,
        priority: 100,
        fwmark: Some((0x10, Some(0xff))),
        iif: None,
        oif: None,
        action: RuleAction::Table(100),
    };
    let (v, v6, r, u) = (vip.clone(), vip6.clone(), route.clone(), rule.clone());
    Pair::run(&pair.a, move || {
        let nl = Netlink::open().expect("rtnetlink");
        for _ in 0..2 {
            nl.add_address(&v).expect("add VIP");
            nl.add_address(&v6).expect("add IPv6 VIP");
            nl.add_route(&r).expect("add route");
            nl.add_rule(&u).expect("add rule");
        }
    })
    .join()
    .expect("netlink thread");
    let addrs = ip_n(&pair.a, &["-o", "addr", "show", "dev", "va"]);
    assert!(
        addrs.contains("inet 198.18.3.100/24 brd 198.18.3.255 scope site va:vip"),
        "{addrs}"
    );
    assert!(
        addrs.contains("inet6 2001:db8::100/128 scope global nodad deprecated"),
        "{addrs}"
    );
    let routes = ip_n(&pair.a, &["route", "show", "table", "100"]);
    assert!(
        routes.contains("198.18.5.0/24 via 198.18.0.2 dev va proto keepalived metric 7"),
        "{routes}"
    );
    let rules = ip_n(&pair.a, &["rule", "show"]);
    assert!(
        rules.contains("100:\tfrom 198.18.0.100 fwmark 0x10/0xff lookup 100 proto keepalived"),
        "{rules}"
    );
    Pair::run(&pair.a, move || {
        let nl = Netlink::open().expect("rtnetlink");
        for _ in 0..2 {
            nl.del_rule(&rule).expect("del rule");
            nl.del_route(&route).expect("del route");
            nl.del_address(&vip6).expect("del IPv6 VIP");
            nl.del_address(&vip).expect("del VIP");
        }
    })
    .join()
    .expect("netlink thread");
    let addrs = ip_n(&pair.a, &["-o", "addr", "show", "dev", "va"]);
    assert!(
        !addrs.contains("198.18.3.100") && !addrs.contains("2001:db8::100"),
        "{addrs}"
    );
    assert_eq!(ip_n(&pair.a, &["route", "show", "table", "100"]), "");
    assert!(!ip_n(&pair.a, &["rule", "show"]).contains("100:"));
}
