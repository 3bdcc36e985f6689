//! Errors of the codec and reasons for refusing a received advertisement.

use core::fmt;

/// A buffer that cannot be read as a VRRP packet (bad bytes).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// Shorter than the 8-byte header, or than the header's address count announces.
    Truncated { len: usize, needed: usize },
    /// The checksum does not match the bytes (and pseudo-header, when one applies).
    Checksum { vrid: u8 },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Truncated { len, needed } => {
                write!(f, "VRRP packet too short: {len} bytes, need {needed}")
            }
            DecodeError::Checksum { vrid } => write!(f, "VRRP checksum mismatch (VRID {vrid})"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Why an instance refused a received packet, in the order the checks run
/// (keepalived's `vrrp_check_packet`). Each one has its own counter in [`crate::Stats`].
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rejection {
    /// Length differs from the one the header announces (bad bytes).
    Length,
    /// TTL / hop limit not 255 on a multicast instance (a peer breaking the rules, or
    /// a packet from off-link).
    Ttl,
    /// VRRP version differs from the configured one.
    Version,
    /// Another virtual router's packet (not an error; counted apart).
    OtherVrid,
    /// v2 authentication type is not one VRRP knows.
    InvalidAuthType,
    /// v2 authentication type differs from ours.
    AuthTypeMismatch,
    /// v2 simple password differs from ours.
    AuthFailure,
    /// v2 advertisement interval differs from ours (dropped to avoid two masters).
    IntervalMismatch,
    /// Packet type is not ADVERTISEMENT.
    Type,
    /// Address count differs from our VIP count.
    AddressCount,
    /// Bad checksum.
    Checksum,
    /// Multicast destination on a unicast instance, or unicast on a multicast one.
    CastMismatch,
    /// A VIP of ours is missing from the advertisement.
    AddressList,
    /// Unicast source is not one of our configured peers.
    UnicastSource,
}

impl Rejection {
    /// Every reason, in check order; `ALL[r.index()] == r`.
    pub const ALL: [Rejection; 14] = [
        Rejection::Length,
        Rejection::Ttl,
        Rejection::Version,
        Rejection::OtherVrid,
        Rejection::InvalidAuthType,
        Rejection::AuthTypeMismatch,
        Rejection::AuthFailure,
        Rejection::IntervalMismatch,
        Rejection::Type,
        Rejection::AddressCount,
        Rejection::Checksum,
        Rejection::CastMismatch,
        Rejection::AddressList,
        Rejection::UnicastSource,
    ];

    pub const fn index(self) -> usize {
        self as usize
    }

    /// Stable name for metrics and logs.
    pub const fn name(self) -> &'static str {
        match self {
            Rejection::Length => "length",
            Rejection::Ttl => "ttl",
            Rejection::Version => "version",
            Rejection::OtherVrid => "other_vrid",
            Rejection::InvalidAuthType => "invalid_auth_type",
            Rejection::AuthTypeMismatch => "auth_type_mismatch",
            Rejection::AuthFailure => "auth_failure",
            Rejection::IntervalMismatch => "interval_mismatch",
            Rejection::Type => "type",
            Rejection::AddressCount => "address_count",
            Rejection::Checksum => "checksum",
            Rejection::CastMismatch => "cast_mismatch",
            Rejection::AddressList => "address_list",
            Rejection::UnicastSource => "unicast_source",
        }
    }
}

impl From<DecodeError> for Rejection {
    fn from(e: DecodeError) -> Self {
        match e {
            DecodeError::Truncated { .. } => Rejection::Length,
            DecodeError::Checksum { .. } => Rejection::Checksum,
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_indexed_in_order() {
        for (i, r) in Rejection::ALL.iter().enumerate() {
            assert_eq!(r.index(), i, "{r}");
        }
    }
}
