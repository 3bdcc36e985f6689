//! The VRRP side and `global_defs`: keepalived 2.2.7's defaults, inheritance
//! from `global_defs`, and each diagnostic at its line.

use rvs_config::model::vrrp::{AuthType, InitialState, VrrpInstance};
use rvs_config::model::Secs;
use rvs_config::{DiagKind, Diagnostic, Host, LexOptions, Loaded, Severity};

/// A machine with `lo`, `eth0` and `eth1`.
struct TestHost;

impl Host for TestHost {
    fn has_interface(&self, name: &str) -> bool {
        matches!(name, "lo" | "eth0" | "eth1")
    }

    fn find_program(&self, _program: &str) -> Option<bool> {
        None
    }

    fn resolves(&self, _name: &str) -> Option<bool> {
        None
    }

    fn user_exists(&self, _name: &str) -> bool {
        true
    }
}

fn load(text: &str) -> Loaded {
    rvs_config::load_str(text, "test.conf", &LexOptions::default(), &TestHost)
}

/// An instance on eth0 with VRID 5 and one VIP, plus `extra` lines.
fn inst(extra: &str) -> String {
    format!(
        "vrrp_instance V {{\n interface eth0\n virtual_router_id 5\n virtual_ipaddress {{\n  198.18.0.1\n }}\n{extra}}}\n"
    )
}

fn only(l: &Loaded) -> &VrrpInstance {
    assert_eq!(
        l.config.vrrp.vrrp_instances.len(),
        1,
        "{}",
        l.render_diagnostics()
    );
    &l.config.vrrp.vrrp_instances[0]
}

fn clean(l: &Loaded) {
    assert!(!l.fails_check(), "unexpected:\n{}", l.render_diagnostics());
}

/// The one failing diagnostic whose message contains `needle`; checks severity and line.
fn find<'a>(l: &'a Loaded, sev: Severity, needle: &str, line: Option<u32>) -> &'a Diagnostic {
    let d = l
        .diagnostics
        .iter()
        .find(|d| d.message.contains(needle))
        .unwrap_or_else(|| {
            panic!(
                "no diagnostic containing {needle:?}; got:\n{}",
                l.render_diagnostics()
            )
        });
    assert_eq!(d.severity, sev, "{}", d.message);
    assert_eq!(d.span.map(|s| s.line), line, "{}", d.message);
    d
}

#[test]
fn minimal_instance_gets_keepalived_defaults() {
    let l = load(&inst(""));
    clean(&l);
    let v = only(&l);
    assert_eq!(v.state, InitialState::Backup);
    assert_eq!(v.priority, 100);
    assert_eq!(v.advert_int, Secs::from_secs(1));
    assert_eq!(v.version, 2);
    assert_eq!(v.garp_master_delay, Secs::from_secs(5));
    assert_eq!(v.garp_master_repeat, 5);
    assert_eq!(v.garp_master_refresh, Secs(0));
    assert_eq!(v.garp_master_refresh_repeat, 1);
    assert_eq!(v.garp_lower_prio_delay, Secs::from_secs(5));
    assert_eq!(v.garp_lower_prio_repeat, 5);
    assert_eq!(v.down_timer_adverts, 3);
    assert_eq!(v.unicast_ttl, 255);
    assert!(v.accept, "accept is the default outside strict mode");
    assert!(!v.strict_mode && !v.nopreempt && !v.smtp_alert);
    assert_eq!(v.virtual_ipaddress[0].prefix_len, 32);
}

#[test]
fn state_and_priority_derive_from_each_other() {
    let v = only(&load(&inst(" state MASTER\n"))).clone();
    assert_eq!((v.state, v.priority), (InitialState::Master, 255));
    let v = only(&load(&inst(" priority 255\n"))).clone();
    assert_eq!((v.state, v.priority), (InitialState::Master, 255));
    let v = only(&load(&inst(" state MASTER\n priority 150\n"))).clone();
    assert_eq!((v.state, v.priority), (InitialState::Master, 150));
}

