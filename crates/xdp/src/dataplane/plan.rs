//! What the maps should hold for a [`Table`]: ids, backends, rings. Pure.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::net::IpAddr;

use rvs_lb::sched::hash::{dh_table, sh_table};
use rvs_lb::sched::maglev::{maglev_table, MaglevParams};
use rvs_lb::sched::round_robin::{rr_sequence, wrr_sequence};
use rvs_lb::{Candidate, Forwarding, Protocol, RealKey, Scheduler, ServiceKey, Table, TunnelKind};

use crate::abi::{self, addr_words, Backend, Method, NO_BACKEND};

/// Why a table cannot be laid out in the maps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// The XDP program matches addresses, not firewall marks.
    Fwmark(u32),
    /// The XDP program forwards TCP and UDP only.
    Sctp(ServiceKey),
    /// GRE tunnels are not implemented in the XDP program.
    Gre(RealKey),
    /// A connection-counting scheduler loops over at most this many reals.
    TooManyReals {
        service: ServiceKey,
        reals: usize,
        max: usize,
    },
    /// No next-hop MAC address for this real server.
    NoMac(IpAddr),
    TooManyServices(u32),
    TooManyBackends(u32),
    /// The rings together need more slots than the ring map has.
    RingFull {
        needed: u64,
        capacity: u32,
    },
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::Fwmark(m) => write!(f, "fwmark service {m}: XDP matches addresses only"),
            PlanError::Sctp(k) => write!(f, "service {k:?}: XDP forwards TCP and UDP only"),
            PlanError::Gre(r) => write!(f, "real {r:?}: GRE tunnels are not supported"),
            PlanError::TooManyReals {
                service,
                reals,
                max,
            } => write!(
                f,
                "service {service:?}: {reals} real servers, its scheduler takes at most {max} in XDP"
            ),
            PlanError::NoMac(a) => write!(f, "no MAC address known for {a}"),
            PlanError::TooManyServices(c) => write!(f, "more than {c} services"),
            PlanError::TooManyBackends(c) => write!(f, "more than {c} real servers"),
            PlanError::RingFull { needed, capacity } => {
                write!(f, "rings need {needed} slots, the ring map has {capacity}")
            }
        }
    }
}

impl std::error::Error for PlanError {}

/// Map sizes a plan must fit in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capacity {
    pub services: u32,
    pub backends: u32,
    pub ring: u32,
}

/// Service and backend ids, kept across changes so that flows (which hold a
/// backend id) and counters (indexed by id) stay with their service and real;
/// and the ring slots in use.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ids {
    services: Vec<(ServiceKey, u32)>,
    backends: Vec<(ServiceKey, RealKey, u32)>,
    /// First slot and length of the rings the services point at now.
    #[serde(default)]
    ring: (u32, u32),
}

impl Ids {
    pub fn ring(&self) -> (u32, u32) {
        self.ring
    }

    pub fn set_ring(&mut self, start: u32, len: u32) {
        self.ring = (start, len);
    }

    pub fn service(&self, key: &ServiceKey) -> Option<u32> {
        self.services.iter().find(|(k, _)| k == key).map(|e| e.1)
    }

    pub fn backend(&self, svc: &ServiceKey, real: &RealKey) -> Option<u32> {
        self.backends
            .iter()
            .find(|(s, r, _)| s == svc && r == real)
            .map(|e| e.2)
    }

    /// Every backend id held.
    pub fn backend_ids(&self) -> Vec<u32> {
        self.backends.iter().map(|e| e.2).collect()
    }

    /// The service and real of a backend id.
    pub fn real_of(&self, id: u32) -> Option<(ServiceKey, RealKey)> {
        self.backends
            .iter()
            .find(|e| e.2 == id)
            .map(|(s, r, _)| (*s, *r))
    }

