//! The LVS side: `virtual_server_group`, `virtual_server`, `real_server`, checkers.
//!
//! Values are the effective ones: keepalived's defaults applied and inherited
//! (virtual server → real server → checker), so the checkers and the data plane
//! read them without knowing keepalived's rules.

pub mod check;
pub mod resolved;

pub use check::Checker;

pub use crate::model::script::Script;
use crate::model::Secs;
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LvsConfig {
    /// The top-level `SSL { … }` block: client credentials of SSL_GET.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ssl: Option<Ssl>,
    /// Sorted by name, so that references resolve without a scan.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub virtual_server_groups: Vec<VirtualServerGroup>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub virtual_servers: Vec<VirtualServer>,
}

impl LvsConfig {
    /// Every script the LVS side runs (quorum_up/down, notify_up/down,
    /// MISC_CHECK), for keepalived's script-security check, which needs
    /// global_defs: without `enable_script_security`, keepalived 2.2.7 refuses
    /// (`-t` exits 6) as soon as one of them names an existing file.
    pub fn scripts(&self) -> Vec<&Script> {
        let mut out = Vec::new();
        for vs in &self.virtual_servers {
            out.extend(vs.quorum_up.iter().chain(vs.quorum_down.iter()));
            for rs in &vs.real_servers {
                out.extend(
                    rs.notify_up
                        .iter()
                        .chain(rs.notify_down.iter())
                        .map(|s| &**s),
                );
                for c in &rs.checkers {
                    if let Checker::Misc { misc_path, .. } = c {
                        out.push(misc_path);
                    }
                }
            }
        }
        out
    }

    /// The `track_file` names FILE_CHECKs refer to; each must name a top-level
    /// `track_file` block (keepalived reports "track_file X not found").
    pub fn file_check_track_files(&self) -> Vec<&str> {
        self.virtual_servers
            .iter()
            .flat_map(|vs| &vs.real_servers)
            .flat_map(|rs| &rs.checkers)
            .filter_map(|c| match c {
                Checker::File { track_file, .. } => Some(track_file.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// `SSL { password; ca; certificate; key }`: files are read when SSL_GET
/// starts, not when the configuration is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ssl {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub password: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ca: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub certificate: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub key: Option<String>,
}

/// `virtual_server_group NAME { … }`: services that share one set of real servers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VirtualServerGroup {
    pub name: String,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub addresses: Vec<GroupAddress>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub fwmarks: Vec<GroupFwmark>,
}

/// `fwmark N [inet|inet6]` in a group; the family matters only when every
/// real server is tunnelled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupFwmark {
    pub fwmark: u32,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub family: Option<IpFamily>,
}

/// `ADDR[-END] [PORT]` in a group: one address or an inclusive range that
/// differs only in the last byte (IPv4) or last 16-bit group (IPv6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupAddress {
    pub address: IpAddr,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub range_end: Option<IpAddr>,
    /// 0 when no port was given (any port, persistent services only).
    pub port: u16,
}

/// What a `virtual_server` balances.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Service {
    /// `virtual_server IP [PORT]`; port 0 when not given.
    Address { address: IpAddr, port: u16 },
    /// `virtual_server fwmark N`.
    Fwmark { fwmark: u32 },
    /// `virtual_server group NAME`.
    Group { group: String },
}

impl Service {
    /// Whether this is a fwmark, or names one of `groups` (sorted by name)
    /// holding only fwmarks: such a virtual server takes no protocol.
    pub fn is_fwmarks_only(&self, groups: &[VirtualServerGroup]) -> bool {
        match self {
            Service::Fwmark { .. } => true,
            Service::Group { group } => {
                find_group(groups, group).is_some_and(|g| g.addresses.is_empty())
            }
            Service::Address { .. } => false,
        }
    }
}

/// The first group called `name` in `groups`, which are sorted by name (as
/// the parser keeps them), in logarithmic time.
pub fn find_group<'g>(
    groups: &'g [VirtualServerGroup],
    name: &str,
) -> Option<&'g VirtualServerGroup> {
    let i = groups.partition_point(|g| g.name.as_str() < name);
    groups.get(i).filter(|g| g.name == name)
}

/// `lb_algo` / `lvs_sched`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scheduler {
    Rr,
    Wrr,
    Lc,
    Wlc,
    Lblc,
    Sh,
    Mh,
    Dh,
    Fo,
    Ovf,
    Lblcr,
    Sed,
    Nq,
    Twos,
}

impl Scheduler {
    pub const ALL: [Scheduler; 14] = [
        Scheduler::Rr,
        Scheduler::Wrr,
        Scheduler::Lc,
        Scheduler::Wlc,
        Scheduler::Lblc,
        Scheduler::Sh,
        Scheduler::Mh,
        Scheduler::Dh,
        Scheduler::Fo,
        Scheduler::Ovf,
        Scheduler::Lblcr,
        Scheduler::Sed,
        Scheduler::Nq,
        Scheduler::Twos,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scheduler::Rr => "rr",
            Scheduler::Wrr => "wrr",
            Scheduler::Lc => "lc",
            Scheduler::Wlc => "wlc",
            Scheduler::Lblc => "lblc",
            Scheduler::Sh => "sh",
            Scheduler::Mh => "mh",
            Scheduler::Dh => "dh",
            Scheduler::Fo => "fo",
            Scheduler::Ovf => "ovf",
            Scheduler::Lblcr => "lblcr",
            Scheduler::Sed => "sed",
            Scheduler::Nq => "nq",
            Scheduler::Twos => "twos",
        }
    }

    pub fn from_name(s: &str) -> Option<Self> {
        Scheduler::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// Scheduler flags (ipvsadm `-b`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SchedFlag {
    #[serde(rename = "flag-1")]
    Flag1,
    #[serde(rename = "flag-2")]
    Flag2,
    #[serde(rename = "flag-3")]
    Flag3,
    #[serde(rename = "sh-port")]
    ShPort,
    #[serde(rename = "sh-fallback")]
    ShFallback,
    #[serde(rename = "mh-port")]
    MhPort,
    #[serde(rename = "mh-fallback")]
    MhFallback,
}

