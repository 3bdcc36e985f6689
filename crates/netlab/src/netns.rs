//! One network namespace, owned by the test that made it.

use crate::addr::check_test_cidr;
use crate::run::{describe, require, run_with_timeout, Output};
use crate::Error;
use std::ffi::OsStr;
use std::marker::PhantomData;
use std::process::{Child, Command};
use std::time::Duration;

/// Every namespace this crate makes is named `rvs-t-<pid>-<name>`.
pub const PREFIX: &str = "rvs-t-";

/// How long one `ip` invocation may take before it is considered hung.
const IP_TIMEOUT: Duration = Duration::from_secs(10);

/// Where iproute2 keeps named namespaces.
const NETNS_DIR: &str = "/run/netns";

/// A network namespace, deleted on drop (also while unwinding from a failed test).
/// It starts with only `lo`, brought up.
#[derive(Debug)]
pub struct Netns {
    name: String,
}

impl Netns {
    /// Creates `rvs-t-<pid>-<name>`. `name` is letters, digits, `-` and `_`, and must be
    /// unique among the namespaces alive in this process (tests of one binary run in
    /// parallel threads), else `ip netns add` fails with "File exists".
    pub fn new(name: &str) -> Result<Netns, Error> {
        let valid = !name.is_empty()
            && name.len() <= 40
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            return Err(Error::BadName {
                name: name.to_owned(),
                why: "namespace names are 1-40 letters, digits, '-' or '_'",
            });
        }
        require()?;
        let full = format!("{PREFIX}{}-{name}", std::process::id());
        ip(&["netns", "add", &full])?;
        // From here on, drop cleans up even if bringing `lo` up fails.
        let ns = Netns { name: full };
        ns.ip(&["link", "set", "lo", "up"])?;
        Ok(ns)
    }

    /// The full name, as `ip netns` knows it.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A command that runs `program` inside the namespace; add arguments and run it
    /// with [`run_with_timeout`] or [`Netns::spawn`].
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut cmd = Command::new("ip");
        cmd.args(["netns", "exec", &self.name]).arg(program);
        cmd
    }

    /// Runs `program args` inside the namespace to completion (killed after `timeout`).
    /// The exit status is the caller's business.
    pub fn exec<I, S>(&self, program: &str, args: I, timeout: Duration) -> Result<Output, Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        run_with_timeout(self.command(program).args(args), timeout)
    }

    /// Starts a long-running command made with [`Netns::command`]; it is killed when
    /// the returned handle drops, which is always before the namespace is deleted.
    pub fn spawn(&self, mut cmd: Command) -> Result<Background<'_>, Error> {
        let child = cmd.spawn().map_err(|source| Error::Spawn {
            what: describe(&cmd),
            source,
        })?;
        Ok(Background {
            child,
            _ns: PhantomData,
        })
    }

    /// `ip -n <ns> ARGS`, failing on a non-zero exit; returns stdout.
    pub fn ip(&self, args: &[&str]) -> Result<String, Error> {
        let mut all = vec!["-n", self.name.as_str()];
        all.extend_from_slice(args);
        ip(&all)
    }

    /// A veth pair with both ends in this namespace.
    pub fn add_veth(&self, a: &str, b: &str) -> Result<(), Error> {
        check_ifname(a)?;
        check_ifname(b)?;
        self.ip(&["link", "add", a, "type", "veth", "peer", "name", b])
            .map(drop)
    }

    /// A veth pair from `a` here to `b` in `peer`.
    pub fn add_veth_to(&self, a: &str, peer: &Netns, b: &str) -> Result<(), Error> {
        check_ifname(a)?;
        check_ifname(b)?;
        self.ip(&[
            "link", "add", a, "type", "veth", "peer", "name", b, "netns", &peer.name,
        ])
        .map(drop)
    }

    /// A bridge, down until [`Netns::link_up`].
    pub fn add_bridge(&self, name: &str) -> Result<(), Error> {
        check_ifname(name)?;
        self.ip(&["link", "add", name, "type", "bridge"]).map(drop)
    }

    /// Enslaves `link` to `bridge`.
    pub fn set_master(&self, link: &str, bridge: &str) -> Result<(), Error> {
        self.ip(&["link", "set", link, "master", bridge]).map(drop)
    }

    /// Adds `cidr` (inside 198.18.0.0/15 or 2001:db8::/32, else refused) to `link`.
    pub fn add_addr(&self, link: &str, cidr: &str) -> Result<(), Error> {
        check_test_cidr(cidr)?;
        // IPv6 duplicate address detection would hold the address "tentative" for a second.
        let extra: &[&str] = if cidr.contains(':') { &["nodad"] } else { &[] };
        let mut args = vec!["addr", "add", cidr, "dev", link];
        args.extend_from_slice(extra);
        self.ip(&args).map(drop)
    }

    /// A route to `cidr` via `gateway`, both inside the test ranges.
    pub fn add_route(&self, cidr: &str, gateway: &str) -> Result<(), Error> {
        check_test_cidr(cidr)?;
        check_test_cidr(gateway)?;
        self.ip(&["route", "add", cidr, "via", gateway]).map(drop)
    }

    /// Sets a `net.` sysctl of this namespace (they are per namespace, so the host's
    /// own settings are untouched), e.g. `net.ipv4.ip_forward` = `1`.
    pub fn sysctl(&self, key: &str, value: &str) -> Result<(), Error> {
        if !key.starts_with("net.") || key.contains(['/', ' ', '=']) {
            return Err(Error::BadName {
                name: key.to_owned(),
                why: "only net.* sysctls are per namespace",
            });
        }
        let mut cmd = self.command("sysctl");
        cmd.args(["-q", "-w", &format!("{key}={value}")]);
        let what = describe(&cmd);
        let out = run_with_timeout(&mut cmd, IP_TIMEOUT)?;
        if out.success() {
            Ok(())
        } else {
            Err(Error::Failed {
                what,
                status: out.status,
                stderr: out.stderr.trim_end().to_owned(),
            })
        }
    }

    /// Runs `program args` inside the namespace, failing on a non-zero exit (or after
    /// ten seconds); returns stdout. A missing program fails naming it.
    pub fn run<I, S>(&self, program: &str, args: I) -> Result<String, Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut cmd = self.command(program);
        cmd.args(args);
        let what = describe(&cmd);
        let out = run_with_timeout(&mut cmd, IP_TIMEOUT)?;
        if out.success() {
            Ok(out.stdout)
        } else {
            Err(Error::Failed {
                what,
                status: out.status,
                stderr: out.stderr.trim_end().to_owned(),
            })
        }
    }

    /// Runs `f` on a thread that has entered this namespace, and returns what it
    /// returns: sockets it opens and interfaces it names are this namespace's (a
    /// socket keeps its namespace when handed to another thread). A panic in `f`
    /// goes on in the caller.
    pub fn run_in<T: Send>(&self, f: impl FnOnce() -> T + Send) -> Result<T, Error> {
        let path = std::path::Path::new(NETNS_DIR).join(&self.name);
        std::thread::scope(|s| {
            let joined = s
                .spawn(|| {
                    let enter = std::fs::File::open(&path).and_then(|file| {
                        nix::sched::setns(file, nix::sched::CloneFlags::CLONE_NEWNET)
                            .map_err(std::io::Error::from)
                    });
                    match enter {
                        Ok(()) => Ok(f()),
                        Err(source) => Err(Error::Io {
                            what: format!("entering namespace {}", self.name),
                            source,
                        }),
                    }
                })
                .join();
            match joined {
                Ok(r) => r,
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    }

    pub fn link_up(&self, link: &str) -> Result<(), Error> {
        self.ip(&["link", "set", link, "up"]).map(drop)
    }

    /// Names of every link in the namespace, `lo` included.
    pub fn links(&self) -> Result<Vec<String>, Error> {
        let out = self.ip(&["-o", "link", "show"])?;
        // Lines look like "2: eth0@veth1: <BROADCAST,...> ...".
        Ok(out
            .lines()
            .filter_map(|l| l.split(": ").nth(1))
            .map(|n| n.split('@').next().unwrap_or(n).to_owned())
            .collect())
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        if let Err(e) = ip(&["netns", "del", &self.name]) {
            eprintln!("netlab: could not delete namespace {}: {e}", self.name);
        }
    }
}

/// A process started inside a [`Netns`]; killed (SIGKILL) and reaped on drop.
#[derive(Debug)]
pub struct Background<'ns> {
    child: Child,
    _ns: PhantomData<&'ns Netns>,
}

impl Background<'_> {
    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// The process, e.g. to read its piped output or `try_wait` it.
    pub fn child(&mut self) -> &mut Child {
        &mut self.child
    }
}

