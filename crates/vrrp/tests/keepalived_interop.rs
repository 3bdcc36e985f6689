//! rvs's VRRP core and raw socket against keepalived 2.2.7 in a namespace pair
//! (needs root, iproute2 and keepalived).

mod common;

use std::time::Duration;

use common::{Keepalived, Pair};
use rvs_vrrp::config::Auth;
use rvs_vrrp::io::{BlockingDriver, VrrpSocketV4};
use rvs_vrrp::packet::{Version, MCAST_GROUP_V4};
use rvs_vrrp::{Action, Instance, Instant, State, Stats};

fn keepalived_conf(version: u8, priority: u8, auth: &str) -> String {
    keepalived_conf_on("va", version, priority, auth)
}

fn keepalived_conf_on(ifname: &str, version: u8, priority: u8, auth: &str) -> String {
    keepalived_conf_full(ifname, version, priority, "1", auth)
}

fn keepalived_conf_full(
    ifname: &str,
    version: u8,
    priority: u8,
    advert_int: &str,
    auth: &str,
) -> String {
    format!(
        "global_defs {{\n  router_id rvs_test\n}}\n\
         vrrp_instance VI_1 {{\n  state BACKUP\n  interface {ifname}\n  virtual_router_id 51\n  \
         priority {priority}\n  advert_int {advert_int}\n  version {version}\n  {auth}\n  \
         virtual_ipaddress {{\n    198.18.0.100\n  }}\n}}\n"
    )
}

/// State changes (time, new state), final counters and final state of an rvs run.
type RvsRun = (Vec<(Instant, State)>, Stats, State);

/// Runs `instance` in namespace `ns` on `vb` for `run`, recording its state changes
/// with their wall-clock offset from `epoch`.
fn run_rvs(
    ns: &str,
    ifname: &'static str,
    instance: Instance,
    epoch: std::time::Instant,
    run: Duration,
) -> std::thread::JoinHandle<RvsRun> {
    Pair::run(ns, move || {
        let group = instance
            .config()
            .unicast_peers
            .is_empty()
            .then_some(MCAST_GROUP_V4);
        let sock = VrrpSocketV4::open(ifname, group).expect("open rvs socket");
        let mut d = BlockingDriver::new(sock, instance, epoch);
        let mut log = Vec::new();
        d.run_until(epoch + run, |now, a| {
            if let Action::Notify(s) = a {
                log.push((now, *s));
            }
        })
        .expect("driver runs");
        (log, d.instance().stats().clone(), d.instance().state())
    })
}

#[test]
fn keepalived_master_keeps_rvs_backup_and_rvs_takes_over_when_it_stops() {
    let pair = Pair::new("k");
    let mut ka = Keepalived::start(
        &pair.a,
        "k",
        &keepalived_conf(
            2,
            200,
            "authentication {\n    auth_type PASS\n    auth_pass secret1\n  }",
        ),
    );
    assert!(
        ka.wait_for("Entering MASTER STATE", Duration::from_secs(8)),
        "keepalived did not become master:\n{}",
        ka.log()
    );
    let mut cfg = common::config(Version::V2, 2, 100);
    cfg.auth = Auth::password("secret1");
    let epoch = std::time::Instant::now();
    let rvs = run_rvs(
        &pair.b,
        "vb",
        Instance::new(cfg, Instant::ZERO),
        epoch,
        Duration::from_secs(9),
    );
    std::thread::sleep(Duration::from_secs(5));
    let stopped = Instant::from_micros(epoch.elapsed().as_micros() as u64);
    ka.stop();
    let (log, stats, state) = rvs.join().expect("rvs thread");
    let first_master = log
        .iter()
        .find(|(_, s)| *s == State::Master)
        .map(|(t, _)| *t);
    let took = first_master.expect("rvs became master after keepalived stopped");
    assert!(
        took >= stopped,
        "rvs became master at {took} while keepalived ran (stop at {stopped}): {log:?}"
    );
    // Priority 0 from keepalived: takeover after Skew_Time (0.61 s), not 3.6 s.
    assert!(
        took.saturating_since(stopped) < Duration::from_millis(1500),
        "took over {:?} after the stop",
        took.saturating_since(stopped)
    );
    assert_eq!(state, State::Master);
    assert!(stats.adverts_received >= 4, "{stats:?}");
    assert_eq!(stats.priority_zero_received, 1, "{stats:?}");
    assert_eq!(stats.rejected_total(), 0, "{stats:?}");
}

