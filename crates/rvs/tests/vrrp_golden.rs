//! Golden comparisons with keepalived 2.2.7 (needs root, iproute2, tcpdump,
//! keepalived): the same keepalived.conf, run by keepalived and by `rvs run -P` one
//! after the other on identical interfaces, must put the same adverts on the wire
//! (byte for byte: every VRRP field and checksum, the IP header keepalived builds) and
//! leave the same addresses, routes and rules in the kernel.

mod vrrp_lab;

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use rvs_netlab::{Netns, Topology};
use vrrp_lab::{add_ipv6, Rvs};

/// One namespace with eth0 on a bridge, 198.18.0.1/24 and 2001:db8::1/64.
fn host(tag: &str) -> Topology {
    let t = Topology::builder()
        .lan(&format!("{tag}s"), &[(tag, "eth0", "198.18.0.1/24")])
        .build()
        .expect("namespaces (run as root with iproute2)");
    t.ns(tag)
        .ip(&[
            "-6",
            "addr",
            "add",
            "2001:db8::1/64",
            "dev",
            "eth0",
            "nodad",
        ])
        .expect("IPv6 address on eth0");
    t
}

/// Everything an instance and the static blocks can put in the kernel: addresses
/// with every option, routes and rules in their common forms, in both families.
const KERNEL_STATE_CONF: &str = "\
global_defs {
  router_id golden
}
static_ipaddress {
  198.18.0.50/32 dev eth0
  2001:db8:50::1/64 dev eth0
}
static_routes {
  198.18.20.0/24 via 198.18.0.254 table 200
  2001:db8:20::/64 via 2001:db8::fe dev eth0
}
static_rules {
  from 198.18.0.50 table 200 priority 200
}
vrrp_instance VI_1 {
  state MASTER
  interface eth0
  virtual_router_id 51
  priority 255
  advert_int 1
  virtual_ipaddress {
    198.18.3.100/24 brd 198.18.3.255 scope site label eth0:vip
    198.18.0.101
    198.18.0.102 peer 198.18.0.103
  }
  virtual_ipaddress_excluded {
    2001:db8::100
    2001:db8:1::5/64 noprefixroute
    2001:db8:2::5/64 preferred_lft 100
  }
  virtual_routes {
    198.18.5.0/24 via 198.18.0.254
    198.18.6.0/24 dev eth0 table 100 metric 7
    blackhole 198.18.7.0/24
    198.18.8.0/24 src 198.18.0.101 dev eth0 scope link
    unreachable 198.18.9.0/24 table 100
    2001:db8:6::/64 via 2001:db8::fe metric 10
    198.18.12.0/24 via 198.18.0.254 dev eth0 onlink mtu 1400
  }
  virtual_rules {
    from 198.18.0.100 table 100 priority 100
    from all fwmark 0x10/0xff table 100 priority 101
    to 198.18.9.0/24 blackhole priority 102
    from 2001:db8::100 table 100 priority 103
    from 198.18.0.101 table 101
    from 198.18.0.100 iif lo table 100 priority 104
    from all oif eth0 table 100 priority 105
  }
}
vrrp_instance VI_2 {
  state MASTER
  interface eth0
  virtual_router_id 52
  priority 255
  advert_int 1
  virtual_ipaddress {
    198.18.0.110
  }
  virtual_rules {
    from 198.18.0.110 table 110
  }
}
";

/// The kernel's addresses, routes and rules, without what differs between two
/// identical namespaces (interface indexes, link-local addresses, lifetimes that
/// count down).
fn kernel_state(ns: &Netns) -> Vec<String> {
    let mut out = Vec::new();
    for (what, args) in [
        ("addr4", &["-4", "-o", "addr", "show", "dev", "eth0"][..]),
        ("addr6", &["-6", "-o", "addr", "show", "dev", "eth0"][..]),
        ("route4", &["-4", "route", "show", "table", "all"][..]),
        ("route6", &["-6", "route", "show", "table", "all"][..]),
        ("rule4", &["-4", "rule", "show"][..]),
        ("rule6", &["-6", "rule", "show"][..]),
    ] {
        let text = ns.ip(args).expect("ip show");
        for line in text
            .lines()
            .filter(|l| !l.contains("fe80") && !l.contains("ff00::/8"))
        {
            let words: Vec<&str> = line
                .split_whitespace()
                .filter(|w| *w != "\\")
                // `-o` lines start with "N: eth0".
                .skip(if what.starts_with("addr") { 2 } else { 0 })
                .collect();
            let mut line = words.join(" ");
            // A finite preferred_lft counts down between the two snapshots.
            if let Some(at) = line.find("preferred_lft ") {
                let rest = &line[at + 14..];
                if rest.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && !rest.starts_with("0sec")
                {
                    line = format!("{}preferred_lft (counting)", &line[..at]);
                }
            }
            out.push(format!("{what}: {line}"));
        }
    }
    // Instances run concurrently: the order of what they add is not fixed.
    out.sort();
    out
}

