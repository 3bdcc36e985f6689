//! Statement tree to typed model, with keepalived's defaults and checks.

mod global;
mod lvs;
mod scripts;
pub mod value;
mod vrrp;

use crate::diagnostic::{DiagKind, Diagnostics};
use crate::host::Host;
use crate::model::Config;
use crate::span::Span;
use crate::tree::Stmt;
use std::collections::HashMap;

pub use scripts::ScriptSite;

/// What every keyword handler needs besides its statement.
pub struct Cx<'a> {
    pub diags: &'a mut Diagnostics,
    pub host: &'a dyn Host,
    /// Every script the configuration names, with its place: checked against
    /// `global_defs` (script security) once everything is read.
    pub scripts: &'a mut Vec<ScriptSite>,
    /// Where named blocks start, by (block keyword, name): checks made after
    /// everything is read point there.
    pub blocks: &'a mut HashMap<(&'static str, String), Span>,
    pub(crate) retain: crate::Retain,
}

/// Adds one top-level statement to `cfg`.
pub fn parse_top(stmt: &Stmt, cfg: &mut Config, cx: &mut Cx<'_>) {
    let handled = global::parse_top(stmt, cfg, cx)
        || vrrp::parse_top(stmt, cfg, cx)
        || lvs::parse_top(stmt, cfg, cx);
    if !handled {
        cx.diags.warning(
            DiagKind::UnknownKeyword,
            stmt.keyword.span,
            format!("unknown keyword '{}'", stmt.keyword.text),
        );
    }
}

/// Whether `stmt` takes defaults from `global_defs`, which keepalived reads
/// before everything else wherever it stands (its parent process reads the
/// file once for them): such statements wait until the whole file is read.
/// Only VRRP blocks do, and they are few, so big configurations still stream.
pub fn needs_global_defs(stmt: &Stmt) -> bool {
    vrrp::needs_global_defs(stmt)
}

/// The checks that need the whole configuration, once every statement is in.
pub fn finish(cfg: &mut Config, cx: &mut Cx<'_>) {
    vrrp::finish(cfg, cx);
    lvs::finish(cfg, cx);
    scripts::check_security(cfg, cx);
}
