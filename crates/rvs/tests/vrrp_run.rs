//! `rvs run -P` against keepalived 2.2.7: both read keepalived.conf files, peers on one
//! bridged LAN in namespaces (needs root, iproute2 and keepalived). The VIP is checked
//! with `ip addr` in each namespace, as an operator would.

mod vrrp_lab;

use std::time::Duration;

use nix::sys::signal::Signal;
use rvs_netlab::Netns;
use vrrp_lab::*;

#[test]
fn rvs_master_gives_the_vip_to_keepalived_on_sigterm() {
    let t = lan("vs");
    let (rn, kn) = (t.ns("vsr"), t.ns("vsk"));
    let mut rvs = Rvs::start(rn, &conf(200));
    assert!(
        wait(takeover_bound(200), || has_vip(rn)).is_some(),
        "rvs never became MASTER and added the VIP; its log:\n{}",
        rvs.log()
    );
    assert!(
        rvs.log().contains("(VI_1) Entering MASTER STATE"),
        "{}",
        rvs.log()
    );
    let ka = keepalived_backup(kn);
    // Longer than keepalived's master down interval: rvs's adverts keep it BACKUP.
    std::thread::sleep(takeover_bound(100));
    assert!(
        !has_vip(kn),
        "keepalived took the VIP from a live rvs MASTER:\n{}",
        ka.log()
    );
    assert!(has_vip(rn), "rvs lost its VIP:\n{}", rvs.log());

    // SIGHUP (a reload request) must not stop rvs.
    rvs.signal(Signal::SIGHUP);
    std::thread::sleep(Duration::from_millis(300));
    assert!(rvs.running(), "rvs exited on SIGHUP:\n{}", rvs.log());
    assert!(has_vip(rn), "rvs lost its VIP on SIGHUP:\n{}", rvs.log());

    // SIGTERM: rvs sends priority 0, so keepalived takes over after its skew time,
    // long before a master down interval, and rvs removes its VIP.
    rvs.signal(Signal::SIGTERM);
    let took = wait(Duration::from_millis(1500), || has_vip(kn));
    assert!(
        took.is_some(),
        "keepalived did not take over within 1.5 s of rvs's SIGTERM:\n{}",
        ka.log()
    );
    assert_eq!(
        rvs.exit_code(Duration::from_secs(3)),
        Some(0),
        "{}",
        rvs.log()
    );
    assert!(!has_vip(rn), "rvs left its VIP behind:\n{}", rvs.log());
    assert!(
        rvs.log().contains("(VI_1) Entering STOP STATE"),
        "{}",
        rvs.log()
    );
    assert!(
        ka.log().contains("(VI_1) Entering MASTER STATE"),
        "{}",
        ka.log()
    );
}

#[test]
fn a_failing_track_script_hands_the_vip_to_keepalived_and_recovery_takes_it_back() {
    let t = lan("vt");
    let (rn, kn) = (t.ns("vtr"), t.ns("vtk"));
    let flag = std::env::temp_dir().join(format!("{}-up", rn.name()));
    std::fs::write(&flag, "").expect("create the flag file");
    // Script up: 200; down: 200 - 150 = 50, below keepalived's 100.
    let rvs_conf = conf(200).replace(
        "vrrp_instance VI_1 {\n",
        &format!(
            "vrrp_script chk {{\n  script \"/usr/bin/test -e {}\"\n  interval 1\n  \
             weight -150\n  fall 1\n  rise 1\n}}\n\
             vrrp_instance VI_1 {{\n  track_script {{\n    chk\n  }}\n",
            flag.display()
        ),
    );
    let mut rvs = Rvs::start(rn, &rvs_conf);
    assert!(
        wait(takeover_bound(200), || has_vip(rn)).is_some(),
        "rvs never became MASTER with its script up:\n{}",
        rvs.log()
    );
    let ka = keepalived_backup(kn);

    // Script fails: rvs advertises 50, keepalived preempts after its master down timer.
    std::fs::remove_file(&flag).expect("remove the flag file");
    let bound = Duration::from_secs(1) + takeover_bound(100);
    assert!(
        wait(bound, || has_vip(kn) && !has_vip(rn)).is_some(),
        "the VIP did not move to keepalived within {bound:?} of the script failing:\n\
         rvs:\n{}\nkeepalived:\n{}",
        rvs.log(),
        ka.log()
    );

    // Script recovers: rvs is 200 again and preempts keepalived's 100.
    std::fs::write(&flag, "").expect("recreate the flag file");
    let bound = Duration::from_secs(1) + takeover_bound(200);
    assert!(
        wait(bound, || has_vip(rn) && !has_vip(kn)).is_some(),
        "rvs did not take the VIP back within {bound:?} of the script recovering:\n\
         rvs:\n{}\nkeepalived:\n{}",
        rvs.log(),
        ka.log()
    );
    rvs.stop_ok();
    let _ = std::fs::remove_file(&flag);
}

