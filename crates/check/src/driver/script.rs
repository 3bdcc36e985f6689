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

/// Splits a command line on blanks, honouring single and double quotes.
pub fn split_command(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote = None;
    for ch in line.chars() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.push(c),
            (None, '"' | '\'') => {
                quote = Some(ch);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            (None, c) => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    words
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
