//! The checker core: every checker of every service, with keepalived's semantics
//! (keepalived/check/check_tcp.c `tcp_epilog`, ipwrapper.c `update_svr_checker_state`,
//! `perform_svr_state`, `update_quorum_state`, check_api.c `register_checkers_thread`).
//!
//! Sans-IO: time comes in as an argument, probes leave as [`Action::StartProbe`] and come
//! back through [`Monitor::handle_probe_done`]; the desired membership of each service
//! leaves as [`Action::SetReal`].

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

pub use crate::action::{Action, CheckerRef, Event, Probe, ProbeId, Server, ServerRef};
use crate::checker::{Checker, Phase, Sequence};
use crate::outcome::{Failure, Outcome};
use crate::rng::Rng;
use crate::spec::{CheckKind, Script, ServiceSpec, BOOTSTRAP_DELAY, IPVS_WEIGHT_MAX};
use crate::time::Instant;

/// Knobs of the core itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Seed of the warmup randomness.
    pub seed: u64,
    /// Delay before any first check (keepalived: 1 s).
    pub bootstrap_delay: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            seed: 0,
            bootstrap_delay: BOOTSTRAP_DELAY,
        }
    }
}

#[derive(Debug)]
struct Real {
    /// Identity across reloads.
    addr: SocketAddr,
    weight: u32,
    inhibit: bool,
    notify_up: Option<Script>,
    notify_down: Option<Script>,
    alive: bool,
    /// keepalived's `num_failed_checkers`.
    failed: usize,
    /// Indices into `Monitor::checkers`.
    checkers: Vec<usize>,
    published: Option<(bool, Option<u32>)>,
}

#[derive(Debug)]
struct Sorry {
    weight: u32,
    inhibit: bool,
    /// In the pool instead of the real servers.
    alive: bool,
    published: Option<(bool, Option<u32>)>,
}

#[derive(Debug)]
struct Service {
    /// Identity across reloads.
    name: String,
    quorum: i64,
    hysteresis: i64,
    quorum_up_script: Option<Script>,
    quorum_down_script: Option<Script>,
    omega: bool,
    suspended: bool,
    quorum_up: bool,
    sorry: Option<Sorry>,
    reals: Vec<Real>,
}

/// The checker core for a set of services.
#[derive(Debug)]
pub struct Monitor {
    options: Options,
    rng: Rng,
    services: Vec<Service>,
    checkers: Vec<Checker>,
    timers: BTreeSet<(Instant, usize)>,
    in_flight: HashMap<ProbeId, usize>,
    actions: VecDeque<Action>,
    next_probe: u64,
    stopped: bool,
}

impl Monitor {
    /// Starts checking at `now`. The first actions give every server's initial state:
    /// real servers start alive unless one of their checkers is in `alpha` mode.
    pub fn new(specs: &[ServiceSpec], options: Options, now: Instant) -> Self {
        let mut m = Monitor::empty(options, Rng::new(options.seed), 0);
        m.build(specs, now, None);
        m
    }

    /// Applies a new configuration at `now` (a reload), keeping what keepalived's
    /// `clear_diff_services` / `migrate_checkers` keep: services are matched by name, real
    /// servers by address, checkers by type and options. A kept checker keeps its state;
    /// a kept real server keeps its health, and comes up at once if none of its checkers
    /// is known to fail. Every probe in flight is cancelled and every checker is
    /// rescheduled as at start. Server references are those of the new `specs`: the
    /// actions that follow give the full state of every server, and servers that are no
    /// longer configured are simply absent from it. A stopped monitor stays stopped.
    pub fn reload(&mut self, specs: &[ServiceSpec], now: Instant) {
        if self.stopped {
            return;
        }
        let mut cancelled: Vec<ProbeId> = self.in_flight.keys().copied().collect();
        cancelled.sort_unstable();
        let fresh = Monitor::empty(self.options, self.rng.clone(), self.next_probe);
        let old = std::mem::replace(self, fresh);
        for id in cancelled {
            self.actions.push_back(Action::CancelProbe(id));
        }
        self.build(specs, now, Some(&old));
    }