fn diff(a: &[String], b: &[String]) -> String {
    let only = |x: &[String], y: &[String]| {
        x.iter()
            .filter(|l| !y.contains(l))
            .cloned()
            .collect::<Vec<_>>()
            .join("\n  ")
    };
    format!(
        "only keepalived:\n  {}\nonly rvs:\n  {}",
        only(a, b),
        only(b, a)
    )
}

#[test]
fn rvs_leaves_the_kernel_state_keepalived_leaves() {
    let (tk, tr) = (host("gk"), host("gr"));
    let (kn, rn) = (tk.ns("gk"), tr.ns("gr"));
    let before = kernel_state(kn);
    assert_eq!(
        before,
        kernel_state(rn),
        "the two namespaces differ to start with"
    );

    let mut ka = kn
        .start_keepalived("k", KERNEL_STATE_CONF)
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_1) Entering MASTER STATE", Duration::from_secs(5)),
        "keepalived never became MASTER:\n{}",
        ka.log()
    );
    std::thread::sleep(Duration::from_millis(500));
    let keepalived_master = kernel_state(kn);
    drop(ka);
    let keepalived_after = kernel_state(kn);

    let mut rvs = Rvs::start(rn, KERNEL_STATE_CONF);
    assert!(
        rvs.wait_for_log("(VI_1) Entering MASTER STATE", Duration::from_secs(5)),
        "rvs never became MASTER:\n{}",
        rvs.log()
    );
    std::thread::sleep(Duration::from_millis(500));
    let rvs_master = kernel_state(rn);
    assert_eq!(rvs.stop(), Some(0), "{}", rvs.log());
    let rvs_after = kernel_state(rn);

    // Some lines of every kind must have been applied, or the test proves nothing.
    for needle in [
        "198.18.3.100/24 brd 198.18.3.255 scope site eth0:vip",
        "2001:db8::100/128 scope global nodad deprecated",
        "blackhole 198.18.7.0/24",
        "onlink",
        "mtu 1400",
        "fwmark 0x10/0xff lookup 100",
        "oif eth0 lookup 100",
        "16383:",
    ] {
        assert!(
            keepalived_master.iter().any(|l| l.contains(needle)),
            "keepalived did not apply {needle:?}:\n{}",
            keepalived_master.join("\n")
        );
    }
    assert!(
        keepalived_master == rvs_master,
        "MASTER state differs; {}\nrvs log:\n{}",
        diff(&keepalived_master, &rvs_master),
        rvs.log()
    );
    // keepalived 2.2.7 deletes an address by IFA_LOCAL alone, which does not match
    // a peer address: it leaves 198.18.0.102 (and its routes) behind. rvs removes it.
    let left_by_keepalived = [
        "198.18.0.102 peer",
        "198.18.0.103 dev",
        "local 198.18.0.102",
    ];
    assert!(
        left_by_keepalived
            .iter()
            .all(|l| keepalived_after.iter().any(|k| k.contains(l))),
        "keepalived no longer leaves its peer address behind: drop this exception"
    );
    let keepalived_after: Vec<String> = keepalived_after
        .into_iter()
        .filter(|k| !left_by_keepalived.iter().any(|l| k.contains(l)))
        .collect();
    assert!(
        keepalived_after == rvs_after,
        "state after stopping differs; {}",
        diff(&keepalived_after, &rvs_after)
    );
}

/// How many adverts of each daemon are compared (the first is sent on becoming
/// MASTER, the next a second later).
const ADVERTS: usize = 2;

/// One namespace whose eth0 has a fixed MAC (so its link-local address is fixed too),
/// 198.18.0.1/24 and 2001:db8::1/64, and permanent neighbours for the unicast peers
/// 198.18.0.2 and 2001:db8::2 (absent: unicast adverts need a MAC to leave).
fn wire_host(tag: &str) -> Topology {
    let t = Topology::builder()
        .lan(&format!("{tag}s"), &[(tag, "eth0", "198.18.0.1/24")])
        .build()
        .expect("namespaces (run as root with iproute2)");
    let ns = t.ns(tag);
    for args in [
        &["link", "set", "eth0", "down"][..],
        &["link", "set", "eth0", "address", "02:00:00:00:00:01"][..],
        &["link", "set", "eth0", "up"][..],
    ] {
        ns.ip(args).expect("fix eth0's MAC");
    }
    add_ipv6(ns, "2001:db8::1/64");
    for peer in ["198.18.0.2", "2001:db8::2"] {
        ns.ip(&[
            "neigh",
            "add",
            peer,
            "lladdr",
            "02:00:00:00:00:02",
            "dev",
            "eth0",
            "nud",
            "permanent",
        ])
        .expect("static neighbour for the unicast peer");
    }
    t
}

