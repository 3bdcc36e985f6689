//! Checker blocks inside a `real_server`, as keepalived 2.2.7's check_*.c read them.

use super::{body, script, unknown, Cx, MAX_CONNECT_TIMEOUT_S, MAX_TIMER_S};
use crate::diagnostic::DiagKind;
use crate::model::lvs::check::{
    Checker, Connect, DnsType, Endpoint, HttpCheck, HttpProtocol, StatusRange, Timers, UdpCheck,
    Url,
};
use crate::model::lvs::Script;
use crate::model::Secs;
use crate::parse::value::{self, need};
use crate::tree::{Stmt, Word};
use std::net::IpAddr;

const CHECKERS: [&str; 10] = [
    "TCP_CHECK",
    "HTTP_GET",
    "SSL_GET",
    "SMTP_CHECK",
    "DNS_CHECK",
    "MISC_CHECK",
    "UDP_CHECK",
    "PING_CHECK",
    "FILE_CHECK",
    "BFD_CHECK",
];

/// keepalived keeps `misc_timeout` in 32-bit microseconds.
const MAX_MISC_TIMEOUT_S: u64 = 4294;

pub(super) fn is_checker(kw: &str) -> bool {
    CHECKERS.contains(&kw)
}

/// Timers as written at one level (virtual server, real server or checker).
#[derive(Debug, Clone, Default)]
pub(super) struct TimerOpts {
    pub connect_timeout: Option<Secs>,
    pub retry: Option<u32>,
    pub delay_before_retry: Option<Secs>,
    pub warmup: Option<Secs>,
    pub delay_loop: Option<Secs>,
    pub alpha: Option<bool>,
}

impl TimerOpts {
    /// These values, else `outer`'s.
    pub fn or(&self, outer: &TimerOpts) -> TimerOpts {
        TimerOpts {
            connect_timeout: self.connect_timeout.or(outer.connect_timeout),
            retry: self.retry.or(outer.retry),
            delay_before_retry: self.delay_before_retry.or(outer.delay_before_retry),
            warmup: self.warmup.or(outer.warmup),
            delay_loop: self.delay_loop.or(outer.delay_loop),
            alpha: self.alpha.or(outer.alpha),
        }
    }
}

/// Reads a timer keyword shared by real servers and checkers; `false` if `s` is not one.
/// `min_retry` is 1 for real servers and 0 for checkers, as in keepalived.
pub(super) fn timer_keyword(s: &Stmt, t: &mut TimerOpts, min_retry: u64, cx: &mut Cx<'_>) -> bool {
    let kw = s.keyword.text.as_str();
    match kw {
        "alpha" => t.alpha = value::boolean(s, cx).or(t.alpha),
        "connect_timeout" | "delay_loop" | "delay_before_retry" | "warmup" => {
            let Some(w) = need(s, 0, "seconds", cx) else {
                return true;
            };
            let v = match kw {
                "connect_timeout" => value::timer(w, MAX_CONNECT_TIMEOUT_S, cx),
                "delay_loop" => value::timer(w, MAX_TIMER_S, cx),
                _ => super::zero_timer(w, cx),
            };
            let slot = match kw {
                "connect_timeout" => &mut t.connect_timeout,
                "delay_loop" => &mut t.delay_loop,
                "delay_before_retry" => &mut t.delay_before_retry,
                _ => &mut t.warmup,
            };
            *slot = v.or(*slot);
        }
        "retry" => {
            if let Some(w) = need(s, 0, "a count", cx) {
                t.retry = value::uint(w, min_retry, u32::MAX as u64, cx)
                    .map(|v| v as u32)
                    .or(t.retry);
            }
        }
        _ => return false,
    }
    true
}

/// A checker as written, waiting for the timers it inherits.
#[derive(Debug)]
pub(super) struct CheckerRaw {
    checker: Checker,
    timers: TimerOpts,
    log_all_failures: bool,
    /// The checker's own `virtualhost` (HTTP_GET, SSL_GET).
    virtualhost: Option<String>,
    /// MISC_CHECK's `misc_timeout` (0 or unset: the checker's delay_loop).
    misc_timeout: Option<Secs>,
}

