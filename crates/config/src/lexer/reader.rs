//! The reading loop: keepalived's `read_line`, one preprocessed line at a
//! time from the rest of a split line, a sequence, a multi-line definition or
//! the include stack of files.

use super::definitions::{self, Context, Definitions};
use super::seq::{self, Seq};
use super::text::{self, Plain, Rest, Text};
use super::{conditional, default_config_id, include, LexOptions, Line, TokenKind};
use crate::diagnostic::{DiagKind, Diagnostic, Diagnostics, Severity};
use crate::span::{FileId, SourceMap, Span};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// A file being read.
pub(super) struct OpenFile {
    id: FileId,
    /// Its text, held only while it is being read.
    text: String,
    /// Its directory, as `${_PWD}` and relative includes see it.
    dir: PathBuf,
    /// Its canonical path, to notice include loops.
    canon: PathBuf,
    pos: usize,
    line_no: u32,
    /// Bytes of the current line already read (after a line longer than keepalived reads).
    col: u32,
}

impl OpenFile {
    pub(super) fn new(id: FileId, path: &Path, text: String) -> Self {
        let canon = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        Self::with_canon(id, canon, text)
    }

    /// For a file whose canonical path is already known.
    fn with_canon(id: FileId, canon: PathBuf, text: String) -> Self {
        let dir = canon
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("/"));
        OpenFile {
            id,
            text,
            dir,
            canon,
            pos: 0,
            line_no: 0,
            col: 0,
        }
    }
}

/// One `include` being worked through: the file being read and those left.
pub(super) struct Include {
    pub(super) pending: VecDeque<PathBuf>,
    pub(super) cur: Option<OpenFile>,
    /// The checks this include line asked for.
    pub(super) checks: u8,
    /// `include_check` when the include started, restored after each of its files.
    pub(super) saved_checks: u8,
    /// The include line (`None` for the main file).
    pub(super) at: Option<Span>,
}

/// Lines of a multi-line definition still to be read.
struct Expansion {
    lines: VecDeque<String>,
    at: Span,
    /// The multi-line definitions this one was expanded inside, and its own name.
    chain: Vec<String>,
    /// Sequences started before this expansion wait until it is done.
    seq_depth: usize,
}

/// Recheck rounds of one line (substitution producing `@` or `$` again).
const MAX_RECHECKS: usize = 1000;
/// The most keepalived reads of a line at once (`fgets` into `MAXBUF` 1024).
const MAX_READ: usize = 1023;
/// Includes nested deeper than this are surely a loop through differing paths.
const MAX_INCLUDE_DEPTH: usize = 64;
/// Lines that sequences and multi-line definitions may produce in all; past
/// this a definition or sequence surely restarts itself.
const MAX_GENERATED: usize = 1_000_000;
/// Sequences running inside one another.
const MAX_SEQ_NESTING: usize = 64;

/// A configuration being read: preprocessed logical lines, produced on demand
/// so that a big configuration is never held as tokens all at once.
pub struct Lexer<'a> {
    sources: &'a mut SourceMap,
    /// What reading found; taken by the caller with [`Lexer::take_diagnostics`].
    pub(super) diags: Diagnostics,
    config_id: String,
    pub(super) stack: Vec<Include>,
    defs: Definitions,
    /// Running sequences, each with the chain of the line that started it.
    seqs: Vec<(Seq, Vec<String>)>,
    expansions: Vec<Expansion>,
    residue: Option<(Text, Vec<String>)>,
    /// The multi-line definitions the current line came out of (to stop one
    /// that expands itself).
    chain: Vec<String>,
    /// The multi-line definition being read.
    defining: Option<String>,
    include_check: u8,
    /// For each open block, whether it is `global_defs` (where `include_check`
    /// changes the checks of the includes after it).
    blocks: Vec<bool>,
    /// The last line emitted was `global_defs` (so a `{` now opens it).
    after_global_defs: bool,
    /// Lines produced by sequences and multi-line definitions so far.
    generated: usize,
    /// The current logical line, rewritten in place for each next one (a big
    /// configuration is millions of lines).
    line: Line,
    /// A lone brace that ended the current line: the next line.
    brace: Option<(TokenKind, Span)>,
    /// Text buffers for lines being preprocessed, to reuse.
    spare_text: Vec<String>,
}

/// Spare buffers kept: lines are preprocessed one or two at a time.
const MAX_SPARE: usize = 8;

