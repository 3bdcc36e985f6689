//! The engine's schedule in real time, against real servers, compared with keepalived
//! 2.2.7's (the formulas come from its epilogs and the trace in
//! `tests/keepalived-timing/README.md`). Each test makes its server stop answering, or
//! answer again, right after a probe it saw, so the expected transition time is exact;
//! it is asserted within ±150 ms and printed (`cargo test -- --nocapture`). The tests
//! run at nice -15 so that a busy machine's other processes do not add their delays.
//!
//! L is delay_loop, C connect_timeout, R retry, D delay_before_retry, T misc_timeout.

mod common;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use rvs_check::engine::{Engine, EngineConfig, Update};
use rvs_check::spec::{
    CheckKind, CheckerSpec, HttpSpec, MiscSpec, RealSpec, Script, ServiceSpec, SmtpSpec,
    TimingSpec, UrlSpec,
};
use rvs_check::Options;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::mpsc::{self, UnboundedReceiver};

const TOLERANCE: Duration = Duration::from_millis(150);

/// No bootstrap delay and no warmup: the first probe is at start, the schedule exact.
fn cfg() -> EngineConfig {
    EngineConfig {
        options: Options {
            seed: 1,
            bootstrap_delay: Duration::ZERO,
        },
        ..EngineConfig::default()
    }
}

#[derive(Clone, Copy)]
struct Sched {
    l: f64,
    c: f64,
    r: u32,
    d: f64,
}

impl Sched {
    fn timing(self) -> TimingSpec {
        TimingSpec {
            delay_loop: Some(secs(self.l)),
            connect_timeout: Some(secs(self.c)),
            retry: Some(self.r),
            delay_before_retry: Some(secs(self.d)),
            warmup: Some(Duration::ZERO),
            alpha: None,
        }
    }

    /// keepalived's down time for probes that each fail after C: the next probe L
    /// after the last success, R retries D apart, the last failure C after it starts.
    fn down_after(self, last_success: Instant) -> Instant {
        last_success + secs(self.l + f64::from(self.r) * (self.c + self.d) + self.c)
    }
}

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

fn service(addr: SocketAddr, kind: CheckKind, timing: TimingSpec) -> ServiceSpec {
    let mut check = CheckerSpec::new(kind);
    check.timing = timing;
    let mut real = RealSpec::new(addr);
    real.checkers.push(check);
    let mut svc = ServiceSpec::new("198.18.0.1:80");
    svc.reals.push(real);
    svc
}

/// The next change of the (only) real server within `limit`: when it arrived, and up/down.
async fn transition(
    rx: &mut UnboundedReceiver<Update>,
    limit: Duration,
) -> Option<(Instant, bool)> {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        match tokio::time::timeout_at(deadline, rx.recv()).await {
            Ok(Some(Update::Real { up, .. })) => return Some((Instant::now(), up)),
            Ok(Some(_)) => continue,
            Ok(None) | Err(_) => return None,
        }
    }
}

/// Waits up to `limit` for the next transition, which must go `up` (or down), and logs
/// how long after the call (the test's change to the server) it came; when it came.
async fn next_transition(
    rx: &mut UnboundedReceiver<Update>,
    up: bool,
    limit: Duration,
    what: &str,
) -> Instant {
    let since = Instant::now();
    let (at, went_up) = transition(rx, limit)
        .await
        .unwrap_or_else(|| panic!("{what}: no transition within {limit:?}"));
    assert_eq!(went_up, up, "{what}: the transition's direction");
    eprintln!("{what} {:?}", at - since);
    at
}

