//! Rust mirrors of `bpf/rvs_consts.h` and `bpf/rvs_structs.h`.
//!
//! Every struct is `#[repr(C)]` with the C side's explicit padding, its size is
//! asserted at compile time, and a test compares the sizes with the object's
//! BTF. Addresses and ports are in network byte order; an IPv4 address sits in
//! `addr[0]`.

use std::mem::size_of;
use std::net::{IpAddr, SocketAddr};

/// `RVS_FAMILY_V4` / `RVS_FAMILY_V6`.
pub const FAMILY_V4: u8 = 4;
pub const FAMILY_V6: u8 = 6;
/// A ring slot without a real server.
pub const NO_BACKEND: u32 = u32::MAX;
/// `RVS_VIP_FILTER_WORDS`: the VIP filter's 64-bit words.
pub const VIP_FILTER_WORDS: u32 = 1024;

/// How packets reach a real server (`RVS_METHOD_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Method {
    Dr = 0,
    Tun = 1,
    Nat = 2,
}

/// What carries a TUN packet (`RVS_TUN_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum TunType {
    /// IPIP, IP6IP6, or the mixed ones, by the backend's family.
    Ipip = 0,
    /// UDP + GUE, without UDP checksum (IPVS's `nocsum`).
    Gue = 1,
}

/// How a new flow picks its ring slot (`RVS_SCHED_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Sched {
    /// rr, wrr: the next slot of a per-CPU cursor.
    Walk = 0,
    /// sh, mh: a hash of the client address.
    HashSrc = 1,
    /// dh: a hash of the service address.
    HashDst = 2,
    /// sh/mh with the port flag: client address and port.
    HashSrcPort = 3,
    /// From here on the ring lists the service's reals in IPVS's order and a
    /// new flow loops over them with their live connection counts
    /// ([`ConnCount`]). lc: least `256 * active + inactive`.
    Lc = 4,
    /// wlc: least overhead / weight.
    Wlc = 5,
    /// sed: least `(active + 1) / weight`.
    Sed = 6,
    /// nq: the first idle real, else as sed.
    Nq = 7,
    /// ovf: the highest weight whose active connections do not exceed it.
    Ovf = 8,
    /// lblc (and lblcr, as lblc): the real wlc chose for the destination,
    /// kept unless overloaded in lblc's sense.
    Lblc = 9,
}

/// `RVS_SCHED_LOOP_MAX`: most reals a connection-counting service may have.
pub const SCHED_LOOP_MAX: usize = 256;

/// Connection states (`RVS_STATE_*`), as IPVS names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum State {
    None = 0,
    SynRecv = 1,
    Established = 2,
    FinWait = 3,
    Close = 4,
    Udp = 5,
    TimeWait = 6,
}

impl State {
    pub const COUNT: usize = 7;
    pub const ALL: [State; State::COUNT] = [
        State::None,
        State::SynRecv,
        State::Established,
        State::FinWait,
        State::Close,
        State::Udp,
        State::TimeWait,
    ];

    pub fn from_raw(raw: u8) -> Option<State> {
        State::ALL.get(usize::from(raw)).copied()
    }

    /// Counted in ipvsadm's ActiveConn (else InActConn): established TCP.
    pub fn is_active(self) -> bool {
        self == State::Established
    }

    /// The name ipvsadm -Lnc prints.
    pub fn ipvs_name(self) -> &'static str {
        match self {
            State::None => "NONE",
            State::SynRecv => "SYN_RECV",
            State::Established => "ESTABLISHED",
            State::FinWait => "FIN_WAIT",
            State::Close => "CLOSE",
            State::Udp => "UDP",
            State::TimeWait => "TIME_WAIT",
        }
    }
}

/// Why a packet got its verdict (`enum rvs_reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Reason {
    PassNotIp = 0,
    PassNotService,
    PassFragment,
    PassIpOptions,
    PassOversized,
    PassTcpNotSyn,
    PassNotNatReply,
    PassIcmp,
    PassNotTunnel,
    PassDecap,
    DropMalformed,
    DropNoBackend,
    DropBadBackend,
    DropAdjust,
    TxDr,
    TxTun,
    TxNat,
    TxUnnat,
    TxIcmp,
    TxTooBig,
}

