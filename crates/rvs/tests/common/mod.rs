//! Running `keepalived -t` and `rvs check` side by side inside network namespaces.
//!
//! Shared by the differential tests; each test binary uses part of it.
#![allow(dead_code)]

use rvs_netlab::{Netns, Output};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// Far longer than either program needs on these files (tens of milliseconds).
/// keepalived 2.2.7 loops forever on a self-referencing `$NAME` definition; a run
/// killed at this limit counts as "invalid" for keepalived and as a crash for rvs.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(5);

/// The interfaces keepalived's own samples name, created in the "present" namespace.
pub const SAMPLE_INTERFACES: &[&str] = &["eth0", "eth1", "eth2", "eth3", "eth0.1"];

/// Fails the test naming the package when keepalived is not installed.
pub fn require_keepalived() {
    match Command::new("keepalived").arg("--version").output() {
        Ok(o)
            if String::from_utf8_lossy(&o.stderr).contains("Keepalived v2.2.7")
                || String::from_utf8_lossy(&o.stdout).contains("Keepalived v2.2.7") => {}
        Ok(o) => panic!(
            "these tests compare with keepalived 2.2.7, found: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => panic!("keepalived is not runnable ({e}): apt-get install keepalived"),
    }
}

/// A namespace where `interfaces` exist (as veth ends, up) besides `lo`.
pub fn namespace_with(tag: &str, interfaces: &BTreeSet<String>) -> Netns {
    let ns = Netns::new(tag).unwrap_or_else(|e| panic!("namespace {tag}: {e}"));
    for (i, name) in interfaces.iter().enumerate() {
        let peer = format!("rvsp{i}");
        ns.add_veth(name, &peer)
            .unwrap_or_else(|e| panic!("creating interface {name} in {tag}: {e}"));
        ns.link_up(name)
            .unwrap_or_else(|e| panic!("bringing {name} up in {tag}: {e}"));
    }
    ns
}

/// Interface names a configuration mentions: after `interface`, `dev`,
/// `lvs_sync_daemon_interface`, `lvs_sync_daemon`, and inside `track_interface` blocks.
pub fn interfaces_named(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut in_track = false;
    for line in text.lines() {
        let line = line.split(['#', '!']).next().unwrap_or("");
        let words: Vec<&str> = line.split_whitespace().collect();
        if in_track {
            if words.contains(&"}") {
                in_track = false;
            } else if let Some(w) = words.first() {
                names.insert((*w).to_owned());
            }
            continue;
        }
        for pair in words.windows(2) {
            if matches!(
                pair[0],
                "interface" | "dev" | "lvs_sync_daemon_interface" | "lvs_sync_daemon"
            ) {
                names.insert(pair[1].to_owned());
            }
        }
        if words.first() == Some(&"track_interface") && !words.contains(&"}") {
            in_track = true;
        }
    }
    names.retain(|n| n.len() <= 15 && !n.contains(['/', ':', '{', '}', '$']));
    names
}

/// What one program said about one file.
#[derive(Debug, Clone)]
pub struct Run {
    pub code: Option<i32>,
    pub text: String,
}

impl Run {
    pub fn valid(&self) -> bool {
        self.code == Some(0)
    }

    fn from(result: Result<Output, rvs_netlab::Error>, what: &str) -> Run {
        match result {
            Ok(out) => Run {
                code: out.status.code(),
                text: format!("{}{}", out.stdout, out.stderr),
            },
            Err(rvs_netlab::Error::Timeout { timeout, .. }) => Run {
                code: None,
                text: format!("{what} did not finish within {timeout:?} and was killed\n"),
            },
            Err(e) => panic!("{what}: {e}"),
        }
    }

    /// For `rvs check`: anything but 0 (clean), 1 (errors) or 2 (warnings) is a crash
    /// (a panic exits 101, a signal has no code), which must never pass as "invalid".
    pub fn rvs_crashed(&self) -> bool {
        !matches!(self.code, Some(0..=2))
    }

    pub fn verdict(&self) -> &'static str {
        if self.valid() {
            "valid"
        } else {
            "invalid"
        }
    }
}

/// `keepalived -t -f FILE -l` inside `ns`.
pub fn keepalived_t(ns: &Netns, file: &Path) -> Run {
    let mut cmd = ns.command("keepalived");
    cmd.arg("-t").arg("-f").arg(file).arg("-l");
    let what = format!("keepalived -t -f {}", file.display());
    Run::from(rvs_netlab::run_with_timeout(&mut cmd, RUN_TIMEOUT), &what)
}

/// `rvs check -f FILE` inside `ns`.
pub fn rvs_check(ns: &Netns, file: &Path) -> Run {
    let mut cmd = ns.command(env!("CARGO_BIN_EXE_rvs"));
    cmd.arg("check").arg("-f").arg(file);
    let what = format!("rvs check -f {}", file.display());
    Run::from(rvs_netlab::run_with_timeout(&mut cmd, RUN_TIMEOUT), &what)
}

/// The rvs diagnostic lines (`...: error: ...` / `...: warning: ...`) that do not start
/// with `file:line:col:`.
pub fn unplaced_diagnostics(rvs_output: &str) -> Vec<String> {
    rvs_output
        .lines()
        .filter(|l| !is_source_excerpt(l))
        .filter(|l| l.contains("error: ") || l.contains("warning: "))
        .filter(|l| !starts_with_place(l))
        .map(str::to_owned)
        .collect()
}

/// The quoted source line (`12 | text`) or caret line (`   | ^^^`) under a diagnostic.
fn is_source_excerpt(line: &str) -> bool {
    let rest = line
        .trim_start()
        .trim_start_matches(|c: char| c.is_ascii_digit());
    rest.starts_with(" | ") || rest.starts_with("| ")
}

/// Whether a line starts `PATH:LINE:COL: `.
fn starts_with_place(line: &str) -> bool {
    let mut parts = line.splitn(4, ':');
    let (Some(path), Some(l), Some(c), Some(_)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    !path.is_empty()
        && !l.is_empty()
        && l.bytes().all(|b| b.is_ascii_digit())
        && !c.is_empty()
        && c.bytes().all(|b| b.is_ascii_digit())
}

/// Both outputs, indented, for a failure message.
pub fn show(label: &str, keepalived: &Run, rvs: &Run) -> String {
    let indent = |s: &str| s.lines().map(|l| format!("    {l}\n")).collect::<String>();
    format!(
        "{label}: keepalived -t says {} (exit {:?}), rvs check says {} (exit {:?})\n  keepalived:\n{}  rvs:\n{}",
        keepalived.verdict(),
        keepalived.code,
        rvs.verdict(),
        rvs.code,
        indent(&keepalived.text),
        indent(&rvs.text)
    )
}
