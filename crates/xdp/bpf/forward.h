/* Rewriting a packet for its real server (DR, TUN, NAT) and a NAT reply for
 * its client. Each function returns a reason and sets *action. */
#ifndef RVS_FORWARD_H
#define RVS_FORWARD_H

#include <linux/if_ether.h>
#include "rvs_maps.h"
#include "parse.h"
#include "csum.h"
#include "hash.h"

/* The IP header at one of its two possible constant offsets, which the
 * verifier follows more easily than a variable one. */
static __always_inline void *rvs_l3(void *data, const struct rvs_pkt *p)
{
	if (p->l3_off == ETH_HLEN)
		return data + ETH_HLEN;
	return data + ETH_HLEN + sizeof(struct rvs_vlan_hdr);
}

/* Sets the MACs towards the backend's next hop and picks the way out. */
static __always_inline int rvs_egress(struct ethhdr *eth, const __u8 *ours, const __u8 *peer,
				      __u32 ifindex)
{
	__u8 src[ETH_ALEN];

	__builtin_memcpy(src, ours, ETH_ALEN);
	__builtin_memcpy(eth->h_source, src, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, peer, ETH_ALEN);
	if (ifindex == 0)
		return XDP_TX;
	return bpf_redirect(ifindex, 0);
}

static __always_inline int rvs_to_backend(struct ethhdr *eth, const struct rvs_backend *be)
{
	if (be->ifindex == 0)
		return rvs_egress(eth, eth->h_dest, be->dst_mac, 0);
	return rvs_egress(eth, be->src_mac, be->dst_mac, be->ifindex);
}

/* DR: only the destination MAC changes. */
static __always_inline int rvs_fwd_dr(struct xdp_md *ctx, const struct rvs_pkt *p,
				      const struct rvs_backend *be, int *action)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > end)
		return RVS_DROP_MALFORMED;
	if (be->family != p->key.family)
		return RVS_DROP_BAD_BACKEND;
	*action = rvs_to_backend(eth, be);
	return RVS_TX_DR;
}

/* Outer IPv4 header carrying `len` bytes of protocol `proto`. */
static __always_inline void rvs_outer_v4(struct iphdr *ip, const struct rvs_backend *be,
					 const struct rvs_config *cfg, __u16 len, __u8 proto,
					 __u8 tos, __be16 df)
{
	ip->version = 4;
	ip->ihl = 5;
	ip->tos = tos;
	ip->tot_len = bpf_htons(len + sizeof(*ip));
	ip->id = 0;
	ip->frag_off = df;
	ip->ttl = 64;
	ip->protocol = proto;
	ip->check = 0;
	ip->saddr = cfg->tun_src4;
	ip->daddr = be->addr[0];
	ip->check = rvs_ipv4_csum((__u16 *)ip);
}

static __always_inline void rvs_outer_v6(struct ipv6hdr *ip6, const struct rvs_backend *be,
					 const struct rvs_config *cfg, __u16 len, __u8 proto,
					 __u8 tos)
{
	ip6->version = 6;
	ip6->priority = tos >> 4;
	ip6->flow_lbl[0] = (tos & 0xf) << 4;
	ip6->flow_lbl[1] = 0;
	ip6->flow_lbl[2] = 0;
	ip6->payload_len = bpf_htons(len);
	ip6->nexthdr = proto;
	ip6->hop_limit = 64;
	__builtin_memcpy(&ip6->saddr, cfg->tun_src6, 16);
	__builtin_memcpy(&ip6->daddr, be->addr, 16);
}

/* GUE (draft-ietf-intarea-gue) version 0 header without options. */
struct rvs_gue_hdr {
	__u8 flags; /* version 0, C 0, hlen 0 */
	__u8 proto;
	__be16 pad;
};

#define RVS_GUE_LEN (sizeof(struct udphdr) + sizeof(struct rvs_gue_hdr))

/* UDP + GUE in front of the inner packet. The source port spreads flows
 * over the ephemeral range, as the kernel's UDP tunnels do. */
