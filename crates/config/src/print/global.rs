//! `global_defs` and the global top-level switches.

use super::{secs, word};
use crate::model::global::TOP_LEVEL_NO_EFFECT;
use crate::model::{Config, GlobalDefs};
use std::fmt::Write as _;

pub(super) fn print(cfg: &Config, out: &mut String) {
    let g = &cfg.global_defs;
    let d = GlobalDefs::default();
    let mut b = String::new();
    let mut line = |s: String| {
        let _ = writeln!(b, "    {s}");
    };
    if let Some(v) = &g.router_id {
        line(format!("router_id {}", word(v)));
    }
    if !g.notification_email.is_empty() {
        let list: Vec<String> = g.notification_email.iter().map(|e| word(e)).collect();
        line(format!(
            "notification_email {{\n        {}\n    }}",
            list.join("\n        ")
        ));
    }
    if let Some(v) = &g.notification_email_from {
        line(format!("notification_email_from {}", word(v)));
    }
    if let Some(v) = &g.smtp_server {
        line(format!("smtp_server {} {}", word(&v.host), v.port));
    }
    if let Some(v) = &g.smtp_helo_name {
        line(format!("smtp_helo_name {}", word(v)));
    }
    if g.smtp_connect_timeout != d.smtp_connect_timeout {
        line(format!(
            "smtp_connect_timeout {}",
            g.smtp_connect_timeout.0 / 1_000_000
        ));
    }
    for (k, v) in [
        ("smtp_alert", g.smtp_alert),
        ("smtp_alert_vrrp", g.smtp_alert_vrrp),
        ("smtp_alert_checker", g.smtp_alert_checker),
    ] {
        if let Some(v) = v {
            line(format!("{k} {v}"));
        }
    }
    if let Some(u) = &g.script_user {
        match &u.group {
            Some(gr) => line(format!("script_user {} {}", word(&u.user), word(gr))),
            None => line(format!("script_user {}", word(&u.user))),
        }
    }
    if let Some(v) = &g.default_interface {
        line(format!("default_interface {}", word(v)));
    }
    if g.vrrp_mcast_group4 != d.vrrp_mcast_group4 {
        line(format!("vrrp_mcast_group4 {}", g.vrrp_mcast_group4));
    }
    if g.vrrp_mcast_group6 != d.vrrp_mcast_group6 {
        line(format!("vrrp_mcast_group6 {}", g.vrrp_mcast_group6));
    }
    for (k, v, dv) in [
        (
            "vrrp_garp_master_delay",
            g.vrrp_garp_master_delay,
            d.vrrp_garp_master_delay,
        ),
        (
            "vrrp_garp_master_refresh",
            g.vrrp_garp_master_refresh,
            d.vrrp_garp_master_refresh,
        ),
        (
            "vrrp_garp_interval",
            g.vrrp_garp_interval,
            d.vrrp_garp_interval,
        ),
        (
            "vrrp_gna_interval",
            g.vrrp_gna_interval,
            d.vrrp_gna_interval,
        ),
        (
            "vrrp_startup_delay",
            g.vrrp_startup_delay,
            d.vrrp_startup_delay,
        ),
    ] {
        if v != dv {
            line(format!("{k} {}", secs(v)));
        }
    }
    if let Some(v) = g.vrrp_garp_lower_prio_delay {
        line(format!("vrrp_garp_lower_prio_delay {}", secs(v)));
    }
    for (k, v, dv) in [
        (
            "vrrp_garp_master_repeat",
            g.vrrp_garp_master_repeat,
            d.vrrp_garp_master_repeat,
        ),
        (
            "vrrp_garp_master_refresh_repeat",
            g.vrrp_garp_master_refresh_repeat,
            d.vrrp_garp_master_refresh_repeat,
        ),
        (
            "vrrp_down_timer_adverts",
            g.vrrp_down_timer_adverts,
            d.vrrp_down_timer_adverts,
        ),
        ("vrrp_version", g.vrrp_version.into(), d.vrrp_version.into()),
    ] {
        if v != dv {
            line(format!("{k} {v}"));
        }
    }
    if let Some(v) = g.vrrp_garp_lower_prio_repeat {
        line(format!("vrrp_garp_lower_prio_repeat {v}"));
    }
    for (k, v) in [
        ("enable_script_security", g.enable_script_security),
        ("dynamic_interfaces", g.dynamic_interfaces),
        ("vrrp_min_garp", g.vrrp_min_garp),
        ("vrrp_lower_prio_no_advert", g.vrrp_lower_prio_no_advert),
        (
            "vrrp_higher_prio_send_advert",
            g.vrrp_higher_prio_send_advert,
        ),
        ("vrrp_check_unicast_src", g.vrrp_check_unicast_src),
        ("vrrp_skip_check_adv_addr", g.vrrp_skip_check_adv_addr),
        ("vrrp_strict", g.vrrp_strict),
        (
            "vrrp_notify_priority_changes",
            g.vrrp_notify_priority_changes,
        ),
        ("lvs_flush", g.lvs_flush),
        ("lvs_flush_onstop", g.lvs_flush_onstop),
    ] {
        if v {
            line(k.to_string());
        }
    }
    if let Some(v) = &g.vrrp_iptables {
        let w: Vec<String> = v.iter().map(|s| word(s)).collect();
        line(
            format!("vrrp_iptables {}", w.join(" "))
                .trim_end()
                .to_string(),
        );
    }
    if let Some(v) = &g.nftables {
        line(format!("nftables {}", word(v)));
    }
    if let Some(v) = g.max_auto_priority {
        line(format!("max_auto_priority {v}"));
    }
    for (k, f) in [
        ("notify_fifo", &g.notify_fifo),
        ("vrrp_notify_fifo", &g.vrrp_notify_fifo),
        ("lvs_notify_fifo", &g.lvs_notify_fifo),
    ] {
        if let Some(f) = f {
            line(format!("{k} {}", word(&f.path)));
            if let Some(s) = &f.script {
                line(format!("{k}_script {}", word(s)));
            }
        }
    }
    if let Some(t) = &g.lvs_timeouts {
        let mut s = String::from("lvs_timeouts");
        for (k, v) in [("tcp", t.tcp), ("tcpfin", t.tcpfin), ("udp", t.udp)] {
            if let Some(v) = v {
                let _ = write!(s, " {k} {}", v.0 / 1_000_000);
            }
        }
        line(s);
    }
    if let Some(l) = &g.lvs_sync_daemon {
        let mut s = format!(
            "lvs_sync_daemon {} {}",
            word(&l.interface),
            word(&l.vrrp_instance)
        );
        if let Some(v) = l.id {
            let _ = write!(s, " id {v}");
        }
        if let Some(v) = l.maxlen {
            let _ = write!(s, " maxlen {v}");
        }
        if let Some(v) = l.port {
            let _ = write!(s, " port {v}");
        }
        if let Some(v) = l.ttl {
            let _ = write!(s, " ttl {v}");
        }
        if let Some(v) = l.group {
            let _ = write!(s, " group {v}");
        }
        line(s);
    }
    for n in &g.no_effect {
        if !TOP_LEVEL_NO_EFFECT.contains(&n.keyword.as_str()) {
            let mut s = n.keyword.clone();
            for a in &n.args {
                s.push(' ');
                s.push_str(&word(a));
            }
            line(s);
        }
    }
    if !b.is_empty() {
        let _ = writeln!(out, "global_defs {{\n{b}}}\n");
    }
    if g.linkbeat_use_polling {
        let _ = writeln!(out, "linkbeat_use_polling\n");
    }
    if let Some(v) = &g.net_namespace {
        let _ = writeln!(out, "net_namespace {}\n", word(v));
    }
    if let Some(v) = &g.instance {
        let _ = writeln!(out, "instance {}\n", word(v));
    }
    for n in g
        .no_effect
        .iter()
        .filter(|n| TOP_LEVEL_NO_EFFECT.contains(&n.keyword.as_str()))
    {
        let mut s = n.keyword.clone();
        for a in &n.args {
            s.push(' ');
            s.push_str(&word(a));
        }
        let _ = writeln!(out, "{s}\n");
    }
}
