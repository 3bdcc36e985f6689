//! What one VRRP instance needs to know, in protocol terms. The lead maps
//! keepalived.conf onto these types; defaults are keepalived's.

use std::net::IpAddr;
use std::time::Duration;

use crate::packet::{AddressList, Family, Version};

/// v2 authentication (keepalived `authentication { auth_type PASS; auth_pass ... }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    None,
    /// Up to 8 bytes, zero-padded, as keepalived stores `auth_pass`.
    Password([u8; 8]),
}

impl Auth {
    /// keepalived truncates passwords to 8 bytes and pads with zeros.
    pub fn password(text: &str) -> Auth {
        let mut data = [0u8; 8];
        for (d, s) in data.iter_mut().zip(text.bytes()) {
            *d = s;
        }
        Auth::Password(data)
    }
}

/// keepalived's `old_unicast_checksum`: IPv4 VRRPv3 unicast adverts whose pseudo-header
/// used the multicast group instead of the peer (keepalived before 1.3.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnicastChecksumCompat {
    /// Send the standard checksum; switch to the old one if a peer is seen using it.
    #[default]
    Auto,
    /// `old_unicast_checksum never`: standard checksum only.
    Never,
    /// `old_unicast_checksum`: old checksum from the start.
    Old,
}

/// Gratuitous ARP / unsolicited NA schedule of a MASTER.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GarpConfig {
    /// Repetitions at the transition and again after `master_delay` (`garp_master_repeat`).
    pub master_repeat: u32,
    /// Delay of the second burst (`garp_master_delay`); zero disables it.
    pub master_delay: Duration,
    /// Interval of refreshes while MASTER (`garp_master_refresh`); zero disables them.
    pub master_refresh: Duration,
    /// Repetitions per refresh (`garp_master_refresh_repeat`).
    pub refresh_repeat: u32,
    /// Burst when a MASTER hears a lower priority advert (`garp_lower_prio_repeat`).
    pub lower_prio_repeat: u32,
    /// Delay of the second lower-priority burst (`garp_lower_prio_delay`).
    pub lower_prio_delay: Duration,
}

impl Default for GarpConfig {
    fn default() -> Self {
        GarpConfig {
            master_repeat: 5,
            master_delay: Duration::from_secs(5),
            master_refresh: Duration::ZERO,
            refresh_repeat: 1,
            lower_prio_repeat: 0,
            lower_prio_delay: Duration::ZERO,
        }
    }
}

/// How a tracked object changes the instance: `weight == 0` puts it in FAULT when
/// the object fails; otherwise a positive weight is added while the object is up, a
/// negative one while it is down (`reverse` swaps up and down, keepalived's
/// `weight N reverse`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weight {
    pub weight: i32,
    pub reverse: bool,
}

impl Weight {
    pub const FAULT: Weight = Weight {
        weight: 0,
        reverse: false,
    };
}

/// `track_interface`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackInterface {
    pub name: String,
    pub weight: Weight,
}

/// `vrrp_script` as tracked by this instance (`track_script`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackScript {
    pub name: String,
    pub weight: Weight,
    /// Consecutive successes to become up.
    pub rise: u32,
    /// Consecutive failures to become down.
    pub fall: u32,
    /// `init_fail`: considered down from the start, so the instance does not wait
    /// in INIT for the script's first result.
    pub init_fail: bool,
}

/// `track_file`: the file's integer times `weight` is added; with weight 0 any
/// non-zero value means FAULT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackFile {
    pub name: String,
    pub weight: Weight,
}

/// One virtual router on one interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceConfig {
    pub name: String,
    pub vrid: u8,
    pub version: Version,
    /// Configured priority, 1..=255; 255 is the address owner.
    pub priority: u8,
    /// v2: whole seconds; v3: centiseconds (keepalived rounds as it parses).
    pub advert_int: Duration,
    /// `state MASTER` in the configuration. keepalived 2.2.7 honours it only for the
    /// address owner (priority 255), which then becomes MASTER at once; every other
    /// instance starts in BACKUP and waits its master down timer.
    pub initial_master: bool,
    /// `nopreempt` clears this.
    pub preempt: bool,
    pub preempt_delay: Duration,
    /// `accept`: a non-owner MASTER accepts packets to its VIPs. keepalived's default
    /// is accept, unless `vrrp_strict` or `no_accept`.
    pub accept: bool,
    /// The addresses carried in adverts (the VIPs of this family).
    pub vips: AddressList,
    /// Source of our adverts (`mcast_src_ip`/`unicast_src_ip` or the interface's
    /// primary address); also the equal-priority tie-breaker.
    pub source: IpAddr,
    /// Empty for multicast.
    pub unicast_peers: Vec<IpAddr>,
    /// `vrrp_mcast_group4`/`vrrp_mcast_group6`.
    pub mcast_group: IpAddr,
    pub auth: Auth,
    pub v3_checksum_as_v2: bool,
    pub unicast_checksum_compat: UnicastChecksumCompat,
    pub skip_check_adv_addr: bool,
    /// `check_unicast_src` (instance or global).
    pub check_unicast_src: bool,
    /// `down_timer_adverts`, 1..=100, default 3.
    pub down_timer_adverts: u32,
    pub lower_prio_no_advert: bool,
    /// `notify_priority_changes`: report every effective priority change.
    pub notify_priority_changes: bool,
    pub higher_prio_send_advert: bool,
    pub garp: GarpConfig,
    /// `dont_track_primary`: the instance's own link state does not cause FAULT.
    pub dont_track_primary: bool,
    pub track_interfaces: Vec<TrackInterface>,
    pub track_scripts: Vec<TrackScript>,
    pub track_files: Vec<TrackFile>,
}

impl InstanceConfig {
    /// keepalived's defaults for everything but identity and addresses.
    pub fn new(name: &str, vrid: u8, version: Version, source: IpAddr, vips: AddressList) -> Self {
        InstanceConfig {
            name: name.to_owned(),
            vrid,
            version,
            priority: 100,
            advert_int: Duration::from_secs(1),
            initial_master: false,
            preempt: true,
            preempt_delay: Duration::ZERO,
            accept: true,
            mcast_group: Family::of(&source).mcast_group(),
            vips,
            source,
            unicast_peers: Vec::new(),
            auth: Auth::None,
            v3_checksum_as_v2: false,
            unicast_checksum_compat: UnicastChecksumCompat::Auto,
            skip_check_adv_addr: false,
            check_unicast_src: false,
            down_timer_adverts: 3,
            lower_prio_no_advert: false,
            notify_priority_changes: false,
            higher_prio_send_advert: false,
            garp: GarpConfig::default(),
            dont_track_primary: false,
            track_interfaces: Vec::new(),
            track_scripts: Vec::new(),
            track_files: Vec::new(),
        }
    }

    pub fn family(&self) -> Family {
        Family::of(&self.source)
    }
}