static __always_inline void rvs_gue(struct udphdr *uh, const struct rvs_pkt *p,
				    const struct rvs_backend *be, __u8 inner)
{
	struct rvs_gue_hdr *g = (void *)(uh + 1);
	__u32 h = rvs_hash_addr(rvs_hash_addr(p->key.sport ^ (p->key.dport << 16), p->key.src),
				p->key.dst);

	uh->source = bpf_htons(0xc000 | (h & 0x3fff));
	uh->dest = be->tun_port;
	uh->len = bpf_htons(p->l3_len + RVS_GUE_LEN);
	uh->check = 0;
	g->flags = 0;
	g->proto = inner;
	g->pad = 0;
}

/* Bytes a tunnel to `be` adds in front of a packet. */
static __always_inline int rvs_tun_overhead(const struct rvs_backend *be)
{
	return (be->family == RVS_FAMILY_V4 ? sizeof(struct iphdr) : sizeof(struct ipv6hdr)) +
	       (be->tun_type == RVS_TUN_GUE ? RVS_GUE_LEN : 0);
}

/* After bpf_xdp_adjust_head moved the frame's start (tunnel added or
 * removed): writes the saved Ethernet header, and VLAN tag if there was one,
 * back in front of the L3 header, whose ethertype is now `l3_proto`.
 * 0 when the frame is too short for them. */
static __always_inline int rvs_restore_l2(struct xdp_md *ctx, const struct rvs_pkt *p,
					  const struct ethhdr *old, struct rvs_vlan_hdr vlan,
					  __be16 l3_proto)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > end)
		return 0;
	__builtin_memcpy(eth, old, sizeof(*old));
	if (p->l3_off != ETH_HLEN) {
		struct rvs_vlan_hdr *vh = (void *)(eth + 1);

		if ((void *)(vh + 1) > end)
			return 0;
		vlan.proto = l3_proto;
		*vh = vlan;
	} else {
		eth->h_proto = l3_proto;
	}
	return 1;
}

/* TUN: the packet behind an outer header of the backend's family: IPIP,
 * IP6IP6 (or mixed), optionally in UDP + GUE. */
static __always_inline int rvs_fwd_tun(struct xdp_md *ctx, const struct rvs_pkt *p,
				       const struct rvs_backend *be,
				       const struct rvs_config *cfg, int *action)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	int gue = be->tun_type == RVS_TUN_GUE;
	int outer = rvs_tun_overhead(be);
	__u8 inner = p->key.family == RVS_FAMILY_V4 ? IPPROTO_IPIP : IPPROTO_IPV6;
	__u8 proto = gue ? IPPROTO_UDP : inner;
	__u16 len = p->l3_len + (gue ? RVS_GUE_LEN : 0);
	struct ethhdr *eth = data, old;
	struct rvs_vlan_hdr vlan = {};
	__be16 df = bpf_htons(0x4000);
	struct udphdr *uh;
	__u8 tos;
	void *l3;

	if (cfg->mtu && p->l3_len + outer > cfg->mtu)
		return RVS_PASS_OVERSIZED;
	l3 = rvs_l3(data, p);
	if ((void *)(eth + 1) > end)
		return RVS_DROP_MALFORMED;
	__builtin_memcpy(&old, eth, sizeof(old));
	if (p->l3_off != ETH_HLEN) {
		struct rvs_vlan_hdr *vh = (void *)(eth + 1);

		if ((void *)(vh + 1) > end)
			return RVS_DROP_MALFORMED;
		vlan = *vh;
	}
	if (p->key.family == RVS_FAMILY_V4) {
		struct iphdr *ip = l3;

		if ((void *)(ip + 1) > end)
			return RVS_DROP_MALFORMED;
		tos = ip->tos;
		df = ip->frag_off & bpf_htons(0x4000);
	} else {
		struct ipv6hdr *ip6 = l3;

		if ((void *)(ip6 + 1) > end)
			return RVS_DROP_MALFORMED;
		tos = (ip6->priority << 4) | (ip6->flow_lbl[0] >> 4);
	}
	if (bpf_xdp_adjust_head(ctx, -outer))
		return RVS_DROP_ADJUST;
	if (!rvs_restore_l2(ctx, p, &old, vlan,
			    bpf_htons(be->family == RVS_FAMILY_V4 ? ETH_P_IP : ETH_P_IPV6)))
		return RVS_DROP_MALFORMED;
	data = (void *)(long)ctx->data;
	end = (void *)(long)ctx->data_end;
	eth = data;
	l3 = rvs_l3(data, p);
	if (be->family == RVS_FAMILY_V4) {
		struct iphdr *ip = l3;

		if ((void *)(ip + 1) > end)
			return RVS_DROP_MALFORMED;
		rvs_outer_v4(ip, be, cfg, len, proto, tos, df);
		uh = (void *)(ip + 1);
	} else {
		struct ipv6hdr *ip6 = l3;

		if ((void *)(ip6 + 1) > end)
			return RVS_DROP_MALFORMED;
		rvs_outer_v6(ip6, be, cfg, len, proto, tos);
		uh = (void *)(ip6 + 1);
	}
	if (gue) {
		if ((void *)uh + RVS_GUE_LEN > end)
			return RVS_DROP_MALFORMED;
		rvs_gue(uh, p, be, inner);
	}
	*action = rvs_to_backend(eth, be);
	return RVS_TX_TUN;
}

