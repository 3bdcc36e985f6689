//! MISC_CHECK: run a program; exit 0 is success, 1 failure, and with `misc_dynamic` 2-255
//! are successes setting the weight to code - 2 (0 restores the configured weight). The program runs in its own process group,
//! killed whole when the probe is dropped (its deadline passed).

use nix::sys::signal::{killpg, Signal};
use nix::unistd::Pid;

use crate::outcome::{Failure, Outcome};
use crate::spec::MiscSpec;

/// `configured_weight` is what exit 0 restores under `misc_dynamic` (keepalived sets the
/// weight back to the real server's configured one).
pub async fn check(spec: &MiscSpec, configured_weight: u32) -> Outcome {
    let mut cmd = match super::script::command(&spec.path) {
        Ok(c) => c,
        Err(f) => return f.into(),
    };
    cmd.process_group(0).kill_on_drop(true);
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
            Some(0) if spec.dynamic => Outcome::Success {
                weight: Some(configured_weight),
            },
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
