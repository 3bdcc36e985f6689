//! Each driver against real servers on loopback.

mod common;

use std::time::{Duration, Instant};

use common::*;
use rvs_check::driver;
use rvs_check::spec::{
    CheckKind, HttpProtocol, HttpSpec, MiscSpec, Script, SmtpSpec, UdpSpec, UrlSpec,
};
use rvs_check::{Failure, Outcome};

const T: Duration = Duration::from_secs(3);

fn http(urls: Vec<UrlSpec>) -> CheckKind {
    CheckKind::Http(HttpSpec {
        urls,
        ..Default::default()
    })
}

/// Runs a probe with the deadline the engine would apply, returning how long it took.
async fn run(p: &rvs_check::Probe) -> (Outcome, Duration) {
    let start = Instant::now();
    let o = tokio::time::timeout(p.timeout, driver::run(p, 0))
        .await
        .unwrap_or(Failure::Timeout.into());
    (o, start.elapsed())
}

#[tokio::test]
async fn tcp_open_and_closed_ports() {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let (o, _) = run(&probe(CheckKind::Tcp, l.local_addr().expect("addr"), T)).await;
    assert_eq!(o, Outcome::SUCCESS);
    let (o, took) = run(&probe(CheckKind::Tcp, closed_port().await, T)).await;
    assert_eq!(
        o,
        Failure::Connect(std::io::ErrorKind::ConnectionRefused).into()
    );
    assert!(
        took < Duration::from_millis(500),
        "refusal is immediate, took {took:?}"
    );
}

#[tokio::test]
async fn tcp_bindto_and_bind_port_set_the_source() {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let mut p = probe(CheckKind::Tcp, l.local_addr().expect("addr"), T);
    let free = closed_port().await.port();
    p.conn.bindto = Some("127.0.0.9".parse().expect("ip"));
    p.conn.bind_port = Some(free);
    let (accepted, (o, _)) = tokio::join!(l.accept(), run(&p));
    assert_eq!(o, Outcome::SUCCESS);
    let peer = accepted.expect("accept").1;
    assert_eq!(peer, format!("127.0.0.9:{free}").parse().expect("addr"));
}

#[tokio::test]
async fn http_status_codes_lists_and_ranges() {
    let srv = HttpServer::start(None).await;
    let url = |codes: Vec<std::ops::RangeInclusive<u16>>| UrlSpec {
        status_codes: codes,
        ..UrlSpec::new("/")
    };
    for (status, codes, ok) in [
        (200, vec![], true),
        (204, vec![], true),
        (301, vec![], false),
        (503, vec![], false),
        (404, vec![200..=200, 400..=499], true),
        (503, vec![200..=299, 503..=503], true),
        (500, vec![200..=299, 503..=503], false),
    ] {
        srv.set(|s| s.status = status);
        let (o, _) = run(&probe(http(vec![url(codes.clone())]), srv.addr, T)).await;
        let want = if ok {
            Outcome::SUCCESS
        } else {
            Failure::Status(status).into()
        };
        assert_eq!(o, want, "status {status} against {codes:?}");
    }
}

#[tokio::test]
async fn http_digest_and_regex() {
    let srv = HttpServer::start(None).await;
    // md5("hello")
    let good = "5d41402abc4b2a76b9719d911017c592";
    let digest = |d: &str| UrlSpec {
        digest: Some(d.into()),
        ..UrlSpec::new("/")
    };
    assert_eq!(
        run(&probe(http(vec![digest(good)]), srv.addr, T)).await.0,
        Outcome::SUCCESS
    );
    assert_eq!(
        run(&probe(
            http(vec![digest(&good.to_uppercase())]),
            srv.addr,
            T
        ))
        .await
        .0,
        Outcome::SUCCESS,
        "genhash digests compare case-insensitively"
    );
    srv.set(|s| s.body = b"hellO".to_vec());
    assert_eq!(
        run(&probe(http(vec![digest(good)]), srv.addr, T)).await.0,
        Failure::Digest.into()
    );
    let re = |r: &str, no: bool| UrlSpec {
        regex: Some(r.into()),
        regex_no_match: no,
        ..UrlSpec::new("/")
    };
    srv.set(|s| s.body = b"status: all good\n".to_vec());
    assert_eq!(
        run(&probe(
            http(vec![re("all (good|fine)", false)]),
            srv.addr,
            T
        ))
        .await
        .0,
        Outcome::SUCCESS
    );
    assert_eq!(
        run(&probe(http(vec![re("degraded", false)]), srv.addr, T))
            .await
            .0,
        Failure::Regex.into()
    );
    assert_eq!(
        run(&probe(http(vec![re("degraded", true)]), srv.addr, T))
            .await
            .0,
        Outcome::SUCCESS
    );
    assert_eq!(
        run(&probe(http(vec![re("good", true)]), srv.addr, T))
            .await
            .0,
        Failure::Regex.into()
    );
}

