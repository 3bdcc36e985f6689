//! One instance driven by hand: receive checks, actions and timers.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

use super::util::{addr, cfg};
use crate::config::{
    Auth, InstanceConfig, TrackInterface, TrackScript, UnicastChecksumCompat, Weight,
};
use crate::error::Rejection;
use crate::instance::{Action, Input, Instance, Outgoing, Received, State};
use crate::packet::{
    AddressList, AdvertRepr, AuthType, Checksum, Interval, Kind, Version, MCAST_GROUP_V4,
};
use crate::time::Instant;

fn t(ms: u64) -> Instant {
    Instant::from_millis(ms)
}

fn drain(i: &mut Instance) -> Vec<Action> {
    std::iter::from_fn(|| i.poll_action()).collect()
}

fn sent(actions: &[Action]) -> Vec<&Outgoing> {
    actions
        .iter()
        .filter_map(|a| match a {
            Action::SendAdvert(o) => Some(o),
            _ => None,
        })
        .collect()
}

/// An address owner configured `state MASTER`, sourced from 198.18.0.`last`.
fn owner(last: u8) -> InstanceConfig {
    let mut c = cfg(1, Version::V2, last, 255);
    c.initial_master = true;
    c
}

/// An instance that has left INIT as BACKUP (or MASTER for an owner).
fn started(c: InstanceConfig) -> Instance {
    let mut i = Instance::new(c, t(0));
    i.handle_timeout(t(0));
    drain(&mut i);
    i
}

/// The advert a peer with `priority` at 198.18.0.`last` would send for `c`'s router.
fn peer_advert(c: &InstanceConfig, priority: u8) -> AdvertRepr {
    let interval = match c.version {
        Version::V2 => Interval::Secs(c.advert_int.as_secs() as u8),
        _ => Interval::Centis((c.advert_int.as_millis() / 10) as u16),
    };
    let (auth_type, auth_data) = match &c.auth {
        Auth::Password(pw) => (AuthType::Password, *pw),
        Auth::None => (AuthType::None, [0; 8]),
    };
    AdvertRepr {
        version: c.version,
        kind: Kind::Advertisement,
        vrid: c.vrid,
        priority,
        auth_type,
        interval,
        addresses: c.vips.clone(),
        auth_data,
    }
}

fn checksum_for(c: &InstanceConfig, src: IpAddr, dst: IpAddr) -> Checksum {
    match c.version {
        Version::V2 if matches!(src, IpAddr::V4(_)) => Checksum::Plain,
        _ => Checksum::Pseudo { src, dst },
    }
}

fn rx<'a>(src: IpAddr, dst: IpAddr, bytes: &'a [u8]) -> Received<'a> {
    Received {
        src,
        dst,
        ttl: 255,
        bytes,
    }
}

#[test]
fn receive_checks_reject_in_keepalived_order_and_count_each_reason() {
    let mut c = cfg(1, Version::V2, 1, 100);
    c.auth = Auth::password("pw");
    let mut i = started(c.clone());
    let src = addr(2);
    let group = IpAddr::V4(MCAST_GROUP_V4);
    let good = peer_advert(&c, 150);
    let bytes = |r: &AdvertRepr| r.to_bytes(&Checksum::Plain);
    let mut cases: Vec<(Vec<u8>, u8, IpAddr, Rejection)> = Vec::new();
    let ok = bytes(&good);
    cases.push((ok[..ok.len() - 1].to_vec(), 255, group, Rejection::Length));
    cases.push((
        [ok.clone(), vec![0]].concat(),
        255,
        group,
        Rejection::Length,
    ));
    cases.push((ok.clone(), 64, group, Rejection::Ttl));
    let mut r = good.clone();
    r.version = Version::V3;
    // Version is checked before the checksum: break both, Version wins.
    let mut b = bytes(&r);
    b[7] ^= 0xff;
    cases.push((b, 255, group, Rejection::Version));
    let mut r = good.clone();
    r.vrid = 2;
    cases.push((bytes(&r), 255, group, Rejection::OtherVrid));
    let mut r = good.clone();
    r.auth_type = AuthType::Unknown(7);
    cases.push((bytes(&r), 255, group, Rejection::InvalidAuthType));
    let mut r = good.clone();
    r.auth_type = AuthType::None;
    cases.push((bytes(&r), 255, group, Rejection::AuthTypeMismatch));
    let mut r = good.clone();
    r.auth_data = *b"wrong\0\0\0";
    cases.push((bytes(&r), 255, group, Rejection::AuthFailure));
    let mut r = good.clone();
    r.interval = Interval::Secs(2);
    cases.push((bytes(&r), 255, group, Rejection::IntervalMismatch));
    let mut r = good.clone();
    r.kind = Kind::Unknown(2);
    cases.push((bytes(&r), 255, group, Rejection::Type));
    let mut r = good.clone();
    r.addresses = AddressList::V4(vec![
        Ipv4Addr::new(198, 18, 0, 101),
        Ipv4Addr::new(198, 18, 0, 102),
    ]);
    cases.push((bytes(&r), 255, group, Rejection::AddressCount));
    let mut b = ok.clone();
    b[7] ^= 1;
    cases.push((b, 255, group, Rejection::Checksum));
    cases.push((ok.clone(), 255, addr(1), Rejection::CastMismatch));
    let mut r = good.clone();
    r.addresses = AddressList::V4(vec![Ipv4Addr::new(198, 18, 0, 199)]);
    cases.push((bytes(&r), 255, group, Rejection::AddressList));

    for (n, (b, ttl, dst, want)) in cases.iter().enumerate() {
        let got = i.handle_packet(
            t(100),
            &Received {
                src,
                dst: *dst,
                ttl: *ttl,
                bytes: b,
            },
        );
        assert_eq!(got, Err(*want), "case {n}");
        assert_eq!(
            i.stats().rejected(*want),
            1 + u64::from(*want == Rejection::Length && n == 1),
            "case {n}"
        );
    }
    assert_eq!(i.stats().rejected_total(), cases.len() as u64);
    // Packets failing before the checksum are not counted as received adverts.
    assert_eq!(
        i.stats().adverts_received,
        1,
        "only the address-list case got that far"
    );
    assert_eq!(i.handle_packet(t(100), &rx(src, group, &ok)), Ok(()));
    assert_eq!(i.stats().adverts_received, 2);
    assert_eq!(i.master_addr(), Some(src));
    assert_eq!(i.master_priority(), 150);
}

