//! HTTP requests per second from a client namespace through the VIP, four ways in
//! the same run: rvs's XDP data plane in DR mode (`rvs apply`), the ceiling (the
//! same client spreading the same load over the three real servers directly),
//! HAProxy in TCP mode on the director, and nftables DNAT (`numgen inc mod 3`) on
//! the director. Each way is measured with keep-alive connections and with one
//! request per connection (`Connection: close`), in rounds whose order alternates.
//!
//! Run (as root): `cargo bench -p rvs --bench http_through_vip`. Needs BPF,
//! iproute2, ethtool, nftables, haproxy, nginx-light, wrk and GNU time
//! (`scripts/setup.sh --bench`). Knobs: `RVS_BENCH_SECS` (per case, default 10),
//! `RVS_BENCH_ROUNDS` (default 2), `RVS_BENCH_CONNS` (per wrk process, default 32),
//! `RVS_BENCH_CASES` (some of `ceiling,rvs,rvs-generic,haproxy,nft`), `RVS_BENCH_MODES`
//! (some of `keepalive,close`), e.g. to profile one case with `perf record -a`, and
//! `RVS_BENCH_WIRE` (`bridge`, the default, or `macvlan`: what stands for the switch).
//!
//! ```text
//!  client ns                 lan ns: bridge br0             director ns: d0
//!  c0 198.18.40.1x ─ lc ──┬── br0 ──┬── ld ───────────── 198.18.40.2, 198.18.41.2,
//!                         │         │                    VIP 198.18.40.100
//!                        l1        l2, l3
//!                         └── rs1 ns: r0 198.18.41.11, VIP on lo (arp_ignore), nginx
//!                             (rs2 .12, rs3 .13 alike)
//! ```
//!
//! The client has one source address per case (.11 to .14). Client and real
//! servers share the LAN but not a subnet. For DR, HAProxy and
//! the ceiling the real servers reach the client's subnet directly; for DNAT
//! their route to it goes through the director, which un-NATs the replies.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const VIP: &str = "198.18.40.100";
const REALS: [&str; 3] = ["198.18.41.11", "198.18.41.12", "198.18.41.13"];
/// Bench namespaces are `rvs-t-<pid>-TAG-<role>`; leftovers of a killed run are
/// found by this tag and a dead pid.
const TAG: &str = "hb";

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

/// Namespaces, a bpffs mount, a scratch directory and the servers started in
/// them, all removed on drop (also when the bench panics).
struct Lab {
    prefix: String,
    namespaces: Vec<String>,
    bpffs: PathBuf,
    dir: PathBuf,
    servers: Vec<Child>,
}

impl Lab {
    fn new() -> Lab {
        let prefix = format!("rvs-t-{}-{TAG}", std::process::id());
        let tmp = std::env::temp_dir();
        let lab = Lab {
            bpffs: tmp.join(format!("{prefix}-bpffs")),
            dir: tmp.join(format!("{prefix}-dir")),
            prefix,
            namespaces: Vec::new(),
            servers: Vec::new(),
        };
        for d in [&lab.bpffs, &lab.dir] {
            std::fs::create_dir_all(d).unwrap_or_else(|e| panic!("creating {}: {e}", d.display()));
        }
        ok(&["mount", "-t", "bpf", "bpf", path_str(&lab.bpffs)]);
        lab
    }

    fn ns(&mut self, role: &str) -> String {
        let name = format!("{}-{role}", self.prefix);
        ok(&["ip", "netns", "add", &name]);
        self.namespaces.push(name.clone());
        // Before any interface exists, so that new ones inherit it: replies in
        // this lab may come in on another subnet than the one they leave by.
        self.sh(
            &name,
            "ip link set lo up; \
             sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0 \
             net.ipv4.ip_local_port_range='1024 65535' net.ipv4.tcp_tw_reuse=1 \
             net.core.somaxconn=4096",
        );
        name
    }

    fn sh(&self, ns: &str, script: &str) -> String {
        ok(&["ip", "netns", "exec", ns, "sh", "-ec", script])
    }

    /// Starts a long-running server in `ns`; returns its pid.
    fn spawn(&mut self, ns: &str, argv: &[&str]) -> u32 {
        let child = Command::new("ip")
            .args(["netns", "exec", ns])
            .args(argv)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {argv:?} in {ns}: {e}"));
        let pid = child.id();
        self.servers.push(child);
        pid
    }

