//! Sizing of the connection table: `flows` is an array of buckets of
//! [`FLOW_SLOTS`] slots; the program scales 32 bits of a flow's hash to the
//! number of buckets, so any number of them works.

use crate::abi::FLOW_SLOTS;

/// Most buckets: 2^27 of 576 bytes (72 GiB) is past any real table already.
const MAX_BUCKETS: u32 = 1 << 27;

/// The buckets a table of about `flows` flows takes: two slots a flow.
/// Hashed flows do not spread evenly: with as many slots as flows, one flow
/// in seven would find its bucket full and evict another; with two slots a
/// flow, fewer than one in a hundred.
pub fn buckets_for(flows: u32) -> u32 {
    (u64::from(flows) * 2)
        .div_ceil(FLOW_SLOTS as u64)
        .clamp(1, u64::from(MAX_BUCKETS)) as u32
}

/// The flows a table of `buckets` buckets is sized for (the inverse of
/// [`buckets_for`], rounded down).
pub fn flows_in(buckets: u32) -> u32 {
    (u64::from(buckets) * FLOW_SLOTS as u64 / 2).min(u64::from(u32::MAX)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_has_two_slots_a_flow() {
        assert_eq!(buckets_for(0), 1);
        assert_eq!(buckets_for(1), 1);
        assert_eq!(buckets_for(4), 1);
        assert_eq!(buckets_for(5), 2);
        assert_eq!(buckets_for(1024), 256);
        assert_eq!(buckets_for(65536), 16384, "the default: 16384 buckets");
        assert_eq!(flows_in(buckets_for(65536)), 65536);
        assert_eq!(flows_in(buckets_for(2048)), 2048);
        assert_eq!(buckets_for(100_000), 25000);
        assert_eq!(buckets_for(u32::MAX), MAX_BUCKETS);
        for flows in [1, 7, 100, 4097, 262_144, 1_000_000] {
            let slots = u64::from(buckets_for(flows)) * FLOW_SLOTS as u64;
            let want = 2 * u64::from(flows);
            assert!(
                slots >= want && slots < want + FLOW_SLOTS as u64,
                "{flows} flows: {slots} slots"
            );
        }
    }
}
