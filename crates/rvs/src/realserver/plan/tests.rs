use super::*;

const A: &str = "198.18.0.100";
const B: &str = "198.18.0.101";

fn ip(s: &str) -> IpAddr {
    s.parse().expect("test addresses parse")
}

fn key(dev: &str, name: &str) -> String {
    conf_key(dev, name)
}

/// A host as a fresh Debian leaves it: ARP answers for every local address,
/// rp_filter off globally, one uplink `eth0` with the default route.
fn host() -> Host {
    let mut h = Host::default();
    h.lo.insert(ip("127.0.0.1"));
    h.links.insert(
        "lo".into(),
        Link {
            up: true,
            ..Link::default()
        },
    );
    h.links.insert(
        "eth0".into(),
        Link {
            up: true,
            ..Link::default()
        },
    );
    for (k, v) in [
        (key("all", "arp_ignore"), 0),
        (key("all", "arp_announce"), 0),
        (key("all", "rp_filter"), 0),
        (key("default", "rp_filter"), 1),
        (key("lo", "rp_filter"), 0),
        (key("eth0", "rp_filter"), 1),
    ] {
        h.sysctls.insert(k, v);
    }
    h.default_devs = vec!["eth0".into()];
    h
}

fn up_req(vip: &str, mode: Mode) -> Up {
    Up {
        vip: ip(vip),
        mode,
        devs: Vec::new(),
        decap: Decap::Auto,
        gue_port: None,
    }
}

/// What the host looks like after the executor ran `actions`.
fn run(host: &mut Host, actions: &[Action]) {
    for a in actions {
        match a {
            Action::AddAddress { addr } => {
                host.lo.insert(*addr);
            }
            Action::DelAddress { addr } => {
                host.lo.remove(addr);
            }
            Action::SetSysctl { key, to, .. } => {
                host.sysctls.insert(key.clone(), *to);
            }
            Action::LoadModule { name } => {
                let dev = if name == "ipip" { "tunl0" } else { "ip6tnl0" };
                host.links.insert(dev.into(), Link::default());
                let default = host.sysctls[&conf_key("default", "rp_filter")];
                host.sysctls.insert(conf_key(dev, "rp_filter"), default);
            }
            Action::SetLink { dev, up } => {
                host.links.get_mut(dev).expect("the link exists").up = *up;
            }
            Action::AttachDecap { dev, gue_port } => {
                let l = host.links.get_mut(dev).expect("the link exists");
                l.xdp = true;
                l.our_decap = true;
                l.our_gue = gue_port.is_some();
            }
            Action::DetachDecap { dev, .. } => {
                let l = host.links.get_mut(dev).expect("the link exists");
                l.xdp = false;
                l.our_decap = false;
                l.our_gue = false;
            }
        }
    }
}

/// `up`, run on `host`; the state to save.
fn do_up(host: &mut Host, state: &State, req: &Up) -> (Vec<Action>, State) {
    let p = up(req, host, state).expect("up plans");
    run(host, &p.actions);
    (p.actions, p.state)
}

fn do_down(host: &mut Host, state: &State, vip: &str) -> Plan {
    let p = down(ip(vip), host, state);
    run(host, &p.actions);
    p
}

fn set(k: String, from: u32, to: u32) -> Action {
    Action::SetSysctl { key: k, from, to }
}

#[test]
fn bad_vips_are_named_in_the_error() {
    assert_eq!(
        parse_vip("300.1.1.1").map_err(|e| e.to_string()),
        Err("--vip 300.1.1.1: not an IP address".to_owned())
    );
    for s in [
        "0.0.0.0",
        "224.0.0.18",
        "127.0.0.2",
        "::1",
        "ff02::12",
        "255.255.255.255",
    ] {
        assert_eq!(parse_vip(s), Err(PlanError::NotUnicast(s.into())), "{s}");
    }
    assert_eq!(parse_vip("2001:db8::10"), Ok(ip("2001:db8::10")));
}

