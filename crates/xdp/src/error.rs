//! Errors of the XDP data plane.

use std::path::PathBuf;

/// What went wrong, and with which map or program. aya's errors are kept as
/// sources; they are neither `Clone` nor `PartialEq`, so neither is this.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The kernel refused the object (verifier, map creation, permissions).
    #[error("loading the rvs BPF object")]
    Load(#[source] Box<aya::EbpfError>),
    /// The embedded object lacks a map this code expects: a build mismatch.
    #[error("the rvs BPF object has no map `{0}`")]
    MissingMap(&'static str),
    /// The connection table's hash keys could not be drawn.
    #[error("reading /dev/urandom for the connection table's hash keys")]
    Random(#[source] std::io::Error),
    /// The embedded object lacks a program this code expects.
    #[error("the rvs BPF object has no XDP program `{0}`")]
    MissingProgram(&'static str),
    #[error("BPF map `{map}`")]
    Map {
        map: &'static str,
        #[source]
        source: aya::maps::MapError,
    },
    #[error("XDP program `{program}`")]
    Program {
        program: &'static str,
        #[source]
        source: aya::programs::ProgramError,
    },
    #[error("pinning under {path}")]
    Pin {
        path: PathBuf,
        #[source]
        source: aya::pin::PinError,
    },
    #[error("pinned XDP link {path}")]
    Link {
        path: PathBuf,
        #[source]
        source: aya::programs::links::LinkError,
    },
    #[error("removing the pinned XDP link {path}")]
    Unpin {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A pinned map of another build's layout (key size, value size):
    /// adopting it would misread every entry.
    #[error(
        "pinned map `{map}` at {path} has (key, value) sizes {found:?}, this rvs needs {want:?}: \
         it was pinned by another version; remove its pin directory (its flows are lost) and load again"
    )]
    PinnedLayout {
        map: &'static str,
        path: PathBuf,
        found: (usize, usize),
        want: (usize, usize),
    },
    #[error("creating the pin directory {path}")]
    PinDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("counting the possible CPUs")]
    Cpus(#[source] std::io::Error),
    #[error("reading CLOCK_MONOTONIC")]
    Clock(#[source] nix::errno::Errno),
    /// Our misuse: a service id past the per-service arrays.
    #[error("service id {id} is not below the service capacity {capacity}")]
    ServiceIdOutOfRange { id: u32, capacity: u32 },
    /// Our misuse: ring slots past the ring map's capacity.
    #[error("ring slots {start}..{end} exceed the ring capacity {capacity}")]
    RingOverflow { start: u32, end: u64, capacity: u32 },
}
