//! Tracked objects of one instance (interfaces, scripts, files) and what they do to
//! it: FAULT, or a priority change.

use crate::config::{TrackFile, TrackInterface, TrackScript, Weight};

/// A tracked script's view of its results with rise/fall hysteresis, as keepalived's
/// `vrrp_script` result counter: up when the counter reaches `rise`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScriptState {
    rise: u32,
    fall: u32,
    /// 0..rise+fall-1; up iff >= rise.
    result: u32,
    /// No result yet: the instance waits in INIT.
    known: bool,
}

impl ScriptState {
    pub(crate) fn new(rise: u32, fall: u32, init_fail: bool) -> Self {
        let rise = rise.max(1);
        let fall = fall.max(1);
        // One success is enough to come up at start (keepalived: result = rise - 1);
        // `init_fail` starts known and down (result = 0).
        ScriptState {
            rise,
            fall,
            result: if init_fail { 0 } else { rise - 1 },
            known: init_fail,
        }
    }

    pub(crate) fn up(&self) -> bool {
        self.result >= self.rise
    }

    pub(crate) fn known(&self) -> bool {
        self.known
    }

    pub(crate) fn record(&mut self, success: bool) {
        self.known = true;
        if success {
            if self.result < self.rise - 1 {
                self.result += 1;
            } else {
                self.result = self.rise + self.fall - 1;
            }
        } else if self.result > self.rise {
            self.result -= 1;
        } else {
            self.result = 0;
        }
    }
}

/// What a set of tracked objects means for the instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Verdict {
    pub(crate) fault: bool,
    pub(crate) weight: i64,
}

