//! `include PATTERN` and its strict variants: glob patterns with csh-style
//! `{a,b}` alternatives, resolved from the including file's directory.
//!
//! Which problems fail a check follows keepalived: each variant turns on some
//! checks (`includer` = readable, `includem` = match, `includew` = wildcard
//! match, `includeb` = brace match, `includea` = all), on top of the
//! `include_check` of `global_defs`. A problem a check covers is an error;
//! otherwise keepalived only logs it, and so it is a note here.

use std::path::{Path, PathBuf};

/// A file matched but could not be read (a directory, executable, unreadable).
pub(crate) const READ: u8 = 1;
/// A file or directory named without wildcards does not exist.
pub(crate) const MATCH: u8 = 2;
/// A wildcard pattern matched nothing.
pub(crate) const WILDCARD: u8 = 4;
/// Some alternatives of a `{a,b}` pattern matched nothing.
pub(crate) const BRACE: u8 = 8;
pub(crate) const ALL: u8 = READ | MATCH | WILDCARD | BRACE;

/// Recognises an include line: its checks and its pattern.
pub(crate) fn parse(line: &str) -> Option<(u8, &str)> {
    let b = line.as_bytes();
    if !line.starts_with("include") || b.len() <= 7 {
        return None;
    }
    let space = |c: Option<&u8>| c.is_some_and(|c| super::text::is_space(*c));
    let (checks, from) = if space(b.get(7)) {
        (0, 8)
    } else if space(b.get(8)) {
        let checks = match b[7] {
            b'r' => READ,
            b'm' => READ | MATCH,
            b'w' => READ | MATCH | WILDCARD,
            b'b' => READ | BRACE,
            b'a' => ALL,
            _ => return None,
        };
        (checks, 9)
    } else {
        return None;
    };
    Some((
        checks,
        line[from.min(line.len())..].trim_start_matches([' ', '\t']),
    ))
}

/// `include_check` in `global_defs`: the checks after applying its words
/// (`read`, `match`, `wildcard_match`, `brace_match`, each maybe `+`/`-`);
/// no word means all checks.
pub(crate) fn include_check(current: u8, words: &[&str]) -> u8 {
    if words.is_empty() {
        return ALL;
    }
    let mut checks = current;
    for (i, w) in words.iter().enumerate() {
        let (op, name) = match w.as_bytes().first() {
            Some(b'+') => (1, &w[1..]),
            Some(b'-') => (-1, &w[1..]),
            _ if i == 0 => (0, *w),
            // keepalived ignores a second plain word.
            _ => continue,
        };
        let flag = match name {
            "read" => READ,
            "match" => MATCH,
            "wildcard_match" => WILDCARD,
            "brace_match" => BRACE,
            _ => continue,
        };
        checks = match op {
            0 => READ | flag,
            1 => checks | flag,
            _ => checks & !flag,
        };
    }
    checks
}

/// What a pattern matched.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Matches {
    /// Matched paths in glob order; directories end with `/`.
    pub(crate) paths: Vec<PathBuf>,
    /// A named file or a directory to search did not exist.
    pub(crate) missing: bool,
    /// The pattern had wildcards (`*`, `?`, `[`).
    pub(crate) wildcards: bool,
    /// The pattern had a `{` alternative.
    pub(crate) brace: bool,
}

fn has_wildcard(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

/// Matches `pattern` (relative to `dir` unless absolute) as glibc's `glob`
/// with `GLOB_BRACE | GLOB_MARK` does, noticing (as keepalived's hooks do) a
/// directory it could not open or a named path that does not exist.
pub(crate) fn expand(pattern: &str, dir: &Path) -> Matches {
    let mut m = Matches {
        brace: has_brace(pattern),
        ..Matches::default()
    };
    for alt in braces(pattern) {
        let (root, rest) = match alt.strip_prefix('/') {
            Some(rest) => (PathBuf::from("/"), rest.to_string()),
            None => (dir.to_path_buf(), alt.clone()),
        };
        let comps: Vec<&str> = rest.split('/').filter(|c| !c.is_empty()).collect();
        let mut found = walk(vec![root], &comps, &mut m);
        // Each alternative is sorted on its own, bytewise (the C locale).
        found.sort_by(|a, b| {
            a.as_os_str()
                .as_encoded_bytes()
                .cmp(b.as_os_str().as_encoded_bytes())
        });
        m.paths.extend(found.into_iter().map(mark_dir));
    }
    m
}

/// Matches `comps` below each of `prefixes`, component by component.
fn walk(mut prefixes: Vec<PathBuf>, comps: &[&str], m: &mut Matches) -> Vec<PathBuf> {
    let opts = glob::MatchOptions {
        case_sensitive: true,
        require_literal_separator: true,
        require_literal_leading_dot: true,
    };
    let mut after_wildcard = false;
    for (i, comp) in comps.iter().enumerate() {
        let last = i + 1 == comps.len();
        let mut next = Vec::new();
        if has_wildcard(comp) {
            m.wildcards = true;
            after_wildcard = true;
            let Ok(pattern) = glob::Pattern::new(comp) else {
                return Vec::new();
            };
            for p in &prefixes {
                let Ok(entries) = std::fs::read_dir(p) else {
                    m.missing = true;
                    continue;
                };
                for e in entries.flatten() {
                    let name = e.file_name();
                    let matched = name.to_str().is_some_and(|n| pattern.matches_with(n, opts));
                    let path = p.join(&name);
                    if matched && (last || path.is_dir()) {
                        next.push(path);
                    }
                }
            }
        } else if after_wildcard || last {
            // glob checks a named component with lstat once it has to.
            for p in &prefixes {
                let path = p.join(comp);
                if std::fs::symlink_metadata(&path).is_ok() {
                    next.push(path);
                } else {
                    m.missing = true;
                }
            }
        } else {
            next = prefixes.iter().map(|p| p.join(comp)).collect();
        }
        prefixes = next;
    }
    prefixes
}

fn mark_dir(p: PathBuf) -> PathBuf {
    if p.is_dir() {
        let mut s = p.into_os_string();
        s.push("/");
        PathBuf::from(s)
    } else {
        p
    }
}

fn has_brace(pattern: &str) -> bool {
    let b = pattern.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'{' => return true,
            _ => i += 1,
        }
    }
    false
}