#[test]
fn rejected_adverts_do_not_reset_the_down_timer() {
    let c = cfg(1, Version::V2, 1, 100);
    let mut i = started(c.clone());
    let deadline = i.poll_timeout().expect("down timer");
    let mut b = peer_advert(&c, 200).to_bytes(&Checksum::Plain);
    b[7] ^= 1;
    let _ = i.handle_packet(t(2000), &rx(addr(2), IpAddr::V4(MCAST_GROUP_V4), &b));
    assert_eq!(i.poll_timeout(), Some(deadline));
    i.handle_timeout(deadline);
    assert_eq!(i.state(), State::Master);
}

#[test]
fn unicast_instances_accept_any_ttl_and_check_the_source_when_asked() {
    let mut c = cfg(1, Version::V2, 1, 100);
    c.unicast_peers = vec![addr(2)];
    c.check_unicast_src = true;
    let mut i = started(c.clone());
    let b = peer_advert(&c, 200).to_bytes(&Checksum::Plain);
    let r = Received {
        src: addr(2),
        dst: addr(1),
        ttl: 3,
        bytes: &b,
    };
    assert_eq!(i.handle_packet(t(10), &r), Ok(()));
    let r = Received {
        src: addr(3),
        dst: addr(1),
        ttl: 255,
        bytes: &b,
    };
    assert_eq!(i.handle_packet(t(10), &r), Err(Rejection::UnicastSource));
    let r = Received {
        src: addr(2),
        dst: IpAddr::V4(MCAST_GROUP_V4),
        ttl: 255,
        bytes: &b,
    };
    assert_eq!(i.handle_packet(t(10), &r), Err(Rejection::CastMismatch));
}

#[test]
fn skip_check_adv_addr_only_skips_for_the_known_master() {
    let mut c = cfg(1, Version::V2, 1, 100);
    c.skip_check_adv_addr = true;
    let mut i = started(c.clone());
    let group = IpAddr::V4(MCAST_GROUP_V4);
    let good = peer_advert(&c, 200).to_bytes(&Checksum::Plain);
    let mut other = peer_advert(&c, 200);
    other.addresses = AddressList::V4(vec![Ipv4Addr::new(198, 18, 0, 250)]);
    let other = other.to_bytes(&Checksum::Plain);
    assert_eq!(
        i.handle_packet(t(10), &rx(addr(2), group, &other)),
        Err(Rejection::AddressList)
    );
    assert_eq!(i.handle_packet(t(20), &rx(addr(2), group, &good)), Ok(()));
    assert_eq!(i.handle_packet(t(30), &rx(addr(2), group, &other)), Ok(()));
    assert_eq!(
        i.handle_packet(t(40), &rx(addr(3), group, &other)),
        Err(Rejection::AddressList)
    );
}

