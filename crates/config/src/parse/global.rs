//! `global_defs` and the top-level switches that set global state.

use super::value::{self, block_words, need};
use super::Cx;
use crate::diagnostic::DiagKind;
use crate::model::global::{
    LvsSyncDaemon, LvsTimeouts, NoEffect, NotifyFifo, ScriptUser, SmtpServer, TOP_LEVEL_NO_EFFECT,
};
use crate::model::{Config, GlobalDefs, Secs};
use crate::tree::Stmt;
use std::collections::HashSet;
use std::net::IpAddr;

/// Handles a top-level statement if it belongs here; `false` otherwise.
pub(super) fn parse_top(stmt: &Stmt, cfg: &mut Config, cx: &mut Cx<'_>) -> bool {
    let g = &mut cfg.global_defs;
    match stmt.keyword.text.as_str() {
        "global_defs" => {
            let mut noted = HashSet::new();
            for s in stmt.block.iter().flat_map(|b| &b.body) {
                keyword(s, g, &mut noted, cx);
            }
        }
        "linkbeat_use_polling" => {
            if let Some(b) = value::boolean(stmt, cx) {
                g.linkbeat_use_polling = b;
            }
        }
        "net_namespace" => {
            if let Some(w) = need(stmt, 0, "a namespace name", cx) {
                g.net_namespace = Some(w.text.to_string());
            }
        }
        "instance" => {
            if let Some(w) = need(stmt, 0, "an instance name", cx) {
                g.instance = Some(w.text.to_string());
            }
        }
        k if TOP_LEVEL_NO_EFFECT.contains(&k) => {
            g.no_effect.push(no_effect_entry(stmt));
            cx.diags.note(
                DiagKind::NoEffect,
                stmt.keyword.span,
                format!("'{}' accepted, no effect", stmt.keyword.text),
            );
        }
        _ => return false,
    }
    true
}

fn no_effect_entry(stmt: &Stmt) -> NoEffect {
    NoEffect {
        keyword: stmt.keyword.text.to_string(),
        args: stmt.args.iter().map(|w| w.text.to_string()).collect(),
    }
}

/// Keywords keepalived 2.2.7 accepts in `global_defs` that change nothing in rvs
/// (process tuning, SNMP/D-Bus, reload machinery, netlink buffer sizes).
const NO_EFFECT: &[&str] = &[
    "bfd_cpu_affinity",
    "bfd_no_swap",
    "bfd_priority",
    "bfd_process_name",
    "bfd_rlimit_rtime",
    "bfd_rlimit_rttime",
    "bfd_rt_priority",
    "checker_cpu_affinity",
    "checker_log_all_failures",
    "checker_no_swap",
    "checker_priority",
    "checker_process_name",
    "checker_rlimit_rtime",
    "checker_rlimit_rttime",
    "checker_rt_priority",
    "config_save_dir",
    "data_use_instance",
    "dbus_service_name",
    "disable_local_igmp",
    "enable_dbus",
    "enable_snmp_checker",
    "enable_snmp_keepalived",
    "enable_snmp_rfc",
    "enable_snmp_rfcv2",
    "enable_snmp_rfcv3",
    "enable_snmp_vrrp",
    "enable_traps",
    "fifo_write_vrrp_states_on_reload",
    "include_check",
    "lvs_netlink_cmd_rcv_bufs",
    "lvs_netlink_cmd_rcv_bufs_force",
    "lvs_netlink_monitor_rcv_bufs",
    "lvs_netlink_monitor_rcv_bufs_force",
    "lvs_process_name",
    "min_auto_priority_delay",
    "nftables_counters",
    "nftables_ifindex",
    "nftables_ipvs",
    "nftables_ipvs_priority",
    "nftables_ipvs_start_fwmark",
    "nftables_priority",
    "no_checker_emails",
    "no_email_faults",
    "process_monitor_rcv_bufs",
    "process_monitor_rcv_bufs_force",
    "process_name",
    "process_names",
    "random_seed",
    "reload_check_config",
    "reload_file",
    "reload_repeat",
    "reload_time_file",
    "rs_init_notifies",
    "shutdown_script",
    "shutdown_script_timeout",
    "snmp_socket",
    "startup_script",
    "startup_script_timeout",
    "tmp_config_directory",
    "umask",
    "vmac_addr_prefix",
    "vmac_prefix",
    "vrrp_cpu_affinity",
    "vrrp_garp_extra_if",
    "vrrp_netlink_cmd_rcv_bufs",
    "vrrp_netlink_cmd_rcv_bufs_force",
    "vrrp_netlink_monitor_rcv_bufs",
    "vrrp_netlink_monitor_rcv_bufs_force",
    "vrrp_no_swap",
    "vrrp_priority",
    "vrrp_process_name",
    "vrrp_rlimit_rtime",
    "vrrp_rlimit_rttime",
    "vrrp_rt_priority",
    "vrrp_rx_bufs_multiplier",
    "vrrp_rx_bufs_policy",
    "vrrp_vmac_garp_intvl",
];