/// The Ethernet frames of a pcap file (libpcap format, either byte order), each
/// with its capture time in seconds.
fn pcap_frames(path: &Path) -> Vec<(f64, Vec<u8>)> {
    let b = std::fs::read(path).expect("read capture");
    assert!(b.len() >= 24, "capture too short for a pcap header");
    let le = b[..4] == [0xd4, 0xc3, 0xb2, 0xa1];
    let u32_at = |at: usize| {
        let w = [b[at], b[at + 1], b[at + 2], b[at + 3]];
        if le {
            u32::from_le_bytes(w)
        } else {
            u32::from_be_bytes(w)
        }
    };
    let mut frames = Vec::new();
    let mut at = 24;
    while at + 16 <= b.len() {
        let len = u32_at(at + 8) as usize;
        let start = at + 16;
        assert!(start + len <= b.len(), "truncated pcap record");
        let time = f64::from(u32_at(at)) + f64::from(u32_at(at + 4)) / 1e6;
        frames.push((time, b[start..start + len].to_vec()));
        at = start + len;
    }
    frames
}

/// Runs `start` (which starts a daemon and returns what keeps it alive) while
/// tcpdump captures its first `count` frames matching `filter` on eth0, for at most
/// `within`.
fn capture<T>(
    ns: &Netns,
    file: &Path,
    (filter, count, within): (&str, usize, Duration),
    start: impl FnOnce() -> T,
) -> Vec<(f64, Vec<u8>)> {
    let mut cmd = ns.command("tcpdump");
    cmd.args(["-i", "eth0", "-U", "-c", &count.to_string(), "-w"])
        .arg(file)
        .arg(filter)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut dump = ns.spawn(cmd).expect("prerequisite missing: tcpdump");
    // tcpdump says "listening on" once its socket is open.
    let mut stderr = dump.child().stderr.take().expect("tcpdump stderr");
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    let started = Instant::now();
    while !String::from_utf8_lossy(&seen).contains("listening on") {
        use std::io::Read;
        match stderr.read(&mut byte) {
            Ok(1) => seen.push(byte[0]),
            _ => panic!("tcpdump did not start: {}", String::from_utf8_lossy(&seen)),
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "tcpdump is slow to start"
        );
    }
    let daemon = start();
    let deadline = Instant::now() + within;
    while matches!(dump.child().try_wait(), Ok(None)) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(daemon);
    drop(dump);
    pcap_frames(file)
}

