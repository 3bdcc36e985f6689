/* Internet checksums. Values are summed as they lie in memory: one's
 * complement sums do not depend on byte order as long as every operand is
 * taken the same way. */
#ifndef RVS_CSUM_H
#define RVS_CSUM_H

#include <linux/types.h>

static __always_inline __u16 rvs_csum_fold(__u32 c)
{
	c = (c & 0xffff) + (c >> 16);
	c = (c & 0xffff) + (c >> 16);
	return (__u16)c;
}

/* RFC 1624, eqn. 3: HC' = ~(~HC + ~m + m'), for one 32-bit field. */
static __always_inline void rvs_csum_replace4(__u16 *sum, __u32 from, __u32 to)
{
	__u32 c = (__u16)~*sum;

	c += (__u16)~(from & 0xffff);
	c += (__u16)~(from >> 16);
	c += to & 0xffff;
	c += to >> 16;
	*sum = ~rvs_csum_fold(c);
}

static __always_inline void rvs_csum_replace2(__u16 *sum, __u16 from, __u16 to)
{
	__u32 c = (__u16)~*sum;

	c += (__u16)~from;
	c += to;
	*sum = ~rvs_csum_fold(c);
}

/* Header checksum of a 20-byte IPv4 header whose check field is zero. */
static __always_inline __u16 rvs_ipv4_csum(const __u16 *hdr)
{
	__u32 c = 0;

#pragma unroll
	for (int i = 0; i < 10; i++)
		c += hdr[i];
	return ~rvs_csum_fold(c);
}

#endif
