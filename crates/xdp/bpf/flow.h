/* Connection table, persistence and scheduling: which real server a packet
 * goes to. */
#ifndef RVS_FLOW_H
#define RVS_FLOW_H

#include "rvs_maps.h"
#include "flow_table.h"
#include "parse.h"
#include "hash.h"

/* The next state of a connection by IPVS's INPUT-ONLY table
 * (ip_vs_proto_tcp.c), flags taken in its order: RST, SYN, FIN, ACK. */
static __always_inline __u8 rvs_tcp_next(__u8 state, __u8 flags)
{
	if (flags & RVS_TCP_RST)
		return state == RVS_STATE_SYN_RECV ? state : RVS_STATE_CLOSE;
	if (flags & RVS_TCP_SYN)
		return state == RVS_STATE_ESTABLISHED ? state : RVS_STATE_SYN_RECV;
	if (flags & RVS_TCP_FIN) {
		switch (state) {
		case RVS_STATE_ESTABLISHED:
		case RVS_STATE_FIN_WAIT:
			return RVS_STATE_FIN_WAIT;
		case RVS_STATE_SYN_RECV:
		case RVS_STATE_TIME_WAIT:
			return RVS_STATE_TIME_WAIT;
		default:
			return RVS_STATE_CLOSE;
		}
	}
	if (flags & RVS_TCP_ACK) {
		switch (state) {
		case RVS_STATE_SYN_RECV:
		case RVS_STATE_ESTABLISHED:
			return RVS_STATE_ESTABLISHED;
		case RVS_STATE_FIN_WAIT:
		case RVS_STATE_TIME_WAIT:
			return state;
		default:
			return RVS_STATE_CLOSE;
		}
	}
	return RVS_STATE_CLOSE;
}

static __always_inline __u8 rvs_first_state(const struct rvs_pkt *p)
{
	if (p->key.proto == IPPROTO_UDP)
		return RVS_STATE_UDP;
	return rvs_tcp_next(RVS_STATE_NONE, p->tcp_flags);
}

/* Whether the packet opens a TCP flow: IPVS schedules TCP only on a SYN
 * without RST (sloppy_tcp off) and hands anything else to the local stack. */
static __always_inline int rvs_opens_flow(const struct rvs_pkt *p)
{
	return p->key.proto == IPPROTO_TCP &&
	       (p->tcp_flags & (RVS_TCP_SYN | RVS_TCP_RST)) == RVS_TCP_SYN;
}

/* IPVS's conn_reuse_mode 1 (its default): a SYN on a connection in TIME_WAIT
 * or CLOSE is a client that reused its port for a new connection, which is
 * scheduled afresh (the old one may point at a real that is gone). Not under
 * persistence: IPVS keeps such a connection, its template decides anyway. */
static __always_inline int rvs_flow_reopened(const struct rvs_pkt *p, const struct rvs_flow *f,
					     const struct rvs_service *svc)
{
	return rvs_opens_flow(p) && !svc->persist_timeout_s &&
	       (f->state == RVS_STATE_TIME_WAIT || f->state == RVS_STATE_CLOSE);
}

/* Whether the service's scheduler needs live connection counts. */
static __always_inline int rvs_sched_counts(__u8 sched)
{
	return sched >= RVS_SCHED_LC;
}

/* The state of rvs_least()'s pass over the reals. */
struct rvs_least {
	__s64 oh;            /* overhead of the choice */
	__s64 cached_active; /* lblc: active connections of the cached real */
	__u32 id;            /* the choice, RVS_NO_BACKEND until one is taken */
	__u32 weight;        /* its weight */
	__u32 ring_start;
	__u32 cached;        /* lblc: the destination's real */
	__u32 found;         /* lblc: 1 once the cached real is met in the ring */
	__u32 cached_w;
	__u8 underloaded; /* lblc: some real has fewer than half its weight active */
	__u8 thresholds;  /* the service has thresholds: overloaded reals are skipped */
	__u8 pad[6];
};

/* IPVS's weighted comparison, by cross-multiplication: the first real with
 * a weight seeds the choice; a later one replaces it when
 * least.oh * weight > oh * least.weight (so weight 0 never wins). */
