//! VRRP advertisement codec: v2 (RFC 3768) and v3 (RFC 5798), IPv4 and IPv6.
//!
//! The bytes are the VRRP part only (after the IPv4 header or, for IPv6, what a raw
//! socket returns). Two levels, as smoltcp: [`Packet`] is a checked view over bytes,
//! [`AdvertRepr`] is the meaning. Checksums are computed on emit and verified on parse;
//! which checksum applies is a [`Checksum`] value built by the caller, so the
//! pseudo-header addresses are explicit.
//!
//! Layout (RFC 5798 5.1, RFC 3768 5.1):
//! ```text
//!  0      ver(4) | type(4)
//!  1      VRID
//!  2      priority
//!  3      address count
//!  4..6   v2: auth type, advert interval (s)   v3: reserved(4) | max advert interval (cs, 12)
//!  6..8   checksum
//!  8..    addresses (4 or 16 bytes each)
//!  then   v2 over IPv4 only: 8 bytes of authentication data
//! ```
//! keepalived's v2 over IPv6 carries no authentication data; this codec does the same.

use core::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

use crate::error::DecodeError;

/// IP protocol number of VRRP.
pub const PROTOCOL: u8 = 112;
/// IPv4 multicast group of VRRP.
pub const MCAST_GROUP_V4: Ipv4Addr = Ipv4Addr::new(224, 0, 0, 18);
/// IPv6 multicast group of VRRP.
pub const MCAST_GROUP_V6: Ipv6Addr = Ipv6Addr::new(0xff02, 0, 0, 0, 0, 0, 0, 0x12);
/// TTL / hop limit every multicast advertisement must carry.
pub const TTL: u8 = 255;
/// Length of the fixed header.
pub const HEADER_LEN: usize = 8;
/// Length of the v2 authentication data (IPv4 only).
pub const AUTH_DATA_LEN: usize = 8;
/// Largest v3 interval, in centiseconds (12 bits).
pub const MAX_V3_CENTIS: u16 = 0x0fff;

mod field {
    pub const VER_TYPE: usize = 0;
    pub const VRID: usize = 1;
    pub const PRIORITY: usize = 2;
    pub const COUNT: usize = 3;
    pub const AUTH_TYPE: usize = 4;
    pub const ADVER_INT_V2: usize = 5;
    pub const ADVER_INT_V3: core::ops::Range<usize> = 4..6;
    pub const CHECKSUM: core::ops::Range<usize> = 6..8;
    pub const ADDRESSES: usize = 8;
}

/// Address family of an instance; it decides address size and the v2 auth trailer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    V4,
    V6,
}

impl Family {
    pub const fn address_len(self) -> usize {
        match self {
            Family::V4 => 4,
            Family::V6 => 16,
        }
    }

    pub fn of(addr: &IpAddr) -> Family {
        match addr {
            IpAddr::V4(_) => Family::V4,
            IpAddr::V6(_) => Family::V6,
        }
    }

    /// The VRRP multicast group of this family.
    pub fn mcast_group(self) -> IpAddr {
        match self {
            Family::V4 => IpAddr::V4(MCAST_GROUP_V4),
            Family::V6 => IpAddr::V6(MCAST_GROUP_V6),
        }
    }
}

/// VRRP version field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Version {
    V2,
    V3,
    Unknown(u8),
}

impl From<u8> for Version {
    fn from(v: u8) -> Self {
        match v {
            2 => Version::V2,
            3 => Version::V3,
            n => Version::Unknown(n),
        }
    }
}

impl From<Version> for u8 {
    fn from(v: Version) -> u8 {
        match v {
            Version::V2 => 2,
            Version::V3 => 3,
            Version::Unknown(n) => n,
        }
    }
}

/// VRRP type field; RFC 3768 and 5798 define only ADVERTISEMENT.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Advertisement,
    Unknown(u8),
}

impl From<u8> for Kind {
    fn from(v: u8) -> Self {
        match v {
            1 => Kind::Advertisement,
            n => Kind::Unknown(n),
        }
    }
}

impl From<Kind> for u8 {
    fn from(k: Kind) -> u8 {
        match k {
            Kind::Advertisement => 1,
            Kind::Unknown(n) => n,
        }
    }
}

/// VRRPv2 authentication type (RFC 2338 5.3.6; RFC 3768 keeps only 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuthType {
    None,
    /// Simple text password, 8 bytes.
    Password,
    /// IPsec AH (keepalived's `auth_type AH`); the VRRP auth data is then unused.
    Ah,
    Unknown(u8),
}