impl CheckerRaw {
    /// Fills in effective timers from the real server's (already inheriting
    /// the virtual server's) and the checker type's defaults.
    pub fn resolve(mut self, outer: &TimerOpts, virtualhost: Option<&str>) -> Checker {
        let t = self.timers.or(outer);
        let delay_loop = t.delay_loop.unwrap_or(super::DEFAULT_DELAY_LOOP);
        let (retry, dbr) = match self.checker {
            Checker::Dns { .. } => (3, delay_loop),
            Checker::Misc { .. } => (0, Secs::from_secs(1)),
            Checker::Http { .. } | Checker::Ssl { .. } => (1, Secs::from_secs(3)),
            _ => (1, Secs::from_secs(1)),
        };
        let timers = Timers {
            connect_timeout: t.connect_timeout.unwrap_or(super::DEFAULT_CONNECT_TIMEOUT),
            retry: t.retry.unwrap_or(retry),
            delay_before_retry: t.delay_before_retry.unwrap_or(dbr),
            warmup: t.warmup.unwrap_or(delay_loop),
            delay_loop,
            alpha: t.alpha.unwrap_or(false),
            log_all_failures: self.log_all_failures,
        };
        match &mut self.checker {
            Checker::Tcp { conn }
            | Checker::Smtp { conn, .. }
            | Checker::Dns { conn, .. }
            | Checker::Udp { conn, .. }
            | Checker::Ping { conn } => conn.timers = timers,
            Checker::Http { conn, http } | Checker::Ssl { conn, http } => {
                conn.timers = timers;
                http.virtualhost = self.virtualhost.or(virtualhost.map(str::to_string));
            }
            Checker::Misc {
                timers: mt,
                misc_timeout,
                ..
            } => {
                *misc_timeout = self.misc_timeout.unwrap_or(delay_loop);
                *mt = timers;
            }
            Checker::File { .. } | Checker::Bfd { .. } => {}
        }
        self.checker
    }
}

/// The options every polling checker shares.
struct Common {
    /// The real server's address: where the checker connects by default.
    rs_addr: IpAddr,
    endpoint: Endpoint,
    timers: TimerOpts,
    log_all_failures: bool,
}

impl Common {
    fn new(rs_addr: IpAddr) -> Self {
        Common {
            rs_addr,
            endpoint: Endpoint::default(),
            timers: TimerOpts::default(),
            log_all_failures: false,
        }
    }

    /// Reads a shared keyword; `with_endpoint` is false for MISC_CHECK.
    fn keyword(&mut self, s: &Stmt, with_endpoint: bool, cx: &mut Cx<'_>) -> bool {
        if timer_keyword(s, &mut self.timers, 0, cx) {
            return true;
        }
        if s.keyword.text == "log_all_failures" {
            if let Some(b) = value::boolean(s, cx) {
                self.log_all_failures = b;
            }
            return true;
        }
        with_endpoint && endpoint_keyword(s, &mut self.endpoint, self.rs_addr, cx)
    }

    fn connect(&self, stmt: &Stmt, cx: &mut Cx<'_>) -> Connect {
        link_local_needs_interface(&self.endpoint, stmt, cx);
        Connect {
            endpoint: self.endpoint.clone(),
            timers: Timers::default(),
        }
    }

    fn raw(self, checker: Checker) -> CheckerRaw {
        CheckerRaw {
            checker,
            timers: self.timers,
            log_all_failures: self.log_all_failures,
            virtualhost: None,
            misc_timeout: None,
        }
    }
}

/// keepalived needs the interface of an IPv6 link-local address.
fn link_local_needs_interface(ep: &Endpoint, stmt: &Stmt, cx: &mut Cx<'_>) {
    if let Some(IpAddr::V6(a)) = ep.connect_ip {
        if a.segments()[0] & 0xffc0 == 0xfe80 && ep.bind_if.is_none() {
            cx.diags.error(
                DiagKind::MissingValue,
                stmt.keyword.span,
                format!("checker link local address {a} requires a bind_if"),
            );
        }
    }
}

