//! What goes on an interface when an instance is MASTER (or at start, for the static
//! ones): addresses, routes and rules, as keepalived.conf's lines describe them, with
//! names already resolved to numbers. [`super::Netlink`] applies them.

use core::fmt;
use std::net::{IpAddr, Ipv4Addr};

/// An address with its prefix length (`198.18.0.0/24`, `2001:db8::/64`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefix {
    pub addr: IpAddr,
    pub len: u8,
}

impl Prefix {
    /// `ADDR[/LEN]`, the length defaulting to the full address; `None` if malformed or
    /// the length is too long for the family.
    pub fn parse(text: &str) -> Option<Prefix> {
        let (a, l) = match text.split_once('/') {
            Some((a, l)) => (a, Some(l)),
            None => (text, None),
        };
        let addr: IpAddr = a.parse().ok()?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let len = match l {
            Some(l) => l.parse().ok().filter(|l| *l <= max)?,
            None => max,
        };
        Some(Prefix { addr, len })
    }
}

impl fmt::Display for Prefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.len)
    }
}

/// Address flags of keepalived's address lines (IPv6 only, as in iproute2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AddressFlags {
    pub home: bool,
    /// Duplicate address detection; keepalived turns it off unless `-nodad` is given.
    pub dad: bool,
    pub noprefixroute: bool,
    pub mngtmpaddr: bool,
    pub autojoin: bool,
}

/// One address line of `virtual_ipaddress` (or `_excluded`, or `static_ipaddress`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub addr: IpAddr,
    pub prefix_len: u8,
    pub dev: String,
    pub brd: Option<Ipv4Addr>,
    pub peer: Option<IpAddr>,
    /// `RT_SCOPE_*`; 0 (global) when unset.
    pub scope: u8,
    pub label: Option<String>,
    pub flags: AddressFlags,
    /// Seconds; `None` is forever.
    pub preferred_lft: Option<u32>,
}

impl Address {
    /// An address with keepalived's defaults for everything but its place.
    pub fn new(addr: IpAddr, prefix_len: u8, dev: &str) -> Self {
        Address {
            addr,
            prefix_len,
            dev: dev.to_owned(),
            brd: None,
            peer: None,
            scope: 0,
            label: None,
            flags: AddressFlags::default(),
            preferred_lft: None,
        }
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{} dev {}", self.addr, self.prefix_len, self.dev)
    }
}

/// What a route does with what it matches (`RTN_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteKind {
    Unicast,
    Blackhole,
    Unreachable,
    Prohibit,
    Throw,
}

impl RouteKind {
    /// iproute2's name (`blackhole`, ...).
    pub fn from_name(name: &str) -> Option<RouteKind> {
        Some(match name {
            "unicast" => RouteKind::Unicast,
            "blackhole" => RouteKind::Blackhole,
            "unreachable" => RouteKind::Unreachable,
            "prohibit" => RouteKind::Prohibit,
            "throw" => RouteKind::Throw,
            _ => return None,
        })
    }
}

/// One line of `virtual_routes` / `static_routes`, in its common forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub kind: RouteKind,
    pub to: Prefix,
    pub src: Option<IpAddr>,
    pub via: Option<IpAddr>,
    pub dev: Option<String>,
    pub table: u32,
    pub metric: Option<u32>,
    /// `RT_SCOPE_*`; `None` is global, as keepalived leaves it.
    pub scope: Option<u8>,
    /// The gateway is on the link whatever the addresses say.
    pub onlink: bool,
    pub mtu: Option<u32>,
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} {}", self.kind, self.to)?;
        if let Some(v) = self.via {
            write!(f, " via {v}")?;
        }
        if let Some(d) = &self.dev {
            write!(f, " dev {d}")?;
        }
        write!(f, " table {}", self.table)
    }
}

/// What a rule does with what it matches (`FR_ACT_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleAction {
    Table(u32),
    Blackhole,
    Unreachable,
    Prohibit,
}

/// One line of `virtual_rules` / `static_rules`, in its common forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub ipv6: bool,
    pub from: Option<Prefix>,
    pub to: Option<Prefix>,
    pub priority: u32,
    /// Mark and mask (`fwmark 0x10/0xff`).
    pub fwmark: Option<(u32, Option<u32>)>,
    /// Input and output interfaces.
    pub iif: Option<String>,
    pub oif: Option<String>,
    pub action: RuleAction,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "priority {}", self.priority)?;
        if let Some(p) = self.from {
            write!(f, " from {p}")?;
        }
        if let Some(p) = self.to {
            write!(f, " to {p}")?;
        }
        write!(f, " {:?}", self.action)
    }
}

/// iproute2's scope names, or a number.
pub fn scope_number(name: &str) -> Option<u8> {
    Some(match name {
        "global" | "universe" => 0,
        "site" => 200,
        "link" => 253,
        "host" => 254,
        "nowhere" => 255,
        n => return n.parse().ok(),
    })
}

/// The built-in routing table names, or a number (decimal or 0x-hex, as iproute2).
pub fn table_number(name: &str) -> Option<u32> {
    Some(match name {
        "default" => 253,
        "main" => 254,
        "local" => 255,
        n => {
            return match n.strip_prefix("0x") {
                Some(h) => u32::from_str_radix(h, 16).ok(),
                None => n.parse().ok(),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_parse_with_family_defaults_and_bounds() {
        let p = Prefix::parse("198.18.5.0/24").expect("v4 prefix");
        assert_eq!(
            (p.addr, p.len),
            (IpAddr::V4(Ipv4Addr::new(198, 18, 5, 0)), 24)
        );
        assert_eq!(Prefix::parse("198.18.5.1").map(|p| p.len), Some(32));
        assert_eq!(Prefix::parse("2001:db8::1").map(|p| p.len), Some(128));
        assert_eq!(Prefix::parse("2001:db8::/129"), None);
        assert_eq!(Prefix::parse("198.18.5.0/33"), None);
        assert_eq!(Prefix::parse("default"), None);
    }

    #[test]
    fn names_resolve_as_iproute2_does() {
        assert_eq!(scope_number("link"), Some(253));
        assert_eq!(scope_number("7"), Some(7));
        assert_eq!(scope_number("galaxy"), None);
        assert_eq!(table_number("main"), Some(254));
        assert_eq!(table_number("100"), Some(100));
        assert_eq!(table_number("0x64"), Some(100));
        assert_eq!(table_number("isp2"), None);
        assert_eq!(
            RouteKind::from_name("blackhole"),
            Some(RouteKind::Blackhole)
        );
        assert_eq!(RouteKind::from_name("nat"), None);
    }
}
