//! `global_defs`, plus the top-level switches that act globally
//! (`linkbeat_use_polling`, `net_namespace`, `instance`, ...).
//!
//! Keywords rvs acts on are typed fields; the others are kept by name in
//! `no_effect` so a dump shows what was accepted and ignored.

use crate::model::Secs;
use serde::{Deserialize, Serialize};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GlobalDefs {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub router_id: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub notification_email: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notification_email_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub smtp_server: Option<SmtpServer>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub smtp_helo_name: Option<String>,
    /// keepalived's default is 30 s.
    pub smtp_connect_timeout: Secs,
    /// `smtp_alert` for both sides; the per-side keywords override it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub smtp_alert: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub smtp_alert_vrrp: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub smtp_alert_checker: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub script_user: Option<ScriptUser>,
    pub enable_script_security: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub default_interface: Option<String>,
    pub dynamic_interfaces: bool,

    // VRRP defaults, inherited by every vrrp_instance.
    pub vrrp_mcast_group4: IpAddr,
    pub vrrp_mcast_group6: IpAddr,
    pub vrrp_garp_master_delay: Secs,
    pub vrrp_garp_master_repeat: u32,
    pub vrrp_garp_master_refresh: Secs,
    pub vrrp_garp_master_refresh_repeat: u32,
    /// Unset: the instance's `garp_master_delay`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub vrrp_garp_lower_prio_delay: Option<Secs>,
    /// Unset: the instance's `garp_master_repeat`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub vrrp_garp_lower_prio_repeat: Option<u32>,
    /// Minimum gap between gratuitous ARPs on one interface.
    pub vrrp_garp_interval: Secs,
    /// Minimum gap between unsolicited neighbour advertisements on one interface.
    pub vrrp_gna_interval: Secs,
    /// Send one GARP/NA at transition and none after the delay.
    pub vrrp_min_garp: bool,
    pub vrrp_lower_prio_no_advert: bool,
    pub vrrp_higher_prio_send_advert: bool,
    pub vrrp_down_timer_adverts: u32,
    pub vrrp_version: u8,
    pub vrrp_check_unicast_src: bool,
    pub vrrp_skip_check_adv_addr: bool,
    pub vrrp_strict: bool,
    pub vrrp_startup_delay: Secs,
    pub vrrp_notify_priority_changes: bool,
    /// `vrrp_iptables [IN [OUT]]`: rvs filters with nftables only; kept for the dump.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub vrrp_iptables: Option<Vec<String>>,
    /// `nftables [TABLE]`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub nftables: Option<String>,
    /// Upper bound for priorities of instances that may go above 255 with tracking.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub max_auto_priority: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notify_fifo: Option<NotifyFifo>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub vrrp_notify_fifo: Option<NotifyFifo>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lvs_notify_fifo: Option<NotifyFifo>,

    // LVS-side globals.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lvs_timeouts: Option<LvsTimeouts>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lvs_sync_daemon: Option<LvsSyncDaemon>,
    pub lvs_flush: bool,
    pub lvs_flush_onstop: bool,

    // Top-level switches.
    pub linkbeat_use_polling: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub net_namespace: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub instance: Option<String>,

    /// Keywords accepted for compatibility that change nothing in rvs, in order.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub no_effect: Vec<NoEffect>,
}

impl Default for GlobalDefs {
    fn default() -> Self {
        GlobalDefs {
            router_id: None,
            notification_email: Vec::new(),
            notification_email_from: None,
            smtp_server: None,
            smtp_helo_name: None,
            smtp_connect_timeout: Secs::from_secs(30),
            smtp_alert: None,
            smtp_alert_vrrp: None,
            smtp_alert_checker: None,
            script_user: None,
            enable_script_security: false,
            default_interface: None,
            dynamic_interfaces: false,
            vrrp_mcast_group4: IpAddr::V4(Ipv4Addr::new(224, 0, 0, 18)),
            vrrp_mcast_group6: IpAddr::V6(Ipv6Addr::new(0xff02, 0, 0, 0, 0, 0, 0, 0x12)),
            vrrp_garp_master_delay: Secs::from_secs(5),
            vrrp_garp_master_repeat: 5,
            vrrp_garp_master_refresh: Secs(0),
            vrrp_garp_master_refresh_repeat: 1,
            vrrp_garp_lower_prio_delay: None,
            vrrp_garp_lower_prio_repeat: None,
            vrrp_garp_interval: Secs(0),
            vrrp_gna_interval: Secs(0),
            vrrp_min_garp: false,
            vrrp_lower_prio_no_advert: false,
            vrrp_higher_prio_send_advert: false,
            vrrp_down_timer_adverts: 3,
            vrrp_version: 2,
            vrrp_check_unicast_src: false,
            vrrp_skip_check_adv_addr: false,
            vrrp_strict: false,
            vrrp_startup_delay: Secs(0),
            vrrp_notify_priority_changes: false,
            vrrp_iptables: None,
            nftables: None,
            max_auto_priority: None,
            notify_fifo: None,
            vrrp_notify_fifo: None,
            lvs_notify_fifo: None,
            lvs_timeouts: None,
            lvs_sync_daemon: None,
            lvs_flush: false,
            lvs_flush_onstop: false,
            linkbeat_use_polling: false,
            net_namespace: None,
            instance: None,
            no_effect: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmtpServer {
    /// An IP address or a host name.
    pub host: String,
    pub port: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScriptUser {
    pub user: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub group: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotifyFifo {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub script: Option<String>,
}

/// `lvs_timeouts [tcp S] [tcpfin S] [udp S]`; unset ones keep the kernel's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LvsTimeouts {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tcp: Option<Secs>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tcpfin: Option<Secs>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub udp: Option<Secs>,
}

/// `lvs_sync_daemon IFACE VRRP_INSTANCE [id N] [maxlen N] [port N] [ttl N] [group ADDR]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LvsSyncDaemon {
    pub interface: String,
    pub vrrp_instance: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub id: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub maxlen: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ttl: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub group: Option<IpAddr>,
}

/// A keyword accepted for compatibility, with its words as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoEffect {
    pub keyword: String,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub args: Vec<String>,
}

/// Top-level keywords keepalived 2.2.7 accepts that change nothing in rvs;
/// they are kept in [`GlobalDefs::no_effect`] with the `global_defs` ones.
pub const TOP_LEVEL_NO_EFFECT: &[&str] = &[
    "net_namespace_ipvs",
    "namespace_with_ipsets",
    "use_pid_dir",
    "child_wait_time",
    "linkbeat_interfaces",
    "interface_up_down_delays",
    "track_group",
];
