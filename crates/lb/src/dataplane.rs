//! The `Dataplane` trait: what every backend (XDP, kernel IPVS, in-memory) offers.

use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::time::Duration;

use crate::service::{Protocol, RealKey, ServiceKey};
use crate::table::{Change, Table};

/// A backend that holds a load-balancer table and forwards by it.
pub trait Dataplane {
    /// Why the backend refused or failed one change.
    type Error: std::fmt::Debug;

    /// Applies `changes` in order, stopping at the first that fails: the changes
    /// before it stay applied, the failing one and those after it are not.
    /// [`crate::Table::diff`] gives a list that applies cleanly to the table it was
    /// computed from.
    fn apply(&mut self, changes: &[Change]) -> Result<(), ApplyError<Self::Error>>;

    /// The table the backend holds now (after a restart: what it adopted), the
    /// starting point of the next diff.
    fn table(&self) -> Result<Table, Self::Error>;

    /// Counters and connection counts of every service and real, as `ipvsadm -Ln
    /// --stats` and `ipvsadm -Ln` show them, in service key order.
    fn stats(&self) -> Result<Vec<ServiceStats>, Self::Error>;

    /// The connection table, as `ipvsadm -Lnc` shows it.
    fn connections(&self) -> Result<Vec<Connection>, Self::Error>;
}

/// Why [`reconcile`] failed: reading the backend's table, or one change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReconcileError<E> {
    Read(E),
    Apply(ApplyError<E>),
}

/// Brings the backend to `desired` with the changes between what it holds and
/// `desired`: start-up, reload and recovery alike. Returns the changes applied.
pub fn reconcile<D: Dataplane>(
    dp: &mut D,
    desired: &Table,
) -> Result<Vec<Change>, ReconcileError<D::Error>> {
    let current = dp.table().map_err(ReconcileError::Read)?;
    let changes = current.diff(desired);
    dp.apply(&changes).map_err(ReconcileError::Apply)?;
    Ok(changes)
}

/// Which change failed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyError<E> {
    /// Position of the failing change in the list given to `apply`.
    pub index: usize,
    pub change: Change,
    pub reason: E,
}

impl<E: std::fmt::Display> std::fmt::Display for ApplyError<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "change {} ({:?}) failed: {}",
            self.index, self.change, self.reason
        )
    }
}

impl<E: std::fmt::Display + std::fmt::Debug> std::error::Error for ApplyError<E> {}

/// Traffic counters, as `ipvsadm --stats` prints them (Conns, InPkts, OutPkts,
/// InBytes, OutBytes). "In" is client to real; "out" is real to client (seen only
/// with NAT). Bytes are IP packet lengths, headers included (a UDP datagram with one
/// byte of payload counts 29). Kernel IPVS (seen on 6.1) publishes these from its
/// rate estimator, so `ipvsadm` shows them up to about 2 s late.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counters {
    pub conns: u64,
    pub in_packets: u64,
    pub out_packets: u64,
    pub in_bytes: u64,
    pub out_bytes: u64,
}

impl Counters {
    pub fn add(&mut self, other: &Counters) {
        self.conns += other.conns;
        self.in_packets += other.in_packets;
        self.out_packets += other.out_packets;
        self.in_bytes += other.in_bytes;
        self.out_bytes += other.out_bytes;
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RealStats {
    pub real: RealKey,
    pub counters: Counters,
    /// ActiveConn: connections in an established state.
    pub active: u32,
    /// InActConn: every other connection (including all UDP ones).
    pub inactive: u32,
    /// Persistence templates pointing at this real.
    pub persistent: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceStats {
    pub key: ServiceKey,
    /// The service's totals: the sum over its reals, including reals since removed.
    pub counters: Counters,
    pub reals: Vec<RealStats>,
}

/// Connection state, with the names `ipvsadm -Lnc` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConnState {
    /// Persistence templates.
    None,
    SynRecv,
    Established,
    FinWait,
    TimeWait,
    Close,
    CloseWait,
    LastAck,
    /// Every UDP connection.
    Udp,
    SctpInit,
    SctpEstablished,
    SctpClosed,
}

impl ConnState {
    pub fn ipvsadm_name(self) -> &'static str {
        match self {
            ConnState::None => "NONE",
            ConnState::SynRecv => "SYN_RECV",
            ConnState::Established => "ESTABLISHED",
            ConnState::FinWait => "FIN_WAIT",
            ConnState::TimeWait => "TIME_WAIT",
            ConnState::Close => "CLOSE",
            ConnState::CloseWait => "CLOSE_WAIT",
            ConnState::LastAck => "LAST_ACK",
            ConnState::Udp => "UDP",
            ConnState::SctpInit => "INIT",
            ConnState::SctpEstablished => "ESTABLISHED",
            ConnState::SctpClosed => "CLOSED",
        }
    }

    /// IPVS counts a connection as active in an established state only.
    pub fn is_active(self) -> bool {
        matches!(self, ConnState::Established | ConnState::SctpEstablished)
    }
}

/// One line of `ipvsadm -Lnc`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Connection {
    /// `None` for a fwmark service's persistence template, which ipvsadm shows as
    /// protocol "IP".
    pub protocol: Option<Protocol>,
    /// Time left before the entry expires.
    pub expires_in: Duration,
    pub state: ConnState,
    /// A persistence template: the client's masked address, port 0.
    pub template: bool,
    pub client: SocketAddr,
    pub virtual_addr: SocketAddr,
    pub real: SocketAddr,
}
