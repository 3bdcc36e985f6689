//! The command line: one module a subcommand.

mod checkers;
mod config_cmds;
mod genhash;
mod lb_cmds;
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
    /// Run the daemon (this round: the VRRP instances only, with -P).
    Run {
        #[command(flatten)]
        config: ConfigArgs,
        /// Only run the VRRP subsystem (keepalived's -P).
        #[arg(short = 'P', long = "vrrp")]
        vrrp: bool,
    },
    /// Program the XDP data plane from the configuration's virtual servers, all real
    /// servers in, no health checks (what ipvsadm-restore does with `ipvsadm -S` output).
    Apply {
        #[command(flatten)]
        config: ConfigArgs,
        /// Attach the balancer to this interface.
        #[arg(long)]
        dev: Option<String>,
        /// For NAT: the interface facing the real servers, where their replies get
        /// the VIP back.
        #[arg(long)]
        nat_dev: Option<String>,
        /// XDP in the driver (fast; needs driver support) or generic (any interface).
        #[arg(long, value_enum, default_value = "native")]
        xdp_mode: lb_cmds::Mode,
        #[command(flatten)]
        plane: lb_cmds::PlaneArgs,
    },
    /// List the data plane's services as `ipvsadm -Ln` does.
    Ls {
        #[command(flatten)]
        plane: lb_cmds::PlaneArgs,
        /// The connection table, as `ipvsadm -Lnc`.
        #[arg(short = 'c', long)]
        connections: bool,
        /// Traffic counters, as `ipvsadm -Ln --stats`.
        #[arg(long)]
        stats: bool,
        /// JSON instead of ipvsadm's text.
        #[arg(long)]
        json: bool,
    },
    /// Prepare this host as an LVS real server for a VIP (DR or TUN), or undo it.
    Realserver(realserver::Args),
    /// Print a shell completion script.
    Completions { shell: clap_complete::Shell },
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check { config } => Ok(config_cmds::check(&config)),
        Command::Dump { config, conf } => config_cmds::dump(&config, conf),
        Command::Genhash(args) => genhash::genhash(&args),
        Command::Checkers(args) => checkers::checkers(&args),
        Command::Run { config, vrrp } => run_cmd::run(&config, vrrp),
        Command::Apply {
            config,
            dev,
            nat_dev,
            xdp_mode,
            plane,
        } => lb_cmds::apply(
            &config,
            dev.as_deref(),
            nat_dev.as_deref(),
            xdp_mode,
            &plane,
        ),
        Command::Ls {
            plane,
            connections,
            stats,
            json,
        } => lb_cmds::ls(&plane, connections, stats, json),
        Command::Realserver(args) => realserver::run(&args),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "rvs", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
    }
}