#[test]
fn dr_sets_arp_before_the_vip_appears() {
    let h = host();
    let p = up(&up_req(A, Mode::Dr), &h, &State::default()).expect("up plans");
    assert_eq!(
        p.actions,
        vec![
            set(key("all", "arp_ignore"), 0, 1),
            set(key("all", "arp_announce"), 0, 2),
            Action::AddAddress { addr: ip(A) },
        ]
    );
    assert_eq!(p.state.vips, BTreeMap::from([(ip(A), Mode::Dr)]));
    assert_eq!(p.state.held.len(), 3);
    assert_eq!(
        p.actions
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "net.ipv4.conf.all.arp_ignore: 0 -> 1",
            "net.ipv4.conf.all.arp_announce: 0 -> 2",
            "lo: added 198.18.0.100/32",
        ]
    );
}

#[test]
fn down_restores_what_up_changed_newest_first() {
    let mut h = host();
    h.sysctls.insert(key("all", "arp_ignore"), 3);
    h.sysctls.insert(key("all", "arp_announce"), 1);
    let before = h.clone();
    let (_, st) = do_up(&mut h, &State::default(), &up_req(A, Mode::Dr));
    let p = do_down(&mut h, &st, A);
    assert_eq!(
        p.actions,
        vec![
            Action::DelAddress { addr: ip(A) },
            set(key("all", "arp_announce"), 2, 1),
            set(key("all", "arp_ignore"), 1, 3),
        ]
    );
    assert_eq!(h, before, "the host is as before up");
    assert_eq!(p.state, State::default());
}

#[test]
fn what_was_already_right_is_neither_changed_nor_undone() {
    let mut h = host();
    // arp_ignore 2 hides the VIP too (and is stricter): left as it is.
    h.sysctls.insert(key("all", "arp_ignore"), 2);
    h.sysctls.insert(key("all", "arp_announce"), 2);
    h.lo.insert(ip(A));
    let before = h.clone();
    let (actions, st) = do_up(&mut h, &State::default(), &up_req(A, Mode::Dr));
    assert_eq!(actions, vec![]);
    assert!(st.held.is_empty());
    let p = do_down(&mut h, &st, A);
    assert_eq!(p.actions, vec![]);
    assert_eq!(h, before, "the VIP that was on lo before up stays");
}

#[test]
fn up_twice_changes_nothing_the_second_time() {
    let mut h = host();
    let (_, st1) = do_up(&mut h, &State::default(), &up_req(A, Mode::Tun));
    let (actions, st2) = do_up(&mut h, &st1, &up_req(A, Mode::Tun));
    assert_eq!(actions, vec![]);
    assert_eq!(st1, st2);
}

#[test]
fn down_twice_or_of_an_unknown_vip_does_nothing() {
    let mut h = host();
    let (_, st) = do_up(&mut h, &State::default(), &up_req(A, Mode::Dr));
    let p = do_down(&mut h, &st, B);
    assert_eq!((p.actions, p.kept), (vec![], vec![]));
    assert_eq!(p.state, st);
    let p1 = do_down(&mut h, &st, A);
    let p2 = do_down(&mut h, &p1.state, A);
    assert_eq!(p2.actions, vec![]);
    assert_eq!(p2.state, State::default());
}

#[test]
fn a_second_vip_shares_the_settings_and_the_last_down_restores_them() {
    let mut h = host();
    let before = h.clone();
    let (_, st) = do_up(&mut h, &State::default(), &up_req(A, Mode::Dr));
    let (actions, st) = do_up(&mut h, &st, &up_req(B, Mode::Dr));
    assert_eq!(actions, vec![Action::AddAddress { addr: ip(B) }]);
    let p = do_down(&mut h, &st, A);
    assert_eq!(p.actions, vec![Action::DelAddress { addr: ip(A) }]);
    assert_eq!(
        p.kept.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "kept net.ipv4.conf.all.arp_announce = 2 (still needed by 198.18.0.101)",
            "kept net.ipv4.conf.all.arp_ignore = 1 (still needed by 198.18.0.101)",
        ]
    );
    assert_eq!(h.sysctls[&key("all", "arp_ignore")], 1);
    let p = do_down(&mut h, &p.state, B);
    assert_eq!(p.actions.len(), 3);
    assert_eq!(h, before);
}

