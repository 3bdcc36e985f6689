//! Namespaces, rvs and keepalived peers for the `rvs run -P` VRRP tests; each test
//! binary uses part of it.
#![allow(dead_code)]

use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use rvs_netlab::{Background, Netns, Topology};

pub const VIP: &str = "198.18.0.100/32";

pub fn conf(priority: u8) -> String {
    format!(
        "global_defs {{\n  router_id rvs_test\n}}\n\
         vrrp_instance VI_1 {{\n  state BACKUP\n  interface eth0\n  virtual_router_id 51\n  \
         priority {priority}\n  advert_int 1\n  \
         authentication {{\n    auth_type PASS\n    auth_pass secret1\n  }}\n  \
         virtual_ipaddress {{\n    198.18.0.100\n  }}\n}}\n"
    )
}

/// Master down interval of a priority-`p` backup with 1 s adverts, plus scheduling margin.
pub fn takeover_bound(p: u8) -> Duration {
    Duration::from_micros(3_000_000 + (256 - u64::from(p)) * 1_000_000 / 256)
        + Duration::from_millis(1500)
}

/// rvs (`<tag>r`), keepalived (`<tag>k`) and a client (`<tag>c`) that learns the VIP's
/// MAC from gratuitous ARPs (`arp_accept`).
pub fn lan(tag: &str) -> Topology {
    let t = Topology::builder()
        .lan(
            &format!("{tag}sw"),
            &[
                (&format!("{tag}r"), "eth0", "198.18.0.1/24"),
                (&format!("{tag}k"), "eth0", "198.18.0.2/24"),
                (&format!("{tag}c"), "eth0", "198.18.0.3/24"),
            ],
        )
        .build()
        .expect("namespaces (run as root with iproute2)");
    t.ns(&format!("{tag}c"))
        .sysctl("net.ipv4.conf.eth0.arp_accept", "1")
        .expect("arp_accept on the client");
    t
}

pub fn mac(ns: &Netns) -> String {
    let out = ns
        .ip(&["-br", "link", "show", "dev", "eth0"])
        .expect("ip link");
    out.split_whitespace()
        .nth(2)
        .expect("MAC in ip -br link")
        .to_owned()
}

/// The MAC the client's neighbour table holds for the VIP, if any.
pub fn vip_mac_seen_by(client: &Netns) -> Option<String> {
    let out = client
        .ip(&["neigh", "show", "198.18.0.100", "dev", "eth0"])
        .expect("ip neigh");
    let mut words = out.split_whitespace();
    words.find(|w| *w == "lladdr")?;
    words.next().map(str::to_owned)
}

pub fn has_vip(ns: &Netns) -> bool {
    ns.ip(&["-4", "addr", "show", "dev", "eth0"])
        .expect("ip addr show")
        .contains(VIP)
}

/// Polls `cond` until it holds or `within` passes; the time it took.
pub fn wait(within: Duration, mut cond: impl FnMut() -> bool) -> Option<Duration> {
    let start = Instant::now();
    loop {
        if cond() {
            return Some(start.elapsed());
        }
        if start.elapsed() > within {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub struct Rvs<'ns> {
    pub proc: Background<'ns>,
    pub log: std::path::PathBuf,
}

impl Rvs<'_> {
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn signal(&self, sig: Signal) {
        let pid = i32::try_from(self.proc.id()).expect("pid fits i32");
        kill(Pid::from_raw(pid), sig).expect("signal rvs");
    }

    pub fn running(&mut self) -> bool {
        matches!(self.proc.child().try_wait(), Ok(None))
    }

    /// Waits for the process to exit; its exit code.
    pub fn exit_code(&mut self, within: Duration) -> Option<i32> {
        let start = Instant::now();
        while start.elapsed() < within {
            if let Ok(Some(st)) = self.proc.child().try_wait() {
                return st.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Rvs<'_> {
    fn drop(&mut self) {
        if let Some(dir) = self.log.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// A notify script that appends its arguments to `out`.
pub fn write_notify_script(script: &std::path::Path, out: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(
        script,
        format!("#!/bin/sh\necho \"$@\" >> {}\n", out.display()),
    )
    .expect("write notify script");
    std::fs::set_permissions(script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

pub fn start_rvs<'ns>(ns: &'ns Netns, config: &str) -> Rvs<'ns> {
    let dir = std::env::temp_dir().join(format!("{}-rvs", ns.name()));
    std::fs::create_dir_all(&dir).expect("rvs temp dir");
    let conf = dir.join("keepalived.conf");
    std::fs::write(&conf, config).expect("write rvs conf");
    let log = dir.join("log");
    let out = std::fs::File::create(&log).expect("rvs log");
    let mut cmd: Command = ns.command(env!("CARGO_BIN_EXE_rvs"));
    cmd.args(["run", "-P", "-f"])
        .arg(&conf)
        .stdin(Stdio::null())
        .stdout(out.try_clone().expect("dup log"))
        .stderr(out);
    Rvs {
        proc: ns.spawn(cmd).expect("spawn rvs"),
        log,
    }
}

pub fn has(ns: &Netns, cidr: &str) -> bool {
    ns.ip(&["-4", "addr", "show", "dev", "eth0"])
        .expect("ip addr show")
        .contains(cidr)
}

/// `ip -ts monitor address` in a namespace, logging to a file: when addresses came
/// and went, by the kernel's notifications rather than by polling.
pub struct AddrMonitor<'ns> {
    _proc: Background<'ns>,
    out: std::path::PathBuf,
}

impl AddrMonitor<'_> {
    pub fn start<'ns>(ns: &'ns Netns, tag: &str) -> AddrMonitor<'ns> {
        let out = std::env::temp_dir().join(format!("{}-{tag}-monitor", ns.name()));
        let file = std::fs::File::create(&out).expect("monitor output");
        let mut cmd = ns.command("ip");
        // Timestamps in UTC, so that they compare with SystemTime.
        cmd.env("TZ", "UTC")
            .args(["-ts", "monitor", "address", "dev", "eth0"])
            .stdin(Stdio::null())
            .stdout(file);
        let proc = ns.spawn(cmd).expect("ip monitor");
        // `ip monitor` subscribes before it prints anything; give it a moment.
        std::thread::sleep(Duration::from_millis(200));
        AddrMonitor { _proc: proc, out }
    }

    /// When `cidr` was first added (`added`) or deleted after `since`.
    pub fn first(&self, cidr: &str, added: bool, since: SystemTime) -> Option<SystemTime> {
        let text = std::fs::read_to_string(&self.out).unwrap_or_default();
        text.lines().find_map(|l| {
            let (at, rest) = parse_stamp(l)?;
            let deleted = rest.trim_start().starts_with("Deleted");
            let this = rest.contains(&format!("inet {cidr} "));
            (this && deleted != added && at >= since).then_some(at)
        })
    }

    /// Waits until `cidr` is added (or deleted) after `since`; when it was.
    pub fn wait_for(
        &self,
        cidr: &str,
        added: bool,
        since: SystemTime,
        within: Duration,
    ) -> Option<SystemTime> {
        let mut at = None;
        wait(within, || {
            at = self.first(cidr, added, since);
            at.is_some()
        });
        at
    }
}

impl Drop for AddrMonitor<'_> {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.out);
    }
}