#[test]
fn backup_starts_with_notify_and_master_down_timer() {
    let mut i = Instance::new(cfg(1, Version::V2, 1, 100), t(0));
    assert_eq!(i.state(), State::Init);
    assert_eq!(i.poll_timeout(), Some(t(0)));
    i.handle_timeout(t(0));
    assert_eq!(
        drain(&mut i),
        vec![Action::DelVips, Action::Notify(State::Backup)],
        "leftover VIPs removed first"
    );
    assert_eq!(
        i.poll_timeout(),
        Some(t(0) + Duration::from_secs(3) + Duration::from_micros(156 * 1_000_000 / 256))
    );
}

#[test]
fn owner_becomes_master_at_once_with_advert_vips_garp_and_notify_in_order() {
    let mut c = owner(1);
    c.garp.master_refresh = Duration::from_millis(2500);
    let mut i = Instance::new(c, t(0));
    i.handle_timeout(t(0));
    let a = drain(&mut i);
    assert_eq!(a.len(), 5, "{a:?}");
    assert_eq!(a[0], Action::DelVips, "leftover VIPs removed first");
    assert!(
        matches!(&a[1], Action::SendAdvert(o) if o.repr.priority == 255 && o.dst == IpAddr::V4(MCAST_GROUP_V4))
    );
    assert_eq!(
        &a[2..],
        &[
            Action::AddVips {
                block_traffic: false
            },
            Action::Announce { count: 5 },
            Action::Notify(State::Master)
        ]
    );
    // Adverts every second; the second GARP burst 5 s later; refreshes at the first
    // advert after each 2.5 s period.
    let mut announces = Vec::new();
    let mut adverts = 0;
    let mut now = t(0);
    while let Some(next) = i.poll_timeout().filter(|n| *n <= t(10_000)) {
        now = next;
        i.handle_timeout(now);
        for a in drain(&mut i) {
            match a {
                Action::SendAdvert(_) => adverts += 1,
                Action::Announce { count } => announces.push((now, count)),
                other => panic!("unexpected {other:?}"),
            }
        }
    }
    assert!(now <= t(10_000));
    assert_eq!(adverts, 10);
    assert_eq!(
        announces,
        vec![(t(3000), 1), (t(5000), 5), (t(6000), 1), (t(9000), 1)]
    );
    assert_eq!(i.stats().adverts_sent, 11);
}

#[test]
fn link_down_resigns_with_priority_zero_and_link_up_returns_to_backup() {
    let mut i = started(owner(1));
    assert_eq!(i.state(), State::Master);
    i.handle_input(t(500), Input::Link { up: false });
    let a = drain(&mut i);
    // Two priority 0 adverts, as keepalived 2.2.7 sends on MASTER -> FAULT.
    assert_eq!(sent(&a).len(), 2);
    assert!(sent(&a).iter().all(|o| o.repr.priority == 0));
    assert_eq!(&a[2..], &[Action::DelVips, Action::Notify(State::Fault)]);
    assert_eq!(i.poll_timeout(), None, "no timers in FAULT");
    assert_eq!(i.stats().priority_zero_sent, 1);
    // The owner goes straight back to MASTER.
    i.handle_input(t(900), Input::Link { up: true });
    assert_eq!(i.state(), State::Master);

    let mut b = started(cfg(1, Version::V2, 1, 100));
    b.handle_input(t(10), Input::Link { up: false });
    assert_eq!(drain(&mut b), vec![Action::Notify(State::Fault)]);
    b.handle_input(t(20), Input::Link { up: true });
    assert_eq!(drain(&mut b), vec![Action::Notify(State::Backup)]);
    assert_eq!(b.poll_timeout(), Some(t(20) + b.master_down_interval()));
}

#[test]
fn dont_track_primary_ignores_own_link() {
    let mut c = cfg(1, Version::V2, 1, 100);
    c.dont_track_primary = true;
    let mut i = started(c);
    i.handle_input(t(10), Input::Link { up: false });
    assert_eq!(i.state(), State::Backup);
}

