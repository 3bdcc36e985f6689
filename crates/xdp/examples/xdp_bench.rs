//! Per-packet cost of the balancer through BPF_PROG_TEST_RUN, against the
//! pass-through program measured the same way in the same run. Needs root.
//!
//! `cargo run --release -p rvs-xdp --example xdp_bench`
//!
//! Each packet is one run with repeat = 1: a repeat would feed the already
//! rewritten packet back in. The kernel's own duration of each run is used,
//! so syscall overhead is left out. The kernel measures each run to 10 ns or
//! so, hence the mean beside the median.

use std::net::SocketAddr;
use std::time::Duration;

use etherparse::PacketBuilder;
use rvs_xdp::abi::{Backend, Method, Sched, Service, ServiceKey, SVC_THRESHOLDS};
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

/// Median and mean of kernel-measured durations.
#[derive(Clone, Copy)]
struct Cost {
    median: Duration,
    mean: Duration,
}

/// Runs `prog` once on each packet.
fn measure(b: &Balancer, prog: Prog, packets: &[Vec<u8>]) -> Cost {
    let mut d: Vec<Duration> = packets
        .iter()
        .map(|p| b.test_run(prog, p).expect("BPF_PROG_TEST_RUN").duration)
        .collect();
    d.sort();
    let total: Duration = d.iter().sum();
    Cost {
        median: d[d.len() / 2],
        mean: total / d.len() as u32,
    }
}

/// A balancer with one TCP service on `vip` whose `n` backends, reached by
/// `method`, are scheduled by `sched`, over a connection table that holds
/// every flow the run makes (no eviction).
fn balancer(vip: SocketAddr, n: u32, sched: Sched, method: Method) -> Balancer {
    with_thresholds(vip, n, sched, method, 0)
}

/// The same, every real with upper threshold `upper` (0: none), which the
/// run never reaches: the cost of keeping the overload marks.
fn with_thresholds(vip: SocketAddr, n: u32, sched: Sched, method: Method, upper: u32) -> Balancer {
    let opts = Options {
        flows: 262_144,
        ..Options::default()
    };
    let mut b = Balancer::open(&opts).expect("loading needs root and BPF");
    let ids: Vec<u32> = (0..n).collect();
    for id in &ids {
        let [x, y] = (*id as u16).to_be_bytes();
        let rs = Backend::new(
            std::net::Ipv4Addr::new(198, 18, 1 + x, y).into(),
            0,
            [2, 0, 0, 0, x, y],
            method,
        )
        .weighted(1 + id % 3)
        .thresholds(upper, 0);
        b.set_backend(*id, &rs).expect("backend");
    }
    b.set_ring(0, &ids).expect("ring");
    let svc = Service {
        ring_len: n,
        sched: sched as u8,
        flags: if upper > 0 { SVC_THRESHOLDS } else { 0 },
        ..Service::default()
    };
    b.set_service(&ServiceKey::new(vip, 6), &svc)
        .expect("service");
    b
}

/// SYNs of `RUNS` new flows, from as many client ports.
fn syns(vip: SocketAddr) -> Vec<Vec<u8>> {
    (0..RUNS)
        .map(|i| {
            let client = SocketAddr::from(([198, 19, (i >> 16) as u8, 1], (i & 0xffff) as u16));
            frame(client, vip, true)
        })
        .collect()
}

fn main() {
    let vip: SocketAddr = "198.18.0.100:80".parse().expect("literal");
    let client: SocketAddr = "198.19.0.1:40000".parse().expect("literal");
    let b = balancer(vip, 1, Sched::Walk, Method::Dr);
    b.test_run(Prog::Balancer, &frame(client, vip, true))
        .expect("the SYN that makes the flow");
    let nat = balancer(vip, 1, Sched::Walk, Method::Nat);
    nat.test_run(Prog::Balancer, &frame(client, vip, true))
        .expect("the SYN that makes the flow");
    let ack = vec![frame(client, vip, false); RUNS];
    let other = vec![frame(client, "198.18.0.200:80".parse().expect("literal"), false); RUNS];
    let base = measure(&b, Prog::Pass, &ack);
    let mut cases = vec![
        ("DR, established flow", measure(&b, Prog::Balancer, &ack)),
        ("not a service", measure(&b, Prog::Balancer, &other)),
        (
            "DR, new flow (SYN, rr)",
            measure(
                &balancer(vip, 1, Sched::Walk, Method::Dr),
                Prog::Balancer,
                &syns(vip),
            ),
        ),
        ("NAT, established flow", measure(&nat, Prog::Balancer, &ack)),
        (
            "NAT, new flow (SYN, rr)",
            measure(
                &balancer(vip, 1, Sched::Walk, Method::Nat),
                Prog::Balancer,
                &syns(vip),
            ),
        ),
    ];
    for (n, name) in [
        (3, "DR, new flow (SYN, wlc, 3 reals)"),
        (32, "DR, new flow (SYN, wlc, 32 reals)"),
        (256, "DR, new flow (SYN, wlc, 256 reals)"),
    ] {
        let b = balancer(vip, n, Sched::Wlc, Method::Dr);
        cases.push((name, measure(&b, Prog::Balancer, &syns(vip))));
    }
    for (sched, name) in [
        (
            Sched::Walk,
            "DR, new flow (SYN, rr, 3 reals with thresholds)",
        ),
        (
            Sched::Wlc,
            "DR, new flow (SYN, wlc, 3 reals with thresholds)",
        ),
    ] {
        let b = with_thresholds(vip, 3, sched, Method::Dr, 1_000_000);
        cases.push((name, measure(&b, Prog::Balancer, &syns(vip))));
    }
    println!("runs per case: {RUNS} (kernel-measured durations: median, mean)");
    println!(
        "pass-through baseline: {:?}, mean {:?}",
        base.median, base.mean
    );
    for (what, c) in cases {
        let ratio = c.median.as_nanos() as f64 / base.median.as_nanos().max(1) as f64;
        println!(
            "{what}: {:?} ({ratio:.1}x baseline, +{:?}), mean {:?} (+{:?})",
            c.median,
            c.median.saturating_sub(base.median),
            c.mean,
            c.mean.saturating_sub(base.mean)
        );
    }
}
