//! The loaded balancer: its programs and typed access to its maps.

use std::collections::HashMap as StdHashMap;
use std::path::PathBuf;

use aya::maps::{Array, HashMap, MapData, MapInfo, PerCpuArray, PerCpuValues};
use aya::programs::xdp::XdpLinkId;
use aya::programs::{TestRun, TestRunOptions, Xdp, XdpMode};
use aya::{Ebpf, EbpfLoader};

use crate::abi::{
    vip_hash, Backend, Config, ConnCount, Counter, Flow, FlowBucket, FlowKey, FlowKeys, FlowStat,
    FlowStats, NatReverse, Persist, PersistKey, Reason, Service, ServiceKey, State, Stats,
};
use crate::conns::{self, Connection};
use crate::error::Error;
use crate::flow_table;
use crate::pinned_link;
use crate::RVS_OBJECT;
use rvs_lb::sched::overload;

/// The XDP programs of the object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Prog {
    /// Client side: balances packets for services to real servers.
    Balancer,
    /// Real-server side of NAT: rewrites replies back to the VIP.
    Unnat,
    /// Real-server side of TUN: strips IPIP/IP6IP6 outer headers, so that a
    /// real server needs no tunnel device.
    DecapTun,
    /// Passes everything: for the peer of a veth the others send out of,
    /// without which veth drops `XDP_TX`ed and redirected frames.
    Pass,
}

impl Prog {
    pub const ALL: [Prog; 4] = [Prog::Balancer, Prog::Unnat, Prog::DecapTun, Prog::Pass];

    pub fn name(self) -> &'static str {
        match self {
            Prog::Balancer => "rvs_balancer",
            Prog::Unnat => "rvs_unnat",
            Prog::DecapTun => "rvs_decap_tun",
            Prog::Pass => "rvs_passthrough",
        }
    }
}

/// Map sizes and where the maps are pinned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub services: u32,
    pub backends: u32,
    /// Slots of all services' rings together.
    pub ring: u32,
    /// About how many connections the table holds: it gets two slots for
    /// each, in buckets of [`crate::abi::FLOW_SLOTS`]
    /// ([`crate::flow_table::buckets_for`]).
    pub flows: u32,
    pub persist: u32,
    pub nat_flows: u32,
    /// Pin (or adopt already pinned) maps in this bpffs directory.
    pub pin_dir: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            services: 256,
            backends: 4096,
            ring: 65537,
            flows: 65536,
            persist: 65536,
            nat_flows: 65536,
            pin_dir: None,
        }
    }
}

/// IPVS's default idle timeouts (`ipvsadm --set` changes tcp, tcpfin, udp).
pub fn default_timeouts_ns() -> [u64; State::COUNT] {
    let s = 1_000_000_000u64;
    let mut t = [0u64; State::COUNT];
    t[State::None as usize] = 2 * s;
    t[State::SynRecv as usize] = 60 * s;
    t[State::Established as usize] = 900 * s;
    t[State::FinWait as usize] = 120 * s;
    t[State::Close as usize] = 10 * s;
    t[State::Udp as usize] = 300 * s;
    t[State::TimeWait as usize] = 120 * s;
    t
}

/// What one `BPF_PROG_TEST_RUN` gave back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunResult {
    /// The XDP action (`XDP_DROP` 1, `XDP_PASS` 2, `XDP_TX` 3, `XDP_REDIRECT` 4).
    pub action: u32,
    /// The packet as the program left it.
    pub packet: Vec<u8>,
    /// The kernel's measure of the run, program only.
    pub duration: std::time::Duration,
}