/// Asserts that `what` happened at `want` (keepalived's `formula`) within ±150 ms; times
/// are shown in seconds since `t0`.
fn check_at(t0: Instant, what: &str, formula: &str, got: Instant, want: Instant) {
    let s = |t: Instant| t.saturating_duration_since(t0).as_secs_f64();
    let err_ms = (s(got) - s(want)) * 1000.0;
    eprintln!(
        "{what}: at {:.3} s, keepalived {formula} = {:.3} s ({err_ms:+.0} ms)",
        s(got),
        s(want)
    );
    assert!(
        err_ms.abs() <= TOLERANCE.as_secs_f64() * 1000.0,
        "{what}: keepalived's schedule {formula} = {:.3} s, got {:.3} s ({err_ms:+.0} ms)",
        s(want),
        s(got)
    );
}

async fn accept(l: &TcpListener, limit: Duration) -> Instant {
    let (conn, _) = tokio::time::timeout(limit, l.accept())
        .await
        .expect("a probe within the limit")
        .expect("accept");
    drop(conn);
    Instant::now()
}

async fn expect_initial_up(rx: &mut UnboundedReceiver<Update>) {
    let first = transition(rx, Duration::from_secs(1)).await;
    assert_eq!(first.map(|f| f.1), Some(true), "initial state: up");
}

/// TCP_CHECK against a closed port: every probe fails at once. keepalived's `tcp_epilog`:
/// the next probe is L after the last success, then R retries D apart, and the last
/// failure takes the server down; once down it probes every L and one success is enough.
#[tokio::test]
async fn tcp_refused_goes_down_and_up_on_keepalived_schedule() {
    raise_priority();
    let s = Sched {
        l: 1.0,
        c: 0.5,
        r: 2,
        d: 0.3,
    };
    let l = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = l.local_addr().expect("addr");
    let (engine, mut rx) = Engine::start(&[service(addr, CheckKind::Tcp, s.timing())], cfg());
    let t0 = Instant::now();
    expect_initial_up(&mut rx).await;
    let mut last = t0;
    for _ in 0..2 {
        last = accept(&l, secs(s.l + 0.5)).await;
    }
    drop(l);
    let down = next_transition(
        &mut rx,
        false,
        Duration::from_secs(5),
        "TCP refused: stop -> down",
    )
    .await;
    check_at(
        t0,
        "TCP refused: down",
        "last success + L + R*D",
        down,
        last + secs(s.l + f64::from(s.r) * s.d),
    );

    tokio::time::sleep(Duration::from_millis(200)).await;
    let _l = TcpListener::bind(addr).await.expect("rebind the port");
    let up = next_transition(
        &mut rx,
        true,
        Duration::from_secs(3),
        "TCP refused: restore -> up",
    )
    .await;
    check_at(t0, "TCP refused: up", "down + L", up, down + secs(s.l));
    engine.stop().await;
}

/// TCP_CHECK against a blackholed port (an nftables drop rule in a test namespace): every
/// probe lasts C. Down at last success + L + R*(C + D) + C; once down, the next probe
/// starts L after the failure that took it down.
#[test]
fn tcp_blackholed_goes_down_and_up_on_keepalived_schedule() {
    let ns = netns("chk-blackhole");
    let name = ns.name().to_owned();
    let s = Sched {
        l: 1.0,
        c: 0.5,
        r: 1,
        d: 0.3,
    };
    block_on_in_boosted(&ns, || async move {
        let l = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = l.local_addr().expect("addr");
        blackhole(&name, &[]).await;
        let (engine, mut rx) = Engine::start(&[service(addr, CheckKind::Tcp, s.timing())], cfg());
        let t0 = Instant::now();
        expect_initial_up(&mut rx).await;
        let mut last = t0;
        for _ in 0..2 {
            last = accept(&l, secs(s.l + 0.5)).await;
        }
        let rule = format!("add rule inet rvs in tcp dport {} drop", addr.port());
        nft(&name, &rule).await;
        let down = next_transition(
            &mut rx,
            false,
            Duration::from_secs(5),
            "TCP blackholed: stop -> down",
        )
        .await;
        check_at(
            t0,
            "TCP blackholed: down",
            "last success + L + R*(C+D) + C",
            down,
            s.down_after(last),
        );

        tokio::time::sleep(Duration::from_millis(200)).await;
        nft(&name, "flush chain inet rvs in").await;
        let up = next_transition(
            &mut rx,
            true,
            Duration::from_secs(3),
            "TCP blackholed: restore -> up",
        )
        .await;
        check_at(t0, "TCP blackholed: up", "down + L", up, down + secs(s.l));
        engine.stop().await;
    });
}

