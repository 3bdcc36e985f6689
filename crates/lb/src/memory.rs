//! An in-memory data plane: the reference model the XDP and IPVS backends must match.
//!
//! It holds the table, schedules new flows with the service's scheduler, keeps
//! persistence templates and a connection table, and counts as IPVS does: a new
//! connection starts inactive, turns active when established, and every UDP
//! connection stays inactive; the overload flag follows the thresholds (see
//! [`crate::sched::overload`]). A persistence template sends its client network
//! to its real while the template lives and the real is in the service, even at
//! weight 0, as IPVS does by default (`expire_quiescent_template` = 0). Not
//! modelled: services on port 0 (all ports) and connections that outlive their
//! real's removal (IPVS keeps them in its trash; here they go with the real).

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use crate::dataplane::{
    ApplyError, ConnState, Connection, Counters, Dataplane, RealStats, ServiceStats,
};
use crate::sched::{overload, Candidate, Flow, MaglevParams, Scheduler, SchedulerState};
use crate::service::{Family, Protocol, RealKey, ServiceKey};
use crate::table::{Change, Table, TableError};
use crate::time::Instant;

#[derive(Debug, Clone, Default)]
struct RealState {
    counters: Counters,
    active: u32,
    inactive: u32,
    persistent: u32,
    overloaded: bool,
}

#[derive(Debug, Clone)]
struct ServiceState {
    kind: Scheduler,
    sched: SchedulerState,
    /// Counters of reals since removed, so the service's totals never go back.
    gone: Counters,
    reals: BTreeMap<RealKey, RealState>,
    /// The reals in IPVS's list order, newest first (IPVS adds at the head); the
    /// order schedulers walk.
    order: Vec<RealKey>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct ConnKey {
    protocol: Protocol,
    client: SocketAddr,
    vaddr: SocketAddr,
}

#[derive(Debug, Clone)]
struct Conn {
    service: ServiceKey,
    real: RealKey,
    /// The port packets go to on the real (IPVS's `cp->dport`).
    real_port: u16,
    state: ConnState,
    expires: Instant,
}

#[derive(Debug, Clone)]
struct Template {
    real: RealKey,
    expires: Instant,
}

/// The in-memory backend.
#[derive(Debug, Clone, Default)]
pub struct MemoryDataplane {
    table: Table,
    services: BTreeMap<ServiceKey, ServiceState>,
    conns: BTreeMap<ConnKey, Conn>,
    templates: BTreeMap<(ServiceKey, IpAddr), Template>,
    /// The latest time seen, for the expiry column of [`Dataplane::connections`].
    now: Instant,
    maglev: MaglevParams,
}

/// IPVS's default timeout for a connection in `state`.
pub fn state_timeout(state: ConnState) -> Duration {
    let secs = match state {
        ConnState::Established | ConnState::SctpEstablished => 900,
        ConnState::SynRecv | ConnState::CloseWait => 60,
        ConnState::FinWait | ConnState::TimeWait => 120,
        ConnState::LastAck => 30,
        ConnState::Udp => 300,
        ConnState::None | ConnState::Close | ConnState::SctpInit | ConnState::SctpClosed => 10,
    };
    Duration::from_secs(secs)
}

impl MemoryDataplane {
    pub fn new() -> Self {
        Self::default()
    }

    /// With mh services laid out with `params` (IPVS's own are [`MaglevParams::IPVS`]).
    pub fn with_maglev(params: MaglevParams) -> Self {
        MemoryDataplane {
            maglev: params,
            ..Self::default()
        }
    }

    /// The service a packet to `flow.dst` belongs to: a fwmark service for the
    /// packet's mark first (as IPVS), else the VIP:port service.
    fn lookup(&self, flow: &Flow, fwmark: Option<u32>) -> Option<ServiceKey> {
        let by_mark = fwmark.map(|mark| ServiceKey::Fwmark {
            mark,
            family: Family::of(flow.dst),
        });
        let by_addr = ServiceKey::Addr {
            vip: flow.dst,
            port: flow.dst_port,
            protocol: flow.protocol,
        };
        by_mark
            .into_iter()
            .chain(Some(by_addr))
            .find(|k| self.services.contains_key(k))
    }

