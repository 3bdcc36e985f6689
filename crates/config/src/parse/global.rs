//! `global_defs`.

use super::Cx;
use crate::model::Config;
use crate::tree::Stmt;

/// Handles a top-level statement if it belongs here; `false` otherwise.
pub(super) fn parse_top(stmt: &Stmt, cfg: &mut Config, cx: &mut Cx<'_>) -> bool {
    let _ = (cfg, cx);
    stmt.keyword.text == "global_defs"
}