#[test]
fn a_value_changed_since_up_is_left_alone() {
    let mut h = host();
    let (_, st) = do_up(&mut h, &State::default(), &up_req(A, Mode::Dr));
    h.sysctls.insert(key("all", "arp_ignore"), 8);
    h.lo.remove(&ip(A));
    let p = do_down(&mut h, &st, A);
    assert_eq!(p.actions, vec![set(key("all", "arp_announce"), 2, 0)]);
    assert_eq!(
        p.kept.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "left lo: 198.18.0.100/32 alone: changed since `up`",
            "left net.ipv4.conf.all.arp_ignore = 1 alone: changed since `up`",
        ]
    );
    assert_eq!(h.sysctls[&key("all", "arp_ignore")], 8);
}

#[test]
fn a_setting_lost_meanwhile_is_set_again_and_restored_to_the_first_value() {
    let mut h = host();
    let (_, st) = do_up(&mut h, &State::default(), &up_req(A, Mode::Dr));
    h.sysctls.insert(key("all", "arp_ignore"), 0);
    let (actions, st) = do_up(&mut h, &st, &up_req(B, Mode::Dr));
    assert_eq!(
        actions,
        vec![
            set(key("all", "arp_ignore"), 0, 1),
            Action::AddAddress { addr: ip(B) }
        ]
    );
    let st = do_down(&mut h, &st, A).state;
    do_down(&mut h, &st, B);
    assert_eq!(h, host());
}

#[test]
fn another_mode_for_a_vip_that_is_up_is_refused() {
    let mut h = host();
    let (_, st) = do_up(&mut h, &State::default(), &up_req(A, Mode::Dr));
    assert_eq!(
        up(&up_req(A, Mode::Tun), &h, &st),
        Err(PlanError::ModeConflict {
            vip: ip(A),
            up: Mode::Dr
        })
    );
}

#[test]
fn tun_without_a_kernel_module_attaches_xdp_to_the_default_route_interface() {
    let mut h = host();
    let before = h.clone();
    let (actions, st) = do_up(&mut h, &State::default(), &up_req(A, Mode::Tun));
    assert_eq!(
        actions,
        vec![
            set(key("all", "arp_ignore"), 0, 1),
            set(key("all", "arp_announce"), 0, 2),
            // eth0 is strict and the kernel takes max(all, eth0).
            set(key("all", "rp_filter"), 0, 2),
            Action::AttachDecap {
                dev: "eth0".into(),
                gue_port: None
            },
            Action::AddAddress { addr: ip(A) },
        ]
    );
    let p = do_down(&mut h, &st, A);
    assert_eq!(
        p.actions[..2],
        [
            Action::DelAddress { addr: ip(A) },
            Action::DetachDecap {
                dev: "eth0".into(),
                gue_port: None
            }
        ]
    );
    assert_eq!(h, before);
}

#[test]
fn rp_filter_is_left_when_no_receiving_interface_is_strict() {
    for (all, eth0, changed) in [
        (0, 1, true),
        (1, 0, true),
        (0, 2, false),
        (2, 1, false),
        (0, 0, false),
    ] {
        let mut h = host();
        h.sysctls.insert(key("all", "rp_filter"), all);
        h.sysctls.insert(key("eth0", "rp_filter"), eth0);
        let p = up(&up_req(A, Mode::Tun), &h, &State::default()).expect("up plans");
        let touched = p.actions.contains(&set(key("all", "rp_filter"), all, 2));
        assert_eq!(touched, changed, "all={all} eth0={eth0}");
    }
}

#[test]
fn tun_devices_are_checked() {
    let h = host();
    let req = |devs: &[&str]| Up {
        devs: devs.iter().map(|d| (*d).to_owned()).collect(),
        ..up_req(A, Mode::Tun)
    };
    let st = State::default();
    assert_eq!(
        up(&req(&["eth9"]), &h, &st),
        Err(PlanError::NoSuchInterface("eth9".into()))
    );
    assert_eq!(up(&req(&["lo"]), &h, &st), Err(PlanError::Loopback));
    let mut busy = h.clone();
    busy.links.get_mut("eth0").expect("eth0").xdp = true;
    assert_eq!(
        up(&req(&["eth0"]), &busy, &st),
        Err(PlanError::ForeignXdp("eth0".into()))
    );
    let mut routeless = h.clone();
    routeless.default_devs.clear();
    assert_eq!(
        up(&req(&[]), &routeless, &st),
        Err(PlanError::NoDefaultRoute)
    );
    assert_eq!(
        PlanError::NoSuchInterface("eth9".into()).to_string(),
        "--dev eth9: no such interface"
    );
}

