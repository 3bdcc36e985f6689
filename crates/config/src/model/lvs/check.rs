//! Health checkers of a real server, with effective timers.

use super::Script;
use crate::model::Secs;
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// One checker block inside a `real_server`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Checker {
    #[serde(rename = "TCP_CHECK")]
    Tcp {
        #[serde(flatten)]
        conn: Connect,
    },
    #[serde(rename = "HTTP_GET")]
    Http {
        #[serde(flatten)]
        conn: Connect,
        #[serde(flatten)]
        http: Box<HttpCheck>,
    },
    #[serde(rename = "SSL_GET")]
    Ssl {
        #[serde(flatten)]
        conn: Connect,
        #[serde(flatten)]
        http: Box<HttpCheck>,
    },
    #[serde(rename = "SMTP_CHECK")]
    Smtp {
        #[serde(flatten)]
        conn: Connect,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        helo_name: Option<String>,
        /// `host { … }` sub-blocks: further endpoints checked in turn. A
        /// boxed slice, not a `Vec`: it keeps every `Checker` within a
        /// smaller allocation size (160 bytes, not 192).
        #[serde(skip_serializing_if = "<[_]>::is_empty", default)]
        hosts: Box<[Endpoint]>,
    },
    #[serde(rename = "DNS_CHECK")]
    Dns {
        #[serde(flatten)]
        conn: Connect,
        #[serde(rename = "query_type")]
        kind: DnsType,
        name: String,
    },
    #[serde(rename = "MISC_CHECK")]
    Misc {
        #[serde(flatten)]
        timers: Timers,
        misc_path: Script,
        /// The checker's `delay_loop` when not given.
        misc_timeout: Secs,
        misc_dynamic: bool,
    },
    #[serde(rename = "UDP_CHECK")]
    Udp {
        #[serde(flatten)]
        conn: Connect,
        #[serde(flatten)]
        udp: Box<UdpCheck>,
    },
    #[serde(rename = "PING_CHECK")]
    Ping {
        #[serde(flatten)]
        conn: Connect,
    },
    #[serde(rename = "FILE_CHECK")]
    File {
        /// Name of a top-level `track_file` block.
        track_file: String,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        weight: Option<i32>,
        reverse: bool,
    },
    #[serde(rename = "BFD_CHECK")]
    Bfd { name: String },
}

impl Checker {
    pub fn keyword(&self) -> &'static str {
        match self {
            Checker::Tcp { .. } => "TCP_CHECK",
            Checker::Http { .. } => "HTTP_GET",
            Checker::Ssl { .. } => "SSL_GET",
            Checker::Smtp { .. } => "SMTP_CHECK",
            Checker::Dns { .. } => "DNS_CHECK",
            Checker::Misc { .. } => "MISC_CHECK",
            Checker::Udp { .. } => "UDP_CHECK",
            Checker::Ping { .. } => "PING_CHECK",
            Checker::File { .. } => "FILE_CHECK",
            Checker::Bfd { .. } => "BFD_CHECK",
        }
    }

    /// The timers of checkers that poll (all but FILE_CHECK and BFD_CHECK).
    pub fn timers(&self) -> Option<&Timers> {
        match self {
            Checker::Tcp { conn }
            | Checker::Http { conn, .. }
            | Checker::Ssl { conn, .. }
            | Checker::Smtp { conn, .. }
            | Checker::Dns { conn, .. }
            | Checker::Udp { conn, .. }
            | Checker::Ping { conn } => Some(&conn.timers),
            Checker::Misc { timers, .. } => Some(timers),
            Checker::File { .. } | Checker::Bfd { .. } => None,
        }
    }
}

/// Where a checker connects and from where; unset means the real server's
/// address and port, and the kernel's choice of source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Endpoint {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub connect_ip: Option<IpAddr>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub connect_port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub bindto: Option<IpAddr>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub bind_port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub bind_if: Option<String>,
    /// Mark set on the checker's packets.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub fwmark: Option<u32>,
}

/// The options every polling checker has: an endpoint and timers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Connect {
    #[serde(flatten)]
    pub endpoint: Endpoint,
    #[serde(flatten)]
    pub timers: Timers,
}

/// Effective timers: checker, else real server, else virtual server, else the
/// checker type's default.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Timers {
    pub connect_timeout: Secs,
    pub retry: u32,
    pub delay_before_retry: Secs,
    /// Upper bound of the random delay before the first check.
    pub warmup: Secs,
    pub delay_loop: Secs,
    pub alpha: bool,
    pub log_all_failures: bool,
}

/// HTTP_GET and SSL_GET.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HttpCheck {
    pub http_protocol: HttpProtocol,
    /// Checker, else real server, else virtual server `virtualhost`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub virtualhost: Option<String>,
    pub enable_sni: bool,
    pub fast_recovery: bool,
    pub urls: Vec<Url>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HttpProtocol {
    #[serde(rename = "1.0")]
    V1_0,
    /// 1.0 with `Connection: close`.
    #[serde(rename = "1.0C")]
    V1_0C,
    #[serde(rename = "1.1")]
    V1_1,
}

impl HttpProtocol {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpProtocol::V1_0 => "1.0",
            HttpProtocol::V1_0C => "1.0C",
            HttpProtocol::V1_1 => "1.1",
        }
    }
}

/// `url { … }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Url {
    pub path: String,
    /// MD5 of the body, lower-case hex.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub digest: Option<String>,
    /// Accepted status codes; 200-299 when not given.
    pub status_code: Vec<StatusRange>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub virtualhost: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub regex: Option<String>,
    pub regex_no_match: bool,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub regex_options: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub regex_min_offset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub regex_max_offset: Option<u64>,
    /// JIT stack start and maximum sizes.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub regex_stack: Option<[u64; 2]>,
}

/// An inclusive range of HTTP status codes (`200` is `200-200`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StatusRange {
    pub from: u16,
    pub to: u16,
}

impl StatusRange {
    pub const DEFAULT: StatusRange = StatusRange { from: 200, to: 299 };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DnsType {
    A,
    NS,
    CNAME,
    SOA,
    MX,
    TXT,
    AAAA,
}

impl DnsType {
    pub const ALL: [DnsType; 7] = [
        DnsType::A,
        DnsType::NS,
        DnsType::CNAME,
        DnsType::SOA,
        DnsType::MX,
        DnsType::TXT,
        DnsType::AAAA,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DnsType::A => "A",
            DnsType::NS => "NS",
            DnsType::CNAME => "CNAME",
            DnsType::SOA => "SOA",
            DnsType::MX => "MX",
            DnsType::TXT => "TXT",
            DnsType::AAAA => "AAAA",
        }
    }
}

/// UDP_CHECK's payload and reply rules. Hex strings are normalised to
/// lower-case byte pairs; in `reply`, `x` stands for a nibble not compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UdpCheck {
    /// Random data when unset.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub payload: Option<String>,
    pub require_reply: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reply: Option<String>,
    pub min_reply_length: u32,
    pub max_reply_length: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each real server's checkers are one allocation; a big configuration
    /// has a hundred thousand of them, and the allocator rounds 161 bytes up
    /// to 192.
    #[test]
    fn a_checker_fits_a_160_byte_allocation() {
        assert!(std::mem::size_of::<Checker>() <= 160);
    }
}
