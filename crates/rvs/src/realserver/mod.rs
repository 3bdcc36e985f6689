//! `rvs realserver up|down`: prepares a host to be an LVS real server for a VIP
//! (DR or TUN) and undoes exactly that.
//!
//! [`plan`] is pure: the host as observed and what earlier `up`s changed (the
//! state file) in, the actions and the state to save out. [`apply`] observes
//! the host, runs the actions (with `ip`, `/proc/sys`, `modprobe` and the XDP
//! loader), rolls them back when one fails, and keeps the state file.
//!
//! # What a real server needs, and why
//!
//! - **The VIP on `lo`** (/32 or /128), so the kernel accepts packets for it.
//! - **IPv4 ARP** (`net.ipv4.conf.all.arp_ignore=1`, `arp_announce=2`): the
//!   director alone may answer ARP for the VIP. The kernel applies the larger
//!   of `all` and the interface's value, and the interfaces that matter are
//!   those ARP arrives on and leaves from, never `lo`; so `all` alone covers
//!   every interface, also ones added later. The LVS HOWTO's lines for `lo`
//!   change nothing and are not written. `arp_ignore` of 2 or 8 already hides
//!   the VIP and is left as it is. IPv6 needs nothing: neighbour discovery only
//!   answers for addresses of the receiving interface.
//! - **TUN: a decapsulator.** The kernel's `ipip` (`ip6_tunnel` for IPv6) with
//!   `tunl0` (`ip6tnl0`) up, when the kernel has the module; else (or with
//!   `--decap xdp`) rvs's XDP program `rvs_decap_tun` on the interfaces the
//!   tunnel arrives on: `--dev`, by default those of the default routes. The
//!   program's link is pinned under `<bpffs>/rvs/realserver/`, so it stays
//!   after the command exits. With `--gue-port N` (IPVS's `--tun-type gue`)
//!   the program is `rvs_decap_gue`, which strips UDP + GUE to port N as well
//!   as IPIP; an interface runs one of the two, so VIPs sharing it agree on
//!   the port.
//! - **TUN over IPv4: `rp_filter` relaxed** where decapsulated packets
//!   arrive. The kernel uses the larger of `all` and the interface's value.
//!   With XDP they arrive on the interface itself, which has addresses, so
//!   loose is enough: when one of them would be strict (1), `all` is set to 2,
//!   which makes every interface at least loose. With the kernel's module they
//!   arrive on `tunl0`, which has no address, and the kernel drops such a
//!   packet unless the check is off (`fib_validate_source`: loose also fails
//!   on an interface without addresses): `all` and `tunl0` are set to 0.
//!
//! A change is held in the state file with the VIPs that need it: `down` of one
//! VIP undoes only what no other VIP needs, and never what `up` did not do (an
//! address that was there before, a value already right, or a value someone
//! changed since).

pub mod apply;
pub mod plan;
