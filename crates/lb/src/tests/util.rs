//! Helpers shared by the core tests.

use std::net::{IpAddr, Ipv4Addr};

use crate::sched::{Candidate, Flow};
use crate::service::{Protocol, RealKey};

/// Real number `n`: 198.19.x.y port 80.
pub(crate) fn real(n: u32) -> RealKey {
    RealKey {
        addr: IpAddr::V4(Ipv4Addr::from(0xC613_0000 + n)),
        port: 80,
    }
}

pub(crate) fn cand(n: u32, weight: u32, active: u32, inactive: u32) -> Candidate {
    Candidate {
        real: real(n),
        weight,
        active,
        inactive,
        overloaded: false,
    }
}

/// `n` reals of equal weight and no connections.
pub(crate) fn equal(n: u32, weight: u32) -> Vec<Candidate> {
    (0..n).map(|i| cand(i, weight, 0, 0)).collect()
}

/// A TCP flow from client `src` (198.18.0.0/16 + n) port `port` to the VIP.
pub(crate) fn flow_from(src: u32, port: u16) -> Flow {
    Flow {
        protocol: Protocol::Tcp,
        src: IpAddr::V4(Ipv4Addr::from(0xC612_0000 + (src & 0xffff))),
        src_port: port,
        dst: IpAddr::V4(Ipv4Addr::new(198, 18, 255, 1)),
        dst_port: 80,
    }
}

/// A deterministic stream of pseudo-random numbers (xorshift64*), for flows.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }

    pub(crate) fn next_u32(&mut self) -> u32 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) as u32
    }

    /// A flow from a random IPv4 or IPv6 client and port.
    pub(crate) fn flow(&mut self) -> Flow {
        let a = self.next_u32();
        let src = if a & 1 == 0 {
            IpAddr::V4(Ipv4Addr::from(0xC612_0000 | (a >> 16)))
        } else {
            let b = u128::from(self.next_u32());
            IpAddr::V6((0x2001_0db8_u128 << 96 | b << 32 | u128::from(a)).into())
        };
        Flow {
            protocol: Protocol::Tcp,
            src,
            src_port: (self.next_u32() & 0xffff) as u16,
            dst: IpAddr::V4(Ipv4Addr::new(198, 18, 255, 1)),
            dst_port: 443,
        }
    }
}
