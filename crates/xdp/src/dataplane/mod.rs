//! [`rvs_lb::Dataplane`] on the XDP balancer: a table becomes services,
//! backends and rings ([`plan`]), stats and connections come back in IPVS's terms.
//!
//! The maps cannot say which scheduler or weight made a ring, so the table and
//! the ids ([`Ids`]) live here; whoever reopens pinned maps hands back the table
//! and ids it saved ([`XdpDataplane::with_state`]).

pub mod plan;

use std::net::IpAddr;

use rvs_lb::{
    ApplyError, Change, ConnState, Connection, Counters, Dataplane, Protocol, RealStats,
    ServiceStats, Table,
};

use crate::abi::{Backend, State, Stats};
use crate::{conns, Balancer, Error, Options};
pub use plan::{Capacity, Ids, NextHop, Plan, PlanError};

/// Why applying or reading failed.
#[derive(Debug, thiserror::Error)]
pub enum DataplaneError {
    #[error("change does not fit the table: {0}")]
    Table(rvs_lb::TableError),
    #[error("{0}")]
    Plan(PlanError),
    #[error(transparent)]
    Xdp(#[from] Error),
}

/// The next hop of a real server, `None` when unknown.
pub type Neighbours = Box<dyn Fn(IpAddr) -> Option<NextHop> + Send>;

pub struct XdpDataplane {
    balancer: Balancer,
    cap: Capacity,
    table: Table,
    ids: Ids,
    neighbours: Neighbours,
}

impl XdpDataplane {
    /// A data plane over `balancer` (opened with `opts`) holding nothing yet.
    pub fn new(balancer: Balancer, opts: &Options, neighbours: Neighbours) -> XdpDataplane {
        Self::with_state(balancer, opts, neighbours, Table::new(), Ids::default())
    }

    /// A data plane over maps that already hold `table` with `ids`.
    pub fn with_state(
        balancer: Balancer,
        opts: &Options,
        neighbours: Neighbours,
        table: Table,
        ids: Ids,
    ) -> XdpDataplane {
        XdpDataplane {
            balancer,
            cap: Capacity {
                services: opts.services,
                backends: opts.backends,
                ring: opts.ring,
            },
            table,
            ids,
            neighbours,
        }
    }

    pub fn ids(&self) -> &Ids {
        &self.ids
    }

    pub fn balancer(&self) -> &Balancer {
        &self.balancer
    }

    pub fn balancer_mut(&mut self) -> &mut Balancer {
        &mut self.balancer
    }

    /// Writes `table` into the maps: backends first, then rings (beside the ones
    /// in use, see [`plan::ring_base`]), then services, so a service never points
    /// at a slot not yet written; then removes what `table` lacks.
    fn program(&mut self, table: &Table) -> Result<(), DataplaneError> {
        let mut ids = self
            .ids
            .assign(table, self.cap)
            .map_err(DataplaneError::Plan)?;
        let mut plan =
            plan::plan(table, &ids, self.cap, &*self.neighbours).map_err(DataplaneError::Plan)?;
        let len = plan.ring.len() as u32;
        let base = plan::ring_base(self.ids.ring(), len, self.cap.ring);
        for (_, svc) in &mut plan.services {
            svc.ring_start += base;
        }
        ids.set_ring(base, len);
        let (new_services, new_backends) = self.ids.new_ids(&ids);
        for id in new_services {
            self.balancer.zero_service_stats(id)?;
        }
        for id in new_backends {
            self.balancer.zero_backend_stats(id)?;
        }
        for (id, be) in &plan.backends {
            self.balancer.set_backend(*id, be)?;
        }
        self.balancer.set_ring(base, &plan.ring)?;
        for (key, svc) in &plan.services {
            self.balancer.set_service(key, svc)?;
        }
        for key in self.table.services().keys() {
            if table.service(key).is_none() {
                if let Ok((k, _)) = plan::abi_key(key) {
                    self.balancer.remove_service(&k)?;
                }
            }
        }
        for id in self.ids.freed_backends(&ids) {
            self.balancer.set_backend(id, &Backend::default())?;
        }
        self.ids = ids;
        self.table = table.clone();
        Ok(())
    }

