//! The IO shell's building blocks: IPv4 framing, raw VRRP sockets, GARP/NA frames. The core
//! (`packet`, `instance`, `sync_group`) never imports this module.

pub mod announce;
mod driver;
mod error;
mod ipv4;
mod socket;

pub use driver::BlockingDriver;
pub use error::{IoError, OsError};
pub use ipv4::{FrameError, Ipv4Frame, Ipv4Meta, TOS_NETWORK_CONTROL};
pub use socket::VrrpSocketV4;
