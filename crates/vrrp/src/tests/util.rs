//! A virtual LAN with virtual time (quinn's `Pair`, generalised to N routers):
//! adverts travel as bytes with a fixed latency, can be lost (seeded) or cut by a
//! partition, and the clock jumps to the next packet or timer.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use crate::config::InstanceConfig;
use crate::instance::{Action, Instance, Received, State};
use crate::packet::{AddressList, Version};
use crate::sync_group::{GroupAction, SyncGroup};
use crate::time::Instant;

pub(crate) fn addr(last: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(198, 18, 0, last))
}

/// An instance config with one VIP, sourced from 198.18.0.`last`.
pub(crate) fn cfg(vrid: u8, version: Version, last: u8, priority: u8) -> InstanceConfig {
    let vip = Ipv4Addr::new(198, 18, 0, 100 + vrid);
    let mut c = InstanceConfig::new(
        &format!("VI_{vrid}_{last}"),
        vrid,
        version,
        addr(last),
        AddressList::V4(vec![vip]),
    );
    c.priority = priority;
    c
}

/// Either a lone instance or a sync group, seen as a list of members.
pub(crate) enum Router {
    Single(Box<Instance>),
    Group(SyncGroup),
}

impl Router {
    fn poll_timeout(&self) -> Option<Instant> {
        match self {
            Router::Single(i) => i.poll_timeout(),
            Router::Group(g) => g.poll_timeout(),
        }
    }

    fn handle_timeout(&mut self, now: Instant) {
        match self {
            Router::Single(i) => i.handle_timeout(now),
            Router::Group(g) => g.handle_timeout(now),
        }
    }

    fn handle_packet(&mut self, now: Instant, rx: &Received<'_>) {
        // Rejections are counted inside; the LAN itself does not care.
        let _ = match self {
            Router::Single(i) => i.handle_packet(now, rx),
            Router::Group(g) => g.handle_packet(now, rx),
        };
    }

    fn drain(&mut self) -> Vec<(usize, Action)> {
        let mut out = Vec::new();
        match self {
            Router::Single(i) => {
                while let Some(a) = i.poll_action() {
                    out.push((0, a));
                }
            }
            Router::Group(g) => {
                while let Some(a) = g.poll_action() {
                    if let GroupAction::Member { index, action } = a {
                        out.push((index, action));
                    }
                }
            }
        }
        out
    }

    pub(crate) fn members(&self) -> Vec<&Instance> {
        match self {
            Router::Single(i) => vec![i],
            Router::Group(g) => g.members().iter().collect(),
        }
    }

    fn owns(&self, a: IpAddr) -> bool {
        self.members().iter().any(|m| m.config().source == a)
    }
}

pub(crate) struct Node {
    pub(crate) router: Router,
    pub(crate) alive: bool,
    /// Nodes hear each other only within the same segment.
    pub(crate) segment: u32,
}

/// One recorded state change: time, node, member, new state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Transition {
    pub(crate) at: Instant,
    pub(crate) node: usize,
    pub(crate) member: usize,
    pub(crate) state: State,
}

struct InFlight {
    at: Instant,
    seq: u64,
    to: usize,
    src: IpAddr,
    dst: IpAddr,
    bytes: Vec<u8>,
}

impl PartialEq for InFlight {
    fn eq(&self, o: &Self) -> bool {
        (self.at, self.seq) == (o.at, o.seq)
    }
}
impl Eq for InFlight {}
impl PartialOrd for InFlight {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for InFlight {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.at, self.seq).cmp(&(o.at, o.seq))
    }
}

pub(crate) struct Lan {
    pub(crate) now: Instant,
    pub(crate) nodes: Vec<Node>,
    pub(crate) latency: Duration,
    /// Extra delay, uniform in 0..jitter, per delivery (reorders packets).
    pub(crate) jitter: Duration,
    /// Probability of losing each delivery, in parts per million.
    pub(crate) loss_ppm: u32,
    /// Adverts of this VRID are all lost.
    pub(crate) blocked_vrid: Option<u8>,
    rng: u64,
    seq: u64,
    queue: BinaryHeap<Reverse<InFlight>>,
    pub(crate) transitions: Vec<Transition>,
    pub(crate) announces: Vec<(Instant, usize, u32)>,
    pub(crate) delivered: u64,
}

impl Lan {
    pub(crate) fn new(seed: u64) -> Self {
        Lan {
            now: Instant::ZERO,
            nodes: Vec::new(),
            latency: Duration::from_micros(200),
            jitter: Duration::ZERO,
            loss_ppm: 0,
            blocked_vrid: None,
            rng: seed | 1,
            seq: 0,
            queue: BinaryHeap::new(),
            transitions: Vec::new(),
            announces: Vec::new(),
            delivered: 0,
        }
    }

    /// Adds a lone instance, started now; returns the node index.
    pub(crate) fn add(&mut self, cfg: InstanceConfig) -> usize {
        let i = Instance::new(cfg, self.now);
        self.nodes.push(Node {
            router: Router::Single(Box::new(i)),
            alive: true,
            segment: 0,
        });
        self.nodes.len() - 1
    }

