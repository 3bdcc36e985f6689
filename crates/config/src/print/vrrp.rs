//! The VRRP side's blocks.

use super::{secs, word};
use crate::model::vrrp::{
    AuthType, InitialState, IpAddress, Notify, Route, Rule, Script, TrackRef, Tracking,
    VrrpInstance,
};
use crate::model::Config;
use std::fmt::Write as _;

pub(super) fn print(cfg: &Config, out: &mut String) {
    let v = &cfg.vrrp;
    for s in &v.vrrp_scripts {
        let _ = writeln!(out, "vrrp_script {} {{", word(&s.name));
        if let Some(sc) = &s.script {
            let _ = writeln!(out, "    script {}", word(&sc.command));
            if let Some(u) = &sc.user {
                let g = sc.group.as_deref().map(|g| format!(" {}", word(g)));
                let _ = writeln!(out, "    user {}{}", word(u), g.unwrap_or_default());
            }
        }
        let _ = writeln!(out, "    interval {}", secs(s.interval));
        let _ = writeln!(out, "    timeout {}", secs(s.timeout));
        let rev = if s.weight_reverse { " reverse" } else { "" };
        let _ = writeln!(out, "    weight {}{rev}", s.weight);
        let _ = writeln!(out, "    rise {}\n    fall {}", s.rise, s.fall);
        if s.init_fail {
            let _ = writeln!(out, "    init_fail");
        }
        let _ = writeln!(out, "}}\n");
    }
    for f in &v.track_files {
        let _ = writeln!(out, "track_file {} {{", word(&f.name));
        if let Some(file) = &f.file {
            let _ = writeln!(out, "    file {}", word(file));
        }
        let rev = if f.weight_reverse { " reverse" } else { "" };
        let _ = writeln!(out, "    weight {}{rev}", f.weight);
        if let Some(i) = &f.init_file {
            let ow = if i.overwrite { " overwrite" } else { "" };
            let _ = writeln!(out, "    init_file {}{ow}", i.value);
        }
        let _ = writeln!(out, "}}\n");
    }
    for p in &v.track_processes {
        let _ = writeln!(out, "vrrp_track_process {} {{", word(&p.name));
        if let Some(proc_) = &p.process {
            let mut l = format!("    process {}", word(proc_));
            for a in &p.params {
                let _ = write!(l, " {}", word(a));
            }
            let _ = writeln!(out, "{l}");
        }
        if let Some(m) = &p.param_match {
            let _ = writeln!(out, "    param_match {}", word(m));
        }
        if p.full_command {
            let _ = writeln!(out, "    full_command");
        }
        let _ = writeln!(out, "    quorum {}", p.quorum);
        if let Some(q) = p.quorum_max {
            let _ = writeln!(out, "    quorum_max {q}");
        }
        let rev = if p.weight_reverse { " reverse" } else { "" };
        let _ = writeln!(out, "    weight {}{rev}", p.weight);
        for (k, d) in [
            ("delay", p.delay),
            ("terminate_delay", p.terminate_delay),
            ("fork_delay", p.fork_delay),
        ] {
            if let Some(d) = d {
                let _ = writeln!(out, "    {k} {}", secs(d));
            }
        }
        let _ = writeln!(out, "}}\n");
    }
    for b in &v.bfd_instances {
        let _ = writeln!(out, "bfd_instance {} {{", word(&b.name));
        if let Some(a) = b.neighbor_ip {
            let _ = writeln!(out, "    neighbor_ip {a}");
        }
        if let Some(a) = b.source_ip {
            let _ = writeln!(out, "    source_ip {a}");
        }
        for s in &b.settings {
            let w: Vec<String> = s.iter().map(|x| word(x)).collect();
            let _ = writeln!(out, "    {}", w.join(" "));
        }
        let _ = writeln!(out, "}}\n");
    }
    for g in &v.garp_groups {
        let _ = writeln!(out, "garp_group {{");
        if !g.interfaces.is_empty() {
            let w: Vec<String> = g.interfaces.iter().map(|x| word(x)).collect();
            let _ = writeln!(out, "    interface {}", w.join(" "));
        }
        if let Some(t) = g.garp_interval {
            let _ = writeln!(out, "    garp_interval {}", secs(t));
        }
        if let Some(t) = g.gna_interval {
            let _ = writeln!(out, "    gna_interval {}", secs(t));
        }
        let _ = writeln!(out, "}}\n");
    }
    for inst in &v.vrrp_instances {
        instance(inst, cfg.global_defs.vrrp_check_unicast_src, out);
    }
    for g in &v.vrrp_sync_groups {
        let _ = writeln!(out, "vrrp_sync_group {} {{", word(&g.name));
        let _ = writeln!(out, "    group {{");
        for m in &g.group {
            let _ = writeln!(out, "        {}", word(m));
        }
        let _ = writeln!(out, "    }}");
        notify(&g.notify, out);
        let _ = writeln!(out, "    smtp_alert {}", g.smtp_alert);
        if g.global_tracking {
            let _ = writeln!(out, "    global_tracking");
        }
        if g.sync_group_tracking_weight {
            let _ = writeln!(out, "    sync_group_tracking_weight");
        }
        tracking(&g.track, out);
        let _ = writeln!(out, "}}\n");
    }
    block(
        out,
        "",
        "static_ipaddress",
        v.static_ipaddress.iter().map(address),
    );
    block(out, "", "static_routes", v.static_routes.iter().map(route));
    block(out, "", "static_rules", v.static_rules.iter().map(rule));
}

