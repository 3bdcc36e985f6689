//! What the checkers are told to do: services, real servers and checkers, mirroring
//! keepalived's `virtual_server` / `real_server` / `*_CHECK` keywords.
//!
//! Optional fields are `None` when the keyword was absent; the keepalived defaults are
//! resolved in one place ([`CheckerSpec::timing`]) because they depend on the checker type
//! and on the enclosing virtual and real server.

use std::net::{IpAddr, SocketAddr};
use std::ops::RangeInclusive;
use std::time::Duration;

/// keepalived's `BOOTSTRAP_DELAY`: the first check of every checker waits this long plus a
/// random part of `warmup`.
pub const BOOTSTRAP_DELAY: Duration = Duration::from_secs(1);
/// keepalived's default `delay_loop`.
pub const DEFAULT_DELAY_LOOP: Duration = Duration::from_secs(60);
/// keepalived's default `connect_timeout`.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How often a FILE_CHECK reads its file.
pub const FILE_POLL: Duration = Duration::from_secs(1);
/// IPVS's largest weight; effective weights are clamped to `0..=IPVS_WEIGHT_MAX`.
pub const IPVS_WEIGHT_MAX: u32 = 65535;

/// A command run on a transition (`notify_up`, `quorum_down`, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Script {
    /// The command line, split by the shell driver as keepalived does (no shell).
    pub command: String,
    pub user: Option<String>,
    pub group: Option<String>,
}

impl Script {
    pub fn new(command: impl Into<String>) -> Self {
        Script {
            command: command.into(),
            user: None,
            group: None,
        }
    }
}

/// Timing keywords, valid at virtual_server, real_server and checker level; the innermost
/// one that is set wins.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimingSpec {
    pub delay_loop: Option<Duration>,
    pub connect_timeout: Option<Duration>,
    pub retry: Option<u32>,
    pub delay_before_retry: Option<Duration>,
    pub warmup: Option<Duration>,
    pub alpha: Option<bool>,
}

impl TimingSpec {
    /// `self` where set, else `outer`.
    pub fn or(&self, outer: &TimingSpec) -> TimingSpec {
        TimingSpec {
            delay_loop: self.delay_loop.or(outer.delay_loop),
            connect_timeout: self.connect_timeout.or(outer.connect_timeout),
            retry: self.retry.or(outer.retry),
            delay_before_retry: self.delay_before_retry.or(outer.delay_before_retry),
            warmup: self.warmup.or(outer.warmup),
            alpha: self.alpha.or(outer.alpha),
        }
    }
}

/// The resolved schedule of one checker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub delay_loop: Duration,
    /// How long one probe may take before it counts as failed.
    pub probe_timeout: Duration,
    pub retry: u32,
    pub delay_before_retry: Duration,
    pub warmup: Duration,
    pub alpha: bool,
}

/// `virtual_server`: the options the checkers need.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceSpec {
    /// For logs and reports, e.g. `198.18.0.1:80` or `FWM 7`.
    pub name: String,
    pub timing: TimingSpec,
    pub omega: bool,
    pub inhibit_on_failure: bool,
    /// Minimum total weight of the live real servers (default 1).
    pub quorum: u32,
    pub hysteresis: u32,
    pub quorum_up: Option<Script>,
    pub quorum_down: Option<Script>,
    pub sorry_server: Option<SorryServerSpec>,
    /// Suspend the checkers while the virtual address is not configured.
    pub ha_suspend: bool,
    /// Default `virtualhost` of HTTP_GET / SSL_GET.
    pub virtualhost: Option<String>,
    pub reals: Vec<RealSpec>,
}

impl ServiceSpec {
    pub fn new(name: impl Into<String>) -> Self {
        ServiceSpec {
            name: name.into(),
            timing: TimingSpec::default(),
            omega: false,
            inhibit_on_failure: false,
            quorum: 1,
            hysteresis: 0,
            quorum_up: None,
            quorum_down: None,
            sorry_server: None,
            ha_suspend: false,
            virtualhost: None,
            reals: Vec::new(),
        }
    }
}

/// `sorry_server ADDR [PORT]` with `sorry_server_inhibit`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SorryServerSpec {
    pub addr: SocketAddr,
    pub weight: u32,
    pub inhibit: bool,
}

/// `real_server`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealSpec {
    pub addr: SocketAddr,
    /// Configured weight (default 1).
    pub weight: u32,
    pub timing: TimingSpec,
    /// `None`: inherited from the virtual server.
    pub inhibit_on_failure: Option<bool>,
    pub notify_up: Option<Script>,
    pub notify_down: Option<Script>,
    pub virtualhost: Option<String>,
    pub checkers: Vec<CheckerSpec>,
}