    /// Ids for every service and real of `table`: the ones held so far stay, new
    /// ones take the lowest free id.
    pub fn assign(&self, table: &Table, cap: Capacity) -> Result<Ids, PlanError> {
        let mut services = Vec::new();
        let mut backends = Vec::new();
        for (key, svc) in table.services() {
            services.push((*key, self.service(key)));
            for real in svc.reals.keys() {
                backends.push((*key, *real, self.backend(key, real)));
            }
        }
        // Ids let go in this same change are not handed out again at once: the
        // flows of a removed real would follow its id to the newcomer.
        let held_svc: BTreeSet<u32> = self.services.iter().map(|e| e.1).collect();
        let held_be: BTreeSet<u32> = self.backends.iter().map(|e| e.2).collect();
        let services = fill(
            services,
            &held_svc,
            cap.services,
            PlanError::TooManyServices,
        )?;
        let backends = fill(
            backends
                .into_iter()
                .map(|(s, r, id)| ((s, r), id))
                .collect(),
            &held_be,
            cap.backends,
            PlanError::TooManyBackends,
        )?;
        Ok(Ids {
            services,
            backends: backends
                .into_iter()
                .map(|((s, r), id)| (s, r, id))
                .collect(),
            ring: self.ring,
        })
    }

    /// Service and backend ids in `next` and not held here: their counters start at zero.
    pub fn new_ids(&self, next: &Ids) -> (Vec<u32>, Vec<u32>) {
        let svc: BTreeSet<u32> = self.services.iter().map(|e| e.1).collect();
        let be: BTreeSet<u32> = self.backends.iter().map(|e| e.2).collect();
        (
            next.services
                .iter()
                .map(|e| e.1)
                .filter(|i| !svc.contains(i))
                .collect(),
            next.backends
                .iter()
                .map(|e| e.2)
                .filter(|i| !be.contains(i))
                .collect(),
        )
    }

    /// Backend ids held here and not in `next`: their slots must be emptied.
    pub fn freed_backends(&self, next: &Ids) -> Vec<u32> {
        let kept: BTreeSet<u32> = next.backends.iter().map(|e| e.2).collect();
        self.backends
            .iter()
            .map(|e| e.2)
            .filter(|id| !kept.contains(id))
            .collect()
    }
}

/// Where `len` new ring slots go so that they do not overwrite the `in_use` ones
/// (start, length) while services still point at them: after them, else before
/// them; only when neither fits, at 0 over them (a few new flows can then take
/// a slot of the wrong ring while services are rewritten).
pub fn ring_base(in_use: (u32, u32), len: u32, capacity: u32) -> u32 {
    let (start, used) = (u64::from(in_use.0), u64::from(in_use.1));
    let (len, cap) = (u64::from(len), u64::from(capacity));
    if used > 0 && start + used + len <= cap {
        (start + used) as u32
    } else {
        0
    }
}

/// Gives each entry without an id the lowest id neither taken nor in `avoid`,
/// falling back to ids in `avoid` when the capacity runs out.
fn fill<K>(
    entries: Vec<(K, Option<u32>)>,
    avoid: &BTreeSet<u32>,
    capacity: u32,
    full: fn(u32) -> PlanError,
) -> Result<Vec<(K, u32)>, PlanError> {
    let mut used: BTreeSet<u32> = entries.iter().filter_map(|e| e.1).collect();
    let mut out = Vec::with_capacity(entries.len());
    for (k, id) in entries {
        let id = match id {
            Some(id) => id,
            None => {
                let free = |skip: &dyn Fn(u32) -> bool| (0..capacity).find(|i| !skip(*i));
                let id = free(&|i| used.contains(&i) || avoid.contains(&i))
                    .or_else(|| free(&|i| used.contains(&i)))
                    .ok_or(full(capacity))?;
                used.insert(id);
                id
            }
        };
        if id >= capacity {
            return Err(full(capacity));
        }
        out.push((k, id));
    }
    Ok(out)
}

