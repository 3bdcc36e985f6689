//! `rvs apply` programs the XDP data plane from a DR keepalived.conf, `rvs ls`
//! lists it in `ipvsadm -Ln`'s format, and a client's request through the VIP
//! reaches the real server and shows in `rvs ls --stats`. Needs root with BPF,
//! iproute2 and ethtool.
//!
//! ```text
//!  client ns            lan ns (bridge br0)        director ns: d0, rvs apply --dev d0
//!  c0 198.18.14.1 ── lc ──── br0 ──── ld ──────── 198.18.14.2, VIP 198.18.14.100
//!                             └── lr ── rs ns: r0 198.18.14.3, VIP on lo (arp_ignore)
//! ```

use std::fs::File;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

const NET: &str = "198.18.14";
const VIP: &str = "198.18.14.100:80";

fn run(argv: &[&str]) -> Output {
    Command::new(argv[0])
        .args(&argv[1..])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {argv:?} (is {} installed?): {e}", argv[0]))
}

fn ok(argv: &[&str]) -> String {
    let out = run(argv);
    assert!(
        out.status.success(),
        "{argv:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Namespaces, a bpffs mount and a state directory, all removed on drop.
struct Lab {
    prefix: String,
    namespaces: Vec<String>,
    bpffs: PathBuf,
    state: PathBuf,
}

impl Lab {
    fn new(tag: &str) -> Lab {
        let prefix = format!("rvs-t-{}-{tag}", std::process::id());
        let tmp = std::env::temp_dir();
        let lab = Lab {
            bpffs: tmp.join(format!("{prefix}-bpffs")),
            state: tmp.join(format!("{prefix}-state")),
            prefix,
            namespaces: Vec::new(),
        };
        std::fs::create_dir_all(&lab.bpffs).expect("creating the bpffs mount point");
        ok(&[
            "mount",
            "-t",
            "bpf",
            "bpf",
            lab.bpffs.to_str().expect("UTF-8 path"),
        ]);
        lab
    }

    fn ns(&mut self, role: &str) -> String {
        let name = format!("{}-{role}", self.prefix);
        ok(&["ip", "netns", "add", &name]);
        self.namespaces.push(name.clone());
        self.sh(&name, "ip link set lo up");
        name
    }

    fn sh(&self, ns: &str, script: &str) -> String {
        ok(&["ip", "netns", "exec", ns, "sh", "-ec", script])
    }

    fn rvs(&self, ns: &str, args: &[&str]) -> Output {
        let bpffs = self.bpffs.to_str().expect("UTF-8 path");
        let state = self.state.to_str().expect("UTF-8 path");
        let mut argv = vec!["ip", "netns", "exec", ns, env!("CARGO_BIN_EXE_rvs")];
        argv.extend_from_slice(args);
        argv.extend_from_slice(&["--instance", "t", "--bpffs", bpffs, "--state-dir", state]);
        run(&argv)
    }

    fn run_in<T: Send>(&self, ns: &str, f: impl FnOnce() -> T + Send) -> T {
        std::thread::scope(|s| {
            s.spawn(|| {
                let file = File::open(Path::new("/run/netns").join(ns))
                    .unwrap_or_else(|e| panic!("opening namespace {ns}: {e}"));
                nix::sched::setns(file, nix::sched::CloneFlags::CLONE_NEWNET)
                    .unwrap_or_else(|e| panic!("entering namespace {ns}: {e}"));
                f()
            })
            .join()
            .unwrap_or_else(|_| panic!("the thread in {ns} panicked"))
        })
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        for ns in self.namespaces.iter().rev() {
            let _ = Command::new("ip").args(["netns", "del", ns]).status();
        }
        let _ = Command::new("umount").arg(&self.bpffs).status();
        let _ = std::fs::remove_dir(&self.bpffs);
        let _ = std::fs::remove_dir_all(&self.state);
    }
}

fn request(lab: &Lab, ns: &str, line: &str) -> std::io::Result<String> {
    request_to(lab, ns, VIP, line)
}

fn request_to(lab: &Lab, ns: &str, vip: &str, line: &str) -> std::io::Result<String> {
    let to: SocketAddr = vip.parse().expect("VIP literal");
    lab.run_in(ns, || {
        let mut s = TcpStream::connect_timeout(&to, Duration::from_secs(3))?;
        s.set_read_timeout(Some(Duration::from_secs(3)))?;
        s.write_all(format!("{line}\n").as_bytes())?;
        s.shutdown(std::net::Shutdown::Write)?;
        let mut reply = String::new();
        s.read_to_string(&mut reply)?;
        Ok(reply)
    })
}

/// Answers "rs: LINE" to each connection until `stop`; bounded by the test.
fn serve(l: TcpListener, stop: &AtomicBool) {
    l.set_nonblocking(true).expect("non-blocking listener");
    while !stop.load(Ordering::Relaxed) {
        match l.accept() {
            Ok((mut s, _)) => {
                let _ = s.set_nonblocking(false);
                let _ = s.set_read_timeout(Some(Duration::from_secs(3)));
                let mut buf = String::new();
                let _ = s.read_to_string(&mut buf);
                let _ = s.write_all(format!("rs: {}", buf.trim_end()).as_bytes());
            }
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

const CONF: &str = "virtual_server 198.18.14.100 80 {
    lb_algo rr
    lb_kind DR
    protocol TCP
    real_server 198.18.14.3 80 {
        weight 1
    }
}
";

#[test]
fn apply_then_ls_then_traffic() {
    let mut lab = Lab::new("apply");
    let lan = lab.ns("lan");
    let client = lab.ns("cl");
    let director = lab.ns("dir");
    let rs = lab.ns("rs");
    for (ns, inner, outer) in [
        (&client, "c0", "lc"),
        (&director, "d0", "ld"),
        (&rs, "r0", "lr"),
    ] {
        ok(&[
            "ip", "link", "add", inner, "netns", ns, "type", "veth", "peer", "name", outer,
            "netns", &lan,
        ]);
    }
    lab.sh(
        &lan,
        "ip link add br0 type bridge; ip link set br0 up; \
         for p in lc ld lr; do ip link set $p master br0 up; done",
    );
    // XDP-sent frames carry no checksum offload state: the client sends full checksums.
    lab.sh(
        &client,
        &format!(
            "ip addr add {NET}.1/24 dev c0; ip link set c0 up; \
             ethtool -K c0 tx off tso off gso off >/dev/null"
        ),
    );
    lab.sh(
        &director,
        &format!(
            "ip addr add {NET}.2/24 dev d0; ip addr add {NET}.100/32 dev d0; ip link set d0 up"
        ),
    );
    lab.sh(
        &rs,
        &format!(
            "sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2; \
             ip addr add {NET}.3/24 dev r0; ip addr add {NET}.100/32 dev lo; ip link set r0 up"
        ),
    );
    let conf = lab.state.join("keepalived.conf");
    std::fs::create_dir_all(&lab.state).expect("creating the state directory");
    std::fs::write(&conf, CONF).expect("writing the configuration");

    // veth drops XDP_TX frames unless its peer runs an XDP program: the bridge
    // side of d0 gets the pass-through one, held by this test.
    let mut pass = rvs_xdp::Balancer::open(&rvs_xdp::Options::default())
        .unwrap_or_else(|e| panic!("loading the XDP programs needs root with BPF: {e:?}"));
    lab.run_in(&lan, || {
        pass.attach(rvs_xdp::Prog::Pass, "ld", rvs_xdp::XdpMode::Driver)
            .expect("attaching the pass-through program to ld")
    });

    let out = lab.rvs(
        &director,
        &[
            "apply",
            "-f",
            conf.to_str().expect("UTF-8 path"),
            "--dev",
            "d0",
        ],
    );
    assert!(
        out.status.success(),
        "rvs apply failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = lab.rvs(&director, &["ls"]);
    assert!(
        out.status.success(),
        "rvs ls failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "IP Virtual Server version 1.2.1 (size=65536)\n\
         Prot LocalAddress:Port Scheduler Flags\n\
         \x20 -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n\
         TCP  198.18.14.100:80 rr\n\
         \x20 -> 198.18.14.3:80               Route   1      0          0         \n"
    );

    let listener = lab.run_in(&rs, || {
        TcpListener::bind("0.0.0.0:80").expect("binding port 80 in the real server")
    });
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve(listener, &stop));
        let first = request(&lab, &client, "hello");
        // A second apply starts from the saved table: the service and real keep
        // their ids, so their counters and connections carry over.
        let edited = CONF
            .replace("lb_algo rr", "lb_algo wrr")
            .replace("weight 1", "weight 3");
        std::fs::write(&conf, edited).expect("rewriting the configuration");
        let applied = lab.rvs(
            &director,
            &[
                "apply",
                "-f",
                conf.to_str().expect("UTF-8 path"),
                "--dev",
                "d0",
            ],
        );
        let ls = lab.rvs(&director, &["ls"]);
        let second = request(&lab, &client, "again");
        stop.store(true, Ordering::Relaxed);
        assert_eq!(first.expect("a connection through the VIP"), "rs: hello");
        assert!(
            applied.status.success(),
            "second rvs apply failed: {}",
            String::from_utf8_lossy(&applied.stderr)
        );
        assert!(
            String::from_utf8_lossy(&applied.stderr).contains("2 change(s) applied"),
            "the scheduler and the weight changed, nothing else: {}",
            String::from_utf8_lossy(&applied.stderr)
        );
        let text = String::from_utf8_lossy(&ls.stdout).into_owned();
        assert!(
            text.contains("TCP  198.18.14.100:80 wrr\n")
                && text.contains("  -> 198.18.14.3:80               Route   3      "),
            "the edit shows in rvs ls:\n{text}"
        );
        assert_eq!(second.expect("a connection after the edit"), "rs: again");
    });

    let out = lab.rvs(&director, &["ls", "--stats"]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let service = text
        .lines()
        .find(|l| l.starts_with("TCP  198.18.14.100:80"))
        .unwrap_or_else(|| panic!("no service line in:\n{text}"));
    let conns: Vec<&str> = service.split_whitespace().collect();
    assert_eq!(
        conns.get(2),
        Some(&"2"),
        "both connections counted:\n{text}"
    );

    let out = lab.rvs(&director, &["ls", "-c"]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        text.lines().any(|l| l.starts_with("TCP ")
            && l.contains("198.18.14.100:80")
            && l.contains("198.18.14.3:80")),
        "the connection is listed:\n{text}"
    );

    let out = lab.rvs(&director, &["ls", "--rate", "--interval", "0.2"]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        text.contains(
            "Prot LocalAddress:Port                 CPS    InPPS   OutPPS    InBPS   OutBPS\n"
        ) && text.lines().any(|l| l.starts_with("TCP  198.18.14.100:80")
            && l.split_whitespace().skip(2).all(|n| n == "0")),
        "rvs ls --rate lists idle rates in ipvsadm's columns:\n{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // rvs clear: the XDP program leaves d0, and the VIP is the director's own again
    // (nothing listens there, so the connection is refused instead of balanced).
    let out = lab.rvs(&director, &["clear"]);
    assert!(
        out.status.success(),
        "rvs clear failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let link = lab.sh(&director, "ip link show d0");
    assert!(
        !link.contains("xdp"),
        "XDP still attached after clear:\n{link}"
    );
    let after = request(&lab, &client, "gone");
    assert!(
        after.is_err(),
        "the VIP still balances after clear: {after:?}"
    );
    let ls = lab.rvs(&director, &["ls"]);
    assert!(
        !ls.status.success() && String::from_utf8_lossy(&ls.stderr).contains("nothing applied"),
        "rvs ls after clear: {}",
        String::from_utf8_lossy(&ls.stderr)
    );
    drop(pass);
}

const NAT_CONF: &str = "virtual_server 198.18.16.100 80 {
    lb_algo rr
    lb_kind NAT
    protocol TCP
    real_server 198.18.17.2 8080 {
        weight 1
    }
}
";

/// Two-armed NAT: clients on d0, the real server behind d1 (another subnet, the
/// director its gateway, no IP forwarding): `rvs apply --dev d0 --nat-dev d1`.
#[test]
fn apply_nat_with_the_reals_behind_another_interface() {
    let mut lab = Lab::new("applynat");
    let client = lab.ns("cl");
    let director = lab.ns("dir");
    let rs = lab.ns("rs");
    ok(&[
        "ip", "link", "add", "c0", "netns", &client, "type", "veth", "peer", "name", "d0", "netns",
        &director,
    ]);
    ok(&[
        "ip", "link", "add", "r0", "netns", &rs, "type", "veth", "peer", "name", "d1", "netns",
        &director,
    ]);
    lab.sh(
        &client,
        "ip addr add 198.18.16.1/24 dev c0; ip link set c0 up; \
         ethtool -K c0 tx off tso off gso off >/dev/null",
    );
    lab.sh(
        &director,
        "ip addr add 198.18.16.2/24 dev d0; ip addr add 198.18.16.100/32 dev d0; \
         ip addr add 198.18.17.1/24 dev d1; ip link set d0 up; ip link set d1 up",
    );
    lab.sh(
        &rs,
        "ip addr add 198.18.17.2/24 dev r0; ip link set r0 up; \
         ip route add default via 198.18.17.1; \
         ethtool -K r0 tx off tso off gso off >/dev/null",
    );
    let conf = lab.state.join("keepalived.conf");
    std::fs::create_dir_all(&lab.state).expect("creating the state directory");
    std::fs::write(&conf, NAT_CONF).expect("writing the configuration");

    // Redirected frames reach a veth's peer only if it runs XDP too.
    let mut pass = rvs_xdp::Balancer::open(&rvs_xdp::Options::default())
        .unwrap_or_else(|e| panic!("loading the XDP programs needs root with BPF: {e:?}"));
    for (ns, dev) in [(&client, "c0"), (&rs, "r0")] {
        lab.run_in(ns, || {
            pass.attach(rvs_xdp::Prog::Pass, dev, rvs_xdp::XdpMode::Driver)
                .unwrap_or_else(|e| panic!("attaching the pass-through program to {dev}: {e:?}"))
        });
    }

    let out = lab.rvs(
        &director,
        &[
            "apply",
            "-f",
            conf.to_str().expect("UTF-8 path"),
            "--dev",
            "d0",
            "--nat-dev",
            "d1",
        ],
    );
    assert!(
        out.status.success(),
        "rvs apply failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ls = lab.rvs(&director, &["ls"]);
    let text = String::from_utf8_lossy(&ls.stdout).into_owned();
    assert!(
        text.contains(
            "TCP  198.18.16.100:80 rr\n  -> 198.18.17.2:8080             Masq    1      "
        ),
        "rvs ls shows the NAT service:\n{text}{}",
        String::from_utf8_lossy(&ls.stderr)
    );

    let listener = lab.run_in(&rs, || {
        TcpListener::bind("0.0.0.0:8080").expect("binding port 8080 in the real server")
    });
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve(listener, &stop));
        let reply = request_to(&lab, &client, "198.18.16.100:80", "nat");
        stop.store(true, Ordering::Relaxed);
        assert_eq!(
            reply.expect("a NATed connection through the VIP"),
            "rs: nat"
        );
    });
    drop(pass);
}

/// Answers `NAME` to each connection while `up` is set, refusing connections (no
/// listener) while it is not; returns when `stop` is set. Bounded by the test.
fn serve_switchable(lab: &Lab, ns: &str, name: &str, up: &AtomicBool, stop: &AtomicBool) {
    let mut listener: Option<TcpListener> = None;
    while !stop.load(Ordering::Relaxed) {
        if up.load(Ordering::Relaxed) != listener.is_some() {
            listener = if up.load(Ordering::Relaxed) {
                let l = lab.run_in(ns, || TcpListener::bind("0.0.0.0:80"));
                let l = l.unwrap_or_else(|e| panic!("binding port 80 in {ns}: {e}"));
                l.set_nonblocking(true).expect("non-blocking listener");
                Some(l)
            } else {
                None
            };
        }
        match listener.as_ref().map(TcpListener::accept) {
            Some(Ok((mut s, _))) => {
                // Read the request first: closing with unread data would reset.
                let _ = s.set_nonblocking(false);
                let _ = s.set_read_timeout(Some(Duration::from_secs(3)));
                let _ = s.read_to_string(&mut String::new());
                let _ = s.write_all(name.as_bytes());
            }
            _ => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

const RUN_CONF: &str = "virtual_server 198.18.18.100 80 {
    lb_algo rr
    lb_kind DR
    protocol TCP
    delay_loop 1
    real_server 198.18.18.3 80 {
        TCP_CHECK {
            connect_timeout 1
            retry 0
        }
    }
    real_server 198.18.18.4 80 {
        TCP_CHECK {
            connect_timeout 1
            retry 0
        }
    }
}
";

/// Client, director and two real servers (198.18.18.3 and .4) on one bridge, DR, the
/// VIP 198.18.18.100 on the director and on the servers' lo; `conf` written to the
/// state directory. The returned balancer holds the pass-through program on the
/// director's bridge port.
struct DrPair {
    lab: Lab,
    client: String,
    director: String,
    rs: [String; 2],
    conf: PathBuf,
    _pass: rvs_xdp::Balancer,
}

fn dr_pair(tag: &str, conf_text: &str) -> DrPair {
    let mut lab = Lab::new(tag);
    let lan = lab.ns("lan");
    let client = lab.ns("cl");
    let director = lab.ns("dir");
    let rs = [lab.ns("rs1"), lab.ns("rs2")];
    for (ns, inner, outer) in [
        (&client, "c0", "lc"),
        (&director, "d0", "ld"),
        (&rs[0], "r0", "lr1"),
        (&rs[1], "r0", "lr2"),
    ] {
        ok(&[
            "ip", "link", "add", inner, "netns", ns, "type", "veth", "peer", "name", outer,
            "netns", &lan,
        ]);
    }
    lab.sh(
        &lan,
        "ip link add br0 type bridge; ip link set br0 up; \
         for p in lc ld lr1 lr2; do ip link set $p master br0 up; done",
    );
    lab.sh(
        &client,
        "ip addr add 198.18.18.1/24 dev c0; ip link set c0 up; \
         ethtool -K c0 tx off tso off gso off >/dev/null",
    );
    lab.sh(
        &director,
        "ip addr add 198.18.18.2/24 dev d0; ip addr add 198.18.18.100/32 dev d0; \
         ip link set d0 up",
    );
    for (ns, last) in [(&rs[0], 3), (&rs[1], 4)] {
        lab.sh(
            ns,
            &format!(
                "sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2; \
                 ip addr add 198.18.18.{last}/24 dev r0; ip addr add 198.18.18.100/32 dev lo; \
                 ip link set r0 up"
            ),
        );
    }
    let conf = lab.state.join("keepalived.conf");
    std::fs::create_dir_all(&lab.state).expect("creating the state directory");
    std::fs::write(&conf, conf_text).expect("writing the configuration");
    let mut pass = rvs_xdp::Balancer::open(&rvs_xdp::Options::default())
        .unwrap_or_else(|e| panic!("loading the XDP programs needs root with BPF: {e:?}"));
    lab.run_in(&lan, || {
        pass.attach(rvs_xdp::Prog::Pass, "ld", rvs_xdp::XdpMode::Driver)
            .expect("attaching the pass-through program to ld")
    });

    DrPair {
        lab,
        client,
        director,
        rs,
        conf,
        _pass: pass,
    }
}

const PAIR_VIP: &str = "198.18.18.100:80";

impl DrPair {
    /// `n` requests through the VIP, each on a new connection: the servers' names,
    /// or the error.
    fn ask(&self, n: usize) -> Vec<String> {
        (0..n)
            .map(|_| {
                request_to(&self.lab, &self.client, PAIR_VIP, "hi")
                    .unwrap_or_else(|e| format!("error: {e}"))
            })
            .collect()
    }

    /// The last address byte of each real server `rvs ls` lists.
    fn listed(&self) -> Vec<String> {
        let out = self.lab.rvs(&self.director, &["ls"]);
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.strip_prefix("  -> 198.18.18."))
            .filter_map(|l| l.split(':').next())
            .map(str::to_owned)
            .collect()
    }

    fn wait_for(&self, want: &[&str], within: Duration) -> bool {
        let start = std::time::Instant::now();
        while start.elapsed() < within {
            if self.listed() == want {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }

    /// `rvs run ARGS -f CONF --dev d0` in the director, stderr captured.
    fn spawn(&self, args: &[&str]) -> std::process::Child {
        let bpffs = self.lab.bpffs.to_str().expect("UTF-8 path");
        let state = self.lab.state.to_str().expect("UTF-8 path");
        let conf = self.conf.to_str().expect("UTF-8 path");
        Command::new("ip")
            .args([
                "netns",
                "exec",
                &self.director,
                env!("CARGO_BIN_EXE_rvs"),
                "run",
            ])
            .args(args)
            .args(["-f", conf, "--dev", "d0", "--instance", "t"])
            .args(["--bpffs", bpffs, "--state-dir", state])
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("starting rvs run")
    }
}

/// SIGTERM to `child` (`ip netns exec` execs rvs, so the child is rvs itself); its
/// stderr once it exited 0.
fn stop_with_term(child: std::process::Child) -> String {
    let pid = nix::unistd::Pid::from_raw(i32::try_from(child.id()).expect("pid"));
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM).expect("SIGTERM");
    let out = child.wait_with_output().expect("rvs run exits");
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "rvs run failed on SIGTERM:\n{log}");
    log
}

/// `rvs run -C`: the checkers take a real server out of the data plane when it stops
/// answering and put it back when it answers again; SIGTERM removes the data plane,
/// `-I` (keepalived's --dont-release-ipvs) leaves it forwarding.
#[test]
fn run_check_follows_the_real_servers_health() {
    let t = dr_pair("runc", RUN_CONF);
    let (lab, rs) = (&t.lab, &t.rs);
    let up = [AtomicBool::new(true), AtomicBool::new(true)];
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve_switchable(lab, &rs[0], "rs1", &up[0], &stop));
        s.spawn(|| serve_switchable(lab, &rs[1], "rs2", &up[1], &stop));
        let guard = StopOnDrop(&stop);
        let child = t.spawn(&["-C"]);
        assert!(
            t.wait_for(&["3", "4"], Duration::from_secs(5)),
            "both real servers go in at start (non-alpha)"
        );
        // rr keeps a cursor per CPU, so only "both answer" is certain.
        let mut answers = t.ask(6);
        answers.sort();
        answers.dedup();
        assert_eq!(answers, ["rs1", "rs2"], "rr over both");

        // rs2 refuses connections: its TCP_CHECK fails at the next check (delay_loop
        // 1 s, retry 0), and it leaves the table.
        up[1].store(false, Ordering::Relaxed);
        assert!(
            t.wait_for(&["3"], Duration::from_secs(4)),
            "rs2 leaves the table after its check fails"
        );
        assert_eq!(t.ask(4), ["rs1"; 4], "only rs1 gets new connections");
        up[1].store(true, Ordering::Relaxed);
        assert!(
            t.wait_for(&["3", "4"], Duration::from_secs(4)),
            "rs2 comes back after its check passes"
        );
        let log = stop_with_term(child);
        assert!(
            log.contains("change(s) applied"),
            "rvs logs its changes:\n{log}"
        );
        let link = lab.sh(&t.director, "ip link show d0");
        assert!(
            !link.contains("xdp"),
            "XDP still attached after SIGTERM:\n{link}"
        );
        assert!(
            request_to(lab, &t.client, PAIR_VIP, "x").is_err(),
            "nothing balances after SIGTERM"
        );

        // -I: the data plane outlives rvs.
        let child = t.spawn(&["-C", "-I"]);
        assert!(
            t.wait_for(&["3", "4"], Duration::from_secs(5)),
            "-I run starts"
        );
        let log = stop_with_term(child);
        assert!(log.contains("leaving the data plane"), "{log}");
        let mut answers = t.ask(4);
        answers.sort();
        answers.dedup();
        assert_eq!(answers, ["rs1", "rs2"], "still balanced after rvs left");
        drop(guard);
    });
}