/// Every map, with the key and value sizes this build gives it: a map pinned
/// by a build of another layout must not be adopted.
pub(crate) const MAPS: [(&str, usize, usize); 18] = {
    use std::mem::size_of;
    const ID: usize = size_of::<u32>();
    [
        ("services", size_of::<ServiceKey>(), size_of::<Service>()),
        ("service_keys", ID, size_of::<ServiceKey>()),
        ("vip_filter", ID, size_of::<u64>()),
        ("backends", ID, size_of::<Backend>()),
        ("ring", ID, ID),
        ("rr_cursor", ID, ID),
        ("config", ID, size_of::<Config>()),
        ("flows", ID, size_of::<FlowBucket>()),
        ("flow_keys", ID, size_of::<FlowKeys>()),
        ("flow_stats", ID, size_of::<u64>()),
        ("conn_counts", ID, size_of::<ConnCount>()),
        // struct rvs_sweeper: a 16-byte struct bpf_timer and two u32.
        ("sweeper", ID, 24),
        ("persist", size_of::<PersistKey>(), size_of::<Persist>()),
        // struct rvs_lblc_key (as rvs_persist_key) to a backend id.
        ("lblc_cache", size_of::<PersistKey>(), ID),
        ("nat_flows", size_of::<FlowKey>(), size_of::<NatReverse>()),
        ("service_stats", ID, size_of::<Stats>()),
        ("backend_stats", ID, size_of::<Stats>()),
        ("reasons", ID, size_of::<Counter>()),
    ]
};

/// The loaded object: programs verified, maps created or adopted.
pub struct Balancer {
    ebpf: Ebpf,
    /// Buckets of the connection table (an adopted one keeps its own).
    flow_buckets: u32,
    ring_capacity: u32,
    service_capacity: u32,
    pin_dir: Option<PathBuf>,
    /// Links this process holds (made unpinned, or adopted from a pin).
    links: StdHashMap<(Prog, String), XdpLinkId>,
}

impl Balancer {
    /// Loads the embedded object and its programs; sets IPVS's default
    /// timeouts when the config map is new. With `pin_dir`, maps already
    /// pinned there are adopted, with their contents.
    pub fn open(opts: &Options) -> Result<Balancer, Error> {
        let pins: Vec<(&'static str, PathBuf)> = match &opts.pin_dir {
            Some(dir) => {
                std::fs::create_dir_all(dir).map_err(|source| Error::PinDir {
                    path: dir.clone(),
                    source,
                })?;
                MAPS.iter().map(|m| (m.0, dir.join(m.0))).collect()
            }
            None => Vec::new(),
        };
        let mut buckets = flow_table::buckets_for(opts.flows);
        for ((map, key, value), (_, path)) in MAPS.iter().zip(&pins) {
            if !path.exists() {
                continue;
            }
            let info = MapInfo::from_pin(path).map_err(|source| Error::Map { map, source })?;
            let found = (info.key_size() as usize, info.value_size() as usize);
            if found != (*key, *value) {
                return Err(Error::PinnedLayout {
                    map,
                    path: path.clone(),
                    found,
                    want: (*key, *value),
                });
            }
            // An adopted table keeps its size: the program must index it so.
            if *map == "flows" {
                buckets = info.max_entries();
            }
        }
        let mut loader = EbpfLoader::new();
        loader
            .map_max_entries("services", opts.services)
            .map_max_entries("service_keys", opts.services)
            .map_max_entries("rr_cursor", opts.services)
            .map_max_entries("service_stats", opts.services)
            .map_max_entries("backends", opts.backends)
            .map_max_entries("backend_stats", opts.backends)
            .map_max_entries("conn_counts", opts.backends)
            .map_max_entries("ring", opts.ring)
            .map_max_entries("flows", buckets)
            .override_global("flow_buckets", &buckets, true)
            .map_max_entries("persist", opts.persist)
            .map_max_entries("nat_flows", opts.nat_flows);
        for (name, path) in &pins {
            loader.map_pin_path(name, path.as_path());
        }
        let ebpf = loader
            .load(RVS_OBJECT)
            .map_err(|e| Error::Load(Box::new(e)))?;
        let mut b = Balancer {
            ebpf,
            flow_buckets: buckets,
            ring_capacity: opts.ring,
            service_capacity: opts.services,
            pin_dir: opts.pin_dir.clone(),
            links: StdHashMap::new(),
        };
        for prog in Prog::ALL {
            b.xdp_mut(prog)?.load().map_err(|source| Error::Program {
                program: prog.name(),
                source,
            })?;
        }
        // A new table gets its keys; an adopted one keeps those its flows were
        // placed by.
        if b.flow_keys()? == FlowKeys::default() {
            b.set_flow_keys(&random_flow_keys()?)?;
        }
        if b.config()?.timeout_ns == [0; State::COUNT] {
            b.set_config(&Config {
                timeout_ns: default_timeouts_ns(),
                ..Config::default()
            })?;
        }
        Ok(b)
    }