impl Drop for Background<'_> {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Deletes the `rvs-t-<pid>-*` namespaces whose process is gone (a test killed before
/// its drops ran). Returns the names deleted.
pub fn sweep() -> Result<Vec<String>, Error> {
    require()?;
    let entries = match std::fs::read_dir(NETNS_DIR) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(Error::List { source }),
    };
    let mut removed = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| Error::List { source })?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = owner_pid(&name) else {
            continue;
        };
        if std::path::Path::new(&format!("/proc/{pid}")).exists() {
            continue;
        }
        ip(&["netns", "del", &name])?;
        removed.push(name);
    }
    removed.sort();
    Ok(removed)
}

/// The pid in `rvs-t-<pid>-<name>`, if the name has that shape.
fn owner_pid(name: &str) -> Option<u32> {
    let (pid, rest) = name.strip_prefix(PREFIX)?.split_once('-')?;
    if rest.is_empty() {
        return None;
    }
    pid.parse().ok()
}

/// Linux interface names: 1-15 bytes, no '/', ':' or whitespace.
fn check_ifname(name: &str) -> Result<(), Error> {
    let ok = !name.is_empty()
        && name.len() <= 15
        && !name
            .chars()
            .any(|c| c == '/' || c == ':' || c.is_whitespace());
    if ok {
        Ok(())
    } else {
        Err(Error::BadName {
            name: name.to_owned(),
            why: "interface names are 1-15 bytes without '/', ':' or spaces",
        })
    }
}

