//! `rvs realserver up|down` inside network namespaces: what it changes, that
//! `down` puts back exactly what was there, and that a real server prepared
//! by it answers for the VIP by DR and by TUN (IPIP decapsulated by the
//! pinned XDP program, this kernel having no ipip module). Needs root with
//! BPF, iproute2 and util-linux's setpriv; the kernel-module variant of TUN
//! runs in `shared/vm/ipvs-vm` (beside the repository, or at $RVS_IPVS_VM),
//! whose Debian kernel has ipip.
//!
//! ```text
//!  client ns: c0 198.18.N.1/24 ──veth── rs ns: r0 198.18.N.3/24, VIP 198.18.N.100 on lo
//! ```

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv6Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rvs_netlab::{Netns, Output};

const TIMEOUT: Duration = Duration::from_secs(60);

/// A client and a real server on one link, with the real server's own bpffs
/// and state directory (removed on drop).
struct Lab {
    client: Netns,
    rs: Netns,
    net: String,
    bpffs: PathBuf,
    state: PathBuf,
}

impl Lab {
    /// `net` is the /24 of the link, e.g. "198.18.50".
    fn new(tag: &str, net: &str) -> Lab {
        let client = Netns::new(&format!("{tag}-cl")).expect("creating the client namespace");
        let rs = Netns::new(&format!("{tag}-rs")).expect("creating the real server namespace");
        client
            .add_veth_to("c0", &rs, "r0")
            .expect("a veth from client to real server");
        client
            .add_addr("c0", &format!("{net}.1/24"))
            .expect("c0's address");
        rs.add_addr("r0", &format!("{net}.3/24"))
            .expect("r0's address");
        client.link_up("c0").expect("c0 up");
        rs.link_up("r0").expect("r0 up");
        let base = std::env::temp_dir().join(rs.name());
        let bpffs = base.with_extension("bpffs");
        let state = base.with_extension("state");
        std::fs::create_dir_all(&bpffs).expect("creating the bpffs mount point");
        sh(&format!("mount -t bpf bpf {}", bpffs.display()));
        Lab {
            client,
            rs,
            net: net.to_owned(),
            bpffs,
            state,
        }
    }

    fn vip(&self) -> String {
        format!("{}.100", self.net)
    }

    /// `rvs realserver ARGS` in the real server's namespace.
    fn rvs(&self, args: &[&str]) -> Output {
        let mut cmd = self.rs.command(env!("CARGO_BIN_EXE_rvs"));
        cmd.arg("realserver").args(args);
        cmd.arg("--state-dir").arg(&self.state);
        cmd.arg("--bpffs").arg(&self.bpffs);
        rvs_netlab::run_with_timeout(&mut cmd, TIMEOUT).expect("running rvs realserver")
    }

    /// `rvs realserver ARGS`, which must succeed; its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.rvs(args);
        assert!(out.success(), "rvs realserver {args:?}:\n{}", out.both());
        out.stdout
    }

    fn sysctl(&self, name: &str) -> String {
        let out = self
            .rs
            .exec("sysctl", ["-n", name], TIMEOUT)
            .expect("running sysctl");
        assert!(out.success(), "sysctl -n {name}: {}", out.both());
        out.stdout.trim().to_owned()
    }

    fn set_sysctl(&self, name: &str, value: &str) {
        self.rs.sysctl(name, value).expect("setting a sysctl");
    }

    /// The addresses on the real server's `lo`, as `ADDR/PREFIX`.
    fn lo(&self) -> Vec<String> {
        let text = self
            .rs
            .ip(&["-j", "addr", "show", "dev", "lo"])
            .expect("listing lo");
        let v: serde_json::Value = serde_json::from_str(&text).expect("ip -j output");
        v[0]["addr_info"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|i| format!("{}/{}", i["local"].as_str().unwrap_or("?"), i["prefixlen"]))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether an XDP program is attached to the real server's `dev`.
    fn xdp_on(&self, dev: &str) -> bool {
        let text = self
            .rs
            .ip(&["-j", "link", "show", "dev", dev])
            .expect("showing the link");
        let v: serde_json::Value = serde_json::from_str(&text).expect("ip -j output");
        !v[0]["xdp"].is_null()
    }

    /// The ARP/rp_filter settings `up` may change, in a fixed order.
    fn settings(&self) -> Vec<String> {
        [
            "net.ipv4.conf.all.arp_ignore",
            "net.ipv4.conf.all.arp_announce",
            "net.ipv4.conf.all.rp_filter",
            "net.ipv4.conf.r0.rp_filter",
            "net.ipv4.conf.lo.arp_ignore",
        ]
        .iter()
        .map(|n| format!("{n}={}", self.sysctl(n)))
        .collect()
    }

    /// Everything pinned under the test's bpffs (not the kernel's own
    /// `progs.debug` and `maps.debug`).
    fn pins(&self) -> Vec<String> {
        let out = Command::new("find")
            .arg(&self.bpffs)
            .arg("-mindepth")
            .arg("1")
            .output()
            .expect("running find");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.ends_with(".debug"))
            .map(str::to_owned)
            .collect()
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        // The pinned links hold XDP programs on interfaces of the namespace;
        // unmounting drops the pins, the namespace's deletion the rest.
        let _ = Command::new("umount").arg(&self.bpffs).status();
        let _ = std::fs::remove_dir(&self.bpffs);
        let _ = std::fs::remove_dir_all(&self.state);
    }
}