#[test]
fn rvs_master_keeps_keepalived_backup_over_vrrp_v3() {
    let pair = Pair::new("r");
    let cfg = common::config(Version::V3, 2, 200);
    let epoch = std::time::Instant::now();
    let rvs = run_rvs(
        &pair.b,
        "vb",
        Instance::new(cfg, Instant::ZERO),
        epoch,
        Duration::from_secs(9),
    );
    // keepalived joins once rvs is master (3 s + skew).
    std::thread::sleep(Duration::from_secs(4));
    let ka = Keepalived::start(&pair.a, "r", &keepalived_conf(3, 100, ""));
    let (log, stats, state) = rvs.join().expect("rvs thread");
    let klog = ka.log();
    drop(ka);
    assert_eq!(state, State::Master, "{log:?}");
    assert_eq!(
        log.iter().filter(|(_, s)| *s == State::Master).count(),
        1,
        "rvs stayed master: {log:?}"
    );
    assert!(
        klog.contains("Entering BACKUP STATE"),
        "keepalived log:\n{klog}"
    );
    assert!(
        !klog.contains("Entering MASTER STATE"),
        "keepalived became master:\n{klog}"
    );
    assert!(
        !klog.contains("checksum") && !klog.contains("invalid"),
        "keepalived complained about our adverts:\n{klog}"
    );
    assert_eq!(stats.rejected_total(), 0, "{stats:?}");
}

