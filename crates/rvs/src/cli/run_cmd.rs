//! `rvs run -P`: the VRRP instances of the configuration until SIGTERM or SIGINT.

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};

use anyhow::{bail, Context};
use nix::sys::signal::{SigSet, Signal};
use rvs_config::LexOptions;

use super::ConfigArgs;
use crate::host::System;
use crate::vrrp::plan::{plans, script_jobs};
use crate::vrrp::run::{primary_ipv4, run_instance};
use crate::vrrp::script::spawn_all;

pub fn run(args: &ConfigArgs, vrrp_only: bool) -> anyhow::Result<ExitCode> {
    if !vrrp_only {
        bail!("only the VRRP subsystem runs yet: pass -P");
    }
    let opts = LexOptions {
        config_id: args.config_id.clone(),
    };
    let loaded = rvs_config::load(&args.file, &opts, &System);
    eprint!("{}", loaded.render_diagnostics());
    if loaded.has_errors() {
        bail!("{}: configuration has errors", args.file.display());
    }
    let plans = plans(&loaded.config, &primary_ipv4).context("cannot run VRRP")?;
    // Blocked in every thread (they inherit the mask), taken by sigwait below.
    let mut signals = SigSet::empty();
    signals.add(Signal::SIGTERM);
    signals.add(Signal::SIGINT);
    signals.thread_block().context("blocking SIGTERM/SIGINT")?;
    let stop = Arc::new(AtomicBool::new(false));
    let jobs = script_jobs(&loaded.config, &plans);
    let mut inboxes: Vec<_> = plans.iter().map(|_| mpsc::channel()).collect();
    let subscribed = jobs
        .into_iter()
        .map(|job| {
            let subs = plans
                .iter()
                .zip(&inboxes)
                .filter(|(p, _)| p.config.track_scripts.iter().any(|t| t.name == job.name))
                .map(|(_, (tx, _))| tx.clone())
                .collect();
            (job, subs)
        })
        .collect();
    let script_threads = spawn_all(subscribed, &stop);
    let workers: Vec<_> = plans
        .into_iter()
        .zip(inboxes.drain(..).map(|(_, rx)| rx))
        .map(|(p, inbox)| {
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || {
                let r = run_instance(&p, &inbox, &stop);
                if let Err(e) = &r {
                    eprintln!("rvs: ({}) {e}", p.config.name);
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
            if let Ok(sig) = signals.wait() {
                eprintln!("rvs: {sig} received, stopping");
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
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
