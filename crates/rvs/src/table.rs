//! keepalived.conf's virtual servers as the load-balancer table ([`rvs_lb::Table`]).
//!
//! Lives in the binary rather than in `rvs-lb` so the pure table crate keeps no
//! dependency on the configuration model.

use rvs_config::model::lvs::{
    self as conf,
    resolved::{ResolvedService, ServiceKey as ConfKey},
    IpFamily, LvsConfig, Method, SchedFlag, TunnelCsum, TunnelType,
};
use rvs_lb::{
    Family, Forwarding, Persistence, Protocol, RealKey, RealServer, Scheduler, Service,
    ServiceConfig, ServiceKey, SorryServer, Table, TunnelCsum as Csum, TunnelKind,
};
use std::collections::BTreeMap;
use std::net::IpAddr;

/// Why a virtual server cannot be programmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableError {
    /// `lb_algo` names a scheduler the data plane does not have (twos).
    Scheduler(&'static str),
    /// `lvs_method TUN type gue` without a port.
    GueWithoutPort(IpAddr),
}

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TableError::Scheduler(s) => write!(f, "scheduler {s} is not supported"),
            TableError::GueWithoutPort(a) => write!(f, "GUE tunnel to {a} has no port"),
        }
    }
}

impl std::error::Error for TableError {}

/// Every concrete service of `lvs` with all its real servers (no health checks:
/// what `ipvsadm-restore` of the same virtual servers would load). A later
/// virtual server for the same key replaces an earlier one, as keepalived keeps one.
pub fn from_config(lvs: &LvsConfig) -> Result<Table, TableError> {
    let mut table = Table::new();
    for rs in lvs.services() {
        let vs = rs.virtual_server;
        let key = key_of(&rs);
        let mut reals = BTreeMap::new();
        for r in &vs.real_servers {
            reals.insert(
                RealKey {
                    addr: r.address,
                    port: r.port,
                },
                RealServer {
                    forwarding: forwarding_of(r.forwarding, r.address)?,
                    weight: r.weight,
                    upper_threshold: r.uthreshold.unwrap_or(0),
                    lower_threshold: r.lthreshold.unwrap_or(0),
                },
            );
        }
        let sorry_server = match &vs.sorry_server {
            Some(s) => Some(SorryServer {
                real: RealKey {
                    addr: s.address,
                    port: s.port,
                },
                forwarding: forwarding_of(s.forwarding, s.address)?,
            }),
            None => None,
        };
        let config = ServiceConfig {
            scheduler: scheduler_of(vs)?,
            persistence: vs.persistence_timeout.map(|t| Persistence {
                timeout_secs: u32::try_from(t.as_duration().as_secs()).unwrap_or(u32::MAX),
                prefix_len: vs.persistence_granularity.unwrap_or(match key.family() {
                    Family::V4 => 32,
                    Family::V6 => 128,
                }),
            }),
            forwarding: forwarding_of(vs.forwarding, IpAddr::from([0, 0, 0, 0]))?,
            one_packet: vs.ops,
            sorry_server,
        };
        table.insert(key, Service { config, reals });
    }
    Ok(table)
}

/// The services each of `lvs.virtual_servers` expands to, by its index (a group
/// gives several, a group naming nothing none).
pub fn keys_by_virtual_server(lvs: &LvsConfig) -> Vec<Vec<ServiceKey>> {
    let mut out = vec![Vec::new(); lvs.virtual_servers.len()];
    for rs in lvs.services() {
        if let Some(i) = lvs
            .virtual_servers
            .iter()
            .position(|v| std::ptr::eq(v, rs.virtual_server))
        {
            out[i].push(key_of(&rs));
        }
    }
    out
}

fn key_of(rs: &ResolvedService<'_>) -> ServiceKey {
    match rs.key {
        ConfKey::Address {
            address,
            port,
            protocol,
        } => ServiceKey::Addr {
            vip: address,
            port,
            protocol: protocol_of(protocol),
        },
        ConfKey::Fwmark(mark) => ServiceKey::Fwmark {
            mark,
            family: fwmark_family(rs.virtual_server),
        },
    }
}

fn protocol_of(p: conf::Protocol) -> Protocol {
    match p {
        conf::Protocol::Tcp => Protocol::Tcp,
        conf::Protocol::Udp => Protocol::Udp,
        conf::Protocol::Sctp => Protocol::Sctp,
    }
}

/// A fwmark carries no family: `ip_family`, else the first real's, else IPv4.
fn fwmark_family(vs: &conf::VirtualServer) -> Family {
    match vs.ip_family {
        Some(IpFamily::Inet) => Family::V4,
        Some(IpFamily::Inet6) => Family::V6,
        None => vs
            .real_servers
            .first()
            .map_or(Family::V4, |r| Family::of(r.address)),
    }
}

