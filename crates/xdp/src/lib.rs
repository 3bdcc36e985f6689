//! The XDP data plane: BPF programs, loader, pinned maps.

pub mod abi;
mod balancer;
mod error;

pub use aya::programs::XdpMode;
pub use balancer::{default_timeouts_ns, Balancer, Options, Prog, RunResult};
pub use error::Error;

/// The compiled `bpf/rvs.bpf.c`: both XDP programs and their maps.
pub static RVS_OBJECT: &[u8] = aya::include_bytes_aligned!(concat!(env!("OUT_DIR"), "/rvs.bpf.o"));
