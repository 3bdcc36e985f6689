//! The VRRP side: `vrrp_script`, `track_file`, `vrrp_track_process`,
//! `vrrp_sync_group`, `garp_group`, `vrrp_instance`, `static_*`, `bfd_instance`.

pub use crate::model::script::Script;
use crate::model::Secs;
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VrrpConfig {
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub vrrp_scripts: Vec<VrrpScript>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub track_files: Vec<TrackFile>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub track_processes: Vec<TrackProcess>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub bfd_instances: Vec<BfdInstance>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub garp_groups: Vec<GarpGroup>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub vrrp_sync_groups: Vec<SyncGroup>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub vrrp_instances: Vec<VrrpInstance>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub static_ipaddress: Vec<IpAddress>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub static_routes: Vec<Route>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub static_rules: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VrrpScript {
    pub name: String,
    /// `None` only in a configuration with errors (keepalived drops the script).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub script: Option<Script>,
    /// Default 1 s.
    pub interval: Secs,
    /// Default: the interval.
    pub timeout: Secs,
    /// Priority change while the script succeeds (>0) or fails (<0); default 0.
    pub weight: i32,
    /// `weight N reverse`: the sign applies the other way round.
    pub weight_reverse: bool,
    pub rise: u32,
    pub fall: u32,
    /// Start in the failed state instead of succeeded.
    pub init_fail: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackFile {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub file: Option<String>,
    /// Multiplier of the number read from the file; default 1.
    pub weight: i32,
    pub weight_reverse: bool,
    /// `init_file [VALUE] [overwrite]`: create the file with VALUE when missing.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub init_file: Option<InitFile>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InitFile {
    pub value: i64,
    pub overwrite: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackProcess {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub process: Option<String>,
    /// `param_match` applies to the arguments after the process name.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub params: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub param_match: Option<String>,
    pub full_command: bool,
    /// Minimum number of processes for "up"; default 1.
    pub quorum: u32,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub quorum_max: Option<u32>,
    pub weight: i32,
    pub weight_reverse: bool,
    /// Delay before acting on a process loss or appearance.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub delay: Option<Secs>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub terminate_delay: Option<Secs>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub fork_delay: Option<Secs>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BfdInstance {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub neighbor_ip: Option<IpAddr>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source_ip: Option<IpAddr>,
    /// Other settings (min_rx, min_tx, idle_tx, multiplier, passive, ttl, ...):
    /// rvs runs no BFD, so they are kept as written.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub settings: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GarpGroup {
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub interfaces: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub garp_interval: Option<Secs>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gna_interval: Option<Secs>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncGroup {
    pub name: String,
    /// Instance names, as written.
    pub group: Vec<String>,
    #[serde(flatten)]
    pub notify: Notify,
    pub smtp_alert: bool,
    pub global_tracking: bool,
    pub sync_group_tracking_weight: bool,
    #[serde(flatten)]
    pub track: Tracking,
}

/// The notify scripts of an instance or sync group.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Notify {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notify_master: Option<Script>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notify_backup: Option<Script>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notify_fault: Option<Script>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notify_stop: Option<Script>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notify_deleted: Option<Script>,
    /// Called with "INSTANCE|GROUP name state priority" on every transition.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notify: Option<Script>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notify_master_rx_lower_pri: Option<Script>,
    pub notify_priority_changes: bool,
}

/// What an instance or sync group tracks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tracking {
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub track_interface: Vec<TrackRef>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub track_script: Vec<TrackRef>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub track_file: Vec<TrackRef>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub track_process: Vec<TrackRef>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub track_bfd: Vec<TrackRef>,
}

/// `NAME [weight N [reverse]]` in a `track_*` block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackRef {
    pub name: String,
    /// Unset: the tracked object's own weight (0 for interfaces: fault on down).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub weight: Option<i32>,
    pub reverse: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum InitialState {
    Master,
    Backup,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum AuthType {
    Pass,
    Ah,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authentication {
    pub auth_type: AuthType,
    /// At most 8 bytes (keepalived truncates longer ones).
    pub auth_pass: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnicastPeer {
    pub addr: IpAddr,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub min_ttl: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub max_ttl: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VrrpInstance {
    pub name: String,
    /// The state to start in; MASTER only starts as master without waiting
    /// when the instance owns its addresses (priority 255).
    pub state: InitialState,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub interface: Option<String>,
    /// 1–255; 0 only in a configuration with errors.
    pub virtual_router_id: u8,
    /// 1–255, default 100; 255 means address owner.
    pub priority: u8,
    /// v2: whole seconds; v3: centiseconds. Default 1 s.
    pub advert_int: Secs,
    /// From `vrrp_version` when not set on the instance.
    pub version: u8,
    /// `use_vmac [NAME]`: the instance sends and receives on a macvlan with the VRRP MAC.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub use_vmac: Option<Vmac>,
    pub use_ipvlan: bool,
    pub dont_track_primary: bool,
    #[serde(flatten)]
    pub track: Tracking,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub mcast_src_ip: Option<IpAddr>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub mcast_dst_ip: Option<IpAddr>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub unicast_src_ip: Option<IpAddr>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub unicast_peer: Vec<UnicastPeer>,
    pub unicast_ttl: u8,
    pub unicast_fault_no_peer: bool,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub virtual_ipaddress: Vec<IpAddress>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub virtual_ipaddress_excluded: Vec<IpAddress>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub virtual_routes: Vec<Route>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub virtual_rules: Vec<Rule>,
    pub nopreempt: bool,
    pub preempt_delay: Secs,
    /// Accept packets to the VIPs when not the owner; default on unless strict.
    pub accept: bool,
    pub garp_master_delay: Secs,
    pub garp_master_repeat: u32,
    /// 0: no periodic refresh.
    pub garp_master_refresh: Secs,
    pub garp_master_refresh_repeat: u32,
    pub garp_lower_prio_delay: Secs,
    pub garp_lower_prio_repeat: u32,
    pub lower_prio_no_advert: bool,
    pub higher_prio_send_advert: bool,
    pub down_timer_adverts: u32,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub authentication: Option<Authentication>,
    #[serde(flatten)]
    pub notify: Notify,
    pub smtp_alert: bool,
    pub strict_mode: bool,
    pub skip_check_adv_addr: bool,
    pub check_unicast_src: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub kernel_rx_buf_size: Option<u64>,
    pub native_ipv6: bool,
    /// `old_unicast_checksum`: VRRPv3 over IPv4 unicast with keepalived's old checksum.
    pub old_unicast_checksum: bool,
    pub promote_secondaries: bool,
    pub linkbeat_use_polling: bool,
    pub track_src_ip: bool,
    /// Deprecated per-instance form of `lvs_sync_daemon`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lvs_sync_daemon_interface: Option<String>,
}

impl VrrpInstance {
    /// The instance's address family: that of its VIPs (the parser drops VIPs
    /// and peers of the other family), else of its peers or source address;
    /// IPv4 when nothing says.
    pub fn is_ipv6(&self) -> bool {
        self.virtual_ipaddress
            .first()
            .map(|a| a.addr)
            .or_else(|| self.unicast_peer.first().map(|p| p.addr))
            .or(self.unicast_src_ip)
            .or(self.mcast_src_ip)
            .is_some_and(|a| a.is_ipv6())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vmac {
    /// Unset: `vrrp.VRID`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub name: Option<String>,
    /// `vmac_xmit_base`: send adverts from the base interface.
    pub xmit_base: bool,
}

/// An address line of `virtual_ipaddress`, `virtual_ipaddress_excluded` or
/// `static_ipaddress`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IpAddress {
    pub addr: IpAddr,
    /// Default 32 (IPv4) or 128 (IPv6).
    pub prefix_len: u8,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub brd: Option<IpAddr>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub dev: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub scope: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub peer: Option<IpAddr>,
    /// IPv6 flags and options.
    pub home: bool,
    pub nodad: bool,
    pub noprefixroute: bool,
    /// IPv6: manage temporary addresses from this one.
    pub mngtmpaddr: bool,
    pub autojoin: bool,
    /// Put this address on the instance's VMAC interface.
    pub use_vmac: bool,
    /// Static addresses: the track group whose state decides the address.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub track_group: Option<String>,
    /// Not tracked: its removal does not put the instance in fault.
    pub no_track: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub preferred_lft: Option<u32>,
}

/// A line of `virtual_routes` / `static_routes`: the destination and the
/// options rvs reads; the rest kept as written, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Route {
    /// `blackhole`, `unreachable`, `prohibit`, `throw`, ... when given.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub kind: Option<String>,
    /// Destination as written (`ADDR[/LEN]` or `default`).
    pub to: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub src: Option<IpAddr>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub via: Option<IpAddr>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub dev: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub table: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub metric: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub scope: Option<String>,
    /// Further options (`nexthop`, `mtu`, `proto`, ...) as written.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub options: Vec<String>,
    pub no_track: bool,
}

/// A line of `virtual_rules` / `static_rules`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub table: Option<String>,
    /// keepalived assigns one (from 16384 down) when unset and says so.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub preference: Option<u32>,
    /// Further options (`iif`, `oif`, `fwmark`, `goto`, ...) as written.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub options: Vec<String>,
    pub no_track: bool,
}

#[cfg(test)]
mod tests {
    use super::Script;

    fn argv(cmd: &str) -> Vec<String> {
        Script {
            command: cmd.into(),
            user: None,
            group: None,
        }
        .argv()
    }

    #[test]
    fn argv_splits_like_keepalived() {
        assert_eq!(
            argv("/bin/vrrp.sh  BACKUP   VI_1"),
            ["/bin/vrrp.sh", "BACKUP", "VI_1"]
        );
        assert_eq!(
            argv("/bin/sh -c 'killall -0 haproxy'"),
            ["/bin/sh", "-c", "killall -0 haproxy"]
        );
        assert_eq!(argv(r"/bin/x a\ b ''"), ["/bin/x", "a b", ""]);
    }
}
