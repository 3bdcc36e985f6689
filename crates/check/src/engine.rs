//! The IO shell: one tokio task drives a [`Monitor`], runs its probes as tasks (bounded
//! by a semaphore), enforces its deadlines, runs notify scripts and reports every change
//! of desired state on a channel.
//!
//! Start times are spread by the core's seeded warmup; a probe's deadline is a core timer
//! counted from its start, so it fires on time however many probes are running. A probe
//! that has to wait for a concurrency slot is reported deferred and queued (not spawned:
//! a backlog costs a queue entry, not a task), and its deadline starts when it gets the
//! slot, so queueing under load does not fail servers. [`Stats`] says how
//! far behind its schedule a probe started.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::{AbortHandle, JoinHandle};

use crate::driver;
use crate::monitor::{Action, Event, Monitor, Options, Probe, ProbeId, ServerRef};
use crate::outcome::Outcome;
use crate::spec::{Script, ServiceSpec};
use crate::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EngineConfig {
    pub options: Options,
    /// Probes running at once; the others wait for a slot.
    pub max_concurrent_probes: usize,
    /// Run notify and quorum scripts (otherwise they are only reported).
    pub run_scripts: bool,
}

impl Default for EngineConfig {
    fn default() -> Self {
        EngineConfig {
            options: Options::default(),
            max_concurrent_probes: 512,
            run_scripts: true,
        }
    }
}

/// A change of desired state, in the order the core decided it.
#[derive(Debug, Clone, PartialEq)]
pub enum Update {
    Real {
        real: ServerRef,
        up: bool,
        weight: Option<u32>,
    },
    Event {
        event: Event,
        script: Option<Script>,
    },
    /// A reload took effect: the updates before this one use the old specs' server
    /// references, the ones after it the new specs'.
    Reloaded,
}

/// What the engine measured while running. Probe tasks update it as they start (two
/// relaxed atomic operations each); nobody has to read it.
#[derive(Debug, Default)]
pub struct Stats {
    probes: AtomicU64,
    max_lateness_us: AtomicU64,
}

impl Stats {
    /// Probes that got a concurrency slot and started running.
    pub fn probes(&self) -> u64 {
        self.probes.load(Ordering::Relaxed)
    }

    /// The furthest behind its schedule a probe started since the last call: the timer
    /// firing late, the task waiting for a thread, the probe waiting for a slot.
    pub fn take_max_lateness(&self) -> Duration {
        Duration::from_micros(self.max_lateness_us.swap(0, Ordering::Relaxed))
    }

    fn record_start(&self, due: tokio::time::Instant) {
        self.probes.fetch_add(1, Ordering::Relaxed);
        let late = u64::try_from(due.elapsed().as_micros()).unwrap_or(u64::MAX);
        self.max_lateness_us.fetch_max(late, Ordering::Relaxed);
    }
}

/// From a probe task to the engine: the probe finished.
struct Done(ProbeId, Outcome);

/// A probe waiting for a concurrency slot.
struct Queued {
    id: ProbeId,
    probe: Arc<Probe>,
    step: usize,
    due: tokio::time::Instant,
}

enum Command {
    Suspend(usize, bool),
    Reload(Vec<ServiceSpec>),
    Stop,
}

/// A running engine; dropping it stops the engine's task without the stop sequence.
pub struct Engine {
    cmds: mpsc::UnboundedSender<Command>,
    task: JoinHandle<()>,
    stats: Arc<Stats>,
}

impl Engine {
    /// Starts checking `services` on the current tokio runtime. The receiver gets the
    /// initial state of every server first, then each change.
    pub fn start(
        services: &[ServiceSpec],
        cfg: EngineConfig,
    ) -> (Engine, mpsc::UnboundedReceiver<Update>) {
        let monitor = Monitor::new(services, cfg.options, Instant::ZERO);
        // The schedule starts once the core is built (thousands of servers take a while).
        let epoch = tokio::time::Instant::now();
        let (cmds, cmd_rx) = mpsc::unbounded_channel();
        let (out, out_rx) = mpsc::unbounded_channel();
        let stats = Arc::new(Stats::default());
        let shell = Shell {
            stats: Arc::clone(&stats),
            monitor,
            epoch,
            cfg,
            out,
            free_slots: cfg.max_concurrent_probes.max(1),
            queued: VecDeque::new(),
            running: HashMap::new(),
        };
        let task = tokio::spawn(shell.run(cmd_rx));
        (Engine { cmds, task, stats }, out_rx)
    }

    /// The engine's measurements, live.
    pub fn stats(&self) -> Arc<Stats> {
        Arc::clone(&self.stats)
    }

    /// `ha_suspend`: the service's virtual address went away (true) or came back.
    pub fn set_suspended(&self, service: usize, suspended: bool) {
        let _ = self.cmds.send(Command::Suspend(service, suspended));
    }

    /// Applies a new configuration (see [`Monitor::reload`]): the updates that follow
    /// give the full state under the new specs' server references.
    pub fn reload(&self, services: Vec<ServiceSpec>) {
        let _ = self.cmds.send(Command::Reload(services));
    }

    /// Stops the checkers: probes are abandoned, servers removed, omega notifications sent.
    pub async fn stop(mut self) {
        let _ = self.cmds.send(Command::Stop);
        let _ = (&mut self.task).await;
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        self.task.abort();
    }
}

