//! Cost of the sweeper: the BPF timer that walks the whole connection table
//! once a second, dropping expired flows and their connection counts. Needs
//! root.
//!
//! `cargo run --release -p rvs-xdp --example xdp_sweep`
//!
//! For each table size, fills the table through BPF_PROG_TEST_RUN with SYNs
//! of a connection-counting service (whose first flow starts the sweeper),
//! lets it sweep for a few seconds (nothing expires: SYN_RECV lasts 60 s),
//! and reads the time its passes took from the table's own counters.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use etherparse::PacketBuilder;
use rvs_xdp::abi::{Backend, Method, Sched, Service, ServiceKey};
use rvs_xdp::{Balancer, Options, Prog};

fn syn(client: SocketAddr, vip: SocketAddr) -> Vec<u8> {
    let (SocketAddr::V4(c), SocketAddr::V4(v)) = (client, vip) else {
        panic!("IPv4 addresses");
    };
    let mut out = Vec::new();
    PacketBuilder::ethernet2([2, 0, 0, 0, 0, 2], [2, 0, 0, 0, 0, 1])
        .ipv4(c.ip().octets(), v.ip().octets(), 64)
        .tcp(c.port(), v.port(), 1000, 64240)
        .syn()
        .write(&mut out, &[])
        .expect("building a packet");
    out
}

fn main() {
    let vip: SocketAddr = "198.18.0.100:80".parse().expect("literal");
    println!("table (flows asked, buckets), flows held: time a pass took (mean), CPU");
    for (size, fill) in [(65_536u32, 50_000u32), (262_144, 200_000)] {
        let mut b = Balancer::open(&Options {
            flows: size,
            ..Options::default()
        })
        .expect("loading needs root and BPF");
        for id in 0..3u8 {
            let rs = Backend::new(
                Ipv4Addr::new(198, 18, 1, id).into(),
                0,
                [2, 0, 0, 0, 1, id],
                Method::Dr,
            );
            b.set_backend(u32::from(id), &rs).expect("backend");
        }
        b.set_ring(0, &[0, 1, 2]).expect("ring");
        let svc = Service {
            ring_len: 3,
            sched: Sched::Wlc as u8,
            ..Service::default()
        };
        b.set_service(&ServiceKey::new(vip, 6), &svc)
            .expect("service");
        for i in 0..fill {
            let [_, x, y, z] = i.to_be_bytes();
            let client = SocketAddr::from(([198, 19, x, y], 10_000 + u16::from(z)));
            b.test_run(Prog::Balancer, &syn(client, vip))
                .expect("BPF_PROG_TEST_RUN");
        }
        let held = b.connections().expect("listing flows").len();
        let before = b.flow_stats().expect("flow table counters");
        std::thread::sleep(Duration::from_millis(5_500));
        let after = b.flow_stats().expect("flow table counters");
        let sweeps = after.sweeps - before.sweeps;
        let ns = (after.sweep_ns - before.sweep_ns) / sweeps.max(1);
        println!(
            "({size}, {}), {held}: {sweeps} passes, {:?} each, {:.3}% of one core",
            rvs_xdp::flow_table::buckets_for(size),
            Duration::from_nanos(ns),
            ns as f64 / 1e9 * 100.0
        );
    }
}