/// `NAME {` + one line per item + `}`, left out when there are no items.
fn block(out: &mut String, indent: &str, name: &str, lines: impl Iterator<Item = String>) {
    let lines: Vec<String> = lines.collect();
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(out, "{indent}{name} {{");
    for l in lines {
        let _ = writeln!(out, "{indent}    {l}");
    }
    let _ = writeln!(out, "{indent}}}");
    if indent.is_empty() {
        out.push('\n');
    }
}

fn script_line(k: &str, s: &Script) -> String {
    let mut l = format!("{k} {}", word(&s.command));
    if let Some(u) = &s.user {
        let _ = write!(l, " {}", word(u));
        if let Some(g) = &s.group {
            let _ = write!(l, " {}", word(g));
        }
    }
    l
}

fn notify(n: &Notify, out: &mut String) {
    for (k, s) in [
        ("notify_master", &n.notify_master),
        ("notify_backup", &n.notify_backup),
        ("notify_fault", &n.notify_fault),
        ("notify_stop", &n.notify_stop),
        ("notify_deleted", &n.notify_deleted),
        ("notify", &n.notify),
        ("notify_master_rx_lower_pri", &n.notify_master_rx_lower_pri),
    ] {
        if let Some(s) = s {
            let _ = writeln!(out, "    {}", script_line(k, s));
        }
    }
    let _ = writeln!(
        out,
        "    notify_priority_changes {}",
        n.notify_priority_changes
    );
}

fn track_ref(r: &TrackRef) -> String {
    let mut l = word(&r.name);
    if let Some(w) = r.weight {
        let _ = write!(l, " weight {w}");
    }
    if r.reverse {
        l.push_str(" reverse");
    }
    l
}

fn tracking(t: &Tracking, out: &mut String) {
    for (k, refs) in [
        ("track_interface", &t.track_interface),
        ("track_script", &t.track_script),
        ("track_file", &t.track_file),
        ("track_process", &t.track_process),
        ("track_bfd", &t.track_bfd),
    ] {
        block(out, "    ", k, refs.iter().map(track_ref));
    }
}

