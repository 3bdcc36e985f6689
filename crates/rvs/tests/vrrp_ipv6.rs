//! IPv6 VRRP (VRRPv3, RFC 5798) between `rvs run -P` and keepalived 2.2.7 on one
//! bridged LAN in namespaces (needs root, iproute2 and keepalived), both roles: the VIP
//! moves when the MASTER stops, and a client learns its MAC from the unsolicited
//! neighbour advertisements.

mod vrrp_lab;

use std::time::Duration;

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use rvs_netlab::{Netns, Topology};
use vrrp_lab::{add_ipv6, mac, takeover_bound, wait, Rvs};

const VIP: &str = "2001:db8::100";

fn conf(priority: u8, extra: &str) -> String {
    format!(
        "global_defs {{\n  router_id rvs_v6\n}}\n\
         vrrp_instance VI_6 {{\n  state BACKUP\n  interface eth0\n  virtual_router_id 61\n  \
         priority {priority}\n  advert_int 1\n{extra}  \
         virtual_ipaddress {{\n    {VIP}/64\n  }}\n}}\n"
    )
}

/// rvs (`<tag>r`, 2001:db8::1), keepalived (`<tag>k`, ::2) and a client (`<tag>c`,
/// ::3) that creates neighbour entries from unsolicited advertisements.
fn lan(tag: &str) -> Topology {
    let t = vrrp_lab::lan(tag);
    for (i, n) in ["r", "k", "c"].iter().enumerate() {
        add_ipv6(
            t.ns(&format!("{tag}{n}")),
            &format!("2001:db8::{}/64", i + 1),
        );
    }
    // The kernel creates an entry from an unsolicited NA only on a router.
    let client = t.ns(&format!("{tag}c"));
    for (key, value) in [
        ("net.ipv6.conf.eth0.forwarding", "1"),
        ("net.ipv6.conf.eth0.accept_untracked_na", "1"),
    ] {
        client.sysctl(key, value).expect("client sysctl");
    }
    t
}

fn has_vip(ns: &Netns) -> bool {
    ns.ip(&["-6", "addr", "show", "dev", "eth0"])
        .expect("ip addr show")
        .contains(&format!("{VIP}/64"))
}

fn vip_mac_seen_by(client: &Netns) -> Option<String> {
    let out = client
        .ip(&["-6", "neigh", "show", VIP, "dev", "eth0"])
        .expect("ip neigh");
    let mut words = out.split_whitespace();
    words.find(|w| *w == "lladdr")?;
    words.next().map(str::to_owned)
}

#[test]
fn rvs_master_gives_the_ipv6_vip_to_keepalived_on_sigterm() {
    let t = lan("6s");
    let (rn, kn, client) = (t.ns("6sr"), t.ns("6sk"), t.ns("6sc"));
    let mut rvs = Rvs::start(rn, &conf(200, ""));
    assert!(
        wait(takeover_bound(200), || has_vip(rn)).is_some(),
        "rvs never became MASTER and added the VIP; its log:\n{}",
        rvs.log()
    );
    let seen = wait(Duration::from_secs(2), || vip_mac_seen_by(client).is_some());
    assert!(
        seen.is_some(),
        "the client got no neighbour advertisement for the VIP"
    );
    assert_eq!(vip_mac_seen_by(client), Some(mac(rn)), "rvs's NAs");
    let mut ka = kn
        .start_keepalived("k", &conf(100, ""))
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_6) Entering BACKUP STATE", Duration::from_secs(5)),
        "keepalived did not enter BACKUP:\n{}",
        ka.log()
    );
    // Longer than keepalived's master down interval: rvs's adverts keep it BACKUP.
    std::thread::sleep(takeover_bound(100));
    assert!(
        !has_vip(kn),
        "keepalived took the VIP from a live rvs MASTER (it does not accept rvs's \
         IPv6 adverts):\n{}",
        ka.log()
    );
    assert_eq!(rvs.stop(), Some(0), "{}", rvs.log());
    let took = wait(Duration::from_millis(1500), || has_vip(kn));
    assert!(
        took.is_some(),
        "keepalived did not take over within 1.5 s of rvs's SIGTERM:\n{}",
        ka.log()
    );
    assert!(!has_vip(rn), "rvs left its VIP behind:\n{}", rvs.log());
    let moved = wait(Duration::from_secs(2), || {
        vip_mac_seen_by(client) == Some(mac(kn))
    });
    assert!(
        moved.is_some(),
        "the client still sends the VIP's traffic to rvs"
    );
}

