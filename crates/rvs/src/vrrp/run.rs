//! One thread per instance, each a blocking driver on its own raw socket, until the
//! shared stop flag is set; then each gives up (priority 0 advert) and removes its VIPs.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::sync::Arc;
use std::time::Duration;

use rvs_vrrp::io::announce::{garp_frame, unsolicited_na_frame};
use rvs_vrrp::io::{BlockingDriver, IoError, Netlink, PacketSocket, Route, Rule, VrrpSocket};
use rvs_vrrp::{Action, Input, Instance, State};

use super::link::{sysfs_is_up, LinkWatch};
use super::nft;
use super::notify::{Event, NotifyScripts};
use super::plan::{Plan, Vip};
use super::script::ScriptResult;
use super::track_file::FileWatch;
use super::vmac;

/// How often a driver looks at the stop flag, script results and link states.
pub(super) const STOP_POLL: Duration = Duration::from_millis(100);

/// Runs `plan` until `stop` is set, feeding it the results of the scripts it tracks
/// and the in-place changes a reload sends (`units::Unit::updatable_to`).
pub fn run_instance(
    plan: &Plan,
    scripts: &Receiver<ScriptResult>,
    updates: &Receiver<Vec<Plan>>,
    stop: &Arc<AtomicBool>,
) -> Result<(), IoError> {
    // Deleted when this returns, after the VIPs are gone.
    let (_vmac, sender) = vmac::prepare(plan)?;
    let mut socket = VrrpSocket::open(&plan.interface, &plan.config)?;
    socket.set_unicast_ttl(plan.unicast_ttl)?;
    let mut shell = Shell::new(plan)?;
    let epoch = std::time::Instant::now();
    let instance = Instance::new(plan.config.clone(), rvs_vrrp::Instant::ZERO);
    let mut driver = BlockingDriver::new(socket, instance, epoch);
    if let Some(s) = sender {
        driver = driver.with_sender(s);
    }
    let tracked = plan.config.track_interfaces.iter().map(|t| t.name.clone());
    let mut links = LinkWatch::new(&plan.interface, tracked.collect());
    let mut files = FileWatch::new(&plan.files);
    while !stop.load(Ordering::Relaxed) {
        // Before the first slice too: the instance leaves INIT knowing its links.
        for input in links
            .changes(sysfs_is_up)
            .into_iter()
            .chain(files.changes())
            .chain(shell.vip_lost())
        {
            let now = driver.now();
            driver.instance_mut().handle_input(now, input);
        }
        let slice = driver.run_until(std::time::Instant::now() + STOP_POLL, |_, a| shell.act(a));
        tolerate_send(&plan.config.name, slice)?;
        while let Ok((name, success)) = scripts.try_recv() {
            let now = driver.now();
            driver
                .instance_mut()
                .handle_input(now, Input::Script { name, success });
            tolerate_send(&plan.config.name, driver.flush(&mut |_, a| shell.act(a)))?;
        }
        while let Ok(new) = updates.try_recv() {
            if let Some(p) = new.first() {
                shell.update(p);
                driver.instance_mut().set_vips(p.config.vips.clone());
            }
        }
        shell.run_notify_scripts(driver.instance().effective_priority());
    }
    let now = driver.now();
    driver.instance_mut().handle_input(now, Input::Stop);
    // A failed advert ends a flush early; one more flush per advert that can fail
    // still removes the VIPs with the link down.
    for _ in 0..plan.config.unicast_peers.len().max(1) + 1 {
        tolerate_send(&plan.config.name, driver.flush(&mut |_, a| shell.act(a)))?;
    }
    shell.run_notify_scripts(driver.instance().effective_priority());
    Ok(())
}

/// A failed advert (link down, no route) is logged, not fatal: the instance goes on,
/// and the actions queued behind the advert run in the next slice.
pub(super) fn tolerate_send(name: &str, r: Result<(), IoError>) -> Result<(), IoError> {
    match r {
        Err(e @ IoError::Send { .. }) => {
            eprintln!("rvs: ({name}) {e}");
            Ok(())
        }
        r => r,
    }
}

/// What an instance's actions do besides sending adverts (the driver sends those).
pub(super) struct Shell {
    name: String,
    vips: Vec<Vip>,
    routes: Vec<Route>,
    rules: Vec<Rule>,
    netlink: Netlink,
    /// One per VIP device, with its MAC, for gratuitous ARPs.
    arp: Vec<(String, PacketSocket, [u8; 6])>,
    notify: NotifyScripts,
    /// `no_accept` and not the address owner: the VIPs are firewalled while MASTER.
    blocks: bool,
    /// Notifications not sent yet: they need the instance's priority, which the
    /// driver holds while it hands out actions.
    pending: Vec<Event>,
    /// The state last entered.
    state: State,
    /// The VIPs are set (from AddVips to DelVips).
    vips_set: bool,
}

