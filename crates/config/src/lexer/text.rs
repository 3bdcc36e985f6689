//! A line being preprocessed, with the place every byte came from.
//!
//! keepalived rewrites each line in place (comments cut, `$NAME` replaced, `@id`
//! stripped, split at braces); keeping an origin per byte lets every token still
//! point at the file and line where its text was written.

use super::{Line, Token, TokenKind};
use crate::span::{FileId, Span};

/// Text plus one origin per byte. Substituted text takes the span of the
/// `$NAME` reference that produced it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Text {
    pub(crate) s: String,
    origin: Origins,
}

/// Where the bytes of a [`Text`] came from. Most lines are a plain run of one
/// source line, kept as its first column, so that no per-byte table is built.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Origins {
    /// Byte `i` is at column `col + i` of `line` in `file`.
    Run { file: FileId, line: u32, col: u32 },
    /// One span per byte.
    Each(Vec<Span>),
}

impl Default for Origins {
    fn default() -> Self {
        Origins::Each(Vec::new())
    }
}

/// The blanks keepalived trims around lines and words (`isblank`).
pub(crate) fn is_blank(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// The separators between words (keepalived's `WHITE_SPACE_STR`).
pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

impl Text {
    /// Text of `file` starting at `line`, column `col`.
    #[cfg(test)]
    pub(crate) fn from_source(s: &str, file: FileId, line: u32, col: u32) -> Self {
        Self::from_source_in(String::new(), s, file, line, col)
    }

    /// [`Text::from_source`] reusing the allocation of `buf`.
    pub(crate) fn from_source_in(
        mut buf: String,
        s: &str,
        file: FileId,
        line: u32,
        col: u32,
    ) -> Self {
        buf.clear();
        buf.push_str(s);
        Text {
            s: buf,
            origin: Origins::Run { file, line, col },
        }
    }

    /// Text that all comes from one place (a definition's value, a sequence value).
    pub(crate) fn from_substitute(s: &str, at: Span) -> Self {
        Text {
            s: s.to_string(),
            origin: Origins::Each(vec![at; s.len()]),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.s.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.s.is_empty()
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.s.as_bytes()
    }

    /// Where byte `i` came from.
    pub(crate) fn at(&self, i: usize) -> Span {
        match &self.origin {
            Origins::Run { file, line, col } => Span::new(*file, *line, col + i as u32, 1),
            Origins::Each(v) => v.get(i).or(v.last()).copied().unwrap_or_default(),
        }
    }

    /// The origins as a per-byte table, for edits that break a run.
    fn each(&mut self) -> &mut Vec<Span> {
        if let Origins::Run { .. } = self.origin {
            let v = (0..self.len()).map(|i| self.at(i)).collect();
            self.origin = Origins::Each(v);
        }
        match &mut self.origin {
            Origins::Each(v) => v,
            Origins::Run { .. } => unreachable!("converted just above"),
        }
    }

    /// The span covering bytes `start..end`: from the first byte's origin to the
    /// last one's when both sit on one line, else the first byte's.
    pub(crate) fn span_of(&self, start: usize, end: usize) -> Span {
        if self.is_empty() {
            return self.at(0);
        }
        let first = self.at(start.min(self.len() - 1));
        let last = self.at(end.max(start + 1).min(self.len()) - 1);
        if last.file == first.file && last.line == first.line && last.col >= first.col {
            Span {
                len: last.col + last.len - first.col,
                ..first
            }
        } else {
            first
        }
    }

    pub(crate) fn span(&self) -> Span {
        self.span_of(0, self.len())
    }

    /// Removes `n` bytes from the front.
    pub(crate) fn drain_front(&mut self, n: usize) {
        self.s.drain(..n);
        match &mut self.origin {
            Origins::Run { col, .. } => *col += n as u32,
            Origins::Each(v) => {
                v.drain(..n);
            }
        }
    }

    pub(crate) fn truncate(&mut self, n: usize) {
        self.s.truncate(n);
        if let Origins::Each(v) = &mut self.origin {
            v.truncate(n);
        }
    }

    pub(crate) fn trim_start_blank(&mut self) {
        let n = self.bytes().iter().take_while(|b| is_blank(**b)).count();
        self.drain_front(n);
    }

    pub(crate) fn trim_end_blank(&mut self) {
        let n = self
            .bytes()
            .iter()
            .rev()
            .take_while(|b| is_blank(**b))
            .count();
        self.truncate(self.len() - n);
    }

    /// Splits off everything from `at` on.
    pub(crate) fn split_off(&mut self, at: usize) -> Text {
        let s = self.s.split_off(at);
        let origin = match &mut self.origin {
            Origins::Run { file, line, col } => Origins::Run {
                file: *file,
                line: *line,
                col: *col + at as u32,
            },
            Origins::Each(v) => Origins::Each(v.split_off(at)),
        };
        Text { s, origin }
    }

    /// Replaces bytes `start..end` with `value`, all of it coming from `at`.
    pub(crate) fn replace(&mut self, start: usize, end: usize, value: &str, at: Span) {
        self.each()
            .splice(start..end, std::iter::repeat_n(at, value.len()));
        self.s.replace_range(start..end, value);
    }

    /// Bytes `from..to` as a text of their own.
    fn slice(&self, from: usize, to: usize) -> Text {
        let origin = match &self.origin {
            Origins::Run { file, line, col } => Origins::Run {
                file: *file,
                line: *line,
                col: col + from as u32,
            },
            Origins::Each(v) => Origins::Each(v[from..to].to_vec()),
        };
        Text {
            s: self.s[from..to].to_string(),
            origin,
        }
    }

    /// Appends `other` (its origins kept).
    fn push_text(&mut self, other: &Text) {
        if self.is_empty() {
            *self = other.clone();
            return;
        }
        let extra: Vec<Span> = (0..other.len()).map(|i| other.at(i)).collect();
        self.each().extend(extra);
        self.s.push_str(&other.s);
    }
}

/// What [`decomment`] found on a line: where the text starts, the
/// backslashes before `#`/`!` to drop, where a comment starts, and a final
/// continuation backslash.
struct Comments {
    start: usize,
    drop: Vec<usize>,
    comment_at: Option<usize>,
    cont: Option<usize>,
}

fn scan_comments(b: &[u8]) -> Comments {
    let start = b.iter().take_while(|c| is_blank(**c)).count();
    let mut drop: Vec<usize> = Vec::new();
    let mut quote = false;
    let mut comment_at: Option<usize> = None;
    let mut cont: Option<usize> = None;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'"' => {
                if comment_at.is_none() {
                    quote = !quote;
                }
                i += 1;
            }
            b'\\' if i + 1 == b.len() => {
                cont = Some(i);
                break;
            }
            b'\\' => {
                if !quote && matches!(b[i + 1], b'#' | b'!') && comment_at.is_none() {
                    // The backslash goes; the comment character stays as text.
                    drop.push(i);
                }
                i += 2;
            }
            b'#' | b'!' if !quote && comment_at.is_none() => {
                comment_at = Some(i);
                i += 1;
            }
            _ => i += 1,
        }
    }
    Comments {
        start,
        drop,
        comment_at,
        cont,
    }
}

