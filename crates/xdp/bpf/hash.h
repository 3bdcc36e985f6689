/* Flow hashing for schedulers and tunnel source ports. Not a hash that
 * user space needs to reproduce: it only spreads flows. */
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

#endif
