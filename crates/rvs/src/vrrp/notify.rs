//! keepalived's notify scripts: `notify_<state>` with its own arguments, then `notify`
//! with `INSTANCE <name> <STATE> <priority>` appended (`GROUP <name> <STATE> 0` for a
//! sync group). Started without waiting for them
//! (a thread reaps each), as keepalived forks them, each as its user (`crate::run_as`).
//! The same transitions go to the notify FIFO when one is configured.

use std::process::{Command, Stdio};

use rvs_config::model::script::{DefaultRunAs, RunAs, Script};
use rvs_config::model::vrrp::Notify;
use rvs_vrrp::State;

use super::fifo::FifoTx;

/// The scripts of an instance or sync group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NotifyScripts {
    master: Option<Script>,
    backup: Option<Script>,
    fault: Option<Script>,
    stop: Option<Script>,
    any: Option<Script>,
    rx_lower_priority: Option<Script>,
    /// Set by `rvs run` when `notify_fifo`/`vrrp_notify_fifo` is configured.
    pub fifo: Option<FifoTx>,
    /// Who runs the scripts that name no user; set by `rvs run` (rvs's own user
    /// until then).
    pub default_user: DefaultRunAs,
}

/// A script to start: its words and who runs it (`None`: nobody may, under
/// `enable_script_security`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch {
    pub argv: Vec<String>,
    pub run_as: Option<RunAs>,
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
        NotifyScripts {
            master: n.notify_master.clone(),
            backup: n.notify_backup.clone(),
            fault: n.notify_fault.clone(),
            stop: n.notify_stop.clone(),
            any: n.notify.clone(),
            rx_lower_priority: n.notify_master_rx_lower_pri.clone(),
            fifo: None,
            default_user: DefaultRunAs::Ourselves,
        }
    }

    fn launch(&self, script: &Script) -> Launch {
        Launch {
            argv: script.argv(),
            run_as: script.run_as(&self.default_user),
        }
    }

    /// Runs the scripts of a transition, then writes its FIFO line (keepalived's order).
    pub fn transition(&self, kind: Kind, name: &str, state: State, priority: u8) {
        for launch in self.commands(kind, name, state, priority) {
            spawn(&launch);
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
                if let Some(script) = &self.rx_lower_priority {
                    spawn(&self.launch(script));
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
    pub fn commands(&self, kind: Kind, name: &str, state: State, priority: u8) -> Vec<Launch> {
        let (specific, word) = match state {
            State::Master => (&self.master, "MASTER"),
            State::Backup => (&self.backup, "BACKUP"),
            State::Fault => (&self.fault, "FAULT"),
            State::Stop => (&self.stop, "STOP"),
            State::Init => return Vec::new(),
        };
        let mut out: Vec<Launch> = specific.iter().map(|s| self.launch(s)).collect();
        if let Some(any) = &self.any {
            let mut launch = self.launch(any);
            let kind = match kind {
                Kind::Instance => "INSTANCE",
                Kind::Group => "GROUP",
            };
            launch
                .argv
                .extend([kind.into(), name.into(), word.into(), priority.to_string()]);
            out.push(launch);
        }
        out
    }
}

/// Starts a script in the background; failures to start are logged.
pub fn spawn(launch: &Launch) {
    let Some((program, args)) = launch.argv.split_first() else {
        return;
    };
    let Some(run_as) = &launch.run_as else {
        eprintln!(
            "rvs: notify script {program} not run: enable_script_security is set and \
             neither the script, script_user nor the user keepalived_script names a user"
        );
        return;
    };
    let mut cmd = Command::new(program);
    cmd.args(args).stdin(Stdio::null());
    if let Err(e) = crate::run_as::apply(&mut cmd, run_as) {
        eprintln!("rvs: notify script {program} cannot start: {e}");
        return;
    }
    match cmd.spawn() {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(e) => eprintln!("rvs: notify script {program} cannot start: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_config::model::global::ScriptUser;

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
        let argvs =
            |l: Vec<Launch>| -> Vec<Vec<String>> { l.into_iter().map(|l| l.argv).collect() };
        assert_eq!(
            argvs(s.commands(Kind::Instance, "VI_1", State::Master, 150)),
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
            argvs(s.commands(Kind::Group, "G", State::Fault, 0)),
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

    #[test]
    fn each_script_runs_as_its_own_user_else_the_default_else_not_at_all() {
        let n = Notify {
            notify_master: Some(Script {
                command: "/x/master.sh".into(),
                user: Some("daemon".into()),
                group: None,
            }),
            notify: script("/x/any.sh"),
            ..Notify::default()
        };
        let mut s = NotifyScripts::new(&n);
        let users = |s: &NotifyScripts| -> Vec<Option<RunAs>> {
            s.commands(Kind::Instance, "VI_1", State::Master, 100)
                .into_iter()
                .map(|l| l.run_as)
                .collect()
        };
        let named = |user: &str| {
            Some(RunAs::User(ScriptUser {
                user: user.into(),
                group: None,
            }))
        };
        assert_eq!(users(&s), [named("daemon"), Some(RunAs::Ourselves)]);
        s.default_user = DefaultRunAs::User(ScriptUser {
            user: "nobody".into(),
            group: None,
        });
        assert_eq!(users(&s), [named("daemon"), named("nobody")]);
        s.default_user = DefaultRunAs::Refused;
        assert_eq!(users(&s), [named("daemon"), None]);
    }
}