#[test]
fn instance_inherits_global_defs() {
    let text = format!(
        "global_defs {{\n vrrp_garp_master_delay 7\n vrrp_garp_master_repeat 2\n vrrp_version 3\n \
         vrrp_lower_prio_no_advert\n smtp_alert\n vrrp_garp_lower_prio_repeat 1\n}}\n{}",
        inst("")
    );
    let l = load(&text);
    clean(&l);
    let v = only(&l);
    assert_eq!(v.garp_master_delay, Secs::from_secs(7));
    assert_eq!(v.garp_master_repeat, 2);
    assert_eq!(v.garp_lower_prio_delay, Secs::from_secs(7));
    assert_eq!(v.garp_lower_prio_repeat, 1);
    assert_eq!(v.version, 3);
    assert!(v.lower_prio_no_advert && v.smtp_alert);
    let v = only(&load(&format!(
        "global_defs {{\n vrrp_garp_master_delay 7\n}}\n{}",
        inst(" garp_master_delay 2\n")
    )))
    .clone();
    assert_eq!(v.garp_master_delay, Secs::from_secs(2));
    assert_eq!(
        v.garp_lower_prio_delay,
        Secs::from_secs(2),
        "lower-priority GARP delay follows the instance's master delay"
    );
}

#[test]
fn strict_mode_changes_defaults_and_reports_conflicts() {
    let l = load(&format!(
        "global_defs {{\n vrrp_strict\n}}\n{}",
        inst(" state MASTER\n priority 100\n authentication {\n  auth_type PASS\n  auth_pass 1111\n }\n")
    ));
    let v = only(&l);
    assert!(v.strict_mode);
    assert!(!v.accept, "strict mode turns accept off");
    assert!(v.lower_prio_no_advert);
    assert_eq!(v.garp_lower_prio_repeat, 0);
    assert_eq!(v.state, InitialState::Backup);
    assert_eq!(v.authentication, None);
    find(
        &l,
        Severity::Warning,
        "State MASTER must match being address owner",
        Some(4),
    );
    find(
        &l,
        Severity::Warning,
        "strict mode does not support authentication",
        Some(4),
    );
    let l = load(
        "global_defs {\n vrrp_strict\n}\nvrrp_instance V {\n interface eth0\n virtual_router_id 5\n}\n",
    );
    find(&l, Severity::Error, "at least one is required", Some(4));
}

#[test]
fn vrid_priority_and_advert_ranges() {
    let l = load("vrrp_instance V {\n interface eth0\n virtual_router_id 0\n}\n");
    find(&l, Severity::Error, "'0' is outside [1, 255]", Some(3));
    let l = load(&inst(" priority 256\n"));
    find(&l, Severity::Error, "'256' is outside [1, 255]", Some(7));
    assert_eq!(only(&l).priority, 100, "a bad priority keeps the default");
    let l = load(&inst(" priority abc\n"));
    find(&l, Severity::Error, "'abc' is not a number", Some(7));
    let l = load(&inst(" advert_int 0\n"));
    find(&l, Severity::Error, "outside [0.01, 255]", Some(7));
    let l = load(&inst(" advert_int 0.5\n"));
    find(
        &l,
        Severity::Warning,
        "VRRPv2 advertisement interval",
        Some(7),
    );
    assert_eq!(
        only(&l).advert_int,
        Secs::from_secs(1),
        "v2 rounds to whole seconds"
    );
    let l = load(&inst(" version 3\n advert_int 0.25\n"));
    clean(&l);
    assert_eq!(only(&l).advert_int, Secs::from_millis(250));
    let l = load(&inst(" version 3\n advert_int 50\n"));
    find(
        &l,
        Severity::Warning,
        "VRRPv3 advertisement interval",
        Some(8),
    );
    assert_eq!(only(&l).advert_int, Secs::from_millis(40950));
    let l = load(&inst(" version 4\n"));
    find(&l, Severity::Error, "'4' is outside [2, 3]", Some(7));
    let l = load("vrrp_instance V {\n interface eth0\n}\n");
    find(
        &l,
        Severity::Error,
        "the virtual router id must be set",
        Some(1),
    );
}