/// [`decomment`] of a line read from `file`, into `buf`'s allocation: in the
/// common case (no escaped comment character, no continuation) only the text
/// kept is copied.
pub(crate) fn decomment_source(buf: String, raw: &str, file: FileId, line: u32, col: u32) -> Text {
    let c = scan_comments(raw.as_bytes());
    if !c.drop.is_empty() || c.cont.is_some() {
        return decomment(Text::from_source_in(buf, raw, file, line, col));
    }
    let end = c.comment_at.unwrap_or(raw.len());
    let kept = raw[c.start..end].trim_end_matches([' ', '\t']);
    Text::from_source_in(buf, kept, file, line, col + c.start as u32)
}

/// keepalived's `decomment`: strips leading blanks, cuts a `#`/`!` comment
/// outside `"…"`, turns `\#`/`\!` outside quotes into `#`/`!`, trims trailing
/// blanks, and keeps a final `\` (the mark of a continued definition) right
/// after the last word. Like keepalived, a `\` ending a comment still counts.
pub(crate) fn decomment(mut text: Text) -> Text {
    let Comments {
        start,
        drop,
        comment_at,
        cont,
    } = scan_comments(text.bytes());
    let end = comment_at.or(cont).unwrap_or(text.len());
    let tail = cont.map(|c| text.slice(c, c + 1));
    let mut out = if drop.is_empty() {
        // Cut in place, no copy.
        text.truncate(end);
        text.drain_front(start);
        text
    } else {
        let mut out = Text::default();
        let mut copied = start;
        for d in drop {
            push_range(&mut out, &text, copied, d);
            copied = d + 1;
        }
        push_range(&mut out, &text, copied, end);
        out
    };
    out.trim_end_blank();
    if let Some(t) = tail {
        out.push_text(&t);
    }
    out
}