    fn empty(options: Options, rng: Rng, next_probe: u64) -> Self {
        Monitor {
            options,
            rng,
            services: Vec::new(),
            checkers: Vec::new(),
            timers: BTreeSet::new(),
            in_flight: HashMap::new(),
            actions: VecDeque::new(),
            next_probe,
            stopped: false,
        }
    }

    fn build(&mut self, specs: &[ServiceSpec], now: Instant, old: Option<&Monitor>) {
        for (si, s) in specs.iter().enumerate() {
            let old_svc = old.and_then(|o| {
                o.services
                    .iter()
                    .find(|os| os.name == s.name)
                    .map(|os| (o, os))
            });
            let mut reals = Vec::with_capacity(s.reals.len());
            let mut come_up = Vec::new();
            for (ri, r) in s.reals.iter().enumerate() {
                let old_real = old_svc.and_then(|(o, os)| {
                    os.reals
                        .iter()
                        .find(|or| or.addr == r.addr)
                        .map(|or| (o, or))
                });
                let mut real = Real {
                    addr: r.addr,
                    weight: r.weight,
                    inhibit: r.inhibit_on_failure.unwrap_or(s.inhibit_on_failure),
                    notify_up: r.notify_up.clone(),
                    notify_down: r.notify_down.clone(),
                    alive: false,
                    failed: 0,
                    checkers: Vec::with_capacity(r.checkers.len()),
                    published: None,
                };
                let mut taken = Vec::new();
                for (ci, c) in r.checkers.iter().enumerate() {
                    let timing = c.timing(r, s);
                    let probe = Probe {
                        checker: CheckerRef {
                            service: si,
                            real: ri,
                            checker: ci,
                        },
                        kind: c.kind.clone(),
                        conn: c.conn.clone(),
                        target: c.target(r),
                        virtualhost: http_virtualhost(&c.kind)
                            .or(r.virtualhost.clone())
                            .or(s.virtualhost.clone()),
                        timeout: timing.probe_timeout,
                        real_weight: r.weight,
                    };
                    let mut checker = Checker {
                        probe: Arc::new(probe),
                        timing,
                        // Alpha: pessimistic start, the checker must succeed once.
                        is_up: !timing.alpha,
                        has_run: false,
                        retry_it: 0,
                        weight_delta: 0,
                        sequence: match c.kind {
                            CheckKind::Http(_) | CheckKind::Ssl(_) => Sequence::Http,
                            CheckKind::Smtp(_) => Sequence::Smtp,
                            CheckKind::Misc(_) => Sequence::Misc,
                            _ => Sequence::Generic,
                        },
                        urls: http_urls(&c.kind),
                        url_it: 0,
                        failed_url: None,
                        fast_recovery: matches!(&c.kind, CheckKind::Http(h) | CheckKind::Ssl(h) if h.fast_recovery),
                        phase: Phase::Waiting,
                        started: now,
                        timer_late: Duration::ZERO,
                        timer: None,
                    };
                    if let Some((o, or)) = old_real {
                        let same = or.checkers.iter().copied().find(|&oi| {
                            let oc = &o.checkers[oi].probe;
                            !taken.contains(&oi) && oc.kind == c.kind && oc.conn == c.conn
                        });
                        if let Some(oi) = same {
                            taken.push(oi);
                            checker.migrate(&o.checkers[oi]);
                        }
                    }
                    let idx = self.checkers.len();
                    self.checkers.push(checker);
                    real.checkers.push(idx);
                    let warmup = self.rng.below(timing.warmup);
                    self.set_timer(idx, now + self.options.bootstrap_delay + warmup);
                }
                match old_real {
                    Some((_, or)) => {
                        real.alive = or.alive;
                        if self.settle_reloaded(&mut real) {
                            come_up.push(ri);
                        }
                    }
                    None => {
                        real.failed = real
                            .checkers
                            .iter()
                            .filter(|&&i| !self.checkers[i].is_up)
                            .count();
                        real.alive = real.failed == 0;
                    }
                }
                reals.push(real);
            }
            let old_sorry_alive = old_svc
                .and_then(|(_, os)| os.sorry.as_ref())
                .is_some_and(|ss| ss.alive);
            let svc = Service {
                name: s.name.clone(),
                quorum: i64::from(s.quorum),
                hysteresis: i64::from(s.hysteresis),
                quorum_up_script: s.quorum_up.clone(),
                quorum_down_script: s.quorum_down.clone(),
                omega: s.omega,
                suspended: match old_svc {
                    Some((_, os)) if s.ha_suspend => os.suspended,
                    _ => s.ha_suspend,
                },
                // Quorum starts down, so a service starting with enough weight announces
                // "Gained quorum" (and runs quorum_up), as keepalived 2.2.7 does at startup.
                quorum_up: old_svc.is_some_and(|(_, os)| os.quorum_up),
                sorry: s.sorry_server.as_ref().map(|ss| Sorry {
                    weight: ss.weight,
                    inhibit: ss.inhibit,
                    alive: old_sorry_alive,
                    published: None,
                }),
                reals,
            };
            self.services.push(svc);
            for ri in come_up {
                self.perform_real_state(si, ri, true);
            }
            self.update_quorum_state(si, true);
            self.publish(si);
        }
    }

