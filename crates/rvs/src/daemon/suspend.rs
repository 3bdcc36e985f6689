//! `ha_suspend`: a service's checkers pause while none of its virtual addresses is on
//! this director (a BACKUP has nothing to check for), as keepalived does.

use std::collections::HashSet;
use std::net::IpAddr;

use rvs_config::model::lvs::LvsConfig;
use rvs_lb::ServiceKey;

use crate::table;

/// What was last told to the engine, per checker service.
pub struct Suspensions {
    /// By service index: the addresses that must be local, for `ha_suspend` services.
    vips: Vec<Option<Vec<IpAddr>>>,
    told: Vec<Option<bool>>,
}

impl Suspensions {
    pub fn new(lvs: &LvsConfig) -> Suspensions {
        let keys = table::keys_by_virtual_server(lvs);
        let vips: Vec<Option<Vec<IpAddr>>> = lvs
            .virtual_servers
            .iter()
            .zip(keys)
            .map(|(vs, keys)| {
                vs.ha_suspend.then(|| {
                    keys.iter()
                        .filter_map(|k| match k {
                            ServiceKey::Addr { vip, .. } => Some(*vip),
                            ServiceKey::Fwmark { .. } => None,
                        })
                        .collect()
                })
            })
            .collect();
        Suspensions {
            told: vec![None; vips.len()],
            vips,
        }
    }

    /// The services whose suspension changes with `local` as this host's addresses:
    /// (index, suspended). A service with no address (fwmark) is never suspended.
    pub fn changes(&mut self, local: &HashSet<IpAddr>) -> Vec<(usize, bool)> {
        let mut out = Vec::new();
        for (i, vips) in self.vips.iter().enumerate() {
            let Some(vips) = vips else { continue };
            let suspended = !vips.is_empty() && !vips.iter().any(|a| local.contains(a));
            if self.told[i] != Some(suspended) {
                self.told[i] = Some(suspended);
                out.push((i, suspended));
            }
        }
        out
    }
}

/// The addresses on this network namespace's interfaces.
pub fn local_addresses() -> HashSet<IpAddr> {
    let Ok(addrs) = nix::ifaddrs::getifaddrs() else {
        return HashSet::new();
    };
    addrs
        .filter_map(|a| a.address)
        .filter_map(|s| {
            if let Some(v4) = s.as_sockaddr_in() {
                Some(IpAddr::V4(v4.ip()))
            } else {
                s.as_sockaddr_in6().map(|v6| IpAddr::V6(v6.ip()))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_config::{AnyHost, LexOptions};

    #[test]
    fn only_ha_suspend_services_follow_their_address() {
        let text = "virtual_server 198.18.0.10 80 {
            ha_suspend
            lb_algo rr
            lb_kind DR
            protocol TCP
            real_server 198.18.1.1 80 { weight 1 }
        }
        virtual_server 198.18.0.11 80 {
            lb_algo rr
            lb_kind DR
            protocol TCP
            real_server 198.18.1.1 80 { weight 1 }
        }";
        let loaded = rvs_config::load_str(text, "t.conf", &LexOptions::default(), &AnyHost);
        assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
        let mut s = Suspensions::new(&loaded.config.lvs);
        let vip: IpAddr = "198.18.0.10".parse().expect("v4");
        assert_eq!(s.changes(&HashSet::new()), [(0, true)]);
        assert_eq!(s.changes(&HashSet::new()), [], "told once");
        assert_eq!(s.changes(&HashSet::from([vip])), [(0, false)]);
    }
}