#[tokio::test]
async fn fetch_digest_digests_the_body_whatever_the_status() {
    let srv = HttpServer::start(None).await;
    let p = probe(http(vec![]), srv.addr, T);
    let got = driver::fetch_digest(&p, &UrlSpec::new("/"))
        .await
        .expect("fetch from the test server");
    assert_eq!(got.status, 200);
    // md5("hello"), as `md5sum` and keepalived's genhash print it.
    assert_eq!(
        got.digest.as_deref(),
        Some("5d41402abc4b2a76b9719d911017c592")
    );
    srv.set(|s| {
        s.status = 404;
        s.body = b"gone".to_vec();
    });
    let got = driver::fetch_digest(&p, &UrlSpec::new("/"))
        .await
        .expect("fetch from the test server");
    assert_eq!(got.status, 404);
    // md5("gone")
    assert_eq!(
        got.digest.as_deref(),
        Some("50c1f58be7f5e47e0f53d64c094783c2")
    );
    let dir = TempDir::new("genhash-tls");
    let (_ca, cert, key) = certificates(&dir, "rs.example");
    let tls = HttpServer::start(Some(tls_acceptor(&cert, &key))).await;
    let ssl = CheckKind::Ssl(HttpSpec::default());
    let got = driver::fetch_digest(&probe(ssl, tls.addr, T), &UrlSpec::new("/"))
        .await
        .expect("fetch over TLS, unverified as keepalived's genhash -S");
    assert_eq!(
        (got.status, got.digest.as_deref()),
        (200, Some("5d41402abc4b2a76b9719d911017c592"))
    );
    assert_eq!(
        driver::fetch_digest(&probe(CheckKind::Tcp, srv.addr, T), &UrlSpec::new("/")).await,
        Err(Failure::Setup(std::io::ErrorKind::InvalidInput)),
        "only HTTP_GET and SSL_GET probes fetch"
    );
}

#[tokio::test]
async fn http_steps_select_the_url_and_requests_carry_host_and_version() {
    let srv = HttpServer::start(None).await;
    let urls = vec![
        UrlSpec::new("/a"),
        UrlSpec {
            virtualhost: Some("b.example".into()),
            ..UrlSpec::new("/b?x=1")
        },
    ];
    let mut p = probe(http(urls), srv.addr, T);
    p.virtualhost = Some("www.example".into());
    for step in [0, 1] {
        assert_eq!(driver::run(&p, step).await, Outcome::SUCCESS);
    }
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 2, "one connection per url");
    assert!(reqs[0].starts_with("GET /a HTTP/1.1\r\n"), "{}", reqs[0]);
    assert!(
        reqs[0]
            .to_ascii_lowercase()
            .contains("host: www.example\r\n"),
        "{}",
        reqs[0]
    );
    assert!(
        reqs[0]
            .to_ascii_lowercase()
            .contains("connection: close\r\n"),
        "{}",
        reqs[0]
    );
    assert!(
        reqs[1].starts_with("GET /b?x=1 HTTP/1.1\r\n"),
        "{}",
        reqs[1]
    );
    assert!(
        reqs[1].to_ascii_lowercase().contains("host: b.example\r\n"),
        "url vhost wins: {}",
        reqs[1]
    );

    let kind = CheckKind::Http(HttpSpec {
        protocol: HttpProtocol::Http10,
        urls: vec![UrlSpec::new("/")],
        ..Default::default()
    });
    assert_eq!(run(&probe(kind, srv.addr, T)).await.0, Outcome::SUCCESS);
    let last = srv.requests().pop().expect("a request");
    assert!(last.starts_with("GET / HTTP/1.0\r\n"), "{last}");
    let host = format!("host: 127.0.0.1:{}\r\n", srv.addr.port());
    assert!(last.to_ascii_lowercase().contains(&host), "{last}");
    assert!(
        !last.to_ascii_lowercase().contains("connection:"),
        "plain 1.0: {last}"
    );

    let no_urls = probe(http(vec![]), srv.addr, T);
    assert_eq!(run(&no_urls).await.0, Outcome::SUCCESS);
    assert!(srv
        .requests()
        .pop()
        .expect("a request")
        .starts_with("GET / HTTP/1.1"));
    srv.set(|s| s.status = 500);
    assert_eq!(run(&no_urls).await.0, Failure::Status(500).into());
}

