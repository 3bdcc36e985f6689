//! `rvs`: a high-availability layer-4 load balancer that reads keepalived.conf.

mod cli;
mod daemon;
mod host;
mod ipvsadm;
mod neigh;
mod rates;
mod realserver;
mod run_as;
mod table;
mod vrrp;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("rvs: {e:#}");
            ExitCode::from(1)
        }
    }
}

// glibc's malloc kept twice the live heap resident on big configurations
// (short-lived tokens interleaved with the long-lived model); mimalloc does not.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
