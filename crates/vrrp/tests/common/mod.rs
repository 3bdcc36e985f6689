//! Namespace helpers shared by the crate's network tests (need root and iproute2).
#![allow(dead_code)] // each test binary uses a subset

use std::fs::File;
use std::net::{IpAddr, Ipv4Addr};
use std::process::Command;

use rvs_vrrp::packet::{AddressList, Version};
use rvs_vrrp::InstanceConfig;

/// Two namespaces joined by a veth pair (`va` 198.18.0.1 ↔ `vb` 198.18.0.2),
/// removed on drop.
pub struct Pair {
    pub a: String,
    pub b: String,
}

fn ip(args: &[&str]) {
    let out = Command::new("ip")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("prerequisite missing: cannot run `ip` (iproute2): {e}"));
    assert!(
        out.status.success(),
        "`ip {}` failed (root needed): {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

impl Pair {
    pub fn new(tag: &str) -> Pair {
        let pid = std::process::id();
        let p = Pair {
            a: format!("rvs-t-{pid}-{tag}a"),
            b: format!("rvs-t-{pid}-{tag}b"),
        };
        ip(&["netns", "add", &p.a]);
        ip(&["netns", "add", &p.b]);
        ip(&[
            "link", "add", "va", "netns", &p.a, "type", "veth", "peer", "name", "vb", "netns", &p.b,
        ]);
        for (ns, dev, addr) in [(&p.a, "va", "198.18.0.1/24"), (&p.b, "vb", "198.18.0.2/24")] {
            ip(&["-n", ns, "addr", "add", addr, "dev", dev]);
            ip(&["-n", ns, "link", "set", dev, "up"]);
        }
        p
    }

    /// Runs `f` on a thread inside namespace `ns`.
    pub fn run<T: Send + 'static>(
        ns: &str,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> std::thread::JoinHandle<T> {
        let path = format!("/run/netns/{ns}");
        std::thread::spawn(move || {
            let fd = File::open(&path).unwrap_or_else(|e| panic!("opening {path}: {e}"));
            nix::sched::setns(fd, nix::sched::CloneFlags::CLONE_NEWNET)
                .unwrap_or_else(|e| panic!("setns {path} (root needed): {e}"));
            f()
        })
    }
}

impl Drop for Pair {
    fn drop(&mut self) {
        for ns in [&self.a, &self.b] {
            let _ = Command::new("ip").args(["netns", "del", ns]).status();
        }
    }
}

pub fn addr(last: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(198, 18, 0, last))
}

/// VRID 51 with VIP 198.18.0.100, sourced from 198.18.0.`last`.
pub fn config(version: Version, last: u8, priority: u8) -> InstanceConfig {
    let mut c = InstanceConfig::new(
        "VI_1",
        51,
        version,
        addr(last),
        AddressList::V4(vec![Ipv4Addr::new(198, 18, 0, 100)]),
    );
    c.priority = priority;
    c
}

/// keepalived (the reference peer) running `--vrrp` in a namespace; stopped on drop.
pub struct Keepalived {
    child: std::process::Child,
    dir: std::path::PathBuf,
}

impl Keepalived {
    /// Starts keepalived with `conf` in namespace `ns`; its log goes to a file.
    pub fn start(ns: &str, tag: &str, conf: &str) -> Keepalived {
        let dir = std::env::temp_dir().join(format!("rvs-t-{}-ka-{tag}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("creating {dir:?}: {e}"));
        let conf_path = dir.join("keepalived.conf");
        std::fs::write(&conf_path, conf).unwrap_or_else(|e| panic!("writing {conf_path:?}: {e}"));
        let log = File::create(dir.join("log")).unwrap_or_else(|e| panic!("log file: {e}"));
        let log2 = log.try_clone().unwrap_or_else(|e| panic!("log file: {e}"));
        let child = Command::new("ip")
            .args([
                "netns",
                "exec",
                ns,
                "keepalived",
                "-n",
                "-l",
                "-D",
                "--vrrp",
                "-f",
            ])
            .arg(&conf_path)
            .arg("-p")
            .arg(dir.join("keepalived.pid"))
            .arg("-r")
            .arg(dir.join("vrrp.pid"))
            .stdout(log)
            .stderr(log2)
            .spawn()
            .unwrap_or_else(|e| panic!("prerequisite missing: cannot start keepalived: {e}"));
        Keepalived { child, dir }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("log")).unwrap_or_default()
    }

    /// Waits (bounded) until the log contains `needle`.
    pub fn wait_for(&self, needle: &str, timeout: std::time::Duration) -> bool {
        let end = std::time::Instant::now() + timeout;
        while std::time::Instant::now() < end {
            if self.log().contains(needle) {
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        false
    }

    /// SIGTERM, as a service stop: keepalived sends priority 0 and exits.
    pub fn stop(&mut self) {
        let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
        let end = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while std::time::Instant::now() < end {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Keepalived {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.stop();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
