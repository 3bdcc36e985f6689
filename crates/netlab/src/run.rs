//! Running commands with a deadline, and checking that the tools exist.

use crate::Error;
use std::io::Read;
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// What a finished command printed, as text (lossy UTF-8).
#[derive(Debug, Clone)]
pub struct Output {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    pub fn success(&self) -> bool {
        self.status.success()
    }

    /// Both streams, labelled, for failure messages.
    pub fn both(&self) -> String {
        format!(
            "status: {}\n--- stdout ---\n{}--- stderr ---\n{}",
            self.status, self.stdout, self.stderr
        )
    }
}

/// Fails naming the missing prerequisite: root, or iproute2's `ip`.
pub fn require() -> Result<(), Error> {
    let uid = nix::unistd::geteuid();
    if !uid.is_root() {
        return Err(Error::NotRoot { uid: uid.as_raw() });
    }
    match Command::new("ip")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
    {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(Error::IpMissing {
            source: std::io::Error::other(format!("`ip -V` exited with {s}")),
        }),
        Err(source) => Err(Error::IpMissing { source }),
    }
}

/// Fails naming `tool` and the Debian package that has it when `tool --version`
/// cannot run (e.g. `require_tool("ethtool", "ethtool")`).
pub fn require_tool(tool: &'static str, package: &'static str) -> Result<(), Error> {
    match Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
    {
        Ok(_) => Ok(()),
        Err(source) => Err(Error::ToolMissing {
            tool,
            package,
            source,
        }),
    }
}

/// Runs `cmd` to completion, killing it after `timeout`. stdin is closed; stdout and
/// stderr are captured. A non-zero exit is not an error: callers look at the status.
pub fn run_with_timeout(cmd: &mut Command, timeout: Duration) -> Result<Output, Error> {
    let what = describe(cmd);
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|source| Error::Spawn {
            what: what.clone(),
            source,
        })?;
    // Read both pipes while waiting, so a chatty child cannot block on a full pipe.
    let stdout = child.stdout.take().map(reader);
    let stderr = child.stderr.take().map(reader);
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Error::Timeout { what, timeout });
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(source) => return Err(Error::Spawn { what, source }),
        }
    };
    Ok(Output {
        status,
        stdout: collect(stdout),
        stderr: collect(stderr),
    })
}

fn reader(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

fn collect(handle: Option<thread::JoinHandle<Vec<u8>>>) -> String {
    handle
        .and_then(|h| h.join().ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

/// The command line, for error messages.
pub(crate) fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|s| s.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}
