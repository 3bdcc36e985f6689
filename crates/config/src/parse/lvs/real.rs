//! `real_server` blocks as written, before inheritance.

use super::check::{self, TimerOpts};
use super::{body, forwarding::forwarding, no_snmp, script, unknown, Cx, MAX_WEIGHT};
use crate::diagnostic::DiagKind;
use crate::model::lvs::{Forwarding, Script};
use crate::parse::value::{self, need};
use crate::span::Span;
use crate::tree::Stmt;
use std::net::IpAddr;

/// A `real_server` as written; inherited values are filled in by `validate`.
pub(super) struct RsRaw {
    pub(super) span: Span,
    pub(super) address: IpAddr,
    pub(super) port: Option<u16>,
    pub(super) weight: Option<u32>,
    pub(super) forwarding: Option<Forwarding>,
    pub(super) inhibit_on_failure: Option<bool>,
    pub(super) notify_up: Option<Script>,
    pub(super) notify_down: Option<Script>,
    pub(super) uthreshold: Option<u32>,
    pub(super) lthreshold: Option<u32>,
    pub(super) timers: TimerOpts,
    pub(super) smtp_alert: Option<bool>,
    pub(super) virtualhost: Option<String>,
    pub(super) checkers: Vec<check::CheckerRaw>,
}

pub(super) fn real_server(stmt: &Stmt, cx: &mut Cx<'_>) -> Option<RsRaw> {
    let w = need(stmt, 0, "an address", cx)?;
    let address = value::server_ip(w, cx)?;
    // keepalived takes port 0 as "no port": the virtual server's.
    let port = match stmt.arg(1) {
        Some(p) => match value::uint(p, 0, 65535, cx)? {
            0 => None,
            p => Some(p as u16),
        },
        None => None,
    };
    let mut rs = RsRaw {
        span: stmt.span(),
        address,
        port,
        weight: None,
        forwarding: None,
        inhibit_on_failure: None,
        notify_up: None,
        notify_down: None,
        uthreshold: None,
        lthreshold: None,
        timers: TimerOpts::default(),
        smtp_alert: None,
        virtualhost: None,
        checkers: Vec::new(),
    };
    for s in body(stmt, cx) {
        let kw = s.keyword.text.as_str();
        if check::is_checker(kw) {
            if let Some(c) = check::parse(s, address, cx) {
                rs.checkers.push(c);
            }
            continue;
        }
        if check::timer_keyword(s, &mut rs.timers, 1, cx) {
            continue;
        }
        match kw {
            "weight" => {
                if let Some(w) = need(s, 0, "a weight", cx) {
                    if let Some(v) = value::uint(w, 0, MAX_WEIGHT, cx) {
                        rs.weight = Some(v as u32);
                    }
                }
            }
            "lvs_method" => rs.forwarding = forwarding(s, cx).or(rs.forwarding),
            "inhibit_on_failure" => {
                rs.inhibit_on_failure = value::boolean(s, cx).or(rs.inhibit_on_failure)
            }
            "notify_up" => {
                if rs.notify_up.is_some() {
                    cx.diags.warning(
                        DiagKind::Conflict,
                        s.keyword.span,
                        "notify_up script already specified - ignoring",
                    );
                } else {
                    rs.notify_up = script(s, cx);
                }
            }
            "notify_down" => {
                if rs.notify_down.is_some() {
                    cx.diags.warning(
                        DiagKind::Conflict,
                        s.keyword.span,
                        "notify_down script already specified - ignoring",
                    );
                } else {
                    rs.notify_down = script(s, cx);
                }
            }
            "uthreshold" | "lthreshold" => {
                if let Some(w) = need(s, 0, "a connection count", cx) {
                    let v = value::uint(w, 0, u32::MAX as u64, cx).map(|v| v as u32);
                    if kw == "uthreshold" {
                        rs.uthreshold = v.or(rs.uthreshold);
                    } else {
                        rs.lthreshold = v.or(rs.lthreshold);
                    }
                }
            }
            "smtp_alert" => rs.smtp_alert = value::boolean(s, cx).or(rs.smtp_alert),
            "virtualhost" => {
                if let Some(w) = need(s, 0, "a host name", cx) {
                    rs.virtualhost = Some(w.text.to_string());
                }
            }
            "snmp_name" => no_snmp(s, cx),
            _ => unknown(s, "real_server", cx),
        }
    }
    Some(rs)
}
