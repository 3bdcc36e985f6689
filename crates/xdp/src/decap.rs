//! The real-server decapsulator for TUN with GUE (`bpf/decap.bpf.c`): strips
//! IPIP, IP6IP6 and, on one UDP port, IP + UDP + GUE version 0. Its own object,
//! loaded with the port, so a real server carries none of the balancer's maps.
//! Its link is always pinned, so that it outlives the process.

use std::path::{Path, PathBuf};

use aya::maps::{MapData, PerCpuArray};
use aya::programs::{TestRun, TestRunOptions, Xdp, XdpMode};
use aya::{Ebpf, EbpfLoader};

use crate::abi::Counter;
use crate::{pinned_link, Error, RunResult};

/// The compiled `bpf/decap.bpf.c`.
pub static DECAP_OBJECT: &[u8] =
    aya::include_bytes_aligned!(concat!(env!("OUT_DIR"), "/decap.bpf.o"));

const PROGRAM: &str = "rvs_decap_gue";

/// Why a packet left the decapsulator as it did (`enum decap_reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Not a tunnel for this host: passed unchanged.
    PassNotTunnel,
    /// Outer headers stripped, inner packet passed up.
    PassDecap,
    DropMalformed,
    DropAdjust,
}

impl Reason {
    pub const ALL: [Reason; 4] = [
        Reason::PassNotTunnel,
        Reason::PassDecap,
        Reason::DropMalformed,
        Reason::DropAdjust,
    ];
}

/// The loaded decapsulator for one GUE port.
pub struct GueDecap {
    ebpf: Ebpf,
    pin_dir: PathBuf,
}

impl GueDecap {
    /// Loads the program for GUE on UDP port `port`; links go under `pin_dir`.
    pub fn open(port: u16, pin_dir: &Path) -> Result<GueDecap, Error> {
        let port_be = port.to_be();
        let ebpf = EbpfLoader::new()
            .override_global("gue_port", &port_be, true)
            .load(DECAP_OBJECT)
            .map_err(|e| Error::Load(Box::new(e)))?;
        let mut d = GueDecap {
            ebpf,
            pin_dir: pin_dir.to_owned(),
        };
        d.xdp_mut()?.load().map_err(|source| Error::Program {
            program: PROGRAM,
            source,
        })?;
        Ok(d)
    }

    fn xdp_mut(&mut self) -> Result<&mut Xdp, Error> {
        let p = self
            .ebpf
            .program_mut(PROGRAM)
            .ok_or(Error::MissingProgram(PROGRAM))?;
        p.try_into().map_err(|source| Error::Program {
            program: PROGRAM,
            source,
        })
    }

    /// Where the link on `ifname` is pinned under `pin_dir`.
    pub fn link_path(pin_dir: &Path, ifname: &str) -> PathBuf {
        pin_dir.join(format!("link-{PROGRAM}-{ifname}"))
    }

    /// Attaches to an interface of the calling thread's network namespace and
    /// pins the link; a link already pinned there gets this program instead,
    /// atomically.
    pub fn attach(&mut self, ifname: &str, mode: XdpMode) -> Result<(), Error> {
        let path = Self::link_path(&self.pin_dir, ifname);
        if !path.exists() {
            std::fs::create_dir_all(&self.pin_dir).map_err(|source| Error::PinDir {
                path: self.pin_dir.clone(),
                source,
            })?;
        }
        pinned_link::attach(self.xdp_mut()?, PROGRAM, ifname, mode, &path).map(drop)
    }

    /// Detaches the decapsulator pinned for `ifname` under `pin_dir`: the
    /// link goes with its pin. Nothing pinned is nothing to do.
    pub fn detach(pin_dir: &Path, ifname: &str) -> Result<(), Error> {
        pinned_link::unpin(&Self::link_path(pin_dir, ifname))
    }

    /// Verdict counters by reason, summed over CPUs.
    pub fn reasons(&self) -> Result<Vec<(Reason, Counter)>, Error> {
        let name = "decap_reasons";
        let m = self.ebpf.map(name).ok_or(Error::MissingMap(name))?;
        let a: PerCpuArray<&MapData, Counter> =
            PerCpuArray::try_from(m).map_err(|source| Error::Map { map: name, source })?;
        Reason::ALL
            .iter()
            .map(|r| {
                let v = a
                    .get(&(*r as u32), 0)
                    .map_err(|source| Error::Map { map: name, source })?;
                let sum = v.iter().fold(Counter::default(), |s, c| Counter {
                    packets: s.packets + c.packets,
                    bytes: s.bytes + c.bytes,
                });
                Ok((*r, sum))
            })
            .collect()
    }

    /// Runs one packet through the program with `BPF_PROG_TEST_RUN`.
    pub fn test_run(&mut self, packet: &[u8]) -> Result<RunResult, Error> {
        let mut out = vec![0u8; packet.len()];
        let r = self
            .xdp_mut()?
            .test_run(TestRunOptions {
                data_in: Some(packet),
                data_out: Some(&mut out),
                repeat: 1,
                ..TestRunOptions::default()
            })
            .map_err(|source| Error::Program {
                program: PROGRAM,
                source,
            })?;
        out.truncate(r.data_size_out as usize);
        Ok(RunResult {
            action: r.return_value,
            packet: out,
            duration: r.duration,
        })
    }
}
