//! The VRRP side's top-level blocks.

mod addr;
mod check;
mod instance;
mod track;

use super::Cx;
use crate::diagnostic::DiagKind;
use crate::model::Config;
use crate::tree::Stmt;

/// Handles a top-level statement if it belongs here; `false` otherwise.
pub(super) fn parse_top(stmt: &Stmt, cfg: &mut Config, cx: &mut Cx<'_>) -> bool {
    let dynamic = cfg.global_defs.dynamic_interfaces;
    let v = &mut cfg.vrrp;
    match stmt.keyword.text.as_str() {
        "vrrp_script" => v.vrrp_scripts.extend(track::vrrp_script(stmt, cx)),
        "track_file" | "vrrp_track_file" => v.track_files.extend(track::track_file(stmt, cx)),
        "vrrp_track_process" => v.track_processes.extend(track::track_process(stmt, cx)),
        "bfd_instance" => v.bfd_instances.extend(track::bfd_instance(stmt, cx)),
        "garp_group" => v.garp_groups.extend(track::garp_group(stmt, dynamic, cx)),
        "vrrp_sync_group" => {
            if let Some(g) = track::sync_group(stmt, cx) {
                if v.vrrp_sync_groups.iter().any(|o| o.name == g.name) {
                    cx.diags.warning(
                        DiagKind::Conflict,
                        stmt.span(),
                        format!("vrrp sync group {} already defined", g.name),
                    );
                } else {
                    cx.blocks
                        .insert(("vrrp_sync_group", g.name.clone()), stmt.keyword.span);
                    v.vrrp_sync_groups.push(g);
                }
            }
        }
        "vrrp_instance" => {
            if let Some(inst) = instance::parse(stmt, &cfg.global_defs, cx) {
                if cfg.vrrp.vrrp_instances.iter().any(|i| i.name == inst.name) {
                    cx.diags.error(
                        DiagKind::Conflict,
                        stmt.span(),
                        format!("vrrp instance {} already defined", inst.name),
                    );
                } else {
                    cx.blocks
                        .insert(("vrrp_instance", inst.name.clone()), stmt.keyword.span);
                    cfg.vrrp.vrrp_instances.push(inst);
                }
            }
        }
        "static_ipaddress" => {
            for l in track::body(stmt) {
                v.static_ipaddress.extend(addr::ip_address(l, dynamic, cx));
            }
        }
        "static_routes" => {
            for l in track::body(stmt) {
                v.static_routes.extend(addr::route(l, dynamic, cx));
            }
        }
        "static_rules" => {
            for l in track::body(stmt) {
                v.static_rules.extend(addr::rule(l, cx));
            }
        }
        _ => return false,
    }
    true
}

/// The blocks that read `global_defs` (`dynamic_interfaces`, the instances'
/// defaults).
pub(super) fn needs_global_defs(stmt: &Stmt) -> bool {
    matches!(
        stmt.keyword.text.as_str(),
        "vrrp_instance" | "garp_group" | "static_ipaddress" | "static_routes"
    )
}

/// Checks that need the whole configuration (references, interfaces, defaults).
pub(super) fn finish(cfg: &mut Config, cx: &mut Cx<'_>) {
    check::finish(cfg, cx);
}

/// The unknown-keyword warning for a line of `block`.
fn unknown(s: &Stmt, block: &str, cx: &mut Cx<'_>) {
    cx.diags.warning(
        DiagKind::UnknownKeyword,
        s.keyword.span,
        format!("unknown keyword '{}' in {block}", s.keyword.text),
    );
}
