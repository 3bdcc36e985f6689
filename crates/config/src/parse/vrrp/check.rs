//! Checks across blocks, after everything is read: names that tracking and
//! sync groups refer to, tracked interfaces, VRIDs shared on one interface.

use crate::diagnostic::{DiagKind, Diagnostic, Severity};
use crate::model::vrrp::{TrackFile, TrackProcess, TrackRef, VrrpInstance};
use crate::model::Config;
use crate::parse::Cx;
use std::collections::{HashMap, HashSet};

pub(super) fn finish(cfg: &mut Config, cx: &mut Cx<'_>) {
    let v = &mut cfg.vrrp;
    let scripts: HashSet<&str> = v.vrrp_scripts.iter().map(|s| s.name.as_str()).collect();
    let files: HashSet<&str> = v.track_files.iter().map(|s| s.name.as_str()).collect();
    let procs: HashSet<&str> = v.track_processes.iter().map(|s| s.name.as_str()).collect();
    let bfds: HashSet<&str> = v.bfd_instances.iter().map(|s| s.name.as_str()).collect();
    let dynamic = cfg.global_defs.dynamic_interfaces;
    let mut msgs: Vec<Diagnostic> = Vec::new();
    let mut owners = Vec::new();
    for inst in &mut v.vrrp_instances {
        let first_msg = msgs.len();
        owners.push(inst.name.clone());
        let t = &mut inst.track;
        resolve(
            &inst.name,
            "track script",
            &mut t.track_script,
            &scripts,
            &mut msgs,
        );
        resolve(
            &inst.name,
            "track file",
            &mut t.track_file,
            &files,
            &mut msgs,
        );
        resolve(
            &inst.name,
            "track process",
            &mut t.track_process,
            &procs,
            &mut msgs,
        );
        resolve(&inst.name, "track bfd", &mut t.track_bfd, &bfds, &mut msgs);
        let own = inst.interface.clone();
        t.track_interface.retain(|r| {
            if Some(&r.name) == own.as_ref() {
                msgs.push(global(format!(
                    "({}) ignoring track_interface {} since own interface",
                    inst.name, r.name
                )));
                return false;
            }
            if !cx.host.has_interface(&r.name) {
                let m = format!("({}) tracked interface {} doesn't exist", inst.name, r.name);
                msgs.push(if dynamic {
                    Diagnostic::global(Severity::Note, DiagKind::Reference, m)
                } else {
                    global(m)
                });
            }
            true
        });
        place(&mut msgs[first_msg..], cx, "vrrp_instance", &inst.name);
    }
    owner_tracking(
        &v.track_files,
        &v.track_processes,
        &mut v.vrrp_instances,
        &mut msgs,
        cx,
    );
    let known: HashSet<&str> = owners.iter().map(String::as_str).collect();
    let mut in_group: HashMap<String, String> = HashMap::new();
    for g in &mut v.vrrp_sync_groups {
        let first_msg = msgs.len();
        let gname = g.name.clone();
        g.group.retain(|m| {
            if !known.contains(m.as_str()) {
                msgs.push(global(format!(
                    "virtual router {m} specified in sync group {gname} doesn't exist - ignoring"
                )));
                return false;
            }
            if in_group.contains_key(m) {
                msgs.push(global(format!(
                    "virtual router {m} cannot exist in more than one sync group; ignoring {gname}"
                )));
                return false;
            }
            in_group.insert(m.clone(), gname.clone());
            true
        });
        let t = &mut g.track;
        let who = format!("sync group {gname}");
        for r in &t.track_interface {
            if !cx.host.has_interface(&r.name) {
                let m = format!("({who}) tracked interface {} doesn't exist", r.name);
                msgs.push(if dynamic {
                    Diagnostic::global(Severity::Note, DiagKind::Reference, m)
                } else {
                    global(m)
                });
            }
        }
        resolve(
            &who,
            "track script",
            &mut t.track_script,
            &scripts,
            &mut msgs,
        );
        resolve(&who, "track file", &mut t.track_file, &files, &mut msgs);
        resolve(
            &who,
            "track process",
            &mut t.track_process,
            &procs,
            &mut msgs,
        );
        resolve(&who, "track bfd", &mut t.track_bfd, &bfds, &mut msgs);
        match g.group.len() {
            0 => msgs.push(global(format!(
                "sync group {gname}, no matching virtual router found in group declaration - removing"
            ))),
            1 => msgs.push(global(format!(
                "sync group {gname} has only 1 virtual router - this probably isn't what you want"
            ))),
            _ => {}
        }
        place(&mut msgs[first_msg..], cx, "vrrp_sync_group", &gname);
    }
    v.vrrp_sync_groups.retain(|g| !g.group.is_empty());
    missing_tracked_scripts(v, cx);

    // One VRID per interface and family.
    let mut vrids: HashMap<(String, u8, bool), String> = HashMap::new();
    for inst in &v.vrrp_instances {
        let (Some(ifname), vrid) = (&inst.interface, inst.virtual_router_id) else {
            continue;
        };
        if vrid == 0 {
            continue;
        }
        let v6 = inst.is_ipv6();
        match vrids.get(&(ifname.clone(), vrid, v6)) {
            Some(first) => {
                msgs.push(Diagnostic::global(
                    Severity::Error,
                    DiagKind::Conflict,
                    format!(
                        "{first} and {} both use VRID {vrid} with {} on interface {ifname}",
                        inst.name,
                        if v6 { "IPv6" } else { "IPv4" }
                    ),
                ));
                let last = msgs.len() - 1;
                place(&mut msgs[last..], cx, "vrrp_instance", &inst.name);
            }
            None => {
                vrids.insert((ifname.clone(), vrid, v6), inst.name.clone());
            }
        }
    }

    // Static addresses and routes may follow a sync group's state.
    let groups: HashSet<&str> = v.vrrp_sync_groups.iter().map(|g| g.name.as_str()).collect();
    let address_groups = v
        .static_ipaddress
        .iter()
        .filter_map(|a| a.track_group.as_deref());
    let route_groups = v.static_routes.iter().filter_map(|r| {
        let i = r.options.iter().position(|o| o == "track_group")?;
        r.options.get(i + 1).map(String::as_str)
    });
    for g in address_groups.chain(route_groups) {
        if !groups.contains(g) {
            msgs.push(global(format!("track_group {g} not found")));
        }
    }

    if let Some(d) = &cfg.global_defs.lvs_sync_daemon {
        if !known.contains(d.vrrp_instance.as_str()) {
            msgs.push(global(format!(
                "lvs_sync_daemon vrrp_instance {} doesn't exist",
                d.vrrp_instance
            )));
        }
    }
    for m in msgs {
        cx.diags.push(m);
    }
}

