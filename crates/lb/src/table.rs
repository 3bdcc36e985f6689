//! The desired load-balancer table and the one-step changes that edit it.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::service::{RealKey, RealServer, Service, ServiceConfig, ServiceKey};

/// Every service with its real servers: what the data plane should hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    #[serde(with = "crate::entries")]
    services: BTreeMap<ServiceKey, Service>,
}

/// One change to a table. Each touches one service or one real server; a service is
/// removed only once its reals are gone, and a real added only to an existing service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum Change {
    AddService {
        key: ServiceKey,
        config: ServiceConfig,
    },
    EditService {
        key: ServiceKey,
        config: ServiceConfig,
    },
    RemoveService {
        key: ServiceKey,
    },
    AddReal {
        service: ServiceKey,
        real: RealKey,
        config: RealServer,
    },
    EditReal {
        service: ServiceKey,
        real: RealKey,
        config: RealServer,
    },
    RemoveReal {
        service: ServiceKey,
        real: RealKey,
    },
}

/// Why a change does not fit the table it is applied to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TableError {
    ServiceExists(ServiceKey),
    NoSuchService(ServiceKey),
    /// Removing a service that still has reals: remove them first.
    ServiceHasReals(ServiceKey),
    RealExists(ServiceKey, RealKey),
    NoSuchReal(ServiceKey, RealKey),
}

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TableError::ServiceExists(s) => write!(f, "service {s:?} already exists"),
            TableError::NoSuchService(s) => write!(f, "no service {s:?}"),
            TableError::ServiceHasReals(s) => write!(f, "service {s:?} still has real servers"),
            TableError::RealExists(s, r) => write!(f, "real {r:?} already in service {s:?}"),
            TableError::NoSuchReal(s, r) => write!(f, "no real {r:?} in service {s:?}"),
        }
    }
}

impl std::error::Error for TableError {}

impl Table {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn services(&self) -> &BTreeMap<ServiceKey, Service> {
        &self.services
    }

    pub fn service(&self, key: &ServiceKey) -> Option<&Service> {
        self.services.get(key)
    }

    /// Puts a whole service in place, replacing any service under the same key.
    pub fn insert(&mut self, key: ServiceKey, service: Service) {
        self.services.insert(key, service);
    }

    /// Applies one change; on error the table is unchanged.
    pub fn apply(&mut self, change: &Change) -> Result<(), TableError> {
        match change {
            Change::AddService { key, config } => {
                if self.services.contains_key(key) {
                    return Err(TableError::ServiceExists(*key));
                }
                self.services.insert(
                    *key,
                    Service {
                        config: config.clone(),
                        reals: BTreeMap::new(),
                    },
                );
            }
            Change::EditService { key, config } => {
                self.service_mut(key)?.config = config.clone();
            }
            Change::RemoveService { key } => {
                if !self.service_mut(key)?.reals.is_empty() {
                    return Err(TableError::ServiceHasReals(*key));
                }
                self.services.remove(key);
            }
            Change::AddReal {
                service,
                real,
                config,
            } => {
                let reals = &mut self.service_mut(service)?.reals;
                if reals.contains_key(real) {
                    return Err(TableError::RealExists(*service, *real));
                }
                reals.insert(*real, *config);
            }
            Change::EditReal {
                service,
                real,
                config,
            } => {
                let slot = self
                    .service_mut(service)?
                    .reals
                    .get_mut(real)
                    .ok_or(TableError::NoSuchReal(*service, *real))?;
                *slot = *config;
            }
            Change::RemoveReal { service, real } => {
                self.service_mut(service)?
                    .reals
                    .remove(real)
                    .ok_or(TableError::NoSuchReal(*service, *real))?;
            }
        }
        Ok(())
    }

    fn service_mut(&mut self, key: &ServiceKey) -> Result<&mut Service, TableError> {
        self.services
            .get_mut(key)
            .ok_or(TableError::NoSuchService(*key))
    }

    /// The changes that turn `self` into `target`, in the order a backend can apply
    /// them one by one: new services, edited services, new reals, edited reals,
    /// removed reals, removed services. A service exists before its reals arrive and
    /// loses its reals before it goes; a kept service gains its new reals before it
    /// loses old ones, so replacing every real never leaves it empty. Within a step,
    /// changes follow key order. Equal tables give no change.
    pub fn diff(&self, target: &Table) -> Vec<Change> {
        let mut add_svc = Vec::new();
        let mut edit_svc = Vec::new();
        let mut add_real = Vec::new();
        let mut edit_real = Vec::new();
        let mut remove_real = Vec::new();
        let mut remove_svc = Vec::new();
        let empty = BTreeMap::new();

        for (key, new) in &target.services {
            let old_reals = match self.services.get(key) {
                None => {
                    add_svc.push(Change::AddService {
                        key: *key,
                        config: new.config.clone(),
                    });
                    &empty
                }
                Some(old) => {
                    if old.config != new.config {
                        edit_svc.push(Change::EditService {
                            key: *key,
                            config: new.config.clone(),
                        });
                    }
                    &old.reals
                }
            };
            for (real, config) in &new.reals {
                match old_reals.get(real) {
                    None => add_real.push(Change::AddReal {
                        service: *key,
                        real: *real,
                        config: *config,
                    }),
                    Some(old) if old != config => edit_real.push(Change::EditReal {
                        service: *key,
                        real: *real,
                        config: *config,
                    }),
                    Some(_) => {}
                }
            }
        }
        for (key, old) in &self.services {
            let new_reals = target.services.get(key).map(|s| &s.reals);
            for real in old.reals.keys() {
                if !new_reals.is_some_and(|r| r.contains_key(real)) {
                    remove_real.push(Change::RemoveReal {
                        service: *key,
                        real: *real,
                    });
                }
            }
            if new_reals.is_none() {
                remove_svc.push(Change::RemoveService { key: *key });
            }
        }

        let mut all = add_svc;
        all.extend(edit_svc);
        all.extend(add_real);
        all.extend(edit_real);
        all.extend(remove_real);
        all.extend(remove_svc);
        all
    }
}
