//! VRRP failover time, rvs vs keepalived as the BACKUP that replaces a dying MASTER.
//!
//! Run: `cargo bench -p rvs --bench vrrp_failover` (root, iproute2, keepalived 2.2.7).
//! On one bridged LAN in namespaces: keepalived MASTER (priority 200), the BACKUP
//! under test (priority 100: rvs in one series, keepalived in the other) and a client
//! sending an ICMP echo to the VIP every 5 ms. The MASTER dies by its link going
//! down (its adverts and its replies stop at once); the failover ends at the client's
//! first reply from the VIP, which needs the BACKUP's takeover and its gratuitous ARP.
//! It is timed from the death, and from the MASTER's last advert (captured by
//! tcpdump on the client): the BACKUP's timer starts at that advert, so the second
//! time is the master down interval (3 × advert + skew, the protocol's bound) plus
//! the BACKUP's reaction, free of the death's phase between two adverts. Between runs
//! the MASTER's link comes back and it preempts. Each series: 20 runs with VRRPv2
//! `advert_int 1` and 20 with VRRPv3 `advert_int 0.1` (`RVS_BENCH_RUNS` overrides the
//! count); median / p95 / max. Takes about six minutes.

#[path = "../tests/vrrp_lab/mod.rs"]
mod vrrp_lab;

use std::time::{Duration, SystemTime};

use rvs_netlab::Netns;
use vrrp_lab::{has_vip, lan, mac, master_down, vip_mac_seen_by, wait, Ping, Rvs};

/// Runs per series; `RVS_BENCH_RUNS` overrides it for a quick try.
fn runs() -> usize {
    std::env::var("RVS_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20)
}
const PROBE_EVERY: Duration = Duration::from_millis(5);

fn vconf(priority: u8, advert: Duration) -> String {
    let version = if advert < Duration::from_secs(1) {
        3
    } else {
        2
    };
    format!(
        "vrrp_instance VI_1 {{\n  state BACKUP\n  interface eth0\n  virtual_router_id 51\n  \
         priority {priority}\n  version {version}\n  advert_int {}\n  \
         virtual_ipaddress {{\n    198.18.0.100\n  }}\n}}\n",
        advert.as_secs_f64()
    )
}

#[derive(Clone, Copy, PartialEq)]
enum Backup {
    Rvs,
    Keepalived,
}

impl Backup {
    fn name(self) -> &'static str {
        match self {
            Backup::Rvs => "rvs",
            Backup::Keepalived => "keepalived",
        }
    }
}

/// The MASTER (`k`) holds the VIP, the BACKUP (`r`) not, and the client sends to
/// the MASTER's MAC.
fn settled(master: &Netns, backup: &Netns, client: &Netns) -> bool {
    has_vip(master) && !has_vip(backup) && vip_mac_seen_by(client) == Some(mac(master))
}

fn link(ns: &Netns, up: bool) {
    ns.ip(&["link", "set", "eth0", if up { "up" } else { "down" }])
        .expect("ip link set");
}

/// The MASTER's adverts as the client sees them: `tcpdump -tt` (kernel capture
/// times) into a file.
struct Adverts<'ns> {
    _proc: rvs_netlab::Background<'ns>,
    out: std::path::PathBuf,
}

impl Adverts<'_> {
    fn start(client: &Netns) -> Adverts<'_> {
        let out = std::env::temp_dir().join(format!("{}-adverts", client.name()));
        let file = std::fs::File::create(&out).expect("capture file");
        let mut cmd = client.command("tcpdump");
        cmd.args(["-i", "eth0", "-n", "-tt", "-l", "vrrp"])
            .stdout(file)
            .stderr(std::process::Stdio::null());
        let proc = client
            .spawn(cmd)
            .expect("tcpdump (apt-get install tcpdump)");
        std::thread::sleep(Duration::from_millis(500));
        Adverts { _proc: proc, out }
    }

    /// When the last advert from `src` before `t` was captured.
    fn last_before(&self, src: &str, t: SystemTime) -> Option<SystemTime> {
        let text = std::fs::read_to_string(&self.out).unwrap_or_default();
        let from = format!(" IP {src} > ");
        text.lines()
            .filter(|l| l.contains(&from) && l.contains("Advertisement"))
            .filter_map(|l| l.split_whitespace().next()?.parse::<f64>().ok())
            .map(|s| SystemTime::UNIX_EPOCH + Duration::from_secs_f64(s))
            .take_while(|at| *at < t)
            .last()
    }
}

impl Drop for Adverts<'_> {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.out);
    }
}

