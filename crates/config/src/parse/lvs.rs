//! The LVS side's top-level blocks: `virtual_server_group` and
//! `virtual_server` with its real servers, as keepalived 2.2.7's check parser
//! reads them, with the post-parse checks of its `validate_check_config`.

mod check;
mod forwarding;
mod group;
mod real;
mod validate;

use super::value::{self, need};
use super::Cx;
use crate::diagnostic::{DiagKind, Diagnostic, Severity};
use crate::model::lvs::{
    Forwarding, IpFamily, Method, Protocol, SchedFlag, Scheduler, Script, Service, SorryServer,
    Ssl, VirtualServer, VirtualServerGroup,
};
use crate::model::{Config, Secs};
use crate::parse::ScriptSite;
use crate::span::Span;
use crate::tree::{Stmt, Word};
use forwarding::forwarding;
use real::{real_server, RsRaw};
use std::collections::HashMap;
use std::net::IpAddr;
use validate::validate;

/// `persistence_timeout` alone, and the persistence implied by a granularity.
const DEFAULT_PERSISTENCE: Secs = Secs::from_secs(360);
const MAX_PERSISTENCE_S: u64 = 2_678_400;
const DEFAULT_DELAY_LOOP: Secs = Secs::from_secs(60);
const DEFAULT_CONNECT_TIMEOUT: Secs = Secs::from_secs(5);
/// keepalived's largest timers: `connect_timeout` is held in 32-bit microseconds.
const MAX_TIMER_S: f64 = 18_446_744_073_709.0;
const MAX_CONNECT_TIMEOUT_S: f64 = 4294.967295;
const MAX_WEIGHT: u64 = 2_147_483_647;

/// Handles a top-level statement if it belongs here; `false` otherwise.
pub(super) fn parse_top(stmt: &Stmt, cfg: &mut Config, cx: &mut Cx<'_>) -> bool {
    match stmt.keyword.text.as_str() {
        "virtual_server_group" => {
            if let Some(g) = group::parse(stmt, cx) {
                let groups = &mut cfg.lvs.virtual_server_groups;
                let at = groups.partition_point(|x| x.name <= g.name);
                groups.insert(at, g);
            }
            true
        }
        "SSL" => {
            if cfg.lvs.ssl.is_some() {
                cx.diags.warning(
                    DiagKind::Conflict,
                    stmt.keyword.span,
                    "SSL context already specified - replacing",
                );
            }
            cfg.lvs.ssl = Some(ssl(stmt, cx));
            true
        }
        "virtual_server" => {
            if let Some(vs) = virtual_server(stmt, &cfg.lvs.virtual_server_groups, cx) {
                // `finish` looks again at group references only.
                if cx.retain == crate::Retain::All || matches!(vs.service, Service::Group { .. }) {
                    cfg.lvs.virtual_servers.push(vs);
                }
            }
            true
        }
        _ => false,
    }
}

/// Checks that need the whole configuration: group references.
pub(super) fn finish(cfg: &mut Config, cx: &mut Cx<'_>) {
    let groups: HashMap<&str, _> = cfg
        .lvs
        .virtual_server_groups
        .iter()
        .map(|g| (g.name.as_str(), g))
        .collect();
    for vs in &mut cfg.lvs.virtual_servers {
        let Service::Group { group } = &vs.service else {
            continue;
        };
        match groups.get(group.as_str()) {
            // keepalived -t accepts this and the virtual server does nothing.
            None => cx.diags.push(Diagnostic::global(
                Severity::Note,
                DiagKind::Reference,
                format!("virtual_server group {group}: no virtual_server_group '{group}' is defined; the virtual server does nothing"),
            )),
            Some(g) => {
                if vs.persistence_timeout.is_none() && g.addresses.iter().any(|a| a.port == 0) {
                    cx.diags.push(Diagnostic::global(
                        Severity::Warning,
                        DiagKind::Conflict,
                        format!("virtual_server group {group}: zero port only valid for persistent services - setting persistence_timeout 360"),
                    ));
                    vs.persistence_timeout = Some(DEFAULT_PERSISTENCE);
                }
            }
        }
    }
}

