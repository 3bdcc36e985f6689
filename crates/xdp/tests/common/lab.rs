//! Network namespaces and a private bpffs for tests, removed on drop.

use rvs_netlab::Netns;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Runs a command, failing the test with its output when it fails.
pub fn cmd(argv: &[&str]) -> String {
    let out = Command::new(argv[0])
        .args(&argv[1..])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {argv:?} (is {} installed?): {e}", argv[0]));
    assert!(
        out.status.success(),
        "{argv:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Namespaces named `rvs-t-<pid>-<tag>-<role>` ([`rvs_netlab::Netns`]), deleted
/// on drop.
pub struct Lab {
    tag: String,
    namespaces: Vec<Netns>,
}

impl Lab {
    pub fn new(tag: &str) -> Lab {
        Lab {
            tag: tag.to_owned(),
            namespaces: Vec::new(),
        }
    }

    /// Creates namespace `role` with its loopback up; returns its name.
    pub fn ns(&mut self, role: &str) -> String {
        let ns = Netns::new(&format!("{}-{role}", self.tag))
            .unwrap_or_else(|e| panic!("creating namespace {role}: {e}"));
        let name = ns.name().to_owned();
        self.namespaces.push(ns);
        name
    }

    /// Runs a shell command inside namespace `ns`.
    pub fn sh(&self, ns: &str, script: &str) -> String {
        cmd(&["ip", "netns", "exec", ns, "sh", "-ec", script])
    }

    /// Runs `f` on a thread that has entered namespace `ns`.
    pub fn run_in<T: Send>(&self, ns: &str, f: impl FnOnce() -> T + Send) -> T {
        self.namespaces
            .iter()
            .find(|n| n.name() == ns)
            .unwrap_or_else(|| panic!("no namespace {ns} in this lab"))
            .run_in(f)
            .unwrap_or_else(|e| panic!("{e}"))
    }
}

/// A bpffs of this test's own ([`rvs_netlab::Bpffs`]), so that pinning never
/// touches the host's /sys/fs/bpf. Unmounted on drop.
pub struct Bpffs {
    fs: rvs_netlab::Bpffs,
}

impl Bpffs {
    pub fn mount(tag: &str) -> Bpffs {
        Bpffs {
            fs: rvs_netlab::Bpffs::mount(tag).unwrap_or_else(|e| panic!("{e}")),
        }
    }

    /// Where an rvs instance pins its objects, as `/sys/fs/bpf/rvs/<instance>`.
    pub fn instance(&self, name: &str) -> PathBuf {
        self.fs.path().join("rvs").join(name)
    }
}

pub fn parse_mac(s: &str) -> [u8; 6] {
    let bytes: Vec<u8> = s
        .split(':')
        .map(|h| u8::from_str_radix(h, 16).unwrap_or_else(|e| panic!("MAC {s}: {e}")))
        .collect();
    bytes.try_into().unwrap_or_else(|_| panic!("MAC {s}"))
}

/// One request from namespace `ns` to `to`: sends `line`, returns the reply.
pub fn request(lab: &Lab, ns: &str, to: SocketAddr, line: &str) -> std::io::Result<String> {
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

/// Serves "rs: <line>" on `l` until `stop`, for at most 60 s.
pub fn serve(l: TcpListener, stop: &AtomicBool) {
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
                    let _ = s.write_all(format!("rs: {}", line.trim()).as_bytes());
                }
            }
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

/// Client, director and real server on one LAN (a bridge in namespace
/// `lan`), addresses `<net>.1`, `.2`, `.3`; the VIP `<net>.100` on the
/// director's d0 and on the real server's lo (arp_ignore).
pub struct LanTopology {
    pub lab: Lab,
    pub client: String,
    pub director: String,
    pub lan: String,
    pub rs: String,
    pub rs_mac: [u8; 6],
}

pub fn lan_topology(tag: &str, net: &str) -> LanTopology {
    let mut lab = Lab::new(tag);
    let lan = lab.ns("lan");
    let client = lab.ns("cl");
    let director = lab.ns("dir");
    let rs = lab.ns("rs");
    for (ns, inner, outer) in [
        (&client, "c0", "lc"),
        (&director, "d0", "ld"),
        (&rs, "r0", "lr"),
    ] {
        cmd(&[
            "ip", "link", "add", inner, "netns", ns, "type", "veth", "peer", "name", outer,
            "netns", &lan,
        ]);
    }
    lab.sh(
        &lan,
        "ip link add br0 type bridge; ip link set br0 up; \
         for p in lc ld lr; do ip link set $p master br0 up; done",
    );
    // Frames sent by XDP lose the checksum offload state: the client must
    // send complete checksums and no GSO super-packets.
    lab.sh(
        &client,
        &format!(
            "ip addr add {net}.1/24 dev c0; ip link set c0 up; \
             ethtool -K c0 tx off tso off gso off >/dev/null"
        ),
    );
    lab.sh(
        &director,
        &format!(
            "ip addr add {net}.2/24 dev d0; ip addr add {net}.100/32 dev d0; \
             ip link set d0 up"
        ),
    );
    lab.sh(
        &rs,
        &format!(
            "sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2; \
             ip addr add {net}.3/24 dev r0; ip addr add {net}.100/32 dev lo; \
             ip link set r0 up"
        ),
    );
    let mac = lab.sh(&rs, "cat /sys/class/net/r0/address");
    let rs_mac = parse_mac(mac.trim());
    LanTopology {
        lab,
        client,
        director,
        lan,
        rs,
        rs_mac,
    }
}
