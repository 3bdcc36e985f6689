//! `vrrp_instance NAME { ... }`, with keepalived's defaults, inheritance from
//! `global_defs` and the per-instance checks of `vrrp_complete_instance`.

use super::track::{body, notify_keyword, single_name, track_keyword};
use super::{addr, unknown};
use crate::diagnostic::DiagKind;
use crate::model::vrrp::{
    AuthType, Authentication, InitialState, Notify, Tracking, UnicastPeer, Vmac, VrrpInstance,
};
use crate::model::{GlobalDefs, Secs};
use crate::parse::value::{self, need};
use crate::parse::Cx;
use crate::span::Span;
use crate::tree::Stmt;
use std::net::IpAddr;

/// What the instance said explicitly; unset ones come from `global_defs` or
/// from other settings once the block is read.
#[derive(Default)]
struct Explicit {
    state: Option<InitialState>,
    priority: Option<u8>,
    advert_int: Option<(Secs, Span)>,
    version: Option<u8>,
    accept: Option<bool>,
    garp_master_delay: Option<Secs>,
    garp_master_repeat: Option<u32>,
    garp_master_refresh: Option<Secs>,
    garp_master_refresh_repeat: Option<u32>,
    garp_lower_prio_delay: Option<Secs>,
    garp_lower_prio_repeat: Option<u32>,
    lower_prio_no_advert: Option<bool>,
    higher_prio_send_advert: Option<bool>,
    down_timer_adverts: Option<u32>,
    smtp_alert: Option<bool>,
    strict_mode: Option<bool>,
    skip_check_adv_addr: Option<bool>,
    check_unicast_src: Option<bool>,
    notify_priority_changes: Option<bool>,
    /// The address family fixed by the first VIP, unicast peer or source address.
    ipv4: Option<bool>,
    /// `use_ipvlan` was given an address.
    ipvlan_addr: bool,
    vrid_seen: bool,
    /// The first keyword that only makes sense with unicast peers.
    unicast_keyword: Option<Span>,
}

pub(super) fn parse(s: &Stmt, g: &GlobalDefs, cx: &mut Cx<'_>) -> Option<VrrpInstance> {
    let name = single_name(s, cx)?;
    let dynamic = g.dynamic_interfaces;
    let mut x = Explicit::default();
    let mut v = VrrpInstance {
        name,
        state: InitialState::Backup,
        interface: None,
        virtual_router_id: 0,
        priority: 100,
        advert_int: Secs::from_secs(1),
        version: 2,
        use_vmac: None,
        use_ipvlan: false,
        dont_track_primary: false,
        track: Tracking::default(),
        mcast_src_ip: None,
        mcast_dst_ip: None,
        unicast_src_ip: None,
        unicast_peer: Vec::new(),
        unicast_ttl: 255,
        unicast_fault_no_peer: false,
        virtual_ipaddress: Vec::new(),
        virtual_ipaddress_excluded: Vec::new(),
        virtual_routes: Vec::new(),
        virtual_rules: Vec::new(),
        nopreempt: false,
        preempt_delay: Secs(0),
        accept: true,
        garp_master_delay: Secs(0),
        garp_master_repeat: 0,
        garp_master_refresh: Secs(0),
        garp_master_refresh_repeat: 0,
        garp_lower_prio_delay: Secs(0),
        garp_lower_prio_repeat: 0,
        lower_prio_no_advert: false,
        higher_prio_send_advert: false,
        down_timer_adverts: 3,
        authentication: None,
        notify: Notify::default(),
        smtp_alert: false,
        strict_mode: false,
        skip_check_adv_addr: false,
        check_unicast_src: false,
        kernel_rx_buf_size: None,
        native_ipv6: false,
        old_unicast_checksum: false,
        promote_secondaries: false,
        linkbeat_use_polling: false,
        track_src_ip: false,
        lvs_sync_daemon_interface: None,
    };
    for l in body(s) {
        if track_keyword(l, &mut v.track, cx) {
            continue;
        }
        if l.keyword.text == "notify_priority_changes" {
            x.notify_priority_changes = flag(l, cx);
            continue;
        }
        if notify_keyword(l, &mut v.notify, cx) {
            continue;
        }
        keyword(l, &mut v, &mut x, dynamic, cx);
    }
    complete(s, &mut v, x, g, cx);
    Some(v)
}

fn flag(l: &Stmt, cx: &mut Cx<'_>) -> Option<bool> {
    value::boolean(l, cx)
}

