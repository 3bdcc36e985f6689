//! One instance driven by hand.
