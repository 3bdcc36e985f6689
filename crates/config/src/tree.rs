//! Lines of tokens to a tree of statements: `keyword args… [{ statements }]`.
//!
//! keepalived lets a block's `{` stand on the keyword's line or on the next one,
//! and lets several blocks share a line (`global_defs { router_id a }`); the
//! lexer already puts every brace on a line of its own. Unbalanced braces are
//! reported as keepalived reports them: "Extra '}' found" at each `}` too
//! many, and "There are N missing '}'s or extra '{'s" once at the end.

use crate::diagnostic::{DiagKind, Diagnostics};
use crate::lexer::{escaped_words, EscapeError, Lexer, Line, Token, TokenKind};
use crate::span::Span;
use compact_str::CompactString;

/// A word of the configuration with the place it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Inline when short (most words): no allocation per word.
    pub text: CompactString,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stmt {
    pub keyword: Word,
    pub args: Vec<Word>,
    pub block: Option<Block>,
    /// The keyword's line after preprocessing when it holds a quote or a
    /// backslash, else empty: use [`Stmt::escaped_words`].
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
        if self.text.is_empty() {
            let words = std::iter::once(&self.keyword).chain(&self.args);
            return Ok(words.map(|w| w.text.to_string()).collect());
        }
        escaped_words(&self.text)
    }
}

/// Where the tree's lines come from: a lexer reading files as the tree asks,
/// or lines already read. The tree reads one line at a time, in place.
pub trait LineSource {
    /// Moves to the next line; `false` at the end.
    fn advance(&mut self) -> bool;

    /// The current line (after `advance` said there is one).
    fn line(&self) -> &Line;
}

impl LineSource for Lexer<'_> {
    fn advance(&mut self) -> bool {
        Lexer::advance(self)
    }

    fn line(&self) -> &Line {
        Lexer::line(self)
    }
}

/// Lines already read.
struct Lines<'l> {
    lines: &'l [Line],
    /// One past the current line.
    next: usize,
}

impl LineSource for Lines<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.lines.len()
    }

    fn line(&self) -> &Line {
        &self.lines[self.next - 1]
    }
}

/// Walks the tokens of the lines in order; holds one line at a time.
struct Cursor<S> {
    src: S,
    /// The source has a current line.
    live: bool,
    tok: usize,
}

/// What the tree needs to know of a token before taking it.
#[derive(Clone, Copy)]
struct Peek {
    kind: TokenKind,
    quoted: bool,
    span: Span,
    first_on_line: bool,
}

impl Peek {
    fn is(&self, k: TokenKind) -> bool {
        self.kind == k && !self.quoted
    }
}

impl<S: LineSource> Cursor<S> {
    fn new(mut src: S) -> Self {
        let live = src.advance();
        let mut c = Cursor { src, live, tok: 0 };
        c.skip_ended_lines();
        c
    }

    fn skip_ended_lines(&mut self) {
        while self.live && self.tok >= self.src.line().tokens().len() {
            self.live = self.src.advance();
            self.tok = 0;
        }
    }

    fn token(&self) -> Option<&Token> {
        if !self.live {
            return None;
        }
        self.src.line().tokens().get(self.tok)
    }

    fn peek(&self) -> Option<Peek> {
        let t = self.token()?;
        Some(Peek {
            kind: t.kind,
            quoted: t.quoted,
            span: t.span,
            first_on_line: self.tok == 0,
        })
    }

    /// Takes the current token as a word and moves on. Inlined so that the
    /// word is built where it is kept: copying it out of a return slot right
    /// after writing it stalls on store forwarding (about 2 ms of the 68 the
    /// check benchmark takes).
    #[inline(always)]
    fn take_word(&mut self) -> Word {
        let word = match self.token() {
            Some(t) => Word {
                text: CompactString::from(self.src.line().word(t)),
                span: t.span,
            },
            None => Word {
                text: CompactString::default(),
                span: Span::default(),
            },
        };
        self.advance();
        word
    }

    /// Tokens of the current line after the current one.
    fn rest_of_line(&self) -> usize {
        if !self.live {
            return 0;
        }
        self.src.line().tokens().len().saturating_sub(self.tok + 1)
    }

    /// The script text of the current line (call on its first token).
    fn line_text(&self) -> String {
        if !self.live {
            return String::new();
        }
        self.src.line().script_text().to_string()
    }

    fn advance(&mut self) {
        self.tok += 1;
        self.skip_ended_lines();
    }
}

