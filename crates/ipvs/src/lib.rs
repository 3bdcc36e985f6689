//! Kernel IPVS backend over generic netlink.
#![forbid(unsafe_code)]