fn push_range(out: &mut Text, text: &Text, from: usize, to: usize) {
    if from < to {
        out.push_text(&text.slice(from, to));
    }
}

/// What follows the brace a line was split at.
#[derive(Debug)]
pub(crate) enum Rest {
    /// A lone `{` or `}`: the common `keyword … {` line, whose brace needs no
    /// preprocessing of its own.
    Brace(TokenKind, Span),
    /// Anything else: read as a line of its own.
    Text(Text),
}

/// Where keepalived splits a line at a brace: the first `{` or `}` outside
/// `"…"`. A line starting with a brace keeps only the brace; otherwise the line
/// ends before it. Returns the rest (without surrounding blanks), if any.
pub(crate) fn split_at_brace(text: &mut Text) -> Option<Rest> {
    let b = text.bytes();
    let mut at = None;
    if matches!(b.first(), Some(b'{' | b'}')) {
        at = Some(0);
    } else {
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'{' | b'}' => {
                    at = Some(i);
                    break;
                }
                b'"' => match b[i + 1..].iter().position(|c| *c == b'"') {
                    Some(close) => i += close + 2,
                    None => break,
                },
                _ => i += 1,
            }
        }
    }
    let at = at?;
    let cut = if at == 0 { 1 } else { at };
    if cut == at && at + 1 == b.len() {
        let kind = brace_kind(b[at]);
        let span = text.at(at);
        text.truncate(at);
        text.trim_end_blank();
        return Some(Rest::Brace(kind, span));
    }
    let mut rest = text.split_off(cut);
    text.trim_end_blank();
    rest.trim_start_blank();
    rest.trim_end_blank();
    (!rest.is_empty()).then_some(Rest::Text(rest))
}

fn brace_kind(b: u8) -> TokenKind {
    if b == b'{' {
        TokenKind::Open
    } else {
        TokenKind::Close
    }
}

/// Splits a preprocessed line into tokens as keepalived's `alloc_strvec` cuts
/// words: `"…"` is one word without its quotes (no escapes); otherwise a word
/// runs to a blank or a `"`. Tokens are ranges of `text`, added to `out`.
/// `Err` says where an unmatched `"` is (keepalived drops the rest of the
/// line; the tokens before it are in `out`).
pub(crate) fn words(text: &Text, out: &mut Vec<Token>) -> Result<(), Span> {
    let b = text.bytes();
    let mut i = 0;
    loop {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i >= b.len() {
            return Ok(());
        }
        if b[i] == b'"' {
            match b[i + 1..].iter().position(|c| *c == b'"') {
                Some(len) => {
                    let span = text.span_of(i, i + len + 2);
                    out.push(Token::new(TokenKind::Word, span, true, i + 1, i + 1 + len));
                    i += len + 2;
                }
                None => return Err(text.span_of(i, b.len())),
            }
        } else {
            let start = i;
            while i < b.len() && !is_space(b[i]) && b[i] != b'"' {
                i += 1;
            }
            let kind = match &b[start..i] {
                b"{" => TokenKind::Open,
                b"}" => TokenKind::Close,
                _ => TokenKind::Word,
            };
            out.push(Token::new(kind, text.span_of(start, i), false, start, i));
        }
    }
}

