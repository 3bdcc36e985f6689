//! sh (source hashing) and dh (destination hashing): 256-bucket tables, as IPVS.
//!
//! Exact to IPVS for the same destination order: the same bucket layout (sh repeats
//! each real `weight` times, a weight-0 real still takes one bucket; dh takes every
//! real once per round, weights ignored), the same hash of the address (IPv6 folded
//! by XOR of its four 32-bit words) and the same fallback walk for `sh-fallback`.

use super::{Candidate, Flow, Roster};
use crate::service::Protocol;
use std::net::IpAddr;

/// Buckets in IPVS's sh and dh tables (`CONFIG_IP_VS_SH_TAB_BITS` = 8).
pub const TABLE_BITS: u32 = 8;
pub const TABLE_SIZE: usize = 1 << TABLE_BITS;

/// The address as one 32-bit number in host order (`ntohl(addr_fold)`).
pub fn fold_addr(addr: IpAddr) -> u32 {
    match addr {
        IpAddr::V4(a) => u32::from(a),
        IpAddr::V6(a) => {
            let o = a.octets();
            (0..4)
                .map(|w| u32::from_be_bytes([o[4 * w], o[4 * w + 1], o[4 * w + 2], o[4 * w + 3]]))
                .fold(0, |x, w| x ^ w)
        }
    }
}

/// The kernel's `hash_32`: multiply by the 32-bit golden ratio, keep the top bits.
pub fn hash_32(val: u32, bits: u32) -> u32 {
    val.wrapping_mul(0x61C8_8647) >> (32 - bits)
}

/// sh's bucket for an address, port (0 unless sh-port) and fallback offset.
pub fn sh_bucket(addr: IpAddr, port: u16, offset: u32) -> usize {
    let h = offset.wrapping_add(hash_32(
        u32::from(port).wrapping_add(fold_addr(addr)),
        TABLE_BITS,
    ));
    (h as usize) & (TABLE_SIZE - 1)
}

/// dh's bucket for a destination address. (Older kernels multiplied by Knuth's
/// 2654435761 and kept the low bits; the fixture from Linux 6.1 shows `hash_32`.)
pub fn dh_bucket(addr: IpAddr) -> usize {
    hash_32(fold_addr(addr), TABLE_BITS) as usize
}

/// sh's table: indices into `reals`, each real for `weight` consecutive buckets
/// (at least one), round after round until 256 are filled; `None` when there are no reals.
pub fn sh_table(reals: &[Candidate]) -> Vec<Option<u32>> {
    fill(reals, |c| c.weight.max(1))
}

/// dh's table: each real for one bucket, round after round.
pub fn dh_table(reals: &[Candidate]) -> Vec<Option<u32>> {
    fill(reals, |_| 1)
}

fn fill(reals: &[Candidate], turns: impl Fn(&Candidate) -> u32) -> Vec<Option<u32>> {
    if reals.is_empty() {
        return vec![None; TABLE_SIZE];
    }
    let mut table = Vec::with_capacity(TABLE_SIZE);
    let (mut i, mut count) = (0usize, 0u32);
    while table.len() < TABLE_SIZE {
        table.push(u32::try_from(i).ok());
        count += 1;
        if count >= turns(&reals[i]) {
            count = 0;
            i = (i + 1) % reals.len();
        }
    }
    table
}

/// Port used by sh-port and mh-port: the client's, for the protocols that have one.
pub(crate) fn flow_port(flow: &Flow, use_port: bool) -> u16 {
    match flow.protocol {
        Protocol::Tcp | Protocol::Udp | Protocol::Sctp if use_port => flow.src_port,
        _ => 0,
    }
}

/// Source-hashing scheduler: the table, rebuilt when reals or weights change.
#[derive(Debug, Clone)]
pub struct Sh {
    port: bool,
    fallback: bool,
    roster: Roster,
    table: Vec<Option<u32>>,
}

impl Sh {
    pub fn new(port: bool, fallback: bool) -> Self {
        Sh {
            port,
            fallback,
            roster: Roster::default(),
            table: vec![None; TABLE_SIZE],
        }
    }

    pub fn table(&self) -> &[Option<u32>] {
        &self.table
    }

    /// Rebuilds the table if reals or weights changed (IPVS's dest hooks).
    pub fn update(&mut self, reals: &[Candidate]) {
        if self.roster.refresh(reals) {
            self.table = sh_table(reals);
        }
    }

    pub fn schedule(&mut self, reals: &[Candidate], flow: &Flow) -> Option<usize> {
        self.update(reals);
        let port = flow_port(flow, self.port);
        let at = |bucket: usize| self.table[bucket].map(|i| i as usize);
        let ihash = sh_bucket(flow.src, port, 0);
        let first = at(ihash)?;
        if reals[first].available() {
            return Some(first);
        }
        if !self.fallback {
            return None;
        }
        for offset in 0..TABLE_SIZE {
            let roffset = (offset + ihash) % TABLE_SIZE;
            let i = at(sh_bucket(flow.src, port, roffset as u32))?;
            if reals[i].available() {
                return Some(i);
            }
        }
        None
    }
}

/// Destination-hashing scheduler.
#[derive(Debug, Clone)]
pub struct Dh {
    roster: Roster,
    table: Vec<Option<u32>>,
}

impl Default for Dh {
    fn default() -> Self {
        Dh {
            roster: Roster::default(),
            table: vec![None; TABLE_SIZE],
        }
    }
}

impl Dh {
    pub fn table(&self) -> &[Option<u32>] {
        &self.table
    }

    /// Rebuilds the table if the reals changed (IPVS's dest hooks).
    pub fn update(&mut self, reals: &[Candidate]) {
        if self.roster.refresh(reals) {
            self.table = dh_table(reals);
        }
    }

    pub fn schedule(&mut self, reals: &[Candidate], flow: &Flow) -> Option<usize> {
        self.update(reals);
        let i = self.table[dh_bucket(flow.dst)]? as usize;
        reals[i].available().then_some(i)
    }
}