/* Replaces the destination (dst != 0) or source address and port, fixing
 * the IPv4 header and TCP/UDP checksums incrementally. */
static __always_inline int rvs_rewrite(struct xdp_md *ctx, const struct rvs_pkt *p, int dst,
				       const __u32 *addr, __u16 port)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	void *l3 = rvs_l3(data, p);
	__u32 *old_addr;
	__u16 *old_port, *check = 0;
	int words, udp_v4 = 0;
	void *l4;

	if (p->key.family == RVS_FAMILY_V4) {
		struct iphdr *ip = l3;

		if ((void *)(ip + 1) > end)
			return RVS_DROP_MALFORMED;
		old_addr = dst ? &ip->daddr : &ip->saddr;
		rvs_csum_replace4(&ip->check, *old_addr, addr[0]);
		l4 = ip + 1;
		words = 1;
		udp_v4 = 1;
	} else {
		struct ipv6hdr *ip6 = l3;

		if ((void *)(ip6 + 1) > end)
			return RVS_DROP_MALFORMED;
		old_addr = dst ? (__u32 *)&ip6->daddr : (__u32 *)&ip6->saddr;
		l4 = ip6 + 1;
		words = 4;
	}
	if (p->key.proto == IPPROTO_TCP) {
		struct tcphdr *th = l4;

		if ((void *)(th + 1) > end)
			return RVS_DROP_MALFORMED;
		check = &th->check;
		old_port = dst ? &th->dest : &th->source;
	} else {
		struct udphdr *uh = l4;

		if ((void *)(uh + 1) > end)
			return RVS_DROP_MALFORMED;
		/* A zero UDP checksum over IPv4 means none; it stays none. */
		if (!(udp_v4 && uh->check == 0))
			check = &uh->check;
		old_port = dst ? &uh->dest : &uh->source;
	}
#pragma unroll
	for (int i = 0; i < 4; i++) {
		if (i < words) {
			if (check)
				rvs_csum_replace4(check, old_addr[i], addr[i]);
			old_addr[i] = addr[i];
		}
	}
	if (port) {
		if (check)
			rvs_csum_replace2(check, *old_port, port);
		*old_port = port;
	}
	if (check && p->key.proto == IPPROTO_UDP && *check == 0)
		*check = 0xffff;
	return RVS_PARSED;
}

/* NAT: destination rewritten to the real server; the reverse mapping is
 * recorded for rvs_unnat when the connection is new or lost it. */
