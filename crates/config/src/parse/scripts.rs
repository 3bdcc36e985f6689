//! keepalived's script security, checked once every script and `global_defs`
//! are known (`global_defs` may come after the scripts it governs).

use super::Cx;
use crate::diagnostic::DiagKind;
use crate::model::script::DEFAULT_SCRIPT_USER;
use crate::model::{Config, Script};
use crate::span::Span;

/// A script named in the configuration, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptSite {
    pub span: Span,
    /// The program: the first word of the command line.
    pub program: String,
    /// The `vrrp_script` it is the script of.
    pub vrrp_script: Option<String>,
}

impl ScriptSite {
    pub fn new(span: Span, script: &Script, vrrp_script: Option<&str>) -> Option<Self> {
        Some(ScriptSite {
            span,
            program: script.program()?,
            vrrp_script: vrrp_script.map(str::to_owned),
        })
    }
}

/// keepalived 2.2.7 refuses to run (`-t` exits 6) when scripts that exist are
/// configured without `enable_script_security`; with it, scripts need a user
/// to run as, by default `keepalived_script`.
pub(super) fn check_security(cfg: &Config, cx: &mut Cx<'_>) {
    let g = &cfg.global_defs;
    if !g.enable_script_security {
        let host = cx.host;
        if let Some(site) = cx
            .scripts
            .iter()
            .find(|s| host.find_program(&s.program) == Some(true))
        {
            cx.diags.warning(
                DiagKind::Conflict,
                site.span,
                format!(
                    "SECURITY VIOLATION - scripts are being executed but script_security not \
                     enabled ('{}' exists; add enable_script_security to global_defs, as \
                     keepalived requires)",
                    site.program
                ),
            );
        }
    } else if g.script_user.is_none() && !cx.host.user_exists(DEFAULT_SCRIPT_USER) {
        for site in cx.scripts.iter() {
            cx.diags.warning(
                DiagKind::Reference,
                site.span,
                format!(
                    "Unable to set default user {DEFAULT_SCRIPT_USER} for script '{}' - \
                     removing (create the user or set script_user in global_defs)",
                    site.program
                ),
            );
        }
    }
}
