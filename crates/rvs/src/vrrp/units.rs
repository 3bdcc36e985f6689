//! What runs on one thread of `rvs run -P`: a sync group with its members, or one
//! instance; and which of them a reload must stop, start, or may leave running.

use super::plan::{GroupPlan, Plan};

/// A sync group and its member instances, or one instance alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub group: Option<GroupPlan>,
    pub members: Vec<Plan>,
}

impl Unit {
    /// The group's name, or the instance's.
    pub fn name(&self) -> &str {
        match &self.group {
            Some(g) => &g.name,
            None => self.members.first().map_or("", |p| &p.config.name),
        }
    }

    /// Whether a reload may leave this unit running as it is: it would do exactly
    /// what `new` does (member indices aside: they move when instances are added).
    fn same_as(&self, new: &Unit) -> bool {
        let group = |u: &Unit| u.group.as_ref().map(|g| (g.name.clone(), g.notify.clone()));
        self.members == new.members && group(self) == group(new)
    }

    /// Whether a reload may move this running unit to `new` in place: the same
    /// group (or instance) whose members differ only in their VIPs, virtual routes
    /// and rules and notify scripts, on the same devices. keepalived applies such
    /// a reload without a state change: a MASTER stays MASTER.
    fn updatable_to(&self, new: &Unit) -> bool {
        let group_notify = |u: &Unit| u.group.as_ref().map(|g| g.notify.clone());
        self.name() == new.name()
            && self.group.is_some() == new.group.is_some()
            && group_notify(self) == group_notify(new)
            && self.members.len() == new.members.len()
            && self
                .members
                .iter()
                .zip(&new.members)
                .all(|(a, b)| updatable(a, b))
    }
}

fn updatable(old: &Plan, new: &Plan) -> bool {
    fn devs(p: &Plan) -> Vec<&str> {
        let mut d: Vec<&str> = p.vips.iter().map(|v| v.dev.as_str()).collect();
        d.sort_unstable();
        d.dedup();
        d
    }
    let mut moved = old.clone();
    moved.config.vips = new.config.vips.clone();
    moved.vips = new.vips.clone();
    moved.routes = new.routes.clone();
    moved.rules = new.rules.clone();
    moved.notify = new.notify.clone();
    moved == *new && devs(old) == devs(new)
}

/// Groups `plans` into units: each sync group with its members, then every instance
/// in no group on its own.
pub fn units(plans: Vec<Plan>, groups: Vec<GroupPlan>) -> Vec<Unit> {
    let mut slots: Vec<Option<Plan>> = plans.into_iter().map(Some).collect();
    let mut out: Vec<Unit> = groups
        .into_iter()
        .map(|g| {
            let members = g.members.iter().filter_map(|&i| slots[i].take()).collect();
            Unit {
                group: Some(g),
                members,
            }
        })
        .collect();
    out.extend(slots.into_iter().flatten().map(|p| Unit {
        group: None,
        members: vec![p],
    }));
    out
}

/// What a reload does to the running units.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Indices of running units to stop (gone, or changed).
    pub stop: Vec<usize>,
    /// Indices of new units to start (new, or changed).
    pub start: Vec<usize>,
    /// Running units left as they are, with their index among the new ones.
    pub keep: Vec<(usize, usize)>,
    /// Running units moved in place to a new one (`Unit::updatable_to`).
    pub update: Vec<(usize, usize)>,
}

