//! keepalived.conf's address, route and rule lines as the rtnetlink shell applies
//! them, with keepalived's defaults filled in. What rvs cannot apply yet is refused
//! with the option named.

use std::net::IpAddr;

use rvs_config::model::vrrp::{IpAddress, Route as RouteLine, Rule as RuleLine, VrrpConfig};
use rvs_vrrp::io::{
    scope_number, table_number, Address, AddressFlags, Netlink, NetlinkError, Prefix, Route,
    RouteKind, Rule, RuleAction,
};

use super::plan::PlanError;

/// `who` names the instance (or `global`) in errors; `what` the block.
pub(super) struct Lines<'a> {
    pub who: &'a str,
    pub what: &'static str,
}

impl Lines<'_> {
    fn refuse(&self, detail: String) -> PlanError {
        PlanError::UnsupportedOption(self.who.to_owned(), self.what, detail)
    }

    /// An address line; `dev` is the instance's interface when the line has none.
    pub(super) fn address(&self, a: &IpAddress, dev: &str) -> Result<Address, PlanError> {
        if a.use_vmac {
            return Err(self.refuse(format!("{} use_vmac", a.addr)));
        }
        if a.track_group.is_some() {
            return Err(self.refuse(format!("{} track_group", a.addr)));
        }
        let scope = match &a.scope {
            Some(s) => {
                scope_number(s).ok_or_else(|| self.refuse(format!("{} scope {s}", a.addr)))?
            }
            None => 0,
        };
        let mut out = Address::new(a.addr, a.prefix_len, a.dev.as_deref().unwrap_or(dev));
        out.brd = match a.brd {
            Some(IpAddr::V4(b)) => Some(b),
            _ => None,
        };
        out.peer = a.peer;
        out.scope = scope;
        out.label = a.label.clone();
        out.flags = AddressFlags {
            home: a.home,
            // `-nodad` turns DAD back on; keepalived disables it on its IPv6 addresses.
            dad: a.nodad,
            noprefixroute: a.noprefixroute,
            mngtmpaddr: a.mngtmpaddr,
            autojoin: a.autojoin,
        };
        // keepalived deprecates IPv6 /128 addresses (preferred_lft 0) so that they are
        // not picked as source addresses; the config model holds `forever` as unset.
        out.preferred_lft = match (a.preferred_lft, a.addr) {
            (Some(p), _) => Some(p),
            (None, IpAddr::V6(_)) if a.prefix_len == 128 => Some(0),
            (None, _) => None,
        };
        Ok(out)
    }

    pub(super) fn route(&self, r: &RouteLine) -> Result<Route, PlanError> {
        let (mut onlink, mut mtu) = (false, None);
        let mut opts = r.options.iter();
        while let Some(o) = opts.next() {
            match o.as_str() {
                "onlink" => onlink = true,
                "mtu" => {
                    let v = opts.next().map(String::as_str).unwrap_or("");
                    let n = v.parse().ok();
                    mtu = Some(n.ok_or_else(|| self.refuse(format!("route {} mtu {v}", r.to)))?);
                }
                other => return Err(self.refuse(format!("route {} option {other}", r.to))),
            }
        }
        let kind = match &r.kind {
            Some(k) => {
                RouteKind::from_name(k).ok_or_else(|| self.refuse(format!("route type {k}")))?
            }
            None => RouteKind::Unicast,
        };
        let to = if r.to == "default" {
            let v6 = r.via.or(r.src).is_some_and(|a| a.is_ipv6());
            Prefix {
                addr: if v6 {
                    IpAddr::V6(std::net::Ipv6Addr::UNSPECIFIED)
                } else {
                    IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED)
                },
                len: 0,
            }
        } else {
            Prefix::parse(&r.to).ok_or_else(|| self.refuse(format!("route to {}", r.to)))?
        };
        let table = match &r.table {
            Some(t) => table_id(t).ok_or_else(|| self.refuse(format!("table name {t}")))?,
            None => 254,
        };
        let scope = match &r.scope {
            Some(s) => Some(scope_number(s).ok_or_else(|| self.refuse(format!("scope {s}")))?),
            None => None,
        };
        Ok(Route {
            kind,
            to,
            src: r.src,
            via: r.via,
            dev: r.dev.clone(),
            table,
            metric: r.metric,
            scope,
            onlink,
            mtu,
        })
    }

    /// `ipv6` is the family when neither `from` nor `to` says. A rule without
    /// preference takes `auto_preference`, which counts down; without one it is
    /// refused.
    pub(super) fn rule(
        &self,
        r: &RuleLine,
        ipv6: bool,
        auto_preference: Option<&mut u32>,
    ) -> Result<Rule, PlanError> {
        let prefix = |p: &Option<String>| -> Result<Option<Prefix>, PlanError> {
            match p.as_deref() {
                None | Some("all") => Ok(None),
                Some(t) => Prefix::parse(t)
                    .map(Some)
                    .ok_or_else(|| self.refuse(format!("rule prefix {t}"))),
            }
        };
        let (from, to) = (prefix(&r.from)?, prefix(&r.to)?);
        let priority = match (r.preference, auto_preference) {
            (Some(p), _) => p,
            (None, Some(next)) => {
                let p = *next;
                *next = next.saturating_sub(1);
                p
            }
            (None, None) => return Err(self.refuse("a rule without preference".into())),
        };
        let mut action = None;
        let (mut fwmark, mut iif, mut oif) = (None, None, None);
        let mut opts = r.options.iter();
        while let Some(o) = opts.next() {
            match o.as_str() {
                "fwmark" => {
                    let v = opts.next().map(String::as_str).unwrap_or("");
                    fwmark = Some(parse_mark(v).ok_or_else(|| self.refuse(format!("fwmark {v}")))?);
                }
                "iif" | "oif" => {
                    let v = opts.next().cloned();
                    let v = Some(v.ok_or_else(|| self.refuse(format!("{o} without interface")))?);
                    if o == "iif" {
                        iif = v;
                    } else {
                        oif = v;
                    }
                }
                "blackhole" => action = Some(RuleAction::Blackhole),
                "unreachable" => action = Some(RuleAction::Unreachable),
                "prohibit" => action = Some(RuleAction::Prohibit),
                other => return Err(self.refuse(format!("rule option {other}"))),
            }
        }
        let action = match (action, &r.table) {
            (Some(a), _) => a,
            (None, Some(t)) => RuleAction::Table(
                table_id(t).ok_or_else(|| self.refuse(format!("table name {t}")))?,
            ),
            (None, None) => return Err(self.refuse("a rule without action".into())),
        };
        let ipv6 = from.or(to).map_or(ipv6, |p| p.addr.is_ipv6());
        Ok(Rule {
            ipv6,
            from,
            to,
            priority,
            fwmark,
            iif,
            oif,
            action,
        })
    }
}