/// Sets the flag when dropped, so server threads stop also when an assertion fails.
struct StopOnDrop<'a>(&'a AtomicBool);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// The children of process `pid` (from /proc).
fn children_of(pid: u32) -> Vec<u32> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .collect()
}

/// `rvs run`, the watchdog parent: a SIGKILLed checker child is started again. The
/// pinned data plane forwards meanwhile and the new child adopts it, so a request loop
/// running throughout sees no failure. SIGTERM stops the child and releases the plane.
#[test]
fn watchdog_restarts_a_killed_checker_child_without_failed_requests() {
    let t = dr_pair("wdog", RUN_CONF);
    let (lab, rs) = (&t.lab, &t.rs);
    let up = [AtomicBool::new(true), AtomicBool::new(true)];
    let stop = AtomicBool::new(false);
    let looping = AtomicBool::new(true);
    std::thread::scope(|s| {
        s.spawn(|| serve_switchable(lab, &rs[0], "rs1", &up[0], &stop));
        s.spawn(|| serve_switchable(lab, &rs[1], "rs2", &up[1], &stop));
        let guard = StopOnDrop(&stop);
        let parent = t.spawn(&[]);
        assert!(
            t.wait_for(&["3", "4"], Duration::from_secs(5)),
            "the checker child programs both real servers"
        );
        let first = children_of(parent.id());
        assert_eq!(first.len(), 1, "one child (no vrrp_instance): {first:?}");
        let requests = s.spawn(|| {
            let (mut ok, mut failed) = (0, Vec::new());
            // Bounded: stops when told, or after 3,000 requests.
            while looping.load(Ordering::Relaxed) && ok + failed.len() < 3_000 {
                match request_to(lab, &t.client, PAIR_VIP, "hi") {
                    Ok(r) if r.starts_with("rs") => ok += 1,
                    other => failed.push(format!("{other:?}")),
                }
            }
            (ok, failed)
        });
        std::thread::sleep(Duration::from_millis(300));
        let pid = nix::unistd::Pid::from_raw(i32::try_from(first[0]).expect("pid"));
        nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL).expect("SIGKILL");
        let start = std::time::Instant::now();
        let second = loop {
            let now = children_of(parent.id());
            if now.len() == 1 && now != first {
                break now;
            }
            assert!(
                start.elapsed() < Duration::from_secs(3),
                "no new checker child within 3 s: {now:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        std::thread::sleep(Duration::from_millis(700));
        assert_eq!(t.listed(), ["3", "4"], "the new child keeps both in");
        looping.store(false, Ordering::Relaxed);
        let (ok, failed) = requests.join().expect("request loop");
        assert!(
            failed.is_empty() && ok > 10,
            "{ok} requests answered, {} failed across the restart: {failed:?}",
            failed.len()
        );
        let log = stop_with_term(parent);
        assert!(
            log.matches("checker child started").count() == 2
                && log.contains("checker child exited"),
            "the parent logs the death and the restart:\n{log}"
        );
        assert!(
            children_of(second[0]).is_empty()
                && !Path::new(&format!("/proc/{}", second[0])).exists(),
            "the child is gone after the parent stopped"
        );
        let link = lab.sh(&t.director, "ip link show d0");
        assert!(
            !link.contains("xdp"),
            "XDP still attached after SIGTERM:\n{link}"
        );
        drop(guard);
    });
}

/// SIGHUP reloads `rvs run -C`: an edited configuration takes effect without a
/// restart; one with errors is refused and the running table stays.
#[test]
fn run_check_reloads_on_sighup_and_refuses_a_broken_configuration() {
    let t = dr_pair("hup", RUN_CONF);
    let (lab, rs) = (&t.lab, &t.rs);
    let up = [AtomicBool::new(true), AtomicBool::new(true)];
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve_switchable(lab, &rs[0], "rs1", &up[0], &stop));
        s.spawn(|| serve_switchable(lab, &rs[1], "rs2", &up[1], &stop));
        let guard = StopOnDrop(&stop);
        let child = t.spawn(&["-C"]);
        assert!(t.wait_for(&["3", "4"], Duration::from_secs(5)), "start");
        let pid = nix::unistd::Pid::from_raw(i32::try_from(child.id()).expect("pid"));
        let hup = || nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGHUP).expect("SIGHUP");

        // rs1 leaves the configuration.
        let without_rs1 = RUN_CONF.replacen(
            "real_server 198.18.18.3 80 {\n        TCP_CHECK {\n            connect_timeout 1\n            retry 0\n        }\n    }\n",
            "",
            1,
        );
        assert_ne!(without_rs1, RUN_CONF, "the edit applies");
        std::fs::write(&t.conf, &without_rs1).expect("rewriting the configuration");
        hup();
        assert!(
            t.wait_for(&["4"], Duration::from_secs(3)),
            "rs1 gone after SIGHUP"
        );
        assert_eq!(t.ask(3), ["rs2"; 3]);

        // A broken file changes nothing.
        std::fs::write(
            &t.conf,
            "virtual_server 198.18.18.100 80 {\n lb_algo nope\n",
        )
        .expect("rewriting the configuration");
        hup();
        std::thread::sleep(Duration::from_millis(700));
        assert_eq!(t.listed(), ["4"], "the running table stays");
        assert_eq!(t.ask(2), ["rs2"; 2]);

        // Back to both.
        std::fs::write(&t.conf, RUN_CONF).expect("rewriting the configuration");
        hup();
        assert!(
            t.wait_for(&["3", "4"], Duration::from_secs(3)),
            "rs1 back after SIGHUP"
        );
        let log = stop_with_term(child);
        assert!(
            log.contains("reload refused, the running configuration stays"),
            "the refusal is logged:\n{log}"
        );
        drop(guard);
    });
}

