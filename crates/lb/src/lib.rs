//! The desired load-balancer table, its diff, IPVS schedulers and the `Dataplane` trait.
//!
//! Pure code: no IO, no clocks, no threads. Time enters as [`Instant`] arguments.
#![forbid(unsafe_code)]

pub mod dataplane;
mod entries;
pub mod group;
pub mod memory;
pub mod sched;
pub mod service;
pub mod table;
pub mod time;

#[cfg(test)]
mod tests;

pub use dataplane::{
    ApplyError, ConnState, Connection, Counters, Dataplane, RealStats, ServiceStats,
};
pub use group::{expand_group, GroupEntry, GroupError};
pub use memory::MemoryDataplane;
pub use sched::{Candidate, Flow, Scheduler, SchedulerState};
pub use service::{
    Family, Forwarding, Persistence, Protocol, RealKey, RealServer, Service, ServiceConfig,
    ServiceKey, SorryServer, TunnelCsum, TunnelKind,
};
pub use table::{Change, Table, TableError};
pub use time::Instant;