    fn stop(&mut self, pid: u32) {
        if let Some(i) = self.servers.iter().position(|c| c.id() == pid) {
            let mut c = self.servers.swap_remove(i);
            let _ = c.kill();
            let _ = c.wait();
        }
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

    fn rvs(&self, ns: &str, args: &[&str]) -> String {
        let mut argv = vec!["ip", "netns", "exec", ns, env!("CARGO_BIN_EXE_rvs")];
        argv.extend_from_slice(args);
        argv.extend_from_slice(&[
            "--instance",
            TAG,
            "--bpffs",
            path_str(&self.bpffs),
            "--state-dir",
            path_str(&self.dir),
        ]);
        let out = run(&argv);
        assert!(
            out.status.success(),
            "rvs {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        for c in &mut self.servers {
            let _ = c.kill();
            let _ = c.wait();
        }
        for ns in self.namespaces.iter().rev() {
            let _ = Command::new("ip").args(["netns", "del", ns]).status();
        }
        let _ = Command::new("umount").arg(&self.bpffs).status();
        let _ = std::fs::remove_dir(&self.bpffs);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("the temporary directory's path is UTF-8")
}

/// Removes what a killed earlier run of this bench left: the servers in its
/// namespaces, the namespaces, its bpffs mount and its scratch directory,
/// recognised by the tag and a pid that no longer runs.
fn sweep_leftovers() {
    let dead = |name: &str| -> bool {
        let Some(rest) = name.strip_prefix("rvs-t-") else {
            return false;
        };
        let Some((pid, tail)) = rest.split_once('-') else {
            return false;
        };
        tail.starts_with(&format!("{TAG}-"))
            && pid.parse::<u32>().is_ok()
            && !Path::new("/proc").join(pid).exists()
    };
    for line in ok(&["ip", "netns", "list"]).lines() {
        let name = line.split_whitespace().next().unwrap_or("");
        if dead(name) {
            // The servers that run kept the namespace alive after its name goes.
            let pids = run(&["ip", "netns", "pids", name]);
            for pid in String::from_utf8_lossy(&pids.stdout).split_whitespace() {
                let _ = Command::new("kill").args(["-KILL", pid]).status();
            }
            let _ = Command::new("ip").args(["netns", "del", name]).status();
        }
    }
    let mounts = std::fs::read_to_string("/proc/self/mounts").unwrap_or_default();
    for point in mounts.lines().filter_map(|l| l.split_whitespace().nth(1)) {
        let base = Path::new(point).file_name().and_then(|n| n.to_str());
        if base.is_some_and(dead) {
            let _ = Command::new("umount").arg(point).status();
        }
    }
    // The bpffs mount point (now unmounted) and the scratch directory.
    let tmp = std::env::temp_dir();
    if let Ok(entries) = std::fs::read_dir(&tmp) {
        for e in entries.flatten() {
            if e.file_name().to_str().is_some_and(dead) {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
}

/// What stands for the switch between the namespaces (`RVS_BENCH_WIRE`).
#[derive(Clone, Copy, PartialEq)]
enum Wire {
    /// veth pairs on a Linux bridge: native XDP works on veth.
    Bridge,
    /// macvlan ports in bridge mode on one parent: generic XDP only.
    Macvlan,
}

impl Wire {
    fn from_env() -> Wire {
        match std::env::var("RVS_BENCH_WIRE").as_deref() {
            Err(_) | Ok("bridge") => Wire::Bridge,
            Ok("macvlan") => Wire::Macvlan,
            Ok(other) => panic!("RVS_BENCH_WIRE={other:?}: say bridge or macvlan"),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Wire::Bridge => "veth pairs on a Linux bridge",
            Wire::Macvlan => "macvlan ports in bridge mode",
        }
    }
}

struct Topo {
    lan: String,
    client: String,
    director: String,
    reals: Vec<String>,
}

fn build(lab: &mut Lab, wire: Wire) -> Topo {
    let lan = lab.ns("lan");
    let client = lab.ns("cl");
    let director = lab.ns("dir");
    let reals: Vec<String> = (1..=REALS.len())
        .map(|i| lab.ns(&format!("rs{i}")))
        .collect();
    let mut ports = vec![
        (client.as_str(), "c0", "lc"),
        (director.as_str(), "d0", "ld"),
    ];
    let outer: Vec<String> = (1..=REALS.len()).map(|i| format!("l{i}")).collect();
    for (ns, o) in reals.iter().zip(&outer) {
        ports.push((ns.as_str(), "r0", o.as_str()));
    }
    match wire {
        Wire::Bridge => {
            for (ns, inner, outer) in &ports {
                ok(&[
                    "ip", "link", "add", inner, "netns", ns, "type", "veth", "peer", "name", outer,
                    "netns", &lan,
                ]);
            }
            // The bridge stands for a switch: with br_netfilter loaded (container hosts
            // load it) it would also run the IP hooks on every frame, and DR crosses it
            // twice.
            let mut bridge = String::from(
                "if [ -e /proc/sys/net/bridge ]; then sysctl -qw \
                 net.bridge.bridge-nf-call-iptables=0 net.bridge.bridge-nf-call-ip6tables=0 \
                 net.bridge.bridge-nf-call-arptables=0; fi; \
                 ip link add br0 type bridge; ip link set br0 up;",
            );
            for (_, _, outer) in &ports {
                let _ = write!(bridge, " ip link set {outer} master br0 up;");
            }
            lab.sh(&lan, &bridge);
        }
        Wire::Macvlan => {
            // macvlan in bridge mode switches between the ports of one parent (a veth
            // that carries nothing) by destination MAC, with no bridge code and no
            // netfilter hook: a cheaper stand-in for the switch.
            let mut script = String::from(
                "ip link add p0 type veth peer name p1; ip link set p1 up; ip link set p0 up;",
            );
            for (ns, inner, _) in &ports {
                let _ = write!(
                    script,
                    " ip link add link p0 name {inner} netns {ns} type macvlan mode bridge;"
                );
            }
            lab.sh(&lan, &script);
        }
    }
    // Frames XDP sends lose their checksum offload state: the client sends full
    // checksums in every case, so that all four carry the same client cost.
    let mut script = String::new();
    for case in Case::ALL {
        let _ = write!(script, "ip addr add {}/24 dev c0; ", case.client());
    }
    lab.sh(
        &client,
        &format!(
            "{script}ip link set c0 up; ethtool -K c0 tx off tso off gso off >/dev/null; \
             ip route add 198.18.41.0/24 dev c0"
        ),
    );
    // Forwarding serves the DNAT case; redirects would tell the real servers to
    // bypass the director that must un-NAT their replies.
    lab.sh(
        &director,
        &format!(
            "sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.all.send_redirects=0 \
             net.ipv4.conf.default.send_redirects=0; \
             ip addr add 198.18.40.2/24 dev d0; ip addr add 198.18.41.2/24 dev d0; \
             ip addr add {VIP}/32 dev d0; ip link set d0 up"
        ),
    );
    for (ns, addr) in reals.iter().zip(REALS) {
        lab.sh(
            ns,
            &format!(
                "sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2 \
                 net.ipv4.conf.all.accept_redirects=0; \
                 ip addr add {addr}/24 dev r0; ip addr add {VIP}/32 dev lo; ip link set r0 up; \
                 ip route add 198.18.40.0/24 dev r0"
            ),
        );
    }
    Topo {
        lan,
        client,
        director,
        reals,
    }
}

/// One nginx per real server, a single process answering a 4-byte body.
fn start_nginx(lab: &mut Lab, topo: &Topo) -> Vec<u32> {
    let mut pids = Vec::new();
    for (i, ns) in topo.reals.iter().enumerate() {
        let dir = lab.dir.join(format!("rs{}", i + 1));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
        let d = path_str(&dir);
        let conf = format!(
            "daemon off;\nmaster_process off;\nworker_processes 1;\npid {d}/nginx.pid;\n\
             error_log {d}/error.log warn;\nevents {{ worker_connections 4096; }}\n\
             http {{\n  access_log off;\n  client_body_temp_path {d};\n  proxy_temp_path {d};\n\
             \x20 fastcgi_temp_path {d};\n  uwsgi_temp_path {d};\n  scgi_temp_path {d};\n\
             \x20 keepalive_requests 10000000;\n  keepalive_timeout 60s;\n\
             \x20 server {{\n    listen 80 backlog=4096;\n    default_type text/plain;\n\
             \x20   location / {{ return 200 \"rs{}\\n\"; }}\n  }}\n}}\n",
            i + 1
        );
        let file = dir.join("nginx.conf");
        std::fs::write(&file, conf).unwrap_or_else(|e| panic!("writing {}: {e}", file.display()));
        pids.push(lab.spawn(ns, &["nginx", "-c", path_str(&file), "-p", d]));
    }
    pids
}

/// One HTTP/1.0 GET from the client namespace; the body on a 200.
fn get(lab: &Lab, ns: &str, to: SocketAddr) -> std::io::Result<String> {
    lab.run_in(ns, || {
        let mut s = TcpStream::connect_timeout(&to, Duration::from_secs(2))?;
        s.set_read_timeout(Some(Duration::from_secs(2)))?;
        s.write_all(b"GET / HTTP/1.0\r\nHost: bench\r\n\r\n")?;
        let mut reply = String::new();
        s.read_to_string(&mut reply)?;
        match reply.split_once("\r\n\r\n") {
            Some((head, body)) if head.starts_with("HTTP/1.1 200") => Ok(body.to_owned()),
            _ => Err(std::io::Error::other(format!("not a 200: {reply:?}"))),
        }
    })
}

/// Every real server answers through `targets` (retried while a proxy starts):
/// the case measures the path it names, nothing else could answer on the VIP.
fn probe(lab: &Lab, topo: &Topo, case: Case, targets: &[String]) {
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut seen = Vec::new();
    let mut i = 0;
    while seen.len() < REALS.len() {
        let to: SocketAddr = format!("{}:80", targets[i % targets.len()])
            .parse()
            .expect("target literal");
        match get(lab, &topo.client, to) {
            Ok(body) => {
                if !seen.contains(&body) {
                    seen.push(body);
                }
            }
            Err(e) => {
                assert!(
                    Instant::now() < deadline,
                    "{}: no answer through {to}: {e}",
                    case.name()
                );
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        i += 1;
        assert!(
            i < 100,
            "{}: only {seen:?} answered through {targets:?}",
            case.name()
        );
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Case {
    Ceiling,
    Rvs,
    /// rvs with `--xdp-mode generic`: XDP on the skb, no veth XDP path.
    RvsGeneric,
    Haproxy,
    Nft,
}

impl Case {
    const ALL: [Case; 5] = [
        Case::Ceiling,
        Case::Rvs,
        Case::RvsGeneric,
        Case::Haproxy,
        Case::Nft,
    ];

    /// The client's source address in this case. A real server keeps a closed
    /// connection in TIME_WAIT for a minute; the same client port reused by the
    /// next case, whose timestamps start elsewhere, would have its SYN dropped
    /// (PAWS) when that case reaches the server with the same addresses (DNAT
    /// after the ceiling does).
    fn client(self) -> &'static str {
        match self {
            Case::Ceiling => "198.18.40.11",
            Case::Rvs => "198.18.40.12",
            Case::RvsGeneric => "198.18.40.15",
            Case::Haproxy => "198.18.40.13",
            Case::Nft => "198.18.40.14",
        }
    }

    /// The case's name in `RVS_BENCH_CASES`.
    fn key(self) -> &'static str {
        match self {
            Case::Ceiling => "ceiling",
            Case::Rvs => "rvs",
            Case::RvsGeneric => "rvs-generic",
            Case::Haproxy => "haproxy",
            Case::Nft => "nft",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Case::Ceiling => "ceiling (RS directly)",
            Case::Rvs => "rvs XDP DR",
            Case::RvsGeneric => "rvs XDP DR generic",
            Case::Haproxy => "HAProxy TCP",
            Case::Nft => "nftables DNAT",
        }
    }
}

#[derive(Clone, Copy)]
enum Mode {
    KeepAlive,
    Close,
}

impl Mode {
    /// The mode's name in `RVS_BENCH_MODES`.
    fn key(self) -> &'static str {
        match self {
            Mode::KeepAlive => "keepalive",
            Mode::Close => "close",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Mode::KeepAlive => "keep-alive",
            Mode::Close => "new connection per request",
        }
    }
}

const DR_CONF: &str = "virtual_server 198.18.40.100 80 {
    lb_algo rr
    lb_kind DR
    protocol TCP
    real_server 198.18.41.11 80 {
        weight 1
    }
    real_server 198.18.41.12 80 {
        weight 1
    }
    real_server 198.18.41.13 80 {
        weight 1
    }
}
";

const NFT: &str = "table ip rvs_bench {
    chain pre {
        type nat hook prerouting priority dstnat; policy accept;
        ip daddr 198.18.40.100 tcp dport 80 dnat to numgen inc mod 3 map { 0 : 198.18.41.11, 1 : 198.18.41.12, 2 : 198.18.41.13 }
    }
}
";

fn haproxy_conf() -> String {
    let mut c = format!(
        "global\n  maxconn 8000\ndefaults\n  mode tcp\n  timeout connect 2s\n  \
         timeout client 30s\n  timeout server 30s\nfrontend vip\n  bind {VIP}:80\n  \
         default_backend reals\nbackend reals\n  balance roundrobin\n"
    );
    for (i, r) in REALS.iter().enumerate() {
        let _ = writeln!(c, "  server rs{} {r}:80", i + 1);
    }
    c
}

/// What a case puts on the director, and takes off afterwards.
struct Director {
    /// Holds the pass-through program on d0's peer while DR runs.
    pass: rvs_xdp::Balancer,
    conf: PathBuf,
    haproxy_conf: PathBuf,
    nft: PathBuf,
    haproxy: Option<u32>,
}

impl Director {
    fn new(lab: &Lab) -> Director {
        let write = |name: &str, text: &str| {
            let p = lab.dir.join(name);
            std::fs::write(&p, text).unwrap_or_else(|e| panic!("writing {}: {e}", p.display()));
            p
        };
        Director {
            pass: rvs_xdp::Balancer::open(&rvs_xdp::Options::default())
                .unwrap_or_else(|e| panic!("loading the XDP programs needs root with BPF: {e:?}")),
            conf: write("keepalived.conf", DR_CONF),
            haproxy_conf: write("haproxy.cfg", &haproxy_conf()),
            nft: write("dnat.nft", NFT),
            haproxy: None,
        }
    }

    /// `rvs apply` of the DR configuration on d0 in XDP mode `mode`.
    fn apply(&self, lab: &Lab, topo: &Topo, mode: &str) {
        let conf = path_str(&self.conf);
        let args = ["apply", "-f", conf, "--dev", "d0", "--xdp-mode", mode];
        lab.rvs(&topo.director, &args);
    }

    /// Sets `case` up; returns the URLs hosts the three wrk processes load.
    fn enter(&mut self, lab: &mut Lab, topo: &Topo, case: Case) -> Vec<String> {
        let route = if case == Case::Nft {
            "via 198.18.41.2"
        } else {
            "dev r0"
        };
        for ns in &topo.reals {
            lab.sh(ns, &format!("ip route replace 198.18.40.0/24 {route}"));
        }
        let src = case.client();
        lab.sh(
            &topo.client,
            &format!(
                "ip route replace 198.18.40.0/24 dev c0 src {src}; \
                 ip route replace 198.18.41.0/24 dev c0 src {src}"
            ),
        );
        match case {
            Case::Ceiling => {}
            Case::Rvs => {
                // veth drops what XDP_TX sends unless the peer runs XDP too.
                lab.run_in(&topo.lan, || {
                    self.pass
                        .attach(rvs_xdp::Prog::Pass, "ld", rvs_xdp::XdpMode::Driver)
                        .unwrap_or_else(|e| panic!("attaching the pass-through program: {e:?}"))
                });
                self.apply(lab, topo, "native");
            }
            Case::RvsGeneric => self.apply(lab, topo, "generic"),
            Case::Haproxy => {
                let pid = lab.spawn(
                    &topo.director,
                    &["haproxy", "-db", "-f", path_str(&self.haproxy_conf)],
                );
                self.haproxy = Some(pid);
            }
            Case::Nft => {
                lab.sh(&topo.director, &format!("nft -f {}", path_str(&self.nft)));
            }
        }
        let targets: Vec<String> = if case == Case::Ceiling {
            REALS.iter().map(|r| (*r).to_owned()).collect()
        } else {
            vec![VIP.to_owned(); REALS.len()]
        };
        probe(lab, topo, case, &targets);
        targets
    }

    fn leave(&mut self, lab: &mut Lab, topo: &Topo, case: Case) {
        match case {
            Case::Ceiling => {}
            Case::Rvs | Case::RvsGeneric => {
                let pins = rvs_xdp::Options {
                    pin_dir: Some(lab.bpffs.join("rvs").join(TAG)),
                    ..rvs_xdp::Options::default()
                };
                let mut plane = rvs_xdp::Balancer::open(&pins)
                    .unwrap_or_else(|e| panic!("adopting rvs's pinned data plane: {e:?}"));
                plane
                    .detach(rvs_xdp::Prog::Balancer, "d0")
                    .unwrap_or_else(|e| panic!("detaching rvs from d0: {e:?}"));
                if case == Case::Rvs {
                    self.pass
                        .detach(rvs_xdp::Prog::Pass, "ld")
                        .unwrap_or_else(|e| panic!("detaching the pass-through program: {e:?}"));
                }
            }
            Case::Haproxy => {
                if let Some(pid) = self.haproxy.take() {
                    lab.stop(pid);
                }
            }
            Case::Nft => {
                lab.sh(&topo.director, "nft delete table ip rvs_bench");
            }
        }
    }
}

/// CPU time in seconds of processes, from /proc/PID/stat (utime + stime).
fn cpu_of(pids: &[u32]) -> f64 {
    pids.iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/stat")).ok())
        .filter_map(|s| {
            let rest = s.rsplit_once(')')?.1;
            let f: Vec<u64> = rest
                .split_whitespace()
                .skip(11)
                .take(2)
                .filter_map(|w| w.parse().ok())
                .collect();
            Some(f.iter().sum::<u64>() as f64 / USER_HZ)
        })
        .sum()
}

/// /proc's clock tick: 100 on every architecture Linux exports to user space.
const USER_HZ: f64 = 100.0;

/// The machine's CPU ticks from /proc/stat: user+nice, system, irq+softirq, idle+iowait.
#[derive(Clone, Copy, Default)]
struct Ticks([u64; 4]);

impl Ticks {
    fn now() -> Ticks {
        let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
        let f: Vec<u64> = text
            .lines()
            .next()
            .unwrap_or("")
            .split_whitespace()
            .skip(1)
            .filter_map(|w| w.parse().ok())
            .collect();
        let g = |i: usize| f.get(i).copied().unwrap_or(0);
        Ticks([g(0) + g(1), g(2), g(5) + g(6), g(3) + g(4)])
    }

    /// Shares of `self - before`, in percent.
    fn split_since(self, before: Ticks) -> [f64; 4] {
        let d: Vec<f64> = (0..4)
            .map(|i| self.0[i].saturating_sub(before.0[i]) as f64)
            .collect();
        let total: f64 = d.iter().sum::<f64>().max(1.0);
        [0, 1, 2, 3].map(|i| 100.0 * d[i] / total)
    }
}

/// The kernel's softirq threads: network work the test causes that is not run in
/// the context of one of its processes lands there.
fn softirq_threads() -> Vec<u32> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .is_ok_and(|c| c.starts_with("ksoftirqd/"))
        })
        .collect()
}

/// The processes whose CPU time a case costs, besides wrk.
struct Watched {
    nginx: Vec<u32>,
    haproxy: Option<u32>,
    softirqd: Vec<u32>,
}

impl Watched {
    /// CPU seconds so far of nginx, haproxy and the softirq threads.
    fn cpu(&self) -> [f64; 3] {
        [
            cpu_of(&self.nginx),
            cpu_of(&self.haproxy.into_iter().collect::<Vec<_>>()),
            cpu_of(&self.softirqd),
        ]
    }
}

struct Sample {
    rps: f64,
    errors: u64,
    /// Cores busy (CPU seconds per second of wall time): wrk, nginx, haproxy,
    /// ksoftirqd. Softirq work done while one of these processes runs is in its
    /// own figure (the kernel accounts CPU time by tick).
    cores: [f64; 4],
    machine: [f64; 4],
}

impl Sample {
    /// Requests per CPU-second that the test's processes and the softirq threads
    /// spent: what the request rate would be per core on a machine where they
    /// had every core to themselves.
    fn per_cpu(&self) -> f64 {
        self.rps / self.cores.iter().sum::<f64>().max(1e-9)
    }
}

struct WrkResult {
    rps: f64,
    errors: u64,
    cpu: f64,
}

fn parse_wrk(out: &str, times: &str) -> WrkResult {
    let rps = out
        .lines()
        .find_map(|l| l.trim().strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no Requests/sec in wrk's output:\n{out}"));
    let numbers = |l: &str| -> u64 {
        l.split(|c: char| !c.is_ascii_digit())
            .filter_map(|w| w.parse::<u64>().ok())
            .sum()
    };
    let errors = out
        .lines()
        .filter(|l| l.contains("Socket errors:") || l.contains("Non-2xx"))
        .map(numbers)
        .sum();
    // GNU time may put "Command exited with non-zero status N" first.
    let cpu = times
        .lines()
        .next_back()
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|w| w.parse::<f64>().ok())
        .sum();
    WrkResult { rps, errors, cpu }
}

struct Load {
    secs: u64,
    conns: u32,
}

fn measure(
    lab: &Lab,
    topo: &Topo,
    load: &Load,
    mode: Mode,
    targets: &[String],
    watched: &Watched,
) -> Sample {
    let conns = load.conns.to_string();
    let duration = format!("{}s", load.secs);
    let (ticks, before) = (Ticks::now(), watched.cpu());
    let start = Instant::now();
    let runs: Vec<(Child, PathBuf)> = targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let times = lab.dir.join(format!("wrk{i}.time"));
            let url = format!("http://{t}/");
            let mut argv = vec![
                "netns",
                "exec",
                &topo.client,
                "/usr/bin/time",
                "-f",
                "%U %S",
                "-o",
                path_str(&times),
                "wrk",
                "-t1",
                "-c",
                &conns,
                "-d",
                &duration,
                "--timeout",
                "2s",
            ];
            if let Mode::Close = mode {
                argv.extend_from_slice(&["-H", "Connection: close"]);
            }
            argv.push(&url);
            let child = Command::new("ip")
                .args(&argv)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start wrk: {e}"));
            (child, times)
        })
        .collect();
    let mut results = Vec::new();
    for (child, times) in runs {
        let out = child
            .wait_with_output()
            .unwrap_or_else(|e| panic!("waiting for wrk: {e}"));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "wrk failed: {stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let t = std::fs::read_to_string(&times).unwrap_or_default();
        results.push(parse_wrk(&stdout, &t));
    }
    let wall = start.elapsed().as_secs_f64();
    let after = watched.cpu();
    Sample {
        rps: results.iter().map(|r| r.rps).sum(),
        errors: results.iter().map(|r| r.errors).sum(),
        cores: [
            results.iter().map(|r| r.cpu).sum::<f64>() / wall,
            (after[0] - before[0]) / wall,
            (after[1] - before[1]) / wall,
            (after[2] - before[2]) / wall,
        ],
        machine: Ticks::now().split_since(ticks),
    }
}

