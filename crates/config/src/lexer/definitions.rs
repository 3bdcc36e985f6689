//! `$NAME=VALUE` definitions and `$NAME` / `${NAME}` substitution, with
//! keepalived's predefined names and its multi-line definitions.

use super::text::Text;
use crate::span::Span;
use std::collections::HashMap;
use std::path::Path;

/// The predefined names whose value is computed at each use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Builtin {
    Pwd,
    Instance,
    Random,
    /// `${_ENV NAME}`: an environment variable (newer keepalived; 2.2.7 lacks it).
    Env,
}

#[derive(Debug, Clone)]
struct Def {
    /// For a multi-line definition, its lines joined with `\n`.
    value: String,
    multiline: bool,
    builtin: Option<Builtin>,
}

/// Substitution ran away: a definition that (directly or not) contains itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Runaway;

/// What the line being substituted may need from outside.
pub(crate) struct Context<'a> {
    /// Directory of the file being read (`${_PWD}`).
    pub(crate) dir: &'a Path,
    pub(crate) config_id: &'a str,
}

/// The result of substituting a line.
#[derive(Debug, Default)]
pub(crate) struct Substituted {
    pub(crate) changed: bool,
    /// For each multi-line definition expanded (in order): its name, its lines
    /// after the first and the place of its reference.
    pub(crate) more_lines: Vec<(String, Vec<String>, Span)>,
    /// `${_RANDOM …}` references with parameters and text after them, which
    /// keepalived 2.2.7 substitutes wrongly (it leaves their `}` behind).
    pub(crate) random_quirks: Vec<Span>,
    /// `${_ENV …}` references, which keepalived 2.2.7 does not know.
    pub(crate) env_uses: Vec<Span>,
    /// Substitution stopped at this reference: the line would have grown past
    /// keepalived's buffer.
    pub(crate) overflow: Option<Span>,
}

/// Every definition seen so far, plus the state of `${_RANDOM}`.
#[derive(Debug, Clone)]
pub(crate) struct Definitions {
    defs: HashMap<String, Def>,
    rng: u64,
}

/// Replacements allowed on one line before it counts as a runaway expansion
/// (a definition that is itself, which never grows the line).
const MAX_REPLACEMENTS: usize = 10_000;
/// keepalived's line buffer (`MAXBUF`): a substitution that would make the
/// line this long or longer is not done, and substitution stops there.
const MAX_LINE: usize = 1024;

impl Definitions {
    pub(crate) fn new(seed: u64) -> Self {
        let mut defs = HashMap::new();
        let mut add = |name: &str, value: &str, builtin| {
            defs.insert(
                name.to_string(),
                Def {
                    value: value.to_string(),
                    multiline: false,
                    builtin,
                },
            );
        };
        add("_PWD", "", Some(Builtin::Pwd));
        add("_INSTANCE", "", Some(Builtin::Instance));
        add("_RANDOM", "", Some(Builtin::Random));
        add("_ENV", "", Some(Builtin::Env));
        add("_HASH", "#", None);
        add("_BANG", "!", None);
        Definitions {
            defs,
            // xorshift must not start at zero.
            rng: seed | 1,
        }
    }

    /// Sets `name` to a one-line `value` (used by `~SEQ` and `~LST`).
    pub(crate) fn set(&mut self, name: &str, value: &str) {
        self.defs.insert(
            name.to_string(),
            Def {
                value: value.to_string(),
                multiline: false,
                builtin: None,
            },
        );
    }