fn ssl(stmt: &Stmt, cx: &mut Cx<'_>) -> Ssl {
    let mut out = Ssl::default();
    for s in body(stmt, cx) {
        let slot = match s.keyword.text.as_str() {
            "password" => &mut out.password,
            "ca" => &mut out.ca,
            "certificate" => &mut out.certificate,
            "key" => &mut out.key,
            _ => {
                unknown(s, "SSL", cx);
                continue;
            }
        };
        if let Some(w) = need(s, 0, "a value", cx) {
            if slot.is_some() {
                cx.diags.warning(
                    DiagKind::Conflict,
                    s.keyword.span,
                    format!("SSL {} already specified - replacing", s.keyword.text),
                );
            }
            *slot = Some(w.text.to_string());
        }
    }
    out
}

fn unknown(stmt: &Stmt, block: &str, cx: &mut Cx<'_>) {
    cx.diags.warning(
        DiagKind::UnknownKeyword,
        stmt.keyword.span,
        format!("unknown keyword '{}' in {block}", stmt.keyword.text),
    );
}

fn no_snmp(s: &Stmt, cx: &mut Cx<'_>) {
    cx.diags.note(
        DiagKind::NoEffect,
        s.keyword.span,
        "snmp_name: accepted, no effect (rvs has no SNMP agent)",
    );
}

/// The statements of a block keyword; keepalived reports a missing block.
fn body<'s>(stmt: &'s Stmt, cx: &mut Cx<'_>) -> &'s [Stmt] {
    match &stmt.block {
        Some(b) => &b.body,
        None => {
            cx.diags.error(
                DiagKind::Syntax,
                stmt.span(),
                format!("'{}' needs a '{{' block", stmt.keyword.text),
            );
            &[]
        }
    }
}

/// What a `virtual_server` block set explicitly, for inheritance and the
/// post-parse checks.
struct VsSeen {
    protocol: Option<Span>,
    sched: bool,
    method: bool,
    retry: Option<u32>,
    delay_before_retry: Option<Secs>,
    warmup: Option<Secs>,
    connect_timeout: Option<Secs>,
    delay_loop: Option<Secs>,
    sorry_port: Option<u16>,
    /// The default weight of the real servers.
    weight: Option<u32>,
    sorry_method: Option<Forwarding>,
}

fn virtual_server(
    stmt: &Stmt,
    groups: &[VirtualServerGroup],
    cx: &mut Cx<'_>,
) -> Option<VirtualServer> {
    let service = service(stmt, cx)?;
    let mut vs = VirtualServer {
        service,
        protocol: Protocol::Tcp,
        lb_algo: Scheduler::Wlc,
        sched_flags: Vec::new(),
        ops: false,
        forwarding: Forwarding::default(),
        persistence_timeout: None,
        persistence_granularity: None,
        persistence_engine: None,
        ip_family: None,
        ha_suspend: false,
        virtualhost: None,
        alpha: false,
        omega: false,
        quorum: 1,
        hysteresis: 0,
        quorum_up: None,
        quorum_down: None,
        delay_loop: DEFAULT_DELAY_LOOP,
        connect_timeout: DEFAULT_CONNECT_TIMEOUT,
        retry: None,
        delay_before_retry: None,
        warmup: None,
        inhibit_on_failure: false,
        smtp_alert: None,
        sorry_server: None,
        real_servers: Vec::new(),
    };
    let mut seen = VsSeen {
        protocol: None,
        sched: false,
        method: false,
        retry: None,
        delay_before_retry: None,
        warmup: None,
        connect_timeout: None,
        delay_loop: None,
        sorry_port: None,
        weight: None,
        sorry_method: None,
    };
    let mut reals = Vec::new();
    for s in body(stmt, cx) {
        vs_keyword(s, &mut vs, &mut seen, &mut reals, cx);
    }
    if let Some(t) = seen.delay_loop {
        vs.delay_loop = t;
    }
    if let Some(t) = seen.connect_timeout {
        vs.connect_timeout = t;
    }
    vs.retry = seen.retry;
    vs.delay_before_retry = seen.delay_before_retry;
    vs.warmup = seen.warmup;
    let vport = vs_port(&vs.service);
    if let Some(s) = vs.sorry_server.as_mut() {
        s.port = seen.sorry_port.unwrap_or(vport);
        s.forwarding = seen.sorry_method.unwrap_or(vs.forwarding);
    }
    // Only a tunnelled sorry server may be of another family.
    let known = match &vs.service {
        Service::Address { address, .. } => Some(family(address)),
        _ => vs.ip_family,
    };
    if let (Some(s), Some(f)) = (&vs.sorry_server, known) {
        if s.forwarding.lvs_method != Method::Tun && f != family(&s.address) {
            cx.diags.warning(
                DiagKind::Conflict,
                stmt.span(),
                format!(
                    "address family of virtual server and sorry server {} don't match - skipping sorry server",
                    s.address
                ),
            );
            vs.sorry_server = None;
        }
    }
    if let Some(s) = vs.sorry_server.as_mut() {
        if s.forwarding.lvs_method != Method::Nat && vport != 0 && s.port != vport {
            cx.diags.warning(
                DiagKind::Conflict,
                stmt.span(),
                format!(
                    "sorry server port {} differs from virtual server port {vport}, which {} cannot change - using {vport}",
                    s.port,
                    s.forwarding.lvs_method.as_str()
                ),
            );
            s.port = vport;
        }
        if s.forwarding.lvs_method != Method::Nat
            && matches!(vs.service, Service::Fwmark { .. })
            && s.port != 0
        {
            cx.diags.warning(
                DiagKind::Conflict,
                stmt.span(),
                "sorry server of a fwmark virtual server has a port specified - clearing",
            );
            s.port = 0;
        }
    }
    validate(stmt, &mut vs, &seen, reals, groups, cx).then_some(vs)
}

