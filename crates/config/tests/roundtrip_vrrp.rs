//! Printing a VRRP-side model and parsing the text back gives the same model,
//! without errors or warnings.
//!
//! Models are built from a vector of random words that proptest shrinks towards
//! zeros (the simplest model); the builder keeps to combinations keepalived
//! accepts without complaint (e.g. no authentication in strict mode).

use proptest::prelude::*;
use rvs_config::model::global::{ScriptUser, SmtpServer};
use rvs_config::model::vrrp::{
    AuthType, Authentication, InitFile, InitialState, IpAddress, Notify, Route, Rule, Script,
    SyncGroup, TrackFile, TrackProcess, TrackRef, Tracking, UnicastPeer, Vmac, VrrpInstance,
    VrrpScript,
};
use rvs_config::model::Secs;
use rvs_config::{AnyHost, Config, LexOptions, Severity};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Hands out the random words; past the end, zeros.
struct Gen {
    words: Vec<u32>,
    at: usize,
}

impl Gen {
    fn next(&mut self) -> u32 {
        let w = self.words.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        w
    }
    fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below(hi - lo + 1)
    }
    fn flag(&mut self) -> bool {
        self.below(2) == 1
    }
    fn maybe<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> Option<T> {
        if self.flag() {
            Some(f(self))
        } else {
            None
        }
    }
    fn name(&mut self, prefix: &str) -> String {
        format!("{prefix}{}", self.below(1000))
    }
    fn v4(&mut self) -> IpAddr {
        IpAddr::V4(Ipv4Addr::new(
            198,
            18,
            self.below(256) as u8,
            self.range(1, 254) as u8,
        ))
    }
    fn v6(&mut self) -> IpAddr {
        IpAddr::V6(Ipv6Addr::new(
            0x2001,
            0xdb8,
            0,
            0,
            0,
            0,
            0,
            self.range(1, 0xffff) as u16,
        ))
    }
    fn secs(&mut self, max_us: u32) -> Secs {
        Secs(self.below(max_us) as u64)
    }
    /// GARP delays are whole seconds in keepalived.
    fn whole_secs(&mut self, max: u32) -> Secs {
        Secs::from_secs(self.below(max) as u64)
    }
    fn weight(&mut self, max: i32) -> i32 {
        self.range(0, 2 * max as u32) as i32 - max
    }
    fn script(&mut self) -> Script {
        let args = if self.flag() { " arg1 arg2" } else { "" };
        Script {
            command: format!("/usr/local/bin/{}{args}", self.name("s")),
            user: self.maybe(|g| g.name("u")),
            group: None,
        }
    }
}

fn address(g: &mut Gen, v6: bool) -> IpAddress {
    let addr = if v6 { g.v6() } else { g.v4() };
    let max: u8 = if v6 { 128 } else { 32 };
    // keepalived: no prefix next to a peer, no scope or broadcast on IPv6.
    let peer = g.maybe(|g| if v6 { g.v6() } else { g.v4() });
    IpAddress {
        addr,
        prefix_len: if peer.is_some() {
            max
        } else {
            g.range(0, max.into()) as u8
        },
        brd: if v6 { None } else { g.maybe(|g| g.v4()) },
        dev: g.maybe(|g| ["eth0", "lo", "eth1"][g.below(3) as usize].to_string()),
        scope: if v6 {
            None
        } else {
            g.maybe(|g| ["global", "link", "host", "site"][g.below(4) as usize].to_string())
        },
        label: g.maybe(|g| format!("eth0:{}", g.below(10))),
        peer,
        home: g.flag(),
        nodad: g.flag(),
        noprefixroute: g.flag(),
        mngtmpaddr: v6 && g.flag(),
        autojoin: g.flag(),
        use_vmac: g.flag(),
        track_group: None,
        no_track: g.flag(),
        preferred_lft: g.maybe(|g| g.below(100_000)),
    }
}