    /// If `line` is a definition (`$NAME=VALUE`), records it and returns its
    /// name and whether it continues on the next lines (a final `\`).
    pub(crate) fn define(&mut self, line: &str) -> Option<(String, bool)> {
        let b = line.as_bytes();
        if b.first() != Some(&b'$')
            || !b
                .get(1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
        {
            return None;
        }
        let eq = b[2..]
            .iter()
            .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))?
            + 2;
        if b[eq] != b'=' {
            return None;
        }
        let name = &line[1..eq];
        let mut value = line[eq + 1..].trim_start_matches([' ', '\t']).to_string();
        let multiline = value.ends_with('\\');
        if multiline {
            value.pop();
            let kept = value.trim_end_matches([' ', '\t']).len();
            value.truncate(kept);
            if !value.is_empty() {
                value.push('\n');
            }
        }
        self.defs.insert(
            name.to_string(),
            Def {
                value,
                multiline,
                builtin: None,
            },
        );
        Some((name.to_string(), multiline))
    }

    /// Adds a following line to the multi-line definition `name`; returns
    /// whether the definition goes on after it.
    pub(crate) fn continue_definition(&mut self, name: &str, line: &str) -> bool {
        let Some(def) = self.defs.get_mut(name) else {
            return false;
        };
        let more = line.ends_with('\\');
        let mut piece = line.to_string();
        if more {
            piece.pop();
            let kept = piece.trim_end_matches([' ', '\t']).len();
            piece.truncate(kept);
            piece.push('\n');
        }
        // keepalived skips lines that are only a `\`.
        if piece.len() >= 2 || (!piece.is_empty() && !more) {
            def.value.push_str(&piece);
        }
        if !more {
            Self::end_of(def);
        }
        more
    }

    /// Ends the multi-line definition `name` early (a blank line).
    pub(crate) fn end_definition(&mut self, name: &str) {
        if let Some(def) = self.defs.get_mut(name) {
            Self::end_of(def);
        }
    }

    fn end_of(def: &mut Def) {
        if def.value.is_empty() {
            def.multiline = false;
        }
    }

    /// Replaces every defined `$NAME` / `${NAME}` in `line`, rescanning the
    /// replacement (definitions may refer to others), as keepalived's
    /// `replace_param` does.
    pub(crate) fn substitute(
        &mut self,
        line: &mut Text,
        cx: &Context<'_>,
    ) -> Result<Substituted, Runaway> {
        let mut out = Substituted::default();
        let mut cur = 0;
        let mut count = 0;
        while let Some(off) = line.bytes()[cur..].iter().position(|c| *c == b'$') {
            let pos = cur + off;
            if pos + 1 >= line.len() {
                break;
            }
            let Some((end, name, params)) = self.reference(line.bytes(), pos) else {
                cur = pos + 1;
                continue;
            };
            count += 1;
            if count > MAX_REPLACEMENTS {
                return Err(Runaway);
            }
            let value = self.value_of(&name, params.as_deref(), cx);
            let (first, rest) = match value.split_once('\n') {
                Some((first, rest)) if self.is_multiline(&name) => (first.to_string(), Some(rest)),
                _ => (value.clone(), None),
            };
            let at = line.span_of(pos, end);
            if line.len() - (end - pos) + first.len() >= MAX_LINE {
                // keepalived gives up on the whole line here (keeping what it
                // already replaced, and dropping multi-line rests).
                out.overflow = Some(at);
                out.more_lines.clear();
                return Ok(out);
            }
            if params.is_some() && name == "_RANDOM" && end < line.len() {
                out.random_quirks.push(at);
            }
            if name == "_ENV" && self.defs.get(&name).is_some_and(|d| d.builtin.is_some()) {
                out.env_uses.push(at);
            }
            if let Some(rest) = rest {
                let lines = rest.split('\n').map(str::to_string).collect();
                out.more_lines.push((name.clone(), lines, at));
            }
            line.replace(pos, end, &first, at);
            out.changed = true;
            // A value that starts a sequence keeps its own `$`s for the sequence.
            if value.trim_start_matches([' ', '\t']).starts_with('~') {
                break;
            }
        }
        Ok(out)
    }

    fn is_multiline(&self, name: &str) -> bool {
        self.defs.get(name).is_some_and(|d| d.multiline)
    }

    /// The defined reference starting at `b[pos] == '$'`: its end, name and
    /// parameters (`${_RANDOM 1 6}`).
    fn reference(&self, b: &[u8], pos: usize) -> Option<(usize, String, Option<String>)> {
        let mut i = pos + 1;
        let braces = b.get(i) == Some(&b'{');
        if braces {
            i += 1;
        }
        let start = i;
        if !b
            .get(i)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
        {
            return None;
        }
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
        {
            i += 1;
        }
        let name = String::from_utf8_lossy(&b[start..i]).into_owned();
        if braces && name == "_ENV" {
            return self.env_reference(b, i);
        }
        let mut params = None;
        let end = if braces {
            let p_from = i;
            let mut last_digit = None;
            while b.get(i).is_some_and(|c| *c == b' ' || c.is_ascii_digit()) {
                if b[i] != b' ' {
                    last_digit = Some(i);
                }
                i += 1;
            }
            if let Some(last) = last_digit {
                if last + 1 != i {
                    return None;
                }
                params = Some(String::from_utf8_lossy(&b[p_from..i]).trim().to_string());
            }
            if b.get(i) != Some(&b'}') {
                return None;
            }
            i + 1
        } else {
            if i < b.len() && !matches!(b[i], b' ' | b'\t' | b',' | b')') {
                return None;
            }
            i
        };
        let def = self.defs.get(&name)?;
        // A multi-line definition may only end a line.
        if def.multiline && end != b.len() {
            return None;
        }
        if params.is_some() && def.builtin != Some(Builtin::Random) {
            return None;
        }
        Some((end, name, params))
    }

    /// `${_ENV NAME}` from just after `_ENV`.
    fn env_reference(&self, b: &[u8], mut i: usize) -> Option<(usize, String, Option<String>)> {
        let blanks = |b: &[u8], mut i: usize| {
            while b.get(i) == Some(&b' ') {
                i += 1;
            }
            i
        };
        let from = blanks(b, i);
        if from == i {
            return None;
        }
        i = from;
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
        {
            i += 1;
        }
        let var = String::from_utf8_lossy(&b[from..i]).into_owned();
        i = blanks(b, i);
        let builtin = self
            .defs
            .get("_ENV")
            .is_some_and(|d| d.builtin == Some(Builtin::Env));
        if var.is_empty() || b.get(i) != Some(&b'}') || !builtin {
            return None;
        }
        Some((i + 1, "_ENV".to_string(), Some(var)))
    }

    fn value_of(&mut self, name: &str, params: Option<&str>, cx: &Context<'_>) -> String {
        let Some(def) = self.defs.get(name) else {
            return String::new();
        };
        match def.builtin {
            None => def.value.clone(),
            Some(Builtin::Pwd) => cx.dir.display().to_string(),
            Some(Builtin::Instance) => cx.config_id.to_string(),
            Some(Builtin::Env) => params
                .and_then(|v| std::env::var(v).ok())
                .unwrap_or_default(),
            Some(Builtin::Random) => {
                let mut nums = params
                    .unwrap_or("")
                    .split(' ')
                    .filter(|s| !s.is_empty())
                    .map(|s| s.parse::<u64>().unwrap_or(u64::MAX));
                let min = nums.next().unwrap_or(0);
                let max = nums.next().unwrap_or(32767).max(min);
                let span = (max - min).saturating_add(1);
                (min + self.next_random() % span).to_string()
            }
        }
    }

    fn next_random(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    /// Names of `$NAME` / `${NAME}` references in `line` that are not defined
    /// (they stay as written, as in keepalived).
    pub(crate) fn undefined(&self, line: &Text) -> Vec<(String, usize, usize)> {
        let b = line.bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(off) = b[i..].iter().position(|c| *c == b'$') {
            let pos = i + off;
            i = pos + 1;
            let mut j = pos + 1;
            let braces = b.get(j) == Some(&b'{');
            if braces {
                j += 1;
            }
            let start = j;
            if !b
                .get(j)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
            {
                continue;
            }
            while b
                .get(j)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
            {
                j += 1;
            }
            let end = if braces {
                match b[j..].iter().position(|c| *c == b'}') {
                    Some(close) => j + close + 1,
                    None => continue,
                }
            } else {
                j
            };
            if self.reference(b, pos).is_none() {
                out.push((line.s[start..j].to_string(), pos, end));
            }
            i = end;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::FileId;

    fn cx() -> Context<'static> {
        Context {
            dir: Path::new("/etc/keepalived"),
            config_id: "lb1",
        }
    }

    fn sub(defs: &mut Definitions, s: &str) -> String {
        let mut t = Text::from_source(s, FileId(0), 1, 1);
        defs.substitute(&mut t, &cx()).expect("no runaway");
        t.s
    }

    #[test]
    fn plain_and_braced_references() {
        let mut d = Definitions::new(1);
        assert_eq!(d.define("$X=10.0.0"), Some(("X".into(), false)));
        assert_eq!(
            sub(&mut d, "a $X b ${X}.1 $X.1 $Xy"),
            "a 10.0.0 b 10.0.0.1 $X.1 $Xy"
        );
        assert_eq!(sub(&mut d, "$X,$X)"), "10.0.0,10.0.0)");
    }

    #[test]
    fn definition_syntax() {
        let mut d = Definitions::new(1);
        assert_eq!(d.define("$X =1"), None);
        assert_eq!(d.define("$1X=1"), None);
        assert_eq!(d.define("X=1"), None);
        assert_eq!(d.define("$E="), Some(("E".into(), false)));
        assert_eq!(sub(&mut d, "a $E b"), "a  b");
    }

    #[test]
    fn replacement_is_recursive_and_late() {
        let mut d = Definitions::new(1);
        d.define("$BASE=10.2.${SUB}");
        d.define("$SUB=0");
        assert_eq!(sub(&mut d, "${BASE}.100/32"), "10.2.0.100/32");
        d.define("$SUB=10");
        assert_eq!(sub(&mut d, "${BASE}.100/32"), "10.2.10.100/32");
    }

    #[test]
    fn self_reference_is_a_runaway() {
        let mut d = Definitions::new(1);
        d.define("$A=$A");
        let mut t = Text::from_source("$A", FileId(0), 1, 1);
        assert_eq!(d.substitute(&mut t, &cx()).map(|_| ()), Err(Runaway));
    }

    #[test]
    fn substitution_stops_at_keepalived_line_length() {
        let mut d = Definitions::new(1);
        d.define("$A=xxxxxxxxx $A");
        let mut t = Text::from_source("$A", FileId(0), 1, 1);
        let r = d.substitute(&mut t, &cx()).expect("no runaway");
        assert!(r.overflow.is_some());
        assert!(t.len() < 1024 && t.len() > 1000, "{}", t.len());
        assert!(t.s.ends_with("$A"));
    }

    #[test]
    fn predefined_names() {
        let mut d = Definitions::new(7);
        assert_eq!(
            sub(&mut d, "${_PWD} $_INSTANCE \"${_HASH}${_BANG}\""),
            "/etc/keepalived lb1 \"#!\""
        );
        for _ in 0..50 {
            let v: u64 = sub(&mut d, "${_RANDOM 3 5}").parse().expect("number");
            assert!((3..=5).contains(&v), "{v}");
        }
        d.define("$_PWD=mine");
        assert_eq!(sub(&mut d, "$_PWD"), "mine");
        assert_eq!(sub(&mut d, "${_PWD 1}"), "${_PWD 1}");
    }

    #[test]
    fn environment_variables() {
        let mut d = Definitions::new(1);
        let path = std::env::var("PATH").unwrap_or_default();
        assert_eq!(sub(&mut d, "p ${_ENV PATH}"), format!("p {path}"));
        assert_eq!(sub(&mut d, "${_ENV RVS_SURELY_UNSET_VARIABLE}x"), "x");
        assert_eq!(sub(&mut d, "${_ENV}"), "${_ENV}");
    }

    #[test]
    fn multiline_definitions_expand_to_several_lines() {
        let mut d = Definitions::new(1);
        assert_eq!(d.define("$M=a b \\"), Some(("M".into(), true)));
        assert!(d.continue_definition("M", "c \\"));
        assert!(d.continue_definition("M", "\\"));
        assert!(!d.continue_definition("M", "d"));
        let mut t = Text::from_source("  $M", FileId(0), 1, 1);
        let r = d.substitute(&mut t, &cx()).expect("ok");
        assert_eq!(t.s, "  a b");
        assert_eq!(r.more_lines.len(), 1);
        assert_eq!(r.more_lines[0].0, "M");
        assert_eq!(r.more_lines[0].1, ["c", "d"]);
        assert_eq!((r.more_lines[0].2.col, r.more_lines[0].2.len), (3, 2));
        // Not at the end of a line, a multi-line definition is not replaced.
        assert_eq!(sub(&mut d, "$M x"), "$M x");
    }

    #[test]
    fn undefined_references_are_listed() {
        let d = Definitions::new(1);
        let t = Text::from_source("a $NOPE ${ALSO} $1 $", FileId(0), 1, 1);
        let names: Vec<_> = d.undefined(&t).into_iter().map(|u| u.0).collect();
        assert_eq!(names, ["NOPE", "ALSO"]);
    }
}
