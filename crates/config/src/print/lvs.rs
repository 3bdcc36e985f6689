//! The LVS side back to keepalived.conf text. Effective values are written
//! out at every level, so the text parses back to the same model without
//! relying on inheritance.

use super::secs;
use crate::model::lvs::check::{Checker, Connect, Endpoint, HttpCheck, Timers, Url};
use crate::model::lvs::{
    Forwarding, IpFamily, RealServer, Script, Service, VirtualServer, VirtualServerGroup,
};
use crate::model::Config;
use std::fmt::Write as _;

pub(super) fn print(cfg: &Config, out: &mut String) {
    if let Some(s) = &cfg.lvs.ssl {
        line(out, 0, "SSL {");
        for (k, v) in [
            ("password", &s.password),
            ("ca", &s.ca),
            ("certificate", &s.certificate),
            ("key", &s.key),
        ] {
            if let Some(v) = v {
                line(out, 1, format!("{k} {}", word(v)));
            }
        }
        line(out, 0, "}");
    }
    for g in &cfg.lvs.virtual_server_groups {
        group(g, out);
    }
    for vs in &cfg.lvs.virtual_servers {
        // keepalived ignores (and reports) a protocol on fwmark services.
        let fwmarks = vs.service.is_fwmarks_only(&cfg.lvs.virtual_server_groups);
        virtual_server(vs, !fwmarks, out);
    }
}

/// A word, quoted when keepalived would otherwise split or strip it.
fn word(s: &str) -> String {
    let plain = !s.is_empty()
        && !s
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '"' | '#' | '!' | '{' | '}'));
    if plain {
        s.to_string()
    } else {
        format!("\"{s}\"")
    }
}

fn line(out: &mut String, depth: usize, text: impl AsRef<str>) {
    let _ = writeln!(out, "{}{}", "    ".repeat(depth), text.as_ref());
}

fn group(g: &VirtualServerGroup, out: &mut String) {
    line(out, 0, format!("virtual_server_group {} {{", word(&g.name)));
    for a in &g.addresses {
        let mut t = a.address.to_string();
        if let Some(end) = a.range_end {
            let _ = write!(t, "-{end}");
        }
        if a.port != 0 {
            let _ = write!(t, " {}", a.port);
        }
        line(out, 1, t);
    }
    for m in &g.fwmarks {
        match m.family {
            None => line(out, 1, format!("fwmark {}", m.fwmark)),
            Some(IpFamily::Inet) => line(out, 1, format!("fwmark {} inet", m.fwmark)),
            Some(IpFamily::Inet6) => line(out, 1, format!("fwmark {} inet6", m.fwmark)),
        }
    }
    line(out, 0, "}");
}

fn forwarding(f: &Forwarding) -> String {
    let mut t = f.lvs_method.as_str().to_string();
    if let Some(tun) = &f.tunnel {
        let kind = match tun.kind {
            crate::model::lvs::TunnelType::Ipip => "ipip",
            crate::model::lvs::TunnelType::Gue => "gue",
            crate::model::lvs::TunnelType::Gre => "gre",
        };
        let _ = write!(t, " type {kind}");
        if let Some(p) = tun.port {
            let _ = write!(t, " port {p}");
        }
        if let Some(c) = tun.checksum {
            let c = match c {
                crate::model::lvs::TunnelCsum::Nocsum => "nocsum",
                crate::model::lvs::TunnelCsum::Csum => "csum",
                crate::model::lvs::TunnelCsum::Remcsum => "remcsum",
            };
            let _ = write!(t, " {c}");
        }
    }
    t
}

fn script(s: &Script) -> String {
    let mut t = word(&s.command);
    if let Some(u) = &s.user {
        let _ = write!(t, " {}", word(u));
        if let Some(g) = &s.group {
            let _ = write!(t, " {}", word(g));
        }
    }
    t
}

