//! The only addresses tests may use: 198.18.0.0/15 (RFC 2544 benchmarking) and
//! 2001:db8::/32 (RFC 3849 documentation). Anything else could collide with a real
//! network the machine is attached to.

use crate::Error;
use std::net::IpAddr;

/// Accepts `ADDR` or `ADDR/LEN` when the whole prefix lies inside a test range, so that
/// neither the address nor the connected route it creates leaves the range.
pub fn check_test_cidr(cidr: &str) -> Result<(), Error> {
    let refuse = |why| Error::Address {
        cidr: cidr.to_owned(),
        why,
    };
    let (addr, len) = match cidr.split_once('/') {
        Some((a, l)) => (a, Some(l)),
        None => (cidr, None),
    };
    let addr: IpAddr = addr.parse().map_err(|_| refuse("not an IP address"))?;
    let max = if addr.is_ipv4() { 32 } else { 128 };
    let len = match len {
        Some(l) => l.parse::<u8>().map_err(|_| refuse("bad prefix length"))?,
        None => max,
    };
    if len > max {
        return Err(refuse("prefix length too long"));
    }
    let inside = match addr {
        IpAddr::V4(a) => len >= 15 && a.octets()[0] == 198 && a.octets()[1] & 0xfe == 18,
        IpAddr::V6(a) => len >= 32 && a.segments()[0] == 0x2001 && a.segments()[1] == 0x0db8,
    };
    if inside {
        Ok(())
    } else {
        Err(refuse("outside 198.18.0.0/15 and 2001:db8::/32"))
    }
}

#[cfg(test)]
mod tests {
    use super::check_test_cidr;

    #[test]
    fn accepts_test_ranges() {
        for ok in [
            "198.18.0.1/24",
            "198.19.255.254/32",
            "198.18.0.0/15",
            "198.18.7.7",
            "2001:db8::1/64",
            "2001:db8:ffff::1/128",
            "2001:db8::/32",
        ] {
            assert!(check_test_cidr(ok).is_ok(), "{ok} refused");
        }
    }

    #[test]
    fn refuses_everything_else() {
        for bad in [
            "10.0.0.1/8",
            "198.17.255.255/32",
            "198.20.0.1/24",
            "198.18.0.1/14",
            "192.168.1.1",
            "127.0.0.1/8",
            "2001:db9::1/64",
            "2001:db8::1/31",
            "fe80::1/64",
            "198.18.0.1/33",
            "2001:db8::1/129",
            "not-an-address",
            "198.18.0.1/x",
            "",
        ] {
            assert!(check_test_cidr(bad).is_err(), "{bad} accepted");
        }
    }
}
