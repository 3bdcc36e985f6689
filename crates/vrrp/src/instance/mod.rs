//! One virtual router: the RFC 3768 / RFC 5798 state machine with keepalived's
//! extensions. Time and packets in, [`Action`]s out.

use std::collections::VecDeque;
use std::net::IpAddr;
use std::time::Duration;

use crate::config::{Auth, InstanceConfig, UnicastChecksumCompat};
use crate::error::Rejection;
use crate::packet::{AdvertRepr, AuthType, Checksum, Interval, Kind, Version, MAX_V3_CENTIS};
use crate::time::Instant;
use crate::timer::{Timer, TimerTable};
use crate::track::Tracking;

mod receive;
mod stats;

pub use receive::Received;
pub use stats::Stats;

/// Priority of the address owner.
pub const PRIORITY_OWNER: u8 = 255;
/// Priority a MASTER sends when it gives up.
pub const PRIORITY_STOP: u8 = 0;

/// keepalived's instance states (`STOP` is reported on shutdown only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    Init,
    Backup,
    Master,
    Fault,
    Stop,
}

/// Something other than an advertisement that happened to the instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// The instance's own interface went up or down.
    Link { up: bool },
    /// A `track_interface` changed.
    Interface { name: String, up: bool },
    /// One run of a tracked `vrrp_script` finished.
    Script { name: String, success: bool },
    /// A tracked file now holds `value`.
    File { name: String, value: i64 },
    /// Shut down: give up MASTER with a priority 0 advert.
    Stop,
    /// Somebody else deleted one of this MASTER's VIPs. keepalived 2.2.7 (told by
    /// netlink) gives up MASTER with a priority 0 advert and removes the other VIPs,
    /// then, as a backup that heard priority 0, takes over again after its skew time
    /// unless a better router does first: the VIPs come back, GARPs and all.
    VipLost,
}

/// An advertisement to send, with what the IO shell needs to put it on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub src: IpAddr,
    /// The multicast group or one unicast peer.
    pub dst: IpAddr,
    pub repr: AdvertRepr,
    pub checksum: Checksum,
}

impl Outgoing {
    pub fn to_bytes(&self) -> Vec<u8> {
        self.repr.to_bytes(&self.checksum)
    }
}

/// What the instance asks its IO shell to do, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    SendAdvert(Outgoing),
    /// Add the VIPs. `block_traffic`: also drop packets to them (no `accept` and not
    /// the address owner, keepalived's firewall rules); `DelVips` removes both.
    AddVips {
        block_traffic: bool,
    },
    DelVips,
    /// Send `count` gratuitous ARPs / unsolicited NAs for every VIP.
    Announce {
        count: u32,
    },
    /// Run the notify scripts of the new state.
    Notify(State),
    /// keepalived's `notify_master_rx_lower_pri`.
    MasterRxLowerPriority,
    /// The effective priority changed (with `notify_priority_changes`).
    NotifyPriority(u8),
}

/// One VRRP instance.
#[derive(Debug, Clone)]
pub struct Instance {
    cfg: InstanceConfig,
    state: State,
    /// Lowered to 254 when another owner shows up (keepalived does the same).
    base_priority: u8,
    /// Learned from the master in v3; our own interval otherwise.
    master_adver_int: Duration,
    master_addr: Option<IpAddr>,
    master_priority: u8,
    /// BACKUP: until when lower priority adverts are still accepted (`preempt_delay`).
    preempt_until: Option<Instant>,
    /// Next GARP/NA refresh, checked when an advert is sent as keepalived does.
    garp_refresh_at: Option<Instant>,
    /// IPv4 v3 unicast: pseudo-header with the multicast group (old keepalived).
    old_unicast_checksum: bool,
    link_up: bool,
    tracking: Tracking,
    /// Set by a sync group: another member is in FAULT.
    group_fault: bool,
    /// Set by a sync group: a member may not become MASTER alone.
    group_hold: bool,
    /// keepalived's `wantstate == MASTER` while BACKUP: the master down timer expired
    /// but the sync group held us back.
    wants_master: bool,
    timers: TimerTable,
    actions: VecDeque<Action>,
    stats: Stats,
}

fn skew_us(version: Version, priority: u8, master_adver_int: Duration) -> u64 {
    let p = 256 - u64::from(priority);
    match version {
        Version::V2 => p * 1_000_000 / 256,
        // keepalived: (256 - prio) * centiseconds * 625 / 16 microseconds.
        _ => p * (master_adver_int.as_millis() as u64 / 10) * 625 / 16,
    }
}

