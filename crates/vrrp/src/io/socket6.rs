//! A raw IPv6 VRRP socket bound to one interface (RFC 5798 over IPv6, as keepalived
//! 2.2.7 opens it, checked on the wire): protocol 112, traffic class 0xc0, hop limit
//! 255 to the multicast group but the system default (64) to unicast peers, multicast
//! ff02::12 joined by interface index, no loopback. The kernel gives no IPv6 header on a raw
//! socket, so the hop limit and destination of what arrives come as ancillary data
//! (IPV6_RECVHOPLIMIT, IPV6_RECVPKTINFO), and the source of what leaves goes as
//! IPV6_PKTINFO, so that it is the address the checksum was computed over.

use std::io::IoSlice;
use std::mem::MaybeUninit;
use std::net::{IpAddr, Ipv6Addr, SocketAddrV6};
use std::time::Duration;

use socket2::{Domain, MaybeUninitSlice, MsgHdr, MsgHdrMut, SockAddr, Socket};

use super::error::{IoError, OsError};
use super::ipv4::{FrameError, TOS_NETWORK_CONTROL};
use super::socket::{open_raw, opt};
use crate::instance::{Outgoing, Received};
use crate::packet::TTL;

const IPV6_PKTINFO: i32 = 50;
const IPV6_HOPLIMIT: i32 = 52;
/// `sizeof(struct cmsghdr)` and the alignment of what follows it (glibc, Linux).
const CMSG_HDR: usize = std::mem::size_of::<usize>() + 8;
/// `struct in6_pktinfo`: address, interface index.
const PKTINFO_LEN: usize = 20;

fn cmsg_align(n: usize) -> usize {
    let a = std::mem::size_of::<usize>();
    n.div_ceil(a) * a
}

#[derive(Debug)]
pub struct VrrpSocketV6 {
    socket: Socket,
    ifindex: u32,
}

impl VrrpSocketV6 {
    /// Opens the socket on `ifname`; joins `group` when given (multicast instances).
    pub fn open(ifname: &str, group: Option<Ipv6Addr>) -> Result<Self, IoError> {
        let (socket, ifindex) = open_raw(Domain::IPV6, ifname)?;
        socket
            .set_multicast_hops_v6(u32::from(TTL))
            .map_err(opt("IPV6_MULTICAST_HOPS"))?;
        socket
            .set_tclass_v6(u32::from(TOS_NETWORK_CONTROL))
            .map_err(opt("IPV6_TCLASS"))?;
        socket
            .set_multicast_loop_v6(false)
            .map_err(opt("IPV6_MULTICAST_LOOP"))?;
        socket
            .set_multicast_if_v6(ifindex)
            .map_err(opt("IPV6_MULTICAST_IF"))?;
        socket
            .set_recv_hoplimit_v6(true)
            .map_err(opt("IPV6_RECVHOPLIMIT"))?;
        nix::sys::socket::setsockopt(
            &socket,
            nix::sys::socket::sockopt::Ipv6RecvPacketInfo,
            &true,
        )
        .map_err(|e| opt("IPV6_RECVPKTINFO")(std::io::Error::from(e)))?;
        if let Some(group) = group {
            socket
                .join_multicast_v6(&group, ifindex)
                .map_err(|e| IoError::JoinMulticast {
                    group: IpAddr::V6(group),
                    ifname: ifname.to_owned(),
                    source: OsError::from(e),
                })?;
        }
        Ok(VrrpSocketV6 { socket, ifindex })
    }

    /// A second handle on the same socket, for a thread that only receives.
    pub fn try_clone(&self) -> Result<Self, IoError> {
        let socket = self.socket.try_clone().map_err(|e| IoError::OpenSocket {
            source: OsError::from(e),
        })?;
        Ok(VrrpSocketV6 {
            socket,
            ifindex: self.ifindex,
        })
    }