    fn xdp_mut(&mut self, prog: Prog) -> Result<&mut Xdp, Error> {
        let p = self
            .ebpf
            .program_mut(prog.name())
            .ok_or(Error::MissingProgram(prog.name()))?;
        p.try_into().map_err(|source| Error::Program {
            program: prog.name(),
            source,
        })
    }

    fn xdp(&self, prog: Prog) -> Result<&Xdp, Error> {
        let p = self
            .ebpf
            .program(prog.name())
            .ok_or(Error::MissingProgram(prog.name()))?;
        p.try_into().map_err(|source| Error::Program {
            program: prog.name(),
            source,
        })
    }

    fn map<'a, M>(&'a self, name: &'static str) -> Result<M, Error>
    where
        M: TryFrom<&'a aya::maps::Map, Error = aya::maps::MapError>,
    {
        let m = self.ebpf.map(name).ok_or(Error::MissingMap(name))?;
        M::try_from(m).map_err(|source| Error::Map { map: name, source })
    }

    fn map_mut<'a, M>(&'a mut self, name: &'static str) -> Result<M, Error>
    where
        M: TryFrom<&'a mut aya::maps::Map, Error = aya::maps::MapError>,
    {
        let m = self.ebpf.map_mut(name).ok_or(Error::MissingMap(name))?;
        M::try_from(m).map_err(|source| Error::Map { map: name, source })
    }

    /// The director settings.
    pub fn config(&self) -> Result<Config, Error> {
        let a: Array<&MapData, Config> = self.map("config")?;
        a.get(&0, 0).map_err(|source| Error::Map {
            map: "config",
            source,
        })
    }

    pub fn set_config(&mut self, cfg: &Config) -> Result<(), Error> {
        let mut a: Array<&mut MapData, Config> = self.map_mut("config")?;
        a.set(0, cfg, 0).map_err(|source| Error::Map {
            map: "config",
            source,
        })
    }

    /// The connection table's hash keys: drawn when the table is created,
    /// kept by a balancer that adopts it.
    pub fn flow_keys(&self) -> Result<FlowKeys, Error> {
        let a: Array<&MapData, FlowKeys> = self.map("flow_keys")?;
        a.get(&0, 0).map_err(|source| Error::Map {
            map: "flow_keys",
            source,
        })
    }

    fn set_flow_keys(&mut self, keys: &FlowKeys) -> Result<(), Error> {
        let mut a: Array<&mut MapData, FlowKeys> = self.map_mut("flow_keys")?;
        a.set(0, keys, 0).map_err(|source| Error::Map {
            map: "flow_keys",
            source,
        })
    }

    /// Adds or replaces a virtual service. Its id indexes the per-service
    /// arrays, so it must be below `Options::services`.
    pub fn set_service(&mut self, key: &ServiceKey, svc: &Service) -> Result<(), Error> {
        if svc.id >= self.service_capacity {
            return Err(Error::ServiceIdOutOfRange {
                id: svc.id,
                capacity: self.service_capacity,
            });
        }
        // The filter bit first: the program must not pass the service's
        // packets by once they can find it.
        self.set_vip_bit(key, true)?;
        let old = self.service(key)?;
        let mut m: HashMap<&mut MapData, ServiceKey, Service> = self.map_mut("services")?;
        m.insert(key, svc, 0).map_err(|source| Error::Map {
            map: "services",
            source,
        })?;
        self.set_service_key(svc.id, key)?;
        match old {
            Some(o) if o.id != svc.id => self.set_service_key(o.id, &ServiceKey::default()),
            _ => Ok(()),
        }
    }

    pub fn remove_service(&mut self, key: &ServiceKey) -> Result<(), Error> {
        let old = self.service(key)?;
        let mut m: HashMap<&mut MapData, ServiceKey, Service> = self.map_mut("services")?;
        m.remove(key).map_err(|source| Error::Map {
            map: "services",
            source,
        })?;
        if let Some(o) = old {
            self.set_service_key(o.id, &ServiceKey::default())?;
        }
        // Another service may share the bit.
        let keys = self.service_keys()?;
        let bit = vip_hash(key) & 0xffff;
        let shared = keys.iter().any(|k| vip_hash(k) & 0xffff == bit);
        self.set_vip_bit(key, shared)
    }

