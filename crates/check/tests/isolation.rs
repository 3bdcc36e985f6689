//! Bad real servers fail within their timeouts, and do not slow anything else down: the
//! healthy servers beside them are probed on schedule and stay up.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::*;
use rvs_check::engine::{Engine, EngineConfig, Update};
use rvs_check::spec::{
    CheckKind, CheckerSpec, HttpSpec, MiscSpec, RealSpec, Script, ServiceSpec, TimingSpec, UrlSpec,
};
use rvs_check::{Options, Server, ServerRef};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, oneshot};

const L: Duration = Duration::from_millis(500);
const C: Duration = Duration::from_secs(1);
const GOOD: usize = 20;
const RUN: Duration = Duration::from_millis(4500);
const TOLERANCE: Duration = Duration::from_millis(150);

/// How a bad server fails: at once, or when the probe's deadline (C) passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fails {
    Fast,
    AtTimeout,
}

fn real(addr: SocketAddr, kind: CheckKind, misc_timeout: bool) -> RealSpec {
    let mut check = CheckerSpec::new(kind);
    check.timing = TimingSpec {
        delay_loop: Some(L),
        connect_timeout: Some(C),
        retry: Some(0),
        delay_before_retry: Some(L),
        warmup: Some(L),
        alpha: None,
    };
    if misc_timeout {
        check.timing.connect_timeout = None;
    }
    let mut real = RealSpec::new(addr);
    real.checkers.push(check);
    real
}

/// The servers, on their own thread so that their work does not run on the engine's.
struct World {
    closed: SocketAddr,
    blackholed: SocketAddr,
    endless: SocketAddr,
    garbage: SocketAddr,
    silent: SocketAddr,
    good: Vec<SocketAddr>,
    /// (healthy server, when it accepted a probe)
    accepts: mpsc::UnboundedReceiver<(usize, Instant)>,
}

async fn world(ns: &str, ready: std::sync::mpsc::Sender<World>, stop: oneshot::Receiver<()>) {
    let blackholed = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let blackholed_addr = blackholed.local_addr().expect("addr");
    blackhole(ns, &[blackholed_addr.port()]).await;
    let endless = HttpServer::start(None).await;
    endless.set(|s| s.mode = Mode::Endless);
    let garbage = HttpServer::start(None).await;
    garbage.set(|s| s.mode = Mode::Garbage);
    let silent = HttpServer::start(None).await;
    silent.set(|s| s.mode = Mode::Silent);
    let (tx, accepts) = mpsc::unbounded_channel();
    let mut good = Vec::new();
    for i in 0..GOOD {
        let l = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        good.push(l.local_addr().expect("addr"));
        let tx = tx.clone();
        tokio::spawn(async move {
            while let Ok((c, _)) = l.accept().await {
                drop(c);
                let _ = tx.send((i, Instant::now()));
            }
        });
    }
    let w = World {
        closed: closed_port().await,
        blackholed: blackholed_addr,
        endless: endless.addr,
        garbage: garbage.addr,
        silent: silent.addr,
        good,
        accepts,
    };
    ready.send(w).expect("the test is waiting");
    // Until the test is done (or failed and dropped the sender).
    let _ = stop.await;
}

#[test]
fn bad_servers_fail_within_their_timeouts_and_do_not_delay_good_ones() {
    let ns = netns("chk-isolation");
    let name = ns.name().to_owned();
    let (ready, world_rx) = std::sync::mpsc::channel();
    let (stop, stopped) = oneshot::channel();
    std::thread::scope(|s| {
        let ns = &ns;
        s.spawn(move || block_on_in_boosted(ns, || world(&name, ready, stopped)));
        block_on_in_boosted(ns, || checkers(world_rx, stop));
    });
}