fn route(g: &mut Gen) -> Route {
    Route {
        kind: None,
        to: format!("198.19.{}.0/24", g.below(256)),
        src: g.maybe(|g| g.v4()),
        via: g.maybe(|g| g.v4()),
        dev: Some("eth0".into()),
        table: g.maybe(|g| g.range(1, 250).to_string()),
        metric: g.maybe(|g| g.below(1000)),
        scope: g.maybe(|_| "link".to_string()),
        options: Vec::new(),
        no_track: g.flag(),
    }
}

fn rule(g: &mut Gen) -> Rule {
    Rule {
        from: g.maybe(|g| format!("198.19.{}.0/24", g.below(256))),
        to: g.maybe(|g| format!("198.20.{}.0/24", g.below(256))),
        table: Some(g.range(1, 250).to_string()),
        preference: Some(g.range(1, 32000)),
        options: Vec::new(),
        no_track: g.flag(),
    }
}

fn refs(g: &mut Gen, names: &[String], max_w: i32) -> Vec<TrackRef> {
    let mut out: Vec<TrackRef> = Vec::new();
    for n in names {
        if g.flag() {
            out.push(TrackRef {
                name: n.clone(),
                weight: g.maybe(|g| g.weight(max_w)),
                reverse: false,
            });
        }
    }
    if let Some(r) = out.first_mut() {
        r.reverse = r.weight.is_some() && g.flag();
    }
    out
}

fn notify(g: &mut Gen) -> Notify {
    Notify {
        notify_master: g.maybe(Gen::script),
        notify_backup: g.maybe(Gen::script),
        notify_fault: g.maybe(Gen::script),
        notify_stop: g.maybe(Gen::script),
        notify_deleted: None,
        notify: g.maybe(Gen::script),
        notify_master_rx_lower_pri: None,
        notify_priority_changes: g.flag(),
    }
}

