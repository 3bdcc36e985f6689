//! VRRP failover time, rvs vs keepalived as the BACKUP that replaces a dying MASTER.
//!
//! Run: `cargo bench -p rvs --bench vrrp_failover` (root, iproute2, keepalived 2.2.7).
//! On one bridged LAN in namespaces: keepalived MASTER (priority 200), the BACKUP
//! under test (priority 100: rvs in one series, keepalived in the other) and a client
//! sending an ICMP echo to the VIP every 5 ms. The MASTER dies by its link going
//! down (its adverts and its replies stop at once); the failover time is from then to
//! the client's first reply from the VIP, which needs the BACKUP's takeover and its
//! gratuitous ARP. Between runs the MASTER's link comes back and it preempts. Each
//! series: 20 runs with VRRPv2 `advert_int 1` and 20 with VRRPv3 `advert_int 0.1`;
//! printed as median / p95 / max against the master down interval (3 × advert +
//! skew), the protocol's bound. Takes about six minutes.

#[path = "../tests/vrrp_lab/mod.rs"]
mod vrrp_lab;

use std::time::{Duration, SystemTime};

use rvs_netlab::Netns;
use vrrp_lab::{has_vip, lan, mac, master_down, start_rvs, vip_mac_seen_by, wait, Ping};

const RUNS: usize = 20;
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

/// `RUNS` failovers; the failover times.
fn series(backup: Backup, advert: Duration) -> Vec<Duration> {
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
        Backup::Rvs => (Some(start_rvs(bn, &vconf(100, advert))), None),
        Backup::Keepalived => (
            None,
            Some(
                bn.start_keepalived("b", &vconf(100, advert))
                    .expect("start keepalived"),
            ),
        ),
    };
    let settle = master_down(advert, 200) + Duration::from_secs(3);
    let mut times = Vec::new();
    for run in 0..RUNS {
        assert!(
            wait(settle, || settled(mn, bn, client)).is_some(),
            "run {run}: not settled with the MASTER holding the VIP"
        );
        // Let the backup hear a few adverts, at a phase that varies run to run.
        let phase = advert.mul_f64(f64::from(u32::try_from(run % 7).unwrap_or(0)) / 7.0);
        std::thread::sleep(advert * 2 + phase);
        let ping = Ping::start(client, "198.18.0.100", PROBE_EVERY);
        std::thread::sleep(Duration::from_millis(100));
        assert!(!ping.replies().is_empty(), "run {run}: no replies before");
        let t0 = SystemTime::now();
        link(mn, false);
        let limit = master_down(advert, 100) * 3;
        let mut first = None;
        wait(limit, || {
            first = ping.first_reply_after(t0);
            first.is_some()
        });
        let took = first
            .and_then(|f| f.duration_since(t0).ok())
            .unwrap_or_else(|| panic!("run {run}: no reply within {limit:?} of the MASTER dying"));
        times.push(took);
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
    println!("| advert | backup | median | p95 | max | bound (master down) | median − bound |");
    println!("|---|---|---|---|---|---|---|");
    for advert in [Duration::from_secs(1), Duration::from_millis(100)] {
        let bound = master_down(advert, 100);
        for backup in [Backup::Rvs, Backup::Keepalived] {
            let mut t = series(backup, advert);
            t.sort();
            let median = percentile(&t, 0.5);
            let diff = median.as_secs_f64() - bound.as_secs_f64();
            println!(
                "| {} | {} | {} | {} | {} | {} | {:+.0} ms |",
                if advert < Duration::from_secs(1) {
                    "v3 0.1 s"
                } else {
                    "v2 1 s"
                },
                backup.name(),
                ms(median),
                ms(percentile(&t, 0.95)),
                ms(t[t.len() - 1]),
                ms(bound),
                diff * 1000.0
            );
        }
    }
}
