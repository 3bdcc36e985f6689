//! The pure planner of `rvs realserver`: [`up`] and [`down`] turn the observed
//! [`Host`] and the saved [`State`] into the [`Action`]s to run and the state to
//! save after them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::net::IpAddr;

use serde::{Deserialize, Serialize};

#[cfg(test)]
mod tests;

/// How the director forwards to this real server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Direct routing: frames for the VIP arrive with this host's MAC.
    Dr,
    /// IP-in-IP: packets for the VIP arrive inside a tunnel to this host.
    Tun,
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Mode::Dr => "dr",
            Mode::Tun => "tun",
        })
    }
}

/// Who strips the tunnel in TUN mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Decap {
    /// The kernel's tunnel module when it has one, else XDP.
    Auto,
    /// The kernel's `ipip` / `ip6_tunnel` module and its fallback device.
    Kernel,
    /// rvs's XDP program on the receiving interfaces.
    Xdp,
}

/// The host as the executor found it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Host {
    /// Addresses on `lo`.
    pub lo: BTreeSet<IpAddr>,
    /// Interfaces by name.
    pub links: BTreeMap<String, Link>,
    /// Values under `/proc/sys`, by path (`net/ipv4/conf/all/arp_ignore`): the
    /// `all` and `default` ARP and rp_filter values and every interface's rp_filter.
    pub sysctls: BTreeMap<String, u32>,
    /// Interfaces of the IPv4 and IPv6 default routes.
    pub default_devs: Vec<String>,
    /// The kernel has `ipip` (its `tunl0`), loaded or loadable.
    pub ipip: bool,
    /// The kernel has `ip6_tunnel` (its `ip6tnl0`), loaded or loadable.
    pub ip6_tunnel: bool,
}

/// One interface.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Link {
    pub up: bool,
    /// Some XDP program is attached.
    pub xdp: bool,
    /// The XDP program is the decapsulator rvs realserver pinned.
    pub our_decap: bool,
    /// ... and the one that strips GUE too.
    pub our_gue: bool,
}

/// What `up` is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Up {
    pub vip: IpAddr,
    pub mode: Mode,
    /// Interfaces tunneled packets arrive on; empty: those of the default routes.
    pub devs: Vec<String>,
    pub decap: Decap,
    /// TUN: also strip UDP + GUE sent to this port (XDP only).
    pub gue_port: Option<u16>,
}

/// What earlier `up`s did, saved between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// The VIPs that are up, with their mode.
    pub vips: BTreeMap<IpAddr, Mode>,
    /// Every change still in place, in the order it was made.
    pub held: Vec<Held>,
}

/// A change `up` made, and the VIPs that still need it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    pub change: Change,
    pub users: BTreeSet<IpAddr>,
}

/// A change that `down` can undo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// `addr` was added to `lo`.
    Address { addr: IpAddr },
    /// `/proc/sys/<key>` was `from`, is `to`.
    Sysctl { key: String, from: u32, to: u32 },
    /// The interface was down and was set up.
    LinkUp { dev: String },
    /// The XDP decapsulator was attached (and pinned) on the interface, the
    /// one for GUE on `gue_port` if set.
    Decap {
        dev: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        gue_port: Option<u16>,
    },
}

/// One step for the executor, printed one line each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    AddAddress {
        addr: IpAddr,
    },
    DelAddress {
        addr: IpAddr,
    },
    SetSysctl {
        key: String,
        from: u32,
        to: u32,
    },
    /// Never undone: other users of the module cannot be known.
    LoadModule {
        name: String,
    },
    SetLink {
        dev: String,
        up: bool,
    },
    AttachDecap {
        dev: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        gue_port: Option<u16>,
    },
    DetachDecap {
        dev: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        gue_port: Option<u16>,
    },
}

/// Something `down` left in place, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Kept {
    /// Other VIPs still need it.
    StillNeeded {
        change: Change,
        by: BTreeSet<IpAddr>,
    },
    /// It is no longer what `up` made it (someone changed or removed it since).
    ChangedSince { change: Change },
}

/// The actions to run, in order, and the state to save once they all succeeded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub actions: Vec<Action>,
    pub kept: Vec<Kept>,
    pub state: State,
}