#[test]
fn rvs_backup_takes_the_ipv6_vip_when_keepalived_master_hangs() {
    let t = lan("6k");
    let (rn, kn, client) = (t.ns("6kr"), t.ns("6kk"), t.ns("6kc"));
    let mut ka = kn
        .start_keepalived("k", &conf(200, ""))
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_6) Entering MASTER STATE", takeover_bound(200)),
        "keepalived never became MASTER:\n{}",
        ka.log()
    );
    let rvs = Rvs::start(rn, &conf(100, ""));
    std::thread::sleep(takeover_bound(100));
    assert!(
        rvs.log().contains("(VI_6) Entering BACKUP STATE"),
        "{}",
        rvs.log()
    );
    assert!(
        !has_vip(rn),
        "rvs took the VIP from a live keepalived (it does not accept keepalived's IPv6 \
         adverts):\n{}",
        rvs.log()
    );
    assert!(has_vip(kn));
    // keepalived's VRRP process hangs; SIGKILL would have its parent respawn it.
    let pid = std::fs::read_to_string(ka.dir().join("vrrp.pid")).expect("keepalived vrrp pid");
    let vrrp = Pid::from_raw(pid.trim().parse().expect("pid"));
    kill(vrrp, Signal::SIGSTOP).expect("stop keepalived's VRRP process");
    let took = wait(takeover_bound(100), || has_vip(rn));
    assert!(
        took.is_some(),
        "rvs did not take over from a hung keepalived:\n{}",
        rvs.log()
    );
    let moved = wait(Duration::from_secs(2), || {
        vip_mac_seen_by(client) == Some(mac(rn))
    });
    assert!(
        moved.is_some(),
        "the client did not learn rvs's MAC ({}) for the VIP: {}\n{}",
        mac(rn),
        client.ip(&["-6", "neigh"]).expect("ip neigh"),
        rvs.log()
    );
}

#[test]
fn unicast_ipv6_peers_elect_one_master() {
    let t = lan("6u");
    let (rn, kn) = (t.ns("6ur"), t.ns("6uk"));
    let peer = |p: &str| format!("  unicast_peer {{\n    {p}\n  }}\n");
    let mut ka = kn
        .start_keepalived("k", &conf(200, &peer("2001:db8::1")))
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_6) Entering MASTER STATE", takeover_bound(200)),
        "keepalived never became MASTER:\n{}",
        ka.log()
    );
    let mut rvs = Rvs::start(rn, &conf(100, &peer("2001:db8::2")));
    std::thread::sleep(takeover_bound(100));
    assert!(
        rvs.log().contains("(VI_6) Entering BACKUP STATE") && !has_vip(rn),
        "rvs did not stay BACKUP behind a unicast keepalived MASTER:\n{}",
        rvs.log()
    );
    drop(ka);
    let took = wait(Duration::from_millis(1500), || has_vip(rn));
    assert!(
        took.is_some(),
        "rvs did not take over within 1.5 s of keepalived's stop:\n{}",
        rvs.log()
    );
    assert_eq!(rvs.stop(), Some(0), "{}", rvs.log());
}

/// A sync group of an IPv4 and an IPv6 instance on one interface: one socket per
/// family, and both fail over together.
#[test]
fn a_mixed_family_sync_group_fails_over_as_one() {
    let t = lan("6g");
    let (rn, kn) = (t.ns("6gr"), t.ns("6gk"));
    let conf = |priority: u8| {
        format!(
            "vrrp_sync_group G {{\n  group {{\n    VI_4\n    VI_6\n  }}\n}}\n\
             vrrp_instance VI_4 {{\n  state BACKUP\n  interface eth0\n  virtual_router_id 41\n  \
             priority {priority}\n  advert_int 1\n  \
             virtual_ipaddress {{\n    198.18.0.100\n  }}\n}}\n\
             vrrp_instance VI_6 {{\n  state BACKUP\n  interface eth0\n  virtual_router_id 61\n  \
             priority {priority}\n  advert_int 1\n  \
             virtual_ipaddress {{\n    {VIP}/64\n  }}\n}}\n"
        )
    };
    let has_v4 = |ns: &Netns| {
        ns.ip(&["-4", "addr", "show", "dev", "eth0"])
            .expect("ip addr")
            .contains("198.18.0.100/32")
    };
    let mut rvs = Rvs::start(rn, &conf(200));
    assert!(
        wait(takeover_bound(200), || has_vip(rn) && has_v4(rn)).is_some(),
        "rvs never became MASTER of both:\n{}",
        rvs.log()
    );
    let mut ka = kn
        .start_keepalived("k", &conf(100))
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_6) Entering BACKUP STATE", Duration::from_secs(5)),
        "keepalived did not enter BACKUP:\n{}",
        ka.log()
    );
    std::thread::sleep(takeover_bound(100));
    assert!(
        !has_vip(kn) && !has_v4(kn),
        "keepalived took over from a live rvs group:\n{}",
        ka.log()
    );
    assert_eq!(rvs.stop(), Some(0), "{}", rvs.log());
    let took = wait(Duration::from_millis(2000), || has_vip(kn) && has_v4(kn));
    assert!(
        took.is_some(),
        "keepalived did not take both VIPs within 2 s of rvs's SIGTERM:\n{}",
        ka.log()
    );
    assert!(
        !has_vip(rn) && !has_v4(rn),
        "rvs left VIPs behind:\n{}",
        rvs.log()
    );
}