static __always_inline int rvs_fwd_nat(struct xdp_md *ctx, const struct rvs_pkt *p,
				       const struct rvs_backend *be, __u32 backend,
				       __u32 service, int new_conn, int *action)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct rvs_flow_key rk = {};
	int r;

	if ((void *)(eth + 1) > end)
		return RVS_DROP_MALFORMED;
	if (be->family != p->key.family)
		return RVS_DROP_BAD_BACKEND;
	__builtin_memcpy(rk.src, be->addr, 16);
	__builtin_memcpy(rk.dst, p->key.src, 16);
	rk.sport = be->port ? be->port : p->key.dport;
	rk.dport = p->key.sport;
	rk.proto = p->key.proto;
	rk.family = p->key.family;
	/* Also when the LRU evicted the mapping of a flow still in use. */
	if (new_conn || !bpf_map_lookup_elem(&nat_flows, &rk)) {
		struct rvs_nat_reverse rv = {};

		rv.last_seen_ns = bpf_ktime_get_coarse_ns();
		__builtin_memcpy(rv.vip, p->key.dst, 16);
		rv.vport = p->key.dport;
		rv.ifindex = ctx->ingress_ifindex;
		rv.backend = backend;
		rv.service = service;
		__builtin_memcpy(rv.client_mac, eth->h_source, ETH_ALEN);
		__builtin_memcpy(rv.vip_mac, eth->h_dest, ETH_ALEN);
		bpf_map_update_elem(&nat_flows, &rk, &rv, BPF_ANY);
	}
	r = rvs_rewrite(ctx, p, 1, be->addr, be->port);
	if (r != RVS_PARSED)
		return r;
	data = (void *)(long)ctx->data;
	end = (void *)(long)ctx->data_end;
	eth = data;
	if ((void *)(eth + 1) > end)
		return RVS_DROP_MALFORMED;
	*action = rvs_to_backend(eth, be);
	return RVS_TX_NAT;
}

/* A real server's reply: source back to the VIP, out towards the client. */
static __always_inline int rvs_fwd_unnat(struct xdp_md *ctx, const struct rvs_pkt *p,
					 const struct rvs_nat_reverse *rv, int *action)
{
	void *data, *end;
	struct ethhdr *eth;
	int r = rvs_rewrite(ctx, p, 0, rv->vip, rv->vport);

	if (r != RVS_PARSED)
		return r;
	data = (void *)(long)ctx->data;
	end = (void *)(long)ctx->data_end;
	eth = data;
	if ((void *)(eth + 1) > end)
		return RVS_DROP_MALFORMED;
	*action = rvs_egress(eth, rv->vip_mac, rv->client_mac,
			     rv->ifindex == ctx->ingress_ifindex ? 0 : rv->ifindex);
	return RVS_TX_UNNAT;
}

/* Rewrites an ICMP error of a NAT flow. Towards the server (to_server):
 * outer destination and quoted source and source port become `addr`/`port`;
 * towards the client: outer source and quoted destination and port. The
 * ICMP checksum, the quoted IPv4 header's and a quoted UDP checksum follow;
 * a quoted TCP checksum lies past the 8 bytes quoted and stays as it is
 * (receivers do not check it). */