#[test]
fn tracking_changes_priority_or_faults() {
    let mut c = cfg(1, Version::V2, 1, 100);
    c.track_scripts = vec![TrackScript {
        name: "chk".into(),
        weight: Weight {
            weight: 10,
            reverse: false,
        },
        rise: 1,
        fall: 1,
        init_fail: false,
    }];
    c.track_interfaces = vec![
        TrackInterface {
            name: "eth9".into(),
            weight: Weight {
                weight: -200,
                reverse: false,
            },
        },
        TrackInterface {
            name: "eth8".into(),
            weight: Weight::FAULT,
        },
    ];
    let mut i = Instance::new(c, t(0));
    i.handle_timeout(t(0));
    assert_eq!(
        i.state(),
        State::Init,
        "waits for the script's first result"
    );
    i.handle_input(
        t(50),
        Input::Script {
            name: "chk".into(),
            success: true,
        },
    );
    assert_eq!(i.state(), State::Backup);
    assert_eq!(i.effective_priority(), 110);
    i.handle_input(
        t(60),
        Input::Interface {
            name: "eth9".into(),
            up: false,
        },
    );
    assert_eq!(i.effective_priority(), 1, "clamped to 1");
    i.handle_input(
        t(70),
        Input::Interface {
            name: "eth8".into(),
            up: false,
        },
    );
    assert_eq!(i.state(), State::Fault);
    i.handle_input(
        t(80),
        Input::Interface {
            name: "eth8".into(),
            up: true,
        },
    );
    assert_eq!(i.state(), State::Backup);
}

#[test]
fn master_advertises_its_effective_priority() {
    let mut c = cfg(1, Version::V2, 1, 100);
    c.track_scripts = vec![TrackScript {
        name: "chk".into(),
        weight: Weight {
            weight: -30,
            reverse: false,
        },
        rise: 1,
        fall: 1,
        init_fail: false,
    }];
    let mut i = Instance::new(c, t(0));
    i.handle_input(
        t(0),
        Input::Script {
            name: "chk".into(),
            success: false,
        },
    );
    i.handle_timeout(t(0));
    let deadline = i.poll_timeout().expect("down timer");
    i.handle_timeout(deadline);
    let a = drain(&mut i);
    assert_eq!(sent(&a)[0].repr.priority, 70);
}

fn master(c: InstanceConfig) -> Instance {
    let mut i = started(c);
    if i.state() != State::Master {
        let d = i.poll_timeout().expect("down timer");
        i.handle_timeout(d);
    }
    drain(&mut i);
    assert_eq!(i.state(), State::Master);
    i
}

#[test]
fn master_answers_priority_zero_with_an_advert() {
    let c = cfg(1, Version::V2, 1, 100);
    let mut i = master(c.clone());
    i.handle_advert(t(5000), addr(2), &peer_advert(&c, 0));
    let a = drain(&mut i);
    assert_eq!(sent(&a).len(), 1);
    assert_eq!(i.state(), State::Master);
    assert_eq!(i.stats().priority_zero_received, 1);
}

#[test]
fn backup_takes_over_after_skew_on_priority_zero() {
    let c = cfg(1, Version::V2, 1, 100);
    let mut i = started(c.clone());
    i.handle_advert(t(1000), addr(2), &peer_advert(&c, 0));
    assert_eq!(i.poll_timeout(), Some(t(1000) + i.skew()));
}

#[test]
fn lower_priority_advert_forces_an_election_unless_lower_prio_no_advert() {
    let mut c = cfg(1, Version::V2, 1, 100);
    let mut i = master(c.clone());
    i.handle_advert(t(5000), addr(2), &peer_advert(&c, 50));
    let a = drain(&mut i);
    assert_eq!(sent(&a).len(), 1);
    assert!(a.contains(&Action::MasterRxLowerPriority));
    c.lower_prio_no_advert = true;
    c.garp.lower_prio_repeat = 2;
    c.garp.lower_prio_delay = Duration::from_secs(1);
    let mut i = master(c.clone());
    i.handle_advert(t(5000), addr(2), &peer_advert(&c, 50));
    assert_eq!(
        drain(&mut i),
        vec![Action::Announce { count: 2 }, Action::MasterRxLowerPriority]
    );
    i.handle_timeout(t(6000));
    assert!(drain(&mut i).contains(&Action::Announce { count: 2 }));
}

#[test]
fn higher_priority_advert_demotes_master_and_optionally_answers_first() {
    let mut c = cfg(1, Version::V2, 1, 100);
    let mut i = master(c.clone());
    i.handle_advert(t(5000), addr(2), &peer_advert(&c, 200));
    assert_eq!(
        drain(&mut i),
        vec![Action::DelVips, Action::Notify(State::Backup)]
    );
    assert_eq!(i.stats().release_master, 1);
    c.higher_prio_send_advert = true;
    let mut i = master(c.clone());
    i.handle_advert(t(5000), addr(2), &peer_advert(&c, 200));
    let a = drain(&mut i);
    assert_eq!(sent(&a).len(), 1);
    assert_eq!(i.state(), State::Backup);
}

#[test]
fn two_owners_make_the_local_one_step_down() {
    let c = owner(1);
    let mut i = master(c.clone());
    i.handle_advert(t(100), addr(0), &peer_advert(&c, 255));
    assert_eq!(i.effective_priority(), 254);
    assert_eq!(i.state(), State::Backup);
}

