//! `rvs apply` (ipvsadm-restore from keepalived.conf) and `rvs ls` (ipvsadm -Ln).

use anyhow::{bail, Context};
use rvs_lb::{reconcile, Dataplane, Forwarding, Table};
use rvs_xdp::abi::addr_words;
use rvs_xdp::dataplane::{Ids, NextHop, XdpDataplane};
use rvs_xdp::{Balancer, Options, Prog, XdpMode};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::ConfigArgs;
use crate::{ipvsadm, neigh, rates, table};

/// Where an instance keeps its pinned maps and what it applied.
#[derive(Debug, clap::Args)]
pub struct PlaneArgs {
    /// Name of this data plane; several can run side by side.
    #[arg(long, default_value = "default")]
    pub instance: String,
    /// The bpffs mount the maps and the XDP link are pinned under (in `rvs/INSTANCE`).
    #[arg(long, default_value = "/sys/fs/bpf")]
    pub bpffs: PathBuf,
    /// Directory for the applied table (`INSTANCE.json`): the maps cannot say which
    /// scheduler or weight made a ring.
    #[arg(long, default_value = "/run/rvs")]
    pub state_dir: PathBuf,
    /// Connections the XDP connection table holds (144 bytes each; IPVS's table is
    /// unbounded). Set when the table is created: a pinned table keeps its size
    /// (`rvs clear` first to change it).
    #[arg(long, default_value_t = 65536,
          value_parser = clap::value_parser!(u32).range(1024..=16_777_216))]
    pub flows: u32,
}

impl PlaneArgs {
    fn options(&self) -> Options {
        Options {
            pin_dir: Some(self.pin_dir()),
            flows: self.flows,
            ..Options::default()
        }
    }

    fn pin_dir(&self) -> PathBuf {
        self.bpffs.join("rvs").join(&self.instance)
    }

    fn state_file(&self) -> PathBuf {
        self.state_dir.join(format!("{}.json", self.instance))
    }
}

/// Where the XDP program runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// In the driver where it can run there, else generic; generic on a veth.
    Auto,
    Native,
    Generic,
}

impl Mode {
    /// The mode for `dev`, whose link kind (`ip -d link`) is `kind`. On a veth,
    /// native XDP drops what the balancer sends back out (XDP_TX) unless the
    /// veth's peer, often in another namespace, runs an XDP program too; generic
    /// XDP needs nothing there, and measured faster on veth (BENCHMARKS.md).
    fn xdp(self, kind: Option<&str>) -> XdpMode {
        match (self, kind) {
            (Mode::Auto, Some("veth")) | (Mode::Generic, _) => XdpMode::Skb,
            (Mode::Auto, _) => XdpMode::Default,
            (Mode::Native, _) => XdpMode::Driver,
        }
    }
}

/// What `rvs apply` leaves for the next `apply` and for `ls`.
#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    table: Table,
    ids: Ids,
}

fn read_state(path: &Path) -> anyhow::Result<Option<State>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(
            serde_json::from_slice(&bytes)
                .with_context(|| format!("reading {}", path.display()))?,
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

fn write_state(path: &Path, state: &State) -> anyhow::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, serde_json::to_vec(state)?)
        .with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))
}

fn open(
    plane: &PlaneArgs,
    state: State,
    hops: BTreeMap<IpAddr, NextHop>,
) -> anyhow::Result<XdpDataplane> {
    let opts = plane.options();
    let b = Balancer::open(&opts).context("loading the XDP programs (needs root with BPF)")?;
    Ok(XdpDataplane::with_state(
        b,
        &opts,
        Box::new(move |a| hops.get(&a).copied()),
        state.table,
        state.ids,
    ))
}

/// Where and how the data plane runs: what `rvs apply` and `rvs run -C` share.
#[derive(Debug, clap::Args)]
pub struct DataplaneArgs {
    /// Attach the balancer to this interface.
    #[arg(long)]
    pub dev: Option<String>,
    /// For NAT: the interface facing the real servers, where their replies get
    /// the VIP back.
    #[arg(long)]
    pub nat_dev: Option<String>,
    /// XDP in the driver (fast; needs driver support), generic (any interface), or
    /// auto: in the driver where it can run there, generic on a veth.
    #[arg(long, value_enum, default_value = "auto")]
    pub xdp_mode: Mode,
    #[command(flatten)]
    pub plane: PlaneArgs,
}

/// The data plane of `plane`, adopting what is pinned and the table saved with it.
pub fn open_for_apply(
    plane: &PlaneArgs,
    hops: BTreeMap<IpAddr, NextHop>,
) -> anyhow::Result<XdpDataplane> {
    let state = read_state(&plane.state_file())?.unwrap_or_default();
    open(plane, state, hops)
}

