//! `rvs run -C` (keepalived's checker child) and `rvs run` (the watchdog parent) on
//! the DR lab of [`rvs_netlab::LbLab`]: the health checkers put real servers in and
//! out of the XDP data plane as they come and go, reload on SIGHUP, pause for
//! `ha_suspend`, use the sorry server; the parent restarts a killed child while the
//! pinned data plane keeps forwarding. Needs root with BPF, iproute2 and ethtool.

#[path = "common/lb.rs"]
mod lb;

use lb::{get_once, Helpers, HttpServer, Plane, Ports};
use rvs_netlab::lb::Method;
use rvs_netlab::LbLab;
use std::net::SocketAddr;
use std::process::Child;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A VIP (.100) with two reals (.11 and .12), checked every second.
fn conf(octet: u8, extra: &str) -> String {
    let real = |h: u8| {
        format!(
            "    real_server 198.18.{octet}.{h} 80 {{
        TCP_CHECK {{
            connect_timeout 1
            retry 0
        }}
    }}
"
        )
    };
    format!(
        "virtual_server 198.18.{octet}.100 80 {{
    lb_algo rr
    lb_kind DR
    protocol TCP
    delay_loop 1
{extra}{}{}}}
",
        real(11),
        real(12)
    )
}

struct Run {
    lab: LbLab,
    _helpers: Helpers,
    plane: Plane,
    ports: Ports,
    vip: SocketAddr,
}

impl Run {
    fn new(tag: &str, octet: u8) -> Run {
        let lab = LbLab::build(tag, Method::Dr, octet, 2, 1)
            .unwrap_or_else(|e| panic!("building the lab: {e}"));
        let mut helpers = Helpers::attach(&lab);
        for i in 0..2 {
            helpers.real_server_up(&lab, i, &[lab.vip(0).into()]);
        }
        Run {
            vip: SocketAddr::new(lab.vip(0).into(), 80),
            plane: Plane::new(tag),
            ports: Ports::new(),
            _helpers: helpers,
            lab,
        }
    }

    /// `n` requests through the VIP, each on a new connection: the servers' names,
    /// or the error.
    fn ask(&self, n: usize) -> Vec<String> {
        (0..n)
            .map(|_| {
                match self
                    .lab
                    .client()
                    .run_in(|| get_once(self.vip, None, &self.ports))
                {
                    Ok(Ok(r)) => r.server,
                    other => format!("error: {other:?}"),
                }
            })
            .collect()
    }

    /// The servers that answer `n` requests, each named once.
    fn answering(&self, n: usize) -> Vec<String> {
        let mut a = self.ask(n);
        a.sort();
        a.dedup();
        a
    }

    /// Each real server `rvs ls` lists: its last address byte and its weight.
    fn listed(&self) -> Vec<(u8, u32)> {
        let out = self.plane.output(&self.lab, &["ls"]);
        out.stdout
            .lines()
            .filter_map(|l| l.strip_prefix("  -> 198.18."))
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                let host = f
                    .next()?
                    .split(':')
                    .next()?
                    .rsplit('.')
                    .next()?
                    .parse()
                    .ok()?;
                Some((host, f.nth(1)?.parse().ok()?))
            })
            .collect()
    }

    fn hosts(&self) -> Vec<u8> {
        self.listed().into_iter().map(|(h, _)| h).collect()
    }

    fn wait_for(&self, want: &[(u8, u32)], within: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < within {
            if self.listed() == want {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }

    fn xdp_on_d0(&self) -> bool {
        self.lab
            .director()
            .ip(&["link", "show", "d0"])
            .unwrap_or_else(|e| panic!("{e}"))
            .contains("xdp")
    }
}

const BOTH: &[(u8, u32)] = &[(11, 1), (12, 1)];

/// Loading the programs and resolving the reals' neighbours; slow on a loaded machine.
const START: Duration = Duration::from_secs(15);

/// SIGTERM to `child` (`ip netns exec` execs rvs, so the child is rvs itself); its
/// stderr once it exited 0.
fn stop_with_term(child: Child) -> String {
    signal(child.id(), nix::sys::signal::Signal::SIGTERM);
    let out = child.wait_with_output().expect("rvs run exits");
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "rvs run failed on SIGTERM:\n{log}");
    log
}

