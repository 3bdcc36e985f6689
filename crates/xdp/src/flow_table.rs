//! Sizing of the connection table: `flows` is an array of buckets of
//! [`FLOW_SLOTS`] slots that the program indexes with the low bits of a hash,
//! so their count is a power of two.

use crate::abi::FLOW_SLOTS;

/// Most buckets: 2^27 of 576 bytes (72 GiB) is past any real table already.
const MAX_BUCKETS: u32 = 1 << 27;

/// The buckets a table of about `flows` flows takes: two slots a flow,
/// rounded up to a power of two of buckets (so two to four slots a flow).
/// Hashed flows do not spread evenly: with as many slots as flows, one flow
/// in seven would find its bucket full and evict another; with two slots a
/// flow, fewer than one in a hundred.
pub fn buckets_for(flows: u32) -> u32 {
    (u64::from(flows) * 2)
        .div_ceil(FLOW_SLOTS as u64)
        .clamp(1, u64::from(MAX_BUCKETS))
        .next_power_of_two() as u32
}

/// The mask the program indexes `buckets` buckets with: the largest power of
/// two not above them, less one. A table this code made has a power of two;
/// another count (an adopted map) leaves the rest unused rather than be
/// indexed past its end.
pub fn index_mask(buckets: u32) -> u32 {
    match buckets {
        0 => 0,
        n => (1u32 << (31 - n.leading_zeros())) - 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_has_two_to_four_slots_a_flow_in_a_power_of_two_of_buckets() {
        assert_eq!(buckets_for(0), 1);
        assert_eq!(buckets_for(1), 1);
        assert_eq!(buckets_for(4), 1);
        assert_eq!(buckets_for(5), 2);
        assert_eq!(buckets_for(1024), 256);
        assert_eq!(buckets_for(65536), 16384, "the default: 16384 buckets");
        assert_eq!(buckets_for(100_000), 32768, "25000 rounded up");
        assert_eq!(buckets_for(u32::MAX), MAX_BUCKETS);
        for flows in [1, 7, 100, 4097, 262_144, 1_000_000] {
            let b = buckets_for(flows);
            assert!(b.is_power_of_two(), "{flows} flows: {b} buckets");
            let slots = u64::from(b) * FLOW_SLOTS as u64;
            let least = 2 * u64::from(flows);
            assert!(
                slots >= least && slots < 2 * least.max(FLOW_SLOTS as u64),
                "{flows} flows: {slots} slots"
            );
        }
    }

    #[test]
    fn the_mask_never_indexes_past_the_buckets() {
        assert_eq!(index_mask(1), 0);
        assert_eq!(index_mask(8192), 8191);
        assert_eq!(
            index_mask(12_000),
            8191,
            "not a power of two: the part below"
        );
        assert_eq!(index_mask(0), 0);
        assert_eq!(index_mask(u32::MAX), (1 << 31) - 1);
    }
}
