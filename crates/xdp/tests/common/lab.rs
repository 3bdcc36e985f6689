//! Network namespaces and a private bpffs for tests, removed on drop.

use std::fs::File;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
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

/// Namespaces named `rvs-t-<pid>-<tag>-<role>`, deleted on drop.
pub struct Lab {
    prefix: String,
    namespaces: Vec<String>,
}

impl Lab {
    pub fn new(tag: &str) -> Lab {
        Lab {
            prefix: format!("rvs-t-{}-{tag}", std::process::id()),
            namespaces: Vec::new(),
        }
    }

    /// Creates namespace `role` with its loopback up; returns its name.
    pub fn ns(&mut self, role: &str) -> String {
        let name = format!("{}-{role}", self.prefix);
        cmd(&["ip", "netns", "add", &name]);
        self.namespaces.push(name.clone());
        self.sh(&name, "ip link set lo up");
        name
    }

    /// Runs a shell command inside namespace `ns`.
    pub fn sh(&self, ns: &str, script: &str) -> String {
        cmd(&["ip", "netns", "exec", ns, "sh", "-ec", script])
    }

    /// Runs `f` on a thread that has entered namespace `ns`.
    pub fn run_in<T: Send>(&self, ns: &str, f: impl FnOnce() -> T + Send) -> T {
        std::thread::scope(|s| {
            s.spawn(|| {
                enter(ns);
                f()
            })
            .join()
            .unwrap_or_else(|_| panic!("the thread in {ns} panicked"))
        })
    }
}

/// Moves the calling thread into network namespace `ns`.
pub fn enter(ns: &str) {
    let f = File::open(Path::new("/run/netns").join(ns))
        .unwrap_or_else(|e| panic!("opening namespace {ns}: {e}"));
    nix::sched::setns(f, nix::sched::CloneFlags::CLONE_NEWNET)
        .unwrap_or_else(|e| panic!("entering namespace {ns}: {e}"));
}

impl Drop for Lab {
    fn drop(&mut self) {
        for ns in self.namespaces.iter().rev() {
            let _ = Command::new("ip").args(["netns", "del", ns]).status();
        }
    }
}

/// A bpffs of this test's own (each mount is a separate instance), so that
/// pinning never touches the host's /sys/fs/bpf. Unmounted on drop.
pub struct Bpffs {
    pub root: PathBuf,
}

impl Bpffs {
    pub fn mount(tag: &str) -> Bpffs {
        let root = std::env::temp_dir().join(format!("rvs-t-{}-{tag}-bpffs", std::process::id()));
        std::fs::create_dir_all(&root)
            .unwrap_or_else(|e| panic!("creating {}: {e}", root.display()));
        let r = root.to_str().expect("temp paths are UTF-8");
        cmd(&["mount", "-t", "bpf", "bpf", r]);
        Bpffs { root }
    }

    /// Where an rvs instance pins its objects, as `/sys/fs/bpf/rvs/<instance>`.
    pub fn instance(&self, name: &str) -> PathBuf {
        self.root.join("rvs").join(name)
    }
}

impl Drop for Bpffs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.root).status();
        let _ = std::fs::remove_dir(&self.root);
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
