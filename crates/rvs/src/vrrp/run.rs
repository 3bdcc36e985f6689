//! One thread per instance, each a blocking driver on its own raw socket, until the
//! shared stop flag is set; then each gives up (priority 0 advert) and removes its VIPs.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::sync::Arc;
use std::time::Duration;

use rvs_vrrp::io::announce::garp_frame;
use rvs_vrrp::io::{AddressOps, BlockingDriver, IoError, IpCommand, PacketSocket, VrrpSocketV4};
use rvs_vrrp::{Action, Input, Instance, State};

use super::link::{sysfs_is_up, LinkWatch};
use super::nft;
use super::notify::{Event, NotifyScripts};
use super::plan::{Plan, Vip};
use super::script::ScriptResult;
use super::track_file::FileWatch;

/// How often a driver looks at the stop flag, script results and link states.
pub(super) const STOP_POLL: Duration = Duration::from_millis(100);

/// Runs `plan` until `stop` is set, feeding it the results of the scripts it tracks.
pub fn run_instance(
    plan: &Plan,
    scripts: &Receiver<ScriptResult>,
    stop: &Arc<AtomicBool>,
) -> Result<(), IoError> {
    let socket = VrrpSocketV4::open(&plan.interface, multicast_group(plan))?;
    let mut shell = Shell::new(plan, IpCommand)?;
    let epoch = std::time::Instant::now();
    let instance = Instance::new(plan.config.clone(), rvs_vrrp::Instant::ZERO);
    let mut driver = BlockingDriver::new(socket, instance, epoch);
    let tracked = plan.config.track_interfaces.iter().map(|t| t.name.clone());
    let mut links = LinkWatch::new(&plan.interface, tracked.collect());
    let mut files = FileWatch::new(&plan.files);
    while !stop.load(Ordering::Relaxed) {
        // Before the first slice too: the instance leaves INIT knowing its links.
        for input in links
            .changes(sysfs_is_up)
            .into_iter()
            .chain(files.changes())
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

/// The group a multicast instance joins; `None` for unicast.
pub(super) fn multicast_group(plan: &Plan) -> Option<Ipv4Addr> {
    match plan.config.mcast_group {
        IpAddr::V4(g) if plan.config.unicast_peers.is_empty() => Some(g),
        _ => None,
    }
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
pub(super) struct Shell<A> {
    name: String,
    vips: Vec<Vip>,
    addrs: A,
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
}

impl<A: AddressOps> Shell<A> {
    pub(super) fn new(plan: &Plan, addrs: A) -> Result<Self, IoError> {
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
            addrs,
            arp,
            notify: plan.notify.clone(),
            blocks: !plan.config.accept && plan.config.priority != 255,
            pending: Vec::new(),
            state: State::Init,
        })
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
            Action::AddVips { block_traffic } => {
                if *block_traffic {
                    if let Err(e) = nft::block(&self.addrs_of_vips()) {
                        eprintln!("rvs: ({name}) {e}");
                    }
                }
                for v in &self.vips {
                    if let Err(e) = self.addrs.add(v) {
                        eprintln!("rvs: ({name}) {e}");
                    }
                }
            }
            Action::DelVips => {
                for v in &self.vips {
                    if let Err(e) = self.addrs.del(v) {
                        eprintln!("rvs: ({name}) {e}");
                    }
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

    fn addrs_of_vips(&self) -> Vec<Ipv4Addr> {
        self.vips.iter().map(|v| v.addr).collect()
    }

    fn announce(&self, count: u32) {
        for _ in 0..count {
            for v in &self.vips {
                let Some((_, sock, mac)) = self.arp.iter().find(|(d, _, _)| *d == v.dev) else {
                    continue;
                };
                if let Err(e) = sock.send_arp(&garp_frame(*mac, v.addr)) {
                    eprintln!("rvs: ({}) {e}", self.name);
                }
            }
        }
    }
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

/// The first IPv4 address of `ifname` (the kernel lists the primary first).
pub fn primary_ipv4(ifname: &str) -> Option<Ipv4Addr> {
    nix::ifaddrs::getifaddrs().ok()?.find_map(|i| {
        if i.interface_name != ifname {
            return None;
        }
        let a = i.address?;
        a.as_sockaddr_in().map(|s| s.ip())
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
