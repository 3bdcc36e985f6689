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

/// Walks the tokens of the lines in order.
struct Cursor<'a> {
    lines: &'a [Line],
    line: usize,
    tok: usize,
}

impl<'a> Cursor<'a> {
    fn new(lines: &'a [Line]) -> Self {
        let mut c = Cursor {
            lines,
            line: 0,
            tok: 0,
        };
        c.skip_ended_lines();
        c
    }

    fn skip_ended_lines(&mut self) {
        while self
            .lines
            .get(self.line)
            .is_some_and(|l| self.tok >= l.tokens.len())
        {
            self.line += 1;
            self.tok = 0;
        }
    }

    /// The next token, whether it starts its line, and its line's text.
    fn peek(&self) -> Option<(&'a Token, bool, &'a str)> {
        let line = self.lines.get(self.line)?;
        Some((
            line.tokens.get(self.tok)?,
            self.tok == 0,
            line.text.as_str(),
        ))
    }

    fn advance(&mut self) {
        self.tok += 1;
        self.skip_ended_lines();
    }
}

/// Builds the statement tree; unbalanced braces are reported.
pub fn build(lines: &[Line], diags: &mut Diagnostics) -> Vec<Stmt> {
    let mut cur = Cursor::new(lines);
    let mut unclosed = Unclosed::default();
    let stmts = parse_body(&mut cur, diags, &mut unclosed, true);
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
    cur: &mut Cursor<'_>,
    diags: &mut Diagnostics,
    unclosed: &mut Unclosed,
    top: bool,
) -> Vec<Stmt> {
    let mut out: Vec<Stmt> = Vec::new();
    while let Some((t, _, text)) = cur.peek() {
        if is(t, TokenKind::Close) {
            if top {
                diags.error(DiagKind::Syntax, t.span, "Extra '}' found");
                cur.advance();
                continue;
            }
            return out;
        }
        if is(t, TokenKind::Open) {
            cur.advance();
            // A `{` at the start of a line opens the block of the statement before it.
            match out.last_mut() {
                Some(prev) if prev.block.is_none() => {
                    prev.block = Some(parse_block(cur, t.span, diags, unclosed));
                }
                _ => {
                    diags.error(
                        DiagKind::Syntax,
                        t.span,
                        "Unexpected '{' with no keyword to open a block for",
                    );
                    let _ = parse_block(cur, t.span, diags, unclosed);
                }
            }
            continue;
        }
        let keyword = word(t);
        cur.advance();
        let mut args = Vec::new();
        let mut block = None;
        while let Some((a, first, _)) = cur.peek() {
            if first || is(a, TokenKind::Close) {
                break;
            }
            cur.advance();
            if is(a, TokenKind::Open) {
                block = Some(parse_block(cur, a.span, diags, unclosed));
                break;
            }
            args.push(word(a));
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
    cur: &mut Cursor<'_>,
    open: Span,
    diags: &mut Diagnostics,
    unclosed: &mut Unclosed,
) -> Block {
    let body = parse_body(cur, diags, unclosed, false);
    let close = match cur.peek() {
        Some((t, _, _)) => {
            cur.advance();
            Some(t.span)
        }
        None => {
            // Inner blocks end first, so the last one recorded is the outermost.
            unclosed.count += 1;
            unclosed.first = Some(open);
            None
        }
    };
    Block { open, body, close }
}
