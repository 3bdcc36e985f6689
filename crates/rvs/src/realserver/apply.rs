//! The executor of `rvs realserver`: reads the host into a [`Host`], runs a
//! plan's [`Action`]s (iproute2's `ip`, `/proc/sys`, `modprobe`, the XDP
//! loader), takes back what it did when one fails, and keeps the state file.
//! `ip` rather than rtnetlink: the actions are a handful of one-shot calls and
//! the rest of rvs (VRRP addresses, neighbours) shells out to `ip` too.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use nix::fcntl::{Flock, FlockArg};
use rvs_xdp::decap::GueDecap;
use rvs_xdp::{Balancer, Options, Prog, XdpMode};
use serde::Deserialize;

use super::plan::{conf_key, prefix, sysctl_name, Action, Host, Link, State};

/// Where the state and the pins live.
#[derive(Debug, Clone)]
pub struct Paths {
    /// The state file and its lock.
    pub state_dir: PathBuf,
    /// The bpffs mount; the decapsulator is pinned in `rvs/realserver` under it.
    pub bpffs: PathBuf,
}

impl Paths {
    pub fn state_file(&self) -> PathBuf {
        self.state_dir.join("state.json")
    }

    fn pin_dir(&self) -> PathBuf {
        self.bpffs.join("rvs").join("realserver")
    }

    fn gue_pin(&self, dev: &str) -> PathBuf {
        GueDecap::link_path(&self.pin_dir(), dev)
    }

    /// The pinned XDP link of the decapsulator on `dev` (as `Balancer::attach` names it).
    fn decap_pin(&self, dev: &str) -> PathBuf {
        self.pin_dir()
            .join(format!("link-{}-{dev}", Prog::DecapTun.name()))
    }
}

/// What failed, naming the file, command or interface.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("cannot run {program}")]
    Spawn {
        program: &'static str,
        #[source]
        source: io::Error,
    },
    #[error("`{command}` failed: {stderr}")]
    Command { command: String, stderr: String },
    #[error("unexpected output from `{command}`")]
    Output {
        command: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("reading {name}")]
    ReadSysctl {
        name: String,
        #[source]
        source: io::Error,
    },
    #[error("{name} is not a number: {text:?}")]
    BadSysctl { name: String, text: String },
    #[error("setting {name} to {value}")]
    WriteSysctl {
        name: String,
        value: u32,
        #[source]
        source: io::Error,
    },
    #[error("state file {path}")]
    StateFile {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("state file {path} is not rvs realserver's")]
    BadState {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("locking {path}")]
    Lock {
        path: PathBuf,
        #[source]
        source: nix::errno::Errno,
    },
    #[error("loading the XDP decapsulator (needs root with BPF and a bpffs at {bpffs})")]
    Load {
        bpffs: PathBuf,
        #[source]
        source: Box<rvs_xdp::Error>,
    },
    #[error("XDP decapsulation on {dev}")]
    Xdp {
        dev: String,
        #[source]
        source: Box<rvs_xdp::Error>,
    },
}

/// Holds the state directory's lock: one `rvs realserver` at a time reads,
/// changes and saves.
pub struct Lock {
    _held: Flock<File>,
}

pub fn lock(paths: &Paths) -> Result<Lock, Error> {
    let path = paths.state_dir.join("lock");
    let file_err = |source| Error::StateFile {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(&paths.state_dir).map_err(|source| Error::StateFile {
        path: paths.state_dir.clone(),
        source,
    })?;
    let file = File::create(&path).map_err(file_err)?;
    Flock::lock(file, FlockArg::LockExclusive)
        .map(|held| Lock { _held: held })
        .map_err(|(_, source)| Error::Lock { path, source })
}

/// The saved state; none saved is the empty state.
pub fn read_state(paths: &Paths) -> Result<State, Error> {
    let path = paths.state_file();
    match std::fs::read(&path) {
        Ok(bytes) => {
            serde_json::from_slice(&bytes).map_err(|source| Error::BadState { path, source })
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(State::default()),
        Err(source) => Err(Error::StateFile { path, source }),
    }
}

/// Saves the state (atomically); an empty state removes the file.
pub fn write_state(paths: &Paths, state: &State) -> Result<(), Error> {
    let path = paths.state_file();
    let err = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::StateFile { path, source }
    };
    if state.vips.is_empty() && state.held.is_empty() {
        return match std::fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(err(&path)(e)),
            _ => Ok(()),
        };
    }
    let tmp = path.with_extension("json.tmp");
    let json = serde_json::to_vec_pretty(state).map_err(|source| Error::BadState {
        path: path.clone(),
        source,
    })?;
    std::fs::write(&tmp, json).map_err(err(&tmp))?;
    std::fs::rename(&tmp, &path).map_err(err(&path))
}