#[test]
fn rvs_master_whose_link_goes_down_enters_fault_and_comes_back() {
    let t = lan("vf");
    let (rn, kn) = (t.ns("vfr"), t.ns("vfk"));
    let mut rvs = Rvs::start(rn, &conf(200));
    assert!(
        wait(takeover_bound(200), || has_vip(rn)).is_some(),
        "rvs never became MASTER:\n{}",
        rvs.log()
    );
    let ka = keepalived_backup(kn);
    rn.ip(&["link", "set", "eth0", "down"]).expect("link down");
    assert!(
        wait(Duration::from_secs(1), || rvs
            .log()
            .contains("(VI_1) Entering FAULT STATE"))
        .is_some(),
        "rvs did not enter FAULT within 1 s of its link going down:\n{}",
        rvs.log()
    );
    assert!(!has_vip(rn), "rvs in FAULT kept its VIP:\n{}", rvs.log());
    assert!(
        wait(takeover_bound(100), || has_vip(kn)).is_some(),
        "keepalived did not take over:\n{}",
        ka.log()
    );
    rn.ip(&["link", "set", "eth0", "up"]).expect("link up");
    assert!(
        wait(Duration::from_secs(2) + takeover_bound(200), || has_vip(rn)
            && !has_vip(kn))
        .is_some(),
        "rvs (priority 200) did not take the VIP back after its link came up:\n\
         rvs:\n{}\nkeepalived:\n{}",
        rvs.log(),
        ka.log()
    );
    rvs.stop_ok();
}

