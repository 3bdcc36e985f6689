//! A private bpffs mount, so that what a test pins never lands in the host's
//! /sys/fs/bpf (each bpffs mount is a separate instance).

use crate::run::{require, run_with_timeout};
use crate::Error;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const MOUNT_TIMEOUT: Duration = Duration::from_secs(10);

/// A bpffs mounted at `$TMPDIR/rvs-t-<pid>-<tag>-bpffs`; unmounted (dropping all
/// it pins) and removed on drop.
#[derive(Debug)]
pub struct Bpffs {
    root: PathBuf,
}

impl Bpffs {
    /// `tag` must be unique among the mounts alive in this process.
    pub fn mount(tag: &str) -> Result<Bpffs, Error> {
        require()?;
        let root = std::env::temp_dir().join(format!(
            "{}{}-{tag}-bpffs",
            crate::PREFIX,
            std::process::id()
        ));
        std::fs::create_dir_all(&root).map_err(|source| Error::Io {
            what: format!("creating {}", root.display()),
            source,
        })?;
        let out = run_with_timeout(
            Command::new("mount").args(["-t", "bpf", "bpf"]).arg(&root),
            MOUNT_TIMEOUT,
        )?;
        if !out.success() {
            let _ = std::fs::remove_dir(&root);
            return Err(Error::Failed {
                what: format!(
                    "mounting a bpffs (kernel with CONFIG_BPF_SYSCALL) on {}",
                    root.display()
                ),
                status: out.status,
                stderr: out.stderr.trim_end().to_owned(),
            });
        }
        Ok(Bpffs { root })
    }

    /// The mount point.
    pub fn path(&self) -> &Path {
        &self.root
    }
}

impl Drop for Bpffs {
    fn drop(&mut self) {
        let unmounted = Command::new("umount").arg(&self.root).status();
        if !matches!(unmounted, Ok(s) if s.success()) {
            eprintln!("netlab: could not unmount {}", self.root.display());
        }
        let _ = std::fs::remove_dir(&self.root);
    }
}
