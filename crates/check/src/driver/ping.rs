//! PING_CHECK: one ICMP echo over an unprivileged ICMP datagram socket (the kernel picks
//! the identifier and filters replies to it); any echo reply passes.

use std::io;
use std::net::SocketAddr;

use socket2::{Domain, Protocol, SockAddr, Socket, Type};
use tokio::net::UdpSocket;

use crate::monitor::Probe;
use crate::outcome::{Failure, Outcome};

const ECHO_REQUEST_V4: u8 = 8;
const ECHO_REPLY_V4: u8 = 0;
const ECHO_REQUEST_V6: u8 = 128;
const ECHO_REPLY_V6: u8 = 129;

pub async fn check(probe: &Probe, seq: u16) -> Outcome {
    match echo(probe, seq).await {
        Ok(()) => Outcome::SUCCESS,
        Err(f) => f.into(),
    }
}

async fn echo(probe: &Probe, seq: u16) -> Result<(), Failure> {
    let setup = |e: io::Error| Failure::Setup(e.kind());
    let target = SocketAddr::new(probe.target.ip(), 0);
    let (domain, proto, request, reply) = match target {
        SocketAddr::V4(_) => (
            Domain::IPV4,
            Protocol::ICMPV4,
            ECHO_REQUEST_V4,
            ECHO_REPLY_V4,
        ),
        SocketAddr::V6(_) => (
            Domain::IPV6,
            Protocol::ICMPV6,
            ECHO_REQUEST_V6,
            ECHO_REPLY_V6,
        ),
    };
    let s = Socket::new(domain, Type::DGRAM, Some(proto)).map_err(setup)?;
    s.set_nonblocking(true).map_err(setup)?;
    if let Some(mark) = probe.conn.fwmark {
        s.set_mark(mark).map_err(setup)?;
    }
    if let Some(ifname) = &probe.conn.bind_if {
        s.bind_device(Some(ifname.as_bytes())).map_err(setup)?;
    }
    if let Some(ip) = probe.conn.bindto {
        s.bind(&SockAddr::from(SocketAddr::new(ip, 0)))
            .map_err(setup)?;
    }
    s.connect(&SockAddr::from(target))
        .map_err(|e| Failure::Connect(e.kind()))?;
    // An ICMP datagram socket reads and writes like a connected UDP one.
    let sock = UdpSocket::from_std(s.into()).map_err(setup)?;
    // type, code, checksum (filled by the kernel), identifier (kernel), sequence, payload.
    let mut pkt = vec![request, 0, 0, 0, 0, 0];
    pkt.extend_from_slice(&seq.to_be_bytes());
    pkt.extend_from_slice(b"rvs-ping-check");
    sock.send(&pkt).await.map_err(|e| Failure::Io(e.kind()))?;
    let mut buf = [0u8; 1500];
    loop {
        let n = sock
            .recv(&mut buf)
            .await
            .map_err(|e| Failure::Connect(e.kind()))?;
        if n >= 8 && buf[0] == reply && buf[6..8] == seq.to_be_bytes() {
            return Ok(());
        }
    }
}