/// `[2026-11-24T21:48:44.601303] rest` (UTC) as a time and the rest of the line.
pub fn parse_stamp(line: &str) -> Option<(SystemTime, &str)> {
    let (stamp, rest) = line.strip_prefix('[')?.split_once(']')?;
    let (date, time) = stamp.split_once('T')?;
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, day) = (d.next()??, d.next()??, d.next()??);
    let (hms, frac) = time.split_once('.')?;
    let mut t = hms.split(':').map(|p| p.parse::<u64>().ok());
    let (h, min, s) = (t.next()??, t.next()??, t.next()??);
    let micros: u64 = format!("{frac:0<6}").get(..6)?.parse().ok()?;
    let days = u64::try_from(days_from_civil(y, m, day)).ok()?;
    let secs = days * 86_400 + h * 3600 + min * 60 + s;
    Some((
        SystemTime::UNIX_EPOCH + Duration::from_secs(secs) + Duration::from_micros(micros),
        rest,
    ))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `ping -D` from a namespace every `interval`: when replies came.
pub struct Ping<'ns> {
    _proc: Background<'ns>,
    out: std::path::PathBuf,
}

impl Ping<'_> {
    pub fn start<'ns>(ns: &'ns Netns, target: &str, interval: Duration) -> Ping<'ns> {
        let out = std::env::temp_dir().join(format!("{}-ping", ns.name()));
        let file = std::fs::File::create(&out).expect("ping output");
        let mut cmd = ns.command("ping");
        cmd.args(["-D", "-n", "-W", "1", "-i"])
            .arg(format!("{:.3}", interval.as_secs_f64()))
            .arg(target)
            .stdin(Stdio::null())
            .stdout(file);
        Ping {
            _proc: ns.spawn(cmd).expect("ping"),
            out,
        }
    }

    /// Times of the replies, in order.
    pub fn replies(&self) -> Vec<SystemTime> {
        let text = std::fs::read_to_string(&self.out).unwrap_or_default();
        text.lines()
            .filter(|l| l.contains("bytes from"))
            .filter_map(|l| {
                let (stamp, _) = l.strip_prefix('[')?.split_once(']')?;
                let secs: f64 = stamp.parse().ok()?;
                Some(SystemTime::UNIX_EPOCH + Duration::from_secs_f64(secs))
            })
            .collect()
    }

    /// The first reply after `since`.
    pub fn first_reply_after(&self, since: SystemTime) -> Option<SystemTime> {
        self.replies().into_iter().find(|t| *t > since)
    }
}

impl Drop for Ping<'_> {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.out);
    }
}

/// keepalived's master down interval: 3 × advert + (256 - priority) × advert / 256.
pub fn master_down(advert: Duration, priority: u8) -> Duration {
    advert * 3 + advert * (256 - u32::from(priority)) / 256
}

/// The pid of keepalived's VRRP child.
pub fn vrrp_child(ka: &rvs_netlab::Keepalived<'_>) -> Pid {
    let pid = std::fs::read_to_string(ka.dir().join("vrrp.pid")).expect("keepalived vrrp pid");
    Pid::from_raw(pid.trim().parse().expect("pid"))
}

#[test]
fn stamps_parse_as_utc() {
    let (t, rest) = parse_stamp("[1970-01-02T00:00:01.5] x").expect("parses");
    assert_eq!(
        t,
        SystemTime::UNIX_EPOCH + Duration::from_secs(86_401) + Duration::from_millis(500)
    );
    assert_eq!(rest, " x");
    let (t, _) = parse_stamp("[2026-11-24T21:48:44.601303] 1: lo").expect("parses");
    let secs = t
        .duration_since(SystemTime::UNIX_EPOCH)
        .expect("after epoch")
        .as_secs();
    assert_eq!(secs, 1_795_556_924);
}
