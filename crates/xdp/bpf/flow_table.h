/* The connection table: buckets of RVS_FLOW_SLOTS slots in an array map
 * (struct rvs_flow_bucket), hashed into and written in place. An update of
 * a hash map costs a helper call and the kernel's update path (~200 ns on
 * the build machine); this costs the hash and the cache lines touched.
 *
 * Concurrency: every change to a bucket's slots (insert, evict, drop) holds
 * the bucket, taken by a compare and swap of seq from even to odd (BPF
 * atomics, kernel 5.12 on) and given back by storing seq + 1, so exactly
 * one CPU changes a slot, and the one that takes a counted flow out of its
 * slot takes it out of conn_counts; an insert looks for its key again once
 * it holds the bucket, so a flow two CPUs insert at once lands once.
 * Readers hold nothing: they read seq, scan, and read seq again (a
 * seqlock), and read again when a change ran meanwhile, so a half-written
 * slot is never taken for a flow. A packet of a live flow updates its state
 * and time in place without the bucket, as it did in the LRU hash. This
 * relies on x86's ordering (TSO: stores seen in order, loads done in
 * order), which the JIT keeps; the compiler is held back by volatile
 * accesses and barriers. A weakly ordered CPU (arm64) would need acquire
 * and release, which BPF has only from kernel 6.16 on.
 *
 * A bpf_spin_lock per bucket would be portable, but it is a helper call
 * to take and another to give back (kernel calls and returns are dear on
 * this kernel, SRSO mitigation; not measured), and a lookup would need it
 * too, or a reader could see a slot half-written. */
#ifndef RVS_FLOW_TABLE_H
#define RVS_FLOW_TABLE_H

#include "rvs_maps.h"

/* A read or write the compiler makes exactly once, where it is written. */
#define RVS_ONCE(x) (*(volatile typeof(x) *)&(x))
#define rvs_barrier() asm volatile("" ::: "memory")
/* Hides v's value from the compiler, so that it keeps the arithmetic below
 * as written instead of turning it into compares, which BPF can only do
 * with branches: the verifier would then follow the rest of the program
 * once for each slot a lookup can return, past its limit. Computed, the
 * slot is one state: a number from 0 to 7. */
#define rvs_opaque(v) asm volatile("" : "+r"(v))

/* Where a key belongs: its bucket and its tag there. */
struct rvs_flow_ref {
	struct rvs_flow_bucket *b;
	__u16 tag;
};

static __always_inline __u64 rvs_timeout(const struct rvs_config *cfg, __u8 state)
{
	if (state >= RVS_STATE_COUNT)
		return 0;
	return cfg->timeout_ns[state];
}

static __always_inline int rvs_flow_fresh(const struct rvs_flow *f, const struct rvs_config *cfg,
					  __u64 now)
{
	return now - f->last_seen_ns < rvs_timeout(cfg, f->state);
}

/* IPVS's overload flag of backend b after a connection was bound to it
 * (d > 0) or unbound (d < 0), its counts c already changed: set when its
 * connections reach the upper threshold, cleared when they fall below the
 * lower one (below 3/4 of the upper when the lower is 0), as
 * ip_vs_bind_dest/ip_vs_unbind_dest do. Not atomic with the counts: CPUs
 * racing here can leave the mark one connection late, which the next
 * change or a recount puts right. Written only when it changes, so the
 * cache line is not dirtied for nothing. */
static __always_inline void rvs_overload(const struct rvs_backend *b, struct rvs_conn_count *c,
					 __s32 d)
{
	__s64 total, upper = b->upper_threshold, lower = b->lower_threshold;

	if (!upper && !c->overloaded)
		return;
	total = (__s64)RVS_ONCE(c->active) + RVS_ONCE(c->inactive);
	if (d > 0) {
		if (upper && total >= upper && !c->overloaded)
			c->overloaded = 1;
	} else if (c->overloaded) {
		if (lower ? total < lower : !upper || total * 4 < upper * 3)
			c->overloaded = 0;
	}
}

/* Adds d to backend be's count of connections in `state`: IPVS counts
 * established TCP as active, the rest (UDP too) as inactive. d is +1 for a
 * connection bound to the backend, -1 for one unbound. */
