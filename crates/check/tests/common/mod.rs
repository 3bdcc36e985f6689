//! Loopback servers whose behaviour the tests change, and probe builders.
#![allow(dead_code)] // each test binary uses a part of this module

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rvs_check::spec::CheckKind;
use rvs_check::{CheckerRef, Probe};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub fn probe(kind: CheckKind, target: SocketAddr, timeout: Duration) -> Probe {
    Probe {
        checker: CheckerRef {
            service: 0,
            real: 0,
            checker: 0,
        },
        kind,
        conn: Default::default(),
        target,
        virtualhost: None,
        timeout,
        real_weight: 1,
    }
}

/// A loopback port with nothing listening.
pub async fn closed_port() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    l.local_addr().expect("local addr")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Answer with the configured status and body.
    Normal,
    /// 200 with a chunked body that never ends (bounded: 10 s or 256 MiB).
    Endless,
    /// Bytes that are not HTTP.
    Garbage,
    /// Read the request and never answer (bounded: 30 s).
    Silent,
}

pub struct HttpState {
    pub status: u16,
    pub body: Vec<u8>,
    pub mode: Mode,
    /// Request heads received, oldest first.
    pub requests: Vec<String>,
    /// When each of them was complete.
    pub request_times: Vec<std::time::Instant>,
    /// SNI names seen by the TLS server.
    pub sni: Vec<Option<String>>,
}

pub struct HttpServer {
    pub addr: SocketAddr,
    pub state: Arc<Mutex<HttpState>>,
    task: JoinHandle<()>,
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl HttpServer {
    pub async fn start(tls: Option<tokio_rustls::TlsAcceptor>) -> HttpServer {
        Self::start_on("127.0.0.1:0".parse().expect("addr"), tls).await
    }

    pub async fn start_on(addr: SocketAddr, tls: Option<tokio_rustls::TlsAcceptor>) -> HttpServer {
        let listener = TcpListener::bind(addr)
            .await
            .expect("bind the HTTP test server");
        let addr = listener.local_addr().expect("local addr");
        let state = Arc::new(Mutex::new(HttpState {
            status: 200,
            body: b"hello".to_vec(),
            mode: Mode::Normal,
            requests: Vec::new(),
            request_times: Vec::new(),
            sni: Vec::new(),
        }));
        let st = Arc::clone(&state);
        let task = tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    return;
                };
                let st = Arc::clone(&st);
                let tls = tls.clone();
                tokio::spawn(async move {
                    match tls {
                        None => serve(sock, st).await,
                        Some(acc) => {
                            if let Ok(s) = acc.accept(sock).await {
                                let sni = s.get_ref().1.server_name().map(str::to_owned);
                                st.lock().expect("state").sni.push(sni);
                                serve(s, st).await;
                            }
                        }
                    }
                });
            }
        });
        HttpServer { addr, state, task }
    }

    pub fn set(&self, f: impl FnOnce(&mut HttpState)) {
        f(&mut self.state.lock().expect("state"));
    }

    pub fn requests(&self) -> Vec<String> {
        self.state.lock().expect("state").requests.clone()
    }
}