static __always_inline int rvs_nat_icmp_rewrite(struct xdp_md *ctx, const struct rvs_pkt *p,
						int to_server, const __u32 *addr, __u16 port)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	void *l3 = rvs_l3(data, p);
	__u16 *icmp_check, *inner_port, *udp_check = 0;
	__u32 *outer, *inner;
	int words;

	if (p->key.family == RVS_FAMILY_V4) {
		struct iphdr *ip = l3;
		__u8 *icmp = (void *)(ip + 1);
		struct iphdr *in = (void *)(icmp + 8);
		__u16 *l4 = (void *)(in + 1);
		__u16 old_check;

		if ((void *)(l4 + 4) > end)
			return RVS_DROP_MALFORMED;
		outer = to_server ? &ip->daddr : &ip->saddr;
		inner = to_server ? &in->saddr : &in->daddr;
		rvs_csum_replace4(&ip->check, *outer, addr[0]);
		icmp_check = (__u16 *)(icmp + 2);
		/* The quoted header's own checksum changes, inside the ICMP's. */
		old_check = in->check;
		rvs_csum_replace4(&in->check, *inner, addr[0]);
		rvs_csum_replace2(icmp_check, old_check, in->check);
		inner_port = to_server ? &l4[0] : &l4[1];
		if (in->protocol == IPPROTO_UDP && l4[3] != 0)
			udp_check = &l4[3];
		words = 1;
	} else {
		struct ipv6hdr *ip6 = l3;
		__u8 *icmp = (void *)(ip6 + 1);
		struct ipv6hdr *in = (void *)(icmp + 8);
		__u16 *l4 = (void *)(in + 1);

		if ((void *)(l4 + 4) > end)
			return RVS_DROP_MALFORMED;
		outer = to_server ? (__u32 *)&ip6->daddr : (__u32 *)&ip6->saddr;
		inner = to_server ? (__u32 *)&in->saddr : (__u32 *)&in->daddr;
		icmp_check = (__u16 *)(icmp + 2);
		inner_port = to_server ? &l4[0] : &l4[1];
		if (in->nexthdr == IPPROTO_UDP)
			udp_check = &l4[3];
		words = 4;
	}
#pragma unroll
	for (int i = 0; i < 4; i++) {
		if (i < words) {
			/* ICMPv6 sums a pseudo-header with the outer addresses. */
			if (words == 4)
				rvs_csum_replace4(icmp_check, outer[i], addr[i]);
			outer[i] = addr[i];
			rvs_csum_replace4(icmp_check, inner[i], addr[i]);
			if (udp_check) {
				__u16 old = *udp_check;

				rvs_csum_replace4(udp_check, inner[i], addr[i]);
				rvs_csum_replace2(icmp_check, old, *udp_check);
			}
			inner[i] = addr[i];
		}
	}
	if (port) {
		rvs_csum_replace2(icmp_check, *inner_port, port);
		if (udp_check) {
			__u16 old = *udp_check;

			rvs_csum_replace2(udp_check, *inner_port, port);
			rvs_csum_replace2(icmp_check, old, *udp_check);
		}
		*inner_port = port;
	}
	return RVS_PARSED;
}

/* An ICMP error about a packet the director sent for a NAT flow (from the
 * VIP to the client) goes to the real server as about its own packet. */
static __always_inline int rvs_fwd_nat_icmp(struct xdp_md *ctx, const struct rvs_pkt *p,
					    const struct rvs_backend *be, int *action)
{
	struct ethhdr *eth;
	int r;

	if (be->family != p->key.family)
		return RVS_DROP_BAD_BACKEND;
	r = rvs_nat_icmp_rewrite(ctx, p, 1, be->addr, be->port);
	if (r != RVS_PARSED)
		return r;
	eth = (void *)(long)ctx->data;
	if ((void *)(eth + 1) > (void *)(long)ctx->data_end)
		return RVS_DROP_MALFORMED;
	*action = rvs_to_backend(eth, be);
	return RVS_TX_ICMP;
}

/* An ICMP error a real server sent about a NAT flow's packet (client to
 * server) reaches the client as about the packet it sent to the VIP. */
static __always_inline int rvs_fwd_unnat_icmp(struct xdp_md *ctx, const struct rvs_pkt *p,
					      const struct rvs_nat_reverse *rv, int *action)
{
	struct ethhdr *eth;
	int r = rvs_nat_icmp_rewrite(ctx, p, 0, rv->vip, rv->vport);

	if (r != RVS_PARSED)
		return r;
	eth = (void *)(long)ctx->data;
	if ((void *)(eth + 1) > (void *)(long)ctx->data_end)
		return RVS_DROP_MALFORMED;
	*action = rvs_egress(eth, rv->vip_mac, rv->client_mac,
			     rv->ifindex == ctx->ingress_ifindex ? 0 : rv->ifindex);
	return RVS_TX_ICMP;
}

