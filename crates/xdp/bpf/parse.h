/* Header parsing: Ethernet (+1 VLAN tag), IPv4/IPv6, TCP/UDP. */
#ifndef RVS_PARSE_H
#define RVS_PARSE_H

#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/icmpv6.h>
#include <bpf/bpf_endian.h>
#include "rvs_structs.h"

/* ICMPv4 error types (<linux/icmp.h> pulls in glibc headers that do not
 * build for the BPF target). */
#define RVS_ICMP_DEST_UNREACH 3
#define RVS_ICMP_TIME_EXCEEDED 11
#define RVS_ICMP_PARAMETERPROB 12

#define RVS_TCP_FIN 0x01
#define RVS_TCP_SYN 0x02
#define RVS_TCP_RST 0x04
#define RVS_TCP_ACK 0x10

/* Longer than any frame XDP sees without multi-buffer support. The check
 * also bounds a length read through a byte swap, which older verifiers
 * (6.1) no longer bound, before it is added to a packet pointer. */
#define RVS_MAX_IP_LEN 16383

/* A packet as the programs see it after parsing. */
struct rvs_pkt {
	struct rvs_flow_key key;
	__u32 len;     /* frame length on arrival, for byte counters */
	__u16 l3_off;  /* where the IP header starts */
	__u16 l4_off;  /* where the TCP/UDP header starts */
	__u16 l3_len;  /* IP packet length as its header says */
	__u8 tcp_flags;
	__u8 icmp_error; /* key is the flow an ICMP error quotes, reversed */
};

/* Parsed to the end: the packet is a TCP or UDP flow worth looking up. */
#define RVS_PARSED (-1)

struct rvs_vlan_hdr {
	__be16 tci;
	__be16 proto;
};

static __always_inline int rvs_icmp_is_error(__u8 proto, __u8 type)
{
	if (proto == IPPROTO_ICMP)
		return type == RVS_ICMP_DEST_UNREACH || type == RVS_ICMP_TIME_EXCEEDED ||
		       type == RVS_ICMP_PARAMETERPROB;
	return type == ICMPV6_DEST_UNREACH || type == ICMPV6_PKT_TOOBIG ||
	       type == ICMPV6_TIME_EXCEED || type == ICMPV6_PARAMPROB;
}

/* An ICMP error quotes a packet that a real server sent from the VIP to a
 * client; the key becomes that flow as the client sends it. */
static __always_inline int rvs_parse_icmp(void *data, void *end, struct rvs_pkt *p)
{
	__u8 *icmp = data + p->l4_off;
	__be16 *ports;
	__u8 inner_proto;

	if ((void *)(icmp + 8) > end)
		return RVS_DROP_MALFORMED;
	if ((p->key.family == RVS_FAMILY_V4) != (p->key.proto == IPPROTO_ICMP) ||
	    !rvs_icmp_is_error(p->key.proto, icmp[0]))
		return RVS_PASS_ICMP;
	if (p->key.family == RVS_FAMILY_V4) {
		struct iphdr *in = (void *)(icmp + 8);

		if ((void *)(in + 1) + 4 > end)
			return RVS_PASS_ICMP;
		/* Quoted options or fragments: not worth following. */
		if (in->ihl != 5 || (in->frag_off & bpf_htons(0x1fff)))
			return RVS_PASS_ICMP;
		inner_proto = in->protocol;
		p->key.src[0] = in->daddr;
		p->key.dst[0] = in->saddr;
		ports = (void *)(in + 1);
	} else {
		struct ipv6hdr *in = (void *)(icmp + 8);

		if ((void *)(in + 1) + 4 > end)
			return RVS_PASS_ICMP;
		inner_proto = in->nexthdr;
		__builtin_memcpy(p->key.src, &in->daddr, 16);
		__builtin_memcpy(p->key.dst, &in->saddr, 16);
		ports = (void *)(in + 1);
	}
	if (inner_proto != IPPROTO_TCP && inner_proto != IPPROTO_UDP)
		return RVS_PASS_ICMP;
	p->key.proto = inner_proto;
	p->key.sport = ports[1];
	p->key.dport = ports[0];
	p->icmp_error = 1;
	return RVS_PARSED;
}

