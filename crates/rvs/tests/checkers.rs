//! `rvs checkers` against a TCP listener the test opens and closes on 127.0.0.1.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

fn temp_conf(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rvs-checkers-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create a temporary directory");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write the configuration");
    path
}

/// A virtual server with one real server on 127.0.0.1:`port`, checked every second,
/// down after one failed connect.
fn tcp_check_conf(port: u16) -> String {
    format!(
        "virtual_server 127.0.0.1 80 {{
    delay_loop 1
    lb_algo rr
    lb_kind NAT
    protocol TCP
    real_server 127.0.0.1 {port} {{
        TCP_CHECK {{
            connect_timeout 1
            retry 0
            warmup 0
        }}
    }}
}}
"
    )
}

/// The running command, killed on drop so a failing test leaves nothing behind.
struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Running {
    fn start(args: &[&str]) -> Running {
        let mut child = Command::new(env!("CARGO_BIN_EXE_rvs"))
            .arg("checkers")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start rvs checkers");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, lines) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { return };
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        Running { child, lines }
    }

    /// The next line, which must end with `suffix`, within `within`.
    fn expect_line(&self, suffix: &str, within: Duration) -> String {
        let line = self
            .lines
            .recv_timeout(within)
            .unwrap_or_else(|e| panic!("no line ending with {suffix:?} within {within:?}: {e}"));
        assert!(line.ends_with(suffix), "expected …{suffix:?}, got {line:?}");
        line
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn secs(line: &str) -> f64 {
    line.split(' ')
        .next()
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| panic!("no time at the start of {line:?}"))
}

#[test]
fn tcp_check_transitions_are_printed_and_sigterm_stops() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback listener");
    let port = listener.local_addr().expect("listener address").port();
    let conf = temp_conf("tcp.conf", &tcp_check_conf(port));
    let rvs = Running::start(&["-f", conf.to_str().expect("utf-8 path")]);
    let real = format!("127.0.0.1:80 127.0.0.1:{port}");
    let start = Instant::now();

    // Not alpha: up from the start, as keepalived.
    rvs.expect_line(&format!("{real} up 1"), Duration::from_secs(10));
    rvs.expect_line("127.0.0.1:80 quorum up", Duration::from_secs(1));
    drop(listener);
    // The first probe, 1 s after start (keepalived's bootstrap delay), finds it closed.
    let down = rvs.expect_line(&format!("{real} down -"), Duration::from_secs(5));
    assert!(
        (0.9..3.0).contains(&secs(&down)),
        "down after the first probe: {down}"
    );
    rvs.expect_line("127.0.0.1:80 quorum down", Duration::from_secs(1));
    let listener = TcpListener::bind(("127.0.0.1", port)).expect("reopen the listener");
    let up = rvs.expect_line(&format!("{real} up 1"), Duration::from_secs(5));
    assert!(
        secs(&up) > secs(&down) + 0.5,
        "up at a later probe, delay_loop after the failed one: {down} / {up}"
    );
    rvs.expect_line("127.0.0.1:80 quorum up", Duration::from_secs(1));
    drop(listener);
    assert!(start.elapsed() < Duration::from_secs(15));

    let pid = nix::unistd::Pid::from_raw(i32::try_from(rvs.child.id()).expect("pid"));
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM).expect("send SIGTERM");
    let mut rvs = rvs;
    let deadline = Instant::now() + Duration::from_secs(5);
    let status = loop {
        if let Some(s) = rvs.child.try_wait().expect("wait for rvs") {
            break s;
        }
        assert!(Instant::now() < deadline, "rvs checkers ignored SIGTERM");
        thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "SIGTERM is a normal stop: {status:?}");
}

