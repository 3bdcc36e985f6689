//! Next-hop MAC addresses of real servers, from the kernel's neighbour table:
//! the real's own when it is on a connected network, else its gateway's (TUN
//! reals are often routed). A missing entry is asked for by sending one UDP
//! datagram to the real's discard port, which makes the kernel resolve the next
//! hop; then the table is read again.

use rvs_xdp::dataplane::NextHop;
use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::process::Command;
use std::time::{Duration, Instant};

/// How long to wait for the kernel to resolve all missing neighbours.
const RESOLVE_TIMEOUT: Duration = Duration::from_secs(3);

/// Next hops of `addrs` that could be resolved; the others are left out. A real
/// routed out of another interface than `dev` (the one XDP receives on) is sent
/// out of that interface.
pub fn resolve(addrs: &[IpAddr], dev: Option<&str>) -> BTreeMap<IpAddr, NextHop> {
    let mut found = BTreeMap::new();
    let deadline = Instant::now() + RESOLVE_TIMEOUT;
    let mut probed = false;
    loop {
        for a in addrs {
            if !found.contains_key(a) {
                if let Some(hop) = lookup(*a, dev) {
                    found.insert(*a, hop);
                }
            }
        }
        // Compare with the set: an address given twice is found once.
        if addrs.iter().all(|a| found.contains_key(a)) || Instant::now() >= deadline {
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

/// `addr`'s next hop, from `ip route get` and `ip neigh show`.
fn lookup(addr: IpAddr, dev: Option<&str>) -> Option<NextHop> {
    let route = ip(&["route", "get", &addr.to_string()])?;
    let hop = word_after(&route, "via")
        .and_then(|w| w.parse().ok())
        .unwrap_or(addr);
    let mac = parse(&ip(&["neigh", "show", &hop.to_string()])?)?;
    let out = match (word_after(&route, "dev"), dev) {
        (Some(out_dev), Some(dev)) if out_dev != dev => Some(interface(out_dev)?),
        _ => None,
    };
    Some(NextHop { mac, out })
}

/// An interface's index and MAC, from sysfs.
fn interface(name: &str) -> Option<(u32, [u8; 6])> {
    let dir = std::path::Path::new("/sys/class/net").join(name);
    let index = std::fs::read_to_string(dir.join("ifindex")).ok()?;
    let address = std::fs::read_to_string(dir.join("address")).ok()?;
    Some((index.trim().parse().ok()?, mac(address.trim())?))
}

fn ip(args: &[&str]) -> Option<String> {
    let out = Command::new("ip").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The word after `key` in `ip route get`'s answer (`via GW`, `dev IF`).
fn word_after<'a>(route: &'a str, key: &str) -> Option<&'a str> {
    let mut words = route.split_whitespace();
    words.find(|w| *w == key)?;
    words.next()
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
        let routed = "198.18.2.5 via 198.18.14.254 dev d1 src 198.18.14.2 uid 0 \n    cache \n";
        assert_eq!(word_after(routed, "via"), Some("198.18.14.254"));
        assert_eq!(word_after(routed, "dev"), Some("d1"));
        let direct = "198.18.14.3 dev d0 src 198.18.14.2 uid 0 \n    cache \n";
        assert_eq!(word_after(direct, "via"), None);
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
