//! Network-namespace topologies for tests and `rvs lab`.
//!
//! A [`Netns`] is a namespace named `rvs-t-<pid>-<name>`: parallel test processes never
//! collide, and [`sweep`] can remove what a killed process left behind. Everything is
//! done with `ip` (iproute2) so that a failing step can be replayed by hand. Addresses
//! are restricted to the documentation/benchmark ranges 198.18.0.0/15 and
//! 2001:db8::/32 ([`addr::check_test_cidr`]), and nothing ever touches the root
//! namespace's own interfaces.
//!
//! - [`Netns`]: one namespace; veth pairs, bridges, addresses, routes, `net.*`
//!   sysctls; [`Netns::exec`] runs a command inside with a deadline, [`Netns::spawn`]
//!   starts one that is killed on drop, [`Netns::run_in`] runs a closure on a thread
//!   inside (sockets it opens stay in the namespace).
//! - [`Topology`]: several namespaces wired by point-to-point links and bridged LANs
//!   (client, director, real servers).
//! - [`LbLab`]: client, director and real servers for one `lb_kind` (DR, TUN, NAT).
//! - [`Bpffs`]: a private bpffs mount for pinned BPF objects.
//! - [`Keepalived`]: the real keepalived as a daemon in a namespace, the reference
//!   VRRP peer.
//! - [`require`]: fails naming what is missing (root, `ip`); every constructor calls it.
//!   [`require_tool`] names another missing program and its Debian package.
#![forbid(unsafe_code)]

pub mod addr;
mod bpffs;
mod error;
mod keepalived;
pub mod lb;
mod netns;
mod run;
mod topology;

pub use bpffs::Bpffs;
pub use error::Error;
pub use keepalived::Keepalived;
pub use lb::LbLab;
pub use netns::{sweep, Background, Netns, PREFIX};
pub use run::{require, require_tool, run_with_timeout, Output};
pub use topology::{End, Topology, TopologyBuilder};