static __always_inline void rvs_least_weighted(struct rvs_least *l, __u32 id, __u32 w, __s64 oh)
{
	if (l->id == RVS_NO_BACKEND ? w > 0 : l->oh * w > oh * l->weight) {
		l->id = id;
		l->oh = oh;
		l->weight = w;
	}
}

/* Real i of rvs_least()'s pass. `sched` is a constant in each copy of the
 * loop, so only that scheduler's comparison is left in it: one loop with all
 * of them has too many paths for the verifier (and bpf_loop's call per real
 * costs three times the real's work). Returns 1 to stop. */
static __always_inline int rvs_least_step(struct rvs_least *l, __u32 i, const __u8 sched)
{
	struct rvs_conn_count *c;
	struct rvs_backend *be;
	__u32 slot = l->ring_start + i, id, w, *idp;
	__s64 a, in;

	idp = bpf_map_lookup_elem(&ring, &slot);
	if (!idp)
		return 1;
	id = *idp;
	be = bpf_map_lookup_elem(&backends, &id);
	c = bpf_map_lookup_elem(&conn_counts, &id);
	if (!be || !c || !be->present)
		return 0;
	w = be->weight;
	a = c->active > 0 ? c->active : 0;
	in = c->inactive > 0 ? c->inactive : 0;
	/* IPVS skips an overloaded real as it skips weight 0; lblc's own
	 * bookkeeping (below) still sees it. */
	if (l->thresholds && c->overloaded) {
		if (sched != RVS_SCHED_LBLC)
			return 0;
		w = 0;
	}
	switch (sched) {
	case RVS_SCHED_LC:
		if (w > 0 && (l->id == RVS_NO_BACKEND || (a << 8) + in < l->oh)) {
			l->id = id;
			l->oh = (a << 8) + in;
		}
		return 0;
	case RVS_SCHED_SED:
		rvs_least_weighted(l, id, w, a + 1);
		return 0;
	case RVS_SCHED_NQ:
		if (w == 0)
			return 0;
		if (a == 0) {
			l->id = id;
			return 1;
		}
		rvs_least_weighted(l, id, w, a + 1);
		return 0;
	case RVS_SCHED_OVF:
		if (w > 0 && a <= w && (l->id == RVS_NO_BACKEND || w > l->weight)) {
			l->id = id;
			l->weight = w;
		}
		return 0;
	case RVS_SCHED_WLC:
		rvs_least_weighted(l, id, w, (a << 8) + in);
		return 0;
	default: /* lblc: wlc, and what the cached real and the others carry */
		rvs_least_weighted(l, id, w, (a << 8) + in);
		w = be->weight;
		if (id == l->cached) {
			l->found = 1;
			l->cached_w = w;
			l->cached_active = a;
		}
		if (a * 2 < w)
			l->underloaded = 1;
		return 0;
	}
}

static __always_inline void rvs_least_loop(struct rvs_least *l, __u32 n, const __u8 sched)
{
	for (__u32 i = 0; i < RVS_SCHED_LOOP_MAX; i++) {
		if (i >= n || rvs_least_step(l, i, sched))
			break;
	}
}

/* The pass itself, a global function: the verifier checks it once, on its
 * own, instead of once for every path of the program that reaches it. */
__attribute__((noinline)) int rvs_least_pass(struct rvs_least *l, __u32 n, __u32 sched)
{
	if (!l)
		return 0;
	switch (sched) {
	case RVS_SCHED_LC:
		rvs_least_loop(l, n, RVS_SCHED_LC);
		break;
	case RVS_SCHED_WLC:
		rvs_least_loop(l, n, RVS_SCHED_WLC);
		break;
	case RVS_SCHED_SED:
		rvs_least_loop(l, n, RVS_SCHED_SED);
		break;
	case RVS_SCHED_NQ:
		rvs_least_loop(l, n, RVS_SCHED_NQ);
		break;
	case RVS_SCHED_OVF:
		rvs_least_loop(l, n, RVS_SCHED_OVF);
		break;
	default:
		rvs_least_loop(l, n, RVS_SCHED_LBLC);
	}
	return 0;
}

