//! The connection table as `ipvsadm -Lnc` and ActiveConn/InActConn show it.
//!
//! The BPF side forgets an idle flow when its next packet comes, when the
//! sweeper passes (once a second, while a connection-counting service has
//! flows) or when a new flow takes its slot, so what it holds is filtered
//! here by the same timeouts.
//! Pure: time comes in as an argument, on the BPF clock (CLOCK_MONOTONIC).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Duration;

use crate::abi::{Config, Flow, FlowKey, State};

/// One live connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    pub proto: u8,
    pub client: SocketAddr,
    pub service: SocketAddr,
    pub backend: u32,
    pub state: State,
    /// Idle time left before the connection is forgotten.
    pub expires_in: Duration,
}

/// The live connections among `flows` at `now_ns`, with their time left.
pub fn live(flows: &[(FlowKey, Flow)], cfg: &Config, now_ns: u64) -> Vec<Connection> {
    flows
        .iter()
        .filter_map(|(k, f)| {
            let state = State::from_raw(f.state)?;
            let idle = now_ns.saturating_sub(f.last_seen_ns);
            let timeout = cfg.timeout_ns[state as usize];
            // The program's test: a flow is live while idle < timeout.
            if idle >= timeout {
                return None;
            }
            Some(Connection {
                proto: k.proto,
                client: k.client()?,
                service: k.service()?,
                backend: f.backend,
                state,
                expires_in: Duration::from_nanos(timeout - idle),
            })
        })
        .collect()
}

/// Active (established TCP) and inactive connection counts per backend id.
pub fn counts(conns: &[Connection]) -> BTreeMap<u32, (u64, u64)> {
    let mut out: BTreeMap<u32, (u64, u64)> = BTreeMap::new();
    for c in conns {
        let e = out.entry(c.backend).or_default();
        if c.state.is_active() {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::{addr_words, FAMILY_V4};
    use crate::default_timeouts_ns;

    fn flow(port: u16, backend: u32, state: State, last_seen_s: u64) -> (FlowKey, Flow) {
        let key = FlowKey {
            src: addr_words("198.19.0.1".parse().expect("literal")).0,
            dst: addr_words("198.18.0.100".parse().expect("literal")).0,
            sport: port.to_be(),
            dport: 80u16.to_be(),
            proto: 6,
            family: FAMILY_V4,
            pad: [0; 2],
        };
        let f = Flow {
            last_seen_ns: last_seen_s * 1_000_000_000,
            backend,
            state: state as u8,
            ..Flow::default()
        };
        (key, f)
    }

    #[test]
    fn idle_flows_past_their_state_timeout_are_not_listed() {
        let cfg = Config {
            timeout_ns: default_timeouts_ns(),
            ..Config::default()
        };
        let flows = [
            flow(1, 0, State::Established, 100),
            flow(2, 0, State::SynRecv, 100),
            flow(3, 1, State::FinWait, 100),
            flow(4, 1, State::Close, 100),
        ];
        // At t = 200 s: established (900 s) and FIN_WAIT (120 s) live,
        // SYN_RECV (60 s) and CLOSE (10 s) are gone.
        let now = 200 * 1_000_000_000;
        let conns = live(&flows, &cfg, now);
        let ports: Vec<u16> = conns.iter().map(|c| c.client.port()).collect();
        assert_eq!(ports, [1, 3]);
        assert_eq!(conns[0].expires_in, Duration::from_secs(800));
        assert_eq!(
            conns[0].service,
            "198.18.0.100:80".parse().expect("literal")
        );
        assert_eq!(counts(&conns), BTreeMap::from([(0, (1, 0)), (1, (0, 1))]));
    }
}