#[test]
fn down_timer_adverts_scales_the_master_down_interval() {
    let mut c = cfg(1, Version::V3, 1, 100);
    c.down_timer_adverts = 1;
    c.advert_int = Duration::from_millis(500);
    let i = started(c);
    // 1 x 50 cs + (256-100) x 50 cs x 625 / 16 us.
    assert_eq!(
        i.master_down_interval(),
        Duration::from_millis(500) + Duration::from_micros(156 * 50 * 625 / 16)
    );
}

#[test]
fn unicast_sends_one_advert_per_peer_with_its_own_pseudo_header() {
    let mut c = cfg(1, Version::V3, 1, 255);
    c.initial_master = true;
    c.unicast_peers = vec![addr(2), addr(3)];
    let mut i = Instance::new(c, t(0));
    i.handle_timeout(t(0));
    let a = drain(&mut i);
    let out = sent(&a);
    assert_eq!(out.len(), 2);
    for (o, peer) in out.iter().zip([addr(2), addr(3)]) {
        assert_eq!(o.dst, peer);
        assert_eq!(
            o.checksum,
            Checksum::Pseudo {
                src: addr(1),
                dst: peer
            }
        );
    }
    assert_eq!(i.stats().adverts_sent, 1, "one advert, however many peers");
}

#[test]
fn old_unicast_checksum_is_learned_in_auto_mode_only() {
    let mut c = cfg(1, Version::V3, 1, 100);
    c.unicast_peers = vec![addr(2)];
    let group = IpAddr::V4(MCAST_GROUP_V4);
    let old = peer_advert(&c, 200).to_bytes(&Checksum::Pseudo {
        src: addr(2),
        dst: group,
    });
    let mut never = c.clone();
    never.unicast_checksum_compat = UnicastChecksumCompat::Never;
    let mut n = started(never);
    assert_eq!(
        n.handle_packet(t(10), &rx(addr(2), addr(1), &old)),
        Err(Rejection::Checksum)
    );

    let mut i = started(c);
    assert_eq!(i.handle_packet(t(10), &rx(addr(2), addr(1), &old)), Ok(()));
    // Now our own adverts use the old checksum too.
    let d = i.poll_timeout().expect("down timer");
    i.handle_timeout(d);
    let a = drain(&mut i);
    assert_eq!(
        sent(&a)[0].checksum,
        Checksum::Pseudo {
            src: addr(1),
            dst: group
        }
    );
}

#[test]
fn v3_checksum_as_v2_uses_the_plain_checksum_both_ways() {
    let mut c = cfg(1, Version::V3, 1, 255);
    c.initial_master = true;
    c.v3_checksum_as_v2 = true;
    let mut i = Instance::new(c.clone(), t(0));
    i.handle_timeout(t(0));
    assert_eq!(sent(&drain(&mut i))[0].checksum, Checksum::Plain);
    let mut b = started({
        let mut b = c.clone();
        b.priority = 100;
        b
    });
    let group = IpAddr::V4(MCAST_GROUP_V4);
    let plain = peer_advert(&c, 200).to_bytes(&Checksum::Plain);
    assert_eq!(b.handle_packet(t(10), &rx(addr(2), group, &plain)), Ok(()));
    let pseudo = peer_advert(&c, 200).to_bytes(&checksum_for(&c, addr(2), group));
    assert_eq!(
        b.handle_packet(t(20), &rx(addr(2), group, &pseudo)),
        Err(Rejection::Checksum)
    );
}

#[test]
fn password_is_sent_in_v2_adverts() {
    let mut c = owner(1);
    c.auth = Auth::password("longer-than-8");
    let mut i = Instance::new(c, t(0));
    i.handle_timeout(t(0));
    let a = drain(&mut i);
    let bytes = sent(&a)[0].to_bytes();
    assert_eq!(&bytes[bytes.len() - 8..], b"longer-t");
    assert_eq!(bytes[4], 1);
}

#[test]
fn ipv6_instance_checks_hop_limit_and_pseudo_header() {
    let vip: Ipv6Addr = "2001:db8::100".parse().expect("literal");
    let me: IpAddr = "fe80::1".parse().expect("literal");
    let peer: IpAddr = "fe80::2".parse().expect("literal");
    let c = InstanceConfig::new("v6", 1, Version::V3, me, AddressList::V6(vec![vip]));
    let mut i = started(c.clone());
    let group = c.mcast_group;
    let b = peer_advert(&c, 200).to_bytes(&Checksum::Pseudo {
        src: peer,
        dst: group,
    });
    let r = Received {
        src: peer,
        dst: group,
        ttl: 1,
        bytes: &b,
    };
    assert_eq!(i.handle_packet(t(10), &r), Err(Rejection::Ttl));
    assert_eq!(i.handle_packet(t(10), &rx(peer, group, &b)), Ok(()));
    let wrong = peer_advert(&c, 200).to_bytes(&Checksum::Pseudo {
        src: me,
        dst: group,
    });
    assert_eq!(
        i.handle_packet(t(10), &rx(peer, group, &wrong)),
        Err(Rejection::Checksum)
    );
}

