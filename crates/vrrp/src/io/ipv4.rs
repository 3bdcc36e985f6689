//! The IPv4 header around a VRRP packet on a raw socket: keepalived builds its own
//! (IP_HDRINCL), and so do we, to send the same bytes.

use core::fmt;
use std::net::Ipv4Addr;

use crate::instance::Received;
use crate::packet::PROTOCOL;

/// keepalived's TOS: internetwork control.
pub const TOS_NETWORK_CONTROL: u8 = 0xc0;
const MIN_HEADER_LEN: usize = 20;

#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameError {
    TooShort {
        len: usize,
    },
    NotIpv4 {
        version: u8,
    },
    /// Total length field disagrees with what was received.
    Length {
        header: usize,
        received: usize,
    },
    Protocol(u8),
    /// An IPv6 packet without the hop limit or destination ancillary data.
    MissingAncillary,
}

impl fmt::Display for FrameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FrameError::TooShort { len } => write!(f, "{len} bytes is too short for IPv4"),
            FrameError::NotIpv4 { version } => write!(f, "IP version {version}"),
            FrameError::Length { header, received } => {
                write!(f, "IP total length {header}, received {received}")
            }
            FrameError::Protocol(p) => write!(f, "IP protocol {p}, not VRRP"),
            FrameError::MissingAncillary => {
                f.write_str("no hop limit or destination with IPv6 packet")
            }
        }
    }
}

/// The IP-level facts a VRRP receiver needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ipv4Meta {
    pub src: Ipv4Addr,
    pub dst: Ipv4Addr,
    pub ttl: u8,
    pub tos: u8,
    pub id: u16,
    /// Flags and fragment offset, raw.
    pub frag: u16,
}

/// A received IPv4 VRRP frame split into header facts and the VRRP bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ipv4Frame<'a> {
    pub meta: Ipv4Meta,
    pub payload: &'a [u8],
}

fn checksum(header: &[u8]) -> u16 {
    let mut acc: u32 = header
        .chunks(2)
        .map(|w| u32::from(u16::from_be_bytes([w[0], *w.get(1).unwrap_or(&0)])))
        .sum();
    while acc > 0xffff {
        acc = (acc & 0xffff) + (acc >> 16);
    }
    !(acc as u16)
}

impl<'a> Ipv4Frame<'a> {
    /// Parses what a raw IPv4 socket returns (header, options, payload).
    pub fn parse(buf: &'a [u8]) -> Result<Ipv4Frame<'a>, FrameError> {
        if buf.len() < MIN_HEADER_LEN {
            return Err(FrameError::TooShort { len: buf.len() });
        }
        let version = buf[0] >> 4;
        if version != 4 {
            return Err(FrameError::NotIpv4 { version });
        }
        let ihl = usize::from(buf[0] & 0x0f) * 4;
        if ihl < MIN_HEADER_LEN || buf.len() < ihl {
            return Err(FrameError::TooShort { len: buf.len() });
        }
        let total = usize::from(u16::from_be_bytes([buf[2], buf[3]]));
        if total != buf.len() {
            return Err(FrameError::Length {
                header: total,
                received: buf.len(),
            });
        }
        if buf[9] != PROTOCOL {
            return Err(FrameError::Protocol(buf[9]));
        }
        Ok(Ipv4Frame {
            meta: Ipv4Meta {
                src: Ipv4Addr::new(buf[12], buf[13], buf[14], buf[15]),
                dst: Ipv4Addr::new(buf[16], buf[17], buf[18], buf[19]),
                ttl: buf[8],
                tos: buf[1],
                id: u16::from_be_bytes([buf[4], buf[5]]),
                frag: u16::from_be_bytes([buf[6], buf[7]]),
            },
            payload: &buf[ihl..],
        })
    }

    /// What an instance's receive checks need.
    pub fn received(&self) -> Received<'a> {
        Received {
            src: self.meta.src.into(),
            dst: self.meta.dst.into(),
            ttl: self.meta.ttl,
            bytes: self.payload,
        }
    }

    /// The header keepalived's `vrrp_build_ip4` writes: no options, TOS 0xc0, no
    /// fragment flags, TTL `ttl` (255 but to a unicast peer with `unicast_ttl`),
    /// protocol 112, then `payload`.
    pub fn build(id: u16, ttl: u8, src: Ipv4Addr, dst: Ipv4Addr, payload: &[u8]) -> Vec<u8> {
        let total = (MIN_HEADER_LEN + payload.len()).min(usize::from(u16::MAX)) as u16;
        let mut out = Vec::with_capacity(usize::from(total));
        out.extend_from_slice(&[0x45, TOS_NETWORK_CONTROL]);
        out.extend_from_slice(&total.to_be_bytes());
        out.extend_from_slice(&id.to_be_bytes());
        out.extend_from_slice(&[0, 0, ttl, PROTOCOL, 0, 0]);
        out.extend_from_slice(&src.octets());
        out.extend_from_slice(&dst.octets());
        let c = checksum(&out);
        out[10..12].copy_from_slice(&c.to_be_bytes());
        out.extend_from_slice(&payload[..usize::from(total) - MIN_HEADER_LEN]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packet::TTL;

    /// The first frame keepalived 2.2.7 sent in our capture (see packet.rs fixtures).
    const KEEPALIVED: [u8; 40] = [
        0x45, 0xc0, 0x00, 0x28, 0x00, 0x01, 0x00, 0x00, 0xff, 0x70, 0x14, 0x7f, 0xc6, 0x12, 0x00,
        0x01, 0xe0, 0x00, 0x00, 0x12, 0x21, 0x33, 0x96, 0x01, 0x01, 0x01, 0x14, 0x07, 0xc6, 0x12,
        0x00, 0x64, 0x73, 0x65, 0x63, 0x72, 0x65, 0x74, 0x31, 0x00,
    ];

    #[test]
    fn builds_keepalived_header_bytes() {
        let built = Ipv4Frame::build(
            1,
            TTL,
            Ipv4Addr::new(198, 18, 0, 1),
            Ipv4Addr::new(224, 0, 0, 18),
            &KEEPALIVED[20..],
        );
        assert_eq!(built, KEEPALIVED);
    }

    #[test]
    fn parses_and_rejects() {
        let f = Ipv4Frame::parse(&KEEPALIVED).expect("valid frame");
        assert_eq!(f.meta.src, Ipv4Addr::new(198, 18, 0, 1));
        assert_eq!(f.meta.dst, Ipv4Addr::new(224, 0, 0, 18));
        assert_eq!(
            (f.meta.ttl, f.meta.tos, f.meta.id, f.meta.frag),
            (255, 0xc0, 1, 0)
        );
        assert_eq!(f.payload, &KEEPALIVED[20..]);
        assert_eq!(
            Ipv4Frame::parse(&KEEPALIVED[..39]),
            Err(FrameError::Length {
                header: 40,
                received: 39
            })
        );
        let mut b = KEEPALIVED;
        b[9] = 51;
        assert_eq!(Ipv4Frame::parse(&b), Err(FrameError::Protocol(51)));
        b[0] = 0x65;
        assert_eq!(
            Ipv4Frame::parse(&b),
            Err(FrameError::NotIpv4 { version: 6 })
        );
        b[0] = 0x4f;
        assert_eq!(Ipv4Frame::parse(&b), Err(FrameError::TooShort { len: 40 }));
        assert_eq!(
            Ipv4Frame::parse(&b[..5]),
            Err(FrameError::TooShort { len: 5 })
        );
    }
}