/// Reads what the planner needs from the host (the calling process's network
/// namespace).
pub fn observe(paths: &Paths) -> Result<Host, Error> {
    #[derive(Deserialize)]
    struct IpLink {
        ifname: String,
        #[serde(default)]
        flags: Vec<String>,
        xdp: Option<serde_json::Value>,
    }
    #[derive(Deserialize)]
    struct IpAddrs {
        #[serde(default)]
        addr_info: Vec<AddrInfo>,
    }
    #[derive(Deserialize)]
    struct AddrInfo {
        local: Option<std::net::IpAddr>,
    }
    #[derive(Deserialize)]
    struct IpRoute {
        dev: Option<String>,
    }

    let mut host = Host::default();
    for l in ip_json::<Vec<IpLink>>(&["link", "show"])? {
        let xdp = l.xdp.is_some();
        let link = Link {
            up: l.flags.iter().any(|f| f == "UP"),
            xdp,
            our_decap: xdp
                && (paths.decap_pin(&l.ifname).exists() || paths.gue_pin(&l.ifname).exists()),
            our_gue: xdp && paths.gue_pin(&l.ifname).exists(),
        };
        host.links.insert(l.ifname, link);
    }
    host.lo = ip_json::<Vec<IpAddrs>>(&["addr", "show", "dev", "lo"])?
        .into_iter()
        .flat_map(|a| a.addr_info)
        .filter_map(|a| a.local)
        .collect();
    for family in ["-4", "-6"] {
        for r in ip_json::<Vec<IpRoute>>(&[family, "route", "show", "default"])? {
            if let Some(dev) = r.dev.filter(|d| !host.default_devs.contains(d)) {
                host.default_devs.push(dev);
            }
        }
    }
    for name in ["arp_ignore", "arp_announce", "rp_filter"] {
        let key = conf_key("all", name);
        host.sysctls.insert(key.clone(), read_sysctl(&key)?);
    }
    let confs = Path::new("/proc/sys/net/ipv4/conf");
    let entries = std::fs::read_dir(confs).map_err(|source| Error::ReadSysctl {
        name: "net.ipv4.conf".to_owned(),
        source,
    })?;
    for entry in entries.flatten() {
        let dev = entry.file_name().to_string_lossy().into_owned();
        let key = conf_key(&dev, "rp_filter");
        // An interface that went away meanwhile has nothing to read.
        if let Ok(v) = read_sysctl(&key) {
            host.sysctls.insert(key, v);
        }
    }
    host.ipip = host.links.contains_key("tunl0") || module_available("ipip");
    host.ip6_tunnel = host.links.contains_key("ip6tnl0") || module_available("ip6_tunnel");
    Ok(host)
}

fn read_sysctl(key: &str) -> Result<u32, Error> {
    let name = sysctl_name(key);
    let text = std::fs::read_to_string(Path::new("/proc/sys").join(key)).map_err(|source| {
        Error::ReadSysctl {
            name: name.clone(),
            source,
        }
    })?;
    text.trim().parse().map_err(|_| Error::BadSysctl {
        name,
        text: text.trim().to_owned(),
    })
}

