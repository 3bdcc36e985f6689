//! Random valid LVS-side models print as keepalived.conf text that parses back
//! to the same model with no warning or error.

use proptest::collection::vec;
use proptest::prelude::*;
use rvs_config::model::lvs::check::{
    Checker, Connect, DnsType, Endpoint, HttpCheck, HttpProtocol, StatusRange, Timers, UdpCheck,
    Url,
};
use rvs_config::model::lvs::{
    Forwarding, GroupAddress, GroupFwmark, IpFamily, LvsConfig, Method, Protocol, RealServer,
    SchedFlag, Scheduler, Script, Service, SorryServer, Ssl, Tunnel, TunnelCsum, TunnelType,
    VirtualServer, VirtualServerGroup,
};
use rvs_config::model::{Config, Secs};
use rvs_config::{AnyHost, LexOptions, Severity};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

fn name() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9_]{0,8}"
}

fn script() -> impl Strategy<Value = Script> {
    (
        prop_oneof![
            "/nonexistent/[a-z]{1,6}",
            "/nonexistent/[a-z]{1,4} [a-z0-9]{1,4} [a-z]{1,3}"
        ],
        proptest::option::of((name(), proptest::option::of(name()))),
    )
        .prop_map(|(command, user)| Script {
            command,
            user: user.as_ref().map(|u| u.0.clone()),
            group: user.and_then(|u| u.1),
        })
}

/// A timer in microseconds, at least 1 µs.
fn timer(max_us: u64) -> impl Strategy<Value = Secs> {
    prop_oneof![
        (1..=max_us / 1_000_000).prop_map(Secs::from_secs),
        (1..=max_us).prop_map(Secs),
    ]
}

fn zero_timer() -> impl Strategy<Value = Secs> {
    prop_oneof![Just(Secs(0)), timer(1_000_000_000)]
}

fn address(v6: bool, i: u32) -> IpAddr {
    if v6 {
        IpAddr::V6(Ipv6Addr::new(
            0x2001,
            0xdb8,
            0,
            0,
            0,
            0,
            (i >> 16) as u16,
            i as u16,
        ))
    } else {
        IpAddr::V4(Ipv4Addr::from(0xc612_0000 + (i % 0x2_0000)))
    }
}

fn forwarding() -> impl Strategy<Value = Forwarding> {
    let tunnel = prop_oneof![
        Just(None),
        Just(Some(Tunnel {
            kind: TunnelType::Ipip,
            port: None,
            checksum: None
        })),
        (
            1u16..,
            proptest::option::of(prop_oneof![
                Just(TunnelCsum::Nocsum),
                Just(TunnelCsum::Csum),
                Just(TunnelCsum::Remcsum)
            ])
        )
            .prop_map(|(p, c)| Some(Tunnel {
                kind: TunnelType::Gue,
                port: Some(p),
                checksum: c
            })),
        proptest::option::of(prop_oneof![
            Just(TunnelCsum::Nocsum),
            Just(TunnelCsum::Csum)
        ])
        .prop_map(|c| Some(Tunnel {
            kind: TunnelType::Gre,
            port: None,
            checksum: c
        })),
    ];
    prop_oneof![
        Just(Forwarding {
            lvs_method: Method::Nat,
            tunnel: None
        }),
        Just(Forwarding {
            lvs_method: Method::Dr,
            tunnel: None
        }),
        tunnel.prop_map(|tunnel| Forwarding {
            lvs_method: Method::Tun,
            tunnel
        }),
    ]
}

fn timers() -> impl Strategy<Value = Timers> {
    (
        timer(4_294_967_295),
        0u32..10,
        zero_timer(),
        zero_timer(),
        timer(1_000_000_000),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(connect_timeout, retry, delay_before_retry, warmup, delay_loop, alpha, log)| Timers {
                connect_timeout,
                retry,
                delay_before_retry,
                warmup,
                delay_loop,
                alpha,
                log_all_failures: log,
            },
        )
}

