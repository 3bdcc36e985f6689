//! Network-namespace topologies for tests and `rvs lab`.
#![forbid(unsafe_code)]