/// How to reach a real server: the next hop's MAC and, when it is not behind the
/// interface the packet came in on, the interface to send it out of and that
/// interface's MAC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextHop {
    pub mac: [u8; 6],
    pub out: Option<(u32, [u8; 6])>,
}

/// Everything to write into the maps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub services: Vec<(abi::ServiceKey, abi::Service)>,
    pub backends: Vec<(u32, Backend)>,
    /// Slots from 0; each service's ring is `ring[start..start + len]`.
    pub ring: Vec<u32>,
}

/// The maps' contents for `table` with `ids` (from [`Ids::assign`]); `mac` gives
/// the next hop of a real server.
pub fn plan(
    table: &Table,
    ids: &Ids,
    cap: Capacity,
    hop: &dyn Fn(IpAddr) -> Option<NextHop>,
) -> Result<Plan, PlanError> {
    let mut out = Plan {
        services: Vec::new(),
        backends: Vec::new(),
        ring: Vec::new(),
    };
    for (key, svc) in table.services() {
        let (abi_key, vip) = abi_key(key)?;
        // IPVS's destination list is newest first and a diff adds reals in key
        // order, so the schedulers see the reals in reverse key order.
        let reals: Vec<(&RealKey, &rvs_lb::RealServer)> = svc.reals.iter().rev().collect();
        let mut ids_in_order = Vec::with_capacity(reals.len());
        for (rk, rs) in &reals {
            let id = ids
                .backend(key, rk)
                .ok_or(PlanError::TooManyBackends(cap.backends))?;
            let nh = hop(rk.addr).ok_or(PlanError::NoMac(rk.addr))?;
            let be = backend(rk, rs.forwarding, nh.mac)?
                .weighted(rs.weight)
                .thresholds(rs.upper_threshold, rs.lower_threshold);
            let be = match nh.out {
                Some((ifindex, src)) => be.via(ifindex, src),
                None => be,
            };
            out.backends.push((id, be));
            ids_in_order.push(id);
        }
        let cands: Vec<Candidate> = reals
            .iter()
            .map(|(rk, rs)| Candidate {
                real: **rk,
                weight: rs.weight,
                active: 0,
                inactive: 0,
                overloaded: false,
            })
            .collect();
        let flags = service_flags(svc);
        let (sched, slots) = ring_of(
            svc.config.scheduler,
            &cands,
            flags & abi::SVC_THRESHOLDS != 0,
        );
        if sched as u8 >= abi::Sched::Lc as u8 && slots.len() > abi::SCHED_LOOP_MAX {
            return Err(PlanError::TooManyReals {
                service: *key,
                reals: slots.len(),
                max: abi::SCHED_LOOP_MAX,
            });
        }
        let start = out.ring.len() as u64;
        let needed = start + slots.len() as u64;
        if needed > u64::from(cap.ring) {
            return Err(PlanError::RingFull {
                needed,
                capacity: cap.ring,
            });
        }
        out.ring.extend(
            slots
                .iter()
                .map(|s| s.map_or(NO_BACKEND, |i| ids_in_order[i as usize])),
        );
        let (persist_timeout_s, persist_mask) = match svc.config.persistence {
            Some(p) => {
                let ones = match vip {
                    IpAddr::V4(_) => IpAddr::from([255u8; 4]),
                    IpAddr::V6(_) => IpAddr::from([255u8; 16]),
                };
                (p.timeout_secs, addr_words(p.client_key(ones)).0)
            }
            None => (0, [0; 4]),
        };
        let id = ids
            .service(key)
            .ok_or(PlanError::TooManyServices(cap.services))?;
        out.services.push((
            abi_key,
            abi::Service {
                id,
                ring_start: start as u32,
                ring_len: slots.len() as u32,
                persist_timeout_s,
                persist_mask,
                sched: sched as u8,
                flags,
                pad: [0; 2],
            },
        ));
    }
    Ok(out)
}

