//! The programs must load and balance on Debian 12's stock kernel (6.1),
//! whose verifier is older and stricter than the build machine's: this runs
//! a fixture of this test binary inside `shared/vm/ipvs-vm` (found beside
//! the repository, or at $RVS_IPVS_VM). Needs root, BPF and that VM's
//! packages (qemu-system-x86 busybox-static cpio kmod ipvsadm).

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::*;
use rvs_xdp::abi::{Method, Reason, Sched};
use rvs_xdp::Prog;

/// Loads every program and forwards one DR packet; run here and in the VM.
#[test]
fn loads_and_forwards_one_packet() {
    let mut b = open();
    backend(&mut b, 0, sa("198.18.1.1:0").ip(), 0, RS_A, Method::Dr);
    service(&mut b, 0, sa("198.18.0.100:80"), TCP, Sched::Walk, 0, &[0]);
    let syn = pkt(
        CLIENT_HOP,
        DIRECTOR,
        sa("198.19.0.1:40000"),
        sa("198.18.0.100:80"),
        Kind::Syn,
    );
    run(
        &b,
        &[Case {
            what: "a SYN goes to the real server",
            prog: Prog::Balancer,
            output: with_macs(&syn, DIRECTOR, RS_A),
            input: syn,
            action: XDP_TX,
            reason: Reason::TxDr,
            counts: Counts::In {
                backend: 0,
                new_conn: true,
            },
        }],
    );
}

fn ipvs_vm() -> PathBuf {
    std::env::var_os("RVS_IPVS_VM").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vm/ipvs-vm"),
        PathBuf::from,
    )
}

#[test]
fn the_debian_stock_kernel_accepts_the_programs() {
    let vm = ipvs_vm();
    assert!(
        vm.exists(),
        "{} is missing: set RVS_IPVS_VM to shared/vm/ipvs-vm",
        vm.display()
    );
    let exe = std::env::current_exe().expect("this test binary's path");
    let script = std::env::temp_dir().join(format!("rvs-t-{}-stock-kernel.sh", std::process::id()));
    std::fs::write(
        &script,
        format!(
            "uname -r\n{} --exact loads_and_forwards_one_packet --test-threads=1\n",
            exe.display()
        ),
    )
    .expect("writing the guest script");
    let out = Command::new(&vm)
        .args(["--timeout", "120", "--add"])
        .arg(&exe)
        .arg(&script)
        .output();
    let _ = std::fs::remove_file(&script);
    let out = out.unwrap_or_else(|e| panic!("running {}: {e}", vm.display()));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && text.contains("1 passed"),
        "the fixture failed on the VM's kernel:\n{text}"
    );
}