impl<'a> Lexer<'a> {
    pub(super) fn new(opts: &LexOptions, sources: &'a mut SourceMap) -> Self {
        // keepalived seeds `${_RANDOM}` from the clock too.
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(1);
        Lexer {
            sources,
            diags: Diagnostics::default(),
            config_id: opts.config_id.clone().unwrap_or_else(default_config_id),
            stack: Vec::new(),
            defs: Definitions::new(seed),
            seqs: Vec::new(),
            expansions: Vec::new(),
            residue: None,
            chain: Vec::new(),
            defining: None,
            include_check: 0,
            blocks: Vec::new(),
            after_global_defs: false,
            generated: 0,
            line: Line::default(),
            brace: None,
            spare_text: Vec::new(),
        }
    }

    /// Moves to the next logical line, [`Lexer::line`]; `false` at the end of
    /// the configuration.
    pub fn advance(&mut self) -> bool {
        loop {
            if let Some((kind, span)) = self.brace.take() {
                self.line.set_brace(kind, span);
                break;
            }
            match self.next_line() {
                FileLine::Line(text) => {
                    if self.process(text) {
                        break;
                    }
                }
                FileLine::Plain => break,
                FileLine::Skip => {}
                FileLine::End => return false,
            }
        }
        self.track_blocks();
        true
    }

    /// The current logical line (after [`Lexer::advance`] said there is one).
    pub fn line(&self) -> &Line {
        &self.line
    }

    fn spare(&mut self, text: String) {
        if text.capacity() > 0 && self.spare_text.len() < MAX_SPARE {
            self.spare_text.push(text);
        }
    }

    /// The diagnostics found so far (reading is done when `advance` gave `false`).
    pub fn take_diagnostics(&mut self) -> Diagnostics {
        std::mem::take(&mut self.diags)
    }

    /// The directory of the file being read.
    fn dir(&self) -> PathBuf {
        self.stack
            .iter()
            .rev()
            .find_map(|i| i.cur.as_ref().map(|f| f.dir.clone()))
            .unwrap_or_else(|| PathBuf::from("/"))
    }

    /// The next line to work on, from (in keepalived's order) the rest of a
    /// line split at a brace, a sequence, a multi-line definition, or a file.
    /// A line cut on the fast way is already the current line
    /// ([`FileLine::Plain`]).
    fn next_line(&mut self) -> FileLine {
        loop {
            if let Some((r, chain)) = self.residue.take() {
                self.chain = chain;
                return FileLine::Line(r);
            }
            if self.generated > MAX_GENERATED {
                self.seqs.clear();
                self.expansions.clear();
            }
            let depth = self.expansions.last().map_or(0, |e| e.seq_depth);
            if self.seqs.len() > depth {
                let Some((seq, chain)) = self.seqs.last_mut() else {
                    continue;
                };
                let round = seq.round();
                self.chain = chain.clone();
                self.count_generated(round.text.span());
                if round.done {
                    self.seqs.pop();
                }
                for (name, value) in &round.defs {
                    self.defs.set(name, value);
                }
                return FileLine::Line(round.text);
            }
            if let Some(exp) = self.expansions.last_mut() {
                let at = exp.at;
                let line = exp.lines.pop_front();
                self.chain = exp.chain.clone();
                if exp.lines.is_empty() {
                    self.expansions.pop();
                }
                if let Some(line) = line {
                    self.count_generated(at);
                    return FileLine::Line(Text::from_substitute(&line, at));
                }
                continue;
            }
            match self.file_line() {
                FileLine::Skip => continue,
                FileLine::End => return FileLine::End,
                got => {
                    self.chain.clear();
                    return got;
                }
            }
        }
    }

    /// Counts a generated line; at the limit, reports the runaway once.
    fn count_generated(&mut self, at: Span) {
        self.generated += 1;
        if self.generated == MAX_GENERATED + 1 {
            self.diags.error(
                DiagKind::Definition,
                at,
                format!(
                    "sequences and multi-line definitions produced more than \
                     {MAX_GENERATED} lines (one that restarts itself?); the rest is skipped"
                ),
            );
        }
    }