fn sh(script: &str) {
    let out = Command::new("sh")
        .args(["-ec", script])
        .output()
        .unwrap_or_else(|e| panic!("running {script}: {e}"));
    assert!(
        out.status.success(),
        "{script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `f` on a thread inside namespace `ns`.
fn in_ns<T: Send>(ns: &Netns, f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| {
        s.spawn(|| {
            let path = PathBuf::from("/run/netns").join(ns.name());
            let file = std::fs::File::open(&path)
                .unwrap_or_else(|e| panic!("opening {}: {e}", path.display()));
            nix::sched::setns(file, nix::sched::CloneFlags::CLONE_NEWNET)
                .unwrap_or_else(|e| panic!("entering {}: {e}", ns.name()));
            f()
        })
        .join()
        .unwrap_or_else(|_| panic!("the thread in {} panicked", ns.name()))
    })
}

#[test]
fn dr_up_sets_arp_and_the_vip_and_down_restores_unusual_values() {
    let lab = Lab::new("rsdr", "198.18.50");
    let vip = lab.vip();
    lab.set_sysctl("net.ipv4.conf.all.arp_ignore", "3");
    lab.set_sysctl("net.ipv4.conf.all.arp_announce", "1");
    lab.set_sysctl("net.ipv4.conf.lo.arp_ignore", "0");
    let before = (lab.settings(), lab.lo());

    let out = lab.ok(&["up", "--vip", &vip, "--mode", "dr"]);
    assert_eq!(
        out,
        format!(
            "net.ipv4.conf.all.arp_ignore: 3 -> 1\n\
             net.ipv4.conf.all.arp_announce: 1 -> 2\n\
             lo: added {vip}/32\n"
        )
    );
    assert!(lab.lo().contains(&format!("{vip}/32")), "{:?}", lab.lo());
    assert_eq!(lab.sysctl("net.ipv4.conf.all.arp_ignore"), "1");
    assert_eq!(lab.sysctl("net.ipv4.conf.all.arp_announce"), "2");
    // `all` is enough (the kernel takes max(all, interface)); lo is left.
    assert_eq!(lab.sysctl("net.ipv4.conf.lo.arp_ignore"), "0");

    let again = lab.ok(&["up", "--vip", &vip, "--mode", "dr"]);
    assert_eq!(
        again,
        format!("{vip}: nothing to change\n"),
        "up is idempotent"
    );

    let out = lab.ok(&["down", "--vip", &vip]);
    assert_eq!(
        out,
        format!(
            "lo: removed {vip}/32\n\
             net.ipv4.conf.all.arp_announce: 2 -> 1\n\
             net.ipv4.conf.all.arp_ignore: 1 -> 3\n"
        )
    );
    assert_eq!(
        (lab.settings(), lab.lo()),
        before,
        "down restores everything"
    );
    assert!(
        !lab.state.join("state.json").exists(),
        "nothing left to remember"
    );
    let again = lab.ok(&["down", "--vip", &vip]);
    assert_eq!(
        again,
        format!("{vip}: nothing to change\n"),
        "down is idempotent"
    );
    assert_eq!((lab.settings(), lab.lo()), before);
}

#[test]
fn what_was_there_before_up_stays_after_down() {
    let lab = Lab::new("rskeep", "198.18.51");
    let vip = lab.vip();
    lab.rs
        .add_addr("lo", &format!("{vip}/32"))
        .expect("the VIP on lo beforehand");
    // 2 hides the VIP as well (and checks the sender's subnet): kept.
    lab.set_sysctl("net.ipv4.conf.all.arp_ignore", "2");
    let before = (lab.settings(), lab.lo());
    let out = lab.ok(&["up", "--vip", &vip]);
    assert_eq!(out, "net.ipv4.conf.all.arp_announce: 0 -> 2\n");
    let out = lab.ok(&["down", "--vip", &vip]);
    assert_eq!(out, "net.ipv4.conf.all.arp_announce: 2 -> 0\n");
    assert_eq!((lab.settings(), lab.lo()), before);
}

#[test]
fn a_second_vip_keeps_the_first_and_the_last_down_restores() {
    let lab = Lab::new("rstwo", "198.18.52");
    let a = lab.vip();
    let b = "198.18.52.101";
    let v6 = "2001:db8:52::100";
    let before = (lab.settings(), lab.lo());
    lab.ok(&["up", "--vip", &a]);
    let out = lab.ok(&["up", "--vip", b, "--json"]);
    let json: serde_json::Value = serde_json::from_str(&out).expect("--json prints JSON");
    assert_eq!(json["vip"], b);
    assert_eq!(
        json["changes"],
        serde_json::json!([{ "action": "add_address", "addr": b }]),
        "the ARP settings are already there"
    );
    let out = lab.ok(&["up", "--vip", v6]);
    assert_eq!(
        out,
        format!("lo: added {v6}/128\n"),
        "IPv6 needs no ARP settings"
    );

    let out = lab.ok(&["down", "--vip", &a]);
    assert_eq!(
        out,
        format!(
            "lo: removed {a}/32\n\
             kept net.ipv4.conf.all.arp_announce = 2 (still needed by {b})\n\
             kept net.ipv4.conf.all.arp_ignore = 1 (still needed by {b})\n"
        )
    );
    let lo = lab.lo();
    assert!(
        lo.contains(&format!("{b}/32")) && !lo.contains(&format!("{a}/32")),
        "{lo:?}"
    );
    assert_eq!(lab.sysctl("net.ipv4.conf.all.arp_ignore"), "1");
    lab.ok(&["down", "--vip", v6]);
    lab.ok(&["down", "--vip", b]);
    assert_eq!((lab.settings(), lab.lo()), before);
}

#[test]
fn bad_input_is_named_and_changes_nothing() {
    let lab = Lab::new("rsbad", "198.18.53");
    let vip = lab.vip();
    let before = (lab.settings(), lab.lo());
    let fails = |args: &[&str], says: &str| {
        let out = lab.rvs(args);
        assert!(!out.success(), "{args:?} must fail:\n{}", out.both());
        assert!(
            out.stderr.contains(says),
            "{args:?} must say {says:?}:\n{}",
            out.both()
        );
        assert_eq!((lab.settings(), lab.lo()), before, "{args:?} left changes");
    };
    fails(
        &["up", "--vip", "300.1.1.1"],
        "--vip 300.1.1.1: not an IP address",
    );
    fails(&["down", "--vip", "vip"], "--vip vip: not an IP address");
    fails(
        &["up", "--vip", "224.0.0.18"],
        "--vip 224.0.0.18: not a unicast address",
    );
    fails(
        &["up", "--vip", &vip, "--mode", "tun", "--dev", "nope0"],
        "--dev nope0: no such interface",
    );
    fails(
        &["up", "--vip", &vip, "--mode", "tun", "--decap", "xdp"],
        "no default route",
    );
    lab.ok(&["up", "--vip", &vip]);
    let out = lab.rvs(&["up", "--vip", &vip, "--mode", "tun"]);
    assert!(
        out.stderr.contains("is already up in mode dr"),
        "{}",
        out.both()
    );
    lab.ok(&["down", "--vip", &vip]);
    assert!(lab.pins().is_empty(), "{:?}", lab.pins());
}

#[test]
fn a_failure_midway_rolls_back_what_was_done() {
    let lab = Lab::new("rsroll", "198.18.54");
    let vip = lab.vip();
    // A bridge has no driver-mode XDP: the attach fails after the sysctls are set.
    lab.rs.add_bridge("br9").expect("a bridge");
    lab.set_sysctl("net.ipv4.conf.all.rp_filter", "1");
    let before = (lab.settings(), lab.lo());
    let out = lab.rvs(&[
        "up",
        "--vip",
        &vip,
        "--mode",
        "tun",
        "--dev",
        "br9",
        "--xdp-mode",
        "native",
    ]);
    assert!(!out.success(), "{}", out.both());
    assert!(
        out.stderr.contains("XDP decapsulation on br9"),
        "{}",
        out.both()
    );
    assert!(
        out.stderr
            .contains("rolled back: net.ipv4.conf.all.arp_ignore: 1 -> 0"),
        "{}",
        out.both()
    );
    assert_eq!((lab.settings(), lab.lo()), before);
    assert!(!lab.state.join("state.json").exists());
    assert!(lab.pins().is_empty(), "pins left: {:?}", lab.pins());
}

#[test]
fn permission_errors_name_what_failed() {
    let lab = Lab::new("rsperm", "198.18.55");
    let vip = lab.vip();
    std::fs::create_dir_all(&lab.state).expect("creating the state dir");
    sh(&format!("chmod 777 {}", lab.state.display()));
    let before = (lab.settings(), lab.lo());
    let mut cmd = lab.rs.command("setpriv");
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(env!("CARGO_BIN_EXE_rvs"))
        .args(["realserver", "up", "--vip", &vip, "--state-dir"])
        .arg(&lab.state);
    let out = rvs_netlab::run_with_timeout(&mut cmd, TIMEOUT).expect("running setpriv");
    assert!(!out.success(), "{}", out.both());
    assert!(
        out.stderr
            .contains("setting net.ipv4.conf.all.arp_ignore to 1: Permission denied"),
        "{}",
        out.both()
    );
    assert_eq!((lab.settings(), lab.lo()), before);
}

/// "rs <local address>: <line>" for each connection, until `stop` (at most 60 s).
fn serve_tcp(l: TcpListener, stop: &AtomicBool) {
    l.set_nonblocking(true).expect("non-blocking listener");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !stop.load(Ordering::Relaxed) && Instant::now() < deadline {
        match l.accept() {
            Ok((mut s, _)) => {
                s.set_nonblocking(false).expect("blocking stream");
                s.set_read_timeout(Some(Duration::from_secs(3)))
                    .expect("read timeout");
                let mut line = String::new();
                if s.read_to_string(&mut line).is_ok() {
                    let local = s.local_addr().map(|a| a.to_string()).unwrap_or_default();
                    let _ = s.write_all(format!("rs {local}: {}", line.trim()).as_bytes());
                }
            }
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

fn request(to: SocketAddr, line: &str, timeout: Duration) -> std::io::Result<String> {
    let mut s = TcpStream::connect_timeout(&to, timeout)?;
    s.set_read_timeout(Some(Duration::from_secs(3)))?;
    s.write_all(format!("{line}\n").as_bytes())?;
    s.shutdown(std::net::Shutdown::Write)?;
    let mut reply = String::new();
    s.read_to_string(&mut reply)?;
    Ok(reply)
}

#[test]
fn dr_real_server_answers_from_the_vip_and_not_arp_for_it() {
    let lab = Lab::new("rsdrt", "198.18.56");
    let vip = lab.vip();
    let to: SocketAddr = format!("{vip}:80").parse().expect("VIP:80");
    lab.ok(&["up", "--vip", &vip, "--mode", "dr"]);
    let listener = in_ns(&lab.rs, || {
        TcpListener::bind("0.0.0.0:80").expect("binding port 80 in the real server")
    });
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve_tcp(listener, &stop));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            // The VIP is on the client's link, but only a director may answer ARP for it.
            let r = in_ns(&lab.client, || request(to, "arp", Duration::from_secs(2)));
            assert!(
                r.is_err(),
                "the real server answered ARP for the VIP: {r:?}"
            );
            // As a director's MAC rewrite would: frames for the VIP to the RS's MAC.
            let mac = lab
                .rs
                .exec("cat", ["/sys/class/net/r0/address"], TIMEOUT)
                .expect("reading r0's MAC")
                .stdout;
            lab.client
                .ip(&["neigh", "replace", &vip, "lladdr", mac.trim(), "dev", "c0"])
                .expect("a static neighbour for the VIP");
            let r = in_ns(&lab.client, || request(to, "hello", Duration::from_secs(3)))
                .expect("a connection to the VIP");
            assert_eq!(r, format!("rs {vip}:80: hello"));
            lab.ok(&["down", "--vip", &vip]);
            let r = in_ns(&lab.client, || request(to, "after", Duration::from_secs(2)));
            assert!(r.is_err(), "answered after down: {r:?}");
        }));
        stop.store(true, Ordering::Relaxed);
        if let Err(p) = result {
            std::panic::resume_unwind(p);
        }
    });
}

