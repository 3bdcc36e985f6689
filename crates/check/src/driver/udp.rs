//! UDP_CHECK: send a datagram; an ICMP error (seen as a socket error on the connected
//! socket) fails the check. With `require_reply` a matching reply is needed; without, no
//! error before 90 % of the timeout counts as success (the core fails the probe at 100 %).

use std::time::Duration;

use super::socket::connect_udp;
use crate::monitor::Probe;
use crate::outcome::{Failure, Outcome};
use crate::spec::UdpSpec;

pub async fn check(probe: &Probe, spec: &UdpSpec) -> Outcome {
    match exchange(probe, spec).await {
        Ok(()) => Outcome::SUCCESS,
        Err(f) => f.into(),
    }
}

async fn exchange(probe: &Probe, spec: &UdpSpec) -> Result<(), Failure> {
    let sock = connect_udp(probe).await?;
    let payload = spec
        .payload
        .clone()
        .unwrap_or_else(|| b"rvs-udp-check".to_vec());
    sock.send(&payload)
        .await
        .map_err(|e| Failure::Io(e.kind()))?;
    let wait = probe.timeout.mul_f64(0.9).max(Duration::from_millis(1));
    let mut buf = vec![0u8; 65536];
    match tokio::time::timeout(wait, sock.recv(&mut buf)).await {
        Err(_) if spec.require_reply.is_some() => Err(Failure::Timeout),
        Err(_) => Ok(()),
        Ok(Err(e)) => Err(Failure::Connect(e.kind())),
        Ok(Ok(n)) => match &spec.require_reply {
            None => Ok(()),
            Some((want, mask)) => {
                let reply = &buf[..n];
                let max = if spec.max_reply_length == 0 {
                    usize::MAX
                } else {
                    spec.max_reply_length
                };
                let len_ok = n >= spec.min_reply_length && n <= max;
                let matches = reply
                    .iter()
                    .zip(want.iter().zip(mask.iter()))
                    .all(|(got, (w, m))| got & m == w & m);
                if len_ok && matches {
                    Ok(())
                } else {
                    Err(Failure::Protocol)
                }
            }
        },
    }
}
