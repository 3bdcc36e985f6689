//! How fast `rvs run -P` fails over, against keepalived 2.2.7 and itself, on a bridged
//! LAN with a client in namespaces (needs root, iproute2, keepalived, nftables and
//! ping). Times come from the kernel's address notifications (`ip -ts monitor`) and
//! `ping -D`, not from polling, so a bound of 100 ms means something.

mod vrrp_lab;

use std::time::{Duration, SystemTime};

use nix::sys::signal::{kill, Signal};
use rvs_netlab::Netns;
use vrrp_lab::*;

/// VI_1 with VIP 198.18.0.100; VRRPv3 when `advert` is below a second.
fn vconf(priority: u8, advert: Duration, extra: &str) -> String {
    let version = if advert < Duration::from_secs(1) {
        3
    } else {
        2
    };
    format!(
        "vrrp_instance VI_1 {{\n  state BACKUP\n  interface eth0\n  virtual_router_id 51\n  \
         priority {priority}\n  version {version}\n  advert_int {}\n{extra}  \
         virtual_ipaddress {{\n    198.18.0.100\n  }}\n}}\n",
        advert.as_secs_f64()
    )
}

const MARGIN: Duration = Duration::from_millis(100);
const FAST: Duration = Duration::from_millis(100);
const SLOW: Duration = Duration::from_secs(1);

fn since(t0: SystemTime, t: SystemTime) -> Duration {
    t.duration_since(t0).unwrap_or_default()
}

fn stop_rvs(rvs: &mut Rvs<'_>) {
    rvs.stop_ok();
}

/// keepalived MASTER (200) hangs; the rvs BACKUP (100) must hold the VIP within its
/// master down interval + 100 ms of the hang, and the client must follow it.
fn rvs_replaces_a_hung_keepalived(tag: &str, advert: Duration, bound: Duration) {
    let t = lan(tag);
    let (rn, kn, client) = (
        t.ns(&format!("{tag}r")),
        t.ns(&format!("{tag}k")),
        t.ns(&format!("{tag}c")),
    );
    let mut ka = kn
        .start_keepalived("k", &vconf(200, advert, ""))
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_1) Entering MASTER STATE", Duration::from_secs(6)),
        "{}",
        ka.log()
    );
    let mut rvs = Rvs::start(rn, &vconf(100, advert, ""));
    assert!(
        wait(Duration::from_secs(3), || rvs
            .log()
            .contains("(VI_1) Entering BACKUP STATE"))
        .is_some(),
        "{}",
        rvs.log()
    );
    let monitor = AddrMonitor::start(rn, "m");
    let ping = Ping::start(client, "198.18.0.100", Duration::from_millis(10));
    std::thread::sleep(advert * 2 + Duration::from_millis(300));
    assert!(!has_vip(rn), "rvs took the VIP from a live keepalived");
    assert!(!ping.replies().is_empty(), "the client cannot ping the VIP");
    assert_eq!(vip_mac_seen_by(client), Some(mac(kn)));

    let vrrp = vrrp_child(&ka);
    let t0 = SystemTime::now();
    kill(vrrp, Signal::SIGSTOP).expect("stop keepalived's VRRP process");
    let at = monitor.wait_for(VIP, true, t0, bound + Duration::from_secs(2));
    let took = at.map(|at| since(t0, at));
    assert!(
        took.is_some_and(|d| d <= bound),
        "rvs took the VIP {took:?} after keepalived hung, bound {bound:?}:\n{}",
        rvs.log()
    );
    let took = took.expect("checked");
    // Sooner than a master down interval minus one advert would mean rvs did not
    // wait for its timer.
    let md = master_down(advert, 100);
    assert!(
        took + advert >= md,
        "rvs took over after {took:?}, master down interval {md:?}"
    );
    assert!(
        wait(Duration::from_secs(1), || vip_mac_seen_by(client)
            == Some(mac(rn)))
        .is_some(),
        "the client still sees the VIP at {:?}, not rvs's {} (GARP)",
        vip_mac_seen_by(client),
        mac(rn)
    );
    let at = at.expect("checked");
    assert!(
        wait(Duration::from_secs(1), || ping
            .first_reply_after(at + Duration::from_millis(200))
            .is_some())
        .is_some(),
        "the client's ping did not resume after the move"
    );
    stop_rvs(&mut rvs);
    kill(vrrp, Signal::SIGKILL).expect("kill the stopped VRRP process");
    drop(ka);
}