fn vs_port(service: &Service) -> u16 {
    match service {
        Service::Address { port, .. } => *port,
        _ => 0,
    }
}

fn family(a: &IpAddr) -> IpFamily {
    match a {
        IpAddr::V4(_) => IpFamily::Inet,
        IpAddr::V6(_) => IpFamily::Inet6,
    }
}

fn service(stmt: &Stmt, cx: &mut Cx<'_>) -> Option<Service> {
    let first = need(stmt, 0, "an address, 'fwmark N' or 'group NAME'", cx)?;
    match first.text.as_str() {
        "fwmark" => {
            let w = need(stmt, 1, "a firewall mark", cx)?;
            let fwmark = value::uint(w, 1, u32::MAX as u64, cx)? as u32;
            Some(Service::Fwmark { fwmark })
        }
        "group" => {
            let w = need(stmt, 1, "a virtual_server_group name", cx)?;
            Some(Service::Group {
                group: w.text.to_string(),
            })
        }
        _ => {
            let address = value::server_ip(first, cx)?;
            // Port 0 is IPVS's "all ports" service (valid when persistent).
            let port = match stmt.arg(1) {
                Some(w) => value::uint(w, 0, 65535, cx)? as u16,
                None => 0,
            };
            Some(Service::Address { address, port })
        }
    }
}