/// An address owner (priority 255) never lowers its priority: keepalived drops
/// tracking that would change it and says so. Interfaces count unless their
/// weight is 0; files and processes when their effective weight is not 0.
fn owner_tracking(
    files: &[TrackFile],
    processes: &[TrackProcess],
    instances: &mut [VrrpInstance],
    msgs: &mut Vec<Diagnostic>,
    cx: &Cx<'_>,
) {
    let file_w: HashMap<&str, i32> = files.iter().map(|f| (f.name.as_str(), f.weight)).collect();
    let proc_w: HashMap<&str, i32> = processes
        .iter()
        .map(|p| (p.name.as_str(), p.weight))
        .collect();
    for inst in instances.iter_mut().filter(|i| i.priority == 255) {
        let first_msg = msgs.len();
        let name = inst.name.clone();
        let t = &mut inst.track;
        t.track_interface.retain(|r| {
            let keep = r.weight == Some(0);
            if !keep {
                msgs.push(global(format!(
                    "({name}) ignoring {} tracked interface due to address owner",
                    r.name
                )));
            }
            keep
        });
        for (what, refs, weights) in [
            ("file", &mut t.track_file, &file_w),
            ("process", &mut t.track_process, &proc_w),
        ] {
            refs.retain(|r| {
                let w = r
                    .weight
                    .or(weights.get(r.name.as_str()).copied())
                    .unwrap_or(0);
                if w != 0 {
                    msgs.push(global(format!(
                        "({name}) ignoring weight from tracked {what} {} due to address owner; \
                         specify weight 0",
                        r.name
                    )));
                }
                w == 0
            });
        }
        place(&mut msgs[first_msg..], cx, "vrrp_instance", &name);
    }
}

/// Points the messages found while checking a block at the block.
fn place(msgs: &mut [Diagnostic], cx: &Cx<'_>, block: &'static str, name: &str) {
    if let Some(at) = cx.blocks.get(&(block, name.to_owned())) {
        for m in msgs.iter_mut().filter(|m| m.span.is_none()) {
            m.span = Some(*at);
        }
    }
}

fn global(msg: String) -> Diagnostic {
    Diagnostic::global(Severity::Warning, DiagKind::Reference, msg)
}

/// Drops references to objects that do not exist, as keepalived does ("not
/// found, ignoring").
fn resolve(
    who: &str,
    what: &str,
    refs: &mut Vec<TrackRef>,
    names: &HashSet<&str>,
    msgs: &mut Vec<Diagnostic>,
) {
    refs.retain(|r| {
        let ok = names.contains(r.name.as_str());
        if !ok {
            msgs.push(global(format!(
                "({who}) {what} {} not found, ignoring...",
                r.name
            )));
        }
        ok
    });
}

/// keepalived disables a tracked `vrrp_script` whose program is not there
/// (an untracked one is never run, so never looked for).
fn missing_tracked_scripts(v: &crate::model::vrrp::VrrpConfig, cx: &mut Cx<'_>) {
    let tracked: HashSet<&str> = v
        .vrrp_instances
        .iter()
        .flat_map(|i| &i.track.track_script)
        .chain(
            v.vrrp_sync_groups
                .iter()
                .flat_map(|g| &g.track.track_script),
        )
        .map(|r| r.name.as_str())
        .collect();
    let mut reported = HashSet::new();
    for site in cx.scripts.iter() {
        let Some(name) = site.vrrp_script.as_deref() else {
            continue;
        };
        if tracked.contains(name)
            && cx.host.find_program(&site.program) == Some(false)
            && reported.insert(name.to_owned())
        {
            cx.diags.warning(
                DiagKind::Reference,
                site.span,
                format!("Disabling track script {name} since not found/accessible"),
            );
        }
    }
}