fn address(a: &IpAddress) -> String {
    // A full-length prefix is left out: keepalived refuses one next to `peer`.
    let full = if a.addr.is_ipv4() { 32 } else { 128 };
    let mut l = if a.prefix_len == full {
        a.addr.to_string()
    } else {
        format!("{}/{}", a.addr, a.prefix_len)
    };
    if let Some(b) = a.brd {
        let _ = write!(l, " brd {b}");
    }
    if let Some(d) = &a.dev {
        let _ = write!(l, " dev {}", word(d));
    }
    if let Some(s) = &a.scope {
        let _ = write!(l, " scope {}", word(s));
    }
    if let Some(s) = &a.label {
        let _ = write!(l, " label {}", word(s));
    }
    if let Some(p) = a.peer {
        let _ = write!(l, " peer {p}");
    }
    if let Some(g) = &a.track_group {
        let _ = write!(l, " track_group {}", word(g));
    }
    for (k, on) in [
        ("home", a.home),
        ("-nodad", a.nodad),
        ("noprefixroute", a.noprefixroute),
        ("mngtmpaddr", a.mngtmpaddr),
        ("autojoin", a.autojoin),
        ("use_vmac", a.use_vmac),
        ("no_track", a.no_track),
    ] {
        if on {
            let _ = write!(l, " {k}");
        }
    }
    if let Some(p) = a.preferred_lft {
        let _ = write!(l, " preferred_lft {p}");
    }
    l
}

fn route(r: &Route) -> String {
    let mut l = String::new();
    if let Some(k) = &r.kind {
        let _ = write!(l, "{k} ");
    }
    l.push_str(&r.to);
    if let Some(a) = r.src {
        let _ = write!(l, " src {a}");
    }
    if let Some(a) = r.via {
        let _ = write!(l, " via {a}");
    }
    if let Some(d) = &r.dev {
        let _ = write!(l, " dev {}", word(d));
    }
    if let Some(t) = &r.table {
        let _ = write!(l, " table {}", word(t));
    }
    if let Some(m) = r.metric {
        let _ = write!(l, " metric {m}");
    }
    if let Some(s) = &r.scope {
        let _ = write!(l, " scope {}", word(s));
    }
    for o in &r.options {
        let _ = write!(l, " {}", word(o));
    }
    if r.no_track {
        l.push_str(" no_track");
    }
    l
}

fn rule(r: &Rule) -> String {
    let mut parts = Vec::new();
    if let Some(f) = &r.from {
        parts.push(format!("from {}", word(f)));
    }
    if let Some(t) = &r.to {
        parts.push(format!("to {}", word(t)));
    }
    if let Some(t) = &r.table {
        parts.push(format!("table {}", word(t)));
    }
    if let Some(p) = r.preference {
        parts.push(format!("preference {p}"));
    }
    parts.extend(r.options.iter().map(|o| word(o)));
    if r.no_track {
        parts.push("no_track".into());
    }
    parts.join(" ")
}