/// The address of every real server of `table`, once each.
pub fn real_addresses(table: &Table) -> BTreeSet<IpAddr> {
    table
        .services()
        .values()
        .flat_map(|s| s.reals.keys().map(|r| r.addr))
        .collect()
}

/// Records what the data plane holds, for the next `apply`, `run` and `ls`.
pub fn save(plane: &PlaneArgs, table: &Table, dp: &XdpDataplane) -> anyhow::Result<()> {
    write_state(
        &plane.state_file(),
        &State {
            table: table.clone(),
            ids: dp.ids().clone(),
        },
    )
}

/// Attaches the balancer (and the NAT reply program) to the interfaces named.
pub fn attach(dp: &mut XdpDataplane, args: &DataplaneArgs) -> anyhow::Result<()> {
    let netlink = rvs_vrrp::io::Netlink::open()?;
    for (prog, dev) in [(Prog::Balancer, &args.dev), (Prog::Unnat, &args.nat_dev)] {
        if let Some(dev) = dev {
            let kind = netlink
                .link_kind(dev)
                .with_context(|| format!("looking at {dev}"))?;
            let mode = args.xdp_mode.xdp(kind.as_deref());
            if args.xdp_mode == Mode::Auto && mode == XdpMode::Skb {
                eprintln!(
                    "rvs: {dev} is a veth: XDP in generic mode (native XDP on a veth needs \
                     XDP on its peer too; --xdp-mode native to insist)"
                );
            }
            dp.balancer_mut()
                .attach(prog, dev, mode)
                .with_context(|| format!("attaching XDP to {dev}"))?;
        }
    }
    Ok(())
}

/// Programs the data plane with the configuration's virtual servers and all their
/// real servers (no health checks), and attaches it.
pub fn apply(config: &ConfigArgs, args: &DataplaneArgs) -> anyhow::Result<ExitCode> {
    let loaded = super::config_cmds::load(config);
    eprint!("{}", loaded.render_diagnostics());
    if loaded.has_errors() {
        return Ok(ExitCode::from(1));
    }
    let desired = table::from_config(&loaded.config.lvs)?;
    let reals = real_addresses(&desired);
    let hops = neigh::resolve(&Vec::from_iter(reals), args.dev.as_deref());
    let mut dp = open_for_apply(&args.plane, hops)?;
    if let Some(dev) = &args.dev {
        tunnel_settings(dp.balancer_mut(), &desired, dev)?;
    }
    let changes = reconcile(&mut dp, &desired).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    save(&args.plane, &desired, &dp)?;
    attach(&mut dp, args)?;
    eprintln!("rvs: {} change(s) applied", changes.len());
    Ok(ExitCode::SUCCESS)
}

/// The tunnels' outer source addresses (the one the kernel would send from to the
/// first TUN real of each family) and the MTU checked before encapsulating
/// (`dev`'s). Without them tunneled packets would leave from 0.0.0.0, which a real
/// server's kernel drops as a martian, and full-size ones would be lost instead
/// of answered with "fragmentation needed".
pub fn tunnel_settings(b: &mut Balancer, table: &Table, dev: &str) -> anyhow::Result<()> {
    let mut cfg = b.config()?;
    let (mut src4, mut src6) = (None, None);
    let tunneled = table
        .services()
        .values()
        .flat_map(|s| s.reals.iter())
        .filter(|(_, r)| matches!(r.forwarding, Forwarding::Tun { .. }))
        .map(|(k, _)| k.addr);
    for real in tunneled {
        let slot = if real.is_ipv4() { &mut src4 } else { &mut src6 };
        if slot.is_none() {
            *slot = Some(source_towards(real).with_context(|| {
                format!("finding the source address towards tunnel real {real}")
            })?);
        }
    }
    cfg.tun_src4 = src4.map_or(0, |a| addr_words(a).0[0]);
    cfg.tun_src6 = src6.map_or([0; 4], |a| addr_words(a).0);
    let path = Path::new("/sys/class/net").join(dev).join("mtu");
    let mtu =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    cfg.mtu = mtu
        .trim()
        .parse()
        .with_context(|| format!("{}: {mtu:?} is no MTU", path.display()))?;
    b.set_config(&cfg)?;
    Ok(())
}

/// The local address the kernel's routing picks to reach `addr` (a connected UDP
/// socket sends nothing).
fn source_towards(addr: IpAddr) -> std::io::Result<IpAddr> {
    let any: IpAddr = if addr.is_ipv4() {
        Ipv4Addr::UNSPECIFIED.into()
    } else {
        Ipv6Addr::UNSPECIFIED.into()
    };
    let s = UdpSocket::bind((any, 0))?;
    s.connect((addr, 9))?;
    Ok(s.local_addr()?.ip())
}

/// What `rvs ls` prints.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LsView {
    Table,
    Stats,
    /// Rates over this sampling interval.
    Rate(std::time::Duration),
    Connections,
}