/// An IPv4 header (no options) for `payload`, checksummed.
fn ipv4(src: [u8; 4], dst: [u8; 4], proto: u8, payload: &[u8]) -> Vec<u8> {
    let len = u16::try_from(20 + payload.len()).expect("a small packet");
    let mut h = vec![0x45, 0, 0, 0, 0, 1, 0x40, 0, 64, proto, 0, 0];
    h[2..4].copy_from_slice(&len.to_be_bytes());
    h.extend_from_slice(&src);
    h.extend_from_slice(&dst);
    let sum = h
        .chunks(2)
        .map(|w| u32::from(u16::from_be_bytes([w[0], w[1]])))
        .sum::<u32>();
    let folded = (sum & 0xffff) + (sum >> 16);
    let csum = !u16::try_from((folded & 0xffff) + (folded >> 16)).expect("folded");
    h[10..12].copy_from_slice(&csum.to_be_bytes());
    h.extend_from_slice(payload);
    h
}

/// A UDP datagram without checksum (allowed over IPv4).
fn udp(sport: u16, dport: u16, data: &[u8]) -> Vec<u8> {
    let len = u16::try_from(8 + data.len()).expect("a small datagram");
    let mut d = Vec::new();
    d.extend_from_slice(&sport.to_be_bytes());
    d.extend_from_slice(&dport.to_be_bytes());
    d.extend_from_slice(&len.to_be_bytes());
    d.extend_from_slice(&[0, 0]);
    d.extend_from_slice(data);
    d
}