#[test]
fn stop_from_backup_only_notifies() {
    let mut i = started(cfg(1, Version::V2, 1, 100));
    i.handle_input(t(10), Input::Stop);
    assert_eq!(drain(&mut i), vec![Action::Notify(State::Stop)]);
    assert_eq!(i.poll_timeout(), None);
}

#[test]
fn emits_the_bytes_keepalived_2_2_7_sends_for_the_same_instance() {
    // Same instance as the keepalived capture in packet.rs's fixtures.
    let vip = AddressList::V4(vec![Ipv4Addr::new(198, 18, 0, 100)]);
    let mut c = InstanceConfig::new("VI_1", 51, Version::V2, addr(1), vip.clone());
    c.priority = 150;
    c.auth = Auth::password("secret1");
    let mut i = master(c);
    i.handle_timeout(t(100_000));
    let a = drain(&mut i);
    assert_eq!(
        sent(&a)[0].to_bytes(),
        [
            0x21, 0x33, 0x96, 0x01, 0x01, 0x01, 0x14, 0x07, 198, 18, 0, 100, b's', b'e', b'c',
            b'r', b'e', b't', b'1', 0
        ]
    );
    let mut c = InstanceConfig::new("VI_1", 51, Version::V3, addr(1), vip);
    c.priority = 150;
    c.unicast_peers = vec![addr(2)];
    let mut i = master(c);
    i.handle_timeout(t(100_000));
    let a = drain(&mut i);
    assert_eq!(
        sent(&a)[0].to_bytes(),
        [0x31, 0x33, 0x96, 0x01, 0x00, 0x64, 0xe5, 0x4b, 198, 18, 0, 100]
    );
}

#[test]
fn owner_without_state_master_waits_like_a_backup() {
    // keepalived 2.2.7: priority 255 with `state BACKUP` enters BACKUP (init) and
    // takes over after 3 s + (256-255)/256 s.
    let mut i = Instance::new(cfg(1, Version::V2, 1, 255), t(0));
    i.handle_timeout(t(0));
    assert_eq!(i.state(), State::Backup);
    assert_eq!(
        i.poll_timeout(),
        Some(t(3000) + Duration::from_micros(1_000_000 / 256))
    );
}

#[test]
fn priority_change_in_backup_moves_the_running_down_timer() {
    let mut c = cfg(1, Version::V2, 1, 100);
    c.track_interfaces = vec![TrackInterface {
        name: "eth9".into(),
        weight: Weight {
            weight: 100,
            reverse: false,
        },
    }];
    let mut i = started(c);
    // Priority 200 (100 + 100 while up): skew (256-200)/256 s.
    let before = i.poll_timeout().expect("down timer");
    assert_eq!(
        before,
        t(3000) + Duration::from_micros(56 * 1_000_000 / 256)
    );
    i.handle_input(
        t(1000),
        Input::Interface {
            name: "eth9".into(),
            up: false,
        },
    );
    assert_eq!(i.effective_priority(), 100);
    assert_eq!(
        i.poll_timeout(),
        Some(t(3000) + Duration::from_micros(156 * 1_000_000 / 256)),
        "same start, new skew"
    );
}

#[test]
fn a_master_whose_vip_is_deleted_resigns_and_takes_over_again_after_its_skew() {
    let mut i = master(cfg(1, Version::V2, 1, 200));
    i.handle_input(t(50_000), Input::VipLost);
    let a = drain(&mut i);
    assert_eq!(sent(&a).len(), 1);
    assert_eq!(sent(&a)[0].repr.priority, 0);
    assert_eq!(&a[1..], &[Action::DelVips, Action::Notify(State::Backup)]);
    // Skew of priority 200 with 1 s adverts: (256 - 200) / 256 s.
    let back = i.poll_timeout().expect("master down timer");
    assert_eq!(back, Instant::from_micros(50_000_000 + 218_750));
    i.handle_timeout(back);
    assert_eq!(i.state(), State::Master);
    let a = drain(&mut i);
    assert!(
        a.iter().any(|x| matches!(x, Action::AddVips { .. })),
        "{a:?}"
    );

    // Only a MASTER has VIPs to lose.
    let mut b = started(cfg(1, Version::V2, 1, 100));
    b.handle_input(t(10), Input::VipLost);
    assert_eq!(drain(&mut b), vec![]);
    assert_eq!(b.state(), State::Backup);
}

