//! `rvs run -P`: keepalived.conf's VRRP instances, running.

pub mod group;
pub mod link;
pub mod notify;
pub mod plan;
pub mod run;
pub mod script;
