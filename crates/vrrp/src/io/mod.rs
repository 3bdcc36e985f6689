//! The IO shell's building blocks: IPv4 framing, raw VRRP sockets (IPv4 and IPv6), GARP/NA frames,
//! addresses/routes/rules over rtnetlink. The core
//! (`packet`, `instance`, `sync_group`) never imports this module.

mod addr;
pub mod announce;
mod any_socket;
mod driver;
mod error;
mod ipv4;
mod netlink;
mod packet_socket;
mod socket;
mod socket6;

pub use addr::{
    scope_number, table_number, Address, AddressFlags, Prefix, Route, RouteKind, Rule, RuleAction,
};
pub use any_socket::VrrpSocket;
pub use driver::BlockingDriver;
pub use error::{IoError, OsError};
pub use ipv4::{FrameError, Ipv4Frame, Ipv4Meta, TOS_NETWORK_CONTROL};
pub use netlink::{NetOp, Netlink, NetlinkError};
pub use packet_socket::PacketSocket;
pub use socket::VrrpSocketV4;
pub use socket6::VrrpSocketV6;