#[test]
fn address_lines() {
    let l = load(&inst(
        " virtual_ipaddress {\n  198.18.0.2/24 brd 198.18.0.255 dev eth1 scope link label eth1:v\n  \
         2001:db8::1/64 dev eth0 -nodad noprefixroute home no_track preferred_lft 0\n }\n",
    ));
    let v = only(&l);
    let a = &v.virtual_ipaddress[1];
    assert_eq!(a.prefix_len, 24);
    assert_eq!(a.dev.as_deref(), Some("eth1"));
    assert_eq!(a.label.as_deref(), Some("eth1:v"));
    assert_eq!(a.scope.as_deref(), Some("link"));
    assert_eq!(v.virtual_ipaddress.len(), 2, "the IPv6 VIP is dropped");
    find(&l, Severity::Error, "address family must match", Some(9));

    let l = load(&inst(" virtual_ipaddress {\n  198.18.0.300\n }\n"));
    find(
        &l,
        Severity::Error,
        "'198.18.0.300' is not an IP address",
        Some(8),
    );
    let l = load(&inst(" virtual_ipaddress {\n  198.18.0.2/33\n }\n"));
    find(
        &l,
        Severity::Error,
        "prefix length must be in [0, 32]",
        Some(8),
    );
    let l = load(&inst(" virtual_ipaddress {\n  198.18.0.2 foo\n }\n"));
    find(
        &l,
        Severity::Warning,
        "unknown configuration entry 'foo'",
        Some(8),
    );
    let l = load(&inst(" virtual_ipaddress {\n  198.18.0.2 dev nosuch\n }\n"));
    find(
        &l,
        Severity::Warning,
        "interface nosuch for ip address",
        Some(8),
    );
    let l = load(&inst(" virtual_ipaddress_excluded {\n  2001:db8::5\n }\n"));
    clean(&l);
}

#[test]
fn missing_vips_are_sensible_or_required() {
    let l = load("vrrp_instance V {\n interface eth0\n virtual_router_id 5\n}\n");
    find(&l, Severity::Warning, "at least one is sensible", Some(1));
    let l = load("vrrp_instance V {\n interface eth0\n virtual_router_id 5\n version 3\n}\n");
    find(&l, Severity::Error, "at least one is required", Some(1));
}

#[test]
fn authentication_checks() {
    let l = load(&inst(
        " authentication {\n  auth_type FOO\n  auth_pass x\n }\n",
    ));
    find(
        &l,
        Severity::Error,
        "unknown authentication type 'FOO'",
        Some(8),
    );
    let l = load(&inst(
        " authentication {\n  auth_type PASS\n  auth_pass 123456789\n }\n",
    ));
    find(&l, Severity::Warning, "truncating auth_pass", Some(9));
    assert_eq!(
        only(&l)
            .authentication
            .as_ref()
            .map(|a| a.auth_pass.as_str()),
        Some("12345678")
    );
    let l = load(&inst(" authentication {\n  auth_type PASS\n }\n"));
    find(&l, Severity::Warning, "no password given", Some(7));
    let l = load(&inst(
        " state MASTER\n priority 100\n authentication {\n  auth_type AH\n  auth_pass x\n }\n",
    ));
    find(
        &l,
        Severity::Warning,
        "incompatible with AH authentication",
        Some(1),
    );
    let v = only(&l);
    assert_eq!(v.state, InitialState::Backup);
    assert_eq!(
        v.authentication.as_ref().map(|a| a.auth_type),
        Some(AuthType::Ah)
    );
    let l = load(&inst(
        " version 3\n authentication {\n  auth_type PASS\n  auth_pass x\n }\n",
    ));
    find(
        &l,
        Severity::Warning,
        "version 3 does not support authentication",
        Some(1),
    );
}