/// The service's `RVS_SVC_*` flags: thresholds when some real has an upper
/// threshold (IPVS ignores a lower one alone), fallback for sh/mh-fallback.
fn service_flags(svc: &rvs_lb::Service) -> u8 {
    let thresholds = svc.reals.values().any(|r| r.upper_threshold > 0);
    let sched = svc.config.scheduler;
    let fallback = matches!(
        sched,
        Scheduler::Sh { fallback: true, .. } | Scheduler::Mh { fallback: true, .. }
    );
    let first = thresholds && sched == Scheduler::Fo;
    (if thresholds { abi::SVC_THRESHOLDS } else { 0 })
        | (if fallback { abi::SVC_FALLBACK } else { 0 })
        | (if first { abi::SVC_FIRST } else { 0 })
}

/// The services map's key of `key`, and its VIP.
pub fn abi_key(key: &ServiceKey) -> Result<(abi::ServiceKey, IpAddr), PlanError> {
    let (vip, port, protocol) = match *key {
        ServiceKey::Addr {
            vip,
            port,
            protocol,
        } => (vip, port, protocol),
        ServiceKey::Fwmark { mark, .. } => return Err(PlanError::Fwmark(mark)),
    };
    let proto = match protocol {
        Protocol::Tcp => libc::IPPROTO_TCP as u8,
        Protocol::Udp => libc::IPPROTO_UDP as u8,
        Protocol::Sctp => return Err(PlanError::Sctp(*key)),
    };
    Ok((
        abi::ServiceKey::new(std::net::SocketAddr::new(vip, port), proto),
        vip,
    ))
}

fn backend(rk: &RealKey, fwd: Forwarding, mac: [u8; 6]) -> Result<Backend, PlanError> {
    Ok(match fwd {
        Forwarding::Dr => Backend::new(rk.addr, rk.port, mac, Method::Dr),
        Forwarding::Nat => Backend::new(rk.addr, rk.port, mac, Method::Nat),
        Forwarding::Tun { kind, .. } => {
            let b = Backend::new(rk.addr, rk.port, mac, Method::Tun);
            match kind {
                TunnelKind::Ipip => b,
                TunnelKind::Gue { port } => b.gue(port),
                TunnelKind::Gre => return Err(PlanError::Gre(*rk)),
            }
        }
    })
}

