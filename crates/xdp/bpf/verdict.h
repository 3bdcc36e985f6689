/* The one exit of every program, and the traffic counters. */
#ifndef RVS_VERDICT_H
#define RVS_VERDICT_H

#include "rvs_maps.h"
#include "parse.h"

/* Counts the packet under its reason and returns the XDP action. */
static __always_inline int rvs_exit(const struct rvs_pkt *p, __u32 reason, int action)
{
	struct rvs_counter *c = bpf_map_lookup_elem(&reasons, &reason);

	if (c) {
		c->packets++;
		c->bytes += p->len;
	}
	return action;
}

static __always_inline int rvs_pass(const struct rvs_pkt *p, __u32 reason)
{
	return rvs_exit(p, reason, XDP_PASS);
}

static __always_inline int rvs_drop(const struct rvs_pkt *p, __u32 reason)
{
	return rvs_exit(p, reason, XDP_DROP);
}

/* Stops at a parse or lookup result: reasons below RVS_DROP_MALFORMED pass. */
static __always_inline int rvs_stop(const struct rvs_pkt *p, __u32 reason)
{
	if (reason < RVS_DROP_MALFORMED)
		return rvs_pass(p, reason);
	return rvs_drop(p, reason);
}

static __always_inline void rvs_stats_add(void *map, __u32 id, const struct rvs_pkt *p,
					  int new_conn, int out)
{
	struct rvs_stats *s = bpf_map_lookup_elem(map, &id);

	if (!s)
		return;
	s->conns += new_conn;
	if (out) {
		s->packets_out++;
		s->bytes_out += p->len;
	} else {
		s->packets_in++;
		s->bytes_in += p->len;
	}
}

#endif
