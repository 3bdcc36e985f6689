//! `no_accept` and `vrrp_strict`: a MASTER that is not the address owner drops
//! traffic to its VIPs with keepalived's nftables ruleset; rvs and keepalived 2.2.7
//! compared in the same namespaces (needs root, iproute2, nftables, keepalived).

mod vrrp_lab;

use std::time::Duration;

use rvs_netlab::Netns;
use vrrp_lab::*;

/// VRRPv3 with 100 ms adverts, so that a lone instance is MASTER within half a second.
fn vconf(globals: &str, extra: &str) -> String {
    format!(
        "{globals}vrrp_instance VI_1 {{\n  state BACKUP\n  interface eth0\n  \
         virtual_router_id 51\n  priority 200\n  version 3\n  advert_int 0.1\n{extra}  \
         virtual_ipaddress {{\n    198.18.0.100\n  }}\n}}\n"
    )
}

const STRICT: &str = "global_defs {\n  vrrp_strict\n}\n";

/// Pings the VIP from the client for half a second; how many replies came.
fn replies(client: &Netns) -> usize {
    let ping = Ping::start(client, "198.18.0.100", Duration::from_millis(10));
    std::thread::sleep(Duration::from_millis(500));
    ping.replies().len()
}

fn ruleset(ns: &Netns) -> String {
    let out = ns
        .exec("nft", ["list", "ruleset"], Duration::from_secs(5))
        .expect("nft (install nftables)");
    assert!(out.status.success(), "{out:?}");
    out.stdout
}

/// The part of the ruleset that decides: the table, its chains and set members.
fn firewall(ns: &Netns) -> Vec<String> {
    ruleset(ns)
        .lines()
        .map(str::trim)
        .filter(|l| {
            l.starts_with("table")
                || l.starts_with("type filter")
                || l.contains("@vips")
                || l.contains("elements")
        })
        .map(str::to_owned)
        .collect()
}

/// rvs with `config` as the only router: MASTER, then what the client sees and the
/// ruleset; after SIGTERM, the ruleset must be empty again.
fn rvs_master(ns: &Netns, client: &Netns, config: &str) -> (usize, Vec<String>) {
    let mut rvs = Rvs::start(ns, config);
    assert!(
        wait(Duration::from_secs(3), || has_vip(ns)).is_some(),
        "rvs did not become MASTER:\n{}",
        rvs.log()
    );
    let seen = (replies(client), firewall(ns));
    rvs.stop_ok();
    assert_eq!(ruleset(ns).trim(), "", "rvs left nftables rules behind");
    seen
}

fn keepalived_master(ns: &Netns, client: &Netns, config: &str) -> (usize, Vec<String>) {
    let mut ka = ns.start_keepalived("k", config).expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_1) Entering MASTER STATE", Duration::from_secs(3)),
        "{}",
        ka.log()
    );
    assert!(
        wait(Duration::from_secs(1), || has_vip(ns)).is_some(),
        "{}",
        ka.log()
    );
    (replies(client), firewall(ns))
}

#[test]
fn a_no_accept_master_drops_pings_to_its_vip_as_keepalived_does() {
    let t = lan("na");
    let (rn, kn, client) = (t.ns("nar"), t.ns("nak"), t.ns("nac"));

    // keepalived stops (and removes its VIP and table) before rvs starts.
    let (ka_replies, ka_rules) = keepalived_master(kn, client, &vconf("", "  no_accept\n"));
    assert_eq!(ka_replies, 0, "keepalived with no_accept answered pings");
    assert!(
        wait(Duration::from_secs(2), || !has_vip(kn)).is_some(),
        "keepalived kept its VIP"
    );
    let (rvs_replies, rvs_rules) = rvs_master(rn, client, &vconf("", "  no_accept\n"));
    assert_eq!(rvs_replies, 0, "rvs with no_accept answered pings");
    assert_eq!(
        rvs_rules, ka_rules,
        "rvs's nftables rules differ from keepalived's"
    );
    assert!(
        rvs_rules.iter().any(|l| l.contains("198.18.0.100")),
        "{rvs_rules:?}"
    );

    // vrrp_strict implies no_accept.
    let (strict_replies, strict_rules) = rvs_master(rn, client, &vconf(STRICT, ""));
    assert_eq!(strict_replies, 0, "rvs with vrrp_strict answered pings");
    assert_eq!(strict_rules, ka_rules);

    // The control: the default (accept) answers, and uses no firewall.
    let (accept_replies, accept_rules) = rvs_master(rn, client, &vconf("", ""));
    assert!(
        accept_replies > 10,
        "only {accept_replies} replies with accept"
    );
    assert!(accept_rules.is_empty(), "{accept_rules:?}");
}