/// Running units that are unchanged keep running, those whose VIPs, routes, rules
/// or notify scripts alone changed are updated in place; every other one stops, and
/// every new unit without a running twin starts.
pub fn changes(running: &[Unit], new: &[Unit]) -> Changes {
    let mut c = Changes::default();
    let mut kept_new = vec![false; new.len()];
    for (i, old) in running.iter().enumerate() {
        let mut twin = |fits: &dyn Fn(&Unit) -> bool| {
            let j = (0..new.len()).find(|&j| !kept_new[j] && fits(&new[j]))?;
            kept_new[j] = true;
            Some(j)
        };
        if let Some(j) = twin(&|n| old.same_as(n)) {
            c.keep.push((i, j));
        } else if let Some(j) = twin(&|n| old.updatable_to(n)) {
            c.update.push((i, j));
        } else {
            c.stop.push(i);
        }
    }
    c.start = (0..new.len()).filter(|&j| !kept_new[j]).collect();
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vrrp::plan::plans;
    use crate::vrrp::plan::sync_groups;
    use rvs_config::{AnyHost, LexOptions};
    use std::net::{IpAddr, Ipv4Addr};

    fn units_of(text: &str) -> Vec<Unit> {
        let loaded = rvs_config::load_str(text, "test.conf", &LexOptions::default(), &AnyHost);
        assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
        let source = |_: &str, _: bool| Some(IpAddr::V4(Ipv4Addr::new(198, 18, 0, 1)));
        let p = plans(&loaded.config, &source).expect("plans");
        let g = sync_groups(&loaded.config, &p);
        units(p, g)
    }

    fn instance(name: &str, vrid: u8, vip: &str) -> String {
        format!(
            "vrrp_instance {name} {{\n interface eth0\n virtual_router_id {vrid}\n \
             priority 100\n virtual_ipaddress {{\n  {vip}\n }}\n}}\n"
        )
    }

    #[test]
    fn groups_hold_their_members_and_the_others_run_alone() {
        let u = units_of(&format!(
            "vrrp_sync_group G {{\n group {{\n  VI_2\n  VI_3\n }}\n}}\n{}{}{}",
            instance("VI_1", 1, "198.18.0.101"),
            instance("VI_2", 2, "198.18.0.102"),
            instance("VI_3", 3, "198.18.0.103"),
        ));
        let shape: Vec<(&str, Vec<&str>)> = u
            .iter()
            .map(|u| {
                (
                    u.name(),
                    u.members.iter().map(|p| p.config.name.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(shape, [("G", vec!["VI_2", "VI_3"]), ("VI_1", vec!["VI_1"])]);
    }

    #[test]
    fn a_reload_keeps_unchanged_units_updates_new_vips_in_place_and_restarts_the_rest() {
        let old = units_of(&format!(
            "{}{}{}",
            instance("VI_1", 1, "198.18.0.101"),
            instance("VI_2", 2, "198.18.0.102"),
            instance("GONE", 3, "198.18.0.103"),
        ));
        // An instance added in front moves every index; VI_2's VIP changes.
        let new = units_of(&format!(
            "{}{}{}",
            instance("NEW", 4, "198.18.0.104"),
            instance("VI_1", 1, "198.18.0.101"),
            instance("VI_2", 2, "198.18.0.122"),
        ));
        assert_eq!(
            changes(&old, &new),
            Changes {
                stop: vec![2],
                start: vec![0],
                keep: vec![(0, 1)],
                update: vec![(1, 2)],
            }
        );
        assert_eq!(
            changes(&old, &old),
            Changes {
                keep: vec![(0, 0), (1, 1), (2, 2)],
                ..Changes::default()
            }
        );
        // Another VRID is not an in-place change.
        let renumbered = units_of(&instance("VI_1", 9, "198.18.0.101"));
        assert_eq!(
            changes(&old[..1], &renumbered),
            Changes {
                stop: vec![0],
                start: vec![0],
                ..Changes::default()
            }
        );
    }

    #[test]
    fn joining_a_sync_group_restarts_the_instance_with_its_group() {
        let alone = units_of(&format!(
            "{}{}",
            instance("VI_1", 1, "198.18.0.101"),
            instance("VI_2", 2, "198.18.0.102"),
        ));
        let grouped = units_of(&format!(
            "vrrp_sync_group G {{\n group {{\n  VI_1\n  VI_2\n }}\n}}\n{}{}",
            instance("VI_1", 1, "198.18.0.101"),
            instance("VI_2", 2, "198.18.0.102"),
        ));
        assert_eq!(
            changes(&alone, &grouped),
            Changes {
                stop: vec![0, 1],
                start: vec![0],
                ..Changes::default()
            }
        );
    }
}
