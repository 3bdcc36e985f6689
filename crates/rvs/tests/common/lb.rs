//! The pieces of the load-balancer end-to-end tests: real servers answering HTTP
//! with their name, a client, keepalived.conf text, and the rvs binary applying it
//! in the director's namespace against a private bpffs. Each test binary uses
//! part of it.
#![allow(dead_code)]

use rvs_netlab::lb::Method;
use rvs_netlab::{run_with_timeout, Bpffs, LbLab, Netns, Output};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::Child;
use std::sync::atomic::{AtomicBool, AtomicU16, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Connect and read timeout of the client; a request slower than this failed.
const IO_TIMEOUT: Duration = Duration::from_secs(3);

/// No server thread outlives this, whatever the test does.
const SERVER_LIFETIME: Duration = Duration::from_secs(120);

/// One HTTP answer of a real server: its name, its number for the connection (from
/// 1, per server), the number of this request on the connection (from 1), and how
/// many body bytes it received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub server: String,
    pub conn: u64,
    pub seq: u64,
    pub received: usize,
}

/// An HTTP/1.1 server in a real server's namespace, a thread per connection,
/// answering `NAME CONN SEQ BODYLEN`. Stopped on drop.
pub struct HttpServer {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl HttpServer {
    pub fn start(ns: &Netns, name: &str, port: u16) -> HttpServer {
        let listener = ns
            .run_in(|| {
                // One dual-stack socket answers IPv4 and IPv6.
                let s = socket2::Socket::new(socket2::Domain::IPV6, socket2::Type::STREAM, None)?;
                s.set_reuse_address(true)?;
                s.set_only_v6(false)?;
                s.bind(&SocketAddr::from((Ipv6Addr::UNSPECIFIED, port)).into())?;
                s.listen(1024)?;
                // accept() honours the receive timeout: the loop can look at `stop`.
                s.set_read_timeout(Some(Duration::from_millis(100)))?;
                Ok::<_, std::io::Error>(s)
            })
            .unwrap_or_else(|e| panic!("entering {}: {e}", ns.name()))
            .unwrap_or_else(|e| panic!("listening on port {port} in {}: {e}", ns.name()));
        let stop = Arc::new(AtomicBool::new(false));
        let name = name.to_owned();
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let conns = AtomicU64::new(0);
            let until = Instant::now() + SERVER_LIFETIME;
            while !flag.load(Ordering::Relaxed) && Instant::now() < until {
                let Ok((s, _)) = listener.accept() else {
                    continue;
                };
                let conn = conns.fetch_add(1, Ordering::Relaxed) + 1;
                let (name, flag) = (name.clone(), flag.clone());
                std::thread::spawn(move || serve_conn(s.into(), &name, conn, &flag, until));
            }
        });
        HttpServer {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// How often an idle server connection looks at the stop flag.
const POLL: Duration = Duration::from_millis(200);

/// Answers the requests of one connection until the client closes it, asks for
/// `Connection: close`, or the server stops.
fn serve_conn(s: TcpStream, name: &str, conn: u64, stop: &AtomicBool, until: Instant) {
    let Ok(mut out) = s.try_clone() else {
        return;
    };
    let mut r = BufReader::new(s);
    let mut seq = 0;
    loop {
        // Waits for a request's first bytes without consuming any, so a poll
        // timeout never cuts a request in two.
        let _ = r.get_ref().set_read_timeout(Some(POLL));
        loop {
            if stop.load(Ordering::Relaxed) || Instant::now() >= until {
                return;
            }
            match r.fill_buf() {
                Ok([]) => return,
                Ok(_) => break,
                Err(e) if is_timeout(&e) => continue,
                Err(_) => return,
            }
        }
        let _ = r.get_ref().set_read_timeout(Some(IO_TIMEOUT));
        let Ok(Some(head)) = read_head(&mut r) else {
            return;
        };
        let mut body = vec![0; head.content_length];
        if r.read_exact(&mut body).is_err() {
            return;
        }
        seq += 1;
        let text = format!("{name} {conn} {seq} {}\n", body.len());
        let connection = if head.close { "close" } else { "keep-alive" };
        let answer = format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: {connection}\r\n\r\n{text}",
            text.len()
        );
        if out.write_all(answer.as_bytes()).is_err() || head.close {
            return;
        }
    }
}

fn is_timeout(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
    )
}

/// What the tests need of a request or response head.
struct Head {
    first: String,
    content_length: usize,
    close: bool,
}

