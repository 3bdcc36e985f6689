/* The XDP programs of rvs. Control flow only; the work is in the headers.
 * They live in one object so that they share its maps. */
#include "rvs_maps.h"
#include "parse.h"
#include "flow.h"
#include "forward.h"
#include "verdict.h"

/* The service of a packet that is not (or no longer) part of a live flow
 * of it; NULL when there is none. */
static __always_inline struct rvs_service *rvs_service_of(const struct rvs_pkt *p)
{
	struct rvs_service_key sk;

	__builtin_memcpy(sk.addr, p->key.dst, 16);
	sk.port = p->key.dport;
	sk.proto = p->key.proto;
	sk.family = p->key.family;
	return bpf_map_lookup_elem(&services, &sk);
}

/* Client side: packets for a service go to a real server. A packet of a
 * live flow whose service still stands goes by the flow alone; the others
 * look their service up, then schedule. */
SEC("xdp")
int rvs_balancer(struct xdp_md *ctx)
{
	struct rvs_pkt p = {};
	struct rvs_service *svc = 0;
	struct rvs_backend *be;
	struct rvs_config *cfg;
	struct rvs_flow_ref ref = {};
	struct rvs_flow *f = 0;
	__u32 backend, sid, zero = 0, reopen = 0;
	int r, new_conn = 0, action = XDP_DROP;
	__u64 now;

	r = rvs_parse(ctx, &p);
	if (r != RVS_PARSED)
		return rvs_stop(&p, r);
	if (!rvs_maybe_service(&p))
		return rvs_pass(&p, RVS_PASS_NOT_SERVICE);
	if (!p.icmp_error)
		rvs_flow_ref(&p.key, &ref);
	cfg = bpf_map_lookup_elem(&config, &zero);
	if (!cfg)
		return rvs_drop(&p, RVS_DROP_NO_BACKEND);
	now = bpf_ktime_get_coarse_ns();
	/* A SYN is most likely a new flow's: its service is looked up while
	 * the flow's bucket comes from memory. */
	if (rvs_opens_flow(&p))
		svc = rvs_service_of(&p);
	f = rvs_flow_live(&p, cfg, now, &ref);
	if (f && svc && rvs_flow_reopened(&p, f, svc)) {
		f = 0;
		reopen = 1;
	}
	if (f && rvs_service_holds(f->service, &p)) {
		sid = f->service;
		backend = rvs_flow_continue(&p, f, now);
	} else {
		if (!svc)
			svc = rvs_service_of(&p);
		if (!svc)
			return rvs_pass(&p, RVS_PASS_NOT_SERVICE);
		sid = svc->id;
		if (p.icmp_error) {
			r = rvs_flow_quoted(&p, svc, cfg, now, &backend);
		} else if (f) {
			backend = rvs_flow_continue(&p, f, now);
		} else {
			r = rvs_flow_new(&p, svc, now, &ref, reopen, &backend);
			new_conn = 1;
		}
		if (r != RVS_PARSED)
			return rvs_stop(&p, r);
	}
	be = bpf_map_lookup_elem(&backends, &backend);
	if (!be || !be->present)
		return rvs_drop(&p, RVS_DROP_BAD_BACKEND);
	switch (be->method) {
	case RVS_METHOD_DR:
		r = rvs_fwd_dr(ctx, &p, be, &action);
		break;
	case RVS_METHOD_TUN:
		r = rvs_fwd_tun(ctx, &p, be, cfg, &action);
		if (r == RVS_PASS_OVERSIZED)
			r = rvs_too_big(ctx, &p, cfg->mtu - rvs_tun_overhead(be), &action);
		break;
	case RVS_METHOD_NAT:
		if (p.icmp_error)
			r = rvs_fwd_nat_icmp(ctx, &p, be, &action);
		else
			r = rvs_fwd_nat(ctx, &p, be, backend, sid, new_conn, &action);
		break;
	default:
		r = RVS_DROP_BAD_BACKEND;
	}
	if (r < RVS_TX_DR)
		return rvs_stop(&p, r);
	if (r == RVS_TX_TOO_BIG)
		return rvs_exit(&p, r, action);
	if (p.icmp_error)
		r = RVS_TX_ICMP;
	rvs_stats_add(&service_stats, sid, &p, new_conn, 0);
	rvs_stats_add(&backend_stats, backend, &p, new_conn, 0);
	return rvs_exit(&p, r, action);
}

/* Real-server side of NAT: replies get the VIP back as their source and
 * leave towards the client. */
SEC("xdp")
int rvs_unnat(struct xdp_md *ctx)
{
	struct rvs_pkt p = {};
	struct rvs_nat_reverse *rv;
	int r, action = XDP_DROP;

	r = rvs_parse(ctx, &p);
	if (r != RVS_PARSED)
		return rvs_stop(&p, r);
	rv = bpf_map_lookup_elem(&nat_flows, &p.key);
	if (!rv)
		return rvs_pass(&p, RVS_PASS_NOT_NAT_REPLY);
	if (p.icmp_error)
		r = rvs_fwd_unnat_icmp(ctx, &p, rv, &action);
	else
		r = rvs_fwd_unnat(ctx, &p, rv, &action);
	if (r < RVS_TX_DR)
		return rvs_stop(&p, r);
	rvs_stats_add(&service_stats, rv->service, &p, 0, 1);
	rvs_stats_add(&backend_stats, rv->backend, &p, 0, 1);
	return rvs_exit(&p, r, action);
}

/* Real-server side of TUN: IPIP/IP6IP6 packets lose their outer header
 * and go up the stack, so a real server needs no tunnel device. */
SEC("xdp")
int rvs_decap_tun(struct xdp_md *ctx)
{
	struct rvs_pkt p = {};

	return rvs_stop(&p, rvs_decap(ctx, &p));
}

/* Passes everything. Frames sent with XDP_TX or redirected to a veth are
 * dropped unless its peer runs an XDP program too; this is that program. */
SEC("xdp")
int rvs_passthrough(struct xdp_md *ctx)
{
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