/// HTTP_GET against a server that accepts and never answers: each probe lasts C. Down
/// after R + 1 failures: last success + L + R*(C + D) + C. keepalived then retries the
/// failed URL every max(D, L); once it passes, every URL must pass again in turn
/// (one URL here), L apart: up at down + max(D, L) + L.
#[tokio::test]
async fn http_silent_goes_down_and_up_on_keepalived_schedule() {
    raise_priority();
    let s = Sched {
        l: 1.0,
        c: 0.5,
        r: 1,
        d: 0.3,
    };
    let srv = HttpServer::start(None).await;
    let kind = CheckKind::Http(HttpSpec {
        urls: vec![UrlSpec::new("/health")],
        ..Default::default()
    });
    let (engine, mut rx) = Engine::start(&[service(srv.addr, kind, s.timing())], cfg());
    let t0 = Instant::now();
    expect_initial_up(&mut rx).await;
    let last = loop {
        let seen = srv.state.lock().expect("state").request_times.clone();
        if seen.len() >= 2 {
            srv.set(|st| st.mode = Mode::Silent);
            break seen[1];
        }
        assert!(t0.elapsed() < secs(2.0 * s.l), "two requests in time");
        tokio::time::sleep(Duration::from_millis(5)).await;
    };
    let down = next_transition(
        &mut rx,
        false,
        Duration::from_secs(5),
        "HTTP silent: stop -> down",
    )
    .await;
    check_at(
        t0,
        "HTTP silent: down",
        "last success + L + R*(C+D) + C",
        down,
        s.down_after(last),
    );

    tokio::time::sleep(Duration::from_millis(100)).await;
    srv.set(|st| st.mode = Mode::Normal);
    let up = next_transition(
        &mut rx,
        true,
        Duration::from_secs(4),
        "HTTP silent: restore -> up",
    )
    .await;
    check_at(
        t0,
        "HTTP silent: up",
        "down + max(D,L) + L",
        up,
        down + secs(s.d.max(s.l) + s.l),
    );
    engine.stop().await;
}

/// MISC_CHECK whose script hangs: each run is killed at T. keepalived counts the next run
/// from the start of the last one (`last_ran`), or runs it at once if that is past: down
/// at last success start + L + R*max(D, T) + T; once down the next run starts L after the
/// start of the one that took it down, and one success is enough.
#[tokio::test]
async fn misc_hanging_goes_down_and_up_on_keepalived_schedule() {
    raise_priority();
    let (l, t, r, d) = (1.0, 0.4, 1, 0.3);
    let run = misc_flagged(
        "MISC hanging",
        |flag| {
            format!(
                "/bin/sh -c 'if test -e {}; then exec sleep 30; fi'",
                flag.display()
            )
        },
        t,
        Sched { l, c: 5.0, r, d },
    )
    .await;
    check_at(
        run.t0,
        "MISC hanging: down",
        "last start + L + R*max(D,T) + T",
        run.down,
        run.last + secs(l + f64::from(r) * d.max(t) + t),
    );
    check_at(
        run.t0,
        "MISC hanging: up",
        "(down - T) + L",
        run.up,
        run.down - secs(t) + secs(l),
    );
}