static __always_inline int rvs_parse_l4(void *data, void *end, struct rvs_pkt *p)
{
	void *l4 = data + p->l4_off;

	if (p->key.proto == IPPROTO_TCP) {
		struct tcphdr *th = l4;

		if ((void *)(th + 1) > end || th->doff < 5)
			return RVS_DROP_MALFORMED;
		p->key.sport = th->source;
		p->key.dport = th->dest;
		p->tcp_flags = ((__u8 *)th)[13];
		return RVS_PARSED;
	}
	if (p->key.proto == IPPROTO_UDP) {
		struct udphdr *uh = l4;

		if ((void *)(uh + 1) > end)
			return RVS_DROP_MALFORMED;
		p->key.sport = uh->source;
		p->key.dport = uh->dest;
		return RVS_PARSED;
	}
	if (p->key.proto == IPPROTO_ICMP || p->key.proto == IPPROTO_ICMPV6)
		return rvs_parse_icmp(data, end, p);
	return RVS_PASS_NOT_SERVICE;
}

static __always_inline int rvs_parse_v4(void *data, void *end, struct rvs_pkt *p)
{
	struct iphdr *iph = data + p->l3_off;
	__u16 tot;

	if ((void *)(iph + 1) > end)
		return RVS_DROP_MALFORMED;
	if (iph->version != 4 || iph->ihl < 5)
		return RVS_DROP_MALFORMED;
	tot = bpf_ntohs(iph->tot_len);
	if (tot < iph->ihl * 4 || tot > RVS_MAX_IP_LEN || (void *)iph + tot > end)
		return RVS_DROP_MALFORMED;
	/* More-fragments flag or a non-zero offset. */
	if (iph->frag_off & bpf_htons(0x3fff))
		return RVS_PASS_FRAGMENT;
	if (iph->ihl != 5)
		return RVS_PASS_IP_OPTIONS;
	p->l3_len = tot;
	p->l4_off = p->l3_off + sizeof(*iph);
	p->key.family = RVS_FAMILY_V4;
	p->key.proto = iph->protocol;
	p->key.src[0] = iph->saddr;
	p->key.dst[0] = iph->daddr;
	return rvs_parse_l4(data, end, p);
}

static __always_inline int rvs_parse_v6(void *data, void *end, struct rvs_pkt *p)
{
	struct ipv6hdr *ip6 = data + p->l3_off;
	__u32 tot;

	if ((void *)(ip6 + 1) > end)
		return RVS_DROP_MALFORMED;
	if (ip6->version != 6)
		return RVS_DROP_MALFORMED;
	tot = sizeof(*ip6) + bpf_ntohs(ip6->payload_len);
	if (tot > RVS_MAX_IP_LEN || (void *)ip6 + tot > end)
		return RVS_DROP_MALFORMED;
	switch (ip6->nexthdr) {
	case IPPROTO_FRAGMENT:
		return RVS_PASS_FRAGMENT;
	case IPPROTO_HOPOPTS:
	case IPPROTO_ROUTING:
	case IPPROTO_DSTOPTS:
	case IPPROTO_AH:
	case IPPROTO_ESP:
	case IPPROTO_MH:
		return RVS_PASS_IP_OPTIONS;
	}
	p->l3_len = tot;
	p->l4_off = p->l3_off + sizeof(*ip6);
	p->key.family = RVS_FAMILY_V6;
	p->key.proto = ip6->nexthdr;
	__builtin_memcpy(p->key.src, &ip6->saddr, 16);
	__builtin_memcpy(p->key.dst, &ip6->daddr, 16);
	return rvs_parse_l4(data, end, p);
}

/* Fills p; returns RVS_PARSED or the reason to stop here. */
static __always_inline int rvs_parse(struct xdp_md *ctx, struct rvs_pkt *p)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	__be16 proto;

	p->len = end - data;
	if ((void *)(eth + 1) > end)
		return RVS_DROP_MALFORMED;
	proto = eth->h_proto;
	p->l3_off = ETH_HLEN;
	if (proto == bpf_htons(ETH_P_8021Q) || proto == bpf_htons(ETH_P_8021AD)) {
		struct rvs_vlan_hdr *vh = (void *)(eth + 1);

		if ((void *)(vh + 1) > end)
			return RVS_DROP_MALFORMED;
		proto = vh->proto;
		p->l3_off += sizeof(*vh);
	}
	if (proto == bpf_htons(ETH_P_IP))
		return rvs_parse_v4(data, end, p);
	if (proto == bpf_htons(ETH_P_IPV6))
		return rvs_parse_v6(data, end, p);
	return RVS_PASS_NOT_IP;
}

#endif