/// `modprobe -n` finds the module (without loading it).
fn module_available(name: &str) -> bool {
    Command::new("modprobe")
        .args(["-n", "-q", name])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn run(program: &'static str, args: &[&str]) -> Result<String, Error> {
    let out = Command::new(program)
        .args(args)
        .output()
        .map_err(|source| Error::Spawn { program, source })?;
    if !out.status.success() {
        return Err(Error::Command {
            command: format!("{program} {}", args.join(" ")),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn ip_json<T: serde::de::DeserializeOwned>(args: &[&str]) -> Result<T, Error> {
    let mut argv = vec!["-j"];
    argv.extend_from_slice(args);
    let out = run("ip", &argv)?;
    // `ip -j` prints nothing at all for an empty list.
    let out = if out.trim().is_empty() { "[]" } else { &out };
    serde_json::from_str(out).map_err(|source| Error::Output {
        command: format!("ip {}", argv.join(" ")),
        source,
    })
}

/// Runs actions; the XDP object is loaded once, on the first action that needs it.
pub struct Executor {
    paths: Paths,
    mode: XdpMode,
    balancer: Option<Balancer>,
}

/// A failed run: the error, what was taken back, and what could not be.
#[derive(Debug)]
pub struct Failed {
    pub error: Error,
    pub rolled_back: Vec<Action>,
    pub stuck: Vec<(Action, Error)>,
}

impl Executor {
    pub fn new(paths: Paths, mode: XdpMode) -> Executor {
        Executor {
            paths,
            mode,
            balancer: None,
        }
    }

    /// Runs `actions` in order; when one fails, undoes those done, newest first.
    pub fn run_all(&mut self, actions: &[Action]) -> Result<(), Failed> {
        for (i, action) in actions.iter().enumerate() {
            if let Err(error) = self.run(action) {
                let (rolled_back, stuck) = self.roll_back(&actions[..i]);
                return Err(Failed {
                    error,
                    rolled_back,
                    stuck,
                });
            }
        }
        Ok(())
    }

    /// Undoes `done`, newest first: what was undone, and what could not be.
    pub fn roll_back(&mut self, done: &[Action]) -> (Vec<Action>, Vec<(Action, Error)>) {
        let mut rolled_back = Vec::new();
        let mut stuck = Vec::new();
        for undo in done.iter().rev().filter_map(Action::undo) {
            match self.run(&undo) {
                Ok(()) => rolled_back.push(undo),
                Err(e) => stuck.push((undo, e)),
            }
        }
        (rolled_back, stuck)
    }

    fn run(&mut self, action: &Action) -> Result<(), Error> {
        match action {
            Action::AddAddress { addr } => address("add", addr),
            Action::DelAddress { addr } => address("del", addr),
            Action::SetSysctl { key, to, .. } => {
                std::fs::write(Path::new("/proc/sys").join(key), format!("{to}\n")).map_err(
                    |source| Error::WriteSysctl {
                        name: sysctl_name(key),
                        value: *to,
                        source,
                    },
                )
            }
            Action::LoadModule { name } => run("modprobe", &[name]).map(drop),
            Action::SetLink { dev, up } => {
                let state = if *up { "up" } else { "down" };
                run("ip", &["link", "set", "dev", dev, state]).map(drop)
            }
            Action::AttachDecap {
                dev,
                gue_port: Some(port),
            } => GueDecap::open(*port, &self.paths.pin_dir())
                .and_then(|mut d| d.attach(dev, self.mode))
                .map_err(|source| Error::Xdp {
                    dev: dev.clone(),
                    source: Box::new(source),
                }),
            Action::DetachDecap {
                dev,
                gue_port: Some(_),
            } => GueDecap::detach(&self.paths.pin_dir(), dev).map_err(|source| Error::Xdp {
                dev: dev.clone(),
                source: Box::new(source),
            }),
            Action::AttachDecap {
                dev,
                gue_port: None,
            } => {
                let mode = self.mode;
                self.balancer()?
                    .attach(Prog::DecapTun, dev, mode)
                    .map_err(|source| Error::Xdp {
                        dev: dev.clone(),
                        source: Box::new(source),
                    })
            }
            Action::DetachDecap {
                dev,
                gue_port: None,
            } => self
                .balancer()?
                .detach(Prog::DecapTun, dev)
                .map_err(|source| Error::Xdp {
                    dev: dev.clone(),
                    source: Box::new(source),
                }),
        }
    }

    fn balancer(&mut self) -> Result<&mut Balancer, Error> {
        let b = match self.balancer.take() {
            Some(b) => b,
            None => {
                // Only the decapsulator runs; the balancer's maps are kept tiny.
                let opts = Options {
                    services: 1,
                    backends: 1,
                    ring: 1,
                    flows: 1,
                    persist: 1,
                    nat_flows: 1,
                    pin_dir: Some(self.paths.pin_dir()),
                };
                Balancer::open(&opts).map_err(|source| Error::Load {
                    bpffs: self.paths.bpffs.clone(),
                    source: Box::new(source),
                })?
            }
        };
        Ok(self.balancer.insert(b))
    }

    /// Once no decapsulator is left, removes the pinned maps and their
    /// directory (and `rvs/` under the bpffs if nothing else uses it).
    pub fn tidy(self, state: &State) -> Result<(), Error> {
        let decap_left = state
            .held
            .iter()
            .any(|h| matches!(h.change, super::plan::Change::Decap { .. }));
        drop(self.balancer);
        let dir = self.paths.pin_dir();
        if decap_left || !dir.exists() {
            return Ok(());
        }
        let err = |path: PathBuf| move |source| Error::StateFile { path, source };
        std::fs::remove_dir_all(&dir).map_err(err(dir.clone()))?;
        if let Some(parent) = dir.parent() {
            // Not empty: rvs apply pins there too.
            let _ = std::fs::remove_dir(parent);
        }
        Ok(())
    }
}

fn address(op: &str, addr: &std::net::IpAddr) -> Result<(), Error> {
    let cidr = format!("{addr}/{}", prefix(addr));
    run("ip", &["addr", op, &cidr, "dev", "lo"]).map(drop)
}
