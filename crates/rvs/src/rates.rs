//! Per-second rates from two samples of the counters, for `rvs ls --rate`.
//!
//! IPVS keeps a rate estimator in the kernel (an average over 2 s samples); the XDP
//! data plane keeps plain counters, so `rvs ls --rate` samples them twice and divides
//! the difference by the time between the samples.

use rvs_lb::{Counters, RealStats, ServiceStats};
use std::time::Duration;

/// The rates between `before` and `after`, taken `elapsed` apart, in the shape of
/// `after` (services or reals missing from `before` count from zero).
pub fn per_second(
    before: &[ServiceStats],
    after: &[ServiceStats],
    elapsed: Duration,
) -> Vec<ServiceStats> {
    let secs = elapsed.as_secs_f64();
    after
        .iter()
        .map(|s| {
            let prev = before.iter().find(|b| b.key == s.key);
            ServiceStats {
                key: s.key,
                counters: rate(prev.map(|p| &p.counters), &s.counters, secs),
                reals: s
                    .reals
                    .iter()
                    .map(|r| {
                        let pr = prev.and_then(|p| p.reals.iter().find(|x| x.real == r.real));
                        RealStats {
                            counters: rate(pr.map(|p| &p.counters), &r.counters, secs),
                            ..*r
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

fn rate(before: Option<&Counters>, after: &Counters, secs: f64) -> Counters {
    let zero = Counters::default();
    let b = before.unwrap_or(&zero);
    // Counters reset by `ipvsadm -Z`-like zeroing between samples count from zero.
    let per = |a: u64, b: u64| {
        let d = if a >= b { a - b } else { a };
        if secs > 0.0 {
            (d as f64 / secs).round() as u64
        } else {
            0
        }
    };
    Counters {
        conns: per(after.conns, b.conns),
        in_packets: per(after.in_packets, b.in_packets),
        out_packets: per(after.out_packets, b.out_packets),
        in_bytes: per(after.in_bytes, b.in_bytes),
        out_bytes: per(after.out_bytes, b.out_bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_lb::{Protocol, RealKey, ServiceKey};

    fn stats(conns: u64, bytes: u64) -> Vec<ServiceStats> {
        let c = Counters {
            conns,
            in_packets: conns * 2,
            out_packets: 0,
            in_bytes: bytes,
            out_bytes: 0,
        };
        vec![ServiceStats {
            key: ServiceKey::Addr {
                vip: "198.18.0.10".parse().expect("v4"),
                port: 80,
                protocol: Protocol::Tcp,
            },
            counters: c,
            reals: vec![RealStats {
                real: RealKey {
                    addr: "198.18.1.1".parse().expect("v4"),
                    port: 80,
                },
                counters: c,
                active: 3,
                inactive: 1,
                persistent: 0,
            }],
        }]
    }

    #[test]
    fn differences_are_divided_by_the_interval() {
        let r = per_second(&stats(10, 1000), &stats(30, 5000), Duration::from_secs(2));
        assert_eq!(r[0].counters.conns, 10);
        assert_eq!(r[0].counters.in_packets, 20);
        assert_eq!(r[0].counters.in_bytes, 2000);
        assert_eq!(r[0].reals[0].counters.conns, 10);
        assert_eq!(
            r[0].reals[0].active, 3,
            "connection counts are the latest sample's"
        );
    }

    #[test]
    fn new_services_and_zeroed_counters_count_from_zero() {
        let r = per_second(&[], &stats(4, 0), Duration::from_secs(1));
        assert_eq!(r[0].counters.conns, 4);
        let r = per_second(&stats(100, 0), &stats(4, 0), Duration::from_secs(1));
        assert_eq!(r[0].counters.conns, 4);
    }
}
