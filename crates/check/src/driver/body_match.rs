//! HTTP_GET `regex`: keepalived matches the body with PCRE2; this is the same test with the
//! `regex` crate, under the [`RegexOptions`] it can express.

use regex::bytes::{Regex, RegexBuilder};

use crate::outcome::Failure;
use crate::spec::RegexOptions;

/// Whether `pattern` matches `body` as keepalived's PCRE2 would. A pattern that does not
/// compile is our side's failure (as keepalived, which refuses it at load).
pub fn matches(pattern: &str, o: &RegexOptions, body: &[u8]) -> Result<bool, Failure> {
    let re = RegexBuilder::new(pattern)
        .case_insensitive(o.caseless)
        .dot_matches_new_line(o.dotall)
        .multi_line(o.multiline)
        .ignore_whitespace(o.extended)
        // PCRE2 without `utf`: bytes, ASCII classes.
        .unicode(o.unicode)
        .build()
        .map_err(|_| Failure::Setup(std::io::ErrorKind::InvalidInput))?;
    if found(&re, o, body) {
        return Ok(true);
    }
    // PCRE2's `$` also matches before a final newline; the `regex` crate's only at the end.
    let before_final_newline = body.strip_suffix(b"\n");
    Ok(match before_final_newline {
        Some(trimmed) if !o.dollar_endonly && !o.multiline => found(&re, o, trimmed),
        _ => false,
    })
}

/// The leftmost match from `min_offset` starts early enough: at or before `max_offset`,
/// and with `firstline` on the first line.
fn found(re: &Regex, o: &RegexOptions, body: &[u8]) -> bool {
    if o.min_offset > body.len() {
        return false;
    }
    let Some(m) = re.find_at(body, o.min_offset) else {
        return false;
    };
    let first_newline = body[o.min_offset..]
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| o.min_offset + i);
    let line_ok = !o.firstline || first_newline.is_none_or(|nl| m.start() <= nl);
    line_ok && o.max_offset.is_none_or(|max| m.start() <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, o: RegexOptions, body: &str) -> bool {
        matches(pattern, &o, body.as_bytes()).expect("pattern compiles")
    }

    #[test]
    fn flags_change_what_matches() {
        let none = RegexOptions::default();
        assert!(!m("status: ok", none, "STATUS: OK"));
        let caseless = RegexOptions {
            caseless: true,
            ..none
        };
        assert!(m("status: ok", caseless, "STATUS: OK"));

        assert!(!m("a.b", none, "a\nb"));
        let dotall = RegexOptions {
            dotall: true,
            ..none
        };
        assert!(m("a.b", dotall, "a\nb"));

        assert!(!m("^ok$", none, "x\nok\ny"));
        let multiline = RegexOptions {
            multiline: true,
            ..none
        };
        assert!(m("^ok$", multiline, "x\nok\ny"));

        let extended = RegexOptions {
            extended: true,
            ..none
        };
        assert!(!m("o k", none, "ok"));
        assert!(m("o k  # a comment", extended, "ok"));
    }

    #[test]
    fn without_utf_classes_are_ascii_and_bytes_match() {
        let none = RegexOptions::default();
        assert!(
            !m(r"^\w+$", none, "été"),
            "PCRE2 without utf/ucp: \\w is ASCII"
        );
        let utf = RegexOptions {
            unicode: true,
            ..none
        };
        assert!(m(r"^\w+$", utf, "été"));
        assert!(
            m("été", none, "un été"),
            "literal UTF-8 still matches byte-wise"
        );
        assert!(
            matches("ok", &none, b"\xff\xfe ok").expect("compiles"),
            "a body that is not UTF-8 is still searched"
        );
    }

    #[test]
    fn dollar_matches_before_a_final_newline_unless_dollar_endonly() {
        let none = RegexOptions::default();
        assert!(m("^OK$", none, "OK\n"), "PCRE2: $ before the final newline");
        assert!(!m("^OK$", none, "OK\n\n"));
        let endonly = RegexOptions {
            dollar_endonly: true,
            ..none
        };
        assert!(!m("^OK$", endonly, "OK\n"));
        assert!(m("^OK$", endonly, "OK"));
    }

    #[test]
    fn offsets_bound_where_the_match_starts() {
        let body = "0123456789 ready";
        let none = RegexOptions::default();
        let from = |min: usize| RegexOptions {
            min_offset: min,
            ..none
        };
        assert!(m("ready", from(11), body));
        assert!(
            !m("ready", from(12), body),
            "the match must start at min_offset or later"
        );
        assert!(
            !m("ready", from(100), body),
            "min_offset past the body: no match"
        );
        assert!(
            !m("^0", from(1), body),
            "earlier bytes are context, not a new start"
        );
        let upto = |max: usize| RegexOptions {
            max_offset: Some(max),
            ..none
        };
        assert!(m("ready", upto(11), body), "max_offset is inclusive");
        assert!(!m("ready", upto(10), body));
        let firstline = RegexOptions {
            firstline: true,
            ..none
        };
        assert!(m("ready", firstline, body));
        assert!(!m("ready", firstline, "0123\nready"));
        assert!(
            m("3\nready", firstline, "0123\nready"),
            "may continue past the newline"
        );
    }

    #[test]
    fn a_pattern_that_does_not_compile_is_a_setup_failure() {
        assert_eq!(
            matches(r"(a)\1", &RegexOptions::default(), b"aa"),
            Err(Failure::Setup(std::io::ErrorKind::InvalidInput)),
            "backreferences: the regex crate has none"
        );
    }
}
