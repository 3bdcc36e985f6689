//! The lexer level of keepalived.conf: files to logical lines of tokens.
//!
//! Comments, quoting, line continuation, braces as tokens of their own; the
//! preprocessing (includes, `$` definitions, `@` conditional lines, `~SEQ`)
//! happens here too, so the parser sees plain lines of words.

use crate::diagnostic::{DiagKind, Diagnostics};
use crate::span::{FileId, SourceMap, Span};
use std::path::{Path, PathBuf};

/// What a token is: a word, or one of the braces that open and close blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Open,
    Close,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// The word without its quotes; `{` or `}` for braces.
    pub text: String,
    pub span: Span,
    /// Written in quotes: a quoted `{` is a word, not a brace.
    pub quoted: bool,
}

/// One logical line: what keepalived hands its keyword handlers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub tokens: Vec<Token>,
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
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            diags.push(crate::diagnostic::Diagnostic::global(
                crate::diagnostic::Severity::Error,
                DiagKind::Include,
                format!("cannot read {}: {e}", path.display()),
            ));
            return Vec::new();
        }
    };
    lex_text(&text, &absolute(path), opts, sources, diags)
}

/// Lexes text that came from `path` (includes resolve relative to it).
pub fn lex_text(
    text: &str,
    path: &Path,
    opts: &LexOptions,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Vec<Line> {
    let _ = opts;
    let file = sources.add(path, text.to_string());
    let mut lines = Vec::new();
    for (idx, raw) in text.lines().enumerate() {
        let tokens = split_line(raw, file, idx as u32 + 1, diags);
        if !tokens.is_empty() {
            lines.push(Line { tokens });
        }
    }
    lines
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Splits one physical line into tokens, dropping comments.
pub(crate) fn split_line(
    raw: &str,
    file: FileId,
    line: u32,
    diags: &mut Diagnostics,
) -> Vec<Token> {
    let mut tokens = Vec::new();
    let bytes: Vec<(usize, char)> = raw.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        let col = pos as u32 + 1;
        match c {
            c if c.is_whitespace() => i += 1,
            '#' | '!' => break,
            '{' | '}' => {
                tokens.push(Token {
                    kind: if c == '{' {
                        TokenKind::Open
                    } else {
                        TokenKind::Close
                    },
                    text: c.to_string(),
                    span: Span::new(file, line, col, 1),
                    quoted: false,
                });
                i += 1;
            }
            '"' | '\'' => {
                let quote = c;
                let mut text = String::new();
                let mut j = i + 1;
                let mut closed = false;
                while j < bytes.len() {
                    let (_, d) = bytes[j];
                    if d == quote {
                        closed = true;
                        break;
                    }
                    text.push(d);
                    j += 1;
                }
                let end = if closed { bytes[j].0 + 1 } else { raw.len() };
                if !closed {
                    diags.error(
                        DiagKind::Syntax,
                        Span::new(file, line, col, (end - pos) as u32),
                        format!("missing closing {quote}"),
                    );
                }
                tokens.push(Token {
                    kind: TokenKind::Word,
                    text,
                    span: Span::new(file, line, col, (end - pos) as u32),
                    quoted: true,
                });
                i = j + 1;
            }
            _ => {
                let mut j = i;
                while j < bytes.len() {
                    let d = bytes[j].1;
                    if d.is_whitespace() || d == '{' || d == '}' {
                        break;
                    }
                    j += 1;
                }
                let end = if j < bytes.len() {
                    bytes[j].0
                } else {
                    raw.len()
                };
                tokens.push(Token {
                    kind: TokenKind::Word,
                    text: raw[pos..end].to_string(),
                    span: Span::new(file, line, col, (end - pos) as u32),
                    quoted: false,
                });
                i = j;
            }
        }
    }
    tokens
}
