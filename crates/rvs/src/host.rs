//! The running system as [`rvs_config::Host`]: what validation checks against.

use rvs_config::Host;

/// Answers from the kernel of the network namespace rvs runs in, and from
/// this machine's files and users.
#[derive(Debug, Default, Clone, Copy)]
pub struct System;

impl Host for System {
    fn has_interface(&self, name: &str) -> bool {
        nix::net::if_::if_nametoindex(name).is_ok()
    }

    fn find_program(&self, program: &str) -> Option<bool> {
        Some(rvs_config::program_on_disk(program))
    }

    fn resolves(&self, name: &str) -> Option<bool> {
        use std::net::ToSocketAddrs;
        Some(
            (name, 0)
                .to_socket_addrs()
                .is_ok_and(|mut a| a.next().is_some()),
        )
    }

    fn user_exists(&self, name: &str) -> bool {
        matches!(nix::unistd::User::from_name(name), Ok(Some(_)))
    }
}