    /// Recounts the live connections of every real from the connection table
    /// for the connection-counting schedulers ([`Balancer::recount_connections`]):
    /// corrects counts that races between CPUs left behind.
    pub fn recount_connections(&mut self) -> Result<(), DataplaneError> {
        let ids = self.ids.backend_ids();
        Ok(self.balancer.recount_connections(ids)?)
    }
}

impl Dataplane for XdpDataplane {
    type Error = DataplaneError;

    /// Checks every change against the table in turn, then programs the
    /// result once. A failure to program is reported at the last change.
    fn apply(&mut self, changes: &[Change]) -> Result<(), ApplyError<DataplaneError>> {
        let mut next = self.table.clone();
        for (index, change) in changes.iter().enumerate() {
            next.apply(change).map_err(|e| ApplyError {
                index,
                change: change.clone(),
                reason: DataplaneError::Table(e),
            })?;
        }
        let Some(last) = changes.last() else {
            return Ok(());
        };
        self.program(&next).map_err(|reason| ApplyError {
            index: changes.len() - 1,
            change: last.clone(),
            reason,
        })
    }

    fn table(&self) -> Result<Table, DataplaneError> {
        Ok(self.table.clone())
    }

    fn stats(&self) -> Result<Vec<ServiceStats>, DataplaneError> {
        let live = self.balancer.live_connections()?;
        let counts = conns::counts(&live);
        let mut out = Vec::new();
        for (key, svc) in self.table.services() {
            let Some(sid) = self.ids.service(key) else {
                continue;
            };
            let mut reals = Vec::new();
            for real in svc.reals.keys() {
                let Some(bid) = self.ids.backend(key, real) else {
                    continue;
                };
                let (active, inactive) = counts.get(&bid).copied().unwrap_or((0, 0));
                reals.push(RealStats {
                    real: *real,
                    counters: counters(self.balancer.backend_stats(bid)?),
                    active: u32::try_from(active).unwrap_or(u32::MAX),
                    inactive: u32::try_from(inactive).unwrap_or(u32::MAX),
                    persistent: 0,
                });
            }
            out.push(ServiceStats {
                key: *key,
                counters: counters(self.balancer.service_stats(sid)?),
                reals,
            });
        }
        Ok(out)
    }

    fn connections(&self) -> Result<Vec<Connection>, DataplaneError> {
        let live = self.balancer.live_connections()?;
        Ok(live
            .into_iter()
            .filter_map(|c| {
                let (_, real) = self.ids.real_of(c.backend)?;
                let protocol = match i32::from(c.proto) {
                    libc::IPPROTO_TCP => Protocol::Tcp,
                    libc::IPPROTO_UDP => Protocol::Udp,
                    _ => return None,
                };
                Some(Connection {
                    protocol: Some(protocol),
                    expires_in: c.expires_in,
                    state: conn_state(c.state),
                    template: false,
                    client: c.client,
                    virtual_addr: c.service,
                    real: std::net::SocketAddr::new(real.addr, real.port),
                })
            })
            .collect())
    }
}

fn counters(s: Stats) -> Counters {
    Counters {
        conns: s.conns,
        in_packets: s.packets_in,
        out_packets: s.packets_out,
        in_bytes: s.bytes_in,
        out_bytes: s.bytes_out,
    }
}

fn conn_state(s: State) -> ConnState {
    match s {
        State::None => ConnState::None,
        State::SynRecv => ConnState::SynRecv,
        State::Established => ConnState::Established,
        State::FinWait => ConnState::FinWait,
        State::Close => ConnState::Close,
        State::Udp => ConnState::Udp,
        State::TimeWait => ConnState::TimeWait,
    }
}