fn endpoint() -> impl Strategy<Value = Endpoint> {
    (
        proptest::option::of((0u32..100).prop_map(|i| address(false, i))),
        proptest::option::of(1u16..),
        proptest::option::of((0u32..100).prop_map(|i| address(true, i))),
        proptest::option::of(1u16..),
        proptest::option::of(name()),
        proptest::option::of(any::<u32>()),
    )
        .prop_map(
            |(connect_ip, connect_port, bindto, bind_port, bind_if, fwmark)| Endpoint {
                connect_ip,
                connect_port,
                bindto,
                bind_port,
                bind_if,
                fwmark,
            },
        )
}

fn connect() -> impl Strategy<Value = Connect> {
    (endpoint(), timers()).prop_map(|(endpoint, timers)| Connect { endpoint, timers })
}

fn url() -> impl Strategy<Value = Url> {
    (
        "/[a-z0-9/._-]{0,12}",
        proptest::option::of("[0-9a-f]{32}"),
        vec(
            (100u16..600, 0u16..50).prop_map(|(f, d)| StatusRange {
                from: f,
                to: (f + d).min(599),
            }),
            1..3,
        ),
        proptest::option::of(name()),
        // keepalived 2.2.7 can crash on an invalid regex: keep them valid.
        proptest::option::of("[a-z][a-z.]{0,6}\\*?( [a-z]{1,3})?"),
        any::<bool>(),
        vec("[a-z_]{1,10}", 0..3),
        proptest::option::of(any::<u64>()),
        proptest::option::of(any::<u64>()),
        proptest::option::of((any::<u64>(), any::<u64>()).prop_map(|(a, b)| [a, b])),
    )
        .prop_map(
            |(path, digest, status_code, virtualhost, regex, nm, opts, min, max, stack)| Url {
                path,
                digest,
                status_code,
                virtualhost,
                regex,
                regex_no_match: nm,
                regex_options: opts,
                regex_min_offset: min,
                regex_max_offset: max,
                regex_stack: stack,
            },
        )
}

fn http() -> impl Strategy<Value = HttpCheck> {
    (
        prop_oneof![
            Just(HttpProtocol::V1_0),
            Just(HttpProtocol::V1_0C),
            Just(HttpProtocol::V1_1)
        ],
        proptest::option::of(name()),
        any::<bool>(),
        any::<bool>(),
        vec(url(), 1..3),
    )
        .prop_map(|(http_protocol, virtualhost, sni, fr, urls)| HttpCheck {
            http_protocol,
            virtualhost,
            enable_sni: sni,
            fast_recovery: fr,
            urls,
        })
}

/// Hex strings not ending in byte ff, which keepalived 2.2.7 cannot read.
fn hex(wild: bool) -> impl Strategy<Value = String> {
    if wild {
        "([0-9a-fx]{2}){0,7}[0-9a-fx][0-9a-ex]".boxed()
    } else {
        "([0-9a-f]{2}){0,7}[0-9a-f][0-9a-e]".boxed()
    }
}