fn octets(s: &str) -> [u8; 4] {
    match s.parse::<IpAddr>() {
        Ok(IpAddr::V4(a)) => a.octets(),
        _ => panic!("{s} is not IPv4"),
    }
}

/// As a TUN director would: a UDP datagram from the client to VIP:7, inside
/// IPIP to the real server. Returns the reply and where it came from.
fn tunneled_echo(lab: &Lab, line: &str) -> std::io::Result<(String, SocketAddr)> {
    let client = format!("{}.1", lab.net);
    let rip = format!("{}.3", lab.net);
    in_ns(&lab.client, || {
        let sock = UdpSocket::bind(format!("{client}:5555"))?;
        sock.set_read_timeout(Some(Duration::from_secs(2)))?;
        let raw = socket2::Socket::new(
            socket2::Domain::IPV4,
            socket2::Type::RAW,
            Some(socket2::Protocol::from(4)),
        )?;
        let inner = ipv4(
            octets(&client),
            octets(&lab.vip()),
            17,
            &udp(5555, 7, line.as_bytes()),
        );
        let to: SocketAddr = format!("{rip}:0").parse().expect("the RS address");
        raw.send_to(&inner, &to.into())?;
        let mut buf = [0u8; 1500];
        let (n, from) = sock.recv_from(&mut buf)?;
        Ok((String::from_utf8_lossy(&buf[..n]).into_owned(), from))
    })
}

