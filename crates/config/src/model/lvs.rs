//! The LVS side: `virtual_server_group`, `virtual_server`, `real_server`, checkers.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LvsConfig {}