/// Why a request cannot be planned. Nothing has been changed when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PlanError {
    #[error("--vip {0}: not an IP address")]
    NotAnAddress(String),
    #[error("--vip {0}: not a unicast address")]
    NotUnicast(String),
    #[error("{vip} is already up in mode {up}; run `rvs realserver down --vip {vip}` first")]
    ModeConflict { vip: IpAddr, up: Mode },
    #[error("--dev {0}: no such interface")]
    NoSuchInterface(String),
    #[error("--dev lo: tunneled packets do not arrive on the loopback")]
    Loopback,
    #[error(
        "no default route to find the interface tunneled packets arrive on; name it with --dev"
    )]
    NoDefaultRoute,
    #[error("{0} already runs an XDP program that rvs realserver did not attach")]
    ForeignXdp(String),
    #[error("--decap kernel: the kernel has no {0} module")]
    NoKernelTunnel(&'static str),
    #[error("--gue-port: only with --mode tun")]
    GueNeedsTun,
    #[error("--gue-port: rvs strips GUE with XDP only (--decap xdp or auto)")]
    GueNeedsXdp,
    #[error("{dev} already decapsulates {} for other VIPs; one kind per interface", held.map_or("IPIP only".to_owned(), |p| format!("GUE on port {p}")))]
    DecapConflict { dev: String, held: Option<u16> },
}

/// `--vip`: a unicast IPv4 or IPv6 address.
pub fn parse_vip(s: &str) -> Result<IpAddr, PlanError> {
    let ip: IpAddr = s
        .parse()
        .map_err(|_| PlanError::NotAnAddress(s.to_owned()))?;
    let unicast = !(ip.is_unspecified() || ip.is_multicast() || ip.is_loopback())
        && ip != IpAddr::from([255u8, 255, 255, 255]);
    if !unicast {
        return Err(PlanError::NotUnicast(s.to_owned()));
    }
    Ok(ip)
}

/// The path under `/proc/sys` of an IPv4 per-interface setting.
pub fn conf_key(dev: &str, name: &str) -> String {
    format!("net/ipv4/conf/{dev}/{name}")
}

/// Values of `arp_ignore` that keep an interface from answering ARP for the
/// VIP on `lo`: 1 and 2 answer only for the receiving interface's addresses, 8
/// never answers.
const ARP_IGNORE_OK: &[u32] = &[1, 2, 8];

/// One thing the VIP needs from the host.
enum Need {
    Address(IpAddr),
    /// `key`, now `from`, must satisfy `ok`, else it is set to `to`.
    Sysctl {
        key: String,
        from: u32,
        to: u32,
        ok: bool,
    },
    Module(&'static str),
    LinkUp(String),
    Decap {
        dev: String,
        gue_port: Option<u16>,
    },
}

impl Need {
    fn satisfied(&self, host: &Host) -> bool {
        match self {
            Need::Address(a) => host.lo.contains(a),
            Need::Sysctl { ok, .. } => *ok,
            Need::Module(_) => false,
            Need::LinkUp(dev) => host.links.get(dev).is_some_and(|l| l.up),
            Need::Decap { dev, gue_port } => host
                .links
                .get(dev)
                .is_some_and(|l| l.our_decap && (gue_port.is_none() || l.our_gue)),
        }
    }

    /// What makes it so.
    fn action(&self) -> Action {
        match self {
            Need::Address(a) => Action::AddAddress { addr: *a },
            Need::Sysctl { key, from, to, .. } => Action::SetSysctl {
                key: key.clone(),
                from: *from,
                to: *to,
            },
            Need::Module(name) => Action::LoadModule {
                name: (*name).to_owned(),
            },
            Need::LinkUp(dev) => Action::SetLink {
                dev: dev.clone(),
                up: true,
            },
            Need::Decap { dev, gue_port } => Action::AttachDecap {
                dev: dev.clone(),
                gue_port: *gue_port,
            },
        }
    }

