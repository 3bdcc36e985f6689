//! Address, route and rule lines (`virtual_ipaddress`, `static_routes`, ...).

use crate::diagnostic::DiagKind;
use crate::model::vrrp::{IpAddress, Route, Rule};
use crate::parse::value;
use crate::parse::Cx;
use crate::tree::{Stmt, Word};
use std::net::{IpAddr, Ipv4Addr};

/// The words of a line: its keyword and arguments.
fn words(s: &Stmt) -> impl Iterator<Item = &Word> {
    std::iter::once(&s.keyword).chain(&s.args)
}

/// Reports a missing interface the way keepalived does ("doesn't exist"), which
/// fails `keepalived -t` unless `dynamic_interfaces` is set.
pub(super) fn check_dev(dev: &Word, what: &str, dynamic: bool, cx: &mut Cx<'_>) {
    if !cx.host.has_interface(&dev.text) {
        let msg = format!("interface {} for {what} doesn't exist", dev.text);
        if dynamic {
            cx.diags.note(DiagKind::Reference, dev.span, msg);
        } else {
            cx.diags.warning(DiagKind::Reference, dev.span, msg);
        }
    }
}

/// `ADDR[/LEN] [brd ADDR] [dev IF] [scope S] [label L] [peer ADDR] [home]
/// [-nodad] [noprefixroute] [autojoin] [no_track] [preferred_lft N]`.
pub(super) fn ip_address(s: &Stmt, dynamic: bool, cx: &mut Cx<'_>) -> Option<IpAddress> {
    let (addr, prefix_len) = value::ip_prefix(&s.keyword, cx)?;
    let mut a = IpAddress {
        addr,
        prefix_len,
        brd: None,
        dev: None,
        scope: None,
        label: None,
        peer: None,
        home: false,
        nodad: false,
        noprefixroute: false,
        mngtmpaddr: false,
        autojoin: false,
        use_vmac: false,
        track_group: None,
        no_track: false,
        preferred_lft: None,
    };
    let mut it = s.args.iter();
    while let Some(k) = it.next() {
        let opt = k.text.as_str();
        match opt {
            "brd" | "broadcast" | "dev" | "scope" | "label" | "peer" | "preferred_lft"
            | "track_group" => {
                let Some(v) = it.next() else {
                    cx.diags.error(
                        DiagKind::MissingValue,
                        k.span,
                        format!("'{opt}' needs a value"),
                    );
                    break;
                };
                match opt {
                    "brd" | "broadcast" => a.brd = broadcast(v, addr, prefix_len, cx),
                    "dev" => {
                        check_dev(v, &format!("ip address {}", s.keyword.text), dynamic, cx);
                        a.dev = Some(v.text.to_string());
                    }
                    "scope" => a.scope = scope(v, cx),
                    "label" => a.label = Some(v.text.to_string()),
                    "track_group" => a.track_group = Some(v.text.to_string()),
                    "peer" => a.peer = value::ip_prefix(v, cx).map(|(p, _)| p),
                    _ => {
                        a.preferred_lft = if v.text == "forever" {
                            None
                        } else {
                            value::uint(v, 0, u32::MAX as u64, cx).map(|n| n as u32)
                        }
                    }
                }
            }
            "home" => a.home = true,
            "-nodad" => a.nodad = true,
            "noprefixroute" => a.noprefixroute = true,
            "mngtmpaddr" => a.mngtmpaddr = true,
            "use_vmac" => a.use_vmac = true,
            "autojoin" => a.autojoin = true,
            "no_track" => a.no_track = true,
            _ => cx.diags.warning(
                DiagKind::UnknownKeyword,
                k.span,
                format!("unknown configuration entry '{opt}' for ip address - ignoring"),
            ),
        }
    }
    address_checks(s, a, cx)
}

/// keepalived's checks of a whole address line, once its options are read.
fn address_checks(s: &Stmt, mut a: IpAddress, cx: &mut Cx<'_>) -> Option<IpAddress> {
    let at = s.span();
    if a.addr.is_ipv6() && a.brd.is_some() {
        cx.diags.error(
            DiagKind::Conflict,
            at,
            format!(
                "a broadcast address for the IPv6 address {}; skipping it",
                a.addr
            ),
        );
        return None;
    }
    if a.addr.is_ipv6() && a.scope.is_some() {
        cx.diags.warning(
            DiagKind::Conflict,
            at,
            format!(
                "cannot specify scope for IPv6 addresses ({}) - ignoring scope",
                s.keyword.text
            ),
        );
        a.scope = None;
    }
    if let Some(p) = a.peer {
        if p.is_ipv4() != a.addr.is_ipv4() {
            cx.diags.warning(
                DiagKind::Conflict,
                at,
                format!("peer address {p} does not match address family"),
            );
            a.peer = None;
        } else if s.keyword.text.contains('/') {
            cx.diags.warning(
                DiagKind::Conflict,
                at,
                "cannot specify address prefix when specifying peer address - ignoring",
            );
            a.peer = None;
        }
    }
    Some(a)
}

