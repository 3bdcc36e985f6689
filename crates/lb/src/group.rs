//! Expansion of a `virtual_server_group` into the services it stands for.

use serde::{Deserialize, Serialize};
use std::net::IpAddr;

use crate::service::{Family, Protocol, ServiceKey};

/// Most services one address range may expand to; keepalived ranges only vary the last
/// octet (v4) or group (v6), so real configurations stay far below.
pub const MAX_RANGE: u128 = 65_536;

/// One line of a `virtual_server_group`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupEntry {
    /// `VIP PORT`, or `VIP-END PORT` for the inclusive range `first..=last`.
    Addr {
        first: IpAddr,
        last: IpAddr,
        port: u16,
    },
    /// `fwmark N`.
    Fwmark(u32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GroupError {
    /// The two ends of a range are of different families.
    MixedFamily { first: IpAddr, last: IpAddr },
    /// The range ends before it starts.
    Reversed { first: IpAddr, last: IpAddr },
    /// The range holds more than [`MAX_RANGE`] addresses.
    TooLarge { first: IpAddr, last: IpAddr },
}

impl std::fmt::Display for GroupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GroupError::MixedFamily { first, last } => {
                write!(f, "range {first}-{last} mixes IPv4 and IPv6")
            }
            GroupError::Reversed { first, last } => write!(f, "range {first}-{last} is reversed"),
            GroupError::TooLarge { first, last } => {
                write!(
                    f,
                    "range {first}-{last} has more than {MAX_RANGE} addresses"
                )
            }
        }
    }
}

impl std::error::Error for GroupError {}

/// The service keys of a group used by a virtual server of `protocol`, in entry order,
/// each once. Fwmark entries take `fwmark_family`, the family of the group's reals.
pub fn expand_group(
    entries: &[GroupEntry],
    protocol: Protocol,
    fwmark_family: Family,
) -> Result<Vec<ServiceKey>, GroupError> {
    let mut keys = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut push = |key: ServiceKey| {
        if seen.insert(key) {
            keys.push(key);
        }
    };
    for entry in entries {
        match *entry {
            GroupEntry::Fwmark(mark) => push(ServiceKey::Fwmark {
                mark,
                family: fwmark_family,
            }),
            GroupEntry::Addr { first, last, port } => {
                for vip in addr_range(first, last)? {
                    push(ServiceKey::Addr {
                        vip,
                        port,
                        protocol,
                    });
                }
            }
        }
    }
    Ok(keys)
}

fn addr_range(first: IpAddr, last: IpAddr) -> Result<Vec<IpAddr>, GroupError> {
    let (lo, hi) = match (first, last) {
        (IpAddr::V4(a), IpAddr::V4(b)) => (u128::from(u32::from(a)), u128::from(u32::from(b))),
        (IpAddr::V6(a), IpAddr::V6(b)) => (u128::from(a), u128::from(b)),
        _ => return Err(GroupError::MixedFamily { first, last }),
    };
    if hi < lo {
        return Err(GroupError::Reversed { first, last });
    }
    if hi - lo >= MAX_RANGE {
        return Err(GroupError::TooLarge { first, last });
    }
    Ok((lo..=hi)
        .map(|n| match first {
            // In range by construction: both ends are v4 addresses.
            IpAddr::V4(_) => IpAddr::V4(std::net::Ipv4Addr::from(n as u32)),
            IpAddr::V6(_) => IpAddr::V6(n.into()),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("address literal")
    }

    #[test]
    fn ranges_lists_and_fwmarks_expand_in_order_without_duplicates() {
        let entries = [
            GroupEntry::Addr {
                first: ip("198.18.0.1"),
                last: ip("198.18.0.3"),
                port: 80,
            },
            GroupEntry::Addr {
                first: ip("198.18.0.2"),
                last: ip("198.18.0.2"),
                port: 80,
            },
            GroupEntry::Fwmark(7),
            GroupEntry::Addr {
                first: ip("2001:db8::fe"),
                last: ip("2001:db8::101"),
                port: 443,
            },
        ];
        let keys = expand_group(&entries, Protocol::Tcp, Family::V4).expect("valid group");
        let addr = |vip: &str, port| ServiceKey::Addr {
            vip: ip(vip),
            port,
            protocol: Protocol::Tcp,
        };
        assert_eq!(
            keys,
            vec![
                addr("198.18.0.1", 80),
                addr("198.18.0.2", 80),
                addr("198.18.0.3", 80),
                ServiceKey::Fwmark {
                    mark: 7,
                    family: Family::V4
                },
                addr("2001:db8::fe", 443),
                addr("2001:db8::ff", 443),
                addr("2001:db8::100", 443),
                addr("2001:db8::101", 443),
            ]
        );
    }

    #[test]
    fn bad_ranges_are_rejected() {
        let bad = |first: &str, last: &str| {
            expand_group(
                &[GroupEntry::Addr {
                    first: ip(first),
                    last: ip(last),
                    port: 1,
                }],
                Protocol::Udp,
                Family::V4,
            )
        };
        assert_eq!(
            bad("198.18.0.9", "198.18.0.1"),
            Err(GroupError::Reversed {
                first: ip("198.18.0.9"),
                last: ip("198.18.0.1")
            })
        );
        assert!(matches!(
            bad("198.18.0.1", "2001:db8::1"),
            Err(GroupError::MixedFamily { .. })
        ));
        assert!(matches!(
            bad("2001:db8::", "2001:db8::1:0"),
            Err(GroupError::TooLarge { .. })
        ));
    }
}
