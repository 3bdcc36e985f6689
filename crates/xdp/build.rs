//! Compiles every `bpf/*.bpf.c` into `$OUT_DIR/<name>.bpf.o` with clang.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bpf = Path::new("bpf");
    println!("cargo:rerun-if-changed=bpf");
    println!("cargo:rerun-if-env-changed=CLANG");
    let entries = fs::read_dir(bpf).expect("crates/xdp/bpf is readable");
    for entry in entries {
        let path = entry.expect("crates/xdp/bpf is listable").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        println!("cargo:rerun-if-changed={}", path.display());
        let Some(stem) = name.strip_suffix(".bpf.c") else {
            continue;
        };
        compile(&path, &out.join(format!("{stem}.bpf.o")));
    }
}

fn compile(src: &Path, obj: &Path) {
    let clang = env::var("CLANG").unwrap_or_else(|_| "clang".to_owned());
    let status = Command::new(&clang)
        .args(["-O2", "-g", "-target", "bpf", "-Wall", "-Werror"])
        // Debian's multiarch include dir; without it <gnu/stubs-32.h> is missing.
        .arg("-I/usr/include/x86_64-linux-gnu")
        .arg("-c")
        .arg(src)
        .arg("-o")
        .arg(obj)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => panic!("{clang} failed on {} ({s})", src.display()),
        Err(e) => panic!(
            "cannot run `{clang}` to build the BPF programs ({e}); \
             install clang and libbpf-dev (apt-get install clang libbpf-dev) or set CLANG"
        ),
    }
}