    /// keepalived's `migrate_checkers`, real-server part: recount failures, make new
    /// checkers of a failing (or never checked, down) server need only one failure and
    /// start down if alpha. Returns whether the server must come up now.
    fn settle_reloaded(&mut self, real: &mut Real) -> bool {
        let ran = |c: &Checker| c.has_run;
        real.failed = real
            .checkers
            .iter()
            .filter(|&&i| ran(&self.checkers[i]) && !self.checkers[i].is_up)
            .count();
        let any_ran = real.checkers.iter().any(|&i| ran(&self.checkers[i]));
        if real.failed > 0 || (!real.alive && !any_ran) {
            for &i in &real.checkers {
                let c = &mut self.checkers[i];
                if !c.has_run {
                    if c.timing.alpha {
                        c.is_up = false;
                        real.failed += 1;
                    }
                    c.retry_it = c.timing.retry;
                }
            }
        }
        if real.failed == 0 && !real.alive {
            return true;
        }
        if real.failed > 0 {
            // keepalived pulls it without a notification.
            real.alive = false;
        }
        false
    }

    // ---- getters ----

    /// Whether the server is healthy (sorry server: in use).
    pub fn is_up(&self, server: ServerRef) -> bool {
        let svc = &self.services[server.service];
        match server.server {
            Server::Real(i) => svc.reals[i].alive,
            Server::Sorry => svc.sorry.as_ref().is_some_and(|s| s.alive),
        }
    }

    /// The server's desired table entry (see [`Action::SetReal`]).
    pub fn weight(&self, server: ServerRef) -> Option<u32> {
        self.membership(server.service, server.server)
    }

    /// Every server's desired state (health, table entry), as the `SetReal` actions
    /// described it: what a data plane rebuilds its table from, e.g. after a reload.
    pub fn servers(&self) -> Vec<(ServerRef, bool, Option<u32>)> {
        let mut all = Vec::new();
        for (si, svc) in self.services.iter().enumerate() {
            let servers = (0..svc.reals.len())
                .map(Server::Real)
                .chain(svc.sorry.as_ref().map(|_| Server::Sorry));
            for server in servers {
                let r = ServerRef {
                    service: si,
                    server,
                };
                all.push((r, self.is_up(r), self.weight(r)));
            }
        }
        all
    }

    pub fn quorum_up(&self, service: usize) -> bool {
        self.services[service].quorum_up
    }

    pub fn checker_up(&self, c: CheckerRef) -> bool {
        let idx = self.services[c.service].reals[c.real].checkers[c.checker];
        self.checkers[idx].is_up
    }

    // ---- inputs ----

    /// Fires every timer due at `now`; harmless when called early.
    pub fn handle_timeout(&mut self, now: Instant) {
        while let Some(&(at, idx)) = self.timers.first() {
            if at > now {
                break;
            }
            self.timers.remove(&(at, idx));
            self.checkers[idx].timer = None;
            match self.checkers[idx].phase {
                Phase::Waiting => self.start_probe(idx, at, now),
                Phase::Probing(id) => {
                    self.in_flight.remove(&id);
                    self.actions.push_back(Action::CancelProbe(id));
                    self.probe_finished(idx, now, Outcome::Failure(Failure::Timeout));
                }
                Phase::Stopped => {}
            }
        }
    }