impl Shell {
    pub(super) fn new(plan: &Plan) -> Result<Self, IoError> {
        let mut arp: Vec<(String, PacketSocket, [u8; 6])> = Vec::new();
        for v in &plan.vips {
            if arp.iter().all(|(d, _, _)| *d != v.dev) {
                let mac = mac_of(&v.dev).ok_or_else(|| IoError::NoSuchInterface {
                    ifname: v.dev.clone(),
                })?;
                arp.push((v.dev.clone(), PacketSocket::open(&v.dev)?, mac));
            }
        }
        Ok(Shell {
            name: plan.config.name.clone(),
            vips: plan.vips.clone(),
            routes: plan.routes.clone(),
            rules: plan.rules.clone(),
            netlink: Netlink::open()?,
            arp,
            notify: plan.notify.clone(),
            blocks: !plan.config.accept && plan.config.priority != 255,
            pending: Vec::new(),
            state: State::Init,
            vips_set: false,
        })
    }

    /// Moves to `plan`'s VIPs, virtual routes and rules and notify scripts (a
    /// reload). While the VIPs are set, the new ones are added (and announced) and
    /// the dropped ones removed; the others stay, so traffic to them goes on.
    pub(super) fn update(&mut self, plan: &Plan) {
        let name = &self.name;
        let added = |old: &[Vip]| -> Vec<Vip> {
            plan.vips
                .iter()
                .filter(|v| !old.contains(v))
                .cloned()
                .collect()
        };
        let (new_vips, gone_vips) = (
            added(&self.vips),
            self.vips
                .iter()
                .filter(|v| !plan.vips.contains(v))
                .cloned()
                .collect::<Vec<_>>(),
        );
        if self.vips_set {
            let nl = &self.netlink;
            let results = (self.rules.iter().filter(|r| !plan.rules.contains(r)))
                .map(|r| nl.del_rule(r))
                .chain(
                    self.routes
                        .iter()
                        .filter(|r| !plan.routes.contains(r))
                        .map(|r| nl.del_route(r)),
                )
                .chain(gone_vips.iter().map(|v| nl.del_address(v)))
                .chain(new_vips.iter().map(|v| nl.add_address(v)))
                .chain(
                    plan.routes
                        .iter()
                        .filter(|r| !self.routes.contains(r))
                        .map(|r| nl.add_route(r)),
                )
                .chain(
                    plan.rules
                        .iter()
                        .filter(|r| !self.rules.contains(r))
                        .map(|r| nl.add_rule(r)),
                );
            for e in results.filter_map(Result::err) {
                eprintln!("rvs: ({name}) {e}");
            }
            if self.blocks {
                for r in [
                    nft::unblock(&ipv4_of(&gone_vips)),
                    nft::block(&ipv4_of(&new_vips)),
                ] {
                    if let Err(e) = r {
                        eprintln!("rvs: ({name}) {e}");
                    }
                }
            }
        }
        eprintln!(
            "rvs: ({name}) reloaded in place: {} VIP(s) added, {} removed",
            new_vips.len(),
            gone_vips.len()
        );
        self.vips.clone_from(&plan.vips);
        self.routes.clone_from(&plan.routes);
        self.rules.clone_from(&plan.rules);
        self.notify = plan.notify.clone();
        if self.vips_set && !new_vips.is_empty() {
            self.announce(1);
        }
    }

    /// `Input::VipLost` when somebody else deleted one of the VIPs this instance
    /// holds (logged as keepalived's netlink reflector logs it). Looked up in the
    /// interfaces' addresses once a slice, and only while the VIPs are set.
    pub(super) fn vip_lost(&self) -> Option<Input> {
        if !self.vips_set {
            return None;
        }
        let present: Vec<(String, IpAddr)> = nix::ifaddrs::getifaddrs()
            .ok()?
            .filter_map(|a| {
                let s = a.address?;
                let ip = match (s.as_sockaddr_in(), s.as_sockaddr_in6()) {
                    (Some(v4), _) => IpAddr::V4(v4.ip()),
                    (_, Some(v6)) => IpAddr::V6(v6.ip()),
                    _ => return None,
                };
                Some((a.interface_name, ip))
            })
            .collect();
        // getifaddrs names an IPv4 address by its label.
        let lost = self.vips.iter().find(|v| {
            !present.iter().any(|(name, ip)| {
                *ip == v.addr && (*name == v.dev || v.label.as_ref() == Some(name))
            })
        })?;
        eprintln!(
            "rvs: ({}) VIP {} was removed from {} by someone else",
            self.name, lost.addr, lost.dev
        );
        Some(Input::VipLost)
    }

    pub(super) fn run_notify_scripts(&mut self, priority: u8) {
        for event in self.pending.drain(..) {
            self.notify.instance_event(&self.name, event, priority);
        }
    }

