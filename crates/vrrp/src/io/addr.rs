//! Adding and removing VIPs on an interface. This round shells out to `ip addr`
//! behind [`AddressOps`], so a netlink implementation can replace it without
//! touching the callers.

use std::net::Ipv4Addr;
use std::process::Command;

/// Why `ip addr` failed.
#[derive(Debug, thiserror::Error)]
pub enum AddrError {
    #[error("cannot run ip: {0}")]
    Spawn(#[from] std::io::Error),
    #[error("ip addr {op} {addr}/{prefix_len} dev {dev} failed: {stderr}")]
    Failed {
        op: &'static str,
        addr: Ipv4Addr,
        prefix_len: u8,
        dev: String,
        stderr: String,
    },
}

/// Puts addresses on and takes them off interfaces. Both are idempotent: adding a
/// present address or removing an absent one succeeds (an instance removes its VIPs
/// when it leaves INIT, whether a crashed run left them or not).
pub trait AddressOps {
    fn add(&mut self, addr: Ipv4Addr, prefix_len: u8, dev: &str) -> Result<(), AddrError>;
    fn del(&mut self, addr: Ipv4Addr, prefix_len: u8, dev: &str) -> Result<(), AddrError>;
}

/// iproute2's `ip` of the current network namespace.
#[derive(Debug, Default, Clone, Copy)]
pub struct IpCommand;

impl IpCommand {
    fn run(
        op: &'static str,
        addr: Ipv4Addr,
        prefix_len: u8,
        dev: &str,
        benign: &[&str],
    ) -> Result<(), AddrError> {
        let out = Command::new("ip")
            .args([
                "-4",
                "addr",
                op,
                &format!("{addr}/{prefix_len}"),
                "dev",
                dev,
            ])
            .output()?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.success() || benign.iter().any(|b| stderr.contains(b)) {
            return Ok(());
        }
        Err(AddrError::Failed {
            op,
            addr,
            prefix_len,
            dev: dev.to_owned(),
            stderr: stderr.trim().to_owned(),
        })
    }
}

impl AddressOps for IpCommand {
    fn add(&mut self, addr: Ipv4Addr, prefix_len: u8, dev: &str) -> Result<(), AddrError> {
        IpCommand::run("add", addr, prefix_len, dev, &["File exists"])
    }

    fn del(&mut self, addr: Ipv4Addr, prefix_len: u8, dev: &str) -> Result<(), AddrError> {
        // Older iproute2 says the first, 6.x the second.
        let absent = ["Cannot assign requested address", "Address not found"];
        IpCommand::run("del", addr, prefix_len, dev, &absent)
    }
}