    /// A client packet of `bytes` bytes: joins its connection or, for a new flow,
    /// schedules one (persistence first). Returns the real, or `None` when there is
    /// no service or no available real.
    pub fn handle_packet(
        &mut self,
        now: Instant,
        flow: &Flow,
        fwmark: Option<u32>,
        bytes: u64,
    ) -> Option<RealKey> {
        self.now = self.now.max(now);
        let ck = conn_key(flow);
        if let Some(conn) = self.conns.get(&ck) {
            let (service, real) = (conn.service, conn.real);
            let rs = self.real_mut(&service, &real)?;
            rs.counters.in_packets += 1;
            rs.counters.in_bytes += bytes;
            return Some(real);
        }
        let service = self.lookup(flow, fwmark)?;
        let real = self.pick(now, &service, flow)?;
        let real_port = self.real_port(&service, real, flow.dst_port);
        let state = match flow.protocol {
            Protocol::Tcp => ConnState::SynRecv,
            Protocol::Udp => ConnState::Udp,
            Protocol::Sctp => ConnState::SctpInit,
        };
        let (upper, lower) = self.thresholds(&service, &real);
        let one_packet = flow.protocol == Protocol::Udp
            && self
                .table
                .service(&service)
                .is_some_and(|s| s.config.one_packet);
        let rs = self.real_mut(&service, &real)?;
        rs.counters.conns += 1;
        rs.counters.in_packets += 1;
        rs.counters.in_bytes += bytes;
        rs.inactive += 1;
        let total = u64::from(rs.active) + u64::from(rs.inactive);
        rs.overloaded = overload::overloaded(rs.overloaded, total, upper, lower);
        if one_packet {
            // IPVS binds a one-packet connection and frees it as soon as it is sent.
            rs.inactive -= 1;
            rs.overloaded = overload::overloaded(rs.overloaded, total - 1, upper, lower);
            return Some(real);
        }
        self.conns.insert(
            ck,
            Conn {
                service,
                real,
                real_port,
                state,
                expires: now.saturating_add(state_timeout(state)),
            },
        );
        Some(real)
    }

    /// A reply packet of the connection of `flow` (as the client sent it).
    pub fn handle_reply(&mut self, now: Instant, flow: &Flow, bytes: u64) -> Option<RealKey> {
        self.now = self.now.max(now);
        let conn = self.conns.get(&conn_key(flow))?;
        let (service, real) = (conn.service, conn.real);
        let rs = self.real_mut(&service, &real)?;
        rs.counters.out_packets += 1;
        rs.counters.out_bytes += bytes;
        Some(real)
    }

    /// Moves the connection of `flow` to `state` (the protocol tracker's job in IPVS)
    /// and restarts its timer.
    pub fn set_state(&mut self, now: Instant, flow: &Flow, state: ConnState) -> bool {
        self.now = self.now.max(now);
        let Some(conn) = self.conns.get_mut(&conn_key(flow)) else {
            return false;
        };
        let was = conn.state.is_active();
        conn.state = state;
        conn.expires = now.saturating_add(state_timeout(state));
        let (service, real) = (conn.service, conn.real);
        if let Some(rs) = self.real_mut(&service, &real) {
            match (was, state.is_active()) {
                (false, true) => {
                    rs.inactive = rs.inactive.saturating_sub(1);
                    rs.active += 1;
                }
                (true, false) => {
                    rs.active = rs.active.saturating_sub(1);
                    rs.inactive += 1;
                }
                _ => {}
            }
        }
        true
    }

    /// Drops connections and templates whose time is up, and stale lblc/lblcr
    /// cache entries.
    pub fn expire(&mut self, now: Instant) {
        self.now = self.now.max(now);
        for s in self.services.values_mut() {
            s.sched.expire(now);
        }
        let dead: Vec<ConnKey> = self
            .conns
            .iter()
            .filter(|(_, c)| c.expires <= now)
            .map(|(k, _)| *k)
            .collect();
        for k in dead {
            if let Some(c) = self.conns.remove(&k) {
                self.unbind(&c);
            }
        }
        let dead: Vec<(ServiceKey, IpAddr)> = self
            .templates
            .iter()
            .filter(|(_, t)| t.expires <= now)
            .map(|(k, _)| *k)
            .collect();
        for k in dead {
            if let Some(t) = self.templates.remove(&k) {
                if let Some(rs) = self.real_mut(&k.0, &t.real) {
                    rs.persistent = rs.persistent.saturating_sub(1);
                }
            }
        }
    }