#[test]
fn interfaces_must_exist() {
    let l = load("vrrp_instance V {\n interface nosuch\n virtual_router_id 5\n virtual_ipaddress {\n 198.18.0.1\n }\n}\n");
    let d = find(
        &l,
        Severity::Warning,
        "interface nosuch for vrrp_instance V",
        Some(2),
    );
    assert_eq!(d.kind, DiagKind::Reference);
    let l =
        load("vrrp_instance V {\n virtual_router_id 5\n virtual_ipaddress {\n 198.18.0.1\n }\n}\n");
    find(&l, Severity::Error, "'interface' is not set", Some(1));
    let l = load(&inst(
        " track_interface {\n  nosuch weight 10\n  eth1\n }\n",
    ));
    find(
        &l,
        Severity::Warning,
        "tracked interface nosuch doesn't exist",
        Some(1),
    );
    assert_eq!(only(&l).track.track_interface.len(), 2);
    let l = load(&inst(" track_interface {\n  lo weight 300\n }\n"));
    find(&l, Severity::Error, "'300' is outside [-253, 253]", Some(8));
    let l = load(&format!(
        "global_defs {{\n dynamic_interfaces\n}}\n{}",
        "vrrp_instance V {\n interface nosuch\n virtual_router_id 5\n virtual_ipaddress {\n 198.18.0.1\n }\n}\n"
    ));
    clean(&l);
}

#[test]
fn tracked_objects_are_resolved_by_name() {
    let l = load(&format!(
        "vrrp_script chk {{\n script \"/bin/check arg\"\n interval 2\n weight -20\n fall 3\n}}\n{}",
        inst(" track_script {\n  chk\n  nos\n }\n")
    ));
    find(&l, Severity::Warning, "track script nos not found", Some(7));
    let s = &l.config.vrrp.vrrp_scripts[0];
    assert_eq!(
        s.script.as_ref().map(|s| s.command.as_str()),
        Some("/bin/check arg")
    );
    assert_eq!(
        (s.interval, s.timeout),
        (Secs::from_secs(2), Secs::from_secs(2))
    );
    assert_eq!((s.weight, s.rise, s.fall), (-20, 1, 3));
    assert_eq!(only(&l).track.track_script.len(), 1);

    let l = load(&format!(
        "vrrp_script s {{\n interval 2\n}}\n{}",
        inst(" track_script {\n  s\n }\n")
    ));
    find(
        &l,
        Severity::Warning,
        "no script set for vrrp_script s",
        Some(1),
    );
    find(&l, Severity::Warning, "track script s not found", Some(4));
    let l = load("vrrp_script s {\n script /bin/true\n weight 300\n}\n");
    find(&l, Severity::Error, "'300' is outside [-253, 253]", Some(3));
}

#[test]
fn sync_groups_name_existing_instances_once() {
    let two = "vrrp_instance W {\n interface eth0\n virtual_router_id 6\n virtual_ipaddress {\n  198.18.0.2\n }\n}\n";
    let l = load(&format!(
        "vrrp_sync_group G {{\n group {{\n  V\n  X\n }}\n}}\n{}",
        inst("")
    ));
    find(
        &l,
        Severity::Warning,
        "virtual router X specified in sync group G",
        Some(1),
    );
    find(&l, Severity::Warning, "has only 1 virtual router", Some(1));
    assert_eq!(
        l.config.vrrp.vrrp_sync_groups[0].group,
        vec!["V".to_string()]
    );
    let l = load(&format!(
        "vrrp_sync_group G {{\n group {{\n  V\n  W\n }}\n}}\nvrrp_sync_group H {{\n group {{\n  V\n  W\n }}\n}}\n{}{two}",
        inst("")
    ));
    find(
        &l,
        Severity::Warning,
        "cannot exist in more than one sync group",
        Some(7),
    );
    assert_eq!(
        l.config.vrrp.vrrp_sync_groups.len(),
        1,
        "H is left empty and removed"
    );
    let l = load(&format!(
        "vrrp_sync_group G {{\n group {{\n  V\n  W\n }}\n notify_master \"/bin/n a\" root\n}}\n{}{two}",
        inst("")
    ));
    clean(&l);
    let n = l.config.vrrp.vrrp_sync_groups[0]
        .notify
        .notify_master
        .clone();
    assert_eq!(
        n.map(|s| (s.command, s.user)),
        Some(("/bin/n a".into(), Some("root".into())))
    );
}

