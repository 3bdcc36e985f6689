//! `virtual_server_group NAME { ADDR[-END] [PORT]; ADDR/LEN [PORT]; fwmark N }`.

use super::{body, Cx};
use crate::diagnostic::DiagKind;
use crate::model::lvs::{GroupAddress, GroupFwmark, IpFamily, VirtualServerGroup};
use crate::parse::value::{self, need};
use crate::tree::{Stmt, Word};
use std::net::IpAddr;

pub(super) fn parse(stmt: &Stmt, cx: &mut Cx<'_>) -> Option<VirtualServerGroup> {
    let name = need(stmt, 0, "a name", cx)?;
    let mut g = VirtualServerGroup {
        name: name.text.to_string(),
        addresses: Vec::new(),
        fwmarks: Vec::new(),
    };
    for s in body(stmt, cx) {
        if s.keyword.text == "fwmark" {
            let Some(w) = need(s, 0, "a firewall mark", cx) else {
                continue;
            };
            let Some(m) = value::uint(w, 0, u32::MAX as u64, cx) else {
                continue;
            };
            let family = match s.arg(1).map(|w| (w, w.text.as_str())) {
                None => None,
                Some((_, "inet")) => Some(IpFamily::Inet),
                Some((_, "inet6")) => Some(IpFamily::Inet6),
                Some((w, _)) => {
                    cx.diags.error(
                        DiagKind::BadValue,
                        w.span,
                        format!("unknown address family '{}' (inet or inet6)", w.text),
                    );
                    continue;
                }
            };
            g.fwmarks.push(GroupFwmark {
                fwmark: m as u32,
                family,
            });
            continue;
        }
        let Some((address, range_end)) = range(&s.keyword, cx) else {
            continue;
        };
        // A /32 (or /128) is a single address.
        let range_end = range_end.filter(|e| *e != address);
        let port = match s.arg(0) {
            Some(p) => match value::port(p, cx) {
                Some(p) => p,
                None => continue,
            },
            None => 0,
        };
        g.addresses.push(GroupAddress {
            address,
            range_end,
            port,
        });
    }
    // A fwmark without a family takes the group's; it has none when both appear.
    let v4 = g.addresses.iter().any(|a| a.address.is_ipv4())
        || g.fwmarks.iter().any(|f| f.family == Some(IpFamily::Inet));
    let v6 = g.addresses.iter().any(|a| a.address.is_ipv6())
        || g.fwmarks.iter().any(|f| f.family == Some(IpFamily::Inet6));
    if v4 && v6 && g.fwmarks.iter().any(|f| f.family.is_none()) {
        cx.diags.warning(
            DiagKind::Conflict,
            stmt.span(),
            format!("virtual_server_group {} cannot have IPv4, IPv6 and fwmark without family - removing", g.name),
        );
        return None;
    }
    if g.addresses.is_empty() && g.fwmarks.is_empty() {
        cx.diags.warning(
            DiagKind::MissingValue,
            stmt.span(),
            format!("virtual_server_group {} has no entries - removing", g.name),
        );
        return None;
    }
    Some(g)
}

fn bad(w: &Word, why: &str, cx: &mut Cx<'_>) {
    cx.diags.error(
        DiagKind::BadValue,
        w.span,
        format!("invalid address range '{}': {why}", w.text),
    );
}

/// `A`, `A-N` (last byte, or last 16-bit group in hex for IPv6), `A-B`, `A/LEN`.
fn range(w: &Word, cx: &mut Cx<'_>) -> Option<(IpAddr, Option<IpAddr>)> {
    let text = w.text.as_str();
    if let Some((a, len)) = text.split_once('/') {
        let Ok(addr) = a.parse::<IpAddr>() else {
            bad(w, "not an address", cx);
            return None;
        };
        return match (addr, len.parse::<u8>()) {
            (IpAddr::V4(v4), Ok(l)) if l <= 32 => {
                let mask = u32::MAX.checked_shl(32 - l as u32).unwrap_or(0);
                let first = u32::from(v4) & mask;
                Some((
                    IpAddr::V4(first.into()),
                    Some(IpAddr::V4((first | !mask).into())),
                ))
            }
            (IpAddr::V6(v6), Ok(l)) if l <= 128 => {
                let mask = u128::MAX.checked_shl(128 - l as u32).unwrap_or(0);
                let first = u128::from(v6) & mask;
                Some((
                    IpAddr::V6(first.into()),
                    Some(IpAddr::V6((first | !mask).into())),
                ))
            }
            _ => {
                bad(w, "bad prefix length", cx);
                None
            }
        };
    }
    let Some((a, end)) = text.split_once('-') else {
        return value::ip(w, cx).map(|a| (a, None));
    };
    let Ok(first) = a.parse::<IpAddr>() else {
        bad(w, "not an address", cx);
        return None;
    };
    let last = if let Ok(full) = end.parse::<IpAddr>() {
        full
    } else {
        match first {
            IpAddr::V4(v4) => match end.parse::<u32>() {
                Ok(n) if n <= 255 => IpAddr::V4(((u32::from(v4) & !0xff) | n).into()),
                _ => {
                    bad(w, "the end must be a number up to 255", cx);
                    return None;
                }
            },
            IpAddr::V6(v6) => match u32::from_str_radix(end, 16) {
                Ok(n) if n <= 0xffff => IpAddr::V6(((u128::from(v6) & !0xffff) | n as u128).into()),
                _ => {
                    bad(w, "the end must be a hex number up to ffff", cx);
                    return None;
                }
            },
        }
    };
    let ordered = match (first, last) {
        (IpAddr::V4(f), IpAddr::V4(l)) => u32::from(l) > u32::from(f),
        (IpAddr::V6(f), IpAddr::V6(l)) => u128::from(l) > u128::from(f),
        _ => {
            bad(w, "the two ends are of different families", cx);
            return None;
        }
    };
    if !ordered {
        bad(w, "the end is not greater than the start", cx);
        return None;
    }
    Some((first, Some(last)))
}