    /// The service at `key`, if any.
    pub fn service(&self, key: &ServiceKey) -> Result<Option<Service>, Error> {
        let m: HashMap<&MapData, ServiceKey, Service> = self.map("services")?;
        match m.get(key, 0) {
            Ok(s) => Ok(Some(s)),
            Err(aya::maps::MapError::KeyNotFound) => Ok(None),
            Err(source) => Err(Error::Map {
                map: "services",
                source,
            }),
        }
    }

    fn service_keys(&self) -> Result<Vec<ServiceKey>, Error> {
        let m: HashMap<&MapData, ServiceKey, Service> = self.map("services")?;
        m.keys()
            .map(|k| {
                k.map_err(|source| Error::Map {
                    map: "services",
                    source,
                })
            })
            .collect()
    }

    fn set_service_key(&mut self, id: u32, key: &ServiceKey) -> Result<(), Error> {
        let mut a: Array<&mut MapData, ServiceKey> = self.map_mut("service_keys")?;
        a.set(id, key, 0).map_err(|source| Error::Map {
            map: "service_keys",
            source,
        })
    }

    /// Sets or clears the VIP filter bit of `key`.
    fn set_vip_bit(&mut self, key: &ServiceKey, on: bool) -> Result<(), Error> {
        let merr = |source| Error::Map {
            map: "vip_filter",
            source,
        };
        let bit = vip_hash(key) & 0xffff;
        let (word, mask) = (bit >> 6, 1u64 << (bit & 63));
        let mut a: Array<&mut MapData, u64> = self.map_mut("vip_filter")?;
        let old = a.get(&word, 0).map_err(merr)?;
        let new = if on { old | mask } else { old & !mask };
        if new != old {
            a.set(word, new, 0).map_err(merr)?;
        }
        Ok(())
    }

    /// Sets the real server with this id (`present: 0` empties the slot).
    pub fn set_backend(&mut self, id: u32, be: &Backend) -> Result<(), Error> {
        let berr = |source| Error::Map {
            map: "backends",
            source,
        };
        let mut a: Array<&mut MapData, Backend> = self.map_mut("backends")?;
        let old = a.get(&id, 0).map_err(berr)?;
        a.set(id, be, 0).map_err(berr)?;
        // IPVS clears a real's overload flag when an edit removes or raises
        // its upper threshold (__ip_vs_update_dest). The write races with the
        // program's count updates as a recount does; it is rare (a marked
        // real edited so), and the next recount puts a lost update right.
        if be.upper_threshold == 0 || be.upper_threshold > old.upper_threshold {
            let merr = |source| Error::Map {
                map: "conn_counts",
                source,
            };
            let mut c: Array<&mut MapData, ConnCount> = self.map_mut("conn_counts")?;
            let count = c.get(&id, 0).map_err(merr)?;
            if count.overloaded != 0 {
                let cleared = ConnCount {
                    overloaded: 0,
                    ..count
                };
                c.set(id, cleared, 0).map_err(merr)?;
            }
        }
        Ok(())
    }

    /// Writes backend ids into ring slots `start..start + slots.len()`.
    pub fn set_ring(&mut self, start: u32, slots: &[u32]) -> Result<(), Error> {
        let end = u64::from(start) + slots.len() as u64;
        if end > u64::from(self.ring_capacity) {
            return Err(Error::RingOverflow {
                start,
                end,
                capacity: self.ring_capacity,
            });
        }
        let mut a: Array<&mut MapData, u32> = self.map_mut("ring")?;
        for (slot, be) in (start..).zip(slots) {
            a.set(slot, be, 0).map_err(|source| Error::Map {
                map: "ring",
                source,
            })?;
        }
        Ok(())
    }