#[test]
fn notify_scripts_run_on_transitions_with_keepalived_arguments() {
    let t = lan("vn");
    let rn = t.ns("vnr");
    let dir = std::env::temp_dir().join(format!("{}-notify", rn.name()));
    std::fs::create_dir_all(&dir).expect("notify dir");
    let out = dir.join("calls");
    let script = dir.join("n.sh");
    write_notify_script(&script, &out);
    let s = script.display();
    let config = conf(200).replace(
        "  virtual_ipaddress",
        &format!(
            "  notify_master \"{s} became-master\"\n  notify_stop \"{s} stopped\"\n  \
             notify {s}\n  virtual_ipaddress"
        ),
    );
    let mut rvs = Rvs::start(rn, &config);
    let calls = || std::fs::read_to_string(&out).unwrap_or_default();
    assert!(
        wait(takeover_bound(200) + Duration::from_secs(1), || calls()
            .contains("INSTANCE VI_1 MASTER 200"))
        .is_some(),
        "no notify call for MASTER; calls: {:?}\nrvs:\n{}",
        calls(),
        rvs.log()
    );
    assert!(calls().contains("became-master"), "{:?}", calls());
    rvs.stop_ok();
    assert!(
        wait(Duration::from_secs(2), || calls().contains("stopped")
            && calls().contains("INSTANCE VI_1 STOP 200"))
        .is_some(),
        "no notify calls for STOP; calls: {:?}",
        calls()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Two instances: VI_1 unicast between the peers, VI_2 multicast with its own VIP.
fn two_instances(priority: u8, me: &str, peer: &str) -> String {
    format!(
        "vrrp_instance VI_1 {{\n  state BACKUP\n  interface eth0\n  virtual_router_id 51\n  \
         priority {priority}\n  advert_int 1\n  unicast_src_ip {me}\n  \
         unicast_peer {{\n    {peer}\n  }}\n  \
         virtual_ipaddress {{\n    198.18.0.100\n  }}\n}}\n\
         vrrp_instance VI_2 {{\n  state BACKUP\n  interface eth0\n  virtual_router_id 52\n  \
         priority {priority}\n  advert_int 1\n  version 3\n  \
         virtual_ipaddress {{\n    198.18.0.101 label eth0:v2\n  }}\n}}\n"
    )
}

#[test]
fn every_instance_runs_unicast_and_multicast_and_all_hand_over_on_sigterm() {
    let t = lan("vu");
    let (rn, kn) = (t.ns("vur"), t.ns("vuk"));
    let mut rvs = Rvs::start(rn, &two_instances(200, "198.18.0.1", "198.18.0.2"));
    let both = |ns: &Netns| has(ns, "198.18.0.100/32") && has(ns, "198.18.0.101/32");
    assert!(
        wait(takeover_bound(200), || both(rn)).is_some(),
        "rvs did not become MASTER of both instances:\n{}",
        rvs.log()
    );
    let addrs = rn
        .ip(&["-4", "addr", "show", "dev", "eth0"])
        .expect("ip addr");
    assert!(
        addrs.contains("eth0:v2"),
        "VI_2's VIP lost its label:\n{addrs}"
    );
    let mut ka = kn
        .start_keepalived("k", &two_instances(100, "198.18.0.2", "198.18.0.1"))
        .expect("start keepalived");
    std::thread::sleep(takeover_bound(100));
    assert!(
        !has(kn, "198.18.0.100/32") && !has(kn, "198.18.0.101/32"),
        "keepalived took a VIP from rvs:\n{}",
        ka.log()
    );
    assert!(
        ka.wait_for_log("(VI_2) Entering BACKUP STATE", Duration::from_secs(1)),
        "{}",
        ka.log()
    );
    rvs.signal(Signal::SIGTERM);
    assert!(
        wait(Duration::from_millis(1500), || both(kn)).is_some(),
        "keepalived did not take both VIPs within 1.5 s of rvs's SIGTERM:\n{}",
        ka.log()
    );
    assert_eq!(
        rvs.exit_code(Duration::from_secs(3)),
        Some(0),
        "{}",
        rvs.log()
    );
    assert!(
        !has(rn, "198.18.0.100/32") && !has(rn, "198.18.0.101/32"),
        "{}",
        rvs.log()
    );
}

/// VI_1 (198.18.0.100) and VI_2 (198.18.0.101) in sync group G; `extra` goes into VI_2.
fn synced(priority: u8, extra: &str) -> String {
    let instance = |name: &str, vrid: u8, vip: &str, extra: &str| {
        format!(
            "vrrp_instance {name} {{\n  state BACKUP\n  interface eth0\n  \
             virtual_router_id {vrid}\n  priority {priority}\n  advert_int 1\n{extra}  \
             virtual_ipaddress {{\n    {vip}\n  }}\n}}\n"
        )
    };
    format!(
        "vrrp_sync_group G {{\n  group {{\n    VI_1\n    VI_2\n  }}\n}}\n{}{}",
        instance("VI_1", 51, "198.18.0.100", ""),
        instance("VI_2", 52, "198.18.0.101", extra)
    )
}

#[test]
fn a_sync_group_member_in_fault_takes_the_whole_group_to_keepalived() {
    let t = lan("vg");
    let (rn, kn) = (t.ns("vgr"), t.ns("vgk"));
    let flag = std::env::temp_dir().join(format!("{}-up", rn.name()));
    std::fs::write(&flag, "").expect("create the flag file");
    let calls_file = std::env::temp_dir().join(format!("{}-calls", rn.name()));
    let script = std::env::temp_dir().join(format!("{}-n.sh", rn.name()));
    write_notify_script(&script, &calls_file);
    // Weight 0: the script's failure puts VI_2 (only) in FAULT.
    let rvs_conf = format!(
        "vrrp_script chk {{\n  script \"/usr/bin/test -e {}\"\n  interval 1\n  \
         weight 0\n  fall 1\n  rise 1\n}}\n{}",
        flag.display(),
        synced(200, "  track_script {\n    chk\n  }\n").replace(
            "  group {\n    VI_1\n    VI_2\n  }\n",
            &format!(
                "  group {{\n    VI_1\n    VI_2\n  }}\n  notify {}\n",
                script.display()
            )
        )
    );
    let calls = || std::fs::read_to_string(&calls_file).unwrap_or_default();
    let mut rvs = Rvs::start(rn, &rvs_conf);
    let both = |ns: &Netns| has(ns, "198.18.0.100/32") && has(ns, "198.18.0.101/32");
    let neither = |ns: &Netns| !has(ns, "198.18.0.100/32") && !has(ns, "198.18.0.101/32");
    assert!(
        wait(takeover_bound(200) + Duration::from_secs(1), || both(rn)).is_some(),
        "rvs did not become MASTER of the group:\n{}",
        rvs.log()
    );
    let mut ka = kn
        .start_keepalived("k", &synced(100, ""))
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_2) Entering BACKUP STATE", Duration::from_secs(5)),
        "{}",
        ka.log()
    );
    std::thread::sleep(takeover_bound(100));
    assert!(neither(kn), "keepalived took a VIP from rvs:\n{}", ka.log());

    std::fs::remove_file(&flag).expect("remove the flag file");
    let bound = Duration::from_secs(1) + takeover_bound(100);
    assert!(
        wait(bound, || both(kn) && neither(rn)).is_some(),
        "VI_2's fault did not move the whole group to keepalived within {bound:?}:\n\
         rvs:\n{}\nkeepalived:\n{}",
        rvs.log(),
        ka.log()
    );
    assert!(
        wait(Duration::from_secs(1), || calls()
            .contains("GROUP G MASTER 0")
            && calls().contains("GROUP G FAULT 0"))
        .is_some(),
        "group notify calls: {:?}",
        calls()
    );
    std::fs::write(&flag, "").expect("recreate the flag file");
    let bound = Duration::from_secs(2) + takeover_bound(200);
    assert!(
        wait(bound, || both(rn) && neither(kn)).is_some(),
        "rvs did not take the group back within {bound:?}:\nrvs:\n{}\nkeepalived:\n{}",
        rvs.log(),
        ka.log()
    );
    rvs.stop_ok();
    assert!(neither(rn), "{}", rvs.log());
    for f in [&flag, &calls_file, &script] {
        let _ = std::fs::remove_file(f);
    }
}