/// Reads `connect_ip`, `bindto` and the like. `bindto` must be of the family
/// of the connect address given so far (else the real server's), as keepalived
/// checks it when it reads it.
fn endpoint_keyword(s: &Stmt, ep: &mut Endpoint, rs_addr: IpAddr, cx: &mut Cx<'_>) -> bool {
    let kw = s.keyword.text.as_str();
    match kw {
        "connect_ip" | "bindto" => {
            if let Some(w) = need(s, 0, "an address", cx) {
                let mut v = value::server_ip(w, cx);
                let target = ep.connect_ip.unwrap_or(rs_addr);
                if kw == "bindto" && v.is_some_and(|b| b.is_ipv4() != target.is_ipv4()) {
                    cx.diags.warning(
                        DiagKind::Conflict,
                        w.span,
                        format!("bindto address {} does not match the address family of connect_ip {target} - skipping", w.text),
                    );
                    v = None;
                }
                let slot = if kw == "connect_ip" {
                    &mut ep.connect_ip
                } else {
                    &mut ep.bindto
                };
                *slot = v.or(*slot);
            }
        }
        "connect_port" | "bind_port" => {
            if let Some(w) = need(s, 0, "a port", cx) {
                let v = value::port(w, cx);
                let slot = if kw == "connect_port" {
                    &mut ep.connect_port
                } else {
                    &mut ep.bind_port
                };
                *slot = v.or(*slot);
            }
        }
        // keepalived -t does not check that the interface exists.
        "bind_if" => {
            if let Some(w) = need(s, 0, "an interface", cx) {
                ep.bind_if = Some(w.text.to_string());
            }
        }
        "fwmark" => {
            if let Some(w) = need(s, 0, "a mark", cx) {
                ep.fwmark = value::uint(w, 0, u32::MAX as u64, cx)
                    .map(|v| v as u32)
                    .or(ep.fwmark);
            }
        }
        _ => return false,
    }
    true
}