#[tokio::test]
async fn http_endless_body_fails_on_the_cap_within_the_timeout() {
    let srv = HttpServer::start(None).await;
    srv.set(|s| s.mode = Mode::Endless);
    let url = UrlSpec {
        digest: Some("5d41402abc4b2a76b9719d911017c592".into()),
        ..UrlSpec::new("/")
    };
    let (o, took) = run(&probe(http(vec![url]), srv.addr, T)).await;
    assert_eq!(o, Failure::BodyTooLarge.into());
    assert!(took < T, "took {took:?}");
}

#[tokio::test]
async fn http_garbage_and_silence_fail() {
    let srv = HttpServer::start(None).await;
    srv.set(|s| s.mode = Mode::Garbage);
    assert_eq!(
        run(&probe(http(vec![UrlSpec::new("/")]), srv.addr, T))
            .await
            .0,
        Failure::Protocol.into()
    );
    srv.set(|s| s.mode = Mode::Silent);
    let (o, took) = run(&probe(
        http(vec![UrlSpec::new("/")]),
        srv.addr,
        Duration::from_millis(500),
    ))
    .await;
    assert_eq!(o, Failure::Timeout.into());
    assert!(took < Duration::from_millis(900), "deadline held: {took:?}");
    let (o, _) = run(&probe(
        http(vec![UrlSpec::new("/")]),
        closed_port().await,
        T,
    ))
    .await;
    assert_eq!(
        o,
        Failure::Connect(std::io::ErrorKind::ConnectionRefused).into()
    );
}

#[tokio::test]
async fn ssl_get_without_verification_with_sni_and_with_a_ca() {
    let dir = TempDir::new("tls");
    let (ca, cert, key) = certificates(&dir, "rs.example");
    let srv = HttpServer::start(Some(tls_acceptor(&cert, &key))).await;
    let ssl = |sni: bool, ca: Option<std::path::PathBuf>| {
        CheckKind::Ssl(HttpSpec {
            urls: vec![UrlSpec {
                digest: Some("5d41402abc4b2a76b9719d911017c592".into()),
                ..UrlSpec::new("/")
            }],
            enable_sni: sni,
            ca_file: ca,
            ..Default::default()
        })
    };
    let mut p = probe(ssl(false, None), srv.addr, T);
    p.virtualhost = Some("rs.example".into());
    assert_eq!(
        run(&p).await.0,
        Outcome::SUCCESS,
        "unknown issuer accepted without a CA"
    );
    p.kind = ssl(true, None);
    assert_eq!(run(&p).await.0, Outcome::SUCCESS);
    p.kind = ssl(true, Some(ca.clone()));
    assert_eq!(
        run(&p).await.0,
        Outcome::SUCCESS,
        "verified against its own CA"
    );
    assert_eq!(
        srv.state.lock().expect("state").sni,
        vec![None, Some("rs.example".into()), Some("rs.example".into())]
    );
    p.virtualhost = Some("other.example".into());
    assert_eq!(
        run(&p).await.0,
        Failure::Tls.into(),
        "name mismatch fails when verifying"
    );
    // Plain HTTP against a TLS server.
    assert!(!run(&probe(http(vec![UrlSpec::new("/")]), srv.addr, T))
        .await
        .0
        .is_success());
}

fn misc(cmd: &str, dynamic: bool) -> CheckKind {
    CheckKind::Misc(MiscSpec {
        path: Script::new(cmd),
        timeout: None,
        dynamic,
    })
}

#[tokio::test]
async fn misc_exit_codes_and_dynamic_weight() {
    let any = closed_port().await;
    let cases = [
        ("/bin/sh -c 'exit 0'", false, Outcome::SUCCESS),
        ("/bin/sh -c 'exit 1'", false, Failure::Exit(1).into()),
        ("/bin/sh -c 'exit 7'", false, Failure::Exit(7).into()),
        (
            "/bin/sh -c 'exit 7'",
            true,
            Outcome::Success { weight: Some(5) },
        ),
        (
            "/bin/sh -c 'exit 0'",
            true,
            Outcome::Success { weight: Some(1) },
        ),
        ("/bin/sh -c 'exit 1'", true, Failure::Exit(1).into()),
        ("/bin/sh -c 'kill -9 $$'", false, Failure::Signal.into()),
        (
            "/nonexistent/script",
            false,
            Failure::Spawn(std::io::ErrorKind::NotFound).into(),
        ),
    ];
    for (cmd, dynamic, want) in cases {
        assert_eq!(
            run(&probe(misc(cmd, dynamic), any, T)).await.0,
            want,
            "{cmd} dynamic={dynamic}"
        );
    }
}