#[test]
fn duplicate_vrid_and_names() {
    let l = load(&format!("{}{}", inst(""), inst("").replace("V {", "W {")));
    let d = find(
        &l,
        Severity::Error,
        "V and W both use VRID 5 with IPv4 on interface eth0",
        Some(8),
    );
    assert_eq!(d.kind, DiagKind::Conflict);
    let l = load(&format!(
        "{}{}",
        inst(""),
        inst("")
            .replace("V {", "W {")
            .replace("198.18.0.1", "2001:db8::1")
    ));
    assert!(
        !l.diagnostics
            .iter()
            .any(|d| d.message.contains("both use VRID")),
        "IPv4 and IPv6 may share a VRID"
    );
    let l = load(&format!("{}{}", inst(""), inst(" virtual_router_id 6\n")));
    find(
        &l,
        Severity::Error,
        "vrrp instance V already defined",
        Some(8),
    );
}

#[test]
fn preempt_conflicts() {
    let l = load(&inst(" state MASTER\n nopreempt\n"));
    find(
        &l,
        Severity::Warning,
        "nopreempt is incompatible with priority 255",
        Some(1),
    );
    assert!(!only(&l).nopreempt);
    let l = load(&inst(" nopreempt\n preempt_delay 10\n"));
    find(
        &l,
        Severity::Warning,
        "preempt_delay is incompatible",
        Some(1),
    );
    let l = load(&inst(" preempt_delay 1001\n"));
    find(&l, Severity::Error, "outside [0, 1000]", Some(7));
    let l = load(&inst(" nopreempt\n"));
    clean(&l);
    assert!(only(&l).nopreempt);
}

#[test]
fn unknown_keywords_warn_with_their_block() {
    let l = load(&inst(" foo bar\n"));
    find(
        &l,
        Severity::Warning,
        "unknown keyword 'foo' in vrrp_instance",
        Some(7),
    );
    let l = load("global_defs {\n foo\n}\n");
    find(
        &l,
        Severity::Warning,
        "unknown keyword 'foo' in global_defs",
        Some(2),
    );
    let l = load(&inst(" state FOO\n"));
    find(&l, Severity::Warning, "unknown state 'FOO'", Some(7));
}