fn keyword(s: &Stmt, g: &mut GlobalDefs, noted: &mut HashSet<String>, cx: &mut Cx<'_>) {
    let kw = s.keyword.text.as_str();
    match kw {
        "router_id" => g.router_id = need(s, 0, "a name", cx).map(|w| w.text.to_string()),
        "notification_email" => {
            let list = block_words(s);
            if list.is_empty() {
                cx.diags.warning(
                    DiagKind::MissingValue,
                    s.keyword.span,
                    "empty notification_email block",
                );
            }
            g.notification_email.extend(list);
        }
        "notification_email_from" => {
            g.notification_email_from = need(s, 0, "an address", cx).map(|w| w.text.to_string())
        }
        "smtp_server" => {
            if let Some(w) = need(s, 0, "a server", cx) {
                let port = match s.arg(1) {
                    Some(p) => value::uint(p, 1, 65535, cx).map(|p| p as u16),
                    None => Some(25),
                };
                let parsed = w.text.parse::<std::net::IpAddr>().is_ok();
                if !parsed && cx.host.resolves(&w.text) == Some(false) {
                    cx.diags.error(
                        DiagKind::BadValue,
                        w.span,
                        format!(
                            "Invalid smtp server {} {}: not an address, and the name does \
                             not resolve",
                            w.text,
                            port.unwrap_or(25)
                        ),
                    );
                } else if let Some(port) = port {
                    g.smtp_server = Some(SmtpServer {
                        host: w.text.to_string(),
                        port,
                    });
                }
            }
        }
        "smtp_helo_name" => g.smtp_helo_name = s.arg(0).map(|w| w.text.to_string()),
        "smtp_connect_timeout" => {
            if let Some(v) = need(s, 0, "seconds", cx).and_then(|w| value::uint(w, 0, 4294, cx)) {
                if v == 0 {
                    cx.diags.warning(
                        DiagKind::BadValue,
                        s.span(),
                        "smtp_connect_timeout must be greater than 0, setting to 1",
                    );
                }
                g.smtp_connect_timeout = Secs::from_secs(v.max(1));
            }
        }
        "smtp_alert" => g.smtp_alert = value::boolean(s, cx),
        "smtp_alert_vrrp" => g.smtp_alert_vrrp = value::boolean(s, cx),
        "smtp_alert_checker" => g.smtp_alert_checker = value::boolean(s, cx),
        "script_user" => {
            if let Some(w) = need(s, 0, "a user name", cx) {
                if !cx.host.user_exists(&w.text) {
                    cx.diags.error(
                        DiagKind::Reference,
                        w.span,
                        format!(
                            "Error setting global script uid/gid: no user '{}' on this host",
                            w.text
                        ),
                    );
                }
                g.script_user = Some(ScriptUser {
                    user: w.text.to_string(),
                    group: s.arg(1).map(|w| w.text.to_string()),
                });
            }
        }
        // keepalived ignores any words after these switches.
        "enable_script_security" => g.enable_script_security = true,
        "default_interface" => {
            g.default_interface = need(s, 0, "an interface", cx).map(|w| w.text.to_string())
        }
        "dynamic_interfaces" => {
            if let Some(w) = s.arg(0).filter(|w| w.text != "allow_if_changes") {
                cx.diags.warning(
                    DiagKind::BadValue,
                    w.span,
                    format!("unknown dynamic_interfaces option '{}'", w.text),
                );
            }
            g.dynamic_interfaces = true;
        }
        "vrrp_mcast_group4" => {
            if let Some(a) = need(s, 0, "an address", cx).and_then(|w| value::ip(w, cx)) {
                if a.is_ipv4() && a.is_multicast() {
                    g.vrrp_mcast_group4 = a;
                } else {
                    bad(s, "is not an IPv4 multicast address", cx);
                }
            }
        }
        "vrrp_mcast_group6" => {
            if let Some(a) = need(s, 0, "an address", cx).and_then(|w| value::ip(w, cx)) {
                if a.is_ipv6() && a.is_multicast() {
                    g.vrrp_mcast_group6 = a;
                } else {
                    bad(s, "is not an IPv6 multicast address", cx);
                }
            }
        }
        "vrrp_garp_master_delay" => {
            set_whole_secs(s, &mut g.vrrp_garp_master_delay, cx);
        }
        "vrrp_garp_master_repeat" => {
            set_u32(s, &mut g.vrrp_garp_master_repeat, 1, cx);
        }
        "vrrp_garp_master_refresh" => {
            set_whole_secs(s, &mut g.vrrp_garp_master_refresh, cx);
        }
        "vrrp_garp_master_refresh_repeat" => {
            set_u32(s, &mut g.vrrp_garp_master_refresh_repeat, 1, cx);
        }
        "vrrp_garp_lower_prio_delay" => {
            let mut v = Secs(0);
            if set_whole_secs(s, &mut v, cx) {
                g.vrrp_garp_lower_prio_delay = Some(v);
            }
        }
        "vrrp_garp_lower_prio_repeat" => {
            let mut v = 0;
            if set_u32(s, &mut v, 0, cx) {
                g.vrrp_garp_lower_prio_repeat = Some(v);
            }
        }
        // keepalived: "[0.000001, 4294.967295]"; 0 is rejected, not "no gap".
        "vrrp_garp_interval" => {
            set_secs(s, &mut g.vrrp_garp_interval, 0.000001, 4294.967295, cx);
        }
        "vrrp_gna_interval" => {
            set_secs(s, &mut g.vrrp_gna_interval, 0.000001, 4294.967295, cx);
        }
        "vrrp_min_garp" => set_bool(s, &mut g.vrrp_min_garp, cx),
        "vrrp_lower_prio_no_advert" => set_bool(s, &mut g.vrrp_lower_prio_no_advert, cx),
        "vrrp_higher_prio_send_advert" => set_bool(s, &mut g.vrrp_higher_prio_send_advert, cx),
        "vrrp_down_timer_adverts" => {
            if let Some(v) = need(s, 0, "a count", cx).and_then(|w| value::uint(w, 1, 100, cx)) {
                g.vrrp_down_timer_adverts = v as u32;
            }
        }
        "vrrp_version" => {
            if let Some(v) = need(s, 0, "2 or 3", cx).and_then(|w| value::uint(w, 2, 3, cx)) {
                g.vrrp_version = v as u8;
            }
        }
        "vrrp_check_unicast_src" => g.vrrp_check_unicast_src = true,
        "vrrp_skip_check_adv_addr" => g.vrrp_skip_check_adv_addr = true,
        "vrrp_strict" => g.vrrp_strict = true,
        "vrrp_startup_delay" => {
            set_secs(s, &mut g.vrrp_startup_delay, 0.000001, 3600.0, cx);
        }
        "vrrp_notify_priority_changes" => set_bool(s, &mut g.vrrp_notify_priority_changes, cx),
        "vrrp_iptables" => {
            // keepalived 2.2.7 is built for nftables and says so.
            cx.diags.warning(
                DiagKind::Conflict,
                s.keyword.span,
                "iptables not supported, using nftables instead; replace 'vrrp_iptables' with 'nftables'",
            );
            g.vrrp_iptables = Some(s.args.iter().map(|w| w.text.to_string()).collect());
        }
        "nftables" => g.nftables = Some(s.arg(0).map_or("keepalived", |w| &w.text).to_string()),
        "max_auto_priority" => {
            let v = match s.arg(0) {
                Some(w) => value::int(w, -1, 99, cx),
                None => Some(99),
            };
            if v.is_some() {
                g.max_auto_priority = v.map(|v| v as i32);
            }
        }
        "notify_fifo" => g.notify_fifo = fifo(s, cx),
        "vrrp_notify_fifo" => g.vrrp_notify_fifo = fifo(s, cx),
        "lvs_notify_fifo" => g.lvs_notify_fifo = fifo(s, cx),
        "notify_fifo_script" => fifo_script(s, &mut g.notify_fifo, cx),
        "vrrp_notify_fifo_script" => fifo_script(s, &mut g.vrrp_notify_fifo, cx),
        "lvs_notify_fifo_script" => fifo_script(s, &mut g.lvs_notify_fifo, cx),
        "lvs_timeouts" => g.lvs_timeouts = lvs_timeouts(s, cx),
        "lvs_sync_daemon" => g.lvs_sync_daemon = lvs_sync_daemon(s, cx),
        "lvs_flush" => g.lvs_flush = true,
        // `VS` (leave real servers to the kernel) only changes how the flush is done.
        "lvs_flush_onstop" | "lvs_flush_on_stop" => {
            if let Some(w) = s.arg(0).filter(|w| w.text != "VS") {
                cx.diags.warning(
                    DiagKind::BadValue,
                    w.span,
                    format!("unknown lvs_flush_on_stop type {}", w.text),
                );
            }
            g.lvs_flush_onstop = true;
        }
        _ if NO_EFFECT.contains(&kw) => {
            check_no_effect_value(s, cx);
            g.no_effect.push(no_effect_entry(s));
            if noted.insert(kw.to_string()) {
                cx.diags.note(
                    DiagKind::NoEffect,
                    s.keyword.span,
                    format!("'{kw}' accepted, no effect"),
                );
            }
        }
        _ => cx.diags.warning(
            DiagKind::UnknownKeyword,
            s.keyword.span,
            format!("unknown keyword '{kw}' in global_defs"),
        ),
    }
}