fn instance(g: &mut Gen, i: usize, objs: &Objects) -> VrrpInstance {
    let strict = g.below(4) == 0;
    let version = if g.flag() { 3 } else { 2 };
    let priority = if g.below(4) == 0 {
        255
    } else {
        g.range(1, 254) as u8
    };
    let owner = priority == 255;
    let state = if strict {
        if owner {
            InitialState::Master
        } else {
            InitialState::Backup
        }
    } else if g.flag() {
        InitialState::Master
    } else {
        InitialState::Backup
    };
    let master = state == InitialState::Master;
    let advert_int = if version == 2 {
        Secs::from_secs(g.range(1, 255) as u64)
    } else {
        Secs(g.range(1, 4095) as u64 * 10_000)
    };
    let nopreempt = !owner && !master && g.flag();
    let preempt_delay = if strict || master || nopreempt {
        Secs(0)
    } else {
        Secs::from_secs(g.below(1000) as u64)
    };
    let authentication = if strict || version == 3 {
        None
    } else {
        g.maybe(|g| Authentication {
            auth_type: if !master || owner {
                AuthType::Ah
            } else {
                AuthType::Pass
            },
            auth_pass: format!("p{}", g.below(10_000_000)),
        })
    };
    let unicast_peer: Vec<UnicastPeer> = (0..g.below(3))
        .map(|_| UnicastPeer {
            addr: g.v4(),
            min_ttl: g.maybe(|g| g.below(128) as u8),
            max_ttl: g.maybe(|g| g.range(128, 255) as u8),
        })
        .collect();
    let unicast = !unicast_peer.is_empty();
    // Unicast over a VMAC needs vmac_xmit_base, which strict mode forbids.
    let vmac = if strict && unicast {
        None
    } else {
        g.maybe(|g| Vmac {
            name: g.maybe(|g| g.name("vrrp.")),
            xmit_base: unicast || (!strict && g.flag()),
        })
    };
    let own_if = if g.flag() { "eth0" } else { "eth1" };
    let other_ifs: Vec<String> = ["ifb0", "ifb1"].iter().map(|s| s.to_string()).collect();
    let mut inst = VrrpInstance {
        name: format!("VI_{i}"),
        state,
        interface: Some(own_if.to_string()),
        virtual_router_id: (i + 1) as u8,
        priority,
        advert_int,
        version,
        promote_secondaries: vmac.is_none() && g.flag(),
        use_vmac: vmac,
        use_ipvlan: false,
        dont_track_primary: g.flag(),
        track: Tracking {
            track_interface: refs(g, &other_ifs, 253),
            track_script: refs(g, &objs.scripts, 253),
            track_file: refs(g, &objs.files, 254),
            track_process: refs(g, &objs.processes, 254),
            track_bfd: Vec::new(),
        },
        mcast_src_ip: g.maybe(|g| g.v4()),
        mcast_dst_ip: None,
        unicast_src_ip: if unicast { g.maybe(|g| g.v4()) } else { None },
        unicast_ttl: if unicast { g.range(1, 255) as u8 } else { 255 },
        unicast_peer,
        unicast_fault_no_peer: g.flag(),
        virtual_ipaddress: (0..g.range(1, 3)).map(|_| address(g, false)).collect(),
        virtual_ipaddress_excluded: (0..g.below(3))
            .map(|_| {
                let v6 = g.flag();
                address(g, v6)
            })
            .collect(),
        virtual_routes: (0..g.below(3)).map(|_| route(g)).collect(),
        virtual_rules: (0..g.below(2)).map(|_| rule(g)).collect(),
        nopreempt,
        preempt_delay,
        accept: if strict && version == 2 && !owner {
            false
        } else {
            g.flag()
        },
        garp_master_delay: g.whole_secs(100),
        garp_master_repeat: g.range(1, 10),
        garp_master_refresh: g.whole_secs(100),
        garp_master_refresh_repeat: g.range(1, 10),
        garp_lower_prio_delay: if strict { Secs(0) } else { g.whole_secs(100) },
        garp_lower_prio_repeat: if strict { 0 } else { g.below(10) },
        lower_prio_no_advert: strict || g.flag(),
        higher_prio_send_advert: !strict && g.flag(),
        down_timer_adverts: g.range(1, 100),
        authentication,
        notify: notify(g),
        smtp_alert: g.flag(),
        strict_mode: strict,
        skip_check_adv_addr: g.flag(),
        check_unicast_src: unicast && g.flag(),
        kernel_rx_buf_size: g.maybe(|g| g.below(1 << 20) as u64),
        native_ipv6: false,
        old_unicast_checksum: unicast && g.flag(),
        linkbeat_use_polling: false,
        track_src_ip: g.flag(),
        lvs_sync_daemon_interface: None,
    };
    // An address owner's priority never moves: keepalived refuses tracking that
    // would change it.
    if owner {
        let t = &mut inst.track;
        for r in t
            .track_interface
            .iter_mut()
            .chain(&mut t.track_file)
            .chain(&mut t.track_process)
        {
            r.weight = Some(0);
            r.reverse = false;
        }
    }
    // keepalived refuses use_vmac on an address of an instance that has one.
    if inst.use_vmac.is_some() {
        let addrs = inst.virtual_ipaddress.iter_mut();
        for a in addrs.chain(inst.virtual_ipaddress_excluded.iter_mut()) {
            a.use_vmac = false;
        }
    }
    inst
}

struct Objects {
    scripts: Vec<String>,
    files: Vec<String>,
    processes: Vec<String>,
}

