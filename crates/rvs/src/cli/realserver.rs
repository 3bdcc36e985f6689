//! `rvs realserver up|down`: prepare this host as an LVS real server for a VIP,
//! and undo it (see [`crate::realserver`]).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use rvs_xdp::XdpMode;

use crate::realserver::apply::{self, Executor, Paths};
use crate::realserver::plan::{self, Action, Decap, Mode, Plan, Up};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Put the VIP on lo, hide it from ARP and, for TUN, decapsulate tunneled packets.
    Up(UpArgs),
    /// Undo what `up` did for the VIP, keeping what other VIPs still need.
    Down {
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Debug, clap::Args)]
struct UpArgs {
    #[command(flatten)]
    common: Common,
    /// How the director forwards to this host (lb_kind DR or TUN).
    #[arg(long, value_enum, default_value = "dr")]
    mode: Mode,
    /// TUN: an interface tunneled packets arrive on (repeatable); default: the
    /// interfaces of the default routes. Used by XDP decapsulation.
    #[arg(long = "dev", value_name = "IF")]
    devs: Vec<String>,
    /// TUN: the kernel's ipip/ip6_tunnel module, or rvs's XDP program; auto
    /// takes the module when the kernel has it.
    #[arg(long, value_enum, default_value = "auto")]
    decap: Decap,
    /// TUN: also strip UDP + GUE sent to this port (as IPVS's `--tun-type gue
    /// --tun-port`), with XDP.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    gue_port: Option<u16>,
    /// XDP in the driver (fast; needs driver support), generic (any interface),
    /// or auto: the driver's when it has it, as the kernel chooses.
    #[arg(long, value_enum, default_value = "auto")]
    xdp_mode: XdpModeArg,
}

#[derive(Debug, clap::Args)]
struct Common {
    /// The virtual IP address (IPv4 or IPv6).
    #[arg(long)]
    vip: String,
    /// Print what was changed as JSON.
    #[arg(long)]
    json: bool,
    /// Where what `up` changed is saved (`state.json`), for `down`.
    #[arg(long, default_value = "/run/rvs/realserver")]
    state_dir: PathBuf,
    /// The bpffs mount the XDP decapsulator is pinned under (in `rvs/realserver`).
    #[arg(long, default_value = "/sys/fs/bpf")]
    bpffs: PathBuf,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum XdpModeArg {
    Auto,
    Native,
    Generic,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    match &args.command {
        Command::Up(up) => {
            let vip = plan::parse_vip(&up.common.vip)?;
            let req = Up {
                vip,
                mode: up.mode,
                devs: up.devs.clone(),
                decap: up.decap,
                gue_port: up.gue_port,
            };
            let mode = match up.xdp_mode {
                XdpModeArg::Auto => XdpMode::Default,
                XdpModeArg::Native => XdpMode::Driver,
                XdpModeArg::Generic => XdpMode::Skb,
            };
            execute(&up.common, mode, |host, state| {
                Ok(plan::up(&req, host, state)?)
            })
        }
        Command::Down { common } => {
            let vip = plan::parse_vip(&common.vip)?;
            // Down detaches; a rollback re-attaches where the kernel chooses.
            execute(common, XdpMode::Default, |host, state| {
                Ok(plan::down(vip, host, state))
            })
        }
    }
}

/// Under the state lock: observe, plan, run, save; a failure anywhere after the
/// first action takes back what was done.
fn execute(
    common: &Common,
    mode: XdpMode,
    plan_with: impl FnOnce(&plan::Host, &plan::State) -> anyhow::Result<Plan>,
) -> anyhow::Result<ExitCode> {
    let paths = Paths {
        state_dir: common.state_dir.clone(),
        bpffs: common.bpffs.clone(),
    };
    let _lock = apply::lock(&paths)?;
    let state = apply::read_state(&paths)?;
    let host = apply::observe(&paths).context("reading the host's state")?;
    let plan = plan_with(&host, &state)?;
    let mut exec = Executor::new(paths.clone(), mode);
    if let Err(failed) = exec.run_all(&plan.actions) {
        report_rollback(&failed.rolled_back, &failed.stuck);
        tidy_after_failure(exec, &state);
        return Err(failed.error.into());
    }
    if let Err(e) = apply::write_state(&paths, &plan.state) {
        let (rolled_back, stuck) = exec.roll_back(&plan.actions);
        report_rollback(&rolled_back, &stuck);
        tidy_after_failure(exec, &state);
        return Err(e.into());
    }
    print(common, &plan)?;
    // What was changed is in place and saved; left-over pins are only untidy.
    exec.tidy(&plan.state)?;
    Ok(ExitCode::SUCCESS)
}

/// Tidies the pins as the saved state has them; the failure that led here is
/// the error to report, so this one is only printed.
fn tidy_after_failure(exec: Executor, state: &plan::State) {
    if let Err(e) = exec.tidy(state) {
        eprintln!("rvs: {}", chain(&e));
    }
}

fn report_rollback(rolled_back: &[Action], stuck: &[(Action, apply::Error)]) {
    for a in rolled_back {
        eprintln!("rvs: rolled back: {a}");
    }
    for (a, e) in stuck {
        eprintln!("rvs: could not roll back ({a}): {}", chain(e));
    }
}

/// An error's message with its causes, as anyhow's `{:#}` prints them.
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

fn print(common: &Common, plan: &Plan) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if common.json {
        let json = serde_json::json!({
            "vip": common.vip,
            "changes": plan.actions,
            "kept": plan.kept,
        });
        serde_json::to_writer_pretty(&mut out, &json)?;
        writeln!(out)?;
        return Ok(());
    }
    for a in &plan.actions {
        writeln!(out, "{a}")?;
    }
    for k in &plan.kept {
        writeln!(out, "{k}")?;
    }
    if plan.actions.is_empty() && plan.kept.is_empty() {
        writeln!(out, "{}: nothing to change", common.vip)?;
    }
    Ok(())
}
