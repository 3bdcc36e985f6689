//! The VRRP side: `vrrp_script`, `track_file`, `vrrp_track_process`,
//! `vrrp_sync_group`, `vrrp_instance`, `static_*`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VrrpConfig {}
