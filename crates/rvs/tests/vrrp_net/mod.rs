//! Shared by the VRRP networking tests (`vrrp_golden.rs`, `vrrp_ipv6.rs`): an `rvs run
//! -P` process in a namespace, and polling.
#![allow(dead_code)]

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use rvs_netlab::{Background, Netns};

/// `rvs run -P -f CONF` in `ns`, logging to a file in its own directory.
pub struct Rvs<'ns> {
    proc: Background<'ns>,
    log: std::path::PathBuf,
}

impl<'ns> Rvs<'ns> {
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

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn wait_for_log(&self, needle: &str, within: Duration) -> bool {
        wait(within, || self.log().contains(needle)).is_some()
    }

    pub fn signal(&self, sig: Signal) {
        let pid = i32::try_from(self.proc.id()).expect("pid fits i32");
        kill(Pid::from_raw(pid), sig).expect("signal rvs");
    }

    /// SIGTERM, then the exit code once it has exited.
    pub fn stop(&mut self) -> Option<i32> {
        self.signal(Signal::SIGTERM);
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
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

/// The MAC address of `ns`'s eth0.
pub fn mac(ns: &Netns) -> String {
    let out = ns
        .ip(&["-br", "link", "show", "dev", "eth0"])
        .expect("ip link");
    out.split_whitespace()
        .nth(2)
        .expect("MAC in ip -br link")
        .to_owned()
}
