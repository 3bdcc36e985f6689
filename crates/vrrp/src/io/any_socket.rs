//! The raw VRRP socket of an instance's family, chosen from its configuration.

use std::net::IpAddr;
use std::time::Duration;

use super::error::IoError;
use super::socket::VrrpSocketV4;
use super::socket6::VrrpSocketV6;
use crate::instance::{Outgoing, Received};
use crate::InstanceConfig;

#[derive(Debug)]
pub enum VrrpSocket {
    V4(VrrpSocketV4),
    V6(VrrpSocketV6),
}

impl From<VrrpSocketV4> for VrrpSocket {
    fn from(s: VrrpSocketV4) -> Self {
        VrrpSocket::V4(s)
    }
}

impl From<VrrpSocketV6> for VrrpSocket {
    fn from(s: VrrpSocketV6) -> Self {
        VrrpSocket::V6(s)
    }
}

impl VrrpSocket {
    /// A socket on `ifname` for `cfg`'s family; multicast instances join its group.
    pub fn open(ifname: &str, cfg: &InstanceConfig) -> Result<Self, IoError> {
        let group = cfg.unicast_peers.is_empty().then_some(cfg.mcast_group);
        match (cfg.source, group) {
            (IpAddr::V6(_), Some(IpAddr::V6(g))) => Ok(VrrpSocketV6::open(ifname, Some(g))?.into()),
            (IpAddr::V6(_), _) => Ok(VrrpSocketV6::open(ifname, None)?.into()),
            (IpAddr::V4(_), Some(IpAddr::V4(g))) => Ok(VrrpSocketV4::open(ifname, Some(g))?.into()),
            (IpAddr::V4(_), _) => Ok(VrrpSocketV4::open(ifname, None)?.into()),
        }
    }

    /// A socket that only sends `cfg`'s adverts out of `ifname` (it joins no group).
    pub fn open_sender(ifname: &str, cfg: &InstanceConfig) -> Result<Self, IoError> {
        match cfg.source {
            IpAddr::V6(_) => Ok(VrrpSocketV6::open(ifname, None)?.into()),
            IpAddr::V4(_) => Ok(VrrpSocketV4::open(ifname, None)?.into()),
        }
    }

    /// keepalived's `unicast_ttl` when configured: the TTL or hop limit of adverts to
    /// unicast peers. Unset, IPv4 adverts carry 255 and IPv6 ones the system's default
    /// hop limit, as keepalived 2.2.7's do.
    pub fn set_unicast_ttl(&mut self, ttl: Option<u8>) -> Result<(), IoError> {
        match (self, ttl) {
            (VrrpSocket::V4(s), t) => {
                s.set_unicast_ttl(t.unwrap_or(crate::packet::TTL));
                Ok(())
            }
            (VrrpSocket::V6(s), Some(t)) => s.set_unicast_hops(t),
            (VrrpSocket::V6(_), None) => Ok(()),
        }
    }

    pub fn try_clone(&self) -> Result<Self, IoError> {
        Ok(match self {
            VrrpSocket::V4(s) => s.try_clone()?.into(),
            VrrpSocket::V6(s) => s.try_clone()?.into(),
        })
    }

    /// Waits until a packet can be read or `timeout` passes (false). poll(2) keeps
    /// high-resolution timers; a socket's receive timeout is rounded up to the
    /// kernel's tick (4 ms at HZ=250, measured 7-8 ms for 1 ms), which made master
    /// down timers fire that late.
    pub fn wait_readable(&self, timeout: Duration) -> Result<bool, IoError> {
        use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
        use std::os::fd::AsFd;
        let fd = match self {
            VrrpSocket::V4(s) => s.as_fd(),
            VrrpSocket::V6(s) => s.as_fd(),
        };
        // Whole milliseconds, rounded up, so that the wait never ends early.
        let ms = timeout.as_micros().div_ceil(1000);
        let ms = u16::try_from(ms).unwrap_or(u16::MAX);
        let mut fds = [PollFd::new(fd, PollFlags::POLLIN)];
        match poll(&mut fds, PollTimeout::from(ms)) {
            Ok(n) => Ok(n > 0),
            Err(nix::errno::Errno::EINTR) => Ok(false),
            Err(e) => Err(IoError::Receive {
                source: std::io::Error::from(e).into(),
            }),
        }
    }

    pub fn set_read_timeout(&self, timeout: Option<Duration>) -> Result<(), IoError> {
        match self {
            VrrpSocket::V4(s) => s.set_read_timeout(timeout),
            VrrpSocket::V6(s) => s.set_read_timeout(timeout),
        }
    }

    pub fn send(&mut self, out: &Outgoing) -> Result<(), IoError> {
        match self {
            VrrpSocket::V4(s) => s.send(out),
            VrrpSocket::V6(s) => s.send(out),
        }
    }

    /// Waits for one packet; `buf` should hold an interface MTU.
    pub fn recv<'a>(&self, buf: &'a mut [u8]) -> Result<Received<'a>, IoError> {
        match self {
            VrrpSocket::V4(s) => s.recv(buf).map(|f| f.received()),
            VrrpSocket::V6(s) => s.recv(buf),
        }
    }
}