/// `ha_suspend`: while the VIP is not on the director, its checkers do not run (a
/// dead real server stays in); once the VIP is added, they run and remove it.
#[test]
fn run_check_suspends_checks_while_the_vip_is_elsewhere() {
    let conf = RUN_CONF.replace("    delay_loop 1\n", "    delay_loop 1\n    ha_suspend\n");
    let t = dr_pair("susp", &conf);
    let (lab, rs) = (&t.lab, &t.rs);
    lab.sh(&t.director, "ip addr del 198.18.18.100/32 dev d0");
    let up = [AtomicBool::new(true), AtomicBool::new(false)];
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve_switchable(lab, &rs[0], "rs1", &up[0], &stop));
        s.spawn(|| serve_switchable(lab, &rs[1], "rs2", &up[1], &stop));
        let guard = StopOnDrop(&stop);
        let child = t.spawn(&["-C"]);
        assert!(t.wait_for(&["3", "4"], Duration::from_secs(5)), "start");
        std::thread::sleep(Duration::from_secs(3));
        assert_eq!(t.listed(), ["3", "4"], "no check ran while the VIP is away");
        lab.sh(&t.director, "ip addr add 198.18.18.100/32 dev d0");
        assert!(
            t.wait_for(&["3"], Duration::from_secs(4)),
            "the dead rs2 is removed once the VIP is here"
        );
        stop_with_term(child);
        drop(guard);
    });
}