impl Reason {
    pub const COUNT: usize = 20;
    pub const ALL: [Reason; Reason::COUNT] = [
        Reason::PassNotIp,
        Reason::PassNotService,
        Reason::PassFragment,
        Reason::PassIpOptions,
        Reason::PassOversized,
        Reason::PassTcpNotSyn,
        Reason::PassNotNatReply,
        Reason::PassIcmp,
        Reason::PassNotTunnel,
        Reason::PassDecap,
        Reason::DropMalformed,
        Reason::DropNoBackend,
        Reason::DropBadBackend,
        Reason::DropAdjust,
        Reason::TxDr,
        Reason::TxTun,
        Reason::TxNat,
        Reason::TxUnnat,
        Reason::TxIcmp,
        Reason::TxTooBig,
    ];
}

/// `struct rvs_service_key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(C)]
pub struct ServiceKey {
    pub addr: [u32; 4],
    pub port: u16,
    pub proto: u8,
    pub family: u8,
}

/// `struct rvs_service`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C)]
pub struct Service {
    pub id: u32,
    pub ring_start: u32,
    pub ring_len: u32,
    pub persist_timeout_s: u32,
    pub persist_mask: [u32; 4],
    pub sched: u8,
    /// [`SVC_THRESHOLDS`], [`SVC_FALLBACK`], [`SVC_FIRST`].
    pub flags: u8,
    pub pad: [u8; 2],
}

/// `RVS_SVC_THRESHOLDS`: some real of the service has an upper threshold, so
/// every flow is counted and the schedulers skip overloaded reals.
pub const SVC_THRESHOLDS: u8 = 1;
/// `RVS_SVC_FALLBACK`: sh/mh-fallback, a hash landing on an overloaded real
/// moves on to the next ring slot's real.
pub const SVC_FALLBACK: u8 = 2;
/// `RVS_SVC_FIRST`: fo with thresholds, the ring lists the reals by falling
/// weight and a new flow takes the first that is not overloaded.
pub const SVC_FIRST: u8 = 4;

/// `struct rvs_backend`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C)]
pub struct Backend {
    pub addr: [u32; 4],
    pub dst_mac: [u8; 6],
    pub src_mac: [u8; 6],
    pub ifindex: u32,
    pub port: u16,
    pub family: u8,
    pub method: u8,
    pub present: u8,
    pub tun_type: u8,
    /// GUE destination port, network byte order.
    pub tun_port: u16,
    /// For the schedulers that loop over the reals.
    pub weight: u32,
    /// IPVS's `-x`: 0, never overloaded.
    pub upper_threshold: u32,
    /// IPVS's `-y`: 0, three quarters of the upper threshold.
    pub lower_threshold: u32,
}

/// `struct rvs_config`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C)]
pub struct Config {
    pub timeout_ns: [u64; State::COUNT],
    pub tun_src4: u32,
    pub tun_src6: [u32; 4],
    pub mtu: u32,
}

/// `struct rvs_flow_key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(C)]
pub struct FlowKey {
    pub src: [u32; 4],
    pub dst: [u32; 4],
    pub sport: u16,
    pub dport: u16,
    pub proto: u8,
    pub family: u8,
    pub pad: [u8; 2],
}

/// `struct rvs_flow`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C)]
pub struct Flow {
    pub last_seen_ns: u64,
    pub backend: u32,
    pub service: u32,
    pub state: u8,
    /// 1: counted in its backend's [`ConnCount`].
    pub counted: u8,
    pub pad: [u8; 6],
}

/// `RVS_FLOW_SLOTS`: slots of a connection table bucket.
pub const FLOW_SLOTS: usize = 8;

/// `struct rvs_flow_slot`: one connection of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C)]
pub struct FlowSlot {
    pub key: FlowKey,
    pub flow: Flow,
}

/// `RVS_FLOW_KEY_WORDS`: 32-bit words of a flow key.
pub const FLOW_KEY_WORDS: usize = 10;

/// `struct rvs_flow_keys`: the connection table's secret hash multipliers
/// (`flow_keys[0]`), one per word of a flow key, odd.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(C)]
pub struct FlowKeys {
    pub m: [u64; FLOW_KEY_WORDS],
}

/// `struct rvs_flow_bucket`: the `flows` map's value. A slot holds a flow
/// when its tag is not 0; `seq` is odd while the program changes the bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub struct FlowBucket {
    pub seq: u64,
    pub tag: [u16; FLOW_SLOTS],
    pub pad: [u8; 40],
    pub slot: [FlowSlot; FLOW_SLOTS],
}

