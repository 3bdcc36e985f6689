//! `vrrp_script`s: each runs on its own thread every `interval`, killed after `timeout`;
//! every result goes to the instances that track it. Success is exit status 0, as in
//! keepalived.

use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rvs_config::model::script::RunAs;

/// One `vrrp_script` that some running instance tracks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptJob {
    pub name: String,
    /// Program and arguments, run without a shell as keepalived does.
    pub argv: Vec<String>,
    pub run_as: RunAs,
    pub interval: Duration,
    pub timeout: Duration,
}

/// A finished run: the script's name and whether it succeeded.
pub type ScriptResult = (String, bool);

/// How often a waiting thread looks at the stop flag.
const POLL: Duration = Duration::from_millis(10);

/// Runs `job` now and every `interval` after each start, until `stop` is set or
/// every subscriber is gone.
pub fn run_script(job: &ScriptJob, subscribers: &[Sender<ScriptResult>], stop: &AtomicBool) {
    while !stop.load(Ordering::Relaxed) {
        let started = Instant::now();
        let success = run_once(job, stop);
        let delivered = subscribers
            .iter()
            .filter(|s| s.send((job.name.clone(), success)).is_ok())
            .count();
        if delivered == 0 {
            return;
        }
        while started.elapsed() < job.interval && !stop.load(Ordering::Relaxed) {
            std::thread::sleep(POLL);
        }
    }
}

/// One run: true when it exited 0 within the timeout. A script that cannot be started
/// or is killed for time counts as failed (keepalived's result is the same).
pub fn run_once(job: &ScriptJob, stop: &AtomicBool) -> bool {
    let Some((program, args)) = job.argv.split_first() else {
        return false;
    };
    let mut cmd = Command::new(program);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Err(e) = crate::run_as::apply(&mut cmd, &job.run_as) {
        eprintln!("rvs: script {} cannot start: {e}", job.name);
        return false;
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("rvs: script {} cannot start: {e}", job.name);
            return false;
        }
    };
    let deadline = Instant::now() + job.timeout;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status.success(),
            Ok(None) if Instant::now() < deadline && !stop.load(Ordering::Relaxed) => {
                std::thread::sleep(POLL)
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return false;
            }
        }
    }
}

/// Starts a thread per job; `subscribers[i]` receive the results of `jobs[i]`.
pub fn spawn_all(
    jobs: Vec<(ScriptJob, Vec<Sender<ScriptResult>>)>,
    stop: &Arc<AtomicBool>,
) -> Vec<std::thread::JoinHandle<()>> {
    jobs.into_iter()
        .map(|(job, subs)| {
            let stop = Arc::clone(stop);
            std::thread::spawn(move || run_script(&job, &subs, &stop))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(argv: &[&str], timeout_ms: u64) -> ScriptJob {
        ScriptJob {
            name: "chk".into(),
            argv: argv.iter().map(|s| s.to_string()).collect(),
            run_as: RunAs::Ourselves,
            interval: Duration::from_millis(50),
            timeout: Duration::from_millis(timeout_ms),
        }
    }

    #[test]
    fn exit_status_zero_is_success() {
        let stop = AtomicBool::new(false);
        assert!(run_once(&job(&["true"], 2000), &stop));
        assert!(!run_once(&job(&["false"], 2000), &stop));
        assert!(!run_once(&job(&["/nonexistent/chk"], 2000), &stop));
    }

    #[test]
    fn a_script_past_its_timeout_is_killed_and_failed() {
        let stop = AtomicBool::new(false);
        let start = Instant::now();
        assert!(!run_once(&job(&["sleep", "5"], 200), &stop));
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn results_repeat_every_interval_until_stopped() {
        let stop = Arc::new(AtomicBool::new(false));
        let (tx, rx) = std::sync::mpsc::channel();
        let threads = spawn_all(vec![(job(&["true"], 2000), vec![tx])], &stop);
        for _ in 0..3 {
            let r = rx.recv_timeout(Duration::from_secs(2)).expect("a result");
            assert_eq!(r, ("chk".to_string(), true));
        }
        stop.store(true, Ordering::Relaxed);
        for t in threads {
            t.join().expect("script thread");
        }
    }

    #[test]
    fn a_script_runs_as_its_user() {
        let nobody = nix::unistd::User::from_name("nobody")
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("this test needs the user nobody"));
        let test = format!("test $(id -u) = {}", nobody.uid);
        let mut j = job(&["sh", "-c", &test], 2000);
        let stop = AtomicBool::new(false);
        assert!(!run_once(&j, &stop), "rvs's own user (root) is not nobody");
        j.run_as = RunAs::User(rvs_config::model::global::ScriptUser {
            user: "nobody".into(),
            group: None,
        });
        assert!(run_once(&j, &stop), "the script ran as nobody");
        j.run_as = RunAs::User(rvs_config::model::global::ScriptUser {
            user: "no-such-user-rvs".into(),
            group: None,
        });
        assert!(!run_once(&j, &stop), "an unknown user fails the script");
    }
}
