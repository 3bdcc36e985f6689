//! `rvs genhash` (keepalived's `genhash` / `keepalived --genhash`): the MD5 digest of a
//! page's body, as HTTP_GET / SSL_GET `digest` wants it.

use anyhow::Context;
use rvs_check::spec::{CheckKind, ConnSpec, HttpProtocol, HttpSpec, UrlSpec};
use rvs_check::{CheckerRef, Probe};
use std::net::{IpAddr, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

#[derive(Debug, clap::Args)]
pub struct GenhashArgs {
    /// Server address to connect to.
    #[arg(short = 's', long = "server")]
    pub server: IpAddr,
    /// Port; default 80, or 443 with --use-ssl.
    #[arg(short = 'p', long = "port")]
    pub port: Option<u16>,
    /// Path of the page.
    #[arg(short = 'u', long = "url")]
    pub url: String,
    /// Connect with TLS (SSL_GET).
    #[arg(short = 'S', long = "use-ssl")]
    pub ssl: bool,
    /// Host header to send (keepalived's `virtualhost`).
    #[arg(short = 'V', long = "use-virtualhost")]
    pub virtualhost: Option<String>,
    /// HTTP version: 1.0, 1.0c (1.0 with `Connection: close`) or 1.1.
    #[arg(short = 'P', long = "protocol", default_value = "1.1", value_parser = parse_protocol)]
    pub protocol: HttpProtocol,
    /// Connection timeout in seconds.
    #[arg(short = 't', long = "timeout", default_value_t = 5)]
    pub timeout: u64,
    /// Firewall mark on the connection.
    #[arg(short = 'm', long = "fwmark")]
    pub fwmark: Option<u32>,
    /// Also print the HTTP status, on standard error.
    #[arg(short = 'v', long = "verbose")]
    pub verbose: bool,
}

fn parse_protocol(s: &str) -> Result<HttpProtocol, String> {
    match s.to_ascii_lowercase().as_str() {
        "1.0" => Ok(HttpProtocol::Http10),
        "1.0c" => Ok(HttpProtocol::Http10Close),
        "1.1" => Ok(HttpProtocol::Http11),
        _ => Err(format!("{s}: expected 1.0, 1.0c or 1.1")),
    }
}

/// Prints the digest on standard output; like keepalived's genhash, an error page is
/// digested too (with a warning here), and only a failed fetch exits non-zero.
pub fn genhash(args: &GenhashArgs) -> anyhow::Result<ExitCode> {
    let http = HttpSpec {
        protocol: args.protocol,
        enable_sni: args.ssl,
        ..HttpSpec::default()
    };
    let kind = if args.ssl {
        CheckKind::Ssl(http)
    } else {
        CheckKind::Http(http)
    };
    let port = args.port.unwrap_or(if args.ssl { 443 } else { 80 });
    let timeout = Duration::from_secs(args.timeout);
    let probe = Probe {
        checker: CheckerRef {
            service: 0,
            real: 0,
            checker: 0,
        },
        kind,
        conn: ConnSpec {
            fwmark: args.fwmark,
            ..ConnSpec::default()
        },
        target: SocketAddr::new(args.server, port),
        virtualhost: args.virtualhost.clone(),
        timeout,
        real_weight: 1,
    };
    let url = UrlSpec::new(args.url.as_str());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let fetched = runtime
        .block_on(async {
            tokio::time::timeout(timeout, rvs_check::driver::fetch_digest(&probe, &url)).await
        })
        .map_err(|_| anyhow::anyhow!("timed out after {} s", args.timeout))?
        .with_context(|| format!("fetching {} from {}", args.url, probe.target))?;
    if args.verbose || !(200..=299).contains(&fetched.status) {
        eprintln!("rvs genhash: HTTP status {}", fetched.status);
    }
    match fetched.digest {
        Some(d) => println!("{d}"),
        None => anyhow::bail!("no body digest"),
    }
    Ok(ExitCode::SUCCESS)
}