    fn unbind(&mut self, c: &Conn) {
        let (upper, lower) = self.thresholds(&c.service, &c.real);
        if let Some(rs) = self.real_mut(&c.service, &c.real) {
            if c.state.is_active() {
                rs.active = rs.active.saturating_sub(1);
            } else {
                rs.inactive = rs.inactive.saturating_sub(1);
            }
            let total = u64::from(rs.active) + u64::from(rs.inactive);
            rs.overloaded = overload::overloaded(rs.overloaded, total, upper, lower);
        }
    }

    /// IPVS's choice of destination port: the real's, unless it is 0 or the packet
    /// reached a persistent service on another port than the service's (a persistent
    /// fwmark service, whose port is 0), where the packet's port is kept.
    fn real_port(&self, service: &ServiceKey, real: RealKey, vport: u16) -> u16 {
        let svc_port = match *service {
            ServiceKey::Addr { port, .. } => port,
            ServiceKey::Fwmark { .. } => 0,
        };
        let persistent = self
            .table
            .service(service)
            .is_some_and(|s| s.config.persistence.is_some());
        if real.port == 0 || (persistent && vport != svc_port) {
            vport
        } else {
            real.port
        }
    }

    fn thresholds(&self, service: &ServiceKey, real: &RealKey) -> (u32, u32) {
        self.table
            .service(service)
            .and_then(|s| s.reals.get(real))
            .map_or((0, 0), |r| (r.upper_threshold, r.lower_threshold))
    }

    fn real_mut(&mut self, service: &ServiceKey, real: &RealKey) -> Option<&mut RealState> {
        self.services.get_mut(service)?.reals.get_mut(real)
    }

    fn pick(&mut self, now: Instant, key: &ServiceKey, flow: &Flow) -> Option<RealKey> {
        let service = self.table.service(key)?;
        let persistence = service.config.persistence;
        let template_key = persistence.map(|p| (*key, p.client_key(flow.src)));
        if let Some(tk) = template_key {
            if let Some(t) = self.templates.get(&tk) {
                if t.expires > now && service.reals.contains_key(&t.real) {
                    let real = t.real;
                    if let (Some(p), Some(t)) = (persistence, self.templates.get_mut(&tk)) {
                        t.expires = now.saturating_add(Duration::from_secs(p.timeout_secs.into()));
                    }
                    return Some(real);
                }
            }
        }
        let candidates = self.candidates(key);
        let state = self.services.get_mut(key)?;
        let i = state.sched.schedule(now, &candidates, flow)?;
        let real = candidates[i].real;
        if let (Some(p), Some(tk)) = (persistence, template_key) {
            let old = self.templates.insert(
                tk,
                Template {
                    real,
                    expires: now.saturating_add(Duration::from_secs(p.timeout_secs.into())),
                },
            );
            if let Some(old) = old {
                if let Some(rs) = state.reals.get_mut(&old.real) {
                    rs.persistent = rs.persistent.saturating_sub(1);
                }
            }
            if let Some(rs) = state.reals.get_mut(&real) {
                rs.persistent += 1;
            }
        }
        Some(real)
    }

    /// The service's reals as its scheduler sees them, in IPVS's list order.
    fn candidates(&self, key: &ServiceKey) -> Vec<Candidate> {
        let (Some(service), Some(state)) = (self.table.service(key), self.services.get(key)) else {
            return Vec::new();
        };
        state
            .order
            .iter()
            .filter_map(|rk| Some((rk, service.reals.get(rk)?)))
            .map(|(rk, r)| {
                let rs = state.reals.get(rk).cloned().unwrap_or_default();
                Candidate {
                    real: *rk,
                    weight: r.weight,
                    active: rs.active,
                    inactive: rs.inactive,
                    overloaded: rs.overloaded,
                }
            })
            .collect()
    }

    /// Runs the scheduler's dest hook after a change to the service's reals.
    fn reals_changed(&mut self, key: &ServiceKey) {
        let candidates = self.candidates(key);
        if let Some(s) = self.services.get_mut(key) {
            s.sched.update(&candidates);
        }
    }

