//! `notify_fifo` and `vrrp_notify_fifo`: one line per event, in keepalived's format
//! (`INSTANCE "VI_1" MASTER 100`, `GROUP "G" BACKUP 0`), in the order the events
//! happened. The drivers hand lines to a writer thread over a channel, so a slow or
//! absent reader never holds up the protocol; as keepalived, the FIFO is created when
//! missing (and removed at exit), opened read-write and non-blocking (a line that does
//! not fit a full pipe is dropped), and the optional `*_notify_fifo_script` is
//! started with the FIFO's path as its last argument, and stopped at exit.

use std::fs::File;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;

use nix::sys::stat::Mode;
use rvs_config::model::global::{GlobalDefs, NotifyFifo};
use rvs_config::model::script::DefaultRunAs;
use rvs_vrrp::State;

use super::notify::Kind;

/// Where the drivers send FIFO lines; cloned into every instance and group.
#[derive(Debug, Clone)]
pub struct FifoTx(Arc<Sender<String>>);

impl PartialEq for FifoTx {
    /// Two handles are equal when they feed the same writer.
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for FifoTx {}

impl FifoTx {
    /// A state transition of an instance or group.
    pub fn state(&self, kind: Kind, name: &str, state: State, priority: u8) {
        if let Some(word) = state_word(state) {
            self.send(kind, name, word, priority);
        }
    }

    /// An instance event that is not a transition (`MASTER_RX_LOWER_PRI`, ...).
    pub fn event(&self, name: &str, word: &str, priority: u8) {
        self.send(Kind::Instance, name, word, priority);
    }

    fn send(&self, kind: Kind, name: &str, word: &str, priority: u8) {
        // The writer outlives every driver; a send cannot fail before `finish`.
        let _ = self.0.send(line(kind, name, word, priority));
    }
}

fn state_word(state: State) -> Option<&'static str> {
    Some(match state {
        State::Master => "MASTER",
        State::Backup => "BACKUP",
        State::Fault => "FAULT",
        State::Stop => "STOP",
        State::Init => return None,
    })
}

/// keepalived's `"%s \"%s\" %s %d\n"`.
pub fn line(kind: Kind, name: &str, word: &str, priority: u8) -> String {
    let kind = match kind {
        Kind::Instance => "INSTANCE",
        Kind::Group => "GROUP",
    };
    format!("{kind} \"{name}\" {word} {priority}\n")
}

#[derive(Debug, thiserror::Error)]
pub enum FifoError {
    #[error("cannot create notify FIFO {path}: {source}")]
    Create { path: String, source: nix::Error },
    #[error("cannot open notify FIFO {path}: {source}")]
    Open {
        path: String,
        source: std::io::Error,
    },
}

/// The open FIFOs and their writer; [`FifoWriter::finish`] after the drivers end.
pub struct FifoWriter {
    tx: FifoTx,
    thread: JoinHandle<()>,
    created: Vec<PathBuf>,
    scripts: Vec<Child>,
}

impl FifoWriter {
    /// Opens `notify_fifo` and `vrrp_notify_fifo` (both get every line); `None`
    /// when neither is configured. Their scripts run as `default_user`.
    pub fn start(
        g: &GlobalDefs,
        default_user: &DefaultRunAs,
    ) -> Result<Option<FifoWriter>, FifoError> {
        let fifos: Vec<&NotifyFifo> = [&g.notify_fifo, &g.vrrp_notify_fifo]
            .into_iter()
            .flatten()
            .collect();
        if fifos.is_empty() {
            return Ok(None);
        }
        let mut created = Vec::new();
        let mut scripts = Vec::new();
        let mut files = Vec::new();
        for f in fifos {
            let path = PathBuf::from(&f.path);
            match nix::unistd::mkfifo(&path, Mode::from_bits_truncate(0o644)) {
                Ok(()) => created.push(path.clone()),
                Err(nix::Error::EEXIST) => {}
                Err(source) => {
                    return Err(FifoError::Create {
                        path: f.path.clone(),
                        source,
                    })
                }
            }
            if let Some(script) = &f.script {
                scripts.extend(start_script(script, &f.path, default_user));
            }
            let file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .custom_flags(nix::libc::O_NONBLOCK | nix::libc::O_NOFOLLOW)
                .open(&path)
                .map_err(|source| FifoError::Open {
                    path: f.path.clone(),
                    source,
                })?;
            files.push(file);
        }
        let (tx, rx) = mpsc::channel();
        let thread = std::thread::spawn(move || write_lines(&rx, &mut files));
        Ok(Some(FifoWriter {
            tx: FifoTx(Arc::new(tx)),
            thread,
            created,
            scripts,
        }))
    }

    pub fn tx(&self) -> FifoTx {
        self.tx.clone()
    }