    /// A probe finished. Results for probes that were cancelled or are unknown are ignored.
    pub fn handle_probe_done(&mut self, now: Instant, id: ProbeId, outcome: Outcome) {
        let Some(idx) = self.in_flight.remove(&id) else {
            return;
        };
        if self.checkers[idx].phase != Phase::Probing(id) {
            return;
        }
        self.clear_timer(idx);
        self.probe_finished(idx, now, outcome);
    }

    /// The shell has no free slot for the probe yet: its deadline waits for
    /// [`Monitor::handle_probe_started`], so time spent queued is not counted.
    pub fn handle_probe_deferred(&mut self, id: ProbeId) {
        if let Some(&idx) = self.in_flight.get(&id) {
            if self.checkers[idx].phase == Phase::Probing(id) {
                self.clear_timer(idx);
            }
        }
    }

    /// A deferred probe really started at `now`: its deadline is `now + timeout`.
    pub fn handle_probe_started(&mut self, now: Instant, id: ProbeId) {
        if let Some(&idx) = self.in_flight.get(&id) {
            if self.checkers[idx].phase == Phase::Probing(id) {
                let timeout = self.checkers[idx].timing.probe_timeout;
                self.checkers[idx].started = now;
                self.set_timer(idx, now + timeout);
            }
        }
    }

    /// `ha_suspend`: while the virtual address is absent, the service's checkers keep
    /// their schedule but run no probe.
    pub fn set_suspended(&mut self, service: usize, suspended: bool) {
        if let Some(s) = self.services.get_mut(service) {
            s.suspended = suspended;
        }
    }

    /// Shutdown: every probe is cancelled and every server leaves its service; with
    /// `omega` the down notifications of real servers and quorum are sent.
    pub fn handle_stop(&mut self) {
        if self.stopped {
            return;
        }
        self.stopped = true;
        for idx in 0..self.checkers.len() {
            self.clear_timer(idx);
            if let Phase::Probing(id) = self.checkers[idx].phase {
                self.actions.push_back(Action::CancelProbe(id));
            }
            self.checkers[idx].phase = Phase::Stopped;
        }
        self.in_flight.clear();
        for si in 0..self.services.len() {
            let omega = self.services[si].omega;
            for ri in 0..self.services[si].reals.len() {
                let real = &mut self.services[si].reals[ri];
                let was_alive = real.alive;
                real.alive = false;
                real.published = Some((false, None));
                let script = real.notify_down.clone();
                let server = ServerRef {
                    service: si,
                    server: Server::Real(ri),
                };
                self.actions.push_back(Action::SetReal {
                    real: server,
                    up: false,
                    weight: None,
                });
                if was_alive && omega {
                    self.notify(Event::RealDown(server), script);
                }
            }
            if let Some(sorry) = self.services[si].sorry.as_mut() {
                sorry.alive = false;
                sorry.published = Some((false, None));
                let server = ServerRef {
                    service: si,
                    server: Server::Sorry,
                };
                self.actions.push_back(Action::SetReal {
                    real: server,
                    up: false,
                    weight: None,
                });
            }
            self.services[si].quorum_up = false;
            if omega {
                let script = self.services[si].quorum_down_script.clone();
                self.notify(Event::QuorumDown(si), script);
            }
        }
    }

    // ---- outputs ----

    pub fn poll_timeout(&self) -> Option<Instant> {
        self.timers.first().map(|&(at, _)| at)
    }

    pub fn poll_action(&mut self) -> Option<Action> {
        self.actions.pop_front()
    }

    // ---- internals ----

    fn set_timer(&mut self, idx: usize, at: Instant) {
        self.clear_timer(idx);
        self.checkers[idx].timer = Some(at);
        self.timers.insert((at, idx));
    }

    fn clear_timer(&mut self, idx: usize) {
        if let Some(at) = self.checkers[idx].timer.take() {
            self.timers.remove(&(at, idx));
        }
    }