/// Parses one checker block; `None` when keepalived would drop it.
pub(super) fn parse(stmt: &Stmt, rs_addr: IpAddr, cx: &mut Cx<'_>) -> Option<CheckerRaw> {
    let kw = stmt.keyword.text.as_str();
    let mut c = Common::new(rs_addr);
    match kw {
        "TCP_CHECK" | "PING_CHECK" => {
            for s in body(stmt, cx) {
                if !c.keyword(s, true, cx) {
                    unknown(s, kw, cx);
                }
            }
            let conn = c.connect(stmt, cx);
            let checker = if kw == "TCP_CHECK" {
                Checker::Tcp { conn }
            } else {
                Checker::Ping { conn }
            };
            Some(c.raw(checker))
        }
        "HTTP_GET" | "SSL_GET" => http(stmt, c, cx),
        "SMTP_CHECK" => {
            let mut helo_name = None;
            let mut hosts = Vec::new();
            for s in body(stmt, cx) {
                if c.keyword(s, true, cx) {
                    continue;
                }
                match s.keyword.text.as_str() {
                    "helo_name" => {
                        if let Some(w) = need(s, 0, "a name", cx) {
                            helo_name = Some(w.text.to_string());
                        }
                    }
                    "host" => {
                        let mut ep = Endpoint::default();
                        for h in body(s, cx) {
                            // keepalived 2.2.7 also takes the checker's
                            // timers here; they apply to the whole checker.
                            if !endpoint_keyword(h, &mut ep, rs_addr, cx)
                                && !c.keyword(h, false, cx)
                            {
                                unknown(h, "SMTP_CHECK host", cx);
                            }
                        }
                        link_local_needs_interface(&ep, s, cx);
                        hosts.push(ep);
                    }
                    _ => unknown(s, kw, cx),
                }
            }
            let conn = c.connect(stmt, cx);
            Some(c.raw(Checker::Smtp {
                conn,
                helo_name,
                hosts: hosts.into_boxed_slice(),
            }))
        }
        "DNS_CHECK" => {
            let mut kind = DnsType::SOA;
            let mut name = ".".to_string();
            let mut name_seen = false;
            for s in body(stmt, cx) {
                if c.keyword(s, true, cx) {
                    continue;
                }
                match s.keyword.text.as_str() {
                    "type" => {
                        if let Some(w) = need(s, 0, "a query type", cx) {
                            let up = w.text.to_ascii_uppercase();
                            match DnsType::ALL.into_iter().find(|t| t.as_str() == up) {
                                Some(t) => kind = t,
                                None => cx.diags.error(
                                    DiagKind::BadValue,
                                    w.span,
                                    format!(
                                        "unknown DNS check type '{}' (A NS CNAME SOA MX TXT AAAA)",
                                        w.text
                                    ),
                                ),
                            }
                        }
                    }
                    "name" => {
                        let Some(w) = need(s, 0, "a domain name", cx) else {
                            continue;
                        };
                        if name_seen {
                            cx.diags.warning(
                                DiagKind::Conflict,
                                s.keyword.span,
                                "DNS_CHECK name already specified - ignoring",
                            );
                        } else if dns_name_ok(&w.text) {
                            name = w.text.to_string();
                            name_seen = true;
                        } else {
                            cx.diags.error(
                                DiagKind::BadValue,
                                w.span,
                                format!(
                                    "DNS_CHECK name '{}' has an empty label - ignoring",
                                    w.text
                                ),
                            );
                        }
                    }
                    _ => unknown(s, kw, cx),
                }
            }
            let conn = c.connect(stmt, cx);
            Some(c.raw(Checker::Dns { conn, kind, name }))
        }
        "MISC_CHECK" => misc(stmt, c, cx),
        "UDP_CHECK" => udp(stmt, c, cx),
        "FILE_CHECK" => {
            let mut track_file = None;
            let mut weight = None;
            let mut reverse = false;
            for s in body(stmt, cx) {
                match s.keyword.text.as_str() {
                    "track_file" | "file" => {
                        if let Some(w) = need(s, 0, "a track_file name", cx) {
                            track_file = Some(w.text.to_string());
                        }
                    }
                    "weight" => {
                        let Some(w) = need(s, 0, "a weight", cx) else {
                            continue;
                        };
                        if let Some(v) = signed(w, i32::MIN as i64, i32::MAX as i64, cx) {
                            weight = Some(v);
                        }
                        match s.arg(1).map(|w| w.text.as_str()) {
                            None => {}
                            Some("reverse") => reverse = true,
                            Some("noreverse") => reverse = false,
                            Some(_) => unknown_arg(s, 1, cx),
                        }
                    }
                    _ => unknown(s, kw, cx),
                }
            }
            let Some(track_file) = track_file else {
                cx.diags.error(
                    DiagKind::MissingValue,
                    stmt.keyword.span,
                    "FILE_CHECK has no track_file specified - ignoring",
                );
                return None;
            };
            Some(c.raw(Checker::File {
                track_file,
                weight,
                reverse,
            }))
        }
        "BFD_CHECK" => {
            let mut name = None;
            for s in body(stmt, cx) {
                match s.keyword.text.as_str() {
                    "name" => {
                        name = need(s, 0, "a bfd_instance name", cx).map(|w| w.text.to_string())
                    }
                    // Accepted by keepalived; BFD is refused below anyway.
                    "alpha" => {
                        let _ = value::boolean(s, cx);
                    }
                    _ => unknown(s, kw, cx),
                }
            }
            // No bfd_instance can be configured in rvs, so every reference
            // dangles, as it does in a keepalived with no matching bfd_instance.
            cx.diags.error(
                DiagKind::Reference,
                stmt.keyword.span,
                format!(
                    "BFD_CHECK: BFD instance '{}' is not configured (rvs does not support BFD)",
                    name.as_deref().unwrap_or("")
                ),
            );
            name.map(|name| c.raw(Checker::Bfd { name }))
        }
        _ => None,
    }
}

