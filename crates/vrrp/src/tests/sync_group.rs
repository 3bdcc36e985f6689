//! Sync group invariants over random inputs.

use std::time::Duration;

use super::util::{addr, cfg};
use crate::instance::{Input, Instance, Received, State};
use crate::packet::{Checksum, Version, MCAST_GROUP_V4};
use crate::sync_group::SyncGroup;
use crate::time::Instant;

#[derive(Debug, Clone)]
enum Op {
    Advert { member: usize, priority: u8 },
    Wait { ms: u64 },
    Link { member: usize, up: bool },
}

fn op() -> impl proptest::strategy::Strategy<Value = Op> {
    use proptest::prelude::*;
    prop_oneof![
        4 => (0usize..2, any::<u8>()).prop_map(|(member, priority)| Op::Advert { member, priority }),
        4 => (0u64..5000).prop_map(|ms| Op::Wait { ms }),
        1 => (0usize..2, any::<bool>()).prop_map(|(member, up)| Op::Link { member, up }),
    ]
}

proptest::proptest! {
    /// Members never split between MASTER and BACKUP, and one member's FAULT holds
    /// them all in FAULT.
    #[test]
    fn members_move_together(ops in proptest::collection::vec(op(), 0..60)) {
        let cfgs = [cfg(1, Version::V2, 1, 150), cfg(2, Version::V2, 1, 150)];
        let mut g = SyncGroup::new("G", cfgs.iter().cloned().map(|c| Instance::new(c, Instant::ZERO)).collect());
        g.handle_timeout(Instant::ZERO);
        let mut now = Instant::ZERO;
        let mut down = [false, false];
        for op in ops {
            match op {
                Op::Advert { member, priority } => {
                    let c = &cfgs[member];
                    let r = crate::packet::AdvertRepr {
                        version: Version::V2,
                        kind: crate::packet::Kind::Advertisement,
                        vrid: c.vrid,
                        priority,
                        auth_type: crate::packet::AuthType::None,
                        interval: crate::packet::Interval::Secs(1),
                        addresses: c.vips.clone(),
                        auth_data: [0; 8],
                    };
                    let bytes = r.to_bytes(&Checksum::Plain);
                    let rx = Received { src: addr(9), dst: MCAST_GROUP_V4.into(), ttl: 255, bytes: &bytes };
                    let _ = g.handle_packet(now, &rx);
                }
                Op::Wait { ms } => {
                    now = now + Duration::from_millis(ms);
                    g.handle_timeout(now);
                }
                Op::Link { member, up } => {
                    down[member] = !up;
                    g.handle_input(now, member, Input::Link { up });
                }
            }
            while g.poll_action().is_some() {}
            let states: Vec<State> = g.members().iter().map(Instance::state).collect();
            proptest::prop_assert!(
                !(states.contains(&State::Master) && states.contains(&State::Backup)),
                "split group {states:?}"
            );
            if down.iter().any(|d| *d) {
                proptest::prop_assert!(states.iter().all(|s| *s == State::Fault), "{states:?} with a link down");
                proptest::prop_assert_eq!(g.state(), State::Fault);
            }
        }
    }
}
