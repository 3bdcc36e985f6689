//! keepalived.conf's `vrrp_instance`s as the VRRP core's [`InstanceConfig`]s. The config
//! crate has already applied keepalived's defaults and `global_defs` inheritance; this
//! only translates, and resolves what needs the host (the interface's address).

use std::net::IpAddr;
use std::path::PathBuf;

use rvs_config::model::script::{DefaultRunAs, RunAs};
use rvs_config::model::vrrp::{AuthType, InitialState, SyncGroup, TrackRef, VrrpInstance};
use rvs_config::Config;
use rvs_vrrp::config::{
    Auth, TrackFile, TrackInterface, TrackScript, UnicastChecksumCompat, Weight,
};
use rvs_vrrp::io::{Route, Rule};
use rvs_vrrp::packet::{AddressList, Version};
use rvs_vrrp::InstanceConfig;

use super::netconf::Lines;
use super::notify::NotifyScripts;
use super::process::{tracked_name, ProcessJob};
use super::script::ScriptJob;
use super::track_file::WatchedFile;
use super::vmac::Vmac;

/// One instance ready to run: the core's configuration and where it lives.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub config: InstanceConfig,
    pub interface: String,
    /// The VIPs as the interface gets them (`virtual_ipaddress` then `_excluded`).
    pub vips: Vec<Vip>,
    /// `virtual_routes` and `virtual_rules`: there while MASTER, as the VIPs.
    pub routes: Vec<Route>,
    pub rules: Vec<Rule>,
    /// `use_vmac`: the macvlan holding the VIPs.
    pub vmac: Option<Vmac>,
    /// `unicast_ttl` when configured (the model holds unset as 255).
    pub unicast_ttl: Option<u8>,
    pub notify: NotifyScripts,
    /// Where the `track_file`s of `config.track_files` are.
    pub files: Vec<WatchedFile>,
}

/// One address to add on the interface when MASTER; `dev` is that of the address
/// line, else the instance's VMAC (`use_vmac`) or interface.
pub type Vip = rvs_vrrp::io::Address;