/// `systemctl reload`: SIGHUP re-reads keepalived.conf. An unchanged instance keeps
/// running untouched (its VIP never leaves), one whose VIPs alone changed gets them
/// in place and stays MASTER (as with keepalived), a new one starts, a removed one
/// stops; a broken file changes nothing.
#[test]
fn sighup_reloads_changed_instances_and_leaves_the_others_running() {
    let t = lan("rl");
    let rn = t.ns("rlr");
    let instance = |name: &str, vrid: u8, vip: &str| {
        format!(
            "vrrp_instance {name} {{\n  state BACKUP\n  interface eth0\n  \
             virtual_router_id {vrid}\n  priority 100\n  advert_int 1\n  \
             virtual_ipaddress {{\n    {vip}\n  }}\n}}\n"
        )
    };
    let before = format!(
        "{}{}{}",
        instance("VI_1", 51, "198.18.0.100"),
        instance("VI_2", 52, "198.18.0.101"),
        instance("VI_4", 54, "198.18.0.104"),
    );
    let mut rvs = Rvs::start(rn, &before);
    let all = |vips: &[&str]| vips.iter().all(|v| has(rn, &format!("{v}/32")));
    assert!(
        wait(takeover_bound(100) + Duration::from_secs(1), || all(&[
            "198.18.0.100",
            "198.18.0.101",
            "198.18.0.104"
        ]))
        .is_some(),
        "rvs never became MASTER of all three:\n{}",
        rvs.log()
    );
    let monitor = AddrMonitor::start(rn, "reload");
    let since = std::time::SystemTime::now();
    // VI_2's VIP changes, VI_3 is new, VI_4 is gone.
    let after = format!(
        "{}{}{}",
        instance("VI_3", 53, "198.18.0.103"),
        instance("VI_1", 51, "198.18.0.100"),
        instance("VI_2", 52, "198.18.0.102"),
    );
    let conf = std::env::temp_dir()
        .join(format!("{}-rvs", rn.name()))
        .join("keepalived.conf");
    std::fs::write(&conf, &after).expect("rewrite the configuration");
    let before_reload = rvs.log().len();
    rvs.signal(Signal::SIGHUP);
    assert!(
        wait(Duration::from_millis(1500), || all(&["198.18.0.102"])).is_some(),
        "VI_2's new VIP did not come in place at once:\n{}",
        rvs.log()
    );
    assert!(
        wait(takeover_bound(100) + Duration::from_secs(1), || all(&[
            "198.18.0.103"
        ]))
        .is_some(),
        "the new instance did not take its VIP:\n{}",
        rvs.log()
    );
    let reload_log = rvs.log().split_off(before_reload);
    assert!(
        reload_log.contains("(VI_2) reloaded in place: 1 VIP(s) added, 1 removed")
            && !reload_log.contains("(VI_2) Entering"),
        "VI_2 stayed MASTER through the reload:\n{reload_log}"
    );
    assert!(
        !has(rn, "198.18.0.101/32") && !has(rn, "198.18.0.104/32"),
        "VI_2's old VIP and removed VI_4's VIP are gone:\n{}",
        rvs.log()
    );
    assert_eq!(
        monitor.first("198.18.0.100/32", false, since),
        None,
        "the unchanged VI_1 kept its VIP through the reload:\n{}",
        rvs.log()
    );

    std::fs::write(&conf, "vrrp_instance VI_1 {\n  virtual_router_id 300\n}\n")
        .expect("break the configuration");
    rvs.signal(Signal::SIGHUP);
    assert!(
        wait(Duration::from_secs(2), || rvs
            .log()
            .contains("reload refused"))
        .is_some(),
        "a broken file is refused:\n{}",
        rvs.log()
    );
    assert!(
        all(&["198.18.0.100", "198.18.0.102", "198.18.0.103"]),
        "and everything keeps running:\n{}",
        rvs.log()
    );
    rvs.stop_ok();
    assert!(
        !has(rn, "198.18.0.100/32") && !has(rn, "198.18.0.103/32"),
        "SIGTERM removes every VIP"
    );
}