    fn file_line(&mut self) -> FileLine {
        let Some(inc) = self.stack.last_mut() else {
            return FileLine::End;
        };
        let Some(file) = inc.cur.as_mut() else {
            self.open_next();
            return FileLine::Skip;
        };
        let OpenFile {
            id: file_id,
            text: src,
            pos,
            line_no,
            col: file_col,
            ..
        } = file;
        if *pos >= src.len() {
            inc.cur = None;
            self.include_check = inc.saved_checks;
            self.open_next();
            return FileLine::Skip;
        }
        if *file_col == 0 {
            *line_no += 1;
        }
        let col = *file_col;
        let rest = &src[*pos..];
        let nl = rest.find('\n');
        let whole = nl.map_or(rest.len(), |n| n + 1);
        // keepalived reads with fgets(buf, 1024): the rest of a longer line
        // comes back as a line of its own.
        let raw = if whole > MAX_READ {
            let mut cut = MAX_READ;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            *pos += cut;
            *file_col += cut as u32;
            &rest[..cut]
        } else {
            *pos += whole;
            *file_col = 0;
            &rest[..nl.unwrap_or(rest.len())]
        };
        let raw = raw.trim_end_matches(['\r', '\n']);
        if col == 0 && *file_col != 0 {
            self.diags.note(
                DiagKind::Syntax,
                Span::new(*file_id, *line_no, MAX_READ as u32 + 1, 1),
                format!(
                    "line longer than {MAX_READ} bytes: keepalived 2.2.7 reads the rest \
                     from here on as a line of its own"
                ),
            );
        }
        if raw.is_empty() {
            // A blank line ends a multi-line definition.
            if let Some(name) = self.defining.take() {
                self.defs.end_definition(&name);
            }
            return FileLine::Skip;
        }
        if self.defining.is_none() {
            match text::plain_line(raw, *file_id, *line_no, col + 1, &mut self.line) {
                Plain::Line(brace) => {
                    self.brace = brace;
                    return FileLine::Plain;
                }
                Plain::Empty => return FileLine::Skip,
                Plain::No => {}
            }
        }
        let buf = self.spare_text.pop().unwrap_or_default();
        let mut clean = text::decomment_source(buf, raw, *file_id, *line_no, col + 1);
        if raw.contains('\\') && clean.bytes().iter().any(|b| matches!(b, b'#' | b'!')) {
            // keepalived's parent hands its children the decommented text, and
            // they decomment it again: a `\#` that became `#` starts a comment
            // for them, and theirs is the reading that configures anything.
            clean = text::decomment(clean);
        }
        if clean.is_empty() {
            FileLine::Skip
        } else {
            FileLine::Line(clean)
        }
    }

    /// Opens the next file of the innermost include, or finishes it.
    fn open_next(&mut self) {
        while let Some(inc) = self.stack.last_mut() {
            let Some(path) = inc.pending.pop_front() else {
                self.stack.pop();
                return;
            };
            let checks = self.include_check | inc.checks;
            let at = inc.at;
            let severity = if checks & include::READ != 0 {
                Severity::Error
            } else {
                Severity::Note
            };
            let canon = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            let open = self.stack.iter().filter_map(|i| i.cur.as_ref());
            if let Some(f) = open.clone().find(|f| f.canon == canon) {
                let msg = format!(
                    "include loop: {} is already being read (it includes itself through {})",
                    path.display(),
                    self.sources.path(f.id).display()
                );
                self.report(Severity::Error, DiagKind::Include, at, msg);
                continue;
            }
            if open.count() >= MAX_INCLUDE_DEPTH {
                let msg = format!(
                    "includes nested more than {MAX_INCLUDE_DEPTH} deep at {} (an include loop?)",
                    path.display()
                );
                self.report(Severity::Error, DiagKind::Include, at, msg);
                continue;
            }
            match std::fs::read(&path) {
                Ok(bytes) => {
                    let id = self.sources.add_file(&path);
                    let text = String::from_utf8(bytes)
                        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
                    if let Some(inc) = self.stack.last_mut() {
                        inc.cur = Some(OpenFile::with_canon(id, canon, text));
                    }
                    return;
                }
                Err(e) => {
                    let msg = format!(
                        "configuration file '{}' open problem ({e}) - skipping",
                        path.display()
                    );
                    self.report(severity, DiagKind::Include, at, msg);
                }
            }
        }
    }

    pub(super) fn report(
        &mut self,
        severity: Severity,
        kind: DiagKind,
        at: Option<Span>,
        msg: String,
    ) {
        self.diags.push(Diagnostic {
            severity,
            kind,
            span: at,
            message: msg,
        });
    }

