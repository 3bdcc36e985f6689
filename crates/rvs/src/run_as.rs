//! Starting scripts as the user keepalived would run them as: the script's own
//! `user [group]`, else `script_user`, else `keepalived_script` when it exists,
//! else rvs's own user (`rvs_config::model::script::DefaultRunAs`).

use std::os::unix::process::CommandExt;
use std::process::Command;

use nix::unistd::{Group, User};
use rvs_config::model::script::{DefaultRunAs, RunAs, DEFAULT_SCRIPT_USER};
use rvs_config::model::GlobalDefs;
use rvs_config::Host;

/// The default for this configuration on this machine.
pub fn default_for(g: &GlobalDefs) -> DefaultRunAs {
    DefaultRunAs::new(g, crate::host::System.user_exists(DEFAULT_SCRIPT_USER))
}

#[derive(Debug, thiserror::Error)]
pub enum RunAsError {
    #[error("no user '{0}' on this machine")]
    NoUser(String),
    #[error("no group '{0}' on this machine")]
    NoGroup(String),
}

/// Sets `cmd` to run as `run_as` (with no supplementary groups, as the standard
/// library does when it changes the user).
pub fn apply(cmd: &mut Command, run_as: &RunAs) -> Result<(), RunAsError> {
    let RunAs::User(u) = run_as else {
        return Ok(());
    };
    let user = User::from_name(&u.user)
        .ok()
        .flatten()
        .ok_or_else(|| RunAsError::NoUser(u.user.clone()))?;
    let gid = match &u.group {
        Some(name) => {
            Group::from_name(name)
                .ok()
                .flatten()
                .ok_or_else(|| RunAsError::NoGroup(name.clone()))?
                .gid
        }
        None => user.gid,
    };
    cmd.uid(user.uid.as_raw()).gid(gid.as_raw());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_config::model::global::ScriptUser;

    fn ids_printed_by(run_as: &RunAs) -> String {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "echo $(id -u) $(id -g)"]);
        apply(&mut cmd, run_as).unwrap_or_else(|e| panic!("{e}"));
        let out = cmd.output().unwrap_or_else(|e| panic!("running id: {e}"));
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    #[test]
    fn a_script_runs_as_its_user_and_group() {
        assert!(
            nix::unistd::geteuid().is_root(),
            "this test needs root to change users"
        );
        let nobody = User::from_name("nobody")
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("this test needs the user nobody"));
        let daemon = Group::from_name("daemon")
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("this test needs the group daemon"));
        let user = |group: Option<&str>| {
            RunAs::User(ScriptUser {
                user: "nobody".into(),
                group: group.map(str::to_owned),
            })
        };
        assert_eq!(
            ids_printed_by(&user(None)),
            format!("{} {}", nobody.uid, nobody.gid)
        );
        assert_eq!(
            ids_printed_by(&user(Some("daemon"))),
            format!("{} {}", nobody.uid, daemon.gid)
        );
        assert_eq!(ids_printed_by(&RunAs::Ourselves), "0 0");
    }

    #[test]
    fn an_unknown_user_or_group_is_refused_by_name() {
        let mut cmd = Command::new("true");
        let err = apply(
            &mut cmd,
            &RunAs::User(ScriptUser {
                user: "no-such-user-rvs".into(),
                group: None,
            }),
        )
        .err()
        .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("no user 'no-such-user-rvs' on this machine")
        );
        let err = apply(
            &mut cmd,
            &RunAs::User(ScriptUser {
                user: "nobody".into(),
                group: Some("no-such-group-rvs".into()),
            }),
        )
        .err()
        .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("no group 'no-such-group-rvs' on this machine")
        );
    }
}
