//! TCP_CHECK at scale: N real servers (default 10,000), each its own listener, checked
//! every second (delay_loop 1 s), for a measured window (default 60 s) after a 5 s ramp.
//!
//!     cargo bench -p rvs-check --bench checks_tcp
//!     RVS_BENCH_REALS=1000 RVS_BENCH_SECS=20 cargo bench -p rvs-check --bench checks_tcp
//!
//! Runs as root inside its own network namespace (`rvs-t-<pid>-chkbench`): the listeners
//! are a child process (this binary again, with RVS_BENCH_LISTENER set) accepting and
//! closing on one thread, so this process's getrusage holds only the checker. Reports
//! CPU (user+sys) as % of one core per 1,000 checks/s, peak RSS (VmHWM), and the worst lateness
//! of a probe's start behind its schedule ([`rvs_check::engine::Stats`]).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use nix::sys::resource::{getrlimit, getrusage, setrlimit, Resource, UsageWho};
use rvs_check::engine::{Engine, EngineConfig, Update};
use rvs_check::spec::{CheckKind, CheckerSpec, RealSpec, ServiceSpec, TimingSpec};

const RAMP: Duration = Duration::from_secs(5);

fn env_num(key: &str, default: u64) -> u64 {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    if let Ok(n) = std::env::var("RVS_BENCH_LISTENER") {
        listen(n.parse().expect("RVS_BENCH_LISTENER is a count"));
        return;
    }
    let reals = env_num("RVS_BENCH_REALS", 10_000);
    let window = Duration::from_secs(env_num("RVS_BENCH_SECS", 60));
    // The listener process holds one descriptor per real server, the checker one per
    // probe in flight (at most EngineConfig::max_concurrent_probes).
    let want = reals + EngineConfig::default().max_concurrent_probes as u64 + 512;
    let (_, hard) = getrlimit(Resource::RLIMIT_NOFILE).expect("getrlimit");
    assert!(hard >= want, "RLIMIT_NOFILE hard limit {hard} < {want}");
    setrlimit(Resource::RLIMIT_NOFILE, want, hard).expect("raise RLIMIT_NOFILE");
    let ns = rvs_netlab::Netns::new("chkbench").expect("a namespace for the bench (root, ip)");
    ns.sysctl("net.ipv4.ip_local_port_range", "10000 65000")
        .expect("port range");
    let path = format!("/run/netns/{}", ns.name());
    let file = std::fs::File::open(&path).expect("open the namespace");
    nix::sched::setns(file, nix::sched::CloneFlags::CLONE_NEWNET).expect("setns");

    let exe = std::env::current_exe().expect("own path");
    let mut child = Command::new(exe)
        .env("RVS_BENCH_LISTENER", reals.to_string())
        .env(
            "RVS_BENCH_LIFETIME",
            (window + RAMP + Duration::from_secs(30))
                .as_secs()
                .to_string(),
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the listener process");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("listener ports");
    let ports: Vec<u16> = line
        .split_whitespace()
        .map(|p| p.parse().expect("port"))
        .collect();
    assert_eq!(ports.len() as u64, reals, "one port per real server");

    let mut svc = ServiceSpec::new("198.18.0.1:80");
    for port in ports {
        let mut check = CheckerSpec::new(CheckKind::Tcp);
        check.timing = TimingSpec {
            delay_loop: Some(Duration::from_secs(1)),
            connect_timeout: Some(Duration::from_secs(1)),
            retry: Some(1),
            delay_before_retry: Some(Duration::from_secs(1)),
            warmup: Some(Duration::from_secs(1)),
            alpha: None,
        };
        let mut real = RealSpec::new(SocketAddr::from(([127, 0, 0, 1], port)));
        real.checkers.push(check);
        svc.reals.push(real);
    }

    // As `rvs checkers`: one thread.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let report = rt.block_on(async move {
        let (engine, mut rx) = Engine::start(&[svc], EngineConfig::default());
        let stats = engine.stats();
        let downs = tokio::spawn(async move {
            let mut downs = 0u64;
            while let Some(u) = rx.recv().await {
                if matches!(u, Update::Real { up: false, .. }) {
                    downs += 1;
                }
            }
            downs
        });
        tokio::time::sleep(RAMP).await;
        let ramp_lateness = stats.take_max_lateness();
        let (probes0, cpu0, wait0, t0) = (stats.probes(), cpu(), runqueue_wait(), Instant::now());
        tokio::time::sleep(window).await;
        let (probes1, cpu1, wait1, elapsed) =
            (stats.probes(), cpu(), runqueue_wait(), t0.elapsed());
        let lateness = stats.take_max_lateness();
        engine.stop().await;
        let downs = downs.await.unwrap_or(0);
        let rate = (probes1 - probes0) as f64 / elapsed.as_secs_f64();
        let core_pct = (cpu1 - cpu0).as_secs_f64() / elapsed.as_secs_f64() * 100.0;
        let rss_mib = peak_rss_kib() as f64 / 1024.0;
        format!(
            "checks_tcp: {reals} real servers, delay_loop 1 s, window {:.1} s after a {} s ramp\n\
             checks/s                      {rate:.0}\n\
             CPU (user+sys)                {core_pct:.1} % of one core\n\
             CPU per 1,000 checks/s        {:.2} % of one core (goal < 5 %)\n\
             peak RSS                      {rss_mib:.1} MiB\n\
             peak RSS per 1,000 checks/s   {:.2} MiB\n\
             worst lateness (window)       {:.1} ms (goal < 100 ms)\n\
             worst lateness (ramp)         {:.1} ms\n\
             waiting for a CPU (window)    {:.1} % of the time (machine load)\n\
             servers reported down         {downs} (stop sequence: {reals})",
            elapsed.as_secs_f64(),
            RAMP.as_secs(),
            core_pct / (rate / 1000.0),
            rss_mib / (rate / 1000.0),
            lateness.as_secs_f64() * 1000.0,
            ramp_lateness.as_secs_f64() * 1000.0,
            (wait1 - wait0).as_secs_f64() / elapsed.as_secs_f64() * 100.0,
        )
    });
    drop(child.stdin.take());
    let _ = child.wait();
    println!("{report}");
    drop(ns);
}

