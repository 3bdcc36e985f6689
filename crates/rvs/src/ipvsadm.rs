//! The table, stats and connections as `ipvsadm -Ln`, `-Ln --stats` and `-Lnc`
//! print them, column for column, so scripts that parse ipvsadm keep working.

use rvs_lb::{Connection, Persistence, RealStats, Scheduler, ServiceKey, ServiceStats, Table};
use std::fmt::Write;
use std::net::{IpAddr, SocketAddr};

/// ipvsadm's first line; `size` is the connection table's size.
fn header(size: u32) -> String {
    format!("IP Virtual Server version 1.2.1 (size={size})\n")
}

/// Which of ipvsadm's listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// `ipvsadm -Ln`.
    Table,
    /// `ipvsadm -Ln --stats`: totals.
    Stats,
    /// `ipvsadm -Ln --rate`: `stats` holds per-second rates.
    Rate,
}

/// `ipvsadm -Ln`, `-Ln --stats` or `-Ln --rate`.
pub fn list(table: &Table, stats: &[ServiceStats], size: u32, view: View) -> String {
    let mut out = header(size);
    let with_stats = view != View::Table;
    if view == View::Stats {
        out.push_str(
            "Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes\n  -> RemoteAddress:Port\n",
        );
    } else if view == View::Rate {
        out.push_str(
            "Prot LocalAddress:Port                 CPS    InPPS   OutPPS    InBPS   OutBPS\n  -> RemoteAddress:Port\n",
        );
    } else {
        out.push_str(
            "Prot LocalAddress:Port Scheduler Flags\n  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n",
        );
    }
    for (key, svc) in table.services() {
        let st = stats.iter().find(|s| s.key == *key);
        let name = service_name(key);
        if with_stats {
            let c = st.map(|s| s.counters).unwrap_or_default();
            let _ = writeln!(out, "{name:<33}{}", numbers(&c));
        } else {
            let _ = write!(out, "{name} {}", svc.config.scheduler.name());
            sched_flags(&mut out, svc.config.scheduler);
            if let Some(p) = svc.config.persistence {
                let _ = write!(out, " persistent {}", p.timeout_secs);
                mask(&mut out, key, p);
            }
            if svc.config.one_packet {
                out.push_str(" ops");
            }
            out.push('\n');
        }
        for (rk, rs) in &svc.reals {
            let dest = addr_port(rk.addr, rk.port);
            let rst: Option<&RealStats> = st.and_then(|s| s.reals.iter().find(|r| r.real == *rk));
            if with_stats {
                let c = rst.map(|r| r.counters).unwrap_or_default();
                let _ = writeln!(out, "  -> {dest:<28}{}", numbers(&c));
            } else {
                let (active, inactive) = rst.map_or((0, 0), |r| (r.active, r.inactive));
                let _ = writeln!(
                    out,
                    "  -> {dest:<28} {:<7} {:<6} {:<10} {:<10}",
                    rs.forwarding.ipvsadm_name(),
                    rs.weight,
                    active,
                    inactive
                );
            }
        }
    }
    out
}

/// `ipvsadm -Lnc`.
pub fn connections(conns: &[Connection]) -> String {
    let mut out =
        String::from("IPVS connection entries\npro expire state       source             virtual            destination\n");
    for c in conns {
        let proto = c.protocol.map_or("IP", |p| p.ipvsadm_name());
        let secs = c.expires_in.as_secs();
        let expire = format!("{:02}:{:02}", secs / 60, secs % 60);
        let _ = writeln!(
            out,
            "{proto:<3} {expire:<6} {:<11} {:<18} {:<18} {}",
            c.state.ipvsadm_name(),
            sock(c.client),
            sock(c.virtual_addr),
            sock(c.real)
        );
    }
    out
}

fn service_name(key: &ServiceKey) -> String {
    match *key {
        ServiceKey::Addr {
            vip,
            port,
            protocol,
        } => format!("{}  {}", protocol.ipvsadm_name(), addr_port(vip, port)),
        ServiceKey::Fwmark {
            mark,
            family: rvs_lb::Family::V4,
        } => format!("FWM  {mark}"),
        ServiceKey::Fwmark { mark, .. } => format!("FWM  {mark} IPv6"),
    }
}

/// sh and mh flags, as ipvsadm prints them: "(sh-fallback,sh-port)".
fn sched_flags(out: &mut String, sched: Scheduler) {
    let (prefix, port, fallback) = match sched {
        Scheduler::Sh { port, fallback } => ("sh", port, fallback),
        Scheduler::Mh { port, fallback } => ("mh", port, fallback),
        _ => return,
    };
    let flags: Vec<String> = [(fallback, "fallback"), (port, "port")]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, f)| format!("{prefix}-{f}"))
        .collect();
    if !flags.is_empty() {
        let _ = write!(out, " ({})", flags.join(","));
    }
}

