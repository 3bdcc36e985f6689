//! Building the command of a [`Script`]: its words, and its user and group.

use std::process::Stdio;

use nix::unistd::{Group, User};

use crate::outcome::Failure;
use crate::spec::Script;

/// A command for `script` with null standard streams, running as its user and group
/// (the user's primary group when only the user is given).
pub fn command(script: &Script) -> Result<tokio::process::Command, Failure> {
    let words = split_command(&script.command);
    let (prog, args) = words
        .split_first()
        .ok_or(Failure::Spawn(std::io::ErrorKind::InvalidInput))?;
    let mut cmd = tokio::process::Command::new(prog);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let unknown = Failure::Spawn(std::io::ErrorKind::NotFound);
    if let Some(name) = &script.user {
        let user = User::from_name(name)
            .ok()
            .flatten()
            .ok_or(unknown.clone())?;
        cmd.uid(user.uid.as_raw());
        cmd.gid(user.gid.as_raw());
    }
    if let Some(name) = &script.group {
        let group = Group::from_name(name).ok().flatten().ok_or(unknown)?;
        cmd.gid(group.gid.as_raw());
    }
    Ok(cmd)
}

/// Splits a command line as keepalived does for every script (quotes group,
/// backslashes escape); one with an unterminated quote, which the configuration
/// check reports, splits at blanks.
pub fn split_command(line: &str) -> Vec<String> {
    rvs_config::lexer::escaped_words(line)
        .unwrap_or_else(|_| line.split_whitespace().map(str::to_owned).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_with_quotes() {
        assert_eq!(
            split_command(r#"/bin/sh -c 'exit 3' "a b""#),
            ["/bin/sh", "-c", "exit 3", "a b"]
        );
        assert_eq!(split_command("  x  "), ["x"]);
        assert_eq!(split_command(r"/bin/echo a\ b"), ["/bin/echo", "a b"]);
        assert!(split_command("").is_empty());
    }

    #[test]
    fn unknown_user_is_an_error() {
        let mut s = Script::new("/bin/true");
        s.user = Some("no-such-user-rvs".into());
        assert!(matches!(
            command(&s),
            Err(Failure::Spawn(std::io::ErrorKind::NotFound))
        ));
        assert!(command(&Script::new("   ")).is_err());
    }
}
