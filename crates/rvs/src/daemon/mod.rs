//! The daemon's children: `rvs run -C` (checkers and data plane); the VRRP child
//! (`rvs run -P`) lives in [`crate::vrrp`].

pub mod check_child;
mod live_table;
