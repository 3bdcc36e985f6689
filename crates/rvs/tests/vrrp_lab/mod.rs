//! Namespaces, rvs and keepalived peers for the `rvs run -P` VRRP tests; each test
//! binary uses part of it.
#![allow(dead_code)]

use std::net::Ipv4Addr;
use std::os::fd::AsRawFd;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use nix::sys::signal::{kill, Signal};
use nix::sys::socket::{
    recvfrom, sendto, setsockopt, socket, sockopt, AddressFamily, MsgFlags, SockFlag, SockProtocol,
    SockType, SockaddrIn,
};
use nix::sys::time::{TimeVal, TimeValLike};
use nix::unistd::Pid;
use rvs_netlab::{Background, Keepalived, Netns, Topology};

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

/// Gives `ns`'s eth0 the IPv6 address `cidr` and waits until its link-local address
/// has left DAD (adverts leave from it).
pub fn add_ipv6(ns: &Netns, cidr: &str) {
    ns.ip(&["-6", "addr", "add", cidr, "dev", "eth0", "nodad"])
        .expect("IPv6 address on eth0");
    let ready = wait(Duration::from_secs(5), || {
        let out = ns
            .ip(&["-6", "addr", "show", "dev", "eth0", "scope", "link"])
            .expect("ip addr");
        out.contains("fe80") && !out.contains("tentative")
    });
    assert!(
        ready.is_some(),
        "{}: no usable link-local address",
        ns.name()
    );
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

impl<'ns> Rvs<'ns> {
    /// `rvs run -P -f CONF` in `ns`, logging to a file in its own directory.
    pub fn start(ns: &'ns Netns, config: &str) -> Rvs<'ns> {
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

    pub fn wait_for_log(&self, needle: &str, within: Duration) -> bool {
        wait(within, || self.log().contains(needle)).is_some()
    }

    /// SIGTERM, then the exit code once it has exited (within 5 s).
    pub fn stop(&mut self) -> Option<i32> {
        self.signal(Signal::SIGTERM);
        self.exit_code(Duration::from_secs(5))
    }

    /// SIGTERM; rvs must exit 0.
    pub fn stop_ok(&mut self) {
        let code = self.stop();
        assert_eq!(
            code,
            Some(0),
            "rvs did not exit 0 on SIGTERM:\n{}",
            self.log()
        );
    }

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

/// ICMP echo requests from a namespace every `interval`, on a thread that entered
/// it: when each answered request was sent and its reply came. Stops on drop, and
/// after a minute at most.
pub struct Ping {
    stop: Arc<AtomicBool>,
    replies: Arc<Mutex<Vec<(SystemTime, SystemTime)>>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

const PING_LIMIT: Duration = Duration::from_secs(60);

impl Ping {
    pub fn start(ns: &Netns, target: &str, interval: Duration) -> Ping {
        let target: Ipv4Addr = target.parse().expect("an IPv4 target");
        let netns = std::fs::File::open(format!("/run/netns/{}", ns.name()))
            .expect("the namespace's file under /run/netns");
        let stop = Arc::new(AtomicBool::new(false));
        let replies = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (Arc::clone(&stop), Arc::clone(&replies));
        let (ready_tx, ready) = std::sync::mpsc::channel();
        let thread = std::thread::spawn(move || {
            nix::sched::setns(&netns, nix::sched::CloneFlags::CLONE_NEWNET)
                .expect("enter the namespace");
            let sock = socket(
                AddressFamily::Inet,
                SockType::Raw,
                SockFlag::empty(),
                SockProtocol::Icmp,
            )
            .expect("raw ICMP socket (needs root)");
            setsockopt(&sock, sockopt::ReceiveTimeout, &TimeVal::milliseconds(1))
                .expect("receive timeout");
            let _ = ready_tx.send(());
            echo_loop(sock, target, interval, &s, &r);
        });
        ready.recv().expect("the ping thread started");
        Ping {
            stop,
            replies,
            thread: Some(thread),
        }
    }

    /// Times of the replies, in order.
    pub fn replies(&self) -> Vec<SystemTime> {
        let r = self.replies.lock().expect("replies");
        r.iter().map(|(_, received)| *received).collect()
    }

    /// When the first reply to a request sent after `since` came.
    pub fn first_reply_after(&self, since: SystemTime) -> Option<SystemTime> {
        let r = self.replies.lock().expect("replies");
        r.iter()
            .find(|(sent, _)| *sent > since)
            .map(|(_, received)| *received)
    }
}

impl Drop for Ping {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn echo_loop(
    sock: std::os::fd::OwnedFd,
    target: Ipv4Addr,
    interval: Duration,
    stop: &AtomicBool,
    replies: &Mutex<Vec<(SystemTime, SystemTime)>>,
) {
    let id = (std::process::id() & 0xffff) as u16;
    let to = SockaddrIn::from(std::net::SocketAddrV4::new(target, 0));
    let started = Instant::now();
    let mut next = started;
    let mut seq: u16 = 0;
    let mut sent = vec![SystemTime::UNIX_EPOCH; usize::from(u16::MAX) + 1];
    let mut buf = [0u8; 1500];
    while !stop.load(Ordering::Relaxed) && started.elapsed() < PING_LIMIT {
        if Instant::now() >= next {
            seq = seq.wrapping_add(1);
            sent[usize::from(seq)] = SystemTime::now();
            let _ = sendto(
                sock.as_raw_fd(),
                &echo_request(id, seq),
                &to,
                MsgFlags::empty(),
            );
            next += interval;
        }
        if let Ok((n, Some(from))) = recvfrom::<SockaddrIn>(sock.as_raw_fd(), &mut buf) {
            if from.ip() == target {
                if let Some(seq) = echo_reply_seq(&buf[..n], id) {
                    let at = SystemTime::now();
                    replies
                        .lock()
                        .expect("replies")
                        .push((sent[usize::from(seq)], at));
                }
            }
        }
    }
}

fn echo_request(id: u16, seq: u16) -> [u8; 16] {
    let mut p = [0u8; 16];
    p[0] = 8;
    p[4..6].copy_from_slice(&id.to_be_bytes());
    p[6..8].copy_from_slice(&seq.to_be_bytes());
    let sum = p
        .chunks(2)
        .map(|c| u32::from(u16::from_be_bytes([c[0], c[1]])))
        .sum::<u32>();
    let folded = (sum & 0xffff) + (sum >> 16);
    let folded = (folded & 0xffff) + (folded >> 16);
    p[2..4].copy_from_slice(&(!(folded as u16)).to_be_bytes());
    p
}

/// The sequence number of an IPv4 packet holding an echo reply with our identifier.
fn echo_reply_seq(packet: &[u8], id: u16) -> Option<u16> {
    let icmp = packet.get(usize::from(packet.first()? & 0xf) * 4..)?;
    (icmp.len() >= 8 && icmp[0] == 0 && icmp[4..6] == id.to_be_bytes())
        .then(|| u16::from_be_bytes([icmp[6], icmp[7]]))
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

/// keepalived with `conf(100)` in `ns`, once it logged BACKUP (a MASTER runs already).
pub fn keepalived_backup(ns: &Netns) -> Keepalived<'_> {
    let mut ka = ns
        .start_keepalived("k", &conf(100))
        .expect("start keepalived");
    assert!(
        ka.wait_for_log("(VI_1) Entering BACKUP STATE", Duration::from_secs(5)),
        "keepalived did not enter BACKUP:\n{}",
        ka.log()
    );
    ka
}