impl Default for FlowBucket {
    fn default() -> Self {
        FlowBucket {
            seq: 0,
            tag: [0; FLOW_SLOTS],
            pad: [0; 40],
            slot: [FlowSlot::default(); FLOW_SLOTS],
        }
    }
}

impl FlowBucket {
    /// The flows the bucket holds.
    pub fn flows(&self) -> impl Iterator<Item = (FlowKey, Flow)> + '_ {
        self.tag
            .iter()
            .zip(&self.slot)
            .filter(|(t, _)| **t != 0)
            .map(|(_, s)| (s.key, s.flow))
    }

    /// Whether the program was changing the bucket when it was read.
    pub fn changing(&self) -> bool {
        self.seq & 1 == 1
    }
}

/// Counters of the connection table (`enum rvs_flow_stat`), the index of
/// each in the `flow_stats` map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum FlowStat {
    Evicted = 0,
    Busy,
    Swept,
    Sweeps,
    SweepNs,
}

impl FlowStat {
    pub const COUNT: usize = 5;
    pub const ALL: [FlowStat; FlowStat::COUNT] = [
        FlowStat::Evicted,
        FlowStat::Busy,
        FlowStat::Swept,
        FlowStat::Sweeps,
        FlowStat::SweepNs,
    ];
}

/// The connection table's counters, summed over CPUs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct FlowStats {
    /// Live flows that gave their slot to a new flow: their bucket was full.
    pub evicted: u64,
    /// New flows forwarded but not recorded: other CPUs held their bucket.
    pub busy: u64,
    /// Expired flows the sweeper took out.
    pub swept: u64,
    /// Passes of the sweeper (one a second while it runs).
    pub sweeps: u64,
    /// Time those passes took.
    pub sweep_ns: u64,
}

/// `struct rvs_conn_count`: a backend's live connections, as IPVS counts
/// them. Signed: the program's updates and a recount can cross.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C)]
pub struct ConnCount {
    /// Established TCP.
    pub active: i32,
    /// The others (UDP included).
    pub inactive: i32,
    /// 1: IPVS's overload flag, from the backend's thresholds.
    pub overloaded: u32,
    pub pad: u32,
}

/// `struct rvs_persist_key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(C)]
pub struct PersistKey {
    pub client: [u32; 4],
    pub service: u32,
    pub family: u8,
    pub pad: [u8; 3],
}

/// `struct rvs_persist`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C)]
pub struct Persist {
    pub last_seen_ns: u64,
    pub backend: u32,
    pub pad: u32,
}

/// `struct rvs_nat_reverse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C)]
pub struct NatReverse {
    pub last_seen_ns: u64,
    pub vip: [u32; 4],
    pub ifindex: u32,
    pub backend: u32,
    pub service: u32,
    pub vport: u16,
    pub client_mac: [u8; 6],
    pub vip_mac: [u8; 6],
    pub pad: [u8; 6],
}

/// `struct rvs_stats`, as `ipvsadm --stats` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C)]
pub struct Stats {
    pub conns: u64,
    pub packets_in: u64,
    pub bytes_in: u64,
    pub packets_out: u64,
    pub bytes_out: u64,
}

/// `struct rvs_counter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(C)]
pub struct Counter {
    pub packets: u64,
    pub bytes: u64,
}

// SAFETY: each type is repr(C), made only of integers and integer arrays,
// with every padding byte an explicit field, so any bit pattern is valid.
unsafe impl aya::Pod for ServiceKey {}
unsafe impl aya::Pod for Service {}
unsafe impl aya::Pod for Backend {}
unsafe impl aya::Pod for Config {}
unsafe impl aya::Pod for FlowKey {}
unsafe impl aya::Pod for Flow {}
unsafe impl aya::Pod for FlowSlot {}
unsafe impl aya::Pod for FlowBucket {}
unsafe impl aya::Pod for FlowKeys {}
unsafe impl aya::Pod for PersistKey {}
unsafe impl aya::Pod for Persist {}
unsafe impl aya::Pod for NatReverse {}
unsafe impl aya::Pod for Stats {}
unsafe impl aya::Pod for Counter {}
unsafe impl aya::Pod for ConnCount {}

