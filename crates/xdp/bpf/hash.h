/* Flow hashing for schedulers, tunnel source ports and the VIP filter.
 * User space reproduces rvs_vip_hash() (src/abi.rs, vip_hash) to fill the
 * filter; the others only spread flows. */
#ifndef RVS_HASH_H
#define RVS_HASH_H

#include <linux/types.h>

static __always_inline __u32 rvs_mix(__u32 h, __u32 v)
{
	h ^= v;
	h *= 0x9e3779b1;
	return h ^ (h >> 15);
}

static __always_inline __u32 rvs_hash_addr(__u32 h, const __u32 *a)
{
	h = rvs_mix(h, a[0]);
	h = rvs_mix(h, a[1]);
	h = rvs_mix(h, a[2]);
	return rvs_mix(h, a[3]);
}

/* The VIP filter's hash of a service key; words and port as they sit in
 * memory (network byte order). */
static __always_inline __u32 rvs_vip_hash(const __u32 *addr, __u16 port, __u8 proto)
{
	return rvs_mix(rvs_hash_addr(proto, addr), port);
}

#endif
