//! Health checks: checker state machines with keepalived semantics and their drivers.
//!
//! - [`spec`]: what to check (keepalived's checker and real-server keywords).
//! - [`monitor`]: the sans-IO core deciding membership and weights.
//! - [`driver`]: the probes themselves (TCP, HTTP, TLS, scripts, ...).
//! - [`engine`]: a tokio shell running a [`monitor::Monitor`] with the drivers.
//! - [`from_config`]: the specs of a parsed keepalived.conf.
#![forbid(unsafe_code)]

mod action;
mod checker;
pub mod driver;
pub mod engine;
pub mod from_config;
pub mod monitor;
pub mod outcome;
mod rng;
pub mod spec;
pub mod time;

#[cfg(test)]
mod tests;

pub use monitor::{Action, CheckerRef, Event, Monitor, Options, Probe, ProbeId, Server, ServerRef};
pub use outcome::{Failure, Outcome};
pub use time::Instant;