    /// Writes what is queued, stops the scripts, removes the FIFOs rvs created. Call
    /// once every driver has ended (their handles hold the channel open).
    pub fn finish(self) {
        drop(self.tx);
        let _ = self.thread.join();
        for mut child in self.scripts {
            if let Ok(pid) = i32::try_from(child.id()) {
                let _ = nix::sys::signal::kill(
                    nix::unistd::Pid::from_raw(pid),
                    nix::sys::signal::Signal::SIGTERM,
                );
            }
            let _ = child.wait();
        }
        for path in self.created {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn write_lines(rx: &Receiver<String>, files: &mut [File]) {
    while let Ok(line) = rx.recv() {
        for f in files.iter_mut() {
            // WouldBlock: no reader is draining a full pipe; keepalived drops the line too.
            let _ = f.write_all(line.as_bytes());
        }
    }
}

/// The script's words (split on white space) plus the FIFO's path.
fn start_script(script: &str, fifo: &str, default_user: &DefaultRunAs) -> Option<Child> {
    let mut words = script.split_whitespace();
    let program = words.next()?;
    let Some(run_as) = default_user.run_as() else {
        eprintln!(
            "rvs: notify FIFO script {program} not run: enable_script_security is set and \
             neither script_user nor the user keepalived_script names a user"
        );
        return None;
    };
    let mut cmd = Command::new(program);
    cmd.args(words).arg(fifo).stdin(Stdio::null());
    if let Err(e) = crate::run_as::apply(&mut cmd, &run_as) {
        eprintln!("rvs: notify FIFO script {program} cannot start: {e}");
        return None;
    }
    match cmd.spawn() {
        Ok(child) => Some(child),
        Err(e) => {
            eprintln!("rvs: notify FIFO script {program} cannot start: {e}");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader};

    #[test]
    fn lines_are_in_keepalived_format() {
        assert_eq!(
            line(Kind::Instance, "VI_1", "MASTER", 100),
            "INSTANCE \"VI_1\" MASTER 100\n"
        );
        assert_eq!(
            line(Kind::Group, "G", "BACKUP", 0),
            "GROUP \"G\" BACKUP 0\n"
        );
    }

    #[test]
    fn a_missing_fifo_is_created_fed_in_order_and_removed() {
        let path = std::env::temp_dir().join(format!("rvs-fifo-test-{}", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let g = GlobalDefs {
            vrrp_notify_fifo: Some(NotifyFifo {
                path: path.display().to_string(),
                script: None,
            }),
            ..GlobalDefs::default()
        };
        let w = FifoWriter::start(&g, &DefaultRunAs::Ourselves)
            .expect("fifo opens")
            .expect("configured");
        let reader = File::open(&path).expect("open the FIFO for reading");
        let tx = w.tx();
        tx.state(Kind::Instance, "VI_1", State::Init, 100);
        tx.state(Kind::Instance, "VI_1", State::Backup, 100);
        tx.state(Kind::Group, "G", State::Master, 0);
        tx.event("VI_1", "MASTER_RX_LOWER_PRI", 100);
        drop(tx);
        let mut lines = BufReader::new(reader).lines();
        let mut next = || lines.next().expect("a line").expect("read");
        assert_eq!(next(), "INSTANCE \"VI_1\" BACKUP 100");
        assert_eq!(next(), "GROUP \"G\" MASTER 0");
        assert_eq!(next(), "INSTANCE \"VI_1\" MASTER_RX_LOWER_PRI 100");
        w.finish();
        assert!(!path.exists(), "the FIFO rvs created is removed");
    }

    #[test]
    fn the_fifo_script_gets_the_path_last_and_is_stopped_at_the_end() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("rvs-fifo-script-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let (fifo, script, out) = (dir.join("fifo"), dir.join("s.sh"), dir.join("out"));
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\necho \"$1 $2\" > {0}\nexec cat \"$2\" >> {0}\n",
                out.display()
            ),
        )
        .expect("write script");
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let g = GlobalDefs {
            notify_fifo: Some(NotifyFifo {
                path: fifo.display().to_string(),
                script: Some(format!("{} first", script.display())),
            }),
            ..GlobalDefs::default()
        };
        let w = FifoWriter::start(&g, &DefaultRunAs::Ourselves)
            .expect("fifo opens")
            .expect("configured");
        w.tx().state(Kind::Instance, "VI_1", State::Master, 150);
        let want = format!("first {}\nINSTANCE \"VI_1\" MASTER 150\n", fifo.display());
        let read = || std::fs::read_to_string(&out).unwrap_or_default();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while read() != want && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(read(), want);
        // finish() returns only once the script (blocked in `cat`) has been stopped.
        w.finish();
        let _ = std::fs::remove_dir_all(&dir);
    }
}
