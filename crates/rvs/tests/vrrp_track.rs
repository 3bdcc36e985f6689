//! `rvs run -P` tracking files (also on a sync group) and writing the notify FIFO,
//! with keepalived 2.2.7 as the peer on a bridged LAN in namespaces (needs root,
//! iproute2 and keepalived).

mod vrrp_lab;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use nix::sys::signal::Signal;
use rvs_netlab::Netns;
use vrrp_lab::*;

/// A file under the temp dir named after the namespace, removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(ns: &Netns, what: &str) -> Self {
        TempFile(std::env::temp_dir().join(format!("{}-{what}", ns.name())))
    }

    fn set(&self, value: &str) {
        std::fs::write(&self.0, value).expect("write the tracked file");
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn a_tracked_files_value_moves_the_vip_to_keepalived_and_back() {
    let t = lan("tf");
    let (rn, kn) = (t.ns("tfr"), t.ns("tfk"));
    let weighted = TempFile::new(rn, "weighted");
    let fault = TempFile::new(rn, "fault");
    weighted.set("0\n");
    let fifo = TempFile::new(rn, "fifo");
    // `fault` does not exist yet: init_file creates it with 0.
    let rvs_conf = conf(150)
        .replace(
            "vrrp_instance VI_1 {\n",
            &format!(
                "track_file weighted {{\n  file {}\n  weight 2\n}}\n\
                 track_file fault {{\n  file {}\n  weight 0\n  init_file 0\n}}\n\
                 vrrp_instance VI_1 {{\n  track_file {{\n    weighted\n    fault\n  }}\n  \
                 notify_priority_changes\n",
                weighted.0.display(),
                fault.0.display()
            ),
        )
        .replace(
            "global_defs {\n",
            &format!("global_defs {{\n  vrrp_notify_fifo {}\n", fifo.0.display()),
        );
    let (mut rvs, lines) = start_with_fifo(rn, &rvs_conf, &fifo.0);
    assert!(
        wait(takeover_bound(150), || has_vip(rn)).is_some(),
        "rvs never became MASTER:\n{}",
        rvs.log()
    );
    assert_eq!(
        std::fs::read_to_string(&fault.0).ok().as_deref(),
        Some("0\n"),
        "init_file"
    );
    let ka = keepalived_backup(kn);

    // 150 + 2 × -30 = 90 < 100: keepalived's master down timer runs out and it takes over.
    weighted.set("-30\n");
    let bound = takeover_bound(100) + Duration::from_millis(200);
    assert!(
        wait(bound, || has_vip(kn) && !has_vip(rn)).is_some(),
        "the VIP did not move to keepalived within {bound:?} of the file reading -30:\n\
         rvs:\n{}\nkeepalived:\n{}",
        rvs.log(),
        ka.log()
    );
    // 150 + 2 × 10 = 170 > 100: rvs preempts.
    weighted.set("10");
    let bound = takeover_bound(170) + Duration::from_millis(200);
    assert!(
        wait(bound, || has_vip(rn) && !has_vip(kn)).is_some(),
        "rvs did not take the VIP back within {bound:?}:\nrvs:\n{}\nkeepalived:\n{}",
        rvs.log(),
        ka.log()
    );
    // Weight 0: any non-zero value is FAULT, and keepalived takes over at once on
    // rvs's priority 0 advert.
    fault.set("1\n");
    assert!(
        wait(Duration::from_secs(2), || has_vip(kn) && !has_vip(rn)).is_some(),
        "a fault file did not move the VIP within 2 s:\nrvs:\n{}\nkeepalived:\n{}",
        rvs.log(),
        ka.log()
    );
    assert!(
        rvs.log().contains("(VI_1) Entering FAULT STATE"),
        "{}",
        rvs.log()
    );
    fault.set("0\n");
    let bound = takeover_bound(170) + Duration::from_secs(1);
    assert!(
        wait(bound, || has_vip(rn) && !has_vip(kn)).is_some(),
        "rvs did not recover from FAULT within {bound:?}:\n{}",
        rvs.log()
    );
    rvs.stop_ok();
    // notify_priority_changes: the new priority, with the state it happened in.
    let lines = lines.lock().expect("lines").clone();
    let at = |l: &str| lines.iter().position(|x| x == l);
    let down = at("INSTANCE \"VI_1\" MASTER_PRIORITY 90");
    let up = at("INSTANCE \"VI_1\" BACKUP_PRIORITY 170");
    assert!(
        down.is_some() && up.is_some() && down < up,
        "priority changes in the FIFO: {lines:#?}"
    );
}

/// VI_1 (198.18.0.100) and VI_2 (198.18.0.101) in sync group G; `group_extra` goes
/// into the group, `globals` before everything.
fn synced(priority: u8, globals: &str, group_extra: &str) -> String {
    let instance = |name: &str, vrid: u8, vip: &str| {
        format!(
            "vrrp_instance {name} {{\n  state BACKUP\n  interface eth0\n  \
             virtual_router_id {vrid}\n  priority {priority}\n  advert_int 1\n  \
             virtual_ipaddress {{\n    {vip}\n  }}\n}}\n"
        )
    };
    format!(
        "{globals}vrrp_sync_group G {{\n  group {{\n    VI_1\n    VI_2\n  }}\n{group_extra}}}\n{}{}",
        instance("VI_1", 51, "198.18.0.100"),
        instance("VI_2", 52, "198.18.0.101")
    )
}

fn both(ns: &Netns) -> bool {
    has(ns, "198.18.0.100/32") && has(ns, "198.18.0.101/32")
}

fn neither(ns: &Netns) -> bool {
    !has(ns, "198.18.0.100/32") && !has(ns, "198.18.0.101/32")
}

#[test]
fn a_file_tracked_by_a_sync_group_faults_every_member() {
    let t = lan("tg");
    let (rn, kn) = (t.ns("tgr"), t.ns("tgk"));
    let file = TempFile::new(rn, "file");
    file.set("0\n");
    let rvs_conf = synced(
        200,
        &format!(
            "track_file tf {{\n  file {}\n  weight 0\n}}\n",
            file.0.display()
        ),
        "  track_file {\n    tf\n  }\n",
    );
    let mut rvs = Rvs::start(rn, &rvs_conf);
    assert!(
        wait(takeover_bound(200) + Duration::from_secs(1), || both(rn)).is_some(),
        "rvs did not become MASTER of the group:\n{}",
        rvs.log()
    );
    let mut ka = kn
        .start_keepalived("k", &synced(100, "", ""))
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_2) Entering BACKUP STATE", Duration::from_secs(5)),
        "{}",
        ka.log()
    );
    file.set("3\n");
    assert!(
        wait(Duration::from_secs(3), || both(kn) && neither(rn)).is_some(),
        "the group's file did not move both VIPs to keepalived:\nrvs:\n{}\nkeepalived:\n{}",
        rvs.log(),
        ka.log()
    );
    for vi in ["VI_1", "VI_2"] {
        assert!(
            rvs.log().contains(&format!("({vi}) Entering FAULT STATE")),
            "{vi} did not enter FAULT:\n{}",
            rvs.log()
        );
    }
    file.set("0\n");
    let bound = takeover_bound(200) + Duration::from_secs(2);
    assert!(
        wait(bound, || both(rn) && neither(kn)).is_some(),
        "rvs did not take the group back within {bound:?}:\nrvs:\n{}\nkeepalived:\n{}",
        rvs.log(),
        ka.log()
    );
    rvs.stop_ok();
}

