//! The LVS side of keepalived.conf: defaults, inheritance and every diagnostic
//! keepalived 2.2.7 reports (verdicts checked against `keepalived -t`).

use rvs_config::model::lvs::check::{Checker, DnsType, HttpProtocol, StatusRange};
use rvs_config::model::lvs::resolved::ServiceKey;
use rvs_config::model::lvs::{
    Method, Protocol, SchedFlag, Scheduler, Service, TunnelCsum, TunnelType, VirtualServer,
};
use rvs_config::model::Secs;
use rvs_config::{AnyHost, DiagKind, LexOptions, Loaded, Severity};

fn load(text: &str) -> Loaded {
    rvs_config::load_str(text, "test.conf", &LexOptions::default(), &AnyHost)
}

/// A virtual server that keepalived -t accepts, with `extra` in its block.
fn vs(extra: &str) -> String {
    format!(
        "virtual_server 10.0.0.1 80 {{\n protocol TCP\n lb_kind NAT\n lb_algo rr\n{extra}\n}}\n"
    )
}

const RS: &str = " real_server 10.0.0.2 80 {\n weight 1\n }";

fn only_vs(l: &Loaded) -> &VirtualServer {
    assert_eq!(
        l.config.lvs.virtual_servers.len(),
        1,
        "one virtual server expected; diagnostics:\n{}",
        l.render_diagnostics()
    );
    &l.config.lvs.virtual_servers[0]
}

fn clean(text: &str) -> Loaded {
    let l = load(text);
    assert!(
        l.diagnostics.is_empty(),
        "no diagnostics expected for:\n{text}\ngot:\n{}",
        l.render_diagnostics()
    );
    l
}

/// Asserts one diagnostic of this severity whose message contains `needle`, on `line`.
fn expect(text: &str, severity: Severity, needle: &str, line: Option<u32>) -> Loaded {
    let l = load(text);
    let found = l.diagnostics.iter().any(|d| {
        d.severity == severity
            && d.message.contains(needle)
            && line.is_none_or(|n| d.span.is_some_and(|s| s.line == n))
    });
    assert!(
        found,
        "expected a {severity:?} containing {needle:?} on line {line:?} for:\n{text}\ngot:\n{}",
        l.render_diagnostics()
    );
    l
}

#[test]
fn defaults_of_a_minimal_virtual_server() {
    let l = clean(&vs(RS));
    let v = only_vs(&l);
    assert_eq!(
        v.service,
        Service::Address {
            address: "10.0.0.1".parse().unwrap(),
            port: 80
        }
    );
    assert_eq!(v.protocol, Protocol::Tcp);
    assert_eq!(v.lb_algo, Scheduler::Rr);
    assert_eq!(v.forwarding.lvs_method, Method::Nat);
    assert_eq!(v.delay_loop, Secs::from_secs(60));
    assert_eq!(v.connect_timeout, Secs::from_secs(5));
    assert_eq!(v.quorum, 1);
    assert_eq!(v.hysteresis, 0);
    assert_eq!(v.persistence_timeout, None);
    let r = &v.real_servers[0];
    assert_eq!(r.weight, 1);
    assert_eq!(r.port, 80);
    assert_eq!(r.forwarding.lvs_method, Method::Nat);
    assert_eq!(r.delay_loop, Secs::from_secs(60));
}

#[test]
fn persistence_timeout_alone_is_six_minutes() {
    let l = clean(&vs(&format!("persistence_timeout\n{RS}")));
    assert_eq!(only_vs(&l).persistence_timeout, Some(Secs::from_secs(360)));
    let l = clean(&vs(&format!("persistence_granularity 255.255.255.0\n{RS}")));
    let v = only_vs(&l);
    assert_eq!(v.persistence_granularity, Some(24));
    assert_eq!(v.persistence_timeout, Some(Secs::from_secs(360)));
}

#[test]
fn ipv4_granularity_is_read_like_inet_aton() {
    for (mask, prefix) in [
        ("0xffffff00", Some(24)),
        ("255.255.65280", Some(24)),
        ("0377.0377.0.0", Some(16)),
        ("65535", None),
    ] {
        let l = load(&vs(&format!("persistence_granularity {mask}\n{RS}")));
        assert!(!l.fails_check(), "{mask}: {}", l.render_diagnostics());
        assert_eq!(only_vs(&l).persistence_granularity, prefix, "{mask}");
    }
    for bad in ["255.255.255.256", "1.2.3.4.5"] {
        expect(
            &vs(&format!("persistence_granularity {bad}\n{RS}")),
            Severity::Error,
            "invalid IPv4 persistence_granularity",
            Some(5),
        );
    }
}

