//! The load-balancer lab: a client, a director and real servers wired for one
//! forwarding method (`lb_kind`), `N` being the octet given to [`LbLab::build`].
//! Dual stack: each IPv4 address `198.18.N.H` has an IPv6 twin `2001:db8:N::H`
//! (N and H written as they are, read as hexadecimal), the /24s being /64s.
//!
//! ```text
//! DR, TUN: one LAN 198.18.N.0/24 (bridge in namespace <tag>-lan)
//!   client c0 .1 and .9 ── director d0 .2, VIPs .100, .101, ... ── real i r0 .(11+i)
//!
//! NAT: the reals behind the director, which is their gateway (no IP forwarding:
//!      only the XDP programs carry traffic across)
//!   client c0 .1 and .9 ── d0 .2, VIPs .100, ... director d1 198.18.(N+1).1
//!                                     LAN 198.18.(N+1).0/24 ── real i r0 .(11+i)
//! ```
//!
//! Frames sent by XDP carry no checksum-offload state, so the interfaces whose
//! packets XDP rewrites (the client's, and for NAT the reals') send complete
//! checksums and no GSO super-packets. XDP cannot be attached from here (this crate
//! knows no BPF): [`LbLab::xdp_peers`] names the veth ends that need a
//! pass-through program, and a TUN real needs a decapsulating one on `r0`.

use crate::run::require_tool;
use crate::{Error, Netns, Topology};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// How the director forwards to the reals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Dr,
    Tun,
    Nat,
}

/// The second client address, in the client's /24 (persistence granularity tests).
const SECOND_CLIENT: u8 = 9;
const FIRST_REAL: u8 = 11;
const FIRST_VIP: u8 = 100;

/// A built lab; every namespace is deleted on drop.
#[derive(Debug)]
pub struct LbLab {
    topo: Topology,
    method: Method,
    tag: String,
    octet: u8,
    reals: usize,
}

impl LbLab {
    /// Builds the lab with `reals` real servers (at most 80) and `vips` VIPs on the
    /// director (at most 100). `tag` prefixes every node name, so labs with distinct
    /// tags can live in one process; `octet` is N above (NAT also uses N+1).
    pub fn build(
        tag: &str,
        method: Method,
        octet: u8,
        reals: usize,
        vips: usize,
    ) -> Result<LbLab, Error> {
        require_tool("ethtool", "ethtool")?;
        let lab_net = |n: u8| format!("198.18.{n}");
        let front = lab_net(octet);
        let back = match method {
            Method::Nat => lab_net(octet.checked_add(1).ok_or(Error::BadName {
                name: octet.to_string(),
                why: "NAT needs octet N+1 for the reals' network",
            })?),
            Method::Dr | Method::Tun => front.clone(),
        };
        if reals > 80 || vips > 100 {
            return Err(Error::BadName {
                name: format!("{reals} reals, {vips} VIPs"),
                why: "at most 80 reals and 100 VIPs fit the address plan",
            });
        }
        let node = |role: &str| format!("{tag}-{role}");
        let (client, director) = (node("cl"), node("dir"));
        let real_nodes: Vec<String> = (0..reals).map(|i| node(&format!("rs{}", i + 1))).collect();
        let real_cidrs: Vec<String> = (0..reals)
            .map(|i| format!("{back}.{}/24", usize::from(FIRST_REAL) + i))
            .collect();
        let client_cidr = format!("{front}.1/24");
        let director_cidr = format!("{front}.2/24");
        let mut b = Topology::builder();
        match method {
            Method::Dr | Method::Tun => {
                let mut members = vec![
                    (client.as_str(), "c0", client_cidr.as_str()),
                    (director.as_str(), "d0", director_cidr.as_str()),
                ];
                for (n, c) in real_nodes.iter().zip(&real_cidrs) {
                    members.push((n.as_str(), "r0", c.as_str()));
                }
                b = b.lan(&node("lan"), &members);
            }
            Method::Nat => {
                let gateway = format!("{back}.1");
                let gateway_cidr = format!("{gateway}/24");
                let mut members = vec![(director.as_str(), "d1", gateway_cidr.as_str())];
                for (n, c) in real_nodes.iter().zip(&real_cidrs) {
                    members.push((n.as_str(), "r0", c.as_str()));
                }
                b = b
                    .link(
                        (client.as_str(), "c0", client_cidr.as_str()),
                        (director.as_str(), "d0", director_cidr.as_str()),
                    )
                    .lan(&node("lan"), &members);
                for n in &real_nodes {
                    b = b.route(n, "198.18.0.0/15", &gateway);
                }
            }
        }
        let lab = LbLab {
            topo: b.build()?,
            method,
            tag: tag.to_owned(),
            octet,
            reals,
        };
        let c = lab.client();
        c.add_addr("c0", &format!("{front}.{SECOND_CLIENT}/24"))?;
        offloads_off(c, "c0")?;
        for i in 0..vips {
            lab.director()
                .add_addr("d0", &format!("{}/32", lab.vip(i)))?;
            lab.director()
                .add_addr("d0", &format!("{}/128", lab.vip6(i)))?;
        }
        lab.add_ipv6()?;
        if method == Method::Nat {
            for i in 0..reals {
                offloads_off(lab.real(i), "r0")?;
            }
        }
        Ok(lab)
    }