/// A DNS name as keepalived 2.2.7 accepts it: `.`, or labels that are not
/// empty (a final dot allowed). 2.2.7 also rejects a one-character first label
/// followed by a dot (`a.example`), a bug kept here so verdicts agree.
fn dns_name_ok(n: &str) -> bool {
    if n == "." {
        return true;
    }
    let labels: Vec<&str> = n.strip_suffix('.').unwrap_or(n).split('.').collect();
    let empty = labels.iter().any(|l| l.is_empty());
    let short_first = n.contains('.') && labels[0].len() == 1;
    !(empty || short_first)
}

fn unknown_arg(s: &Stmt, i: usize, cx: &mut Cx<'_>) {
    if let Some(w) = s.arg(i) {
        cx.diags.error(
            DiagKind::BadValue,
            w.span,
            format!("unexpected '{}' after {}", w.text, s.keyword.text),
        );
    }
}

fn signed(w: &Word, min: i64, max: i64, cx: &mut Cx<'_>) -> Option<i32> {
    match w.text.parse::<i64>() {
        Ok(v) if (min..=max).contains(&v) => Some(v as i32),
        _ => {
            cx.diags.error(
                DiagKind::BadValue,
                w.span,
                format!("'{}' is not a number in [{min}, {max}]", w.text),
            );
            None
        }
    }
}

fn http(stmt: &Stmt, mut c: Common, cx: &mut Cx<'_>) -> Option<CheckerRaw> {
    let kw = stmt.keyword.text.as_str();
    let mut h = HttpCheck {
        http_protocol: HttpProtocol::V1_0,
        virtualhost: None,
        enable_sni: false,
        fast_recovery: false,
        urls: Vec::new(),
    };
    let mut virtualhost = None;
    for s in body(stmt, cx) {
        if c.keyword(s, true, cx) {
            continue;
        }
        match s.keyword.text.as_str() {
            "url" => {
                if let Some(u) = url(s, cx) {
                    h.urls.push(u);
                }
            }
            "nb_get_retry" => {
                cx.diags.warning(
                    DiagKind::NoEffect,
                    s.keyword.span,
                    "nb_get_retry is deprecated - please use 'retry'",
                );
                if let Some(w) = need(s, 0, "a count", cx) {
                    c.timers.retry = value::uint(w, 0, u32::MAX as u64, cx)
                        .map(|v| v as u32)
                        .or(c.timers.retry);
                }
            }
            "http_protocol" => {
                if let Some(w) = need(s, 0, "1.0, 1.0C or 1.1", cx) {
                    match w.text.as_str() {
                        "1.0" => h.http_protocol = HttpProtocol::V1_0,
                        "1.0C" | "1.0c" => h.http_protocol = HttpProtocol::V1_0C,
                        "1.1" => h.http_protocol = HttpProtocol::V1_1,
                        _ => cx.diags.error(
                            DiagKind::BadValue,
                            w.span,
                            format!(
                                "invalid http_protocol version '{}' (1.0, 1.0C or 1.1)",
                                w.text
                            ),
                        ),
                    }
                }
            }
            "virtualhost" => {
                if let Some(w) = need(s, 0, "a host name", cx) {
                    virtualhost = Some(w.text.to_string());
                }
            }
            "enable_sni" => h.enable_sni = value::boolean(s, cx).unwrap_or(h.enable_sni),
            "fast_recovery" => h.fast_recovery = value::boolean(s, cx).unwrap_or(h.fast_recovery),
            _ => unknown(s, kw, cx),
        }
    }
    if h.urls.is_empty() {
        // keepalived 2.2.7 reports this and then crashes in -t.
        cx.diags.error(
            DiagKind::MissingValue,
            stmt.keyword.span,
            format!("{kw} checker has no urls specified - ignoring"),
        );
        return None;
    }
    let conn = c.connect(stmt, cx);
    let checker = if kw == "HTTP_GET" {
        Checker::Http {
            conn,
            http: Box::new(h),
        }
    } else {
        Checker::Ssl {
            conn,
            http: Box::new(h),
        }
    };
    let mut raw = c.raw(checker);
    raw.virtualhost = virtualhost;
    Some(raw)
}