/* Real-server side of TUN: strips an outer IPv4/IPv6 header carrying IPIP
 * or IPv6 (no options, no fragment) and hands the inner packet on. */
static __always_inline int rvs_decap(struct xdp_md *ctx, struct rvs_pkt *p)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data, old;
	struct rvs_vlan_hdr vlan = {};
	__u8 inner;
	int outer;
	void *l3;

	p->len = end - data;
	if ((void *)(eth + 1) > end)
		return RVS_DROP_MALFORMED;
	__builtin_memcpy(&old, eth, sizeof(old));
	p->l3_off = ETH_HLEN;
	if (old.h_proto == bpf_htons(ETH_P_8021Q) || old.h_proto == bpf_htons(ETH_P_8021AD)) {
		struct rvs_vlan_hdr *vh = (void *)(eth + 1);

		if ((void *)(vh + 1) > end)
			return RVS_DROP_MALFORMED;
		vlan = *vh;
		p->l3_off += sizeof(*vh);
	}
	l3 = rvs_l3(data, p);
	if ((p->l3_off == ETH_HLEN ? old.h_proto : vlan.proto) == bpf_htons(ETH_P_IP)) {
		struct iphdr *ip = l3;

		if ((void *)(ip + 1) > end)
			return RVS_DROP_MALFORMED;
		if (ip->ihl != 5 || (ip->frag_off & bpf_htons(0x3fff)))
			return RVS_PASS_NOT_TUNNEL;
		inner = ip->protocol;
		outer = sizeof(*ip);
	} else if ((p->l3_off == ETH_HLEN ? old.h_proto : vlan.proto) == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = l3;

		if ((void *)(ip6 + 1) > end)
			return RVS_DROP_MALFORMED;
		inner = ip6->nexthdr;
		outer = sizeof(*ip6);
	} else {
		return RVS_PASS_NOT_TUNNEL;
	}
	if (inner != IPPROTO_IPIP && inner != IPPROTO_IPV6)
		return RVS_PASS_NOT_TUNNEL;
	if (bpf_xdp_adjust_head(ctx, outer))
		return RVS_DROP_ADJUST;
	if (!rvs_restore_l2(ctx, p, &old, vlan,
			    bpf_htons(inner == IPPROTO_IPIP ? ETH_P_IP : ETH_P_IPV6)))
		return RVS_DROP_MALFORMED;
	return RVS_PASS_DECAP;
}

/* The ICMPv4 "fragmentation needed" / ICMPv6 "packet too big" a client
 * gets for a packet with no room for the tunnel, sent back the way it came
 * from the VIP, quoting the IP header and 8 bytes. IPv4 without DF is
 * passed: a director cannot fragment it here. */