    /// Whether `change` is this need's (the same address, key or interface).
    fn owns(&self, change: &Change) -> bool {
        match (self, change) {
            (Need::Address(a), Change::Address { addr }) => a == addr,
            (Need::Sysctl { key, .. }, Change::Sysctl { key: k, .. }) => key == k,
            (Need::LinkUp(d), Change::LinkUp { dev })
            | (Need::Decap { dev: d, .. }, Change::Decap { dev, .. }) => d == dev,
            _ => false,
        }
    }
}

impl Action {
    /// The change to hold for this action, if `down` must undo it.
    fn change(&self) -> Option<Change> {
        match self {
            Action::AddAddress { addr } => Some(Change::Address { addr: *addr }),
            Action::SetSysctl { key, from, to } => Some(Change::Sysctl {
                key: key.clone(),
                from: *from,
                to: *to,
            }),
            Action::SetLink { dev, up: true } => Some(Change::LinkUp { dev: dev.clone() }),
            Action::AttachDecap { dev, gue_port } => Some(Change::Decap {
                dev: dev.clone(),
                gue_port: *gue_port,
            }),
            _ => None,
        }
    }

    /// The action that takes this one back, for a rollback.
    pub fn undo(&self) -> Option<Action> {
        Some(match self {
            Action::AddAddress { addr } => Action::DelAddress { addr: *addr },
            Action::DelAddress { addr } => Action::AddAddress { addr: *addr },
            Action::SetSysctl { key, from, to } => Action::SetSysctl {
                key: key.clone(),
                from: *to,
                to: *from,
            },
            Action::LoadModule { .. } => return None,
            Action::SetLink { dev, up } => Action::SetLink {
                dev: dev.clone(),
                up: !up,
            },
            Action::AttachDecap { dev, gue_port } => Action::DetachDecap {
                dev: dev.clone(),
                gue_port: *gue_port,
            },
            Action::DetachDecap { dev, gue_port } => Action::AttachDecap {
                dev: dev.clone(),
                gue_port: *gue_port,
            },
        })
    }
}

impl Change {
    /// The action that undoes it.
    fn undo(&self) -> Action {
        match self {
            Change::Address { addr } => Action::DelAddress { addr: *addr },
            Change::Sysctl { key, from, to } => Action::SetSysctl {
                key: key.clone(),
                from: *to,
                to: *from,
            },
            Change::LinkUp { dev } => Action::SetLink {
                dev: dev.clone(),
                up: false,
            },
            Change::Decap { dev, gue_port } => Action::DetachDecap {
                dev: dev.clone(),
                gue_port: *gue_port,
            },
        }
    }

