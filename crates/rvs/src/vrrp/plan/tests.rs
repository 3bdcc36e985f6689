use super::*;
use rvs_config::model::global::ScriptUser;
use rvs_config::{AnyHost, LexOptions};
use std::net::Ipv4Addr;
use std::time::Duration;

fn load(text: &str) -> Config {
    let loaded = rvs_config::load_str(text, "test.conf", &LexOptions::default(), &AnyHost);
    assert!(
        !loaded.has_errors(),
        "test config has errors:\n{}",
        loaded.render_diagnostics()
    );
    loaded.config
}

fn eth0(name: &str, ipv6: bool) -> Option<IpAddr> {
    match (name, ipv6) {
        ("eth0", false) => Some(IpAddr::V4(Ipv4Addr::new(198, 18, 0, 1))),
        ("eth0", true) => "fe80::1".parse().ok(),
        _ => None,
    }
}

#[test]
fn defaults_follow_keepalived() {
    let cfg = load(
        "vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n \
         virtual_ipaddress {\n  198.18.0.100\n  198.18.0.101/24 brd 198.18.0.255 dev eth1 scope link label eth1:vip\n }\n}\n",
    );
    let p = plans(&cfg, &eth0).expect("plans");
    assert_eq!(p.len(), 1);
    let c = &p[0].config;
    let mut want = InstanceConfig::new(
        "VI_1",
        51,
        Version::V2,
        IpAddr::V4(Ipv4Addr::new(198, 18, 0, 1)),
        AddressList::V4(vec![
            Ipv4Addr::new(198, 18, 0, 100),
            Ipv4Addr::new(198, 18, 0, 101),
        ]),
    );
    want.garp.lower_prio_repeat = c.garp.lower_prio_repeat;
    want.garp.lower_prio_delay = c.garp.lower_prio_delay;
    assert_eq!(c, &want);
    assert_eq!(p[0].interface, "eth0");
    let mut second = Vip::new(IpAddr::V4(Ipv4Addr::new(198, 18, 0, 101)), 24, "eth1");
    second.brd = Some(Ipv4Addr::new(198, 18, 0, 255));
    second.scope = 253;
    second.label = Some("eth1:vip".into());
    assert_eq!(
        p[0].vips,
        vec![
            Vip::new(IpAddr::V4(Ipv4Addr::new(198, 18, 0, 100)), 32, "eth0"),
            second,
        ]
    );
}

#[test]
fn every_instance_field_is_carried() {
    let cfg = load(
        "global_defs {\n vrrp_mcast_group4 224.0.0.19\n vrrp_garp_master_repeat 2\n}\n\
         vrrp_script chk {\n script /bin/true\n weight -20\n rise 3\n fall 4\n}\n\
         vrrp_instance VI_2 {\n state MASTER\n interface eth0\n virtual_router_id 7\n \
         priority 150\n advert_int 0.5\n version 3\n \
         unicast_src_ip 198.18.0.9\n unicast_peer {\n  198.18.0.10\n }\n \
         authentication {\n  auth_type PASS\n  auth_pass 0123456789\n }\n \
         track_interface {\n  eth1 weight 10\n }\n track_script {\n  chk\n }\n \
         down_timer_adverts 5\n garp_master_refresh 30\n \
         virtual_ipaddress {\n  198.18.0.100\n }\n \
         virtual_ipaddress_excluded {\n  198.18.0.200\n }\n}\n",
    );
    let p = plans(&cfg, &eth0).expect("plans");
    let c = &p[0].config;
    assert_eq!(c.vrid, 7);
    assert_eq!(c.version, Version::V3);
    assert_eq!(c.priority, 150);
    assert_eq!(c.advert_int, Duration::from_millis(500));
    assert!(c.initial_master);
    assert_eq!(c.source, IpAddr::V4(Ipv4Addr::new(198, 18, 0, 9)));
    assert_eq!(
        c.unicast_peers,
        vec![IpAddr::V4(Ipv4Addr::new(198, 18, 0, 10))]
    );
    assert_eq!(c.mcast_group, IpAddr::V4(Ipv4Addr::new(224, 0, 0, 19)));
    // VRRPv3 has no authentication; keepalived ignores the block.
    assert_eq!(c.auth, Auth::None);
    assert_eq!(c.garp.master_repeat, 2);
    assert_eq!(c.garp.master_refresh, Duration::from_secs(30));
    assert_eq!(c.down_timer_adverts, 5);
    assert_eq!(
        c.track_interfaces,
        vec![TrackInterface {
            name: "eth1".into(),
            weight: Weight {
                weight: 10,
                reverse: false
            }
        }]
    );
    assert_eq!(
        c.track_scripts,
        vec![TrackScript {
            name: "chk".into(),
            weight: Weight {
                weight: -20,
                reverse: false
            },
            rise: 3,
            fall: 4,
            init_fail: false,
        }]
    );
    // Excluded addresses are added but not advertised.
    assert_eq!(
        c.vips,
        AddressList::V4(vec![Ipv4Addr::new(198, 18, 0, 100)])
    );
    assert_eq!(p[0].vips.len(), 2);
}