fn secs(l: &Stmt, min: f64, max: f64, cx: &mut Cx<'_>) -> Option<Secs> {
    need(l, 0, "seconds", cx)
        .and_then(|w| value::seconds_us(w, min, max, cx))
        .map(Secs)
}

/// keepalived reads the GARP delays as whole seconds.
fn whole_secs(l: &Stmt, cx: &mut Cx<'_>) -> Option<Secs> {
    need(l, 0, "seconds", cx)
        .and_then(|w| value::uint(w, 0, 86400, cx))
        .map(Secs::from_secs)
}

fn count(l: &Stmt, min: u64, max: u64, cx: &mut Cx<'_>) -> Option<u32> {
    need(l, 0, "a number", cx)
        .and_then(|w| value::uint(w, min, max, cx))
        .map(|n| n as u32)
}

/// Records the family of `a`, or reports that it differs from the instance's.
fn same_family(x: &mut Explicit, a: IpAddr, span: Span, name: &str, cx: &mut Cx<'_>) -> bool {
    match x.ipv4 {
        None => {
            x.ipv4 = Some(a.is_ipv4());
            true
        }
        Some(v4) if v4 == a.is_ipv4() => true,
        Some(_) => {
            cx.diags.error(
                DiagKind::Conflict,
                span,
                format!("({name}) address family must match VRRP instance [{a}] - ignoring"),
            );
            false
        }
    }
}

