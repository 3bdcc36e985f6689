//! The flat view the data plane and the checkers start from: every concrete
//! service (groups and address ranges expanded) with the virtual server that
//! configures it. Real servers and checkers already carry effective values.

use super::{LvsConfig, Protocol, Service, VirtualServer};
use std::collections::HashMap;
use std::net::IpAddr;

/// What the data plane matches a packet on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ServiceKey {
    Address {
        address: IpAddr,
        port: u16,
        protocol: Protocol,
    },
    Fwmark(u32),
}

/// One concrete service and its configuration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ResolvedService<'a> {
    pub key: ServiceKey,
    pub virtual_server: &'a VirtualServer,
}

impl LvsConfig {
    /// Every concrete service, in configuration order. A `group` naming no
    /// `virtual_server_group` contributes nothing (keepalived ignores it).
    pub fn services(&self) -> Vec<ResolvedService<'_>> {
        let groups: HashMap<&str, _> = self
            .virtual_server_groups
            .iter()
            .map(|g| (g.name.as_str(), g))
            .collect();
        let mut out = Vec::new();
        for vs in &self.virtual_servers {
            let mut push = |key| {
                out.push(ResolvedService {
                    key,
                    virtual_server: vs,
                })
            };
            match &vs.service {
                Service::Address { address, port } => push(ServiceKey::Address {
                    address: *address,
                    port: *port,
                    protocol: vs.protocol,
                }),
                Service::Fwmark { fwmark } => push(ServiceKey::Fwmark(*fwmark)),
                Service::Group { group } => {
                    let Some(g) = groups.get(group.as_str()) else {
                        continue;
                    };
                    for a in &g.addresses {
                        for address in expand_range(a.address, a.range_end) {
                            push(ServiceKey::Address {
                                address,
                                port: a.port,
                                protocol: vs.protocol,
                            });
                        }
                    }
                    for m in &g.fwmarks {
                        push(ServiceKey::Fwmark(m.fwmark));
                    }
                }
            }
        }
        out
    }
}

/// At most this many addresses come from one group range (a /16 of IPv4);
/// bigger ranges are cut, not expanded into millions of services.
pub const MAX_RANGE: u128 = 1 << 16;

/// The addresses of `first..=last` (at most [`MAX_RANGE`]); just `first`
/// when there is no range.
pub fn expand_range(first: IpAddr, last: Option<IpAddr>) -> Vec<IpAddr> {
    match (first, last) {
        (IpAddr::V4(a), Some(IpAddr::V4(b))) => {
            let (a, b) = (u32::from(a) as u128, u32::from(b) as u128);
            (a..=b.min(a + MAX_RANGE - 1))
                .map(|x| IpAddr::V4((x as u32).into()))
                .collect()
        }
        (IpAddr::V6(a), Some(IpAddr::V6(b))) => {
            let (a, b) = (u128::from(a), u128::from(b));
            (a..=b.min(a.saturating_add(MAX_RANGE - 1)))
                .map(|x| IpAddr::V6(x.into()))
                .collect()
        }
        _ => vec![first],
    }
}