    /// The IPv6 twins of the addresses [`LbLab::build`] gave (VIPs aside).
    fn add_ipv6(&self) -> Result<(), Error> {
        let v6 = |a: Ipv4Addr| twin(a).to_string();
        let c = self.client();
        for k in 0..2 {
            c.add_addr("c0", &format!("{}/64", v6(self.client_addr(k))))?;
        }
        self.director()
            .add_addr("d0", &format!("{}/64", v6(self.director_addr())))?;
        if self.method == Method::Nat {
            let gateway = v6(Ipv4Addr::new(198, 18, self.octet + 1, 1));
            self.director().add_addr("d1", &format!("{gateway}/64"))?;
            for i in 0..self.reals {
                let r = self.real(i);
                r.add_addr("r0", &format!("{}/64", v6(self.real_addr(i))))?;
                r.add_route("2001:db8::/32", &gateway)?;
            }
        } else {
            for i in 0..self.reals {
                self.real(i)
                    .add_addr("r0", &format!("{}/64", v6(self.real_addr(i))))?;
            }
        }
        Ok(())
    }

    pub fn method(&self) -> Method {
        self.method
    }

    pub fn client(&self) -> &Netns {
        self.topo.ns(&format!("{}-cl", self.tag))
    }

    pub fn director(&self) -> &Netns {
        self.topo.ns(&format!("{}-dir", self.tag))
    }

    /// Real server `i`, from 0; panics past the number built.
    pub fn real(&self, i: usize) -> &Netns {
        assert!(
            i < self.reals,
            "the lab has {} reals, not {}",
            self.reals,
            i + 1
        );
        self.topo.ns(&format!("{}-rs{}", self.tag, i + 1))
    }

    /// The namespace of the LAN's bridge `br0` (the reals' LAN for NAT): where a
    /// capture sees the director's frames to the reals.
    pub fn lan(&self) -> &Netns {
        self.topo.switch(&format!("{}-lan", self.tag))
    }

    pub fn reals(&self) -> usize {
        self.reals
    }

    /// The client's addresses: `k` = 0 is `.1`, 1 is `.9` (same /24).
    pub fn client_addr(&self, k: usize) -> Ipv4Addr {
        let last = if k == 0 { 1 } else { SECOND_CLIENT };
        Ipv4Addr::new(198, 18, self.octet, last)
    }