/// Builds the statement tree; unbalanced braces are reported.
pub fn build(lines: &[Line], diags: &mut Diagnostics) -> Vec<Stmt> {
    let mut stmts = Statements::new(Lines { lines, next: 0 });
    let mut out = Vec::new();
    while let Some(s) = stmts.next_stmt(diags) {
        out.push(s);
    }
    stmts.finish(diags);
    out
}

/// The top-level statements, one at a time and each with its whole block,
/// so that a configuration is parsed as it is read.
pub struct Statements<S> {
    cur: Cursor<S>,
    unclosed: Unclosed,
    /// The last statement read: a `{` on the next line may still open its block.
    pending: Option<Stmt>,
}

impl<S: LineSource> Statements<S> {
    pub fn new(src: S) -> Self {
        Statements {
            cur: Cursor::new(src),
            unclosed: Unclosed::default(),
            pending: None,
        }
    }

    /// The next complete top-level statement, or `None` at the end.
    pub fn next_stmt(&mut self, diags: &mut Diagnostics) -> Option<Stmt> {
        while let Some(t) = self.cur.peek() {
            if t.is(TokenKind::Close) {
                diags.error(DiagKind::Syntax, t.span, "Extra '}' found");
                self.cur.advance();
                continue;
            }
            if t.is(TokenKind::Open) {
                self.cur.advance();
                open_block_of(
                    self.pending.as_mut(),
                    &mut self.cur,
                    t.span,
                    diags,
                    &mut self.unclosed,
                );
                continue;
            }
            let stmt = parse_stmt(&mut self.cur, diags, &mut self.unclosed);
            if let Some(done) = self.pending.replace(stmt) {
                return Some(done);
            }
        }
        self.pending.take()
    }

    /// Reports blocks the configuration never closed; gives the source back.
    pub fn finish(self, diags: &mut Diagnostics) -> S {
        if let Some(first) = self.unclosed.first {
            diags.error(
                DiagKind::Syntax,
                first,
                format!(
                    "There are {} missing '}}'s or extra '{{'s (this '{{' is never closed)",
                    self.unclosed.count
                ),
            );
        }
        self.cur.src
    }
}

/// A `{` at the start of a line opens the block of the statement before it.
fn open_block_of<S: LineSource>(
    prev: Option<&mut Stmt>,
    cur: &mut Cursor<S>,
    open: Span,
    diags: &mut Diagnostics,
    unclosed: &mut Unclosed,
) {
    match prev {
        Some(prev) if prev.block.is_none() => {
            prev.block = Some(parse_block(cur, open, diags, unclosed));
        }
        _ => {
            // keepalived ignores it: what follows stays at this level,
            // and its `}` closes the block around it.
            diags.error(
                DiagKind::Syntax,
                open,
                "Unexpected '{' with no keyword to open a block for - ignoring",
            );
        }
    }
}

/// Blocks the file ended in.
#[derive(Default)]
struct Unclosed {
    count: usize,
    /// The outermost of them.
    first: Option<Span>,
}

/// The statements of a block, up to (not including) its `}`.
fn parse_body<S: LineSource>(
    cur: &mut Cursor<S>,
    diags: &mut Diagnostics,
    unclosed: &mut Unclosed,
) -> Vec<Stmt> {
    let mut out: Vec<Stmt> = Vec::new();
    while let Some(t) = cur.peek() {
        if t.is(TokenKind::Close) {
            return out;
        }
        if t.is(TokenKind::Open) {
            cur.advance();
            open_block_of(out.last_mut(), cur, t.span, diags, unclosed);
            continue;
        }
        out.push(parse_stmt(cur, diags, unclosed));
    }
    out
}

/// One statement: the keyword, its arguments, and a block opened on its line.
fn parse_stmt<S: LineSource>(
    cur: &mut Cursor<S>,
    diags: &mut Diagnostics,
    unclosed: &mut Unclosed,
) -> Stmt {
    let text = cur.line_text();
    let mut args = Vec::with_capacity(cur.rest_of_line());
    let keyword = cur.take_word();
    let mut block = None;
    while let Some(a) = cur.peek() {
        if a.first_on_line || a.is(TokenKind::Close) {
            break;
        }
        if a.is(TokenKind::Open) {
            cur.advance();
            block = Some(parse_block(cur, a.span, diags, unclosed));
            break;
        }
        args.push(cur.take_word());
    }
    Stmt {
        keyword,
        args,
        block,
        text,
    }
}

fn parse_block<S: LineSource>(
    cur: &mut Cursor<S>,
    open: Span,
    diags: &mut Diagnostics,
    unclosed: &mut Unclosed,
) -> Block {
    let body = parse_body(cur, diags, unclosed);
    let close = match cur.peek() {
        Some(t) => {
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