    pub(crate) fn add_group(&mut self, name: &str, cfgs: Vec<InstanceConfig>) -> usize {
        let members = cfgs
            .into_iter()
            .map(|c| Instance::new(c, self.now))
            .collect();
        self.nodes.push(Node {
            router: Router::Group(SyncGroup::new(name, members)),
            alive: true,
            segment: 0,
        });
        self.nodes.len() - 1
    }

    pub(crate) fn member(&self, node: usize, member: usize) -> &Instance {
        self.nodes[node].router.members()[member]
    }

    pub(crate) fn state(&self, node: usize) -> State {
        self.member(node, 0).state()
    }

    /// Every member of every live node in MASTER.
    pub(crate) fn masters(&self, vrid: u8) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|n| {
                self.nodes[*n].alive
                    && self.nodes[*n]
                        .router
                        .members()
                        .iter()
                        .any(|m| m.config().vrid == vrid && m.state() == State::Master)
            })
            .collect()
    }

    /// The node crashes: no more packets, no priority 0 advert.
    pub(crate) fn kill(&mut self, node: usize) {
        self.nodes[node].alive = false;
    }

    pub(crate) fn with_router<R>(
        &mut self,
        node: usize,
        f: impl FnOnce(&mut Router, Instant) -> R,
    ) -> R {
        let now = self.now;
        let r = f(&mut self.nodes[node].router, now);
        self.process(node);
        r
    }

    fn next_random(&mut self) -> u64 {
        // xorshift64*: deterministic, good enough for loss decisions.
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        self.rng.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn process(&mut self, from: usize) {
        let actions = self.nodes[from].router.drain();
        for (member, action) in actions {
            match action {
                Action::SendAdvert(out) => {
                    if self.blocked_vrid == Some(out.repr.vrid) {
                        continue;
                    }
                    let bytes = out.to_bytes();
                    for to in 0..self.nodes.len() {
                        let n = &self.nodes[to];
                        let reach = to != from
                            && n.alive
                            && n.segment == self.nodes[from].segment
                            && (out.dst.is_multicast() || n.router.owns(out.dst));
                        if !reach {
                            continue;
                        }
                        if self.loss_ppm > 0
                            && (self.next_random() % 1_000_000) < u64::from(self.loss_ppm)
                        {
                            continue;
                        }
                        let jitter_us = self.jitter.as_micros() as u64;
                        let extra = if jitter_us > 0 {
                            Duration::from_micros(self.next_random() % jitter_us)
                        } else {
                            Duration::ZERO
                        };
                        self.seq += 1;
                        self.queue.push(Reverse(InFlight {
                            at: self.now + self.latency + extra,
                            seq: self.seq,
                            to,
                            src: out.src,
                            dst: out.dst,
                            bytes: bytes.clone(),
                        }));
                    }
                }
                Action::Notify(state) => self.transitions.push(Transition {
                    at: self.now,
                    node: from,
                    member,
                    state,
                }),
                Action::Announce { count } => self.announces.push((self.now, from, count)),
                Action::AddVips { .. }
                | Action::DelVips
                | Action::MasterRxLowerPriority
                | Action::NotifyPriority(_) => {}
            }
        }
    }

    fn next_event(&self) -> Option<Instant> {
        let p = self.queue.peek().map(|Reverse(f)| f.at);
        let t = self
            .nodes
            .iter()
            .filter(|n| n.alive)
            .filter_map(|n| n.router.poll_timeout())
            .min();
        match (p, t) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Runs until `until` (inclusive of events at that time); the clock ends there.
    pub(crate) fn run_until(&mut self, until: Instant) {
        let mut steps = 0u64;
        while let Some(next) = self.next_event().filter(|t| *t <= until) {
            steps += 1;
            assert!(
                steps < 10_000_000,
                "simulation does not progress at {}",
                self.now
            );
            self.now = self.now.max(next);
            while self.queue.peek().is_some_and(|Reverse(f)| f.at <= self.now) {
                let Some(Reverse(f)) = self.queue.pop() else {
                    break;
                };
                if !self.nodes[f.to].alive {
                    continue;
                }
                self.delivered += 1;
                let rx = Received {
                    src: f.src,
                    dst: f.dst,
                    ttl: 255,
                    bytes: &f.bytes,
                };
                let now = self.now;
                self.nodes[f.to].router.handle_packet(now, &rx);
                self.process(f.to);
            }
            for n in 0..self.nodes.len() {
                if self.nodes[n].alive {
                    let now = self.now;
                    self.nodes[n].router.handle_timeout(now);
                    self.process(n);
                }
            }
        }
        self.now = self.now.max(until);
    }

    pub(crate) fn run_for(&mut self, d: Duration) {
        let until = self.now + d;
        self.run_until(until);
    }

    /// Transitions of `node` (member 0 unless given) to `state`, at or after `since`.
    pub(crate) fn first_transition(
        &self,
        node: usize,
        member: usize,
        state: State,
        since: Instant,
    ) -> Option<Instant> {
        self.transitions
            .iter()
            .find(|t| t.node == node && t.member == member && t.state == state && t.at >= since)
            .map(|t| t.at)
    }
}