/// Collects the lines of a FIFO on a thread until every writer has closed it.
/// rvs with `config`, once it has made its notify FIFO at `fifo`; the lines read from it.
fn start_with_fifo<'ns>(
    ns: &'ns Netns,
    config: &str,
    fifo: &Path,
) -> (Rvs<'ns>, Arc<Mutex<Vec<String>>>) {
    let rvs = Rvs::start(ns, config);
    assert!(
        wait(Duration::from_secs(2), || fifo.exists()).is_some(),
        "rvs did not create its notify FIFO:\n{}",
        rvs.log()
    );
    let lines = read_fifo(fifo);
    (rvs, lines)
}

fn read_fifo(path: &Path) -> Arc<Mutex<Vec<String>>> {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let fifo = std::fs::File::open(path).expect("open the notify FIFO for reading");
    let out = Arc::clone(&lines);
    std::thread::spawn(move || {
        for line in BufReader::new(fifo).lines().map_while(Result::ok) {
            out.lock().expect("lines").push(line);
        }
    });
    lines
}

/// The lines keepalived 2.2.7 writes for a sync group of two (checked by hand with
/// the same configuration): the group's first state before its members', every
/// later one after both members'.
fn group_phase(first: bool, state: &str, priority: u8) -> Vec<String> {
    let members = [
        format!("INSTANCE \"VI_1\" {state} {priority}"),
        format!("INSTANCE \"VI_2\" {state} {priority}"),
    ];
    let group = format!("GROUP \"G\" {state} 0");
    if first {
        std::iter::once(group).chain(members).collect()
    } else {
        members.into_iter().chain(std::iter::once(group)).collect()
    }
}

