//! Health checks: checker state machines with keepalived semantics and their drivers.
#![forbid(unsafe_code)]
