//! The probes: one async function per checker type, each turning a [`Probe`] into an
//! [`Outcome`]. They hold no state between probes and need no timeout of their own: the
//! engine drops a probe's future when the core's deadline passes.

mod http;
mod misc;
pub use misc::split_command;
mod smtp;
mod socket;
mod tcp;
mod tls;
mod udp;

use crate::monitor::Probe;
use crate::outcome::{Failure, Outcome};
use crate::spec::CheckKind;

/// Largest HTTP body read for a digest or regex check; a longer body fails the check.
pub const BODY_CAP: usize = 1 << 20;

/// Runs one probe to completion.
pub async fn run(probe: &Probe) -> Outcome {
    match &probe.kind {
        CheckKind::Tcp => tcp::check(probe).await,
        CheckKind::Http(spec) => http::check(probe, spec, None).await,
        CheckKind::Ssl(spec) => match tls::connector(spec) {
            Ok(conn) => http::check(probe, spec, Some(&conn)).await,
            Err(f) => f.into(),
        },
        CheckKind::Misc(spec) => misc::check(spec).await,
        CheckKind::Smtp(spec) => smtp::check(probe, spec).await,
        CheckKind::Udp(spec) => udp::check(probe, spec).await,
        CheckKind::Dns(_) | CheckKind::Ping | CheckKind::File(_) => Failure::Unsupported.into(),
    }
}
