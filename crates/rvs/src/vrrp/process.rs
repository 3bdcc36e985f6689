//! `vrrp_track_process`: whether enough (and not too many) matching processes run,
//! as keepalived 2.2.7 decides it (track_process.c, read to learn). keepalived follows
//! the kernel's process events; rvs scans /proc every 100 ms, so a process that lives
//! for less than that may go unseen. To the instances a tracked process is a tracked
//! script that always has a result (rise and fall 1): keepalived weighs both alike.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rvs_config::model::vrrp::TrackProcess;

use super::script::ScriptResult;

/// The name the instances know a tracked process by: a space cannot occur in a
/// `vrrp_script` name, so the two never collide.
pub fn tracked_name(process: &str) -> String {
    format!("process {process}")
}

/// How the parameters after the command must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ParamMatch {
    /// Only the name (comm, or argv[0] with `full_command`).
    None,
    /// Exactly these parameters.
    Exact,
    /// These parameters first, more may follow (`param_match partial`).
    Partial,
    /// Like partial, and the last one may be longer (`param_match initial`).
    Initial,
}

/// What to look for, from a `vrrp_track_process` block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessJob {
    /// [`tracked_name`] of the block's name.
    pub name: String,
    process: String,
    params: Vec<String>,
    param_match: ParamMatch,
    /// Match argv[0] of /proc/PID/cmdline, not /proc/PID/stat's comm.
    full_command: bool,
    quorum: u32,
    quorum_max: u32,
    fork_delay: Duration,
    terminate_delay: Duration,
}

impl ProcessJob {
    pub fn new(p: &TrackProcess) -> Self {
        let with_params = !p.params.is_empty() || p.param_match.is_some();
        let param_match = match p.param_match.as_deref() {
            Some("partial") => ParamMatch::Partial,
            Some("initial") => ParamMatch::Initial,
            _ if with_params => ParamMatch::Exact,
            _ => ParamMatch::None,
        };
        let delay = |d: Option<rvs_config::model::Secs>| {
            d.or(p.delay).map_or(Duration::ZERO, |s| s.as_duration())
        };
        ProcessJob {
            name: tracked_name(&p.name),
            process: p.process.clone().unwrap_or_default(),
            params: p.params.clone(),
            param_match,
            full_command: p.full_command || with_params,
            quorum: p.quorum,
            quorum_max: p.quorum_max.unwrap_or(u32::MAX),
            fork_delay: delay(p.fork_delay),
            terminate_delay: delay(p.terminate_delay),
        }
    }

    /// Whether a process with this comm and argv counts.
    fn matches(&self, comm: &str, argv: &[&str]) -> bool {
        let name = if self.full_command {
            argv.first().copied().unwrap_or("")
        } else {
            comm
        };
        if name != self.process {
            return false;
        }
        let args = argv.get(1..).unwrap_or(&[]);
        let want = &self.params;
        match self.param_match {
            ParamMatch::None => true,
            ParamMatch::Exact => args == want.as_slice(),
            ParamMatch::Partial => args.len() >= want.len() && args[..want.len()] == want[..],
            ParamMatch::Initial => match want.split_last() {
                None => true,
                Some((last, first)) => {
                    args.len() >= want.len()
                        && args[..first.len()] == *first
                        && args[first.len()].starts_with(last.as_str())
                }
            },
        }
    }
}

/// Quorum with keepalived's delays: a gained quorum counts after `fork_delay`, a lost
/// one after `terminate_delay`; a change that reverts within its delay never shows.
#[derive(Debug, Clone)]
struct Quorum {
    up: bool,
    /// The opposite state seen since then, not yet reported.
    pending_since: Option<Instant>,
}

impl Quorum {
    fn new(count: u32, job: &ProcessJob) -> Self {
        Quorum {
            up: in_quorum(count, job),
            pending_since: None,
        }
    }

    /// The state after seeing `count` processes at `now`.
    fn update(&mut self, count: u32, job: &ProcessJob, now: Instant) -> bool {
        let want = in_quorum(count, job);
        if want == self.up {
            self.pending_since = None;
            return self.up;
        }
        let since = *self.pending_since.get_or_insert(now);
        let delay = if want {
            job.fork_delay
        } else {
            job.terminate_delay
        };
        if now.duration_since(since) >= delay {
            self.up = want;
            self.pending_since = None;
        }
        self.up
    }
}

fn in_quorum(count: u32, job: &ProcessJob) -> bool {
    count >= job.quorum && count <= job.quorum_max
}

/// How many running processes each job matches (zombies excluded).
fn count(proc: &Path, jobs: &[ProcessJob]) -> Vec<u32> {
    let mut counts = vec![0; jobs.len()];
    let Ok(dir) = std::fs::read_dir(proc) else {
        return counts;
    };
    for entry in dir.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name.to_str() else {
            continue;
        };
        if !pid.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Some(comm) = stat_comm(&entry.path()) else {
            continue;
        };
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let text = String::from_utf8_lossy(&cmdline);
        let argv: Vec<&str> = text.split_terminator('\0').collect();
        for (c, job) in counts.iter_mut().zip(jobs) {
            if job.matches(&comm, &argv) {
                *c += 1;
            }
        }
    }
    counts
}