fn vs_keyword(
    s: &Stmt,
    vs: &mut VirtualServer,
    seen: &mut VsSeen,
    reals: &mut Vec<RsRaw>,
    cx: &mut Cx<'_>,
) {
    let kw = s.keyword.text.as_str();
    match kw {
        "real_server" => {
            if let Some(mut rs) = real_server(s, cx) {
                // keepalived gives a real server the forwarding method its
                // virtual server has so far; only if none, the final one.
                if seen.method && rs.forwarding.is_none() {
                    rs.forwarding = Some(vs.forwarding);
                }
                reals.push(rs);
            }
        }
        "delay_loop" => {
            if let Some(w) = need(s, 0, "seconds", cx) {
                seen.delay_loop = value::timer(w, MAX_TIMER_S, cx).or(seen.delay_loop);
            }
        }
        "connect_timeout" => {
            if let Some(w) = need(s, 0, "seconds", cx) {
                seen.connect_timeout =
                    value::timer(w, MAX_CONNECT_TIMEOUT_S, cx).or(seen.connect_timeout);
            }
        }
        "delay_before_retry" => {
            if let Some(w) = need(s, 0, "seconds", cx) {
                seen.delay_before_retry = zero_timer(w, cx).or(seen.delay_before_retry);
            }
        }
        "warmup" => {
            if let Some(w) = need(s, 0, "seconds", cx) {
                seen.warmup = zero_timer(w, cx).or(seen.warmup);
            }
        }
        "retry" => {
            if let Some(w) = need(s, 0, "a count", cx) {
                seen.retry = value::uint(w, 1, u32::MAX as u64, cx)
                    .map(|v| v as u32)
                    .or(seen.retry);
            }
        }
        "lb_algo" | "lvs_sched" => {
            if let Some(w) = need(s, 0, "a scheduler", cx) {
                match Scheduler::from_name(&w.text) {
                    Some(sch) => {
                        vs.lb_algo = sch;
                        seen.sched = true;
                    }
                    None => cx.diags.error(
                        DiagKind::BadValue,
                        w.span,
                        format!(
                            "invalid lvs_scheduler '{}' (rr wrr lc wlc lblc sh mh dh fo ovf lblcr sed nq twos)",
                            w.text
                        ),
                    ),
                }
            }
        }
        "ops" => vs.ops = true,
        "hashed" | "flag-1" | "flag-2" | "flag-3" | "sh-port" | "sh-fallback" | "mh-port"
        | "mh-fallback" => sched_flag(s, vs, cx),
        "lb_kind" | "lvs_method" => {
            if let Some(f) = forwarding(s, cx) {
                vs.forwarding = f;
                seen.method = true;
            }
        }
        "persistence_timeout" => match s.arg(0) {
            None => vs.persistence_timeout = Some(DEFAULT_PERSISTENCE),
            Some(w) => {
                if let Some(t) = value::uint(w, 1, MAX_PERSISTENCE_S, cx) {
                    vs.persistence_timeout = Some(Secs::from_secs(t));
                }
            }
        },
        "persistence_granularity" => {
            if let Some(w) = need(s, 0, "a netmask or prefix length", cx) {
                persistence_granularity(w, vs, cx);
            }
        }
        "persistence_engine" => {
            if let Some(w) = need(s, 0, "an engine name", cx) {
                vs.persistence_engine = Some(w.text.to_string());
            }
        }
        "protocol" => {
            if let Some(w) = need(s, 0, "TCP, UDP or SCTP", cx) {
                let p = match w.text.to_ascii_uppercase().as_str() {
                    "TCP" => Some(Protocol::Tcp),
                    "UDP" => Some(Protocol::Udp),
                    "SCTP" => Some(Protocol::Sctp),
                    _ => None,
                };
                match p {
                    Some(p) => {
                        vs.protocol = p;
                        seen.protocol = Some(s.keyword.span);
                    }
                    None => cx.diags.error(
                        DiagKind::BadValue,
                        w.span,
                        format!("unknown protocol '{}' (TCP, UDP or SCTP)", w.text),
                    ),
                }
            }
        }
        "ha_suspend" => vs.ha_suspend = true,
        "weight" => {
            if let Some(w) = need(s, 0, "a weight", cx) {
                seen.weight = value::uint(w, 1, MAX_WEIGHT, cx)
                    .map(|v| v as u32)
                    .or(seen.weight);
            }
        }
        // keepalived takes no value here and ignores one.
        "alpha" => vs.alpha = true,
        "omega" => vs.omega = true,
        "virtualhost" => {
            if let Some(w) = need(s, 0, "a host name", cx) {
                vs.virtualhost = Some(w.text.to_string());
            }
        }
        "quorum" => {
            if let Some(w) = need(s, 0, "a weight", cx) {
                if let Some(q) = value::uint(w, 1, u32::MAX as u64, cx) {
                    vs.quorum = q as u32;
                }
            }
        }
        "hysteresis" => {
            if let Some(w) = need(s, 0, "a weight", cx) {
                if let Some(h) = value::uint(w, 0, u32::MAX as u64, cx) {
                    vs.hysteresis = h as u32;
                }
            }
        }
        "quorum_up" | "quorum_down" => {
            let slot = if kw == "quorum_up" {
                &mut vs.quorum_up
            } else {
                &mut vs.quorum_down
            };
            if slot.is_some() {
                cx.diags.warning(
                    DiagKind::Conflict,
                    s.keyword.span,
                    format!("{kw} script already specified - ignoring"),
                );
            } else {
                *slot = script(s, cx);
            }
        }
        "inhibit_on_failure" => {
            if let Some(b) = value::boolean(s, cx) {
                vs.inhibit_on_failure = b;
            }
        }
        "smtp_alert" => vs.smtp_alert = value::boolean(s, cx).or(vs.smtp_alert),
        "ip_family" => {
            if let Some(w) = need(s, 0, "inet or inet6", cx) {
                let f = match w.text.as_str() {
                    "inet" => IpFamily::Inet,
                    "inet6" => IpFamily::Inet6,
                    _ => {
                        cx.diags.error(
                            DiagKind::BadValue,
                            w.span,
                            format!("unknown address family '{}' (inet or inet6)", w.text),
                        );
                        return;
                    }
                };
                let known = match &vs.service {
                    Service::Address { address, .. } => Some(family(address)),
                    _ => vs.ip_family,
                };
                if known.is_some_and(|k| k != f) {
                    cx.diags.warning(
                        DiagKind::Conflict,
                        w.span,
                        format!(
                            "ip_family {} conflicts with the virtual server's family - ignoring",
                            w.text
                        ),
                    );
                } else if !matches!(vs.service, Service::Address { .. }) {
                    vs.ip_family = Some(f);
                }
            }
        }
        "sorry_server" => {
            let Some(w) = need(s, 0, "an address", cx) else {
                return;
            };
            let Some(address) = value::server_ip(w, cx) else {
                return;
            };
            let port = match s.arg(1) {
                // As for real servers, port 0 means the virtual server's.
                Some(p) => match value::uint(p, 0, 65535, cx) {
                    Some(0) => None,
                    Some(p) => Some(p as u16),
                    None => return,
                },
                None => None,
            };
            seen.sorry_port = port;
            vs.sorry_server = Some(SorryServer {
                address,
                port: 0,
                inhibit: false,
                forwarding: Forwarding::default(),
            });
        }
        "sorry_server_inhibit" => match vs.sorry_server.as_mut() {
            Some(ss) => ss.inhibit = true,
            None => cx.diags.warning(
                DiagKind::Conflict,
                s.keyword.span,
                "sorry_server_inhibit used before or without sorry_server - ignoring",
            ),
        },
        "sorry_server_lvs_method" => {
            if let Some(f) = forwarding(s, cx) {
                if vs.sorry_server.is_some() {
                    seen.sorry_method = Some(f);
                } else {
                    cx.diags.warning(
                        DiagKind::Conflict,
                        s.keyword.span,
                        "sorry_server_lvs_method used before or without sorry_server - ignoring",
                    );
                }
            }
        }
        "snmp_name" => no_snmp(s, cx),
        _ => unknown(s, "virtual_server", cx),
    }
}

