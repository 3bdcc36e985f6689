//! A virtual-time harness: the monitor plus a scripted world that answers probes.

use std::net::SocketAddr;
use std::time::Duration;

use crate::monitor::{Action, Event, Monitor, Options, Probe, ProbeId, Server, ServerRef};
use crate::outcome::{Failure, Outcome};
use crate::spec::{CheckKind, CheckerSpec, RealSpec, ServiceSpec, TimingSpec};
use crate::time::Instant;

/// How the world answers one probe.
pub enum Reply {
    After(Duration, Outcome),
    Never,
}

pub fn ok() -> Reply {
    Reply::After(Duration::from_millis(0), Outcome::SUCCESS)
}

pub fn refused() -> Reply {
    Reply::After(
        Duration::ZERO,
        Failure::Connect(std::io::ErrorKind::ConnectionRefused).into(),
    )
}

pub fn secs(s: f64) -> Instant {
    Instant::from_micros((s * 1e6).round() as u64)
}

pub fn dur(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

/// Answers a probe started at a time, for a checker, on a step (HTTP URL index).
pub type World = Box<dyn FnMut(Instant, &Probe, usize) -> Reply>;

pub struct Sim {
    pub m: Monitor,
    pub now: Instant,
    world: World,
    pending: Vec<(Instant, ProbeId, Outcome)>,
    /// Every action but StartProbe, with its time.
    pub log: Vec<(Instant, Action)>,
    /// Start time, real server index and step of every probe.
    pub probes: Vec<(Instant, usize, usize)>,
}

impl Sim {
    pub fn new(services: &[ServiceSpec], world: World) -> Self {
        let opts = Options {
            seed: 7,
            bootstrap_delay: Duration::ZERO,
        };
        Self::with_options(services, opts, world)
    }

    pub fn with_options(services: &[ServiceSpec], opts: Options, world: World) -> Self {
        let m = Monitor::new(services, opts, Instant::ZERO);
        let mut sim = Sim {
            m,
            now: Instant::ZERO,
            world,
            pending: Vec::new(),
            log: Vec::new(),
            probes: Vec::new(),
        };
        sim.drain();
        sim
    }

    /// Takes the monitor's pending actions without advancing time.
    pub fn drain(&mut self) {
        while let Some(a) = self.m.poll_action() {
            match a {
                Action::StartProbe {
                    id, probe, step, ..
                } => {
                    self.probes.push((self.now, probe.checker.real, step));
                    match (self.world)(self.now, &probe, step) {
                        Reply::After(d, o) => self.pending.push((self.now + d, id, o)),
                        Reply::Never => {}
                    }
                }
                Action::CancelProbe(id) => {
                    self.pending.retain(|p| p.1 != id);
                    self.log.push((self.now, a));
                }
                other => self.log.push((self.now, other)),
            }
        }
    }

    /// Runs every event up to and including `t`.
    pub fn run_until(&mut self, t: Instant) {
        loop {
            self.drain();
            let next_reply = self.pending.iter().map(|p| p.0).min();
            let next = match (self.m.poll_timeout(), next_reply) {
                (Some(a), Some(b)) => a.min(b),
                (a, b) => match a.or(b) {
                    Some(n) => n,
                    None => break,
                },
            };
            if next > t {
                break;
            }
            self.now = next;
            if let Some(pos) = self.pending.iter().position(|p| p.0 <= next) {
                let (_, id, o) = self.pending.remove(pos);
                self.m.handle_probe_done(next, id, o);
            } else {
                self.m.handle_timeout(next);
            }
        }
        self.now = t;
    }

    /// Times at which the server's table entry changed, with the new entry.
    pub fn set_real(&self, server: ServerRef) -> Vec<(Instant, bool, Option<u32>)> {
        self.log
            .iter()
            .filter_map(|(t, a)| match a {
                Action::SetReal { real, up, weight } if *real == server => Some((*t, *up, *weight)),
                _ => None,
            })
            .collect()
    }

    pub fn events(&self) -> Vec<(Instant, Event)> {
        self.log
            .iter()
            .filter_map(|(t, a)| match a {
                Action::Notify { event, .. } => Some((*t, *event)),
                _ => None,
            })
            .collect()
    }

    pub fn probe_times(&self, real: usize) -> Vec<Instant> {
        self.probes
            .iter()
            .filter(|p| p.1 == real)
            .map(|p| p.0)
            .collect()
    }
}

pub fn real(service: usize, i: usize) -> ServerRef {
    ServerRef {
        service,
        server: Server::Real(i),
    }
}

pub fn sorry(service: usize) -> ServerRef {
    ServerRef {
        service,
        server: Server::Sorry,
    }
}

pub fn addr(i: u8) -> SocketAddr {
    SocketAddr::from(([198, 18, 0, i], 80))
}

/// TCP_CHECK with explicit timing and no warmup.
pub fn tcp(delay_loop: f64, timeout: f64, retry: u32, dbr: f64) -> CheckerSpec {
    let mut c = CheckerSpec::new(CheckKind::Tcp);
    c.timing = TimingSpec {
        delay_loop: Some(dur(delay_loop)),
        connect_timeout: Some(dur(timeout)),
        retry: Some(retry),
        delay_before_retry: Some(dur(dbr)),
        warmup: Some(Duration::ZERO),
        alpha: None,
    };
    c
}

/// A service whose real servers 198.18.0.1.. each have one TCP_CHECK.
pub fn service(n: usize, check: CheckerSpec) -> ServiceSpec {
    let mut s = ServiceSpec::new("198.18.1.1:80");
    for i in 0..n {
        let mut r = RealSpec::new(addr(i as u8 + 1));
        r.checkers.push(check.clone());
        s.reals.push(r);
    }
    s
}

/// A world where real server `i` (by last octet - 1) is healthy iff `healthy(i, t)`,
/// answering instantly (refused when unhealthy).
pub fn instant_world(mut healthy: impl FnMut(usize, Instant) -> bool + 'static) -> World {
    Box::new(move |t, p: &Probe, _| {
        if healthy(p.checker.real, t) {
            ok()
        } else {
            refused()
        }
    })
}