impl From<u8> for AuthType {
    fn from(v: u8) -> Self {
        match v {
            0 => AuthType::None,
            1 => AuthType::Password,
            2 => AuthType::Ah,
            n => AuthType::Unknown(n),
        }
    }
}

impl From<AuthType> for u8 {
    fn from(a: AuthType) -> u8 {
        match a {
            AuthType::None => 0,
            AuthType::Password => 1,
            AuthType::Ah => 2,
            AuthType::Unknown(n) => n,
        }
    }
}

/// Advertisement interval as carried: whole seconds in v2, centiseconds in v3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Interval {
    Secs(u8),
    /// 12 bits; larger values are truncated to 12 bits on emit, as keepalived does.
    Centis(u16),
}

impl Interval {
    pub fn as_duration(self) -> Duration {
        match self {
            Interval::Secs(s) => Duration::from_secs(u64::from(s)),
            Interval::Centis(c) => Duration::from_millis(u64::from(c & MAX_V3_CENTIS) * 10),
        }
    }
}

/// Which checksum a packet carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Checksum {
    /// Internet checksum over the VRRP bytes only: v2 over IPv4, and v3 over IPv4 with
    /// keepalived's `v3_checksum_as_v2`.
    Plain,
    /// Internet checksum over an IPv4 or IPv6 pseudo-header and the VRRP bytes: v3 over
    /// IPv4, and everything over IPv6. Both addresses must be of the same family.
    Pseudo { src: IpAddr, dst: IpAddr },
}

/// One's-complement sum of `data` in 16-bit big-endian words, folded later.
fn sum_words(mut acc: u32, data: &[u8]) -> u32 {
    let mut chunks = data.chunks_exact(2);
    for w in &mut chunks {
        acc += u32::from(u16::from_be_bytes([w[0], w[1]]));
        acc = (acc & 0xffff) + (acc >> 16);
    }
    if let [last] = chunks.remainder() {
        acc += u32::from(*last) << 8;
    }
    acc
}

fn fold(mut acc: u32) -> u16 {
    while acc > 0xffff {
        acc = (acc & 0xffff) + (acc >> 16);
    }
    acc as u16
}

impl Checksum {
    /// The value to store in the checksum field of `bytes` (whose checksum field must
    /// read zero), or, over bytes with their checksum in place, zero when it verifies.
    pub fn compute(&self, bytes: &[u8]) -> u16 {
        let len = bytes.len();
        let acc = match self {
            Checksum::Plain => 0,
            Checksum::Pseudo { src, dst } => match (src, dst) {
                (IpAddr::V4(s), IpAddr::V4(d)) => {
                    let acc = sum_words(0, &s.octets());
                    let acc = sum_words(acc, &d.octets());
                    let acc = sum_words(acc, &[0, PROTOCOL]);
                    sum_words(acc, &(len as u16).to_be_bytes())
                }
                (s, d) => {
                    let acc = sum_words(0, &v6_octets(s));
                    let acc = sum_words(acc, &v6_octets(d));
                    let acc = sum_words(acc, &(len as u32).to_be_bytes());
                    sum_words(acc, &[0, 0, 0, PROTOCOL])
                }
            },
        };
        !fold(sum_words(acc, bytes))
    }
}

fn v6_octets(a: &IpAddr) -> [u8; 16] {
    match a {
        IpAddr::V6(a) => a.octets(),
        IpAddr::V4(a) => a.to_ipv6_mapped().octets(),
    }
}

/// A read/write view of a VRRP packet.
#[derive(Debug, Clone)]
pub struct Packet<T: AsRef<[u8]>> {
    buffer: T,
    family: Family,
}

impl<T: AsRef<[u8]>> Packet<T> {
    /// A view without any length check; getters may panic on a short buffer.
    pub const fn new_unchecked(buffer: T, family: Family) -> Self {
        Packet { buffer, family }
    }

    /// A view whose getters cannot panic: the buffer holds the header and everything
    /// the header's address count and version announce.
    pub fn new_checked(buffer: T, family: Family) -> Result<Self, DecodeError> {
        let p = Packet::new_unchecked(buffer, family);
        p.check_len()?;
        Ok(p)
    }

    pub fn check_len(&self) -> Result<(), DecodeError> {
        let len = self.buffer.as_ref().len();
        if len < HEADER_LEN {
            return Err(DecodeError::Truncated {
                len,
                needed: HEADER_LEN,
            });
        }
        let needed = self.total_len();
        if len < needed {
            return Err(DecodeError::Truncated { len, needed });
        }
        Ok(())
    }