/// The (address, weight) pairs `rvs ls` lists, last address byte only.
fn listed_weights(t: &DrPair) -> Vec<(String, String)> {
    let out = t.lab.rvs(&t.director, &["ls"]);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("  -> 198.18.18."))
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let host = f.next()?.split(':').next()?.to_owned();
            Some((host, f.nth(1)?.to_owned()))
        })
        .collect()
}

/// What keepalived's checker does to the IPVS table, seen in the XDP table:
/// `inhibit_on_failure` keeps a failed real at weight 0, and when no real is left
/// the `sorry_server` takes the service until one comes back.
#[test]
fn run_check_inhibits_and_falls_back_to_the_sorry_server() {
    let conf = "virtual_server 198.18.18.100 80 {
    lb_algo rr
    lb_kind DR
    protocol TCP
    delay_loop 1
    sorry_server 198.18.18.4 80
    real_server 198.18.18.3 80 {
        weight 2
        inhibit_on_failure
        TCP_CHECK {
            connect_timeout 1
            retry 0
        }
    }
}
";
    let t = dr_pair("sorry", conf);
    let (lab, rs) = (&t.lab, &t.rs);
    let up = [AtomicBool::new(true), AtomicBool::new(true)];
    let stop = AtomicBool::new(false);
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, w)| ((*a).to_owned(), (*w).to_owned()))
            .collect()
    };
    let wait = |want: Vec<(String, String)>| {
        let start = std::time::Instant::now();
        while start.elapsed() < Duration::from_secs(4) {
            if listed_weights(&t) == want {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    };
    std::thread::scope(|s| {
        s.spawn(|| serve_switchable(lab, &rs[0], "rs1", &up[0], &stop));
        s.spawn(|| serve_switchable(lab, &rs[1], "sorry", &up[1], &stop));
        let guard = StopOnDrop(&stop);
        let child = t.spawn(&["-C"]);
        assert!(
            wait(pairs(&[("3", "2")])),
            "the real alone at start: {:?}",
            listed_weights(&t)
        );
        up[0].store(false, Ordering::Relaxed);
        assert!(
            wait(pairs(&[("3", "0"), ("4", "1")])),
            "inhibited at weight 0, sorry server in: {:?}",
            listed_weights(&t)
        );
        assert_eq!(t.ask(3), ["sorry"; 3], "the sorry server answers");
        up[0].store(true, Ordering::Relaxed);
        assert!(
            wait(pairs(&[("3", "2")])),
            "back to the real, sorry server out: {:?}",
            listed_weights(&t)
        );
        assert_eq!(t.ask(2), ["rs1"; 2]);
        stop_with_term(child);
        drop(guard);
    });
}