fn keyword(l: &Stmt, v: &mut VrrpInstance, x: &mut Explicit, dynamic: bool, cx: &mut Cx<'_>) {
    match l.keyword.text.as_str() {
        "state" => {
            if let Some(w) = need(l, 0, "MASTER or BACKUP", cx) {
                x.state = Some(match w.text.as_str() {
                    "MASTER" => InitialState::Master,
                    "BACKUP" if x.state == Some(InitialState::Master) => {
                        cx.diags.warning(
                            DiagKind::Conflict,
                            w.span,
                            format!(
                                "({}) state previously set as MASTER - ignoring BACKUP",
                                v.name
                            ),
                        );
                        InitialState::Master
                    }
                    "BACKUP" => InitialState::Backup,
                    _ => {
                        cx.diags.warning(
                            DiagKind::BadValue,
                            w.span,
                            format!("unknown state '{}', defaulting to BACKUP", w.text),
                        );
                        InitialState::Backup
                    }
                });
            }
        }
        "interface" => {
            if let Some(w) = need(l, 0, "an interface", cx) {
                if w.text == "lo" {
                    cx.diags.error(
                        DiagKind::BadValue,
                        w.span,
                        format!("({}) cannot use a loopback interface (lo) for vrrp", v.name),
                    );
                    return;
                }
                addr::check_dev(w, &format!("vrrp_instance {}", v.name), dynamic, cx);
                v.interface = Some(w.text.to_string());
            }
        }
        "virtual_router_id" => {
            x.vrid_seen = true;
            if let Some(n) = need(l, 0, "a VRID", cx).and_then(|w| value::uint(w, 1, 255, cx)) {
                v.virtual_router_id = n as u8;
            }
        }
        "priority" => {
            if let Some(n) = need(l, 0, "a priority", cx).and_then(|w| value::uint(w, 1, 255, cx)) {
                x.priority = Some(n as u8);
            }
        }
        "advert_int" => {
            if let Some(t) = secs(l, 0.01, 255.0, cx) {
                x.advert_int = Some((t, l.span()));
            }
        }
        "version" => {
            if let Some(n) = need(l, 0, "2 or 3", cx).and_then(|w| value::uint(w, 2, 3, cx)) {
                if n == 2 && x.ipv4 == Some(false) {
                    cx.diags.warning(
                        DiagKind::Conflict,
                        l.span(),
                        format!(
                            "({}) version 2 conflicts with IPv6 addresses; ignoring",
                            v.name
                        ),
                    );
                    return;
                }
                x.version = Some(n as u8);
            }
        }
        "use_vmac" => {
            let xmit_base = v.use_vmac.as_ref().is_some_and(|m| m.xmit_base);
            v.use_vmac = Some(Vmac {
                name: l.arg(0).map(|w| w.text.to_string()),
                xmit_base,
            });
        }
        "vmac_xmit_base" => match v.use_vmac.as_mut() {
            Some(m) => m.xmit_base = true,
            None => cx.diags.warning(
                DiagKind::Conflict,
                l.keyword.span,
                format!("({}) vmac_xmit_base is only valid with a vmac", v.name),
            ),
        },
        "use_ipvlan" => {
            v.use_ipvlan = true;
            x.ipvlan_addr = l.args.iter().any(|w| {
                let a = w.text.split('/').next().unwrap_or("");
                a.parse::<IpAddr>().is_ok()
            });
        }
        "dont_track_primary" => v.dont_track_primary = true,
        "mcast_src_ip" | "unicast_src_ip" | "mcast_dst_ip" => {
            let kw = l.keyword.text.as_str();
            if kw == "unicast_src_ip" {
                x.unicast_keyword = x.unicast_keyword.or(Some(l.keyword.span));
            }
            if let Some(a) = need(l, 0, "an address", cx).and_then(|w| value::ip(w, cx)) {
                if kw != "mcast_dst_ip" && !same_family(x, a, l.span(), &v.name, cx) {
                    return;
                }
                if kw == "mcast_dst_ip" && !a.is_multicast() {
                    cx.diags.warning(
                        DiagKind::BadValue,
                        l.span(),
                        format!("({}) mcast_dst_ip {a} not multicast; skipping", v.name),
                    );
                    return;
                }
                match kw {
                    "mcast_dst_ip" => v.mcast_dst_ip = Some(a),
                    "unicast_src_ip" => v.unicast_src_ip = Some(a),
                    _ => v.mcast_src_ip = Some(a),
                }
            }
        }
        "track_src_ip" => v.track_src_ip = true,
        "unicast_peer" => {
            x.unicast_keyword = x.unicast_keyword.or(Some(l.keyword.span));
            for p in body(l) {
                let Some(addr) = value::ip(&p.keyword, cx) else {
                    continue;
                };
                let mut peer = UnicastPeer {
                    addr,
                    min_ttl: None,
                    max_ttl: None,
                };
                let mut i = 0;
                while let Some(k) = p.arg(i) {
                    let ttl = need(p, i + 1, "a TTL", cx)
                        .and_then(|w| value::uint(w, 0, 255, cx))
                        .map(|t| t as u8);
                    match k.text.as_str() {
                        "min_ttl" => peer.min_ttl = ttl,
                        "max_ttl" => peer.max_ttl = ttl,
                        _ => unknown_opt(k, "unicast_peer", cx),
                    }
                    i += 2;
                }
                if same_family(x, addr, p.keyword.span, &v.name, cx) {
                    v.unicast_peer.push(peer);
                }
            }
        }
        "unicast_ttl" => {
            if let Some(n) = count(l, 0, 255, cx) {
                v.unicast_ttl = n as u8;
            }
            x.unicast_keyword = x.unicast_keyword.or(Some(l.keyword.span));
        }
        "unicast_fault_no_peer" => v.unicast_fault_no_peer = true,
        "virtual_ipaddress" => {
            for a in body(l) {
                if let Some(ip) = addr::ip_address(a, dynamic, cx) {
                    if same_family(x, ip.addr, a.keyword.span, &v.name, cx) {
                        v.virtual_ipaddress.push(ip);
                    }
                }
            }
        }
        "virtual_ipaddress_excluded" => {
            for a in body(l) {
                v.virtual_ipaddress_excluded
                    .extend(addr::ip_address(a, dynamic, cx));
            }
        }
        "virtual_routes" => {
            for r in body(l) {
                v.virtual_routes.extend(addr::route(r, dynamic, cx));
            }
        }
        "virtual_rules" => {
            for r in body(l) {
                v.virtual_rules.extend(addr::rule(r, cx));
            }
        }
        "nopreempt" => v.nopreempt = true,
        "preempt" => v.nopreempt = false,
        "preempt_delay" => v.preempt_delay = secs(l, 0.0, 1000.0, cx).unwrap_or(v.preempt_delay),
        "accept" => x.accept = Some(true),
        "no_accept" => x.accept = Some(false),
        "garp_master_delay" => x.garp_master_delay = whole_secs(l, cx),
        "garp_master_repeat" => x.garp_master_repeat = count(l, 1, u32::MAX as u64, cx),
        "garp_master_refresh" => x.garp_master_refresh = whole_secs(l, cx),
        "garp_master_refresh_repeat" => {
            x.garp_master_refresh_repeat = count(l, 1, u32::MAX as u64, cx)
        }
        "garp_lower_prio_delay" => x.garp_lower_prio_delay = whole_secs(l, cx),
        "garp_lower_prio_repeat" => x.garp_lower_prio_repeat = count(l, 0, u32::MAX as u64, cx),
        "lower_prio_no_advert" => x.lower_prio_no_advert = flag(l, cx),
        "higher_prio_send_advert" => x.higher_prio_send_advert = flag(l, cx),
        "down_timer_adverts" => x.down_timer_adverts = count(l, 1, 100, cx),
        "authentication" => v.authentication = authentication(l, &v.name, cx),
        "smtp_alert" => x.smtp_alert = flag(l, cx),
        "strict_mode" => x.strict_mode = flag(l, cx),
        "skip_check_adv_addr" => x.skip_check_adv_addr = flag(l, cx),
        // keepalived ignores any words after it.
        "check_unicast_src" => {
            x.check_unicast_src = Some(true);
            x.unicast_keyword = x.unicast_keyword.or(Some(l.keyword.span));
        }
        "kernel_rx_buf_size" => {
            v.kernel_rx_buf_size =
                need(l, 0, "a size", cx).and_then(|w| value::uint(w, 0, u32::MAX as u64, cx))
        }
        "native_ipv6" => v.native_ipv6 = true,
        "old_unicast_checksum" => {
            // `never` turns the compatibility off; anything else is a mistake.
            v.old_unicast_checksum = match l.arg(0) {
                None => true,
                Some(w) if w.text == "never" => false,
                Some(w) => {
                    cx.diags.warning(
                        DiagKind::BadValue,
                        w.span,
                        format!(
                            "({}) unknown old_unicast_checksum mode {} - ignoring",
                            v.name, w.text
                        ),
                    );
                    v.old_unicast_checksum
                }
            };
            x.unicast_keyword = x.unicast_keyword.or(Some(l.keyword.span));
        }
        "promote_secondaries" => v.promote_secondaries = true,
        "linkbeat_use_polling" => {
            cx.diags.warning(
                DiagKind::Conflict,
                l.keyword.span,
                format!(
                    "({}) 'linkbeat_use_polling' in vrrp instance is deprecated; \
                     use the top-level keyword",
                    v.name
                ),
            );
            v.linkbeat_use_polling = true;
        }
        "vrf" if v.interface.is_some() => cx.diags.warning(
            DiagKind::Conflict,
            l.keyword.span,
            format!(
                "({}) cannot specify VRF interface and interface - ignoring",
                v.name
            ),
        ),
        "debug" => {
            if need(l, 0, "a level", cx)
                .and_then(|w| value::uint(w, 0, 4, cx))
                .is_some()
            {
                cx.diags.note(
                    DiagKind::NoEffect,
                    l.keyword.span,
                    "'debug' accepted, no effect",
                );
            }
        }
        "lvs_sync_daemon_interface" => {
            cx.diags.warning(
                DiagKind::Conflict,
                l.keyword.span,
                format!(
                    "({}) lvs_sync_daemon_interface on a vrrp_instance is deprecated; \
                     use global lvs_sync_daemon",
                    v.name
                ),
            );
            v.lvs_sync_daemon_interface =
                need(l, 0, "an interface", cx).map(|w| w.text.to_string());
        }
        "garp_extra_if" | "vmac_garp_intvl" => {
            if l.keyword.text == "vmac_garp_intvl" {
                cx.diags.warning(
                    DiagKind::Conflict,
                    l.keyword.span,
                    "keyword \"vmac_garp_intvl\" is deprecated - please use \"garp_extra_if\"",
                );
            }
            let n = l.args.iter().find(|w| w.text != "all");
            if let Some(n) = n.or(need(l, 0, "an interval", cx)) {
                if value::uint(n, 0, 86400, cx).is_some() {
                    cx.diags.note(
                        DiagKind::NoEffect,
                        l.keyword.span,
                        format!("'{}' accepted, no effect", l.keyword.text),
                    );
                }
            }
        }
        "use_vmac_addr" | "vrf" => cx.diags.note(
            DiagKind::NoEffect,
            l.keyword.span,
            format!("'{}' accepted, no effect", l.keyword.text),
        ),
        _ => unknown(l, "vrrp_instance", cx),
    }
}