    pub fn family(&self) -> Family {
        self.family
    }

    pub fn into_inner(self) -> T {
        self.buffer
    }

    fn b(&self) -> &[u8] {
        self.buffer.as_ref()
    }

    pub fn version(&self) -> Version {
        Version::from(self.b()[field::VER_TYPE] >> 4)
    }

    pub fn kind(&self) -> Kind {
        Kind::from(self.b()[field::VER_TYPE] & 0x0f)
    }

    pub fn vrid(&self) -> u8 {
        self.b()[field::VRID]
    }

    pub fn priority(&self) -> u8 {
        self.b()[field::PRIORITY]
    }

    pub fn addr_count(&self) -> u8 {
        self.b()[field::COUNT]
    }

    /// v2 only.
    pub fn auth_type(&self) -> AuthType {
        AuthType::from(self.b()[field::AUTH_TYPE])
    }

    /// The interval, read by the rules of the packet's own version (v3 rules for an
    /// unknown version).
    pub fn interval(&self) -> Interval {
        match self.version() {
            Version::V2 => Interval::Secs(self.b()[field::ADVER_INT_V2]),
            _ => {
                let raw = &self.b()[field::ADVER_INT_V3];
                Interval::Centis(u16::from_be_bytes([raw[0], raw[1]]) & MAX_V3_CENTIS)
            }
        }
    }

    pub fn checksum(&self) -> u16 {
        let raw = &self.b()[field::CHECKSUM];
        u16::from_be_bytes([raw[0], raw[1]])
    }

    /// Whether v2 authentication data trails the addresses.
    fn has_auth_data(&self) -> bool {
        self.family == Family::V4 && self.version() == Version::V2
    }

    /// Length of the whole packet as the header announces it.
    pub fn total_len(&self) -> usize {
        let auth = if self.has_auth_data() {
            AUTH_DATA_LEN
        } else {
            0
        };
        HEADER_LEN + usize::from(self.addr_count()) * self.family.address_len() + auth
    }

    /// The `i`th address; `i` must be below [`Packet::addr_count`].
    pub fn address(&self, i: usize) -> IpAddr {
        let len = self.family.address_len();
        let at = field::ADDRESSES + i * len;
        let raw = &self.b()[at..at + len];
        match self.family {
            Family::V4 => IpAddr::V4(Ipv4Addr::new(raw[0], raw[1], raw[2], raw[3])),
            Family::V6 => {
                let mut o = [0u8; 16];
                o.copy_from_slice(raw);
                IpAddr::V6(Ipv6Addr::from(o))
            }
        }
    }

    pub fn addresses(&self) -> impl Iterator<Item = IpAddr> + '_ {
        (0..usize::from(self.addr_count())).map(|i| self.address(i))
    }

    /// v2 over IPv4: the 8 authentication bytes; otherwise zeros.
    pub fn auth_data(&self) -> [u8; AUTH_DATA_LEN] {
        let mut out = [0u8; AUTH_DATA_LEN];
        if self.has_auth_data() {
            let at = self.total_len() - AUTH_DATA_LEN;
            out.copy_from_slice(&self.b()[at..at + AUTH_DATA_LEN]);
        }
        out
    }

    /// The bytes the checksum covers (the announced length, not trailing garbage).
    pub fn covered(&self) -> &[u8] {
        &self.b()[..self.total_len()]
    }

    pub fn verify_checksum(&self, checksum: &Checksum) -> bool {
        checksum.compute(self.covered()) == 0
    }
}

impl<T: AsRef<[u8]> + AsMut<[u8]>> Packet<T> {
    fn bm(&mut self) -> &mut [u8] {
        self.buffer.as_mut()
    }

    pub fn set_version_kind(&mut self, version: Version, kind: Kind) {
        self.bm()[field::VER_TYPE] = (u8::from(version) << 4) | (u8::from(kind) & 0x0f);
    }

    pub fn set_vrid(&mut self, v: u8) {
        self.bm()[field::VRID] = v;
    }

    pub fn set_priority(&mut self, v: u8) {
        self.bm()[field::PRIORITY] = v;
    }

    pub fn set_addr_count(&mut self, v: u8) {
        self.bm()[field::COUNT] = v;
    }

