//! What a probe reports back to the core.

use std::io;

/// The result of one probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The check passed. `weight` is a dynamic weight (MISC_CHECK `misc_dynamic` exit code
    /// minus 2, FILE_CHECK `dynamic`) that replaces the real server's configured weight.
    Success {
        weight: Option<u32>,
    },
    Failure(Failure),
}

impl Outcome {
    pub const SUCCESS: Outcome = Outcome::Success { weight: None };

    pub fn is_success(&self) -> bool {
        matches!(self, Outcome::Success { .. })
    }
}

/// Why a probe failed; whose fault it is shows in the variant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Failure {
    /// The core's probe deadline (`connect_timeout`, `misc_timeout`) passed.
    #[error("timed out")]
    Timeout,
    /// Local setup failed (socket, bind, SO_MARK, bind_if): our side, not the server's.
    #[error("local setup failed: {0}")]
    Setup(io::ErrorKind),
    #[error("connect failed: {0}")]
    Connect(io::ErrorKind),
    #[error("i/o failed: {0}")]
    Io(io::ErrorKind),
    #[error("TLS handshake failed")]
    Tls,
    /// The server answered something that is not the protocol.
    #[error("protocol violation")]
    Protocol,
    #[error("unexpected HTTP status {0}")]
    Status(u16),
    #[error("body digest mismatch")]
    Digest,
    #[error("body regex check failed")]
    Regex,
    #[error("body larger than the cap")]
    BodyTooLarge,
    /// SMTP or DNS reply code that means failure.
    #[error("server replied with code {0}")]
    Reply(u16),
    /// The script exited with this status (1, or any non-zero one without misc_dynamic).
    #[error("script exited with {0}")]
    Exit(i32),
    #[error("script killed by a signal")]
    Signal,
    #[error("script could not be started: {0}")]
    Spawn(io::ErrorKind),
    /// FILE_CHECK: the tracked value means down.
    #[error("tracked file reports failure")]
    TrackedFile,
}

impl From<Failure> for Outcome {
    fn from(f: Failure) -> Outcome {
        Outcome::Failure(f)
    }
}