/// A minimal SMTP server that can go silent (accept, never greet); reports each session
/// it completed.
async fn smtp_server(silent: Arc<AtomicBool>) -> (SocketAddr, UnboundedReceiver<Instant>) {
    let l = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = l.local_addr().expect("addr");
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((sock, _)) = l.accept().await {
            let silent = silent.load(Ordering::SeqCst);
            let tx = tx.clone();
            tokio::spawn(async move {
                if silent {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                    return;
                }
                let mut s = BufReader::new(sock);
                let mut line = String::new();
                for reply in ["220 rvs test\r\n", "250 hello\r\n", "221 bye\r\n"] {
                    if s.get_mut().write_all(reply.as_bytes()).await.is_err() {
                        return;
                    }
                    if reply.starts_with("221") {
                        let _ = tx.send(Instant::now());
                        return;
                    }
                    line.clear();
                    if !matches!(s.read_line(&mut line).await, Ok(n) if n > 0) {
                        return;
                    }
                }
            });
        }
    });
    (addr, rx)
}

/// SMTP_CHECK against a server that accepts and never greets: each probe lasts C.
/// keepalived's `smtp_final`: R retries D apart, down after the last; a new cycle L later
/// with a fresh retry count, and one success is enough: down at last success + L +
/// R*(C + D) + C, up at down + L.
#[tokio::test]
async fn smtp_silent_goes_down_and_up_on_keepalived_schedule() {
    raise_priority();
    let s = Sched {
        l: 1.0,
        c: 0.5,
        r: 1,
        d: 0.3,
    };
    let silent = Arc::new(AtomicBool::new(false));
    let (addr, mut sessions) = smtp_server(Arc::clone(&silent)).await;
    let kind = CheckKind::Smtp(SmtpSpec::default());
    let (engine, mut rx) = Engine::start(&[service(addr, kind, s.timing())], cfg());
    let t0 = Instant::now();
    expect_initial_up(&mut rx).await;
    let mut last = t0;
    for _ in 0..2 {
        last = tokio::time::timeout(secs(s.l + 0.5), sessions.recv())
            .await
            .expect("an SMTP session within L")
            .expect("server alive");
    }
    silent.store(true, Ordering::SeqCst);
    let down = next_transition(
        &mut rx,
        false,
        Duration::from_secs(5),
        "SMTP silent: stop -> down",
    )
    .await;
    check_at(
        t0,
        "SMTP silent: down",
        "last success + L + R*(C+D) + C",
        down,
        s.down_after(last),
    );

    tokio::time::sleep(Duration::from_millis(200)).await;
    silent.store(false, Ordering::SeqCst);
    let up = next_transition(
        &mut rx,
        true,
        Duration::from_secs(3),
        "SMTP silent: restore -> up",
    )
    .await;
    check_at(t0, "SMTP silent: up", "down + L", up, down + secs(s.l));
    engine.stop().await;
}

/// keepalived's first check: BOOTSTRAP_DELAY (1 s) + a random part of `warmup` (default:
/// delay_loop), then every L.
#[tokio::test]
async fn warmup_and_delay_loop_shape_the_first_checks() {
    raise_priority();
    let l = 2.0;
    let warmups = [Some(0.0), Some(1.5), Some(1.5), None, None];
    let opts = Options {
        seed: 7,
        ..Options::default()
    };
    let mut svc = ServiceSpec::new("198.18.0.1:80");
    let (tx, mut seen) = mpsc::unbounded_channel();
    let mut tasks = Vec::new();
    for (i, w) in warmups.iter().enumerate() {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let mut t = Sched {
            l,
            c: 0.5,
            r: 1,
            d: 0.3,
        }
        .timing();
        t.warmup = w.map(secs);
        let mut check = CheckerSpec::new(CheckKind::Tcp);
        check.timing = t;
        let mut real = RealSpec::new(listener.local_addr().expect("addr"));
        real.checkers.push(check);
        svc.reals.push(real);
        let tx = tx.clone();
        tasks.push(tokio::spawn(async move {
            while let Ok((c, _)) = listener.accept().await {
                drop(c);
                let _ = tx.send((i, Instant::now()));
            }
        }));
    }
    let due = common::first_probes(&svc, opts);
    let (engine, _rx) = Engine::start(
        std::slice::from_ref(&svc),
        EngineConfig {
            options: opts,
            ..EngineConfig::default()
        },
    );
    let t0 = Instant::now();
    let mut probes = vec![Vec::new(); warmups.len()];
    let deadline = tokio::time::Instant::now() + secs(1.0 + l + l + 0.5);
    while let Ok(Some((i, at))) = tokio::time::timeout_at(deadline, seen.recv()).await {
        probes[i].push(at);
    }
    for (i, w) in warmups.iter().enumerate() {
        let w = w.unwrap_or(l);
        assert!(
            due[i] >= secs(1.0) && due[i] <= secs(1.0 + w),
            "real {i}: first probe due at {:?}, outside 1 s + [0, warmup {w} s]",
            due[i]
        );
        assert!(
            probes[i].len() >= 2,
            "real {i}: two probes, saw {:?}",
            probes[i]
        );
        check_at(
            t0,
            &format!("first probe, warmup {w} s"),
            "1 s + warmup draw",
            probes[i][0],
            t0 + due[i],
        );
        check_at(
            t0,
            &format!("second probe, warmup {w} s"),
            "first + L",
            probes[i][1],
            probes[i][0] + secs(l),
        );
    }
    engine.stop().await;
    for t in tasks {
        t.abort();
    }
}