#[tokio::test]
async fn misc_hanging_script_is_killed_at_the_deadline() {
    let dir = TempDir::new("misc");
    let pidfile = dir.0.join("pid");
    let cmd = format!(
        "/bin/sh -c 'echo $$ > {}; sleep 30; true'",
        pidfile.display()
    );
    let (o, took) = run(&probe(
        misc(&cmd, false),
        closed_port().await,
        Duration::from_millis(500),
    ))
    .await;
    assert_eq!(o, Failure::Timeout.into());
    assert!(took < Duration::from_millis(900), "took {took:?}");
    let pid = std::fs::read_to_string(&pidfile).expect("the script wrote its pid");
    let proc = format!("/proc/{}", pid.trim());
    let gone = (0..50).any(|_| {
        std::thread::sleep(Duration::from_millis(20));
        // A zombie is gone for our purpose: it holds nothing and runs nothing.
        std::fs::read_to_string(format!("{proc}/stat")).map_or(true, |s| s.contains(") Z "))
    });
    assert!(gone, "the hung script {proc} was killed");
}

#[tokio::test]
async fn smtp_greeting_and_helo() {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let l = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = l.local_addr().expect("addr");
    let server = tokio::spawn(async move {
        let mut helos = Vec::new();
        for greeting in ["220-first\r\n220 ready\r\n", "554 go away\r\n"] {
            let (s, _) = l.accept().await.expect("accept");
            let mut s = BufReader::new(s);
            s.get_mut()
                .write_all(greeting.as_bytes())
                .await
                .expect("write");
            let mut line = String::new();
            if s.read_line(&mut line).await.unwrap_or(0) > 0 {
                helos.push(line.clone());
                s.get_mut().write_all(b"250 hi\r\n").await.expect("write");
                line.clear();
                let _ = s.read_line(&mut line).await;
                assert_eq!(line, "QUIT\r\n");
                s.get_mut().write_all(b"221 bye\r\n").await.expect("write");
            }
        }
        helos
    });
    let kind = CheckKind::Smtp(SmtpSpec {
        helo_name: Some("checker.example".into()),
    });
    assert_eq!(run(&probe(kind.clone(), addr, T)).await.0, Outcome::SUCCESS);
    assert_eq!(
        run(&probe(kind, addr, T)).await.0,
        Failure::Reply(554).into()
    );
    assert_eq!(
        server.await.expect("server"),
        vec!["HELO checker.example\r\n".to_string()]
    );
}

#[tokio::test]
async fn udp_reply_and_port_unreachable() {
    let sock = tokio::net::UdpSocket::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = sock.local_addr().expect("addr");
    let echo = tokio::spawn(async move {
        let mut buf = [0u8; 1500];
        for _ in 0..2 {
            let (n, from) = sock.recv_from(&mut buf).await.expect("recv");
            sock.send_to(&buf[..n], from).await.expect("send");
        }
    });
    let need = |pat: &[u8]| UdpSpec {
        payload: Some(b"ping".to_vec()),
        require_reply: Some((pat.to_vec(), vec![0xff; pat.len()])),
        ..Default::default()
    };
    assert_eq!(
        run(&probe(CheckKind::Udp(need(b"pi")), addr, T)).await.0,
        Outcome::SUCCESS
    );
    assert_eq!(
        run(&probe(CheckKind::Udp(need(b"po")), addr, T)).await.0,
        Failure::Protocol.into()
    );
    echo.await.expect("echo");
    let closed = {
        let s = std::net::UdpSocket::bind("127.0.0.1:0").expect("bind");
        s.local_addr().expect("addr")
    };
    let (o, took) = run(&probe(CheckKind::Udp(UdpSpec::default()), closed, T)).await;
    assert_eq!(
        o,
        Failure::Connect(std::io::ErrorKind::ConnectionRefused).into(),
        "ICMP port unreachable"
    );
    assert!(took < Duration::from_millis(500));
}