/// Why an instance cannot run this round.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("({0}) has no interface")]
    NoInterface(String),
    #[error("({0}) uses auth_type AH, which rvs does not implement")]
    AuthAh(String),
    #[error("({0}) interface {1} has no address of the instance's family to send adverts from")]
    NoSource(String, String),
    #[error("({0}) tracks {1}, which is not defined")]
    UnknownTrack(String, String),
    /// Parsed, but `rvs run` cannot honour it yet; running without it would fail over
    /// differently from keepalived, so rvs refuses.
    #[error("({0}) {1} is not supported by rvs run yet")]
    Unsupported(String, &'static str),
    /// A line of an address, route or rule block that rvs cannot apply yet.
    #[error("({0}) {1}: {2} is not supported by rvs run yet")]
    UnsupportedOption(String, &'static str, String),
}

/// Every `vrrp_instance` of `cfg`. `source_of(ifname, ipv6)` names the primary IPv4
/// address or the link-local IPv6 address of an interface (the advert source when
/// `mcast_src_ip`/`unicast_src_ip` are unset).
pub fn plans(cfg: &Config, source_of: &SourceOf<'_>) -> Result<Vec<Plan>, PlanError> {
    for g in &cfg.vrrp.vrrp_sync_groups {
        if !g.track.track_bfd.is_empty() {
            return Err(PlanError::Unsupported(g.name.clone(), "track_bfd"));
        }
    }
    let mut plans = cfg
        .vrrp
        .vrrp_instances
        .iter()
        .scan(FIRST_AUTO_RULE_PREFERENCE, |next, v| {
            Some(plan(cfg, v, source_of, next))
        })
        .collect::<Result<Vec<_>, _>>()?;
    for g in &cfg.vrrp.vrrp_sync_groups {
        for p in plans
            .iter_mut()
            .filter(|p| g.group.contains(&p.config.name))
        {
            track_as_member(cfg, g, p)?;
        }
    }
    Ok(plans)
}

/// See [`plans`].
pub type SourceOf<'a> = dyn Fn(&str, bool) -> Option<IpAddr> + 'a;

/// keepalived numbers the `virtual_rules` without preference from here down, across
/// instances in file order, and says so.
const FIRST_AUTO_RULE_PREFERENCE: u32 = 16384;

fn plan(
    cfg: &Config,
    v: &VrrpInstance,
    source_of: &SourceOf<'_>,
    next_rule_preference: &mut u32,
) -> Result<Plan, PlanError> {
    let name = &v.name;
    let ipv6 = v.is_ipv6();
    let unsupported = [
        (!v.track.track_bfd.is_empty(), "track_bfd"),
        // The no_accept nftables table is keepalived's `ip` one.
        (
            ipv6 && !v.accept,
            "no_accept (VIP filtering) on an IPv6 instance",
        ),
    ];
    if let Some((_, what)) = unsupported.iter().find(|(on, _)| *on) {
        return Err(PlanError::Unsupported(name.clone(), what));
    }
    let interface = v
        .interface
        .clone()
        .ok_or_else(|| PlanError::NoInterface(name.clone()))?;
    let vmac = (v.use_vmac.as_ref()).map(|m| {
        Vmac::new(
            m.name.as_deref(),
            &interface,
            v.virtual_router_id,
            ipv6,
            m.xmit_base,
        )
    });
    // VIPs without `dev` go on the VMAC.
    let vip_dev = vmac.as_ref().map_or(&interface, |m| &m.name);
    let lines = |what| Lines { who: name, what };
    let vips = v
        .virtual_ipaddress
        .iter()
        .map(|a| lines("virtual_ipaddress").address(a, vip_dev))
        .chain(
            v.virtual_ipaddress_excluded
                .iter()
                .map(|a| lines("virtual_ipaddress_excluded").address(a, vip_dev)),
        )
        .collect::<Result<Vec<Vip>, _>>()?;
    let routes = v
        .virtual_routes
        .iter()
        .map(|r| lines("virtual_routes").route(r))
        .collect::<Result<_, _>>()?;
    let rules = v
        .virtual_rules
        .iter()
        .map(|r| lines("virtual_rules").rule(r, ipv6, Some(&mut *next_rule_preference)))
        .collect::<Result<_, _>>()?;
    // Looked up last: what rvs refuses is refused whatever the host has.
    let source = match v.unicast_src_ip.or(v.mcast_src_ip) {
        Some(a) => a,
        None => source_of(&interface, ipv6)
            .ok_or_else(|| PlanError::NoSource(name.clone(), interface.clone()))?,
    };
    // Only `virtual_ipaddress` goes into adverts; excluded ones are just added. The
    // config crate has dropped the VIPs of the other family.
    let advertised = if ipv6 {
        AddressList::V6(
            (v.virtual_ipaddress.iter())
                .filter_map(|a| match a.addr {
                    IpAddr::V6(a) => Some(a),
                    IpAddr::V4(_) => None,
                })
                .collect(),
        )
    } else {
        AddressList::V4(
            (v.virtual_ipaddress.iter())
                .filter_map(|a| match a.addr {
                    IpAddr::V4(a) => Some(a),
                    IpAddr::V6(_) => None,
                })
                .collect(),
        )
    };
    let mut c = InstanceConfig::new(
        name,
        v.virtual_router_id,
        Version::from(v.version),
        source,
        advertised,
    );
    c.priority = v.priority;
    c.advert_int = v.advert_int.as_duration();
    c.initial_master = v.state == InitialState::Master;
    c.preempt = !v.nopreempt;
    c.preempt_delay = v.preempt_delay.as_duration();
    c.accept = v.accept;
    c.unicast_peers = v.unicast_peer.iter().map(|p| p.addr).collect();
    c.mcast_group = v.mcast_dst_ip.unwrap_or(if ipv6 {
        cfg.global_defs.vrrp_mcast_group6
    } else {
        cfg.global_defs.vrrp_mcast_group4
    });
    c.auth = match &v.authentication {
        None => Auth::None,
        Some(a) if a.auth_type == AuthType::Pass => Auth::password(&a.auth_pass),
        Some(_) => return Err(PlanError::AuthAh(name.clone())),
    };
    c.unicast_checksum_compat = if v.old_unicast_checksum {
        UnicastChecksumCompat::Old
    } else {
        UnicastChecksumCompat::Auto
    };
    c.skip_check_adv_addr = v.skip_check_adv_addr;
    c.check_unicast_src = v.check_unicast_src;
    c.down_timer_adverts = v.down_timer_adverts;
    c.lower_prio_no_advert = v.lower_prio_no_advert;
    c.higher_prio_send_advert = v.higher_prio_send_advert;
    c.notify_priority_changes = v.notify.notify_priority_changes;
    c.garp.master_repeat = v.garp_master_repeat;
    c.garp.master_delay = v.garp_master_delay.as_duration();
    c.garp.master_refresh = v.garp_master_refresh.as_duration();
    c.garp.refresh_repeat = v.garp_master_refresh_repeat;
    c.garp.lower_prio_repeat = v.garp_lower_prio_repeat;
    c.garp.lower_prio_delay = v.garp_lower_prio_delay.as_duration();
    c.dont_track_primary = v.dont_track_primary;
    c.track_interfaces = v
        .track
        .track_interface
        .iter()
        .map(|t| TrackInterface {
            name: t.name.clone(),
            weight: weight(t, 0, false),
        })
        .collect();
    c.track_scripts = v
        .track
        .track_script
        .iter()
        .map(|t| track_script(cfg, name, t))
        .chain(
            v.track
                .track_process
                .iter()
                .map(|t| track_process(cfg, name, t)),
        )
        .collect::<Result<_, _>>()?;
    let mut files = Vec::new();
    c.track_files = v
        .track
        .track_file
        .iter()
        .map(|t| track_file(cfg, name, t, &mut files))
        .collect::<Result<_, _>>()?;
    Ok(Plan {
        config: c,
        interface,
        vips,
        routes,
        rules,
        vmac,
        unicast_ttl: (v.unicast_ttl != 255).then_some(v.unicast_ttl),
        notify: NotifyScripts::new(&v.notify),
        files,
    })
}

fn track_script(cfg: &Config, who: &str, t: &TrackRef) -> Result<TrackScript, PlanError> {
    let s = cfg
        .vrrp
        .vrrp_scripts
        .iter()
        .find(|s| s.name == t.name)
        .ok_or_else(|| PlanError::UnknownTrack(who.to_owned(), t.name.clone()))?;
    Ok(TrackScript {
        name: t.name.clone(),
        weight: weight(t, s.weight, s.weight_reverse),
        rise: s.rise,
        fall: s.fall,
        init_fail: s.init_fail,
    })
}

/// A `vrrp_track_process` as the instance sees it: a script that always has a
/// result, under [`tracked_name`].
fn track_process(cfg: &Config, who: &str, t: &TrackRef) -> Result<TrackScript, PlanError> {
    let p = cfg
        .vrrp
        .track_processes
        .iter()
        .find(|p| p.name == t.name)
        .ok_or_else(|| PlanError::UnknownTrack(who.to_owned(), t.name.clone()))?;
    Ok(TrackScript {
        name: tracked_name(&t.name),
        weight: weight(t, p.weight, p.weight_reverse),
        rise: 1,
        fall: 1,
        init_fail: false,
    })
}

/// The tracked file, its path added to `files` once.
fn track_file(
    cfg: &Config,
    who: &str,
    t: &TrackRef,
    files: &mut Vec<WatchedFile>,
) -> Result<TrackFile, PlanError> {
    let f = cfg
        .vrrp
        .track_files
        .iter()
        .find(|f| f.name == t.name)
        .ok_or_else(|| PlanError::UnknownTrack(who.to_owned(), t.name.clone()))?;
    // The config crate drops a track_file without `file` (keepalived does too).
    let path = f
        .file
        .as_ref()
        .ok_or_else(|| PlanError::UnknownTrack(who.to_owned(), t.name.clone()))?;
    if files.iter().all(|w| w.name != f.name) {
        files.push(WatchedFile {
            name: f.name.clone(),
            path: PathBuf::from(path),
        });
    }
    Ok(TrackFile {
        name: t.name.clone(),
        weight: weight(t, f.weight, f.weight_reverse),
    })
}

/// keepalived 2.2.7 on a sync group member, unless the group has
/// `sync_group_tracking_weight` (or the deprecated `global_tracking`): the member's
/// own weighted tracking is dropped ("ignoring tracked script ... due to SYNC
/// group"; weighted interfaces become weight 0). The group's tracking then applies
/// to every member with the group's weights, which are 0 when a member is the
/// address owner; it replaces a member's own tracking of the same object.
fn track_as_member(cfg: &Config, g: &SyncGroup, p: &mut Plan) -> Result<(), PlanError> {
    let c = &mut p.config;
    if !(g.sync_group_tracking_weight || g.global_tracking) {
        for t in &mut c.track_interfaces {
            t.weight = Weight::FAULT;
        }
        c.track_scripts.retain(|t| t.weight.weight == 0);
        c.track_files.retain(|t| t.weight.weight == 0);
    }
    let owner = cfg
        .vrrp
        .vrrp_instances
        .iter()
        .any(|v| g.group.contains(&v.name) && v.priority == 255);
    let unweighted = |mut w: Weight| {
        if owner {
            w.weight = 0;
        }
        w
    };
    for t in &g.track.track_interface {
        c.track_interfaces.retain(|i| i.name != t.name);
        c.track_interfaces.push(TrackInterface {
            name: t.name.clone(),
            weight: unweighted(weight(t, 0, false)),
        });
    }
    for t in &g.track.track_script {
        let mut s = track_script(cfg, &g.name, t)?;
        s.weight = unweighted(s.weight);
        c.track_scripts.retain(|i| i.name != t.name);
        c.track_scripts.push(s);
    }
    for t in &g.track.track_process {
        let mut s = track_process(cfg, &g.name, t)?;
        s.weight = unweighted(s.weight);
        c.track_scripts.retain(|i| i.name != s.name);
        c.track_scripts.push(s);
    }
    for t in &g.track.track_file {
        let mut f = track_file(cfg, &g.name, t, &mut p.files)?;
        f.weight = unweighted(f.weight);
        c.track_files.retain(|i| i.name != t.name);
        c.track_files.push(f);
    }
    p.files
        .retain(|w| c.track_files.iter().any(|f| f.name == w.name));
    Ok(())
}

/// A `vrrp_sync_group`: its members as indices into the plans; members the
/// configuration does not define are left out (the config crate reports them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupPlan {
    pub name: String,
    pub members: Vec<usize>,
    pub notify: NotifyScripts,
}

