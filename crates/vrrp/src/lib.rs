//! VRRP: packet codec, per-instance state machine, sync groups, tracking (sans-IO core).
#![forbid(unsafe_code)]