    /// Runs one line through keepalived's preprocessing and emits what is left;
    /// `true` when that made a line.
    fn process(&mut self, mut line: Text) -> bool {
        if let Some(name) = self.defining.clone() {
            if !self.defs.continue_definition(&name, &line.s) {
                self.defining = None;
            }
            return false;
        }
        if line.is_empty() {
            return false;
        }
        let mut rounds = 0;
        loop {
            rounds += 1;
            if rounds > MAX_RECHECKS {
                self.diags.error(
                    DiagKind::Definition,
                    line.span(),
                    "definitions keep expanding on this line (a recursive definition?)",
                );
                return false;
            }
            if !conditional::apply(&mut line, &self.config_id) {
                return false;
            }
            if line.s.starts_with('$') {
                if let Some((name, multiline)) = self.defs.define(&line.s) {
                    if multiline {
                        self.defining = Some(name);
                    }
                    return false;
                }
            }
            if seq::is_seq(&line.s) {
                self.start_seq(&line);
                return false;
            }
            if line.s.starts_with('~') || !line.s.contains('$') {
                break;
            }
            let dir = self.dir();
            let cx = Context {
                dir: &dir,
                config_id: &self.config_id,
            };
            match self.defs.substitute(&mut line, &cx) {
                Err(definitions::Runaway) => {
                    self.diags.error(
                        DiagKind::Definition,
                        line.span(),
                        "definitions keep expanding on this line (a recursive definition?)",
                    );
                    return false;
                }
                Ok(s) if !s.changed => break,
                Ok(s) if s.overflow.is_some() => {
                    if let Some(at) = s.overflow {
                        self.diags.warning(
                            DiagKind::Definition,
                            at,
                            "substituting this would make the line 1024 bytes or longer; \
                             keepalived 2.2.7 stops substituting the line here (a \
                             definition that contains itself?)",
                        );
                    }
                    break;
                }
                Ok(s) => {
                    for at in s.random_quirks {
                        self.diags.warning(
                            DiagKind::Definition,
                            at,
                            "keepalived 2.2.7 leaves the closing '}' of a ${_RANDOM …} with \
                             parameters in the line when text follows it (closing the \
                             enclosing block); rvs substitutes it properly",
                        );
                    }
                    for at in s.env_uses {
                        self.diags.warning(
                            DiagKind::Definition,
                            at,
                            "${_ENV …} comes from newer keepalived; 2.2.7 leaves it as \
                             written (and its braces split the line)",
                        );
                    }
                    for (name, lines, at) in s.more_lines {
                        if self.chain.contains(&name) {
                            self.diags.error(
                                DiagKind::Definition,
                                at,
                                format!("multi-line definition '{name}' expands itself"),
                            );
                            return false;
                        }
                        let mut chain = self.chain.clone();
                        chain.push(name);
                        self.expansions.push(Expansion {
                            lines: lines.into(),
                            at,
                            chain,
                            seq_depth: self.seqs.len(),
                        });
                    }
                    line = text::decomment(line);
                    if line.is_empty() {
                        return false;
                    }
                    if !(line.s.starts_with('@') || line.s.contains('$')) {
                        break;
                    }
                }
            }
        }
        if let Some((checks, pattern)) = include::parse(&line.s) {
            let pattern = pattern.to_string();
            self.include(checks, &pattern, line.span());
            return false;
        }
        let undefined = if line.s.contains('$') {
            self.defs.undefined(&line)
        } else {
            Vec::new()
        };
        let brace = match text::split_at_brace(&mut line) {
            Some(Rest::Brace(kind, span)) => Some((kind, span)),
            Some(Rest::Text(rest)) => {
                self.residue = Some((rest, self.chain.clone()));
                None
            }
            None => None,
        };
        // References in the rest are noted when the rest is read; inside
        // `"…"` they are most likely a script's shell variables.
        for (name, start, end) in undefined {
            let in_quotes = line.bytes()[..start.min(line.len())]
                .iter()
                .filter(|c| **c == b'"')
                .count()
                % 2
                == 1;
            if start >= line.len() || in_quotes {
                continue;
            }
            let braces = if line.s[start..].starts_with("${") {
                " (and, as in keepalived, its braces split the line)"
            } else {
                ""
            };
            self.diags.note(
                DiagKind::Definition,
                line.span_of(start, end),
                format!("'{name}' is not defined, so it stays as written{braces}"),
            );
        }
        // What keepalived would make of the brace as the next line: a line
        // of one brace.
        self.brace = brace;
        self.emit(line)
    }

