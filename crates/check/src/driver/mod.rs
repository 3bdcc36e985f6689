//! The probes: one async function per checker type, each turning a [`Probe`] into an
//! [`Outcome`]. They hold no state between probes and need no timeout of their own: the
//! engine drops a probe's future when the core's deadline passes.

mod body_match;
mod dns;
mod file;
mod http;
mod misc;
mod ping;
mod script;
pub use dns::query as dns_query;
pub use http::{fetch_digest, Fetched};
pub use script::{command, split_command};
mod smtp;
mod socket;
mod tcp;
mod tls;
mod udp;

use crate::monitor::Probe;
use crate::outcome::Outcome;
use crate::spec::CheckKind;

/// Largest HTTP body read for a digest or regex check; a longer body fails the check.
pub const BODY_CAP: usize = 1 << 20;

/// A per-probe value for DNS ids and ping sequence numbers: not secret, only distinct.
fn probe_nonce() -> u16 {
    static NEXT: std::sync::atomic::AtomicU16 = std::sync::atomic::AtomicU16::new(0x5a5a);
    NEXT.fetch_add(0x9e37, std::sync::atomic::Ordering::Relaxed)
}

/// Runs one probe to completion; `step` selects the URL of an HTTP_GET / SSL_GET.
pub async fn run(probe: &Probe, step: usize) -> Outcome {
    match &probe.kind {
        CheckKind::Tcp => tcp::check(probe).await,
        CheckKind::Http(spec) => http::check(probe, spec, step, None).await,
        CheckKind::Ssl(spec) => match tls::connector(spec) {
            Ok(conn) => http::check(probe, spec, step, Some(&conn)).await,
            Err(f) => f.into(),
        },
        CheckKind::Misc(spec) => misc::check(spec, probe.real_weight).await,
        CheckKind::Smtp(spec) => smtp::check(probe, spec).await,
        CheckKind::Udp(spec) => udp::check(probe, spec).await,
        CheckKind::Dns(spec) => dns::check(probe, spec, probe_nonce()).await,
        CheckKind::Ping => ping::check(probe, probe_nonce()).await,
        CheckKind::File(spec) => file::check(spec, probe.real_weight).await,
    }
}