/// `check_unicast_src` counts as a unicast keyword for keepalived, so it is
/// written only when it differs from the inherited value.
fn instance(v: &VrrpInstance, global_check_unicast_src: bool, out: &mut String) {
    let _ = writeln!(out, "vrrp_instance {} {{", word(&v.name));
    let mut line = |s: String| {
        let _ = writeln!(out, "    {s}");
    };
    let state = match v.state {
        InitialState::Master => "MASTER",
        InitialState::Backup => "BACKUP",
    };
    line(format!("state {state}"));
    if let Some(i) = &v.interface {
        line(format!("interface {}", word(i)));
    }
    line(format!("virtual_router_id {}", v.virtual_router_id));
    line(format!("priority {}", v.priority));
    line(format!("version {}", v.version));
    line(format!("advert_int {}", secs(v.advert_int)));
    if let Some(m) = &v.use_vmac {
        match &m.name {
            Some(n) => line(format!("use_vmac {}", word(n))),
            None => line("use_vmac".into()),
        }
        if m.xmit_base {
            line("vmac_xmit_base".into());
        }
    }
    for (k, a) in [
        ("mcast_src_ip", v.mcast_src_ip),
        ("mcast_dst_ip", v.mcast_dst_ip),
        ("unicast_src_ip", v.unicast_src_ip),
    ] {
        if let Some(a) = a {
            line(format!("{k} {a}"));
        }
    }
    if v.unicast_ttl != 255 {
        line(format!("unicast_ttl {}", v.unicast_ttl));
    }
    line(format!("preempt_delay {}", secs(v.preempt_delay)));
    line(if v.accept { "accept" } else { "no_accept" }.into());
    line(format!("garp_master_delay {}", secs(v.garp_master_delay)));
    line(format!("garp_master_repeat {}", v.garp_master_repeat));
    line(format!(
        "garp_master_refresh {}",
        secs(v.garp_master_refresh)
    ));
    line(format!(
        "garp_master_refresh_repeat {}",
        v.garp_master_refresh_repeat
    ));
    line(format!(
        "garp_lower_prio_delay {}",
        secs(v.garp_lower_prio_delay)
    ));
    line(format!(
        "garp_lower_prio_repeat {}",
        v.garp_lower_prio_repeat
    ));
    line(format!("lower_prio_no_advert {}", v.lower_prio_no_advert));
    line(format!(
        "higher_prio_send_advert {}",
        v.higher_prio_send_advert
    ));
    line(format!("down_timer_adverts {}", v.down_timer_adverts));
    line(format!("smtp_alert {}", v.smtp_alert));
    line(format!("strict_mode {}", v.strict_mode));
    line(format!("skip_check_adv_addr {}", v.skip_check_adv_addr));
    if v.check_unicast_src != global_check_unicast_src {
        line(format!("check_unicast_src {}", v.check_unicast_src));
    }
    if let Some(n) = v.kernel_rx_buf_size {
        line(format!("kernel_rx_buf_size {n}"));
    }
    for (k, on) in [
        ("use_ipvlan", v.use_ipvlan),
        ("dont_track_primary", v.dont_track_primary),
        ("unicast_fault_no_peer", v.unicast_fault_no_peer),
        ("nopreempt", v.nopreempt),
        ("native_ipv6", v.native_ipv6),
        ("old_unicast_checksum", v.old_unicast_checksum),
        ("promote_secondaries", v.promote_secondaries),
        ("linkbeat_use_polling", v.linkbeat_use_polling),
        ("track_src_ip", v.track_src_ip),
    ] {
        if on {
            line(k.into());
        }
    }
    if let Some(i) = &v.lvs_sync_daemon_interface {
        line(format!("lvs_sync_daemon_interface {}", word(i)));
    }
    if let Some(a) = &v.authentication {
        let t = match a.auth_type {
            AuthType::Pass => "PASS",
            AuthType::Ah => "AH",
        };
        line(format!(
            "authentication {{\n        auth_type {t}\n        auth_pass {}\n    }}",
            word(&a.auth_pass)
        ));
    }
    notify(&v.notify, out);
    tracking(&v.track, out);
    let peers = v.unicast_peer.iter().map(|p| {
        let mut l = p.addr.to_string();
        if let Some(t) = p.min_ttl {
            let _ = write!(l, " min_ttl {t}");
        }
        if let Some(t) = p.max_ttl {
            let _ = write!(l, " max_ttl {t}");
        }
        l
    });
    block(out, "    ", "unicast_peer", peers);
    block(
        out,
        "    ",
        "virtual_ipaddress",
        v.virtual_ipaddress.iter().map(address),
    );
    block(
        out,
        "    ",
        "virtual_ipaddress_excluded",
        v.virtual_ipaddress_excluded.iter().map(address),
    );
    block(
        out,
        "    ",
        "virtual_routes",
        v.virtual_routes.iter().map(route),
    );
    block(
        out,
        "    ",
        "virtual_rules",
        v.virtual_rules.iter().map(rule),
    );
    let _ = writeln!(out, "}}\n");
}