fn virtual_server(vs: &VirtualServer, with_protocol: bool, out: &mut String) {
    let head = match &vs.service {
        Service::Address { address, port: 0 } => address.to_string(),
        Service::Address { address, port } => format!("{address} {port}"),
        Service::Fwmark { fwmark } => format!("fwmark {fwmark}"),
        Service::Group { group } => format!("group {}", word(group)),
    };
    line(out, 0, format!("virtual_server {head} {{"));
    let d = 1;
    if with_protocol {
        line(out, d, format!("protocol {}", vs.protocol.as_str()));
    }
    if let Some(f) = vs.ip_family {
        line(
            out,
            d,
            match f {
                IpFamily::Inet => "ip_family inet",
                IpFamily::Inet6 => "ip_family inet6",
            },
        );
    }
    line(out, d, format!("lb_algo {}", vs.lb_algo.as_str()));
    for f in &vs.sched_flags {
        line(out, d, f.as_str());
    }
    if vs.ops {
        line(out, d, "ops");
    }
    line(out, d, format!("lb_kind {}", forwarding(&vs.forwarding)));
    if let Some(t) = vs.persistence_timeout {
        line(out, d, format!("persistence_timeout {}", t.0 / 1_000_000));
    }
    if let Some(p) = vs.persistence_granularity {
        let v6 = match &vs.service {
            Service::Address { address, .. } => address.is_ipv6(),
            _ => vs.ip_family == Some(IpFamily::Inet6) || p > 32,
        };
        if v6 {
            line(out, d, format!("persistence_granularity {p}"));
        } else {
            let mask = u32::MAX.checked_shl(32 - p as u32).unwrap_or(0);
            line(
                out,
                d,
                format!("persistence_granularity {}", std::net::Ipv4Addr::from(mask)),
            );
        }
    }
    if let Some(e) = &vs.persistence_engine {
        line(out, d, format!("persistence_engine {}", word(e)));
    }
    if vs.ha_suspend {
        line(out, d, "ha_suspend");
    }
    if let Some(v) = &vs.virtualhost {
        line(out, d, format!("virtualhost {}", word(v)));
    }
    if vs.alpha {
        line(out, d, "alpha");
    }
    if vs.omega {
        line(out, d, "omega");
    }
    line(out, d, format!("quorum {}", vs.quorum));
    line(out, d, format!("hysteresis {}", vs.hysteresis));
    if let Some(s) = &vs.quorum_up {
        line(out, d, format!("quorum_up {}", script(s)));
    }
    if let Some(s) = &vs.quorum_down {
        line(out, d, format!("quorum_down {}", script(s)));
    }
    line(out, d, format!("delay_loop {}", secs(vs.delay_loop)));
    line(
        out,
        d,
        format!("connect_timeout {}", secs(vs.connect_timeout)),
    );
    if let Some(r) = vs.retry {
        line(out, d, format!("retry {r}"));
    }
    if let Some(t) = vs.delay_before_retry {
        line(out, d, format!("delay_before_retry {}", secs(t)));
    }
    if let Some(t) = vs.warmup {
        line(out, d, format!("warmup {}", secs(t)));
    }
    if vs.inhibit_on_failure {
        line(out, d, "inhibit_on_failure");
    }
    if let Some(b) = vs.smtp_alert {
        line(out, d, format!("smtp_alert {b}"));
    }
    if let Some(s) = &vs.sorry_server {
        if s.port == 0 {
            line(out, d, format!("sorry_server {}", s.address));
        } else {
            line(out, d, format!("sorry_server {} {}", s.address, s.port));
        }
        if s.inhibit {
            line(out, d, "sorry_server_inhibit");
        }
        line(
            out,
            d,
            format!("sorry_server_lvs_method {}", forwarding(&s.forwarding)),
        );
    }
    for rs in &vs.real_servers {
        real_server(rs, out);
    }
    line(out, 0, "}");
}