    pub(super) fn act(&mut self, action: &Action) {
        let name = &self.name;
        match action {
            Action::SendAdvert(_) => {}
            // Addresses first: routes may use them as source or reach their gateway
            // through them; removal in reverse. With no_accept the VIPs are blocked
            // before they appear.
            Action::AddVips { block_traffic } => {
                self.vips_set = true;
                if *block_traffic {
                    if let Err(e) = nft::block(&self.addrs_of_vips()) {
                        eprintln!("rvs: ({name}) {e}");
                    }
                }
                let nl = &self.netlink;
                let results = (self.vips.iter().map(|v| nl.add_address(v)))
                    .chain(self.routes.iter().map(|r| nl.add_route(r)))
                    .chain(self.rules.iter().map(|r| nl.add_rule(r)));
                for e in results.filter_map(Result::err) {
                    eprintln!("rvs: ({name}) {e}");
                }
            }
            Action::DelVips => {
                self.vips_set = false;
                let nl = &self.netlink;
                let results = (self.rules.iter().map(|r| nl.del_rule(r)))
                    .chain(self.routes.iter().map(|r| nl.del_route(r)))
                    .chain(self.vips.iter().map(|v| nl.del_address(v)));
                for e in results.filter_map(Result::err) {
                    eprintln!("rvs: ({name}) {e}");
                }
                if self.blocks {
                    if let Err(e) = nft::unblock(&self.addrs_of_vips()) {
                        eprintln!("rvs: ({name}) {e}");
                    }
                }
            }
            Action::Announce { count } => self.announce(*count),
            Action::Notify(state) => {
                eprintln!("rvs: ({name}) Entering {} STATE", label(*state));
                self.state = *state;
                self.pending.push(Event::State(*state));
            }
            Action::MasterRxLowerPriority => {
                eprintln!("rvs: ({name}) received an advert of lower priority");
                self.pending.push(Event::MasterRxLowerPriority);
            }
            Action::NotifyPriority(p) => {
                eprintln!("rvs: ({name}) priority is now {p}");
                let master = self.state == State::Master;
                self.pending.push(Event::Priority { master });
            }
        }
    }

    /// The IPv4 VIPs (no_accept is refused on IPv6 instances).
    fn addrs_of_vips(&self) -> Vec<Ipv4Addr> {
        ipv4_of(&self.vips)
    }

    fn announce(&self, count: u32) {
        for _ in 0..count {
            for v in &self.vips {
                let Some((_, sock, mac)) = self.arp.iter().find(|(d, _, _)| *d == v.dev) else {
                    continue;
                };
                let r = match v.addr {
                    IpAddr::V4(a) => sock.send_frame(&garp_frame(*mac, a)),
                    IpAddr::V6(a) => sock.send_frame(&unsolicited_na_frame(*mac, a)),
                };
                if let Err(e) = r {
                    eprintln!("rvs: ({}) {e}", self.name);
                }
            }
        }
    }
}

/// The IPv4 addresses of `vips`.
fn ipv4_of(vips: &[Vip]) -> Vec<Ipv4Addr> {
    vips.iter()
        .filter_map(|v| match v.addr {
            IpAddr::V4(a) => Some(a),
            IpAddr::V6(_) => None,
        })
        .collect()
}

pub(super) fn label(s: State) -> &'static str {
    match s {
        State::Init => "INIT",
        State::Backup => "BACKUP",
        State::Master => "MASTER",
        State::Fault => "FAULT",
        State::Stop => "STOP",
    }
}

/// The interface's MAC address, as sysfs prints it.
fn mac_of(ifname: &str) -> Option<[u8; 6]> {
    let text = std::fs::read_to_string(format!("/sys/class/net/{ifname}/address")).ok()?;
    parse_mac(text.trim())
}

fn parse_mac(text: &str) -> Option<[u8; 6]> {
    let mut mac = [0u8; 6];
    let mut parts = text.split(':');
    for b in &mut mac {
        *b = u8::from_str_radix(parts.next()?, 16).ok()?;
    }
    parts.next().is_none().then_some(mac)
}

/// The address adverts leave `ifname` from: its first IPv4 address (the kernel lists
/// the primary first), or for IPv6 its link-local one, as RFC 5798 requires.
pub fn primary_address(ifname: &str, ipv6: bool) -> Option<IpAddr> {
    nix::ifaddrs::getifaddrs().ok()?.find_map(|i| {
        if i.interface_name != ifname {
            return None;
        }
        let a = i.address?;
        if ipv6 {
            let ip = a.as_sockaddr_in6()?.ip();
            let link_local = (ip.segments()[0] & 0xffc0) == 0xfe80;
            link_local.then_some(IpAddr::V6(ip))
        } else {
            a.as_sockaddr_in().map(|s| IpAddr::V4(s.ip()))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macs_parse_as_sysfs_prints_them() {
        assert_eq!(
            parse_mac("02:00:5e:00:01:33"),
            Some([2, 0, 0x5e, 0, 1, 0x33])
        );
        assert_eq!(parse_mac("02:00:5e:00:01"), None);
        assert_eq!(parse_mac("02:00:5e:00:01:33:44"), None);
        assert_eq!(parse_mac("zz:00:5e:00:01:33"), None);
    }
}
