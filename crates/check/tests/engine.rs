//! The engine against real loopback servers: transitions happen, only when they should,
//! and within their timeouts.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::*;
use rvs_check::engine::{Engine, EngineConfig, Update};
use rvs_check::spec::{
    CheckKind, CheckerSpec, HttpSpec, MiscSpec, RealSpec, Script, ServiceSpec, TimingSpec, UrlSpec,
};
use rvs_check::{Options, Server, ServerRef};
use tokio::sync::mpsc::UnboundedReceiver;

fn cfg() -> EngineConfig {
    EngineConfig {
        options: Options {
            seed: 1,
            bootstrap_delay: Duration::ZERO,
        },
        ..EngineConfig::default()
    }
}

fn timing(delay_loop: f64, timeout: f64, retry: u32, dbr: f64) -> TimingSpec {
    TimingSpec {
        delay_loop: Some(Duration::from_secs_f64(delay_loop)),
        connect_timeout: Some(Duration::from_secs_f64(timeout)),
        retry: Some(retry),
        delay_before_retry: Some(Duration::from_secs_f64(dbr)),
        warmup: Some(Duration::ZERO),
        alpha: None,
    }
}

fn one_real(addr: SocketAddr, kind: CheckKind, t: TimingSpec) -> (ServiceSpec, RealSpec) {
    let mut check = CheckerSpec::new(kind);
    check.timing = t;
    let mut real = RealSpec::new(addr);
    real.checkers.push(check);
    (ServiceSpec::new("198.18.0.1:80"), real)
}

/// The next update for `who` within `limit`, with its time since `t0`.
async fn next_for(
    rx: &mut UnboundedReceiver<Update>,
    who: ServerRef,
    t0: Instant,
    limit: Duration,
) -> Option<(Duration, bool, Option<u32>)> {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        match tokio::time::timeout_at(deadline, rx.recv()).await {
            Ok(Some(Update::Real { real, up, weight })) if real == who => {
                return Some((t0.elapsed(), up, weight))
            }
            Ok(Some(_)) => continue,
            Ok(None) | Err(_) => return None,
        }
    }
}

const R0: ServerRef = ServerRef {
    service: 0,
    server: Server::Real(0),
};

#[tokio::test]
async fn tcp_check_follows_the_listener() {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = l.local_addr().expect("addr");
    let (mut svc, real) = one_real(addr, CheckKind::Tcp, timing(0.4, 0.5, 1, 0.2));
    svc.reals.push(real);
    let (engine, mut rx) = Engine::start(&[svc], cfg());
    let t0 = Instant::now();
    let first = next_for(&mut rx, R0, t0, Duration::from_secs(1)).await;
    assert_eq!(
        first.map(|f| (f.1, f.2)),
        Some((true, Some(1))),
        "initial state: up"
    );
    assert_eq!(
        next_for(&mut rx, R0, t0, Duration::from_millis(1200)).await,
        None,
        "no change while listening"
    );

    drop(l);
    let dropped = Instant::now();
    let down = next_for(&mut rx, R0, t0, Duration::from_secs(2))
        .await
        .expect("down after the listener closed");
    let after = dropped.elapsed();
    assert_eq!((down.1, down.2), (false, None));
    // Next probe within delay_loop (0.4), one retry 0.2 later, refusals are immediate.
    // 10 ms of slack: the first failing probe can start a hair before `dropped` is read
    // (seen once: 199.6 ms).
    assert!(
        after >= Duration::from_millis(190),
        "needs the retry: {after:?}"
    );
    assert!(
        after <= Duration::from_millis(900),
        "within delay_loop + delay_before_retry: {after:?}"
    );

    let l = tokio::net::TcpListener::bind(addr)
        .await
        .expect("rebind the same port");
    let back = Instant::now();
    let up = next_for(&mut rx, R0, t0, Duration::from_secs(2))
        .await
        .expect("up again");
    assert_eq!((up.1, up.2), (true, Some(1)));
    assert!(
        back.elapsed() <= Duration::from_millis(700),
        "within delay_loop: {:?}",
        back.elapsed()
    );
    engine.stop().await;
    drop(l);
}

