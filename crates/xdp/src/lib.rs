//! The XDP data plane: BPF programs (`bpf/`, built by `build.rs` with clang),
//! their loader and typed access to their maps.
//!
//! # Programs (`bpf/rvs.bpf.c`, one object so they share maps)
//!
//! - `rvs_balancer` (client side): Ethernet (+1 VLAN tag), IPv4/IPv6,
//!   TCP/UDP. A packet for a service (vip, port, proto) finds its flow in the
//!   connection table or is scheduled (persistence template first, then the
//!   service's ring), then goes out by its real server's method: DR (MAC
//!   rewrite), TUN (IPIP/IP6IP6 by the server's family, optionally in UDP +
//!   GUE, pushed with `bpf_xdp_adjust_head`), NAT (destination rewritten,
//!   checksums updated incrementally, reverse mapping recorded). Out of the receiving interface
//!   (`XDP_TX`) or, when the backend names an `ifindex`, redirected there.
//!   ICMP errors quoting a flow go to that flow's server (for NAT, with the
//!   outer destination and the quoted packet rewritten as IPVS does).
//! - `rvs_unnat` (real-server side of NAT): replies found in the reverse
//!   mapping get the VIP back as source and leave towards the client; so do
//!   the servers' ICMP errors about the flow, quoted packet rewritten.
//! - `rvs_decap_tun` (real-server side of TUN): strips IPIP/IP6IP6 outer
//!   headers and passes the inner packet up, so a real server needs no
//!   tunnel device (or ipip module).
//! - `rvs_decap_gue` (`bpf/decap.bpf.c`, its own object, [`decap`]): the
//!   same with UDP + GUE on a port set at load time too.
//! - `rvs_passthrough`: passes everything; veth drops frames sent to it by
//!   `XDP_TX`/redirect unless its peer runs an XDP program, this one will do.
//!
//! Every verdict is counted under an [`abi::Reason`].
//!
//! # Behaviour against IPVS
//!
//! - A TCP packet of an unknown flow is scheduled only if it is a SYN
//!   without RST; anything else is passed to the local stack (which answers
//!   with a RST since the director holds the VIP), as IPVS with
//!   `sloppy_tcp = 0` returns `NF_ACCEPT` (ip_vs_proto_tcp.c).
//! - TCP states follow IPVS's INPUT-ONLY table; idle timeouts per state
//!   live in the `config` map (defaults: IPVS's, tcp 900 s, tcpfin 120 s,
//!   udp 300 s). An expired flow is forgotten when its next packet comes.
//! - A flow whose server was removed keeps pointing at it and is dropped
//!   (`DropBadBackend`), as IPVS with `expire_nodest_conn = 0`.
//! - rr/wrr walk the service's ring with a cursor per CPU: each CPU follows
//!   IPVS's weighted sequence on its own.
//! - Fragments, IPv4 options and IPv6 extension headers are passed and
//!   counted. A packet that would exceed `config.mtu` once tunneled gets
//!   ICMP "fragmentation needed" / "packet too big" back, as IPVS sends
//!   (IPv4 without DF is passed: XDP cannot fragment). User space should set
//!   `config.mtu` to the egress MTU: with 0 nothing is checked.
//! - A packet leaves for the stack at once when its (VIP, port, protocol)
//!   bit in the VIP filter (65536 bits, one hash) is clear; a packet of a
//!   live flow whose service id still stands for its service (the
//!   `service_keys` array) goes by the flow alone; only the others look the
//!   service up by key. So packets of flows of a deleted service go to the
//!   local stack (IPVS drops them).
//! - The connection table (`flows`, `bpf/flow_table.h`) is an array of
//!   buckets of 8 slots that the program hashes into and writes in place,
//!   with no helper call (a hash map update cost ~200 ns here). Sized at two
//!   slots a flow ([`Options::flows`], [`flow_table::buckets_for`]). A new
//!   flow takes a free or expired slot of its bucket, else evicts the least
//!   recently seen flow of the bucket (IPVS has no limit; the LRU hash before
//!   evicted the CPU's least recently used flow). CPUs change a bucket one
//!   at a time (a compare and swap on its sequence word) and read it
//!   without a lock (seqlock), relying on x86's memory ordering. Evictions,
//!   buckets found held, swept flows and the sweeper's time are counted in
//!   `flow_stats` ([`Balancer::flow_stats`]). The bucket comes from a hash
//!   with secret random multipliers (`flow_keys`, drawn when the table is
//!   created, pinned with it), so a client cannot aim its flows at one
//!   bucket to evict others.
//! - A SYN on a flow in TIME_WAIT or CLOSE opens a new connection, scheduled
//!   afresh, as IPVS's `conn_reuse_mode` 1 (its default) does; not under
//!   persistence (IPVS keeps such a connection).
//! - Flows are stamped with `bpf_ktime_get_coarse_ns()` (CLOCK_MONOTONIC_COARSE,
//!   a tick of a few ms): timeouts count seconds, and the fine clock cost
//!   15 ns a packet. A flow lives while idle < its timeout.
//! - NAT flows use the INPUT-ONLY state table too (replies do not move the
//!   state); reverse mappings live until the LRU recycles them.
//! - GUE is sent without UDP checksum (IPVS's default `nocsum`).
//! - lc, wlc, sed, nq, ovf, lblc: a new flow loops (at most 256 reals a service,
//!   in a global BPF function the verifier checks once) over the service's reals in IPVS's list order with their
//!   live connection counts (`conn_counts`), making IPVS's comparisons
//!   (overhead `256 * active + inactive`, or `active + 1`; weighted ones by
//!   cross-multiplication), so the pick is IPVS's for the same counts. The
//!   counts are IPVS's: a flow counts inactive from its SYN (UDP always),
//!   active while ESTABLISHED. The program keeps them atomically as counted
//!   flows start, change state, are found expired and are evicted; a BPF
//!   timer (the `sweeper`, armed by the first counted flow, pinned with the
//!   maps) drops expired flows and their counts every second, so they stay
//!   true with no process running. A backend id new to a real starts from
//!   zero counts. [`Balancer::recount_connections`] corrects what races
//!   between CPUs may leave (it races with new flows itself, so not as a
//!   matter of course).
//! - Real-server thresholds (`uthreshold`/`lthreshold`, ipvsadm's `-x`/`-y`)
//!   as IPVS: each backend carries them, and its `conn_counts` entry an
//!   overload mark, set when a bound flow brings its connections to the upper
//!   threshold and cleared when an unbound one leaves them below the lower
//!   (or 3/4 of the upper); the recount recomputes it. A service with an
//!   upper threshold on some real counts every flow, whatever its
//!   scheduler, and skips marked reals: rr/wrr take the next ring slot whose
//!   real is not marked, the counting schedulers leave marked reals out of
//!   their pass, sh/dh/mh find no real (or, with sh/mh-fallback, take the
//!   next ring slot's); fo walks its reals by falling weight. The picks are
//!   `rvs_lb`'s for rr, fo and the counting schedulers (tested on a
//!   sequence); wrr's next slot can differ from IPVS's weighted pass, and
//!   the sh/mh fallback's next slot from IPVS's rehashed bucket. A walk
//!   looks at most 256 slots. Services without thresholds take none of
//!   this.
//! - lblc as IPVS: each (service, destination address) keeps the real wlc
//!   chose for it (`lblc_cache`) unless that real is overloaded in lblc's
//!   sense (more active connections than its weight while some real has
//!   fewer than half its weight active), then wlc chooses again. IPVS forgets
//!   an entry idle 24 h (6 min when crowded); here an LRU of 16384 entries
//!   recycles the oldest. lblcr is approximated by lblc: IPVS keeps a set of
//!   reals per destination and grows it under load.
//!
//! # As an `rvs_lb::Dataplane`
//!
//! [`dataplane::XdpDataplane`] programs a [`rvs_lb::Table`] into these maps:
//! each service and real keeps its id across changes (so flows and counters stay
//! with it; an id let go is not handed out in the same change and a new id starts
//! from zeroed counters), rings come from `rvs_lb`'s schedulers (rr and wrr
//! sequences, sh/dh tables of 256, mh tables of IPVS's 4093 so several mh
//! services fit the 65537-slot ring). Schedulers that count connections (lc,
//! wlc, sed, nq, ovf, lblc, lblcr) get their reals in list order, with the
//! weights in the backends (a service of more than 256 reals is refused); fo
//! walks its one pick. Fwmark services are refused, naming the mark: XDP
//! runs before netfilter and tc, which set marks, so the program cannot see
//! one. SCTP services and GRE tunnels are refused too. A sorry server needs
//! nothing here: the checker adds it to the service's reals when the live
//! ones fall below quorum, and it is then scheduled like any real. The maps
//! cannot say which scheduler or weight made a ring, so the caller keeps the
//! table and ids across restarts (`rvs apply` writes them to a state file).
//!
//! # Pinning
//!
//! With [`Options::pin_dir`] (normally [`pin_dir`]`(instance)`) every map is
//! pinned there, or adopted with its contents when already pinned, and
//! [`Balancer::attach`] pins the XDP link (or adopts a pinned one, swapping
//! its program atomically): traffic keeps flowing while no rvs runs.
//!
//! # Tests
//!
//! `cargo test -p rvs-xdp` runs, as root: byte-exact fixtures through
//! `BPF_PROG_TEST_RUN` (`tests/fixtures.rs`, `tests/flows.rs`), pinning on a
//! bpffs the test mounts itself (`tests/pinning.rs`), and TCP across network
//! namespaces for DR, TUN and NAT (`tests/e2e_*.rs`), and one fixture on
//! Debian 12's stock 6.1 kernel in `shared/vm/ipvs-vm` (`tests/stock_kernel.rs`;
//! `RVS_IPVS_VM` overrides where the script is). They need root with BPF,
//! clang and libbpf-dev to build, iproute2, ethtool and the VM's packages; a
//! missing one fails the test by name.

pub mod abi;
mod balancer;
pub mod conns;
pub mod dataplane;
pub mod decap;
mod error;
pub mod flow_table;
mod pinned_link;

use std::path::{Path, PathBuf};

pub use aya::programs::XdpMode;
pub use balancer::{bpf_now_ns, default_timeouts_ns, Balancer, Options, Prog, RunResult};
pub use error::Error;

/// The compiled `bpf/rvs.bpf.c`: the XDP programs and their maps.
pub static RVS_OBJECT: &[u8] = aya::include_bytes_aligned!(concat!(env!("OUT_DIR"), "/rvs.bpf.o"));

/// Where instance `instance` pins its maps and links.
pub fn pin_dir(instance: &str) -> PathBuf {
    Path::new("/sys/fs/bpf/rvs").join(instance)
}
