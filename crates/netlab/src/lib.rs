//! Network-namespace topologies for tests and `rvs lab`.
//!
//! A [`Netns`] is a namespace named `rvs-t-<pid>-<name>`: parallel test processes never
//! collide, and [`sweep`] can remove what a killed process left behind. Everything is
//! done with `ip` (iproute2) so that a failing step can be replayed by hand. Addresses
//! are restricted to the documentation/benchmark ranges 198.18.0.0/15 and
//! 2001:db8::/32 ([`addr::check_test_cidr`]), and nothing ever touches the root
//! namespace's own interfaces.
#![forbid(unsafe_code)]

pub mod addr;
mod error;
mod keepalived;
mod netns;
mod run;
mod topology;

pub use error::Error;
pub use keepalived::Keepalived;
pub use netns::{sweep, Background, Netns, PREFIX};
pub use run::{require, run_with_timeout, Output};
pub use topology::{End, Topology, TopologyBuilder};