/// `brd ADDR`, or iproute2's `+` (host bits set) and `-` (host bits clear).
fn broadcast(w: &Word, addr: IpAddr, len: u8, cx: &mut Cx<'_>) -> Option<IpAddr> {
    match (w.text.as_str(), addr) {
        ("+" | "-", IpAddr::V4(a)) => {
            let host = u32::MAX.checked_shr(u32::from(len)).unwrap_or(0);
            let net = u32::from(a) & !host;
            let b = if w.text == "+" { net | host } else { net };
            Some(IpAddr::V4(Ipv4Addr::from(b)))
        }
        _ => value::ip(w, cx),
    }
}

/// `scope NAME|N`: keepalived ignores an unknown name and says so.
fn scope(w: &Word, cx: &mut Cx<'_>) -> Option<String> {
    let named = ["global", "site", "link", "host", "nowhere", "universe"];
    if named.contains(&w.text.as_str()) || w.text.parse::<u8>().is_ok() {
        return Some(w.text.to_string());
    }
    cx.diags.warning(
        DiagKind::BadValue,
        w.span,
        format!("invalid scope '{}' - ignoring", w.text),
    );
    None
}

/// Route types that may lead a route line.
const ROUTE_KINDS: &[&str] = &[
    "blackhole",
    "unreachable",
    "prohibit",
    "throw",
    "local",
    "broadcast",
    "anycast",
    "multicast",
    "nat",
];

/// Route options followed by one value that rvs does not interpret.
const ROUTE_VALUE_OPTS: &[&str] = &[
    "or",
    "proto",
    "protocol",
    "mtu",
    "advmss",
    "rtt",
    "rttvar",
    "reordering",
    "window",
    "cwnd",
    "initcwnd",
    "initrwnd",
    "ssthresh",
    "realms",
    "rto_min",
    "hoplimit",
    "features",
    "quickack",
    "congctl",
    "pref",
    "tos",
    "dsfield",
    "expires",
    "fastopen_no_cookie",
    "ttl-propagate",
    "nexthop",
    "weight",
    "encap",
    "onlink",
    "pervasive",
    "track_group",
];

/// A route line; `None` when the destination is unusable.
pub(super) fn route(s: &Stmt, dynamic: bool, cx: &mut Cx<'_>) -> Option<Route> {
    let mut r = Route {
        kind: None,
        to: String::new(),
        src: None,
        via: None,
        dev: None,
        table: None,
        metric: None,
        scope: None,
        options: Vec::new(),
        no_track: false,
    };
    let all: Vec<&Word> = words(s).collect();
    let mut i = 0;
    if ROUTE_KINDS.contains(&all[0].text.as_str()) {
        r.kind = Some(all[0].text.to_string());
        i = 1;
    }
    let mut to_word: Option<&Word> = None;
    while i < all.len() {
        let k = all[i];
        let opt = k.text.as_str();
        let takes_value = matches!(
            opt,
            "src" | "via" | "gw" | "dev" | "table" | "metric" | "preference" | "priority" | "scope"
        );
        if takes_value {
            let Some(v) = all.get(i + 1) else {
                cx.diags.error(
                    DiagKind::MissingValue,
                    k.span,
                    format!("route option '{opt}' needs a value"),
                );
                return None;
            };
            match opt {
                "src" => r.src = Some(value::ip(v, cx)?),
                "via" | "gw" => {
                    if opt == "gw" {
                        cx.diags.warning(
                            DiagKind::Conflict,
                            k.span,
                            "\"gw\" for routes is deprecated. Please use \"via\"",
                        );
                    }
                    r.via = Some(value::ip(v, cx)?);
                }
                "dev" => {
                    check_dev(v, "VROUTE nexthop", dynamic, cx);
                    r.dev = Some(v.text.to_string());
                }
                "table" => r.table = Some(v.text.to_string()),
                "scope" => r.scope = scope(v, cx),
                _ => r.metric = Some(value::uint(v, 0, u32::MAX as u64, cx)? as u32),
            }
            i += 2;
            continue;
        }
        if opt == "no_track" {
            r.no_track = true;
        } else if to_word.is_none() && !ROUTE_VALUE_OPTS.contains(&opt) {
            if opt != "default" {
                value::ip_prefix(k, cx)?;
            }
            to_word = Some(k);
            r.to = k.text.to_string();
        } else if !ROUTE_VALUE_OPTS.contains(&opt) && !after_option(&all, i) {
            cx.diags.warning(
                DiagKind::UnknownKeyword,
                k.span,
                format!("unknown route keyword '{opt}'"),
            );
        } else {
            if opt == "or" {
                cx.diags.warning(
                    DiagKind::Conflict,
                    k.span,
                    "\"or\" for routes is deprecated. Please use \"nexthop\"",
                );
            }
            r.options.push(k.text.to_string());
        }
        i += 1;
    }
    let Some(to) = to_word else {
        cx.diags.error(
            DiagKind::MissingValue,
            s.keyword.span,
            "route without a destination",
        );
        return None;
    };
    let to_v4 = r.to == "default" || r.to.contains('.');
    for (what, a) in [("via", r.via), ("src", r.src)] {
        if a.is_some_and(|a| a.is_ipv4() != to_v4) {
            cx.diags.error(
                DiagKind::Conflict,
                to.span,
                format!("cannot mix IPv4 and IPv6 addresses for route ({what})"),
            );
            return None;
        }
    }
    if r.dev.is_none() && !r.no_track && r.kind.is_none() {
        cx.diags.warning(
            DiagKind::Conflict,
            to.span,
            format!(
                "cannot track route {} with no interface specified, not tracking",
                r.to
            ),
        );
    }
    Some(r)
}

