//! HTTP_GET and SSL_GET: one `url` per probe (the core walks the list) must answer with
//! an accepted status and, when asked, a body with the right MD5 digest and regex match.
//! `Connection: close` for 1.1 and 1.0C.

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper::header::{CONNECTION, HOST, USER_AGENT};
use hyper::{Request, Version};
use hyper_util::rt::TokioIo;
use md5::{Digest, Md5};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_rustls::TlsConnector;

use super::socket::connect_tcp;
use super::BODY_CAP;
use crate::monitor::Probe;
use crate::outcome::{Failure, Outcome};
use crate::spec::{HttpProtocol, HttpSpec, UrlSpec};

pub async fn check(
    probe: &Probe,
    spec: &HttpSpec,
    step: usize,
    tls: Option<&TlsConnector>,
) -> Outcome {
    let root = UrlSpec::new("/");
    let url = spec.urls.get(step).unwrap_or(&root);
    match check_url(probe, spec, url, tls).await {
        Ok(()) => Outcome::SUCCESS,
        Err(f) => f.into(),
    }
}

async fn check_url(
    probe: &Probe,
    spec: &HttpSpec,
    url: &UrlSpec,
    tls: Option<&TlsConnector>,
) -> Result<(), Failure> {
    let tcp = connect_tcp(probe).await?;
    let host = url
        .virtualhost
        .clone()
        .or_else(|| probe.virtualhost.clone());
    match tls {
        Some(conn) => {
            let name = super::tls::server_name(probe, spec, host.as_deref())?;
            let stream = conn.connect(name, tcp).await.map_err(|_| Failure::Tls)?;
            get(stream, probe, spec, url, host, true).await
        }
        None => get(tcp, probe, spec, url, host, false).await,
    }
}

/// Aborts the connection task when the probe ends or is dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

async fn get<S>(
    io: S,
    probe: &Probe,
    spec: &HttpSpec,
    url: &UrlSpec,
    host: Option<String>,
    tls: bool,
) -> Result<(), Failure>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(io))
        .await
        .map_err(http_failure)?;
    let _conn = AbortOnDrop(tokio::spawn(async move {
        let _ = conn.await;
    }));
    let default_port = if tls { 443 } else { 80 };
    let host = host.unwrap_or_else(|| match (probe.target.ip(), probe.target.port()) {
        (ip, p) if p == default_port => host_ip(ip),
        (ip, p) => format!("{}:{p}", host_ip(ip)),
    });
    let mut req = Request::builder()
        .method("GET")
        .uri(url.path.as_str())
        .header(HOST, host)
        .header(USER_AGENT, "KeepAliveClient");
    req = match spec.protocol {
        HttpProtocol::Http10 => req.version(Version::HTTP_10),
        HttpProtocol::Http10Close => req.version(Version::HTTP_10).header(CONNECTION, "close"),
        HttpProtocol::Http11 => req.version(Version::HTTP_11).header(CONNECTION, "close"),
    };
    let req = req
        .body(Empty::<Bytes>::new())
        .map_err(|_| Failure::Setup(std::io::ErrorKind::InvalidInput))?;
    let resp = sender.send_request(req).await.map_err(http_failure)?;
    let status = resp.status().as_u16();
    if !url.status_ok(status) {
        return Err(Failure::Status(status));
    }
    if url.digest.is_none() && url.regex.is_none() {
        return Ok(());
    }
    let mut body = resp.into_body();
    let mut md5 = Md5::new();
    let mut kept = Vec::new();
    let mut len = 0usize;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(http_failure)?;
        if let Some(data) = frame.data_ref() {
            len += data.len();
            if len > BODY_CAP {
                return Err(Failure::BodyTooLarge);
            }
            md5.update(data);
            if url.regex.is_some() {
                kept.extend_from_slice(data);
            }
        }
    }
    if let Some(want) = &url.digest {
        let got: String = md5.finalize().iter().map(|b| format!("{b:02x}")).collect();
        if !got.eq_ignore_ascii_case(want) {
            return Err(Failure::Digest);
        }
    }
    if let Some(re) = &url.regex {
        let re = regex::bytes::Regex::new(re)
            .map_err(|_| Failure::Setup(std::io::ErrorKind::InvalidInput))?;
        if re.is_match(&kept) == url.regex_no_match {
            return Err(Failure::Regex);
        }
    }
    Ok(())
}

fn host_ip(ip: std::net::IpAddr) -> String {
    match ip {
        std::net::IpAddr::V4(v4) => v4.to_string(),
        std::net::IpAddr::V6(v6) => format!("[{v6}]"),
    }
}

fn http_failure(e: hyper::Error) -> Failure {
    if e.is_parse() || e.is_parse_status() {
        Failure::Protocol
    } else if e.is_incomplete_message() {
        Failure::Io(std::io::ErrorKind::UnexpectedEof)
    } else {
        Failure::Io(std::io::ErrorKind::Other)
    }
}