/// "rs: <datagram>" back to each sender, until `stop` (at most 60 s).
fn serve_udp(sock: UdpSocket, stop: &AtomicBool) {
    sock.set_read_timeout(Some(Duration::from_millis(50)))
        .expect("read timeout");
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut buf = [0u8; 1500];
    while !stop.load(Ordering::Relaxed) && Instant::now() < deadline {
        if let Ok((n, from)) = sock.recv_from(&mut buf) {
            let reply = format!("rs: {}", String::from_utf8_lossy(&buf[..n]));
            let _ = sock.send_to(reply.as_bytes(), from);
        }
    }
}

#[test]
fn tun_real_server_decapsulates_ipip_and_answers_from_the_vip() {
    let lab = Lab::new("rstun", "198.18.57");
    let vip = lab.vip();
    // The tunnel's interface is found through the default route.
    lab.rs
        .ip(&["route", "add", "default", "via", &format!("{}.1", lab.net)])
        .expect("a default route");
    lab.set_sysctl("net.ipv4.conf.all.rp_filter", "1");
    let before = (lab.settings(), lab.lo());
    let out = lab.ok(&["up", "--vip", &vip, "--mode", "tun"]);
    assert_eq!(
        out,
        format!(
            "net.ipv4.conf.all.arp_ignore: 0 -> 1\n\
             net.ipv4.conf.all.arp_announce: 0 -> 2\n\
             net.ipv4.conf.all.rp_filter: 1 -> 2\n\
             r0: attached XDP decapsulation\n\
             lo: added {vip}/32\n"
        )
    );
    assert!(lab.xdp_on("r0"), "the decapsulator stays after rvs exits");
    // A UDP service on a real server binds the VIP (the wildcard would answer
    // from the primary address, as with IPVS).
    let sock = in_ns(&lab.rs, || {
        UdpSocket::bind(format!("{vip}:7")).expect("binding VIP:7 in the real server")
    });
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve_udp(sock, &stop));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let (reply, from) = tunneled_echo(&lab, "hello").expect("an answer to the tunnel");
            assert_eq!(reply, "rs: hello");
            assert_eq!(
                from,
                format!("{vip}:7").parse().expect("VIP:7"),
                "from the VIP"
            );
            let again = lab.ok(&["up", "--vip", &vip, "--mode", "tun"]);
            assert_eq!(again, format!("{vip}: nothing to change\n"));
            let out = lab.ok(&["down", "--vip", &vip]);
            assert_eq!(
                out,
                format!(
                    "lo: removed {vip}/32\n\
                     r0: detached XDP decapsulation\n\
                     net.ipv4.conf.all.rp_filter: 2 -> 1\n\
                     net.ipv4.conf.all.arp_announce: 2 -> 0\n\
                     net.ipv4.conf.all.arp_ignore: 1 -> 0\n"
                )
            );
            assert!(!lab.xdp_on("r0"), "down detaches");
            assert!(lab.pins().is_empty(), "pins left: {:?}", lab.pins());
            assert!(tunneled_echo(&lab, "after").is_err(), "answered after down");
        }));
        stop.store(true, Ordering::Relaxed);
        if let Err(p) = result {
            std::panic::resume_unwind(p);
        }
    });
    assert_eq!((lab.settings(), lab.lo()), before);
}