/// What [`plain_line`] made of a physical line.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Plain {
    /// It needs keepalived's whole preprocessing.
    No,
    /// Nothing is left of it (a comment, blanks).
    Empty,
    /// It is in the line, followed by a lone brace when it ended with one.
    Line(Option<(TokenKind, Span)>),
}

/// The fast way through the lines that nearly every configuration is made
/// of: a physical line with no quote, backslash or `$`, not starting with
/// `@`, `~` or `include`, and with at most a brace at its end, comes out of
/// keepalived's preprocessing as its words, cut at blanks. Such a line is
/// cut straight into `out`, in one pass (byte `i` of `raw` is at column
/// `col + i`); anything else is [`Plain::No`] and left to
/// [`decomment_source`] and the rest of the preprocessing.
pub(crate) fn plain_line(raw: &str, file: FileId, line: u32, col: u32, out: &mut Line) -> Plain {
    let b = raw.as_bytes();
    let start = b.iter().take_while(|c| is_blank(**c)).count();
    let rest = &b[start..];
    if matches!(rest.first(), Some(b'@' | b'~')) || rest.starts_with(b"include") {
        return Plain::No;
    }
    let span =
        |from: usize, to: usize| Span::new(file, line, col + from as u32, (to - from) as u32);
    let word_token = |from: usize, to: usize| {
        Token::new(
            TokenKind::Word,
            span(from, to),
            false,
            from - start,
            to - start,
        )
    };
    out.tokens.clear();
    out.script = false;
    let mut word: Option<usize> = None;
    // One past the last byte kept before a comment or a brace.
    let mut end = start;
    let mut brace: Option<usize> = None;
    let mut i = start;
    while i < b.len() {
        let class = CLASS[b[i] as usize];
        if (class == WORD || class == QUOTE) && brace.is_none() {
            out.script |= class == QUOTE;
            word.get_or_insert(i);
            end = i + 1;
            i += 1;
            continue;
        }
        if let Some(from) = word.take() {
            out.tokens.push(word_token(from, i));
        }
        match class {
            BLANK => {}
            // Past a brace only blanks and a comment may follow.
            _ if brace.is_some() && class != COMMENT => return Plain::No,
            SPACE => end = i + 1,
            BRACE => brace = Some(i),
            COMMENT => {
                // A backslash even in the comment continues a definition.
                if b[i..].contains(&b'\\') {
                    return Plain::No;
                }
                break;
            }
            // `"`, `\`, `$`, or a word after a brace.
            _ => return Plain::No,
        }
        i += 1;
    }
    if let Some(from) = word {
        out.tokens.push(word_token(from, i));
    }
    let after = brace.map(|at| (brace_kind(b[at]), span(at, at + 1)));
    match after {
        Some((kind, at)) if out.tokens.is_empty() => {
            out.set_brace(kind, at);
            Plain::Line(None)
        }
        _ if out.tokens.is_empty() => Plain::Empty,
        _ => {
            out.text.clear();
            out.text.push_str(&raw[start..end]);
            Plain::Line(after)
        }
    }
}

/// Byte classes for [`plain_line`].
const WORD: u8 = 0;
/// `' '`, `'\t'`: trimmed around a line, and between words.
const BLANK: u8 = 1;
/// Other white space: between words, but kept in the line's text.
const SPACE: u8 = 2;
/// `'`: part of a word, but script keywords cut the line differently.
const QUOTE: u8 = 3;
const BRACE: u8 = 4;
const COMMENT: u8 = 5;
/// `"`, `\`, `$`: the line needs the whole preprocessing.
const SPECIAL: u8 = 6;