#[test]
fn new_vips_ride_the_next_advert_without_a_state_change() {
    let mut i = master(cfg(1, Version::V2, 1, 200));
    let vips = AddressList::V4(vec![Ipv4Addr::new(198, 18, 0, 150)]);
    i.set_vips(vips.clone());
    let next = i.poll_timeout().expect("advert timer");
    i.handle_timeout(next);
    let a = drain(&mut i);
    assert_eq!(i.state(), State::Master);
    assert_eq!(sent(&a).len(), 1);
    assert_eq!(sent(&a)[0].repr.addresses, vips);
    assert!(
        !a.iter()
            .any(|x| matches!(x, Action::AddVips { .. } | Action::DelVips)),
        "the shell changes the addresses, not the core: {a:?}"
    );
}

#[test]
fn stop_from_master_sends_one_priority_zero() {
    let mut i = started(owner(1));
    i.handle_input(t(10), Input::Stop);
    let a = drain(&mut i);
    assert_eq!(sent(&a).len(), 1);
    assert_eq!(sent(&a)[0].repr.priority, 0);
    assert_eq!(&a[1..], &[Action::DelVips, Action::Notify(State::Stop)]);
}

proptest::proptest! {
    /// Whatever arrives, checking and processing it never panics, and a refused
    /// packet is counted exactly once.
    #[test]
    fn random_packets_never_panic_and_refusals_are_counted(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..80),
        ttl in proptest::prelude::any::<u8>(),
        v3 in proptest::prelude::any::<bool>(),
        multicast in proptest::prelude::any::<bool>(),
        master_first in proptest::prelude::any::<bool>(),
    ) {
        let version = if v3 { Version::V3 } else { Version::V2 };
        let c = cfg(1, version, 1, 100);
        let mut i = if master_first { master(c) } else { started(c) };
        let dst = if multicast { IpAddr::V4(MCAST_GROUP_V4) } else { addr(1) };
        let before = i.stats().rejected_total();
        let r = i.handle_packet(t(1), &Received { src: addr(2), dst, ttl, bytes: &bytes });
        let counted = i.stats().rejected_total() - before;
        proptest::prop_assert_eq!(counted, u64::from(r.is_err()));
        let _ = drain(&mut i);
    }
}

#[test]
fn init_fail_script_puts_the_instance_in_fault_at_start() {
    let mut c = cfg(1, Version::V2, 1, 100);
    c.track_scripts = vec![TrackScript {
        name: "chk".into(),
        weight: Weight::FAULT,
        rise: 2,
        fall: 2,
        init_fail: true,
    }];
    let mut i = Instance::new(c, t(0));
    i.handle_timeout(t(0));
    assert_eq!(i.state(), State::Fault);
    assert_eq!(
        drain(&mut i),
        vec![Action::DelVips, Action::Notify(State::Fault)]
    );
    i.handle_input(
        t(10),
        Input::Script {
            name: "chk".into(),
            success: true,
        },
    );
    assert_eq!(i.state(), State::Fault, "rise 2 needs two successes");
    i.handle_input(
        t(20),
        Input::Script {
            name: "chk".into(),
            success: true,
        },
    );
    assert_eq!(i.state(), State::Backup);
}

#[test]
fn vip_traffic_is_blocked_without_accept_unless_owner() {
    for (priority, accept, block) in [(100, false, true), (100, true, false), (255, false, false)] {
        let mut c = cfg(1, Version::V2, 1, priority);
        c.initial_master = true;
        c.accept = accept;
        let mut i = Instance::new(c, t(0));
        i.handle_timeout(t(0));
        if i.state() != State::Master {
            let d = i.poll_timeout().expect("down timer");
            i.handle_timeout(d);
        }
        let a = drain(&mut i);
        assert!(
            a.contains(&Action::AddVips {
                block_traffic: block
            }),
            "priority {priority} accept {accept}: {a:?}"
        );
    }
}

#[test]
fn zero_advert_interval_cannot_spin_the_timer_loop() {
    let mut c = owner(1);
    c.version = Version::V3;
    c.advert_int = Duration::ZERO;
    let mut i = Instance::new(c, t(0));
    i.handle_timeout(t(0));
    i.handle_timeout(t(1000));
    let adverts = sent(&drain(&mut i)).len();
    assert!(adverts <= 2, "{adverts} adverts in one call");
    assert_eq!(i.poll_timeout(), Some(t(1010)));
}

