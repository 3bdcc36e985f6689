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
pub use host::{AnyHost, Host};
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
pub fn load(path: &Path, opts: &LexOptions, host: &dyn Host) -> Loaded {
    let mut sources = SourceMap::default();
    let mut diags = Diagnostics::default();
    let lines = lexer::lex_file(path, opts, &mut sources, &mut diags);
    let stmts = tree::build(&lines, &mut diags);
    let config = parse::parse(
        &stmts,
        &mut parse::Cx {
            diags: &mut diags,
            host,
        },
    );
    Loaded {
        config,
        diagnostics: diags.into_vec(),
        sources,
    }
}

/// Parses configuration text held in memory (no includes relative to a file).
pub fn load_str(text: &str, name: &str, opts: &LexOptions, host: &dyn Host) -> Loaded {
    let mut sources = SourceMap::default();
    let mut diags = Diagnostics::default();
    let lines = lexer::lex_text(text, Path::new(name), opts, &mut sources, &mut diags);
    let stmts = tree::build(&lines, &mut diags);
    let config = parse::parse(
        &stmts,
        &mut parse::Cx {
            diags: &mut diags,
            host,
        },
    );
    Loaded {
        config,
        diagnostics: diags.into_vec(),
        sources,
    }
}