/// Drops VRRP in and out of namespace `ns` (`cut`) or removes that filter.
fn vrrp_filter(ns: &str, cut: bool) {
    let script = if cut {
        "table inet rvs_t { chain i { type filter hook input priority 0; ip protocol 112 drop; }; \
         chain o { type filter hook output priority 0; ip protocol 112 drop; }; }"
    } else {
        "delete table inet rvs_t"
    };
    let out = std::process::Command::new("ip")
        .args(["netns", "exec", ns, "nft", script])
        .output()
        .unwrap_or_else(|e| panic!("prerequisite missing: cannot run nft: {e}"));
    assert!(
        out.status.success(),
        "nft failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Both routers at priority 100 become MASTER while VRRP is cut; once healed, the
/// one with the lower address yields, in under one advert interval.
fn split_brain_heals_by_address(rvs_in_a: bool) {
    let pair = Pair::new(if rvs_in_a { "s" } else { "t" });
    let (rvs_ns, rvs_if, rvs_last, ka_ns, ka_if) = if rvs_in_a {
        (pair.a.clone(), "va", 1, pair.b.clone(), "vb")
    } else {
        (pair.b.clone(), "vb", 2, pair.a.clone(), "va")
    };
    vrrp_filter(&ka_ns, true);
    let ka = Keepalived::start(
        &ka_ns,
        if rvs_in_a { "s" } else { "t" },
        &keepalived_conf_on(ka_if, 2, 100, ""),
    );
    let cfg = common::config(Version::V2, rvs_last, 100);
    let epoch = std::time::Instant::now();
    let rvs = run_rvs(
        &rvs_ns,
        rvs_if,
        Instance::new(cfg, Instant::ZERO),
        epoch,
        Duration::from_secs(8),
    );
    assert!(
        ka.wait_for("Entering MASTER STATE", Duration::from_secs(6)),
        "keepalived master while cut:\n{}",
        ka.log()
    );
    std::thread::sleep(Duration::from_millis(4500).saturating_sub(epoch.elapsed()));
    let healed = Instant::from_micros(epoch.elapsed().as_micros() as u64);
    vrrp_filter(&ka_ns, false);
    let (log, _stats, state) = rvs.join().expect("rvs thread");
    let klog = ka.log();
    drop(ka);
    let became_master = log.iter().any(|(t, s)| *s == State::Master && *t < healed);
    assert!(became_master, "rvs master during the split: {log:?}");
    let ka_backup_again = klog.matches("Entering BACKUP STATE").count() >= 2;
    if rvs_in_a {
        // rvs has 198.18.0.1, the lower address: it yields.
        let back = log
            .iter()
            .find(|(t, s)| *s == State::Backup && *t >= healed)
            .map(|(t, _)| *t)
            .expect("rvs yielded");
        assert!(
            back.saturating_since(healed) <= Duration::from_millis(1100),
            "after {back}"
        );
        assert_eq!(state, State::Backup);
        assert!(!ka_backup_again, "keepalived kept master:\n{klog}");
    } else {
        assert_eq!(state, State::Master, "{log:?}");
        assert!(
            ka_backup_again,
            "keepalived yielded to the higher address:\n{klog}"
        );
        assert!(klog.contains("higher IP address"), "{klog}");
    }
}

#[test]
fn split_brain_with_keepalived_heals_to_the_higher_address_rvs() {
    split_brain_heals_by_address(false);
}

#[test]
fn split_brain_with_keepalived_heals_to_the_higher_address_keepalived() {
    split_brain_heals_by_address(true);
}

/// VRRPv3 over unicast: each side's pseudo-header names the peer; rvs (priority 100)
/// stays BACKUP under keepalived (200), takes over when keepalived stops, and keeps
/// a lower keepalived in BACKUP.
#[test]
fn unicast_v3_with_keepalived() {
    let pair = Pair::new("u");
    let unicast = "unicast_src_ip 198.18.0.1\n  unicast_peer {\n    198.18.0.2\n  }";
    let mut ka = Keepalived::start(&pair.a, "u", &keepalived_conf(3, 200, unicast));
    assert!(
        ka.wait_for("Entering MASTER STATE", Duration::from_secs(8)),
        "keepalived did not become master:\n{}",
        ka.log()
    );
    let mut cfg = common::config(Version::V3, 2, 100);
    cfg.unicast_peers = vec![common::addr(1)];
    cfg.check_unicast_src = true;
    let epoch = std::time::Instant::now();
    let rvs = run_rvs(
        &pair.b,
        "vb",
        Instance::new(cfg, Instant::ZERO),
        epoch,
        Duration::from_secs(13),
    );
    std::thread::sleep(Duration::from_secs(5));
    let stopped = Instant::from_micros(epoch.elapsed().as_micros() as u64);
    ka.stop();
    let klog = ka.log();
    drop(ka);
    // A lower keepalived comes back: rvs's unicast adverts must keep it BACKUP
    // (it would be MASTER 3.8 s after starting otherwise).
    std::thread::sleep(Duration::from_secs(2));
    let ka2 = Keepalived::start(&pair.a, "u2", &keepalived_conf(3, 50, unicast));
    let (log, stats, state) = rvs.join().expect("rvs thread");
    let k2log = ka2.log();
    assert!(k2log.contains("Entering BACKUP STATE"), "{k2log}");
    assert!(
        !k2log.contains("Entering MASTER STATE"),
        "keepalived ignored rvs's unicast adverts:\n{k2log}"
    );
    let took = log
        .iter()
        .find(|(_, s)| *s == State::Master)
        .map(|(t, _)| *t)
        .expect("rvs became master");
    assert!(
        took >= stopped,
        "rvs master at {took}, keepalived stopped at {stopped}: {log:?}"
    );
    assert_eq!(state, State::Master);
    assert!(stats.adverts_received >= 4, "{stats:?}");
    assert_eq!(stats.rejected_total(), 0, "{stats:?}");
    assert!(!klog.contains("checksum"), "keepalived complained:\n{klog}");
}

/// keepalived as a v3 master at 100 ms; rvs is configured with 1 s but learns the
/// master's interval, so it takes over in under 500 ms once keepalived falls silent.
#[test]
fn rvs_learns_keepalived_v3_interval_and_fails_over_fast() {
    let pair = Pair::new("f");
    let ka = Keepalived::start(&pair.a, "f", &keepalived_conf_full("va", 3, 200, "0.1", ""));
    assert!(
        ka.wait_for("Entering MASTER STATE", Duration::from_secs(8)),
        "keepalived did not become master:\n{}",
        ka.log()
    );
    let cfg = common::config(Version::V3, 2, 100);
    let epoch = std::time::Instant::now();
    let rvs = run_rvs(
        &pair.b,
        "vb",
        Instance::new(cfg, Instant::ZERO),
        epoch,
        Duration::from_secs(5),
    );
    std::thread::sleep(Duration::from_millis(2500));
    let cut = Instant::from_micros(epoch.elapsed().as_micros() as u64);
    vrrp_filter(&pair.a, true);
    let (log, stats, state) = rvs.join().expect("rvs thread");
    drop(ka);
    let took = log
        .iter()
        .find(|(_, s)| *s == State::Master)
        .map(|(t, _)| *t)
        .expect("rvs became master");
    assert!(
        took >= cut,
        "master at {took} before the cut at {cut}: {log:?}"
    );
    assert!(
        took.saturating_since(cut) < Duration::from_millis(500),
        "took {:?}",
        took.saturating_since(cut)
    );
    assert_eq!(state, State::Master);
    assert!(stats.adverts_received >= 20, "{stats:?}");
    assert_eq!(stats.rejected_total(), 0, "{stats:?}");
}