fn url(stmt: &Stmt, cx: &mut Cx<'_>) -> Option<Url> {
    let mut path = None;
    let mut u = Url {
        path: String::new(),
        digest: None,
        status_code: Vec::new(),
        virtualhost: None,
        regex: None,
        regex_no_match: false,
        regex_options: Vec::new(),
        regex_min_offset: None,
        regex_max_offset: None,
        regex_stack: None,
    };
    for s in body(stmt, cx) {
        let kw = s.keyword.text.as_str();
        match kw {
            "path" => {
                path = need(s, 0, "a path", cx)
                    .map(|w| w.text.to_string())
                    .or(path)
            }
            "digest" => {
                if let Some(w) = need(s, 0, "an MD5 digest", cx) {
                    if u.digest.is_some() {
                        // keepalived 2.2.7 calls any second digest a duplicate.
                        cx.diags.warning(
                            DiagKind::Conflict,
                            w.span,
                            format!("digest '{}' is a duplicate - ignoring", w.text),
                        );
                    } else if w.text.len() != 32 || !w.text.chars().all(|c| c.is_ascii_hexdigit()) {
                        cx.diags.error(
                            DiagKind::BadValue,
                            w.span,
                            format!("digest '{}' is not an MD5 digest (32 hex digits)", w.text),
                        );
                    } else {
                        u.digest = Some(w.text.as_str().to_ascii_lowercase());
                    }
                }
            }
            "status_code" => {
                for w in &s.args {
                    if let Some(r) = status_range(w, cx) {
                        u.status_code.push(r);
                    }
                }
            }
            "virtualhost" => {
                u.virtualhost = need(s, 0, "a host name", cx).map(|w| w.text.to_string())
            }
            "regex" => u.regex = need(s, 0, "a regular expression", cx).map(|w| w.text.to_string()),
            "regex_no_match" => u.regex_no_match = true,
            "regex_options" => {
                u.regex_options = s.args.iter().map(|w| w.text.to_string()).collect()
            }
            "regex_min_offset" | "regex_max_offset" => {
                if let Some(w) = need(s, 0, "an offset", cx) {
                    // keepalived 2.2.7 takes a bad offset without a word.
                    let v = w.text.parse::<u64>().ok();
                    if v.is_none() {
                        cx.diags.note(
                            DiagKind::BadValue,
                            w.span,
                            format!("'{}' is not an offset - ignoring", w.text),
                        );
                    }
                    if kw == "regex_min_offset" {
                        u.regex_min_offset = v;
                    } else {
                        u.regex_max_offset = v;
                    }
                }
            }
            "regex_stack" => {
                if let (Some(a), Some(b)) = (
                    need(s, 0, "start and max sizes", cx),
                    need(s, 1, "start and max sizes", cx),
                ) {
                    if let (Some(a), Some(b)) = (
                        value::uint(a, 0, u64::MAX, cx),
                        value::uint(b, 0, u64::MAX, cx),
                    ) {
                        u.regex_stack = Some([a, b]);
                    }
                }
            }
            _ => unknown(s, "url", cx),
        }
    }
    let Some(path) = path else {
        cx.diags.error(
            DiagKind::MissingValue,
            stmt.keyword.span,
            "url has no path - ignoring",
        );
        return None;
    };
    u.path = path;
    if u.status_code.is_empty() {
        u.status_code.push(StatusRange::DEFAULT);
    }
    Some(u)
}

/// `N` or `N-M`, within 100-599.
fn status_range(w: &Word, cx: &mut Cx<'_>) -> Option<StatusRange> {
    let (a, b) = w.text.split_once('-').unwrap_or((&w.text, &w.text));
    match (a.parse::<u16>(), b.parse::<u16>()) {
        (Ok(from), Ok(to)) if from <= to && (100..=599).contains(&from) && to <= 599 => {
            Some(StatusRange { from, to })
        }
        _ => {
            cx.diags.error(
                DiagKind::BadValue,
                w.span,
                format!(
                    "status_code '{}' is not a code or range within 100-599 - ignoring it",
                    w.text
                ),
            );
            None
        }
    }
}