fn ip(args: &[&str]) -> Result<String, Error> {
    let mut cmd = Command::new("ip");
    cmd.args(args);
    let what = describe(&cmd);
    let out = run_with_timeout(&mut cmd, IP_TIMEOUT).map_err(|e| match e {
        Error::Spawn { source, .. } => Error::IpMissing { source },
        other => other,
    })?;
    if out.success() {
        Ok(out.stdout)
    } else {
        Err(Error::Failed {
            what,
            status: out.status,
            stderr: out.stderr.trim_end().to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{check_ifname, owner_pid};

    #[test]
    fn owner_pid_reads_only_our_names() {
        assert_eq!(owner_pid("rvs-t-123-a"), Some(123));
        assert_eq!(owner_pid("rvs-t-123-a-b"), Some(123));
        assert_eq!(owner_pid("rvs-t-123-"), None);
        assert_eq!(owner_pid("rvs-t-x-a"), None);
        assert_eq!(owner_pid("other-123-a"), None);
    }

    #[test]
    fn interface_names_follow_the_kernel() {
        assert!(check_ifname("eth0.1").is_ok());
        assert!(check_ifname("exactly15chars_").is_ok());
        assert!(check_ifname("sixteen_chars___").is_err());
        assert!(check_ifname("eth0:1").is_err());
        assert!(check_ifname("").is_err());
        assert!(check_ifname("a b").is_err());
    }
}