#[test]
fn an_interface_without_ipv4_is_an_error() {
    let cfg = load(
        "vrrp_instance VI_1 {\n interface eth9\n virtual_router_id 51\n \
         virtual_ipaddress {\n  198.18.0.100\n }\n}\n",
    );
    assert_eq!(
        plans(&cfg, &eth0),
        Err(PlanError::NoSource("VI_1".into(), "eth9".into()))
    );
}

#[test]
fn ipv6_instances_advertise_from_the_link_local_address_to_ff02_12() {
    let cfg = load(
        "vrrp_instance VI_6 {\n interface eth0\n virtual_router_id 51\n \
         virtual_ipaddress {\n  2001:db8::1\n  2001:db8::2/64\n }\n \
         virtual_ipaddress_excluded {\n  198.18.0.9\n }\n}\n",
    );
    let p = plans(&cfg, &eth0).expect("plans");
    let c = &p[0].config;
    assert_eq!(c.version, Version::V3);
    assert_eq!(c.source, "fe80::1".parse::<IpAddr>().expect("literal"));
    assert_eq!(
        c.mcast_group,
        "ff02::12".parse::<IpAddr>().expect("literal")
    );
    assert_eq!(
        c.vips,
        AddressList::V6(vec![
            "2001:db8::1".parse().expect("literal"),
            "2001:db8::2".parse().expect("literal")
        ])
    );
    // keepalived deprecates a /128 VIP; the excluded IPv4 address is added too.
    assert_eq!(p[0].vips[0].preferred_lft, Some(0));
    assert_eq!(p[0].vips[1].preferred_lft, None);
    assert_eq!(p[0].vips.len(), 3);
}

#[test]
fn nopreempt_clears_preempt() {
    let cfg = load(
        "vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n nopreempt\n \
         virtual_ipaddress {\n  198.18.0.100\n }\n}\n",
    );
    let p = plans(&cfg, &eth0).expect("plans");
    assert!(!p[0].config.preempt);
}

#[test]
fn preempt_delay_and_password_of_a_v2_backup() {
    let cfg = load(
        "vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n preempt_delay 10\n \
         authentication {\n  auth_type PASS\n  auth_pass 0123456789\n }\n \
         virtual_ipaddress {\n  198.18.0.100\n }\n}\n",
    );
    let p = plans(&cfg, &eth0).expect("plans");
    assert_eq!(p[0].config.preempt_delay, Duration::from_secs(10));
    assert_eq!(p[0].config.auth, Auth::password("01234567"));
}

#[test]
fn tracked_scripts_become_jobs_and_untracked_ones_do_not() {
    let cfg = load(
        "vrrp_script chk {\n script \"/bin/test -e /tmp/x\"\n interval 2\n}\n\
         vrrp_script idle {\n script /bin/true\n}\n\
         vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n \
         track_script {\n  chk\n }\n virtual_ipaddress {\n  198.18.0.100\n }\n}\n",
    );
    let p = plans(&cfg, &eth0).expect("plans");
    assert_eq!(
        script_jobs(&cfg, &p, &DefaultRunAs::Ourselves),
        vec![ScriptJob {
            name: "chk".into(),
            argv: vec!["/bin/test".into(), "-e".into(), "/tmp/x".into()],
            run_as: RunAs::Ourselves,
            interval: Duration::from_secs(2),
            timeout: Duration::from_secs(2),
        }]
    );
}

#[test]
fn sync_groups_name_their_members_by_position() {
    let cfg = load(
        "vrrp_sync_group G {\n group {\n  VI_2\n  VI_1\n }\n}\n\
         vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n \
         virtual_ipaddress {\n  198.18.0.100\n }\n}\n\
         vrrp_instance VI_2 {\n interface eth0\n virtual_router_id 52\n \
         virtual_ipaddress {\n  198.18.0.101\n }\n}\n",
    );
    let p = plans(&cfg, &eth0).expect("plans");
    let g = sync_groups(&cfg, &p);
    assert_eq!(g.len(), 1);
    assert_eq!((g[0].name.as_str(), &g[0].members[..]), ("G", &[1, 0][..]));
}

