//! Scripts keepalived runs (notify, track, checker scripts): the command line
//! as written and who runs it.

use serde::{Deserialize, Serialize};

use super::global::{GlobalDefs, ScriptUser};

/// keepalived's default user for scripts that name none.
pub const DEFAULT_SCRIPT_USER: &str = "keepalived_script";

/// A command line as keepalived runs it: the first word is the program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Script {
    pub command: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub group: Option<String>,
}

impl Script {
    /// The command split into program and arguments the way keepalived does
    /// (quotes group, backslashes escape); a command with an unterminated
    /// quote, which the parser already reported, splits at blanks.
    pub fn argv(&self) -> Vec<String> {
        crate::lexer::escaped_words(&self.command)
            .unwrap_or_else(|_| self.command.split_whitespace().map(str::to_owned).collect())
    }

    /// The program: the first word of the command line.
    pub fn program(&self) -> Option<String> {
        self.argv().into_iter().next()
    }

    /// Who runs this script: its own `user [group]`, else `default`. `None`: nobody
    /// may (keepalived removes the script).
    pub fn run_as(&self, default: &DefaultRunAs) -> Option<RunAs> {
        match &self.user {
            Some(user) => Some(RunAs::User(ScriptUser {
                user: user.clone(),
                group: self.group.clone(),
            })),
            None => default.run_as(),
        }
    }
}

/// Who runs a script, by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunAs {
    /// The daemon's own user.
    Ourselves,
    /// This user, with this group or else the user's own.
    User(ScriptUser),
}

/// Who runs the scripts that name no user of their own, as keepalived 2.2.7 decides
/// once per configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum DefaultRunAs {
    #[default]
    Ourselves,
    User(ScriptUser),
    /// `enable_script_security` without a default user: such scripts do not run.
    Refused,
}

impl DefaultRunAs {
    /// `global_defs script_user`; else `keepalived_script` when that user exists
    /// (`keepalived_script_exists`); else the daemon's own user, which
    /// `enable_script_security` forbids.
    pub fn new(g: &GlobalDefs, keepalived_script_exists: bool) -> Self {
        if let Some(u) = &g.script_user {
            DefaultRunAs::User(u.clone())
        } else if keepalived_script_exists {
            DefaultRunAs::User(ScriptUser {
                user: DEFAULT_SCRIPT_USER.to_owned(),
                group: None,
            })
        } else if g.enable_script_security {
            DefaultRunAs::Refused
        } else {
            DefaultRunAs::Ourselves
        }
    }

    pub fn run_as(&self) -> Option<RunAs> {
        match self {
            DefaultRunAs::Ourselves => Some(RunAs::Ourselves),
            DefaultRunAs::User(u) => Some(RunAs::User(u.clone())),
            DefaultRunAs::Refused => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn script(user: Option<&str>, group: Option<&str>) -> Script {
        Script {
            command: "/bin/true".into(),
            user: user.map(str::to_owned),
            group: group.map(str::to_owned),
        }
    }

    fn named(user: &str, group: Option<&str>) -> RunAs {
        RunAs::User(ScriptUser {
            user: user.into(),
            group: group.map(str::to_owned),
        })
    }

    #[test]
    fn a_scripts_own_user_comes_first_then_script_user_then_keepalived_script_then_root() {
        let mut g = GlobalDefs {
            script_user: Some(ScriptUser {
                user: "nobody".into(),
                group: Some("nogroup".into()),
            }),
            ..GlobalDefs::default()
        };
        let with_script_user = DefaultRunAs::new(&g, true);
        assert_eq!(
            script(Some("daemon"), None).run_as(&with_script_user),
            Some(named("daemon", None))
        );
        assert_eq!(
            script(None, None).run_as(&with_script_user),
            Some(named("nobody", Some("nogroup")))
        );
        g.script_user = None;
        assert_eq!(
            script(None, None).run_as(&DefaultRunAs::new(&g, true)),
            Some(named(DEFAULT_SCRIPT_USER, None))
        );
        assert_eq!(
            script(None, None).run_as(&DefaultRunAs::new(&g, false)),
            Some(RunAs::Ourselves)
        );
    }

    #[test]
    fn script_security_without_a_default_user_runs_only_scripts_that_name_one() {
        let g = GlobalDefs {
            enable_script_security: true,
            ..GlobalDefs::default()
        };
        let d = DefaultRunAs::new(&g, false);
        assert_eq!(d, DefaultRunAs::Refused);
        assert_eq!(script(None, None).run_as(&d), None);
        assert_eq!(
            script(Some("daemon"), Some("daemon")).run_as(&d),
            Some(named("daemon", Some("daemon")))
        );
    }
}