#[test]
fn json_lines_and_for_seconds() {
    // A port nothing listens on.
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind a loopback listener");
        l.local_addr().expect("listener address").port()
    };
    // ha_suspend would hold the checkers until the virtual address is up, which never
    // happens without a data plane: rvs checkers checks anyway.
    let conf = temp_conf(
        "json.conf",
        &tcp_check_conf(port).replace("delay_loop 1", "delay_loop 1\n    ha_suspend"),
    );
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_rvs"))
        .args(["checkers", "--json", "--for", "2", "-f"])
        .arg(&conf)
        .output()
        .expect("run rvs checkers");
    assert!(out.status.success(), "{out:?}");
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "--for 2 stops it: {:?}",
        start.elapsed()
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l:?} is not JSON: {e}")))
        .collect();
    let reals: Vec<_> = lines
        .iter()
        .filter(|l| l.get("real").is_some())
        .map(|l| (l["up"].clone(), l["weight"].clone()))
        .collect();
    assert_eq!(
        reals,
        vec![
            (serde_json::json!(true), serde_json::json!(1)),
            (serde_json::json!(false), serde_json::Value::Null),
        ],
        "{lines:?}"
    );
    assert_eq!(lines[0]["real"], format!("127.0.0.1:{port}"));
    assert_eq!(lines[0]["service"], "127.0.0.1:80");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("ha_suspend ignored"),
        "{out:?}"
    );
}

#[test]
fn a_config_with_errors_is_refused_with_its_diagnostics() {
    let conf = temp_conf("bad.conf", "virtual_server 127.0.0.1 80 {\n");
    let out = Command::new(env!("CARGO_BIN_EXE_rvs"))
        .args(["checkers", "--for", "1", "-f"])
        .arg(&conf)
        .output()
        .expect("run rvs checkers");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stdout.is_empty(), "nothing checked: {out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("bad.conf:"),
        "diagnostics name the file: {out:?}"
    );
}

/// Answers every request (up to 50) with 200 and `body`.
fn serve_page(body: &'static [u8]) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback listener");
    let port = listener.local_addr().expect("listener address").port();
    thread::spawn(move || {
        for conn in listener.incoming().take(50) {
            let Ok(mut conn) = conn else { return };
            let _ = conn.set_read_timeout(Some(Duration::from_secs(5)));
            let mut reader = BufReader::new(conn.try_clone().expect("clone the connection"));
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap_or(0) > 0 && line != "\r\n" {
                line.clear();
            }
            let _ = write!(
                conn,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = conn.write_all(body);
        }
    });
    port
}

#[test]
fn http_get_digest_from_genhash_keeps_the_server_up() {
    let port = serve_page(b"<html>ok</html>\n");
    let hash = Command::new(env!("CARGO_BIN_EXE_rvs"))
        .args(["genhash", "-s", "127.0.0.1", "-u", "/ok", "-p"])
        .arg(port.to_string())
        .output()
        .expect("run rvs genhash");
    assert!(hash.status.success(), "{hash:?}");
    let digest = String::from_utf8_lossy(&hash.stdout).trim().to_owned();
    // Two real servers on the same page through connect_ip/connect_port: one expects the
    // genhash digest, the other a wrong one. Their own addresses are labels: probes go
    // to connect_ip.
    let check = |digest: &str| {
        format!(
            "HTTP_GET {{
            connect_ip 127.0.0.1
            connect_port {port}
            retry 0
            url {{
                path /ok
                digest {digest}
            }}
        }}"
        )
    };
    let conf = format!(
        "virtual_server 127.0.0.1 80 {{
    delay_loop 1
    warmup 0
    lb_algo rr
    lb_kind NAT
    protocol TCP
    real_server 198.18.0.2 80 {{
        {}
    }}
    real_server 198.18.0.3 80 {{
        {}
    }}
}}
",
        check(&digest),
        check("00000000000000000000000000000000")
    );
    let conf = temp_conf("http.conf", &conf);
    let out = Command::new(env!("CARGO_BIN_EXE_rvs"))
        .args(["checkers", "--for", "2.5", "-f"])
        .arg(&conf)
        .output()
        .expect("run rvs checkers");
    assert!(out.status.success(), "{out:?}");
    let reals: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.contains("quorum"))
        .map(|l| l.split_once(' ').map_or(l, |(_, rest)| rest).to_owned())
        .collect();
    assert_eq!(
        reals,
        [
            "127.0.0.1:80 198.18.0.2:80 up 1",
            "127.0.0.1:80 198.18.0.3:80 up 1",
            "127.0.0.1:80 198.18.0.3:80 down -",
        ],
        "only the wrong digest fails: {out:?}"
    );
}
