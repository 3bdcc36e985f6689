//! Lines of tokens to a tree of statements: `keyword args… [{ statements }]`.
//!
//! keepalived lets a block's `{` stand on the keyword's line or on the next one,
//! and lets several blocks share a line (`global_defs { router_id a }`); the
//! lexer already puts every brace on a line of its own. Unbalanced braces are
//! reported as keepalived reports them: "Extra '}' found" at each `}` too
//! many, and "There are N missing '}'s or extra '{'s" once at the end.

use crate::diagnostic::{DiagKind, Diagnostics};
use crate::lexer::{escaped_words, EscapeError, Line, Token, TokenKind};
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
    /// The keyword's whole line after preprocessing (see [`Stmt::escaped_words`]).
    pub text: String,
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

    /// The line cut the way keepalived cuts script keywords (`notify_master`,
    /// `script`, `misc_path`, …): `'…'` and `"…"` quote, backslash escapes
    /// work. The first word is the keyword; a script's command line is then
    /// cut again with [`escaped_words`].
    pub fn escaped_words(&self) -> Result<Vec<String>, EscapeError> {
        escaped_words(&self.text)
    }
}

fn word(t: &Token) -> Word {
    Word {
        text: t.text.clone(),
        span: t.span,
    }
}

/// A token, whether it starts its line, and the text of its line.
type Tok<'a> = (&'a Token, bool, &'a str);

/// Builds the statement tree; unbalanced braces are reported.
pub fn build(lines: &[Line], diags: &mut Diagnostics) -> Vec<Stmt> {
    // Flatten to (token, first-on-line) so a `{` opening the next line can be told apart.
    let mut toks: Vec<Tok<'_>> = Vec::new();
    for line in lines {
        for (i, t) in line.tokens.iter().enumerate() {
            toks.push((t, i == 0, line.text.as_str()));
        }
    }
    let mut pos = 0;
    let mut unclosed = Unclosed::default();
    let stmts = parse_body(&toks, &mut pos, diags, &mut unclosed, true);
    if let Some(first) = unclosed.first {
        diags.error(
            DiagKind::Syntax,
            first,
            format!(
                "There are {} missing '}}'s or extra '{{'s (this '{{' is never closed)",
                unclosed.count
            ),
        );
    }
    stmts
}

/// Blocks the file ended in.
#[derive(Default)]
struct Unclosed {
    count: usize,
    /// The outermost of them.
    first: Option<Span>,
}

fn is(t: &Token, k: TokenKind) -> bool {
    t.kind == k && !t.quoted
}

fn parse_body(
    toks: &[Tok<'_>],
    pos: &mut usize,
    diags: &mut Diagnostics,
    unclosed: &mut Unclosed,
    top: bool,
) -> Vec<Stmt> {
    let mut out: Vec<Stmt> = Vec::new();
    while *pos < toks.len() {
        let (t, _, text) = toks[*pos];
        if is(t, TokenKind::Close) {
            if top {
                diags.error(DiagKind::Syntax, t.span, "Extra '}' found");
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
                    prev.block = Some(parse_block(toks, pos, t.span, diags, unclosed));
                }
                _ => {
                    diags.error(
                        DiagKind::Syntax,
                        t.span,
                        "Unexpected '{' with no keyword to open a block for",
                    );
                    *pos += 1;
                    let _ = parse_block(toks, pos, t.span, diags, unclosed);
                }
            }
            continue;
        }
        let keyword = word(t);
        *pos += 1;
        let mut args = Vec::new();
        let mut block = None;
        while *pos < toks.len() {
            let (a, first, _) = toks[*pos];
            if first {
                break;
            }
            if is(a, TokenKind::Close) {
                break;
            }
            if is(a, TokenKind::Open) {
                *pos += 1;
                block = Some(parse_block(toks, pos, a.span, diags, unclosed));
                break;
            }
            args.push(word(a));
            *pos += 1;
        }
        out.push(Stmt {
            keyword,
            args,
            block,
            text: text.to_string(),
        });
    }
    out
}

fn parse_block(
    toks: &[Tok<'_>],
    pos: &mut usize,
    open: Span,
    diags: &mut Diagnostics,
    unclosed: &mut Unclosed,
) -> Block {
    let body = parse_body(toks, pos, diags, unclosed, false);
    let close = if *pos < toks.len() {
        let span = toks[*pos].0.span;
        *pos += 1;
        Some(span)
    } else {
        // Inner blocks end first, so the last one recorded is the outermost.
        unclosed.count += 1;
        unclosed.first = Some(open);
        None
    };
    Block { open, body, close }
}