#[test]
fn two_tun_vips_share_the_decapsulator_until_the_last_goes() {
    let mut h = host();
    h.links.insert(
        "eth1".into(),
        Link {
            up: true,
            ..Link::default()
        },
    );
    let two = Up {
        devs: vec!["eth0".into(), "eth1".into(), "eth0".into()],
        ..up_req(A, Mode::Tun)
    };
    let (actions, st) = do_up(&mut h, &State::default(), &two);
    let attached: Vec<_> = actions
        .iter()
        .filter(|a| matches!(a, Action::AttachDecap { .. }))
        .collect();
    assert_eq!(attached.len(), 2, "each interface once: {actions:?}");
    let (actions, st) = do_up(&mut h, &st, &up_req(B, Mode::Tun));
    assert_eq!(actions, vec![Action::AddAddress { addr: ip(B) }]);
    let st = do_down(&mut h, &st, A).state;
    assert!(h.links["eth0"].our_decap, "B still needs eth0");
    assert!(!h.links["eth1"].our_decap, "only A needed eth1");
    do_down(&mut h, &st, B);
    assert!(
        !h.links["eth0"].our_decap,
        "the last VIP took eth0's with it"
    );
}

#[test]
fn tun_with_the_kernel_module_loads_it_and_sets_tunl0_up() {
    let mut h = host();
    h.ipip = true;
    let before = h.clone();
    let (actions, st) = do_up(&mut h, &State::default(), &up_req(A, Mode::Tun));
    assert_eq!(
        actions,
        vec![
            set(key("all", "arp_ignore"), 0, 1),
            set(key("all", "arp_announce"), 0, 2),
            Action::LoadModule {
                name: "ipip".into()
            },
            // tunl0 starts from default.rp_filter = 1; without an address,
            // even loose would drop.
            set(key("tunl0", "rp_filter"), 1, 0),
            Action::SetLink {
                dev: "tunl0".into(),
                up: true
            },
            Action::AddAddress { addr: ip(A) },
        ]
    );
    let p = do_down(&mut h, &st, A);
    assert!(p.actions.contains(&Action::SetLink {
        dev: "tunl0".into(),
        up: false
    }));
    // The module stays loaded (its tunl0 down): other users cannot be known.
    assert_eq!(h.sysctls.remove(&key("tunl0", "rp_filter")), Some(1));
    h.links.remove("tunl0");
    assert_eq!(h, before);
    let mut loose = before.clone();
    loose.sysctls.insert(key("all", "rp_filter"), 2);
    loose.links.insert("tunl0".into(), Link::default());
    loose.sysctls.insert(key("tunl0", "rp_filter"), 0);
    let p = up(&up_req(A, Mode::Tun), &loose, &State::default()).expect("up plans");
    assert_eq!(
        p.actions[2..],
        [
            set(key("all", "rp_filter"), 2, 0),
            Action::SetLink {
                dev: "tunl0".into(),
                up: true
            },
            Action::AddAddress { addr: ip(A) },
        ],
        "loose is not enough on tunl0"
    );
    assert_eq!(
        up(
            &Up {
                decap: Decap::Kernel,
                ..up_req(A, Mode::Tun)
            },
            &host(),
            &State::default()
        ),
        Err(PlanError::NoKernelTunnel("ipip"))
    );
    let xdp = up(
        &Up {
            decap: Decap::Xdp,
            ..up_req(A, Mode::Tun)
        },
        &before,
        &State::default(),
    )
    .expect("up plans");
    assert!(xdp.actions.contains(&Action::AttachDecap {
        dev: "eth0".into(),
        gue_port: None
    }));
}

#[test]
fn ipv6_needs_no_arp_or_rp_filter_settings() {
    let h = host();
    let v6 = "2001:db8::100";
    let p = up(&up_req(v6, Mode::Dr), &h, &State::default()).expect("up plans");
    assert_eq!(p.actions, vec![Action::AddAddress { addr: ip(v6) }]);
    assert_eq!(p.actions[0].to_string(), "lo: added 2001:db8::100/128");
    let p = up(&up_req(v6, Mode::Tun), &h, &State::default()).expect("up plans");
    assert_eq!(
        p.actions,
        vec![
            Action::AttachDecap {
                dev: "eth0".into(),
                gue_port: None
            },
            Action::AddAddress { addr: ip(v6) }
        ]
    );
}

