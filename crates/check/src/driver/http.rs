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
use crate::spec::{CheckKind, HttpProtocol, HttpSpec, UrlSpec};

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

/// What one GET answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub status: u16,
    /// Lower-case hex MD5 of the body, when the body was read.
    pub digest: Option<String>,
    /// The body, when kept for a regex.
    body: Vec<u8>,
}

/// How much of the body a GET reads. A check reads none when the status already fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Read {
    StatusOnly,
    Digest,
    DigestAndBody,
    /// genhash: the digest whatever the status.
    DigestAlways,
}

/// `rvs genhash`: one GET of `url` (over TLS for an SSL_GET probe), the whole body
/// digested whatever the status, as keepalived's genhash does.
pub async fn fetch_digest(probe: &Probe, url: &UrlSpec) -> Result<Fetched, Failure> {
    match &probe.kind {
        CheckKind::Ssl(spec) => {
            let conn = super::tls::connector(spec)?;
            fetch(probe, spec, url, Some(&conn), Read::DigestAlways).await
        }
        CheckKind::Http(spec) => fetch(probe, spec, url, None, Read::DigestAlways).await,
        _ => Err(Failure::Setup(std::io::ErrorKind::InvalidInput)),
    }
}

async fn check_url(
    probe: &Probe,
    spec: &HttpSpec,
    url: &UrlSpec,
    tls: Option<&TlsConnector>,
) -> Result<(), Failure> {
    let read = match (&url.digest, &url.regex) {
        (_, Some(_)) => Read::DigestAndBody,
        (Some(_), None) => Read::Digest,
        (None, None) => Read::StatusOnly,
    };
    let got = fetch(probe, spec, url, tls, read).await?;
    if !url.status_ok(got.status) {
        return Err(Failure::Status(got.status));
    }
    if let (Some(want), Some(digest)) = (&url.digest, &got.digest) {
        if !digest.eq_ignore_ascii_case(want) {
            return Err(Failure::Digest);
        }
    }
    if let Some(re) = &url.regex {
        if super::body_match::matches(re, &url.regex_options, &got.body)? == url.regex_no_match {
            return Err(Failure::Regex);
        }
    }
    Ok(())
}

async fn fetch(
    probe: &Probe,
    spec: &HttpSpec,
    url: &UrlSpec,
    tls: Option<&TlsConnector>,
    read: Read,
) -> Result<Fetched, Failure> {
    let tcp = connect_tcp(probe).await?;
    let host = url
        .virtualhost
        .clone()
        .or_else(|| probe.virtualhost.clone());
    match tls {
        Some(conn) => {
            let name = super::tls::server_name(probe, spec, host.as_deref())?;
            let stream = conn.connect(name, tcp).await.map_err(|_| Failure::Tls)?;
            get(stream, probe, spec, url, host, true, read).await
        }
        None => get(tcp, probe, spec, url, host, false, read).await,
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
    read: Read,
) -> Result<Fetched, Failure>
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
    let mut fetched = Fetched {
        status,
        digest: None,
        body: Vec::new(),
    };
    if read == Read::StatusOnly || (read != Read::DigestAlways && !url.status_ok(status)) {
        return Ok(fetched);
    }
    let mut body = resp.into_body();
    let mut md5 = Md5::new();
    let mut len = 0usize;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(http_failure)?;
        if let Some(data) = frame.data_ref() {
            len += data.len();
            if len > BODY_CAP {
                return Err(Failure::BodyTooLarge);
            }
            md5.update(data);
            if read == Read::DigestAndBody {
                fetched.body.extend_from_slice(data);
            }
        }
        // A large body arrives without a pause on a fast link: let due timers and other
        // probes run between frames rather than after the whole body.
        tokio::task::yield_now().await;
    }
    fetched.digest = Some(md5.finalize().iter().map(|b| format!("{b:02x}")).collect());
    Ok(fetched)
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
