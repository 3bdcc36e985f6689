//! The command line: one module a subcommand.

mod checkers;
pub(crate) mod config_cmds;
mod genhash;
pub(crate) mod lb_cmds;
mod realserver;
mod run_cmd;

use clap::{CommandFactory, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "rvs",
    version,
    about = "Layer-4 load balancer and VRRP failover that reads keepalived.conf"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command that reads a configuration takes, named as keepalived names them.
#[derive(Debug, clap::Args)]
pub struct ConfigArgs {
    /// Configuration file (keepalived's -f).
    #[arg(
        short = 'f',
        long = "use-file",
        default_value = "/etc/keepalived/keepalived.conf"
    )]
    pub file: PathBuf,
    /// Configuration id for `@ID` lines (keepalived's -i); default: the first part of the host name.
    #[arg(short = 'i', long = "config-id")]
    pub config_id: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a configuration as `keepalived -t` does: exit 0 when it is clean.
    Check {
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Print the resolved configuration (defaults applied) as JSON.
    Dump {
        #[command(flatten)]
        config: ConfigArgs,
        /// Print the model back as keepalived.conf text instead of JSON.
        #[arg(long)]
        conf: bool,
    },
    /// Print the MD5 digest of a web page for HTTP_GET / SSL_GET `digest` (keepalived's genhash).
    Genhash(genhash::GenhashArgs),
    /// Run the health checkers without a data plane, printing each transition.
    Checkers(checkers::CheckersArgs),
    /// Run the daemon: a watchdog parent that runs and restarts a VRRP child (-P)
    /// and a checker child driving the XDP data plane (-C), as keepalived does.
    Run {
        #[command(flatten)]
        config: ConfigArgs,
        /// Only run the VRRP subsystem (keepalived's -P).
        #[arg(short = 'P', long = "vrrp", conflicts_with = "check")]
        vrrp: bool,
        /// Only run the health checkers, which program the data plane (keepalived's -C).
        #[arg(short = 'C', long = "check")]
        check: bool,
        /// With -C: leave the data plane forwarding when rvs stops (keepalived's -I).
        #[arg(short = 'I', long = "dont-release-ipvs", requires = "check")]
        dont_release_ipvs: bool,
        #[command(flatten)]
        dataplane: lb_cmds::DataplaneArgs,
    },
    /// Program the XDP data plane from the configuration's virtual servers, all real
    /// servers in, no health checks (what ipvsadm-restore does with `ipvsadm -S` output).
    Apply {
        #[command(flatten)]
        config: ConfigArgs,
        #[command(flatten)]
        dataplane: lb_cmds::DataplaneArgs,
    },
    /// List the data plane's services as `ipvsadm -Ln` does.
    Ls {
        #[command(flatten)]
        plane: lb_cmds::PlaneArgs,
        /// The connection table, as `ipvsadm -Lnc`.
        #[arg(short = 'c', long)]
        connections: bool,
        /// Traffic counters, as `ipvsadm -Ln --stats`.
        #[arg(long, conflicts_with = "rate")]
        stats: bool,
        /// Per-second rates, as `ipvsadm -Ln --rate`: the counters sampled twice,
        /// `--interval` apart.
        #[arg(long, conflicts_with = "connections")]
        rate: bool,
        /// Seconds between the two samples of `--rate`.
        #[arg(long, default_value_t = 1.0, requires = "rate", value_parser = interval)]
        interval: f64,
        /// JSON instead of ipvsadm's text.
        #[arg(long)]
        json: bool,
    },
    /// Remove what `rvs apply` set up (ipvsadm -C): detach the XDP programs, drop the
    /// pinned maps with their connections, forget the applied table. Traffic to the
    /// VIPs then goes to the kernel as if rvs had never run.
    Clear {
        #[command(flatten)]
        plane: lb_cmds::PlaneArgs,
    },
    /// Prepare this host as an LVS real server for a VIP (DR or TUN), or undo it.
    Realserver(realserver::Args),
    /// Print a shell completion script.
    Completions { shell: clap_complete::Shell },
}

/// Runs a child of `rvs run` (or one started by hand): it stops with its watchdog.
fn as_child(run: impl FnOnce() -> anyhow::Result<ExitCode>) -> anyhow::Result<ExitCode> {
    use anyhow::Context as _;
    let watchdog_alive = crate::daemon::parent_death::follow_watchdog()
        .context("asking to stop with the watchdog (PR_SET_PDEATHSIG)")?;
    if !watchdog_alive {
        eprintln!("rvs: the watchdog is gone; not starting");
        return Ok(ExitCode::SUCCESS);
    }
    run()
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check { config } => Ok(config_cmds::check(&config)),
        Command::Dump { config, conf } => config_cmds::dump(&config, conf),
        Command::Genhash(args) => genhash::genhash(&args),
        Command::Checkers(args) => checkers::checkers(&args),
        Command::Run {
            config,
            check: true,
            dont_release_ipvs,
            dataplane,
            ..
        } => as_child(|| crate::daemon::check_child::run(&config, &dataplane, dont_release_ipvs)),
        Command::Run {
            config, vrrp: true, ..
        } => as_child(|| run_cmd::run(&config)),
        Command::Run { config, .. } => crate::daemon::watchdog::run(&config),
        Command::Apply { config, dataplane } => lb_cmds::apply(&config, &dataplane),
        Command::Ls {
            plane,
            connections,
            stats,
            rate,
            interval,
            json,
        } => {
            let view = if connections {
                lb_cmds::LsView::Connections
            } else if rate {
                lb_cmds::LsView::Rate(std::time::Duration::from_secs_f64(interval))
            } else if stats {
                lb_cmds::LsView::Stats
            } else {
                lb_cmds::LsView::Table
            };
            lb_cmds::ls(&plane, view, json)
        }
        Command::Clear { plane } => lb_cmds::clear_cmd(&plane),
        Command::Realserver(args) => realserver::run(&args),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "rvs", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A `--interval`: seconds, above 0 and at most an hour.
fn interval(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v <= 3600.0 => Ok(v),
        _ => Err(format!("{s}: not a number of seconds between 0 and 3600")),
    }
}
