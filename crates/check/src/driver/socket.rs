//! Outgoing sockets honouring the connection keywords: bindto, bind_port, bind_if, fwmark.

use std::io;
use std::net::{SocketAddr, TcpStream as StdTcpStream};

use socket2::{Domain, Protocol, SockAddr, Socket, Type};
use tokio::net::{TcpSocket, TcpStream, UdpSocket};

use crate::monitor::Probe;
use crate::outcome::Failure;

fn socket(probe: &Probe, ty: Type, proto: Protocol) -> Result<Socket, Failure> {
    let setup = |e: io::Error| Failure::Setup(e.kind());
    let domain = Domain::for_address(probe.target);
    let s = Socket::new(domain, ty, Some(proto)).map_err(setup)?;
    s.set_nonblocking(true).map_err(setup)?;
    if let Some(mark) = probe.conn.fwmark {
        s.set_mark(mark).map_err(setup)?;
    }
    if let Some(ifname) = &probe.conn.bind_if {
        s.bind_device(Some(ifname.as_bytes())).map_err(setup)?;
    }
    if probe.conn.bindto.is_some() || probe.conn.bind_port.is_some() {
        let ip = probe.conn.bindto.unwrap_or(match probe.target {
            SocketAddr::V4(_) => std::net::Ipv4Addr::UNSPECIFIED.into(),
            SocketAddr::V6(_) => std::net::Ipv6Addr::UNSPECIFIED.into(),
        });
        let local = SocketAddr::new(ip, probe.conn.bind_port.unwrap_or(0));
        if probe.conn.bind_port.is_some() {
            // A fixed source port is reused by every probe; TIME_WAIT must not block it.
            s.set_reuse_address(true).map_err(setup)?;
        }
        s.bind(&SockAddr::from(local)).map_err(setup)?;
    }
    Ok(s)
}

/// A TCP connection to the probe's target.
pub async fn connect_tcp(probe: &Probe) -> Result<TcpStream, Failure> {
    let s = socket(probe, Type::STREAM, Protocol::TCP)?;
    let s = TcpSocket::from_std_stream(StdTcpStream::from(s));
    s.connect(probe.target)
        .await
        .map_err(|e| Failure::Connect(e.kind()))
}

/// A UDP socket connected to the probe's target (so ICMP errors come back as errors).
pub async fn connect_udp(probe: &Probe) -> Result<UdpSocket, Failure> {
    let s = socket(probe, Type::DGRAM, Protocol::UDP)?;
    let s = UdpSocket::from_std(s.into()).map_err(|e| Failure::Setup(e.kind()))?;
    s.connect(probe.target)
        .await
        .map_err(|e| Failure::Connect(e.kind()))?;
    Ok(s)
}