fn unknown_opt(w: &crate::tree::Word, what: &str, cx: &mut Cx<'_>) {
    cx.diags.warning(
        DiagKind::UnknownKeyword,
        w.span,
        format!("unknown option '{}' for {what}", w.text),
    );
}

fn authentication(l: &Stmt, name: &str, cx: &mut Cx<'_>) -> Option<Authentication> {
    let mut auth_type = None;
    let mut pass = String::new();
    for a in body(l) {
        match a.keyword.text.as_str() {
            "auth_type" => {
                let w = need(a, 0, "PASS or AH", cx)?;
                auth_type = match w.text.as_str() {
                    "PASS" => Some(AuthType::Pass),
                    "AH" => Some(AuthType::Ah),
                    _ => {
                        cx.diags.error(
                            DiagKind::BadValue,
                            w.span,
                            format!("({name}) unknown authentication type '{}'", w.text),
                        );
                        None
                    }
                };
            }
            "auth_pass" => {
                let w = need(a, 0, "a password", cx)?;
                pass = w.text.to_string();
                if pass.len() > 8 {
                    cx.diags.warning(
                        DiagKind::BadValue,
                        w.span,
                        "truncating auth_pass to 8 characters",
                    );
                    let mut end = 8;
                    while !pass.is_char_boundary(end) {
                        end -= 1;
                    }
                    pass.truncate(end);
                }
            }
            _ => unknown(a, "authentication", cx),
        }
    }
    let auth_type = auth_type?;
    if pass.is_empty() {
        cx.diags.warning(
            DiagKind::MissingValue,
            l.keyword.span,
            format!("({name}) authentication specified but no password given; ignoring"),
        );
        return None;
    }
    Some(Authentication {
        auth_type,
        auth_pass: pass,
    })
}