/* lc, wlc, sed, nq, ovf and lblc: one pass over the service's reals (the
 * ring, in IPVS's list order, at most RVS_SCHED_LOOP_MAX) with their live
 * connection counts, making IPVS's comparisons in IPVS's order, so ties go
 * to the same real. lblc keeps the real it chose for a destination unless
 * that real has more active connections than its weight while some real
 * has fewer than half its weight active (IPVS's overload test); else wlc
 * chooses again. lblcr uses lblc: a set of one real per destination. */
static __always_inline __u32 rvs_least(const struct rvs_pkt *p, const struct rvs_service *svc)
{
	struct rvs_least l = {
		.id = RVS_NO_BACKEND,
		.cached = RVS_NO_BACKEND,
		.ring_start = svc->ring_start,
		.thresholds = svc->flags & RVS_SVC_THRESHOLDS,
	};
	__u8 sched = svc->sched;
	struct rvs_lblc_key lk = {};
	__u32 n = svc->ring_len, *cached = 0;

	if (n > RVS_SCHED_LOOP_MAX)
		n = RVS_SCHED_LOOP_MAX;
	if (sched == RVS_SCHED_LBLC) {
		__builtin_memcpy(lk.dst, p->key.dst, 16);
		lk.service = svc->id;
		lk.family = p->key.family;
		cached = bpf_map_lookup_elem(&lblc_cache, &lk);
		if (cached)
			l.cached = *cached;
	}
	rvs_least_pass(&l, n, sched);
	if (sched != RVS_SCHED_LBLC)
		return l.id;
	if (l.found && l.cached_w > 0 && !(l.cached_active > l.cached_w && l.underloaded))
		return l.cached;
	if (l.id != RVS_NO_BACKEND)
		bpf_map_update_elem(&lblc_cache, &lk, &l.id, BPF_ANY);
	return l.id;
}

/* The ring index, from `idx` on (wrapping round, at most RVS_SCHED_LOOP_MAX
 * slots), of the first slot whose real is not overloaded, or -1. A global
 * function: the verifier checks its loop once, on its own. */
__attribute__((noinline)) int rvs_ring_free(__u32 start, __u32 len, __u32 idx)
{
	struct rvs_conn_count *c;
	__u32 i, slot, *id;

	for (__u32 k = 0; k < RVS_SCHED_LOOP_MAX; k++) {
		if (k >= len)
			break;
		i = idx + k;
		if (i >= len)
			i -= len;
		slot = start + i;
		id = bpf_map_lookup_elem(&ring, &slot);
		if (!id)
			return -1;
		c = bpf_map_lookup_elem(&conn_counts, id);
		if (c && !c->overloaded)
			return i;
	}
	return -1;
}

/* A backend id from the service's ring, or RVS_NO_BACKEND. */
static __always_inline __u32 rvs_schedule(const struct rvs_pkt *p, const struct rvs_service *svc)
{
	__u32 idx, slot, *be;
	int free;

	if (svc->ring_len == 0)
		return RVS_NO_BACKEND;
	if (rvs_sched_counts(svc->sched))
		return rvs_least(p, svc);
	switch (svc->sched) {
	case RVS_SCHED_WALK: {
		__u32 id = svc->id;
		__u32 *cur = bpf_map_lookup_elem(&rr_cursor, &id);

		if (!cur)
			return RVS_NO_BACKEND;
		idx = *cur % svc->ring_len;
		if (svc->flags & RVS_SVC_THRESHOLDS) {
			/* rr and wrr move on past an overloaded real; fo
			 * takes the first real that is not. */
			if (svc->flags & RVS_SVC_FIRST)
				idx = 0;
			free = rvs_ring_free(svc->ring_start, svc->ring_len, idx);
			if (free < 0)
				return RVS_NO_BACKEND;
			idx = free;
		}
		*cur = idx + 1;
		break;
	}
	case RVS_SCHED_HASH_DST:
		idx = rvs_hash_addr(svc->id, p->key.dst) % svc->ring_len;
		break;
	case RVS_SCHED_HASH_SRC_PORT:
		idx = rvs_mix(rvs_hash_addr(svc->id, p->key.src), p->key.sport) % svc->ring_len;
		break;
	default:
		idx = rvs_hash_addr(svc->id, p->key.src) % svc->ring_len;
		break;
	}
	if ((svc->flags & RVS_SVC_THRESHOLDS) && svc->sched != RVS_SCHED_WALK) {
		/* sh, dh, mh: the hashed real, unless overloaded; then, with the
		 * fallback flag, the next slot's real that is not, as IPVS walks
		 * on (by other hashes), else none. */
		free = rvs_ring_free(svc->ring_start, svc->ring_len, idx);
		if (free < 0 || (free != (int)idx && !(svc->flags & RVS_SVC_FALLBACK)))
			return RVS_NO_BACKEND;
		idx = free;
	}
	slot = svc->ring_start + idx;
	be = bpf_map_lookup_elem(&ring, &slot);
	return be ? *be : RVS_NO_BACKEND;
}

