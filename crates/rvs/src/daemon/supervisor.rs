//! The watchdog parent's decisions, without processes or clocks: which child to start,
//! restart or stop, and when the parent is done (keepalived's parent process).
//!
//! A child that exits with status 1 refused its configuration at start; starting it
//! again would fail the same way, so the parent stops everything and exits 1. A child
//! that dies otherwise (a signal, a crash, another status) is started again, at once
//! the first time and then with a delay that doubles with each death in the last
//! minute, up to 30 s, so a child that cannot live does not spin.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Child {
    /// `rvs run -P`.
    Vrrp,
    /// `rvs run -C`.
    Check,
}

impl Child {
    pub fn name(self) -> &'static str {
        match self {
            Child::Vrrp => "VRRP child",
            Child::Check => "checker child",
        }
    }
}

/// How a child ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Code(i32),
    Signal(i32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Spawn(Child),
    /// Ask the child to stop (SIGTERM).
    Terminate(Child),
    /// Every child is gone: the parent exits with this status.
    Exit(u8),
}

const WINDOW: Duration = Duration::from_secs(60);
const FIRST_DELAY: Duration = Duration::from_millis(100);
const MAX_DELAY: Duration = Duration::from_secs(30);

struct Slot {
    child: Child,
    running: bool,
    /// When a dead child is to be started again.
    restart_at: Option<Instant>,
    deaths: VecDeque<Instant>,
}

pub struct Supervisor {
    slots: Vec<Slot>,
    stopping: Option<u8>,
    actions: VecDeque<Action>,
}

impl Supervisor {
    /// Starts `children` at once.
    pub fn new(children: &[Child]) -> Supervisor {
        Supervisor {
            slots: children
                .iter()
                .map(|&child| Slot {
                    child,
                    running: true,
                    restart_at: None,
                    deaths: VecDeque::new(),
                })
                .collect(),
            stopping: None,
            actions: children.iter().map(|&c| Action::Spawn(c)).collect(),
        }
    }

    /// SIGTERM or SIGINT: stop every child, then exit 0.
    pub fn stop(&mut self) {
        self.stop_with(0);
    }

    fn stop_with(&mut self, status: u8) {
        if self.stopping.is_some() {
            return;
        }
        self.stopping = Some(status);
        for s in &mut self.slots {
            s.restart_at = None;
            if s.running {
                self.actions.push_back(Action::Terminate(s.child));
            }
        }
        self.maybe_exit();
    }

    pub fn exited(&mut self, now: Instant, child: Child, ending: Ending) {
        let stopping = self.stopping.is_some();
        let Some(slot) = self.slots.iter_mut().find(|s| s.child == child) else {
            return;
        };
        slot.running = false;
        if stopping {
            self.maybe_exit();
            return;
        }
        if ending == Ending::Code(1) {
            self.stop_with(1);
            return;
        }
        while slot
            .deaths
            .front()
            .is_some_and(|&t| now.duration_since(t) > WINDOW)
        {
            slot.deaths.pop_front();
        }
        let delay = if slot.deaths.is_empty() {
            Duration::ZERO
        } else {
            let doublings = u32::try_from(slot.deaths.len() - 1)
                .unwrap_or(u32::MAX)
                .min(16);
            FIRST_DELAY.saturating_mul(1 << doublings).min(MAX_DELAY)
        };
        slot.deaths.push_back(now);
        slot.restart_at = Some(now + delay);
        self.timeout(now);
    }

    /// The next moment [`Supervisor::timeout`] has something to do.
    pub fn poll_timeout(&self) -> Option<Instant> {
        self.slots.iter().filter_map(|s| s.restart_at).min()
    }

    pub fn timeout(&mut self, now: Instant) {
        for s in &mut self.slots {
            if s.restart_at.is_some_and(|t| t <= now) {
                s.restart_at = None;
                s.running = true;
                self.actions.push_back(Action::Spawn(s.child));
            }
        }
    }