static __always_inline void rvs_count(__u32 be, __u8 state, __s32 d)
{
	struct rvs_backend *b = bpf_map_lookup_elem(&backends, &be);
	struct rvs_conn_count *c = bpf_map_lookup_elem(&conn_counts, &be);

	if (!c)
		return;
	if (state == RVS_STATE_ESTABLISHED)
		__sync_fetch_and_add(&c->active, d);
	else
		__sync_fetch_and_add(&c->inactive, d);
	if (b)
		rvs_overload(b, c, d);
}

/* Moves one of backend be's connections between active and inactive as
 * its state goes from `from` to `to`: its total, and so its overload flag,
 * stay. */
static __always_inline void rvs_count_move(__u32 be, __u8 from, __u8 to)
{
	struct rvs_conn_count *c;

	if ((from == RVS_STATE_ESTABLISHED) == (to == RVS_STATE_ESTABLISHED))
		return;
	c = bpf_map_lookup_elem(&conn_counts, &be);
	if (!c)
		return;
	if (to == RVS_STATE_ESTABLISHED) {
		__sync_fetch_and_add(&c->active, 1);
		__sync_fetch_and_add(&c->inactive, -1);
	} else {
		__sync_fetch_and_add(&c->active, -1);
		__sync_fetch_and_add(&c->inactive, 1);
	}
}

static __always_inline void rvs_flow_stat(__u32 stat, __u64 d)
{
	__u64 *n = bpf_map_lookup_elem(&flow_stats, &stat);

	if (n)
		*n += d;
}

/* The table's hash of a flow key: one multiply per word by its secret key,
 * independent of each other, then a 64-bit finaliser (a sum of products by
 * random odd multipliers collides for two given keys with probability about
 * 2^-32: a client cannot pick colliding flows without the keys). The low 32
 * bits pick the bucket, the top 16 the tag. */
_Static_assert(sizeof(struct rvs_flow_key) == RVS_FLOW_KEY_WORDS * 4,
	       "a flow key is RVS_FLOW_KEY_WORDS words");

static __always_inline __u64 rvs_flow_hash(const struct rvs_flow_key *k,
					   const struct rvs_flow_keys *fk)
{
	const __u32 *w = (const __u32 *)k;
	__u64 h = 0;

#pragma unroll
	for (int i = 0; i < RVS_FLOW_KEY_WORDS; i++)
		h += (__u64)w[i] * fk->m[i];
	h ^= h >> 31;
	h *= 0x9e3779b97f4a7c15ull;
	return h ^ (h >> 29);
}

static __always_inline int rvs_key_eq(const struct rvs_flow_key *a, const struct rvs_flow_key *b)
{
	const __u32 *x = (const __u32 *)a, *y = (const __u32 *)b;
	__u32 d = 0;

#pragma unroll
	for (int i = 0; i < (int)(sizeof(*a) / 4); i++)
		d |= x[i] ^ y[i];
	return d == 0;
}

/* Fills r with the bucket and tag of key k (no bucket: r->b is NULL), and
 * starts reading the bucket: a new flow's is rarely in the cache, and the
 * CPU can go on with the packet while it comes. */
static __always_inline void rvs_flow_ref(const struct rvs_flow_key *k, struct rvs_flow_ref *r)
{
	__u32 zero = 0;
	const struct rvs_flow_keys *fk = bpf_map_lookup_elem(&flow_keys, &zero);
	__u64 h;

	if (!fk) {
		r->b = 0;
		return;
	}
	h = rvs_flow_hash(k, fk);
	/* The low 32 bits scaled to the buckets: any count of them works. */
	__u32 idx = ((h & 0xffffffffull) * flow_buckets) >> 32;

	r->tag = (h >> 48) | 1;
	r->b = bpf_map_lookup_elem(&flows, &idx);
	if (r->b)
		RVS_ONCE(r->b->seq);
}

/* A bit for each slot of bucket b whose tag is `tag`, without a branch. */
static __always_inline __u32 rvs_tag_matches(const struct rvs_flow_bucket *b, __u16 tag)
{
	__u32 m = 0;

#pragma unroll
	for (int i = 0; i < RVS_FLOW_SLOTS; i++) {
		__u64 x = b->tag[i] ^ tag;

		rvs_opaque(x);
		m |= ((x - 1) >> 63) << i; /* 1 when x is 0 */
	}
	return m;
}

