//! Raw VRRP sockets between two network namespaces (needs root and iproute2).

mod common;

use std::net::Ipv4Addr;
use std::time::Duration;

use common::Pair;
use rvs_vrrp::io::{VrrpSocketV4, TOS_NETWORK_CONTROL};
use rvs_vrrp::packet::{Version, MCAST_GROUP_V4};
use rvs_vrrp::{Action, Instance, Instant, State};

fn config(last: u8, priority: u8) -> rvs_vrrp::InstanceConfig {
    common::config(Version::V2, last, priority)
}

#[test]
fn multicast_advert_crosses_namespaces_and_is_accepted_by_a_backup() {
    let pair = Pair::new("m");
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let receiver = Pair::run(&pair.b, move || {
        let sock = VrrpSocketV4::open("vb", Some(MCAST_GROUP_V4)).expect("open socket in b");
        sock.set_read_timeout(Some(Duration::from_millis(500)))
            .expect("timeout");
        let _ = ready_tx.send(());
        let mut backup = Instance::new(config(2, 100), Instant::ZERO);
        backup.handle_timeout(Instant::ZERO);
        let mut buf = vec![0u8; 1500];
        // Bounded: a few timeouts' worth of frames, ignoring anything not from a.
        for _ in 0..20 {
            let Ok(frame) = sock.recv(&mut buf) else {
                continue;
            };
            if frame.meta.src != Ipv4Addr::new(198, 18, 0, 1) {
                continue;
            }
            let meta = frame.meta;
            let accepted = backup.handle_packet(Instant::from_millis(10), &frame.received());
            return Some((meta, accepted, backup.master_priority(), backup.state()));
        }
        None
    });
    // a sends only once b has joined the group.
    ready_rx
        .recv_timeout(Duration::from_secs(5))
        .expect("receiver ready");
    let sender = Pair::run(&pair.a, || {
        let mut sock = VrrpSocketV4::open("va", Some(MCAST_GROUP_V4)).expect("open socket in a");
        let mut cfg = config(1, 255);
        cfg.initial_master = true;
        let mut owner = Instance::new(cfg, Instant::ZERO);
        owner.handle_timeout(Instant::ZERO);
        let mut sent = 0;
        while let Some(a) = owner.poll_action() {
            if let Action::SendAdvert(out) = a {
                for _ in 0..3 {
                    sock.send(&out).expect("send advert");
                    sent += 1;
                }
            }
        }
        sent
    });
    assert_eq!(sender.join().expect("sender thread"), 3);
    let (meta, accepted, prio, state) = receiver
        .join()
        .expect("receiver thread")
        .expect("b received a's advert");
    assert_eq!(meta.dst, MCAST_GROUP_V4);
    assert_eq!(
        (meta.ttl, meta.tos, meta.frag),
        (255, TOS_NETWORK_CONTROL, 0)
    );
    assert_eq!(meta.id, 1, "first frame carries IP id 1, as keepalived's");
    assert_eq!(accepted, Ok(()));
    assert_eq!((prio, state), (255, State::Backup));
}

#[test]
fn missing_interface_is_reported_by_name() {
    let err = VrrpSocketV4::open("rvs-nonexistent0", None).expect_err("no such interface");
    assert_eq!(err.to_string(), "no interface rvs-nonexistent0");
}
