//! An AF_PACKET socket that sends whole Ethernet frames (gratuitous ARPs) out of one
//! interface. The only `unsafe` of the crate: neither socket2 nor nix 0.29 can build
//! a `sockaddr_ll` safely, so it is written into a zeroed `sockaddr_storage` here.
#![allow(unsafe_code)]

use socket2::{Domain, SockAddr, Socket, Type};

use super::error::{IoError, OsError};

const ETH_P_ARP: u16 = 0x0806;

pub struct PacketSocket {
    ifname: String,
    socket: Socket,
    dest: SockAddr,
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
            socket,
            dest: link_addr(ifindex, ETH_P_ARP, [0xff; 6]),
        })
    }

    /// Sends one ARP frame (Ethernet header included) to the broadcast address.
    pub fn send_arp(&self, frame: &[u8]) -> Result<(), IoError> {
        self.socket
            .send_to(frame, &self.dest)
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