    fn start_seq(&mut self, line: &Text) {
        let parsed = if line.s.starts_with("~SEQ") {
            let dir = self.dir();
            let config_id = self.config_id.clone();
            let defs = &mut self.defs;
            seq::parse_seq(line, &mut |nums: &mut Text| {
                let cx = Context {
                    dir: &dir,
                    config_id: &config_id,
                };
                defs.substitute(nums, &cx)
                    .map_or(true, |s| !s.more_lines.is_empty())
            })
        } else {
            seq::parse_lst(line)
        };
        match parsed {
            Ok(_) if self.seqs.len() >= MAX_SEQ_NESTING => {
                self.diags.error(
                    DiagKind::Definition,
                    line.span(),
                    format!(
                        "sequences nested more than {MAX_SEQ_NESTING} deep (one that \
                         restarts itself?); all running sequences stop here"
                    ),
                );
                self.seqs.clear();
            }
            Ok(s) => self.seqs.push((s, self.chain.clone())),
            Err(msg) => self.diags.error(DiagKind::Definition, line.span(), msg),
        }
    }

    fn include(&mut self, checks: u8, pattern: &str, at: Span) {
        let all = self.include_check | checks;
        let severity = |flag: u8| {
            if all & flag != 0 {
                Severity::Error
            } else {
                Severity::Note
            }
        };
        let m = include::expand(pattern, &self.dir());
        if m.paths.is_empty() {
            if m.missing {
                let flag = if m.brace {
                    include::BRACE
                } else {
                    include::MATCH
                };
                let quoted = if pattern.starts_with(['"', '\'']) {
                    " (keepalived takes quotes in an include pattern literally)"
                } else {
                    ""
                };
                let msg = format!("config files missing '{pattern}'{quoted}");
                self.diags.push(Diagnostic {
                    severity: severity(flag),
                    kind: DiagKind::Include,
                    span: Some(at),
                    message: msg,
                });
            } else if m.wildcards && all & include::WILDCARD != 0 {
                self.diags.error(
                    DiagKind::Include,
                    at,
                    format!("no config files matched '{pattern}'"),
                );
            }
            return;
        }
        if m.missing {
            self.diags.push(Diagnostic {
                severity: severity(include::BRACE),
                kind: DiagKind::Include,
                span: Some(at),
                message: format!("some config files missing: '{pattern}'"),
            });
            if all & include::BRACE != 0 {
                return;
            }
        }
        let mut files = VecDeque::new();
        for p in m.paths {
            let shown = p.display().to_string();
            let problem = if shown.ends_with('/') {
                Some(format!(
                    "configuration file '{shown}' is a directory - skipping"
                ))
            } else if !is_plain_file(&p) {
                Some(format!(
                    "configuration file '{shown}' is not a regular non-executable file - skipping"
                ))
            } else {
                None
            };
            match problem {
                Some(msg) => self.diags.push(Diagnostic {
                    severity: severity(include::READ),
                    kind: DiagKind::Include,
                    span: Some(at),
                    message: msg,
                }),
                None => files.push_back(p),
            }
        }
        self.stack.push(Include {
            pending: files,
            cur: None,
            checks,
            saved_checks: self.include_check,
            at: Some(at),
        });
    }

    /// Makes `text` the current line; `false` when it holds no token.
    fn emit(&mut self, text: Text) -> bool {
        self.line.tokens.clear();
        if let Err(at) = text::words(&text, &mut self.line.tokens) {
            self.diags.error(
                DiagKind::Syntax,
                at,
                "missing closing '\"' (the rest of the line is ignored)",
            );
        }
        self.line.script = text
            .bytes()
            .iter()
            .any(|b| matches!(b, b'"' | b'\'' | b'\\'));
        let old = std::mem::replace(&mut self.line.text, text.s);
        self.spare(old);
        !self.line.tokens.is_empty()
    }

    /// Follows the block structure just enough to apply `include_check` from
    /// `global_defs` as it is read (it governs the includes after it).
    fn track_blocks(&mut self) {
        let line = &self.line;
        let Some(first) = line.tokens.first() else {
            return;
        };
        match first.kind {
            TokenKind::Open => self.blocks.push(self.after_global_defs),
            TokenKind::Close => {
                self.blocks.pop();
            }
            TokenKind::Word => {
                if line.word(first) == "include_check" && self.blocks == [true] {
                    let words: Vec<&str> = line.tokens[1..].iter().map(|t| line.word(t)).collect();
                    self.include_check = include::include_check(self.include_check, &words);
                }
            }
        }
        self.after_global_defs = first.kind == TokenKind::Word && line.word(first) == "global_defs";
    }
}

enum FileLine {
    /// A line to preprocess.
    Line(Text),
    /// A line already cut into the current line.
    Plain,
    Skip,
    End,
}

pub(super) fn is_plain_file(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 == 0)
}
