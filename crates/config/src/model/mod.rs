//! The typed configuration: what a keepalived.conf means, defaults applied.
//!
//! Fields with a keepalived default hold it and are always serialized; fields
//! without one are `Option` and left out of the JSON when unset.

pub mod global;
pub mod lvs;
pub mod script;
pub mod time;
pub mod vrrp;

pub use global::GlobalDefs;
pub use lvs::LvsConfig;
pub use script::Script;
pub use time::Secs;
pub use vrrp::VrrpConfig;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Config {
    pub global_defs: GlobalDefs,
    /// VRRP side: scripts, tracking, sync groups, instances, static addresses.
    #[serde(flatten)]
    pub vrrp: VrrpConfig,
    /// LVS side: virtual server groups, virtual servers, real servers, checkers.
    #[serde(flatten)]
    pub lvs: LvsConfig,
}
