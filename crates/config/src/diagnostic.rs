//! Configuration diagnostics: what is wrong, where, and how bad.

use crate::span::{SourceMap, Span};
use std::fmt::Write as _;

/// How bad a diagnostic is, and whether `rvs check` fails because of it.
///
/// keepalived's `-t` fails on everything it reports as a configuration problem,
/// including the ones it then works around ("protocol will be ignored"); those are
/// `Warning`s here. Things keepalived only logs (a glob that matched no file) are
/// `Note`s and do not fail a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Whether `rvs check` (like `keepalived -t`) fails on it.
    pub fn fails_check(self) -> bool {
        self >= Severity::Warning
    }
}

/// What kind of problem, so that tests and tools can match on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DiagKind {
    /// Braces, quotes, continuation lines.
    Syntax,
    /// `include` problems: unreadable, missing, loops.
    Include,
    /// `$NAME` definitions and substitutions, `~SEQ`/`~LST`.
    Definition,
    /// A keyword the block does not know.
    UnknownKeyword,
    /// A keyword without the value it needs.
    MissingValue,
    /// A value that does not parse or is out of range.
    BadValue,
    /// A name that refers to something not defined (script, group, interface).
    Reference,
    /// A combination of settings that does not make sense.
    Conflict,
    /// Accepted for compatibility but rvs does nothing with it.
    NoEffect,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub kind: DiagKind,
    /// `None` for problems of the configuration as a whole.
    pub span: Option<Span>,
    pub message: String,
}

impl Diagnostic {
    pub fn error(kind: DiagKind, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            kind,
            span: Some(span),
            message: message.into(),
        }
    }

    pub fn warning(kind: DiagKind, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            kind,
            span: Some(span),
            message: message.into(),
        }
    }

    pub fn note(kind: DiagKind, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Note,
            kind,
            span: Some(span),
            message: message.into(),
        }
    }

    /// A diagnostic about the configuration as a whole, with no place to point at.
    pub fn global(severity: Severity, kind: DiagKind, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            kind,
            span: None,
            message: message.into(),
        }
    }

    /// `file:line:col: severity: message`, then the line with a caret under the span.
    pub fn render(&self, sources: &SourceMap) -> String {
        let mut out = String::new();
        match self.span {
            Some(span) => {
                let _ = writeln!(
                    out,
                    "{}:{}:{}: {}: {}",
                    sources.path(span.file).display(),
                    span.line,
                    span.col,
                    self.severity.as_str(),
                    self.message
                );
                if let Some(text) = sources.line_text(span.file, span.line) {
                    let gutter = span.line.to_string().len();
                    let pad: String = text
                        .chars()
                        .take(span.col.saturating_sub(1) as usize)
                        .map(|c| if c == '\t' { '\t' } else { ' ' })
                        .collect();
                    let carets = "^".repeat(span.len.max(1) as usize);
                    let _ = writeln!(out, "{:>gutter$} | {}", span.line, text);
                    let _ = writeln!(out, "{:>gutter$} | {}{}", "", pad, carets);
                }
            }
            None => {
                let _ = writeln!(out, "{}: {}", self.severity.as_str(), self.message);
            }
        }
        out
    }
}

/// Where diagnostics are collected while loading.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }

    pub fn error(&mut self, kind: DiagKind, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::error(kind, span, message));
    }

    pub fn warning(&mut self, kind: DiagKind, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::warning(kind, span, message));
    }

    pub fn note(&mut self, kind: DiagKind, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::note(kind, span, message));
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }

    pub fn fails_check(&self) -> bool {
        self.list.iter().any(|d| d.severity.fails_check())
    }

    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.list.extend(other.list);
    }

    /// Orders by file, line and column (stable: diagnostics at one place keep
    /// their order); those about the configuration as a whole go last.
    pub fn sort_by_place(&mut self) {
        self.list
            .sort_by_key(|d| d.span.map_or((1, Span::default()), |s| (0, s)));
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}
