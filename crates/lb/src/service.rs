//! What a virtual service and its real servers are: keys and settings, as IPVS holds them.

use serde::{Deserialize, Serialize};
use std::net::IpAddr;

use crate::sched::Scheduler;

/// Transport protocol of an address-keyed service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    Tcp,
    Udp,
    Sctp,
}

impl Protocol {
    /// The name `ipvsadm -Ln` prints.
    pub fn ipvsadm_name(self) -> &'static str {
        match self {
            Protocol::Tcp => "TCP",
            Protocol::Udp => "UDP",
            Protocol::Sctp => "SCTP",
        }
    }
}

/// Address family; fwmark services need it because the mark carries none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Family {
    V4,
    V6,
}

impl Family {
    pub fn of(addr: IpAddr) -> Family {
        match addr {
            IpAddr::V4(_) => Family::V4,
            IpAddr::V6(_) => Family::V6,
        }
    }
}

/// How IPVS finds a service: by VIP, port and protocol, or by firewall mark.
///
/// Ordered as `ipvsadm -Ln` lists services (checked on kernel IPVS): address services
/// first, IPv4 before IPv6, then by protocol (TCP, UDP, SCTP), address and port; fwmark
/// services last, by mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceKey {
    Addr {
        vip: IpAddr,
        port: u16,
        protocol: Protocol,
    },
    Fwmark {
        mark: u32,
        family: Family,
    },
}

impl Ord for ServiceKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        fn rank(k: &ServiceKey) -> (u8, u32, Family, Option<Protocol>, Option<IpAddr>, u16) {
            match *k {
                ServiceKey::Addr {
                    vip,
                    port,
                    protocol,
                } => (0, 0, Family::of(vip), Some(protocol), Some(vip), port),
                ServiceKey::Fwmark { mark, family } => (1, mark, family, None, None, 0),
            }
        }
        rank(self).cmp(&rank(other))
    }
}

impl PartialOrd for ServiceKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl ServiceKey {
    pub fn family(&self) -> Family {
        match *self {
            ServiceKey::Addr { vip, .. } => Family::of(vip),
            ServiceKey::Fwmark { family, .. } => family,
        }
    }
}

/// A real server inside one service: address and port (port 0 for fwmark services
/// that keep the client's destination port). Ordered as `ipvsadm -Ln` lists reals:
/// by address, then port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct RealKey {
    pub addr: IpAddr,
    pub port: u16,
}

/// Encapsulation used by the TUN forwarding method (`tun_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TunnelKind {
    Ipip,
    Gue { port: u16 },
    Gre,
}

/// Outer checksum handling of GUE/GRE tunnels (`tun_flags`); IPVS ignores it for ipip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TunnelCsum {
    #[default]
    NoCsum,
    Csum,
    RemCsum,
}

/// `lb_kind`: how packets reach a real server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Forwarding {
    Nat,
    Dr,
    Tun { kind: TunnelKind, csum: TunnelCsum },
}

impl Forwarding {
    /// The word in `ipvsadm -Ln`'s Forward column.
    pub fn ipvsadm_name(self) -> &'static str {
        match self {
            Forwarding::Nat => "Masq",
            Forwarding::Dr => "Route",
            Forwarding::Tun { .. } => "Tunnel",
        }
    }
}

/// `persistence_timeout` and `persistence_granularity`: clients whose addresses agree
/// on the first `prefix_len` bits stick to one real server for `timeout_secs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Persistence {
    pub timeout_secs: u32,
    /// Granularity as a prefix length (a v4 netmask of 255.255.255.0 is 24); IPVS's
    /// default is the whole address.
    pub prefix_len: u8,
}