    /// VIP `i`, from 0: `.100 + i` on the client's network.
    pub fn vip(&self, i: usize) -> Ipv4Addr {
        Ipv4Addr::new(198, 18, self.octet, FIRST_VIP + i as u8)
    }

    /// VIP `i` in IPv6.
    pub fn vip6(&self, i: usize) -> Ipv6Addr {
        twin(self.vip(i))
    }

    /// The client's IPv6 addresses, as [`LbLab::client_addr`].
    pub fn client_addr6(&self, k: usize) -> Ipv6Addr {
        twin(self.client_addr(k))
    }

    /// Real server `i`'s IPv6 address.
    pub fn real_addr6(&self, i: usize) -> Ipv6Addr {
        twin(self.real_addr(i))
    }

    /// Real server `i`'s address.
    pub fn real_addr(&self, i: usize) -> Ipv4Addr {
        let net = match self.method {
            Method::Nat => self.octet + 1,
            Method::Dr | Method::Tun => self.octet,
        };
        Ipv4Addr::new(198, 18, net, FIRST_REAL + i as u8)
    }

    /// The director's address on the clients' network (`.2`).
    pub fn director_addr(&self) -> Ipv4Addr {
        Ipv4Addr::new(198, 18, self.octet, 2)
    }

    pub fn director_addr6(&self) -> Ipv6Addr {
        twin(self.director_addr())
    }

    /// The director's interface towards the clients (the balancer's).
    pub fn director_dev(&self) -> &'static str {
        "d0"
    }

    /// The director's interface towards NAT reals (the un-NAT program's).
    pub fn nat_dev(&self) -> Option<&'static str> {
        (self.method == Method::Nat).then_some("d1")
    }

    /// The veth ends that receive frames XDP transmits or redirects, which veth
    /// drops unless they run an XDP program too: the director's peers, and for NAT
    /// also the client's `c0` (un-NATed replies are redirected to it).
    pub fn xdp_peers(&self) -> Vec<(&Netns, &'static str)> {
        let lan = self.lan();
        match self.method {
            // The director is the LAN's member 1 (after the client).
            Method::Dr | Method::Tun => vec![(lan, "p1")],
            // The director is the reals' LAN member 0.
            Method::Nat => vec![(lan, "p0"), (self.client(), "c0")],
        }
    }

    /// What a DR or TUN real needs besides its service (and, for TUN, besides
    /// decapsulation): the VIPs on `lo`, and ARP for them left to the director
    /// (`arp_ignore` 1, `arp_announce` 2; IPv6 neighbour discovery answers only
    /// for addresses of the interface asked). A NAT real needs nothing.
    pub fn prepare_real(&self, i: usize, vips: &[IpAddr]) -> Result<(), Error> {
        if self.method == Method::Nat {
            return Ok(());
        }
        let ns = self.real(i);
        for scope in ["all", "r0"] {
            ns.sysctl(&format!("net.ipv4.conf.{scope}.arp_ignore"), "1")?;
            ns.sysctl(&format!("net.ipv4.conf.{scope}.arp_announce"), "2")?;
        }
        for vip in vips {
            let len = if vip.is_ipv4() { 32 } else { 128 };
            ns.add_addr("lo", &format!("{vip}/{len}"))?;
        }
        Ok(())
    }
}

/// `198.18.N.H` as `2001:db8:N::H`.
fn twin(a: Ipv4Addr) -> Ipv6Addr {
    let [_, _, n, h] = a.octets();
    let hex = |d: u8| {
        // The decimal digits, read as hexadecimal: at most 0x255.
        u16::from_str_radix(&d.to_string(), 16).unwrap_or(0)
    };
    Ipv6Addr::new(0x2001, 0xdb8, hex(n), 0, 0, 0, 0, hex(h))
}

fn offloads_off(ns: &Netns, dev: &str) -> Result<(), Error> {
    ns.run(
        "ethtool",
        ["-K", dev, "tx", "off", "tso", "off", "gso", "off"],
    )
    .map(drop)
}
