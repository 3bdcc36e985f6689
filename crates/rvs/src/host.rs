//! The running system as [`rvs_config::Host`]: what validation checks against.

use rvs_config::Host;

/// Answers from the kernel of the network namespace rvs runs in.
#[derive(Debug, Default, Clone, Copy)]
pub struct System;

impl Host for System {
    fn has_interface(&self, name: &str) -> bool {
        nix::net::if_::if_nametoindex(name).is_ok()
    }
}