#[test]
fn what_rvs_cannot_honour_yet_is_refused_by_name() {
    let refused = |text: &str| plans(&load(text), &eth0).expect_err("refused");
    let vi = |extra: &str| {
        format!(
            "vrrp_instance VI_1 {{\n interface eth0\n virtual_router_id 51\n{extra} \
             virtual_ipaddress {{\n  198.18.0.100\n }}\n}}\n"
        )
    };
    assert_eq!(
        refused(&vi(
            " virtual_routes {\n  198.18.5.0/24 via 198.18.0.254 advmss 1400\n }\n"
        )),
        PlanError::UnsupportedOption(
            "VI_1".into(),
            "virtual_routes",
            "route 198.18.5.0/24 option advmss".into()
        )
    );
}

#[test]
fn use_vmac_puts_the_vips_on_the_virtual_router_mac() {
    let cfg = load(
        "vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n use_vmac\n \
         virtual_ipaddress {\n  198.18.0.100\n  198.18.0.101 dev eth1\n }\n}\n",
    );
    let p = plans(&cfg, &eth0).expect("plans");
    let m = p[0].vmac.as_ref().expect("a vmac");
    assert_eq!(
        (m.name.as_str(), m.base.as_str(), m.mac, m.xmit_base),
        ("vrrp.51", "eth0", [0, 0, 0x5e, 0, 1, 51], false)
    );
    assert_eq!(p[0].vips[0].dev, "vrrp.51");
    assert_eq!(p[0].vips[1].dev, "eth1");
    // Adverts still name the base interface's address.
    assert_eq!(p[0].config.source, IpAddr::V4(Ipv4Addr::new(198, 18, 0, 1)));
}

#[test]
fn an_ipv6_vmac_has_the_ipv6_virtual_router_mac() {
    let cfg = load(
        "vrrp_instance VI_6 {\n interface eth0\n virtual_router_id 51\n use_vmac v6\n \
         virtual_ipaddress {\n  2001:db8::1\n }\n}\n",
    );
    let p = plans(&cfg, &eth0).expect("plans");
    let m = p[0].vmac.as_ref().expect("a vmac");
    assert_eq!((m.name.as_str(), m.mac), ("v6", [0, 0, 0x5e, 0, 2, 51]));
    assert_eq!(p[0].vips[0].dev, "v6");
}

#[test]
fn track_files_carry_their_weight_and_path() {
    let cfg = load(
        "track_file tf {\n file /tmp/rvs-tf\n weight -3 reverse\n}\n\
         vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n \
         track_file {\n  tf\n }\n virtual_ipaddress {\n  198.18.0.100\n }\n}\n",
    );
    let p = plans(&cfg, &eth0).expect("plans");
    assert_eq!(
        p[0].config.track_files,
        vec![TrackFile {
            name: "tf".into(),
            weight: Weight {
                weight: -3,
                reverse: true
            }
        }]
    );
    assert_eq!(
        p[0].files,
        vec![WatchedFile {
            name: "tf".into(),
            path: "/tmp/rvs-tf".into()
        }]
    );
}

fn synced(group_extra: &str, member_extra: &str, priority: u8) -> Config {
    load(&format!(
        "track_file tf {{\n file /tmp/rvs-tf\n weight 5\n}}\n\
         track_file own {{\n file /tmp/rvs-own\n}}\n\
         vrrp_script chk {{\n script /bin/true\n weight 10\n}}\n\
         vrrp_sync_group G {{\n group {{\n  VI_1\n  VI_2\n }}\n{group_extra}}}\n\
         vrrp_instance VI_1 {{\n interface eth0\n virtual_router_id 51\n priority {priority}\n\
         {member_extra} virtual_ipaddress {{\n  198.18.0.100\n }}\n}}\n\
         vrrp_instance VI_2 {{\n interface eth0\n virtual_router_id 52\n \
         virtual_ipaddress {{\n  198.18.0.101\n }}\n}}\n"
    ))
}