fn hex(frame: &[u8]) -> String {
    frame
        .chunks(16)
        .map(|l| {
            l.iter()
                .map(|b| format!("{b:02x}"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n    ")
}

/// keepalived's and rvs's first adverts for `conf`, which must be the same bytes.
fn same_adverts_as_keepalived(tag: &str, conf: &str) {
    let t = wire_host(tag);
    let ns = t.ns(tag);
    let dir = std::env::temp_dir().join(format!("{}-pcap", ns.name()));
    std::fs::create_dir_all(&dir).expect("capture dir");
    let adverts = (VRRP, ADVERTS, Duration::from_secs(8));
    let keepalived = capture(ns, &dir.join("k.pcap"), adverts, || {
        ns.start_keepalived("k", conf).expect("start keepalived")
    });
    let rvs = capture(ns, &dir.join("r.pcap"), adverts, || Rvs::start(ns, conf));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        keepalived.len(),
        ADVERTS,
        "keepalived sent {} adverts in 8 s",
        keepalived.len()
    );
    assert_eq!(rvs.len(), ADVERTS, "rvs sent {} adverts in 8 s", rvs.len());
    for (i, ((_, k), (_, r))) in keepalived.iter().zip(&rvs).enumerate() {
        assert!(
            k == r,
            "advert {i} differs\n  keepalived:\n    {}\n  rvs:\n    {}",
            hex(k),
            hex(r)
        );
    }
}

fn instance(version: u8, vips: &str, extra: &str) -> String {
    format!(
        "vrrp_instance VI_1 {{\n  state MASTER\n  interface eth0\n  virtual_router_id 51\n  \
         priority 255\n  advert_int 1\n  version {version}\n{extra}  \
         virtual_ipaddress {{\n{vips}  }}\n}}\n"
    )
}

const VRRP: &str = "ip proto 112 or ip6 proto 112";

const V4_VIPS: &str = "    198.18.0.100\n    198.18.0.101/24\n";
const V6_VIPS: &str = "    2001:db8::100\n    2001:db8::101/64\n";
const AUTH: &str = "  authentication {\n    auth_type PASS\n    auth_pass secret1\n  }\n";

#[test]
fn vrrpv2_multicast_adverts_match_keepalived() {
    same_adverts_as_keepalived("w2", &instance(2, V4_VIPS, AUTH));
}

#[test]
fn vrrpv3_ipv4_multicast_adverts_match_keepalived() {
    same_adverts_as_keepalived("w3", &instance(3, V4_VIPS, ""));
}

#[test]
fn vrrpv3_ipv6_multicast_adverts_match_keepalived() {
    same_adverts_as_keepalived("w6", &instance(3, V6_VIPS, ""));
}

fn unicast_peer(p: &str) -> String {
    format!("  unicast_peer {{\n    {p}\n  }}\n")
}

#[test]
fn vrrpv2_unicast_adverts_match_keepalived() {
    let extra = format!("{AUTH}{}", unicast_peer("198.18.0.2"));
    same_adverts_as_keepalived("wu", &instance(2, V4_VIPS, &extra));
}

#[test]
fn vrrpv3_ipv4_unicast_adverts_match_keepalived() {
    same_adverts_as_keepalived("wv", &instance(3, V4_VIPS, &unicast_peer("198.18.0.2")));
}

#[test]
fn vrrpv3_ipv6_unicast_adverts_match_keepalived() {
    same_adverts_as_keepalived("wx", &instance(3, V6_VIPS, &unicast_peer("2001:db8::2")));
}

/// The VMAC as keepalived leaves it: link type, mode and MAC, addresses, and the
/// sysctls of it and of its base interface.
fn vmac_state(ns: &Netns, vmac: &str) -> Vec<String> {
    let mut out = Vec::new();
    match ns.ip(&["-d", "-o", "link", "show", "dev", vmac]) {
        Ok(link) => {
            let words: Vec<&str> = link.split_whitespace().collect();
            let keep = ["link/ether", "macvlan", "mode"];
            for (i, w) in words.iter().enumerate() {
                if keep.contains(w) {
                    out.push(format!("link: {w} {}", words.get(i + 1).unwrap_or(&"")));
                }
            }
            let addrs = ns
                .ip(&["-o", "addr", "show", "dev", vmac])
                .expect("ip addr");
            for l in addrs.lines() {
                out.push(format!(
                    "addr: {}",
                    l.split_whitespace().skip(2).collect::<Vec<_>>().join(" ")
                ));
            }
        }
        Err(_) => out.push(format!("no {vmac}")),
    }
    for (dev, keys) in [
        (
            vmac,
            &[
                "arp_ignore",
                "arp_filter",
                "accept_local",
                "rp_filter",
                "promote_secondaries",
            ][..],
        ),
        (
            "eth0",
            &["arp_ignore", "arp_filter", "accept_local", "rp_filter"][..],
        ),
    ] {
        for key in keys {
            // /proc/sys/net shows the namespace of the reader.
            let value = ns
                .command("cat")
                .arg(format!("/proc/sys/net/ipv4/conf/{dev}/{key}"))
                .output()
                .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
                .unwrap_or_default();
            out.push(format!("sysctl {dev}.{key}={value}"));
        }
    }
    for key in ["disable_ipv6", "addr_gen_mode"] {
        let value = ns
            .command("cat")
            .arg(format!("/proc/sys/net/ipv6/conf/{vmac}/{key}"))
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default();
        out.push(format!("sysctl6 {vmac}.{key}={value}"));
    }
    out
}

#[test]
fn vmac_matches_keepalived() {
    same_vmac_as_keepalived(
        "m",
        &instance(2, V4_VIPS, "  use_vmac\n"),
        "00:00:5e:00:01:33",
    );
}

#[test]
fn ipv6_vmac_matches_keepalived() {
    same_vmac_as_keepalived(
        "n",
        &instance(3, V6_VIPS, "  use_vmac\n"),
        "00:00:5e:00:02:33",
    );
}

/// The VMAC keepalived and rvs build for `conf` (whose VRID is 51), in identical
/// namespaces (same MAC, so the same link-local address), and their adverts.
fn same_vmac_as_keepalived(tag: &str, conf: &str, mac: &str) {
    let (kt, rt) = (format!("{tag}k"), format!("{tag}r"));
    let (tk, tr) = (wire_host(&kt), wire_host(&rt));
    let (kn, rn) = (tk.ns(&kt), tr.ns(&rt));
    let mut ka = kn.start_keepalived("k", conf).expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_1) Entering MASTER STATE", Duration::from_secs(5)),
        "keepalived never became MASTER:\n{}",
        ka.log()
    );
    std::thread::sleep(Duration::from_millis(500));
    let keepalived_master = vmac_state(kn, "vrrp.51");
    drop(ka);
    let keepalived_after = vmac_state(kn, "vrrp.51");
    let rvs = Rvs::start(rn, conf);
    assert!(
        rvs.wait_for_log("(VI_1) Entering MASTER STATE", Duration::from_secs(5)),
        "rvs never became MASTER:\n{}",
        rvs.log()
    );
    std::thread::sleep(Duration::from_millis(500));
    let rvs_master = vmac_state(rn, "vrrp.51");
    let mut rvs = rvs;
    assert_eq!(rvs.stop(), Some(0), "{}", rvs.log());
    let rvs_after = vmac_state(rn, "vrrp.51");
    assert!(
        keepalived_master
            .iter()
            .any(|l| *l == format!("link: link/ether {mac}"))
            && keepalived_master.iter().any(|l| l.starts_with("addr: ")),
        "{keepalived_master:?}"
    );
    assert_eq!(keepalived_master, rvs_master, "rvs log:\n{}", rvs.log());
    assert_eq!(keepalived_after, rvs_after);
    // The adverts leave from the VMAC's MAC, byte for byte as keepalived's.
    same_adverts_as_keepalived(&format!("{tag}w"), conf);
}

/// keepalived's defaults: 5 at the transition, 5 more `garp_master_delay` (5 s) later.
const ANNOUNCE_BURST: usize = 5;

/// The gratuitous ARPs or unsolicited NAs each daemon sends on becoming MASTER: the
/// same frames, the same number, in two bursts 5 s apart.
fn same_announcements_as_keepalived(tag: &str, conf: &str, vips: usize, filter: &str) {
    let t = wire_host(tag);
    let ns = t.ns(tag);
    let dir = std::env::temp_dir().join(format!("{}-pcap", ns.name()));
    std::fs::create_dir_all(&dir).expect("capture dir");
    let want = 2 * ANNOUNCE_BURST * vips;
    let spec = (filter, want, Duration::from_secs(9));
    let keepalived = capture(ns, &dir.join("k.pcap"), spec, || {
        ns.start_keepalived("k", conf).expect("start keepalived")
    });
    let rvs = capture(ns, &dir.join("r.pcap"), spec, || Rvs::start(ns, conf));
    let _ = std::fs::remove_dir_all(&dir);
    for (who, frames) in [("keepalived", &keepalived), ("rvs", &rvs)] {
        assert_eq!(
            frames.len(),
            want,
            "{who} sent {} announcements",
            frames.len()
        );
        let first = frames[0].0;
        let late = frames.iter().filter(|(t, _)| t - first > 4.0).count();
        assert_eq!(
            late,
            want / 2,
            "{who}: half the announcements should come garp_master_delay later"
        );
    }
    let sorted = |f: &[(f64, Vec<u8>)]| {
        let mut v: Vec<Vec<u8>> = f.iter().map(|(_, b)| b.clone()).collect();
        v.sort();
        v
    };
    let (k, r) = (sorted(&keepalived), sorted(&rvs));
    for (i, (k, r)) in k.iter().zip(&r).enumerate() {
        assert!(
            k == r,
            "announcement {i} differs\n  keepalived:\n    {}\n  rvs:\n    {}",
            hex(k),
            hex(r)
        );
    }
}

#[test]
fn gratuitous_arps_match_keepalived() {
    same_announcements_as_keepalived("ga", &instance(2, V4_VIPS, ""), 2, "arp");
}

#[test]
fn unsolicited_neighbour_advertisements_match_keepalived() {
    same_announcements_as_keepalived(
        "gn",
        &instance(3, V6_VIPS, ""),
        2,
        "icmp6 and ip6[40] == 136",
    );
}

#[test]
fn unicast_ttl_is_applied_as_keepalived_does() {
    let extra = format!("  unicast_ttl 10\n{}", unicast_peer("198.18.0.2"));
    same_adverts_as_keepalived("pt", &instance(3, V4_VIPS, &extra));
    let extra = format!("  unicast_ttl 10\n{}", unicast_peer("2001:db8::2"));
    same_adverts_as_keepalived("pu", &instance(3, V6_VIPS, &extra));
}