    /// Starts the probe that was `due` at `now` (later when the shell woke up late).
    fn start_probe(&mut self, idx: usize, due: Instant, now: Instant) {
        let service = self.checkers[idx].probe.checker.service;
        if self.services[service].suspended {
            // keepalived keeps rescheduling a disabled checker every delay_loop.
            let delay = self.checkers[idx].timing.delay_loop;
            self.set_timer(idx, now + delay);
            return;
        }
        let id = ProbeId(self.next_probe);
        self.next_probe += 1;
        let c = &mut self.checkers[idx];
        c.phase = Phase::Probing(id);
        c.started = now;
        c.timer_late = now.saturating_since(due);
        let probe = Arc::clone(&c.probe);
        let deadline = now + c.timing.probe_timeout;
        self.in_flight.insert(id, idx);
        self.set_timer(idx, deadline);
        let step = self.checkers[idx].url_it;
        self.actions.push_back(Action::StartProbe {
            id,
            probe,
            step,
            due,
        });
    }

    fn probe_finished(&mut self, idx: usize, now: Instant, outcome: Outcome) {
        let success = outcome.is_success();
        if let Outcome::Success { weight: Some(w) } = outcome {
            self.set_dynamic_weight(idx, w);
        }
        let c = &mut self.checkers[idx];
        c.phase = Phase::Waiting;
        let delay = if c.sequence == Sequence::Http {
            let transition = c.http_verdict(success);
            if let Some(alive) = transition {
                self.update_checker_state(idx, alive);
            }
            self.checkers[idx].http_delay(success)
        } else {
            let (transition, delay) = match c.sequence {
                Sequence::Smtp => c.smtp_epilog(success),
                _ => c.epilog(success),
            };
            if let Some(alive) = transition {
                self.update_checker_state(idx, alive);
            }
            self.checkers[idx].has_run = true;
            delay
        };
        // MISC_CHECK counts from the start of the script run (keepalived's `last_ran`).
        let base = if self.checkers[idx].sequence == Sequence::Misc {
            self.checkers[idx].started
        } else {
            now
        };
        // A timer that fired late (the engine stalled) does not push the checker's
        // schedule: probes a stall bunched together drift back to their own times
        // instead of staying bunched. Capped at half a delay_loop so that an overloaded
        // engine still backs off; keepalived carries its lateness over.
        let c = &self.checkers[idx];
        let late = c.timer_late.min(c.timing.delay_loop / 2);
        self.set_timer(idx, (base + delay).saturating_sub(late).max(now));
    }

    fn set_dynamic_weight(&mut self, idx: usize, weight: u32) {
        let r = self.checkers[idx].probe.checker;
        let configured = i64::from(self.services[r.service].reals[r.real].weight);
        let delta = i64::from(weight) - configured;
        if self.checkers[idx].weight_delta == delta {
            return;
        }
        self.checkers[idx].weight_delta = delta;
        self.publish(r.service);
        self.update_quorum_state(r.service, false);
    }

    /// keepalived's `update_svr_checker_state`.
    fn update_checker_state(&mut self, idx: usize, alive: bool) {
        let r = self.checkers[idx].probe.checker;
        let c = &mut self.checkers[idx];
        if c.is_up == alive {
            if !c.has_run {
                c.has_run = true;
                if c.timing.alpha || !alive {
                    // First verdict agrees with the assumed state: announce it anyway.
                    self.notify_real(r.service, r.real);
                }
            }
            return;
        }
        c.has_run = true;
        c.is_up = alive;
        let real = &mut self.services[r.service].reals[r.real];
        let before = real.failed;
        if alive {
            real.failed = real.failed.saturating_sub(1);
            if before <= 1 {
                self.perform_real_state(r.service, r.real, true);
            }
        } else {
            real.failed += 1;
            if before == 0 {
                self.perform_real_state(r.service, r.real, false);
            }
        }
    }

    /// keepalived's `perform_svr_state`.
    fn perform_real_state(&mut self, si: usize, ri: usize, alive: bool) {
        let real = &mut self.services[si].reals[ri];
        if real.alive == alive {
            return;
        }
        real.alive = alive;
        self.publish(si);
        self.notify_real(si, ri);
        self.update_quorum_state(si, false);
    }

    fn notify_real(&mut self, si: usize, ri: usize) {
        let real = &self.services[si].reals[ri];
        let server = ServerRef {
            service: si,
            server: Server::Real(ri),
        };
        let (event, script) = if real.alive {
            (Event::RealUp(server), real.notify_up.clone())
        } else {
            (Event::RealDown(server), real.notify_down.clone())
        };
        self.notify(event, script);
    }

    fn notify(&mut self, event: Event, script: Option<Script>) {
        self.actions.push_back(Action::Notify { event, script });
    }