#[test]
fn global_defs_typed_and_no_effect() {
    let l = load(
        "global_defs {\n router_id r1\n notification_email {\n  a@b\n  c@d\n }\n \
         smtp_server 198.18.0.9 2525\n vrrp_priority -5\n vrrp_priority -6\n checker_priority 1\n \
         lvs_sync_daemon eth0 V id 3\n lvs_timeouts tcp 900 udp 30\n vrrp_mcast_group4 224.0.0.19\n}\n",
    );
    let g = &l.config.global_defs;
    assert_eq!(g.router_id.as_deref(), Some("r1"));
    assert_eq!(
        g.notification_email,
        vec!["a@b".to_string(), "c@d".to_string()]
    );
    assert_eq!(g.smtp_server.as_ref().map(|s| s.port), Some(2525));
    assert_eq!(g.lvs_sync_daemon.as_ref().and_then(|d| d.id), Some(3));
    assert_eq!(
        g.lvs_timeouts.as_ref().and_then(|t| t.tcp),
        Some(Secs::from_secs(900))
    );
    assert_eq!(g.vrrp_mcast_group4.to_string(), "224.0.0.19");
    let notes: Vec<_> = l
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagKind::NoEffect)
        .collect();
    assert_eq!(notes.len(), 2, "one note per keyword: {notes:?}");
    assert!(notes.iter().all(|d| d.severity == Severity::Note));
    assert_eq!(g.no_effect.len(), 3);
    find(
        &l,
        Severity::Warning,
        "lvs_sync_daemon vrrp_instance V doesn't exist",
        None,
    );
    let l = load("global_defs {\n vrrp_garp_interval 0\n}\n");
    find(
        &l,
        Severity::Error,
        "'0' is outside [0.000001, 4294.967295]",
        Some(2),
    );
    let l = load("global_defs {\n vrrp_version 4\n}\n");
    find(&l, Severity::Error, "'4' is outside [2, 3]", Some(2));
}

#[test]
fn routes_and_rules() {
    let l = load(&inst(
        " virtual_routes {\n  src 198.18.0.1 198.19.0.0/24 via 198.18.0.254 dev eth0 table 100\n  \
         blackhole 198.19.1.0/24\n  198.19.2.0/24 gw 198.18.0.254 dev eth0\n }\n \
         virtual_rules {\n  from 198.19.0.0/24 table 1 priority 100\n  to 198.19.0.0/24 table 1\n }\n",
    ));
    let v = only(&l);
    let r = &v.virtual_routes[0];
    assert_eq!(r.to, "198.19.0.0/24");
    assert_eq!(r.src.map(|a| a.to_string()).as_deref(), Some("198.18.0.1"));
    assert_eq!(r.table.as_deref(), Some("100"));
    assert_eq!(v.virtual_routes[1].kind.as_deref(), Some("blackhole"));
    find(
        &l,
        Severity::Warning,
        "\"gw\" for routes is deprecated",
        Some(10),
    );
    assert_eq!(v.virtual_rules[0].preference, Some(100));
    find(&l, Severity::Warning, "rule has no preference", Some(14));
    let l = load(&inst(
        " virtual_routes {\n  198.19.0.0/24 via 198.18.0.254\n }\n",
    ));
    find(
        &l,
        Severity::Warning,
        "cannot track route 198.19.0.0/24",
        Some(8),
    );
}

