//! IPVS's overload flag from a real's connection thresholds.
//!
//! IPVS sets the flag when a new connection brings the real's connections (active +
//! inactive) to `upper_threshold`, and clears it when a connection ends and the count
//! is below `lower_threshold` (or, when that is 0, below three quarters of the upper
//! threshold). A real without thresholds is never overloaded.

/// The flag after the real's connection count became `conns`, given the flag before.
pub fn overloaded(before: bool, conns: u64, upper_threshold: u32, lower_threshold: u32) -> bool {
    let upper = u64::from(upper_threshold);
    let lower = u64::from(lower_threshold);
    if upper != 0 && conns >= upper {
        return true;
    }
    if !before {
        return false;
    }
    let clears = if lower != 0 {
        conns < lower
    } else if upper != 0 {
        conns * 4 < upper * 3
    } else {
        true
    };
    !clears
}

#[cfg(test)]
mod tests {
    use super::overloaded;

    #[test]
    fn hysteresis_between_thresholds() {
        // upper 100, lower 80: set at 100, kept down to 80, cleared at 79.
        assert!(!overloaded(false, 99, 100, 80));
        assert!(overloaded(false, 100, 100, 80));
        assert!(overloaded(true, 80, 100, 80));
        assert!(!overloaded(true, 79, 100, 80));
        // No lower threshold: cleared below 3/4 of upper (4 * 74 < 300).
        assert!(overloaded(true, 75, 100, 0));
        assert!(!overloaded(true, 74, 100, 0));
        // No thresholds: never.
        assert!(!overloaded(true, 1_000_000, 0, 0));
    }
}