async fn checkers(world_rx: std::sync::mpsc::Receiver<World>, stop: oneshot::Sender<()>) {
    let mut w = world_rx.recv().expect("the servers started");
    let http = |digest: bool| {
        CheckKind::Http(HttpSpec {
            urls: vec![UrlSpec {
                digest: digest.then(|| "5d41402abc4b2a76b9719d911017c592".into()),
                ..UrlSpec::new("/")
            }],
            ..Default::default()
        })
    };
    let hanging = CheckKind::Misc(MiscSpec {
        path: Script::new("/bin/sleep 30"),
        timeout: Some(C),
        dynamic: false,
    });
    // The namespace has only `lo`: 198.18.0.99 has no route.
    let unroutable: SocketAddr = "198.18.0.99:80".parse().expect("addr");
    let bad = [
        (
            "closed port",
            real(w.closed, CheckKind::Tcp, false),
            Fails::Fast,
        ),
        (
            "unroutable address",
            real(unroutable, CheckKind::Tcp, false),
            Fails::Fast,
        ),
        (
            "blackholed port",
            real(w.blackholed, CheckKind::Tcp, false),
            Fails::AtTimeout,
        ),
        (
            "hanging script",
            real(w.closed, hanging, true),
            Fails::AtTimeout,
        ),
        (
            "endless body",
            real(w.endless, http(true), false),
            Fails::Fast,
        ),
        ("garbage", real(w.garbage, http(false), false), Fails::Fast),
        (
            "silent HTTP",
            real(w.silent, http(false), false),
            Fails::AtTimeout,
        ),
    ];
    let mut svc = ServiceSpec::new("198.18.0.1:80");
    for a in &w.good {
        svc.reals.push(real(*a, CheckKind::Tcp, false));
    }
    for (_, r, _) in &bad {
        svc.reals.push(r.clone());
    }
    let opts = Options {
        seed: 3,
        bootstrap_delay: Duration::ZERO,
    };
    let due = common::first_probes(&svc, opts);
    let (engine, mut rx) = Engine::start(
        std::slice::from_ref(&svc),
        EngineConfig {
            options: opts,
            ..EngineConfig::default()
        },
    );
    let stats = engine.stats();
    let t0 = Instant::now();
    let mut downs: Vec<Option<Duration>> = vec![None; svc.reals.len()];
    let mut probes = vec![Vec::new(); GOOD];
    let end = tokio::time::Instant::now() + RUN;
    loop {
        tokio::select! {
            u = rx.recv() => match u {
                Some(Update::Real { real: ServerRef { server: Server::Real(i), .. }, up: false, .. }) => {
                    downs[i].get_or_insert(t0.elapsed());
                }
                Some(_) => {}
                None => break,
            },
            Some((i, at)) = w.accepts.recv() => probes[i].push(at - t0),
            _ = tokio::time::sleep_until(end) => break,
        }
    }
    let lateness = stats.take_max_lateness();
    engine.stop().await;
    let _ = stop.send(());
    eprintln!("worst lateness of any probe: {lateness:?}");

    for (i, (what, _, fails)) in bad.iter().enumerate() {
        let ri = GOOD + i;
        let down = downs[ri].unwrap_or_else(|| panic!("{what}: never went down"));
        let took = down.saturating_sub(due[ri]);
        eprintln!("{what}: probe due at {:?}, down {took:?} later", due[ri]);
        assert!(
            took <= C + TOLERANCE,
            "{what}: down {took:?} after its probe started, beyond its timeout {C:?}"
        );
        if *fails == Fails::AtTimeout {
            assert!(
                took + TOLERANCE >= C,
                "{what}: hangs, so fails at its timeout {C:?}, not after {took:?}"
            );
        }
    }
    let mut worst = 0f64;
    for (i, seen) in probes.iter().enumerate() {
        assert_eq!(downs[i], None, "healthy server {i} went down");
        // First probe at its warmup draw, then every L (plus the probe's own time).
        assert!(seen.len() >= 8, "healthy server {i}: probes at {seen:?}");
        let mut want = due[i];
        for (k, at) in seen.iter().enumerate() {
            let late = at.as_secs_f64() - want.as_secs_f64();
            worst = worst.max(late.abs());
            // The accept time adds the servers' thread's own delays: ±150 ms here, the
            // engine's own lateness (below) must stay under 100 ms.
            assert!(
                late.abs() <= TOLERANCE.as_secs_f64(),
                "healthy server {i}: probe {k} at {at:?}, due at {want:?} (first at its \
                 warmup draw, then every delay_loop): {:+.0} ms off",
                late * 1000.0
            );
            want = *at + L;
        }
    }
    eprintln!(
        "healthy servers: worst probe {:.1} ms off schedule",
        worst * 1000.0
    );
    assert!(
        lateness < Duration::from_millis(100),
        "a probe started {lateness:?} behind its schedule"
    );
}