/// As a director with `--tun-type gue` would: the client's datagram to VIP:7
/// inside IPv4 + UDP to the real server's `port` + GUE (version 0, IPIP).
fn gue_echo(lab: &Lab, port: u16, line: &str) -> std::io::Result<(String, SocketAddr)> {
    let client = format!("{}.1", lab.net);
    let rip = format!("{}.3", lab.net);
    in_ns(&lab.client, || {
        let sock = UdpSocket::bind(format!("{client}:5555"))?;
        sock.set_read_timeout(Some(Duration::from_secs(2)))?;
        let tunnel = UdpSocket::bind(format!("{client}:0"))?;
        let mut payload = vec![0, 4, 0, 0];
        payload.extend(ipv4(
            octets(&client),
            octets(&lab.vip()),
            17,
            &udp(5555, 7, line.as_bytes()),
        ));
        tunnel.send_to(&payload, format!("{rip}:{port}"))?;
        let mut buf = [0u8; 1500];
        let (n, from) = sock.recv_from(&mut buf)?;
        Ok((String::from_utf8_lossy(&buf[..n]).into_owned(), from))
    })
}

#[test]
fn tun_with_gue_strips_udp_on_its_port_and_ipip_alike() {
    let lab = Lab::new("rsgue", "198.18.59");
    let vip = lab.vip();
    let out = lab.ok(&[
        "up",
        "--vip",
        &vip,
        "--mode",
        "tun",
        "--dev",
        "r0",
        "--gue-port",
        "6080",
    ]);
    assert!(
        out.contains("r0: attached XDP decapsulation (and GUE on port 6080)\n"),
        "{out}"
    );
    let sock = in_ns(&lab.rs, || {
        UdpSocket::bind(format!("{vip}:7")).expect("binding VIP:7 in the real server")
    });
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve_udp(sock, &stop));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let (reply, from) = gue_echo(&lab, 6080, "gue").expect("an answer through GUE");
            assert_eq!(reply, "rs: gue");
            assert_eq!(
                from,
                format!("{vip}:7").parse().expect("VIP:7"),
                "from the VIP"
            );
            let (reply, _) = tunneled_echo(&lab, "ipip").expect("an answer through IPIP");
            assert_eq!(reply, "rs: ipip");
            assert!(
                gue_echo(&lab, 6081, "other").is_err(),
                "another port is not GUE"
            );
            lab.ok(&["down", "--vip", &vip]);
            assert!(!lab.xdp_on("r0"), "down detaches");
            assert!(lab.pins().is_empty(), "pins left: {:?}", lab.pins());
            assert!(
                gue_echo(&lab, 6080, "after").is_err(),
                "answered after down"
            );
        }));
        stop.store(true, Ordering::Relaxed);
        if let Err(p) = result {
            std::panic::resume_unwind(p);
        }
    });
}

/// An IPv6 header for a UDP `payload` (checksummed over the pseudo-header).
fn ipv6_udp(src: Ipv6Addr, dst: Ipv6Addr, sport: u16, dport: u16, data: &[u8]) -> Vec<u8> {
    let mut d = udp(sport, dport, data);
    let len = u16::try_from(d.len()).expect("a small datagram");
    let mut sum: u32 = 0;
    let mut add = |bytes: &[u8]| {
        for w in bytes.chunks(2) {
            sum += u32::from(u16::from_be_bytes([w[0], *w.get(1).unwrap_or(&0)]));
        }
    };
    add(&src.octets());
    add(&dst.octets());
    add(&u32::from(len).to_be_bytes());
    add(&[0, 0, 0, 17]);
    add(&d);
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    let csum = !u16::try_from(sum).expect("folded");
    d[6..8].copy_from_slice(&csum.to_be_bytes());
    let mut h = vec![0x60, 0, 0, 0];
    h.extend_from_slice(&len.to_be_bytes());
    h.extend_from_slice(&[17, 64]);
    h.extend_from_slice(&src.octets());
    h.extend_from_slice(&dst.octets());
    h.extend_from_slice(&d);
    h
}