impl SchedFlag {
    pub const ALL: [SchedFlag; 7] = [
        SchedFlag::Flag1,
        SchedFlag::Flag2,
        SchedFlag::Flag3,
        SchedFlag::ShPort,
        SchedFlag::ShFallback,
        SchedFlag::MhPort,
        SchedFlag::MhFallback,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SchedFlag::Flag1 => "flag-1",
            SchedFlag::Flag2 => "flag-2",
            SchedFlag::Flag3 => "flag-3",
            SchedFlag::ShPort => "sh-port",
            SchedFlag::ShFallback => "sh-fallback",
            SchedFlag::MhPort => "mh-port",
            SchedFlag::MhFallback => "mh-fallback",
        }
    }

    pub fn from_name(s: &str) -> Option<Self> {
        SchedFlag::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// The scheduler the flag belongs to; `None` for the generic `flag-N`.
    pub fn scheduler(self) -> Option<Scheduler> {
        match self {
            SchedFlag::ShPort | SchedFlag::ShFallback => Some(Scheduler::Sh),
            SchedFlag::MhPort | SchedFlag::MhFallback => Some(Scheduler::Mh),
            _ => None,
        }
    }
}

/// `lb_kind` / `lvs_method`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Method {
    #[serde(rename = "NAT")]
    Nat,
    #[serde(rename = "DR")]
    Dr,
    #[serde(rename = "TUN")]
    Tun,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Nat => "NAT",
            Method::Dr => "DR",
            Method::Tun => "TUN",
        }
    }
}

/// `lvs_method TUN type …`: the encapsulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tunnel {
    #[serde(rename = "type")]
    pub kind: TunnelType,
    /// UDP port, GUE only.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub checksum: Option<TunnelCsum>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TunnelType {
    Ipip,
    Gue,
    Gre,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TunnelCsum {
    Nocsum,
    Csum,
    Remcsum,
}

/// A forwarding method with its tunnel options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Forwarding {
    pub lvs_method: Method,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tunnel: Option<Tunnel>,
}

impl Default for Forwarding {
    fn default() -> Self {
        Forwarding {
            lvs_method: Method::Nat,
            tunnel: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Protocol {
    #[serde(rename = "TCP")]
    Tcp,
    #[serde(rename = "UDP")]
    Udp,
    #[serde(rename = "SCTP")]
    Sctp,
}

impl Protocol {
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Tcp => "TCP",
            Protocol::Udp => "UDP",
            Protocol::Sctp => "SCTP",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IpFamily {
    Inet,
    Inet6,
}

/// `sorry_server IP [PORT]` and its options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SorryServer {
    pub address: IpAddr,
    /// The virtual server's port when not given.
    pub port: u16,
    /// `sorry_server_inhibit`.
    pub inhibit: bool,
    /// `sorry_server_lvs_method`, else the virtual server's.
    #[serde(flatten)]
    pub forwarding: Forwarding,
}

/// One `virtual_server` block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VirtualServer {
    #[serde(flatten)]
    pub service: Service,
    /// keepalived's default is UDP when `protocol` is missing (a 2.2.7 wart it
    /// reports); rvs models TCP, the documented default.
    pub protocol: Protocol,
    pub lb_algo: Scheduler,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub sched_flags: Vec<SchedFlag>,
    /// One-packet scheduling (UDP only).
    pub ops: bool,
    #[serde(flatten)]
    pub forwarding: Forwarding,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub persistence_timeout: Option<Secs>,
    /// Prefix length of the persistence netmask (IPv4 written as a netmask).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub persistence_granularity: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub persistence_engine: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ip_family: Option<IpFamily>,
    pub ha_suspend: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub virtualhost: Option<String>,
    pub alpha: bool,
    pub omega: bool,
    pub quorum: u32,
    pub hysteresis: u32,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub quorum_up: Option<Script>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub quorum_down: Option<Script>,
    pub delay_loop: Secs,
    pub connect_timeout: Secs,
    /// Checker timers left to each checker's own default when unset.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub retry: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub delay_before_retry: Option<Secs>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub warmup: Option<Secs>,
    pub inhibit_on_failure: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub smtp_alert: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sorry_server: Option<SorryServer>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub real_servers: Vec<RealServer>,
}

/// One `real_server` block, values inherited from its virtual server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RealServer {
    pub address: IpAddr,
    /// The virtual server's port when not given, and always for DR and TUN
    /// (keepalived resets a different one).
    pub port: u16,
    pub weight: u32,
    #[serde(flatten)]
    pub forwarding: Forwarding,
    pub inhibit_on_failure: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notify_up: Option<Box<Script>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notify_down: Option<Box<Script>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub uthreshold: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lthreshold: Option<u32>,
    pub alpha: bool,
    pub delay_loop: Secs,
    pub connect_timeout: Secs,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub retry: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub delay_before_retry: Option<Secs>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub warmup: Option<Secs>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub smtp_alert: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub virtualhost: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub checkers: Vec<Checker>,
}
