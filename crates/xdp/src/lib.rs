//! The XDP data plane: BPF programs, loader, pinned maps.
#![forbid(unsafe_code)]