/// What keepalived accepts after a keyword rvs otherwise ignores: it rejects
/// bad values even there, so `rvs check` must too.
enum NoEffectValue {
    /// Anything, or nothing.
    Any,
    /// A word must follow.
    Word,
    /// Nothing, or true/false, on/off, yes/no.
    Bool,
    Int(i64, i64),
}

fn no_effect_value(kw: &str) -> NoEffectValue {
    use NoEffectValue::*;
    const BIG: i64 = u32::MAX as i64;
    match kw {
        "checker_log_all_failures"
        | "data_use_instance"
        | "no_checker_emails"
        | "rs_init_notifies" => Bool,
        k if k.ends_with("_rcv_bufs_force") => Bool,
        k if k.ends_with("_rcv_bufs") => Int(0, BIG),
        k if k.ends_with("_rt_priority") => Int(1, 99),
        "nftables_priority" | "nftables_ipvs_priority" => Int(-BIG, BIG),
        k if k.ends_with("_priority") => Int(-20, 19),
        k if k.contains("_rlimit_") => Int(1, BIG),
        // CPU numbers; keepalived also checks them against the machine's CPUs.
        k if k.ends_with("_cpu_affinity") => Int(0, 4095),
        "min_auto_priority_delay"
        | "nftables_ipvs_start_fwmark"
        | "vrrp_rx_bufs_multiplier"
        | "startup_script_timeout"
        | "shutdown_script_timeout"
        | "vrrp_garp_extra_if" => Int(1, BIG),
        "random_seed" | "umask" | "vrrp_rx_bufs_policy" => Int(0, BIG),
        k if k.ends_with("process_name") => Word,
        "dbus_service_name" | "snmp_socket" | "vmac_prefix" | "vmac_addr_prefix" => Word,
        _ => Any,
    }
}

