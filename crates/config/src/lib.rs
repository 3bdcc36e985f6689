//! keepalived.conf: lexer, parser, typed model, validation, pretty-printer.
//!
//! [`load`] reads a configuration the way keepalived does and returns the model
//! with every diagnostic; it never stops at the first problem, so `rvs check`
//! reports them all.
#![forbid(unsafe_code)]

pub mod diagnostic;
pub mod host;
pub mod lexer;
pub mod model;
pub mod parse;
pub mod print;
pub mod span;
pub mod tree;

pub use diagnostic::{DiagKind, Diagnostic, Diagnostics, Severity};
pub use host::{program_on_disk, AnyHost, Host};
pub use lexer::LexOptions;
pub use model::Config;
pub use print::print;
pub use span::{FileId, SourceMap, Span};

use std::path::Path;

/// A loaded configuration: the model (built even when there are errors, from
/// what could be read), the diagnostics, and the sources they point into.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub config: Config,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: SourceMap,
}

impl Loaded {
    /// Whether `rvs check` fails, as `keepalived -t` would.
    pub fn fails_check(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity.fails_check())
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// Every diagnostic, rendered with file:line:col and a caret.
    pub fn render_diagnostics(&self) -> String {
        self.diagnostics
            .iter()
            .map(|d| d.render(&self.sources))
            .collect()
    }
}

/// Reads, lexes, parses and validates the configuration at `path`.
///
/// Reading streams: each top-level block is parsed as soon as it is complete
/// and its tokens are dropped, so memory holds the model and one block, not
/// the whole text.
pub fn load(path: &Path, opts: &LexOptions, host: &dyn Host) -> Loaded {
    load_file(path, opts, host, Retain::All)
}

/// Checks the file as [`load`] does, with the same diagnostics, but keeps no
/// `virtual_server` that names an address or fwmark in the model: each is dropped
/// once checked, so a large configuration is checked in little memory (`rvs check`).
pub fn check(path: &Path, opts: &LexOptions, host: &dyn Host) -> Loaded {
    load_file(path, opts, host, Retain::CheckOnly)
}

fn load_file(path: &Path, opts: &LexOptions, host: &dyn Host, retain: Retain) -> Loaded {
    let mut sources = SourceMap::default();
    let lexer = lexer::open_file(path, opts, &mut sources);
    let (config, diagnostics) = parse_stream(lexer, host, retain);
    Loaded {
        config,
        diagnostics,
        sources,
    }
}

/// What the model keeps of what was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Retain {
    All,
    /// Only what checks made after the whole file is read need: virtual servers
    /// that name a group.
    CheckOnly,
}

/// Parses configuration text held in memory, as if read from a file called
/// `name` (includes resolve relative to it).
pub fn load_str(text: &str, name: &str, opts: &LexOptions, host: &dyn Host) -> Loaded {
    let mut sources = SourceMap::default();
    let lexer = lexer::open_text(text, Path::new(name), opts, &mut sources);
    let (config, diagnostics) = parse_stream(lexer, host, Retain::All);
    Loaded {
        config,
        diagnostics,
        sources,
    }
}

fn parse_stream(
    lexer: lexer::Lexer<'_>,
    host: &dyn Host,
    retain: Retain,
) -> (Config, Vec<Diagnostic>) {
    let mut diags = Diagnostics::default();
    let mut scripts = Vec::new();
    let mut blocks = std::collections::HashMap::new();
    let mut config = Config::default();
    let mut stmts = tree::Statements::new(lexer);
    let mut late = Vec::new();
    while let Some(stmt) = stmts.next_stmt(&mut diags) {
        if parse::needs_global_defs(&stmt) {
            late.push(stmt);
            continue;
        }
        let mut cx = parse::Cx {
            diags: &mut diags,
            host,
            scripts: &mut scripts,
            blocks: &mut blocks,
            retain,
        };
        parse::parse_top(&stmt, &mut config, &mut cx);
    }
    for stmt in &late {
        let mut cx = parse::Cx {
            diags: &mut diags,
            host,
            scripts: &mut scripts,
            blocks: &mut blocks,
            retain,
        };
        parse::parse_top(stmt, &mut config, &mut cx);
    }
    let mut lexer = stmts.finish(&mut diags);
    // The lexer's findings were collected apart from the parser's: all are
    // put in the order of the text below.
    diags.extend(lexer.take_diagnostics());
    parse::finish(
        &mut config,
        &mut parse::Cx {
            diags: &mut diags,
            host,
            scripts: &mut scripts,
            blocks: &mut blocks,
            retain,
        },
    );
    diags.sort_by_place();
    (config, diags.into_vec())
}