#[test]
fn a_sync_group_tracks_for_every_member_and_members_lose_their_weights() {
    let member = " track_file {\n  own\n }\n track_script {\n  chk\n }\n \
                  track_interface {\n  eth1 weight -10\n }\n";
    let cfg = synced(" track_file {\n  tf\n }\n", member, 100);
    let p = plans(&cfg, &eth0).expect("plans");
    let five = Weight {
        weight: 5,
        reverse: false,
    };
    for plan in &p {
        assert_eq!(
            plan.config.track_files,
            vec![TrackFile {
                name: "tf".into(),
                weight: five
            }],
            "{}: the group's file with its weight, the member's weighted one dropped",
            plan.config.name
        );
        assert_eq!(plan.files.len(), 1);
        assert_eq!(plan.files[0].name, "tf");
    }
    assert!(
        p[0].config.track_scripts.is_empty(),
        "weighted script dropped"
    );
    assert_eq!(
        p[0].config.track_interfaces[0].weight,
        Weight::FAULT,
        "weighted interface tracked for FAULT only"
    );
    assert!(
        script_jobs(&cfg, &p, &DefaultRunAs::Ourselves).is_empty(),
        "no member runs chk"
    );

    // sync_group_tracking_weight keeps the member's weights.
    let cfg = synced(
        " sync_group_tracking_weight\n track_file {\n  tf\n }\n",
        member,
        100,
    );
    let p = plans(&cfg, &eth0).expect("plans");
    assert_eq!(p[0].config.track_files.len(), 2);
    assert_eq!(p[0].config.track_scripts.len(), 1);
    assert_eq!(p[0].config.track_interfaces[0].weight.weight, -10);

    // A group with an address owner tracks with weight 0.
    let cfg = synced(" track_file {\n  tf\n }\n", "", 255);
    let p = plans(&cfg, &eth0).expect("plans");
    assert_eq!(p[1].config.track_files[0].weight, Weight::FAULT);
}

#[test]
fn a_tracked_process_is_a_script_that_always_has_a_result() {
    let cfg = load(
        "vrrp_track_process p {\n process haproxy\n weight 10 reverse\n quorum 2\n}\n\
         vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n \
         track_process {\n  p\n }\n virtual_ipaddress {\n  198.18.0.100\n }\n}\n",
    );
    let p = plans(&cfg, &eth0).expect("plans");
    assert_eq!(
        p[0].config.track_scripts,
        vec![TrackScript {
            name: "process p".into(),
            weight: Weight {
                weight: 10,
                reverse: true
            },
            rise: 1,
            fall: 1,
            init_fail: false,
        }]
    );
    let jobs = process_jobs(&cfg, &p);
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].name, "process p");
    assert!(script_jobs(&cfg, &p, &DefaultRunAs::Ourselves).is_empty());
}

#[test]
fn scripts_run_as_their_user_or_script_user_and_refused_ones_are_not_tracked() {
    let cfg = load(
        "global_defs {\n enable_script_security\n}\n\
         vrrp_script own {\n script /bin/true\n user daemon daemon\n}\n\
         vrrp_script plain {\n script /bin/false\n}\n\
         vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n \
         track_script {\n  own\n  plain\n }\n virtual_ipaddress {\n  198.18.0.100\n }\n}\n",
    );
    let daemon = RunAs::User(ScriptUser {
        user: "daemon".into(),
        group: Some("daemon".into()),
    });
    let nobody = RunAs::User(ScriptUser {
        user: "nobody".into(),
        group: None,
    });
    let users = |jobs: Vec<ScriptJob>| -> Vec<(String, RunAs)> {
        jobs.into_iter().map(|j| (j.name, j.run_as)).collect()
    };
    let p = plans(&cfg, &eth0).expect("plans");
    let script_user = DefaultRunAs::User(ScriptUser {
        user: "nobody".into(),
        group: None,
    });
    assert_eq!(
        users(script_jobs(&cfg, &p, &script_user)),
        vec![("own".into(), daemon.clone()), ("plain".into(), nobody)]
    );

    // Script security with no default user: `plain` is removed, as keepalived does.
    let mut p = plans(&cfg, &eth0).expect("plans");
    let refused = untrack_refused_scripts(&cfg, &mut p, &DefaultRunAs::Refused);
    assert_eq!(refused, ["plain"]);
    let tracked: Vec<&str> = p[0]
        .config
        .track_scripts
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(tracked, ["own"]);
    assert_eq!(
        users(script_jobs(&cfg, &p, &DefaultRunAs::Refused)),
        vec![("own".into(), daemon)]
    );
}
