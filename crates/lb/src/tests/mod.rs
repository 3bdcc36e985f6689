//! Tests of the pure cores.

mod diff;
mod memory;
mod sched;
mod util;
