/* Every map key and value. Mirrored by src/abi.rs with size assertions and a
 * BTF test; fields are explicitly padded and no bool is used. Addresses and
 * ports are in network byte order; an IPv4 address sits in addr[0]. */
#ifndef RVS_STRUCTS_H
#define RVS_STRUCTS_H

#include <linux/types.h>
#include "rvs_consts.h"

/* services key: what a client addresses. */
struct rvs_service_key {
	__u32 addr[4];
	__u16 port;
	__u8 proto;  /* IPPROTO_TCP or IPPROTO_UDP */
	__u8 family; /* RVS_FAMILY_V4 or RVS_FAMILY_V6 */
};

/* services value. The service's ring is ring[ring_start .. ring_start+ring_len). */
struct rvs_service {
	__u32 id; /* index into service_stats and rr_cursor */
	__u32 ring_start;
	__u32 ring_len;
	__u32 persist_timeout_s; /* 0: no persistence */
	__u32 persist_mask[4];   /* client address mask for persistence */
	__u8 sched;              /* RVS_SCHED_* */
	__u8 flags;              /* RVS_SVC_* */
	__u8 pad[2];
};

/* backends value, indexed by backend id. */
struct rvs_backend {
	__u32 addr[4];
	__u8 dst_mac[6]; /* next hop towards the real server */
	__u8 src_mac[6]; /* our MAC on ifindex; unused when ifindex is 0 */
	__u32 ifindex;   /* 0: send back out of the receiving interface */
	__u16 port;      /* NAT: real server port */
	__u8 family;
	__u8 method; /* RVS_METHOD_* */
	__u8 present; /* 0: empty slot */
	__u8 tun_type; /* RVS_TUN_*, for RVS_METHOD_TUN */
	__u16 tun_port; /* GUE: destination UDP port */
	__u32 weight;   /* for the schedulers that loop over the reals */
	__u32 upper_threshold; /* 0: never overloaded (IPVS's -x) */
	__u32 lower_threshold; /* 0: 3/4 of upper_threshold (IPVS's -y) */
};

/* config[0]: per-director settings. */
struct rvs_config {
	__u64 timeout_ns[RVS_STATE_COUNT]; /* idle timeout of each state */
	__u32 tun_src4;                    /* outer source of IPIP */
	__u32 tun_src6[4];                 /* outer source of IP6IP6 */
	__u32 mtu;                         /* 0: no check before encapsulating */
};

/* flows key and nat_flows key: one direction of a connection. */
struct rvs_flow_key {
	__u32 src[4];
	__u32 dst[4];
	__u16 sport;
	__u16 dport;
	__u8 proto;
	__u8 family;
	__u8 pad[2];
};

/* flows value. */
struct rvs_flow {
	__u64 last_seen_ns;
	__u32 backend;
	__u32 service; /* service id */
	__u8 state;    /* RVS_STATE_* */
	__u8 counted;  /* 1: counted in its backend's conn_counts */
	__u8 pad[6];
};

/* One connection of the connection table: 64 bytes, a cache line. */
struct rvs_flow_slot {
	struct rvs_flow_key key;
	struct rvs_flow flow;
};

/* flows value: a bucket of the connection table, which the program hashes
 * into and writes in place (flow_table.h). A slot whose tag is 0 is free; else
 * the tag is 16 bits of its key's hash, never 0, so a lookup reads the
 * bucket's first cache line and only the slots whose tag matches. seq is
 * odd while a CPU changes the bucket (it takes it with a compare and swap
 * from even to odd); a reader that saw it odd, or changed, reads again. */
struct rvs_flow_bucket {
	__u64 seq;
	__u16 tag[RVS_FLOW_SLOTS];
	__u8 pad[40];
	struct rvs_flow_slot slot[RVS_FLOW_SLOTS];
};

/* flow_keys[0]: the connection table's hash multipliers, one per word of a
 * flow key, random (odd) and secret, chosen when the table is created: a
 * client that cannot compute the hash cannot aim its flows at one bucket to
 * evict others. */
struct rvs_flow_keys {
	__u64 m[RVS_FLOW_KEY_WORDS];
};

/* persist key: a client (or its network) on a service. */
struct rvs_persist_key {
	__u32 client[4]; /* already masked */
	__u32 service;
	__u8 family;
	__u8 pad[3];
};

/* lblc_cache key: a destination of a service. */
struct rvs_lblc_key {
	__u32 dst[4];
	__u32 service;
	__u8 family;
	__u8 pad[3];
};

struct rvs_persist {
	__u64 last_seen_ns;
	__u32 backend;
	__u32 pad;
};

/* nat_flows value, keyed by the reply's flow (real server to client). */
struct rvs_nat_reverse {
	__u64 last_seen_ns;
	__u32 vip[4];
	__u32 ifindex; /* the client side interface */
	__u32 backend;
	__u32 service; /* service id */
	__u16 vport;
	__u8 client_mac[6]; /* next hop towards the client */
	__u8 vip_mac[6];    /* our MAC on the client side */
	__u8 pad[6];
};

/* conn_counts value: a backend's connections as IPVS counts them (active:
 * established TCP; inactive: the others). Signed: the program's updates
 * and user space's recount can cross, and a count briefly below zero must
 * not read as four billion. overloaded is IPVS's overload flag, kept from
 * the backend's thresholds where the counts change (flow_table.h). */
struct rvs_conn_count {
	__s32 active;
	__s32 inactive;
	__u32 overloaded; /* 1: no new connection goes to this backend */
	__u32 pad;
};

/* service_stats and backend_stats values (per CPU), as ipvsadm --stats. */
struct rvs_stats {
	__u64 conns;
	__u64 packets_in;
	__u64 bytes_in;
	__u64 packets_out;
	__u64 bytes_out;
};

/* reasons value (per CPU), indexed by enum rvs_reason. */
struct rvs_counter {
	__u64 packets;
	__u64 bytes;
};

#endif
