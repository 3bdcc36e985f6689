//! What can go wrong while building or using a namespace.

use std::fmt;
use std::time::Duration;

#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Namespaces, links and addresses need CAP_NET_ADMIN; tests run as root.
    NotRoot { uid: u32 },
    /// iproute2's `ip` is not installed or not runnable.
    IpMissing { source: std::io::Error },
    /// A program the tests need is not installed.
    ToolMissing {
        tool: &'static str,
        package: &'static str,
        source: std::io::Error,
    },
    /// A name that cannot be a namespace or interface name.
    BadName { name: String, why: &'static str },
    /// An address outside 198.18.0.0/15 and 2001:db8::/32, or not an address at all.
    Address { cidr: String, why: &'static str },
    /// A program could not be started.
    Spawn {
        what: String,
        source: std::io::Error,
    },
    /// A command ran and failed.
    Failed {
        what: String,
        status: std::process::ExitStatus,
        stderr: String,
    },
    /// A command did not finish in time and was killed.
    Timeout { what: String, timeout: Duration },
    /// A file the crate writes (a daemon's configuration or log) could not be.
    Io {
        what: String,
        source: std::io::Error,
    },
    /// Listing or cleaning /run/netns failed.
    List { source: std::io::Error },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotRoot { uid } => {
                write!(
                    f,
                    "network namespace tests need root (running as uid {uid})"
                )
            }
            Error::IpMissing { source } => write!(
                f,
                "`ip` (iproute2) is missing or not runnable: {source}; apt-get install iproute2"
            ),
            Error::ToolMissing {
                tool,
                package,
                source,
            } => write!(
                f,
                "`{tool}` is missing ({source}); apt-get install {package}"
            ),
            Error::BadName { name, why } => write!(f, "bad name {name:?}: {why}"),
            Error::Address { cidr, why } => write!(f, "address {cidr:?} refused: {why}"),
            Error::Spawn { what, source } => write!(f, "cannot run {what}: {source}"),
            Error::Failed {
                what,
                status,
                stderr,
            } => write!(f, "{what} failed ({status}): {stderr}"),
            Error::Timeout { what, timeout } => {
                write!(f, "{what} did not finish within {timeout:?} and was killed")
            }
            Error::Io { what, source } => write!(f, "{what}: {source}"),
            Error::List { source } => write!(f, "cannot list network namespaces: {source}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::IpMissing { source }
            | Error::ToolMissing { source, .. }
            | Error::Spawn { source, .. }
            | Error::Io { source, .. }
            | Error::List { source } => Some(source),
            _ => None,
        }
    }
}
