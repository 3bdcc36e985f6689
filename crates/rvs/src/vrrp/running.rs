//! The VRRP side of `rvs run -P` while it runs: a thread per unit (sync group or lone
//! instance, `units`), the script and process threads that feed them, the static
//! addresses, and the no_accept table. A reload ([`Running::reload`]) leaves
//! unchanged units running untouched (state, VIPs, timers), moves those whose VIPs,
//! virtual routes and rules or notify scripts alone changed in place (a MASTER stays
//! MASTER, as with keepalived), stops the other changed and the removed ones as on
//! shutdown, starts them and the new ones anew, and restarts the scripts.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;

use anyhow::Context;
use rvs_config::Config;
use rvs_vrrp::io::Netlink;

use super::fifo::FifoTx;
use super::group::run_group;
use super::netconf::Statics;
use super::nft;
use super::plan::{plans, process_jobs, script_jobs, sync_groups, untrack_refused_scripts, Plan};
use super::process;
use super::run::{primary_address, run_instance};
use super::script::{spawn_all, ScriptResult};
use super::track_file::init_tracked_files;
use super::units::{changes, units, Unit};

struct RunningUnit {
    unit: Unit,
    /// Where script results for each member go, in member order.
    inboxes: Vec<Sender<ScriptResult>>,
    /// Where a reload sends the members' new plans (`Changes::update`).
    update: Sender<Vec<Plan>>,
    stop: Arc<AtomicBool>,
    thread: JoinHandle<bool>,
}

impl RunningUnit {
    /// Stops the unit as on shutdown (MASTER gives up with priority 0, VIPs go);
    /// false when it had failed.
    fn stop(self) -> bool {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.join().unwrap_or(false)
    }
}

pub struct Running {
    units: Vec<RunningUnit>,
    scripts_stop: Arc<AtomicBool>,
    scripts: Vec<JoinHandle<()>>,
    statics: Statics,
    firewall: bool,
    fifo: Option<FifoTx>,
    /// Set by a unit whose thread failed; it also sends SIGTERM to the process, so
    /// that the daemon stops as a crashed VRRP child would.
    failed: Arc<AtomicBool>,
}

impl Running {
    /// Starts `cfg`. On an error, what was started is stopped again.
    pub fn start(cfg: &Config, netlink: &Netlink, fifo: Option<FifoTx>) -> anyhow::Result<Running> {
        let mut running = Running::new(fifo);
        match running.apply(cfg, netlink, false) {
            Ok(()) => Ok(running),
            Err(e) => {
                running.stop(netlink);
                Err(e)
            }
        }
    }

    /// Moves to `cfg` (SIGHUP). A configuration whose instances cannot run is
    /// refused before anything changes.
    pub fn reload(&mut self, cfg: &Config, netlink: &Netlink) -> anyhow::Result<()> {
        self.apply(cfg, netlink, true)
    }

