//! A raw IPv4 VRRP socket bound to one interface, as keepalived opens it: protocol
//! 112, IP_HDRINCL, multicast membership by interface index, no loopback.

use std::io::Read;
use std::net::{IpAddr, Ipv4Addr, SocketAddrV4};
use std::time::Duration;

use socket2::{Domain, InterfaceIndexOrAddress, Protocol, SockAddr, Socket, Type};

use super::error::{IoError, OsError};
use super::ipv4::Ipv4Frame;
use crate::instance::Outgoing;
use crate::packet::{PROTOCOL, TTL};

#[derive(Debug)]
pub struct VrrpSocketV4 {
    socket: Socket,
    /// IP id of the last frame; keepalived starts at 1 and skips 0 on wrap.
    ip_id: u16,
    /// TTL of adverts to unicast peers.
    unicast_ttl: u8,
}

/// The error of setting `option`.
pub(super) fn opt(option: &'static str) -> impl FnOnce(std::io::Error) -> IoError {
    move |e| IoError::SetOption {
        option,
        source: OsError::from(e),
    }
}

/// A raw socket of `domain` for protocol 112 bound to `ifname`, and the interface's index.
pub(super) fn open_raw(domain: Domain, ifname: &str) -> Result<(Socket, u32), IoError> {
    let ifindex = nix::net::if_::if_nametoindex(ifname).map_err(|_| IoError::NoSuchInterface {
        ifname: ifname.to_owned(),
    })?;
    let socket = Socket::new(domain, Type::RAW, Some(Protocol::from(i32::from(PROTOCOL))))
        .map_err(|e| IoError::OpenSocket {
            source: OsError::from(e),
        })?;
    socket
        .bind_device(Some(ifname.as_bytes()))
        .map_err(|e| IoError::BindDevice {
            ifname: ifname.to_owned(),
            source: OsError::from(e),
        })?;
    Ok((socket, ifindex))
}

impl VrrpSocketV4 {
    /// Opens the socket on `ifname`; joins `group` when given (multicast instances).
    pub fn open(ifname: &str, group: Option<Ipv4Addr>) -> Result<Self, IoError> {
        let (socket, ifindex) = open_raw(Domain::IPV4, ifname)?;
        socket
            .set_header_included_v4(true)
            .map_err(opt("IP_HDRINCL"))?;
        socket
            .set_multicast_loop_v4(false)
            .map_err(opt("IP_MULTICAST_LOOP"))?;
        if let Some(group) = group {
            socket
                .join_multicast_v4_n(&group, &InterfaceIndexOrAddress::Index(ifindex))
                .map_err(|e| IoError::JoinMulticast {
                    group: IpAddr::V4(group),
                    ifname: ifname.to_owned(),
                    source: OsError::from(e),
                })?;
        }
        Ok(VrrpSocketV4 {
            socket,
            ip_id: 0,
            unicast_ttl: TTL,
        })
    }

    /// A second handle on the same socket, for a thread that only receives.
    pub fn try_clone(&self) -> Result<Self, IoError> {
        let socket = self.socket.try_clone().map_err(|e| IoError::OpenSocket {
            source: OsError::from(e),
        })?;
        Ok(VrrpSocketV4 {
            socket,
            ip_id: self.ip_id,
            unicast_ttl: self.unicast_ttl,
        })
    }

    /// keepalived's `unicast_ttl` (255 unless configured).
    pub fn set_unicast_ttl(&mut self, ttl: u8) {
        self.unicast_ttl = ttl;
    }

    /// Bounds how long [`VrrpSocketV4::recv`] waits (`None`: forever).
    pub fn set_read_timeout(&self, timeout: Option<Duration>) -> Result<(), IoError> {
        self.socket
            .set_read_timeout(timeout)
            .map_err(opt("SO_RCVTIMEO"))
    }

    /// Sends one advert with keepalived's IPv4 header.
    pub fn send(&mut self, out: &Outgoing) -> Result<(), IoError> {
        let (IpAddr::V4(src), IpAddr::V4(dst)) = (out.src, out.dst) else {
            return Err(IoError::Send {
                dst: out.dst,
                source: OsError::from(std::io::Error::from(std::io::ErrorKind::InvalidInput)),
            });
        };
        self.ip_id = self.ip_id.wrapping_add(1).max(1);
        let ttl = if dst.is_multicast() {
            TTL
        } else {
            self.unicast_ttl
        };
        let frame = Ipv4Frame::build(self.ip_id, ttl, src, dst, &out.to_bytes());
        self.socket
            .send_to(&frame, &SockAddr::from(SocketAddrV4::new(dst, 0)))
            .map_err(|e| IoError::Send {
                dst: out.dst,
                source: OsError::from(e),
            })?;
        Ok(())
    }

    /// Waits for one frame and splits it; `buf` should hold an interface MTU.
    pub fn recv<'a>(&self, buf: &'a mut [u8]) -> Result<Ipv4Frame<'a>, IoError> {
        let n = (&self.socket).read(buf).map_err(|e| IoError::Receive {
            source: OsError::from(e),
        })?;
        Ipv4Frame::parse(&buf[..n]).map_err(IoError::Frame)
    }
}

impl std::os::fd::AsFd for VrrpSocketV4 {
    fn as_fd(&self) -> std::os::fd::BorrowedFd<'_> {
        self.socket.as_fd()
    }
}