/// A timer that may be 0 (`delay_before_retry`, `warmup`).
fn zero_timer(w: &Word, cx: &mut Cx<'_>) -> Option<Secs> {
    value::seconds_us(w, 0.0, MAX_TIMER_S, cx).map(Secs)
}

/// `sh-port` and friends apply to the scheduler set so far, as in keepalived:
/// with sh or mh they set the port/fallback bit (keepalived 2.2.7 accepts
/// either family's name for either scheduler), otherwise they are ignored
/// with a report. `hashed` is accepted with sh and mh and does nothing.
fn sched_flag(s: &Stmt, vs: &mut VirtualServer, cx: &mut Cx<'_>) {
    let kw = s.keyword.text.as_str();
    let hashing = matches!(vs.lb_algo, Scheduler::Sh | Scheduler::Mh);
    let generic = SchedFlag::from_name(kw).filter(|f| f.scheduler().is_none());
    let flag = match (generic, vs.lb_algo, kw) {
        (Some(f), _, _) => Some(f),
        (None, _, "hashed") if hashing => None,
        (None, Scheduler::Sh, "sh-port" | "mh-port") => Some(SchedFlag::ShPort),
        (None, Scheduler::Sh, "sh-fallback" | "mh-fallback") => Some(SchedFlag::ShFallback),
        (None, Scheduler::Mh, "sh-port" | "mh-port") => Some(SchedFlag::MhPort),
        (None, Scheduler::Mh, "sh-fallback" | "mh-fallback") => Some(SchedFlag::MhFallback),
        _ => {
            cx.diags.warning(
                DiagKind::Conflict,
                s.keyword.span,
                format!("{kw} only applies to the sh and mh schedulers - ignoring"),
            );
            return;
        }
    };
    if let Some(f) = flag {
        if !vs.sched_flags.contains(&f) {
            vs.sched_flags.push(f);
            vs.sched_flags.sort();
        }
    }
}

