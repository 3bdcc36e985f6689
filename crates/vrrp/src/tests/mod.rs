//! Tests of the pure core: one instance driven by hand, and simulated LANs.

mod instance;
mod scenarios;
mod sync_group;
mod util;