#[test]
fn rvs_holds_the_vip_within_master_down_plus_100ms_of_keepalived_hanging() {
    rvs_replaces_a_hung_keepalived("ma", SLOW, master_down(SLOW, 100) + MARGIN);
}

#[test]
fn vrrpv3_with_100ms_adverts_fails_over_in_under_500ms() {
    rvs_replaces_a_hung_keepalived("mv", FAST, Duration::from_millis(500));
}

#[test]
fn keepalived_holds_the_vip_within_master_down_plus_100ms_of_rvs_being_killed() {
    let t = lan("mk");
    let (rn, kn, client) = (t.ns("mkr"), t.ns("mkk"), t.ns("mkc"));
    let rvs = Rvs::start(rn, &vconf(200, SLOW, ""));
    assert!(
        wait(Duration::from_secs(6), || has_vip(rn)).is_some(),
        "{}",
        rvs.log()
    );
    let mut ka = kn
        .start_keepalived("k", &vconf(100, SLOW, ""))
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_1) Entering BACKUP STATE", Duration::from_secs(5)),
        "{}",
        ka.log()
    );
    let monitor = AddrMonitor::start(kn, "m");
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(vip_mac_seen_by(client), Some(mac(rn)), "rvs's GARPs");
    let t0 = SystemTime::now();
    rvs.signal(Signal::SIGKILL);
    let bound = master_down(SLOW, 100) + MARGIN;
    let at = monitor.wait_for(VIP, true, t0, bound + Duration::from_secs(2));
    let took = at.map(|at| since(t0, at));
    assert!(
        took.is_some_and(|d| d <= bound),
        "keepalived took the VIP {took:?} after rvs was killed, bound {bound:?}:\n{}",
        ka.log()
    );
    assert!(
        wait(Duration::from_secs(1), || vip_mac_seen_by(client)
            == Some(mac(kn)))
        .is_some(),
        "the client still sees the VIP at {:?}",
        vip_mac_seen_by(client)
    );
}

/// keepalived (100) is MASTER with 100 ms adverts; rvs (200) starts with `extra`.
/// When rvs added the VIP, counted from its start, if within `watch`.
fn rvs_returns(tag: &str, extra: &str, watch: Duration) -> Option<Duration> {
    let t = lan(tag);
    let (rn, kn) = (t.ns(&format!("{tag}r")), t.ns(&format!("{tag}k")));
    let mut ka = kn
        .start_keepalived("k", &vconf(100, FAST, ""))
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_1) Entering MASTER STATE", Duration::from_secs(3)),
        "{}",
        ka.log()
    );
    let monitor = AddrMonitor::start(rn, "m");
    let t0 = SystemTime::now();
    let mut rvs = Rvs::start(rn, &vconf(200, FAST, extra));
    let at = monitor.wait_for(VIP, true, t0, watch);
    if at.is_some() {
        assert!(
            wait(Duration::from_secs(1), || !has_vip(kn)).is_some(),
            "keepalived kept the VIP after rvs preempted:\n{}",
            ka.log()
        );
    } else {
        assert!(has_vip(kn), "nobody holds the VIP:\n{}", ka.log());
    }
    stop_rvs(&mut rvs);
    at.map(|at| since(t0, at))
}

#[test]
fn a_returning_higher_priority_rvs_preempts_after_its_master_down_interval() {
    let md = master_down(FAST, 200);
    let took = rvs_returns("pp", "", Duration::from_secs(2));
    assert!(
        took.is_some_and(|d| d <= md + MARGIN),
        "rvs took over {took:?} after starting; master down interval {md:?}"
    );
}

#[test]
fn a_returning_nopreempt_rvs_never_takes_over() {
    let took = rvs_returns("pn", "  nopreempt\n", Duration::from_secs(2));
    assert_eq!(took, None, "nopreempt rvs took the VIP");
}

