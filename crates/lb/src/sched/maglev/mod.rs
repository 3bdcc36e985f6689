//! mh: Maglev consistent hashing, as IPVS's `ip_vs_mh.c` builds and reads its table.
//!
//! Exact to IPVS when the table size and weight bits are IPVS's (4093 and 6,
//! [`MaglevParams::IPVS`]): the same keyed hash (the kernel's 64-bit `hsiphash`, i.e.
//! SipHash-1-3, with IPVS's fixed keys), the same per-real offset and skip, the same
//! population order with `turns = (last_weight / gcd) >> rshift` (at least 1 for a
//! positive weight), and the same fallback walk. The default here is a 65537-entry
//! table with 8 weight bits, for the data plane's BPF array; IPVS cannot use that size.
//!
//! Like IPVS, the layout uses each real's last non-zero weight: setting a weight to 0
//! (quiescing) keeps the real's slots, so no other flow moves; lookups that land on it
//! fail, or with `mh-fallback` walk on.
//!
//! Unlike IPVS, the default table is not rebuilt when reals come and go: [`reshape`]
//! changes it in place, so removing a real moves only that real's flows. Only the first
//! table equals IPVS's; [`MaglevParams::IPVS`] rebuilds on every change as IPVS does.

mod reshape;

pub use reshape::reshape;

use std::collections::BTreeMap;
use std::net::IpAddr;

use super::hash::{flow_port, fold_addr};
use super::{gcd_weight, Candidate, Flow, Roster};
use crate::service::RealKey;

const KEY1: u64 = 2_654_435_761;
const KEY2: u64 = 2_654_446_892;

/// Size of the lookup table (a prime) and how many bits of `weight / gcd` the
/// population uses (`IP_VS_MH_TAB_BITS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaglevParams {
    table_size: u32,
    weight_bits: u32,
    /// Change the table in place ([`reshape`]) rather than rebuild it as IPVS does.
    reshape: bool,
}

impl MaglevParams {
    /// IPVS's default (`CONFIG_IP_VS_MH_TAB_INDEX` = 12).
    pub const IPVS: MaglevParams = MaglevParams {
        table_size: 4093,
        weight_bits: 6,
        reshape: false,
    };

    /// `None` unless `table_size` is a prime above 2 and `weight_bits` below 32. The
    /// table is reshaped in place on changes.
    pub fn new(table_size: u32, weight_bits: u32) -> Option<Self> {
        (is_prime(table_size) && table_size > 2 && weight_bits < 32).then_some(MaglevParams {
            table_size,
            weight_bits,
            reshape: true,
        })
    }

    pub fn table_size(self) -> u32 {
        self.table_size
    }
}

impl Default for MaglevParams {
    fn default() -> Self {
        MaglevParams {
            table_size: 65_537,
            weight_bits: 8,
            reshape: true,
        }
    }
}

fn is_prime(n: u32) -> bool {
    n >= 2
        && (2..)
            .take_while(|d: &u32| d * d <= n)
            .all(|d| !n.is_multiple_of(d))
}

/// The kernel's `hsiphash` of one `u32` on 64-bit hosts: SipHash-1-3 with a 128-bit
/// key, truncated to 32 bits.
pub fn hsiphash_u32(v: u32, key: [u64; 2]) -> u32 {
    let mut s = [
        0x736f_6d65_7073_6575 ^ key[0],
        0x646f_7261_6e64_6f6d ^ key[1],
        0x6c79_6765_6e65_7261 ^ key[0],
        0x7465_6462_7974_6573 ^ key[1],
    ];
    let b = (4u64 << 56) | u64::from(v);
    s[3] ^= b;
    sipround(&mut s);
    s[0] ^= b;
    s[2] ^= 0xff;
    for _ in 0..3 {
        sipround(&mut s);
    }
    // Truncation to 32 bits is the kernel's (u32 return of a u64 expression).
    ((s[0] ^ s[1]) ^ (s[2] ^ s[3])) as u32
}

fn sipround(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(13);
    v[1] ^= v[0];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(16);
    v[3] ^= v[2];
    v[0] = v[0].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(21);
    v[3] ^= v[0];
    v[2] = v[2].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(17);
    v[1] ^= v[2];
    v[2] = v[2].rotate_left(32);
}

/// IPVS's `ip_vs_mh_hashkey`.
pub fn mh_hash(addr: IpAddr, port: u16, key: u64, offset: u32) -> u32 {
    let v = offset
        .wrapping_add(u32::from(port))
        .wrapping_add(fold_addr(addr));
    hsiphash_u32(v, [key, key])
}

