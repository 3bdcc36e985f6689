//! Per-packet cost of the balancer through BPF_PROG_TEST_RUN, against the
//! pass-through program measured the same way in the same run. Needs root.
//!
//! `cargo run --release -p rvs-xdp --example xdp_bench`
//!
//! Each packet is one run with repeat = 1: a repeat would feed the already
//! rewritten packet back in. The kernel's own duration of each run is used,
//! so syscall overhead is left out.

use std::net::SocketAddr;
use std::time::Duration;

use etherparse::PacketBuilder;
use rvs_xdp::abi::{Backend, Method, Sched, Service, ServiceKey};
use rvs_xdp::{Balancer, Options, Prog};

const RUNS: usize = 20_000;

fn frame(client: SocketAddr, vip: SocketAddr, syn: bool) -> Vec<u8> {
    let (SocketAddr::V4(c), SocketAddr::V4(v)) = (client, vip) else {
        panic!("IPv4 addresses");
    };
    let b = PacketBuilder::ethernet2([2, 0, 0, 0, 0, 2], [2, 0, 0, 0, 0, 1])
        .ipv4(c.ip().octets(), v.ip().octets(), 64)
        .tcp(c.port(), v.port(), 1000, 64240);
    let b = if syn { b.syn() } else { b.ack(1) };
    let mut out = Vec::new();
    b.write(&mut out, &[0u8; 64]).expect("building a packet");
    out
}

/// Median kernel-measured duration of `RUNS` runs of `prog` on `packet`.
fn median(b: &Balancer, prog: Prog, packet: &[u8]) -> Duration {
    let mut d: Vec<Duration> = (0..RUNS)
        .map(|_| {
            b.test_run(prog, packet)
                .expect("BPF_PROG_TEST_RUN")
                .duration
        })
        .collect();
    d.sort();
    d[RUNS / 2]
}

fn main() {
    let mut b = Balancer::open(&Options::default()).expect("loading needs root and BPF");
    let vip: SocketAddr = "198.18.0.100:80".parse().expect("literal");
    let client: SocketAddr = "198.19.0.1:40000".parse().expect("literal");
    let rs = Backend::new(
        "198.18.1.1".parse().expect("literal"),
        0,
        [2, 0, 0, 0, 0, 3],
        Method::Dr,
    );
    b.set_backend(0, &rs).expect("backend");
    b.set_ring(0, &[0]).expect("ring");
    let svc = Service {
        ring_len: 1,
        sched: Sched::Walk as u8,
        ..Service::default()
    };
    b.set_service(&ServiceKey::new(vip, 6), &svc)
        .expect("service");
    b.test_run(Prog::Balancer, &frame(client, vip, true))
        .expect("the SYN that makes the flow");
    let ack = frame(client, vip, false);
    let other = frame(client, "198.18.0.200:80".parse().expect("literal"), false);
    let base = median(&b, Prog::Pass, &ack);
    let established = median(&b, Prog::Balancer, &ack);
    let not_service = median(&b, Prog::Balancer, &other);
    println!("runs per case: {RUNS} (median of kernel-measured durations)");
    println!("pass-through baseline: {base:?}");
    for (what, d) in [
        ("DR, established flow", established),
        ("not a service", not_service),
    ] {
        let ratio = d.as_nanos() as f64 / base.as_nanos().max(1) as f64;
        println!(
            "{what}: {d:?} ({ratio:.1}x baseline, +{:?})",
            d.saturating_sub(base)
        );
    }
}