fn model(words: Vec<u32>) -> Config {
    let mut g = Gen { words, at: 0 };
    let mut cfg = Config::default();
    let gd = &mut cfg.global_defs;
    gd.router_id = g.maybe(|g| g.name("r"));
    gd.notification_email = (0..g.below(3))
        .map(|i| format!("ops{i}@example.com"))
        .collect();
    gd.smtp_server = g.maybe(|g| SmtpServer {
        host: "198.18.0.25".into(),
        port: g.range(1, 65535) as u16,
    });
    gd.script_user = g.maybe(|g| ScriptUser {
        user: g.name("u"),
        group: g.maybe(|g| g.name("g")),
    });
    gd.enable_script_security = g.flag();
    gd.vrrp_garp_master_delay = g.whole_secs(10);
    gd.vrrp_garp_interval = Secs(g.range(1, 1_000_000) as u64);
    gd.vrrp_version = if g.flag() { 3 } else { 2 };
    gd.vrrp_strict = g.flag();
    gd.max_auto_priority = g.maybe(|g| g.below(100) as i32);

    let v = &mut cfg.vrrp;
    for i in 0..g.below(3) {
        let timeout = g.secs(10_000_000);
        v.vrrp_scripts.push(VrrpScript {
            name: format!("chk{i}"),
            script: Some(g.script()),
            interval: Secs(g.range(1, 10_000_000) as u64),
            timeout: Secs(timeout.0 + 1),
            weight: g.weight(253),
            weight_reverse: g.flag(),
            rise: g.range(1, 5),
            fall: g.range(1, 5),
            init_fail: g.flag(),
        });
    }
    for i in 0..g.below(2) {
        v.track_files.push(TrackFile {
            name: format!("tf{i}"),
            file: Some(format!("/run/rvs/file{i}")),
            weight: g.weight(254),
            weight_reverse: g.flag(),
            init_file: g.maybe(|g| InitFile {
                value: g.below(100) as i64,
                overwrite: g.flag(),
            }),
        });
    }
    for i in 0..g.below(2) {
        v.track_processes.push(TrackProcess {
            name: format!("tp{i}"),
            process: Some("haproxy".into()),
            params: if g.flag() {
                vec!["-f".into(), "/etc/x.cfg".into()]
            } else {
                Vec::new()
            },
            param_match: None,
            full_command: g.flag(),
            quorum: g.range(1, 4),
            quorum_max: g.maybe(|g| g.range(4, 8)),
            weight: g.weight(253),
            weight_reverse: g.flag(),
            delay: g.maybe(|g| Secs(g.range(1, 10_000_000) as u64)),
            terminate_delay: None,
            fork_delay: None,
        });
    }
    let objs = Objects {
        scripts: v.vrrp_scripts.iter().map(|s| s.name.clone()).collect(),
        files: v.track_files.iter().map(|s| s.name.clone()).collect(),
        processes: v.track_processes.iter().map(|s| s.name.clone()).collect(),
    };
    let n = g.range(1, 4) as usize;
    for i in 0..n {
        let inst = instance(&mut g, i, &objs);
        v.vrrp_instances.push(inst);
    }
    if n >= 2 && g.flag() {
        v.vrrp_sync_groups.push(SyncGroup {
            name: "G1".into(),
            group: v.vrrp_instances.iter().map(|i| i.name.clone()).collect(),
            notify: notify(&mut g),
            smtp_alert: g.flag(),
            global_tracking: false,
            sync_group_tracking_weight: g.flag(),
            track: Tracking {
                track_script: refs(&mut g, &objs.scripts, 253),
                ..Tracking::default()
            },
        });
    }
    v.static_ipaddress = (0..g.below(3))
        .map(|_| {
            let v6 = g.flag();
            address(&mut g, v6)
        })
        .collect();
    v.static_routes = (0..g.below(2)).map(|_| route(&mut g)).collect();
    v.static_rules = (0..g.below(2)).map(|_| rule(&mut g)).collect();
    cfg
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn print_then_parse_gives_the_same_model(words in prop::collection::vec(any::<u32>(), 400)) {
        let cfg = model(words);
        let text = rvs_config::print(&cfg);
        let l = rvs_config::load_str(&text, "roundtrip.conf", &LexOptions::default(), &AnyHost);
        let bad: Vec<String> = l
            .diagnostics
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .map(|d| d.render(&l.sources))
            .collect();
        prop_assert!(bad.is_empty(), "diagnostics:\n{}\ntext:\n{}", bad.join(""), text);
        prop_assert_eq!(&l.config, &cfg, "text:\n{}", text);
    }
}

#[test]
fn a_rich_model_round_trips() {
    // Every word 1: most options present; a fixed case that cannot shrink away.
    let cfg = model(vec![1; 400]);
    assert!(!cfg.vrrp.vrrp_instances.is_empty());
    let text = rvs_config::print(&cfg);
    let l = rvs_config::load_str(&text, "rich.conf", &LexOptions::default(), &AnyHost);
    assert!(!l.fails_check(), "{}\n{text}", l.render_diagnostics());
    assert_eq!(l.config, cfg, "text:\n{text}");
}
