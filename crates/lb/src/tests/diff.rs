//! Diff properties: the diff applies cleanly, in a safe order, gives the target, and
//! holds no change that is not needed.

use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::net::{IpAddr, Ipv4Addr};

use crate::dataplane::{reconcile, Dataplane};
use crate::memory::MemoryDataplane;
use crate::sched::{MaglevParams, Scheduler};
use crate::service::{
    Family, Forwarding, Persistence, Protocol, RealKey, RealServer, Service, ServiceConfig,
    ServiceKey, TunnelCsum, TunnelKind,
};
use crate::table::{Change, Table};

fn service_key() -> impl Strategy<Value = ServiceKey> {
    prop_oneof![
        (
            1u8..4,
            prop::sample::select(vec![80u16, 443]),
            prop::sample::select(vec![Protocol::Tcp, Protocol::Udp])
        )
            .prop_map(|(h, port, protocol)| ServiceKey::Addr {
                vip: IpAddr::V4(Ipv4Addr::new(198, 18, 0, h)),
                port,
                protocol,
            }),
        (1u32..3).prop_map(|mark| ServiceKey::Fwmark {
            mark,
            family: Family::V4
        }),
        Just(ServiceKey::Addr {
            vip: "2001:db8::1".parse().expect("v6 literal"),
            port: 80,
            protocol: Protocol::Sctp,
        }),
    ]
}

fn forwarding() -> impl Strategy<Value = Forwarding> {
    prop::sample::select(vec![
        Forwarding::Nat,
        Forwarding::Dr,
        Forwarding::Tun {
            kind: TunnelKind::Ipip,
            csum: TunnelCsum::NoCsum,
        },
        Forwarding::Tun {
            kind: TunnelKind::Gue { port: 6080 },
            csum: TunnelCsum::RemCsum,
        },
    ])
}

fn config() -> impl Strategy<Value = ServiceConfig> {
    (
        prop::sample::select(vec![
            Scheduler::Rr,
            Scheduler::Wlc,
            Scheduler::Mh {
                port: true,
                fallback: false,
            },
            Scheduler::Sh {
                port: false,
                fallback: true,
            },
        ]),
        prop::option::of((1u32..3, prop::sample::select(vec![24u8, 32]))),
        forwarding(),
        any::<bool>(),
    )
        .prop_map(|(scheduler, p, forwarding, one_packet)| ServiceConfig {
            scheduler,
            persistence: p.map(|(timeout_secs, prefix_len)| Persistence {
                timeout_secs,
                prefix_len,
            }),
            forwarding,
            sorry_server: None,
            one_packet,
        })
}

fn real_key() -> impl Strategy<Value = RealKey> {
    (1u8..6, prop::sample::select(vec![0u16, 80])).prop_map(|(h, port)| RealKey {
        addr: IpAddr::V4(Ipv4Addr::new(198, 19, 0, h)),
        port,
    })
}

fn real_server() -> impl Strategy<Value = RealServer> {
    (forwarding(), 0u32..3, 0u32..2).prop_map(|(forwarding, weight, t)| RealServer {
        forwarding,
        weight,
        upper_threshold: t * 100,
        lower_threshold: t * 50,
    })
}

fn table() -> impl Strategy<Value = Table> {
    prop::collection::btree_map(
        service_key(),
        (
            config(),
            prop::collection::btree_map(real_key(), real_server(), 0..5),
        ),
        0..6,
    )
    .prop_map(|m| {
        let mut t = Table::new();
        for (k, (config, reals)) in m {
            t.insert(k, Service { config, reals });
        }
        t
    })
}

/// What a change touches: a service, or a real of a service.
fn object(c: &Change) -> (ServiceKey, Option<RealKey>) {
    match c {
        Change::AddService { key, .. }
        | Change::EditService { key, .. }
        | Change::RemoveService { key } => (*key, None),
        Change::AddReal { service, real, .. }
        | Change::EditReal { service, real, .. }
        | Change::RemoveReal { service, real } => (*service, Some(*real)),
    }
}