const CLASS: [u8; 256] = {
    let mut c = [WORD; 256];
    c[b' ' as usize] = BLANK;
    c[b'\t' as usize] = BLANK;
    c[b'\n' as usize] = SPACE;
    c[b'\r' as usize] = SPACE;
    c[0x0b] = SPACE;
    c[0x0c] = SPACE;
    c[b'\'' as usize] = QUOTE;
    c[b'{' as usize] = BRACE;
    c[b'}' as usize] = BRACE;
    c[b'#' as usize] = COMMENT;
    c[b'!' as usize] = COMMENT;
    c[b'"' as usize] = SPECIAL;
    c[b'\\' as usize] = SPECIAL;
    c[b'$' as usize] = SPECIAL;
    c
};

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Text {
        Text::from_source(s, FileId(0), 1, 1)
    }

    /// The words of `text` with their spans, and where an unmatched quote is.
    fn words_of(text: &Text) -> (Vec<(String, Span, bool)>, Option<Span>) {
        let mut tokens = Vec::new();
        let err = words(text, &mut tokens).err();
        let line = Line {
            text: text.s.clone(),
            tokens,
            script: false,
        };
        let w = line.tokens().iter();
        let w = w.map(|t| (line.word(t).to_string(), t.span, t.quoted));
        (w.collect(), err)
    }

    #[test]
    fn decomment_cuts_comments_outside_double_quotes_only() {
        assert_eq!(decomment(t("  a b # c")).s, "a b");
        assert_eq!(decomment(t("a \"b # c\" ! d")).s, "a \"b # c\"");
        assert_eq!(decomment(t("a 'b # c'")).s, "a 'b");
        assert_eq!(decomment(t("a\\#b \\!c")).s, "a#b !c");
        assert_eq!(decomment(t("a \"\\#\"")).s, "a \"\\#\"");
    }

    #[test]
    fn decomment_keeps_a_final_backslash_next_to_the_last_word() {
        let d = decomment(t("$X=a   \\"));
        assert_eq!(d.s, "$X=a\\");
        assert_eq!(d.at(d.len() - 1).col, 8);
        assert_eq!(decomment(t("a # note \\")).s, "a\\");
    }

    #[test]
    fn split_at_brace_isolates_each_brace() {
        let mut a = t("global_defs { router_id a }");
        let Some(Rest::Text(rest)) = split_at_brace(&mut a) else {
            panic!("a rest to read");
        };
        assert_eq!(a.s, "global_defs");
        assert_eq!(rest.s, "{ router_id a }");
        let mut b = rest;
        let Some(Rest::Text(rest)) = split_at_brace(&mut b) else {
            panic!("a rest to read");
        };
        assert_eq!(b.s, "{");
        assert_eq!(rest.s, "router_id a }");
        let mut c = t("x \"{\" y");
        assert!(split_at_brace(&mut c).is_none());
        let mut d = t("real_server 198.18.0.1 80  {");
        let Some(Rest::Brace(kind, span)) = split_at_brace(&mut d) else {
            panic!("a lone brace");
        };
        assert_eq!(d.s, "real_server 198.18.0.1 80");
        assert_eq!(kind, TokenKind::Open);
        assert_eq!((span.col, span.len), (28, 1));
        let mut e = t("a }");
        assert!(matches!(
            split_at_brace(&mut e),
            Some(Rest::Brace(TokenKind::Close, _))
        ));
        assert_eq!(e.s, "a");
    }

    #[test]
    fn words_follow_alloc_strvec() {
        let (w, err) = words_of(&t("a \"b c\"d 'e f'"));
        assert_eq!(err, None);
        let texts: Vec<_> = w.iter().map(|w| w.0.as_str()).collect();
        assert_eq!(texts, ["a", "b c", "d", "'e", "f'"]);
        assert_eq!((w[1].1.col, w[1].1.len), (3, 5));
        assert!(w[1].2);
        let (before, at) = words_of(&t("a \"b"));
        assert_eq!(before.len(), 1);
        assert_eq!(at.map(|s| s.col), Some(3));
    }

    #[test]
    fn substituted_text_points_at_the_reference() {
        let mut x = t("a $X b");
        let at = x.span_of(2, 4);
        x.replace(2, 4, "long value", at);
        assert_eq!(x.s, "a long value b");
        let (w, _) = words_of(&x);
        assert_eq!((w[1].1.col, w[1].1.len), (3, 2));
        assert_eq!((w[3].1.col, w[3].1.len), (6, 1));
    }

    /// What the whole preprocessing makes of a physical line that needs no
    /// definitions, conditions, sequences or includes: decommented, split at
    /// a brace, cut into words. `None` when it leaves a rest to read again.
    fn preprocessed(raw: &str) -> Option<(Line, Option<(TokenKind, Span)>)> {
        let mut text = decomment_source(String::new(), raw, FileId(0), 1, 1);
        if raw.contains('\\') {
            text = decomment(text);
        }
        let brace = match split_at_brace(&mut text) {
            Some(Rest::Text(_)) => return None,
            Some(Rest::Brace(kind, span)) => Some((kind, span)),
            None => None,
        };
        let mut tokens = Vec::new();
        words(&text, &mut tokens).ok()?;
        let script = text
            .bytes()
            .iter()
            .any(|b| matches!(b, b'"' | b'\'' | b'\\'));
        let mut line = Line {
            text: text.s,
            tokens,
            script,
        };
        if line.tokens.is_empty() {
            let (kind, span) = brace?;
            line.set_brace(kind, span);
            return Some((line, None));
        }
        Some((line, brace))
    }

    /// The lines [`plain_line`] cuts, and how many of them.
    fn cut_plainly(raws: &[String]) -> usize {
        let mut plain = 0;
        for raw in raws {
            let mut line = Line::default();
            match plain_line(raw, FileId(0), 1, 1, &mut line) {
                Plain::No => continue,
                Plain::Empty => assert!(preprocessed(raw).is_none(), "{raw:?} is not empty"),
                Plain::Line(brace) => {
                    let (want, want_brace) = preprocessed(raw).expect("a plain line");
                    let got: Vec<_> = line.tokens().iter().map(|t| (line.word(t), *t)).collect();
                    let wanted: Vec<_> = want.tokens().iter().map(|t| (want.word(t), *t)).collect();
                    assert_eq!(got, wanted, "words of {raw:?}");
                    assert_eq!(line.script_text(), want.script_text(), "text of {raw:?}");
                    assert_eq!(brace, want_brace, "brace after {raw:?}");
                }
            }
            plain += 1;
        }
        plain
    }

    #[test]
    fn plain_lines_are_cut_as_the_preprocessing_cuts_them() {
        let raws = [
            "    real_server 198.18.0.1 80 {",
            "\tweight 1  # the weight",
            "}",
            "  {  ",
            "a{",
            "lb_algo\x0bwrr ! comment \"q\"",
            "notify_master 'a b'",
            "# only a comment",
            "\x0b {",
        ];
        let raws: Vec<String> = raws.iter().map(|s| s.to_string()).collect();
        assert_eq!(cut_plainly(&raws), raws.len());
        let not_plain = [
            "a \"b\"",
            "a $X",
            "@id a",
            "~SEQ(i,1,2) a",
            "include x",
            "a { b",
            "{ a",
            "a \\",
            "b # c \\",
            "a } b {",
        ];
        let not_plain: Vec<String> = not_plain.iter().map(|s| s.to_string()).collect();
        assert_eq!(cut_plainly(&not_plain), 0);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn any_plain_line_is_cut_as_the_preprocessing_cuts_it(
            raw in "[ \t\x0b\\r]{0,2}(([a-z0-9{}#!']{1,4}|[\"$@~\\\\])[ \t]{0,2}){0,6}"
        ) {
            cut_plainly(&[raw]);
        }
    }
}