impl Persistence {
    /// The client address masked to the granularity: the key persistence is kept under.
    pub fn client_key(&self, client: IpAddr) -> IpAddr {
        match client {
            IpAddr::V4(a) => {
                let bits = u32::from(a) & prefix_mask_u32(self.prefix_len);
                IpAddr::V4(bits.into())
            }
            IpAddr::V6(a) => {
                let len = u32::from(self.prefix_len.min(128));
                let mask = u128::MAX.checked_shl(128 - len).unwrap_or(0);
                IpAddr::V6((u128::from(a) & mask).into())
            }
        }
    }
}

fn prefix_mask_u32(len: u8) -> u32 {
    let len = u32::from(len.min(32));
    u32::MAX.checked_shl(32 - len).unwrap_or(0)
}

/// Settings of one virtual service (everything but its real servers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceConfig {
    pub scheduler: Scheduler,
    pub persistence: Option<Persistence>,
    /// `lb_kind` of the virtual server: the forwarding method of reals that set none.
    pub forwarding: Forwarding,
    /// `ops` (IPVS one-packet scheduling): every UDP datagram is scheduled on its
    /// own and leaves no connection behind. No effect on TCP and SCTP.
    pub one_packet: bool,
    /// The sorry server, kept with the service for display. The checker decides when
    /// it serves (keepalived puts it in when the live reals fall below quorum) and
    /// then adds it to the service's reals like any other.
    pub sorry_server: Option<SorryServer>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SorryServer {
    pub real: RealKey,
    pub forwarding: Forwarding,
}

/// One real server's settings inside a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RealServer {
    pub forwarding: Forwarding,
    /// 0 = quiesced: keeps its connections, gets no new ones.
    pub weight: u32,
    /// `uthreshold`: connection count (active + inactive) at which it is overloaded; 0 = none.
    pub upper_threshold: u32,
    /// `lthreshold`: count below which an overloaded server takes new connections again;
    /// 0 = IPVS's default of three quarters of the upper threshold.
    pub lower_threshold: u32,
}

/// A service with its real servers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    pub config: ServiceConfig,
    #[serde(with = "crate::entries")]
    pub reals: std::collections::BTreeMap<RealKey, RealServer>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_sort_as_ipvsadm_lists_them() {
        let addr = |vip: &str, port, protocol| ServiceKey::Addr {
            vip: vip.parse().expect("address literal"),
            port,
            protocol,
        };
        let fwm = |mark| ServiceKey::Fwmark {
            mark,
            family: Family::V4,
        };
        // The order `ipvsadm -Ln` printed for these services in the IPVS VM.
        let listed = vec![
            addr("198.18.255.1", 80, Protocol::Tcp),
            addr("198.18.255.1", 443, Protocol::Tcp),
            addr("198.18.255.2", 80, Protocol::Tcp),
            addr("198.18.255.1", 80, Protocol::Udp),
            addr("198.18.255.1", 80, Protocol::Sctp),
            addr("2001:db8::1", 80, Protocol::Tcp),
            fwm(1),
            fwm(2),
        ];
        let mut sorted = listed.clone();
        sorted.reverse();
        sorted.sort();
        assert_eq!(sorted, listed);
    }

    #[test]
    fn persistence_masks_client_to_granularity() {
        let p = Persistence {
            timeout_secs: 300,
            prefix_len: 24,
        };
        let a: IpAddr = "198.18.7.200".parse().expect("v4 literal");
        assert_eq!(p.client_key(a), "198.18.7.0".parse::<IpAddr>().expect("v4"));
        let p6 = Persistence {
            timeout_secs: 300,
            prefix_len: 64,
        };
        let b: IpAddr = "2001:db8:1:2:3:4:5:6".parse().expect("v6 literal");
        assert_eq!(
            p6.client_key(b),
            "2001:db8:1:2::".parse::<IpAddr>().expect("v6")
        );
        let zero = Persistence {
            timeout_secs: 1,
            prefix_len: 0,
        };
        assert_eq!(zero.client_key(a), "0.0.0.0".parse::<IpAddr>().expect("v4"));
    }
}