/// Reads a head up to its blank line; `None` at a clean end of stream.
fn read_head(r: &mut impl BufRead) -> std::io::Result<Option<Head>> {
    let mut first = String::new();
    if r.read_line(&mut first)? == 0 {
        return Ok(None);
    }
    let mut head = Head {
        first: first.trim_end().to_owned(),
        content_length: 0,
        close: false,
    };
    loop {
        let mut line = String::new();
        if r.read_line(&mut line)? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let line = line.trim_end();
        if line.is_empty() {
            return Ok(Some(head));
        }
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        if k.eq_ignore_ascii_case("content-length") {
            head.content_length = v
                .parse()
                .map_err(|_| std::io::Error::other(format!("bad Content-Length {v:?}")))?;
        } else if k.eq_ignore_ascii_case("connection") {
            head.close = v.eq_ignore_ascii_case("close");
        }
    }
}

/// A client connection to a VIP, kept open for several requests.
pub struct Conn {
    r: BufReader<TcpStream>,
}

impl Conn {
    /// Connects to `to` from `src` (the primary address when `None`) and a fresh
    /// port of `ports`. Call it on a thread in the client's namespace; the
    /// connection can be used from any thread.
    pub fn open(to: SocketAddr, src: Option<IpAddr>, ports: &Ports) -> std::io::Result<Conn> {
        let s = socket2::Socket::new(
            socket2::Domain::for_address(to),
            socket2::Type::STREAM,
            None,
        )?;
        let any: IpAddr = if to.is_ipv4() {
            Ipv4Addr::UNSPECIFIED.into()
        } else {
            Ipv6Addr::UNSPECIFIED.into()
        };
        s.bind(&SocketAddr::from((src.unwrap_or(any), ports.next())).into())?;
        s.connect_timeout(&to.into(), IO_TIMEOUT)?;
        s.set_read_timeout(Some(IO_TIMEOUT))?;
        s.set_write_timeout(Some(IO_TIMEOUT))?;
        s.set_nodelay(true)?;
        Ok(Conn {
            r: BufReader::new(s.into()),
        })
    }

    /// One request with `body` (a POST when not empty); `close` asks the server to
    /// close the connection after answering.
    pub fn request(&mut self, body: &[u8], close: bool) -> std::io::Result<Reply> {
        let method = if body.is_empty() { "GET" } else { "POST" };
        let connection = if close { "close" } else { "keep-alive" };
        let mut msg = format!(
            "{method} / HTTP/1.1\r\nHost: vip\r\nContent-Length: {}\r\nConnection: {connection}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        msg.extend_from_slice(body);
        self.r.get_mut().write_all(&msg)?;
        let head = read_head(&mut self.r)?.ok_or(std::io::ErrorKind::UnexpectedEof)?;
        if !head.first.starts_with("HTTP/1.1 200 ") {
            return Err(std::io::Error::other(format!("answer {:?}", head.first)));
        }
        let mut text = vec![0; head.content_length];
        self.r.read_exact(&mut text)?;
        parse_reply(&String::from_utf8_lossy(&text))
    }

    /// How long a request may wait for its answer (3 s from [`Conn::open`]).
    pub fn set_timeout(&mut self, t: Duration) {
        let _ = self.r.get_ref().set_read_timeout(Some(t));
    }

    /// Closes with a RST (SO_LINGER 0): the director's flow goes to CLOSE, the
    /// client keeps no TIME_WAIT and may reuse the port at once.
    pub fn reset(self) -> std::io::Result<()> {
        socket2::SockRef::from(self.r.get_ref()).set_linger(Some(Duration::ZERO))
    }

    pub fn get(&mut self) -> std::io::Result<Reply> {
        self.request(b"", false)
    }
}

/// Source ports for one client namespace, each handed out once. The kernel's
/// own choice comes back to a port after some thousands of connections, and a new
/// SYN on a 4-tuple the director still holds (FIN_WAIT, as IPVS too) keeps the old
/// real, and one the real server holds in TIME_WAIT is delayed by a
/// retransmission: neither is what a test of new connections measures.
#[derive(Debug)]
pub struct Ports(AtomicU16);

impl Ports {
    const FIRST: u16 = 10_000;

    pub fn new() -> Ports {
        Ports(AtomicU16::new(Self::FIRST))
    }