/// ipvsadm prints a v4 granularity as a netmask, a v6 one as a prefix length,
/// and nothing for a whole address.
fn mask(out: &mut String, key: &ServiceKey, p: Persistence) {
    match key.family() {
        rvs_lb::Family::V4 if p.prefix_len < 32 => {
            let m = u32::MAX
                .checked_shl(32 - u32::from(p.prefix_len))
                .unwrap_or(0);
            let _ = write!(out, " mask {}", std::net::Ipv4Addr::from(m));
        }
        rvs_lb::Family::V6 if p.prefix_len < 128 => {
            let _ = write!(out, " mask {}", p.prefix_len);
        }
        _ => {}
    }
}

fn addr_port(addr: IpAddr, port: u16) -> String {
    sock(SocketAddr::new(addr, port))
}

fn sock(s: SocketAddr) -> String {
    // SocketAddr's Display already brackets v6 as ipvsadm does.
    s.to_string()
}

fn numbers(c: &rvs_lb::Counters) -> String {
    [
        c.conns,
        c.in_packets,
        c.out_packets,
        c.in_bytes,
        c.out_bytes,
    ]
    .iter()
    .map(|n| large(*n))
    .collect()
}

/// ipvsadm's 9-column numbers: exact below 10^8, then in thousands (K) below
/// 10^9, millions (M) below 10^11, billions (G) below 10^14, else trillions (T).
fn large(n: u64) -> String {
    if n < 100_000_000 {
        format!("{n:>9}")
    } else if n < 1_000_000_000 {
        format!("{:>8}K", n / 1_000)
    } else if n < 100_000_000_000 {
        format!("{:>8}M", n / 1_000_000)
    } else if n < 100_000_000_000_000 {
        format!("{:>8}G", n / 1_000_000_000)
    } else {
        format!("{:>8}T", n / 1_000_000_000_000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_lb::{
        ConnState, Counters, Forwarding, Protocol, RealKey, RealServer, Scheduler, Service,
        ServiceConfig,
    };
    use std::collections::BTreeMap;
    use std::time::Duration;

    fn key() -> ServiceKey {
        ServiceKey::Addr {
            vip: "198.18.0.10".parse().expect("v4"),
            port: 80,
            protocol: Protocol::Tcp,
        }
    }

    fn real(a: &str) -> RealKey {
        RealKey {
            addr: a.parse().expect("address literal"),
            port: 80,
        }
    }

    fn table() -> Table {
        let rs = |weight, forwarding| RealServer {
            forwarding,
            weight,
            upper_threshold: 0,
            lower_threshold: 0,
        };
        let mut t = Table::new();
        t.insert(
            key(),
            Service {
                config: ServiceConfig {
                    scheduler: Scheduler::Wrr,
                    persistence: Some(Persistence {
                        timeout_secs: 300,
                        prefix_len: 24,
                    }),
                    forwarding: Forwarding::Dr,
                    one_packet: false,
                    sorry_server: None,
                },
                reals: BTreeMap::from([
                    (real("198.18.1.1"), rs(3, Forwarding::Dr)),
                    (real("198.18.1.22"), rs(1, Forwarding::Nat)),
                ]),
            },
        );
        t
    }

    #[test]
    fn list_matches_ipvsadm_columns() {
        let stats = vec![ServiceStats {
            key: key(),
            counters: Counters::default(),
            reals: vec![RealStats {
                real: real("198.18.1.1"),
                counters: Counters::default(),
                active: 2,
                inactive: 1,
                persistent: 0,
            }],
        }];
        // Columns as ipvsadm 1.31 prints them (dest lines padded to their last column).
        let want = "IP Virtual Server version 1.2.1 (size=4096)\n\
Prot LocalAddress:Port Scheduler Flags\n\
\x20 -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n\
TCP  198.18.0.10:80 wrr persistent 300 mask 255.255.255.0\n\
\x20 -> 198.18.1.1:80                Route   3      2          1         \n\
\x20 -> 198.18.1.22:80               Masq    1      0          0         \n";
        assert_eq!(list(&table(), &stats, 4096, View::Table), want);
    }

    /// `ipvsadm -Ln` in the IPVS VM (Debian 12, ipvsadm 1.31) after:
    /// -A -t 198.18.0.10:80 -s wrr -p 300 -M 255.255.255.0, two reals (-g -w 3, -m -w 1);
    /// -A -t 198.18.0.11:443 -s sh -b sh-port; -A -u 198.18.0.12:53 -s rr -o;
    /// -A -u [2001:db8::1]:53 -s rr -p 60 -M 64 with -r [2001:db8::2]:53 -i; -A -f 7 -s rr.
    const IPVSADM_LN: &str = "IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  198.18.0.10:80 wrr persistent 300 mask 255.255.255.0
  -> 198.18.1.1:80                Route   3      0          0         
  -> 198.18.1.22:8080             Masq    1      0          0         
TCP  198.18.0.11:443 sh (sh-port)
UDP  198.18.0.12:53 rr ops
UDP  [2001:db8::1]:53 rr persistent 60 mask 64
  -> [2001:db8::2]:53             Tunnel  1      0          0         
FWM  7 rr
";

    #[test]
    fn list_is_what_ipvsadm_printed_for_the_same_services() {
        let mut t = table();
        let mut first = t.service(&key()).expect("the wrr service").clone();
        let nat = first
            .reals
            .remove(&real("198.18.1.22"))
            .expect("the NAT real");
        first.reals.insert(
            RealKey {
                addr: "198.18.1.22".parse().expect("v4"),
                port: 8080,
            },
            nat,
        );
        t.insert(key(), first);
        let cfg = |scheduler, persistence, one_packet| ServiceConfig {
            scheduler,
            persistence,
            forwarding: Forwarding::Dr,
            one_packet,
            sorry_server: None,
        };
        let addr = |vip: &str, port, protocol| ServiceKey::Addr {
            vip: vip.parse().expect("address literal"),
            port,
            protocol,
        };
        let sh = Scheduler::Sh {
            port: true,
            fallback: false,
        };
        t.insert(
            addr("198.18.0.11", 443, Protocol::Tcp),
            Service {
                config: cfg(sh, None, false),
                reals: BTreeMap::new(),
            },
        );
        t.insert(
            addr("198.18.0.12", 53, Protocol::Udp),
            Service {
                config: cfg(Scheduler::Rr, None, true),
                reals: BTreeMap::new(),
            },
        );
        let tun = Forwarding::Tun {
            kind: rvs_lb::TunnelKind::Ipip,
            csum: rvs_lb::TunnelCsum::NoCsum,
        };
        let p6 = Persistence {
            timeout_secs: 60,
            prefix_len: 64,
        };
        t.insert(
            addr("2001:db8::1", 53, Protocol::Udp),
            Service {
                config: cfg(Scheduler::Rr, Some(p6), false),
                reals: BTreeMap::from([(
                    RealKey {
                        addr: "2001:db8::2".parse().expect("v6"),
                        port: 53,
                    },
                    RealServer {
                        forwarding: tun,
                        weight: 1,
                        upper_threshold: 0,
                        lower_threshold: 0,
                    },
                )]),
            },
        );
        t.insert(
            ServiceKey::Fwmark {
                mark: 7,
                family: rvs_lb::Family::V4,
            },
            Service {
                config: cfg(Scheduler::Rr, None, false),
                reals: BTreeMap::new(),
            },
        );
        assert_eq!(list(&t, &[], 4096, View::Table), IPVSADM_LN);
    }

    #[test]
    fn both_sh_flags_print_fallback_first() {
        let mut out = String::new();
        sched_flags(
            &mut out,
            Scheduler::Mh {
                port: true,
                fallback: true,
            },
        );
        assert_eq!(out, " (mh-fallback,mh-port)");
    }

    #[test]
    fn stats_are_right_aligned_and_scaled() {
        let c = Counters {
            conns: 1,
            in_packets: 6,
            out_packets: 0,
            in_bytes: 363,
            out_bytes: 123_456_789_012,
        };
        let stats = vec![ServiceStats {
            key: key(),
            counters: c,
            reals: vec![],
        }];
        let out = list(&table(), &stats, 4096, View::Stats);
        let line = out.lines().nth(3).expect("service line");
        assert_eq!(
            line,
            "TCP  198.18.0.10:80                      1        6        0      363     123G"
        );
        assert_eq!(
            out.lines().nth(4).expect("real line"),
            "  -> 198.18.1.1:80                       0        0        0        0        0"
        );
    }

    /// `ipvsadm -Ln --rate` in the IPVS VM (ipvsadm 1.31) for one TCP service with
    /// one real, before any traffic.
    #[test]
    fn rate_header_and_columns_match_ipvsadm() {
        let want = "IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port                 CPS    InPPS   OutPPS    InBPS   OutBPS
  -> RemoteAddress:Port
TCP  198.18.0.10:80                      0        0        0        0        0
  -> 198.18.1.1:80                       0        0        0        0        0
  -> 198.18.1.22:80                      0        0        0        0        0
";
        assert_eq!(list(&table(), &[], 4096, View::Rate), want);
    }

    #[test]
    fn connections_print_like_lnc() {
        let c = Connection {
            protocol: Some(Protocol::Tcp),
            expires_in: Duration::from_secs(899),
            state: ConnState::Established,
            template: false,
            client: "198.18.2.1:40000".parse().expect("sockaddr"),
            virtual_addr: "198.18.0.10:80".parse().expect("sockaddr"),
            real: "198.18.1.1:80".parse().expect("sockaddr"),
        };
        assert_eq!(
            connections(&[c]).lines().nth(2).expect("entry"),
            "TCP 14:59  ESTABLISHED 198.18.2.1:40000   198.18.0.10:80     198.18.1.1:80"
        );
    }
}
