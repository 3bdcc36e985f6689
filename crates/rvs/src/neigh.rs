//! Next-hop MAC addresses of real servers, from the kernel's neighbour table:
//! the real's own when it is on a connected network, else its gateway's (TUN
//! reals are often routed). A missing entry is asked for by sending one UDP
//! datagram to the real's discard port, which makes the kernel resolve the next
//! hop; then the table is read again.

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::process::Command;
use std::time::{Duration, Instant};

/// How long to wait for the kernel to resolve all missing neighbours.
const RESOLVE_TIMEOUT: Duration = Duration::from_secs(3);

/// MACs of `addrs` that could be resolved; the others are left out.
pub fn resolve(addrs: &[IpAddr]) -> BTreeMap<IpAddr, [u8; 6]> {
    let mut found = BTreeMap::new();
    let deadline = Instant::now() + RESOLVE_TIMEOUT;
    let mut probed = false;
    loop {
        for a in addrs {
            if !found.contains_key(a) {
                if let Some(mac) = lookup(*a) {
                    found.insert(*a, mac);
                }
            }
        }
        if found.len() == addrs.len() || Instant::now() >= deadline {
            return found;
        }
        if !probed {
            for a in addrs.iter().filter(|a| !found.contains_key(a)) {
                probe(*a);
            }
            probed = true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn probe(addr: IpAddr) {
    let bind = match addr {
        IpAddr::V4(_) => SocketAddr::from(([0u8; 4], 0)),
        IpAddr::V6(_) => SocketAddr::from(([0u16; 8], 0)),
    };
    if let Ok(s) = UdpSocket::bind(bind) {
        // Unreachable or refused is fine: the datagram only triggers resolution.
        let _ = s.send_to(b"", SocketAddr::new(addr, 9));
    }
}

/// The MAC of `addr`'s next hop, from `ip route get` and `ip neigh show`.
fn lookup(addr: IpAddr) -> Option<[u8; 6]> {
    let route = ip(&["route", "get", &addr.to_string()])?;
    let hop = gateway(&route).unwrap_or(addr);
    parse(&ip(&["neigh", "show", &hop.to_string()])?)
}

fn ip(args: &[&str]) -> Option<String> {
    let out = Command::new("ip").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The `via` address of `ip route get`'s answer, if the route has a gateway.
fn gateway(route: &str) -> Option<IpAddr> {
    let words: Vec<&str> = route.split_whitespace().collect();
    let i = words.iter().position(|w| *w == "via")?;
    words.get(i + 1)?.parse().ok()
}

fn parse(text: &str) -> Option<[u8; 6]> {
    text.lines().find_map(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.iter().any(|w| *w == "FAILED" || *w == "INCOMPLETE") {
            return None;
        }
        let i = words.iter().position(|w| *w == "lladdr")?;
        mac(words.get(i + 1)?)
    })
}

fn mac(s: &str) -> Option<[u8; 6]> {
    let bytes: Vec<u8> = s
        .split(':')
        .map(|h| u8::from_str_radix(h, 16).ok())
        .collect::<Option<_>>()?;
    bytes.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routed_reals_resolve_through_their_gateway() {
        assert_eq!(
            gateway("198.18.2.5 via 198.18.14.254 dev d0 src 198.18.14.2 uid 0 \n    cache \n"),
            Some("198.18.14.254".parse().expect("v4"))
        );
        assert_eq!(
            gateway("198.18.14.3 dev d0 src 198.18.14.2 uid 0 \n    cache \n"),
            None
        );
    }

    #[test]
    fn reads_lladdr_and_ignores_failed_entries() {
        assert_eq!(
            parse("198.18.1.1 dev eth0 lladdr 02:00:0a:0b:0c:0d REACHABLE\n"),
            Some([2, 0, 0x0a, 0x0b, 0x0c, 0x0d])
        );
        assert_eq!(parse("198.18.1.1 dev eth0 FAILED\n"), None);
        assert_eq!(parse(""), None);
    }
}