/// MISC_CHECK whose script starts failing (exit 1, at once): keepalived retries R times D
/// apart, counted from each run's start, so down at last success start + L + R*D; once
/// down the next run starts L after the one that took it down.
#[tokio::test]
async fn misc_failing_goes_down_and_up_on_keepalived_schedule() {
    raise_priority();
    let (l, r, d) = (1.0, 2, 0.3);
    let run = misc_flagged(
        "MISC failing",
        |flag| format!("/bin/sh -c '! test -e {}'", flag.display()),
        0.5,
        Sched { l, c: 5.0, r, d },
    )
    .await;
    check_at(
        run.t0,
        "MISC failing: down",
        "last start + L + R*D",
        run.down,
        run.last + secs(l + f64::from(r) * d),
    );
    check_at(
        run.t0,
        "MISC failing: up",
        "down + L",
        run.up,
        run.down + secs(l),
    );
}

/// When a flagged MISC_CHECK started, last ran well, went down and came back up.
struct MiscRun {
    t0: Instant,
    last: Instant,
    down: Instant,
    up: Instant,
}

/// Runs a MISC_CHECK of `script(flag)` (timeout `t`) that misbehaves while the flag
/// file exists: raised just after its third run (runs start at 0, L, 2L), removed
/// 100 ms after the down transition.
async fn misc_flagged(
    label: &str,
    script: impl Fn(&std::path::Path) -> String,
    t: f64,
    sched: Sched,
) -> MiscRun {
    let l = sched.l;
    let dir = TempDir::new("misc-timing");
    let flag = dir.0.join("flag");
    let kind = CheckKind::Misc(MiscSpec {
        path: Script::new(script(&flag)),
        timeout: Some(secs(t)),
        dynamic: false,
    });
    let (engine, mut rx) =
        Engine::start(&[service(closed_port().await, kind, sched.timing())], cfg());
    let t0 = Instant::now();
    expect_initial_up(&mut rx).await;
    tokio::time::sleep_until((t0 + secs(2.0 * l + 0.3)).into()).await;
    std::fs::write(&flag, "").expect("write the flag");
    let down = next_transition(
        &mut rx,
        false,
        Duration::from_secs(5),
        &format!("{label}: stop -> down"),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    std::fs::remove_file(&flag).expect("remove the flag");
    let up = next_transition(
        &mut rx,
        true,
        Duration::from_secs(3),
        &format!("{label}: restore -> up"),
    )
    .await;
    engine.stop().await;
    MiscRun {
        t0,
        last: t0 + secs(2.0 * l),
        down,
        up,
    }
}