    fn next(&self) -> u16 {
        let p = self.0.fetch_add(1, Ordering::Relaxed);
        assert!(
            p >= Self::FIRST,
            "the client used up the source ports {}-65535",
            Self::FIRST
        );
        p
    }
}

fn parse_reply(text: &str) -> std::io::Result<Reply> {
    let bad = || std::io::Error::other(format!("unexpected body {text:?}"));
    let w: Vec<&str> = text.split_whitespace().collect();
    let [server, conn, seq, received] = w[..] else {
        return Err(bad());
    };
    Ok(Reply {
        server: server.to_owned(),
        conn: conn.parse().map_err(|_| bad())?,
        seq: seq.parse().map_err(|_| bad())?,
        received: received.parse().map_err(|_| bad())?,
    })
}

/// One request on a new connection, closed after the answer.
pub fn get_once(to: SocketAddr, src: Option<IpAddr>, ports: &Ports) -> std::io::Result<Reply> {
    Conn::open(to, src, ports)?.request(b"", true)
}

/// A virtual server of the generated keepalived.conf.
#[derive(Debug, Clone)]
pub struct Vs {
    pub vip: SocketAddr,
    pub algo: &'static str,
    /// `persistence_timeout` and `persistence_granularity`.
    pub persistence: Option<(u32, Option<&'static str>)>,
    /// Address, port and weight of each real server.
    pub reals: Vec<(IpAddr, u16, u32)>,
}

/// keepalived.conf text for `services`, all forwarded by `method`.
pub fn conf(method: Method, services: &[Vs]) -> String {
    let kind = match method {
        Method::Dr => "DR",
        Method::Tun => "TUN",
        Method::Nat => "NAT",
    };
    let mut out = String::new();
    for vs in services {
        out += &format!(
            "virtual_server {} {} {{\n    lb_algo {}\n    lb_kind {kind}\n    protocol TCP\n",
            vs.vip.ip(),
            vs.vip.port(),
            vs.algo
        );
        if let Some((timeout, granularity)) = vs.persistence {
            out += &format!("    persistence_timeout {timeout}\n");
            if let Some(g) = granularity {
                out += &format!("    persistence_granularity {g}\n");
            }
        }
        for (addr, port, weight) in &vs.reals {
            out += &format!("    real_server {addr} {port} {{\n        weight {weight}\n    }}\n");
        }
        out += "}\n";
    }
    out
}

/// An rvs instance's private state: a bpffs for its pins and a state directory.
pub struct Plane {
    bpffs: Bpffs,
    state: PathBuf,
}

/// `rvs apply` never takes this long; a hung one fails the test.
const RVS_TIMEOUT: Duration = Duration::from_secs(60);

impl Plane {
    pub fn new(tag: &str) -> Plane {
        let bpffs = Bpffs::mount(tag).unwrap_or_else(|e| panic!("a private bpffs: {e}"));
        let state = std::env::temp_dir().join(format!("rvs-t-{}-{tag}-state", std::process::id()));
        std::fs::create_dir_all(&state)
            .unwrap_or_else(|e| panic!("creating {}: {e}", state.display()));
        Plane { bpffs, state }
    }

    fn command(&self, lab: &LbLab, args: &[&str]) -> std::process::Command {
        let mut cmd = lab.director().command(env!("CARGO_BIN_EXE_rvs"));
        cmd.args(args)
            .args(["--instance", "t", "--bpffs"])
            .arg(self.bpffs.path())
            .arg("--state-dir")
            .arg(&self.state);
        cmd
    }

    /// `rvs apply -f CONF --dev d0 [--nat-dev d1]` in the director's namespace, as a
    /// child the caller may kill.
    pub fn spawn_apply(&self, lab: &LbLab, text: &str) -> Child {
        let mut cmd = self.apply_command(lab, text);
        cmd.stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        cmd.spawn()
            .unwrap_or_else(|e| panic!("starting rvs apply: {e}"))
    }

    fn apply_command(&self, lab: &LbLab, text: &str) -> std::process::Command {
        let conf = self.state.join("keepalived.conf");
        std::fs::write(&conf, text).unwrap_or_else(|e| panic!("writing {}: {e}", conf.display()));
        let conf = conf.to_str().expect("temp paths are UTF-8").to_owned();
        // Native, as the lab runs XDP on the veth peers too (`Helpers`); `rvs run`
        // (spawn_run) goes by the default, generic on a veth.
        let mut args = vec![
            "apply",
            "-f",
            &conf,
            "--dev",
            lab.director_dev(),
            "--xdp-mode",
            "native",
        ];
        if let Some(nat) = lab.nat_dev() {
            args.extend_from_slice(&["--nat-dev", nat]);
        }
        self.command(lab, &args)
    }

    /// Applies `text` and returns rvs's stderr ("N change(s) applied"); fails the
    /// test when rvs does.
    pub fn apply(&self, lab: &LbLab, text: &str) -> String {
        let out = self.run(self.apply_command(lab, text));
        assert!(out.success(), "rvs apply of\n{text}failed: {}", out.both());
        out.stderr
    }

