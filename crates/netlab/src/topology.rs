//! Several namespaces wired together: point-to-point links and bridged LANs.
//!
//! ```no_run
//! use rvs_netlab::Topology;
//! let t = Topology::builder()
//!     .link(("client", "eth0", "198.18.0.1/24"), ("director", "eth0", "198.18.0.2/24"))
//!     .lan("lan1", &[("director", "eth1", "198.18.1.1/24"), ("rs1", "eth0", "198.18.1.11/24")])
//!     .route("client", "198.18.1.0/24", "198.18.0.2")
//!     .route("rs1", "198.18.0.0/24", "198.18.1.1")
//!     .forwarding("director")
//!     .build()?;
//! let out = t.ns("client").exec("busybox", ["ping", "-c1", "198.18.1.11"], std::time::Duration::from_secs(5))?;
//! # Ok::<(), rvs_netlab::Error>(())
//! ```

use crate::{Error, Netns};
use std::collections::BTreeMap;

/// One end of a link: node, interface name, address (`""` for none).
pub type End<'a> = (&'a str, &'a str, &'a str);

#[derive(Debug, Clone)]
struct Iface {
    node: String,
    name: String,
    cidr: String,
}

impl From<End<'_>> for Iface {
    fn from((node, name, cidr): End<'_>) -> Self {
        Iface {
            node: node.to_owned(),
            name: name.to_owned(),
            cidr: cidr.to_owned(),
        }
    }
}

/// What [`Topology::builder`] collects; nothing is created until [`TopologyBuilder::build`].
#[derive(Debug, Default, Clone)]
pub struct TopologyBuilder {
    nodes: Vec<String>,
    links: Vec<(Iface, Iface)>,
    lans: Vec<(String, Vec<Iface>)>,
    routes: Vec<(String, String, String)>,
    forwarding: Vec<String>,
}

impl TopologyBuilder {
    /// Declares a node; nodes named by links, LANs and routes are declared implicitly.
    pub fn node(mut self, name: &str) -> Self {
        self.add_node(name);
        self
    }

    /// A veth pair between two nodes.
    pub fn link(mut self, a: End<'_>, b: End<'_>) -> Self {
        self.add_node(a.0);
        self.add_node(b.0);
        self.links.push((a.into(), b.into()));
        self
    }

    /// A LAN: a bridge in its own namespace (named `name`), one veth from each member
    /// to it. Members of one LAN share a layer-2 segment, as DR needs. Member `i`'s
    /// veth ends in the bridge as port `p<i>` ([`Topology::switch`]).
    pub fn lan(mut self, name: &str, members: &[End<'_>]) -> Self {
        for m in members {
            self.add_node(m.0);
        }
        self.lans.push((
            name.to_owned(),
            members.iter().map(|m| Iface::from(*m)).collect(),
        ));
        self
    }

    /// A static route on `node`.
    pub fn route(mut self, node: &str, cidr: &str, gateway: &str) -> Self {
        self.add_node(node);
        self.routes
            .push((node.to_owned(), cidr.to_owned(), gateway.to_owned()));
        self
    }

    /// IPv4 and IPv6 forwarding on `node` (a router or director).
    pub fn forwarding(mut self, node: &str) -> Self {
        self.add_node(node);
        self.forwarding.push(node.to_owned());
        self
    }

    fn add_node(&mut self, name: &str) {
        if !self.nodes.iter().any(|n| n == name) {
            self.nodes.push(name.to_owned());
        }
    }

    /// Creates every namespace, link, address and route. On error, whatever was
    /// created is deleted again (the namespaces drop).
    pub fn build(self) -> Result<Topology, Error> {
        let mut nodes = BTreeMap::new();
        for n in &self.nodes {
            nodes.insert(n.clone(), Netns::new(n)?);
        }
        let mut switches = BTreeMap::new();
        for (lan, _) in &self.lans {
            if nodes.contains_key(lan) || switches.contains_key(lan) {
                return Err(Error::BadName {
                    name: lan.clone(),
                    why: "a LAN needs a name no node or other LAN has",
                });
            }
            switches.insert(lan.clone(), Netns::new(lan)?);
        }
        let t = Topology { nodes, switches };
        for (a, b) in &self.links {
            t.ns(&a.node).add_veth_to(&a.name, t.ns(&b.node), &b.name)?;
            t.configure(a)?;
            t.configure(b)?;
        }
        for (lan, members) in &self.lans {
            let switch = &t.switches[lan];
            switch.add_bridge("br0")?;
            switch.link_up("br0")?;
            for (i, m) in members.iter().enumerate() {
                let port = format!("p{i}");
                t.ns(&m.node).add_veth_to(&m.name, switch, &port)?;
                switch.set_master(&port, "br0")?;
                switch.link_up(&port)?;
                t.configure(m)?;
            }
        }
        for node in &self.forwarding {
            let ns = t.ns(node);
            ns.sysctl("net.ipv4.ip_forward", "1")?;
            ns.sysctl("net.ipv6.conf.all.forwarding", "1")?;
        }
        for (node, cidr, gateway) in &self.routes {
            t.ns(node).add_route(cidr, gateway)?;
        }
        Ok(t)
    }
}

/// Namespaces by node name, and the LAN switches; all deleted on drop.
#[derive(Debug)]
pub struct Topology {
    nodes: BTreeMap<String, Netns>,
    switches: BTreeMap<String, Netns>,
}

impl Topology {
    pub fn builder() -> TopologyBuilder {
        TopologyBuilder::default()
    }

    /// The namespace of `node`; panics on a name the builder never saw, which is a bug
    /// in the test.
    pub fn ns(&self, node: &str) -> &Netns {
        self.nodes
            .get(node)
            .unwrap_or_else(|| panic!("no node {node:?} in this topology"))
    }

    /// The namespace holding LAN `lan`'s bridge `br0` and its ports `p0`, `p1`, ...
    /// (one per member, in the order given); panics on a name the builder never saw.
    pub fn switch(&self, lan: &str) -> &Netns {
        self.switches
            .get(lan)
            .unwrap_or_else(|| panic!("no LAN {lan:?} in this topology"))
    }

    /// The node names, sorted.
    pub fn nodes(&self) -> impl Iterator<Item = &str> {
        self.nodes.keys().map(String::as_str)
    }

    fn configure(&self, i: &Iface) -> Result<(), Error> {
        let ns = self.ns(&i.node);
        if !i.cidr.is_empty() {
            ns.add_addr(&i.name, &i.cidr)?;
        }
        ns.link_up(&i.name)
    }
}