    /// keepalived's `unicast_ttl`, which it applies to IPv6 only when configured.
    pub fn set_unicast_hops(&self, hops: u8) -> Result<(), IoError> {
        self.socket
            .set_unicast_hops_v6(u32::from(hops))
            .map_err(opt("IPV6_UNICAST_HOPS"))
    }

    /// Bounds how long [`VrrpSocketV6::recv`] waits (`None`: forever).
    pub fn set_read_timeout(&self, timeout: Option<Duration>) -> Result<(), IoError> {
        self.socket
            .set_read_timeout(timeout)
            .map_err(opt("SO_RCVTIMEO"))
    }

    /// Sends one advert from its source address (link-local unless configured).
    pub fn send(&self, out: &Outgoing) -> Result<(), IoError> {
        let send_err = |source: std::io::Error| IoError::Send {
            dst: out.dst,
            source: OsError::from(source),
        };
        let (IpAddr::V6(src), IpAddr::V6(dst)) = (out.src, out.dst) else {
            return Err(send_err(std::io::ErrorKind::InvalidInput.into()));
        };
        let scope = if is_link_scoped(&dst) {
            self.ifindex
        } else {
            0
        };
        let to = SockAddr::from(SocketAddrV6::new(dst, 0, 0, scope));
        let control = pktinfo_cmsg(src, self.ifindex);
        let bytes = out.to_bytes();
        let bufs = [IoSlice::new(&bytes)];
        let msg = MsgHdr::new()
            .with_addr(&to)
            .with_buffers(&bufs)
            .with_control(&control);
        self.socket.sendmsg(&msg, 0).map(drop).map_err(send_err)
    }

    /// Waits for one packet; `buf` should hold an interface MTU.
    pub fn recv<'a>(&self, buf: &'a mut [u8]) -> Result<Received<'a>, IoError> {
        let mut control = [0u8; 128];
        let mut from = SockAddr::from(SocketAddrV6::new(Ipv6Addr::UNSPECIFIED, 0, 0, 0));
        let (n, control_len) = {
            let mut bufs = [MaybeUninitSlice::new(as_uninit(buf))];
            let mut msg = MsgHdrMut::new()
                .with_addr(&mut from)
                .with_buffers(&mut bufs)
                .with_control(as_uninit(&mut control));
            let n = self
                .socket
                .recvmsg(&mut msg, 0)
                .map_err(|e| IoError::Receive {
                    source: OsError::from(e),
                })?;
            (n, msg.control_len())
        };
        let src = from
            .as_socket_ipv6()
            .map(|s| *s.ip())
            .ok_or(IoError::Frame(FrameError::MissingAncillary))?;
        let (hop_limit, dst) = parse_cmsgs(&control[..control_len.min(control.len())]);
        let (Some(ttl), Some(dst)) = (hop_limit, dst) else {
            return Err(IoError::Frame(FrameError::MissingAncillary));
        };
        Ok(Received {
            src: IpAddr::V6(src),
            dst: IpAddr::V6(dst),
            ttl,
            bytes: &buf[..n],
        })
    }
}

fn is_link_scoped(a: &Ipv6Addr) -> bool {
    (a.segments()[0] & 0xffc0) == 0xfe80 || (a.is_multicast() && (a.segments()[0] & 0x000f) <= 2)
}

/// Views initialized bytes as possibly uninitialized ones, for socket2's receive
/// buffers.
#[allow(unsafe_code)]
fn as_uninit(buf: &mut [u8]) -> &mut [MaybeUninit<u8>] {
    // SAFETY: MaybeUninit<u8> has u8's layout, and recvmsg only writes initialized
    // bytes, so the slice stays initialized for the callers that read it as [u8].
    unsafe { &mut *(buf as *mut [u8] as *mut [MaybeUninit<u8>]) }
}