#[tokio::test]
async fn dns_rcode_decides_and_foreign_ids_are_ignored() {
    use hickory_proto::op::{Message, MessageType, ResponseCode};
    let sock = tokio::net::UdpSocket::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = sock.local_addr().expect("addr");
    let server = tokio::spawn(async move {
        let mut seen = Vec::new();
        let mut buf = [0u8; 1500];
        for rcode in [ResponseCode::NoError, ResponseCode::ServFail] {
            let (n, from) = sock.recv_from(&mut buf).await.expect("recv");
            let q = Message::from_vec(&buf[..n]).expect("a DNS query");
            seen.push((
                q.queries()[0].name().to_ascii(),
                q.queries()[0].query_type().to_string(),
                q.recursion_desired(),
            ));
            // First a reply with another id, which the checker must ignore.
            let mut other = q.clone();
            other
                .set_id(q.id().wrapping_add(1))
                .set_message_type(MessageType::Response)
                .set_response_code(ResponseCode::Refused);
            sock.send_to(&other.to_vec().expect("encode"), from)
                .await
                .expect("send");
            let mut resp = q.clone();
            resp.set_message_type(MessageType::Response)
                .set_response_code(rcode);
            sock.send_to(&resp.to_vec().expect("encode"), from)
                .await
                .expect("send");
        }
        seen
    });
    let spec = rvs_check::spec::DnsSpec {
        qtype: "a".into(),
        name: "rs.example.".into(),
    };
    assert_eq!(
        run(&probe(CheckKind::Dns(spec.clone()), addr, T)).await.0,
        Outcome::SUCCESS
    );
    assert_eq!(
        run(&probe(CheckKind::Dns(spec), addr, T)).await.0,
        Failure::Reply(2).into()
    );
    let seen = server.await.expect("server");
    assert_eq!(seen[0], ("rs.example.".to_string(), "A".to_string(), true));
    let def = rvs_check::spec::DnsSpec::default();
    let q = hickory_proto::op::Message::from_vec(&driver::dns_query(&def, 1).expect("query"))
        .expect("parse");
    assert_eq!(
        (
            q.queries()[0].name().to_ascii(),
            q.queries()[0].query_type().to_string()
        ),
        (".".into(), "SOA".into())
    );
}

#[tokio::test]
async fn ping_loopback() {
    for target in ["127.0.0.1:0", "[::1]:0"] {
        let p = probe(CheckKind::Ping, target.parse().expect("addr"), T);
        assert_eq!(
            run(&p).await.0,
            Outcome::SUCCESS,
            "ping {target}: needs ICMP datagram sockets (net.ipv4.ping_group_range must include gid 0)"
        );
    }
}

#[tokio::test]
async fn file_check_values_and_dynamic_weight() {
    use rvs_check::spec::FileSpec;
    let dir = TempDir::new("file");
    let path = dir.0.join("status");
    let any = closed_port().await;
    let file = |weight, reverse, dynamic| {
        let mut p = probe(
            CheckKind::File(FileSpec {
                path: path.clone(),
                weight,
                reverse,
                dynamic,
            }),
            any,
            T,
        );
        p.real_weight = 10;
        p
    };
    std::fs::write(&path, "0\n").expect("write");
    assert_eq!(run(&file(0, false, false)).await.0, Outcome::SUCCESS);
    std::fs::write(&path, "3\n").expect("write");
    assert_eq!(
        run(&file(0, false, false)).await.0,
        Failure::TrackedFile.into(),
        "weight 0: non-zero is down"
    );
    assert_eq!(
        run(&file(2, false, true)).await.0,
        Outcome::Success { weight: Some(16) }
    );
    assert_eq!(
        run(&file(2, true, true)).await.0,
        Outcome::Success { weight: Some(4) }
    );
    assert_eq!(run(&file(2, false, false)).await.0, Outcome::SUCCESS);
    std::fs::write(&path, "-2147483648").expect("write");
    assert_eq!(
        run(&file(1, false, true)).await.0,
        Failure::TrackedFile.into()
    );
    std::fs::remove_file(&path).expect("rm");
    assert_eq!(
        run(&file(0, false, false)).await.0,
        Outcome::SUCCESS,
        "a missing file reads as 0"
    );
}

#[tokio::test]
async fn ipv6_http_with_bind_if_and_fwmark() {
    let srv = HttpServer::start_on("[::1]:0".parse().expect("addr"), None).await;
    let mut p = probe(http(vec![UrlSpec::new("/")]), srv.addr, T);
    p.conn.bind_if = Some("lo".into());
    p.conn.fwmark = Some(7);
    assert_eq!(
        run(&p).await.0,
        Outcome::SUCCESS,
        "needs IPv6 on lo and root for SO_MARK"
    );
    let req = srv.requests().pop().expect("a request");
    let host = format!("host: [::1]:{}\r\n", srv.addr.port());
    assert!(req.to_ascii_lowercase().contains(&host), "{req}");
    p.conn.bind_if = Some("rvs-no-such-if".into());
    let (o, _) = run(&p).await;
    assert!(
        matches!(o, Outcome::Failure(Failure::Setup(_))),
        "unknown bind_if: {o:?}"
    );
}
