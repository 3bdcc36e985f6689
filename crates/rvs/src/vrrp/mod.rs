//! `rvs run -P`: keepalived.conf's VRRP instances, running (IPv4 and IPv6).
//!
//! A thread per standalone instance and per sync group, each a blocking loop over the
//! sans-IO core in slices of 100 ms (stop flag, script results, link states and
//! tracked files are looked at between slices); a thread per tracked `vrrp_script`. VIPs go on and off
//! with their routes and rules over rtnetlink (`rvs_vrrp::io::Netlink`; `netconf`
//! translates the config lines, and holds the static ones, applied for the life of
//! the process), on a macvlan with `use_vmac` (`vmac`); gratuitous ARPs and
//! unsolicited NAs leave from an AF_PACKET socket. What would make rvs fail over
//! differently from keepalived is refused at start (`plan::PlanError::Unsupported*`)
//! rather than ignored. SIGHUP reloads (`running`): what did not change runs on.

pub mod fifo;
pub mod group;
pub mod link;
pub mod netconf;
pub mod nft;
pub mod notify;
pub mod plan;
pub mod process;
pub mod run;
pub mod running;
pub mod script;
pub mod track_file;
pub mod units;
pub mod vmac;