fn real_server(rs: &RealServer, out: &mut String) {
    let d = 2;
    if rs.port == 0 {
        line(out, 1, format!("real_server {} {{", rs.address));
    } else {
        line(out, 1, format!("real_server {} {} {{", rs.address, rs.port));
    }
    line(out, d, format!("weight {}", rs.weight));
    line(out, d, format!("lvs_method {}", forwarding(&rs.forwarding)));
    line(
        out,
        d,
        format!("inhibit_on_failure {}", rs.inhibit_on_failure),
    );
    if let Some(s) = &rs.notify_up {
        line(out, d, format!("notify_up {}", script(s)));
    }
    if let Some(s) = &rs.notify_down {
        line(out, d, format!("notify_down {}", script(s)));
    }
    if let Some(v) = rs.uthreshold {
        line(out, d, format!("uthreshold {v}"));
    }
    if let Some(v) = rs.lthreshold {
        line(out, d, format!("lthreshold {v}"));
    }
    line(out, d, format!("alpha {}", rs.alpha));
    line(out, d, format!("delay_loop {}", secs(rs.delay_loop)));
    line(
        out,
        d,
        format!("connect_timeout {}", secs(rs.connect_timeout)),
    );
    if let Some(r) = rs.retry {
        line(out, d, format!("retry {r}"));
    }
    if let Some(t) = rs.delay_before_retry {
        line(out, d, format!("delay_before_retry {}", secs(t)));
    }
    if let Some(t) = rs.warmup {
        line(out, d, format!("warmup {}", secs(t)));
    }
    if let Some(b) = rs.smtp_alert {
        line(out, d, format!("smtp_alert {b}"));
    }
    if let Some(v) = &rs.virtualhost {
        line(out, d, format!("virtualhost {}", word(v)));
    }
    for c in &rs.checkers {
        checker(c, out);
    }
    line(out, 1, "}");
}

fn endpoint(e: &Endpoint, d: usize, out: &mut String) {
    if let Some(a) = e.connect_ip {
        line(out, d, format!("connect_ip {a}"));
    }
    if let Some(p) = e.connect_port {
        line(out, d, format!("connect_port {p}"));
    }
    if let Some(a) = e.bindto {
        line(out, d, format!("bindto {a}"));
    }
    if let Some(p) = e.bind_port {
        line(out, d, format!("bind_port {p}"));
    }
    if let Some(i) = &e.bind_if {
        line(out, d, format!("bind_if {}", word(i)));
    }
    if let Some(m) = e.fwmark {
        line(out, d, format!("fwmark {m}"));
    }
}

/// MISC_CHECK takes no `connect_timeout` (keepalived 2.2.7 rejects it).
fn timers(t: &Timers, connect_timeout: bool, d: usize, out: &mut String) {
    if connect_timeout {
        line(
            out,
            d,
            format!("connect_timeout {}", secs(t.connect_timeout)),
        );
    }
    line(out, d, format!("retry {}", t.retry));
    line(
        out,
        d,
        format!("delay_before_retry {}", secs(t.delay_before_retry)),
    );
    line(out, d, format!("warmup {}", secs(t.warmup)));
    line(out, d, format!("delay_loop {}", secs(t.delay_loop)));
    line(out, d, format!("alpha {}", t.alpha));
    if t.log_all_failures {
        line(out, d, "log_all_failures");
    }
}

fn connect(c: &Connect, d: usize, out: &mut String) {
    endpoint(&c.endpoint, d, out);
    timers(&c.timers, true, d, out);
}

