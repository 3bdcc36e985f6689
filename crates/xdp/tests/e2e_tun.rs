//! End to end: a client's TCP connection to the VIP is tunneled (IPIP) by
//! the director's XDP balancer to a real server whose XDP decap program
//! strips the tunnel (this kernel has no ipip module); full-size segments
//! make the director send ICMP "fragmentation needed". Needs root, BPF,
//! iproute2 and ethtool.
//!
//! ```text
//!  client ns          lan ns (bridge)          director ns: d0 + XDP balancer
//!  c0 198.18.40.1 ── lc   br0   ld ───────────  198.18.40.2, VIP 198.18.40.100
//!                           lr
//!                           └──── rs ns: r0 198.18.40.3 + XDP decap, VIP on lo
//! ```

mod common;

use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};

use common::lab::{lan_topology, request, serve};
use common::*;
use rvs_xdp::abi::{Method, Reason, Sched};
use rvs_xdp::{Balancer, Prog, XdpMode};

const VIP: &str = "198.18.40.100:80";

fn count(b: &Balancer, reason: Reason) -> u64 {
    b.reasons()
        .expect("reading reasons")
        .into_iter()
        .find(|(r, _)| *r == reason)
        .map_or(0, |(_, c)| c.packets)
}

#[test]
fn tcp_through_the_vip_by_tun() {
    let t = lan_topology("tun", "198.18.40");
    let mut b = open();
    backend(
        &mut b,
        0,
        sa("198.18.40.3:0").ip(),
        0,
        t.rs_mac,
        Method::Tun,
    );
    service(&mut b, 0, sa(VIP), TCP, Sched::Walk, 0, &[0]);
    let mut cfg = b.config().expect("reading config");
    cfg.tun_src4 = u32::from_ne_bytes([198, 18, 40, 2]);
    // The veth MTU: full-size packets have no room for the tunnel.
    cfg.mtu = 1500;
    b.set_config(&cfg).expect("writing config");
    t.lab.run_in(&t.director, || {
        b.attach(Prog::Balancer, "d0", XdpMode::Driver)
            .expect("attaching the balancer to d0")
    });
    t.lab.run_in(&t.lan, || {
        b.attach(Prog::Pass, "ld", XdpMode::Driver)
            .expect("attaching pass-through to d0's peer")
    });
    t.lab.run_in(&t.rs, || {
        b.attach(Prog::DecapTun, "r0", XdpMode::Driver)
            .expect("attaching decap to r0")
    });
    let listener = t.lab.run_in(&t.rs, || {
        TcpListener::bind("0.0.0.0:80").expect("binding port 80 in the real server")
    });
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve(listener, &stop));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let r =
                request(&t.lab, &t.client, sa(VIP), "one").expect("a connection through the VIP");
            assert_eq!(r, "rs: one");
            assert!(count(&b, Reason::TxTun) > 0, "requests were tunneled");
            assert!(count(&b, Reason::PassDecap) > 0, "and decapsulated");
            // Full-size segments get ICMP "fragmentation needed"; the client
            // lowers its path MTU to the VIP and sends them again, smaller.
            let long = "x".repeat(6000);
            let r = request(&t.lab, &t.client, sa(VIP), &long)
                .expect("a connection with full-size segments");
            assert_eq!(r, format!("rs: {long}"));
            assert!(
                count(&b, Reason::TxTooBig) > 0,
                "the client was told to send less"
            );
        }));
        stop.store(true, Ordering::Relaxed);
        if let Err(p) = result {
            std::panic::resume_unwind(p);
        }
    });
}
