//! `rvs run -P`: the VRRP instances of the configuration until SIGTERM or SIGINT.

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};

use anyhow::{bail, Context};
use nix::sys::signal::{SigSet, Signal};
use rvs_config::LexOptions;

use super::ConfigArgs;
use crate::host::System;
use crate::vrrp::fifo::FifoWriter;
use crate::vrrp::group::run_group;
use crate::vrrp::netconf::Statics;
use crate::vrrp::nft;
use crate::vrrp::plan::{
    plans, process_jobs, script_jobs, sync_groups, untrack_refused_scripts, GroupPlan, Plan,
};
use crate::vrrp::process;
use crate::vrrp::run::{primary_address, run_instance};
use crate::vrrp::script::spawn_all;
use crate::vrrp::track_file::init_tracked_files;

pub fn run(args: &ConfigArgs) -> anyhow::Result<ExitCode> {
    let opts = LexOptions {
        config_id: args.config_id.clone(),
    };
    let loaded = rvs_config::load(&args.file, &opts, &System);
    eprint!("{}", loaded.render_diagnostics());
    if loaded.has_errors() {
        bail!("{}: configuration has errors", args.file.display());
    }
    let mut plans = plans(&loaded.config, &primary_address).context("cannot run VRRP")?;
    let default_user = crate::run_as::default_for(&loaded.config.global_defs);
    for name in untrack_refused_scripts(&loaded.config, &mut plans, &default_user) {
        eprintln!(
            "rvs: vrrp_script {name} removed: enable_script_security is set and neither the \
             script, script_user nor the user keepalived_script names a user to run it as"
        );
    }
    let statics = Statics::from_config(&loaded.config.vrrp).context("cannot run VRRP")?;
    let netlink = rvs_vrrp::io::Netlink::open()?;
    if let Err(e) = statics.apply(&netlink) {
        // Leave nothing half applied.
        let _ = statics.remove(&netlink);
        return Err(e).context("applying static addresses, routes and rules");
    }
    init_tracked_files(&loaded.config, &plans);
    let firewall = nft::needed(&plans);
    if firewall {
        if let Err(e) = nft::create() {
            let _ = statics.remove(&netlink);
            return Err(e).context("no_accept needs an nftables table");
        }
    }
    // Blocked in every thread (they inherit the mask), taken by sigwait below.
    let mut signals = SigSet::empty();
    signals.add(Signal::SIGTERM);
    signals.add(Signal::SIGINT);
    // keepalived reloads on SIGHUP; rvs cannot yet, and SIGHUP's default would kill it
    // without giving up MASTER or removing the VIPs.
    signals.add(Signal::SIGHUP);
    signals
        .thread_block()
        .context("blocking SIGTERM/SIGINT/SIGHUP")?;
    // After blocking: its writer thread must not take SIGTERM either.
    let fifo = FifoWriter::start(&loaded.config.global_defs, &default_user)?;
    let fifo_tx = fifo.as_ref().map(FifoWriter::tx);
    for p in &mut plans {
        p.notify.fifo.clone_from(&fifo_tx);
        p.notify.default_user.clone_from(&default_user);
    }
    let stop = Arc::new(AtomicBool::new(false));
    let jobs = script_jobs(&loaded.config, &plans, &default_user);
    let mut inboxes: Vec<_> = plans.iter().map(|_| mpsc::channel()).collect();
    // The inboxes of the instances tracking the script (or process) `name`.
    let subscribers = |name: &str| -> Vec<_> {
        plans
            .iter()
            .zip(&inboxes)
            .filter(|(p, _)| p.config.track_scripts.iter().any(|t| t.name == name))
            .map(|(_, (tx, _))| tx.clone())
            .collect()
    };
    let subscribed = jobs
        .into_iter()
        .map(|job| {
            let subs = subscribers(&job.name);
            (job, subs)
        })
        .collect();
    let mut script_threads = spawn_all(subscribed, &stop);
    let processes = process_jobs(&loaded.config, &plans)
        .into_iter()
        .map(|job| {
            let subs = subscribers(&job.name);
            (job, subs)
        })
        .collect();
    script_threads.extend(process::spawn(processes, &stop));
    let mut groups = sync_groups(&loaded.config, &plans);
    for g in &mut groups {
        g.notify.fifo.clone_from(&fifo_tx);
        g.notify.default_user.clone_from(&default_user);
    }
    drop(fifo_tx);
    let mut units: Vec<(Option<GroupPlan>, Vec<Plan>, Vec<_>)> = Vec::new();
    let mut slots: Vec<_> = plans
        .into_iter()
        .zip(inboxes.drain(..).map(|(_, rx)| rx))
        .map(Some)
        .collect();
    for g in groups {
        let (ps, rxs) = g.members.iter().filter_map(|&i| slots[i].take()).unzip();
        units.push((Some(g), ps, rxs));
    }
    units.extend(
        slots
            .into_iter()
            .flatten()
            .map(|(p, rx)| (None, vec![p], vec![rx])),
    );
    let workers: Vec<_> = units
        .into_iter()
        .map(|(group, members, inboxes)| {
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || {
                let (who, r) = match &group {
                    Some(g) => (g.name.clone(), run_group(g, &members, &inboxes, &stop)),
                    None => (
                        members[0].config.name.clone(),
                        run_instance(&members[0], &inboxes[0], &stop),
                    ),
                };
                if let Err(e) = &r {
                    eprintln!("rvs: ({who}) {e}");
                    // One instance down takes the daemon down, as a crashed VRRP child would.
                    stop.store(true, Ordering::Relaxed);
                }
                r.is_ok()
            })
        })
        .collect();
    {
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || {
            loop {
                match signals.wait() {
                    Ok(Signal::SIGHUP) => {
                        eprintln!("rvs: SIGHUP received; reload is not supported yet, ignored")
                    }
                    Ok(sig) => {
                        eprintln!("rvs: {sig} received, stopping");
                        break;
                    }
                    Err(_) => break,
                }
            }
            stop.store(true, Ordering::Relaxed);
        });
    }
    let mut ok = true;
    for w in workers {
        ok &= w.join().unwrap_or(false);
    }
    for t in script_threads {
        ok &= t.join().is_ok();
    }
    if let Err(e) = statics.remove(&netlink) {
        eprintln!("rvs: removing static addresses, routes and rules: {e}");
        ok = false;
    }
    if let Some(f) = fifo {
        f.finish();
    }
    if firewall {
        if let Err(e) = nft::delete() {
            eprintln!("rvs: removing the nftables table: {e}");
            ok = false;
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
