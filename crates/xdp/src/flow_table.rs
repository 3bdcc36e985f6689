//! Sizing of the connection table: `flows` is an array of buckets of
//! [`FLOW_SLOTS`] slots that the program indexes with the low bits of a hash,
//! so their count is a power of two.

use crate::abi::FLOW_SLOTS;

/// Most buckets: 2^27 of 576 bytes (72 GiB) is past any real table already.
const MAX_BUCKETS: u32 = 1 << 27;

/// The buckets a table of about `flows` flows takes: enough slots for them,
/// rounded up to a power of two (so between one and two slots a flow).
pub fn buckets_for(flows: u32) -> u32 {
    flows
        .div_ceil(FLOW_SLOTS as u32)
        .clamp(1, MAX_BUCKETS)
        .next_power_of_two()
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
    fn a_table_holds_at_least_the_flows_asked_for_in_a_power_of_two_of_buckets() {
        assert_eq!(buckets_for(0), 1);
        assert_eq!(buckets_for(1), 1);
        assert_eq!(buckets_for(8), 1);
        assert_eq!(buckets_for(9), 2);
        assert_eq!(buckets_for(1024), 128);
        assert_eq!(buckets_for(65536), 8192, "the default: 8192 buckets");
        assert_eq!(buckets_for(100_000), 16384, "12500 rounded up");
        assert_eq!(buckets_for(u32::MAX), MAX_BUCKETS);
        for flows in [1, 7, 100, 4097, 262_144, 1_000_000] {
            let b = buckets_for(flows);
            assert!(b.is_power_of_two(), "{flows} flows: {b} buckets");
            let slots = u64::from(b) * FLOW_SLOTS as u64;
            assert!(
                slots >= u64::from(flows) && slots < 2 * u64::from(flows.max(FLOW_SLOTS as u32)),
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
