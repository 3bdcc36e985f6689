//! SMTP_CHECK: a 220 greeting, a 250 answer to HELO, then QUIT and its reply (any).

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use super::socket::connect_tcp;
use crate::monitor::Probe;
use crate::outcome::{Failure, Outcome};
use crate::spec::SmtpSpec;

/// keepalived's `SMTP_DEFAULT_HELO`.
pub const DEFAULT_HELO: &str = "smtpchecker.keepalived.org";

pub async fn check(probe: &Probe, spec: &SmtpSpec) -> Outcome {
    match session(probe, spec).await {
        Ok(()) => Outcome::SUCCESS,
        Err(f) => f.into(),
    }
}

async fn session(probe: &Probe, spec: &SmtpSpec) -> Result<(), Failure> {
    let stream = connect_tcp(probe).await?;
    let mut stream = BufReader::new(stream);
    let greeting = reply(&mut stream).await?;
    if greeting != 220 {
        return Err(Failure::Reply(greeting));
    }
    let helo = spec.helo_name.as_deref().unwrap_or(DEFAULT_HELO);
    send(&mut stream, &format!("HELO {helo}\r\n")).await?;
    let code = reply(&mut stream).await?;
    if code != 250 {
        return Err(Failure::Reply(code));
    }
    send(&mut stream, "QUIT\r\n").await?;
    reply(&mut stream).await.map(|_| ())
}

async fn send(stream: &mut BufReader<tokio::net::TcpStream>, line: &str) -> Result<(), Failure> {
    stream
        .get_mut()
        .write_all(line.as_bytes())
        .await
        .map_err(|e| Failure::Io(e.kind()))
}

/// Reads one (possibly multi-line) reply and returns its code.
async fn reply(stream: &mut BufReader<tokio::net::TcpStream>) -> Result<u16, Failure> {
    let mut total = 0usize;
    loop {
        let mut line = String::new();
        let n = stream
            .read_line(&mut line)
            .await
            .map_err(|e| Failure::Io(e.kind()))?;
        total += n;
        if n == 0 {
            return Err(Failure::Io(std::io::ErrorKind::UnexpectedEof));
        }
        if total > 64 * 1024 {
            return Err(Failure::Protocol);
        }
        let code = line
            .get(..3)
            .and_then(|c| c.parse::<u16>().ok())
            .ok_or(Failure::Protocol)?;
        if line.as_bytes().get(3) != Some(&b'-') {
            return Ok(code);
        }
    }
}
