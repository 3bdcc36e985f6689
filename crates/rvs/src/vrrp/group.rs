//! A `vrrp_sync_group` on one thread: the core's [`SyncGroup`] owns every member, one
//! raw socket per member interface is shared by the members on it, and a receiving
//! thread per socket hands frames over a channel.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::Duration;

use std::net::IpAddr;

use rvs_vrrp::io::{IoError, VrrpSocket};
use rvs_vrrp::{Action, GroupAction, Input, Instance, Received, SyncGroup};

use super::link::{sysfs_is_up, LinkWatch};
use super::notify::Kind;
use super::plan::{GroupPlan, Plan};
use super::run::{label, tolerate_send, Shell, STOP_POLL};
use super::script::ScriptResult;
use super::track_file::FileWatch;
use super::vmac;

/// Source, destination, TTL or hop limit, VRRP bytes.
type Frame = (IpAddr, IpAddr, u8, Vec<u8>);

/// Runs the group of `members` until `stop` is set; `inboxes[i]` holds the script
/// results of `members[i]`.
pub fn run_group(
    plan: &GroupPlan,
    members: &[Plan],
    inboxes: &[Receiver<ScriptResult>],
    updates: &Receiver<Vec<Plan>>,
    stop: &Arc<AtomicBool>,
) -> Result<(), IoError> {
    let name = plan.name.as_str();
    let (tx, frames) = mpsc::channel();
    // One socket per interface and family; `socket_of[i]` is member i's.
    let mut sockets: Vec<((String, bool), VrrpSocket)> = Vec::new();
    let mut socket_of = Vec::new();
    for p in members {
        let key = (p.interface.clone(), p.config.source.is_ipv6());
        let at = match sockets.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                // The first member on an interface decides its multicast group and
                // unicast TTL.
                let mut socket = VrrpSocket::open(&p.interface, &p.config)?;
                socket.set_unicast_ttl(p.unicast_ttl)?;
                sockets.push((key, socket));
                sockets.len() - 1
            }
        };
        socket_of.push(at);
    }
    // VMACs (deleted when this returns) and the sockets their members send from.
    let (_vmacs, mut senders): (Vec<_>, Vec<_>) = members
        .iter()
        .map(vmac::prepare)
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .unzip();
    let receivers: Vec<_> = sockets
        .iter()
        .map(|(_, s)| spawn_receiver(s.try_clone()?, tx.clone(), Arc::clone(stop)))
        .collect::<Result<_, IoError>>()?;
    drop(tx);
    let mut shells = members
        .iter()
        .map(Shell::new)
        .collect::<Result<Vec<_>, _>>()?;
    let mut files: Vec<FileWatch> = members.iter().map(|p| FileWatch::new(&p.files)).collect();
    let mut links: Vec<LinkWatch> = members
        .iter()
        .map(|p| {
            let tracked = p.config.track_interfaces.iter().map(|t| t.name.clone());
            LinkWatch::new(&p.interface, tracked.collect())
        })
        .collect();
    let epoch = std::time::Instant::now();
    let now =
        || rvs_vrrp::Instant::from_micros(u64::try_from(epoch.elapsed().as_micros()).unwrap_or(0));
    let instances = members
        .iter()
        .map(|p| Instance::new(p.config.clone(), rvs_vrrp::Instant::ZERO))
        .collect();
    let mut group = SyncGroup::new(name, instances);
    let mut drain = |group: &mut SyncGroup, shells: &mut [Shell]| {
        while let Some(a) = group.poll_action() {
            match a {
                GroupAction::Member { index, action } => {
                    if let Action::SendAdvert(out) = &action {
                        let sock = match &mut senders[index] {
                            Some(s) => s,
                            None => &mut sockets[socket_of[index]].1,
                        };
                        let r = sock.send(out);
                        let _ = tolerate_send(&members[index].config.name, r);
                    }
                    shells[index].act(&action);
                    // Now, not after the drain: a member's notifications come
                    // before the group's, as in keepalived.
                    if let Action::Notify(_) = action {
                        let priority = group.members()[index].effective_priority();
                        shells[index].run_notify_scripts(priority);
                    }
                }
                GroupAction::Notify(s) => {
                    eprintln!("rvs: ({name}) Syncing instances to {} STATE", label(s));
                    // keepalived passes priority 0 for a group.
                    plan.notify.transition(Kind::Group, name, s, 0);
                }
            }
        }
    };
    while !stop.load(Ordering::Relaxed) {
        for (i, ((w, f), shell)) in links.iter_mut().zip(&mut files).zip(&shells).enumerate() {
            let inputs = w.changes(sysfs_is_up).into_iter().chain(f.changes());
            for input in inputs.chain(shell.vip_lost()) {
                group.handle_input(now(), i, input);
            }
        }
        for (i, inbox) in inboxes.iter().enumerate() {
            while let Ok((name, success)) = inbox.try_recv() {
                group.handle_input(now(), i, Input::Script { name, success });
            }
        }
        while let Ok(new) = updates.try_recv() {
            for (i, (shell, p)) in shells.iter_mut().zip(&new).enumerate() {
                shell.update(p);
                group.set_vips(i, p.config.vips.clone());
            }
        }
        group.handle_timeout(now());
        drain(&mut group, &mut shells);
        for (s, m) in shells.iter_mut().zip(group.members()) {
            s.run_notify_scripts(m.effective_priority());
        }
        let wait = group
            .poll_timeout()
            .map_or(STOP_POLL, |t| t.saturating_since(now()))
            .clamp(Duration::from_millis(1), STOP_POLL);
        match frames.recv_timeout(wait) {
            Ok((src, dst, ttl, bytes)) => {
                let rx = Received {
                    src,
                    dst,
                    ttl,
                    bytes: &bytes,
                };
                // Rejections are counted by the members.
                let _ = group.handle_packet(now(), &rx);
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    for i in 0..members.len() {
        group.handle_input(now(), i, Input::Stop);
    }
    drain(&mut group, &mut shells);
    for (s, m) in shells.iter_mut().zip(group.members()) {
        s.run_notify_scripts(m.effective_priority());
    }
    for r in receivers {
        let _ = r.join();
    }
    Ok(())
}

fn spawn_receiver(
    socket: VrrpSocket,
    tx: Sender<Frame>,
    stop: Arc<AtomicBool>,
) -> Result<std::thread::JoinHandle<()>, IoError> {
    socket.set_read_timeout(Some(STOP_POLL))?;
    Ok(std::thread::spawn(move || {
        let mut buf = vec![0u8; 65_535];
        while !stop.load(Ordering::Relaxed) {
            if let Ok(rx) = socket.recv(&mut buf) {
                if tx
                    .send((rx.src, rx.dst, rx.ttl, rx.bytes.to_vec()))
                    .is_err()
                {
                    return;
                }
            }
        }
    }))
}