    fn apply_one(&mut self, change: &Change) -> Result<(), TableError> {
        self.table.apply(change)?;
        match change {
            Change::AddService { key, config } => {
                self.services.insert(
                    *key,
                    ServiceState {
                        kind: config.scheduler,
                        sched: SchedulerState::with_maglev(config.scheduler, self.maglev),
                        gone: Counters::default(),
                        reals: BTreeMap::new(),
                        order: Vec::new(),
                    },
                );
            }
            Change::EditService { key, config } => {
                // IPVS starts a new scheduler only when the scheduler changes.
                if let Some(s) = self.services.get_mut(key) {
                    if s.kind != config.scheduler {
                        s.kind = config.scheduler;
                        s.sched = SchedulerState::with_maglev(config.scheduler, self.maglev);
                    }
                }
            }
            Change::RemoveService { key } => {
                self.services.remove(key);
                self.conns.retain(|_, c| c.service != *key);
                self.templates.retain(|(s, _), _| s != key);
            }
            Change::AddReal { service, real, .. } => {
                if let Some(s) = self.services.get_mut(service) {
                    s.reals.insert(*real, RealState::default());
                    s.order.insert(0, *real);
                }
                self.reals_changed(service);
            }
            Change::EditReal { service, .. } => self.reals_changed(service),
            Change::RemoveReal { service, real } => {
                if let Some(s) = self.services.get_mut(service) {
                    if let Some(rs) = s.reals.remove(real) {
                        s.gone.add(&rs.counters);
                    }
                    s.order.retain(|k| k != real);
                }
                self.conns
                    .retain(|_, c| !(c.service == *service && c.real == *real));
                self.templates
                    .retain(|(s, _), t| !(s == service && t.real == *real));
                self.reals_changed(service);
            }
        }
        Ok(())
    }
}

impl Dataplane for MemoryDataplane {
    type Error = TableError;

    fn apply(&mut self, changes: &[Change]) -> Result<(), ApplyError<TableError>> {
        for (index, change) in changes.iter().enumerate() {
            self.apply_one(change).map_err(|reason| ApplyError {
                index,
                change: change.clone(),
                reason,
            })?;
        }
        Ok(())
    }

    fn table(&self) -> Result<Table, TableError> {
        Ok(self.table.clone())
    }

    fn stats(&self) -> Result<Vec<ServiceStats>, TableError> {
        Ok(self
            .services
            .iter()
            .map(|(key, s)| {
                let mut counters = s.gone;
                let reals = s
                    .reals
                    .iter()
                    .map(|(rk, rs)| {
                        counters.add(&rs.counters);
                        RealStats {
                            real: *rk,
                            counters: rs.counters,
                            active: rs.active,
                            inactive: rs.inactive,
                            persistent: rs.persistent,
                        }
                    })
                    .collect();
                ServiceStats {
                    key: *key,
                    counters,
                    reals,
                }
            })
            .collect())
    }

    fn connections(&self) -> Result<Vec<Connection>, TableError> {
        let mut out: Vec<Connection> = self
            .conns
            .iter()
            .map(|(k, c)| Connection {
                protocol: Some(k.protocol),
                expires_in: c.expires.since(self.now),
                state: c.state,
                template: false,
                client: k.client,
                virtual_addr: k.vaddr,
                real: SocketAddr::new(c.real.addr, c.real_port),
            })
            .collect();
        for ((service, client), t) in &self.templates {
            // A template keeps the real's port for an address service, none for fwmark.
            let (protocol, vaddr, real_port) = match *service {
                ServiceKey::Addr {
                    vip,
                    port,
                    protocol,
                } => (Some(protocol), SocketAddr::new(vip, port), t.real.port),
                ServiceKey::Fwmark { mark, family } => {
                    // IPVS keeps the mark in a fwmark template's virtual address
                    // (ipvsadm -Lnc: "IP ... NONE 198.18.0.1:0 0.0.0.5:0 198.19.0.2:0").
                    let mark_addr: IpAddr = match family {
                        Family::V4 => std::net::Ipv4Addr::from(mark).into(),
                        Family::V6 => std::net::Ipv6Addr::from(u128::from(mark)).into(),
                    };
                    (None, SocketAddr::new(mark_addr, 0), 0)
                }
            };
            out.push(Connection {
                protocol,
                expires_in: t.expires.since(self.now),
                state: ConnState::None,
                template: true,
                client: SocketAddr::new(*client, 0),
                virtual_addr: vaddr,
                real: SocketAddr::new(t.real.addr, real_port),
            });
        }
        Ok(out)
    }
}

fn conn_key(flow: &Flow) -> ConnKey {
    ConnKey {
        protocol: flow.protocol,
        client: SocketAddr::new(flow.src, flow.src_port),
        vaddr: SocketAddr::new(flow.dst, flow.dst_port),
    }
}
