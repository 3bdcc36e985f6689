//! Pinned maps outlive the process that made them, and a new one adopts
//! them with their contents. Needs root, BPF and a bpffs mount.

mod common;

use common::lab::Bpffs;
use common::*;
use rvs_xdp::abi::{Method, Reason, Sched, State};
use rvs_xdp::{Options, Prog};

#[test]
fn a_restarted_balancer_adopts_pinned_maps() {
    let fs = Bpffs::mount("pin");
    let dir = fs.instance(&format!("rvs-t-{}", std::process::id()));
    let opts = Options {
        pin_dir: Some(dir.clone()),
        ..small()
    };
    let vip = sa("198.18.0.100:80");
    let client = sa("198.19.0.1:40000");
    {
        let mut b = open_with(&opts);
        backend(&mut b, 0, sa("198.18.1.1:0").ip(), 0, RS_A, Method::Dr);
        backend(&mut b, 1, sa("198.18.1.2:0").ip(), 0, RS_B, Method::Dr);
        service(&mut b, 0, vip, TCP, Sched::Walk, 0, &[0, 1]);
        let mut cfg = b.config().expect("reading config");
        cfg.timeout_ns[State::Udp as usize] = 42;
        b.set_config(&cfg).expect("writing config");
        let r = b
            .test_run(
                Prog::Balancer,
                &pkt(CLIENT_HOP, DIRECTOR, client, vip, Kind::Syn),
            )
            .expect("BPF_PROG_TEST_RUN");
        assert_eq!(r.packet[0..6], RS_A, "the SYN goes to RS A");
    }
    let keys = open_with(&opts).flow_keys().expect("reading the flow keys");
    for map in [
        "services",
        "backends",
        "ring",
        "flows",
        "flow_keys",
        "config",
        "reasons",
    ] {
        assert!(
            dir.join(map).exists(),
            "map {map} is pinned in {}",
            dir.display()
        );
    }
    let b = open_with(&opts);
    assert_eq!(
        b.flow_keys().expect("reading the flow keys"),
        keys,
        "an adopted table keeps the keys its flows were placed by"
    );
    let cfg = b.config().expect("reading config");
    assert_eq!(
        cfg.timeout_ns[State::Udp as usize],
        42,
        "config kept, not reset"
    );
    let r = b
        .test_run(
            Prog::Balancer,
            &pkt(CLIENT_HOP, DIRECTOR, client, vip, Kind::Ack),
        )
        .expect("BPF_PROG_TEST_RUN");
    assert_eq!(
        (r.action, &r.packet[0..6]),
        (XDP_TX, &RS_A[..]),
        "the adopted connection table keeps the flow on RS A"
    );
    let tx = b
        .reasons()
        .expect("reading reasons")
        .into_iter()
        .find(|(r, _)| *r == Reason::TxDr)
        .map(|(_, c)| c.packets);
    assert_eq!(tx, Some(2), "counters continue across the restart");
}

#[test]
fn a_map_pinned_with_another_layout_is_refused_by_name() {
    let fs = Bpffs::mount("pinlayout");
    let dir = fs.instance(&format!("rvs-t-{}", std::process::id()));
    let opts = Options {
        pin_dir: Some(dir.clone()),
        ..small()
    };
    drop(open_with(&opts));
    // Another build's backends map: the 16-byte values of conn_counts.
    std::fs::remove_file(dir.join("backends")).expect("unpinning backends");
    std::fs::rename(dir.join("conn_counts"), dir.join("backends"))
        .expect("renaming a pin in bpffs");
    match rvs_xdp::Balancer::open(&opts) {
        Err(
            e @ rvs_xdp::Error::PinnedLayout {
                map: "backends", ..
            },
        ) => {
            let msg = e.to_string();
            assert!(
                msg.contains("(4, 16)") && msg.contains("(4, 52)"),
                "the message gives both layouts: {msg}"
            );
        }
        Err(e) => panic!("refused, but not for the layout of backends: {e:?}"),
        Ok(_) => panic!("a backends map of 16-byte values was adopted"),
    }
}