    /// Verdict counters by reason, summed over CPUs.
    pub fn reasons(&self) -> Result<Vec<(Reason, Counter)>, Error> {
        let a: PerCpuArray<&MapData, Counter> = self.map("reasons")?;
        Reason::ALL
            .iter()
            .map(|r| {
                let v = a.get(&(*r as u32), 0).map_err(|source| Error::Map {
                    map: "reasons",
                    source,
                })?;
                let sum = v.iter().fold(Counter::default(), |s, c| Counter {
                    packets: s.packets + c.packets,
                    bytes: s.bytes + c.bytes,
                });
                Ok((*r, sum))
            })
            .collect()
    }

    /// Zeroes the reason, connection table, service and backend counters, as
    /// `ipvsadm -Z`.
    pub fn zero_counters(&mut self) -> Result<(), Error> {
        let cpus = aya::util::nr_cpus().map_err(|(_, source)| Error::Cpus(source))?;
        self.zero::<Counter>("reasons", cpus)?;
        self.zero::<u64>("flow_stats", cpus)?;
        self.zero::<Stats>("service_stats", cpus)?;
        self.zero::<Stats>("backend_stats", cpus)
    }

    /// Zeroes the counters of one service id, for a service that takes it over.
    pub fn zero_service_stats(&mut self, id: u32) -> Result<(), Error> {
        self.zero_one("service_stats", id)
    }

    /// Zeroes the counters of one backend id, for a real that takes it over.
    /// Its connection counts start from zero too.
    pub fn zero_backend_stats(&mut self, id: u32) -> Result<(), Error> {
        self.zero_one("backend_stats", id)?;
        let mut a: Array<&mut MapData, ConnCount> = self.map_mut("conn_counts")?;
        a.set(id, ConnCount::default(), 0)
            .map_err(|source| Error::Map {
                map: "conn_counts",
                source,
            })
    }

    fn zero_one(&mut self, name: &'static str, id: u32) -> Result<(), Error> {
        let cpus = aya::util::nr_cpus().map_err(|(_, source)| Error::Cpus(source))?;
        let zeros = PerCpuValues::try_from(vec![Stats::default(); cpus]).map_err(Error::Cpus)?;
        let mut a: PerCpuArray<&mut MapData, Stats> = self.map_mut(name)?;
        a.set(id, zeros, 0)
            .map_err(|source| Error::Map { map: name, source })
    }

    fn zero<V: aya::Pod + Default + Clone>(
        &mut self,
        name: &'static str,
        cpus: usize,
    ) -> Result<(), Error> {
        let merr = |source| Error::Map { map: name, source };
        let mut a: PerCpuArray<&mut MapData, V> = self.map_mut(name)?;
        for i in 0..a.len() {
            let zeros = PerCpuValues::try_from(vec![V::default(); cpus]).map_err(Error::Cpus)?;
            a.set(i, zeros, 0).map_err(merr)?;
        }
        Ok(())
    }

    /// Traffic of one service id, summed over CPUs.
    pub fn service_stats(&self, id: u32) -> Result<Stats, Error> {
        self.stats("service_stats", id)
    }

    /// Traffic of one backend id, summed over CPUs.
    pub fn backend_stats(&self, id: u32) -> Result<Stats, Error> {
        self.stats("backend_stats", id)
    }

    fn stats(&self, name: &'static str, id: u32) -> Result<Stats, Error> {
        let a: PerCpuArray<&MapData, Stats> = self.map(name)?;
        let v = a
            .get(&id, 0)
            .map_err(|source| Error::Map { map: name, source })?;
        Ok(v.iter().fold(Stats::default(), |s, c| Stats {
            conns: s.conns + c.conns,
            packets_in: s.packets_in + c.packets_in,
            bytes_in: s.bytes_in + c.bytes_in,
            packets_out: s.packets_out + c.packets_out,
            bytes_out: s.bytes_out + c.bytes_out,
        }))
    }

    /// The connection table: every flow it holds, live or expired.
    pub fn connections(&self) -> Result<Vec<(FlowKey, Flow)>, Error> {
        let merr = |source| Error::Map {
            map: "flows",
            source,
        };
        let a: Array<&MapData, FlowBucket> = self.map("flows")?;
        let mut out = Vec::new();
        for i in 0..a.len() {
            // A bucket read while the program held it is read again; one
            // that stays held is taken as read last. (A change that starts
            // during the copy goes unseen: this is a listing, not a lookup.)
            let mut bucket = a.get(&i, 0).map_err(merr)?;
            for _ in 0..3 {
                if !bucket.changing() {
                    break;
                }
                bucket = a.get(&i, 0).map_err(merr)?;
            }
            out.extend(bucket.flows());
        }
        Ok(out)
    }