/// An IPv4 address as C's `inet_aton` reads it (keepalived reads netmasks
/// with it): one to four parts in decimal, octal (`0…`) or hex (`0x…`), the
/// last part filling the remaining bytes (`65535` is 0.0.255.255).
fn inet_aton(s: &str) -> Option<u32> {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() > 4 {
        return None;
    }
    let mut nums = Vec::with_capacity(parts.len());
    for p in &parts {
        let (digits, radix) = if let Some(h) = p.strip_prefix("0x").or(p.strip_prefix("0X")) {
            (h, 16)
        } else if p.len() > 1 && p.starts_with('0') {
            (&p[1..], 8)
        } else {
            (*p, 10)
        };
        nums.push(u32::from_str_radix(digits, radix).ok()?);
    }
    let (last, head) = nums.split_last()?;
    if head.iter().any(|&n| n > 255) {
        return None;
    }
    let rest_bits = 8 * (4 - head.len() as u32);
    if rest_bits < 32 && *last >= 1 << rest_bits {
        return None;
    }
    let high = head.iter().fold(0u64, |acc, &n| (acc << 8) | n as u64);
    Some(((high << rest_bits) | *last as u64) as u32)
}

fn persistence_granularity(w: &Word, vs: &mut VirtualServer, cx: &mut Cx<'_>) {
    let v4 = match (&vs.service, vs.ip_family) {
        (Service::Address { address, .. }, _) => address.is_ipv4(),
        (_, Some(f)) => f == IpFamily::Inet,
        _ => w.text.contains('.'),
    };
    let prefix = if v4 {
        match inet_aton(&w.text) {
            Some(m) => {
                if m.leading_ones() + m.trailing_zeros() != 32 || m == 0 {
                    // keepalived only logs this and keeps no granularity.
                    cx.diags.note(
                        DiagKind::BadValue,
                        w.span,
                        format!(
                            "persistence_granularity {} is not a contiguous netmask - ignoring",
                            w.text
                        ),
                    );
                    return;
                }
                m.leading_ones() as u8
            }
            None => {
                cx.diags.error(
                    DiagKind::BadValue,
                    w.span,
                    format!("invalid IPv4 persistence_granularity '{}'", w.text),
                );
                return;
            }
        }
    } else {
        match value::uint(w, 1, 128, cx) {
            Some(p) => p as u8,
            None => return,
        }
    };
    vs.persistence_granularity = Some(prefix);
    if vs.persistence_timeout.is_none() {
        vs.persistence_timeout = Some(DEFAULT_PERSISTENCE);
    }
}

/// `notify_up SCRIPT [USER [GROUP]]` and the like.
fn script(s: &Stmt, cx: &mut Cx<'_>) -> Option<Script> {
    let w = need(s, 0, "a script", cx)?;
    if let Some(extra) = s.arg(3) {
        cx.diags.error(
            DiagKind::BadValue,
            extra.span,
            "too many arguments: quote a script that takes arguments",
        );
        return None;
    }
    let script = Script {
        command: w.text.to_string(),
        user: s.arg(1).map(|w| w.text.to_string()),
        group: s.arg(2).map(|w| w.text.to_string()),
    };
    cx.scripts.extend(ScriptSite::new(s.span(), &script, None));
    Some(script)
}
