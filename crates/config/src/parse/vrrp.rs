//! The VRRP side's top-level blocks.

use super::Cx;
use crate::model::Config;
use crate::tree::Stmt;

/// Handles a top-level statement if it belongs here; `false` otherwise.
pub(super) fn parse_top(stmt: &Stmt, cfg: &mut Config, cx: &mut Cx<'_>) -> bool {
    let _ = (stmt, cfg, cx);
    false
}

/// Checks that need the whole configuration (references, interfaces, defaults).
pub(super) fn finish(cfg: &mut Config, cx: &mut Cx<'_>) {
    let _ = (cfg, cx);
}
