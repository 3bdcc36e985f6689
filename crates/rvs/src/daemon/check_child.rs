//! `rvs run -C`: keepalived's checker child. The health checkers decide which real
//! servers are in; every change is applied to the XDP data plane as the difference
//! between what it holds and the live table. `ha_suspend` services are checked only
//! while one of their addresses is on this host (polled every second). SIGHUP reloads the configuration (a
//! configuration with errors is refused and the running one kept). On SIGTERM/SIGINT
//! the data plane is removed, unless `--dont-release-ipvs` (keepalived's `-I`) leaves
//! it forwarding.

use std::collections::VecDeque;
use std::process::ExitCode;

use anyhow::Context;
use rvs_check::engine::{Engine, EngineConfig, Update};
use rvs_check::spec::ServiceSpec;
use rvs_lb::reconcile;
use tokio::signal::unix::{signal, SignalKind};

use super::live_table::LiveTable;
use super::suspend::{local_addresses, Suspensions};
use crate::cli::lb_cmds::{self, DataplaneArgs};
use crate::cli::ConfigArgs;
use crate::neigh;

pub fn run(config: &ConfigArgs, plane: &DataplaneArgs, keep: bool) -> anyhow::Result<ExitCode> {
    let (mut live, specs, mut suspensions) = read(config)?;
    // The checkers may put any real server or sorry server in: resolve them all.
    let all = live.configured();
    let mut hosts = lb_cmds::real_addresses(all);
    hosts.extend(
        (all.services().values())
            .filter_map(|s| s.config.sorry_server.map(|sorry| sorry.real.addr)),
    );
    let hops = neigh::resolve(&Vec::from_iter(hosts), plane.dev.as_deref());
    let mut dp = lb_cmds::open_for_apply(&plane.plane, hops)?;
    if let Some(dev) = &plane.dev {
        lb_cmds::tunnel_settings(dp.balancer_mut(), all, dev)?;
    }
    // Whatever an earlier run or `rvs apply` left is adopted; the checkers' first
    // updates decide what stays.
    lb_cmds::attach(&mut dp, plane)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let result = runtime.block_on(async {
        let mut sigint = signal(SignalKind::interrupt()).context("handling SIGINT")?;
        let mut sigterm = signal(SignalKind::terminate()).context("handling SIGTERM")?;
        let mut sighup = signal(SignalKind::hangup()).context("handling SIGHUP")?;
        // Tables of reloads, each in force from the engine's `Reloaded` for it on.
        let mut reloaded: VecDeque<LiveTable> = VecDeque::new();
        let (engine, mut updates) = Engine::start(&specs, EngineConfig::default());
        let mut addresses = tokio::time::interval(std::time::Duration::from_secs(1));
        loop {
            tokio::select! {
                update = updates.recv() => {
                    let Some(update) = update else { break };
                    absorb(&mut live, &mut reloaded, &update);
                    // Apply a burst of updates (the start, a reload) as one difference.
                    while let Ok(u) = updates.try_recv() {
                        absorb(&mut live, &mut reloaded, &u);
                    }
                    let desired = live.desired();
                    match reconcile(&mut dp, &desired) {
                        Ok(changes) if !changes.is_empty() => {
                            lb_cmds::save(&plane.plane, &desired, &dp)?;
                            eprintln!("rvs: {} change(s) applied", changes.len());
                        }
                        Ok(_) => {}
                        // The data plane keeps what it had; the next update retries.
                        Err(e) => eprintln!("rvs: applying the checkers' table: {e:?}"),
                    }
                }
                _ = addresses.tick() => {
                    for (i, suspended) in suspensions.changes(&local_addresses()) {
                        engine.set_suspended(i, suspended);
                    }
                }
                _ = sighup.recv() => match read(config) {
                    Ok((table, specs, lvs_suspensions)) => {
                        suspensions = lvs_suspensions;
                        eprintln!("rvs: reloading {}", config.file.display());
                        let table = table.carry_over(reloaded.back().unwrap_or(&live));
                        reloaded.push_back(table);
                        engine.reload(specs);
                    }
                    Err(e) => eprintln!("rvs: reload refused, the running configuration stays: {e:#}"),
                },
                _ = sigint.recv() => break,
                _ = sigterm.recv() => break,
            }
        }
        engine.stop().await;
        anyhow::Ok(())
    });
    if keep {
        eprintln!("rvs: leaving the data plane in place (--dont-release-ipvs)");
    } else {
        drop(dp);
        lb_cmds::clear(&plane.plane)?;
    }
    result.map(|()| ExitCode::SUCCESS)
}

fn absorb(live: &mut LiveTable, reloaded: &mut VecDeque<LiveTable>, update: &Update) {
    match *update {
        Update::Real { real, weight, .. } => live.set(real, weight),
        Update::Reloaded => {
            if let Some(table) = reloaded.pop_front() {
                *live = table;
            }
        }
        Update::Event { .. } => {}
    }
}

/// The configuration, at start and on SIGHUP: the table, the checker specs and the
/// ha_suspend addresses; an error when it has errors (printed with the diagnostics).
fn read(config: &ConfigArgs) -> anyhow::Result<(LiveTable, Vec<ServiceSpec>, Suspensions)> {
    let loaded = crate::cli::config_cmds::load(config);
    eprint!("{}", loaded.render_diagnostics());
    if loaded.has_errors() {
        anyhow::bail!("{}: configuration has errors", config.file.display());
    }
    let table = LiveTable::new(&loaded.config.lvs)?;
    let (specs, skipped) = rvs_check::from_config::services(
        &loaded.config,
        &crate::run_as::default_for(&loaded.config.global_defs),
    );
    for s in &skipped {
        eprintln!(
            "rvs: {} of real server {} in {} not run: {}",
            s.keyword, s.real, s.service, s.why
        );
    }
    Ok((table, specs, Suspensions::new(&loaded.config.lvs)))
}
