//! `rvs checkers`: run the health checkers of a configuration without a data plane and
//! print every change of a real server's desired state, and quorum transitions.

use super::ConfigArgs;
use crate::host::System;
use anyhow::Context;
use rvs_check::engine::{Engine, EngineConfig, Update};
use rvs_check::spec::ServiceSpec;
use rvs_check::{Event, Server, ServerRef};
use rvs_config::LexOptions;
use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;
use tokio::signal::unix::{signal, SignalKind};

#[derive(Debug, clap::Args)]
pub struct CheckersArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Print JSON lines instead of text.
    #[arg(long)]
    pub json: bool,
    /// Stop after this many seconds (default: run until SIGINT or SIGTERM).
    #[arg(long = "for", value_name = "SECONDS")]
    pub duration: Option<f64>,
    /// Run notify_up/notify_down and quorum_up/quorum_down scripts (MISC_CHECK scripts
    /// always run: they are the checks).
    #[arg(long)]
    pub run_scripts: bool,
}

/// One printed line.
#[derive(Debug, Clone, PartialEq)]
enum Line<'a> {
    Real {
        service: &'a str,
        real: String,
        up: bool,
        weight: Option<u32>,
    },
    Quorum {
        service: &'a str,
        up: bool,
    },
}

impl Line<'_> {
    /// `SECONDS SERVICE REAL up|down WEIGHT` (`-`: not in the table; the sorry server is
    /// `sorry:ADDR`), or `SECONDS SERVICE quorum up|down`.
    fn text(&self, secs: f64) -> String {
        let state = |up: bool| if up { "up" } else { "down" };
        match self {
            Line::Real {
                service,
                real,
                up,
                weight,
            } => {
                let w = weight.map_or_else(|| "-".to_owned(), |w| w.to_string());
                format!("{secs:.3} {service} {real} {} {w}", state(*up))
            }
            Line::Quorum { service, up } => format!("{secs:.3} {service} quorum {}", state(*up)),
        }
    }

    fn json(&self, secs: f64) -> serde_json::Value {
        // Milliseconds, as the text lines.
        let secs = (secs * 1000.0).round() / 1000.0;
        match self {
            Line::Real {
                service,
                real,
                up,
                weight,
            } => serde_json::json!({
                "time": secs, "service": service, "real": real, "up": up, "weight": weight,
            }),
            Line::Quorum { service, up } => serde_json::json!({
                "time": secs, "service": service, "quorum": up,
            }),
        }
    }
}

/// What an update says, in the names of `specs`; `None` for what is not printed (real
/// server events repeat their `Update::Real`).
fn line<'s>(specs: &'s [ServiceSpec], update: &Update) -> Option<Line<'s>> {
    let service = |i: usize| specs.get(i).map(|s| s.name.as_str());
    match *update {
        Update::Real { real, up, weight } => Some(Line::Real {
            service: service(real.service)?,
            real: server_name(specs, real)?,
            up,
            weight,
        }),
        Update::Event {
            event: Event::QuorumUp(s),
            ..
        } => Some(Line::Quorum {
            service: service(s)?,
            up: true,
        }),
        Update::Event {
            event: Event::QuorumDown(s),
            ..
        } => Some(Line::Quorum {
            service: service(s)?,
            up: false,
        }),
        Update::Event { .. } | Update::Reloaded => None,
    }
}

fn server_name(specs: &[ServiceSpec], r: ServerRef) -> Option<String> {
    let s = specs.get(r.service)?;
    let addr: SocketAddr = match r.server {
        Server::Real(i) => s.reals.get(i)?.addr,
        Server::Sorry => return Some(format!("sorry:{}", s.sorry_server.as_ref()?.addr)),
    };
    Some(addr.to_string())
}