async fn serve<S: AsyncRead + AsyncWrite + Unpin>(mut s: S, st: Arc<Mutex<HttpState>>) {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16384 {
        match s.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let (mode, status, body) = {
        let mut g = st.lock().expect("state");
        g.requests.push(String::from_utf8_lossy(&head).into_owned());
        g.request_times.push(std::time::Instant::now());
        (g.mode, g.status, g.body.clone())
    };
    match mode {
        Mode::Normal => {
            let resp = format!(
                "HTTP/1.1 {status} Whatever\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = s.write_all(resp.as_bytes()).await;
            let _ = s.write_all(&body).await;
        }
        Mode::Endless => {
            let _ = s
                .write_all(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                .await;
            let chunk = vec![b'x'; 65536];
            let end = tokio::time::Instant::now() + Duration::from_secs(10);
            for _ in 0..4096 {
                if tokio::time::Instant::now() > end {
                    break;
                }
                if s.write_all(b"10000\r\n").await.is_err()
                    || s.write_all(&chunk).await.is_err()
                    || s.write_all(b"\r\n").await.is_err()
                {
                    break;
                }
            }
        }
        Mode::Garbage => {
            let _ = s
                .write_all(b"SSH-2.0-OpenSSH_9.2\r\nnot http at all\r\n\r\n")
                .await;
        }
        Mode::Silent => tokio::time::sleep(Duration::from_secs(30)).await,
    }
    let _ = s.shutdown().await;
}

/// A scratch directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("rvs-check-{}-{tag}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("create temp dir");
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A CA and a server certificate for `name` signed by it, made with the openssl command
/// (a prerequisite). Returns (CA cert, server cert, server key).
pub fn certificates(dir: &TempDir, name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let p = |f: &str| dir.0.join(f).display().to_string();
    let ext = p("ext.cnf");
    std::fs::write(
        &ext,
        format!("basicConstraints=CA:FALSE\nsubjectAltName=DNS:{name}\n"),
    )
    .expect("write ext");
    let ec = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
    let steps = [
        format!(
            "req -x509 {ec} -keyout {} -out {} -days 2 -subj /CN=rvs-test-ca",
            p("ca.key"),
            p("ca.pem")
        ),
        format!(
            "req {ec} -keyout {} -out {} -subj /CN={name}",
            p("key.pem"),
            p("req.csr")
        ),
        format!(
            "x509 -req -in {} -CA {} -CAkey {} -CAcreateserial -out {} -days 2 -extfile {ext}",
            p("req.csr"),
            p("ca.pem"),
            p("ca.key"),
            p("cert.pem")
        ),
    ];
    for step in steps {
        let st = std::process::Command::new("openssl")
            .args(step.split_whitespace())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("prerequisite missing: the `openssl` command (apt-get install openssl)");
        assert!(st.success(), "openssl {step} failed");
    }
    (
        dir.0.join("ca.pem"),
        dir.0.join("cert.pem"),
        dir.0.join("key.pem"),
    )
}

pub fn tls_acceptor(cert: &std::path::Path, key: &std::path::Path) -> tokio_rustls::TlsAcceptor {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<_> = CertificateDer::pem_file_iter(cert)
        .expect("read cert")
        .collect::<Result<_, _>>()
        .expect("parse cert");
    let key = PrivateKeyDer::from_pem_file(key).expect("parse key");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .expect("server cert");
    tokio_rustls::TlsAcceptor::from(Arc::new(cfg))
}

/// A fresh test namespace (only `lo`, up), removed on drop.
pub fn netns(name: &str) -> rvs_netlab::Netns {
    rvs_netlab::Netns::new(name)
        .unwrap_or_else(|e| panic!("prerequisite: a test namespace (root, iproute2): {e}"))
}

/// Runs `f`'s future to completion on a current-thread runtime, on a thread that entered
/// `ns`: sockets, the engine and scripts all live in the namespace.
pub fn block_on_in<F, Fut>(ns: &rvs_netlab::Netns, f: F) -> Fut::Output
where
    F: FnOnce() -> Fut + Send,
    Fut: std::future::Future,
    Fut::Output: Send,
{
    run_in(ns, false, f)
}

/// As [`block_on_in`], on a thread at nice -15: for timing tests, so that the other
/// processes of a busy machine do not add their scheduling delays to what is measured.
pub fn block_on_in_boosted<F, Fut>(ns: &rvs_netlab::Netns, f: F) -> Fut::Output
where
    F: FnOnce() -> Fut + Send,
    Fut: std::future::Future,
    Fut::Output: Send,
{
    run_in(ns, true, f)
}

/// The calling thread (and threads it starts) at nice -15, for timing tests (see
/// [`block_on_in_boosted`]); root only.
pub fn raise_priority() {
    let tid = nix::unistd::gettid().to_string();
    let st = std::process::Command::new("renice")
        .args(["-n", "-15", "-p", &tid])
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("prerequisite: renice (util-linux): {e}"));
    assert!(st.success(), "renice -n -15 -p {tid} (root needed)");
}

fn run_in<F, Fut>(ns: &rvs_netlab::Netns, boost: bool, f: F) -> Fut::Output
where
    F: FnOnce() -> Fut + Send,
    Fut: std::future::Future,
    Fut::Output: Send,
{
    let path = format!("/run/netns/{}", ns.name());
    std::thread::scope(|s| {
        let worker = s.spawn(move || {
            let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("open {path}: {e}"));
            nix::sched::setns(file, nix::sched::CloneFlags::CLONE_NEWNET)
                .unwrap_or_else(|e| panic!("setns {path} (root needed): {e}"));
            if boost {
                raise_priority();
            }
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime")
                .block_on(f())
        });
        worker
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e))
    })
}

/// `nft RULE` inside namespace `ns` (by name), without blocking the runtime.
pub async fn nft(ns: &str, rule: &str) {
    let out = tokio::time::timeout(
        Duration::from_secs(10),
        tokio::process::Command::new("ip")
            .args(["netns", "exec", ns, "nft"])
            .args(rule.split_whitespace())
            .output(),
    )
    .await
    .unwrap_or_else(|_| panic!("nft {rule}: hung"))
    .unwrap_or_else(|e| panic!("prerequisite: ip and nft (apt-get install nftables): {e}"));
    assert!(
        out.status.success(),
        "nft {rule}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An nftables table in `ns` whose input chain drops TCP to `ports` (loopback included).
pub async fn blackhole(ns: &str, ports: &[u16]) {
    nft(ns, "add table inet rvs").await;
    nft(
        ns,
        "add chain inet rvs in { type filter hook input priority 0 ; }",
    )
    .await;
    for p in ports {
        nft(ns, &format!("add rule inet rvs in tcp dport {p} drop")).await;
    }
}

/// When the core schedules the first probe of each real server of `svc` (its seeded
/// warmup draw), from time zero.
pub fn first_probes(svc: &rvs_check::spec::ServiceSpec, opts: rvs_check::Options) -> Vec<Duration> {
    let mut m = rvs_check::Monitor::new(std::slice::from_ref(svc), opts, rvs_check::Instant::ZERO);
    let mut due = vec![None; svc.reals.len()];
    while let Some(t) = m.poll_timeout() {
        if due.iter().all(Option::is_some) {
            break;
        }
        m.handle_timeout(t);
        while let Some(a) = m.poll_action() {
            if let rvs_check::Action::StartProbe { probe, .. } = a {
                due[probe.checker.real].get_or_insert(Duration::from_micros(t.as_micros()));
            }
        }
    }
    due.into_iter()
        .map(|d| d.expect("every real server is probed"))
        .collect()
}
