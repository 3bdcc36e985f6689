//! keepalived's notify scripts: `notify_<state>` with its own arguments, then `notify`
//! with `INSTANCE <name> <STATE> <priority>` appended (`GROUP <name> <STATE> 0` for a
//! sync group). Started without waiting for them
//! (a thread reaps each), as keepalived forks them; run as rvs's own user this round.
//! The same transitions go to the notify FIFO when one is configured.

use std::process::{Command, Stdio};

use rvs_config::model::vrrp::Notify;
use rvs_vrrp::State;

use super::fifo::FifoTx;

/// The argv of each script, ready to run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NotifyScripts {
    master: Option<Vec<String>>,
    backup: Option<Vec<String>>,
    fault: Option<Vec<String>>,
    stop: Option<Vec<String>>,
    any: Option<Vec<String>>,
    rx_lower_priority: Option<Vec<String>>,
    /// Set by `rvs run` when `notify_fifo`/`vrrp_notify_fifo` is configured.
    pub fifo: Option<FifoTx>,
}

/// What an instance notifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    State(State),
    MasterRxLowerPriority,
    /// The effective priority changed; `master`: while MASTER.
    Priority {
        master: bool,
    },
}

/// Who a transition happened to, as the `notify` script's first added argument says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Instance,
    Group,
}

impl NotifyScripts {
    pub fn new(n: &Notify) -> Self {
        let argv = |s: &Option<rvs_config::model::script::Script>| s.as_ref().map(|s| s.argv());
        NotifyScripts {
            master: argv(&n.notify_master),
            backup: argv(&n.notify_backup),
            fault: argv(&n.notify_fault),
            stop: argv(&n.notify_stop),
            any: argv(&n.notify),
            rx_lower_priority: argv(&n.notify_master_rx_lower_pri),
            fifo: None,
        }
    }

    /// Runs the scripts of a transition, then writes its FIFO line (keepalived's order).
    pub fn transition(&self, kind: Kind, name: &str, state: State, priority: u8) {
        for argv in self.commands(kind, name, state, priority) {
            spawn(&argv);
        }
        if let Some(f) = &self.fifo {
            f.state(kind, name, state, priority);
        }
    }

    /// An instance's notification: a transition runs its scripts then writes the
    /// FIFO; a MASTER hearing a lower priority runs `notify_master_rx_lower_pri` and
    /// writes `MASTER_RX_LOWER_PRI`; a priority change (`notify_priority_changes`)
    /// only writes `MASTER_PRIORITY` or `BACKUP_PRIORITY` (keepalived's words).
    pub fn instance_event(&self, name: &str, event: Event, priority: u8) {
        let word = match event {
            Event::State(state) => {
                return self.transition(Kind::Instance, name, state, priority);
            }
            Event::MasterRxLowerPriority => {
                if let Some(argv) = &self.rx_lower_priority {
                    spawn(argv);
                }
                "MASTER_RX_LOWER_PRI"
            }
            Event::Priority { master: true } => "MASTER_PRIORITY",
            Event::Priority { master: false } => "BACKUP_PRIORITY",
        };
        if let Some(f) = &self.fifo {
            f.event(name, word, priority);
        }
    }

    /// The commands a transition of `name` to `state` runs, in order.
    pub fn commands(&self, kind: Kind, name: &str, state: State, priority: u8) -> Vec<Vec<String>> {
        let (specific, word) = match state {
            State::Master => (&self.master, "MASTER"),
            State::Backup => (&self.backup, "BACKUP"),
            State::Fault => (&self.fault, "FAULT"),
            State::Stop => (&self.stop, "STOP"),
            State::Init => return Vec::new(),
        };
        let mut out: Vec<Vec<String>> = specific.iter().cloned().collect();
        if let Some(any) = &self.any {
            let mut argv = any.clone();
            let kind = match kind {
                Kind::Instance => "INSTANCE",
                Kind::Group => "GROUP",
            };
            argv.extend([kind.into(), name.into(), word.into(), priority.to_string()]);
            out.push(argv);
        }
        out
    }
}

/// Starts `argv` in the background; failures to start are logged.
pub fn spawn(argv: &[String]) {
    let Some((program, args)) = argv.split_first() else {
        return;
    };
    match Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .spawn()
    {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(e) => eprintln!("rvs: notify script {program} cannot start: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_config::model::script::Script;

    fn script(cmd: &str) -> Option<Script> {
        Some(Script {
            command: cmd.into(),
            user: None,
            group: None,
        })
    }

    #[test]
    fn the_specific_script_runs_first_then_notify_with_four_arguments() {
        let n = Notify {
            notify_master: script("/x/master.sh up"),
            notify: script("/x/any.sh"),
            ..Notify::default()
        };
        let s = NotifyScripts::new(&n);
        assert_eq!(
            s.commands(Kind::Instance, "VI_1", State::Master, 150),
            vec![
                vec!["/x/master.sh".to_string(), "up".into()],
                vec![
                    "/x/any.sh".to_string(),
                    "INSTANCE".into(),
                    "VI_1".into(),
                    "MASTER".into(),
                    "150".into()
                ],
            ]
        );
        assert_eq!(
            s.commands(Kind::Group, "G", State::Fault, 0),
            vec![vec![
                "/x/any.sh".to_string(),
                "GROUP".into(),
                "G".into(),
                "FAULT".into(),
                "0".into()
            ]]
        );
        assert!(s
            .commands(Kind::Instance, "VI_1", State::Init, 150)
            .is_empty());
    }
}
