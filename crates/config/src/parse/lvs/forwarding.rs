//! `lb_kind` / `lvs_method` / `sorry_server_lvs_method` values.

use super::Cx;
use crate::diagnostic::DiagKind;
use crate::model::lvs::{Forwarding, Method, Tunnel, TunnelCsum, TunnelType};
use crate::parse::value::{self, need};
use crate::tree::Stmt;

/// `NAT|DR|TUN [type ipip|gue port N|gre] [nocsum|csum|remcsum]`.
pub(super) fn forwarding(s: &Stmt, cx: &mut Cx<'_>) -> Option<Forwarding> {
    let w = need(s, 0, "NAT, DR or TUN", cx)?;
    let lvs_method = match w.text.as_str() {
        "NAT" => Method::Nat,
        "DR" => Method::Dr,
        "TUN" => Method::Tun,
        _ => {
            cx.diags.error(
                DiagKind::BadValue,
                w.span,
                format!("unknown forwarding method '{}' (NAT, DR or TUN)", w.text),
            );
            return None;
        }
    };
    let mut args = s.args[1..].iter();
    let mut tunnel = None;
    if lvs_method == Method::Tun {
        while let Some(a) = args.next() {
            match a.text.as_str() {
                "type" => {
                    let Some(t) = args.next() else {
                        cx.diags.error(
                            DiagKind::MissingValue,
                            a.span,
                            "'type' needs ipip, gue or gre",
                        );
                        return None;
                    };
                    let kind = match t.text.as_str() {
                        "ipip" => TunnelType::Ipip,
                        "gue" => TunnelType::Gue,
                        "gre" => TunnelType::Gre,
                        _ => {
                            cx.diags.error(
                                DiagKind::BadValue,
                                t.span,
                                format!("unknown tunnel type '{}' (ipip, gue or gre)", t.text),
                            );
                            return None;
                        }
                    };
                    tunnel = Some(Tunnel {
                        kind,
                        port: None,
                        checksum: None,
                    });
                }
                "port" => {
                    let Some(p) = args.next() else {
                        cx.diags
                            .error(DiagKind::MissingValue, a.span, "'port' needs a port");
                        return None;
                    };
                    let port = value::port(p, cx)?;
                    match tunnel.as_mut() {
                        Some(t) if t.kind == TunnelType::Gue => t.port = Some(port),
                        _ => {
                            cx.diags.error(
                                DiagKind::Conflict,
                                a.span,
                                "a tunnel port is only for 'type gue'",
                            );
                            return None;
                        }
                    }
                }
                "nocsum" | "csum" | "remcsum" => {
                    let c = match a.text.as_str() {
                        "nocsum" => TunnelCsum::Nocsum,
                        "csum" => TunnelCsum::Csum,
                        _ => TunnelCsum::Remcsum,
                    };
                    match tunnel.as_mut() {
                        Some(t)
                            if t.kind != TunnelType::Ipip
                                && !(t.kind == TunnelType::Gre && c == TunnelCsum::Remcsum) =>
                        {
                            t.checksum = Some(c)
                        }
                        _ => {
                            cx.diags.error(
                                DiagKind::Conflict,
                                a.span,
                                format!(
                                    "'{}' needs 'type gue' (or 'type gre' for csum/nocsum)",
                                    a.text
                                ),
                            );
                            return None;
                        }
                    }
                }
                _ => {
                    cx.diags.error(
                        DiagKind::BadValue,
                        a.span,
                        format!("unknown tunnel option '{}'", a.text),
                    );
                    return None;
                }
            }
        }
        if let Some(t) = &tunnel {
            if t.kind == TunnelType::Gue && t.port.is_none() {
                cx.diags.error(
                    DiagKind::MissingValue,
                    s.span(),
                    "a GUE tunnel needs 'port N'",
                );
                return None;
            }
        }
    } else if let Some(a) = args.next() {
        cx.diags.error(
            DiagKind::BadValue,
            a.span,
            format!("unexpected '{}' after {}", a.text, w.text),
        );
        return None;
    }
    Some(Forwarding { lvs_method, tunnel })
}