#[test]
fn keepalived_rejections_found_with_the_corpus() {
    let l = load(&inst(
        " virtual_routes {\n  198.19.0.0/24 dev eth0 foo\n }\n",
    ));
    find(
        &l,
        Severity::Warning,
        "unknown route keyword 'foo'",
        Some(8),
    );
    let l = load(&inst(
        " virtual_routes {\n  198.19.0.0/24 via 2001:db8::1 dev eth0\n }\n",
    ));
    find(&l, Severity::Error, "cannot mix IPv4 and IPv6", Some(8));
    assert!(only(&l).virtual_routes.is_empty());
    let l = load(&inst(
        " virtual_rules {\n  from 198.19.0.0/24 priority 5\n }\n",
    ));
    find(
        &l,
        Severity::Warning,
        "no action specified for rule",
        Some(8),
    );
    let l = load(&inst(
        " virtual_rules {\n  from 198.19.0.0/24 table 1 priority 5 foo\n }\n",
    ));
    find(&l, Severity::Warning, "unknown rule option 'foo'", Some(8));
    let l = load(&inst(" virtual_ipaddress {\n  198.18.0.2 scope foo\n }\n"));
    find(&l, Severity::Warning, "invalid scope 'foo'", Some(8));
    let l = load("vrrp_instance V {\n interface lo\n virtual_router_id 5\n}\n");
    find(
        &l,
        Severity::Error,
        "cannot use a loopback interface",
        Some(2),
    );
    let l = load(&inst(" mcast_src_ip 2001:db8::5\n"));
    find(&l, Severity::Error, "address family must match", Some(7));
    let l = load(&inst(" mcast_dst_ip 198.18.0.9\n"));
    find(&l, Severity::Warning, "not multicast", Some(7));
    let l = load(&inst(" native_ipv6\n"));
    find(&l, Severity::Error, "native_ipv6 with IPv4", Some(1));
    let l = load(&inst(" check_unicast_src\n"));
    find(&l, Severity::Warning, "unicast keyword", Some(7));
    let l = load(&inst(" linkbeat_use_polling\n"));
    find(&l, Severity::Warning, "deprecated", Some(7));
    let l = load(&inst(" use_ipvlan\n"));
    find(
        &l,
        Severity::Warning,
        "ipvlan requires a source ip address",
        Some(1),
    );
    let l = load(&inst(" debug\n"));
    find(&l, Severity::Error, "'debug' needs a level", Some(7));
    let l = load("global_defs {\n vrrp_priority -30\n}\n");
    find(&l, Severity::Error, "'-30' is outside [-20, 19]", Some(2));
    let l = load("global_defs {\n vrrp_iptables\n}\n");
    find(&l, Severity::Warning, "iptables not supported", Some(2));
    let l = load("global_defs {\n net_namespace x\n}\n");
    find(
        &l,
        Severity::Warning,
        "unknown keyword 'net_namespace' in global_defs",
        Some(2),
    );
    let l = load("garp_group {\n interface eth0\n}\n");
    find(
        &l,
        Severity::Warning,
        "does not have any delay set",
        Some(1),
    );
    assert!(l.config.vrrp.garp_groups.is_empty());
    let l = load(
        "vrrp_instance V {\n interface eth0\n virtual_router_id 5\n virtual_ipaddress {\n  fe80::1\n }\n version 2\n}\n",
    );
    find(
        &l,
        Severity::Warning,
        "version 2 conflicts with IPv6",
        Some(7),
    );
    assert_eq!(only(&l).version, 3);
    // Before the addresses, keepalived keeps version 2 without a word.
    let l = load(
        "vrrp_instance V {\n interface eth0\n virtual_router_id 5\n version 2\n virtual_ipaddress {\n  fe80::1\n }\n}\n",
    );
    clean(&l);
    assert_eq!(only(&l).version, 2);
}

#[test]
fn top_level_switches_and_late_global_defs() {
    let l = load("net_namespace blue\ninstance i1\nlinkbeat_use_polling\nuse_pid_dir\n");
    assert!(!l.fails_check(), "{}", l.render_diagnostics());
    let g = &l.config.global_defs;
    assert_eq!(g.net_namespace.as_deref(), Some("blue"));
    assert_eq!(g.instance.as_deref(), Some("i1"));
    assert!(g.linkbeat_use_polling);
    assert_eq!(g.no_effect[0].keyword, "use_pid_dir");
}

/// keepalived reads global_defs before anything else, wherever it stands
/// (checked with `keepalived -t`): a late one still gives the instances above
/// it their defaults and `dynamic_interfaces`.
#[test]
fn global_defs_after_the_instances_still_applies_to_them() {
    let late = format!(
        "{}global_defs {{\n vrrp_version 3\n vrrp_garp_master_repeat 7\n}}\n",
        inst(" authentication {\n  auth_type PASS\n  auth_pass secret\n }\n")
    );
    let l = load(&late);
    let v = only(&l);
    assert_eq!(v.version, 3);
    assert_eq!(v.garp_master_repeat, 7);
    assert!(v.authentication.is_none(), "version 3 drops authentication");
    find(
        &l,
        Severity::Warning,
        "VRRP version 3 does not support authentication",
        Some(1),
    );
    assert!(!l
        .diagnostics
        .iter()
        .any(|d| d.message.contains("global_defs after")));

    let missing_if = "vrrp_instance V {\n interface nosuch0\n virtual_router_id 5\n virtual_ipaddress {\n  198.18.0.1\n }\n}\n";
    let l = load(missing_if);
    find(&l, Severity::Warning, "interface nosuch0", Some(2));
    let l = load(&format!(
        "{missing_if}global_defs {{\n dynamic_interfaces\n}}\n"
    ));
    clean(&l);
    assert_eq!(only(&l).interface.as_deref(), Some("nosuch0"));
}

