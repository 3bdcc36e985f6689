//! Addresses, routes and rules through rtnetlink, in the network namespace of the
//! process. Blocking: a current-thread tokio runtime drives the connection only while
//! a request is in flight, so each VRRP thread can own one.
//!
//! Every operation is idempotent: adding what is there or removing what is not
//! succeeds (an instance removes its VIPs when it leaves INIT, whether a crashed run
//! left them or not).

use core::fmt;
use std::net::IpAddr;

use rtnetlink::packet_route::address::{
    AddressAttribute, AddressFlags, AddressHeaderFlags, AddressMessage, AddressScope, CacheInfo,
};
use rtnetlink::packet_route::link::MacVlanMode;
use rtnetlink::packet_route::route::{
    RouteAddress, RouteAttribute, RouteFlags, RouteMessage, RouteMetric, RouteProtocol, RouteScope,
    RouteType,
};
use rtnetlink::packet_route::rule::{RuleAction as NlRuleAction, RuleAttribute, RuleMessage};
use rtnetlink::packet_route::AddressFamily;
use rtnetlink::{Handle, LinkMacVlan, LinkUnspec};

use super::addr::{Address, Route, RouteKind, Rule, RuleAction};
use super::error::OsError;

/// What was being done when the kernel (or the socket) said no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetOp {
    GetLink,
    AddLink,
    DelLink,
    SetLinkUp,
    AddAddress,
    DelAddress,
    AddRoute,
    DelRoute,
    AddRule,
    DelRule,
}

#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NetlinkError {
    #[error("opening rtnetlink: {cause}")]
    Open { cause: OsError },
    #[error("no interface {ifname}")]
    NoSuchInterface { ifname: String },
    #[error("{op:?} {target}: {cause}")]
    Kernel {
        op: NetOp,
        /// The object, as keepalived.conf would write it.
        target: String,
        cause: OsError,
    },
}

const RT_TABLE_MAIN: u8 = 254;
/// `ifa_valid`/`ifa_preferred` meaning forever.
const INFINITY_LIFE_TIME: u32 = u32::MAX;

pub struct Netlink {
    runtime: tokio::runtime::Runtime,
    handle: Handle,
}

impl fmt::Debug for Netlink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Netlink")
    }
}

fn os(e: std::io::Error) -> OsError {
    OsError::from(e)
}

