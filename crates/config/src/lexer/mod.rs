//! The lexer level of keepalived.conf: files to logical lines of tokens.
//!
//! This follows keepalived 2.2.7's `read_line`: each physical line is
//! decommented; then, in a loop, a leading `@ID` is applied, `$NAME=VALUE`
//! defines, `~SEQ`/`~LST` start a sequence, and `$NAME` references are
//! replaced (again while the result still holds `$` or starts with `@`);
//! `include` lines open other files; finally the line is split before every
//! `{` and `}` outside `"…"`, so each brace is a line of its own. The parser
//! then sees plain lines of words.
//!
//! Nearly every line of a real configuration needs none of that: a line
//! without `"`, `\` or `$`, not starting with `@`, `~` or `include`, with at
//! most a brace at its end, is cut into words in one pass straight from the
//! file (`text::plain_line`), with the same result. Tokens are byte ranges of
//! the one current line ([`Lexer::line`]), which the lexer rewrites in place.
//!
//! Words are cut as keepalived's `alloc_strvec` cuts them: only `"…"` groups
//! (no escapes); `'` is an ordinary character. Script keywords re-cut their
//! line with [`escaped_words`] (both quotes, backslash escapes), as keepalived
//! does; [`Line::script_text`] and `tree::Stmt::text` keep that line.
//!
//! Two 2.2.7 facts that surprise: a trailing `\` continues only `$NAME=`
//! definitions (elsewhere it stays part of the last word), and `\#` does not
//! escape a comment in the end (keepalived's children decomment the already
//! decommented text again).

mod conditional;
mod definitions;
mod escape;
mod include;
mod reader;
mod seq;
mod text;

pub use conditional::default_config_id;
pub use escape::{escaped_words, EscapeError};

use crate::diagnostic::{DiagKind, Diagnostic, Diagnostics, Severity};
use crate::span::{SourceMap, Span};
pub use reader::Lexer;
use reader::{is_plain_file, Include, OpenFile};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// What a token is: a word, or one of the braces that open and close blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Open,
    Close,
}

/// A token of a [`Line`]: its text is a range of the line's text, read with
/// [`Line::word`], so that cutting a line into tokens copies nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
    /// Written in quotes: a quoted `{` is a word, not a brace.
    pub quoted: bool,
    /// The word (without its quotes) in the line's text.
    start: u32,
    end: u32,
}

impl Token {
    fn new(kind: TokenKind, span: Span, quoted: bool, start: usize, end: usize) -> Self {
        Token {
            kind,
            span,
            quoted,
            start: start as u32,
            end: end as u32,
        }
    }
}

/// One logical line: what keepalived hands its keyword handlers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Line {
    /// The line after preprocessing; the tokens are ranges of it.
    text: String,
    tokens: Vec<Token>,
    /// `text` holds a quote or a backslash, so script keywords must re-cut it.
    script: bool,
}

impl Line {
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The text of `token`, one of this line's tokens (`{` or `}` for braces).
    pub fn word(&self, token: &Token) -> &str {
        self.text
            .get(token.start as usize..token.end as usize)
            .unwrap_or_default()
    }

    /// The line after preprocessing, as keepalived's script keywords re-read
    /// it with [`escaped_words`], when it holds a quote or a backslash; empty
    /// otherwise (both ways of cutting then give the tokens).
    pub fn script_text(&self) -> &str {
        if self.script {
            &self.text
        } else {
            ""
        }
    }

    /// Makes this a line of one brace.
    fn set_brace(&mut self, kind: TokenKind, span: Span) {
        self.text.clear();
        self.text
            .push(if kind == TokenKind::Open { '{' } else { '}' });
        self.tokens.clear();
        self.tokens.push(Token::new(kind, span, false, 0, 1));
        self.script = false;
    }
}

/// How to lex: the answers keepalived takes from its command line.
#[derive(Debug, Clone, Default)]
pub struct LexOptions {
    /// keepalived's `-i`: lines starting `@ID` are kept only for this id. `None`
    /// means the first part of the host name.
    pub config_id: Option<String>,
}

/// Reads `path` (and everything it includes) into logical lines.
pub fn lex_file(
    path: &Path,
    opts: &LexOptions,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Vec<Line> {
    collect(open_file(path, opts, sources), diags)
}

/// Lexes text that came from `path` (includes resolve relative to its directory).
pub fn lex_text(
    text: &str,
    path: &Path,
    opts: &LexOptions,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Vec<Line> {
    collect(open_text(text, path, opts, sources), diags)
}

fn collect(mut lexer: Lexer<'_>, diags: &mut Diagnostics) -> Vec<Line> {
    let mut lines = Vec::new();
    while lexer.advance() {
        lines.push(lexer.line().clone());
    }
    diags.extend(lexer.take_diagnostics());
    lines
}

/// Starts reading `path` (and everything it includes): lines come from
/// [`Lexer::advance`] and [`Lexer::line`].
///
/// Like keepalived's `-f`, `path` may be a glob pattern (`{a,b}` included);
/// the files it matches are read in turn. Unlike keepalived, which then only
/// logs it, a path that names no readable file is an error: there is nothing
/// to check.
pub fn open_file<'a>(path: &Path, opts: &LexOptions, sources: &'a mut SourceMap) -> Lexer<'a> {
    let mut lexer = Lexer::new(opts, sources);
    let files: Vec<PathBuf> = if path.exists() {
        vec![absolute(path)]
    } else {
        let cwd = absolute(Path::new("."));
        include::expand(&path.to_string_lossy(), &cwd)
            .paths
            .into_iter()
            .filter(|p| !p.as_os_str().as_encoded_bytes().ends_with(b"/"))
            .collect()
    };
    if files.is_empty() {
        lexer.diags.push(Diagnostic::global(
            Severity::Error,
            DiagKind::Include,
            format!("cannot read {}: no such file", path.display()),
        ));
        return lexer;
    }
    for f in &files {
        if !is_plain_file(f) {
            let msg = format!(
                "configuration file '{}' is not a regular non-executable file \
                 (keepalived skips it)",
                f.display()
            );
            lexer.report(Severity::Error, DiagKind::Include, None, msg);
        }
    }
    let files: VecDeque<PathBuf> = files.into_iter().filter(|f| is_plain_file(f)).collect();
    if !files.is_empty() {
        lexer.stack.push(Include {
            pending: files,
            cur: None,
            // The main file must be readable.
            checks: include::READ,
            saved_checks: 0,
            at: None,
        });
    }
    lexer
}

/// Starts reading text that came from `path` (includes resolve relative to
/// its directory).
pub fn open_text<'a>(
    text: &str,
    path: &Path,
    opts: &LexOptions,
    sources: &'a mut SourceMap,
) -> Lexer<'a> {
    let path = absolute(path);
    let file = sources.add_text(&path, text.to_string());
    let mut lexer = Lexer::new(opts, sources);
    lexer.stack.push(Include {
        pending: VecDeque::new(),
        cur: Some(OpenFile::new(file, &path, text.to_string())),
        checks: 0,
        saved_checks: 0,
        at: None,
    });
    lexer
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