/* The persistence template's real server, or a newly scheduled one (which
 * then becomes the template's). */
static __always_inline __u32 rvs_persist_or_schedule(const struct rvs_pkt *p,
						      const struct rvs_service *svc, __u64 now)
{
	struct rvs_persist_key pk = {};
	struct rvs_persist *pv, nv = {};
	__u32 be;

	if (svc->persist_timeout_s == 0)
		return rvs_schedule(p, svc);
	pk.service = svc->id;
	pk.family = p->key.family;
#pragma unroll
	for (int i = 0; i < 4; i++)
		pk.client[i] = p->key.src[i] & svc->persist_mask[i];
	pv = bpf_map_lookup_elem(&persist, &pk);
	/* A template naming a removed server is void, as IPVS's
	 * ip_vs_check_template() says. */
	if (pv && now - pv->last_seen_ns < (__u64)svc->persist_timeout_s * 1000000000ull) {
		__u32 id = pv->backend;
		struct rvs_backend *kept = bpf_map_lookup_elem(&backends, &id);

		if (kept && kept->present) {
			pv->last_seen_ns = now;
			return id;
		}
	}
	be = rvs_schedule(p, svc);
	if (be == RVS_NO_BACKEND)
		return be;
	nv.last_seen_ns = now;
	nv.backend = be;
	bpf_map_update_elem(&persist, &pk, &nv, BPF_ANY);
	return be;
}

/* Whether the packet may be for a service: its bit in the VIP filter is set. */
static __always_inline int rvs_maybe_service(const struct rvs_pkt *p)
{
	__u32 h = rvs_vip_hash(p->key.dst, p->key.dport, p->key.proto) & 0xffff;
	__u32 word = h >> 6;
	__u64 *w = bpf_map_lookup_elem(&vip_filter, &word);

	return w && (*w >> (h & 63)) & 1;
}

/* Whether service id `sid` still stands for the packet's service. */
static __always_inline int rvs_service_holds(__u32 sid, const struct rvs_pkt *p)
{
	struct rvs_service_key *k = bpf_map_lookup_elem(&service_keys, &sid);

	return k && k->port == p->key.dport && k->proto == p->key.proto &&
	       k->family == p->key.family && k->addr[0] == p->key.dst[0] &&
	       k->addr[1] == p->key.dst[1] && k->addr[2] == p->key.dst[2] &&
	       k->addr[3] == p->key.dst[3];
}

/* The packet's connection if it has one that has not been idle too long,
 * looked up where rvs_flow_ref() said it belongs. An expired flow that is
 * counted leaves the table and its count (rvs_flow_drop()). */
static __always_inline struct rvs_flow *rvs_flow_live(const struct rvs_pkt *p,
						      const struct rvs_config *cfg, __u64 now,
						      const struct rvs_flow_ref *r)
{
	struct rvs_flow *f;
	__u32 i;

	if (!r->b)
		return 0;
	i = rvs_flow_find(r, &p->key);
	if (i >= RVS_FLOW_SLOTS)
		return 0;
	f = &r->b->slot[i].flow;
	if (rvs_flow_fresh(f, cfg, now))
		return f;
	if (f->counted)
		rvs_flow_drop(r, &p->key, i, cfg, now);
	return 0;
}

/* A packet of live flow f: moves its state and returns its backend. */
static __always_inline __u32 rvs_flow_continue(const struct rvs_pkt *p, struct rvs_flow *f,
					       __u64 now)
{
	__u8 next;

	if (p->key.proto == IPPROTO_TCP) {
		next = rvs_tcp_next(f->state, p->tcp_flags);
		if (f->counted)
			rvs_count_move(f->backend, f->state, next);
		f->state = next;
	}
	f->last_seen_ns = now;
	return f->backend;
}