fn checker() -> impl Strategy<Value = Checker> {
    prop_oneof![
        connect().prop_map(|conn| Checker::Tcp { conn }),
        connect().prop_map(|conn| Checker::Ping { conn }),
        (connect(), http()).prop_map(|(conn, http)| Checker::Http {
            conn,
            http: Box::new(http)
        }),
        (connect(), http()).prop_map(|(conn, http)| Checker::Ssl {
            conn,
            http: Box::new(http)
        }),
        (
            connect(),
            proptest::option::of(name()),
            vec(endpoint(), 0..2)
        )
            .prop_map(|(conn, helo_name, hosts)| Checker::Smtp {
                conn,
                helo_name,
                hosts: hosts.into()
            }),
        (
            connect(),
            proptest::sample::select(DnsType::ALL.to_vec()),
            prop_oneof![Just(".".to_string()), "[a-z]{2,6}(\\.[a-z]{1,6}){0,2}\\.?"]
        )
            .prop_map(|(conn, kind, name)| Checker::Dns { conn, kind, name }),
        (
            timers(),
            script(),
            proptest::option::of(1u64..1000),
            any::<bool>()
        )
            .prop_map(|(timers, misc_path, to, misc_dynamic)| Checker::Misc {
                misc_timeout: to.map(Secs::from_secs).unwrap_or(timers.delay_loop),
                timers,
                misc_path,
                misc_dynamic,
            }),
        (
            connect(),
            proptest::option::of(hex(false)),
            proptest::option::of(proptest::option::of(hex(true))),
            0u32..65536,
            0u32..65536
        )
            .prop_map(|(conn, payload, reply, min, max)| Checker::Udp {
                conn,
                udp: Box::new(UdpCheck {
                    payload,
                    require_reply: reply.is_some(),
                    reply: reply.flatten(),
                    min_reply_length: min.min(max),
                    max_reply_length: max,
                }),
            }),
        (name(), proptest::option::of((-254i32..=254, any::<bool>()))).prop_map(|(t, w)| {
            Checker::File {
                track_file: t,
                weight: w.map(|w| w.0),
                reverse: w.is_some_and(|w| w.1),
            }
        }),
    ]
}

#[allow(clippy::type_complexity)]
fn real_server() -> impl Strategy<Value = RealServer> {
    (
        (
            0u32..1000,
            1u16..,
            forwarding(),
            any::<bool>(),
            proptest::option::of(script()),
            proptest::option::of(script()),
            proptest::option::of(any::<u32>()),
            proptest::option::of(any::<u32>()),
        ),
        (
            any::<bool>(),
            timer(1_000_000_000),
            timer(4_294_967_295),
            proptest::option::of(1u32..10),
            proptest::option::of(zero_timer()),
            proptest::option::of(zero_timer()),
            proptest::option::of(any::<bool>()),
            proptest::option::of(name()),
            vec(checker(), 0..3),
        ),
    )
        .prop_map(|(a, b)| RealServer {
            address: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            weight: a.0,
            port: a.1,
            forwarding: a.2,
            inhibit_on_failure: a.3,
            notify_up: a.4.map(Box::new),
            notify_down: a.5.map(Box::new),
            uthreshold: a.6,
            lthreshold: a.7,
            alpha: b.0,
            delay_loop: b.1,
            connect_timeout: b.2,
            retry: b.3,
            delay_before_retry: b.4,
            warmup: b.5,
            smtp_alert: b.6,
            virtualhost: b.7,
            checkers: b.8,
        })
}

#[allow(clippy::type_complexity)]
fn virtual_server(groups: Vec<String>) -> impl Strategy<Value = VirtualServer> {
    let service = prop_oneof![
        (any::<bool>(), 0u32..1000, 1u16..).prop_map(|(v6, i, port)| Service::Address {
            address: address(v6, 0x8000 + i),
            port
        }),
        (1u32..).prop_map(|fwmark| Service::Fwmark { fwmark }),
        proptest::sample::select(if groups.is_empty() {
            vec!["none".to_string()]
        } else {
            groups.clone()
        })
        .prop_map(move |group| Service::Group { group }),
    ];
    (
        (
            service,
            prop_oneof![
                Just(Protocol::Tcp),
                Just(Protocol::Udp),
                Just(Protocol::Sctp)
            ],
            proptest::sample::select(Scheduler::ALL.to_vec()),
            proptest::sample::subsequence(SchedFlag::ALL.to_vec(), 0..=7),
            any::<bool>(),
            forwarding(),
            proptest::option::of((1u64..=2_678_400, proptest::option::of(1u8..=128))),
            proptest::option::of(Just("sip".to_string())),
            proptest::option::of(prop_oneof![Just(IpFamily::Inet), Just(IpFamily::Inet6)]),
            (any::<bool>(), any::<bool>(), any::<bool>()),
        ),
        (
            proptest::option::of(name()),
            (any::<u32>(), any::<u32>()),
            proptest::option::of(script()),
            proptest::option::of(script()),
            timer(1_000_000_000),
            timer(4_294_967_295),
            proptest::option::of(1u32..10),
            proptest::option::of(zero_timer()),
            proptest::option::of(zero_timer()),
            (any::<bool>(), proptest::option::of(any::<bool>())),
        ),
        proptest::option::of((any::<bool>(), forwarding(), 1u16..)),
        vec(real_server(), 1..4),
    )
        .prop_map(|(a, b, sorry, reals)| {
            let mut vs = VirtualServer {
                service: a.0,
                protocol: a.1,
                lb_algo: a.2,
                sched_flags: a.3,
                ops: a.4,
                forwarding: a.5,
                persistence_timeout: a.6.map(|p| Secs::from_secs(p.0)),
                persistence_granularity: a.6.and_then(|p| p.1),
                persistence_engine: a.7,
                ip_family: a.8,
                ha_suspend: a.9 .0,
                alpha: a.9 .1,
                omega: a.9 .2,
                virtualhost: b.0,
                quorum: b.1 .0,
                hysteresis: b.1 .1,
                quorum_up: b.2,
                quorum_down: b.3,
                delay_loop: b.4,
                connect_timeout: b.5,
                retry: b.6,
                delay_before_retry: b.7,
                warmup: b.8,
                inhibit_on_failure: b.9 .0,
                smtp_alert: b.9 .1,
                sorry_server: None,
                real_servers: reals,
            };
            normalise(&mut vs, sorry);
            vs
        })
}

