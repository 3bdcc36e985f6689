//! MISC_CHECK: run a program; exit 0 is success, 1 failure, and with `misc_dynamic` 2-255
//! are successes setting the weight to code - 2. The program runs in its own process group,
//! killed whole when the probe is dropped (its deadline passed).

use std::process::Stdio;

use nix::sys::signal::{killpg, Signal};
use nix::unistd::Pid;

use crate::outcome::{Failure, Outcome};
use crate::spec::MiscSpec;

pub async fn check(spec: &MiscSpec) -> Outcome {
    let words = split_command(&spec.path.command);
    let Some((prog, args)) = words.split_first() else {
        return Failure::Spawn(std::io::ErrorKind::InvalidInput).into();
    };
    let mut cmd = tokio::process::Command::new(prog);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .kill_on_drop(true);
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Failure::Spawn(e.kind()).into(),
    };
    let mut group = KillGroup(child.id().and_then(|id| i32::try_from(id).ok()));
    let status = child.wait().await;
    // The leader exited: leave any descendants alone, as keepalived does.
    group.0 = None;
    match status {
        Err(e) => Failure::Spawn(e.kind()).into(),
        Ok(st) => match st.code() {
            Some(0) => Outcome::SUCCESS,
            Some(code @ 2..=255) if spec.dynamic => Outcome::Success {
                weight: u32::try_from(code - 2).ok(),
            },
            Some(code) => Failure::Exit(code).into(),
            None => Failure::Signal.into(),
        },
    }
}

/// Kills the script's process group if the probe is abandoned while it runs.
struct KillGroup(Option<i32>);

impl Drop for KillGroup {
    fn drop(&mut self) {
        if let Some(pid) = self.0 {
            let _ = killpg(Pid::from_raw(pid), Signal::SIGKILL);
        }
    }
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
    use super::split_command;

    #[test]
    fn splits_with_quotes() {
        assert_eq!(
            split_command(r#"/bin/sh -c 'exit 3' "a b""#),
            ["/bin/sh", "-c", "exit 3", "a b"]
        );
        assert_eq!(split_command("  x  "), ["x"]);
        assert!(split_command("").is_empty());
    }
}