    fn new(fifo: Option<FifoTx>) -> Running {
        Running {
            units: Vec::new(),
            scripts_stop: Arc::new(AtomicBool::new(false)),
            scripts: Vec::new(),
            statics: Statics::default(),
            firewall: false,
            fifo,
            failed: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Whether a unit failed (its error was logged).
    pub fn failed(&self) -> bool {
        self.failed.load(Ordering::Relaxed)
    }

    fn apply(&mut self, cfg: &Config, netlink: &Netlink, reloading: bool) -> anyhow::Result<()> {
        let mut plans = plans(cfg, &primary_address).context("cannot run VRRP")?;
        let statics = Statics::from_config(&cfg.vrrp).context("cannot run VRRP")?;
        let default_user = crate::run_as::default_for(&cfg.global_defs);
        for name in untrack_refused_scripts(cfg, &mut plans, &default_user) {
            eprintln!(
                "rvs: vrrp_script {name} removed: enable_script_security is set and neither \
                 the script, script_user nor the user keepalived_script names a user to run it as"
            );
        }
        for p in &mut plans {
            p.notify.fifo.clone_from(&self.fifo);
            p.notify.default_user.clone_from(&default_user);
        }
        let mut groups = sync_groups(cfg, &plans);
        for g in &mut groups {
            g.notify.fifo.clone_from(&self.fifo);
            g.notify.default_user.clone_from(&default_user);
        }
        if nft::needed(&plans) && !self.firewall {
            nft::create().context("no_accept needs an nftables table")?;
            self.firewall = true;
        }
        if statics != self.statics {
            if let Err(e) = self.statics.remove(netlink) {
                eprintln!("rvs: removing static addresses, routes and rules: {e}");
            }
            self.statics = Statics::default();
            if let Err(e) = statics.apply(netlink) {
                // Leave nothing half applied.
                let _ = statics.remove(netlink);
                return Err(e).context("applying static addresses, routes and rules");
            }
            self.statics = statics;
        }
        let jobs = script_jobs(cfg, &plans, &default_user);
        let processes = process_jobs(cfg, &plans);
        let new = units(plans, groups);
        let diff = changes(
            &self
                .units
                .iter()
                .map(|r| r.unit.clone())
                .collect::<Vec<_>>(),
            &new,
        );
        self.stop_scripts();
        let mut old: Vec<Option<RunningUnit>> = self.units.drain(..).map(Some).collect();
        for &i in &diff.stop {
            if let Some(r) = old[i].take() {
                eprintln!("rvs: ({}) stopping: changed or gone", r.unit.name());
                r.stop();
            }
        }
        for &(i, j) in &diff.update {
            if let Some(r) = old[i].as_mut() {
                r.unit = new[j].clone();
                // A unit whose thread has ended is caught by `failed`.
                let _ = r.update.send(new[j].members.clone());
            }
        }
        let started: Vec<Plan> = diff
            .start
            .iter()
            .flat_map(|&j| new[j].members.iter().cloned())
            .collect();
        init_tracked_files(cfg, &started);
        self.units = old.into_iter().flatten().collect();
        for &j in &diff.start {
            let unit = new[j].clone();
            if reloading {
                eprintln!("rvs: ({}) starting with the new configuration", unit.name());
            }
            self.units.push(self.spawn(unit));
        }
        self.start_scripts(jobs, processes);
        Ok(())
    }

    fn spawn(&self, unit: Unit) -> RunningUnit {
        let (inboxes, receivers): (Vec<_>, Vec<_>) =
            unit.members.iter().map(|_| mpsc::channel()).unzip();
        let (update, updates) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let failed = Arc::clone(&self.failed);
        let thread = {
            let unit = unit.clone();
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || {
                let r = match &unit.group {
                    Some(g) => run_group(g, &unit.members, &receivers, &updates, &stop),
                    None => run_instance(&unit.members[0], &receivers[0], &updates, &stop),
                };
                if let Err(e) = &r {
                    eprintln!("rvs: ({}) {e}", unit.name());
                    failed.store(true, Ordering::Relaxed);
                    let _ = nix::sys::signal::kill(
                        nix::unistd::getpid(),
                        nix::sys::signal::Signal::SIGTERM,
                    );
                }
                r.is_ok()
            })
        };
        RunningUnit {
            unit,
            inboxes,
            update,
            stop,
            thread,
        }
    }

    /// The inboxes of the running instances that track `name`.
    fn subscribers(&self, name: &str) -> Vec<Sender<ScriptResult>> {
        self.units
            .iter()
            .flat_map(|r| r.unit.members.iter().zip(&r.inboxes))
            .filter(|(p, _)| p.config.track_scripts.iter().any(|t| t.name == name))
            .map(|(_, tx)| tx.clone())
            .collect()
    }

    fn start_scripts(
        &mut self,
        jobs: Vec<super::script::ScriptJob>,
        processes: Vec<process::ProcessJob>,
    ) {
        self.scripts_stop = Arc::new(AtomicBool::new(false));
        let scripts = jobs
            .into_iter()
            .map(|job| {
                let subs = self.subscribers(&job.name);
                (job, subs)
            })
            .collect();
        self.scripts = spawn_all(scripts, &self.scripts_stop);
        let processes = processes
            .into_iter()
            .map(|job| {
                let subs = self.subscribers(&job.name);
                (job, subs)
            })
            .collect();
        self.scripts
            .extend(process::spawn(processes, &self.scripts_stop));
    }

    /// Stops the script and process threads; false when one had panicked.
    fn stop_scripts(&mut self) -> bool {
        self.scripts_stop.store(true, Ordering::Relaxed);
        self.scripts
            .drain(..)
            .fold(true, |ok, t| ok & t.join().is_ok())
    }

    /// Stops everything and removes what it put in place; false when anything
    /// failed along the way.
    pub fn stop(mut self, netlink: &Netlink) -> bool {
        let mut ok = !self.failed();
        for r in self.units.drain(..) {
            ok &= r.stop();
        }
        ok &= self.stop_scripts();
        if let Err(e) = self.statics.remove(netlink) {
            eprintln!("rvs: removing static addresses, routes and rules: {e}");
            ok = false;
        }
        if self.firewall {
            if let Err(e) = nft::delete() {
                eprintln!("rvs: removing the nftables table: {e}");
                ok = false;
            }
        }
        ok
    }
}