/// Makes a random virtual server one that parsing can produce: values
/// inherited where the parser inherits them, and no combination keepalived
/// reports.
fn normalise(vs: &mut VirtualServer, sorry: Option<(bool, Forwarding, u16)>) {
    let v6 = match &vs.service {
        Service::Address { address, .. } => {
            vs.ip_family = None;
            address.is_ipv6()
        }
        _ => vs.ip_family == Some(IpFamily::Inet6),
    };
    let vport = match vs.service {
        Service::Address { port, .. } => port,
        _ => 0,
    };
    if matches!(vs.service, Service::Fwmark { .. }) {
        vs.protocol = Protocol::Tcp;
    }
    vs.ops &= vs.protocol == Protocol::Udp && !matches!(vs.service, Service::Fwmark { .. });
    vs.sched_flags
        .retain(|f| f.scheduler().is_none_or(|s| s == vs.lb_algo));
    if let Some(p) = vs.persistence_granularity {
        let max = if v6 { 128 } else { 32 };
        vs.persistence_granularity = Some(p.min(max));
    }
    if let Some((inhibit, forwarding, port)) = sorry {
        vs.sorry_server = Some(SorryServer {
            address: address(v6, 0xffff),
            // DR and TUN keep the virtual server's port (none for fwmarks
            // and groups).
            port: if forwarding.lvs_method != Method::Nat {
                vport
            } else {
                port
            },
            inhibit,
            forwarding,
        });
    }
    for (i, rs) in vs.real_servers.iter_mut().enumerate() {
        rs.address = address(v6, i as u32 + 1);
        if rs.forwarding.lvs_method != Method::Nat {
            // DR and TUN keep the destination port: the virtual server's, or
            // none for fwmark services.
            rs.port = vport;
        }
        rs.retry = rs.retry.or(vs.retry);
        rs.delay_before_retry = rs.delay_before_retry.or(vs.delay_before_retry);
        rs.warmup = rs.warmup.or(vs.warmup);
        rs.virtualhost = rs.virtualhost.take().or(vs.virtualhost.clone());
        for c in &mut rs.checkers {
            if let Checker::Http { http, .. } | Checker::Ssl { http, .. } = c {
                http.virtualhost = http.virtualhost.take().or(rs.virtualhost.clone());
            }
            match c {
                // MISC_CHECK has no connect_timeout of its own.
                Checker::Misc { timers, .. } => timers.connect_timeout = rs.connect_timeout,
                Checker::Tcp { conn }
                | Checker::Ping { conn }
                | Checker::Http { conn, .. }
                | Checker::Ssl { conn, .. }
                | Checker::Dns { conn, .. }
                | Checker::Udp { conn, .. } => same_family_bind(&mut conn.endpoint, rs.address),
                Checker::Smtp { conn, hosts, .. } => {
                    same_family_bind(&mut conn.endpoint, rs.address);
                    for h in hosts {
                        same_family_bind(h, rs.address);
                    }
                }
                _ => {}
            }
        }
    }
    let total: u64 = vs.real_servers.iter().map(|r| r.weight as u64).sum();
    if total == 0 {
        vs.real_servers[0].weight = 1;
    }
    let total = total.max(1);
    vs.quorum = (vs.quorum as u64 % total) as u32 + 1;
    vs.hysteresis %= vs.quorum;
}