impl Verdict {
    /// keepalived 2.2.7 (checked against it): weight 0 is FAULT while down (while up
    /// with `reverse`); a positive weight counts while up, a negative one while down,
    /// and `reverse` negates what counts: `weight 10 reverse` is -10 while up,
    /// `weight -20 reverse` +20 while down.
    fn add(&mut self, w: Weight, up: bool) {
        if w.weight == 0 {
            self.fault |= up == w.reverse;
            return;
        }
        let counts = if up { w.weight > 0 } else { w.weight < 0 };
        if counts {
            let sign = if w.reverse { -1 } else { 1 };
            self.weight += i64::from(w.weight) * sign;
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Tracking {
    interfaces: Vec<(TrackInterface, bool)>,
    scripts: Vec<(TrackScript, ScriptState)>,
    files: Vec<(TrackFile, i64)>,
}

impl Tracking {
    /// Interfaces start up and files at 0; the shell reports the real values before
    /// the instance leaves INIT.
    pub(crate) fn new(
        ifs: &[TrackInterface],
        scripts: &[TrackScript],
        files: &[TrackFile],
    ) -> Self {
        Tracking {
            interfaces: ifs.iter().map(|i| (i.clone(), true)).collect(),
            scripts: scripts
                .iter()
                .map(|s| (s.clone(), ScriptState::new(s.rise, s.fall, s.init_fail)))
                .collect(),
            files: files.iter().map(|f| (f.clone(), 0)).collect(),
        }
    }

    /// Returns whether `name` is tracked.
    pub(crate) fn set_interface(&mut self, name: &str, up: bool) -> bool {
        let mut found = false;
        for (_, state) in self.interfaces.iter_mut().filter(|(i, _)| i.name == name) {
            *state = up;
            found = true;
        }
        found
    }

    pub(crate) fn record_script(&mut self, name: &str, success: bool) -> bool {
        let mut found = false;
        for (_, state) in self.scripts.iter_mut().filter(|(s, _)| s.name == name) {
            state.record(success);
            found = true;
        }
        found
    }

    pub(crate) fn set_file(&mut self, name: &str, value: i64) -> bool {
        let mut found = false;
        for (_, v) in self.files.iter_mut().filter(|(f, _)| f.name == name) {
            *v = value;
            found = true;
        }
        found
    }

    pub(crate) fn all_scripts_known(&self) -> bool {
        self.scripts.iter().all(|(_, s)| s.known())
    }

    pub(crate) fn verdict(&self) -> Verdict {
        let mut v = Verdict::default();
        for (i, up) in &self.interfaces {
            v.add(i.weight, *up);
        }
        for (s, state) in &self.scripts {
            v.add(s.weight, state.up());
        }
        for (f, value) in &self.files {
            match file_status(f.weight, *value) {
                Some(w) => v.weight += w,
                None => v.fault = true,
            }
        }
        v
    }
}

/// What a tracked file holding `value` adds to the priority; `None` is FAULT.
/// keepalived: the value is clamped to ±254; with weight 0 a non-zero value is a
/// failure (a zero one with `reverse`); otherwise value × weight (negated by
/// `reverse`) is clamped to -254..=253 and -254 means FAULT.
fn file_status(w: Weight, value: i64) -> Option<i64> {
    let value = value.clamp(-FILE_LIMIT, FILE_LIMIT);
    if w.weight == 0 {
        return ((value != 0) == w.reverse).then_some(0);
    }
    let sign = if w.reverse { -1 } else { 1 };
    let status = (value * i64::from(w.weight) * sign).clamp(-FILE_LIMIT, FILE_LIMIT - 1);
    (status != -FILE_LIMIT).then_some(status)
}

const FILE_LIMIT: i64 = 254;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_rise_fall_hysteresis() {
        let mut s = ScriptState::new(2, 3, false);
        assert!(!s.known() && !s.up());
        s.record(true);
        assert!(s.up(), "one success is enough at start");
        s.record(false);
        s.record(false);
        assert!(s.up(), "two failures of fall 3 keep it up");
        s.record(false);
        assert!(!s.up(), "third failure brings it down");
        s.record(true);
        assert!(!s.up(), "one success of rise 2 keeps it down");
        s.record(true);
        assert!(s.up());
    }

    #[test]
    fn init_fail_starts_known_and_down_needing_rise_successes() {
        let mut s = ScriptState::new(2, 1, true);
        assert!(s.known() && !s.up());
        s.record(true);
        assert!(!s.up());
        s.record(true);
        assert!(s.up());
    }

    #[test]
    fn first_failure_is_down() {
        let mut s = ScriptState::new(1, 1, false);
        s.record(false);
        assert!(s.known() && !s.up());
    }

    fn w(weight: i32, reverse: bool) -> Weight {
        Weight { weight, reverse }
    }

    #[test]
    fn weights_and_faults() {
        let ifs = [
            TrackInterface {
                name: "a".into(),
                weight: w(-20, false),
            },
            TrackInterface {
                name: "b".into(),
                weight: Weight::FAULT,
            },
        ];
        let scripts = [TrackScript {
            name: "chk".into(),
            weight: w(10, false),
            rise: 1,
            fall: 1,
            init_fail: false,
        }];
        let files = [TrackFile {
            name: "f".into(),
            weight: w(2, true),
        }];
        let mut t = Tracking::new(&ifs, &scripts, &files);
        assert!(!t.all_scripts_known());
        assert_eq!(t.verdict(), Verdict::default());
        assert!(t.record_script("chk", true));
        assert!(t.all_scripts_known());
        assert_eq!(t.verdict().weight, 10);
        assert!(t.set_interface("a", false));
        assert_eq!(t.verdict().weight, -10);
        assert!(t.set_file("f", 3));
        assert_eq!(t.verdict().weight, -16);
        assert!(t.set_interface("b", false));
        assert!(t.verdict().fault);
        assert!(
            !t.set_interface("zz", false),
            "untracked names are reported"
        );
    }

    #[test]
    fn reverse_negates_the_weight_that_counts() {
        let v = |weight, reverse, up| {
            let mut v = Verdict::default();
            v.add(Weight { weight, reverse }, up);
            v
        };
        // As keepalived logs it: a succeeding `weight 10 reverse` script takes
        // 100 to 90, a failing `weight -20 reverse` one takes 100 to 120.
        assert_eq!(v(10, true, true).weight, -10);
        assert_eq!(v(10, true, false).weight, 0);
        assert_eq!(v(-20, true, false).weight, 20);
        assert_eq!(v(-20, true, true).weight, 0);
        assert_eq!(v(10, false, true).weight, 10);
        assert_eq!(v(-20, false, false).weight, -20);
        assert!(v(0, false, false).fault && !v(0, false, true).fault);
        assert!(v(0, true, true).fault && !v(0, true, false).fault);
    }

    #[test]
    fn file_values_as_keepalived_weighs_them() {
        // Weight 0: non-zero is FAULT; with reverse, zero is.
        assert_eq!(file_status(w(0, false), 0), Some(0));
        assert_eq!(file_status(w(0, false), -3), None);
        assert_eq!(file_status(w(0, true), 0), None);
        assert_eq!(file_status(w(0, true), 7), Some(0));
        // Weighted: value × weight, reverse negates, clamped to -254..=253.
        assert_eq!(file_status(w(5, false), 10), Some(50));
        assert_eq!(file_status(w(5, true), 10), Some(-50));
        assert_eq!(file_status(w(2, false), 200), Some(253));
        assert_eq!(file_status(w(1, false), -253), Some(-253));
        assert_eq!(file_status(w(1, false), -254), None, "-254 is FAULT");
        assert_eq!(file_status(w(5, false), -100), None, "-500 clamps to FAULT");
        // The value itself is clamped to ±254 before weighing.
        assert_eq!(file_status(w(-1, false), i64::MAX), None);
        assert_eq!(file_status(w(1, false), i64::MIN), None);
    }
}