const _: () = assert!(size_of::<ServiceKey>() == 20);
const _: () = assert!(size_of::<Service>() == 36);
const _: () = assert!(size_of::<Backend>() == 52);
const _: () = assert!(size_of::<Config>() == 80);
const _: () = assert!(size_of::<FlowKey>() == 40);
const _: () = assert!(size_of::<Flow>() == 24);
const _: () = assert!(size_of::<FlowSlot>() == 64);
const _: () = assert!(size_of::<FlowBucket>() == 64 + 64 * FLOW_SLOTS);
const _: () = assert!(size_of::<PersistKey>() == 24);
const _: () = assert!(size_of::<Persist>() == 16);
const _: () = assert!(size_of::<NatReverse>() == 56);
const _: () = assert!(size_of::<Stats>() == 40);
const _: () = assert!(size_of::<Counter>() == 16);
const _: () = assert!(size_of::<ConnCount>() == 16);

impl ServiceKey {
    /// The key of a service at `vip` for `proto` (IPPROTO_TCP or IPPROTO_UDP).
    pub fn new(vip: SocketAddr, proto: u8) -> ServiceKey {
        let (addr, family) = addr_words(vip.ip());
        ServiceKey {
            addr,
            port: vip.port().to_be(),
            proto,
            family,
        }
    }
}

impl Backend {
    /// A present real server reached by `method` through next hop `mac`,
    /// sent back out of the receiving interface. `port` matters for NAT only.
    pub fn new(addr: IpAddr, port: u16, mac: [u8; 6], method: Method) -> Backend {
        let (addr, family) = addr_words(addr);
        Backend {
            addr,
            dst_mac: mac,
            port: port.to_be(),
            family,
            method: method as u8,
            present: 1,
            weight: 1,
            ..Backend::default()
        }
    }

    /// The same server reached through GUE on UDP port `port`.
    pub fn gue(self, port: u16) -> Backend {
        Backend {
            tun_type: TunType::Gue as u8,
            tun_port: port.to_be(),
            ..self
        }
    }

    /// The same server with weight `weight` (for the connection-counting
    /// schedulers; the others' rings carry the weights).
    pub fn weighted(self, weight: u32) -> Backend {
        Backend { weight, ..self }
    }

    /// The same server with IPVS's connection thresholds (`-x`, `-y`).
    pub fn thresholds(self, upper: u32, lower: u32) -> Backend {
        Backend {
            upper_threshold: upper,
            lower_threshold: lower,
            ..self
        }
    }

    /// The same server sent out of interface `ifindex` with source MAC `mac`.
    pub fn via(self, ifindex: u32, mac: [u8; 6]) -> Backend {
        Backend {
            ifindex,
            src_mac: mac,
            ..self
        }
    }
}

impl FlowKey {
    /// The client's address and port.
    pub fn client(&self) -> Option<SocketAddr> {
        words_addr(self.src, self.family).map(|a| SocketAddr::new(a, u16::from_be(self.sport)))
    }

    /// The virtual service's address and port.
    pub fn service(&self) -> Option<SocketAddr> {
        words_addr(self.dst, self.family).map(|a| SocketAddr::new(a, u16::from_be(self.dport)))
    }
}

/// `rvs_vip_hash()`: the VIP filter's hash of a service key. Its low 16 bits
/// are the key's bit in the filter.
pub fn vip_hash(key: &ServiceKey) -> u32 {
    let mix = |h: u32, v: u32| {
        let h = (h ^ v).wrapping_mul(0x9e37_79b1);
        h ^ (h >> 15)
    };
    let h = key
        .addr
        .iter()
        .fold(u32::from(key.proto), |h, w| mix(h, *w));
    mix(h, u32::from(key.port))
}

/// An address as the maps hold it, and its family.
pub fn addr_words(addr: IpAddr) -> ([u32; 4], u8) {
    match addr {
        IpAddr::V4(a) => ([u32::from_ne_bytes(a.octets()), 0, 0, 0], FAMILY_V4),
        IpAddr::V6(a) => {
            let o = a.octets();
            let mut w = [0u32; 4];
            for (i, word) in w.iter_mut().enumerate() {
                *word = u32::from_ne_bytes([o[4 * i], o[4 * i + 1], o[4 * i + 2], o[4 * i + 3]]);
            }
            (w, FAMILY_V6)
        }
    }
}

/// The address the maps hold, back; `None` for an unknown family.
pub fn words_addr(words: [u32; 4], family: u8) -> Option<IpAddr> {
    match family {
        FAMILY_V4 => Some(IpAddr::from(words[0].to_ne_bytes())),
        FAMILY_V6 => {
            let mut o = [0u8; 16];
            for (i, w) in words.iter().enumerate() {
                o[4 * i..4 * i + 4].copy_from_slice(&w.to_ne_bytes());
            }
            Some(IpAddr::from(o))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