/// A routing table by number, built-in name, or a name of iproute2's `rt_tables`
/// (as keepalived reads them).
fn table_id(name: &str) -> Option<u32> {
    table_number(name).or_else(|| {
        let mut files = vec![std::path::PathBuf::from("/etc/iproute2/rt_tables")];
        if let Ok(dir) = std::fs::read_dir("/etc/iproute2/rt_tables.d") {
            files.extend(dir.filter_map(|e| Some(e.ok()?.path())));
        }
        files
            .iter()
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .find_map(|text| rt_tables_lookup(&text, name))
    })
}

/// The number `name` has in an `rt_tables` file (`N NAME` lines, `#` comments).
fn rt_tables_lookup(text: &str, name: &str) -> Option<u32> {
    text.lines().find_map(|l| {
        let mut w = l.split('#').next()?.split_whitespace();
        let (n, id) = (w.next()?, w.next()?);
        (id == name).then(|| table_number(n)).flatten()
    })
}

/// `N` or `N/MASK`, each decimal or 0x-hex.
fn parse_mark(text: &str) -> Option<(u32, Option<u32>)> {
    let num = |t: &str| match t.strip_prefix("0x") {
        Some(h) => u32::from_str_radix(h, 16).ok(),
        None => t.parse().ok(),
    };
    match text.split_once('/') {
        Some((m, k)) => Some((num(m)?, Some(num(k)?))),
        None => Some((num(text)?, None)),
    }
}

/// `static_ipaddress`, `static_routes` and `static_rules`: applied at start, removed at
/// exit, whatever the instances do.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Statics {
    pub addresses: Vec<Address>,
    pub routes: Vec<Route>,
    pub rules: Vec<Rule>,
}

impl Statics {
    /// keepalived puts a static address without `dev` on eth0.
    pub fn from_config(v: &VrrpConfig) -> Result<Statics, PlanError> {
        let at = |what| Lines {
            who: "global",
            what,
        };
        Ok(Statics {
            addresses: v
                .static_ipaddress
                .iter()
                .map(|a| at("static_ipaddress").address(a, "eth0"))
                .collect::<Result<_, _>>()?,
            routes: v
                .static_routes
                .iter()
                .map(|r| at("static_routes").route(r))
                .collect::<Result<_, _>>()?,
            rules: v
                .static_rules
                .iter()
                .map(|r| at("static_rules").rule(r, false, None))
                .collect::<Result<_, _>>()?,
        })
    }