/// keepalived's `vrrp_complete_instance`: defaults from other settings and
/// from `global_defs`, and the checks it reports.
fn complete(s: &Stmt, v: &mut VrrpInstance, x: Explicit, g: &GlobalDefs, cx: &mut Cx<'_>) {
    let at = s.span();
    let name = v.name.clone();
    let warn = |cx: &mut Cx<'_>, msg: String| {
        cx.diags
            .warning(DiagKind::Conflict, at, format!("({name}) {msg}"))
    };
    if !x.vrid_seen {
        cx.diags.error(
            DiagKind::MissingValue,
            at,
            format!("({}) the virtual router id must be set", v.name),
        );
    }
    if v.interface.is_none() {
        match &g.default_interface {
            Some(d) => v.interface = Some(d.clone()),
            None => cx.diags.error(
                DiagKind::MissingValue,
                at,
                format!("({}) unknown interface: 'interface' is not set", v.name),
            ),
        }
    }
    v.strict_mode = x.strict_mode.unwrap_or(g.vrrp_strict);
    let ipv6 = x.ipv4 == Some(false);
    v.version = match x.version {
        Some(2) if ipv6 && v.strict_mode => {
            warn(
                cx,
                "cannot use IPv6 with VRRP version 2; setting version 3".into(),
            );
            3
        }
        // keepalived keeps VRRPv2 over IPv6 when `version 2` came before the
        // addresses; so does rvs, to talk to it, but says so.
        Some(2) if ipv6 => {
            cx.diags.note(
                DiagKind::Conflict,
                at,
                format!("({}) VRRP version 2 over IPv6 is not standard", v.name),
            );
            2
        }
        Some(n) => n,
        None if ipv6 => 3,
        None => g.vrrp_version,
    };
    if v.virtual_ipaddress.is_empty() {
        if v.version == 3 || ipv6 || v.strict_mode {
            cx.diags.error(
                DiagKind::MissingValue,
                at,
                format!("({}) no VIP specified; at least one is required", v.name),
            );
        } else {
            warn(cx, "no VIP specified; at least one is sensible".into());
        }
    }
    let state = x.state;
    v.priority = x.priority.unwrap_or(match state {
        Some(InitialState::Master) => 255,
        _ => 100,
    });
    let owner = v.priority == 255;
    v.state = match state {
        None if owner => InitialState::Master,
        None => InitialState::Backup,
        Some(st) if v.strict_mode && (st == InitialState::Master) != owner => {
            warn(cx, "State MASTER must match being address owner".into());
            if owner {
                InitialState::Master
            } else {
                InitialState::Backup
            }
        }
        Some(st) => st,
    };
    if let Some(auth) = &v.authentication {
        if v.strict_mode {
            warn(
                cx,
                "strict mode does not support authentication; ignoring".into(),
            );
            v.authentication = None;
        } else if v.version == 3 {
            warn(
                cx,
                "VRRP version 3 does not support authentication; ignoring".into(),
            );
            v.authentication = None;
        } else if ipv6 && auth.auth_type == AuthType::Ah {
            warn(
                cx,
                "cannot use AH authentication with IPv6; ignoring".into(),
            );
            v.authentication = None;
        } else if auth.auth_type == AuthType::Ah && v.state == InitialState::Master && !owner {
            warn(
                cx,
                "initial state master is incompatible with AH authentication - clearing".into(),
            );
            v.state = InitialState::Backup;
        }
    }
    if let Some(span) = x.unicast_keyword {
        if v.unicast_peer.is_empty() {
            cx.diags.warning(
                DiagKind::Conflict,
                span,
                format!(
                    "({}) a unicast keyword has been specified without any unicast peers; \
                     defaulting to multicast",
                    v.name
                ),
            );
        }
    }
    if ipv6 && v.unicast_peer.is_empty() {
        if let Some(first) = v.virtual_ipaddress.first() {
            let link_local = match first.addr {
                IpAddr::V6(a) => a.segments()[0] & 0xffc0 == 0xfe80,
                IpAddr::V4(_) => false,
            };
            // keepalived 2.2.7 reports this only in strict mode.
            if !link_local {
                let msg = format!("({}) the first IPv6 VIP address must be link local", v.name);
                if v.strict_mode {
                    cx.diags.warning(DiagKind::Conflict, at, msg);
                } else {
                    cx.diags.note(DiagKind::Conflict, at, msg);
                }
            }
        }
    }
    if v.native_ipv6 && x.ipv4 == Some(true) {
        cx.diags.error(
            DiagKind::Conflict,
            at,
            format!(
                "({}) cannot specify native_ipv6 with IPv4 addresses",
                v.name
            ),
        );
    }
    if v.use_ipvlan && !v.unicast_peer.is_empty() {
        warn(
            cx,
            "unicast with use_ipvlan requires vmac_xmit_base, which needs a vmac".into(),
        );
    }
    if v.mcast_dst_ip.is_some() && !v.unicast_peer.is_empty() {
        warn(
            cx,
            "multicast destination specified with unicast - ignoring".into(),
        );
        v.mcast_dst_ip = None;
    }
    if v.use_ipvlan && !ipv6 && !x.ipvlan_addr {
        warn(
            cx,
            "IPv4 ipvlan requires a source ip address; the instance stays in fault".into(),
        );
    }
    if owner && v.nopreempt {
        warn(
            cx,
            "nopreempt is incompatible with priority 255 - resetting nopreempt".into(),
        );
        v.nopreempt = false;
    }
    if v.state == InitialState::Master {
        if v.nopreempt {
            warn(
                cx,
                "nopreempt will not work with initial state MASTER - clearing".into(),
            );
            v.nopreempt = false;
        }
        if v.preempt_delay.0 != 0 {
            warn(
                cx,
                "preempt delay will not work with initial state MASTER - clearing".into(),
            );
            v.preempt_delay = Secs(0);
        }
    }
    if v.preempt_delay.0 != 0 && (v.strict_mode || v.nopreempt) {
        warn(
            cx,
            "preempt_delay is incompatible with strict mode or nopreempt - resetting".into(),
        );
        v.preempt_delay = Secs(0);
    }
    v.accept = x.accept.unwrap_or(!v.strict_mode);
    if v.accept && !owner && v.strict_mode && v.version == 2 {
        warn(
            cx,
            "accept mode for VRRP version 2 does not comply with RFC3768 - resetting".into(),
        );
        v.accept = false;
    }
    v.garp_master_delay = x.garp_master_delay.unwrap_or(g.vrrp_garp_master_delay);
    v.garp_master_repeat = x.garp_master_repeat.unwrap_or(g.vrrp_garp_master_repeat);
    v.garp_master_refresh = x.garp_master_refresh.unwrap_or(g.vrrp_garp_master_refresh);
    v.garp_master_refresh_repeat = x
        .garp_master_refresh_repeat
        .unwrap_or(g.vrrp_garp_master_refresh_repeat);
    let strict = v.strict_mode;
    v.garp_lower_prio_repeat = match x.garp_lower_prio_repeat {
        None if strict => 0,
        None => g
            .vrrp_garp_lower_prio_repeat
            .unwrap_or(v.garp_master_repeat),
        Some(n) if strict && n != 0 => {
            warn(
                cx,
                "strict mode requires no repeat garps - resetting".into(),
            );
            0
        }
        Some(n) => n,
    };
    v.garp_lower_prio_delay = match x.garp_lower_prio_delay {
        None if strict => Secs(0),
        None => g.vrrp_garp_lower_prio_delay.unwrap_or(v.garp_master_delay),
        Some(d) if strict && d.0 != 0 => {
            warn(
                cx,
                "strict mode requires no repeat garp delay - resetting".into(),
            );
            Secs(0)
        }
        Some(d) => d,
    };
    v.lower_prio_no_advert = match x.lower_prio_no_advert {
        None => strict || g.vrrp_lower_prio_no_advert,
        Some(false) if strict => {
            warn(
                cx,
                "strict mode requires no lower priority advert - resetting".into(),
            );
            true
        }
        Some(b) => b,
    };
    v.higher_prio_send_advert = match x.higher_prio_send_advert {
        None => !strict && g.vrrp_higher_prio_send_advert,
        Some(true) if strict => {
            warn(
                cx,
                "strict mode requires higher_prio_send_advert to be clear - resetting".into(),
            );
            false
        }
        Some(b) => b,
    };
    v.down_timer_adverts = x.down_timer_adverts.unwrap_or(g.vrrp_down_timer_adverts);
    v.smtp_alert = x
        .smtp_alert
        .or(g.smtp_alert_vrrp)
        .or(g.smtp_alert)
        .unwrap_or(false);
    v.notify.notify_priority_changes = x
        .notify_priority_changes
        .unwrap_or(g.vrrp_notify_priority_changes);
    v.skip_check_adv_addr = x.skip_check_adv_addr.unwrap_or(g.vrrp_skip_check_adv_addr);
    v.check_unicast_src = x.check_unicast_src.unwrap_or(g.vrrp_check_unicast_src);
    v.linkbeat_use_polling |= g.linkbeat_use_polling;
    if v.use_vmac.is_some() {
        let both = v
            .virtual_ipaddress
            .iter()
            .chain(&v.virtual_ipaddress_excluded)
            .filter(|a| a.use_vmac);
        for a in both {
            warn(
                cx,
                format!(
                    "use_vmac specified for VIP/eVIP {} and vrrp instance",
                    a.addr
                ),
            );
        }
    }
    if let Some(m) = v.use_vmac.as_mut() {
        if !v.unicast_peer.is_empty() && !m.xmit_base {
            warn(
                cx,
                "unicast with use_vmac requires vmac_xmit_base - setting".into(),
            );
            m.xmit_base = true;
        }
        if strict && m.xmit_base {
            warn(
                cx,
                "xmit_base is incompatible with strict mode - resetting".into(),
            );
            m.xmit_base = false;
        }
        if v.promote_secondaries {
            warn(
                cx,
                "promote_secondaries is automatically set for vmacs - ignoring".into(),
            );
            v.promote_secondaries = false;
        }
    }
    v.advert_int = advert_int(v, x.advert_int, cx);
}

