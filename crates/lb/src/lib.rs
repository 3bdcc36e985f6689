//! The desired load-balancer table, its diff, IPVS schedulers and the `Dataplane` trait.
#![forbid(unsafe_code)]