pub fn checkers(args: &CheckersArgs) -> anyhow::Result<ExitCode> {
    let opts = LexOptions {
        config_id: args.config.config_id.clone(),
    };
    let loaded = rvs_config::load(&args.config.file, &opts, &System);
    eprint!("{}", loaded.render_diagnostics());
    if loaded.has_errors() {
        return Ok(ExitCode::from(1));
    }
    let (specs, skipped) = rvs_check::from_config::services(
        &loaded.config,
        &crate::run_as::default_for(&loaded.config.global_defs),
    );
    for s in &skipped {
        eprintln!(
            "rvs checkers: {} of real server {} in {} not run: {}",
            s.keyword, s.real, s.service, s.why
        );
    }
    let limit = match args.duration {
        Some(d) => Some(
            Duration::try_from_secs_f64(d)
                .map_err(|_| anyhow::anyhow!("--for {d}: not a number of seconds"))?,
        ),
        None => None,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(run(&specs, args, limit))?;
    Ok(ExitCode::SUCCESS)
}

async fn run(
    specs: &[ServiceSpec],
    args: &CheckersArgs,
    limit: Option<Duration>,
) -> anyhow::Result<()> {
    let mut sigint = signal(SignalKind::interrupt()).context("handling SIGINT")?;
    let mut sigterm = signal(SignalKind::terminate()).context("handling SIGTERM")?;
    let start = std::time::Instant::now();
    let (engine, mut updates) = Engine::start(
        specs,
        EngineConfig {
            run_scripts: args.run_scripts,
            ..EngineConfig::default()
        },
    );
    // Without a data plane no virtual address comes up: checking is the point here.
    for (i, s) in specs.iter().enumerate().filter(|(_, s)| s.ha_suspend) {
        eprintln!(
            "rvs checkers: {}: ha_suspend ignored, checking anyway",
            s.name
        );
        engine.set_suspended(i, false);
    }
    let deadline = async {
        match limit {
            Some(d) => tokio::time::sleep(d).await,
            None => std::future::pending().await,
        }
    };
    tokio::pin!(deadline);
    let mut out = std::io::stdout().lock();
    loop {
        tokio::select! {
            update = updates.recv() => {
                let Some(update) = update else { break };
                let Some(line) = line(specs, &update) else { continue };
                let secs = start.elapsed().as_secs_f64();
                if args.json {
                    writeln!(out, "{}", line.json(secs))?;
                } else {
                    writeln!(out, "{}", line.text(secs))?;
                }
                // Lines go out as they happen, also into a pipe.
                out.flush()?;
            }
            _ = sigint.recv() => break,
            _ = sigterm.recv() => break,
            () = &mut deadline => break,
        }
    }
    drop(out);
    engine.stop().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_check::spec::{RealSpec, SorryServerSpec};

    fn specs() -> Vec<ServiceSpec> {
        let mut s = ServiceSpec::new("198.18.0.1:80");
        s.reals
            .push(RealSpec::new("198.18.1.1:8080".parse().expect("addr")));
        s.sorry_server = Some(SorryServerSpec {
            addr: "198.18.1.9:80".parse().expect("addr"),
            weight: 1,
            inhibit: false,
        });
        vec![s]
    }

    #[test]
    fn lines_name_the_service_and_server() {
        let specs = specs();
        let real = |server| ServerRef { service: 0, server };
        let text = |u: Update| line(&specs, &u).map(|l| l.text(1.5));
        assert_eq!(
            text(Update::Real {
                real: real(Server::Real(0)),
                up: true,
                weight: Some(3)
            })
            .as_deref(),
            Some("1.500 198.18.0.1:80 198.18.1.1:8080 up 3")
        );
        assert_eq!(
            text(Update::Real {
                real: real(Server::Sorry),
                up: false,
                weight: None
            })
            .as_deref(),
            Some("1.500 198.18.0.1:80 sorry:198.18.1.9:80 down -")
        );
        assert_eq!(
            text(Update::Event {
                event: Event::QuorumDown(0),
                script: None
            })
            .as_deref(),
            Some("1.500 198.18.0.1:80 quorum down")
        );
        assert_eq!(
            text(Update::Event {
                event: Event::RealUp(real(Server::Real(0))),
                script: None
            }),
            None,
            "real server events repeat the Real update"
        );
        assert_eq!(
            text(Update::Real {
                real: real(Server::Real(7)),
                up: true,
                weight: Some(1)
            }),
            None,
            "an index outside the specs prints nothing"
        );
    }

    #[test]
    fn json_lines_carry_the_same_fields() {
        let specs = specs();
        let l = line(
            &specs,
            &Update::Real {
                real: ServerRef {
                    service: 0,
                    server: Server::Real(0),
                },
                up: false,
                weight: Some(0),
            },
        )
        .expect("a line");
        assert_eq!(
            l.json(2.0004),
            serde_json::json!({"time": 2.0, "service": "198.18.0.1:80",
                "real": "198.18.1.1:8080", "up": false, "weight": 0})
        );
    }
}