/// v2 carries whole seconds up to 255, v3 centiseconds up to 40.95 s; keepalived
/// rounds or clamps other values and reports it.
fn advert_int(v: &VrrpInstance, set: Option<(Secs, Span)>, cx: &mut Cx<'_>) -> Secs {
    let Some((t, span)) = set else {
        return Secs::from_secs(1);
    };
    let (unit, max) = if v.version == 2 {
        (1_000_000, 255 * 1_000_000)
    } else {
        (10_000, 4095 * 10_000)
    };
    if t.0 > max {
        cx.diags.warning(
            DiagKind::BadValue,
            span,
            format!(
                "({}) VRRPv{} advertisement interval {} s is out of range; setting to {} s",
                v.name,
                v.version,
                t.as_secs_f64(),
                max as f64 / 1e6
            ),
        );
        return Secs(max);
    }
    if t.0 % unit != 0 {
        let rounded = ((t.0 + unit / 2) / unit * unit).max(unit);
        cx.diags.warning(
            DiagKind::BadValue,
            span,
            format!(
                "({}) VRRPv{} advertisement interval {} s must be a multiple of {} s - rounding",
                v.name,
                v.version,
                t.as_secs_f64(),
                unit as f64 / 1e6
            ),
        );
        return Secs(rounded);
    }
    t
}