#[test]
fn broadcast_plus_and_minus() {
    let l = load(&inst(
        " virtual_ipaddress {\n  198.18.0.77/24 brd +\n  198.18.1.77/23 brd -\n }\n",
    ));
    clean(&l);
    let b: Vec<String> = only(&l).virtual_ipaddress[1..]
        .iter()
        .map(|a| a.brd.map(|b| b.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(b, ["198.18.0.255", "198.18.0.0"]);
}

#[test]
fn address_line_conflicts() {
    let six = |line: &str| {
        load(&format!(
            "vrrp_instance V {{\n interface eth0\n virtual_router_id 5\n virtual_ipaddress {{\n  fe80::1\n  {line}\n }}\n}}\n"
        ))
    };
    let l = six("2001:db8::5 scope link");
    find(
        &l,
        Severity::Warning,
        "cannot specify scope for IPv6",
        Some(6),
    );
    assert_eq!(only(&l).virtual_ipaddress[1].scope, None);
    let l = six("2001:db8::5 brd 2001:db8::ff");
    find(
        &l,
        Severity::Error,
        "broadcast address for the IPv6 address",
        Some(6),
    );
    let l = six("2001:db8::5 peer 198.18.0.9");
    find(
        &l,
        Severity::Warning,
        "does not match address family",
        Some(6),
    );
    let l = load(&inst(
        " virtual_ipaddress {\n  198.18.0.2/24 peer 198.18.0.9\n }\n",
    ));
    find(
        &l,
        Severity::Warning,
        "prefix when specifying peer",
        Some(8),
    );
    let l = load(&inst(
        " virtual_ipaddress {\n  198.18.0.2 peer 198.18.0.9 nodad\n }\n",
    ));
    find(
        &l,
        Severity::Warning,
        "unknown configuration entry 'nodad'",
        Some(8),
    );
}

#[test]
fn garp_delays_are_whole_seconds() {
    let l = load(&inst(" garp_master_delay 1.5\n"));
    find(&l, Severity::Error, "'1.5' is not a number", Some(7));
    let l = load("global_defs {\n vrrp_garp_master_refresh 2.5\n}\n");
    find(&l, Severity::Error, "'2.5' is not a number", Some(2));
    let l = load("global_defs {\n vrrp_garp_master_refresh 60\n vrrp_startup_delay 2.5\n}\n");
    clean(&l);
    assert_eq!(
        l.config.global_defs.vrrp_startup_delay,
        Secs::from_millis(2500)
    );
}

#[test]
fn unicast_over_a_vmac_transmits_on_the_base_interface() {
    let l = load(&inst(" use_vmac\n unicast_peer {\n  198.18.0.2\n }\n"));
    find(&l, Severity::Warning, "requires vmac_xmit_base", Some(1));
    assert!(only(&l).use_vmac.as_ref().is_some_and(|m| m.xmit_base));
}

#[test]
fn script_commands_split_into_arguments() {
    let l = load(&inst(" notify_master \"/bin/sh -c 'echo  a'\" root\n"));
    let s = only(&l)
        .notify
        .notify_master
        .clone()
        .expect("notify_master");
    assert_eq!(s.argv(), ["/bin/sh", "-c", "echo  a"]);
    assert_eq!(s.user.as_deref(), Some("root"));
}
