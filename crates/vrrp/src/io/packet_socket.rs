//! An AF_PACKET socket that sends whole Ethernet frames (gratuitous ARPs, unsolicited
//! neighbour advertisements) out of one interface. The only `unsafe` of the crate: neither socket2 nor nix 0.29 can build
//! a `sockaddr_ll` safely, so it is written into a zeroed `sockaddr_storage` here.
#![allow(unsafe_code)]

use socket2::{Domain, SockAddr, Socket, Type};

use super::error::{IoError, OsError};

pub struct PacketSocket {
    ifname: String,
    ifindex: u32,
    socket: Socket,
}

impl PacketSocket {
    /// A send-only socket (protocol 0: the kernel delivers it nothing) for `ifname`.
    pub fn open(ifname: &str) -> Result<Self, IoError> {
        let ifindex =
            nix::net::if_::if_nametoindex(ifname).map_err(|_| IoError::NoSuchInterface {
                ifname: ifname.to_owned(),
            })?;
        let socket =
            Socket::new(Domain::PACKET, Type::RAW, None).map_err(|e| IoError::OpenSocket {
                source: OsError::from(e),
            })?;
        Ok(PacketSocket {
            ifname: ifname.to_owned(),
            ifindex,
            socket,
        })
    }

    /// Sends one frame, Ethernet header included, as its header says.
    pub fn send_frame(&self, frame: &[u8]) -> Result<(), IoError> {
        let (Some(dst), Some(proto)) = (frame.get(0..6), frame.get(12..14)) else {
            return Err(IoError::SendFrame {
                ifname: self.ifname.clone(),
                source: OsError::from(std::io::Error::from(std::io::ErrorKind::InvalidInput)),
            });
        };
        let mut mac = [0u8; 6];
        mac.copy_from_slice(dst);
        let dest = link_addr(self.ifindex, u16::from_be_bytes([proto[0], proto[1]]), mac);
        self.socket
            .send_to(frame, &dest)
            .map(drop)
            .map_err(|e| IoError::SendFrame {
                ifname: self.ifname.clone(),
                source: OsError::from(e),
            })
    }
}

fn link_addr(ifindex: u32, protocol: u16, mac: [u8; 6]) -> SockAddr {
    // SAFETY: sockaddr_storage is plain old data, valid when zeroed, and larger and
    // at least as aligned as sockaddr_ll, so viewing it as one is sound; the length
    // given to SockAddr::new is that of the sockaddr_ll written.
    unsafe {
        let mut storage: libc::sockaddr_storage = std::mem::zeroed();
        let ll = &mut *(&mut storage as *mut libc::sockaddr_storage).cast::<libc::sockaddr_ll>();
        ll.sll_family = libc::AF_PACKET as libc::sa_family_t;
        ll.sll_protocol = protocol.to_be();
        ll.sll_ifindex = ifindex as i32;
        ll.sll_halen = 6;
        ll.sll_addr[..6].copy_from_slice(&mac);
        SockAddr::new(
            storage,
            std::mem::size_of::<libc::sockaddr_ll>() as libc::socklen_t,
        )
    }
}