/// csh-style brace expansion: `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`.
pub(crate) fn braces(pattern: &str) -> Vec<String> {
    let b = pattern.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'{' => {
                if let Some((close, commas)) = matching_brace(b, i) {
                    let head = &pattern[..i];
                    let tail = &pattern[close + 1..];
                    let mut out = Vec::new();
                    let mut from = i + 1;
                    for c in commas.into_iter().chain(std::iter::once(close)) {
                        let alt = &pattern[from..c];
                        out.extend(braces(&format!("{head}{alt}{tail}")));
                        from = c + 1;
                    }
                    return out;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    vec![pattern.to_string()]
}

/// The `}` closing the `{` at `open`, and the top-level commas in between.
fn matching_brace(b: &[u8], open: usize) -> Option<(usize, Vec<usize>)> {
    let mut depth = 0;
    let mut commas = Vec::new();
    let mut i = open + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'{' => depth += 1,
            b'}' if depth == 0 => return Some((i, commas)),
            b'}' => depth -= 1,
            b',' if depth == 0 => commas.push(i),
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn include_lines() {
        assert_eq!(parse("include a.conf"), Some((0, "a.conf")));
        assert_eq!(parse("include\t  a b"), Some((0, "a b")));
        assert_eq!(parse("includer x"), Some((READ, "x")));
        assert_eq!(parse("includem x"), Some((READ | MATCH, "x")));
        assert_eq!(parse("includew x"), Some((READ | MATCH | WILDCARD, "x")));
        assert_eq!(parse("includeb x"), Some((READ | BRACE, "x")));
        assert_eq!(parse("includea x"), Some((ALL, "x")));
        assert_eq!(parse("includex x"), None);
        assert_eq!(parse("include"), None);
        assert_eq!(parse("include_check read"), None);
    }

    #[test]
    fn include_check_words() {
        assert_eq!(include_check(0, &[]), ALL);
        assert_eq!(include_check(0, &["match"]), READ | MATCH);
        assert_eq!(include_check(ALL, &["-match", "-read"]), WILDCARD | BRACE);
        assert_eq!(include_check(READ, &["+brace_match"]), READ | BRACE);
    }

    #[test]
    fn glob_like_glibc() {
        let d = std::env::temp_dir().join(format!("rvs-include-unit-{}", std::process::id()));
        for f in [
            "sd/a/x.conf",
            "sd/b/y.conf",
            "sd/.h/x.conf",
            "top.conf",
            "B.conf",
        ] {
            let p = d.join(f);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(&p, "").expect("write");
        }
        let base = format!("{}/", d.display());
        let names = |m: &Matches| -> Vec<String> {
            m.paths
                .iter()
                .map(|p| p.display().to_string().replace(&base, ""))
                .collect()
        };
        let m = expand("sd/*/x.conf", &d);
        assert_eq!(names(&m), ["sd/a/x.conf"]);
        assert!(m.missing && m.wildcards, "sd/b/x.conf is missing");
        let m = expand("*", &d);
        assert_eq!(names(&m), ["B.conf", "sd/", "top.conf"]);
        assert!(!m.missing);
        let m = expand("{top,nope}.conf", &d);
        assert_eq!(names(&m), ["top.conf"]);
        assert!(m.missing && m.brace && !m.wildcards);
        let m = expand("nodir/*.conf", &d);
        assert!(m.paths.is_empty() && m.missing);
        let m = expand("*.none", &d);
        assert!(m.paths.is_empty() && !m.missing && m.wildcards);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn brace_expansion() {
        assert_eq!(braces("a{b,c{d,e}}f"), ["abf", "acdf", "acef"]);
        assert_eq!(
            braces("{foo/{,cat,dog},bar}"),
            ["foo/", "foo/cat", "foo/dog", "bar"]
        );
        assert_eq!(braces("no{brace"), ["no{brace"]);
        assert!(has_brace("a{b}"));
        assert!(!has_brace("a\\{b"));
    }
}
