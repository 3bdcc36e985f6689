//! `rvs run -P`: the VRRP instances of the configuration until SIGTERM or SIGINT;
//! SIGHUP reloads the configuration (`vrrp::running`).

use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context};
use nix::sys::signal::{SigSet, Signal};
use rvs_config::{Config, LexOptions};

use super::ConfigArgs;
use crate::host::System;
use crate::vrrp::fifo::FifoWriter;
use crate::vrrp::running::Running;

fn load(file: &Path, opts: &LexOptions) -> anyhow::Result<Config> {
    let loaded = rvs_config::load(file, opts, &System);
    eprint!("{}", loaded.render_diagnostics());
    if loaded.has_errors() {
        bail!("{}: configuration has errors", file.display());
    }
    Ok(loaded.config)
}

pub fn run(args: &ConfigArgs) -> anyhow::Result<ExitCode> {
    let opts = LexOptions {
        config_id: args.config_id.clone(),
    };
    let config = load(&args.file, &opts)?;
    let netlink = rvs_vrrp::io::Netlink::open()?;
    // Blocked in every thread (they inherit the mask), taken by sigwait below. SIGHUP's
    // default would kill rvs without giving up MASTER or removing the VIPs.
    let mut signals = SigSet::empty();
    signals.add(Signal::SIGTERM);
    signals.add(Signal::SIGINT);
    signals.add(Signal::SIGHUP);
    signals
        .thread_block()
        .context("blocking SIGTERM/SIGINT/SIGHUP")?;
    // After blocking: its writer thread must not take SIGTERM either. The FIFOs are
    // those of the first configuration: a reload does not reopen them.
    let default_user = crate::run_as::default_for(&config.global_defs);
    let fifo = FifoWriter::start(&config.global_defs, &default_user)?;
    let mut running = Running::start(&config, &netlink, fifo.as_ref().map(FifoWriter::tx))?;
    loop {
        match signals.wait() {
            Ok(Signal::SIGHUP) => {
                eprintln!("rvs: SIGHUP received, reloading {}", args.file.display());
                let reloaded = load(&args.file, &opts).and_then(|c| running.reload(&c, &netlink));
                if let Err(e) = reloaded {
                    eprintln!("rvs: reload refused, the running configuration stays: {e:#}");
                }
            }
            Ok(sig) => {
                if !running.failed() {
                    eprintln!("rvs: {sig} received, stopping");
                }
                break;
            }
            Err(e) => {
                eprintln!("rvs: waiting for signals: {e}");
                break;
            }
        }
    }
    let ok = running.stop(&netlink);
    if let Some(f) = fifo {
        f.finish();
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