pub fn sync_groups(cfg: &Config, plans: &[Plan]) -> Vec<GroupPlan> {
    cfg.vrrp
        .vrrp_sync_groups
        .iter()
        .map(|g| {
            let members = g
                .group
                .iter()
                .filter_map(|m| plans.iter().position(|p| p.config.name == *m))
                .collect();
            GroupPlan {
                name: g.name.clone(),
                members,
                notify: NotifyScripts::new(&g.notify),
            }
        })
        .collect()
}

/// keepalived removes a `vrrp_script` that nobody may run (`enable_script_security`
/// with no user for it), so instances do not track it: it is not there to fail.
/// Returns the names of those scripts.
pub fn untrack_refused_scripts(
    cfg: &Config,
    plans: &mut [Plan],
    default: &DefaultRunAs,
) -> Vec<String> {
    let refused: Vec<String> = cfg
        .vrrp
        .vrrp_scripts
        .iter()
        .filter(|s| {
            s.script
                .as_ref()
                .is_some_and(|c| c.run_as(default).is_none())
        })
        .map(|s| s.name.clone())
        .collect();
    for p in plans {
        p.config
            .track_scripts
            .retain(|t| !refused.contains(&t.name));
    }
    refused
}

/// The `vrrp_script`s that the instances of `plans` track, each once, with the user
/// each runs as. A script nobody may run (`enable_script_security` with no user for
/// it) is left out, as keepalived removes it: it then never changes a priority.
pub fn script_jobs(cfg: &Config, plans: &[Plan], default: &DefaultRunAs) -> Vec<ScriptJob> {
    cfg.vrrp
        .vrrp_scripts
        .iter()
        .filter(|s| {
            plans
                .iter()
                .any(|p| p.config.track_scripts.iter().any(|t| t.name == s.name))
        })
        .filter_map(|s| {
            let run_as = match &s.script {
                Some(c) => c.run_as(default)?,
                None => RunAs::Ourselves,
            };
            Some(ScriptJob {
                name: s.name.clone(),
                argv: s.script.as_ref().map(|c| c.argv()).unwrap_or_default(),
                run_as,
                interval: s.interval.as_duration(),
                timeout: s.timeout.as_duration(),
            })
        })
        .collect()
}

/// The `vrrp_track_process`es that the instances of `plans` track, each once.
pub fn process_jobs(cfg: &Config, plans: &[Plan]) -> Vec<ProcessJob> {
    cfg.vrrp
        .track_processes
        .iter()
        .map(ProcessJob::new)
        .filter(|j| {
            plans
                .iter()
                .any(|p| p.config.track_scripts.iter().any(|t| t.name == j.name))
        })
        .collect()
}

/// The instance's `weight` on a track line overrides the tracked object's own.
fn weight(t: &TrackRef, default: i32, default_reverse: bool) -> Weight {
    match t.weight {
        Some(w) => Weight {
            weight: w,
            reverse: t.reverse,
        },
        None => Weight {
            weight: default,
            reverse: default_reverse,
        },
    }
}

#[cfg(test)]
mod tests;