/// The lookup table for reals with these last non-zero weights (`last_weights[i]` for
/// `reals[i]`; 0 for a real never given a positive weight): `table_size` entries, each
/// an index into `reals`, all `None` when no weight is positive.
pub fn maglev_table(
    reals: &[RealKey],
    last_weights: &[u32],
    params: MaglevParams,
) -> Vec<Option<u32>> {
    let m = params.table_size;
    let size = m as usize;
    let g = gcd_weight(last_weights.iter().copied());
    if g == 0 {
        return vec![None; size];
    }
    let max = last_weights.iter().copied().max().unwrap_or(0) / g;
    // fls(max) - bits, as IPVS keeps weight / gcd within the table's bits.
    let rshift = (32 - max.leading_zeros()).saturating_sub(params.weight_bits);
    struct Setup {
        perm: u32,
        skip: u32,
        turns: u32,
    }
    let mut setup: Vec<Setup> = reals
        .iter()
        .zip(last_weights)
        .map(|(r, &lw)| {
            let shifted = (lw / g) >> rshift;
            Setup {
                perm: mh_hash(r.addr, r.port, KEY1, 0) % m,
                skip: mh_hash(r.addr, r.port, KEY2, 0) % (m - 1) + 1,
                turns: if shifted > 0 {
                    shifted
                } else {
                    u32::from(lw != 0)
                },
            }
        })
        .collect();

    let mut table: Vec<Option<u32>> = vec![None; size];
    let mut filled = 0usize;
    'rounds: loop {
        for (i, ds) in setup.iter_mut().enumerate() {
            for _ in 0..ds.turns {
                while table[ds.perm as usize].is_some() {
                    ds.perm += ds.skip;
                    if ds.perm >= m {
                        ds.perm -= m;
                    }
                }
                table[ds.perm as usize] = u32::try_from(i).ok();
                filled += 1;
                if filled == size {
                    break 'rounds;
                }
            }
        }
    }
    table
}

/// The mh scheduler of one service: its table, rebuilt when reals or weights change,
/// and the last non-zero weight of each real.
#[derive(Debug, Clone)]
pub struct Maglev {
    params: MaglevParams,
    port: bool,
    fallback: bool,
    roster: Roster,
    last_weight: BTreeMap<RealKey, u32>,
    /// The reals `table` indexes, in its order, with the last weights it was laid out for.
    laid_out: Vec<(RealKey, u32)>,
    table: Vec<Option<u32>>,
}

impl Maglev {
    pub fn new(params: MaglevParams, port: bool, fallback: bool) -> Self {
        Maglev {
            params,
            port,
            fallback,
            roster: Roster::default(),
            last_weight: BTreeMap::new(),
            laid_out: Vec::new(),
            table: vec![None; params.table_size as usize],
        }
    }

    pub fn table(&self) -> &[Option<u32>] {
        &self.table
    }

    /// Brings the table up to date with `reals`, as IPVS's add/del/upd_dest hooks do.
    pub fn update(&mut self, reals: &[Candidate]) {
        if !self.roster.refresh(reals) {
            return;
        }
        let keys: Vec<RealKey> = reals.iter().map(|c| c.real).collect();
        let lws: Vec<u32> = reals
            .iter()
            .map(|c| match self.last_weight.get(&c.real) {
                // A known real keeps its last non-zero weight; a new one takes its weight.
                Some(&old) if c.weight == 0 => old,
                _ => c.weight,
            })
            .collect();
        self.last_weight = keys.iter().copied().zip(lws.iter().copied()).collect();
        self.table = if self.params.reshape && self.table.iter().any(Option::is_some) {
            reshape(&self.table, &self.laid_out, &keys, &lws, self.params)
        } else {
            maglev_table(&keys, &lws, self.params)
        };
        self.laid_out = keys.into_iter().zip(lws).collect();
    }

    pub fn schedule(&mut self, reals: &[Candidate], flow: &Flow) -> Option<usize> {
        self.update(reals);
        let m = self.params.table_size;
        let port = flow_port(flow, self.port);
        let at = |h: u32| self.table[(h % m) as usize].map(|i| i as usize);
        let ihash = mh_hash(flow.src, port, KEY1, 0) % m;
        let first = at(ihash)?;
        if reals[first].available() {
            return Some(first);
        }
        if !self.fallback {
            return None;
        }
        for offset in 0..m {
            let roffset = (offset + ihash) % m;
            let i = at(mh_hash(flow.src, port, KEY1, roffset))?;
            if reals[i].available() {
                return Some(i);
            }
        }
        None
    }
}