/// Lines with each run of member lines of one state sorted (members of one
/// transition may come in either order, as with keepalived).
fn normalised(lines: &[String]) -> Vec<String> {
    let state = |l: &str| l.split_whitespace().nth(2).map(str::to_owned);
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<String> = Vec::new();
    for l in lines {
        let member = l.starts_with("INSTANCE");
        if !member || run.first().is_some_and(|r| state(r) != state(l)) {
            run.sort();
            out.append(&mut run);
        }
        if member {
            run.push(l.clone());
        } else {
            out.push(l.clone());
        }
    }
    run.sort();
    out.append(&mut run);
    out
}

#[test]
fn the_notify_fifo_and_scripts_see_every_transition_in_order() {
    let t = lan("tn");
    let (rn, kn) = (t.ns("tnr"), t.ns("tnk"));
    let file = TempFile::new(rn, "file");
    file.set("0\n");
    let fifo = TempFile::new(rn, "fifo");
    let calls = TempFile::new(rn, "calls");
    let script = TempFile::new(rn, "notify.sh");
    write_notify_script(&script.0, &calls.0);
    let rvs_conf = synced(
        200,
        &format!(
            "global_defs {{\n  vrrp_notify_fifo {}\n}}\n\
             track_file tf {{\n  file {}\n  weight 0\n}}\n",
            fifo.0.display(),
            file.0.display()
        ),
        &format!(
            "  track_file {{\n    tf\n  }}\n  notify {}\n",
            script.0.display()
        ),
    )
    .replace(
        "  virtual_ipaddress",
        &format!("  notify {}\n  virtual_ipaddress", script.0.display()),
    );
    let (mut rvs, lines) = start_with_fifo(rn, &rvs_conf, &fifo.0);
    let got = || lines.lock().expect("lines").clone();
    let mut want = group_phase(true, "BACKUP", 200);
    let mut expect = |phase: Vec<String>, within: Duration, what: &str| {
        want.extend(phase);
        let took = wait(within, || normalised(&got()) == want);
        assert!(
            took.is_some(),
            "{what}: FIFO lines\n{:#?}\nwanted\n{want:#?}\nrvs:\n{}",
            got(),
            rvs.log()
        );
    };
    expect(
        group_phase(false, "MASTER", 200),
        takeover_bound(200) + Duration::from_secs(1),
        "INIT, BACKUP, MASTER",
    );
    let ka = kn
        .start_keepalived("k", &synced(250, "", ""))
        .expect("start keepalived");
    expect(
        group_phase(false, "BACKUP", 200),
        takeover_bound(250) + Duration::from_secs(1),
        "a higher priority keepalived",
    );
    file.set("1\n");
    expect(
        group_phase(false, "FAULT", 200),
        Duration::from_secs(2),
        "the group's file faults",
    );
    file.set("0\n");
    expect(
        group_phase(false, "BACKUP", 200),
        Duration::from_secs(2),
        "the file recovers",
    );
    drop(ka);
    expect(
        group_phase(false, "MASTER", 200),
        takeover_bound(200) + Duration::from_secs(1),
        "keepalived stops",
    );
    rvs.signal(Signal::SIGTERM);
    expect(
        group_phase(false, "STOP", 200),
        Duration::from_secs(3),
        "rvs stops",
    );
    assert_eq!(rvs.exit_code(Duration::from_secs(3)), Some(0));
    assert!(!fifo.0.exists(), "rvs left the FIFO it created behind");

    // The `notify` scripts got the same transitions, each name's in order (the
    // scripts run concurrently, so only per-name order is defined).
    let calls = std::fs::read_to_string(&calls.0).unwrap_or_default();
    let states = [
        "BACKUP", "MASTER", "BACKUP", "FAULT", "BACKUP", "MASTER", "STOP",
    ];
    for (who, priority) in [
        ("INSTANCE VI_1", 200),
        ("INSTANCE VI_2", 200),
        ("GROUP G", 0),
    ] {
        let seen: Vec<&str> = calls
            .lines()
            .filter(|l| l.starts_with(&format!("{who} ")))
            .collect();
        let wanted: Vec<String> = states
            .iter()
            .map(|s| format!("{who} {s} {priority}"))
            .collect();
        assert_eq!(seen, wanted, "notify calls for {who}; all calls:\n{calls}");
    }
}

/// A `sleep` whose command line no other process has; killed on drop.
struct Sleeper(std::process::Child);