static __always_inline int rvs_too_big(struct xdp_md *ctx, const struct rvs_pkt *p, __u32 mtu,
				       int *action)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	int v4 = p->key.family == RVS_FAMILY_V4;
	int ip_len = v4 ? sizeof(struct iphdr) : sizeof(struct ipv6hdr);
	int new_len = p->l3_off + 2 * (ip_len + 8);
	struct ethhdr *eth = data;
	__u8 quote[sizeof(struct ipv6hdr) + 8];
	__u8 mac[ETH_ALEN];
	void *l3 = rvs_l3(data, p);
	__u16 *w;
	__u32 c;

	if (p->icmp_error)
		return RVS_PASS_OVERSIZED;
	if (v4) {
		struct iphdr *ip = l3;

		if ((void *)ip + sizeof(*ip) + 8 > end)
			return RVS_DROP_MALFORMED;
		if (!(ip->frag_off & bpf_htons(0x4000)))
			return RVS_PASS_OVERSIZED;
		__builtin_memcpy(quote, ip, sizeof(*ip) + 8);
	} else {
		if (l3 + sizeof(struct ipv6hdr) + 8 > end)
			return RVS_DROP_MALFORMED;
		__builtin_memcpy(quote, l3, sizeof(struct ipv6hdr) + 8);
	}
	if (bpf_xdp_adjust_tail(ctx, new_len - (int)(end - data)))
		return RVS_DROP_ADJUST;
	data = (void *)(long)ctx->data;
	end = (void *)(long)ctx->data_end;
	eth = data;
	if ((void *)(eth + 1) > end)
		return RVS_DROP_MALFORMED;
	__builtin_memcpy(mac, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, mac, ETH_ALEN);
	l3 = rvs_l3(data, p);
	if (v4) {
		struct iphdr *ip = l3;
		__u8 *icmp = (void *)(ip + 1);
		struct iphdr *orig = (void *)quote;

		if ((void *)icmp + 8 + sizeof(*ip) + 8 > end)
			return RVS_DROP_MALFORMED;
		ip->version = 4;
		ip->ihl = 5;
		ip->tos = 0;
		ip->tot_len = bpf_htons(sizeof(*ip) + 8 + sizeof(*ip) + 8);
		ip->id = 0;
		ip->frag_off = 0;
		ip->ttl = 64;
		ip->protocol = IPPROTO_ICMP;
		ip->saddr = orig->daddr;
		ip->daddr = orig->saddr;
		ip->check = 0;
		ip->check = rvs_ipv4_csum((__u16 *)ip);
		icmp[0] = RVS_ICMP_DEST_UNREACH;
		icmp[1] = 4; /* fragmentation needed */
		*(__u16 *)(icmp + 2) = 0; /* checksum */
		*(__u16 *)(icmp + 4) = 0; /* unused */
		*(__be16 *)(icmp + 6) = bpf_htons(mtu);
		__builtin_memcpy(icmp + 8, quote, sizeof(*ip) + 8);
		w = (__u16 *)icmp;
		c = 0;
#pragma unroll
		for (int i = 0; i < (8 + sizeof(struct iphdr) + 8) / 2; i++)
			c += w[i];
		*(__u16 *)(icmp + 2) = ~rvs_csum_fold(c);
	} else {
		struct ipv6hdr *ip6 = l3;
		__u8 *icmp = (void *)(ip6 + 1);
		struct ipv6hdr *orig = (void *)quote;

		if ((void *)icmp + 8 + sizeof(*ip6) + 8 > end)
			return RVS_DROP_MALFORMED;
		ip6->version = 6;
		ip6->priority = 0;
		ip6->flow_lbl[0] = 0;
		ip6->flow_lbl[1] = 0;
		ip6->flow_lbl[2] = 0;
		ip6->payload_len = bpf_htons(8 + sizeof(*ip6) + 8);
		ip6->nexthdr = IPPROTO_ICMPV6;
		ip6->hop_limit = 64;
		ip6->saddr = orig->daddr;
		ip6->daddr = orig->saddr;
		icmp[0] = ICMPV6_PKT_TOOBIG;
		icmp[1] = 0;
		*(__u16 *)(icmp + 2) = 0;
		*(__be32 *)(icmp + 4) = bpf_htonl(mtu);
		__builtin_memcpy(icmp + 8, quote, sizeof(*ip6) + 8);
		/* Pseudo-header: addresses, upper-layer length, next header. */
		w = (__u16 *)&ip6->saddr;
		c = bpf_htons(8 + sizeof(*ip6) + 8) + bpf_htons(IPPROTO_ICMPV6);
#pragma unroll
		for (int i = 0; i < 16; i++)
			c += w[i];
		w = (__u16 *)icmp;
#pragma unroll
		for (int i = 0; i < (8 + sizeof(struct ipv6hdr) + 8) / 2; i++)
			c += w[i];
		*(__u16 *)(icmp + 2) = ~rvs_csum_fold(c);
	}
	*action = XDP_TX;
	return RVS_TX_TOO_BIG;
}

#endif
