//! End to end: a client's TCP connection to the VIP is NATed by the
//! director's XDP balancer to a real server on another interface, and the
//! replies are un-NATed by the second program. Needs root, BPF, iproute2 and
//! ethtool.
//!
//! ```text
//!  client ns             director ns                          rs ns
//!  c0 198.18.20.1 ─── d0 198.18.20.2   d1 198.18.21.1 ─── r0 198.18.21.2:8080
//!                        VIP .100:80                          (gateway d1)
//!                        rvs_balancer    rvs_unnat
//! ```

mod common;

use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};

use common::lab::{cmd, parse_mac, request, serve, Lab};
use common::*;
use rvs_xdp::abi::{Backend, Method, Reason, Sched};
use rvs_xdp::{Balancer, Prog, XdpMode};

const VIP: &str = "198.18.20.100:80";

fn count(b: &Balancer, reason: Reason) -> u64 {
    b.reasons()
        .expect("reading reasons")
        .into_iter()
        .find(|(r, _)| *r == reason)
        .map_or(0, |(_, c)| c.packets)
}

#[test]
fn tcp_through_the_vip_by_nat() {
    let mut lab = Lab::new("nat");
    let client = lab.ns("cl");
    let director = lab.ns("dir");
    let rs = lab.ns("rs");
    cmd(&[
        "ip", "link", "add", "c0", "netns", &client, "type", "veth", "peer", "name", "d0", "netns",
        &director,
    ]);
    cmd(&[
        "ip", "link", "add", "r0", "netns", &rs, "type", "veth", "peer", "name", "d1", "netns",
        &director,
    ]);
    // Frames sent by XDP lose the checksum offload state: both ends send
    // complete checksums and no GSO super-packets.
    lab.sh(
        &client,
        "ip addr add 198.18.20.1/24 dev c0; ip link set c0 up; \
         ethtool -K c0 tx off tso off gso off >/dev/null",
    );
    lab.sh(
        &director,
        "ip addr add 198.18.20.2/24 dev d0; ip addr add 198.18.20.100/32 dev d0; \
         ip addr add 198.18.21.1/24 dev d1; ip link set d0 up; ip link set d1 up",
    );
    lab.sh(
        &rs,
        "ip addr add 198.18.21.2/24 dev r0; ip link set r0 up; \
         ip route add default via 198.18.21.1; \
         ethtool -K r0 tx off tso off gso off >/dev/null",
    );
    let rs_mac = parse_mac(lab.sh(&rs, "cat /sys/class/net/r0/address").trim());
    let d1_mac = parse_mac(lab.sh(&director, "cat /sys/class/net/d1/address").trim());
    let d1_index: u32 = lab
        .sh(&director, "cat /sys/class/net/d1/ifindex")
        .trim()
        .parse()
        .expect("an ifindex");

    let mut b = open();
    let be =
        Backend::new(sa("198.18.21.2:0").ip(), 8080, rs_mac, Method::Nat).via(d1_index, d1_mac);
    b.set_backend(0, &be).expect("setting the backend");
    service(&mut b, 0, sa(VIP), TCP, Sched::Walk, 0, &[0]);
    lab.run_in(&director, || {
        b.attach(Prog::Balancer, "d0", XdpMode::Driver)
            .expect("attaching the balancer to d0");
        b.attach(Prog::Unnat, "d1", XdpMode::Driver)
            .expect("attaching un-NAT to d1");
    });
    // Redirected frames reach a veth's peer only if it runs XDP too.
    lab.run_in(&client, || {
        b.attach(Prog::Pass, "c0", XdpMode::Driver)
            .expect("attaching pass-through to c0")
    });
    lab.run_in(&rs, || {
        b.attach(Prog::Pass, "r0", XdpMode::Driver)
            .expect("attaching pass-through to r0")
    });

    let listener = lab.run_in(&rs, || {
        TcpListener::bind("0.0.0.0:8080").expect("binding port 8080 in the real server")
    });
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve(listener, &stop));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let r = request(&lab, &client, sa(VIP), "one").expect("a connection through the VIP");
            assert_eq!(r, "rs: one");
            assert!(count(&b, Reason::TxNat) > 0, "requests were NATed by XDP");
            assert!(
                count(&b, Reason::TxUnnat) > 0,
                "replies were un-NATed by XDP"
            );
            assert_eq!(b.nat_reverse().expect("listing NAT flows").len(), 1);
            let r = request(&lab, &client, sa(VIP), "two").expect("a second connection");
            assert_eq!(r, "rs: two");
        }));
        stop.store(true, Ordering::Relaxed);
        if let Err(p) = result {
            std::panic::resume_unwind(p);
        }
    });
}
