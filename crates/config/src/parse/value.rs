//! Value parsers shared by every block. Each reports a diagnostic at the word
//! and returns `None` when the value is unusable.

use crate::diagnostic::DiagKind;
use crate::parse::Cx;
use crate::tree::{Stmt, Word};
use std::net::IpAddr;

/// The `i`th argument, or a "missing value" error at the keyword.
pub fn need<'s>(stmt: &'s Stmt, i: usize, what: &str, cx: &mut Cx<'_>) -> Option<&'s Word> {
    let w = stmt.arg(i);
    if w.is_none() {
        cx.diags.error(
            DiagKind::MissingValue,
            stmt.span(),
            format!("'{}' needs {what}", stmt.keyword.text),
        );
    }
    w
}

/// An unsigned integer in `[min, max]`.
pub fn uint(w: &Word, min: u64, max: u64, cx: &mut Cx<'_>) -> Option<u64> {
    ranged(w, min, max, cx)
}

/// A number of type `T` in `[min, max]`.
fn ranged<T>(w: &Word, min: T, max: T, cx: &mut Cx<'_>) -> Option<T>
where
    T: std::str::FromStr + PartialOrd + std::fmt::Display,
{
    match w.text.parse::<T>() {
        Ok(v) if v >= min && v <= max => Some(v),
        Ok(_) => {
            cx.diags.error(
                DiagKind::BadValue,
                w.span,
                format!("'{}' is outside [{min}, {max}]", w.text),
            );
            None
        }
        Err(_) => {
            cx.diags.error(
                DiagKind::BadValue,
                w.span,
                format!("'{}' is not a number", w.text),
            );
            None
        }
    }
}

/// A decimal number of seconds in `[min, max]`, as microseconds (keepalived's
/// timer resolution).
pub fn seconds_us(w: &Word, min: f64, max: f64, cx: &mut Cx<'_>) -> Option<u64> {
    match w.text.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= min && v <= max => Some((v * 1_000_000.0).round() as u64),
        Ok(_) => {
            cx.diags.error(
                DiagKind::BadValue,
                w.span,
                format!("'{}' is outside [{min}, {max}] seconds", w.text),
            );
            None
        }
        Err(_) => {
            cx.diags.error(
                DiagKind::BadValue,
                w.span,
                format!("'{}' is not a number of seconds", w.text),
            );
            None
        }
    }
}

/// keepalived's booleans: `true/false`, `on/off`, `yes/no`; a keyword alone means true.
pub fn boolean(stmt: &Stmt, cx: &mut Cx<'_>) -> Option<bool> {
    let Some(w) = stmt.arg(0) else {
        return Some(true);
    };
    match w.text.to_ascii_lowercase().as_str() {
        "true" | "on" | "yes" => Some(true),
        "false" | "off" | "no" => Some(false),
        _ => {
            cx.diags.error(
                DiagKind::BadValue,
                w.span,
                format!("'{}' is not a boolean (true/false, on/off, yes/no)", w.text),
            );
            None
        }
    }
}

/// An IPv4 or IPv6 address.
pub fn ip(w: &Word, cx: &mut Cx<'_>) -> Option<IpAddr> {
    match w.text.parse::<IpAddr>() {
        Ok(a) => Some(a),
        Err(_) => {
            cx.diags.error(
                DiagKind::BadValue,
                w.span,
                format!("'{}' is not an IP address", w.text),
            );
            None
        }
    }
}

// --- lvs side

/// A TCP/UDP port, 1-65535.
pub fn port(w: &Word, cx: &mut Cx<'_>) -> Option<u16> {
    uint(w, 1, 65535, cx).map(|p| p as u16)
}

/// A keepalived timer (decimal seconds, at least a microsecond).
pub fn timer(w: &Word, max: f64, cx: &mut Cx<'_>) -> Option<crate::model::Secs> {
    seconds_us(w, 0.000_001, max, cx).map(crate::model::Secs)
}

/// keepalived's free-format hex string (`Ab12f 3 456` is `ab 12 0f 03 45 06`):
/// each word is read in pairs of digits, a last odd digit being the low nibble
/// of a byte of its own. `wild` also allows `x`/`X` (a nibble not compared).
/// Returns the normalised lower-case pairs.
pub fn hex_string(words: &[Word], wild: bool, cx: &mut Cx<'_>) -> Option<String> {
    let mut out = String::new();
    for w in words {
        let ok = w
            .text
            .chars()
            .all(|c| c.is_ascii_hexdigit() || (wild && (c == 'x' || c == 'X')));
        if !ok {
            cx.diags.error(
                DiagKind::BadValue,
                w.span,
                format!("'{}' is not a hex string", w.text),
            );
            return None;
        }
        let lower = w.text.to_ascii_lowercase();
        let digits = lower.as_bytes();
        for pair in digits.chunks(2) {
            if pair.len() == 1 {
                out.push('0');
            }
            out.extend(pair.iter().map(|&b| b as char));
        }
    }
    Some(out)
}

/// An address as keepalived reads a server's: anything from a `-` or `/` on
/// is ignored (`10.0.0.2-5` is 10.0.0.2), which rvs notes.
pub fn server_ip(w: &Word, cx: &mut Cx<'_>) -> Option<IpAddr> {
    if let Ok(a) = w.text.parse::<IpAddr>() {
        return Some(a);
    }
    let cut = w.text.find(['-', '/']);
    match cut.and_then(|i| w.text[..i].parse::<IpAddr>().ok()) {
        Some(a) => {
            cx.diags.note(
                DiagKind::BadValue,
                w.span,
                format!(
                    "keepalived ignores what follows the address in '{}': using {a}",
                    w.text
                ),
            );
            Some(a)
        }
        None => ip(w, cx),
    }
}

// --- vrrp side

/// A signed integer in `[min, max]`.
pub fn int(w: &Word, min: i64, max: i64, cx: &mut Cx<'_>) -> Option<i64> {
    ranged(w, min, max, cx)
}

/// Every word of a block of names (`notification_email { a b }`, `group { ... }`).
pub fn block_words(stmt: &Stmt) -> Vec<String> {
    stmt.block
        .iter()
        .flat_map(|b| &b.body)
        .flat_map(|s| std::iter::once(&s.keyword).chain(&s.args))
        .map(|w| w.text.to_string())
        .collect()
}

/// `ADDR[/LEN]`: the address and the prefix length (the full length when absent).
pub fn ip_prefix(w: &Word, cx: &mut Cx<'_>) -> Option<(IpAddr, u8)> {
    let (a, len) = match w.text.split_once('/') {
        Some((a, l)) => (a, Some(l)),
        None => (w.text.as_str(), None),
    };
    let Ok(addr) = a.parse::<IpAddr>() else {
        cx.diags.error(
            DiagKind::BadValue,
            w.span,
            format!("'{}' is not an IP address", w.text),
        );
        return None;
    };
    let max = if addr.is_ipv4() { 32 } else { 128 };
    let len = match len {
        None => max,
        Some(l) => match l.parse::<u8>() {
            Ok(l) if l <= max => l,
            _ => {
                cx.diags.error(
                    DiagKind::BadValue,
                    w.span,
                    format!("'{}': prefix length must be in [0, {max}]", w.text),
                );
                return None;
            }
        },
    };
    Some((addr, len))
}
