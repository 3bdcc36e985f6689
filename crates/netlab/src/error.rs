//! What can go wrong while building or using a namespace.

use std::time::Duration;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Namespaces, links and addresses need CAP_NET_ADMIN; tests run as root.
    #[error("network namespace tests need root (running as uid {uid})")]
    NotRoot { uid: u32 },
    /// iproute2's `ip` is not installed or not runnable.
    #[error("`ip` (iproute2) is missing or not runnable: {source}; apt-get install iproute2")]
    IpMissing { source: std::io::Error },
    /// A name that cannot be a namespace or interface name.
    #[error("bad name {name:?}: {why}")]
    BadName { name: String, why: &'static str },
    /// An address outside 198.18.0.0/15 and 2001:db8::/32, or not an address at all.
    #[error("address {cidr:?} refused: {why}")]
    Address { cidr: String, why: &'static str },
    /// A program could not be started.
    #[error("cannot run {what}: {source}")]
    Spawn {
        what: String,
        source: std::io::Error,
    },
    /// A command ran and failed.
    #[error("{what} failed ({status}): {stderr}")]
    Failed {
        what: String,
        status: std::process::ExitStatus,
        stderr: String,
    },
    /// A command did not finish in time and was killed.
    #[error("{what} did not finish within {timeout:?} and was killed")]
    Timeout { what: String, timeout: Duration },
    /// A file the crate writes (a daemon's configuration or log) could not be.
    #[error("{what}: {source}")]
    Io {
        what: String,
        source: std::io::Error,
    },
    /// Listing or cleaning /run/netns failed.
    #[error("cannot list network namespaces: {source}")]
    List { source: std::io::Error },
}