    /// How many connections the table is sized for (two slots each), as
    /// [`Options::flows`] asked when it was created.
    pub fn flow_capacity(&self) -> u32 {
        flow_table::flows_in(self.flow_buckets)
    }

    /// The connection table's counters, summed over CPUs.
    pub fn flow_stats(&self) -> Result<FlowStats, Error> {
        let a: PerCpuArray<&MapData, u64> = self.map("flow_stats")?;
        let get = |s: FlowStat| -> Result<u64, Error> {
            let v = a.get(&(s as u32), 0).map_err(|source| Error::Map {
                map: "flow_stats",
                source,
            })?;
            Ok(v.iter().sum())
        };
        Ok(FlowStats {
            evicted: get(FlowStat::Evicted)?,
            busy: get(FlowStat::Busy)?,
            swept: get(FlowStat::Swept)?,
            sweeps: get(FlowStat::Sweeps)?,
            sweep_ns: get(FlowStat::SweepNs)?,
        })
    }

    /// The live connections now, as `ipvsadm -Lnc` lists them.
    pub fn live_connections(&self) -> Result<Vec<Connection>, Error> {
        let flows = self.connections()?;
        let cfg = self.config()?;
        Ok(conns::live(&flows, &cfg, bpf_now_ns()?))
    }

    /// The live connection counts of backend `id` as the schedulers see them.
    pub fn conn_count(&self, id: u32) -> Result<ConnCount, Error> {
        let a: Array<&MapData, ConnCount> = self.map("conn_counts")?;
        a.get(&id, 0).map_err(|source| Error::Map {
            map: "conn_counts",
            source,
        })
    }

    /// Recounts the live connections of backends `ids` from the connection
    /// table and writes the counts the schedulers read. The program and its
    /// sweeper keep them as flows start, change state, expire and are
    /// evicted; this corrects what races between CPUs left behind (a flow
    /// changing state as another CPU evicts it). A flow that starts or
    /// changes state between the read and the write is miscounted until the
    /// next recount, so do not run it as a matter of course. The overload
    /// flag follows the recounted numbers, with IPVS's hysteresis (a flag
    /// set stays until the count is below the lower threshold).
    pub fn recount_connections(&mut self, ids: impl IntoIterator<Item = u32>) -> Result<(), Error> {
        let counts = conns::counts(&self.live_connections()?);
        let backends: Array<&MapData, Backend> = self.map("backends")?;
        let berr = |source| Error::Map {
            map: "backends",
            source,
        };
        let thresholds: Vec<(u32, (u32, u32))> = ids
            .into_iter()
            .map(|id| {
                let b = backends.get(&id, 0).map_err(berr)?;
                Ok((id, (b.upper_threshold, b.lower_threshold)))
            })
            .collect::<Result<_, Error>>()?;
        let merr = |source| Error::Map {
            map: "conn_counts",
            source,
        };
        let mut a: Array<&mut MapData, ConnCount> = self.map_mut("conn_counts")?;
        for (id, (upper, lower)) in thresholds {
            let (active, inactive) = counts.get(&id).copied().unwrap_or((0, 0));
            let before = a.get(&id, 0).map_err(merr)?;
            let overloaded =
                overload::overloaded(before.overloaded != 0, active + inactive, upper, lower);
            let want = ConnCount {
                active: i32::try_from(active).unwrap_or(i32::MAX),
                inactive: i32::try_from(inactive).unwrap_or(i32::MAX),
                overloaded: u32::from(overloaded),
                pad: 0,
            };
            if before != want {
                a.set(id, want, 0).map_err(merr)?;
            }
        }
        Ok(())
    }

    /// The NAT reverse mappings, keyed by the reply's flow.
    pub fn nat_reverse(&self) -> Result<Vec<(FlowKey, NatReverse)>, Error> {
        let m: HashMap<&MapData, FlowKey, NatReverse> = self.map("nat_flows")?;
        m.iter()
            .map(|e| {
                e.map_err(|source| Error::Map {
                    map: "nat_flows",
                    source,
                })
            })
            .collect()
    }