proptest! {
    #[test]
    fn diff_applies_in_order_and_gives_the_target(old in table(), new in table()) {
        let changes = old.diff(&new);
        let mut t = old.clone();
        for (i, c) in changes.iter().enumerate() {
            // Table::apply refuses reals without their service and services with reals.
            prop_assert_eq!(t.apply(c), Ok(()), "change {} {:?}", i, c);
        }
        prop_assert_eq!(&t, &new);
    }

    #[test]
    fn diff_is_minimal(old in table(), new in table()) {
        let changes = old.diff(&new);
        let mut touched = BTreeSet::new();
        for c in &changes {
            prop_assert!(touched.insert(object(c)), "object touched twice: {:?}", c);
            let (s, r) = object(c);
            let before = old.service(&s);
            let after = new.service(&s);
            let needed = match r {
                None => before.map(|x| &x.config) != after.map(|x| &x.config),
                Some(r) => {
                    before.and_then(|x| x.reals.get(&r)) != after.and_then(|x| x.reals.get(&r))
                }
            };
            prop_assert!(needed, "unneeded change {:?}", c);
        }
        // And nothing that differs is left out.
        let mut differing = 0usize;
        let keys: BTreeSet<_> = old.services().keys().chain(new.services().keys()).collect();
        let empty = BTreeMap::new();
        for k in keys {
            let (b, a) = (old.service(k), new.service(k));
            differing += usize::from(b.map(|x| &x.config) != a.map(|x| &x.config));
            let (br, ar) = (b.map_or(&empty, |x| &x.reals), a.map_or(&empty, |x| &x.reals));
            let reals: BTreeSet<_> = br.keys().chain(ar.keys()).collect();
            differing += reals.into_iter().filter(|r| br.get(r) != ar.get(r)).count();
        }
        prop_assert_eq!(changes.len(), differing);
    }

    #[test]
    fn kept_services_gain_new_reals_before_losing_old_ones(old in table(), new in table()) {
        let changes = old.diff(&new);
        let last_add = changes.iter().rposition(|c| matches!(c, Change::AddReal { .. }));
        let first_remove = changes.iter().position(|c| matches!(c, Change::RemoveReal { .. }));
        if let (Some(a), Some(r)) = (last_add, first_remove) {
            prop_assert!(a < r);
        }
    }

    #[test]
    fn reconcile_follows_a_sequence_of_tables(ts in prop::collection::vec(table(), 1..6)) {
        // IPVS's small mh table: the 65537-entry one, rebuilt at every real change,
        // makes this test slow without testing anything more.
        let mut dp = MemoryDataplane::with_maglev(MaglevParams::IPVS);
        for t in &ts {
            reconcile(&mut dp, t).expect("each diff applies to what the backend holds");
            prop_assert_eq!(&dp.table().expect("table"), t);
            let stats = dp.stats().expect("stats");
            prop_assert_eq!(stats.len(), t.services().len());
        }
    }

    #[test]
    fn equal_tables_give_no_change(t in table()) {
        prop_assert!(t.diff(&t.clone()).is_empty());
    }

    #[test]
    fn tables_and_changes_survive_json(old in table(), new in table()) {
        let json = serde_json::to_string(&new).expect("table serializes");
        let back: Table = serde_json::from_str(&json).expect("table deserializes");
        prop_assert_eq!(&back, &new);
        let changes = old.diff(&new);
        let json = serde_json::to_string(&changes).expect("changes serialize");
        let back: Vec<Change> = serde_json::from_str(&json).expect("changes deserialize");
        prop_assert_eq!(back, changes);
    }
}

#[test]
fn diff_from_empty_adds_service_before_its_reals() {
    let key = ServiceKey::Fwmark {
        mark: 1,
        family: Family::V4,
    };
    let real = RealKey {
        addr: IpAddr::V4(Ipv4Addr::new(198, 19, 0, 1)),
        port: 0,
    };
    let rs = RealServer {
        forwarding: Forwarding::Dr,
        weight: 1,
        upper_threshold: 0,
        lower_threshold: 0,
    };
    let config = ServiceConfig {
        scheduler: Scheduler::Wrr,
        persistence: None,
        forwarding: Forwarding::Dr,
        sorry_server: None,
        one_packet: false,
    };
    let mut t = Table::new();
    t.insert(
        key,
        Service {
            config: config.clone(),
            reals: [(real, rs)].into(),
        },
    );
    assert_eq!(
        Table::new().diff(&t),
        vec![
            Change::AddService { key, config },
            Change::AddReal {
                service: key,
                real,
                config: rs
            }
        ]
    );
    assert_eq!(
        t.diff(&Table::new()),
        vec![
            Change::RemoveReal { service: key, real },
            Change::RemoveService { key }
        ]
    );
}
