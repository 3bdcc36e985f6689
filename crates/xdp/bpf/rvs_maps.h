/* Every map of the rvs programs. Sizes are defaults: the loader sets the
 * real ones before loading. */
#ifndef RVS_MAPS_H
#define RVS_MAPS_H

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "rvs_structs.h"

/* The virtual services: (vip, port, proto) to the service. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, RVS_MAX_SERVICES);
	__type(key, struct rvs_service_key);
	__type(value, struct rvs_service);
} services SEC(".maps");

/* The key each service id stands for now (zeroed when it stands for none):
 * a packet of a known flow checks here, by the flow's service id, that its
 * service still exists, instead of looking the service up by key. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, RVS_MAX_SERVICES);
	__type(key, __u32);
	__type(value, struct rvs_service_key);
} service_keys SEC(".maps");

/* Bit rvs_vip_hash() % 65536 is set for every service (RVS_VIP_FILTER_WORDS). */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, RVS_VIP_FILTER_WORDS);
	__type(key, __u32);
	__type(value, __u64);
} vip_filter SEC(".maps");

/* Real servers by backend id. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, RVS_MAX_BACKENDS);
	__type(key, __u32);
	__type(value, struct rvs_backend);
} backends SEC(".maps");

/* All services' selection rings laid end to end: slot to backend id. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, RVS_RING_CAPACITY);
	__type(key, __u32);
	__type(value, __u32);
} ring SEC(".maps");

/* Per-CPU position of rr/wrr in each service's ring, by service id. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, RVS_MAX_SERVICES);
	__type(key, __u32);
	__type(value, __u32);
} rr_cursor SEC(".maps");

/* Director settings in slot 0. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct rvs_config);
} config SEC(".maps");

/* Connection table: client-to-service flow to its real server and state,
 * in buckets of RVS_FLOW_SLOTS slots that the program hashes into and
 * writes in place (flow_table.h): no helper call, no kernel allocation. One table
 * for all CPUs, so that a flow found on one CPU is found on all (veth runs
 * XDP on the sender's CPU, which moves). A full bucket gives its least
 * recently seen flow's slot to a new flow. Mmapable so that the values
 * start on a page: every bucket (9 cache lines) then starts on a line. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(map_flags, BPF_F_MMAPABLE);
	__uint(max_entries, RVS_FLOW_BUCKETS);
	__type(key, __u32);
	__type(value, struct rvs_flow_bucket);
} flows SEC(".maps");

/* How many buckets flows has, set by the loader to the map's real size. */
const volatile __u32 flow_buckets = RVS_FLOW_BUCKETS;

/* The connection table's hash keys (struct rvs_flow_keys); pinned with the
 * table, since a flow is found only where they put it. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct rvs_flow_keys);
} flow_keys SEC(".maps");

/* Connection table counters by enum rvs_flow_stat (per CPU). */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, RVS_FLOW_STAT_COUNT);
	__type(key, __u32);
	__type(value, __u64);
} flow_stats SEC(".maps");

/* Live connections per backend id, for the connection-counting schedulers:
 * kept by the program as flows start, change state, expire and are evicted
 * (atomically, shared by all CPUs); user space may recount them from the
 * flows to correct what races between CPUs left behind. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, RVS_MAX_BACKENDS);
	__type(key, __u32);
	__type(value, struct rvs_conn_count);
} conn_counts SEC(".maps");

/* The sweeper's timer (bpf_timer, in kernel-only memory the Rust side
 * never reads). The first counted flow arms it; every RVS_SWEEP_NS it drops
 * the expired flows and their counts, so the counts stay true with no
 * process running (rvs apply). Pinned, or it would stop with the process
 * that loaded it. */
struct rvs_sweeper {
	struct bpf_timer timer;
	__u32 armed;
	__u32 pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct rvs_sweeper);
} sweeper SEC(".maps");

/* Persistence: (service, masked client) to the real server it stays on. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, RVS_MAX_PERSIST);
	__type(key, struct rvs_persist_key);
	__type(value, struct rvs_persist);
} persist SEC(".maps");

/* lblc: (service, destination) to the real it last chose. IPVS forgets an
 * entry after 24 h idle (6 min when crowded); here the LRU recycles. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, RVS_MAX_LBLC);
	__type(key, struct rvs_lblc_key);
	__type(value, __u32);
} lblc_cache SEC(".maps");

/* NAT reverse mapping, shared by all CPUs since replies arrive elsewhere. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, RVS_MAX_NAT_FLOWS);
	__type(key, struct rvs_flow_key);
	__type(value, struct rvs_nat_reverse);
} nat_flows SEC(".maps");

/* Traffic and new connections per service id. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, RVS_MAX_SERVICES);
	__type(key, __u32);
	__type(value, struct rvs_stats);
} service_stats SEC(".maps");

/* Traffic and new connections per backend id. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, RVS_MAX_BACKENDS);
	__type(key, __u32);
	__type(value, struct rvs_stats);
} backend_stats SEC(".maps");

/* Every verdict by reason. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, RVS_REASON_COUNT);
	__type(key, __u32);
	__type(value, struct rvs_counter);
} reasons SEC(".maps");

#endif
