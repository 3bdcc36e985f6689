//! VRRP: packet codec, per-instance state machine, sync groups, tracking (sans-IO
//! core), and the raw-socket pieces of its IO shell (`io`).
#![forbid(unsafe_code)]

pub mod config;
pub mod error;
pub mod instance;
pub mod io;
pub mod packet;
pub mod sync_group;
pub mod time;
mod timer;
mod track;

pub use config::InstanceConfig;
pub use error::{DecodeError, Rejection};
pub use instance::{Action, Input, Instance, Outgoing, Received, State, Stats};
pub use sync_group::{GroupAction, SyncGroup};
pub use time::Instant;

#[cfg(test)]
mod tests;