/// The comm field of /proc/PID/stat; `None` for a zombie or a vanished process.
fn stat_comm(pid_dir: &Path) -> Option<String> {
    let stat = std::fs::read_to_string(pid_dir.join("stat")).ok()?;
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let state = stat.get(close + 2..)?.chars().next()?;
    (state != 'Z').then(|| stat[open + 1..close].to_owned())
}

/// How often /proc is scanned.
const SCAN: Duration = Duration::from_millis(100);

/// Scans until `stop`, sending each job's state to its subscribers at start and on
/// every change.
pub fn run(jobs: &[(ProcessJob, Vec<Sender<ScriptResult>>)], stop: &AtomicBool) {
    let only: Vec<ProcessJob> = jobs.iter().map(|(j, _)| j.clone()).collect();
    let first = count(Path::new("/proc"), &only);
    let mut states: Vec<Quorum> = first
        .iter()
        .zip(&only)
        .map(|(c, j)| Quorum::new(*c, j))
        .collect();
    for ((job, subs), q) in jobs.iter().zip(&states) {
        send(&job.name, q.up, subs);
    }
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(SCAN);
        let now = Instant::now();
        let counts = count(Path::new("/proc"), &only);
        for (((job, subs), q), c) in jobs.iter().zip(&mut states).zip(counts) {
            let before = q.up;
            if q.update(c, job, now) != before {
                send(&job.name, q.up, subs);
            }
        }
    }
}

fn send(name: &str, up: bool, subs: &[Sender<ScriptResult>]) {
    for s in subs {
        let _ = s.send((name.to_owned(), up));
    }
}

/// Starts the scanning thread when there is something to track.
pub fn spawn(
    jobs: Vec<(ProcessJob, Vec<Sender<ScriptResult>>)>,
    stop: &Arc<AtomicBool>,
) -> Option<std::thread::JoinHandle<()>> {
    if jobs.is_empty() {
        return None;
    }
    let stop = Arc::clone(stop);
    Some(std::thread::spawn(move || run(&jobs, &stop)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(process: &str, params: &[&str], param_match: Option<&str>) -> ProcessJob {
        ProcessJob::new(&TrackProcess {
            name: "p".into(),
            process: Some(process.into()),
            params: params.iter().map(|s| s.to_string()).collect(),
            param_match: param_match.map(str::to_owned),
            full_command: false,
            quorum: 1,
            quorum_max: None,
            weight: 0,
            weight_reverse: false,
            delay: None,
            terminate_delay: None,
            fork_delay: None,
        })
    }

    #[test]
    fn names_match_exactly_as_pgrep_anchored() {
        let j = job("ssh", &[], None);
        assert!(j.matches("ssh", &["/usr/bin/ssh", "host"]));
        assert!(!j.matches("sshd", &["/usr/sbin/sshd"]), "no prefix match");
        // Parameters switch to argv[0] of the command line.
        let j = job("/usr/sbin/haproxy", &["-f", "/etc/h.cfg"], None);
        assert!(j.matches("haproxy", &["/usr/sbin/haproxy", "-f", "/etc/h.cfg"]));
        assert!(!j.matches("haproxy", &["/usr/sbin/haproxy", "-f", "/etc/h.cfg", "-D"]));
        assert!(!j.matches("haproxy", &["haproxy", "-f", "/etc/h.cfg"]));
    }

    #[test]
    fn partial_allows_more_parameters_and_initial_a_longer_last_one() {
        let p = job("prog", &["-a", "x"], Some("partial"));
        assert!(p.matches("", &["prog", "-a", "x", "-b"]));
        assert!(!p.matches("", &["prog", "-a", "xy"]));
        let i = job("prog", &["-a", "x"], Some("initial"));
        assert!(i.matches("", &["prog", "-a", "xy", "-b"]));
        assert!(!i.matches("", &["prog", "-b", "x"]));
        assert!(!i.matches("", &["prog", "-a"]));
    }

    #[test]
    fn quorum_changes_wait_out_their_delays_and_blips_never_show() {
        let mut j = job("p", &[], None);
        j.quorum = 2;
        j.quorum_max = 3;
        j.fork_delay = Duration::from_millis(500);
        j.terminate_delay = Duration::from_millis(200);
        let t0 = Instant::now();
        let at = |ms| t0 + Duration::from_millis(ms);
        let mut q = Quorum::new(1, &j);
        assert!(!q.up);
        assert!(!q.update(2, &j, at(0)), "fork delay not over");
        assert!(q.update(2, &j, at(500)));
        assert!(
            q.update(4, &j, at(600)),
            "above quorum_max: terminate delay"
        );
        assert!(
            q.update(3, &j, at(700)),
            "back within quorum: nothing happened"
        );
        assert!(q.update(4, &j, at(800)));
        assert!(!q.update(4, &j, at(1000)), "over quorum_max for 200 ms");
    }

    #[test]
    fn this_test_process_is_counted_from_proc() {
        let me = std::fs::read_to_string("/proc/self/comm").expect("comm");
        let j = job(me.trim(), &[], None);
        let counts = count(
            Path::new("/proc"),
            &[j, job("rvs-no-such-process", &[], None)],
        );
        assert!(counts[0] >= 1, "{counts:?}");
        assert_eq!(counts[1], 0);
    }
}
