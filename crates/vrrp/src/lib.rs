//! VRRP: packet codec, per-instance state machine, sync groups, tracking (sans-IO core).
#![forbid(unsafe_code)]

pub mod error;
pub mod packet;
pub mod time;

pub use error::{DecodeError, Rejection};
pub use time::Instant;
pub mod config;
pub mod instance;
mod timer;
mod track;

pub use config::InstanceConfig;
pub use instance::{Action, Input, Instance, Outgoing, Received, State, Stats};
pub mod sync_group;

pub use sync_group::{GroupAction, SyncGroup};

#[cfg(test)]
mod tests;
