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
        for (index, m) in self.members.iter_mut().enumerate() {
            while let Some(action) = m.poll_action() {
                self.actions
                    .push_back(GroupAction::Member { index, action });
            }
        }
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
        if group != self.state {
            self.state = group;
            self.actions.push_back(GroupAction::Notify(group));
        }
    }
}
