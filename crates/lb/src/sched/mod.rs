//! IPVS's schedulers as pure functions and small state objects.
//!
//! Every scheduler sees the service's real servers as a slice of [`Candidate`]s, in the
//! order of IPVS's destination list, plus the new [`Flow`], and answers an index into
//! the slice or `None` ("no destination available"). IPVS adds a real at the *head* of
//! its list, so the list is newest first: a service whose reals were added in key order
//! (as a [`crate::Table`] diff adds them) walks them in reverse key order. rr, wrr, sh,
//! dh and mh depend on that order. A weight of 0 is never scheduled; neither is a real
//! whose `overloaded` flag is set (see [`overload`] for how IPVS sets it).
//!
//! Where each one matches IPVS is written on its module; in short, the pick is exact
//! for all of them given the same list order, counts and (for mh) table size and
//! history (rvs's default mh table is reshaped in place, see [`maglev`]), and
//! `src/tests/ipvs_fixture.rs` checks every scheduler (and persistence) against the
//! connection table the kernel's IPVS built for the same services and flows.

pub mod hash;
pub mod least;
pub mod locality;
pub mod maglev;
pub mod overload;
pub mod round_robin;

use serde::{Deserialize, Serialize};
use std::net::IpAddr;

use crate::service::{Protocol, RealKey};
use crate::time::Instant;

pub use hash::{Dh, Sh};
pub use locality::{Lblc, Lblcr};
pub use maglev::{Maglev, MaglevParams};
pub use round_robin::{Rr, Wrr};

/// `lb_algo`, with the flags (`-b sh-port,sh-fallback`, `mh-port,mh-fallback`) that
/// some schedulers take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "name")]
pub enum Scheduler {
    Rr,
    Wrr,
    Lc,
    Wlc,
    Lblc,
    Lblcr,
    Dh,
    Sh { port: bool, fallback: bool },
    Sed,
    Nq,
    Fo,
    Ovf,
    Mh { port: bool, fallback: bool },
}

impl Scheduler {
    /// The scheduler ipvsadm and keepalived call `name`; `port` and `fallback` are the
    /// sh-/mh- flags, ignored by the others.
    pub fn from_name(name: &str, port: bool, fallback: bool) -> Option<Scheduler> {
        Some(match name {
            "rr" => Scheduler::Rr,
            "wrr" => Scheduler::Wrr,
            "lc" => Scheduler::Lc,
            "wlc" => Scheduler::Wlc,
            "lblc" => Scheduler::Lblc,
            "lblcr" => Scheduler::Lblcr,
            "dh" => Scheduler::Dh,
            "sh" => Scheduler::Sh { port, fallback },
            "sed" => Scheduler::Sed,
            "nq" => Scheduler::Nq,
            "fo" => Scheduler::Fo,
            "ovf" => Scheduler::Ovf,
            "mh" => Scheduler::Mh { port, fallback },
            _ => return None,
        })
    }

    /// The name ipvsadm and keepalived use.
    pub fn name(self) -> &'static str {
        match self {
            Scheduler::Rr => "rr",
            Scheduler::Wrr => "wrr",
            Scheduler::Lc => "lc",
            Scheduler::Wlc => "wlc",
            Scheduler::Lblc => "lblc",
            Scheduler::Lblcr => "lblcr",
            Scheduler::Dh => "dh",
            Scheduler::Sh { .. } => "sh",
            Scheduler::Sed => "sed",
            Scheduler::Nq => "nq",
            Scheduler::Fo => "fo",
            Scheduler::Ovf => "ovf",
            Scheduler::Mh { .. } => "mh",
        }
    }
}

/// A real server as a scheduler sees it at the moment of choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub real: RealKey,
    pub weight: u32,
    /// Connections IPVS counts as active (TCP established).
    pub active: u32,
    /// All other connections of the real.
    pub inactive: u32,
    /// IPVS's overload flag, set from the thresholds (see [`overload`]).
    pub overloaded: bool,
}

impl Candidate {
    /// A weight above 0 and not overloaded: what IPVS may schedule.
    pub fn available(&self) -> bool {
        self.weight > 0 && !self.overloaded
    }

    /// IPVS's `ip_vs_dest_conn_overhead`: an active connection costs 256 inactive ones.
    pub fn overhead(&self) -> i64 {
        (i64::from(self.active) << 8) + i64::from(self.inactive)
    }
}

/// The first packet of a new connection, as far as scheduling cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Flow {
    pub protocol: Protocol,
    pub src: IpAddr,
    pub src_port: u16,
    pub dst: IpAddr,
    pub dst_port: u16,
}

/// The scheduler of one service with whatever state it keeps between picks.
#[derive(Debug, Clone)]
pub struct SchedulerState {
    inner: Inner,
}