    /// v2: writes auth type and seconds; v3: writes zero reserved bits and centiseconds.
    pub fn set_auth_interval(&mut self, auth: AuthType, interval: Interval) {
        match interval {
            Interval::Secs(s) => {
                self.bm()[field::AUTH_TYPE] = u8::from(auth);
                self.bm()[field::ADVER_INT_V2] = s;
            }
            Interval::Centis(c) => {
                self.bm()[field::ADVER_INT_V3].copy_from_slice(&(c & MAX_V3_CENTIS).to_be_bytes());
            }
        }
    }

    pub fn set_checksum(&mut self, v: u16) {
        self.bm()[field::CHECKSUM].copy_from_slice(&v.to_be_bytes());
    }

    pub fn set_address(&mut self, i: usize, addr: IpAddr) {
        let len = self.family.address_len();
        let at = field::ADDRESSES + i * len;
        match addr {
            IpAddr::V4(a) => self.bm()[at..at + 4].copy_from_slice(&a.octets()),
            IpAddr::V6(a) => self.bm()[at..at + 16].copy_from_slice(&a.octets()),
        }
    }

    pub fn set_auth_data(&mut self, data: &[u8; AUTH_DATA_LEN]) {
        if self.has_auth_data() {
            let at = self.total_len() - AUTH_DATA_LEN;
            self.bm()[at..at + AUTH_DATA_LEN].copy_from_slice(data);
        }
    }

    /// Zeroes then fills the checksum field.
    pub fn fill_checksum(&mut self, checksum: &Checksum) {
        self.set_checksum(0);
        let c = checksum.compute(self.covered());
        self.set_checksum(c);
    }
}

/// The addresses of an advertisement; one family per packet, by construction.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AddressList {
    V4(Vec<Ipv4Addr>),
    V6(Vec<Ipv6Addr>),
}

impl AddressList {
    pub fn family(&self) -> Family {
        match self {
            AddressList::V4(_) => Family::V4,
            AddressList::V6(_) => Family::V6,
        }
    }

    pub fn len(&self) -> usize {
        match self {
            AddressList::V4(v) => v.len(),
            AddressList::V6(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn iter(&self) -> impl Iterator<Item = IpAddr> + '_ {
        let (a, b) = match self {
            AddressList::V4(v) => (Some(v.iter().map(|a| IpAddr::V4(*a))), None),
            AddressList::V6(v) => (None, Some(v.iter().map(|a| IpAddr::V6(*a)))),
        };
        a.into_iter().flatten().chain(b.into_iter().flatten())
    }

    pub fn contains(&self, addr: &IpAddr) -> bool {
        match (self, addr) {
            (AddressList::V4(v), IpAddr::V4(a)) => v.contains(a),
            (AddressList::V6(v), IpAddr::V6(a)) => v.contains(a),
            _ => false,
        }
    }

    /// Splits mixed addresses by family; `None` when both families appear.
    pub fn from_addrs(family: Family, addrs: &[IpAddr]) -> Option<AddressList> {
        match family {
            Family::V4 => addrs
                .iter()
                .map(|a| match a {
                    IpAddr::V4(a) => Some(*a),
                    IpAddr::V6(_) => None,
                })
                .collect::<Option<Vec<_>>>()
                .map(AddressList::V4),
            Family::V6 => addrs
                .iter()
                .map(|a| match a {
                    IpAddr::V6(a) => Some(*a),
                    IpAddr::V4(_) => None,
                })
                .collect::<Option<Vec<_>>>()
                .map(AddressList::V6),
        }
    }
}

/// The meaning of an advertisement.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AdvertRepr {
    pub version: Version,
    pub kind: Kind,
    pub vrid: u8,
    pub priority: u8,
    /// v2 only; ignored for v3.
    pub auth_type: AuthType,
    pub interval: Interval,
    pub addresses: AddressList,
    /// v2 over IPv4 only (the simple password when `auth_type` is `Password`).
    pub auth_data: [u8; AUTH_DATA_LEN],
}

impl AdvertRepr {
    /// Parses and verifies the checksum.
    pub fn parse<T: AsRef<[u8]>>(
        packet: &Packet<T>,
        checksum: &Checksum,
    ) -> Result<AdvertRepr, DecodeError> {
        packet.check_len()?;
        if !packet.verify_checksum(checksum) {
            return Err(DecodeError::Checksum {
                vrid: packet.vrid(),
            });
        }
        Ok(AdvertRepr::read(packet))
    }