impl Netlink {
    pub fn open() -> Result<Self, NetlinkError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
            .map_err(|e| NetlinkError::Open { cause: os(e) })?;
        let handle = runtime
            .block_on(async {
                let (connection, handle, _) = rtnetlink::new_connection()?;
                tokio::spawn(connection);
                Ok::<_, std::io::Error>(handle)
            })
            .map_err(|e| NetlinkError::Open { cause: os(e) })?;
        Ok(Netlink { runtime, handle })
    }

    /// A macvlan `name` on `base` in private mode with address `mac`, down (keepalived's
    /// VMAC); an existing link of that name is left as it is.
    pub fn add_macvlan(&self, name: &str, base: &str, mac: [u8; 6]) -> Result<(), NetlinkError> {
        let msg = LinkMacVlan::new(name, ifindex(base)?, MacVlanMode::Private)
            .address(mac.to_vec())
            .build();
        let r = self.runtime.block_on(self.handle.link().add(msg).execute());
        settle(r, NetOp::AddLink, &name, &[libc::EEXIST])
    }

    pub fn set_link_up(&self, name: &str) -> Result<(), NetlinkError> {
        let msg = LinkUnspec::new_with_index(ifindex(name)?).up().build();
        let r = self.runtime.block_on(self.handle.link().set(msg).execute());
        settle(r, NetOp::SetLinkUp, &name, &[])
    }

    /// The kind of link `name` as `ip -d link` names it ("veth", "macvlan", …);
    /// `None` for a device of a driver (a NIC).
    pub fn link_kind(&self, name: &str) -> Result<Option<String>, NetlinkError> {
        use futures_util::TryStreamExt;
        use rtnetlink::packet_route::link::{LinkAttribute, LinkInfo};
        let index = ifindex(name)?;
        let msg = self.runtime.block_on(async {
            let mut links = self.handle.link().get().match_index(index).execute();
            links.try_next().await
        });
        let msg = msg.map_err(|e| NetlinkError::Kernel {
            op: NetOp::GetLink,
            target: name.to_owned(),
            cause: os_of(e),
        })?;
        let kind = msg
            .into_iter()
            .flat_map(|m| m.attributes)
            .find_map(|a| match a {
                LinkAttribute::LinkInfo(infos) => infos.into_iter().find_map(|i| match i {
                    LinkInfo::Kind(k) => Some(k.to_string()),
                    _ => None,
                }),
                _ => None,
            });
        Ok(kind)
    }

    /// Deletes link `name`; an absent one is fine.
    pub fn del_link(&self, name: &str) -> Result<(), NetlinkError> {
        let Ok(index) = ifindex(name) else {
            return Ok(());
        };
        let r = self
            .runtime
            .block_on(self.handle.link().del(index).execute());
        settle(r, NetOp::DelLink, &name, &[libc::ENODEV])
    }

    pub fn add_address(&self, a: &Address) -> Result<(), NetlinkError> {
        let msg = address_message(a, ifindex(&a.dev)?, true);
        let mut req = self.handle.address().add(0, a.addr, a.prefix_len);
        *req.message_mut() = msg;
        let r = self.runtime.block_on(req.execute());
        settle(r, NetOp::AddAddress, a, &[libc::EEXIST])
    }

    pub fn del_address(&self, a: &Address) -> Result<(), NetlinkError> {
        let msg = address_message(a, ifindex(&a.dev)?, false);
        let r = self
            .runtime
            .block_on(self.handle.address().del(msg).execute());
        settle(r, NetOp::DelAddress, a, &[libc::EADDRNOTAVAIL])
    }

    pub fn add_route(&self, r: &Route) -> Result<(), NetlinkError> {
        let msg = route_message(r, r.dev.as_deref().map(ifindex).transpose()?);
        let res = self
            .runtime
            .block_on(self.handle.route().add(msg).execute());
        settle(res, NetOp::AddRoute, r, &[libc::EEXIST])
    }

    pub fn del_route(&self, r: &Route) -> Result<(), NetlinkError> {
        let msg = route_message(r, r.dev.as_deref().map(ifindex).transpose()?);
        let res = self
            .runtime
            .block_on(self.handle.route().del(msg).execute());
        settle(res, NetOp::DelRoute, r, &[libc::ESRCH])
    }

    pub fn add_rule(&self, r: &Rule) -> Result<(), NetlinkError> {
        let mut req = self.handle.rule().add();
        *req.message_mut() = rule_message(r);
        let res = self.runtime.block_on(req.execute());
        settle(res, NetOp::AddRule, r, &[libc::EEXIST])
    }

    pub fn del_rule(&self, r: &Rule) -> Result<(), NetlinkError> {
        let res = self
            .runtime
            .block_on(self.handle.rule().del(rule_message(r)).execute());
        settle(res, NetOp::DelRule, r, &[libc::ENOENT])
    }
}

fn ifindex(ifname: &str) -> Result<u32, NetlinkError> {
    nix::net::if_::if_nametoindex(ifname).map_err(|_| NetlinkError::NoSuchInterface {
        ifname: ifname.to_owned(),
    })
}

/// What the kernel (or the socket) said, as an OS error.
fn os_of(e: rtnetlink::Error) -> OsError {
    match e {
        rtnetlink::Error::NetlinkError(m) => os(m.to_io()),
        _ => OsError {
            kind: std::io::ErrorKind::Other,
            errno: None,
        },
    }
}

/// Success, or one of the kernel's `benign` errnos (already there / already gone), is
/// `Ok`.
fn settle(
    r: Result<(), rtnetlink::Error>,
    op: NetOp,
    target: &dyn fmt::Display,
    benign: &[i32],
) -> Result<(), NetlinkError> {
    let cause = match r {
        Ok(()) => return Ok(()),
        Err(e) => os_of(e),
    };
    if cause.errno.is_some_and(|e| benign.contains(&e)) {
        return Ok(());
    }
    Err(NetlinkError::Kernel {
        op,
        target: target.to_string(),
        cause,
    })
}

fn family(a: IpAddr) -> AddressFamily {
    match a {
        IpAddr::V4(_) => AddressFamily::Inet,
        IpAddr::V6(_) => AddressFamily::Inet6,
    }
}

