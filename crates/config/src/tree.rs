//! Lines of tokens to a tree of statements: `keyword args… [{ statements }]`.
//!
//! keepalived lets a block's `{` stand on the keyword's line or on the next one,
//! and lets several blocks share a line (`global_defs { router_id a }`).

use crate::diagnostic::{DiagKind, Diagnostics};
use crate::lexer::{Line, Token, TokenKind};
use crate::span::Span;

/// A word of the configuration with the place it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stmt {
    pub keyword: Word,
    pub args: Vec<Word>,
    pub block: Option<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub open: Span,
    pub body: Vec<Stmt>,
    /// `None` when the file ended before the block was closed.
    pub close: Option<Span>,
}

impl Stmt {
    /// The span of the whole keyword line (keyword through last argument).
    pub fn span(&self) -> Span {
        let mut s = self.keyword.span;
        if let Some(last) = self.args.last() {
            if last.span.file == s.file && last.span.line == s.line {
                s.len = last.span.col + last.span.len - s.col;
            }
        }
        s
    }

    pub fn arg(&self, i: usize) -> Option<&Word> {
        self.args.get(i)
    }
}

fn word(t: &Token) -> Word {
    Word {
        text: t.text.clone(),
        span: t.span,
    }
}

/// Builds the statement tree; unbalanced braces are reported.
pub fn build(lines: &[Line], diags: &mut Diagnostics) -> Vec<Stmt> {
    // Flatten to (token, first-on-line) so a `{` opening the next line can be told apart.
    let mut toks: Vec<(&Token, bool)> = Vec::new();
    for line in lines {
        for (i, t) in line.tokens.iter().enumerate() {
            toks.push((t, i == 0));
        }
    }
    let mut pos = 0;
    parse_body(&toks, &mut pos, diags, true)
}

fn is(t: &Token, k: TokenKind) -> bool {
    t.kind == k && !t.quoted
}

fn parse_body(
    toks: &[(&Token, bool)],
    pos: &mut usize,
    diags: &mut Diagnostics,
    top: bool,
) -> Vec<Stmt> {
    let mut out: Vec<Stmt> = Vec::new();
    while *pos < toks.len() {
        let (t, _) = toks[*pos];
        if is(t, TokenKind::Close) {
            if top {
                diags.error(DiagKind::Syntax, t.span, "extra '}' with no block to close");
                *pos += 1;
                continue;
            }
            return out;
        }
        if is(t, TokenKind::Open) {
            // A `{` at the start of a line opens the block of the statement before it.
            match out.last_mut() {
                Some(prev) if prev.block.is_none() => {
                    *pos += 1;
                    prev.block = Some(parse_block(toks, pos, t.span, diags));
                }
                _ => {
                    diags.error(DiagKind::Syntax, t.span, "'{' without a keyword before it");
                    *pos += 1;
                    let _ = parse_block(toks, pos, t.span, diags);
                }
            }
            continue;
        }
        let keyword = word(t);
        *pos += 1;
        let mut args = Vec::new();
        let mut block = None;
        while *pos < toks.len() {
            let (a, first) = toks[*pos];
            if first {
                break;
            }
            if is(a, TokenKind::Close) {
                break;
            }
            if is(a, TokenKind::Open) {
                *pos += 1;
                block = Some(parse_block(toks, pos, a.span, diags));
                break;
            }
            args.push(word(a));
            *pos += 1;
        }
        out.push(Stmt {
            keyword,
            args,
            block,
        });
    }
    out
}

fn parse_block(
    toks: &[(&Token, bool)],
    pos: &mut usize,
    open: Span,
    diags: &mut Diagnostics,
) -> Block {
    let body = parse_body(toks, pos, diags, false);
    let close = if *pos < toks.len() {
        let span = toks[*pos].0.span;
        *pos += 1;
        Some(span)
    } else {
        diags.error(DiagKind::Syntax, open, "missing '}' for this '{'");
        None
    };
    Block { open, body, close }
}