    /// Reads the fields of a length-checked packet whose checksum the caller has
    /// verified (or chooses to check later, in keepalived's order).
    pub(crate) fn read<T: AsRef<[u8]>>(packet: &Packet<T>) -> AdvertRepr {
        let addresses = match packet.family() {
            Family::V4 => AddressList::V4(
                packet
                    .addresses()
                    .filter_map(|a| match a {
                        IpAddr::V4(a) => Some(a),
                        IpAddr::V6(_) => None,
                    })
                    .collect(),
            ),
            Family::V6 => AddressList::V6(
                packet
                    .addresses()
                    .filter_map(|a| match a {
                        IpAddr::V6(a) => Some(a),
                        IpAddr::V4(_) => None,
                    })
                    .collect(),
            ),
        };
        let version = packet.version();
        AdvertRepr {
            version,
            kind: packet.kind(),
            vrid: packet.vrid(),
            priority: packet.priority(),
            auth_type: match version {
                Version::V2 => packet.auth_type(),
                _ => AuthType::None,
            },
            interval: packet.interval(),
            addresses,
            auth_data: packet.auth_data(),
        }
    }

    pub fn family(&self) -> Family {
        self.addresses.family()
    }

    fn has_auth_data(&self) -> bool {
        self.family() == Family::V4 && self.version == Version::V2
    }

    pub fn buffer_len(&self) -> usize {
        let auth = if self.has_auth_data() {
            AUTH_DATA_LEN
        } else {
            0
        };
        HEADER_LEN + self.addresses.len().min(255) * self.family().address_len() + auth
    }

    /// Writes the packet and its checksum into `packet`, whose buffer must hold at least
    /// [`AdvertRepr::buffer_len`] bytes. At most 255 addresses are written.
    pub fn emit<T: AsRef<[u8]> + AsMut<[u8]>>(&self, packet: &mut Packet<T>, checksum: &Checksum) {
        let count = self.addresses.len().min(255);
        packet.set_version_kind(self.version, self.kind);
        packet.set_vrid(self.vrid);
        packet.set_priority(self.priority);
        packet.set_addr_count(count as u8);
        let interval = match (self.version, self.interval) {
            (Version::V2, Interval::Secs(s)) => Interval::Secs(s),
            (Version::V2, Interval::Centis(c)) => Interval::Secs((c / 100).min(255) as u8),
            (_, Interval::Centis(c)) => Interval::Centis(c),
            (_, Interval::Secs(s)) => Interval::Centis(u16::from(s) * 100),
        };
        packet.set_auth_interval(self.auth_type, interval);
        for (i, a) in self.addresses.iter().take(count).enumerate() {
            packet.set_address(i, a);
        }
        packet.set_auth_data(&self.auth_data);
        packet.fill_checksum(checksum);
    }

    /// Emits into a new vector of exactly [`AdvertRepr::buffer_len`] bytes.
    pub fn to_bytes(&self, checksum: &Checksum) -> Vec<u8> {
        let mut buf = vec![0u8; self.buffer_len()];
        self.emit(
            &mut Packet::new_unchecked(&mut buf[..], self.family()),
            checksum,
        );
        buf
    }
}

impl fmt::Display for AdvertRepr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "VRRP {:?} vrid {} prio {} interval {:?} addrs {}",
            self.version,
            self.vrid,
            self.priority,
            self.interval.as_duration(),
            self.addresses.len()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v4(a: [u8; 4]) -> Ipv4Addr {
        Ipv4Addr::from(a)
    }

