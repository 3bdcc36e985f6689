//! What the core says and whom it names: probes to run, servers to set, transitions.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::spec::{CheckKind, ConnSpec, Script};
use crate::time::Instant;

/// Identifies one probe; a result carrying an id the core no longer waits for is ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProbeId(pub u64);

/// A server of a service: one of its real servers, or its sorry server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServerRef {
    /// Index of the service in the list given to [`crate::Monitor::new`] (or `reload`).
    pub service: usize,
    pub server: Server,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Server {
    /// Index in the service's `reals`.
    Real(usize),
    Sorry,
}

/// Identifies a checker: its real server and its index in that server's `checkers`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CheckerRef {
    pub service: usize,
    pub real: usize,
    pub checker: usize,
}

/// Everything a driver needs to run one probe, resolved from the specs once.
#[derive(Debug, Clone, PartialEq)]
pub struct Probe {
    pub checker: CheckerRef,
    pub kind: CheckKind,
    pub conn: ConnSpec,
    /// `connect_ip:connect_port`, defaulting to the real server's address.
    pub target: SocketAddr,
    /// HTTP Host: checker, then real server, then virtual server `virtualhost`.
    pub virtualhost: Option<String>,
    /// The core fails the probe at this age; drivers may use it for their own timers.
    pub timeout: Duration,
    /// The real server's configured weight (FILE_CHECK `dynamic` adds to it).
    pub real_weight: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Run a probe; report it with `handle_probe_done(id, ..)`. `step` is the index of
    /// the URL to check for HTTP_GET / SSL_GET (one URL per probe, as keepalived), else 0.
    /// `due` is when the schedule wanted it started, for measuring lateness.
    StartProbe {
        id: ProbeId,
        probe: Arc<Probe>,
        step: usize,
        due: Instant,
    },
    /// The probe's deadline passed (or the core stopped): abandon it.
    CancelProbe(ProbeId),
    /// Desired state of a server in its service: `up` is its health (for the sorry server:
    /// in use), `weight` its table entry, `None` meaning "not in the table" and `Some(0)`
    /// an inhibited entry.
    SetReal {
        real: ServerRef,
        up: bool,
        weight: Option<u32>,
    },
    /// A transition happened; run `script` if there is one.
    Notify {
        event: Event,
        script: Option<Script>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    RealUp(ServerRef),
    RealDown(ServerRef),
    QuorumUp(usize),
    QuorumDown(usize),
}
