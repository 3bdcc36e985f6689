//! End to end: a client's TCP connection to the VIP crosses the director's
//! XDP balancer (DR) to a real server, survives the balancer process going
//! away (pinned link and maps), is adopted by a new one, and stops when the
//! program is detached. Needs root, BPF, iproute2 and ethtool.
//!
//! ```text
//!  client ns          lan ns (bridge)          director ns: d0 + XDP balancer
//!  c0 198.18.10.1 ── lc   br0   ld ───────────  198.18.10.2, VIP 198.18.10.100
//!                           lr
//!                           └──── rs ns: r0 198.18.10.3, VIP on lo (arp_ignore)
//! ```

mod common;

use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};

use common::lab::{lan_topology, request, serve, Bpffs, LanTopology};
use common::*;
use rvs_xdp::abi::{Method, Reason, Sched};
use rvs_xdp::{Balancer, Options, Prog, XdpMode};

const VIP: &str = "198.18.10.100:80";

fn tx_dr(b: &Balancer) -> u64 {
    b.reasons()
        .expect("reading reasons")
        .into_iter()
        .find(|(r, _)| *r == Reason::TxDr)
        .map_or(0, |(_, c)| c.packets)
}

fn attach_all(t: &LanTopology, b: &mut Balancer) {
    t.lab.run_in(&t.director, || {
        b.attach(Prog::Balancer, "d0", XdpMode::Driver)
            .expect("attaching the balancer to d0")
    });
    t.lab.run_in(&t.lan, || {
        b.attach(Prog::Pass, "ld", XdpMode::Driver)
            .expect("attaching the pass-through program to d0's peer")
    });
}

#[test]
fn tcp_through_the_vip_by_dr() {
    let fs = Bpffs::mount("e2e");
    let opts = Options {
        pin_dir: Some(fs.instance(&format!("rvs-t-{}", std::process::id()))),
        ..small()
    };
    let t = lan_topology("dr", "198.18.10");
    // Bound before any request; the socket stays in the real server's
    // namespace after the thread that made it leaves.
    let listener = t.lab.run_in(&t.rs, || {
        TcpListener::bind("0.0.0.0:80").expect("binding port 80 in the real server")
    });
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve(listener, &stop));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut b = Balancer::open(&opts)
                .unwrap_or_else(|e| panic!("loading the XDP programs needs root with BPF: {e:?}"));
            backend(&mut b, 0, sa("198.18.10.3:0").ip(), 0, t.rs_mac, Method::Dr);
            service(&mut b, 0, sa(VIP), TCP, Sched::Walk, 0, &[0]);
            attach_all(&t, &mut b);

            let r =
                request(&t.lab, &t.client, sa(VIP), "one").expect("a connection through the VIP");
            assert_eq!(r, "rs: one");
            assert!(tx_dr(&b) > 0, "the packets went through XDP");
            assert!(
                !b.connections().expect("listing").is_empty(),
                "the connection is in the table"
            );
            let before = tx_dr(&b);
            drop(b);

            let r = request(&t.lab, &t.client, sa(VIP), "two")
                .expect("traffic while no rvs process runs");
            assert_eq!(r, "rs: two");

            let mut b = Balancer::open(&opts).expect("reopening with pinned maps");
            attach_all(&t, &mut b);
            let r =
                request(&t.lab, &t.client, sa(VIP), "three").expect("a connection after adoption");
            assert_eq!(r, "rs: three");
            assert!(
                tx_dr(&b) > before,
                "the adopted counters count the traffic of both processes"
            );

            t.lab.run_in(&t.director, || {
                b.detach(Prog::Balancer, "d0").expect("detaching")
            });
            t.lab
                .run_in(&t.lan, || b.detach(Prog::Pass, "ld").expect("detaching"));
            assert!(
                request(&t.lab, &t.client, sa(VIP), "four").is_err(),
                "without the balancer the director itself refuses port 80"
            );
        }));
        stop.store(true, Ordering::Relaxed);
        if let Err(p) = result {
            std::panic::resume_unwind(p);
        }
    });
}