#[test]
fn a_connection_table_pinned_as_an_lru_hash_is_refused() {
    let fs = Bpffs::mount("pinflows");
    let dir = fs.instance(&format!("rvs-t-{}", std::process::id()));
    let opts = Options {
        pin_dir: Some(dir.clone()),
        ..small()
    };
    drop(open_with(&opts));
    // The table of rvs before the in-place one: an LRU hash of flow keys
    // (40 bytes) to flows (24 bytes).
    let old = aya_obj::Map::Legacy(aya_obj::maps::LegacyMap {
        def: aya_obj::maps::bpf_map_def {
            map_type: 9, // BPF_MAP_TYPE_LRU_HASH
            key_size: 40,
            value_size: 24,
            max_entries: 16,
            ..Default::default()
        },
        inner_def: None,
        section_index: 0,
        section_kind: aya_obj::EbpfSectionKind::Maps,
        symbol_index: None,
        data: Vec::new(),
    });
    let old = aya::maps::MapData::create(old, "flows", None).expect("creating an LRU hash");
    std::fs::remove_file(dir.join("flows")).expect("unpinning flows");
    old.pin(dir.join("flows")).expect("pinning the old table");
    match rvs_xdp::Balancer::open(&opts) {
        Err(e @ rvs_xdp::Error::PinnedLayout { map: "flows", .. }) => {
            let msg = e.to_string();
            assert!(
                msg.contains("(40, 24)") && msg.contains("(4, 576)"),
                "the message gives both layouts: {msg}"
            );
        }
        Err(e) => panic!("refused, but not for the layout of flows: {e:?}"),
        Ok(_) => panic!("an LRU hash was adopted as the connection table"),
    }
}

#[test]
fn an_adopted_connection_table_keeps_its_size() {
    let fs = Bpffs::mount("pinsize");
    let dir = fs.instance(&format!("rvs-t-{}", std::process::id()));
    let opts = Options {
        pin_dir: Some(dir.clone()),
        ..small()
    };
    let (vip, client) = (sa("198.18.0.100:80"), sa("198.19.0.1:40000"));
    let send = |b: &rvs_xdp::Balancer, kind| {
        let r = b
            .test_run(
                Prog::Balancer,
                &pkt(CLIENT_HOP, DIRECTOR, client, vip, kind),
            )
            .expect("BPF_PROG_TEST_RUN");
        (r.action, r.packet[0..6].to_vec())
    };
    {
        let mut b = open_with(&opts);
        backend(&mut b, 0, sa("198.18.1.1:0").ip(), 0, RS_A, Method::Dr);
        service(&mut b, 0, vip, TCP, Sched::Walk, 0, &[0]);
        assert_eq!(send(&b, Kind::Syn), (XDP_TX, RS_A.to_vec()));
    }
    // Asked for a table 64 times larger, the restarted balancer keeps the
    // pinned one and must look flows up where the pinned size put them.
    let b = open_with(&Options {
        flows: opts.flows * 64,
        ..opts
    });
    assert_eq!(
        send(&b, Kind::Ack),
        (XDP_TX, RS_A.to_vec()),
        "the flow is found in the adopted table"
    );
    assert_eq!(b.connections().expect("flows").len(), 1);
}

#[test]
fn every_new_connection_table_draws_secret_odd_hash_keys() {
    let a = open_with(&small())
        .flow_keys()
        .expect("reading the flow keys");
    let b = open_with(&small())
        .flow_keys()
        .expect("reading the flow keys");
    assert!(
        a.m.iter().chain(&b.m).all(|m| m & 1 == 1),
        "odd: {a:?} {b:?}"
    );
    assert_ne!(a, b, "two tables, two draws");
}
