//! Tests of the pure cores.

mod diff;
mod sched;
mod util;