    pub fn poll_action(&mut self) -> Option<Action> {
        self.actions.pop_front()
    }

    fn maybe_exit(&mut self) {
        if let Some(status) = self.stopping {
            if self.slots.iter().all(|s| !s.running) {
                self.actions.push_back(Action::Exit(status));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drain(s: &mut Supervisor) -> Vec<Action> {
        std::iter::from_fn(|| s.poll_action()).collect()
    }

    #[test]
    fn children_start_and_a_crashed_one_restarts_with_growing_delays() {
        let t0 = Instant::now();
        let mut s = Supervisor::new(&[Child::Vrrp, Child::Check]);
        assert_eq!(
            drain(&mut s),
            [Action::Spawn(Child::Vrrp), Action::Spawn(Child::Check)]
        );
        s.exited(t0, Child::Check, Ending::Signal(9));
        assert_eq!(
            drain(&mut s),
            [Action::Spawn(Child::Check)],
            "first death: at once"
        );
        let t1 = t0 + Duration::from_secs(1);
        s.exited(t1, Child::Check, Ending::Code(101));
        assert!(drain(&mut s).is_empty());
        assert_eq!(s.poll_timeout(), Some(t1 + FIRST_DELAY));
        s.timeout(t1 + FIRST_DELAY);
        assert_eq!(drain(&mut s), [Action::Spawn(Child::Check)]);
        let t2 = t1 + Duration::from_secs(1);
        s.exited(t2, Child::Check, Ending::Signal(11));
        assert_eq!(s.poll_timeout(), Some(t2 + FIRST_DELAY * 2), "doubles");
        // A minute of quiet forgets the earlier deaths.
        s.timeout(t2 + FIRST_DELAY * 2);
        drain(&mut s);
        let t3 = t2 + Duration::from_secs(120);
        s.exited(t3, Child::Check, Ending::Signal(9));
        assert_eq!(drain(&mut s), [Action::Spawn(Child::Check)]);
    }

    #[test]
    fn the_delay_is_capped() {
        let t0 = Instant::now();
        let mut s = Supervisor::new(&[Child::Check]);
        drain(&mut s);
        let mut now = t0;
        for _ in 0..20 {
            s.exited(now, Child::Check, Ending::Signal(9));
            let at = s.poll_timeout().unwrap_or(now);
            assert!(at - now <= MAX_DELAY);
            now = at;
            s.timeout(now);
            drain(&mut s);
        }
    }

    #[test]
    fn stop_terminates_running_children_and_exits_when_all_are_gone() {
        let t0 = Instant::now();
        let mut s = Supervisor::new(&[Child::Vrrp, Child::Check]);
        drain(&mut s);
        s.exited(t0, Child::Vrrp, Ending::Signal(9));
        drain(&mut s);
        s.stop();
        assert_eq!(
            drain(&mut s),
            [
                Action::Terminate(Child::Vrrp),
                Action::Terminate(Child::Check)
            ]
        );
        s.exited(t0, Child::Vrrp, Ending::Code(0));
        assert!(
            drain(&mut s).is_empty(),
            "the checker child is still running"
        );
        s.exited(t0, Child::Check, Ending::Code(0));
        assert_eq!(drain(&mut s), [Action::Exit(0)]);
    }

    #[test]
    fn a_child_refusing_its_configuration_stops_everything() {
        let t0 = Instant::now();
        let mut s = Supervisor::new(&[Child::Vrrp, Child::Check]);
        drain(&mut s);
        s.exited(t0, Child::Vrrp, Ending::Code(1));
        assert_eq!(drain(&mut s), [Action::Terminate(Child::Check)]);
        s.exited(t0, Child::Check, Ending::Code(0));
        assert_eq!(drain(&mut s), [Action::Exit(1)]);
        assert_eq!(s.poll_timeout(), None, "no restart after a refusal");
    }
}