impl Sleeper {
    fn start(arg: &str) -> Self {
        Sleeper(
            std::process::Command::new("sleep")
                .arg(arg)
                .spawn()
                .expect("spawn sleep"),
        )
    }
}

impl Drop for Sleeper {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_tracked_process_going_away_faults_rvs_after_its_terminate_delay() {
    let t = lan("tp");
    let (rn, kn) = (t.ns("tpr"), t.ns("tpk"));
    let arg = format!("4242.{}", std::process::id());
    let sleeper = Sleeper::start(&arg);
    let rvs_conf = conf(150).replace(
        "vrrp_instance VI_1 {\n",
        &format!(
            "vrrp_track_process daemon {{\n  process sleep {arg}\n  weight 0\n  \
             terminate_delay 1\n}}\n\
             vrrp_instance VI_1 {{\n  track_process {{\n    daemon\n  }}\n"
        ),
    );
    let mut rvs = Rvs::start(rn, &rvs_conf);
    assert!(
        wait(takeover_bound(150), || has_vip(rn)).is_some(),
        "rvs never became MASTER with its process running:\n{}",
        rvs.log()
    );
    let ka = keepalived_backup(kn);
    drop(sleeper);
    std::thread::sleep(Duration::from_millis(600));
    assert!(
        has_vip(rn) && !rvs.log().contains("Entering FAULT"),
        "rvs faulted before the terminate delay:\n{}",
        rvs.log()
    );
    assert!(
        wait(Duration::from_secs(3), || has_vip(kn) && !has_vip(rn)).is_some(),
        "the VIP did not move to keepalived after the process ended:\nrvs:\n{}\nkeepalived:\n{}",
        rvs.log(),
        ka.log()
    );
    assert!(
        rvs.log().contains("(VI_1) Entering FAULT STATE"),
        "{}",
        rvs.log()
    );
    let _again = Sleeper::start(&arg);
    let bound = takeover_bound(150) + Duration::from_secs(1);
    assert!(
        wait(bound, || has_vip(rn) && !has_vip(kn)).is_some(),
        "rvs did not take the VIP back once the process ran again:\n{}",
        rvs.log()
    );
    rvs.stop_ok();
}

/// A directory anyone may write to (scripts run as other users write here), removed
/// on drop.
struct SharedDir(PathBuf);

impl SharedDir {
    fn new(ns: &Netns) -> Self {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("{}-shared", ns.name()));
        std::fs::create_dir_all(&dir).expect("create the shared directory");
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).expect("chmod");
        SharedDir(dir)
    }

    fn script(&self, name: &str, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = self.0.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write a script");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        path
    }
}

impl Drop for SharedDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn scripts_run_as_their_own_user_else_script_user() {
    for user in ["nobody", "daemon"] {
        assert!(
            nix::unistd::User::from_name(user).ok().flatten().is_some(),
            "this test needs the user {user}"
        );
    }
    let t = lan("su");
    let rn = t.ns("sur");
    let dir = SharedDir::new(rn);
    let who = dir.0.join("who");
    let is_daemon = dir.script("is_daemon.sh", "[ \"$(id -un)\" = daemon ]");
    let notify = dir.script("who.sh", &format!("id -un > {}", who.display()));
    let config = format!(
        "global_defs {{\n  script_user nobody\n}}\n\
         vrrp_script as_daemon {{\n  script {}\n  interval 1\n  user daemon\n}}\n\
         vrrp_instance VI_1 {{\n  state BACKUP\n  interface eth0\n  virtual_router_id 51\n  \
         priority 100\n  advert_int 1\n  track_script {{\n    as_daemon\n  }}\n  \
         notify_master {}\n  virtual_ipaddress {{\n    198.18.0.100\n  }}\n}}\n",
        is_daemon.display(),
        notify.display()
    );
    let mut rvs = Rvs::start(rn, &config);
    // The tracked script (weight 0) succeeds only as daemon: run as anyone else, the
    // instance would stay in FAULT and never take the VIP.
    assert!(
        wait(takeover_bound(100) + Duration::from_secs(2), || has_vip(rn)).is_some(),
        "rvs never became MASTER (its vrrp_script did not run as daemon?):\n{}",
        rvs.log()
    );
    let ran_as = wait(Duration::from_secs(2), || who.exists())
        .and_then(|_| std::fs::read_to_string(&who).ok())
        .unwrap_or_default();
    assert_eq!(
        ran_as.trim(),
        "nobody",
        "notify_master runs as script_user:\n{}",
        rvs.log()
    );
    rvs.stop_ok();
}