#[test]
fn a_peer_announcing_zero_interval_cannot_spin_the_down_timer() {
    let c = cfg(1, Version::V3, 1, 100);
    let mut i = started(c.clone());
    let mut adv = peer_advert(&c, 200);
    adv.interval = Interval::Centis(0);
    i.handle_advert(t(100), addr(2), &adv);
    assert_eq!(i.master_adver_int(), Duration::from_millis(10));
    assert!(i.poll_timeout().is_some_and(|d| d > t(100)));
}

#[test]
fn zero_advert_interval_in_a_held_backup_cannot_spin() {
    let mut c = cfg(1, Version::V3, 1, 100);
    c.advert_int = Duration::ZERO;
    let mut i = started(c);
    i.set_group_hold(true);
    i.handle_timeout(t(10_000));
    assert!(i.wants_master());
    assert!(i.poll_timeout().is_some_and(|d| d > t(10_000)));
}

#[derive(Debug, Clone)]
enum Op {
    Advert { priority: u8, centis: u16, from: u8 },
    Wait { ms: u64 },
    Link(bool),
    Script(bool),
    Stop,
}

fn op() -> impl proptest::strategy::Strategy<Value = Op> {
    use proptest::prelude::*;
    prop_oneof![
        4 => (any::<u8>(), 0u16..400, 0u8..4).prop_map(|(priority, centis, from)| Op::Advert { priority, centis, from }),
        4 => (0u64..5000).prop_map(|ms| Op::Wait { ms }),
        1 => any::<bool>().prop_map(Op::Link),
        1 => any::<bool>().prop_map(Op::Script),
        1 => Just(Op::Stop),
    ]
}

proptest::proptest! {
    /// Any sequence of adverts, waits and tracking changes keeps the timers consistent
    /// with the state: MASTER advertises, BACKUP watches the master, FAULT and STOP
    /// wait for nothing.
    #[test]
    fn timers_always_match_the_state(ops in proptest::collection::vec(op(), 0..60), v3 in proptest::prelude::any::<bool>()) {
        let version = if v3 { Version::V3 } else { Version::V2 };
        let mut c = cfg(1, version, 2, 150);
        c.track_scripts = vec![TrackScript { name: "s".into(), weight: Weight { weight: -100, reverse: false }, rise: 1, fall: 1, init_fail: false }];
        c.preempt_delay = Duration::from_secs(2);
        let mut i = Instance::new(c.clone(), t(0));
        i.handle_input(t(0), Input::Script { name: "s".into(), success: true });
        i.handle_timeout(t(0));
        let mut now = t(0);
        for op in ops {
            match op {
                Op::Advert { priority, centis, from } => {
                    let mut a = peer_advert(&c, priority);
                    if v3 {
                        a.interval = Interval::Centis(centis);
                    }
                    i.handle_advert(now, addr(from), &a);
                }
                Op::Wait { ms } => {
                    now = now + Duration::from_millis(ms);
                    i.handle_timeout(now);
                    // Everything due has fired.
                    proptest::prop_assert!(i.poll_timeout().is_none_or(|d| d > now));
                }
                Op::Link(up) => i.handle_input(now, Input::Link { up }),
                Op::Script(ok) => i.handle_input(now, Input::Script { name: "s".into(), success: ok }),
                Op::Stop => i.handle_input(now, Input::Stop),
            }
            let _ = drain(&mut i);
            let next = i.poll_timeout();
            match i.state() {
                State::Master | State::Backup => {
                    // A deadline may lie in the past (a priority change moved it): it
                    // fires on the next handle_timeout.
                    proptest::prop_assert!(next.is_some(), "{:?} without timer", i.state());
                }
                State::Fault | State::Stop => proptest::prop_assert_eq!(next, None),
                State::Init => {}
            }
            proptest::prop_assert!((1..=254).contains(&i.effective_priority()));
        }
    }
}

#[test]
fn priority_changes_are_notified_when_asked() {
    let mut c = cfg(1, Version::V2, 1, 100);
    c.track_interfaces = vec![TrackInterface {
        name: "eth9".into(),
        weight: Weight {
            weight: -10,
            reverse: false,
        },
    }];
    let mut quiet = started(c.clone());
    quiet.handle_input(
        t(10),
        Input::Interface {
            name: "eth9".into(),
            up: false,
        },
    );
    assert_eq!(drain(&mut quiet), vec![]);
    c.notify_priority_changes = true;
    let mut i = started(c);
    i.handle_input(
        t(10),
        Input::Interface {
            name: "eth9".into(),
            up: false,
        },
    );
    assert_eq!(drain(&mut i), vec![Action::NotifyPriority(90)]);
    i.handle_input(
        t(20),
        Input::Interface {
            name: "eth9".into(),
            up: false,
        },
    );
    assert_eq!(drain(&mut i), vec![], "no change, no notify");
}
