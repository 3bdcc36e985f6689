//! keepalived's `use_vmac`: a macvlan on the instance's interface with the virtual
//! router's MAC (00:00:5e:00:01:VRID, or :02: for IPv6), which holds the VIPs and sends
//! the adverts (unless `vmac_xmit_base`); adverts are still received on the base
//! interface. Created at start, deleted at exit. The sysctls and addresses are those
//! keepalived 2.2.7 sets (checked in a namespace): for IPv4, IPv6 off on the VMAC and
//! ARP sysctls on both (the base's left set at exit, as keepalived does); for IPv6, the
//! base's link-local copied, deprecated, so that adverts can leave from it; never
//! generated addresses.

use std::net::IpAddr;

use rvs_vrrp::io::{Address, IoError, Netlink, OsError, VrrpSocket};

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
    /// keepalived's defaults: `vrrp.VRID`, the virtual router MAC of the family.
    pub fn new(name: Option<&str>, base: &str, vrid: u8, ipv6: bool, xmit_base: bool) -> Self {
        Vmac {
            name: name.map_or_else(|| format!("vrrp.{vrid}"), str::to_owned),
            base: base.to_owned(),
            mac: [0x00, 0x00, 0x5e, 0x00, if ipv6 { 0x02 } else { 0x01 }, vrid],
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
    // 1: no address generation (no EUI-64 link-local from the VMAC's MAC).
    sysctl("ipv6", &v.name, "addr_gen_mode", "1")?;
    match plan.config.source {
        IpAddr::V4(_) => {
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
        }
        source @ IpAddr::V6(_) => {
            link.netlink.set_link_up(&v.name)?;
            let mut ll = Address::new(source, 64, &v.name);
            ll.preferred_lft = Some(0);
            link.netlink.add_address(&ll)?;
        }
    }
    let sender = if v.xmit_base {
        None
    } else {
        let mut s = VrrpSocket::open_sender(&v.name, &plan.config)?;
        s.set_unicast_ttl(plan.unicast_ttl)?;
        Some(s)
    };
    Ok((Some(link), sender))
}
