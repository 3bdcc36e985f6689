//! The table the data plane should hold: the configuration's services with the real
//! servers the checkers say are in, at the weights they say (keepalived's checker
//! child adding and removing IPVS destinations).

use rvs_check::{Server, ServerRef};
use rvs_config::model::lvs::LvsConfig;
use rvs_lb::{RealKey, RealServer, Service, ServiceKey, Table};
use std::collections::{BTreeMap, HashMap};

use crate::table::{self, TableError};

pub struct LiveTable {
    /// Every service with all its real servers at their configured weights.
    configured: Table,
    /// By virtual server index (the checkers' service index): the services it expands
    /// to, and the key of each of its real servers.
    keys: Vec<Vec<ServiceKey>>,
    reals: Vec<Vec<RealKey>>,
    /// Servers the checkers put in the table, with their weight; absent ones are out.
    weights: HashMap<ServerRef, u32>,
}

impl LiveTable {
    /// No real server in yet: the checkers' first updates say which start in.
    pub fn new(lvs: &LvsConfig) -> Result<LiveTable, TableError> {
        Ok(LiveTable {
            configured: table::from_config(lvs)?,
            keys: table::keys_by_virtual_server(lvs),
            reals: lvs
                .virtual_servers
                .iter()
                .map(|vs| {
                    vs.real_servers
                        .iter()
                        .map(|r| RealKey {
                            addr: r.address,
                            port: r.port,
                        })
                        .collect()
                })
                .collect(),
            weights: HashMap::new(),
        })
    }

    /// The table of a reloaded configuration, starting from what `old` holds for the
    /// servers both have (same services, same real server address), so that applying
    /// it before the checkers restate everything changes only what the reload changed.
    pub fn carry_over(mut self, old: &LiveTable) -> LiveTable {
        let mut known: HashMap<(&[ServiceKey], Option<RealKey>), u32> = HashMap::new();
        for (r, &w) in &old.weights {
            if let Some(id) = old.identity(*r) {
                known.insert(id, w);
            }
        }
        let mut weights = HashMap::new();
        for (i, reals) in self.reals.iter().enumerate() {
            let servers = (0..reals.len()).map(Server::Real).chain([Server::Sorry]);
            for server in servers {
                let r = ServerRef { service: i, server };
                if let Some(w) = self.identity(r).and_then(|id| known.get(&id)) {
                    weights.insert(r, *w);
                }
            }
        }
        self.weights = weights;
        self
    }

    /// What a server is across reloads: its virtual server's services and its address
    /// (`None` for the sorry server).
    fn identity(&self, r: ServerRef) -> Option<(&[ServiceKey], Option<RealKey>)> {
        let keys = self.keys.get(r.service)?.as_slice();
        match r.server {
            Server::Real(j) => Some((keys, Some(*self.reals.get(r.service)?.get(j)?))),
            Server::Sorry => Some((keys, None)),
        }
    }

    /// Every service with all its real servers at their configured weights.
    pub fn configured(&self) -> &Table {
        &self.configured
    }

    /// A checker update: `Some(w)` puts the server in with weight `w` (0: inhibited),
    /// `None` takes it out.
    pub fn set(&mut self, server: ServerRef, weight: Option<u32>) {
        match weight {
            Some(w) => self.weights.insert(server, w),
            None => self.weights.remove(&server),
        };
    }

    pub fn desired(&self) -> Table {
        let mut out = Table::new();
        for (i, keys) in self.keys.iter().enumerate() {
            let weight = |server| self.weights.get(&ServerRef { service: i, server });
            for key in keys {
                let Some(svc) = self.configured.service(key) else {
                    continue;
                };
                let mut reals = BTreeMap::new();
                for (j, rk) in self.reals[i].iter().enumerate() {
                    if let (Some(&w), Some(rs)) = (weight(Server::Real(j)), svc.reals.get(rk)) {
                        reals.insert(*rk, RealServer { weight: w, ..*rs });
                    }
                }
                if let (Some(&w), Some(sorry)) = (weight(Server::Sorry), svc.config.sorry_server) {
                    reals.entry(sorry.real).or_insert(RealServer {
                        forwarding: sorry.forwarding,
                        weight: w,
                        upper_threshold: 0,
                        lower_threshold: 0,
                    });
                }
                // A later virtual server with the same key replaces an earlier one.
                out.insert(
                    *key,
                    Service {
                        config: svc.config.clone(),
                        reals,
                    },
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_config::{AnyHost, LexOptions};

    const CONF: &str = "virtual_server_group web {
        198.18.0.10 80
        198.18.0.11 80
    }
    virtual_server group web {
        lb_algo wrr
        lb_kind DR
        protocol TCP
        sorry_server 198.18.1.9 80
        real_server 198.18.1.1 80 { weight 3 }
        real_server 198.18.1.2 80 { weight 1 }
    }";

    fn live() -> LiveTable {
        let loaded = rvs_config::load_str(CONF, "t.conf", &LexOptions::default(), &AnyHost);
        assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
        LiveTable::new(&loaded.config.lvs).expect("maps to a table")
    }

    fn at(service: usize, server: Server) -> ServerRef {
        ServerRef { service, server }
    }

    fn weights(t: &Table) -> Vec<Vec<(String, u32)>> {
        t.services()
            .values()
            .map(|s| {
                s.reals
                    .iter()
                    .map(|(k, r)| (k.addr.to_string(), r.weight))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn checker_updates_shape_every_service_of_a_group() {
        let mut l = live();
        assert_eq!(
            weights(&l.desired()),
            vec![vec![], vec![]],
            "nothing in yet"
        );
        l.set(at(0, Server::Real(0)), Some(3));
        l.set(at(0, Server::Real(1)), Some(0));
        let both = vec![("198.18.1.1".to_owned(), 3), ("198.18.1.2".to_owned(), 0)];
        assert_eq!(weights(&l.desired()), vec![both.clone(), both]);
        l.set(at(0, Server::Real(0)), None);
        l.set(at(0, Server::Real(1)), None);
        l.set(at(0, Server::Sorry), Some(1));
        let sorry = vec![("198.18.1.9".to_owned(), 1)];
        assert_eq!(weights(&l.desired()), vec![sorry.clone(), sorry]);
    }

    #[test]
    fn a_reload_carries_the_state_of_servers_it_keeps() {
        let mut old = live();
        old.set(at(0, Server::Real(0)), Some(3));
        old.set(at(0, Server::Real(1)), Some(0));
        // The reload drops 198.18.1.1 and adds 198.18.1.3 before 198.18.1.2.
        let text = CONF.replace(
            "real_server 198.18.1.1 80 { weight 3 }",
            "real_server 198.18.1.3 80 { weight 5 }",
        );
        let loaded = rvs_config::load_str(&text, "t.conf", &LexOptions::default(), &AnyHost);
        let new = LiveTable::new(&loaded.config.lvs)
            .expect("maps to a table")
            .carry_over(&old);
        let kept = vec![("198.18.1.2".to_owned(), 0)];
        assert_eq!(weights(&new.desired()), vec![kept.clone(), kept]);
    }

    #[test]
    fn service_settings_come_from_the_configuration() {
        let mut l = live();
        l.set(at(0, Server::Real(1)), Some(1));
        let t = l.desired();
        let svc = t.services().values().next().expect("a service");
        assert_eq!(svc.config.scheduler, rvs_lb::Scheduler::Wrr);
        let r = svc.reals.values().next().expect("a real");
        assert_eq!(r.forwarding, rvs_lb::Forwarding::Dr);
    }
}