/// keepalived drops a `bindto` of another family than the connect address.
fn same_family_bind(e: &mut Endpoint, rs: IpAddr) {
    let target = e.connect_ip.unwrap_or(rs);
    if e.bindto.is_some_and(|b| b.is_ipv4() != target.is_ipv4()) {
        e.bindto = None;
    }
}

fn group(name: String) -> impl Strategy<Value = VirtualServerGroup> {
    (
        vec(
            (
                any::<bool>(),
                0u32..100,
                proptest::option::of(1u32..300),
                1u16..,
            ),
            0..3,
        ),
        vec(
            (
                1u32..,
                proptest::option::of(prop_oneof![Just(IpFamily::Inet), Just(IpFamily::Inet6)]),
            )
                .prop_map(|(fwmark, family)| GroupFwmark { fwmark, family }),
            0..3,
        ),
    )
        .prop_filter("a group needs an entry", |(a, f)| {
            !a.is_empty() || !f.is_empty()
        })
        .prop_map(move |(addrs, mut fwmarks)| {
            // Mixed families need a family on every fwmark.
            let v4 = addrs.iter().any(|a| !a.0)
                || fwmarks.iter().any(|f| f.family == Some(IpFamily::Inet));
            let v6 = addrs.iter().any(|a| a.0)
                || fwmarks.iter().any(|f| f.family == Some(IpFamily::Inet6));
            if v4 && v6 {
                for f in &mut fwmarks {
                    f.family.get_or_insert(IpFamily::Inet);
                }
            }
            VirtualServerGroup {
                name: name.clone(),
                addresses: addrs
                    .into_iter()
                    .map(|(v6, i, len, port)| {
                        let first = address(v6, i * 1000);
                        GroupAddress {
                            address: first,
                            range_end: len.map(|l| address(v6, i * 1000 + l)),
                            port,
                        }
                    })
                    .collect(),
                fwmarks,
            }
        })
}

fn ssl() -> impl Strategy<Value = Ssl> {
    let file = || proptest::option::of("/nonexistent/[a-z]{1,6}\\.pem");
    (proptest::option::of(name()), file(), file(), file()).prop_map(
        |(password, ca, certificate, key)| Ssl {
            password,
            ca,
            certificate,
            key,
        },
    )
}

fn config() -> impl Strategy<Value = LvsConfig> {
    (0usize..3)
        .prop_flat_map(|n| {
            let names: Vec<String> = (0..n).map(|i| format!("G{i}")).collect();
            let groups: Vec<_> = names.iter().cloned().map(group).collect();
            (
                groups,
                vec(virtual_server(names), 1..4),
                proptest::option::of(ssl()),
            )
        })
        .prop_map(|(groups, mut vss, ssl)| {
            if groups.is_empty() {
                vss.retain(|v| !matches!(v.service, Service::Group { .. }));
            }
            for v in &mut vss {
                if v.service.is_fwmarks_only(&groups) {
                    v.protocol = Protocol::Tcp;
                    v.ops = false;
                }
                // keepalived clears ha_suspend on any service with fwmarks.
                let fwmarks = match &v.service {
                    Service::Fwmark { .. } => true,
                    Service::Group { group } => groups
                        .iter()
                        .any(|g| g.name == *group && !g.fwmarks.is_empty()),
                    Service::Address { .. } => false,
                };
                v.ha_suspend &= !fwmarks;
            }
            LvsConfig {
                ssl,
                virtual_server_groups: groups,
                virtual_servers: vss,
            }
        })
}