impl RealSpec {
    pub fn new(addr: SocketAddr) -> Self {
        RealSpec {
            addr,
            weight: 1,
            timing: TimingSpec::default(),
            inhibit_on_failure: None,
            notify_up: None,
            notify_down: None,
            virtualhost: None,
            checkers: Vec::new(),
        }
    }
}

/// Connection options shared by the network checkers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConnSpec {
    pub connect_ip: Option<IpAddr>,
    pub connect_port: Option<u16>,
    pub bindto: Option<IpAddr>,
    pub bind_port: Option<u16>,
    pub bind_if: Option<String>,
    /// SO_MARK on the checker's packets.
    pub fwmark: Option<u32>,
}

/// One `*_CHECK` block.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckerSpec {
    pub kind: CheckKind,
    pub conn: ConnSpec,
    pub timing: TimingSpec,
}

impl CheckerSpec {
    pub fn new(kind: CheckKind) -> Self {
        CheckerSpec {
            kind,
            conn: ConnSpec::default(),
            timing: TimingSpec::default(),
        }
    }

    /// keepalived's defaults, innermost setting first: checker, real server, virtual
    /// server. `delay_before_retry` defaults to 3 s for HTTP/SSL, `delay_loop` for DNS and
    /// 1 s otherwise; `retry` to 3 for DNS, 0 for MISC and 1 otherwise; `warmup` to
    /// `delay_loop`; a MISC_CHECK's probe timeout is `misc_timeout`, else `delay_loop`.
    ///
    /// FILE_CHECK takes none of these (keepalived watches the file with inotify): it is
    /// read every [`FILE_POLL`], from the start, and one bad value is enough.
    pub fn timing(&self, real: &RealSpec, service: &ServiceSpec) -> Timing {
        if let CheckKind::File(_) = self.kind {
            return Timing {
                delay_loop: FILE_POLL,
                probe_timeout: FILE_POLL,
                retry: 0,
                delay_before_retry: FILE_POLL,
                warmup: Duration::ZERO,
                alpha: false,
            };
        }
        let t = self.timing.or(&real.timing).or(&service.timing);
        let delay_loop = t.delay_loop.unwrap_or(DEFAULT_DELAY_LOOP);
        let default_dbr = match self.kind {
            CheckKind::Http(_) | CheckKind::Ssl(_) => Duration::from_secs(3),
            CheckKind::Dns(_) => delay_loop,
            _ => Duration::from_secs(1),
        };
        let default_retry = match self.kind {
            CheckKind::Dns(_) => 3,
            CheckKind::Misc(_) => 0,
            _ => 1,
        };
        let probe_timeout = match &self.kind {
            CheckKind::Misc(m) => m.timeout.unwrap_or(delay_loop),
            _ => t.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT),
        };
        Timing {
            delay_loop,
            probe_timeout,
            retry: t.retry.unwrap_or(default_retry),
            delay_before_retry: t.delay_before_retry.unwrap_or(default_dbr),
            warmup: t.warmup.unwrap_or(delay_loop),
            alpha: t.alpha.unwrap_or(false),
        }
    }

    /// Where the probe connects: `connect_ip`/`connect_port`, else the real server's.
    pub fn target(&self, real: &RealSpec) -> SocketAddr {
        SocketAddr::new(
            self.conn.connect_ip.unwrap_or(real.addr.ip()),
            self.conn.connect_port.unwrap_or(real.addr.port()),
        )
    }
}

/// The checker types and their own keywords.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckKind {
    Tcp,
    Http(HttpSpec),
    /// SSL_GET: HTTP_GET over TLS.
    Ssl(HttpSpec),
    Smtp(SmtpSpec),
    Dns(DnsSpec),
    Misc(MiscSpec),
    Udp(UdpSpec),
    Ping,
    File(FileSpec),
}

impl CheckKind {
    /// The keepalived keyword, for logs.
    pub fn keyword(&self) -> &'static str {
        match self {
            CheckKind::Tcp => "TCP_CHECK",
            CheckKind::Http(_) => "HTTP_GET",
            CheckKind::Ssl(_) => "SSL_GET",
            CheckKind::Smtp(_) => "SMTP_CHECK",
            CheckKind::Dns(_) => "DNS_CHECK",
            CheckKind::Misc(_) => "MISC_CHECK",
            CheckKind::Udp(_) => "UDP_CHECK",
            CheckKind::Ping => "PING_CHECK",
            CheckKind::File(_) => "FILE_CHECK",
        }
    }
}

/// `http_protocol`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HttpProtocol {
    /// `1.0`: no Connection header.
    Http10,
    /// `1.0C`: 1.0 with `Connection: close`.
    Http10Close,
    /// `1.1` (keepalived's default), always with `Connection: close`.
    #[default]
    Http11,
}