/// One IPV6_PKTINFO control message naming the source address and interface.
fn pktinfo_cmsg(src: Ipv6Addr, ifindex: u32) -> Vec<u8> {
    let len = CMSG_HDR + PKTINFO_LEN;
    let mut c = vec![0u8; cmsg_align(len)];
    c[..std::mem::size_of::<usize>()].copy_from_slice(&len.to_ne_bytes());
    let at = std::mem::size_of::<usize>();
    c[at..at + 4].copy_from_slice(&libc::IPPROTO_IPV6.to_ne_bytes());
    c[at + 4..at + 8].copy_from_slice(&IPV6_PKTINFO.to_ne_bytes());
    c[CMSG_HDR..CMSG_HDR + 16].copy_from_slice(&src.octets());
    c[CMSG_HDR + 16..CMSG_HDR + 20].copy_from_slice(&ifindex.to_ne_bytes());
    c
}

/// The hop limit and destination address among received control messages.
fn parse_cmsgs(mut c: &[u8]) -> (Option<u8>, Option<Ipv6Addr>) {
    let (mut hop_limit, mut dst) = (None, None);
    let w = std::mem::size_of::<usize>();
    while c.len() >= CMSG_HDR {
        let mut len_bytes = [0u8; 8];
        len_bytes[..w].copy_from_slice(&c[..w]);
        let len = usize::try_from(u64::from_ne_bytes(len_bytes)).unwrap_or(usize::MAX);
        let level = i32::from_ne_bytes([c[w], c[w + 1], c[w + 2], c[w + 3]]);
        let kind = i32::from_ne_bytes([c[w + 4], c[w + 5], c[w + 6], c[w + 7]]);
        if len < CMSG_HDR || len > c.len() {
            break;
        }
        let data = &c[CMSG_HDR..len];
        if level == libc::IPPROTO_IPV6 {
            match (kind, data.len()) {
                (IPV6_HOPLIMIT, 4..) => {
                    let h = i32::from_ne_bytes([data[0], data[1], data[2], data[3]]);
                    hop_limit = u8::try_from(h).ok();
                }
                (IPV6_PKTINFO, PKTINFO_LEN..) => {
                    let mut a = [0u8; 16];
                    a.copy_from_slice(&data[..16]);
                    dst = Some(Ipv6Addr::from(a));
                }
                _ => {}
            }
        }
        c = &c[cmsg_align(len).min(c.len())..];
    }
    (hop_limit, dst)
}

impl std::os::fd::AsFd for VrrpSocketV6 {
    fn as_fd(&self) -> std::os::fd::BorrowedFd<'_> {
        self.socket.as_fd()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_messages_round_trip_and_truncation_is_harmless() {
        let dst: Ipv6Addr = "ff02::12".parse().expect("literal");
        let mut c = pktinfo_cmsg(dst, 7);
        let len = CMSG_HDR + 4;
        let mut hop = vec![0u8; cmsg_align(len)];
        let w = std::mem::size_of::<usize>();
        hop[..w].copy_from_slice(&len.to_ne_bytes());
        hop[w..w + 4].copy_from_slice(&libc::IPPROTO_IPV6.to_ne_bytes());
        hop[w + 4..w + 8].copy_from_slice(&IPV6_HOPLIMIT.to_ne_bytes());
        hop[CMSG_HDR..CMSG_HDR + 4].copy_from_slice(&255i32.to_ne_bytes());
        let hop_at = c.len();
        c.extend_from_slice(&hop);
        assert_eq!(parse_cmsgs(&c), (Some(255), Some(dst)));
        // Cut anywhere before the hop limit's last byte, it is not read; the padding
        // after it does not matter.
        for cut in 0..hop_at + len {
            let (h, _) = parse_cmsgs(&c[..cut]);
            assert_eq!(h, None, "a truncated hop limit message was read at {cut}");
        }
        assert_eq!(parse_cmsgs(&c[..hop_at + len]).0, Some(255));
    }

    #[test]
    fn link_scope_is_recognised() {
        for (a, want) in [
            ("fe80::1", true),
            ("ff02::12", true),
            ("2001:db8::1", false),
            ("ff05::12", false),
        ] {
            let a: Ipv6Addr = a.parse().expect("literal");
            assert_eq!(is_link_scoped(&a), want, "{a}");
        }
    }
}