struct Shell {
    stats: Arc<Stats>,
    monitor: Monitor,
    epoch: tokio::time::Instant,
    cfg: EngineConfig,
    out: mpsc::UnboundedSender<Update>,
    free_slots: usize,
    /// Deferred probes, oldest first.
    queued: VecDeque<Queued>,
    /// Probes holding a slot.
    running: HashMap<ProbeId, (AbortHandle, Arc<Probe>)>,
}

impl Drop for Shell {
    /// Probes die with the engine (a MISC_CHECK script's group is killed with its task).
    fn drop(&mut self) {
        for (task, _) in self.running.values() {
            task.abort();
        }
    }
}

impl Shell {
    fn now(&self) -> Instant {
        Instant::from_micros(u64::try_from(self.epoch.elapsed().as_micros()).unwrap_or(u64::MAX))
    }

    async fn run(mut self, mut cmds: mpsc::UnboundedReceiver<Command>) {
        let (results, mut result_rx) = mpsc::unbounded_channel::<Done>();
        loop {
            self.drain(&results);
            self.start_queued(&results);
            let wake = self
                .monitor
                .poll_timeout()
                .map(|t| self.epoch + Duration::from_micros(t.as_micros()));
            tokio::select! {
                Some(Done(id, outcome)) = result_rx.recv() => {
                    let now = self.now();
                    if let Some((_, probe)) = self.running.remove(&id) {
                        self.free_slots += 1;
                        if let Outcome::Failure(why) = &outcome {
                            tracing::debug!(
                                check = probe.kind.keyword(),
                                target = %probe.target,
                                reason = %why,
                                "probe failed"
                            );
                        }
                    }
                    self.monitor.handle_probe_done(now, id, outcome);
                }
                _ = sleep_until(wake) => {
                    let now = self.now();
                    self.monitor.handle_timeout(now);
                }
                cmd = cmds.recv() => match cmd {
                    Some(Command::Suspend(s, on)) => self.monitor.set_suspended(s, on),
                    Some(Command::Reload(specs)) => {
                        let now = self.now();
                        let _ = self.out.send(Update::Reloaded);
                        self.monitor.reload(&specs, now);
                    }
                    Some(Command::Stop) | None => {
                        self.monitor.handle_stop();
                        self.drain(&results);
                        return;
                    }
                },
            }
        }
    }

    fn drain(&mut self, results: &mpsc::UnboundedSender<Done>) {
        while let Some(action) = self.monitor.poll_action() {
            match action {
                Action::StartProbe {
                    id,
                    probe,
                    step,
                    due,
                } => {
                    let q = Queued {
                        id,
                        probe,
                        step,
                        due: self.epoch + Duration::from_micros(due.as_micros()),
                    };
                    // First come, first served: behind any probe already waiting.
                    if self.free_slots > 0 && self.queued.is_empty() {
                        self.spawn(q, results);
                    } else {
                        self.monitor.handle_probe_deferred(id);
                        self.queued.push_back(q);
                    }
                }
                Action::CancelProbe(id) => {
                    if let Some((task, probe)) = self.running.remove(&id) {
                        tracing::debug!(check = probe.kind.keyword(), target = %probe.target, "probe abandoned (deadline, reload or stop)");
                        task.abort();
                        self.free_slots += 1;
                    } else {
                        self.queued.retain(|q| q.id != id);
                    }
                }
                Action::SetReal { real, up, weight } => {
                    tracing::info!(?real, up, ?weight, "desired state");
                    let _ = self.out.send(Update::Real { real, up, weight });
                }
                Action::Notify { event, script } => {
                    tracing::info!(?event, "transition");
                    if let (true, Some(s)) = (self.cfg.run_scripts, &script) {
                        spawn_script(s);
                    }
                    let _ = self.out.send(Update::Event { event, script });
                }
            }
        }
    }
}

impl Shell {
    /// Gives free slots to the oldest deferred probes; their deadlines start now.
    fn start_queued(&mut self, results: &mpsc::UnboundedSender<Done>) {
        while self.free_slots > 0 {
            let Some(q) = self.queued.pop_front() else {
                return;
            };
            let now = self.now();
            self.monitor.handle_probe_started(now, q.id);
            self.spawn(q, results);
        }
    }

    fn spawn(&mut self, q: Queued, results: &mpsc::UnboundedSender<Done>) {
        self.free_slots -= 1;
        let stats = Arc::clone(&self.stats);
        let results = results.clone();
        let probe = Arc::clone(&q.probe);
        let task = tokio::spawn(async move {
            stats.record_start(q.due);
            let outcome = driver::run(&q.probe, q.step).await;
            let _ = results.send(Done(q.id, outcome));
        });
        self.running.insert(q.id, (task.abort_handle(), probe));
    }
}

async fn sleep_until(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

/// Notify scripts run detached, as keepalived's `notify_exec`; tokio reaps them.
fn spawn_script(script: &Script) {
    let spawned = driver::command(script).map(|mut c| c.spawn());
    if !matches!(spawned, Ok(Ok(_))) {
        tracing::warn!(command = %script.command, "notify script failed to start");
    }
}