#[tokio::test]
async fn http_status_changes_drive_transitions_and_notify_scripts() {
    let srv = HttpServer::start(None).await;
    let dir = TempDir::new("notify");
    let log = dir.0.join("log");
    let kind = CheckKind::Http(HttpSpec {
        urls: vec![UrlSpec::new("/health")],
        ..Default::default()
    });
    let (mut svc, mut real) = one_real(srv.addr, kind, timing(0.3, 1.0, 0, 0.1));
    real.notify_up = Some(Script::new(format!(
        "/bin/sh -c 'echo up >> {}'",
        log.display()
    )));
    real.notify_down = Some(Script::new(format!(
        "/bin/sh -c 'echo down >> {}'",
        log.display()
    )));
    real.weight = 7;
    svc.reals.push(real);
    svc.quorum_down = Some(Script::new(format!(
        "/bin/sh -c 'echo qdown >> {}'",
        log.display()
    )));
    let (engine, mut rx) = Engine::start(&[svc], cfg());
    let t0 = Instant::now();
    assert_eq!(
        next_for(&mut rx, R0, t0, Duration::from_secs(1))
            .await
            .map(|f| f.2),
        Some(Some(7))
    );

    srv.set(|s| s.status = 503);
    let changed = Instant::now();
    let down = next_for(&mut rx, R0, t0, Duration::from_secs(2))
        .await
        .expect("down on 503");
    assert_eq!((down.1, down.2), (false, None));
    assert!(
        changed.elapsed() <= Duration::from_millis(600),
        "{:?}",
        changed.elapsed()
    );

    srv.set(|s| s.status = 200);
    let up = next_for(&mut rx, R0, t0, Duration::from_secs(2))
        .await
        .expect("up on 200");
    assert_eq!((up.1, up.2), (true, Some(7)));
    engine.stop().await;
    let want = "down\nqdown\nup\n";
    let mut got = String::new();
    for _ in 0..50 {
        got = std::fs::read_to_string(&log).unwrap_or_default();
        if got.len() >= want.len() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mut lines: Vec<_> = got.lines().collect();
    lines.sort_unstable();
    assert_eq!(lines, ["down", "qdown", "up"], "each script ran once");
    assert!(srv
        .requests()
        .iter()
        .all(|r| r.starts_with("GET /health HTTP/1.1")));
}

#[tokio::test]
async fn hanging_misc_script_fails_at_misc_timeout() {
    let kind = CheckKind::Misc(MiscSpec {
        path: Script::new("/bin/sleep 30"),
        timeout: Some(Duration::from_millis(400)),
        dynamic: false,
    });
    let (mut svc, real) = one_real(closed_port().await, kind, timing(5.0, 5.0, 0, 1.0));
    svc.reals.push(real);
    let (engine, mut rx) = Engine::start(&[svc], cfg());
    let t0 = Instant::now();
    next_for(&mut rx, R0, t0, Duration::from_secs(1))
        .await
        .expect("initial state");
    let down = next_for(&mut rx, R0, t0, Duration::from_secs(2))
        .await
        .expect("down at misc_timeout");
    assert!(!down.1);
    assert!(
        down.0 >= Duration::from_millis(350) && down.0 <= Duration::from_millis(900),
        "misc_timeout 0.4 s, got {:?}",
        down.0
    );
    engine.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timeouts_hold_with_hundreds_of_checkers() {
    // 200 HTTP checks of a server that never answers, 200 TCP checks of a healthy one,
    // first checks spread over a 1 s warmup (a burst of several hundred loopback SYNs at
    // the same instant loses some in this kernel, which is what warmup is for).
    let silent = HttpServer::start(None).await;
    silent.set(|s| s.mode = Mode::Silent);
    let healthy = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let healthy_addr = healthy.local_addr().expect("addr");
    let acceptor = tokio::spawn(async move {
        // Accept and close, so the backlog never fills; bounded by the test's lifetime.
        while let Ok(c) = healthy.accept().await {
            drop(c);
        }
    });
    let mut svc = ServiceSpec::new("198.18.0.1:80");
    const N: usize = 200;
    let http = CheckKind::Http(HttpSpec {
        urls: vec![UrlSpec::new("/")],
        ..Default::default()
    });
    for i in 0..2 * N {
        let (kind, addr) = if i < N {
            (http.clone(), silent.addr)
        } else {
            (CheckKind::Tcp, healthy_addr)
        };
        let mut t = timing(5.0, 1.0, 0, 1.0);
        t.warmup = Some(Duration::from_secs(1));
        let (_, real) = one_real(addr, kind, t);
        svc.reals.push(real);
    }
    let starts = common::first_probes(&svc, cfg().options);
    let (engine, mut rx) = Engine::start(std::slice::from_ref(&svc), cfg());
    let t0 = Instant::now();
    let mut down = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_millis(3000);
    while let Ok(Some(u)) = tokio::time::timeout_at(deadline, rx.recv()).await {
        if let Update::Real {
            real:
                ServerRef {
                    server: Server::Real(i),
                    ..
                },
            up: false,
            ..
        } = u
        {
            down.push((i, t0.elapsed()));
        }
    }
    let (silent_down, healthy_down): (Vec<(usize, Duration)>, Vec<_>) =
        down.into_iter().partition(|d| d.0 < N);
    assert!(
        healthy_down.is_empty(),
        "healthy servers stayed up: {healthy_down:?}"
    );
    assert_eq!(silent_down.len(), N, "every silent server went down");
    for (i, at) in silent_down {
        let due = starts[i] + Duration::from_secs(1);
        assert!(
            at + Duration::from_millis(20) >= due && at <= due + Duration::from_millis(300),
            "real {i}: probe started at {:?}, timeout 1 s, down at {at:?}",
            starts[i]
        );
    }
    engine.stop().await;
    acceptor.abort();
}

#[tokio::test]
async fn stop_abandons_probes_kills_scripts_and_sends_omega_notifications() {
    let dir = TempDir::new("stop");
    let pidfile = dir.0.join("pid");
    let kind = CheckKind::Misc(MiscSpec {
        path: Script::new(format!(
            "/bin/sh -c 'echo $$ > {}; sleep 30; true'",
            pidfile.display()
        )),
        timeout: Some(Duration::from_secs(10)),
        dynamic: false,
    });
    let (mut svc, real) = one_real(closed_port().await, kind, timing(20.0, 5.0, 0, 1.0));
    svc.reals.push(real);
    svc.omega = true;
    let (engine, mut rx) = Engine::start(&[svc], cfg());
    let mut pid = String::new();
    for _ in 0..100 {
        pid = std::fs::read_to_string(&pidfile).unwrap_or_default();
        if !pid.trim().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(!pid.trim().is_empty(), "the script started");
    engine.stop().await;
    let mut updates = Vec::new();
    while let Ok(u) = rx.try_recv() {
        updates.push(u);
    }
    let tail: Vec<_> = updates.iter().rev().take(3).rev().cloned().collect();
    assert_eq!(
        tail,
        vec![
            Update::Real {
                real: R0,
                up: false,
                weight: None
            },
            Update::Event {
                event: rvs_check::Event::RealDown(R0),
                script: None
            },
            Update::Event {
                event: rvs_check::Event::QuorumDown(0),
                script: None
            },
        ],
        "all updates: {updates:?}"
    );
    let stat = format!("/proc/{}/stat", pid.trim());
    let gone = (0..50).any(|_| {
        std::thread::sleep(Duration::from_millis(20));
        std::fs::read_to_string(&stat).map_or(true, |s| s.contains(") Z "))
    });
    assert!(gone, "the running script was killed on stop");
}

#[tokio::test]
async fn reload_keeps_a_down_server_down_and_adds_a_new_one() {
    let up = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let down = closed_port().await;
    let t = timing(0.3, 0.5, 0, 0.1);
    let (mut svc, real_down) = one_real(down, CheckKind::Tcp, t.clone());
    svc.reals.push(real_down);
    let (engine, mut rx) = Engine::start(std::slice::from_ref(&svc), cfg());
    let t0 = Instant::now();
    next_for(&mut rx, R0, t0, Duration::from_secs(1))
        .await
        .expect("initial state");
    let gone = next_for(&mut rx, R0, t0, Duration::from_secs(2))
        .await
        .expect("down");
    assert!(!gone.1);
    let (_, real_up) = one_real(up.local_addr().expect("addr"), CheckKind::Tcp, t);
    svc.reals.insert(0, real_up);
    engine.reload(vec![svc]);
    // Full state under the new references: the new server is real 0, the down one real 1.
    let r1 = ServerRef {
        service: 0,
        server: Server::Real(1),
    };
    let first = next_for(&mut rx, R0, t0, Duration::from_secs(1))
        .await
        .expect("new real published");
    assert_eq!((first.1, first.2), (true, Some(1)));
    let kept = next_for(&mut rx, r1, t0, Duration::from_secs(1))
        .await
        .expect("kept real published");
    assert_eq!(
        (kept.1, kept.2),
        (false, None),
        "still down after the reload"
    );
    assert_eq!(
        next_for(&mut rx, r1, t0, Duration::from_millis(800)).await,
        None,
        "and no flap"
    );
    engine.stop().await;
}

#[tokio::test]
async fn queued_probes_do_not_time_out_while_waiting_for_a_slot() {
    // 6 scripts of 0.3 s with a 0.5 s timeout through 2 slots: the last ones wait 0.6 s
    // for a slot, longer than their timeout, and must still pass.
    let kind = CheckKind::Misc(MiscSpec {
        path: Script::new("/bin/sleep 0.3"),
        timeout: Some(Duration::from_millis(500)),
        dynamic: false,
    });
    let mut svc = ServiceSpec::new("198.18.0.1:80");
    for _ in 0..6 {
        let (_, real) = one_real(closed_port().await, kind.clone(), timing(10.0, 5.0, 0, 1.0));
        svc.reals.push(real);
    }
    let mut config = cfg();
    config.max_concurrent_probes = 2;
    let (engine, mut rx) = Engine::start(&[svc], config);
    let deadline = tokio::time::Instant::now() + Duration::from_millis(2000);
    let mut downs = Vec::new();
    while let Ok(Some(u)) = tokio::time::timeout_at(deadline, rx.recv()).await {
        if let Update::Real {
            real, up: false, ..
        } = u
        {
            downs.push(real);
        }
    }
    assert!(downs.is_empty(), "no server failed for queueing: {downs:?}");
    engine.stop().await;
}