/// User + system CPU time of this process so far.
fn cpu() -> Duration {
    let u = getrusage(UsageWho::RUSAGE_SELF).expect("getrusage");
    let tv = |t: nix::sys::time::TimeVal| {
        Duration::from_secs(t.tv_sec() as u64) + Duration::from_micros(t.tv_usec() as u64)
    };
    tv(u.user_time()) + tv(u.system_time())
}

/// Time this (the engine's) thread spent runnable but not running: how much the
/// machine's other work delayed it (/proc/thread-self/schedstat, second field).
fn runqueue_wait() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}

/// VmHWM: getrusage's ru_maxrss would also count the image this process was exec'd
/// from (cargo's, ~60 MiB), which Linux keeps in it across execve.
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))?
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// The listener process: `n` loopback listeners accepting and closing on one thread,
/// until stdin closes or its lifetime runs out.
fn listen(n: usize) {
    let lifetime = Duration::from_secs(env_num("RVS_BENCH_LIFETIME", 120));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async move {
        let mut ports = Vec::with_capacity(n);
        for _ in 0..n {
            let l = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind a listener");
            ports.push(l.local_addr().expect("addr").port().to_string());
            tokio::spawn(async move {
                while let Ok((c, _)) = l.accept().await {
                    drop(c);
                }
            });
        }
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", ports.join(" ")).expect("write ports");
        out.flush().expect("flush");
        drop(out);
        let stdin_closed = tokio::task::spawn_blocking(|| {
            let _ = std::io::stdin().read(&mut [0u8; 1]);
        });
        let _ = tokio::time::timeout(lifetime, stdin_closed).await;
    });
    // The stdin reader may still be blocked; do not wait for it.
    rt.shutdown_background();
}