fn roundtrip(lvs: LvsConfig) -> Result<(), TestCaseError> {
    let cfg = Config {
        lvs,
        ..Default::default()
    };
    let text = rvs_config::print(&cfg);
    let back = rvs_config::load_str(&text, "roundtrip.conf", &LexOptions::default(), &AnyHost);
    let bad = back
        .diagnostics
        .iter()
        .any(|d| d.severity >= Severity::Warning);
    prop_assert!(
        !bad,
        "text:\n{}\ndiagnostics:\n{}",
        text,
        back.render_diagnostics()
    );
    prop_assert_eq!(&back.config.lvs, &cfg.lvs, "text:\n{}", text);
    Ok(())
}

#[test]
fn printed_lvs_models_parse_back_equal() {
    // The strategy's value trees are deep; debug builds need more than the
    // test thread's default stack.
    let run = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(96));
            runner.run(&config(), roundtrip).map_err(|e| e.to_string())
        })
        .expect("spawn the property-test thread");
    let result = run.join().expect("property-test thread panicked");
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Runs `keepalived -t` on one printed configuration; the error names the file
/// and what keepalived said.
fn keepalived_accepts(
    lvs: LvsConfig,
    n: &std::sync::atomic::AtomicUsize,
) -> Result<(), TestCaseError> {
    let cfg = Config {
        lvs,
        ..Default::default()
    };
    let text = rvs_config::print(&cfg);
    let i = n.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("rvs-t-{}-lvs-{i}.conf", std::process::id()));
    std::fs::write(&path, &text).expect("write a temporary configuration");
    let out = std::process::Command::new("timeout")
        .args(["20", "keepalived", "-t", "-l", "-f"])
        .arg(&path)
        .output()
        .expect("run keepalived (apt-get install keepalived)");
    let _ = std::fs::remove_file(&path);
    prop_assert!(
        out.status.success(),
        "keepalived -t exited {:?} on:\n{}\nit said:\n{}{}",
        out.status.code(),
        text,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

#[test]
fn keepalived_accepts_printed_lvs_models() {
    assert!(
        std::process::Command::new("keepalived")
            .arg("--version")
            .output()
            .is_ok(),
        "keepalived is missing: apt-get install keepalived"
    );
    let run = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let n = std::sync::atomic::AtomicUsize::new(0);
            let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(24));
            // keepalived looks script users up on the host; the names here are random.
            let strategy = config().prop_map(|mut lvs| {
                for s in script_slots(&mut lvs) {
                    s.user = None;
                    s.group = None;
                }
                // FILE_CHECK needs a VRRP-side track_file block.
                for rs in lvs
                    .virtual_servers
                    .iter_mut()
                    .flat_map(|vs| &mut vs.real_servers)
                {
                    rs.checkers.retain(|c| !matches!(c, Checker::File { .. }));
                }
                lvs
            });
            runner
                .run(&strategy, |lvs| keepalived_accepts(lvs, &n))
                .map_err(|e| e.to_string())
        })
        .expect("spawn the property-test thread");
    let result = run.join().expect("property-test thread panicked");
    if let Err(e) = result {
        panic!("{e}");
    }
}

fn script_slots(lvs: &mut LvsConfig) -> Vec<&mut Script> {
    let mut out = Vec::new();
    for vs in &mut lvs.virtual_servers {
        out.extend(vs.quorum_up.iter_mut());
        out.extend(vs.quorum_down.iter_mut());
        for rs in &mut vs.real_servers {
            out.extend(rs.notify_up.iter_mut().map(|s| &mut **s));
            out.extend(rs.notify_down.iter_mut().map(|s| &mut **s));
            for c in &mut rs.checkers {
                if let Checker::Misc { misc_path, .. } = c {
                    out.push(misc_path);
                }
            }
        }
    }
    out
}