#[test]
fn timers_inherit_from_virtual_server_to_real_server_to_checker() {
    let text = vs("delay_loop 10
 connect_timeout 2
 retry 4
 alpha
 inhibit_on_failure
 virtualhost vs.example
 real_server 10.0.0.2 80 {
   delay_before_retry 7
   TCP_CHECK { connect_port 81 }
   HTTP_GET { url { path / } delay_loop 3 }
   DNS_CHECK { }
 }
 real_server 10.0.0.3 80 {
   retry 9
   lvs_method NAT
   MISC_CHECK { misc_path /bin/true }
 }");
    let l = clean(&text);
    let v = only_vs(&l);
    let r = &v.real_servers[0];
    assert_eq!(r.delay_loop, Secs::from_secs(10));
    assert!(r.alpha);
    assert!(r.inhibit_on_failure);
    assert_eq!(r.retry, Some(4));
    assert_eq!(r.virtualhost.as_deref(), Some("vs.example"));
    let tcp = r.checkers[0].timers().expect("TCP_CHECK has timers");
    assert_eq!(tcp.delay_loop, Secs::from_secs(10));
    assert_eq!(tcp.connect_timeout, Secs::from_secs(2));
    assert_eq!(tcp.retry, 4);
    assert_eq!(tcp.delay_before_retry, Secs::from_secs(7));
    assert_eq!(
        tcp.warmup,
        Secs::from_secs(10),
        "warmup defaults to delay_loop"
    );
    assert!(tcp.alpha);
    let Checker::Http { conn, http } = &r.checkers[1] else {
        panic!("HTTP_GET expected, got {:?}", r.checkers[1]);
    };
    assert_eq!(conn.timers.delay_loop, Secs::from_secs(3));
    assert_eq!(http.virtualhost.as_deref(), Some("vs.example"));
    assert_eq!(http.http_protocol, HttpProtocol::V1_0);
    assert_eq!(http.urls[0].status_code, vec![StatusRange::DEFAULT]);
    let Checker::Dns { kind, name, .. } = &r.checkers[2] else {
        panic!("DNS_CHECK expected");
    };
    assert_eq!((*kind, name.as_str()), (DnsType::SOA, "."));
    let misc = &v.real_servers[1].checkers[0];
    let Checker::Misc {
        timers,
        misc_timeout,
        ..
    } = misc
    else {
        panic!("MISC_CHECK expected");
    };
    assert_eq!(timers.retry, 9);
    assert_eq!(*misc_timeout, Secs::from_secs(10));
}

#[test]
fn checker_type_defaults_without_inherited_values() {
    let l = clean(&vs(" real_server 10.0.0.2 80 {
   TCP_CHECK { }
   HTTP_GET { url { path / } }
   DNS_CHECK { delay_loop 20 }
   MISC_CHECK { misc_path /bin/true }
 }"));
    let r = &only_vs(&l).real_servers[0];
    let t: Vec<(u32, Secs)> = r
        .checkers
        .iter()
        .map(|c| {
            let t = c.timers().expect("timers");
            (t.retry, t.delay_before_retry)
        })
        .collect();
    assert_eq!(
        t,
        vec![
            (1, Secs::from_secs(1)),
            (1, Secs::from_secs(3)),
            (3, Secs::from_secs(20)),
            (0, Secs::from_secs(1)),
        ]
    );
}

#[test]
fn forwarding_methods_and_tunnels() {
    let l = clean(&vs(
        "lvs_method TUN type gue port 6080 nocsum\n real_server 10.0.0.2 80 { lvs_method DR }",
    ));
    let v = only_vs(&l);
    let t = v.forwarding.tunnel.expect("tunnel");
    assert_eq!(t.kind, TunnelType::Gue);
    assert_eq!(t.port, Some(6080));
    assert_eq!(t.checksum, Some(TunnelCsum::Nocsum));
    assert_eq!(v.real_servers[0].forwarding.lvs_method, Method::Dr);
    expect(
        &vs(&format!("lb_kind TUN type gue\n{RS}")),
        Severity::Error,
        "needs 'port N'",
        Some(5),
    );
}

#[test]
fn scheduler_flags_follow_the_scheduler() {
    let l = clean(&vs(&format!("lb_algo sh\n sh-port\n sh-fallback\n{RS}")));
    assert_eq!(
        only_vs(&l).sched_flags,
        vec![SchedFlag::ShPort, SchedFlag::ShFallback]
    );
    expect(
        &vs(&format!("sh-port\n{RS}")),
        Severity::Warning,
        "sh-port only applies to the sh and mh schedulers",
        Some(5),
    );
}

#[test]
fn sh_and_mh_flags_set_the_same_bits() {
    let l = clean(&vs(&format!("lb_algo mh\n sh-port\n hashed\n{RS}")));
    assert_eq!(only_vs(&l).sched_flags, vec![SchedFlag::MhPort]);
    let l = clean(&vs(&format!("lb_algo sh\n mh-fallback\n{RS}")));
    assert_eq!(only_vs(&l).sched_flags, vec![SchedFlag::ShFallback]);
}

#[test]
fn a_real_server_takes_the_forwarding_method_set_before_it() {
    // keepalived -t accepts this: the real server was made while NAT was set.
    let l = clean("virtual_server 10.0.0.1 80 {\n protocol TCP\n lb_algo rr\n lb_kind NAT\n real_server 10.0.0.2 81 { }\n lb_kind DR\n}\n");
    let v = only_vs(&l);
    assert_eq!(v.forwarding.lvs_method, Method::Dr);
    assert_eq!(v.real_servers[0].forwarding.lvs_method, Method::Nat);
    assert_eq!(v.real_servers[0].port, 81);
    expect(
        "virtual_server 10.0.0.1 80 {\n protocol TCP\n lb_algo rr\n real_server 10.0.0.2 81 { }\n lb_kind DR\n}\n",
        Severity::Warning,
        "real server port 81 differs",
        Some(4),
    );
}

#[test]
fn missing_protocol_warns_but_models_tcp() {
    let l = expect(
        "virtual_server 10.0.0.1 80 {\n lb_kind NAT\n lb_algo rr\n real_server 10.0.0.2 80 { }\n}\n",
        Severity::Warning,
        "no protocol set",
        Some(1),
    );
    assert_eq!(only_vs(&l).protocol, Protocol::Tcp);
}

#[test]
fn post_parse_reports_of_keepalived() {
    let no_sched = "virtual_server 10.0.0.1 80 {\n protocol TCP\n lb_kind NAT\n real_server 10.0.0.2 80 { }\n}\n";
    expect(no_sched, Severity::Warning, "no scheduler set", Some(1));
    let no_kind = "virtual_server 10.0.0.1 80 {\n protocol TCP\n lb_algo rr\n real_server 10.0.0.2 80 { }\n}\n";
    expect(
        no_kind,
        Severity::Warning,
        "no forwarding method set",
        Some(1),
    );
    let fwmark_proto = "virtual_server fwmark 1 {\n protocol TCP\n lb_kind NAT\n lb_algo rr\n real_server 10.0.0.2 80 { }\n}\n";
    expect(
        fwmark_proto,
        Severity::Warning,
        "protocol will be ignored",
        Some(2),
    );
    let l = expect(
        &vs(""),
        Severity::Warning,
        "no real servers - ignoring it",
        Some(1),
    );
    assert!(
        l.config.lvs.virtual_servers.is_empty(),
        "keepalived drops it"
    );
    let l = expect(
        &vs(" lb_kind DR\n real_server 10.0.0.2 81 { }"),
        Severity::Warning,
        "real server port 81 differs",
        Some(6),
    );
    assert_eq!(only_vs(&l).real_servers[0].port, 80);
    let l = expect(
        &vs(&format!("{RS}\n{RS}")),
        Severity::Warning,
        "duplicated",
        Some(8),
    );
    assert_eq!(only_vs(&l).real_servers.len(), 1);
    // Past a few real servers duplicates are found by hashing: same verdict.
    let many: String = (1..=20)
        .map(|i| format!(" real_server 10.0.1.{i} 80 {{\n }}\n"))
        .collect();
    let l = expect(
        &vs(&format!("{many} real_server 10.0.1.7 80 {{\n }}")),
        Severity::Warning,
        "real server 10.0.1.7 port 80 is duplicated",
        Some(45),
    );
    assert_eq!(only_vs(&l).real_servers.len(), 20);
    let l = expect(
        &vs(&format!("quorum 5\n{RS}")),
        Severity::Warning,
        "quorum 5 exceeds the total weight",
        Some(1),
    );
    assert_eq!(only_vs(&l).quorum, 1);
    expect(
        &vs(&format!("hysteresis 1\n{RS}")),
        Severity::Warning,
        "hysteresis 1 >= quorum 1",
        Some(1),
    );
    expect(
        &vs(&format!("ops\n{RS}")),
        Severity::Warning,
        "requires UDP",
        Some(1),
    );
    let l = expect(
        "virtual_server 10.0.0.1 {\n protocol TCP\n lb_kind NAT\n lb_algo rr\n real_server 10.0.0.2 80 { }\n}\n",
        Severity::Warning,
        "zero port only valid for persistent services",
        Some(1),
    );
    assert_eq!(only_vs(&l).persistence_timeout, Some(Secs::from_secs(360)));
    expect(
        &vs(" real_server 2001:db8::2 80 { }\n real_server 10.0.0.3 80 { }"),
        Severity::Warning,
        "don't match - skipping real server",
        Some(5),
    );
}

#[test]
fn bad_values_are_errors_at_their_word() {
    let cases: &[(&str, &str, u32)] = &[
        ("lb_algo foo", "invalid lvs_scheduler 'foo'", 5),
        ("lb_kind FOO", "unknown forwarding method 'FOO'", 5),
        ("protocol FOO", "unknown protocol 'FOO'", 5),
        ("persistence_timeout 0", "outside [1, 2678400]", 5),
        ("retry 0", "outside [1, 4294967295]", 5),
        ("quorum 0", "outside [1, 4294967295]", 5),
        ("delay_loop 0", "outside", 5),
        (
            "persistence_granularity abc",
            "invalid IPv4 persistence_granularity",
            5,
        ),
    ];
    for (line, needle, n) in cases {
        expect(
            &vs(&format!("{line}\n{RS}")),
            Severity::Error,
            needle,
            Some(*n),
        );
    }
    let rs_cases: &[(&str, &str)] = &[
        ("weight 2147483648", "outside [0, 2147483647]"),
        ("weight -1", "not a number"),
        ("uthreshold abc", "not a number"),
        ("TCP_CHECK { connect_port 70000 }", "outside [1, 65535]"),
        ("TCP_CHECK { connect_timeout 0 }", "outside"),
        ("HTTP_GET { connect_timeout 3 }", "has no urls"),
        ("HTTP_GET { url { status_code 200 } }", "url has no path"),
        (
            "HTTP_GET { url { path / } http_protocol 2.0 }",
            "invalid http_protocol",
        ),
        ("MISC_CHECK { misc_timeout 3 }", "no script path"),
        ("DNS_CHECK { type FOO }", "unknown DNS check type"),
        ("UDP_CHECK { payload zz }", "not a hex string"),
        ("UDP_CHECK { payload 01 ff }", "cannot read a final byte ff"),
        ("FILE_CHECK { weight 3 }", "no track_file"),
        ("BFD_CHECK { name b }", "BFD instance 'b' is not configured"),
        (
            "HTTP_GET { url { digest 1234\n path / } }",
            "digest '1234' is not an MD5 digest",
        ),
    ];
    for (body, needle) in rs_cases {
        let text = vs(&format!(" real_server 10.0.0.2 80 {{\n {body}\n }}"));
        expect(&text, Severity::Error, needle, Some(6));
    }
    expect(
        "virtual_server 10.0.0.300 80 {\n}\n",
        Severity::Error,
        "not an IP address",
        Some(1),
    );
    expect(
        "virtual_server 10.0.0.1 70000 {\n}\n",
        Severity::Error,
        "outside [0, 65535]",
        Some(1),
    );
}

#[test]
fn reported_oddities_that_keepalived_works_around() {
    expect(
        &vs(" real_server 10.0.0.2 80 {\n notify_up /a\n notify_up /b\n }"),
        Severity::Warning,
        "notify_up script already specified",
        Some(7),
    );
    expect(
        &vs(" real_server 10.0.0.2 80 {\n UDP_CHECK {\n min_reply_length 300\n }\n }"),
        Severity::Warning,
        "min_reply_length 300 > max_reply_length 255",
        Some(6),
    );
    // A group of fwmarks takes no protocol, like a fwmark service.
    let fw_group = "virtual_server_group G {\n fwmark 1 inet6\n}\nvirtual_server group G {\n lb_kind NAT\n lb_algo rr\n real_server 10.0.0.2 80 { }\n}\n";
    clean(fw_group);
    expect(
        &fw_group.replace(" lb_kind NAT", " protocol TCP\n lb_kind NAT"),
        Severity::Warning,
        "protocol will be ignored",
        Some(5),
    );
    expect(
        &fw_group.replace("fwmark 1 inet6", "10.0.0.1 80"),
        Severity::Warning,
        "no protocol set",
        Some(4),
    );
}

#[test]
fn ports_that_dr_and_tun_cannot_change_are_reset() {
    let l = expect(
        &vs(&format!("lb_kind DR\n sorry_server 10.0.0.9 81\n{RS}")),
        Severity::Warning,
        "sorry server port 81 differs",
        Some(1),
    );
    assert_eq!(only_vs(&l).sorry_server.as_ref().map(|s| s.port), Some(80));
    let l = expect(
        "virtual_server fwmark 5 {\n lb_kind TUN\n lb_algo rr\n real_server 10.0.0.2 81 { }\n}\n",
        Severity::Warning,
        "has port 81 specified",
        Some(4),
    );
    assert_eq!(only_vs(&l).real_servers[0].port, 0);
    clean(
        "virtual_server fwmark 5 {\n lb_kind NAT\n lb_algo rr\n real_server 10.0.0.2 81 { }\n}\n",
    );
}

#[test]
fn real_server_blocks_need_braces_and_their_own_keywords() {
    expect(
        &vs(" real_server 10.0.0.2 80"),
        Severity::Error,
        "'real_server' needs a '{' block",
        Some(5),
    );
    expect(
        &vs(" real_server 10.0.0.2 80 {\n TCP_CHECK\n }"),
        Severity::Error,
        "'TCP_CHECK' needs a '{' block",
        Some(6),
    );
    expect(
        &vs(" real_server 10.0.0.2 80 {\n lb_kind DR\n }"),
        Severity::Warning,
        "unknown keyword 'lb_kind' in real_server",
        Some(6),
    );
    expect(
        &vs(" real_server 10.0.0.2 80 {\n retry 0\n }"),
        Severity::Error,
        "outside [1, 4294967295]",
        Some(6),
    );
}

#[test]
fn checks_found_in_keepalived_2_2_7_validation() {
    let rs = |body: &str| vs(&format!(" real_server 10.0.0.2 80 {{\n{body}\n }}"));
    for code in ["99", "600", "abc", "300-200", "200-700"] {
        expect(
            &rs(&format!(
                " HTTP_GET {{ url {{ path /\n status_code {code} }} }}"
            )),
            Severity::Error,
            &format!("status_code '{code}'"),
            Some(7),
        );
    }
    for (name, ok) in [
        ("example.com.", true),
        (".", true),
        ("x", true),
        ("abc.d.ef", true),
        ("a..b", false),
        (".a", false),
        // keepalived 2.2.7 rejects a one-letter first label; rvs agrees.
        ("a.example", false),
    ] {
        let text = rs(&format!(" DNS_CHECK {{\n name {name}\n }}"));
        if ok {
            clean(&text);
        } else {
            expect(&text, Severity::Error, "has an empty label", Some(7));
        }
    }
    expect(
        &rs(" DNS_CHECK {\n name ab.com\n name bc.com\n }"),
        Severity::Warning,
        "name already specified",
        Some(8),
    );
    expect(
        &rs(" HTTP_GET { url { path /\n digest ff20ad2481f97b1754ef3e12ecd3a9cc\n digest 640205b7b0fc66c1ea91c463fac6334d } }"),
        Severity::Warning,
        "is a duplicate",
        Some(8),
    );
    expect(
        &rs(" MISC_CHECK { misc_path /bin/x\n misc_timeout 65535 }"),
        Severity::Error,
        "outside [0, 4294]",
        Some(7),
    );
    expect(
        &rs(" TCP_CHECK { connect_ip fe80::1 }"),
        Severity::Error,
        "requires a bind_if",
        Some(6),
    );
    clean(&rs(" TCP_CHECK { connect_ip fe80::1\n bind_if eth0 }"));
    expect(
        &rs(" TCP_CHECK { bindto 2001:db8::1\n connect_ip 2001:db8::3 }"),
        Severity::Warning,
        "does not match the address family",
        Some(6),
    );
    clean(&rs(
        " TCP_CHECK { connect_ip 2001:db8::3\n bindto 2001:db8::1 }",
    ));
    expect(
        &vs(&format!("quorum_up /a\n quorum_up /b\n{RS}")),
        Severity::Warning,
        "quorum_up script already specified",
        Some(6),
    );
    expect(
        "virtual_server fwmark 1 {\n ha_suspend\n lb_kind NAT\n lb_algo rr\n real_server 10.0.0.2 80 { }\n}\n",
        Severity::Warning,
        "cannot use ha_suspend with fwmarks",
        Some(1),
    );
    let l = expect(
        &vs(&format!(
            "sorry_server 10.0.0.2 80\n sorry_server_inhibit\n{RS}"
        )),
        Severity::Warning,
        "matches the sorry server",
        Some(1),
    );
    assert_eq!(
        only_vs(&l).sorry_server.as_ref().map(|s| s.inhibit),
        Some(false)
    );
    expect(
        "virtual_server_group G {\n 10.0.0.1 80\n 2001:db8::1 80\n fwmark 1\n}\n",
        Severity::Warning,
        "cannot have IPv4, IPv6 and fwmark without family",
        Some(1),
    );
    let l = clean(&vs(
        " weight 7\n real_server 10.0.0.2 80 { }\n real_server 10.0.0.3 80 { weight 2 }",
    ));
    let weights: Vec<u32> = only_vs(&l).real_servers.iter().map(|r| r.weight).collect();
    assert_eq!(
        weights,
        vec![7, 2],
        "virtual server weight is the real servers' default"
    );
    expect(
        &vs(&format!("weight 0\n{RS}")),
        Severity::Error,
        "outside [1, 2147483647]",
        Some(5),
    );
}

#[test]
fn unknown_keywords_are_warnings_naming_the_block() {
    let cases: &[(&str, &str)] = &[
        ("foo bar", "unknown keyword 'foo' in virtual_server"),
        (
            " real_server 10.0.0.2 80 {\n foo\n }",
            "unknown keyword 'foo' in real_server",
        ),
        (
            " real_server 10.0.0.2 80 {\n omega\n }",
            "unknown keyword 'omega' in real_server",
        ),
        (
            " real_server 10.0.0.2 80 {\n TCP_CHECK { foo 1 }\n }",
            "unknown keyword 'foo' in TCP_CHECK",
        ),
        (
            " real_server 10.0.0.2 80 {\n SSL_GET { url { path / } tls_compliant }\n }",
            "unknown keyword 'tls_compliant' in SSL_GET",
        ),
        (
            " real_server 10.0.0.2 80 {\n MISC_CHECK { misc_path /bin/true\n connect_ip 10.0.0.5 }\n }",
            "unknown keyword 'connect_ip' in MISC_CHECK",
        ),
        (
            " real_server 10.0.0.2 80 {\n MISC_CHECK { misc_path /bin/true\n connect_timeout 3 }\n }",
            "unknown keyword 'connect_timeout' in MISC_CHECK",
        ),
        (
            " real_server 10.0.0.2 80 {\n FILE_CHECK { track_file tf\n alpha }\n }",
            "unknown keyword 'alpha' in FILE_CHECK",
        ),
    ];
    for (body, needle) in cases {
        let l = expect(&vs(body), Severity::Warning, needle, None);
        assert!(
            l.diagnostics
                .iter()
                .any(|d| d.kind == DiagKind::UnknownKeyword),
            "kind UnknownKeyword"
        );
    }
}

#[test]
fn things_keepalived_accepts_quietly_do_not_fail_the_check() {
    for body in [
        " real_server 10.0.0.2 80 {\n HTTP_GET { url { path / status_code 299-200 abc } }\n }",
        " real_server 10.0.0.2 80 {\n HTTP_GET { url { path / digest xyz } }\n }",
        " real_server 10.0.0.2 80 {\n TCP_CHECK { bind_if nosuchif0 }\n }",
        " real_server 10.0.0.2 80 {\n TCP_CHECK { retry 0 }\n }",
        " real_server 10.0.0.2 {\n }",
        " real_server 10.0.0.2-5 80 {\n TCP_CHECK { connect_ip 10.0.0.9/24 }\n }",
        " real_server 10.0.0.2 0 {\n }",
        " real_server 10.0.0.2 80 {\n snmp_name x\n }",
        " real_server 10.0.0.2 80 {\n HTTP_GET { url { path /\n digest FF20AD2481F97B1754EF3E12ECD3A9CC\n } }\n }",
        "persistence_granularity 255.0.255.0\n real_server 10.0.0.2 80 { }",
    ] {
        let l = load(&vs(body));
        assert!(
            !l.fails_check(),
            "keepalived -t accepts:\n{}\nbut rvs reported:\n{}",
            vs(body),
            l.render_diagnostics()
        );
    }
    let l = load("virtual_server group NOPE {\n protocol TCP\n lb_kind NAT\n lb_algo rr\n real_server 10.0.0.2 80 { }\n}\n");
    assert!(!l.fails_check(), "{}", l.render_diagnostics());
    assert!(l.diagnostics.iter().any(|d| d.kind == DiagKind::Reference));
}

#[test]
fn scripts_and_track_file_references_are_listed_for_global_checks() {
    let l = clean(&vs(" quorum_up /q/up\n real_server 10.0.0.2 80 {
 notify_down \"/n/down x\" nobody
 MISC_CHECK { misc_path /m/check }
 FILE_CHECK { track_file tf }
 }"));
    let cmds: Vec<&str> = l
        .config
        .lvs
        .scripts()
        .iter()
        .map(|s| s.command.as_str())
        .collect();
    assert_eq!(cmds, vec!["/q/up", "/n/down x", "/m/check"]);
    assert_eq!(l.config.lvs.scripts()[1].user.as_deref(), Some("nobody"));
    assert_eq!(l.config.lvs.file_check_track_files(), vec!["tf"]);
}

#[test]
fn the_ssl_block_holds_ssl_get_credentials() {
    let l = clean(&format!(
        "SSL {{\n password secret\n ca /etc/ca.pem\n certificate /etc/c.pem\n key /etc/k.pem\n}}\n{}",
        vs(RS)
    ));
    let ssl = l.config.lvs.ssl.as_ref().expect("SSL block");
    assert_eq!(ssl.password.as_deref(), Some("secret"));
    assert_eq!(ssl.key.as_deref(), Some("/etc/k.pem"));
    expect(
        "SSL {\n ca /a\n ca /b\n}\n",
        Severity::Warning,
        "SSL ca already specified",
        Some(3),
    );
    expect(
        "SSL {\n}\nSSL {\n}\n",
        Severity::Warning,
        "SSL context already specified",
        Some(3),
    );
    expect(
        "SSL {\n foo\n}\n",
        Severity::Warning,
        "unknown keyword 'foo' in SSL",
        Some(2),
    );
}

#[test]
fn http_get_with_everything() {
    let l = clean(&vs(" real_server 10.0.0.2 80 {
  HTTP_GET {
    url {
      path /a
      digest FF20AD2481F97B1754EF3E12ECD3A9CC
      status_code 200 300-302
      virtualhost u.example
      regex \"ok.*\"
      regex_no_match
      regex_options caseless dotall
      regex_min_offset 2
      regex_max_offset 100
    }
    http_protocol 1.1
    enable_sni
    fast_recovery
    virtualhost c.example
    connect_ip 10.0.0.9
    connect_port 8080
    bindto 10.0.0.1
    bind_port 5000
    bind_if lo
    fwmark 3
    log_all_failures
  }
 }"));
    let Checker::Http { conn, http } = &only_vs(&l).real_servers[0].checkers[0] else {
        panic!("HTTP_GET expected");
    };
    assert_eq!(conn.endpoint.connect_port, Some(8080));
    assert_eq!(conn.endpoint.fwmark, Some(3));
    assert!(conn.timers.log_all_failures);
    assert_eq!(http.virtualhost.as_deref(), Some("c.example"));
    let u = &http.urls[0];
    assert_eq!(
        u.digest.as_deref(),
        Some("ff20ad2481f97b1754ef3e12ecd3a9cc")
    );
    assert_eq!(
        u.status_code,
        vec![
            StatusRange { from: 200, to: 200 },
            StatusRange { from: 300, to: 302 }
        ]
    );
    assert_eq!(u.regex.as_deref(), Some("ok.*"));
    assert_eq!(u.regex_options, vec!["caseless", "dotall"]);
}

#[test]
fn nb_get_retry_is_a_deprecated_retry() {
    let l = expect(
        &vs(" real_server 10.0.0.2 80 {\n HTTP_GET { url { path / }\n nb_get_retry 4 }\n }"),
        Severity::Warning,
        "nb_get_retry is deprecated",
        Some(7),
    );
    let t = only_vs(&l).real_servers[0].checkers[0]
        .timers()
        .expect("timers");
    assert_eq!(t.retry, 4);
}

#[test]
fn udp_check_hex_strings_are_normalised() {
    let l = clean(&vs(" real_server 10.0.0.2 80 {
  UDP_CHECK {
    payload Ab12f 3 456
    require_reply 0x1X
    min_reply_length 2
  }
 }"));
    let Checker::Udp { udp, .. } = &only_vs(&l).real_servers[0].checkers[0] else {
        panic!("UDP_CHECK expected");
    };
    assert_eq!(udp.payload.as_deref(), Some("ab120f034506"));
    assert!(udp.require_reply);
    assert_eq!(udp.reply.as_deref(), Some("0x1x"));
    assert_eq!((udp.min_reply_length, udp.max_reply_length), (2, 255));
}

#[test]
fn smtp_file_and_ping_checkers() {
    let l = clean(&vs(" real_server 10.0.0.2 80 {
  SMTP_CHECK {
    helo_name mail.example
    host {
      connect_ip 10.0.0.5
      connect_port 25
    }
  }
  FILE_CHECK {
    track_file tf
    weight -3 reverse
  }
  PING_CHECK { }
 }"));
    let c = &only_vs(&l).real_servers[0].checkers;
    let Checker::Smtp {
        helo_name, hosts, ..
    } = &c[0]
    else {
        panic!("SMTP_CHECK expected");
    };
    assert_eq!(helo_name.as_deref(), Some("mail.example"));
    assert_eq!(hosts[0].connect_port, Some(25));
    assert_eq!(
        c[1],
        Checker::File {
            track_file: "tf".into(),
            weight: Some(-3),
            reverse: true
        }
    );
    assert!(matches!(c[2], Checker::Ping { .. }));
    // keepalived takes the checker's timers inside a host block too.
    let l = clean(&vs(
        " real_server 10.0.0.2 80 {\n SMTP_CHECK {\n host {\n connect_ip 10.0.0.5\n warmup 0\n }\n }\n }",
    ));
    let t = only_vs(&l).real_servers[0].checkers[0]
        .timers()
        .expect("timers");
    assert_eq!(t.warmup, Secs(0));
}

#[test]
fn virtual_server_groups_and_the_flat_view() {
    let text = "virtual_server_group G {
 10.0.0.1-3 80
 10.0.1.8/30 443
 2001:db8::1-2 80
 fwmark 7 inet
}
virtual_server group G {
 protocol UDP
 lb_kind NAT
 lb_algo rr
 real_server 10.0.0.2 80 { }
}
";
    let l = clean(text);
    let g = &l.config.lvs.virtual_server_groups[0];
    assert_eq!(g.addresses.len(), 3);
    assert_eq!(
        g.addresses[1].address,
        "10.0.1.8".parse::<std::net::IpAddr>().unwrap()
    );
    assert_eq!(g.addresses[1].range_end, Some("10.0.1.11".parse().unwrap()));
    let services = l.config.lvs.services();
    let keys: Vec<ServiceKey> = services.iter().map(|s| s.key).collect();
    assert_eq!(keys.len(), 3 + 4 + 2 + 1);
    assert_eq!(
        keys[0],
        ServiceKey::Address {
            address: "10.0.0.1".parse().unwrap(),
            port: 80,
            protocol: Protocol::Udp
        }
    );
    assert_eq!(keys[9], ServiceKey::Fwmark(7));
    let l = clean(
        "virtual_server_group B {\n 10.0.0.1 80\n}\nvirtual_server_group A {\n fwmark 1\n}\n",
    );
    let names: Vec<&str> = l
        .config
        .lvs
        .virtual_server_groups
        .iter()
        .map(|g| g.name.as_str())
        .collect();
    assert_eq!(names, vec!["A", "B"], "groups are kept sorted for lookups");
    assert!(rvs_config::model::lvs::find_group(&l.config.lvs.virtual_server_groups, "B").is_some());
    let across = rvs_config::model::lvs::resolved::expand_range(
        "10.0.0.254".parse().unwrap(),
        Some("10.0.1.1".parse().unwrap()),
    );
    assert_eq!(across.len(), 4, "a range may cross a /24: {across:?}");

    expect(
        "virtual_server_group G {\n 10.0.0.10-5 80\n}\n",
        Severity::Error,
        "not greater than the start",
        Some(2),
    );
    expect(
        "virtual_server_group G {\n 10.0.0.10-300 80\n}\n",
        Severity::Error,
        "up to 255",
        Some(2),
    );
    expect(
        "virtual_server_group G {\n}\n",
        Severity::Warning,
        "has no entries",
        Some(1),
    );
    let l = load("virtual_server_group G {\n 10.0.0.1\n}\nvirtual_server group G {\n protocol TCP\n lb_kind NAT\n lb_algo rr\n real_server 10.0.0.2 80 { }\n}\n");
    assert!(
        l.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Warning && d.message.contains("zero port")),
        "{}",
        l.render_diagnostics()
    );
}

#[test]
fn only_a_tunnelled_sorry_server_may_be_of_another_family() {
    let l = clean(&vs(&format!(
        "sorry_server 2001:db8::9 80\n sorry_server_lvs_method TUN\n{RS}"
    )));
    assert!(only_vs(&l).sorry_server.is_some());
    let l = expect(
        &vs(&format!("sorry_server 2001:db8::9 80\n{RS}")),
        Severity::Warning,
        "don't match - skipping sorry server",
        Some(1),
    );
    assert!(only_vs(&l).sorry_server.is_none());
    expect(
        "virtual_server fwmark 1 {\n lb_kind NAT\n lb_algo rr\n ip_family inet6\n sorry_server 10.0.0.9 80\n real_server 2001:db8::2 80 { }\n}\n",
        Severity::Warning,
        "don't match - skipping sorry server",
        Some(1),
    );
}

#[test]
fn sorry_server_takes_the_virtual_servers_port_and_method() {
    let l = clean(&vs(&format!(
        "lb_kind DR\n sorry_server 10.0.0.9\n sorry_server_inhibit\n{RS}"
    )));
    let s = only_vs(&l).sorry_server.as_ref().expect("sorry server");
    assert_eq!(s.port, 80);
    assert!(s.inhibit);
    assert_eq!(s.forwarding.lvs_method, Method::Dr);
}

#[test]
fn printed_samples_parse_back_to_the_same_model() {
    let dir = std::path::Path::new("/usr/share/doc/keepalived/samples");
    assert!(
        dir.exists(),
        "{} is missing: install Debian's keepalived package",
        dir.display()
    );
    for name in [
        "keepalived.conf.HTTP_GET.port",
        "keepalived.conf.SMTP_CHECK",
        "keepalived.conf.SSL_GET",
        "keepalived.conf.UDP_CHECK",
        "keepalived.conf.PING_CHECK",
        "keepalived.conf.fwmark",
        "keepalived.conf.inhibit",
        "keepalived.conf.misc_check",
        "keepalived.conf.misc_check_arg",
        "keepalived.conf.quorum",
        "keepalived.conf.status_code",
        "keepalived.conf.virtual_server_group",
        "keepalived.conf.virtualhost",
        "keepalived.conf.IPv6",
    ] {
        let l = rvs_config::load(&dir.join(name), &LexOptions::default(), &AnyHost);
        assert!(
            !l.config.lvs.virtual_servers.is_empty(),
            "{name}: no virtual servers"
        );
        let only_lvs = rvs_config::Config {
            lvs: l.config.lvs.clone(),
            ..Default::default()
        };
        let text = rvs_config::print(&only_lvs);
        let back = load(&text);
        assert_eq!(
            back.config.lvs,
            l.config.lvs,
            "{name} printed as:\n{text}\ndiagnostics:\n{}",
            back.render_diagnostics()
        );
        assert!(
            !back.fails_check(),
            "{name} printed as:\n{text}\nfails:\n{}",
            back.render_diagnostics()
        );
    }
}

/// `check` (what `rvs check` runs) reports exactly what `load` reports, while its
/// model keeps only the virtual servers that name a group.
#[test]
fn check_reports_what_load_reports_and_drops_checked_virtual_servers() {
    let dir = std::env::temp_dir().join(format!("rvs-check-only-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("k.conf");
    let text = format!(
        "{}{}{}virtual_server_group g {{\n 10.0.0.5 0\n}}\n\
         virtual_server group g {{\n protocol TCP\n lb_kind NAT\n lb_algo rr\n}}\n\
         virtual_server group missing {{\n protocol TCP\n lb_kind NAT\n lb_algo rr\n}}\n\
         virtual_server fwmark 3 {{\n lb_algo nope\n}}\n",
        vs(&format!("{RS}\n delay_loop x")),
        vs(" persistence_timeout 10\n real_server 10.0.0.9 99999 {\n }"),
        vs(RS).replace("10.0.0.1", "10.0.0.3"),
    );
    std::fs::write(&file, &text).expect("write");
    let opts = LexOptions::default();
    let full = rvs_config::load(&file, &opts, &AnyHost);
    let checked = rvs_config::check(&file, &opts, &AnyHost);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(full.has_errors(), "the file has errors to compare");
    assert_eq!(checked.render_diagnostics(), full.render_diagnostics());
    let groups = |l: &Loaded| {
        l.config
            .lvs
            .virtual_servers
            .iter()
            .filter(|v| matches!(v.service, Service::Group { .. }))
            .count()
    };
    assert!(
        full.config.lvs.virtual_servers.len() > groups(&full),
        "load keeps address virtual servers"
    );
    assert_eq!(groups(&checked), groups(&full));
    assert!(
        checked
            .config
            .lvs
            .virtual_servers
            .iter()
            .all(|v| matches!(v.service, Service::Group { .. })),
        "only group virtual servers are kept"
    );
}