/* The index of the one bit set in `bit` (below 256), without a branch. */
static __always_inline __u32 rvs_bit_index(__u32 bit)
{
	__u32 a = bit & 0xaa, c = bit & 0xcc, f = bit & 0xf0, i;

	rvs_opaque(a);
	rvs_opaque(c);
	rvs_opaque(f);
	i = ((a + 0xff) >> 8) | (((c + 0xff) >> 8) << 1) | (((f + 0xff) >> 8) << 2);
	/* The mask changes nothing but gives older verifiers (6.1) the bounds
	 * they lose over the ors; opaque, or the compiler moves it before them. */
	rvs_opaque(i);
	return i & (RVS_FLOW_SLOTS - 1);
}

/* The slot of bucket b holding key k, or RVS_FLOW_SLOTS: the key is
 * compared in the slots whose tag matches only. */
static __always_inline __u32 rvs_flow_scan(struct rvs_flow_bucket *b, const struct rvs_flow_key *k,
					   __u16 tag)
{
	__u32 m = rvs_tag_matches(b, tag), low, i;

#pragma nounroll
	for (int n = 0; n < RVS_FLOW_SLOTS && m; n++) {
		low = m & -m;
		i = rvs_bit_index(low);
		if (rvs_key_eq(&b->slot[i].key, k))
			return i;
		m ^= low;
	}
	return RVS_FLOW_SLOTS;
}

/* The slot holding key k, read while no other CPU changed the bucket, or
 * RVS_FLOW_SLOTS (also when other CPUs kept changing it). */
static __always_inline __u32 rvs_flow_find(const struct rvs_flow_ref *r, const struct rvs_flow_key *k)
{
	struct rvs_flow_bucket *b = r->b;
	__u64 seq;
	__u32 i;

#pragma nounroll
	for (int t = 0; t < RVS_FLOW_TRIES; t++) {
		seq = RVS_ONCE(b->seq);
		if (seq & 1)
			continue;
		rvs_barrier();
		i = rvs_flow_scan(b, k, r->tag);
		rvs_barrier();
		if (RVS_ONCE(b->seq) == seq)
			return i;
	}
	return RVS_FLOW_SLOTS;
}

/* Takes bucket b for a change; 0 if other CPUs kept it. */
static __always_inline int rvs_bucket_take(struct rvs_flow_bucket *b)
{
	__u64 seq;

#pragma nounroll
	for (int t = 0; t < RVS_FLOW_TRIES; t++) {
		seq = RVS_ONCE(b->seq);
		if (!(seq & 1) && __sync_val_compare_and_swap(&b->seq, seq, seq + 1) == seq)
			return 1;
	}
	return 0;
}

static __always_inline void rvs_bucket_give(struct rvs_flow_bucket *b)
{
	rvs_barrier();
	RVS_ONCE(b->seq) = b->seq + 1;
}

/* Empties slot i of a bucket this CPU holds; a counted flow leaves its count. */
static __always_inline void rvs_slot_free(struct rvs_flow_bucket *b, __u32 i)
{
	struct rvs_flow *f;

	if (i >= RVS_FLOW_SLOTS || !b->tag[i])
		return;
	f = &b->slot[i].flow;
	if (f->counted)
		rvs_count(f->backend, f->state, -1);
	b->tag[i] = 0;
}

/* Drops the flow of key k in slot i if it is still there and expired. */
static __always_inline void rvs_flow_drop(const struct rvs_flow_ref *r, const struct rvs_flow_key *k,
					  __u32 i, const struct rvs_config *cfg, __u64 now)
{
	struct rvs_flow_bucket *b = r->b;

	if (i >= RVS_FLOW_SLOTS || !rvs_bucket_take(b))
		return;
	if (b->tag[i] == r->tag && rvs_key_eq(&b->slot[i].key, k) &&
	    !rvs_flow_fresh(&b->slot[i].flow, cfg, now))
		rvs_slot_free(b, i);
	rvs_bucket_give(b);
}

/* The slot a new flow of key k takes in bucket b, which this CPU holds: its
 * own slot if it has one (expired, or reopened: a closing flow the new one
 * replaces, or live when another CPU inserted it first: *live is set), else
 * the first free or expired slot, else the least recently seen one, which is
 * evicted. */
