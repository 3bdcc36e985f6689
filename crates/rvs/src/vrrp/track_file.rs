//! `track_file`: a file holding an integer, read as keepalived reads it. keepalived
//! rereads on inotify events; rvs compares the value each driver slice (100 ms),
//! which sees the same writes without a watch per directory.

use std::io::Read;
use std::path::{Path, PathBuf};

use rvs_config::model::vrrp::InitFile;
use rvs_config::Config;
use rvs_vrrp::Input;

use super::plan::Plan;

/// One file an instance tracks, by its `track_file` name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchedFile {
    pub name: String,
    pub path: PathBuf,
}

/// Reports the values of an instance's tracked files when they change.
pub struct FileWatch {
    files: Vec<(WatchedFile, Option<i64>)>,
}

impl FileWatch {
    pub fn new(files: &[WatchedFile]) -> Self {
        FileWatch {
            files: files.iter().map(|f| (f.clone(), None)).collect(),
        }
    }

    /// An input for every file whose value changed since the last call (all of them
    /// on the first).
    pub fn changes(&mut self) -> Vec<Input> {
        let mut out = Vec::new();
        for (f, last) in &mut self.files {
            let value = read_value(&f.path);
            if *last != Some(value) {
                *last = Some(value);
                out.push(Input::File {
                    name: f.name.clone(),
                    value,
                });
            }
        }
        out
    }
}

/// The file's number: keepalived reads at most 127 bytes and takes `strtol(buf,
/// NULL, 0)` of them; a missing, unreadable or non-numeric file counts as 0.
pub fn read_value(path: &Path) -> i64 {
    let mut buf = Vec::with_capacity(127);
    let read = std::fs::File::open(path).and_then(|f| f.take(127).read_to_end(&mut buf));
    match read {
        Ok(_) => strtol(&String::from_utf8_lossy(&buf)),
        Err(_) => 0,
    }
}

/// C's `strtol(s, NULL, 0)`: leading white space, a sign, then `0x` hex, `0` octal
/// or decimal digits up to the first other character; saturates on overflow.
fn strtol(s: &str) -> i64 {
    let s = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.get(..2).map(str::to_ascii_lowercase);
    let (radix, digits) =
        if lower.as_deref() == Some("0x") && s[2..].starts_with(|c: char| c.is_ascii_hexdigit()) {
            (16, &s[2..])
        } else if s.starts_with('0') {
            (8, s)
        } else {
            (10, s)
        };
    let mut value: i64 = 0;
    for d in digits.chars().map_while(|c| c.to_digit(radix)) {
        value = value
            .saturating_mul(i64::from(radix))
            .saturating_add(i64::from(d));
    }
    if negative {
        value.saturating_neg()
    } else {
        value
    }
}

/// `init_file [VALUE] [overwrite]`: write VALUE when the file is missing, or always
/// with `overwrite`, before anything reads it.
pub fn init_file(path: &Path, init: &InitFile) -> std::io::Result<()> {
    if init.overwrite || !path.exists() {
        std::fs::write(path, format!("{}\n", init.value))?;
    }
    Ok(())
}

/// Applies the `init_file` of every tracked file, before any instance reads them;
/// a file that cannot be written is logged and read as it is.
pub fn init_tracked_files(cfg: &Config, plans: &[Plan]) {
    let tracked = |name: &str| plans.iter().any(|p| p.files.iter().any(|f| f.name == name));
    for f in cfg.vrrp.track_files.iter().filter(|f| tracked(&f.name)) {
        if let (Some(path), Some(init)) = (&f.file, &f.init_file) {
            if let Err(e) = init_file(Path::new(path), init) {
                eprintln!("rvs: track_file {}: cannot initialise {path}: {e}", f.name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_parse_as_strtol_base_0_does() {
        assert_eq!(strtol("42\n"), 42);
        assert_eq!(strtol("  -7 apples"), -7);
        assert_eq!(strtol("+3"), 3);
        assert_eq!(strtol("0x1f"), 31);
        assert_eq!(strtol("0X1F"), 31);
        assert_eq!(strtol("017"), 15);
        assert_eq!(strtol("09"), 0, "octal stops at 9");
        assert_eq!(strtol("0x"), 0);
        assert_eq!(strtol(""), 0);
        assert_eq!(strtol("abc"), 0);
        assert_eq!(strtol("99999999999999999999999"), i64::MAX);
        assert_eq!(strtol("-99999999999999999999999"), -i64::MAX);
    }

    #[test]
    fn a_watch_reports_changes_and_a_missing_file_reads_0() {
        let dir = std::env::temp_dir().join(format!("rvs-track-file-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("f");
        std::fs::write(&path, "5\n").expect("write");
        let mut w = FileWatch::new(&[WatchedFile {
            name: "tf".into(),
            path: path.clone(),
        }]);
        let file = |value| Input::File {
            name: "tf".into(),
            value,
        };
        assert_eq!(w.changes(), vec![file(5)]);
        assert_eq!(w.changes(), vec![]);
        std::fs::write(&path, "-2").expect("write");
        assert_eq!(w.changes(), vec![file(-2)]);
        std::fs::remove_file(&path).expect("remove");
        assert_eq!(w.changes(), vec![file(0)]);

        init_file(
            &path,
            &InitFile {
                value: 3,
                overwrite: false,
            },
        )
        .expect("init");
        assert_eq!(read_value(&path), 3, "created when missing");
        std::fs::write(&path, "9").expect("write");
        let keep = InitFile {
            value: 1,
            overwrite: false,
        };
        init_file(&path, &keep).expect("init");
        assert_eq!(read_value(&path), 9, "kept without overwrite");
        let overwrite = InitFile {
            value: 1,
            overwrite: true,
        };
        init_file(&path, &overwrite).expect("init");
        assert_eq!(read_value(&path), 1, "replaced with overwrite");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
