//! `vrrp_sync_group`: instances that change state together. One MASTER makes all
//! MASTER, one falling back makes all BACKUP, one FAULT makes all FAULT; a BACKUP
//! group goes MASTER only once every member's master down timer has expired.

use std::collections::VecDeque;

use crate::error::Rejection;
use crate::instance::{Action, Input, Instance, Received, State};
use crate::packet::Packet;
use crate::time::Instant;

/// What the group asks its IO shell to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupAction {
    /// An action of the member at `index`.
    Member { index: usize, action: Action },
    /// Run the group's notify scripts for its new state.
    Notify(State),
}

#[derive(Debug, Clone)]
pub struct SyncGroup {
    name: String,
    members: Vec<Instance>,
    state: State,
    actions: VecDeque<GroupAction>,
}

impl SyncGroup {
    pub fn new(name: &str, members: Vec<Instance>) -> Self {
        SyncGroup {
            name: name.to_owned(),
            members,
            state: State::Init,
            actions: VecDeque::new(),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn members(&self) -> &[Instance] {
        &self.members
    }

    /// Member `index`'s [`Instance::set_vips`].
    pub fn set_vips(&mut self, index: usize, vips: crate::packet::AddressList) {
        if let Some(m) = self.members.get_mut(index) {
            m.set_vips(vips);
        }
    }

    pub fn poll_timeout(&self) -> Option<Instant> {
        self.members.iter().filter_map(Instance::poll_timeout).min()
    }

    pub fn poll_action(&mut self) -> Option<GroupAction> {
        self.actions.pop_front()
    }

    pub fn handle_timeout(&mut self, now: Instant) {
        let before = self.states();
        for i in 0..self.members.len() {
            // A member expiring now sees the members that expired just before it.
            self.refresh_holds();
            self.members[i].handle_timeout(now);
        }
        self.reconcile(now, &before);
    }

    /// keepalived's `vrrp_sync_can_goto_master`: unless the group is already MASTER,
    /// a member may become MASTER only when every other member wants to, which
    /// prefers BACKUP to thrashing when only some virtual routers lost their master.
    fn refresh_holds(&mut self) {
        let group_master = self.members.iter().any(|m| m.state() == State::Master);
        let wants: Vec<bool> = self.members.iter().map(Instance::wants_master).collect();
        for (i, m) in self.members.iter_mut().enumerate() {
            let others_want = wants.iter().enumerate().all(|(j, w)| j == i || *w);
            m.set_group_hold(!group_master && !others_want);
        }
    }

    pub fn handle_input(&mut self, now: Instant, index: usize, input: Input) {
        let before = self.states();
        if let Some(m) = self.members.get_mut(index) {
            m.handle_input(now, input);
        }
        self.reconcile(now, &before);
    }

    /// Gives the packet to the member with its VRID and family; `Ok` when no member
    /// has them (the packet belongs to another router).
    pub fn handle_packet(&mut self, now: Instant, rx: &Received<'_>) -> Result<(), Rejection> {
        let before = self.states();
        let target = self.members.iter().position(|m| {
            let family = m.config().family();
            family == crate::packet::Family::of(&rx.src)
                && Packet::new_checked(rx.bytes, family).is_ok_and(|p| p.vrid() == m.config().vrid)
        });
        let result = match target {
            Some(i) => self.members[i].handle_packet(now, rx),
            None => Ok(()),
        };
        self.reconcile(now, &before);
        result
    }

    fn states(&self) -> Vec<State> {
        self.members.iter().map(Instance::state).collect()
    }

    fn reconcile(&mut self, now: Instant, before: &[State]) {
        // Faults first: a member's own fault holds every other member in FAULT.
        let own: Vec<bool> = self.members.iter().map(Instance::own_fault).collect();
        for (i, m) in self.members.iter_mut().enumerate() {
            let other_fault = own.iter().enumerate().any(|(j, f)| j != i && *f);
            m.set_group_fault(now, other_fault);
        }
        let mid = self.states();
        let to_master =
            (0..mid.len()).any(|i| before[i] != State::Master && mid[i] == State::Master);
        let to_backup =
            (0..mid.len()).any(|i| before[i] == State::Master && mid[i] == State::Backup);
        if to_master {
            for m in &mut self.members {
                m.force_master(now);
            }
        } else if to_backup {
            for m in &mut self.members {
                m.force_backup(now);
            }
        }
        self.refresh_holds();
        let states = self.states();
        let group = if states.contains(&State::Fault) {
            State::Fault
        } else if states.contains(&State::Master) {
            State::Master
        } else if states.iter().all(|s| *s == State::Backup) {
            State::Backup
        } else if states.iter().all(|s| *s == State::Stop) {
            State::Stop
        } else {
            self.state
        };
        // keepalived reports a group's first state before its members' (the group
        // is set up first); every later change after the members' transitions.
        let first = self.state == State::Init && group != State::Init;
        if first {
            self.state = group;
            self.actions.push_back(GroupAction::Notify(group));
        }
        for (index, m) in self.members.iter_mut().enumerate() {
            while let Some(action) = m.poll_action() {
                self.actions
                    .push_back(GroupAction::Member { index, action });
            }
        }
        if group != self.state {
            self.state = group;
            self.actions.push_back(GroupAction::Notify(group));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::InstanceConfig;
    use crate::packet::{AddressList, Version};
    use std::net::{IpAddr, Ipv4Addr};
    use std::time::Duration;

    fn member(vrid: u8) -> Instance {
        let c = InstanceConfig::new(
            &format!("VI_{vrid}"),
            vrid,
            Version::V2,
            IpAddr::V4(Ipv4Addr::new(198, 18, 0, 1)),
            AddressList::V4(vec![Ipv4Addr::new(198, 18, 0, 100 + vrid)]),
        );
        Instance::new(c, Instant::ZERO)
    }

    /// The notifications in order: `(None, state)` for the group's, `(Some(i), state)`
    /// for member i's.
    fn notifies(g: &mut SyncGroup) -> Vec<(Option<usize>, State)> {
        std::iter::from_fn(|| g.poll_action())
            .filter_map(|a| match a {
                GroupAction::Notify(s) => Some((None, s)),
                GroupAction::Member {
                    index,
                    action: Action::Notify(s),
                } => Some((Some(index), s)),
                GroupAction::Member { .. } => None,
            })
            .collect()
    }

    #[test]
    fn the_group_reports_its_first_state_before_its_members_and_later_ones_after() {
        let mut g = SyncGroup::new("G", vec![member(1), member(2)]);
        g.handle_timeout(Instant::ZERO);
        assert_eq!(
            notifies(&mut g),
            vec![
                (None, State::Backup),
                (Some(0), State::Backup),
                (Some(1), State::Backup)
            ]
        );
        g.handle_timeout(Instant::ZERO + Duration::from_secs(4));
        let n = notifies(&mut g);
        assert_eq!(n.len(), 3, "{n:?}");
        assert_eq!(n[2], (None, State::Master), "{n:?}");
        assert!(n[..2]
            .iter()
            .all(|(m, s)| m.is_some() && *s == State::Master));
    }
}