static __always_inline __u32 rvs_slot_for(struct rvs_flow_bucket *b, const struct rvs_flow_key *k,
					  __u16 tag, int reopen, const struct rvs_config *cfg,
					  __u64 now, int *live)
{
	__u64 oldest_seen = ~0ull;
	__u32 i, oldest = 0;
	struct rvs_flow *own;

	i = rvs_flow_scan(b, k, tag);
	if (i < RVS_FLOW_SLOTS) {
		own = &b->slot[i].flow;
		*live = rvs_flow_fresh(own, cfg, now) &&
			!(reopen && (own->state == RVS_STATE_TIME_WAIT ||
				     own->state == RVS_STATE_CLOSE));
		return i;
	}
#pragma unroll
	for (i = 0; i < RVS_FLOW_SLOTS; i++) {
		struct rvs_flow *f = &b->slot[i].flow;

		if (!b->tag[i] || !rvs_flow_fresh(f, cfg, now))
			return i;
		if (f->last_seen_ns < oldest_seen) {
			oldest_seen = f->last_seen_ns;
			oldest = i;
		}
	}
	rvs_flow_stat(RVS_FLOW_EVICTED, 1);
	return oldest;
}

/* What rvs_flow_put() returns besides the slot. */
#define RVS_FLOW_INSERTED 0x100 /* the new flow went in */
#define RVS_FLOW_NOT_PUT (-1)   /* the bucket stayed held by others */
/* Passed with the tag: the new flow replaces its key's closing flow. */
#define RVS_FLOW_REOPEN 0x10000

/* Records flow nf under key k in bucket b (its tag: the low 16 bits of `tag`;
 * RVS_FLOW_REOPEN there: nf replaces k's flow if that is closing). Returns the slot
 * the table holds k in, with RVS_FLOW_INSERTED when nf went in, without it
 * when another CPU inserted a live flow of k first (the caller then goes by
 * that flow); RVS_FLOW_NOT_PUT when the bucket stayed held by others (nf
 * then goes unrecorded, counted as RVS_FLOW_BUSY). A global function: the
 * verifier checks it once, and its slot comes back as one number, not one
 * state per slot. */
__attribute__((noinline)) int rvs_flow_put(struct rvs_flow_bucket *b, const struct rvs_flow_key *k,
					   const struct rvs_flow *nf, __u32 tag, __u64 now)
{
	__u32 zero = 0, i;
	struct rvs_config *cfg = bpf_map_lookup_elem(&config, &zero);
	struct rvs_flow_slot *s;
	int live = 0, reopen = !!(tag & RVS_FLOW_REOPEN);

	tag &= 0xffff;
	if (!b || !k || !nf || !cfg)
		return RVS_FLOW_NOT_PUT;
	if (!rvs_bucket_take(b)) {
		rvs_flow_stat(RVS_FLOW_BUSY, 1);
		return RVS_FLOW_NOT_PUT;
	}
	i = rvs_slot_for(b, k, tag, reopen, cfg, now, &live);
	if (i >= RVS_FLOW_SLOTS) {
		rvs_bucket_give(b);
		return RVS_FLOW_NOT_PUT;
	}
	if (live) {
		rvs_bucket_give(b);
		return i;
	}
	s = &b->slot[i];
	rvs_slot_free(b, i);
	s->key = *k;
	s->flow = *nf;
	b->tag[i] = tag;
	rvs_bucket_give(b);
	return i | RVS_FLOW_INSERTED;
}

/* The sweeper's pass over one bucket: expired flows leave it, and their
 * counts. A bucket another CPU holds is left for the next pass. */
static long rvs_sweep_bucket(void *map, __u32 *key, struct rvs_flow_bucket *b, __u64 *now)
{
	__u32 zero = 0, expired = 0;
	struct rvs_config *cfg = bpf_map_lookup_elem(&config, &zero);

	if (!cfg)
		return 1;
#pragma unroll
	for (__u32 i = 0; i < RVS_FLOW_SLOTS; i++) {
		if (b->tag[i] && !rvs_flow_fresh(&b->slot[i].flow, cfg, *now))
			expired = 1;
	}
	if (!expired || !rvs_bucket_take(b))
		return 0;
#pragma unroll
	for (__u32 i = 0; i < RVS_FLOW_SLOTS; i++) {
		if (b->tag[i] && !rvs_flow_fresh(&b->slot[i].flow, cfg, *now)) {
			rvs_slot_free(b, i);
			rvs_flow_stat(RVS_FLOW_SWEPT, 1);
		}
	}
	rvs_bucket_give(b);
	return 0;
}

#endif