#[derive(Debug, Clone)]
enum Inner {
    Rr(Rr),
    Wrr(Wrr),
    Lc,
    Wlc,
    Lblc(Lblc),
    Lblcr(Lblcr),
    Dh(Dh),
    Sh(Sh),
    Sed,
    Nq,
    Fo,
    Ovf,
    Mh(Maglev),
}

impl SchedulerState {
    /// A fresh scheduler; mh gets [`MaglevParams::default`].
    pub fn new(kind: Scheduler) -> Self {
        Self::with_maglev(kind, MaglevParams::default())
    }

    pub fn with_maglev(kind: Scheduler, params: MaglevParams) -> Self {
        let inner = match kind {
            Scheduler::Rr => Inner::Rr(Rr::default()),
            Scheduler::Wrr => Inner::Wrr(Wrr::default()),
            Scheduler::Lc => Inner::Lc,
            Scheduler::Wlc => Inner::Wlc,
            Scheduler::Lblc => Inner::Lblc(Lblc::default()),
            Scheduler::Lblcr => Inner::Lblcr(Lblcr::default()),
            Scheduler::Dh => Inner::Dh(Dh::default()),
            Scheduler::Sh { port, fallback } => Inner::Sh(Sh::new(port, fallback)),
            Scheduler::Sed => Inner::Sed,
            Scheduler::Nq => Inner::Nq,
            Scheduler::Fo => Inner::Fo,
            Scheduler::Ovf => Inner::Ovf,
            Scheduler::Mh { port, fallback } => Inner::Mh(Maglev::new(params, port, fallback)),
        };
        SchedulerState { inner }
    }

    /// Tells the scheduler the service's reals or weights changed: IPVS's
    /// add/del/upd_dest hooks. A backend calls it after each real it adds, edits or
    /// removes, so rr, wrr and mh follow IPVS step by step; `schedule` catches up on
    /// its own otherwise, treating all changes since the last call as one.
    pub fn update(&mut self, reals: &[Candidate]) {
        match &mut self.inner {
            Inner::Rr(s) => s.update(reals),
            Inner::Wrr(s) => s.update(reals),
            Inner::Dh(s) => s.update(reals),
            Inner::Sh(s) => s.update(reals),
            Inner::Mh(s) => s.update(reals),
            Inner::Lc
            | Inner::Wlc
            | Inner::Lblc(_)
            | Inner::Lblcr(_)
            | Inner::Sed
            | Inner::Nq
            | Inner::Fo
            | Inner::Ovf => {}
        }
    }

    /// Forgets what lblc and lblcr cached for destinations idle too long (IPVS does it
    /// from a timer every 60 s); nothing for the others.
    pub fn expire(&mut self, now: Instant) {
        match &mut self.inner {
            Inner::Lblc(s) => s.expire(now),
            Inner::Lblcr(s) => s.expire(now),
            _ => {}
        }
    }

    /// Picks the real for a new flow: an index into `reals`, or `None` when IPVS would
    /// report "no destination available".
    pub fn schedule(&mut self, now: Instant, reals: &[Candidate], flow: &Flow) -> Option<usize> {
        match &mut self.inner {
            Inner::Rr(s) => s.schedule(reals),
            Inner::Wrr(s) => s.schedule(reals),
            Inner::Lc => least::lc(reals),
            Inner::Wlc => least::wlc(reals),
            Inner::Lblc(s) => s.schedule(now, reals, flow),
            Inner::Lblcr(s) => s.schedule(now, reals, flow),
            Inner::Dh(s) => s.schedule(reals, flow),
            Inner::Sh(s) => s.schedule(reals, flow),
            Inner::Sed => least::sed(reals),
            Inner::Nq => least::nq(reals),
            Inner::Fo => least::fo(reals),
            Inner::Ovf => least::ovf(reals),
            Inner::Mh(s) => s.schedule(reals, flow),
        }
    }
}

/// The reals' identities and weights, to notice when IPVS would call the scheduler's
/// add/del/upd_dest hooks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Roster(Vec<(RealKey, u32)>);

impl Roster {
    fn of(reals: &[Candidate]) -> Self {
        Roster(reals.iter().map(|c| (c.real, c.weight)).collect())
    }

    /// Replaces the roster if it differs; true when it did.
    fn refresh(&mut self, reals: &[Candidate]) -> bool {
        let same = self.0.len() == reals.len()
            && self
                .0
                .iter()
                .zip(reals)
                .all(|(&(k, w), c)| k == c.real && w == c.weight);
        if !same {
            *self = Roster::of(reals);
        }
        !same
    }
}

/// Greatest common divisor of the positive weights, 0 if none is positive.
fn gcd_weight(weights: impl IntoIterator<Item = u32>) -> u32 {
    fn gcd(mut a: u32, mut b: u32) -> u32 {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a
    }
    weights
        .into_iter()
        .filter(|&w| w > 0)
        .fold(0, |g, w| if g == 0 { w } else { gcd(g, w) })
}