    /// `rvs ARGS` (with this plane's instance options); fails the test when rvs does.
    pub fn rvs(&self, lab: &LbLab, args: &[&str]) -> String {
        let out = self.run(self.command(lab, args));
        assert!(out.success(), "rvs {args:?} failed: {}", out.both());
        out.stdout
    }

    /// `rvs ARGS` (with this plane's instance options), whatever its outcome.
    pub fn output(&self, lab: &LbLab, args: &[&str]) -> Output {
        self.run(self.command(lab, args))
    }

    /// Writes `text` as the configuration `spawn_run` reads (again on SIGHUP).
    pub fn write_conf(&self, text: &str) -> String {
        let conf = self.state.join("keepalived.conf");
        std::fs::write(&conf, text).unwrap_or_else(|e| panic!("writing {}: {e}", conf.display()));
        conf.to_str().expect("temp paths are UTF-8").to_owned()
    }

    /// `rvs run FLAGS -f CONF --dev d0 [--nat-dev d1]` in the director's namespace,
    /// stderr piped, as a child the caller stops.
    pub fn spawn_run(&self, lab: &LbLab, text: &str, flags: &[&str]) -> Child {
        let conf = self.write_conf(text);
        let mut args = vec!["run"];
        args.extend_from_slice(flags);
        args.extend_from_slice(&["-f", &conf, "--dev", lab.director_dev()]);
        if let Some(nat) = lab.nat_dev() {
            args.extend_from_slice(&["--nat-dev", nat]);
        }
        let mut cmd = self.command(lab, &args);
        cmd.stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        cmd.spawn()
            .unwrap_or_else(|e| panic!("starting rvs run: {e}"))
    }

    fn run(&self, mut cmd: std::process::Command) -> Output {
        run_with_timeout(&mut cmd, RVS_TIMEOUT).unwrap_or_else(|e| panic!("running rvs: {e}"))
    }
}

impl Drop for Plane {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.state);
    }
}

/// The XDP programs the lab needs besides the director's: pass-through on the veth
/// ends that receive XDP-sent frames, decapsulation on TUN reals. Held (not pinned)
/// by the test; detached on drop.
pub struct Helpers {
    xdp: rvs_xdp::Balancer,
}

impl Helpers {
    pub fn attach(lab: &LbLab) -> Helpers {
        Helpers::with_pass(lab, true)
    }

    /// Without the pass-through programs (`pass` false): as an operator's director
    /// whose veth peer runs no XDP.
    pub fn with_pass(lab: &LbLab, pass: bool) -> Helpers {
        // These programs use no map: the smallest sizes do.
        let opts = rvs_xdp::Options {
            services: 16,
            backends: 16,
            ring: 17,
            flows: 64,
            persist: 64,
            nat_flows: 64,
            pin_dir: None,
        };
        let mut xdp = rvs_xdp::Balancer::open(&opts).unwrap_or_else(|e| {
            panic!("loading the XDP programs needs root with BPF (CAP_BPF, CAP_NET_ADMIN): {e:?}")
        });
        for (ns, dev) in lab.xdp_peers().into_iter().filter(|_| pass) {
            ns.run_in(|| xdp.attach(rvs_xdp::Prog::Pass, dev, rvs_xdp::XdpMode::Driver))
                .unwrap_or_else(|e| panic!("entering {}: {e}", ns.name()))
                .unwrap_or_else(|e| panic!("pass-through XDP on {dev} in {}: {e:?}", ns.name()));
        }
        Helpers { xdp }
    }

    /// Makes real `i` ready to serve `vips` by the lab's method. Today with sysctls,
    /// addresses and the repository's decapsulating XDP program; `rvs realserver up`
    /// is to do this.
    pub fn real_server_up(&mut self, lab: &LbLab, i: usize, vips: &[IpAddr]) {
        lab.prepare_real(i, vips)
            .unwrap_or_else(|e| panic!("preparing real {i}: {e}"));
        if lab.method() == Method::Tun {
            let ns = lab.real(i);
            let xdp = &mut self.xdp;
            ns.run_in(|| xdp.attach(rvs_xdp::Prog::DecapTun, "r0", rvs_xdp::XdpMode::Driver))
                .unwrap_or_else(|e| panic!("entering {}: {e}", ns.name()))
                .unwrap_or_else(|e| panic!("decapsulating XDP on r0 in {}: {e:?}", ns.name()));
        }
    }
}
