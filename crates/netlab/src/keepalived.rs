//! The real keepalived, run as a daemon inside a namespace: the reference VRRP peer.

use crate::run::describe;
use crate::{Error, Netns};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// How long keepalived gets to leave cleanly (send priority 0, remove its VIPs) on
/// drop before it is killed.
const STOP_TIMEOUT: Duration = Duration::from_secs(5);

/// A keepalived daemon (`-n`, logging to a file) with its own configuration and pid
/// files in a private directory, so that several can run at once and none touches
/// /etc/keepalived or /run. Stopped with SIGTERM on drop (SIGKILL after
/// five seconds, children included), and its directory removed.
#[derive(Debug)]
pub struct Keepalived<'ns> {
    parent: Child,
    dir: PathBuf,
    _ns: PhantomData<&'ns Netns>,
}

impl Netns {
    /// Starts keepalived in this namespace with `config` as its keepalived.conf.
    /// `tag` names its directory (`$TMPDIR/<namespace>-<tag>`) and must be unique in
    /// the namespace.
    pub fn start_keepalived(&self, tag: &str, config: &str) -> Result<Keepalived<'_>, Error> {
        let dir = std::env::temp_dir().join(format!("{}-{tag}", self.name()));
        let io = |what: String| move |source| Error::Io { what, source };
        std::fs::create_dir_all(&dir).map_err(io(format!("creating {}", dir.display())))?;
        let conf = dir.join("keepalived.conf");
        std::fs::write(&conf, config).map_err(io(format!("writing {}", conf.display())))?;
        let log = dir.join("log");
        let out = std::fs::File::create(&log).map_err(io(format!("creating {}", log.display())))?;
        let err = out
            .try_clone()
            .map_err(io(format!("opening {}", log.display())))?;
        let mut cmd = self.command("keepalived");
        cmd.args([
            "--dont-fork",
            "--log-console",
            "--log-detail",
            "--no-syslog",
        ])
        .arg("--use-file")
        .arg(&conf);
        for (flag, file) in [
            ("--pid", "keepalived.pid"),
            ("--vrrp_pid", "vrrp.pid"),
            ("--checkers_pid", "checkers.pid"),
            ("--bfd_pid", "bfd.pid"),
        ] {
            cmd.arg(flag).arg(dir.join(file));
        }
        cmd.stdin(Stdio::null()).stdout(out).stderr(err);
        let parent = cmd.spawn().map_err(|source| Error::Spawn {
            what: describe(&cmd),
            source,
        })?;
        Ok(Keepalived {
            parent,
            dir,
            _ns: PhantomData,
        })
    }
}

impl Keepalived<'_> {
    /// Its directory: keepalived.conf, log, pid files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Everything it has logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("log")).unwrap_or_default()
    }

    /// Waits until the log contains `needle` (e.g. `"(VI_1) Entering MASTER STATE"`);
    /// false if it did not within `timeout` or keepalived exited.
    pub fn wait_for_log(&mut self, needle: &str, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if self.log().contains(needle) {
                return true;
            }
            if Instant::now() >= deadline || !matches!(self.parent.try_wait(), Ok(None)) {
                return self.log().contains(needle);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The children keepalived wrote pid files for.
    fn children(&self) -> Vec<Pid> {
        ["vrrp.pid", "checkers.pid", "bfd.pid"]
            .iter()
            .filter_map(|f| std::fs::read_to_string(self.dir.join(f)).ok())
            .filter_map(|s| s.trim().parse::<i32>().ok())
            .map(Pid::from_raw)
            .collect()
    }
}

impl Drop for Keepalived<'_> {
    fn drop(&mut self) {
        let children = self.children();
        // `ip netns exec` execs keepalived, so this is keepalived's own pid.
        if let Ok(pid) = i32::try_from(self.parent.id()) {
            let _ = kill(Pid::from_raw(pid), Signal::SIGTERM);
        }
        let deadline = Instant::now() + STOP_TIMEOUT;
        while matches!(self.parent.try_wait(), Ok(None)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.parent.kill();
        let _ = self.parent.wait();
        // A child that outlived its parent would keep running in a deleted namespace.
        for pid in children {
            let alive = Path::new(&format!("/proc/{pid}")).exists();
            if alive {
                let _ = kill(pid, Signal::SIGKILL);
            }
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
