//! `no_accept` (and `vrrp_strict`, which implies it): a MASTER that is not the address
//! owner must not accept traffic to its VIPs. keepalived 2.2.7 does it with nftables,
//! and so does rvs, with the same ruleset (checked with `nft list ruleset` against
//! keepalived): table `ip keepalived`, a set `vips` of the blocked addresses (every
//! VIP and excluded VIP of the MASTER instances), dropped in `input` by destination and
//! in `output` by source at priority filter - 1. The table is created at start when an
//! instance needs it and deleted at exit; addresses join the set when their instance
//! becomes MASTER and leave it when it stops being MASTER. Done with the `nft` command.

use std::io::Write;
use std::net::Ipv4Addr;
use std::process::{Command, Stdio};

use super::plan::Plan;

const TABLE: &str = "keepalived";

#[derive(Debug, thiserror::Error)]
pub enum NftError {
    #[error("cannot run nft (install nftables): {0}")]
    Spawn(std::io::Error),
    #[error("nft failed: {0}")]
    Failed(String),
}

/// Whether an instance of `plans` blocks its VIPs when MASTER.
pub fn needed(plans: &[Plan]) -> bool {
    plans
        .iter()
        .any(|p| !p.config.accept && p.config.priority != 255)
}

/// Creates the table, replacing one a previous run left behind.
pub fn create() -> Result<(), NftError> {
    nft(&format!(
        "add table ip {TABLE}\ndelete table ip {TABLE}\n\
         table ip {TABLE} {{\n\
         \tset vips {{ type ipv4_addr; }}\n\
         \tchain out {{ type filter hook output priority filter - 1; policy accept; ip saddr @vips drop; }}\n\
         \tchain in {{ type filter hook input priority filter - 1; policy accept; ip daddr @vips drop; }}\n\
         }}\n"
    ))
}

pub fn delete() -> Result<(), NftError> {
    nft(&format!("delete table ip {TABLE}\n"))
}

/// Drops traffic to and from `addrs`.
pub fn block(addrs: &[Ipv4Addr]) -> Result<(), NftError> {
    if addrs.is_empty() {
        return Ok(());
    }
    nft(&format!(
        "add element ip {TABLE} vips {{ {} }}\n",
        list(addrs)
    ))
}

/// Lets traffic to `addrs` through again; addresses not in the set are skipped.
pub fn unblock(addrs: &[Ipv4Addr]) -> Result<(), NftError> {
    // `delete element` fails on a missing element; adding first makes it present.
    if addrs.is_empty() {
        return Ok(());
    }
    let l = list(addrs);
    nft(&format!(
        "add element ip {TABLE} vips {{ {l} }}\ndelete element ip {TABLE} vips {{ {l} }}\n"
    ))
}

fn list(addrs: &[Ipv4Addr]) -> String {
    addrs
        .iter()
        .map(Ipv4Addr::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Runs one nft script (atomically: nft applies a file as one transaction).
fn nft(script: &str) -> Result<(), NftError> {
    let mut child = Command::new("nft")
        .args(["-f", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(NftError::Spawn)?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(script.as_bytes())
            .map_err(NftError::Spawn)?;
    }
    let out = child.wait_with_output().map_err(NftError::Spawn)?;
    if out.status.success() {
        Ok(())
    } else {
        Err(NftError::Failed(
            String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_listed_for_a_set() {
        assert_eq!(
            list(&[
                Ipv4Addr::new(198, 18, 0, 100),
                Ipv4Addr::new(198, 18, 0, 101)
            ]),
            "198.18.0.100, 198.18.0.101"
        );
    }
}