/// Whether `all[i]` is the value of the option before it (`mtu 1400`, `or ADDR`).
fn after_option(all: &[&Word], i: usize) -> bool {
    i > 0 && ROUTE_VALUE_OPTS.contains(&all[i - 1].text.as_str())
}

/// Rule options followed by one value that rvs keeps as written.
const RULE_VALUE_OPTS: &[&str] = &[
    "tos",
    "dsfield",
    "fwmark",
    "realms",
    "iif",
    "oif",
    "goto",
    "l3mdev",
    "uidrange",
    "suppress_prefixlength",
    "suppress_ifgroup",
    "ipproto",
    "sport",
    "dport",
    "protocol",
];

/// Rule types that act instead of a table.
const RULE_ACTIONS: &[&str] = &[
    "blackhole",
    "unreachable",
    "prohibit",
    "nop",
    "goto",
    "l3mdev",
];

/// A rule line: `[from P] [to P] [table T] [preference N] ...`.
pub(super) fn rule(s: &Stmt, cx: &mut Cx<'_>) -> Option<Rule> {
    let mut r = Rule {
        from: None,
        to: None,
        table: None,
        preference: None,
        options: Vec::new(),
        no_track: false,
    };
    let all: Vec<&Word> = words(s).collect();
    let mut i = 0;
    while i < all.len() {
        let k = all[i];
        let opt = k.text.as_str();
        match opt {
            "from" | "to" | "table" | "preference" | "priority" => {
                let Some(v) = all.get(i + 1) else {
                    cx.diags.error(
                        DiagKind::MissingValue,
                        k.span,
                        format!("rule option '{opt}' needs a value"),
                    );
                    return None;
                };
                match opt {
                    "from" | "to" => {
                        if v.text != "all" {
                            value::ip_prefix(v, cx)?;
                        }
                        if opt == "from" {
                            r.from = Some(v.text.to_string());
                        } else {
                            r.to = Some(v.text.to_string());
                        }
                    }
                    "table" => r.table = Some(v.text.to_string()),
                    _ => r.preference = Some(value::uint(v, 0, u32::MAX as u64, cx)? as u32),
                }
                i += 2;
            }
            "no_track" => {
                r.no_track = true;
                i += 1;
            }
            _ if RULE_VALUE_OPTS.contains(&opt) => {
                r.options.push(k.text.to_string());
                if let Some(v) = all.get(i + 1) {
                    r.options.push(v.text.to_string());
                }
                i += 2;
            }
            _ if RULE_ACTIONS.contains(&opt) || opt == "not" => {
                r.options.push(k.text.to_string());
                i += 1;
            }
            _ => {
                cx.diags.warning(
                    DiagKind::UnknownKeyword,
                    k.span,
                    format!("unknown rule option '{opt}'"),
                );
                i += 1;
            }
        }
    }
    let acts = r.table.is_some() || r.options.iter().any(|o| RULE_ACTIONS.contains(&o.as_str()));
    if !acts {
        cx.diags.warning(
            DiagKind::MissingValue,
            s.keyword.span,
            "no action specified for rule - ignoring",
        );
        return None;
    }
    if r.preference.is_none() {
        cx.diags.warning(
            DiagKind::Conflict,
            s.keyword.span,
            "rule has no preference specified; keepalived picks one from 16384 down",
        );
    }
    Some(r)
}