/// HTTP_GET / SSL_GET.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpSpec {
    pub protocol: HttpProtocol,
    pub urls: Vec<UrlSpec>,
    /// Checker-level `virtualhost`, overriding the real and virtual server's.
    pub virtualhost: Option<String>,
    /// `fast_recovery`: no delay between URLs while coming up.
    pub fast_recovery: bool,
    /// SSL_GET `enable_sni`.
    pub enable_sni: bool,
    /// SSL_GET: verify the server certificate against these CA certificates (PEM file);
    /// none means no verification, as keepalived.
    pub ca_file: Option<std::path::PathBuf>,
}

/// `url { }`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UrlSpec {
    pub path: String,
    /// Lower-case hex MD5 of the body.
    pub digest: Option<String>,
    /// Accepted status codes; empty means 200-299.
    pub status_codes: Vec<RangeInclusive<u16>>,
    pub virtualhost: Option<String>,
    pub regex: Option<String>,
    pub regex_no_match: bool,
    pub regex_options: RegexOptions,
}

/// How a `url`'s `regex` is matched against the body: keepalived's PCRE2 `regex_options`
/// that change what matches, and `regex_min_offset` / `regex_max_offset`.
///
/// Not carried, because they change nothing here: `ungreedy` and `no_auto_capture`
/// (which text matches, not whether something does), the options that only tune PCRE2
/// (`auto_callout`, `no_auto_possess`, `no_dotstar_anchor`, `no_start_optimize`,
/// `never_utf`, `never_ucp`, `never_backslash_c`, `use_offset_limit`) and `regex_stack`
/// (PCRE2's JIT stack; the `regex` crate needs none). Not honoured, because the `regex` crate has no equivalent: `allow_empty_class`,
/// `alt_bsux`, `alt_verbnames`, `dupnames`, `match_unset_backref` (patterns needing them
/// do not compile, and the probe fails) and `alt_circumflex` (`^` after a final newline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegexOptions {
    pub caseless: bool,
    /// `.` matches `\n` too.
    pub dotall: bool,
    /// `^` and `$` match at line boundaries.
    pub multiline: bool,
    /// Whitespace and `#` comments in the pattern are ignored.
    pub extended: bool,
    /// `utf` / `ucp`: Unicode characters and classes; else bytes and ASCII classes.
    pub unicode: bool,
    /// `$` matches only at the very end, not before a final newline.
    pub dollar_endonly: bool,
    /// The match must start on the first line (from `min_offset`).
    pub firstline: bool,
    /// Matching starts this far into the body (earlier bytes are only context).
    pub min_offset: usize,
    /// The match must start at or before this offset.
    pub max_offset: Option<usize>,
}

impl RegexOptions {
    /// Sets the PCRE2 option keepalived calls `name`; names it does not know, or that
    /// change nothing here, are ignored (as keepalived ignores unknown ones).
    pub fn set(&mut self, name: &str) {
        let flag = match name {
            "caseless" => &mut self.caseless,
            "dotall" => &mut self.dotall,
            "multiline" => &mut self.multiline,
            "extended" => &mut self.extended,
            "utf" | "ucp" => &mut self.unicode,
            "dollar_endonly" => &mut self.dollar_endonly,
            "firstline" => &mut self.firstline,
            _ => return,
        };
        *flag = true;
    }
}

impl UrlSpec {
    pub fn new(path: impl Into<String>) -> Self {
        UrlSpec {
            path: path.into(),
            ..UrlSpec::default()
        }
    }

    pub fn status_ok(&self, status: u16) -> bool {
        if self.status_codes.is_empty() {
            return (200..=299).contains(&status);
        }
        self.status_codes.iter().any(|r| r.contains(&status))
    }
}

/// SMTP_CHECK.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SmtpSpec {
    pub helo_name: Option<String>,
}

/// DNS_CHECK.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DnsSpec {
    /// Query type (`SOA` by default): A, NS, CNAME, SOA, MX, TXT, AAAA.
    pub qtype: String,
    pub name: String,
}

impl Default for DnsSpec {
    fn default() -> Self {
        DnsSpec {
            qtype: "SOA".into(),
            name: ".".into(),
        }
    }
}

/// MISC_CHECK.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MiscSpec {
    pub path: Script,
    /// `misc_timeout`; `delay_loop` when absent.
    pub timeout: Option<Duration>,
    /// `misc_dynamic`: exit codes 2-255 set the weight to code - 2.
    pub dynamic: bool,
}

/// UDP_CHECK.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UdpSpec {
    pub payload: Option<Vec<u8>>,
    /// `require_reply [HEX]`: `Some(empty)` needs any reply; nibbles given as X match
    /// anything (mask 0 in the second vector).
    pub require_reply: Option<(Vec<u8>, Vec<u8>)>,
    pub min_reply_length: usize,
    pub max_reply_length: usize,
}

/// FILE_CHECK: the tracked file's value as status and, with `dynamic`, weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileSpec {
    pub path: std::path::PathBuf,
    pub weight: i64,
    pub reverse: bool,
    pub dynamic: bool,
}
