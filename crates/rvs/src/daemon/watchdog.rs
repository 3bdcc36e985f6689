//! `rvs run` without -P or -C: the watchdog parent. It starts `rvs run -P` when the
//! configuration has VRRP instances and `rvs run -C` when it has virtual servers,
//! restarts a child that dies (see [`super::supervisor`]), passes SIGHUP (reload) on,
//! and on SIGTERM/SIGINT stops both and exits. The children get the parent's own arguments plus their flag.

use std::collections::HashMap;
use std::ffi::OsString;
use std::os::unix::process::ExitStatusExt;
use std::process::{ExitCode, ExitStatus};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use tokio::process::Command;
use tokio::signal::unix::{signal, SignalKind};
use tokio::sync::mpsc;

use super::parent_death::WATCHDOG_PID;
use super::supervisor::{Action, Child, Ending, Supervisor};
use crate::cli::ConfigArgs;

/// How long stopped children get before SIGKILL.
const STOP_GRACE: Duration = Duration::from_secs(10);

pub fn run(config: &ConfigArgs) -> anyhow::Result<ExitCode> {
    let loaded = crate::cli::config_cmds::load(config);
    if loaded.has_errors() {
        eprint!("{}", loaded.render_diagnostics());
        return Ok(ExitCode::from(1));
    }
    let mut children = Vec::new();
    if !loaded.config.vrrp.vrrp_instances.is_empty() {
        children.push(Child::Vrrp);
    }
    if !loaded.config.lvs.virtual_servers.is_empty() {
        children.push(Child::Check);
    }
    if children.is_empty() {
        bail!(
            "{}: no vrrp_instance and no virtual_server: nothing to run",
            config.file.display()
        );
    }
    drop(loaded);
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(supervise(&children, &args))
}

/// The child's command line: the parent's, minus what the child may not take, plus
/// its flag.
fn child_args(args: &[OsString], child: Child) -> Vec<OsString> {
    let mut out: Vec<OsString> = args
        .iter()
        .filter(|a| {
            child == Child::Check || !matches!(a.to_str(), Some("-I" | "--dont-release-ipvs"))
        })
        .cloned()
        .collect();
    out.push(match child {
        Child::Vrrp => "-P".into(),
        Child::Check => "-C".into(),
    });
    out
}

async fn supervise(children: &[Child], args: &[OsString]) -> anyhow::Result<ExitCode> {
    let exe = std::env::current_exe().context("finding the rvs executable")?;
    let mut sigint = signal(SignalKind::interrupt()).context("handling SIGINT")?;
    let mut sigterm = signal(SignalKind::terminate()).context("handling SIGTERM")?;
    let mut sighup = signal(SignalKind::hangup()).context("handling SIGHUP")?;
    let mut sup = Supervisor::new(children);
    // Each child is awaited by a task of its own, which reports its end here.
    let (ended_tx, mut ended) = mpsc::unbounded_channel();
    let mut pids: HashMap<Child, u32> = HashMap::new();
    let mut kill_at: Option<tokio::time::Instant> = None;
    loop {
        while let Some(action) = sup.poll_action() {
            match action {
                Action::Spawn(c) => {
                    let mut p = Command::new(&exe)
                        .args(child_args(args, c))
                        .env(WATCHDOG_PID, std::process::id().to_string())
                        .spawn()
                        .with_context(|| format!("starting the {}", c.name()))?;
                    let pid = p.id().unwrap_or(0);
                    eprintln!("rvs: {} started (pid {pid})", c.name());
                    pids.insert(c, pid);
                    let tx = ended_tx.clone();
                    tokio::spawn(async move {
                        let status = p.wait().await.ok();
                        let _ = tx.send((c, status));
                    });
                }
                Action::Terminate(c) => {
                    if let Some(&pid) = pids.get(&c) {
                        signal_pid(pid, Signal::SIGTERM);
                    }
                    kill_at = Some(tokio::time::Instant::now() + STOP_GRACE);
                }
                Action::Exit(code) => return Ok(ExitCode::from(code)),
            }
        }
        let restart = sup.poll_timeout();
        tokio::select! {
            Some((c, status)) = ended.recv() => {
                let ending = ending(status);
                eprintln!("rvs: {} exited ({ending:?})", c.name());
                pids.remove(&c);
                sup.exited(Instant::now(), c, ending);
            }
            () = sleep_until(restart) => sup.timeout(Instant::now()),
            () = sleep_until_tokio(kill_at) => {
                for (c, &pid) in &pids {
                    eprintln!("rvs: {} did not stop in time; killing it", c.name());
                    signal_pid(pid, Signal::SIGKILL);
                }
                kill_at = None;
            }
            _ = sigint.recv() => sup.stop(),
            _ = sigterm.recv() => sup.stop(),
            // The children reload (the VRRP child cannot yet and ignores it).
            _ = sighup.recv() => {
                for &pid in pids.values() {
                    signal_pid(pid, Signal::SIGHUP);
                }
            }
        }
    }
}

fn signal_pid(pid: u32, sig: Signal) {
    if let Ok(pid) = i32::try_from(pid) {
        // The child may have exited already; that is what was wanted.
        let _ = kill(Pid::from_raw(pid), sig);
    }
}

fn ending(status: Option<ExitStatus>) -> Ending {
    match status {
        Some(s) => match (s.code(), s.signal()) {
            (Some(code), _) => Ending::Code(code),
            (None, Some(sig)) => Ending::Signal(sig),
            (None, None) => Ending::Signal(0),
        },
        None => Ending::Signal(0),
    }
}

async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(t) => tokio::time::sleep(t.saturating_duration_since(Instant::now())).await,
        None => std::future::pending().await,
    }
}

async fn sleep_until_tokio(at: Option<tokio::time::Instant>) {
    match at {
        Some(t) => tokio::time::sleep_until(t).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_get_the_parents_arguments_and_their_flag() {
        let args: Vec<OsString> = ["run", "-f", "k.conf", "-I", "--dev", "eth0"]
            .iter()
            .map(OsString::from)
            .collect();
        let s = |v: Vec<OsString>| {
            v.into_iter()
                .map(|a| a.into_string().expect("UTF-8"))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            s(child_args(&args, Child::Vrrp)),
            ["run", "-f", "k.conf", "--dev", "eth0", "-P"]
        );
        assert_eq!(
            s(child_args(&args, Child::Check)),
            ["run", "-f", "k.conf", "-I", "--dev", "eth0", "-C"]
        );
    }
}