    /// v2, VRID 51, priority 100, 1 s, no auth, VIP 192.168.200.16: built by hand
    /// following keepalived's `vrrp_build_vrrp_v2`; checksum worked out on paper
    /// (0x2133 + 0x6401 + 0x0001 + 0xc0a8 + 0xc810 = 0x20ded -> 0x0def -> !0xf210).
    const V2_V4: [u8; 20] = [
        0x21, 0x33, 0x64, 0x01, 0x00, 0x01, 0xf2, 0x10, 192, 168, 200, 16, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    fn v2_repr() -> AdvertRepr {
        AdvertRepr {
            version: Version::V2,
            kind: Kind::Advertisement,
            vrid: 51,
            priority: 100,
            auth_type: AuthType::None,
            interval: Interval::Secs(1),
            addresses: AddressList::V4(vec![v4([192, 168, 200, 16])]),
            auth_data: [0; 8],
        }
    }

    #[test]
    fn v2_ipv4_known_answer() {
        assert_eq!(v2_repr().to_bytes(&Checksum::Plain), V2_V4);
        let p = Packet::new_checked(&V2_V4[..], Family::V4).expect("valid packet");
        assert_eq!(AdvertRepr::parse(&p, &Checksum::Plain), Ok(v2_repr()));
    }

    #[test]
    fn v2_password_is_in_trailer_and_checksummed() {
        let mut r = v2_repr();
        r.auth_type = AuthType::Password;
        r.auth_data = *b"secret\0\0";
        let bytes = r.to_bytes(&Checksum::Plain);
        assert_eq!(bytes[4], 1);
        assert_eq!(&bytes[12..20], b"secret\0\0");
        let p = Packet::new_checked(&bytes[..], Family::V4).expect("valid packet");
        assert_eq!(p.auth_data(), *b"secret\0\0");
        assert_eq!(AdvertRepr::parse(&p, &Checksum::Plain), Ok(r));
    }

    /// v3 over IPv4, VRID 1, priority 150, 100 cs, VIP 198.18.0.100, from 198.18.0.1 to
    /// 224.0.0.18. Sum worked out apart from this code: pseudo-header words
    /// 0xc612 0x0001 0xe000 0x0012 0x0070 0x000c and VRRP words
    /// 0x3101 0x9601 0x0064 0xc612 0x0064 add to 0x3347d -> 0x3480 -> checksum 0xcb7f.
    #[test]
    fn v3_ipv4_known_answer_with_pseudo_header() {
        let r = AdvertRepr {
            version: Version::V3,
            kind: Kind::Advertisement,
            vrid: 1,
            priority: 150,
            auth_type: AuthType::None,
            interval: Interval::Centis(100),
            addresses: AddressList::V4(vec![v4([198, 18, 0, 100])]),
            auth_data: [0; 8],
        };
        let ck = Checksum::Pseudo {
            src: IpAddr::V4(v4([198, 18, 0, 1])),
            dst: IpAddr::V4(MCAST_GROUP_V4),
        };
        let bytes = r.to_bytes(&ck);
        assert_eq!(
            bytes,
            [0x31, 1, 150, 1, 0x00, 0x64, 0xcb, 0x7f, 198, 18, 0, 100]
        );
        let p = Packet::new_checked(&bytes[..], Family::V4).expect("valid packet");
        assert_eq!(AdvertRepr::parse(&p, &ck), Ok(r.clone()));
        // The same bytes fail as a v2-style checksum and with another destination
        // (keepalived's old unicast checksum used the multicast group instead of the peer).
        assert_eq!(
            AdvertRepr::parse(&p, &Checksum::Plain),
            Err(DecodeError::Checksum { vrid: 1 })
        );
        let unicast = Checksum::Pseudo {
            src: IpAddr::V4(v4([198, 18, 0, 1])),
            dst: IpAddr::V4(v4([198, 18, 0, 2])),
        };
        assert!(!p.verify_checksum(&unicast));
        // v3_checksum_as_v2: plain checksum over the same fields.
        let plain = r.to_bytes(&Checksum::Plain);
        assert_eq!(&plain[..6], &bytes[..6]);
        assert!(Packet::new_unchecked(&plain[..], Family::V4).verify_checksum(&Checksum::Plain));
    }

    /// v3 over IPv6 with the RFC 2460 pseudo-header, VIP 2001:db8::100, from fe80::1.
    #[test]
    fn v3_ipv6_round_trip_and_independent_checksum() {
        let vip: Ipv6Addr = "2001:db8::100".parse().expect("literal");
        let src: Ipv6Addr = "fe80::1".parse().expect("literal");
        let r = AdvertRepr {
            version: Version::V3,
            kind: Kind::Advertisement,
            vrid: 7,
            priority: 255,
            auth_type: AuthType::None,
            interval: Interval::Centis(10),
            addresses: AddressList::V6(vec![vip]),
            auth_data: [0; 8],
        };
        let ck = Checksum::Pseudo {
            src: IpAddr::V6(src),
            dst: IpAddr::V6(MCAST_GROUP_V6),
        };
        let bytes = r.to_bytes(&ck);
        assert_eq!(bytes.len(), 24);
        assert_eq!(&bytes[..6], &[0x31, 7, 255, 1, 0x00, 0x0a]);
        // Independent sum: pseudo-header words, then VRRP words with checksum zero.
        let mut words: Vec<u32> = Vec::new();
        for a in [src.octets(), MCAST_GROUP_V6.octets()] {
            words.extend(a.chunks(2).map(|w| u32::from(w[0]) << 8 | u32::from(w[1])));
        }
        words.extend([0, 24, 0, 112]);
        let mut zeroed = bytes.clone();
        zeroed[6] = 0;
        zeroed[7] = 0;
        words.extend(
            zeroed
                .chunks(2)
                .map(|w| u32::from(w[0]) << 8 | u32::from(w[1])),
        );
        let mut s: u32 = words.iter().sum();
        while s > 0xffff {
            s = (s & 0xffff) + (s >> 16);
        }
        assert_eq!(u16::from_be_bytes([bytes[6], bytes[7]]), !(s as u16));
        let p = Packet::new_checked(&bytes[..], Family::V6).expect("valid packet");
        assert_eq!(AdvertRepr::parse(&p, &ck), Ok(r));
    }

    #[test]
    fn v2_ipv6_has_no_auth_trailer() {
        let r = AdvertRepr {
            version: Version::V2,
            kind: Kind::Advertisement,
            vrid: 9,
            priority: 100,
            auth_type: AuthType::None,
            interval: Interval::Secs(1),
            addresses: AddressList::V6(vec![Ipv6Addr::LOCALHOST, Ipv6Addr::UNSPECIFIED]),
            auth_data: [0; 8],
        };
        assert_eq!(r.buffer_len(), 8 + 32);
        let ck = Checksum::Pseudo {
            src: IpAddr::V6(Ipv6Addr::LOCALHOST),
            dst: IpAddr::V6(MCAST_GROUP_V6),
        };
        let bytes = r.to_bytes(&ck);
        let p = Packet::new_checked(&bytes[..], Family::V6).expect("valid packet");
        assert_eq!(AdvertRepr::parse(&p, &ck), Ok(r));
    }

    #[test]
    fn emit_into_a5_buffer_writes_every_byte() {
        for r in [v2_repr(), {
            let mut r = v2_repr();
            r.version = Version::V3;
            r.interval = Interval::Centis(4095);
            r
        }] {
            let len = r.buffer_len();
            let mut buf = vec![0xa5u8; len];
            r.emit(
                &mut Packet::new_unchecked(&mut buf[..], Family::V4),
                &Checksum::Plain,
            );
            let zeroed = {
                let mut z = vec![0u8; len];
                r.emit(
                    &mut Packet::new_unchecked(&mut z[..], Family::V4),
                    &Checksum::Plain,
                );
                z
            };
            assert_eq!(buf, zeroed, "a byte was left unwritten for {r}");
        }
    }

    #[test]
    fn unknown_values_survive() {
        let mut bytes = V2_V4;
        bytes[0] = 0x57; // version 5, type 7
        bytes[4] = 9; // unknown auth type (read only for v2, so set version 2 below)
        let p = Packet::new_unchecked(&bytes[..], Family::V4);
        assert_eq!(p.version(), Version::Unknown(5));
        assert_eq!(p.kind(), Kind::Unknown(7));
        bytes[0] = 0x27;
        let p = Packet::new_unchecked(&bytes[..], Family::V4);
        assert_eq!(p.version(), Version::V2);
        assert_eq!(p.kind(), Kind::Unknown(7));
        assert_eq!(p.auth_type(), AuthType::Unknown(9));
        let r = AdvertRepr::read(&p);
        let mut out = vec![0u8; r.buffer_len()];
        r.emit(
            &mut Packet::new_unchecked(&mut out[..], Family::V4),
            &Checksum::Plain,
        );
        assert_eq!((out[0], out[4]), (0x27, 9));
    }

    #[test]
    fn truncated_is_an_error() {
        assert_eq!(
            Packet::new_checked(&V2_V4[..7], Family::V4).err(),
            Some(DecodeError::Truncated { len: 7, needed: 8 })
        );
        assert_eq!(
            Packet::new_checked(&V2_V4[..19], Family::V4).err(),
            Some(DecodeError::Truncated {
                len: 19,
                needed: 20
            })
        );
        // Read as IPv6, the same count needs 8 + 16 bytes and no trailer.
        assert_eq!(
            Packet::new_checked(&V2_V4[..], Family::V6).err(),
            Some(DecodeError::Truncated {
                len: 20,
                needed: 24
            })
        );
    }

    #[test]
    fn interval_units() {
        assert_eq!(Interval::Secs(3).as_duration(), Duration::from_secs(3));
        assert_eq!(
            Interval::Centis(10).as_duration(),
            Duration::from_millis(100)
        );
        assert_eq!(
            Interval::Centis(0xffff).as_duration(),
            Duration::from_millis(40950)
        );
    }

    /// VRRP parts of adverts captured from keepalived 2.2.7 (Debian 12) in a namespace
    /// pair with tcpdump: VRID 51, priority 150, from 198.18.0.1 (or fe80::9451:cdff:fefc:58ab).
    mod keepalived_2_2_7 {
        use super::*;

        const SRC4: Ipv4Addr = Ipv4Addr::new(198, 18, 0, 1);
        const PEER4: Ipv4Addr = Ipv4Addr::new(198, 18, 0, 2);

        fn hex(s: &str) -> Vec<u8> {
            let s: String = s.split_whitespace().collect();
            (0..s.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex fixture"))
                .collect()
        }

        fn round_trip(bytes: &[u8], family: Family, ck: Checksum) -> AdvertRepr {
            let p = Packet::new_checked(bytes, family).expect("length");
            assert_eq!(p.total_len(), bytes.len());
            let r = AdvertRepr::parse(&p, &ck).expect("keepalived's checksum verifies");
            assert_eq!(r.to_bytes(&ck), bytes, "we emit keepalived's bytes");
            r
        }

        #[test]
        fn v2_password() {
            // auth_type PASS, auth_pass secret1, advert_int 1, VIP 198.18.0.100.
            let b = hex("2133 9601 0101 1407 c612 0064 7365 6372 6574 3100");
            let r = round_trip(&b, Family::V4, Checksum::Plain);
            assert_eq!(r.auth_type, AuthType::Password);
            assert_eq!(&r.auth_data, b"secret1\0");
        }

        #[test]
        fn v3_multicast_two_vips_half_second() {
            let b = hex("3133 9602 0032 0503 c612 0064 c612 0065");
            let ck = Checksum::Pseudo {
                src: IpAddr::V4(SRC4),
                dst: IpAddr::V4(MCAST_GROUP_V4),
            };
            let r = round_trip(&b, Family::V4, ck);
            assert_eq!(r.interval, Interval::Centis(50));
            assert_eq!(r.addresses.len(), 2);
        }

        #[test]
        fn v3_unicast_standard_and_old_checksums() {
            let standard = hex("3133 9601 0064 e54b c612 0064");
            let old = hex("3133 9601 0064 cb4d c612 0064");
            let to_peer = Checksum::Pseudo {
                src: IpAddr::V4(SRC4),
                dst: IpAddr::V4(PEER4),
            };
            let to_group = Checksum::Pseudo {
                src: IpAddr::V4(SRC4),
                dst: IpAddr::V4(MCAST_GROUP_V4),
            };
            round_trip(&standard, Family::V4, to_peer);
            // old_unicast_checksum: the pseudo-header names the multicast group, so the
            // bytes equal a multicast advert's.
            round_trip(&old, Family::V4, to_group);
            assert!(!Packet::new_unchecked(&old[..], Family::V4).verify_checksum(&to_peer));
        }

        #[test]
        fn v3_ipv6() {
            let b = hex("3133 9601 0064 5196 2001 0db8 0000 0000 0000 0000 0000 0100");
            let src: Ipv6Addr = "fe80::9451:cdff:fefc:58ab".parse().expect("literal");
            let ck = Checksum::Pseudo {
                src: IpAddr::V6(src),
                dst: IpAddr::V6(MCAST_GROUP_V6),
            };
            round_trip(&b, Family::V6, ck);
        }
    }

    proptest::proptest! {
        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600), v6 in proptest::prelude::any::<bool>()) {
            let family = if v6 { Family::V6 } else { Family::V4 };
            if let Ok(p) = Packet::new_checked(&bytes[..], family) {
                let r = AdvertRepr::read(&p);
                // A parsed packet re-emits to the same covered bytes (reserved v3 bits aside).
                let ck = Checksum::Plain;
                let out = r.to_bytes(&ck);
                let mut expect = p.covered().to_vec();
                if p.version() != Version::V2 {
                    expect[4] &= 0x0f;
                }
                proptest::prop_assert_eq!(&out[..6], &expect[..6]);
                proptest::prop_assert_eq!(&out[8..], &expect[8..]);
                proptest::prop_assert!(Packet::new_unchecked(&out[..], family).verify_checksum(&ck));
                let _ = AdvertRepr::parse(&p, &ck);
            }
        }
    }
}