/// How the XDP program picks a slot for `sched`, and the ring (indices into
/// `cands`, `None` for an empty slot). The connection-counting schedulers get
/// the reals in list order, which the program loops over with their counts;
/// fo walks the one real it picks (it reads no counts, and the ring is laid
/// again whenever a weight changes), or, with `thresholds`, all it may pick
/// by falling weight (the first on ties), of which the program takes the
/// first not overloaded.
fn ring_of(
    sched: Scheduler,
    cands: &[Candidate],
    thresholds: bool,
) -> (abi::Sched, Vec<Option<u32>>) {
    let walk = |v: Vec<u32>| (abi::Sched::Walk, v.into_iter().map(Some).collect());
    let hash_src = |port: bool| {
        if port {
            abi::Sched::HashSrcPort
        } else {
            abi::Sched::HashSrc
        }
    };
    let all = |s: abi::Sched| (s, (0..cands.len() as u32).map(Some).collect());
    match sched {
        Scheduler::Rr => walk(rr_sequence(cands)),
        Scheduler::Wrr => walk(wrr_sequence(cands)),
        Scheduler::Fo if thresholds => {
            let mut by_weight: Vec<u32> = (0..cands.len() as u32)
                .filter(|&i| cands[i as usize].weight > 0)
                .collect();
            by_weight.sort_by_key(|&i| std::cmp::Reverse(cands[i as usize].weight));
            walk(by_weight)
        }
        Scheduler::Fo => walk(
            rvs_lb::sched::least::fo(cands)
                .map(|i| vec![i as u32])
                .unwrap_or_default(),
        ),
        Scheduler::Lc => all(abi::Sched::Lc),
        Scheduler::Wlc => all(abi::Sched::Wlc),
        Scheduler::Sed => all(abi::Sched::Sed),
        Scheduler::Nq => all(abi::Sched::Nq),
        Scheduler::Ovf => all(abi::Sched::Ovf),
        Scheduler::Lblc | Scheduler::Lblcr => all(abi::Sched::Lblc),
        Scheduler::Sh { port, .. } => (hash_src(port), sh_table(cands)),
        Scheduler::Dh => (abi::Sched::HashDst, dh_table(cands)),
        Scheduler::Mh { port, .. } => {
            let keys: Vec<RealKey> = cands.iter().map(|c| c.real).collect();
            let weights: Vec<u32> = cands.iter().map(|c| c.weight).collect();
            (
                hash_src(port),
                maglev_table(&keys, &weights, MaglevParams::IPVS),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_lb::{RealServer, Service, ServiceConfig};

    const CAP: Capacity = Capacity {
        services: 4,
        backends: 8,
        ring: 64,
    };

    fn real(addr: &str, weight: u32) -> (RealKey, RealServer) {
        (
            RealKey {
                addr: addr.parse().expect("address literal"),
                port: 80,
            },
            RealServer {
                forwarding: Forwarding::Dr,
                weight,
                upper_threshold: 0,
                lower_threshold: 0,
            },
        )
    }

    fn table(vips: &[&str], reals: &[(&str, u32)], scheduler: Scheduler) -> Table {
        let mut t = Table::new();
        for vip in vips {
            t.insert(
                ServiceKey::Addr {
                    vip: vip.parse().expect("address literal"),
                    port: 80,
                    protocol: Protocol::Tcp,
                },
                Service {
                    config: ServiceConfig {
                        scheduler,
                        persistence: None,
                        forwarding: Forwarding::Dr,
                        one_packet: false,
                        sorry_server: None,
                    },
                    reals: reals.iter().map(|(a, w)| real(a, *w)).collect(),
                },
            );
        }
        t
    }

    fn mac(_: IpAddr) -> Option<NextHop> {
        Some(NextHop {
            mac: [2, 0, 0, 0, 0, 1],
            out: None,
        })
    }

    #[test]
    fn wrr_ring_repeats_reals_by_weight() {
        let t = table(
            &["198.18.0.10"],
            &[("198.18.1.1", 2), ("198.18.1.2", 1)],
            Scheduler::Wrr,
        );
        let ids = Ids::default().assign(&t, CAP).expect("fits");
        let p = plan(&t, &ids, CAP, &mac).expect("plan");
        assert_eq!(p.services.len(), 1);
        assert_eq!(p.services[0].1.ring_len, 3);
        let a = ids
            .backend(
                t.services().keys().next().expect("svc"),
                &real("198.18.1.1", 0).0,
            )
            .expect("id");
        assert_eq!(p.ring.iter().filter(|&&s| s == a).count(), 2);
        assert_eq!(p.backends.len(), 2);
    }

    #[test]
    fn counting_schedulers_list_the_reals_with_their_weights() {
        let t = table(
            &["198.18.0.10"],
            &[("198.18.1.1", 2), ("198.18.1.2", 0), ("198.18.1.3", 5)],
            Scheduler::Wlc,
        );
        let ids = Ids::default().assign(&t, CAP).expect("fits");
        let p = plan(&t, &ids, CAP, &mac).expect("plan");
        let svc = &p.services[0].1;
        assert_eq!((svc.sched, svc.ring_len), (abi::Sched::Wlc as u8, 3));
        let key = t.services().keys().next().expect("svc");
        let order: Vec<u32> = ["198.18.1.3", "198.18.1.2", "198.18.1.1"]
            .iter()
            .map(|a| ids.backend(key, &real(a, 0).0).expect("id"))
            .collect();
        assert_eq!(p.ring, order, "IPVS's list order: newest (last key) first");
        let weight = |id: u32| {
            p.backends
                .iter()
                .find(|b| b.0 == id)
                .expect("backend")
                .1
                .weight
        };
        assert_eq!(
            order.iter().map(|id| weight(*id)).collect::<Vec<_>>(),
            [5, 0, 2]
        );
    }

    #[test]
    fn thresholds_reach_the_backends_and_flag_their_service() {
        let sh = Scheduler::Sh {
            port: false,
            fallback: true,
        };
        for (sched, upper, lower, flags) in [
            (Scheduler::Rr, 0, 0, 0),
            (Scheduler::Rr, 0, 5, 0),
            (Scheduler::Rr, 10, 5, abi::SVC_THRESHOLDS),
            (sh, 0, 0, abi::SVC_FALLBACK),
            (sh, 10, 0, abi::SVC_THRESHOLDS | abi::SVC_FALLBACK),
        ] {
            let mut t = table(
                &["198.18.0.10"],
                &[("198.18.1.1", 1), ("198.18.1.2", 1)],
                sched,
            );
            let key = *t.services().keys().next().expect("svc");
            let mut svc = t.service(&key).expect("svc").clone();
            let (rk, mut rs) = real("198.18.1.2", 1);
            rs.upper_threshold = upper;
            rs.lower_threshold = lower;
            svc.reals.insert(rk, rs);
            t.insert(key, svc);
            let cap = Capacity { ring: 256, ..CAP };
            let ids = Ids::default().assign(&t, cap).expect("fits");
            let p = plan(&t, &ids, cap, &mac).expect("plan");
            assert_eq!(
                p.services[0].1.flags, flags,
                "{sched:?} -x {upper} -y {lower}"
            );
            let id = ids.backend(&key, &rk).expect("id");
            let be = p.backends.iter().find(|b| b.0 == id).expect("backend").1;
            assert_eq!((be.upper_threshold, be.lower_threshold), (upper, lower));
        }
    }

    #[test]
    fn a_counting_scheduler_takes_at_most_256_reals() {
        let big = Capacity {
            services: 1,
            backends: 512,
            ring: 1024,
        };
        let addrs: Vec<String> = (0..257)
            .map(|i| format!("198.18.{}.{}", 1 + i / 250, 1 + i % 250))
            .collect();
        let reals: Vec<(&str, u32)> = addrs.iter().map(|a| (a.as_str(), 1)).collect();
        let t = table(&["198.18.0.10"], &reals, Scheduler::Lc);
        let ids = Ids::default().assign(&t, big).expect("fits");
        assert!(matches!(
            plan(&t, &ids, big, &mac),
            Err(PlanError::TooManyReals {
                reals: 257,
                max: 256,
                ..
            })
        ));
        let t = table(&["198.18.0.10"], &reals, Scheduler::Wrr);
        assert!(plan(&t, &ids, big, &mac).is_ok(), "wrr has no such bound");
    }

    #[test]
    fn ids_survive_adding_a_service_before_others() {
        let t1 = table(&["198.18.0.20"], &[("198.18.1.1", 1)], Scheduler::Rr);
        let ids1 = Ids::default().assign(&t1, CAP).expect("fits");
        let t2 = table(
            &["198.18.0.10", "198.18.0.20"],
            &[("198.18.1.1", 1)],
            Scheduler::Rr,
        );
        let ids2 = ids1.assign(&t2, CAP).expect("fits");
        let k20 = *t1.services().keys().next().expect("svc");
        assert_eq!(ids1.service(&k20), ids2.service(&k20));
        assert_eq!(
            ids1.backend(&k20, &real("198.18.1.1", 0).0),
            ids2.backend(&k20, &real("198.18.1.1", 0).0)
        );
        assert!(ids1.freed_backends(&ids2).is_empty());
        let empty = ids2.assign(&Table::new(), CAP).expect("fits");
        assert_eq!(ids2.freed_backends(&empty).len(), 2);
    }

    #[test]
    fn a_replaced_real_does_not_inherit_the_removed_ones_id() {
        let t1 = table(&["198.18.0.10"], &[("198.18.1.1", 1)], Scheduler::Rr);
        let ids1 = Ids::default().assign(&t1, CAP).expect("fits");
        let t2 = table(&["198.18.0.10"], &[("198.18.1.2", 1)], Scheduler::Rr);
        let ids2 = ids1.assign(&t2, CAP).expect("fits");
        let svc = t1.services().keys().next().expect("svc");
        let old = ids1.backend(svc, &real("198.18.1.1", 0).0).expect("old id");
        let new = ids2.backend(svc, &real("198.18.1.2", 0).0).expect("new id");
        assert_ne!(old, new);
        assert_eq!(ids1.new_ids(&ids2), (vec![], vec![new]));
    }

    #[test]
    fn too_many_services_is_an_error_not_a_wrap() {
        let t = table(
            &[
                "198.18.0.1",
                "198.18.0.2",
                "198.18.0.3",
                "198.18.0.4",
                "198.18.0.5",
            ],
            &[],
            Scheduler::Rr,
        );
        assert_eq!(
            Ids::default().assign(&t, CAP),
            Err(PlanError::TooManyServices(4))
        );
    }

    #[test]
    fn hash_schedulers_get_ipvs_sized_tables_and_persistence_a_mask() {
        let big = Capacity { ring: 8192, ..CAP };
        let mut t = table(
            &["198.18.0.10", "198.18.0.11"],
            &[("198.18.1.1", 1)],
            Scheduler::Sh {
                port: true,
                fallback: false,
            },
        );
        let keys: Vec<ServiceKey> = t.services().keys().copied().collect();
        let mut mh = t.service(&keys[1]).expect("second service").clone();
        mh.config.scheduler = Scheduler::Mh {
            port: false,
            fallback: false,
        };
        mh.config.persistence = Some(rvs_lb::Persistence {
            timeout_secs: 60,
            prefix_len: 24,
        });
        t.insert(keys[1], mh);
        let ids = Ids::default().assign(&t, big).expect("fits");
        let p = plan(&t, &ids, big, &mac).expect("plan");
        let (sh, mh) = (&p.services[0].1, &p.services[1].1);
        assert_eq!(
            (sh.sched, sh.ring_len),
            (abi::Sched::HashSrcPort as u8, 256)
        );
        assert_eq!(
            (mh.sched, mh.ring_len, mh.ring_start),
            (abi::Sched::HashSrc as u8, 4093, 256)
        );
        assert_eq!(sh.persist_timeout_s, 0);
        assert_eq!(mh.persist_timeout_s, 60);
        assert_eq!(
            mh.persist_mask,
            addr_words("255.255.255.0".parse().expect("mask")).0
        );
        let only = ids.backend(&keys[0], &real("198.18.1.1", 0).0).expect("id");
        assert!(
            p.ring[..256].iter().all(|s| *s == only),
            "one real fills the sh table"
        );
        assert_eq!(p.ring.len(), 256 + 4093);
    }

    #[test]
    fn new_rings_do_not_overwrite_the_ones_in_use() {
        assert_eq!(ring_base((0, 0), 10, 64), 0);
        assert_eq!(ring_base((0, 10), 10, 64), 10);
        assert_eq!(ring_base((10, 10), 10, 64), 20);
        assert_eq!(ring_base((50, 10), 10, 64), 0, "wraps to the free start");
        assert_eq!(ring_base((0, 60), 10, 64), 0, "no room: over the old ones");
    }

    #[test]
    fn missing_mac_names_the_real() {
        let t = table(&["198.18.0.10"], &[("198.18.1.1", 1)], Scheduler::Rr);
        let ids = Ids::default().assign(&t, CAP).expect("fits");
        assert_eq!(
            plan(&t, &ids, CAP, &|_| None),
            Err(PlanError::NoMac("198.18.1.1".parse().expect("v4")))
        );
    }
}