fn checker(c: &Checker, out: &mut String) {
    let d = 3;
    line(out, 2, format!("{} {{", c.keyword()));
    match c {
        Checker::Tcp { conn } | Checker::Ping { conn } => connect(conn, d, out),
        Checker::Http { conn, http } | Checker::Ssl { conn, http } => {
            connect(conn, d, out);
            http_check(http, d, out);
        }
        Checker::Smtp {
            conn,
            helo_name,
            hosts,
        } => {
            connect(conn, d, out);
            if let Some(h) = helo_name {
                line(out, d, format!("helo_name {}", word(h)));
            }
            for h in hosts {
                line(out, d, "host {");
                endpoint(h, d + 1, out);
                line(out, d, "}");
            }
        }
        Checker::Dns { conn, kind, name } => {
            connect(conn, d, out);
            line(out, d, format!("type {}", kind.as_str()));
            line(out, d, format!("name {}", word(name)));
        }
        Checker::Misc {
            timers: t,
            misc_path,
            misc_timeout,
            misc_dynamic,
        } => {
            timers(t, false, d, out);
            line(out, d, format!("misc_path {}", word(&misc_path.command)));
            if let Some(u) = &misc_path.user {
                match &misc_path.group {
                    Some(g) => line(out, d, format!("user {} {}", word(u), word(g))),
                    None => line(out, d, format!("user {}", word(u))),
                }
            }
            // 0 or absent means the checker's delay_loop.
            if *misc_timeout != t.delay_loop {
                line(
                    out,
                    d,
                    format!("misc_timeout {}", misc_timeout.0 / 1_000_000),
                );
            }
            if *misc_dynamic {
                line(out, d, "misc_dynamic");
            }
        }
        Checker::Udp { conn, udp } => {
            connect(conn, d, out);
            if let Some(p) = &udp.payload {
                line(out, d, format!("payload {p}"));
            }
            if udp.require_reply {
                match &udp.reply {
                    Some(r) => line(out, d, format!("require_reply {r}")),
                    None => line(out, d, "require_reply"),
                }
            }
            line(out, d, format!("min_reply_length {}", udp.min_reply_length));
            line(out, d, format!("max_reply_length {}", udp.max_reply_length));
        }
        Checker::File {
            track_file,
            weight,
            reverse,
        } => {
            line(out, d, format!("track_file {}", word(track_file)));
            if let Some(w) = weight {
                let rev = if *reverse { " reverse" } else { "" };
                line(out, d, format!("weight {w}{rev}"));
            }
        }
        Checker::Bfd { name } => line(out, d, format!("name {}", word(name))),
    }
    line(out, 2, "}");
}

fn http_check(h: &HttpCheck, d: usize, out: &mut String) {
    line(
        out,
        d,
        format!("http_protocol {}", h.http_protocol.as_str()),
    );
    if let Some(v) = &h.virtualhost {
        line(out, d, format!("virtualhost {}", word(v)));
    }
    if h.enable_sni {
        line(out, d, "enable_sni");
    }
    if h.fast_recovery {
        line(out, d, "fast_recovery");
    }
    for u in &h.urls {
        url(u, d, out);
    }
}

fn url(u: &Url, d: usize, out: &mut String) {
    line(out, d, "url {");
    let e = d + 1;
    line(out, e, format!("path {}", word(&u.path)));
    if let Some(g) = &u.digest {
        line(out, e, format!("digest {g}"));
    }
    let codes: Vec<String> = u
        .status_code
        .iter()
        .map(|r| {
            if r.from == r.to {
                r.from.to_string()
            } else {
                format!("{}-{}", r.from, r.to)
            }
        })
        .collect();
    line(out, e, format!("status_code {}", codes.join(" ")));
    if let Some(v) = &u.virtualhost {
        line(out, e, format!("virtualhost {}", word(v)));
    }
    if let Some(r) = &u.regex {
        line(out, e, format!("regex {}", word(r)));
    }
    if u.regex_no_match {
        line(out, e, "regex_no_match");
    }
    if !u.regex_options.is_empty() {
        let opts: Vec<String> = u.regex_options.iter().map(|o| word(o)).collect();
        line(out, e, format!("regex_options {}", opts.join(" ")));
    }
    if let Some(v) = u.regex_min_offset {
        line(out, e, format!("regex_min_offset {v}"));
    }
    if let Some(v) = u.regex_max_offset {
        line(out, e, format!("regex_max_offset {v}"));
    }
    if let Some([a, b]) = u.regex_stack {
        line(out, e, format!("regex_stack {a} {b}"));
    }
    line(out, d, "}");
}