    /// Addresses first: routes may need their source or gateway on a link.
    pub fn apply(&self, nl: &Netlink) -> Result<(), NetlinkError> {
        self.addresses.iter().try_for_each(|a| nl.add_address(a))?;
        self.routes.iter().try_for_each(|r| nl.add_route(r))?;
        self.rules.iter().try_for_each(|r| nl.add_rule(r))
    }

    /// Everything, in reverse order; the first error is returned after trying all.
    pub fn remove(&self, nl: &Netlink) -> Result<(), NetlinkError> {
        let mut first = Ok(());
        let results = self
            .rules
            .iter()
            .map(|r| nl.del_rule(r))
            .chain(self.routes.iter().map(|r| nl.del_route(r)))
            .chain(self.addresses.iter().map(|a| nl.del_address(a)));
        for r in results {
            if first.is_ok() {
                first = r;
            }
        }
        first
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_config::{AnyHost, LexOptions};
    use std::net::Ipv4Addr;

    fn vrrp(text: &str) -> VrrpConfig {
        let loaded = rvs_config::load_str(text, "test.conf", &LexOptions::default(), &AnyHost);
        assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
        loaded.config.vrrp
    }

    #[test]
    fn static_lines_get_keepalived_defaults() {
        let s = Statics::from_config(&vrrp(
            "static_ipaddress {\n 198.18.9.1/24 dev eth1 scope link\n 2001:db8:9::1\n}\n\
             static_routes {\n 198.18.10.0/24 via 198.18.9.254 table 100 metric 5\n \
             blackhole 198.18.11.0/24\n}\n\
             static_rules {\n from 198.18.9.0/24 table 100 priority 100\n \
             from all fwmark 0x10/0xff table 100 priority 101\n}\n",
        ))
        .expect("statics");
        assert_eq!(s.addresses[0].dev, "eth1");
        assert_eq!(s.addresses[0].scope, 253);
        assert_eq!(s.addresses[0].preferred_lft, None);
        assert_eq!(s.addresses[1].dev, "eth0");
        assert_eq!(s.addresses[1].preferred_lft, Some(0));
        assert!(!s.addresses[1].flags.dad);
        assert_eq!(
            s.routes[0],
            Route {
                kind: RouteKind::Unicast,
                to: Prefix::parse("198.18.10.0/24").expect("prefix"),
                src: None,
                via: Some(IpAddr::V4(Ipv4Addr::new(198, 18, 9, 254))),
                dev: None,
                table: 100,
                metric: Some(5),
                scope: None,
                onlink: false,
                mtu: None,
            }
        );
        assert_eq!(s.routes[1].kind, RouteKind::Blackhole);
        assert_eq!(s.rules[0].action, RuleAction::Table(100));
        assert_eq!(s.rules[0].priority, 100);
        assert_eq!(s.rules[1].from, None);
        assert_eq!(s.rules[1].fwmark, Some((0x10, Some(0xff))));
    }

    #[test]
    fn what_rvs_cannot_apply_is_refused_by_name() {
        let refused = |text: &str| Statics::from_config(&vrrp(text)).expect_err("refused");
        assert_eq!(
            refused("static_routes {\n 198.18.10.0/24 via 198.18.9.254 advmss 1400\n}\n"),
            PlanError::UnsupportedOption(
                "global".into(),
                "static_routes",
                "route 198.18.10.0/24 option advmss".into()
            )
        );
        assert_eq!(
            refused("static_rules {\n from 198.18.9.0/24 table 100\n}\n"),
            PlanError::UnsupportedOption(
                "global".into(),
                "static_rules",
                "a rule without preference".into()
            )
        );
        assert_eq!(
            refused("static_rules {\n from 198.18.9.0/24 tos 0x10 table 100 priority 5\n}\n"),
            PlanError::UnsupportedOption("global".into(), "static_rules", "rule option tos".into())
        );
    }

    #[test]
    fn rt_tables_names_resolve() {
        let text = "# comment\n255\tlocal\n100 isp1 # first\n0x65 isp2\n";
        assert_eq!(rt_tables_lookup(text, "isp1"), Some(100));
        assert_eq!(rt_tables_lookup(text, "isp2"), Some(0x65));
        assert_eq!(rt_tables_lookup(text, "isp3"), None);
        assert_eq!(table_id("main"), Some(254));
    }
}
