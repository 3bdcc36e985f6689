/* Real-server side of TUN with GUE: rvs_decap_gue strips IPIP and IP6IP6
 * outer headers, and outer IP + UDP + GUE (version 0) when the UDP port is
 * gue_port, then passes the inner packet up. Its own object: a real server
 * needs none of the balancer's maps. */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

/* Why a packet left as it did (mirrored by rvs_xdp::decap::Reason). */
enum decap_reason {
	DECAP_PASS_NOT_TUNNEL, /* not for us: passed unchanged */
	DECAP_PASS_DECAP,      /* outer headers stripped, inner packet passed */
	DECAP_DROP_MALFORMED,  /* truncated header */
	DECAP_DROP_ADJUST,     /* bpf_xdp_adjust_head failed */
	DECAP_REASONS,
};

struct decap_counter {
	__u64 packets;
	__u64 bytes;
};

/* Packets and bytes by decap_reason, per CPU. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, DECAP_REASONS);
	__type(key, __u32);
	__type(value, struct decap_counter);
} decap_reasons SEC(".maps");

/* The GUE UDP destination port, network order, set at load time. */
const volatile __be16 gue_port = 0;

struct decap_vlan_hdr {
	__be16 tci;
	__be16 proto;
};

/* GUE version 0 (draft-ietf-intarea-gue): 2 bits version, C, 5 bits hlen
 * (options in 32-bit words), the inner protocol, 16 bits of flags. */
struct decap_gue_hdr {
	__u8 ver_c_hlen;
	__u8 proto;
	__be16 flags;
};

/* The one exit: counts the packet under its reason. */
static __always_inline int decap_exit(__u32 reason, __u32 len)
{
	struct decap_counter *c = bpf_map_lookup_elem(&decap_reasons, &reason);

	if (c) {
		c->packets++;
		c->bytes += len;
	}
	return reason >= DECAP_DROP_MALFORMED ? XDP_DROP : XDP_PASS;
}

/* Bytes of UDP + GUE in front of the inner packet at `uh`, 0 when it is
 * not GUE for us, -1 when truncated. *inner gets the inner protocol. */
static __always_inline int decap_gue_len(struct udphdr *uh, void *end, __u8 *inner)
{
	struct decap_gue_hdr *g = (void *)(uh + 1);

	if ((void *)(uh + 1) > end)
		return -1;
	if (gue_port == 0 || uh->dest != gue_port)
		return 0;
	if ((void *)(g + 1) > end)
		return -1;
	/* Version 0, a data message (C clear). */
	if (g->ver_c_hlen & 0xe0)
		return 0;
	*inner = g->proto;
	return sizeof(*uh) + sizeof(*g) + (g->ver_c_hlen & 0x1f) * 4;
}

SEC("xdp")
int rvs_decap_gue(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	__u32 len = end - data;
	struct ethhdr *eth = data, old;
	struct decap_vlan_hdr vlan = {};
	int tagged = 0, outer, extra;
	__be16 proto;
	__u8 l4, inner = 0;
	void *l3;

	if ((void *)(eth + 1) > end)
		return decap_exit(DECAP_DROP_MALFORMED, len);
	__builtin_memcpy(&old, eth, sizeof(old));
	proto = old.h_proto;
	if (proto == bpf_htons(ETH_P_8021Q) || proto == bpf_htons(ETH_P_8021AD)) {
		struct decap_vlan_hdr *vh = (void *)(eth + 1);

		if ((void *)(vh + 1) > end)
			return decap_exit(DECAP_DROP_MALFORMED, len);
		vlan = *vh;
		proto = vlan.proto;
		tagged = 1;
	}
	l3 = tagged ? data + ETH_HLEN + sizeof(vlan) : data + ETH_HLEN;
	if (proto == bpf_htons(ETH_P_IP)) {
		struct iphdr *ip = l3;

		if ((void *)(ip + 1) > end)
			return decap_exit(DECAP_DROP_MALFORMED, len);
		if (ip->ihl != 5 || (ip->frag_off & bpf_htons(0x3fff)))
			return decap_exit(DECAP_PASS_NOT_TUNNEL, len);
		l4 = ip->protocol;
		outer = sizeof(*ip);
	} else if (proto == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = l3;

		if ((void *)(ip6 + 1) > end)
			return decap_exit(DECAP_DROP_MALFORMED, len);
		l4 = ip6->nexthdr;
		outer = sizeof(*ip6);
	} else {
		return decap_exit(DECAP_PASS_NOT_TUNNEL, len);
	}
	if (l4 == IPPROTO_IPIP || l4 == IPPROTO_IPV6) {
		inner = l4;
	} else if (l4 == IPPROTO_UDP) {
		extra = decap_gue_len(l3 + outer, end, &inner);
		if (extra < 0)
			return decap_exit(DECAP_DROP_MALFORMED, len);
		outer += extra;
	}
	if (inner != IPPROTO_IPIP && inner != IPPROTO_IPV6)
		return decap_exit(DECAP_PASS_NOT_TUNNEL, len);
	if (bpf_xdp_adjust_head(ctx, outer))
		return decap_exit(DECAP_DROP_ADJUST, len);
	data = (void *)(long)ctx->data;
	end = (void *)(long)ctx->data_end;
	eth = data;
	if ((void *)(eth + 1) > end)
		return decap_exit(DECAP_DROP_MALFORMED, len);
	__builtin_memcpy(eth, &old, sizeof(old));
	proto = bpf_htons(inner == IPPROTO_IPIP ? ETH_P_IP : ETH_P_IPV6);
	if (tagged) {
		struct decap_vlan_hdr *vh = (void *)(eth + 1);

		if ((void *)(vh + 1) > end)
			return decap_exit(DECAP_DROP_MALFORMED, len);
		vlan.proto = proto;
		*vh = vlan;
	} else {
		eth->h_proto = proto;
	}
	return decap_exit(DECAP_PASS_DECAP, len);
}

char LICENSE[] SEC("license") = "GPL";