fn misc(stmt: &Stmt, mut c: Common, cx: &mut Cx<'_>) -> Option<CheckerRaw> {
    let mut path: Option<Script> = None;
    let mut user: Option<(String, Option<String>)> = None;
    let mut timeout = None;
    let mut dynamic = false;
    for s in body(stmt, cx) {
        // Against the manual, keepalived 2.2.7 has no connect_timeout here.
        if s.keyword.text != "connect_timeout" && c.keyword(s, false, cx) {
            continue;
        }
        match s.keyword.text.as_str() {
            "misc_path" => path = script(s, cx).or(path),
            "misc_timeout" => {
                if let Some(w) = need(s, 0, "seconds", cx) {
                    if let Some(v) = value::uint(w, 0, MAX_MISC_TIMEOUT_S, cx) {
                        timeout = (v > 0).then(|| Secs::from_secs(v));
                    }
                }
            }
            "misc_dynamic" => dynamic = true,
            "user" => {
                if let Some(w) = need(s, 0, "a user name", cx) {
                    user = Some((w.text.to_string(), s.arg(1).map(|g| g.text.to_string())));
                }
            }
            _ => unknown(s, "MISC_CHECK", cx),
        }
    }
    let Some(mut path) = path else {
        cx.diags.error(
            DiagKind::MissingValue,
            stmt.keyword.span,
            "no script path has been specified for MISC_CHECK - skipping",
        );
        return None;
    };
    if let Some((u, g)) = user {
        path.user = Some(u);
        path.group = g;
    }
    let mut raw = c.raw(Checker::Misc {
        timers: Timers::default(),
        misc_path: path,
        misc_timeout: Secs::default(),
        misc_dynamic: dynamic,
    });
    raw.misc_timeout = timeout;
    Some(raw)
}

/// keepalived 2.2.7 rejects a hex string whose last byte is ff (it mistakes
/// the byte for its error value); rvs agrees so that verdicts match.
fn udp_hex(s: &Stmt, hex: Option<String>, cx: &mut Cx<'_>) -> Option<String> {
    let hex = hex?;
    if hex.ends_with("ff") {
        cx.diags.error(
            DiagKind::BadValue,
            s.span(),
            format!(
                "invalid hex string for UDP_CHECK {}: keepalived 2.2.7 cannot read a final byte ff",
                s.keyword.text
            ),
        );
        return None;
    }
    Some(hex)
}

fn udp(stmt: &Stmt, mut c: Common, cx: &mut Cx<'_>) -> Option<CheckerRaw> {
    let mut u = UdpCheck {
        payload: None,
        require_reply: false,
        reply: None,
        min_reply_length: 0,
        max_reply_length: 255,
    };
    for s in body(stmt, cx) {
        if c.keyword(s, true, cx) {
            continue;
        }
        let kw = s.keyword.text.as_str();
        match kw {
            "payload" => {
                if need(s, 0, "a hex string", cx).is_some() {
                    let v = value::hex_string(&s.args, false, cx);
                    u.payload = udp_hex(s, v, cx).or(u.payload.take());
                }
            }
            "require_reply" => {
                u.require_reply = true;
                if !s.args.is_empty() {
                    let v = value::hex_string(&s.args, true, cx);
                    u.reply = udp_hex(s, v, cx).or(u.reply.take());
                }
            }
            "min_reply_length" | "max_reply_length" => {
                if let Some(w) = need(s, 0, "a length", cx) {
                    if let Some(v) = value::uint(w, 0, 65535, cx) {
                        if kw == "min_reply_length" {
                            u.min_reply_length = v as u32;
                        } else {
                            u.max_reply_length = v as u32;
                        }
                    }
                }
            }
            _ => unknown(s, "UDP_CHECK", cx),
        }
    }
    if u.min_reply_length > u.max_reply_length {
        cx.diags.warning(
            DiagKind::Conflict,
            stmt.keyword.span,
            format!(
                "UDP_CHECK min_reply_length {} > max_reply_length {} - the check will always fail",
                u.min_reply_length, u.max_reply_length
            ),
        );
    }
    let conn = c.connect(stmt, cx);
    Some(c.raw(Checker::Udp {
        conn,
        udp: Box::new(u),
    }))
}
