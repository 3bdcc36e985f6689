//! The daemon: the watchdog parent (`rvs run`) and its checker child (`rvs run -C`);
//! the VRRP child (`rvs run -P`) lives in [`crate::vrrp`].

pub mod check_child;
mod live_table;
pub mod parent_death;
mod supervisor;
mod suspend;
pub mod watchdog;
