//! VRRP: packet codec, per-instance state machine, sync groups, tracking (sans-IO core).
#![forbid(unsafe_code)]

pub mod error;
pub mod packet;
pub mod time;

pub use error::{DecodeError, Rejection};
pub use time::Instant;