    /// Whether the host still shows what the change made.
    fn in_place(&self, host: &Host) -> bool {
        match self {
            Change::Address { addr } => host.lo.contains(addr),
            Change::Sysctl { key, to, .. } => host.sysctls.get(key) == Some(to),
            Change::LinkUp { dev } => host.links.get(dev).is_some_and(|l| l.up),
            Change::Decap { dev, .. } => host.links.get(dev).is_some_and(|l| l.our_decap),
        }
    }
}

/// Brings the host to what `req` needs; what is already right is left alone and
/// not held (so `down` will not undo it).
pub fn up(req: &Up, host: &Host, state: &State) -> Result<Plan, PlanError> {
    if let Some(&mode) = state.vips.get(&req.vip) {
        if mode != req.mode {
            return Err(PlanError::ModeConflict {
                vip: req.vip,
                up: mode,
            });
        }
    }
    let mut next = state.clone();
    let mut actions = Vec::new();
    for need in needs(req, host)? {
        if let Need::Decap {
            dev,
            gue_port: Some(port),
        } = &need
        {
            let held = next.held.iter().find_map(|h| match &h.change {
                Change::Decap { dev: d, gue_port } if d == dev => Some(*gue_port),
                _ => None,
            });
            if let Some(held) = held.filter(|h| *h != Some(*port)) {
                return Err(PlanError::DecapConflict {
                    dev: dev.clone(),
                    held,
                });
            }
        }
        let satisfied = need.satisfied(host);
        match next.held.iter_mut().find(|h| need.owns(&h.change)) {
            Some(held) => {
                held.users.insert(req.vip);
                // Changed since an earlier `up`, or another VIP needs another
                // value: set again; the saved original stays what `down`
                // restores, the new value is what it expects to find.
                if !satisfied {
                    let action = need.action();
                    if let (Change::Sysctl { to: held_to, .. }, Action::SetSysctl { to, .. }) =
                        (&mut held.change, &action)
                    {
                        *held_to = *to;
                    }
                    actions.push(action);
                }
            }
            None if !satisfied => {
                let action = need.action();
                if let Some(change) = action.change() {
                    next.held.push(Held {
                        change,
                        users: BTreeSet::from([req.vip]),
                    });
                }
                actions.push(action);
            }
            None => {}
        }
    }
    next.vips.insert(req.vip, req.mode);
    Ok(Plan {
        actions,
        kept: Vec::new(),
        state: next,
    })
}

/// Undoes, newest first, what only `vip` needed; a VIP that is not up plans nothing.
pub fn down(vip: IpAddr, host: &Host, state: &State) -> Plan {
    let mut next = state.clone();
    let mut actions = Vec::new();
    let mut kept = Vec::new();
    if next.vips.remove(&vip).is_some() {
        for held in next.held.iter_mut().rev() {
            if !held.users.remove(&vip) {
                continue;
            }
            if !held.users.is_empty() {
                kept.push(Kept::StillNeeded {
                    change: held.change.clone(),
                    by: held.users.clone(),
                });
            } else if held.change.in_place(host) {
                actions.push(held.change.undo());
            } else {
                kept.push(Kept::ChangedSince {
                    change: held.change.clone(),
                });
            }
        }
        next.held.retain(|h| !h.users.is_empty());
    }
    Plan {
        actions,
        kept,
        state: next,
    }
}

/// What `req` needs, in the order to apply it: ARP settings before the VIP
/// appears (so that no ARP reply for it ever leaves), the tunnel before the VIP.
fn needs(req: &Up, host: &Host) -> Result<Vec<Need>, PlanError> {
    let mut needs = Vec::new();
    let v4 = req.vip.is_ipv4();
    if req.gue_port.is_some() && req.mode != Mode::Tun {
        return Err(PlanError::GueNeedsTun);
    }
    if v4 {
        needs.push(sysctl(host, "all", "arp_ignore", 1, |v| {
            ARP_IGNORE_OK.contains(&v)
        }));
        needs.push(sysctl(host, "all", "arp_announce", 2, |v| v == 2));
    }
    if req.mode == Mode::Tun {
        let (module, tunnel, present) = if v4 {
            ("ipip", "tunl0", host.ipip)
        } else {
            ("ip6_tunnel", "ip6tnl0", host.ip6_tunnel)
        };
        let kernel = match req.decap {
            Decap::Kernel if req.gue_port.is_some() => return Err(PlanError::GueNeedsXdp),
            Decap::Kernel if !present => return Err(PlanError::NoKernelTunnel(module)),
            Decap::Kernel => true,
            Decap::Auto => present && req.gue_port.is_none(),
            Decap::Xdp => false,
        };
        let receiving = if kernel {
            Vec::new()
        } else {
            decap_devs(req, host)?
        };
        if kernel {
            if !host.links.contains_key(tunnel) {
                needs.push(Need::Module(module));
            }
            if v4 {
                // The kernel's reverse-path check drops, even when loose, a
                // packet that arrives on an interface with no address (tunl0)
                // unless the route back uses it: it must be off there.
                needs.push(sysctl(host, "all", "rp_filter", 0, |v| v == 0));
                needs.push(sysctl(host, tunnel, "rp_filter", 0, |v| v == 0));
            }
            needs.push(Need::LinkUp(tunnel.to_owned()));
        } else {
            if v4 {
                needs.push(rp_filter(host, &receiving));
            }
            needs.extend(receiving.into_iter().map(|dev| Need::Decap {
                dev,
                gue_port: req.gue_port,
            }));
        }
    }
    needs.push(Need::Address(req.vip));
    Ok(needs)
}

/// The interfaces to attach the XDP decapsulator to, checked.
fn decap_devs(req: &Up, host: &Host) -> Result<Vec<String>, PlanError> {
    let devs = if req.devs.is_empty() {
        if host.default_devs.is_empty() {
            return Err(PlanError::NoDefaultRoute);
        }
        host.default_devs.clone()
    } else {
        req.devs.clone()
    };
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for dev in devs {
        if dev == "lo" {
            return Err(PlanError::Loopback);
        }
        let link = host
            .links
            .get(&dev)
            .ok_or_else(|| PlanError::NoSuchInterface(dev.clone()))?;
        if link.xdp && !link.our_decap {
            return Err(PlanError::ForeignXdp(dev));
        }
        if seen.insert(dev.clone()) {
            out.push(dev);
        }
    }
    Ok(out)
}

/// The IPv4 setting `name` of `dev`, to be set to `to` unless `ok`. An
/// interface not there yet (`tunl0` before its module loads) will start from
/// `default`.
fn sysctl(host: &Host, dev: &str, name: &str, to: u32, ok: impl Fn(u32) -> bool) -> Need {
    let from = value(host, dev, name);
    Need::Sysctl {
        key: conf_key(dev, name),
        from,
        to,
        ok: ok(from),
    }
}

fn value(host: &Host, dev: &str, name: &str) -> u32 {
    let get = |dev: &str| host.sysctls.get(&conf_key(dev, name)).copied();
    get(dev).or_else(|| get("default")).unwrap_or_default()
}

/// rp_filter must not be strict on the interfaces XDP decapsulates on (they
/// have addresses, so loose passes). The kernel uses max(all, interface).
fn rp_filter(host: &Host, receiving: &[String]) -> Need {
    let all = value(host, "all", "rp_filter");
    let loose = receiving
        .iter()
        .all(|dev| all.max(value(host, dev, "rp_filter")) != 1);
    sysctl(host, "all", "rp_filter", 2, |_| loose)
}

/// `net/ipv4/conf/all/rp_filter` as sysctl(8) names it; an interface's dots
/// become slashes there, as sysctl writes them.
pub fn sysctl_name(key: &str) -> String {
    key.split('/')
        .map(|part| part.replace('.', "/"))
        .collect::<Vec<_>>()
        .join(".")
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Action::AddAddress { addr } => write!(f, "lo: added {addr}/{}", prefix(addr)),
            Action::DelAddress { addr } => write!(f, "lo: removed {addr}/{}", prefix(addr)),
            Action::SetSysctl { key, from, to } => {
                write!(f, "{}: {from} -> {to}", sysctl_name(key))
            }
            Action::LoadModule { name } => write!(f, "loaded kernel module {name}"),
            Action::SetLink { dev, up: true } => write!(f, "{dev}: set up"),
            Action::SetLink { dev, up: false } => write!(f, "{dev}: set down"),
            Action::AttachDecap { dev, gue_port } => {
                write!(f, "{dev}: attached XDP decapsulation{}", gue(gue_port))
            }
            Action::DetachDecap { dev, gue_port } => {
                write!(f, "{dev}: detached XDP decapsulation{}", gue(gue_port))
            }
        }
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Address { addr } => write!(f, "lo: {addr}/{}", prefix(addr)),
            Change::Sysctl { key, to, .. } => write!(f, "{} = {to}", sysctl_name(key)),
            Change::LinkUp { dev } => write!(f, "{dev}: up"),
            Change::Decap { dev, gue_port } => {
                write!(f, "{dev}: XDP decapsulation{}", gue(gue_port))
            }
        }
    }
}

impl fmt::Display for Kept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Kept::StillNeeded { change, by } => {
                let by: Vec<String> = by.iter().map(IpAddr::to_string).collect();
                write!(f, "kept {change} (still needed by {})", by.join(", "))
            }
            Kept::ChangedSince { change } => {
                write!(f, "left {change} alone: changed since `up`")
            }
        }
    }
}

fn gue(port: &Option<u16>) -> String {
    port.map(|p| format!(" (and GUE on port {p})"))
        .unwrap_or_default()
}

/// The VIP's prefix on `lo`: the address alone.
pub fn prefix(addr: &IpAddr) -> u8 {
    match addr {
        IpAddr::V4(_) => 32,
        IpAddr::V6(_) => 128,
    }
}