impl Instance {
    pub fn new(cfg: InstanceConfig, now: Instant) -> Self {
        let mut timers = TimerTable::default();
        timers.set(Timer::Init, now);
        Instance {
            state: State::Init,
            base_priority: cfg.priority,
            master_adver_int: cfg.advert_int.max(Duration::from_millis(10)),
            master_addr: None,
            master_priority: 0,
            preempt_until: None,
            garp_refresh_at: None,
            old_unicast_checksum: cfg.unicast_checksum_compat == UnicastChecksumCompat::Old,
            link_up: true,
            tracking: Tracking::new(&cfg.track_interfaces, &cfg.track_scripts, &cfg.track_files),
            group_fault: false,
            group_hold: false,
            wants_master: false,
            timers,
            actions: VecDeque::new(),
            stats: Stats::default(),
            cfg,
        }
    }

    // ---- getters ----

    pub fn config(&self) -> &InstanceConfig {
        &self.cfg
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// Replaces the addresses the adverts carry (a reload that changed only the
    /// VIPs, which keepalived applies without a state change); the next advert
    /// carries them. The IO shell changes the addresses on the interface.
    pub fn set_vips(&mut self, vips: crate::packet::AddressList) {
        self.cfg.vips = vips;
    }

    /// Priority after tracking weights, 1..=254, or 255 for the owner (whose weights
    /// keepalived ignores).
    pub fn effective_priority(&self) -> u8 {
        if self.base_priority == PRIORITY_OWNER {
            return PRIORITY_OWNER;
        }
        let p = i64::from(self.base_priority) + self.tracking.verdict().weight;
        p.clamp(1, 254) as u8
    }

    /// The interval the master down timer is based on (v3 learns it from the master).
    pub fn master_adver_int(&self) -> Duration {
        self.master_adver_int
    }

    /// Source address of the current master as last heard, if any.
    pub fn master_addr(&self) -> Option<IpAddr> {
        self.master_addr
    }

    /// Priority of the master as last heard.
    pub fn master_priority(&self) -> u8 {
        self.master_priority
    }

    /// `Skew_Time`.
    pub fn skew(&self) -> Duration {
        Duration::from_micros(skew_us(
            self.cfg.version,
            self.effective_priority(),
            self.master_adver_int,
        ))
    }

    /// Time between our adverts as MASTER; never zero, so a bad configuration cannot
    /// spin the timer loop (keepalived refuses `advert_int 0`; v3's unit is 10 ms).
    fn advert_period(&self) -> Duration {
        self.cfg.advert_int.max(Duration::from_millis(10))
    }

    /// `Master_Down_Interval`: `down_timer_adverts` × master interval + skew.
    pub fn master_down_interval(&self) -> Duration {
        self.master_adver_int * self.cfg.down_timer_adverts + self.skew()
    }

    fn fault_condition(&self) -> bool {
        (!self.link_up && !self.cfg.dont_track_primary)
            || self.tracking.verdict().fault
            || self.group_fault
    }

    /// Whether the instance's own tracking (not its sync group) puts it in FAULT.
    pub(crate) fn own_fault(&self) -> bool {
        (!self.link_up && !self.cfg.dont_track_primary) || self.tracking.verdict().fault
    }

    // ---- poll ----

    pub fn poll_timeout(&self) -> Option<Instant> {
        self.timers.next_deadline()
    }

    pub fn poll_action(&mut self) -> Option<Action> {
        self.actions.pop_front()
    }

    // ---- handle ----

    /// Expires due timers; harmless when called early.
    pub fn handle_timeout(&mut self, now: Instant) {
        while let Some(t) = self.timers.pop_expired(now) {
            match t {
                Timer::Init => self.leave_init(now),
                Timer::MasterDown => {
                    if self.state == State::Backup {
                        if self.group_hold {
                            // Wait for the other members to want MASTER too.
                            self.wants_master = true;
                            self.timers
                                .set(Timer::MasterDown, now + self.master_down_interval());
                        } else {
                            self.become_master(now);
                        }
                    }
                }
                Timer::Advert => {
                    if self.state == State::Master {
                        self.send_advert(self.effective_priority());
                        if self.garp_refresh_at.is_some_and(|at| now > at) {
                            self.actions.push_back(Action::Announce {
                                count: self.cfg.garp.refresh_repeat,
                            });
                            self.garp_refresh_at = Some(now + self.cfg.garp.master_refresh);
                        }
                        self.timers.set(Timer::Advert, now + self.advert_period());
                    }
                }
                Timer::GarpDelay => {
                    if self.state == State::Master {
                        self.actions.push_back(Action::Announce {
                            count: self.cfg.garp.master_repeat,
                        });
                    }
                }
                Timer::LowerPrioGarp => {
                    if self.state == State::Master {
                        self.actions.push_back(Action::Announce {
                            count: self.cfg.garp.lower_prio_repeat,
                        });
                    }
                }
            }
        }
    }

    pub fn handle_input(&mut self, now: Instant, input: Input) {
        let down_before = self.master_down_interval();
        let priority_before = self.effective_priority();
        match input {
            Input::Link { up } => self.link_up = up,
            Input::Interface { name, up } => {
                self.tracking.set_interface(&name, up);
            }
            Input::Script { name, success } => {
                self.tracking.record_script(&name, success);
            }
            Input::File { name, value } => {
                self.tracking.set_file(&name, value);
            }
            Input::Stop => {
                self.stop();
                return;
            }
            Input::VipLost => {
                if self.state == State::Master {
                    self.resign_master(1);
                    self.wants_master = false;
                    self.preempt_until = None;
                    self.state = State::Backup;
                    self.actions.push_back(Action::Notify(State::Backup));
                    self.timers.set(Timer::MasterDown, now + self.skew());
                }
                return;
            }
        }
        let priority = self.effective_priority();
        if priority != priority_before && self.cfg.notify_priority_changes {
            self.actions.push_back(Action::NotifyPriority(priority));
        }
        // A new priority changes the skew: keepalived moves a running master down
        // timer by the difference.
        let down_after = self.master_down_interval();
        if let (State::Backup, Some(at)) = (self.state, self.timers.get(Timer::MasterDown)) {
            let moved = if down_after >= down_before {
                at + (down_after - down_before)
            } else {
                at - (down_before - down_after)
            };
            self.timers.set(Timer::MasterDown, moved);
        }
        self.reevaluate(now);
    }

    pub(crate) fn set_group_fault(&mut self, now: Instant, fault: bool) {
        if self.group_fault != fault {
            self.group_fault = fault;
            self.reevaluate(now);
        }
    }

    pub(crate) fn set_group_hold(&mut self, hold: bool) {
        self.group_hold = hold;
    }

    /// MASTER, or BACKUP whose master down timer expired (keepalived's wantstate).
    pub(crate) fn wants_master(&self) -> bool {
        self.state == State::Master || (self.state == State::Backup && self.wants_master)
    }

    /// A sync group member became MASTER: follow it.
    pub(crate) fn force_master(&mut self, now: Instant) {
        if self.state == State::Backup {
            self.become_master(now);
        }
    }

    /// A sync group member fell back to BACKUP: follow it.
    pub(crate) fn force_backup(&mut self, now: Instant) {
        if self.state == State::Master {
            self.leave_master(now);
        }
    }

    /// Checks a received packet in keepalived's order, counting a rejection by reason,
    /// and processes it if it passes.
    pub fn handle_packet(&mut self, now: Instant, rx: &Received<'_>) -> Result<(), Rejection> {
        if !matches!(self.state, State::Backup | State::Master) {
            return Ok(());
        }
        match self.check(rx) {
            Ok(repr) => {
                self.handle_advert(now, rx.src, &repr);
                Ok(())
            }
            Err(r) => {
                self.stats.count_rejection(r);
                Err(r)
            }
        }
    }

    /// Processes an advertisement that passed the checks (or, in tests, one built by
    /// hand). `from` is its IP source address.
    pub fn handle_advert(&mut self, now: Instant, from: IpAddr, adv: &AdvertRepr) {
        if adv.priority == PRIORITY_STOP {
            self.stats.priority_zero_received += 1;
        }
        match self.state {
            State::Backup => self.backup_rx(now, from, adv),
            State::Master => self.master_rx(now, from, adv),
            State::Init | State::Fault | State::Stop => {}
        }
    }

    /// v3: the master's interval, at least one centisecond (a peer announcing 0
    /// would otherwise make the down timer expire in a loop).
    fn learned_interval(&self, adv: &AdvertRepr) -> Duration {
        match (self.cfg.version, adv.interval) {
            (Version::V2, _) => self.cfg.advert_int,
            (_, i) => i.as_duration().max(Duration::from_millis(10)),
        }
    }

    fn backup_rx(&mut self, now: Instant, from: IpAddr, adv: &AdvertRepr) {
        let eff = self.effective_priority();
        if adv.priority == PRIORITY_STOP {
            // The master resigned: take over after Skew_Time only.
            self.timers.set(Timer::MasterDown, now + self.skew());
            return;
        }
        let delaying = self.cfg.preempt_delay > Duration::ZERO
            && self.preempt_until.is_none_or(|until| until > now);
        if !self.cfg.preempt || adv.priority >= eff || delaying {
            self.wants_master = false;
            self.master_adver_int = self.learned_interval(adv);
            self.master_addr = Some(from);
            self.master_priority = adv.priority;
            self.timers
                .set(Timer::MasterDown, now + self.master_down_interval());
            if self.cfg.preempt_delay > Duration::ZERO {
                if adv.priority >= eff {
                    self.preempt_until = None;
                } else if self.preempt_until.is_none() {
                    self.preempt_until = Some(now + self.cfg.preempt_delay);
                }
            }
        } else {
            // Lower priority and we may preempt: let the down timer run out.
            self.master_addr = Some(from);
        }
    }

    fn master_rx(&mut self, now: Instant, from: IpAddr, adv: &AdvertRepr) {
        let eff = self.effective_priority();
        let ours = self.cfg.source;
        if adv.priority == PRIORITY_STOP
            || (self.cfg.higher_prio_send_advert
                && (adv.priority > eff || (adv.priority == eff && from > ours)))
        {
            self.send_advert(eff);
            if adv.priority == PRIORITY_STOP {
                return;
            }
        }
        if adv.priority == eff && from != ours && eff == PRIORITY_OWNER {
            // Two owners: a configuration error; keepalived steps down to 254.
            self.base_priority = PRIORITY_OWNER - 1;
        }
        let eff = self.effective_priority();
        if adv.priority < eff || (adv.priority == eff && from < ours) {
            if !self.cfg.lower_prio_no_advert {
                self.send_advert(eff);
            }
            let g = &self.cfg.garp;
            if g.lower_prio_repeat > 0 {
                self.actions.push_back(Action::Announce {
                    count: g.lower_prio_repeat,
                });
                if g.lower_prio_delay > Duration::ZERO {
                    self.timers
                        .set(Timer::LowerPrioGarp, now + g.lower_prio_delay);
                }
            }
            self.actions.push_back(Action::MasterRxLowerPriority);
        } else if adv.priority > eff || (adv.priority == eff && from > ours) {
            self.master_adver_int = self.learned_interval(adv);
            self.master_priority = adv.priority;
            self.master_addr = Some(from);
            self.leave_master(now);
        }
    }

    // ---- transitions ----

    fn leave_init(&mut self, now: Instant) {
        if self.state != State::Init || !self.tracking.all_scripts_known() {
            return;
        }
        // keepalived removes leftover VIPs (e.g. from a crashed run) at start.
        self.actions.push_back(Action::DelVips);
        if self.fault_condition() {
            self.enter_fault();
        } else {
            self.come_up(now);
        }
    }

    /// INIT or FAULT to BACKUP, or straight to MASTER for an address owner configured
    /// `state MASTER` (keepalived 2.2.7: an owner in `state BACKUP` waits its down timer).
    fn come_up(&mut self, now: Instant) {
        self.master_adver_int = self.advert_period();
        self.preempt_until = None;
        self.wants_master = false;
        if self.base_priority == PRIORITY_OWNER && self.cfg.initial_master && !self.group_hold {
            self.become_master(now);
        } else {
            self.state = State::Backup;
            self.actions.push_back(Action::Notify(State::Backup));
            self.timers
                .set(Timer::MasterDown, now + self.master_down_interval());
        }
    }

    fn reevaluate(&mut self, now: Instant) {
        match self.state {
            State::Init if self.timers.get(Timer::Init).is_none() => self.leave_init(now),
            State::Backup | State::Master if self.fault_condition() => self.enter_fault(),
            State::Fault if !self.fault_condition() => self.come_up(now),
            _ => {}
        }
    }

    fn become_master(&mut self, now: Instant) {
        // Advert first, so the old master drops the VIPs before our GARPs.
        self.state = State::Master;
        self.master_adver_int = self.advert_period();
        self.master_addr = Some(self.cfg.source);
        self.preempt_until = None;
        self.stats.become_master += 1;
        self.send_advert(self.effective_priority());
        self.actions.push_back(Action::AddVips {
            block_traffic: !self.cfg.accept && self.base_priority != PRIORITY_OWNER,
        });
        let g = &self.cfg.garp;
        if g.master_repeat > 0 {
            self.actions.push_back(Action::Announce {
                count: g.master_repeat,
            });
            if g.master_delay > Duration::ZERO {
                self.timers.set(Timer::GarpDelay, now + g.master_delay);
            }
        }
        self.garp_refresh_at = (g.master_refresh > Duration::ZERO).then(|| now + g.master_refresh);
        self.actions.push_back(Action::Notify(State::Master));
        self.timers.stop(Timer::MasterDown);
        self.timers.set(Timer::Advert, now + self.advert_period());
    }

    fn clear_master_timers(&mut self) {
        self.timers.stop(Timer::Advert);
        self.timers.stop(Timer::GarpDelay);
        self.timers.stop(Timer::LowerPrioGarp);
        self.garp_refresh_at = None;
    }

    /// MASTER to BACKUP on a better advert (no priority 0 advert).
    fn leave_master(&mut self, now: Instant) {
        self.clear_master_timers();
        self.wants_master = false;
        self.actions.push_back(Action::DelVips);
        self.state = State::Backup;
        self.preempt_until = None;
        self.stats.release_master += 1;
        self.actions.push_back(Action::Notify(State::Backup));
        self.timers
            .set(Timer::MasterDown, now + self.master_down_interval());
    }

    /// Gives up MASTER with priority 0; keepalived 2.2.7 sends two such adverts when
    /// its own tracking puts it in FAULT (one on leaving MASTER, one on restoring the
    /// interface) and one when it stops.
    fn resign_master(&mut self, adverts: u32) {
        for _ in 0..adverts {
            self.send_advert(PRIORITY_STOP);
        }
        self.stats.priority_zero_sent += 1;
        self.clear_master_timers();
        self.actions.push_back(Action::DelVips);
        self.stats.release_master += 1;
    }

    fn enter_fault(&mut self) {
        if self.state == State::Master {
            // A member pulled into FAULT by its sync group sends one (keepalived's
            // vrrp_sync_fault leaves MASTER without the interface-restore advert).
            let adverts = if self.own_fault() { 2 } else { 1 };
            self.resign_master(adverts);
        }
        self.timers.stop_all();
        self.state = State::Fault;
        self.actions.push_back(Action::Notify(State::Fault));
    }

    fn stop(&mut self) {
        if self.state == State::Master {
            self.resign_master(1);
        }
        self.timers.stop_all();
        self.state = State::Stop;
        self.actions.push_back(Action::Notify(State::Stop));
    }

    fn advert(&self, priority: u8) -> AdvertRepr {
        let interval = match self.cfg.version {
            Version::V2 => Interval::Secs(self.cfg.advert_int.as_secs().min(255) as u8),
            _ => Interval::Centis(
                (self.cfg.advert_int.as_millis() / 10).min(u128::from(MAX_V3_CENTIS)) as u16,
            ),
        };
        let (auth_type, auth_data) = match (&self.cfg.version, &self.cfg.auth) {
            (Version::V2, Auth::Password(pw)) => (AuthType::Password, *pw),
            _ => (AuthType::None, [0; 8]),
        };
        AdvertRepr {
            version: self.cfg.version,
            kind: Kind::Advertisement,
            vrid: self.cfg.vrid,
            priority,
            auth_type,
            interval,
            addresses: self.cfg.vips.clone(),
            auth_data,
        }
    }

    fn send_advert(&mut self, priority: u8) {
        let repr = self.advert(priority);
        let dsts: Vec<IpAddr> = if self.cfg.unicast_peers.is_empty() {
            vec![self.cfg.mcast_group]
        } else {
            self.cfg.unicast_peers.clone()
        };
        for dst in dsts {
            self.actions.push_back(Action::SendAdvert(Outgoing {
                src: self.cfg.source,
                dst,
                repr: repr.clone(),
                checksum: self.tx_checksum(dst),
            }));
        }
        self.stats.adverts_sent += 1;
    }
}
