//! Adding and removing VIPs on an interface. This round shells out to `ip addr`
//! behind [`AddressOps`], so a netlink implementation can replace it without
//! touching the callers.

use std::net::Ipv4Addr;
use std::process::Command;

/// One address line of `virtual_ipaddress`, as the interface gets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ipv4Address {
    pub addr: Ipv4Addr,
    pub prefix_len: u8,
    pub dev: String,
    pub brd: Option<Ipv4Addr>,
    pub scope: Option<String>,
    pub label: Option<String>,
}

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
    fn add(&mut self, a: &Ipv4Address) -> Result<(), AddrError>;
    fn del(&mut self, a: &Ipv4Address) -> Result<(), AddrError>;
}

/// iproute2's `ip` of the current network namespace.
#[derive(Debug, Default, Clone, Copy)]
pub struct IpCommand;

impl IpCommand {
    fn run(op: &'static str, a: &Ipv4Address, benign: &[&str]) -> Result<(), AddrError> {
        let mut cmd = Command::new("ip");
        cmd.args(["-4", "addr", op, &format!("{}/{}", a.addr, a.prefix_len)])
            .args(["dev", &a.dev]);
        if op == "add" {
            if let Some(b) = a.brd {
                cmd.args(["broadcast", &b.to_string()]);
            }
            if let Some(s) = &a.scope {
                cmd.args(["scope", s]);
            }
            if let Some(l) = &a.label {
                cmd.args(["label", l]);
            }
        }
        let out = cmd.output()?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.success() || benign.iter().any(|b| stderr.contains(b)) {
            return Ok(());
        }
        Err(AddrError::Failed {
            op,
            addr: a.addr,
            prefix_len: a.prefix_len,
            dev: a.dev.clone(),
            stderr: stderr.trim().to_owned(),
        })
    }
}

impl AddressOps for IpCommand {
    fn add(&mut self, a: &Ipv4Address) -> Result<(), AddrError> {
        IpCommand::run("add", a, &["File exists"])
    }

    fn del(&mut self, a: &Ipv4Address) -> Result<(), AddrError> {
        // Older iproute2 says the first, 6.x the second.
        let absent = ["Cannot assign requested address", "Address not found"];
        IpCommand::run("del", a, &absent)
    }
}
