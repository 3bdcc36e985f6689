//! An instance's timers as data: one optional deadline per [`Timer`].

use crate::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Timer {
    /// Leave INIT (first call after creation).
    Init,
    /// MASTER: send the next advertisement.
    Advert,
    /// BACKUP: the master is considered down.
    MasterDown,
    /// MASTER: second GARP/NA burst, `garp_master_delay` after the transition.
    GarpDelay,
    /// MASTER: second burst after hearing a lower priority advert.
    LowerPrioGarp,
}

impl Timer {
    const ALL: [Timer; 5] = [
        Timer::Init,
        Timer::Advert,
        Timer::MasterDown,
        Timer::GarpDelay,
        Timer::LowerPrioGarp,
    ];
}

#[derive(Debug, Clone, Default)]
pub(crate) struct TimerTable {
    deadlines: [Option<Instant>; Timer::ALL.len()],
}

impl TimerTable {
    pub(crate) fn set(&mut self, t: Timer, at: Instant) {
        self.deadlines[t as usize] = Some(at);
    }

    pub(crate) fn stop(&mut self, t: Timer) {
        self.deadlines[t as usize] = None;
    }

    pub(crate) fn get(&self, t: Timer) -> Option<Instant> {
        self.deadlines[t as usize]
    }

    pub(crate) fn stop_all(&mut self) {
        self.deadlines = Default::default();
    }

    pub(crate) fn next_deadline(&self) -> Option<Instant> {
        self.deadlines.iter().flatten().min().copied()
    }

    /// Removes and returns the earliest timer due at `now`, if any.
    pub(crate) fn pop_expired(&mut self, now: Instant) -> Option<Timer> {
        let t = Timer::ALL
            .iter()
            .copied()
            .filter(|t| self.get(*t).is_some_and(|at| at <= now))
            .min_by_key(|t| self.get(*t))?;
        self.stop(t);
        Some(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_in_deadline_order_and_only_when_due() {
        let mut tt = TimerTable::default();
        tt.set(Timer::GarpDelay, Instant::from_secs(5));
        tt.set(Timer::Advert, Instant::from_secs(1));
        assert_eq!(tt.next_deadline(), Some(Instant::from_secs(1)));
        assert_eq!(tt.pop_expired(Instant::from_millis(999)), None);
        assert_eq!(tt.pop_expired(Instant::from_secs(6)), Some(Timer::Advert));
        assert_eq!(
            tt.pop_expired(Instant::from_secs(6)),
            Some(Timer::GarpDelay)
        );
        assert_eq!(tt.pop_expired(Instant::from_secs(6)), None);
        assert_eq!(tt.next_deadline(), None);
    }
}