fn signal(pid: u32, sig: nix::sys::signal::Signal) {
    let pid = nix::unistd::Pid::from_raw(i32::try_from(pid).expect("pid"));
    nix::sys::signal::kill(pid, sig).unwrap_or_else(|e| panic!("{sig} to {pid}: {e}"));
}

/// The children of process `pid` (from /proc).
fn children_of(pid: u32) -> Vec<u32> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .collect()
}

#[test]
fn run_check_follows_the_real_servers_health() {
    let t = Run::new("runc", 30);
    let rs1 = HttpServer::start(t.lab.real(0), "rs1", 80);
    let mut rs2 = Some(HttpServer::start(t.lab.real(1), "rs2", 80));
    let child = t.plane.spawn_run(&t.lab, &conf(30, ""), &["-C"]);
    assert!(
        t.wait_for(BOTH, START),
        "both real servers go in at start (non-alpha): {:?}",
        t.listed()
    );
    // rr keeps a cursor per CPU, so only "both answer" is certain.
    assert_eq!(t.answering(6), ["rs1", "rs2"], "rr over both");

    // rs2 refuses connections: its TCP_CHECK fails at the next check (delay_loop
    // 1 s, retry 0), and it leaves the table.
    rs2 = rs2.and(None);
    assert!(
        t.wait_for(&[(11, 1)], Duration::from_secs(4)),
        "rs2 leaves the table after its check fails: {:?}",
        t.listed()
    );
    assert_eq!(t.ask(4), ["rs1"; 4], "only rs1 gets new connections");
    rs2 = rs2.or_else(|| Some(HttpServer::start(t.lab.real(1), "rs2", 80)));
    assert!(
        t.wait_for(BOTH, Duration::from_secs(4)),
        "rs2 comes back after its check passes: {:?}",
        t.listed()
    );
    let log = stop_with_term(child);
    assert!(
        log.contains("change(s) applied"),
        "rvs logs its changes:\n{log}"
    );
    assert!(!t.xdp_on_d0(), "XDP still attached after SIGTERM");
    assert!(
        t.ask(1)[0].starts_with("error"),
        "nothing balances after SIGTERM"
    );

    // -I: the data plane outlives rvs.
    let child = t.plane.spawn_run(&t.lab, &conf(30, ""), &["-C", "-I"]);
    assert!(t.wait_for(BOTH, START), "-I run starts");
    let log = stop_with_term(child);
    assert!(log.contains("leaving the data plane"), "{log}");
    assert_eq!(
        t.answering(6),
        ["rs1", "rs2"],
        "still balanced after rvs left"
    );
    drop((rs1, rs2));
}

