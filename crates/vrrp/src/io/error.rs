//! Errors of the IO shell, each saying what was being attempted.

use core::fmt;
use std::io;
use std::net::IpAddr;

use super::ipv4::FrameError;
use super::netlink::NetlinkError;

/// An OS error reduced to what can be compared and printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OsError {
    pub kind: io::ErrorKind,
    pub errno: Option<i32>,
}

impl From<io::Error> for OsError {
    fn from(e: io::Error) -> Self {
        OsError {
            kind: e.kind(),
            errno: e.raw_os_error(),
        }
    }
}

impl fmt::Display for OsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.errno {
            Some(n) => write!(f, "{}", io::Error::from_raw_os_error(n)),
            None => write!(f, "{}", io::Error::from(self.kind)),
        }
    }
}

#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoError {
    OpenSocket {
        source: OsError,
    },
    NoSuchInterface {
        ifname: String,
    },
    SetOption {
        option: &'static str,
        source: OsError,
    },
    BindDevice {
        ifname: String,
        source: OsError,
    },
    JoinMulticast {
        group: IpAddr,
        ifname: String,
        source: OsError,
    },
    Send {
        dst: IpAddr,
        source: OsError,
    },
    /// A gratuitous ARP or unsolicited NA could not be sent.
    SendFrame {
        ifname: String,
        source: OsError,
    },
    Receive {
        source: OsError,
    },
    /// A received frame that is not a well-formed IPv4 VRRP packet (bad bytes).
    Frame(FrameError),
    /// Addresses, routes or rules could not be changed.
    Netlink(NetlinkError),
    /// A `/proc/sys` setting could not be written.
    SetSysctl {
        key: String,
        source: OsError,
    },
}

impl From<NetlinkError> for IoError {
    fn from(e: NetlinkError) -> Self {
        IoError::Netlink(e)
    }
}

impl fmt::Display for IoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IoError::OpenSocket { source } => write!(f, "opening raw VRRP socket: {source}"),
            IoError::NoSuchInterface { ifname } => write!(f, "no interface {ifname}"),
            IoError::SetOption { option, source } => write!(f, "setting {option}: {source}"),
            IoError::BindDevice { ifname, source } => write!(f, "binding to {ifname}: {source}"),
            IoError::JoinMulticast {
                group,
                ifname,
                source,
            } => write!(f, "joining {group} on {ifname}: {source}"),
            IoError::Send { dst, source } => write!(f, "sending advert to {dst}: {source}"),
            IoError::SendFrame { ifname, source } => {
                write!(f, "sending an announcement on {ifname}: {source}")
            }
            IoError::Receive { source } => write!(f, "receiving: {source}"),
            IoError::Frame(e) => write!(f, "bad frame: {e}"),
            IoError::Netlink(e) => write!(f, "{e}"),
            IoError::SetSysctl { key, source } => write!(f, "setting {key}: {source}"),
        }
    }
}

impl std::error::Error for IoError {}
