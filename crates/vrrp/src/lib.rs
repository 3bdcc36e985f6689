//! VRRP: packet codec, per-instance state machine, sync groups, tracking (sans-IO
//! core), and the raw-socket pieces of its IO shell (`io`).
//!
//! keepalived 2.2.7 behaviours reproduced here; all but the last two were checked on
//! the wire in namespaces (fixtures, `tests/keepalived_interop.rs`), the last two are
//! read from keepalived's source (`vrrp_sync_fault`, `vrrp_sync_can_goto_master`):
//! - IPv4 VRRPv3 checksums cover a pseudo-header naming the real destination (the
//!   unicast peer); `old_unicast_checksum` names the multicast group instead.
//! - Only `state MASTER` with priority 255 becomes MASTER at once; priority 255 in
//!   `state BACKUP`, or `state MASTER` below 255, waits its master down timer.
//! - VIPs are removed when an instance leaves INIT (leftovers of a crashed run).
//! - MASTER to FAULT by its own tracking sends two priority 0 adverts; a stop one.
//! - Equal priorities: a BACKUP never preempts; two MASTERs resolve to the higher
//!   primary address as soon as they hear each other.
//! - A MASTER pulled into FAULT by its sync group sends one priority 0 advert.
//! - A sync group in BACKUP goes MASTER only once every member's timer expired.
// `deny`, not `forbid`: io::packet_socket (sockaddr_ll) and io::socket6 (receive
// buffers for socket2) hold the two documented exceptions.
#![deny(unsafe_code)]

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