#[test]
fn the_state_survives_a_round_trip_through_json() {
    let mut h = host();
    let (_, st) = do_up(&mut h, &State::default(), &up_req(A, Mode::Tun));
    let (_, st) = do_up(&mut h, &st, &up_req("2001:db8::1", Mode::Dr));
    let json = serde_json::to_string(&st).expect("serializes");
    let back: State = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, st);
}

#[test]
fn sysctl_names_keep_dotted_interface_names_as_sysctl_prints_them() {
    assert_eq!(
        sysctl_name(&conf_key("eth0.100", "rp_filter")),
        "net.ipv4.conf.eth0/100.rp_filter"
    );
}

#[test]
fn gue_is_stripped_by_xdp_and_one_kind_of_decapsulator_serves_an_interface() {
    let mut h = host();
    // auto would take the kernel's module, which rvs does not set up for GUE.
    h.ipip = true;
    let before = h.clone();
    let gue = |vip: &str, port| Up {
        gue_port: Some(port),
        ..up_req(vip, Mode::Tun)
    };
    let (actions, st) = do_up(&mut h, &State::default(), &gue(A, 6080));
    let attach = Action::AttachDecap {
        dev: "eth0".into(),
        gue_port: Some(6080),
    };
    assert!(actions.contains(&attach), "{actions:?}");
    assert_eq!(
        attach.to_string(),
        "eth0: attached XDP decapsulation (and GUE on port 6080)"
    );
    // The GUE program strips IPIP too: a plain TUN VIP shares it.
    let plain = Up {
        decap: Decap::Xdp,
        ..up_req(B, Mode::Tun)
    };
    let (actions, st) = do_up(&mut h, &st, &plain);
    assert_eq!(actions, vec![Action::AddAddress { addr: ip(B) }]);
    assert_eq!(
        up(&gue("198.18.0.102", 6081), &h, &st),
        Err(PlanError::DecapConflict {
            dev: "eth0".into(),
            held: Some(6080)
        })
    );
    let st = do_down(&mut h, &st, A).state;
    assert!(h.links["eth0"].our_gue, "B still needs it");
    let p = do_down(&mut h, &st, B);
    assert!(p.actions.contains(&Action::DetachDecap {
        dev: "eth0".into(),
        gue_port: Some(6080)
    }));
    assert_eq!(h, before);

    let (_, st) = do_up(&mut h, &State::default(), &plain);
    assert_eq!(
        up(&gue(A, 6080), &h, &st)
            .map_err(|e| e.to_string())
            .map(|_| ()),
        Err("eth0 already decapsulates IPIP only for other VIPs; one kind per interface".into())
    );
    assert_eq!(
        up(
            &Up {
                mode: Mode::Dr,
                ..gue(A, 6080)
            },
            &host(),
            &State::default()
        ),
        Err(PlanError::GueNeedsTun)
    );
    assert_eq!(
        up(
            &Up {
                decap: Decap::Kernel,
                ..gue(A, 6080)
            },
            &before,
            &State::default()
        ),
        Err(PlanError::GueNeedsXdp)
    );
}

#[test]
fn a_value_another_vip_needs_differently_is_restored_from_the_first() {
    let mut h = host();
    // XDP decapsulation is content with loose rp_filter, tunl0 needs it off.
    let xdp = Up {
        decap: Decap::Xdp,
        ..up_req(A, Mode::Tun)
    };
    let (_, st) = do_up(&mut h, &State::default(), &xdp);
    assert_eq!(h.sysctls[&key("all", "rp_filter")], 2);
    h.ipip = true;
    h.links.insert("tunl0".into(), Link::default());
    h.sysctls.insert(key("tunl0", "rp_filter"), 0);
    let (actions, st) = do_up(&mut h, &st, &up_req(B, Mode::Tun));
    assert!(
        actions.contains(&set(key("all", "rp_filter"), 2, 0)),
        "{actions:?}"
    );
    let st = do_down(&mut h, &st, A).state;
    let p = do_down(&mut h, &st, B);
    assert!(p.kept.is_empty(), "{:?}", p.kept);
    assert_eq!(
        h.sysctls[&key("all", "rp_filter")],
        0,
        "the value before any up"
    );
}
