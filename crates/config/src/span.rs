//! Where a piece of configuration text came from: file, line, column.

use std::path::{Path, PathBuf};

/// Index of a file in a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A place in a source file. Lines and columns count from 1; `len` is in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub file: FileId,
    pub line: u32,
    pub col: u32,
    pub len: u32,
}

impl Span {
    pub fn new(file: FileId, line: u32, col: u32, len: u32) -> Self {
        Span {
            file,
            line,
            col,
            len,
        }
    }
}

/// Every file read while loading a configuration, so that diagnostics can say
/// where and quote the offending line.
///
/// Files on disk are not kept in memory (a large configuration would double
/// the memory a check needs): a file a diagnostic quotes is read again, once,
/// when it is rendered. Text that never was a file is kept.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

#[derive(Debug, Clone)]
struct SourceFile {
    path: PathBuf,
    /// Held text, or a file's text read on the first diagnostic that quotes it.
    text: std::cell::OnceCell<String>,
}

impl SourceMap {
    /// A file on disk, read again (once) when a diagnostic quotes it.
    pub fn add_file(&mut self, path: &Path) -> FileId {
        self.push(path, std::cell::OnceCell::new())
    }

    /// Text held in memory under a name.
    pub fn add_text(&mut self, path: &Path, text: String) -> FileId {
        self.push(path, std::cell::OnceCell::from(text))
    }

    fn push(&mut self, path: &Path, text: std::cell::OnceCell<String>) -> FileId {
        self.files.push(SourceFile {
            path: path.to_path_buf(),
            text,
        });
        FileId(self.files.len() as u32 - 1)
    }

    pub fn path(&self, id: FileId) -> &Path {
        self.files
            .get(id.0 as usize)
            .map(|f| f.path.as_path())
            .unwrap_or(Path::new("<unknown>"))
    }

    /// The text of line `line` (1-based) of `id`, without its newline.
    pub fn line_text(&self, id: FileId, line: u32) -> Option<&str> {
        let f = self.files.get(id.0 as usize)?;
        let text = f.text.get_or_init(|| {
            std::fs::read(&f.path)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default()
        });
        text.lines().nth(line.checked_sub(1)? as usize)
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}