/// What `ip addr add|del` sends for the same line, plus keepalived's IPv6 flags.
fn address_message(a: &Address, index: u32, add: bool) -> AddressMessage {
    let mut m = AddressMessage::default();
    m.header.family = family(a.addr);
    m.header.prefix_len = a.prefix_len;
    m.header.index = index;
    m.header.scope = AddressScope::from(a.scope);
    m.attributes.push(AddressAttribute::Local(a.addr));
    m.attributes
        .push(AddressAttribute::Address(a.peer.unwrap_or(a.addr)));
    if !add {
        return m;
    }
    if let Some(b) = a.brd {
        m.attributes.push(AddressAttribute::Broadcast(b));
    }
    if let Some(l) = &a.label {
        m.attributes.push(AddressAttribute::Label(l.clone()));
    }
    if a.addr.is_ipv6() {
        let f = &a.flags;
        let mut flags = AddressFlags::empty();
        for (on, bit) in [
            (!f.dad, AddressFlags::Nodad),
            (f.home, AddressFlags::Homeaddress),
            (f.noprefixroute, AddressFlags::Noprefixroute),
            (f.mngtmpaddr, AddressFlags::Managetempaddr),
            (f.autojoin, AddressFlags::Mcautojoin),
        ] {
            if on {
                flags |= bit;
            }
        }
        m.header.flags = AddressHeaderFlags::from_bits_truncate(flags.bits() as u8);
        m.attributes.push(AddressAttribute::Flags(flags));
    }
    if let Some(p) = a.preferred_lft {
        let mut c = CacheInfo::default();
        c.ifa_preferred = p;
        c.ifa_valid = INFINITY_LIFE_TIME;
        m.attributes.push(AddressAttribute::CacheInfo(c));
    }
    m
}

fn route_message(r: &Route, oif: Option<u32>) -> RouteMessage {
    let mut m = RouteMessage::default();
    m.header.address_family = family(r.to.addr);
    m.header.destination_prefix_length = r.to.len;
    m.header.table = u8::try_from(r.table).unwrap_or(0);
    m.header.protocol = RouteProtocol::KeepAlived;
    m.header.kind = match r.kind {
        RouteKind::Unicast => RouteType::Unicast,
        RouteKind::Blackhole => RouteType::BlackHole,
        RouteKind::Unreachable => RouteType::Unreachable,
        RouteKind::Prohibit => RouteType::Prohibit,
        RouteKind::Throw => RouteType::Throw,
    };
    // Unlike iproute2, keepalived leaves a route without gateway in global scope.
    m.header.scope = RouteScope::from(r.scope.unwrap_or(0));
    if r.to.len > 0 {
        m.attributes
            .push(RouteAttribute::Destination(RouteAddress::from(r.to.addr)));
    }
    if let Some(v) = r.via {
        m.attributes
            .push(RouteAttribute::Gateway(RouteAddress::from(v)));
    }
    if let Some(s) = r.src {
        m.attributes
            .push(RouteAttribute::PrefSource(RouteAddress::from(s)));
    }
    if let Some(i) = oif {
        m.attributes.push(RouteAttribute::Oif(i));
    }
    if let Some(p) = r.metric {
        m.attributes.push(RouteAttribute::Priority(p));
    }
    if r.onlink {
        m.header.flags |= RouteFlags::Onlink;
    }
    if let Some(mtu) = r.mtu {
        m.attributes
            .push(RouteAttribute::Metrics(vec![RouteMetric::Mtu(mtu)]));
    }
    if r.table != u32::from(RT_TABLE_MAIN) {
        m.attributes.push(RouteAttribute::Table(r.table));
    }
    m
}

fn rule_message(r: &Rule) -> RuleMessage {
    let mut m = RuleMessage::default();
    m.header.family = if r.ipv6 {
        AddressFamily::Inet6
    } else {
        AddressFamily::Inet
    };
    m.header.action = match r.action {
        RuleAction::Table(t) => {
            m.header.table = u8::try_from(t).unwrap_or(0);
            m.attributes.push(RuleAttribute::Table(t));
            NlRuleAction::ToTable
        }
        RuleAction::Blackhole => NlRuleAction::Blackhole,
        RuleAction::Unreachable => NlRuleAction::Unreachable,
        RuleAction::Prohibit => NlRuleAction::Prohibit,
    };
    m.attributes.push(RuleAttribute::Priority(r.priority));
    m.attributes
        .push(RuleAttribute::Protocol(RouteProtocol::KeepAlived));
    if let Some(p) = r.from {
        m.header.src_len = p.len;
        m.attributes.push(RuleAttribute::Source(p.addr));
    }
    if let Some(p) = r.to {
        m.header.dst_len = p.len;
        m.attributes.push(RuleAttribute::Destination(p.addr));
    }
    if let Some(i) = &r.iif {
        m.attributes.push(RuleAttribute::Iifname(i.clone()));
    }
    if let Some(o) = &r.oif {
        m.attributes.push(RuleAttribute::Oifname(o.clone()));
    }
    if let Some((mark, mask)) = r.fwmark {
        m.attributes.push(RuleAttribute::FwMark(mark));
        if let Some(mask) = mask {
            m.attributes.push(RuleAttribute::FwMask(mask));
        }
    }
    m
}
