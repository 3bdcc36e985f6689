//! `rvs genhash` against an HTTP server the test runs on 127.0.0.1.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener};
use std::process::{Command, Output};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// Answers `count` requests with `status` and `body`, sending each request head back on
/// the channel.
fn serve(status: u16, body: &'static [u8], count: usize) -> (SocketAddr, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback listener");
    let addr = listener.local_addr().expect("listener address");
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for _ in 0..count {
            let Ok((mut conn, _)) = listener.accept() else {
                return;
            };
            let _ = conn.set_read_timeout(Some(Duration::from_secs(5)));
            let mut reader = BufReader::new(conn.try_clone().expect("clone the connection"));
            let mut head = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                head.push_str(&line);
            }
            let _ = tx.send(head);
            let _ = write!(
                conn,
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = conn.write_all(body);
        }
    });
    (addr, rx)
}

fn genhash(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rvs"))
        .arg("genhash")
        .args(args)
        .output()
        .expect("run rvs genhash")
}

#[test]
fn genhash_prints_the_body_md5_as_digest_wants_it() {
    let (addr, heads) = serve(200, b"hello\n", 1);
    let port = addr.port().to_string();
    let out = genhash(&[
        "-s",
        "127.0.0.1",
        "-p",
        &port,
        "-u",
        "/health",
        "-V",
        "www.example.test",
    ]);
    assert!(out.status.success(), "genhash failed: {out:?}");
    // md5sum of "hello\n", as keepalived's genhash prints it.
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "b1946ac92492d2347c6235b4d2611184\n"
    );
    let head = heads
        .recv_timeout(Duration::from_secs(5))
        .expect("the server saw a request");
    assert!(head.starts_with("GET /health HTTP/1.1\r\n"), "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("host: www.example.test\r\n"),
        "virtualhost sent as Host: {head}"
    );
}

#[test]
fn genhash_digests_an_error_page_with_a_warning() {
    let (addr, _heads) = serve(404, b"gone", 1);
    let port = addr.port().to_string();
    let out = genhash(&["-s", "127.0.0.1", "-p", &port, "-u", "/"]);
    assert!(
        out.status.success(),
        "keepalived's genhash exits 0 here: {out:?}"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "50c1f58be7f5e47e0f53d64c094783c2\n"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("HTTP status 404"),
        "{out:?}"
    );
}

#[test]
fn genhash_fails_when_nothing_listens() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind a loopback listener");
        l.local_addr().expect("listener address").port().to_string()
    };
    let out = genhash(&["-s", "127.0.0.1", "-p", &port, "-u", "/", "-t", "2"]);
    assert!(!out.status.success(), "{out:?}");
    assert!(out.stdout.is_empty(), "no digest printed: {out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("connect failed"),
        "{out:?}"
    );
}

#[test]
fn genhash_agrees_with_keepalived_genhash() {
    // Bytes that are not text, and a body spanning several reads.
    static BODY: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    let body: &'static [u8] =
        BODY.get_or_init(|| (0..100_000u32).map(|i| (i * 7 % 251) as u8).collect());
    let (addr, _heads) = serve(200, body, 2);
    let port = addr.port().to_string();
    let args = ["-s", "127.0.0.1", "-p", &port, "-u", "/page"];
    let theirs = Command::new("keepalived")
        .arg("--genhash")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("this test needs keepalived (apt-get install keepalived): {e}"));
    assert!(theirs.status.success(), "keepalived --genhash: {theirs:?}");
    let ours = genhash(&args);
    assert!(ours.status.success(), "{ours:?}");
    let digest = String::from_utf8_lossy(&ours.stdout).into_owned();
    assert_eq!(digest.trim().len(), 32, "{digest:?}");
    assert_eq!(digest, String::from_utf8_lossy(&theirs.stdout));
}