    /// Forgets one NAT reverse mapping.
    pub fn remove_nat_reverse(&mut self, key: &FlowKey) -> Result<(), Error> {
        let mut m: HashMap<&mut MapData, FlowKey, NatReverse> = self.map_mut("nat_flows")?;
        m.remove(key).map_err(|source| Error::Map {
            map: "nat_flows",
            source,
        })
    }

    /// Runs one packet through a program with `BPF_PROG_TEST_RUN` (once: a
    /// repeat would feed the rewritten packet back in).
    pub fn test_run(&self, prog: Prog, packet: &[u8]) -> Result<RunResult, Error> {
        // Room for the largest encapsulation the program adds.
        let mut out = vec![0u8; packet.len() + 256];
        let r = self
            .xdp(prog)?
            .test_run(TestRunOptions {
                data_in: Some(packet),
                data_out: Some(&mut out),
                repeat: 1,
                ..TestRunOptions::default()
            })
            .map_err(|source| Error::Program {
                program: prog.name(),
                source,
            })?;
        out.truncate(r.data_size_out as usize);
        Ok(RunResult {
            action: r.return_value,
            packet: out,
            duration: r.duration,
        })
    }

    /// Attaches a program to an interface of the calling thread's network
    /// namespace. With a pin directory the link is pinned there, so that it
    /// outlives this process, and a link already pinned for this program and
    /// interface is adopted: its program is replaced atomically.
    pub fn attach(&mut self, prog: Prog, ifname: &str, mode: XdpMode) -> Result<(), Error> {
        let program = prog.name();
        let perr = |source| Error::Program { program, source };
        let Some(path) = self.link_path(prog, ifname) else {
            let id = self.xdp_mut(prog)?.attach(ifname, mode).map_err(perr)?;
            self.links.insert((prog, ifname.to_owned()), id);
            return Ok(());
        };
        if let Some(id) = pinned_link::attach(self.xdp_mut(prog)?, program, ifname, mode, &path)? {
            self.links.insert((prog, ifname.to_owned()), id);
        }
        Ok(())
    }

    /// Detaches a program from an interface (and removes its pinned link).
    pub fn detach(&mut self, prog: Prog, ifname: &str) -> Result<(), Error> {
        let program = prog.name();
        if let Some(id) = self.links.remove(&(prog, ifname.to_owned())) {
            self.xdp_mut(prog)?
                .detach(id)
                .map_err(|source| Error::Program { program, source })?;
        }
        match self.link_path(prog, ifname) {
            Some(path) => pinned_link::unpin(&path),
            None => Ok(()),
        }
    }

    fn link_path(&self, prog: Prog, ifname: &str) -> Option<PathBuf> {
        let dir = self.pin_dir.as_ref()?;
        Some(dir.join(format!("link-{}-{ifname}", prog.name())))
    }
}

/// The clock of `bpf_ktime_get_coarse_ns()`, which stamps flows: cheaper than
/// `bpf_ktime_get_ns()` in the program, and a tick (a few ms) is plenty for
/// timeouts counted in seconds.
pub fn bpf_now_ns() -> Result<u64, Error> {
    let t = nix::time::clock_gettime(nix::time::ClockId::CLOCK_MONOTONIC_COARSE)
        .map_err(Error::Clock)?;
    // CLOCK_MONOTONIC_COARSE is never negative.
    Ok(t.tv_sec() as u64 * 1_000_000_000 + t.tv_nsec() as u64)
}

/// Random odd multipliers from the kernel's random source.
fn random_flow_keys() -> Result<FlowKeys, Error> {
    use std::io::Read;
    let mut bytes = [0u8; 8 * crate::abi::FLOW_KEY_WORDS];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(Error::Random)?;
    let mut keys = FlowKeys::default();
    for (m, b) in keys.m.iter_mut().zip(bytes.chunks_exact(8)) {
        let mut w = [0u8; 8];
        w.copy_from_slice(b);
        *m = u64::from_ne_bytes(w) | 1;
    }
    Ok(keys)
}
