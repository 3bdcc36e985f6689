//! `rvs check` against `keepalived -t` on one large configuration: 10,000 virtual
//! servers × 10 real servers with TCP_CHECK, spread over 100 included files.
//!
//! Run: `cargo bench -p rvs --bench check_vs_keepalived`. Prints wall time (best and
//! median of a few runs) and peak memory (max RSS from `/usr/bin/time`) of both, and
//! the ratios. Needs keepalived 2.2.7 and GNU time (`apt-get install keepalived time`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const FILES: usize = 100;
const SERVERS_PER_FILE: usize = 100;
const REALS: usize = 10;
const RUNS: usize = 5;

/// Writes the configuration; returns the main file.
fn generate(dir: &Path) -> PathBuf {
    let conf_d = dir.join("vs.d");
    std::fs::create_dir_all(&conf_d)
        .unwrap_or_else(|e| panic!("creating {}: {e}", conf_d.display()));
    for f in 0..FILES {
        let mut text = String::new();
        for s in 0..SERVERS_PER_FILE {
            let i = f * SERVERS_PER_FILE + s;
            let _ = write!(
                text,
                "virtual_server 198.18.{}.{} 80 {{\n    delay_loop 10\n    lb_algo wrr\n    lb_kind NAT\n    protocol TCP\n",
                i / 256,
                i % 256
            );
            for r in 0..REALS {
                let _ = write!(
                    text,
                    "    real_server 198.19.{}.{} 8080 {{\n        weight {}\n        TCP_CHECK {{\n            connect_timeout 3\n            connect_port 8080\n        }}\n    }}\n",
                    i % 250,
                    r + 1,
                    r + 1
                );
            }
            text.push_str("}\n");
        }
        let path = conf_d.join(format!("vs{f:03}.conf"));
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    }
    let main = dir.join("keepalived.conf");
    std::fs::write(
        &main,
        "global_defs {\n    router_id RVS_BENCH\n}\ninclude vs.d/*.conf\n",
    )
    .unwrap_or_else(|e| panic!("writing {}: {e}", main.display()));
    main
}

struct Sample {
    wall: Duration,
    max_rss_kib: u64,
    code: Option<i32>,
}

/// One run under `/usr/bin/time -f %M`, which reports the child's peak RSS in KiB.
fn measure(program: &str, args: &[&str], scratch: &Path) -> Sample {
    let rss_file = scratch.join("maxrss");
    let start = Instant::now();
    let status = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&rss_file)
        .arg(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("running /usr/bin/time {program}: {e} (apt-get install time)"));
    let wall = start.elapsed();
    let text = std::fs::read_to_string(&rss_file)
        .unwrap_or_else(|e| panic!("reading {}: {e}", rss_file.display()));
    // GNU time puts "Command exited with non-zero status N" before the figure.
    let max_rss_kib = text
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .next_back()
        .unwrap_or_else(|| panic!("no max RSS in {text:?}"));
    Sample {
        wall,
        max_rss_kib,
        code: status.code(),
    }
}

struct Summary {
    best: Duration,
    median: Duration,
    max_rss_kib: u64,
    code: Option<i32>,
}

fn run(program: &str, args: &[&str], scratch: &Path) -> Summary {
    let mut samples: Vec<Sample> = (0..RUNS).map(|_| measure(program, args, scratch)).collect();
    samples.sort_by_key(|s| s.wall);
    Summary {
        best: samples[0].wall,
        median: samples[RUNS / 2].wall,
        max_rss_kib: samples.iter().map(|s| s.max_rss_kib).max().unwrap_or(0),
        code: samples[0].code,
    }
}

fn main() {
    for (tool, package) in [("keepalived", "keepalived"), ("/usr/bin/time", "time")] {
        let ok = Command::new(tool)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "{tool} is not runnable: apt-get install {package}");
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check_vs_keepalived");
    if dir.exists() {
        std::fs::remove_dir_all(&dir).unwrap_or_else(|e| panic!("clearing {}: {e}", dir.display()));
    }
    let main = generate(&dir);
    let file = main.to_string_lossy().into_owned();
    println!(
        "config: {} virtual servers x {REALS} real servers (TCP_CHECK) in {FILES} included files, {RUNS} runs each",
        FILES * SERVERS_PER_FILE
    );
    let rvs = run(env!("CARGO_BIN_EXE_rvs"), &["check", "-f", &file], &dir);
    let ka = run("keepalived", &["-t", "-f", &file, "-l"], &dir);
    for (name, s) in [("rvs check", &rvs), ("keepalived -t", &ka)] {
        println!(
            "{name:14} best {:8.1} ms  median {:8.1} ms  max RSS {:7} KiB  exit {:?}",
            s.best.as_secs_f64() * 1e3,
            s.median.as_secs_f64() * 1e3,
            s.max_rss_kib,
            s.code
        );
    }
    println!(
        "keepalived/rvs: time {:.2}x (median {:.2}x), memory {:.2}x",
        ka.best.as_secs_f64() / rvs.best.as_secs_f64(),
        ka.median.as_secs_f64() / rvs.median.as_secs_f64(),
        ka.max_rss_kib as f64 / rvs.max_rss_kib.max(1) as f64
    );
    if ka.code != Some(0) {
        println!(
            "note: keepalived -t exited {:?}; the generated file should be valid",
            ka.code
        );
    }
    if rvs.code != Some(0) {
        println!(
            "note: rvs check exited {:?}; its verdict differs from a clean check",
            rvs.code
        );
    }
}