#[test]
fn tun_over_ipv6_decapsulates_ip6ip6_and_answers_from_the_vip() {
    let lab = Lab::new("rstun6", "198.18.58");
    let (client, rip, vip): (Ipv6Addr, Ipv6Addr, Ipv6Addr) = (
        "2001:db8:58::1".parse().expect("v6"),
        "2001:db8:58::3".parse().expect("v6"),
        "2001:db8:58::100".parse().expect("v6"),
    );
    lab.client
        .add_addr("c0", "2001:db8:58::1/64")
        .expect("c0's v6 address");
    lab.rs
        .add_addr("r0", "2001:db8:58::3/64")
        .expect("r0's v6 address");
    let before = (lab.settings(), lab.lo());
    let out = lab.ok(&[
        "up",
        "--vip",
        &vip.to_string(),
        "--mode",
        "tun",
        "--dev",
        "r0",
    ]);
    assert_eq!(
        out,
        format!("r0: attached XDP decapsulation\nlo: added {vip}/128\n"),
        "IPv6 needs no ARP or rp_filter settings"
    );
    let sock = in_ns(&lab.rs, || {
        UdpSocket::bind(SocketAddr::from((vip, 7))).expect("binding [VIP]:7 in the real server")
    });
    let echo = |line: &str| {
        in_ns(&lab.client, || -> std::io::Result<(String, SocketAddr)> {
            let sock = UdpSocket::bind(SocketAddr::from((client, 5555)))?;
            sock.set_read_timeout(Some(Duration::from_secs(2)))?;
            let raw = socket2::Socket::new(
                socket2::Domain::IPV6,
                socket2::Type::RAW,
                Some(socket2::Protocol::from(41)),
            )?;
            let inner = ipv6_udp(client, vip, 5555, 7, line.as_bytes());
            raw.send_to(&inner, &SocketAddr::from((rip, 0)).into())?;
            let mut buf = [0u8; 1500];
            let (n, from) = sock.recv_from(&mut buf)?;
            Ok((String::from_utf8_lossy(&buf[..n]).into_owned(), from))
        })
    };
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve_udp(sock, &stop));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let (reply, from) = echo("hello6").expect("an answer to the tunnel");
            assert_eq!(reply, "rs: hello6");
            assert_eq!(from, SocketAddr::from((vip, 7)), "from the VIP");
            lab.ok(&["down", "--vip", &vip.to_string()]);
            assert!(!lab.xdp_on("r0"), "down detaches");
            assert!(echo("after").is_err(), "answered after down");
        }));
        stop.store(true, Ordering::Relaxed);
        if let Err(p) = result {
            std::panic::resume_unwind(p);
        }
    });
    assert_eq!((lab.settings(), lab.lo()), before);
}

fn ipvs_vm() -> PathBuf {
    std::env::var_os("RVS_IPVS_VM").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vm/ipvs-vm"),
        PathBuf::from,
    )
}