/// Prints what `rvs apply` programmed, with counters, rates or connections.
pub fn ls(plane: &PlaneArgs, view: LsView, json: bool) -> anyhow::Result<ExitCode> {
    let Some(state) = read_state(&plane.state_file())? else {
        bail!(
            "nothing applied for instance {} ({} is missing)",
            plane.instance,
            plane.state_file().display()
        );
    };
    let dp = open(plane, state, BTreeMap::new())?;
    // The pinned table's own size, whatever --flows says now.
    let size = dp.balancer().flow_capacity();
    let mut out = std::io::stdout().lock();
    if view == LsView::Connections {
        let c = dp.connections()?;
        if json {
            serde_json::to_writer_pretty(&mut out, &c)?;
            writeln!(out)?;
        } else {
            out.write_all(ipvsadm::connections(&c).as_bytes())?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let table = dp.table()?;
    let mut st = dp.stats()?;
    let flow_table = dp.balancer().flow_stats()?;
    let listing = match view {
        LsView::Rate(interval) => {
            let start = std::time::Instant::now();
            std::thread::sleep(interval);
            let later = dp.stats()?;
            st = rates::per_second(&st, &later, start.elapsed());
            ipvsadm::View::Rate
        }
        LsView::Stats => ipvsadm::View::Stats,
        LsView::Table | LsView::Connections => ipvsadm::View::Table,
    };
    if json {
        serde_json::to_writer_pretty(
            &mut out,
            &match listing {
                ipvsadm::View::Rate => serde_json::json!({ "table": table, "rates": st }),
                ipvsadm::View::Stats => {
                    serde_json::json!({ "table": table, "stats": st, "flow_table": flow_table })
                }
                ipvsadm::View::Table => serde_json::json!({ "table": table, "stats": st }),
            },
        )?;
        writeln!(out)?;
    } else {
        out.write_all(ipvsadm::list(&table, &st, size, listing).as_bytes())?;
        // Standard output stays ipvsadm's, for the scripts that parse it; what IPVS's
        // unbounded table never does is said on standard error, when it happened.
        if flow_table.evicted + flow_table.busy > 0 {
            eprintln!(
                "rvs: the XDP connection table evicted {} flows (bucket full) and did not \
                 record {} (bucket busy); a larger table (--flows) keeps them",
                flow_table.evicted, flow_table.busy
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `rvs clear`: removes the instance's pins and state.
pub fn clear_cmd(plane: &PlaneArgs) -> anyhow::Result<ExitCode> {
    let (pins, had_state) = clear(plane)?;
    if pins == 0 && !had_state {
        eprintln!("rvs: nothing applied for instance {}", plane.instance);
    } else {
        eprintln!(
            "rvs: instance {} cleared ({pins} pin(s) removed)",
            plane.instance
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Removes the instance's pins and state: how many pins there were, and whether a
/// table was saved. Unpinning is enough: a link or map that nothing else holds is
/// freed by the kernel, which detaches the program.
pub fn clear(plane: &PlaneArgs) -> anyhow::Result<(usize, bool)> {
    let dir = plane.pin_dir();
    let mut removed = 0;
    match std::fs::read_dir(&dir) {
        Ok(entries) => {
            for e in entries {
                let path = e
                    .with_context(|| format!("listing {}", dir.display()))?
                    .path();
                std::fs::remove_file(&path)
                    .with_context(|| format!("removing {}", path.display()))?;
                removed += 1;
            }
            std::fs::remove_dir(&dir).with_context(|| format!("removing {}", dir.display()))?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e).with_context(|| format!("listing {}", dir.display())),
    }
    let state = plane.state_file();
    let had_state = match std::fs::remove_file(&state) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => return Err(e).with_context(|| format!("removing {}", state.display())),
    };
    Ok((removed, had_state))
}

#[cfg(test)]
mod tests {
    use super::{source_towards, Mode, XdpMode};
    use std::net::{IpAddr, Ipv4Addr};

    #[test]
    fn auto_is_generic_on_a_veth_and_the_kernels_choice_elsewhere() {
        assert_eq!(Mode::Auto.xdp(Some("veth")), XdpMode::Skb);
        assert_eq!(Mode::Auto.xdp(None), XdpMode::Default);
        assert_eq!(Mode::Auto.xdp(Some("macvlan")), XdpMode::Default);
        assert_eq!(Mode::Native.xdp(Some("veth")), XdpMode::Driver);
        assert_eq!(Mode::Generic.xdp(None), XdpMode::Skb);
    }

    #[test]
    fn the_source_towards_a_local_address_is_that_address() {
        let lo = IpAddr::from(Ipv4Addr::LOCALHOST);
        assert_eq!(source_towards(lo).ok(), Some(lo));
    }
}
