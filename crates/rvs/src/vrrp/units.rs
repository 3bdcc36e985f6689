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
}

/// Running units that are unchanged keep running; every other one stops, and every
/// new unit without an unchanged running twin starts.
pub fn changes(running: &[Unit], new: &[Unit]) -> Changes {
    let mut c = Changes::default();
    let mut kept_new = vec![false; new.len()];
    for (i, old) in running.iter().enumerate() {
        match new
            .iter()
            .enumerate()
            .find(|(j, n)| !kept_new[*j] && old.same_as(n))
        {
            Some((j, _)) => {
                kept_new[j] = true;
                c.keep.push((i, j));
            }
            None => c.stop.push(i),
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
    fn a_reload_keeps_unchanged_units_and_restarts_changed_ones() {
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
                stop: vec![1, 2],
                start: vec![0, 2],
                keep: vec![(0, 1)],
            }
        );
        assert_eq!(
            changes(&old, &old),
            Changes {
                stop: vec![],
                start: vec![],
                keep: vec![(0, 0), (1, 1), (2, 2)],
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
                keep: vec![],
            }
        );
    }
}
