//! The receive checks of an instance, in keepalived's order (`vrrp_check_packet`),
//! and the checksum each direction uses.

use std::net::IpAddr;

use super::{Instance, State};
use crate::config::{Auth, UnicastChecksumCompat};
use crate::error::Rejection;
use crate::packet::{AdvertRepr, AuthType, Checksum, Family, Kind, Packet, Version, TTL};

/// A received VRRP packet with the IP-level facts the checks need.
#[derive(Debug, Clone, Copy)]
pub struct Received<'a> {
    pub src: IpAddr,
    pub dst: IpAddr,
    /// IPv4 TTL or IPv6 hop limit.
    pub ttl: u8,
    /// The VRRP part (after the IPv4 header).
    pub bytes: &'a [u8],
}

impl Instance {
    pub(super) fn check(&mut self, rx: &Received<'_>) -> Result<AdvertRepr, Rejection> {
        let cfg = &self.cfg;
        let family = cfg.family();
        let p = Packet::new_checked(rx.bytes, family)?;
        if rx.bytes.len() != p.total_len() {
            return Err(Rejection::Length);
        }
        if cfg.unicast_peers.is_empty() && rx.ttl != TTL {
            return Err(Rejection::Ttl);
        }
        if p.version() != cfg.version {
            return Err(Rejection::Version);
        }
        if p.vrid() != cfg.vrid {
            return Err(Rejection::OtherVrid);
        }
        if cfg.version == Version::V2 {
            let ours = match cfg.auth {
                Auth::None => AuthType::None,
                Auth::Password(_) => AuthType::Password,
            };
            match p.auth_type() {
                AuthType::Unknown(_) => return Err(Rejection::InvalidAuthType),
                t if t != ours => return Err(Rejection::AuthTypeMismatch),
                _ => {}
            }
            if let Auth::Password(pw) = &cfg.auth {
                if family == Family::V4 && p.auth_data() != *pw {
                    return Err(Rejection::AuthFailure);
                }
            }
            if p.interval().as_duration() != cfg.advert_int {
                return Err(Rejection::IntervalMismatch);
            }
        }
        if p.kind() != Kind::Advertisement {
            return Err(Rejection::Type);
        }
        let check_addr = !cfg.skip_check_adv_addr
            || self.state == State::Master
            || self.master_addr != Some(rx.src);
        if check_addr && usize::from(p.addr_count()) != cfg.vips.len() {
            return Err(Rejection::AddressCount);
        }
        if !p.verify_checksum(&self.rx_checksum(rx)) {
            let old = Checksum::Pseudo {
                src: rx.src,
                dst: cfg.mcast_group,
            };
            let may_learn_old = family == Family::V4
                && cfg.version == Version::V3
                && !cfg.v3_checksum_as_v2
                && !cfg.unicast_peers.is_empty()
                && cfg.unicast_checksum_compat == UnicastChecksumCompat::Auto
                && !self.old_unicast_checksum
                && rx.dst != cfg.mcast_group;
            if may_learn_old && p.verify_checksum(&old) {
                // keepalived switches to the old unicast checksum for good.
                self.old_unicast_checksum = true;
            } else {
                return Err(Rejection::Checksum);
            }
        }
        if rx.dst.is_multicast() != cfg.unicast_peers.is_empty() {
            return Err(Rejection::CastMismatch);
        }
        self.stats.adverts_received += 1;
        if check_addr {
            if !cfg.vips.iter().all(|v| p.addresses().any(|a| a == v)) {
                return Err(Rejection::AddressList);
            }
            if cfg.check_unicast_src
                && !cfg.unicast_peers.is_empty()
                && !cfg.unicast_peers.contains(&rx.src)
            {
                return Err(Rejection::UnicastSource);
            }
        }
        Ok(AdvertRepr::read(&p))
    }

    /// The checksum a packet to us must carry.
    fn rx_checksum(&self, rx: &Received<'_>) -> Checksum {
        match (self.cfg.family(), self.cfg.version) {
            (Family::V4, Version::V2) => Checksum::Plain,
            (Family::V4, _) if self.cfg.v3_checksum_as_v2 => Checksum::Plain,
            (Family::V4, _) if self.old_unicast_checksum => Checksum::Pseudo {
                src: rx.src,
                dst: self.cfg.mcast_group,
            },
            _ => Checksum::Pseudo {
                src: rx.src,
                dst: rx.dst,
            },
        }
    }

    pub(super) fn tx_checksum(&self, dst: IpAddr) -> Checksum {
        let src = self.cfg.source;
        match (self.cfg.family(), self.cfg.version) {
            (Family::V4, Version::V2) => Checksum::Plain,
            (Family::V4, _) if self.cfg.v3_checksum_as_v2 => Checksum::Plain,
            (Family::V4, _) if self.old_unicast_checksum => Checksum::Pseudo {
                src,
                dst: self.cfg.mcast_group,
            },
            _ => Checksum::Pseudo { src, dst },
        }
    }
}