static int rvs_sweep(void *map, __u32 *key, struct rvs_sweeper *s)
{
	__u64 now = bpf_ktime_get_coarse_ns(), start = bpf_ktime_get_ns();

	bpf_for_each_map_elem(&flows, rvs_sweep_bucket, &now, 0);
	rvs_flow_stat(RVS_FLOW_SWEEPS, 1);
	rvs_flow_stat(RVS_FLOW_SWEEP_NS, bpf_ktime_get_ns() - start);
	bpf_timer_start(&s->timer, RVS_SWEEP_NS, 0);
	return 0;
}

/* Starts the sweeper if it does not run yet. Two CPUs may both try: the
 * timer is initialised once, the other gets -EBUSY. */
static __always_inline void rvs_sweeper_arm(void)
{
	__u32 zero = 0;
	struct rvs_sweeper *s = bpf_map_lookup_elem(&sweeper, &zero);

	if (!s || s->armed)
		return;
	s->armed = 1;
	if (bpf_timer_init(&s->timer, &sweeper, 1 /* CLOCK_MONOTONIC */) != 0)
		return;
	bpf_timer_set_callback(&s->timer, rvs_sweep);
	bpf_timer_start(&s->timer, RVS_SWEEP_NS, 0);
}

/* Creates the packet's connection (there is no live one, or `reopen`: the
 * live one is closing and the client reopened it) in r, where rvs_flow_live()
 * found it belongs. Sets *backend and returns RVS_PARSED, or returns the
 * reason to stop. */
static __always_inline int rvs_flow_new(const struct rvs_pkt *p, const struct rvs_service *svc,
					__u64 now, const struct rvs_flow_ref *r, __u32 reopen,
					__u32 *backend)
{
	struct rvs_flow nf = {};
	int put;

	if (p->key.proto == IPPROTO_TCP && !rvs_opens_flow(p))
		return RVS_PASS_TCP_NOT_SYN;
	nf.backend = rvs_persist_or_schedule(p, svc, now);
	if (nf.backend == RVS_NO_BACKEND)
		return RVS_DROP_NO_BACKEND;
	nf.last_seen_ns = now;
	nf.service = svc->id;
	nf.state = rvs_first_state(p);
	/* Thresholds need the counts whatever the scheduler. */
	nf.counted = rvs_sched_counts(svc->sched) || (svc->flags & RVS_SVC_THRESHOLDS);
	*backend = nf.backend;
	if (!r->b)
		return RVS_PARSED;
	put = rvs_flow_put(r->b, &p->key, &nf, r->tag | (reopen ? RVS_FLOW_REOPEN : 0), now);
	if (put == RVS_FLOW_NOT_PUT)
		return RVS_PARSED;
	if (!(put & RVS_FLOW_INSERTED)) {
		/* Another CPU inserted the flow meanwhile: it goes by that
		 * CPU's choice, counted once. */
		*backend = r->b->slot[put & (RVS_FLOW_SLOTS - 1)].flow.backend;
	} else if (nf.counted) {
		rvs_count(nf.backend, nf.state, 1);
		rvs_sweeper_arm();
	}
	return RVS_PARSED;
}

/* The real server of the flow an ICMP error quotes. Without its flow (an
 * error about an old one), a hash scheduler still names the same server. */
static __always_inline int rvs_flow_quoted(const struct rvs_pkt *p, const struct rvs_service *svc,
					   const struct rvs_config *cfg, __u64 now, __u32 *backend)
{
	struct rvs_flow_ref r;
	struct rvs_flow *f;

	rvs_flow_ref(&p->key, &r);
	f = rvs_flow_live(p, cfg, now, &r);

	if (f) {
		*backend = f->backend;
		return RVS_PARSED;
	}
	if (svc->sched == RVS_SCHED_WALK || rvs_sched_counts(svc->sched) || svc->persist_timeout_s)
		return RVS_PASS_ICMP;
	*backend = rvs_schedule(p, svc);
	return *backend == RVS_NO_BACKEND ? RVS_PASS_ICMP : RVS_PARSED;
}

#endif