fn check_no_effect_value(s: &Stmt, cx: &mut Cx<'_>) {
    let kw = s.keyword.text.as_str();
    if kw == "vrrp_vmac_garp_intvl" {
        cx.diags.warning(
            DiagKind::Conflict,
            s.keyword.span,
            "keyword \"vrrp_vmac_garp_intvl\" is deprecated - please use \"vrrp_garp_extra_if\"",
        );
        return;
    }
    match no_effect_value(kw) {
        NoEffectValue::Any => {}
        NoEffectValue::Word => {
            need(s, 0, "a value", cx);
        }
        NoEffectValue::Bool => {
            value::boolean(s, cx);
        }
        NoEffectValue::Int(min, max) => {
            // `vrrp_garp_extra_if [all] N`
            let i = usize::from(s.arg(0).is_some_and(|w| w.text == "all"));
            if let Some(w) = need(s, i, "a number", cx) {
                value::int(w, min, max, cx);
            }
        }
    }
}

fn bad(s: &Stmt, what: &str, cx: &mut Cx<'_>) {
    let span = s.arg(0).map_or(s.keyword.span, |w| w.span);
    cx.diags.error(
        DiagKind::BadValue,
        span,
        format!("'{}' {what}", s.arg(0).map_or("", |w| w.text.as_str())),
    );
}

fn set_bool(s: &Stmt, dst: &mut bool, cx: &mut Cx<'_>) {
    if let Some(b) = value::boolean(s, cx) {
        *dst = b;
    }
}

/// Sets `dst` when the value is good; says whether it was.
fn set_secs(s: &Stmt, dst: &mut Secs, min: f64, max: f64, cx: &mut Cx<'_>) -> bool {
    match need(s, 0, "seconds", cx).and_then(|w| value::seconds_us(w, min, max, cx)) {
        Some(us) => {
            *dst = Secs(us);
            true
        }
        None => false,
    }
}