#[test]
fn a_returning_rvs_with_preempt_delay_takes_over_after_the_delay() {
    let delay = Duration::from_secs(1);
    let md = master_down(FAST, 200);
    let took = rvs_returns("pd", "  preempt_delay 1\n", Duration::from_secs(4));
    // Lower priority adverts count until the delay ends (it starts at the first one,
    // within an advert of the start), then the down timer runs out.
    let (lo, hi) = (delay + md - FAST, delay + md + FAST + MARGIN);
    assert!(
        took.is_some_and(|d| d >= lo && d <= hi),
        "rvs took over {took:?} after starting, wanted {lo:?}..{hi:?}"
    );
}

/// An nftables table in `ns` dropping VRRP (IP protocol 112) both ways.
fn cut_vrrp(ns: &Netns) {
    let rules = "table inet rvs_cut {\n\
                 chain in { type filter hook input priority 0; ip protocol vrrp drop; }\n\
                 chain out { type filter hook output priority 0; ip protocol vrrp drop; }\n}\n";
    let file = std::env::temp_dir().join(format!("{}-cut.nft", ns.name()));
    std::fs::write(&file, rules).expect("write nft rules");
    let out = ns
        .exec(
            "nft",
            ["-f", &file.display().to_string()],
            Duration::from_secs(5),
        )
        .expect("nft (install nftables)");
    let _ = std::fs::remove_file(&file);
    assert!(out.status.success(), "nft failed: {out:?}");
}

fn restore_vrrp(ns: &Netns) {
    let out = ns
        .exec(
            "nft",
            ["delete", "table", "inet", "rvs_cut"],
            Duration::from_secs(5),
        )
        .expect("nft");
    assert!(out.status.success(), "nft failed: {out:?}");
}

#[test]
fn split_brain_between_two_rvs_resolves_within_one_advert_interval() {
    let t = lan("sb");
    let (an, bn, client) = (t.ns("sbr"), t.ns("sbk"), t.ns("sbc"));
    let mut a = Rvs::start(an, &vconf(200, SLOW, ""));
    assert!(
        wait(Duration::from_secs(6), || has_vip(an)).is_some(),
        "{}",
        a.log()
    );
    let mut b = Rvs::start(bn, &vconf(100, SLOW, ""));
    assert!(
        wait(Duration::from_secs(3), || b
            .log()
            .contains("(VI_1) Entering BACKUP STATE"))
        .is_some(),
        "{}",
        b.log()
    );
    let monitor = AddrMonitor::start(bn, "m");
    cut_vrrp(an);
    let bound = master_down(SLOW, 100) + Duration::from_secs(1) + MARGIN;
    assert!(
        wait(bound, || has_vip(bn)).is_some(),
        "B did not become MASTER with the link to A cut:\n{}",
        b.log()
    );
    assert!(has_vip(an), "A lost the VIP while cut off:\n{}", a.log());
    // Both MASTER: the client follows whoever sent the last GARP (B, the newer).
    assert!(
        wait(Duration::from_secs(1), || vip_mac_seen_by(client)
            == Some(mac(bn)))
        .is_some(),
        "the client never saw B's GARP"
    );

    let lower = "received an advert of lower priority";
    let heard_before = a.log().matches(lower).count();
    let t1 = SystemTime::now();
    restore_vrrp(an);
    let gone = monitor.wait_for(VIP, false, t1, Duration::from_secs(3));
    let took = gone.map(|g| since(t1, g));
    assert!(
        took.is_some_and(|d| d <= SLOW + MARGIN),
        "B gave the VIP up {took:?} after the link came back (one advert interval is \
         {SLOW:?}):\nA:\n{}\nB:\n{}",
        a.log(),
        b.log()
    );
    assert!(has_vip(an) && !has_vip(bn), "the VIP is not on A alone");
    // Whether A hears one of B's adverts before B hears A's depends on their
    // phases. If it does, A re-sends its GARPs (garp_lower_prio_repeat, as
    // keepalived) and the client moves back to A's MAC; if B yields first, nobody
    // sends a GARP, in keepalived as in rvs.
    if a.log().matches(lower).count() > heard_before {
        assert!(
            wait(Duration::from_secs(1), || vip_mac_seen_by(client)
                == Some(mac(an)))
            .is_some(),
            "A heard B after the split but the client still sees the VIP at B's MAC"
        );
    }
    stop_rvs(&mut b);
    stop_rvs(&mut a);
}
