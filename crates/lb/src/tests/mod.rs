//! Tests of the pure cores.

mod diff;
mod ipvs_fixture;
mod memory;
mod sched;
mod util;