/// `rvs run`, the watchdog parent: a SIGKILLed checker child is started again. The
/// pinned data plane forwards meanwhile and the new child adopts it, so a request loop
/// running throughout sees no failure. SIGTERM stops the child and releases the plane.
#[test]
fn watchdog_restarts_a_killed_checker_child_without_failed_requests() {
    let t = Run::new("wdog", 31);
    let _servers = [
        HttpServer::start(t.lab.real(0), "rs1", 80),
        HttpServer::start(t.lab.real(1), "rs2", 80),
    ];
    let parent = t.plane.spawn_run(&t.lab, &conf(31, ""), &[]);
    assert!(
        t.wait_for(BOTH, START),
        "the checker child programs both real servers: {:?}",
        t.listed()
    );
    let first = children_of(parent.id());
    assert_eq!(first.len(), 1, "one child (no vrrp_instance): {first:?}");
    let looping = AtomicBool::new(true);
    let (ok, failed, second) = std::thread::scope(|s| {
        let requests = s.spawn(|| {
            let (mut ok, mut failed) = (0, Vec::new());
            // Bounded: stops when told, or after 3,000 requests.
            while looping.load(Ordering::Relaxed) && ok + failed.len() < 3_000 {
                match t.ask(1).pop() {
                    Some(r) if r.starts_with("rs") => ok += 1,
                    other => failed.push(other),
                }
            }
            (ok, failed)
        });
        std::thread::sleep(Duration::from_millis(300));
        signal(first[0], nix::sys::signal::Signal::SIGKILL);
        let start = Instant::now();
        let second = loop {
            let now = children_of(parent.id());
            if now.len() == 1 && now != first {
                break now;
            }
            if start.elapsed() > Duration::from_secs(3) {
                looping.store(false, Ordering::Relaxed);
                panic!("no new checker child within 3 s: {now:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        std::thread::sleep(Duration::from_millis(700));
        looping.store(false, Ordering::Relaxed);
        let (ok, failed) = requests.join().expect("request loop");
        (ok, failed, second)
    });
    assert_eq!(t.listed(), BOTH, "the new child keeps both in");
    assert!(
        failed.is_empty() && ok > 10,
        "{ok} requests answered, {} failed across the restart: {failed:?}",
        failed.len()
    );
    let log = stop_with_term(parent);
    assert!(
        log.matches("checker child started").count() == 2 && log.contains("checker child exited"),
        "the parent logs the death and the restart:\n{log}"
    );
    assert!(
        !std::path::Path::new(&format!("/proc/{}", second[0])).exists(),
        "the child is gone after the parent stopped"
    );
    assert!(!t.xdp_on_d0(), "XDP still attached after SIGTERM");
}

/// keepalived's children stop when their parent dies, even by SIGKILL: an orphaned
/// checker child must not keep programming the data plane with nobody to stop it.
#[test]
fn a_child_stops_and_cleans_up_when_the_watchdog_is_killed() {
    let t = Run::new("orph", 34);
    let _servers = [
        HttpServer::start(t.lab.real(0), "rs1", 80),
        HttpServer::start(t.lab.real(1), "rs2", 80),
    ];
    let mut parent = t.plane.spawn_run(&t.lab, &conf(34, ""), &[]);
    assert!(t.wait_for(BOTH, START), "start: {:?}", t.listed());
    let children = children_of(parent.id());
    assert_eq!(children.len(), 1, "one checker child: {children:?}");
    parent.kill().expect("SIGKILL the watchdog");
    let _ = parent.wait();
    let gone = (0..150).any(|_| {
        std::thread::sleep(Duration::from_millis(20));
        !std::path::Path::new(&format!("/proc/{}", children[0])).exists()
    });
    assert!(gone, "the checker child outlived its watchdog by 3 s");
    assert!(
        !t.xdp_on_d0(),
        "the orphaned child stopped as on SIGTERM: the data plane is released"
    );
}

/// SIGHUP reloads `rvs run -C`: an edited configuration takes effect without a
/// restart; one with errors is refused and the running table stays.
#[test]
fn run_check_reloads_on_sighup_and_refuses_a_broken_configuration() {
    let t = Run::new("hup", 32);
    let _servers = [
        HttpServer::start(t.lab.real(0), "rs1", 80),
        HttpServer::start(t.lab.real(1), "rs2", 80),
    ];
    let text = conf(32, "");
    let child = t.plane.spawn_run(&t.lab, &text, &["-C"]);
    assert!(t.wait_for(BOTH, START), "start");
    let hup = || signal(child.id(), nix::sys::signal::Signal::SIGHUP);

    let without_rs1 = text.replacen(
        "    real_server 198.18.32.11 80 {\n        TCP_CHECK {\n            connect_timeout 1\n            retry 0\n        }\n    }\n",
        "",
        1,
    );
    assert_ne!(without_rs1, text, "the edit applies");
    t.plane.write_conf(&without_rs1);
    hup();
    assert!(
        t.wait_for(&[(12, 1)], Duration::from_secs(3)),
        "rs1 gone after SIGHUP: {:?}",
        t.listed()
    );
    assert_eq!(t.ask(3), ["rs2"; 3]);

    // A broken file changes nothing.
    t.plane
        .write_conf("virtual_server 198.18.32.100 80 {\n lb_algo nope\n");
    hup();
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(t.listed(), [(12, 1)], "the running table stays");
    assert_eq!(t.ask(2), ["rs2"; 2]);

    t.plane.write_conf(&text);
    hup();
    assert!(
        t.wait_for(BOTH, Duration::from_secs(3)),
        "rs1 back after SIGHUP: {:?}",
        t.listed()
    );
    let log = stop_with_term(child);
    assert!(
        log.contains("reload refused, the running configuration stays"),
        "the refusal is logged:\n{log}"
    );
}

/// `ha_suspend`: while the VIP is not on the director, its checkers do not run (a
/// dead real server stays in); once the VIP is added, they run and remove it.
#[test]
fn run_check_suspends_checks_while_the_vip_is_elsewhere() {
    let t = Run::new("susp", 33);
    let _rs1 = HttpServer::start(t.lab.real(0), "rs1", 80);
    let vip = "198.18.33.100/32";
    t.lab
        .director()
        .ip(&["addr", "del", vip, "dev", "d0"])
        .unwrap_or_else(|e| panic!("{e}"));
    let child = t
        .plane
        .spawn_run(&t.lab, &conf(33, "    ha_suspend\n"), &["-C"]);
    assert!(t.wait_for(BOTH, START), "start");
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(t.listed(), BOTH, "no check ran while the VIP is away");
    t.lab
        .director()
        .ip(&["addr", "add", vip, "dev", "d0"])
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        t.wait_for(&[(11, 1)], Duration::from_secs(4)),
        "the dead rs2 is removed once the VIP is here: {:?}",
        t.listed()
    );
    stop_with_term(child);
}

/// What keepalived's checker does to the IPVS table, seen in the XDP table:
/// `inhibit_on_failure` keeps a failed real at weight 0, and when no real is left
/// the `sorry_server` takes the service until one comes back.
#[test]
fn run_check_inhibits_and_falls_back_to_the_sorry_server() {
    let t = Run::new("sorry", 34);
    let text = "virtual_server 198.18.34.100 80 {
    lb_algo rr
    lb_kind DR
    protocol TCP
    delay_loop 1
    sorry_server 198.18.34.12 80
    real_server 198.18.34.11 80 {
        weight 2
        inhibit_on_failure
        TCP_CHECK {
            connect_timeout 1
            retry 0
        }
    }
}
";
    let mut rs1 = Some(HttpServer::start(t.lab.real(0), "rs1", 80));
    let _sorry = HttpServer::start(t.lab.real(1), "sorry", 80);
    let child = t.plane.spawn_run(&t.lab, text, &["-C"]);
    assert!(
        t.wait_for(&[(11, 2)], START),
        "the real alone at start: {:?}",
        t.listed()
    );
    rs1 = rs1.and(None);
    assert!(
        t.wait_for(&[(11, 0), (12, 1)], Duration::from_secs(4)),
        "inhibited at weight 0, sorry server in: {:?}",
        t.listed()
    );
    assert_eq!(t.ask(3), ["sorry"; 3], "the sorry server answers");
    rs1 = rs1.or_else(|| Some(HttpServer::start(t.lab.real(0), "rs1", 80)));
    assert!(
        t.wait_for(&[(11, 2)], Duration::from_secs(4)),
        "back to the real, sorry server out: {:?}",
        t.listed()
    );
    assert_eq!(t.ask(2), ["rs1"; 2]);
    assert_eq!(t.hosts(), [11]);
    stop_with_term(child);
    drop(rs1);
}