    /// keepalived's `update_quorum_state`: quorum with hysteresis, sorry server swap.
    fn update_quorum_state(&mut self, si: usize, init: bool) {
        let sum = self.live_weight(si);
        let svc = &mut self.services[si];
        let gained = !svc.quorum_up && sum >= svc.quorum + svc.hysteresis;
        let sorry_idle = svc.sorry.as_ref().is_some_and(|s| !s.alive);
        let lost = (svc.quorum_up && (sum == 0 || sum < svc.quorum - svc.hysteresis))
            || (init && !svc.quorum_up && sorry_idle);
        if gained {
            svc.quorum_up = true;
            if let Some(sorry) = svc.sorry.as_mut() {
                sorry.alive = false;
            }
            let script = svc.quorum_up_script.clone();
            self.publish(si);
            self.notify(Event::QuorumUp(si), script);
        } else if lost {
            svc.quorum_up = false;
            if let Some(sorry) = svc.sorry.as_mut() {
                sorry.alive = true;
            }
            let script = svc.quorum_down_script.clone();
            self.publish(si);
            self.notify(Event::QuorumDown(si), script);
        }
    }

    fn membership(&self, si: usize, server: Server) -> Option<u32> {
        let svc = &self.services[si];
        let sorry_active = svc.sorry.as_ref().is_some_and(|s| s.alive);
        match server {
            Server::Real(ri) => {
                let real = &svc.reals[ri];
                if real.alive && !sorry_active {
                    Some(self.effective_weight(si, ri))
                } else if real.inhibit {
                    Some(0)
                } else {
                    None
                }
            }
            Server::Sorry => match svc.sorry.as_ref() {
                Some(s) if s.alive => Some(s.weight),
                Some(s) if s.inhibit => Some(0),
                _ => None,
            },
        }
    }

    /// keepalived's `weigh_live_realservers`: the quorum's measure.
    fn live_weight(&self, si: usize) -> i64 {
        let svc = &self.services[si];
        (0..svc.reals.len())
            .filter(|&ri| svc.reals[ri].alive)
            .map(|ri| i64::from(self.effective_weight(si, ri)))
            .sum()
    }

    fn effective_weight(&self, si: usize, ri: usize) -> u32 {
        let real = &self.services[si].reals[ri];
        let delta: i64 = real
            .checkers
            .iter()
            .map(|&i| self.checkers[i].weight_delta)
            .sum();
        clamp_weight(i64::from(real.weight) + delta)
    }

    /// Emits `SetReal` for every server of the service whose desired state changed.
    fn publish(&mut self, si: usize) {
        for ri in 0..self.services[si].reals.len() {
            let want = (
                self.services[si].reals[ri].alive,
                self.membership(si, Server::Real(ri)),
            );
            let real = &mut self.services[si].reals[ri];
            if real.published != Some(want) {
                real.published = Some(want);
                let server = ServerRef {
                    service: si,
                    server: Server::Real(ri),
                };
                self.actions.push_back(Action::SetReal {
                    real: server,
                    up: want.0,
                    weight: want.1,
                });
            }
        }
        let weight = self.membership(si, Server::Sorry);
        if let Some(sorry) = self.services[si].sorry.as_mut() {
            let want = (sorry.alive, weight);
            if sorry.published != Some(want) {
                sorry.published = Some(want);
                let server = ServerRef {
                    service: si,
                    server: Server::Sorry,
                };
                self.actions.push_back(Action::SetReal {
                    real: server,
                    up: want.0,
                    weight: want.1,
                });
            }
        }
    }
}

fn http_urls(kind: &CheckKind) -> usize {
    match kind {
        // No url block: the driver checks "/".
        CheckKind::Http(h) | CheckKind::Ssl(h) => h.urls.len().max(1),
        _ => 0,
    }
}

fn http_virtualhost(kind: &CheckKind) -> Option<String> {
    match kind {
        CheckKind::Http(h) | CheckKind::Ssl(h) => h.virtualhost.clone(),
        _ => None,
    }
}

fn clamp_weight(w: i64) -> u32 {
    u32::try_from(w.clamp(0, i64::from(IPVS_WEIGHT_MAX))).unwrap_or(IPVS_WEIGHT_MAX)
}
