//! The XDP data plane: BPF programs, loader, pinned maps.

pub mod abi;

/// The compiled `bpf/rvs.bpf.c`: both XDP programs and their maps.
pub static RVS_OBJECT: &[u8] = aya::include_bytes_aligned!(concat!(env!("OUT_DIR"), "/rvs.bpf.o"));
