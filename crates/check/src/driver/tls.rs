//! SSL_GET's TLS client: no certificate verification unless a CA file is configured (as
//! keepalived without an `SSL { ca }` block), SNI only with `enable_sni`.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_rustls::TlsConnector;

use crate::monitor::Probe;
use crate::outcome::Failure;
use crate::spec::HttpSpec;

pub fn connector(spec: &HttpSpec) -> Result<TlsConnector, Failure> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map_err(|_| Failure::Tls)?;
    let mut config = match &spec.ca_file {
        Some(path) => {
            let mut roots = RootCertStore::empty();
            let certs = CertificateDer::pem_file_iter(path)
                .map_err(|_| Failure::Setup(std::io::ErrorKind::InvalidData))?;
            for cert in certs {
                let cert = cert.map_err(|_| Failure::Setup(std::io::ErrorKind::InvalidData))?;
                roots
                    .add(cert)
                    .map_err(|_| Failure::Setup(std::io::ErrorKind::InvalidData))?;
            }
            builder.with_root_certificates(roots).with_no_client_auth()
        }
        None => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerify(provider)))
            .with_no_client_auth(),
    };
    config.enable_sni = spec.enable_sni;
    Ok(TlsConnector::from(Arc::new(config)))
}

/// The name the handshake checks (with a CA) and sends as SNI (with `enable_sni`): the
/// virtual host if there is one, else the target address.
pub fn server_name(
    probe: &Probe,
    spec: &HttpSpec,
    host: Option<&str>,
) -> Result<ServerName<'static>, Failure> {
    match host {
        Some(h) if spec.enable_sni || spec.ca_file.is_some() => {
            let h = h.split(':').next().unwrap_or(h);
            ServerName::try_from(h.to_owned())
                .map_err(|_| Failure::Setup(std::io::ErrorKind::InvalidInput))
        }
        _ => Ok(ServerName::IpAddress(probe.target.ip().into())),
    }
}

/// Accepts any certificate but still checks the handshake signatures.
#[derive(Debug)]
struct NoVerify(Arc<CryptoProvider>);

impl ServerCertVerifier for NoVerify {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