/// keepalived reads the GARP delays as whole seconds.
fn set_whole_secs(s: &Stmt, dst: &mut Secs, cx: &mut Cx<'_>) -> bool {
    match need(s, 0, "seconds", cx).and_then(|w| value::uint(w, 0, 86400, cx)) {
        Some(v) => {
            *dst = Secs::from_secs(v);
            true
        }
        None => false,
    }
}

fn set_u32(s: &Stmt, dst: &mut u32, min: u64, cx: &mut Cx<'_>) -> bool {
    match need(s, 0, "a count", cx).and_then(|w| value::uint(w, min, u32::MAX as u64, cx)) {
        Some(v) => {
            *dst = v as u32;
            true
        }
        None => false,
    }
}

fn fifo(s: &Stmt, cx: &mut Cx<'_>) -> Option<NotifyFifo> {
    let path = need(s, 0, "a FIFO path", cx)?;
    Some(NotifyFifo {
        path: path.text.to_string(),
        script: None,
    })
}

/// `*_fifo_script` sets the script of a FIFO declared before it; keepalived
/// ignores the script of an undeclared FIFO and says so.
fn fifo_script(s: &Stmt, fifo: &mut Option<NotifyFifo>, cx: &mut Cx<'_>) {
    let Some(w) = need(s, 0, "a script", cx) else {
        return;
    };
    match fifo {
        Some(f) => f.script = Some(w.text.to_string()),
        None => cx.diags.note(
            DiagKind::Conflict,
            s.keyword.span,
            format!("'{}' without its FIFO declared before it", s.keyword.text),
        ),
    }
}

fn lvs_timeouts(s: &Stmt, cx: &mut Cx<'_>) -> Option<LvsTimeouts> {
    need(s, 0, "tcp, tcpfin or udp timeouts", cx)?;
    let mut t = LvsTimeouts::default();
    let mut i = 0;
    while let Some(k) = s.arg(i) {
        let Some(v) = s.arg(i + 1) else {
            cx.diags.error(
                DiagKind::MissingValue,
                k.span,
                format!("lvs_timeouts '{}' needs seconds", k.text),
            );
            return None;
        };
        let secs = value::uint(v, 1, 86400 * 31, cx).map(Secs::from_secs);
        match k.text.as_str() {
            "tcp" => t.tcp = secs,
            "tcpfin" => t.tcpfin = secs,
            "udp" => t.udp = secs,
            _ => cx.diags.error(
                DiagKind::BadValue,
                k.span,
                format!("unknown lvs_timeouts option '{}'", k.text),
            ),
        }
        i += 2;
    }
    Some(t)
}

fn lvs_sync_daemon(s: &Stmt, cx: &mut Cx<'_>) -> Option<LvsSyncDaemon> {
    // keepalived only logs an incomplete lvs_sync_daemon and ignores it.
    let (Some(interface), Some(inst)) = (s.arg(0), s.arg(1)) else {
        if s.args.is_empty() {
            cx.diags.warning(
                DiagKind::MissingValue,
                s.keyword.span,
                "lvs_sync_daemon requires interface",
            );
            return None;
        }
        cx.diags.note(
            DiagKind::MissingValue,
            s.span(),
            "lvs_sync_daemon requires interface, VRRP instance and optional syncid; ignored",
        );
        return None;
    };
    let mut d = LvsSyncDaemon {
        interface: interface.text.to_string(),
        vrrp_instance: inst.text.to_string(),
        id: None,
        maxlen: None,
        port: None,
        ttl: None,
        group: None,
    };
    let mut i = 2;
    while let Some(k) = s.arg(i) {
        let Some(v) = s.arg(i + 1) else {
            cx.diags.error(
                DiagKind::MissingValue,
                k.span,
                format!("lvs_sync_daemon '{}' needs a value", k.text),
            );
            break;
        };
        match k.text.as_str() {
            "id" => d.id = value::uint(v, 0, 255, cx).map(|v| v as u8),
            "maxlen" => d.maxlen = value::uint(v, 1, 65535 - 20 - 8, cx).map(|v| v as u16),
            "port" => d.port = value::uint(v, 1, 65535, cx).map(|v| v as u16),
            "ttl" => d.ttl = value::uint(v, 1, 255, cx).map(|v| v as u8),
            "group" => d.group = value::ip(v, cx).filter(IpAddr::is_multicast),
            _ => cx.diags.error(
                DiagKind::BadValue,
                k.span,
                format!("unknown lvs_sync_daemon option '{}'", k.text),
            ),
        }
        i += 2;
    }
    Some(d)
}
