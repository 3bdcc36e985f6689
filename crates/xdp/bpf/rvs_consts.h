/* Limits, flags and the verdict reasons shared by every rvs BPF program.
 * The Rust side mirrors these in src/abi.rs; keep the two in step. */
#ifndef RVS_CONSTS_H
#define RVS_CONSTS_H

/* Default map sizes; the loader overrides them with the real need. */
#define RVS_MAX_SERVICES 256
#define RVS_MAX_BACKENDS 4096
#define RVS_RING_CAPACITY 65537
#define RVS_FLOW_BUCKETS 16384 /* 65536 flows, two slots each */
#define RVS_MAX_PERSIST 65536
#define RVS_MAX_NAT_FLOWS 65536
#define RVS_MAX_LBLC 16384 /* IPVS's lblc table: 1024 buckets of 16 */

/* The VIP filter: a bit per hash of (VIP, port, protocol), set for every
 * service, so that traffic for no service leaves before any hash map
 * lookup. 65536 bits; a packet for no service goes through the services
 * map only when its hash collides with a service's (1 in 256 with 256
 * services). */
#define RVS_VIP_FILTER_WORDS 1024

/* struct rvs_backend.method: how packets reach the real server. */
#define RVS_METHOD_DR 0
#define RVS_METHOD_TUN 1
#define RVS_METHOD_NAT 2

/* struct rvs_backend.tun_type: what carries a TUN packet. */
#define RVS_TUN_IPIP 0 /* IPIP or IP6IP6 (or the mixed ones) */
#define RVS_TUN_GUE 1  /* UDP + GUE header, no UDP checksum (IPVS's nocsum) */

/* struct rvs_service.sched: how a new flow picks its ring slot. */
#define RVS_SCHED_WALK 0     /* rr, wrr: next slot of a per-CPU cursor */
#define RVS_SCHED_HASH_SRC 1 /* sh, mh: client address */
#define RVS_SCHED_HASH_DST 2 /* dh: service address */
#define RVS_SCHED_HASH_SRC_PORT 3 /* sh/mh with the port flag */
/* From here on the ring holds the service's reals in IPVS's list order, and
 * a new flow loops over them with their live connection counts. */
#define RVS_SCHED_LC 4   /* least overhead (256 * active + inactive) */
#define RVS_SCHED_WLC 5  /* least overhead / weight */
#define RVS_SCHED_SED 6  /* least (active + 1) / weight */
#define RVS_SCHED_NQ 7   /* the first idle real, else sed */
#define RVS_SCHED_OVF 8  /* highest weight with active <= weight */
#define RVS_SCHED_LBLC 9 /* lblc (lblcr too): the destination's real, wlc when overloaded */

/* struct rvs_service.flags. */
/* Some real has an upper threshold: every flow is counted, and the
 * schedulers skip the reals marked overloaded. Services without it pay
 * nothing for thresholds. */
#define RVS_SVC_THRESHOLDS 1
/* sh/mh-fallback: a hash landing on an overloaded real takes the next
 * ring slot whose real is not (else no real). */
#define RVS_SVC_FALLBACK 2
/* fo with thresholds: the ring holds the reals by falling weight and a new
 * flow takes the first whose real is not overloaded. */
#define RVS_SVC_FIRST 4

/* Slots of a connection table bucket (struct rvs_flow_bucket). */
#define RVS_FLOW_SLOTS 8
/* 32-bit words of a struct rvs_flow_key, each with a multiplier of its own. */
#define RVS_FLOW_KEY_WORDS 10

/* How many times a CPU tries to take a bucket that another CPU is
 * changing, and to read one consistently, before it gives up. A bucket is
 * held for the few stores of one flow, so this is a bound, not a wait. */
#define RVS_FLOW_TRIES 16

/* Counters of the connection table, per CPU in flow_stats. */
enum rvs_flow_stat {
	RVS_FLOW_EVICTED = 0, /* a live flow gave its slot to a new one: bucket full */
	RVS_FLOW_BUSY,        /* a new flow was forwarded but not recorded: bucket held */
	RVS_FLOW_SWEPT,       /* expired flows the sweeper took out */
	RVS_FLOW_SWEEPS,      /* passes of the sweeper */
	RVS_FLOW_SWEEP_NS,    /* time those passes took, in ns */
	RVS_FLOW_STAT_COUNT,
};

/* How often the sweeper drops expired flows from the connection table. */
#define RVS_SWEEP_NS 1000000000ull

/* Most reals a connection-counting service may have: the loop's bound. */
#define RVS_SCHED_LOOP_MAX 256

/* Connection states as IPVS names them: those its INPUT-ONLY table reaches
 * (the director sees the client's packets only), and UDP. */
#define RVS_STATE_NONE 0
#define RVS_STATE_SYN_RECV 1
#define RVS_STATE_ESTABLISHED 2
#define RVS_STATE_FIN_WAIT 3
#define RVS_STATE_CLOSE 4
#define RVS_STATE_UDP 5
#define RVS_STATE_TIME_WAIT 6
#define RVS_STATE_COUNT 7

#define RVS_FAMILY_V4 4
#define RVS_FAMILY_V6 6

/* A ring slot without a real server. */
#define RVS_NO_BACKEND 0xffffffff

/* Every verdict is counted under one of these reasons. Passes come first,
 * then drops, then transmits: rvs_stop() relies on the order. */
enum rvs_reason {
	RVS_PASS_NOT_IP = 0,       /* not IPv4/IPv6 (ARP, LLDP, ...) */
	RVS_PASS_NOT_SERVICE,      /* IP traffic not for a service */
	RVS_PASS_FRAGMENT,         /* IPv4 fragment or IPv6 fragment header */
	RVS_PASS_IP_OPTIONS,       /* IPv4 options or IPv6 extension headers */
	RVS_PASS_OVERSIZED,        /* would exceed the MTU once encapsulated */
	RVS_PASS_TCP_NOT_SYN,      /* unknown TCP flow without SYN, as IPVS */
	RVS_PASS_NOT_NAT_REPLY,    /* un-NAT program: no reverse entry */
	RVS_PASS_ICMP,             /* ICMP not quoting a known flow */
	RVS_PASS_NOT_TUNNEL,       /* decap program: not IPIP/IP6IP6 */
	RVS_PASS_DECAP,            /* decap program: inner packet passed on */
	RVS_DROP_MALFORMED,        /* truncated or inconsistent header */
	RVS_DROP_NO_BACKEND,       /* service without any usable real server */
	RVS_DROP_BAD_BACKEND,      /* ring slot names a missing backend */
	RVS_DROP_ADJUST,           /* bpf_xdp_adjust_head/tail failed */
	RVS_TX_DR,                 /* forwarded by MAC rewrite */
	RVS_TX_TUN,                /* forwarded in an IP tunnel */
	RVS_TX_NAT,                /* forwarded with the destination rewritten */
	RVS_TX_UNNAT,              /* reply with the source rewritten to the VIP */
	RVS_TX_ICMP,               /* ICMP error sent after the flow it quotes */
	RVS_TX_TOO_BIG,            /* ICMP too big sent back: no room to tunnel */
	RVS_REASON_COUNT,
};

#endif