/// One failover: from the MASTER's death, and from its last advert, to the
/// client's first reply.
struct Failover {
    from_death: Duration,
    from_last_advert: Duration,
}

/// `runs()` failovers.
fn series(backup: Backup, advert: Duration) -> Vec<Failover> {
    let t = lan("bf");
    let (bn, mn, client) = (t.ns("bfr"), t.ns("bfk"), t.ns("bfc"));
    let mut master = mn
        .start_keepalived("m", &vconf(200, advert))
        .expect("start keepalived");
    assert!(
        master.wait_for_log("(VI_1) Entering MASTER STATE", Duration::from_secs(6)),
        "{}",
        master.log()
    );
    // Kept alive for the whole series; dropped (stopped) at the end.
    let (_rvs, _ka) = match backup {
        Backup::Rvs => (Some(Rvs::start(bn, &vconf(100, advert))), None),
        Backup::Keepalived => (
            None,
            Some(
                bn.start_keepalived("b", &vconf(100, advert))
                    .expect("start keepalived"),
            ),
        ),
    };
    let adverts = Adverts::start(client);
    let settle = master_down(advert, 200) + Duration::from_secs(3);
    let mut times = Vec::new();
    for run in 0..runs() {
        assert!(
            wait(settle, || settled(mn, bn, client)).is_some(),
            "run {run}: not settled with the MASTER holding the VIP: master has it {}, \
             backup {}, the client sees {:?}, master MAC {}\nmaster log:\n{}",
            has_vip(mn),
            has_vip(bn),
            vip_mac_seen_by(client),
            mac(mn),
            master.log()
        );
        // Let the backup hear a few adverts, at a phase that varies run to run.
        let phase = advert.mul_f64(f64::from(u32::try_from(run % 7).unwrap_or(0)) / 7.0);
        std::thread::sleep(advert * 2 + phase);
        let ping = Ping::start(client, "198.18.0.100", PROBE_EVERY);
        let answered = wait(Duration::from_secs(2), || !ping.replies().is_empty());
        assert!(
            answered.is_some(),
            "run {run}: the VIP does not answer before the MASTER dies; client: {:?}, \
             master: {:?}",
            client.ip(&["neigh"]),
            mn.ip(&["-4", "addr"])
        );
        link(mn, false);
        // Once `ip` returns the link is down: requests sent later reach nobody until
        // the BACKUP has taken over.
        let t0 = SystemTime::now();
        let limit = master_down(advert, 100) * 3;
        let mut first = None;
        wait(limit, || {
            first = ping.first_reply_after(t0);
            first.is_some()
        });
        let first = first
            .unwrap_or_else(|| panic!("run {run}: no reply within {limit:?} of the MASTER dying"));
        let last = adverts
            .last_before("198.18.0.2", t0)
            .unwrap_or_else(|| panic!("run {run}: no advert of the MASTER captured"));
        let since = |t: SystemTime| first.duration_since(t).unwrap_or_default();
        times.push(Failover {
            from_death: since(t0),
            from_last_advert: since(last),
        });
        drop(ping);
        link(mn, true);
    }
    times
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    rvs_netlab::require().unwrap_or_else(|e| panic!("{e}"));
    println!(
        "| advert | BACKUP | from death: median / p95 / max | from the last advert: median / p95 / max | bound (master down) | median from last advert − bound |"
    );
    println!("|---|---|---|---|---|---|");
    for advert in [Duration::from_secs(1), Duration::from_millis(100)] {
        let bound = master_down(advert, 100);
        for backup in [Backup::Rvs, Backup::Keepalived] {
            let runs = series(backup, advert);
            let stats = |pick: fn(&Failover) -> Duration| {
                let mut t: Vec<Duration> = runs.iter().map(pick).collect();
                t.sort();
                (percentile(&t, 0.5), percentile(&t, 0.95), t[t.len() - 1])
            };
            let death = stats(|f| f.from_death);
            let last = stats(|f| f.from_last_advert);
            let three = |(a, b, c): (Duration, Duration, Duration)| {
                format!("{} / {} / {}", ms(a), ms(b), ms(c))
            };
            println!(
                "| {} | {} | {} | {} | {} | {:+.0} ms |",
                if advert < Duration::from_secs(1) {
                    "v3 0.1 s"
                } else {
                    "v2 1 s"
                },
                backup.name(),
                three(death),
                three(last),
                ms(bound),
                (last.0.as_secs_f64() - bound.as_secs_f64()) * 1000.0
            );
        }
    }
}