fn env_or(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(v) => v
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a whole number")),
        Err(_) => default,
    }
}

/// Whether the comma-separated list in `var` names `key`; all are when it is unset.
fn selected(var: &str, key: &str) -> bool {
    std::env::var(var).map_or(true, |v| v.split(',').any(|k| k.trim() == key))
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len().max(1) as f64
}

fn main() {
    for (tool, arg) in [
        ("wrk", "-v"),
        ("nginx", "-v"),
        ("haproxy", "-v"),
        ("nft", "-v"),
        ("ethtool", "--version"),
        ("/usr/bin/time", "--version"),
    ] {
        let runs = Command::new(tool)
            .arg(arg)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok();
        assert!(
            runs,
            "{tool} is not installed: run scripts/setup.sh as root"
        );
    }
    assert!(
        nix::unistd::geteuid().is_root(),
        "this bench needs root (namespaces, BPF)"
    );
    let load = Load {
        secs: env_or("RVS_BENCH_SECS", 10),
        conns: u32::try_from(env_or("RVS_BENCH_CONNS", 32)).expect("RVS_BENCH_CONNS fits u32"),
    };
    let rounds = env_or("RVS_BENCH_ROUNDS", 2) as usize;

    sweep_leftovers();
    let mut lab = Lab::new();
    let wire = Wire::from_env();
    let topo = build(&mut lab, wire);
    let mut watched = Watched {
        nginx: start_nginx(&mut lab, &topo),
        haproxy: None,
        softirqd: softirq_threads(),
    };
    let mut director = Director::new(&lab);
    println!(
        "wire: {}; 3 wrk processes x 1 thread x {} connections, {} s per case, {rounds} rounds; \
         {} CPUs, load average before: {}\n\
         cores busy: wrk, nginx x3, haproxy, ksoftirqd; req/CPU-s: requests per CPU-second \
         of those; machine-wide CPU shares (everything that runs)",
        wire.name(),
        load.conns,
        load.secs,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .trim()
    );

    let mut table = String::new();
    for mode in [Mode::KeepAlive, Mode::Close]
        .into_iter()
        .filter(|m| selected("RVS_BENCH_MODES", m.key()))
    {
        println!("\n{}:", mode.name());
        println!(
            "  {:22} {:>8} {:>6} {:>5} {:>5} {:>5} {:>5} {:>9}  {:>5} {:>5} {:>5} {:>5}",
            "case",
            "req/s",
            "errors",
            "wrk",
            "nginx",
            "hapx",
            "sirqd",
            "req/CPU-s",
            "usr%",
            "sys%",
            "irq%",
            "idle%"
        );
        let mut rps: Vec<Vec<f64>> = vec![Vec::new(); Case::ALL.len()];
        let mut per_cpu: Vec<Vec<f64>> = vec![Vec::new(); Case::ALL.len()];
        for round in 0..rounds {
            let mut order: Vec<Case> = Case::ALL
                .into_iter()
                .filter(|c| selected("RVS_BENCH_CASES", c.key()))
                // macvlan has no driver XDP.
                .filter(|c| !(wire == Wire::Macvlan && *c == Case::Rvs))
                .collect();
            if round % 2 == 1 {
                order.reverse();
            }
            for case in order {
                let targets = director.enter(&mut lab, &topo, case);
                watched.haproxy = director.haproxy;
                let s = measure(&lab, &topo, &load, mode, &targets, &watched);
                director.leave(&mut lab, &topo, case);
                let [wrk, nginx, haproxy, softirqd] = s.cores;
                let [usr, sys, irq, idle] = s.machine;
                println!(
                    "  {:22} {:>8.0} {:>6} {wrk:>5.2} {nginx:>5.2} {haproxy:>5.2} {softirqd:>5.2} \
                     {:>9.0}  {usr:>5.1} {sys:>5.1} {irq:>5.1} {idle:>5.1}",
                    case.name(),
                    s.rps,
                    s.errors,
                    s.per_cpu(),
                );
                let i = Case::ALL.iter().position(|c| *c == case).unwrap_or(0);
                rps[i].push(s.rps);
                per_cpu[i].push(s.per_cpu());
            }
        }
        for (what, xs) in [("req/s", &rps), ("req/CPU-s", &per_cpu)] {
            let m = |c: Case| mean(&xs[Case::ALL.iter().position(|x| *x == c).unwrap_or(0)]);
            let _ = write!(table, "| {}, {what} |", mode.name());
            for c in Case::ALL {
                let _ = write!(table, " {:.0} |", m(c));
            }
            for rvs in [Case::Rvs, Case::RvsGeneric] {
                for base in [Case::Ceiling, Case::Haproxy, Case::Nft] {
                    let _ = write!(table, " {:.2} |", m(rvs) / m(base));
                }
            }
            table.push('\n');
        }
    }
    let mut head = String::from("| load, measure |");
    for c in Case::ALL {
        let _ = write!(head, " {} |", c.name());
    }
    for rvs in ["rvs", "generic"] {
        for base in ["ceiling", "HAProxy", "nftables"] {
            let _ = write!(head, " {rvs}/{base} |");
        }
    }
    println!(
        "\nmeans over the rounds (goal: rvs/ceiling >= 0.90, rvs/HAProxy >= 1.5):\n{head}\n|{}\n{table}",
        "---|".repeat(1 + Case::ALL.len() + 6)
    );
    drop(director);
    drop(lab);
}