/// In the VM: the client reaches the VIP through a kernel IPIP tunnel to the
/// real server, which `up` prepares with the kernel's tunl0; then a second
/// VIP through the kernel's IPIP-in-GUE (fou), stripped by rvs_decap_gue,
/// which must pass the 6.1 verifier.
const VM_SCRIPT: &str = r#"set -e
# Everything goes to a file printed at the end in one piece: under load the
# console lost or split lines written while the guest was busy.
exec 3>&1 >/tmp/out 2>&1
trap 'cat /tmp/out >&3' EXIT
# The VM's shell prefers busybox's applets (busybox ip has no -j or -n): the
# real ip comes in at /opt/ip, first on PATH for rvs.
export PATH=/opt/ip:$PATH
# Kernel messages (a module loading) share the console and can split a line.
echo 1 > /proc/sys/kernel/printk
RVS=$1 IP=/opt/ip/ip
$IP netns add cl; $IP netns add rs
$IP link add c0 netns cl type veth peer name r0 netns rs
$IP -n cl addr add 198.18.60.1/24 dev c0; $IP -n cl link set c0 up
$IP -n rs addr add 198.18.60.3/24 dev r0; $IP -n rs link set r0 up; $IP -n rs link set lo up
$IP netns exec rs sh -c 'echo 1 > /proc/sys/net/ipv4/conf/all/rp_filter'
$IP -n cl tunnel add t0 mode ipip remote 198.18.60.3 local 198.18.60.1
$IP -n cl link set t0 up
$IP -n cl route add 198.18.60.100/32 dev t0 src 198.18.60.1
ping() { $IP netns exec cl ping -c1 -W2 198.18.60.100 >/dev/null 2>&1 && echo "$1: answered" || echo "$1: silent"; }
rs() { $IP netns exec rs $RVS realserver "$@" --state-dir /tmp/st --bpffs /tmp/bpf; }
ping before
rs up --vip 198.18.60.100 --mode tun
ping up
rs down --vip 198.18.60.100
ping down
echo "tunl0: $($IP -n rs -o link show tunl0 | grep -o 'state [A-Z]*')"
echo "rp_filter: $($IP netns exec rs cat /proc/sys/net/ipv4/conf/all/rp_filter)"
# GUE as the kernel's fou sends it, stripped by XDP on the 6.1 kernel.
mkdir -p /tmp/bpf; mount -t bpf bpf /tmp/bpf; modprobe fou
$IP -n cl link del t0
$IP -n cl link add g0 type ipip remote 198.18.60.3 local 198.18.60.1 encap gue encap-sport auto encap-dport 6080
$IP -n cl link set g0 up
$IP -n cl route add 198.18.60.101/32 dev g0 src 198.18.60.1
gping() { $IP netns exec cl ping -c1 -W2 198.18.60.101 >/dev/null 2>&1 && echo "$1: answered" || echo "$1: silent"; }
gping gue-before
rs up --vip 198.18.60.101 --mode tun --gue-port 6080 --dev r0 --xdp-mode generic
gping gue-up
rs down --vip 198.18.60.101
gping gue-down
"#;

#[test]
fn tun_with_the_kernel_ipip_module_in_the_debian_vm() {
    let vm = ipvs_vm();
    assert!(
        vm.exists(),
        "{} is missing: set RVS_IPVS_VM to shared/vm/ipvs-vm",
        vm.display()
    );
    let ip = Command::new("sh")
        .args(["-c", "readlink -f \"$(command -v ip)\""])
        .output()
        .expect("finding ip");
    let ip = String::from_utf8_lossy(&ip.stdout).trim().to_owned();
    let script = std::env::temp_dir().join(format!("rvs-t-{}-rs-vm.sh", std::process::id()));
    std::fs::write(&script, VM_SCRIPT).expect("writing the guest script");
    let out = Command::new(&vm)
        .args(["--timeout", "120", "--add"])
        .arg(format!("{ip}:/opt/ip/ip"))
        .arg("--add")
        .arg(format!("{}:/rvs", env!("CARGO_BIN_EXE_rvs")))
        .arg(&script)
        .arg("/rvs")
        .output();
    let _ = std::fs::remove_file(&script);
    let out = out.unwrap_or_else(|e| panic!("running {}: {e}", vm.display()));
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the VM script failed:\n{text}");
    let expected = "before: silent\n\
         net.ipv4.conf.all.arp_ignore: 0 -> 1\n\
         net.ipv4.conf.all.arp_announce: 0 -> 2\n\
         net.ipv4.conf.all.rp_filter: 1 -> 0\n\
         tunl0: set up\n\
         lo: added 198.18.60.100/32\n\
         up: answered\n\
         lo: removed 198.18.60.100/32\n\
         tunl0: set down\n\
         net.ipv4.conf.all.rp_filter: 0 -> 1\n\
         net.ipv4.conf.all.arp_announce: 2 -> 0\n\
         net.ipv4.conf.all.arp_ignore: 1 -> 0\n\
         down: silent\n\
         tunl0: state DOWN\n\
         rp_filter: 1\n\
         gue-before: silent\n\
         net.ipv4.conf.all.arp_ignore: 0 -> 1\n\
         net.ipv4.conf.all.arp_announce: 0 -> 2\n\
         net.ipv4.conf.all.rp_filter: 1 -> 2\n\
         r0: attached XDP decapsulation (and GUE on port 6080)\n\
         lo: added 198.18.60.101/32\n\
         gue-up: answered\n\
         lo: removed 198.18.60.101/32\n\
         r0: detached XDP decapsulation (and GUE on port 6080)\n\
         net.ipv4.conf.all.rp_filter: 2 -> 1\n\
         net.ipv4.conf.all.arp_announce: 2 -> 0\n\
         net.ipv4.conf.all.arp_ignore: 1 -> 0\n\
         gue-down: silent\n";
    // Only the script's own lines, in order: the console may interleave others.
    let wanted: Vec<&str> = expected.lines().collect();
    let got: Vec<&str> = text.lines().filter(|l| wanted.contains(l)).collect();
    assert_eq!(got, wanted, "the script's lines, in order, in:\n{text}");
}