/// A VIP deleted from outside (`ip addr del`, a network restart) while MASTER:
/// keepalived 2.2.7 hears it from netlink, gives up MASTER with priority 0 and takes
/// over again after its skew time, so the VIP comes back at once. rvs does the same;
/// both run side by side here, each MASTER of its own router.
#[test]
fn a_vip_deleted_from_outside_comes_back_as_with_keepalived() {
    let t = lan("vd");
    let (rn, kn) = (t.ns("vdr"), t.ns("vdk"));
    let instance = |vrid: u8, vip: &str| {
        format!(
            "vrrp_instance VI_{vrid} {{\n  state BACKUP\n  interface eth0\n  \
             virtual_router_id {vrid}\n  priority 200\n  advert_int 1\n  \
             virtual_ipaddress {{\n    {vip}\n  }}\n}}\n"
        )
    };
    let mut rvs = Rvs::start(rn, &instance(51, "198.18.0.100"));
    let ka = kn
        .start_keepalived("k", &instance(52, "198.18.0.101"))
        .expect("start keepalived");
    for (ns, vip) in [(rn, "198.18.0.100/32"), (kn, "198.18.0.101/32")] {
        assert!(
            wait(takeover_bound(200), || has(ns, vip)).is_some(),
            "{vip} never came up:\nrvs:\n{}\nkeepalived:\n{}",
            rvs.log(),
            ka.log()
        );
    }
    for (ns, vip) in [(rn, "198.18.0.100/32"), (kn, "198.18.0.101/32")] {
        ns.ip(&["addr", "del", vip, "dev", "eth0"])
            .expect("delete the VIP");
    }
    for (ns, vip, who) in [
        (rn, "198.18.0.100/32", "rvs"),
        (kn, "198.18.0.101/32", "keepalived"),
    ] {
        assert!(
            wait(Duration::from_millis(1500), || has(ns, vip)).is_some(),
            "{who} did not put {vip} back within 1.5 s:\nrvs:\n{}\nkeepalived:\n{}",
            rvs.log(),
            ka.log()
        );
    }
    let log = rvs.log();
    let after = log
        .split_once("VIP 198.18.0.100 was removed from eth0 by someone else")
        .map(|(_, after)| after)
        .unwrap_or_else(|| panic!("rvs did not log the deletion:\n{log}"));
    let backup = after.find("(VI_51) Entering BACKUP STATE");
    let master = after.find("(VI_51) Entering MASTER STATE");
    assert!(
        backup.is_some() && backup < master,
        "rvs left MASTER and came back, as keepalived does:\n{log}"
    );
    rvs.stop_ok();
}