fn scheduler_of(vs: &conf::VirtualServer) -> Result<Scheduler, TableError> {
    let has = |f| vs.sched_flags.contains(&f);
    let name = vs.lb_algo.as_str();
    let (port, fallback) = match vs.lb_algo {
        conf::Scheduler::Sh => (has(SchedFlag::ShPort), has(SchedFlag::ShFallback)),
        conf::Scheduler::Mh => (has(SchedFlag::MhPort), has(SchedFlag::MhFallback)),
        _ => (false, false),
    };
    Scheduler::from_name(name, port, fallback).ok_or(TableError::Scheduler(name))
}

fn forwarding_of(f: conf::Forwarding, addr: IpAddr) -> Result<Forwarding, TableError> {
    Ok(match f.lvs_method {
        Method::Nat => Forwarding::Nat,
        Method::Dr => Forwarding::Dr,
        Method::Tun => {
            let kind = match f.tunnel.map(|t| (t.kind, t.port)) {
                None | Some((TunnelType::Ipip, _)) => TunnelKind::Ipip,
                Some((TunnelType::Gre, _)) => TunnelKind::Gre,
                Some((TunnelType::Gue, Some(port))) => TunnelKind::Gue { port },
                Some((TunnelType::Gue, None)) => return Err(TableError::GueWithoutPort(addr)),
            };
            let csum = match f.tunnel.and_then(|t| t.checksum) {
                None | Some(TunnelCsum::Nocsum) => Csum::NoCsum,
                Some(TunnelCsum::Csum) => Csum::Csum,
                Some(TunnelCsum::Remcsum) => Csum::RemCsum,
            };
            Forwarding::Tun { kind, csum }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_config::{AnyHost, LexOptions};

    fn table(text: &str) -> Table {
        let loaded = rvs_config::load_str(text, "test.conf", &LexOptions::default(), &AnyHost);
        assert!(
            !loaded.has_errors(),
            "config errors: {}",
            loaded.render_diagnostics()
        );
        from_config(&loaded.config.lvs).expect("config maps to a table")
    }

    #[test]
    fn virtual_servers_become_services_with_their_reals() {
        let t = table(
            "virtual_server 198.18.0.10 80 {
                lb_algo wrr
                lb_kind DR
                persistence_timeout 300
                persistence_granularity 255.255.255.0
                protocol TCP
                real_server 198.18.1.1 80 { weight 3 }
                real_server 198.18.1.2 80 {
                    weight 1
                    uthreshold 100
                }
            }
            virtual_server fwmark 7 {
                lb_algo sh
                lb_kind NAT
                sh-port
                protocol UDP
                real_server 2001:db8::5 53 { weight 2 }
            }",
        );
        let vip = ServiceKey::Addr {
            vip: "198.18.0.10".parse().expect("v4"),
            port: 80,
            protocol: Protocol::Tcp,
        };
        let svc = t.service(&vip).expect("VIP service present");
        assert_eq!(svc.config.scheduler, Scheduler::Wrr);
        assert_eq!(svc.config.forwarding, Forwarding::Dr);
        assert_eq!(
            svc.config.persistence,
            Some(Persistence {
                timeout_secs: 300,
                prefix_len: 24
            })
        );
        let weights: Vec<(String, u32, u32)> = svc
            .reals
            .iter()
            .map(|(k, r)| (k.addr.to_string(), r.weight, r.upper_threshold))
            .collect();
        assert_eq!(
            weights,
            vec![
                ("198.18.1.1".to_string(), 3, 0),
                ("198.18.1.2".to_string(), 1, 100)
            ]
        );
        assert!(svc.reals.values().all(|r| r.forwarding == Forwarding::Dr));

        let fwm = ServiceKey::Fwmark {
            mark: 7,
            family: Family::V6,
        };
        let svc = t
            .service(&fwm)
            .expect("fwmark service takes its real's family");
        assert_eq!(
            svc.config.scheduler,
            Scheduler::Sh {
                port: true,
                fallback: false
            }
        );
        assert_eq!(svc.config.persistence, None);
        assert_eq!(svc.reals.len(), 1);
        assert_eq!(t.services().len(), 2);
    }

    #[test]
    fn tunnel_options_are_kept() {
        let t = table(
            "virtual_server 198.18.0.10 443 {
                lb_algo rr
                lb_kind TUN
                protocol TCP
                real_server 198.18.1.1 443 { lvs_method TUN type gue port 6080 }
            }",
        );
        let svc = t.services().values().next().expect("one service");
        let real = svc.reals.values().next().expect("one real");
        assert_eq!(
            real.forwarding,
            Forwarding::Tun {
                kind: TunnelKind::Gue { port: 6080 },
                csum: Csum::NoCsum
            }
        );
    }
}
