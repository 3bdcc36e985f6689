//! keepalived's `use_vmac`: a macvlan on the instance's interface with the virtual
//! router's MAC (00:00:5e:00:01:VRID), which holds the VIPs and sends the adverts
//! (unless `vmac_xmit_base`); adverts are still received on the base interface.
//! Created at start, deleted at exit. The sysctls are those keepalived 2.2.7 sets
//! (checked in a namespace); like keepalived, the base interface's are left set.

use rvs_vrrp::io::{IoError, Netlink, OsError, VrrpSocket};

use super::plan::Plan;

/// The VMAC of one instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vmac {
    pub name: String,
    pub base: String,
    pub mac: [u8; 6],
    /// `vmac_xmit_base`: adverts leave from the base interface.
    pub xmit_base: bool,
}

impl Vmac {
    /// keepalived's defaults: `vrrp.VRID`, the IPv4 virtual router MAC.
    pub fn new(name: Option<&str>, base: &str, vrid: u8, xmit_base: bool) -> Self {
        Vmac {
            name: name.map_or_else(|| format!("vrrp.{vrid}"), str::to_owned),
            base: base.to_owned(),
            mac: [0x00, 0x00, 0x5e, 0x00, 0x01, vrid],
            xmit_base,
        }
    }
}

/// The macvlan while it exists; deleted on drop.
pub struct VmacLink {
    name: String,
    netlink: Netlink,
}

impl Drop for VmacLink {
    fn drop(&mut self) {
        if let Err(e) = self.netlink.del_link(&self.name) {
            eprintln!("rvs: deleting {}: {e}", self.name);
        }
    }
}

fn sysctl(family: &str, ifname: &str, key: &str, value: &str) -> Result<(), IoError> {
    let path = format!("/proc/sys/net/{family}/conf/{ifname}/{key}");
    std::fs::write(&path, value).map_err(|e| IoError::SetSysctl {
        key: path,
        source: OsError::from(e),
    })
}

/// Creates `plan`'s VMAC, if it has one, and the socket its adverts leave from.
pub fn prepare(plan: &Plan) -> Result<(Option<VmacLink>, Option<VrrpSocket>), IoError> {
    let Some(v) = &plan.vmac else {
        return Ok((None, None));
    };
    let netlink = Netlink::open()?;
    netlink.add_macvlan(&v.name, &v.base, v.mac)?;
    let link = VmacLink {
        name: v.name.clone(),
        netlink,
    };
    sysctl("ipv6", &v.name, "disable_ipv6", "1")?;
    for (key, value) in [
        ("arp_ignore", "1"),
        ("accept_local", "1"),
        ("promote_secondaries", "1"),
    ] {
        sysctl("ipv4", &v.name, key, value)?;
    }
    for key in ["arp_ignore", "arp_filter"] {
        sysctl("ipv4", &v.base, key, "1")?;
    }
    link.netlink.set_link_up(&v.name)?;
    let sender = if v.xmit_base {
        None
    } else {
        Some(VrrpSocket::open_sender(&v.name, &plan.config)?)
    };
    Ok((Some(link), sender))
}
